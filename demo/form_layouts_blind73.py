"""BLIND73 performance forms: ten layouts as 北京 门头沟区, 天津 蓟州区, 河北 定州市, 山西 孝义市,
内蒙古 阿拉善盟, 辽宁 葫芦岛市, 吉林 辽源市, 黑龙江 七台河市, 山东 济宁市 and 河南 三门峡市 (a 镇)
print their 项目支出绩效目标表, 部门整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表
in 2024–2025, written by an author who had read neither the form reader nor the earlier blind
sets (only the gold helpers and page composer of ``form_layouts``, ``drawing``, ``tables`` and
the gold conventions of BLIND9's docstring). Each layout writes one PDF and its gold in the
format of ``form_layouts.write_set``; the gold is written by hand with ``_gold_ind`` and
``FileGold``, never by the normalizers.

bj_mtg_budget_annual_funds_pairs  [filled, shaded header] 北京 门头沟区 部门预算: budget tables,
        then one 项目支出绩效目标表 per project: 项目资金（万元） merged down the left over label |
        value pairs 年度资金总额 | 财政拨款 | 其他资金 | 上年结转, 一级 | 二级 | 三级 | 指标值 | 权重（%）
tj_jz_self_evals_yuan_columns  [cells] 天津 蓟州区 standalone 项目支出绩效自评表 ×2 in 元 with
        separators: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 /
        其中：财政拨款 / 上年结转资金 / 其他资金, 偏差原因分析及改进措施, 自评等级 row
heb_dz_budget_income_source_lines  [filled] 河北 定州市 部门预算: tables, then forms whose 资金来源
        lines are 资金总额 / 其中：一般公共预算财政拨款收入 / 政府性基金预算财政拨款收入 / 其他资金
        (fiscal = the two …财政拨款收入 lines summed), targets in words (不低于 / 达到 / 控制在…以内)
sx_xiaoyi_final_accounts_dept_and_project_eval  [open, shaded header] 山西 孝义市 部门决算: accounts
        tables, then a 部门整体支出绩效自评表 (money as 全年预算数 | 全年执行数 | 执行率 pairs) and
        a 项目支出绩效自评表 (money heads over rows), 总分 and 评价等级 words (优秀 / 良好)
nmg_als_turned_list_money_three_heads  [filled] 内蒙古 阿拉善盟 list of projects on landscape pages
        turned by /Rotate: 项目名称 | 项目资金（万元） over 合计 | 财政拨款 | 其他资金 | 年度绩效目标
        | 一级 | 二级 | 三级 | 指标值, a column-number row, header repeated over the pages
ln_hld_dept_wide_then_project_stacked  [cells] 辽宁 葫芦岛市 部门整体支出绩效目标表 (部门预算资金
        heads 合计 | 一般公共预算 | 政府性基金 | 其他 over one row, 权重), then a project form with
        money as stacked rows (label row above value row), a printed 0.00 上年结转
jl_ly_two_forms_a_page_split_target  [open] 吉林 辽源市 standalone short forms, two a page: money
        label | value pairs in 元 (资金总额（元） | 其中：财政资金（元）), 指标值 over 指标方向 |
        指标值 | 度量单位, direction words 正向 / 反向 replaced by ≥ ≤ = and 定性
hlj_qth_final_accounts_landscape_self_evals  [filled, shaded header] 黑龙江 七台河市 部门决算, then
        landscape 项目支出绩效自评表 ×2: 项目资金（万元） rows 年度资金总额 / 其中：财政拨款 /
        上年结转 / 其他资金 under 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
sd_jn_budget_long_form_repeated_header  [cells] 山东 济宁市 部门预算: tables, then long project
        forms running over pages with their grid header repeated: 项目总额 / 当年金额 / 其中：财政
        资金 in one row of label | value pairs, 权重, 达到 / 不少于 / 大于 / 小于 targets, deadline
ha_smx_town_forms_source_grid_yuan  [cells] 河南 三门峡市 a 镇 standalone forms in 元 with a
        资金来源 grid 年度资金总额 | 财政拨款 | 上级补助 | 上年结转 | 其他资金 over one row (fiscal = the
        财政拨款 figure only; 上级补助 is not fiscal), range targets (90%-95%)

Gold conventions: BLIND9's docstring, and the round's addenda: fiscal = the 财政拨款 / 财政资金
figure as printed or the sum of lines named …财政拨款收入 (never 一般公共预算 alone, 上级补助,
其他资金); a printed 0.00 上年结转 is "0.00"; 达到 N reads ">="; 控制在 N 以内 reads "<=". A
self evaluation's 总分 is printed with two decimals: its execution score (执行率 × 10, at most 10)
plus the indicators' scores.
"""
from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

P, E, S = "产出指标", "效益指标", "满意度指标"
QN, QL, TM, CO = "数量指标", "质量指标", "时效指标", "成本指标"
EC, SO, EN, SU, SA = "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"


def _ruled(spec: TableSpec, rules: str, shaded: tuple[int, ...] = ()) -> TableSpec:
    return dataclasses.replace(spec, rules=rules, shaded_rows=shaded)


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]], projects: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, 收支总表, 项目支出表, the 绩效 heading."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职责。{dept}贯彻落实党中央关于本领域工作的方针政策和决策部署，依法履行职责。",
        "二、机构设置。纳入本部门预算编制范围的单位包括部门机关及所属事业单位。",
        f"三、{year}年重点工作。围绕年度目标任务，统筹安排预算资金，保障重点项目实施。",
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
                              f"部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    doc.pages.table(TableSpec("项目支出预算表", "project_expenditure", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [60, 260, 100],
                              [(0, 0, 1, 1, "序号"), (0, 1, 1, 1, "项目名称"), (0, 2, 1, 1, "本年拨款")], 1,
                              [plain_row([str(k), n, v]) for k, (n, v) in enumerate(projects, 1)],
                              ["c", "l", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标", [
        f"按照预算绩效管理要求，{year}年本部门对纳入预算的项目全部编制了绩效目标，现将重点项目绩效目标公开如下。",
    ])


def _eval_total(budget: str, executed: str, inds: list[Ind]) -> tuple[str, str, float]:
    """(执行率 as printed, its score as printed, 总分) of a self evaluation."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b * 100
    rate_score = min(Decimal(10), e / b * 10).quantize(Decimal("0.01"))
    total = float(rate_score) + sum(float(i.score) for i in inds)
    return f"{rate:.2f}%", f"{rate_score:.2f}", round(total, 2)


def _weighted_grid(rows: _Rows, inds: list[Ind], *, c0: int = 0, weight: bool = True,
                   heads: tuple[str, ...] = ("一级指标", "二级指标", "三级指标", "指标值")) -> int:
    """Header row then the indicator rows: 一级 | 二级 | 三级 | 指标值 (| 权重); the header's index."""
    h = rows.add(*[(c0 + k, 1, t) for k, t in enumerate(heads + (("权重（%）",) if weight else ()))])
    _grid_rows(rows, inds, c0, c0 + 1, lambda i: [(c0 + 2, 1, i.name), (c0 + 3, 1, i.raw)]
               + ([(c0 + 4, 1, i.weight)] if weight else []))
    return h


def _eval_grid(rows: _Rows, inds: list[Ind], c0: int, heads: tuple[str, ...]) -> int:
    h = rows.add(*[(c0 + k, 1, t) for k, t in enumerate(heads)])
    _grid_rows(rows, inds, c0, c0 + 1, lambda i: [(c0 + 2, 1, i.name), (c0 + 3, 1, i.raw), (c0 + 4, 1, i.actual),
                                                  (c0 + 5, 1, i.weight), (c0 + 6, 1, i.score), (c0 + 7, 1, i.note)])
    return h


# --------------------------------------------------------------------------- 北京


def layout_bj_mtg_budget_annual_funds_pairs(folder: Path, name: str) -> FileGold:
    """北京 门头沟区 部门预算 [filled, shaded header]."""
    dept = "北京市门头沟区园林绿化局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    projects = [
        ("森林防火专项经费", "1,286.40", "1,186.40", "", "100.00", [
            Ind(P, QN, "专业扑火队伍人数", "≥320人", (">=", 320, "人"), "15"),
            Ind(P, QN, "防火检查站运行数量", "46个", ("=", 46, "个"), "10"),
            Ind(P, QL, "火情早期处置率", "100%", ("=", 100, "%"), "15"),
            Ind(P, TM, "火情响应时间", "≤30分钟", ("<=", 30, "分钟"), "10"),
            Ind(P, CO, "人均年度装备补助", "≤1800元", ("<=", 1800, "元"), "10"),
            Ind(E, SO, "森林火灾受害率", "≤0.9‰", ("<=", 0.9, "‰"), "20"),
            Ind(S, SA, "山区群众满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
        ("浅山区生态修复工程", "3,520.00", "3,020.00", "500.00", "", [
            Ind(P, QN, "生态修复面积", "≥1600亩", (">=", 1600, "亩"), "20"),
            Ind(P, QL, "苗木成活率", "≥90%", (">=", 90, "%"), "20"),
            Ind(P, TM, "春季造林完成时间", "2025年5月底前", (None, None, None), "10"),
            Ind(E, EN, "新增森林蓄积量", "≥2000立方米", (">=", 2000, "立方米"), "20"),
            Ind(E, SU, "修复区域管护机制", "长效运行", Q, "10"),
            Ind(S, SA, "周边村民满意度", "≥85%", (">=", 85, "%"), "20"),
        ]),
        ("古树名木保护", "215.60", "215.60", "", "", [
            Ind(P, QN, "古树名木体检株数", "≥1200株", (">=", 1200, "株"), "25"),
            Ind(P, QL, "复壮养护达标率", "≥95%", (">=", 95, "%"), "25"),
            Ind(E, SO, "古树名木保存率", "100%", ("=", 100, "%"), "25"),
            Ind(S, SA, "社会公众满意度", "≥90%", (">=", 90, "%"), "25"),
        ]),
    ]
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "18,652.30"), ("二、政府性基金预算拨款收入", "500.00")],
                  [("一、农林水支出", "18,930.10"), ("二、城乡社区支出", "222.20")],
                  [(p[0], p[1]) for p in projects])
    for proj, year_amt, fiscal, other, carried, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, proj))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, "北京市门头沟区园林绿化局"))
        rows.add((0, 1, "项目属性"), (1, 2, "经常性项目" if not other else "一次性项目"), (3, 1, "项目期"), (4, 2, "1年"))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        for k, (label, v) in enumerate((("年度资金总额", year_amt), ("其中：财政拨款", fiscal),
                                        ("其他资金", other), ("上年结转", carried))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 3, v)
        rows.add((0, 1, "年度绩效目标"), (1, 5, f"保障{proj}顺利实施，按期完成年度任务，发挥生态和社会效益。"))
        h = _weighted_grid(rows, inds, c0=1)
        rows.put(h, 0, len(inds) + 1, 1, "绩效指标")
        spec = _spec(rows.cells, rows.n, [70, 70, 70, 130, 90, 60], title="项目支出绩效目标表",
                     editor=f"（{year}年度）")
        doc.pages.grid(_ruled(spec, "filled", (h,)), fresh_page=True)
        doc.gold.project(proj, "万元", year=year_amt, fiscal=fiscal, carried=carried or None)
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
    return doc.save(folder)


# --------------------------------------------------------------------------- 天津


def layout_tj_jz_self_evals_yuan_columns(folder: Path, name: str) -> FileGold:
    """天津 蓟州区 项目支出绩效自评表 in 元 [cells]."""
    dept = "天津市蓟州区农业农村委员会"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("高标准农田建设管护", "天津市蓟州区农业综合开发服务中心", "3,600,000.00", "3,850,000.00", "3,712,480.00",
         "3,600,000.00", "250,000.00", "良", [
             Ind(P, QN, "管护高标准农田面积", "≥5.2万亩", (">=", 5.2, "万亩"), "20", "5.3万亩", "20"),
             Ind(P, QL, "灌排设施完好率", "≥90%", (">=", 90, "%"), "15", "86%", "12", "部分泵站老化，已列入次年改造"),
             Ind(P, TM, "损毁设施修复时限", "≤15天", ("<=", 15, "天"), "10", "12天", "10"),
             Ind(P, CO, "每亩管护成本", "≤70元", ("<=", 70, "元"), "10", "69.8元", "10"),
             Ind(E, EC, "粮食亩均增产", "≥30公斤", (">=", 30, "公斤"), "15", "26公斤", "12", "夏季降雨偏多"),
             Ind(E, SU, "农田设施管护机制", "健全", Q, "10", "基本健全", "8", "村级管护员培训不足"),
             Ind(S, SA, "种植户满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
         ]),
        ("农村人居环境整治提升", "天津市蓟州区农业农村委员会", "1,280,000.00", "1,280,000.00", "1,280,000.00",
         "1,280,000.00", "", "优", [
             Ind(P, QN, "改造农村户厕数", "≥860户", (">=", 860, "户"), "20", "872户", "20"),
             Ind(P, QN, "生活污水治理村庄数", "12个", ("=", 12, "个"), "15", "12个", "15"),
             Ind(P, QL, "户厕改造验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind(P, TM, "年度任务完成时间", "2024年11月30日前", (None, None, None), "10", "2024年11月25日", "10"),
             Ind(E, EN, "农村生活垃圾无害化处理率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
             Ind(E, SO, "村容村貌", "明显改善", Q, "10", "明显改善", "10"),
             Ind(S, SA, "村民满意度", "≥90%", (">=", 90, "%"), "10", "91%", "9.5", "个别村清运频次偏低"),
         ]),
    ]
    for proj, unit_name, initial, budget, executed, fiscal, carried, grade, inds in evals:
        rate, rate_score, total = _eval_total(budget, executed, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, proj), (8, 1, ""))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 5, 2, "项目资金（元）")
        for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 2 + k, 1, 1, head)
        lines = (("年度资金总额", initial, budget, executed, "10", rate, rate_score),
                 ("其中：财政拨款", initial if not carried else fiscal, fiscal, fiscal if not carried else "3,462,480.00",
                  "—", "—", "—"),
                 ("上年结转资金", "", carried, "" if not carried else "250,000.00", "—", "—", "—"),
                 ("其他资金", "", "", "", "—", "—", "—"))
        for k, line in enumerate(lines, 1):
            for j, v in enumerate(line):
                rows.put(r + k, 2 + j, 1, 1, v)
        rows.add((0, 2, "年度总体目标"), (2, 4, "预期目标：按计划完成年度建设管护任务。"),
                 (6, 3, "实际完成情况：年度任务基本完成。"))
        h = _eval_grid(rows, inds, 1, ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                       "偏差原因分析及改进措施"))
        rows.put(h, 0, len(inds) + 1, 1, "绩效指标")
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
        rows.add((0, 6, "自评等级"), (6, 3, grade))
        spec = _spec(rows.cells, rows.n, [34, 46, 54, 76, 80, 76, 36, 46, 52], title="项目支出绩效自评表",
                     editor=f"（{year}年度）", kind="performance_self_evaluation")
        doc.pages.grid(_ruled(spec, "cells"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
        doc.gold.self_evaluation(proj, "元", budget, executed, total, grade)
        doc.gold.project(proj, "元", year=budget, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河北


def layout_heb_dz_budget_income_source_lines(folder: Path, name: str) -> FileGold:
    """河北 定州市 部门预算 with 资金来源 lines [filled]."""
    dept = "定州市住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}", 24), (f"{year}年部门预算公开", 22)])
    projects = [
        ("城镇老旧小区改造配套", "2,460.00", "1,160.00", "900.00", "400.00", "2,060.00", [
            Ind(P, QN, "改造老旧小区数量", "不少于18个", (">=", 18, "个")),
            Ind(P, QN, "惠及居民户数", "达到4200户", (">=", 4200, "户")),
            Ind(P, QL, "工程竣工验收合格率", "100%", ("=", 100, "%")),
            Ind(P, TM, "开工时间", "2025年4月底前", (None, None, None)),
            Ind(P, CO, "改造成本", "控制在预算以内", Q),
            Ind(E, SO, "居民居住环境", "显著改善", Q),
            Ind(S, SA, "改造小区居民满意度", "不低于90%", (">=", 90, "%")),
        ]),
        ("城市供热管网维护", "680.50", "680.50", "", "", "680.50", [
            Ind(P, QN, "维护供热管网长度", "≥42公里", (">=", 42, "公里")),
            Ind(P, QL, "管网故障抢修合格率", "≥98%", (">=", 98, "%")),
            Ind(P, TM, "故障抢修时限", "控制在24小时以内", ("<=", 24, "小时")),
            Ind(E, SO, "居民室内温度达标率", "≥98%", (">=", 98, "%")),
            Ind(E, SU, "供热保障能力", "持续提升", Q),
            Ind(S, SA, "热用户满意度", "≥92%", (">=", 92, "%")),
            Ind(E, EN, "管网热损失率", "低于8%", ("<", 8, "%")),
        ]),
    ]
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "6,318.25"), ("二、政府性基金预算拨款收入", "900.00"),
                                    ("三、其他收入", "400.00")],
                  [("一、城乡社区支出", "7,218.25"), ("二、住房保障支出", "400.00")],
                  [(p[0], p[5]) for p in projects])
    for proj, total, general, fund, other, fiscal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, proj))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "项目类型：其他运转类项目"), (4, 1, "项目期限：1年"))
        r = rows.n
        rows.put(r, 0, 4, 1, "资金来源（万元）")
        for k, (label, v) in enumerate((("资金总额", total), ("其中：一般公共预算财政拨款收入", general),
                                        ("政府性基金预算财政拨款收入", fund), ("其他资金", other))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, v)
        rows.add((0, 1, "总体目标"), (1, 4, f"{proj}按期完成，改善城市基础设施条件。"))
        h = _weighted_grid(rows, inds, c0=1, weight=False)
        rows.put(h, 0, len(inds) + 1, 1, "绩效指标")
        spec = _spec(rows.cells, rows.n, [66, 74, 96, 150, 110], title=f"{year}年项目支出绩效目标表",
                     editor=f"单位：{dept}", unit_raw="金额单位：万元")
        doc.pages.grid(_ruled(spec, "filled"), fresh_page=True)
        doc.gold.project(proj, "万元", year=total, fiscal=fiscal)
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西


def layout_sx_xiaoyi_final_accounts_dept_and_project_eval(folder: Path, name: str) -> FileGold:
    """山西 孝义市 部门决算 with a 部门整体 and a project self evaluation [open, shaded header]."""
    dept = "孝义市卫生健康和体育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "9,842.16"), ("二、事业收入", "1,203.40")],
                    [("一、卫生健康支出", "10,615.36"), ("二、文化旅游体育与传媒支出", "430.20")])
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析")
    widths = [40, 50, 56, 84, 60, 62, 34, 40, 74]
    inds = [
        Ind(P, QN, "家庭医生签约服务人数", "≥8.5万人", (">=", 8.5, "万人"), "15", "8.7万人", "15"),
        Ind(P, QN, "全民健身赛事场次", "≥12场", (">=", 12, "场"), "10", "14场", "10"),
        Ind(P, QL, "孕产妇系统管理率", "≥90%", (">=", 90, "%"), "15", "93.5%", "15"),
        Ind(P, TM, "传染病疫情报告及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind(E, SO, "居民健康素养水平", "≥28%", (">=", 28, "%"), "15", "27.2%", "13", "农村地区宣传覆盖不足"),
        Ind(E, SU, "基层医疗服务能力", "稳步提升", Q, "10", "稳步提升", "10"),
        Ind(S, SA, "患者满意度", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
    ]
    budget, executed = "11,506.80", "11,045.56"
    rate, rate_score, total = _eval_total(budget, executed, inds)
    rows = _Rows()
    rows.add((0, 3, "部门（单位）名称"), (3, 6, dept))
    rows.add((0, 3, "全年预算数（万元）"), (3, 1, budget), (4, 1, "全年执行数（万元）"), (5, 1, executed),
             (6, 2, "执行率"), (8, 1, rate))
    rows.add((0, 3, "年度总体目标完成情况"), (3, 6, "完成基本公共卫生服务、妇幼健康和全民健身各项任务，居民健康水平稳步提高。"))
    h = _eval_grid(rows, inds, 1, heads)
    rows.put(h, 0, len(inds) + 1, 1, "绩效指标")
    rows.add((0, 1, ""), (1, 5, "预算执行率得分（10分）"), (6, 1, "10"), (7, 1, rate_score), (8, 1, ""))
    rows.add((0, 1, ""), (1, 5, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 1, ""), (1, 5, "评价等级"), (6, 2, "优秀"), (8, 1, ""))
    spec = _spec(rows.cells, rows.n, widths, title="部门整体支出绩效自评表",
                 editor=f"（{year}年度）", kind="performance_self_evaluation")
    doc.pages.grid(_ruled(spec, "open", (h,)), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in inds]
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "优")

    proj = "农村订单定向医学生培养"
    pinds = [
        Ind(P, QN, "定向培养医学生人数", "≥36人", (">=", 36, "人"), "20", "36人", "20"),
        Ind(P, QL, "结业考核合格率", "≥95%", (">=", 95, "%"), "20", "97%", "20"),
        Ind(P, TM, "补助资金发放时间", "2024年9月底前", (None, None, None), "10", "2024年9月20日", "10"),
        Ind(E, SO, "乡村医疗卫生人才补充", "逐年增加", Q, "20", "增加", "18", "部分学生未按期到岗"),
        Ind(E, SU, "服务期履约率", "≥90%", (">=", 90, "%"), "10", "88%", "8", "2名学生违约，已追缴"),
        Ind(S, SA, "定向培养学生满意度", "≥90%", (">=", 90, "%"), "10", "95%", "10"),
    ]
    budget, executed, initial = "86.40", "79.20", "86.40"
    rate, rate_score, total = _eval_total(budget, executed, pinds)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 6, proj), (8, 1, ""))
    rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 4, "孝义市卫生健康和体育局"))
    r = rows.n
    # the row labels sit in the second column of the merged 项目资金 block
    rows.put(r, 0, 3, 1, "项目资金（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, line in enumerate((("年度资金总额", initial, budget, executed, "10", rate, rate_score),
                              ("其中：财政拨款", initial, budget, executed, "—", "—", "—")), 1):
        rows.put(r + k, 1, 1, 2, line[0])
        for j, v in enumerate(line[1:]):
            rows.put(r + k, 3 + j, 1, 1, v)
    h = _eval_grid(rows, pinds, 1, heads)
    rows.put(h, 0, len(pinds) + 1, 1, "绩效指标")
    rows.add((0, 1, ""), (1, 5, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 1, ""), (1, 5, "评价等级"), (6, 2, "良好"), (8, 1, ""))
    spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效自评表",
                 editor=f"（{year}年度）", kind="performance_self_evaluation")
    doc.pages.grid(_ruled(spec, "open", (r, h)), fresh_page=True)
    doc.gold.indicators += [_gold_ind(proj, i) for i in pinds]
    doc.gold.self_evaluation(proj, "万元", budget, executed, total, "良")
    doc.gold.project(proj, "万元", year=budget, fiscal=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 内蒙古


def layout_nmg_als_turned_list_money_three_heads(folder: Path, name: str) -> FileGold:
    """内蒙古 阿拉善盟 list of projects on turned landscape pages [filled]."""
    dept = "阿拉善盟林业和草原局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("草原生态保护补助奖励", "4,862.00", "4,862.00", "", "落实禁牧和草畜平衡制度，保护草原生态。", [
            Ind(P, QN, "禁牧面积", "≥1850万亩", (">=", 1850, "万亩")),
            Ind(P, QN, "草畜平衡面积", "≥2600万亩", (">=", 2600, "万亩")),
            Ind(P, QL, "补奖资金发放准确率", "100%", ("=", 100, "%")),
            Ind(E, EN, "草原综合植被盖度", "≥23%", (">=", 23, "%")),
            Ind(S, SA, "农牧民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("梭梭林保护修复", "1,350.00", "1,050.00", "300.00", "完成梭梭林封育和人工补植，遏制荒漠化扩展。", [
            Ind(P, QN, "封育面积", "≥12万亩", (">=", 12, "万亩")),
            Ind(P, QL, "补植苗木成活率", "≥70%", (">=", 70, "%")),
            Ind(P, TM, "补植完成时间", "2025年10月底前", (None, None, None)),
            Ind(E, EN, "荒漠化土地面积", "持续减少", Q),
            Ind(E, EC, "带动牧民增收", "≥300万元", (">=", 300, "万元")),
            Ind(S, SA, "项目区群众满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("林草有害生物防治", "268.30", "268.30", "", "开展有害生物监测和防治，成灾率控制在目标以内。", [
            Ind(P, QN, "有害生物防治面积", "≥45万亩", (">=", 45, "万亩")),
            Ind(P, QL, "无公害防治率", "≥92%", (">=", 92, "%")),
            Ind(E, EN, "有害生物成灾率", "≤3‰", ("<=", 3, "‰")),
            Ind(S, SA, "林农满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "序号")
    rows.put(0, 1, 2, 1, "项目名称")
    rows.put(0, 2, 1, 3, "项目资金（万元）")
    for k, t in enumerate(("合计", "财政拨款", "其他资金")):
        rows.put(1, 2 + k, 1, 1, t)
    rows.put(0, 5, 2, 1, "年度绩效目标")
    rows.put(0, 6, 1, 4, "绩效指标")
    for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值")):
        rows.put(1, 6 + k, 1, 1, t)
    rows.add(*[(k, 1, str(k + 1)) for k in range(10)])
    for n, (proj, total, fiscal, other, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw)])
        for c, t in enumerate((str(n), proj, total, fiscal, other, goal)):
            rows.put(r0, c, len(inds), 1, t)
        doc.gold.project(proj, "万元", year=total, fiscal=fiscal)
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
    spec = _spec(rows.cells, rows.n, [30, 90, 60, 60, 56, 130, 60, 70, 110, 76], title=f"{year}年度项目支出绩效目标表",
                 editor=f"单位名称：{dept}", landscape=True)
    doc.pages.grid(_ruled(spec, "filled"), repeat=(0, 3), fresh_page=True, turned=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁


def layout_ln_hld_dept_wide_then_project_stacked(folder: Path, name: str) -> FileGold:
    """辽宁 葫芦岛市 部门整体 target form then a project form with stacked money rows [cells]."""
    dept = "葫芦岛市交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年度绩效目标", dept, year)
    inds = [
        Ind("产出指标", QN, "农村公路养护里程", "≥2150公里", (">=", 2150, "公里"), "15"),
        Ind("产出指标", QN, "公路安全隐患整治处数", "≥60处", (">=", 60, "处"), "10"),
        Ind("产出指标", QL, "国省干线优良路率", "≥85%", (">=", 85, "%"), "15"),
        Ind("产出指标", TM, "道路抢通时间", "≤24小时", ("<=", 24, "小时"), "10"),
        Ind("产出指标", CO, "三公经费支出", "不高于上年", Q, "10"),
        Ind("效益指标", SO, "建制村通客车率", "100%", ("=", 100, "%"), "10"),
        Ind("效益指标", EC, "港口货物吞吐量", "≥3500万吨", (">=", 3500, "万吨"), "10"),
        Ind("效益指标", SU, "综合交通运输体系", "逐步完善", Q, "10"),
        Ind("满意度指标", SA, "群众出行满意度", "≥90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 4, dept))
    r = rows.n
    rows.put(r, 0, 2, 2, "部门预算资金（万元）")
    for k, t in enumerate(("合计", "一般公共预算", "政府性基金", "其他资金")):
        rows.put(r, 2 + k, 1, 1, t)
    for k, t in enumerate(("38,426.70", "31,226.70", "6,000.00", "1,200.00")):
        rows.put(r + 1, 2 + k, 1, 1, t)
    rows.add((0, 2, "年度总体目标"), (2, 4, "保障全市公路养护和客运服务，推进交通基础设施建设，提升综合运输服务水平。"))
    h = _weighted_grid(rows, inds, c0=1)
    rows.put(h, 0, len(inds) + 1, 1, "年度绩效指标")
    spec = _spec(rows.cells, rows.n, [60, 70, 70, 140, 90, 60], title="部门整体支出绩效目标表",
                 editor=f"（{year}年度）", kind="dept_performance_targets")
    doc.pages.grid(_ruled(spec, "cells"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in inds]

    proj = "农村客运补贴"
    pinds = [
        Ind(P, QN, "补贴客运车辆数", "≥420辆", (">=", 420, "辆"), "20"),
        Ind(P, QL, "补贴资金发放准确率", "100%", ("=", 100, "%"), "20"),
        Ind(P, TM, "补贴发放时间", "2025年12月20日前", (None, None, None), "10"),
        Ind(E, SO, "农村客运线路开通率", "≥98%", (">=", 98, "%"), "20"),
        Ind(E, SU, "农村客运长效运营", "持续稳定", Q, "10"),
        Ind(S, SA, "农村居民出行满意度", "≥88%", (">=", 88, "%"), "20"),
    ]
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 4, proj))
    rows.add((0, 2, "主管部门"), (2, 1, dept), (3, 1, "实施单位"), (4, 2, "葫芦岛市交通运输事务服务中心"))
    rows.add((0, 2, "项目资金（万元）"), (2, 1, "年度资金总额"), (3, 1, "其中：财政拨款"), (4, 1, "上年结转"),
             (5, 1, "其他资金"))
    rows.add((0, 2, ""), (2, 1, "1,120.00"), (3, 1, "1,120.00"), (4, 1, "0.00"), (5, 1, ""))
    rows.add((0, 2, "年度绩效目标"), (2, 4, "按时足额发放农村客运补贴，保障农村客运线路稳定运营。"))
    h = _weighted_grid(rows, pinds, c0=1)
    rows.put(h, 0, len(pinds) + 1, 1, "绩效指标")
    spec = _spec(rows.cells, rows.n, [60, 70, 100, 110, 90, 60], title="项目支出绩效目标表",
                 editor=f"（{year}年度）")
    doc.pages.grid(_ruled(spec, "cells"), fresh_page=True)
    doc.gold.project(proj, "万元", year="1,120.00", fiscal="1,120.00", carried="0.00")
    doc.gold.indicators += [_gold_ind(proj, i) for i in pinds]
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林


def layout_jl_ly_two_forms_a_page_split_target(folder: Path, name: str) -> FileGold:
    """吉林 辽源市 short forms two a page, label | value money in 元, split targets [open]."""
    dept = "辽源市民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("城乡低保资金", "46,800,000.00", "46,800,000.00", [
            Ind(P, QN, "城乡低保保障人数", ("≥", "2.1", "万人"), (">=", 2.1, "万人"), "30"),
            Ind(P, QL, "低保资金发放准确率", ("=", "100", "%"), ("=", 100, "%"), "30"),
            Ind(E, SO, "困难群众基本生活", ("定性", "有效保障", ""), Q, "20"),
            Ind(S, SA, "低保对象满意度", ("≥", "90", "%"), (">=", 90, "%"), "20"),
        ]),
        ("特困人员救助供养", "9,360,000.00", "8,960,000.00", [
            Ind(P, QN, "集中供养特困人员数", ("≥", "620", "人"), (">=", 620, "人"), "30"),
            Ind(P, TM, "救助资金按月发放率", ("=", "100", "%"), ("=", 100, "%"), "20"),
            Ind(P, CO, "集中供养年人均标准", ("≥", "14400", "元"), (">=", 14400, "元"), "20"),
            Ind(S, SA, "供养对象满意度", ("≥", "92", "%"), (">=", 92, "%"), "30"),
        ]),
        ("孤儿基本生活保障", "3,125,000.00", "3,125,000.00", [
            Ind(P, QN, "保障孤儿和事实无人抚养儿童数", ("≥", "380", "人"), (">=", 380, "人"), "40"),
            Ind(P, CO, "机构养育孤儿月保障标准", ("≥", "1900", "元"), (">=", 1900, "元"), "20"),
            Ind(E, SO, "儿童基本生活", ("定性", "得到保障", ""), Q, "20"),
            Ind(S, SA, "监护人满意度", ("≥", "90", "%"), (">=", 90, "%"), "20"),
        ]),
        ("困难残疾人生活补贴", "5,472,000.00", "5,472,000.00", [
            Ind(P, QN, "困难残疾人生活补贴人数", ("≥", "7600", "人"), (">=", 7600, "人"), "30"),
            Ind(P, QL, "补贴资金发放差错率", ("≤", "0.5", "%"), ("<=", 0.5, "%"), "30"),
            Ind(E, SO, "残疾人生活水平", ("定性", "稳步提高", ""), Q, "20"),
            Ind(S, SA, "补贴对象满意度", ("≥", "90", "%"), (">=", 90, "%"), "20"),
        ]),
    ]
    for n, (proj, year_amt, fiscal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 4, proj), (6, 1, "项目类别"), (7, 1, "民生类"))
        rows.add((0, 2, "资金总额（元）"), (2, 2, year_amt), (4, 2, "其中：财政资金（元）"), (6, 2, fiscal))
        rows.add((0, 2, "年度目标"), (2, 6, f"按政策落实{proj}，保障对象应保尽保。"))
        h = rows.n
        rows.put(h, 0, len(inds) + 2, 1, "绩效指标")
        rows.put(h, 1, 2, 1, "一级指标")
        rows.put(h, 2, 2, 1, "二级指标")
        rows.put(h, 3, 2, 1, "三级指标")
        rows.put(h, 4, 1, 3, "指标值")
        rows.put(h, 7, 2, 1, "权重（%）")
        for k, t in enumerate(("指标方向", "指标值", "度量单位")):
            rows.put(h + 1, 4 + k, 1, 1, t)
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.target[0]), (5, 1, i.target[1]),
                                                (6, 1, i.target[2]), (7, 1, i.weight)])
        spec = _spec(rows.cells, rows.n, [36, 52, 66, 124, 52, 70, 52, 46], title="项目支出绩效目标表",
                     editor=f"填报单位：{dept}" if n % 2 == 0 else "")
        doc.pages.grid(_ruled(spec, "open"), fresh_page=n % 2 == 0, gap=30)
        doc.gold.project(proj, "元", year=year_amt, fiscal=fiscal)
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
    return doc.save(folder)


# --------------------------------------------------------------------------- 黑龙江


def layout_hlj_qth_final_accounts_landscape_self_evals(folder: Path, name: str) -> FileGold:
    """黑龙江 七台河市 部门决算, landscape project self evaluations [filled, shaded header]."""
    dept = "七台河市教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "52,318.60"), ("二、事业收入", "2,145.00")],
                    [("一、教育支出", "53,890.40"), ("二、社会保障和就业支出", "573.20")])
    evals = [
        ("义务教育薄弱环节改善", "1,800.00", "2,050.00", "1,968.40", "1,800.00", "250.00", "优秀", [
            Ind(P, QN, "改造校舍面积", "≥1.2万平方米", (">=", 1.2, "万平方米"), "20", "1.25万平方米", "20"),
            Ind(P, QN, "配备教学设备学校数", "≥26所", (">=", 26, "所"), "15", "26所", "15"),
            Ind(P, QL, "工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind(P, TM, "项目完工时间", "2024年8月25日前", (None, None, None), "10", "2024年8月20日", "10"),
            Ind(E, SO, "义务教育办学条件", "明显改善", Q, "15", "明显改善", "15"),
            Ind(S, SA, "师生满意度", "≥90%", (">=", 90, "%"), "15", "94%", "15"),
        ]),
        ("学前教育发展资金", "620.00", "620.00", "548.70", "620.00", "", "良好", [
            Ind(P, QN, "资助幼儿人数", "≥1500人", (">=", 1500, "人"), "20", "1420人", "18", "在园幼儿数下降"),
            Ind(P, QN, "普惠性幼儿园数", "≥48所", (">=", 48, "所"), "15", "48所", "15"),
            Ind(P, QL, "资助对象认定准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind(P, CO, "生均公用经费补助", "≥600元", (">=", 600, "元"), "10", "600元", "10"),
            Ind(E, SO, "学前三年毛入园率", "≥92%", (">=", 92, "%"), "15", "91.3%", "12", "农村生源外流"),
            Ind(S, SA, "家长满意度", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
        ]),
    ]
    for proj, initial, budget, executed, fiscal, carried, grade_word, inds in evals:
        rate, rate_score, total = _eval_total(budget, executed, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 8, proj))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 3, "七台河市教育局"))
        r = rows.n
        rows.put(r, 0, 5, 2, "项目资金（万元）")
        rows.put(r, 2, 1, 2, "")
        for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 4 + k, 1, 1, head)
        fiscal_exec = executed if not carried else "1,718.40"
        lines = (("年度资金总额", initial, budget, executed, "10", rate, rate_score),
                 ("其中：财政拨款", initial, fiscal, fiscal_exec, "—", "—", "—"),
                 ("上年结转", "", carried, "" if not carried else "250.00", "—", "—", "—"),
                 ("其他资金", "", "", "", "—", "—", "—"))
        for k, line in enumerate(lines, 1):
            rows.put(r + k, 2, 1, 2, line[0])
            for j, v in enumerate(line[1:]):
                rows.put(r + k, 4 + j, 1, 1, v)
        rows.add((0, 2, "年度总体目标"), (2, 4, "预期目标：改善办学条件，保障资助政策落实。"),
                 (6, 4, "实际完成情况：年度目标基本实现。"))
        h = _eval_grid(rows, inds, 2, ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                       "偏差原因分析及改进措施"))
        rows.put(h, 0, len(inds) + 1, 2, "绩效指标")
        rows.add((0, 7, "总分"), (7, 1, "100"), (8, 1, f"{total:.2f}"), (9, 1, ""))
        rows.add((0, 7, "自评等级"), (7, 3, grade_word))
        spec = _spec(rows.cells, rows.n, [40, 40, 80, 90, 150, 80, 80, 50, 50, 82], title="项目支出绩效自评表",
                     editor=f"（{year}年度）", landscape=True, kind="performance_self_evaluation")
        doc.pages.grid(_ruled(spec, "filled", (r, h)), fresh_page=True)
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
        doc.gold.self_evaluation(proj, "万元", budget, executed, total, grade_word[0])
        doc.gold.project(proj, "万元", year=budget, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山东


def layout_sd_jn_budget_long_form_repeated_header(folder: Path, name: str) -> FileGold:
    """山东 济宁市 部门预算, long project forms with repeated grid header [cells]."""
    dept = "济宁市水务局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    projects = [
        ("南四湖流域水环境综合治理", "12,000.00", "4,500.00", "3,800.00", [
            Ind(P, QN, "治理入湖河道条数", "不少于8条", (">=", 8, "条"), "8"),
            Ind(P, QN, "新建生态缓冲带长度", "达到25公里", (">=", 25, "公里"), "8"),
            Ind(P, QN, "清淤疏浚土方量", "≥60万立方米", (">=", 60, "万立方米"), "8"),
            Ind(P, QL, "工程质量合格率", "100%", ("=", 100, "%"), "8"),
            Ind(P, QL, "入湖河流断面水质达标率", "达到90%", (">=", 90, "%"), "8"),
            Ind(P, TM, "年度工程完工时间", "2025年11月30日前", (None, None, None), "5"),
            Ind(P, CO, "单位长度缓冲带建设成本", "≤80万元/公里", ("<=", 80, "万元/公里"), "5"),
            Ind(E, EN, "南四湖水质", "稳定保持Ⅲ类", Q, "10"),
            Ind(E, EN, "湖区水生植被覆盖率", "大于35%", (">", 35, "%"), "10"),
            Ind(E, SO, "沿湖群众生产生活条件", "持续改善", Q, "10"),
            Ind(E, SU, "河湖长效管护机制", "建立健全", Q, "10"),
            Ind(S, SA, "沿湖群众满意度", "不低于90%", (">=", 90, "%"), "10"),
        ]),
        ("城区防汛排涝设施运行维护", "860.00", "860.00", "860.00", [
            Ind(P, QN, "维护泵站座数", "16座", ("=", 16, "座"), "15"),
            Ind(P, QN, "清掏排水管网长度", "不少于320公里", (">=", 320, "公里"), "15"),
            Ind(P, QL, "泵站设备完好率", "≥98%", (">=", 98, "%"), "15"),
            Ind(P, TM, "汛前检修完成时间", "2025年5月31日前", (None, None, None), "10"),
            Ind(E, SO, "城区积水点数量", "小于5处", ("<", 5, "处"), "15"),
            Ind(E, SU, "排涝设施运行寿命", "有效延长", Q, "10"),
            Ind(S, SA, "市民满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
    ]
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "9,643.80"), ("二、政府性基金预算拨款收入", "3,200.00"),
                                    ("三、上年结转", "700.00")],
                  [("一、农林水支出", "12,683.80"), ("二、城乡社区支出", "860.00")],
                  [(p[0], p[3]) for p in projects])
    for proj, total, year_amt, fiscal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, proj))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, "济宁市水利事业发展中心"))
        rows.add((0, 1, "项目总额"), (1, 1, total), (2, 1, "当年金额"), (3, 1, year_amt), (4, 1, "其中：财政资金"),
                 (5, 1, fiscal))
        rows.add((0, 1, "年度目标"), (1, 5, f"{proj}年度任务全面完成，工程安全运行，水环境质量持续向好。"))
        h = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重（%）"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
        spec = _spec(rows.cells, rows.n, [70, 76, 80, 90, 110, 70], title="项目支出绩效目标表",
                     editor=f"（{year}年度）", unit_raw="单位：万元")
        doc.pages.grid(_ruled(spec, "cells"), repeat=(h, 1), fresh_page=True)
        doc.gold.project(proj, "万元", total=total, year=year_amt, fiscal=fiscal)
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南


def layout_ha_smx_town_forms_source_grid_yuan(folder: Path, name: str) -> FileGold:
    """河南 三门峡市 a 镇 forms in 元 with a 资金来源 grid [cells]."""
    dept = "三门峡市陕州区观音堂镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("农村道路提升改造", "2,850,000.00", "1,350,000.00", "1,200,000.00", "300,000.00", [
            Ind(P, QN, "硬化道路里程", "≥9.6公里", (">=", 9.6, "公里"), "20"),
            Ind(P, QL, "道路工程验收合格率", "100%", ("=", 100, "%"), "20"),
            Ind(P, TM, "工程完工时间", "2025年10月底前", (None, None, None), "10"),
            Ind(P, CO, "每公里建设成本", "≤30万元", ("<=", 30, "万元"), "10"),
            Ind(E, SO, "受益群众人数", "≥6800人", (">=", 6800, "人"), "10"),
            Ind(E, SU, "道路使用年限", "≥10年", (">=", 10, "年"), "10"),
            Ind(S, SA, "沿线群众满意度", "90%-95%", ("range", 90, "%", 95), "20"),
        ]),
        ("镇村环境卫生保洁", "960,000.00", "960,000.00", "", "", [
            Ind(P, QN, "保洁覆盖行政村数", "21个", ("=", 21, "个")),
            Ind(P, QN, "聘用保洁员人数", "≥84人", (">=", 84, "人")),
            Ind(P, QL, "垃圾日产日清率", "≥95%", (">=", 95, "%")),
            Ind(E, EN, "村庄环境卫生", "干净整洁", Q),
            Ind(E, SO, "群众卫生习惯", "逐步养成", Q),
            Ind(S, SA, "村民满意度", "85%-90%", ("range", 85, "%", 90)),
            Ind(P, CO, "人均年保洁工资", "≤11000元", ("<=", 11000, "元")),
        ]),
    ]
    for proj, year_amt, fiscal, upper, carried, inds in projects:
        weighted = inds[0].weight is not None
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, proj))
        rows.add((0, 1, "实施单位"), (1, 5, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金来源（元）")
        for k, t in enumerate(("年度资金总额", "财政拨款", "上级补助", "上年结转", "其他资金")):
            rows.put(r, 1 + k, 1, 1, t)
        for k, t in enumerate((year_amt, fiscal, upper, carried, "")):
            rows.put(r + 1, 1 + k, 1, 1, t)
        rows.add((0, 1, "年度目标"), (1, 5, f"完成{proj}年度任务，改善镇村人居环境。"))
        if weighted:
            _weighted_grid(rows, inds, c0=1)
            rows.put(rows.n - len(inds) - 1, 0, len(inds) + 1, 1, "绩效指标")
        else:
            h = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
            _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        spec = _spec(rows.cells, rows.n, [70, 84, 84, 84, 84, 84], title="项目支出绩效目标表",
                     editor=f"（{year}年度）")
        doc.pages.grid(_ruled(spec, "cells"), fresh_page=True)
        doc.gold.project(proj, "元", year=year_amt, fiscal=fiscal, carried=carried or None)
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
    return doc.save(folder)


BLIND73: dict[str, Builder] = {
    "bj_mtg_budget_annual_funds_pairs": layout_bj_mtg_budget_annual_funds_pairs,
    "tj_jz_self_evals_yuan_columns": layout_tj_jz_self_evals_yuan_columns,
    "heb_dz_budget_income_source_lines": layout_heb_dz_budget_income_source_lines,
    "sx_xiaoyi_final_accounts_dept_and_project_eval": layout_sx_xiaoyi_final_accounts_dept_and_project_eval,
    "nmg_als_turned_list_money_three_heads": layout_nmg_als_turned_list_money_three_heads,
    "ln_hld_dept_wide_then_project_stacked": layout_ln_hld_dept_wide_then_project_stacked,
    "jl_ly_two_forms_a_page_split_target": layout_jl_ly_two_forms_a_page_split_target,
    "hlj_qth_final_accounts_landscape_self_evals": layout_hlj_qth_final_accounts_landscape_self_evals,
    "sd_jn_budget_long_form_repeated_header": layout_sd_jn_budget_long_form_repeated_header,
    "ha_smx_town_forms_source_grid_yuan": layout_ha_smx_town_forms_source_grid_yuan,
}
SETS: dict[str, dict[str, Builder]] = {"blind73": BLIND73}


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
    """Write every layout of ``which`` ("blind73") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
