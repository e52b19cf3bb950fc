"""BLIND59 performance forms: ten layouts as a district of 随州, a county of 衡阳, a district of
萍乡, a district of 梧州, a hospital of 文昌, a district of 阳江, a county of 开封, a district of
马鞍山, a 街道 of 涪陵 and a school of 莆田 print their 项目支出绩效目标表, 部门整体支出绩效目标表,
项目支出绩效自评表 and 部门整体支出绩效自评表, written by an author who had read neither the form
reader nor the earlier blind sets (only the gold helpers and page composer of ``form_layouts``
and the gold conventions of BLIND9's docstring). Each layout writes one PDF and its gold in the
format of ``form_layouts.write_set``; the gold is written by hand with
``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

hub_sz_budget_spaced_money_pairs  湖北 随州 district 部门预算: budget tables, then one
        项目支出绩效目标表 per project whose money sits in pairs under spaced labels (资 金 总 额 |
        v | 其中：财政拨款 | v, 上 年 结 转 | v or — | 其 他 资 金 | v), unit in the editor line
hun_hy_budget_source_grid_yuan_dept_wide  湖南 衡阳 county 部门预算: a 部门整体支出绩效目标表
        (no weights), then project forms in 元 with a 资金来源 grid: heads 资金总额 | 一般公共预算
        财政拨款收入 | 政府性基金预算财政拨款收入 | 专项债券 | 其他资金 over a figures row with separators
jx_px_accounts_stage_columns_self_evals  江西 萍乡 district 部门决算: accounts tables, then a
        部门整体支出绩效自评表 (label | value money) and two 项目支出绩效自评表 whose money rows
        (年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金) run under 年初预算数 | 全年预算数 |
        全年执行数 | 分值 | 执行率 | 得分 with "/" in empty cells
gx_wz_two_forms_a_page_stacked_unit_column  广西 梧州 district: three short forms, two to a
        page, money stacked one label a row (项目总金额 / 其中：财政资金 / 其他资金) in 万元 with the
        unit in the cell, targets split 指标值 | 计量单位, 权重
hi_wc_hospital_money_sentence_ranges  海南 文昌 hospital: two short forms whose money is one
        sentence in a merged cell (年度资金总额X万元，其中：财政拨款X万元，…), ranges, a deadline
gd_yj_budget_landscape_list_column_numbers  广东 阳江 district 部门预算: landscape list 项目名称 |
        资金总额 | 财政拨款 | 其他资金 | 一级 | 二级 | 三级 | 指标值, a column-number row, project and
        money cells merged down the project's rows, the last project cut by the page break (its
        name and money printed in the larger part), header and column numbers repeated
ha_kf_self_eval_yuan_pairs_grade_words  河南 开封 county: two 项目支出绩效自评表 in 元, money as
        label | value pairs (全年预算数（元） | v | 全年执行数（元） | v | 执行率 | v | 得分 | v),
        偏差原因分析, 总分 and 绩效等级 in words (优秀 / 良好)
ah_mas_budget_dept_wide_weights_heads_row  安徽 马鞍山 district 部门预算: 部门整体支出绩效目标表
        with weights and a 部门预算资金 block, then project forms with money heads (资金总额 |
        当年财政拨款 | 上年结转 | 其他资金) over one figures row (a 0.00 上年结转)
cq_fl_street_form_cut_by_page_break  重庆 涪陵 街道: two 项目支出绩效目标表 running down the
        pages, money stacked (年度资金总额： / 其中：财政拨款： / 上年结转： / 其他资金：) under a merged
        项目资金（万元） cell with full-width colons, then 立项依据 / 项目实施内容 prose; the second
        form is cut by the page break inside its money block, its grid on the next page
fj_pt_school_self_evals_unit_title  福建 莆田 school (二级单位): a 部门整体支出绩效自评表 with
        stage columns (年初预算数 | 全年预算数 | 全年执行数) and a project self evaluation, the unit in
        the title line (金额单位：万元), 指标值 split 指标方向 | 指标值 | 计量单位

Gold conventions: BLIND9's docstring, with these rulings:

- Money: fiscal = the 财政拨款 / 财政资金 figure as printed, or the sum of the source lines
  named …财政拨款收入 (专项债券 and 其他资金 never fiscal); a printed 0.00 上年结转 is 0.00, a "—"
  or "/" one is no amount. A 部门整体 form's money is not a project's.
- 达到 N reads ">="; 控制在N以内 reads "<="; split 指标方向 | 指标值 | 计量单位 cells are joined in
  reading order ("≥95%"), 定性 joined too ("定性明显改善").
- Self evaluations: budget / executed = the 年度资金总额 row's 全年预算数 / 全年执行数 (or the
  pairs); score = the printed 总分 (the execution score plus the indicator scores); 优秀 / 良好
  read 优 / 良. A project self evaluation gives its project's money (year = 全年预算数, fiscal =
  the 财政拨款 row's 全年预算数, carried = the 上年结转 row's where a figure is printed).
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
    """The front of a 部门预算: contents, 部门概况, two budget tables, the 绩效目标 heading."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实上级决策部署，依法履行本行业管理和公共服务职责。",
        "二、机构设置。本部门预算包括部门本级及所属单位的预算。",
        f"三、{year}年重点工作。围绕年度目标任务，统筹安排各项支出，保障重点工作顺利开展。",
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
                              f"编制部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    basic = total_out * Decimal("0.62")
    doc.pages.table(TableSpec("一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [200, 100, 100, 100],
                              [(0, 0, 1, 1, "科目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出"),
                               (0, 3, 1, 1, "项目支出")], 1,
                              [plain_row(["合计", f"{total_out:,.2f}", f"{basic:,.2f}", f"{total_out - basic:,.2f}"])],
                              ["l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标", [
        f"按照预算绩效管理要求，{dept}对{year}年项目支出编制了绩效目标，现予公开。"])


def _rate_score(budget: str, executed: str) -> float:
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    return min(10.0, float(e / b) * 10)


def _total(budget: str, executed: str, inds: list[Ind]) -> float:
    return round(_rate_score(budget, executed) + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- 湖北 随州


def layout_hub_sz_budget_spaced_money_pairs(folder: Path, name: str) -> FileGold:
    dept = "随州市曾都区农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "2,860.40"), ("其他收入", "45.00")],
                  [("农林水支出", "2,715.40"), ("社会保障和就业支出", "190.00")])
    projects = [
        ("高标准农田建设管护", "421303251000012", "随州市曾都区农田建设服务中心", "320.00", "300.00", "20.00", "0.00",
         "完成高标准农田设施管护，保障灌排设施正常运行。", [
             Ind("产出指标", "数量指标", "管护高标准农田面积", "≥4.5万亩", (">=", 4.5, "万亩")),
             Ind("产出指标", "数量指标", "维修灌排渠道长度", "≥18公里", (">=", 18, "公里")),
             Ind("产出指标", "质量指标", "设施完好率", "≥90%", (">=", 90, "%")),
             Ind("产出指标", "时效指标", "管护任务完成时间", "2025年11月底前", (None, None, None)),
             Ind("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥30公斤", (">=", 30, "公斤")),
             Ind("效益指标", "可持续影响指标", "农田设施管护机制", "长效运行", Q),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("动物疫病强制免疫", "421303251000027", "随州市曾都区动物疫病预防控制中心", "86.00", "86.00", "—", "0.00",
         "落实重大动物疫病强制免疫，免疫密度保持在要求水平。", [
             Ind("产出指标", "数量指标", "口蹄疫免疫畜禽数量", "≥12万头", (">=", 12, "万头")),
             Ind("产出指标", "质量指标", "应免畜禽免疫密度", "≥90%", (">=", 90, "%")),
             Ind("产出指标", "质量指标", "免疫抗体合格率", "≥70%", (">=", 70, "%")),
             Ind("产出指标", "成本指标", "疫苗采购成本", "≤86万元", ("<=", 86, "万元")),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "0次", ("=", 0, "次")),
             Ind("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("农村人居环境整治", "421303251000035", "随州市曾都区农业农村局", "150.00", "120.00", "—", "30.00",
         "推进农村厕所革命和生活垃圾治理，改善村庄环境。", [
             Ind("产出指标", "数量指标", "改造农村户厕数", "≥800户", (">=", 800, "户")),
             Ind("产出指标", "数量指标", "整治村庄个数", "12个", ("=", 12, "个")),
             Ind("产出指标", "质量指标", "改厕验收合格率", "100%", ("=", 100, "%")),
             Ind("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥95%", (">=", 95, "%")),
             Ind("效益指标", "社会效益指标", "村容村貌", "明显改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [66, 80, 120, 84, 84, 74]
    for project, code, unit_name, total, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金")
        rows.put(r, 1, 1, 1, "资 金 总 额")
        rows.put(r, 2, 1, 1, total)
        rows.put(r, 3, 1, 1, "其中：财政拨款")
        rows.put(r, 4, 1, 2, fiscal)
        rows.put(r + 1, 1, 1, 1, "上 年 结 转")
        rows.put(r + 1, 2, 1, 1, carried)
        rows.put(r + 1, 3, 1, 1, "其 他 资 金")
        rows.put(r + 1, 4, 1, 2, other)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 2, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 2, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"编制单位：{dept}　　金额单位：万元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", code=code, year=total, fiscal=fiscal,
                         carried=None if carried == "—" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖南 衡阳


def layout_hun_hy_budget_source_grid_yuan_dept_wide(folder: Path, name: str) -> FileGold:
    dept = "衡阳县水利局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 22)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "4,120.00"), ("政府性基金预算拨款收入", "680.00")],
                  [("农林水支出", "4,800.00")])
    dept_inds = [
        Ind("产出指标", "数量指标", "完成水利工程维修养护处数", "≥60处", (">=", 60, "处")),
        Ind("产出指标", "数量指标", "河湖巡查次数", "不少于480次", (">=", 480, "次")),
        Ind("产出指标", "质量指标", "水库安全运行率", "100%", ("=", 100, "%")),
        Ind("产出指标", "时效指标", "汛前检查完成时间", "2025年4月30日前", (None, None, None)),
        Ind("效益指标", "社会效益指标", "农村自来水普及率", "达到92%", (">=", 92, "%")),
        Ind("效益指标", "生态效益指标", "主要河流断面水质达标率", "≥95%", (">=", 95, "%")),
        Ind("效益指标", "可持续影响指标", "河湖长制工作机制", "持续健全", Q),
        Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    rows.add((0, 1, "年度预算资金（万元）"), (1, 1, "合计"), (2, 1, "4,800.00"), (3, 1, "财政拨款"), (4, 2, "4,800.00"))
    rows.add((0, 1, "年度总体目标"), (1, 5, "加强水利工程运行管护，推进河湖长制，保障防汛安全和农村饮水安全。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
    doc.pages.grid(_spec(rows.cells, rows.n, [90, 80, 100, 80, 80, 80], title="部门整体支出绩效目标表",
                         editor=f"部门（单位）：{dept}"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in dept_inds]
    projects = [
        ("小型水库除险加固", "衡阳县水库管理服务中心",
         ("3,600,000.00", "1,200,000.00", "600,000.00", "1,800,000.00", "—"), "1,800,000.00",
         "完成6座小型水库除险加固，消除病险隐患。", [
             Ind("产出指标", "数量指标", "除险加固水库座数", "6座", ("=", 6, "座"), "20"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "主体工程完工时间", "2025年10月底前", (None, None, None), "10"),
             Ind("成本指标", "经济成本指标", "单座水库加固成本", "≤60万元", ("<=", 60, "万元"), "15"),
             Ind("效益指标", "社会效益指标", "保护下游人口", "≥1.2万人", (">=", 1.2, "万人"), "15"),
             Ind("效益指标", "可持续影响指标", "工程设计使用年限", "≥30年", (">=", 30, "年"), "15"),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("农村饮水安全维修养护", "衡阳县农村供水服务站",
         ("850,000.00", "720,000.00", "—", "—", "130,000.00"), "720,000.00",
         "维修养护农村供水工程，保障群众饮水安全。", [
             Ind("产出指标", "数量指标", "维修养护供水工程处数", "≥40处", (">=", 40, "处"), "25"),
             Ind("产出指标", "质量指标", "供水水质达标率", "≥95%", (">=", 95, "%"), "20"),
             Ind("产出指标", "时效指标", "故障维修响应时间", "≤24小时", ("<=", 24, "小时"), "15"),
             Ind("效益指标", "社会效益指标", "农村供水保障率", "不低于93%", (">=", 93, "%"), "15"),
             Ind("效益指标", "可持续影响指标", "供水工程良性运行", "长期", Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "用水户满意度", "≥88%", (">=", 88, "%"), "10"),
         ]),
    ]
    heads = ("资金总额", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "专项债券", "其他资金")
    for project, unit_name, money, fiscal, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金来源（元）")
        for k, (head, value) in enumerate(zip(heads, money)):
            rows.put(r, 1 + k, 1, 1, head)
            rows.put(r + 1, 1 + k, 1, 1, value)
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "分值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 86, 92, 92, 82, 82], title=f"{year}年项目支出绩效目标表",
                             editor=f"编制单位：{dept}", unit_raw="单位：元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        # fiscal: the two …财政拨款收入 lines summed; 专项债券 and 其他资金 are not fiscal
        doc.gold.project(project, "元", year=money[0], fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 萍乡


def _stage_self_eval(doc: FormDoc, project: str, unit_name: str, lines: list[tuple[str, str, str, str]],
                     goal: tuple[str, str], inds: list[Ind], grade: str, grade_gold: str) -> None:
    """A 项目支出绩效自评表 with money rows under 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分;
    lines = (label, 年初, 全年预算, 全年执行) with "/" where nothing is printed."""
    dept = doc.gold.department
    budget, executed = lines[0][2], lines[0][3]
    rate = Decimal(executed.replace(",", "")) / Decimal(budget.replace(",", "")) * 100
    rs = _rate_score(budget, executed)
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 8, project))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, unit_name))
    r = rows.n
    rows.put(r, 0, len(lines) + 1, 1, "项目资金（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, (label, initial, full, done) in enumerate(lines, 1):
        rows.put(r + k, 1, 1, 2, label)
        rest = ("10", f"{rate:.2f}%", f"{rs:.2f}") if k == 1 else ("/", "/", "/")
        for j, v in enumerate((initial, full, done, *rest)):
            rows.put(r + k, 3 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, goal[0])
    rows.put(r + 1, 5, 1, 4, goal[1])
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "年度指标值"), (5, 1, "实际完成值"),
             (6, 1, "分值"), (7, 1, "得分"), (8, 1, "偏差原因分析及改进措施"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    total = _total(budget, executed, inds)
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 6, "自评等级"), (6, 3, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, [52, 56, 48, 62, 58, 58, 36, 44, 96], title="项目支出绩效自评表",
                         editor=f"（{doc.gold.fiscal_year}年度）", kind="performance_self_evaluation"),
                   fresh_page=True)
    doc.gold.indicators += [_gold_ind(project, i) for i in inds]
    doc.gold.self_evaluation(project, "万元", budget, executed, total, grade_gold)
    by = {label: full for label, _, full, _ in lines}
    fiscal = next(v for k, v in by.items() if "财政拨款" in k)
    carried = next((v for k, v in by.items() if "上年结转" in k and v != "/"), None)
    doc.gold.project(project, "万元", year=budget, fiscal=fiscal, carried=carried)


def layout_jx_px_accounts_stage_columns_self_evals(folder: Path, name: str) -> FileGold:
    dept = "萍乡市安源区卫生健康委员会"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "6,245.80"), ("二、事业收入", "312.60")],
                    [("一、卫生健康支出", "6,120.40"), ("二、社会保障和就业支出", "438.00")])
    dept_inds = [
        Ind("产出指标", "数量指标", "家庭医生签约服务人数", "≥8.5万人", (">=", 8.5, "万人"), "15", "8.8万人", "15"),
        Ind("产出指标", "质量指标", "高血压患者规范管理率", "≥62%", (">=", 62, "%"), "15", "64.5%", "15"),
        Ind("产出指标", "时效指标", "突发公共卫生事件报告及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("效益指标", "社会效益指标", "电子健康档案规范使用率", "≥60%", (">=", 60, "%"), "15", "63%", "15"),
        Ind("效益指标", "社会效益指标", "居民健康素养水平", "达到30%", (">=", 30, "%"), "15", "28.6%", "13",
            "农村居民健康素养偏低，下年加强健康教育"),
        Ind("效益指标", "可持续影响指标", "基层医疗服务能力", "持续提升", Q, "10", "持续提升", "10"),
        Ind("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%", (">=", 90, "%"), "10", "91.3%", "10"),
    ]
    budget, executed = "6,720.00", "6,558.40"
    rate = Decimal("6558.40") / Decimal("6720.00") * 100
    total = _total(budget, executed, dept_inds)
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 7, dept))
    rows.add((0, 1, "年初预算数（万元）"), (1, 1, "6,480.00"), (2, 1, "全年预算数（万元）"), (3, 1, budget),
             (4, 1, "全年执行数（万元）"), (5, 1, executed), (6, 1, "执行率"), (7, 1, f"{rate:.2f}%"))
    rows.add((0, 1, "年度总体目标完成情况"), (1, 7, "落实基本公共卫生服务，家庭医生签约、慢病管理等任务全面完成。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "年度指标值"), (4, 1, "实际完成值"),
             (5, 1, "分值"), (6, 1, "得分"), (7, 1, "偏差原因分析"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                 (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "预算执行率得分（10分）"), (5, 2, f"{_rate_score(budget, executed):.2f}"), (7, 1, ""))
    rows.add((0, 5, "总分"), (5, 2, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 5, "自评等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 62, 90, 62, 62, 36, 40, 96], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in dept_inds]
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "优")
    _stage_self_eval(
        doc, "基本公共卫生服务补助", "萍乡市安源区疾病预防控制中心",
        [("年度资金总额", "1,260.00", "1,310.00", "1,284.50"), ("其中：当年财政拨款", "1,260.00", "1,180.00", "1,160.20"),
         ("上年结转资金", "/", "130.00", "124.30"), ("其他资金", "/", "/", "/")],
        ("为辖区居民提供基本公共卫生服务，重点人群健康管理率达标。", "服务项目全面开展，重点人群管理率达标。"), [
            Ind("产出指标", "数量指标", "65岁以上老年人健康管理人数", "≥2.1万人", (">=", 2.1, "万人"), "20", "2.3万人", "20"),
            Ind("产出指标", "数量指标", "适龄儿童免疫接种剂次", "≥6万剂次", (">=", 6, "万剂次"), "10", "6.4万剂次", "10"),
            Ind("产出指标", "质量指标", "电子健康档案建档率", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
            Ind("产出指标", "时效指标", "补助资金拨付时间", "2024年9月底前", (None, None, None), "5", "2024年9月", "5"),
            Ind("效益指标", "社会效益指标", "传染病报告率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("效益指标", "可持续影响指标", "基本公共卫生服务均等化水平", "稳步提高", Q, "15", "稳步提高", "14",
                "服务内涵有待提升"),
            Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", (">=", 85, "%"), "10", "88%", "10"),
        ], "优秀", "优")
    _stage_self_eval(
        doc, "计划生育家庭奖励扶助", "萍乡市安源区卫生健康委员会",
        [("年度资金总额", "540.00", "540.00", "498.80"), ("其中：当年财政拨款", "540.00", "540.00", "498.80"),
         ("上年结转资金", "/", "/", "/"), ("其他资金", "/", "/", "/")],
        ("按标准足额发放奖励扶助金，落实计划生育家庭扶助政策。", "资金按季度发放，少数对象因资格复核延后。"), [
            Ind("产出指标", "数量指标", "奖励扶助对象人数", "≥4500人", (">=", 4500, "人"), "20", "4386人", "18",
                "部分对象资格复核未通过"),
            Ind("产出指标", "质量指标", "资格审核准确率", "100%", ("=", 100, "%"), "20", "100%", "20"),
            Ind("产出指标", "时效指标", "扶助金发放及时率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
            Ind("效益指标", "社会效益指标", "计生家庭生活水平", "有所改善", Q, "20", "有所改善", "18"),
            Ind("满意度指标", "服务对象满意度指标", "扶助对象满意度", "≥90%", (">=", 90, "%"), "20", "93%", "20"),
        ], "良好", "良")
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西 梧州


def layout_gx_wz_two_forms_a_page_stacked_unit_column(folder: Path, name: str) -> FileGold:
    dept = "梧州市万秀区教育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("学前教育幼儿资助", "158.40", "158.40", "0.00", "资助家庭经济困难幼儿，保障其接受普惠性学前教育。", [
            Ind("产出指标", "数量指标", "资助幼儿人数", ("≥1200", "人次"), (">=", 1200, "人次"), "30"),
            Ind("产出指标", "质量指标", "资助对象认定准确率", ("100", "%"), ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "资助资金发放时限", ("≤30", "天"), ("<=", 30, "天"), "20"),
            Ind("效益指标", "社会效益指标", "困难家庭幼儿入园保障", ("有效保障", ""), Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "受助家庭满意度", ("≥90", "%"), (">=", 90, "%"), "10"),
        ]),
        ("校园安保购买服务", "96.00", "90.00", "6.00", "为辖区公办中小学配备专职保安，维护校园安全。", [
            Ind("产出指标", "数量指标", "配备专职保安人数", ("≥80", "人"), (">=", 80, "人"), "30"),
            Ind("产出指标", "质量指标", "保安持证上岗率", ("100", "%"), ("=", 100, "%"), "20"),
            Ind("成本指标", "经济成本指标", "人均保安服务费", ("≤1.2", "万元/年"), ("<=", 1.2, "万元/年"), "20"),
            Ind("效益指标", "社会效益指标", "校园安全责任事故", ("0", "起"), ("=", 0, "起"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "师生家长满意度", ("≥90", "%"), (">=", 90, "%"), "10"),
        ]),
        ("义务教育学校设备购置", "230.00", "230.00", "0.00", "为义务教育学校更新教学设备，改善办学条件。", [
            Ind("产出指标", "数量指标", "购置交互式教学一体机", ("≥120", "台"), (">=", 120, "台"), "30"),
            Ind("产出指标", "质量指标", "设备验收合格率", ("100", "%"), ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "设备安装完成时间", ("2025年8月31日前", ""), (None, None, None), "20"),
            Ind("效益指标", "可持续影响指标", "设备使用年限", ("≥6", "年"), (">=", 6, "年"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "教师满意度", ("≥92", "%"), (">=", 92, "%"), "10"),
        ]),
    ]
    widths = [74, 80, 150, 86, 60, 54]
    for k, (project, total, fiscal, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, dept))
        rows.add((0, 2, "项目总金额"), (2, 4, f"{total}万元"))
        rows.add((0, 2, "其中：财政资金"), (2, 4, f"{fiscal}万元"))
        rows.add((0, 2, "其他资金"), (2, 4, f"{other}万元"))
        rows.add((0, 1, "绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "计量单位"),
                 (5, 1, "权重"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"填报单位（盖章）：{dept}"), fresh_page=k % 2 == 0, gap=26)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 海南 文昌


def layout_hi_wc_hospital_money_sentence_ranges(folder: Path, name: str) -> FileGold:
    dept = "文昌市人民医院"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year,
                  cover=[(f"{dept}", 22), (f"{year}年项目支出绩效目标", 20), ("主管部门：文昌市卫生健康委员会", 14)])
    projects = [
        ("胸痛中心建设", "86.50", "80.00", "6.50",
         "建成胸痛中心并通过国家认证，缩短急性胸痛患者救治时间。", [
             Ind("产出指标", "数量指标", "培训急救医护人员", "≥150人次", (">=", 150, "人次")),
             Ind("产出指标", "质量指标", "门-球囊扩张时间达标率", "75%-85%", ("range", 75, "%", 85)),
             Ind("产出指标", "时效指标", "认证申报完成时间", "2025年9月30日前", (None, None, None)),
             Ind("成本指标", "经济成本指标", "设备购置成本", "控制在60万元以内", ("<=", 60, "万元")),
             Ind("效益指标", "社会效益指标", "急性心梗患者院内死亡率", "低于5%", ("<", 5, "%")),
             Ind("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("乡村医生能力提升培训", "24.00", "24.00", "0.00",
         "对辖区乡村医生开展轮训，提升基层常见病诊疗能力。", [
             Ind("产出指标", "数量指标", "培训乡村医生人数", "≥260人", (">=", 260, "人")),
             Ind("产出指标", "数量指标", "每人培训时长", "3～5天", ("range", 3, "天", 5)),
             Ind("产出指标", "质量指标", "培训考核合格率", "高于90%", (">", 90, "%")),
             Ind("效益指标", "社会效益指标", "基层诊疗能力", "明显提升", Q),
             Ind("效益指标", "可持续影响指标", "基层人才培养机制", "逐步完善", Q),
             Ind("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [70, 84, 150, 100, 100]
    for k, (project, total, fiscal, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, "文昌市卫生健康委员会"), (3, 1, "项目单位"), (4, 1, dept))
        rows.add((0, 1, "项目资金"), (1, 4, f"年度资金总额{total}万元，其中：财政拨款{fiscal}万元，其他资金{other}万元。"))
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效目标表",
                             editor=f"申报单位：{dept}"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 阳江


def layout_gd_yj_budget_landscape_list_column_numbers(folder: Path, name: str) -> FileGold:
    dept = "阳江市江城区住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "3,420.00"), ("其他收入", "80.00")],
                  [("城乡社区支出", "3,200.00"), ("住房保障支出", "300.00")])
    projects = [
        ("老旧小区改造配套", "1,250.00", "1,100.00", "150.00", [
            Ind("产出指标", "数量指标", "改造老旧小区个数", "≥14个", (">=", 14, "个")),
            Ind("产出指标", "数量指标", "惠及居民户数", "≥2600户", (">=", 2600, "户")),
            Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "年度改造任务完成时间", "2025年12月底前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "小区居住环境", "明显改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("城镇燃气安全专项整治", "380.00", "380.00", "0.00", [
            Ind("产出指标", "数量指标", "燃气用户安全检查户数", "≥3.6万户", (">=", 3.6, "万户")),
            Ind("产出指标", "数量指标", "老化管道更新长度", "≥12公里", (">=", 12, "公里")),
            Ind("产出指标", "质量指标", "隐患整改率", "≥98%", (">=", 98, "%")),
            Ind("效益指标", "社会效益指标", "燃气安全事故起数", "同比下降", Q),
            Ind("效益指标", "可持续影响指标", "燃气安全监管机制", "持续完善", Q),
            Ind("满意度指标", "服务对象满意度指标", "燃气用户满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("建筑工地扬尘治理", "64.00", "64.00", "0.00", [
            Ind("产出指标", "数量指标", "监督检查在建工地次数", "≥300次", (">=", 300, "次")),
            Ind("产出指标", "质量指标", "工地六个百分百达标率", "≥95%", (">=", 95, "%")),
            Ind("成本指标", "经济成本指标", "在线监测设备运维费", "≤18万元", ("<=", 18, "万元")),
            Ind("效益指标", "生态效益指标", "施工扬尘投诉量", "较上年减少", Q),
            Ind("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("保障性租赁住房筹集", "2,600.00", "1,900.00", "700.00", [
            Ind("产出指标", "数量指标", "筹集保障性租赁住房套数", "≥500套", (">=", 500, "套")),
            Ind("产出指标", "质量指标", "项目竣工验收合格率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "房源分配入住时间", "2025年12月31日前", (None, None, None)),
            Ind("成本指标", "经济成本指标", "每平方米改建成本", "不高于2200元", ("<=", 2200, "元")),
            Ind("效益指标", "社会效益指标", "新市民青年人住房困难", "有效缓解", Q),
            Ind("满意度指标", "服务对象满意度指标", "承租人满意度", "≥88%", (">=", 88, "%")),
        ]),
    ]
    heads = ("项目名称", "资金总额", "财政拨款", "其他资金", "一级指标", "二级指标", "三级指标", "指标值")
    rows = _Rows()
    rows.add(*[(k, 1, h) for k, h in enumerate(heads)])
    rows.add(*[(k, 1, str(k + 1)) for k in range(len(heads))])
    for project, total, fiscal, other, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 4, 5, lambda i: [(6, 1, i.name), (7, 1, i.raw)])
        for col, text in ((0, project), (1, total), (2, fiscal), (3, other)):
            rows.put(r0, col, len(inds), 1, text)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [110, 64, 64, 64, 74, 96, 170, 110], landscape=True,
                         title=f"{year}年项目支出绩效目标表", editor=f"部门名称：{dept}", unit_raw="单位：万元"),
                   repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 开封


def layout_ha_kf_self_eval_yuan_pairs_grade_words(folder: Path, name: str) -> FileGold:
    dept = "兰考县农业农村局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("耕地地力保护补贴", "兰考县农业农村局", "12,860,000.00", "12,860,000.00", "12,745,300.00",
         "足额发放耕地地力保护补贴，稳定种粮农民收益。", "补贴发放到户，少量因土地流转信息变更延后。", [
             Ind("产出指标", "数量指标", "补贴面积", "≥85万亩", (">=", 85, "万亩"), "20", "85.6万亩", "20"),
             Ind("产出指标", "质量指标", "补贴发放准确率", "100%", ("=", 100, "%"), "15", "99.8%", "14",
                 "个别农户信息有误，已核正"),
             Ind("产出指标", "时效指标", "补贴发放时间", "2024年6月底前", (None, None, None), "10", "2024年6月", "10"),
             Ind("成本指标", "经济成本指标", "亩均补贴标准", "150元/亩", ("=", 150, "元/亩"), "10", "150元/亩", "10"),
             Ind("效益指标", "经济效益指标", "种粮农民收益", "稳定增加", Q, "15", "稳定增加", "15"),
             Ind("效益指标", "生态效益指标", "耕地质量等级", "不降低", Q, "10", "未降低", "10"),
             Ind("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", (">=", 90, "%"), "10", "95%", "10"),
         ], "优秀", "优"),
        ("农作物病虫害统防统治", "兰考县植保植检站", "1,500,000.00", "1,650,000.00", "1,428,600.00",
         "开展小麦、玉米病虫害统防统治，减少粮食损失。", "完成统防统治作业，部分资金因招标延后未支付。", [
             Ind("产出指标", "数量指标", "统防统治作业面积", "≥30万亩次", (">=", 30, "万亩次"), "25", "31.2万亩次", "25"),
             Ind("产出指标", "质量指标", "防治效果", "≥85%", (">=", 85, "%"), "20", "86%", "20"),
             Ind("效益指标", "经济效益指标", "挽回粮食损失", "≥1.5万吨", (">=", 1.5, "万吨"), "20", "1.3万吨", "16",
                 "部分地块发生时间早于预期"),
             Ind("效益指标", "生态效益指标", "化学农药使用量", "较上年减少", Q, "15", "减少3.2%", "15"),
             Ind("满意度指标", "服务对象满意度指标", "种植户满意度", "≥85%", (">=", 85, "%"), "10", "84%", "9",
                 "宣传不到位"),
         ], "良好", "良"),
    ]
    widths = [64, 66, 100, 66, 66, 34, 34, 100]
    for project, unit_name, initial, budget, executed, goal, done, inds, grade, grade_gold in evals:
        rate = Decimal(executed.replace(",", "")) / Decimal(budget.replace(",", "")) * 100
        rs = _rate_score(budget, executed)
        total = _total(budget, executed, inds)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 7, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 4, unit_name))
        rows.add((0, 1, "年初预算数（元）"), (1, 2, initial), (3, 1, "全年预算数（元）"), (4, 4, budget))
        rows.add((0, 1, "其中：财政拨款（元）"), (1, 2, budget), (3, 1, "全年执行数（元）"), (4, 4, executed))
        rows.add((0, 1, "预算执行率"), (1, 2, f"{rate:.2f}%"), (3, 1, "执行率得分"), (4, 4, f"{rs:.2f}"))
        rows.add((0, 1, "年度目标"), (1, 3, goal), (4, 1, "完成情况"), (5, 3, done))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "年度指标值"), (4, 1, "实际完成值"),
                 (5, 1, "分值"), (6, 1, "得分"), (7, 1, "偏差原因分析"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 5, "总分"), (5, 2, f"{total:.2f}"), (7, 1, ""))
        rows.add((0, 5, "绩效等级"), (5, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"填报单位：{dept}", kind="performance_self_evaluation"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.self_evaluation(project, "元", budget, executed, total, grade_gold)
        doc.gold.project(project, "元", year=budget, fiscal=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 安徽 马鞍山


def layout_ah_mas_budget_dept_wide_weights_heads_row(folder: Path, name: str) -> FileGold:
    dept = "马鞍山市雨山区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 22)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "5,310.00")],
                  [("社会保障和就业支出", "5,010.00"), ("城乡社区支出", "300.00")])
    dept_inds = [
        Ind("产出指标", "数量指标", "城乡低保保障人数", "≥3200人", (">=", 3200, "人"), "15"),
        Ind("产出指标", "数量指标", "居家养老服务站点数", "≥24个", (">=", 24, "个"), "10"),
        Ind("产出指标", "质量指标", "低保对象认定准确率", "≥98%", (">=", 98, "%"), "10"),
        Ind("产出指标", "时效指标", "救助资金按月发放率", "100%", ("=", 100, "%"), "10"),
        Ind("成本指标", "经济成本指标", "“三公”经费支出", "较上年只减不增", Q, "5"),
        Ind("成本指标", "经济成本指标", "城市低保月人均补助标准", "＞850元", (">", 850, "元"), "10"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", Q, "15"),
        Ind("效益指标", "可持续影响指标", "社会救助体系", "不断健全", Q, "15"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    for k, (head, v) in enumerate((("合计", "5,310.00"), ("一般公共预算", "5,310.00"), ("政府性基金", "—"),
                                   ("其他资金", "—"), ("上年结转", "—"))):
        rows.put(r, 1 + k, 1, 1, head)
        rows.put(r + 1, 1 + k, 1, 1, v)
    rows.add((0, 1, "年度主要任务"), (1, 5, "保障城乡低保、特困供养等社会救助资金发放；发展居家养老服务；规范殡葬管理。"))
    rows.add((0, 1, "年度绩效目标"), (1, 5, "困难群众应保尽保，养老服务覆盖面持续扩大。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [92, 84, 90, 90, 90, 60], title="部门整体支出绩效目标表",
                         editor=f"填报单位：{dept}"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in dept_inds]
    projects = [
        ("特困人员救助供养", "860.00", "800.00", "0.00", "60.00", "落实特困人员基本生活和照料护理，集中供养率稳步提高。", [
            Ind("产出指标", "数量指标", "特困供养人数", "≥420人", (">=", 420, "人"), "20"),
            Ind("产出指标", "质量指标", "集中供养机构达标率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "供养金发放时间", "每月10日前", (None, None, None), "15"),
            Ind("效益指标", "社会效益指标", "特困人员基本生活", "得到保障", Q, "25"),
            Ind("满意度指标", "服务对象满意度指标", "供养对象满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
        ("社区居家养老服务", "210.00", "150.00", "40.00", "20.00", "为社区高龄、失能老人提供助餐、助洁等居家养老服务。", [
            Ind("产出指标", "数量指标", "服务老年人人次", "≥5万人次", (">=", 5, "万人次"), "20"),
            Ind("产出指标", "数量指标", "新建老年助餐点", "≥6个", (">=", 6, "个"), "15"),
            Ind("产出指标", "质量指标", "服务规范达标率", "≥95%", (">=", 95, "%"), "15"),
            Ind("成本指标", "经济成本指标", "每餐补助标准", "不超过5元", ("<=", 5, "元"), "10"),
            Ind("效益指标", "社会效益指标", "老年人生活质量", "有所提升", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%", (">=", 92, "%"), "20"),
        ]),
    ]
    heads = ("资金总额", "当年财政拨款", "上年结转", "其他资金")
    for project, total, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for k, (head, v) in enumerate(zip(heads, (total, fiscal, carried, other))):
            rows.put(r, 1 + k, 1, 1, head)
            rows.put(r + 1, 1 + k, 1, 1, v)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重（%）"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [96, 100, 120, 100, 90], title="项目支出绩效目标表",
                             editor=f"填报单位：{dept}"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆 涪陵


def layout_cq_fl_street_form_cut_by_page_break(folder: Path, name: str) -> FileGold:
    dept = "重庆市涪陵区敦仁街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    prose = {
        "背街小巷环境综合整治": (
            "依据《重庆市城市管理条例》和区委区政府关于城市精细化管理的工作要求组织开展。",
            "对辖区背街小巷路面、排水沟渠、公共照明和绿化设施进行集中整治。"),
        "社区网格化服务管理": (
            "依据《重庆市平安建设条例》、区委政法委关于深化网格化服务管理的实施意见，结合街道辖区人口多、"
            "流动人口集中、老旧小区和农贸市场分布广的实际，需配齐配强专职网格员，落实网格化服务管理工作经费。",
            "按照一网格一专职网格员的标准配备网格员，开展入户走访、信息采集、矛盾纠纷排查化解、安全隐患巡查、"
            "政策宣传和便民服务；依托基层治理平台实行事件上报、分拨、处置、反馈、评价闭环管理；"
            "组织网格员业务培训和考核，落实网格员补贴和工作保障。"),
    }
    projects = [
        ("背街小巷环境综合整治", "50010225T000017", "128.60", "118.60", "10.00",
         "完成背街小巷整治任务，辖区市容环境明显改善。", [
             Ind("产出指标", "数量指标", "整治背街小巷条数", "≥26条", (">=", 26, "条"), "10"),
             Ind("产出指标", "数量指标", "修复破损路面面积", "≥4800平方米", (">=", 4800, "平方米"), "10"),
             Ind("产出指标", "数量指标", "新增更换路灯盏数", "≥150盏", (">=", 150, "盏"), "10"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "10"),
             Ind("产出指标", "质量指标", "问题整改复查合格率", "≥95%", (">=", 95, "%"), "5"),
             Ind("产出指标", "时效指标", "整治任务完成时间", "2025年11月30日前", (None, None, None), "5"),
             Ind("成本指标", "经济成本指标", "每平方米路面修复成本", "≤180元", ("<=", 180, "元"), "10"),
             Ind("效益指标", "社会效益指标", "市容环境", "明显改善", Q, "15"),
             Ind("效益指标", "可持续影响指标", "常态化管护机制", "建立", Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("社区网格化服务管理", "50010225T000023", "72.00", "72.00", "0.00",
         "配齐社区专职网格员，及时发现处置矛盾纠纷和安全隐患。", [
             Ind("产出指标", "数量指标", "配备专职网格员人数", "≥48人", (">=", 48, "人"), "15"),
             Ind("产出指标", "数量指标", "网格事件上报处置件数", "≥3000件", (">=", 3000, "件"), "10"),
             Ind("产出指标", "质量指标", "网格事件按期办结率", "≥95%", (">=", 95, "%"), "15"),
             Ind("产出指标", "时效指标", "一般事件处置时限", "≤3个工作日", ("<=", 3, "个工作日"), "10"),
             Ind("成本指标", "经济成本指标", "网格员人均补贴", "≤1.5万元", ("<=", 1.5, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "矛盾纠纷化解率", "≥98%", (">=", 98, "%"), "15"),
             Ind("效益指标", "社会效益指标", "辖区重大安全事故", "零发生", Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "15"),
         ]),
    ]
    widths = [70, 86, 150, 110, 50, 50]
    for project, code, total, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, code))
        rows.add((0, 1, "主管部门"), (1, 5, "重庆市涪陵区人民政府"))
        rows.add((0, 1, "实施单位"), (1, 5, dept))
        rows.add((0, 1, "项目类别"), (1, 2, "一般性项目"), (3, 1, "项目期限"), (4, 2, "1年"))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        for k, (label, v) in enumerate((("年度资金总额：", total), ("其中：财政拨款：", fiscal),
                                        ("上年结转：", carried), ("其他资金：", "/"))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 3, v)
        rows.add((0, 1, "立项依据"), (1, 5, prose[project][0]))
        rows.add((0, 1, "项目实施内容"), (1, 5, prose[project][1]))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"),
                        (4, 1, "权重"), (5, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"（{year}年度）", unit_raw="单位：万元"), repeat=(head, 1),
                       fresh_page=project == projects[0][0], gap=30)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建 莆田


def layout_fj_pt_school_self_evals_unit_title(folder: Path, name: str) -> FileGold:
    dept = "莆田市荔城区第二实验小学"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度绩效自评表", dept, year,
                  cover=[(dept, 22), (f"{year}年度绩效自评报告", 20), ("主管部门：莆田市荔城区教育局", 14)])
    dept_inds = [
        Ind("产出指标", "数量指标", "在校学生人数", ("≥", "2400", "人"), (">=", 2400, "人"), "15", "2468人", "15"),
        Ind("产出指标", "数量指标", "开展课后服务学期数", ("=", "2", "个"), ("=", 2, "个"), "10", "2个", "10"),
        Ind("产出指标", "质量指标", "学生体质健康达标率", ("≥", "92", "%"), (">=", 92, "%"), "15", "93.5%", "15"),
        Ind("产出指标", "时效指标", "公用经费支付进度", ("≥", "90", "%"), (">=", 90, "%"), "10", "88%", "8",
            "部分维修项目年底结算"),
        Ind("效益指标", "社会效益指标", "义务教育巩固率", ("=", "100", "%"), ("=", 100, "%"), "15", "100%", "15"),
        Ind("效益指标", "可持续影响指标", "教育教学质量", ("定性", "稳步提升", ""), Q, "15", "稳步提升", "14"),
        Ind("满意度指标", "服务对象满意度指标", "家长满意度", ("≥", "90", "%"), (">=", 90, "%"), "10", "94%", "10"),
    ]
    lines = [("年度资金总额", "1,820.00", "1,905.60", "1,872.30"), ("其中：财政拨款", "1,820.00", "1,880.60", "1,847.30"),
             ("其他资金", "—", "25.00", "25.00")]
    budget, executed = lines[0][2], lines[0][3]
    rate = Decimal("1872.30") / Decimal("1905.60") * 100
    total = _total(budget, executed, dept_inds)
    rows = _Rows()
    rows.add((0, 1, "单位名称"), (1, 9, dept))
    r = rows.n
    rows.put(r, 0, len(lines) + 1, 1, "年度预算资金")
    rows.put(r, 1, 1, 3, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 4 + k, 1, 1, head)
    for k, (label, initial, full, done) in enumerate(lines, 1):
        rows.put(r + k, 1, 1, 3, label)
        rest = ("10", f"{rate:.2f}%", f"{_rate_score(budget, executed):.2f}") if k == 1 else ("—", "—", "—")
        for j, v in enumerate((initial, full, done, *rest)):
            rows.put(r + k, 4 + j, 1, 1, v)
    rows.add((0, 1, "年度总体目标"), (1, 9, "保障学校正常运转，落实课后服务，提升教育教学质量。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标方向"), (5, 1, "年度指标值"),
             (6, 1, "计量单位"), (7, 1, "实际完成值"), (8, 1, "分值"), (9, 1, "得分"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.target[0]), (5, 1, i.target[1]),
                                                 (6, 1, i.target[2]), (7, 1, i.actual), (8, 1, i.weight),
                                                 (9, 1, i.score)])
    rows.add((0, 8, "总分"), (8, 2, f"{total:.2f}"))
    rows.add((0, 8, "评价等级"), (8, 2, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [52, 56, 48, 48, 44, 58, 44, 60, 36, 40],
                         title=f"{year}年度部门整体支出绩效自评表（金额单位：万元）",
                         editor=f"填报单位：{dept}", kind="performance_self_evaluation"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in dept_inds]
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "优")
    # a project of the school: 项目支出绩效自评表 with label | value money under the same title unit
    project = "课后服务经费"
    inds = [
        Ind("产出指标", "数量指标", "参加课后服务学生人数", ("≥", "1800", "人"), (">=", 1800, "人"), "20", "1932人", "20"),
        Ind("产出指标", "质量指标", "课后服务覆盖率", ("≥", "95", "%"), (">=", 95, "%"), "20", "100%", "20"),
        Ind("产出指标", "时效指标", "教师补助发放", ("定性", "按学期发放", ""), Q, "10", "按学期发放", "10"),
        Ind("效益指标", "社会效益指标", "家长接送难问题", ("定性", "有效缓解", ""), Q, "20", "有效缓解", "18"),
        Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", ("≥", "90", "%"), (">=", 90, "%"), "20", "95%", "20"),
    ]
    p_budget, p_executed = "146.00", "139.80"
    p_total = _total(p_budget, p_executed, inds)
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 9, project))
    rows.add((0, 1, "主管部门"), (1, 4, "莆田市荔城区教育局"), (5, 2, "实施单位"), (7, 3, dept))
    rows.add((0, 1, "全年预算数"), (1, 3, p_budget), (4, 2, "其中：财政拨款"), (6, 1, "120.00"), (7, 2, "其他资金"),
             (9, 1, "26.00"))
    rows.add((0, 1, "全年执行数"), (1, 3, p_executed), (4, 2, "执行率"),
             (6, 1, f"{Decimal('139.80') / Decimal('146.00') * 100:.2f}%"), (7, 2, "执行率得分"),
             (9, 1, f"{_rate_score(p_budget, p_executed):.2f}"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标方向"), (5, 1, "年度指标值"),
             (6, 1, "计量单位"), (7, 1, "实际完成值"), (8, 1, "分值"), (9, 1, "得分"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.target[0]), (5, 1, i.target[1]),
                                            (6, 1, i.target[2]), (7, 1, i.actual), (8, 1, i.weight), (9, 1, i.score)])
    rows.add((0, 8, "总分"), (8, 2, f"{p_total:.2f}"))
    rows.add((0, 8, "评价等级"), (8, 2, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [52, 56, 48, 48, 44, 58, 44, 60, 36, 40],
                         title=f"{year}年度项目支出绩效自评表（金额单位：万元）",
                         editor=f"填报单位：{dept}", kind="performance_self_evaluation"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(project, i) for i in inds]
    doc.gold.self_evaluation(project, "万元", p_budget, p_executed, p_total, "优")
    doc.gold.project(project, "万元", year=p_budget, fiscal="120.00")
    return doc.save(folder)


BLIND59: dict[str, Builder] = {
    "hub_sz_budget_spaced_money_pairs": layout_hub_sz_budget_spaced_money_pairs,
    "hun_hy_budget_source_grid_yuan_dept_wide": layout_hun_hy_budget_source_grid_yuan_dept_wide,
    "jx_px_accounts_stage_columns_self_evals": layout_jx_px_accounts_stage_columns_self_evals,
    "gx_wz_two_forms_a_page_stacked_unit_column": layout_gx_wz_two_forms_a_page_stacked_unit_column,
    "hi_wc_hospital_money_sentence_ranges": layout_hi_wc_hospital_money_sentence_ranges,
    "gd_yj_budget_landscape_list_column_numbers": layout_gd_yj_budget_landscape_list_column_numbers,
    "ha_kf_self_eval_yuan_pairs_grade_words": layout_ha_kf_self_eval_yuan_pairs_grade_words,
    "ah_mas_budget_dept_wide_weights_heads_row": layout_ah_mas_budget_dept_wide_weights_heads_row,
    "cq_fl_street_form_cut_by_page_break": layout_cq_fl_street_form_cut_by_page_break,
    "fj_pt_school_self_evals_unit_title": layout_fj_pt_school_self_evals_unit_title,
}
SETS: dict[str, dict[str, Builder]] = {"blind59": BLIND59}


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
    """Write every layout of ``which`` ("blind59") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
