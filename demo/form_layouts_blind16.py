"""BLIND16 performance forms: eleven layouts as counties and districts of 河北, 山东, 河南, 江苏,
安徽 and 湖北 printed them in their older templates (2021–2023 documents, here dated for the 2024
and 2025 budget years), written by an author who had read neither the form reader nor the
earlier blind sets (only the gold helpers and page composer of ``form_layouts``, the gold
conventions of BLIND9's docstring and the real disclosures: the seeds' 项目总预算 | 项目当年预算
pairs and 资金来源项目 | 金额 lists, the cities' lists of 单位名称 | 项目名称 | 金额). Each layout
writes one PDF and its gold in the format of ``form_layouts.write_set``; the gold is written by
hand with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

heb_xt_county_budget_total_year_pairs  河北 邢台 county 部门预算: budget tables, then per
        project a form whose money is two rows of label | value pairs: 项目总金额 | a |
        本年预算 | b, then 其中：财政拨款 | c | 其他资金 | d (万元). total = 项目总金额,
        year = 本年预算, fiscal = 其中：财政拨款. Grid 一级 | 二级 | 三级 | 指标值 (glued).
sd_lc_district_source_list_apply  山东 聊城 district: the seeds' block 项目总预算 | a |
        项目当年预算 | b, then 项目资金来源 merged over 资金来源项目 | 金额 rows (合计,
        1.一般公共预算财政拨款收入, 其中：申请当年预算拨款, 2.政府性基金预算财政拨款收入, …,
        9.上年结转). total = 项目总预算, year = 项目当年预算, carried = 9.上年结转 where it
        prints an amount; fiscal = the sum of the …财政拨款收入 lines printing an amount
        (here 1.一般公共预算财政拨款收入; its 其中 line is a part of it). Grid split 指标方向 |
        指标值 | 计量单位.
ha_xx_county_accounts_dept_and_project_self_eval  河南 新乡 county 部门决算: accounts tables,
        then a 部门整体支出绩效自评表 (money rows 年度资金总额 / 其中：财政拨款 / 其他资金 under
        heads 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 得分（10分）) and a 项目支出绩效自评表
        whose money is label | value pairs in one row (全年预算数（万元） | a | 全年执行数（万元）
        | b | 执行率 | c). Dept: budget = 年度资金总额's 全年预算数, no project. Project: year =
        budget = 全年预算数 (no fiscal printed).
js_yc_district_budget_yuan_fund_heads_two_per_page  江苏 盐城 district, two forms a page, 元
        with separators: 项目预算（元） merged over heads 合计 | 财政拨款 | 财政专户管理资金 |
        单位资金 | 上年结转 and one amounts row. year = 合计, fiscal = 财政拨款, carried =
        上年结转 where not 0.00. Grid 一级 | 二级 | 三级 | 比较符 | 指标值 | 单位.
ah_fy_county_self_eval_adjusted_budget_yuan  安徽 阜阳 county 项目支出绩效自评表 in 元:
        资金情况（元） heads 年初预算数 | 调整后预算数 | 实际支出数 | 执行率 | 得分 over
        rows 年度资金总额 / 其中：财政拨款 / 其他资金. 调整后预算数 is the year's 全年预算数:
        budget = year = 调整后预算数 of 年度资金总额, fiscal = 调整后预算数 of 其中：财政拨款,
        executed = 实际支出数. 评价等级 printed as 优秀 / 良好 (read 优 / 良).
hub_jz_district_budget_dept_wide_then_projects  湖北 荆州 district 部门预算: budget tables,
        a 部门整体支出绩效目标表 (部门预算资金 heads 收入合计 | 财政拨款 | 其他资金, a 年度总体
        目标 and a grid with 权重), then project forms whose money is a heads row
        项目资金总额 | 其中：财政资金 | 单位自筹 with the amounts below. year = 项目资金总额,
        fiscal = 其中：财政资金. The 部门整体 money is no project.
heb_hs_county_landscape_list_year_column  河北 衡水 county landscape list: 序号 | 实施单位 |
        项目名称 | 本年预算（万元） | 资金性质 | 年度绩效目标 | 一级 | 二级 | 三级 | 指标值,
        project cells merged. year = 本年预算; 资金性质 (一般公共预算 / 政府性基金) is no fiscal.
sd_zb_district_accounts_self_evals_pairs_row  山东 淄博 district 部门决算: accounts tables,
        then two project self-evaluations, money as one row 预算数 | a | 执行数 | b | 执行率 | c
        under 项目资金（万元）, grid 一级 | 二级 | 三级 | 年度目标值 | 实际完成值 | 分值 | 得分 |
        未完成原因, 自评得分 | 自评等级 pair at the foot. budget = year = 预算数.
js_ha_county_period_and_year_rows_two_row_header  江苏 淮安 county: money block with heads
        实施期资金总额 | 年度资金总额 over rows 资金总额 / 其中：财政拨款 / 其他资金. total =
        实施期's 资金总额, year = 年度's 资金总额, fiscal = 年度's 其中：财政拨款. Grid header in
        two rows: 绩效指标 over 一级 | 二级 | 三级, 指标值 over 目标值 | 计量单位 (comparator
        written in the 目标值 cell).
ha_ny_district_short_forms_money_sentence  河南 南阳 district, three short forms on two pages,
        the money in one cell beside 项目资金（万元）: "总额：a；其中：财政资金：b，其他资金：c".
        year = 总额, fiscal = 财政资金. Grid 二级 | 三级 | 指标值 (no 一级 column).
hub_hg_county_budget_weights_words_carried  湖北 黄冈 county 部门预算: budget tables, then
        forms with money as label | value pairs in one row 年度预算数 | a | 其中：财政拨款 | b |
        上年结转 | c, grid 一级 | 二级 | 三级 | 指标值 | 权重（%） with targets in words
        (不低于 / 不超过 / 达到 / 以上 / 以内). year = 年度预算数, fiscal = 其中：财政拨款,
        carried = 上年结转 where not 0.

Gold conventions: BLIND9's (target_raw as printed, split cells joined in reading order; ≥ /
不低于 / 不少于 / 以上 / 达到 N read ">="; ≤ / 不超过 / 以内 read "<="; a bare figure reads "=";
a deadline stays raw with no comparator; states are qualitative; 部门整体 money is no project;
a self-evaluation's budget is its 全年预算数 and its score the printed 总分 / 自评得分; grade
words read as one character). This set's rulings, above per layout: fiscal is only an amount
printed as 其中：财政拨款 / 财政拨款 / 其中：财政资金 / 财政资金 of the project, or the sum of a
sources list's …财政拨款收入 lines — never a source not named 财政拨款 nor a 资金性质 (the
author first gave sd_lc_district_source_list_apply no fiscal; the coordinator re-ruled it,
after the first run, to the sum of its printed …财政拨款收入 lines, as every set rules it); 调整后预算数 is the
全年预算数; "N以上" reads ">=", "N以内" reads "<=". (The author first read "达到 N" as "=";
the coordinator re-ruled it ">=" after the first run, as BLIND11 rules it: the target is met at
N or more. Those were 2 of the first run's 18 parse misses.)
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
    """The front of a 部门预算 as the older county templates print it: contents, 部门职责,
    the 收支总表 and the 项目支出表, then the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算公开表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、部门职责。{dept}贯彻落实上级决策部署，履行本级人民政府赋予的职责。",
        "二、机构设置。本部门预算为汇总预算，包括部门本级及所属单位预算。",
        f"三、{year}年度重点工作。围绕县（区）委、县（区）政府中心工作，统筹安排各项资金。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec("部门收支总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收    入"), (0, 2, 1, 2, "支    出"), (1, 0, 1, 1, "项    目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项    目"), (1, 3, 1, 1, "预算数")], 2,
                              body, ["l", "r", "l", "r"]))
    doc.pages.table(TableSpec("一般公共预算基本支出表", "general_public_basic_economic", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [90, 190, 80, 80, 80],
                              [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "合计"),
                               (0, 3, 1, 1, "人员经费"), (0, 4, 1, 1, "公用经费")], 1,
                              [plain_row(["301", "工资福利支出", "612.40", "612.40", ""]),
                               plain_row(["302", "商品和服务支出", "88.60", "", "88.60"]),
                               plain_row(["303", "对个人和家庭的补助", "21.30", "21.30", ""]),
                               plain_row(["", "合计", "722.30", "633.70", "88.60"])], ["c", "l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  预算绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}{year}年项目支出全部编报绩效目标，"
        "现将绩效目标表公开如下。",
    ])


def _glued(rows: _Rows, inds: list[Ind], widths_cols: tuple[int, int, int, int]) -> None:
    """一级 | 二级 | 三级 | 指标值 (one cell each, spans given)."""
    a, b, c, d = widths_cols
    rows.add((0, a, "一级指标"), (a, b, "二级指标"), (a + b, c, "三级指标"), (a + b + c, d, "指标值"))
    r0 = rows.n
    for ind in inds:
        rows.add((a + b, c, ind.name), (a + b + c, d, ind.raw))
    # levels merged over their rows, with their own spans
    for get, col, span in ((lambda i: i.l1, 0, a), (lambda i: (i.l1, i.l2), a, b)):
        i = 0
        while i < len(inds):
            j = i
            while j < len(inds) and get(inds[j]) == get(inds[i]):
                j += 1
            rows.put(r0 + i, col, j - i, span, inds[i].l1 if col == 0 else inds[i].l2)
            i = j


# --------------------------------------------------------------------------- 河北 邢台


def layout_heb_xt_county_budget_total_year_pairs(folder: Path, name: str) -> FileGold:
    dept = "威县农业农村局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[("威县农业农村局", 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "3,186.50"), ("二、政府性基金预算拨款收入", "420.00")],
                  [("一、农林水支出", "3,460.50"), ("二、社会保障和就业支出", "146.00")])
    projects = [
        ("高标准农田建设县级配套", "130533-24-0017", "1,200.00", "600.00", "540.00", "60.00",
         "新建高标准农田2万亩，项目区灌溉保证率达到75%以上。", [
             Ind("产出指标", "数量指标", "新建高标准农田面积", "≥2万亩", (">=", 2, "万亩")),
             Ind("产出指标", "数量指标", "新打及修复机井", "≥120眼", (">=", 120, "眼")),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "项目完工时间", "2024年11月底前", (None, None, None)),
             Ind("效益指标", "经济效益指标", "亩均粮食产能提高", "≥100公斤", (">=", 100, "公斤")),
             Ind("效益指标", "可持续影响指标", "耕地质量等级", "≥0.5个等级", (">=", 0.5, "个等级")),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("动物疫病强制免疫", "130533-24-0023", "86.40", "86.40", "86.40", "0.00",
         "完成重大动物疫病强制免疫，免疫密度保持在90%以上。", [
             Ind("产出指标", "数量指标", "口蹄疫免疫畜禽数量", "≥45万头（只）", (">=", 45, "万头(只)")),
             Ind("产出指标", "质量指标", "应免畜禽免疫密度", "≥90%", (">=", 90, "%")),
             Ind("产出指标", "质量指标", "免疫抗体合格率", "≥70%", (">=", 70, "%")),
             Ind("产出指标", "成本指标", "每头份疫苗补助标准", "≤0.8元", ("<=", 0.8, "元")),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情", "不发生", Q),
             Ind("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥85%", (">=", 85, "%")),
         ]),
    ]
    widths = [70, 70, 105, 80, 70, 100]
    for project, code, total, yr, fiscal, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 1, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 1, "威县农业农村局"))
        rows.add((0, 1, "项目总金额"), (1, 2, total), (3, 1, "本年预算"), (4, 2, yr))
        rows.add((0, 1, "其中：财政拨款"), (1, 2, fiscal), (3, 1, "其他资金"), (4, 2, other))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        _glued(rows, inds, (1, 1, 2, 2))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"编制单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, total=total, year=yr, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山东 聊城


def layout_sd_lc_district_source_list_apply(folder: Path, name: str) -> FileGold:
    dept = "聊城市东昌府区卫生健康局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("基本公共卫生服务项目", "1,860.00", "1,860.00", "", "1,860.00", "",
         "为辖区常住居民免费提供12类基本公共卫生服务，居民健康档案规范化电子建档率达到60%以上。", [
             Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", ("≥", "4.2", "万人"), (">=", 4.2, "万人")),
             Ind("产出指标", "数量指标", "0-6岁儿童健康管理率", ("≥", "90", "%"), (">=", 90, "%")),
             Ind("产出指标", "质量指标", "居民规范化电子健康档案覆盖率", ("≥", "60", "%"), (">=", 60, "%")),
             Ind("产出指标", "质量指标", "高血压患者基层规范管理服务率", ("≥", "65", "%"), (">=", 65, "%")),
             Ind("产出指标", "时效指标", "资金拨付及时率", ("=", "100", "%"), ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "城乡居民公共卫生差距", ("定性", "不断缩小", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "居民对基本公共卫生服务满意度", ("≥", "85", "%"), (">=", 85, "%")),
         ]),
        ("村卫生室运行补助", "620.00", "312.00", "48.00", "264.00", "48.00",
         "保障村卫生室正常运行，乡村医生补助按时足额发放。", [
             Ind("产出指标", "数量指标", "补助村卫生室数量", ("≥", "296", "个"), (">=", 296, "个")),
             Ind("产出指标", "数量指标", "补助乡村医生人数", ("≥", "410", "人"), (">=", 410, "人")),
             Ind("产出指标", "质量指标", "村卫生室标准化建设达标率", ("≥", "95", "%"), (">=", 95, "%")),
             Ind("产出指标", "成本指标", "每个村卫生室年运行补助", ("≤", "1", "万元"), ("<=", 1, "万元")),
             Ind("效益指标", "社会效益指标", "群众就近就医便利程度", ("定性", "明显提高", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "乡村医生满意度", ("≥", "90", "%"), (">=", 90, "%")),
         ]),
    ]
    widths = [66, 66, 118, 50, 54, 56, 85]
    for project, total, yr, carried, public, carried_txt, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 2, "实施单位"), (5, 2, dept))
        rows.add((0, 1, "项目总预算"), (1, 2, total), (3, 2, "项目当年预算"), (5, 2, yr))
        sources = [("合计", yr), ("1.一般公共预算财政拨款收入", public), ("其中：申请当年预算拨款", public),
                   ("2.政府性基金预算财政拨款收入", ""), ("其中：申请当年预算拨款", ""), ("3.事业收入", ""),
                   ("4.上级补助收入", ""), ("5.其他收入", ""), ("9.上年结转", carried_txt)]
        r = rows.n
        rows.put(r, 0, len(sources) + 1, 1, "项目资金来源")
        rows.put(r, 1, 1, 4, "资金来源项目")
        rows.put(r, 5, 1, 2, "金额")
        for k, (label, amount) in enumerate(sources, 1):
            rows.put(r + k, 1, 1, 4, label)
            rows.put(r + k, 5, 1, 2, amount)
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标方向"), (4, 1, "指标值"),
                 (5, 1, "计量单位"), (6, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=yr, fiscal=public, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 新乡


def _eval_grid(rows: _Rows, inds: list[Ind], heads: tuple[str, ...], c0: int = 0) -> None:
    """一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差 (heads as printed)."""
    rows.add(*[(c0 + k, 1, t) for k, t in enumerate(heads)])
    _grid_rows(rows, inds, c0, c0 + 1, lambda i: [(c0 + 2, 1, i.name), (c0 + 3, 1, i.raw), (c0 + 4, 1, i.actual),
                                                  (c0 + 5, 1, i.weight), (c0 + 6, 1, i.score), (c0 + 7, 1, i.note)])


def _rate(budget: str, executed: str) -> tuple[str, float]:
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    return f"{e / b * 100:.2f}%", round(min(10.0, float(e / b) * 10), 2)


def layout_ha_xx_county_accounts_dept_and_project_self_eval(folder: Path, name: str) -> FileGold:
    dept = "获嘉县教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "21,406.80"), ("二、事业收入", "312.40")],
                    [("一、教育支出", "20,118.60"), ("二、社会保障和就业支出", "1,600.60")])
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
    widths = [48, 52, 80, 62, 62, 56, 40, 95]
    # 部门整体
    inds = [
        Ind("产出指标", "数量指标", "义务教育在校生人数", "≥2.6万人", (">=", 2.6, "万人"), "10", "2.64万人", "10"),
        Ind("产出指标", "数量指标", "教师培训人次", "≥1800人次", (">=", 1800, "人次"), "10", "1926人次", "10"),
        Ind("产出指标", "质量指标", "义务教育巩固率", "≥98%", (">=", 98, "%"), "10", "98.6%", "10"),
        Ind("产出指标", "质量指标", "校舍安全隐患整改率", "100%", ("=", 100, "%"), "10", "96%", "8",
            "2所学校改造跨年度实施，2025年上半年完成"),
        Ind("产出指标", "时效指标", "学生资助资金发放时间", "2024年12月底前", (None, None, None), "10", "2024年11月", "10"),
        Ind("效益指标", "社会效益指标", "适龄儿童入学率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("效益指标", "可持续影响指标", "县域义务教育均衡发展水平", "持续巩固", Q, "10", "持续巩固", "9"),
        Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", (">=", 90, "%"), "15", "92.3%", "15"),
    ]
    initial, budget, executed = "20,860.00", "21,719.20", "21,406.80"
    rate, rate_score = _rate(budget, executed)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    r = rows.n
    rows.put(r, 0, 4, 2, "年度预算资金（万元）")
    rows.put(r, 2, 1, 1, "")
    for k, h in enumerate(("年初预算数", "全年预算数", "全年执行数", "执行率", "得分（10分）")):
        rows.put(r, 3 + k, 1, 1, h)
    lines = (("年度资金总额", initial, budget, executed, rate, f"{rate_score:.2f}"),
             ("其中：财政拨款", "20,560.00", "21,406.80", "21,406.80", "—", "—"),
             ("其他资金", "300.00", "312.40", "0.00", "—", "—"))
    for k, line in enumerate(lines, 1):
        for j, v in enumerate(line):
            rows.put(r + k, 2 + j, 1, 1, v)
    rows.add((0, 2, "年度总体目标完成情况"), (2, 6, "义务教育巩固率98.6%，完成教师培训1926人次，学生资助应助尽助。"))
    _eval_grid(rows, inds, heads)
    total = rate_score + sum(float(i.score) for i in inds)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 5, "自评等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="部门整体支出绩效自评表", editor=f"（{year}年度）",
                         unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, round(total, 2), "优")
    # 项目
    project = "农村义务教育学校营养改善计划"
    inds = [
        Ind("产出指标", "数量指标", "受益学生人数", "≥1.1万人", (">=", 1.1, "万人"), "20", "1.13万人", "20"),
        Ind("产出指标", "质量指标", "供餐食品安全事故", "0起", ("=", 0, "起"), "15", "0起", "15"),
        Ind("产出指标", "时效指标", "供餐天数", "≥200天", (">=", 200, "天"), "10", "196天", "8",
            "受寒假提前影响，下年度合理安排校历"),
        Ind("产出指标", "成本指标", "每生每天膳食补助标准", "5元", ("=", 5, "元"), "10", "5元", "10"),
        Ind("效益指标", "社会效益指标", "学生营养健康状况", "逐步改善", Q, "20", "逐步改善", "18"),
        Ind("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
    ]
    budget, executed = "1,188.00", "1,152.36"
    rate, rate_score = _rate(budget, executed)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 6, project))
    rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, "获嘉县学生资助管理中心"))
    rows.add((0, 2, "全年预算数（万元）"), (2, 1, budget), (3, 1, "全年执行数（万元）"), (4, 1, executed),
             (5, 2, "执行率（分值10分）"), (7, 1, f"{rate}（{rate_score:.2f}分）"))
    rows.add((0, 2, "年度目标完成情况"), (2, 6, "全县农村义务教育学生营养餐应享尽享，全年无食品安全事故。"))
    _eval_grid(rows, inds, heads)
    total = rate_score + sum(float(i.score) for i in inds)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, "自评等级：优"))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                         unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", budget, executed, round(total, 2), "优")
    doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 盐城


def layout_js_yc_district_budget_yuan_fund_heads_two_per_page(folder: Path, name: str) -> FileGold:
    dept = "盐城市亭湖区城市管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效目标", dept, year)
    projects = [
        ("城区道路保洁市场化运作", "6,850,000.00", "6,200,000.00", "0.00", "0.00", "650,000.00",
         "城区主次干道机扫率达到95%，道路保洁质量达到二级以上标准。", [
             Ind("产出指标", "数量指标", "保洁道路面积", ("≥", "520", "万平方米"), (">=", 520, "万平方米")),
             Ind("产出指标", "质量指标", "主次干道机械化清扫率", ("≥", "95", "%"), (">=", 95, "%")),
             Ind("产出指标", "时效指标", "垃圾清运日产日清率", ("＝", "100", "%"), ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "市容环境卫生水平", ("定性", "明显改善", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "市民满意度", ("≥", "88", "%"), (">=", 88, "%")),
         ]),
        ("市政路灯电费及维护", "2,460,000.00", "2,460,000.00", "0.00", "0.00", "0.00",
         "保障城区路灯正常运行，亮灯率不低于98%。", [
             Ind("产出指标", "数量指标", "维护路灯盏数", ("≥", "18600", "盏"), (">=", 18600, "盏")),
             Ind("产出指标", "质量指标", "主干道亮灯率", ("≥", "98", "%"), (">=", 98, "%")),
             Ind("产出指标", "时效指标", "故障路灯修复时间", ("≤", "24", "小时"), ("<=", 24, "小时")),
             Ind("效益指标", "社会效益指标", "夜间出行安全保障", ("定性", "有效保障", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "沿线居民满意度", ("≥", "90", "%"), (">=", 90, "%")),
         ]),
        ("城市管理数字化平台运维", "1,080,000.00", "760,000.00", "0.00", "120,000.00", "200,000.00",
         "数字城管平台全年稳定运行，案件按期结案率90%以上。", [
             Ind("产出指标", "数量指标", "立案处置城市管理问题", ("≥", "3", "万件"), (">=", 3, "万件")),
             Ind("产出指标", "质量指标", "案件按期结案率", ("≥", "90", "%"), (">=", 90, "%")),
             Ind("产出指标", "质量指标", "平台故障率", ("<", "1", "%"), ("<", 1, "%")),
             Ind("效益指标", "可持续影响指标", "城市精细化管理水平", ("定性", "持续提升", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "投诉人满意度", ("≥", "85", "%"), (">=", 85, "%")),
         ]),
    ]
    widths = [62, 72, 98, 44, 72, 60, 87]
    for k, (project, total, fiscal, special, own, carried, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "预算单位"), (1, 6, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目预算（元）")
        for j, h in enumerate(("合计", "财政拨款", "财政专户管理资金", "单位资金", "上年结转")):
            rows.put(r, 1 + j + (j > 1), 1, 1 + (j == 1), h)
        for j, v in enumerate((total, fiscal, special, own, carried)):
            rows.put(r + 1, 1 + j + (j > 1), 1, 1 + (j == 1), v)
        rows.add((0, 1, "年度目标"), (1, 6, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "比较符"), (4, 1, "指标值"),
                 (5, 1, "单位"), (6, 1, "指标解释"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"单位：{dept}",
                             unit_raw="金额单位：元"), fresh_page=(k % 2 == 0), gap=26)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=total, fiscal=fiscal, carried=None if carried == "0.00" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 安徽 阜阳


def layout_ah_fy_county_self_eval_adjusted_budget_yuan(folder: Path, name: str) -> FileGold:
    dept = "临泉县民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("困难残疾人生活补贴和重度残疾人护理补贴", "临泉县民政局社会救助股",
         ("9,600,000.00", "10,240,000.00", "10,186,560.00"), ("9,600,000.00", "10,240,000.00", "10,186,560.00"),
         "按月足额发放两项补贴，惠及困难残疾人和重度残疾人。", "全年发放补贴1018.66万元，惠及4.1万人次。", "优秀", [
             Ind("产出指标", "数量指标", "补贴发放人次", "≥4万人次", (">=", 4, "万人次"), "20", "4.1万人次", "20"),
             Ind("产出指标", "质量指标", "补贴对象认定准确率", "≥98%", (">=", 98, "%"), "15", "99.2%", "15"),
             Ind("产出指标", "时效指标", "补贴按月发放率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("效益指标", "社会效益指标", "残疾人基本生活保障水平", "有效保障", Q, "20", "有效保障", "19"),
             Ind("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", (">=", 90, "%"), "20", "95%", "20"),
         ]),
        ("特困人员供养服务机构运营补助", "临泉县社会福利中心",
         ("3,200,000.00", "3,200,000.00", "2,784,000.00"), ("2,800,000.00", "2,800,000.00", "2,560,000.00"),
         "保障24所特困供养服务机构正常运转，集中供养率达到45%。", "24所机构正常运转，集中供养率42%。", "良好", [
             Ind("产出指标", "数量指标", "补助供养服务机构数", "24所", ("=", 24, "所"), "15", "24所", "15"),
             Ind("产出指标", "数量指标", "集中供养特困人员", "≥1500人", (">=", 1500, "人"), "10", "1436人", "8",
                 "部分特困人员意愿分散供养"),
             Ind("产出指标", "质量指标", "生活不能自理特困人员集中供养率", "≥45%", (">=", 45, "%"), "15", "42%", "12",
                 "照护型床位不足，下年度推进改造"),
             Ind("产出指标", "成本指标", "每所机构年运营补助", "≤13.5万元", ("<=", 13.5, "万元"), "10", "11.6万元", "10"),
             Ind("效益指标", "社会效益指标", "特困人员基本生活", "得到保障", Q, "20", "得到保障", "18"),
             Ind("满意度指标", "服务对象满意度指标", "供养对象满意度", "≥85%", (">=", 85, "%"), "20", "88%", "18"),
         ]),
    ]
    widths = [36, 46, 74, 72, 72, 72, 44, 79]
    for project, unit_name, money, fiscal_money, goal, done, grade_word, inds in evals:
        initial, budget, executed = money
        rate, rate_score = _rate(budget, executed)
        f_rate, _ = _rate(fiscal_money[1], fiscal_money[2])
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "资金情况（元）")
        rows.put(r, 1, 1, 2, "")
        for k, h in enumerate(("年初预算数", "调整后预算数", "实际支出数", "执行率", "得分")):
            rows.put(r, 3 + k, 1, 1, h)
        other = [f"{Decimal(a.replace(',', '')) - Decimal(b.replace(',', '')):,.2f}" for a, b in zip(money, fiscal_money)]
        lines = (("年度资金总额", initial, budget, executed, rate, f"{rate_score:.2f}"),
                 ("其中：财政拨款", *fiscal_money, f_rate, "—"),
                 ("其他资金", *other, "—", "—"))
        for k, line in enumerate(lines, 1):
            rows.put(r + k, 1, 1, 2, line[0])
            for j, v in enumerate(line[1:]):
                rows.put(r + k, 3 + j, 1, 1, v)
        r = rows.n
        rows.put(r, 0, 2, 1, "年度总体目标")
        rows.put(r, 1, 1, 4, "预期目标")
        rows.put(r, 5, 1, 3, "实际完成情况")
        rows.put(r + 1, 1, 1, 4, goal)
        rows.put(r + 1, 5, 1, 3, done)
        _eval_grid(rows, inds, ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                "偏差原因分析及改进措施"))
        total = rate_score + sum(float(i.score) for i in inds)
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
        rows.add((0, 5, "评价等级"), (5, 3, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"填报单位（盖章）：{dept}", unit_raw="单位：元", kind="performance_self_evaluation"),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, round(total, 2), grade_word[0])
        doc.gold.project(project, "元", year=budget, fiscal=fiscal_money[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 荆州


def layout_hub_jz_district_budget_dept_wide_then_projects(folder: Path, name: str) -> FileGold:
    dept = "荆州市沙市区水利和湖泊局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "2,364.20"), ("二、政府性基金预算拨款收入", "800.00")],
                  [("一、农林水支出", "2,912.70"), ("二、住房保障支出", "251.50")])
    dept_inds = [
        Ind("产出指标", "数量指标", "堤防巡查里程", "≥4200公里", (">=", 4200, "公里"), "15"),
        Ind("产出指标", "数量指标", "泵站维修养护座数", "≥26座", (">=", 26, "座"), "10"),
        Ind("产出指标", "质量指标", "水利工程运行完好率", "≥95%", (">=", 95, "%"), "15"),
        Ind("产出指标", "时效指标", "汛前检查完成时间", "2025年4月30日前", (None, None, None), "10"),
        Ind("产出指标", "成本指标", "部门公用经费", "≤92万元", ("<=", 92, "万元"), "10"),
        Ind("效益指标", "社会效益指标", "防洪排涝安全", "安全度汛", Q, "15"),
        Ind("效益指标", "生态效益指标", "湖泊水质达标率", "≥80%", (">=", 80, "%"), "10"),
        Ind("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%", (">=", 90, "%"), "15"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金")
    for col, span, h, v in ((1, 2, "收入合计", "3,164.20"), (3, 1, "财政拨款", "3,164.20"), (4, 2, "其他资金", "0.00")):
        rows.put(r, col, 1, span, h)
        rows.put(r + 1, col, 1, span, v)
    rows.add((0, 1, "年度总体目标"), (1, 5, "确保长江干堤和城区内湖安全度汛，推进河湖长制落实，改善城区水环境。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重（%）"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 90, 90, 75, 80, 80], title=f"{year}年部门整体支出绩效目标表",
                         editor=f"编报单位：{dept}", unit_raw="单位：万元", kind="dept_performance_targets"),
                   fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("城区泵站运行维护", "486.00", "456.00", "30.00", "保障城区12座排涝泵站正常运行，汛期开机率100%。", [
            Ind("产出指标", "数量指标", "运行维护泵站数量", "12座", ("=", 12, "座")),
            Ind("产出指标", "质量指标", "汛期泵站开机完好率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "设备故障抢修时限", "≤4小时", ("<=", 4, "小时")),
            Ind("效益指标", "社会效益指标", "城区渍水点数量", "同比减少", Q),
            Ind("满意度指标", "服务对象满意度指标", "城区居民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("河湖长制工作经费", "95.00", "95.00", "0.00", "落实区级河湖长巡河制度，完成河湖“清四乱”整治。", [
            Ind("产出指标", "数量指标", "区级河湖长巡河次数", "≥48次", (">=", 48, "次")),
            Ind("产出指标", "数量指标", "“清四乱”问题整改数", "≥30个", (">=", 30, "个")),
            Ind("产出指标", "质量指标", "问题整改销号率", "≥95%", (">=", 95, "%")),
            Ind("效益指标", "生态效益指标", "重点湖泊水质", "稳中向好", Q),
            Ind("满意度指标", "服务对象满意度指标", "沿湖群众满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    widths = [80, 90, 100, 80, 75, 70]
    for project, total, fiscal, own, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "实施单位"), (1, 5, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "项目资金总额")
        rows.put(r, 3, 1, 2, "其中：财政资金")
        rows.put(r, 5, 1, 1, "单位自筹")
        rows.put(r + 1, 1, 1, 2, total)
        rows.put(r + 1, 3, 1, 2, fiscal)
        rows.put(r + 1, 5, 1, 1, own)
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"编报单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河北 衡水


def layout_heb_hs_county_landscape_list_year_column(folder: Path, name: str) -> FileGold:
    dept = "故城县住房和城乡建设局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("故城县住房和城乡建设局", "城镇老旧小区改造配套", "680.00", "政府性基金", "完成9个老旧小区改造，惠及居民1200户。", [
            Ind("产出指标", "数量指标", "改造老旧小区个数", "9个", ("=", 9, "个")),
            Ind("产出指标", "数量指标", "惠及居民户数", "≥1200户", (">=", 1200, "户")),
            Ind("产出指标", "质量指标", "竣工验收合格率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "改造完成时间", "2024年10月底前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "居民居住环境", "明显改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("故城县市政设施管理所", "县城市政设施维护", "215.60", "一般公共预算", "保障县城道路、桥梁、排水设施完好运行。", [
            Ind("产出指标", "数量指标", "维护道路长度", "≥46公里", (">=", 46, "公里")),
            Ind("产出指标", "数量指标", "疏通排水管网长度", "≥30公里", (">=", 30, "公里")),
            Ind("产出指标", "质量指标", "市政设施完好率", "≥95%", (">=", 95, "%")),
            Ind("效益指标", "社会效益指标", "县城道路通行条件", "持续改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("故城县住房保障服务中心", "公共租赁住房运营管理", "74.30", "一般公共预算", "做好公租房分配和运营管理，保障住房困难家庭。", [
            Ind("产出指标", "数量指标", "在保公租房套数", "≥820套", (">=", 820, "套")),
            Ind("产出指标", "质量指标", "租金收缴率", "≥90%", (">=", 90, "%")),
            Ind("产出指标", "时效指标", "维修响应时间", "≤48小时", ("<=", 48, "小时")),
            Ind("效益指标", "社会效益指标", "住房困难家庭保障水平", "有效提升", Q),
            Ind("满意度指标", "服务对象满意度指标", "承租户满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    heads = ("序号", "实施单位", "项目名称", "本年预算（万元）", "资金性质", "年度绩效目标", "一级指标", "二级指标",
             "三级指标", "指标值")
    widths = [30, 82, 82, 58, 58, 112, 56, 66, 112, 70]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(heads)])
    for n, (unit_name, project, yr, nature, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw)])
        for col, text in enumerate((str(n), unit_name, project, yr, nature, goal)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr)
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"故城县{year}年项目支出绩效目标表",
                         editor=f"部门：{dept}", unit_raw="单位：万元", landscape=True), repeat=(0, 1))
    return doc.save(folder)


# --------------------------------------------------------------------------- 山东 淄博


def layout_sd_zb_district_accounts_self_evals_pairs_row(folder: Path, name: str) -> FileGold:
    dept = "淄博市张店区文化和旅游局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "1,842.30"), ("二、其他收入", "35.00")],
                    [("一、文化旅游体育与传媒支出", "1,640.80"), ("二、社会保障和就业支出", "236.50")])
    evals = [
        ("公共文化服务体系建设", "张店区文化馆", "320.00", "312.80", "优", [
            Ind("产出指标", "数量指标", "送戏下乡场次", "≥120场", (">=", 120, "场"), "15", "126场", "15"),
            Ind("产出指标", "数量指标", "公益文化培训人次", "≥5000人次", (">=", 5000, "人次"), "10", "4680人次", "8",
                "部分培训场地改造停用"),
            Ind("产出指标", "质量指标", "基层综合文化服务中心达标率", "≥95%", (">=", 95, "%"), "15", "96%", "15"),
            Ind("产出指标", "时效指标", "活动按计划完成率", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
            Ind("效益指标", "社会效益指标", "群众文化生活", "日益丰富", Q, "20", "日益丰富", "17"),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "20", "91%", "19"),
        ]),
        ("文物保护和非遗传承", "张店区文物保护中心", "146.00", "146.00", "优", [
            Ind("产出指标", "数量指标", "文物保护单位巡查次数", "≥24次", (">=", 24, "次"), "15", "26次", "15"),
            Ind("产出指标", "数量指标", "非遗项目传承活动", "≥12场", (">=", 12, "场"), "15", "14场", "15"),
            Ind("产出指标", "质量指标", "文物安全事故", "0起", ("=", 0, "起"), "15", "0起", "15"),
            Ind("效益指标", "社会效益指标", "传统文化传承影响力", "逐步扩大", Q, "15", "逐步扩大", "14"),
            Ind("效益指标", "可持续影响指标", "文物保护长效机制", "健全", Q, "10", "健全", "10"),
            Ind("满意度指标", "服务对象满意度指标", "非遗传承人满意度", "≥90%", (">=", 90, "%"), "20", "96%", "20"),
        ]),
    ]
    widths = [52, 56, 92, 58, 58, 32, 34, 113]
    for project, unit_name, budget, executed, grade, inds in evals:
        rate, rate_score = _rate(budget, executed)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "实施单位"), (2, 6, unit_name))
        rows.add((0, 2, "项目资金（万元）"), (2, 1, "预算数"), (3, 1, budget), (4, 1, "执行数"), (5, 2, executed),
                 (7, 1, f"执行率：{rate}"))
        _eval_grid(rows, inds, ("一级指标", "二级指标", "三级指标", "年度目标值", "实际完成值", "分值", "得分",
                                "未完成原因"))
        total = rate_score + sum(float(i.score) for i in inds)
        rows.add((0, 2, "自评得分"), (2, 3, f"{total:.2f}"), (5, 2, "自评等级"), (7, 1, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, round(total, 2), grade)
        doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 淮安


def layout_js_ha_county_period_and_year_rows_two_row_header(folder: Path, name: str) -> FileGold:
    dept = "涟水县交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("农村公路提档升级工程", "2023年-2025年", ("4,500.00", "3,600.00", "900.00"), ("1,500.00", "1,200.00", "300.00"),
         "完成农村公路提档升级50公里，优良中等路比例达到85%以上。", [
             Ind("产出指标", "数量指标", "提档升级农村公路里程", ("≥50", "公里"), (">=", 50, "公里")),
             Ind("产出指标", "数量指标", "危桥改造座数", ("6", "座"), ("=", 6, "座")),
             Ind("产出指标", "质量指标", "农村公路优良中等路比例", ("≥85", "%"), (">=", 85, "%")),
             Ind("产出指标", "质量指标", "交工验收合格率", ("100", "%"), ("=", 100, "%")),
             Ind("产出指标", "时效指标", "年度建设任务完成率", ("≥95", "%"), (">=", 95, "%")),
             Ind("效益指标", "社会效益指标", "群众出行条件", ("明显改善", ""), Q),
             Ind("效益指标", "可持续影响指标", "工程设计使用年限", ("≥15", "年"), (">=", 15, "年")),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", ("≥90", "%"), (">=", 90, "%")),
         ]),
        ("城乡公交运营补贴", "2025年", ("860.00", "860.00", "0.00"), ("860.00", "860.00", "0.00"),
         "保障城乡公交稳定运营，建制村通公交率保持100%。", [
             Ind("产出指标", "数量指标", "补贴公交线路条数", ("42", "条"), ("=", 42, "条")),
             Ind("产出指标", "质量指标", "建制村通公交率", ("100", "%"), ("=", 100, "%")),
             Ind("产出指标", "时效指标", "补贴资金拨付时间", ("2025年12月20日前", ""), (None, None, None)),
             Ind("效益指标", "社会效益指标", "城乡居民出行成本", ("有效降低", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", ("≥88", "%"), (">=", 88, "%")),
         ]),
    ]
    widths = [70, 80, 120, 80, 70, 75]
    for project, period, mid, annual, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "实施期限"), (5, 1, period))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 1, "涟水县交通运输局"))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "")
        rows.put(r, 3, 1, 2, "实施期资金总额")
        rows.put(r, 5, 1, 1, "年度资金总额")
        for k, label in enumerate(("资金总额", "其中：财政拨款", "其他资金"), 1):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, mid[k - 1])
            rows.put(r + k, 5, 1, 1, annual[k - 1])
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        r = rows.n
        rows.put(r, 0, 1, 3, "绩效指标")
        rows.put(r, 3, 1, 2, "指标值")
        rows.put(r, 5, 2, 1, "备注")
        for k, h in enumerate(("一级指标", "二级指标", "三级指标")):
            rows.put(r + 1, k, 1, 1, h)
        rows.put(r + 1, 3, 1, 1, "目标值")
        rows.put(r + 1, 4, 1, 1, "计量单位")
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"填报单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=mid[0], year=annual[0], fiscal=annual[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 南阳


def layout_ha_ny_district_short_forms_money_sentence(folder: Path, name: str) -> FileGold:
    dept = "南阳市宛城区市场监督管理局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("食品安全抽检监测", "136.00", "120.00", "16.00", "完成食品安全抽检2000批次，问题产品核查处置率100%。", [
            Ind(None, "数量指标", "食品安全抽检批次", "≥2000批次", (">=", 2000, "批次")),
            Ind(None, "质量指标", "不合格产品核查处置率", "100%", ("=", 100, "%")),
            Ind(None, "时效指标", "抽检结果公布时限", "≤20个工作日", ("<=", 20, "个工作日")),
            Ind(None, "社会效益指标", "食品安全形势", "总体稳定向好", Q),
            Ind(None, "服务对象满意度指标", "群众食品安全满意度", "≥80%", (">=", 80, "%")),
        ]),
        ("特种设备安全监察", "48.50", "48.50", "0.00", "开展特种设备安全检查，隐患整改率达到100%。", [
            Ind(None, "数量指标", "检查特种设备使用单位", "≥350家", (">=", 350, "家")),
            Ind(None, "质量指标", "安全隐患整改率", "100%", ("=", 100, "%")),
            Ind(None, "社会效益指标", "特种设备较大以上事故", "0起", ("=", 0, "起")),
            Ind(None, "服务对象满意度指标", "使用单位满意度", "85%-95%", ("range", 85, "%", 95)),
        ]),
        ("知识产权保护与运用", "30.00", "25.00", "5.00", "加强知识产权保护，全区有效发明专利拥有量稳步增长。", [
            Ind(None, "数量指标", "知识产权执法检查次数", "≥10次", (">=", 10, "次")),
            Ind(None, "数量指标", "新增有效发明专利", ">60件", (">", 60, "件")),
            Ind(None, "时效指标", "侵权投诉处理时限", "≤30日", ("<=", 30, "日")),
            Ind(None, "经济效益指标", "专利质押融资金额", "≥2000万元", (">=", 2000, "万元")),
            Ind(None, "服务对象满意度指标", "企业满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    widths = [90, 150, 170, 85]
    for k, (project, yr, fiscal, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "项目资金（万元）"), (1, 3, f"总额：{yr}；其中：财政资金：{fiscal}，其他资金：{other}"))
        rows.add((0, 1, "年度目标"), (1, 3, goal))
        rows.add((0, 1, "二级指标"), (1, 1, "三级指标"), (2, 1, "指标值"), (3, 1, "备注"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"项目支出绩效目标表（{k + 1}）",
                             editor=f"单位名称：{dept}"), fresh_page=(k == 0), gap=24)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 黄冈


def layout_hub_hg_county_budget_weights_words_carried(folder: Path, name: str) -> FileGold:
    dept = "红安县卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "4,128.60"), ("二、事业收入", "96.00")],
                  [("一、卫生健康支出", "3,880.60"), ("二、社会保障和就业支出", "344.00")])
    projects = [
        ("家庭医生签约服务", "310.00", "260.00", "50.00", "重点人群家庭医生签约覆盖率达到75%以上。", [
            Ind("产出指标", "数量指标", "重点人群签约人数", "不低于8.5万人", (">=", 8.5, "万人"), "20"),
            Ind("产出指标", "质量指标", "重点人群签约覆盖率", "75%以上", (">=", 75, "%"), "15"),
            Ind("产出指标", "质量指标", "签约居民续约率", "不低于80%", (">=", 80, "%"), "10"),
            Ind("产出指标", "时效指标", "签约服务费拨付时限", "季度结束后30日以内", ("<=", 30, "日"), "10"),
            Ind("产出指标", "成本指标", "每人每年签约服务费", "不超过40元", ("<=", 40, "元"), "10"),
            Ind("效益指标", "社会效益指标", "居民健康管理水平", "稳步提高", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "不低于85%", (">=", 85, "%"), "15"),
        ]),
        ("乡镇卫生院能力提升", "580.00", "580.00", "0.00", "完成5所乡镇卫生院设备更新，提升基层诊疗能力。", [
            Ind("产出指标", "数量指标", "更新设备卫生院数量", "达到5所", (">=", 5, "所"), "20"),
            Ind("产出指标", "数量指标", "购置医疗设备台（套）数", "不少于60台（套）", (">=", 60, "台(套)"), "15"),
            Ind("产出指标", "质量指标", "设备验收合格率", "达到100%", (">=", 100, "%"), "15"),
            Ind("产出指标", "时效指标", "设备安装投用时间", "2025年9月30日前", (None, None, None), "10"),
            Ind("效益指标", "社会效益指标", "基层门诊量增长率", "不低于5%", (">=", 5, "%"), "15"),
            Ind("效益指标", "可持续影响指标", "设备使用年限", "8年以上", (">=", 8, "年"), "10"),
            Ind("满意度指标", "服务对象满意度指标", "就诊群众满意度", "不低于90%", (">=", 90, "%"), "15"),
        ]),
    ]
    widths = [72, 80, 66, 92, 56, 70, 60]
    for project, yr, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, dept))
        rows.add((0, 1, "年度预算数"), (1, 1, yr), (2, 1, "其中：财政拨款"), (3, 1, fiscal), (4, 1, "上年结转"),
                 (5, 2, carried))
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (5, 1, "指标值"), (6, 1, "权重（%）"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 3, i.name), (5, 1, i.raw), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效目标表",
                             editor=f"部门（单位）：{dept}", unit_raw="金额单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal, carried=None if carried == "0.00" else carried)
    return doc.save(folder)


BLIND16: dict[str, Builder] = {
    "heb_xt_county_budget_total_year_pairs": layout_heb_xt_county_budget_total_year_pairs,
    "sd_lc_district_source_list_apply": layout_sd_lc_district_source_list_apply,
    "ha_xx_county_accounts_dept_and_project_self_eval": layout_ha_xx_county_accounts_dept_and_project_self_eval,
    "js_yc_district_budget_yuan_fund_heads_two_per_page": layout_js_yc_district_budget_yuan_fund_heads_two_per_page,
    "ah_fy_county_self_eval_adjusted_budget_yuan": layout_ah_fy_county_self_eval_adjusted_budget_yuan,
    "hub_jz_district_budget_dept_wide_then_projects": layout_hub_jz_district_budget_dept_wide_then_projects,
    "heb_hs_county_landscape_list_year_column": layout_heb_hs_county_landscape_list_year_column,
    "sd_zb_district_accounts_self_evals_pairs_row": layout_sd_zb_district_accounts_self_evals_pairs_row,
    "js_ha_county_period_and_year_rows_two_row_header": layout_js_ha_county_period_and_year_rows_two_row_header,
    "ha_ny_district_short_forms_money_sentence": layout_ha_ny_district_short_forms_money_sentence,
    "hub_hg_county_budget_weights_words_carried": layout_hub_hg_county_budget_weights_words_carried,
}
SETS: dict[str, dict[str, Builder]] = {"blind16": BLIND16}


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
    """Write every layout of ``which`` ("blind16") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
