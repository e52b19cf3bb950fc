"""BLIND43 performance forms: eleven layouts of 贵州, 云南, 四川, 西藏, 广西, 宁夏, 新疆, 内蒙古 and
重庆 乡镇 / 街道, 事业单位 and 县级部门, printed the way their 2024–2025 disclosures print them, with
the small imperfections of real PDFs (labels wrapped or spaced out as 项 目 名 称, cells left
blank, "—" / "/" / "0" in empty money cells, 0 beside 0.00, full- and half-width brackets and
colons mixed, the unit in the title line, a column head or the cell). Written by an author who
had read neither the form reader nor the earlier blind sets (only the gold helpers and page
composer of ``form_layouts``, the gold conventions of BLIND9's docstring and real disclosures).
Each layout writes one PDF and its gold in the format of ``form_layouts.write_set``; the gold is
written by hand with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

gz_bj_town_budget_spaced_labels_yuan  贵州 毕节 乡镇 部门预算: budget tables, then one
        项目支出绩效目标表 a page, labels spaced out (项 目 名 称), a 项目资金（元） cell merged down
        over label | value pairs in 元 with separators (年度资金总额： | 其中：财政拨款 | 上年结转 |
        其他资金), 上年结转 printed 0.00, blank or "—" / "/" / "0" in 其他资金, 指标值说明 cells blank
yn_qj_county_budget_income_source_lines  云南 曲靖 county 部门预算: budget tables, then project
        forms with money as a 资金来源 | 金额（万元） list (合计, 一般公共预算财政拨款收入,
        政府性基金预算财政拨款收入, 中央补助资金, 上年结转, 其他资金), 项目编码, 权重（%）
sc_ls_school_self_eval_yuan_slash_cells  四川 凉山 county 项目支出绩效自评表 in 元 (unit in the
        line under the title): 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over
        年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金 with "/" in empty cells, 总分, 自评等级
        as words (优秀 / 良好)
xz_ls_district_dept_wide_tasks_then_projects  西藏 拉萨 district 部门整体支出绩效目标表 (部门预算
        heads over one amounts row, 年度主要任务 rows, 权重) followed by project forms whose money
        heads (资金总额 | 财政拨款 | 上年结转 | 其他资金) sit over one amounts row, unit in the title line
gx_bs_accounts_dept_self_eval_then_project  广西 百色 district 部门决算: accounts tables, then a
        部门整体支出绩效自评表 with money as label | value pairs (年初预算数 | 全年预算数 | 全年执行数,
        执行率 | 分值 | 得分) and a 项目支出绩效自评表 with 资金 rows in columns
nx_gy_street_budget_landscape_list  宁夏 固原 街道 部门预算: budget tables, then a landscape list
        (序号 | 项目名称 | 项目资金 over 合计 | 财政拨款 | 其他资金 | 年度绩效目标 | 绩效指标 over 一级 |
        二级 | 三级 | 指标值), a column-number row, header repeated over pages, unit in the title line
xj_cj_bureau_heads_with_units_split_target  新疆 昌吉 county-level bureau: money heads carrying
        their unit (资金总额（元） | 本年财政资金（元） | 上年结转资金（元） | 其他资金（元）) over the
        amounts, grid 一级 | 二级 | 三级 | 指标性质 | 指标值 | 计量单位 | 分值, 定性 in 指标性质
nmg_cf_town_self_eval_money_pairs_yuan  内蒙古 赤峰 镇 项目支出绩效自评表: money as label | value
        pairs in 元 (年初预算数（元） | … | 其中:财政资金 | …, 预算执行率 | 执行率得分), 自评得分 |
        自评等级 in one row at the foot, 偏差 cells blank or 无
cq_wz_budget_two_forms_a_page_total_year  重庆 万州 district 部门预算: budget tables, then short
        forms two a page, money heads 项目总额 | 当年预算 | 其中：财政拨款 | 上年结转 over one row
        (unit in the title line), targets in words (不低于 / 不超过 / 达到)
gz_qdn_health_centre_units_in_cells  贵州 黔东南 社区卫生服务中心 forms: amounts written with their
        unit in the cell (85.60万元), labels wrapped inside their cells (年度资金\\n总额), ranges
        (85%-95%) and deadlines
yn_hh_prefecture_long_forms_value_unit_columns  云南 红河 州 bureau: forms with 立项依据 /
        项目实施内容 prose rows running down the pages (the second cut by the page break, its grid
        header repeated on the next page), grid 一级 | 二级 | 三级 | 指标值 | 计量单位 | 指标值说明
        (comparator glued to the value), money heads beside a 项目资金（万元） cell over one amounts row

Gold conventions: BLIND9's, with the addendum's money rulings: fiscal = the 财政拨款 / 财政资金 /
本年财政资金 figure as printed, or the …财政拨款收入 source line (中央补助资金, 其他资金 and 上年结转
never fiscal); a printed 0.00 上年结转 is "0.00" carried; "—", "/", "0" or a blank cell is no amount;
达到 N reads ">=". This set's rulings:
- A 资金来源 list's 合计 is the year amount; where only one …财政拨款收入 line carries an amount
  (the other blank or "—") fiscal is that line.
- 项目总额 is total, 当年预算 is year (both printed).
- An amount with its unit in the cell ("85.60万元") reads in that unit.
- A project self evaluation gives year = the 年度资金总额 row's 全年预算数, fiscal = the 财政拨款 /
  财政资金 row's 全年预算数, carried = the 上年结转 row's 全年预算数 where printed with an amount.
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
NUM, QUA, TIM, COST = "数量指标", "质量指标", "时效指标", "成本指标"
SOC, ECO, ENV, SUS, SAT = "社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"


def _add(doc: FormDoc, project: str | None, inds: list[Ind]) -> None:
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))


def _rate(budget: str, executed: str) -> tuple[str, Decimal]:
    """执行率 as printed and its score (10 × rate, at most 10, two decimals)."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    return f"{e / b * 100:.2f}%", min(Decimal(10), e / b * 10).quantize(Decimal("0.01"))


def _total(rate_score: Decimal, inds: list[Ind]) -> Decimal:
    return rate_score + sum(Decimal(i.score) for i in inds)


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str, str]], unit: str = "单位：万元") -> None:
    """The front of a 部门预算: contents, 部门概况, 收支总表, a 一般公共预算支出表, the page
    that heads the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}按照职能职责，统筹做好辖区经济发展、社会事业、基层治理和民生保障等工作。",
        "二、机构设置。纳入本部门预算编制范围的单位为部门本级，无下属预算单位。",
        f"三、{year}年重点工作。围绕年度目标任务，落实过紧日子要求，保障重点项目资金需要。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "", "")
        body.append(plain_row([a[0], a[1], b[1], b[2]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_in:,.2f}"]))
    doc.pages.table(TableSpec("部门收支总表", "income_expenditure_summary", unit, None, f"编制单位：{dept}",
                              [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收    入"), (0, 2, 1, 2, "支    出"), (1, 0, 1, 1, "项    目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项    目"), (1, 3, 1, 1, "预算数")], 2, body,
                              ["l", "r", "l", "r"]))
    rows = [plain_row([code, name, amount]) for code, name, amount in spending]
    rows.append(plain_row(["", "合    计", f"{total_in:,.2f}"]))
    doc.pages.table(TableSpec("一般公共预算支出表", "general_public_function", unit, None, f"编制单位：{dept}",
                              [90, 280, 120], [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"),
                                               (0, 2, 1, 1, "合计")], 1, rows, ["l", "l", "r"]))
    doc.pages.text_page("第四部分  预算绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}对{year}年项目支出编制了绩效目标，现将项目支出绩效目标表公开如下。",
    ])


# --------------------------------------------------------------------------- 贵州 毕节


def layout_gz_bj_town_budget_spaced_labels_yuan(folder: Path, name: str) -> FileGold:
    dept = "威宁彝族回族苗族自治县雪山镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "1,865.42"), ("政府性基金预算拨款收入", "120.00")],
                  [("201", "一般公共服务支出", "1,024.18"), ("213", "农林水支出", "841.24"), ("212", "城乡社区支出", "120.00")])
    projects = [
        ("农村人居环境整治经费", "1,280,000.00", "1,280,000.00", "0.00", "—",
         "完成18个村村庄清洁行动，配置垃圾收运设施，农村人居环境明显改善。", [
             Ind(P, NUM, "村庄清洁行动覆盖村数", "≥18个", (">=", 18, "个")),
             Ind(P, NUM, "垃圾收运设施配置数量", "≥120个", (">=", 120, "个")),
             Ind(P, QUA, "农村生活垃圾收运处置率", "≥90%", (">=", 90, "%")),
             Ind(P, TIM, "资金支付完成时间", "2025年12月底前", (None, None, None)),
             Ind(E, ENV, "村容村貌", "明显改善", Q),
             Ind(E, SUS, "农村人居环境长效管护机制", "持续运行", Q),
             Ind(S, SAT, "群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("村级组织运转经费", "2,456,300.00", "2,156,300.00", "300,000.00", "/",
         "保障22个村（社区）组织正常运转，按月足额发放村干部补贴。", [
             Ind(P, NUM, "保障村（社区）数量", "22个", ("=", 22, "个")),
             Ind(P, NUM, "村干部补贴发放人数", "≥154人", (">=", 154, "人")),
             Ind(P, QUA, "补贴发放准确率", "100%", ("=", 100, "%")),
             Ind(P, TIM, "补贴按月发放及时率", "100%", ("=", 100, "%")),
             Ind(E, SOC, "村级组织正常运转", "有效保障", Q),
             Ind(S, SAT, "村干部满意度", "≥95%", (">=", 95, "%")),
         ]),
        ("防汛抗旱及地质灾害防治经费", "350,000.00", "350,000.00", "", "0",
         "做好汛期值班值守和地质灾害隐患点巡查，确保不发生因灾死亡事件。", [
             Ind(P, NUM, "隐患点巡查频次", "≥4次/月", (">=", 4, "次/月")),
             Ind(P, NUM, "防汛物资储备批次", "≥2批", (">=", 2, "批")),
             Ind(P, QUA, "监测预警覆盖率", "100%", ("=", 100, "%")),
             Ind(P, TIM, "汛期值班响应时间", "≤30分钟", ("<=", 30, "分钟")),
             Ind(E, SOC, "因灾死亡人数", "0人", ("=", 0, "人")),
             Ind(S, SAT, "受益群众满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [64, 70, 118, 78, 70, 100]
    for project, year_amt, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项 目 名 称"), (1, 5, project))
        rows.add((0, 1, "主 管 部 门"), (1, 2, dept), (3, 1, "实 施 单 位"), (4, 2, dept))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金\n（元）")
        for k, (label, value) in enumerate((("年度资金总额：", year_amt), ("其中：财政拨款", fiscal),
                                            ("上年结转", carried), ("其他资金", other))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 3, value)
        rows.add((0, 1, "年度\n总体\n目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 2, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 2, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"（{year}年度）"),
                       fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "元", year=year_amt, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 云南 曲靖


def layout_yn_qj_county_budget_income_source_lines(folder: Path, name: str) -> FileGold:
    dept = "会泽县农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}", 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "3,218.60"), ("政府性基金预算拨款收入", "260.00")],
                  [("213", "农林水支出", "3,086.30"), ("208", "社会保障和就业支出", "132.30"), ("212", "城乡社区支出", "260.00")])
    projects = [
        ("高标准农田建设项目", "53032625R000000114", "会泽县农田建设服务中心",
         [("合计", "486.50"), ("一般公共预算财政拨款收入", "326.50"), ("政府性基金预算财政拨款收入", ""),
          ("中央补助资金", "100.00"), ("上年结转", "—"), ("其他资金", "60.00")],
         "486.50", "326.50", None,
         "新建高标准农田1.2万亩，配套灌排和田间道路设施，提高粮食综合生产能力。", [
             Ind(P, NUM, "新建高标准农田面积", "≥1.2万亩", (">=", 1.2, "万亩"), "20", note="验收面积"),
             Ind(P, NUM, "新建田间道路长度", "≥18公里", (">=", 18, "公里"), "10"),
             Ind(P, QUA, "工程验收合格率", "100%", ("=", 100, "%"), "15"),
             Ind(P, TIM, "项目完工时间", "2025年11月30日前", (None, None, None), "10"),
             Ind(P, COST, "亩均建设成本", "≤3000元/亩", ("<=", 3000, "元/亩"), "10"),
             Ind(E, ECO, "项目区亩均粮食增产", "≥50公斤", (">=", 50, "公斤"), "20"),
             Ind(S, SAT, "项目区群众满意度", "≥90%", (">=", 90, "%"), "15"),
         ]),
        ("农作物病虫害绿色防控", "53032625R000000127", "会泽县农业技术推广中心",
         [("合计", "215.80"), ("一般公共预算财政拨款收入", "175.80"), ("政府性基金预算财政拨款收入", "—"),
          ("中央补助资金", ""), ("上年结转", "40.00"), ("其他资金", "0")],
         "215.80", "175.80", "40.00",
         "建设绿色防控示范区，开展统防统治，农药使用量保持负增长。", [
             Ind(P, NUM, "绿色防控示范区面积", "≥5万亩", (">=", 5, "万亩"), "20"),
             Ind(P, NUM, "病虫害统防统治培训人次", "≥1500人次", (">=", 1500, "人次"), "15"),
             Ind(P, QUA, "主要农作物病虫害危害损失率", "≤5%", ("<=", 5, "%"), "20", note="监测点数据"),
             Ind(P, TIM, "防控物资发放时间", "2025年4月底前", (None, None, None), "10"),
             Ind(E, ENV, "化学农药使用量", "负增长", Q, "20"),
             Ind(S, SAT, "种植户满意度", "≥85%", (">=", 85, "%"), "15"),
         ]),
    ]
    widths = [70, 80, 130, 70, 46, 104]
    for project, code, unit_name, sources, year_amt, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 1, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 1, unit_name))
        rows.add((0, 1, "项目类型"), (1, 3, "经常性项目"), (4, 1, "项目期限"), (5, 1, "2025年1月-12月"))
        r = rows.n
        rows.put(r, 0, len(sources) + 1, 1, "项目资金\n来源")
        rows.put(r, 1, 1, 3, "资金来源")
        rows.put(r, 4, 1, 2, "金额（万元）")
        for k, (label, amount) in enumerate(sources, 1):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 2, amount)
        rows.add((0, 1, "年度绩效\n目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重（%）"),
                 (5, 1, "指标解释"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"单位名称：{dept}"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", code=code, year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 四川 凉山


def _column_self_eval(doc: FormDoc, project: str, dept: str, unit_name: str, money: list[tuple[str, str, str, str]],
                      goal: tuple[str, str], inds: list[Ind], grade_word: str, unit: str,
                      empty: str = "/") -> tuple[Decimal, _Rows]:
    """Self evaluation with the money lines in rows and 年初 | 全年 | 执行 columns (财政部 shape,
    this county's cell habits); returns the 总分."""
    rate, rate_score = _rate(money[0][2], money[0][3])
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 7, project))
    rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, unit_name))
    r = rows.n
    rows.put(r, 0, len(money) + 1, 1, f"项目资金\n（{unit}）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, (label, initial, budget, executed) in enumerate(money, 1):
        rows.put(r + k, 1, 1, 2, label)
        tail = ("10", rate, f"{rate_score}") if k == 1 else (empty, empty, empty)
        for j, v in enumerate((initial, budget, executed, *tail)):
            rows.put(r + k, 3 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度\n总体\n目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, goal[0])
    rows.put(r + 1, 5, 1, 4, goal[1])
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩\n效\n指\n标")
    for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分",
                              "偏差原因分析及\n改进措施")):
        rows.put(r, 1 + k, 1, 1, head)
    rows.n = r + 1
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    total = _total(rate_score, inds)
    rows.add((0, 6, "总    分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 6, "自评等级"), (6, 3, grade_word))
    return total, rows


def layout_sc_ls_school_self_eval_yuan_slash_cells(folder: Path, name: str) -> FileGold:
    dept = "昭觉县教育体育和科技局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year,
                  cover=[(f"{dept}", 22), (f"{year}年度项目支出绩效自评报告", 20)])
    forms = [
        ("学生营养改善计划", "昭觉县各义务教育阶段学校",
         [("年度资金总额", "3,650,000.00", "3,820,000.00", "3,790,400.00"),
          ("其中：财政拨款", "3,650,000.00", "3,820,000.00", "3,790,400.00"),
          ("上年结转资金", "/", "/", "/"), ("其他资金", "0", "0", "0")],
         ("为全县义务教育阶段学生提供营养膳食补助，改善学生营养状况。", "全年惠及学生1.86万人，按标准足额落实补助。"), [
             Ind(P, NUM, "受益学生人数", "≥1.8万人", (">=", 1.8, "万人"), "20", "1.86万人", "20"),
             Ind(P, QUA, "食品安全事故发生数", "0起", ("=", 0, "起"), "15", "0起", "15"),
             Ind(P, TIM, "补助资金拨付及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind(P, COST, "生均每天补助标准", "5元", ("=", 5, "元"), "10", "5元", "10"),
             Ind(E, SOC, "学生营养健康状况", "有所改善", Q, "15", "有所改善", "14", "体检覆盖面仍需扩大"),
             Ind(E, SUS, "营养餐长效运行机制", "健全", Q, "10", "健全", "10"),
             Ind(S, SAT, "学生及家长满意度", "≥90%", (">=", 90, "%"), "10", "93.5%", "10"),
         ], "优秀", "优", None),
        ("义务教育阶段公用经费保障", "昭觉县各义务教育阶段学校",
         [("年度资金总额", "1,200,000.00", "1,268,500.00", "1,102,340.50"),
          ("其中：财政拨款", "1,100,000.00", "1,168,500.00", "1,002,340.50"),
          ("上年结转资金", "100,000.00", "100,000.00", "100,000.00"), ("其他资金", "/", "/", "/")],
         ("保障学校正常运转，改善办学条件。", "保障42所学校运转，部分维修项目未完工。"), [
             Ind(P, NUM, "保障学校数量", "42所", ("=", 42, "所"), "20", "42所", "20"),
             Ind(P, QUA, "校舍维修验收合格率", "≥95%", (">=", 95, "%"), "15", "90%", "12", "部分项目未完成验收"),
             Ind(P, TIM, "公用经费拨付时间", "2024年9月底前", (None, None, None), "10", "2024年10月", "7", "资金到位滞后"),
             Ind(E, SOC, "学校正常运转保障率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind(E, SUS, "办学条件", "持续改善", Q, "10", "有所改善", "8", "维修资金不足"),
             Ind(S, SAT, "师生满意度", "≥85%", (">=", 85, "%"), "15", "86%", "15"),
         ], "良好", "良", "100,000.00"),
    ]
    for project, unit_name, money, goal, inds, word, grade, carried in forms:
        total, rows = _column_self_eval(doc, project, dept, unit_name, money, goal, inds, word, "元")
        doc.pages.grid(_spec(rows.cells, rows.n, [30, 46, 54, 76, 70, 70, 36, 52, 62],
                             title="项目支出绩效自评表", editor=f"（{year}年度）", unit_raw="单位：元",
                             kind="performance_self_evaluation"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "元", money[0][2], money[0][3], float(total), grade)
        doc.gold.project(project, "元", year=money[0][2], fiscal=money[1][2], carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 西藏 拉萨


def layout_xz_ls_district_dept_wide_tasks_then_projects(folder: Path, name: str) -> FileGold:
    dept = "拉萨市堆龙德庆区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年预算绩效目标", dept, year,
                  cover=[(dept, 22), (f"{year}年部门整体及项目支出绩效目标", 20)])
    dept_inds = [
        Ind(P, NUM, "城乡低保保障人数", "≥3200人", (">=", 3200, "人"), "15"),
        Ind(P, NUM, "特困人员集中供养人数", "≥180人", (">=", 180, "人"), "10"),
        Ind(P, QUA, "低保资金社会化发放率", "100%", ("=", 100, "%"), "10"),
        Ind(P, TIM, "救助资金按月发放", "每月10日前", (None, None, None), "10"),
        Ind(P, COST, "“三公”经费控制", "不超过上年", Q, "10"),
        Ind(E, SOC, "困难群众基本生活", "有效保障", Q, "20"),
        Ind(E, SUS, "社会救助体系", "不断完善", Q, "10"),
        Ind(S, SAT, "服务对象满意度", "≥90%", (">=", 90, "%"), "15"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 5, dept))
    r = rows.add((2, 2, "资金总额"), (4, 2, "财政拨款"), (6, 1, "其他资金"))
    rows.add((2, 2, "5,862.35"), (4, 2, "5,862.35"), (6, 1, "—"))
    rows.put(r, 0, 2, 2, "部门预算资金\n（万元）")
    r = rows.n
    tasks = [("城乡低保", "按标准发放城乡居民最低生活保障金", "3,126.00"),
             ("特困供养", "落实特困人员基本生活和照料护理", "865.40"),
             ("养老服务", "运营区乡两级养老服务设施", "412.60")]
    rows.put(r, 0, len(tasks) + 1, 1, "年度\n主要\n任务")
    rows.put(r, 1, 1, 2, "任务名称")
    rows.put(r, 3, 1, 3, "主要内容")
    rows.put(r, 6, 1, 1, "预算金额（万元）")
    for k, (t, c, a) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 2, t)
        rows.put(r + k, 3, 1, 3, c)
        rows.put(r + k, 6, 1, 1, a)
    rows.add((0, 1, "年度\n总体\n目标"), (1, 6, "兜牢民生底线，困难群众应保尽保，养老服务能力持续提升。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (5, 1, "指标值"), (6, 1, "权重"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 3, i.name), (5, 1, i.raw), (6, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [58, 72, 60, 60, 80, 80, 80], title="部门整体支出绩效目标表",
                         editor=f"（{year}年度）", kind="dept_performance_targets"), fresh_page=True)
    _add(doc, None, dept_inds)
    projects = [
        ("困难群众临时救助", "186.00", "186.00", "0", "", "及时救助遭遇突发性、临时性困难的群众。", [
            Ind(P, NUM, "临时救助人次", "≥600人次", (">=", 600, "人次")),
            Ind(P, QUA, "救助对象认定准确率", "≥98%", (">=", 98, "%")),
            Ind(P, TIM, "急难型救助审批时限", "≤3个工作日", ("<=", 3, "个工作日")),
            Ind(E, SOC, "困难群众突发性生活困难", "及时缓解", Q),
            Ind(S, SAT, "救助对象满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("农村互助幸福院运营补助", "96.50", "76.50", "20.00", "—", "保障18个农村互助幸福院正常运营。", [
            Ind(P, NUM, "补助互助幸福院数量", "18个", ("=", 18, "个")),
            Ind(P, QUA, "幸福院运营达标率", "≥90%", (">=", 90, "%")),
            Ind(P, COST, "每院年运营补助", "≤5万元", ("<=", 5, "万元")),
            Ind(E, SOC, "农村老年人互助养老服务", "有效覆盖", Q),
            Ind(S, SAT, "入住老年人满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    for project, year_amt, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, dept))
        r = rows.add((1, 1, "资金总额"), (2, 1, "财政拨款"), (3, 1, "上年结转"), (4, 2, "其他资金"))
        rows.add((1, 1, year_amt), (2, 1, fiscal), (3, 1, carried), (4, 2, other))
        rows.put(r, 0, 2, 1, "项目资金")
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 80, 80, 80, 90, 80], title="项目支出绩效目标表",
                             editor=f"预算单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal,
                         carried=carried if carried not in ("0", "") else None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西 百色


def layout_gx_bs_accounts_dept_self_eval_then_project(folder: Path, name: str) -> FileGold:
    dept = "百色市右江区农业农村局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "4,286.73"), ("二、其他收入", "32.10")],
                    [("一、农林水支出", "4,102.58"), ("二、社会保障和就业支出", "216.25")])
    budget, executed = "4,402.16", "4,318.83"
    rate, rate_score = _rate(budget, executed)
    inds = [
        Ind(P, NUM, "耕地地力保护补贴发放面积", "≥28万亩", (">=", 28, "万亩"), "15", "28.6万亩", "15"),
        Ind(P, NUM, "动物强制免疫头（只）数", "≥95万头(只)", (">=", 95, "万头(只)"), "10", "97.2万头(只)", "10"),
        Ind(P, QUA, "强制免疫病种应免密度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
        Ind(P, TIM, "惠农补贴发放及时率", "100%", ("=", 100, "%"), "10", "98%", "8", "个别乡镇信息核实滞后"),
        Ind(E, ECO, "农村居民人均可支配收入增幅", "≥6%", (">=", 6, "%"), "15", "6.4%", "15"),
        Ind(E, SUS, "防止规模性返贫", "守住底线", Q, "15", "未发生规模性返贫", "15"),
        Ind(S, SAT, "农户满意度", "≥90%", (">=", 90, "%"), "15", "91.2%", "15"),
    ]
    total = _total(rate_score, inds)
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 7, dept))
    rows.add((0, 1, "年初预算数\n(万元)"), (1, 1, "4,318.00"), (2, 1, "全年预算数\n(万元)"), (3, 2, budget),
             (5, 1, "全年执行数\n(万元)"), (6, 2, executed))
    rows.add((0, 1, "执行率"), (1, 1, rate), (2, 1, "分值"), (3, 2, "10"), (5, 1, "得分"), (6, 2, f"{rate_score}"))
    rows.add((0, 1, "年度总体\n目标完成\n情况"), (1, 7, "落实各项强农惠农政策，完成动物疫病防控任务，巩固拓展脱贫攻坚成果。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因及改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
    rows.add((0, 5, "评价等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 66, 96, 62, 70, 34, 40, 70], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
    _add(doc, None, inds)
    doc.gold.self_evaluation(None, "万元", budget, executed, float(total), "优")
    p_inds = [
        Ind(P, NUM, "新建提升村级动物防疫室", "≥12个", (">=", 12, "个"), "20", "12个", "20"),
        Ind(P, QUA, "疫苗冷链储运合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind(P, TIM, "春秋两季集中免疫完成时间", "2024年11月底前", (None, None, None), "10", "2024年11月", "10"),
        Ind(E, ECO, "畜禽养殖因病死亡损失", "明显下降", Q, "20", "明显下降", "18", "个别散养户防疫意识弱"),
        Ind(E, SUS, "基层动物防疫体系", "持续完善", Q, "10", "持续完善", "10"),
        Ind(S, SAT, "养殖户满意度", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
    ]
    money = [("年度资金总额", "160.00", "168.50", "161.37"), ("其中：财政拨款", "160.00", "168.50", "161.37"),
             ("上年结转资金", "0.00", "0.00", "0.00"), ("其他资金", "", "", "")]
    p_total, rows = _column_self_eval(doc, "基层动物防疫体系建设", dept, "百色市右江区动物疫病预防控制中心", money,
                                      ("完成村级防疫室建设，提升基层动物疫病防控能力。", "建成村级防疫室12个，完成两季集中免疫。"),
                                      p_inds, "优", "万元", empty="—")
    doc.pages.grid(_spec(rows.cells, rows.n, [30, 46, 54, 84, 62, 62, 36, 52, 68], title="项目支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    _add(doc, "基层动物防疫体系建设", p_inds)
    doc.gold.self_evaluation("基层动物防疫体系建设", "万元", "168.50", "161.37", float(p_total), "优")
    doc.gold.project("基层动物防疫体系建设", "万元", year="168.50", fiscal="168.50", carried="0.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 宁夏 固原


def layout_nx_gy_street_budget_landscape_list(folder: Path, name: str) -> FileGold:
    dept = "固原市原州区南关街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "968.34")],
                  [("201", "一般公共服务支出", "712.06"), ("208", "社会保障和就业支出", "142.28"), ("212", "城乡社区支出", "114.00")])
    projects = [
        ("社区网格化管理经费", "48.00", "48.00", "0", "配备专职网格员，实现辖区网格全覆盖。", [
            Ind(P, NUM, "划分网格数量", "32个", ("=", 32, "个")),
            Ind(P, QUA, "网格事件办结率", "≥95%", (">=", 95, "%")),
            Ind(E, SOC, "基层治理能力", "明显提升", Q),
            Ind(S, SAT, "居民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("老旧小区环境卫生整治", "66.00", "60.00", "6.00", "清运积存垃圾，整治小区环境卫生。", [
            Ind(P, NUM, "整治老旧小区数量", "≥14个", (">=", 14, "个")),
            Ind(P, NUM, "清运积存垃圾", "≥1200吨", (">=", 1200, "吨")),
            Ind(P, TIM, "整治完成时间", "2025年10月底前", (None, None, None)),
            Ind(S, SAT, "小区居民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("社区居家养老服务补助", "36.50", "36.50", "—", "为辖区高龄、失能老人提供上门助餐助洁服务。", [
            Ind(P, NUM, "上门服务人次", "≥5000人次", (">=", 5000, "人次")),
            Ind(P, QUA, "服务规范达标率", "≥95%", (">=", 95, "%")),
            Ind(P, COST, "每人次服务补助", "≤60元", ("<=", 60, "元")),
            Ind(S, SAT, "服务对象满意度", "≥92%", (">=", 92, "%")),
        ]),
        ("辖区安全生产和消防检查", "12.00", "12.00", "", "开展“九小场所”消防安全检查，消除火灾隐患。", [
            Ind(P, NUM, "检查九小场所家次", "≥800家次", (">=", 800, "家次")),
            Ind(P, QUA, "隐患整改率", "100%", ("=", 100, "%")),
            Ind(E, SOC, "较大以上火灾事故", "不发生", Q),
            Ind(S, SAT, "经营业户满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    rows = _Rows()
    for col, text in ((0, "序号"), (1, "项目名称"), (5, "年度绩效目标")):
        rows.put(0, col, 2, 1, text)
    rows.put(0, 2, 1, 3, "项目资金")
    rows.put(0, 6, 1, 4, "绩效指标")
    rows.n = 1
    rows.add((2, 1, "合计"), (3, 1, "财政拨款"), (4, 1, "其他资金"), (6, 1, "一级指标"), (7, 1, "二级指标"),
             (8, 1, "三级指标"), (9, 1, "指标值"))
    rows.add(*[(k, 1, str(k + 1)) for k in range(10)])
    for n, (project, year_amt, fiscal, other, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw)])
        for col, text in ((0, str(n)), (1, project), (2, year_amt), (3, fiscal), (4, other), (5, goal)):
            rows.put(r0, col, len(inds), 1, text)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [30, 96, 52, 52, 46, 130, 62, 80, 110, 86],
                         title=f"{dept}{year}年项目支出绩效目标表", editor="", unit_raw="金额单位：万元",
                         landscape=True), fresh_page=True, repeat=(0, 3))
    return doc.save(folder)


# --------------------------------------------------------------------------- 新疆 昌吉


def layout_xj_cj_bureau_heads_with_units_split_target(folder: Path, name: str) -> FileGold:
    dept = "昌吉市住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("城市供热管网改造", "昌吉市市政设施管护中心", "8,600,000.00", "7,200,000.00", "1,400,000.00", "",
         "改造老旧供热管网，降低管网热损失，保障冬季供热安全。", [
             Ind(P, NUM, "改造供热管网长度", ("≥", "12.5", "公里"), (">=", 12.5, "公里"), "20"),
             Ind(P, NUM, "改造换热站数量", ("≥", "6", "座"), (">=", 6, "座"), "10"),
             Ind(P, QUA, "工程质量验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "15"),
             Ind(P, TIM, "项目建设周期", ("≤", "10", "个月"), ("<=", 10, "个月"), "10"),
             Ind(E, ENV, "管网热损失", ("定性", "明显降低", ""), Q, "15"),
             Ind(E, SOC, "冬季供暖室温达标率", ("≥", "98", "%"), (">=", 98, "%"), "15"),
             Ind(S, SAT, "供热用户满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
         ]),
        ("既有住宅加装电梯补助", "昌吉市住房保障服务中心", "1,500,000.00", "1,500,000.00", "0.00", "0.00",
         "对符合条件的既有住宅加装电梯给予补助，改善居民出行条件。", [
             Ind(P, NUM, "补助加装电梯台数", ("≥", "30", "台"), (">=", 30, "台"), "20"),
             Ind(P, QUA, "电梯检验合格率", ("＝", "100", "%"), ("=", 100, "%"), "15"),
             Ind(P, TIM, "补助资金兑付时限", ("≤", "30", "个工作日"), ("<=", 30, "个工作日"), "10"),
             Ind(P, COST, "每台补助标准", ("≤", "5", "万元"), ("<=", 5, "万元"), "10"),
             Ind(E, SOC, "老年人出行便利程度", ("定性", "有效提高", ""), Q, "20"),
             Ind(E, SUS, "加装电梯后续维保机制", ("定性", "长期有效", ""), Q, "10"),
             Ind(S, SAT, "住户满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
         ]),
    ]
    widths = [62, 72, 120, 46, 58, 58, 40]
    for project, unit_name, year_amt, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 5, project))
        rows.add((0, 2, "主管部门"), (2, 1, dept), (3, 2, "实施单位"), (5, 2, unit_name))
        rows.add((0, 2, "资金总额（元）"), (2, 1, "本年财政资金（元）"), (3, 2, "上年结转资金（元）"), (5, 2, "其他资金（元）"))
        rows.add((0, 2, year_amt), (2, 1, fiscal), (3, 2, carried), (5, 2, other))
        rows.add((0, 2, "年度绩效目标"), (2, 5, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值",
                                                     "计量单位", "分值"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"填报单位（盖章）：{dept}"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "元", year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 内蒙古 赤峰


def layout_nmg_cf_town_self_eval_money_pairs_yuan(folder: Path, name: str) -> FileGold:
    dept = "巴林右旗大板镇人民政府"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    forms = [
        ("嘎查村集体经济发展项目", "520,000.00", "600,000.00", "584,260.00", "600,000.00", [
            Ind(P, NUM, "扶持嘎查村数量", "6个", ("=", 6, "个"), "20", "6个", "20"),
            Ind(P, QUA, "项目验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15", "无"),
            Ind(P, TIM, "项目建成投产时间", "2024年10月底前", (None, None, None), "10", "2024年10月", "10", "无"),
            Ind(E, ECO, "嘎查村集体经济年收入", "≥10万元", (">=", 10, "万元"), "20", "8.6万元", "16",
                "部分项目投产晚，收益未完全体现"),
            Ind(E, SUS, "项目持续运营年限", "≥5年", (">=", 5, "年"), "10", "5年", "10"),
            Ind(S, SAT, "农牧民满意度", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
        ], "优"),
        ("草原生态保护补助奖励", "1,865,000.00", "1,865,000.00", "1,865,000.00", "1,865,000.00", [
            Ind(P, NUM, "禁牧面积", "≥42万亩", (">=", 42, "万亩"), "20", "42.3万亩", "20"),
            Ind(P, NUM, "草畜平衡面积", "≥31万亩", (">=", 31, "万亩"), "15", "31万亩", "15", ""),
            Ind(P, TIM, "补奖资金发放时间", "2024年12月底前", (None, None, None), "10", "2024年12月", "10"),
            Ind(E, ENV, "草原综合植被盖度", "≥45%", (">=", 45, "%"), "20", "46.1%", "20"),
            Ind(E, ECO, "牧民政策性收入", "稳定增加", Q, "10", "稳定增加", "10"),
            Ind(S, SAT, "受补助牧户满意度", "≥90%", (">=", 90, "%"), "15", "95%", "15"),
        ], "优"),
    ]
    for project, initial, budget, executed, fiscal, inds, grade in forms:
        rate, rate_score = _rate(budget, executed)
        total = _total(rate_score, inds)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, dept))
        rows.add((0, 1, "年初预算数（元）"), (1, 3, initial), (4, 1, "全年预算数（元）"), (5, 2, budget))
        rows.add((0, 1, "全年执行数（元）"), (1, 3, executed), (4, 1, "其中:财政资金"), (5, 2, fiscal))
        rows.add((0, 1, "预算执行率"), (1, 3, rate), (4, 1, "执行率得分(10分)"), (5, 2, f"{rate_score}"))
        rows.add((0, 1, "年度目标\n完成情况"), (1, 6, "按计划完成年度任务，资金按规定用途使用。"))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score)])
        dev = [i for i in inds if i.note and i.note != "无"]
        rows.add((0, 1, "偏差原因\n及改进措施"), (1, 6, "；".join(f"{i.name}：{i.note}" for i in dev) or "无"))
        rows.add((0, 1, "自评得分"), (1, 3, f"{total:.2f}"), (4, 1, "自评等级"), (5, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [84, 62, 100, 72, 76, 40, 50], title="项目支出绩效自评表",
                             editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "元", budget, executed, float(total), grade)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆 万州


def layout_cq_wz_budget_two_forms_a_page_total_year(folder: Path, name: str) -> FileGold:
    dept = "重庆市万州区交通运输委员会"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "12,406.18"), ("政府性基金预算拨款收入", "3,000.00")],
                  [("214", "交通运输支出", "11,852.40"), ("201", "一般公共服务支出", "553.78"), ("229", "其他支出", "3,000.00")])
    projects = [
        ("农村公路养护", "4,500.00", "1,500.00", "1,300.00", "200.00", [
            Ind(P, NUM, "养护农村公路里程", "不低于3600公里", (">=", 3600, "公里")),
            Ind(P, QUA, "农村公路优良中等路率", "达到80%", (">=", 80, "%")),
            Ind(E, SOC, "农村群众出行条件", "持续改善", Q),
            Ind(S, SAT, "沿线群众满意度", "不低于90%", (">=", 90, "%")),
        ]),
        ("城市公交运营补贴", "2,860.00", "2,860.00", "2,860.00", "0.00", [
            Ind(P, NUM, "公交运营线路", "不少于78条", (">=", 78, "条")),
            Ind(P, TIM, "高峰期平均发车间隔", "不超过10分钟", ("<=", 10, "分钟")),
            Ind(E, SOC, "公交出行分担率", "达到35%", (">=", 35, "%")),
            Ind(S, SAT, "乘客满意度", "不低于85%", (">=", 85, "%")),
        ]),
        ("港口码头安全监管", "360.00", "120.00", "120.00", "—", [
            Ind(P, NUM, "码头安全检查次数", "不少于48次", (">=", 48, "次")),
            Ind(P, QUA, "安全隐患整改率", "达到100%", (">=", 100, "%")),
            Ind(P, TIM, "隐患整改期限", "不超过15天", ("<=", 15, "天")),
            Ind(E, SOC, "水上交通安全事故", "零发生", Q),
            Ind(S, SAT, "港航企业满意度", "不低于90%", (">=", 90, "%")),
        ]),
    ]
    for k, (project, total, year_amt, fiscal, carried, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "项目总额"), (1, 1, "当年预算"), (2, 1, "其中：财政拨款"), (3, 1, "上年结转"), (4, 1, "其他资金"))
        rows.add((0, 1, total), (1, 1, year_amt), (2, 1, fiscal), (3, 1, carried), (4, 1, ""))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [86, 96, 100, 80, 110], title=f"{project}绩效目标表",
                             editor=f"编制单位：{dept}", unit_raw="单位：万元"), fresh_page=(k == 0), gap=26)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", total=total, year=year_amt, fiscal=fiscal,
                         carried=None if carried == "—" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 黔东南


def layout_gz_qdn_health_centre_units_in_cells(folder: Path, name: str) -> FileGold:
    dept = "凯里市开怀街道社区卫生服务中心"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("国家基本公共卫生服务项目", "85.60万元", "85.60万元", "/", "85.60", "85.60", None,
         "为辖区常住居民提供国家基本公共卫生服务，重点人群健康管理率稳步提高。", [
             Ind(P, NUM, "居民电子健康档案建档率", "≥90%", (">=", 90, "%")),
             Ind(P, NUM, "65岁及以上老年人健康管理率", "≥72%", (">=", 72, "%")),
             Ind(P, QUA, "高血压患者规范管理率", "65%-75%", ("range", 65, "%", 75)),
             Ind(P, TIM, "季度考核完成时间", "每季度末", (None, None, None)),
             Ind(E, SOC, "居民健康素养水平", "逐步提高", Q),
             Ind(S, SAT, "辖区居民满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("家庭医生签约服务", "22.40万元", "18.40万元", "4.00万元", "22.40", "18.40", "4.00",
         "组建家庭医生团队，为重点人群提供签约服务。", [
             Ind(P, NUM, "家庭医生团队数", "≥6个", (">=", 6, "个")),
             Ind(P, NUM, "重点人群签约服务覆盖率", "≥75%", (">=", 75, "%")),
             Ind(P, QUA, "签约居民续约率", "85%-95%", ("range", 85, "%", 95)),
             Ind(P, TIM, "签约服务费拨付时间", "2025年12月20日前", (None, None, None)),
             Ind(E, SOC, "基层首诊", "有效推进", Q),
             Ind(S, SAT, "签约居民满意度", "≥85%", (">=", 85, "%")),
         ]),
    ]
    widths = [72, 66, 130, 96, 130]
    for project, year_cell, fiscal_cell, carried_cell, year_amt, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, "凯里市卫生健康局"), (3, 1, "项目实施\n单位"), (4, 1, dept))
        rows.add((0, 1, "年度资金\n总额"), (1, 2, year_cell), (3, 1, "其中：财政\n拨款"), (4, 1, fiscal_cell))
        rows.add((0, 1, "上年结转\n资金"), (1, 2, carried_cell), (3, 1, "其他资金"), (4, 1, ""))
        rows.add((0, 1, "年度绩效\n目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"（{year}年度）"),
                       fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 云南 红河


def layout_yn_hh_prefecture_long_forms_value_unit_columns(folder: Path, name: str) -> FileGold:
    dept = "红河哈尼族彝族自治州生态环境局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("异龙湖水污染综合防治", "红河州生态环境局石屏分局", "1,320.00", "820.00", "500.00", "0.00",
         "实施入湖河道综合整治和湖泊水质监测，异龙湖水质稳定改善。", [
             Ind(P, NUM, "整治入湖河道", ("≥4", "条"), (">=", 4, "条"), note="城河、城北河等入湖河道"),
             Ind(P, NUM, "水质自动监测站运维数量", ("＝3", "个"), ("=", 3, "个"), note="湖区及主要入湖口"),
             Ind(P, QUA, "监测数据有效率", ("≥90", "%"), (">=", 90, "%"), note="省站数据审核结果"),
             Ind(P, TIM, "河道整治工程完工时间", ("2025年12月底前", ""), (None, None, None), note="按合同工期"),
             Ind(E, ENV, "湖泊化学需氧量浓度", ("≤40", "mg/L"), ("<=", 40, "mg/L"), note="年均值"),
             Ind(S, SAT, "湖区群众满意度", ("≥90", "%"), (">=", 90, "%"), note="问卷调查"),
         ]),
        ("环境空气质量监测运维", "红河州生态环境监测站", "286.00", "286.00", "", "",
         "保障全州环境空气自动监测站正常运行，监测数据真实准确。", [
             Ind(P, NUM, "运维空气自动监测站点", ("≥26", "个"), (">=", 26, "个"), note="州、县两级站点"),
             Ind(P, QUA, "监测数据获取率", ("≥95", "%"), (">=", 95, "%"), note="全年有效数据/应获取数据"),
             Ind(P, TIM, "故障响应时间", ("≤24", "小时"), ("<=", 24, "小时"), note="自发现故障起"),
             Ind(P, COST, "单站年运维费用", ("≤11", "万元"), ("<=", 11, "万元"), note="运维合同"),
             Ind(E, ENV, "城市环境空气质量优良天数比率", ("≥98", "%"), (">=", 98, "%"), note="13个县市平均"),
             Ind(S, SAT, "公众对环境质量满意度", ("≥85", "%"), (">=", 85, "%"), note="第三方调查"),
         ]),
    ]
    basis = ("依据《中华人民共和国水污染防治法》《云南省湖泊保护条例》和州委、州政府关于九大高原湖泊保护治理的部署，"
             "结合重点流域水生态环境保护规划，按照“一河一策”要求组织实施入湖河道整治和水质监测，"
             "落实湖长制工作任务，巩固提升湖泊水质，防范水华风险。",
             "依据《中华人民共和国大气污染防治法》《生态环境监测条例》和省生态环境厅关于环境空气质量自动监测站"
             "运行维护的管理规定，保障州、县两级空气自动监测站连续稳定运行，为空气质量考核排名和污染防治攻坚提供"
             "真实、准确、全面的监测数据。")
    content = ("对城河、城北河、大新河、城南河等入湖河道实施清淤疏浚、生态护岸和河口湿地修复，"
               "开展湖区3个水质自动监测站运行维护和每月常规监测，建立入湖污染负荷台账，"
               "对沿湖截污治污设施运行情况开展巡查，及时发现和处置污染问题。",
               "委托具备资质的第三方运维单位对全州26个空气自动监测站开展日常巡检、仪器校准、质控比对和故障维修，"
               "按季度开展数据有效性审核，配合开展国家和省级监测质量抽查，编制月度和年度空气质量报告。")
    widths = [66, 80, 118, 72, 50, 114]
    for n, (project, unit_name, year_amt, fiscal, carried, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        rows.add((0, 1, "项目属性"), (1, 2, "一次性项目" if carried else "经常性项目"), (3, 1, "项目期限"),
                 (4, 2, "2025年1月1日—2025年12月31日"))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金\n（万元）")
        for k, (head, value) in enumerate((("年度资金总额", year_amt), ("其中：财政拨款", fiscal),
                                           ("上年结转", carried), ("其他资金", other))):
            span = (1, 2, 1, 1)[k]
            col = (1, 2, 4, 5)[k]
            rows.put(r, col, 1, span, head)
            rows.put(r + 1, col, 1, span, value)
        rows.add((0, 1, "立项依据"), (1, 5, basis[n]))
        rows.add((0, 1, "项目实施\n内容"), (1, 5, content[n]))
        rows.add((0, 1, "年度绩效\n目标"), (1, 5, goal))
        head_row = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值",
                                                                "计量单位", "指标值说明"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"（{year}年度）"),
                       fresh_page=(n == 0), repeat=(head_row, 1), gap=30)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


BLIND43: dict[str, Builder] = {
    "gz_bj_town_budget_spaced_labels_yuan": layout_gz_bj_town_budget_spaced_labels_yuan,
    "yn_qj_county_budget_income_source_lines": layout_yn_qj_county_budget_income_source_lines,
    "sc_ls_school_self_eval_yuan_slash_cells": layout_sc_ls_school_self_eval_yuan_slash_cells,
    "xz_ls_district_dept_wide_tasks_then_projects": layout_xz_ls_district_dept_wide_tasks_then_projects,
    "gx_bs_accounts_dept_self_eval_then_project": layout_gx_bs_accounts_dept_self_eval_then_project,
    "nx_gy_street_budget_landscape_list": layout_nx_gy_street_budget_landscape_list,
    "xj_cj_bureau_heads_with_units_split_target": layout_xj_cj_bureau_heads_with_units_split_target,
    "nmg_cf_town_self_eval_money_pairs_yuan": layout_nmg_cf_town_self_eval_money_pairs_yuan,
    "cq_wz_budget_two_forms_a_page_total_year": layout_cq_wz_budget_two_forms_a_page_total_year,
    "gz_qdn_health_centre_units_in_cells": layout_gz_qdn_health_centre_units_in_cells,
    "yn_hh_prefecture_long_forms_value_unit_columns": layout_yn_hh_prefecture_long_forms_value_unit_columns,
}
SETS: dict[str, dict[str, Builder]] = {"blind43": BLIND43}


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
    """Write every layout of ``which`` ("blind43") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
