"""BLIND47 performance forms: eleven layouts as departments of large cities and their districts
in 北京, 天津, 河北, 上海, 江苏, 辽宁, 黑龙江, 广西, 重庆, 吉林 and 山西 print their
项目支出绩效目标表, 部门整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表 in
2024–2025 disclosures, written by an author who had read neither the form reader nor the earlier
blind sets' bodies (only the gold helpers and page composer of ``form_layouts``, the gold
conventions of BLIND9's docstring and the brief's money rulings). The emphasis is realism: the
Ministry of Finance templates and their common provincial variants, with the imperfections of
real PDFs (labels wrapped in narrow cells, spaced labels such as 项 目 名 称, "—" and "/" in
empty money cells, mixed full / half-width punctuation, the unit in the title line, a column
head or the cell itself). Money is printed as total / year / fiscal / carried in label | value
pairs, labels above values, 资金来源 grids, stacked rows and self-evaluation columns.

bj_cy_budget_period_and_year_money_pairs  北京 朝阳区 部门预算: budget tables, then one
        项目支出绩效目标表 per project; 项目资金（万元） merged over pairs 实施期资金总额 | 年度资金总额,
        其中：财政拨款 | 其中：财政拨款, 其他资金 printed "—"; grid 一级 | 二级 | 三级 | 实施期指标值 |
        年度指标值 (the 年度 value is the target)
tj_hx_budget_landscape_income_source_grid  天津 河西区 部门预算: landscape forms in 元 with a
        资金来源 grid (合计 | 一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 上年结转 |
        其他资金), a printed 0.00 上年结转, split 指标性质 | 指标值 | 度量单位 | 权重
heb_sjz_budget_dept_wide_stacked_funds_word_targets  河北 石家庄 district 部门预算: a
        部门整体支出绩效目标表 (stacked 年度预算资金总额 / 其中：财政拨款 / 其他资金, 年度主要任务
        with amounts, targets in words: 不低于 / 达到 / 控制在…以内 / 不超过) and one project form
        whose money sits in the cells with their unit (1,860.00万元)
sh_pt_accounts_project_self_evals_slash_cells  上海 普陀区 部门决算: accounts tables, then two
        项目支出绩效自评表 (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over
        年度资金总额 / 其中：财政资金 / 上年结转 / 其他资金), "/" in empty cells, grade words
js_nj_accounts_dept_self_eval_landscape_yuan  江苏 南京 district 部门决算: a landscape
        部门整体支出绩效自评表 in 元 (年度资金总额 / 其中：基本支出 / 项目支出 rows) and a
        项目支出绩效自评表 with label | value money pairs (全年预算数（元）| … | 全年执行数（元）| …)
ln_sy_budget_two_forms_a_page_labels_above  辽宁 沈阳 district 部门预算: two short forms a page,
        money labels above values (项目总额 | 本年预算 | 其中：财政拨款 | 上年结转, 单位：元 in the
        title line), 上年结转 printed "—" or 0.00, grid 一级 | 二级 | 三级 | 指标值
hlj_heb_landscape_list_merged_projects_repeated_head  黑龙江 哈尔滨 district landscape list
        序号 | 项目名称 | 资金总额 | 其中：财政资金 | 其他资金 | 年度目标 | 一级 | 二级 | 三级 | 指标值
        (金额单位：万元 in the title line), project cells merged, header repeated over pages
gx_nn_self_evals_deviation_split_full_width  广西 南宁 district 项目支出绩效自评表: money rows
        资金总额 / 其中：财政拨款 / 上年结转 / 其他资金 against 年初预算数 | 全年预算数 | 全年执行数,
        偏差 split into 偏差原因 | 改进措施, full-width ％ and ≥ in targets, 自评得分 | 自评等级
cq_yb_budget_spaced_labels_yuan_stacked  重庆 渝北区 部门预算: forms in 元 with spaced labels
        (项 目 名 称, 主 管 部 门), stacked money rows 资金总额 / 其中：当年财政拨款 / 上年结转资金 /
        其他资金, a 0.00 上年结转, grid with 评（计）分标准
jl_cc_accounts_self_evals_total_line_wan  吉林 长春 district 部门决算: accounts tables, then two
        项目支出绩效自评表 whose money cells carry their unit (720.00万元), rows 合计 / 其中：财政拨款 /
        上年结转 with "—" blanks, 自评总分 | 评价等级 (优秀) at the foot
sx_ty_budget_dept_wide_then_projects_percent_weights  山西 太原 district 部门预算: a
        部门整体支出绩效目标表 without weights, then project forms with 权重（%） and money as
        label | value pairs two a row (资金总额（元）| … | 本年预算（元）| …, 其中：财政拨款收入 | … |
        其中：其他资金 | …); the 部门整体 form's money as 合计：… | 财政拨款：… in the cells

Gold conventions: BLIND9's docstring, with the brief's money rulings: fiscal = the 财政拨款 /
财政资金 figure as printed, or the sum of source lines named …财政拨款收入 (never 一般公共预算
alone, 专项债券, 中央补助, 其他资金); a printed 0.00 上年结转 is "0.00" (carried = 0.00); "—" or
"/" in a money cell is no amount; 达到 N reads ">="; 控制在 N 以内 reads "<="; 实施期资金总额 /
项目总额 / 资金总额 beside a 年度 / 本年 figure is ``total``, the 年度 figure ``year``. Where a form
prints both 实施期指标值 and 年度指标值, the 年度 value is the target.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, 收支总表 and 一般公共预算支出表, then the
    heading of the performance part."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}负责本行政区域内相关领域的政策落实、行业管理和公共服务。",
        "二、机构设置。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
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
                              f"编制部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收    入"), (0, 2, 1, 2, "支    出"), (1, 0, 1, 1, "项    目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项    目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    rows = [plain_row([name, value, value, "—"]) for name, value in spending]
    rows.append(plain_row(["合    计", f"{total_out:,.2f}", f"{total_out:,.2f}", "—"]))
    doc.pages.table(TableSpec("一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [200, 100, 100, 100],
                              [(0, 0, 1, 1, "功能分类科目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出"),
                               (0, 3, 1, 1, "项目支出")], 1, rows, ["l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  绩效目标", [
        f"按照全面实施预算绩效管理的要求，{year}年本部门项目支出全面编制绩效目标，现将绩效目标表公开如下。",
    ])


def _rate(budget: str, executed: str) -> tuple[str, str]:
    """执行率 as printed and its score (10 × rate, two decimals)."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b
    return f"{rate * 100:.2f}%", f"{min(Decimal(10), rate * 10):.2f}"


def _total(rate_score: str, inds: list[Ind]) -> float:
    return round(float(rate_score) + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- 北京


def layout_bj_cy_budget_period_and_year_money_pairs(folder: Path, name: str) -> FileGold:
    dept = "北京市朝阳区城市管理委员会"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year,
                  cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "18,642.30"), ("其他收入", "215.00")],
                  [("城乡社区支出", "17,960.10"), ("节能环保支出", "897.20")])
    projects = [
        ("生活垃圾分类运营补助", "11010525T000001234567", "北京市朝阳区环境卫生服务中心",
         ("9,600.00", "9,600.00"), ("3,200.00", "3,200.00"),
         "推进生活垃圾分类全覆盖，分类准确率持续提高。", [
             Ind("产出指标", "数量指标", "覆盖居住小区数量", ("1500个", "≥500个"), (">=", 500, "个")),
             Ind("产出指标", "质量指标", "家庭厨余垃圾分出率", ("≥20%", "≥18%"), (">=", 18, "%")),
             Ind("产出指标", "时效指标", "补助资金拨付时间", ("每年12月底前", "2025年12月底前"), (None, None, None)),
             Ind("成本指标", "经济成本指标", "每吨垃圾分类运营补助标准", ("≤300元/吨", "≤300元/吨"), ("<=", 300, "元/吨")),
             Ind("效益指标", "生态效益指标", "生活垃圾资源化利用率", ("≥85%", "≥82%"), (">=", 82, "%")),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", ("≥90%", "≥90%"), (">=", 90, "%")),
         ]),
        ("背街小巷环境精细化整治提升", "11010525T000001234601", "北京市朝阳区城市管理委员会",
         ("2,450.00", "1,980.00"), ("1,120.00", "860.00"),
         "完成背街小巷环境整治，实现“十无一创建”标准。", [
             Ind("产出指标", "数量指标", "整治背街小巷条数", ("300条", "100条"), ("=", 100, "条")),
             Ind("产出指标", "质量指标", "整治验收合格率", ("100%", "100%"), ("=", 100, "%")),
             Ind("产出指标", "时效指标", "年度整治任务完成时间", ("2027年底前", "2025年11月30日前"), (None, None, None)),
             Ind("效益指标", "社会效益指标", "街巷环境面貌", ("显著改善", "明显改善"), Q),
             Ind("效益指标", "可持续影响指标", "街巷长效管理机制", ("健全", "逐步健全"), Q),
             Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", ("≥90%", "≥85%"), (">=", 85, "%")),
         ]),
        ("城市照明设施运行维护", "11010525T000001234655", "北京市朝阳区市政市容管理服务中心",
         ("1,386.50", "1,386.50"), ("1,386.50", "1,386.50"),
         "保障城市道路照明设施正常运行，亮灯率不低于98%。", [
             Ind("产出指标", "数量指标", "维护路灯数量", ("≥4.2万基", "≥4.2万基"), (">=", 4.2, "万基")),
             Ind("产出指标", "质量指标", "主干道亮灯率", ("≥98%", "≥98%"), (">=", 98, "%")),
             Ind("产出指标", "时效指标", "故障修复时限", ("≤24小时", "≤24小时"), ("<=", 24, "小时")),
             Ind("成本指标", "经济成本指标", "单基路灯年均维护费用", ("≤330元", "≤330元"), ("<=", 330, "元")),
             Ind("效益指标", "社会效益指标", "夜间出行安全保障", ("有效保障", "有效保障"), Q),
             Ind("满意度指标", "服务对象满意度指标", "市民满意度", ("≥90%", "≥90%"), (">=", 90, "%")),
         ]),
    ]
    widths = [60, 70, 118, 72, 70, 90]
    for k, (project, code, unit_name, totals, years, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "项目编码"), (1, 2, code), (3, 1, "项目类型"), (4, 2, "一般项目"))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 3, 1, "项目资金\n（万元）")
        for j, (la, va, lb, vb) in enumerate((("实施期资金总额", totals[0], "年度资金总额", years[0]),
                                              ("其中：财政拨款", totals[1], "其中：财政拨款", years[1]),
                                              ("其他资金", "—", "其他资金", "—"))):
            rows.put(r + j, 1, 1, 1, la)
            rows.put(r + j, 2, 1, 1, va)
            rows.put(r + j, 3, 1, 1, lb)
            rows.put(r + j, 4, 1, 2, vb)
        r = rows.n
        rows.put(r, 0, 2, 1, "总体目标")
        rows.put(r, 1, 1, 2, "实施期目标")
        rows.put(r, 3, 1, 3, "年度目标")
        rows.put(r + 1, 1, 1, 2, "统筹实施期任务，按期完成项目建设和运行目标。")
        rows.put(r + 1, 3, 1, 3, goal)
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "备注"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"填报单位（盖章）：{unit_name}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind, ind.target[1]))
        doc.gold.project(project, "万元", code=code, total=totals[0], year=years[0], fiscal=years[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 天津


def layout_tj_hx_budget_landscape_income_source_grid(folder: Path, name: str) -> FileGold:
    dept = "天津市河西区教育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 22)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "96,420.55"), ("政府性基金预算拨款收入", "3,200.00"),
                                    ("事业收入", "1,860.00")],
                  [("教育支出", "98,310.55"), ("社会保障和就业支出", "3,170.00")])
    projects = [
        ("中小学校舍维修改造", "12010325000000012", "天津市河西区教育局",
         ("12,680,000.00", "8,450,000.00", "—", "1,030,000.00", "3,200,000.00"),
         "完成18所中小学校舍维修改造，消除安全隐患，改善办学条件。", [
             Ind("产出指标", "数量指标", "维修改造学校数量", ("＝", "18", "所"), ("=", 18, "所"), "15"),
             Ind("产出指标", "数量指标", "改造校舍面积", ("≥", "4.6", "万平方米"), (">=", 4.6, "万平方米"), "10"),
             Ind("产出指标", "质量指标", "工程验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "暑期施工完成率", ("≥", "90", "%"), (">=", 90, "%"), "10"),
             Ind("成本指标", "经济成本指标", "单位面积改造成本", ("≤", "280", "元/平方米"), ("<=", 280, "元/平方米"), "10"),
             Ind("效益指标", "社会效益指标", "校舍安全隐患", ("定性", "基本消除", ""), Q, "20"),
             Ind("效益指标", "可持续影响指标", "校舍使用年限延长", ("≥", "10", "年"), (">=", 10, "年"), "10"),
             Ind("满意度指标", "服务对象满意度指标", "师生及家长满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
         ]),
        ("学前教育生均公用经费补助", "12010325000000047", "天津市河西区教育局",
         ("5,742,000.00", "5,742,000.00", "—", "0.00", "—"),
         "按标准拨付公办及普惠性民办幼儿园生均公用经费，保障幼儿园正常运转。", [
             Ind("产出指标", "数量指标", "补助幼儿人数", ("≥", "9500", "人"), (">=", 9500, "人"), "20"),
             Ind("产出指标", "质量指标", "补助标准执行到位率", ("＝", "100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "资金拨付及时率", ("＝", "100", "%"), ("=", 100, "%"), "10"),
             Ind("成本指标", "经济成本指标", "生均公用经费标准", ("＝", "600", "元/生·年"), ("=", 600, "元/生·年"), "15"),
             Ind("效益指标", "社会效益指标", "普惠性幼儿园覆盖率", ("≥", "90", "%"), (">=", 90, "%"), "15"),
             Ind("效益指标", "可持续影响指标", "幼儿园运转保障水平", ("定性", "持续稳定", ""), Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "家长满意度", ("≥", "92", "%"), (">=", 92, "%"), "10"),
         ]),
    ]
    widths = [84, 92, 112, 80, 84, 86, 60, 62, 76]
    heads = ("合计", "一般公共预算\n财政拨款收入", "政府性基金预算\n财政拨款收入", "上年结转", "其他资金")
    for project, code, unit_name, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 4, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 4, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 2, "项目资金\n（资金来源）")
        spans = ((2, 1), (3, 1), (4, 2), (6, 2), (8, 1))
        for (c, cs), head, value in zip(spans, heads, money):
            rows.put(r, c, 1, cs, head)
            rows.put(r + 1, c, 1, cs, value)
        rows.add((0, 2, "年度绩效目标"), (2, 7, goal))
        rows.add(*[(c, cs, t) for c, cs, t in ((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"),
                                              (4, 1, "指标性质"), (5, 1, "指标值"), (6, 2, "度量单位"), (8, 1, "权重"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.target[0]), (5, 1, i.target[1]),
                                                (6, 2, i.target[2]), (8, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"部门名称：{dept}",
                             unit_raw="单位：元", landscape=True), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        fiscal = Decimal(money[1].replace(",", "")) + (Decimal(money[2].replace(",", "")) if money[2] != "—" else 0)
        doc.gold.project(project, "元", code=code, year=money[0], fiscal=f"{fiscal:.2f}",
                         carried=None if money[3] == "—" else money[3])
    return doc.save(folder)


# --------------------------------------------------------------------------- 河北


def layout_heb_sjz_budget_dept_wide_stacked_funds_word_targets(folder: Path, name: str) -> FileGold:
    dept = "石家庄市长安区卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算公开", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "6,215.40"), ("事业收入", "1,342.00")],
                  [("卫生健康支出", "7,060.40"), ("社会保障和就业支出", "497.00")])
    inds = [
        Ind("产出指标", "数量指标", "家庭医生签约服务人数", "不低于12万人", (">=", 12, "万人"), "10"),
        Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "达到3.2万人", (">=", 3.2, "万人"), "10"),
        Ind("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", "不低于95%", (">=", 95, "%"), "10"),
        Ind("产出指标", "质量指标", "传染病报告及时率", "达到100%", (">=", 100, "%"), "10"),
        Ind("产出指标", "时效指标", "突发公共卫生事件报告时限", "不超过2小时", ("<=", 2, "小时"), "10"),
        Ind("成本指标", "经济成本指标", "“三公”经费支出", "控制在12万元以内", ("<=", 12, "万元"), "10"),
        Ind("效益指标", "社会效益指标", "婴儿死亡率", "控制在5‰以内", ("<=", 5, "‰"), "10"),
        Ind("效益指标", "社会效益指标", "居民健康素养水平", "稳步提升", Q, "10"),
        Ind("效益指标", "可持续影响指标", "基层医疗卫生服务能力", "持续增强", Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "辖区居民对卫生健康服务满意度", "不低于90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 3, 1, "年度预算资金\n（万元）")
    for j, (label, value) in enumerate((("年度预算资金总额", "7,557.40"), ("其中：财政拨款", "6,215.40"),
                                        ("其他资金", "1,342.00"))):
        rows.put(r + j, 1, 1, 2, label)
        rows.put(r + j, 3, 1, 3, value)
    tasks = [("基本公共卫生服务", "落实国家基本公共卫生服务项目", "2,380.00"),
             ("疾病预防控制", "重大传染病和慢性病防控", "960.00"),
             ("妇幼健康服务", "孕产妇和儿童健康管理", "415.00")]
    r = rows.n
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 1, "任务名称")
    rows.put(r, 2, 1, 3, "主要内容")
    rows.put(r, 5, 1, 1, "预算金额（万元）")
    for j, (task, content, amount) in enumerate(tasks, 1):
        rows.put(r + j, 1, 1, 1, task)
        rows.put(r + j, 2, 1, 3, content)
        rows.put(r + j, 5, 1, 1, amount)
    rows.add((0, 1, "年度总体目标"), (1, 5, "巩固基本公共卫生服务均等化成果，提升重大疾病防控和基层医疗服务能力。"))
    rows.add(*[(c, cs, t) for c, cs, t in ((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"),
                                          (4, 1, "指标值"), (5, 1, "权重"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [78, 86, 90, 90, 90, 72], title=f"{year}年部门整体支出绩效目标表",
                         editor=f"填报单位：{dept}", kind="dept_performance_targets"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    project = "基本公共卫生服务项目"
    pinds = [
        Ind("产出指标", "数量指标", "居民电子健康档案建档人数", "不低于42万人", (">=", 42, "万人"), "20"),
        Ind("产出指标", "质量指标", "高血压患者规范管理率", "不低于65%", (">=", 65, "%"), "15"),
        Ind("产出指标", "时效指标", "补助资金下达时间", "2025年6月30日前", (None, None, None), "15"),
        Ind("成本指标", "经济成本指标", "人均基本公共卫生服务经费补助标准", "达到94元", (">=", 94, "元"), "20"),
        Ind("效益指标", "社会效益指标", "城乡居民公共卫生差距", "不断缩小", Q, "20"),
        Ind("满意度指标", "服务对象满意度指标", "居民满意度", "不低于90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 5, project))
    rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, "石家庄市长安区疾病预防控制中心"))
    rows.add((0, 1, "项目资金"), (1, 1, "年度资金\n总额"), (2, 1, "1,860.00万元"), (3, 1, "其中：\n财政拨款"),
             (4, 1, "1,860.00万元"), (5, 1, "其他资金：—"))
    rows.add((0, 1, "年度目标"), (1, 5, "落实国家基本公共卫生服务项目，提高居民健康水平。"))
    rows.add(*[(c, cs, t) for c, cs, t in ((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"),
                                          (4, 1, "指标值"), (5, 1, "权重"))])
    _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [78, 86, 90, 90, 90, 72], title=f"{year}年项目支出绩效目标表",
                         editor=f"填报单位：{dept}"), fresh_page=True)
    for ind in pinds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.project(project, "万元", year="1,860.00", fiscal="1,860.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 上海


def layout_sh_pt_accounts_project_self_evals_slash_cells(folder: Path, name: str) -> FileGold:
    dept = "上海市普陀区绿化和市容管理局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一般公共预算财政拨款收入", "42,310.66"), ("其他收入", "128.40")],
                    [("城乡社区支出", "38,905.21"), ("农林水支出", "3,533.85")])
    evals = [
        ("公园绿地养护", "上海市普陀区绿化管理所",
         ("3,600.00", "3,820.00", "3,702.45"), ("3,600.00", "3,650.00", "3,540.20"), ("", "170.00", "162.25"),
         ("完成全区公园绿地日常养护，绿地养护质量达到一级标准。", "养护公园绿地326公顷，养护质量检查合格率97.5%。"), [
             Ind("产出指标", "数量指标", "养护公园绿地面积", "≥320公顷", (">=", 320, "公顷"), "15", "326公顷", "15"),
             Ind("产出指标", "质量指标", "养护质量检查合格率", "≥95%", (">=", 95, "%"), "15", "97.5%", "15"),
             Ind("产出指标", "时效指标", "病虫害防治及时率", "100%", ("=", 100, "%"), "10", "98%", "9",
                 "台风季部分点位处置滞后，已优化巡查频次"),
             Ind("成本指标", "经济成本指标", "每平方米年养护成本", "≤11.7元", ("<=", 11.7, "元"), "10", "11.36元", "10"),
             Ind("效益指标", "生态效益指标", "城市绿化覆盖率", "≥38%", (">=", 38, "%"), "15", "38.2%", "15"),
             Ind("效益指标", "社会效益指标", "市民游憩环境", "持续改善", Q, "15", "持续改善", "14"),
             Ind("满意度指标", "服务对象满意度指标", "游园市民满意度", "≥90%", (">=", 90, "%"), "10", "93.6%", "10"),
         ], "优秀", "优"),
        ("生活垃圾末端处置", "上海市普陀区市容环境卫生管理中心",
         ("5,280.00", "5,280.00", "4,812.73"), ("5,280.00", "5,280.00", "4,812.73"), ("/", "/", "/"),
         ("生活垃圾全量无害化处置，干垃圾焚烧和湿垃圾资源化利用率稳步提高。", "处置生活垃圾19.8万吨，无害化处置率100%。"), [
             Ind("产出指标", "数量指标", "生活垃圾处置量", "≥20万吨", (">=", 20, "万吨"), "20", "19.8万吨", "17",
                 "源头减量成效明显，处置量略低于预期"),
             Ind("产出指标", "质量指标", "生活垃圾无害化处置率", "=100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind("成本指标", "经济成本指标", "吨垃圾处置费", "≤266元", ("<=", 266, "元"), "10", "243元", "10"),
             Ind("效益指标", "生态效益指标", "湿垃圾资源化利用率", "＞95%", (">", 95, "%"), "20", "96.1%", "20"),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", (">=", 85, "%"), "20", "88%", "16",
                 "转运作业噪声投诉仍有发生"),
         ], "良好", "良"),
    ]
    for project, unit_name, total, fiscal, carried, goal, inds, grade_word, grade in evals:
        rate, rate_score = _rate(total[1], total[2])
        score = _total(rate_score, inds)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 8, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 5, 1, "项目资金\n（万元）")
        rows.put(r, 1, 1, 2, "")
        for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 3 + k, 1, 1, head)
        lines = (("年度资金总额", *total, "10", rate, rate_score), ("其中：财政资金", *fiscal, "/", "/", "/"),
                 ("上年结转资金", *carried, "/", "/", "/"), ("其他资金", "/", "/", "/", "/", "/", "/"))
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
        for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                  "偏差原因分析及改进措施")):
            rows.put(r, 1 + k, 1, 1, head)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 1, i.note)])
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{score:.2f}"), (8, 1, f"自评等级：{grade_word}"))
        doc.pages.grid(_spec(rows.cells, rows.n, [36, 50, 56, 82, 58, 60, 34, 40, 90], title="项目支出绩效自评表",
                             editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", total[1], total[2], score, grade)
        doc.gold.project(project, "万元", year=total[1], fiscal=fiscal[1],
                         carried=carried[1] if carried[1] not in ("", "/") else None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏


def _wide_level_rows(rows: _Rows, inds: list[Ind]) -> None:
    """Scoring rows of a landscape self evaluation: 一级 in column 0, 二级 merged over columns
    1-2 and down its rows, 三级 over 3-4, then 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差."""
    r0 = rows.n
    for ind in inds:
        rows.add((3, 2, ind.name), (5, 1, ind.raw), (6, 1, ind.actual), (7, 1, ind.weight), (8, 1, ind.score),
                 (9, 1, ind.note))
    for col, span, key in ((0, 1, lambda i: i.l1), (1, 2, lambda i: (i.l1, i.l2))):
        i = 0
        while i < len(inds):
            j = i
            while j < len(inds) and key(inds[j]) == key(inds[i]):
                j += 1
            rows.put(r0 + i, col, j - i, span, inds[i].l1 if col == 0 else inds[i].l2)
            i = j



def layout_js_nj_accounts_dept_self_eval_landscape_yuan(folder: Path, name: str) -> FileGold:
    dept = "南京市鼓楼区民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(f"{dept}{year}年度部门决算", 22)])
    _accounts_front(doc, dept, year, [("一般公共预算财政拨款收入", "21,486.37"), ("其他收入", "62.50")],
                    [("社会保障和就业支出", "20,875.14"), ("卫生健康支出", "673.73")])
    budget, executed = "215,486,300.00", "209,633,712.48"
    rate, rate_score = _rate(budget, executed)
    inds = [
        Ind("产出指标", "数量指标", "城乡低保保障人数", "≥5600人", (">=", 5600, "人"), "10", "5712人", "10"),
        Ind("产出指标", "数量指标", "社区居家养老服务中心运营数", "≥105家", (">=", 105, "家"), "10", "108家", "10"),
        Ind("产出指标", "质量指标", "困难群众救助资金发放准确率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "临时救助审批时限", "≤5个工作日", ("<=", 5, "个工作日"), "10", "4个工作日", "10"),
        Ind("成本指标", "经济成本指标", "部门运行成本", "≤6200000元", ("<=", 6200000, "元"), "10", "5986420元", "10"),
        Ind("效益指标", "社会效益指标", "兜底保障水平", "稳步提高", Q, "15", "稳步提高", "14"),
        Ind("效益指标", "可持续影响指标", "养老服务体系建设", "持续完善", Q, "10", "持续完善", "9"),
        Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", (">=", 90, "%"), "15", "92.4%", "15"),
    ]
    score = _total(rate_score, inds)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 8, dept))
    r = rows.n
    rows.put(r, 0, 4, 2, "年度资金（元）")
    rows.put(r, 2, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 4 + k, 1, 1, head)
    lines = (("年度资金总额", "208,900,000.00", budget, executed, "10", rate, rate_score),
             ("其中：基本支出", "46,300,000.00", "47,112,000.00", "46,985,233.10", "—", "—", "—"),
             ("项目支出", "162,600,000.00", "168,374,300.00", "162,648,479.38", "—", "—", "—"))
    for k, line in enumerate(lines, 1):
        rows.put(r + k, 2, 1, 2, line[0])
        for j, v in enumerate(line[1:]):
            rows.put(r + k, 4 + j, 1, 1, v)
    rows.add((0, 2, "年度总体目标"), (2, 4, "兜牢民生底线，完善养老服务体系，提升基层治理和社会服务水平。"),
             (6, 4, "全年保障困难群众5712人，新增运营社区居家养老服务中心3家。"))
    rows.add(*[(c, cs, t) for c, cs, t in ((0, 1, "一级指标"), (1, 2, "二级指标"), (3, 2, "三级指标"),
                                          (5, 1, "年度指标值"), (6, 1, "实际完成值"), (7, 1, "分值"), (8, 1, "得分"),
                                          (9, 1, "偏差原因分析及改进措施"))])
    _wide_level_rows(rows, inds)
    rows.add((0, 7, "总分"), (7, 1, "100"), (8, 1, f"{score:.2f}"), (9, 1, "自评等级：优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [50, 34, 40, 56, 86, 92, 92, 80, 46, 140],
                         title=f"{year}年度部门整体支出绩效自评表", editor=f"部门名称：{dept}",
                         unit_raw="金额单位：元", landscape=True, kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "元", budget, executed, score, "优")
    project = "居家养老服务补贴"
    pb, pe = "18,600,000.00", "17,930,456.00"
    prate, pscore = _rate(pb, pe)
    pinds = [
        Ind("产出指标", "数量指标", "享受居家养老服务补贴老人数", "≥4200人", (">=", 4200, "人"), "20", "4356人", "20"),
        Ind("产出指标", "质量指标", "服务质量抽查合格率", "≥95%", (">=", 95, "%"), "15", "96.3%", "15"),
        Ind("产出指标", "时效指标", "补贴按月发放率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("效益指标", "社会效益指标", "老年人生活质量", "明显提高", Q, "20", "有所提高", "17", "服务项目单一，拟增加助医助浴"),
        Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", (">=", 90, "%"), "20", "91%", "20"),
    ]
    ptotal = _total(pscore, pinds)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 4, project), (6, 2, "实施单位"), (8, 2, "南京市鼓楼区养老服务指导中心"))
    rows.add((0, 3, "年初预算数（元）"), (3, 2, "18,000,000.00"), (5, 1, "全年预算数（元）"), (6, 1, pb),
             (7, 1, "全年执行数（元）"), (8, 2, pe))
    rows.add((0, 3, "其中：财政拨款（元）"), (3, 2, "18,000,000.00"), (5, 1, "其中：财政拨款（元）"), (6, 1, pb),
             (7, 1, "执行率"), (8, 2, prate))
    rows.add((0, 3, "上年结转（元）"), (3, 2, "—"), (5, 1, "分值"), (6, 1, "10"), (7, 1, "得分"), (8, 2, pscore))
    rows.add((0, 2, "年度目标"), (2, 8, "按标准向经济困难高龄、失能老人发放居家养老服务补贴。"))
    rows.add(*[(c, cs, t) for c, cs, t in ((0, 1, "一级指标"), (1, 2, "二级指标"), (3, 2, "三级指标"),
                                          (5, 1, "年度指标值"), (6, 1, "实际完成值"), (7, 1, "分值"), (8, 1, "得分"),
                                          (9, 1, "偏差原因分析及改进措施"))])
    _wide_level_rows(rows, pinds)
    rows.add((0, 7, "总分"), (7, 1, "100"), (8, 1, f"{ptotal:.2f}"), (9, 1, "自评等级：优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [50, 34, 40, 56, 86, 92, 92, 80, 46, 140],
                         title=f"{year}年度项目支出绩效自评表", editor=f"部门名称：{dept}",
                         landscape=True, kind="performance_self_evaluation"), fresh_page=True)
    for ind in pinds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "元", pb, pe, ptotal, "优")
    doc.gold.project(project, "元", year=pb, fiscal=pb)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁


def layout_ln_sy_budget_two_forms_a_page_labels_above(folder: Path, name: str) -> FileGold:
    dept = "沈阳市和平区农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 22)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "3,862.15")],
                  [("农林水支出", "3,520.35"), ("社会保障和就业支出", "341.80")])
    projects = [
        ("高标准农田建设管护", ("6,500,000.00", "2,800,000.00", "2,300,000.00", "500,000.00"),
         "完成高标准农田设施管护，保障农田灌排设施正常运行。", [
             Ind("产出指标", "数量指标", "管护高标准农田面积", "≥3.5万亩", (">=", 3.5, "万亩")),
             Ind("产出指标", "质量指标", "灌排设施完好率", "≥90%", (">=", 90, "%")),
             Ind("效益指标", "经济效益指标", "粮食亩均增产", "≥50公斤", (">=", 50, "公斤")),
             Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("动物疫病强制免疫", ("1,260,000.00", "1,260,000.00", "1,260,000.00", "0.00"),
         "重大动物疫病强制免疫应免尽免，确保不发生区域性重大动物疫情。", [
             Ind("产出指标", "数量指标", "强制免疫畜禽数量", "≥45万头（只）", (">=", 45, "万头(只)")),
             Ind("产出指标", "质量指标", "免疫抗体合格率", "≥70%", (">=", 70, "%")),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "0次", ("=", 0, "次")),
             Ind("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农村人居环境整治", ("3,000,000.00", "1,500,000.00", "1,500,000.00", "—"),
         "完成农村生活垃圾收运和村容村貌整治，改善农村人居环境。", [
             Ind("产出指标", "数量指标", "整治行政村数量", "＝12个", ("=", 12, "个")),
             Ind("产出指标", "时效指标", "整治任务完成时间", "2025年10月底前", (None, None, None)),
             Ind("效益指标", "生态效益指标", "村容村貌", "明显改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农业技术推广服务", ("850,000.00", "850,000.00", "820,000.00", "—"),
         "推广主推技术，提高农业科技贡献率。", [
             Ind("产出指标", "数量指标", "技术培训农民人次", "≥1500人次", (">=", 1500, "人次")),
             Ind("产出指标", "质量指标", "主推技术到位率", "≥95%", (">=", 95, "%")),
             Ind("效益指标", "可持续影响指标", "农业科技进步贡献率", "逐年提高", Q),
             Ind("满意度指标", "服务对象满意度指标", "受训农民满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [66, 86, 130, 86, 92]
    for k, (project, money, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "实施单位"), (4, 1, dept))
        rows.add((0, 1, "项目总额"), (1, 1, "本年预算"), (2, 1, "其中：财政拨款"), (3, 1, "上年结转"), (4, 1, "其他资金"))
        rows.add((0, 1, money[0]), (1, 1, money[1]), (2, 1, money[2]), (3, 1, money[3]),
                 (4, 1, "—" if money[1] == money[2] else f"{Decimal(money[1].replace(',', '')) - Decimal(money[2].replace(',', '')) - (Decimal(money[3].replace(',', '')) if money[3] != '—' else 0):,.2f}"))
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"部门：{dept}", unit_raw="单位：元"), fresh_page=(k % 2 == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", total=money[0], year=money[1], fiscal=money[2],
                         carried=None if money[3] == "—" else money[3])
    return doc.save(folder)


# --------------------------------------------------------------------------- 黑龙江


def layout_hlj_heb_landscape_list_merged_projects_repeated_head(folder: Path, name: str) -> FileGold:
    dept = "哈尔滨市南岗区住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year,
                  cover=[(dept, 22), (f"{year}年项目支出绩效目标公开", 20)])
    projects = [
        ("老旧小区改造配套设施", ("2,460.00", "2,160.00", "300.00"), "完成12个老旧小区改造，改善居住条件。", [
            Ind("产出指标", "数量指标", "改造老旧小区个数", "12个", ("=", 12, "个")),
            Ind("产出指标", "数量指标", "改造楼栋数", "≥86栋", (">=", 86, "栋")),
            Ind("产出指标", "质量指标", "竣工验收合格率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "完工时间", "2025年10月31日前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "受益居民户数", "≥5200户", (">=", 5200, "户")),
            Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("供热管网更新改造", ("1,835.60", "1,835.60", "—"), "更新老旧供热管网，降低管网失水率。", [
            Ind("产出指标", "数量指标", "更新改造供热管网长度", "≥14.5公里", (">=", 14.5, "公里")),
            Ind("产出指标", "质量指标", "管网失水率", "≤1.5%", ("<=", 1.5, "%")),
            Ind("产出指标", "时效指标", "开栓前完工率", "100%", ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "供热投诉量同比下降率", "≥10%", (">=", 10, "%")),
            Ind("满意度指标", "服务对象满意度指标", "热用户满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("城市排水防涝设施维护", ("726.40", "726.40", "—"), "清掏维护排水管网和雨水口，保障汛期排水安全。", [
            Ind("产出指标", "数量指标", "清掏排水管网长度", "≥210公里", (">=", 210, "公里")),
            Ind("产出指标", "质量指标", "主要道路积水点消除率", "≥80%", (">=", 80, "%")),
            Ind("效益指标", "社会效益指标", "汛期城市内涝灾害", "有效减少", Q),
            Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    rows = _Rows()
    heads = ("序号", "项目名称", "资金总额", "其中：\n财政资金", "其他资金", "年度绩效目标", "一级指标", "二级指标",
             "三级指标", "指标值")
    rows.add(*[(c, 1, t) for c, t in enumerate(heads)])
    for n, (project, money, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw)])
        for c, text in enumerate((str(n), project, *money, goal)):
            rows.put(r0, c, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=money[0], fiscal=money[1])
    doc.pages.grid(_spec(rows.cells, rows.n, [30, 96, 62, 62, 56, 150, 58, 66, 118, 80],
                         title=f"{dept}{year}年项目支出绩效目标表（金额单位：万元）", landscape=True),
                   repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西


def layout_gx_nn_self_evals_deviation_split_full_width(folder: Path, name: str) -> FileGold:
    dept = "南宁市青秀区水利局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评报告", dept, year,
                  cover=[(f"{dept}{year}年度项目支出绩效自评表", 20)])
    evals = [
        ("农村饮水安全工程维修养护", "南宁市青秀区农村水利服务中心",
         ("210.00", "236.50", "228.14"), ("180.00", "206.50", "198.14"), ("0.00", "30.00", "30.00"),
         "维修养护农村供水工程，保障农村人口饮水安全。", "维修养护供水工程46处，农村自来水普及率达到年度目标。", [
             Ind("产出指标", "数量指标", "维修养护供水工程处数", "≥45处", (">=", 45, "处"), "20", "46处", "20"),
             Ind("产出指标", "质量指标", "农村自来水普及率", "≥95％", (">=", 95, "%"), "15", "95.2％", "15"),
             Ind("产出指标", "时效指标", "维修养护完成时间", "2024年11月底前", (None, None, None), "10", "2024年11月", "10"),
             Ind("效益指标", "社会效益指标", "受益人口", "≥3.8万人", (">=", 3.8, "万人"), "15", "3.9万人", "15"),
             Ind("效益指标", "可持续影响指标", "工程长效运行管护机制", "逐步完善", Q, "10", "基本完善", "8",
                 ("部分村级管水员履职不到位", "加强管水员培训考核")),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90％", (">=", 90, "%"), "20", "92％", "20"),
         ], "优"),
        ("中小河流治理项目", "南宁市青秀区水利局",
         ("850.00", "850.00", "701.25"), ("850.00", "850.00", "701.25"), ("—", "—", "—"),
         "完成中小河流治理河段堤防加固，提高防洪能力。", "完成治理河长6.1公里，部分护岸工程未完工。", [
             Ind("产出指标", "数量指标", "治理河长", "≥7公里", (">=", 7, "公里"), "20", "6.1公里", "16",
                 ("征地协调进度滞后", "加快征拆协调，2025年汛前完工")),
             Ind("产出指标", "质量指标", "工程质量合格率", "＝100％", ("=", 100, "%"), "20", "100％", "20"),
             Ind("效益指标", "社会效益指标", "防洪标准", "达到20年一遇", (">=", 20, "年一遇"), "20", "部分河段达到", "14",
                 ("工程未全部完工", "完工后组织验收")),
             Ind("效益指标", "生态效益指标", "河道水环境", "有所改善", Q, "15", "有所改善", "15"),
             Ind("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥85％", (">=", 85, "%"), "15", "86％", "15"),
         ], "良"),
    ]
    for project, unit_name, total, fiscal, carried, goal, done, inds, grade in evals:
        rate, rate_score = _rate(total[1], total[2])
        score = _total(rate_score, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 8, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 5, 2, "项目资金\n（万元）")
        for k, (c, cs, head) in enumerate(((2, 2, "资金来源"), (4, 1, "年初预算数"), (5, 1, "全年预算数"),
                                           (6, 1, "全年执行数"), (7, 1, "分值"), (8, 1, "执行率"), (9, 1, "得分"))):
            rows.put(r, c, 1, cs, head)
        lines = (("年度资金总额", *total, "10", rate, rate_score), ("其中：财政拨款", *fiscal, "—", "—", "—"),
                 ("上年结转", *carried, "—", "—", "—"), ("其他资金", "—", "—", "—", "—", "—", "—"))
        for k, line in enumerate(lines, 1):
            rows.put(r + k, 2, 1, 2, line[0])
            for j, v in enumerate(line[1:]):
                rows.put(r + k, 4 + j, 1, 1, v)
        rows.add((0, 2, "年度目标"), (2, 4, goal), (6, 4, done))
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因", "改进措施", "备注"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note[0] if i.note else ""),
                                                (8, 1, i.note[1] if i.note else ""), (9, 1, "")])
        rows.add((0, 5, "自评得分"), (5, 2, f"{score:.2f}"), (7, 1, "自评等级"), (8, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [40, 48, 70, 58, 54, 50, 50, 60, 56, 32], title="项目支出绩效自评表",
                             editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", total[1], total[2], score, grade)
        doc.gold.project(project, "万元", year=total[1], fiscal=fiscal[1],
                         carried=carried[1] if carried[1] != "—" else None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆


def layout_cq_yb_budget_spaced_labels_yuan_stacked(folder: Path, name: str) -> FileGold:
    dept = "重庆市渝北区文化和旅游发展委员会"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "8,946.72"), ("政府性基金预算拨款收入", "600.00")],
                  [("文化旅游体育与传媒支出", "9,136.72"), ("社会保障和就业支出", "410.00")])
    projects = [
        ("公共文化服务体系建设", "500112-25-000387", ("4,380,000.00", "4,080,000.00", "300,000.00", "—"),
         "开展群众文化活动，保障公共文化场馆免费开放。", [
             Ind("产出指标", "数量指标", "开展群众文化活动场次", "≥360场", (">=", 360, "场"), note="按完成比例计分"),
             Ind("产出指标", "数量指标", "免费开放场馆数", "＝24个", ("=", 24, "个"), note="全部开放得满分"),
             Ind("产出指标", "质量指标", "活动安全事故发生率", "0", ("=", 0, None), note="发生事故不得分"),
             Ind("产出指标", "时效指标", "场馆年开放时间", "≥300天", (">=", 300, "天"), note="按完成比例计分"),
             Ind("成本指标", "经济成本指标", "单场活动平均成本", "≤8000元", ("<=", 8000, "元"), note="超出不得分"),
             Ind("效益指标", "社会效益指标", "群众参与文化活动人次", "≥50万人次", (">=", 50, "万人次"), note="按完成比例计分"),
             Ind("效益指标", "可持续影响指标", "公共文化服务效能", "持续提升", Q, note="酌情扣分"),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), note="每低1个百分点扣1分"),
         ]),
        ("旅游宣传推广", "500112-25-000412", ("1,500,000.00", "1,500,000.00", "0.00", "—"),
         "开展文旅宣传推介，提升区域旅游知名度。", [
             Ind("产出指标", "数量指标", "宣传推介活动次数", "≥6次", (">=", 6, "次"), note="按完成比例计分"),
             Ind("产出指标", "数量指标", "新媒体宣传阅读量", "≥2000万次", (">=", 2000, "万次"), note="按完成比例计分"),
             Ind("产出指标", "质量指标", "宣传内容审核通过率", "100%", ("=", 100, "%"), note="未达标不得分"),
             Ind("产出指标", "时效指标", "重点推介活动完成时间", "2025年9月30日前", (None, None, None), note="逾期不得分"),
             Ind("效益指标", "经济效益指标", "接待游客人次增长率", "≥8%", (">=", 8, "%"), note="按完成比例计分"),
             Ind("效益指标", "社会效益指标", "区域旅游知名度", "明显提升", Q, note="酌情扣分"),
             Ind("满意度指标", "服务对象满意度指标", "游客满意度", "≥88%", (">=", 88, "%"), note="每低1个百分点扣1分"),
         ]),
    ]
    widths = [66, 74, 134, 84, 138]
    for project, code, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项 目 名 称"), (1, 2, project), (3, 1, "项 目 编 码"), (4, 1, code))
        rows.add((0, 1, "主 管 部 门"), (1, 2, dept), (3, 1, "实 施 单 位"), (4, 1, dept))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金\n（元）")
        for j, (label, value) in enumerate((("资金总额", money[0]), ("其中：当年财政拨款", money[1]),
                                            ("上年结转资金", money[2]), ("其他资金", money[3]))):
            rows.put(r + j, 1, 1, 2, label)
            rows.put(r + j, 3, 1, 2, value)
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "评（计）分标准"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"编制单位：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, year=money[0], fiscal=money[1], carried=money[2])
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林


def layout_jl_cc_accounts_self_evals_total_line_wan(folder: Path, name: str) -> FileGold:
    dept = "长春市朝阳区人力资源和社会保障局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算公开", 22)])
    _accounts_front(doc, dept, year, [("一般公共预算财政拨款收入", "5,612.08")],
                    [("社会保障和就业支出", "5,402.48"), ("住房保障支出", "209.60")])
    evals = [
        ("就业创业补贴", ("680.00万元", "720.00万元", "702.36万元"), ("680.00万元", "700.00万元", "682.36万元"),
         ("—", "20.00万元", "20.00万元"), [
             Ind("产出指标", "数量指标", "城镇新增就业人数", "≥6000人", (">=", 6000, "人"), "20", "6428人", "20"),
             Ind("产出指标", "数量指标", "职业技能培训人次", "≥2500人次", (">=", 2500, "人次"), "15", "2316人次", "13",
                 "部分培训班次受场地影响推迟"),
             Ind("产出指标", "质量指标", "培训合格率", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
             Ind("效益指标", "社会效益指标", "城镇登记失业率", "≤3.5%", ("<=", 3.5, "%"), "20", "3.2%", "20"),
             Ind("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", (">=", 90, "%"), "20", "94%", "20"),
         ], "优秀", "优"),
        ("劳动保障监察执法", ("95.00万元", "95.00万元", "88.40万元"), ("95.00万元", "95.00万元", "88.40万元"),
         ("—", "—", "—"), [
             Ind("产出指标", "数量指标", "劳动保障监察检查用人单位数", "≥600户", (">=", 600, "户"), "20", "652户", "20"),
             Ind("产出指标", "质量指标", "欠薪案件结案率", "≥96%", (">=", 96, "%"), "20", "97.1%", "20"),
             Ind("产出指标", "时效指标", "举报投诉案件办结时限", "≤60日", ("<=", 60, "日"), "15", "45日", "15"),
             Ind("效益指标", "社会效益指标", "追发劳动者工资待遇", "应追尽追", Q, "20", "追发工资1860万元", "18"),
             Ind("满意度指标", "服务对象满意度指标", "劳动者满意度", "≥85%", (">=", 85, "%"), "15", "89%", "15"),
         ], "优秀", "优"),
    ]
    for project, total, fiscal, carried, inds, grade_word, grade in evals:
        b, e = total[1].removesuffix("万元"), total[2].removesuffix("万元")
        rate, rate_score = _rate(b, e)
        score = _total(rate_score, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, dept))
        r = rows.n
        rows.put(r, 0, 4, 2, "项目资金")
        for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 2 + k, 1, 1, head)
        lines = (("合计", *total, "10", rate, rate_score), ("其中：财政拨款", *fiscal, "—", "—", "—"),
                 ("上年结转", *carried, "—", "—", "—"))
        for k, line in enumerate(lines, 1):
            for j, v in enumerate(line):
                rows.put(r + k, 2 + j, 1, 1, v)
        rows.add((0, 2, "年度总体目标"), (2, 7, "落实就业优先政策和劳动保障监察，稳定就业局势、维护劳动者权益。"))
        rows.add(*[(c, cs, t) for c, cs, t in ((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"),
                                              (4, 1, "年度\n指标值"), (5, 1, "实际\n完成值"), (6, 1, "分值"),
                                              (7, 1, "得分"), (8, 1, "偏差原因分析及改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 1, i.note)])
        rows.add((0, 6, "自评总分"), (6, 1, "100"), (7, 1, f"{score:.2f}"), (8, 1, ""))
        rows.add((0, 6, "评价等级"), (6, 3, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, [48, 40, 64, 70, 70, 70, 30, 44, 90],
                             title=f"{year}年度项目支出绩效自评表", editor=f"单位名称：{dept}",
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", b, e, score, grade)
        doc.gold.project(project, "万元", year=b, fiscal=fiscal[1].removesuffix("万元"),
                         carried=carried[1].removesuffix("万元") if carried[1] != "—" else None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西


def layout_sx_ty_budget_dept_wide_then_projects_percent_weights(folder: Path, name: str) -> FileGold:
    dept = "太原市小店区市场监督管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 22)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "4,118.90")],
                  [("一般公共服务支出", "3,822.50"), ("社会保障和就业支出", "296.40")])
    inds = [
        Ind("产出指标", "数量指标", "“双随机、一公开”抽查户次", "≥1500户次", (">=", 1500, "户次")),
        Ind("产出指标", "数量指标", "食品安全监督抽检批次", "≥3000批次", (">=", 3000, "批次")),
        Ind("产出指标", "质量指标", "投诉举报按时办结率", "≥98%", (">=", 98, "%")),
        Ind("产出指标", "时效指标", "企业开办时间", "≤1个工作日", ("<=", 1, "个工作日")),
        Ind("效益指标", "社会效益指标", "食品安全事故发生数", "0起", ("=", 0, "起")),
        Ind("效益指标", "经济效益指标", "市场主体数量增长率", "≥5%", (">=", 5, "%")),
        Ind("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 4, dept))
    rows.add((0, 1, "年度预算\n（万元）"), (1, 1, "合计：4,118.90"), (2, 1, "财政拨款：4,118.90"), (3, 2, "其他资金：0.00"))
    rows.add((0, 1, "年度总体目标"), (1, 4, "强化市场监管，守牢食品药品安全底线，持续优化营商环境。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 2, "指标值"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw)])
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 96, 140, 90, 90], title="部门整体支出绩效目标表",
                         editor=f"部门：{dept}", kind="dept_performance_targets"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("食品安全抽检监测", ("2,160,000.00", "720,000.00", "720,000.00", "0.00"), [
            Ind("产出指标", "数量指标", "抽检食品批次", "≥3000批次", (">=", 3000, "批次"), "25"),
            Ind("产出指标", "质量指标", "不合格食品核查处置率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "抽检结果公布时限", "≤20个工作日", ("<=", 20, "个工作日"), "15"),
            Ind("成本指标", "经济成本指标", "每批次抽检费用", "≤240元", ("<=", 240, "元"), "10"),
            Ind("效益指标", "社会效益指标", "食品安全风险防控水平", "有效提升", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", (">=", 85, "%"), "10"),
        ]),
        ("特种设备安全监察", ("380,000.00", "380,000.00", "350,000.00", "30,000.00"), [
            Ind("产出指标", "数量指标", "特种设备监督检查台次", "≥1200台次", (">=", 1200, "台次"), "30"),
            Ind("产出指标", "质量指标", "隐患整改率", "≥95%", (">=", 95, "%"), "20"),
            Ind("效益指标", "社会效益指标", "特种设备事故起数", "0起", ("=", 0, "起"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
    ]
    for project, money, pinds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "资金总额（元）"), (1, 2, money[0]), (3, 1, "本年预算（元）"), (4, 2, money[1]))
        rows.add((0, 1, "其中：财政拨款收入"), (1, 2, money[2]), (3, 1, "其中：其他资金"), (4, 2, money[3]))
        rows.add((0, 1, "年度目标"), (1, 5, f"做好{project}工作，完成年度目标任务。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重（%）"))
        _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 92, 70, 84, 90, 80], title="项目支出绩效目标表",
                             editor=f"部门：{dept}"), fresh_page=True)
        for ind in pinds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", total=money[0], year=money[1], fiscal=money[2])
    return doc.save(folder)


BLIND47: dict[str, Builder] = {
    "bj_cy_budget_period_and_year_money_pairs": layout_bj_cy_budget_period_and_year_money_pairs,
    "tj_hx_budget_landscape_income_source_grid": layout_tj_hx_budget_landscape_income_source_grid,
    "heb_sjz_budget_dept_wide_stacked_funds_word_targets": layout_heb_sjz_budget_dept_wide_stacked_funds_word_targets,
    "sh_pt_accounts_project_self_evals_slash_cells": layout_sh_pt_accounts_project_self_evals_slash_cells,
    "js_nj_accounts_dept_self_eval_landscape_yuan": layout_js_nj_accounts_dept_self_eval_landscape_yuan,
    "ln_sy_budget_two_forms_a_page_labels_above": layout_ln_sy_budget_two_forms_a_page_labels_above,
    "hlj_heb_landscape_list_merged_projects_repeated_head": layout_hlj_heb_landscape_list_merged_projects_repeated_head,
    "gx_nn_self_evals_deviation_split_full_width": layout_gx_nn_self_evals_deviation_split_full_width,
    "cq_yb_budget_spaced_labels_yuan_stacked": layout_cq_yb_budget_spaced_labels_yuan_stacked,
    "jl_cc_accounts_self_evals_total_line_wan": layout_jl_cc_accounts_self_evals_total_line_wan,
    "sx_ty_budget_dept_wide_then_projects_percent_weights": layout_sx_ty_budget_dept_wide_then_projects_percent_weights,
}
SETS: dict[str, dict[str, Builder]] = {"blind47": BLIND47}


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
    """Write every layout of ``which`` ("blind47") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
