"""BLIND26 performance forms: eleven layouts as a 南宁 市直 bureau, a 贵阳 乡镇, a 宜昌 district,
a 徐州 county, a 太原 事业单位, a 石家庄 district, a 厦门 街道, a 南昌 市直 bureau, a 大连
district, a 郑州 county and a 重庆 镇 print their 项目支出绩效目标表, 部门整体支出绩效目标表,
项目支出绩效自评表 and 部门整体支出绩效自评表, written by an author who had read neither the form
reader nor the earlier blind sets (only the gold helpers and page composer of ``form_layouts``,
the gold conventions of BLIND9's docstring and the real disclosures). Each layout writes one PDF
and its gold in the format of ``form_layouts.write_set``; the gold is written by hand with
``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

gx_nn_budget_fund_source_lines_bond  广西 南宁 市直 部门预算: budget tables, then one form per
        project whose 资金来源（万元） merged cell runs over label | value lines 合计 |
        一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 地方政府专项债券资金 | 上年结转;
        grid 一级 | 二级 | 三级 | 指标值 | 权重（%）.
        total: none; year: 合计; fiscal: the sum of the …财政拨款收入 lines that print an amount
        (专项债券 never summed; the 项目支出预算表 before the forms prints the same sums in its
        财政拨款 column); carried: 上年结转 (0.00 printed: none).
gz_gy_township_short_forms_no_level2  贵州 贵阳 乡镇 (镇人民政府): three short forms running down
        the pages, 项目资金总额（万元） | value | 其中：财政资金 | value in one row, grid 一级 | 三级 |
        指标值 | 备注 with no 二级 column, targets in words (达到 N, 不少于, 不超过, a deadline).
        year: 项目资金总额 (the form prints no other period); fiscal: 其中：财政资金.
hb_yc_accounts_dept_self_eval_basic_project_rows  湖北 宜昌 district 部门决算: accounts tables,
        then a 部门整体支出绩效自评表 whose money rows are 年度资金总额 / 其中：基本支出 / 项目支出
        under 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分, and a 项目支出绩效自评表
        (rows 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金), 未完成原因 column.
        Self evaluations: budget = 全年预算数, executed = 全年执行数 of the 年度资金总额 row; the
        project's year = that 全年预算数, fiscal = the 当年财政拨款 row's 全年预算数; 上年结转资金
        printed as "—": none.
js_xz_county_landscape_list_no_repeat  江苏 徐州 county: landscape list 项目名称 | 资金（万元）
        over 项目总金额 | 本年度资金 | 绩效指标 over 一级 | 二级 | 三级 | 指标方向 | 指标值 | 计量单位
        (two header rows), project cells merged, the list over a page break with no repeated
        header; a qualitative target leaves 指标方向 and 计量单位 empty.
        total: 项目总金额; year: 本年度资金.
sx_ty_cdc_self_eval_three_row_money_yuan  山西 太原 事业单位 (疾病预防控制中心) 项目支出绩效自评表 in
        元 with separators: a three-row money header (资金情况（元） / 资金性质 | 预算数 over 年初预算数
        | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分), rows 年度资金总额 / 其中：财政拨款 /
        其他资金, grade as words in a 自评等级 row (优秀 / 良好).
he_sjz_budget_dept_wide_levels_every_row  河北 石家庄 district 部门预算 ending with a 部门整体支出
        绩效目标表: 部门预算资金（万元） heads 资金总额 | 财政拨款 | 其他资金 over one row,
        年度主要任务 rows with their amounts, 一级 and 二级 printed again on every row (not merged).
        A 部门整体 form's money is no project's.
fj_xm_street_labels_above_long_form_repeat  福建 厦门 街道: labels printed above their values
        (项目名称 | 项目编码 | 实施单位, then 年度预算资金（元） | 其中：财政资金 | 上年结转资金 | 其他资金
        over a values row, 元 with separators), a short form, then a long form below it running
        over the page break with its grid header row repeated and merged 一级 / 二级 cells cut.
        year: 年度预算资金; fiscal: 其中：财政资金; carried: 上年结转资金.
jx_nc_budget_heads_row_score_rule  江西 南昌 市直 部门预算: budget tables, then forms two a page
        with a 项目资金（万元） cell beside a heads row 资金总额 | 当年财政拨款 | 上年结转 | 其他资金 and
        an amounts row, grid 一级 (merged) | 二级 (repeated) | 三级 | 指标值 | 分值 | 评分标准.
        year: 资金总额; fiscal: 当年财政拨款; carried: 上年结转 (0.00 or — printed: none).
ln_dl_accounts_landscape_self_evals_split_cause  辽宁 大连 district 部门决算: accounts tables, then
        landscape 项目支出绩效自评表 with 偏差原因分析 | 改进措施 split, 绩效自评得分 | value |
        评价等级 | value in one row at the foot; money rows 年度资金总额 / 其中：本年财政拨款 /
        上年结转资金 / 其他资金 (budget, executed, year, fiscal as in hb_yc; carried = the
        上年结转资金 row's 全年预算数 where it prints an amount).
hn_zz_county_project_line_in_grid  河南 郑州 county: one table for all projects, each opened by a
        merged line "项目名称：… 预算金额：…万元" (label and value in one cell), grid 二级 | 三级 |
        指标值 | 指标值说明 with no 一级 column, header row repeated over the page break, ranges
        (90%-95%, 8～10次) and deadlines (2025年9月30日前). year: 预算金额.
cq_yb_town_self_eval_money_pairs_two_rows  重庆 渝北 镇 项目支出绩效自评表: money as label | value
        pairs over two rows (年初预算数（万元） | … | 全年预算数（万元） | … | 全年执行数（万元） | …;
        执行率 | … | 分值 | 10 | 得分 | …), grid 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 |
        得分, 总分 | value | 自评等级 | value in one row. year = 全年预算数 (no fiscal printed).

Gold conventions (BLIND9's, with this set's rulings):

- target_raw is the 年度 value as printed; split columns are joined in reading order with no
  separator ("≥95%"); an empty cell adds nothing.
- ≥ / 不低于 / 不少于 / 达到 N read ">="; ≤ / 不高于 / 不超过 read "<="; ＞ / 大于 read ">";
  ＜ / 小于 read "<"; ＝ / = and a bare figure read "="; "90%-95%", "8～10次" are ranges; a
  deadline ("2025年9月30日前") stays raw with no comparator; a state is qualitative.
- Money: 年度资金总额 / 项目资金总额 / 合计 / 预算金额 of a single-period form is ``year``;
  项目总金额 beside a 本年度 column is ``total``. ``fiscal`` is 财政拨款 / 财政资金 as printed; where
  a source list prints lines named …财政拨款收入, fiscal is the sum of those lines printing an
  amount; sources not named 财政拨款 (一般公共预算 alone, 专项债券, 中央补助 …) are never summed
  into it. ``carried`` where 上年结转 prints an amount; a printed 0.00 or — is no amount. A
  部门整体 form's money (its 年度主要任务 amounts included) is not a project's: no project row.
- Self evaluations: budget = 全年预算数 of the 年度资金总额 row (or its label | value pair),
  executed = its 全年执行数; score = the printed 总分 / 绩效自评得分 (execution score +
  indicator scores); grade as printed, the words 优秀 / 良好 / 中等 / 较差 read 优 / 良 / 中 / 差.
  A project self evaluation gives the project's money (year = 全年预算数, fiscal = the 财政拨款
  row's 全年预算数 where that row is printed).
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
QN, QL, TM, CO = "数量指标", "质量指标", "时效指标", "成本指标"
SO, EC, ECO, SU, SA = "社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]]) -> None:
    """Front of a 部门预算: contents, 部门概况, the 收支预算总表, a 财政拨款 table, a heading."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效情况", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职责。{dept}根据法律法规和本级党委、政府赋予的职责，承担本领域的行政管理和公共服务工作。",
        f"二、部门预算单位构成。纳入{year}年部门预算编制范围的单位包括部门本级及所属事业单位。",
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
    doc.pages.table(TableSpec("收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    doc.pages.table(TableSpec("财政拨款收支预算总表", "fiscal_appropriation_summary", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [200, 100, 110, 110],
                              [(0, 0, 1, 1, "项目"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出"), (0, 3, 1, 1, "项目支出")],
                              1, [plain_row([name, v, "", v]) for name, v in spending], ["l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  预算绩效情况", [
        f"{year}年本部门实行绩效目标管理的项目全部编报绩效目标，部门整体和重点项目绩效目标如下表。",
    ])


def _rate(budget: str, executed: str) -> tuple[str, str, float]:
    """执行率 and its score as printed (two decimals), the score as a float."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b * 100
    score = min(Decimal(10), e / b * 10)
    return f"{rate:.2f}%", f"{score:.2f}", float(f"{score:.2f}")


def _total(inds: list[Ind], rate_score: float) -> float:
    return round(rate_score + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- 广西 南宁


def layout_gx_nn_budget_fund_source_lines_bond(folder: Path, name: str) -> FileGold:
    dept = "南宁市水利局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "6,420.30"), ("二、政府性基金预算拨款收入", "1,180.00")],
                  [("一、农林水支出", "6,920.30"), ("二、城乡社区支出", "680.00")])
    # the 项目支出预算表 of the budget tables: each project's 财政拨款 in one column
    doc.pages.table(TableSpec("项目支出预算表", "project_expenditure", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [200, 90, 90, 90, 90],
                              [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "财政拨款"),
                               (0, 3, 1, 1, "专项债券"), (0, 4, 1, 1, "上年结转")], 1,
                              [plain_row(["城区防洪排涝设施运行维护", "860.00", "660.00", "200.00", ""]),
                               plain_row(["水土保持监测与治理", "415.50", "300.00", "", "115.50"])],
                              ["l", "r", "r", "r", "r"]))
    projects = [
        ("城区防洪排涝设施运行维护", "45010025000000317", "南宁市防洪排涝中心",
         [("合计", "860.00"), ("一般公共预算财政拨款收入", "520.00"), ("政府性基金预算财政拨款收入", "140.00"),
          ("地方政府专项债券资金", "200.00"), ("上年结转", "0.00")], ("860.00", "660.00", None),
         "保障城区排涝泵站、防洪闸和堤防安全运行，汛期城区内涝点及时消除。", [
             Ind(P, QN, "维护排涝泵站座数", "≥42座", (">=", 42, "座"), "15"),
             Ind(P, QN, "堤防巡查里程", "≥180公里", (">=", 180, "公里"), "10"),
             Ind(P, QL, "泵站设备完好率", "≥98%", (">=", 98, "%"), "15"),
             Ind(P, TM, "汛前检修完成时间", "2025年4月30日前", (None, None, None), "10"),
             Ind(C, CO, "单座泵站年均维护成本", "≤12万元", ("<=", 12, "万元"), "10"),
             Ind(E, SO, "城区主要易涝点积水消退时间", "≤2小时", ("<=", 2, "小时"), "20"),
             Ind(E, SU, "防洪排涝工程长效运行", "持续保障", Q, "10"),
             Ind(S, SA, "沿线居民满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("水土保持监测与治理", "45010025000000452", "南宁市水土保持监测站",
         [("合计", "415.50"), ("一般公共预算财政拨款收入", "300.00"), ("政府性基金预算财政拨款收入", "—"),
          ("地方政府专项债券资金", ""), ("上年结转", "115.50")], ("415.50", "300.00", "115.50"),
         "开展水土流失动态监测，完成重点区域综合治理，水土保持率稳步提高。", [
             Ind(P, QN, "水土流失动态监测点", "≥36个", (">=", 36, "个"), "20"),
             Ind(P, QN, "综合治理面积", "≥12平方公里", (">=", 12, "平方公里"), "20"),
             Ind(P, QL, "监测数据上报合格率", "100%", ("=", 100, "%"), "15"),
             Ind(C, CO, "每平方公里治理成本", "≤18万元", ("<=", 18, "万元"), "10"),
             Ind(E, ECO, "水土保持率", "≥93.5%", (">=", 93.5, "%"), "25"),
             Ind(S, SA, "项目区群众满意度", "≥85%", (">=", 85, "%"), "10"),
         ]),
    ]
    for project, code, unit_name, sources, (yr, fiscal, carried), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "项目编号"), (1, 2, code), (3, 1, "实施单位"), (4, 1, unit_name))
        r = rows.n
        rows.put(r, 0, len(sources), 1, "资金来源（万元）")
        for k, (label, value) in enumerate(sources):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 1, value)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "权重（%）"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [75, 80, 150, 125, 85], title="项目支出绩效目标表",
                             editor=f"部门名称：{dept}", unit_raw="金额单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=yr, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 贵阳 乡镇


def layout_gz_gy_township_short_forms_no_level2(folder: Path, name: str) -> FileGold:
    dept = "贵阳市花溪区青岩镇人民政府"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("古镇消防安全网格化管理", "38.00", "38.00", "组建镇村两级微型消防站，开展古镇木结构建筑消防巡查和宣传培训。", [
            Ind(P, None, "消防巡查次数", "达到48次", (">=", 48, "次"), note="每周巡查一次"),
            Ind(P, None, "微型消防站建设数", "不少于6个", (">=", 6, "个")),
            Ind(P, None, "火灾隐患整改时限", "不超过5个工作日", ("<=", 5, "个工作日")),
            Ind(E, None, "古镇较大以上火灾事故", "0起", ("=", 0, "起")),
            Ind(S, None, "商户和居民满意度", "≥90%", (">=", 90, "%"), note="问卷调查"),
        ]),
        ("农村人居环境整治", "126.40", "96.40", "推进村寨垃圾收运和污水治理，改善农村人居环境。", [
            Ind(P, None, "垃圾收运覆盖行政村", "达到18个", (">=", 18, "个")),
            Ind(P, None, "农村生活污水治理户数", "不少于650户", (">=", 650, "户")),
            Ind(P, None, "垃圾日产日清率", "100%", ("=", 100, "%")),
            Ind(P, None, "改厕工程完工时间", "2025年10月底前", (None, None, None)),
            Ind(E, None, "村容村貌", "明显改善", Q),
            Ind(S, None, "村民满意度", "≥88%", (">=", 88, "%")),
        ]),
        ("镇综合文化站免费开放", "22.00", "22.00", "保障综合文化站全年免费开放，组织群众文化活动。", [
            Ind(P, None, "免费开放天数", "不少于300天", (">=", 300, "天")),
            Ind(P, None, "群众文化活动场次", "达到24场", (">=", 24, "场")),
            Ind(E, None, "参与群众人次", "≥6000人次", (">=", 6000, "人次")),
            Ind(S, None, "群众满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    first = True
    for project, total, fiscal, content, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "项目资金总额（万元）"), (1, 1, total), (2, 1, "其中：财政资金"), (3, 1, fiscal))
        rows.add((0, 1, "项目实施内容"), (1, 3, content))
        rows.add((0, 1, "一级指标"), (1, 1, "三级指标"), (2, 1, "指标值"), (3, 1, "备注"))
        _grid_rows(rows, inds, 0, None, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, [110, 170, 120, 110], title="2025年项目支出绩效目标表",
                             editor=f"单位：{dept}"), fresh_page=first, gap=26)
        first = False
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 宜昌


def _money_block_8(rows: _Rows, label: str, lines: list[tuple[str, ...]]) -> None:
    """label merged down col 0; heads row then lines, the row label in col 1, six figures."""
    r = rows.n
    rows.put(r, 0, len(lines) + 1, 1, label)
    rows.put(r, 1, 1, 1, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")):
        rows.put(r, 2 + k, 1, 1, head)
    for k, line in enumerate(lines, 1):
        for j, v in enumerate(line):
            rows.put(r + k, 1 + j, 1, 1, v)


def layout_hb_yc_accounts_dept_self_eval_basic_project_rows(folder: Path, name: str) -> FileGold:
    dept = "宜昌市夷陵区卫生健康局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "9,812.60"), ("二、其他收入", "120.40")],
                    [("一、卫生健康支出", "9,603.00"), ("二、社会保障和就业支出", "330.00")])
    widths = [56, 66, 90, 66, 66, 50, 40, 90]
    budget, executed = "10,200.00", "9,933.00"
    rate, rate_score, rs = _rate(budget, executed)
    inds = [
        Ind(P, QN, "家庭医生签约人数", "≥16万人", (">=", 16, "万人"), "15", "16.8万人", "15"),
        Ind(P, QN, "基本公共卫生服务项目数", "12项", ("=", 12, "项"), "10", "12项", "10"),
        Ind(P, QL, "孕产妇系统管理率", "≥90%", (">=", 90, "%"), "10", "93.2%", "10"),
        Ind(P, QL, "适龄儿童免疫规划疫苗接种率", "≥95%", (">=", 95, "%"), "10", "94.1%", "9",
            "流动儿童接种追踪难度大，下年加强信息比对"),
        Ind(P, TM, "传染病疫情报告及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind(C, CO, "“三公”经费支出", "≤28万元", ("<=", 28, "万元"), "5", "26.4万元", "5"),
        Ind(E, SO, "居民健康素养水平", "≥30%", (">=", 30, "%"), "10", "31.5%", "10"),
        Ind(E, SU, "基层医疗服务能力", "持续提升", Q, "10", "持续提升", "9"),
        Ind(S, SA, "群众就医满意度", "≥90%", (">=", 90, "%"), "10", "91.6%", "10"),
    ]
    total = _total(inds, rs)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    _money_block_8(rows, "年度部门整体支出（万元）", [
        ("年度资金总额", "9,860.00", budget, executed, rate, "10", rate_score),
        ("其中：基本支出", "6,420.00", "6,510.00", "6,480.20", "—", "—", "—"),
        ("项目支出", "3,440.00", "3,690.00", "3,452.80", "—", "—", "—"),
    ])
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 3, "预期目标")
    rows.put(r, 4, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 3, "落实基本公共卫生服务，提升基层医疗服务能力，做好重大疾病防控。")
    rows.put(r + 1, 4, 1, 4, "完成年度各项卫生健康工作任务，家庭医生签约16.8万人。")
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "未完成原因和改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 5, "自评等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="部门整体支出绩效自评表", editor=f"（{year}年度）",
                         unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "优")

    project = "家庭医生签约服务补助"
    budget, executed = "380.00", "352.40"
    rate, rate_score, rs = _rate(budget, executed)
    inds = [
        Ind(P, QN, "签约重点人群人数", "≥8万人", (">=", 8, "万人"), "20", "8.3万人", "20"),
        Ind(P, QL, "签约服务履约率", "≥85%", (">=", 85, "%"), "15", "82%", "12", "部分村医人手不足"),
        Ind(P, TM, "补助资金拨付时限", "季度结束后30日内", ("<=", 30, "日"), "10", "25日", "10"),
        Ind(C, CO, "人均签约服务补助标准", "≤45元", ("<=", 45, "元"), "10", "44元", "10"),
        Ind(E, SO, "重点人群健康管理率", "≥80%", (">=", 80, "%"), "15", "81.2%", "15"),
        Ind(E, SU, "家庭医生团队稳定性", "逐步增强", Q, "10", "增强", "9"),
        Ind(S, SA, "签约居民满意度", "≥90%", (">=", 90, "%"), "10", "88.5%", "8", "部分居民对上门频次有意见"),
    ]
    total = _total(inds, rs)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 6, project))
    rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 3, "夷陵区基层医疗卫生机构"))
    _money_block_8(rows, "项目资金（万元）", [
        ("年度资金总额", "360.00", budget, executed, rate, "10", rate_score),
        ("其中：当年财政拨款", "360.00", "330.00", "305.40", "—", "—", "—"),
        ("上年结转资金", "—", "—", "—", "—", "—", "—"),
        ("其他资金", "", "50.00", "47.00", "—", "—", "—"),
    ])
    rows.add((0, 2, "年度总体目标"), (2, 6, "落实家庭医生签约服务，重点人群签约8万人以上，履约率不低于85%。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "未完成原因和改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 5, "自评等级"), (5, 3, "良"))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                         unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", budget, executed, total, "良")
    doc.gold.project(project, "万元", year=budget, fiscal="330.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 徐州 county


def layout_js_xz_county_landscape_list_no_repeat(folder: Path, name: str) -> FileGold:
    dept = "丰县农业农村局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("高标准农田建设", "3,600.00", "1,200.00", [
            Ind(P, QN, "新建高标准农田面积", ("≥", "2.4", "万亩"), (">=", 2.4, "万亩")),
            Ind(P, QN, "新建灌排泵站", ("≥", "16", "座"), (">=", 16, "座")),
            Ind(P, QL, "工程验收合格率", ("=", "100", "%"), ("=", 100, "%")),
            Ind(P, TM, "年度建设任务完成时间", ("", "2025年12月31日前", ""), (None, None, None)),
            Ind(C, CO, "亩均财政投入", ("≤", "1500", "元"), ("<=", 1500, "元")),
            Ind(E, EC, "项目区粮食亩均增产", ("≥", "50", "公斤"), (">=", 50, "公斤")),
            Ind(S, SA, "项目区农户满意度", ("≥", "90", "%"), (">=", 90, "%")),
        ]),
        ("农机购置与应用补贴", "450.00", "450.00", [
            Ind(P, QN, "补贴机具台套数", ("≥", "1800", "台套"), (">=", 1800, "台套")),
            Ind(P, QL, "补贴机具核验率", ("=", "100", "%"), ("=", 100, "%")),
            Ind(P, TM, "补贴资金兑付时限", ("≤", "30", "个工作日"), ("<=", 30, "个工作日")),
            Ind(E, EC, "主要农作物耕种收综合机械化率", ("≥", "92", "%"), (">=", 92, "%")),
            Ind(E, SU, "农机装备结构", ("", "持续优化", ""), Q),
            Ind(S, SA, "购机农户满意度", ("≥", "90", "%"), (">=", 90, "%")),
        ]),
        ("重大动物疫病防控", "180.00", "180.00", [
            Ind(P, QN, "口蹄疫等强制免疫畜禽", ("≥", "260", "万头（只）"), (">=", 260, "万头(只)")),
            Ind(P, QN, "疫病监测采样数", ("≥", "12000", "份"), (">=", 12000, "份")),
            Ind(P, QL, "免疫抗体合格率", ("≥", "70", "%"), (">=", 70, "%")),
            Ind(P, TM, "疫情报告时限", ("≤", "2", "小时"), ("<=", 2, "小时")),
            Ind(E, SO, "区域性重大动物疫情", ("", "不发生", ""), Q),
            Ind(S, SA, "养殖场户满意度", ("≥", "85", "%"), (">=", 85, "%")),
        ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "项目名称")
    rows.put(0, 1, 1, 2, "资金（万元）")
    rows.put(1, 1, 1, 1, "项目总金额")
    rows.put(1, 2, 1, 1, "本年度资金")
    rows.put(0, 3, 1, 6, "绩效指标")
    for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")):
        rows.put(1, 3 + k, 1, 1, t)
    for project, total, yr, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 3, 4, lambda i: [(5, 1, i.name), (6, 1, i.target[0]), (7, 1, i.target[1]),
                                                (8, 1, i.target[2])])
        rows.put(r0, 0, len(inds), 1, project)
        rows.put(r0, 1, len(inds), 1, total)
        rows.put(r0, 2, len(inds), 1, yr)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=yr)
    doc.pages.grid(_spec(rows.cells, rows.n, [96, 62, 62, 60, 80, 164, 52, 84, 80],
                         title="丰县农业农村局2025年项目支出绩效目标表", editor=f"预算单位：{dept}",
                         unit_raw="单位：万元", landscape=True), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 太原 事业单位


def layout_sx_ty_cdc_self_eval_three_row_money_yuan(folder: Path, name: str) -> FileGold:
    dept = "太原市疾病预防控制中心"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    evals = [
        ("艾滋病综合防治", "1,286,400.00", "1,312,400.00", "1,260,874.50", "1,100,000.00", "优秀", "优",
         "扩大检测覆盖面，规范随访管理，降低艾滋病传播风险。", "完成检测28.6万人份，随访管理率96%。", [
             Ind(P, QN, "艾滋病检测人份", "≥25万人份", (">=", 25, "万人份"), "20", "28.6万人份", "20"),
             Ind(P, QL, "感染者随访管理率", "≥95%", (">=", 95, "%"), "15", "96%", "15"),
             Ind(P, QL, "抗病毒治疗覆盖率", "≥90%", (">=", 90, "%"), "10", "91.3%", "10"),
             Ind(P, TM, "检测结果反馈时限", "≤7天", ("<=", 7, "天"), "10", "5天", "10"),
             Ind(E, SO, "重点人群防治知识知晓率", "≥85%", (">=", 85, "%"), "15", "87%", "15"),
             Ind(E, SU, "多部门联防联控机制", "健全", Q, "10", "健全", "10"),
             Ind(S, SA, "服务对象满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
         ]),
        ("病媒生物监测", "420,000.00", "420,000.00", "351,960.00", "420,000.00", "良好", "良",
         "开展鼠、蚊、蝇、蜱监测，及时发布密度预警。", "完成监测点位布设，个别月份监测数据上报延迟。", [
             Ind(P, QN, "病媒生物监测点", "≥40个", (">=", 40, "个"), "20", "40个", "20"),
             Ind(P, QN, "监测报告期数", "12期", ("=", 12, "期"), "15", "12期", "15"),
             Ind(P, TM, "监测数据上报及时率", "≥95%", (">=", 95, "%"), "15", "90%", "12", "两个月份系统故障"),
             Ind(C, CO, "每个监测点年均成本", "≤1.05万元", ("<=", 1.05, "万元"), "10", "0.88万元", "10"),
             Ind(E, SO, "病媒生物密度", "控制在C级以上", Q, "20", "达到C级", "16", "个别区域蚊密度偏高"),
             Ind(S, SA, "辖区单位满意度", "≥85%", (">=", 85, "%"), "10", "86%", "10"),
         ]),
    ]
    widths = [50, 70, 92, 62, 62, 52, 40, 90]
    for project, initial, budget, executed, fiscal, word, grade, goal, done, inds in evals:
        rate, rate_score, rs = _rate(budget, executed)
        total = _total(inds, rs)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 2, "太原市卫生健康委员会"), (4, 1, "实施单位"), (5, 3, dept))
        r = rows.n
        rows.put(r, 0, 6, 1, "项目资金")
        rows.put(r, 1, 1, 7, "资金情况（元）")
        rows.put(r + 1, 1, 2, 1, "资金性质")
        rows.put(r + 1, 2, 1, 2, "预算数")
        rows.put(r + 2, 2, 1, 1, "年初预算数")
        rows.put(r + 2, 3, 1, 1, "全年预算数")
        for k, head in enumerate(("全年执行数", "执行率", "分值", "得分")):
            rows.put(r + 1, 4 + k, 2, 1, head)
        other_b = Decimal(budget.replace(",", "")) - Decimal(fiscal.replace(",", ""))
        lines = [("年度资金总额", initial, budget, executed, rate, "10", rate_score),
                 ("其中：财政拨款", initial if other_b == 0 else "1,100,000.00", fiscal,
                  executed if other_b == 0 else "1,080,000.00", "—", "—", "—"),
                 ("其他资金", "", f"{other_b:,.2f}" if other_b else "", "180,874.50" if other_b else "", "—", "—", "—")]
        for k, line in enumerate(lines):
            for j, v in enumerate(line):
                rows.put(r + 3 + k, 1 + j, 1, 1, v)
        r = rows.n
        rows.put(r, 0, 2, 1, "年度总体目标")
        rows.put(r, 1, 1, 3, "预期目标")
        rows.put(r, 4, 1, 4, "实际完成情况")
        rows.put(r + 1, 1, 1, 3, goal)
        rows.put(r + 1, 4, 1, 4, done)
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因分析及改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual),
                                                (5, 1, i.weight), (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
        rows.add((0, 5, "自评等级"), (5, 3, word))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor="（2024年度）",
                             unit_raw="金额单位：元", kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, total, grade)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河北 石家庄


def layout_he_sjz_budget_dept_wide_levels_every_row(folder: Path, name: str) -> FileGold:
    dept = "石家庄市长安区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算公开", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "4,286.70"), ("二、其他收入", "35.00")],
                  [("一、社会保障和就业支出", "4,191.70"), ("二、卫生健康支出", "130.00")])
    inds = [
        Ind(P, QN, "城乡低保对象保障人数", "不少于3200人", (">=", 3200, "人")),
        Ind(P, QN, "特困供养人员救助供养", "不少于260人", (">=", 260, "人")),
        Ind(P, QN, "社区居家养老服务站点", "达到15个", (">=", 15, "个")),
        Ind(P, QL, "救助资金社会化发放率", "100%", ("=", 100, "%")),
        Ind(P, QL, "养老机构消防安全达标率", "100%", ("=", 100, "%")),
        Ind(P, TM, "临时救助审批时限", "不超过10个工作日", ("<=", 10, "个工作日")),
        Ind(C, CO, "一般性支出压减比例", "不低于5%", (">=", 5, "%")),
        Ind(E, SO, "困难群众基本生活", "有效保障", Q),
        Ind(E, SO, "婚姻登记合格率", "100%", ("=", 100, "%")),
        Ind(E, SU, "基层社会治理能力", "持续提升", Q),
        Ind(S, SA, "救助对象满意度", "不低于90%", (">=", 90, "%")),
        Ind(S, SA, "老年人对养老服务满意度", "不低于88%", (">=", 88, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 4, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    for k, (head, v) in enumerate((("资金总额", "4,321.70"), ("财政拨款", "4,286.70"), ("其他资金", "35.00"))):
        rows.put(r, 1 + k, 1, 1 if k < 2 else 2, head)
        rows.put(r + 1, 1 + k, 1, 1 if k < 2 else 2, v)
    tasks = [("社会救助", "落实城乡低保、特困供养和临时救助政策", "2,860.00"),
             ("养老服务", "推进社区居家养老服务站点建设运营", "620.50"),
             ("基层政权和社区建设", "开展社区工作者培训和社区治理", "210.00")]
    r = rows.n
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 1, "任务名称")
    rows.put(r, 2, 1, 2, "主要内容")
    rows.put(r, 4, 1, 1, "预算金额（万元）")
    for k, (t, c, v) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 1, t)
        rows.put(r + k, 2, 1, 2, c)
        rows.put(r + k, 4, 1, 1, v)
    rows.add((0, 1, "年度总体目标"), (1, 4, "兜牢困难群众基本生活底线，完善养老服务体系，提升基层治理和社会服务水平。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
    for ind in inds:
        rows.add((0, 1, ind.l1), (1, 1, ind.l2), (2, 2, ind.name), (4, 1, ind.raw))
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.pages.grid(_spec(rows.cells, rows.n, [100, 100, 110, 100, 100], title="部门整体支出绩效目标表",
                         editor=f"部门（单位）：{dept}", unit_raw="单位：万元", kind="dept_performance_targets"),
                   fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建 厦门 街道


def layout_fj_xm_street_labels_above_long_form_repeat(folder: Path, name: str) -> FileGold:
    dept = "厦门市思明区鹭江街道办事处"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("社区网格化服务管理", "350203250010021", "鹭江街道社会治安综合治理中心",
         ("2,460,000.00", "2,100,000.00", "360,000.00", "0.00"),
         "整合社区网格力量，实现网格事件及时发现、及时处置，提升基层治理精细化水平。", [
             Ind(P, QN, "划分网格数", "≥86个", (">=", 86, "个")),
             Ind(P, QN, "专职网格员配备人数", "≥86人", (">=", 86, "人")),
             Ind(P, QN, "网格员业务培训场次", "≥12场", (">=", 12, "场")),
             Ind(P, QN, "入户走访户次", "≥3.2万户次", (">=", 3.2, "万户次")),
             Ind(P, QN, "重点人员动态排查人次", "≥1500人次", (">=", 1500, "人次")),
             Ind(P, QL, "网格事件办结率", "≥98%", (">=", 98, "%")),
             Ind(P, QL, "基础信息采集准确率", "≥95%", (">=", 95, "%")),
             Ind(P, QL, "矛盾纠纷调处成功率", "≥96%", (">=", 96, "%")),
             Ind(P, QL, "网格员持证上岗率", "100%", ("=", 100, "%")),
             Ind(P, TM, "一般事件处置时限", "≤24小时", ("<=", 24, "小时")),
             Ind(P, TM, "紧急事件到场时间", "≤15分钟", ("<=", 15, "分钟")),
             Ind(P, TM, "网格信息更新周期", "≤30天", ("<=", 30, "天")),
             Ind(C, CO, "网格员人均年补贴", "≤2.4万元", ("<=", 2.4, "万元")),
             Ind(C, CO, "网格化平台运维费", "≤18万元", ("<=", 18, "万元")),
             Ind(E, SO, "辖区刑事案件发案率", "同比下降", Q),
             Ind(E, SO, "矛盾纠纷就地化解率", "≥90%", (">=", 90, "%")),
             Ind(E, SO, "群众安全感", "≥98%", (">=", 98, "%")),
             Ind(E, SU, "网格化管理长效机制", "巩固完善", Q),
             Ind(S, SA, "辖区居民满意度", "≥92%", (">=", 92, "%")),
             Ind(S, SA, "网格员工作满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("老年人助餐服务", "350203250010034", "鹭江街道社区服务中心",
         ("680,000.00", "680,000.00", "", ""),
         "运营长者食堂和助餐点，为辖区老年人提供就餐和送餐服务。", [
             Ind(P, QN, "助餐服务人次", "≥6万人次", (">=", 6, "万人次")),
             Ind(P, QN, "长者食堂和助餐点", "≥5个", (">=", 5, "个")),
             Ind(P, QL, "食品安全检查合格率", "100%", ("=", 100, "%")),
             Ind(C, CO, "每餐补助标准", "≤5元", ("<=", 5, "元")),
             Ind(E, SO, "高龄独居老人助餐覆盖率", "≥80%", (">=", 80, "%")),
             Ind(S, SA, "就餐老人满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    first = True
    for project, code, unit_name, (yr, fiscal, carried, other), goal, inds in reversed(projects):
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 1, "项目编码"), (3, 2, "实施单位"))
        rows.add((0, 2, project), (2, 1, code), (3, 2, unit_name))
        rows.add((0, 2, "年度预算资金（元）"), (2, 1, "其中：财政资金"), (3, 1, "上年结转资金"), (4, 1, "其他资金"))
        rows.add((0, 2, yr), (2, 1, fiscal), (3, 1, carried), (4, 1, other))
        rows.add((0, 5, "年度绩效目标"))
        rows.add((0, 5, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"),
                        (4, 1, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 90, 160, 95, 90], title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：元"),
                       repeat=(head, 1), fresh_page=first)
        first = False
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, year=yr, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 南昌


def layout_jx_nc_budget_heads_row_score_rule(folder: Path, name: str) -> FileGold:
    dept = "南昌市市场监督管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "12,830.60"), ("二、事业收入", "410.00")],
                  [("一、一般公共服务支出", "12,640.60"), ("二、科学技术支出", "600.00")])
    rule = "完成得满分，未完成按比例扣分"
    projects = [
        ("食品安全监督抽检", ("580.00", "500.00", "80.00", "0.00"), ("580.00", "500.00", "80.00"),
         "完成食品安全监督抽检任务，不合格食品核查处置率100%。", [
             Ind(P, QN, "食品抽检批次", "≥8000批次", (">=", 8000, "批次"), "25"),
             Ind(P, QL, "不合格食品核查处置率", "100%", ("=", 100, "%"), "15"),
             Ind(P, TM, "抽检结果公布时限", "≤20个工作日", ("<=", 20, "个工作日"), "10"),
             Ind(C, CO, "每批次平均检验费用", "≤700元", ("<=", 700, "元"), "10"),
             Ind(E, SO, "食品抽检合格率", "≥97%", (">=", 97, "%"), "20"),
             Ind(E, SU, "食品安全风险防控水平", "稳步提高", Q, "10"),
             Ind(S, SA, "群众食品安全满意度", "≥85%", (">=", 85, "%"), "10"),
         ]),
        ("特种设备安全监察", ("126.00", "126.00", "0.00", "—"), ("126.00", "126.00", None),
         "开展电梯、锅炉等特种设备安全监督检查，防范特种设备事故。", [
             Ind(P, QN, "特种设备监督检查台次", "≥3500台次", (">=", 3500, "台次"), "30"),
             Ind(P, QL, "隐患整改闭环率", "≥98%", (">=", 98, "%"), "20"),
             Ind(P, TM, "电梯困人应急救援到场时间", "≤30分钟", ("<=", 30, "分钟"), "10"),
             Ind(E, SO, "万台特种设备死亡率", "＜0.1", ("<", 0.1, None), "20"),
             Ind(E, SU, "电梯应急处置平台运行", "稳定运行", Q, "10"),
             Ind(S, SA, "使用单位满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("计量器具强制检定", ("95.00", "60.00", "—", "35.00"), ("95.00", "60.00", None),
         "对贸易结算、医疗卫生等领域强检计量器具实施检定。", [
             Ind(P, QN, "强检计量器具检定台件", "≥4.5万台件", (">=", 4.5, "万台件"), "30"),
             Ind(P, QL, "检定结果准确率", "≥99%", (">=", 99, "%"), "20"),
             Ind(P, TM, "检定证书出具时限", "≤5个工作日", ("<=", 5, "个工作日"), "15"),
             Ind(E, EC, "计量纠纷调解成功率", "≥95%", (">=", 95, "%"), "25"),
             Ind(S, SA, "受检单位满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
    ]
    first = True
    for project, printed, (yr, fiscal, carried), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 4, project))
        r = rows.n
        rows.put(r, 0, 2, 2, "项目资金（万元）")
        for k, head in enumerate(("资金总额", "当年财政拨款", "上年结转", "其他资金")):
            rows.put(r, 2 + k, 1, 1, head)
            rows.put(r + 1, 2 + k, 1, 1, printed[k])
        rows.add((0, 2, "年度目标"), (2, 4, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "分值", "评分标准"))])
        r0 = rows.n
        for ind in inds:
            rows.add((1, 1, ind.l2), (2, 1, ind.name), (3, 1, ind.raw), (4, 1, ind.weight), (5, 1, rule))
        i = 0
        while i < len(inds):
            j = i
            while j < len(inds) and inds[j].l1 == inds[i].l1:
                j += 1
            rows.put(r0 + i, 0, j - i, 1, inds[i].l1)
            i = j
        doc.pages.grid(_spec(rows.cells, rows.n, [58, 66, 120, 80, 44, 150], title="项目支出绩效目标表",
                             editor=f"部门：{dept}", unit_raw="单位：万元"), fresh_page=first, gap=24)
        first = False
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 大连


def layout_ln_dl_accounts_landscape_self_evals_split_cause(folder: Path, name: str) -> FileGold:
    dept = "大连市甘井子区教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "86,420.15"), ("二、事业收入", "2,310.00")],
                    [("一、教育支出", "84,900.15"), ("二、社会保障和就业支出", "3,830.00")])
    evals = [
        ("学前教育普惠保障", "2,150.00", "2,150.00", "2,086.55", "1,950.00", "120.00", "优",
         "落实普惠性幼儿园生均补助，普惠性幼儿园覆盖率稳定在90%以上。", "拨付生均补助，普惠覆盖率91.6%。", [
             Ind(P, QN, "补助普惠性幼儿园所数", "≥118所", (">=", 118, "所"), "15", "121所", "15", "", ""),
             Ind(P, QN, "受益幼儿人数", "≥2.1万人", (">=", 2.1, "万人"), "15", "2.16万人", "15", "", ""),
             Ind(P, QL, "普惠性幼儿园覆盖率", "≥90%", (">=", 90, "%"), "10", "91.6%", "10", "", ""),
             Ind(P, TM, "补助资金拨付时间", "2024年10月31日前", (None, None, None), "10", "2024年10月25日", "10", "", ""),
             Ind(C, CO, "生均公用经费补助标准", "≤1200元", ("<=", 1200, "元"), "10", "1200元", "10", "", ""),
             Ind(E, SO, "幼儿家庭保教费负担", "有所减轻", Q, "15", "有所减轻", "15", "", ""),
             Ind(S, SA, "幼儿家长满意度", "≥90%", (">=", 90, "%"), "15", "89.2%", "13",
                 "部分园所保教质量不均衡", "加强园所督导"),
         ]),
        ("中小学校舍维修改造", "3,600.00", "3,420.00", "3,011.82", "3,000.00", "", "良",
         "完成中小学校舍维修改造，消除校舍安全隐患。", "完成改造学校22所，2所工程跨年实施。", [
             Ind(P, QN, "维修改造学校数", "≥24所", (">=", 24, "所"), "20", "22所", "16",
                 "2所学校工程跨年", "督促施工单位加快进度"),
             Ind(P, QL, "工程竣工验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15", "", ""),
             Ind(P, TM, "暑期施工完成率", "≥90%", (">=", 90, "%"), "10", "85%", "8", "雨季影响工期", "提前组织招标"),
             Ind(C, CO, "单位面积改造成本", "≤1800元/平方米", ("<=", 1800, "元/平方米"), "10", "1650元/平方米", "10",
                 "", ""),
             Ind(E, SO, "校舍安全隐患消除率", "100%", ("=", 100, "%"), "15", "92%", "13", "部分工程未完工", "跨年续建"),
             Ind(E, SU, "学校办学条件", "持续改善", Q, "10", "持续改善", "10", "", ""),
             Ind(S, SA, "师生满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10", "", ""),
         ]),
    ]
    widths = [58, 76, 124, 90, 80, 70, 44, 100, 100]
    for project, initial, budget, executed, fiscal, carried, grade, goal, done, inds in evals:
        rate, rate_score, rs = _rate(budget, executed)
        total = _total(inds, rs)
        other = Decimal(budget.replace(",", "")) - Decimal(fiscal.replace(",", "")) - Decimal(carried or "0")
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 2, "甘井子区各中小学校、幼儿园"))
        r = rows.n
        rows.put(r, 0, 5, 2, "项目资金（万元）")
        for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 2 + k, 1, 1, head)
        lines = [("年度资金总额", initial, budget, executed, "10", rate, rate_score),
                 ("其中：本年财政拨款", initial, fiscal, "—", "—", "—", "—"),
                 ("上年结转资金", "", carried, "—", "—", "—", "—"),
                 ("其他资金", "", f"{other:,.2f}" if other else "", "—", "—", "—", "—")]
        for k, line in enumerate(lines, 1):
            for j, v in enumerate(line):
                rows.put(r + k, 2 + j, 1, 1, v)
        r = rows.n
        rows.put(r, 0, 2, 2, "年度总体目标")
        rows.put(r, 2, 1, 3, "预期目标")
        rows.put(r, 5, 1, 4, "实际完成情况")
        rows.put(r + 1, 2, 1, 3, goal)
        rows.put(r + 1, 5, 1, 4, done)
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值",
                                                     "分值", "得分", "偏差原因分析", "改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note), (8, 1, i.period or "")])
        rows.add((0, 2, "绩效自评得分"), (2, 3, f"{total:.2f}"), (5, 2, "评价等级"), (7, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元", landscape=True,
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 郑州 county


def layout_hn_zz_county_project_line_in_grid(folder: Path, name: str) -> FileGold:
    dept = "中牟县城市管理局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("城区道路清扫保洁", "1,280.00", [
            Ind(None, QN, "机械化清扫面积", "≥420万平方米", (">=", 420, "万平方米")),
            Ind(None, QN, "主次干道洒水频次", "8～10次/日", ("range", 8, "次/日", 10)),
            Ind(None, QL, "道路机扫率", "90%-95%", ("range", 90, "%", 95)),
            Ind(None, TM, "每日保洁作业时长", "≥16小时", (">=", 16, "小时")),
            Ind(None, CO, "每平方米保洁成本", "≤3.05元", ("<=", 3.05, "元")),
            Ind(None, SO, "城区道路尘土残存量", "≤5克/平方米", ("<=", 5, "克/平方米")),
            Ind(None, SA, "市民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("城市照明设施维护", "365.00", [
            Ind(None, QN, "维护路灯盏数", "≥1.8万盏", (">=", 1.8, "万盏")),
            Ind(None, QL, "路灯亮灯率", "≥98%", (">=", 98, "%")),
            Ind(None, TM, "故障路灯修复时限", "≤24小时", ("<=", 24, "小时")),
            Ind(None, TM, "LED节能改造完成时间", "2025年9月30日前", (None, None, None)),
            Ind(None, ECO, "年节约用电量", "≥60万千瓦时", (">=", 60, "万千瓦时")),
            Ind(None, SA, "沿街居民满意度", "≥88%", (">=", 88, "%")),
        ]),
        ("生活垃圾分类", "540.00", [
            Ind(None, QN, "分类投放收集点", "≥260个", (">=", 260, "个")),
            Ind(None, QL, "生活垃圾回收利用率", "35%-40%", ("range", 35, "%", 40)),
            Ind(None, SO, "垃圾分类知晓率", "≥95%", (">=", 95, "%")),
        ]),
    ]
    rows = _Rows()
    head = rows.add((0, 1, "二级指标"), (1, 1, "三级指标"), (2, 1, "指标值"), (3, 1, "指标值说明"))
    for project, amount, inds in projects:
        rows.add((0, 4, f"项目名称：{project}　　预算金额：{amount}万元"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, "")])
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=amount)
    doc.pages.grid(_spec(rows.cells, rows.n, [100, 170, 130, 110], title="2025年项目支出绩效目标表",
                         editor=f"单位名称：{dept}（本级）", unit_raw="单位：万元"), repeat=(head, 1), fresh_page=True)
    doc.pages.text_page("说明", ["本表所列项目均为县级财政安排的经常性项目，绩效目标经县财政局审核。"])
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆 渝北 镇


def layout_cq_yb_town_self_eval_money_pairs_two_rows(folder: Path, name: str) -> FileGold:
    dept = "重庆市渝北区统景镇人民政府"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    evals = [
        ("御临河河道清漂保洁", "64.00", "72.00", "70.56", "优", [
            Ind(P, QN, "清漂河道长度", "≥28公里", (">=", 28, "公里"), "20", "28公里", "20"),
            Ind(P, QL, "河面漂浮物清理率", "≥95%", (">=", 95, "%"), "15", "97%", "15"),
            Ind(P, TM, "汛期漂浮物清理时限", "≤48小时", ("<=", 48, "小时"), "10", "36小时", "10"),
            Ind(C, CO, "每公里年保洁成本", "≤2.6万元", ("<=", 2.6, "万元"), "10", "2.52万元", "10"),
            Ind(E, ECO, "河道水质", "稳定达到Ⅲ类", Q, "20", "Ⅲ类", "20"),
            Ind(S, SA, "沿河群众满意度", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
        ]),
        ("农村公路日常养护", "110.00", "110.00", "96.25", "良", [
            Ind(P, QN, "养护农村公路里程", "≥146公里", (">=", 146, "公里"), "20", "146公里", "20"),
            Ind(P, QL, "优良中等路率", "≥80%", (">=", 80, "%"), "15", "76%", "11", ),
            Ind(P, TM, "水毁路段抢通时限", "≤72小时", ("<=", 72, "小时"), "10", "72小时", "10"),
            Ind(C, CO, "每公里养护成本", "≤0.75万元", ("<=", 0.75, "万元"), "10", "0.66万元", "10"),
            Ind(E, SO, "群众出行条件", "明显改善", Q, "20", "有所改善", "16"),
            Ind(S, SA, "沿线群众满意度", "≥85%", (">=", 85, "%"), "15", "86%", "15"),
        ]),
    ]
    first = True
    for project, initial, budget, executed, grade, inds in evals:
        rate, rate_score, rs = _rate(budget, executed)
        total = _total(inds, rs)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 5, project))
        rows.add((0, 2, "实施单位"), (2, 5, dept))
        rows.add((0, 2, "年初预算数（万元）"), (2, 1, initial), (3, 1, "全年预算数（万元）"), (4, 1, budget),
                 (5, 1, "全年执行数（万元）"), (6, 1, executed))
        rows.add((0, 2, "执行率"), (2, 1, rate), (3, 1, "分值"), (4, 1, "10"), (5, 1, "得分"), (6, 1, rate_score))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score)])
        rows.add((0, 2, "总分"), (2, 2, f"{total:.2f}"), (4, 1, "自评等级"), (5, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [60, 60, 110, 86, 64, 86, 64], title="项目支出绩效自评表",
                             editor="（2024年度）", unit_raw="", kind="performance_self_evaluation"),
                       fresh_page=first, gap=28)
        first = False
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


BLIND26: dict[str, Builder] = {
    "gx_nn_budget_fund_source_lines_bond": layout_gx_nn_budget_fund_source_lines_bond,
    "gz_gy_township_short_forms_no_level2": layout_gz_gy_township_short_forms_no_level2,
    "hb_yc_accounts_dept_self_eval_basic_project_rows": layout_hb_yc_accounts_dept_self_eval_basic_project_rows,
    "js_xz_county_landscape_list_no_repeat": layout_js_xz_county_landscape_list_no_repeat,
    "sx_ty_cdc_self_eval_three_row_money_yuan": layout_sx_ty_cdc_self_eval_three_row_money_yuan,
    "he_sjz_budget_dept_wide_levels_every_row": layout_he_sjz_budget_dept_wide_levels_every_row,
    "fj_xm_street_labels_above_long_form_repeat": layout_fj_xm_street_labels_above_long_form_repeat,
    "jx_nc_budget_heads_row_score_rule": layout_jx_nc_budget_heads_row_score_rule,
    "ln_dl_accounts_landscape_self_evals_split_cause": layout_ln_dl_accounts_landscape_self_evals_split_cause,
    "hn_zz_county_project_line_in_grid": layout_hn_zz_county_project_line_in_grid,
    "cq_yb_town_self_eval_money_pairs_two_rows": layout_cq_yb_town_self_eval_money_pairs_two_rows,
}
SETS: dict[str, dict[str, Builder]] = {"blind26": BLIND26}


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
    """Write every layout of ``which`` ("blind26") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
