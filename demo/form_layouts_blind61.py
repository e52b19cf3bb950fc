"""BLIND61 performance forms: eleven layouts as 四川 (a district of 遂宁, a town of 达州), 重庆
(a 街道 of 合川区), 贵州 (a district of 铜仁), 云南 (a county of 文山), 陕西 (a district of 安康),
甘肃 (a hospital of 庆阳), 宁夏 (a school of 灵武市), 青海 (a county of 海北), 新疆 (a district of
克拉玛依) and 西藏 (a district of 昌都) print their 项目支出绩效目标表, 部门整体支出绩效目标表,
项目支出绩效自评表 and 部门整体支出绩效自评表, written by an author who had read neither the form
reader nor the earlier blind sets (only the gold helpers and page composer of ``form_layouts``,
``tables`` and ``drawing``, the gold conventions of BLIND9's docstring and the real disclosures).
Each layout writes one PDF and its gold in the format of ``form_layouts.write_set``; the gold is
written by hand with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

sc_sn_budget_money_pairs_shaded_head  四川 遂宁 district 部门预算 (front matter, budget tables),
        then one 项目支出绩效目标表 per project: 项目资金总额（万元）| v | 年度资金（万元）| v and
        其中：财政拨款 | v | 上年结转 | v pairs, grid 一级 | 二级 | 三级 | 指标值 | 指标值说明 with its
        head row shaded; rules "filled"
cq_hc_street_source_grid_yuan_open  重庆 合川区 街道 standalone forms: a 资金来源 | 金额（元） grid
        (一般公共预算财政拨款收入, 政府性基金预算财政拨款收入, 事业收入 blank, 其他收入, 合计) with
        separators, grid 序号 | 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 权重（%）| 备注;
        rules "open" (Word tables, no outer sides)
gz_tr_accounts_self_evals_yuan_cells  贵州 铜仁 district 部门决算 (accounts front) ending with two
        项目支出绩效自评表 in 元: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over
        年度资金总额 / 其中：财政拨款 / 上年结转资金 (0.00 printed) / 其他资金, 自评等级 as words;
        rules "cells"
yn_ws_budget_turned_list_money_heads  云南 文山 county 部门预算, then a list on pages turned by
        /Rotate 90: 项目名称 | 资金总额 | 财政拨款 | 其他资金 (heads carrying （万元）) | 年度绩效目标
        | 一级 | 二级 | 三级 | 指标值, project cells merged down; rules "filled"
sn_ak_budget_dept_wide_stacked_yuan  陕西 安康 district 部门预算 with a 部门整体支出绩效目标表
        (部门预算资金 heads 合计 | 财政拨款 | 其他资金, no project money) and two project forms whose
        money is stacked rows under a merged 项目资金（元） cell (资金总额 / 其中：财政资金 / 其他资金);
        shaded field rows; rules "cells"
gs_qy_hospital_self_eval_pairs_direction  甘肃 庆阳 hospital (二级单位) standalone self
        evaluations: money as label | value pairs (年初预算数（万元）…, 其中：财政拨款（万元）,
        预算执行率, 分值 | 得分), target split 指标方向 | 年度指标值 | 计量单位; rules "open"
nx_lw_school_labels_above_split_two_row  宁夏 灵武市 school forms: money heads (资金总额 | 年度资金 |
        其中：财政拨款 | 其中：其他资金 | 上年结转) above their amounts, 单位：万元 in the caption line,
        a two-row grid header (指标值 over 比较符 | 数值 | 单位, 权重 merged down); rules "filled"
qh_hb_accounts_dept_and_project_self_eval  青海 海北 county 部门决算 ending with a
        部门整体支出绩效自评表 (money rows 年度资金总额 / 基本支出 / 项目支出) and a project self
        evaluation, grid heads shaded; rules "cells"
xj_klmy_landscape_three_forms_a_page  新疆 克拉玛依 district: three short landscape forms running
        down the pages (two on the first), each captioned 项目N,
        项目资金（万元） merged over heads 合计 | 财政拨款 | 专项债券 | 其他资金, targets in words
        (不低于 / 不高于 / 达到 / 大于 / 小于); rules "filled"
xz_cd_long_forms_yuan_total_year_repeat  西藏 昌都 district forms in 元 running on down the pages
        (the second cut by the page break, its grid header repeated on the next page): 项目总额（元）
        beside 年度预算（元）, 其中：中央补助 / 其中：财政拨款 / 上年结转 pairs, wrapped 指标值设定依据,
        ranges and deadlines; rules "filled"
sc_dz_town_budget_income_heads_two_a_page  四川 达州 镇 部门预算, two forms a page: heads 资金总额 |
        一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 上年结转 | 其他资金 over one row of
        amounts in 万元; rules "cells"

Gold conventions: BLIND9's docstring, with the money rulings of the round (fiscal_amount = the
财政拨款 / 财政资金 figure as printed, or the sum of the source lines named …财政拨款收入; never
专项债券, 中央补助, 事业收入 or 其他资金; a printed 0.00 上年结转 is 0.00; 达到 N reads ≥; 项目总额 /
项目资金总额 is ``total`` beside the 年度 figure, ``year``). This set's rulings:

- a 部门整体 self evaluation's budget / executed are its 年度资金总额 row's 全年预算数 / 全年执行数;
  its 基本支出 / 项目支出 rows are not projects.
- 自评等级 words 优秀 / 良好 read 优 / 良; 执行率 score = min(10, 全年执行数 / 全年预算数 × 10).
- a blank 事业收入 line adds nothing; 中央补助 printed beside 其中：财政拨款 is not fiscal.
"""
from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


# --------------------------------------------------------------------------- shared pieces


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the two summary tables, the 说明 heading the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实党中央、省委省政府关于本领域工作的决策部署，依法履行职责。",
        "二、机构设置。纳入本部门预算编制范围的单位包括部门本级及所属单位。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec("收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    body = [plain_row([name, value, value, ""]) for name, value in spending]
    body.append(plain_row(["合计", f"{total_out:,.2f}", f"{total_out:,.2f}", ""]))
    doc.pages.table(TableSpec("一般公共预算支出预算表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [200, 100, 100, 100],
                              [(0, 0, 1, 1, "功能分类科目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出"),
                               (0, 3, 1, 1, "项目支出")], 1, body, ["l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  预算绩效目标", [
        f"按照全面实施预算绩效管理要求，{dept}{year}年项目支出和部门整体支出绩效目标如下表。",
    ])


def _rate(budget: str, executed: str) -> tuple[str, str, float]:
    """执行率 as printed, its score (10 points at most) as printed, and that score."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b * 100
    score = min(Decimal(10), (e / b * 10)).quantize(Decimal("0.01"))
    return f"{rate:.2f}%", f"{score:.2f}", float(score)


def _total(rate_score: float, inds: list[Ind]) -> float:
    return round(rate_score + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- layouts


def layout_sc_sn_budget_money_pairs_shaded_head(folder: Path, name: str) -> FileGold:
    """四川 遂宁: 部门预算 then a form per project, money label | value pairs; rules "filled", shaded head."""
    dept = "遂宁市船山区卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "6,820.40"), ("事业收入", "1,150.00")],
                  [("卫生健康支出", "7,640.40"), ("社会保障和就业支出", "330.00")])
    projects = [
        ("基本公共卫生服务补助", "51090325R000012", "遂宁市船山区疾病预防控制中心", "1,860.00", "620.00", "580.00", "40.00",
         "为辖区常住居民免费提供国家基本公共卫生服务项目。", [
             Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥3.2万人", (">=", 3.2, "万人")),
             Ind("产出指标", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "≥90%", (">=", 90, "%")),
             Ind("产出指标", "质量指标", "居民电子健康档案建档率", "≥80%", (">=", 80, "%")),
             Ind("产出指标", "时效指标", "补助资金拨付时限", "2025年9月底前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "居民健康素养水平", "稳步提高", Q),
             Ind("效益指标", "可持续影响指标", "基层卫生服务能力", "持续提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("院前急救体系运行保障", "51090325R000027", "遂宁市船山区急救指挥中心", "450.00", "150.00", "150.00", "0.00",
         "保障急救站点和急救车辆正常运行，缩短急救响应时间。", [
             Ind("产出指标", "数量指标", "急救站点数", "12个", ("=", 12, "个")),
             Ind("产出指标", "数量指标", "急救车辆保障台数", "≥18台", (">=", 18, "台")),
             Ind("产出指标", "质量指标", "急救电话接听率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "城区急救平均反应时间", "≤12分钟", ("<=", 12, "分钟")),
             Ind("产出指标", "成本指标", "单站年度运行补助", "≤12.5万元", ("<=", 12.5, "万元")),
             Ind("效益指标", "社会效益指标", "急危重症患者救治成功率", "≥95%", (">=", 95, "%")),
             Ind("满意度指标", "服务对象满意度指标", "患者及家属满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("计划生育家庭特别扶助", "51090325R000035", "遂宁市船山区卫生健康局", "236.40", "236.40", "236.40", "",
         "按标准足额发放特别扶助金，保障计划生育特殊家庭基本生活。", [
             Ind("产出指标", "数量指标", "特别扶助对象人数", "1286人", ("=", 1286, "人")),
             Ind("产出指标", "质量指标", "扶助金发放准确率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "扶助金发放及时率", "≥98%", (">=", 98, "%")),
             Ind("产出指标", "成本指标", "独生子女死亡家庭扶助标准", "≥590元/人·月", (">=", 590, "元/人·月")),
             Ind("效益指标", "社会效益指标", "特殊家庭基本生活保障", "有效保障", Q),
             Ind("效益指标", "可持续影响指标", "扶助政策知晓率", "≥95%", (">=", 95, "%")),
             Ind("满意度指标", "服务对象满意度指标", "扶助对象满意度", "≥95%", (">=", 95, "%")),
         ]),
    ]
    widths = [70, 80, 130, 90, 140]
    for project, code, unit_name, total, yr, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit_name))
        rows.add((0, 2, "项目资金总额（万元）"), (2, 1, total), (3, 1, "年度资金（万元）"), (4, 1, yr))
        rows.add((0, 2, "其中：财政拨款"), (2, 1, fiscal), (3, 1, "上年结转"), (4, 1, carried))
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
        spec = _spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                     editor=f"填报单位（盖章）：{unit_name}", unit_raw="金额单位：万元")
        doc.pages.grid(replace(spec, rules="filled", shaded_rows=(head,)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, total=total, year=yr, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


def layout_cq_hc_street_source_grid_yuan_open(folder: Path, name: str) -> FileGold:
    """重庆 合川: 街道 forms, a 资金来源 grid in 元, weights; rules "open"."""
    dept = "重庆市合川区钓鱼城街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("老旧小区改造配套基础设施", [("一般公共预算财政拨款收入", "1,280,000.00"), ("政府性基金预算财政拨款收入", "300,000.00"),
                                      ("事业收入", ""), ("其他收入", "")], "1,580,000.00", "1,580,000.00",
         [
             Ind("产出指标", "数量指标", "改造小区个数", ("≥", "6", "个"), (">=", 6, "个"), "20"),
             Ind("产出指标", "数量指标", "改造雨污管网长度", ("≥", "2.4", "公里"), (">=", 2.4, "公里"), "10"),
             Ind("产出指标", "质量指标", "工程验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "工程完工时间", ("", "2025年11月30日前", ""), (None, None, None), "10"),
             Ind("产出指标", "成本指标", "每户改造平均成本", ("≤", "4800", "元"), ("<=", 4800, "元"), "10"),
             Ind("效益指标", "社会效益指标", "居民居住环境", ("定性", "明显改善", ""), Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
         ]),
        ("社区网格化治理服务", [("一般公共预算财政拨款收入", "426,500.00"), ("政府性基金预算财政拨款收入", ""),
                                ("事业收入", "50,000.00"), ("其他收入", "")], "476,500.00", "426,500.00",
         [
             Ind("产出指标", "数量指标", "专职网格员人数", ("≥", "58", "人"), (">=", 58, "人"), "20"),
             Ind("产出指标", "数量指标", "网格事件办结数", ("≥", "4500", "件"), (">=", 4500, "件"), "15"),
             Ind("产出指标", "质量指标", "网格事件按期办结率", ("≥", "95", "%"), (">=", 95, "%"), "15"),
             Ind("产出指标", "时效指标", "一般事件处置时限", ("≤", "3", "个工作日"), ("<=", 3, "个工作日"), "10"),
             Ind("效益指标", "社会效益指标", "矛盾纠纷就地化解率", ("≥", "92", "%"), (">=", 92, "%"), "15"),
             Ind("效益指标", "可持续影响指标", "基层治理长效机制", ("定性", "逐步健全", ""), Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "辖区群众满意度", ("＞", "88", "%"), (">", 88, "%"), "15"),
         ]),
    ]
    widths = [28, 58, 70, 120, 44, 74, 44, 40, 48]
    for project, sources, total_txt, fiscal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, ""), (1, 2, "项目名称"), (3, 5, project), (8, 1, ""))
        rows.add((0, 1, ""), (1, 2, "主管部门及代码"), (3, 3, f"[311001]{dept}"), (6, 1, "项目类型"), (7, 2, "一次性项目"))
        r = rows.n
        rows.put(r, 0, len(sources) + 2, 1, "")
        rows.put(r, 1, len(sources) + 2, 2, "资金来源")
        rows.put(r, 3, 1, 2, "资金性质")
        rows.put(r, 5, 1, 4, "金额（元）")
        for k, (label, amount) in enumerate(sources, 1):
            rows.put(r + k, 3, 1, 2, label)
            rows.put(r + k, 5, 1, 4, amount)
        rows.put(r + len(sources) + 1, 3, 1, 2, "合计")
        rows.put(r + len(sources) + 1, 5, 1, 4, total_txt)
        rows.add((0, 1, "序号"), (1, 1, "一级指标"), (2, 1, "二级指标"), (3, 1, "三级指标"), (4, 1, "指标性质"),
                 (5, 1, "指标值"), (6, 1, "度量单位"), (7, 1, "权重（%）"), (8, 1, "备注"))
        r0 = rows.n
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.target[0]), (5, 1, i.target[1]),
                                                (6, 1, i.target[2]), (7, 1, i.weight), (8, 1, "")])
        for k in range(len(inds)):
            rows.put(r0 + k, 0, 1, 1, str(k + 1))
        spec = _spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效目标表",
                     editor=f"单位名称：{dept}")
        doc.pages.grid(replace(spec, rules="open"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=total_txt, fiscal=fiscal)
    return doc.save(folder)


def _yuan_self_eval(doc: FormDoc, project: str, dept: str, unit_name: str, lines: list[tuple[str, str, str, str]],
                    goal: tuple[str, str], inds: list[Ind], grade_word: str, *, rules: str = "cells",
                    shaded: bool = False, unit: str = "元") -> float:
    """A 项目支出绩效自评表: money columns over the source lines (first line 年度资金总额), the
    goal, the scoring grid, 总分 and 自评等级. Returns the 总分."""
    budget, executed = lines[0][2:]
    rate, rate_txt, rate_score = _rate(budget, executed)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 7, project))
    rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, unit_name))
    r = rows.n
    rows.put(r, 0, len(lines) + 1, 2, f"项目资金（{unit}）")
    rows.put(r, 2, 1, 1, "")
    heads = ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    for k, head in enumerate(heads):
        rows.put(r, 3 + k, 1, 1, head)
    for k, (label, a, b, c) in enumerate(lines, 1):
        tail = ("10", rate, rate_txt) if k == 1 else ("—", "—", "—")
        for j, v in enumerate((label, a, b, c, *tail)):
            rows.put(r + k, 2 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 2, "年度总体目标")
    rows.put(r, 2, 1, 4, "预期目标")
    rows.put(r, 6, 1, 3, "实际完成情况")
    rows.put(r + 1, 2, 1, 4, goal[0])
    rows.put(r + 1, 6, 1, 3, goal[1])
    head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                        "分值", "得分", "偏差原因分析", "改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note), (8, 1, "加强跟踪管理" if i.note else "")])
    total = _total(rate_score, inds)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
    rows.add((0, 5, "自评等级"), (5, 4, grade_word))
    spec = _spec(rows.cells, rows.n, [46, 50, 84, 78, 78, 78, 40, 66, 52], title="项目支出绩效自评表",
                 editor=f"（{doc.gold.fiscal_year}年度）", unit_raw=f"单位：{unit}", kind="performance_self_evaluation")
    doc.pages.grid(replace(spec, rules=rules, shaded_rows=(head,) if shaded else ()), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    return total


def layout_gz_tr_accounts_self_evals_yuan_cells(folder: Path, name: str) -> FileGold:
    """贵州 铜仁: 部门决算 ending with two project self evaluations in 元; rules "cells"."""
    dept = "铜仁市碧江区农业农村局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "5,204.36"), ("二、其他收入", "88.10")],
                    [("一、农林水支出", "5,012.46"), ("二、社会保障和就业支出", "280.00")])
    evals = [
        ("高标准农田建设", "铜仁市碧江区农田建设服务中心",
         [("年度资金总额", "8,600,000.00", "8,600,000.00", "8,213,500.00"),
          ("其中：财政拨款", "8,000,000.00", "8,000,000.00", "7,613,500.00"),
          ("上年结转资金", "0.00", "0.00", "0.00"),
          ("其他资金", "600,000.00", "600,000.00", "600,000.00")],
         ("新建高标准农田1.2万亩，配套灌排和田间道路。", "建成高标准农田1.2万亩，通过县级验收。"), [
             Ind("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", (">=", 1.2, "万亩"), "15", "1.2万亩", "15"),
             Ind("产出指标", "数量指标", "新修田间道路长度", "≥18公里", (">=", 18, "公里"), "10", "19.5公里", "10"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "项目完工时间", "2024年12月底前", (None, None, None), "10", "2024年12月20日", "10"),
             Ind("产出指标", "成本指标", "亩均财政投入", "≤3000元", ("<=", 3000, "元"), "5", "2980元", "5"),
             Ind("效益指标", "经济效益指标", "项目区粮食亩产增加", "≥50公斤", (">=", 50, "公斤"), "15", "45公斤", "12",
                 "部分地块当年受旱"),
             Ind("效益指标", "可持续影响指标", "工程设计使用年限", "≥15年", (">=", 15, "年"), "10", "15年", "10"),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
         ], "优秀", "优"),
        ("农村人居环境整治", "铜仁市碧江区乡村振兴服务中心",
         [("年度资金总额", "2,450,000.00", "2,650,000.00", "2,385,000.00"),
          ("其中：财政拨款", "2,450,000.00", "2,650,000.00", "2,385,000.00"),
          ("上年结转资金", "0.00", "0.00", "0.00"),
          ("其他资金", "", "", "")],
         ("完成农村户厕改造和生活垃圾收运体系建设。", "改造户厕1,560户，垃圾收运覆盖率96%。"), [
             Ind("产出指标", "数量指标", "农村户厕改造数", "≥1500户", (">=", 1500, "户"), "20", "1560户", "20"),
             Ind("产出指标", "质量指标", "改厕验收合格率", "≥95%", (">=", 95, "%"), "15", "94%", "13",
                 "个别农户自行施工不规范"),
             Ind("产出指标", "时效指标", "补助资金兑付时限", "≤60天", ("<=", 60, "天"), "10", "75天", "6",
                 "验收进度滞后"),
             Ind("效益指标", "社会效益指标", "村庄环境面貌", "明显改善", Q, "15", "明显改善", "15"),
             Ind("效益指标", "生态效益指标", "生活垃圾收运处置覆盖率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
             Ind("效益指标", "可持续影响指标", "村庄保洁长效机制", "建立健全", Q, "10", "已建立", "9"),
             Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%"), "10", "87%", "8",
                 "宣传引导不足"),
         ], "良好", "良"),
    ]
    for project, unit_name, lines, goal, inds, word, grade in evals:
        total = _yuan_self_eval(doc, project, dept, unit_name, lines, goal, inds, word)
        doc.gold.self_evaluation(project, "元", lines[0][2], lines[0][3], total, grade)
        doc.gold.project(project, "元", year=lines[0][2], fiscal=lines[1][2], carried=lines[2][2])
    return doc.save(folder)


def layout_yn_ws_budget_turned_list_money_heads(folder: Path, name: str) -> FileGold:
    """云南 文山: 部门预算 then a list on turned pages, project cells merged; rules "filled"."""
    dept = "砚山县交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 22)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "3,466.00"), ("其他收入", "240.00")],
                  [("交通运输支出", "3,586.00"), ("社会保障和就业支出", "120.00")])
    projects = [
        ("农村公路日常养护", "1,380.00", "1,260.00", "120.00", "完成全县农村公路日常养护，优良中等路率稳步提升。", [
            Ind("产出指标", "数量指标", "农村公路养护里程", "≥2150公里", (">=", 2150, "公里")),
            Ind("产出指标", "质量指标", "优良中等路比例", "≥80%", (">=", 80, "%")),
            Ind("产出指标", "时效指标", "路面病害处置时限", "≤7天", ("<=", 7, "天")),
            Ind("效益指标", "社会效益指标", "群众出行条件", "持续改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("城乡客运燃油补贴", "560.00", "560.00", "", "按时足额兑付城乡客运补贴，保障农村客运稳定运营。", [
            Ind("产出指标", "数量指标", "补贴客运车辆数", "236辆", ("=", 236, "辆")),
            Ind("产出指标", "质量指标", "建制村通客车率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "补贴资金兑付时间", "2025年10月底前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "农村客运班线停运条数", "＜3条", ("<", 3, "条")),
            Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("公路安全生命防护工程", "940.00", "820.00", "120.00", "完成急弯陡坡、临水临崖路段安全防护设施建设。", [
            Ind("产出指标", "数量指标", "实施防护工程里程", "≥86公里", (">=", 86, "公里")),
            Ind("产出指标", "质量指标", "交工验收合格率", "100%", ("=", 100, "%")),
            Ind("产出指标", "成本指标", "每公里建设成本", "≤10.9万元", ("<=", 10.9, "万元")),
            Ind("效益指标", "社会效益指标", "道路交通事故死亡人数", "同比下降", Q),
            Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "90%-95%", ("range", 90, "%", 95)),
        ]),
    ]
    heads = ("项目名称", "资金总额（万元）", "财政拨款（万元）", "其他资金（万元）", "年度绩效目标", "一级指标", "二级指标",
             "三级指标", "指标值")
    widths = [78, 62, 62, 62, 130, 58, 78, 130, 70]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(heads)])
    for project, yr, fiscal, other, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.raw)])
        for col, text in ((0, project), (1, yr), (2, fiscal), (3, other), (4, goal)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal)
    spec = _spec(rows.cells, rows.n, widths, title=f"{dept}{year}年项目支出绩效目标表", editor=f"部门：{dept}",
                 landscape=True)
    doc.pages.grid(replace(spec, rules="filled"), repeat=(0, 1), fresh_page=True, turned=True)
    return doc.save(folder)


def layout_sn_ak_budget_dept_wide_stacked_yuan(folder: Path, name: str) -> FileGold:
    """陕西 安康: 部门预算 with a 部门整体 target form, then projects with stacked money in 元; rules "cells"."""
    dept = "安康市汉滨区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算公开", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "9,316.80"), ("政府性基金预算拨款收入", "420.00")],
                  [("社会保障和就业支出", "9,506.80"), ("城乡社区支出", "230.00")])
    dept_inds = [
        Ind("产出指标", "数量指标", "城乡低保保障人数", "≥2.1万人", (">=", 2.1, "万人")),
        Ind("产出指标", "数量指标", "特困人员供养人数", "3420人", ("=", 3420, "人")),
        Ind("产出指标", "质量指标", "低保对象认定准确率", "≥98%", (">=", 98, "%")),
        Ind("产出指标", "时效指标", "临时救助审批时限", "≤10个工作日", ("<=", 10, "个工作日")),
        Ind("产出指标", "成本指标", "“三公”经费控制率", "≤100%", ("<=", 100, "%")),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", Q),
        Ind("效益指标", "可持续影响指标", "社会救助体系", "持续完善", Q),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    f0 = rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    for k, t in enumerate(("合计", "财政拨款", "其他资金")):
        rows.put(r, [1, 3, 5][k], 1, [2, 2, 1][k], t)
    for k, t in enumerate(("9,736.80", "9,736.80", "0.00")):
        rows.put(r + 1, [1, 3, 5][k], 1, [2, 2, 1][k], t)
    rows.add((0, 1, "年度总体目标"), (1, 5, "落实城乡低保、特困供养和临时救助政策，兜牢基本民生底线。"))
    head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "备注"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, "")])
    spec = _spec(rows.cells, rows.n, [80, 90, 90, 70, 80, 80], title=f"{year}年部门整体支出绩效目标表",
                 editor=f"部门名称：{dept}", kind="dept_performance_targets")
    doc.pages.grid(replace(spec, shaded_rows=(f0, head)), fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("城乡居民最低生活保障", "610902250000101", "2,400,000.00", "2,100,000.00", "300,000.00", [
            Ind("产出指标", "数量指标", "城市低保保障人数", "≥4600人", (">=", 4600, "人"), "20"),
            Ind("产出指标", "质量指标", "低保金社会化发放率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "低保金按月发放", "每月10日前", (None, None, None), "10"),
            Ind("产出指标", "成本指标", "城市低保月人均补差", "≥520元", (">=", 520, "元"), "15"),
            Ind("效益指标", "社会效益指标", "低保对象基本生活", "得到保障", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%", (">=", 90, "%"), "15"),
        ]),
        ("养老服务体系建设", "610902250000117", "1,850,000.00", "1,850,000.00", "0.00", [
            Ind("产出指标", "数量指标", "新建社区养老服务站", "≥8个", (">=", 8, "个"), "20"),
            Ind("产出指标", "数量指标", "居家养老服务人次", "≥1.5万人次", (">=", 1.5, "万人次"), "15"),
            Ind("产出指标", "质量指标", "养老机构消防安全达标率", "100%", ("=", 100, "%"), "15"),
            Ind("产出指标", "时效指标", "服务站建成投用时间", "2025年12月底前", (None, None, None), "10"),
            Ind("效益指标", "社会效益指标", "老年人养老服务可及性", "明显提升", Q, "25"),
            Ind("满意度指标", "服务对象满意度指标", "服务老人满意度", "≥92%", (">=", 92, "%"), "15"),
        ]),
    ]
    for project, code, yr, fiscal, other, inds in projects:
        rows = _Rows()
        f0 = rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, code))
        f1 = rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "项目期限"), (4, 2, "1年"))
        r = rows.n
        rows.put(r, 0, 3, 1, "项目资金（元）")
        for k, (label, value) in enumerate((("资金总额", yr), ("其中：财政资金", fiscal), ("其他资金", other))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 3, value)
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
        spec = _spec(rows.cells, rows.n, [80, 90, 90, 70, 90, 60], title=f"{year}年项目支出绩效目标表",
                     editor=f"单位：{dept}", unit_raw="单位：元")
        doc.pages.grid(replace(spec, shaded_rows=(f0, f1, head)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, year=yr, fiscal=fiscal)
    return doc.save(folder)


def layout_gs_qy_hospital_self_eval_pairs_direction(folder: Path, name: str) -> FileGold:
    """甘肃 庆阳: hospital self evaluations, money label | value pairs, split target; rules "open"."""
    dept = "庆阳市西峰区人民医院"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("医疗设备购置", "320.00", "350.00", "346.50", "350.00", [
            Ind("产出指标", "数量指标", "购置医疗设备台（套）数", ("≥", "12", "台（套）"), (">=", 12, "台(套)"), "20", "13台（套）", "20"),
            Ind("产出指标", "质量指标", "设备验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "设备安装调试完成时间", ("≤", "90", "天"), ("<=", 90, "天"), "10", "82天", "10"),
            Ind("效益指标", "社会效益指标", "检查检验服务能力", ("定性", "明显提升", ""), Q, "20", "明显提升", "19"),
            Ind("效益指标", "可持续影响指标", "设备使用年限", ("≥", "8", "年"), (">=", 8, "年"), "10", "8年", "10"),
            Ind("满意度指标", "服务对象满意度指标", "患者满意度", ("≥", "90", "%"), (">=", 90, "%"), "15", "94%", "15"),
        ], "优"),
        ("紧密型医共体建设", "180.00", "180.00", "151.20", "150.00", [
            Ind("产出指标", "数量指标", "下派专家驻点人次", ("≥", "120", "人次"), (">=", 120, "人次"), "20", "126人次", "20"),
            Ind("产出指标", "数量指标", "远程会诊例数", ("≥", "800", "例"), (">=", 800, "例"), "10", "740例", "8"),
            Ind("产出指标", "质量指标", "基层首诊率", ("≥", "65", "%"), (">=", 65, "%"), "15", "61%", "12"),
            Ind("效益指标", "社会效益指标", "县域内就诊率", ("≥", "90", "%"), (">=", 90, "%"), "15", "91%", "15"),
            Ind("效益指标", "可持续影响指标", "医共体运行机制", ("定性", "持续完善", ""), Q, "15", "基本完善", "13"),
            Ind("满意度指标", "服务对象满意度指标", "基层医务人员满意度", ("≥", "85", "%"), (">=", 85, "%"), "15", "88%", "15"),
        ], "良"),
    ]
    widths = [34, 52, 60, 92, 40, 50, 50, 58, 32, 32, 54]
    for project, initial, budget, executed, fiscal, inds, grade in evals:
        rate, rate_txt, rate_score = _rate(budget, executed)
        total = _total(rate_score, inds)
        rows = _Rows()
        rows.add((0, 1, ""), (1, 2, "项目名称"), (3, 4, project), (7, 2, "实施单位"), (9, 2, dept))
        rows.add((0, 1, ""), (1, 2, "年初预算数（万元）"), (3, 2, initial), (5, 2, "全年预算数（万元）"), (7, 2, budget),
                 (9, 2, ""))
        rows.add((0, 1, ""), (1, 2, "全年执行数（万元）"), (3, 2, executed), (5, 2, "其中：财政拨款（万元）"), (7, 2, fiscal),
                 (9, 2, ""))
        rows.add((0, 1, ""), (1, 2, "预算执行率"), (3, 2, rate), (5, 1, "分值"), (6, 1, "10"), (7, 1, "得分"),
                 (8, 2, rate_txt), (10, 1, ""))
        rows.add((0, 1, ""), (1, 2, "年度总体目标完成情况"), (3, 8, "按计划完成年度任务，服务能力稳步提升。"))
        rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "一级指标", "二级指标", "三级指标", "指标方向", "年度指标值",
                                                     "计量单位", "实际完成值", "分值", "得分", "偏差原因"))])
        r0 = rows.n
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.target[0]), (5, 1, i.target[1]),
                                                (6, 1, i.target[2]), (7, 1, i.actual), (8, 1, i.weight),
                                                (9, 1, i.score), (10, 1, "")])
        for k in range(len(inds)):
            rows.put(r0 + k, 0, 1, 1, str(k + 1))
        rows.add((0, 1, ""), (1, 7, "自评得分"), (8, 1, "100"), (9, 1, f"{total:.2f}"), (10, 1, ""))
        rows.add((0, 1, ""), (1, 7, "自评等级"), (8, 2, grade), (10, 1, ""))
        spec = _spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表", editor=f"填报单位：{dept}",
                     kind="performance_self_evaluation")
        doc.pages.grid(replace(spec, rules="open"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal)
    return doc.save(folder)


def layout_nx_lw_school_labels_above_split_two_row(folder: Path, name: str) -> FileGold:
    """宁夏 灵武: school forms, money heads above amounts, two-row grid header; rules "filled"."""
    dept = "灵武市第二中学"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year,
                  cover=[(f"{year}年项目支出绩效目标表", 22), (f"单位：{dept}", 16), ("主管部门：灵武市教育局", 16)])
    projects = [
        ("学生营养改善计划", "210.60", "210.60", "198.00", "12.60", "0.00", [
            Ind("产出指标", "数量指标", "受益学生人数", ("≥", "2340", "人"), (">=", 2340, "人"), "20"),
            Ind("产出指标", "质量指标", "食品安全事故发生数", ("＝", "0", "起"), ("=", 0, "起"), "20"),
            Ind("产出指标", "时效指标", "营养餐供应天数", ("≥", "180", "天"), (">=", 180, "天"), "10"),
            Ind("产出指标", "成本指标", "生均每天补助标准", ("＝", "5", "元"), ("=", 5, "元"), "10"),
            Ind("效益指标", "社会效益指标", "学生营养健康状况", ("定性", "逐步改善", ""), Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "家长满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
            Ind("满意度指标", "服务对象满意度指标", "学生满意度", ("≥", "85", "%"), (">=", 85, "%"), "10"),
        ]),
        ("校舍维修改造", "320.00", "160.00", "120.00", "", "40.00", [
            Ind("产出指标", "数量指标", "维修改造校舍面积", ("≥", "4200", "平方米"), (">=", 4200, "平方米"), "20"),
            Ind("产出指标", "质量指标", "工程验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "暑期施工完成时间", ("", "2025年8月25日前", ""), (None, None, None), "15"),
            Ind("产出指标", "成本指标", "每平方米改造成本", ("≤", "380", "元"), ("<=", 380, "元"), "10"),
            Ind("效益指标", "社会效益指标", "校舍安全隐患", ("定性", "全面消除", ""), Q, "15"),
            Ind("效益指标", "可持续影响指标", "改造校舍使用年限", ("≥", "20", "年"), (">=", 20, "年"), "10"),
            Ind("满意度指标", "服务对象满意度指标", "师生满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
        ]),
    ]
    widths = [60, 70, 120, 44, 56, 52, 40, 62]
    for project, total, yr, fiscal, other, carried, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 1, "主管部门"), (6, 2, "灵武市教育局"))
        rows.add((0, 1, "实施单位"), (1, 4, dept), (5, 1, "项目类别"), (6, 2, "延续性项目"))
        rows.add((0, 1, "资金总额"), (1, 1, "年度资金"), (2, 1, "其中：财政拨款"), (3, 2, "其中：其他资金"),
                 (5, 1, "上年结转"), (6, 2, ""))
        rows.add((0, 1, total), (1, 1, yr), (2, 1, fiscal), (3, 2, other), (5, 1, carried), (6, 2, ""))
        rows.add((0, 1, "年度目标"), (1, 7, "按计划实施项目，保障学校教育教学正常开展。"))
        r = rows.n
        rows.put(r, 0, 1, 3, "绩效指标")
        rows.put(r, 3, 1, 3, "指标值")
        rows.put(r, 6, 2, 1, "权重")
        rows.put(r, 7, 2, 1, "指标说明")
        for k, t in enumerate(("一级指标", "二级指标", "三级指标", "比较符", "数值", "单位")):
            rows.put(r + 1, k, 1, 1, t)
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight), (7, 1, "")])
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"（{year}年度）",
                     unit_raw="单位：万元")
        doc.pages.grid(replace(spec, rules="filled"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=yr, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_qh_hb_accounts_dept_and_project_self_eval(folder: Path, name: str) -> FileGold:
    """青海 海北: 部门决算 ending with a 部门整体 and a project self evaluation; shaded heads; rules "cells"."""
    dept = "海晏县林业和草原局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(f"{dept}{year}年度部门决算", 22)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "2,736.52")],
                    [("一、农林水支出", "2,604.52"), ("二、住房保障支出", "132.00")])
    inds = [
        Ind("产出指标", "数量指标", "完成营造林面积", "≥1.5万亩", (">=", 1.5, "万亩"), "15", "1.6万亩", "15"),
        Ind("产出指标", "数量指标", "生态管护员人数", "1120人", ("=", 1120, "人"), "10", "1120人", "10"),
        Ind("产出指标", "质量指标", "造林成活率", "≥85%", (">=", 85, "%"), "10", "82%", "8", "春季干旱"),
        Ind("产出指标", "时效指标", "资金支付进度", "≥95%", (">=", 95, "%"), "10", "97.89%", "10"),
        Ind("效益指标", "生态效益指标", "草原综合植被盖度", "≥58%", (">=", 58, "%"), "15", "58.3%", "15"),
        Ind("效益指标", "社会效益指标", "森林草原火灾受害率", "≤0.9‰", ("<=", 0.9, "‰"), "10", "0", "10"),
        Ind("满意度指标", "服务对象满意度指标", "牧民群众满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
        Ind("满意度指标", "服务对象满意度指标", "生态管护员满意度", "≥85%", (">=", 85, "%"), "10", "86%", "10"),
    ]
    budget, executed = "2,796.00", "2,736.52"
    rate, rate_txt, rate_score = _rate(budget, executed)
    total = _total(rate_score, inds)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 7, dept))
    head0 = rows.n
    rows.put(head0, 0, 4, 2, "年度预算执行情况（万元）")
    for k, t in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(head0, 2 + k, 1, 1, t)
    money = [("年度资金总额", "2,650.00", budget, executed, "10", rate, rate_txt),
             ("基本支出", "1,120.00", "1,136.00", "1,136.00", "—", "—", "—"),
             ("项目支出", "1,530.00", "1,660.00", "1,600.52", "—", "—", "—")]
    for k, line in enumerate(money, 1):
        for j, v in enumerate(line):
            rows.put(head0 + k, 2 + j, 1, 1, v)
    rows.add((0, 2, "年度总体目标完成情况"), (2, 7, "完成营造林和草原生态保护修复任务，生态管护体系运行良好。"))
    head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                        "分值", "得分", "偏差原因", "改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note), (8, 1, "")])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
    rows.add((0, 5, "自评等级"), (5, 4, "优"))
    spec = _spec(rows.cells, rows.n, [50, 56, 88, 66, 66, 66, 40, 64, 50], title="部门整体支出绩效自评表",
                 editor=f"（{year}年度）", kind="performance_self_evaluation")
    doc.pages.grid(replace(spec, shaded_rows=(head0, head)), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "优")
    pinds = [
        Ind("产出指标", "数量指标", "退化草原改良面积", "≥3万亩", (">=", 3, "万亩"), "20", "3.2万亩", "20"),
        Ind("产出指标", "质量指标", "补播牧草出苗率", "≥75%", (">=", 75, "%"), "15", "70%", "12", "补播后降水偏少"),
        Ind("产出指标", "时效指标", "补播完成时间", "2024年6月底前", (None, None, None), "10", "2024年6月25日", "10"),
        Ind("效益指标", "生态效益指标", "项目区植被盖度提高", "≥5个百分点", (">=", 5, "个百分点"), "20", "6个百分点", "20"),
        Ind("效益指标", "可持续影响指标", "草畜平衡管理", "持续加强", Q, "10", "持续加强", "10"),
        Ind("满意度指标", "服务对象满意度指标", "项目区牧户满意度", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
    ]
    lines = [("年度资金总额", "600.00", "640.00", "598.40"), ("其中：财政拨款", "600.00", "640.00", "598.40"),
             ("上年结转资金", "0.00", "0.00", "0.00"), ("其他资金", "", "", "")]
    ptotal = _yuan_self_eval(doc, "退化草原生态修复治理", dept, "海晏县草原工作站", lines,
                             ("完成退化草原改良3万亩。", "完成退化草原改良3.2万亩。"), pinds, "优", shaded=True, unit="万元")
    doc.gold.self_evaluation("退化草原生态修复治理", "万元", "640.00", "598.40", ptotal, "优")
    doc.gold.project("退化草原生态修复治理", "万元", year="640.00", fiscal="640.00", carried="0.00")
    return doc.save(folder)


def layout_xj_klmy_landscape_three_forms_a_page(folder: Path, name: str) -> FileGold:
    """新疆 克拉玛依: three short landscape forms a page, money heads over amounts; rules "filled"."""
    dept = "克拉玛依市独山子区住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("城镇老旧小区供热管网改造", "2,360.00", "860.00", "1,500.00", "0.00", "完成3个小区供热管网改造，提升冬季供热质量。", [
            Ind("产出指标", "数量指标", "改造供热管网长度", "不低于12公里", (">=", 12, "公里")),
            Ind("产出指标", "质量指标", "管网试压合格率", "达到100%", (">=", 100, "%")),
            Ind("产出指标", "时效指标", "供暖季前完工率", "100%", ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "室温达标率", "不低于98%", (">=", 98, "%")),
            Ind("满意度指标", "服务对象满意度指标", "住户满意度", "大于90%", (">", 90, "%")),
        ]),
        ("保障性租赁住房运营补助", "385.00", "385.00", "", "", "保障新市民和青年人租赁住房运营，稳定租金水平。", [
            Ind("产出指标", "数量指标", "补助保障性租赁住房套数", "不少于600套", (">=", 600, "套")),
            Ind("产出指标", "质量指标", "租金低于同地段市场租金比例", "达到10%", (">=", 10, "%")),
            Ind("产出指标", "成本指标", "每套年均运营补助", "不高于6500元", ("<=", 6500, "元")),
            Ind("效益指标", "社会效益指标", "住房困难新市民租住条件", "有效改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "承租人满意度", "不低于88%", (">=", 88, "%")),
        ]),
        ("建筑工程质量安全监督检测", "126.80", "126.80", "", "", "开展在建工程质量安全监督抽查和检测。", [
            Ind("产出指标", "数量指标", "监督抽查在建项目数", "不少于45个", (">=", 45, "个")),
            Ind("产出指标", "质量指标", "检测报告出具准确率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "隐患整改复查时限", "小于15天", ("<", 15, "天")),
            Ind("效益指标", "社会效益指标", "较大及以上安全事故起数", "0起", ("=", 0, "起")),
            Ind("满意度指标", "服务对象满意度指标", "建设单位满意度", "不低于90%", (">=", 90, "%")),
        ]),
    ]
    widths = [90, 110, 150, 80, 80, 80, 100]
    for k, (project, yr, fiscal, bond, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "主管部门"), (5, 2, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for j, (t, v) in enumerate((("合计", yr), ("财政拨款", fiscal), ("专项债券", bond), ("其他资金", other))):
            col, span = [(1, 1), (2, 1), (3, 2), (5, 2)][j]
            rows.put(r, col, 1, span, t)
            rows.put(r + 1, col, 1, span, v)
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 2, "指标值"), (5, 2, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw), (5, 2, "")])
        spec = _spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表" if k == 0 else "",
                     editor=f"项目{k + 1}", landscape=True)
        doc.pages.grid(replace(spec, rules="filled"), fresh_page=(k == 0), gap=14)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal)
    return doc.save(folder)


def layout_xz_cd_long_forms_yuan_total_year_repeat(folder: Path, name: str) -> FileGold:
    """西藏 昌都: long forms in 元, 项目总额 beside 年度预算, header repeated; rules "filled"."""
    dept = "昌都市卡若区水利局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("农村供水保障巩固提升工程（2025-2026年）", "18,600,000.00", "9,800,000.00", "6,000,000.00", "3,200,000.00",
         "600,000.00", "2025年完成12个行政村供水管网延伸和水源保护，提升农村自来水普及率。", [
             Ind("产出指标", "数量指标", "新建及改造供水管网长度", "≥96公里", (">=", 96, "公里")),
             Ind("产出指标", "数量指标", "受益行政村个数", "12个", ("=", 12, "个")),
             Ind("产出指标", "数量指标", "新建蓄水池座数", "≥24座", (">=", 24, "座")),
             Ind("产出指标", "质量指标", "工程质量合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "质量指标", "集中供水水质达标率", "≥90%", (">=", 90, "%")),
             Ind("产出指标", "时效指标", "年度工程形象进度", "50%-60%", ("range", 50, "%", 60)),
             Ind("产出指标", "时效指标", "主体工程开工时间", "2025年5月31日前", (None, None, None)),
             Ind("产出指标", "成本指标", "每公里管网建设成本", "≤8.5万元", ("<=", 8.5, "万元")),
             Ind("效益指标", "社会效益指标", "农村自来水普及率", "≥92%", (">=", 92, "%")),
             Ind("效益指标", "可持续影响指标", "工程运行管护机制", "建立健全", Q),
             Ind("满意度指标", "服务对象满意度指标", "受益农牧民满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("河湖长制工作经费", "850,000.00", "850,000.00", "", "850,000.00", "", "落实河湖长制，开展河湖巡查和“清四乱”整治。", [
            Ind("产出指标", "数量指标", "河湖巡查次数", "≥480次", (">=", 480, "次")),
            Ind("产出指标", "数量指标", "“清四乱”问题整治数", "≥20处", (">=", 20, "处")),
            Ind("产出指标", "质量指标", "问题整改销号率", "≥95%", (">=", 95, "%")),
            Ind("产出指标", "时效指标", "问题整改时限", "3～6个月", ("range", 3, "个月", 6)),
            Ind("效益指标", "生态效益指标", "重点河湖水质达标率", "100%", ("=", 100, "%")),
            Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    widths = [64, 76, 150, 100, 120]
    for k, (project, total, yr, central, fiscal, carried, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, dept))
        rows.add((0, 2, "项目总额（元）"), (2, 1, total), (3, 1, "年度预算（元）"), (4, 1, yr))
        rows.add((0, 2, "其中：中央补助"), (2, 1, central), (3, 1, "其中：财政拨款"), (4, 1, fiscal))
        rows.add((0, 2, "上年结转"), (2, 1, carried), (3, 1, "其他资金"), (4, 1, ""))
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"),
                        (4, 1, "指标值设定依据"))
        basis = "项目实施方案" if k == 0 else "依据河湖长制工作要点确定，数据来源于河湖长制信息系统"
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, basis)])
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"填报单位：{dept}")
        doc.pages.grid(replace(spec, rules="filled"), repeat=(head, 1), fresh_page=(k == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", total=total, year=yr, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


def layout_sc_dz_town_budget_income_heads_two_a_page(folder: Path, name: str) -> FileGold:
    """四川 达州: 镇 部门预算, two forms a page, …财政拨款收入 heads over one row; rules "cells"."""
    dept = "宣汉县南坝镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "1,862.30"), ("政府性基金预算拨款收入", "210.00")],
                  [("一般公共服务支出", "980.30"), ("农林水支出", "1,092.00")])
    projects = [
        ("场镇环境卫生保洁", "168.00", "128.00", "", "40.00", "0.00", [
            Ind("产出指标", "数量指标", "场镇保洁面积", "≥32万平方米", (">=", 32, "万平方米")),
            Ind("产出指标", "质量指标", "垃圾日产日清率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "场镇主街日保洁频次", "≥2次", (">=", 2, "次")),
            Ind("效益指标", "社会效益指标", "场镇环境卫生面貌", "明显改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "场镇居民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("农村公益性公墓建设", "310.00", "100.00", "210.00", "", "", [
            Ind("产出指标", "数量指标", "建设公益性公墓个数", "2个", ("=", 2, "个")),
            Ind("产出指标", "数量指标", "新增墓穴数量", "≥1200个", (">=", 1200, "个")),
            Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "项目完工时间", "2025年11月底前", (None, None, None)),
            Ind("产出指标", "成本指标", "单个墓穴建设成本", "≤2500元", ("<=", 2500, "元")),
            Ind("效益指标", "生态效益指标", "乱埋乱葬现象", "有效遏制", Q),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    widths = [66, 96, 108, 104, 64, 64]
    for k, (project, yr, gen, fund, carried, other, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "实施单位"), (5, 1, "南坝镇"))
        rows.add((0, 1, "资金总额"), (1, 1, "一般公共预算财政拨款收入"), (2, 1, "政府性基金预算财政拨款收入"),
                 (3, 1, "上年结转"), (4, 2, "其他资金"))
        rows.add((0, 1, yr), (1, 1, gen), (2, 1, fund), (3, 1, carried), (4, 2, other))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"单位：{dept}",
                     unit_raw="单位：万元")
        doc.pages.grid(spec, fresh_page=(k == 0))
        fiscal = sum(Decimal(v) for v in (gen, fund) if v)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=f"{fiscal:.2f}", carried=carried or None)
    return doc.save(folder)


BLIND61: dict[str, Builder] = {
    "sc_sn_budget_money_pairs_shaded_head": layout_sc_sn_budget_money_pairs_shaded_head,
    "cq_hc_street_source_grid_yuan_open": layout_cq_hc_street_source_grid_yuan_open,
    "gz_tr_accounts_self_evals_yuan_cells": layout_gz_tr_accounts_self_evals_yuan_cells,
    "yn_ws_budget_turned_list_money_heads": layout_yn_ws_budget_turned_list_money_heads,
    "sn_ak_budget_dept_wide_stacked_yuan": layout_sn_ak_budget_dept_wide_stacked_yuan,
    "gs_qy_hospital_self_eval_pairs_direction": layout_gs_qy_hospital_self_eval_pairs_direction,
    "nx_lw_school_labels_above_split_two_row": layout_nx_lw_school_labels_above_split_two_row,
    "qh_hb_accounts_dept_and_project_self_eval": layout_qh_hb_accounts_dept_and_project_self_eval,
    "xj_klmy_landscape_three_forms_a_page": layout_xj_klmy_landscape_three_forms_a_page,
    "xz_cd_long_forms_yuan_total_year_repeat": layout_xz_cd_long_forms_yuan_total_year_repeat,
    "sc_dz_town_budget_income_heads_two_a_page": layout_sc_dz_town_budget_income_heads_two_a_page,
}
SETS: dict[str, dict[str, Builder]] = {"blind61": BLIND61}


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
    """Write every layout of ``which`` ("blind61") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
