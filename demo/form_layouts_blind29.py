"""BLIND29 performance forms: ten layouts as a county of 江西 上饶, a district of 山东 临沂, a
district of 湖北 鄂州, a county of 广东 茂名, a district of 河南 安阳, a district of 四川 自贡, a
district of 浙江 衢州, a county of 云南 玉溪, a district of 海南 海口 and a 旗 of 内蒙古 呼和浩特
print the forms a cross-city dataset meets most: 项目支出绩效目标表 inside 部门预算 reports (single
forms, a list, several forms a page), 项目支出绩效自评表 and 部门整体支出绩效自评表 inside 部门决算
reports, and a 部门整体支出绩效目标表, each printed in its own way. Written by an author who had read
neither the form reader nor the earlier blind sets (only the gold helpers and page composer of
``form_layouts``, the gold conventions of BLIND9's docstring and the real disclosures). The gold
is written by hand with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

jx_sr_county_budget_single_forms_heads_zero_carried  江西 上饶 county 部门预算: budget tables,
        then one 项目支出绩效目标表 per page; 项目资金（万元） merged over a heads row 资金总额 |
        财政拨款 | 上年结转 | 其他资金 and an amounts row. total none; year = 资金总额; fiscal =
        财政拨款; carried = 上年结转 (the second form prints 0.00: no amount). Grid 一级 | 二级 |
        三级 | 指标值, no weights.
sd_ly_budget_income_source_lines_bonds  山东 临沂 district 部门预算: budget tables, then forms
        whose money is a column of label | value lines under 资金来源（万元）: 资金总额 /
        其中：一般公共预算财政拨款收入 / 政府性基金预算财政拨款收入 / 专项债券资金 / 上年结转资金.
        year = 资金总额; fiscal = the sum of the …财政拨款收入 lines printing an amount (专项债券
        never); carried = 上年结转资金 (0.00 no amount). Grid with 指标值 and 权重 (100). (The
        front's 项目支出预算表 prints each project's 预算数 | 其中：财政拨款 too; the gold reads the
        forms.)
hub_ez_three_forms_a_page_labels_above_sign_columns  湖北 鄂州 district: three short forms down
        the pages, labels above values (项目名称 | 实施单位 | 年度资金（万元） | 其中：财政资金 over
        one value row); year = 年度资金, fiscal = 其中：财政资金. 一级 missing; grid 二级 | 三级 |
        符号 | 数值 | 单位 (split target joined: "≥" "95" "%" -> "≥95%").
gd_mm_county_landscape_list_weights  广东 茂名 county landscape 项目支出绩效目标表 list:
        序号 | 项目名称 | 资金总额 | 其中：财政资金 (单位：万元) | 年度绩效目标 | 一级 | 二级 | 三级 |
        指标值 | 权重; project cells merged down its rows; year = 资金总额, fiscal = 财政资金.
ha_ay_accounts_project_self_evals_grade_words  河南 安阳 district 部门决算: accounts tables, then
        two 项目支出绩效自评表: money heads 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分
        over 年度资金总额 / 其中：财政拨款 / 其他资金; grid with 偏差原因分析及改进措施, 总分, 自评等级
        printed as 优秀 / 良好. budget = 年度资金总额's 全年预算数, executed = its 全年执行数; the
        project's year = that 全年预算数, fiscal = the 财政拨款 row's 全年预算数.
sc_zg_accounts_dept_self_eval_then_project  四川 自贡 district 部门决算: accounts tables, then a
        部门整体支出绩效自评表 (money rows 年度资金总额 / 基本支出 / 项目支出 under 全年预算数 |
        全年执行数 | 执行率 | 分值 | 得分; 一级 cells carry their weight, 产出指标（40分）) and one
        项目支出绩效自评表 with money as label | value pairs in one row. Dept money: no project.
zj_qz_budget_dept_wide_targets_words  浙江 衢州 district 部门预算: budget tables, then a
        部门整体支出绩效目标表: 部门预算资金 heads 合计 | 财政拨款 | 其他资金 over one row, three
        年度主要任务 with their own amounts, targets in words (达到 / 不低于 / 控制在…以内 / 大于 /
        不超过), a range and a deadline. No project rows (部门整体 money is no project's).
yn_yx_county_self_evals_yuan_pairs_split_target  云南 玉溪 county 项目支出绩效自评表 in 元 with
        separators: money as label | value pairs (全年预算数（元） | 全年执行数（元） | 执行率 …), no
        财政拨款 line (fiscal none), target split 指标性质 | 指标值 | 度量单位, grade 良.
hi_hk_long_form_total_and_year_repeated_header  海南 海口 district single long
        项目支出绩效目标表 over two pages, grid header repeated: 立项依据 / 项目实施内容 prose rows,
        label | value money rows 项目总金额 (total, the whole multi-year project) / 本年度预算 (year)
        / 其中：财政拨款 (fiscal) / 上年结转 (carried); grid 一级 | 二级 | 三级 | 指标值 | 权重（%） |
        指标值设定依据 and a 合计 row of the weights (not an indicator).
nmg_hhht_two_forms_a_page_yuan_sources  内蒙古 呼和浩特 旗: two forms a page in 元 (1,234,000.00);
        heads 合计 | 一般公共预算 | 中央补助资金 | 其他资金: year = 合计, fiscal none (neither source
        is named 财政拨款); the third form's heads 合计 | 财政拨款 | 上年结转: fiscal, carried.

Gold conventions (BLIND9's, with this set's rulings):

- target_raw is the 年度 value as printed; split columns joined in reading order with no
  separator; an empty unit cell adds nothing.
- ≥ / 不低于 / 不少于 / 达到 N read ">="; ≤ / 不高于 / 不超过 / 控制在 N 以内 read "<="; ＞ / 大于
  read ">"; ＜ / 小于 read "<"; = and a bare figure read "="; "3-5个工作日" is a range; a deadline
  ("2025年10月底前") stays raw with no comparator; a state is qualitative.
- Money: as each layout's line says. A printed 0.00 carried-over is no amount. fiscal is the
  财政拨款 / 财政资金 amount as printed; where a source list prints lines named …财政拨款收入,
  fiscal is the sum of those lines printing an amount; 一般公共预算 alone, 专项债券, 中央补助 and
  其他资金 are never summed into it. A 部门整体 form's money is no project's.
- Self evaluations: budget = 全年预算数 of 年度资金总额 (or its pair), executed = its 全年执行数;
  score = the printed 总分; grade words 优秀 / 良好 read 优 / 良.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

GRID4 = ("一级指标", "二级指标", "三级指标", "指标值")


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  projects: list[tuple[str, str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, two budget tables, the forms' heading."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职责。{dept}负责本行政区域内相关领域的政策落实、行业管理和公共服务工作。",
        "二、机构设置。纳入本部门预算编制范围的单位包括部门本级和所属事业单位。",
    ])
    total = sum(Decimal(v.replace(",", "")) for _, v in income)
    body = [plain_row([a, v]) for a, v in income] + [plain_row(["收入总计", f"{total:,.2f}"])]
    doc.pages.table(TableSpec("部门收入预算总表", "income", "单位：万元", "wan_yuan", f"编制单位：{dept}",
                              [300, 160], [(0, 0, 1, 1, "项目"), (0, 1, 1, 1, f"{year}年预算数")], 1, body,
                              ["l", "r"]))
    ptotal = sum(Decimal(v.replace(",", "")) for _, v, _ in projects)
    ftotal = sum(Decimal(f.replace(",", "")) for _, _, f in projects)
    body = [plain_row([str(k), a, v, f]) for k, (a, v, f) in enumerate(projects, 1)]
    body.append(plain_row(["", "合计", f"{ptotal:,.2f}", f"{ftotal:,.2f}"]))
    doc.pages.table(TableSpec("项目支出预算表", "project_expenditure", "单位：万元", "wan_yuan", f"编制单位：{dept}",
                              [50, 250, 100, 100], [(0, 0, 1, 1, "序号"), (0, 1, 1, 1, "项目名称"),
                                                    (0, 2, 1, 1, "预算数"), (0, 3, 1, 1, "其中：财政拨款")],
                              1, body, ["c", "l", "r", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}编制了{year}年项目支出绩效目标，现予公开。"])


def _add(doc: FormDoc, project: str | None, inds: list[Ind]) -> None:
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))


# --------------------------------------------------------------------------- layouts


def layout_jx_sr_county_budget_single_forms_heads_zero_carried(folder: Path, name: str) -> FileGold:
    dept = "上饶市余干县农业农村局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[(dept, 22), ("2025年部门预算", 24)])
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "3,860.00"), ("上年结转", "120.00")],
                  [("高标准农田建设管护", "460.00", "340.00"), ("农产品质量安全监管", "85.00", "85.00")])
    forms = [
        ("高标准农田建设管护", "36112325T000001234567", "余干县农田建设服务中心",
         ("460.00", "340.00", "120.00", "0.00"), "完成高标准农田建后管护，保障农田设施正常运行。", [
             Ind("产出指标", "数量指标", "管护农田面积", "≥12万亩", (">=", 12, "万亩")),
             Ind("产出指标", "数量指标", "修复灌排设施", "≥150处", (">=", 150, "处")),
             Ind("产出指标", "质量指标", "设施完好率", "≥90%", (">=", 90, "%")),
             Ind("产出指标", "时效指标", "损毁设施修复时限", "≤30天", ("<=", 30, "天")),
             Ind("效益指标", "经济效益指标", "亩均粮食增产", "≥50公斤", (">=", 50, "公斤")),
             Ind("效益指标", "可持续影响指标", "农田管护机制", "长期有效", Q),
             Ind("效益指标", "社会效益指标", "耕地撂荒面积", "不增加", Q),
             Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农产品质量安全监管", "36112325T000001234581", "余干县农产品质量安全检测站",
         ("85.00", "85.00", "0.00", ""), "开展农产品质量安全例行监测和执法检查。", [
             Ind("产出指标", "数量指标", "农产品抽检批次", "≥2000批次", (">=", 2000, "批次")),
             Ind("产出指标", "数量指标", "执法检查次数", "12次", ("=", 12, "次")),
             Ind("产出指标", "质量指标", "抽检合格率", "≥98%", (">=", 98, "%")),
             Ind("产出指标", "时效指标", "检测报告出具时间", "3-5个工作日", ("range", 3, "个工作日", 5)),
             Ind("产出指标", "成本指标", "单批次检测成本", "≤200元", ("<=", 200, "元")),
             Ind("效益指标", "社会效益指标", "重大农产品质量安全事件", "0起", ("=", 0, "起")),
             Ind("效益指标", "可持续影响指标", "追溯体系覆盖率", "＞80%", (">", 80, "%")),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", (">=", 85, "%")),
         ]),
    ]
    for project, code, unit_name, money, goal, inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for k, head in enumerate(("资金总额", "财政拨款", "上年结转", "其他资金")):
            rows.put(r, 1 + k, 1, 1, head)
            rows.put(r + 1, 1 + k, 1, 1, money[k])
        rows.put(r, 5, 2, 1, "")
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 82, 82, 82, 82, 82], title="项目支出绩效目标表",
                             editor="（2025年度）", unit_raw="单位：万元"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", code=code, year=money[0], fiscal=money[1],
                         carried=money[2] if money[2] != "0.00" else None)
    return doc.save(folder)


def layout_sd_ly_budget_income_source_lines_bonds(folder: Path, name: str) -> FileGold:
    dept = "临沂市兰山区住房和城乡建设局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[(f"{dept}2025年部门预算", 20)])
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "6,420.00"), ("政府性基金预算拨款收入", "1,150.00")],
                  [("老旧小区改造提升", "850.00", "750.00"), ("城市排水管网更新", "1,200.00", "500.00")])
    forms = [
        ("老旧小区改造提升", [("资金总额", "850.00"), ("其中：一般公共预算财政拨款收入", "600.00"),
                             ("政府性基金预算财政拨款收入", "150.00"), ("专项债券资金", ""),
                             ("上年结转资金", "100.00")], ("850.00", "750.00", "100.00"),
         "完成老旧小区改造，改善居民居住环境。", [
             Ind("产出指标", "数量指标", "改造小区数量", "≥28个", (">=", 28, "个"), "20"),
             Ind("产出指标", "数量指标", "惠及居民户数", "≥4500户", (">=", 4500, "户"), "10"),
             Ind("产出指标", "质量指标", "竣工验收合格率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "改造完成时间", "2025年11月底前", (None, None, None), "10"),
             Ind("效益指标", "社会效益指标", "小区居住环境", "明显改善", Q, "20"),
             Ind("效益指标", "可持续影响指标", "长效管理机制", "逐步建立", Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("城市排水管网更新", [("资金总额", "1,200.00"), ("其中：一般公共预算财政拨款收入", "500.00"),
                             ("政府性基金预算财政拨款收入", ""), ("专项债券资金", "700.00"),
                             ("上年结转资金", "0.00")], ("1,200.00", "500.00", None),
         "更新老化排水管网，提升城区防汛排涝能力。", [
             Ind("产出指标", "数量指标", "更新管网长度", "≥18公里", (">=", 18, "公里"), "20"),
             Ind("产出指标", "数量指标", "雨污分流改造片区", "≥6个", (">=", 6, "个"), "10"),
             Ind("产出指标", "质量指标", "管道闭水试验合格率", "≥98%", (">=", 98, "%"), "20"),
             Ind("产出指标", "成本指标", "每公里改造成本", "≤65万元", ("<=", 65, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "城区易涝点数量", "同比减少", Q, "20"),
             Ind("效益指标", "生态效益指标", "污水收集率", "≥85%", (">=", 85, "%"), "10"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥88%", (">=", 88, "%"), "10"),
         ]),
    ]
    for project, lines, (year, fiscal, carried), goal, inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, dept))
        r = rows.n
        rows.put(r, 0, len(lines), 1, "资金来源（万元）")
        for k, (label, amount) in enumerate(lines):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 2, amount)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [88, 84, 82, 82, 88, 60], title="项目支出绩效目标表",
                             editor=f"部门名称：{dept}", unit_raw="单位：万元"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_hub_ez_three_forms_a_page_labels_above_sign_columns(folder: Path, name: str) -> FileGold:
    dept = "鄂州市华容区卫生健康局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    doc.pages.text_page("2025年项目支出绩效目标公开说明", [
        f"{dept}2025年纳入绩效目标管理的项目共3个，绩效目标表如下。"])
    forms = [
        ("基本公共卫生服务", "华容区疾病预防控制中心", "312.50", "280.00", [
            Ind(None, "数量指标", "65岁以上老年人健康管理人数", ("≥", "9000", "人"), (">=", 9000, "人")),
            Ind(None, "质量指标", "高血压患者规范管理率", ("≥", "65", "%"), (">=", 65, "%")),
            Ind(None, "时效指标", "服务数据录入时限", ("≤", "7", "天"), ("<=", 7, "天")),
            Ind(None, "成本指标", "人均基本公共卫生服务经费", ("≥", "94", "元"), (">=", 94, "元")),
            Ind(None, "社会效益指标", "居民健康素养水平", ("≥", "30", "%"), (">=", 30, "%")),
            Ind(None, "服务对象满意度指标", "签约居民满意度", ("≥", "85", "%"), (">=", 85, "%")),
        ]),
        ("家庭医生签约服务", "华容区卫生健康服务中心", "96.00", "96.00", [
            Ind(None, "数量指标", "重点人群签约人数", ("≥", "2.4", "万人"), (">=", 2.4, "万人")),
            Ind(None, "质量指标", "签约服务履约率", ("≥", "90", "%"), (">=", 90, "%")),
            Ind(None, "成本指标", "人均签约补助标准", ("=", "40", "元"), ("=", 40, "元")),
            Ind(None, "社会效益指标", "基层首诊率", ("＞", "60", "%"), (">", 60, "%")),
            Ind(None, "服务对象满意度指标", "签约对象满意度", ("≥", "90", "%"), (">=", 90, "%")),
        ]),
        ("村卫生室运行补助", "华容区卫生健康局", "54.60", "54.60", [
            Ind(None, "数量指标", "补助村卫生室数量", ("=", "91", "个"), ("=", 91, "个")),
            Ind(None, "质量指标", "补助资金发放准确率", ("=", "100", "%"), ("=", 100, "%")),
            Ind(None, "质量指标", "村卫生室标准化达标率", ("≥", "95", "%"), (">=", 95, "%")),
            Ind(None, "时效指标", "补助资金拨付时间", ("", "2025年9月底前", ""), (None, None, None)),
            Ind(None, "可持续影响指标", "村级卫生服务网络", ("", "持续稳定", ""), Q),
            Ind(None, "服务对象满意度指标", "乡村医生满意度", ("≥", "88", "%"), (">=", 88, "%")),
        ]),
    ]
    for project, unit_name, year, fiscal, inds in forms:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 2, "实施单位"), (4, 1, "年度资金（万元）"), (5, 1, "其中：财政资金"))
        rows.add((0, 2, project), (2, 2, unit_name), (4, 1, year), (5, 1, fiscal))
        rows.add((0, 1, "二级指标"), (1, 2, "三级指标"), (3, 1, "符号"), (4, 1, "数值"), (5, 1, "单位"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 2, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                  (5, 1, i.target[2])])
        doc.pages.grid(_spec(rows.cells, rows.n, [90, 90, 90, 50, 90, 85], title=f"{project}绩效目标表",
                             unit_raw="单位：万元"))
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=year, fiscal=fiscal)
    return doc.save(folder)


def layout_gd_mm_county_landscape_list_weights(folder: Path, name: str) -> FileGold:
    dept = "茂名市信宜市教育局"
    doc = FormDoc(name, f"{dept}2024年项目支出绩效目标", dept, 2024)
    projects = [
        ("学前教育资助", "186.00", "186.00", "资助家庭经济困难幼儿，保障其平等接受学前教育。", [
            Ind("产出指标", "数量指标", "资助幼儿人数", "≥1500人", (">=", 1500, "人"), "30"),
            Ind("产出指标", "质量指标", "资助对象认定准确率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "资助资金发放时限", "≤30个工作日", ("<=", 30, "个工作日"), "10"),
            Ind("效益指标", "社会效益指标", "因贫失学幼儿数", "0人", ("=", 0, "人"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "受助家庭满意度", "≥95%", (">=", 95, "%"), "10"),
        ]),
        ("义务教育学校校舍维修", "520.00", "450.00", "完成农村学校校舍维修，消除安全隐患。", [
            Ind("产出指标", "数量指标", "维修学校数量", "≥16所", (">=", 16, "所"), "25"),
            Ind("产出指标", "质量指标", "维修工程验收合格率", "100%", ("=", 100, "%"), "25"),
            Ind("产出指标", "成本指标", "维修成本控制", "≤520万元", ("<=", 520, "万元"), "10"),
            Ind("效益指标", "社会效益指标", "校舍安全隐患", "全部消除", Q, "30"),
            Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
        ("乡村教师生活补助", "1,080.00", "1,080.00", "落实乡村教师生活补助，稳定乡村教师队伍。", [
            Ind("产出指标", "数量指标", "补助教师人数", "≥2200人", (">=", 2200, "人"), "30"),
            Ind("产出指标", "质量指标", "补助标准执行率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "按月发放及时率", "≥95%", (">=", 95, "%"), "10"),
            Ind("效益指标", "可持续影响指标", "乡村教师流失率", "＜3%", ("<", 3, "%"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "乡村教师满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
    ]
    rows = _Rows()
    heads = ("序号", "项目名称", "资金总额", "其中：财政资金", "年度绩效目标", "一级指标", "二级指标", "三级指标",
             "指标值", "权重（%）")
    rows.add(*[(k, 1, h) for k, h in enumerate(heads)])
    for n, (project, year, fiscal, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.raw), (9, 1, i.weight)])
        for col, text in ((0, str(n)), (1, project), (2, year), (3, fiscal), (4, goal)):
            rows.put(r0, col, len(inds), 1, text)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=year, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [30, 80, 62, 62, 130, 58, 70, 100, 70, 50],
                         title="2024年项目支出绩效目标表", editor=f"单位名称：{dept}", unit_raw="单位：万元",
                         landscape=True), repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


def _self_eval_heads(doc: FormDoc, project: str, unit_name: str, money: list[tuple[str, ...]], goal: tuple[str, str],
                     inds: list[Ind], total: str, grade: str) -> None:
    """A 项目支出绩效自评表 with money heads over three lines and a grade in words."""
    dept = doc.gold.department
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 7, project))
    rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, unit_name))
    r = rows.n
    rows.put(r, 0, len(money) + 1, 2, "项目资金（万元）")
    for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")):
        rows.put(r, 2 + k, 1, 1, head)
    for j, line in enumerate(money, 1):
        for k, v in enumerate(line):
            rows.put(r + j, 2 + k, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 2, "年度总体目标")
    rows.put(r, 2, 1, 4, "预期目标")
    rows.put(r, 6, 1, 3, "实际完成情况")
    rows.put(r + 1, 2, 1, 4, goal[0])
    rows.put(r + 1, 6, 1, 3, goal[1])
    rows.add(*[(k, 1, h) for k, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因分析及改进措施"))], (8, 1, "备注"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note), (8, 1, "")])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, total), (7, 2, ""))
    rows.add((0, 5, "自评等级"), (5, 4, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, [50, 62, 80, 58, 58, 44, 44, 70, 40], title="项目支出绩效自评表",
                         editor="（2024年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    _add(doc, project, inds)


def layout_ha_ay_accounts_project_self_evals_grade_words(folder: Path, name: str) -> FileGold:
    dept = "安阳市文峰区民政局"
    doc = FormDoc(name, f"{dept}2024年度部门决算", dept, 2024, cover=[(dept, 24), ("2024年度部门决算", 24)])
    _accounts_front(doc, dept, 2024, [("一、一般公共预算财政拨款收入", "2,614.30"), ("二、其他收入", "30.00")],
                    [("一、社会保障和就业支出", "2,598.10"), ("二、卫生健康支出", "46.20")])
    # 200.00 / 192.00 -> 96.00%, 9.60; indicators 85 -> 94.60
    inds = [
        Ind("产出指标", "数量指标", "分散供养特困人员数", "≥420人", (">=", 420, "人"), "15", "436人", "15"),
        Ind("产出指标", "质量指标", "救助对象认定准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "供养金按月发放率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "成本指标", "月人均供养标准", "≥900元", (">=", 900, "元"), "10", "920元", "10"),
        Ind("效益指标", "社会效益指标", "特困人员基本生活", "有效保障", Q, "20", "有效保障", "18",
            "个别对象照料服务不足，加强走访"),
        Ind("满意度指标", "服务对象满意度指标", "供养对象满意度", "≥90%", (">=", 90, "%"), "20", "88%", "17",
            "宣传解释不够，加强政策宣传"),
    ]
    _self_eval_heads(doc, "特困人员救助供养", "文峰区社会救助服务中心", [
        ("年度资金总额", "180.00", "200.00", "192.00", "96.00%", "10", "9.60"),
        ("其中：财政拨款", "180.00", "190.00", "182.00", "—", "—", "—"),
        ("其他资金", "", "10.00", "10.00", "—", "—", "—")],
        ("保障特困人员基本生活，按时足额发放供养金。", "保障436人基本生活，供养金按月足额发放。"),
        inds, "94.60", "优秀")
    doc.gold.self_evaluation("特困人员救助供养", "万元", "200.00", "192.00", 94.6, "优")
    doc.gold.project("特困人员救助供养", "万元", year="200.00", fiscal="190.00")
    # 125.00 / 100.00 -> 80.00%, 8.00; indicators 76 -> 84.00
    inds = [
        Ind("产出指标", "数量指标", "居家养老服务人次", "不少于6000人次", (">=", 6000, "人次"), "20", "5200人次", "16",
            "服务站点运营启动较晚"),
        Ind("产出指标", "数量指标", "新建社区养老服务站", "3个", ("=", 3, "个"), "10", "3个", "10"),
        Ind("产出指标", "质量指标", "服务质量抽查合格率", "≥95%", (">=", 95, "%"), "15", "93%", "13",
            "部分服务记录不规范"),
        Ind("产出指标", "时效指标", "站点建成时间", "2024年9月底前", (None, None, None), "10", "2024年11月", "7",
            "施工进度滞后，加强调度"),
        Ind("效益指标", "社会效益指标", "老年人居家养老条件", "明显改善", Q, "20", "有所改善", "16", "覆盖面仍需扩大"),
        Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", (">=", 90, "%"), "15", "92%", "14"),
    ]
    _self_eval_heads(doc, "居家社区养老服务提升", "文峰区养老服务指导中心", [
        ("年度资金总额", "125.00", "125.00", "100.00", "80.00%", "10", "8.00"),
        ("其中：财政拨款", "125.00", "125.00", "100.00", "—", "—", "—"),
        ("其他资金", "", "", "", "—", "—", "—")],
        ("为辖区老年人提供居家养老服务，新建社区养老服务站3个。", "服务5200人次，建成站点3个。"),
        inds, "84.00", "良好")
    doc.gold.self_evaluation("居家社区养老服务提升", "万元", "125.00", "100.00", 84.0, "良")
    doc.gold.project("居家社区养老服务提升", "万元", year="125.00", fiscal="125.00")
    return doc.save(folder)


def layout_sc_zg_accounts_dept_self_eval_then_project(folder: Path, name: str) -> FileGold:
    dept = "自贡市自流井区文化广播电视和旅游局"
    doc = FormDoc(name, f"{dept}2024年度部门决算", dept, 2024, cover=[(f"{dept}2024年度部门决算", 18)])
    _accounts_front(doc, dept, 2024, [("一、一般公共预算财政拨款收入", "1,482.60"), ("二、事业收入", "65.00")],
                    [("一、文化旅游体育与传媒支出", "1,401.20"), ("二、社会保障和就业支出", "146.40")])
    # 1,600.00 / 1,547.60 -> 96.725%, 9.67; indicators 84 -> 93.67
    dinds = [
        Ind("产出指标（40分）", "数量指标", "举办公益文化活动场次", "≥120场", (">=", 120, "场"), "10", "132场", "10"),
        Ind("产出指标（40分）", "数量指标", "文物安全巡查次数", "≥48次", (">=", 48, "次"), "10", "52次", "10"),
        Ind("产出指标（40分）", "质量指标", "公共文化设施免费开放率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标（40分）", "时效指标", "重点工作按期完成率", "≥95%", (">=", 95, "%"), "10", "93%", "8",
            "个别项目审批滞后"),
        Ind("效益指标（30分）", "社会效益指标", "公共文化服务覆盖面", "持续扩大", Q, "15", "持续扩大", "14"),
        Ind("效益指标（30分）", "经济效益指标", "旅游接待人次增长率", "≥5%", (">=", 5, "%"), "15", "4.2%", "12",
            "客源市场恢复不及预期"),
        Ind("满意度指标（20分）", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "20", "91%", "20"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门名称"), (2, 6, dept))
    r = rows.n
    rows.put(r, 0, 4, 2, "年度资金（万元）")
    for k, head in enumerate(("", "全年预算数", "全年执行数", "执行率", "分值", "得分")):
        rows.put(r, 2 + k, 1, 1, head)
    for j, line in enumerate((("年度资金总额", "1,600.00", "1,547.60", "96.73%", "10", "9.67"),
                              ("基本支出", "1,120.00", "1,118.30", "99.85%", "—", "—"),
                              ("项目支出", "480.00", "429.30", "89.44%", "—", "—")), 1):
        for k, v in enumerate(line):
            rows.put(r + j, 2 + k, 1, 1, v)
    rows.add((0, 2, "年度总体目标"), (2, 6, "繁荣公共文化服务，加强文物保护，推动文旅产业发展。"))
    rows.add(*[(k, 1, h) for k, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因"))])
    _grid_rows(rows, dinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                             (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, "93.67"), (7, 1, ""))
    rows.add((0, 5, "自评等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [66, 70, 96, 58, 58, 36, 40, 82], title="部门整体支出绩效自评表",
                         editor="（2024年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    _add(doc, None, dinds)
    doc.gold.self_evaluation(None, "万元", "1,600.00", "1,547.60", 93.67, "优")
    # 150.00 / 147.00 -> 98.00%, 9.80; indicators 86 -> 95.80
    project = "非遗保护传承"
    pinds = [
        Ind("产出指标", "数量指标", "非遗传承活动场次", "≥30场", (">=", 30, "场"), "20", "34场", "20"),
        Ind("产出指标", "质量指标", "非遗项目记录完成率", "达到100%", (">=", 100, "%"), "20", "100%", "20"),
        Ind("产出指标", "时效指标", "传承人补助发放", "2024年6月底前", (None, None, None), "10", "2024年6月", "10"),
        Ind("效益指标", "社会效益指标", "非遗保护氛围", "明显增强", Q, "20", "明显增强", "18", "宣传渠道偏少"),
        Ind("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%", (">=", 90, "%"), "20", "86%", "18",
            "补助标准偏低"),
    ]
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 6, project))
    rows.add((0, 2, "全年预算数（万元）"), (2, 2, "150.00"), (4, 2, "全年执行数（万元）"), (6, 2, "147.00"))
    rows.add((0, 2, "其中：财政拨款（万元）"), (2, 2, "150.00"), (4, 2, "执行率"), (6, 2, "98.00%"))
    rows.add((0, 2, "执行率分值"), (2, 2, "10"), (4, 2, "执行率得分"), (6, 2, "9.80"))
    rows.add(*[(k, 1, h) for k, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因"))])
    _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                             (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, "95.80"), (7, 1, ""))
    doc.pages.grid(_spec(rows.cells, rows.n, [66, 70, 96, 58, 58, 36, 40, 82], title="项目支出绩效自评表",
                         editor="（2024年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    _add(doc, project, pinds)
    doc.gold.self_evaluation(project, "万元", "150.00", "147.00", 95.8, None)
    doc.gold.project(project, "万元", year="150.00", fiscal="150.00")
    return doc.save(folder)


def layout_zj_qz_budget_dept_wide_targets_words(folder: Path, name: str) -> FileGold:
    dept = "衢州市柯城区生态环境分局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[(dept, 22), ("2025年部门预算", 24)])
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "1,936.00"), ("其他收入", "44.00")],
                  [("大气污染防治", "260.00", "260.00"), ("环境监测能力建设", "185.00", "180.00")])
    inds = [
        Ind("产出指标", "数量指标", "环境执法检查企业数", "不少于600家", (">=", 600, "家"), "10"),
        Ind("产出指标", "数量指标", "空气自动监测站点", "达到8个", (">=", 8, "个"), "5"),
        Ind("产出指标", "数量指标", "土壤污染重点监管单位检查", "全覆盖", Q, "5"),
        Ind("产出指标", "质量指标", "环境信访办结率", "达到100%", (">=", 100, "%"), "10"),
        Ind("产出指标", "质量指标", "监测数据有效率", "大于95%", (">", 95, "%"), "5"),
        Ind("产出指标", "时效指标", "环评审批时限", "不超过10个工作日", ("<=", 10, "个工作日"), "5"),
        Ind("产出指标", "时效指标", "突发环境事件响应", "1-2小时", ("range", 1, "小时", 2), "5"),
        Ind("产出指标", "成本指标", "部门运行成本增幅", "控制在3%以内", ("<=", 3, "%"), "5"),
        Ind("效益指标", "生态效益指标", "PM2.5平均浓度", "不高于28微克/立方米", ("<=", 28, "微克/立方米"), "10"),
        Ind("效益指标", "生态效益指标", "空气质量优良天数比例", "不低于95%", (">=", 95, "%"), "10"),
        Ind("效益指标", "生态效益指标", "地表水达标率", "100%", ("=", 100, "%"), "10"),
        Ind("效益指标", "社会效益指标", "突发环境事件", "0起", ("=", 0, "起"), "5"),
        Ind("效益指标", "可持续影响指标", "生态环境治理体系", "不断完善", Q, "5"),
        Ind("满意度指标", "服务对象满意度指标", "公众生态环境满意度", "不低于90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    for k, (head, v) in enumerate((("合计", "1,980.00"), ("财政拨款", "1,936.00"), ("其他资金", "44.00"))):
        rows.put(r, 1 + k, 1, 1, head)
        rows.put(r + 1, 1 + k, 1, 1, v)
    rows.put(r, 4, 2, 2, "")
    r = rows.n
    tasks = [("大气污染防治", "开展工业废气治理和扬尘管控", "260.00"),
             ("环境监测", "空气和水环境监测网络运行", "185.00"),
             ("机构运行保障", "保障部门正常运转", "1,535.00")]
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 1, "任务名称")
    rows.put(r, 2, 1, 3, "主要内容")
    rows.put(r, 5, 1, 1, "预算金额")
    for k, (task, content, amount) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 1, task)
        rows.put(r + k, 2, 1, 3, content)
        rows.put(r + k, 5, 1, 1, amount)
    rows.add((0, 1, "年度总体目标"), (1, 5, "持续改善生态环境质量，守牢环境安全底线。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 90, 80, 70, 110, 60], title="2025年部门整体支出绩效目标表",
                         editor=f"编制单位：{dept}", unit_raw="单位：万元", kind="dept_performance_targets"),
                   fresh_page=True)
    _add(doc, None, inds)
    return doc.save(folder)


def layout_yn_yx_county_self_evals_yuan_pairs_split_target(folder: Path, name: str) -> FileGold:
    dept = "玉溪市华宁县水务局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    evals = [
        # 3,200,000.00 / 3,040,000.00 -> 95%, 9.50; indicators 84 -> 93.50
        ("农村饮水安全巩固提升", "3,200,000.00", "3,040,000.00", "95.00%", "9.50", "93.50", "优", [
            Ind("产出指标", "数量指标", "维修改造供水工程", ("≥", "25", "处"), (">=", 25, "处"), "20", "27处", "20"),
            Ind("产出指标", "质量指标", "水质检测合格率", ("≥", "95", "%"), (">=", 95, "%"), "20", "96.5%", "20"),
            Ind("产出指标", "时效指标", "工程完工时间", ("", "2024年10月底前", ""), (None, None, None), "10",
                "2024年12月", "6", "雨季影响施工"),
            Ind("效益指标", "社会效益指标", "农村自来水普及率", ("≥", "92", "%"), (">=", 92, "%"), "20", "91%", "18",
                "山区分散户接入难"),
            Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", ("≥", "90", "%"), (">=", 90, "%"), "20", "93%",
                "20"),
        ]),
        # 860,000.00 / 774,000.00 -> 90%, 9.00; indicators 79 -> 88.00
        ("河湖长制工作经费", "860,000.00", "774,000.00", "90.00%", "9.00", "88.00", "良", [
            Ind("产出指标", "数量指标", "河湖巡查次数", ("≥", "1200", "次"), (">=", 1200, "次"), "20", "1260次", "20"),
            Ind("产出指标", "质量指标", "问题整改销号率", ("≥", "95", "%"), (">=", 95, "%"), "20", "90%", "16",
                "部分问题整改周期长"),
            Ind("效益指标", "生态效益指标", "河湖水质", ("", "稳中向好", ""), Q, "20", "稳中向好", "18",
                "个别支流水质波动"),
            Ind("效益指标", "可持续影响指标", "河湖管护机制", ("", "长效运行", ""), Q, "10", "长效运行", "9"),
            Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", ("≥", "85", "%"), (">=", 85, "%"), "20", "84%",
                "16", "宣传不到位"),
        ]),
    ]
    for project, budget, executed, rate, rate_score, total, grade, inds in evals:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 2, dept))
        rows.add((0, 2, "全年预算数（元）"), (2, 3, budget), (5, 2, "全年执行数（元）"), (7, 2, executed))
        rows.add((0, 2, "预算执行率"), (2, 1, rate), (3, 1, "分值"), (4, 1, "10"), (5, 2, "得分"), (7, 2, rate_score))
        rows.add(*[(k, 1, h) for k, h in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
                                                     "实际完成值", "分值", "得分"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.actual), (7, 1, i.weight),
                                                (8, 1, i.score)])
        rows.add((0, 7, "总分"), (7, 1, "100"), (8, 1, total))
        rows.add((0, 7, "自评结果等级"), (7, 2, grade))
        notes = "；".join(f"{i.name}：{i.note}" for i in inds if i.note)
        rows.add((0, 2, "偏差原因及改进措施"), (2, 7, notes))
        doc.pages.grid(_spec(rows.cells, rows.n, [50, 62, 80, 40, 70, 44, 60, 36, 40],
                             title="2024年度项目支出绩效自评表", unit_raw="金额单位：元",
                             kind="performance_self_evaluation"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "元", budget, executed, float(total), grade)
        doc.gold.project(project, "元", year=budget)
    return doc.save(folder)


def layout_hi_hk_long_form_total_and_year_repeated_header(folder: Path, name: str) -> FileGold:
    dept = "海口市龙华区城市管理局"
    project = "城区环卫保洁市场化服务（2024-2026年）"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    basis = "根据服务合同约定及历年作业考核情况，参照同类城区环卫作业标准确定"
    inds = [
        Ind("产出指标", "数量指标", "道路清扫保洁面积", "≥860万平方米", (">=", 860, "万平方米"), "8"),
        Ind("产出指标", "数量指标", "公厕保洁座数", "=126座", ("=", 126, "座"), "6"),
        Ind("产出指标", "数量指标", "垃圾清运量", "≥15万吨", (">=", 15, "万吨"), "8"),
        Ind("产出指标", "数量指标", "果皮箱清洗频次", "≥1次/日", (">=", 1, "次/日"), "4"),
        Ind("产出指标", "质量指标", "道路机械化清扫率", "≥85%", (">=", 85, "%"), "8"),
        Ind("产出指标", "质量指标", "生活垃圾无害化处理率", "100%", ("=", 100, "%"), "8"),
        Ind("产出指标", "质量指标", "考核检查合格率", "≥95%", (">=", 95, "%"), "6"),
        Ind("产出指标", "时效指标", "垃圾日产日清率", "100%", ("=", 100, "%"), "6"),
        Ind("产出指标", "时效指标", "投诉处理时限", "≤24小时", ("<=", 24, "小时"), "4"),
        Ind("产出指标", "成本指标", "每平方米保洁单价", "≤6.5元", ("<=", 6.5, "元"), "6"),
        Ind("效益指标", "社会效益指标", "城市市容环境", "明显提升", Q, "8"),
        Ind("效益指标", "生态效益指标", "道路扬尘污染", "有效控制", Q, "6"),
        Ind("效益指标", "可持续影响指标", "环卫作业监管机制", "健全完善", Q, "6"),
        Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", (">=", 90, "%"), "6"),
        Ind("满意度指标", "服务对象满意度指标", "商户满意度", "＞85%", (">", 85, "%"), "5"),
        Ind("满意度指标", "服务对象满意度指标", "环卫工人满意度", "≥80%", (">=", 80, "%"), "5"),
    ]
    for ind in inds:
        ind.note = basis
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 5, project))
    rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, "龙华区环境卫生管理站"))
    rows.add((0, 1, "项目类型"), (1, 2, "延续性项目"), (3, 1, "实施期限"), (4, 2, "2024年至2026年"))
    r = rows.n
    rows.put(r, 0, 4, 1, "项目资金（万元）")
    for k, (label, v) in enumerate((("项目总金额", "12,600.00"), ("本年度预算", "4,300.00"),
                                    ("其中：财政拨款", "3,900.00"), ("上年结转", "400.00"))):
        rows.put(r + k, 1, 1, 2, label)
        rows.put(r + k, 3, 1, 3, v)
    rows.add((0, 1, "立项依据"), (1, 5, "依据《城市市容和环境卫生管理条例》《海南省环境卫生管理条例》及区政府关于推进环卫作业"
                                     "市场化改革的实施意见，城区道路清扫保洁、公厕保洁和生活垃圾清运通过政府购买服务方式"
                                     "委托专业环卫企业实施，合同期三年，按年度考核结果支付服务费用。"))
    rows.add((0, 1, "项目实施内容"), (1, 5, "负责辖区主次干道、背街小巷、城中村道路清扫保洁，公厕日常保洁维护，果皮箱清洗，"
                                       "生活垃圾收集清运至转运站，建立环卫作业质量日常巡查和月度考核制度，"
                                       "受理市民投诉并限时处置，配合做好重大活动环境卫生保障。"))
    rows.add((0, 1, "年度绩效目标"), (1, 5, "实施城区道路清扫保洁和垃圾清运市场化服务，保持市容环境整洁。"))
    hr = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重（%）"),
                  (5, 1, "指标值设定依据"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, i.note)])
    rows.add((0, 3, "合计"), (3, 1, ""), (4, 1, "100"), (5, 1, ""))
    spec = _spec(rows.cells, rows.n, [64, 80, 104, 82, 44, 126], title="2025年项目支出绩效目标表",
                 editor=f"填报单位：{dept}", unit_raw="单位：万元")
    doc.pages.grid(spec, repeat=(hr, 1), fresh_page=True)
    _add(doc, project, inds)
    doc.gold.project(project, "万元", total="12,600.00", year="4,300.00", fiscal="3,900.00", carried="400.00")
    return doc.save(folder)


def layout_nmg_hhht_two_forms_a_page_yuan_sources(folder: Path, name: str) -> FileGold:
    dept = "呼和浩特市土默特左旗林业和草原局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    forms = [
        ("草原生态保护补助奖励", ("合计", "一般公共预算", "中央补助资金", "其他资金"),
         ("4,860,000.00", "860,000.00", "4,000,000.00", ""), dict(year="4,860,000.00"), [
             Ind("产出指标", "数量指标", "禁牧面积", "≥120万亩", (">=", 120, "万亩")),
             Ind("产出指标", "质量指标", "补奖资金兑付准确率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "资金兑付时间", "2025年12月底前", (None, None, None)),
             Ind("效益指标", "生态效益指标", "草原综合植被盖度", "≥45%", (">=", 45, "%")),
             Ind("效益指标", "经济效益指标", "户均补奖收入", "≥3000元", (">=", 3000, "元")),
             Ind("满意度指标", "服务对象满意度指标", "农牧民满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("森林防火专项", ("合计", "一般公共预算", "中央补助资金", "其他资金"),
         ("1,350,000.00", "1,350,000.00", "", ""), dict(year="1,350,000.00"), [
             Ind("产出指标", "数量指标", "防火巡护人员", "≥80人", (">=", 80, "人")),
             Ind("产出指标", "数量指标", "防火宣传场次", "≥20场", (">=", 20, "场")),
             Ind("产出指标", "质量指标", "火情发现处置率", "100%", ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "森林火灾受害率", "≤0.9‰", ("<=", 0.9, "‰")),
             Ind("效益指标", "可持续影响指标", "群防群治机制", "有效运行", Q),
             Ind("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("国土绿化造林", ("合计", "财政拨款", "上年结转", ""),
         ("2,600,000.00", "2,000,000.00", "600,000.00", ""),
         dict(year="2,600,000.00", fiscal="2,000,000.00", carried="600,000.00"), [
             Ind("产出指标", "数量指标", "完成造林面积", "≥1.2万亩", (">=", 1.2, "万亩")),
             Ind("产出指标", "质量指标", "造林成活率", "≥85%", (">=", 85, "%")),
             Ind("产出指标", "成本指标", "亩均造林成本", "≤210元", ("<=", 210, "元")),
             Ind("效益指标", "生态效益指标", "森林覆盖率提高", "≥0.2个百分点", (">=", 0.2, "个百分点")),
             Ind("效益指标", "可持续影响指标", "造林管护责任", "落实到位", Q),
         ]),
    ]
    for k, (project, heads, amounts, money, inds) in enumerate(forms):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "资金（元）"), *[(1 + j, 1, h) for j, h in enumerate(heads)], (5, 1, "备注"))
        rows.add((0, 1, ""), *[(1 + j, 1, a) for j, a in enumerate(amounts)], (5, 1, ""))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 88, 88, 88, 80, 80], title="项目支出绩效目标表",
                             editor=f"单位：{dept}", unit_raw="金额单位：元"), fresh_page=(k % 2 == 0))
        _add(doc, project, inds)
        doc.gold.project(project, "元", **money)
    return doc.save(folder)


BLIND29: dict[str, Builder] = {
    "jx_sr_county_budget_single_forms_heads_zero_carried": layout_jx_sr_county_budget_single_forms_heads_zero_carried,
    "sd_ly_budget_income_source_lines_bonds": layout_sd_ly_budget_income_source_lines_bonds,
    "hub_ez_three_forms_a_page_labels_above_sign_columns": layout_hub_ez_three_forms_a_page_labels_above_sign_columns,
    "gd_mm_county_landscape_list_weights": layout_gd_mm_county_landscape_list_weights,
    "ha_ay_accounts_project_self_evals_grade_words": layout_ha_ay_accounts_project_self_evals_grade_words,
    "sc_zg_accounts_dept_self_eval_then_project": layout_sc_zg_accounts_dept_self_eval_then_project,
    "zj_qz_budget_dept_wide_targets_words": layout_zj_qz_budget_dept_wide_targets_words,
    "yn_yx_county_self_evals_yuan_pairs_split_target": layout_yn_yx_county_self_evals_yuan_pairs_split_target,
    "hi_hk_long_form_total_and_year_repeated_header": layout_hi_hk_long_form_total_and_year_repeated_header,
    "nmg_hhht_two_forms_a_page_yuan_sources": layout_nmg_hhht_two_forms_a_page_yuan_sources,
}
SETS: dict[str, dict[str, Builder]] = {"blind29": BLIND29}


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
    """Write every layout of ``which`` ("blind29") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
