"""BLIND27 performance forms: eleven layouts of eleven provinces printing the forms a cross-city
dataset meets most — 项目支出绩效目标表 inside 部门预算 reports (one form a page, a landscape list,
two or more short forms a page), 项目支出绩效自评表 and 部门整体支出绩效自评表 inside 部门决算
reports, and 部门整体支出绩效目标表 — written by an author who had read neither the form reader nor
the earlier blind sets (only the gold helpers and page composer of ``form_layouts``, the gold
conventions of BLIND9's docstring and the real disclosures: 长春 / 湖州 budget lists, the 武汉
部门整体 form of the seeds). Each layout writes one PDF and its gold in the format of
``form_layouts.write_set``; the gold is written by hand with ``form_layouts._gold_ind``.

heb_lf_budget_single_forms_income_source_lines  河北 廊坊 district 部门预算: budget tables, then
        one 项目支出绩效目标表 a page; money as a 资金来源 list under a merged cell (资金总额 |
        一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 上年结转 | 事业收入), a blank line
        for a source the project lacks, 0.00 lines; 达到 N, deadline, 定性 words
hub_hs_budget_landscape_list_direction_words  湖北 黄石 district 部门预算: budget tables, then a
        landscape list 项目名称 | 资金总额 | 其中：财政资金 | 年度绩效目标 | 一级 | 二级 | 三级 |
        指标方向 (大于等于 / 小于等于 / 等于 / 大于 / 小于 / 定性) | 指标值 | 计量单位; project cells
        merged, header repeated on every page
gd_jm_town_short_forms_yuan_heads_level2_only  广东 江门 town: short forms two a page in 元
        with separators, money heads 年度资金总额（元） | 财政资金（元） | 其他资金（元） above the
        amounts, grid with 二级 and 三级 only (no 一级)
zj_jh_accounts_project_self_evals_rate_first  浙江 金华 district 部门决算: accounts tables, then
        two 项目支出绩效自评表 whose money columns are 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分
        over 年度资金总额 / 其中：财政拨款 / 上年结转 / 其他资金, grid with 全年实际值 and
        未完成原因和改进措施, 评价等级 in one cell (评价等级：良)
js_cz_accounts_dept_self_eval_then_project_pairs  江苏 常州 district 部门决算: accounts tables,
        a 部门整体支出绩效自评表 (money heads 年初预算数 … 得分 over 年度资金总额 / 其中：基本支出 /
        项目支出, levels 投入 / 过程 / 产出 / 效果), then a project self evaluation with its money
        as label | value pairs in two rows and a grid 一级 | 三级 (no 二级)
hun_xt_budget_dept_wide_then_project_total_year  湖南 湘潭 district 部门预算: budget tables, a
        部门整体支出绩效目标表 (heads 资金总额 | 财政拨款 | 其他资金, 年度主要任务 without money,
        控制在5%以内, 分值), then project forms whose money is label | value pairs
        (项目总额 | 本年度资金 | 其中：财政拨款 | 上年结转)
sd_ta_long_forms_yuan_weights_repeated_header  山东 泰安 district: two long 项目支出绩效目标表 in
        元 running over pages, money pairs 项目总投资 | 本年度预算 | 其中：财政拨款 | 上年结转, grid
        一级 | 二级 | 三级 | 指标值 | 权重 | 指标解释 whose header is repeated, merged levels cut
fj_sm_landscape_self_evals_pairs_row_split_target  福建 三明 district: landscape 项目支出绩效自评表,
        money pairs in one row (年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 得分), target split
        指标方向 | 年度目标值 | 计量单位, 实际完成值, 偏差原因, 自评得分 | 自评等级 at the foot
gx_lz_budget_two_forms_a_page_bond_central_sources  广西 柳州 district 部门预算: budget tables,
        then forms two a page whose money heads are 资金总额 | 财政拨款 | 专项债券 | 中央补助 | 其他资金
sn_xy_dept_wide_labels_above_income_lines  陕西 咸阳 district 部门整体支出绩效目标表: header fields
        as labels above values, 部门预算收入 as lines (…财政拨款收入, 合计), a two-row grid header
        (绩效指标 over 一级 / 二级 / 三级, 指标值 over 符号 / 目标值), 权重 merged down two rows
ah_aq_list_total_year_fiscal_level3_only  安徽 安庆 county: one list of projects, 项目总金额 |
        本年预算 | 其中：财政拨款 heads, grid of 三级指标 | 指标值 only, targets in words (不低于 /
        不超过 / 高于 / 低于 / 达到 / 以内)

The 部门预算 layouts print, before their forms, a 收支预算总表 and a 项目支出预算表 giving each
project's 合计 | 财政拨款 | 其他资金 (ordinary tables, no gold of their own).

Gold conventions (BLIND9's, with this set's rulings):

- target_raw is the 年度 value as printed; split columns are joined in reading order with no
  separator ("大于等于95%", "定性显著改善", "≥12个月"); an empty cell adds nothing.
- ≥ / 不低于 / 不少于 / 达到 N / 大于等于 read ">="; ≤ / 不高于 / 不超过 / 小于等于 / 控制在 N 以内 /
  N 以内 read "<="; ＞ / 大于 / 高于 read ">"; ＜ / 小于 / 低于 read "<"; ＝ / 等于 / a bare figure
  read "="; "90%-95%" is a range; a deadline ("2025年9月底前") stays raw with no comparator; a state
  ("稳步提高", "定性显著改善") is qualitative.
- Money of a target form: the figure labelled 资金总额 / 年度资金总额 / 本年度资金 / 本年度预算 /
  本年预算 is ``year``; 项目总额 / 项目总投资 / 项目总金额 (the project's whole cost over its years)
  is ``total``; ``fiscal`` is the figure labelled 财政拨款 / 财政资金 / 其中：财政拨款 as printed —
  where a source list prints lines named …财政拨款收入, fiscal is the sum of those lines printing
  an amount (a blank line adds nothing); sources not named 财政拨款 (专项债券, 中央补助, 事业收入,
  其他资金) are never summed into it; ``carried`` is the 上年结转 figure, and a printed 0.00 there
  is no amount (None). A 部门整体 form's money is not a project's: no project row.
- Self evaluations: budget = 全年预算数 of the 年度资金总额 row (or its label | value pair),
  executed = its 全年执行数; score = the printed 总分 / 自评得分 (execution score + indicator
  scores); grade as printed, 优秀 / 良好 read 优 / 良. A project self evaluation gives the project's
  money: year = its 全年预算数, fiscal = the 其中：财政拨款 row's 全年预算数 where that row is printed,
  carried = the 上年结转 row's 全年预算数 where it prints a non-zero amount.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]
D = (None, None, None)  # a deadline: raw, no comparator


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  projects: list[tuple[str, str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, 收支预算总表, 项目支出预算表 (each project's
    合计 | 财政拨款 | 其他资金), the heading of the performance part."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算公开表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}依法履行本行业管理和公共服务职责，贯彻落实上级决策部署。",
        "二、部门预算单位构成。纳入本部门预算编制范围的单位包括机关本级和所属事业单位。",
        f"三、{year}年主要工作任务。围绕年度重点工作，保障基本运转，统筹安排项目支出。",
    ])
    total = sum(Decimal(v.replace(",", "")) for _, v in income)
    body = [plain_row([k, v]) for k, v in income] + [plain_row(["收入合计", f"{total:,.2f}"])]
    doc.pages.table(TableSpec("部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [300, 160], [(0, 0, 1, 1, "收入项目"), (0, 1, 1, 1, "预算数")],
                              1, body, ["l", "r"]))
    body, sums = [], [Decimal(0)] * 3
    for i, (k, total, fiscal) in enumerate(projects, 1):
        t, f = Decimal(total.replace(",", "")), Decimal(fiscal.replace(",", ""))
        sums = [sums[0] + t, sums[1] + f, sums[2] + t - f]
        body.append(plain_row([str(i), k, f"{t:,.2f}", f"{f:,.2f}", f"{t - f:,.2f}"]))
    body.append(plain_row(["", "合计", *(f"{v:,.2f}" for v in sums)]))
    doc.pages.table(TableSpec("项目支出预算表", "project_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [40, 230, 80, 80, 80],
                              [(0, 0, 1, 1, "序号"), (0, 1, 1, 1, "项目名称"), (0, 2, 1, 1, "合计"),
                               (0, 3, 1, 1, "财政拨款"), (0, 4, 1, 1, "其他资金")],
                              1, body, ["c", "l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}对{year}年部门预算项目编制了绩效目标，现予公开。"])


def _rate(budget: str, executed: str) -> tuple[str, float]:
    """执行率 as printed and its score (10 points at most), rounded as the forms print it."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b * 100
    return f"{rate:.2f}%", round(min(10.0, float(rate) / 10), 2)


def _total(rate_score: float, inds: list[Ind]) -> float:
    return round(rate_score + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- 河北 廊坊


def layout_heb_lf_budget_single_forms_income_source_lines(folder: Path, name: str) -> FileGold:
    dept = "廊坊市广阳区卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{year}年部门预算", 24), (dept, 18)])
    projects = [
        ("基本公共卫生服务项目", "131003250000012", "廊坊市广阳区疾病预防控制中心",
         [("资金总额", "860.00"), ("一般公共预算财政拨款收入", "620.00"), ("政府性基金预算财政拨款收入", ""),
          ("上年结转", "240.00"), ("事业收入", "0.00")], ("860.00", "620.00", "240.00"),
         "为辖区常住居民免费提供基本公共卫生服务，重点人群健康管理率稳步提高。", [
             Ind("产出指标", "数量指标", "65岁以上老年人健康管理人数", "≥3.2万人", (">=", 3.2, "万人")),
             Ind("产出指标", "质量指标", "高血压患者规范管理率", "达到65%", (">=", 65, "%")),
             Ind("产出指标", "时效指标", "补助资金拨付时间", "2025年9月底前", D),
             Ind("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "≥94元", (">=", 94, "元")),
             Ind("效益指标", "社会效益指标", "居民健康素养水平", "稳步提高", Q),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("院前急救能力建设", "131003250000027", "廊坊市广阳区急救站",
         [("资金总额", "450.00"), ("一般公共预算财政拨款收入", "300.00"), ("政府性基金预算财政拨款收入", "120.00"),
          ("上年结转", "0.00"), ("事业收入", "30.00")], ("450.00", "420.00", None),
         "购置负压救护车并开展急救培训，城区急救反应时间进一步缩短。", [
             Ind("产出指标", "数量指标", "新增负压救护车数量", "6辆", ("=", 6, "辆")),
             Ind("产出指标", "数量指标", "急救人员培训人次", "不少于400人次", (">=", 400, "人次")),
             Ind("产出指标", "质量指标", "急救设备验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "城区急救平均反应时间", "≤12分钟", ("<=", 12, "分钟")),
             Ind("效益指标", "社会效益指标", "院前急救服务能力", "明显增强", Q),
             Ind("满意度指标", "服务对象满意度指标", "患者及家属满意度", "≥92%", (">=", 92, "%")),
         ]),
        ("计划生育家庭特别扶助", "131003250000035", "廊坊市广阳区卫生健康局",
         [("资金总额", "186.40"), ("一般公共预算财政拨款收入", "186.40"), ("政府性基金预算财政拨款收入", ""),
          ("上年结转", "0.00"), ("事业收入", "0.00")], ("186.40", "186.40", None),
         "按标准足额发放特别扶助金，保障计划生育特殊家庭基本生活。", [
             Ind("产出指标", "数量指标", "特别扶助对象人数", "1860人", ("=", 1860, "人")),
             Ind("产出指标", "质量指标", "扶助金发放准确率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "扶助金到账时间", "≤10个工作日", ("<=", 10, "个工作日")),
             Ind("效益指标", "社会效益指标", "特殊家庭生活保障水平", "持续改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "扶助对象满意度", "≥95%", (">=", 95, "%")),
         ]),
    ]
    _budget_front(doc, dept, year, [("一般公共预算财政拨款收入", "3,906.40"), ("政府性基金预算财政拨款收入", "120.00"),
                                    ("事业收入", "30.00"), ("上年结转", "240.00")],
                  [(p[0], p[4][0], p[4][1]) for p in projects])
    widths = [64, 70, 150, 100, 136]
    for project, code, unit_name, sources, (total, fiscal, carried), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit_name))
        r = rows.n
        rows.put(r, 0, len(sources), 1, "资金来源")
        for k, (label, value) in enumerate(sources):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 1, value)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "指标值说明"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor="（2025年度）",
                             unit_raw="单位：万元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", code=code, year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 黄石


def layout_hub_hs_budget_landscape_list_direction_words(folder: Path, name: str) -> FileGold:
    dept = "黄石市西塞山区城市管理执法局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 22)])
    projects = [
        ("城区道路清扫保洁", "1,260.00", "1,260.00", "保障城区主次干道每日清扫保洁，道路见本色。", [
            Ind("产出指标", "数量指标", "道路清扫保洁面积", ("大于等于", "320", "万平方米"), (">=", 320, "万平方米")),
            Ind("产出指标", "质量指标", "道路机械化清扫率", ("大于等于", "85", "%"), (">=", 85, "%")),
            Ind("产出指标", "时效指标", "垃圾清运日产日清率", ("等于", "100", "%"), ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "城区市容环境", ("定性", "显著改善", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "市民满意度", ("大于", "90", "%"), (">", 90, "%")),
        ]),
        ("户外广告及招牌整治", "380.00", "300.00", "规范设置户外广告和门店招牌，消除安全隐患。", [
            Ind("产出指标", "数量指标", "整治门店招牌数量", ("大于等于", "1500", "块"), (">=", 1500, "块")),
            Ind("产出指标", "数量指标", "拆除违规广告牌数量", ("大于等于", "120", "处"), (">=", 120, "处")),
            Ind("产出指标", "质量指标", "整治验收合格率", ("等于", "100", "%"), ("=", 100, "%")),
            Ind("产出指标", "成本指标", "单块招牌改造补助", ("小于等于", "2000", "元"), ("<=", 2000, "元")),
            Ind("效益指标", "社会效益指标", "户外广告安全事故", ("小于", "1", "起"), ("<", 1, "起")),
        ]),
        ("生活垃圾分类推广", "215.50", "215.50", "推进垃圾分类进小区，提高居民分类投放参与率。", [
            Ind("产出指标", "数量指标", "新增分类示范小区", ("大于等于", "25", "个"), (">=", 25, "个")),
            Ind("产出指标", "质量指标", "居民分类投放准确率", ("大于等于", "70", "%"), (">=", 70, "%")),
            Ind("产出指标", "时效指标", "示范小区建成时限", ("小于等于", "10", "个月"), ("<=", 10, "个月")),
            Ind("效益指标", "生态效益指标", "生活垃圾回收利用率", ("大于等于", "35", "%"), (">=", 35, "%")),
            Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", ("大于等于", "85", "%"), (">=", 85, "%")),
        ]),
        ("市政设施维修养护", "640.00", "520.00", "及时维修道路、桥梁和排水设施，设施完好率保持较高水平。", [
            Ind("产出指标", "数量指标", "维修人行道面积", ("大于等于", "1.8", "万平方米"), (">=", 1.8, "万平方米")),
            Ind("产出指标", "质量指标", "市政设施完好率", ("大于等于", "95", "%"), (">=", 95, "%")),
            Ind("产出指标", "时效指标", "破损设施修复时间", ("小于等于", "48", "小时"), ("<=", 48, "小时")),
            Ind("效益指标", "可持续影响指标", "设施养护长效机制", ("定性", "健全", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "沿街群众满意度", ("大于等于", "90", "%"), (">=", 90, "%")),
        ]),
    ]
    _budget_front(doc, dept, year, [("一般公共预算财政拨款收入", "2,795.50"), ("其他收入", "200.00")],
                  [(p[0], p[1], p[2]) for p in projects])
    widths = [84, 56, 56, 118, 56, 62, 118, 52, 52, 58]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("项目名称", "资金总额", "其中：财政资金", "年度绩效目标", "一级指标",
                                                 "二级指标", "三级指标", "指标方向", "指标值", "计量单位"))])
    for project, total, fiscal, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 4, 5, lambda i: [(6, 1, i.name), (7, 1, i.target[0]), (8, 1, i.target[1]),
                                                (9, 1, i.target[2])])
        for col, text in ((0, project), (1, total), (2, fiscal), (3, goal)):
            rows.put(r0, col, len(inds), 1, text)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表", editor=f"部门：{dept}",
                         unit_raw="单位：万元", landscape=True), repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 江门


def layout_gd_jm_town_short_forms_yuan_heads_level2_only(folder: Path, name: str) -> FileGold:
    dept = "江门市新会区司前镇人民政府"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("镇村道路日常养护", "司前镇农业农村办公室", ("1,850,000.00", "1,850,000.00", "0.00"),
         "完成镇村道路日常养护，路面完好率保持在90%以上。", [
             Ind(None, "数量指标", "养护道路里程", "≥86公里", (">=", 86, "公里")),
             Ind(None, "质量指标", "路面完好率", "≥90%", (">=", 90, "%")),
             Ind(None, "社会效益指标", "群众出行条件", "明显改善", Q),
             Ind(None, "服务对象满意度指标", "沿线村民满意度", "≥88%", (">=", 88, "%")),
         ]),
        ("农村生活污水处理设施运维", "司前镇生态环境办公室", ("1,326,500.00", "1,126,500.00", "200,000.00"),
         "保障农村生活污水处理设施稳定运行，出水水质达标。", [
             Ind(None, "数量指标", "运维处理设施数量", "42座", ("=", 42, "座")),
             Ind(None, "质量指标", "出水水质达标率", "≥95%", (">=", 95, "%")),
             Ind(None, "时效指标", "设施故障修复时间", "≤72小时", ("<=", 72, "小时")),
             Ind(None, "生态效益指标", "农村水环境质量", "持续向好", Q),
         ]),
        ("社区居家养老服务", "司前镇社会事务办公室", ("684,000.00", "684,000.00", "0.00"),
         "为辖区高龄、独居老人提供助餐、助洁等居家养老服务。", [
             Ind(None, "数量指标", "居家养老服务人次", "≥9600人次", (">=", 9600, "人次")),
             Ind(None, "成本指标", "每人次服务补助", "≤65元", ("<=", 65, "元")),
             Ind(None, "社会效益指标", "老年人生活质量", "有效提高", Q),
             Ind(None, "服务对象满意度指标", "服务老人满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("森林防火专项经费", "司前镇应急管理办公室", ("435,800.00", "435,800.00", "0.00"),
         "做好森林防火巡查和扑火队伍建设，全年不发生重大森林火灾。", [
             Ind(None, "数量指标", "防火巡查天数", "≥180天", (">=", 180, "天")),
             Ind(None, "时效指标", "火情到场时间", "≤30分钟", ("<=", 30, "分钟")),
             Ind(None, "社会效益指标", "重大森林火灾发生次数", "0次", ("=", 0, "次")),
             Ind(None, "服务对象满意度指标", "林区群众满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [100, 150, 120, 130]
    for k, (project, unit_name, (total, fiscal, other), goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "实施单位"), (1, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金")
        for j, (head, value) in enumerate((("年度资金总额（元）", total), ("财政资金（元）", fiscal),
                                           ("其他资金（元）", other))):
            rows.put(r, 1 + j, 1, 1, head)
            rows.put(r + 1, 1 + j, 1, 1, value)
        rows.add((0, 1, "年度绩效目标"), (1, 3, goal))
        rows.add((0, 1, "二级指标"), (1, 1, "三级指标"), (2, 1, "年度指标值"), (3, 1, "备注"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"填报单位：{dept}", unit_raw=""), fresh_page=k % 2 == 0)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 浙江 金华


def _zj_self_eval(doc: FormDoc, project: str, unit_name: str, money: dict, goal: tuple[str, str],
                  inds: list[Ind], grade: str) -> None:
    rate, rate_score = _rate(money["budget"], money["executed"])
    total = _total(rate_score, inds)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 6, project))
    rows.add((0, 2, "主管部门"), (2, 2, doc.gold.department), (4, 1, "实施单位"), (5, 3, unit_name))
    rows.add((0, 3, "资金来源"), (3, 1, "全年预算数"), (4, 1, "全年执行数"), (5, 1, "执行率"), (6, 1, "分值"),
             (7, 1, "得分"))
    rows.add((0, 3, "年度资金总额"), (3, 1, money["budget"]), (4, 1, money["executed"]), (5, 1, rate), (6, 1, "10"),
             (7, 1, f"{rate_score:.2f}"))
    for label, b, e in (("其中：财政拨款", money["fiscal"], money["fiscal_exec"]),
                        ("上年结转", money["carried"], money["carried_exec"]), ("其他资金", "0.00", "0.00")):
        rows.add((0, 3, label), (3, 1, b), (4, 1, e), (5, 1, "—"), (6, 1, "—"), (7, 1, "—"))
    rows.add((0, 2, "年度目标"), (2, 3, goal[0]), (5, 3, goal[1]))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值",
                                                 "分值", "得分", "未完成原因和改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, f"评价等级：{grade}"))
    doc.pages.grid(_spec(rows.cells, rows.n, [56, 62, 96, 62, 62, 40, 44, 100], title="项目支出绩效自评表",
                         editor="（2024年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    doc.gold.indicators += [_gold_ind(project, i) for i in inds]
    doc.gold.self_evaluation(project, "万元", money["budget"], money["executed"], total, grade)
    carried = money["carried"] if Decimal(money["carried"].replace(",", "")) else None
    doc.gold.project(project, "万元", year=money["budget"], fiscal=money["fiscal"], carried=carried)


def layout_zj_jh_accounts_project_self_evals_rate_first(folder: Path, name: str) -> FileGold:
    dept = "金华市婺城区农业农村局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 22)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "6,318.20"), ("二、上年结转", "420.00")],
                    [("一、农林水支出", "6,102.70"), ("二、社会保障和就业支出", "315.30")])
    _zj_self_eval(doc, "高标准农田建设", "金华市婺城区农田建设服务中心",
                  {"budget": "1,200.00", "executed": "1,152.00", "fiscal": "1,000.00", "fiscal_exec": "960.00",
                   "carried": "200.00", "carried_exec": "192.00"},
                  ("新建高标准农田1.2万亩，配套灌排设施。", "建成高标准农田1.25万亩，灌排设施全部配套。"), [
                      Ind("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", (">=", 1.2, "万亩"), "15", "1.25万亩", "15"),
                      Ind("产出指标", "数量指标", "新建灌排渠道长度", "≥36公里", (">=", 36, "公里"), "10", "37.5公里", "10"),
                      Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
                      Ind("产出指标", "时效指标", "项目完工时间", "2024年11月底前", D, "10", "2024年12月中旬", "8",
                          "雨季影响施工进度，下年提前开工"),
                      Ind("产出指标", "成本指标", "亩均建设成本", "≤3000元", ("<=", 3000, "元"), "5", "2880元", "5"),
                      Ind("效益指标", "经济效益指标", "项目区粮食亩产增加", "≥50公斤", (">=", 50, "公斤"), "15", "56公斤", "15"),
                      Ind("效益指标", "可持续影响指标", "工程设施管护机制", "建立健全", Q, "15", "已建立", "14"),
                      Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
                  ], "优")
    _zj_self_eval(doc, "农村人居环境整治", "金华市婺城区农村工作指导站",
                  {"budget": "560.00", "executed": "498.40", "fiscal": "560.00", "fiscal_exec": "498.40",
                   "carried": "0.00", "carried_exec": "0.00"},
                  ("完成60个行政村人居环境整治提升。", "完成56个行政村整治，其余4个村转入下年。"), [
                      Ind("产出指标", "数量指标", "整治提升行政村数量", "≥60个", (">=", 60, "个"), "20", "56个", "17",
                          "4个村征地协调未完成，下年续建"),
                      Ind("产出指标", "质量指标", "农村卫生厕所普及率", "≥98%", (">=", 98, "%"), "15", "98.6%", "15"),
                      Ind("产出指标", "时效指标", "整治任务完成时限", "≤12个月", ("<=", 12, "个月"), "10", "12个月", "10"),
                      Ind("效益指标", "生态效益指标", "村庄环境面貌", "明显改善", Q, "20", "明显改善", "18"),
                      Ind("效益指标", "可持续影响指标", "村庄保洁长效机制覆盖率", "100%", ("=", 100, "%"), "10", "95%", "8",
                          "部分村保洁经费未落实"),
                      Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥85%", (">=", 85, "%"), "15", "88%", "15"),
                  ], "良")
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 常州


def layout_js_cz_accounts_dept_self_eval_then_project_pairs(folder: Path, name: str) -> FileGold:
    dept = "常州市天宁区教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(f"{dept}{year}年度部门决算", 20)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "17,902.30"), ("二、事业收入", "310.00")],
                    [("一、教育支出", "17,486.10"), ("二、社会保障和就业支出", "726.20")])
    budget, executed = "18,650.00", "18,212.30"
    rate, rate_score = _rate(budget, executed)
    inds = [
        Ind("投入", "预算配置", "在职人员控制率", "≤100%", ("<=", 100, "%"), "10", "98.5%", "10"),
        Ind("投入", "预算配置", "“三公经费”变动率", "≤0", ("<=", 0, None), "5", "-6.2%", "5"),
        Ind("过程", "预算执行", "预算完成率", "≥95%", (">=", 95, "%"), "10", "97.65%", "10"),
        Ind("过程", "预算管理", "结转结余率", "≤5%", ("<=", 5, "%"), "5", "3.1%", "5"),
        Ind("过程", "资产管理", "固定资产利用率", "≥90%", (">=", 90, "%"), "5", "94%", "5"),
        Ind("产出", "职责履行", "义务教育入学率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出", "职责履行", "新增学位数", "≥1800个", (">=", 1800, "个"), "10", "1620个", "8",
            "一所学校竣工延至2025年春季"),
        Ind("效果", "社会效益", "教育优质均衡发展水平", "稳步提升", Q, "20", "稳步提升", "19"),
        Ind("效果", "服务对象满意度", "家长满意度", "≥90%", (">=", 90, "%"), "10", "92.4%", "10"),
    ]
    total = _total(rate_score, inds)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    r = rows.n
    rows.put(r, 0, 4, 1, "年度预算资金（万元）")
    for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")):
        rows.put(r, 1 + k, 1, 1, head)
    for j, line in enumerate((("年度资金总额", "17,980.00", budget, executed, rate, "10", f"{rate_score:.2f}"),
                              ("其中：基本支出", "12,400.00", "12,630.00", "12,588.50", "—", "—", "—"),
                              ("项目支出", "5,580.00", "6,020.00", "5,623.80", "—", "—", "—")), 1):
        for k, text in enumerate(line):
            rows.put(r + j, 1 + k, 1, 1, text)
    rows.add((0, 2, "年度总体目标完成情况"), (2, 6, "全年新增学位1620个，义务教育入学率100%，教育资源均衡配置。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因分析"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
    rows.add((0, 5, "综合评价等级"), (5, 3, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 62, 104, 62, 62, 40, 44, 92], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="", kind="performance_self_evaluation"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in inds]
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "优")

    project, budget, executed = "学生资助补助经费", "820.00", "805.60"
    rate, rate_score = _rate(budget, executed)
    inds = [
        Ind("产出指标", None, "资助家庭经济困难学生人数", "≥2100人", (">=", 2100, "人"), "20", "2186人", "20"),
        Ind("产出指标", None, "资助对象认定准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", None, "资助资金发放时间", "2024年11月底前", D, "10", "2024年11月20日", "10"),
        Ind("效益指标", None, "因贫辍学学生人数", "0人", ("=", 0, "人"), "20", "0人", "20"),
        Ind("效益指标", None, "学生资助政策知晓率", "≥95%", (">=", 95, "%"), "10", "93%", "8", "宣传覆盖不足，下年加强"),
        Ind("满意度指标", None, "受助学生满意度", "≥90%", (">=", 90, "%"), "15", "96%", "15"),
    ]
    total = _total(rate_score, inds)
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 6, project))
    rows.add((0, 1, "实施单位"), (1, 6, "常州市天宁区学生资助管理中心"))
    rows.add((0, 1, "年初预算数（万元）"), (1, 1, "800.00"), (2, 1, "全年预算数（万元）"), (3, 1, budget),
             (4, 2, "全年执行数（万元）"), (6, 1, executed))
    rows.add((0, 1, "执行率"), (1, 1, rate), (2, 1, "分值"), (3, 1, "10"), (4, 2, "得分"), (6, 1, f"{rate_score:.2f}"))
    rows.add((0, 1, "一级指标"), (1, 1, "三级指标"), (2, 1, "年度指标值"), (3, 1, "实际完成值"), (4, 1, "分值"),
             (5, 1, "得分"), (6, 1, "偏差原因"))
    r0 = rows.n
    for i in inds:
        rows.add((1, 1, i.name), (2, 1, i.raw), (3, 1, i.actual), (4, 1, i.weight), (5, 1, i.score), (6, 1, i.note))
    k = 0
    while k < len(inds):
        j = k
        while j < len(inds) and inds[j].l1 == inds[k].l1:
            j += 1
        rows.put(r0 + k, 0, j - k, 1, inds[k].l1)
        k = j
    rows.add((0, 4, "自评总分"), (4, 3, f"{total:.2f}"))
    rows.add((0, 4, "自评等级"), (4, 3, "良好"))
    doc.pages.grid(_spec(rows.cells, rows.n, [78, 120, 80, 80, 40, 44, 96], title="项目支出绩效自评表",
                         editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(project, i) for i in inds]
    doc.gold.self_evaluation(project, "万元", budget, executed, total, "良")
    doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖南 湘潭


def layout_hun_xt_budget_dept_wide_then_project_total_year(folder: Path, name: str) -> FileGold:
    dept = "湘潭市岳塘区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{year}年部门预算", 24), (dept, 18)])
    _budget_front(doc, dept, year, [("一般公共预算财政拨款收入", "4,686.00"), ("其他收入", "114.00")],
                  [("城乡低保资金", "2,400.00", "2,400.00"), ("养老服务体系建设（2024-2026年）", "300.00", "260.00")])
    inds = [
        Ind("产出指标", "数量指标", "城乡低保保障人数", "≥5200人", (">=", 5200, "人"), "15"),
        Ind("产出指标", "数量指标", "养老机构消防安全检查次数", "≥12次", (">=", 12, "次"), "10"),
        Ind("产出指标", "质量指标", "低保审核审批准确率", "不低于98%", (">=", 98, "%"), "15"),
        Ind("产出指标", "时效指标", "救助资金发放及时率", "达到100%", (">=", 100, "%"), "10"),
        Ind("产出指标", "成本指标", "“三公”经费增长率", "控制在5%以内", ("<=", 5, "%"), "10"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活保障水平", "较上年有所提升", Q, "20"),
        Ind("效益指标", "可持续影响指标", "社会救助体系", "持续完善", Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 4, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "年度预算资金（万元）")
    for k, (head, value) in enumerate((("资金总额", "4,800.00"), ("财政拨款", "4,686.00"), ("其他资金", "114.00"))):
        rows.put(r, 1 + k, 1, 1 if k < 2 else 2, head)
        rows.put(r + 1, 1 + k, 1, 1 if k < 2 else 2, value)
    r = rows.n
    tasks = (("社会救助", "落实城乡低保、特困供养和临时救助政策"), ("养老服务", "推进居家社区养老服务网络建设"),
             ("基层治理", "指导社区建设和村（居）委会规范化运行"))
    rows.put(r, 0, len(tasks), 1, "年度主要任务")
    for k, (task, text) in enumerate(tasks):
        rows.put(r + k, 1, 1, 1, task)
        rows.put(r + k, 2, 1, 3, text)
    rows.add((0, 1, "年度绩效目标"), (1, 4, "兜牢民生底线，困难群众应保尽保，养老服务能力稳步提升。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "分值"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 96, 150, 110, 70], title="部门整体支出绩效目标表",
                         editor=f"（{year}年度）", unit_raw="", kind="dept_performance_targets"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in inds]

    projects = [
        ("城乡低保资金", ("2,400.00", "2,400.00", "2,400.00", "0.00"), None,
         "按时足额发放城乡低保金，保障困难群众基本生活。", [
             Ind("产出指标", "数量指标", "低保金发放人数", "≥5200人", (">=", 5200, "人")),
             Ind("产出指标", "质量指标", "低保金发放准确率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "低保金发放时间", "每月10日前", D),
             Ind("效益指标", "社会效益指标", "低保对象基本生活", "有效保障", Q),
             Ind("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥92%", (">=", 92, "%")),
         ]),
        ("养老服务体系建设（2024-2026年）", ("900.00", "300.00", "260.00", "40.00"), "40.00",
         "建设社区嵌入式养老服务中心，提升居家养老服务覆盖面。", [
             Ind("产出指标", "数量指标", "新建社区养老服务中心", "≥3个", (">=", 3, "个")),
             Ind("产出指标", "数量指标", "助餐服务人次", "≥2.4万人次", (">=", 2.4, "万人次")),
             Ind("产出指标", "质量指标", "养老服务设施验收合格率", "100%", ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "社区居家养老服务覆盖率", "≥85%", (">=", 85, "%")),
             Ind("满意度指标", "服务对象满意度指标", "服务老人满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    for project, (total, current, fiscal, carried_printed), carried, goal, pinds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "项目总额"), (1, 1, total), (2, 1, "本年度资金"), (3, 1, current))
        rows.add((0, 1, "其中：财政拨款"), (1, 1, fiscal), (2, 1, "上年结转"), (3, 1, carried_printed))
        rows.add((0, 1, "年度绩效目标"), (1, 3, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [110, 120, 160, 116], title="项目支出绩效目标表",
                             editor=f"单位：{dept}", unit_raw="金额单位：万元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in pinds]
        doc.gold.project(project, "万元", total=total, year=current, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山东 泰安


def layout_sd_ta_long_forms_yuan_weights_repeated_header(folder: Path, name: str) -> FileGold:
    dept = "泰安市泰山区交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    note = ("根据年度工作计划、行业技术标准和上级下达的任务设定，数据来源于项目管理台账、"
            "工程验收资料和第三方抽查报告，由实施单位按季度统计、年底汇总，主管部门复核确认。")
    projects = [
        ("农村公路养护工程", "370902250000046",
         ("12,000,000.00", "4,800,000.00", "4,300,000.00", "500,000.00"), "500,000.00",
         "完成农村公路日常养护和危桥改造，优良中等路率稳步提高。", [
             Ind("产出指标", "数量指标", "日常养护农村公路里程", "≥420公里", (">=", 420, "公里"), "10"),
             Ind("产出指标", "数量指标", "危桥改造座数", "≥4座", (">=", 4, "座"), "10"),
             Ind("产出指标", "数量指标", "安全生命防护工程长度", "≥25公里", (">=", 25, "公里"), "10"),
             Ind("产出指标", "质量指标", "优良中等路率", "≥85%", (">=", 85, "%"), "10"),
             Ind("产出指标", "质量指标", "工程交工验收合格率", "100%", ("=", 100, "%"), "10"),
             Ind("产出指标", "时效指标", "危桥改造完成时间", "2025年10月31日前", D, "10"),
             Ind("效益指标", "社会效益指标", "农村群众出行条件", "明显改善", Q, "20"),
             Ind("效益指标", "可持续影响指标", "养护工程设计使用年限", "≥8年", (">=", 8, "年"), "10"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("公交车辆购置补贴", "370902250000051",
         ("3,600,000.00", "3,600,000.00", "3,600,000.00", "0.00"), None,
         "更新新能源公交车辆，提升公共交通服务水平。", [
             Ind("产出指标", "数量指标", "更新新能源公交车数量", "24辆", ("=", 24, "辆"), "20"),
             Ind("产出指标", "质量指标", "车辆上线运营率", "≥98%", (">=", 98, "%"), "10"),
             Ind("产出指标", "时效指标", "补贴拨付时限", "≤30日", ("<=", 30, "日"), "10"),
             Ind("产出指标", "成本指标", "单车补贴标准", "≤15万元", ("<=", 15, "万元"), "10"),
             Ind("效益指标", "生态效益指标", "年减少碳排放量", "≥1600吨", (">=", 1600, "吨"), "15"),
             Ind("效益指标", "社会效益指标", "公交出行分担率", "较上年提高", Q, "15"),
             Ind("效益指标", "可持续影响指标", "新能源公交车占比", "100%", ("=", 100, "%"), "10"),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
    ]
    widths = [62, 72, 118, 84, 40, 144]
    for project, code, (total, current, fiscal, carried_printed), carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "项目期限"), (4, 2, "2025年1月-2025年12月"))
        rows.add((0, 1, "项目总投资"), (1, 2, total), (3, 1, "本年度预算"), (4, 2, current))
        rows.add((0, 1, "其中：财政拨款"), (1, 2, fiscal), (3, 1, "上年结转"), (4, 2, carried_printed))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "权重",
                                                            "指标解释"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight),
                                                (5, 1, f"{i.name}：{note}")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"（{year}年度）",
                             unit_raw="单位：元"), repeat=(head, 1), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "元", code=code, total=total, year=current, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建 三明


def _fj_self_eval(doc: FormDoc, project: str, money: tuple[str, str, str], goal: str, inds: list[Ind],
                  grade_printed: str) -> float:
    initial, budget, executed = money
    rate, rate_score = _rate(budget, executed)
    total = _total(rate_score, inds)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 4, project), (6, 2, "主管部门"), (8, 3, doc.gold.department))
    rows.add((0, 2, "年初预算数"), (2, 1, initial), (3, 1, "全年预算数"), (4, 1, budget), (5, 1, "全年执行数"),
             (6, 1, executed), (7, 1, "执行率"), (8, 1, rate), (9, 1, "得分"), (10, 1, f"{rate_score:.2f}"))
    rows.add((0, 2, "年度绩效目标"), (2, 9, goal))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "年度目标值",
                                                 "计量单位", "实际完成值", "分值", "得分", "偏差原因"))],
             (10, 1, "改进措施"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                            (5, 1, i.target[2]), (6, 1, i.actual), (7, 1, i.weight),
                                            (8, 1, i.score), (9, 1, i.note), (10, 1, "加强督导" if i.note else "")])
    rows.add((0, 7, "自评得分"), (7, 1, f"{total:.2f}"), (8, 2, "自评等级"), (10, 1, grade_printed))
    doc.pages.grid(_spec(rows.cells, rows.n, [60, 70, 118, 50, 58, 52, 70, 40, 40, 96, 70],
                         title=f"{doc.gold.fiscal_year}年度项目支出绩效自评表", editor=f"单位：{doc.gold.department}",
                         unit_raw="金额单位：万元", landscape=True, kind="performance_self_evaluation"),
                   fresh_page=True)
    doc.gold.indicators += [_gold_ind(project, i) for i in inds]
    return total


def layout_fj_sm_landscape_self_evals_pairs_row_split_target(folder: Path, name: str) -> FileGold:
    dept = "三明市三元区文化和旅游局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("公共文化服务体系运行", ("300.00", "310.00", "302.50"), "保障公共文化场馆免费开放，开展群众文化活动。", [
            Ind("产出指标", "数量指标", "举办群众文化活动场次", ("≥", "120", "场"), (">=", 120, "场"), "20", "136场", "20"),
            Ind("产出指标", "数量指标", "场馆免费开放天数", ("≥", "300", "天"), (">=", 300, "天"), "10", "312天", "10"),
            Ind("产出指标", "质量指标", "文化活动安全事故", ("＝", "0", "起"), ("=", 0, "起"), "10", "0起", "10"),
            Ind("产出指标", "时效指标", "补助资金到位时间", ("≤", "30", "天"), ("<=", 30, "天"), "10", "25天", "10"),
            Ind("效益指标", "社会效益指标", "群众文化获得感", ("定性", "明显增强", ""), Q, "20", "明显增强", "18",
                "基层活动覆盖仍不均衡"),
            Ind("效益指标", "可持续影响指标", "公共文化服务长效运行机制", ("定性", "健全", ""), Q, "10", "健全", "10"),
            Ind("满意度指标", "服务对象满意度指标", "参与群众满意度", ("≥", "90", "%"), (">=", 90, "%"), "10", "94%", "10"),
        ], "优秀", "优"),
        ("文物保护修缮", ("480.00", "480.00", "396.00"), "完成3处文物保护单位修缮，消除结构安全隐患。", [
            Ind("产出指标", "数量指标", "修缮文物保护单位数量", ("＝", "3", "处"), ("=", 3, "处"), "20", "2处", "14",
                "1处修缮方案调整后复审"),
            Ind("产出指标", "质量指标", "修缮工程验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "修缮工程完工时间", ("≤", "10", "个月"), ("<=", 10, "个月"), "10", "12个月", "6",
                "施工受雨季影响"),
            Ind("产出指标", "成本指标", "修缮成本控制", ("≤", "480", "万元"), ("<=", 480, "万元"), "5", "396万元", "5"),
            Ind("效益指标", "社会效益指标", "文物安全隐患", ("定性", "有效消除", ""), Q, "20", "基本消除", "16",
                "1处尚未完工"),
            Ind("满意度指标", "服务对象满意度指标", "周边群众满意度", ("≥", "85", "%"), (">=", 85, "%"), "20", "88%", "20"),
        ], "良好", "良"),
    ]
    for project, money, goal, inds, printed, grade in evals:
        total = _fj_self_eval(doc, project, money, goal, inds, printed)
        doc.gold.self_evaluation(project, "万元", money[1], money[2], total, grade)
        doc.gold.project(project, "万元", year=money[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西 柳州


def layout_gx_lz_budget_two_forms_a_page_bond_central_sources(folder: Path, name: str) -> FileGold:
    dept = "柳州市柳南区水利局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 20)])
    projects = [
        ("中小河流治理", ("1,580.00", "380.00", "1,000.00", "200.00", "0.00"),
         "治理河道岸线，提高沿河村庄防洪能力。", [
             Ind("产出指标", "数量指标", "治理河道长度", "≥8.5公里", (">=", 8.5, "公里")),
             Ind("产出指标", "质量指标", "堤防工程质量合格率", "100%", ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "防洪标准", "达到20年一遇", (">=", 20, "年一遇")),
             Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农村饮水安全巩固提升", ("620.00", "420.00", "0.00", "200.00", "0.00"),
         "改造农村供水管网，提高农村自来水普及率。", [
             Ind("产出指标", "数量指标", "改造供水管网长度", "≥46公里", (">=", 46, "公里")),
             Ind("产出指标", "质量指标", "农村供水水质达标率", "≥95%", (">=", 95, "%")),
             Ind("效益指标", "社会效益指标", "农村自来水普及率", "≥92%", (">=", 92, "%")),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("山洪灾害防治非工程措施运维", ("86.00", "86.00", "0.00", "0.00", "0.00"),
         "保障山洪灾害监测预警设施正常运行。", [
             Ind("产出指标", "数量指标", "运维监测站点数量", "58个", ("=", 58, "个")),
             Ind("产出指标", "质量指标", "监测设备在线率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "预警信息发布时间", "≤15分钟", ("<=", 15, "分钟")),
             Ind("效益指标", "社会效益指标", "山洪灾害人员伤亡", "0人", ("=", 0, "人")),
         ]),
    ]
    _budget_front(doc, dept, year, [("一般公共预算财政拨款收入", "1,326.00"), ("专项债券", "1,000.00"),
                                    ("上级补助收入", "400.00")], [(p[0], p[1][0], p[1][1]) for p in projects])
    widths = [72, 84, 84, 84, 84, 90]
    for k, (project, money, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "主管部门"), (5, 1, dept))
        rows.add((0, 1, "资金来源"), *[(1 + j, 1, t) for j, t in enumerate(("资金总额", "财政拨款", "专项债券",
                                                                         "中央补助", "其他资金"))])
        rows.add((0, 1, "金额（万元）"), *[(1 + j, 1, t) for j, t in enumerate(money)])
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"（{year}年）"),
                       fresh_page=k % 2 == 0)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", year=money[0], fiscal=money[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 陕西 咸阳


def layout_sn_xy_dept_wide_labels_above_income_lines(folder: Path, name: str) -> FileGold:
    dept = "咸阳市秦都区市场监督管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门整体支出绩效目标表", dept, year)
    inds = [
        Ind("产出指标", "数量指标", "食品安全监督抽检批次", ("≥", "1800批次"), (">=", 1800, "批次"), "15"),
        Ind("产出指标", "数量指标", "特种设备监督检查台次", ("≥", "600台次"), (">=", 600, "台次"), "10"),
        Ind("产出指标", "质量指标", "抽检不合格产品核查处置率", ("", "100%"), ("=", 100, "%"), "10"),
        Ind("产出指标", "质量指标", "消费投诉按时办结率", ("", "90%-95%"), ("range", 90, "%", 95), "10"),
        Ind("产出指标", "时效指标", "企业开办时间", ("≤", "1个工作日"), ("<=", 1, "个工作日"), "10"),
        Ind("产出指标", "成本指标", "一般性支出压减比例", ("≥", "5%"), (">=", 5, "%"), "5"),
        Ind("效益指标", "社会效益指标", "食品安全形势", ("", "总体稳定向好"), Q, "15"),
        Ind("效益指标", "经济效益指标", "新增市场主体户数", ("＞", "3000户"), (">", 3000, "户"), "10"),
        Ind("效益指标", "可持续影响指标", "重大食品安全事故", ("＜", "1起"), ("<", 1, "起"), "5"),
        Ind("满意度指标", "服务对象满意度指标", "市场主体满意度", ("≥", "90%"), (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 3, "部门（单位）名称"), (3, 3, "主管部门"))
    rows.add((0, 3, dept), (3, 3, "咸阳市秦都区人民政府"))
    rows.add((0, 3, "联系人"), (3, 3, "联系电话"))
    rows.add((0, 3, "赵敏"), (3, 3, "029-33216688"))
    lines = (("一般公共预算财政拨款收入", "3,268.50"), ("政府性基金预算财政拨款收入", "0.00"), ("事业收入", "45.00"),
             ("合计", "3,313.50"))
    r = rows.n
    rows.put(r, 0, len(lines), 2, "部门预算收入（万元）")
    for k, (label, value) in enumerate(lines):
        rows.put(r + k, 2, 1, 2, label)
        rows.put(r + k, 4, 1, 2, value)
    rows.add((0, 2, "年度总体目标"), (2, 4, "守牢食品药品和特种设备安全底线，优化营商环境，维护消费者合法权益。"))
    r = rows.n
    rows.put(r, 0, 1, 3, "绩效指标")
    rows.put(r, 3, 1, 2, "指标值")
    rows.put(r, 5, 2, 1, "权重")
    for k, t in enumerate(("一级指标", "二级指标", "三级指标", "符号", "目标值")):
        rows.put(r + 1, k, 1, 1, t)
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                            (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [72, 96, 150, 44, 90, 48], title="部门整体支出绩效目标表",
                         editor=f"（{year}年度）", kind="dept_performance_targets"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in inds]
    return doc.save(folder)


# --------------------------------------------------------------------------- 安徽 安庆


def layout_ah_aq_list_total_year_fiscal_level3_only(folder: Path, name: str) -> FileGold:
    dept = "安庆市怀宁县自然资源和规划局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("国土空间规划编制", "560.00", "280.00", "280.00", [
            Ind(None, None, "完成村庄规划编制数量", "不少于30个", (">=", 30, "个")),
            Ind(None, None, "规划成果审查通过率", "达到100%", (">=", 100, "%")),
            Ind(None, None, "规划编制完成时间", "2024年12月底前", D),
            Ind(None, None, "规划编制服务费单价", "不超过8万元/个", ("<=", 8, "万元/个")),
            Ind(None, None, "规划实施监督水平", "显著提升", Q),
        ]),
        ("耕地保护补偿", "1,340.00", "1,340.00", "1,210.00", [
            Ind(None, None, "补偿耕地面积", "不低于38万亩", (">=", 38, "万亩")),
            Ind(None, None, "补偿资金兑付准确率", "100%", ("=", 100, "%")),
            Ind(None, None, "耕地保有量变化", "高于上级下达任务", Q),
            Ind(None, None, "耕地“非粮化”比例", "低于5%", ("<", 5, "%")),
            Ind(None, None, "农户满意度", "高于90%", (">", 90, "%")),
        ]),
        ("地质灾害防治", "260.00", "260.00", "260.00", [
            Ind(None, None, "地质灾害隐患点巡查次数", "不少于4次/年", (">=", 4, "次/年")),
            Ind(None, None, "隐患点监测覆盖率", "达到100%", (">=", 100, "%")),
            Ind(None, None, "应急调查响应时间", "2小时以内", ("<=", 2, "小时")),
            Ind(None, None, "地质灾害造成人员伤亡", "0人", ("=", 0, "人")),
            Ind(None, None, "受威胁群众满意度", "不低于90%", (">=", 90, "%")),
        ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "序号")
    rows.put(0, 1, 2, 1, "项目名称")
    rows.put(0, 2, 1, 3, "项目资金（万元）")
    for k, t in enumerate(("项目总金额", "本年预算", "其中：财政拨款")):
        rows.put(1, 2 + k, 1, 1, t)
    rows.put(0, 5, 2, 1, "三级指标")
    rows.put(0, 6, 2, 1, "指标值")
    for n, (project, total, current, fiscal, inds) in enumerate(projects, 1):
        r0 = rows.n
        for i in inds:
            rows.add((5, 1, i.name), (6, 1, i.raw))
        for col, text in ((0, str(n)), (1, project), (2, total), (3, current), (4, fiscal)):
            rows.put(r0, col, len(inds), 1, text)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", total=total, year=current, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [34, 96, 62, 62, 66, 150, 100], title=f"{year}年项目支出绩效目标表",
                         editor=f"编制单位：{dept}"), repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


BLIND27: dict[str, Builder] = {
    "heb_lf_budget_single_forms_income_source_lines": layout_heb_lf_budget_single_forms_income_source_lines,
    "hub_hs_budget_landscape_list_direction_words": layout_hub_hs_budget_landscape_list_direction_words,
    "gd_jm_town_short_forms_yuan_heads_level2_only": layout_gd_jm_town_short_forms_yuan_heads_level2_only,
    "zj_jh_accounts_project_self_evals_rate_first": layout_zj_jh_accounts_project_self_evals_rate_first,
    "js_cz_accounts_dept_self_eval_then_project_pairs": layout_js_cz_accounts_dept_self_eval_then_project_pairs,
    "hun_xt_budget_dept_wide_then_project_total_year": layout_hun_xt_budget_dept_wide_then_project_total_year,
    "sd_ta_long_forms_yuan_weights_repeated_header": layout_sd_ta_long_forms_yuan_weights_repeated_header,
    "fj_sm_landscape_self_evals_pairs_row_split_target": layout_fj_sm_landscape_self_evals_pairs_row_split_target,
    "gx_lz_budget_two_forms_a_page_bond_central_sources": layout_gx_lz_budget_two_forms_a_page_bond_central_sources,
    "sn_xy_dept_wide_labels_above_income_lines": layout_sn_xy_dept_wide_labels_above_income_lines,
    "ah_aq_list_total_year_fiscal_level3_only": layout_ah_aq_list_total_year_fiscal_level3_only,
}
SETS: dict[str, dict[str, Builder]] = {"blind27": BLIND27}


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
    """Write every layout of ``which`` ("blind27") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
