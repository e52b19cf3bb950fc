"""BLIND30 performance forms: ten layouts of 西藏, 新疆, 青海, 宁夏, 内蒙古, 甘肃, 贵州, 黑龙江, 山西
and 吉林, mostly 乡镇 / 街道 governments and 事业单位, printing 项目支出绩效目标表,
部门（单位）整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表, written by an author
who had read neither the form reader nor the earlier blind sets (only the gold helpers and page
composer of ``form_layouts``, the gold conventions of BLIND9's docstring and the real
disclosures). The set's weight is on money: 资金来源 grids (source | amount rows), stacked label
rows, label | value pairs (unit in the cell or in the label), heads over amounts, and the
self-evaluation columns 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分.

xz_lhs_street_budget_money_pairs_total_year  西藏 拉萨 城关区 街道办事处 部门预算: budget tables,
        then two 项目支出绩效目标表 with money as two label | value pairs a row (项目总金额 |
        年度资金, 其中：财政拨款 | 其他资金, 上年结转 0.00 | 项目期限), grid 一级 | 二级 | 三级 |
        指标值 | 备注, 达到 N, a deadline
xj_wlmq_cdc_source_grid_yuan_split_weights  新疆 乌鲁木齐 区疾病预防控制中心 (事业单位) 单位预算:
        budget tables, then three forms whose money is a 资金来源 | 金额（元） grid (一般公共预算
        财政拨款收入, 政府性基金预算财政拨款收入, 中央补助, 事业收入, 上年结转, 合计), grid with
        指标性质 | 指标值 | 度量单位 split and 权重（%）
qh_xn_town_self_eval_yuan_unit_in_heads  青海 西宁 镇人民政府 项目支出绩效自评表 ×2 in 元: unit in
        each money head (年初预算数（元） …), rows 年度资金总额 / 其中：财政拨款 / 上年结转 / 其他资金,
        grade words 优秀 / 良好
nx_yc_street_accounts_dept_and_project_self_evals  宁夏 银川 街道办事处 部门决算: accounts tables,
        a 部门整体支出绩效自评表 (预算资金 rows 年度资金总额 / 其中：基本支出 / 项目支出) and a
        项目支出绩效自评表 (其中：财政拨款资金, 上年结转资金)
nmg_bt_town_stacked_money_three_forms_down  内蒙古 达茂旗 镇人民政府: three target forms running
        down the pages, money as stacked label rows under a merged 项目资金（万元） cell (资金总额,
        其中：财政资金, 上年结转, 其他资金), 目标值 and 权重（%）
gs_lz_street_budget_dept_wide_then_source_rows  甘肃 兰州 街道办事处 部门预算: budget tables, a
        部门（单位）整体支出绩效目标表 (部门预算资金 heads over one row), then two project forms whose
        money is a 资金来源 | 预算数 grid (财政拨款, 其中：一般公共预算, 其他资金, 上年结转, 合计),
        grid with 指标方向 | 指标值 | 计量单位 split
gz_gy_institution_self_eval_weighted_levels  贵州 贵阳 事业单位 项目支出绩效自评表 ×2: unit in the
        title line (金额单位：万元), money rows 年度资金总额 / 其中：财政资金 / 上年结转资金 / 其他资金,
        一级 cells with their weight (产出指标（50分）), 自评得分, grade words 优秀 / 中等
hlj_heb_street_budget_landscape_money_heads_yuan  黑龙江 哈尔滨 街道办事处 部门预算: budget tables,
        landscape forms whose money heads (项目总额 | 本年预算 | 其中：财政拨款 | 上年结转 | 其他资金)
        sit above one row of amounts in 元 with separators, direction words (大于等于 / 小于等于 /
        大于 / 小于 / 等于) in their own column, 权重
sx_ty_town_two_forms_a_page_unit_in_cell  山西 清徐县 镇人民政府: four short forms, two a page,
        money as label | value pairs with the unit in the value cell (68.00万元), grid without 一级
        (二级指标 | 三级指标 | 指标值), ranges
jl_cc_street_accounts_self_eval_stacked_money  吉林 长春 双阳区 街道办事处 部门决算: accounts
        tables, then project self evaluations whose money is stacked label | value rows under a
        merged 项目资金（万元） cell (年初预算数, 全年预算数, 其中：财政拨款, 全年执行数, 执行率, 分值,
        得分), 全年实际值, 自评得分 | 自评等级

Gold conventions (BLIND9's, with this set's rulings):

- target_raw is the 年度 value as printed; split columns are joined in reading order with no
  separator; direction words stay as printed ("大于等于95%" reads ">="; 小于等于 "<="; 大于 ">";
  小于 "<"; 等于 "="); 达到 N, 不少于 N, 不低于 N read ">="; 不超过 N, 控制在 N 以内 read "<=";
  "85%-95%" and "3-5天" are ranges; a deadline stays raw with no comparator; a state is
  qualitative.
- Money: 年度资金 / 资金总额 / 本年预算 / 合计 of a 资金来源 grid is ``year``; 项目总金额 / 项目总额
  is ``total``; ``fiscal`` is the 财政拨款 / 财政资金 / 财政拨款资金 figure as printed, or the sum of
  the source lines named …财政拨款收入 (never 一般公共预算 alone, 中央补助, 事业收入, 其他资金);
  ``carried`` is the 上年结转 figure where printed, a printed 0.00 included. A 部门整体 form's money
  is not a project's: no project row.
- Self evaluations: budget = 全年预算数 of the 年度资金总额 row (or the stacked 全年预算数 line),
  executed = its 全年执行数; score = the printed 总分 / 自评得分; grade words 优秀 / 良好 / 中等 /
  较差 read 优 / 良 / 中 / 差. A project self evaluation gives the project's money: year = 全年预算数,
  fiscal = the 财政拨款 / 财政资金 row's 全年预算数, carried = the 上年结转 row's 全年预算数 where a
  figure (0.00 included) is printed there.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


# --------------------------------------------------------------------------- shared pieces


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]], unit_word: str = "部门") -> None:
    """The front of a 部门预算 / 单位预算: contents, 概况, two budget tables, the 说明 heading
    the performance forms."""
    doc.pages.text_page("目  录", [f"第一部分  {dept}概况", f"第二部分  {year}年{unit_word}预算表",
                                   f"第三部分  {year}年{unit_word}预算情况说明", "第四部分  绩效目标", "第五部分  名词解释"])
    doc.pages.text_page(f"第一部分  {dept}概况", [
        f"一、主要职能。{dept}负责辖区内公共服务、社会治理和民生保障等工作，落实上级部署的各项任务。",
        f"二、机构设置。纳入{year}年{unit_word}预算编制范围的为本级及所属单位。",
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
    body = [plain_row([name, value, value, "0.00"]) for name, value in spending]
    body.append(plain_row(["合计", f"{total_out:,.2f}", f"{total_out:,.2f}", "0.00"]))
    doc.pages.table(TableSpec("一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [200, 100, 100, 100],
                              [(0, 0, 1, 1, "功能分类科目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出"),
                               (0, 3, 1, 1, "项目支出")], 1, body, ["l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  绩效目标", [
        f"按照预算绩效管理要求，{dept}对纳入{year}年{unit_word}预算的项目编制了绩效目标，具体如下表。",
    ])


def _rate(budget: str, executed: str) -> tuple[str, str, float]:
    """执行率 as printed, its score (10 points at most) as printed, the score as a float."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b * 100
    score = min(Decimal(10), rate / 10).quantize(Decimal("0.01"))
    return f"{rate:.2f}%", f"{score:.2f}", float(score)


def _self_eval(doc: FormDoc, project: str | None, *, title: str, head: list[list[tuple[int, int, str]]],
               money_label: str, heads: tuple[str, ...], lines: list[tuple[str, str, str, str]],
               goal: tuple[str, str], inds: list[Ind], grade_label: str, grade_text: str | None,
               total_label: str = "总分", note_head: str = "偏差原因分析及改进措施", editor: str = "",
               unit_raw: str | None = None, widths: list[float] | None = None) -> tuple[str, str, float]:
    """A 9-column self evaluation: head rows, the money columns (lines: label, 年初预算数,
    全年预算数, 全年执行数; the first is the 年度资金总额 line carrying 分值 | 执行率 | 得分),
    goals, the grid, the total and the grade. Returns (全年预算数, 全年执行数, total)."""
    rows = _Rows()
    for cells in head:
        rows.add(*cells)
    r = rows.n
    rows.put(r, 0, len(lines) + 1, 1, money_label)
    rows.put(r, 1, 1, 2, "")
    for k, h in enumerate(heads):
        rows.put(r, 3 + k, 1, 1, h)
    rate_txt, rate_score, rate_f = _rate(lines[0][2], lines[0][3])
    for k, (label, initial, budget, executed) in enumerate(lines, 1):
        rows.put(r + k, 1, 1, 2, label)
        for j, v in enumerate((initial, budget, executed)):
            rows.put(r + k, 3 + j, 1, 1, v)
        tail = ("10", rate_txt, rate_score) if k == 1 else ("—", "—", "—")
        for j, v in enumerate(tail):
            rows.put(r + k, 6 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, goal[0])
    rows.put(r + 1, 5, 1, 4, goal[1])
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    for k, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", note_head)):
        rows.put(r, 1 + k, 1, 1, h)
    rows.n = r + 1
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    total = round(rate_f + sum(float(i.score) for i in inds), 2)
    rows.add((0, 6, total_label), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    if grade_text:
        rows.add((0, 6, grade_label), (6, 3, grade_text))
    doc.pages.grid(_spec(rows.cells, rows.n, widths or [40, 46, 50, 84, 80, 80, 34, 40, 61], title=title,
                         editor=editor, unit_raw=unit_raw, kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    return lines[0][2], lines[0][3], total


_GRADES = {"优秀": "优", "良好": "良", "中等": "中", "较差": "差", "优": "优", "良": "良", "中": "中", "差": "差"}


# --------------------------------------------------------------------------- layouts


def layout_xz_lhs_street_budget_money_pairs_total_year(folder: Path, name: str) -> FileGold:
    dept = "拉萨市城关区八廓街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "1,286.40"), ("二、其他收入", "10.00")],
                  [("一、一般公共服务支出", "842.60"), ("二、城乡社区支出", "453.80")])
    projects = [
        ("街道环境卫生整治", "540102250000012", "拉萨市城关区八廓街道办事处", "260.00", "130.00", "120.00", "10.00",
         "完成辖区背街小巷日常保洁和垃圾清运，街区环境卫生明显改善。", [
             Ind("产出指标", "数量指标", "背街小巷保洁面积", "≥35万平方米", (">=", 35, "万平方米")),
             Ind("产出指标", "数量指标", "生活垃圾清运量", "达到4500吨", (">=", 4500, "吨")),
             Ind("产出指标", "质量指标", "垃圾日产日清率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "环境问题处置时限", "≤24小时", ("<=", 24, "小时")),
             Ind("产出指标", "成本指标", "保洁作业单价", "不超过12元/平方米", ("<=", 12, "元/平方米")),
             Ind("效益指标", "社会效益指标", "街区人居环境", "明显改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "居民及游客满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("社区便民服务站运行", "540102250000027", "八廓街道各社区居民委员会", "48.60", "48.60", "48.60", "0.00",
         "保障社区便民服务站正常运行，为居民提供就近代办服务。", [
             Ind("产出指标", "数量指标", "服务站开放天数", "≥300天", (">=", 300, "天")),
             Ind("产出指标", "数量指标", "代办服务事项", "不少于40项", (">=", 40, "项")),
             Ind("产出指标", "质量指标", "群众诉求办结率", "≥98%", (">=", 98, "%")),
             Ind("产出指标", "时效指标", "服务站全面运行时间", "2025年3月底前", (None, None, None)),
             Ind("产出指标", "成本指标", "服务站运行经费", "≤48.6万元", ("<=", 48.6, "万元")),
             Ind("效益指标", "社会效益指标", "群众办事便利度", "有效提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%", (">=", 95, "%")),
         ]),
    ]
    for project, code, unit_name, total, year_amt, fiscal, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 3, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 3, unit_name))
        rows.add((0, 1, "项目总金额"), (1, 3, total), (4, 1, "年度资金"), (5, 3, year_amt))
        rows.add((0, 1, "其中：财政拨款"), (1, 3, fiscal), (4, 1, "其他资金"), (5, 3, other))
        rows.add((0, 1, "上年结转"), (1, 3, "0.00"), (4, 1, "项目期限"), (5, 3, "2025年1月-2025年12月"))
        rows.add((0, 1, "年度绩效目标"), (1, 7, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (5, 2, "指标值"), (7, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 3, i.name), (5, 2, i.raw), (7, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [66, 70, 50, 50, 60, 60, 70, 69], title="项目支出绩效目标表",
                             editor=f"（{year}年度）", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, total=total, year=year_amt, fiscal=fiscal, carried="0.00")
    return doc.save(folder)


def layout_xj_wlmq_cdc_source_grid_yuan_split_weights(folder: Path, name: str) -> FileGold:
    dept = "乌鲁木齐市天山区疾病预防控制中心"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年单位预算", dept, year, cover=[(dept, 22), (f"{year}年单位预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "2,108.50"), ("二、政府性基金预算拨款收入", "18.00"),
                                    ("三、事业收入", "6.00")],
                  [("一、卫生健康支出", "2,132.50")], unit_word="单位")
    projects = [
        ("重大传染病防控", "乌鲁木齐市天山区疾病预防控制中心", "2,500,000.00", "1,860,000.00", None,
         [("一般公共预算财政拨款收入", "1,860,000.00"), ("中央补助", "640,000.00"), ("合计", "2,500,000.00")],
         "落实艾滋病、结核病等重大传染病监测和防治措施，疫情保持低流行水平。", [
             Ind("产出指标", "数量指标", "艾滋病免费检测人次", ("≥", "12000", "人次"), (">=", 12000, "人次"), "20"),
             Ind("产出指标", "数量指标", "肺结核患者筛查人数", ("≥", "3500", "人"), (">=", 3500, "人"), "15"),
             Ind("产出指标", "质量指标", "传染病疫情报告及时率", ("＝", "100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "突发疫情响应时间", ("≤", "2", "小时"), ("<=", 2, "小时"), "10"),
             Ind("效益指标", "社会效益指标", "甲乙类传染病报告发病率", ("＜", "260", "/10万"), ("<", 260, "/10万"), "30"),
             Ind("满意度指标", "服务对象满意度指标", "受检群众满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
         ]),
        ("免疫规划疫苗接种", "辖区各社区卫生服务中心", "1,100,000.00", "1,100,000.00", None,
         [("一般公共预算财政拨款收入", "920,000.00"), ("政府性基金预算财政拨款收入", "180,000.00"),
          ("合计", "1,100,000.00")],
         "做好适龄儿童免疫规划疫苗接种，维持高接种率。", [
             Ind("产出指标", "数量指标", "接种剂次", ("≥", "86000", "剂次"), (">=", 86000, "剂次"), "20"),
             Ind("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", ("≥", "95", "%"), (">=", 95, "%"), "20"),
             Ind("产出指标", "质量指标", "疑似预防接种异常反应处置率", ("＝", "100", "%"), ("=", 100, "%"), "10"),
             Ind("产出指标", "成本指标", "冷链设备维护费", ("≤", "15", "万元"), ("<=", 15, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "疫苗可预防传染病发病水平", ("定性", "保持低水平", ""), Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "儿童家长满意度", ("≥", "92", "%"), (">=", 92, "%"), "10"),
         ]),
        ("地方病监测", "乌鲁木齐市天山区疾病预防控制中心", "515,000.00", "420,000.00", "35,000.00",
         [("一般公共预算财政拨款收入", "420,000.00"), ("事业收入", "60,000.00"), ("上年结转", "35,000.00"),
          ("合计", "515,000.00")],
         "开展碘缺乏病、包虫病等地方病监测，巩固防治成果。", [
             Ind("产出指标", "数量指标", "碘盐监测份数", ("≥", "1200", "份"), (">=", 1200, "份"), "20"),
             Ind("产出指标", "数量指标", "包虫病筛查人数", ("≥", "5000", "人"), (">=", 5000, "人"), "20"),
             Ind("产出指标", "质量指标", "合格碘盐食用率", ("＞", "90", "%"), (">", 90, "%"), "20"),
             Ind("产出指标", "时效指标", "监测结果上报时间", ("", "2025年12月15日前", ""), (None, None, None), "10"),
             Ind("效益指标", "可持续影响指标", "地方病防治长效机制", ("定性", "持续巩固", ""), Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "监测对象满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
         ]),
    ]
    for project, unit_name, year_amt, fiscal, carried, sources, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "实施单位"), (1, 3, unit_name), (4, 1, "项目类别"), (5, 2, "其他运转类项目"))
        r = rows.n
        rows.put(r, 0, len(sources) + 1, 1, "项目资金")
        rows.put(r, 1, 1, 3, "资金来源")
        rows.put(r, 4, 1, 3, "金额（元）")
        for k, (label, value) in enumerate(sources, 1):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 3, value)
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值",
                                                     "度量单位", "权重（%）"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [62, 70, 128, 50, 80, 55, 50], title=f"{year}年项目支出绩效目标表",
                             editor=f"单位名称：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_qh_xn_town_self_eval_yuan_unit_in_heads(folder: Path, name: str) -> FileGold:
    dept = "西宁市湟中区鲁沙尔镇人民政府"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评报告", dept, year,
                  cover=[(dept, 22), (f"{year}年度项目支出绩效自评报告", 20)])
    heads = ("年初预算数（元）", "全年预算数（元）", "全年执行数（元）", "分值", "执行率", "得分")
    evals = [
        ("高原美丽乡村建设", "鲁沙尔镇人民政府", "优秀",
         [("年度资金总额", "1,200,000.00", "1,286,000.00", "1,231,500.00"),
          ("其中：财政拨款", "1,200,000.00", "1,086,000.00", "1,040,800.00"),
          ("上年结转", "0.00", "200,000.00", "190,700.00"),
          ("其他资金", "0.00", "0.00", "0.00")],
         ("完成3个村庄美丽乡村建设，村容村貌明显改善。", "完成3个村庄建设任务，新建道路4.2公里。"), [
             Ind("产出指标", "数量指标", "建设村庄数", "3个", ("=", 3, "个"), "15", "3个", "15"),
             Ind("产出指标", "数量指标", "村内道路硬化里程", "≥4公里", (">=", 4, "公里"), "10", "4.2公里", "10"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标", "时效指标", "项目完工时间", "2024年10月底前", (None, None, None), "10", "2024年11月", "8",
                 "冬季施工期短，工期顺延"),
             Ind("产出指标", "成本指标", "每村建设成本", "≤42万元", ("<=", 42, "万元"), "10", "41.05万元", "10"),
             Ind("效益指标", "社会效益指标", "村容村貌", "明显改善", Q, "15", "明显改善", "15"),
             Ind("效益指标", "可持续影响指标", "设施管护机制", "建立健全", Q, "10", "基本建立", "8", "管护责任待细化"),
             Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%"), "10", "94%", "10"),
         ]),
        ("农村饮水安全维修养护", "鲁沙尔镇农业农村综合服务中心", "良好",
         [("年度资金总额", "450,000.00", "450,000.00", "398,700.00"),
          ("其中：财政拨款", "450,000.00", "450,000.00", "398,700.00"),
          ("上年结转", "0.00", "0.00", "0.00"),
          ("其他资金", "0.00", "0.00", "0.00")],
         ("维修养护农村供水管网，保障农牧民饮水安全。", "维修管网18处，部分水源地防护工程未完工。"), [
             Ind("产出指标", "数量指标", "维修供水管网处数", "≥20处", (">=", 20, "处"), "15", "18处", "12",
                 "部分管网冻土期无法施工"),
             Ind("产出指标", "数量指标", "水质检测次数", "不少于4次", (">=", 4, "次"), "10", "4次", "10"),
             Ind("产出指标", "质量指标", "水质达标率", "≥95%", (">=", 95, "%"), "15", "96%", "15"),
             Ind("产出指标", "时效指标", "故障维修响应时间", "≤48小时", ("<=", 48, "小时"), "10", "36小时", "10"),
             Ind("效益指标", "社会效益指标", "农村自来水普及率", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
             Ind("效益指标", "可持续影响指标", "工程运行年限", "≥10年", (">=", 10, "年"), "10", "达到", "8",
                 "部分老旧设施需更新"),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥85%", (">=", 85, "%"), "15", "83%", "12",
                 "供水间断时有发生"),
         ]),
    ]
    for project, unit_name, grade_word, lines, goal, inds in evals:
        budget, executed, total = _self_eval(
            doc, project, title="项目支出绩效自评表", editor=f"（{year}年度）",
            head=[[(0, 1, "项目名称"), (1, 8, project)],
                  [(0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, unit_name)]],
            money_label="项目资金", heads=heads, lines=lines, goal=goal, inds=inds,
            grade_label="自评等级", grade_text=grade_word)
        doc.gold.self_evaluation(project, "元", budget, executed, total, _GRADES[grade_word])
        doc.gold.project(project, "元", year=lines[0][2], fiscal=lines[1][2], carried=lines[2][2])
    return doc.save(folder)


def layout_nx_yc_street_accounts_dept_and_project_self_evals(folder: Path, name: str) -> FileGold:
    dept = "银川市兴庆区胜利街街道办事处"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "1,392.42"), ("二、其他收入", "6.10")],
                    [("一、一般公共服务支出", "968.40"), ("二、社会保障和就业支出", "430.12")])
    dept_inds = [
        Ind("产出指标", "数量指标", "社区网格巡查户次", "≥4.5万户次", (">=", 4.5, "万户次"), "15", "4.8万户次", "15"),
        Ind("产出指标", "数量指标", "矛盾纠纷排查化解件数", "≥300件", (">=", 300, "件"), "10", "326件", "10"),
        Ind("产出指标", "质量指标", "矛盾纠纷调解成功率", "≥95%", (">=", 95, "%"), "10", "96.5%", "10"),
        Ind("产出指标", "时效指标", "12345热线工单办结时限", "≤5个工作日", ("<=", 5, "个工作日"), "10", "4.2个工作日", "10"),
        Ind("产出指标", "成本指标", "“三公”经费控制率", "≤100%", ("<=", 100, "%"), "10", "86%", "10"),
        Ind("效益指标", "社会效益指标", "辖区社会治安状况", "持续稳定", Q, "15", "持续稳定", "15"),
        Ind("效益指标", "可持续影响指标", "基层治理体系", "逐步完善", Q, "10", "逐步完善", "9"),
        Ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", (">=", 90, "%"), "10", "88%", "8",
            "老旧小区停车难问题反映较多"),
    ]
    budget, executed, total = _self_eval(
        doc, None, title="部门整体支出绩效自评表", editor=f"（{year}年度）", unit_raw="单位：万元",
        head=[[(0, 1, "部门名称"), (1, 8, dept)]],
        money_label="预算资金", heads=("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
        lines=[("年度资金总额", "1,320.00", "1,456.80", "1,398.52"),
               ("其中：基本支出", "980.00", "1,012.30", "1,008.76"),
               ("项目支出", "340.00", "444.50", "389.76")],
        goal=("加强基层社会治理，做好民生保障和社区服务。", "完成网格化巡查和民生保障任务，社区服务水平提升。"),
        inds=dept_inds, grade_label="自评等级", grade_text="良")
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "良")
    inds = [
        Ind("产出指标", "数量指标", "居家养老服务人数", "≥260人", (">=", 260, "人"), "20", "275人", "20"),
        Ind("产出指标", "质量指标", "服务合格率", "≥95%", (">=", 95, "%"), "15", "97%", "15"),
        Ind("产出指标", "时效指标", "补助资金发放时间", "每季度末前", (None, None, None), "10", "按季度发放", "10"),
        Ind("产出指标", "成本指标", "人均服务补助标准", "≤300元/月", ("<=", 300, "元/月"), "10", "300元/月", "10"),
        Ind("效益指标", "社会效益指标", "老年人生活质量", "有效提升", Q, "20", "有效提升", "19"),
        Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", (">=", 90, "%"), "15", "95%", "15"),
    ]
    lines = [("年度资金总额", "80.00", "86.50", "84.20"), ("其中：财政拨款资金", "80.00", "80.00", "78.10"),
             ("上年结转资金", "0.00", "6.50", "6.10")]
    project = "社区居家养老服务"
    budget, executed, total = _self_eval(
        doc, project, title="项目支出绩效自评表", editor=f"（{year}年度）", unit_raw="单位：万元",
        head=[[(0, 1, "项目名称"), (1, 8, project)],
              [(0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, "胜利街街道社区养老服务站")]],
        money_label="项目资金", heads=("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
        lines=lines, goal=("为辖区高龄、失能老人提供助餐、助洁等居家养老服务。", "服务老人275人，服务质量良好。"),
        inds=inds, grade_label="自评等级", grade_text="优")
    doc.gold.self_evaluation(project, "万元", budget, executed, total, "优")
    doc.gold.project(project, "万元", year="86.50", fiscal="80.00", carried="6.50")
    return doc.save(folder)


def layout_nmg_bt_town_stacked_money_three_forms_down(folder: Path, name: str) -> FileGold:
    dept = "达尔罕茂明安联合旗百灵庙镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("草原生态保护补助奖励", "百灵庙镇农牧业服务中心", "356.40", "356.40", "0.00", "0.00",
         "足额兑现禁牧补助和草畜平衡奖励，草原生态持续恢复。", [
             Ind("产出指标", "数量指标", "禁牧和草畜平衡面积", "≥120万亩", (">=", 120, "万亩"), "30"),
             Ind("产出指标", "质量指标", "补奖资金兑现准确率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "补奖资金发放时间", "2025年9月底前", (None, None, None), "10"),
             Ind("效益指标", "生态效益指标", "草原植被综合盖度", "≥28%", (">=", 28, "%"), "30"),
             Ind("满意度指标", "服务对象满意度指标", "农牧民满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("嘎查村级组织运转经费", "百灵庙镇人民政府", "92.00", "80.00", "12.00", "0.00",
         "保障各嘎查村级组织正常运转，提升基层服务能力。", [
             Ind("产出指标", "数量指标", "保障嘎查村数", "16个", ("=", 16, "个"), "30"),
             Ind("产出指标", "质量指标", "村级组织正常运转率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "成本指标", "每个嘎查村运转经费", "≤5.75万元", ("<=", 5.75, "万元"), "20"),
             Ind("效益指标", "社会效益指标", "基层服务能力", "明显增强", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", (">=", 85, "%"), "10"),
         ]),
        ("牧区人居环境整治", "百灵庙镇人民政府", "145.00", "120.00", "0.00", "25.00",
         "整治牧区垃圾和厕所，改善牧民生产生活环境。", [
             Ind("产出指标", "数量指标", "改造户用卫生厕所", "≥300户", (">=", 300, "户"), "30"),
             Ind("产出指标", "数量指标", "清理垃圾", "800-1000吨", ("range", 800, "吨", 1000), "20"),
             Ind("产出指标", "质量指标", "改厕验收合格率", "≥95%", (">=", 95, "%"), "20"),
             Ind("效益指标", "生态效益指标", "牧区环境面貌", "明显改善", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "牧民满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
    ]
    for k, (project, unit_name, total, fiscal, carried, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "实施单位"), (1, 2, unit_name), (3, 1, "项目期限"), (4, 2, "2025年"))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        for j, (label, value) in enumerate((("资金总额", total), ("其中：财政资金", fiscal), ("上年结转", carried),
                                            ("其他资金", other))):
            rows.put(r + j, 1, 1, 2, label)
            rows.put(r + j, 3, 1, 3, value)
        rows.add((0, 1, "总体目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "目标值"), (4, 1, "权重（%）"),
                 (5, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 80, 125, 90, 60, 70],
                             title="项目支出绩效目标表",
                             editor=f"编报单位：{dept}"), fresh_page=(k == 0), gap=28)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_gs_lz_street_budget_dept_wide_then_source_rows(folder: Path, name: str) -> FileGold:
    dept = "兰州市七里河区西园街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "1,012.60"), ("二、其他收入", "5.00")],
                  [("一、一般公共服务支出", "736.10"), ("二、城乡社区支出", "281.50")])
    dept_inds = [
        Ind("产出指标", "数量指标", "社区网格员配备数", "≥120名", (">=", 120, "名")),
        Ind("产出指标", "数量指标", "开展安全生产检查", "不少于24次", (">=", 24, "次")),
        Ind("产出指标", "质量指标", "信访事项按期办结率", "≥98%", (">=", 98, "%")),
        Ind("产出指标", "时效指标", "民生资金发放及时率", "100%", ("=", 100, "%")),
        Ind("产出指标", "成本指标", "公用经费支出", "控制在86万元以内", ("<=", 86, "万元")),
        Ind("效益指标", "社会效益指标", "辖区安全生产事故", "0起", ("=", 0, "起")),
        Ind("效益指标", "可持续影响指标", "街道治理能力", "持续提升", Q),
        Ind("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    rows.put(r, 1, 1, 1, "合计")
    rows.put(r, 2, 1, 2, "财政拨款")
    rows.put(r, 4, 1, 2, "其他资金")
    rows.put(r + 1, 1, 1, 1, "1,017.60")
    rows.put(r + 1, 2, 1, 2, "1,012.60")
    rows.put(r + 1, 4, 1, 2, "5.00")
    rows.add((0, 1, "年度总体目标"), (1, 5, "推进网格化基层治理，落实安全生产和民生保障，提升辖区服务水平。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "备注"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 90, 80, 70, 95, 80], title=f"{year}年部门（单位）整体支出绩效目标表",
                         editor=f"部门名称：{dept}", kind="dept_performance_targets"), fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("城市社区网格化管理", "85.00", None, [("财政拨款", "85.00"), ("其中：一般公共预算", "85.00"),
                                             ("其他资金", "5.00"), ("合计", "90.00")], "90.00",
         "建成全覆盖的社区网格管理体系，网格事件及时处置。", [
             Ind("产出指标", "数量指标", "划分网格数", ("等于", "96", "个"), ("=", 96, "个")),
             Ind("产出指标", "数量指标", "网格事件采集量", ("大于等于", "6000", "件"), (">=", 6000, "件")),
             Ind("产出指标", "质量指标", "网格事件办结率", ("大于等于", "95", "%"), (">=", 95, "%")),
             Ind("产出指标", "时效指标", "一般事件处置时限", ("小于等于", "3", "天"), ("<=", 3, "天")),
             Ind("效益指标", "社会效益指标", "基层矛盾就地化解率", ("大于", "90", "%"), (">", 90, "%")),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", ("大于等于", "90", "%"), (">=", 90, "%")),
         ]),
        ("辖区公共厕所运营维护", "32.00", "4.50", [("财政拨款", "32.00"), ("其中：一般公共预算", "32.00"),
                                                 ("其他资金", "0.00"), ("上年结转", "4.50"), ("合计", "36.50")], "36.50",
         "保障辖区公共厕所正常开放和日常保洁维护。", [
             Ind("产出指标", "数量指标", "维护公共厕所座数", ("等于", "28", "座"), ("=", 28, "座")),
             Ind("产出指标", "质量指标", "公厕保洁达标率", ("大于等于", "98", "%"), (">=", 98, "%")),
             Ind("产出指标", "时效指标", "每日开放时长", ("大于等于", "16", "小时"), (">=", 16, "小时")),
             Ind("产出指标", "成本指标", "单座公厕年运维成本", ("小于", "1.3", "万元"), ("<", 1.3, "万元")),
             Ind("效益指标", "社会效益指标", "如厕难问题", ("", "有效缓解", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", ("大于等于", "88", "%"), (">=", 88, "%")),
         ]),
    ]
    for project, fiscal, carried, sources, year_amt, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 3, dept))
        r = rows.n
        rows.put(r, 0, len(sources) + 1, 1, "项目资金")
        rows.put(r, 1, 1, 3, "资金来源")
        rows.put(r, 4, 1, 3, "预算数")
        for k, (label, value) in enumerate(sources, 1):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 3, value)
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "指标值",
                                                     "计量单位", "备注"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [66, 76, 118, 56, 66, 56, 57], title="项目支出绩效目标表",
                             editor=f"单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_gz_gy_institution_self_eval_weighted_levels(folder: Path, name: str) -> FileGold:
    dept = "贵阳市南明区城市管理综合服务中心"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评", dept, year)
    evals = [
        ("城市照明设施维护", "优秀",
         [("年度资金总额", "310.00", "298.00", "290.66"), ("其中：财政资金", "310.00", "298.00", "290.66"),
          ("上年结转资金", "", "", ""), ("其他资金", "", "", "")],
         ("维护辖区路灯和景观照明设施，亮灯率保持高水平。", "维护路灯1.86万盏，主次干道亮灯率98.6%。"), [
             Ind("产出指标（50分）", "数量指标", "维护路灯数量", "≥1.8万盏", (">=", 1.8, "万盏"), "20", "1.86万盏", "20"),
             Ind("产出指标（50分）", "质量指标", "主次干道亮灯率", "≥98%", (">=", 98, "%"), "15", "98.6%", "15"),
             Ind("产出指标（50分）", "时效指标", "故障路灯修复时限", "≤24小时", ("<=", 24, "小时"), "15", "20小时", "15"),
             Ind("效益指标（30分）", "社会效益指标", "夜间出行安全保障", "有效提升", Q, "15", "有效提升", "15"),
             Ind("效益指标（30分）", "生态效益指标", "LED节能灯具替换率", "≥60%", (">=", 60, "%"), "15", "57%", "13",
                 "部分灯具更换纳入下年计划"),
             Ind("满意度指标（10分）", "服务对象满意度指标", "市民满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
         ]),
        ("市政道路挖掘修复", "中等",
         [("年度资金总额", "150.00", "176.00", "150.42"), ("其中：财政资金", "150.00", "160.00", "140.62"),
          ("上年结转资金", "0.00", "16.00", "9.80"), ("其他资金", "", "", "")],
         ("及时修复道路挖掘破损路面，保障道路通行。", "修复路面2.1万平方米，部分工程验收延后。"), [
             Ind("产出指标（50分）", "数量指标", "修复路面面积", "≥2.5万平方米", (">=", 2.5, "万平方米"), "20", "2.1万平方米", "14",
                 "管线单位施工进度滞后"),
             Ind("产出指标（50分）", "质量指标", "修复工程合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标（50分）", "时效指标", "挖掘道路恢复时限", "≤15天", ("<=", 15, "天"), "15", "21天", "8",
                 "雨季施工受阻，加强协调督办"),
             Ind("效益指标（30分）", "社会效益指标", "道路通行条件", "有所改善", Q, "20", "有所改善", "16"),
             Ind("效益指标（30分）", "可持续影响指标", "道路挖掘审批管理", "规范有序", Q, "10", "基本规范", "7",
                 "审批与监管衔接不够"),
             Ind("满意度指标（10分）", "服务对象满意度指标", "沿线群众满意度", "≥85%", (">=", 85, "%"), "10", "76%", "6",
                 "施工扰民投诉较多"),
         ]),
    ]
    for project, grade_word, lines, goal, inds in evals:
        budget, executed, total = _self_eval(
            doc, project, title=f"{year}年度项目支出绩效自评表", editor=f"填报单位：{dept}",
            unit_raw="金额单位：万元",
            head=[[(0, 1, "项目名称"), (1, 4, project), (5, 2, "项目类型"), (7, 2, "运转类项目")],
                  [(0, 1, "主管部门"), (1, 4, "贵阳市南明区综合行政执法局"), (5, 2, "实施单位"), (7, 2, dept)]],
            money_label="项目资金", heads=("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
            lines=lines, goal=goal, inds=inds, grade_label="自评等级", grade_text=grade_word,
            total_label="自评得分", note_head="偏差原因及改进措施", widths=[40, 52, 50, 84, 76, 76, 34, 40, 63])
        doc.gold.self_evaluation(project, "万元", budget, executed, total, _GRADES[grade_word])
        carried = lines[2][2] or None
        doc.gold.project(project, "万元", year=lines[0][2], fiscal=lines[1][2], carried=carried)
    return doc.save(folder)


def layout_hlj_heb_street_budget_landscape_money_heads_yuan(folder: Path, name: str) -> FileGold:
    dept = "哈尔滨市南岗区花园街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "1,586.00")],
                  [("一、一般公共服务支出", "1,002.00"), ("二、城乡社区支出", "584.00")])
    projects = [
        ("老旧小区综合整治", "230103250000045", "3,600,000.00", "1,800,000.00", "1,500,000.00", "300,000.00", "0.00",
         "完成辖区6个老旧小区外墙保温、管网和道路改造，改善居住条件。", [
             Ind("产出指标", "数量指标", "改造小区个数", ("等于", "6", "个"), ("=", 6, "个"), "15", note="当年完成改造的小区数"),
             Ind("产出指标", "数量指标", "外墙保温改造面积", ("大于等于", "4.8", "万平方米"), (">=", 4.8, "万平方米"), "15",
                 note="竣工验收面积"),
             Ind("产出指标", "质量指标", "工程验收合格率", ("等于", "100", "%"), ("=", 100, "%"), "15", note="合格工程/验收工程"),
             Ind("产出指标", "时效指标", "改造工程完工时间", ("", "2025年10月31日前", ""), (None, None, None), "10",
                 note="供暖期前完工"),
             Ind("产出指标", "成本指标", "单位面积改造成本", ("小于等于", "380", "元/平方米"), ("<=", 380, "元/平方米"), "10",
                 note="结算价/改造面积"),
             Ind("效益指标", "社会效益指标", "冬季室温达标率", ("大于", "95", "%"), (">", 95, "%"), "15", note="供暖期抽测"),
             Ind("效益指标", "可持续影响指标", "小区长效管理机制", ("", "建立", ""), Q, "10", note="引入物业或居民自治"),
             Ind("满意度指标", "服务对象满意度指标", "改造小区居民满意度", ("大于等于", "90", "%"), (">=", 90, "%"), "10",
                 note="入户问卷调查"),
         ]),
        ("辖区冬季清冰雪", "230103250000052", "860,000.00", "860,000.00", "860,000.00", "0.00", "0.00",
         "做好辖区背街小巷和人行道清冰雪，保障冬季出行安全。", [
             Ind("产出指标", "数量指标", "清冰雪作业面积", ("大于等于", "65", "万平方米"), (">=", 65, "万平方米"), "20",
                 note="每场雪作业面积"),
             Ind("产出指标", "数量指标", "雪后外运冰雪量", ("大于等于", "3", "万立方米"), (">=", 3, "万立方米"), "10",
                 note="全年累计"),
             Ind("产出指标", "质量指标", "人行道见本色率", ("大于等于", "90", "%"), (">=", 90, "%"), "15", note="雪后抽查"),
             Ind("产出指标", "时效指标", "小雪清除时限", ("小于等于", "24", "小时"), ("<=", 24, "小时"), "10", note="降雪停止后计"),
             Ind("产出指标", "成本指标", "每平方米清雪成本", ("小于", "1.4", "元"), ("<", 1.4, "元"), "10", note="作业费/面积"),
             Ind("效益指标", "社会效益指标", "冰雪天气出行摔伤事件", ("小于", "5", "起"), ("<", 5, "起"), "15", note="街道统计"),
             Ind("效益指标", "可持续影响指标", "清冰雪应急机制", ("", "持续完善", ""), Q, "10", note="预案和队伍"),
             Ind("满意度指标", "服务对象满意度指标", "居民出行满意度", ("大于等于", "85", "%"), (">=", 85, "%"), "10",
                 note="抽样调查"),
         ]),
    ]
    widths = [84, 90, 150, 70, 88, 80, 50, 130]
    for project, code, total, year_amt, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 3, code))
        rows.add((0, 1, "主管部门"), (1, 3, "哈尔滨市南岗区人民政府"), (4, 1, "实施单位"), (5, 3, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（元）")
        for k, (c, cs, h) in enumerate(((1, 1, "项目总额"), (2, 1, "本年预算"), (3, 2, "其中：财政拨款"),
                                        (5, 1, "上年结转"), (6, 2, "其他资金"))):
            rows.put(r, c, 1, cs, h)
        for c, cs, v in ((1, 1, total), (2, 1, year_amt), (3, 2, fiscal), (5, 1, carried), (6, 2, other)):
            rows.put(r + 1, c, 1, cs, v)
        rows.add((0, 1, "年度目标"), (1, 7, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "指标值",
                                                     "计量单位", "权重", "指标解释"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight), (7, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"部门（单位）名称：{dept}", landscape=True), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, total=total, year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_sx_ty_town_two_forms_a_page_unit_in_cell(folder: Path, name: str) -> FileGold:
    dept = "清徐县清源镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("村级公益事业一事一议奖补", "68.00", "68.00", "0.00", "0.00", [
            Ind(None, "数量指标", "奖补建设项目个数", "≥8个", (">=", 8, "个")),
            Ind(None, "质量指标", "项目验收合格率", "100%", ("=", 100, "%")),
            Ind(None, "社会效益指标", "村内基础设施条件", "明显改善", Q),
            Ind(None, "服务对象满意度指标", "受益村民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("农村环境卫生保洁", "42.50", "40.00", "2.50", "0.00", [
            Ind(None, "数量指标", "保洁覆盖行政村", "21个", ("=", 21, "个")),
            Ind(None, "质量指标", "村庄保洁考核达标率", "85%-95%", ("range", 85, "%", 95)),
            Ind(None, "成本指标", "每村年保洁经费", "≤2.1万元", ("<=", 2.1, "万元")),
            Ind(None, "服务对象满意度指标", "村民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("基层综治中心运行", "15.80", "15.80", "0.00", "0.00", [
            Ind(None, "数量指标", "排查矛盾纠纷次数", "不少于12次", (">=", 12, "次")),
            Ind(None, "时效指标", "矛盾纠纷受理响应", "3-5天", ("range", 3, "天", 5)),
            Ind(None, "社会效益指标", "群众安全感", "≥95%", (">=", 95, "%")),
            Ind(None, "服务对象满意度指标", "当事人满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("高标准农田管护", "30.00", "24.00", "0.00", "6.00", [
            Ind(None, "数量指标", "管护农田面积", "≥1.2万亩", (">=", 1.2, "万亩")),
            Ind(None, "质量指标", "灌溉设施完好率", "≥90%", (">=", 90, "%")),
            Ind(None, "经济效益指标", "亩均粮食增产", "≥50公斤", (">=", 50, "公斤")),
            Ind(None, "可持续影响指标", "管护责任落实", "持续有效", Q),
        ]),
    ]
    for k, (project, year_amt, fiscal, carried, other, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "实施单位"), (5, 1, dept))
        rows.add((0, 1, "年度资金总额"), (1, 1, f"{year_amt}万元"), (2, 1, "其中：财政拨款"), (3, 1, f"{fiscal}万元"),
                 (4, 1, "上年结转"), (5, 1, f"{carried}万元"))
        rows.add((0, 1, "其他资金"), (1, 1, f"{other}万元"), (2, 1, "项目负责人"), (3, 1, "张建军"),
                 (4, 1, "联系电话"), (5, 1, "0351-5721036"))
        rows.add((0, 1, "二级指标"), (1, 3, "三级指标"), (4, 2, "指标值"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 3, i.name), (4, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 85, 80, 70, 70, 110], title=f"{year}年项目支出绩效目标表"),
                       fresh_page=(k % 2 == 0), gap=30)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_jl_cc_street_accounts_self_eval_stacked_money(folder: Path, name: str) -> FileGold:
    dept = "长春市双阳区奢岭街道办事处"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "1,064.37")],
                    [("一、一般公共服务支出", "712.57"), ("二、农林水支出", "351.80")])
    evals = [
        ("街道社区综合服务", "奢岭街道社区服务中心", "120.00", "126.00", "126.00", "119.70", "优",
         "完成社区综合服务站点运行和便民服务，服务群众满意。", [
             Ind("产出指标", "数量指标", "社区服务站点数", "9个", ("=", 9, "个"), "15", "9个", "15"),
             Ind("产出指标", "数量指标", "开展便民活动场次", "≥60场", (">=", 60, "场"), "15", "64场", "15"),
             Ind("产出指标", "质量指标", "服务事项办结率", "≥98%", (">=", 98, "%"), "15", "99%", "15"),
             Ind("产出指标", "时效指标", "即办事项办理时限", "≤1个工作日", ("<=", 1, "个工作日"), "10", "当日办结", "10"),
             Ind("效益指标", "社会效益指标", "社区服务便利化水平", "明显提升", Q, "15", "明显提升", "15"),
             Ind("效益指标", "可持续影响指标", "社区服务运行机制", "长效运行", Q, "10", "长效运行", "9"),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
         ]),
        ("农村人居环境整治", "奢岭街道农业综合服务中心", "200.00", "231.80", "215.00", "200.36", "良",
         "推进农村垃圾治理和村庄清洁行动，村容村貌改善。", [
             Ind("产出指标", "数量指标", "村庄清洁行动覆盖村数", "13个", ("=", 13, "个"), "15", "13个", "15"),
             Ind("产出指标", "数量指标", "清理农村生活垃圾", "达到6000吨", (">=", 6000, "吨"), "15", "5680吨", "12",
                 "部分村垃圾转运车辆不足"),
             Ind("产出指标", "质量指标", "垃圾无害化处理率", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
             Ind("产出指标", "成本指标", "垃圾清运单价", "≤180元/吨", ("<=", 180, "元/吨"), "10", "176元/吨", "10"),
             Ind("效益指标", "生态效益指标", "村庄环境面貌", "明显改善", Q, "15", "有所改善", "11", "长效保洁不到位"),
             Ind("效益指标", "可持续影响指标", "村庄保洁长效机制", "建立", Q, "10", "基本建立", "8", "村规民约待完善"),
             Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥85%", (">=", 85, "%"), "10", "84%", "8",
                 "个别村清运不及时"),
         ]),
    ]
    for project, unit_name, initial, budget, fiscal, executed, grade, goal, inds in evals:
        rate_txt, rate_score, rate_f = _rate(budget, executed)
        total = round(rate_f + sum(float(i.score) for i in inds), 2)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 7, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 3, unit_name))
        stacked = (("年初预算数", initial), ("全年预算数", budget), ("其中：财政拨款", fiscal), ("全年执行数", executed),
                   ("执行率", rate_txt), ("分值", "10"), ("得分", rate_score))
        r = rows.n
        rows.put(r, 0, len(stacked), 1, "项目资金（万元）")
        for k, (label, value) in enumerate(stacked):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 5, value)
        rows.add((0, 1, "年度总体目标"), (1, 7, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值",
                                                     "分值", "得分", "偏差原因"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 2, "自评得分"), (2, 2, f"{total:.2f}"), (4, 2, "自评等级"), (6, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [60, 64, 96, 66, 66, 36, 40, 92], title="项目支出绩效自评表",
                             editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal)
    return doc.save(folder)


BLIND30: dict[str, Builder] = {
    "xz_lhs_street_budget_money_pairs_total_year": layout_xz_lhs_street_budget_money_pairs_total_year,
    "xj_wlmq_cdc_source_grid_yuan_split_weights": layout_xj_wlmq_cdc_source_grid_yuan_split_weights,
    "qh_xn_town_self_eval_yuan_unit_in_heads": layout_qh_xn_town_self_eval_yuan_unit_in_heads,
    "nx_yc_street_accounts_dept_and_project_self_evals": layout_nx_yc_street_accounts_dept_and_project_self_evals,
    "nmg_bt_town_stacked_money_three_forms_down": layout_nmg_bt_town_stacked_money_three_forms_down,
    "gs_lz_street_budget_dept_wide_then_source_rows": layout_gs_lz_street_budget_dept_wide_then_source_rows,
    "gz_gy_institution_self_eval_weighted_levels": layout_gz_gy_institution_self_eval_weighted_levels,
    "hlj_heb_street_budget_landscape_money_heads_yuan": layout_hlj_heb_street_budget_landscape_money_heads_yuan,
    "sx_ty_town_two_forms_a_page_unit_in_cell": layout_sx_ty_town_two_forms_a_page_unit_in_cell,
    "jl_cc_street_accounts_self_eval_stacked_money": layout_jl_cc_street_accounts_self_eval_stacked_money,
}
SETS: dict[str, dict[str, Builder]] = {"blind30": BLIND30}


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
    """Write every layout of ``which`` ("blind30") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
