"""BLIND39 performance forms: ten layouts as provinces' 预算绩效管理 systems print the
项目支出绩效目标申报表 / 项目绩效目标表 with two periods (中期 and 年度), written by an author who
had read neither the form reader nor the earlier blind sets (only the gold helpers and page
composer of ``form_layouts``, the gold conventions of BLIND9's docstring and the addendum's money
rulings). Each layout writes one PDF and its gold in the format of ``form_layouts.write_set``;
the gold is written by hand with ``form_layouts._gold_ind`` and ``FileGold``.

zj_hz_budget_midterm_pairs_four_money  浙江 杭州 district 部门预算: budget tables, then one form a
        project: header two pairs a row (项目名称 | … | 主管部门 | …; 实施单位 | … | 项目属性 | …;
        项目期限 | …), money four columns (中期资金总额 | … | 年度资金总额 | …, 其中：财政拨款 rows,
        其他资金 rows), 中期目标 | 年度目标, grid 一级 | 二级 | 三级 | 中期指标值 | 年度指标值
js_nj_budget_three_pairs_source_grid_year_first  江苏 南京 district 部门预算: header three pairs a
        row, money as a 资金来源 grid (资金来源 | 中期资金 | 年度资金 over 资金总额 / 其中：财政拨款 /
        其他资金), 年度目标 printed before 中期目标, grid 年度指标值 | 中期指标值 (year first), 权重
gd_sz_midterm_yuan_labels_above_weights  广东 深圳 district, two forms in 元 with separators, money
        labels above values (中期资金总额 | 其中：财政拨款 | 其他资金 | 年度资金总额 | … in one row,
        figures in the next), 项目类别 一次性项目, 分值 column
sc_my_final_accounts_self_evals_carried  四川 绵阳 部门决算: accounts tables, then a 部门整体支出
        绩效自评表 and two 项目支出绩效自评表 (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
        得分 over 年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金), grades as words
hub_yc_self_eval_yuan_pairs_period_column  湖北 宜昌 project self evaluations in 元: money as
        label | value pairs (全年预算数（元） | … | 全年执行数（元） | …), grid with a 中期指标值
        column beside 年度指标值 | 实际完成值 | 分值 | 得分, 自评等级 under its label
ha_zz_budget_dept_wide_then_stacked_midterm  河南 郑州 部门预算: a 部门整体支出绩效目标表, then
        project forms with money stacked in rows under a merged 项目资金（万元） cell (中期资金总额,
        其中：财政拨款, 其他资金, 年度资金总额, 其中：财政拨款, 上年结转, 其他资金)
sd_yt_landscape_midterm_direction_split  山东 烟台 landscape forms: three pairs a row, money four
        columns, grid 一级 | 二级 | 三级 | 中期指标值 | 指标方向 | 年度指标值 | 计量单位 | 分值
fj_xm_two_forms_a_page_special_target_class  福建 厦门: two short forms a page, 项目类别 特定目标类,
        money 项目资金 | 中期 | 年度 rows named 资金总额 / 其中：财政资金 / 其他资金 (金额单位：万元 in
        the caption line above the grid), grid 二级 | 三级 | 年度指标值 | 中期指标值 with no 一级 column
gz_gy_budget_long_form_income_lines_repeated  贵州 贵阳 部门预算: long forms over pages, money by
        source lines (一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 专项债券 | 其他资金)
        for 中期 and 年度, grid header repeated on the next page, merged level cells cut by the break
jx_nc_landscape_list_midterm_columns  江西 南昌 landscape 项目绩效目标表 list: 序号 | 项目名称 |
        项目类别 | 中期资金总额 | 年度资金总额 | 其中：财政拨款 | 年度目标 | 一级 | 二级 | 三级 | 年度指标值
        | 中期指标值, project cells merged down their indicators, unit 万元 in a column head

Gold conventions: BLIND9's docstring, the addendum's money rulings, and these:

- 中期资金总额 (the money of the whole 项目期限; the 资金总额 row of a 中期 column) is ``total``; 年度资金总额 is ``year``; fiscal is the
  年度 财政拨款 / 财政资金 figure (never the 中期 one), or the sum of the 年度 …财政拨款收入 lines;
  carried the 年度 上年结转 where printed (a printed 0.00 is 0.00).
- target_raw is the 年度指标值 whichever side the 中期指标值 column stands; the 中期 value is not gold.
- 中期目标 / 年度目标 text, 项目属性, 项目类别 and 项目期限 are not gold fields.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

OUT, EFF, SAT, COST = "产出指标", "效益指标", "满意度指标", "成本指标"
NUM, QUA, TIM, CST = "数量指标", "质量指标", "时效指标", "成本指标"
SOC, ECO, GRN, SUS, SVC = "社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"


def _i(l1, l2, name, target, exp, period=None, weight=None, actual=None, score=None, note="") -> Ind:
    return Ind(l1, l2, name, target, exp, weight, actual, score, note, period)


def _budget_front(doc: FormDoc, dept: str, year: int, rows: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, two budget tables, the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}负责本行政区域内相关领域的政策执行、行业管理和公共服务工作。",
        f"二、{year}年主要工作任务。围绕中心工作，统筹推进重点项目建设，提升公共服务水平。"])
    total = sum(Decimal(v.replace(",", "")) for _, v in rows)
    body = [plain_row([a, v, a.replace("收入", "支出") if "收入" in a else "项目支出", v]) for a, v in rows]
    body.append(plain_row(["收入总计", f"{total:,.2f}", "支出总计", f"{total:,.2f}"]))
    doc.pages.table(TableSpec("部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    doc.pages.table(TableSpec("一般公共预算基本支出表", "general_basic_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [90, 170, 90, 90, 90],
                              [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "合计"),
                               (0, 3, 1, 1, "人员经费"), (0, 4, 1, 1, "公用经费")], 1,
                              [plain_row(["30101", "基本工资", "312.40", "312.40", ""]),
                               plain_row(["30102", "津贴补贴", "186.20", "186.20", ""]),
                               plain_row(["30201", "办公费", "24.60", "", "24.60"]),
                               plain_row(["", "合计", "523.20", "498.60", "24.60"])], ["l", "l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}{year}年项目支出全部编制绩效目标，现将重点项目绩效目标公开如下。"])


def _add(doc: FormDoc, project: str | None, inds: list[Ind]) -> None:
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))


# --------------------------------------------------------------------------- 浙江 杭州


def layout_zj_hz_budget_midterm_pairs_four_money(folder: Path, name: str) -> FileGold:
    dept = "杭州市拱墅区卫生健康局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "8,620.50"), ("事业收入", "1,240.00")])
    projects = [
        ("基层医疗卫生机构设备更新", "拱墅区社区卫生服务中心", "一次性项目", "2025年-2027年",
         ("1,200.00", "1,000.00", "200.00"), ("400.00", "350.00", "50.00"),
         "三年内完成全区基层医疗机构设备更新，提升基层诊疗能力。", "完成8家社区卫生服务中心设备更新。", [
             _i(OUT, NUM, "更新设备台（套）数", "≥120台", (">=", 120, "台"), "≥360台"),
             _i(OUT, QUA, "设备验收合格率", "100%", ("=", 100, "%"), "100%"),
             _i(OUT, TIM, "设备采购完成时间", "2025年11月底前", (None, None, None), "2027年11月底前"),
             _i(EFF, SOC, "基层首诊率", "≥60%", (">=", 60, "%"), "≥65%"),
             _i(SAT, SVC, "就诊群众满意度", "≥90%", (">=", 90, "%"), "≥92%")]),
        ("家庭医生签约服务", "拱墅区卫生健康局", "经常性项目", "2025年-2027年",
         ("2,160.00", "2,160.00", "0.00"), ("720.00", "720.00", "0.00"),
         "巩固家庭医生签约服务，重点人群签约覆盖率稳步提高。", "重点人群签约服务覆盖率达到75%以上。", [
             _i(OUT, NUM, "签约服务人数", "≥18万人", (">=", 18, "万人"), "≥54万人"),
             _i(OUT, QUA, "重点人群签约覆盖率", "达到75%", (">=", 75, "%"), "达到80%"),
             _i(COST, CST, "签约服务补助标准", "≤40元/人", ("<=", 40, "元/人"), "≤40元/人"),
             _i(EFF, SOC, "居民健康管理水平", "有效提升", Q, "持续提升"),
             _i(SAT, SVC, "签约居民满意度", "≥88%", (">=", 88, "%"), "≥90%")]),
        ("公共卫生应急物资储备", "拱墅区疾病预防控制中心", "经常性项目", "2025年-2026年",
         ("560.00", "480.00", "80.00"), ("300.00", "260.00", "40.00"),
         "建立区级公共卫生应急物资储备体系。", "按标准储备应急物资，保障突发事件处置需要。", [
             _i(OUT, NUM, "储备物资品种", "≥45种", (">=", 45, "种"), "≥50种"),
             _i(OUT, QUA, "物资完好率", "≥98%", (">=", 98, "%"), "≥98%"),
             _i(OUT, TIM, "应急调拨响应时间", "≤2小时", ("<=", 2, "小时"), "≤2小时"),
             _i(EFF, SOC, "突发事件处置能力", "明显增强", Q, "明显增强"),
             _i(SAT, SVC, "医疗机构满意度", "≥90%", (">=", 90, "%"), "≥90%")]),
    ]
    for project, unit, attr, term, mid, year, mgoal, ygoal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "主管部门"), (4, 2, dept))
        rows.add((0, 1, "实施单位"), (1, 2, unit), (3, 1, "项目属性"), (4, 2, attr))
        rows.add((0, 1, "项目期限"), (1, 5, term))
        r = rows.n
        rows.put(r, 0, 3, 1, "项目资金（万元）")
        for k, (a, b, va, vb) in enumerate((("中期资金总额", "年度资金总额", mid[0], year[0]),
                                            ("其中：财政拨款", "其中：财政拨款", mid[1], year[1]),
                                            ("其他资金", "其他资金", mid[2], year[2]))):
            rows.put(r + k, 1, 1, 1, a)
            rows.put(r + k, 2, 1, 1, va)
            rows.put(r + k, 3, 1, 1, b)
            rows.put(r + k, 4, 1, 2, vb)
        r = rows.n
        rows.put(r, 0, 2, 1, "总体目标")
        rows.put(r, 1, 1, 2, "中期目标")
        rows.put(r, 3, 1, 3, "年度目标")
        rows.put(r + 1, 1, 1, 2, mgoal)
        rows.put(r + 1, 3, 1, 3, ygoal)
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "中期指标值"), (5, 1, "年度指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.period), (5, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 90, 80, 80, 90, 90], title="项目支出绩效目标申报表",
                             editor=f"填报单位：{unit}", unit_raw="金额单位：万元"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", total=mid[0], year=year[0], fiscal=year[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 南京


def layout_js_nj_budget_three_pairs_source_grid_year_first(folder: Path, name: str) -> FileGold:
    dept = "南京市鼓楼区城市管理局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "12,480.00"), ("政府性基金预算拨款收入", "2,300.00")])
    projects = [
        ("背街小巷环境整治", "320102250001", "经常性项目", "2025-2027", ("3,600.00", "3,300.00", "300.00"),
         ("1,200.00", "1,100.00", "100.00"), "完成背街小巷整治60条，市容环境明显改善。", "三年完成背街小巷整治180条。", [
             _i(OUT, NUM, "整治背街小巷数量", "≥60条", (">=", 60, "条"), "≥180条", "20"),
             _i(OUT, QUA, "整治验收合格率", "≥95%", (">=", 95, "%"), "≥95%", "20"),
             _i(OUT, TIM, "整治完成时限", "2025年12月底前", (None, None, None), "2027年12月底前", "10"),
             _i(EFF, SOC, "市容环境", "明显改善", Q, "持续改善", "30"),
             _i(SAT, SVC, "沿街居民满意度", "≥90%", (">=", 90, "%"), "≥92%", "20")]),
        ("生活垃圾分类运营", "320102250002", "经常性项目", "2025-2027", ("4,500.00", "4,500.00", "0.00"),
         ("1,500.00", "1,500.00", "0.00"), "生活垃圾回收利用率持续提高。", "全区生活垃圾分类覆盖率保持100%。", [
             _i(OUT, NUM, "分类投放点位数", "≥1200个", (">=", 1200, "个"), "≥1300个", "20"),
             _i(OUT, QUA, "生活垃圾回收利用率", "≥45%", (">=", 45, "%"), "≥50%", "20"),
             _i(COST, CST, "单点位年运营成本", "≤1.2万元", ("<=", 1.2, "万元"), "≤1.2万元", "10"),
             _i(EFF, GRN, "原生垃圾零填埋", "实现", Q, "实现", "30"),
             _i(SAT, SVC, "居民满意度", "≥85%", (">=", 85, "%"), "≥90%", "20")]),
        ("城市照明设施改造", "320102250003", "一次性项目", "2025-2026", ("980.00", "900.00", "80.00"),
         ("560.00", "520.00", "40.00"), "主次干道照明亮灯率保持98%以上。", "两年完成老旧路灯节能改造。", [
             _i(OUT, NUM, "改造路灯数量", "≥2400盏", (">=", 2400, "盏"), "≥4000盏", "20"),
             _i(OUT, QUA, "亮灯率", "≥98%", (">=", 98, "%"), "≥98%", "20"),
             _i(OUT, TIM, "故障修复时间", "＜24小时", ("<", 24, "小时"), "＜24小时", "10"),
             _i(EFF, ECO, "年节约电费", "≥35万元", (">=", 35, "万元"), "≥60万元", "30"),
             _i(SAT, SVC, "市民满意度", "≥88%", (">=", 88, "%"), "≥90%", "20")]),
    ]
    for project, code, attr, term, mid, year, ygoal, mgoal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, code), (5, 1, "项目属性"), (6, 1, attr))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, dept), (5, 1, "项目期限"), (6, 1, term))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "资金来源")
        rows.put(r, 3, 1, 2, "中期资金")
        rows.put(r, 5, 1, 2, "年度资金")
        for k, label in enumerate(("资金总额", "其中：财政拨款", "其他资金")):
            rows.put(r + 1 + k, 1, 1, 2, label)
            rows.put(r + 1 + k, 3, 1, 2, mid[k])
            rows.put(r + 1 + k, 5, 1, 2, year[k])
        rows.add((0, 1, "年度目标"), (1, 6, ygoal))
        rows.add((0, 1, "中期目标"), (1, 6, mgoal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "年度指标值"), (5, 1, "中期指标值"),
                 (6, 1, "权重"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.period), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 80, 70, 70, 80, 80, 60], title=f"{project}绩效目标表",
                             editor=f"部门名称：{dept}", unit_raw="单位：万元"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", code=code, total=mid[0], year=year[0], fiscal=year[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 深圳


def layout_gd_sz_midterm_yuan_labels_above_weights(folder: Path, name: str) -> FileGold:
    dept = "深圳市福田区教育局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标", dept, 2025)
    projects = [
        ("中小学智慧校园建设", "一次性项目", "2025年至2026年", ("18,600,000.00", "16,000,000.00", "2,600,000.00"),
         ("9,800,000.00", "8,500,000.00", "1,300,000.00"), [
             _i(OUT, NUM, "建设智慧教室数量", "≥260间", (">=", 260, "间"), "≥500间", "15"),
             _i(OUT, NUM, "覆盖学校数", "≥32所", (">=", 32, "所"), "≥60所", "10"),
             _i(OUT, QUA, "系统验收通过率", "100%", ("=", 100, "%"), "100%", "15"),
             _i(OUT, TIM, "项目完工时间", "2025年12月31日前", (None, None, None), "2026年12月31日前", "10"),
             _i(EFF, SOC, "信息化教学应用率", "≥85%", (">=", 85, "%"), "≥90%", "30"),
             _i(SAT, SVC, "师生满意度", "≥90%", (">=", 90, "%"), "≥90%", "20")]),
        ("学前教育生均补助", "经常性项目", "2025年至2027年", ("45,000,000.00", "45,000,000.00", "0.00"),
         ("15,000,000.00", "15,000,000.00", "0.00"), [
             _i(OUT, NUM, "补助在园幼儿人数", "≥12000人", (">=", 12000, "人"), "≥36000人次", "20"),
             _i(OUT, QUA, "补助资金发放准确率", "100%", ("=", 100, "%"), "100%", "10"),
             _i(OUT, TIM, "资金拨付时间", "按学期拨付", Q, "按学期拨付", "10"),
             _i(COST, CST, "生均补助标准", "≤1250元/人", ("<=", 1250, "元/人"), "≤1250元/人", "10"),
             _i(EFF, SUS, "普惠性幼儿园覆盖率", "≥85%", (">=", 85, "%"), "≥88%", "30"),
             _i(SAT, SVC, "家长满意度", "≥92%", (">=", 92, "%"), "≥92%", "20")]),
    ]
    for project, attr, term, mid, year, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目类别"), (5, 2, attr))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "项目期限"), (5, 2, term))
        rows.add((0, 1, "中期资金总额（元）"), (1, 1, "其中：财政拨款"), (2, 1, "其他资金"), (3, 2, "年度资金总额（元）"),
                 (5, 1, "其中：财政拨款"), (6, 1, "其他资金"))
        rows.add((0, 1, mid[0]), (1, 1, mid[1]), (2, 1, mid[2]), (3, 2, year[0]), (5, 1, year[1]), (6, 1, year[2]))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "年度指标值"), (5, 1, "中期指标值"),
                 (6, 1, "分值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.period), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [92, 84, 70, 60, 92, 84, 50], title="项目支出绩效目标申报表",
                             editor=f"单位名称：{dept}"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "元", total=mid[0], year=year[0], fiscal=year[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- self evaluations


def _rate(budget: str, executed: str) -> tuple[str, float]:
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    return f"{e / b * 100:.2f}%", round(min(10.0, float(e / b) * 10), 2)


def _money_self_eval(rows: _Rows, label: str, lines: list[tuple[str, str, str, str]], budget: str, executed: str,
                     ncols_label: int = 1) -> float:
    """Money columns 年初预算数 … 得分 over lines (label, 年初, 全年, 执行); the first line scored."""
    rate, score = _rate(budget, executed)
    r = rows.n
    rows.put(r, 0, len(lines) + 1, 1, label)
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, (name, a, b, c) in enumerate(lines, 1):
        rows.put(r + k, 1, 1, 2, name)
        tail = ("10", rate, f"{score:.2f}") if k == 1 else ("—", "—", "—")
        for j, v in enumerate((a, b, c, *tail)):
            rows.put(r + k, 3 + j, 1, 1, v)
    return score


def layout_sc_my_final_accounts_self_evals_carried(folder: Path, name: str) -> FileGold:
    dept = "绵阳市涪城区农业农村局"
    doc = FormDoc(name, f"{dept}2024年度部门决算", dept, 2024)
    _accounts_front(doc, dept, 2024, [("一般公共预算财政拨款收入", "6,420.30"), ("其他收入", "85.00")],
                    [("农林水支出", "6,102.80"), ("社会保障和就业支出", "402.50")])
    evals = [
        (None, "部门整体支出绩效自评表", [("年度资金总额", "6,300.00", "6,505.30", "6,398.20"),
                                          ("其中：财政拨款", "6,220.00", "6,420.30", "6,320.10"),
                                          ("上年结转资金", "0.00", "0.00", "0.00"),
                                          ("其他资金", "80.00", "85.00", "78.10")], "优秀", [
             _i("产出指标", "数量指标", "高标准农田建设面积", "≥2.5万亩", (">=", 2.5, "万亩"), None, "15", "2.6万亩", "15"),
             _i("产出指标", "质量指标", "农产品质量安全抽检合格率", "≥98%", (">=", 98, "%"), None, "15", "99.2%", "15"),
             _i("产出指标", "时效指标", "惠农补贴发放及时率", "100%", ("=", 100, "%"), None, "15", "100%", "15"),
             _i("效益指标", "经济效益指标", "农村居民人均可支配收入增长", "≥6%", (">=", 6, "%"), None, "15", "6.3%", "15"),
             _i("效益指标", "可持续影响指标", "耕地保护制度", "有效落实", Q, None, "15", "有效落实", "15"),
             _i("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", (">=", 90, "%"), None, "15", "93%", "14",
                "个别补贴到户时间偏晚")]),
        ("农村人居环境整治", "项目支出绩效自评表", [("年度资金总额", "800.00", "820.00", "779.00"),
                                                  ("其中：财政拨款", "700.00", "700.00", "680.00"),
                                                  ("上年结转资金", "120.00", "120.00", "99.00"),
                                                  ("其他资金", "0.00", "0.00", "0.00")], "良好", [
             _i("产出指标", "数量指标", "改造农村户厕", "≥1500户", (">=", 1500, "户"), None, "20", "1420户", "17",
                "部分农户意愿不足"),
             _i("产出指标", "质量指标", "户厕改造验收合格率", "≥95%", (">=", 95, "%"), None, "15", "96%", "15"),
             _i("产出指标", "时效指标", "项目完成时间", "2024年11月底前", (None, None, None), None, "10", "2024年12月",
                "8", "雨季影响施工"),
             _i("效益指标", "生态效益指标", "生活污水治理率", "≥60%", (">=", 60, "%"), None, "20", "62%", "20"),
             _i("效益指标", "社会效益指标", "村容村貌", "明显改善", Q, None, "10", "明显改善", "10"),
             _i("满意度指标", "服务对象满意度指标", "村民满意度", "≥85%", (">=", 85, "%"), None, "15", "88%", "15")]),
        ("动物疫病防控", "项目支出绩效自评表", [("年度资金总额", "260.00", "260.00", "258.70"),
                                             ("其中：财政拨款", "260.00", "260.00", "258.70"),
                                             ("上年结转资金", "0.00", "0.00", "0.00"),
                                             ("其他资金", "0.00", "0.00", "0.00")], "优秀", [
             _i("产出指标", "数量指标", "免疫畜禽数量", "≥120万头", (">=", 120, "万头"), None, "20",
                "126万头", "20"),
             _i("产出指标", "质量指标", "免疫密度", "≥90%", (">=", 90, "%"), None, "20", "95%", "20"),
             _i("效益指标", "社会效益指标", "重大动物疫情发生数", "0起", ("=", 0, "起"), None, "30", "0起", "30"),
             _i("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", (">=", 90, "%"), None, "20", "94%", "20")]),
    ]
    for project, title, lines, grade, inds in evals:
        budget, executed = lines[0][2], lines[0][3]
        rows = _Rows()
        if project:
            rows.add((0, 1, "项目名称"), (1, 8, project))
            rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, dept))
        else:
            rows.add((0, 1, "部门名称"), (1, 8, dept))
        rate_score = _money_self_eval(rows, "资金（万元）", lines, budget, executed)
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "年度指标值"), (5, 1, "实际完成值"),
                 (6, 1, "分值"), (7, 1, "得分"), (8, 1, "偏差原因"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 1, i.note)])
        total = round(rate_score + sum(float(i.score) for i in inds), 2)
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
        rows.add((0, 6, "自评等级"), (6, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [52, 62, 40, 70, 60, 60, 40, 52, 86], title=title,
                             editor="（2024年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                       fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "万元", budget, executed, total, {"优秀": "优", "良好": "良"}[grade])
        if project:
            doc.gold.project(project, "万元", year=budget, fiscal=lines[1][2], carried=lines[2][2])
    return doc.save(folder)


def layout_hub_yc_self_eval_yuan_pairs_period_column(folder: Path, name: str) -> FileGold:
    dept = "宜昌市西陵区民政局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评报告", dept, 2024)
    evals = [
        ("困难群众救助补助", "2,850,000.00", "3,120,000.00", "3,056,000.00", "2,900,000.00", "良", [
            _i(OUT, NUM, "城乡低保保障人数", "≥1800人", (">=", 1800, "人"), "≥5400人", "20", "1760人", "18",
               "动态调整退出"),
            _i(OUT, QUA, "救助对象认定准确率", "≥98%", (">=", 98, "%"), "≥98%", "15", "99%", "15"),
            _i(OUT, TIM, "救助资金按月发放率", "100%", ("=", 100, "%"), "100%", "15", "100%", "15"),
            _i(EFF, SOC, "困难群众基本生活", "得到保障", Q, "得到保障", "20", "得到保障", "20"),
            _i(SAT, SVC, "救助对象满意度", "≥90%", (">=", 90, "%"), "≥90%", "20", "91%", "20")]),
        ("居家养老服务补贴", "1,200,000.00", "1,200,000.00", "1,080,000.00", "1,200,000.00", "优", [
            _i(OUT, NUM, "服务老年人数", "≥650人", (">=", 650, "人"), "≥2000人", "25", "668人", "25"),
            _i(OUT, QUA, "服务质量抽查合格率", "≥95%", (">=", 95, "%"), "≥95%", "15", "97%", "15"),
            _i(COST, CST, "人均月补贴标准", "≤200元", ("<=", 200, "元"), "≤200元", "10", "200元", "10"),
            _i(EFF, SOC, "居家养老服务覆盖面", "逐步扩大", Q, "持续扩大", "20", "逐步扩大", "20"),
            _i(SAT, SVC, "老年人满意度", "≥92%", (">=", 92, "%"), "≥92%", "20", "95%", "20")]),
    ]
    for project, initial, budget, executed, fiscal, grade, inds in evals:
        rate, rate_score = _rate(budget, executed)
        total = round(rate_score + sum(float(i.score) for i in inds), 2)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "主管部门"), (5, 3, dept))
        rows.add((0, 1, "年初预算数（元）"), (1, 3, initial), (4, 1, "全年预算数（元）"), (5, 3, budget))
        rows.add((0, 1, "全年执行数（元）"), (1, 3, executed), (4, 1, "其中：财政拨款（元）"), (5, 3, fiscal))
        rows.add((0, 1, "预算执行率"), (1, 1, rate), (2, 1, "分值"), (3, 1, "10"), (4, 1, "得分"), (5, 3, f"{rate_score:.2f}"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "中期指标值"), (5, 1, "年度指标值"),
                 (6, 1, "实际完成值"), (7, 1, "分值"), (8, 1, "得分"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.period), (5, 1, i.raw), (6, 1, i.actual),
                                                (7, 1, i.weight), (8, 1, i.score)])
        rows.add((0, 7, "偏差原因及改进措施"), (7, 2, "；".join(i.note for i in inds if i.note) or "无"))
        rows.add((0, 7, "自评得分"), (7, 2, f"{total:.2f}"))
        rows.add((0, 7, "自评等级"), (7, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [78, 80, 40, 56, 80, 60, 60, 38, 40], title="项目支出绩效自评表",
                             editor=f"填报单位：{dept}", kind="performance_self_evaluation"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "元", budget, executed, total, grade)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 郑州


def layout_ha_zz_budget_dept_wide_then_stacked_midterm(folder: Path, name: str) -> FileGold:
    dept = "郑州市金水区市场监督管理局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "5,860.00"), ("其他收入", "60.00")])
    wide = [
        _i("产出指标", "数量指标", "市场主体双随机抽查户次", "≥3000户次", (">=", 3000, "户次"), None, "20"),
        _i("产出指标", "数量指标", "食品安全抽检批次", "≥4批次/千人", (">=", 4, "批次/千人"), None, "15"),
        _i("产出指标", "质量指标", "投诉举报按时办结率", "≥98%", (">=", 98, "%"), None, "15"),
        _i("产出指标", "时效指标", "企业开办时间", "≤1个工作日", ("<=", 1, "个工作日"), None, "10"),
        _i("效益指标", "社会效益指标", "区域食品安全形势", "总体稳定", Q, None, "20"),
        _i("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", (">=", 90, "%"), None, "20"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "年度部门预算（万元）")
    for k, head in enumerate(("资金总额", "财政拨款", "其他资金")):
        rows.put(r, 1 + k, 1, 1 if k < 2 else 3, head)
    for k, v in enumerate(("5,920.00", "5,860.00", "60.00")):
        rows.put(r + 1, 1 + k, 1, 1 if k < 2 else 3, v)
    rows.add((0, 1, "年度总体目标"), (1, 5, "强化市场监管，守牢食品药品安全底线，持续优化营商环境。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "分值"))
    _grid_rows(rows, wide, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [90, 90, 80, 80, 90, 50], title="部门整体支出绩效目标表",
                         editor=f"编制单位：{dept}"), fresh_page=True)
    _add(doc, None, wide)
    projects = [
        ("食品安全抽检监测", "经常性项目", "2025年1月-2027年12月", ("1,350.00", "1,350.00", "0.00"),
         ("450.00", "420.00", "30.00", "0.00"), [
             _i(OUT, NUM, "抽检样品批次", "≥2600批次", (">=", 2600, "批次"), "≥7800批次"),
             _i(OUT, QUA, "不合格食品核查处置率", "100%", ("=", 100, "%"), "100%"),
             _i(OUT, TIM, "抽检结果公示时限", "≤20个工作日", ("<=", 20, "个工作日"), "≤20个工作日"),
             _i(EFF, SOC, "食品安全事故", "不发生", Q, "不发生"),
             _i(SAT, SVC, "群众食品安全满意度", "≥85%", (">=", 85, "%"), "≥88%")]),
        ("特种设备安全监管", "经常性项目", "2025年1月-2026年12月", ("380.00", "360.00", "20.00"),
         ("200.00", "150.00", "20.00", "30.00"), [
             _i(OUT, NUM, "监督检查特种设备台数", "≥1800台", (">=", 1800, "台"), "≥3600台"),
             _i(OUT, QUA, "隐患整改率", "100%", ("=", 100, "%"), "100%"),
             _i(COST, CST, "单台检查成本", "不超过600元", ("<=", 600, "元"), "不超过600元"),
             _i(EFF, SOC, "特种设备万台死亡率", "＜0.1", ("<", 0.1, None), "＜0.1"),
             _i(SAT, SVC, "使用单位满意度", "≥90%", (">=", 90, "%"), "≥90%")]),
    ]
    for project, attr, term, mid, year, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目属性"), (4, 2, attr))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, dept))
        rows.add((0, 1, "项目期限"), (1, 5, term))
        r = rows.n
        rows.put(r, 0, 7, 1, "项目资金（万元）")
        stacked = (("中期资金总额", mid[0]), ("其中：财政拨款", mid[1]), ("其他资金", mid[2]),
                   ("年度资金总额", year[0]), ("其中：财政拨款", year[1]), ("上年结转", year[3]), ("其他资金", year[2]))
        for k, (label, v) in enumerate(stacked):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 3, v)
        rows.add((0, 1, "中期目标"), (1, 5, "三年内持续提升监管能力，守住不发生系统性区域性安全风险底线。"))
        rows.add((0, 1, "年度目标"), (1, 5, "完成年度监管任务，确保年度安全形势平稳。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "中期指标值"), (5, 1, "年度指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.period), (5, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 90, 80, 80, 90, 90], title="项目支出绩效目标表",
                             editor=f"编制单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", total=mid[0], year=year[0], fiscal=year[1], carried=year[3])
    return doc.save(folder)


# --------------------------------------------------------------------------- 山东 烟台


def layout_sd_yt_landscape_midterm_direction_split(folder: Path, name: str) -> FileGold:
    dept = "烟台市芝罘区交通运输局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标申报表", dept, 2025)
    projects = [
        ("农村公路养护", "芝罘区公路事业发展中心", "经常性项目", "2025年-2027年",
         ("2,700.00", "2,400.00", "300.00"), ("900.00", "800.00", "100.00"), [
             _i(OUT, NUM, "养护农村公路里程", ("≥", "320", "公里"), (">=", 320, "公里"), "≥960公里", "15"),
             _i(OUT, QUA, "优良中等路比例", ("≥", "85", "%"), (">=", 85, "%"), "≥88%", "15"),
             _i(OUT, TIM, "病害处置时限", ("≤", "7", "天"), ("<=", 7, "天"), "≤7天", "10"),
             _i(COST, CST, "每公里养护成本", ("≤", "2.8", "万元"), ("<=", 2.8, "万元"), "≤2.8万元", "10"),
             _i(EFF, SOC, "群众出行条件", ("定性", "明显改善", ""), Q, "持续改善", "20"),
             _i(EFF, SUS, "路网完好状况", ("定性", "保持良好", ""), Q, "保持良好", "10"),
             _i(SAT, SVC, "沿线群众满意度", ("≥", "90", "%"), (">=", 90, "%"), "≥90%", "20")]),
        ("城乡公交运营补贴", "芝罘区交通运输局", "经常性项目", "2025年-2027年",
         ("4,800.00", "4,800.00", "0.00"), ("1,600.00", "1,600.00", "0.00"), [
             _i(OUT, NUM, "运营公交线路", ("≥", "46", "条"), (">=", 46, "条"), "≥48条", "15"),
             _i(OUT, QUA, "公交准点率", ("≥", "92", "%"), (">=", 92, "%"), "≥93%", "15"),
             _i(OUT, TIM, "补贴资金拨付时间", ("", "2025年12月20日前", ""), (None, None, None), "每年12月20日前",
                "10"),
             _i(COST, CST, "车公里补贴标准", ("＜", "3.5", "元"), ("<", 3.5, "元"), "＜3.5元", "10"),
             _i(EFF, SOC, "公交分担率", ("＞", "30", "%"), (">", 30, "%"), "＞32%", "20"),
             _i(EFF, GRN, "新能源公交车占比", ("=", "100", "%"), ("=", 100, "%"), "=100%", "10"),
             _i(SAT, SVC, "乘客满意度", ("≥", "88", "%"), (">=", 88, "%"), "≥90%", "20")]),
    ]
    for project, unit, attr, term, mid, year, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "主管部门"), (4, 2, dept), (6, 1, "实施单位"), (7, 2, unit))
        rows.add((0, 1, "项目属性"), (1, 2, attr), (3, 1, "项目期限"), (4, 2, term), (6, 1, "项目类别"), (7, 2, "特定目标类"))
        for a, va, b, vb in (("中期资金总额", mid[0], "年度资金总额", year[0]), ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
                             ("其他资金", mid[2], "其他资金", year[2])):
            rows.add((0, 2, a), (2, 1, va), (3, 2, b), (5, 4, vb))
        rows.add((0, 1, "中期目标"), (1, 8, "三年内全面提升区域交通基础设施和公共交通服务水平。"))
        rows.add((0, 1, "年度目标"), (1, 8, f"完成{project}年度任务，保障群众安全便捷出行。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "中期指标值"), (4, 1, "指标方向"),
                 (5, 1, "年度指标值"), (6, 1, "计量单位"), (7, 2, "分值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.period), (4, 1, i.target[0]),
                                                (5, 1, i.target[1]), (6, 1, i.target[2]), (7, 2, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 96, 130, 90, 70, 100, 70, 30, 30], title="项目支出绩效目标申报表",
                             editor=f"申报单位：{unit}", unit_raw="单位：万元", landscape=True), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", total=mid[0], year=year[0], fiscal=year[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建 厦门


def layout_fj_xm_two_forms_a_page_special_target_class(folder: Path, name: str) -> FileGold:
    dept = "厦门市思明区文化和旅游局"
    doc = FormDoc(name, f"{dept}2025年项目绩效目标表", dept, 2025)
    projects = [
        ("公共文化惠民演出", "延续项目", ("360.00", "330.00", "30.00"), ("120.00", "110.00", "10.00"), [
            _i(None, NUM, "惠民演出场次", "≥80场", (">=", 80, "场"), "≥240场"),
            _i(None, QUA, "演出安全事故", "0起", ("=", 0, "起"), "0起"),
            _i(None, SOC, "观演群众人次", "≥4万人次", (">=", 4, "万人次"), "≥12万人次"),
            _i(None, SVC, "观众满意度", "≥90%", (">=", 90, "%"), "≥90%")]),
        ("文物保护修缮", "新增项目", ("850.00", "850.00", "0.00"), ("300.00", "300.00", "0.00"), [
            _i(None, NUM, "修缮文物保护单位", "≥3处", (">=", 3, "处"), "≥8处"),
            _i(None, QUA, "修缮工程验收合格率", "100%", ("=", 100, "%"), "100%"),
            _i(None, TIM, "年度修缮完成时间", "2025年10月底前", (None, None, None), "2027年10月底前"),
            _i(None, SUS, "文物本体安全", "有效保护", Q, "长期保护")]),
        ("旅游市场秩序整治", "延续项目", ("180.00", "150.00", "30.00"), ("60.00", "50.00", "10.00"), [
            _i(None, NUM, "旅游市场执法检查", "≥200次", (">=", 200, "次"), "≥600次"),
            _i(None, TIM, "投诉处理时限", "≤3个工作日", ("<=", 3, "个工作日"), "≤3个工作日"),
            _i(None, SOC, "旅游投诉结案率", "≥98%", (">=", 98, "%"), "≥98%"),
            _i(None, SVC, "游客满意度", "不低于88%", (">=", 88, "%"), "不低于90%")]),
        ("图书馆总分馆建设", "新增项目", ("240.00", "200.00", "40.00"), ("95.00", "80.00", "15.00"), [
            _i(None, NUM, "新建分馆数量", "≥4个", (">=", 4, "个"), "≥10个"),
            _i(None, NUM, "新增藏书册数", "≥2万册", (">=", 2, "万册"), "≥6万册"),
            _i(None, SOC, "年接待读者", "≥15万人次", (">=", 15, "万人次"), "≥50万人次"),
            _i(None, SVC, "读者满意度", "≥92%", (">=", 92, "%"), "≥92%")]),
    ]
    for k, (project, attr, mid, year, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "主管部门"), (4, 1, dept))
        rows.add((0, 1, "项目类别"), (1, 2, "特定目标类"), (3, 1, "项目属性"), (4, 1, attr))
        rows.add((0, 1, "项目资金"), (1, 2, "中期"), (3, 2, "年度"))
        for label, a, b in zip(("资金总额", "其中：财政资金", "其他资金"), mid, year):
            rows.add((0, 1, label), (1, 2, a), (3, 2, b))
        rows.add((0, 1, "年度目标"), (1, 4, f"按计划推进{project}，完成年度绩效指标。"))
        rows.add((0, 1, "二级指标"), (1, 2, "三级指标"), (3, 1, "年度指标值"), (4, 1, "中期指标值"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 2, i.name), (3, 1, i.raw), (4, 1, i.period)])
        doc.pages.grid(_spec(rows.cells, rows.n, [100, 70, 100, 110, 120], title="项目绩效目标表",
                             editor="金额单位：万元"), fresh_page=k % 2 == 0)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", total=mid[0], year=year[0], fiscal=year[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 贵阳


def layout_gz_gy_budget_long_form_income_lines_repeated(folder: Path, name: str) -> FileGold:
    dept = "贵阳市南明区水务管理局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "4,310.00"), ("政府性基金预算拨款收入", "1,520.00")])
    basis = "依据《贵州省水利工程运行管理办法》及本区年度工作计划，参考近三年实际完成情况测算。"
    projects = [
        ("城区排水管网维护", "经常性项目", "2025年-2027年",
         [("合计", "2,400.00", "800.00"), ("一般公共预算财政拨款收入", "2,100.00", "700.00"),
          ("政府性基金预算财政拨款收入", "300.00", ""), ("专项债券资金", "", ""), ("其他资金", "0.00", "100.00")],
         "700.00", [
             _i(OUT, NUM, "清疏排水管网长度", "≥180公里", (">=", 180, "公里"), "≥540公里"),
             _i(OUT, NUM, "检查井维修数量", "≥900座", (">=", 900, "座"), "≥2700座"),
             _i(OUT, NUM, "雨季巡查次数", "≥120次", (">=", 120, "次"), "≥360次"),
             _i(OUT, QUA, "管网清疏达标率", "≥95%", (">=", 95, "%"), "≥95%"),
             _i(OUT, QUA, "维修工程合格率", "100%", ("=", 100, "%"), "100%"),
             _i(OUT, TIM, "报修响应时间", "≤2小时", ("<=", 2, "小时"), "≤2小时"),
             _i(COST, CST, "每公里清疏成本", "控制在1.5万元以内", ("<=", 1.5, "万元"), "控制在1.5万元以内"),
             _i(EFF, SOC, "城区内涝点数量", "较上年减少", Q, "逐年减少"),
             _i(EFF, GRN, "污水溢流", "明显减少", Q, "基本消除"),
             _i(SAT, SVC, "市民满意度", "≥88%", (">=", 88, "%"), "≥90%")]),
        ("河道综合治理", "一次性项目", "2025年-2026年",
         [("合计", "3,200.00", "1,000.00"), ("一般公共预算财政拨款收入", "800.00", "260.00"),
          ("政府性基金预算财政拨款收入", "400.00", "140.00"), ("专项债券资金", "2,000.00", "600.00"),
          ("其他资金", "0.00", "0.00")],
         "400.00", [
             _i(OUT, NUM, "治理河道长度", "≥6.5公里", (">=", 6.5, "公里"), "≥12公里"),
             _i(OUT, NUM, "新建护岸长度", "≥3.2公里", (">=", 3.2, "公里"), "≥6公里"),
             _i(OUT, NUM, "清淤土方量", "≥4.5万立方米", (">=", 4.5, "万立方米"), "≥8万立方米"),
             _i(OUT, QUA, "工程质量合格率", "100%", ("=", 100, "%"), "100%"),
             _i(OUT, QUA, "河道水质", "达到Ⅳ类", Q, "稳定达到Ⅳ类"),
             _i(OUT, TIM, "年度工程完工时间", "2025年12月底前", (None, None, None), "2026年12月底前"),
             _i(COST, CST, "每公里治理成本", "≤150万元", ("<=", 150, "万元"), "≤150万元"),
             _i(EFF, GRN, "两岸生态环境", "显著改善", Q, "显著改善"),
             _i(EFF, SUS, "工程设计使用年限", "≥30年", (">=", 30, "年"), "≥30年"),
             _i(SAT, SVC, "周边群众满意度", "≥90%", (">=", 90, "%"), "≥90%")]),
    ]
    for project, attr, term, lines, fiscal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "主管部门"), (4, 2, dept))
        rows.add((0, 1, "项目属性"), (1, 2, attr), (3, 1, "项目期限"), (4, 2, term))
        rows.add((0, 1, "立项依据"), (1, 5, f"根据国家和省市关于城市水务基础设施建设的部署，结合本区实际，设立{project}项目，"
                                           "用于保障城市水安全、改善水环境。"))
        rows.add((0, 1, "实施内容"), (1, 5, "按年度计划组织实施，落实日常管理与监督检查，确保工程质量和资金安全。"))
        r = rows.n
        rows.put(r, 0, len(lines) + 1, 1, "资金来源（万元）")
        rows.put(r, 1, 1, 3, "资金来源")
        rows.put(r, 4, 1, 1, "中期资金")
        rows.put(r, 5, 1, 1, "年度资金")
        for k, (label, a, b) in enumerate(lines, 1):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 1, a)
            rows.put(r + k, 5, 1, 1, b)
        rows.add((0, 1, "中期目标"), (1, 5, "持续完善区域水务基础设施，提升防汛排涝和水环境治理能力。"))
        rows.add((0, 1, "年度目标"), (1, 5, f"完成{project}年度建设和运行任务。"))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "中期指标值"), (4, 1, "年度指标值"),
                        (5, 1, "指标值设定依据"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.period), (4, 1, i.raw), (5, 1, basis)])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 80, 100, 90, 100, 110], title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"), repeat=(head, 1), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", total=lines[0][1], year=lines[0][2], fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 南昌


def layout_jx_nc_landscape_list_midterm_columns(folder: Path, name: str) -> FileGold:
    dept = "南昌市东湖区人力资源和社会保障局"
    doc = FormDoc(name, f"{dept}2025年项目绩效目标表", dept, 2025)
    projects = [
        ("就业创业补贴", "经常性项目", "1,500.00", "500.00", "460.00", "落实就业创业扶持政策，促进重点群体就业。", [
            _i(OUT, NUM, "城镇新增就业人数", "≥6000人", (">=", 6000, "人"), "≥18000人"),
            _i(OUT, QUA, "补贴发放准确率", "100%", ("=", 100, "%"), "100%"),
            _i(EFF, SOC, "城镇调查失业率", "控制在5.5%以内", ("<=", 5.5, "%"), "控制在5.5%以内"),
            _i(SAT, SVC, "补贴对象满意度", "≥90%", (">=", 90, "%"), "≥90%")]),
        ("职业技能提升培训", "经常性项目", "960.00", "320.00", "320.00", "开展职业技能培训，提升劳动者就业能力。", [
            _i(OUT, NUM, "培训人次", "≥4500人次", (">=", 4500, "人次"), "≥13500人次"),
            _i(OUT, QUA, "培训合格率", "≥85%", (">=", 85, "%"), "≥85%"),
            _i(COST, CST, "人均培训成本", "≤700元", ("<=", 700, "元"), "≤700元"),
            _i(EFF, SOC, "培训后就业率", "高于60%", (">", 60, "%"), "高于65%")]),
        ("劳动保障监察执法", "一次性项目", "150.00", "150.00", "120.00", "维护劳动者合法权益，保持劳动关系和谐稳定。", [
            _i(OUT, NUM, "用人单位检查户数", "≥800户", (">=", 800, "户"), "≥800户"),
            _i(OUT, TIM, "欠薪案件办结时限", "≤30日", ("<=", 30, "日"), "≤30日"),
            _i(EFF, SOC, "欠薪案件结案率", "90%-95%", ("range", 90, "%", 95), "90%-95%"),
            _i(SAT, SVC, "劳动者满意度", "≥90%", (">=", 90, "%"), "≥90%")]),
    ]
    rows = _Rows()
    for col, head in enumerate(("序号", "项目名称", "项目类别")):
        rows.put(0, col, 2, 1, head)
    rows.put(0, 3, 1, 3, "项目资金（万元）")
    for k, head in enumerate(("中期资金总额", "年度资金总额", "其中：财政拨款")):
        rows.put(1, 3 + k, 1, 1, head)
    for col, head in ((6, "年度目标"), (7, "一级指标"), (8, "二级指标"), (9, "三级指标"), (10, "年度指标值"),
                      (11, "中期指标值")):
        rows.put(0, col, 2, 1, head)
    rows.n = 2
    for n, (project, attr, mid, year, fiscal, goal, inds) in enumerate(projects, 1):
        r, h = rows.n, len(inds)
        for col, text in enumerate((str(n), project, attr, mid, year, fiscal, goal)):
            rows.put(r, col, h, 1, text)
        rows.n = r  # the indicators run down beside the merged project cells
        _grid_rows(rows, inds, 7, 8, lambda i: [(9, 1, i.name), (10, 1, i.raw), (11, 1, i.period)])
        _add(doc, project, inds)
        doc.gold.project(project, "万元", total=mid, year=year, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [28, 70, 52, 58, 58, 58, 110, 54, 60, 92, 78, 78], title="2025年项目绩效目标表",
                         editor=f"单位：{dept}", landscape=True), repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


BLIND39: dict[str, Builder] = {
    "zj_hz_budget_midterm_pairs_four_money": layout_zj_hz_budget_midterm_pairs_four_money,
    "js_nj_budget_three_pairs_source_grid_year_first": layout_js_nj_budget_three_pairs_source_grid_year_first,
    "gd_sz_midterm_yuan_labels_above_weights": layout_gd_sz_midterm_yuan_labels_above_weights,
    "sc_my_final_accounts_self_evals_carried": layout_sc_my_final_accounts_self_evals_carried,
    "hub_yc_self_eval_yuan_pairs_period_column": layout_hub_yc_self_eval_yuan_pairs_period_column,
    "ha_zz_budget_dept_wide_then_stacked_midterm": layout_ha_zz_budget_dept_wide_then_stacked_midterm,
    "sd_yt_landscape_midterm_direction_split": layout_sd_yt_landscape_midterm_direction_split,
    "fj_xm_two_forms_a_page_special_target_class": layout_fj_xm_two_forms_a_page_special_target_class,
    "gz_gy_budget_long_form_income_lines_repeated": layout_gz_gy_budget_long_form_income_lines_repeated,
    "jx_nc_landscape_list_midterm_columns": layout_jx_nc_landscape_list_midterm_columns,
}
SETS: dict[str, dict[str, Builder]] = {"blind39": BLIND39}


def write_layout(name: str, folder: str | Path) -> dict:
    """Write layout ``name`` as ``<name>.pdf`` with its gold ``<name>.gold.json`` in folder;
    returns the gold (as ``form_layouts.write_layout``)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    which = next(k for k, layouts in SETS.items() if name in layouts)
    gold = SETS[which][name](folder, name)
    out = {"layout": name, "set": which, **gold.__dict__}
    (folder / f"{name}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def write_set(which: str, folder: str | Path) -> list[dict]:
    """Write every layout of ``which`` ("blind39") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
