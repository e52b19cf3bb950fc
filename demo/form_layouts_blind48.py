"""BLIND48 performance forms: ten layouts as districts and counties of 贵州, 江西, 河南, 辽宁, 甘肃,
重庆, 吉林, 山西, 黑龙江 and 宁夏 print their 项目支出绩效目标表, 部门整体支出绩效目标表,
项目支出绩效自评表 and 部门整体支出绩效自评表, written by an author who had read neither the form
reader nor the earlier blind sets (only the gold helpers and page composer of ``form_layouts``,
the gold conventions of BLIND9's docstring and the brief's addendum). The weight is on the money
block: every project form prints its money, as finance bureaus print it in 2023-2025 disclosures.

gz_gy_budget_money_label_value_pairs  贵州 贵阳 district 部门预算: budget tables, then one
        项目支出绩效目标表 per project; 项目资金（万元） merged down the left, label | value |
        label | value pairs (年度资金总额 | … | 其中：财政拨款 | …, 上年结转 | … | 其他资金 | …),
        grid 一级 | 二级 | 三级 | 指标值 with glued signs
jx_nc_money_heads_one_row_yuan_split_unit  江西 南昌 county 项目支出绩效目标表 in 元 (单位：元 in
        the title line): heads 资金总额 | 财政拨款 | 上年结转 | 其他资金 over one row of figures with
        separators, grid with 指标值 | 计量单位 split, 分值
hen_zz_budget_source_grid_income_lines  河南 郑州 district 部门预算: a 资金来源 grid (资金来源 |
        金额（万元）) listing 合计, 一般公共预算财政拨款收入, 政府性基金预算财政拨款收入, 专项债券,
        中央补助, 其他资金 (some left blank or '—'); fiscal = the …财政拨款收入
        lines summed, a blank or '—' adding nothing
ln_sy_stacked_money_rows_unit_in_cell  辽宁 沈阳 district: stacked rows under a merged 项目资金
        cell, the figure written with 元 in its cell (2,360,000.00元), 本年财政资金 as the fiscal part,
        a 上年结转 of 0.00元 printed
gs_lz_accounts_self_evals_money_columns  甘肃 兰州 district 部门决算: accounts tables, a
        部门整体支出绩效自评表 (全年预算数 | 全年执行数 label pairs) then two 项目支出绩效自评表 with
        年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 columns over 年度资金总额 /
        其中：财政拨款 / 上年结转资金 / 其他资金 rows, 总分 and 自评等级
cq_yb_budget_landscape_list_money_columns  重庆 渝北 部门预算, landscape list: 项目名称 |
        项目资金（万元） over 合计 | 财政拨款 | 其他资金 | 年度绩效目标 | 一级 | 二级 | 三级 | 指标值,
        project and money cells merged down their rows, a column-number row
jl_cc_dept_wide_then_labels_above_values  吉林 长春 district: a 部门整体支出绩效目标表 (部门预算
        资金 heads over one row, no project), then project forms whose money labels sit above their
        values (年度资金总额 / 其中：财政资金 / 其他资金 heads in one row, figures in the next)
sx_ty_self_eval_label_pairs_yuan_grade_words  山西 太原 district 项目支出绩效自评表 in 元:
        年初预算数（元） | … | 全年预算数（元） | … | 全年执行数（元） | … pairs, 执行率 | 得分, target
        split 指标方向 | 指标值 | 度量单位, grade words (良好 / 优秀)
hlj_heb_budget_two_small_forms_a_page  黑龙江 哈尔滨 district 部门预算: small forms two to a page,
        money in one label | value row (资金总额 | … | 财政拨款 | … | 上年结转 | …) with 单位：万元
        in the line over the grid
nx_yc_landscape_self_eval_reason_split  宁夏 银川 district 项目支出绩效自评表 on landscape pages:
        money rows 年度资金总额 / 其中：财政资金 / 其他资金 under 年初预算数 | 全年预算数 | 全年执行数 |
        执行率 | 分值 | 得分, 偏差 split into 原因分析 | 改进措施, 总分 and 评价等级

Gold conventions: BLIND9's (see its docstring) and the addendum's: fiscal = the 财政拨款 /
财政资金 figure as printed (本年财政资金 included), or the sum of source lines named …财政拨款收入
(never 专项债券, 中央补助, 其他资金); a printed 0.00 上年结转 is "0.00"; 达到 N reads ">=".
This set's rulings: a figure printed with 元 in its cell is in 元; a project self evaluation
gives the project's money (year = 全年预算数 of 年度资金总额, fiscal = 全年预算数 of the
财政拨款 / 财政资金 row, carried = 全年预算数 of 上年结转资金 where a figure is printed).
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

P, E, S, C = "产出指标", "效益指标", "满意度指标", "成本指标"
NUM, QUA, TIM, ECO_C = "数量指标", "质量指标", "时效指标", "经济成本指标"
SOC, ECO, GRN, SUS, SAT = "社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"


def _budget_front(doc: FormDoc, dept: str, year: int, lines: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, 收支总表, 一般公共预算支出表, the 说明 page."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标表", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}负责贯彻执行国家和省、市有关方针政策和法律法规，承担本行业管理职责。",
        "二、部门预算单位构成。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
    ])
    total = sum(Decimal(v.replace(",", "")) for _, v in lines)
    body = [plain_row([a, v, a.replace("收入", "支出").replace("一般公共预算拨款", "一般公共服务"), v])
            for a, v in lines]
    body.append(plain_row(["收入总计", f"{total:,.2f}", "支出总计", f"{total:,.2f}"]))
    doc.pages.table(TableSpec("部门收支总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    body2 = [plain_row(["201", "一般公共服务支出", f"{total * Decimal('0.6'):,.2f}"]),
             plain_row(["208", "社会保障和就业支出", f"{total * Decimal('0.4'):,.2f}"]),
             plain_row(["", "合计", f"{total:,.2f}"])]
    doc.pages.table(TableSpec("一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [80, 260, 120],
                              [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "预算数")],
                              1, body2, ["l", "l", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标表", [
        f"按照预算绩效管理工作要求，{dept}{year}年项目支出全部编制绩效目标，现将重点项目绩效目标公开如下。",
    ])


def _rate(budget: str, executed: str) -> tuple[str, str, float]:
    """执行率 as printed, its score (10 points at most) as printed, the score as a number."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b
    score = min(Decimal(10), rate * 10).quantize(Decimal("0.01"))
    return f"{rate * 100:.2f}%", f"{score}", float(score)


# --------------------------------------------------------------------------- 贵州 贵阳


def layout_gz_gy_budget_money_label_value_pairs(folder: Path, name: str) -> FileGold:
    dept = "贵阳市云岩区农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "2,864.30"), ("事业收入", "120.00")])
    projects = [
        ("高标准农田建设管护经费", "52010325R000000012", "贵阳市云岩区农业技术推广站",
         ("320.00", "280.00", "40.00", "0.00"), "完成辖区高标准农田设施管护，保障灌排设施正常运行。", [
             Ind(P, NUM, "管护高标准农田面积", "≥1.2万亩", (">=", 1.2, "万亩")),
             Ind(P, NUM, "修复灌排渠道长度", "≥8公里", (">=", 8, "公里")),
             Ind(P, QUA, "管护设施完好率", "≥90%", (">=", 90, "%")),
             Ind(P, TIM, "管护任务完成时间", "2025年11月底前", (None, None, None)),
             Ind(C, ECO_C, "亩均管护成本", "≤260元/亩", ("<=", 260, "元/亩")),
             Ind(E, ECO, "粮食综合生产能力", "稳步提升", Q),
             Ind(S, SAT, "农户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农村人居环境整治提升", "52010325R000000027", "贵阳市云岩区农业农村局",
         ("186.50", "186.50", "0.00", "0.00"), "推进农村厕所革命和生活垃圾治理，改善村容村貌。", [
             Ind(P, NUM, "改造农村户厕数", "≥450户", (">=", 450, "户")),
             Ind(P, NUM, "配置垃圾收集设施", "≥120个", (">=", 120, "个")),
             Ind(P, QUA, "户厕改造验收合格率", "100%", ("=", 100, "%")),
             Ind(P, TIM, "资金拨付及时率", "≥95%", (">=", 95, "%")),
             Ind(E, SOC, "农村生活垃圾收运处置体系覆盖率", "达到95%", (">=", 95, "%")),
             Ind(E, SUS, "长效管护机制", "基本建立", Q),
             Ind(S, SAT, "村民满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("动物疫病防控经费", "52010325R000000035", "贵阳市云岩区动物疫病预防控制中心",
         ("96.80", "90.00", "0.00", "6.80"), "做好重大动物疫病强制免疫和监测，确保不发生区域性重大动物疫情。", [
             Ind(P, NUM, "强制免疫畜禽数量", "≥15万头", (">=", 15, "万头")),
             Ind(P, NUM, "疫病监测采样数", "≥3000份", (">=", 3000, "份")),
             Ind(P, QUA, "应免畜禽免疫密度", "≥90%", (">=", 90, "%")),
             Ind(P, TIM, "疫情报告时限", "≤2小时", ("<=", 2, "小时")),
             Ind(E, SOC, "区域性重大动物疫情发生次数", "0次", ("=", 0, "次")),
             Ind(S, SAT, "养殖户满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [70, 70, 130, 70, 60, 105]
    for project, code, unit_name, (year_amt, fiscal, carried, other), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 1, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 1, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 1, "年度资金总额")
        rows.put(r, 2, 1, 1, year_amt)
        rows.put(r, 3, 1, 2, "其中：财政拨款")
        rows.put(r, 5, 1, 1, fiscal)
        rows.put(r + 1, 1, 1, 1, "上年结转")
        rows.put(r + 1, 2, 1, 1, carried)
        rows.put(r + 1, 3, 1, 2, "其他资金")
        rows.put(r + 1, 5, 1, 1, other)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"编制单位：{dept}", unit_raw="单位：万元"), fresh_page=True, repeat=None)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 南昌


def layout_jx_nc_money_heads_one_row_yuan_split_unit(folder: Path, name: str) -> FileGold:
    dept = "南昌县市场监督管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("食品安全抽检经费", "农村集体聚餐及校园食品安全风险防控",
         ("1,250,000.00", "1,100,000.00", "150,000.00", "0.00"), "完成年度食品安全监督抽检任务，及时处置不合格食品。", [
             Ind(P, NUM, "食品安全监督抽检批次", ("≥1500", "批次"), (">=", 1500, "批次"), "20"),
             Ind(P, NUM, "快检批次", ("≥6000", "批次"), (">=", 6000, "批次"), "10"),
             Ind(P, QUA, "不合格食品核查处置率", ("100", "%"), ("=", 100, "%"), "20"),
             Ind(P, TIM, "抽检结果公布时限", ("≤20", "个工作日"), ("<=", 20, "个工作日"), "10"),
             Ind(C, ECO_C, "单批次抽检成本", ("≤800", "元"), ("<=", 800, "元"), "10"),
             Ind(E, SOC, "食品安全抽检合格率", ("≥97", "%"), (">=", 97, "%"), "20"),
             Ind(S, SAT, "群众食品安全满意度", ("≥85", "%"), (">=", 85, "%"), "10"),
         ]),
        ("特种设备安全监察经费", "电梯、锅炉等特种设备定期检验",
         ("680,000.00", "680,000.00", "0.00", "0.00"), "开展特种设备安全监察，防范特种设备事故。", [
             Ind(P, NUM, "特种设备监督检查台次", ("≥2000", "台次"), (">=", 2000, "台次"), "20"),
             Ind(P, NUM, "电梯应急处置演练", ("≥4", "次"), (">=", 4, "次"), "10"),
             Ind(P, QUA, "隐患整改率", ("≥98", "%"), (">=", 98, "%"), "20"),
             Ind(P, TIM, "电梯困人救援到达时间", ("≤30", "分钟"), ("<=", 30, "分钟"), "10"),
             Ind(E, SOC, "特种设备较大以上事故起数", ("0", "起"), ("=", 0, "起"), "20"),
             Ind(E, SUS, "特种设备安全责任体系", ("持续完善", ""), Q, "10"),
             Ind(S, SAT, "使用单位满意度", ("≥90", "%"), (">=", 90, "%"), "10"),
         ]),
    ]
    widths = [60, 66, 116, 72, 66, 40, 92]
    for project, content, (total, fiscal, carried, other), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, dept))
        rows.add((0, 1, "项目内容"), (1, 6, content))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金")
        for (c, cs), head, v in zip(((1, 2), (3, 1), (4, 1), (5, 2)), ("资金总额", "财政拨款", "上年结转", "其他资金"),
                                    (total, fiscal, carried, other)):
            rows.put(r, c, 1, cs, head)
            rows.put(r + 1, c, 1, cs, v)
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "分值",
                                                     "备注"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.weight), (6, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"填报单位（盖章）：{dept}", unit_raw="单位：元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 郑州


def layout_hen_zz_budget_source_grid_income_lines(folder: Path, name: str) -> FileGold:
    dept = "郑州市金水区城市管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 20)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "6,420.00"), ("政府性基金预算拨款收入", "900.00")])
    projects = [
        ("城区道路清扫保洁", "2025年1月-2025年12月",
         [("一般公共预算财政拨款收入", "1,600.00"), ("政府性基金预算财政拨款收入", ""),
          ("专项债券", ""), ("中央补助", ""), ("其他资金", "50.00")], "1,650.00", "1,600.00",
         "完成城区主次干道机械化清扫保洁，提升市容环境卫生水平。", [
             Ind(P, NUM, "机械化清扫面积", "≥1200万平方米", (">=", 1200, "万平方米"), "20"),
             Ind(P, QUA, "道路机械化清扫率", "≥90%", (">=", 90, "%"), "15"),
             Ind(P, QUA, "道路保洁质量达标率", "≥95%", (">=", 95, "%"), "15"),
             Ind(P, TIM, "冬季除雪完成时限", "≤24小时", ("<=", 24, "小时"), "10"),
             Ind(C, ECO_C, "每平方米保洁成本", "≤13.75元", ("<=", 13.75, "元"), "10"),
             Ind(E, GRN, "道路扬尘污染", "明显减少", Q, "20"),
             Ind(S, SAT, "市民满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("老旧排水管网改造", "2025年3月-2025年11月",
         [("一般公共预算财政拨款收入", "—"), ("政府性基金预算财政拨款收入", "480.00"),
          ("专项债券", "1,200.00"), ("中央补助", "400.00"), ("其他资金", "")], "2,080.00", "480.00",
         "改造老旧雨污管网，消除城区易涝点。", [
             Ind(P, NUM, "改造雨污管网长度", "≥18公里", (">=", 18, "公里"), "20"),
             Ind(P, NUM, "消除易涝点", "≥6处", (">=", 6, "处"), "15"),
             Ind(P, QUA, "工程验收合格率", "100%", ("=", 100, "%"), "15"),
             Ind(P, TIM, "主体工程完工时间", "2025年10月31日前", (None, None, None), "10"),
             Ind(E, SOC, "汛期城区道路积水时长", "明显缩短", Q, "20"),
             Ind(E, SUS, "管网设施使用年限", "≥30年", (">=", 30, "年"), "10"),
             Ind(S, SAT, "周边居民满意度", "≥85%", (">=", 85, "%"), "10"),
         ]),
    ]
    widths = [66, 66, 120, 96, 44, 100]
    for project, period, sources, total, fiscal, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "项目期限"), (4, 2, period))
        r = rows.n
        rows.put(r, 0, len(sources) + 2, 1, "资金来源")
        rows.put(r, 1, 1, 2, "资金来源名称")
        rows.put(r, 3, 1, 3, "金额（万元）")
        rows.put(r + 1, 1, 1, 2, "合计")
        rows.put(r + 1, 3, 1, 3, total)
        for k, (label, v) in enumerate(sources, 2):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 3, v)
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重"),
                 (5, 1, "指标解释"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 沈阳


def layout_ln_sy_stacked_money_rows_unit_in_cell(folder: Path, name: str) -> FileGold:
    dept = "沈阳市皇姑区教育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("中小学校舍维修改造", ("2,360,000.00", "2,000,000.00", "360,000.00", "0.00"),
         "完成12所中小学校舍维修改造，消除校舍安全隐患。", [
             Ind(P, NUM, "维修改造学校数量", "12所", ("=", 12, "所")),
             Ind(P, NUM, "维修改造面积", "≥9000平方米", (">=", 9000, "平方米")),
             Ind(P, QUA, "工程验收合格率", "100%", ("=", 100, "%")),
             Ind(P, TIM, "暑期施工完成时间", "2025年8月25日前", (None, None, None)),
             Ind(E, SOC, "校舍安全隐患", "全部消除", Q),
             Ind(S, SAT, "师生满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("学前教育普惠性资助", ("1,480,000.00", "1,480,000.00", "0.00", "0.00"),
         "落实学前教育资助政策，保障家庭经济困难幼儿入园。", [
             Ind(P, NUM, "资助幼儿人数", "≥980人", (">=", 980, "人")),
             Ind(P, QUA, "资助对象识别准确率", "100%", ("=", 100, "%")),
             Ind(P, TIM, "资助资金发放及时率", "100%", ("=", 100, "%")),
             Ind(C, ECO_C, "生均资助标准", "1500元/生·年", ("=", 1500, "元/生·年")),
             Ind(E, SOC, "学前三年毛入园率", "≥95%", (">=", 95, "%")),
             Ind(S, SAT, "受助家庭满意度", "≥95%", (">=", 95, "%")),
         ]),
        ("教师培训经费", ("560,000.00", "500,000.00", "0.00", "60,000.00"),
         "开展全员培训和骨干教师研修，提升教师专业能力。", [
             Ind(P, NUM, "培训教师人次", "≥3200人次", (">=", 3200, "人次")),
             Ind(P, NUM, "骨干教师研修班", "≥8期", (">=", 8, "期")),
             Ind(P, QUA, "培训考核合格率", "≥98%", (">=", 98, "%")),
             Ind(C, ECO_C, "人均培训成本", "≤175元", ("<=", 175, "元")),
             Ind(E, SUS, "教师专业发展支持体系", "逐步完善", Q),
             Ind(S, SAT, "参训教师满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [64, 72, 126, 150, 84]
    for project, (total, fiscal, carried, other), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "项目实施单位"), (4, 1, "区属中小学校"))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金")
        for k, (label, v) in enumerate((("资金总额", total), ("其中：本年财政资金", fiscal), ("上年结转资金", carried),
                                        ("其他资金", other))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, f"{v}元")
        rows.add((0, 1, "总体目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 2, "指标值（包含数字及文字描述）"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 兰州


def _money_columns_self_eval(doc: FormDoc, project: str, dept: str, unit_name: str,
                             money: list[tuple[str, str, str, str]], goal: tuple[str, str], inds: list[Ind],
                             grade: str, *, landscape: bool = False, reason_split: bool = False,
                             fiscal_label: str = "其中：财政拨款", grade_label: str = "自评等级") -> None:
    """A 项目支出绩效自评表 with the money in columns: 年初预算数 | 全年预算数 | 全年执行数 |
    分值 | 执行率 | 得分 over 年度资金总额 and its parts (money[0] is 年度资金总额)."""
    rows = _Rows()
    n = 10 if reason_split else 9
    rows.add((0, 1, "项目名称"), (1, n - 1, project))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, n - 6, unit_name))
    r = rows.n
    rows.put(r, 0, len(money) + 1, 1, "项目资金（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1 if k < 5 else n - 8, head)
    rate, rate_score, rate_num = _rate(money[0][2], money[0][3])
    for k, (label, initial, budget, executed) in enumerate(money, 1):
        rows.put(r + k, 1, 1, 2, label)
        tail = ("10", rate, rate_score) if k == 1 else ("—", "—", "—")
        for j, v in enumerate((initial, budget, executed, *tail)):
            rows.put(r + k, 3 + j, 1, 1 if j < 5 else n - 8, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, n - 5, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, goal[0])
    rows.put(r + 1, 5, 1, n - 5, goal[1])
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    heads += ["原因分析", "改进措施"] if reason_split else ["偏差原因分析及改进措施"]
    for k, head in enumerate(heads):
        rows.put(r, 1 + k, 1, 1, head)
    rows.n = r + 1

    def cells(i: Ind) -> list[tuple[int, int, str]]:
        out = [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight), (7, 1, i.score)]
        if reason_split:
            cause, fix = (i.note.split("；") + [""])[:2] if i.note else ("", "")
            return out + [(8, 1, cause), (9, 1, fix)]
        return out + [(8, 1, i.note)]

    _grid_rows(rows, inds, 1, 2, cells)
    total = round(rate_num + sum(float(i.score) for i in inds), 2)
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, n - 8, ""))
    rows.add((0, 6, grade_label), (6, n - 6, grade))
    widths = ([50, 60, 66, 96, 78, 70, 44, 48, 100, 100] if reason_split
              else [44, 52, 60, 80, 58, 58, 40, 44, 92])
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表",
                         editor=f"（{doc.gold.fiscal_year}年度）", unit_raw="单位：万元", landscape=landscape,
                         kind="performance_self_evaluation"), fresh_page=True, repeat=None)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    gw = {"优秀": "优", "良好": "良", "中等": "中", "较差": "差"}.get(grade, grade)
    doc.gold.self_evaluation(project, "万元", money[0][2], money[0][3], total, gw)
    parts = {label: budget for label, _, budget, _ in money}
    carried = parts.get("上年结转资金") or None
    doc.gold.project(project, "万元", year=money[0][2], fiscal=parts.get(fiscal_label) or None, carried=carried)


def layout_gs_lz_accounts_self_evals_money_columns(folder: Path, name: str) -> FileGold:
    dept = "兰州市城关区卫生健康局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "8,912.40"), ("二、事业收入", "1,306.75")],
                    [("一、卫生健康支出", "9,688.15"), ("二、社会保障和就业支出", "531.00")])
    inds = [
        Ind("产出指标", NUM, "家庭医生签约服务人数", "≥25万人", (">=", 25, "万人"), "20", "26.3万人", "20"),
        Ind("产出指标", QUA, "基本公共卫生服务项目考核合格率", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
        Ind("产出指标", TIM, "预算资金支付进度", "达到序时进度", Q, "10", "达到", "10"),
        Ind("效益指标", SOC, "居民健康素养水平", "≥28%", (">=", 28, "%"), "15", "27.1%", "13",
            "健康教育覆盖面不足，下年加大宣传"),
        Ind("效益指标", SUS, "分级诊疗制度", "持续推进", Q, "15", "持续推进", "14"),
        Ind("满意度指标", SAT, "辖区居民满意度", "≥85%", (">=", 85, "%"), "15", "88%", "15"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 7, dept))
    rows.add((0, 1, "全年预算数"), (1, 2, "10,450.30"), (3, 1, "全年执行数"), (4, 2, "10,219.15"),
             (6, 1, "执行率"), (7, 1, "97.79%"))
    rows.add((0, 1, "年度总体目标完成情况"), (1, 7, "全面完成年度基本公共卫生服务和医疗保障任务，群众就医获得感持续增强。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因及改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "预算执行率得分（10分）"), (5, 1, "10"), (6, 1, "9.78"), (7, 1, ""))
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, "96.78"), (7, 1, ""))
    rows.add((0, 5, "自评等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [66, 60, 100, 60, 62, 34, 38, 92], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="金额单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", "10,450.30", "10,219.15", 96.78, "优")
    _money_columns_self_eval(
        doc, "基本公共卫生服务补助", dept, "城关区各社区卫生服务中心",
        [("年度资金总额", "2,400.00", "2,560.00", "2,498.56"), ("其中：财政拨款", "2,400.00", "2,380.00", "2,318.56"),
         ("上年结转资金", "", "180.00", "180.00"), ("其他资金", "", "", "")],
        ("为辖区常住居民免费提供基本公共卫生服务。", "建立居民电子健康档案并规范管理，重点人群管理率达标。"), [
            Ind(P, NUM, "65岁及以上老年人健康管理人数", "≥3.8万人", (">=", 3.8, "万人"), "15", "3.95万人", "15"),
            Ind(P, NUM, "高血压患者规范管理人数", "≥2.1万人", (">=", 2.1, "万人"), "10", "2.06万人", "9",
                "部分患者随访失访"),
            Ind(P, QUA, "电子健康档案规范化建档率", "≥90%", (">=", 90, "%"), "15", "91.5%", "15"),
            Ind(P, TIM, "补助资金拨付时间", "2024年12月31日前", (None, None, None), "10", "已按时拨付", "10"),
            Ind(E, SOC, "重点人群健康管理水平", "有效提升", Q, "20", "有效提升", "19"),
            Ind(S, SAT, "城乡居民满意度", "≥85%", (">=", 85, "%"), "20", "89%", "20"),
        ], "优")
    _money_columns_self_eval(
        doc, "计划生育家庭奖励扶助", dept, "兰州市城关区卫生健康局",
        [("年度资金总额", "640.00", "655.20", "612.80"), ("其中：财政拨款", "640.00", "655.20", "612.80"),
         ("上年结转资金", "", "0.00", "0.00"), ("其他资金", "", "", "")],
        ("按时足额发放计划生育家庭奖励扶助和特别扶助金。", "奖励扶助对象资格确认准确，资金已发放到位。"), [
            Ind(P, NUM, "奖励扶助对象人数", "≥5200人", (">=", 5200, "人"), "20", "5089人", "18",
                "部分对象自然减员"),
            Ind(P, QUA, "扶助对象资格确认准确率", "100%", ("=", 100, "%"), "20", "100%", "20"),
            Ind(P, TIM, "扶助资金发放及时率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
            Ind(E, SOC, "计划生育家庭生活保障水平", "稳步提高", Q, "20", "稳步提高", "18"),
            Ind(S, SAT, "扶助对象满意度", "≥90%", (">=", 90, "%"), "20", "94%", "20"),
        ], "良")
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆 渝北


def layout_cq_yb_budget_landscape_list_money_columns(folder: Path, name: str) -> FileGold:
    dept = "重庆市渝北区文化和旅游发展委员会"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 20), (f"{year}年部门预算公开", 22)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "4,108.62"), ("其他收入", "85.00")])
    projects = [
        ("公共文化服务体系建设", "450.00", "450.00", "0.00",
         "开展文化惠民演出和全民阅读活动，提升公共文化服务效能。", [
             Ind(P, NUM, "文化惠民演出场次", "≥120场", (">=", 120, "场")),
             Ind(P, NUM, "全民阅读活动", "≥60次", (">=", 60, "次")),
             Ind(P, QUA, "公共图书馆年流通人次", "≥80万人次", (">=", 80, "万人次")),
             Ind(E, SOC, "群众文化获得感", "显著增强", Q),
             Ind(S, SAT, "群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("文物保护修缮", "310.00", "260.00", "50.00",
         "完成区级文物保护单位修缮，消除文物安全隐患。", [
             Ind(P, NUM, "修缮文物保护单位", "3处", ("=", 3, "处")),
             Ind(P, QUA, "修缮工程验收合格率", "100%", ("=", 100, "%")),
             Ind(P, TIM, "修缮工程完工时间", "2025年12月底前", (None, None, None)),
             Ind(C, ECO_C, "修缮工程成本控制", "≤310万元", ("<=", 310, "万元")),
             Ind(E, SUS, "文物本体保存状况", "明显改善", Q),
         ]),
        ("旅游市场监管及推广", "180.00", "180.00", "0.00",
         "加强旅游市场监管，开展区域旅游宣传推广。", [
             Ind(P, NUM, "旅游市场执法检查", "≥200家次", (">=", 200, "家次")),
             Ind(P, NUM, "旅游宣传推广活动", "≥10场", (">=", 10, "场")),
             Ind(P, TIM, "旅游投诉办结时限", "≤7个工作日", ("<=", 7, "个工作日")),
             Ind(E, ECO, "接待游客人次增长率", "5%-8%", ("range", 5, "%", 8)),
             Ind(S, SAT, "游客满意度", "≥88%", (">=", 88, "%")),
         ]),
    ]
    widths = [26, 88, 52, 52, 52, 138, 52, 62, 110, 84]
    heads = ["序号", "项目名称", "合计", "财政拨款", "其他资金", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "序号")
    rows.put(0, 1, 2, 1, "项目名称")
    rows.put(0, 2, 1, 3, "项目资金（万元）")
    for k in (2, 3, 4):
        rows.put(1, k, 1, 1, heads[k])
    for k in range(5, 10):
        rows.put(0, k, 2, 1, heads[k])
    rows.add(*[(k, 1, str(k + 1)) for k in range(10)])
    for n, (project, total, fiscal, other, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw)])
        for col, text in ((0, str(n)), (1, project), (2, total), (3, fiscal), (4, other), (5, goal)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表", editor=f"部门：{dept}",
                         unit_raw="单位：万元", landscape=True), fresh_page=True, repeat=(0, 3))
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林 长春


def layout_jl_cc_dept_wide_then_labels_above_values(folder: Path, name: str) -> FileGold:
    dept = "长春市南关区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年绩效目标表", dept, year)
    inds = [
        Ind("产出指标", NUM, "城乡低保保障人数", "≥6500人", (">=", 6500, "人"), "15"),
        Ind("产出指标", NUM, "特困人员供养人数", "≥420人", (">=", 420, "人"), "10"),
        Ind("产出指标", QUA, "救助资金社会化发放率", "100%", ("=", 100, "%"), "15"),
        Ind("产出指标", TIM, "临时救助审批时限", "≤5个工作日", ("<=", 5, "个工作日"), "10"),
        Ind("成本指标", ECO_C, "部门公用经费控制", "严格控制", Q, "10"),
        Ind("效益指标", SOC, "困难群众基本生活", "得到有效保障", Q, "20"),
        Ind("效益指标", SUS, "社会救助兜底保障机制", "不断健全", Q, "10"),
        Ind("满意度指标", SAT, "救助对象满意度", "≥90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    for k, (head, v) in enumerate((("合计", "5,836.20"), ("一般公共预算", "5,516.20"), ("政府性基金", "320.00"),
                                   ("其他资金", "0.00"))):
        rows.put(r, 1 + k, 1, 1 if k < 3 else 2, head)
        rows.put(r + 1, 1 + k, 1, 1 if k < 3 else 2, v)
    rows.add((0, 1, "年度主要任务"), (1, 5, "落实城乡低保、特困供养、临时救助政策；推进养老服务体系建设；规范社会组织管理。"))
    rows.add((0, 1, "年度绩效目标"), (1, 5, "困难群众应保尽保，救助资金及时足额发放，养老服务能力持续提升。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, [90, 80, 130, 96, 50, 60], title="部门整体支出绩效目标表",
                         editor=f"填报单位：{dept}", kind="department_performance_targets"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("居家和社区养老服务", "长春市南关区养老服务中心", ("268.00", "228.00", "40.00"),
         "建设社区养老服务站，为老年人提供助餐、助浴等居家养老服务。", [
             Ind(P, NUM, "新建社区养老服务站", "≥4个", (">=", 4, "个")),
             Ind(P, NUM, "助餐服务人次", "≥5万人次", (">=", 5, "万人次")),
             Ind(P, QUA, "服务站运营达标率", "≥95%", (">=", 95, "%")),
             Ind(P, TIM, "服务站投入运营时间", "2025年9月30日前", (None, None, None)),
             Ind(E, SOC, "老年人居家养老服务可及性", "明显提高", Q),
             Ind(S, SAT, "服务老年人满意度", "≥92%", (">=", 92, "%")),
         ]),
        ("困难残疾人生活补贴和重度残疾人护理补贴", "长春市南关区民政局", ("412.56", "412.56", "0.00"),
         "按标准按时发放两项补贴，保障残疾人基本生活。", [
             Ind(P, NUM, "享受补贴残疾人数", "≥4100人", (">=", 4100, "人")),
             Ind(P, QUA, "补贴发放准确率", "100%", ("=", 100, "%")),
             Ind(P, TIM, "补贴按月发放", "每月15日前", (None, None, None)),
             Ind(C, ECO_C, "护理补贴标准", "90元/人·月", ("=", 90, "元/人·月")),
             Ind(E, SOC, "残疾人基本生活保障水平", "稳步提高", Q),
             Ind(S, SAT, "残疾人及家属满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    for project, unit_name, (total, fiscal, other), goal, pinds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门及代码"), (1, 2, f"{dept}（312）"), (3, 1, "实施单位"), (4, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for k, (head, v) in enumerate((("年度资金总额", total), ("其中：财政资金", fiscal), ("其他资金", other))):
            cs = 2 if k < 2 else 1
            c = 1 + 2 * k
            rows.put(r, c, 1, cs, head)
            rows.put(r + 1, c, 1, cs, v)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "指标值说明", "备注"))])
        _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, ""), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [90, 80, 130, 96, 60, 50], title="项目支出绩效目标表",
                             editor=f"填报单位：{dept}"), fresh_page=True)
        for ind in pinds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 太原


def layout_sx_ty_self_eval_label_pairs_yuan_grade_words(folder: Path, name: str) -> FileGold:
    dept = "太原市小店区住房和城乡建设局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("城镇老旧小区改造", "太原市小店区城市更新服务中心",
         ("8,600,000.00", "9,200,000.00", "8,924,000.00"), "良好",
         ("完成15个老旧小区改造，惠及居民4200户。", "完成14个小区改造，1个小区因居民意见未统一顺延。"), [
             Ind(P, NUM, "改造老旧小区数量", ("≥", "15", "个"), (">=", 15, "个"), "20", "14个", "18",
                 "1个小区居民意见未统一"),
             Ind(P, QUA, "改造工程验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "15", "100%", "15"),
             Ind(P, TIM, "年度改造任务开工率", ("≥", "95", "%"), (">=", 95, "%"), "10", "93.3%", "9",
                 "前期手续办理滞后"),
             Ind(C, ECO_C, "户均改造成本", ("≤", "2.2", "万元"), ("<=", 2.2, "万元"), "10", "2.12万元", "10"),
             Ind(E, SOC, "小区居住环境", ("定性", "明显改善", ""), Q, "20", "明显改善", "18"),
             Ind(S, SAT, "改造小区居民满意度", ("≥", "85", "%"), (">=", 85, "%"), "15", "87%", "15"),
         ]),
        ("城市燃气管道安全检测", "太原市小店区住房和城乡建设局",
         ("1,500,000.00", "1,500,000.00", "1,500,000.00"), "优秀",
         ("完成城区燃气管道安全检测，整改安全隐患。", "检测燃气管道326公里，隐患整改率99%。"), [
             Ind(P, NUM, "检测燃气管道长度", ("≥", "300", "公里"), (">=", 300, "公里"), "25", "326公里", "25"),
             Ind(P, QUA, "隐患整改率", ("≥", "98", "%"), (">=", 98, "%"), "20", "99%", "20"),
             Ind(P, TIM, "检测报告出具时限", ("≤", "15", "日"), ("<=", 15, "日"), "10", "12日", "10"),
             Ind(E, SOC, "燃气安全事故起数", ("＝", "0", "起"), ("=", 0, "起"), "20", "0起", "20"),
             Ind(S, SAT, "燃气用户满意度", ("≥", "90", "%"), (">=", 90, "%"), "15", "93%", "15"),
         ]),
    ]
    widths = [56, 58, 100, 36, 40, 40, 56, 34, 34, 70]
    for project, unit_name, (initial, budget, executed), grade, goal, inds in evals:
        rate, rate_score, rate_num = _rate(budget, executed)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 8, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 3, unit_name))
        rows.add((0, 2, "年初预算数（元）"), (2, 3, initial), (5, 2, "全年预算数（元）"), (7, 3, budget))
        rows.add((0, 2, "全年执行数（元）"), (2, 3, executed), (5, 1, "执行率"), (6, 1, rate), (7, 2, "得分（10分）"),
                 (9, 1, rate_score))
        rows.add((0, 2, "年度总体目标"), (2, 4, goal[0]), (6, 1, "完成情况"), (7, 3, goal[1]))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标方向"), (4, 1, "指标值"),
                 (5, 1, "度量单位"), (6, 1, "实际完成值"), (7, 1, "分值"), (8, 1, "得分"), (9, 1, "偏差原因"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.actual), (7, 1, i.weight),
                                                (8, 1, i.score), (9, 1, i.note)])
        total = round(rate_num + sum(float(i.score) for i in inds), 2)
        rows.add((0, 7, "总分"), (7, 1, "100"), (8, 2, f"{total:.2f}"))
        rows.add((0, 7, "自评等级"), (7, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"填报单位：{dept}", unit_raw="单位：元", kind="performance_self_evaluation"),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, total, {"优秀": "优", "良好": "良"}[grade])
        doc.gold.project(project, "元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 黑龙江 哈尔滨


def layout_hlj_heb_budget_two_small_forms_a_page(folder: Path, name: str) -> FileGold:
    dept = "哈尔滨市道里区应急管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}", 22), (f"{year}年部门预算", 22)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "1,926.40")])
    projects = [
        ("安全生产执法检查", ("85.00", "85.00", "0.00"), [
            Ind(P, NUM, "执法检查企业数", "≥600家", (">=", 600, "家")),
            Ind(P, QUA, "重大隐患整改率", "100%", ("=", 100, "%")),
            Ind(P, TIM, "执法案件办结时限", "≤90日", ("<=", 90, "日")),
            Ind(E, SOC, "生产安全事故死亡人数", "较上年下降", Q),
            Ind(S, SAT, "企业满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("应急物资储备", ("132.60", "112.60", "20.00"), [
            Ind(P, NUM, "储备救灾物资品种", "≥25种", (">=", 25, "种")),
            Ind(P, QUA, "储备物资完好率", "≥98%", (">=", 98, "%")),
            Ind(P, TIM, "物资调拨到位时间", "≤12小时", ("<=", 12, "小时")),
            Ind(E, SOC, "受灾群众基本生活保障", "及时有效", Q),
            Ind(S, SAT, "受灾群众满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("防汛抗旱及森林防火", ("64.30", "60.00", "4.30"), [
            Ind(P, NUM, "组织应急演练", "≥3次", (">=", 3, "次")),
            Ind(P, NUM, "培训应急救援队员", "≥300人次", (">=", 300, "人次")),
            Ind(P, TIM, "汛前隐患排查完成时间", "2025年5月31日前", (None, None, None)),
            Ind(E, SOC, "因灾死亡失踪人数", "0人", ("=", 0, "人")),
            Ind(E, SUS, "基层应急救援能力", "不断增强", Q),
        ]),
    ]
    widths = [70, 60, 60, 70, 60, 60, 100]
    for k, (project, (total, fiscal, carried), inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "资金总额"), (1, 1, total), (2, 1, "财政拨款"), (3, 1, fiscal), (4, 1, "上年结转"),
                 (5, 2, carried))
        rows.add((0, 1, "一级指标"), (1, 2, "二级指标"), (3, 3, "三级指标"), (6, 1, "指标值"))
        r0 = rows.n
        for ind in inds:
            rows.add((3, 3, ind.name), (6, 1, ind.raw))
        # the 二级 column spans two grid columns: merged by hand
        i = 0
        while i < len(inds):
            j = i
            while j < len(inds) and inds[j].l1 == inds[i].l1:
                j += 1
            rows.put(r0 + i, 0, j - i, 1, inds[i].l1)
            i = j
        i = 0
        while i < len(inds):
            j = i
            while j < len(inds) and (inds[j].l1, inds[j].l2) == (inds[i].l1, inds[i].l2):
                j += 1
            rows.put(r0 + i, 1, j - i, 2, inds[i].l2)
            i = j
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"部门名称：{dept}", unit_raw="单位：万元"), fresh_page=(k == 0), gap=28)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 宁夏 银川


def layout_nx_yc_landscape_self_eval_reason_split(folder: Path, name: str) -> FileGold:
    dept = "银川市兴庆区人力资源和社会保障局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评报告", dept, year)
    _money_columns_self_eval(
        doc, "就业创业补贴", dept, "银川市兴庆区就业创业服务中心",
        [("年度资金总额", "1,180.00", "1,246.00", "1,203.48"), ("其中：财政资金", "1,180.00", "1,246.00", "1,203.48"),
         ("其他资金", "", "", "")],
        ("落实就业创业扶持政策，城镇新增就业不少于6000人。", "城镇新增就业6215人，发放创业担保贷款贴息。"), [
            Ind(P, NUM, "城镇新增就业人数", "≥6000人", (">=", 6000, "人"), "20", "6215人", "20"),
            Ind(P, NUM, "职业技能培训人次", "≥2500人次", (">=", 2500, "人次"), "15", "2380人次", "13",
                "部分培训项目开班延后；下年提前制定培训计划"),
            Ind(P, QUA, "培训后取证率", "≥80%", (">=", 80, "%"), "10", "82%", "10"),
            Ind(P, TIM, "补贴资金发放时限", "≤30个工作日", ("<=", 30, "个工作日"), "10", "25个工作日", "10"),
            Ind(E, SOC, "城镇调查失业率", "控制在5.5%以内", ("<=", 5.5, "%"), "15", "5.1%", "15"),
            Ind(S, SAT, "补贴对象满意度", "≥90%", (">=", 90, "%"), "20", "91%", "20"),
        ], "优", landscape=True, reason_split=True, fiscal_label="其中：财政资金", grade_label="评价等级")
    _money_columns_self_eval(
        doc, "根治欠薪专项行动", dept, "银川市兴庆区劳动保障监察大队",
        [("年度资金总额", "96.00", "96.00", "78.72"), ("其中：财政资金", "96.00", "96.00", "78.72"),
         ("其他资金", "", "", "")],
        ("开展根治欠薪专项行动，欠薪案件动态清零。", "办结欠薪案件412件，为劳动者追讨工资。"), [
            Ind(P, NUM, "办结欠薪案件数", "≥400件", (">=", 400, "件"), "20", "412件", "20"),
            Ind(P, QUA, "欠薪案件结案率", "≥96%", (">=", 96, "%"), "20", "97.3%", "20"),
            Ind(P, TIM, "举报投诉受理时限", "≤5个工作日", ("<=", 5, "个工作日"), "10", "3个工作日", "10"),
            Ind(E, SOC, "因欠薪引发群体性事件", "0起", ("=", 0, "起"), "20", "0起", "20"),
            Ind(S, SAT, "劳动者满意度", "≥85%", (">=", 85, "%"), "20", "83%", "17",
                "个别案件追讨周期长；加强与法院衔接"),
        ], "良", landscape=True, reason_split=True, fiscal_label="其中：财政资金", grade_label="评价等级")
    return doc.save(folder)


BLIND48: dict[str, Builder] = {
    "gz_gy_budget_money_label_value_pairs": layout_gz_gy_budget_money_label_value_pairs,
    "jx_nc_money_heads_one_row_yuan_split_unit": layout_jx_nc_money_heads_one_row_yuan_split_unit,
    "hen_zz_budget_source_grid_income_lines": layout_hen_zz_budget_source_grid_income_lines,
    "ln_sy_stacked_money_rows_unit_in_cell": layout_ln_sy_stacked_money_rows_unit_in_cell,
    "gs_lz_accounts_self_evals_money_columns": layout_gs_lz_accounts_self_evals_money_columns,
    "cq_yb_budget_landscape_list_money_columns": layout_cq_yb_budget_landscape_list_money_columns,
    "jl_cc_dept_wide_then_labels_above_values": layout_jl_cc_dept_wide_then_labels_above_values,
    "sx_ty_self_eval_label_pairs_yuan_grade_words": layout_sx_ty_self_eval_label_pairs_yuan_grade_words,
    "hlj_heb_budget_two_small_forms_a_page": layout_hlj_heb_budget_two_small_forms_a_page,
    "nx_yc_landscape_self_eval_reason_split": layout_nx_yc_landscape_self_eval_reason_split,
}
SETS: dict[str, dict[str, Builder]] = {"blind48": BLIND48}


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
    """Write every layout of ``which`` ("blind48") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
