"""BLIND70 performance forms: ten layouts as 四川 攀枝花, 重庆 綦江, 贵州 凯里, 云南 楚雄, 西藏 阿里
(噶尔县), 青海 玉树, 新疆 阿克苏, 黑龙江 黑河, 天津 西青 and 北京 昌平 print their 2025 budget-time
项目支出绩效目标表 / 部门整体支出绩效目标表 and their 2024 项目支出绩效自评表 / 部门整体支出绩效自评表,
written blind (the gold helpers and page composer of ``form_layouts``, the gold conventions of
BLIND9's docstring and the briefs only). Each layout writes one PDF and its gold, by hand.

sc_pzh_budget_source_grid_yuan  四川 攀枝花 东区 部门预算 (text, budget tables), then one
        项目支出绩效目标表 per project: 项目资金（元） as a 资金来源 grid (合计 | 一般公共预算财政拨款收入
        | 政府性基金预算财政拨款收入 | 事业收入 | 其他收入) over one amounts row with separators,
        grid 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 权重（%）; rules "filled", grid head
        shaded
cq_qj_budget_pairs_dept_wide_no_level1  重庆 綦江区 部门预算: a 部门整体支出绩效目标表 (年度主要任务
        with 预算数（万元）, a 合计 row; grid 二级 | 三级 | 指标值, no weights) and two project forms
        with money as label | value pairs whose labels carry the unit (年度资金总额（万元）),
        二级 | 三级 | 指标值 | 分值 with no 一级 column; rules "cells"
gz_kl_turned_self_evals_four_money_rows  贵州 凯里市 项目支出绩效自评表 on pages turned by
        /Rotate: money columns 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over
        年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金, levels printed with their weight,
        偏差原因分析及改进措施, 总分, 自评等级 优秀 / 良好; rules "open"
yn_cx_accounts_dept_and_project_self_eval  云南 楚雄州 部门决算 (text, accounts table), then a
        部门整体支出绩效自评表 (money rows 年度资金总额 / 其中：基本支出 / 项目支出 under 年初预算数 |
        全年预算数 | 全年执行数 | 执行率 | 分值 | 得分) and a 项目支出绩效自评表 in 元 as label | value pairs;
        rules "filled", column heads shaded
xz_al_budget_stacked_money_two_forms_a_page  西藏 阿里地区 噶尔县 部门预算: two short forms a page,
        money in stacked rows (年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金) with the unit in the
        title line, targets in words (不低于 / 不高于 / 达到 / 控制在…以内), no weights; rules "open"
qh_ys_dept_wide_weighted_levels_cost  青海 玉树州 standalone 部门整体支出绩效目标表 (部门预算资金
        label | value pairs, not a project's) with 一级 cells printed with their weight and 成本指标 as
        a 一级, then a 项目支出绩效目标表 in 元 (资金总额 | 其中：财政拨款 | 其他资金 heads over their
        amounts); rules "cells"
xj_akss_list_money_columns_split_target  新疆 阿克苏市 landscape list 序号 | 项目名称 | 项目资金（万元）
        over 合计 | 财政资金 | 其他资金 | 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 权重, column-number
        row, header repeated over pages; rules "filled"
hlj_hh_accounts_self_evals_yuan_pairs_numbered  黑龙江 黑河市 部门决算 ending with two project
        self evaluations in 元: 年初预算数（元） | … as label | value pairs, 其中：财政拨款（元）,
        "指标1：" names, 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因, 自评得分 | 自评等级 pairs;
        rules "cells"
tj_xq_budget_direction_unit_value  天津 西青区 部门预算: project forms with 项目资金（万元） heads
        (年度资金总额 | 其中：财政拨款 | 上年结转 | 其他资金) over the amounts, grid 一级 | 二级 | 三级 |
        指标方向 | 计量单位 | 指标值 | 权重（%） (unit before value); rules "filled", grid head shaded
bj_cp_school_money_sentence_words  北京 昌平区 a 中学 (二级单位) 项目绩效目标申报表: money written as a
        sentence in one merged cell, 实施周期 / 年度 targets in words (不低于 / 达到 / 控制在…以内 /
        不超过), 成本指标 as a 一级 with 经济成本指标; rules "open"

Gold conventions: BLIND9's docstring, with the addendum's money rulings: fiscal = the 财政拨款 /
财政资金 figure as printed, or the sum of source lines named …财政拨款收入 (事业收入 / 其他收入
never); a printed 0.00 上年结转 is 0.00 (kept as printed, "0.00"); 达到 N reads ≥; 控制在 N 以内
reads ≤. Rulings of this set:
- A target split 指标方向 | 计量单位 | 指标值 joins in reading order ("≥%95"), as the convention
  says; its reading is the direction, the figure and the unit.
- A 部门整体 form's 年度主要任务 / 部门预算资金 amounts are no project's money. A dept self
  evaluation's budget / executed are its 年度资金总额 row's 全年预算数 / 全年执行数.
- In a self evaluation whose money rows print 年度资金总额 and 其中：当年财政拨款, the project's
  fiscal is that row's 全年预算数; carried is the 上年结转资金 row's 全年预算数 where printed.

Re-ruled after the set's first run, to the standing convention (a document's department is the
organisation its cover names, as for BLIND45): the 噶尔县 部门预算's cover prints
"阿里地区噶尔县农业农村局", its forms the short "噶尔县农业农村局" as 主管部门; the author had put
the short name, the gold now has the cover's.
"""
from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


def _budget_front(doc: FormDoc, dept: str, year: int, lines: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支总表 (万元), the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标表", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实党中央、国务院和省委省政府决策部署，依法履行本部门职责。",
        f"二、部门预算单位构成。纳入{year}年部门预算编制范围的为部门本级及所属事业单位。",
    ])
    total = sum(Decimal(v.replace(",", "")) for _, v in lines)
    body = [plain_row([a, v, "", ""]) for a, v in lines]
    body[0][2:] = [(2, 1, "一、基本支出"), (3, 1, f"{total * Decimal('0.6'):,.2f}")]
    body[1][2:] = [(2, 1, "二、项目支出"), (3, 1, f"{total - total * Decimal('0.6'):,.2f}")]
    body.append(plain_row(["收入总计", f"{total:,.2f}", "支出总计", f"{total:,.2f}"]))
    doc.pages.table(TableSpec("部门收支总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    doc.pages.text_page("第三部分  部门预算情况说明", [
        f"{year}年，本部门按照全面实施预算绩效管理要求，对项目支出全面编制绩效目标，"
        "绩效目标随部门预算一并公开，详见下表。",
    ])


def _rate_total(budget: str, executed: str, scores: list[Ind]) -> tuple[str, str, float]:
    """执行率 text, its score (10 at most) and the 总分 of a self evaluation."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b
    rate_score = min(Decimal(10), (rate * 10)).quantize(Decimal("0.01"))
    total = float(rate_score) + sum(float(i.score) for i in scores)
    return f"{rate * 100:.2f}%", f"{rate_score:.2f}", round(total, 2)


# --------------------------------------------------------------------------- 四川 攀枝花


def layout_sc_pzh_budget_source_grid_yuan(folder: Path, name: str) -> FileGold:
    dept = "攀枝花市东区教育和体育局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[("攀枝花市东区教育和体育局", 24), ("2025年部门预算", 24)])
    _budget_front(doc, dept, 2025, [("一、一般公共预算拨款收入", "12,860.40"), ("二、政府性基金预算拨款收入", "320.00"),
                                    ("三、事业收入", "415.60")])
    projects = [
        ("学生资助补助经费", "510402250000000012735", "攀枝花市东区学生资助管理中心",
         ("3,586,200.00", "3,286,200.00", "", "", "300,000.00"), "3286200.00",
         "落实学前教育、义务教育和普通高中学生资助政策，资助家庭经济困难学生，应助尽助。", [
             Ind("产出指标", "数量指标", "资助家庭经济困难学生人数", ("≥", "2650", "人次"), (">=", 2650, "人次"), "20"),
             Ind("产出指标", "质量指标", "资助对象认定准确率", ("＝", "100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "资助资金发放及时率", ("≥", "98", "%"), (">=", 98, "%"), "15"),
             Ind("成本指标", "经济成本指标", "普通高中国家助学金生均标准", ("＝", "2000", "元/生·年"), ("=", 2000, "元/生·年"), "10"),
             Ind("效益指标", "社会效益指标", "家庭经济困难学生因贫失学", ("定性", "无", ""), Q, "20"),
             Ind("效益指标", "可持续影响指标", "资助政策知晓率", ("≥", "95", "%"), (">=", 95, "%"), "10"),
             Ind("满意度指标", "服务对象满意度指标", "受助学生及家长满意度", ("≥", "92", "%"), (">=", 92, "%"), "10"),
         ]),
        ("校园安全保障经费", "510402250000000012811", "攀枝花市东区教育和体育局",
         ("1,240,000.00", "940,000.00", "300,000.00", "", ""), "1240000.00",
         "配齐配强校园专职保安，完善技防设施，保障全区中小学校园安全稳定。", [
             Ind("产出指标", "数量指标", "聘用专职保安人数", ("≥", "68", "人"), (">=", 68, "人"), "20"),
             Ind("产出指标", "数量指标", "一键报警及视频监控维护学校数", ("＝", "34", "所"), ("=", 34, "所"), "15"),
             Ind("产出指标", "质量指标", "技防设施完好率", ("≥", "95", "%"), (">=", 95, "%"), "15"),
             Ind("成本指标", "经济成本指标", "保安人均年服务费", ("≤", "4.2", "万元"), ("<=", 4.2, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "校园重大安全责任事故发生数", ("＝", "0", "起"), ("=", 0, "起"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "师生及家长安全感满意度", ("≥", "90", "%"), (">=", 90, "%"), "20"),
         ]),
        ("公共体育场馆免费低收费开放补助", "510402250000000012904", "攀枝花市东区全民健身中心",
         ("860,000.00", "560,000.00", "", "200,000.00", "100,000.00"), "560000.00",
         "保障公共体育场馆向社会免费或低收费开放，提升全民健身公共服务水平。", [
             Ind("产出指标", "数量指标", "场馆年开放天数", ("≥", "330", "天"), (">=", 330, "天"), "20"),
             Ind("产出指标", "数量指标", "年接待健身群众人次", ("≥", "25", "万人次"), (">=", 25, "万人次"), "15"),
             Ind("产出指标", "时效指标", "每周免费开放时长", ("≥", "35", "小时"), (">=", 35, "小时"), "15"),
             Ind("成本指标", "经济成本指标", "场馆运行补助标准", ("≤", "56", "万元"), ("<=", 56, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", ("≥", "40", "%"), (">=", 40, "%"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "健身群众满意度", ("≥", "90", "%"), (">=", 90, "%"), "20"),
         ]),
    ]
    widths = [60, 72, 96, 70, 50, 56, 70]
    for project, code, unit_name, money, fiscal, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（元）")
        heads = ("合计", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "事业收入", "其他收入")
        spans = ((1, 1), (2, 1), (3, 1), (4, 2), (6, 1))
        for (c, cs), head, value in zip(spans, heads, money):
            rows.put(r, c, 1, cs, head)
            rows.put(r + 1, c, 1, cs, value)
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值",
                                                            "度量单位", "权重（%）"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"编制单位：{dept}",
                     unit_raw="2025年度")
        doc.pages.grid(replace(spec, rules="filled", shaded_rows=(head,)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, year=money[0], fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆 綦江


def layout_cq_qj_budget_pairs_dept_wide_no_level1(folder: Path, name: str) -> FileGold:
    dept = "重庆市綦江区农业农村委员会"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[("重庆市綦江区农业农村委员会", 22), ("2025年部门预算", 24)])
    _budget_front(doc, dept, 2025, [("一、一般公共预算拨款收入", "18,420.36"), ("二、政府性基金预算拨款收入", "2,150.00")])
    # 部门整体支出绩效目标表
    tasks = [("高标准农田建设和耕地保护", "6,830.00"), ("乡村振兴衔接和农村人居环境整治", "4,260.50"),
             ("农业产业发展和农产品质量安全", "2,115.80"), ("机构正常运转和履职保障", "7,364.06")]
    dept_inds = [
        Ind(None, "数量指标", "新建高标准农田面积", "≥3.5万亩", (">=", 3.5, "万亩")),
        Ind(None, "数量指标", "农村户厕问题整改户数", "≥1200户", (">=", 1200, "户")),
        Ind(None, "数量指标", "农产品质量安全抽检批次", "≥1500批次", (">=", 1500, "批次")),
        Ind(None, "质量指标", "农产品质量安全抽检合格率", "≥98%", (">=", 98, "%")),
        Ind(None, "时效指标", "补贴资金兑付完成时间", "2025年12月底前", (None, None, None)),
        Ind(None, "社会效益指标", "粮食播种面积", "≥72万亩", (">=", 72, "万亩")),
        Ind(None, "可持续影响指标", "农村生活垃圾有效治理行政村比例", "≥95%", (">=", 95, "%")),
        Ind(None, "服务对象满意度指标", "农户满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 3, dept))
    r = rows.n
    rows.put(r, 0, len(tasks) + 2, 1, "年度主要任务")
    rows.put(r, 1, 1, 2, "任务名称")
    rows.put(r, 3, 1, 1, "预算数（万元）")
    for k, (task, amount) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 2, task)
        rows.put(r + k, 3, 1, 1, amount)
    rows.put(r + len(tasks) + 1, 1, 1, 2, "合计")
    rows.put(r + len(tasks) + 1, 3, 1, 1, "20,570.36")
    rows.add((0, 1, "年度绩效目标"), (1, 3, "建成高标准农田3.5万亩，稳定粮食生产，持续改善农村人居环境，"
                                           "保障农产品质量安全。"))
    rows.add((0, 1, "绩效指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
    r = rows.n
    _grid_rows(rows, dept_inds, None, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
    rows.put(r, 0, len(dept_inds), 1, "")
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 110, 190, 120], title="2025年部门整体支出绩效目标表",
                         unit_raw="单位：万元", kind="department_performance_targets"), fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("高标准农田建设项目", "500110250000000031", "重庆市綦江区农田建设服务中心", "4,600.00", "3,800.00", "800.00",
         "新建高标准农田2.2万亩，配套田间道路、灌排设施，提升耕地质量等级。", [
             Ind(None, "数量指标", "新建高标准农田面积", "≥2.2万亩", (">=", 2.2, "万亩"), "25"),
             Ind(None, "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15"),
             Ind(None, "时效指标", "项目完工时间", "2025年11月30日前", (None, None, None), "10"),
             Ind(None, "成本指标", "亩均财政投入", "≤2000元", ("<=", 2000, "元"), "10"),
             Ind(None, "经济效益指标", "项目区粮食亩产增加", "≥50公斤", (">=", 50, "公斤"), "20"),
             Ind(None, "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
        ("农村人居环境整治专项", "500110250000000047", "重庆市綦江区农业农村委员会", "1,380.50", "1,380.50", "0.00",
         "推进农村厕所革命和生活垃圾、污水治理，建设宜居宜业和美乡村。", [
             Ind(None, "数量指标", "改造农村卫生厕所户数", "≥1800户", (">=", 1800, "户"), "25"),
             Ind(None, "数量指标", "新建农村生活污水处理设施", "≥12处", (">=", 12, "处"), "15"),
             Ind(None, "质量指标", "改厕质量合格率", "≥95%", (">=", 95, "%"), "15"),
             Ind(None, "成本指标", "户厕改造户均补助", "≤3000元", ("<=", 3000, "元"), "10"),
             Ind(None, "生态效益指标", "农村生活污水治理率", "≥45%", (">=", 45, "%"), "20"),
             Ind(None, "服务对象满意度指标", "农村群众满意度", "≥90%", (">=", 90, "%"), "15"),
         ]),
    ]
    widths = [96, 150, 140, 104]
    for project, code, unit_name, year, fiscal, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 1, project), (2, 1, "项目代码"), (3, 1, code))
        rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "实施单位"), (3, 1, unit_name))
        rows.add((0, 1, "年度资金总额（万元）"), (1, 1, year), (2, 1, "其中：财政资金（万元）"), (3, 1, fiscal))
        rows.add((0, 1, "其他资金（万元）"), (1, 1, other), (2, 1, "项目类别"), (3, 1, "一次性项目"))
        rows.add((0, 1, "年度目标"), (1, 3, goal))
        rows.add((0, 1, "二级指标"), (1, 1, "三级指标"), (2, 1, "指标值"), (3, 1, "分值"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表"))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=year, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 凯里


def layout_gz_kl_turned_self_evals_four_money_rows(folder: Path, name: str) -> FileGold:
    dept = "凯里市卫生健康局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    evals = [
        ("基本公共卫生服务补助资金", "凯里市疾病预防控制中心",
         ("2,860.00", "3,046.00", "2,978.52"), ("2,500.00", "2,686.00", "2,640.10"), ("360.00", "360.00", "338.42"),
         ("", "", ""), "优秀",
         ("为城乡居民免费提供国家基本公共卫生服务项目，提高居民健康水平。",
          "全年建立居民电子健康档案58.6万份，65岁以上老年人健康管理率68.2%。"), [
             Ind("产出指标（50分）", "数量指标", "居民电子健康档案建档数", "≥58万份", (">=", 58, "万份"), "15", "58.6万份", "15"),
             Ind("产出指标（50分）", "数量指标", "65岁以上老年人健康管理率", "≥65%", (">=", 65, "%"), "10", "68.2%", "10"),
             Ind("产出指标（50分）", "质量指标", "高血压患者规范管理率", "≥62%", (">=", 62, "%"), "10", "60.5%", "9",
                 "部分患者随访依从性差，下年加强家庭医生随访"),
             Ind("产出指标（50分）", "时效指标", "补助资金拨付及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标（50分）", "成本指标", "人均基本公共卫生服务补助标准", "94元", ("=", 94, "元"), "5", "94元", "5"),
             Ind("效益指标（30分）", "社会效益指标", "城乡居民公共卫生服务差距", "逐步缩小", Q, "15", "逐步缩小", "15"),
             Ind("效益指标（30分）", "可持续影响指标", "基层医疗机构服务能力", "持续提升", Q, "15", "持续提升", "14"),
             Ind("满意度指标（10分）", "服务对象满意度指标", "城乡居民满意度", "≥85%", (">=", 85, "%"), "10", "88.6%", "10"),
         ]),
        ("计划生育家庭奖励扶助资金", "凯里市卫生健康局",
         ("812.40", "812.40", "756.30"), ("812.40", "812.40", "756.30"), ("0.00", "0.00", "0.00"),
         ("", "", ""), "良好",
         ("按标准足额发放农村部分计划生育家庭奖励扶助金和特别扶助金。",
          "全年发放奖励扶助金覆盖10462人，特别扶助金覆盖1318人。"), [
             Ind("产出指标（50分）", "数量指标", "奖励扶助对象人数", "≥10400人", (">=", 10400, "人"), "15", "10462人", "15"),
             Ind("产出指标（50分）", "数量指标", "特别扶助对象人数", "≥1300人", (">=", 1300, "人"), "10", "1318人", "10"),
             Ind("产出指标（50分）", "质量指标", "扶助对象资格确认准确率", "100%", ("=", 100, "%"), "10", "99.6%", "8",
                 "个别对象信息变更未及时核实"),
             Ind("产出指标（50分）", "时效指标", "扶助资金发放时间", "2024年12月31日前", (None, None, None), "15", "12月20日", "15"),
             Ind("效益指标（30分）", "社会效益指标", "计划生育家庭生活保障水平", "有所提高", Q, "20", "有所提高", "18"),
             Ind("效益指标（30分）", "可持续影响指标", "扶助政策长期有效落实", "长期", Q, "10", "长期", "9"),
             Ind("满意度指标（10分）", "服务对象满意度指标", "扶助对象满意度", "≥90%", (">=", 90, "%"), "10", "86%", "7",
                 "部分对象对发放时间有意见"),
         ]),
    ]
    widths = [58, 84, 84, 124, 74, 74, 52, 50, 142]
    for project, unit_name, total, fiscal, carried, other, grade, goal, inds in evals:
        rate_txt, rate_score, score = _rate_total(total[1], total[2], inds)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project), (6, 1, "项目类型"), (7, 2, "经常性项目"))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 4, unit_name))
        r = rows.n
        rows.put(r, 0, 5, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "")
        for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 3 + k, 1, 1, head)
        lines = (("年度资金总额", *total, "10", rate_txt, rate_score), ("其中：当年财政拨款", *fiscal, "—", "—", "—"),
                 ("上年结转资金", *carried, "—", "—", "—"), ("其他资金", *other, "—", "—", "—"))
        for k, line in enumerate(lines, 1):
            rows.put(r + k, 1, 1, 2, line[0])
            for j, v in enumerate(line[1:]):
                rows.put(r + k, 3 + j, 1, 1, v)
        r = rows.n
        rows.put(r, 0, 2, 1, "年度总体目标")
        rows.put(r, 1, 1, 4, "预期目标")
        rows.put(r, 5, 1, 4, "实际完成情况")
        rows.put(r + 1, 1, 1, 4, goal[0])
        rows.put(r + 1, 5, 1, 4, goal[1])
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                  "偏差原因分析及改进措施")):
            rows.put(r, 1 + k, 1, 1, head)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 1, i.note)])
        rows.add((0, 3, "总分"), (3, 1, "100"), (4, 1, f"{score:.2f}"), (5, 1, "自评等级"), (6, 2, grade), (8, 1, ""))
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor="（2024年度）",
                     unit_raw="填报日期：2025年3月", landscape=True, kind="performance_self_evaluation")
        doc.pages.grid(replace(spec, rules="open"), fresh_page=True, turned=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", total[1], total[2], score, grade[0])
        doc.gold.project(project, "万元", year=total[1], fiscal=fiscal[1], carried=carried[1] or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 云南 楚雄


def layout_yn_cx_accounts_dept_and_project_self_eval(folder: Path, name: str) -> FileGold:
    dept = "楚雄彝族自治州林业和草原局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "9,684.27"), ("二、政府性基金预算财政拨款收入", "420.00"),
                                      ("三、其他收入", "132.60")],
                    [("一、农林水支出", "9,815.32"), ("二、社会保障和就业支出", "421.55")])
    dept_inds = [
        Ind("产出指标", "数量指标", "完成营造林面积", "≥12万亩", (">=", 12, "万亩"), "10", "12.8万亩", "10"),
        Ind("产出指标", "数量指标", "生态护林员选聘人数", "≥8600人", (">=", 8600, "人"), "10", "8712人", "10"),
        Ind("产出指标", "质量指标", "造林成活率", "≥85%", (">=", 85, "%"), "10", "87.3%", "10"),
        Ind("产出指标", "时效指标", "森林火灾24小时扑灭率", "≥95%", (">=", 95, "%"), "10", "100%", "10"),
        Ind("效益指标", "生态效益指标", "森林覆盖率", "≥70.5%", (">=", 70.5, "%"), "15", "70.62%", "15"),
        Ind("效益指标", "社会效益指标", "森林火灾受害率", "≤0.9‰", ("<=", 0.9, "‰"), "15", "0.12‰", "15"),
        Ind("效益指标", "可持续影响指标", "林草资源保护管理机制", "健全完善", Q, "10", "基本完善", "8",
            "基层管护力量不足，下年加强护林员培训"),
        Ind("满意度指标", "服务对象满意度指标", "林农群众满意度", "≥90%", (">=", 90, "%"), "10", "92.4%", "10"),
    ]
    rate_txt, rate_score, dept_score = _rate_total("10,412.60", "10,236.87", dept_inds)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    head = rows.add((0, 2, "资金情况（万元）"), (2, 1, "年初预算数"), (3, 1, "全年预算数"), (4, 1, "全年执行数"),
                    (5, 1, "执行率"), (6, 1, "分值"), (7, 1, "得分"))
    rows.add((0, 2, "年度资金总额"), (2, 1, "9,860.00"), (3, 1, "10,412.60"), (4, 1, "10,236.87"), (5, 1, rate_txt),
             (6, 1, "10"), (7, 1, rate_score))
    rows.add((0, 2, "其中：基本支出"), (2, 1, "4,120.00"), (3, 1, "4,286.30"), (4, 1, "4,286.30"), (5, 1, "—"),
             (6, 1, "—"), (7, 1, "—"))
    rows.add((0, 2, "项目支出"), (2, 1, "5,740.00"), (3, 1, "6,126.30"), (4, 1, "5,950.57"), (5, 1, "—"),
             (6, 1, "—"), (7, 1, "—"))
    rows.add((0, 2, "年度总体目标完成情况"), (2, 6, "全年完成营造林12.8万亩，森林覆盖率70.62%，未发生重大森林火灾。"))
    grid_head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                            "分值", "得分", "偏差原因分析及改进措施"))])
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                 (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{dept_score:.2f}"), (7, 1, ""))
    rows.add((0, 5, "自评等级"), (5, 3, "优"))
    spec = _spec(rows.cells, rows.n, [50, 62, 96, 62, 62, 36, 42, 84], title="部门整体支出绩效自评表",
                 editor=f"（{year}年度）", kind="performance_self_evaluation")
    doc.pages.grid(replace(spec, rules="filled", shaded_rows=(head, grid_head)), fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", "10,412.60", "10,236.87", dept_score, "优")
    project = "森林草原防火专项资金"
    inds = [
        Ind("产出指标", "数量指标", "购置扑火机具", "≥320台（套）", (">=", 320, "台(套)"), "15", "336台（套）", "15"),
        Ind("产出指标", "数量指标", "开设防火隔离带", "≥150公里", (">=", 150, "公里"), "15", "152公里", "15"),
        Ind("产出指标", "质量指标", "扑火机具验收合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "防火期值班到岗率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("效益指标", "社会效益指标", "重特大森林火灾发生次数", "0次", ("=", 0, "次"), "20", "0次", "20"),
        Ind("效益指标", "可持续影响指标", "森林草原火灾综合防控能力", "明显增强", Q, "10", "明显增强", "10"),
        Ind("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", (">=", 90, "%"), "10", "91%", "10"),
    ]
    rate_txt, rate_score, score = _rate_total("4,850,000.00", "4,712,360.00", inds)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 6, project))
    rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 3, "楚雄州森林草原防灭火指挥中心"))
    rows.add((0, 2, "年初预算数（元）"), (2, 2, "4,500,000.00"), (4, 1, "全年预算数（元）"), (5, 3, "4,850,000.00"))
    rows.add((0, 2, "其中：财政拨款（元）"), (2, 2, "4,500,000.00"), (4, 1, "其中：财政拨款（元）"), (5, 3, "4,850,000.00"))
    rows.add((0, 2, "全年执行数（元）"), (2, 2, "4,712,360.00"), (4, 1, "预算执行率"), (5, 1, rate_txt),
             (6, 1, "执行率得分"), (7, 1, rate_score))
    rows.add((0, 2, "年度目标完成情况"), (2, 6, "完成扑火机具购置和防火隔离带建设，全年未发生重特大森林火灾。"))
    grid_head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                            "分值", "得分", "偏差原因分析及改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{score:.2f}"), (7, 1, ""))
    rows.add((0, 5, "绩效评价等级"), (5, 3, "优"))
    spec = _spec(rows.cells, rows.n, [50, 62, 96, 62, 62, 36, 42, 84], title="项目支出绩效自评表",
                 editor=f"（{year}年度）", kind="performance_self_evaluation")
    doc.pages.grid(replace(spec, rules="filled", shaded_rows=(grid_head,)), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "元", "4,850,000.00", "4,712,360.00", score, "优")
    doc.gold.project(project, "元", year="4,850,000.00", fiscal="4,850,000.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 西藏 阿里 噶尔县


def layout_xz_al_budget_stacked_money_two_forms_a_page(folder: Path, name: str) -> FileGold:
    dept = "噶尔县农业农村局"
    # (the gold's department is the name the cover prints, 阿里地区噶尔县农业农村局: re-ruled,
    # see the docstring; the forms print the short name as 主管部门)
    doc = FormDoc(name, f"{dept}2025年部门预算", "阿里地区噶尔县农业农村局", 2025,
                  cover=[("阿里地区噶尔县农业农村局", 22), ("2025年部门预算", 24)])
    _budget_front(doc, dept, 2025, [("一、一般公共预算拨款收入", "3,268.45"), ("二、其他收入", "36.00")])
    projects = [
        ("重大动物疫病强制免疫补助", "542523250000000105", ("486.00", "436.00", "50.00", "0.00"),
         "完成牲畜口蹄疫、小反刍兽疫等重大动物疫病强制免疫，防止区域性重大动物疫情发生。", [
             Ind("产出指标", "数量指标", "牲畜强制免疫数量", "不低于62万头（只）", (">=", 62, "万头(只)")),
             Ind("产出指标", "质量指标", "免疫抗体合格率", "不低于70%", (">=", 70, "%")),
             Ind("产出指标", "时效指标", "春秋两季集中免疫完成时限", "2025年10月31日前", (None, None, None)),
             Ind("成本指标", "经济成本指标", "每头（只）免疫注射劳务补助", "不高于1.5元", ("<=", 1.5, "元")),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情发生", "控制在0起以内", ("<=", 0, "起")),
             Ind("满意度指标", "服务对象满意度指标", "农牧民群众满意度", "达到90%", (">=", 90, "%")),
         ]),
        ("农牧民技能培训", "542523250000000118", ("128.60", "128.60", "", ""),
         "开展农牧民实用技术和转移就业技能培训，提高农牧民就业增收能力。", [
             Ind("产出指标", "数量指标", "培训农牧民人数", "不少于800人次", (">=", 800, "人次")),
             Ind("产出指标", "数量指标", "培训班期数", "达到16期", (">=", 16, "期")),
             Ind("产出指标", "质量指标", "培训合格率", "不低于90%", (">=", 90, "%")),
             Ind("成本指标", "经济成本指标", "人均培训成本", "控制在1600元以内", ("<=", 1600, "元")),
             Ind("效益指标", "经济效益指标", "培训后转移就业率", "不低于30%", (">=", 30, "%")),
             Ind("满意度指标", "服务对象满意度指标", "参训学员满意度", "不低于92%", (">=", 92, "%")),
         ]),
    ]
    widths = [50, 66, 76, 150, 100, 53]
    for k, (project, code, money, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 2, f"编码：{code}"))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位：本部门"))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金")
        for j, (label, value) in enumerate(zip(("年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金"), money)):
            rows.put(r + j, 1, 1, 3, label)
            rows.put(r + j, 4, 1, 1, value)
            rows.put(r + j, 5, 1, 1, "")
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        r = rows.n
        rows.add((1, 1, "一级指标"), (2, 1, "二级指标"), (3, 1, "三级指标"), (4, 1, "指标值"), (5, 1, "备注"))
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, "")])
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效目标表（单位：万元）")
        doc.pages.grid(replace(spec, rules="open"), fresh_page=k == 0)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=money[0], fiscal=money[1], carried=money[2] or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 青海 玉树


def layout_qh_ys_dept_wide_weighted_levels_cost(folder: Path, name: str) -> FileGold:
    dept = "玉树藏族自治州生态环境局"
    doc = FormDoc(name, f"{dept}2025年度绩效目标表", dept, 2025)
    dept_inds = [
        Ind("产出指标（40分）", "数量指标", "重点排污单位执法检查家次", "≥120家次", (">=", 120, "家次"), "10"),
        Ind("产出指标（40分）", "数量指标", "地表水环境质量监测断面数", "≥18个", (">=", 18, "个"), "10"),
        Ind("产出指标（40分）", "质量指标", "环境信访件办结率", "100%", ("=", 100, "%"), "10"),
        Ind("产出指标（40分）", "时效指标", "建设项目环评审批时限", "≤20个工作日", ("<=", 20, "个工作日"), "10"),
        Ind("成本指标（10分）", "经济成本指标", "“三公”经费支出", "≤12万元", ("<=", 12, "万元"), "10"),
        Ind("效益指标（40分）", "生态效益指标", "城市空气质量优良天数比例", "≥98%", (">=", 98, "%"), "15"),
        Ind("效益指标（40分）", "生态效益指标", "三江源国控断面水质达标率", "100%", ("=", 100, "%"), "15"),
        Ind("效益指标（40分）", "社会效益指标", "生态环境突发事件处置", "及时有效", Q, "10"),
        Ind("满意度指标（10分）", "服务对象满意度指标", "社会公众满意度", "≥90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 5, dept))
    rows.add((0, 2, "部门预算资金（万元）"), (2, 1, "资金总额"), (3, 1, "2,846.30"), (4, 1, "其中：财政拨款"), (5, 2, "2,706.30"))
    rows.add((0, 2, ""), (2, 1, "其他资金"), (3, 1, "140.00"), (4, 1, "上年结转"), (5, 2, "0.00"))
    rows.add((0, 2, "年度总体目标"), (2, 5, "守住三江源生态安全底线，环境质量保持优良，依法查处环境违法行为，"
                                          "妥善处置生态环境突发事件。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (5, 1, "指标值"), (6, 1, "权重"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 3, i.name), (5, 1, i.raw), (6, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [76, 84, 60, 60, 70, 84, 56], title="部门整体支出绩效目标表",
                         editor="填报单位（盖章）：玉树藏族自治州生态环境局", unit_raw="2025年度",
                         kind="department_performance_targets"), fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    project = "三江源国家公园生态环境监测"
    inds = [
        Ind("产出指标（50分）", "数量指标", "自动监测站点运维数量", "≥26个", (">=", 26, "个"), "15"),
        Ind("产出指标（50分）", "数量指标", "生物多样性调查样地", "≥40个", (">=", 40, "个"), "10"),
        Ind("产出指标（50分）", "质量指标", "监测数据有效率", "≥90%", (">=", 90, "%"), "15"),
        Ind("产出指标（50分）", "时效指标", "季度监测报告报送次数", "≥4次", (">=", 4, "次"), "10"),
        Ind("成本指标（10分）", "经济成本指标", "单站年运维费用", "≤6.5万元", ("<=", 6.5, "万元"), "10"),
        Ind("效益指标（30分）", "生态效益指标", "源头区生态环境质量", "稳中向好", Q, "30"),
        Ind("满意度指标（10分）", "服务对象满意度指标", "管护单位满意度", "≥90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 5, project))
    rows.add((0, 2, "实施单位"), (2, 5, "玉树州生态环境监测站"))
    rows.add((0, 2, "项目资金（元）"), (2, 2, "资金总额"), (4, 2, "其中：财政拨款"), (6, 1, "其他资金"))
    rows.add((0, 2, ""), (2, 2, "2,380,000.00"), (4, 2, "2,380,000.00"), (6, 1, ""))
    rows.add((0, 2, "年度目标"), (2, 5, "做好三江源区水、气、生态自动监测站点运维和生物多样性调查，按季度报送监测报告。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (5, 1, "指标值"), (6, 1, "权重"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 3, i.name), (5, 1, i.raw), (6, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [76, 84, 60, 60, 70, 84, 56], title="项目支出绩效目标表",
                         unit_raw="2025年度"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.project(project, "元", year="2,380,000.00", fiscal="2,380,000.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 新疆 阿克苏


def layout_xj_akss_list_money_columns_split_target(folder: Path, name: str) -> FileGold:
    dept = "阿克苏市住房和城乡建设局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("城镇老旧小区改造配套基础设施", ("3,260.00", "2,760.00", "500.00"), [
            Ind("产出指标", "数量指标", "指标1：改造老旧小区个数", ("≥", "14", "个"), (">=", 14, "个"), "20"),
            Ind("产出指标", "数量指标", "指标2：惠及居民户数", ("≥", "3200", "户"), (">=", 3200, "户"), "15"),
            Ind("产出指标", "质量指标", "指标3：工程竣工验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "15"),
            Ind("效益指标", "社会效益指标", "指标4：小区居住环境", ("定性", "明显改善", ""), Q, "30"),
            Ind("满意度指标", "服务对象满意度指标", "指标5：改造小区居民满意度", ("≥", "90", "%"), (">=", 90, "%"), "20"),
        ]),
        ("市政供热管网更新改造", ("1,845.50", "1,845.50", "0.00"), [
            Ind("产出指标", "数量指标", "指标1：更新改造供热管网长度", ("≥", "18.5", "公里"), (">=", 18.5, "公里"), "20"),
            Ind("产出指标", "时效指标", "指标2：采暖季前完工率", ("＝", "100", "%"), ("=", 100, "%"), "15"),
            Ind("产出指标", "成本指标", "指标3：每公里管网改造成本", ("≤", "98", "万元"), ("<=", 98, "万元"), "15"),
            Ind("效益指标", "社会效益指标", "指标4：供热室温达标率", ("≥", "98", "%"), (">=", 98, "%"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "指标5：供热用户满意度", ("≥", "85", "%"), (">=", 85, "%"), "20"),
        ]),
        ("农村安居工程建设补助", ("960.00", "960.00", ""), [
            Ind("产出指标", "数量指标", "指标1：农村安居房建设户数", ("≥", "320", "户"), (">=", 320, "户"), "20"),
            Ind("产出指标", "质量指标", "指标2：抗震设防达标率", ("＝", "100", "%"), ("=", 100, "%"), "20"),
            Ind("产出指标", "成本指标", "指标3：户均补助标准", ("＝", "3", "万元"), ("=", 3, "万元"), "10"),
            Ind("效益指标", "可持续影响指标", "指标4：农村住房安全保障水平", ("定性", "持续提升", ""), Q, "30"),
            Ind("满意度指标", "服务对象满意度指标", "指标5：受益农户满意度", ("≥", "92", "%"), (">=", 92, "%"), "20"),
        ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "序号")
    rows.put(0, 1, 2, 1, "项目名称")
    rows.put(0, 2, 1, 3, "项目资金（万元）")
    for k, head in enumerate(("合计", "财政资金", "其他资金")):
        rows.put(1, 2 + k, 1, 1, head)
    rows.put(0, 5, 1, 7, "绩效指标")
    for k, head in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重")):
        rows.put(1, 5 + k, 1, 1, head)
    rows.add(*[(k, 1, str(k + 1)) for k in range(12)])
    for n, (project, money, inds) in enumerate(projects, 1):
        r = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.target[0]), (9, 1, i.target[1]),
                                                (10, 1, i.target[2]), (11, 1, i.weight)])
        for c, text in ((0, str(n)), (1, project), (2, money[0]), (3, money[1]), (4, money[2])):
            rows.put(r, c, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=money[0], fiscal=money[1])
    spec = _spec(rows.cells, rows.n, [30, 92, 56, 56, 50, 56, 70, 150, 44, 44, 50, 36],
                 title="2025年项目支出绩效目标表", editor=f"单位名称：{dept}", unit_raw="金额单位：万元", landscape=True)
    doc.pages.grid(replace(spec, rules="filled"), repeat=(0, 3), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 黑龙江 黑河


def layout_hlj_hh_accounts_self_evals_yuan_pairs_numbered(folder: Path, name: str) -> FileGold:
    dept = "黑河市民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "6,215.84"), ("二、政府性基金预算财政拨款收入", "186.00")],
                    [("一、社会保障和就业支出", "6,082.47"), ("二、城乡社区支出", "186.00"), ("三、卫生健康支出", "58.20")])
    evals = [
        ("城乡特困人员供养资金", "黑河市社会福利院",
         ("8,650,000.00", "9,120,000.00", "8,963,480.00"), ("8,650,000.00", "9,120,000.00", "8,963,480.00"), "优秀",
         "保障城乡特困人员基本生活，集中供养和分散供养标准按时足额发放。", [
             Ind("产出指标", "数量指标", "指标1：保障特困人员人数", "≥1850人", (">=", 1850, "人"), "20", "1893人", "20"),
             Ind("产出指标", "质量指标", "指标2：供养标准执行到位率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "指标3：供养金按月发放及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标", "成本指标", "指标4：集中供养人员年人均供养标准", "≥11520元", (">=", 11520, "元"), "10", "11520元", "10"),
             Ind("效益指标", "社会效益指标", "指标5：特困人员基本生活", "得到有效保障", Q, "20", "得到有效保障", "20"),
             Ind("满意度指标", "服务对象满意度指标", "指标6：供养对象满意度", "≥90%", (">=", 90, "%"), "15", "94%", "15"),
         ]),
        ("养老服务体系建设补助", "黑河市民政局",
         ("2,400,000.00", "2,400,000.00", "2,016,350.00"), ("2,000,000.00", "2,000,000.00", "1,716,350.00"), "良好",
         "建设社区居家养老服务站点，开展家庭养老床位建设和适老化改造。", [
             Ind("产出指标", "数量指标", "指标1：新建社区养老服务站", "≥8个", (">=", 8, "个"), "20", "8个", "20"),
             Ind("产出指标", "数量指标", "指标2：特殊困难老年人家庭适老化改造", "≥300户", (">=", 300, "户"), "15", "262户", "12",
                 "部分老人入户意愿不强，下年加大宣传"),
             Ind("产出指标", "质量指标", "指标3：养老服务站验收合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标", "时效指标", "指标4：站点建成投用时间", "2024年10月底前", (None, None, None), "10", "2024年11月", "7",
                 "冬季施工受限，部分站点延期"),
             Ind("效益指标", "社会效益指标", "指标5：居家养老服务覆盖面", "逐步扩大", Q, "20", "逐步扩大", "18"),
             Ind("满意度指标", "服务对象满意度指标", "指标6：服务对象满意度", "≥85%", (">=", 85, "%"), "15", "89%", "15"),
         ]),
    ]
    widths = [60, 70, 122, 66, 66, 36, 40, 80]
    for project, unit_name, total, fiscal, grade, goal, inds in evals:
        rate_txt, rate_score, score = _rate_total(total[1], total[2], inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, unit_name))
        rows.add((0, 2, "年初预算数（元）"), (2, 1, total[0]), (3, 1, "全年预算数（元）"), (4, 2, total[1]),
                 (6, 1, "全年执行数（元）"), (7, 1, total[2]))
        rows.add((0, 2, "其中：财政拨款"), (2, 1, fiscal[0]), (3, 1, "其中：财政拨款"), (4, 2, fiscal[1]),
                 (6, 1, "其中：财政拨款"), (7, 1, fiscal[2]))
        rows.add((0, 2, "预算执行率"), (2, 1, rate_txt), (3, 1, "执行率分值"), (4, 2, "10"), (6, 1, "执行率得分"),
                 (7, 1, rate_score))
        rows.add((0, 2, "年度绩效目标"), (2, 6, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因及改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 2, "自评得分"), (2, 2, f"{score:.2f}"), (4, 2, "自评等级"), (6, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"单位名称：{dept}", kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", total[1], total[2], score, grade[0])
        doc.gold.project(project, "元", year=total[1], fiscal=fiscal[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 天津 西青


def layout_tj_xq_budget_direction_unit_value(folder: Path, name: str) -> FileGold:
    dept = "天津市西青区卫生健康委员会"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[("天津市西青区卫生健康委员会", 22), ("2025年部门预算", 24)])
    _budget_front(doc, dept, 2025, [("一、一般公共预算拨款收入", "42,386.15"), ("二、事业收入", "8,620.00"),
                                    ("三、其他收入", "210.50")])
    projects = [
        ("基层医疗卫生机构能力提升", "120111250000000221", "天津市西青区卫生健康委员会",
         ("1,650.00", "1,450.00", "200.00", "0.00"),
         "为社区卫生服务中心和村卫生室配置医疗设备，提升基层首诊能力。", [
             Ind("产出指标", "数量指标", "配置医疗设备台（套）数", ("≥", "台（套）", "260"), (">=", 260, "台(套)"), "20"),
             Ind("产出指标", "数量指标", "覆盖社区卫生服务中心数", ("＝", "个", "10"), ("=", 10, "个"), "10"),
             Ind("产出指标", "质量指标", "设备验收合格率", ("＝", "%", "100"), ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "设备采购完成时限", ("≤", "月", "9"), ("<=", 9, "月"), "15"),
             Ind("效益指标", "社会效益指标", "基层诊疗量占比", ("≥", "%", "62"), (">=", 62, "%"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "就诊群众满意度", ("≥", "%", "90"), (">=", 90, "%"), "20"),
         ]),
        ("家庭医生签约服务", "120111250000000237", "天津市西青区社区卫生服务管理中心",
         ("980.00", "980.00", "", ""),
         "为重点人群提供家庭医生签约服务，做实做细签约履约。", [
             Ind("产出指标", "数量指标", "重点人群签约人数", ("≥", "万人", "12.5"), (">=", 12.5, "万人"), "20"),
             Ind("产出指标", "质量指标", "重点人群签约覆盖率", ("≥", "%", "75"), (">=", 75, "%"), "15"),
             Ind("产出指标", "质量指标", "签约居民续约率", ("≥", "%", "80"), (">=", 80, "%"), "10"),
             Ind("产出指标", "成本指标", "签约服务费人均补助", ("≤", "元", "60"), ("<=", 60, "元"), "15"),
             Ind("效益指标", "可持续影响指标", "分级诊疗制度", ("定性", "", "逐步完善"), Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", ("≥", "%", "90"), (">=", 90, "%"), "20"),
         ]),
        ("重大传染病防控", "120111250000000245", "天津市西青区疾病预防控制中心",
         ("1,226.80", "1,026.80", "200.00", ""),
         "做好艾滋病、结核病等重大传染病防控和免疫规划工作，维护公共卫生安全。", [
             Ind("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", ("≥", "%", "95"), (">=", 95, "%"), "20"),
             Ind("产出指标", "数量指标", "肺结核患者筛查人数", ("≥", "人", "3000"), (">=", 3000, "人"), "15"),
             Ind("产出指标", "质量指标", "传染病报告及时率", ("≥", "%", "99"), (">=", 99, "%"), "15"),
             Ind("产出指标", "成本指标", "重大传染病防控经费", ("≤", "万元", "1226.8"), ("<=", 1226.8, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "甲乙类传染病报告发病率", ("≤", "1/10万", "180"), ("<=", 180, "1/10万"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "接种对象家长满意度", ("≥", "%", "90"), (">=", 90, "%"), "20"),
         ]),
    ]
    widths = [58, 70, 128, 50, 50, 62, 56]
    for project, code, unit_name, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for (c, cs), head, value in zip(((1, 1), (2, 1), (3, 2), (5, 2)),
                                        ("年度资金总额", "其中：财政拨款", "上年结转", "其他资金"), money):
            rows.put(r, c, 1, cs, head)
            rows.put(r + 1, c, 1, cs, value)
        rows.add((0, 1, "年度目标"), (1, 6, goal))
        head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "计量单位",
                                                            "指标值", "权重（%）"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        spec = _spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表", editor=f"预算单位：{dept}")
        doc.pages.grid(replace(spec, rules="filled", shaded_rows=(head,)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=money[0], fiscal=money[1], carried=money[2] or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 北京 昌平


def layout_bj_cp_school_money_sentence_words(folder: Path, name: str) -> FileGold:
    dept = "北京市昌平区第二中学"
    doc = FormDoc(name, f"{dept}2025年项目绩效目标申报表", dept, 2025,
                  cover=[("2025年项目绩效目标申报表", 22), (f"主管部门：北京市昌平区教育委员会", 14), (f"申报单位：{dept}", 14)])
    projects = [
        ("智慧校园建设（2024-2026年）", "张卫东",
         "项目总预算980.00万元（2024-2026年），2025年度资金326.50万元，\n其中：财政拨款300.00万元，上年结转26.50万元。",
         ("980.00", "326.50", "300.00", "26.50"),
         ("三年内建成覆盖全校的智慧校园平台。", "2025年完成智慧教室改造和校园网络升级。"), [
             Ind("产出指标", "数量指标", "改造智慧教室间数", "不少于24间", (">=", 24, "间"), period="不少于60间"),
             Ind("产出指标", "数量指标", "校园网络无线接入点", "达到180个", (">=", 180, "个"), period="达到400个"),
             Ind("产出指标", "质量指标", "设备验收合格率", "达到100%", (">=", 100, "%"), period="达到100%"),
             Ind("产出指标", "时效指标", "年度改造完成时间", "2025年8月31日前", (None, None, None), period="2026年8月31日前"),
             Ind("成本指标", "经济成本指标", "智慧教室单间改造成本", "控制在8万元以内", ("<=", 8, "万元"), period="控制在8万元以内"),
             Ind("效益指标", "社会效益指标", "信息化教学课时占比", "不低于60%", (">=", 60, "%"), period="不低于80%"),
             Ind("效益指标", "可持续影响指标", "平台持续运行年限", "不少于5年", (">=", 5, "年"), period="不少于5年"),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", "不低于90%", (">=", 90, "%"), period="不低于90%"),
         ]),
        ("学生综合实践活动", "李静",
         "年度资金总额58.00万元，其中：财政拨款58.00万元。",
         (None, "58.00", "58.00", None),
         ("组织学生开展研学实践和劳动教育活动。", "全年组织研学实践活动，覆盖全体学生。"), [
             Ind("产出指标", "数量指标", "参加研学实践学生人数", "不少于1200人次", (">=", 1200, "人次"), period="不少于1200人次"),
             Ind("产出指标", "质量指标", "活动安全事故", "0起", ("=", 0, "起"), period="0起"),
             Ind("成本指标", "经济成本指标", "生均活动经费", "不超过480元", ("<=", 480, "元"), period="不超过480元"),
             Ind("效益指标", "社会效益指标", "学生综合素质", "有效提升", Q, period="有效提升"),
             Ind("满意度指标", "服务对象满意度指标", "学生及家长满意度", "不低于95%", (">=", 95, "%"), period="不低于95%"),
         ]),
    ]
    widths = [44, 56, 70, 110, 80, 80, 55]
    for project, leader, sentence, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 1, "项目负责人"), (6, 1, leader))
        rows.add((0, 1, "主管部门"), (1, 3, "北京市昌平区教育委员会"), (4, 1, "实施单位"), (5, 2, dept))
        rows.add((0, 1, "项目资金"), (1, 6, sentence))
        rows.add((0, 1, "总体目标"), (1, 3, f"实施期目标：{goal[0]}"), (4, 3, f"年度目标：{goal[1]}"))
        head = rows.add(*[(k + 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "实施期指标值",
                                                                "年度指标值", "备注"))])
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.period), (5, 1, i.raw), (6, 1, "")])
        rows.put(head, 0, len(inds) + 1, 1, "绩效指标")
        spec = _spec(rows.cells, rows.n, widths, title="项目绩效目标申报表", unit_raw="（2025年度）")
        doc.pages.grid(replace(spec, rules="open", shaded_rows=(head,)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=money[0], year=money[1], fiscal=money[2], carried=money[3])
    return doc.save(folder)


BLIND70: dict[str, Builder] = {
    "sc_pzh_budget_source_grid_yuan": layout_sc_pzh_budget_source_grid_yuan,
    "cq_qj_budget_pairs_dept_wide_no_level1": layout_cq_qj_budget_pairs_dept_wide_no_level1,
    "gz_kl_turned_self_evals_four_money_rows": layout_gz_kl_turned_self_evals_four_money_rows,
    "yn_cx_accounts_dept_and_project_self_eval": layout_yn_cx_accounts_dept_and_project_self_eval,
    "xz_al_budget_stacked_money_two_forms_a_page": layout_xz_al_budget_stacked_money_two_forms_a_page,
    "qh_ys_dept_wide_weighted_levels_cost": layout_qh_ys_dept_wide_weighted_levels_cost,
    "xj_akss_list_money_columns_split_target": layout_xj_akss_list_money_columns_split_target,
    "hlj_hh_accounts_self_evals_yuan_pairs_numbered": layout_hlj_hh_accounts_self_evals_yuan_pairs_numbered,
    "tj_xq_budget_direction_unit_value": layout_tj_xq_budget_direction_unit_value,
    "bj_cp_school_money_sentence_words": layout_bj_cp_school_money_sentence_words,
}
SETS: dict[str, dict[str, Builder]] = {"blind70": BLIND70}


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
    """Write every layout of ``which`` ("blind70") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
