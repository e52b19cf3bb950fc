"""BLIND64 performance forms: ten layouts as a district of 肇庆, a county of 漳州, a district of
湖州, the county-level city 昆山, a district of 滨州 (pages turned by /Rotate), a district of 沧州,
a district of 丹东, a 松原 school, a 绥化 town and a 呼伦贝尔 banner hospital print their
项目支出绩效目标表, 部门整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表 (2024–2025
templates), written by an author who had read neither the form reader nor the earlier blind sets
(only the gold helpers and page composer of ``form_layouts``, the gold conventions of BLIND9's
docstring and the real disclosures). Each layout writes one PDF and its gold in the format of
``form_layouts.write_set``; the gold is written by hand with ``form_layouts._gold_ind`` and
``FileGold``, never by the normalizers. Each line names the grid's rules (drawing.RULES).

gd_zq_budget_source_grid_total_year  广东 肇庆 district 部门预算 ("filled", grid heads shaded):
        budget tables, then one 项目支出绩效目标表 a page whose money is a 资金来源 grid
        (资金来源 | 项目资金总额 | 本年度资金 over 合计 / 财政拨款 / 其中：一般公共预算 /
        政府性基金预算 / 其他资金), 实施期目标 | 年度目标, deadline targets
fj_zz_county_yuan_pairs_direction_column  福建 漳州 county standalone forms in 元 with separators
        ("cells"): 项目总金额（元） | … | 本年度金额（元） pairs, 其中：财政拨款（元） | 上年结转（元）
        (0.00 printed), target split 指标方向 | 指标值 | 度量单位 (定性 in the direction column)
zj_hu_accounts_dept_and_project_self_eval_open  浙江 湖州 district 部门决算 ("open", a 序号
        column first and 备注 last as Word prints them): accounts tables, then a 部门整体支出绩效
        自评表 and a 项目支出绩效自评表 with 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
js_ks_budget_dept_wide_then_stacked_money  江苏 昆山 部门预算 ("cells"): budget tables, a 部门整体
        支出绩效目标表 (部门预算资金 heads 资金总额 | 财政拨款 | 其他资金 over one row, 权重), then two
        project forms to a page with money stacked under a merged 项目资金（万元） cell (blank 上年结转)
sd_bz_turned_list_weights_shaded  山东 滨州 district list on pages turned by /Rotate ("filled",
        header shaded and repeated): 项目名称 | 资金总额（万元） | 其中：财政资金 | 年度绩效目标 |
        一级 | 二级 | 三级 | 指标值 | 权重（%）, project and level cells merged down, the last
        project's cells cut by the page break (its name printed in the part on the next page)
heb_cz_self_evals_yuan_columns_filled  河北 沧州 district 项目支出绩效自评表 in 元 ("filled"):
        money lines 年度资金总额 / 其中：本年财政拨款 / 上年结转资金 / 其他资金 in columns, grades as
        words (优秀 / 良好)
ln_dd_budget_heads_over_values_open  辽宁 丹东 district 部门预算 ("open", 序号 first, 备注 last):
        budget tables, forms running down the pages with money heads 项目总额 | 当年预算 |
        其中：财政拨款 | 上年结转 | 其他资金 over one row of values (unit in the 金额单位 line),
        direction words (不低于 / 不少于 / 不超过 / 大于 / 达到)
jl_sy_school_accounts_self_eval_pairs_shaded  吉林 松原 school 单位决算 ("cells", grid head
        shaded): accounts tables, project self evaluations with money as label | value pairs
        (年初预算数（万元） | … | 全年执行数（万元） | …, 执行率 | 其中：财政拨款（万元） | 分值 | 得分)
hlj_sh_town_short_forms_pairs_weights  黑龙江 绥化 town standalone short forms flowing down the
        pages ("filled"): 资金总额（万元） | … | 财政拨款 | … | 上年结转 | … in one row, 分值 column
nmg_hlbe_hospital_landscape_yuan_heads  内蒙古 呼伦贝尔 banner hospital landscape forms in 元
        without separators ("cells"): 年度资金总额 | 财政拨款 | 上年结转 | 其他资金 heads over one
        row, ranges, ＜, 达到 N, deadlines

Gold conventions: BLIND9's docstring, the addenda's money rulings (fiscal = the 财政拨款 /
财政资金 figure as printed, or the sum of the lines named …财政拨款收入; a printed 0.00 上年结转 is
0.00, a blank one nothing; 达到 N reads ≥), and this set's rulings:

- A 资金来源 grid with 项目资金总额 and 本年度资金 columns: total = 项目资金总额 of 合计, year =
  本年度资金 of 合计, fiscal = the 本年度资金 of the 财政拨款 line (never its 其中：一般公共预算 part).
- A project self evaluation: year = 全年预算数 of 年度资金总额, fiscal = the 财政拨款 line's (or
  pair's) 全年预算数, carried = the 上年结转资金 line's 全年预算数 where printed.
- 项目总额 beside 当年预算 (a multi-year project): total = 项目总额, year = 当年预算.
- 大于 reads ">"; ＜ reads "<".
"""
from __future__ import annotations

import json
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]], heading: str = "第四部分  项目支出绩效目标表") -> None:
    """The front of a 部门预算: contents, 部门概况, two budget tables, the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实党中央、国务院和省委省政府决策部署，依法履行本部门职责。",
        "二、部门预算单位构成。纳入本部门预算编制范围的单位包括部门本级及所属单位。",
        f"三、{year}年主要工作任务。围绕年度中心工作，统筹做好各项重点任务的资金保障。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    n = max(len(income), len(spending))
    body = []
    for i in range(n):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec("部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    doc.pages.table(TableSpec("一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [200, 100, 100, 100],
                              [(0, 0, 1, 1, "功能分类科目"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出"),
                               (0, 3, 1, 1, "项目支出")], 1,
                              [plain_row([k, v, "", v]) for k, v in spending], ["l", "r", "r", "r"]))
    doc.pages.text_page(heading, [f"按照预算绩效管理要求，{dept}{year}年预算项目均编制了绩效目标，具体如下表。"])


def _rate(budget: str, executed: str) -> tuple[str, Decimal]:
    """执行率 as printed and its score out of 10 (two decimals)."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    ratio = e / b
    pct = (ratio * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    score = min(Decimal(10), (ratio * 10).quantize(Decimal("0.01"), ROUND_HALF_UP))
    return f"{pct}%", score


def _total(rate_score: Decimal, inds: list[Ind]) -> Decimal:
    return rate_score + sum(Decimal(i.score) for i in inds)


# --------------------------------------------------------------------------- 广东 肇庆


def layout_gd_zq_budget_source_grid_total_year(folder: Path, name: str) -> FileGold:
    """"filled" rules, the 资金来源 head and the grid head shaded."""
    dept = "肇庆市端州区卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "8,920.36"), ("二、政府性基金预算拨款收入", "400.00"),
                                    ("三、其他收入", "160.00")],
                  [("卫生健康支出", "9,120.36"), ("社会保障和就业支出", "360.00")])
    projects = [
        ("基层医疗卫生机构能力建设", "44120225000000318", "肇庆市端州区卫生健康局", "特定目标类", "2025年—2027年",
         [("合计", "1,860.00", "620.00"), ("财政拨款", "1,740.00", "580.00"), ("其中：一般公共预算", "1,440.00", "480.00"),
          ("政府性基金预算", "300.00", "100.00"), ("其他资金", "120.00", "40.00")],
         "1,860.00", "620.00", "580.00",
         "三年内完成辖区村（社区）卫生站标准化建设，基层首诊率明显提高。",
         "完成12个村（社区）卫生站标准化建设，配齐基本诊疗设备。", [
             Ind("产出指标", "数量指标", "标准化村卫生站建设数", "≥12个", (">=", 12, "个"), note="年度新建数"),
             Ind("产出指标", "数量指标", "基本诊疗设备购置数", "≥85台套", (">=", 85, "台套"), note="按配置标准"),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), note="验收合格数/购置数"),
             Ind("产出指标", "时效指标", "卫生站建设完成时间", "2025年11月底前", (None, None, None), note="竣工验收"),
             Ind("产出指标", "成本指标", "单个卫生站建设成本", "≤35万元", ("<=", 35, "万元"), note="含装修及设备"),
             Ind("效益指标", "社会效益指标", "基层首诊率", "≥65%", (">=", 65, "%"), note="卫健统计数据"),
             Ind("效益指标", "可持续影响指标", "基层医疗服务能力", "持续提升", Q, note="定性"),
             Ind("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%", (">=", 90, "%"), note="抽样调查"),
         ]),
        ("家庭医生签约服务", "44120225000000407", "肇庆市端州区社区卫生服务中心", "其他运转类", "2025年",
         [("合计", "356.00", "356.00"), ("财政拨款", "356.00", "356.00"), ("其中：一般公共预算", "356.00", "356.00"),
          ("政府性基金预算", "", ""), ("其他资金", "0.00", "0.00")],
         "356.00", "356.00", "356.00",
         "落实家庭医生签约服务，重点人群签约率稳步提高。",
         "重点人群签约率不低于75%，签约服务履约率不低于95%。", [
             Ind("产出指标", "数量指标", "家庭医生签约人数", "≥18万人", (">=", 18, "万人"), note="年度累计"),
             Ind("产出指标", "数量指标", "重点人群签约率", "≥75%", (">=", 75, "%"), note="签约人数/重点人群数"),
             Ind("产出指标", "质量指标", "签约服务履约率", "≥95%", (">=", 95, "%"), note="履约人数/签约人数"),
             Ind("产出指标", "时效指标", "签约服务补助发放时间", "2025年12月31日前", (None, None, None), note="按季度拨付"),
             Ind("效益指标", "社会效益指标", "重点人群健康管理水平", "有效提高", Q, note="定性"),
             Ind("效益指标", "可持续影响指标", "家庭医生团队服务机制", "长期有效", Q, note="定性"),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥85%", (">=", 85, "%"), note="第三方调查"),
         ]),
    ]
    widths = [66, 62, 72, 62, 62, 62, 50, 59]
    for project, code, unit_name, kind, period, sources, total, yr, fiscal, goal_all, goal_year, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 3, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 3, unit_name))
        rows.add((0, 1, "项目类别"), (1, 3, kind), (4, 1, "实施期限"), (5, 3, period))
        head = rows.add((0, 3, "资金来源"), (3, 2, "项目资金总额"), (5, 3, "本年度资金"))
        for label, a, b in sources:
            rows.add((0, 3, label), (3, 2, a), (5, 3, b))
        rows.add((0, 1, "实施期目标"), (1, 7, goal_all))
        rows.add((0, 1, "年度目标"), (1, 7, goal_year))
        grid_head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"),
                             (6, 2, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw), (6, 2, i.note)])
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"部门名称：{dept}",
                     unit_raw="单位：万元")
        doc.pages.grid(replace(spec, rules="filled", shaded_rows=(head, grid_head)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, total=total, year=yr, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建 漳州


def layout_fj_zz_county_yuan_pairs_direction_column(folder: Path, name: str) -> FileGold:
    """"cells" rules."""
    dept = "漳浦县农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效目标表", dept, year,
                  cover=[(f"{dept}", 22), (f"{year}年度项目支出绩效目标表", 20)])
    projects = [
        ("高标准农田建设", "350623250100012", "漳浦县农田建设服务中心", "28,600,000.00", "9,800,000.00",
         "9,300,000.00", "500,000.00", "新建高标准农田1.2万亩，配套灌排设施，提高粮食综合生产能力。", [
             Ind("产出指标", "数量指标", "新建高标准农田面积", ("≥", "12000", "亩"), (">=", 12000, "亩")),
             Ind("产出指标", "质量指标", "工程验收合格率", ("＝", "100", "%"), ("=", 100, "%")),
             Ind("产出指标", "成本指标", "亩均建设成本", ("≤", "3000", "元/亩"), ("<=", 3000, "元/亩")),
             Ind("效益指标", "经济效益指标", "项目区粮食亩产增加", ("≥", "50", "公斤"), (">=", 50, "公斤")),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", ("≥", "90", "%"), (">=", 90, "%")),
         ]),
        ("动物疫病强制免疫", "350623250100027", "漳浦县动物疫病预防控制中心", "1,260,000.00", "1,260,000.00",
         "1,260,000.00", "0.00", "做好重大动物疫病强制免疫，免疫密度保持在90%以上。", [
             Ind("产出指标", "数量指标", "强制免疫畜禽数量", ("≥", "320", "万头只"), (">=", 320, "万头只")),
             Ind("产出指标", "质量指标", "应免畜禽免疫密度", ("≥", "90", "%"), (">=", 90, "%")),
             Ind("产出指标", "时效指标", "春秋两季集中免疫完成时限", ("≤", "45", "天"), ("<=", 45, "天")),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情", ("定性", "不发生", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "养殖场户满意度", ("≥", "85", "%"), (">=", 85, "%")),
         ]),
        ("农村人居环境整治提升", "350623250100035", "漳浦县农业农村局", "3,450,000.00", "2,150,000.00",
         "1,850,000.00", "300,000.00", "完成农村户厕改造和村庄清洁行动，村容村貌明显改善。", [
             Ind("产出指标", "数量指标", "农村户厕改造户数", ("≥", "1500", "户"), (">=", 1500, "户")),
             Ind("产出指标", "数量指标", "村庄清洁行动覆盖村数", ("＝", "206", "个"), ("=", 206, "个")),
             Ind("产出指标", "质量指标", "改厕质量验收合格率", ("≥", "98", "%"), (">=", 98, "%")),
             Ind("效益指标", "生态效益指标", "农村生活垃圾收运处置体系", ("定性", "有效运行", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "村民满意度", ("≥", "90", "%"), (">=", 90, "%")),
         ]),
    ]
    widths = [70, 82, 100, 70, 93, 80]
    for project, code, unit_name, total, yr, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "项目编码"), (1, 2, code), (3, 1, "项目属性"), (4, 2, "延续性项目"))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        rows.add((0, 1, "项目总金额（元）"), (1, 2, total), (3, 1, "本年度金额（元）"), (4, 2, yr))
        rows.add((0, 1, "其中：财政拨款（元）"), (1, 2, fiscal), (3, 1, "上年结转（元）"), (4, 2, carried))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "度量单位"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2])])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效目标表",
                             editor=f"预算单位：{dept}", unit_raw="金额单位：元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, total=total, year=yr, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 浙江 湖州


def _self_eval_open(doc: FormDoc, title: str, head_pairs: list[tuple[str, str]], money_unit: str,
                    lines: list[tuple[str, str, str, str]], goal: tuple[str, str], inds: list[Ind],
                    grade: str, project: str | None) -> tuple[Decimal, str]:
    """A self evaluation with 序号 first and 备注 last ("open" rules): money lines in columns
    年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; returns (总分, 执行率)."""
    rate, rate_score = _rate(lines[0][2], lines[0][3])
    total = _total(rate_score, inds)
    rows = _Rows()
    for label, value in head_pairs:
        rows.add((0, 1, ""), (1, 2, label), (3, 6, value), (9, 1, ""))
    r = rows.n
    rows.put(r, 0, len(lines) + 1, 1, "")
    rows.put(r, 1, len(lines) + 1, 1, f"资金情况（{money_unit}）")
    rows.put(r, 2, 1, 1, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    rows.put(r, 9, 1, 1, "")
    for k, (label, initial, budget, executed) in enumerate(lines, 1):
        first = k == 1
        for j, v in enumerate((label, initial, budget, executed, "10" if first else "—",
                               rate if first else "—", str(rate_score) if first else "—", "")):
            rows.put(r + k, 2 + j, 1, 1, v)
    rows.add((0, 1, ""), (1, 2, "年度总体目标完成情况"), (3, 3, goal[0]), (6, 3, goal[1]), (9, 1, ""))
    rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因分析", "备注"))])
    r0 = rows.n
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note), (9, 1, "")])
    for k in range(len(inds)):
        rows.put(r0 + k, 0, 1, 1, str(k + 1))
    rows.add((0, 1, ""), (1, 5, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""), (9, 1, ""))
    rows.add((0, 1, ""), (1, 5, "自评等级"), (6, 3, grade), (9, 1, ""))
    doc.pages.grid(replace(_spec(rows.cells, rows.n, [26, 50, 56, 74, 56, 56, 34, 40, 78, 25], title=title,
                                 editor=f"（{doc.gold.fiscal_year}年度）", unit_raw=f"单位：{money_unit}",
                                 kind="performance_self_evaluation"), rules="open"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    return total, rate


def layout_zj_hu_accounts_dept_and_project_self_eval_open(folder: Path, name: str) -> FileGold:
    """"open" rules (no outer sides), a 序号 column first and an empty 备注 column last."""
    dept = "湖州市吴兴区人力资源和社会保障局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "2,105.37"), ("二、其他收入", "92.18")],
                    [("一、社会保障和就业支出", "2,012.40"), ("二、一般公共服务支出", "185.15")])
    dept_inds = [
        Ind("产出指标", "数量指标", "城镇新增就业人数", "≥8000人", (">=", 8000, "人"), "15", "8650人", "15"),
        Ind("产出指标", "数量指标", "职业技能培训人次", "≥6000人次", (">=", 6000, "人次"), "10", "6420人次", "10"),
        Ind("产出指标", "质量指标", "劳动人事争议仲裁结案率", "≥90%", (">=", 90, "%"), "10", "93.5%", "10"),
        Ind("产出指标", "质量指标", "社保待遇发放准确率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "社保业务网办时限", "≤3个工作日", ("<=", 3, "个工作日"), "10", "2个工作日", "10"),
        Ind("效益指标", "社会效益指标", "城镇调查失业率", "≤5%", ("<=", 5, "%"), "15", "4.6%", "15"),
        Ind("效益指标", "可持续影响指标", "就业公共服务体系", "不断健全", Q, "10", "基本健全", "8",
            "基层平台人员不足"),
        Ind("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%", (">=", 95, "%"), "10", "96.8%", "10"),
    ]
    total, _ = _self_eval_open(
        doc, "部门整体支出绩效自评表", [("部门名称", dept)], "万元",
        [("年度资金总额", "2,150.00", "2,286.40", "2,197.55"), ("其中：财政拨款", "2,060.00", "2,194.22", "2,105.37"),
         ("其他资金", "90.00", "92.18", "92.18")],
        ("稳就业、保民生，完善社会保障体系。", "新增就业8650人，各项任务全面完成。"), dept_inds, "优秀", None)
    doc.gold.self_evaluation(None, "万元", "2,286.40", "2,197.55", float(total), "优")
    project = "就业创业补贴"
    inds = [
        Ind("产出指标", "数量指标", "创业担保贷款贴息人数", "≥300人", (">=", 300, "人"), "15", "326人", "15"),
        Ind("产出指标", "数量指标", "吸纳就业补贴企业数", "≥120家", (">=", 120, "家"), "15", "112家", "12",
            "部分企业申报材料不全"),
        Ind("产出指标", "质量指标", "补贴资金发放准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "补贴审核办结时限", "≤20个工作日", ("<=", 20, "个工作日"), "10", "18个工作日", "10"),
        Ind("效益指标", "社会效益指标", "重点群体就业稳定性", "明显增强", Q, "20", "明显增强", "20"),
        Ind("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", (">=", 90, "%"), "15", "94%", "15"),
    ]
    total, _ = _self_eval_open(
        doc, "项目支出绩效自评表", [("项目名称", project), ("主管部门", dept), ("实施单位", "湖州市吴兴区就业管理服务中心")],
        "万元",
        [("年度资金总额", "860.00", "920.00", "903.18"), ("其中：财政拨款", "820.00", "880.00", "863.18"),
         ("其他资金", "40.00", "40.00", "40.00")],
        ("落实就业创业扶持政策，带动重点群体就业。", "补贴政策全面落实，发放准确及时。"), inds, "优秀", project)
    doc.gold.self_evaluation(project, "万元", "920.00", "903.18", float(total), "优")
    doc.gold.project(project, "万元", year="920.00", fiscal="880.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 昆山


def layout_js_ks_budget_dept_wide_then_stacked_money(folder: Path, name: str) -> FileGold:
    """"cells" rules."""
    dept = "昆山市城市管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "12,860.50"), ("二、其他收入", "350.00")],
                  [("城乡社区支出", "12,480.50"), ("社会保障和就业支出", "730.00")],
                  heading="第四部分  绩效目标表")
    dept_inds = [
        Ind("产出指标", "数量指标", "城市道路机扫面积", "≥1200万平方米", (">=", 1200, "万平方米"), "15"),
        Ind("产出指标", "数量指标", "生活垃圾分类小区覆盖率", "100%", ("=", 100, "%"), "10"),
        Ind("产出指标", "数量指标", "违法建设拆除面积", "≥30万平方米", (">=", 30, "万平方米"), "10"),
        Ind("产出指标", "质量指标", "道路保洁质量考核达标率", "≥95%", (">=", 95, "%"), "10"),
        Ind("产出指标", "质量指标", "数字城管案件结案率", "≥98%", (">=", 98, "%"), "10"),
        Ind("产出指标", "时效指标", "市民投诉处置时限", "≤24小时", ("<=", 24, "小时"), "10"),
        Ind("成本指标", "经济成本指标", "人均公用经费", "≤1.8万元", ("<=", 1.8, "万元"), "5"),
        Ind("效益指标", "社会效益指标", "市容环境秩序", "明显改善", Q, "10"),
        Ind("效益指标", "生态效益指标", "生活垃圾无害化处理率", "100%", ("=", 100, "%"), "10"),
        Ind("满意度指标", "服务对象满意度指标", "市民对城市管理满意度", "≥90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    for k, (head, v) in enumerate((("资金总额", "13,210.50"), ("财政拨款", "12,860.50"), ("其他资金", "350.00"))):
        c = [1, 3, 5][k]
        span = 2 if k < 2 else 1
        rows.put(r, c, 1, span, head)
        rows.put(r + 1, c, 1, span, v)
    rows.add((0, 1, "年度总体目标"), (1, 5, "提升城市精细化管理水平，推进垃圾分类和市容环境整治，市民满意度持续提升。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "权重", "备注"))])
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 90, 130, 90, 40, 75], title="部门整体支出绩效目标表",
                         editor=f"部门（单位）：{dept}", unit_raw=f"{year}年度"), fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("城市道路清扫保洁", "昆山市环境卫生管理处", "3,680.00", "3,680.00", "", "0.00",
         "完成城区主次干道清扫保洁，道路保洁质量考核达标。", [
             Ind("产出指标", "数量指标", "保洁道路面积", "≥860万平方米", (">=", 860, "万平方米")),
             Ind("产出指标", "质量指标", "保洁作业考核合格率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "主干道每日保洁时长", "≥16小时", (">=", 16, "小时")),
             Ind("效益指标", "社会效益指标", "城市道路整洁程度", "明显提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("智慧城管平台运维", "昆山市数字化城市管理中心", "415.60", "365.60", "50.00", "0.00",
         "保障智慧城管平台稳定运行，案件处置高效闭环。", [
             Ind("产出指标", "数量指标", "平台接入视频点位数", "≥2500个", (">=", 2500, "个")),
             Ind("产出指标", "质量指标", "系统正常运行率", "≥99%", (">=", 99, "%")),
             Ind("产出指标", "时效指标", "系统故障修复时间", "≤4小时", ("<=", 4, "小时")),
             Ind("效益指标", "社会效益指标", "城市管理问题发现效率", "有效提高", Q),
             Ind("满意度指标", "服务对象满意度指标", "平台使用部门满意度", "≥95%", (">=", 95, "%")),
         ]),
    ]
    for k, (project, unit_name, yr, fiscal, carried, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "实施单位"), (3, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        for j, (label, v) in enumerate((("年度资金总额", yr), ("其中：财政拨款", fiscal), ("上年结转资金", carried),
                                        ("其他资金", other))):
            rows.put(r + j, 1, 1, 2, label)
            rows.put(r + j, 3, 1, 2, v)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add(*[(j, 1, t) for j, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "备注"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 125, 120, 100, 70], title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}"), fresh_page=k == 0)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山东 滨州


def layout_sd_bz_turned_list_weights_shaded(folder: Path, name: str) -> FileGold:
    """"filled" rules, header row shaded, pages turned by /Rotate 90."""
    dept = "滨州市沾化区水利局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year,
                  cover=[(dept, 22), (f"{year}年项目支出绩效目标表", 20)])
    projects = [
        ("徒骇河堤防加固工程", "1,520.00", "1,200.00", "完成堤防加固8.5公里，提升防洪标准至20年一遇。", [
            Ind("产出指标", "数量指标", "堤防加固长度", "≥8.5公里", (">=", 8.5, "公里"), "30"),
            Ind("产出指标", "质量指标", "单元工程质量合格率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "主体工程完工时间", "2025年汛前", (None, None, None), "20"),
            Ind("效益指标", "社会效益指标", "防洪保护人口", "≥12万人", (">=", 12, "万人"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
        ("农村供水工程维修养护", "286.00", "286.00", "保障农村供水工程正常运行，农村自来水普及率稳定。", [
            Ind("产出指标", "数量指标", "维修养护供水工程处数", "≥46处", (">=", 46, "处"), "30"),
            Ind("产出指标", "质量指标", "农村供水水质达标率", "≥95%", (">=", 95, "%"), "20"),
            Ind("产出指标", "时效指标", "供水故障抢修时限", "≤24小时", ("<=", 24, "小时"), "20"),
            Ind("效益指标", "社会效益指标", "农村自来水普及率", "≥98%", (">=", 98, "%"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "农村用水户满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
        ("水土保持综合治理", "460.00", "380.00", "治理水土流失面积6平方公里，改善区域生态环境。", [
            Ind("产出指标", "数量指标", "治理水土流失面积", "≥6平方公里", (">=", 6, "平方公里"), "30"),
            Ind("产出指标", "数量指标", "营造水土保持林", "≥1500亩", (">=", 1500, "亩"), "20"),
            Ind("产出指标", "质量指标", "苗木成活率", "≥85%", (">=", 85, "%"), "20"),
            Ind("效益指标", "生态效益指标", "区域水土流失状况", "明显改善", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥85%", (">=", 85, "%"), "10"),
        ]),
        ("防汛抗旱物资储备", "95.00", "95.00", "补充防汛抗旱物资储备，保障汛期应急抢险需要。", [
            Ind("产出指标", "数量指标", "储备编织袋数量", "≥5万条", (">=", 5, "万条"), "25"),
            Ind("产出指标", "数量指标", "储备移动泵站", "≥6台", (">=", 6, "台"), "15"),
            Ind("产出指标", "质量指标", "物资验收合格率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "物资调运响应时间", "≤2小时", ("<=", 2, "小时"), "20"),
            Ind("效益指标", "社会效益指标", "汛期应急抢险保障能力", "有效提升", Q, "10"),
            Ind("满意度指标", "服务对象满意度指标", "抢险队伍满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
    ]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("项目名称", "资金总额（万元）", "其中：财政资金", "年度绩效目标",
                                                 "一级指标", "二级指标", "三级指标", "指标值", "权重（%）"))])
    for project, total, fiscal, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 4, 5, lambda i: [(6, 1, i.name), (7, 1, i.raw), (8, 1, i.weight)])
        for c, text in ((0, project), (1, total), (2, fiscal), (3, goal)):
            rows.put(r0, c, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    spec = _spec(rows.cells, rows.n, [92, 66, 66, 130, 62, 74, 112, 80, 50], title=f"{year}年项目支出绩效目标表",
                 editor=f"部门名称：{dept}", landscape=True)
    doc.pages.grid(replace(spec, rules="filled", shaded_rows=(0,)), repeat=(0, 1), turned=True, fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河北 沧州


def layout_heb_cz_self_evals_yuan_columns_filled(folder: Path, name: str) -> FileGold:
    """"filled" rules."""
    dept = "沧州市运河区教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year,
                  cover=[(dept, 22), (f"{year}年度项目支出绩效自评报告", 20)])
    evals = [
        ("学生营养改善计划", "沧州市运河区学生资助管理中心",
         [("年度资金总额", "2,460,000.00", "2,530,000.00", "2,498,760.00"),
          ("其中：本年财政拨款", "2,460,000.00", "2,530,000.00", "2,498,760.00"),
          ("上年结转资金", "", "", ""), ("其他资金", "", "", "")],
         "2,530,000.00", None, "优秀", "优", [
             Ind("产出指标", "数量指标", "受益学生人数", "≥6300人", (">=", 6300, "人"), "20", "6412人", "20"),
             Ind("产出指标", "质量指标", "供餐食品安全事故", "0起", ("=", 0, "起"), "15", "0起", "15"),
             Ind("产出指标", "时效指标", "营养餐供应天数", "≥200天", (">=", 200, "天"), "15", "203天", "15"),
             Ind("产出指标", "成本指标", "生均每天补助标准", "≤5元", ("<=", 5, "元"), "10", "5元", "10"),
             Ind("效益指标", "社会效益指标", "学生营养健康状况", "持续改善", Q, "15", "持续改善", "15"),
             Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", (">=", 90, "%"), "15", "95.2%", "15"),
         ]),
        ("中小学校舍维修改造", "沧州市运河区教育局",
         [("年度资金总额", "1,800,000.00", "1,650,000.00", "1,482,350.00"),
          ("其中：本年财政拨款", "1,800,000.00", "1,500,000.00", "1,364,350.00"),
          ("上年结转资金", "0.00", "150,000.00", "118,000.00"), ("其他资金", "", "", "")],
         "1,500,000.00", "150,000.00", "良好", "良", [
             Ind("产出指标", "数量指标", "维修改造校舍面积", "≥9000平方米", (">=", 9000, "平方米"), "20", "8600平方米", "17",
                 "一所学校改造推迟至寒假"),
             Ind("产出指标", "质量指标", "工程竣工验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "暑期维修工程完工时间", "2024年8月25日前", (None, None, None), "15",
                 "2024年8月28日", "12", "雨季影响工期"),
             Ind("产出指标", "成本指标", "单位面积维修成本", "≤180元/平方米", ("<=", 180, "元/平方米"), "10",
                 "172元/平方米", "10"),
             Ind("效益指标", "社会效益指标", "校舍安全隐患消除", "全部消除", Q, "15", "基本消除", "12",
                 "个别隐患待下年处理"),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
         ]),
    ]
    for project, unit_name, lines, fiscal, carried, grade_word, grade, inds in evals:
        rate, rate_score = _rate(lines[0][2], lines[0][3])
        total = _total(rate_score, inds)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 7, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 3, unit_name))
        r = rows.n
        rows.put(r, 0, len(lines) + 1, 1, "项目资金（元）")
        rows.put(r, 1, 1, 1, "")
        for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 2 + k, 1, 1, head)
        for k, (label, initial, budget, executed) in enumerate(lines, 1):
            first = k == 1
            for j, v in enumerate((label, initial, budget, executed, "10" if first else "—", rate if first else "—",
                                   str(rate_score) if first else "—")):
                rows.put(r + k, 1 + j, 1, 1, v)
        rows.add((0, 1, "年度总体目标"), (1, 3, "预期目标：按计划完成年度任务。"), (4, 4, "实际完成情况：年度任务基本完成。"))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因分析及改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
        rows.add((0, 5, "自评等级"), (5, 3, grade_word))
        spec = _spec(rows.cells, rows.n, [48, 86, 78, 76, 76, 34, 44, 53], title="项目支出绩效自评表",
                     editor=f"（{year}年度）", unit_raw="单位：元", kind="performance_self_evaluation")
        doc.pages.grid(replace(spec, rules="filled"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", lines[0][2], lines[0][3], float(total), grade)
        doc.gold.project(project, "元", year=lines[0][2], fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 丹东


def layout_ln_dd_budget_heads_over_values_open(folder: Path, name: str) -> FileGold:
    """"open" rules (no outer sides), 序号 first and 备注 last."""
    dept = "丹东市振兴区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "6,890.00"), ("二、上年结转", "160.00")],
                  [("社会保障和就业支出", "6,830.00"), ("一般公共服务支出", "220.00")])
    projects = [
        ("城乡居民最低生活保障", "4,260.00", "4,260.00", "4,100.00", "160.00", "0.00",
         "按时足额发放城乡低保金，保障困难群众基本生活。", [
             Ind("产出指标", "数量指标", "城乡低保保障人数", "不少于5200人", (">=", 5200, "人")),
             Ind("产出指标", "质量指标", "低保资金发放准确率", "达到100%", (">=", 100, "%")),
             Ind("产出指标", "时效指标", "低保金按月发放时限", "每月10日前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", Q),
             Ind("满意度指标", "服务对象满意度指标", "低保对象满意度", "不低于90%", (">=", 90, "%")),
         ]),
        ("特困人员救助供养", "980.00", "980.00", "980.00", "0.00", "0.00",
         "保障特困人员基本生活和照料护理需求。", [
             Ind("产出指标", "数量指标", "特困供养人数", "不少于640人", (">=", 640, "人")),
             Ind("产出指标", "质量指标", "失能特困人员集中供养率", "大于60%", (">", 60, "%")),
             Ind("产出指标", "成本指标", "分散供养人均月标准", "不超过1300元", ("<=", 1300, "元")),
             Ind("效益指标", "社会效益指标", "特困人员生活质量", "稳步提高", Q),
             Ind("满意度指标", "服务对象满意度指标", "供养对象满意度", "不低于92%", (">=", 92, "%")),
         ]),
        ("养老服务体系建设（2025-2027年）", "1,500.00", "500.00", "450.00", "", "50.00",
         "三年建成区域养老服务中心3个，社区养老服务设施全覆盖。", [
             Ind("产出指标", "数量指标", "新建区域养老服务中心", "不少于1个", (">=", 1, "个")),
             Ind("产出指标", "数量指标", "居家养老上门服务人次", "不少于1.5万人次", (">=", 1.5, "万人次")),
             Ind("产出指标", "质量指标", "养老机构消防安全达标率", "达到100%", (">=", 100, "%")),
             Ind("效益指标", "社会效益指标", "老年人养老服务可及性", "明显提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "服务老人满意度", "不低于90%", (">=", 90, "%")),
         ]),
    ]
    widths = [26, 70, 86, 96, 76, 56, 60, 25]
    for k, (project, total, yr, fiscal, carried, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, ""), (1, 1, "项目名称"), (2, 5, project), (7, 1, ""))
        rows.add((0, 1, ""), (1, 1, "主管部门"), (2, 5, dept), (7, 1, ""))
        r = rows.n
        rows.put(r, 0, 2, 1, "")
        rows.put(r, 1, 2, 1, "项目资金")
        for j, (head, v) in enumerate((("项目总额", total), ("当年预算", yr), ("其中：财政拨款", fiscal),
                                       ("上年结转", carried), ("其他资金", other))):
            rows.put(r, 2 + j, 1, 1, head)
            rows.put(r + 1, 2 + j, 1, 1, v)
        rows.put(r, 7, 2, 1, "")
        rows.add((0, 1, ""), (1, 1, "年度目标"), (2, 5, goal), (7, 1, ""))
        rows.add(*[(j, 1, t) for j, t in enumerate(("序号", "一级指标", "二级指标", "三级指标", "指标值", "指标性质",
                                                     "评分标准", "备注"))])
        r0 = rows.n
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw),
                                                (5, 1, "定性" if i.exp[0] == "qualitative" else "定量"),
                                                (6, 1, "按完成比例计分"), (7, 1, "")])
        for j in range(len(inds)):
            rows.put(r0 + j, 0, 1, 1, str(j + 1))
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"单位名称：{dept}",
                     unit_raw="金额单位：万元")
        doc.pages.grid(replace(spec, rules="open"), fresh_page=k == 0)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=yr, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林 松原


def layout_jl_sy_school_accounts_self_eval_pairs_shaded(folder: Path, name: str) -> FileGold:
    """"cells" rules, the grid head shaded."""
    dept = "松原市实验高级中学"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度单位决算", dept, year,
                  cover=[(dept, 22), (f"{year}年度部门决算", 24), ("（单位决算）", 16)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "3,286.45"), ("二、事业收入", "210.00")],
                    [("一、教育支出", "3,326.45"), ("二、社会保障和就业支出", "170.00")])
    evals = [
        ("学生资助", "186.00", "192.50", "190.86", "192.50", "优", [
            Ind("产出指标", "数量指标", "国家助学金资助人数", "≥640人", (">=", 640, "人"), "20", "652人", "20"),
            Ind("产出指标", "质量指标", "资助对象认定准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "资助资金发放时间", "每学期结束前", (None, None, None), "15", "按时发放", "15"),
            Ind("产出指标", "成本指标", "生均资助标准", "≤2000元", ("<=", 2000, "元"), "10", "2000元", "10"),
            Ind("效益指标", "社会效益指标", "家庭经济困难学生辍学情况", "无因贫辍学", Q, "15", "无因贫辍学", "15"),
            Ind("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", (">=", 90, "%"), "15", "96%", "15"),
        ]),
        ("校园安全设施改造", "120.00", "120.00", "108.60", "100.00", "良", [
            Ind("产出指标", "数量指标", "新增视频监控点位", "≥80个", (">=", 80, "个"), "20", "76个", "18",
                "部分点位与教学楼改造合并实施"),
            Ind("产出指标", "质量指标", "安防设备验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "设施改造完成时间", "2024年9月1日前", (None, None, None), "15", "2024年9月20日",
                "10", "设备到货延迟"),
            Ind("产出指标", "成本指标", "改造成本", "≤120万元", ("<=", 120, "万元"), "10", "108.6万元", "10"),
            Ind("效益指标", "社会效益指标", "校园安全防范能力", "显著增强", Q, "15", "明显增强", "13",
                "应急演练频次不足"),
            Ind("满意度指标", "服务对象满意度指标", "师生家长满意度", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
        ]),
    ]
    widths = [60, 60, 66, 60, 66, 66, 40, 77]
    for project, initial, budget, executed, fiscal, grade, inds in evals:
        rate, rate_score = _rate(budget, executed)
        total = _total(rate_score, inds)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 7, project))
        rows.add((0, 1, "主管部门"), (1, 3, "松原市教育局"), (4, 1, "实施单位"), (5, 3, dept))
        rows.add((0, 1, "年初预算数（万元）"), (1, 1, initial), (2, 1, "全年预算数（万元）"), (3, 1, budget),
                 (4, 1, "全年执行数（万元）"), (5, 1, executed), (6, 1, "执行率"), (7, 1, rate))
        rows.add((0, 2, ""), (2, 1, "其中：财政拨款（万元）"), (3, 1, fiscal), (4, 1, "分值"), (5, 1, "10"),
                 (6, 1, "得分"), (7, 1, str(rate_score)))
        rows.add((0, 1, "年度总体目标"), (1, 7, "按期完成年度建设和保障任务，发挥资金使用效益。"))
        grid_head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值",
                                                                 "实际完成值", "分值", "得分", "偏差原因及改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
        rows.add((0, 5, "自评等级"), (5, 3, grade))
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                     kind="performance_self_evaluation")
        doc.pages.grid(replace(spec, shaded_rows=(grid_head,)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, float(total), grade)
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 黑龙江 绥化


def layout_hlj_sh_town_short_forms_pairs_weights(folder: Path, name: str) -> FileGold:
    """"filled" rules."""
    dept = "绥化市北林区秦家镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year,
                  cover=[(dept, 20), (f"{year}年项目支出绩效目标表", 20)])
    projects = [
        ("村级道路养护", "52.00", "52.00", "0.00", "完成全镇村级道路日常养护，保障群众安全出行。", [
            Ind("产出指标", "数量指标", "养护村级道路里程", "≥86公里", (">=", 86, "公里"), "30"),
            Ind("产出指标", "质量指标", "道路优良路率", "≥80%", (">=", 80, "%"), "20"),
            Ind("产出指标", "时效指标", "路面病害处置时限", "≤7天", ("<=", 7, "天"), "20"),
            Ind("效益指标", "社会效益指标", "群众出行条件", "明显改善", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
        ("秸秆禁烧巡查", "36.50", "30.00", "6.50", "落实秸秆禁烧网格化巡查，实现火点零发生。", [
            Ind("产出指标", "数量指标", "巡查网格覆盖村数", "14个", ("=", 14, "个"), "30"),
            Ind("产出指标", "质量指标", "卫星监测火点数", "0个", ("=", 0, "个"), "30"),
            Ind("产出指标", "时效指标", "秋季禁烧巡查结束时间", "2025年11月30日前", (None, None, None), "10"),
            Ind("效益指标", "生态效益指标", "空气质量", "持续改善", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥85%", (">=", 85, "%"), "10"),
        ]),
        ("村屯环境卫生整治", "28.00", "28.00", "", "清运村屯积存垃圾，村容村貌整洁有序。", [
            Ind("产出指标", "数量指标", "清运垃圾量", "≥3200吨", (">=", 3200, "吨"), "40"),
            Ind("产出指标", "质量指标", "村屯清洁达标率", "≥90%", (">=", 90, "%"), "30"),
            Ind("效益指标", "生态效益指标", "农村人居环境", "整洁有序", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
    ]
    widths = [75, 70, 80, 60, 80, 60, 70]
    for k, (project, yr, fiscal, carried, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 1, "实施单位"), (6, 1, "秦家镇"))
        rows.add((0, 1, "资金总额（万元）"), (1, 1, yr), (2, 1, "其中：财政拨款"), (3, 1, fiscal),
                 (4, 1, "上年结转"), (5, 2, carried))
        rows.add((0, 1, "年度目标"), (1, 6, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (5, 1, "指标值"), (6, 1, "分值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 3, i.name), (5, 1, i.raw), (6, 1, i.weight)])
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"单位：{dept}")
        doc.pages.grid(replace(spec, rules="filled"), fresh_page=k == 0, gap=26)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 内蒙古 呼伦贝尔


def layout_nmg_hlbe_hospital_landscape_yuan_heads(folder: Path, name: str) -> FileGold:
    """"cells" rules, landscape pages."""
    dept = "莫力达瓦达斡尔族自治旗人民医院"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year,
                  cover=[(dept, 20), (f"{year}年项目支出绩效目标表", 20)])
    projects = [
        ("医疗设备购置", "3860000.00", "3200000.00", "660000.00", "0.00", "购置CT等医疗设备，提升诊疗能力。", [
            Ind("产出指标", "数量指标", "购置医疗设备台数", "≥26台", (">=", 26, "台")),
            Ind("产出指标", "质量指标", "设备安装调试合格率", "达到100%", (">=", 100, "%")),
            Ind("产出指标", "时效指标", "设备采购完成时间", "2025年10月底前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "患者外转率", "＜8%", ("<", 8, "%")),
            Ind("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("公立医院综合改革补助", "1250000.00", "1250000.00", "", "", "推进公立医院综合改革，控制医疗费用不合理增长。", [
            Ind("产出指标", "数量指标", "平均住院日", "＜9天", ("<", 9, "天")),
            Ind("产出指标", "质量指标", "病床使用率", "85%-95%", ("range", 85, "%", 95)),
            Ind("产出指标", "成本指标", "门诊次均费用增幅", "≤5%", ("<=", 5, "%")),
            Ind("效益指标", "社会效益指标", "群众就医负担", "有效减轻", Q),
            Ind("满意度指标", "服务对象满意度指标", "医务人员满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("基本公共卫生服务", "2146000.00", "1986000.00", "0.00", "160000.00", "落实国家基本公共卫生服务项目。", [
            Ind("产出指标", "数量指标", "高血压患者规范管理率", "≥62%", (">=", 62, "%")),
            Ind("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥90%", (">=", 90, "%")),
            Ind("产出指标", "质量指标", "居民电子健康档案建档率", "达到85%", (">=", 85, "%")),
            Ind("产出指标", "时效指标", "健康体检完成时限", "3～6个月", ("range", 3, "个月", 6)),
            Ind("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    widths = [80, 92, 118, 96, 92, 92, 92, 80]
    for k, (project, yr, fiscal, carried, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "主管部门"), (5, 3, "莫力达瓦达斡尔族自治旗卫生健康委员会"))
        rows.add((0, 1, "实施单位"), (1, 3, dept), (4, 1, "项目期限"), (5, 3, "2025年1月1日-2025年12月31日"))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金")
        for (c, span), head, v in zip(((1, 1), (2, 2), (4, 2), (6, 2)), ("年度资金总额", "财政拨款", "上年结转", "其他资金"),
                                      (yr, fiscal, carried, other)):
            rows.put(r, c, 1, span, head)
            rows.put(r + 1, c, 1, span, v)
        rows.add((0, 1, "年度目标"), (1, 7, goal))
        rows.add(*[(j, 1, t) for j, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "指标解释",
                                                     "评（扣）分标准", "数据来源", "备注"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "按年度统计口径"),
                                                (5, 1, "完成得满分"), (6, 1, "医院统计报表"), (7, 1, "")])
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"填报单位：{dept}",
                     unit_raw="金额单位：元", landscape=True)
        doc.pages.grid(spec, fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=yr, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


BLIND64: dict[str, Builder] = {
    "gd_zq_budget_source_grid_total_year": layout_gd_zq_budget_source_grid_total_year,
    "fj_zz_county_yuan_pairs_direction_column": layout_fj_zz_county_yuan_pairs_direction_column,
    "zj_hu_accounts_dept_and_project_self_eval_open": layout_zj_hu_accounts_dept_and_project_self_eval_open,
    "js_ks_budget_dept_wide_then_stacked_money": layout_js_ks_budget_dept_wide_then_stacked_money,
    "sd_bz_turned_list_weights_shaded": layout_sd_bz_turned_list_weights_shaded,
    "heb_cz_self_evals_yuan_columns_filled": layout_heb_cz_self_evals_yuan_columns_filled,
    "ln_dd_budget_heads_over_values_open": layout_ln_dd_budget_heads_over_values_open,
    "jl_sy_school_accounts_self_eval_pairs_shaded": layout_jl_sy_school_accounts_self_eval_pairs_shaded,
    "hlj_sh_town_short_forms_pairs_weights": layout_hlj_sh_town_short_forms_pairs_weights,
    "nmg_hlbe_hospital_landscape_yuan_heads": layout_nmg_hlbe_hospital_landscape_yuan_heads,
}
SETS: dict[str, dict[str, Builder]] = {"blind64": BLIND64}


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
    """Write every layout of ``which`` ("blind64") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
