"""BLIND56 performance forms: ten layouts of the north-west and south-west (陕西, 甘肃, 青海, 宁夏,
新疆, 贵州, 云南, 西藏, 四川, 重庆) printing 项目支出绩效目标表 at the end of 部门预算 reports, a
standalone 申报表 of a hospital, short forms of a 镇, a school's 项目支出绩效自评表, and
部门整体支出绩效目标表 / 自评表, written by an author who had read neither the form reader nor the
earlier blind sets (only the gold helpers and page composer of ``form_layouts``, the gold
conventions of BLIND9's docstring and the real disclosures). Each layout writes one PDF and its
gold in the format of ``form_layouts.write_set``; the gold is written by hand with
``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

sn_wn_budget_spaced_money_labels  陕西 渭南 district 部门预算: budget tables, then one form a
        page; a 项目资金 cell merged down over stacked label | value rows with spaced labels
        (资 金 总 额), full-width colons, "—" in an empty cell, 0.00 上年结转, unit in the
        editor line (金额单位：万元), 达到 N targets
gs_zy_accounts_self_evals_yuan_reason_split  甘肃 张掖 district 部门决算: accounts tables, a
        部门整体支出绩效自评表 and two 项目支出绩效自评表 in 元 with separators, stage columns
        年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分, 偏差原因 | 改进措施 split
qh_hd_town_short_forms_money_sentence  青海 海东 镇 short forms, two a page, the money printed
        as one sentence in a cell (资金总额45.00万元，其中：财政资金…), no 一级 column
nx_zw_budget_dept_wide_income_source_heads  宁夏 中卫 district 部门预算: a 部门整体支出绩效目标表
        with 分值, then project forms whose 资金来源 heads (合计 | 一般公共预算财政拨款收入 |
        政府性基金预算财政拨款收入 | 事业收入 | 上年结转) stand over one figures row
xj_hm_budget_landscape_list_direction_column  新疆 哈密 district 部门预算 ending with a landscape
        list in 元: 序号 | 项目名称 | 资金总额 | 财政拨款 | 其他资金 | levels | 指标方向 | 指标值 |
        计量单位 | 权重, a column-number row, header repeated, merged project cells
gz_as_school_self_eval_label_value_pairs  贵州 安顺 school (二级单位) 项目支出绩效自评表: money
        as label | value pairs (年初预算数（万元） | … ), targets in words (不低于 / 不高于 /
        不少于), 自评等级 as words
yn_lj_hospital_declaration_total_year_yuan  云南 丽江 county hospital 项目支出绩效目标申报表 in
        元: 立项依据 / 实施内容 prose, heads 项目总额 | 年度资金 | 其中：财政资金 | 其中：上年结转 |
        其他资金 over a figures row, 指标值设定依据 column, grid over a page break, header repeated
xz_rkz_budget_central_subsidy_symbol_column  西藏 日喀则 district 部门预算: stacked money lines
        with 其中：中央补助资金 beside 其中：财政拨款, a two-row indicator header (指标值 over
        符号 | 数值) and a column-number row
sc_gy_accounts_dept_self_eval_income_kinds  四川 广元 district 部门决算: a 部门整体支出绩效自评表
        in 元 whose money rows are split 按收入性质 (一般公共预算 / 政府性基金 / 其他资金), then a
        项目支出绩效自评表 in 万元 with 全年预算数 | 全年执行数 | 执行率 only
cq_fl_street_budget_two_forms_a_page_ranges  重庆 涪陵 街道 部门预算: two short forms a page,
        heads 合计 | 本年财政拨款 | 上年结转 | 其他资金 over figures, ranges, a deadline,
        控制在 N 以内, 低于 / 高于 / 达到

Gold conventions: those of BLIND9's docstring and the first addendum, with this set's rulings:

- A money sentence (资金总额45.00万元，其中：财政资金45.00万元，上年结转…) is read as its label |
  value pairs would be.
- fiscal is the 财政拨款 / 财政资金 figure as printed, or the sum of the printed …财政拨款收入
  source lines (a blank line adds nothing); 中央补助资金, 事业收入 and 其他资金 are never fiscal.
  A printed 0.00 上年结转 is carried 0.00; "—" or blank is no amount.
- 项目总额 beside a 年度资金 is total; the 年度资金 is year.
- A 部门整体 form's money is not a project's: no project row. A self evaluation's budget and
  executed are the 全年预算数 / 全年执行数 of its 年度资金总额 row or pair; its score is the printed
  总分; 优秀 / 良好 read 优 / 良.
- Targets: 达到 N reads ">="; 控制在 N 以内 reads "<="; 低于 "<", 高于 ">"; a direction column
  (≥ ＞ ＝ ≤ 定性) is joined with 指标值 and 计量单位 in reading order ("≥95%", "定性明显改善").
"""
from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

SELF_EVAL = "performance_self_evaluation"


# --------------------------------------------------------------------------- shared pieces


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支预算总表 and the 项目支出预算表
    (by function), then the heading of the 绩效目标 part."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职责。{dept}贯彻落实党中央、国务院和省委、省政府决策部署，依法履行本行业管理职责。",
        "二、部门预算单位构成。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
        f"三、{year}年重点工作。统筹推进年度重点任务，保障各项民生政策落实落地。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec("部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    body = [plain_row([name, amount, "", amount]) for name, amount in spending]
    body.append(plain_row(["合计", f"{total_out:,.2f}", "", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec("一般公共预算支出表", "general_public_function", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [200, 90, 90, 90],
                              [(0, 0, 1, 1, "功能分类科目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出"),
                               (0, 3, 1, 1, "项目支出")], 1, body, ["l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  预算绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}对{year}年项目支出编制了绩效目标，现将绩效目标表公开如下。",
    ])


def _rate(budget: str, executed: str, unit_money: bool = True) -> tuple[str, Decimal, str]:
    """Execution rate as printed ("95.21%"), its exact score (10 x rate, at most 10) and the
    score as printed ("9.52")."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b
    exact = min(Decimal(10), rate * 10)
    pct = (rate * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{pct}%", exact, f"{exact.quantize(Decimal('0.01'), ROUND_HALF_UP)}"


def _total(inds: list[Ind], exact: Decimal) -> float:
    return float((sum(Decimal(i.score) for i in inds) + exact).quantize(Decimal("0.01"), ROUND_HALF_UP))


# --------------------------------------------------------------------------- 陕西 渭南


def layout_sn_wn_budget_spaced_money_labels(folder: Path, name: str) -> FileGold:
    dept = "渭南市临渭区农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "2,864.30"), ("二、上年结转", "80.00")],
                  [("农林水支出", "2,512.80"), ("社会保障和就业支出", "256.50"), ("卫生健康支出", "175.00")])
    projects = [
        ("高标准农田建设管护", "临渭区农业技术推广中心", "380.00", "300.00", "80.00", "—",
         "完成高标准农田建后管护，保障灌排设施正常运行，耕地质量稳步提升。", [
             Ind("产出指标", "数量指标", "管护高标准农田面积", "≥12.6万亩", (">=", 12.6, "万亩")),
             Ind("产出指标", "数量指标", "维修灌排渠道长度", "≥18公里", (">=", 18, "公里")),
             Ind("产出指标", "质量指标", "灌排设施完好率", "达到90%", (">=", 90, "%")),
             Ind("产出指标", "时效指标", "管护任务完成时间", "2025年11月底前", (None, None, None)),
             Ind("效益指标", "经济效益指标", "亩均粮食增产", "≥30公斤", (">=", 30, "公斤")),
             Ind("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("重大动物疫病防控", "临渭区动物疫病预防控制中心", "126.50", "126.50", "0.00", "—",
         "开展口蹄疫、高致病性禽流感等重大动物疫病强制免疫，确保不发生区域性重大动物疫情。", [
             Ind("产出指标", "数量指标", "强制免疫畜禽数量", "≥260万头（只）", (">=", 260, "万头(只)")),
             Ind("产出指标", "质量指标", "应免畜禽免疫密度", "≥90%", (">=", 90, "%")),
             Ind("产出指标", "质量指标", "免疫抗体合格率", "≥70%", (">=", 70, "%")),
             Ind("产出指标", "成本指标", "每头（只）免疫补助标准", "≤0.5元", ("<=", 0.5, "元")),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "0次", ("=", 0, "次")),
             Ind("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("农村人居环境整治提升", "渭南市临渭区农业农村局", "210.00", "150.00", "—", "60.00",
         "推进农村厕所革命和生活垃圾治理，村容村貌持续改善。", [
             Ind("产出指标", "数量指标", "新改建农村卫生厕所", "≥1500户", (">=", 1500, "户")),
             Ind("产出指标", "数量指标", "配置垃圾收集设施村数", "达到45个", (">=", 45, "个")),
             Ind("产出指标", "质量指标", "改厕验收合格率", "100%", ("=", 100, "%")),
             Ind("效益指标", "生态效益指标", "农村生活垃圾收运处置体系覆盖率", "≥95%", (">=", 95, "%")),
             Ind("效益指标", "可持续影响指标", "农村人居环境长效管护机制", "逐步健全", Q),
             Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [62, 66, 150, 90, 122]
    for project, unit_name, amount, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金")
        for k, (label, value) in enumerate((("资 金 总 额", amount), ("其中：财政拨款", fiscal),
                                            ("上 年 结 转", carried), ("其 他 资 金", other))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, value)
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "备注"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"单位名称（盖章）：{dept}", unit_raw="金额单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=amount, fiscal=fiscal,
                         carried=None if carried == "—" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 张掖


def _gs_money(rows: _Rows, lines: list[tuple[str, str, str, str]], rate: tuple[str, Decimal, str],
              label: str, ncols: int) -> None:
    """Stage columns in 元: a merged label, heads, then 年度资金总额 and its parts."""
    r = rows.n
    rows.put(r, 0, len(lines) + 1, 1, label)
    heads = ("年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")
    rows.put(r, 1, 1, 2, "")
    for k, h in enumerate(heads):
        rows.put(r, 3 + k, 1, 1 if k < 5 else ncols - 8, h)
    for n, (text, initial, budget, executed) in enumerate(lines, 1):
        rows.put(r + n, 1, 1, 2, text)
        first = n == 1
        for k, v in enumerate((initial, budget, executed, rate[0] if first else "—", "10" if first else "—",
                               rate[2] if first else "—")):
            rows.put(r + n, 3 + k, 1, 1 if k < 5 else ncols - 8, v)


def layout_gs_zy_accounts_self_evals_yuan_reason_split(folder: Path, name: str) -> FileGold:
    dept = "张掖市甘州区卫生健康局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、财政拨款收入", "4,380.25"), ("二、事业收入", "131.02")],
                    [("一、卫生健康支出", "4,296.17"), ("二、社会保障和就业支出", "215.10")])
    widths = [52, 40, 40, 74, 74, 74, 50, 40, 40, 50]
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因", "改进措施")

    def grid(rows: _Rows, inds: list[Ind]) -> None:
        # 三级指标 spans two narrow columns so the level columns stay narrow
        rows.add((0, 1, heads[0]), (1, 1, heads[1]), (2, 2, heads[2]), (4, 1, heads[3]), (5, 1, heads[4]),
                 (6, 1, heads[5]), (7, 1, heads[6]), (8, 1, heads[7]), (9, 1, heads[8]))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 1, i.note), (9, 1, "加强督导" if i.note else "")])

    # 部门整体支出绩效自评表
    budget, executed = "46,820,300.00", "45,112,680.50"
    rate = _rate(budget, executed)
    inds = [
        Ind("产出指标", "数量指标", "家庭医生签约服务人数", "≥18万人", (">=", 18, "万人"), "15", "18.6万人", "15"),
        Ind("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥90%", (">=", 90, "%"), "10", "96.3%", "10"),
        Ind("产出指标", "质量指标", "基层医疗机构标准化达标率", "≥85%", (">=", 85, "%"), "10", "82%", "8",
            "部分村卫生室设备未配齐"),
        Ind("产出指标", "时效指标", "补助资金拨付及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("效益指标", "社会效益指标", "孕产妇死亡率", "≤15/10万", ("<=", 15, "/10万"), "15", "0/10万", "15"),
        Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥28%", (">=", 28, "%"), "10", "29.1%", "10"),
        Ind("效益指标", "可持续影响指标", "分级诊疗制度", "持续完善", Q, "10", "持续完善", "9"),
        Ind("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 8, dept))
    _gs_money(rows, [("年度资金总额", "45,600,000.00", budget, executed),
                     ("其中：财政拨款", "44,300,000.00", "45,510,100.00", "43,802,500.00"),
                     ("其他资金", "1,300,000.00", "1,310,200.00", "1,310,180.50")], rate, "部门资金（元）", 10)
    rows.add((0, 2, "年度总体目标"), (2, 4, "预期目标：提升基层医疗卫生服务能力，落实基本公共卫生服务项目。"),
             (6, 4, "实际完成：基层服务能力持续提升，基本公共卫生服务项目全面完成。"))
    grid(rows, inds)
    score = _total(inds, rate[1])
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{score:.2f}"), (8, 2, ""))
    rows.add((0, 6, "自评等级"), (6, 4, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="部门整体支出绩效自评表", editor=f"（{year}年度）",
                         unit_raw="金额单位：元", kind=SELF_EVAL), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "元", budget, executed, score, "优")

    projects = [
        ("基本公共卫生服务补助", "甘州区疾病预防控制中心", ("6,800,000.00", "7,240,000.00", "7,105,300.00"),
         ("6,800,000.00", "6,960,000.00", "6,825,300.00"), ("—", "280,000.00", "280,000.00"), "优", [
             Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥3.2万人", (">=", 3.2, "万人"), "15",
                 "3.35万人", "15"),
             Ind("产出指标", "数量指标", "高血压患者规范管理人数", "≥2.1万人", (">=", 2.1, "万人"), "15", "2.0万人",
                 "13", "部分患者外出务工失访"),
             Ind("产出指标", "质量指标", "电子健康档案建档率", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
             Ind("产出指标", "时效指标", "资金拨付时限", "≤30天", ("<=", 30, "天"), "10", "25天", "10"),
             Ind("产出指标", "成本指标", "人均基本公共卫生服务经费补助标准", "89元", ("=", 89, "元"), "10", "89元", "10"),
             Ind("效益指标", "社会效益指标", "城乡居民公共卫生服务差距", "不断缩小", Q, "15", "不断缩小", "15"),
             Ind("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥85%", (">=", 85, "%"), "10", "88%", "10"),
         ]),
        ("乡村医生补助", "张掖市甘州区卫生健康局", ("1,920,000.00", "1,920,000.00", "1,786,560.00"),
         ("1,920,000.00", "1,920,000.00", "1,786,560.00"), ("—", "—", "—"), "良", [
             Ind("产出指标", "数量指标", "补助乡村医生人数", "≥320人", (">=", 320, "人"), "20", "310人", "17",
                 "部分乡村医生退出"),
             Ind("产出指标", "质量指标", "乡村医生岗位培训覆盖率", "≥95%", (">=", 95, "%"), "15", "97%", "15"),
             Ind("产出指标", "时效指标", "补助发放时间", "2024年12月底前", (None, None, None), "10", "2024年12月20日",
                 "10"),
             Ind("产出指标", "成本指标", "人均补助标准", "≤6000元", ("<=", 6000, "元"), "10", "5760元", "10"),
             Ind("效益指标", "社会效益指标", "村级医疗服务可及性", "明显提高", Q, "15", "有所提高", "12",
                 "偏远村服务能力仍较弱"),
             Ind("效益指标", "可持续影响指标", "乡村医生队伍稳定性", "保持稳定", Q, "10", "基本稳定", "8",
                 "队伍老龄化"),
             Ind("满意度指标", "服务对象满意度指标", "乡村医生满意度", "≥80%", (">=", 80, "%"), "10", "86%", "10"),
         ]),
    ]
    for project, unit_name, total_line, fiscal_line, carried_line, grade, inds in projects:
        rate = _rate(total_line[1], total_line[2])
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 8, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 3, unit_name))
        _gs_money(rows, [("年度资金总额", *total_line), ("其中：财政拨款", *fiscal_line),
                         ("上年结转资金", *carried_line)], rate, "项目资金（元）", 10)
        grid(rows, inds)
        score = _total(inds, rate[1])
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{score:.2f}"), (8, 2, ""))
        rows.add((0, 6, "自评等级"), (6, 4, {"优": "优秀", "良": "良好"}[grade]))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             unit_raw="金额单位：元", kind=SELF_EVAL), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", total_line[1], total_line[2], score, grade)
        doc.gold.project(project, "元", year=total_line[1], fiscal=fiscal_line[1],
                         carried=None if carried_line[1] == "—" else carried_line[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 青海 海东


def layout_qh_hd_town_short_forms_money_sentence(folder: Path, name: str) -> FileGold:
    dept = "海东市乐都区碾伯镇人民政府"
    year = 2025
    doc = FormDoc(name, f"碾伯镇{year}年项目绩效目标表", dept, year)
    projects = [
        ("村级公益事业一事一议奖补", "资金总额45.00万元，其中：财政资金45.00万元。", "45.00", "45.00", None,
         "完成村内道路硬化和小型水利设施建设，改善群众生产生活条件。", [
             Ind(None, "数量指标", "硬化村内道路", "≥3.5公里", (">=", 3.5, "公里")),
             Ind(None, "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
             Ind(None, "社会效益指标", "受益群众人数", "≥2600人", (">=", 2600, "人")),
             Ind(None, "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农村环境卫生保洁", "资金总额86.40万元，其中：财政资金60.00万元，上年结转26.40万元。", "86.40", "60.00",
         "26.40", "落实村庄保洁员队伍，保持村庄环境干净整洁。", [
             Ind(None, "数量指标", "聘用保洁人员", "≥72人", (">=", 72, "人")),
             Ind(None, "时效指标", "垃圾日产日清率", "≥95%", (">=", 95, "%")),
             Ind(None, "生态效益指标", "村庄环境面貌", "明显改善", Q),
             Ind(None, "服务对象满意度指标", "村民满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("镇综合文化站免费开放", "资金总额8.00万元，其中：财政资金8.00万元。", "8.00", "8.00", None,
         "文化站全年免费开放，组织群众性文化活动。", [
             Ind(None, "数量指标", "开展群众文化活动", "≥12场次", (">=", 12, "场次")),
             Ind(None, "时效指标", "每周开放时间", "≥42小时", (">=", 42, "小时")),
             Ind(None, "社会效益指标", "群众文化生活", "日益丰富", Q),
             Ind(None, "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [70, 90, 170, 130]
    for n, (project, sentence, amount, fiscal, carried, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "项目资金"), (1, 3, sentence))
        rows.add((0, 1, "绩效目标"), (1, 3, goal))
        rows.add((0, 1, "二级指标"), (1, 2, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 2, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{project}绩效目标表",
                             editor=f"单位：{dept}"), fresh_page=n % 2 == 0, gap=28)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=amount, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 宁夏 中卫


def layout_nx_zw_budget_dept_wide_income_source_heads(folder: Path, name: str) -> FileGold:
    dept = "中卫市沙坡头区教育体育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "31,460.00"), ("二、政府性基金预算拨款收入", "80.00"),
                                    ("三、事业收入", "40.00")],
                  [("教育支出", "29,980.00"), ("文化旅游体育与传媒支出", "820.00"), ("社会保障和就业支出", "780.00")])
    # 部门整体支出绩效目标表
    inds = [
        Ind("产出指标", "数量指标", "义务教育在校生人数", "≥4.2万人", (">=", 4.2, "万人"), "15"),
        Ind("产出指标", "数量指标", "学前教育毛入园率", "≥92%", (">=", 92, "%"), "10"),
        Ind("产出指标", "质量指标", "义务教育巩固率", "≥98%", (">=", 98, "%"), "15"),
        Ind("产出指标", "质量指标", "教师培训合格率", "≥95%", (">=", 95, "%"), "10"),
        Ind("产出指标", "时效指标", "学生资助资金发放及时率", "100%", ("=", 100, "%"), "10"),
        Ind("效益指标", "社会效益指标", "控辍保学", "义务教育阶段无辍学", Q, "15"),
        Ind("效益指标", "可持续影响指标", "全民健身公共服务体系", "逐步完善", Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", (">=", 90, "%"), "15"),
    ]
    widths = [70, 80, 150, 100, 60]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 4, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "年度预算资金（万元）")
    for k, (h, v) in enumerate((("合计", "31,580.00"), ("财政拨款", "31,540.00"), ("其他资金", "40.00"))):
        rows.put(r, 1 + k, 1, 1 if k < 2 else 2, h)
        rows.put(r + 1, 1 + k, 1, 1 if k < 2 else 2, v)
    rows.add((0, 1, "年度总体目标"), (1, 4, "巩固义务教育均衡发展成果，提升学前教育普及普惠水平，推进全民健身。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "分值"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年部门整体支出绩效目标表",
                         editor=f"部门（单位）：{dept}"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))

    projects = [
        ("学校校舍维修改造", "沙坡头区教育体育局基建办", ("520.00", "440.00", "", "40.00", "40.00"),
         "完成6所学校校舍维修改造，消除安全隐患。", [
             Ind("产出指标", "数量指标", "维修改造学校数", "6所", ("=", 6, "所"), "20"),
             Ind("产出指标", "数量指标", "维修改造面积", "≥8600平方米", (">=", 8600, "平方米"), "15"),
             Ind("产出指标", "质量指标", "工程竣工验收合格率", "100%", ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "暑期施工完成率", "≥90%", (">=", 90, "%"), "10"),
             Ind("效益指标", "社会效益指标", "校舍安全隐患", "全部消除", Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("青少年体育赛事活动", "中卫市沙坡头区青少年体育学校", ("96.00", "60.00", "36.00", "", ""),
         "举办区级青少年体育赛事，提高青少年体质健康水平。", [
             Ind("产出指标", "数量指标", "举办青少年体育赛事", "≥8项", (">=", 8, "项"), "20"),
             Ind("产出指标", "数量指标", "参赛学生人数", "≥3000人次", (">=", 3000, "人次"), "20"),
             Ind("产出指标", "质量指标", "赛事安全事故发生数", "0起", ("=", 0, "起"), "20"),
             Ind("产出指标", "成本指标", "单项赛事平均成本", "≤12万元", ("<=", 12, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "学生体质健康测试优良率", "≥50%", (">=", 50, "%"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "参赛学生满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
    ]
    widths = [66, 76, 78, 78, 66, 66]
    for project, unit_name, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "实施单位"), (1, 5, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金来源（万元）")
        for k, (h, v) in enumerate(zip(("合计", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "事业收入",
                                        "上年结转"), money)):
            rows.put(r, 1 + k, 1, 1, h)
            rows.put(r + 1, 1 + k, 1, 1, v)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "分值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"部门（单位）：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        fiscal = sum(Decimal(v) for v in money[1:3] if v)
        doc.gold.project(project, "万元", year=money[0], fiscal=f"{fiscal:.2f}", carried=money[4] or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 新疆 哈密


def layout_xj_hm_budget_landscape_list_direction_column(folder: Path, name: str) -> FileGold:
    dept = "哈密市伊州区水利局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "3,180.00"), ("二、其他收入", "1,420.00")],
                  [("农林水支出", "4,310.00"), ("社会保障和就业支出", "290.00")])
    projects = [
        ("农村饮水安全维修养护", "12,680,000.00", "12,680,000.00", "—", [
            Ind("产出指标", "数量指标", "维修养护供水工程处数", ("≥", "26", "处"), (">=", 26, "处"), "20"),
            Ind("产出指标", "数量指标", "更换入户管网长度", ("≥", "38", "公里"), (">=", 38, "公里"), "15"),
            Ind("产出指标", "质量指标", "农村自来水普及率", ("≥", "98", "%"), (">=", 98, "%"), "15"),
            Ind("产出指标", "时效指标", "供水故障处置时限", ("≤", "24", "小时"), ("<=", 24, "小时"), "15"),
            Ind("效益指标", "社会效益指标", "农村群众饮水条件", ("定性", "明显改善", ""), Q, "25"),
            Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
        ]),
        ("高效节水灌溉工程", "26,400,000.00", "12,000,000.00", "14,400,000.00", [
            Ind("产出指标", "数量指标", "新增高效节水灌溉面积", ("≥", "3.2", "万亩"), (">=", 3.2, "万亩"), "20"),
            Ind("产出指标", "质量指标", "工程质量合格率", ("＝", "100", "%"), ("=", 100, "%"), "15"),
            Ind("产出指标", "成本指标", "亩均建设成本", ("≤", "825", "元"), ("<=", 825, "元"), "15"),
            Ind("效益指标", "经济效益指标", "亩均节水量", ("＞", "120", "立方米"), (">", 120, "立方米"), "20"),
            Ind("效益指标", "生态效益指标", "地下水超采量", ("＜", "800", "万立方米"), ("<", 800, "万立方米"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "农户满意度", ("≥", "85", "%"), (">=", 85, "%"), "10"),
        ]),
        ("河湖长制工作经费", "1,600,000.00", "1,600,000.00", "—", [
            Ind("产出指标", "数量指标", "河湖巡查次数", ("≥", "480", "次"), (">=", 480, "次"), "20"),
            Ind("产出指标", "数量指标", "清理河道垃圾", ("≥", "1200", "吨"), (">=", 1200, "吨"), "15"),
            Ind("产出指标", "质量指标", "“四乱”问题整改销号率", ("＝", "100", "%"), ("=", 100, "%"), "20"),
            Ind("效益指标", "生态效益指标", "重点河湖水质达标率", ("≥", "90", "%"), (">=", 90, "%"), "20"),
            Ind("效益指标", "可持续影响指标", "河湖长制长效机制", ("定性", "有效运行", ""), Q, "15"),
            Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
        ]),
    ]
    heads = ("序号", "项目名称", "资金总额", "财政拨款", "其他资金", "一级指标", "二级指标", "三级指标", "指标方向",
             "指标值", "计量单位", "权重（%）")
    widths = [28, 70, 78, 78, 74, 50, 62, 118, 40, 44, 50, 40]
    rows = _Rows()
    rows.add(*[(k, 1, h) for k, h in enumerate(heads)])
    rows.add(*[(k, 1, str(k + 1)) for k in range(len(heads))])
    for n, (project, amount, fiscal, other, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.target[0]), (9, 1, i.target[1]),
                                                (10, 1, i.target[2]), (11, 1, i.weight)])
        for col, text in enumerate((str(n), project, amount, fiscal, other)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=amount, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                         editor=f"编制单位：{dept}", unit_raw="金额单位：元", landscape=True),
                   repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 安顺


def layout_gz_as_school_self_eval_label_value_pairs(folder: Path, name: str) -> FileGold:
    dept = "安顺市西秀区第一高级中学"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评报告", dept, year,
                  cover=[(f"{dept}", 22), (f"{year}年度项目支出绩效自评表", 18), ("主管部门：安顺市西秀区教育局", 14)])
    projects = [
        ("普通高中国家助学金", ("86.00", "92.40", "92.40"), "92.40", "优秀",
         ("按标准发放国家助学金，资助家庭经济困难学生。", "资助学生616人次，资金足额发放。"), [
             Ind("产出指标", "数量指标", "资助学生人次", "不少于600人次", (">=", 600, "人次"), "20", "616人次", "20"),
             Ind("产出指标", "质量指标", "资助对象认定准确率", "不低于98%", (">=", 98, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "资金发放时限", "不超过30天", ("<=", 30, "天"), "10", "21天", "10"),
             Ind("产出指标", "成本指标", "生均资助标准", "1500元/生·年", ("=", 1500, "元/生·年"), "10",
                 "1500元/生·年", "10"),
             Ind("效益指标", "社会效益指标", "因贫辍学学生人数", "0人", ("=", 0, "人"), "15", "0人", "15"),
             Ind("效益指标", "可持续影响指标", "资助育人长效机制", "持续发挥作用", Q, "10", "持续发挥作用", "10"),
             Ind("满意度指标", "服务对象满意度指标", "受助学生满意度", "不低于90%", (">=", 90, "%"), "10", "95%", "10"),
         ]),
        ("学校食堂设备更新", ("85.00", "85.00", "76.50"), "85.00", "良好",
         ("更新食堂厨具和冷链设备，保障师生饮食安全。", "完成主要厨具更新，冷链设备部分到货。"), [
             Ind("产出指标", "数量指标", "更新厨具设备台（套）数", "不少于40台（套）", (">=", 40, "台(套)"), "20",
                 "36台（套）", "16", "冷链设备供货延迟"),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "设备安装完成时间", "2024年9月开学前", (None, None, None), "15", "2024年10月",
                 "10", "供货商交付延迟"),
             Ind("效益指标", "社会效益指标", "食品安全事故发生数", "0起", ("=", 0, "起"), "20", "0起", "20"),
             Ind("满意度指标", "服务对象满意度指标", "就餐师生满意度", "不低于85%", (">=", 85, "%"), "10", "88%", "10"),
             Ind("效益指标", "可持续影响指标", "设备使用年限", "不少于8年", (">=", 8, "年"), "10", "8年", "10"),
         ]),
    ]
    widths = [56, 58, 80, 80, 66, 40, 48, 82]
    for project, (initial, budget, executed), fiscal, grade, goal, inds in projects:
        rate = _rate(budget, executed)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 7, project))
        rows.add((0, 1, "主管部门"), (1, 2, "安顺市西秀区教育局"), (3, 2, "实施单位"), (5, 3, dept))
        rows.add((0, 2, "年初预算数（万元）"), (2, 1, initial), (3, 2, "全年预算数（万元）"), (5, 1, budget),
                 (6, 1, "全年执行数（万元）"), (7, 1, executed))
        rows.add((0, 2, "其中：财政拨款（万元）"), (2, 1, fiscal), (3, 2, "上年结转（万元）"), (5, 1, "/"),
                 (6, 1, "其他资金（万元）"), (7, 1, "/"))
        rows.add((0, 2, "预算执行率"), (2, 1, rate[0]), (3, 2, "分值"), (5, 1, "10"), (6, 1, "得分"), (7, 1, rate[2]))
        rows.add((0, 1, "年度目标"), (1, 4, goal[0]), (5, 1, "实际完成情况"), (6, 2, goal[1]))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因分析及改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        score = _total(inds, rate[1])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{score:.2f}"), (7, 1, ""))
        rows.add((0, 5, "自评等级"), (5, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"填报单位（盖章）：{dept}", kind=SELF_EVAL), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        g = {"优秀": "优", "良好": "良"}[grade]
        doc.gold.self_evaluation(project, "万元", budget, executed, score, g)
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 云南 丽江

MIDTERM = ("到2027年底，建成胸痛中心、卒中中心、创伤中心，重症监护床位占比达到国家县级医院综合能力建设标准，"
           "县域内就诊率稳定在90%以上，基本实现大病不出县；"
           "县域医共体内上下转诊机制顺畅运行，乡镇卫生院急诊急救能力同步提升，群众就医获得感明显增强。")
COSTING = ("重症监护病房改造按同类工程单方造价测算；监护仪、呼吸机、除颤仪等设备按近三年政府采购中标均价测算；"
           "人才进修按省级医院进修收费标准及往返交通、住宿补助标准测算。2025年安排病房改造及设备购置资金，"
           "2026—2027年安排中心建设及验收资金，其中年度资金中上年结转部分为2024年已下达未支付的设计及监理费用。")
SCHEDULE = ("2025年1—3月完成病房改造设计和设备采购需求论证；4—6月完成政府采购并开工建设；7—10月完成病房改造、"
            "设备安装调试及人员培训；11—12月完成竣工验收并投入使用。2026年启动胸痛中心、卒中中心建设，"
            "2027年完成创伤中心建设并申请省级验收。项目实施过程中由医院基建科、设备科、医务科分工负责，"
            "县卫生健康局按季度开展绩效运行监控，发现偏差及时纠偏。")


def layout_yn_lj_hospital_declaration_total_year_yuan(folder: Path, name: str) -> FileGold:
    dept = "玉龙纳西族自治县人民医院"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标申报表", dept, year)
    projects = [
        ("县域医疗卫生次中心建设（2025-2027年）", "YL2025-WJ-006",
         ("3,600,000.00", "1,200,000.00", "1,000,000.00", "200,000.00", "—"),
         "依据《云南省“十四五”卫生健康发展规划》及县域医共体建设实施方案，补齐县级医院急诊急救、重症监护等能力短板，"
         "建设县域医疗卫生次中心，缓解群众跨区域就医难题。",
         "2025年完成重症监护病房改造及配套设备购置，开展专科人才进修培训；2026—2027年完成胸痛、卒中中心建设并通过验收。"
         "项目按照政府采购程序实施，设备采购纳入县级集中采购目录管理，资金按工程进度拨付。",
         "完成重症监护病房改造，新增监护床位，提升县域急危重症救治能力，县域内就诊率稳步提高。", [
             Ind("产出指标", "数量指标", "新增重症监护床位", "≥12张", (">=", 12, "张"), note="项目实施方案"),
             Ind("产出指标", "数量指标", "购置监护及急救设备", "≥36台（套）", (">=", 36, "台(套)"), note="采购计划"),
             Ind("产出指标", "数量指标", "专科人才进修培训人数", "≥20人", (">=", 20, "人"), note="培训计划"),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), note="验收报告"),
             Ind("产出指标", "质量指标", "改造工程质量合格率", "100%", ("=", 100, "%"), note="竣工验收资料"),
             Ind("产出指标", "时效指标", "病房改造完成时间", "2025年10月31日前", (None, None, None), note="施工合同"),
             Ind("产出指标", "成本指标", "单张监护床位改造成本", "≤8万元", ("<=", 8, "万元"), note="同类项目造价"),
             Ind("效益指标", "社会效益指标", "县域内就诊率", "≥90%", (">=", 90, "%"), note="医共体考核数据"),
             Ind("效益指标", "社会效益指标", "急危重症患者外转率", "≤5%", ("<=", 5, "%"), note="病案统计"),
             Ind("效益指标", "可持续影响指标", "县域急诊急救体系", "基本建成", Q, note="建设规划"),
             Ind("满意度指标", "服务对象满意度指标", "住院患者满意度", "≥90%", (">=", 90, "%"), note="第三方调查"),
             Ind("满意度指标", "服务对象满意度指标", "医务人员满意度", "≥85%", (">=", 85, "%"), note="内部问卷"),
         ]),
        ("公立医院综合改革补助", "YL2025-WJ-011",
         ("860,000.00", "860,000.00", "860,000.00", "—", "—"),
         "依据公立医院综合改革有关政策，对取消药品加成和落实分级诊疗予以补助。",
         "用于弥补取消药品加成减少的收入和对口帮扶乡镇卫生院支出。",
         "保障医院平稳运行，药占比持续下降，对口帮扶乡镇卫生院服务能力提升。", [
             Ind("产出指标", "数量指标", "对口帮扶乡镇卫生院数", "≥6家", (">=", 6, "家"), note="帮扶协议"),
             Ind("产出指标", "数量指标", "下派医师人次", "≥48人次", (">=", 48, "人次"), note="派驻计划"),
             Ind("产出指标", "质量指标", "药占比", "≤28%", ("<=", 28, "%"), note="绩效考核指标"),
             Ind("产出指标", "时效指标", "补助资金到位时间", "2025年6月30日前", (None, None, None), note="县级财政安排"),
             Ind("效益指标", "经济效益指标", "门诊次均费用增幅", "≤3%", ("<=", 3, "%"), note="上年统计"),
             Ind("效益指标", "社会效益指标", "群众看病就医负担", "有所减轻", Q, note="政策目标"),
             Ind("效益指标", "可持续影响指标", "公立医院运行机制", "持续完善", Q, note="改革方案"),
             Ind("满意度指标", "服务对象满意度指标", "门诊患者满意度", "≥90%", (">=", 90, "%"), note="第三方调查"),
         ]),
    ]
    widths = [58, 80, 92, 92, 92, 86]
    for project, code, money, basis, content, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 1, code))
        rows.add((0, 1, "主管部门"), (1, 3, "玉龙纳西族自治县卫生健康局"), (4, 1, "项目单位"), (5, 1, dept))
        rows.add((0, 1, "项目类型"), (1, 3, "其他运转类项目" if "补助" in project else "特定目标类项目"),
                 (4, 1, "项目联系人"), (5, 1, "和丽华"))
        rows.add((0, 1, "立项依据"), (1, 5, basis))
        rows.add((0, 1, "实施内容"), (1, 5, content))
        total, amount = money[:2]
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（元）")
        for k, (h, v) in enumerate(zip(("项目总额", "年度资金", "其中：财政资金", "其中：上年结转", "其他资金"), money)):
            rows.put(r, 1 + k, 1, 1, h)
            rows.put(r + 1, 1 + k, 1, 1, v)
        if total != amount:  # a multi-year project prints its 中期 target and the sums behind its money
            rows.add((0, 1, "中期绩效目标"), (1, 5, MIDTERM))
            rows.add((0, 1, "资金测算依据"), (1, 5, COSTING))
            rows.add((0, 1, "实施进度计划"), (1, 5, SCHEDULE))
            rows.add((0, 1, "项目起止年限"), (1, 3, "2025年1月—2027年12月"), (4, 1, "联系电话"), (5, 1, "0888-5122031"))
            rows.add((0, 1, "实施地点"), (1, 3, "医院住院综合楼三层"), (4, 1, "采购方式"), (5, 1, "公开招标"))
            rows.add((0, 1, "前期工作"), (1, 5, "已完成可行性研究报告批复和初步设计，具备开工条件。"))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值",
                                                            "指标值设定依据", "备注"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.note), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标申报表",
                             editor=f"填报单位：{dept}（{year}年度）"), repeat=(head, 1), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        fiscal, carried = money[2:4]
        doc.gold.project(project, "元", code=code, total=total, year=amount, fiscal=fiscal,
                         carried=None if carried == "—" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 西藏 日喀则


def layout_xz_rkz_budget_central_subsidy_symbol_column(folder: Path, name: str) -> FileGold:
    dept = "日喀则市桑珠孜区卫生健康委员会"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "5,236.80"), ("二、上年结转", "15.60")],
                  [("卫生健康支出", "4,980.40"), ("社会保障和就业支出", "272.00")])
    projects = [
        ("包虫病综合防治", ("268.00", "180.00", "88.00", "0.00"),
         "完成重点人群包虫病筛查和患者救治，犬只驱虫全覆盖，遏制包虫病传播。", [
             Ind("产出指标", "数量指标", "重点人群筛查人数", ("≥", "5.5万人"), (">=", 5.5, "万人")),
             Ind("产出指标", "数量指标", "家犬驱虫覆盖村居数", ("≥", "186个"), (">=", 186, "个")),
             Ind("产出指标", "质量指标", "患者规范治疗率", ("≥", "95%"), (">=", 95, "%")),
             Ind("产出指标", "时效指标", "筛查结果反馈时间", ("≤", "15天"), ("<=", 15, "天")),
             Ind("效益指标", "社会效益指标", "新发包虫病病例", ("<", "10例"), ("<", 10, "例")),
             Ind("效益指标", "可持续影响指标", "群众防治知识知晓率", ("≥", "85%"), (">=", 85, "%")),
             Ind("满意度指标", "服务对象满意度指标", "患者满意度", ("≥", "90%"), (">=", 90, "%")),
         ]),
        ("孕产妇住院分娩补助", ("75.60", "—", "60.00", "15.60"),
         "落实孕产妇住院分娩补助政策，提高住院分娩率，保障母婴安全。", [
             Ind("产出指标", "数量指标", "补助孕产妇人数", ("≥", "1800人"), (">=", 1800, "人")),
             Ind("产出指标", "质量指标", "住院分娩率", ("≥", "98%"), (">=", 98, "%")),
             Ind("产出指标", "时效指标", "补助发放时限", ("≤", "30天"), ("<=", 30, "天")),
             Ind("产出指标", "成本指标", "每例补助标准", ("=", "420元"), ("=", 420, "元")),
             Ind("效益指标", "社会效益指标", "孕产妇死亡率", ("≤", "50/10万"), ("<=", 50, "/10万")),
             Ind("效益指标", "社会效益指标", "母婴安全保障水平", ("定性", "进一步提高"), Q),
             Ind("满意度指标", "服务对象满意度指标", "孕产妇满意度", ("≥", "90%"), (">=", 90, "%")),
         ]),
    ]
    widths = [70, 84, 150, 40, 76, 60]
    for project, (amount, central, fiscal, carried), goal, inds in projects:
        unit_name = "桑珠孜区疾病预防控制中心" if central != "—" else "桑珠孜区妇幼保健院"
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 2, "实施单位"), (5, 1, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        for k, (label, value) in enumerate((("年度资金总额：", amount), ("其中：中央补助资金", central),
                                            ("其中：财政拨款", fiscal), ("上年结转资金", carried))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 3, value)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        r = rows.n
        for c, text in enumerate(("一级指标", "二级指标", "三级指标")):
            rows.put(r, c, 2, 1, text)
        rows.put(r, 3, 1, 2, "指标值")
        rows.put(r + 1, 3, 1, 1, "符号")
        rows.put(r + 1, 4, 1, 1, "数值")
        rows.put(r, 5, 2, 1, "备注")
        rows.add(*[(k, 1, str(k + 1)) for k in range(6)])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"部门名称：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=amount, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 四川 广元


def layout_sc_gy_accounts_dept_self_eval_income_kinds(folder: Path, name: str) -> FileGold:
    dept = "广元市利州区民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、财政拨款收入", "8,912.64"), ("二、其他收入", "35.00")],
                    [("一、社会保障和就业支出", "8,530.14"), ("二、卫生健康支出", "417.50")])
    budget, executed = "92,350,000.00", "89,476,400.00"
    rate = _rate(budget, executed)
    inds = [
        Ind("产出指标", "数量指标", "城乡低保保障人数", "≥1.1万人", (">=", 1.1, "万人"), "15", "1.12万人", "15"),
        Ind("产出指标", "数量指标", "特困人员供养人数", "≥1600人", (">=", 1600, "人"), "10", "1588人", "9",
            "部分人员自然减员"),
        Ind("产出指标", "质量指标", "低保对象认定准确率", "≥98%", (">=", 98, "%"), "10", "99%", "10"),
        Ind("产出指标", "时效指标", "救助资金按月发放率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", Q, "15", "得到有效保障", "15"),
        Ind("效益指标", "社会效益指标", "养老机构护理型床位占比", "≥55%", (">=", 55, "%"), "10", "52%", "8",
            "新建机构尚未投用"),
        Ind("效益指标", "可持续影响指标", "社会救助兜底保障机制", "持续健全", Q, "10", "持续健全", "10"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "10", "91.5%", "10"),
    ]
    widths = [58, 40, 92, 82, 82, 82, 52, 44]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 7, dept))
    r = rows.n
    rows.put(r, 0, 6, 1, "部门资金（元）")
    rows.put(r, 1, 1, 2, "")
    for k, h in enumerate(("年初预算数", "全年预算数", "全年执行数", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, h)
    lines = [("年度资金总额", "88,600,000.00", budget, executed, rate[0], rate[2]),
             ("按收入性质分：", "", "", "", "", ""),
             ("一般公共预算", "86,200,000.00", "89,640,000.00", "86,841,400.00", "—", "—"),
             ("政府性基金", "2,050,000.00", "2,360,000.00", "2,285,000.00", "—", "—"),
             ("其他资金", "350,000.00", "350,000.00", "350,000.00", "—", "—")]
    for n, line in enumerate(lines, 1):
        rows.put(r + n, 1, 1, 2, line[0])
        for k, v in enumerate(line[1:]):
            rows.put(r + n, 3 + k, 1, 1, v)
    rows.add((0, 1, "年度总体目标完成情况"), (1, 7, "兜牢民生底线，城乡低保、特困供养、临时救助政策全面落实，养老服务体系持续完善。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    score = _total(inds, rate[1])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{score:.2f}"), (7, 1, ""))
    rows.add((0, 5, "绩效自评等级"), (5, 3, "良好"))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度部门整体支出绩效自评表",
                         editor=f"填报单位：{dept}", kind=SELF_EVAL), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "元", budget, executed, score, "良")

    project = "困难群众救助补助"
    p_budget, p_exec = "3,486.20", "3,462.75"
    rate = _rate(p_budget, p_exec)
    inds = [
        Ind("产出指标", "数量指标", "临时救助人次", "≥2500人次", (">=", 2500, "人次"), "15", "2716人次", "15"),
        Ind("产出指标", "数量指标", "城乡低保月人均补差", "≥420元", (">=", 420, "元"), "15", "436元", "15"),
        Ind("产出指标", "质量指标", "救助对象动态管理率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "临时救助审批时限", "≤5个工作日", ("<=", 5, "个工作日"), "10", "4个工作日", "10"),
        Ind("效益指标", "社会效益指标", "因病因灾返贫致贫情况", "有效遏制", Q, "20", "有效遏制", "20"),
        Ind("效益指标", "可持续影响指标", "社会救助信息化水平", "逐步提升", Q, "10", "逐步提升", "10"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 7, project))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 2, "利州区社会救助服务中心"))
    r = rows.n
    rows.put(r, 0, 3, 1, "项目资金（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, h in enumerate(("全年预算数", "全年执行数", "执行率", "分值", "得分")):
        rows.put(r, 3 + k, 1, 1, h)
    for n, line in enumerate((("年度资金总额", p_budget, p_exec, rate[0], "10", rate[2]),
                              ("其中：财政拨款", "3,486.20", "3,462.75", "—", "—", "—")), 1):
        rows.put(r + n, 1, 1, 2, line[0])
        for k, v in enumerate(line[1:]):
            rows.put(r + n, 3 + k, 1, 1, v)
    rows.add((0, 1, "年度目标完成情况"), (1, 7, "及时足额发放各类救助资金，困难群众基本生活得到保障。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    score = _total(inds, rate[1])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{score:.2f}"), (7, 1, ""))
    rows.add((0, 5, "绩效自评等级"), (5, 3, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                         editor=f"填报单位：{dept}", kind=SELF_EVAL), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", p_budget, p_exec, score, "优")
    doc.gold.project(project, "万元", year=p_budget, fiscal="3,486.20")
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆 涪陵


def layout_cq_fl_street_budget_two_forms_a_page_ranges(folder: Path, name: str) -> FileGold:
    dept = "重庆市涪陵区崇义街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "1,862.40"), ("二、上年结转", "12.00")],
                  [("一般公共服务支出", "1,126.40"), ("城乡社区支出", "548.00"), ("农林水支出", "200.00")])
    projects = [
        ("城市社区网格化管理", ("64.00", "58.00", "6.00", "—"),
         "配齐社区网格员，实现网格事件发现、处置闭环管理。", [
             Ind("产出指标", "数量指标", "配备专职网格员", "达到48人", (">=", 48, "人")),
             Ind("产出指标", "质量指标", "网格事件办结率", "90%-95%", ("range", 90, "%", 95)),
             Ind("产出指标", "时效指标", "一般事件处置时限", "3～5个工作日", ("range", 3, "个工作日", 5)),
             Ind("效益指标", "社会效益指标", "辖区矛盾纠纷调处成功率", "高于92%", (">", 92, "%")),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("背街小巷环境整治", ("120.00", "120.00", "0.00", "—"),
         "整治背街小巷12条，改善人居环境。", [
             Ind("产出指标", "数量指标", "整治背街小巷", "12条", ("=", 12, "条")),
             Ind("产出指标", "时效指标", "整治工程完工时间", "2025年10月底前", (None, None, None)),
             Ind("产出指标", "成本指标", "整治工程费用", "控制在120万元以内", ("<=", 120, "万元")),
             Ind("效益指标", "社会效益指标", "占道经营投诉量", "同比下降", Q),
             Ind("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("农村公益性岗位补贴", ("38.40", "26.40", "12.00", "—"),
         "开发农村公益性岗位，托底安置就业困难人员。", [
             Ind("产出指标", "数量指标", "开发公益性岗位", "≥40个", (">=", 40, "个")),
             Ind("产出指标", "质量指标", "上岗人员在岗率", "达到100%", (">=", 100, "%")),
             Ind("产出指标", "成本指标", "人均月补贴标准", "800元", ("=", 800, "元")),
             Ind("效益指标", "社会效益指标", "安置人员返贫率", "低于2%", ("<", 2, "%")),
             Ind("满意度指标", "服务对象满意度指标", "安置人员满意度", "＞90%", (">", 90, "%")),
         ]),
    ]
    widths = [70, 80, 80, 80, 90]
    for n, (project, money, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目金额（万元）")
        for k, (h, v) in enumerate(zip(("合计", "本年财政拨款", "上年结转", "其他资金"), money)):
            rows.put(r, 1 + k, 1, 1, h)
            rows.put(r + 1, 1 + k, 1, 1, v)
        rows.add((0, 1, "绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{project}项目绩效目标表",
                             editor=f"单位名称：{dept}"), fresh_page=n % 2 == 0, gap=30)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        amount, fiscal, carried, _ = money
        doc.gold.project(project, "万元", year=amount, fiscal=fiscal, carried=carried)
    return doc.save(folder)


BLIND56: dict[str, Builder] = {
    "sn_wn_budget_spaced_money_labels": layout_sn_wn_budget_spaced_money_labels,
    "gs_zy_accounts_self_evals_yuan_reason_split": layout_gs_zy_accounts_self_evals_yuan_reason_split,
    "qh_hd_town_short_forms_money_sentence": layout_qh_hd_town_short_forms_money_sentence,
    "nx_zw_budget_dept_wide_income_source_heads": layout_nx_zw_budget_dept_wide_income_source_heads,
    "xj_hm_budget_landscape_list_direction_column": layout_xj_hm_budget_landscape_list_direction_column,
    "gz_as_school_self_eval_label_value_pairs": layout_gz_as_school_self_eval_label_value_pairs,
    "yn_lj_hospital_declaration_total_year_yuan": layout_yn_lj_hospital_declaration_total_year_yuan,
    "xz_rkz_budget_central_subsidy_symbol_column": layout_xz_rkz_budget_central_subsidy_symbol_column,
    "sc_gy_accounts_dept_self_eval_income_kinds": layout_sc_gy_accounts_dept_self_eval_income_kinds,
    "cq_fl_street_budget_two_forms_a_page_ranges": layout_cq_fl_street_budget_two_forms_a_page_ranges,
}
SETS: dict[str, dict[str, Builder]] = {"blind56": BLIND56}


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
    """Write every layout of ``which`` ("blind56") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
