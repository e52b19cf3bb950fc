"""BLIND11 performance forms: eleven layouts as a district of 厦门, a district of 南昌, a district of
佛山, a 镇街 of 东莞, a county of 温州, the 高新区管委会 of 济南, a district of 洛阳, a district of
株洲, a 街道 of a 重庆 区县, a district of 绵阳 and the 大理州 print their 项目支出绩效目标（申报）表,
部门整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表, written by an author who had
read neither the form reader nor the earlier blind sets (only the gold helpers and page composer
of ``form_layouts``, the gold conventions of BLIND9's docstring and the real disclosures). Each
layout writes one PDF and its gold in the format of ``form_layouts.write_set``; the gold is
written by hand with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

fj_xm_midterm_and_annual_blocks  福建 厦门 district 项目支出绩效目标申报表: money heads
        中期资金总额 | 年度资金总额 over 资金总额 / 其中：财政拨款 / 其他资金 rows, 中期目标 and
        年度目标 prose side by side, then a 中期绩效指标 block and a 年度绩效指标 block, both
        printing every indicator with its own target (the 中期 one three years' worth)
jx_nc_accounts_glued_project_self_evals  江西 南昌 district 部门决算: accounts tables, then three
        项目支出绩效自评 forms glued into one ruled table running over the pages (no page break
        between projects), grid with 二级 | 三级 only (no 一级 column), money label | value pairs
gd_fs_budget_dept_wide_functions_prose  广东 佛山 district 部门预算 ending with a 部门整体支出绩效
        目标表: 部门职能 and 年度主要任务 printed as prose rows (tasks numbered in one cell), 部门
        预算资金 heads over one amounts row, targets in words (不少于 / 不高于 / 达到)
gd_dg_town_level1_weight_column  广东 东莞 镇街 项目支出绩效目标表: 一级指标 | 权重 (merged down
        beside the 一级 cell) | 二级指标 | 三级指标 ("指标1：" prefixes) | 指标值 | 分值, money in
        label | value pairs on one row (年度预算 | 其中：财政资金 | 其中：上年结转)
zj_wz_county_words_targets_yuan  浙江 温州 county 项目支出绩效目标表 in 元: targets written in
        words (不低于, 不超过, 达到, 控制在…以内) and ≥ glued with units (≥12个, ≥800人次, ≥5万元),
        指标值 | 指标说明 columns, money heads 项目总额 | 财政拨款 | 自筹资金 over one amounts row
sd_jn_hitech_turned_relation_column  山东 济南 高新区管委会 项目支出绩效目标表 on landscape pages
        turned by /Rotate 90: split 比较关系 (大于等于 / 小于等于 / 等于 / 定性) | 目标值 | 计量单位 |
        权重, a column-number row (1 … 9) under the header
ha_ly_budget_name_above_grid  河南 洛阳 district 部门预算: budget tables, then one
        项目支出绩效目标表 per project whose 项目名称 is printed as a caption line above the ruled
        grid (not in it) and whose grid prints no money
hun_zz_dept_and_project_self_eval  湖南 株洲 district: a 部门整体支出绩效自评表 (预算执行 label |
        value rows, 一级 | 二级 | 三级 | 年度指标值 | 全年实际值 | 分值 | 得分 | 偏差原因) and one
        project self-evaluation with 年初预算数 | 全年预算数 | 全年执行数 heads in 元
cq_street_three_forms_per_page  重庆 区县 街道办事处: three short project target forms running down
        the pages, labels above values (项目名称 / 项目金额（元） / 其中：财政资金 heads over one
        row of values, with separators), grid 三级指标 | 指标值 | 一级指标 | 二级指标 (levels to
        the right of the name)
sc_my_accounts_self_eval_three_row_header  四川 绵阳 district 部门决算: accounts tables, then
        project self-evaluations whose grid header runs three rows (绩效指标 over 一级 | 二级 |
        三级 | 指标值 over 年度指标值 | 实际完成值, and 分值 | 得分 | 偏差原因分析 merged down),
        执行率得分 and 绩效等级 rows
yn_dl_prefecture_list_sources  云南 大理州 landscape list 项目支出绩效目标表: 序号 | 项目名称 |
        项目资金（万元） over 合计 | 财政拨款 | 上年结转 | 其他资金 | 一级 | 二级 | 三级 | 指标值, header
        repeated, project cells merged over their indicator rows (and cut by the page break)

Gold conventions (BLIND9's, with this set's rulings):

- target_raw is the 年度 value as printed; split columns are joined in reading order with no
  separator ("大于等于95%", "定性显著提升"); an empty unit cell adds nothing.
- ≥ / 不低于 / 不少于 / 大于等于 read ">="; ≤ / 不高于 / 不超过 / 小于等于 / "控制在…以内" read "<=";
  等于 / a bare figure read "="; "达到N" (达到95%) reads ">=" (the target is met at N or more);
  a state is qualitative.
- Where a form prints both a 中期 and a 年度 target for an indicator, the gold is the 年度
  one; the project's ``total`` is the 中期资金总额, ``year`` the 年度资金总额 and ``fiscal`` the
  年度 column of the 其中：财政拨款 row.
- A weight printed beside the 一级 cell in its own 权重 column is the level's, not an
  indicator's: the indicators' weights are their own 分值 column; level1_raw is the level name
  alone.
- A 上年结转 printed as 0.00 gives no ``carried`` (as BLIND9).
- 其中：财政资金 reads ``fiscal`` as 其中：财政拨款 does; 自筹资金 is other money (no field).
- A project target form that prints no money gives no project row (its indicators still carry
  the project's name, read from the caption above the grid).
- Self evaluations: budget = 全年预算数 of the 年度资金总额 row (or its label | value pair),
  executed = its 全年执行数; score = the printed 总分; grade as printed (优秀 / 良好 read 优 / 良).
  A project self evaluation gives the project's money (year = 全年预算数, fiscal = the 财政拨款
  row's 全年预算数 where that row is printed).
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


def _budget_front(doc: FormDoc, dept: str, year: int, lines: list[tuple[str, str, str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, two budget tables, the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}负责本行政区域内相关领域的政策执行、行业管理和公共服务工作。",
        "二、部门预算单位构成。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
        f"三、{year}年重点工作。围绕年度目标任务，统筹资金保障重点支出，提升财政资金使用效益。",
    ])
    total = sum(Decimal(v.replace(",", "")) for _, v, _, _ in lines)
    body = [plain_row([a, b, c, d]) for a, b, c, d in lines]
    body.append(plain_row(["收入总计", f"{total:,.2f}", "支出总计", f"{total:,.2f}"]))
    doc.pages.table(TableSpec("部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    spend = [plain_row([c, d, d, "0.00"]) for _, _, c, d in lines]
    doc.pages.table(TableSpec("一般公共预算支出表", "general_public_function", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [200, 100, 100, 100],
                              [(0, 0, 1, 1, "功能分类科目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出"),
                               (0, 3, 1, 1, "项目支出")], 1, spend, ["l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}{year}年项目支出和部门整体支出均编制了绩效目标，"
        "现将绩效目标表公开如下。",
    ])


def _rate_score(budget: str, executed: str) -> float:
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    return round(min(10.0, float(e / b) * 10), 2)


def _rate(budget: str, executed: str) -> str:
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    return f"{float(e / b) * 100:.2f}%"


# --------------------------------------------------------------------------- layouts


def layout_fj_xm_midterm_and_annual_blocks(folder: Path, name: str) -> FileGold:
    dept = "厦门市湖里区教育局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标申报表", dept, 2025)
    projects = [
        ("校园安全防控体系建设", "厦门市湖里区教育后勤服务中心", ("1,260.00", "1,200.00", "60.00"),
         ("430.00", "410.00", "20.00"),
         "三年内完成全区中小学校园视频监控、一键报警和智能门禁的全覆盖，校园安全事故保持零发生。",
         "2025年完成32所学校安防设备升级，校园安全隐患整改率100%。", [
             (Ind("产出指标", "数量指标", "安防设备升级学校数", "≥32所", (">=", 32, "所")), "≥90所"),
             (Ind("产出指标", "数量指标", "校园安保人员培训人次", "≥600人次", (">=", 600, "人次")), "≥1800人次"),
             (Ind("产出指标", "质量指标", "安防设备验收合格率", "100%", ("=", 100, "%")), "100%"),
             (Ind("产出指标", "时效指标", "隐患整改完成时限", "≤15天", ("<=", 15, "天")), "≤15天"),
             (Ind("效益指标", "社会效益指标", "校园安全事故发生数", "0起", ("=", 0, "起")), "0起"),
             (Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥92%", (">=", 92, "%")), "≥90%"),
         ]),
        ("中小学课后服务补助", "厦门市湖里区教育局", ("2,850.00", "2,850.00", "0.00"),
         ("960.00", "960.00", "0.00"),
         "三年内实现义务教育学校课后服务全覆盖，课后服务质量稳步提升。",
         "2025年为4.8万名学生提供课后服务，教师参与补助按时足额发放。", [
             (Ind("产出指标", "数量指标", "课后服务覆盖学生数", "≥4.8万人", (">=", 4.8, "万人")), "≥14.5万人"),
             (Ind("产出指标", "数量指标", "开设课后服务学校数", "56所", ("=", 56, "所")), "56所"),
             (Ind("产出指标", "质量指标", "课后服务课程开设达标率", "≥95%", (">=", 95, "%")), "≥95%"),
             (Ind("产出指标", "时效指标", "补助发放及时率", "100%", ("=", 100, "%")), "100%"),
             (Ind("产出指标", "成本指标", "生均课后服务补助标准", "≤200元/学期", ("<=", 200, "元/学期")),
              "≤200元/学期"),
             (Ind("效益指标", "社会效益指标", "家长接送难问题", "有效缓解", Q), "有效缓解"),
             (Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", (">=", 90, "%")), "≥90%"),
         ]),
    ]
    widths = [72, 84, 150, 92, 110]
    for project, unit_name, mid, year, mid_goal, year_goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit_name))
        rows.add((0, 1, "项目属性"), (1, 2, "延续项目"), (3, 1, "项目期"), (4, 1, "2024年-2026年"))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "")
        rows.put(r, 3, 1, 1, "中期资金总额")
        rows.put(r, 4, 1, 1, "年度资金总额")
        for k, label in enumerate(("资金总额", "其中：财政拨款", "其他资金"), 1):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 1, mid[k - 1])
            rows.put(r + k, 4, 1, 1, year[k - 1])
        r = rows.n
        rows.put(r, 0, 2, 1, "总体目标")
        rows.put(r, 1, 1, 2, "中期目标（2024年-2026年）")
        rows.put(r, 3, 1, 2, "年度目标（2025年）")
        rows.put(r + 1, 1, 1, 2, mid_goal)
        rows.put(r + 1, 3, 1, 2, year_goal)
        for block, pick in (("中期绩效指标（2024年-2026年）", 1), ("年度绩效指标（2025年）", 0)):
            rows.add((0, 5, block))
            rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "备注"))])
            shown = [i if pick == 0 else Ind(i.l1, i.l2, i.name, mid_t, i.exp) for i, mid_t in inds]
            _grid_rows(rows, shown, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标申报表",
                             editor=f"（2025年度）  申报单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind, _ in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=mid[0], year=year[0], fiscal=year[1])
    return doc.save(folder)


def layout_jx_nc_accounts_glued_project_self_evals(folder: Path, name: str) -> FileGold:
    dept = "南昌市青山湖区农业农村局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "4,215.80"), ("二、上级补助收入", "320.00")],
                    [("一、农林水支出", "4,310.55"), ("二、社会保障和就业支出", "225.25")])
    projects = [
        ("高标准农田建设", "南昌市青山湖区农田建设服务中心", ("1,500.00", "1,480.00", "1,452.30"),
         ("1,500.00", "1,480.00", "1,452.30"),
         ("新建高标准农田1.2万亩，提升耕地质量。", "建成高标准农田1.23万亩，已通过县级验收。"), [
             Ind(None, "数量指标", "新建高标准农田面积", "≥1.2万亩", (">=", 1.2, "万亩"), "20", "1.23万亩", "20"),
             Ind(None, "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind(None, "时效指标", "项目完工时间", "≤11月", ("<=", 11, "月"), "10", "12月", "8",
                 "受雨季影响工期延后一个月"),
             Ind(None, "经济效益指标", "亩均粮食增产", "≥50公斤", (">=", 50, "公斤"), "15", "52公斤", "15"),
             Ind(None, "可持续影响指标", "工程设施使用年限", "≥15年", (">=", 15, "年"), "10", "15年", "10"),
             Ind(None, "服务对象满意度指标", "受益农户满意度", "≥90%", (">=", 90, "%"), "15", "94%", "15"),
         ]),
        ("农村人居环境整治", "南昌市青山湖区农业农村局", ("600.00", "640.00", "598.40"),
         ("600.00", "600.00", "560.00"),
         ("完成村庄环境整治和农村改厕，村容村貌明显改善。", "整治村庄38个，改厕1520户，村容村貌明显改善。"), [
             Ind(None, "数量指标", "村庄环境整治个数", "≥36个", (">=", 36, "个"), "20", "38个", "20"),
             Ind(None, "数量指标", "农村户厕改造户数", "≥1500户", (">=", 1500, "户"), "15", "1520户", "15"),
             Ind(None, "质量指标", "改厕质量合格率", "≥95%", (">=", 95, "%"), "15", "96%", "15"),
             Ind(None, "成本指标", "户均改厕补助", "≤1500元", ("<=", 1500, "元"), "10", "1480元", "10"),
             Ind(None, "社会效益指标", "村容村貌", "明显改善", Q, "15", "明显改善", "14"),
             Ind(None, "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%"), "15", "89%", "13",
                 "部分村民对后期管护有意见"),
         ]),
        ("动物疫病防控", "南昌市青山湖区动物疫病预防控制中心", ("180.00", "180.00", "176.95"),
         ("180.00", "180.00", "176.95"),
         ("做好重大动物疫病强制免疫，免疫密度保持在90%以上。", "完成春秋两季集中免疫，未发生区域性重大动物疫情。"), [
             Ind(None, "数量指标", "强制免疫畜禽数量", "≥85万羽（头）", (">=", 85, "万羽(头)"), "20", "88万羽（头）", "20"),
             Ind(None, "质量指标", "免疫密度", "≥90%", (">=", 90, "%"), "20", "95%", "20"),
             Ind(None, "时效指标", "疫情报告及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind(None, "社会效益指标", "区域性重大动物疫情发生数", "0起", ("=", 0, "起"), "25", "0起", "25"),
             Ind(None, "服务对象满意度指标", "养殖户满意度", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
         ]),
    ]
    widths = [70, 112, 78, 70, 40, 40, 120]
    rows = _Rows()
    for project, unit_name, money, fiscal, goal, inds in projects:
        initial, budget, executed = money
        rs = _rate_score(budget, executed)
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 2, "实施单位"), (5, 2, unit_name))
        rows.add((0, 1, "年初预算数（万元）"), (1, 1, initial), (2, 1, "全年预算数（万元）"), (3, 1, budget),
                 (4, 2, "全年执行数（万元）"), (6, 1, executed))
        rows.add((0, 1, "其中：财政拨款"), (1, 1, fiscal[0]), (2, 1, "财政拨款全年预算数"), (3, 1, fiscal[1]),
                 (4, 2, "财政拨款执行数"), (6, 1, fiscal[2]))
        rows.add((0, 1, "预算执行率"), (1, 1, _rate(budget, executed)), (2, 1, "分值"), (3, 1, "10"),
                 (4, 2, "得分"), (6, 1, f"{rs:.2f}"))
        rows.add((0, 1, "年度目标"), (1, 3, goal[0]), (4, 2, "实际完成情况"), (6, 1, goal[1]))
        rows.add(*[(k, 1, t) for k, t in enumerate(("二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                                     "偏差原因分析及改进措施"))])
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, i.actual), (4, 1, i.weight),
                                                   (5, 1, i.score), (6, 1, i.note)])
        total = round(rs + sum(float(i.score) for i in inds), 2)
        rows.add((0, 4, "总分"), (4, 1, "100"), (5, 1, f"{total:.2f}"), (6, 1, ""))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, None)
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal[1])
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                         editor=f"单位：{dept}", unit_raw="金额单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    return doc.save(folder)


def layout_gd_fs_budget_dept_wide_functions_prose(folder: Path, name: str) -> FileGold:
    dept = "佛山市顺德区卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "18,620.00", "卫生健康支出", "18,620.00"),
                                     ("政府性基金预算拨款收入", "1,200.00", "城乡社区支出", "1,200.00")])
    inds = [
        Ind("产出指标", "数量指标", "家庭医生签约服务人数", "不少于45万人", (">=", 45, "万人")),
        Ind("产出指标", "数量指标", "老年人健康体检人数", "不少于8.5万人", (">=", 8.5, "万人")),
        Ind("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", "达到95%", (">=", 95, "%")),
        Ind("产出指标", "质量指标", "基层医疗机构标准化建设达标率", "不低于90%", (">=", 90, "%")),
        Ind("产出指标", "质量指标", "传染病报告及时率", "100%", ("=", 100, "%")),
        Ind("产出指标", "时效指标", "突发公共卫生事件响应时间", "不超过2小时", ("<=", 2, "小时")),
        Ind("产出指标", "成本指标", "部门公用经费增长率", "不高于0%", ("<=", 0, "%")),
        Ind("效益指标", "社会效益指标", "孕产妇死亡率", "不高于10/10万", ("<=", 10, "/10万")),
        Ind("效益指标", "社会效益指标", "居民健康素养水平", "稳步提高", Q),
        Ind("效益指标", "可持续影响指标", "分级诊疗制度", "持续完善", Q),
        Ind("满意度指标", "服务对象满意度指标", "居民就医满意度", "不低于88%", (">=", 88, "%")),
        Ind("满意度指标", "服务对象满意度指标", "家庭医生签约居民满意度", "不低于85%", (">=", 85, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    rows.add((0, 1, "部门职能"), (1, 5, "贯彻执行国家卫生健康工作方针政策；统筹规划区域卫生健康资源配置；"
                                         "负责疾病预防控制、妇幼健康、基层卫生和医疗服务监督管理；"
                                         "组织实施家庭医生签约服务和老年健康服务。"))
    rows.add((0, 1, "年度主要任务"), (1, 5, "1.推进家庭医生签约服务提质扩面；2.实施基本公共卫生服务项目；"
                                           "3.加强疾病预防控制体系建设；4.推动基层医疗卫生机构标准化建设；"
                                           "5.做好妇幼健康和老年健康服务。"))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    for col, head, value in ((1, "资金总额", "19,820.00"), (2, "一般公共预算", "18,620.00"),
                             (3, "政府性基金", "1,200.00"), (4, "上年结转", "0.00"), (5, "其他资金", "0.00")):
        rows.put(r, col, 1, 1, head)
        rows.put(r + 1, col, 1, 1, value)
    rows.add((0, 1, "年度绩效目标"), (1, 5, "基本公共卫生服务均等化水平进一步提高，基层医疗服务能力明显增强，"
                                           "居民主要健康指标保持全省前列。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 86, 86, 86, 86, 86], title=f"{year}年部门整体支出绩效目标表",
                         editor=f"编制部门：{dept}", kind="dept_performance_targets"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    return doc.save(folder)


def layout_gd_dg_town_level1_weight_column(folder: Path, name: str) -> FileGold:
    dept = "东莞市长安镇人民政府"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("长安镇河涌综合整治", "东莞市长安镇水务工程运营中心", "2,360.00", "2,100.00", "260.00",
         "完成5条河涌清淤和岸线整治，消除黑臭水体，河涌水质稳定达标。",
         {"产出指标": "50", "效益指标": "30", "满意度指标": "20"}, [
             Ind("产出指标", "数量指标", "指标1：河涌清淤长度", "≥12公里", (">=", 12, "公里"), "15"),
             Ind("产出指标", "数量指标", "指标2：岸线整治长度", "≥8.5公里", (">=", 8.5, "公里"), "10"),
             Ind("产出指标", "质量指标", "指标3：工程验收合格率", "100%", ("=", 100, "%"), "10"),
             Ind("产出指标", "时效指标", "指标4：主体工程完工时间", "≤10月", ("<=", 10, "月"), "5"),
             Ind("产出指标", "成本指标", "指标5：每公里清淤成本", "≤95万元", ("<=", 95, "万元"), "10"),
             Ind("效益指标", "生态效益指标", "指标6：河涌水质达标率", "≥80%", (">=", 80, "%"), "20"),
             Ind("效益指标", "可持续影响指标", "指标7：河涌长效管护机制", "建立健全", Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "指标8：沿岸居民满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
        ("镇村公共法律服务", "东莞市长安镇司法所", "68.00", "68.00", "0.00",
         "为镇内企业和群众提供法律咨询、人民调解和法治宣传服务。",
         {"产出指标": "60", "效益指标": "25", "满意度指标": "15"}, [
             Ind("产出指标", "数量指标", "指标1：法律咨询服务人次", "≥3000人次", (">=", 3000, "人次"), "20"),
             Ind("产出指标", "数量指标", "指标2：法治宣传活动场次", "≥40场", (">=", 40, "场"), "15"),
             Ind("产出指标", "质量指标", "指标3：矛盾纠纷调解成功率", "≥95%", (">=", 95, "%"), "15"),
             Ind("产出指标", "时效指标", "指标4：纠纷受理后调解时限", "≤30天", ("<=", 30, "天"), "10"),
             Ind("效益指标", "社会效益指标", "指标5：群众法治意识", "明显增强", Q, "25"),
             Ind("满意度指标", "服务对象满意度指标", "指标6：服务对象满意度", "≥95%", (">=", 95, "%"), "15"),
         ]),
    ]
    widths = [66, 38, 86, 150, 80, 40, 70]
    for project, unit_name, year, fiscal, carried, goal, level_w, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 5, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 2, unit_name))
        rows.add((0, 2, "年度预算（万元）"), (2, 1, year), (3, 1, "其中：财政资金（万元）"), (4, 1, fiscal),
                 (5, 1, "其中：上年结转"), (6, 1, carried))
        rows.add((0, 2, "年度绩效目标"), (2, 5, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "权重", "二级指标", "三级指标", "指标值", "分值",
                                                     "备注"))])
        r0 = rows.n
        _grid_rows(rows, inds, 0, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.weight), (6, 1, "")])
        i = 0
        while i < len(inds):
            j = i
            while j < len(inds) and inds[j].l1 == inds[i].l1:
                j += 1
            rows.put(r0 + i, 1, j - i, 1, f"{level_w[inds[i].l1]}%")
            i = j
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year, fiscal=fiscal, carried=carried if carried != "0.00" else None)
    return doc.save(folder)


def layout_zj_wz_county_words_targets_yuan(folder: Path, name: str) -> FileGold:
    dept = "永嘉县文化和广电旅游体育局"
    doc = FormDoc(name, f"{dept}2025年度项目支出绩效目标表", dept, 2025)
    projects = [
        ("农村文化礼堂建设补助", "2,400,000.00", "2,200,000.00", "200,000.00",
         "新建农村文化礼堂12个，提升已建礼堂运行管理水平。", [
             Ind("产出指标", "数量指标", "新建农村文化礼堂数", "≥12个", (">=", 12, "个"), note="当年新建并验收"),
             Ind("产出指标", "数量指标", "礼堂文化活动参与人次", "≥800人次", (">=", 800, "人次"), note="按礼堂月均"),
             Ind("产出指标", "质量指标", "礼堂星级评定达标率", "达到90%", (">=", 90, "%"), note="三星级以上"),
             Ind("产出指标", "时效指标", "补助资金拨付时间", "控制在30天以内", ("<=", 30, "天"), note="验收后拨付"),
             Ind("产出指标", "成本指标", "单个礼堂补助金额", "不超过20万元", ("<=", 20, "万元"), note="按标准补助"),
             Ind("效益指标", "社会效益指标", "农村公共文化服务水平", "明显提升", Q, note="综合评估"),
             Ind("效益指标", "可持续影响指标", "礼堂常态化运行比例", "不低于85%", (">=", 85, "%"), note="每月活动不少于2次"),
             Ind("满意度指标", "服务对象满意度指标", "村民满意度", "不低于90%", (">=", 90, "%"), note="问卷调查"),
         ]),
        ("全民健身赛事活动", "850,000.00", "850,000.00", "0.00",
         "举办县级全民健身赛事，带动群众参与体育锻炼。", [
             Ind("产出指标", "数量指标", "举办县级赛事次数", "≥15次", (">=", 15, "次"), note="含乡镇联办"),
             Ind("产出指标", "数量指标", "赛事参与人数", "≥6000人", (">=", 6000, "人"), note="报名参赛人数"),
             Ind("产出指标", "质量指标", "赛事安全事故发生数", "0起", ("=", 0, "起"), note="赛事期间"),
             Ind("产出指标", "时效指标", "赛事筹备周期", "控制在45天以内", ("<=", 45, "天"), note="立项至开赛"),
             Ind("产出指标", "成本指标", "单场赛事平均费用", "≥5万元", (">=", 5, "万元"), note="保障赛事规模"),
             Ind("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "达到42%", (">=", 42, "%"), note="抽样调查"),
             Ind("满意度指标", "服务对象满意度指标", "参赛群众满意度", "不低于92%", (">=", 92, "%"), note="现场问卷"),
         ]),
    ]
    widths = [70, 90, 150, 100, 110]
    for project, year, fiscal, own, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "项目负责人"), (4, 1, "陈建华"))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（元）")
        for col, head, value in ((1, "项目总额", year), (2, "财政拨款", fiscal), (3, "自筹资金", own), (4, "其他", "0.00")):
            rows.put(r, col, 1, 1, head)
            rows.put(r + 1, col, 1, 1, value)
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "指标说明"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"填报单位（盖章）：{dept}", unit_raw="单位：元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=year, fiscal=fiscal)
    return doc.save(folder)


def layout_sd_jn_hitech_turned_relation_column(folder: Path, name: str) -> FileGold:
    dept = "济南高新技术产业开发区管理委员会科技经济部"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025,
                  cover=[("济南高新区2025年项目支出绩效目标表", 22), (f"编报单位：{dept}", 14)])
    projects = [
        ("科技型中小企业培育扶持", "3701G2025000112", "3,500.00", "3,500.00",
         "培育科技型中小企业和高新技术企业，提升园区创新主体数量和质量。", [
             Ind("产出指标", "数量指标", "入库科技型中小企业数", ("大于等于", "1200", "家"), (">=", 1200, "家"), "15"),
             Ind("产出指标", "数量指标", "新认定高新技术企业数", ("大于等于", "260", "家"), (">=", 260, "家"), "15"),
             Ind("产出指标", "质量指标", "扶持资金审核准确率", ("等于", "100", "%"), ("=", 100, "%"), "10"),
             Ind("产出指标", "时效指标", "奖补资金兑现时限", ("小于等于", "60", "天"), ("<=", 60, "天"), "10"),
             Ind("效益指标", "经济效益指标", "带动企业研发投入", ("大于等于", "25", "亿元"), (">=", 25, "亿元"), "20"),
             Ind("效益指标", "社会效益指标", "区域创新生态", ("定性", "持续优化", ""), Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "受扶持企业满意度", ("大于等于", "90", "%"), (">=", 90, "%"), "20"),
         ]),
        ("人才公寓运营补贴", "3701G2025000137", "1,280.00", "1,080.00",
         "保障引进人才过渡性住房需求，提升人才服务水平。", [
             Ind("产出指标", "数量指标", "提供人才公寓套数", ("大于等于", "850", "套"), (">=", 850, "套"), "20"),
             Ind("产出指标", "质量指标", "公寓入住率", ("大于等于", "85", "%"), (">=", 85, "%"), "15"),
             Ind("产出指标", "时效指标", "入住申请审核时限", ("小于等于", "7", "个工作日"), ("<=", 7, "个工作日"), "10"),
             Ind("产出指标", "成本指标", "每套年均运营补贴", ("小于等于", "1.5", "万元"), ("<=", 1.5, "万元"), "15"),
             Ind("效益指标", "社会效益指标", "人才引进吸引力", ("定性", "明显增强", ""), Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "入住人才满意度", ("大于等于", "92", "%"), (">=", 92, "%"), "20"),
         ]),
    ]
    widths = [64, 84, 150, 60, 56, 56, 40, 120, 110]
    heads = ("一级指标", "二级指标", "三级指标", "比较关系", "目标值", "计量单位", "权重", "指标解释", "数据来源")
    for project, code, year, fiscal, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 1, "项目代码"), (6, 3, code))
        rows.add((0, 1, "预算单位"), (1, 4, dept), (5, 1, "项目类别"), (6, 3, "其他运转类项目"))
        rows.add((0, 1, "年度预算（万元）"), (1, 2, year), (3, 2, "其中：财政拨款（万元）"), (5, 4, fiscal))
        rows.add((0, 1, "年度绩效目标"), (1, 8, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(heads)])
        rows.add(*[(k, 1, str(k + 1)) for k in range(len(heads))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight), (7, 1, "按年度工作计划测算"),
                                                (8, 1, "部门统计台账")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表", editor=f"单位：{dept}",
                             unit_raw="金额单位：万元", landscape=True), fresh_page=True, turned=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=year, fiscal=fiscal)
    return doc.save(folder)


def layout_ha_ly_budget_name_above_grid(folder: Path, name: str) -> FileGold:
    dept = "洛阳市涧西区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 22)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "6,380.25", "社会保障和就业支出", "6,380.25"),
                                     ("政府性基金预算拨款收入", "450.00", "其他支出", "450.00")])
    projects = [
        ("困难群众救助补助", "及时足额发放城乡低保、特困供养等救助资金，保障困难群众基本生活。", [
            Ind("产出指标", "数量指标", "城乡低保保障人数", "≥4200人", (">=", 4200, "人")),
            Ind("产出指标", "数量指标", "特困人员供养人数", "≥380人", (">=", 380, "人")),
            Ind("产出指标", "质量指标", "救助对象认定准确率", "≥98%", (">=", 98, "%")),
            Ind("产出指标", "时效指标", "救助资金按月发放率", "100%", ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", Q),
            Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("居家和社区养老服务", "建设社区养老服务站点，为高龄、失能老人提供助餐助浴等居家养老服务。", [
            Ind("产出指标", "数量指标", "新建社区养老服务站", "≥6个", (">=", 6, "个")),
            Ind("产出指标", "数量指标", "助餐服务人次", "≥5万人次", (">=", 5, "万人次")),
            Ind("产出指标", "质量指标", "服务站点运营达标率", "≥90%", (">=", 90, "%")),
            Ind("产出指标", "时效指标", "站点建成投用时间", "≤9月", ("<=", 9, "月")),
            Ind("产出指标", "成本指标", "每餐补贴标准", "≤5元", ("<=", 5, "元")),
            Ind("效益指标", "社会效益指标", "老年人居家养老服务可及性", "明显提高", Q),
            Ind("满意度指标", "服务对象满意度指标", "服务老人满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("殡葬改革惠民补助", "落实基本殡葬服务费用减免政策，推进绿色殡葬。", [
            Ind("产出指标", "数量指标", "惠民殡葬补助人数", "≥1600人", (">=", 1600, "人")),
            Ind("产出指标", "质量指标", "补助发放准确率", "100%", ("=", 100, "%")),
            Ind("效益指标", "生态效益指标", "节地生态安葬率", "≥40%", (">=", 40, "%")),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    for project, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "年度绩效目标"), (1, 3, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [90, 110, 180, 110], title="项目支出绩效目标表",
                             editor=f"项目名称：{project}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
    return doc.save(folder)


def layout_hun_zz_dept_and_project_self_eval(folder: Path, name: str) -> FileGold:
    dept = "株洲市芦淞区城市管理和综合执法局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度绩效自评报告", dept, year)
    dept_inds = [
        Ind("产出指标", "数量指标", "城区道路清扫保洁面积", "≥520万平方米", (">=", 520, "万平方米"), "15",
            "528万平方米", "15"),
        Ind("产出指标", "数量指标", "违法建设查处宗数", "≥120宗", (">=", 120, "宗"), "10", "131宗", "10"),
        Ind("产出指标", "质量指标", "生活垃圾无害化处理率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "数字城管案件按期结案率", "≥95%", (">=", 95, "%"), "10", "93.6%", "8",
            "部分案件涉及多部门协调"),
        Ind("效益指标", "社会效益指标", "市容环境秩序", "明显改善", Q, "15", "明显改善", "15"),
        Ind("效益指标", "生态效益指标", "垃圾分类覆盖率", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
        Ind("满意度指标", "服务对象满意度指标", "市民对城市管理满意度", "≥85%", (">=", 85, "%"), "15", "83%", "13",
            "占道经营整治仍需加强"),
    ]
    budget, executed = "8,640.00", "8,215.36"
    rs = _rate_score(budget, executed)
    total = round(rs + sum(float(i.score) for i in dept_inds), 2)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    rows.add((0, 2, "年度预算数（万元）"), (2, 2, budget), (4, 2, "预算执行数（万元）"), (6, 2, executed))
    rows.add((0, 2, "预算执行率"), (2, 2, _rate(budget, executed)), (4, 2, "执行率得分（10分）"), (6, 2, f"{rs:.2f}"))
    rows.add((0, 2, "年度总体目标完成情况"), (2, 6, "完成城区清扫保洁、违法建设治理和垃圾分类等年度任务，市容环境秩序明显改善。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值",
                                                 "得分", "偏差原因"))])
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                 (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "综合得分"), (5, 3, f"{total:.2f}"))
    rows.add((0, 5, "评价等级"), (5, 3, "良好"))
    doc.pages.grid(_spec(rows.cells, rows.n, [58, 64, 92, 64, 64, 34, 38, 96], title=f"{year}年度部门整体支出绩效自评表",
                         editor=f"填报单位：{dept}", kind="performance_self_evaluation"), fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "良")

    project = "城区公厕提质改造"
    inds = [
        Ind("产出指标", "数量指标", "改造公厕座数", "≥25座", (">=", 25, "座"), "20", "26座", "20"),
        Ind("产出指标", "质量指标", "改造公厕达标率", "100%", ("=", 100, "%"), "20", "100%", "20"),
        Ind("产出指标", "时效指标", "改造完成时间", "≤10月", ("<=", 10, "月"), "10", "11月", "7",
            "招标流程延后"),
        Ind("产出指标", "成本指标", "单座改造成本", "≤18万元", ("<=", 18, "万元"), "10", "17.6万元", "10"),
        Ind("效益指标", "社会效益指标", "如厕环境", "明显改善", Q, "15", "明显改善", "15"),
        Ind("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", (">=", 90, "%"), "15", "95%", "15"),
    ]
    money = ("4,500,000.00", "4,620,000.00", "4,398,240.00")
    fiscal = ("4,500,000.00", "4,500,000.00", "4,300,000.00")
    prs = _rate_score(money[1], money[2])
    ptotal = round(prs + sum(float(i.score) for i in inds), 2)
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 7, project))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 3, "株洲市芦淞区环境卫生服务中心"))
    r = rows.n
    rows.put(r, 0, 3, 1, "项目资金（元）")
    rows.put(r, 1, 1, 1, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 2 + k, 1, 1, head)
    rows.put(r + 1, 1, 1, 1, "年度资金总额")
    for k, v in enumerate((*money, "10", _rate(money[1], money[2]), f"{prs:.2f}")):
        rows.put(r + 1, 2 + k, 1, 1, v)
    rows.put(r + 2, 1, 1, 1, "其中：财政拨款")
    for k, v in enumerate((*fiscal, "—", "—", "—")):
        rows.put(r + 2, 2 + k, 1, 1, v)
    rows.add((0, 1, "年度目标"), (1, 7, "改造提质城区公厕25座，公厕环境明显改善。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                 "得分", "偏差原因"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{ptotal:.2f}"))
    rows.add((0, 5, "自评等级"), (5, 3, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, [58, 70, 84, 74, 74, 74, 40, 60], title=f"{year}年度项目支出绩效自评表",
                         editor=f"填报单位：{dept}", unit_raw="单位：元", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "元", money[1], money[2], ptotal, "优")
    doc.gold.project(project, "元", year=money[1], fiscal=fiscal[1])
    return doc.save(folder)


def layout_cq_street_three_forms_per_page(folder: Path, name: str) -> FileGold:
    dept = "重庆市渝北区龙溪街道办事处"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("社区网格化服务管理", "680,000.00", "680,000.00", [
            Ind("产出指标", "数量指标", "网格员配备人数", "≥85人", (">=", 85, "人")),
            Ind("产出指标", "质量指标", "网格事件办结率", "≥95%", (">=", 95, "%")),
            Ind("效益指标", "社会效益指标", "基层治理水平", "有效提升", Q),
            Ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("老旧小区物业托管补助", "1,250,000.00", "1,000,000.00", [
            Ind("产出指标", "数量指标", "托管老旧小区个数", "≥18个", (">=", 18, "个")),
            Ind("产出指标", "数量指标", "受益居民户数", "≥6500户", (">=", 6500, "户")),
            Ind("产出指标", "成本指标", "每平方米每月补助标准", "≤0.5元/平方米", ("<=", 0.5, "元/平方米")),
            Ind("效益指标", "社会效益指标", "小区环境秩序", "明显改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("街道应急救援队伍建设", "320,000.00", "320,000.00", [
            Ind("产出指标", "数量指标", "应急演练次数", "≥4次", (">=", 4, "次")),
            Ind("产出指标", "时效指标", "接警到达现场时间", "≤15分钟", ("<=", 15, "分钟")),
            Ind("效益指标", "社会效益指标", "突发事件处置能力", "明显提高", Q),
        ]),
    ]
    widths = [160, 100, 90, 110]
    for n, (project, year, fiscal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 1, "项目金额（元）"), (3, 1, "其中：财政资金"))
        rows.add((0, 2, project), (2, 1, year), (3, 1, fiscal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("三级指标", "指标值", "一级指标", "二级指标"))])
        for i in inds:
            rows.add((0, 1, i.name), (1, 1, i.raw), (2, 1, i.l1), (3, 1, i.l2))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"项目支出绩效目标表（{n + 1}）",
                             editor=f"单位：{dept}", unit_raw="单位：元"), fresh_page=n == 0)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=year, fiscal=fiscal)
    return doc.save(folder)


def layout_sc_my_accounts_self_eval_three_row_header(folder: Path, name: str) -> FileGold:
    dept = "绵阳市涪城区交通运输局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(f"{dept}", 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "5,620.70"), ("二、政府性基金预算财政拨款收入", "800.00")],
                    [("一、交通运输支出", "6,180.40"), ("二、城乡社区支出", "240.30")])
    projects = [
        ("农村公路养护", "绵阳市涪城区农村公路养护中心", ("1,200.00", "1,260.00", "1,238.50"), "1,260.00",
         ("养护农村公路420公里，优良中等路率不低于80%。", "养护农村公路426公里，优良中等路率82%。"), [
             Ind("产出指标", "数量指标", "农村公路养护里程", "≥420公里", (">=", 420, "公里"), "15", "426公里", "15"),
             Ind("产出指标", "数量指标", "危桥改造座数", "≥6座", (">=", 6, "座"), "10", "6座", "10"),
             Ind("产出指标", "质量指标", "优良中等路率", "≥80%", (">=", 80, "%"), "15", "82%", "15"),
             Ind("产出指标", "时效指标", "路面病害处治时限", "≤7天", ("<=", 7, "天"), "10", "6天", "10"),
             Ind("产出指标", "成本指标", "每公里年养护成本", "≤3万元", ("<=", 3, "万元"), "10", "2.91万元", "10"),
             Ind("效益指标", "社会效益指标", "群众出行条件", "持续改善", Q, "15", "持续改善", "15"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
         ]),
        ("城乡客运公交补贴", "绵阳市涪城区交通运输局", ("900.00", "900.00", "846.00"), "900.00",
         ("保障城乡客运线路稳定运行，行政村通客车率保持100%。", "开通城乡客运线路32条，行政村通客车率100%。"), [
             Ind("产出指标", "数量指标", "城乡客运线路条数", "≥30条", (">=", 30, "条"), "20", "32条", "20"),
             Ind("产出指标", "质量指标", "行政村通客车率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind("产出指标", "时效指标", "补贴资金拨付时限", "≤30天", ("<=", 30, "天"), "10", "35天", "7",
                 "年底集中清算拨付延后"),
             Ind("效益指标", "社会效益指标", "农村群众出行便捷度", "明显提高", Q, "20", "明显提高", "18"),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥85%", (">=", 85, "%"), "20", "88%", "20"),
         ]),
    ]
    widths = [60, 70, 110, 70, 70, 36, 36, 92]
    for project, unit_name, money, fiscal, goal, inds in projects:
        initial, budget, executed = money
        rs = _rate_score(budget, executed)
        total = round(rs + sum(float(i.score) for i in inds), 2)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 7, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 3, unit_name))
        rows.add((0, 1, "年初预算数"), (1, 2, initial), (3, 1, "全年预算数"), (4, 1, budget), (5, 2, "全年执行数"),
                 (7, 1, executed))
        rows.add((0, 1, "其中：财政拨款"), (1, 2, fiscal), (3, 1, "执行率"), (4, 1, _rate(budget, executed)),
                 (5, 2, "执行率得分"), (7, 1, f"{rs:.2f}"))
        rows.add((0, 1, "年度目标"), (1, 3, goal[0]), (4, 1, "完成情况"), (5, 3, goal[1]))
        r = rows.n
        rows.put(r, 0, 1, 5, "绩效指标")
        rows.put(r, 5, 3, 1, "分值")
        rows.put(r, 6, 3, 1, "得分")
        rows.put(r, 7, 3, 1, "偏差原因分析")
        for col, head in ((0, "一级指标"), (1, "二级指标"), (2, "三级指标")):
            rows.put(r + 1, col, 2, 1, head)
        rows.put(r + 1, 3, 1, 2, "指标值")
        rows.put(r + 2, 3, 1, 1, "年度指标值")
        rows.put(r + 2, 4, 1, 1, "实际完成值")
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
        rows.add((0, 5, "绩效等级"), (5, 3, "优"))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元", kind="performance_self_evaluation"),
                       fresh_page=True, repeat=(r, 3))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, "优")
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal)
    return doc.save(folder)


def layout_yn_dl_prefecture_list_sources(folder: Path, name: str) -> FileGold:
    dept = "大理白族自治州生态环境局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("洱海流域水环境监测", ("1,850.00", "1,600.00", "250.00", "0.00"), [
            Ind("产出指标", "数量指标", "水质监测断面数", "≥45个", (">=", 45, "个")),
            Ind("产出指标", "数量指标", "年度监测频次", "≥12次", (">=", 12, "次")),
            Ind("产出指标", "质量指标", "监测数据有效率", "≥95%", (">=", 95, "%")),
            Ind("产出指标", "时效指标", "监测报告报送时限", "≤5个工作日", ("<=", 5, "个工作日")),
            Ind("效益指标", "生态效益指标", "洱海全湖水质", "保持Ⅲ类", Q),
            Ind("满意度指标", "服务对象满意度指标", "沿湖群众满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("农村生活污水治理", ("2,400.00", "2,000.00", "300.00", "100.00"), [
            Ind("产出指标", "数量指标", "完成治理行政村数", "≥40个", (">=", 40, "个")),
            Ind("产出指标", "质量指标", "治理设施正常运行率", "≥90%", (">=", 90, "%")),
            Ind("产出指标", "时效指标", "项目完工时间", "≤11月", ("<=", 11, "月")),
            Ind("产出指标", "成本指标", "单村治理平均成本", "≤60万元", ("<=", 60, "万元")),
            Ind("效益指标", "生态效益指标", "农村生活污水治理率", "≥45%", (">=", 45, "%")),
            Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("生态环境执法能力建设", ("420.00", "420.00", "0.00", "0.00"), [
            Ind("产出指标", "数量指标", "执法检查企业数", "≥600家", (">=", 600, "家")),
            Ind("产出指标", "数量指标", "执法人员培训人次", "≥150人次", (">=", 150, "人次")),
            Ind("产出指标", "质量指标", "环境违法案件查处率", "100%", ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "企业环境守法意识", "明显增强", Q),
            Ind("满意度指标", "服务对象满意度指标", "群众环境信访满意度", "≥80%", (">=", 80, "%")),
        ]),
        ("固体废物规范化管理", ("360.00", "300.00", "60.00", "0.00"), [
            Ind("产出指标", "数量指标", "危险废物产废单位检查数", "≥220家", (">=", 220, "家")),
            Ind("产出指标", "数量指标", "固体废物专项培训场次", "≥8场", (">=", 8, "场")),
            Ind("产出指标", "质量指标", "危险废物规范化管理达标率", "≥90%", (">=", 90, "%")),
            Ind("产出指标", "时效指标", "转移联单办理时限", "≤3个工作日", ("<=", 3, "个工作日")),
            Ind("效益指标", "生态效益指标", "危险废物环境风险", "有效防控", Q),
            Ind("满意度指标", "服务对象满意度指标", "企业满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    widths = [30, 100, 54, 54, 50, 50, 60, 76, 138, 80]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "序号")
    rows.put(0, 1, 2, 1, "项目名称")
    rows.put(0, 2, 1, 4, "项目资金（万元）")
    for k, head in enumerate(("合计", "财政拨款", "上年结转", "其他资金")):
        rows.put(1, 2 + k, 1, 1, head)
    for col, head in ((6, "一级指标"), (7, "二级指标"), (8, "三级指标"), (9, "指标值")):
        rows.put(0, col, 2, 1, head)
    for n, (project, money, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw)])
        rows.put(r0, 0, len(inds), 1, str(n))
        rows.put(r0, 1, len(inds), 1, project)
        for k, v in enumerate(money):
            rows.put(r0, 2 + k, len(inds), 1, v)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=money[0], fiscal=money[1], carried=money[2] if money[2] != "0.00" else None)
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表", editor=f"部门名称：{dept}",
                         unit_raw="单位：万元", landscape=True), fresh_page=True, repeat=(0, 2))
    return doc.save(folder)


BLIND11: dict[str, Builder] = {
    "fj_xm_midterm_and_annual_blocks": layout_fj_xm_midterm_and_annual_blocks,
    "jx_nc_accounts_glued_project_self_evals": layout_jx_nc_accounts_glued_project_self_evals,
    "gd_fs_budget_dept_wide_functions_prose": layout_gd_fs_budget_dept_wide_functions_prose,
    "gd_dg_town_level1_weight_column": layout_gd_dg_town_level1_weight_column,
    "zj_wz_county_words_targets_yuan": layout_zj_wz_county_words_targets_yuan,
    "sd_jn_hitech_turned_relation_column": layout_sd_jn_hitech_turned_relation_column,
    "ha_ly_budget_name_above_grid": layout_ha_ly_budget_name_above_grid,
    "hun_zz_dept_and_project_self_eval": layout_hun_zz_dept_and_project_self_eval,
    "cq_street_three_forms_per_page": layout_cq_street_three_forms_per_page,
    "sc_my_accounts_self_eval_three_row_header": layout_sc_my_accounts_self_eval_three_row_header,
    "yn_dl_prefecture_list_sources": layout_yn_dl_prefecture_list_sources,
}
SETS: dict[str, dict[str, Builder]] = {"blind11": BLIND11}


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
    """Write every layout of ``which`` ("blind11") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
