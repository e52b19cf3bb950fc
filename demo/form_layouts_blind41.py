"""BLIND41 performance forms: eleven layouts as city, district and county finance bureaus of
浙江, 江苏, 广东, 福建, 山东, 安徽, 江西, 湖南, 湖北, 广西 and 四川 print their 2024–2025
项目支出绩效目标表, 部门整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表 in
部门预算 and 部门决算 disclosures, written by an author who had read neither the form reader nor
the earlier blind sets (only the gold helpers and page composer of ``form_layouts``, the gold
conventions of BLIND9's docstring and the addendum's money rulings). The emphasis is realism:
the 财政部 templates and their common provincial variants with the small imperfections of real
PDFs (wrapped labels, blank cells, "—" and "/" in empty money cells, 0 beside 0.00, full- and
half-width brackets and colons mixed, spaced labels such as 项 目 名 称, the unit in the title
line, a column head or the cell).

zj_sx_budget_spaced_labels_pairs_title_unit  浙江 绍兴 district 部门预算: budget tables, then one
        项目支出绩效目标表 per project, spaced labels (项 目 名 称), money as label|value pairs
        (年度资金总额 | 其中：财政拨款 / 上年结转 | 其他资金) with （单位：万元） in the title line,
        上年结转 "—" in one form and 0.00 in another, grid 一级 | 二级 | 三级 | 指标值
js_nt_budget_source_heads_yuan_symbol_cols  江苏 南通 district 部门预算 in 元: a 资金来源 heads row
        (资金总额 | 一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 财政专户管理资金 | 单位资金)
        over one row of figures, "/" in empty source cells, 指标值 over 符号 | 数值 | 单位
gd_zs_dept_wide_tasks_then_project  广东 中山 部门整体支出绩效目标表 (部门预算资金 heads, 年度主要
        任务 with money, grid with 分值) and one 项目支出绩效目标表 with 资金总额 | 财政资金 | 其他资金
fj_qz_accounts_self_evals_execution_cols  福建 泉州 district 部门决算: accounts, then two
        项目支出绩效自评表 (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), 上年结转资金
        printed "/" and 其他资金 0, grades printed as words (优秀 / 良好)
sd_wf_accounts_dept_self_eval_yuan_separators  山东 潍坊 district 部门决算 in 元 with separators:
        a 部门整体支出绩效自评表 (预算数 | 执行数 per 资金来源 line) and a 项目支出绩效自评表
ah_hf_landscape_list_money_columns  安徽 合肥 county 项目支出绩效目标表 list on landscape pages:
        项目名称 | 资金总额（万元） | 财政拨款 | 上年结转 | 年度目标 | 一级 | 二级 | 三级 | 指标值,
        project cells merged over their rows, header repeated on the next page
jx_gz_two_forms_a_page_stacked_money_weights  江西 赣州 district: two short forms on one page,
        项目资金(万元) merged down over stacked rows, 分值 column, half-width brackets
hun_cs_self_eval_source_rows_deviation  湖南 长沙 county 项目支出绩效自评表 on landscape pages: money rows by
        source (年度资金总额 / 其中：财政拨款 / 其他资金) with 预算数 | 执行数 | 执行率 | 分值 | 得分,
        偏差原因分析 and 改进措施 columns, 自评等级 in the 总分 row
hub_yc_budget_labels_above_total_year  湖北 宜昌 部门预算: labels above values (项目名称 | 项目编码
        | 实施单位 over a row), money heads 项目总额 | 本年预算 | 其中：财政拨款 | 上年结转 over figures
gx_nn_pairs_unit_in_cell  广西 南宁 district: label|value money with the unit in each cell
        (120.00万元), 其中：财政拨款, 其中：上年结转 and a 绩效目标 row, grid with 指标值说明
sc_my_long_form_weighted_levels_repeated_head  四川 绵阳 district single long 项目支出绩效目标表
        over two pages, 一级 cells with their weight (产出指标（50分）), money in 元 as stacked
        rows, header repeated on the second page

Gold conventions: BLIND9's docstring, with the addendum's money rulings (fiscal = the
财政拨款 / 财政资金 figure as printed, or the single …财政拨款收入 line printed with a figure;
a printed 0.00 上年结转 is "0.00"; 达到 N reads ≥) and this set's:

- A money cell printed "—", "/", "0" (no decimals) or blank is no amount (None); only a
  printed 0.00 is zero.
- A money figure with its unit in the cell (120.00万元) is read in that unit.
- 项目总额 is ``total``, 本年预算 / 年度资金总额 the ``year``.
- 部门整体 money (its 年度主要任务 amounts included) is no project's.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import (Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _merged_levels, _Rows,
                           _spec)
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

P = "产出指标"
E = "效益指标"
S = "满意度指标"
C = "成本指标"


def _budget_front(doc: FormDoc, dept: str, year: int, lines: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支总表, the 说明 heading the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实上级决策部署，依法履行本部门各项职责。",
        "二、部门预算单位构成。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
    ])
    total = sum(Decimal(v.replace(",", "")) for _, v in lines)
    body = [plain_row([k, v, "", ""]) for k, v in lines]
    body.append(plain_row(["收 入 总 计", f"{total:,.2f}", "支 出 总 计", f"{total:,.2f}"]))
    doc.pages.table(TableSpec("收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收    入"), (0, 2, 1, 2, "支    出"), (1, 0, 1, 1, "项    目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项    目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    doc.pages.text_page("第四部分  绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}{year}年项目支出全部编制绩效目标，"
        "现将重点项目绩效目标公开如下。"])


def _levels_grid(rows: _Rows, inds: list[Ind], heads: tuple[str, ...], cells) -> None:
    rows.add(*[(k, 1, t) for k, t in enumerate(heads)])
    _grid_rows(rows, inds, 0, 1, cells)


def _add(doc: FormDoc, project: str | None, inds: list[Ind]) -> None:
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))


# ----------------------------------------------------------------------------- 浙江 绍兴


def layout_zj_sx_budget_spaced_labels_pairs_title_unit(folder: Path, name: str) -> FileGold:
    dept = "绍兴市柯桥区卫生健康局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "18,620.40"), ("事业收入", "9,300.00")])
    projects = [
        ("基层医疗机构能力提升", "柯桥区基层卫生服务中心", "420.00", "380.00", "—", "40",
         "完成12家社区卫生服务站标准化改造，提升基层首诊能力。", [
             Ind(P, "数量指标", "标准化改造服务站数量", "≥12个", (">=", 12, "个")),
             Ind(P, "质量指标", "改造项目验收合格率", "100%", ("=", 100, "%")),
             Ind(P, "时效指标", "改造完成时间", "2025年10月底前", (None, None, None)),
             Ind(E, "社会效益指标", "基层诊疗量占比", "较上年提高", Q),
             Ind(S, "服务对象满意度指标", "就诊群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("家庭医生签约服务", "柯桥区疾病预防控制中心", "265.50", "245.50", "20.00", "0",
         "推进家庭医生签约服务扩面提质，重点人群签约率稳步提高。", [
             Ind(P, "数量指标", "重点人群签约人数", "≥5.2万人", (">=", 5.2, "万人")),
             Ind(P, "质量指标", "重点人群签约覆盖率", "达到75%", (">=", 75, "%")),
             Ind(C, "经济成本指标", "人均签约服务补助", "≤40元", ("<=", 40, "元")),
             Ind(E, "社会效益指标", "慢性病规范管理率", "≥65%", (">=", 65, "%")),
             Ind(S, "服务对象满意度指标", "签约居民满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("院前急救体系运行", "柯桥区急救站", "310.00", "310.00", "0.00", "/",
         "保障院前急救网络全天候运行，缩短急救反应时间。", [
             Ind(P, "数量指标", "急救站点数", "8个", ("=", 8, "个")),
             Ind(P, "时效指标", "平均急救反应时间", "≤12分钟", ("<=", 12, "分钟")),
             Ind(P, "质量指标", "急救车辆完好率", "≥95%", (">=", 95, "%")),
             Ind(E, "社会效益指标", "群众急救需求保障水平", "有效保障", Q),
             Ind(S, "服务对象满意度指标", "患者及家属满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [70, 80, 150, 70, 125]
    for project, unit_name, year, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项 目 名 称"), (1, 4, project))
        rows.add((0, 1, "主 管 部 门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit_name))
        rows.add((0, 1, "年度资金总额"), (1, 2, year), (3, 1, "其中：财政拨款"), (4, 1, fiscal))
        rows.add((0, 1, "上年结转"), (1, 2, carried), (3, 1, "其他资金"), (4, 1, other))
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        _levels_grid(rows, inds, ("一级指标", "二级指标", "三级指标", "指标值", "备注"),
                     lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表（单位：万元）",
                             editor=f"单位名称(盖章)：{dept}"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=year, fiscal=fiscal,
                         carried=carried if carried == "0.00" or carried[0].isdigit() else None)
    return doc.save(folder)


# ----------------------------------------------------------------------------- 江苏 南通


def layout_js_nt_budget_source_heads_yuan_symbol_cols(folder: Path, name: str) -> FileGold:
    dept = "南通市崇川区城市管理局"
    doc = FormDoc(name, f"{dept}2025年度部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "32,415.60"), ("政府性基金预算拨款收入", "6,200.00")])
    projects = [
        ("城区道路桥梁养护", "3206022025000112", "5860000.00", "5860000.00", "/", "/", "/",
         "完成城区主次干道及桥梁日常养护，道路完好率保持在95%以上。", [
             Ind(P, "数量指标", "养护道路面积", ("≥", "215", "万平方米"), (">=", 215, "万平方米")),
             Ind(P, "数量指标", "桥梁定期检测座数", ("＝", "46", "座"), ("=", 46, "座")),
             Ind(P, "质量指标", "道路完好率", ("≥", "95", "%"), (">=", 95, "%")),
             Ind(P, "时效指标", "坑槽修复时限", ("≤", "24", "小时"), ("<=", 24, "小时")),
             Ind(E, "社会效益指标", "道路通行条件", ("", "持续改善", ""), Q),
             Ind(E, "可持续影响指标", "设施使用年限", ("≥", "10", "年"), (">=", 10, "年")),
             Ind(S, "服务对象满意度指标", "市民满意度", ("≥", "90", "%"), (">=", 90, "%")),
         ]),
        ("生活垃圾分类运营", "3206022025000137", "12450000.00", "/", "9800000.00", "/", "2650000.00",
         "推进生活垃圾分类全覆盖，提高资源化利用水平。", [
             Ind(P, "数量指标", "分类投放点覆盖小区数", ("≥", "380", "个"), (">=", 380, "个")),
             Ind(P, "质量指标", "分类准确率", ("≥", "80", "%"), (">=", 80, "%")),
             Ind(P, "质量指标", "回收利用率", ("＞", "38", "%"), (">", 38, "%")),
             Ind(C, "经济成本指标", "吨垃圾处理成本", ("≤", "265", "元/吨"), ("<=", 265, "元/吨")),
             Ind(E, "生态效益指标", "原生垃圾填埋量", ("", "零填埋", ""), Q),
             Ind(E, "社会效益指标", "居民分类知晓率", ("≥", "95", "%"), (">=", 95, "%")),
             Ind(S, "服务对象满意度指标", "居民满意度", ("≥", "88", "%"), (">=", 88, "%")),
         ]),
    ]
    widths = [60, 66, 110, 34, 56, 60, 119]
    for project, code, total, gpb, fund, zh, own, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 2, "项目代码"), (6, 1, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "项目类别"), (6, 1, "其他运转类"))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金来源（元）")
        heads = ("资金总额", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "财政专户管理资金", "单位资金")
        spans = ((1, 1), (2, 1), (3, 2), (5, 1), (6, 1))
        for (c, cs), h, v in zip(spans, heads, (total, gpb, fund, zh, own)):
            rows.put(r, c, 1, cs, h)
            rows.put(r + 1, c, 1, cs, v)
        rows.add((0, 1, "绩效目标"), (1, 6, goal))
        r = rows.n
        for k, t in enumerate(("一级指标", "二级指标", "三级指标")):
            rows.put(r, k, 2, 1, t)
        rows.put(r, 3, 1, 3, "指标值")
        for k, t in enumerate(("符号", "数值", "单位")):
            rows.put(r + 1, 3 + k, 1, 1, t)
        rows.put(r, 6, 2, 1, "指标解释")
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标申报表",
                             editor=f"预算单位：{dept}", unit_raw="金额单位：元"), fresh_page=True)
        _add(doc, project, inds)
        fiscal = gpb if gpb != "/" else fund
        doc.gold.project(project, "元", code=code, year=total, fiscal=fiscal)
    return doc.save(folder)


# ----------------------------------------------------------------------------- 广东 中山


def layout_gd_zs_dept_wide_tasks_then_project(folder: Path, name: str) -> FileGold:
    dept = "中山市石岐街道办事处"
    doc = FormDoc(name, f"{dept}2025年绩效目标表", dept, 2025)
    inds = [
        Ind("产出指标", "数量指标", "城市更新改造项目推进数", "≥6个", (">=", 6, "个"), "15"),
        Ind("产出指标", "数量指标", "老旧小区改造户数", "≥1800户", (">=", 1800, "户"), "15"),
        Ind("产出指标", "质量指标", "安全生产检查覆盖率", "100%", ("=", 100, "%"), "10"),
        Ind("产出指标", "时效指标", "民生实事完成时限", "2025年12月31日前", (None, None, None), "10"),
        Ind("效益指标", "社会效益指标", "辖区治安案件发案率", "同比下降", Q, "15"),
        Ind("效益指标", "经济效益指标", "辖区营商环境", "持续优化", Q, "10"),
        Ind("效益指标", "可持续影响指标", "基层治理长效机制", "健全完善", Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "辖区群众满意度", "不低于90%", (">=", 90, "%"), "15"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "年度预算\n（万元）")
    rows.put(r, 1, 1, 2, "资金总额")
    rows.put(r, 3, 1, 2, "财政拨款")
    rows.put(r, 5, 1, 1, "其他资金")
    rows.put(r + 1, 1, 1, 2, "8,965.32")
    rows.put(r + 1, 3, 1, 2, "8,540.12")
    rows.put(r + 1, 5, 1, 1, "425.20")
    tasks = [("基层党建和社区治理", "1,260.00"), ("城市更新与老旧小区改造", "3,850.00"), ("平安建设与应急管理", "920.50")]
    r = rows.n
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 1, "任务名称")
    rows.put(r, 2, 1, 3, "主要内容")
    rows.put(r, 5, 1, 1, "预算金额（万元）")
    for k, (t, v) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 1, t)
        rows.put(r + k, 2, 1, 3, "按年度工作计划组织实施")
        rows.put(r + k, 5, 1, 1, v)
    rows.add((0, 1, "年度总体目标"), (1, 5, "统筹推进城市更新、基层治理和平安建设，提升辖区公共服务水平和群众获得感。"))
    _levels_grid(rows, inds, ("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注"),
                 lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 80, 130, 100, 40, 75],
                         title="部门整体支出绩效目标表", editor=f"填报单位：{dept}", unit_raw="（2025年度）",
                         kind="department_performance_targets"), fresh_page=True)
    _add(doc, None, inds)
    project = "石岐河涌综合整治"
    pinds = [
        Ind("产出指标", "数量指标", "河涌清淤长度", "≥4.5公里", (">=", 4.5, "公里")),
        Ind("产出指标", "质量指标", "水质达标率", "≥85%", (">=", 85, "%")),
        Ind("产出指标", "时效指标", "汛前清淤完成时间", "2025年4月30日前", (None, None, None)),
        Ind("效益指标", "生态效益指标", "河涌黑臭水体", "基本消除", Q),
        Ind("效益指标", "社会效益指标", "沿岸群众生活环境", "明显改善", Q),
        Ind("满意度指标", "服务对象满意度指标", "沿岸居民满意度", "≥85%", (">=", 85, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目单位"), (4, 2, dept))
    rows.add((0, 1, "资金总额（万元）"), (1, 2, "1,380.00"), (3, 1, "其中：财政资金"), (4, 2, "1,380.00"))
    rows.add((0, 1, "其他资金（万元）"), (1, 2, "0.00"), (3, 1, "项目期限"), (4, 2, "1年"))
    rows.add((0, 1, "绩效目标"), (1, 5, "完成辖区主要河涌清淤整治，提升水环境质量。"))
    _levels_grid(rows, pinds, ("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注"),
                 lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, ""), (5, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 80, 130, 100, 40, 75], title="项目支出绩效目标表",
                         editor=f"填报单位：{dept}"), fresh_page=True)
    _add(doc, project, pinds)
    doc.gold.project(project, "万元", year="1,380.00", fiscal="1,380.00")
    return doc.save(folder)


# ----------------------------------------------------------------------------- self evaluation helper


def _rate(budget: str, executed: str) -> tuple[str, str]:
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b * 100
    score = min(Decimal(10), e / b * 10)
    return f"{rate:.2f}%", f"{score:.2f}"


def _exec_cols_self_eval(doc: FormDoc, project: str, unit_name: str, initial: str, budget: str, executed: str,
                         goal: tuple[str, str], inds: list[Ind], grade_word: str, grade: str, unit: str = "万元",
                         fiscal_row: tuple[str, str, str] | None = None,
                         widths: tuple[float, ...] = (30, 56, 62, 86, 60, 60, 36, 48, 60)) -> None:
    """The 财政部 self-evaluation: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分.
    project None: the 部门整体支出绩效自评表 of the same shape (no project of its money)."""
    dept = doc.gold.department
    rate, rate_score = _rate(budget, executed)
    fiscal_row = fiscal_row or (initial, budget, executed)
    rows = _Rows()
    if project:
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, unit_name))
    else:
        rows.add((0, 2, "部门（单位）名称"), (2, 7, dept))
    r = rows.n
    rows.put(r, 0, 4, 1, f"{'项目资金' if project else '年度预算'}\n（{unit}）")
    rows.put(r, 1, 1, 2, "")
    for k, h in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, h)
    lines = (("年度资金总额", initial, budget, executed, "10", rate, rate_score),
             ("其中：当年财政拨款", *fiscal_row, "—", "—", "—"),
             ("上年结转资金", "/", "/", "/", "—", "—", "—"),
             ("其他资金", "0", "0", "0", "—", "—", "—"))
    for k, line in enumerate(lines, 1):
        rows.put(r + k, 1, 1, 2, line[0])
        for j, v in enumerate(line[1:]):
            rows.put(r + k, 3 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, goal[0])
    rows.put(r + 1, 5, 1, 4, goal[1])
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩\n效\n指\n标")
    for k, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                           "偏差原因分析及改进措施")):
        rows.put(r, 1 + k, 1, 1, h)
    rows.n = r + 1
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    total = Decimal(rate_score) + sum(Decimal(i.score) for i in inds)
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 6, "自评等级"), (6, 3, grade_word))
    title = "项目支出绩效自评表" if project else "部门整体支出绩效自评表"
    doc.pages.grid(_spec(rows.cells, rows.n, list(widths), title=title,
                         editor=f"（{doc.gold.fiscal_year}年度）", unit_raw=f"单位：{unit}",
                         kind="performance_self_evaluation"), fresh_page=True)
    _add(doc, project, inds)
    doc.gold.self_evaluation(project, unit, budget, executed, float(total), grade)
    if project:
        doc.gold.project(project, unit, year=budget, fiscal=fiscal_row[1])


# ----------------------------------------------------------------------------- 福建 泉州


def layout_fj_qz_accounts_self_evals_execution_cols(folder: Path, name: str) -> FileGold:
    dept = "泉州市丰泽区农业农村局"
    doc = FormDoc(name, f"{dept}2024年度部门决算", dept, 2024)
    _accounts_front(doc, dept, 2024, [("财政拨款收入", "6,842.15"), ("其他收入", "35.60")],
                    [("农林水支出", "6,520.40"), ("社会保障和就业支出", "357.35")])
    _exec_cols_self_eval(
        doc, "高标准农田建设", "丰泽区农田建设服务中心", "600.00", "640.00", "612.80",
        ("新建高标准农田3000亩，配套灌排设施。", "建成高标准农田3120亩，灌排设施全部配套。"), [
            Ind("产出指标", "数量指标", "新建高标准农田面积", "≥3000亩", (">=", 3000, "亩"), "20", "3120亩", "20"),
            Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "项目完工时间", "2024年11月底前", (None, None, None), "10", "2024年11月20日", "10"),
            Ind("产出指标", "成本指标", "亩均建设成本", "≤2000元", ("<=", 2000, "元"), "10", "1963元", "10"),
            Ind("效益指标", "经济效益指标", "项目区粮食亩产提高", "≥50公斤", (">=", 50, "公斤"), "15", "46公斤", "12",
                "部分地块当年受台风影响，下年跟踪监测"),
            Ind("效益指标", "可持续影响指标", "工程设施管护机制", "建立健全", Q, "10", "已建立", "10"),
            Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
        ], "优秀", "优")
    _exec_cols_self_eval(
        doc, "动物疫病防控", "丰泽区动物疫病预防控制中心", "185.00", "185.00", "166.20",
        ("完成重大动物疫病强制免疫，免疫密度保持在90%以上。", "免疫密度达到92%，未发生区域性重大动物疫情。"), [
            Ind("产出指标", "数量指标", "强制免疫畜禽数量", "≥45万头只", (">=", 45, "万头只"), "20", "47.3万头只", "20"),
            Ind("产出指标", "质量指标", "免疫抗体合格率", "≥70%", (">=", 70, "%"), "15", "76%", "15"),
            Ind("产出指标", "时效指标", "春秋防集中免疫完成时限", "≤30天", ("<=", 30, "天"), "10", "28天", "10"),
            Ind("效益指标", "社会效益指标", "区域性重大动物疫情", "不发生", Q, "20", "未发生", "20"),
            Ind("效益指标", "可持续影响指标", "基层防疫队伍稳定性", "保持稳定", Q, "10", "基本稳定", "7",
                "村级防疫员流动较大，拟提高补助标准"),
            Ind("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%", (">=", 85, "%"), "15", "84%", "13",
                "宣传培训不足"),
        ], "良好", "良")
    return doc.save(folder)


# ----------------------------------------------------------------------------- 山东 潍坊


def layout_sd_wf_accounts_dept_self_eval_yuan_separators(folder: Path, name: str) -> FileGold:
    dept = "潍坊市奎文区教育和体育局"
    doc = FormDoc(name, f"{dept}2024年度部门决算", dept, 2024)
    _accounts_front(doc, dept, 2024, [("财政拨款收入", "48,215.36"), ("事业收入", "1,260.00")],
                    [("教育支出", "47,980.12"), ("文化旅游体育与传媒支出", "1,495.24")])
    wide = (26, 50, 54, 78, 76, 76, 36, 48, 56)
    _exec_cols_self_eval(
        doc, None, "", "462,850,000.00", "481,536,200.00", "476,903,418.60",
        ("保障全区中小学校正常运转，推进义务教育优质均衡发展。", "全区学校运转正常，义务教育巩固率100%。"), [
            Ind("产出指标", "数量指标", "保障在校学生人数", "≥6.8万人", (">=", 6.8, "万人"), "15", "6.92万人", "15"),
            Ind("产出指标", "数量指标", "新改扩建学校数", "3所", ("=", 3, "所"), "10", "3所", "10"),
            Ind("产出指标", "质量指标", "义务教育巩固率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "生均公用经费拨付及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
            Ind("效益指标", "社会效益指标", "适龄儿童入学率", "达到100%", (">=", 100, "%"), "15", "100%", "15"),
            Ind("效益指标", "可持续影响指标", "教育资源配置", "持续优化", Q, "10", "持续优化", "9",
                "城区学位仍偏紧，加快新校建设"),
            Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥92%", (">=", 92, "%"), "15", "94.6%", "15"),
        ], "优", "优", unit="元", widths=wide)
    _exec_cols_self_eval(
        doc, "学前教育普惠性补助", "奎文区教育和体育局", "18,600,000.00", "19,250,000.00", "18,874,560.00",
        ("落实普惠性幼儿园生均补助，普惠性幼儿园覆盖率达到90%。", "补助幼儿园86所，覆盖率91.2%。"), [
            Ind("产出指标", "数量指标", "补助普惠性幼儿园数", "≥85所", (">=", 85, "所"), "20", "86所", "20"),
            Ind("产出指标", "质量指标", "普惠性幼儿园覆盖率", "≥90%", (">=", 90, "%"), "15", "91.2%", "15"),
            Ind("产出指标", "时效指标", "补助资金拨付时间", "2024年9月底前", (None, None, None), "10", "2024年9月25日", "10"),
            Ind("产出指标", "成本指标", "生均补助标准", "≤1200元", ("<=", 1200, "元"), "10", "1200元", "10"),
            Ind("效益指标", "社会效益指标", "家庭学前教育负担", "有效减轻", Q, "15", "有效减轻", "15"),
            Ind("效益指标", "可持续影响指标", "普惠性学前教育体系", "逐步健全", Q, "10", "逐步健全", "10"),
            Ind("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", (">=", 90, "%"), "10", "88.5%", "8",
                "部分园所办园条件有待改善"),
        ], "良", "良", unit="元", widths=wide,
        fiscal_row=("18,600,000.00", "18,650,000.00", "18,274,560.00"))
    return doc.save(folder)


# ----------------------------------------------------------------------------- 安徽 合肥


def layout_ah_hf_landscape_list_money_columns(folder: Path, name: str) -> FileGold:
    dept = "肥西县水务局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("农村饮水安全工程维修养护", "326.00", "326.00", "—", "完成农村供水工程维修养护，保障农村供水安全。", [
            Ind(P, "数量指标", "维修养护供水工程处数", "≥42处", (">=", 42, "处")),
            Ind(P, "质量指标", "农村供水水质达标率", "≥95%", (">=", 95, "%")),
            Ind(E, "社会效益指标", "农村自来水普及率", "≥99%", (">=", 99, "%")),
            Ind(S, "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("小型水库除险加固", "1,180.00", "980.00", "200.00", "完成6座小型水库除险加固，消除安全隐患。", [
            Ind(P, "数量指标", "除险加固水库座数", "6座", ("=", 6, "座")),
            Ind(P, "时效指标", "主汛期前完成主体工程", "2025年5月31日前", (None, None, None)),
            Ind(E, "社会效益指标", "水库安全度汛", "安全度汛", Q),
            Ind(S, "服务对象满意度指标", "库区群众满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("河湖长制工作经费", "85.00", "85.00", "0.00", "落实河湖长巡河制度，河湖面貌持续改善。", [
            Ind(P, "数量指标", "县级河湖巡查次数", "≥24次", (">=", 24, "次")),
            Ind(P, "质量指标", "河湖问题整改销号率", "≥95%", (">=", 95, "%")),
            Ind(E, "生态效益指标", "县域河湖水质", "稳定向好", Q),
            Ind(S, "服务对象满意度指标", "沿河群众满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("水土保持综合治理", "460.50", "420.50", "40.00", "治理水土流失面积8平方公里。", [
            Ind(P, "数量指标", "治理水土流失面积", "≥8平方公里", (">=", 8, "平方公里")),
            Ind(P, "成本指标", "单位面积治理成本", "≤55万元/平方公里", ("<=", 55, "万元/平方公里")),
            Ind(E, "生态效益指标", "林草覆盖率提高", "≥2个百分点", (">=", 2, "个百分点")),
            Ind(S, "服务对象满意度指标", "项目区群众满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("防汛抗旱物资储备", "72.80", "72.80", "—", "补充防汛抗旱物资储备，满足抢险救灾需要。", [
            Ind(P, "数量指标", "新增储备编织袋", "≥5万条", (">=", 5, "万条")),
            Ind(P, "质量指标", "储备物资完好率", "≥98%", (">=", 98, "%")),
            Ind(E, "社会效益指标", "防汛物资保障能力", "明显增强", Q),
            Ind(S, "服务对象满意度指标", "基层防汛单位满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "项目名称")
    rows.put(0, 1, 1, 3, "项目资金（万元）")
    for k, t in enumerate(("资金总额", "财政拨款", "上年结转")):
        rows.put(1, 1 + k, 1, 1, t)
    for k, t in enumerate(("年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")):
        rows.put(0, 4 + k, 2, 1, t)
    for project, total, fiscal, carried, goal, inds in projects:
        r0 = rows.n
        n = len(inds)
        for c, t in ((0, project), (1, total), (2, fiscal), (3, carried), (4, goal)):
            rows.put(r0, c, n, 1, t)
        for k, ind in enumerate(inds):
            rows.put(r0 + k, 7, 1, 1, ind.name)
            rows.put(r0 + k, 8, 1, 1, ind.raw)
        _merged_levels(rows, r0, inds, 5, 6)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=total, fiscal=fiscal,
                         carried=None if carried == "—" else carried)
    doc.pages.grid(_spec(rows.cells, rows.n, [92, 62, 62, 58, 150, 62, 80, 120, 90], title="2025年项目支出绩效目标表",
                         editor=f"部门名称：{dept}", landscape=True), fresh_page=True, repeat=(0, 2))
    return doc.save(folder)


# ----------------------------------------------------------------------------- 江西 赣州


def layout_jx_gz_two_forms_a_page_stacked_money_weights(folder: Path, name: str) -> FileGold:
    dept = "赣州市章贡区人力资源和社会保障局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标", dept, 2025)
    projects = [
        ("就业创业服务补贴", "260.00", "260.00", "", "开展职业技能培训和创业服务，促进重点群体就业。", [
            Ind(P, "数量指标", "职业技能培训人数", ">=2000人次", (">=", 2000, "人次"), "25"),
            Ind(P, "质量指标", "培训合格率", ">=85%", (">=", 85, "%"), "20"),
            Ind(P, "时效指标", "补贴发放时限", "<=30个工作日", ("<=", 30, "个工作日"), "15"),
            Ind(E, "社会效益指标", "城镇新增就业人数", ">=4500人", (">=", 4500, "人"), "20"),
            Ind(E, "可持续影响指标", "就业服务体系", "不断完善", Q, "10"),
            Ind(S, "服务对象满意度指标", "培训对象满意度", ">=90%", (">=", 90, "%"), "10"),
        ]),
        ("劳动保障监察执法", "48.60", "42.60", "6.00", "开展根治欠薪专项行动，维护劳动者合法权益。", [
            Ind(P, "数量指标", "劳动保障监察检查用人单位数", ">=600户", (">=", 600, "户"), "25"),
            Ind(P, "质量指标", "欠薪案件结案率", ">=96%", (">=", 96, "%"), "20"),
            Ind(P, "时效指标", "投诉举报案件处理时限", "<=60日", ("<=", 60, "日"), "15"),
            Ind(E, "社会效益指标", "因欠薪引发的群体性事件", "0起", ("=", 0, "起"), "20"),
            Ind(E, "可持续影响指标", "劳动关系和谐程度", "稳步提升", Q, "10"),
            Ind(S, "服务对象满意度指标", "投诉人满意度", ">=85%", (">=", 85, "%"), "10"),
        ]),
    ]
    for i, (project, year, fiscal, carried, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 4, project))
        rows.add((0, 2, "主管部门及代码"), (2, 4, f"{dept}(413)"))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金\n(万元)")
        for k, (label, value) in enumerate((("年度资金总额:", year), ("其中:财政拨款", fiscal),
                                            ("上年结转", carried), ("其他资金", "0"))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 3, value)
        rows.add((0, 2, "年度绩效目标"), (2, 4, goal))
        _levels_grid(rows, inds, ("一级指标", "二级指标", "三级指标", "指标值", "分值", "指标说明"),
                     lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [56, 70, 140, 80, 36, 113],
                             title="项目支出绩效目标表" if i == 0 else "", editor=f"编报单位(盖章):{dept}"),
                       fresh_page=(i == 0), gap=24)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=year, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# ----------------------------------------------------------------------------- 湖南 长沙


def layout_hun_cs_self_eval_source_rows_deviation(folder: Path, name: str) -> FileGold:
    dept = "长沙县农业农村局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    evals = [
        ("耕地地力保护补贴", "长沙县农村经营服务站", ("5,820.00", "5,820.00"), ("5,804.36", "5,804.36"), ("0", "0"), [
            Ind(P, "数量指标", "补贴耕地面积", "≥78万亩", (">=", 78, "万亩"), "20", "78.6万亩", "20"),
            Ind(P, "质量指标", "补贴资金兑付准确率", "100%", ("=", 100, "%"), "20", "100%", "20"),
            Ind(P, "时效指标", "补贴资金兑付时间", "2024年6月30日前", (None, None, None), "10", "2024年6月18日", "10"),
            Ind(E, "社会效益指标", "耕地地力保护意识", "明显增强", Q, "20", "明显增强", "18", "宣传覆盖不够全面", "加强政策宣传"),
            Ind(S, "服务对象满意度指标", "种粮农户满意度", "≥90%", (">=", 90, "%"), "20", "95%", "20"),
        ], "优"),
        ("农村人居环境整治", "长沙县农村人居环境整治中心", ("1,350.00", "1,100.00"), ("1,196.40", "980.40"), ("250.00", "216.00"), [
            Ind(P, "数量指标", "改造农村户厕数", "≥2500户", (">=", 2500, "户"), "20", "2380户", "17", "部分农户意愿不足", "加强入户动员"),
            Ind(P, "质量指标", "改厕验收合格率", "≥95%", (">=", 95, "%"), "20", "96.5%", "20"),
            Ind(P, "成本指标", "户均改厕补助", "≤1500元", ("<=", 1500, "元"), "10", "1500元", "10"),
            Ind(E, "生态效益指标", "农村生活污水治理率", "≥60%", (">=", 60, "%"), "20", "58%", "17", "管网建设滞后", "加快管网配套"),
            Ind(S, "服务对象满意度指标", "农户满意度", "≥85%", (">=", 85, "%"), "20", "88%", "20"),
        ], "良"),
    ]
    # each row's 改进措施 rides in Ind.period (this form prints no 实施周期 value)
    for project, unit_name, budget, executed, other, inds, grade in evals:
        rate, rate_score = _rate(budget[0], executed[0])
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 8, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 3, unit_name))
        rows.add((0, 2, "资金来源"), (2, 2, "预算数（万元）"), (4, 2, "执行数（万元）"), (6, 2, "执行率"),
                 (8, 1, "分值"), (9, 1, "得分"))
        rows.add((0, 2, "年度资金总额"), (2, 2, budget[0]), (4, 2, executed[0]), (6, 2, rate), (8, 1, "10"),
                 (9, 1, rate_score))
        rows.add((0, 2, "其中：财政拨款"), (2, 2, budget[1]), (4, 2, executed[1]), (6, 2, ""), (8, 1, ""), (9, 1, ""))
        rows.add((0, 2, "其他资金"), (2, 2, other[0]), (4, 2, other[1]), (6, 2, ""), (8, 1, ""), (9, 1, ""))
        _levels_grid(rows, inds, ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                  "偏差原因分析", "改进措施", "备注"),
                     lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight), (6, 1, i.score),
                                (7, 1, i.note), (8, 1, i.period or ""), (9, 1, "")])
        total = Decimal(rate_score) + sum(Decimal(i.score) for i in inds)
        rows.add((0, 5, "总  分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, "自评等级"), (8, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [60, 70, 90, 100, 80, 40, 40, 100, 80, 62],
                             title="项目支出绩效自评表", editor="（2024年度）", unit_raw="",
                             kind="performance_self_evaluation", landscape=True), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "万元", budget[0], executed[0], float(total), grade)
        doc.gold.project(project, "万元", year=budget[0], fiscal=budget[1])
    return doc.save(folder)


# ----------------------------------------------------------------------------- 湖北 宜昌


def layout_hub_yc_budget_labels_above_total_year(folder: Path, name: str) -> FileGold:
    dept = "宜昌市夷陵区文化和旅游局"
    doc = FormDoc(name, f"{dept}2025年部门预算公开", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "4,286.75"), ("其他收入", "120.00")])
    projects = [
        ("公共文化服务体系建设（2024-2026年）", "420506250031", "夷陵区文化馆", "2,400.00", "800.00", "650.00",
         "150.00", "/", "完善区、镇、村三级公共文化设施网络，开展文化惠民活动。", [
             Ind("产出指标", "数量指标", "送戏下乡场次", "不少于120场", (">=", 120, "场")),
             Ind("产出指标", "数量指标", "村级综合性文化服务中心提档升级", "不少于20个", (">=", 20, "个")),
             Ind("产出指标", "质量指标", "文化设施免费开放率", "达到100%", (">=", 100, "%")),
             Ind("产出指标", "时效指标", "年度活动计划完成率", "100%", ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "群众参与文化活动人次", "不少于30万人次", (">=", 30, "万人次")),
             Ind("效益指标", "可持续影响指标", "公共文化服务长效运行", "长期", Q),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", "不低于90%", (">=", 90, "%")),
         ]),
        ("A级旅游景区安全监管", "420506250047", "夷陵区文化市场综合执法大队", "", "95.00", "95.00",
         "—", "/", "加强旅游景区和文化市场安全监管，杜绝重大安全事故。", [
             Ind("产出指标", "数量指标", "景区安全检查次数", "不少于48次", (">=", 48, "次")),
             Ind("产出指标", "质量指标", "安全隐患整改率", "达到100%", (">=", 100, "%")),
             Ind("产出指标", "时效指标", "节假日前检查完成时间", "2025年9月底前", (None, None, None)),
             Ind("成本指标", "经济成本指标", "单次检查成本", "不超过0.5万元", ("<=", 0.5, "万元")),
             Ind("效益指标", "社会效益指标", "重大安全责任事故", "不发生", Q),
             Ind("效益指标", "经济效益指标", "景区接待游客人次", "同比增长", Q),
             Ind("满意度指标", "服务对象满意度指标", "游客满意度", "不低于88%", (">=", 88, "%")),
         ]),
    ]
    widths = [70, 80, 70, 70, 70, 70, 65]
    for project, code, unit_name, total, year, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 3, "项目名称"), (3, 2, "项目编码"), (5, 2, "实施单位"))
        rows.add((0, 3, project), (3, 2, code), (5, 2, unit_name))
        rows.add((0, 2, "项目总额（万元）"), (2, 1, "本年预算"), (3, 1, "其中：财政拨款"), (4, 1, "上年结转"),
                 (5, 1, "其他资金"), (6, 1, "项目类型"))
        rows.add((0, 2, total), (2, 1, year), (3, 1, fiscal), (4, 1, carried), (5, 1, other),
                 (6, 1, "延续性项目" if total else "经常性项目"))
        rows.add((0, 2, "年度绩效目标"), (2, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (5, 2, "目标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 3, i.name), (5, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"编制单位：{dept}", unit_raw="金额单位：万元"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", code=code, total=total or None, year=year, fiscal=fiscal,
                         carried=None if carried == "—" else carried)
    return doc.save(folder)


# ----------------------------------------------------------------------------- 广西 南宁


def layout_gx_nn_pairs_unit_in_cell(folder: Path, name: str) -> FileGold:
    dept = "南宁市青秀区市场监督管理局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("食品安全抽检监测", "120.00万元", "100.00万元", "20.00万元", "120.00", "100.00", "20.00",
         "完成年度食品安全抽检任务，及时发现和处置风险隐患。", [
             Ind(P, "数量指标", "食品安全抽检批次", "≥2400批次", (">=", 2400, "批次"), note="按千人4批次计"),
             Ind(P, "质量指标", "不合格食品核查处置率", "100%", ("=", 100, "%"), note="核查处置数/不合格数"),
             Ind(P, "时效指标", "抽检结果公布时限", "≤20个工作日", ("<=", 20, "个工作日")),
             Ind(C, "经济成本指标", "每批次抽检成本", "≤500元", ("<=", 500, "元")),
             Ind(E, "社会效益指标", "食品安全事故", "不发生较大以上事故", Q),
             Ind(E, "可持续影响指标", "食品安全风险防控能力", "持续提升", Q),
             Ind(S, "服务对象满意度指标", "群众食品安全满意度", "≥80%", (">=", 80, "%"), note="第三方测评"),
         ]),
        ("特种设备安全监察", "68.50万元", "68.50万元", "—", "68.50", "68.50", None,
         "开展特种设备定期检验和隐患排查，防范特种设备安全事故。", [
             Ind(P, "数量指标", "特种设备监督检查台次", "≥1500台次", (">=", 1500, "台次")),
             Ind(P, "质量指标", "特种设备定期检验率", "≥98%", (">=", 98, "%")),
             Ind(P, "质量指标", "隐患整改闭环率", "100%", ("=", 100, "%")),
             Ind(P, "时效指标", "隐患整改期限", "≤15日", ("<=", 15, "日")),
             Ind(E, "社会效益指标", "特种设备万台死亡率", "≤0.1", ("<=", 0.1, None)),
             Ind(E, "可持续影响指标", "企业安全主体责任落实", "进一步压实", Q),
             Ind(S, "服务对象满意度指标", "使用单位满意度", "≥85%", (">=", 85, "%")),
         ]),
    ]
    for project, year_p, fiscal_p, carried_p, year, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, dept))
        rows.add((0, 1, "年度资金总额"), (1, 2, year_p), (3, 1, "其中：财政拨款"), (4, 1, fiscal_p))
        rows.add((0, 1, "其中：上年结转"), (1, 2, carried_p), (3, 1, "其中：其他资金"), (4, 1, ""))
        rows.add((0, 1, "绩效目标"), (1, 4, goal))
        _levels_grid(rows, inds, ("一级指标", "二级指标", "三级指标", "指标值", "指标值说明"),
                     lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 90, 130, 90, 105], title="2025年度项目支出绩效目标表",
                             editor=f"单位：{dept}"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# ----------------------------------------------------------------------------- 四川 绵阳


def layout_sc_my_long_form_weighted_levels_repeated_head(folder: Path, name: str) -> FileGold:
    dept = "绵阳市涪城区住房和城乡建设局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    project = "城镇老旧小区改造"
    o, e, s = "产出指标（50分）", "效益指标（30分）", "满意度指标（10分）"
    c = "成本指标（10分）"
    basis = "依据上级主管部门下达的年度改造计划及相关实施方案确定，数据来源于项目台账和竣工验收资料。"
    inds = [
        Ind(o, "数量指标", "改造老旧小区个数", "≥32个", (">=", 32, "个"), "10", note=basis),
        Ind(o, "数量指标", "惠及居民户数", "≥4100户", (">=", 4100, "户"), "10", note=basis),
        Ind(o, "数量指标", "改造雨污管网长度", "≥18公里", (">=", 18, "公里"), "5", note=basis),
        Ind(o, "数量指标", "新增停车位", "≥600个", (">=", 600, "个"), "5", note=basis),
        Ind(o, "质量指标", "工程竣工验收合格率", "100%", ("=", 100, "%"), "10", note=basis),
        Ind(o, "时效指标", "开工时间", "2025年6月底前", (None, None, None), "5", note=basis),
        Ind(o, "时效指标", "年度改造任务完成率", "≥95%", (">=", 95, "%"), "5", note=basis),
        Ind(c, "经济成本指标", "户均改造成本", "≤1.2万元", ("<=", 1.2, "万元"), "10", note=basis),
        Ind(e, "社会效益指标", "小区居住环境", "明显改善", Q, "10", note=basis),
        Ind(e, "社会效益指标", "小区安全隐患", "有效消除", Q, "5", note=basis),
        Ind(e, "经济效益指标", "带动社会资本投入", "≥800万元", (">=", 800, "万元"), "5", note=basis),
        Ind(e, "可持续影响指标", "长效管理机制建立率", "≥90%", (">=", 90, "%"), "10", note=basis),
        Ind(s, "服务对象满意度指标", "改造小区居民满意度", "≥90%", (">=", 90, "%"), "10", note=basis),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 1, "51070325Y000018"))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 1, "涪城区城市更新服务中心"))
    r = rows.n
    rows.put(r, 0, 4, 1, "项目资金\n（元）")
    for k, (label, value) in enumerate((("年度资金总额", "48,760,000.00"), ("其中：财政拨款", "36,500,000.00"),
                                        ("上年结转", "12,260,000.00"), ("其他资金", ""))):
        rows.put(r + k, 1, 1, 2, label)
        rows.put(r + k, 3, 1, 3, value)
    rows.add((0, 1, "立项依据"), (1, 5, "《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》及省、市年度"
                                         "城镇老旧小区改造计划。"))
    rows.add((0, 1, "年度绩效目标"), (1, 5, "完成32个城镇老旧小区改造，惠及居民4100户以上，改善居住条件，"
                                           "补齐小区基础设施短板，建立长效管理机制。"))
    head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "分值",
                                                       "指标值设定依据及数据来源"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, i.note)])
    doc.pages.grid(_spec(rows.cells, rows.n, [72, 70, 110, 80, 36, 127], title="项目支出绩效目标表",
                         editor=f"填报单位（盖章）：{dept}", unit_raw="单位：元"), fresh_page=True, repeat=(head, 1))
    _add(doc, project, inds)
    doc.gold.project(project, "元", code="51070325Y000018", year="48,760,000.00", fiscal="36,500,000.00",
                     carried="12,260,000.00")
    return doc.save(folder)


BLIND41: dict[str, Builder] = {
    "zj_sx_budget_spaced_labels_pairs_title_unit": layout_zj_sx_budget_spaced_labels_pairs_title_unit,
    "js_nt_budget_source_heads_yuan_symbol_cols": layout_js_nt_budget_source_heads_yuan_symbol_cols,
    "gd_zs_dept_wide_tasks_then_project": layout_gd_zs_dept_wide_tasks_then_project,
    "fj_qz_accounts_self_evals_execution_cols": layout_fj_qz_accounts_self_evals_execution_cols,
    "sd_wf_accounts_dept_self_eval_yuan_separators": layout_sd_wf_accounts_dept_self_eval_yuan_separators,
    "ah_hf_landscape_list_money_columns": layout_ah_hf_landscape_list_money_columns,
    "jx_gz_two_forms_a_page_stacked_money_weights": layout_jx_gz_two_forms_a_page_stacked_money_weights,
    "hun_cs_self_eval_source_rows_deviation": layout_hun_cs_self_eval_source_rows_deviation,
    "hub_yc_budget_labels_above_total_year": layout_hub_yc_budget_labels_above_total_year,
    "gx_nn_pairs_unit_in_cell": layout_gx_nn_pairs_unit_in_cell,
    "sc_my_long_form_weighted_levels_repeated_head": layout_sc_my_long_form_weighted_levels_repeated_head,
}
SETS: dict[str, dict[str, Builder]] = {"blind41": BLIND41}


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
    """Write every layout of ``which`` ("blind41") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
