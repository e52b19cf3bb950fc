"""BLIND68 performance forms: ten layouts as a district of 枣庄 (山东), a district of 鹤壁 (河南),
雄安新区 (河北), a district of 朔州 (山西), a district of 铜川 (陕西), a district of 陇南 (甘肃), 平罗县
(宁夏), a district of 巴彦淖尔 (内蒙古), a district of 盘锦 (辽宁) and a district of 白城 (吉林) print
their 2025 项目支出绩效目标表, 部门整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表,
written by an author who had read neither the form reader nor the earlier blind sets (only the
gold helpers and page composer of ``form_layouts``, ``tables`` and ``drawing``, the gold
conventions of BLIND9's docstring and the shared gold checks). Each layout writes one PDF and its
gold in the format of ``form_layouts.write_set``; the gold is written by hand with
``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

sd_zz_budget_midterm_period_year_columns  [filled, shaded heads] 山东 枣庄 district 部门预算:
        budget tables, then one 项目支出绩效目标表 per project exported from the 一体化 system
        (项目编码), 中期 projects: a 项目资金（万元） block with 实施期资金 | 2025年度资金 columns over
        资金总额 / 其中：财政拨款 / 其他资金, 实施期目标 | 年度目标, grid 一级 | 二级 | 三级 |
        实施期指标值 | 年度指标值 | 指标值说明
ha_hb_yitihua_export_symbol_columns  [cells, shaded heads] 河南 鹤壁 district standalone
        一体化 export: money in 元 as label | value pairs (资金总额（元） | 财政拨款（元） | 上年结转（元）
        printed 0.00 | 其他资金（元）), grid 三级 | 符号 | 指标值 | 计量单位 | 权重
heb_xa_self_eval_yuan_columns_deviation  [filled, landscape] 河北 雄安新区 项目支出绩效自评表
        (2025年度): money in 元 with separators, 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
        得分 over 年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金, 偏差原因分析 column,
        自评等级 in words
sx_sz_final_accounts_dept_and_school_self_evals  [open] 山西 朔州 district 部门决算: accounts
        tables, a 部门整体支出绩效自评表 (money label | value rows in 万元) and a school's (二级单位)
        项目支出绩效自评表 with 年初预算数 | 全年预算数 | 全年执行数 columns
sn_tc_budget_dept_wide_then_labels_above  [cells] 陕西 铜川 district 部门预算: budget tables, a
        部门整体支出绩效目标表 (部门预算资金 heads, 年度主要任务 with amounts), then project forms whose
        money heads sit above their values (项目总额 | 年度预算 | 其中：财政拨款 | 其中：上年结转 |
        其他资金)
gs_ln_turned_list_codes_weights  [filled, turned pages] 甘肃 陇南 district list on landscape
        pages turned by /Rotate: 项目编码 | 项目名称 | 资金总额 | 财政拨款 | 其他资金 | 年度绩效目标 |
        一级 | 二级 | 三级 | 指标值 | 权重, project cells merged, header repeated over the pages
nx_pl_midterm_stacked_year_then_period  [open] 宁夏 平罗县 中期 projects: money stacked as
        label | value rows (实施期资金总额 / 其中：财政资金 / 其他资金, then 年度资金总额 / 其中：财政资金 /
        上年结转), a 绩效指标 label merged down the first column, 年度指标值 before 实施期指标值
nmg_bynr_budget_income_source_grid  [filled, shaded heads] 内蒙古 巴彦淖尔 district 部门预算:
        budget tables, then forms whose 资金来源 is a heads row over one amounts row (资金总额 |
        一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 上年结转 | 其他资金), 权重
ln_pj_accounts_project_self_eval_pairs  [cells] 辽宁 盘锦 district 部门决算: accounts tables, then
        project self evaluations whose money is label | value pairs in 万元 (年初预算数 | 全年预算数 |
        全年执行数 | 执行率 | 分值 | 得分, 其中：财政拨款), 偏差原因分析 | 改进措施 columns, 总分,
        自评等级 words
jl_bc_hospital_word_targets_unit_row  [cells] 吉林 白城 district hospital (二级单位) standalone
        target forms, two a page: 金额单位：元 printed as the grid's first row, money heads above
        values in 元, targets written in words (不低于 / 达到 / 控制在…以内 / 不超过 / 高于 / 低于)

Gold conventions: BLIND9's docstring and the addendum's money rulings, with this set's rulings:

- 中期 projects: ``total`` = the 实施期资金总额 as printed, ``year`` = the 2025 年度资金总额,
  ``fiscal`` = the year's 财政拨款 / 财政资金 figure; an indicator's target is its 年度指标值
  (the 实施期指标值 is not read).
- fiscal = the sum of source lines named …财政拨款收入 (only one of them is non-zero in each
  form here, so the sum is printed); 上年结转 printed 0.00 is "0.00".
- 达到 N reads ">="; 控制在 N 以内 reads "<="; 高于 reads ">"; 低于 reads "<".
- A 部门整体 form's money is not a project's. A self evaluation's 总分 is the execution score
  plus the indicators' scores, printed with two decimals.
"""
from __future__ import annotations

import dataclasses
import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]
YEAR = 2025
P, E, S, C = "产出指标", "效益指标", "满意度指标", "成本指标"
N_, Z, T, CB = "数量指标", "质量指标", "时效指标", "经济成本指标"
SH, JJ, ST, KC, MY = "社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"


def _ruled(spec: TableSpec, rules: str, shaded: tuple[int, ...] = ()) -> TableSpec:
    return dataclasses.replace(spec, rules=rules, shaded_rows=shaded)


def _budget_front(doc: FormDoc, dept: str, income: list[tuple[str, str]], spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支预算总表, the 说明 heading the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  绩效目标情况", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实党中央、省委和市委关于本领域工作的方针政策和决策部署，履行法定职责。",
        "二、机构设置。本部门预算由部门本级及所属事业单位预算组成，纳入预算管理一体化系统统一编报。",
        f"三、{YEAR}年重点工作。围绕年度目标任务，统筹做好各项重点工作，加强预算绩效管理。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec("部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    doc.pages.text_page("第四部分  绩效目标情况", [
        f"按照预算绩效管理要求，本部门{YEAR}年所有项目均编制了绩效目标，现将部门整体支出和重点项目支出"
        "绩效目标公开如下。",
    ])


def _rate(budget: str, executed: str) -> tuple[str, str]:
    """执行率 and its score (of 10) as printed, two decimals."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = (e / b * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    score = min(Decimal(10), (e / b * 10)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{rate}%", f"{score}"


def _total(rate_score: str, inds: list[Ind]) -> float:
    return round(float(rate_score) + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- 山东 枣庄


def layout_sd_zz_budget_midterm_period_year_columns(folder: Path, name: str) -> FileGold:
    dept = "枣庄市薛城区农业农村局"
    doc = FormDoc(name, f"{dept}{YEAR}年部门预算", dept, YEAR, cover=[(dept, 24), (f"{YEAR}年部门预算", 24)])
    _budget_front(doc, dept, [("一、一般公共预算拨款收入", "4,862.30"), ("二、政府性基金预算拨款收入", "1,200.00")],
                  [("一、农林水支出", "5,736.30"), ("二、城乡社区支出", "326.00")])
    projects = [
        ("高标准农田建设项目（2024-2026年）", "37040325000000000318", "枣庄市薛城区农业农村局", "2024年-2026年",
         ("3,600.00", "3,100.00", "500.00"), ("1,200.00", "1,000.00", "200.00"),
         ("三年建设高标准农田3.6万亩，提升耕地质量等级。", "2025年建成高标准农田1.2万亩，灌排设施配套完善。"), [
             Ind(P, N_, "新建高标准农田面积", "≥1.2万亩", (">=", 1.2, "万亩"), period="≥3.6万亩", note="当年建设任务"),
             Ind(P, Z, "工程验收合格率", "100%", ("=", 100, "%"), period="100%", note="竣工验收"),
             Ind(P, T, "年度建设任务完成时间", "2025年12月底前", (None, None, None), period="2026年12月底前",
                 note="按计划完工"),
             Ind(C, CB, "亩均建设投入", "≤1000元", ("<=", 1000, "元"), period="≤1000元", note="按省定标准"),
             Ind(E, JJ, "项目区粮食亩产提高", "≥50公斤", (">=", 50, "公斤"), period="≥50公斤", note="与建设前比较"),
             Ind(S, MY, "项目区农户满意度", "≥90%", (">=", 90, "%"), period="≥90%", note="抽样调查"),
         ]),
        ("农村人居环境整治提升（2025-2027年）", "37040325000000000402", "枣庄市薛城区乡村振兴服务中心", "2025年-2027年",
         ("900.00", "900.00", "0.00"), ("300.00", "300.00", "0.00"),
         ("三年完成全区行政村人居环境整治提升全覆盖。", "完成40个行政村环境整治，农村生活垃圾无害化处理。"), [
             Ind(P, N_, "整治提升行政村数", "≥40个", (">=", 40, "个"), period="≥120个", note="年度任务"),
             Ind(P, Z, "农村生活垃圾无害化处理率", "≥95%", (">=", 95, "%"), period="≥95%", note="县级考核"),
             Ind(P, T, "整治任务完成及时率", "100%", ("=", 100, "%"), period="100%", note="按月调度"),
             Ind(E, SH, "农村人居环境", "明显改善", Q, period="持续改善", note="群众评价"),
             Ind(E, ST, "农村卫生厕所普及率", "≥92%", (">=", 92, "%"), period="≥95%", note="统计数据"),
             Ind(S, MY, "村民满意度", "≥90%", (">=", 90, "%"), period="≥92%", note="问卷调查"),
         ]),
        ("动物疫病防控经费", "37040325000000000455", "枣庄市薛城区畜牧兽医服务中心", "2025年",
         ("86.50", "86.50", "0.00"), ("86.50", "86.50", "0.00"),
         ("完成重大动物疫病强制免疫任务。", "重大动物疫病免疫密度保持在90%以上，不发生区域性重大疫情。"), [
             Ind(P, N_, "强制免疫畜禽数量", "≥85万头（只）", (">=", 85, "万头(只)"), period="≥85万头（只）",
                 note="按上级下达任务"),
             Ind(P, Z, "重大动物疫病免疫密度", "≥90%", (">=", 90, "%"), period="≥90%", note="应免畜禽"),
             Ind(P, Z, "免疫抗体合格率", "≥70%", (">=", 70, "%"), period="≥70%", note="抽样监测"),
             Ind(P, T, "春秋季集中免疫完成时限", "2025年11月底前", (None, None, None), period="2025年11月底前",
                 note="春防秋防"),
             Ind(E, SH, "区域性重大动物疫情发生次数", "0次", ("=", 0, "次"), period="0次", note="全年"),
             Ind(S, MY, "养殖户满意度", "≥85%", (">=", 85, "%"), period="≥85%", note="回访"),
         ]),
    ]
    widths = [62, 66, 118, 80, 80, 89]
    for project, code, unit_name, term, period_money, year_money, goals, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        rows.add((0, 1, "项目期限"), (1, 2, term), (3, 1, "项目类别"), (4, 2, "特定目标类"))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "资金来源")
        rows.put(r, 3, 1, 1, "实施期资金")
        rows.put(r, 4, 1, 2, f"{YEAR}年度资金")
        for k, label in enumerate(("资金总额", "其中：财政拨款", "其他资金"), 1):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 1, period_money[k - 1])
            rows.put(r + k, 4, 1, 2, year_money[k - 1])
        r = rows.n
        rows.put(r, 0, 2, 1, "总体目标")
        rows.put(r, 1, 1, 2, "实施期目标")
        rows.put(r, 3, 1, 3, "年度目标")
        rows.put(r + 1, 1, 1, 2, goals[0])
        rows.put(r + 1, 3, 1, 3, goals[1])
        head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "实施期指标值",
                                                           "年度指标值", "指标值说明"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.period), (4, 1, i.raw), (5, 1, i.note)])
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"编报单位：{dept}",
                     unit_raw="金额单位：万元")
        doc.pages.grid(_ruled(spec, "filled", (3, head)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, total=period_money[0], year=year_money[0], fiscal=year_money[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 鹤壁


def layout_ha_hb_yitihua_export_symbol_columns(folder: Path, name: str) -> FileGold:
    dept = "鹤壁市淇滨区卫生健康委员会"
    doc = FormDoc(name, f"{dept}{YEAR}年项目支出绩效目标表", dept, YEAR)
    projects = [
        ("基本公共卫生服务补助资金", "410611250000000000231", "鹤壁市淇滨区基层卫生服务中心",
         ("6,480,000.00", "6,120,000.00", "0.00", "360,000.00"),
         "为辖区常住居民免费提供国家基本公共卫生服务项目，提高居民健康水平。", [
             Ind(P, N_, "65岁及以上老年人健康管理人数", ("≥", "1.8", "万人"), (">=", 1.8, "万人"), "15"),
             Ind(P, N_, "适龄儿童国家免疫规划疫苗接种率", ("≥", "90", "%"), (">=", 90, "%"), "15"),
             Ind(P, Z, "高血压患者规范管理率", ("≥", "65", "%"), (">=", 65, "%"), "15"),
             Ind(P, T, "资金拨付及时率", ("=", "100", "%"), ("=", 100, "%"), "10"),
             Ind(C, CB, "人均基本公共卫生服务经费补助标准", ("≥", "94", "元"), (">=", 94, "元"), "10"),
             Ind(E, SH, "居民健康素养水平", ("定性", "逐步提高", ""), Q, "20"),
             Ind(S, MY, "城乡居民对基本公共卫生服务满意度", ("≥", "85", "%"), (">=", 85, "%"), "15"),
         ]),
        ("家庭医生签约服务经费", "410611250000000000246", "鹤壁市淇滨区基层卫生服务中心",
         ("1,350,000.00", "1,350,000.00", "0.00", "0.00"),
         "巩固家庭医生签约服务覆盖面，重点人群签约服务质量稳步提升。", [
             Ind(P, N_, "重点人群签约服务覆盖率", ("≥", "75", "%"), (">=", 75, "%"), "20"),
             Ind(P, Z, "签约居民履约率", ("≥", "80", "%"), (">=", 80, "%"), "20"),
             Ind(P, T, "签约服务费结算时间", ("≤", "30", "日"), ("<=", 30, "日"), "10"),
             Ind(E, SH, "基层首诊就诊比例", ("＞", "60", "%"), (">", 60, "%"), "20"),
             Ind(E, KC, "家庭医生团队服务能力", ("定性", "持续增强", ""), Q, "15"),
             Ind(S, MY, "签约居民满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
         ]),
        ("医疗机构卫生监督执法", "410611250000000000259", "鹤壁市淇滨区卫生健康综合监督执法大队",
         ("420,000.00", "380,000.00", "40,000.00", "0.00"),
         "开展医疗卫生、公共场所及学校卫生监督检查，规范执业行为。", [
             Ind(P, N_, "医疗机构监督覆盖率", ("=", "100", "%"), ("=", 100, "%"), "20"),
             Ind(P, N_, "公共场所监督检查户次", ("≥", "800", "户次"), (">=", 800, "户次"), "15"),
             Ind(P, Z, "行政处罚案件规范率", ("≥", "95", "%"), (">=", 95, "%"), "15"),
             Ind(P, T, "投诉举报处理时限", ("≤", "15", "个工作日"), ("<=", 15, "个工作日"), "15"),
             Ind(E, SH, "非法行医案件发生率", ("＜", "1", "%"), ("<", 1, "%"), "20"),
             Ind(S, MY, "群众满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
         ]),
    ]
    widths = [56, 62, 135, 34, 54, 60, 40, 54]
    for project, code, unit_name, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 2, project), (4, 1, "项目编码"), (5, 3, code))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "预算单位"), (5, 3, unit_name))
        rows.add((0, 2, "项目类别"), (2, 2, "特定目标类"), (4, 1, "项目期限"), (5, 3, "1年"))
        rows.add((0, 2, "资金总额（元）"), (2, 2, money[0]), (4, 1, "财政拨款（元）"), (5, 3, money[1]))
        rows.add((0, 2, "上年结转（元）"), (2, 2, money[2]), (4, 1, "其他资金（元）"), (5, 3, money[3]))
        rows.add((0, 2, "年度绩效目标"), (2, 6, goal))
        head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "符号", "指标值",
                                                           "计量单位", "权重", "指标方向"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight),
                                                (7, 1, "定性" if i.exp[0] == "qualitative" else
                                                 ("反向" if i.exp[0] in ("<=", "<") else "正向"))])
        spec = _spec(rows.cells, rows.n, widths, title=f"{YEAR}年度项目支出绩效目标表",
                     editor=f"单位名称：{unit_name}")
        doc.pages.grid(_ruled(spec, "cells", (head,)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, year=money[0], fiscal=money[1], carried=money[2])
    return doc.save(folder)


# --------------------------------------------------------------------------- 河北 雄安


def layout_heb_xa_self_eval_yuan_columns_deviation(folder: Path, name: str) -> FileGold:
    dept = "河北雄安新区管理委员会公共服务局"
    doc = FormDoc(name, f"{dept}{YEAR}年度项目支出绩效自评表", dept, YEAR)
    evals = [
        ("雄安新区义务教育学校运转保障", "河北雄安新区容东片区第一小学",
         # 年初预算数, 全年预算数, 全年执行数 per line: 年度资金总额, 其中：财政拨款, 上年结转资金, 其他资金
         [("12,800,000.00", "13,250,000.00", "12,964,300.00"), ("12,800,000.00", "12,850,000.00", "12,564,300.00"),
          ("0.00", "400,000.00", "400,000.00"), ("0.00", "0.00", "0.00")],
         ("保障新建学校正常运转，落实生均公用经费标准。", "全年保障在校生3,260人，公用经费按标准足额拨付。"), [
             Ind(P, N_, "保障在校学生人数", "≥3200人", (">=", 3200, "人"), "15", "3260人", "15"),
             Ind(P, N_, "教师培训人次", "≥600人次", (">=", 600, "人次"), "10", "548人次", "8",
                 "受教学安排影响部分培训延后，下年度集中补训"),
             Ind(P, Z, "校舍安全隐患整改率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind(P, T, "公用经费拨付及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind(C, CB, "小学生均公用经费", "≥1000元", (">=", 1000, "元"), "10", "1000元", "10"),
             Ind(E, SH, "学校办学条件", "持续改善", Q, "15", "持续改善", "14", "功能教室配套尚未全部到位"),
             Ind(S, MY, "学生家长满意度", "≥90%", (">=", 90, "%"), "15", "95.6%", "15"),
         ], "优秀", "优"),
        ("社区卫生服务中心设备购置", "河北雄安新区容东片区社区卫生服务中心",
         [("3,600,000.00", "3,600,000.00", "3,182,500.00"), ("3,600,000.00", "3,600,000.00", "3,182,500.00"),
          ("0.00", "0.00", "0.00"), ("0.00", "0.00", "0.00")],
         ("购置DR、彩超等基本医疗设备，提升基层诊疗能力。", "完成DR、彩超等设备采购安装，部分设备尾款未支付。"), [
             Ind(P, N_, "购置医疗设备台（套）数", "≥26台（套）", (">=", 26, "台(套)"), "20", "26台（套）", "20"),
             Ind(P, Z, "设备验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind(P, T, "设备安装调试完成时间", "2025年10月31日前", (None, None, None), "10", "2025年12月20日", "6",
                 "招标流标一次，采购周期延长"),
             Ind(C, CB, "采购成本节约率", "≥5%", (">=", 5, "%"), "10", "11.6%", "10"),
             Ind(E, SH, "基层医疗机构检查能力", "明显提升", Q, "20", "明显提升", "18", "设备投用时间较短，效益尚未充分显现"),
             Ind(S, MY, "就诊居民满意度", "≥85%", (">=", 85, "%"), "15", "88%", "15"),
         ], "良好", "良"),
    ]
    widths = [64, 78, 150, 100, 100, 50, 58, 140]
    for project, unit_name, money, goals, inds, grade_word, grade in evals:
        rate, rate_score = _rate(money[0][1], money[0][2])
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 5, 1, "项目资金（元）")
        rows.put(r, 1, 1, 1, "")
        for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 2 + k, 1, 1, head)
        labels = ("年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金")
        for k, (label, line) in enumerate(zip(labels, money), 1):
            rows.put(r + k, 1, 1, 1, label)
            for j, v in enumerate(line):
                rows.put(r + k, 2 + j, 1, 1, v)
            tail = ("10", rate, rate_score) if k == 1 else ("—", "—", "—")
            for j, v in enumerate(tail):
                rows.put(r + k, 5 + j, 1, 1, v)
        r = rows.n
        rows.put(r, 0, 2, 1, "年度总体目标")
        rows.put(r, 1, 1, 3, "预期目标")
        rows.put(r, 4, 1, 4, "实际完成情况")
        rows.put(r + 1, 1, 1, 3, goals[0])
        rows.put(r + 1, 4, 1, 4, goals[1])
        head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                           "分值", "得分", "偏差原因分析"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        total = _total(rate_score, inds)
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
        rows.add((0, 5, "自评等级"), (5, 3, grade_word))
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{YEAR}年度）",
                     unit_raw="金额单位：元", landscape=True, kind="performance_self_evaluation")
        doc.pages.grid(_ruled(spec, "filled"), fresh_page=True, repeat=(head, 1))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", money[0][1], money[0][2], total, grade)
        doc.gold.project(project, "元", year=money[0][1], fiscal=money[1][1],
                         carried=money[2][1] if money[2][1] != "0.00" else None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 朔州


def _sx_grid(rows: _Rows, inds: list[Ind], total: float) -> None:
    """The scoring grid under a 绩效指标 label merged down its first column, then 总分 and 自评等级."""
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施")):
        rows.put(r, 1 + k, 1, 1, head)
    rows.n = r + 1
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    rows.add((0, 1, ""), (1, 5, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 1, ""), (1, 5, "自评等级"), (6, 2, "优"), (8, 1, ""))


def layout_sx_sz_final_accounts_dept_and_school_self_evals(folder: Path, name: str) -> FileGold:
    dept = "朔州市朔城区教育局"
    doc = FormDoc(name, f"{dept}{YEAR}年度部门决算", dept, YEAR, cover=[(dept, 24), (f"{YEAR}年度部门决算", 24)])
    _accounts_front(doc, dept, YEAR, [("一、一般公共预算财政拨款收入", "38,216.45"), ("二、事业收入", "412.60")],
                    [("一、教育支出", "36,905.25"), ("二、社会保障和就业支出", "1,723.80")])
    inds = [
        Ind("产出指标", N_, "义务教育阶段在校生人数", "≥5.2万人", (">=", 5.2, "万人"), "15", "5.31万人", "15"),
        Ind("产出指标", N_, "教师培训人次", "≥3000人次", (">=", 3000, "人次"), "10", "3260人次", "10"),
        Ind("产出指标", Z, "义务教育巩固率", "≥99%", (">=", 99, "%"), "15", "99.6%", "15"),
        Ind("产出指标", Z, "控辍保学动态清零", "全部清零", Q, "10", "全部清零", "10"),
        Ind("产出指标", T, "学生资助资金发放及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("效益指标", SH, "县域义务教育优质均衡发展", "稳步推进", Q, "15", "稳步推进", "13", "部分乡村学校师资仍不足"),
        Ind("效益指标", KC, "教育资源配置", "持续优化", Q, "5", "持续优化", "5"),
        Ind("满意度指标", MY, "学生家长满意度", "≥90%", (">=", 90, "%"), "10", "92.3%", "10"),
    ]
    budget, executed = "39,150.00", "38,629.05"
    rate, rate_score = _rate(budget, executed)
    total = _total(rate_score, inds)
    # Word tables with the side borders off: a narrow 绩效指标 label column leads the grid
    widths = [30, 52, 62, 92, 58, 58, 32, 38, 73]
    rows = _Rows()
    rows.add((0, 3, "部门（单位）名称"), (3, 6, dept))
    rows.add((0, 3, "年初预算数（万元）"), (3, 2, "36,480.00"), (5, 2, "全年预算数（万元）"), (7, 2, budget))
    rows.add((0, 3, "全年执行数（万元）"), (3, 2, executed), (5, 2, "预算执行率"), (7, 2, rate))
    rows.add((0, 3, "执行率分值"), (3, 2, "10"), (5, 2, "执行率得分"), (7, 2, rate_score))
    rows.add((0, 3, "年度总体目标完成情况"), (3, 6, "全面落实教育优先发展战略，义务教育巩固率99.6%，学生资助应助尽助。"))
    _sx_grid(rows, inds, total)
    doc.pages.grid(_ruled(_spec(rows.cells, rows.n, widths, title="部门整体支出绩效自评表",
                                editor=f"（{YEAR}年度）", kind="performance_self_evaluation"), "open"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "优")

    project, school = "学生营养改善计划", "朔州市朔城区第三中学校"
    money = [("年度资金总额", "286.00", "312.40", "297.15"), ("其中：财政拨款", "286.00", "312.40", "297.15"),
             ("其他资金", "", "", "")]
    rate, rate_score = _rate("312.40", "297.15")
    pinds = [
        Ind("产出指标", N_, "受益学生人数", "≥3400人", (">=", 3400, "人"), "20", "3512人", "20"),
        Ind("产出指标", Z, "食品安全事故发生次数", "0次", ("=", 0, "次"), "20", "0次", "20"),
        Ind("产出指标", T, "营养餐供应天数", "≥200天", (">=", 200, "天"), "10", "196天", "8", "冬季停课调整，下年合理安排供餐"),
        Ind("产出指标", C, "每生每天补助标准", "5元", ("=", 5, "元"), "10", "5元", "10"),
        Ind("效益指标", SH, "学生营养健康状况", "有效改善", Q, "15", "有效改善", "15"),
        Ind("满意度指标", MY, "学生及家长满意度", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
    ]
    ptotal = _total(rate_score, pinds)
    rows = _Rows()
    rows.add((0, 3, "项目名称"), (3, 3, project), (6, 2, "项目类型"), (8, 1, "经常性项目"))
    rows.add((0, 3, "主管部门"), (3, 2, dept), (5, 2, "实施单位"), (7, 2, school))
    r = rows.n
    rows.put(r, 0, 4, 1, "项目资金（万元）")
    for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 1 + k + (k > 0), 1, 2 if k == 0 else 1, head)
    for k, line in enumerate(money, 1):
        for j, v in enumerate(line):
            rows.put(r + k, 1 + j + (j > 0), 1, 2 if j == 0 else 1, v)
        for j, v in enumerate(("10", rate, rate_score) if k == 1 else ("—", "—", "—")):
            rows.put(r + k, 6 + j, 1, 1, v)
    rows.add((0, 3, "年度总体目标"), (3, 6, "按标准为农村义务教育学生提供营养膳食补助，改善学生营养状况。"))
    _sx_grid(rows, pinds, ptotal)
    doc.pages.grid(_ruled(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表",
                                editor=f"（{YEAR}年度）", kind="performance_self_evaluation"), "open"),
                   fresh_page=True)
    for ind in pinds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", "312.40", "297.15", ptotal, "优")
    doc.gold.project(project, "万元", year="312.40", fiscal="312.40")
    return doc.save(folder)


# --------------------------------------------------------------------------- 陕西 铜川


def layout_sn_tc_budget_dept_wide_then_labels_above(folder: Path, name: str) -> FileGold:
    dept = "铜川市王益区民政局"
    doc = FormDoc(name, f"{dept}{YEAR}年部门预算", dept, YEAR, cover=[(f"{dept}{YEAR}年部门预算", 22)])
    _budget_front(doc, dept, [("一、一般公共预算拨款收入", "5,318.70"), ("二、其他收入", "42.00")],
                  [("一、社会保障和就业支出", "5,106.70"), ("二、卫生健康支出", "254.00")])
    dinds = [
        Ind("产出指标", N_, "城乡低保保障人数", "≥4800人", (">=", 4800, "人"), "15"),
        Ind("产出指标", N_, "特困人员供养人数", "≥620人", (">=", 620, "人"), "10"),
        Ind("产出指标", Z, "低保资金发放准确率", "100%", ("=", 100, "%"), "15"),
        Ind("产出指标", T, "临时救助审批时限", "≤5个工作日", ("<=", 5, "个工作日"), "10"),
        Ind("效益指标", SH, "困难群众基本生活", "得到有效保障", Q, "20"),
        Ind("效益指标", KC, "社会救助体系", "不断健全", Q, "10"),
        Ind("满意度指标", MY, "救助对象满意度", "≥90%", (">=", 90, "%"), "10"),
        Ind("满意度指标", "社会公众或服务对象满意度指标", "社区居民满意度", "≥85%", (">=", 85, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 2, "部门预算资金（万元）")
    for k, (head, value) in enumerate((("资金总额", "5,360.70"), ("财政拨款", "5,318.70"), ("其他资金", "42.00"))):
        rows.put(r, 2 + k, 1, 1 if k < 2 else 3, head)
        rows.put(r + 1, 2 + k, 1, 1 if k < 2 else 3, value)
    r = rows.n
    rows.put(r, 0, 4, 1, "年度主要任务")
    rows.put(r, 1, 1, 1, "任务名称")
    rows.put(r, 2, 1, 4, "主要内容")
    rows.put(r, 6, 1, 1, "预算金额")
    for k, (task, content, amount) in enumerate((
            ("社会救助", "落实城乡低保、特困供养和临时救助政策", "3,860.00"),
            ("养老服务", "推进居家和社区养老服务，运营街道综合养老服务中心", "1,018.70"),
            ("基本运转", "保障机关和所属单位正常运转", "482.00")), 1):
        rows.put(r + k, 1, 1, 1, task)
        rows.put(r + k, 2, 1, 4, content)
        rows.put(r + k, 6, 1, 1, amount)
    rows.add((0, 2, "年度绩效目标"), (2, 5, "兜牢民生底线，困难群众应保尽保，养老服务覆盖面持续扩大。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "分值"))],
             (5, 2, "备注"))
    _grid_rows(rows, dinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 2, "")])
    doc.pages.grid(_ruled(_spec(rows.cells, rows.n, [58, 80, 120, 72, 40, 55, 70], title="部门整体支出绩效目标表",
                                editor=f"（{YEAR}年度）", kind="department_performance_targets"), "cells"),
                   fresh_page=True)
    for ind in dinds:
        doc.gold.indicators.append(_gold_ind(None, ind))

    projects = [
        ("街道综合养老服务中心运营补贴", "610202250000000000087",
         ("450.00", "150.00", "120.00", "30.00", "0.00"), "2024年-2026年",
         "支持3个街道综合养老服务中心运营，提供助餐、日间照料等服务。", [
             Ind(P, N_, "运营补贴的养老服务中心数", "3个", ("=", 3, "个"), "20"),
             Ind(P, N_, "老年助餐服务人次", "≥3万人次", (">=", 3, "万人次"), "15"),
             Ind(P, Z, "服务中心星级评定达标率", "≥80%", (">=", 80, "%"), "15"),
             Ind(P, T, "补贴资金拨付时间", "2025年12月31日前", (None, None, None), "10"),
             Ind(E, SH, "居家老年人生活质量", "有所提高", Q, "25"),
             Ind(S, MY, "服务老年人满意度", "≥90%", (">=", 90, "%"), "15"),
         ]),
        ("困难群众临时救助资金", "610202250000000000112",
         ("260.00", "260.00", "230.00", "", "30.00"), "2025年",
         "对遭遇突发性、紧迫性、临时性生活困难的群众及时给予救助。", [
             Ind(P, N_, "临时救助人次", "≥900人次", (">=", 900, "人次"), "20"),
             Ind(P, Z, "救助对象认定准确率", "≥98%", (">=", 98, "%"), "20"),
             Ind(P, T, "急难型救助先行救助时限", "≤24小时", ("<=", 24, "小时"), "10"),
             Ind(C, CB, "人均救助标准", "≥1200元", (">=", 1200, "元"), "10"),
             Ind(E, SH, "因病因灾返贫致贫情况", "有效防止", Q, "25"),
             Ind(S, MY, "救助对象满意度", "≥92%", (">=", 92, "%"), "15"),
         ]),
    ]
    widths = [60, 70, 100, 72, 70, 60, 63]
    for project, code, money, term, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施期限"), (5, 2, term))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for k, head in enumerate(("项目总额", "年度预算", "其中：财政拨款", "其中：上年结转", "其他资金")):
            rows.put(r, 1 + k + (k > 0), 1, 2 if k == 0 else 1, head)
            rows.put(r + 1, 1 + k + (k > 0), 1, 2 if k == 0 else 1, money[k])
        rows.add((0, 1, "年度目标"), (1, 6, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标"))], (3, 2, "指标值"),
                 (5, 1, "分值"), (6, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw), (5, 1, i.weight), (6, 1, "")])
        doc.pages.grid(_ruled(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                                    editor=f"填报单位：{dept}"), "cells"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, total=money[0], year=money[1], fiscal=money[2],
                         carried=money[3] or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 陇南


def layout_gs_ln_turned_list_codes_weights(folder: Path, name: str) -> FileGold:
    dept = "陇南市武都区水务局"
    doc = FormDoc(name, f"{dept}{YEAR}年项目支出绩效目标表", dept, YEAR)
    projects = [
        ("62120225000000000015", "农村饮水安全巩固提升工程", ("860.00", "820.00", "40.00"),
         "巩固提升农村供水保障水平，农村自来水普及率稳定提高。", [
             Ind(P, N_, "新建改造供水管网", "≥45公里", (">=", 45, "公里"), "20"),
             Ind(P, N_, "受益农村人口", "≥1.6万人", (">=", 1.6, "万人"), "15"),
             Ind(P, Z, "水质检测合格率", "≥95%", (">=", 95, "%"), "15"),
             Ind(P, T, "工程完工时间", "2025年10月底前", (None, None, None), "10"),
             Ind(E, SH, "农村自来水普及率", "≥93%", (">=", 93, "%"), "25"),
             Ind(S, MY, "受益群众满意度", "≥90%", (">=", 90, "%"), "15"),
         ]),
        ("62120225000000000023", "白龙江武都城区段防洪治理", ("1,500.00", "1,500.00", "0.00"),
         "完成城区段堤防加固，提高城区防洪标准。", [
             Ind(P, N_, "加固堤防长度", "≥3.2公里", (">=", 3.2, "公里"), "20"),
             Ind(P, Z, "单位工程质量合格率", "100%", ("=", 100, "%"), "20"),
             Ind(P, T, "汛前完成主体工程", "2025年5月31日前", (None, None, None), "10"),
             Ind(C, CB, "工程建设成本", "≤1500万元", ("<=", 1500, "万元"), "10"),
             Ind(E, SH, "城区防洪标准", "≥50年一遇", (">=", 50, "年一遇"), "25"),
             Ind(S, MY, "沿河群众满意度", "≥90%", (">=", 90, "%"), "15"),
         ]),
        ("62120225000000000031", "水土保持综合治理", ("320.00", "300.00", "20.00"),
         "治理水土流失面积，改善生态环境。", [
             Ind(P, N_, "治理水土流失面积", "≥12平方公里", (">=", 12, "平方公里"), "20"),
             Ind(P, N_, "营造水保林面积", "≥3000亩", (">=", 3000, "亩"), "15"),
             Ind(P, Z, "造林成活率", "≥85%", (">=", 85, "%"), "15"),
             Ind(P, T, "项目完成及时率", "100%", ("=", 100, "%"), "10"),
             Ind(E, ST, "林草植被覆盖率提高", "≥2个百分点", (">=", 2, "个百分点"), "25"),
             Ind(S, MY, "项目区群众满意度", "≥85%", (">=", 85, "%"), "15"),
         ]),
    ]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金",
                                                 "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值",
                                                 "权重"))])
    rows.add(*[(k, 1, str(k + 1)) for k in range(11)])
    for code, project, money, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw), (10, 1, i.weight)])
        for col, text in enumerate((code, project, *money, goal)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=money[0], fiscal=money[1])
    spec = _spec(rows.cells, rows.n, [110, 70, 54, 54, 50, 92, 50, 60, 84, 74, 36],
                 title=f"{YEAR}年项目支出绩效目标表", editor=f"部门名称：{dept}", unit_raw="单位：万元", landscape=True)
    doc.pages.grid(_ruled(spec, "filled"), fresh_page=True, turned=True, repeat=(0, 2))
    return doc.save(folder)


# --------------------------------------------------------------------------- 宁夏 平罗


def layout_nx_pl_midterm_stacked_year_then_period(folder: Path, name: str) -> FileGold:
    dept = "平罗县住房和城乡建设局"
    doc = FormDoc(name, f"{dept}{YEAR}年项目支出绩效目标表", dept, YEAR)
    projects = [
        ("老旧小区改造配套基础设施（2024-2026年）", "640221240000000000016", "2024年1月-2026年12月",
         ("5,400.00", "4,800.00", "600.00"), ("2,150.00", "1,850.00", "300.00"),
         "三年改造老旧小区46个，完善水电气暖等配套设施。", "2025年改造老旧小区18个，惠及居民3,200户。", [
             Ind(P, N_, "改造老旧小区个数", "≥18个", (">=", 18, "个"), period="≥46个"),
             Ind(P, N_, "惠及居民户数", "≥3200户", (">=", 3200, "户"), period="≥8500户"),
             Ind(P, Z, "改造工程竣工验收合格率", "100%", ("=", 100, "%"), period="100%"),
             Ind(P, T, "年度改造项目开工时间", "2025年4月30日前", (None, None, None), period="按年度计划"),
             Ind(C, CB, "户均改造成本", "≤6.5万元", ("<=", 6.5, "万元"), period="≤6.5万元"),
             Ind(E, SH, "居民居住环境", "明显改善", Q, period="明显改善"),
             Ind(S, MY, "改造小区居民满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ]),
        ("县城污水管网改造提升（2025-2026年）", "640221250000000000042", "2025年3月-2026年10月",
         ("2,600.00", "2,600.00", "0.00"), ("1,400.00", "1,250.00", "150.00"),
         "两年改造县城污水管网，实现雨污分流。", "2025年改造污水管网16公里，污水收集率提高。", [
             Ind(P, N_, "改造污水管网长度", "≥16公里", (">=", 16, "公里"), period="≥30公里"),
             Ind(P, Z, "管网闭水试验合格率", "100%", ("=", 100, "%"), period="100%"),
             Ind(P, T, "年度工程完工时间", "2025年11月15日前", (None, None, None), period="2026年10月底前"),
             Ind(E, ST, "县城生活污水集中收集率", "≥72%", (">=", 72, "%"), period="≥75%"),
             Ind(E, SH, "城区内涝积水点", "≤3处", ("<=", 3, "处"), period="0处"),
             Ind(E, KC, "管网运行维护机制", "健全", Q, period="健全"),
             Ind(S, MY, "沿线居民满意度", "≥85%", (">=", 85, "%"), period="≥90%"),
         ]),
    ]
    # Word tables with the side borders off: a narrow label column leads, 指标性质 closes the grid
    widths = [40, 58, 64, 120, 72, 72, 69]
    for project, code, term, period_money, year_money, period_goal, year_goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 1, "项目周期"), (6, 1, term))
        rows.add((0, 1, "项目编码"), (1, 4, code), (5, 1, "项目类型"), (6, 1, "中期项目"))
        rows.add((0, 1, "主管部门"), (1, 6, dept))
        r = rows.n
        rows.put(r, 0, 6, 1, "项目资金")
        for k, (label, value) in enumerate((("实施期资金总额（万元）", period_money[0]), ("其中：财政资金", period_money[1]),
                                            ("其他资金", period_money[2]), ("年度资金总额（万元）", year_money[0]),
                                            ("其中：财政资金", year_money[1]), ("上年结转", year_money[2]))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 4, value)
        rows.add((0, 1, "实施期总体目标"), (1, 6, period_goal))
        rows.add((0, 1, "年度总体目标"), (1, 6, year_goal))
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实施期指标值", "指标性质")):
            rows.put(r, 1 + k, 1, 1, head)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.period),
                                                (6, 1, "定性" if i.exp[0] == "qualitative" else "定量")])
        doc.pages.grid(_ruled(_spec(rows.cells, rows.n, widths, title=f"{YEAR}年项目支出绩效目标表",
                                    editor=f"预算单位：{dept}"), "open"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, total=period_money[0], year=year_money[0], fiscal=year_money[1],
                         carried=year_money[2])
    return doc.save(folder)


# --------------------------------------------------------------------------- 内蒙古 巴彦淖尔


def layout_nmg_bynr_budget_income_source_grid(folder: Path, name: str) -> FileGold:
    dept = "巴彦淖尔市临河区林业和草原局"
    doc = FormDoc(name, f"{dept}{YEAR}年部门预算", dept, YEAR, cover=[(f"{YEAR}年部门预算", 24), (dept, 18)])
    _budget_front(doc, dept, [("一、一般公共预算拨款收入", "2,946.80"), ("二、政府性基金预算拨款收入", "180.00")],
                  [("一、农林水支出", "2,912.80"), ("二、城乡社区支出", "214.00")])
    projects = [
        ("三北工程防沙治沙项目", "15080225000000000061", "巴彦淖尔市临河区林业工作站",
         ("1,260.00", "1,080.00", "", "180.00", "0.00"),
         "实施防沙治沙和退化林修复，遏制土地沙化趋势。", [
             Ind(P, N_, "完成防沙治沙面积", "≥2.5万亩", (">=", 2.5, "万亩"), "20"),
             Ind(P, N_, "退化林修复面积", "≥8000亩", (">=", 8000, "亩"), "10"),
             Ind(P, Z, "造林成活率", "≥85%", (">=", 85, "%"), "15"),
             Ind(P, T, "春季造林完成时间", "2025年5月底前", (None, None, None), "10"),
             Ind(E, ST, "项目区植被盖度提高", "≥5个百分点", (">=", 5, "个百分点"), "20"),
             Ind(E, KC, "管护机制", "长效运行", Q, "10"),
             Ind(S, MY, "项目区农牧民满意度", "≥90%", (">=", 90, "%"), "15"),
         ]),
        ("城区园林绿化养护", "15080225000000000078", "巴彦淖尔市临河区园林绿化中心",
         ("214.00", "", "180.00", "0.00", "34.00"),
         "做好城区公园、游园和道路绿地日常养护，保持绿化景观效果。", [
             Ind(P, N_, "养护绿地面积", "≥320万平方米", (">=", 320, "万平方米"), "20"),
             Ind(P, Z, "绿地养护达标率", "≥95%", (">=", 95, "%"), "20"),
             Ind(P, T, "病虫害防治及时率", "≥98%", (">=", 98, "%"), "10"),
             Ind(C, CB, "每平方米养护成本", "≤0.67元", ("<=", 0.67, "元"), "10"),
             Ind(E, ST, "城区绿化覆盖率", "≥38%", (">=", 38, "%"), "25"),
             Ind(S, MY, "市民满意度", "≥85%", (">=", 85, "%"), "15"),
         ]),
        ("森林草原防火专项经费", "15080225000000000085", "巴彦淖尔市临河区林业和草原局",
         ("96.50", "86.50", "", "10.00", "0.00"),
         "加强森林草原防火宣传、巡护和扑救能力建设，确保不发生重大火灾。", [
             Ind(P, N_, "防火巡护人员", "≥120人", (">=", 120, "人"), "20"),
             Ind(P, N_, "防火宣传活动次数", "≥30次", (">=", 30, "次"), "10"),
             Ind(P, Z, "火情处置率", "100%", ("=", 100, "%"), "20"),
             Ind(P, T, "火情报告时限", "≤1小时", ("<=", 1, "小时"), "10"),
             Ind(E, SH, "重大森林草原火灾发生次数", "0次", ("=", 0, "次"), "25"),
             Ind(S, MY, "群众满意度", "≥90%", (">=", 90, "%"), "15"),
         ]),
    ]
    widths = [56, 64, 110, 70, 70, 70, 55]
    for project, code, unit_name, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金来源（万元）")
        heads = ("资金总额", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "上年结转", "其他资金")
        for k, head in enumerate(heads):
            col, span = (1, 2) if k == 0 else (2 + k, 1)
            rows.put(r, col, 1, span, head)
            rows.put(r + 1, col, 1, span, money[k])
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标"))], (3, 2, "指标值"),
                        (5, 1, "权重（%）"), (6, 1, "指标类型"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw), (5, 1, i.weight),
                                                (6, 1, "定性" if i.exp[0] == "qualitative" else "定量")])
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"部门：{dept}")
        doc.pages.grid(_ruled(spec, "filled", (r, head)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        fiscal = money[1] or money[2]
        doc.gold.project(project, "万元", code=code, year=money[0], fiscal=fiscal, carried=money[3] or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 盘锦


def layout_ln_pj_accounts_project_self_eval_pairs(folder: Path, name: str) -> FileGold:
    dept = "盘锦市双台子区卫生健康局"
    doc = FormDoc(name, f"{dept}{YEAR}年度部门决算", dept, YEAR, cover=[(f"{dept}", 22), (f"{YEAR}年度部门决算", 22)])
    _accounts_front(doc, dept, YEAR, [("一、一般公共预算财政拨款收入", "9,482.16"), ("二、其他收入", "135.00")],
                    [("一、卫生健康支出", "9,236.41"), ("二、社会保障和就业支出", "380.75")])
    evals = [
        ("基层医疗卫生机构能力提升", "盘锦市双台子区红旗街道社区卫生服务中心",
         ("420.00", "465.00", "438.62", "420.00", "45.00"),
         "提升社区卫生服务中心基本医疗服务能力，完成设备更新和人员培训。",
         "完成设备更新18台（套），培训基层医务人员230人次。", [
             Ind(P, N_, "更新医疗设备", "≥18台（套）", (">=", 18, "台(套)"), "15", "18台（套）", "15"),
             Ind(P, N_, "基层医务人员培训人次", "≥200人次", (">=", 200, "人次"), "10", "230人次", "10"),
             Ind(P, Z, "设备验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind(P, T, "设备采购完成时间", "2025年9月30日前", (None, None, None), "10", "2025年11月15日", "7",
                 "政府采购程序用时较长", "提前谋划采购计划"),
             Ind(E, SH, "基层诊疗人次增长率", "≥5%", (">=", 5, "%"), "15", "6.2%", "15"),
             Ind(E, KC, "基层医疗服务能力", "持续提升", Q, "10", "持续提升", "10"),
             Ind(S, MY, "患者满意度", "≥90%", (">=", 90, "%"), "15", "91.5%", "15"),
         ], "优秀", "优"),
        ("重大传染病防控经费", "盘锦市双台子区疾病预防控制中心",
         ("180.00", "180.00", "152.30", "180.00", "0.00"),
         "落实重大传染病监测和防控措施，疫情处置及时有效。",
         "完成监测任务，报告传染病疫情均及时处置。", [
             Ind(P, N_, "传染病监测哨点数", "≥6个", (">=", 6, "个"), "15", "6个", "15"),
             Ind(P, N_, "重点人群检测人次", "≥1.2万人次", (">=", 1.2, "万人次"), "15", "1.05万人次", "12",
                 "部分重点人群流动性大", "加强与街道社区协作"),
             Ind(P, Z, "法定传染病报告率", "≥95%", (">=", 95, "%"), "15", "98%", "15"),
             Ind(P, T, "疫情处置响应时间", "≤2小时", ("<=", 2, "小时"), "10", "1.5小时", "10"),
             Ind(E, SH, "突发公共卫生事件", "有效控制", Q, "20", "有效控制", "18", "个别聚集性疫情处置压力较大",
                 "完善应急预案"),
             Ind(S, MY, "辖区居民满意度", "≥85%", (">=", 85, "%"), "15", "87%", "15"),
         ], "良好", "良"),
    ]
    widths = [54, 62, 92, 56, 60, 30, 34, 54, 53]
    for project, unit_name, money, goal, done, inds, grade_word, grade in evals:
        initial, budget, executed, fiscal, other = money
        rate, rate_score = _rate(budget, executed)
        total = _total(rate_score, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 2, unit_name))
        rows.add((0, 2, "年初预算数（万元）"), (2, 2, initial), (4, 3, "全年预算数（万元）"), (7, 2, budget))
        rows.add((0, 2, "其中：财政拨款（万元）"), (2, 2, fiscal), (4, 3, "其他资金（万元）"), (7, 2, other))
        rows.add((0, 2, "全年执行数（万元）"), (2, 2, executed), (4, 3, "执行率"), (7, 2, rate))
        rows.add((0, 2, "执行率分值"), (2, 2, "10"), (4, 3, "执行率得分"), (7, 2, rate_score))
        rows.add((0, 2, "年度目标"), (2, 7, goal))
        rows.add((0, 2, "实际完成情况"), (2, 7, done))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因分析", "改进措施"))])
        # 改进措施 rides in Ind.period (unused by the gold of a self evaluation)
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note), (8, 1, i.period or "")])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
        rows.add((0, 5, "自评等级"), (5, 4, grade_word))
        doc.pages.grid(_ruled(_spec(rows.cells, rows.n, widths, title=f"{YEAR}年度项目支出绩效自评表",
                                    editor=f"单位：{unit_name}", kind="performance_self_evaluation"), "cells"),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林 白城


def layout_jl_bc_hospital_word_targets_unit_row(folder: Path, name: str) -> FileGold:
    dept = "白城市洮北区人民医院"
    doc = FormDoc(name, f"{dept}{YEAR}年项目支出绩效目标表", dept, YEAR,
                  cover=[(f"{YEAR}年项目支出绩效目标表", 22), (f"主管部门：白城市洮北区卫生健康局", 14),
                         (f"预算单位：{dept}", 14)])
    projects = [
        ("县域医疗服务能力提升", "220702250000000000314",
         ("2,800,000.00", "2,500,000.00", "300,000.00", "0.00"),
         "加强重点专科建设，提升县域内就诊率。", [
             Ind(P, N_, "新建重点专科数量", "不少于2个", (">=", 2, "个"), "15"),
             Ind(P, N_, "派出进修医务人员", "达到30人次", (">=", 30, "人次"), "10"),
             Ind(P, Z, "三四级手术占比", "高于25%", (">", 25, "%"), "15"),
             Ind(P, T, "专科建设完成时间", "2025年12月31日前", (None, None, None), "10"),
             Ind(C, CB, "设备购置支出", "不超过180万元", ("<=", 180, "万元"), "10"),
             Ind(E, SH, "县域内就诊率", "不低于90%", (">=", 90, "%"), "20"),
             Ind(E, JJ, "患者外转率", "低于8%", ("<", 8, "%"), "5"),
             Ind(S, MY, "住院患者满意度", "不低于92%", (">=", 92, "%"), "15"),
         ]),
        ("院感防控及医疗废物处置", "220702250000000000329",
         ("650,000.00", "650,000.00", "0.00", "0.00"),
         "规范医疗废物收集、暂存和转运处置，防范院内感染。", [
             Ind(P, N_, "医疗废物处置量", "达到160吨", (">=", 160, "吨"), "15"),
             Ind(P, Z, "医疗废物规范处置率", "达到100%", (">=", 100, "%"), "20"),
             Ind(P, Z, "医院感染发生率", "控制在5%以内", ("<=", 5, "%"), "15"),
             Ind(P, T, "医疗废物转运间隔", "不超过48小时", ("<=", 48, "小时"), "10"),
             Ind(E, ST, "医疗废物环境污染事件", "不发生", Q, "20"),
             Ind(E, SH, "院感暴发事件", "零发生", Q, "5"),
             Ind(S, MY, "医务人员满意度", "不低于90%", (">=", 90, "%"), "15"),
         ]),
    ]
    widths = [56, 66, 100, 80, 62, 131]
    for project, code, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 6, "金额单位：元"))
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 1, code))
        rows.add((0, 1, "主管部门"), (1, 3, "白城市洮北区卫生健康局"), (4, 1, "执行单位"), (5, 1, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金情况")
        for k, head in enumerate(("资金总额", "财政拨款", "上年结转", "其他资金")):
            col, span = ((1, 2), (3, 1), (4, 1), (5, 1))[k]
            rows.put(r, col, 1, span, head)
            rows.put(r + 1, col, 1, span, money[k])
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "权重",
                                                     "指标值确定依据"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight),
                                                (5, 1, "历史数据及行业标准")])
        doc.pages.grid(_ruled(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                                    editor=f"（{YEAR}年度）"), "cells"), fresh_page=(project == projects[0][0]))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, year=money[0], fiscal=money[1], carried=money[2])
    return doc.save(folder)


BLIND68: dict[str, Builder] = {
    "sd_zz_budget_midterm_period_year_columns": layout_sd_zz_budget_midterm_period_year_columns,
    "ha_hb_yitihua_export_symbol_columns": layout_ha_hb_yitihua_export_symbol_columns,
    "heb_xa_self_eval_yuan_columns_deviation": layout_heb_xa_self_eval_yuan_columns_deviation,
    "sx_sz_final_accounts_dept_and_school_self_evals": layout_sx_sz_final_accounts_dept_and_school_self_evals,
    "sn_tc_budget_dept_wide_then_labels_above": layout_sn_tc_budget_dept_wide_then_labels_above,
    "gs_ln_turned_list_codes_weights": layout_gs_ln_turned_list_codes_weights,
    "nx_pl_midterm_stacked_year_then_period": layout_nx_pl_midterm_stacked_year_then_period,
    "nmg_bynr_budget_income_source_grid": layout_nmg_bynr_budget_income_source_grid,
    "ln_pj_accounts_project_self_eval_pairs": layout_ln_pj_accounts_project_self_eval_pairs,
    "jl_bc_hospital_word_targets_unit_row": layout_jl_bc_hospital_word_targets_unit_row,
}
SETS: dict[str, dict[str, Builder]] = {"blind68": BLIND68}


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
    """Write every layout of ``which`` ("blind68") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
