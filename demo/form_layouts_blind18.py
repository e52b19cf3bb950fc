"""BLIND18 performance forms: ten layouts as 市直 departments and 区县 of 内蒙古 (包头), 辽宁 (鞍山
铁东区), 吉林 (通化 辉南县), 黑龙江 (佳木斯), 陕西 (汉中), 甘肃 (天水 秦州区), 青海 (海西 格尔木市),
宁夏 (石嘴山), 新疆 (喀什 疏勒县) and 西藏 (山南) print their 项目支出绩效目标表, 部门（单位）整体支出
绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表, written by an author who had read neither
the form reader nor the earlier blind sets (only the gold helpers and page composer of
``form_layouts``, the gold conventions of BLIND9's docstring and the real disclosures). Each
layout writes one PDF and its gold in the format of ``form_layouts.write_set``; the gold is
written by hand with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

nmg_bt_budget_nature_value_measure_yuan  内蒙古 包头 市直 部门预算: budget tables, then one
        项目支出绩效目标表 per project in 元 (separators): 项目资金 merged over a heads row
        (项目总金额 | 本年预算 | 其中：财政拨款 | 上年结转 | 其他资金) and a values row; grid
        一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 权重 (the 2021 财政部 template: 指标性质
        ≥ ≤ ＝ 定性 in its own column). total = 项目总金额, year = 本年预算, fiscal = 其中：财政拨款,
        carried = 上年结转 (0.00 on the second project: no amount).
ln_as_district_self_eval_source_rows  辽宁 鞍山 铁东区 项目支出绩效自评表 (the 武汉-style
        template of the seeds): 自评等级 | 自评得分 in the top row, 项目资金（10分） merged over
        全年预算数（A） | 全年执行数（B） | 预算执行率（B/A） | 自评分 and rows 年度资金总额 / 其中：中央补助
        / 省补助 / 市补助 / 区级预算资金 / 其他资金; 绩效指标（90分） merged down a left column.
        No 财政拨款 row is printed: fiscal is none (the source rows are not summed).
jl_th_county_dept_wide_words_fund_subheads  吉林 通化 辉南县 部门预算 forms: a 部门整体支出绩效
        目标表 (资金总额 | 基本支出 | 项目支出 heads, 年度主要任务 rows without money, targets in
        words: 不少于 / 达到 / 控制在…以内 / 不超过, a deadline and states), then two 项目支出绩效
        目标表 with a three-row money head: 资金总额 | 财政拨款 (over 小计 | 一般公共预算 | 政府性基金) |
        其他资金. year = 资金总额, fiscal = 财政拨款 小计.
hlj_jms_accounts_dept_self_eval_nature_rows  黑龙江 佳木斯 市直 部门决算: accounts tables, a
        部门整体支出绩效自评表 whose money rows are 年度资金总额 / 按收入性质分：财政拨款 / 其他资金 /
        按支出性质分：基本支出 / 项目支出 (columns 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
        得分), 评价等级 良好; then a 项目支出绩效自评表 whose money is one row of label | value pairs
        (年度预算数（万元） | 全年执行数（万元） | 执行率 | 分值 | 得分), 评价等级 优秀.
sn_hz_budget_landscape_list_method_words  陕西 汉中 市直 部门预算: budget tables, then a
        landscape list 序号 | 项目名称 | 资金总额 | 其中：财政拨款 | 年度绩效目标 | 一级 | 二级 | 三级 |
        比较方式 | 目标值 | 计量单位 in 元, 比较方式 written as words (大于等于 / 小于等于 / 等于 / 定性),
        project cells merged, the three projects on one page. year = 资金总额, fiscal = 其中：财政拨款.
gs_ts_district_two_forms_a_page_pairs  甘肃 天水 秦州区: short 项目支出绩效目标表, two on a page,
        money one row of pairs (项目总额 | … | 当年预算 | … | 其中：财政资金 | …, 万元 in the caption),
        一级 printed once on the first row of its group with blank unmerged cells below, 二级 merged.
        total = 项目总额, year = 当年预算, fiscal = 其中：财政资金.
qh_hx_county_self_eval_landscape_yuan  青海 海西 格尔木市 项目支出绩效自评表 on landscape pages, in
        元: 预算资金 heads 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分 over 年度资金总额 / 其中：财政拨款
        / 其他资金; grid 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 | 改进措施;
        绩效等级 at the foot.
nx_szs_budget_money_label_rows_weights  宁夏 石嘴山 市直 部门预算: budget tables, then 项目支出
        绩效目标表 whose money is printed down a label column (年度资金总额 / 其中：财政资金 / 上年结转
        资金 / 其他资金, values beside), grid 一级 | 二级 | 三级 | 指标值 | 权重（%） with 成本指标 first
        and 不高于 / ≤ / ＝ targets. year = 年度资金总额, fiscal = 其中：财政资金, carried = 上年结转资金.
xj_ks_county_source_list_column_numbers  新疆 喀什 疏勒县 项目支出绩效目标表: money as a
        资金来源 | 金额（元） list (中央资金 / 自治区资金 / 地区资金 / 县级资金 / 合计), grid with a
        column-number row (1 … 5) under 一级 | 二级 | 三级 | 指标值 | 指标解释, ranges (90%-95%,
        3～5天) and a deadline. year = 合计; no 财政拨款 is printed: fiscal none.
xz_sn_accounts_self_evals_no_level2  西藏 山南 市直 部门决算: accounts tables, then two 项目支出
        绩效自评表 whose grid has no 二级 column (一级 | 三级 | 年度目标值 | 实际完成值 | 分值 | 得分 |
        偏差原因), money rows 年度资金总额 / 其中：中央财政资金 / 自治区财政资金 / 市级财政资金, 自评
        等级 优秀 / 良好.

Gold conventions (BLIND9's, with this set's rulings):

- target_raw is the 年度 value as printed; split columns are joined in reading order with no
  separator ("≥95%", "定性有效提升", "大于等于98%"); an empty unit cell adds nothing.
- ≥ / 不低于 / 不少于 / 大于等于 / 达到 N read ">=" (达到 N: met at N or more); ≤ / 不高于 / 不超过 /
  小于等于 / 控制在 N 以内 read "<="; ＞ / 大于 read ">"; ＜ / 小于 read "<"; ＝ / = / 等于 and a bare
  figure read "="; "90%-95%", "3～5天" are ranges; a deadline ("2025年10月31日前") stays raw with no
  comparator; a state is qualitative (定性 in a 指标性质 / 比较方式 column too).
- A level printed once on the first row of its group, with blank cells below, covers the rows
  down to the next printed level, as a human reads it.
- Money: fiscal is only the figure printed as 其中：财政拨款 / 其中：财政资金 / 财政拨款 小计; where a
  form prints only sources (中央补助, 区级预算资金, 自治区资金 …) fiscal is none, never their sum.
  An amount printed 0.00 is no amount (carried none). 项目总金额 / 项目总额 is ``total``; 本年预算 /
  当年预算 / 年度资金总额 / 资金总额 / 合计 of the year is ``year``. A 部门整体 form's money is not a
  project's: no project row.
- Self evaluations: budget = 全年预算数 (年度预算数) of the 年度资金总额 row or pair, executed = its
  全年执行数; score = the printed 自评得分 / 总分 (execution score + indicator scores); grade as
  printed, 优秀 / 良好 / 中等 / 较差 read 优 / 良 / 中 / 差. A project self evaluation gives the
  project's money: year = 全年预算数, fiscal = the 财政拨款 row's 全年预算数 where printed.
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
    """The front of a 部门预算: contents, 概况, 收支预算总表, 一般公共预算支出表, the forms' heading."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}负责贯彻落实本领域的方针政策和决策部署，承担相关行政管理和公共服务职责。",
        "二、部门预算单位构成。纳入本部门预算编制范围的单位包括部门机关及所属事业单位。",
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
    doc.pages.table(TableSpec(f"{year}年部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body,
                              ["l", "r", "l", "r"]))
    body = [plain_row([k, v, "", v]) for k, v in spending] + [plain_row(["合计", f"{total_out:,.2f}", "",
                                                                         f"{total_out:,.2f}"])]
    doc.pages.table(TableSpec(f"{year}年一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [200, 100, 100, 100],
                              [(0, 0, 1, 1, "功能分类科目"), (0, 1, 1, 1, "基本支出"), (0, 2, 1, 1, "项目支出"),
                               (0, 3, 1, 1, "合计")], 1, [plain_row([k, "", v, v]) for k, v in spending]
                              + [body[-1]], ["l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  预算绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}{year}年项目支出和部门整体支出均编制了绩效目标，具体如下表。",
    ])


def _rate_and_total(budget: str, executed: str, scores: list[str]) -> tuple[str, str, float]:
    """执行率 as printed, its score (10 at most) as printed, and the 总分."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b * 100
    rate_score = min(Decimal(10), (e / b * 10).quantize(Decimal("0.01")))
    total = rate_score + sum(Decimal(s) for s in scores)
    return f"{rate:.2f}%", f"{rate_score:.2f}", float(total)


# --------------------------------------------------------------------------- 内蒙古 包头


def layout_nmg_bt_budget_nature_value_measure_yuan(folder: Path, name: str) -> FileGold:
    dept = "包头市水务局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "6,420.80"), ("政府性基金预算拨款收入", "1,150.00"),
                                    ("事业收入", "86.40")],
                  [("节能环保支出", "2,310.60"), ("农林水支出", "5,346.60")])
    projects = [
        ("黄河干流水质监测", "150200251000012", "包头市水文水资源监测中心",
         ("4,800,000.00", "1,600,000.00", "1,400,000.00", "200,000.00", "0.00"),
         "完成黄河包头段12个断面水质监测，按期报送监测数据，为水资源保护提供依据。", [
             Ind("产出指标", "数量指标", "监测断面数", ("≥", "12", "个"), (">=", 12, "个"), "15"),
             Ind("产出指标", "数量指标", "水质监测频次", ("≥", "24", "次/年"), (">=", 24, "次/年"), "15"),
             Ind("产出指标", "质量指标", "监测数据准确率", ("≥", "98", "%"), (">=", 98, "%"), "15"),
             Ind("产出指标", "时效指标", "监测报告报送时限", ("≤", "5", "个工作日"), ("<=", 5, "个工作日"), "10"),
             Ind("成本指标", "经济成本指标", "单断面年监测成本", ("≤", "11", "万元"), ("<=", 11, "万元"), "10"),
             Ind("效益指标", "生态效益指标", "国考断面水质达标率", ("＝", "100", "%"), ("=", 100, "%"), "15"),
             Ind("效益指标", "可持续影响指标", "水资源保护预警能力", ("定性", "有效提升", ""), Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "用水单位满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
         ]),
        ("城区供水管网改造", "150200251000027", "包头市供排水事务中心",
         ("2,350,000.00", "2,350,000.00", "2,350,000.00", "0.00", "0.00"),
         "改造老旧供水管网8公里，降低管网漏损率，保障城区供水安全。", [
             Ind("产出指标", "数量指标", "改造供水管网长度", ("≥", "8", "公里"), (">=", 8, "公里"), "20"),
             Ind("产出指标", "质量指标", "工程验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "工程完工时间", ("≤", "10", "月"), ("<=", 10, "月"), "10"),
             Ind("成本指标", "经济成本指标", "每公里改造成本", ("≤", "29.4", "万元"), ("<=", 29.4, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "管网漏损率", ("≤", "9", "%"), ("<=", 9, "%"), "15"),
             Ind("效益指标", "社会效益指标", "受益居民户数", ("≥", "6500", "户"), (">=", 6500, "户"), "15"),
             Ind("满意度指标", "服务对象满意度指标", "受益居民满意度", ("≥", "92", "%"), (">=", 92, "%"), "15"),
         ]),
    ]
    widths = [56, 60, 76, 72, 72, 72, 56, 44]
    for project, code, unit_name, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 3, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金")
        for c, cs, head in ((1, 2, "项目总金额"), (3, 1, "本年预算"), (4, 1, "其中：财政拨款"), (5, 1, "上年结转"),
                            (6, 2, "其他资金")):
            rows.put(r, c, 1, cs, head)
            rows.put(r + 1, c, 1, cs, money[[1, 3, 4, 5, 6].index(c)])
        rows.add((0, 1, "年度绩效目标"), (1, 7, goal))
        rows.add(*[(c, cs, t) for c, cs, t in ((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"),
                                                 (4, 1, "指标性质"), (5, 1, "指标值"), (6, 1, "度量单位"),
                                                 (7, 1, "权重"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.target[0]), (5, 1, i.target[1]),
                                                (6, 1, i.target[2]), (7, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"（{year}年度）",
                             unit_raw="单位：元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        total, yr, fiscal, carried, _ = money
        doc.gold.project(project, "元", code=code, total=total, year=yr, fiscal=fiscal,
                         carried=None if carried == "0.00" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 鞍山 铁东区


def layout_ln_as_district_self_eval_source_rows(folder: Path, name: str) -> FileGold:
    dept = "鞍山市铁东区住房和城乡建设局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("老旧小区供热管网改造", "鞍山市铁东区供热服务中心",
         ("386.50", "372.18"), [("其中：中央补助", "120.00", "120.00"), ("省补助", "", ""), ("市补助", "80.00", "80.00"),
                                ("区级预算资金", "186.50", "172.18"), ("其他资金", "", "")],
         ("完成12个老旧小区供热管网改造，供热达标率不低于95%。", "完成12个小区改造，供热达标率97%，个别小区附属工程结转下年。"),
         "良", [
             Ind("产出指标", "数量指标", "改造小区数量", "12个", ("=", 12, "个"), "15", "12个", "15"),
             Ind("产出指标", "数量指标", "改造管网长度", "达到18公里", (">=", 18, "公里"), "15", "16.2公里", "12",
                 "一处管线迁改涉及燃气管道，调整至下年实施"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标", "时效指标", "供热季前完工率", "≥95%", (">=", 95, "%"), "10", "91%", "7",
                 "两处小区附属工程受雨季影响延期，已督促施工单位倒排工期"),
             Ind("效益指标", "社会效益指标", "室温达标率", "≥95%", (">=", 95, "%"), "15", "97%", "15"),
             Ind("效益指标", "可持续影响指标", "管网运行安全水平", "明显提高", Q, "10", "明显提高", "9"),
             Ind("满意度指标", "社会公众或服务对象满意度指标", "居民满意度", "≥90%", (">=", 90, "%"), "15", "88%", "12",
                 "部分居民对施工期间道路占用有意见，下年加强施工组织和告知"),
         ]),
        ("城市建成区道路维修", "鞍山市铁东区市政设施维护中心",
         ("215.00", "215.00"), [("其中：中央补助", "", ""), ("省补助", "", ""), ("市补助", "", ""),
                                ("区级预算资金", "215.00", "215.00"), ("其他资金", "", "")],
         ("维修辖区破损道路，保障市民出行安全。", "维修道路3.2万平方米，坑槽修复及时。"),
         "优", [
             Ind("产出指标", "数量指标", "道路维修面积", "≥3万平方米", (">=", 3, "万平方米"), "20", "3.2万平方米", "20"),
             Ind("产出指标", "质量指标", "维修工程合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "坑槽修复时限", "≤48小时", ("<=", 48, "小时"), "15", "36小时", "15"),
             Ind("效益指标", "社会效益指标", "道路完好率", "达到92%", (">=", 92, "%"), "20", "94%", "20"),
             Ind("满意度指标", "社会公众或服务对象满意度指标", "市民出行满意度", "≥85%", (">=", 85, "%"), "20", "90%", "19"),
         ]),
    ]
    widths = [40, 50, 58, 80, 56, 56, 34, 40, 96]
    for project, unit_name, (budget, executed), sources, goal, grade, inds in evals:
        rate, rate_score, total = _rate_and_total(budget, executed, [i.score for i in inds])
        rows = _Rows()
        rows.add((0, 2, "自评时间：2025年4月"), (2, 2, "自评等级"), (4, 1, grade), (5, 2, "自评得分"),
                 (7, 2, f"{total:.2f}"))
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 2 + len(sources), 1, "项目资金（10分）")
        for c, cs, head in ((1, 3, ""), (4, 1, "全年预算数（A）"), (5, 1, "全年执行数（B）"), (6, 2, "预算执行率（B/A）"),
                            (8, 1, "自评分")):
            rows.put(r, c, 1, cs, head)
        rows.put(r + 1, 1, 1, 3, "年度资金总额：")
        rows.put(r + 1, 4, 1, 1, budget)
        rows.put(r + 1, 5, 1, 1, executed)
        rows.put(r + 1, 6, 1, 2, rate)
        rows.put(r + 1, 8, 1, 1, rate_score)
        for k, (label, a, b) in enumerate(sources, 2):
            rate_k = f"{Decimal(b) / Decimal(a) * 100:.2f}%" if a else ""
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 1, a)
            rows.put(r + k, 5, 1, 1, b)
            rows.put(r + k, 6, 1, 2, rate_k)
            rows.put(r + k, 8, 1, 1, "")
        r = rows.n
        rows.put(r, 0, 2, 1, "总体目标")
        rows.put(r, 1, 1, 4, "年初设定目标")
        rows.put(r, 5, 1, 4, "全年实际完成情况")
        rows.put(r + 1, 1, 1, 4, goal[0])
        rows.put(r + 1, 5, 1, 4, goal[1])
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标（90分）")
        for k, head in enumerate(("一级指标", "二级指标", "指标内容", "年度目标值", "全年完成值", "分值", "自评分",
                                  "未完成原因和改进措施")):
            rows.put(r, 1 + k, 1, 1, head)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 1, i.note or "无")])
        rows.add((0, 2, "说明"), (2, 7, "无"))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, round(total, 2), grade)
        doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林 通化 辉南县


def layout_jl_th_county_dept_wide_words_fund_subheads(folder: Path, name: str) -> FileGold:
    dept = "辉南县农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门整体及项目支出绩效目标表", dept, year)
    inds = [
        Ind("产出指标", "数量指标", "高标准农田建设面积", "不少于1.2万亩", (">=", 1.2, "万亩"), "15"),
        Ind("产出指标", "数量指标", "农业技术培训场次", "不少于20场次", (">=", 20, "场次"), "10"),
        Ind("产出指标", "质量指标", "农产品质量安全抽检合格率", "达到98%", (">=", 98, "%"), "15"),
        Ind("产出指标", "时效指标", "春耕物资调运完成时间", "2025年4月20日前", (None, None, None), "10"),
        Ind("产出指标", "成本指标", "“三公”经费支出增长率", "控制在0%以内", ("<=", 0, "%"), "10"),
        Ind("效益指标", "经济效益指标", "农村居民人均可支配收入增幅", "不低于6%", (">=", 6, "%"), "10"),
        Ind("效益指标", "生态效益指标", "化肥使用量", "较上年有所减少", Q, "10"),
        Ind("效益指标", "可持续影响指标", "病死畜禽无害化处理时限", "不超过24小时", ("<=", 24, "小时"), "10"),
        Ind("满意度指标", "服务对象满意度指标", "农户满意度", "达到90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "年度预算资金（万元）")
    for c, cs, head, value in ((1, 2, "资金总额", "4,862.30"), (3, 1, "基本支出", "1,236.80"),
                               (4, 2, "项目支出", "3,625.50")):
        rows.put(r, c, 1, cs, head)
        rows.put(r + 1, c, 1, cs, value)
    r = rows.n
    tasks = [("高标准农田建设", "新建高标准农田1.2万亩，完善田间灌排设施。"),
             ("农业技术推广", "开展玉米、水稻绿色高产技术培训和示范。"),
             ("动物疫病防控", "开展春秋两季重大动物疫病集中免疫。")]
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 2, "任务名称")
    rows.put(r, 3, 1, 3, "主要内容")
    for k, (t, c) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 2, t)
        rows.put(r + k, 3, 1, 3, c)
    rows.add((0, 1, "年度绩效目标"), (1, 5, "稳定粮食生产，推进农业绿色发展，提高农产品质量安全水平，促进农民持续增收。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [84, 90, 80, 92, 110, 50], title="部门（单位）整体支出绩效目标表",
                         editor=f"（{year}年度）", kind="department_performance_targets"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("高标准农田建设项目", "辉南县农田建设服务中心", ("1,800.00", "1,500.00", "1,200.00", "300.00", "300.00"),
         "建成高标准农田1.2万亩，亩均粮食产能提高50公斤以上。", [
             Ind("产出指标", "数量指标", "建成高标准农田面积", "≥1.2万亩", (">=", 1.2, "万亩")),
             Ind("产出指标", "质量指标", "工程质量验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "项目完工时间", "2025年10月31日前", (None, None, None)),
             Ind("产出指标", "成本指标", "亩均建设成本", "≤1500元", ("<=", 1500, "元")),
             Ind("效益指标", "经济效益指标", "亩均粮食产能提高", "≥50公斤", (">=", 50, "公斤")),
             Ind("效益指标", "可持续影响指标", "工程设计使用年限", "≥15年", (">=", 15, "年")),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农业社会化服务补助", "辉南县农业技术推广中心", ("265.00", "265.00", "265.00", "", ""),
         "支持社会化服务组织开展托管服务，托管面积不少于3万亩。", [
             Ind("产出指标", "数量指标", "农业生产托管服务面积", "≥3万亩", (">=", 3, "万亩")),
             Ind("产出指标", "数量指标", "扶持服务组织数量", "≥15个", (">=", 15, "个")),
             Ind("产出指标", "质量指标", "补助资金发放准确率", "100%", ("=", 100, "%")),
             Ind("效益指标", "经济效益指标", "托管亩均节本增效", "≥80元", (">=", 80, "元")),
             Ind("满意度指标", "服务对象满意度指标", "托管农户满意度", "≥85%", (">=", 85, "%")),
         ]),
    ]
    for project, unit_name, money, goal, pinds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 3, 1, "项目资金（万元）")
        rows.put(r, 1, 2, 1, "资金总额")
        rows.put(r, 2, 1, 3, "财政拨款")
        rows.put(r, 5, 2, 1, "其他资金")
        for c, head in ((2, "小计"), (3, "一般公共预算"), (4, "政府性基金")):
            rows.put(r + 1, c, 1, 1, head)
        for c, value in enumerate(money, 1):
            rows.put(r + 2, c, 1, 1, value)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [84, 84, 80, 86, 86, 86], title="项目支出绩效目标表",
                             editor=f"（{year}年度）"), fresh_page=True)
        for ind in pinds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=money[0], fiscal=money[1] or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 黑龙江 佳木斯


def layout_hlj_jms_accounts_dept_self_eval_nature_rows(folder: Path, name: str) -> FileGold:
    dept = "佳木斯市市场监督管理局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "5,318.46"), ("二、其他收入", "42.10")],
                    [("一、一般公共服务支出", "4,902.16"), ("二、社会保障和就业支出", "458.40")])
    inds = [
        Ind("产出指标", "数量指标", "食品安全监督抽检批次", "≥3000批次", (">=", 3000, "批次"), "15", "3216批次", "15"),
        Ind("产出指标", "数量指标", "特种设备检验台数", "≥5000台", (">=", 5000, "台"), "10", "4620台", "7",
            "部分停用设备未纳入检验"),
        Ind("产出指标", "质量指标", "投诉举报按时办结率", "≥98%", (">=", 98, "%"), "15", "96.5%", "12",
            "复杂投诉需多部门会商，加强协调"),
        Ind("产出指标", "时效指标", "企业开办时间", "≤1个工作日", ("<=", 1, "个工作日"), "10", "0.5个工作日", "10"),
        Ind("效益指标", "社会效益指标", "重大食品安全事故", "0起", ("=", 0, "起"), "15", "0起", "15"),
        Ind("效益指标", "经济效益指标", "新增市场主体户数", "≥1.5万户", (">=", 1.5, "万户"), "10", "1.38万户", "8",
            "受市场环境影响，个体工商户新增放缓"),
        Ind("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", (">=", 90, "%"), "15", "88%", "12", "窗口高峰期等候时间偏长"),
    ]
    budget, executed = "5,480.20", "5,360.56"
    rate, rate_score, total = _rate_and_total(budget, executed, [i.score for i in inds])
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 7, dept))
    r = rows.n
    rows.put(r, 0, 7, 1, "年度预算执行情况（万元）")
    for c, cs, head in ((1, 2, ""), (3, 1, "年初预算数"), (4, 1, "全年预算数"), (5, 1, "全年执行数"), (6, 1, "分值"),
                        (7, 1, "执行率"), (8, 1, "得分")):
        rows.put(r, c, 1, cs, head)
    lines = [("年度资金总额", "5,216.00", budget, executed, "10", rate, rate_score),
             ("按收入性质分：财政拨款", "5,180.00", "5,438.10", "5,318.46", "—", "—", "—"),
             ("其他资金", "36.00", "42.10", "42.10", "—", "—", "—"),
             ("按支出性质分：基本支出", "3,920.00", "4,016.70", "4,016.70", "—", "—", "—"),
             ("项目支出", "1,296.00", "1,463.50", "1,343.86", "—", "—", "—")]
    for k, line in enumerate(lines, 1):
        rows.put(r + k, 1, 1, 2, line[0])
        for j, v in enumerate(line[1:]):
            rows.put(r + k, 3 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, "强化食品、药品、特种设备安全监管，优化营商环境，维护市场秩序。")
    rows.put(r + 1, 5, 1, 4, "全年完成抽检3216批次，未发生重大安全事故，新增市场主体1.38万户。")
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因分析及改进措施", "备注"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note), (8, 1, "")])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
    rows.add((0, 5, "评价等级"), (5, 4, "良好"))
    doc.pages.grid(_spec(rows.cells, rows.n, [50, 54, 80, 62, 62, 34, 40, 92, 36], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, round(total, 2), "良")

    project = "食品安全抽检监测"
    pinds = [
        Ind("产出指标", "数量指标", "抽检样品批次", "≥3000批次", (">=", 3000, "批次"), "20", "3216批次", "20"),
        Ind("产出指标", "质量指标", "抽检任务完成率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "不合格产品核查处置时限", "≤30日", ("<=", 30, "日"), "15", "25日", "15"),
        Ind("效益指标", "社会效益指标", "问题产品风险控制", "及时有效", Q, "20", "及时有效", "20"),
        Ind("满意度指标", "服务对象满意度指标", "群众对食品安全满意度", "≥85%", (">=", 85, "%"), "20", "87%", "19.5"),
    ]
    pb, pe = "310.00", "306.90"
    prate, prate_score, ptotal = _rate_and_total(pb, pe, [i.score for i in pinds])
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 6, project))
    rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, "佳木斯市食品药品检验检测中心"))
    rows.add((0, 1, "年度预算数（万元）"), (1, 1, pb), (2, 1, "全年执行数（万元）"), (3, 1, pe), (4, 1, "执行率"),
             (5, 1, prate), (6, 1, "分值／得分"), (7, 1, f"10／{prate_score}"))
    rows.add((0, 2, "年度目标完成情况"), (2, 6, "完成抽检样品3216批次，不合格产品均按时核查处置。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因"))])
    _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                             (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{ptotal:.2f}"), (7, 1, ""))
    rows.add((0, 5, "评价等级"), (5, 3, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, [66, 64, 84, 64, 64, 50, 52, 66], title="项目支出绩效自评表",
                         editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
    for ind in pinds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", pb, pe, round(ptotal, 2), "优")
    doc.gold.project(project, "万元", year=pb)
    return doc.save(folder)


# --------------------------------------------------------------------------- 陕西 汉中


def layout_sn_hz_budget_landscape_list_method_words(folder: Path, name: str) -> FileGold:
    dept = "汉中市文化和旅游局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "3,860.25"), ("事业收入", "412.00")],
                  [("文化旅游体育与传媒支出", "3,918.25"), ("社会保障和就业支出", "354.00")])
    G, L, E, D = "大于等于", "小于等于", "等于", "定性"
    projects = [
        ("汉文化旅游推广", "1,200,000.00", "1,200,000.00", "开展汉文化主题推广活动，提升汉中旅游知名度。", [
            Ind("产出指标", "数量指标", "主题推广活动场次", (G, "6", "场"), (">=", 6, "场")),
            Ind("产出指标", "数量指标", "新媒体宣传阅读量", (G, "500", "万次"), (">=", 500, "万次")),
            Ind("产出指标", "质量指标", "活动方案审核通过率", (E, "100", "%"), ("=", 100, "%")),
            Ind("产出指标", "时效指标", "推广活动完成时限", (L, "11", "月"), ("<=", 11, "月")),
            Ind("效益指标", "经济效益指标", "接待游客人次增长率", (G, "8", "%"), (">=", 8, "%")),
            Ind("满意度指标", "服务对象满意度指标", "游客满意度", (G, "90", "%"), (">=", 90, "%")),
        ]),
        ("公共图书馆免费开放", "860,000.00", "680,000.00", "保障市图书馆免费开放，丰富群众文化生活。", [
            Ind("产出指标", "数量指标", "年开放天数", (G, "300", "天"), (">=", 300, "天")),
            Ind("产出指标", "数量指标", "新增馆藏图书", (G, "2", "万册"), (">=", 2, "万册")),
            Ind("产出指标", "质量指标", "借阅服务差错率", (L, "0.5", "%"), ("<=", 0.5, "%")),
            Ind("效益指标", "社会效益指标", "全民阅读氛围", (D, "明显增强", ""), Q),
            Ind("效益指标", "可持续影响指标", "免费开放服务机制", (D, "长期有效", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "读者满意度", (G, "92", "%"), (">=", 92, "%")),
        ]),
        ("文物安全巡查保护", "540,000.00", "540,000.00", "开展不可移动文物日常巡查，消除安全隐患。", [
            Ind("产出指标", "数量指标", "巡查文物点数量", (G, "260", "处"), (">=", 260, "处")),
            Ind("产出指标", "质量指标", "安全隐患整改率", (E, "100", "%"), ("=", 100, "%")),
            Ind("产出指标", "时效指标", "隐患发现报告时间", (L, "24", "小时"), ("<=", 24, "小时")),
            Ind("效益指标", "社会效益指标", "文物安全事故", (E, "0", "起"), ("=", 0, "起")),
            Ind("满意度指标", "服务对象满意度指标", "文物点所在地群众满意度", (G, "85", "%"), (">=", 85, "%")),
        ]),
    ]
    heads = ["序号", "项目名称", "资金总额", "其中：财政拨款", "年度绩效目标", "一级指标", "二级指标", "三级指标",
             "比较方式", "目标值", "计量单位"]
    rows = _Rows()
    rows.add(*[(k, 1, h) for k, h in enumerate(heads)])
    for n, (project, year_amt, fiscal, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.target[0]), (9, 1, i.target[1]),
                                                (10, 1, i.target[2])])
        for c, text in ((0, str(n)), (1, project), (2, year_amt), (3, fiscal), (4, goal)):
            rows.put(r0, c, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=year_amt, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [28, 76, 76, 76, 120, 52, 60, 110, 52, 44, 46],
                         title=f"{year}年项目支出绩效目标表", editor=f"部门名称：{dept}", unit_raw="单位：元",
                         landscape=True), repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 天水 秦州区


def layout_gs_ts_district_two_forms_a_page_pairs(folder: Path, name: str) -> FileGold:
    dept = "天水市秦州区卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("基本公共卫生服务", ("1,460.00", "1,460.00", "1,320.00"), "为辖区居民免费提供基本公共卫生服务。", [
            Ind("产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", (">=", 90, "%")),
            Ind("产出指标", "数量指标", "65岁及以上老年人健康管理率", "≥62%", (">=", 62, "%")),
            Ind("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", (">=", 65, "%")),
            Ind("效益指标", "社会效益指标", "居民健康素养水平", "逐步提高", Q),
            Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("村卫生室运行补助", ("420.00", "140.00", "140.00"), "保障村卫生室正常运转，方便群众就近就医。", [
            Ind("产出指标", "数量指标", "补助村卫生室个数", "126个", ("=", 126, "个")),
            Ind("产出指标", "时效指标", "补助资金拨付时间", "2025年6月30日前", (None, None, None)),
            Ind("产出指标", "成本指标", "每个村卫生室补助标准", "≤1.2万元", ("<=", 1.2, "万元")),
            Ind("效益指标", "社会效益指标", "村卫生室正常运行率", "100%", ("=", 100, "%")),
            Ind("满意度指标", "服务对象满意度指标", "乡村医生满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("妇幼健康服务", ("96.50", "96.50", "80.00"), "开展孕产妇和儿童健康管理，降低孕产妇和婴儿死亡率。", [
            Ind("产出指标", "数量指标", "孕产妇系统管理率", "≥90%", (">=", 90, "%")),
            Ind("产出指标", "质量指标", "新生儿遗传代谢性疾病筛查率", "≥98%", (">=", 98, "%")),
            Ind("效益指标", "社会效益指标", "孕产妇死亡率", "≤15/10万", ("<=", 15, "/10万")),
            Ind("效益指标", "社会效益指标", "婴儿死亡率", "≤5‰", ("<=", 5, "‰")),
            Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    for k, (project, (total, yr, fiscal), goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "项目总额"), (1, 1, total), (2, 1, "当年预算"), (3, 1, yr), (4, 1, "其中：财政资金"), (5, 1, fiscal))
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "目标值"))
        r0 = rows.n
        prev = None
        for ind in inds:
            rows.add((0, 1, ind.l1 if ind.l1 != prev else ""), (2, 2, ind.name), (4, 2, ind.raw))
            prev = ind.l1
        i = 0
        while i < len(inds):  # 二级 merged over its rows
            j = i
            while j < len(inds) and (inds[j].l1, inds[j].l2) == (inds[i].l1, inds[i].l2):
                j += 1
            rows.put(r0 + i, 1, j - i, 1, inds[i].l2)
            i = j
        doc.pages.grid(_spec(rows.cells, rows.n, [76, 84, 80, 80, 96, 84], title="项目支出绩效目标表",
                             editor=f"单位：{dept}　　金额单位：万元"), fresh_page=k % 2 == 0)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=yr, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 青海 海西 格尔木市


def layout_qh_hx_county_self_eval_landscape_yuan(folder: Path, name: str) -> FileGold:
    dept = "格尔木市教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评报告", dept, year)
    evals = [
        ("学前教育保教费补助", "格尔木市教育局",
         ("3,286,400.00", "3,150,000.00", "3,286,400.00", "3,150,000.00", "", ""), "优", [
            Ind("产出指标", "数量指标", "受助幼儿人数", "≥4100人", (">=", 4100, "人"), "20", "4108人", "20"),
            Ind("产出指标", "质量指标", "资助对象认定准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "资金发放及时率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("效益指标", "社会效益指标", "学前三年毛入园率", "≥92%", (">=", 92, "%"), "20", "93.5%", "20"),
            Ind("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", (">=", 90, "%"), "20", "95%", "20"),
        ]),
        ("中小学校舍维修改造", "格尔木市教育基建服务中心",
         ("5,600,000.00", "4,800,000.00", "4,800,000.00", "4,200,000.00", "800,000.00", "600,000.00"), "良", [
            Ind("产出指标", "数量指标", "维修改造校舍面积", "≥1.8万平方米", (">=", 1.8, "万平方米"), "20", "1.6万平方米", "16",
                "两所学校冬季停工", ),
            Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "开学前完工率", "≥90%", (">=", 90, "%"), "15", "80%", "11",
                "高原施工期短，部分工程顺延"),
            Ind("效益指标", "社会效益指标", "校舍安全隐患", "基本消除", Q, "20", "基本消除", "18"),
            Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥85%", (">=", 85, "%"), "20", "86%", "18"),
        ]),
    ]
    fixes = {"两所学校冬季停工": "合理安排施工窗口期", "高原施工期短，部分工程顺延": "提前完成招标，开春即开工"}
    widths = [58, 64, 100, 74, 74, 50, 36, 36, 110, 110]
    for project, unit_name, (budget, executed, fiscal, fiscal_done, other, other_done), grade, inds in evals:
        rate, rate_score, total = _rate_and_total(budget, executed, [i.score for i in inds])
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 1, "实施单位"), (6, 4, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "预算资金（元）")
        for c, cs, head in ((1, 2, ""), (3, 1, "全年预算数"), (4, 1, "全年执行数"), (5, 1, "执行率"), (6, 2, "分值"),
                            (8, 2, "得分")):
            rows.put(r, c, 1, cs, head)
        lines = [("年度资金总额", budget, executed, rate, "10", rate_score),
                 ("其中：财政拨款", fiscal, fiscal_done, "", "—", "—"),
                 ("其他资金", other, other_done, "", "—", "—")]
        for k, line in enumerate(lines, 1):
            for c, cs, v in zip((1, 3, 4, 5, 6, 8), (2, 1, 1, 1, 2, 2), line):
                rows.put(r + k, c, 1, cs, v)
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "偏差率", "分值", "得分", "偏差原因", "改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, ""),
                                                (6, 1, i.weight), (7, 1, i.score), (8, 1, i.note),
                                                (9, 1, fixes.get(i.note, ""))])
        rows.add((0, 6, "合计"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 2, ""))
        rows.add((0, 6, "绩效等级"), (6, 4, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             landscape=True, kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, round(total, 2), grade)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 宁夏 石嘴山


def layout_nx_szs_budget_money_label_rows_weights(folder: Path, name: str) -> FileGold:
    dept = "石嘴山市生态环境局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "2,146.70"), ("政府性基金预算拨款收入", "300.00")],
                  [("节能环保支出", "2,216.70"), ("社会保障和就业支出", "230.00")])
    projects = [
        ("大气污染防治监测", ("350.00", "300.00", "50.00", "0.00"), "开展环境空气质量自动监测和重点污染源监测。", [
            Ind("成本指标", "经济成本指标", "单个站点运维成本", "不高于18万元", ("<=", 18, "万元"), "10"),
            Ind("产出指标", "数量指标", "空气自动监测站点数", "≥14个", (">=", 14, "个"), "15"),
            Ind("产出指标", "数量指标", "重点污染源监测频次", "≥4次/年", (">=", 4, "次/年"), "10"),
            Ind("产出指标", "质量指标", "监测数据有效率", "≥90%", (">=", 90, "%"), "15"),
            Ind("产出指标", "时效指标", "超标数据预警时限", "≤1小时", ("<=", 1, "小时"), "10"),
            Ind("效益指标", "生态效益指标", "空气质量优良天数比率", "≥80%", (">=", 80, "%"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "公众满意度", "≥85%", (">=", 85, "%"), "20"),
        ]),
        ("黄河流域入河排污口整治", ("280.00", "280.00", "0.00", "0.00"), "完成入河排污口整治，改善黄河石嘴山段水质。", [
            Ind("成本指标", "经济成本指标", "排污口整治平均成本", "≤7万元/个", ("<=", 7, "万元/个"), "10"),
            Ind("产出指标", "数量指标", "整治入河排污口数量", "＝40个", ("=", 40, "个"), "20"),
            Ind("产出指标", "质量指标", "整治验收合格率", "＝100%", ("=", 100, "%"), "15"),
            Ind("产出指标", "时效指标", "整治完成时间", "2025年11月30日前", (None, None, None), "10"),
            Ind("效益指标", "生态效益指标", "黄河出境断面水质", "稳定保持Ⅱ类", Q, "25"),
            Ind("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
        ("土壤污染状况详查", ("120.00", "85.00", "35.00", "0.00"), "完成重点建设用地土壤污染状况调查。", [
            Ind("成本指标", "经济成本指标", "地块调查成本", "不高于4万元/块", ("<=", 4, "万元/块"), "10"),
            Ind("产出指标", "数量指标", "调查地块数量", "≥30块", (">=", 30, "块"), "20"),
            Ind("产出指标", "质量指标", "调查报告评审通过率", "＝100%", ("=", 100, "%"), "20"),
            Ind("效益指标", "社会效益指标", "受污染耕地安全利用率", "≥93%", (">=", 93, "%"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "土地使用权人满意度", "≥85%", (">=", 85, "%"), "20"),
        ]),
    ]
    for project, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 4, dept))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        for k, (label, v) in enumerate(zip(("年度资金总额", "其中：财政资金", "上年结转资金", "其他资金"), money)):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, v)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重（%）"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [90, 100, 140, 120, 60], title="项目支出绩效目标表",
                             editor=f"（{year}年度）"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        yr, fiscal, carried, _ = money
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal, carried=None if carried == "0.00" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 新疆 喀什 疏勒县


def layout_xj_ks_county_source_list_column_numbers(folder: Path, name: str) -> FileGold:
    dept = "疏勒县水利局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标申报表", dept, year)
    projects = [
        ("农村供水保障工程", [("中央资金", "2,000,000.00"), ("自治区资金", "1,200,000.00"), ("地区资金", ""),
                              ("县级资金", "450,000.00")], "3,650,000.00",
         "新建和改造农村供水管网，提升农村自来水普及率和供水保证率。", [
             Ind("产出指标", "数量指标", "新建改造供水管网", "≥46公里", (">=", 46, "公里"), note="以竣工验收资料为准"),
             Ind("产出指标", "数量指标", "受益行政村数量", "18个", ("=", 18, "个"), note="项目实施方案确定"),
             Ind("产出指标", "质量指标", "水质检测合格率", "90%-95%", ("range", 90, "%", 95), note="水厂出厂水检测报告"),
             Ind("产出指标", "时效指标", "工程完工时间", "2025年10月31日前", (None, None, None), note="按合同工期"),
             Ind("效益指标", "社会效益指标", "农村自来水普及率", "≥98%", (">=", 98, "%"), note="县水利统计年报"),
             Ind("效益指标", "可持续影响指标", "工程运行管护机制", "建立健全", Q, note="管护制度印发"),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), note="问卷调查"),
         ]),
        ("灌区渠道防渗改造", [("中央资金", "1,500,000.00"), ("自治区资金", ""), ("地区资金", "300,000.00"),
                              ("县级资金", "200,000.00")], "2,000,000.00",
         "改造灌区渠道，提高灌溉水利用系数。", [
             Ind("产出指标", "数量指标", "防渗渠道长度", "≥12公里", (">=", 12, "公里"), note="以竣工验收资料为准"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), note="验收报告"),
             Ind("产出指标", "时效指标", "渠道故障修复时间", "3～5天", ("range", 3, "天", 5), note="灌溉期巡查记录"),
             Ind("效益指标", "经济效益指标", "新增节水量", "≥180万立方米", (">=", 180, "万立方米"), note="测算报告"),
             Ind("效益指标", "生态效益指标", "灌溉水利用系数", "≥0.58", (">=", 0.58, None), note="水资源公报"),
             Ind("满意度指标", "服务对象满意度指标", "灌区农户满意度", "≥85%", (">=", 85, "%"), note="问卷调查"),
         ]),
    ]
    for project, sources, total, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "项目类别"), (4, 1, "经常性项目"))
        r = rows.n
        rows.put(r, 0, len(sources) + 2, 1, "项目资金")
        rows.put(r, 1, 1, 2, "资金来源")
        rows.put(r, 3, 1, 2, "金额（元）")
        for k, (label, v) in enumerate(sources + [("合计", total)], 1):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, v)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "指标解释"))
        rows.add(*[(k, 1, str(k + 1)) for k in range(5)])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, [84, 96, 120, 104, 110], title="项目支出绩效目标申报表",
                             editor=f"（{year}年度）　填报单位：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=total)
    return doc.save(folder)


# --------------------------------------------------------------------------- 西藏 山南


def layout_xz_sn_accounts_self_evals_no_level2(folder: Path, name: str) -> FileGold:
    dept = "山南市农业农村局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "8,236.54"), ("二、其他收入", "15.00")],
                    [("一、农林水支出", "7,860.04"), ("二、社会保障和就业支出", "391.50")])
    evals = [
        ("青稞良种推广补贴", ("1,250.00", "1,250.00", "1,236.80"),
         [("其中：中央财政资金", "900.00", "900.00"), ("自治区财政资金", "300.00", "286.80"),
          ("市级财政资金", "50.00", "50.00")], "优秀", [
             Ind("产出指标", None, "良种推广面积", "≥25万亩", (">=", 25, "万亩"), "20", "26.3万亩", "20"),
             Ind("产出指标", None, "补贴资金兑付率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", None, "良种纯度", "≥96%", (">=", 96, "%"), "15", "97%", "15"),
             Ind("效益指标", None, "青稞单产增幅", "≥3%", (">=", 3, "%"), "20", "3.4%", "20"),
             Ind("满意度指标", None, "种植户满意度", "≥90%", (">=", 90, "%"), "20", "93%", "20"),
         ]),
        ("牦牛养殖技术服务", ("420.00", "420.00", "395.00"),
         [("其中：中央财政资金", "", ""), ("自治区财政资金", "380.00", "360.00"), ("市级财政资金", "40.00", "35.00")],
         "良好", [
             Ind("产出指标", None, "技术培训牧民人次", "≥2000人次", (">=", 2000, "人次"), "20", "1860人次", "17",
                 "部分乡镇牧民转场，培训人次未达目标"),
             Ind("产出指标", None, "养殖示范点", "10个", ("=", 10, "个"), "15", "10个", "15"),
             Ind("产出指标", None, "疫病防治技术到位率", "≥95%", (">=", 95, "%"), "15", "96%", "15"),
             Ind("效益指标", None, "牦牛出栏率", "较上年提高", Q, "20", "提高2.1个百分点", "17", "出栏受价格影响偏慢"),
             Ind("满意度指标", None, "牧民满意度", "≥85%", (">=", 85, "%"), "20", "84%", "18", "服务覆盖偏远村不足"),
         ]),
    ]
    for project, (initial, budget, executed), sources, grade_word, inds in evals:
        rate, rate_score, total = _rate_and_total(budget, executed, [i.score for i in inds])
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, dept))
        r = rows.n
        rows.put(r, 0, 2 + len(sources), 1, "资金情况（万元）")
        for c, head in ((1, ""), (2, "年初预算数"), (3, "全年预算数"), (4, "全年执行数"), (5, "执行率"), (6, "得分（10分）")):
            rows.put(r, c, 1, 1, head)
        for c, v in enumerate(("年度资金总额", initial, budget, executed, rate, rate_score), 1):
            rows.put(r + 1, c, 1, 1, v)
        for k, (label, a, b) in enumerate(sources, 2):
            for c, v in enumerate((label, a, a, b, "", ""), 1):
                rows.put(r + k, c, 1, 1, v)
        rows.add((0, 1, "一级指标"), (1, 1, "三级指标"), (2, 1, "年度目标值"), (3, 1, "实际完成值"), (4, 1, "分值"),
                 (5, 1, "得分"), (6, 1, "偏差原因"))
        _grid_rows(rows, inds, 0, None, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, i.actual), (4, 1, i.weight),
                                                   (5, 1, i.score), (6, 1, i.note)])
        rows.add((0, 4, "自评得分"), (4, 3, f"{total:.2f}"))
        rows.add((0, 4, "自评等级"), (4, 3, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 96, 70, 74, 66, 54, 70], title="项目支出绩效自评表",
                             editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        grade = {"优秀": "优", "良好": "良"}[grade_word]
        doc.gold.self_evaluation(project, "万元", budget, executed, round(total, 2), grade)
        doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


BLIND18: dict[str, Builder] = {
    "nmg_bt_budget_nature_value_measure_yuan": layout_nmg_bt_budget_nature_value_measure_yuan,
    "ln_as_district_self_eval_source_rows": layout_ln_as_district_self_eval_source_rows,
    "jl_th_county_dept_wide_words_fund_subheads": layout_jl_th_county_dept_wide_words_fund_subheads,
    "hlj_jms_accounts_dept_self_eval_nature_rows": layout_hlj_jms_accounts_dept_self_eval_nature_rows,
    "sn_hz_budget_landscape_list_method_words": layout_sn_hz_budget_landscape_list_method_words,
    "gs_ts_district_two_forms_a_page_pairs": layout_gs_ts_district_two_forms_a_page_pairs,
    "qh_hx_county_self_eval_landscape_yuan": layout_qh_hx_county_self_eval_landscape_yuan,
    "nx_szs_budget_money_label_rows_weights": layout_nx_szs_budget_money_label_rows_weights,
    "xj_ks_county_source_list_column_numbers": layout_xj_ks_county_source_list_column_numbers,
    "xz_sn_accounts_self_evals_no_level2": layout_xz_sn_accounts_self_evals_no_level2,
}
SETS: dict[str, dict[str, Builder]] = {"blind18": BLIND18}


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
    """Write every layout of ``which`` ("blind18") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
