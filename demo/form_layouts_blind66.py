"""BLIND66 performance forms: ten layouts as 贵州 兴义, 广西 钦州, 海南 万宁, 甘肃 平凉, 青海 格尔木,
宁夏 青铜峡, 新疆 库尔勒, 西藏 那曲, 天津 武清 and 北京 通州 print their 项目支出绩效目标表,
部门整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表 (2025 targets, 2024 self
evaluations), written by an author who had read neither the form reader nor the earlier blind
sets (only the gold helpers and page composer of ``form_layouts``, the gold conventions of
BLIND9's docstring). Each layout writes one PDF and its gold; the gold is written by hand with
``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

gz_xy_budget_source_grid_income_lines  贵州 兴义 部门预算: budget tables, then one 项目支出绩效目标表
        per project with a two-row 资金来源 grid (资金总额 | 财政拨款收入 over 小计 | 一般公共预算 |
        政府性基金预算 | 上年结转 | 其他资金, 万元; a blank 政府性基金 cell), grid 一级 | 二级 | 三级 |
        指标值 (glued signs); rules "filled", money heads and grid head shaded
gx_qz_self_eval_yuan_columns_open  广西 钦州 项目支出绩效自评表 ×2 in 元 with separators, the 财政部
        template: a label column (项目资金（元） / 年度总体目标 / 绩效指标 merged down), money rows
        年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金 under 年初预算数 | 全年预算数 | 全年执行数 |
        分值 | 执行率 | 得分, grid ending in 偏差原因分析及改进措施, 总分 | 自评等级 in one row; rules
        "open" (no outer sides)
hi_wn_budget_pairs_split_nature_value_unit  海南 万宁 部门预算: budget tables, then forms with money as
        label | value pairs (年度资金总额（万元） | … | 其中：财政资金 | …, 上年结转 0.00 | 其他资金), grid
        指标性质 | 指标值 | 度量单位 | 分值; rules "cells"
gs_pl_dept_wide_tasks_weights_open  甘肃 平凉 部门整体支出绩效目标表 of a 乡镇: 部门预算资金 heads
        (收入合计 | 财政拨款 | 其他资金) over one row, 年度主要任务 with amounts, grid with 权重（%）,
        targets in words (不低于 / 不高于 / 控制在…以内); rules "open"
qh_gl_final_accounts_dept_self_eval  青海 格尔木 部门决算: accounts tables, 部门整体支出绩效自评表 (money
        rows 年初预算数 | 全年预算数 | 全年执行数, grade 优秀) and a 项目支出绩效自评表; rules "cells"
nx_qtx_turned_list_yuan_money  宁夏 青铜峡 list on pages turned by /Rotate: 序号 | 项目名称 | 资金总额 |
        财政拨款 | 其他资金 (元, unit in the column heads) | 年度绩效目标 | 一级 | 二级 | 三级 | 指标值,
        project cells merged down; rules "filled", header shaded
xj_kel_budget_stacked_yuan_rows  新疆 库尔勒 部门预算: budget tables, then forms whose 项目资金（元） cell
        is merged over stacked rows 资金总额 / 其中：财政拨款 / 上年结转 / 其他资金 (1,234,000.00), grid
        with 指标值 | 计量单位 split; rules "cells"
xz_nq_self_eval_pairs_grade_words  西藏 那曲 项目支出绩效自评表 ×2: money as label | value pairs
        (全年预算数（万元） | 全年执行数（万元） | 执行率 | 得分), 自评得分 | 自评等级 (优秀 / 良好) at the
        foot; rules "filled", header shaded
tj_wq_budget_total_year_heads_weights  天津 武清 部门预算: budget tables, then forms with two-row money
        heads (项目总金额 | 本年度金额 over 小计 | 其中：财政拨款 | 其中：上年结转 | 其他资金) in 万元, a
        multi-year project's total beside its year, grid with 分值 and deadlines;
        rules "filled", header shaded
bj_tz_street_self_eval_split_target_open  北京 通州 街道 项目支出绩效自评表 ×2 in 元 (gx_qz's template,
        0.00 printed in the empty source rows of one, blanks in the other), target split 年度指标值 |
        计量单位 beside 实际完成值; rules "open"

Gold conventions: BLIND9's docstring, with the round's money rulings: fiscal = the 财政拨款 /
财政资金 figure as printed (the 财政拨款收入 小计 in gz_xy, never its 一般公共预算 part); a printed 0.00
上年结转 is carried "0.00"; 达到 N reads ">="; 控制在N以内 reads "<="; a 部门整体 form's money is
no project's. A self evaluation's score is the printed 总分 (execution score + indicator scores).
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
D = (None, None, None)  # a deadline: raw, no comparator


def _budget_front(doc: FormDoc, dept: str, year: int, lines: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支总表 and 一般公共预算支出表 (万元), the
    heading of the 绩效目标 part."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实党中央、国务院和省委、省政府决策部署，依法履行本部门职责。",
        f"二、机构设置。纳入{dept}{year}年部门预算编制范围的单位包括本级及所属事业单位。",
    ])
    total = sum(Decimal(v.replace(",", "")) for _, v in lines)
    body = [plain_row([k, v, k2, v2]) for (k, v), (k2, v2) in zip(
        [("一般公共预算拨款收入", f"{total:,.2f}"), ("政府性基金预算拨款收入", ""), ("事业收入", "")],
        lines[:3] + [("", "")] * (3 - len(lines[:3])))]
    body.append(plain_row(["收入总计", f"{total:,.2f}", "支出总计", f"{total:,.2f}"]))
    doc.pages.table(TableSpec(f"{year}年部门收支总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [150, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    body = [plain_row([k, v, v, ""]) for k, v in lines] + [plain_row(["合计", f"{total:,.2f}", f"{total:,.2f}", ""])]
    doc.pages.table(TableSpec(f"{year}年一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [200, 100, 100, 100],
                              [(0, 0, 1, 1, "科目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出"),
                               (0, 3, 1, 1, "项目支出")], 1, body, ["l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标", [
        f"按照预算绩效管理有关要求，{dept}对{year}年项目支出编制了绩效目标，具体如下表。"])


def _rate_score(budget: str, executed: str) -> Decimal:
    b, e = (Decimal(x.replace(",", "")) for x in (budget, executed))
    return min(Decimal(10), (e / b * 10)).quantize(Decimal("0.01"))


def _rate(budget: str, executed: str) -> str:
    b, e = (Decimal(x.replace(",", "")) for x in (budget, executed))
    return f"{(e / b * 100).quantize(Decimal('0.01'))}%"


def _total(budget: str, executed: str, inds: list[Ind]) -> Decimal:
    return _rate_score(budget, executed) + sum(Decimal(i.score) for i in inds)


# --------------------------------------------------------------------------- 贵州 兴义


def layout_gz_xy_budget_source_grid_income_lines(folder: Path, name: str) -> FileGold:
    """贵州 兴义 部门预算, 资金来源 grid with …财政拨款收入 lines; rules "filled", shaded heads."""
    dept = "兴义市农业农村局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[(dept, 24), ("2025年部门预算", 24)])
    _budget_front(doc, dept, 2025, [("农林水支出", "3,268.40"), ("社会保障和就业支出", "412.75"),
                                    ("住房保障支出", "186.30")])
    projects = [
        ("高标准农田建设项目", "522301250000000102", "兴义市农业农村局", "860.00", "520.00", "300.00", "40.00", "0.00",
         "新建高标准农田1.2万亩，提升耕地质量和粮食综合生产能力。", [
             Ind("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", (">=", 1.2, "万亩")),
             Ind("产出指标", "质量指标", "工程验收合格率", "=100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "项目完工时间", "2025年11月底前", D),
             Ind("效益指标", "经济效益指标", "亩均粮食产能提高", "≥50公斤", (">=", 50, "公斤")),
             Ind("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农村人居环境整治", "522301250000000117", "兴义市农村人居环境整治服务中心", "325.60", "285.60", "", "40.00", "0.00",
         "推进农村户厕改造和生活垃圾收运处置，改善农村人居环境。", [
             Ind("产出指标", "数量指标", "改造农村户厕数量", "≥1500户", (">=", 1500, "户")),
             Ind("产出指标", "质量指标", "户厕改造验收合格率", "≥95%", (">=", 95, "%")),
             Ind("成本指标", "经济成本指标", "户均改厕补助标准", "≤1200元", ("<=", 1200, "元")),
             Ind("效益指标", "生态效益指标", "农村生活垃圾收运处置体系覆盖率", "≥90%", (">=", 90, "%")),
             Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("动物疫病强制免疫补助", "522301250000000125", "兴义市动物疫病预防控制中心", "142.80", "98.80", "", "0.00", "44.00",
         "完成重大动物疫病强制免疫任务，确保不发生区域性重大动物疫情。", [
             Ind("产出指标", "数量指标", "猪牛羊强制免疫头只数", "≥45万头只", (">=", 45, "万头只")),
             Ind("产出指标", "质量指标", "应免畜禽免疫密度", "≥90%", (">=", 90, "%")),
             Ind("产出指标", "时效指标", "春秋两季集中免疫完成时限", "2025年10月底前", D),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情", "不发生", Q),
             Ind("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [70, 70, 85, 90, 90, 50, 55]
    for project, code, unit_name, total, public, fund, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, unit_name))
        heads = rows.n
        fiscal = f"{Decimal(public) + Decimal(fund or '0'):.2f}"
        rows.put(heads, 0, 3, 1, "资金来源（万元）")
        rows.put(heads, 1, 2, 1, "资金总额")
        rows.put(heads, 2, 1, 3, "财政拨款收入")
        rows.put(heads, 5, 2, 1, "上年结转")
        rows.put(heads, 6, 2, 1, "其他资金")
        for c, head, value in ((2, "小计", fiscal), (3, "一般公共预算", public), (4, "政府性基金预算", fund)):
            rows.put(heads + 1, c, 1, 1, head)
            rows.put(heads + 2, c, 1, 1, value)
        for c, value in ((1, total), (5, carried), (6, other)):
            rows.put(heads + 2, c, 1, 1, value)
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        grid_head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 3, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 3, i.raw)])
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                     editor=f"（{2025}年度）", unit_raw="单位：万元")
        doc.pages.grid(replace(spec, rules="filled", shaded_rows=(heads, heads + 1, grid_head)), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", code=code, year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西 钦州


def _yuan_self_eval(doc: FormDoc, project: str, dept: str, unit_name: str, money: list[tuple[str, str, str, str]],
                    goal: tuple[str, str], inds: list[Ind], grade: str | None, rules: str, split: bool,
                    unit_label: str) -> None:
    """A project self evaluation in the 财政部 template: a label column (项目资金 / 年度总体目标 /
    绩效指标 merged down), money rows under 年初预算数 … 得分 (the first money row carries 分值 10,
    执行率 and 得分), the scoring grid ending in 偏差原因; split: the target printed as
    年度指标值 | 计量单位."""
    a = 6 if split else 5  # the 实际完成值 column
    n = a + 4
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 5, project), (6, 2, "项目类型"), (8, n - 8, "一般项目"))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, n - 6, unit_name))
    r = rows.n
    rows.put(r, 0, len(money) + 1, 1, f"项目资金（{unit_label}）")
    for c, head in ((3, "年初预算数"), (4, "全年预算数"), (5, "全年执行数"), (6, "分值"), (7, "执行率")):
        rows.put(r, c, 1, 1, head)
    rows.put(r, 1, 1, 2, "")
    rows.put(r, 8, 1, n - 8, "得分")
    _, _, budget, executed = money[0]
    for k, (label, x, y, z) in enumerate(money, 1):
        first = k == 1
        for c, cs, text in ((1, 2, label), (3, 1, x), (4, 1, y), (5, 1, z), (6, 1, "10" if first else "—"),
                            (7, 1, _rate(budget, executed) if first else "—"),
                            (8, n - 8, f"{_rate_score(budget, executed)}" if first else "—")):
            rows.put(r + k, c, 1, cs, text)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, n - 5, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, goal[0])
    rows.put(r + 1, 5, 1, n - 5, goal[1])
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值"] + (["计量单位"] if split else []) + [
        "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for k, head in enumerate(heads, 1):
        rows.put(r, k, 1, 1, head)
    rows.n = r + 1
    target = (lambda i: [(4, 1, i.target[0]), (5, 1, i.target[1])]) if split else (lambda i: [(4, 1, i.raw)])
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), *target(i), (a, 1, i.actual), (a + 1, 1, i.weight),
                                            (a + 2, 1, i.score), (a + 3, 1, i.note)])
    total = _total(budget, executed, inds)
    rows.add((0, 1, "总分"), (1, 2, "满分100分"), (3, 1, f"{total:.2f}"), (4, 2, "自评等级"), (6, n - 7, grade or ""),
             (n - 1, 1, "—"))
    widths = [34, 36, 42, 70, 62, 62, 54, 40, 42, 54] if split else [38, 42, 50, 80, 68, 68, 40, 44, 66]
    spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{doc.gold.fiscal_year}年度）",
                 unit_raw=f"单位：{unit_label}", kind="performance_self_evaluation")
    doc.pages.grid(replace(spec, rules=rules), fresh_page=True)
    doc.gold.indicators += [_gold_ind(project, i) for i in inds]
    fiscal = next((y for label, _, y, _ in money if "财政拨款" in label), None)
    carried = next((y for label, _, y, _ in money if "上年结转" in label and y), None)
    doc.gold.project(project, unit_label, year=budget, fiscal=fiscal, carried=carried)
    words = {"优": "优", "良": "良", "优秀": "优", "良好": "良", "中": "中", "差": "差"}
    doc.gold.self_evaluation(project, unit_label, budget, executed, float(total), words[grade] if grade else None)


def layout_gx_qz_self_eval_yuan_columns_open(folder: Path, name: str) -> FileGold:
    """广西 钦州 项目支出绩效自评表 ×2 in 元; rules "open"."""
    dept = "钦州市钦南区教育局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    _yuan_self_eval(doc, "学生营养改善计划", dept, "钦州市钦南区学生资助管理中心", [
        ("年度资金总额", "6,480,000.00", "6,720,000.00", "6,652,800.00"),
        ("其中：财政拨款", "6,480,000.00", "6,720,000.00", "6,652,800.00"),
        ("上年结转资金", "", "", ""),
        ("其他资金", "", "", ""),
    ], ("为农村义务教育学生提供营养膳食补助，改善学生营养状况。", "全年惠及学生13400人，膳食补助按标准足额发放。"), [
        Ind("产出指标", "数量指标", "受益学生人数", "≥13000人", (">=", 13000, "人"), "15", "13400人", "15"),
        Ind("产出指标", "质量指标", "补助资金足额发放率", "=100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "补助资金发放及时率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
        Ind("成本指标", "经济成本指标", "每生每天补助标准", "5元", ("=", 5, "元"), "10", "5元", "10"),
        Ind("效益指标", "社会效益指标", "学生营养健康状况", "持续改善", Q, "20", "有所改善", "18",
            "部分学校食堂条件有限"),
        Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", (">=", 90, "%"), "20", "88%", "18",
            "配餐品种偏少，下年增加"),
    ], "优", "open", False, "元")
    _yuan_self_eval(doc, "校舍维修改造", dept, "钦州市钦南区教育局", [
        ("年度资金总额", "2,100,000.00", "2,350,000.00", "2,046,850.00"),
        ("其中：财政拨款", "2,100,000.00", "2,100,000.00", "1,796,850.00"),
        ("上年结转资金", "0.00", "250,000.00", "250,000.00"),
        ("其他资金", "", "", ""),
    ], ("完成6所中小学校舍维修改造，消除校舍安全隐患。", "完成5所学校维修，1所因设计变更延至次年。"), [
        Ind("产出指标", "数量指标", "维修改造学校数", "6所", ("=", 6, "所"), "20", "5所", "16", "1所学校设计变更"),
        Ind("产出指标", "质量指标", "工程竣工验收合格率", "=100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "开工及时率", "≥90%", (">=", 90, "%"), "10", "83%", "8", "审批时间较长"),
        Ind("成本指标", "经济成本指标", "单位面积维修成本", "≤800元/平方米", ("<=", 800, "元/平方米"), "10",
            "756元/平方米", "10"),
        Ind("效益指标", "社会效益指标", "校舍安全隐患", "基本消除", Q, "20", "部分消除", "15", "1所学校未完工"),
        Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥85%", (">=", 85, "%"), "15", "82%", "12",
            "施工影响教学秩序，下年合理安排工期"),
    ], "良", "open", False, "元")
    return doc.save(folder)


# --------------------------------------------------------------------------- 海南 万宁


def layout_hi_wn_budget_pairs_split_nature_value_unit(folder: Path, name: str) -> FileGold:
    """海南 万宁 部门预算, money as label | value pairs, split 指标性质 | 指标值 | 度量单位; rules "cells"."""
    dept = "万宁市卫生健康委员会"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[(f"{dept}", 24), ("2025年部门预算", 24)])
    _budget_front(doc, dept, 2025, [("卫生健康支出", "9,846.20"), ("社会保障和就业支出", "1,032.58")])
    projects = [
        ("基本公共卫生服务补助资金", "469006250000000031", "万宁市疾病预防控制中心", "1,286.00", "1,286.00", "0.00",
         "为城乡居民免费提供国家基本公共卫生服务项目，提高居民健康水平。", [
             Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", ("≥", "2.6", "万人"), (">=", 2.6, "万人"), "20"),
             Ind("产出指标", "质量指标", "高血压患者规范管理率", ("≥", "65", "%"), (">=", 65, "%"), "15"),
             Ind("产出指标", "质量指标", "适龄儿童国家免疫规划疫苗接种率", ("≥", "90", "%"), (">=", 90, "%"), "15"),
             Ind("成本指标", "经济成本指标", "人均基本公共卫生服务经费补助标准", ("＝", "94", "元"), ("=", 94, "元"), "10"),
             Ind("效益指标", "社会效益指标", "居民健康素养水平", ("≥", "30", "%"), (">=", 30, "%"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "城乡居民对基本公共卫生服务满意度", ("≥", "85", "%"), (">=", 85, "%"), "20"),
         ]),
        ("乡镇卫生院设备购置", "469006250000000047", "万宁市卫生健康委员会", "420.00", "350.00", "70.00",
         "为12家乡镇卫生院配置DR、彩超等基本医疗设备，提升基层诊疗能力。", [
             Ind("产出指标", "数量指标", "配置设备卫生院数", ("＝", "12", "家"), ("=", 12, "家"), "25"),
             Ind("产出指标", "质量指标", "设备验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "设备安装投入使用时间", ("≤", "6", "个月"), ("<=", 6, "个月"), "10"),
             Ind("成本指标", "经济成本指标", "设备采购成本", ("≤", "420", "万元"), ("<=", 420, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "基层医疗机构诊疗能力", ("定性", "明显提升", ""), Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "就诊群众满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
         ]),
        ("家庭医生签约服务", "469006250000000052", "万宁市万城镇中心卫生院", "96.50", "96.50", "0.00",
         "推进家庭医生签约服务，重点人群签约服务覆盖率保持稳定。", [
             Ind("产出指标", "数量指标", "重点人群签约人数", ("≥", "4.2", "万人"), (">=", 4.2, "万人"), "30"),
             Ind("产出指标", "质量指标", "重点人群签约服务覆盖率", ("≥", "75", "%"), (">=", 75, "%"), "20"),
             Ind("效益指标", "社会效益指标", "签约居民健康管理水平", ("定性", "逐步提高", ""), Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", ("≥", "85", "%"), (">=", 85, "%"), "20"),
         ]),
    ]
    widths = [58, 66, 120, 44, 50, 50, 40, 62]
    for project, code, unit_name, year, fiscal, carried, goal, inds in projects:
        other = f"{Decimal(year.replace(',', '')) - Decimal(fiscal.replace(',', '')) - Decimal(carried):,.2f}"
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 2, "项目代码"), (6, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "项目实施单位"), (6, 2, unit_name))
        rows.add((0, 2, "年度资金总额（万元）"), (2, 2, year), (4, 2, "其中：财政资金"), (6, 2, fiscal))
        rows.add((0, 2, "上年结转（万元）"), (2, 2, carried), (4, 2, "其他资金"), (6, 2, other))
        rows.add((0, 1, "年度目标"), (1, 7, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值",
                                                     "度量单位", "分值", "备注"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight), (7, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表",
                             editor=f"填报单位（盖章）：{dept}"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", code=code, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 平凉


def layout_gs_pl_dept_wide_tasks_weights_open(folder: Path, name: str) -> FileGold:
    """甘肃 平凉 乡镇 部门整体支出绩效目标表 with tasks and 权重; rules "open"."""
    dept = "平凉市崆峒区柳湖镇人民政府"
    doc = FormDoc(name, f"{dept}2025年部门整体支出绩效目标表", dept, 2025)
    inds = [
        Ind("产出指标", "数量指标", "高标准农田建设面积", "不低于3000亩", (">=", 3000, "亩"), "10"),
        Ind("产出指标", "数量指标", "农村道路维修养护里程", "不少于25公里", (">=", 25, "公里"), "10"),
        Ind("产出指标", "数量指标", "城乡居民医保参保人数", "不低于2.1万人", (">=", 2.1, "万人"), "5"),
        Ind("产出指标", "质量指标", "脱贫人口返贫致贫", "零发生", Q, "10"),
        Ind("产出指标", "质量指标", "农村生活垃圾无害化处理率", "达到85%", (">=", 85, "%"), "10"),
        Ind("产出指标", "时效指标", "惠民补贴资金兑付时间", "2025年12月20日前", D, "5"),
        Ind("成本指标", "经济成本指标", "“三公”经费支出", "不高于上年", Q, "5"),
        Ind("成本指标", "经济成本指标", "一般性支出压减比例", "不低于5%", (">=", 5, "%"), "5"),
        Ind("成本指标", "经济成本指标", "会议费支出", "控制在3万元以内", ("<=", 3, "万元"), "5"),
        Ind("效益指标", "经济效益指标", "农村居民人均可支配收入增长", "不低于7%", (">=", 7, "%"), "10"),
        Ind("效益指标", "社会效益指标", "信访事项按期办结率", "不低于95%", (">=", 95, "%"), "5"),
        Ind("效益指标", "生态效益指标", "农村卫生厕所普及率", "不低于80%", (">=", 80, "%"), "5"),
        Ind("效益指标", "可持续影响指标", "基层治理能力", "持续提升", Q, "5"),
        Ind("满意度指标", "服务对象满意度指标", "辖区群众满意度", "不低于90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 6, dept), (7, 1, ""))
    r = rows.n
    rows.put(r, 0, 2, 1, "年度预算资金（万元）")
    for c, cs, head, value in ((1, 2, "收入合计", "1,864.35"), (3, 1, "财政拨款", "1,742.35"),
                               (4, 2, "其他资金", "122.00")):
        rows.put(r, c, 1, cs, head)
        rows.put(r + 1, c, 1, cs, value)
    rows.put(r, 6, 2, 2, "")
    tasks = (("保障机构正常运转", "1,126.80"), ("乡村振兴及农业农村发展", "512.55"), ("农村人居环境整治", "225.00"))
    r = rows.n
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    for k, (task, money) in enumerate((("任务名称", "预算金额（万元）"), *tasks)):
        rows.put(r + k, 1, 1, 4, task)
        rows.put(r + k, 5, 1, 2, money)
        rows.put(r + k, 7, 1, 1, "")
    rows.add((0, 1, "年度总体目标"), (1, 6, "保障镇政府机构正常运转，巩固拓展脱贫攻坚成果，推进乡村振兴和农村人居"
                                            "环境整治，提升基层治理和公共服务水平。"), (7, 1, ""))
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "年度绩效指标")
    rows.put(r, 7, 1, 1, "备注")
    rows.n = r
    rows.add((1, 1, "一级指标"), (2, 1, "二级指标"), (3, 2, "三级指标"), (5, 1, "指标值"), (6, 1, "权重（%）"))
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 2, i.name), (5, 1, i.raw), (6, 1, i.weight), (7, 1, "")])
    spec = _spec(rows.cells, rows.n, [40, 58, 72, 64, 62, 96, 52, 46], title="部门整体支出绩效目标表",
                 editor=f"填报单位：{dept}", unit_raw="（2025年度）", kind="dept_performance_targets")
    doc.pages.grid(replace(spec, rules="open"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in inds]
    return doc.save(folder)


# --------------------------------------------------------------------------- 青海 格尔木


def layout_qh_gl_final_accounts_dept_self_eval(folder: Path, name: str) -> FileGold:
    """青海 格尔木 部门决算 with 部门整体 and project self evaluations; rules "cells"."""
    dept = "格尔木市住房和城乡建设局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("财政拨款收入", "4,286.52"), ("其他收入", "35.10")],
                    [("城乡社区支出", "3,612.40"), ("住房保障支出", "512.36"), ("社会保障和就业支出", "196.86")])
    inds = [
        Ind("产出指标", "数量指标", "老旧小区改造户数", "≥1200户", (">=", 1200, "户"), "10", "1236户", "10"),
        Ind("产出指标", "数量指标", "市政道路养护面积", "≥85万平方米", (">=", 85, "万平方米"), "8", "86.4万平方米", "8"),
        Ind("产出指标", "数量指标", "建筑工地安全检查次数", "≥240次", (">=", 240, "次"), "7", "252次", "7"),
        Ind("产出指标", "质量指标", "工程质量验收合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "质量指标", "城市生活污水集中收集率", "≥70%", (">=", 70, "%"), "5", "68.5%", "4",
            "管网建设滞后"),
        Ind("产出指标", "时效指标", "改造项目完工率", "≥95%", (">=", 95, "%"), "5", "100%", "5"),
        Ind("产出指标", "成本指标", "公用经费控制率", "≤100%", ("<=", 100, "%"), "5", "96.2%", "5"),
        Ind("效益指标", "社会效益指标", "城市人居环境", "明显改善", Q, "10", "明显改善", "10"),
        Ind("效益指标", "社会效益指标", "建筑施工安全事故", "较大事故零发生", Q, "10", "零发生", "10"),
        Ind("效益指标", "可持续影响指标", "住房保障长效机制", "逐步健全", Q, "10", "基本健全", "8",
            "保障性租赁住房筹集进度偏慢"),
        Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", (">=", 90, "%"), "5", "93%", "5"),
        Ind("满意度指标", "服务对象满意度指标", "企业群众办事满意度", "≥90%", (">=", 90, "%"), "5", "91%", "5"),
    ]
    initial, budget, executed = "4,180.00", "4,356.62", "4,321.62"
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    rows.add((0, 2, "年度预算（万元）"), (2, 1, "年初预算数"), (3, 1, "全年预算数"), (4, 1, "全年执行数"),
                 (5, 1, "分值"), (6, 1, "执行率"), (7, 1, "得分"))
    rows.add((0, 2, "年度资金总额"), (2, 1, initial), (3, 1, budget), (4, 1, executed), (5, 1, "10"),
             (6, 1, _rate(budget, executed)), (7, 1, f"{_rate_score(budget, executed)}"))
    rows.add((0, 2, "其中：财政拨款"), (2, 1, "4,145.00"), (3, 1, "4,321.52"), (4, 1, "4,286.52"), (5, 1, "—"),
             (6, 1, "—"), (7, 1, "—"))
    rows.add((0, 2, "其他资金"), (2, 1, "35.00"), (3, 1, "35.10"), (4, 1, "35.10"), (5, 1, "—"), (6, 1, "—"), (7, 1, "—"))
    rows.add((0, 2, "年度总体目标完成情况"), (2, 3, "预期目标：推进老旧小区改造和市政设施养护，保障住房安全。"),
             (5, 3, "实际完成：改造老旧小区1236户，养护道路86.4万平方米。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "年度指标值"), (4, 1, "实际完成值"),
             (5, 1, "分值"), (6, 1, "得分"), (7, 1, "偏差原因"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    total = _total(budget, executed, inds)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 5, "自评等级"), (5, 3, "优秀"))
    spec = _spec(rows.cells, rows.n, [46, 62, 92, 62, 62, 34, 40, 100], title="部门整体支出绩效自评表",
                 editor=f"（{year}年度）", kind="performance_self_evaluation")
    doc.pages.grid(replace(spec, rules="cells"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in inds]
    doc.gold.self_evaluation(None, "万元", budget, executed, float(total), "优")
    _yuan_self_eval(doc, "城市供热管网改造", dept, "格尔木市市政工程管理所", [
        ("年度资金总额", "680.00", "680.00", "652.80"),
        ("其中：财政拨款", "680.00", "680.00", "652.80"),
        ("上年结转资金", "", "", ""),
        ("其他资金", "", "", ""),
    ], ("改造老旧供热管网12公里，保障冬季供暖。", "完成改造12.3公里，供暖季运行平稳。"), [
        Ind("产出指标", "数量指标", "改造供热管网长度", "≥12公里", (">=", 12, "公里"), "20", "12.3公里", "20"),
        Ind("产出指标", "质量指标", "管网试压合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "供暖季前完工", "2024年9月30日前", D, "15", "2024年9月26日", "15"),
        Ind("效益指标", "社会效益指标", "供热管网漏损率", "≤3%", ("<=", 3, "%"), "20", "2.6%", "20"),
        Ind("满意度指标", "服务对象满意度指标", "供热用户满意度", "≥90%", (">=", 90, "%"), "20", "89%", "18",
            "个别小区末端温度偏低"),
    ], "优秀", "cells", False, "万元")
    return doc.save(folder)


# --------------------------------------------------------------------------- 宁夏 青铜峡


def layout_nx_qtx_turned_list_yuan_money(folder: Path, name: str) -> FileGold:
    """宁夏 青铜峡 list on turned pages, money columns in 元; rules "filled", header shaded."""
    dept = "青铜峡市水务局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("农村饮水安全巩固提升工程", "2,860,000.00", "2,860,000.00", "0.00",
         "改造农村供水管网38公里，巩固提升农村供水保障水平。", [
             Ind("产出指标", "数量指标", "改造供水管网长度", "≥38公里", (">=", 38, "公里")),
             Ind("产出指标", "质量指标", "农村自来水普及率", "≥98%", (">=", 98, "%")),
             Ind("效益指标", "社会效益指标", "受益人口", "≥1.6万人", (">=", 1.6, "万人")),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("河湖长制工作经费", "450,000.00", "450,000.00", "0.00",
         "落实河湖长制，开展河湖巡查和“清四乱”整治。", [
             Ind("产出指标", "数量指标", "河湖巡查次数", "≥1200次", (">=", 1200, "次")),
             Ind("产出指标", "质量指标", "“四乱”问题整改销号率", "=100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "问题整改时限", "≤30天", ("<=", 30, "天")),
             Ind("效益指标", "生态效益指标", "重点河湖水质达标率", "≥90%", (">=", 90, "%")),
         ]),
        ("引黄灌区续建配套与节水改造", "5,320,000.00", "4,800,000.00", "520,000.00",
         "改造灌区渠道及配套建筑物，提高灌溉水利用效率。", [
             Ind("产出指标", "数量指标", "渠道衬砌改造长度", "≥12.5公里", (">=", 12.5, "公里")),
             Ind("产出指标", "质量指标", "工程质量合格率", "=100%", ("=", 100, "%")),
             Ind("效益指标", "经济效益指标", "新增节水能力", "≥320万立方米", (">=", 320, "万立方米")),
             Ind("效益指标", "可持续影响指标", "灌溉水有效利用系数", "≥0.58", (">=", 0.58, None)),
         ]),
        ("水土保持综合治理", "980,000.00", "980,000.00", "0.00",
         "治理水土流失面积6平方公里，改善区域生态环境。", [
             Ind("产出指标", "数量指标", "治理水土流失面积", "≥6平方公里", (">=", 6, "平方公里")),
             Ind("产出指标", "时效指标", "项目完成时间", "2025年10月31日前", D),
             Ind("效益指标", "生态效益指标", "林草植被覆盖率提高", "≥2个百分点", (">=", 2, "个百分点")),
             Ind("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥85%", (">=", 85, "%")),
         ]),
    ]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "项目名称", "资金总额（元）", "其中：财政拨款（元）",
                                                 "其他资金（元）", "年度绩效目标", "一级指标", "二级指标",
                                                 "三级指标", "指标值"))])
    for n, (project, total, fiscal, other, goal, inds) in enumerate(projects, 1):
        r = rows.n
        for c, text in ((0, str(n)), (1, project), (2, total), (3, fiscal), (4, other), (5, goal)):
            rows.put(r, c, len(inds), 1, text)
        rows.n = r
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw)])
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "元", year=total, fiscal=fiscal)
    spec = _spec(rows.cells, rows.n, [26, 84, 72, 76, 66, 124, 52, 66, 100, 76], title="2025年项目支出绩效目标表",
                 editor=f"单位名称：{dept}", unit_raw="金额单位：元", landscape=True)
    doc.pages.grid(replace(spec, rules="filled", shaded_rows=(0,)), repeat=(0, 1), fresh_page=True, turned=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 新疆 库尔勒


def layout_xj_kel_budget_stacked_yuan_rows(folder: Path, name: str) -> FileGold:
    """新疆 库尔勒 部门预算, 项目资金（元） merged over stacked rows; rules "cells"."""
    dept = "库尔勒市城市管理局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[(dept, 24), ("2025年部门预算公开", 24)])
    _budget_front(doc, dept, 2025, [("城乡社区支出", "5,912.64"), ("社会保障和就业支出", "318.20"),
                                    ("住房保障支出", "205.46")])
    projects = [
        ("城区环境卫生保洁服务", "652801250000000211", "7,860,000.00", "7,860,000.00", "", "",
         "保障城区道路清扫保洁和垃圾清运，城市环境卫生整洁有序。", [
             Ind("产出指标", "数量指标", "道路清扫保洁面积", ("≥680", "万平方米"), (">=", 680, "万平方米")),
             Ind("产出指标", "质量指标", "道路机械化清扫率", ("≥80", "%"), (">=", 80, "%")),
             Ind("产出指标", "时效指标", "生活垃圾日产日清率", ("100", "%"), ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "城市市容环境", ("明显改善", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "市民满意度", ("≥90", "%"), (">=", 90, "%")),
         ]),
        ("城市照明设施维护", "652801250000000228", "1,450,000.00", "1,200,000.00", "250,000.00", "",
         "维护城区路灯及景观照明设施，保障亮灯率。", [
             Ind("产出指标", "数量指标", "维护路灯数量", ("≥1.8", "万盏"), (">=", 1.8, "万盏")),
             Ind("产出指标", "质量指标", "主干道亮灯率", ("≥98", "%"), (">=", 98, "%")),
             Ind("产出指标", "时效指标", "故障修复时间", ("≤24", "小时"), ("<=", 24, "小时")),
             Ind("成本指标", "经济成本指标", "单盏路灯年维护成本", ("≤80", "元"), ("<=", 80, "元")),
             Ind("满意度指标", "服务对象满意度指标", "市民对夜间照明满意度", ("≥85", "%"), (">=", 85, "%")),
         ]),
        ("园林绿化养护", "652801250000000235", "3,260,000.00", "2,960,000.00", "0.00", "300,000.00",
         "养护城区公园绿地和道路绿化带，提升城市绿化水平。", [
             Ind("产出指标", "数量指标", "绿化养护面积", ("≥420", "万平方米"), (">=", 420, "万平方米")),
             Ind("产出指标", "质量指标", "苗木成活率", ("≥95", "%"), (">=", 95, "%")),
             Ind("效益指标", "生态效益指标", "建成区绿化覆盖率", ("≥40", "%"), (">=", 40, "%")),
             Ind("效益指标", "可持续影响指标", "城市园林绿化长效管护机制", ("健全", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "游园群众满意度", ("≥90", "%"), (">=", 90, "%")),
         ]),
    ]
    widths = [62, 72, 80, 120, 72, 92]
    for project, code, total, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 4, project))
        rows.add((0, 2, "项目编码"), (2, 4, code))
        rows.add((0, 2, "主管部门"), (2, 1, "库尔勒市"), (3, 1, dept), (4, 1, "实施单位"), (5, 1, dept))
        r = rows.n
        rows.put(r, 0, 4, 2, "项目资金（元）")
        for k, (label, value) in enumerate((("资金总额", total), ("其中：财政拨款", fiscal), ("上年结转", carried),
                                            ("其他资金", other))):
            rows.put(r + k, 2, 1, 2, label)
            rows.put(r + k, 4, 1, 2, value)
        rows.add((0, 2, "年度绩效目标"), (2, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "计量单位"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.target[0]), (5, 1, i.target[1])])
        doc.pages.grid(replace(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor="（2025年）"),
                               rules="cells"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "元", code=code, year=total, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 西藏 那曲


def layout_xz_nq_self_eval_pairs_grade_words(folder: Path, name: str) -> FileGold:
    """西藏 那曲 项目支出绩效自评表 ×2, money as label | value pairs; rules "filled", header shaded."""
    dept = "那曲市色尼区农业农村局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    evals = [
        ("草原生态保护补助奖励", "那曲市色尼区草原工作站", "1,860.00", "1,920.00", "1,905.60", "1,920.00",
         "落实禁牧和草畜平衡补助奖励政策，保护草原生态。", "全年兑付补助奖励资金1905.60万元，草原综合植被盖度稳定。", [
             Ind("产出指标", "数量指标", "禁牧面积", "≥520万亩", (">=", 520, "万亩"), "15", "520万亩", "15"),
             Ind("产出指标", "数量指标", "草畜平衡面积", "≥860万亩", (">=", 860, "万亩"), "15", "866万亩", "15"),
             Ind("产出指标", "质量指标", "补助资金兑付准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "补助资金兑付时间", "2024年12月底前", D, "10", "2024年12月18日", "10"),
             Ind("效益指标", "生态效益指标", "草原综合植被盖度", "≥45%", (">=", 45, "%"), "20", "45.3%", "20"),
             Ind("满意度指标", "服务对象满意度指标", "农牧民满意度", "≥90%", (">=", 90, "%"), "15", "95%", "15"),
         ], "优秀"),
        ("牦牛良种繁育补贴", "那曲市色尼区畜牧兽医站", "320.00", "320.00", "268.80", "320.00",
         "推广牦牛良种，提高牦牛生产性能和养殖效益。", "推广种公牛410头，部分补贴因核验延迟未兑付。", [
             Ind("产出指标", "数量指标", "推广牦牛种公牛数量", "≥450头", (">=", 450, "头"), "20", "410头", "16",
                 "部分牧户未按期申报"),
             Ind("产出指标", "质量指标", "良种牦牛合格率", "≥95%", (">=", 95, "%"), "15", "96%", "15"),
             Ind("产出指标", "时效指标", "补贴资金兑付及时率", "≥90%", (">=", 90, "%"), "10", "84%", "8",
                 "核验程序较长"),
             Ind("效益指标", "经济效益指标", "户均养殖增收", "≥1500元", (">=", 1500, "元"), "20", "1320元", "15",
                 "市场价格下行"),
             Ind("效益指标", "可持续影响指标", "良种繁育体系", "逐步完善", Q, "10", "逐步完善", "10"),
             Ind("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", (">=", 90, "%"), "15", "86%", "12",
                 "补贴兑付偏慢"),
         ], "良好"),
    ]
    words = {"优秀": "优", "良好": "良"}
    for project, unit_name, initial, budget, executed, fiscal, goal, done, inds, grade in evals:
        total = _total(budget, executed, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, unit_name))
        rows.add((0, 2, "年初预算数（万元）"), (2, 2, initial), (4, 2, "全年预算数（万元）"), (6, 2, budget))
        rows.add((0, 2, "其中：财政拨款（万元）"), (2, 2, fiscal), (4, 2, "全年执行数（万元）"), (6, 2, executed))
        rows.add((0, 2, "预算执行率"), (2, 2, _rate(budget, executed)), (4, 2, "执行率得分（10分）"),
                 (6, 2, f"{_rate_score(budget, executed)}"))
        rows.add((0, 2, "年度总体目标"), (2, 6, goal))
        rows.add((0, 2, "实际完成情况"), (2, 6, done))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "年度指标值"),
                        (4, 1, "实际完成值"), (5, 1, "分值"), (6, 1, "得分"), (7, 1, "偏差原因及改进措施"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 2, "自评得分"), (2, 2, f"{total:.2f}"), (4, 2, "自评等级"), (6, 2, grade))
        spec = _spec(rows.cells, rows.n, [46, 64, 96, 70, 72, 34, 34, 84], title="项目支出绩效自评表",
                     editor="（2024年度）", kind="performance_self_evaluation")
        doc.pages.grid(replace(spec, rules="filled", shaded_rows=(head,)), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal)
        doc.gold.self_evaluation(project, "万元", budget, executed, float(total), words[grade])
    return doc.save(folder)


# --------------------------------------------------------------------------- 天津 武清


def layout_tj_wq_budget_total_year_heads_weights(folder: Path, name: str) -> FileGold:
    """天津 武清 部门预算, two-row money heads 项目总金额 | 本年度金额 (小计 | 财政拨款 | 上年结转);
    rules "filled", header shaded."""
    dept = "天津市武清区城市管理委员会"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[(dept, 24), ("2025年部门预算", 24)])
    _budget_front(doc, dept, 2025, [("城乡社区支出", "12,640.88"), ("节能环保支出", "1,806.00"),
                                    ("社会保障和就业支出", "655.12")])
    projects = [
        ("生活垃圾焚烧处理服务费", "12011425T000000031", "3,600.00", "1,200.00", "1,200.00", "",
         "保障城区及镇街生活垃圾无害化处理，2025年处理生活垃圾不少于16万吨。", [
             Ind("产出指标", "数量指标", "生活垃圾处理量", "≥16万吨", (">=", 16, "万吨"), "20"),
             Ind("产出指标", "质量指标", "生活垃圾无害化处理率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "年度服务费结算完成时间", "2025年12月31日前", D, "10"),
             Ind("成本指标", "经济成本指标", "吨垃圾处理服务费", "≤75元/吨", ("<=", 75, "元/吨"), "20"),
             Ind("效益指标", "生态效益指标", "原生垃圾填埋量", "零填埋", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", (">=", 85, "%"), "10"),
         ]),
        ("市政道路桥梁维修养护", "12011425T000000046", "2,480.00", "2,480.00", "2,100.00", "380.00",
         "对城区主次干道及桥梁进行日常维修养护，保持设施完好。", [
             Ind("产出指标", "数量指标", "道路维修养护面积", "≥320万平方米", (">=", 320, "万平方米"), "20"),
             Ind("产出指标", "数量指标", "桥梁定期检测座数", "≥46座", (">=", 46, "座"), "10"),
             Ind("产出指标", "质量指标", "道路设施完好率", "≥95%", (">=", 95, "%"), "20"),
             Ind("产出指标", "时效指标", "坑槽修补时限", "≤48小时", ("<=", 48, "小时"), "10"),
             Ind("效益指标", "社会效益指标", "城市道路通行条件", "持续改善", Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "市民出行满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("城市公厕运行维护", "12011425T000000052", "386.40", "386.40", "386.40", "",
         "保障168座城市公厕正常开放和日常保洁。", [
             Ind("产出指标", "数量指标", "运维公厕数量", "168座", ("=", 168, "座"), "30"),
             Ind("产出指标", "质量指标", "公厕保洁达标率", "≥95%", (">=", 95, "%"), "30"),
             Ind("效益指标", "社会效益指标", "如厕环境", "明显改善", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "如厕群众满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
    ]
    widths = [60, 62, 92, 74, 74, 112]
    for project, code, total, year, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 1, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "项目期限"),
                 (5, 1, "2025-2027年" if total != year else "2025年"))
        h = rows.n
        rows.put(h, 0, 3, 1, "项目资金（万元）")
        rows.put(h, 1, 2, 1, "项目总金额")
        rows.put(h, 2, 1, 4, "本年度金额")
        for c, head in ((2, "小计"), (3, "其中：财政拨款"), (4, "其中：上年结转"), (5, "其他资金")):
            rows.put(h + 1, c, 1, 1, head)
        for c, value in ((1, total), (2, year), (3, fiscal), (4, carried), (5, "")):
            rows.put(h + 2, c, 1, 1, value)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        g = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "分值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
        spec = _spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表", editor=f"预算单位：{dept}",
                     unit_raw="单位：万元")
        doc.pages.grid(replace(spec, rules="filled", shaded_rows=(h, h + 1, g)), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", code=code, total=total, year=year, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 北京 通州


def layout_bj_tz_street_self_eval_split_target_open(folder: Path, name: str) -> FileGold:
    """北京 通州 街道 项目支出绩效自评表 ×2 in 元, target split 年度指标值 | 计量单位; rules "open"."""
    dept = "北京市通州区人民政府北苑街道办事处"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    _yuan_self_eval(doc, "老旧小区综合整治", dept, dept, [
        ("年度资金总额", "3,850,000.00", "3,850,000.00", "3,657,500.00"),
        ("其中：财政拨款", "3,850,000.00", "3,850,000.00", "3,657,500.00"),
        ("上年结转资金", "0.00", "0.00", "0.00"),
        ("其他资金", "0.00", "0.00", "0.00"),
    ], ("完成3个老旧小区综合整治，改善居民居住条件。", "完成3个小区楼本体及公共区域改造，部分尾款未结算。"), [
        Ind("产出指标", "数量指标", "整治小区数量", ("≥3", "个"), (">=", 3, "个"), "15", "3个", "15"),
        Ind("产出指标", "数量指标", "加装电梯部数", ("≥6", "部"), (">=", 6, "部"), "10", "6部", "10"),
        Ind("产出指标", "质量指标", "工程验收合格率", ("100", "%"), ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "整治工程完工时间", ("2024年11月30日前", ""), D, "10", "2024年11月25日", "10"),
        Ind("效益指标", "社会效益指标", "居民居住环境", ("明显改善", ""), Q, "15", "明显改善", "15"),
        Ind("效益指标", "可持续影响指标", "小区物业管理覆盖率", ("≥90", "%"), (">=", 90, "%"), "10", "85%", "8",
            "1个小区物业选聘未完成"),
        Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", ("≥90", "%"), (">=", 90, "%"), "15", "92%", "15"),
    ], "优", "open", True, "元")
    _yuan_self_eval(doc, "社区养老助餐服务", dept, "北苑街道养老服务指导中心", [
        ("年度资金总额", "620,000.00", "580,000.00", "571,300.00"),
        ("其中：财政拨款", "620,000.00", "580,000.00", "571,300.00"),
        ("上年结转资金", "", "", ""),
        ("其他资金", "", "", ""),
    ], ("为辖区老年人提供助餐服务，解决老年人就餐难。", "全年提供助餐服务7.6万人次。"), [
        Ind("产出指标", "数量指标", "助餐服务人次", ("≥7", "万人次"), (">=", 7, "万人次"), "20", "7.6万人次", "20"),
        Ind("产出指标", "质量指标", "食品安全事故", ("零发生", ""), Q, "15", "零发生", "15"),
        Ind("产出指标", "时效指标", "助餐点每日供餐时间", ("≥2", "小时"), (">=", 2, "小时"), "10", "2.5小时", "10"),
        Ind("成本指标", "经济成本指标", "每餐补贴标准", ("≤8", "元"), ("<=", 8, "元"), "10", "8元", "10"),
        Ind("效益指标", "社会效益指标", "老年人就餐便利程度", ("有效提升", ""), Q, "20", "有效提升", "20"),
        Ind("满意度指标", "服务对象满意度指标", "就餐老人满意度", ("≥90", "%"), (">=", 90, "%"), "15", "87%", "12",
            "菜品口味有待改进"),
    ], "优", "open", True, "元")
    return doc.save(folder)


BLIND66: dict[str, Builder] = {
    "gz_xy_budget_source_grid_income_lines": layout_gz_xy_budget_source_grid_income_lines,
    "gx_qz_self_eval_yuan_columns_open": layout_gx_qz_self_eval_yuan_columns_open,
    "hi_wn_budget_pairs_split_nature_value_unit": layout_hi_wn_budget_pairs_split_nature_value_unit,
    "gs_pl_dept_wide_tasks_weights_open": layout_gs_pl_dept_wide_tasks_weights_open,
    "qh_gl_final_accounts_dept_self_eval": layout_qh_gl_final_accounts_dept_self_eval,
    "nx_qtx_turned_list_yuan_money": layout_nx_qtx_turned_list_yuan_money,
    "xj_kel_budget_stacked_yuan_rows": layout_xj_kel_budget_stacked_yuan_rows,
    "xz_nq_self_eval_pairs_grade_words": layout_xz_nq_self_eval_pairs_grade_words,
    "tj_wq_budget_total_year_heads_weights": layout_tj_wq_budget_total_year_heads_weights,
    "bj_tz_street_self_eval_split_target_open": layout_bj_tz_street_self_eval_split_target_open,
}
SETS: dict[str, dict[str, Builder]] = {"blind66": BLIND66}


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
    """Write every layout of ``which`` ("blind66") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
