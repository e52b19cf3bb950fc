"""BLIND28 performance forms: eleven layouts as a 黑龙江 city bureau, a 四川 township, a 江苏
事业单位, a 广东 街道, a 河南 city bureau, a 山东 county, a 浙江 district, an 安徽 事业单位, a 辽宁
town, a 云南 city bureau and a 甘肃 district print their 项目支出绩效目标表, 部门整体支出绩效目标表,
项目支出绩效自评表 and 部门整体支出绩效自评表 (2024–2025), written by an author who had read
neither the form reader nor the earlier blind sets (only the gold helpers and page composer of
``form_layouts``, the gold conventions of BLIND9's docstring and the real disclosures). Each
layout writes one PDF and its gold in the format of ``form_layouts.write_set``; the gold is
written by hand with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

hl_hrb_budget_money_label_rows_total_year_weights  黑龙江 哈尔滨 市直 部门预算: budget tables,
        then one form per project; 项目资金（万元） merged down four label | value rows 项目总额 |
        本年预算 | 其中：财政拨款 | 上年结转 (0.00 for the second project), grid 一级 | 二级 | 三级 |
        指标值 | 权重（%）. total = 项目总额, year = 本年预算, fiscal = 其中：财政拨款, carried = 上年结转.
sc_ya_township_two_forms_fiscal_income_lines  四川 雅安 乡镇, standalone, several forms a page:
        资金来源 merged down lines 合计 | 一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 |
        专项债券资金 | 其他资金; grid 指标性质 | 指标值 | 度量单位 split. year = 合计, fiscal = the sum
        of the …财政拨款收入 lines printing an amount (a blank line adds nothing), 专项债券 never.
js_sz_cdc_landscape_list_level2_only_reach  江苏 苏州 事业单位, landscape list: 项目名称 | 资金总额 |
        其中：财政拨款 | 其他资金 | 年度目标 | 二级指标 | 三级指标 | 指标值, project cells merged, no
        一级 column, header repeated, targets 达到 N / 不少于 / 不超过. year = 资金总额, fiscal =
        其中：财政拨款.
gd_st_street_accounts_dept_then_project_self_evals  广东 汕头 街道 部门决算: accounts tables, a
        部门整体支出绩效自评表 (label | value money 全年预算数 / 全年执行数 / 执行率 / 得分), then two
        项目支出绩效自评表 whose money block is 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
        得分 over 年度资金总额 / 其中：财政拨款 / 上年结转 / 其他资金; grade words (优秀, 良好).
hen_ly_budget_dept_wide_heads_then_project_heads  河南 洛阳 市直 部门预算: budget tables, then a
        部门整体支出绩效目标表 (部门预算资金 heads 合计 | 财政拨款 | 其他资金 over one row, 年度主要任务,
        weighted grid), then project forms whose money is a heads row 年度资金总额 | 其中：财政拨款 |
        其中：上年结转 | 其他资金 over an amounts row.
sd_wf_county_long_form_yuan_repeated_head  山东 潍坊 县, standalone, 元 with separators: forms with
        实施内容 prose, money label | value (项目资金总额（元） | 其中：财政资金 | 其他资金),
        a short form first, then the long one below it on the same page: grid 一级 | 二级 | 三级 |
        指标值 | 指标解释 over the page break with its head repeated and the 一级 cell cut (its
        rows on both pages keep 产出指标). year = 项目资金总额, fiscal = 其中：财政资金.
zj_sx_landscape_self_evals_weight_before_target  浙江 绍兴 区, landscape 项目支出绩效自评表: money
        as one row of pairs (年初预算数 | … | 全年预算数 | … | 全年执行数 | … | 执行率 | … | 得分 | …),
        no 财政拨款 line (no fiscal), grid 一级 | 二级 | 三级 | 分值 | 年度指标值 | 实际完成值 | 得分 |
        偏差原因, 总分 and 自评等级 rows.
ah_hf_school_budget_labels_above_sources_not_fiscal  安徽 合肥 事业单位 (school) 部门预算: budget
        tables, then forms whose header fields are labels above values and whose money heads are
        年度资金总额 | 一般公共预算 | 中央补助 | 其他资金: year = 年度资金总额, no fiscal (no source is
        named 财政拨款).
ln_as_town_three_forms_levels_every_row  辽宁 鞍山 镇, standalone: three small forms down the
        pages, money pairs 资金总额（万元） | … | 其中：财政资金 | …, 一级 and 二级 printed again in
        every row (not merged).
yn_dl_landscape_list_column_numbers_ranges  云南 大理 市直 list on landscape pages: 序号 | 项目名称 |
        项目金额（万元） | 其中：财政拨款 | 一级 | 二级 | 三级 | 指标值 | 权重, a column-number row,
        ranges (90%-95%, 3～5个工作日), deadlines (2025年10月底前), weights.
gs_ts_district_yuan_invest_year_three_row_money  甘肃 天水 区 standalone 项目支出绩效目标申报表 in
        元: money heads in three rows 项目资金 over 项目总投资 | 本年度 over 小计 | 财政拨款 | 上年结转 |
        其他资金; total = 项目总投资, year = 小计, fiscal = 财政拨款, carried = 上年结转 (0.00 none);
        grid 三级 | 指标值 | 计量单位 split.

Gold conventions (BLIND9's, with this set's rulings):

- target_raw is the 年度 value as printed; split columns are joined in reading order with no
  separator; an empty unit cell adds nothing.
- ≥ / 不低于 / 不少于 / 达到 N read ">="; ≤ / 不高于 / 不超过 / 控制在 N 以内 read "<="; ＞ / 大于
  read ">"; ＜ / 小于 read "<"; ＝ / = and a bare figure read "="; "90%-95%", "3～5个工作日" are
  ranges; a deadline ("2025年10月底前") stays raw with no comparator; a state is qualitative.
- Money: 年度资金总额 / 本年预算 / 资金总额 / 合计 / 小计 of the year is ``year``; 项目总额 /
  项目总投资 is ``total``; ``fiscal`` is 财政拨款 / 财政资金 as printed, or where a source list
  prints lines named …财政拨款收入 the sum of those lines printing an amount; 一般公共预算 alone,
  专项债券, 中央补助 are never fiscal; ``carried`` is 上年结转, a printed 0.00 is no amount. A
  部门整体 form's money is not a project's: no project row.
- Self evaluations: budget = 全年预算数 of the 年度资金总额 row (or its pair), executed = its
  全年执行数; score = the printed 总分 (execution score + indicator scores); grade as printed, the
  words 优秀 / 良好 / 中等 / 较差 read 优 / 良 / 中 / 差. A project self evaluation gives the
  project's money: year = 全年预算数, fiscal = the 财政拨款 row's 全年预算数 and carried = the 上年结转
  row's 全年预算数 where those rows print an amount.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

GRADE = {"优秀": "优", "良好": "良", "中等": "中", "较差": "差"}


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, 收支总表 and 项目支出预算表, the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实党中央、国务院和省委、省政府决策部署，依法履行本部门职责。",
        "二、机构设置。本部门预算为汇总预算，包括部门本级及所属单位预算。",
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
                              f"编制部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    doc.pages.table(TableSpec("一般公共预算基本支出表", "basic_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [100, 200, 110, 110],
                              [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "人员经费"),
                               (0, 3, 1, 1, "公用经费")], 1,
                              [plain_row(["301", "工资福利支出", "612.40", ""]),
                               plain_row(["302", "商品和服务支出", "", "148.26"]),
                               plain_row(["303", "对个人和家庭的补助", "36.80", ""])], ["c", "l", "r", "r"]))
    doc.pages.text_page("第四部分  预算绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}{year}年度部门预算项目均编制了绩效目标，现将绩效目标表公开如下。",
    ])


def _score_total(budget: str, executed: str, inds: list[Ind]) -> tuple[str, str, float]:
    """执行率 text, its score (10 at most) and the 总分 as printed (two decimals)."""
    rate = Decimal(executed.replace(",", "")) / Decimal(budget.replace(",", ""))
    rate_score = min(Decimal(10), (rate * 10).quantize(Decimal("0.01")))
    total = rate_score + sum(Decimal(i.score) for i in inds)
    return f"{rate * 100:.2f}%", f"{rate_score:.2f}", float(total)


# --------------------------------------------------------------------------- 黑龙江 哈尔滨


def layout_hl_hrb_budget_money_label_rows_total_year_weights(folder: Path, name: str) -> FileGold:
    dept = "哈尔滨市农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "8,420.00"), ("二、上年结转", "650.00")],
                  [("一、农林水支出", "8,610.00"), ("二、社会保障和就业支出", "460.00")])
    projects = [
        ("高标准农田建设管护", "23010025000000012345", "哈尔滨市农田建设服务中心",
         ("3,600.00", "1,200.00", "950.00", "250.00"),
         "完成高标准农田建设管护面积12万亩，工程设施完好率不低于95%。", [
             Ind("产出指标", "数量指标", "管护农田面积", "≥12万亩", (">=", 12, "万亩"), "20"),
             Ind("产出指标", "数量指标", "维修灌排渠道长度", "≥45公里", (">=", 45, "公里"), "15"),
             Ind("产出指标", "质量指标", "工程设施完好率", "≥95%", (">=", 95, "%"), "15"),
             Ind("产出指标", "时效指标", "管护任务完成时间", "2025年11月底前", (None, None, None), "10"),
             Ind("效益指标", "经济效益指标", "亩均粮食增产", "≥50公斤", (">=", 50, "公斤"), "15"),
             Ind("效益指标", "可持续影响指标", "农田设施使用年限", "≥15年", (">=", 15, "年"), "15"),
             Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("动物疫病强制免疫", "23010025000000012388", "哈尔滨市动物疫病预防控制中心",
         ("480.00", "480.00", "480.00", "0.00"),
         "完成重大动物疫病强制免疫，免疫密度常年保持在90%以上。", [
             Ind("产出指标", "数量指标", "强制免疫畜禽数量", "≥1500万头只", (">=", 1500, "万头只"), "20"),
             Ind("产出指标", "质量指标", "应免畜禽免疫密度", "≥90%", (">=", 90, "%"), "20"),
             Ind("产出指标", "质量指标", "免疫抗体合格率", "≥70%", (">=", 70, "%"), "15"),
             Ind("产出指标", "成本指标", "疫苗采购成本", "≤480万元", ("<=", 480, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情", "不发生", Q, "25"),
             Ind("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥85%", (">=", 85, "%"), "10"),
         ]),
    ]
    for proj, code, unit_name, (total, yr, fiscal, carried), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, proj), (3, 1, "项目编码"), (4, 2, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        for k, (label, v) in enumerate((("项目总额", total), ("本年预算", yr), ("其中：财政拨款", fiscal),
                                        ("上年结转", carried))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 3, v)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "权重（%）"))],
                 (5, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [72, 76, 110, 110, 70, 72], title="项目支出绩效目标表",
                             editor=f"填报单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
        doc.gold.project(proj, "万元", code=code, total=total, year=yr, fiscal=fiscal,
                         carried=None if carried == "0.00" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 四川 雅安


def layout_sc_ya_township_two_forms_fiscal_income_lines(folder: Path, name: str) -> FileGold:
    dept = "雅安市名山区蒙顶山镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("茶园基础设施提升", ("260.00", "120.00", "", "100.00", "40.00"), "120.00",
         "新建茶园生产便道8公里，改善茶园生产条件。", [
             Ind("产出指标", "数量指标", "新建生产便道", ("≥", "8", "公里"), (">=", 8, "公里")),
             Ind("产出指标", "质量指标", "工程验收合格率", ("=", "100", "%"), ("=", 100, "%")),
             Ind("产出指标", "时效指标", "项目完工时间", ("≤", "10", "个月"), ("<=", 10, "个月")),
             Ind("效益指标", "经济效益指标", "茶农户均增收", ("≥", "1200", "元"), (">=", 1200, "元")),
             Ind("满意度指标", "服务对象满意度指标", "茶农满意度", ("≥", "90", "%"), (">=", 90, "%")),
         ]),
        ("场镇污水管网维护", ("85.00", "50.00", "25.00", "", "10.00"), "75.00",
         "统筹财政拨款75.00万元，保障场镇污水管网正常运行，污水收集率稳步提高。", [
             Ind("产出指标", "数量指标", "维护管网长度", ("≥", "12", "公里"), (">=", 12, "公里")),
             Ind("产出指标", "质量指标", "管网正常运行率", ("≥", "98", "%"), (">=", 98, "%")),
             Ind("效益指标", "生态效益指标", "场镇水环境", ("定性", "明显改善", ""), Q),
             Ind("效益指标", "可持续影响指标", "管网运维机制", ("定性", "长效运行", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "场镇居民满意度", ("≥", "88", "%"), (">=", 88, "%")),
         ]),
        ("村级公益事业一事一议", ("42.00", "", "", "", "42.00"), None,
         "完成村级公益事业项目6个，改善村民生产生活条件。", [
             Ind("产出指标", "数量指标", "实施公益项目", ("=", "6", "个"), ("=", 6, "个")),
             Ind("产出指标", "成本指标", "单个项目补助标准", ("≤", "7", "万元"), ("<=", 7, "万元")),
             Ind("效益指标", "社会效益指标", "受益村民人数", ("≥", "3000", "人"), (">=", 3000, "人")),
             Ind("满意度指标", "服务对象满意度指标", "村民满意度", ("≥", "90", "%"), (">=", 90, "%")),
         ]),
    ]
    first = True
    for proj, (tot, gen, fund, bond, other), fiscal, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, proj), (4, 1, "项目类型"), (5, 2, "一次性项目"))
        r = rows.n
        rows.put(r, 0, 5, 1, "资金来源（万元）")
        for k, (label, v) in enumerate((("合计", tot), ("一般公共预算财政拨款收入", gen),
                                        ("政府性基金预算财政拨款收入", fund), ("专项债券资金", bond), ("其他资金", other))):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 3, v)
        rows.add((0, 1, "年度目标"), (1, 6, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值",
                                                     "度量单位", "备注"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 84, 100, 56, 70, 56, 60], title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=first)
        first = False
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
        doc.gold.project(proj, "万元", year=tot, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 苏州


def layout_js_sz_cdc_landscape_list_level2_only_reach(folder: Path, name: str) -> FileGold:
    dept = "苏州市疾病预防控制中心"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目绩效目标", dept, year)
    projects = [
        ("免疫规划疫苗接种", "1,350.00", "1,280.00", "70.00", "完成国家免疫规划疫苗接种，适龄儿童接种率保持高水平。", [
            Ind(None, "数量指标", "一类疫苗接种剂次", "不少于95万剂次", (">=", 95, "万剂次")),
            Ind(None, "质量指标", "适龄儿童接种率", "达到95%", (">=", 95, "%")),
            Ind(None, "时效指标", "疫苗配送时限", "不超过3天", ("<=", 3, "天")),
            Ind(None, "社会效益指标", "疫苗针对传染病发病率", "持续下降", Q),
            Ind(None, "服务对象满意度指标", "接种对象满意度", "达到90%", (">=", 90, "%")),
        ]),
        ("重点传染病监测", "620.00", "620.00", "", "开展重点传染病监测预警，及时发现和处置疫情。", [
            Ind(None, "数量指标", "监测哨点数量", "不少于40个", (">=", 40, "个")),
            Ind(None, "质量指标", "传染病报告及时率", "达到98%", (">=", 98, "%")),
            Ind(None, "时效指标", "突发疫情响应时间", "不超过2小时", ("<=", 2, "小时")),
            Ind(None, "社会效益指标", "疫情早期发现能力", "明显增强", Q),
            Ind(None, "服务对象满意度指标", "医疗机构满意度", "达到90%", (">=", 90, "%")),
        ]),
        ("慢性病综合防控", "410.00", "380.00", "30.00", "推进慢性病综合防控示范区建设，提高居民健康素养。", [
            Ind(None, "数量指标", "慢病筛查人数", "不少于6万人", (">=", 6, "万人")),
            Ind(None, "质量指标", "筛查阳性随访率", "达到85%", (">=", 85, "%")),
            Ind(None, "成本指标", "人均筛查成本", "不超过60元", ("<=", 60, "元")),
            Ind(None, "社会效益指标", "居民健康素养水平", "达到32%", (">=", 32, "%")),
            Ind(None, "服务对象满意度指标", "筛查居民满意度", "达到88%", (">=", 88, "%")),
        ]),
        ("实验室检测能力建设", "300.00", "300.00", "", "提升病原检测能力，检测项目覆盖主要传染病。", [
            Ind(None, "数量指标", "新增检测项目", "不少于12项", (">=", 12, "项")),
            Ind(None, "质量指标", "室间质评合格率", "100%", ("=", 100, "%")),
            Ind(None, "时效指标", "常规检测报告时限", "不超过48小时", ("<=", 48, "小时")),
            Ind(None, "可持续影响指标", "检测能力", "持续提升", Q),
        ]),
    ]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("项目名称", "资金总额", "其中：财政拨款", "其他资金", "年度目标",
                                                 "二级指标", "三级指标", "指标值"))])
    for proj, tot, fiscal, other, goal, inds in projects:
        r0 = rows.n
        for k, t in enumerate((proj, tot, fiscal, other, goal)):
            rows.put(r0, k, len(inds), 1, t)
        _grid_rows(rows, inds, None, 5, lambda i: [(6, 1, i.name), (7, 1, i.raw)])
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
        doc.gold.project(proj, "万元", year=tot, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [90, 66, 70, 60, 170, 90, 120, 100], title=f"{year}年度项目支出绩效目标表",
                         editor=f"单位：{dept}", unit_raw="金额单位：万元", landscape=True),
                   repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 汕头


def layout_gd_st_street_accounts_dept_then_project_self_evals(folder: Path, name: str) -> FileGold:
    dept = "汕头市金平区金厦街道办事处"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "2,236.40"), ("二、其他收入", "18.60")],
                    [("一、一般公共服务支出", "1,480.20"), ("二、城乡社区支出", "774.80")])
    budget, executed = "2,310.00", "2,255.00"
    inds = [
        Ind("产出指标", "数量指标", "社区网格巡查次数", "≥2400次", (">=", 2400, "次"), "15", "2560次", "15"),
        Ind("产出指标", "质量指标", "矛盾纠纷调处成功率", "≥95%", (">=", 95, "%"), "15", "96.3%", "15"),
        Ind("产出指标", "时效指标", "群众诉求办结时限", "≤5个工作日", ("<=", 5, "个工作日"), "10", "4个工作日", "10"),
        Ind("产出指标", "成本指标", "公用经费控制率", "≤100%", ("<=", 100, "%"), "10", "98%", "10"),
        Ind("效益指标", "社会效益指标", "辖区治安状况", "持续向好", Q, "15", "持续向好", "14"),
        Ind("效益指标", "可持续影响指标", "基层治理机制", "逐步健全", Q, "10", "逐步健全", "9"),
        Ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", (">=", 90, "%"), "15", "88%", "13",
            "个别小区停车矛盾突出"),
    ]
    rate, rate_score, total = _score_total(budget, executed, inds)
    rows = _Rows()
    rows.add((0, 1, "单位名称"), (1, 7, dept))
    rows.add((0, 1, "全年预算数"), (1, 1, budget), (2, 1, "全年执行数"), (3, 1, executed), (4, 1, "执行率"),
             (5, 1, rate), (6, 1, "得分"), (7, 1, rate_score))
    rows.add((0, 1, "年度总体目标"), (1, 7, "推进基层社会治理，提升公共服务水平，维护辖区和谐稳定。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因分析及改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
    rows.add((0, 5, "自评等级"), (5, 3, "良好"))
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 66, 96, 66, 66, 36, 46, 90], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in inds]
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "良")
    projects = [
        ("老旧小区微改造", "金平区金厦街道城市管理办公室",
         ("300.00", "320.00", "311.50"), ("280.00", "290.00", "285.00"), ("", "30.00", "26.50"), ("", "", ""),
         "优秀", [
             Ind("产出指标", "数量指标", "改造小区数量", "≥6个", (">=", 6, "个"), "20", "6个", "20"),
             Ind("产出指标", "质量指标", "改造工程验收合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind("产出指标", "时效指标", "改造完成时间", "2024年12月底前", (None, None, None), "10", "2024年12月", "10"),
             Ind("效益指标", "社会效益指标", "小区居住环境", "明显改善", Q, "20", "明显改善", "20"),
             Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", (">=", 90, "%"), "20", "93%", "20"),
         ]),
        ("社区居家养老服务", "金平区金厦街道社会事务办公室",
         ("120.00", "120.00", "108.00"), ("100.00", "100.00", "92.00"), ("", "0.00", ""), ("20.00", "20.00", "16.00"),
         "良好", [
             Ind("产出指标", "数量指标", "服务老年人数", "≥800人", (">=", 800, "人"), "20", "760人", "17",
                 "部分老人入住养老机构"),
             Ind("产出指标", "质量指标", "上门服务合格率", "≥95%", (">=", 95, "%"), "20", "96%", "20"),
             Ind("产出指标", "成本指标", "人均服务成本", "≤1500元", ("<=", 1500, "元"), "10", "1420元", "10"),
             Ind("效益指标", "社会效益指标", "老年人生活质量", "有所提高", Q, "20", "有所提高", "18"),
             Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", (">=", 90, "%"), "20", "91%", "20"),
         ]),
    ]
    for proj, unit_name, tot, fiscal, carried, other, grade, inds in projects:
        rate, rate_score, total = _score_total(tot[1], tot[2], inds)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 8, proj))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 5, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "")
        for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 3 + k, 1, 1, head)
        lines = (("年度资金总额", *tot, "10", rate, rate_score), ("其中：财政拨款", *fiscal, "—", "—", "—"),
                 ("上年结转", *carried, "—", "—", "—"), ("其他资金", *other, "—", "—", "—"))
        for k, line in enumerate(lines, 1):
            rows.put(r + k, 1, 1, 2, line[0])
            for j, v in enumerate(line[1:]):
                rows.put(r + k, 3 + j, 1, 1, v)
        rows.add((0, 1, "年度总体目标"), (1, 8, "按计划完成年度任务，资金使用规范，服务对象满意。"))
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                  "偏差原因分析及改进措施")):
            rows.put(r, 1 + k, 1, 1, head)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 1, i.note)])
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 2, f"{total:.2f}"))
        rows.add((0, 6, "自评等级"), (6, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [44, 54, 60, 84, 62, 58, 40, 44, 80], title="项目支出绩效自评表",
                             editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                       fresh_page=True)
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
        doc.gold.self_evaluation(proj, "万元", tot[1], tot[2], total, GRADE[grade])
        doc.gold.project(proj, "万元", year=tot[1], fiscal=fiscal[1] or None,
                         carried=carried[1] if carried[1] not in ("", "0.00") else None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 洛阳


def layout_hen_ly_budget_dept_wide_heads_then_project_heads(folder: Path, name: str) -> FileGold:
    dept = "洛阳市文化广电和旅游局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算公开", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "6,180.00"), ("二、事业收入", "920.00")],
                  [("一、文化旅游体育与传媒支出", "6,650.00"), ("二、社会保障和就业支出", "450.00")])
    dept_inds = [
        Ind("产出指标", "数量指标", "公共文化惠民演出场次", "≥300场", (">=", 300, "场"), "15"),
        Ind("产出指标", "数量指标", "文物安全巡查次数", "≥1200次", (">=", 1200, "次"), "10"),
        Ind("产出指标", "质量指标", "文旅市场检查覆盖率", "100%", ("=", 100, "%"), "15"),
        Ind("产出指标", "时效指标", "行政许可办结时限", "≤5个工作日", ("<=", 5, "个工作日"), "10"),
        Ind("效益指标", "经济效益指标", "全市接待游客人次", "≥1.5亿人次", (">=", 1.5, "亿人次"), "15"),
        Ind("效益指标", "社会效益指标", "公共文化服务水平", "持续提升", Q, "15"),
        Ind("效益指标", "可持续影响指标", "文物保护长效机制", "不断完善", Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "群众文化活动满意度", "≥90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    rows.put(r, 1, 1, 2, "合计")
    rows.put(r, 3, 1, 1, "财政拨款")
    rows.put(r, 4, 1, 2, "其他资金")
    rows.put(r + 1, 1, 1, 2, "7,100.00")
    rows.put(r + 1, 3, 1, 1, "6,180.00")
    rows.put(r + 1, 4, 1, 2, "920.00")
    r = rows.n
    tasks = ["公共文化服务体系建设", "文物保护与考古发掘", "文化旅游市场监管"]
    rows.put(r, 0, len(tasks), 1, "年度主要任务")
    for k, t in enumerate(tasks):
        rows.put(r + k, 1, 1, 5, t)
    rows.add((0, 1, "年度总体目标"), (1, 5, "完善公共文化服务体系，加强文物保护利用，推动文旅产业高质量发展。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "分值"))],
             (5, 1, "备注"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 80, 130, 100, 60, 60], title="部门整体支出绩效目标表",
                         editor=f"编制单位：{dept}", unit_raw="单位：万元", kind="department_performance_targets"),
                   fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in dept_inds]
    projects = [
        ("文物保护修缮", ("860.00", "600.00", "180.00", "80.00"), "完成重点文物保护单位修缮5处。", [
            Ind("产出指标", "数量指标", "修缮文物保护单位", "5处", ("=", 5, "处")),
            Ind("产出指标", "质量指标", "修缮工程验收合格率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "修缮工程完工率", "≥90%", (">=", 90, "%")),
            Ind("产出指标", "成本指标", "修缮成本", "不高于860万元", ("<=", 860, "万元")),
            Ind("效益指标", "社会效益指标", "文物本体安全状况", "有效改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("河洛文化旅游节", ("350.00", "350.00", "", ""), "举办河洛文化旅游节，扩大洛阳文旅品牌影响力。", [
            Ind("产出指标", "数量指标", "举办主题活动", "≥20场", (">=", 20, "场")),
            Ind("产出指标", "时效指标", "活动举办周期", "≤30天", ("<=", 30, "天")),
            Ind("效益指标", "经济效益指标", "节会期间旅游收入", "≥60亿元", (">=", 60, "亿元")),
            Ind("效益指标", "社会效益指标", "文旅品牌影响力", "进一步扩大", Q),
            Ind("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    for proj, (tot, fiscal, carried, other), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, proj), (3, 1, "主管部门"), (4, 2, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for k, h in enumerate(("年度资金总额", "其中：财政拨款", "其中：上年结转", "其他资金")):
            rows.put(r, 1 + k, 1, 1 if k < 3 else 2, h)
        for k, v in enumerate((tot, fiscal, carried, other)):
            rows.put(r + 1, 1 + k, 1, 1 if k < 3 else 2, v)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值"))], (4, 2, "指标说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 2, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 86, 100, 90, 74, 80], title="项目支出绩效目标表",
                             editor=f"编制单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
        doc.gold.project(proj, "万元", year=tot, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山东 潍坊


def layout_sd_wf_county_long_form_yuan_repeated_head(folder: Path, name: str) -> FileGold:
    dept = "昌乐县卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效目标表", dept, year)
    long_inds = [
        Ind("产出指标", "数量指标", "家庭医生签约人数", "≥18万人", (">=", 18, "万人"), note="以年度签约系统统计数为准"),
        Ind("产出指标", "数量指标", "65岁以上老年人健康管理人数", "≥6.5万人", (">=", 6.5, "万人"), note="按国家基本公共卫生服务规范"),
        Ind("产出指标", "数量指标", "高血压患者规范管理人数", "≥4万人", (">=", 4, "万人"), note="慢病管理系统数据"),
        Ind("产出指标", "数量指标", "糖尿病患者规范管理人数", "≥1.5万人", (">=", 1.5, "万人"), note="慢病管理系统数据"),
        Ind("产出指标", "数量指标", "0-6岁儿童健康管理率", "≥90%", (">=", 90, "%"), note="妇幼信息系统统计"),
        Ind("产出指标", "质量指标", "电子健康档案建档率", "≥90%", (">=", 90, "%"), note="居民健康档案系统"),
        Ind("产出指标", "质量指标", "孕产妇系统管理率", "≥90%", (">=", 90, "%"), note="妇幼信息系统统计"),
        Ind("产出指标", "质量指标", "严重精神障碍患者规范管理率", "≥80%", (">=", 80, "%"), note="精防系统数据"),
        Ind("产出指标", "时效指标", "补助资金拨付时限", "≤30天", ("<=", 30, "天"), note="资金到位后拨付"),
        Ind("产出指标", "成本指标", "人均基本公共卫生服务补助", "94元", ("=", 94, "元"), note="按国家补助标准"),
        Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥30%", (">=", 30, "%"), note="年度监测调查"),
        Ind("效益指标", "社会效益指标", "城乡居民公共卫生差距", "逐步缩小", Q, note="定性评价"),
        Ind("效益指标", "可持续影响指标", "基层卫生服务能力", "持续提升", Q, note="定性评价"),
        Ind("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥85%", (">=", 85, "%"), note="第三方问卷调查"),
    ]
    short_inds = [
        Ind("产出指标", "数量指标", "招收培训住院医师", "≥25人", (">=", 25, "人")),
        Ind("产出指标", "质量指标", "结业考核通过率", "≥85%", (">=", 85, "%")),
        Ind("效益指标", "社会效益指标", "基层医疗人才队伍", "不断壮大", Q),
        Ind("满意度指标", "服务对象满意度指标", "培训学员满意度", "≥90%", (">=", 90, "%")),
    ]
    specs = [("基本公共卫生服务", ("3,560,000.00", "3,200,000.00", "360,000.00"), long_inds,
              "为辖区居民免费提供基本公共卫生服务，包括居民健康档案管理、健康教育、预防接种、"
              "儿童和孕产妇健康管理、老年人健康管理、慢性病患者健康管理、严重精神障碍患者管理等项目。"),
             ("住院医师规范化培训补助", ("480,000.00", "480,000.00", ""), short_inds,
              "对参加住院医师规范化培训的学员给予生活补助，提高基层医疗卫生人员业务水平。")]
    for k, (proj, (tot, fiscal, other), inds, content) in enumerate(reversed(specs)):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, proj))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, "昌乐县疾病预防控制中心"))
        rows.add((0, 1, "项目资金总额（元）"), (1, 4, tot))
        rows.add((0, 1, "其中：财政资金"), (1, 4, fiscal))
        rows.add((0, 1, "其他资金"), (1, 4, other))
        rows.add((0, 1, "实施内容"), (1, 4, content))
        rows.add((0, 1, "年度绩效目标"), (1, 4, "按国家规范完成各项服务任务，提高居民健康水平，群众满意度不断提升。"))
        head = rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "指标解释"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, [92, 88, 130, 80, 130], title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：元"),
                       repeat=(head, 1), fresh_page=k == 0)
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
        doc.gold.project(proj, "元", year=tot, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 浙江 绍兴


def layout_zj_sx_landscape_self_evals_weight_before_target(folder: Path, name: str) -> FileGold:
    dept = "绍兴市越城区交通运输局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    projects = [
        ("农村公路养护", "越城区公路与运输管理中心", ("860.00", "900.00", "873.00"), "优秀", [
            Ind("产出指标", "数量指标", "养护农村公路里程", ">=420公里", (">=", 420, "公里"), "20", "426公里", "20"),
            Ind("产出指标", "质量指标", "优良中等路比例", ">=85%", (">=", 85, "%"), "20", "87%", "20"),
            Ind("产出指标", "时效指标", "病害处治时限", "<=7天", ("<=", 7, "天"), "10", "6天", "10"),
            Ind("效益指标", "社会效益指标", "农村群众出行条件", "持续改善", Q, "20", "持续改善", "19"),
            Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", ">=90%", (">=", 90, "%"), "20", "92%", "20"),
        ]),
        ("公交运营补贴", "越城区交通运输服务中心", ("2,400.00", "2,400.00", "2,100.00"), "良好", [
            Ind("产出指标", "数量指标", "补贴公交线路", "=36条", ("=", 36, "条"), "15", "36条", "15"),
            Ind("产出指标", "质量指标", "公交准点率", ">=92%", (">=", 92, "%"), "15", "90%", "13",
                "部分路段施工影响"),
            Ind("产出指标", "成本指标", "车公里补贴标准", "<=3.2元", ("<=", 3.2, "元"), "10", "3.1元", "10"),
            Ind("效益指标", "社会效益指标", "公交分担率", ">=30%", (">=", 30, "%"), "20", "28%", "17",
                "私家车出行增长较快"),
            Ind("效益指标", "可持续影响指标", "新能源公交占比", ">=95%", (">=", 95, "%"), "10", "96%", "10"),
            Ind("满意度指标", "服务对象满意度指标", "乘客满意度", ">=90%", (">=", 90, "%"), "20", "91%", "20"),
        ]),
    ]
    for proj, unit_name, (initial, budget, executed), grade, inds in projects:
        rate, rate_score, total = _score_total(budget, executed, inds)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, proj), (4, 1, "实施单位"), (5, 3, unit_name))
        rows.add((0, 1, "年初预算数"), (1, 1, initial), (2, 1, "全年预算数"), (3, 1, budget), (4, 1, "全年执行数"),
                 (5, 1, executed), (6, 1, "执行率"), (7, 1, rate))
        rows.add((0, 6, "预算执行得分（分值10分）"), (6, 2, rate_score))
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "分值", "年度指标值",
                                                     "实际完成值", "得分", "偏差原因"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.weight), (4, 1, i.raw), (5, 1, i.actual),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 6, "总分"), (6, 2, f"{total:.2f}"))
        rows.add((0, 6, "自评等级"), (6, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [96, 120, 150, 60, 90, 90, 60, 120], title="项目支出绩效自评表",
                             editor=f"填报单位：{dept}", unit_raw="单位：万元", landscape=True,
                             kind="performance_self_evaluation"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
        doc.gold.self_evaluation(proj, "万元", budget, executed, total, GRADE[grade])
        doc.gold.project(proj, "万元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 安徽 合肥


def layout_ah_hf_school_budget_labels_above_sources_not_fiscal(folder: Path, name: str) -> FileGold:
    dept = "合肥市第八中学"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "5,260.00"), ("二、事业收入", "1,140.00")],
                  [("一、教育支出", "6,020.00"), ("二、住房保障支出", "380.00")])
    projects = [
        ("智慧校园建设", "合肥市教育局", ("580.00", "300.00", "200.00", "80.00"), [
            Ind("产出指标", "数量指标", "更新智慧教室", "达到40间", (">=", 40, "间")),
            Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "建设完成时间", "2025年8月底前", (None, None, None)),
            Ind("产出指标", "成本指标", "单间教室改造成本", "控制在12万元以内", ("<=", 12, "万元")),
            Ind("效益指标", "社会效益指标", "信息化教学覆盖率", "达到95%", (">=", 95, "%")),
            Ind("满意度指标", "服务对象满意度指标", "师生满意度", "不低于90%", (">=", 90, "%")),
        ]),
        ("学生资助", "合肥市教育局", ("210.00", "70.00", "140.00", ""), [
            Ind("产出指标", "数量指标", "国家助学金资助人数", "不少于350人", (">=", 350, "人")),
            Ind("产出指标", "质量指标", "资助对象认定准确率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "资金发放时限", "不超过15天", ("<=", 15, "天")),
            Ind("效益指标", "社会效益指标", "家庭经济困难学生辍学", "零发生", Q),
            Ind("满意度指标", "服务对象满意度指标", "受助学生满意度", "不低于92%", (">=", 92, "%")),
        ]),
    ]
    for k, (proj, boss, (tot, general, central, other), inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 2, "主管部门"), (4, 2, "实施单位"))
        rows.add((0, 2, proj), (2, 2, boss), (4, 2, dept))
        rows.add((0, 6, "项目资金（万元）"))
        rows.add((0, 2, "年度资金总额"), (2, 1, "一般公共预算"), (3, 1, "中央补助"), (4, 2, "其他资金"))
        rows.add((0, 2, tot), (2, 1, general), (3, 1, central), (4, 2, other))
        rows.add((0, 6, "年度绩效目标"))
        rows.add((0, 6, "按计划完成年度任务，改善办学条件，保障学生权益。"))
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值"))],
                 (4, 2, "指标值设定依据"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 2, "学校发展规划")])
        doc.pages.grid(_spec(rows.cells, rows.n, [76, 84, 110, 110, 60, 70], title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=k == 0)
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
        doc.gold.project(proj, "万元", year=tot)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 鞍山


def layout_ln_as_town_three_forms_levels_every_row(folder: Path, name: str) -> FileGold:
    dept = "海城市腾鳌镇人民政府"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年项目绩效目标", dept, year)
    projects = [
        ("农村人居环境整治", ("95.00", "80.00"), [
            Ind("产出指标", "数量指标", "清运生活垃圾", "≥4800吨", (">=", 4800, "吨")),
            Ind("产出指标", "质量指标", "垃圾无害化处理率", "100%", ("=", 100, "%")),
            Ind("效益指标", "生态效益指标", "村容村貌", "明显改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("防汛物资储备", ("18.00", ""), [
            Ind("产出指标", "数量指标", "储备编织袋", "≥2万条", (">=", 2, "万条")),
            Ind("产出指标", "时效指标", "汛前储备到位时间", "2024年5月底前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "防汛应急保障能力", "有效提升", Q),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("村级组织运转保障", ("64.00", "64.00"), [
            Ind("产出指标", "数量指标", "保障行政村数", "=21个", ("=", 21, "个")),
            Ind("产出指标", "成本指标", "村均运转经费", "≤3.1万元", ("<=", 3.1, "万元")),
            Ind("效益指标", "社会效益指标", "村级组织服务能力", "稳步提升", Q),
            Ind("满意度指标", "服务对象满意度指标", "村干部满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    for k, (proj, (tot, fiscal), inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, proj))
        rows.add((0, 1, "资金总额（万元）"), (1, 1, tot), (2, 1, "其中：财政资金"), (3, 1, fiscal))
        rows.add((0, 1, "年度目标"), (1, 3, "完成年度工作任务，提高群众获得感。"))
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值"))])
        for i in inds:
            rows.add((0, 1, i.l1), (1, 1, i.l2), (2, 1, i.name), (3, 1, i.raw))
        doc.pages.grid(_spec(rows.cells, rows.n, [110, 130, 150, 110], title=f"{proj}绩效目标表",
                             unit_raw="单位：万元"), fresh_page=k == 0)
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
        doc.gold.project(proj, "万元", year=tot, fiscal=fiscal or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 云南 大理


def layout_yn_dl_landscape_list_column_numbers_ranges(folder: Path, name: str) -> FileGold:
    dept = "大理市住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("城镇老旧小区改造", "1,500.00", "1,100.00", [
            Ind("产出指标", "数量指标", "改造老旧小区", "≥18个", (">=", 18, "个"), "20"),
            Ind("产出指标", "质量指标", "竣工验收合格率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "改造完工时间", "2025年10月底前", (None, None, None), "10"),
            Ind("效益指标", "社会效益指标", "惠及居民户数", "≥2600户", (">=", 2600, "户"), "20"),
            Ind("效益指标", "可持续影响指标", "小区长效管理机制", "基本建立", Q, "10"),
            Ind("满意度指标", "服务对象满意度指标", "居民满意度", "90%-95%", ("range", 90, "%", 95), "20"),
        ]),
        ("建设工程质量安全监督", "120.00", "120.00", [
            Ind("产出指标", "数量指标", "监督在建工程项目", "≥150个", (">=", 150, "个"), "25"),
            Ind("产出指标", "质量指标", "工程质量一次验收合格率", "≥98%", (">=", 98, "%"), "25"),
            Ind("产出指标", "时效指标", "质量投诉处理时限", "3～5个工作日", ("range", 3, "个工作日", 5), "15"),
            Ind("效益指标", "社会效益指标", "较大及以上安全事故", "不发生", Q, "25"),
            Ind("满意度指标", "服务对象满意度指标", "建设单位满意度", "≥85%", (">=", 85, "%"), "10"),
        ]),
        ("城市燃气安全整治", "260.00", "200.00", [
            Ind("产出指标", "数量指标", "燃气用户安全检查", "≥5万户", (">=", 5, "万户"), "30"),
            Ind("产出指标", "质量指标", "隐患整改率", "≥95%", (">=", 95, "%"), "30"),
            Ind("效益指标", "社会效益指标", "燃气安全事故起数", "<1起", ("<", 1, "起"), "25"),
            Ind("满意度指标", "服务对象满意度指标", "燃气用户满意度", "≥90%", (">=", 90, "%"), "15"),
        ]),
    ]
    rows = _Rows()
    heads = ("序号", "项目名称", "项目金额（万元）", "其中：财政拨款", "一级指标", "二级指标", "三级指标", "指标值",
             "权重（%）")
    rows.add(*[(c, 1, t) for c, t in enumerate(heads)])
    rows.add(*[(c, 1, str(c + 1)) for c in range(len(heads))])
    for n, (proj, tot, fiscal, inds) in enumerate(projects, 1):
        r0 = rows.n
        for c, t in enumerate((str(n), proj, tot, fiscal)):
            rows.put(r0, c, len(inds), 1, t)
        _grid_rows(rows, inds, 4, 5, lambda i: [(6, 1, i.name), (7, 1, i.raw), (8, 1, i.weight)])
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
        doc.gold.project(proj, "万元", year=tot, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [36, 110, 76, 76, 76, 100, 130, 110, 56], title="项目支出绩效目标表",
                         editor=f"部门名称：{dept}", unit_raw="单位：万元", landscape=True),
                   repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 天水


def layout_gs_ts_district_yuan_invest_year_three_row_money(folder: Path, name: str) -> FileGold:
    dept = "天水市麦积区水务局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标申报表", dept, year)
    projects = [
        ("农村饮水安全巩固提升", ("12,000,000.00", "4,500,000.00", "3,000,000.00", "1,000,000.00", "500,000.00"), [
            Ind("产出指标", "数量指标", "新建改造供水管网", ("≥", "85", "公里"), (">=", 85, "公里")),
            Ind("产出指标", "数量指标", "受益农村人口", ("≥", "2.3", "万人"), (">=", 2.3, "万人")),
            Ind("产出指标", "质量指标", "农村自来水普及率", ("≥", "93", "%"), (">=", 93, "%")),
            Ind("效益指标", "社会效益指标", "农村供水保障水平", ("", "显著提高", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", ("≥", "90", "%"), (">=", 90, "%")),
        ]),
        ("小型水库维修养护", ("800,000.00", "800,000.00", "800,000.00", "0.00", ""), [
            Ind("产出指标", "数量指标", "维修养护水库", ("=", "7", "座"), ("=", 7, "座")),
            Ind("产出指标", "时效指标", "汛前维修完成率", ("=", "100", "%"), ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "水库安全运行", ("", "保障有力", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "下游群众满意度", ("≥", "88", "%"), (">=", 88, "%")),
        ]),
    ]
    for k, (proj, (invest, sub, fiscal, carried, other), inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, proj))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "项目期限"), (4, 2, "2025年1月-2025年12月"))
        r = rows.n
        rows.put(r, 0, 3, 1, "项目资金（元）")
        rows.put(r, 1, 2, 1, "项目总投资")
        rows.put(r, 2, 1, 4, "本年度")
        for c, h in enumerate(("小计", "财政拨款", "上年结转", "其他资金")):
            rows.put(r + 1, 2 + c, 1, 1, h)
        for c, v in enumerate((invest, sub, fiscal, carried, other)):
            rows.put(r + 2, 1 + c, 1, 1, v)
        rows.add((0, 1, "年度目标"), (1, 5, "完成年度建设和维护任务，保障群众用水安全。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "计量单位"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name),
                                                (4, 1, i.target[0] + i.target[1]), (5, 1, i.target[2])])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 96, 96, 80, 96, 82], title="项目支出绩效目标申报表",
                             editor=f"申报单位：{dept}", unit_raw="单位：元"), fresh_page=k == 0)
        doc.gold.indicators += [_gold_ind(proj, i) for i in inds]
        doc.gold.project(proj, "元", total=invest, year=sub, fiscal=fiscal,
                         carried=None if carried in ("", "0.00") else carried)
    return doc.save(folder)


BLIND28: dict[str, Builder] = {
    "hl_hrb_budget_money_label_rows_total_year_weights": layout_hl_hrb_budget_money_label_rows_total_year_weights,
    "sc_ya_township_two_forms_fiscal_income_lines": layout_sc_ya_township_two_forms_fiscal_income_lines,
    "js_sz_cdc_landscape_list_level2_only_reach": layout_js_sz_cdc_landscape_list_level2_only_reach,
    "gd_st_street_accounts_dept_then_project_self_evals": layout_gd_st_street_accounts_dept_then_project_self_evals,
    "hen_ly_budget_dept_wide_heads_then_project_heads": layout_hen_ly_budget_dept_wide_heads_then_project_heads,
    "sd_wf_county_long_form_yuan_repeated_head": layout_sd_wf_county_long_form_yuan_repeated_head,
    "zj_sx_landscape_self_evals_weight_before_target": layout_zj_sx_landscape_self_evals_weight_before_target,
    "ah_hf_school_budget_labels_above_sources_not_fiscal": layout_ah_hf_school_budget_labels_above_sources_not_fiscal,
    "ln_as_town_three_forms_levels_every_row": layout_ln_as_town_three_forms_levels_every_row,
    "yn_dl_landscape_list_column_numbers_ranges": layout_yn_dl_landscape_list_column_numbers_ranges,
    "gs_ts_district_yuan_invest_year_three_row_money": layout_gs_ts_district_yuan_invest_year_three_row_money,
}
SETS: dict[str, dict[str, Builder]] = {"blind28": BLIND28}


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
    """Write every layout of ``which`` ("blind28") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
