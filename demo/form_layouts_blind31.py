"""BLIND31 performance forms: eleven layouts of ten provinces (黑龙江, 吉林, 辽宁, 天津, 河北,
山西, 江西, 甘肃, 重庆, 贵州), most of them inside long 部门决算 / 部门预算 reports: project and
部门整体 self-evaluations several to a page and over page breaks, money in 元 with thousands
separators (1,234,567.00), column-number rows (栏次 1 2 3 …) under the headers. Written by an
author who had read neither the form reader nor the earlier blind sets' modules (only the gold
helpers and page composer of ``form_layouts``, the gold conventions of BLIND9's docstring and the
briefs). Each layout writes one PDF and its gold in the format of ``form_layouts.write_set``; the
gold is written by hand with ``form_layouts._gold_ind``, never by the normalizers.

hlj_hrb_nangang_accounts_dept_then_projects_colnums  黑龙江 哈尔滨 district 部门决算: accounts
        tables, then a 部门整体支出绩效自评表 and two 项目支出绩效自评表 running down the pages
        (several a page, cut by page breaks); money block in 元 (年初预算数 | 全年预算数 | 全年执行数
        | 分值 | 执行率 | 得分) with a 栏次 row of column numbers, the grid with its own number row
jl_cc_chaoyang_accounts_self_eval_pairs_zero_carried  吉林 长春 district 部门决算: three project
        self-evaluations flowing down the pages, money as label | value pairs in 元 three to a row
        (年初预算数（元） | … ), 上年结转（元） 0.00 printed, 一级 cells with their weight, grades 优秀 / 良好
ln_sy_heping_accounts_self_eval_source_grid_long  辽宁 沈阳 district 部门决算 (landscape forms):
        project self-evaluations whose money is a 资金来源 grid (合计 / 财政拨款 over its 其中：
        一般公共预算财政拨款收入 / 其中：政府性基金预算财政拨款收入 lines / 上级补助收入 / 其他收入 ×
        年初预算数 | 全年预算数 | 全年执行数, 元; the second form without the 财政拨款 line),
        a long grid over a page break with its header repeated
tj_bc_budget_targets_yuan_heads_colnums  天津 北辰区 部门预算: budget tables, then one
        项目支出绩效目标表 a page; 项目资金（元） merged over 资金总额 | 年度资金 | 其中：财政拨款 |
        其中：其他资金 | 上年结转, a column-number row (1 | 2 | 3 | 4 | 5), amounts with separators
heb_bd_lianchi_budget_dept_wide_stacked_money  河北 保定 district 部门预算: a 部门整体支出绩效目标表
        (部门预算资金（元） heads 合计 | 财政拨款 | 其他资金, 年度主要任务), then two project forms whose
        money is stacked rows under a merged 项目资金（元） cell; split target 指标性质 | 指标值 | 计量单位
sx_ty_xiaodian_budget_landscape_list_colnums  山西 太原 district 部门预算: a landscape list 序号 |
        项目名称 | 项目资金（元） over 合计 | 财政拨款 | 其他资金 | 年度绩效目标 | levels | 指标值, a
        column-number row, header and numbers repeated on each page, project cells merged (the
        last project's cut by the page break, its last indicator alone on the next page)
jx_jj_xunyang_self_evals_yuan_in_cell  江西 九江 district standalone 项目支出绩效自评表 (two a page):
        amounts printed with 元 in the cell (3,200,000.00元), prose targets (不低于 / 达到 / 控制在)
sx_dt_accounts_self_eval_adjusted_reason_split  山西 大同 district 部门决算: two project
        self-evaluations a page, money rows 年度资金总额 / 其中：财政资金 / 其他资金 under 年初预算数 |
        调整预算数 (a negative adjustment printed) | 全年预算数 | 全年执行数 | 执行率 | 得分 in 元, 偏差
        split into 偏差原因 | 改进措施, 评价等级 in the last row
gs_tw_qinzhou_targets_labels_above_wan_title_unit  甘肃 天水 district: project target forms with
        labels above their values (项目名称 | 主管部门 | 实施单位 over the values; 资金总额 | 年度资金 |
        其中：财政拨款 | 其中：其他资金 over the amounts), unit 万元 in the caption line, two forms a page
cq_ddk_accounts_dept_self_eval_sources_central  重庆 大渡口区 部门决算: a 部门整体支出绩效自评表
        (资金 rows 年度资金总额 / 财政拨款 / 其他资金 in 元 with a 栏次 row) and a project
        self-evaluation whose money rows are 年度资金总额 / 财政拨款 / 其中：中央补助 (inside the
        财政拨款) / 其他资金
gz_zy_huichuan_budget_source_list_two_a_page  贵州 遵义 district 部门预算: project target forms two
        a page; money as a 资金来源 | 金额（元） list (一般公共预算财政拨款收入 /
        政府性基金预算财政拨款收入 / 事业收入 / 上年结转 / 合计; one project funded by the
        政府性基金 line alone), grid with 权重 and a number row

Gold conventions: BLIND9's docstring and the addendum's money rulings, with this set's rulings:

- A column-number row (栏次 / 1 | 2 | 3 …) is neither an amount nor an indicator.
- fiscal = the 财政拨款 / 财政资金 figure as printed (a 财政拨款 line over its 其中：…财政拨款收入
  lines is read, not its parts added again); where only source lines are printed, the sum of
  the lines named …财政拨款收入 — in this set one line a project is filled, so the sum is a printed
  figure (上级补助收入, 事业收入, 中央补助, 其他 never fiscal). A self-evaluation's fiscal is the
  fiscal line's 全年预算数.
- A printed 0.00 上年结转 is carried "0.00"; a blank 上年结转 is none.
- An amount printed with 元 in its cell ("3,200,000.00元") reads as the figure in 元.
- 调整预算数 is not read; 全年预算数 is the budget.
- 达到 N reads ">="; 控制在 N 以内 reads "<=".
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


# --------------------------------------------------------------------------- helpers


def _d(text: str) -> Decimal:
    return Decimal(text.replace(",", "").replace("元", ""))


def _rate(budget: str, executed: str) -> tuple[str, Decimal]:
    """执行率 as printed and its score (10 points at most, two decimals)."""
    ratio = _d(executed) / _d(budget)
    score = min(Decimal(10), (ratio * 10).quantize(Decimal("0.01")))
    return f"{(ratio * 100).quantize(Decimal('0.01'))}%", score


def _total(inds: list[Ind], rate_score: Decimal) -> float:
    return round(float(rate_score + sum(Decimal(i.score) for i in inds)), 2)


def _cell(ind: Ind, key: str) -> str:
    if key == "name":
        return ind.name
    if key == "target":
        return ind.raw
    if key in ("cmp", "val", "unit"):
        return ind.target[("cmp", "val", "unit").index(key)]
    return getattr(ind, key) or ""


def _grid(rows: _Rows, inds: list[Ind], keys: list[str], start: int = 0) -> None:
    """Indicator rows, one column per key from column ``start`` (l1 / l2 merged down)."""
    pos = {k: start + n for n, k in enumerate(keys)}
    _grid_rows(rows, inds, pos.get("l1"), pos.get("l2"),
               lambda i: [(pos[k], 1, _cell(i, k)) for k in keys if k not in ("l1", "l2")])


def _budget_front(doc: FormDoc, dept: str, year: int, lines: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支预算总表 (万元), the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、部门职责。{dept}负责贯彻落实上级决策部署，统筹推进本行业领域各项工作。",
        "二、机构设置。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
        f"三、{year}年重点工作。围绕全年目标任务，保障重点项目实施，提升财政资金使用效益。",
    ])
    total = sum(_d(v) for _, v in lines)
    body = [plain_row([a, v, "", ""]) for a, v in lines]
    body.append(plain_row(["收入总计", f"{total:,.2f}", "支出总计", f"{total:,.2f}"]))
    doc.pages.table(TableSpec("收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    doc.pages.table(TableSpec("一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [90, 200, 90, 90],
                              [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "基本支出"),
                               (0, 3, 1, 1, "项目支出")], 1,
                              [plain_row(["201", "一般公共服务支出", "312.40", "85.00"]),
                               plain_row(["208", "社会保障和就业支出", "96.18", ""]),
                               plain_row(["221", "住房保障支出", "54.30", ""])], ["l", "l", "r", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标", [
        f"按照全面实施预算绩效管理要求，本部门{year}年项目支出绩效目标编制情况如下表。"])


# --------------------------------------------------------------------------- 黑龙江 哈尔滨


def _hlj_self_eval(doc: FormDoc, project: str | None, head: list[tuple[str, str]], money: list[tuple[str, str, str, str]],
                   goal: tuple[str, str], inds: list[Ind], grade_word: str, grade: str, title: str) -> None:
    """A 财政部-style self-evaluation in 元 with 栏次 rows under the money heads and the grid head."""
    rows = _Rows()
    for label, value in head:
        rows.add((0, 2, label), (2, 7, value))
    r = rows.n
    rows.put(r, 0, 2 + len(money), 1, "资金情况（元）")
    rows.put(r, 1, 1, 2, "项目")
    for k, h in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, h)
    rows.put(r + 1, 1, 1, 2, "栏次")
    for k in range(6):
        rows.put(r + 1, 3 + k, 1, 1, str(k + 1))
    rate, rate_score = _rate(money[0][2], money[0][3])
    for k, (label, initial, budget, executed) in enumerate(money):
        rows.put(r + 2 + k, 1, 1, 2, label)
        tail = ("10", rate, f"{rate_score}") if k == 0 else ("—", "—", "—")
        for j, v in enumerate((initial, budget, executed, *tail)):
            rows.put(r + 2 + k, 3 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, goal[0])
    rows.put(r + 1, 5, 1, 4, goal[1])
    r = rows.n
    rows.put(r, 0, len(inds) + 2, 1, "绩效指标")
    for k, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                           "偏差原因分析及改进措施")):
        rows.put(r, 1 + k, 1, 1, h)
        rows.put(r + 1, 1 + k, 1, 1, str(k + 1))
    rows.n = r + 2
    _grid(rows, inds, ["l1", "l2", "name", "target", "actual", "weight", "score", "note"], 1)
    total = _total(inds, rate_score)
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 6, "自评等级"), (6, 3, grade_word))
    doc.pages.grid(_spec(rows.cells, rows.n, [40, 50, 60, 74, 74, 74, 34, 44, 54], title=title,
                         unit_raw="金额单位：元", kind="performance_self_evaluation"))
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "元", money[0][2], money[0][3], total, grade)


def layout_hlj_hrb_nangang_accounts_dept_then_projects_colnums(folder: Path, name: str) -> FileGold:
    dept = "哈尔滨市南岗区住房和城乡建设局"
    doc = FormDoc(name, f"{dept}2024年度部门决算", dept, 2024)
    _accounts_front(doc, dept, 2024, [("一般公共预算财政拨款收入", "4,862.35"), ("其他收入", "118.40")],
                    [("城乡社区支出", "4,210.75"), ("住房保障支出", "770.00")])
    _hlj_self_eval(doc, None, [("部门（单位）名称", dept)], [
        ("年度资金总额", "48,200,000.00", "49,807,500.00", "48,623,500.00"),
        ("其中：财政拨款", "47,000,000.00", "48,623,500.00", "47,520,300.00"),
        ("其他资金", "1,200,000.00", "1,184,000.00", "1,103,200.00")],
        ("保障城市建设管理各项职能履行，推进老旧小区改造和燃气管网更新。", "完成老旧小区改造38个，燃气管网更新26公里。"), [
        Ind("产出指标", "数量指标", "老旧小区改造个数", "≥36个", (">=", 36, "个"), "15", "38个", "15"),
        Ind("产出指标", "数量指标", "燃气管网更新里程", "≥25公里", (">=", 25, "公里"), "10", "26公里", "10"),
        Ind("产出指标", "质量指标", "工程竣工验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "改造工程完工时间", "2024年10月底前", (None, None, None), "10", "2024年10月", "10"),
        Ind("效益指标", "社会效益指标", "居民居住条件", "明显改善", Q, "15", "明显改善", "14",
            "部分小区配套设施尚未完善，下年继续跟进"),
        Ind("效益指标", "可持续影响指标", "燃气安全事故发生率", "＜1‰", ("<", 1, "‰"), "10", "0", "10"),
        Ind("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", (">=", 90, "%"), "15", "93.6%", "15"),
    ], "优秀", "优", "部门整体支出绩效自评表")
    _hlj_self_eval(doc, "老旧小区改造配套基础设施", [("项目名称", "老旧小区改造配套基础设施"), ("主管部门", dept),
                                            ("实施单位", "哈尔滨市南岗区城市更新服务中心")], [
        ("年度资金总额", "12,500,000.00", "13,260,000.00", "12,988,700.00"),
        ("其中：财政拨款", "12,500,000.00", "12,800,000.00", "12,560,000.00"),
        ("上年结转资金", "0.00", "460,000.00", "428,700.00"),
        ("其他资金", "", "", "")],
        ("完成38个老旧小区配套设施改造。", "完成38个小区改造，验收合格。"), [
        Ind("产出指标", "数量指标", "改造建筑面积", "≥52万平方米", (">=", 52, "万平方米"), "20", "53.4万平方米", "20"),
        Ind("产出指标", "质量指标", "工程质量合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "成本指标", "单位面积改造成本", "≤260元/平方米", ("<=", 260, "元/平方米"), "15",
            "243元/平方米", "15"),
        Ind("效益指标", "社会效益指标", "小区环境整治成效", "显著", Q, "20", "较显著", "17", "个别小区绿化工程跨年实施"),
        Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", (">=", 85, "%"), "20", "91%", "20"),
    ], "优秀", "优", "项目支出绩效自评表")
    doc.gold.project("老旧小区改造配套基础设施", "元", year="13,260,000.00", fiscal="12,800,000.00",
                     carried="460,000.00")
    _hlj_self_eval(doc, "燃气管网老化更新改造", [("项目名称", "燃气管网老化更新改造"), ("主管部门", dept),
                                         ("实施单位", "哈尔滨市南岗区燃气供热服务站")], [
        ("年度资金总额", "8,400,000.00", "8,400,000.00", "7,644,000.00"),
        ("其中：财政拨款", "8,400,000.00", "8,400,000.00", "7,644,000.00"),
        ("其他资金", "", "", "")],
        ("更新老旧燃气管网25公里以上。", "更新26公里，入户改造进度滞后。"), [
        Ind("产出指标", "数量指标", "管网更新长度", "≥25公里", (">=", 25, "公里"), "20", "26公里", "20"),
        Ind("产出指标", "数量指标", "入户安全改造户数", "≥3000户", (">=", 3000, "户"), "15", "2760户", "13",
            "部分居民未在家，下年补充入户"),
        Ind("产出指标", "时效指标", "主体工程完成时限", "2024年9月30日前", (None, None, None), "15", "2024年9月28日",
            "15"),
        Ind("效益指标", "社会效益指标", "燃气泄漏报警次数", "同比下降", Q, "20", "下降31%", "20"),
        Ind("满意度指标", "服务对象满意度指标", "用户满意度", "≥90%", (">=", 90, "%"), "20", "88%", "18",
            "施工期间停气影响居民生活"),
    ], "良好", "良", "项目支出绩效自评表")
    doc.gold.project("燃气管网老化更新改造", "元", year="8,400,000.00", fiscal="8,400,000.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林 长春


def _jl_self_eval(doc: FormDoc, project: str, unit_name: str, m: dict, inds: list[Ind], grade_word: str, grade: str) -> None:
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 5, project))
    rows.add((0, 1, "主管部门"), (1, 2, doc.gold.department), (3, 1, "实施单位"), (4, 2, unit_name))
    rows.add((0, 1, "年初预算数（元）"), (1, 1, m["initial"]), (2, 1, "全年预算数（元）"), (3, 1, m["budget"]),
             (4, 1, "全年执行数（元）"), (5, 1, m["executed"]))
    rows.add((0, 1, "其中：财政拨款（元）"), (1, 1, m["fiscal"]), (2, 1, "上年结转（元）"), (3, 1, m["carried"]),
             (4, 1, "其他资金（元）"), (5, 1, m["other"]))
    rate, rate_score = _rate(m["budget"], m["executed"])
    rows.add((0, 1, "预算执行率"), (1, 1, rate), (2, 1, "分值"), (3, 1, "10"), (4, 1, "得分"), (5, 1, f"{rate_score}"))
    rows.add((0, 1, "一级指标"), (1, 1, "三级指标"), (2, 1, "年度指标值"), (3, 1, "实际完成值"), (4, 1, "分值"),
             (5, 1, "得分"))
    _grid(rows, inds, ["l1", "name", "target", "actual", "weight", "score"])
    total = _total(inds, rate_score)
    rows.add((0, 4, "总分"), (4, 2, f"{total:.2f}"))
    rows.add((0, 4, "自评等级"), (4, 2, grade_word))
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 92, 80, 92, 80, 80], title="项目支出绩效自评表",
                         editor="（2024年度）", kind="performance_self_evaluation"), gap=26)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind, l2=None))
    doc.gold.self_evaluation(project, "元", m["budget"], m["executed"], total, grade)
    doc.gold.project(project, "元", year=m["budget"], fiscal=m["fiscal"], carried=m["carried"] or None)


def layout_jl_cc_chaoyang_accounts_self_eval_pairs_zero_carried(folder: Path, name: str) -> FileGold:
    dept = "长春市朝阳区教育局"
    doc = FormDoc(name, f"{dept}2024年度部门决算", dept, 2024)
    _accounts_front(doc, dept, 2024, [("一般公共预算财政拨款收入", "21,634.80"), ("事业收入", "265.00")],
                    [("教育支出", "20,944.30"), ("社会保障和就业支出", "955.50")])
    _jl_self_eval(doc, "中小学校舍维修改造", "长春市朝阳区教育基建服务中心",
                  {"initial": "6,800,000.00", "budget": "7,250,000.00", "executed": "7,031,250.00",
                   "fiscal": "6,800,000.00", "carried": "450,000.00", "other": "0.00"}, [
        Ind("产出指标（40分）", None, "维修改造校舍面积", "≥18000平方米", (">=", 18000, "平方米"), "15", "18650平方米", "15"),
        Ind("产出指标（40分）", None, "工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标（40分）", None, "暑期施工完成时间", "8月25日前", (None, None, None), "10", "8月22日", "10"),
        Ind("效益指标（30分）", None, "校舍安全隐患消除率", "≥95%", (">=", 95, "%"), "30", "97%", "30"),
        Ind("满意度指标（20分）", None, "师生满意度", "≥90%", (">=", 90, "%"), "20", "94%", "20"),
    ], "优秀", "优")
    _jl_self_eval(doc, "学前教育普惠性补助", "长春市朝阳区学前教育指导中心",
                  {"initial": "3,600,000.00", "budget": "3,600,000.00", "executed": "3,528,000.00",
                   "fiscal": "3,600,000.00", "carried": "0.00", "other": "0.00"}, [
        Ind("产出指标（40分）", None, "补助普惠性幼儿园数", "≥24所", (">=", 24, "所"), "20", "26所", "20"),
        Ind("产出指标（40分）", None, "补助资金足额拨付率", "100%", ("=", 100, "%"), "20", "98%", "19"),
        Ind("效益指标（30分）", None, "普惠性幼儿园覆盖率", "达到85%", (">=", 85, "%"), "30", "86.2%", "30"),
        Ind("满意度指标（20分）", None, "家长满意度", "≥90%", (">=", 90, "%"), "20", "92%", "20"),
    ], "优秀", "优")
    _jl_self_eval(doc, "教师培训专项经费", "长春市朝阳区教师进修学校",
                  {"initial": "1,200,000.00", "budget": "1,080,000.00", "executed": "918,000.00",
                   "fiscal": "980,000.00", "carried": "", "other": "100,000.00"}, [
        Ind("产出指标（40分）", None, "培训教师人次", "≥2400人次", (">=", 2400, "人次"), "20", "2180人次", "17",),
        Ind("产出指标（40分）", None, "培训课程合格率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
        Ind("产出指标（40分）", None, "人均培训成本", "≤450元", ("<=", 450, "元"), "10", "421元", "10"),
        Ind("效益指标（30分）", None, "教师教学能力", "有所提升", Q, "30", "有所提升", "27"),
        Ind("满意度指标（20分）", None, "参训教师满意度", "≥85%", (">=", 85, "%"), "20", "90%", "20"),
    ], "良好", "良")
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 沈阳


def _ln_self_eval(doc: FormDoc, project: str, code: str, sources: list[tuple[str, str, str, str]], inds: list[Ind],
                  grade_word: str, grade: str) -> float:
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 4, project), (6, 1, "项目编码"), (7, 2, code))
    rows.add((0, 2, "主管部门"), (2, 4, doc.gold.department), (6, 1, "实施单位"), (7, 2, doc.gold.department))
    r = rows.n
    rows.put(r, 0, len(sources) + 1, 2, "项目资金（元）")
    for k, h in enumerate(("资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")):
        rows.put(r, 2 + k, 1, 1, h)
    rate, rate_score = _rate(sources[0][2], sources[0][3])
    for k, (label, initial, budget, executed) in enumerate(sources):
        tail = (rate, "10", f"{rate_score}") if k == 0 else ("", "", "")
        for j, v in enumerate((label, initial, budget, executed, *tail)):
            rows.put(r + 1 + k, 2 + j, 1, 1, v)
    head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "年度指标值"),
                    (5, 1, "实际完成值"), (6, 1, "分值"), (7, 1, "得分"), (8, 1, "偏差原因分析"))
    r0 = rows.n
    for ind in inds:
        rows.add((2, 2, ind.name), (4, 1, ind.raw), (5, 1, ind.actual), (6, 1, ind.weight), (7, 1, ind.score),
                 (8, 1, ind.note))
    _merged_levels(rows, r0, inds, 0, 1)
    total = _total(inds, rate_score)
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 6, "评价等级"), (6, 3, grade_word))
    doc.pages.grid(_spec(rows.cells, rows.n, [56, 64, 84, 92, 92, 92, 56, 56, 140], title="项目支出绩效自评表",
                         editor=f"编制单位：{doc.gold.department}", unit_raw="金额单位：元", landscape=True,
                         kind="performance_self_evaluation"), repeat=(head, 1), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "元", sources[0][2], sources[0][3], total, grade)
    return total


def layout_ln_sy_heping_accounts_self_eval_source_grid_long(folder: Path, name: str) -> FileGold:
    dept = "沈阳市和平区卫生健康局"
    doc = FormDoc(name, f"{dept}2024年度部门决算", dept, 2024)
    _accounts_front(doc, dept, 2024, [("一般公共预算财政拨款收入", "15,328.60"),
                                      ("政府性基金预算财政拨款收入", "620.00"), ("上级补助收入", "310.00")],
                    [("卫生健康支出", "15,648.60"), ("社会保障和就业支出", "610.00")])
    _ln_self_eval(doc, "基层医疗卫生机构能力提升", "210102241000000012345", [
        ("合计", "9,600,000.00", "10,350,000.00", "9,936,000.00"),
        ("财政拨款", "9,000,000.00", "9,350,000.00", "9,036,000.00"),
        ("其中：一般公共预算财政拨款收入", "8,000,000.00", "8,150,000.00", "7,920,000.00"),
        ("其中：政府性基金预算财政拨款收入", "1,000,000.00", "1,200,000.00", "1,116,000.00"),
        ("上级补助收入", "600,000.00", "800,000.00", "700,000.00"),
        ("其他收入", "", "200,000.00", "200,000.00")], [
        Ind("产出指标", "数量指标", "改造社区卫生服务中心数", "≥6个", (">=", 6, "个"), "8", "6个", "8"),
        Ind("产出指标", "数量指标", "购置诊疗设备台套数", "≥120台套", (">=", 120, "台套"), "8", "126台套", "8"),
        Ind("产出指标", "数量指标", "培训基层医务人员", "≥400人次", (">=", 400, "人次"), "6", "452人次", "6"),
        Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "8", "100%", "8"),
        Ind("产出指标", "质量指标", "诊疗规范执行率", "≥95%", (">=", 95, "%"), "6", "96.3%", "6"),
        Ind("产出指标", "时效指标", "设备安装调试完成时间", "2024年11月底前", (None, None, None), "6", "2024年11月",
            "6"),
        Ind("产出指标", "成本指标", "单个中心改造成本", "≤120万元", ("<=", 120, "万元"), "6", "116万元", "6"),
        Ind("效益指标", "社会效益指标", "基层就诊人次增长率", "≥5%", (">=", 5, "%"), "10", "6.8%", "10"),
        Ind("效益指标", "社会效益指标", "双向转诊率", "15%-20%", ("range", 15, "%", 20), "6", "17%", "6"),
        Ind("效益指标", "可持续影响指标", "分级诊疗格局", "逐步形成", Q, "8", "逐步形成", "8"),
        Ind("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", (">=", 90, "%"), "10", "92.5%", "10"),
        Ind("满意度指标", "服务对象满意度指标", "医务人员满意度", "≥85%", (">=", 85, "%"), "8", "83%", "7",
            "绩效工资分配方案仍需完善"),
    ], "优秀", "优")
    doc.gold.project("基层医疗卫生机构能力提升", "元", code="210102241000000012345", year="10,350,000.00",
                     fiscal="9,350,000.00")
    _ln_self_eval(doc, "重大传染病防控", "210102241000000012388", [
        ("合计", "2,400,000.00", "2,400,000.00", "2,280,000.00"),
        ("一般公共预算财政拨款收入", "2,400,000.00", "2,100,000.00", "1,980,000.00"),
        ("政府性基金预算财政拨款收入", "", "", ""),
        ("上级补助收入", "", "300,000.00", "300,000.00")], [
        Ind("产出指标", "数量指标", "传染病监测哨点数", "＝12个", ("=", 12, "个"), "15", "12个", "15"),
        Ind("产出指标", "质量指标", "法定传染病报告及时率", "≥98%", (">=", 98, "%"), "15", "99.2%", "15"),
        Ind("产出指标", "时效指标", "疫情处置响应时间", "≤2小时", ("<=", 2, "小时"), "15", "1.5小时", "15"),
        Ind("效益指标", "社会效益指标", "甲乙类传染病发病率", "低于全市平均水平", Q, "25", "低于全市平均水平", "25"),
        Ind("满意度指标", "服务对象满意度指标", "群众满意度", "＞85%", (">", 85, "%"), "20", "89%", "20"),
    ], "优秀", "优")
    doc.gold.project("重大传染病防控", "元", code="210102241000000012388", year="2,400,000.00", fiscal="2,100,000.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 天津 北辰


def _tj_target(doc: FormDoc, project: str, unit_name: str, money: tuple[str, str, str, str, str], goal: str,
               inds: list[Ind]) -> None:
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 5, project))
    rows.add((0, 1, "主管部门"), (1, 2, doc.gold.department), (3, 1, "实施单位"), (4, 2, unit_name))
    r = rows.n
    rows.put(r, 0, 3, 1, "项目资金（元）")
    for k, h in enumerate(("资金总额", "年度资金", "其中：财政拨款", "其中：其他资金", "上年结转")):
        rows.put(r, 1 + k, 1, 1, h)
        rows.put(r + 1, 1 + k, 1, 1, str(k + 1))
        rows.put(r + 2, 1 + k, 1, 1, money[k])
    rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重（%）"),
             (5, 1, "指标解释"))
    _grid(rows, inds, ["l1", "l2", "name", "target", "weight", "note"])
    doc.pages.grid(_spec(rows.cells, rows.n, [74, 84, 92, 84, 76, 94], title="项目支出绩效目标表",
                         editor="（2025年度）", unit_raw=None), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    total, year, fiscal, _, carried = money
    doc.gold.project(project, "元", total=total or None, year=year, fiscal=fiscal, carried=carried or None)


def layout_tj_bc_budget_targets_yuan_heads_colnums(folder: Path, name: str) -> FileGold:
    dept = "天津市北辰区城市管理委员会"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "12,486.20"), ("政府性基金预算拨款收入", "2,300.00"),
                                    ("上年结转", "415.00")])
    _tj_target(doc, "道路桥梁设施养护", "天津市北辰区市政设施养护中心",
               ("36,000,000.00", "12,000,000.00", "11,200,000.00", "800,000.00", "0.00"),
               "完成辖区城市道路、桥梁日常养护，设施完好率保持在95%以上。", [
        Ind("产出指标", "数量指标", "养护道路面积", "≥320万平方米", (">=", 320, "万平方米"), "20", note="全年累计"),
        Ind("产出指标", "质量指标", "道路设施完好率", "≥95%", (">=", 95, "%"), "20"),
        Ind("产出指标", "时效指标", "道路坑槽修复时限", "≤48小时", ("<=", 48, "小时"), "15", note="接报后计算"),
        Ind("产出指标", "成本指标", "每平方米养护成本", "≤3.75元", ("<=", 3.75, "元"), "10"),
        Ind("效益指标", "社会效益指标", "道路通行条件", "持续改善", Q, "15"),
        Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", (">=", 90, "%"), "20"),
    ])
    _tj_target(doc, "生活垃圾分类处理", "天津市北辰区环境卫生管理所",
               ("", "8,650,000.00", "7,900,000.00", "", "750,000.00"),
               "推进生活垃圾分类，提高回收利用率。", [
        Ind("产出指标", "数量指标", "垃圾分类投放点位", "≥680个", (">=", 680, "个"), "20"),
        Ind("产出指标", "数量指标", "日均垃圾清运量", "≥420吨", (">=", 420, "吨"), "15"),
        Ind("产出指标", "质量指标", "生活垃圾无害化处理率", "100%", ("=", 100, "%"), "15"),
        Ind("产出指标", "时效指标", "垃圾日产日清", "日产日清", Q, "10"),
        Ind("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥38%", (">=", 38, "%"), "20"),
        Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥88%", (">=", 88, "%"), "20"),
    ])
    _tj_target(doc, "城市照明设施运行维护", "天津市北辰区市政设施养护中心",
               ("", "4,320,000.00", "4,320,000.00", "0.00", ""),
               "保障城市道路照明设施正常运行。", [
        Ind("产出指标", "数量指标", "维护路灯数量", "≥21000盏", (">=", 21000, "盏"), "20"),
        Ind("产出指标", "质量指标", "路灯亮灯率", "＞98%", (">", 98, "%"), "20"),
        Ind("产出指标", "时效指标", "故障修复时间", "24小时内", ("<=", 24, "小时"), "15"),
        Ind("产出指标", "成本指标", "单盏年维护费用", "≤205.71元", ("<=", 205.71, "元"), "10"),
        Ind("效益指标", "社会效益指标", "夜间出行安全", "有效保障", Q, "15"),
        Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", (">=", 90, "%"), "20"),
    ])
    return doc.save(folder)


# --------------------------------------------------------------------------- 河北 保定


def layout_heb_bd_lianchi_budget_dept_wide_stacked_money(folder: Path, name: str) -> FileGold:
    dept = "保定市莲池区农业农村局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "6,342.10"), ("其他收入", "58.00")])
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 3, "部门预算资金（元）")
    for k, (h, v) in enumerate((("合计", "64,001,000.00"), ("财政拨款", "63,421,000.00"), ("其他资金", "580,000.00"))):
        rows.put(r, 3 + k, 1, 1, h)
        rows.put(r + 1, 3 + k, 1, 1, v)
    rows.put(r, 6, 2, 1, "")
    rows.put(rows.n, 0, 3, 2, "年度主要任务")
    rows.add((2, 3, "任务名称"), (5, 2, "主要内容"))
    for task, what in (("粮食生产保障", "落实耕地地力保护，稳定粮食播种面积"),
                       ("农村人居环境整治", "推进农村厕所改造和生活垃圾治理")):
        rows.add((2, 3, task), (5, 2, what))
    rows.add((0, 2, "年度总体目标"), (2, 5, "稳定粮食生产，改善农村人居环境，促进农民持续增收。"))
    rows.add((0, 1, "一级指标"), (1, 2, "二级指标"), (3, 2, "三级指标"), (5, 1, "指标值"), (6, 1, "权重（%）"))
    inds = [
        Ind("产出指标", "数量指标", "粮食播种面积", "≥18.5万亩", (">=", 18.5, "万亩"), "15"),
        Ind("产出指标", "数量指标", "农村户厕改造数", "≥1200户", (">=", 1200, "户"), "10"),
        Ind("产出指标", "质量指标", "高标准农田建设验收合格率", "100%", ("=", 100, "%"), "15"),
        Ind("产出指标", "时效指标", "惠农补贴发放时间", "2025年6月30日前", (None, None, None), "10"),
        Ind("效益指标", "经济效益指标", "农村居民人均可支配收入增幅", "≥6%", (">=", 6, "%"), "15"),
        Ind("效益指标", "生态效益指标", "农作物秸秆综合利用率", "≥97%", (">=", 97, "%"), "10"),
        Ind("效益指标", "可持续影响指标", "农业综合生产能力", "稳步提升", Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", (">=", 90, "%"), "15"),
    ]
    r0 = rows.n
    for ind in inds:
        rows.add((3, 2, ind.name), (5, 1, ind.raw), (6, 1, ind.weight))
    r1 = r0
    for l1 in dict.fromkeys(i.l1 for i in inds):
        n = sum(i.l1 == l1 for i in inds)
        rows.put(r1, 0, n, 1, l1)
        r1 += n
    r1 = r0
    for l2 in dict.fromkeys((i.l1, i.l2) for i in inds):
        n = sum((i.l1, i.l2) == l2 for i in inds)
        rows.put(r1, 1, n, 2, l2[1])
        r1 += n
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 50, 40, 80, 100, 90, 60], title="部门整体支出绩效目标表",
                         editor="（2025年度）", kind="dept_performance_targets"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))

    def project(project: str, unit_name: str, money: list[tuple[str, str]], pinds: list[Ind], gold: dict) -> None:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        r = rows.n
        rows.put(r, 0, len(money), 1, "项目资金（元）")
        for k, (label, v) in enumerate(money):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 3, v)
        rows.add((0, 1, "年度目标"), (1, 5, "按期完成项目建设任务，资金使用规范。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标性质"), (4, 1, "指标值"),
                 (5, 1, "计量单位"))
        _grid(rows, pinds, ["l1", "l2", "name", "cmp", "val", "unit"])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 84, 110, 70, 70, 70], title="项目支出绩效目标表",
                             editor="（2025年度）"), gap=30)
        for ind in pinds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", **gold)

    project("高标准农田建设", "保定市莲池区农业技术推广站", [
        ("年度资金总额：", "15,600,000.00"), ("其中：财政资金", "14,800,000.00"), ("其他资金", "800,000.00"),
        ("上年结转", "")], [
        Ind("产出指标", "数量指标", "新建高标准农田面积", ("≥", "1.2", "万亩"), (">=", 1.2, "万亩")),
        Ind("产出指标", "质量指标", "工程验收合格率", ("＝", "100", "%"), ("=", 100, "%")),
        Ind("产出指标", "成本指标", "亩均投资", ("≤", "1300", "元"), ("<=", 1300, "元")),
        Ind("效益指标", "经济效益指标", "亩均粮食增产", ("≥", "50", "公斤"), (">=", 50, "公斤")),
        Ind("满意度指标", "服务对象满意度指标", "受益农户满意度", ("≥", "90", "%"), (">=", 90, "%")),
    ], {"year": "15,600,000.00", "fiscal": "14,800,000.00"})
    project("农村人居环境整治提升", "保定市莲池区农村工作服务中心", [
        ("年度资金总额：", "4,860,000.00"), ("其中：财政资金", "4,260,000.00"), ("其他资金", ""),
        ("上年结转", "600,000.00")], [
        Ind("产出指标", "数量指标", "改造农村户厕", ("≥", "1200", "户"), (">=", 1200, "户")),
        Ind("产出指标", "数量指标", "配置垃圾收集设施", ("≥", "350", "套"), (">=", 350, "套")),
        Ind("产出指标", "时效指标", "改厕完成时限", ("≤", "10", "月"), ("<=", 10, "月")),
        Ind("效益指标", "生态效益指标", "村庄环境", ("定性", "明显改善", ""), Q),
        Ind("满意度指标", "服务对象满意度指标", "村民满意度", ("≥", "85", "%"), (">=", 85, "%")),
    ], {"year": "4,860,000.00", "fiscal": "4,260,000.00", "carried": "600,000.00"})
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 太原


def layout_sx_ty_xiaodian_budget_landscape_list_colnums(folder: Path, name: str) -> FileGold:
    dept = "太原市小店区文化和旅游局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "3,128.45"), ("政府性基金预算拨款收入", "260.00")])
    rows = _Rows()
    rows.put(0, 0, 2, 1, "序号")
    rows.put(0, 1, 2, 1, "项目名称")
    rows.put(0, 2, 1, 3, "项目资金（元）")
    for k, h in enumerate(("合计", "财政拨款", "其他资金")):
        rows.put(1, 2 + k, 1, 1, h)
    for k, h in enumerate(("年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")):
        rows.put(0, 5 + k, 2, 1, h)
    rows.add(*[(k, 1, str(k + 1)) for k in range(10)])
    projects = [
        ("公共文化服务体系建设", ("2,650,000.00", "2,650,000.00", ""), "开展群众文化活动，提升公共文化服务效能。", [
            Ind("产出指标", "数量指标", "举办群众文化活动场次", "≥120场", (">=", 120, "场")),
            Ind("产出指标", "质量指标", "文化站免费开放率", "100%", ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "参与群众人次", "≥8万人次", (">=", 8, "万人次")),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("文物保护修缮", ("1,800,000.00", "1,500,000.00", "300,000.00"), "完成区级文物保护单位修缮。", [
            Ind("产出指标", "数量指标", "修缮文物保护单位", "3处", ("=", 3, "处")),
            Ind("产出指标", "时效指标", "修缮工程完工时间", "2025年10月底前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "文物安全状况", "保持良好", Q),
            Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("全域旅游宣传推广", ("960,000.00", "960,000.00", ""), "开展旅游宣传推广，提升旅游知名度。", [
            Ind("产出指标", "数量指标", "宣传推广活动次数", "≥6次", (">=", 6, "次")),
            Ind("产出指标", "成本指标", "单次活动成本", "≤16万元", ("<=", 16, "万元")),
            Ind("效益指标", "经济效益指标", "接待游客人次增长率", "≥8%", (">=", 8, "%")),
            Ind("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("文化市场综合执法", ("420,000.00", "420,000.00", ""), "规范文化市场秩序。", [
            Ind("产出指标", "数量指标", "检查经营场所", "≥900家次", (">=", 900, "家次")),
            Ind("产出指标", "质量指标", "案件办结率", "≥95%", (">=", 95, "%")),
            Ind("效益指标", "社会效益指标", "文化市场秩序", "规范有序", Q),
            Ind("满意度指标", "服务对象满意度指标", "经营户满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    for n, (project, money, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        k = len(inds)
        _grid(rows, inds, ["l1", "l2", "name", "target"], 6)
        for c, text in ((0, str(n)), (1, project), (2, money[0]), (3, money[1]), (4, money[2]), (5, goal)):
            rows.put(r0, c, k, 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=money[0], fiscal=money[1])
    doc.pages.grid(_spec(rows.cells, rows.n, [32, 88, 78, 78, 70, 96, 62, 76, 90, 70], title="项目支出绩效目标表",
                         editor=f"编制单位：{dept}", unit_raw="金额单位：元", landscape=True),
                   repeat=(0, 3), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 九江


def layout_jx_jj_xunyang_self_evals_yuan_in_cell(folder: Path, name: str) -> FileGold:
    dept = "九江市浔阳区水利局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)

    def form(project: str, lines: list[tuple[str, str, str, str]], inds: list[Ind], grade_word: str, grade: str,
             fiscal: str) -> None:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 3, dept))
        rows.add((0, 2, "资金情况"), (2, 2, "年初预算数"), (4, 2, "全年预算数"), (6, 2, "全年执行数"))
        for label, a, b, c in lines:
            rows.add((0, 2, label), (2, 2, a), (4, 2, b), (6, 2, c))
        rate, rate_score = _rate(lines[0][2], lines[0][3])
        rows.add((0, 2, "预算执行率"), (2, 2, rate), (4, 2, "分值：10"), (6, 2, f"得分：{rate_score}"))
        rows.add((0, 1, "一级指标"), (1, 2, "三级指标"), (3, 1, "年度指标值"), (4, 1, "实际完成值"), (5, 1, "分值"),
                 (6, 1, "得分"), (7, 1, "偏差原因"))
        r0 = rows.n
        for ind in inds:
            rows.add((1, 2, ind.name), (3, 1, ind.raw), (4, 1, ind.actual), (5, 1, ind.weight), (6, 1, ind.score),
                     (7, 1, ind.note))
        _merged_levels(rows, r0, inds, 0, None)
        total = _total(inds, rate_score)
        rows.add((0, 5, "总分"), (5, 3, f"{total:.2f}"))
        rows.add((0, 5, "自评等级"), (5, 3, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, [62, 40, 68, 78, 66, 44, 44, 92], title="项目支出绩效自评表",
                             editor="（2024年度）", kind="performance_self_evaluation"), gap=24)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind, l2=None))
        doc.gold.self_evaluation(project, "元", lines[0][2].rstrip("元"), lines[0][3].rstrip("元"), total, grade)
        doc.gold.project(project, "元", year=lines[0][2].rstrip("元"), fiscal=fiscal)

    form("中小河流堤防加固", [
        ("年度资金总额", "3,200,000.00元", "3,450,000.00元", "3,312,000.00元"),
        ("其中：财政拨款", "3,200,000.00元", "3,450,000.00元", "3,312,000.00元"),
        ("其他资金", "", "", "")], [
        Ind("产出指标", None, "加固堤防长度", "不低于4.5公里", (">=", 4.5, "公里"), "20", "4.8公里", "20"),
        Ind("产出指标", None, "工程质量合格率", "达到100%", (">=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", None, "汛前完工时间", "2024年4月30日前", (None, None, None), "15", "2024年4月26日", "15"),
        Ind("效益指标", None, "防洪标准", "达到20年一遇", (">=", 20, "年一遇"), "20", "20年一遇", "20"),
        Ind("满意度指标", None, "沿岸群众满意度", "不低于90%", (">=", 90, "%"), "20", "93%", "20"),
    ], "优秀", "优", "3,450,000.00")
    form("农村饮水安全巩固提升", [
        ("年度资金总额", "1,850,000.00元", "1,850,000.00元", "1,628,000.00元"),
        ("其中：财政拨款", "1,500,000.00元", "1,500,000.00元", "1,320,000.00元"),
        ("其他资金", "350,000.00元", "350,000.00元", "308,000.00元")], [
        Ind("产出指标", None, "改造供水管网", "不低于28公里", (">=", 28, "公里"), "20", "25公里", "17",
            "部分路段征地协调未完成"),
        Ind("产出指标", None, "水质检测合格率", "不低于95%", (">=", 95, "%"), "20", "97%", "20"),
        Ind("产出指标", None, "单位管网造价", "控制在6万元/公里以内", ("<=", 6, "万元/公里"), "10", "5.8万元/公里", "10"),
        Ind("效益指标", None, "农村自来水普及率", "达到98%", (">=", 98, "%"), "20", "98.2%", "20"),
        Ind("满意度指标", None, "受益群众满意度", "不低于90%", (">=", 90, "%"), "20", "88%", "18", "供水高峰期水压不足"),
    ], "良好", "良", "1,500,000.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 大同


def layout_sx_dt_accounts_self_eval_adjusted_reason_split(folder: Path, name: str) -> FileGold:
    dept = "大同市平城区民政局"
    doc = FormDoc(name, f"{dept}2024年度部门决算", dept, 2024)
    _accounts_front(doc, dept, 2024, [("一般公共预算财政拨款收入", "9,245.60")],
                    [("社会保障和就业支出", "9,012.40"), ("城乡社区支出", "233.20")])

    def form(project: str, lines: list[tuple[str, str, str, str, str]], inds: list[Ind], grade_word: str,
             grade: str) -> None:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, dept))
        r = rows.n
        rows.put(r, 0, len(lines) + 1, 1, "项目资金（元）")
        for k, h in enumerate(("", "年初预算数", "调整预算数", "全年预算数", "全年执行数", "执行率", "得分")):
            rows.put(r, 1 + k + (1 if k else 0), 1, 2 if k == 0 else 1, h)
        rate, rate_score = _rate(lines[0][3], lines[0][4])
        for k, (label, a, adj, b, c) in enumerate(lines):
            rows.put(r + 1 + k, 1, 1, 2, label)
            for j, v in enumerate((a, adj, b, c, rate if k == 0 else "", f"{rate_score}" if k == 0 else "")):
                rows.put(r + 1 + k, 3 + j, 1, 1, v)
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "年度指标值"), (4, 1, "实际完成值"),
                 (5, 1, "分值"), (6, 1, "得分"), (7, 1, "偏差原因"), (8, 1, "改进措施"))
        # Ind.period carries the 改进措施 cell here (this form has no 实施周期 value)
        _grid(rows, inds, ["l1", "l2", "name", "target", "actual", "weight", "score", "note", "period"])
        total = _total(inds, rate_score)
        rows.add((0, 5, "总分"), (5, 4, f"{total:.2f}"))
        rows.add((0, 5, "评价等级"), (5, 4, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, [40, 46, 58, 70, 70, 70, 70, 48, 50], title="项目支出绩效自评表",
                             unit_raw="单位：元", kind="performance_self_evaluation"), gap=26)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", lines[0][3], lines[0][4], total, grade)
        doc.gold.project(project, "元", year=lines[0][3], fiscal=lines[1][3])

    form("城乡居民最低生活保障", [
        ("年度资金总额", "42,000,000.00", "1,500,000.00", "43,500,000.00", "43,369,500.00"),
        ("其中：财政资金", "42,000,000.00", "1,500,000.00", "43,500,000.00", "43,369,500.00"),
        ("其他资金", "", "", "", "")], [
        Ind("产出指标", "数量指标", "保障城乡低保对象人数", "≥6800人", (">=", 6800, "人"), "20", "6932人", "20"),
        Ind("产出指标", "质量指标", "低保资金社会化发放率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "资金按月发放", "每月10日前", (None, None, None), "15", "按月发放", "15"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", Q, "20", "得到有效保障", "20"),
        Ind("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥95%", (">=", 95, "%"), "20", "96%", "20"),
    ], "优秀", "优")
    form("社区养老服务驿站运营补贴", [
        ("年度资金总额", "2,600,000.00", "-400,000.00", "2,200,000.00", "1,804,000.00"),
        ("其中：财政资金", "2,400,000.00", "-400,000.00", "2,000,000.00", "1,640,000.00"),
        ("其他资金", "200,000.00", "0.00", "200,000.00", "164,000.00")], [
        Ind("产出指标", "数量指标", "运营养老服务驿站数", "≥22个", (">=", 22, "个"), "20", "19个", "16",
            "3个驿站未通过验收", "加快验收进度"),
        Ind("产出指标", "质量指标", "驿站服务规范达标率", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
        Ind("产出指标", "成本指标", "单个驿站年均补贴", "≤10万元", ("<=", 10, "万元"), "15", "9.5万元", "15"),
        Ind("效益指标", "社会效益指标", "老年人助餐服务人次", "≥3.6万人次", (">=", 3.6, "万人次"), "20", "3.1万人次",
            "16", "驿站数量不足", "扩大助餐点覆盖"),
        Ind("满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", (">=", 90, "%"), "20", "91%", "20"),
    ], "良好", "良")
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 天水


def layout_gs_tw_qinzhou_targets_labels_above_wan_title_unit(folder: Path, name: str) -> FileGold:
    dept = "天水市秦州区交通运输局"
    doc = FormDoc(name, f"{dept}2025年度项目支出绩效目标表", dept, 2025)

    def form(project: str, unit_name: str, money: tuple[str, str, str, str], goal: str, inds: list[Ind]) -> None:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 2, "主管部门"), (4, 2, "实施单位"))
        rows.add((0, 2, project), (2, 2, dept), (4, 2, unit_name))
        rows.add((0, 2, "资金总额"), (2, 1, "年度资金"), (3, 1, "其中：财政拨款"), (4, 2, "其中：其他资金"))
        rows.add((0, 2, money[0]), (2, 1, money[1]), (3, 1, money[2]), (4, 2, money[3]))
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "备注"))
        r0 = rows.n
        for ind in inds:
            rows.add((2, 2, ind.name), (4, 1, ind.raw), (5, 1, ind.note))
        _merged_levels(rows, r0, inds, 0, 1)
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 84, 70, 90, 90, 90], title="项目支出绩效目标表",
                             editor="金额单位：万元"), gap=28)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=money[0], year=money[1], fiscal=money[2])

    form("农村公路安全生命防护工程", "天水市秦州区公路管理段", ("1,260.00", "420.00", "380.00", "40.00"),
         "实施农村公路安全防护设施建设，消除安全隐患。", [
        Ind("产出指标", "数量指标", "安装波形护栏", "≥36公里", (">=", 36, "公里")),
        Ind("产出指标", "质量指标", "交工验收合格率", "100%", ("=", 100, "%")),
        Ind("产出指标", "时效指标", "项目完工时间", "2025年11月30日前", (None, None, None)),
        Ind("效益指标", "社会效益指标", "交通事故发生率", "较上年下降", Q, note="与上年对比"),
        Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%")),
    ])
    form("城乡公交运营补贴", "天水市秦州区运输服务中心", ("560.00", "560.00", "560.00", "0.00"),
         "保障城乡公交线路正常运营。", [
        Ind("产出指标", "数量指标", "补贴公交线路", "≥18条", (">=", 18, "条")),
        Ind("产出指标", "数量指标", "年运营里程", "≥620万公里", (">=", 620, "万公里")),
        Ind("产出指标", "成本指标", "车公里补贴标准", "≤0.9元", ("<=", 0.9, "元")),
        Ind("效益指标", "社会效益指标", "建制村通客车率", "100%", ("=", 100, "%")),
        Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥85%", (">=", 85, "%")),
    ])
    form("客运站安全设施改造", "天水市秦州区运输服务中心", ("186.50", "186.50", "150.00", "36.50"),
         "完成客运站安检和监控设施更新。", [
        Ind("产出指标", "数量指标", "更新安检设备", "4台", ("=", 4, "台")),
        Ind("产出指标", "数量指标", "新增视频监控点位", "≥60个", (">=", 60, "个")),
        Ind("产出指标", "质量指标", "设备运行完好率", "≥98%", (">=", 98, "%")),
        Ind("效益指标", "社会效益指标", "旅客安检覆盖率", "100%", ("=", 100, "%")),
        Ind("满意度指标", "服务对象满意度指标", "旅客满意度", "≥90%", (">=", 90, "%")),
    ])
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆 大渡口


def layout_cq_ddk_accounts_dept_self_eval_sources_central(folder: Path, name: str) -> FileGold:
    dept = "重庆市大渡口区市场监督管理局"
    doc = FormDoc(name, f"{dept}2024年度部门决算", dept, 2024)
    _accounts_front(doc, dept, 2024, [("一般公共预算财政拨款收入", "7,618.90"), ("其他收入", "42.00")],
                    [("一般公共服务支出", "6,920.50"), ("社会保障和就业支出", "740.40")])

    def form(project: str | None, title: str, lines: list[tuple[str, str, str, str]], inds: list[Ind], grade_word: str,
             grade: str) -> float:
        rows = _Rows()
        if project:
            rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "单位名称"), (2, 7, dept))
        r = rows.n
        rows.put(r, 0, len(lines) + 2, 2, "资金情况（元）")
        for k, h in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 3 + k, 1, 1, h)
        rows.put(r, 2, 1, 1, "项目")
        rows.put(r + 1, 2, 1, 1, "栏次")
        for k in range(6):
            rows.put(r + 1, 3 + k, 1, 1, str(k + 1))
        rate, rate_score = _rate(lines[0][2], lines[0][3])
        for k, (label, a, b, c) in enumerate(lines):
            tail = ("10", rate, f"{rate_score}") if k == 0 else ("—", "—", "—")
            for j, v in enumerate((label, a, b, c, *tail)):
                rows.put(r + 2 + k, 2 + j, 1, 1, v)
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "年度指标值"), (4, 1, "实际完成值"),
                 (5, 1, "分值"), (6, 1, "得分"), (7, 2, "偏差原因分析及改进措施"))
        r0 = rows.n
        for ind in inds:
            rows.add((2, 1, ind.name), (3, 1, ind.raw), (4, 1, ind.actual), (5, 1, ind.weight), (6, 1, ind.score),
                     (7, 2, ind.note))
        _merged_levels(rows, r0, inds, 0, 1)
        total = _total(inds, rate_score)
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 3, f"{total:.2f}"))
        rows.add((0, 5, "自评结果等级"), (5, 4, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, [42, 44, 64, 78, 78, 78, 30, 46, 40], title=title,
                             unit_raw="单位：元", kind="performance_self_evaluation"), fresh_page=project is None)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", lines[0][2], lines[0][3], total, grade)
        return total

    form(None, "部门整体支出绩效自评表", [
        ("年度资金总额", "75,800,000.00", "76,609,000.00", "75,077,800.00"),
        ("财政拨款", "75,380,000.00", "76,189,000.00", "74,720,500.00"),
        ("其他资金", "420,000.00", "420,000.00", "357,300.00")], [
        Ind("履职效能", "核心业务产出", "食品安全抽检批次", "≥4.2批次/千人", (">=", 4.2, "批次/千人"), "20",
            "4.5批次/千人", "20"),
        Ind("履职效能", "核心业务产出", "特种设备定期检验率", "≥99%", (">=", 99, "%"), "15", "99.6%", "15"),
        Ind("管理效率", "预算执行", "预算执行率", "≥95%", (">=", 95, "%"), "10", "98%", "10"),
        Ind("管理效率", "资产管理", "固定资产利用率", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
        Ind("社会效应", "社会效益", "市场主体增长率", "≥5%", (">=", 5, "%"), "15", "4.1%", "12", "受宏观经济影响"),
        Ind("社会效应", "服务对象满意度", "群众投诉处理满意度", "≥90%", (">=", 90, "%"), "20", "91.2%", "20"),
    ], "优秀", "优")
    form("食品安全监督抽检", "项目支出绩效自评表", [
        ("年度资金总额", "2,860,000.00", "3,060,000.00", "2,986,560.00"),
        ("财政拨款", "2,860,000.00", "2,860,000.00", "2,790,000.00"),
        ("其中：中央补助", "", "500,000.00", "480,000.00"),
        ("其他资金", "", "200,000.00", "196,560.00")], [
        Ind("产出指标", "数量指标", "完成抽检批次", "≥3800批次", (">=", 3800, "批次"), "20", "4120批次", "20"),
        Ind("产出指标", "质量指标", "不合格食品核查处置率", "100%", ("=", 100, "%"), "20", "100%", "20"),
        Ind("产出指标", "时效指标", "检验报告出具时限", "≤20个工作日", ("<=", 20, "个工作日"), "10", "18个工作日", "10"),
        Ind("效益指标", "社会效益指标", "食品安全总体合格率", "≥97%", (">=", 97, "%"), "20", "97.8%", "20"),
        Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", (">=", 85, "%"), "20", "87%", "20"),
    ], "优秀", "优")
    doc.gold.project("食品安全监督抽检", "元", year="3,060,000.00", fiscal="2,860,000.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 遵义


def layout_gz_zy_huichuan_budget_source_list_two_a_page(folder: Path, name: str) -> FileGold:
    dept = "遵义市汇川区教育局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "18,906.30"), ("政府性基金预算拨款收入", "1,200.00"),
                                    ("事业收入", "356.00")])

    def form(project: str, code: str, sources: list[tuple[str, str]], inds: list[Ind], gold: dict, fresh: bool) -> None:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, dept))
        r = rows.n
        rows.put(r, 0, len(sources) + 1, 1, "资金来源")
        rows.put(r, 1, 1, 3, "来源名称")
        rows.put(r, 4, 1, 3, "金额（元）")
        for k, (label, v) in enumerate(sources):
            rows.put(r + 1 + k, 1, 1, 3, label)
            rows.put(r + 1 + k, 4, 1, 3, v)
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重"),
                 (6, 1, "指标说明"))
        rows.add((0, 1, "1"), (1, 1, "2"), (2, 2, "3"), (4, 1, "4"), (5, 1, "5"), (6, 1, "6"))
        r0 = rows.n
        for ind in inds:
            rows.add((2, 2, ind.name), (4, 1, ind.raw), (5, 1, ind.weight), (6, 1, ind.note))
        _merged_levels(rows, r0, inds, 0, 1)
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 84, 40, 84, 84, 50, 88], title="项目支出绩效目标表",
                             editor="（2025年度）"), fresh_page=fresh, gap=30)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, **gold)

    form("义务教育营养改善计划", "52030325T000001234", [
        ("一般公共预算财政拨款收入", "5,820,000.00"), ("政府性基金预算财政拨款收入", ""), ("事业收入", ""),
        ("上年结转", "380,000.00"), ("合计", "6,200,000.00")], [
        Ind("产出指标", "数量指标", "受益学生人数", "≥14500人", (">=", 14500, "人"), "25"),
        Ind("产出指标", "质量指标", "供餐食品安全事故", "0起", ("=", 0, "起"), "20"),
        Ind("产出指标", "成本指标", "生均每天补助标准", "5元", ("=", 5, "元"), "15"),
        Ind("效益指标", "社会效益指标", "学生营养健康状况", "持续改善", Q, "20"),
        Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", (">=", 90, "%"), "20"),
    ], {"year": "6,200,000.00", "fiscal": "5,820,000.00", "carried": "380,000.00"}, True)
    form("公办幼儿园建设", "52030325T000001301", [
        ("一般公共预算财政拨款收入", ""), ("政府性基金预算财政拨款收入", "3,200,000.00"),
        ("事业收入", "300,000.00"), ("上年结转", ""), ("合计", "3,500,000.00")], [
        Ind("产出指标", "数量指标", "新增学位数", "≥360个", (">=", 360, "个"), "25", note="含改扩建"),
        Ind("产出指标", "质量指标", "建设工程验收合格率", "100%", ("=", 100, "%"), "20"),
        Ind("产出指标", "时效指标", "竣工交付时间", "2025年8月底前", (None, None, None), "15"),
        Ind("效益指标", "社会效益指标", "学前三年毛入园率", "≥92%", (">=", 92, "%"), "20"),
        Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", (">=", 90, "%"), "20"),
    ], {"year": "3,500,000.00", "fiscal": "3,200,000.00"}, False)
    form("教育信息化设备更新", "52030325T000001355", [
        ("一般公共预算财政拨款收入", "1,480,000.00"), ("政府性基金预算财政拨款收入", ""), ("事业收入", "56,000.00"),
        ("上年结转", "0.00"), ("合计", "1,536,000.00")], [
        Ind("产出指标", "数量指标", "更新多媒体教室", "≥96间", (">=", 96, "间"), "25"),
        Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "20"),
        Ind("产出指标", "成本指标", "每间教室设备费用", "≤1.6万元", ("<=", 1.6, "万元"), "15"),
        Ind("效益指标", "可持续影响指标", "设备使用年限", "≥6年", (">=", 6, "年"), "20"),
        Ind("满意度指标", "服务对象满意度指标", "教师满意度", "≥85%", (">=", 85, "%"), "20"),
    ], {"year": "1,536,000.00", "fiscal": "1,480,000.00", "carried": "0.00"}, True)
    return doc.save(folder)


BLIND31: dict[str, Builder] = {
    "hlj_hrb_nangang_accounts_dept_then_projects_colnums": layout_hlj_hrb_nangang_accounts_dept_then_projects_colnums,
    "jl_cc_chaoyang_accounts_self_eval_pairs_zero_carried": layout_jl_cc_chaoyang_accounts_self_eval_pairs_zero_carried,
    "ln_sy_heping_accounts_self_eval_source_grid_long": layout_ln_sy_heping_accounts_self_eval_source_grid_long,
    "tj_bc_budget_targets_yuan_heads_colnums": layout_tj_bc_budget_targets_yuan_heads_colnums,
    "heb_bd_lianchi_budget_dept_wide_stacked_money": layout_heb_bd_lianchi_budget_dept_wide_stacked_money,
    "sx_ty_xiaodian_budget_landscape_list_colnums": layout_sx_ty_xiaodian_budget_landscape_list_colnums,
    "jx_jj_xunyang_self_evals_yuan_in_cell": layout_jx_jj_xunyang_self_evals_yuan_in_cell,
    "sx_dt_accounts_self_eval_adjusted_reason_split": layout_sx_dt_accounts_self_eval_adjusted_reason_split,
    "gs_tw_qinzhou_targets_labels_above_wan_title_unit": layout_gs_tw_qinzhou_targets_labels_above_wan_title_unit,
    "cq_ddk_accounts_dept_self_eval_sources_central": layout_cq_ddk_accounts_dept_self_eval_sources_central,
    "gz_zy_huichuan_budget_source_list_two_a_page": layout_gz_zy_huichuan_budget_source_list_two_a_page,
}
SETS: dict[str, dict[str, Builder]] = {"blind31": BLIND31}


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
    """Write every layout of ``which`` ("blind31") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
