"""BLIND21 performance forms: eleven layouts of 2024–2025 disclosures as they appear inside
部门决算 and 部门预算 reports and as standalone 绩效自评报告 attachments, printed by a district of
承德 (河北), a district of 晋中 (山西), a district of 锦州 (辽宁), a district of 连云港 (江苏), a
district of 南平 (福建), a district of 百色 (广西), a town of 湛江 (广东), a district of 开封 (河南),
a district of 孝感 (湖北), a district of 遵义 (贵州) and a district of 吴忠 (宁夏), written by an
author who had read neither the form reader nor the earlier blind sets (only the gold helpers
and page composer of ``form_layouts``, the docstring of BLIND9 and the real disclosures). Each
layout writes one PDF and its gold in the format of ``form_layouts.write_set``; the gold is
written by hand with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

heb_cd_accounts_self_evals_fiscal_income_lines  河北 承德 district 部门决算 (2024): accounts
        tables, then a 部门整体支出绩效自评表 and two 项目支出绩效自评表 whose money rows are
        年度资金总额 / 一般公共预算财政拨款收入 / 政府性基金预算财政拨款收入 / 上年结转 / 其他资金
        under 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分. year = 年度资金总额's
        全年预算数; fiscal = the sum of the two …财政拨款收入 lines' 全年预算数 that print an amount
        (one project prints only the 一般公共预算 one); carried = 上年结转's 全年预算数
sx_jz_budget_targets_source_lines_bonds  山西 晋中 district 部门预算 (2025): budget tables, then
        项目支出绩效目标表 with 项目资金总额 (total) | 年度资金 (year) pairs and a 资金来源 block of
        lines 一般公共预算财政拨款收入 / 政府性基金预算财政拨款收入 / 专项债券资金 / 上级补助资金 /
        上年结转 / 其他资金; fiscal = the sum of the …财政拨款收入 lines printing an amount (bonds
        and 上级补助 never); a project whose money is only 上级补助 and 上年结转 has no fiscal;
        targets worded 达到 / 不低于 / 不超过
ln_jinz_landscape_list_weights_repeated_head  辽宁 锦州 district 项目绩效目标表 list on landscape
        pages: 序号 | 项目名称 | 项目总金额 | 本年预算 | 其中：财政拨款 | 一级 | 二级 | 三级 | 指标值 |
        权重（%）, project and money cells merged down (cut by page breaks), header repeated;
        total = 项目总金额, year = 本年预算, fiscal = 其中：财政拨款
js_lyg_budget_two_forms_a_page_money_row  江苏 连云港 district 部门预算 (2025): budget tables,
        then short forms two to a page: money in one row 年度预算数 | v | 其中：财政资金 | v |
        上年结转 | v (year, fiscal, carried; a printed 0.00 上年结转 is no amount), grid
        一级 | 二级 | 三级 | 指标值 (sign glued) | 度量单位 joined value then unit
fj_np_self_eval_report_yuan_levels_repeated  福建 南平 district 绩效自评报告 attachment (2024):
        report prose, then two 项目支出绩效自评表 in 元 with separators, money rows
        年度资金总额 / 其中：财政拨款 / 其他资金 under 资金来源 | 年初预算数 | 全年预算数 |
        全年执行数 | 执行率 | 分值 | 得分, 一级 and 二级 printed again on every indicator row
gx_bs_budget_dept_wide_income_heads_then_projects  广西 百色 district 部门预算 (2025): budget
        tables, a 部门整体支出绩效目标表 whose 部门预算资金 heads (收入合计 | 一般公共预算财政拨款收入 |
        政府性基金预算财政拨款收入 | 事业收入 | 上年结转) sit above one amounts row (a 部门整体
        form's money is no project's), weighted grid (分值, 100); then two project forms whose heads
        项目总额 | 本年安排 | 其中：财政拨款 | 上年结转 sit above their amounts (total, year, fiscal,
        carried)
gd_zj_town_landscape_self_evals_no_level1  广东 湛江 town 项目支出绩效自评表 on landscape pages,
        one after another (a form runs over a page break, header not repeated): money rows
        年度资金总额 / 其中：财政资金 / 上年结转资金 / 其他资金 under 年初预算数 | 全年预算数 |
        全年执行数 | 执行率 | 得分 (no 分值 column), grid 二级 | 三级 only (no 一级)
hen_kf_accounts_dept_self_eval_spending_rows  河南 开封 district 部门决算 (2024): accounts tables,
        a 部门整体支出绩效自评表 whose money rows are 年度资金总额 / 其中：基本支出 / 项目支出 (budget =
        年度资金总额's 全年预算数), targets in words (达到 / 不低于 / 不超过 / 大于 / 小于), grade
        良好; then a 项目支出绩效自评表 (year = 年度资金总额's 全年预算数, fiscal = 财政拨款's)
hub_xg_budget_long_form_break_no_repeat  湖北 孝感 district 部门预算 (2025): budget tables, one
        long form crossing a page break with no repeated header (merged level cells cut), a
        项目资金（万元） label merged over a heads row 项目总额 | 年度预算 | 其中：财政拨款 | 上年结转 |
        其他资金 and an amounts row; a range (90%-95%) and a deadline (2025年11月30日前)
gz_zy_three_row_head_sign_number_unit  贵州 遵义 district standalone 项目支出绩效目标表: money
        labels above values (项目总投资 | 本年预算 | 财政资金 | 自筹资金: total, year, fiscal), a
        three-row grid header (绩效指标 over 一级 | 二级 | 三级 | 指标值 | 分值, 指标值 over 符号 |
        数值 | 单位), levels printed on every row, weights 100
nx_wz_accounts_dept_self_eval_pairs_row_level2_missing  宁夏 吴忠 district 部门决算 (2024):
        accounts tables, a landscape 部门整体支出绩效自评表 with money as label | value pairs in one
        row (全年预算数 | 全年执行数 | 执行率 | 得分), grid 一级 | 三级 (no 二级), grade 优秀

Gold conventions (BLIND9's, with this set's rulings):

- target_raw is the 年度 value as printed; split cells joined in reading order with no
  separator ("≥1500人次"); an empty unit cell adds nothing.
- ≥ / 不低于 / 不少于 / 达到 N read ">="; ≤ / 不高于 / 不超过 read "<="; ＞ / 大于 read ">";
  ＜ / 小于 read "<"; ＝ and a bare figure read "="; "90%-95%" is a range; a deadline
  ("2025年11月30日前") stays raw with no comparator; a state is qualitative.
- Money: total = 项目资金总额 / 项目总金额 / 项目总额 / 项目总投资 where printed; year = 年度资金 /
  本年预算 / 年度预算数 / 本年安排 / 年度预算; fiscal = 财政拨款 / 财政资金 as printed, or, where a
  source list prints lines named …财政拨款收入, the sum of those lines printing an amount
  (一般公共预算 alone, 专项债券, 上级补助 are never summed into it); carried = 上年结转 where it
  prints an amount (a printed 0.00 is no amount). A 部门整体 form's money is no project's.
- Self evaluations: budget = 全年预算数 of the 年度资金总额 row, executed = its 全年执行数, score =
  the printed 总分 (execution score + indicator scores), grade as printed with 优秀 / 良好 read
  优 / 良. A project self evaluation gives the project's money: year = 全年预算数 of 年度资金总额,
  fiscal = the 全年预算数 of its 财政拨款 / 财政资金 row (or the sum of its …财政拨款收入 rows
  printing an amount), carried = 上年结转's 全年预算数 where it prints an amount.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


def _front(doc: FormDoc, dept: str, year: int, kind: str, income: list[tuple[str, str]],
           spending: list[tuple[str, str]], extra: tuple[TableSpec, ...] = ()) -> None:
    """The front of a 部门预算 / 部门决算 (kind "预算" / "决算"): contents, 部门概况, the
    收支总表, the 一般公共预算支出表 and any ``extra`` tables, then the heading of the
    performance part."""
    what = "预算数" if kind == "预算" else "决算数"
    doc.pages.text_page("目  录", [f"第一部分  {dept}概况", f"第二部分  {year}年度部门{kind}表",
                                   f"第三部分  {year}年度部门{kind}情况说明", "第四部分  预算绩效情况",
                                   "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、部门职责。{dept}负责贯彻执行国家和省、市有关方针政策和法律法规，承担本行政区域内相关行业管理职责。",
        f"二、机构设置。纳入本部门{year}年度部门{kind}编制范围的单位包括部门机关及所属事业单位。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec(f"{year}年收支{kind}总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, what),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, what)], 2, body, ["l", "r", "l", "r"]))
    fn_body = [plain_row([name, value, value, "0.00"]) for name, value in spending]
    fn_body.append(plain_row(["合计", f"{total_out:,.2f}", f"{total_out:,.2f}", "0.00"]))
    doc.pages.table(TableSpec(f"{year}年一般公共预算支出{kind}表", "general_public_function", "单位：万元",
                              "wan_yuan", f"编制单位：{dept}", [200, 100, 100, 100],
                              [(0, 0, 1, 1, "功能分类科目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出"),
                               (0, 3, 1, 1, "项目支出")], 1, fn_body, ["l", "r", "r", "r"]))
    for spec in extra:
        doc.pages.table(spec)
    doc.pages.text_page("第四部分  预算绩效情况", [
        f"根据预算绩效管理有关规定，{dept}{year}年度项目支出和部门整体支出均设置了绩效目标"
        + ("，并按要求开展绩效自评，自评结果如下表。" if kind == "决算" else "，现将绩效目标公开如下。"),
    ])


def _rate(budget: str, executed: str) -> tuple[str, float]:
    """执行率 as printed and the execution score (10 points at most)."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    return f"{e / b * 100:.2f}%", round(min(10.0, float(e / b) * 10), 2)


def _total(rate_score: float, inds: list[Ind]) -> float:
    return round(rate_score + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- 河北 承德


def layout_heb_cd_accounts_self_evals_fiscal_income_lines(folder: Path, name: str) -> FileGold:
    dept = "承德市双桥区农业农村局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _front(doc, dept, year, "决算", [("一般公共预算财政拨款收入", "1,540.00"), ("政府性基金预算财政拨款收入", "220.00"),
                                     ("其他收入", "15.00")],
           [("农林水支出", "1,612.40"), ("社会保障和就业支出", "123.00")])
    widths = [40, 56, 62, 74, 52, 52, 52, 34, 46, 62]

    def form(title: str, head: list[tuple[int, int, str]], money: list[tuple[str, ...]], goal: tuple[str, str],
             inds: list[Ind], grade: str, rate_score: float) -> float:
        rows = _Rows()
        for cells in head:
            rows.add(*cells)
        r = rows.n
        rows.put(r, 0, len(money) + 1, 2, "资金情况（万元）")
        rows.put(r, 2, 1, 2, "")
        for k, h in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 4 + k, 1, 1, h)
        for j, line in enumerate(money, 1):
            rows.put(r + j, 2, 1, 2, line[0])
            for k, v in enumerate(line[1:]):
                rows.put(r + j, 4 + k, 1, 1, v)
        r = rows.n
        rows.put(r, 0, 2, 2, "年度总体目标")
        rows.put(r, 2, 1, 4, "预期目标")
        rows.put(r, 6, 1, 4, "实际完成情况")
        rows.put(r + 1, 2, 1, 4, goal[0])
        rows.put(r + 1, 6, 1, 4, goal[1])
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标"))], (3, 2, "年度指标值"),
                 (5, 1, "实际完成值"), (6, 1, "分值"), (7, 1, "得分"), (8, 2, "偏差原因分析及改进措施"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 2, i.note)])
        total = _total(rate_score, inds)
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 2, ""))
        rows.add((0, 6, "自评等级"), (6, 4, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=title, editor=f"（{year}年度）",
                             unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
        return total

    # the 部门整体 self evaluation
    rate, rs = _rate("1,920.00", "1,835.40")
    dept_inds = [
        Ind("产出指标", "数量指标", "高标准农田建设面积", "≥1.2万亩", (">=", 1.2, "万亩"), "15", "1.25万亩", "15"),
        Ind("产出指标", "数量指标", "农作物病虫害统防统治面积", "≥3万亩", (">=", 3, "万亩"), "10", "3.1万亩", "10"),
        Ind("产出指标", "质量指标", "农产品质量安全抽检合格率", "≥98%", (">=", 98, "%"), "10", "99.2%", "10"),
        Ind("产出指标", "时效指标", "惠农补贴资金发放及时率", "100%", ("=", 100, "%"), "10", "96%", "8",
            "个别农户账户信息变更，已完成补发"),
        Ind("产出指标", "成本指标", "部门运行成本控制率", "≤100%", ("<=", 100, "%"), "5", "95.59%", "5"),
        Ind("效益指标", "经济效益指标", "农村居民人均可支配收入增长率", "≥6%", (">=", 6, "%"), "10", "6.8%", "10"),
        Ind("效益指标", "社会效益指标", "农村人居环境", "持续改善", Q, "15", "持续改善", "14"),
        Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
    ]
    total = form("部门整体支出绩效自评表", [[(0, 2, "部门名称"), (2, 8, dept)]], [
        ("年度资金总额", "1,860.00", "1,920.00", "1,835.40", "10", rate, f"{rs:.2f}"),
        ("一般公共预算财政拨款收入", "1,500.00", "1,540.00", "1,480.60", "—", "—", "—"),
        ("政府性基金预算财政拨款收入", "200.00", "220.00", "201.80", "—", "—", "—"),
        ("上年结转", "160.00", "160.00", "153.00", "—", "—", "—"),
        ("其他资金", "", "", "", "—", "—", "—"),
    ], ("推进高标准农田建设和农业社会化服务，保障农产品质量安全。", "建成高标准农田1.25万亩，抽检合格率99.2%。"),
        dept_inds, "优", rs)
    doc.gold.indicators += [_gold_ind(None, i) for i in dept_inds]
    doc.gold.self_evaluation(None, "万元", "1,920.00", "1,835.40", total, "优")

    projects = [
        ("高标准农田建设管护", "承德市双桥区农业技术推广站",
         ("年度资金总额", "540.00", "560.00", "548.80"),
         [("一般公共预算财政拨款收入", "300.00", "320.00", "315.20"),
          ("政府性基金预算财政拨款收入", "180.00", "180.00", "175.60"),
          ("上年结转", "60.00", "60.00", "58.00"), ("其他资金", "", "", "")],
         "500.00", "60.00",
         ("完成高标准农田建设1.2万亩，配套灌排设施。", "完成建设1.25万亩，灌排设施全部配套。"), [
             Ind("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", (">=", 1.2, "万亩"), "20", "1.25万亩", "20"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "工程完工时间", "2024年11月底前", (None, None, None), "10",
                 "2024年12月中旬", "8", "冬季雨雪天气影响施工进度"),
             Ind("产出指标", "成本指标", "亩均建设成本", "≤3000元", ("<=", 3000, "元"), "10", "2860元", "10"),
             Ind("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥50公斤", (">=", 50, "公斤"), "20", "55公斤", "20"),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%"), "15", "94%", "15"),
         ], "优"),
        ("动物疫病防控", "承德市双桥区动物疫病预防控制中心",
         ("年度资金总额", "150.00", "150.00", "131.40"),
         [("一般公共预算财政拨款收入", "145.00", "145.00", "127.40"),
          ("政府性基金预算财政拨款收入", "", "", ""),
          ("上年结转", "0.00", "0.00", "0.00"), ("其他资金", "5.00", "5.00", "4.00")],
         "145.00", None,
         ("完成重大动物疫病强制免疫，免疫密度不低于90%。", "免疫密度达96%，未发生区域性重大动物疫情。"), [
             Ind("产出指标", "数量指标", "畜禽强制免疫数量", "≥45万头（只）", (">=", 45, "万头(只)"), "20",
                 "47万头（只）", "20"),
             Ind("产出指标", "质量指标", "应免畜禽免疫密度", "≥90%", (">=", 90, "%"), "20", "96%", "20"),
             Ind("产出指标", "时效指标", "疫情处置响应时间", "≤24小时", ("<=", 24, "小时"), "10", "12小时", "10"),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "0次", ("=", 0, "次"), "15", "0次", "15"),
             Ind("效益指标", "可持续影响指标", "基层防疫体系", "逐步健全", Q, "10", "逐步健全", "9"),
             Ind("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%", (">=", 85, "%"), "15", "88%", "15"),
         ], "良"),
    ]
    for project, unit_name, head, lines, fiscal, carried, goal, inds, grade in projects:
        rate, rs = _rate(head[2], head[3])
        money = [(*head, "10", rate, f"{rs:.2f}")] + [(*line, "—", "—", "—") for line in lines]
        total = form("项目支出绩效自评表", [[(0, 2, "项目名称"), (2, 8, project)],
                                            [(0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 3, unit_name)]],
                     money, goal, inds, "优秀" if grade == "优" else "良好", rs)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.self_evaluation(project, "万元", head[2], head[3], total, grade)
        doc.gold.project(project, "万元", year=head[2], fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 晋中


def layout_sx_jz_budget_targets_source_lines_bonds(folder: Path, name: str) -> FileGold:
    dept = "晋中市榆次区水利局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{year}年部门预算", 26), (dept, 18)])
    sources = ("一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "专项债券资金", "上级补助资金", "上年结转",
               "其他资金")
    projects = [
        ("潇河灌区节水改造工程", "140702250000011", "3,600.00", "1,200.00",
         ("300.00", "200.00", "600.00", "100.00", "", ""), "500.00", None,
         "完成灌区干支渠节水改造，提高灌溉水利用系数。", [
             Ind("产出指标", "数量指标", "改造干支渠长度", "达到18公里", (">=", 18, "公里")),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "年度工程完工率", "不低于60%", (">=", 60, "%")),
             Ind("效益指标", "经济效益指标", "新增节水灌溉面积", "≥2.4万亩", (">=", 2.4, "万亩")),
             Ind("效益指标", "生态效益指标", "灌溉水利用系数", "达到0.58", (">=", 0.58, None)),
             Ind("满意度指标", "服务对象满意度指标", "灌区群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农村饮水安全维修养护", "140702250000027", "480.00", "480.00",
         ("480.00", "", "", "", "", ""), "480.00", None,
         "维修养护农村集中供水工程，保障农村群众饮水安全。", [
             Ind("产出指标", "数量指标", "维修养护供水工程处数", "不少于65处", (">=", 65, "处")),
             Ind("产出指标", "质量指标", "农村集中供水水质达标率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "供水故障修复时间", "不超过48小时", ("<=", 48, "小时")),
             Ind("产出指标", "成本指标", "单处维修养护成本", "≤7.4万元", ("<=", 7.4, "万元")),
             Ind("效益指标", "社会效益指标", "农村自来水普及率", "达到98%", (">=", 98, "%")),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥92%", (">=", 92, "%")),
         ]),
        ("河道防汛抢险物资储备", "140702250000035", "260.00", "260.00",
         ("", "", "", "180.00", "80.00", ""), None, "80.00",
         "储备防汛抢险物资，确保汛期河道安全度汛。", [
             Ind("产出指标", "数量指标", "编织袋储备数量", "≥5万条", (">=", 5, "万条")),
             Ind("产出指标", "数量指标", "防汛应急演练次数", "不少于2次", (">=", 2, "次")),
             Ind("产出指标", "质量指标", "储备物资完好率", "不低于95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "物资调运到位时间", "≤6小时", ("<=", 6, "小时")),
             Ind("效益指标", "社会效益指标", "汛期因洪死亡人数", "0人", ("=", 0, "人")),
             Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    # the ordinary 项目支出预算表 of the report, one line per project by source
    listing = [plain_row([project, annual, fiscal or "", src[2], src[3], src[4], src[5]])
               for project, _, _, annual, src, fiscal, *_ in projects]
    _front(doc, dept, year, "预算", [("一般公共预算财政拨款收入", "1,380.00"), ("政府性基金预算财政拨款收入", "200.00"),
                                     ("上年结转", "80.00")],
           [("农林水支出", "1,560.00"), ("住房保障支出", "100.00")],
           (TableSpec(f"{year}年项目支出预算表", "project_expenditure", "单位：万元", "wan_yuan", f"编制单位：{dept}",
                      [150, 60, 60, 60, 60, 60, 50],
                      [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "财政拨款"), (0, 3, 1, 1, "专项债券"),
                       (0, 4, 1, 1, "上级补助"), (0, 5, 1, 1, "上年结转"), (0, 6, 1, 1, "其他")], 1, listing,
                      ["l", "r", "r", "r", "r", "r", "r"]),))
    for project, code, total, annual, src, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, "晋中市榆次区水利事务中心"))
        rows.add((0, 1, "项目资金总额"), (1, 2, total), (3, 1, "年度资金"), (4, 2, annual))
        r = rows.n
        rows.put(r, 0, len(sources), 1, "资金来源")
        for k, (label, amount) in enumerate(zip(sources, src)):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 3, amount)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 80, 110, 90, 80, 60], title=f"{year}年项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", code=code, total=total, year=annual, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 锦州


def layout_ln_jinz_landscape_list_weights_repeated_head(folder: Path, name: str) -> FileGold:
    dept = "锦州市太和区卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目绩效目标表", dept, year)
    projects = [
        ("基本公共卫生服务", "1,260.00", "1,260.00", "1,180.00",
         "落实国家基本公共卫生服务项目，为辖区居民免费提供健康教育、慢病管理、老年人健康管理等服务，"
         "提高居民健康水平。", [
            Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥2.6万人", (">=", 2.6, "万人"), "20"),
            Ind("产出指标", "数量指标", "高血压患者规范管理人数", "≥1.8万人", (">=", 1.8, "万人"), "15"),
            Ind("产出指标", "质量指标", "居民电子健康档案建档率", "≥90%", (">=", 90, "%"), "20"),
            Ind("产出指标", "成本指标", "人均基本公共卫生服务补助标准", "94元", ("=", 94, "元"), "15"),
            Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥28%", (">=", 28, "%"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥85%", (">=", 85, "%"), "10"),
        ]),
        ("家庭医生签约服务", "320.00", "320.00", "300.00",
         "推进家庭医生签约服务提质扩面，重点人群签约服务覆盖率稳步提高，签约居民获得感增强。", [
            Ind("产出指标", "数量指标", "重点人群签约人数", "≥3.5万人", (">=", 3.5, "万人"), "30"),
            Ind("产出指标", "质量指标", "签约居民履约率", "≥80%", (">=", 80, "%"), "30"),
            Ind("效益指标", "社会效益指标", "重点人群签约覆盖率", "≥75%", (">=", 75, "%"), "25"),
            Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", (">=", 90, "%"), "15"),
        ]),
        ("社区卫生服务中心设备购置", "860.00", "430.00", "430.00",
         "为辖区社区卫生服务中心购置DR、彩超等医疗设备，改善基层诊疗条件，提升基层首诊能力。", [
            Ind("产出指标", "数量指标", "购置医疗设备台（套）数", "36台（套）", ("=", 36, "台(套)"), "25"),
            Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "设备安装调试完成时间", "2025年10月31日前", (None, None, None), "15"),
            Ind("效益指标", "社会效益指标", "基层首诊服务能力", "明显提升", Q, "25"),
            Ind("满意度指标", "服务对象满意度指标", "就诊患者满意度", "≥90%", (">=", 90, "%"), "15"),
        ]),
        ("计划生育家庭奖励扶助", "215.40", "215.40", "215.40",
         "按标准足额发放计划生育家庭奖励扶助金，维护计划生育家庭合法权益。", [
            Ind("产出指标", "数量指标", "奖励扶助对象人数", "≥2800人", (">=", 2800, "人"), "40"),
            Ind("产出指标", "时效指标", "资金发放及时率", "100%", ("=", 100, "%"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "扶助对象满意度", "≥95%", (">=", 95, "%"), "30"),
        ]),
    ]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "项目名称", "项目总金额", "本年预算", "其中：财政拨款",
                                                 "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值",
                                                 "权重（%）"))])
    for n, (project, total, annual, fiscal, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw), (10, 1, i.weight)])
        for col, text in ((0, str(n)), (1, project), (2, total), (3, annual), (4, fiscal), (5, goal)):
            rows.put(r0, col, len(inds), 1, text)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", total=total, year=annual, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [26, 70, 56, 56, 60, 120, 50, 60, 104, 70, 40], title=f"{year}年项目支出绩效目标表",
                         editor=f"部门名称：{dept}", unit_raw="金额单位：万元", landscape=True),
                   repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 连云港


def layout_js_lyg_budget_two_forms_a_page_money_row(folder: Path, name: str) -> FileGold:
    dept = "连云港市海州区城市管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _front(doc, dept, year, "预算", [("一般公共预算拨款收入", "2,046.00"), ("上年结转", "54.00")],
           [("城乡社区支出", "1,960.00"), ("社会保障和就业支出", "140.00")])
    projects = [
        ("城区环卫作业市场化服务", "980.00", "950.00", "0.00", "道路机械化清扫率不低于90%，生活垃圾日产日清。", [
            Ind("产出指标", "数量指标", "道路保洁面积", ("≥", "620"), (">=", 620, "万平方米"), note="万平方米"),
            Ind("产出指标", "质量指标", "道路机械化清扫率", ("≥", "90"), (">=", 90, "%"), note="%"),
            Ind("效益指标", "生态效益指标", "生活垃圾无害化处理率", ("", "100"), ("=", 100, "%"), note="%"),
            Ind("满意度指标", "服务对象满意度指标", "市民满意度", ("≥", "85"), (">=", 85, "%"), note="%"),
        ]),
        ("城市照明设施维护", "260.00", "226.00", "34.00", "保障城市道路照明设施完好运行。", [
            Ind("产出指标", "数量指标", "维护路灯盏数", ("≥", "18000"), (">=", 18000, "盏"), note="盏"),
            Ind("产出指标", "质量指标", "路灯亮灯率", ("≥", "98"), (">=", 98, "%"), note="%"),
            Ind("产出指标", "时效指标", "故障维修响应时间", ("≤", "4"), ("<=", 4, "小时"), note="小时"),
            Ind("效益指标", "社会效益指标", "夜间出行环境", ("", "持续改善"), Q, note=""),
        ]),
        ("违法建设治理", "120.00", "100.00", "20.00", "依法拆除违法建设，遏制新增违法建设。", [
            Ind("产出指标", "数量指标", "拆除违法建设面积", ("≥", "3"), (">=", 3, "万平方米"), note="万平方米"),
            Ind("产出指标", "时效指标", "新增违法建设发现处置时限", ("≤", "7"), ("<=", 7, "天"), note="天"),
            Ind("效益指标", "社会效益指标", "新增违法建设", ("", "零增长"), Q, note=""),
            Ind("满意度指标", "服务对象满意度指标", "群众投诉办结满意率", ("≥", "90"), (">=", 90, "%"), note="%"),
        ]),
        ("公共厕所运行管理", "86.00", "86.00", "0.00", "保障城区公共厕所正常开放和保洁。", [
            Ind("产出指标", "数量指标", "管理公共厕所座数", ("", "132"), ("=", 132, "座"), note="座"),
            Ind("产出指标", "质量指标", "公厕保洁考核达标率", ("≥", "95"), (">=", 95, "%"), note="%"),
            Ind("产出指标", "成本指标", "单座公厕年运行成本", ("≤", "0.65"), ("<=", 0.65, "万元"), note="万元"),
            Ind("满意度指标", "服务对象满意度指标", "如厕群众满意度", ("≥", "90"), (">=", 90, "%"), note="%"),
        ]),
    ]
    for k, (project, annual, fiscal, carried, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "年度预算数"), (1, 1, annual), (2, 1, "其中：财政资金"), (3, 1, fiscal), (4, 1, "上年结转"),
                 (5, 1, carried))
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "度量单位"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, "".join(i.target)), (5, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 84, 90, 90, 80, 76], title=f"{project}绩效目标表",
                             unit_raw="单位：万元"), fresh_page=k % 2 == 0, gap=30)
        for i in inds:
            doc.gold.indicators.append(_gold_ind(project, i, "".join(i.target) + i.note))
        doc.gold.project(project, "万元", year=annual, fiscal=fiscal, carried=None if carried == "0.00" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建 南平


def layout_fj_np_self_eval_report_yuan_levels_repeated(folder: Path, name: str) -> FileGold:
    dept = "南平市建阳区教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评报告", dept, year,
                  cover=[(f"{year}年度项目支出绩效自评报告", 22), (f"单位：{dept}", 16)])
    doc.pages.text_page("一、绩效自评工作开展情况", [
        f"根据区财政局关于开展{year}年度项目支出绩效自评工作的通知要求，{dept}成立自评工作小组，"
        "对纳入自评范围的项目逐一核实预算执行和绩效目标完成情况。",
        "二、自评结论。纳入自评的项目总体完成年度绩效目标，自评结果详见附表。",
        "三、存在问题及改进措施。部分项目预算执行进度偏慢，下一步将加强项目前期论证和执行监控。",
    ])
    projects = [
        ("义务教育学校公用经费保障", "9,860,000.00", "10,120,000.00", "9,978,320.00", "10,120,000.00",
         "9,978,320.00", ("按标准足额拨付义务教育学校公用经费，保障学校正常运转。", "全年拨付公用经费997.83万元，保障49所学校正常运转。"), [
             Ind("产出指标", "数量指标", "保障义务教育学生人数", "≥14500人", (">=", 14500, "人"), "20", "14826人", "20"),
             Ind("产出指标", "质量指标", "公用经费按标准拨付率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "资金拨付时间", "2024年9月底前", (None, None, None), "10", "2024年9月20日", "10"),
             Ind("效益指标", "社会效益指标", "义务教育巩固率", "≥99%", (">=", 99, "%"), "20", "99.6%", "20"),
             Ind("效益指标", "可持续影响指标", "学校办学条件", "持续改善", Q, "10", "持续改善", "10"),
             Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
         ]),
        ("学前教育幼儿资助", "1,200,000.00", "1,350,000.00", "1,166,400.00", "1,200,000.00", "1,036,400.00",
         ("资助家庭经济困难幼儿，应助尽助。", "资助幼儿864人次，发放资助金116.64万元。"), [
             Ind("产出指标", "数量指标", "资助幼儿人次", "≥900人次", (">=", 900, "人次"), "20", "864人次", "17",
                 "部分幼儿转学，申请人数少于预期"),
             Ind("产出指标", "质量指标", "资助对象认定准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "成本指标", "生均资助标准", "1350元/年", ("=", 1350, "元/年"), "10", "1350元/年", "10"),
             Ind("效益指标", "社会效益指标", "因贫辍学幼儿人数", "0人", ("=", 0, "人"), "20", "0人", "20"),
             Ind("效益指标", "可持续影响指标", "资助政策知晓率", "≥95%", (">=", 95, "%"), "10", "92%", "8",
                 "宣传覆盖面不足，下年加强宣传"),
             Ind("满意度指标", "服务对象满意度指标", "受助家庭满意度", "≥90%", (">=", 90, "%"), "15", "95%", "15"),
         ]),
    ]
    widths = [46, 50, 80, 70, 70, 66, 30, 30, 36, 40]
    for project, initial, budget, executed, fiscal, fiscal_exec, goal, inds in projects:
        rate, rs = _rate(budget, executed)
        frate, _ = _rate(fiscal, fiscal_exec)
        other = Decimal(budget.replace(",", "")) - Decimal(fiscal.replace(",", ""))
        other_exec = Decimal(executed.replace(",", "")) - Decimal(fiscal_exec.replace(",", ""))
        other_init = Decimal(initial.replace(",", "")) - Decimal(fiscal.replace(",", ""))
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 8, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 3, dept))
        rows.add((0, 3, "资金来源"), (3, 1, "年初预算数（元）"), (4, 1, "全年预算数（元）"), (5, 1, "全年执行数（元）"),
                 (6, 2, "执行率"), (8, 1, "分值"), (9, 1, "得分"))
        money = [("年度资金总额", initial, budget, executed, rate, "10", f"{rs:.2f}"),
                 ("其中：财政拨款", fiscal if other_init >= 0 else initial, fiscal, fiscal_exec, frate, "—", "—"),
                 ("其他资金", f"{max(other_init, Decimal(0)):,.2f}", f"{other:,.2f}", f"{other_exec:,.2f}", "—", "—", "—")]
        for line in money:
            rows.add((0, 3, line[0]), (3, 1, line[1]), (4, 1, line[2]), (5, 1, line[3]), (6, 2, line[4]),
                     (8, 1, line[5]), (9, 1, line[6]))
        rows.add((0, 2, "年度总体目标"), (2, 4, "预期目标：" + goal[0]), (6, 4, "实际完成情况：" + goal[1]))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "年度指标值"), (4, 1, "实际完成值"),
                 (5, 2, "偏差原因分析及改进措施"), (7, 1, "分值"), (8, 1, "得分"), (9, 1, "备注"))
        for i in inds:
            rows.add((0, 1, i.l1), (1, 1, i.l2), (2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 2, i.note),
                     (7, 1, i.weight), (8, 1, i.score), (9, 1, ""))
        total = _total(rs, inds)
        rows.add((0, 7, "总分"), (7, 1, "100"), (8, 2, f"{total:.2f}"))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表", editor=f"项目名称：{project}",
                             unit_raw="单位：元", kind="performance_self_evaluation"), fresh_page=True, repeat=None)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.self_evaluation(project, "元", budget, executed, total, None)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西 百色


def layout_gx_bs_budget_dept_wide_income_heads_then_projects(folder: Path, name: str) -> FileGold:
    dept = "百色市右江区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}", 22), (f"{year}年部门预算公开", 22)])
    _front(doc, dept, year, "预算", [("一般公共预算财政拨款收入", "3,420.00"), ("政府性基金预算财政拨款收入", "180.00"),
                                     ("事业收入", "60.00"), ("上年结转", "140.00")],
           [("社会保障和就业支出", "3,520.00"), ("卫生健康支出", "280.00")])
    dept_inds = [
        Ind("产出指标", "数量指标", "城乡低保保障人数", "≥6800人", (">=", 6800, "人"), "10"),
        Ind("产出指标", "数量指标", "特困人员供养人数", "≥420人", (">=", 420, "人"), "10"),
        Ind("产出指标", "数量指标", "困难残疾人生活补贴发放人数", "≥2100人", (">=", 2100, "人"), "8"),
        Ind("产出指标", "质量指标", "低保对象动态管理准确率", "≥98%", (">=", 98, "%"), "8"),
        Ind("产出指标", "质量指标", "养老机构消防安全达标率", "100%", ("=", 100, "%"), "8"),
        Ind("产出指标", "时效指标", "临时救助审批时限", "≤10个工作日", ("<=", 10, "个工作日"), "8"),
        Ind("产出指标", "成本指标", "“三公”经费控制数", "≤12.5万元", ("<=", 12.5, "万元"), "8"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", Q, "10"),
        Ind("效益指标", "社会效益指标", "婚姻登记合格率", "100%", ("=", 100, "%"), "5"),
        Ind("效益指标", "可持续影响指标", "社会救助长效机制", "持续完善", Q, "5"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "10"),
        Ind("满意度指标", "服务对象满意度指标", "养老服务对象满意度", "≥88%", (">=", 88, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    for k, h in enumerate(("收入合计", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "事业收入", "上年结转")):
        rows.put(r, 1 + k, 1, 1, h)
    for k, v in enumerate(("3,800.00", "3,420.00", "180.00", "60.00", "140.00")):
        rows.put(r + 1, 1 + k, 1, 1, v)
    rows.add((0, 1, "年度总体目标"), (1, 5, "兜牢困难群众基本生活底线，完善养老服务体系，提升基层社会治理和基本社会服务水平。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "分值"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [74, 92, 82, 82, 90, 70], title=f"{year}年部门整体支出绩效目标表",
                         editor=f"填报单位：{dept}", unit_raw="单位：万元", kind="dept_performance_targets"),
                   fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in dept_inds]
    projects = [
        ("城乡居民最低生活保障补助", "2,640.00", "2,640.00", "2,540.00", "100.00", [
            Ind("产出指标", "数量指标", "城乡低保保障人数", "≥6800人", (">=", 6800, "人")),
            Ind("产出指标", "时效指标", "低保金按月发放率", "100%", ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "困难群众基本生活保障水平", "稳步提高", Q),
            Ind("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("养老服务体系建设", "600.00", "300.00", "260.00", "40.00", [
            Ind("产出指标", "数量指标", "新建社区养老服务站", "≥6个", (">=", 6, "个")),
            Ind("产出指标", "质量指标", "养老服务站验收合格率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "养老服务站投入运营时间", "2025年12月31日前", (None, None, None)),
            Ind("满意度指标", "服务对象满意度指标", "入站老年人满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    for project, total, annual, fiscal, carried, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "项目资金（万元）"), (1, 1, "项目总额"), (2, 1, "本年安排"), (3, 2, "其中：财政拨款"),
                 (5, 1, "上年结转"))
        rows.add((0, 1, ""), (1, 1, total), (2, 1, annual), (3, 2, fiscal), (5, 1, carried))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [74, 92, 82, 82, 90, 70], title="项目支出绩效目标表",
                             editor=f"填报单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", total=total, year=annual, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 湛江


def layout_gd_zj_town_landscape_self_evals_no_level1(folder: Path, name: str) -> FileGold:
    dept = "湛江市坡头区龙头镇人民政府"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    projects = [
        ("农村人居环境整治", ("120.00", "135.00", "128.25"), ("120.00", "120.00", "114.00"),
         ("0.00", "0.00", "0.00"), ("0.00", "15.00", "14.25"), None, "良", [
             Ind(None, "数量指标", "整治自然村个数", "≥24个", (">=", 24, "个"), "20", "24个", "20"),
             Ind(None, "质量指标", "农村生活垃圾收运处置率", "≥95%", (">=", 95, "%"), "20", "93%", "18",
                 "个别偏远村收运频次不足"),
             Ind(None, "时效指标", "整治任务完成时间", "2024年11月底前", (None, None, None), "10", "2024年11月25日", "10"),
             Ind(None, "生态效益指标", "村容村貌", "明显改善", Q, "20", "明显改善", "18"),
             Ind(None, "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%"), "20", "91%", "20"),
         ]),
        ("镇级河长制工作经费", ("30.00", "30.00", "27.60"), ("20.00", "20.00", "18.60"), ("10.00", "10.00", "9.00"),
         ("", "", ""), "10.00", "优", [
             Ind(None, "数量指标", "河道巡查次数", "≥240次", (">=", 240, "次"), "20", "268次", "20"),
             Ind(None, "质量指标", "河道问题整改率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind(None, "成本指标", "河道保洁单价", "≤1.2万元/公里", ("<=", 1.2, "万元/公里"), "10", "1.1万元/公里", "10"),
             Ind(None, "生态效益指标", "镇内河道水质达标率", "≥80%", (">=", 80, "%"), "20", "85%", "20"),
             Ind(None, "服务对象满意度指标", "沿河群众满意度", "≥85%", (">=", 85, "%"), "20", "90%", "20"),
         ]),
        ("乡村振兴驻村工作队经费", ("45.00", "45.00", "44.10"), ("45.00", "45.00", "44.10"),
         ("0.00", "0.00", "0.00"), ("0.00", "0.00", "0.00"), None, "优", [
             Ind(None, "数量指标", "驻村工作队员人数", "12人", ("=", 12, "人"), "15", "12人", "15"),
             Ind(None, "数量指标", "帮扶产业项目个数", "≥3个", (">=", 3, "个"), "15", "4个", "15"),
             Ind(None, "质量指标", "驻村考勤合格率", "≥95%", (">=", 95, "%"), "15", "98%", "15"),
             Ind(None, "经济效益指标", "村集体经济收入", "≥10万元", (">=", 10, "万元"), "15", "12.6万元", "15"),
             Ind(None, "社会效益指标", "防返贫监测户风险消除率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind(None, "服务对象满意度指标", "帮扶对象满意度", "≥90%", (">=", 90, "%"), "15", "96%", "15"),
         ]),
    ]
    widths = [84, 140, 80, 80, 80, 58, 58, 150]
    for k, (project, total, fiscal, carried, other, carried_gold, grade, inds) in enumerate(projects):
        rate, rs = _rate(total[1], total[2])
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "实施单位"), (5, 3, dept))
        rows.add((0, 2, "资金类别"), (2, 1, "年初预算数"), (3, 1, "全年预算数"), (4, 1, "全年执行数"), (5, 1, "执行率"),
                 (6, 1, "得分"), (7, 1, "备注"))
        for label, line, extra in (("年度资金总额", total, (rate, f"{rs:.2f}")), ("其中：财政资金", fiscal, ("—", "—")),
                                   ("上年结转资金", carried, ("—", "—")), ("其他资金", other, ("—", "—"))):
            rows.add((0, 2, label), (2, 1, line[0]), (3, 1, line[1]), (4, 1, line[2]), (5, 1, extra[0]),
                     (6, 1, extra[1]), (7, 1, ""))
        rows.add((0, 1, "二级指标"), (1, 1, "三级指标"), (2, 1, "年度指标值"), (3, 1, "实际完成值"), (4, 1, "分值"),
                 (5, 1, "得分"), (6, 2, "偏差原因"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, i.actual), (4, 1, i.weight),
                                                   (5, 1, i.score), (6, 2, i.note)])
        total_score = _total(rs, inds)
        rows.add((0, 4, "自评得分"), (4, 1, f"{total_score:.2f}"), (5, 1, "自评等级"), (6, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             unit_raw="单位：万元", landscape=True, kind="performance_self_evaluation"),
                       fresh_page=k == 0, gap=26)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.self_evaluation(project, "万元", total[1], total[2], total_score, grade)
        doc.gold.project(project, "万元", year=total[1], fiscal=fiscal[1], carried=carried_gold)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 开封


def layout_hen_kf_accounts_dept_self_eval_spending_rows(folder: Path, name: str) -> FileGold:
    dept = "开封市祥符区卫生健康委员会"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(f"{year}年度部门决算", 26), (dept, 18)])
    _front(doc, dept, year, "决算", [("财政拨款收入", "4,368.20"), ("事业收入", "120.00")],
           [("卫生健康支出", "4,210.50"), ("社会保障和就业支出", "277.70")])
    rate, rs = _rate("4,620.00", "4,488.20")
    inds = [
        Ind("产出指标", "数量指标", "家庭医生签约服务人数", "达到12万人", (">=", 12, "万人"), "10", "12.4万人", "10"),
        Ind("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", "不低于95%", (">=", 95, "%"), "10", "97.5%", "10"),
        Ind("产出指标", "质量指标", "基层医疗机构药品集采使用率", "大于90%", (">", 90, "%"), "10", "93%", "10"),
        Ind("产出指标", "时效指标", "传染病疫情报告及时率", "达到100%", (">=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "成本指标", "一般性支出压减比例", "不低于5%", (">=", 5, "%"), "10", "5.2%", "10"),
        Ind("效益指标", "社会效益指标", "婴儿死亡率", "小于5‰", ("<", 5, "‰"), "10", "2.6‰", "10"),
        Ind("效益指标", "社会效益指标", "门诊次均费用增幅", "不超过5%", ("<=", 5, "%"), "10",
            "6.2%", "7", "检查检验项目增加"),
        Ind("效益指标", "可持续影响指标", "县域医共体建设", "持续推进", Q, "5", "持续推进", "5"),
        Ind("满意度指标", "服务对象满意度指标", "就诊群众满意度", "不低于90%", (">=", 90, "%"), "15", "88%", "13",
            "就诊高峰排队时间较长"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 7, dept))
    r = rows.n
    rows.put(r, 0, 4, 2, "年度预算执行情况（万元）")
    for k, h in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        if k:
            rows.put(r, 2 + k, 1, 1, h)
    rows.put(r, 2, 1, 1, "")
    lines = (("年度资金总额", "4,500.00", "4,620.00", "4,488.20", "10", rate, f"{rs:.2f}"),
             ("其中：基本支出", "3,050.00", "3,080.00", "3,061.40", "—", "—", "—"),
             ("项目支出", "1,450.00", "1,540.00", "1,426.80", "—", "—", "—"))
    for j, line in enumerate(lines, 1):
        for k, v in enumerate(line):
            rows.put(r + j, 2 + k, 1, 1, v)
    rows.add((0, 2, "年度总体目标完成情况"), (2, 7, "深化医药卫生体制改革，提升基本医疗和公共卫生服务水平，总体完成年度目标。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "年度指标值"), (5, 1, "实际完成值"),
             (6, 1, "分值"), (7, 1, "得分"), (8, 1, "偏差原因分析及改进措施"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    total = _total(rs, inds)
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 2, "评价等级"), (2, 7, "良好"))
    doc.pages.grid(_spec(rows.cells, rows.n, [50, 58, 56, 52, 60, 60, 36, 40, 88], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in inds]
    doc.gold.self_evaluation(None, "万元", "4,620.00", "4,488.20", total, "良")

    project = "基层医疗卫生机构能力提升"
    pinds = [
        Ind("产出指标", "数量指标", "乡镇卫生院设备更新数量", "达到80台", (">=", 80, "台"), "25", "82台", "25"),
        Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
        Ind("产出指标", "时效指标", "设备采购完成时间", "2024年9月底前", (None, None, None), "10", "2024年10月中旬", "8",
            "招标流程延长"),
        Ind("效益指标", "社会效益指标", "县域内就诊率", "不低于90%", (">=", 90, "%"), "20", "91%", "20"),
        Ind("满意度指标", "服务对象满意度指标", "基层就诊患者满意度", "不低于85%", (">=", 85, "%"), "15", "90%", "15"),
    ]
    rate, rs = _rate("420.00", "401.10")
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 7, project))
    rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 2, "开封市祥符区基层卫生服务中心"))
    r = rows.n
    rows.put(r, 0, 4, 2, "项目资金（万元）")
    for k, h in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, h)
    rows.put(r, 2, 1, 1, "")
    for j, line in enumerate((("年度资金总额", "400.00", "420.00", "401.10", "10", rate, f"{rs:.2f}"),
                              ("其中：财政拨款", "400.00", "400.00", "385.30", "—", "—", "—"),
                              ("其他资金", "", "20.00", "15.80", "—", "—", "—")), 1):
        for k, v in enumerate(line):
            rows.put(r + j, 2 + k, 1, 1, v)
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "年度指标值"), (5, 1, "实际完成值"),
             (6, 1, "分值"), (7, 1, "得分"), (8, 1, "偏差原因分析及改进措施"))
    _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                             (7, 1, i.score), (8, 1, i.note)])
    total = _total(rs, pinds)
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 2, "评价等级"), (2, 7, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, [50, 58, 56, 52, 60, 60, 36, 40, 88], title="项目支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    doc.gold.indicators += [_gold_ind(project, i) for i in pinds]
    doc.gold.self_evaluation(project, "万元", "420.00", "401.10", total, "优")
    doc.gold.project(project, "万元", year="420.00", fiscal="400.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 孝感


def layout_hub_xg_budget_long_form_break_no_repeat(folder: Path, name: str) -> FileGold:
    dept = "孝感市孝南区交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 22)])
    _front(doc, dept, year, "预算", [("一般公共预算拨款收入", "5,160.00"), ("政府性基金预算拨款收入", "1,200.00")],
           [("交通运输支出", "6,080.00"), ("社会保障和就业支出", "280.00")])
    projects = [
        ("公交运营补贴", "860.00", "860.00", "860.00", "0.00", "0.00",
         "保障城乡公交正常运营，方便群众出行。", [
             Ind("产出指标", "数量指标", "运营公交线路条数", "≥26条", (">=", 26, "条"), note="城乡公交线路"),
             Ind("产出指标", "质量指标", "公交准点率", "≥92%", (">=", 92, "%"), note="智能调度系统统计"),
             Ind("产出指标", "成本指标", "车公里补贴标准", "≤2.3元", ("<=", 2.3, "元"), note="按成本规制核定"),
             Ind("效益指标", "社会效益指标", "城乡公交通达率", "100%", ("=", 100, "%"), note="建制村通公交比例"),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥88%", (">=", 88, "%"), note="乘客调查"),
         ]),
        ("农村公路提档升级", "12,000.00", "4,600.00", "4,200.00", "300.00", "100.00",
         "完成农村公路提档升级和危桥改造，提升农村公路通行能力和安全水平。", [
             Ind("产出指标", "数量指标", "农村公路提档升级里程", "≥85公里", (">=", 85, "公里"),
                 note="年度建设计划里程"),
             Ind("产出指标", "数量指标", "危桥改造座数", "≥12座", (">=", 12, "座"), note="列入计划的危桥"),
             Ind("产出指标", "数量指标", "安全生命防护工程里程", "≥60公里", (">=", 60, "公里"), note="临水临崖路段"),
             Ind("产出指标", "质量指标", "交工验收合格率", "100%", ("=", 100, "%"), note="交工验收合格段数/交工段数"),
             Ind("产出指标", "质量指标", "优良路率", "90%-95%", ("range", 90, "%", 95), note="路况检测结果"),
             Ind("产出指标", "时效指标", "年度建设任务完成时间", "2025年11月30日前", (None, None, None),
                 note="按省厅下达计划"),
             Ind("产出指标", "成本指标", "每公里提档升级补助", "≤50万元", ("<=", 50, "万元"), note="按省补标准"),
             Ind("效益指标", "经济效益指标", "沿线群众出行成本", "明显降低", Q, note="与建设前比较"),
             Ind("效益指标", "社会效益指标", "建制村通双车道比例", "≥65%", (">=", 65, "%"), note="年末统计"),
             Ind("效益指标", "可持续影响指标", "农村公路管养长效机制", "建立健全", Q, note="路长制落实情况"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), note="问卷调查"),
         ]),
    ]
    for project, total, annual, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, "孝感市孝南区公路事业发展中心"))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for k, h in enumerate(("项目总额", "年度预算", "其中：财政拨款", "上年结转", "其他资金")):
            rows.put(r, 1 + k, 1, 1, h)
        for k, v in enumerate((total, annual, fiscal, carried, other)):
            rows.put(r + 1, 1 + k, 1, 1, v)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 2, "指标值说明"))
        # the long form explains where each figure comes from, wrapping its rows
        source = "，数据来源于年度统计报表及交工验收资料" if len(inds) > 6 else ""
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 2, i.note + source)])
        doc.pages.grid(_spec(rows.cells, rows.n, [76, 86, 120, 86, 64, 64], title=f"{year}年项目支出绩效目标表",
                             editor=f"部门名称：{dept}", unit_raw="单位：万元"), fresh_page=project == projects[0][0],
                       gap=30)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", total=total, year=annual, fiscal=fiscal,
                         carried=None if carried == "0.00" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 遵义


def layout_gz_zy_three_row_head_sign_number_unit(folder: Path, name: str) -> FileGold:
    dept = "遵义市汇川区文体广电旅游局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("全民健身赛事活动", "150.00", "150.00", "150.00", "0.00", [
            Ind("产出指标", "数量指标", "举办全民健身赛事场次", ("≥", "20", "场"), (">=", 20, "场"), "20"),
            Ind("产出指标", "数量指标", "参赛群众人次", ("≥", "15000", "人次"), (">=", 15000, "人次"), "15"),
            Ind("产出指标", "质量指标", "赛事安全事故发生次数", ("＝", "0", "次"), ("=", 0, "次"), "15"),
            Ind("产出指标", "成本指标", "单场赛事平均成本", ("≤", "7.5", "万元"), ("<=", 7.5, "万元"), "15"),
            Ind("效益指标", "社会效益指标", "经常参加体育锻炼人口比例", ("≥", "42", "%"), (">=", 42, "%"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "参赛群众满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
        ]),
        ("公共文化场馆免费开放", "420.00", "210.00", "180.00", "30.00", [
            Ind("产出指标", "数量指标", "免费开放场馆个数", ("＝", "5", "个"), ("=", 5, "个"), "15"),
            Ind("产出指标", "数量指标", "年接待群众人次", ("≥", "30", "万人次"), (">=", 30, "万人次"), "20"),
            Ind("产出指标", "质量指标", "场馆开放时长达标率", ("≥", "98", "%"), (">=", 98, "%"), "15"),
            Ind("产出指标", "时效指标", "每周开放时间", ("≥", "42", "小时"), (">=", 42, "小时"), "15"),
            Ind("效益指标", "社会效益指标", "公共文化服务覆盖率", ("≥", "95", "%"), (">=", 95, "%"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "到馆群众满意度", ("≥", "92", "%"), (">=", 92, "%"), "15"),
        ]),
        ("旅游市场综合监管", "64.00", "64.00", "64.00", "0.00", [
            Ind("产出指标", "数量指标", "旅游市场执法检查次数", ("≥", "120", "次"), (">=", 120, "次"), "25"),
            Ind("产出指标", "质量指标", "旅游投诉结案率", ("≥", "98", "%"), (">=", 98, "%"), "25"),
            Ind("产出指标", "时效指标", "旅游投诉处理时限", ("≤", "5", "个工作日"), ("<=", 5, "个工作日"), "20"),
            Ind("效益指标", "社会效益指标", "重大旅游安全事故", ("＝", "0", "起"), ("=", 0, "起"), "15"),
            Ind("满意度指标", "服务对象满意度指标", "游客满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
        ]),
    ]
    widths = [66, 76, 130, 36, 50, 58, 42]
    for project, total, annual, fiscal, own, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "实施单位"), (1, 6, dept))
        rows.add((0, 1, "项目总投资"), (1, 2, "本年预算"), (3, 2, "财政资金"), (5, 2, "自筹资金"))
        rows.add((0, 1, total), (1, 2, annual), (3, 2, fiscal), (5, 2, own))
        r = rows.n
        rows.put(r, 0, 1, 7, "绩效指标")
        rows.put(r + 1, 0, 2, 1, "一级指标")
        rows.put(r + 1, 1, 2, 1, "二级指标")
        rows.put(r + 1, 2, 2, 1, "三级指标")
        rows.put(r + 1, 3, 1, 3, "指标值")
        rows.put(r + 1, 6, 2, 1, "分值")
        for k, h in enumerate(("符号", "数值", "单位")):
            rows.put(r + 2, 3 + k, 1, 1, h)
        for i in inds:
            rows.add((0, 1, i.l1), (1, 1, i.l2), (2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                     (5, 1, i.target[2]), (6, 1, i.weight))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"（{year}年度）",
                             unit_raw="单位：万元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", total=total, year=annual, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 宁夏 吴忠


def layout_nx_wz_accounts_dept_self_eval_pairs_row_level2_missing(folder: Path, name: str) -> FileGold:
    dept = "吴忠市利通区市场监督管理局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _front(doc, dept, year, "决算", [("一般公共预算财政拨款收入", "1,702.36"), ("其他收入", "12.00")],
           [("一般公共服务支出", "1,520.36"), ("卫生健康支出", "194.00")])
    rate, rs = _rate("1,768.00", "1,714.36")
    inds = [
        Ind("产出指标", None, "市场主体双随机抽查户数", "≥900户", (">=", 900, "户"), "12", "936户", "12"),
        Ind("产出指标", None, "食品安全监督抽检批次", "≥1600批次", (">=", 1600, "批次"), "12", "1652批次", "12"),
        Ind("产出指标", None, "特种设备定期检验率", "≥99%", (">=", 99, "%"), "10", "99.4%", "10"),
        Ind("产出指标", None, "投诉举报按时办结率", "≥98%", (">=", 98, "%"), "10", "97.1%", "9",
            "个别复杂纠纷调解周期长"),
        Ind("产出指标", None, "“三公”经费支出", "≤8.6万元", ("<=", 8.6, "万元"), "6", "7.9万元", "6"),
        Ind("效益指标", None, "新登记市场主体户数", "≥3000户", (">=", 3000, "户"), "10", "3218户", "10"),
        Ind("效益指标", None, "较大以上食品安全事故", "0起", ("=", 0, "起"), "10", "0起", "10"),
        Ind("效益指标", None, "营商环境", "持续优化", Q, "10", "持续优化", "10"),
        Ind("满意度指标", None, "市场主体满意度", "≥90%", (">=", 90, "%"), "10", "94%", "10"),
    ]
    total = _total(rs, inds)
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 7, dept))
    rows.add((0, 1, "全年预算数（万元）"), (1, 1, "1,768.00"), (2, 1, "全年执行数（万元）"), (3, 1, "1,714.36"),
             (4, 1, "执行率"), (5, 1, rate), (6, 1, "得分"), (7, 1, f"{rs:.2f}"))
    rows.add((0, 1, "年度总体目标"), (1, 3, "预期目标：强化市场监管，守牢安全底线，优化营商环境。"),
             (4, 4, "实际完成情况：年度目标总体完成，营商环境持续优化。"))
    rows.add((0, 1, "一级指标"), (1, 2, "三级指标"), (3, 1, "年度指标值"), (4, 1, "实际完成值"), (5, 1, "分值"),
             (6, 1, "得分"), (7, 1, "偏差原因分析及改进措施"))
    _grid_rows(rows, inds, 0, None, lambda i: [(1, 2, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                               (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 5, "自评等级"), (5, 3, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, [96, 96, 120, 96, 96, 56, 56, 130], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", landscape=True,
                         kind="performance_self_evaluation"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in inds]
    doc.gold.self_evaluation(None, "万元", "1,768.00", "1,714.36", total, "优")
    return doc.save(folder)


BLIND21: dict[str, Builder] = {
    "heb_cd_accounts_self_evals_fiscal_income_lines": layout_heb_cd_accounts_self_evals_fiscal_income_lines,
    "sx_jz_budget_targets_source_lines_bonds": layout_sx_jz_budget_targets_source_lines_bonds,
    "ln_jinz_landscape_list_weights_repeated_head": layout_ln_jinz_landscape_list_weights_repeated_head,
    "js_lyg_budget_two_forms_a_page_money_row": layout_js_lyg_budget_two_forms_a_page_money_row,
    "fj_np_self_eval_report_yuan_levels_repeated": layout_fj_np_self_eval_report_yuan_levels_repeated,
    "gx_bs_budget_dept_wide_income_heads_then_projects": layout_gx_bs_budget_dept_wide_income_heads_then_projects,
    "gd_zj_town_landscape_self_evals_no_level1": layout_gd_zj_town_landscape_self_evals_no_level1,
    "hen_kf_accounts_dept_self_eval_spending_rows": layout_hen_kf_accounts_dept_self_eval_spending_rows,
    "hub_xg_budget_long_form_break_no_repeat": layout_hub_xg_budget_long_form_break_no_repeat,
    "gz_zy_three_row_head_sign_number_unit": layout_gz_zy_three_row_head_sign_number_unit,
    "nx_wz_accounts_dept_self_eval_pairs_row_level2_missing": layout_nx_wz_accounts_dept_self_eval_pairs_row_level2_missing,
}
SETS: dict[str, dict[str, Builder]] = {"blind21": BLIND21}


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
    """Write every layout of ``which`` ("blind21") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
