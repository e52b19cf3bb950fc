"""BLIND44 performance forms: ten layouts as 市/区/县 departments of 江西, 西藏, 青海, 内蒙古, 吉林,
广西, 山西, 贵州, 黑龙江 and 甘肃 print their 项目支出绩效目标表, 部门（单位）整体支出绩效目标表,
项目支出绩效自评表 and 部门整体支出绩效自评表 in 2024–2025 部门预算 / 部门决算 disclosures, written
by an author who had read neither the form reader nor the earlier blind sets (only the gold
helpers and page composer of ``form_layouts``, the gold conventions of BLIND9's docstring, the
seeds and the real disclosures). The emphasis is realism: wrapped labels, spaced labels, "—" and
"/" in empty money cells, units in the title line, in a column head or in the cell. Each layout
writes one PDF and its gold in the format of ``form_layouts.write_set``; the gold is written by
hand with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

jx_gz_budget_receipt_source_columns  江西 赣州 district 部门预算: budget tables, then project
        forms whose money is one row of source columns under a 项目资金 label merged down:
        合计 | 一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 国有资本经营预算财政拨款收入 |
        财政专户管理资金收入 | 单位资金, "—" in the empty ones, unit in the title line (金额单位：万元)
xz_ls_split_target_unit_in_money_cells  西藏 拉萨 district 项目支出绩效目标申报表 ×3: money as
        label | value pairs whose value carries its unit ("260.00万元"), "/" for no 上年结转; grid
        一级 | 二级 | 三级 | 指标性质 (≥ ≤ = 定性) | 指标值 | 度量单位 | 权重（%）
qh_xn_accounts_dept_then_project_self_eval_yuan  青海 西宁 district 部门决算: accounts tables,
        a 部门整体支出绩效自评表 in 元 (年度资金总额 / 其中：基本支出 / 项目支出 over 年初预算数 |
        全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) and a project self evaluation in 元 with
        年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金 rows, 自评等级 优秀
nmg_ordos_banner_list_money_lines_in_one_cell  内蒙古 鄂尔多斯 旗 部门预算, landscape list:
        项目名称 | 项目资金（万元） | 年度绩效目标 | 一级 | 二级 | 三级 | 指标值; the money of a project
        is one merged cell of stacked lines (资金总额：186.00 / 其中：财政拨款：150.00 / 其他资金：36.00
        or 上年结转：40.00), header repeated over the pages, direction words (不少于, 达到)
jl_cc_self_eval_unit_in_money_heads  吉林 长春 district 项目支出绩效自评表 ×2: money heads carry
        the unit (年初预算数（万元） …), rows 年度资金总额 / 其中：财政资金 / 其他资金, 偏差 split into
        偏差原因分析 | 改进措施, a deadline target with a dated actual, 自评等级 优 / 良好
gx_bh_budget_period_total_year_pairs  广西 北海 district 部门预算: forms with 项目期限,
        项目实施期资金总额（万元） | 年度资金总额（万元） pairs (wrapped labels), 其中：财政拨款 |
        其中：上年结转 (a printed 0.00), 实施期指标值 | 年度指标值 columns
sx_ty_dept_wide_tasks_then_project_yuan_heads  山西 太原 district: 部门（单位）整体支出绩效目标表
        (年度预算申请 heads, 年度主要任务 with amounts, weights) then a project form in 元 whose
        heads are 年度资金总额 | 其中：财政拨款 | 上年结转 | 其他资金 over one amounts row
gz_zy_accounts_self_eval_ab_columns_yuan  贵州 遵义 district 部门决算: accounts tables, project
        self evaluations in 元 with 全年预算数（A） | 全年执行数（B） | 执行率（B/A） | 分值 | 得分
        (no 年初预算数), rows 年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金
hlj_hrb_short_forms_colon_money_cells  黑龙江 哈尔滨 district, three short forms down the
        pages: the money row is one 项目资金（万元） label and cells holding label and figure
        together (年度金额：680.00 | 其中：财政拨款：680.00 | 其他资金：0.00); 不低于 / 不高于 / ＞,
        a range (95%-100%)
gs_lz_budget_landscape_list_yuan_four_heads  甘肃 兰州 district 部门预算, landscape list in 元:
        项目名称 | 项目资金（元） over 合计 | 财政拨款 | 上年结转 | 其他资金 | 年度绩效目标 | 一级 | 二级 |
        三级 | 指标值, a column-number row, the three header rows repeated over the pages,
        控制在 5.5%以内

Gold conventions (BLIND9's, with the addendum's money rulings and this set's):

- fiscal = the 财政拨款 / 财政资金 figure as printed, or the sum of the source columns named
  …财政拨款收入 (never 单位资金, 财政专户管理资金收入, 其他资金); a printed 0.00 上年结转 is 0.00;
  "—" or "/" is nothing. 项目实施期资金总额 is ``total`` beside the 年度资金总额 ``year``.
- A money cell holding a label and its figure ("其中：财政拨款：150.00") reads as the label | value
  pair it writes in one cell; the unit is the one its column head or the form's title line names.
- A project self evaluation: year = 全年预算数 (全年预算数（A）) of 年度资金总额, fiscal = that of the
  财政拨款 / 财政资金 row, carried = that of the 上年结转资金 row where it prints a figure.
- A target split 指标性质 | 指标值 | 度量单位 is joined ("≥90%", "定性逐步提高", "=256人"); a
  period column (实施期指标值) beside 年度指标值 is not the target; "24小时内" reads "<=";
  "控制在5.5%以内" reads "<="; 达到 N / 不少于 N read ">=".
"""
from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


# --------------------------------------------------------------------------- shared pieces


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支预算总表 and the 说明 heading the forms."""
    doc.pages.text_page("目    录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                     "第四部分  预算绩效情况", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、部门职责。{dept}负责贯彻执行本领域法律法规和方针政策，承担本行政区域内相关行业管理和公共服务职能。",
        "二、机构设置。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
        f"三、{year}年重点工作。围绕年度目标任务，统筹推进各项重点工作。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收 入 总 计", f"{total_in:,.2f}", "支 出 总 计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec("收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收    入"), (0, 2, 1, 2, "支    出"), (1, 0, 1, 1, "项    目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目（按功能分类）"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    doc.pages.text_page("第四部分  预算绩效情况", [
        f"按照全面实施预算绩效管理的要求，本部门{year}年度纳入绩效目标管理的项目均编报了绩效目标，"
        "现将重点项目绩效目标公开如下（金额保留两位小数）。",
    ])


def _rate(budget: str, executed: str) -> tuple[str, str, Decimal]:
    """执行率 and its score (分值 10) as printed, two decimals."""
    b, e = (Decimal(x.replace(",", "")) for x in (budget, executed))
    rate = (e / b * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    score = min(Decimal(10), (e / b * 10)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{rate}%", f"{score}", score


def _total(rate_score: Decimal, inds: list[Ind]) -> float:
    return float(rate_score + sum(Decimal(i.score) for i in inds))


def _add_inds(doc: FormDoc, project: str | None, inds: list[Ind]) -> None:
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))


# --------------------------------------------------------------------------- 江西 赣州


def _jx_form(doc: FormDoc, name: str, code: str, unit_name: str, money: list[str], goal: str,
             inds: list[Ind]) -> None:
    dept = doc.gold.department
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 3, name), (4, 1, "项目编码"), (5, 2, code))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, unit_name))
    r = rows.n
    rows.put(r, 0, 2, 1, "项目资金")
    for k, head in enumerate(("合计", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入",
                              "国有资本经营预算财政拨款收入", "财政专户管理资金收入", "单位资金")):
        rows.put(r, 1 + k, 1, 1, head)
    for k, v in enumerate(money):
        rows.put(r + 1, 1 + k, 1, 1, v)
    rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"), (6, 1, "备注"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw), (6, 1, i.note)])
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 66, 78, 78, 78, 72, 66], title="项目支出绩效目标表",
                         editor=f"编制单位：{dept}", unit_raw="金额单位：万元"), fresh_page=True)
    _add_inds(doc, name, inds)


def layout_jx_gz_budget_receipt_source_columns(folder: Path, name: str) -> FileGold:
    dept = "赣州市章贡区农业农村局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025,
                  [("2025年部门预算", 24), (f"{dept}", 16), ("二〇二五年二月", 12)])
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "3,862.40"), ("政府性基金预算拨款收入", "840.00"),
                                    ("事业收入", "16.00")],
                  [("农林水支出", "4,518.40"), ("社会保障和就业支出", "142.00"), ("住房保障支出", "58.00")])
    _jx_form(doc, "重大动物疫病防控", "36070225000012", "章贡区畜牧兽医站",
             ["356.00", "340.00", "—", "—", "—", "16.00"],
             "完成春秋两季重大动物疫病集中免疫，应免畜禽免疫密度保持在90%以上，全年不发生区域性重大动物疫情。", [
                 Ind("产出指标", "数量指标", "强制免疫畜禽数量", "≥45万头", (">=", 45, "万头")),
                 Ind("产出指标", "数量指标", "集中免疫次数", "2次", ("=", 2, "次"), note="春秋两季"),
                 Ind("产出指标", "质量指标", "应免畜禽免疫密度", "≥90%", (">=", 90, "%")),
                 Ind("产出指标", "时效指标", "免疫任务完成时间", "2025年11月底前", (None, None, None)),
                 Ind("产出指标", "成本指标", "疫苗及防疫物资采购成本", "≤300万元", ("<=", 300, "万元")),
                 Ind("效益指标", "社会效益指标", "区域性重大动物疫情", "不发生", Q),
                 Ind("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", (">=", 90, "%")),
             ])
    _jx_form(doc, "高标准农田建设", "36070225000031", "章贡区农田建设服务中心",
             ["1,280.00", "480.00", "800.00", "—", "—", "—"],
             "新建高标准农田1.2万亩，提升耕地质量和粮食综合生产能力。", [
                 Ind("产出指标", "数量指标", "新建高标准农田面积", "1.2万亩", ("=", 1.2, "万亩")),
                 Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
                 Ind("产出指标", "时效指标", "项目完工时间", "2025年12月31日前", (None, None, None)),
                 Ind("产出指标", "成本指标", "亩均财政投入", "≤3000元/亩", ("<=", 3000, "元/亩")),
                 Ind("效益指标", "经济效益指标", "粮食亩均增产", "≥50公斤", (">=", 50, "公斤")),
                 Ind("效益指标", "可持续影响指标", "工程设施使用年限", "≥15年", (">=", 15, "年")),
                 Ind("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥85%", (">=", 85, "%")),
             ])
    doc.gold.project("重大动物疫病防控", "万元", code="36070225000012", year="356.00", fiscal="340.00")
    doc.gold.project("高标准农田建设", "万元", code="36070225000031", year="1,280.00", fiscal="1,280.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 西藏 拉萨


def _xz_form(doc: FormDoc, name: str, unit_name: str, pairs: tuple[str, str, str, str], goal: str,
             inds: list[Ind]) -> None:
    dept = doc.gold.department
    year_v, fiscal_v, other_v, carried_v = pairs
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 6, name))
    rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 2, "执行单位"), (5, 2, unit_name))
    rows.add((0, 1, "年度资金总额"), (1, 2, year_v), (3, 2, "其中：财政拨款"), (5, 2, fiscal_v))
    rows.add((0, 1, "其中：其他资金"), (1, 2, other_v), (3, 2, "上年结转"), (5, 2, carried_v))
    rows.add((0, 1, "年度目标"), (1, 6, goal))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标性质"), (4, 1, "指标值"),
             (5, 1, "度量单位"), (6, 1, "权重（%）"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                            (5, 1, i.target[2]), (6, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [66, 76, 140, 52, 60, 52, 48],
                         title=f"{doc.gold.fiscal_year}年度项目支出绩效目标申报表", editor=f"填报单位（盖章）：{dept}"),
                   fresh_page=True)
    _add_inds(doc, name, inds)


def layout_xz_ls_split_target_unit_in_money_cells(folder: Path, name: str) -> FileGold:
    dept = "拉萨市城关区卫生健康委员会"
    doc = FormDoc(name, f"{dept}2024年项目支出绩效目标", dept, 2024)
    _xz_form(doc, "基本公共卫生服务补助", "城关区疾病预防控制中心", ("260.00万元", "220.00万元", "40.00万元", "/"),
             "为辖区常住居民免费提供基本公共卫生服务，提高居民健康水平。", [
                 Ind("产出指标", "数量指标", "居民电子健康档案建档率", ("≥", "90", "%"), (">=", 90, "%"), "20"),
                 Ind("产出指标", "数量指标", "65岁以上老年人健康管理人数", ("≥", "8500", "人"), (">=", 8500, "人"), "20"),
                 Ind("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", ("≥", "95", "%"), (">=", 95, "%"), "15"),
                 Ind("产出指标", "时效指标", "补助资金拨付时限", ("≤", "30", "个工作日"), ("<=", 30, "个工作日"), "15"),
                 Ind("效益指标", "社会效益指标", "城乡居民健康水平", ("定性", "逐步提高", ""), Q, "15"),
                 Ind("满意度指标", "服务对象满意度指标", "居民满意度", ("≥", "85", "%"), (">=", 85, "%"), "15"),
             ])
    _xz_form(doc, "包虫病综合防治", "城关区疾病预防控制中心", ("96.50万元", "84.50万元", "/", "12.00万元"),
             "开展人群包虫病筛查和犬只驱虫，患者及时救治，降低新发感染率。", [
                 Ind("产出指标", "数量指标", "人群筛查人数", ("≥", "30000", "人"), (">=", 30000, "人"), "25"),
                 Ind("产出指标", "数量指标", "犬只驱虫覆盖率", ("=", "100", "%"), ("=", 100, "%"), "20"),
                 Ind("产出指标", "质量指标", "患者救治及时率", ("≥", "95", "%"), (">=", 95, "%"), "15"),
                 Ind("效益指标", "社会效益指标", "人群新发感染率", ("≤", "1", "%"), ("<=", 1, "%"), "15"),
                 Ind("效益指标", "可持续影响指标", "群众防病意识", ("定性", "明显增强", ""), Q, "10"),
                 Ind("满意度指标", "服务对象满意度指标", "患者满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
             ])
    _xz_form(doc, "乡村医生补助", "城关区卫生健康委员会", ("138.24万元", "138.24万元", "0.00万元", "—"),
             "按月足额发放乡村医生补助，稳定村医队伍。", [
                 Ind("产出指标", "数量指标", "补助村医人数", ("=", "256", "人"), ("=", 256, "人"), "30"),
                 Ind("产出指标", "质量指标", "村医在岗率", ("≥", "98", "%"), (">=", 98, "%"), "20"),
                 Ind("产出指标", "时效指标", "补助按月发放率", ("=", "100", "%"), ("=", 100, "%"), "20"),
                 Ind("效益指标", "社会效益指标", "基层医疗服务可及性", ("定性", "持续提升", ""), Q, "15"),
                 Ind("满意度指标", "服务对象满意度指标", "村医满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
             ])
    doc.gold.project("基本公共卫生服务补助", "万元", year="260.00", fiscal="220.00")
    doc.gold.project("包虫病综合防治", "万元", year="96.50", fiscal="84.50", carried="12.00")
    doc.gold.project("乡村医生补助", "万元", year="138.24", fiscal="138.24")
    return doc.save(folder)


# --------------------------------------------------------------------------- self-evaluation grids


def _self_eval(doc: FormDoc, project: str | None, head: list[tuple[str, str]], money_label: str,
               money_heads: list[str], money_rows: list[list[str]], goal: tuple[str, str], inds: list[Ind],
               total: float, grade: str, *, title: str, unit_raw: str | None, widths: list[float],
               split_note: bool = False) -> None:
    """A self-evaluation: header pairs, a money block (label merged down, heads, rows), goals,
    the scoring grid, 总分 and 自评等级. ``widths`` has 9 columns."""
    rows = _Rows()
    for label, value in head:
        rows.add((0, 2, label), (2, 7, value))
    r = rows.n
    rows.put(r, 0, len(money_rows) + 1, 1, money_label)
    rows.put(r, 1, 1, 2, "")
    for k, h in enumerate(money_heads):
        last = k == len(money_heads) - 1
        rows.put(r, 3 + k, 1, 6 - k if last else 1, h)
    for j, line in enumerate(money_rows, 1):
        rows.put(r + j, 1, 1, 2, line[0])
        for k, v in enumerate(line[1:]):
            last = k == len(line) - 2
            rows.put(r + j, 3 + k, 1, 6 - k if last else 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, goal[0])
    rows.put(r + 1, 5, 1, 4, goal[1])
    r = rows.n
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    if split_note:
        # no merged 绩效指标 column: the nine columns hold 偏差原因分析 | 改进措施 apart
        for k, h in enumerate(heads + ["偏差原因分析", "改进措施"]):
            rows.put(r, k, 1, 1, h)
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note.partition("|")[0]),
                                                (8, 1, i.note.partition("|")[2])])
    else:
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        for k, h in enumerate(heads + ["偏差原因分析及改进措施"]):
            rows.put(r, 1 + k, 1, 1, h)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 1, i.note)])
    rows.add((0, 6, "总    分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 6, "自评等级"), (6, 3, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=title, editor=f"（{doc.gold.fiscal_year}年度）",
                         unit_raw=unit_raw, kind="performance_self_evaluation"), fresh_page=True)
    _add_inds(doc, project, inds)


# --------------------------------------------------------------------------- 青海 西宁


def layout_qh_xn_accounts_dept_then_project_self_eval_yuan(folder: Path, name: str) -> FileGold:
    dept = "西宁市城西区民政局"
    doc = FormDoc(name, f"{dept}2024年度部门决算", dept, 2024,
                  [("2024年度部门决算", 24), (f"单位名称：{dept}", 16)])
    _accounts_front(doc, dept, 2024, [("财政拨款收入", "3,125.46"), ("其他收入", "12.00")],
                    [("社会保障和就业支出", "2,986.18"), ("卫生健康支出", "151.28")])
    inds = [
        Ind("产出指标", "数量指标", "城乡低保对象保障人数", "≥2800人", (">=", 2800, "人"), "15", "2916人", "15"),
        Ind("产出指标", "数量指标", "特困人员供养人数", "≥320人", (">=", 320, "人"), "10", "331人", "10"),
        Ind("产出指标", "质量指标", "低保资金社会化发放率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "临时救助审批时限", "≤5个工作日", ("<=", 5, "个工作日"), "10", "4个工作日", "10"),
        Ind("产出指标", "成本指标", "三公经费支出", "≤12万元", ("<=", 12, "万元"), "5", "10.86万元", "5"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", Q, "15", "有效保障", "15"),
        Ind("效益指标", "可持续影响指标", "社会救助长效机制", "逐步健全", Q, "10", "基本健全", "8",
            "部分制度尚在修订，2025年完成修订"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "15", "93.5%", "15"),
    ]
    rate, rate_score, rs = _rate("31,254,600.00", "30,128,450.36")
    total = _total(rs, inds)
    _self_eval(doc, None, [("部门（单位）名称", dept)], "年度预算资金（元）",
               ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
               [["年度资金总额", "28,460,000.00", "31,254,600.00", "30,128,450.36", "10", rate, rate_score],
                ["其中：基本支出", "8,960,000.00", "9,012,400.00", "9,012,400.00", "—", "—", "—"],
                ["项目支出", "19,500,000.00", "22,242,200.00", "21,116,050.36", "—", "—", "—"]],
               ("保障城乡困难群众基本生活，完善社会救助体系，提升基层民政服务能力。",
                "全年保障低保对象2916人、特困人员331人，社会救助体系进一步完善。"),
               inds, total, "优秀", title="部门整体支出绩效自评表", unit_raw="单位：元",
               widths=[44, 48, 60, 80, 82, 82, 36, 50, 58])
    doc.gold.self_evaluation(None, "元", "31,254,600.00", "30,128,450.36", total, "优")
    project = "居家养老服务补贴"
    inds = [
        Ind("产出指标", "数量指标", "享受补贴老人数", "≥1200人", (">=", 1200, "人"), "20", "1236人", "20"),
        Ind("产出指标", "数量指标", "上门服务人次", "≥3.6万人次", (">=", 3.6, "万人次"), "10", "3.8万人次", "10"),
        Ind("产出指标", "质量指标", "服务质量抽查合格率", "≥95%", (">=", 95, "%"), "10", "96.2%", "10"),
        Ind("产出指标", "时效指标", "补贴发放", "按季度足额发放", Q, "10", "按季度发放", "10"),
        Ind("产出指标", "成本指标", "人均月补贴标准", "100元", ("=", 100, "元"), "10", "100元", "10"),
        Ind("效益指标", "社会效益指标", "失能半失能老人照护需求", "基本满足", Q, "10", "基本满足", "9",
            "服务人员数量不足，将扩大社会招募"),
        Ind("效益指标", "可持续影响指标", "居家养老服务网络", "持续完善", Q, "10", "持续完善", "10"),
        Ind("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%", (">=", 90, "%"), "10", "91.3%", "10"),
    ]
    rate, rate_score, rs = _rate("1,650,000.00", "1,602,365.00")
    total = _total(rs, inds)
    _self_eval(doc, project, [("项目名称", project), ("主管部门", dept), ("实施单位", "城西区社会福利服务中心")],
               "项目资金（元）", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
               [["年度资金总额", "1,800,000.00", "1,650,000.00", "1,602,365.00", "10", rate, rate_score],
                ["其中：当年财政拨款", "1,500,000.00", "1,350,000.00", "1,302,365.00", "—", "—", "—"],
                ["上年结转资金", "300,000.00", "300,000.00", "300,000.00", "—", "—", "—"],
                ["其他资金", "—", "—", "—", "—", "—", "—"]],
               ("为辖区经济困难的高龄、失能老人提供居家养老服务补贴。", "全年补贴老人1236人，服务3.8万人次。"),
               inds, total, "优秀", title="项目支出绩效自评表", unit_raw="单位：元",
               widths=[44, 48, 60, 80, 76, 76, 36, 50, 70])
    doc.gold.self_evaluation(project, "元", "1,650,000.00", "1,602,365.00", total, "优")
    doc.gold.project(project, "元", year="1,650,000.00", fiscal="1,350,000.00", carried="300,000.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 内蒙古 鄂尔多斯


def layout_nmg_ordos_banner_list_money_lines_in_one_cell(folder: Path, name: str) -> FileGold:
    dept = "伊金霍洛旗文化旅游体育局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025,
                  [("伊金霍洛旗2025年部门预算", 22), (f"预算单位：{dept}", 16)])
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "1,862.30"), ("其他收入", "36.00")],
                  [("文化旅游体育与传媒支出", "1,738.30"), ("社会保障和就业支出", "160.00")])
    projects = [
        ("全民健身设施维护", "资金总额：186.00\n其中：财政拨款：150.00\n其他资金：36.00",
         "完成全旗85处全民健身路径维护更新，设施完好率不低于95%。", [
             Ind("产出指标", "数量指标", "维护健身路径数量", "≥85处", (">=", 85, "处")),
             Ind("产出指标", "质量指标", "设施完好率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "维护完成时间", "2025年10月底前", (None, None, None)),
             Ind("产出指标", "成本指标", "单处维护成本", "≤2.2万元", ("<=", 2.2, "万元")),
             Ind("效益指标", "社会效益指标", "群众健身参与度", "明显提高", Q),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("非物质文化遗产保护传承", "资金总额：45.60\n其中：财政拨款：45.60\n其他资金：0.00",
         "开展非遗传承人培训和展演，完善非遗项目档案。", [
             Ind("产出指标", "数量指标", "非遗传承人培训人次", "不少于200人次", (">=", 200, "人次")),
             Ind("产出指标", "数量指标", "非遗展演活动场次", "达到12场", (">=", 12, "场")),
             Ind("产出指标", "质量指标", "非遗项目档案完整率", "100%", ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "群众非遗保护意识", "逐步增强", Q),
             Ind("效益指标", "可持续影响指标", "传承人队伍", "持续壮大", Q),
             Ind("满意度指标", "服务对象满意度指标", "传承人满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("乌兰牧骑惠民演出", "资金总额：120.00\n其中：财政拨款：80.00\n上年结转：40.00",
         "深入苏木镇、嘎查村开展惠民演出，全年不少于150场，丰富农牧民文化生活。", [
             Ind("产出指标", "数量指标", "惠民演出场次", "≥150场", (">=", 150, "场")),
             Ind("产出指标", "数量指标", "覆盖嘎查村数", "56个", ("=", 56, "个")),
             Ind("产出指标", "质量指标", "新创节目占比", "≥20%", (">=", 20, "%")),
             Ind("产出指标", "时效指标", "演出任务完成时限", "2025年12月25日前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "农牧民文化生活", "持续丰富", Q),
             Ind("满意度指标", "服务对象满意度指标", "观众满意度", "≥92%", (">=", 92, "%")),
         ]),
        ("旗级公共图书馆免费开放", "资金总额：68.00\n其中：财政拨款：68.00\n其他资金：—",
         "保障图书馆免费开放，开展全民阅读推广活动。", [
             Ind("产出指标", "数量指标", "年接待读者人次", "≥12万人次", (">=", 12, "万人次")),
             Ind("产出指标", "数量指标", "新增图书藏量", "≥8000册", (">=", 8000, "册")),
             Ind("产出指标", "时效指标", "每周开放时长", "不少于56小时", (">=", 56, "小时")),
             Ind("效益指标", "社会效益指标", "全民阅读氛围", "更加浓厚", Q),
             Ind("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 1, "项目资金（万元）"), (2, 1, "年度绩效目标"), (3, 1, "一级指标"),
             (4, 1, "二级指标"), (5, 1, "三级指标"), (6, 1, "指标值"))
    for pname, money, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 3, 4, lambda i: [(5, 1, i.name), (6, 1, i.raw)])
        rows.put(r0, 0, len(inds), 1, pname)
        rows.put(r0, 1, len(inds), 1, money)
        rows.put(r0, 2, len(inds), 1, goal)
        _add_inds(doc, pname, inds)
    doc.pages.grid(_spec(rows.cells, rows.n, [88, 140, 150, 62, 76, 130, 96], title="2025年项目支出绩效目标表",
                         editor=f"部门名称：{dept}", landscape=True), repeat=(0, 1), fresh_page=True)
    doc.gold.project("全民健身设施维护", "万元", year="186.00", fiscal="150.00")
    doc.gold.project("非物质文化遗产保护传承", "万元", year="45.60", fiscal="45.60")
    doc.gold.project("乌兰牧骑惠民演出", "万元", year="120.00", fiscal="80.00", carried="40.00")
    doc.gold.project("旗级公共图书馆免费开放", "万元", year="68.00", fiscal="68.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林 长春


def layout_jl_cc_self_eval_unit_in_money_heads(folder: Path, name: str) -> FileGold:
    dept = "长春市朝阳区教育局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    heads = ["年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "分值", "执行率", "得分"]
    widths = [46, 52, 78, 62, 62, 52, 44, 62, 62]
    p1 = "中小学课后服务补助"
    inds = [
        Ind("产出指标", "数量指标", "参与课后服务学生人数", "≥2.5万人", (">=", 2.5, "万人"), "20", "2.63万人", "20"),
        Ind("产出指标", "数量指标", "开展服务学校数", "48所", ("=", 48, "所"), "10", "48所", "10"),
        Ind("产出指标", "质量指标", "课后服务覆盖率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "补助资金拨付时间", "2024年12月底前", (None, None, None), "10", "2024年12月20日", "10"),
        Ind("产出指标", "成本指标", "生均服务成本", "≤300元/学期", ("<=", 300, "元/学期"), "10", "286元/学期", "10"),
        Ind("效益指标", "社会效益指标", "家长接送难问题", "有效缓解", Q, "15", "有效缓解", "13",
            "个别学校服务时段偏短|优化课后服务时段安排"),
        Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", (">=", 90, "%"), "15", "88.6%", "13",
            "服务内容较单一|增加科技、体育类课程"),
    ]
    rate, rate_score, rs = _rate("335.00", "318.25")
    total = _total(rs, inds)
    _self_eval(doc, p1, [("项目名称", p1), ("主管部门", dept), ("实施单位", "朝阳区各中小学校")], "项目资金",
               heads, [["年度资金总额", "320.00", "335.00", "318.25", "10", rate, rate_score],
                       ["其中：财政资金", "300.00", "315.00", "300.25", "—", "—", "—"],
                       ["其他资金", "20.00", "20.00", "18.00", "—", "—", "—"]],
               ("为义务教育阶段学生提供课后服务，缓解家长接送难题。", "48所学校开展课后服务，参与学生2.63万人。"),
               inds, total, "优", title="项目支出绩效自评表", unit_raw=None, widths=widths, split_note=True)
    doc.gold.self_evaluation(p1, "万元", "335.00", "318.25", total, "优")
    doc.gold.project(p1, "万元", year="335.00", fiscal="315.00")
    p2 = "校舍维修改造"
    inds = [
        Ind("产出指标", "数量指标", "维修改造校舍面积", "≥1.2万平方米", (">=", 1.2, "万平方米"), "20", "1.15万平方米", "18",
            "1所学校改造内容调整|下年度纳入计划"),
        Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "工程完工时间", "2024年8月31日前", (None, None, None), "10", "2024年9月15日", "7",
            "雨季影响施工进度|提前编制施工计划"),
        Ind("产出指标", "成本指标", "单位面积改造成本", "≤380元/平方米", ("<=", 380, "元/平方米"), "10", "352元/平方米", "10"),
        Ind("效益指标", "社会效益指标", "校园安全隐患", "基本消除", Q, "15", "基本消除", "12",
            "部分附属设施未纳入改造|分批实施"),
        Ind("效益指标", "可持续影响指标", "校舍使用寿命延长", "≥10年", (">=", 10, "年"), "10", "10年", "8", "|"),
        Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "10", "91%", "8", "|"),
    ]
    rate, rate_score, rs = _rate("460.00", "405.80")
    total = _total(rs, inds)
    _self_eval(doc, p2, [("项目名称", p2), ("主管部门", dept), ("实施单位", "朝阳区教育基建服务中心")], "项目资金",
               heads, [["年度资金总额", "500.00", "460.00", "405.80", "10", rate, rate_score],
                       ["其中：财政资金", "400.00", "360.00", "305.80", "—", "—", "—"],
                       ["其他资金", "100.00", "100.00", "100.00", "—", "—", "—"]],
               ("完成12所中小学校舍维修改造，消除校舍安全隐患。", "完成11所学校1.15万平方米维修改造。"),
               inds, total, "良好", title="项目支出绩效自评表", unit_raw=None, widths=widths, split_note=True)
    doc.gold.self_evaluation(p2, "万元", "460.00", "405.80", total, "良")
    doc.gold.project(p2, "万元", year="460.00", fiscal="360.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西 北海


def _gx_form(doc: FormDoc, name: str, period: str, unit_name: str, money: tuple[str, str, str, str, str],
             goals: tuple[str, str], inds: list[tuple[Ind, str]]) -> None:
    dept = doc.gold.department
    total_v, year_v, fiscal_v, carried_v, other_v = money
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 3, name), (4, 1, "项目期限"), (5, 1, period))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 1, unit_name))
    rows.add((0, 1, "项目实施期资金总额（万元）"), (1, 2, total_v), (3, 2, "年度资金总额（万元）"), (5, 1, year_v))
    rows.add((0, 1, "其中：财政拨款"), (1, 2, fiscal_v), (3, 2, "其中：上年结转"), (5, 1, carried_v))
    rows.add((0, 1, "其他资金"), (1, 2, other_v), (3, 2, ""), (5, 1, ""))
    rows.add((0, 1, "实施期总目标"), (1, 2, goals[0]), (3, 1, "年度目标"), (4, 2, goals[1]))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "实施期指标值"), (5, 1, "年度指标值"))
    _grid_rows(rows, [i for i, _ in inds], 0, 1, lambda i: [(2, 2, i.name), (4, 1, dict((id(a), p) for a, p in inds)[id(i)]),
                                                           (5, 1, i.raw)])
    doc.pages.grid(_spec(rows.cells, rows.n, [72, 80, 76, 92, 96, 96], title="项目支出绩效目标表",
                         editor=f"（{doc.gold.fiscal_year}年度）"), fresh_page=True)
    _add_inds(doc, name, [i for i, _ in inds])


def layout_gx_bh_budget_period_total_year_pairs(folder: Path, name: str) -> FileGold:
    dept = "北海市海城区住房和城乡建设局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025,
                  [("2025年部门预算", 24), (f"{dept}", 16), ("（公开版）", 12)])
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "2,960.00"), ("政府性基金预算拨款收入", "450.00"),
                                    ("其他收入", "150.00")],
                  [("城乡社区支出", "3,140.00"), ("住房保障支出", "420.00")])
    _gx_form(doc, "老旧小区改造", "2024-2026年", "海城区城市更新服务中心",
             ("2,400.00", "800.00", "650.00", "0.00", "150.00"),
             ("三年完成36个老旧小区改造，惠及居民4500户以上。", "完成12个老旧小区改造。"), [
                 (Ind("产出指标", "数量指标", "改造老旧小区数量", "12个", ("=", 12, "个")), "36个"),
                 (Ind("产出指标", "数量指标", "惠及居民户数", "≥1500户", (">=", 1500, "户")), "≥4500户"),
                 (Ind("产出指标", "质量指标", "工程质量验收合格率", "100%", ("=", 100, "%")), "100%"),
                 (Ind("产出指标", "时效指标", "年度改造任务完成时间", "2025年12月底前", (None, None, None)), "2026年底前"),
                 (Ind("效益指标", "社会效益指标", "小区居住环境", "明显改善", Q), "明显改善"),
                 (Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", (">=", 90, "%")), "≥90%"),
             ])
    _gx_form(doc, "城镇燃气安全排查整治", "2025年", "海城区燃气管理站",
             ("—", "120.00", "120.00", "—", "—"),
             ("全面排查城镇燃气用户安全隐患并完成整治。", "排查燃气用户8万户以上，隐患全部整改。"), [
                 (Ind("产出指标", "数量指标", "排查燃气用户数", "≥8万户", (">=", 8, "万户")), "≥8万户"),
                 (Ind("产出指标", "质量指标", "发现隐患整改率", "100%", ("=", 100, "%")), "100%"),
                 (Ind("产出指标", "时效指标", "排查完成时间", "2025年9月30日前", (None, None, None)), "2025年9月30日前"),
                 (Ind("产出指标", "成本指标", "户均排查成本", "≤15元", ("<=", 15, "元")), "≤15元"),
                 (Ind("效益指标", "社会效益指标", "燃气安全责任事故", "0起", ("=", 0, "起")), "0起"),
                 (Ind("满意度指标", "服务对象满意度指标", "燃气用户满意度", "≥85%", (">=", 85, "%")), "≥85%"),
             ])
    _gx_form(doc, "海绵城市建设", "2023-2025年", "海城区市政工程管理所",
             ("3,600.00", "1,050.00", "600.00", "450.00", "—"),
             ("建成海绵城市达标区6平方公里，城市内涝明显缓解。", "新增海绵城市达标面积2平方公里。"), [
                 (Ind("产出指标", "数量指标", "新增海绵城市达标面积", "≥2平方公里", (">=", 2, "平方公里")), "≥6平方公里"),
                 (Ind("产出指标", "质量指标", "年径流总量控制率", "≥70%", (">=", 70, "%")), "≥70%"),
                 (Ind("产出指标", "时效指标", "项目竣工时间", "2025年12月31日前", (None, None, None)), "2025年12月31日前"),
                 (Ind("效益指标", "生态效益指标", "内涝积水点消除率", "≥80%", (">=", 80, "%")), "100%"),
                 (Ind("效益指标", "可持续影响指标", "海绵设施长效运维机制", "建立", Q), "健全"),
                 (Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥88%", (">=", 88, "%")), "≥90%"),
             ])
    doc.gold.project("老旧小区改造", "万元", total="2,400.00", year="800.00", fiscal="650.00", carried="0.00")
    doc.gold.project("城镇燃气安全排查整治", "万元", year="120.00", fiscal="120.00")
    doc.gold.project("海绵城市建设", "万元", total="3,600.00", year="1,050.00", fiscal="600.00", carried="450.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 太原


def layout_sx_ty_dept_wide_tasks_then_project_yuan_heads(folder: Path, name: str) -> FileGold:
    dept = "太原市小店区市场监督管理局"
    doc = FormDoc(name, f"{dept}2025年绩效目标表", dept, 2025)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 4, dept))
    r = rows.n
    rows.put(r, 0, 2, 2, "年度预算申请（万元）")
    for k, h in enumerate(("资金总额", "财政拨款", "其他资金")):
        rows.put(r, 2 + k, 1, 1 if k < 2 else 2, h)
    for k, v in enumerate(("2,856.40", "2,700.00", "156.40")):
        rows.put(r + 1, 2 + k, 1, 1 if k < 2 else 2, v)
    r = rows.n
    tasks = [("食品安全监管", "开展食品生产经营监督检查和抽检", "860.00"),
             ("特种设备安全监管", "特种设备安全监察和隐患排查", "320.00"),
             ("消费维权", "受理处置消费投诉举报", "186.00")]
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 1, "任务名称")
    rows.put(r, 2, 1, 3, "主要实施内容")
    rows.put(r, 5, 1, 1, "预算金额（万元）")
    for k, (t, c, v) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 1, t)
        rows.put(r + k, 2, 1, 3, c)
        rows.put(r + k, 5, 1, 1, v)
    rows.add((0, 1, "年度总体目标"), (1, 5, "守牢食品、特种设备安全底线，营造安全放心的消费环境。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重（%）"))
    inds = [
        Ind("产出指标", "数量指标", "食品安全监督抽检批次", "≥3000批次", (">=", 3000, "批次"), "15"),
        Ind("产出指标", "数量指标", "双随机抽查企业户数", "不少于600户", (">=", 600, "户"), "10"),
        Ind("产出指标", "质量指标", "不合格食品核查处置率", "100%", ("=", 100, "%"), "10"),
        Ind("产出指标", "质量指标", "消费投诉按时办结率", "≥98%", (">=", 98, "%"), "10"),
        Ind("产出指标", "时效指标", "投诉举报受理时限", "≤7个工作日", ("<=", 7, "个工作日"), "10"),
        Ind("产出指标", "成本指标", "公用经费支出", "控制在180万元以内", ("<=", 180, "万元"), "10"),
        Ind("效益指标", "社会效益指标", "食品安全形势", "总体稳定向好", Q, "10"),
        Ind("效益指标", "可持续影响指标", "智慧监管平台应用", "持续深化", Q, "5"),
        Ind("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", (">=", 90, "%"), "10"),
        Ind("满意度指标", "服务对象满意度指标", "消费者满意度", "≥85%", (">=", 85, "%"), "10"),
    ]
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 86, 80, 90, 90, 80], title="部门（单位）整体支出绩效目标表",
                         editor="（2025年度）", kind="department_performance_targets"), fresh_page=True)
    _add_inds(doc, None, inds)
    project = "食品安全快检室运行"
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "实施单位"), (4, 2, "小店区食品药品检验检测中心"))
    r = rows.n
    rows.put(r, 0, 2, 1, "项目资金（元）")
    for k, h in enumerate(("年度资金总额", "其中：财政拨款", "上年结转", "其他资金")):
        rows.put(r, 1 + k, 1, 2 if k == 3 else 1, h)
    for k, v in enumerate(("1,260,000.00", "1,060,000.00", "200,000.00", "—")):
        rows.put(r + 1, 1 + k, 1, 2 if k == 3 else 1, v)
    rows.add((0, 1, "年度绩效目标"), (1, 5, "保障12个农贸市场快检室正常运行，问题食品及时处置。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
    inds = [
        Ind("产出指标", "数量指标", "快检批次", "≥12000批次", (">=", 12000, "批次")),
        Ind("产出指标", "数量指标", "快检项目种类", "≥30项", (">=", 30, "项")),
        Ind("产出指标", "质量指标", "快检结果上传率", "100%", ("=", 100, "%")),
        Ind("产出指标", "时效指标", "问题食品处置时限", "24小时内", ("<=", 24, "小时")),
        Ind("产出指标", "成本指标", "单批次快检成本", "≤85元", ("<=", 85, "元")),
        Ind("效益指标", "社会效益指标", "群众食品安全感", "不断提升", Q),
        Ind("满意度指标", "服务对象满意度指标", "市场经营户满意度", "≥85%", (">=", 85, "%")),
    ]
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 86, 80, 90, 90, 80], title="项目支出绩效目标表",
                         editor="（2025年度）"), fresh_page=True)
    _add_inds(doc, project, inds)
    doc.gold.project(project, "元", year="1,260,000.00", fiscal="1,060,000.00", carried="200,000.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 遵义


def layout_gz_zy_accounts_self_eval_ab_columns_yuan(folder: Path, name: str) -> FileGold:
    dept = "遵义市汇川区水务局"
    doc = FormDoc(name, f"{dept}2024年度部门决算", dept, 2024,
                  [("2024年度部门决算", 24), (f"{dept}", 16), ("二〇二五年八月", 12)])
    _accounts_front(doc, dept, 2024, [("财政拨款收入", "2,368.52"), ("上年结转结余", "65.00")],
                    [("农林水支出", "2,233.52"), ("社会保障和就业支出", "200.00")])
    heads = ["全年预算数（A）", "全年执行数（B）", "执行率（B/A）", "分值", "得分"]
    widths = [50, 56, 66, 92, 88, 62, 40, 40, 74]

    def block(budget: str, executed: str, fiscal: list[str], carried: list[str], other: list[str]):
        rate, rate_score, rs = _rate(budget, executed)
        return rs, [["年度资金总额", budget, executed, rate, "10", rate_score],
                    ["其中：财政拨款", *fiscal, "—", "—", "—"],
                    ["上年结转资金", *carried, "—", "—", "—"],
                    ["其他资金", *other, "—", "—", "—"]]

    p1 = "农村饮水安全巩固提升工程"
    inds = [
        Ind("产出指标", "数量指标", "新建改造供水工程处数", "≥25处", (">=", 25, "处"), "15", "27处", "15"),
        Ind("产出指标", "数量指标", "受益人口", "≥1.8万人", (">=", 1.8, "万人"), "15", "1.86万人", "15"),
        Ind("产出指标", "质量指标", "农村供水水质达标率", "≥95%", (">=", 95, "%"), "10", "96.4%", "10"),
        Ind("产出指标", "时效指标", "工程完工及时率", "≥90%", (">=", 90, "%"), "10", "85%", "8", "2处工程受汛期影响延期"),
        Ind("产出指标", "成本指标", "工程投资控制", "≤385万元", ("<=", 385, "万元"), "10", "361.25万元", "10"),
        Ind("效益指标", "社会效益指标", "农村自来水普及率", "达到92%", (">=", 92, "%"), "10", "92.6%", "10"),
        Ind("效益指标", "可持续影响指标", "工程长效管护机制", "健全", Q, "10", "健全", "10"),
        Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
    ]
    rs, money = block("3,850,000.00", "3,612,480.50", ["3,200,000.00", "2,962,480.50"],
                      ["650,000.00", "650,000.00"], ["—", "—"])
    total = _total(rs, inds)
    _self_eval(doc, p1, [("项目名称", p1), ("主管部门", dept), ("实施单位", "汇川区农村供水管理站")], "项目资金",
               heads, money, ("巩固提升农村饮水安全保障水平，新建改造供水工程25处以上。",
                              "新建改造供水工程27处，受益1.86万人。"),
               inds, total, "优", title="项目支出绩效自评表", unit_raw="金额单位：元", widths=widths)
    doc.gold.self_evaluation(p1, "元", "3,850,000.00", "3,612,480.50", total, "优")
    doc.gold.project(p1, "元", year="3,850,000.00", fiscal="3,200,000.00", carried="650,000.00")
    p2 = "河湖长制工作经费"
    inds = [
        Ind("产出指标", "数量指标", "河湖巡查次数", "≥1200次", (">=", 1200, "次"), "20", "1356次", "20"),
        Ind("产出指标", "数量指标", "河湖四乱问题整治数", "≥40个", (">=", 40, "个"), "10", "43个", "10"),
        Ind("产出指标", "质量指标", "问题整改销号率", "≥95%", (">=", 95, "%"), "15", "97%", "15"),
        Ind("产出指标", "时效指标", "巡查问题处置时限", "≤15天", ("<=", 15, "天"), "10", "12天", "10"),
        Ind("效益指标", "生态效益指标", "河湖水质优良比例", "≥90%", (">=", 90, "%"), "15", "88.9%", "12",
            "上游来水水质波动"),
        Ind("效益指标", "社会效益指标", "群众护河意识", "明显增强", Q, "10", "明显增强", "8"),
        Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", (">=", 90, "%"), "10", "93%", "8"),
    ]
    rs, money = block("860,000.00", "852,300.00", ["860,000.00", "852,300.00"], ["—", "—"], ["—", "—"])
    total = _total(rs, inds)
    _self_eval(doc, p2, [("项目名称", p2), ("主管部门", dept), ("实施单位", dept)], "项目资金",
               heads, money, ("落实河湖长制，常态化开展巡河和四乱整治。", "全年巡河1356次，整治四乱问题43个。"),
               inds, total, "优", title="项目支出绩效自评表", unit_raw="金额单位：元", widths=widths)
    doc.gold.self_evaluation(p2, "元", "860,000.00", "852,300.00", total, "优")
    doc.gold.project(p2, "元", year="860,000.00", fiscal="860,000.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 黑龙江 哈尔滨


def layout_hlj_hrb_short_forms_colon_money_cells(folder: Path, name: str) -> FileGold:
    dept = "哈尔滨市道里区城市管理局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    forms = [
        ("冬季清冰雪作业", ("680.00", "680.00", "0.00"), "雪停路净、雪停路通，保障冬季道路通行安全。", [
            Ind("产出指标", "数量指标", "机械清雪作业面积", "≥1200万平方米", (">=", 1200, "万平方米")),
            Ind("产出指标", "质量指标", "道路积雪清除率", "不低于95%", (">=", 95, "%")),
            Ind("产出指标", "时效指标", "主次干道雪停路净时限", "≤48小时", ("<=", 48, "小时")),
            Ind("产出指标", "成本指标", "融雪剂使用量", "不高于800吨", ("<=", 800, "吨")),
            Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("户外广告牌匾整治", ("96.00", "76.00", "20.00"), "规范户外广告和门店牌匾设置，改善街景立面秩序。", [
            Ind("产出指标", "数量指标", "整治违规牌匾数量", "≥1500块", (">=", 1500, "块")),
            Ind("产出指标", "质量指标", "整治达标率", "95%-100%", ("range", 95, "%", 100)),
            Ind("产出指标", "时效指标", "整治完成时间", "2025年10月31日前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "街景立面秩序", "明显改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "沿街商户满意度", "≥80%", (">=", 80, "%")),
        ]),
        ("生活垃圾分类运营", ("1,250.00", "1,150.00", "100.00"), "巩固生活垃圾分类成效，提高回收利用率。", [
            Ind("产出指标", "数量指标", "分类投放点位数", "≥620个", (">=", 620, "个")),
            Ind("产出指标", "质量指标", "生活垃圾回收利用率", "≥35%", (">=", 35, "%")),
            Ind("效益指标", "生态效益指标", "生活垃圾无害化处理率", "100%", ("=", 100, "%")),
            Ind("效益指标", "可持续影响指标", "居民分类投放习惯", "逐步养成", Q),
            Ind("满意度指标", "服务对象满意度指标", "居民满意度", "＞85%", (">", 85, "%")),
        ]),
    ]
    for k, (pname, (year_v, fiscal_v, other_v), goal, inds) in enumerate(forms):
        rows = _Rows()
        rows.add((0, 1, "项 目 名 称"), (1, 4, pname))
        rows.add((0, 1, "主 管 部 门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, dept))
        rows.add((0, 1, "项目资金（万元）"), (1, 2, f"年度金额：{year_v}"), (3, 1, f"其中：财政拨款：{fiscal_v}"),
                 (4, 1, f"其他资金：{other_v}"))
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [84, 70, 70, 126, 134], title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}"), fresh_page=(k == 0))
        _add_inds(doc, pname, inds)
        doc.gold.project(pname, "万元", year=year_v, fiscal=fiscal_v)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 兰州


def layout_gs_lz_budget_landscape_list_yuan_four_heads(folder: Path, name: str) -> FileGold:
    dept = "兰州市城关区人力资源和社会保障局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025,
                  [("兰州市城关区2025年部门预算", 22), (f"预算单位：{dept}", 16)])
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "4,218.00"), ("上年结转", "40.00"),
                                    ("其他收入", "5.00")],
                  [("社会保障和就业支出", "4,013.00"), ("一般公共服务支出", "250.00")])
    projects = [
        ("就业创业补贴", ("2,400,000.00", "2,000,000.00", "400,000.00", "—"),
         "落实就业创业扶持政策，城镇新增就业6500人以上。", [
             Ind("产出指标", "数量指标", "城镇新增就业人数", "≥6500人", (">=", 6500, "人")),
             Ind("产出指标", "数量指标", "发放创业担保贷款", "≥3000万元", (">=", 3000, "万元")),
             Ind("产出指标", "质量指标", "补贴资金发放准确率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "补贴审核发放周期", "≤20个工作日", ("<=", 20, "个工作日")),
             Ind("效益指标", "社会效益指标", "城镇调查失业率", "控制在5.5%以内", ("<=", 5.5, "%")),
             Ind("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("职业技能培训", ("1,580,000.00", "1,580,000.00", "—", "—"),
         "开展职业技能培训4000人次，提升劳动者就业能力。", [
             Ind("产出指标", "数量指标", "职业技能培训人次", "≥4000人次", (">=", 4000, "人次")),
             Ind("产出指标", "质量指标", "培训合格率", "≥85%", (">=", 85, "%")),
             Ind("产出指标", "质量指标", "培训后就业率", "≥60%", (">=", 60, "%")),
             Ind("产出指标", "成本指标", "人均培训补贴", "≤1500元", ("<=", 1500, "元")),
             Ind("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("劳动保障监察执法", ("650,000.00", "600,000.00", "—", "50,000.00"),
         "依法查处欠薪等违法行为，维护劳动者合法权益。", [
             Ind("产出指标", "数量指标", "检查用人单位户数", "≥800户", (">=", 800, "户")),
             Ind("产出指标", "质量指标", "欠薪案件结案率", "≥96%", (">=", 96, "%")),
             Ind("产出指标", "时效指标", "举报投诉案件办结时限", "≤60日", ("<=", 60, "日")),
             Ind("效益指标", "社会效益指标", "劳动关系", "总体和谐稳定", Q),
             Ind("满意度指标", "服务对象满意度指标", "劳动者满意度", "≥88%", (">=", 88, "%")),
         ]),
        ("高校毕业生就业见习补贴", ("360,000.00", "360,000.00", "—", "—"),
         "开发就业见习岗位，帮助离校未就业高校毕业生提升就业能力。", [
             Ind("产出指标", "数量指标", "开发见习岗位数", "≥300个", (">=", 300, "个")),
             Ind("产出指标", "数量指标", "参加见习人数", "≥240人", (">=", 240, "人")),
             Ind("产出指标", "质量指标", "见习留用率", "≥30%", (">=", 30, "%")),
             Ind("产出指标", "时效指标", "见习补贴发放时间", "2025年12月20日前", (None, None, None)),
             Ind("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "项目名称")
    rows.put(0, 1, 1, 4, "项目资金（元）")
    for k, h in enumerate(("合计", "财政拨款", "上年结转", "其他资金")):
        rows.put(1, 1 + k, 1, 1, h)
    for c, h in ((5, "年度绩效目标"), (6, "一级指标"), (7, "二级指标"), (8, "三级指标"), (9, "指标值")):
        rows.put(0, c, 2, 1, h)
    for c in range(10):
        rows.put(2, c, 1, 1, str(c + 1))
    for pname, money, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw)])
        rows.put(r0, 0, len(inds), 1, pname)
        for k, v in enumerate(money):
            rows.put(r0, 1 + k, len(inds), 1, v)
        rows.put(r0, 5, len(inds), 1, goal)
        _add_inds(doc, pname, inds)
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 78, 78, 70, 60, 104, 50, 62, 108, 76],
                         title="2025年项目支出绩效目标表", editor=f"单位：{dept}", landscape=True),
                   repeat=(0, 3), fresh_page=True)
    doc.gold.project("就业创业补贴", "元", year="2,400,000.00", fiscal="2,000,000.00", carried="400,000.00")
    doc.gold.project("职业技能培训", "元", year="1,580,000.00", fiscal="1,580,000.00")
    doc.gold.project("劳动保障监察执法", "元", year="650,000.00", fiscal="600,000.00")
    doc.gold.project("高校毕业生就业见习补贴", "元", year="360,000.00", fiscal="360,000.00")
    return doc.save(folder)


BLIND44: dict[str, Builder] = {
    "jx_gz_budget_receipt_source_columns": layout_jx_gz_budget_receipt_source_columns,
    "xz_ls_split_target_unit_in_money_cells": layout_xz_ls_split_target_unit_in_money_cells,
    "qh_xn_accounts_dept_then_project_self_eval_yuan": layout_qh_xn_accounts_dept_then_project_self_eval_yuan,
    "nmg_ordos_banner_list_money_lines_in_one_cell": layout_nmg_ordos_banner_list_money_lines_in_one_cell,
    "jl_cc_self_eval_unit_in_money_heads": layout_jl_cc_self_eval_unit_in_money_heads,
    "gx_bh_budget_period_total_year_pairs": layout_gx_bh_budget_period_total_year_pairs,
    "sx_ty_dept_wide_tasks_then_project_yuan_heads": layout_sx_ty_dept_wide_tasks_then_project_yuan_heads,
    "gz_zy_accounts_self_eval_ab_columns_yuan": layout_gz_zy_accounts_self_eval_ab_columns_yuan,
    "hlj_hrb_short_forms_colon_money_cells": layout_hlj_hrb_short_forms_colon_money_cells,
    "gs_lz_budget_landscape_list_yuan_four_heads": layout_gs_lz_budget_landscape_list_yuan_four_heads,
}
SETS: dict[str, dict[str, Builder]] = {"blind44": BLIND44}


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
    """Write every layout of ``which`` ("blind44") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
