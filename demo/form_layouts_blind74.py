"""BLIND74 performance forms: ten layouts as a district of 上海, a county-level city of 江苏, a
county of 浙江, a city of 安徽, a county-level city of 湖北, a county-level city of 陕西, a city of
甘肃, a city of 青海, a county of 宁夏 and a city of 新疆 print their 2025 项目支出绩效目标表,
部门（单位）整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表, written by an author
who had read neither the form reader nor the earlier blind sets (only the gold helpers and page
composer of ``form_layouts``, the gold conventions of BLIND9's docstring and the real
disclosures). Each layout writes one PDF and its gold in the format of ``form_layouts.write_set``;
the gold is written by hand with ``form_layouts._gold_ind`` and ``FileGold``.

sh_fx_budget_total_year_pairs_filled  上海 奉贤 district 部门预算 (rules "filled", header row
        shaded): budget tables, then one 项目绩效目标申报表 per project with money as label | value
        pairs in 元 with separators (项目总金额 | … , 当年预算金额 | …, 其中：财政拨款 | …, 其他资金 |
        …), grid 一级 | 二级 | 三级 | 指标值 | 权重 (达到, 不低于, ranges)
js_dy_accounts_self_evals_three_columns  江苏 丹阳 部门决算 (rules "cells"): accounts tables, then
        two 项目支出绩效自评表 in 万元, money columns 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
        执行率 | 得分 over 年度资金总额 / 其中：财政拨款 / 上年结转 / 其他资金, 总分 and 自评等级
zj_dq_dept_wide_open_task_money  浙江 德清 county standalone 部门（单位）整体支出绩效目标表 (rules
        "open"): 部门预算资金 heads (合计 | 财政拨款 | 其他资金) over one row in 万元, 年度主要任务 with
        their amounts, grid 一级 | 二级 | 三级 | 指标值 | 分值
ah_hn_budget_source_lines_yuan  安徽 淮南 部门预算 (rules "cells"): budget tables, then project
        forms with a 资金来源 grid (资金来源 | 金额（元）) listing 一般公共预算财政拨款收入 /
        政府性基金预算财政拨款收入 / 事业收入 / 上年结转, a 合计 line; split 指标方向 | 指标值 |
        计量单位 columns
hub_dy_turned_list_fiscal_column  湖北 大冶 list of project targets on landscape pages turned by
        /Rotate (rules "filled"): 序号 | 项目名称 | 项目资金（万元） over 资金总额 | 其中：财政资金 |
        绩效目标 | 一级 | 二级 | 三级 | 指标值 | 分值, project cells merged over their rows, two header rows
sn_hc_accounts_dept_and_project_self_eval  陕西 韩城 部门决算 (rules "cells", shaded head): a
        部门整体支出绩效自评表 (年度资金总额 / 基本支出 / 项目支出 rows under 年初预算数 | 全年预算数 |
        全年执行数), then a 项目支出绩效自评表, both with 自评得分 / 自评等级 rows
gs_jc_two_row_value_head_open_yuan  甘肃 金昌 standalone project forms (rules "open"): money as
        stacked rows under a merged 项目资金（元） cell (资金总额 / 其中：财政资金 / 其他资金), grid
        header in two rows with 指标值 over 符号 | 数值 | 单位
qh_gem_two_forms_a_page_money_heads  青海 格尔木 short project forms two to a page (rules
        "filled"): money heads 年度资金总额 | 财政拨款 | 上年结转 | 其他资金 with the amounts in the
        row below and the unit in the title line, targets in words (不高于, 大于, 小于, 完成时限)
nx_hl_self_eval_pairs_yuan_cells  宁夏 贺兰 county 项目支出绩效自评表 (rules "cells"): money as
        label | value pairs in 元 (年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分),
        年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因, 总分 and 自评等级 in one row
xj_tc_budget_long_form_repeated_head  新疆 塔城 部门预算 (rules "filled", header shaded): two
        project forms running on from one page to the next, the grid header repeated at the break, money stacked under 项目资金（万元）
        (项目总额 / 年度资金总额 / 其中：财政拨款 / 上年结转), weights in the grid

Gold conventions: BLIND9's docstring, with the rulings of the round addenda:

- fiscal_amount is the 财政拨款 / 财政资金 figure as printed, or the sum of the source lines named
  …财政拨款收入 (never 事业收入 or 上年结转); a printed 0.00 上年结转 reads 0.00.
- 达到 N reads ">="; a 完成时限 written as a date ("2025年10月底前") stays raw with no comparator.
- 项目总金额 / 项目总额 of a multi-year project is ``total``; 当年预算金额 / 年度资金总额 is ``year``.
- A 部门整体 form's money is not a project's: no project row.
"""
from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


def _styled(spec: TableSpec, rules: str, shaded: tuple[int, ...] = ()) -> TableSpec:
    return replace(spec, rules=rules, shaded_rows=shaded)


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]], rules: str = "cells") -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支总表 and the 财政拨款 table, the 说明."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}按照法律法规和本级党委、政府的决策部署履行职责，承担本领域公共服务和行业管理工作。",
        "二、机构设置。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(replace(TableSpec(f"{year}年部门财务收支预算总表", "income_expenditure_summary", "单位：万元",
                                      "wan_yuan", f"编制部门：{dept}", [170, 90, 170, 90],
                                      [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                                       (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")],
                                      2, body, ["l", "r", "l", "r"]), rules=rules))
    doc.pages.text_page("第三部分  部门预算情况说明", [
        f"一、收支预算总体情况。{year}年部门收支预算按照综合预算原则编制，收入支出保持平衡。",
        "二、绩效目标设置情况。按照全面实施预算绩效管理要求，本部门项目支出全部编制绩效目标，"
        "重点项目绩效目标表如下。",
    ])


def _accounts_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                    spending: list[tuple[str, str]], rules: str = "cells") -> None:
    """The front of a 部门决算: contents, 概况, the 收入支出决算总表, the 绩效自评 heading."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门决算表", "第三部分  部门决算情况说明",
                                   "第四部分  绩效评价情况", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、部门职责。{dept}贯彻落实上级决策部署，履行本领域公共管理和服务职能。",
        f"二、{year}年度重点工作完成情况。全年统筹推进各项重点工作，完成年初预算确定的目标任务。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["本年收入合计", f"{total_in:,.2f}", "本年支出合计", f"{total_out:,.2f}"]))
    doc.pages.table(replace(TableSpec("收入支出决算表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                                      f"编制单位：{dept}", [170, 90, 170, 90],
                                      [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                                       (1, 1, 1, 1, "决算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "决算数")],
                                      2, body, ["l", "r", "l", "r"]), rules=rules))
    doc.pages.text_page("第四部分  绩效评价情况", [
        f"根据预算绩效管理有关规定，本部门对{year}年度部门整体支出和项目支出开展绩效自评，自评表如下。",
    ])


def _fmt(score: float) -> str:
    return f"{score:.2f}"


# --------------------------------------------------------------------------- 上海 奉贤


def layout_sh_fx_budget_total_year_pairs_filled(folder: Path, name: str) -> FileGold:
    """上海 奉贤 部门预算; rules "filled", grid header row shaded; money pairs in 元."""
    dept = "上海市奉贤区绿化和市容管理局"
    doc = FormDoc(name, "上海市奉贤区绿化和市容管理局2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "18,640.52"), ("政府性基金预算拨款收入", "2,300.00"),
                                    ("事业收入", "126.40")],
                  [("城乡社区支出", "19,872.40"), ("农林水支出", "868.12"), ("社会保障和就业支出", "326.40")],
                  rules="filled")
    projects = [
        ("生活垃圾分类收运处置补贴", "31012025000123", "上海市奉贤区市容环境卫生管理所", "2025年1月-2025年12月",
         "36,800,000.00", "36,800,000.00", "34,500,000.00", "2,300,000.00",
         "完成全区生活垃圾分类收运和末端处置，湿垃圾分出量稳步提高，保持生活垃圾全量无害化处置。", [
             Ind("产出指标", "数量指标", "生活垃圾收运量", "达到36万吨", (">=", 36, "万吨"), "20"),
             Ind("产出指标", "质量指标", "生活垃圾无害化处置率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "补贴资金拨付时间", "2025年12月底前", (None, None, None), "10"),
             Ind("效益指标", "生态效益指标", "湿垃圾分出量占比", "不低于35%", (">=", 35, "%"), "30"),
             Ind("满意度指标", "服务对象满意度指标", "居民对垃圾分类工作满意度", "不低于90%", (">=", 90, "%"), "20"),
         ]),
        ("公园绿地养护", "31012025000156", "上海市奉贤区公园管理所", "2025年1月-2025年12月",
         "12,450,000.00", "12,450,000.00", "12,450,000.00", "0.00",
         "做好区管公园和公共绿地日常养护，绿地养护质量达到二级标准。", [
             Ind("产出指标", "数量指标", "公园绿地养护面积", "不少于380万平方米", (">=", 380, "万平方米"), "25"),
             Ind("产出指标", "质量指标", "绿地养护质量等级", "二级及以上", Q, "20"),
             Ind("产出指标", "成本指标", "每平方米年养护成本", "不超过3.3元", ("<=", 3.3, "元"), "15"),
             Ind("效益指标", "社会效益指标", "公园日均接待游客", "1.2-1.5万人次", ("range", 1.2, "万人次", 1.5), "20"),
             Ind("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
        ("海塘及沿江防汛设施维护（2024-2026年）", "31012024000088", "上海市奉贤区海塘管理所", "2024年1月-2026年12月",
         "15,600,000.00", "5,200,000.00", "4,800,000.00", "400,000.00",
         "完成海塘和防汛墙日常维修养护，确保汛期防汛设施安全运行。", [
             Ind("产出指标", "数量指标", "海塘巡查养护长度", "≥31.6公里", (">=", 31.6, "公里"), "20"),
             Ind("产出指标", "质量指标", "防汛设施完好率", "≥98%", (">=", 98, "%"), "20"),
             Ind("产出指标", "时效指标", "险情处置响应时间", "≤2小时", ("<=", 2, "小时"), "20"),
             Ind("效益指标", "社会效益指标", "汛期海塘安全运行", "无重大险情", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥85%", (">=", 85, "%"), "20"),
         ]),
    ]
    widths = [66, 74, 136, 96, 116]
    for project, code, unit_name, period, total, year, fiscal, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "项目实施单位"), (4, 1, unit_name))
        rows.add((0, 1, "项目总金额（元）"), (1, 2, total), (3, 1, "项目期限"), (4, 1, period))
        rows.add((0, 1, "当年预算金额（元）"), (1, 2, year), (3, 1, "其中：财政拨款"), (4, 1, fiscal))
        rows.add((0, 1, "其他资金（元）"), (1, 2, other), (3, 1, "项目类别"), (4, 1, "经常性项目"))
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重（%）"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_styled(_spec(rows.cells, rows.n, widths, title="项目绩效目标申报表",
                                     editor=f"预算单位：{dept}"), "filled", (head,)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, total=total, year=year, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 丹阳


def _three_column_self_eval(doc: FormDoc, project: str, dept: str, unit_name: str, money: list[tuple[str, ...]],
                            rate: str, rate_score: str, goal: tuple[str, str], inds: list[Ind], grade_word: str,
                            rules: str, shaded: bool) -> float:
    """项目支出绩效自评表 of the 财政部 2021 template: money lines under 年初预算数 … 得分 columns."""
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 8, project))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, unit_name))
    r = rows.n
    rows.put(r, 0, len(money) + 1, 1, "项目资金（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, line in enumerate(money, 1):
        rows.put(r + k, 1, 1, 2, line[0])
        cells = list(line[1:4]) + (["10", rate, rate_score] if k == 1 else ["—", "—", "—"])
        for j, v in enumerate(cells):
            rows.put(r + k, 3 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, goal[0])
    rows.put(r + 1, 5, 1, 4, goal[1])
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施")):
        rows.put(r, 1 + k, 1, 1, head)
    head = r
    rows.n = r + 1
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    total = float(rate_score) + sum(float(i.score) for i in inds)
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 2, _fmt(total)))
    rows.add((0, 6, "自评等级"), (6, 3, grade_word))
    doc.pages.grid(_styled(_spec(rows.cells, rows.n, [44, 52, 60, 84, 56, 56, 38, 44, 90], title="项目支出绩效自评表",
                                 editor=f"（{doc.gold.fiscal_year}年度）", unit_raw="单位：万元",
                                 kind="performance_self_evaluation"), rules, (head,) if shaded else ()),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    return round(total, 2)


def layout_js_dy_accounts_self_evals_three_columns(folder: Path, name: str) -> FileGold:
    """江苏 丹阳 部门决算 ending with two project self evaluations; rules "cells"."""
    dept = "丹阳市卫生健康委员会"
    doc = FormDoc(name, "丹阳市卫生健康委员会2024年度部门决算", dept, 2024)
    _accounts_front(doc, dept, 2024, [("财政拨款收入", "42,318.60"), ("事业收入", "96,420.15"), ("其他收入", "1,286.30")],
                    [("卫生健康支出", "136,904.72"), ("社会保障和就业支出", "2,860.20"), ("住房保障支出", "1,860.13")])
    evals = [
        ("基本公共卫生服务补助", "丹阳市妇幼保健院",
         [("年度资金总额", "2,860.00", "3,120.00", "3,026.40"), ("其中：财政拨款", "2,860.00", "3,120.00", "3,026.40"),
          ("上年结转", "", "", ""), ("其他资金", "", "", "")],
         "97.00%", "9.70", ("为城乡居民免费提供国家基本公共卫生服务项目。", "全年完成各类基本公共卫生服务，居民健康档案规范管理。"),
         [Ind("产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", (">=", 90, "%"), "15", "93.6%", "15"),
          Ind("产出指标", "数量指标", "65岁及以上老年人健康管理率", "≥62%", (">=", 62, "%"), "15", "64.2%", "15"),
          Ind("产出指标", "质量指标", "高血压患者基层规范管理服务率", "≥64%", (">=", 64, "%"), "15", "61.8%", "13",
              "部分患者随访未按时完成，下年加强随访督导"),
          Ind("产出指标", "时效指标", "补助资金拨付及时率", "100%", ("=", 100, "%"), "15", "100%", "15"),
          Ind("效益指标", "社会效益指标", "城乡居民公共卫生服务差距", "逐步缩小", Q, "15", "逐步缩小", "15"),
          Ind("满意度指标", "服务对象满意度指标", "居民对基本公共卫生服务满意度", "≥85%", (">=", 85, "%"), "15", "90.5%", "15")],
         "优秀", "优"),
        ("村卫生室运行补助", "丹阳市卫生健康委员会",
         [("年度资金总额", "486.00", "486.00", "437.40"), ("其中：财政拨款", "420.00", "420.00", "384.30"),
          ("上年结转", "66.00", "66.00", "53.10"), ("其他资金", "", "", "")],
         "90.00%", "9.00", ("保障村卫生室正常运转，落实乡村医生补助。", "完成村卫生室运行补助发放，个别补助于次年初拨付。"),
         [Ind("产出指标", "数量指标", "补助村卫生室数量", "=158个", ("=", 158, "个"), "20", "158个", "20"),
          Ind("产出指标", "质量指标", "村卫生室标准化建设达标率", "≥95%", (">=", 95, "%"), "20", "92%", "16",
              "3个村卫生室改造未完工"),
          Ind("产出指标", "时效指标", "补助资金发放时间", "2024年12月底前", (None, None, None), "15", "2025年1月", "10",
              "年末资金到位较晚"),
          Ind("效益指标", "社会效益指标", "乡村医生队伍稳定", "稳定", Q, "20", "基本稳定", "18"),
          Ind("满意度指标", "服务对象满意度指标", "乡村医生满意度", "≥90%", (">=", 90, "%"), "15", "91%", "15")],
         "良好", "良"),
    ]
    for project, unit_name, money, rate, rate_score, goal, inds, word, grade in evals:
        total = _three_column_self_eval(doc, project, dept, unit_name, money, rate, rate_score, goal, inds, word,
                                        "cells", False)
        doc.gold.self_evaluation(project, "万元", money[0][2], money[0][3], total, grade)
        carried = money[2][2] or None
        doc.gold.project(project, "万元", year=money[0][2], fiscal=money[1][2], carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 浙江 德清


def layout_zj_dq_dept_wide_open_task_money(folder: Path, name: str) -> FileGold:
    """浙江 德清 部门整体支出绩效目标表; rules "open"."""
    dept = "德清县自然资源和规划局"
    doc = FormDoc(name, "德清县自然资源和规划局2025年部门整体支出绩效目标表", dept, 2025)
    inds = [
        Ind("产出指标", "数量指标", "国土空间规划编制完成数", "≥3项", (">=", 3, "项"), "8"),
        Ind("产出指标", "数量指标", "年度耕地保护任务面积", "≥34.6万亩", (">=", 34.6, "万亩"), "8"),
        Ind("产出指标", "数量指标", "完成不动产登记业务量", "≥4.2万件", (">=", 4.2, "万件"), "6"),
        Ind("产出指标", "数量指标", "地质灾害隐患点巡查次数", "≥12次", (">=", 12, "次"), "6"),
        Ind("产出指标", "质量指标", "永久基本农田保护目标完成率", "100%", ("=", 100, "%"), "8"),
        Ind("产出指标", "质量指标", "不动产登记差错率", "<0.5%", ("<", 0.5, "%"), "6"),
        Ind("产出指标", "质量指标", "测绘成果质量合格率", "100%", ("=", 100, "%"), "6"),
        Ind("产出指标", "时效指标", "一般不动产登记办结时间", "≤1个工作日", ("<=", 1, "个工作日"), "6"),
        Ind("产出指标", "时效指标", "年度土地出让计划完成时间", "2025年12月底前", (None, None, None), "5"),
        Ind("产出指标", "成本指标", "“三公”经费控制情况", "只减不增", Q, "5"),
        Ind("效益指标", "经济效益指标", "土地出让收入", "≥12亿元", (">=", 12, "亿元"), "6"),
        Ind("效益指标", "社会效益指标", "违法用地发生率", "较上年下降", Q, "6"),
        Ind("效益指标", "生态效益指标", "矿山生态修复面积", "≥120亩", (">=", 120, "亩"), "6"),
        Ind("效益指标", "可持续影响指标", "自然资源节约集约利用水平", "持续提升", Q, "6"),
        Ind("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%", (">=", 95, "%"), "6"),
        Ind("满意度指标", "服务对象满意度指标", "企业用地服务满意度", "≥90%", (">=", 90, "%"), "6"),
    ]
    # a Word table with its side borders off: labels span the narrow 序号 column of the grid
    rows = _Rows()
    rows.add((0, 2, "部门名称"), (2, 4, dept))
    r = rows.n
    rows.put(r, 0, 2, 2, "部门预算资金（万元）")
    for k, head in enumerate(("合计", "财政拨款", "其他资金")):
        rows.put(r, 2 + k, 1, 1 if k < 2 else 2, head)
    for k, v in enumerate(("9,862.37", "9,540.17", "322.20")):
        rows.put(r + 1, 2 + k, 1, 1 if k < 2 else 2, v)
    r = rows.n
    tasks = [("国土空间规划编制与实施", "1,260.00"), ("耕地保护与土地整治", "3,480.50"),
             ("不动产统一登记与测绘", "862.40"), ("地质灾害防治与生态修复", "1,590.00")]
    rows.put(r, 0, len(tasks) + 1, 2, "年度主要任务")
    rows.put(r, 2, 1, 1, "任务名称")
    rows.put(r, 3, 1, 2, "主要内容")
    rows.put(r, 5, 1, 1, "预算金额")
    for k, (task, amount) in enumerate(tasks, 1):
        rows.put(r + k, 2, 1, 1, task)
        rows.put(r + k, 3, 1, 2, f"做好{task}相关工作，按期完成年度任务")
        rows.put(r + k, 5, 1, 1, amount)
    rows.add((0, 2, "年度总体目标"), (2, 4, "严守耕地保护红线，保障重大项目用地，提升不动产登记便利度，推进矿山生态修复。"))
    rows.add((0, 1, "序号"), (1, 1, "一级指标"), (2, 1, "二级指标"), (3, 1, "三级指标"), (4, 1, "指标值"), (5, 1, "分值"))
    numbers = iter(range(1, len(inds) + 1))
    _grid_rows(rows, inds, 1, 2, lambda i: [(0, 1, str(next(numbers))), (3, 1, i.name), (4, 1, i.raw),
                                            (5, 1, i.weight)])
    doc.pages.grid(_styled(_spec(rows.cells, rows.n, [30, 64, 104, 150, 92, 56], title="部门（单位）整体支出绩效目标表",
                                 editor="（2025年度）", unit_raw="单位：万元", kind="department_performance_targets"),
                           "open"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    return doc.save(folder)


# --------------------------------------------------------------------------- 安徽 淮南


def layout_ah_hn_budget_source_lines_yuan(folder: Path, name: str) -> FileGold:
    """安徽 淮南 部门预算 with 资金来源 lines in 元; rules "cells"."""
    dept = "淮南市农业农村局"
    doc = FormDoc(name, "淮南市农业农村局2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "12,486.30"), ("政府性基金预算拨款收入", "3,600.00"),
                                    ("事业收入", "238.00")],
                  [("农林水支出", "15,720.30"), ("社会保障和就业支出", "380.00"), ("住房保障支出", "224.00")])
    projects = [
        ("高标准农田建设市级配套", "340400250000031",
         [("一般公共预算财政拨款收入", "12,500,000.00"), ("政府性基金预算财政拨款收入", ""),
          ("事业收入", ""), ("上年结转", "1,200,000.00")], "13,700,000.00", "12,500,000.00", "1,200,000.00",
         "新建高标准农田，提升耕地质量和粮食综合生产能力。", [
             Ind("产出指标", "数量指标", "新建高标准农田面积", ("大于等于", "5.2", "万亩"), (">=", 5.2, "万亩")),
             Ind("产出指标", "质量指标", "项目工程验收合格率", ("等于", "100", "%"), ("=", 100, "%")),
             Ind("产出指标", "时效指标", "项目开工时间", ("", "2025年6月底前", ""), (None, None, None)),
             Ind("产出指标", "成本指标", "亩均建设投入", ("小于等于", "3000", "元"), ("<=", 3000, "元")),
             Ind("效益指标", "经济效益指标", "项目区粮食亩均增产", ("大于等于", "50", "公斤"), (">=", 50, "公斤")),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", ("大于等于", "90", "%"), (">=", 90, "%")),
         ]),
        ("农产品质量安全监测", "340400250000047",
         [("一般公共预算财政拨款收入", "1,360,000.00"), ("政府性基金预算财政拨款收入", ""),
          ("事业收入", "180,000.00"), ("上年结转", "")], "1,540,000.00", "1,360,000.00", None,
         "开展农产品质量安全例行监测和监督抽检，保障农产品质量安全。", [
             Ind("产出指标", "数量指标", "农产品抽检批次", ("大于等于", "2400", "批次"), (">=", 2400, "批次")),
             Ind("产出指标", "质量指标", "主要农产品监测合格率", ("大于等于", "98", "%"), (">=", 98, "%")),
             Ind("产出指标", "时效指标", "检测结果报送时限", ("小于等于", "7", "个工作日"), ("<=", 7, "个工作日")),
             Ind("效益指标", "社会效益指标", "农产品质量安全事件", ("", "不发生重大事件", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "生产经营主体满意度", ("大于等于", "85", "%"), (">=", 85, "%")),
         ]),
        ("动物疫病强制免疫", "340400250000052",
         [("一般公共预算财政拨款收入", "2,860,000.00"), ("政府性基金预算财政拨款收入", ""),
          ("事业收入", ""), ("上年结转", "340,000.00")], "3,200,000.00", "2,860,000.00", "340,000.00",
         "做好重大动物疫病强制免疫，免疫密度保持在较高水平。", [
             Ind("产出指标", "数量指标", "强制免疫畜禽数量", ("大于等于", "860", "万羽（头）"), (">=", 860, "万羽(头)")),
             Ind("产出指标", "质量指标", "应免畜禽免疫密度", ("大于等于", "90", "%"), (">=", 90, "%")),
             Ind("产出指标", "质量指标", "免疫抗体合格率", ("大于", "70", "%"), (">", 70, "%")),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情", ("", "未发生", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "养殖场户满意度", ("大于等于", "90", "%"), (">=", 90, "%")),
         ]),
    ]
    widths = [64, 72, 130, 60, 86, 96]
    for project, code, sources, total, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目代码"), (5, 1, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "项目属性"), (5, 1, "一次性项目" if carried else "经常性项目"))
        r = rows.n
        rows.put(r, 0, len(sources) + 2, 1, "资金来源")
        rows.put(r, 1, 1, 3, "来源")
        rows.put(r, 4, 1, 2, "金额（元）")
        for k, (label, amount) in enumerate(sources, 1):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 2, amount)
        rows.put(r + len(sources) + 1, 1, 1, 3, "合计")
        rows.put(r + len(sources) + 1, 4, 1, 2, total)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标方向"), (4, 1, "指标值"),
                 (5, 1, "计量单位"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2])])
        doc.pages.grid(_styled(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                                     editor=f"单位名称：{dept}", unit_raw="单位：元"), "cells"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 大冶


def layout_hub_dy_turned_list_fiscal_column(folder: Path, name: str) -> FileGold:
    """湖北 大冶 list on landscape pages turned by /Rotate; rules "filled"."""
    dept = "大冶市住房和城乡建设局"
    doc = FormDoc(name, "大冶市住房和城乡建设局2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("城区市政设施维护", "1,850.00", "1,850.00", "完成城区道路、桥梁、排水设施日常维护，设施完好率保持较高水平。", [
            Ind("产出指标", "数量指标", "维护城区道路面积", "≥320万平方米", (">=", 320, "万平方米"), "20"),
            Ind("产出指标", "数量指标", "疏通排水管网长度", "≥180公里", (">=", 180, "公里"), "15"),
            Ind("产出指标", "质量指标", "市政设施完好率", "≥95%", (">=", 95, "%"), "20"),
            Ind("产出指标", "时效指标", "道路破损修复时限", "≤72小时", ("<=", 72, "小时"), "15"),
            Ind("效益指标", "社会效益指标", "城区道路通行条件", "明显改善", Q, "15"),
            Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", (">=", 90, "%"), "15"),
        ]),
        ("老旧小区改造配套", "3,260.00", "2,600.00", "完成年度老旧小区改造任务，改善居民居住条件。", [
            Ind("产出指标", "数量指标", "改造老旧小区个数", "=26个", ("=", 26, "个"), "20"),
            Ind("产出指标", "数量指标", "惠及居民户数", "≥4800户", (">=", 4800, "户"), "15"),
            Ind("产出指标", "质量指标", "工程竣工验收合格率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "改造工程完工时间", "2025年11月底前", (None, None, None), "15"),
            Ind("效益指标", "社会效益指标", "小区居住环境", "有效提升", Q, "15"),
            Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥85%", (">=", 85, "%"), "15"),
        ]),
        ("城镇燃气安全监管", "126.50", "126.50", "开展城镇燃气安全专项检查，消除燃气安全隐患。", [
            Ind("产出指标", "数量指标", "燃气安全检查次数", "≥24次", (">=", 24, "次"), "25"),
            Ind("产出指标", "质量指标", "安全隐患整改率", "100%", ("=", 100, "%"), "25"),
            Ind("产出指标", "时效指标", "隐患整改时限", "≤15天", ("<=", 15, "天"), "15"),
            Ind("效益指标", "社会效益指标", "较大以上燃气安全事故", "0起", ("=", 0, "起"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "燃气用户满意度", "≥90%", (">=", 90, "%"), "15"),
        ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "序号")
    rows.put(0, 1, 2, 1, "项目名称")
    rows.put(0, 2, 1, 2, "项目资金（万元）")
    rows.put(1, 2, 1, 1, "资金总额")
    rows.put(1, 3, 1, 1, "其中：财政资金")
    rows.put(0, 4, 2, 1, "绩效目标")
    rows.put(0, 5, 1, 3, "绩效指标")
    rows.put(1, 5, 1, 1, "一级指标")
    rows.put(1, 6, 1, 1, "二级指标")
    rows.put(1, 7, 1, 1, "三级指标")
    rows.put(0, 8, 2, 1, "指标值")
    rows.put(0, 9, 2, 1, "分值")
    for k, (project, total, fiscal, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        n = len(inds)
        for c, text in ((0, str(k)), (1, project), (2, total), (3, fiscal), (4, goal)):
            rows.put(r0, c, n, 1, text)
        rows.n = r0
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.raw), (9, 1, i.weight)])
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    spec = _spec(rows.cells, rows.n, [30, 92, 58, 66, 150, 58, 70, 118, 88, 36],
                 title="2025年项目支出绩效目标表", editor=f"编制单位：{dept}", unit_raw="单位：万元", landscape=True)
    doc.pages.grid(_styled(spec, "filled"), repeat=(0, 2), fresh_page=True, turned=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 陕西 韩城


def layout_sn_hc_accounts_dept_and_project_self_eval(folder: Path, name: str) -> FileGold:
    """陕西 韩城 部门决算: 部门整体 and project self evaluations; rules "cells", head shaded."""
    dept = "韩城市教育局"
    doc = FormDoc(name, "韩城市教育局2024年度部门决算", dept, 2024)
    _accounts_front(doc, dept, 2024, [("财政拨款收入", "58,216.40"), ("事业收入", "2,140.00"), ("其他收入", "310.60")],
                    [("教育支出", "56,308.20"), ("社会保障和就业支出", "3,118.30"), ("住房保障支出", "1,240.50")])
    # 部门整体支出绩效自评表
    inds = [
        Ind("产出指标", "数量指标", "义务教育阶段在校学生数", "≥3.2万人", (">=", 3.2, "万人"), "15", "3.26万人", "15"),
        Ind("产出指标", "数量指标", "校舍维修改造面积", "≥1.8万平方米", (">=", 1.8, "万平方米"), "10", "1.86万平方米", "10"),
        Ind("产出指标", "质量指标", "义务教育巩固率", "≥99%", (">=", 99, "%"), "15", "99.4%", "15"),
        Ind("产出指标", "时效指标", "学生资助资金发放及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "成本指标", "生均公用经费标准（小学）", "≥720元", (">=", 720, "元"), "10", "720元", "10"),
        Ind("效益指标", "社会效益指标", "适龄儿童入学率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("效益指标", "可持续影响指标", "城乡教育均衡发展水平", "持续提升", Q, "10", "稳步提升", "9"),
        Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", (">=", 90, "%"), "10", "93.2%", "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 7, dept))
    r = rows.n
    rows.put(r, 0, 4, 1, "年度预算资金（万元）")
    for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 1 + k, 1, 1, head)
    money = [("年度资金总额", "54,860.00", "60,280.00", "58,471.60", "10", "97.00%", "9.70"),
             ("其中：基本支出", "41,200.00", "42,960.00", "42,960.00", "—", "—", "—"),
             ("项目支出", "13,660.00", "17,320.00", "15,511.60", "—", "—", "—")]
    for k, line in enumerate(money, 1):
        for j, v in enumerate(line):
            rows.put(r + k, 1 + j, 1, 1, v)
    rows.add((0, 1, "年度总体目标"), (1, 4, "保障全市各级各类学校正常运转，推进义务教育优质均衡发展，落实学生资助政策。"),
             (5, 3, "全年完成各项教育事业发展任务，义务教育巩固率保持在99%以上。"))
    head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "年度指标值"),
                    (4, 1, "实际完成值"), (5, 1, "分值"), (6, 1, "得分"), (7, 1, "偏差原因分析及改进措施"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    dept_total = round(9.70 + sum(float(i.score) for i in inds), 2)
    rows.add((0, 5, "自评得分"), (5, 3, _fmt(dept_total)))
    rows.add((0, 5, "自评等级"), (5, 3, "优"))
    doc.pages.grid(_styled(_spec(rows.cells, rows.n, [54, 62, 100, 62, 64, 50, 50, 80],
                                 title="部门整体支出绩效自评表", editor="（2024年度）", unit_raw="单位：万元",
                                 kind="performance_self_evaluation"), "cells", (head,)), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", "60,280.00", "58,471.60", dept_total, "优")
    # 项目支出绩效自评表
    project = "学生营养改善计划"
    pinds = [
        Ind("产出指标", "数量指标", "受益学生人数", "≥1.6万人", (">=", 1.6, "万人"), "20", "1.62万人", "20"),
        Ind("产出指标", "质量指标", "食品安全事故发生数", "0起", ("=", 0, "起"), "20", "0起", "20"),
        Ind("产出指标", "时效指标", "营养餐供应天数", "≥180天", (">=", 180, "天"), "15", "176天", "12", "受假期调整影响"),
        Ind("产出指标", "成本指标", "每生每天补助标准", "5元", ("=", 5, "元"), "10", "5元", "10"),
        Ind("效益指标", "社会效益指标", "学生营养健康状况", "逐步改善", Q, "15", "有所改善", "13"),
        Ind("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
    ]
    total = _three_column_self_eval(
        doc, project, dept, "韩城市学生资助管理中心",
        [("年度资金总额", "1,440.00", "1,440.00", "1,411.20"), ("其中：财政拨款", "1,440.00", "1,440.00", "1,411.20"),
         ("其他资金", "", "", "")],
        "98.00%", "9.80", ("为农村义务教育学生提供营养膳食补助。", "全年向1.62万名学生提供营养餐补助。"),
        pinds, "良", "cells", True)
    doc.gold.self_evaluation(project, "万元", "1,440.00", "1,411.20", total, "良")
    doc.gold.project(project, "万元", year="1,440.00", fiscal="1,440.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 金昌


def layout_gs_jc_two_row_value_head_open_yuan(folder: Path, name: str) -> FileGold:
    """甘肃 金昌 standalone project forms; rules "open"; money stacked in 元."""
    dept = "金昌市生态环境局"
    doc = FormDoc(name, "金昌市生态环境局2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("大气污染防治监测运维", "620300250000016", "金昌市生态环境监测站", "2,350,000.00", "2,350,000.00", "0.00",
         "保障空气自动监测站稳定运行，数据有效率达到国家要求。", [
             Ind("产出指标", "数量指标", "运维空气自动监测站点", ("≥", "8", "个"), (">=", 8, "个"), "20"),
             Ind("产出指标", "质量指标", "监测数据有效率", ("≥", "90", "%"), (">=", 90, "%"), "20"),
             Ind("产出指标", "时效指标", "设备故障修复时限", ("≤", "48", "小时"), ("<=", 48, "小时"), "15"),
             Ind("效益指标", "生态效益指标", "城市空气质量优良天数比例", ("≥", "85", "%"), (">=", 85, "%"), "25"),
             Ind("满意度指标", "服务对象满意度指标", "公众对空气质量满意度", ("≥", "80", "%"), (">=", 80, "%"), "20"),
         ]),
        ("重点排污单位执法检查", "620300250000024", "金昌市生态环境保护综合行政执法队", "860,000.00", "760,000.00",
         "100,000.00", "开展重点排污单位执法检查，严厉打击环境违法行为。", [
             Ind("产出指标", "数量指标", "执法检查企业数", ("≥", "150", "家次"), (">=", 150, "家次"), "25"),
             Ind("产出指标", "质量指标", "环境违法案件查处率", ("=", "100", "%"), ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "信访投诉办结时限", ("≤", "15", "个工作日"), ("<=", 15, "个工作日"), "15"),
             Ind("效益指标", "社会效益指标", "企业环境守法意识", ("定性", "明显提高", ""), Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "信访群众满意度", ("≥", "85", "%"), (">=", 85, "%"), "20"),
         ]),
        ("土壤污染状况详查", "620300250000031", "金昌市生态环境局", "1,200,000.00", "1,200,000.00", "0.00",
         "完成重点行业企业用地土壤污染状况调查，建立污染地块清单。", [
             Ind("产出指标", "数量指标", "调查重点企业地块", ("≥", "36", "个"), (">=", 36, "个"), "20"),
             Ind("产出指标", "质量指标", "样品检测质控合格率", ("≥", "95", "%"), (">=", 95, "%"), "20"),
             Ind("产出指标", "成本指标", "单个地块调查成本", ("≤", "3.3", "万元"), ("<=", 3.3, "万元"), "20"),
             Ind("效益指标", "生态效益指标", "受污染耕地安全利用率", ("≥", "93", "%"), (">=", 93, "%"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "周边群众满意度", ("≥", "85", "%"), (">=", 85, "%"), "20"),
         ]),
    ]
    widths = [26, 60, 70, 128, 36, 50, 50, 44]
    for project, code, unit_name, year, fiscal, other, goal, inds in projects:
        # side borders off (Word); the labels span the 序号 column of the grid
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 3, project), (5, 1, "项目编码"), (6, 2, code))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 3, 2, "项目资金（元）")
        for k, (label, value) in enumerate((("资金总额", year), ("其中：财政资金", fiscal), ("其他资金", other))):
            rows.put(r + k, 2, 1, 2, label)
            rows.put(r + k, 4, 1, 4, value)
        rows.add((0, 2, "年度目标"), (2, 6, goal))
        r = rows.n
        for c, text in ((0, "序号"), (1, "一级指标"), (2, "二级指标"), (3, "三级指标"), (7, "权重")):
            rows.put(r, c, 2, 1, text)
        rows.put(r, 4, 1, 3, "指标值")
        for k, text in enumerate(("符号", "数值", "单位")):
            rows.put(r + 1, 4 + k, 1, 1, text)
        numbers = iter(range(1, len(inds) + 1))
        _grid_rows(rows, inds, 1, 2, lambda i: [(0, 1, str(next(numbers))), (3, 1, i.name), (4, 1, i.target[0]),
                                                (5, 1, i.target[1]), (6, 1, i.target[2]), (7, 1, i.weight)])
        doc.pages.grid(_styled(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                                     editor=f"填报单位（盖章）：{dept}", unit_raw="单位：元"), "open"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, year=year, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 青海 格尔木


def layout_qh_gem_two_forms_a_page_money_heads(folder: Path, name: str) -> FileGold:
    """青海 格尔木 short forms two to a page; rules "filled"; unit in the title line."""
    dept = "格尔木市文体旅游广电局"
    doc = FormDoc(name, "格尔木市文体旅游广电局2025年项目支出绩效目标", dept, 2025)
    projects = [
        ("公共文化服务体系建设", "68.00", "60.00", "8.00", "0.00", "保障文化馆、图书馆免费开放，开展群众文化活动。", [
            Ind("产出指标", "数量指标", "举办群众文化活动场次", "不少于40场", (">=", 40, "场")),
            Ind("产出指标", "时效指标", "场馆免费开放时间", "每周不少于56小时", (">=", 56, "小时")),
            Ind("效益指标", "社会效益指标", "群众文化参与人次", "大于5万人次", (">", 5, "万人次")),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", "不低于90%", (">=", 90, "%")),
        ]),
        ("全民健身赛事活动", "45.00", "45.00", "0.00", "0.00", "举办全民健身赛事，提高群众参与体育锻炼积极性。", [
            Ind("产出指标", "数量指标", "举办赛事活动次数", "不少于12次", (">=", 12, "次")),
            Ind("产出指标", "质量指标", "赛事安全事故发生率", "小于1%", ("<", 1, "%")),
            Ind("产出指标", "成本指标", "单次赛事平均成本", "不高于3.75万元", ("<=", 3.75, "万元")),
            Ind("满意度指标", "服务对象满意度指标", "参赛群众满意度", "不低于90%", (">=", 90, "%")),
        ]),
        ("旅游宣传推介", "120.00", "100.00", "0.00", "20.00", "开展旅游品牌宣传推介，提升旅游目的地知名度。", [
            Ind("产出指标", "数量指标", "参加旅游推介会次数", "不少于6次", (">=", 6, "次")),
            Ind("产出指标", "时效指标", "宣传推介完成时限", "2025年10月底前", (None, None, None)),
            Ind("效益指标", "经济效益指标", "接待游客人次增长率", "高于8%", (">", 8, "%")),
            Ind("满意度指标", "服务对象满意度指标", "游客满意度", "不低于85%", (">=", 85, "%")),
        ]),
    ]
    widths = [74, 80, 150, 90, 100]
    for k, (project, year, fiscal, carried, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "年度资金总额"), (1, 1, "财政拨款"), (2, 1, "上年结转"), (3, 1, "其他资金"), (4, 1, "实施单位"))
        rows.add((0, 1, year), (1, 1, fiscal), (2, 1, carried), (3, 1, other), (4, 1, dept))
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw)])
        doc.pages.grid(_styled(_spec(rows.cells, rows.n, widths, title=f"{project}绩效目标表（单位：万元）",
                                     editor=f"主管部门：{dept}"), "filled"), fresh_page=k % 2 == 0)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 宁夏 贺兰


def layout_nx_hl_self_eval_pairs_yuan_cells(folder: Path, name: str) -> FileGold:
    """宁夏 贺兰 项目支出绩效自评表 with money pairs in 元; rules "cells"."""
    dept = "贺兰县水务局"
    doc = FormDoc(name, "贺兰县水务局2024年度项目支出绩效自评表", dept, 2024)
    evals = [
        ("农村饮水安全维修养护", "贺兰县农村供水服务中心", "1,600,000.00", "1,800,000.00", "1,710,000.00", "95.00%",
         "9.50", [
             Ind("产出指标", "数量指标", "维修养护供水工程", "≥25处", (">=", 25, "处"), "20", "27处", "20"),
             Ind("产出指标", "质量指标", "农村集中供水率", "≥98%", (">=", 98, "%"), "20", "98.6%", "20"),
             Ind("产出指标", "时效指标", "供水管网故障抢修时限", "≤24小时", ("<=", 24, "小时"), "15", "20小时", "15"),
             Ind("效益指标", "社会效益指标", "农村饮水安全保障水平", "有效提升", Q, "15", "有效提升", "15"),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "20", "88%", "18",
                 "个别村季节性水压不足"),
         ], "良"),
        ("黄河堤防日常管护", "贺兰县河湖管理中心", "900,000.00", "900,000.00", "900,000.00", "100.00%", "10.00", [
            Ind("产出指标", "数量指标", "管护堤防长度", "=24.5公里", ("=", 24.5, "公里"), "20", "24.5公里", "20"),
            Ind("产出指标", "质量指标", "堤防工程完好率", "≥95%", (">=", 95, "%"), "20", "97%", "20"),
            Ind("产出指标", "时效指标", "汛前检查完成时间", "2024年5月底前", (None, None, None), "15", "2024年5月20日", "15"),
            Ind("效益指标", "社会效益指标", "堤防安全度汛", "安全度汛", Q, "20", "安全度汛", "20"),
            Ind("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%", (">=", 90, "%"), "15", "94%", "15"),
        ], "优"),
    ]
    for project, unit_name, initial, budget, executed, rate, rate_score, inds, grade in evals:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, unit_name))
        rows.add((0, 1, "年初预算数（元）"), (1, 3, initial), (4, 1, "全年预算数（元）"), (5, 2, budget))
        rows.add((0, 1, "全年执行数（元）"), (1, 3, executed), (4, 1, "预算执行率"), (5, 2, rate))
        rows.add((0, 1, "执行率分值"), (1, 3, "10"), (4, 1, "执行率得分"), (5, 2, rate_score))
        rows.add((0, 1, "年度目标完成情况"), (1, 6, "按计划完成年度目标任务。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "年度指标值"), (4, 1, "实际完成值"),
                 (5, 1, "分值"), (6, 1, "得分"))
        # 偏差原因 is written under the grid, one line for the indicators that missed
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score)])
        notes = "；".join(f"{i.name}：{i.note}" for i in inds if i.note) or "无"
        rows.add((0, 1, "偏差原因分析"), (1, 6, notes))
        total = round(float(rate_score) + sum(float(i.score) for i in inds), 2)
        rows.add((0, 1, "总分"), (1, 3, _fmt(total)), (4, 1, "自评等级"), (5, 2, grade))
        doc.pages.grid(_styled(_spec(rows.cells, rows.n, [78, 70, 120, 70, 80, 44, 44], title="项目支出绩效自评表",
                                     editor="（2024年度）", kind="performance_self_evaluation"), "cells"),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, total, grade)
        doc.gold.project(project, "元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 新疆 塔城


def layout_xj_tc_budget_long_form_repeated_head(folder: Path, name: str) -> FileGold:
    """新疆 塔城 部门预算 with long forms over pages; rules "filled", header shaded."""
    dept = "塔城市交通运输局"
    doc = FormDoc(name, "塔城市交通运输局2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "6,842.10"), ("上年结转", "1,260.00")],
                  [("交通运输支出", "7,514.60"), ("社会保障和就业支出", "360.50"), ("住房保障支出", "227.00")],
                  rules="filled")
    projects = [
        ("农村公路养护工程（2025-2027年）", "654201250000009", "6,000.00", "2,100.00", "1,800.00", "300.00",
         "完成农村公路日常养护和危桥改造，提高农村公路优良中等路率。", [
             Ind("产出指标", "数量指标", "养护农村公路里程", "≥860公里", (">=", 860, "公里"), "8"),
             Ind("产出指标", "数量指标", "危桥改造座数", "≥6座", (">=", 6, "座"), "8"),
             Ind("产出指标", "数量指标", "安防工程实施里程", "≥45公里", (">=", 45, "公里"), "7"),
             Ind("产出指标", "质量指标", "农村公路优良中等路率", "≥82%", (">=", 82, "%"), "8"),
             Ind("产出指标", "质量指标", "工程交工验收合格率", "100%", ("=", 100, "%"), "7"),
             Ind("产出指标", "时效指标", "年度养护工程完工时间", "2025年10月底前", (None, None, None), "6"),
             Ind("产出指标", "时效指标", "水毁路段抢通时限", "≤48小时", ("<=", 48, "小时"), "6"),
             Ind("产出指标", "成本指标", "每公里日常养护成本", "≤1.2万元", ("<=", 1.2, "万元"), "10"),
             Ind("效益指标", "经济效益指标", "农产品运输成本", "有所降低", Q, "8"),
             Ind("效益指标", "社会效益指标", "建制村通硬化路率", "100%", ("=", 100, "%"), "8"),
             Ind("效益指标", "可持续影响指标", "路网使用年限", "≥10年", (">=", 10, "年"), "7"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), "17"),
         ]),
        ("城乡客运公交运营补贴", "654201250000016", "420.00", "420.00", "420.00", None,
         "保障城乡客运公交正常运营，方便群众出行。", [
             Ind("产出指标", "数量指标", "补贴公交车辆数", "=68辆", ("=", 68, "辆"), "20"),
             Ind("产出指标", "质量指标", "公交准点率", "≥92%", (">=", 92, "%"), "20"),
             Ind("产出指标", "时效指标", "补贴发放时间", "2025年12月底前", (None, None, None), "10"),
             Ind("效益指标", "社会效益指标", "城乡公交日均客运量", "3000-3500人次", ("range", 3000, "人次", 3500), "20"),
             Ind("效益指标", "可持续影响指标", "城乡公交服务覆盖", "持续稳定", Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
    ]
    widths = [62, 74, 140, 100, 96]
    for project, code, total, year, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, dept))
        lines = [("项目总额", total), ("年度资金总额", year), ("其中：财政拨款", fiscal)]
        if carried:
            lines.append(("上年结转", carried))
        r = rows.n
        rows.put(r, 0, len(lines), 1, "项目资金（万元）")
        for k, (label, value) in enumerate(lines):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, value)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_styled(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                                     editor=f"编制单位：{dept}", unit_raw="单位：万元"), "filled", (head,)),
                       repeat=(head, 1), fresh_page=project == projects[0][0])
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, total=total, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


BLIND74: dict[str, Builder] = {
    "sh_fx_budget_total_year_pairs_filled": layout_sh_fx_budget_total_year_pairs_filled,
    "js_dy_accounts_self_evals_three_columns": layout_js_dy_accounts_self_evals_three_columns,
    "zj_dq_dept_wide_open_task_money": layout_zj_dq_dept_wide_open_task_money,
    "ah_hn_budget_source_lines_yuan": layout_ah_hn_budget_source_lines_yuan,
    "hub_dy_turned_list_fiscal_column": layout_hub_dy_turned_list_fiscal_column,
    "sn_hc_accounts_dept_and_project_self_eval": layout_sn_hc_accounts_dept_and_project_self_eval,
    "gs_jc_two_row_value_head_open_yuan": layout_gs_jc_two_row_value_head_open_yuan,
    "qh_gem_two_forms_a_page_money_heads": layout_qh_gem_two_forms_a_page_money_heads,
    "nx_hl_self_eval_pairs_yuan_cells": layout_nx_hl_self_eval_pairs_yuan_cells,
    "xj_tc_budget_long_form_repeated_head": layout_xj_tc_budget_long_form_repeated_head,
}
SETS: dict[str, dict[str, Builder]] = {"blind74": BLIND74}


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
    """Write every layout of ``which`` ("blind74") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
