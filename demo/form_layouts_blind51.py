"""BLIND51 performance forms: eleven layouts of 浙江, 江苏, 山东, 河南, 广东, 四川, 湖北, 福建,
江西, 贵州 and 河北 as the small units print them in their 2024–2025 disclosures — 街道办事处,
乡镇人民政府, schools, a 幼儿园, hospitals and 卫生院 — written by an author who had read neither
the form reader nor the earlier blind sets (only the gold helpers and page composer of
``form_layouts``, BLIND9's gold conventions and the real disclosures). Short forms, several to
a page, simple money blocks whose labels are typed by hand (项目金额, 资金合计, 本年安排,
财政资金, 自有资金, 上年结余), target forms and self evaluations mixed, and the small flaws of
real PDFs (spaced labels such as 项 目 名 称, a dash or an empty cell for a missing amount,
a 填报说明 line, a unit written in the cell). Each layout writes one PDF and its gold in the
format of ``form_layouts.write_set``; the gold is written by hand with ``_gold_ind``.

zj_hz_street_budget_pairs_unit_in_title  浙江 杭州 街道办事处 部门预算: budget tables, then three
        short 项目支出绩效目标表 running down the pages, money as label | value pairs
        (项目金额 | 其中：财政资金 | 上年结余 | 其他资金 left empty), the unit in the title
        (项目支出绩效目标表（单位：万元）), 上年结余 0.00
js_sz_town_source_grid_yuan  江苏 苏州 镇人民政府 部门预算: per project a 资金来源 | 金额（元）
        grid (一般公共预算财政拨款收入, 政府性基金预算财政拨款收入, 其他收入, 上年结转, 合计) in 元
        with separators, grid 一级 | 二级 | 三级 | 指标值
sd_wf_school_self_eval_money_columns  山东 潍坊 中学: two 项目支出绩效自评表, money columns
        年初预算数（万元）| 全年预算数（万元）| 全年执行数（万元）| 分值 | 执行率 | 得分 over
        年度资金总额 / 其中：财政拨款 / 上年结转 / 其他资金, 总分, 自评等级 words
ha_zz_hospital_accounts_dept_and_project_eval  河南 郑州 区人民医院 部门决算: accounts tables,
        then a 部门整体支出绩效自评表 (预算数 | 执行数 | 执行率 pairs in one row) and a project
        self evaluation with stacked label | value money rows in 元
gd_fs_town_budget_dept_wide_then_stacked_heads  广东 佛山 镇 部门预算: a 部门整体支出绩效
        目标表 (资金总额 | 财政拨款 | 其他资金 heads, 权重) and two project forms whose money heads
        (本年安排 | 财政资金 | 自有资金) sit above the amounts
sc_my_street_landscape_list_fund_total  四川 绵阳 街道 landscape list 序号 | 项目名称 |
        资金合计 | 财政拨款 | 其他资金 | 年度目标 | 一级 | 二级 | 三级 | 指标值, project cells merged,
        header repeated, 单位：万元 on the unit line
hub_xg_kindergarten_self_evals_no_levels_yuan  湖北 孝感 幼儿园: two self evaluations on one
        page, money in 元 stacked label | value rows, grid without levels
        (绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因)
fj_qz_health_center_budget_unit_in_cell  福建 泉州 卫生院 部门预算: two short forms a page,
        amounts printed with 元 in the cell (资金合计 | 450,000.00元), targets in words (达到,
        不低于, 不超过), a 填报说明 line
jx_ga_town_accounts_three_self_evals_own_funds  江西 吉安 乡镇 部门决算: three project self
        evaluations in 万元, money rows 年度资金总额 / 财政资金 / 自有资金 / 上年结余 (a dash for an
        empty year budget), 偏差原因 split into 原因 | 措施
gz_zy_school_budget_two_row_grid_weights  贵州 遵义 中学 部门预算: forms with the money block in
        a 项目金额（万元）column of stacked label | value rows (合计 / 财政资金 / 上年结余), a
        two-row grid head (绩效指标 over 一级 | 二级 | 三级), 指标值 and 权重（%）merged down
heb_bd_street_one_form_over_pages_hand_labels  河北 保定 街道 one long form over two pages:
        spaced labels (项 目 名 称), money heads 资金合计 | 财政资金 | 自有资金 | 上年结余 over the
        amounts, grid header repeated on the second page, deadlines and ranges

Gold conventions: BLIND9's docstring, with the addendum's money rulings (fiscal = the 财政拨款 /
财政资金 figure as printed, or the sum of the lines named …财政拨款收入, never 其他收入 / 自有资金;
达到 N reads ≥) and this set's:

- 上年结余 is printed where other units print 上年结转 and reads ``carried``; a printed 0.00 is
  carried 0.00; a dash (—) or an empty cell is no amount.
- 本年安排 / 资金合计 / 项目金额 / 合计 read ``year`` (these forms are single-period); 自有资金 is
  other money, never fiscal.
- A self evaluation's 总分 is the execution 得分 plus the indicators' 得分; the execution 得分 is
  printed rounded to two places.
- A 部门整体 form's money is not a project's: no project row.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

I = Ind
O, E, S = "产出指标", "效益指标", "满意度指标"
SL, ZL, SX, CB = "数量指标", "质量指标", "时效指标", "成本指标"
SH, JJ, ST, KC, FW = "社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支预算总表, the 说明 heading the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职责。{dept}按照上级部署，履行辖区经济发展、社会管理和公共服务等职责。",
        f"二、部门预算单位构成。纳入{year}年部门预算编制范围的单位为本级及所属事业单位。",
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
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    doc.pages.text_page("第三部分  部门预算情况说明", [
        f"{year}年部门预算收支均按照综合预算原则编制，财政拨款收入按资金来源分别列示。",
        "第四部分  项目支出绩效目标：按照全面实施预算绩效管理要求，本部门项目支出均编制了绩效目标，"
        "具体如下表。",
    ])


def _add(doc: FormDoc, project: str | None, inds: list[Ind]) -> None:
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))


def _rate(budget: str, executed: str) -> tuple[str, Decimal]:
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    r = min(Decimal(10), e / b * 10)
    return f"{e / b * 100:.2f}%", r


def _total(rate_score: Decimal, inds: list[Ind]) -> float:
    return round(float(rate_score) + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- 浙江 杭州 街道


def layout_zj_hz_street_budget_pairs_unit_in_title(folder: Path, name: str) -> FileGold:
    dept = "杭州市拱墅区米市巷街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "2,316.40"), ("其他收入", "42.00")],
                  [("一般公共服务支出", "1,518.40"), ("城乡社区支出", "840.00")])
    forms = [
        ("社区微更新及公共设施维护", "85.00", "85.00", "0.00", "完成辖区12个社区公共设施维护，改善居住环境。", [
            I(O, SL, "维护社区数量", "12个", ("=", 12, "个")),
            I(O, ZL, "维修工程验收合格率", "100%", ("=", 100, "%")),
            I(O, SX, "报修响应时间", "≤24小时", ("<=", 24, "小时")),
            I(E, SH, "社区人居环境", "持续改善", Q),
            I(S, FW, "居民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("辖区垃圾分类督导", "46.80", "40.00", "6.80", "开展垃圾分类桶边督导，提高分类准确率。", [
            I(O, SL, "督导点位数", "≥65个", (">=", 65, "个")),
            I(O, ZL, "生活垃圾分类准确率", "≥92%", (">=", 92, "%")),
            I(O, CB, "督导员人均补贴", "≤1800元/月", ("<=", 1800, "元/月")),
            I(E, ST, "其他垃圾减量", "≥3%", (">=", 3, "%")),
            I(S, FW, "居民满意率", "≥90%", (">=", 90, "%")),
        ]),
        ("老年食堂运营补助", "32.00", "32.00", "0.00", "保障3家老年食堂正常运营，满足老年人就餐需求。", [
            I(O, SL, "补助老年食堂数", "3家", ("=", 3, "家")),
            I(O, SL, "年服务老人人次", "≥4.5万人次", (">=", 4.5, "万人次")),
            I(O, ZL, "食品安全事故", "0起", ("=", 0, "起")),
            I(E, SH, "老年人就餐便利程度", "明显提高", Q),
            I(S, FW, "就餐老人满意度", "≥95%", (">=", 95, "%")),
        ]),
    ]
    for k, (project, amount, fiscal, carried, goal, inds) in enumerate(forms):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "实施单位"), (3, 1, dept))
        rows.add((0, 1, "项目金额"), (1, 1, amount), (2, 1, "其中：财政资金"), (3, 1, fiscal))
        rows.add((0, 1, "上年结余"), (1, 1, carried), (2, 1, "其他资金"), (3, 1, ""))
        rows.add((0, 1, "年度绩效目标"), (1, 3, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [96, 150, 140, 109], title="项目支出绩效目标表（单位：万元）",
                             editor=f"（{year}年度）"), fresh_page=(k == 0))
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=amount, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 苏州 镇


def layout_js_sz_town_source_grid_yuan(folder: Path, name: str) -> FileGold:
    dept = "苏州市吴江区七都镇人民政府"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算公开", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "8,612.30"), ("政府性基金预算拨款收入", "1,200.00")],
                  [("农林水支出", "5,012.30"), ("城乡社区支出", "4,800.00")])
    forms = [
        ("农村人居环境长效管护", [("一般公共预算财政拨款收入", "1,280,000.00"), ("政府性基金预算财政拨款收入", ""),
                                 ("其他收入", "320,000.00"), ("上年结转", "100,000.00")], "1,700,000.00",
         ("1280000.00", "1700000.00", "100000.00"), [
             I(O, SL, "管护行政村数", "15个", ("=", 15, "个")),
             I(O, SL, "河道保洁长度", "≥86公里", (">=", 86, "公里")),
             I(O, ZL, "长效管护考核达标率", "≥95%", (">=", 95, "%")),
             I(E, ST, "农村生活污水治理率", "≥90%", (">=", 90, "%")),
             I(S, FW, "村民满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("高标准农田建设配套", [("一般公共预算财政拨款收入", "2,450,000.00"), ("政府性基金预算财政拨款收入", ""),
                               ("其他收入", ""), ("上年结转", "550,000.00")], "3,000,000.00",
         ("2450000.00", "3000000.00", "550000.00"), [
             I(O, SL, "建设高标准农田面积", "≥3200亩", (">=", 3200, "亩")),
             I(O, ZL, "工程验收合格率", "100%", ("=", 100, "%")),
             I(O, SX, "项目完工时间", "2024年11月底前", (None, None, None)),
             I(E, JJ, "亩均粮食增产", "≥50公斤", (">=", 50, "公斤")),
             I(S, FW, "受益农户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("镇村公交运营补贴", [("一般公共预算财政拨款收入", ""), ("政府性基金预算财政拨款收入", "960,000.00"),
                             ("其他收入", "40,000.00"), ("上年结转", "")], "1,000,000.00",
         ("960000.00", "1000000.00", None), [
             I(O, SL, "镇村公交线路数", "6条", ("=", 6, "条")),
             I(O, ZL, "车辆准点率", "≥90%", (">=", 90, "%")),
             I(O, CB, "单车年补贴标准", "≤16万元", ("<=", 16, "万元")),
             I(E, SH, "镇村公交通达率", "100%", ("=", 100, "%")),
             I(S, FW, "乘客满意度", "≥85%", (">=", 85, "%")),
         ]),
    ]
    for k, (project, sources, total, gold_money, inds) in enumerate(forms):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "预算单位"), (1, 3, dept))
        r = rows.n
        rows.put(r, 0, len(sources) + 2, 1, "项目资金")
        rows.put(r, 1, 1, 2, "资金来源"), rows.put(r, 3, 1, 1, "金额（元）")
        for j, (src, amt) in enumerate(sources, 1):
            rows.put(r + j, 1, 1, 2, src)
            rows.put(r + j, 3, 1, 1, amt)
        rows.put(r + len(sources) + 1, 1, 1, 2, "合计")
        rows.put(r + len(sources) + 1, 3, 1, 1, total)
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [90, 110, 170, 125], title=f"{year}年项目支出绩效目标表"),
                       fresh_page=(k == 0))
        _add(doc, project, inds)
        fiscal, yr, carried = gold_money
        doc.gold.project(project, "元", year=yr, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- self evaluation, money columns


def _money_columns_self_eval(doc: FormDoc, project: str, dept: str, unit_name: str, unit: str,
                             money_rows: list[tuple[str, str, str, str]], goal: tuple[str, str],
                             inds: list[Ind], grade: str | None, *, head_unit: bool, split_note: bool,
                             fresh_page: bool = True) -> tuple[Decimal, float]:
    """年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over money_rows (first is the total)."""
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 7, project))
    rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, unit_name))
    r = rows.n
    rows.put(r, 0, len(money_rows) + 1, 1, "项目资金" if head_unit else f"项目资金（{unit}）")
    rows.put(r, 1, 1, 2, "")
    suffix = f"（{unit}）" if head_unit else ""
    for k, head in enumerate((f"年初预算数{suffix}", f"全年预算数{suffix}", f"全年执行数{suffix}", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    _, year_b, year_e = money_rows[0][1:]
    rate_txt, rate_score = _rate(year_b, year_e)
    for k, (label, a, b, c) in enumerate(money_rows, 1):
        rows.put(r + k, 1, 1, 2, label)
        extra = ("10", rate_txt, f"{rate_score:.2f}") if k == 1 else ("—", "—", "—")
        for j, v in enumerate((a, b, c, *extra)):
            rows.put(r + k, 3 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 2, "年度总体目标")
    rows.put(r, 2, 1, 3, "预期目标"), rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 2, 1, 3, goal[0]), rows.put(r + 1, 5, 1, 4, goal[1])
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    heads += ["偏差原因", "改进措施"] if split_note else ["偏差原因分析及改进措施"]
    if split_note:
        rows.add(*[(k, 1, t) for k, t in enumerate(heads)])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note), (8, 1, "加强管理" if i.note else "")])
    else:
        rows.add(*[(k, 1, t) for k, t in enumerate(heads[:7])], (7, 2, heads[7]))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 2, i.note)])
    total = _total(rate_score, inds)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
    if grade is not None:
        rows.add((0, 5, "自评等级"), (5, 4, grade))
    widths = [50, 54, 70, 62, 62, 40, 42, 58, 57]
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{doc.gold.fiscal_year}年度）",
                         unit_raw=None if head_unit else f"单位：{unit}", kind="performance_self_evaluation"),
                   fresh_page=fresh_page)
    _add(doc, project, inds)
    return rate_score, total


_GRADE = {"优秀": "优", "良好": "良", "中等": "中", "较差": "差", "优": "优", "良": "良"}


def layout_sd_wf_school_self_eval_money_columns(folder: Path, name: str) -> FileGold:
    dept = "潍坊市奎文区教育和体育局"
    unit_name = "潍坊市奎文区实验中学"
    doc = FormDoc(name, f"{unit_name}2024年度项目支出绩效自评表", unit_name, 2024,
                  cover=[(unit_name, 22), ("2024年度项目支出绩效自评报告", 20)])
    evals = [
        ("校园安全保卫服务", [("年度资金总额", "62.00", "62.00", "60.45"), ("其中：财政拨款", "62.00", "58.00", "56.45"),
                             ("上年结转", "", "4.00", "4.00"), ("其他资金", "", "", "")],
         ("聘用保安人员，保障校园安全稳定。", "聘用保安12名，全年未发生校园安全事故。"), [
             I(O, SL, "聘用保安人数", "12人", ("=", 12, "人"), "20", "12人", "20"),
             I(O, ZL, "安保人员持证上岗率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             I(O, SX, "服务费按月支付", "及时", Q, "10", "及时", "10"),
             I(E, SH, "校园安全责任事故", "0起", ("=", 0, "起"), "20", "0起", "20"),
             I(E, KC, "校园安全防控体系", "持续完善", Q, "10", "持续完善", "9", "部分设备老化"),
             I(S, FW, "家长满意度", "≥90%", (">=", 90, "%"), "15", "94%", "15"),
         ], "优秀"),
        ("课后服务补助", [("年度资金总额", "38.50", "41.20", "39.10"), ("其中：财政拨款", "20.00", "22.70", "22.70"),
                         ("上年结转", "", "", ""), ("其他资金", "18.50", "18.50", "16.40")],
         ("开展课后延时服务，减轻家长接送负担。", "参与学生1,260人，开设社团28个。"), [
             I(O, SL, "参与课后服务学生数", "≥1200人", (">=", 1200, "人"), "20", "1260人", "20"),
             I(O, SL, "开设社团数量", "≥25个", (">=", 25, "个"), "10", "28个", "10"),
             I(O, ZL, "课后服务覆盖率", "≥95%", (">=", 95, "%"), "15", "93%", "13", "部分学生自愿不参加"),
             I(O, CB, "生均补助标准", "≤300元/学期", ("<=", 300, "元/学期"), "10", "300元/学期", "10"),
             I(E, SH, "学生综合素质", "有效提升", Q, "20", "有效提升", "18", "评价机制待完善"),
             I(S, FW, "家长满意度", "≥92%", (">=", 92, "%"), "15", "91%", "13", "课程多样性不足"),
         ], "良好"),
    ]
    for k, (project, money, goal, inds, grade) in enumerate(evals):
        _, total = _money_columns_self_eval(doc, project, dept, unit_name, "万元", money, goal, inds, grade,
                                            head_unit=True, split_note=False, fresh_page=True)
        doc.gold.self_evaluation(project, "万元", money[0][2], money[0][3], total, _GRADE[grade])
        carried = money[2][2] or None
        doc.gold.project(project, "万元", year=money[0][2], fiscal=money[1][2], carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 郑州 医院 决算


def layout_ha_zz_hospital_accounts_dept_and_project_eval(folder: Path, name: str) -> FileGold:
    dept = "郑州市惠济区人民医院"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、财政拨款收入", "4,210.66"), ("二、事业收入", "18,630.20")],
                    [("一、卫生健康支出", "22,840.86")])
    inds = [
        I("产出指标（40分）", SL, "门急诊人次", "≥28万人次", (">=", 28, "万人次"), "10", "29.6万人次", "10"),
        I("产出指标（40分）", SL, "出院患者人次", "≥1.2万人次", (">=", 1.2, "万人次"), "10", "1.18万人次", "9",
          "外科病区改造停床两个月"),
        I("产出指标（40分）", ZL, "三四级手术占比", "≥30%", (">=", 30, "%"), "10", "32.5%", "10"),
        I("产出指标（40分）", SX, "平均住院日", "≤8天", ("<=", 8, "天"), "10", "7.6天", "10"),
        I("效益指标（30分）", SH, "药占比", "≤30%", ("<=", 30, "%"), "10", "28.4%", "10"),
        I("效益指标（30分）", SH, "医疗纠纷发生率", "同比下降", Q, "10", "同比下降", "10"),
        I("效益指标（30分）", KC, "医联体建设", "持续推进", Q, "10", "持续推进", "10"),
        I("满意度指标（20分）", FW, "住院患者满意度", "≥90%", (">=", 90, "%"), "10", "92.3%", "10"),
        I("满意度指标（20分）", FW, "门诊患者满意度", "≥85%", (">=", 85, "%"), "10", "86.1%", "10"),
    ]
    b, e = "4,386.20", "4,210.66"
    rate_txt, rate_score = _rate(b, e)
    total = _total(rate_score, inds)
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 7, dept))
    rows.add((0, 1, "年度预算数（万元）"), (1, 2, b), (3, 1, "执行数（万元）"), (4, 1, e), (5, 1, "执行率"), (6, 2, rate_txt))
    rows.add((0, 1, "预算执行率分值"), (1, 2, "10"), (3, 1, "得分"), (4, 4, f"{rate_score:.2f}"))
    rows.add((0, 1, "年度总体目标"), (1, 7, "提升医疗服务能力，推进公立医院高质量发展。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "合计"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 5, "自评等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 62, 82, 60, 62, 34, 40, 85], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
    _add(doc, None, inds)
    doc.gold.self_evaluation(None, "万元", b, e, total, "优")
    # project self evaluation in 元, stacked label | value rows
    project = "家庭医生签约服务"
    pinds = [
        I(O, SL, "签约服务人数", "≥3.5万人", (">=", 3.5, "万人"), "20", "3.62万人", "20"),
        I(O, ZL, "重点人群签约率", "≥75%", (">=", 75, "%"), "20", "73%", "18", "流动人口签约难度大"),
        I(O, SX, "签约服务费拨付", "2024年12月底前", (None, None, None), "10", "已拨付", "10"),
        I(E, SH, "居民健康管理水平", "有效提升", Q, "20", "有效提升", "20"),
        I(S, FW, "签约居民满意度", "≥90%", (">=", 90, "%"), "20", "91%", "20"),
    ]
    pb, pe = "1,860,000.00", "1,742,300.00"
    rate_txt, rate_score = _rate(pb, pe)
    total = _total(rate_score, pinds)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 6, project))
    rows.add((0, 2, "年初预算数（元）"), (2, 2, "1,800,000.00"), (4, 2, "全年预算数（元）"), (6, 2, pb))
    rows.add((0, 2, "其中：财政拨款（元）"), (2, 2, "1,500,000.00"), (4, 2, "其中：财政拨款（元）"), (6, 2, "1,560,000.00"))
    rows.add((0, 2, "全年执行数（元）"), (2, 2, pe), (4, 2, "执行率"), (6, 2, rate_txt))
    rows.add((0, 2, "执行率分值"), (2, 2, "10"), (4, 2, "执行率得分"), (6, 2, f"{rate_score:.2f}"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                 "得分", "偏差原因"))])
    _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                             (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 3, f"{total:.2f}"))
    rows.add((0, 5, "自评等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 62, 80, 84, 60, 34, 40, 66], title="项目支出绩效自评表",
                         editor=f"实施单位：{dept}", kind="performance_self_evaluation"), fresh_page=True)
    _add(doc, project, pinds)
    doc.gold.self_evaluation(project, "元", pb, pe, total, "优")
    doc.gold.project(project, "元", year=pb, fiscal="1,560,000.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 佛山 镇


def layout_gd_fs_town_budget_dept_wide_then_stacked_heads(folder: Path, name: str) -> FileGold:
    dept = "佛山市顺德区均安镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "12,480.00"), ("其他收入", "620.00")],
                  [("一般公共服务支出", "4,100.00"), ("农林水支出", "9,000.00")])
    dinds = [
        I("产出指标", SL, "村级公共服务中心运行保障数", "11个", ("=", 11, "个"), "15"),
        I("产出指标", SL, "农村道路养护里程", "≥120公里", (">=", 120, "公里"), "15"),
        I("产出指标", ZL, "重点民生项目完成率", "≥95%", (">=", 95, "%"), "15"),
        I("产出指标", SX, "资金支付进度", "2025年12月20日前", (None, None, None), "10"),
        I("效益指标", JJ, "村级集体经济收入增长率", "≥5%", (">=", 5, "%"), "15"),
        I("效益指标", ST, "镇域空气质量优良天数比例", "大于88%", (">", 88, "%"), "10"),
        I("效益指标", KC, "基层治理能力", "持续提升", Q, "10"),
        I("满意度指标", FW, "群众满意度", "≥90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 4, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "年度预算资金（万元）")
    rows.put(r, 1, 1, 1, "资金总额"), rows.put(r, 2, 1, 1, "财政拨款"), rows.put(r, 3, 1, 2, "其他资金")
    rows.put(r + 1, 1, 1, 1, "13,100.00"), rows.put(r + 1, 2, 1, 1, "12,480.00"), rows.put(r + 1, 3, 1, 2, "620.00")
    rows.add((0, 1, "年度总体目标"), (1, 4, "保障镇级机构正常运转，推进乡村振兴和基层治理，提升公共服务水平。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重"))
    _grid_rows(rows, dinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [96, 96, 150, 110, 48], title="部门整体支出绩效目标表",
                         editor=f"填报单位：{dept}", unit_raw=None), fresh_page=True)
    _add(doc, None, dinds)
    forms = [
        ("乡村振兴示范村建设", "680.00", "600.00", "80.00", [
            I(O, SL, "示范村创建数量", "3个", ("=", 3, "个")),
            I(O, ZL, "建设项目验收合格率", "100%", ("=", 100, "%")),
            I(O, SX, "项目完工时间", "2025年10月底前", (None, None, None)),
            I(E, SH, "村容村貌", "明显改善", Q),
            I(S, FW, "村民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("镇级河涌清淤整治", "450.00", "450.00", "", [
            I(O, SL, "河涌清淤长度", "≥18公里", (">=", 18, "公里")),
            I(O, SL, "清淤土方量", "≥6万立方米", (">=", 6, "万立方米")),
            I(O, CB, "清淤单价", "≤75元/立方米", ("<=", 75, "元/立方米")),
            I(E, ST, "河涌水环境", "明显改善", Q),
            I(S, FW, "周边群众满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    for project, year_amt, fiscal, own, inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "项目单位"), (1, 3, dept))
        rows.add((0, 1, "本年安排"), (1, 1, "财政资金"), (2, 1, "自有资金"), (3, 1, "上年结余"))
        rows.add((0, 1, year_amt), (1, 1, fiscal), (2, 1, own or "—"), (3, 1, "—"))
        rows.add((0, 1, "绩效目标"), (1, 3, f"按期完成{project}任务，发挥资金使用效益。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [110, 110, 160, 115], title="项目支出绩效目标表",
                             unit_raw="金额单位：万元"))
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 四川 绵阳 街道 list


def layout_sc_my_street_landscape_list_fund_total(folder: Path, name: str) -> FileGold:
    dept = "绵阳市涪城区城郊街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year,
                  cover=[(dept, 22), (f"{year}年项目支出绩效目标", 22)])
    projects = [
        ("社区网格化管理经费", "56.00", "56.00", "", "保障网格员队伍稳定，提升基层治理效能。", [
            I(O, SL, "专职网格员人数", "28人", ("=", 28, "人")),
            I(O, ZL, "网格事件办结率", "≥98%", (">=", 98, "%")),
            I(E, SH, "矛盾纠纷化解率", "≥95%", (">=", 95, "%")),
            I(S, FW, "居民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("城乡环境综合治理", "120.50", "110.00", "10.50", "开展背街小巷整治，巩固环境治理成果。", [
            I(O, SL, "整治背街小巷条数", "≥15条", (">=", 15, "条")),
            I(O, ZL, "道路保洁达标率", "85%-95%", ("range", 85, "%", 95)),
            I(E, ST, "环境卫生状况", "明显改善", Q),
            I(S, FW, "群众满意度", "≥88%", (">=", 88, "%")),
        ]),
        ("退役军人服务站运行", "12.00", "12.00", "", "保障退役军人服务站规范运行。", [
            I(O, SL, "走访慰问人次", "≥200人次", (">=", 200, "人次")),
            I(O, SX, "诉求响应时间", "小于3个工作日", ("<", 3, "个工作日")),
            I(E, SH, "退役军人权益保障", "有效保障", Q),
            I(S, FW, "退役军人满意度", "≥95%", (">=", 95, "%")),
        ]),
        ("防汛减灾应急经费", "30.00", "25.00", "5.00", "做好汛期隐患排查和应急处置。", [
            I(O, SL, "隐患点排查次数", "≥12次", (">=", 12, "次")),
            I(O, SL, "应急演练次数", "2次", ("=", 2, "次")),
            I(E, SH, "因灾死亡人数", "0人", ("=", 0, "人")),
            I(S, FW, "受益群众满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("社区老年人助餐服务", "18.60", "15.00", "3.60", "为辖区高龄、独居老人提供助餐服务。", [
            I(O, SL, "助餐服务老人数", "≥150人", (">=", 150, "人")),
            I(O, CB, "每餐补助标准", "≤5元", ("<=", 5, "元")),
            I(E, SH, "老年人生活便利度", "有效提高", Q),
            I(S, FW, "老年人满意度", "≥92%", (">=", 92, "%")),
        ]),
    ]
    rows = _Rows()
    heads = ["序号", "项目名称", "资金合计", "财政拨款", "其他资金", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"]
    rows.add(*[(k, 1, h) for k, h in enumerate(heads)])
    for n, (project, total, fiscal, other, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw)])
        for c, text in ((0, str(n)), (1, project), (2, total), (3, fiscal), (4, other), (5, goal)):
            rows.put(r0, c, len(inds), 1, text)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [30, 92, 58, 58, 52, 130, 62, 76, 110, 74],
                         title=f"{year}年项目支出绩效目标表", editor=f"单位名称：{dept}", unit_raw="单位：万元",
                         landscape=True), repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 孝感 幼儿园


def layout_hub_xg_kindergarten_self_evals_no_levels_yuan(folder: Path, name: str) -> FileGold:
    dept = "孝感市孝南区机关幼儿园"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("学前教育保教费补助", "356,000.00", "356,000.00", "341,560.00", "300,000.00", [
            I(None, None, "补助幼儿人数", "≥280人", (">=", 280, "人"), "20", "286人", "20"),
            I(None, None, "补助资金发放准确率", "100%", ("=", 100, "%"), "20", "100%", "20"),
            I(None, None, "资金发放时间", "2024年12月底前", (None, None, None), "10", "2024年12月", "10"),
            I(None, None, "家庭教育负担", "有效减轻", Q, "15", "有效减轻", "15"),
            I(None, None, "幼儿入园率", "不低于96%", (">=", 96, "%"), "10", "95.2%", "9", "部分适龄幼儿外出"),
            I(None, None, "家长满意度", "≥92%", (">=", 92, "%"), "15", "94%", "15"),
        ], "优"),
        ("园舍维修改造", "180,000.00", "210,000.00", "198,450.00", "210,000.00", [
            I(None, None, "维修改造面积", "≥800平方米", (">=", 800, "平方米"), "20", "820平方米", "20"),
            I(None, None, "工程验收合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
            I(None, None, "改造完工时间", "2024年8月31日前", (None, None, None), "10", "2024年9月10日", "7",
              "雨季影响工期"),
            I(None, None, "维修成本", "不超过21万元", ("<=", 21, "万元"), "10", "19.85万元", "10"),
            I(None, None, "园所安全条件", "明显改善", Q, "15", "明显改善", "15"),
            I(None, None, "教职工满意度", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
        ], "良"),
    ]
    for k, (project, initial, budget, executed, fiscal, inds, grade) in enumerate(evals):
        rate_txt, rate_score = _rate(budget, executed)
        total = _total(rate_score, inds)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "实施单位"), (1, 5, dept))
        rows.add((0, 1, "年初预算数（元）"), (1, 2, initial), (3, 1, "全年预算数（元）"), (4, 2, budget))
        rows.add((0, 1, "其中：财政资金（元）"), (1, 2, fiscal), (3, 1, "全年执行数（元）"), (4, 2, executed))
        rows.add((0, 1, "预算执行率"), (1, 2, rate_txt), (3, 1, "执行率得分（10分）"), (4, 2, f"{rate_score:.2f}"))
        rows.add(*[(c, 1, t) for c, t in enumerate(("绩效指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"))])
        for i in inds:
            rows.add((0, 1, i.name), (1, 1, i.raw), (2, 1, i.actual), (3, 1, i.weight), (4, 1, i.score), (5, 1, i.note))
        rows.add((0, 3, "总分"), (3, 1, "100"), (4, 2, f"{total:.2f}"))
        rows.add((0, 3, "自评等级"), (3, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [110, 95, 95, 50, 60, 85], title="项目支出绩效自评表",
                             editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=(k == 0))
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "元", budget, executed, total, grade)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建 泉州 卫生院


def layout_fj_qz_health_center_budget_unit_in_cell(folder: Path, name: str) -> FileGold:
    dept = "泉州市洛江区马甲镇卫生院"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "612.40"), ("事业收入", "1,380.00")],
                  [("卫生健康支出", "1,992.40")])
    forms = [
        ("基本公共卫生服务", "450,000.00", "450,000.00", "0.00", [
            I(O, SL, "65岁以上老年人健康管理人数", "达到2600人", (">=", 2600, "人")),
            I(O, ZL, "高血压患者规范管理率", "不低于65%", (">=", 65, "%")),
            I(O, SX, "服务项目完成时间", "2025年12月31日前", (None, None, None)),
            I(E, SH, "居民健康素养水平", "逐步提高", Q),
            I(S, FW, "服务对象满意度", "不低于90%", (">=", 90, "%")),
        ]),
        ("村卫生所医疗设备购置", "280,000.00", "200,000.00", "80,000.00", [
            I(O, SL, "购置设备台套数", "14台（套）", ("=", 14, "台(套)")),
            I(O, ZL, "设备验收合格率", "100%", ("=", 100, "%")),
            I(O, CB, "设备购置成本", "不超过28万元", ("<=", 28, "万元")),
            I(E, SH, "村级诊疗能力", "明显提升", Q),
            I(S, FW, "村医满意度", "不低于90%", (">=", 90, "%")),
        ]),
        ("家庭医生签约服务补助", "96,000.00", "96,000.00", "", [
            I(O, SL, "签约服务人数", "达到4800人", (">=", 4800, "人")),
            I(O, ZL, "重点人群签约服务覆盖率", "不低于70%", (">=", 70, "%")),
            I(O, CB, "人均签约服务补助", "20元/人", ("=", 20, "元/人")),
            I(E, SH, "签约居民续约率", "高于60%", (">", 60, "%")),
            I(S, FW, "签约居民满意度", "不低于88%", (">=", 88, "%")),
        ]),
    ]
    for k, (project, amount, fiscal, carried, inds) in enumerate(forms):
        rows = _Rows()
        rows.add((0, 1, "项 目 名 称"), (1, 3, project))
        rows.add((0, 1, "资金合计"), (1, 1, f"{amount}元"), (2, 1, "财政资金"), (3, 1, f"{fiscal}元"))
        rows.add((0, 1, "上年结余"), (1, 1, f"{carried}元" if carried else ""), (2, 1, "其他资金"),
                 (3, 1, f"{Decimal(amount.replace(',', '')) - Decimal(fiscal.replace(',', '')) - Decimal((carried or '0').replace(',', '')):,.2f}元"))
        rows.add((0, 1, "年度目标"), (1, 3, f"做好{project}工作，保障辖区群众基本医疗卫生服务。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        rows.add((0, 4, "填报说明：指标值按年度填写，定性指标填写预期达到的状态。"))
        doc.pages.grid(_spec(rows.cells, rows.n, [100, 120, 160, 115], title="项目支出绩效目标表"),
                       fresh_page=(k % 2 == 0))
        _add(doc, project, inds)
        doc.gold.project(project, "元", year=amount, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 吉安 乡镇 决算


def layout_jx_ga_town_accounts_three_self_evals_own_funds(folder: Path, name: str) -> FileGold:
    dept = "吉安市青原区富田镇人民政府"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "3,862.15"), ("二、其他收入", "105.30")],
                    [("一、一般公共服务支出", "1,630.45"), ("二、农林水支出", "2,337.00")])
    evals = [
        ("红色名村保护利用", [("年度资金总额", "150.00", "165.00", "158.40"), ("其中：财政资金", "150.00", "150.00", "145.20"),
                             ("自有资金", "—", "—", "—"), ("上年结余", "—", "15.00", "13.20")],
         ("修缮革命旧居旧址，打造红色研学线路。", "修缮旧居4处，接待研学团队86批次。"), [
             I(O, SL, "修缮革命旧居旧址", "4处", ("=", 4, "处"), "20", "4处", "20"),
             I(O, ZL, "修缮工程验收合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             I(E, JJ, "接待研学团队批次", "≥80批次", (">=", 80, "批次"), "20", "86批次", "20"),
             I(E, SH, "红色文化影响力", "显著提升", Q, "15", "显著提升", "15"),
             I(S, FW, "游客满意度", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
         ], "优秀"),
        ("村级组织运转经费", [("年度资金总额", "264.00", "264.00", "264.00"), ("其中：财政资金", "264.00", "264.00", "264.00"),
                             ("自有资金", "", "", ""), ("上年结余", "", "0.00", "0.00")],
         ("保障18个行政村组织正常运转。", "18个村运转经费全部拨付到位。"), [
             I(O, SL, "保障行政村个数", "18个", ("=", 18, "个"), "20", "18个", "20"),
             I(O, SX, "经费拨付时间", "按季度拨付", Q, "20", "按季度拨付", "20"),
             I(O, CB, "村均运转经费", "≤14.7万元", ("<=", 14.7, "万元"), "15", "14.67万元", "15"),
             I(E, SH, "村级组织服务能力", "有效增强", Q, "20", "有效增强", "18", "个别村干部年龄偏大"),
             I(S, FW, "村民满意度", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
         ], "优秀"),
        ("油茶低产林改造", [("年度资金总额", "86.00", "92.50", "71.60"), ("其中：财政资金", "60.00", "66.50", "60.00"),
                           ("自有资金", "26.00", "26.00", "11.60"), ("上年结余", "—", "—", "—")],
         ("完成油茶低改1500亩，带动农户增收。", "完成低改1320亩，部分地块因干旱推迟。"), [
             I(O, SL, "油茶低产林改造面积", "≥1500亩", (">=", 1500, "亩"), "25", "1320亩", "20", "夏季干旱推迟施工"),
             I(O, ZL, "改造苗木成活率", "≥85%", (">=", 85, "%"), "15", "87%", "15"),
             I(E, JJ, "亩均增收", "≥300元", (">=", 300, "元"), "20", "260元", "16", "挂果期未到"),
             I(E, ST, "森林覆盖率", "≥77%", (">=", 77, "%"), "15", "77.2%", "15"),
             I(S, FW, "参与农户满意度", "≥85%", (">=", 85, "%"), "15", "86%", "15"),
         ], "良好"),
    ]
    for k, (project, money, goal, inds, grade) in enumerate(evals):
        _, total = _money_columns_self_eval(doc, project, dept, dept, "万元", money, goal, inds, grade,
                                            head_unit=False, split_note=True, fresh_page=True)
        doc.gold.self_evaluation(project, "万元", money[0][2], money[0][3], total, _GRADE[grade])
        carried = money[3][2] if money[3][2] not in ("", "—") else None
        doc.gold.project(project, "万元", year=money[0][2], fiscal=money[1][2], carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 遵义 中学


def layout_gz_zy_school_budget_two_row_grid_weights(folder: Path, name: str) -> FileGold:
    dept = "遵义市汇川区第三中学"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "3,120.60"), ("事业收入", "240.00")],
                  [("教育支出", "3,360.60")])
    forms = [
        ("义务教育学校公用经费", "286.40", "286.40", "", [
            I("产出指标", SL, "保障在校学生数", "≥2860人", (">=", 2860, "人"), "15"),
            I("产出指标", SL, "生均公用经费标准", "1000元/生·年", ("=", 1000, "元/生·年"), "15"),
            I("产出指标", ZL, "义务教育巩固率", "≥98%", (">=", 98, "%"), "15"),
            I("产出指标", SX, "资金拨付及时率", "100%", ("=", 100, "%"), "10"),
            I("效益指标", SH, "学校正常运转", "有效保障", Q, "15"),
            I("效益指标", KC, "办学条件", "持续改善", Q, "15"),
            I("满意度指标", FW, "师生满意度", "≥90%", (">=", 90, "%"), "15"),
        ]),
        ("学生营养改善计划", "210.00", "180.00", "30.00", [
            I("产出指标", SL, "受益学生人数", "≥2100人", (">=", 2100, "人"), "15"),
            I("产出指标", ZL, "食品安全事故发生次数", "0次", ("=", 0, "次"), "20"),
            I("产出指标", CB, "每生每天膳食补助", "5元", ("=", 5, "元"), "10"),
            I("产出指标", SX, "供餐天数", "≥200天", (">=", 200, "天"), "10"),
            I("效益指标", SH, "学生营养健康状况", "逐步改善", Q, "15"),
            I("效益指标", SH, "学生体质健康达标率", "≥92%", (">=", 92, "%"), "15"),
            I("满意度指标", FW, "家长满意度", "≥90%", (">=", 90, "%"), "15"),
        ]),
    ]
    for k, (project, amount, fiscal, carried, inds) in enumerate(forms):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 1, "遵义市汇川区教育局"), (2, 1, "实施单位"), (3, 2, dept))
        r = rows.n
        rows.put(r, 0, 3, 1, "项目金额（万元）")
        rows.put(r, 1, 1, 1, "合计"), rows.put(r, 2, 1, 3, amount)
        rows.put(r + 1, 1, 1, 1, "财政资金"), rows.put(r + 1, 2, 1, 3, fiscal)
        rows.put(r + 2, 1, 1, 1, "上年结余"), rows.put(r + 2, 2, 1, 3, carried)
        r = rows.n
        rows.put(r, 0, 1, 1, "年度绩效目标"), rows.put(r, 1, 1, 4, f"落实{project}政策，保障学校教育教学正常开展。")
        r = rows.n
        rows.put(r, 0, 1, 3, "绩效指标")
        rows.put(r, 3, 2, 1, "指标值"), rows.put(r, 4, 2, 1, "权重（%）")
        rows.put(r + 1, 0, 1, 1, "一级指标"), rows.put(r + 1, 1, 1, 1, "二级指标"), rows.put(r + 1, 2, 1, 1, "三级指标")
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [90, 110, 150, 90, 55], title="项目支出绩效目标表",
                             editor=f"单位：{dept}"), fresh_page=(k == 0))
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=amount, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河北 保定 街道


def layout_heb_bd_street_one_form_over_pages_hand_labels(folder: Path, name: str) -> FileGold:
    dept = "保定市竞秀区东风街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    project = "老旧小区综合整治及物业提升"
    inds = [
        I(O, SL, "整治老旧小区数量", "9个", ("=", 9, "个")),
        I(O, SL, "改造楼栋数", "≥46栋", (">=", 46, "栋")),
        I(O, SL, "更新改造雨污管网长度", "≥5.2公里", (">=", 5.2, "公里")),
        I(O, SL, "增设电动自行车充电桩", "≥320个", (">=", 320, "个")),
        I(O, SL, "引入专业化物业小区", "≥6个", (">=", 6, "个")),
        I(O, ZL, "工程质量验收合格率", "100%", ("=", 100, "%")),
        I(O, ZL, "安全生产事故", "0起", ("=", 0, "起")),
        I(O, SX, "主体工程完工时间", "2025年10月31日前", (None, None, None)),
        I(O, SX, "工程款支付时限", "验收后30日内", ("<=", 30, "日")),
        I(O, CB, "楼栋平均改造成本", "控制在18万元以内", ("<=", 18, "万元")),
        I(E, SH, "受益居民户数", "≥2300户", (">=", 2300, "户")),
        I(E, SH, "小区物业费收缴率", "70%-80%", ("range", 70, "%", 80)),
        I(E, KC, "小区长效管理机制", "建立健全", Q),
        I(S, FW, "小区居民满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "项 目 名 称"), (1, 5, project))
    rows.add((0, 1, "主 管 部 门"), (1, 2, "保定市竞秀区人民政府"), (3, 1, "实 施 单 位"), (4, 2, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "项目资金（万元）")
    for c, cs, head, amount in ((1, 1, "资金合计", "1,386.00"), (2, 1, "财政资金", "1,286.00"), (3, 1, "自有资金", "—"),
                                (4, 2, "上年结余", "100.00")):
        rows.put(r, c, 1, cs, head)
        rows.put(r + 1, c, 1, cs, amount)
    rows.add((0, 1, "立项依据"), (1, 5, "《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》（国办发〔2020〕23号）；"
             "《河北省城镇老旧小区改造三年行动方案》；区政府常务会议纪要。辖区内2000年以前建成的老旧小区基础设施老化、"
             "管网破损、停车和充电设施不足，群众改造意愿强烈，列入年度民生实事项目。"))
    rows.add((0, 1, "实施内容"), (1, 5, "对9个老旧小区实施屋面防水、外墙保温、雨污分流、道路硬化、绿化提升、"
             "安防监控和电动自行车充电设施建设，同步引入专业化物业服务，建立居民议事和长效管护机制。"
             "工程分两批实施，第一批5个小区上半年开工，第二批4个小区三季度开工，年底前全部完工并组织验收。"))
    rows.add((0, 1, "年度绩效目标"), (1, 5, "完成9个老旧小区综合整治，改善居民居住条件，推动小区物业管理全覆盖。"))
    head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "指标值说明"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw),
                                            (5, 1, f"{i.name}以实施方案、施工台账和竣工验收资料为准，由街道城建办统计核实。")])
    spec = _spec(rows.cells, rows.n, [70, 80, 60, 60, 90, 135], title="项目支出绩效目标表",
                 editor=f"（{year}年度）", unit_raw="单位：万元")
    doc.pages.grid(spec, repeat=(head, 1), fresh_page=True)
    _add(doc, project, inds)
    doc.gold.project(project, "万元", year="1,386.00", fiscal="1,286.00", carried="100.00")
    return doc.save(folder)


BLIND51: dict[str, Builder] = {
    "zj_hz_street_budget_pairs_unit_in_title": layout_zj_hz_street_budget_pairs_unit_in_title,
    "js_sz_town_source_grid_yuan": layout_js_sz_town_source_grid_yuan,
    "sd_wf_school_self_eval_money_columns": layout_sd_wf_school_self_eval_money_columns,
    "ha_zz_hospital_accounts_dept_and_project_eval": layout_ha_zz_hospital_accounts_dept_and_project_eval,
    "gd_fs_town_budget_dept_wide_then_stacked_heads": layout_gd_fs_town_budget_dept_wide_then_stacked_heads,
    "sc_my_street_landscape_list_fund_total": layout_sc_my_street_landscape_list_fund_total,
    "hub_xg_kindergarten_self_evals_no_levels_yuan": layout_hub_xg_kindergarten_self_evals_no_levels_yuan,
    "fj_qz_health_center_budget_unit_in_cell": layout_fj_qz_health_center_budget_unit_in_cell,
    "jx_ga_town_accounts_three_self_evals_own_funds": layout_jx_ga_town_accounts_three_self_evals_own_funds,
    "gz_zy_school_budget_two_row_grid_weights": layout_gz_zy_school_budget_two_row_grid_weights,
    "heb_bd_street_one_form_over_pages_hand_labels": layout_heb_bd_street_one_form_over_pages_hand_labels,
}
SETS: dict[str, dict[str, Builder]] = {"blind51": BLIND51}


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
    """Write every layout of ``which`` ("blind51") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
