"""BLIND40 performance forms: eleven layouts as districts of 哈尔滨, 长春, 沈阳, 石家庄, 太原,
包头, 北京, 天津, 烟台, 郑州 and 兰州 print their 项目支出绩效目标表, 部门（单位）整体支出绩效目标表,
项目支出绩效自评表 and 部门整体支出绩效自评表 in 2024–2025 部门预算 / 部门决算 disclosures (north and
north-east weighted), written by an author who had read neither the form reader nor the earlier
blind sets (only the gold helpers and page composer of ``form_layouts``, BLIND9's docstring and
the real disclosures). The emphasis is realism over novelty: the Ministry of Finance templates and
their common provincial variants as a county-level finance bureau prints them, with the small
imperfections of real PDFs (wrapped labels, blank cells, "—" and "/" in empty money cells, 0 beside
0.00, full- and half-width brackets and colons mixed, spaced labels such as 项 目 名 称, the unit in
the title line, a column head or the cell). Each layout writes one PDF and its gold in the format of
``form_layouts.write_set``; the gold is written by hand with ``form_layouts._gold_ind`` and
``FileGold``, never by the normalizers.

hlj_hrb_budget_forms_spaced_labels_pairs  黑龙江 哈尔滨 district 部门预算: budget tables, then one
        项目支出绩效目标表 per project (two on the last page), 项 目 名 称 spaced, a 项目资金（万元）
        cell merged over two rows of label | value pairs (年度资金总额 | 其中：财政拨款 / 上年结转 |
        其他资金), "—", "0" and a blank in the empty cells, grid 一级 | 二级 | 三级 | 指标值 | 指标值说明
jl_cc_budget_list_table11_ascii_signs  吉林 长春 district 部门预算 whose forms are the landscape
        "项目支出绩效目标表（预算表11）": 单位名称 | 项目名称 | 年度资金总额（万元） | 年度绩效目标 | 一级
        | 二级 | 三级 | 指标解释 | 指标值 | 权重, unit and project cells merged down, ASCII >= / <=,
        "百分比" written as the unit, header repeated over the pages
ln_sy_accounts_self_eval_mof_money_rows  辽宁 沈阳 district 部门决算: accounts tables, then two MoF
        项目支出绩效自评表 (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 /
        其中：当年财政拨款 / 上年结转资金 / 其他资金, "—" and "/" in the empty cells), 总分, 自评等级
heb_sjz_budget_dept_wide_then_stacked_money  河北 石家庄 district 部门预算 with a 部门整体支出
        绩效目标表 (年度预算申请 by 收入性质, 年度主要任务 with their amounts, no weights), then one
        项目支出绩效目标表 with the money stacked label | value under 项目资金(万元) (half-width
        brackets), a blank 上年结转
sx_ty_budget_income_source_grid_yuan  山西 太原 district 部门预算: forms in 元 (单位：元 in the title
        line), a 资金来源 grid (合计 | 一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 上年结转 |
        其他收入) over one row of figures with "/" and blanks, 权重 column
nmg_bt_self_eval_label_pairs_yuan  内蒙古 包头 district 项目支出绩效自评表 in 元: money as label |
        value pairs (年初预算数（元） … 其中：财政拨款（元）, 执行率 | 分值 | 得分), grid with 分值 | 得分 |
        偏差原因, 总分 and 自评等级 at the foot
bj_cy_budget_two_forms_a_page_split_target  北京 朝阳 district 部门预算: two forms a page, 资金情况
        （元） merged over stacked rows (资金总额 / 其中：财政拨款 / 其他资金 with "0"), target split
        指标性质 | 指标值 | 度量单位 (定性 in 指标性质), 权重（%）
tj_bc_accounts_dept_self_eval_basic_project_rows  天津 北辰 district 部门决算: a 部门整体支出绩效
        自评表 whose money rows are 年度资金总额 / 其中：基本支出 / 项目支出 (年初 | 全年 | 执行), grade
        words (优秀), then a 项目支出绩效自评表 with 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分 over
        年度资金总额 / 其中：财政资金 / 其他资金
sd_yt_budget_labels_above_total_year  山东 烟台 district 部门预算: heads above figures (项目总额 |
        本年度资金 | 其中：财政拨款 | 上年结转 | 其他资金) under a 资金情况（万元） cell, a three-year
        project whose total is beyond the year, a printed 0.00 上年结转, 指标值设定依据 column
ha_zz_accounts_landscape_self_evals_points_in_level  河南 郑州 district 部门决算 with landscape
        项目支出绩效自评表: 预算数 | 执行数 | 分值 | 执行率 | 得分 over 年度资金总额 / 其中：财政资金 /
        其他资金, 一级 cells carrying their points with half-width brackets (产出指标(50分))
gs_lz_forms_label_and_value_in_one_cell  甘肃 兰州 district: short forms whose money cells hold
        label and figure together (年度资金总额：350.00万元 | 其中：财政拨款：320.00万元 | 上年结转：
        30.00万元 | 其他资金：—), full- and half-width colons, 权重 column

Gold conventions: BLIND9's docstring, with the addendum's rulings: fiscal = the 财政拨款 / 财政资金
figure as printed, or the one …财政拨款收入 line printed (一般公共预算 alone, 其他收入, 上年结转 are
never fiscal); a printed 0.00 上年结转 is 0.00; "—", "/", a blank (and a printed "0" in 其他资金,
which the gold never reads) add nothing; 达到 N reads >=. This set's rulings:

- A target written ">=100百分比" (长春's print) is ">=" 100 "%": 百分比 is the percent sign in words.
- A self evaluation's 上年结转资金 row with a 全年预算数 gives the project's carried = that figure.
- A 部门整体 self evaluation's budget is the 全年预算数 of its 年度资金总额 row, whatever the rows
  below it split (基本支出 / 项目支出).
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]
D = (None, None, None)  # a deadline: raw, no comparator


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  projects: list[tuple[str, str]], heading: str = "第四部分  项目支出绩效目标表") -> None:
    """The front of a 部门预算: contents, 部门概况, the 部门收支总表, the 项目支出表 and the heading
    of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   heading.split("  ")[0] + "  绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实党中央、国务院和省委、省政府关于本领域工作的决策部署，依法履行部门职责。",
        f"二、机构设置。纳入{dept}{year}年部门预算编制范围的单位包括部门本级及所属事业单位。",
    ])
    total = sum(Decimal(v.replace(",", "")) for _, v in income)
    body = [plain_row([k, v, "", ""]) for k, v in income]
    body.append(plain_row(["本 年 收 入 合 计", f"{total:,.2f}", "本 年 支 出 合 计", f"{total:,.2f}"]))
    doc.pages.table(TableSpec("部门收支总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收    入"), (0, 2, 1, 2, "支    出"), (1, 0, 1, 1, "项    目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项    目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    doc.pages.table(TableSpec("项目支出表", "project_expenditure", "单位：万元", "wan_yuan", f"部门：{dept}",
                              [40, 250, 110, 110], [(0, 0, 1, 1, "序号"), (0, 1, 1, 1, "项目名称"),
                                                    (0, 2, 1, 1, "单位名称"), (0, 3, 1, 1, "本年拨款")], 1,
                              [plain_row([str(k), p, dept, v]) for k, (p, v) in enumerate(projects, 1)],
                              ["c", "l", "l", "r"]))
    doc.pages.text_page(heading, [f"按照预算绩效管理有关要求，{dept}对{year}年部门预算项目编制了绩效目标，"
                                  "现将项目支出绩效目标公开如下。"])


def _add(doc: FormDoc, project: str | None, inds: list[Ind]) -> None:
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))


# --------------------------------------------------------------------------- 黑龙江 哈尔滨


def layout_hlj_hrb_budget_forms_spaced_labels_pairs(folder: Path, name: str) -> FileGold:
    dept, year = "哈尔滨市道里区卫生健康局", 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 22)])
    projects = [
        ("基本公共卫生服务补助", "哈尔滨市道里区疾病预防控制中心", ("1,286.40", "1,286.40", "—", ""),
         "按人均标准落实国家基本公共卫生服务项目，提高居民健康管理水平。", [
             Ind("产出指标", "数量指标", "65岁以上老年人健康管理人数", "≥2.6万人", (">=", 2.6, "万人"), note="辖区常住老年人"),
             Ind("产出指标", "质量指标", "高血压患者规范管理率", "≥62%", (">=", 62, "%"), note="规范管理人数/管理人数"),
             Ind("产出指标", "时效指标", "补助资金拨付时间", "2025年9月底前", D, note="分两批拨付"),
             Ind("效益指标", "社会效益指标", "居民健康素养水平", "较上年提高", Q, note="健康素养监测"),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥85%", (">=", 85, "%"), note="抽样调查"),
         ]),
        ("家庭医生签约服务经费", "哈尔滨市道里区各社区卫生服务中心", ("356.00", "320.00", "—", "36.00"),
         "做实家庭医生签约服务，重点人群签约覆盖率稳步提升。", [
             Ind("产出指标", "数量指标", "重点人群签约人数", "≥4.2万人", (">=", 4.2, "万人"), note="含老年人、慢病患者"),
             Ind("产出指标", "质量指标", "重点人群签约服务覆盖率", "≥75%", (">=", 75, "%"), note="签约人数/重点人群数"),
             Ind("成本指标", "经济成本指标", "签约服务费补助标准", "≤80元/人·年", ("<=", 80, "元/人·年"), note="按签约人数核定"),
             Ind("效益指标", "社会效益指标", "基层首诊比例", "逐步提高", Q, note=""),
             Ind("满意度指标", "服务对象满意度指标", "签约对象满意度", "≥90%", (">=", 90, "%"), note="电话回访"),
         ]),
        ("卫生健康监督执法经费", "哈尔滨市道里区卫生健康综合行政执法大队", ("48.50", "42.00", "6.50", "0"),
         "开展公共场所、医疗机构监督检查，依法查处违法行为。", [
             Ind("产出指标", "数量指标", "监督检查单位户次", "≥1800户次", (">=", 1800, "户次"), note="双随机抽查"),
             Ind("产出指标", "质量指标", "双随机任务完成率", "100%", ("=", 100, "%"), note=""),
             Ind("产出指标", "时效指标", "投诉举报办结时限", "≤15个工作日", ("<=", 15, "个工作日"), note="自受理之日起"),
             Ind("效益指标", "社会效益指标", "重大公共卫生违法案件", "0起", ("=", 0, "起"), note="全年"),
             Ind("满意度指标", "服务对象满意度指标", "被监督单位满意度", "≥85%", (">=", 85, "%"), note="问卷调查"),
         ]),
    ]
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "6,428.37"), ("二、上年结转", "6.50"),
                                    ("三、事业收入", "1,210.00")],
                  [(p[0], p[2][1]) for p in projects])
    widths = [72, 84, 110, 84, 82, 88]
    for k, (project, unit_name, (year_m, fiscal, carried, other), goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项 目 名 称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 1, "年度资金总额")
        rows.put(r, 2, 1, 1, year_m)
        rows.put(r, 3, 1, 1, "其中：财政拨款")
        rows.put(r, 4, 1, 2, fiscal)
        rows.put(r + 1, 1, 1, 1, "上年结转")
        rows.put(r + 1, 2, 1, 1, carried)
        rows.put(r + 1, 3, 1, 1, "其他资金")
        rows.put(r + 1, 4, 1, 2, other)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="金额单位：万元"), fresh_page=k < 2)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=year_m, fiscal=fiscal,
                         carried=carried if carried[0].isdigit() else None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林 长春


def layout_jl_cc_budget_list_table11_ascii_signs(folder: Path, name: str) -> FileGold:
    dept, year = "长春市南关区住房和城乡建设局", 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 20)])
    projects = [
        ("老旧小区改造配套基础设施建设", "1,450.00",
         "完成老旧小区改造12个，同步改造水电气暖等配套管网，改善居民居住条件。", [
             Ind("产出指标", "数量指标", "改造老旧小区个数", ">=12个", (">=", 12, "个"), "40", note="纳入年度计划的小区"),
             Ind("产出指标", "质量指标", "工程竣工验收合格率", ">=100百分比", (">=", 100, "%"), "20", note="验收合格工程/完工工程"),
             Ind("成本指标", "经济成本指标", "单个小区改造平均成本", "<=120万元", ("<=", 120, "万元"), "10", note="改造总投资/小区数"),
             Ind("效益指标", "社会效益指标", "居民居住条件改善情况", "明显改善", Q, "20", note="群众反映"),
             Ind("满意度指标", "服务对象满意度指标", "改造小区居民满意度", ">=90百分比", (">=", 90, "%"), "10", note="入户调查"),
         ]),
        ("城市供热管网更新改造", "2,380.00",
         "更新改造老旧供热管网，降低管网失水率，保障供热期安全稳定运行。", [
             Ind("产出指标", "数量指标", "更新改造供热管网长度", ">=18公里", (">=", 18, "公里"), "40", note="一二级管网"),
             Ind("产出指标", "时效指标", "改造工程完工时间", "2025年10月15日前", D, "20", note="供热期前完工"),
             Ind("成本指标", "经济成本指标", "每公里管网改造成本", "<=130万元", ("<=", 130, "万元"), "10", note=""),
             Ind("效益指标", "社会效益指标", "供热管网失水率", "<=2%", ("<=", 2, "%"), "20", note="供热期平均"),
             Ind("满意度指标", "服务对象满意度指标", "热用户满意度", ">=85百分比", (">=", 85, "%"), "10", note="热线回访"),
         ]),
        ("建筑施工安全监管经费", "65.80",
         "开展建筑施工安全检查和扬尘治理督导，防范较大以上安全事故。", [
             Ind("产出指标", "数量指标", "在建工程安全检查次数", ">=240次", (">=", 240, "次"), "40", note="含专项检查"),
             Ind("产出指标", "质量指标", "隐患整改闭环率", ">=95百分比", (">=", 95, "%"), "20", note=""),
             Ind("成本指标", "经济成本指标", "第三方技术服务费", "<=30万元", ("<=", 30, "万元"), "10", note="政府采购"),
             Ind("效益指标", "社会效益指标", "较大及以上安全生产事故", "=0起", ("=", 0, "起"), "20", note="全年"),
             Ind("满意度指标", "服务对象满意度指标", "施工企业满意度", ">=85百分比", (">=", 85, "%"), "10", note="问卷"),
         ]),
    ]
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "5,986.42"), ("二、政府性基金预算拨款收入", "1,200.00")],
                  [(p[0], p[1]) for p in projects], heading="第四部分  预算表11 项目支出绩效目标表")
    rows = _Rows()
    heads = ("单位名称", "项目名称", "年度资金总额(万元)", "年度绩效目标", "一级指标", "二级指标", "三级指标",
             "指标解释", "指标值", "权重")
    rows.add(*[(k, 1, t) for k, t in enumerate(heads)])
    r_all = rows.n
    for project, amount, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 4, 5, lambda i: [(6, 1, i.name), (7, 1, i.note), (8, 1, i.raw), (9, 1, i.weight)])
        rows.put(r0, 1, len(inds), 1, project)
        rows.put(r0, 2, len(inds), 1, amount)
        rows.put(r0, 3, len(inds), 1, goal)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=amount)
    rows.put(r_all, 0, rows.n - r_all, 1, dept)
    doc.pages.grid(_spec(rows.cells, rows.n, [52, 66, 58, 132, 50, 54, 96, 90, 78, 36],
                         title=f"{dept}{year}年项目支出绩效目标表（预算表11）", landscape=True),
                   repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 沈阳


def _ln_self_eval(doc: FormDoc, dept: str, project: str, unit_name: str, money: list[tuple[str, ...]],
                  rate: str, rate_score: str, goal: tuple[str, str], inds: list[Ind], total: str, grade: str) -> None:
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 7, project))
    rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, unit_name))
    r = rows.n
    rows.put(r, 0, 5, 2, "项目资金\n（万元）")
    rows.put(r, 2, 1, 1, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, line in enumerate(money, 1):
        rows.put(r + k, 2, 1, 1, line[0])
        for j, v in enumerate(line[1:]):
            rows.put(r + k, 3 + j, 1, 1, v)
    rows.put(r + 1, 6, 1, 1, "10")
    rows.put(r + 1, 7, 1, 1, rate)
    rows.put(r + 1, 8, 1, 1, rate_score)
    for k in range(2, 5):
        for j in (6, 7, 8):
            rows.put(r + k, j, 1, 1, "—")
    r = rows.n
    rows.put(r, 0, 2, 2, "年度总体目标")
    rows.put(r, 2, 1, 4, "预期目标")
    rows.put(r, 6, 1, 3, "实际完成情况")
    rows.put(r + 1, 2, 1, 4, goal[0])
    rows.put(r + 1, 6, 1, 3, goal[1])
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩\n效\n指\n标")
    for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施")):
        rows.put(r, 1 + k, 1, 1, head)
    rows.n = r + 1
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, total), (8, 1, ""))
    rows.add((0, 6, "自评等级"), (6, 3, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, [22, 50, 62, 88, 56, 58, 40, 42, 92], title="项目支出绩效自评表",
                         editor=f"（{doc.gold.fiscal_year}年度）", unit_raw="单位：万元",
                         kind="performance_self_evaluation"), fresh_page=True)
    _add(doc, project, inds)


def layout_ln_sy_accounts_self_eval_mof_money_rows(folder: Path, name: str) -> FileGold:
    dept, year = "沈阳市皇姑区民政局", 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "8,916.35"), ("二、其他收入", "80.00")],
                    [("一、社会保障和就业支出", "8,702.15"), ("二、卫生健康支出", "294.20")])
    p1 = "城乡居民最低生活保障金"
    _ln_self_eval(doc, dept, p1, "沈阳市皇姑区社会救助服务中心", [
        ("年度资金总额", "2,400.00", "2,580.00", "2,531.29"),
        ("其中：当年财政拨款", "2,400.00", "2,500.00", "2,451.29"),
        ("上年结转资金", "/", "80.00", "80.00"),
        ("其他资金", "/", "/", "/"),
    ], "98.11%", "9.81", ("按时足额发放城乡低保金，保障困难群众基本生活。",
                          "全年累计保障低保对象4.1万人次，资金按月足额发放。"), [
        Ind("产出指标", "数量指标", "低保保障人次", "≥4万人次", (">=", 4, "万人次"), "20", "4.1万人次", "20"),
        Ind("产出指标", "数量指标", "动态核查户数", "≥3000户", (">=", 3000, "户"), "10", "3126户", "10"),
        Ind("产出指标", "质量指标", "低保对象认定准确率", "≥98%", (">=", 98, "%"), "10", "97.6%", "9", "个别家庭收入核查滞后"),
        Ind("产出指标", "时效指标", "低保金发放及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("成本指标", "经济成本指标", "城市低保标准", "≥790元/人·月", (">=", 790, "元/人·月"), "10", "790元/人·月", "10"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", Q, "10", "有效保障", "9", "部分对象需求多样"),
        Ind("效益指标", "可持续影响指标", "社会救助长效机制", "不断完善", Q, "10", "基本完善", "8", "信息共享有待加强"),
        Ind("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
    ], "95.81", "优")
    doc.gold.self_evaluation(p1, "万元", "2,580.00", "2,531.29", 95.81, "优")
    doc.gold.project(p1, "万元", year="2,580.00", fiscal="2,500.00", carried="80.00")
    p2 = "困难群众临时救助"
    _ln_self_eval(doc, dept, p2, "沈阳市皇姑区各街道办事处", [
        ("年度资金总额", "150.00", "150.00", "138.60"),
        ("其中：当年财政拨款", "150.00", "150.00", "138.60"),
        ("上年结转资金", "—", "—", "—"),
        ("其他资金", "", "", ""),
    ], "92.40%", "9.24", ("对遭遇突发性、紧迫性困难的家庭及时给予临时救助。",
                          "全年实施临时救助1,268人次，救助及时率100%。"), [
        Ind("产出指标", "数量指标", "临时救助人次", "≥1200人次", (">=", 1200, "人次"), "20", "1268人次", "18", "年末申请较集中"),
        Ind("产出指标", "质量指标", "救助对象审核合规率", "≥95%", (">=", 95, "%"), "15", "96%", "13", "档案资料不够规范"),
        Ind("产出指标", "时效指标", "急难型救助审批时限", "≤24小时", ("<=", 24, "小时"), "10", "20小时", "10"),
        Ind("成本指标", "经济成本指标", "人均救助金额", "≤1200元", ("<=", 1200, "元"), "10", "1093元", "8", "标准测算偏保守"),
        Ind("效益指标", "社会效益指标", "困难群众急难问题", "及时化解", Q, "15", "基本化解", "12", "宣传覆盖不足"),
        Ind("效益指标", "可持续影响指标", "主动发现机制", "逐步健全", Q, "10", "逐步健全", "9"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "10", "91%", "9", "个别对象期望较高"),
    ], "88.24", "良")
    doc.gold.self_evaluation(p2, "万元", "150.00", "138.60", 88.24, "良")
    doc.gold.project(p2, "万元", year="150.00", fiscal="150.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 河北 石家庄


def layout_heb_sjz_budget_dept_wide_then_stacked_money(folder: Path, name: str) -> FileGold:
    dept, year = "石家庄市桥西区市场监督管理局", 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算信息公开", 22)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "2,318.75"), ("二、其他收入", "50.00")],
                  [("食品安全抽检经费", "85.00"), ("特种设备安全监察", "42.60")],
                  heading="第四部分  部门整体及项目支出绩效目标")
    dw = [
        Ind("产出指标", "数量指标", "食品安全监督抽检批次", "≥2400批次", (">=", 2400, "批次")),
        Ind("产出指标", "数量指标", "特种设备监督检查台次", "≥1500台次", (">=", 1500, "台次")),
        Ind("产出指标", "数量指标", "“双随机、一公开”抽查户数", "≥800户", (">=", 800, "户")),
        Ind("产出指标", "质量指标", "12315投诉举报按时办结率", "≥98%", (">=", 98, "%")),
        Ind("产出指标", "质量指标", "抽检不合格食品核查处置率", "100%", ("=", 100, "%")),
        Ind("产出指标", "时效指标", "登记注册即时办结率", "≥95%", (">=", 95, "%")),
        Ind("效益指标", "社会效益指标", "区域性、系统性食品安全事件", "不发生", Q),
        Ind("效益指标", "经济效益指标", "新增经营主体户数", "≥6000户", (">=", 6000, "户")),
        Ind("效益指标", "可持续影响指标", "信用监管体系", "持续完善", Q),
        Ind("满意度指标", "服务对象满意度指标", "经营主体满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 4, dept))
    r = rows.n
    rows.put(r, 0, 3, 2, "年度预算申请（万元）")
    rows.put(r, 2, 1, 1, "资金总额")
    rows.put(r, 3, 1, 3, "2,368.75")
    rows.put(r + 1, 2, 1, 1, "按收入性质分：一般公共预算")
    rows.put(r + 1, 3, 1, 3, "2,318.75")
    rows.put(r + 2, 2, 1, 1, "其他资金")
    rows.put(r + 2, 3, 1, 3, "50.00")
    r = rows.n
    rows.put(r, 0, 4, 1, "年度主要任务")
    rows.put(r, 1, 1, 2, "任务名称")
    rows.put(r, 3, 1, 2, "主要内容")
    rows.put(r, 5, 1, 1, "预算金额（万元）")
    for k, (task, text, amount) in enumerate((
            ("食品安全监管", "开展食品生产经营监督检查和监督抽检", "85.00"),
            ("特种设备安全监察", "电梯、锅炉等特种设备监督检查", "42.60"),
            ("机构正常运转", "保障人员工资福利和日常公用支出", "2,241.15")), 1):
        rows.put(r + k, 1, 1, 2, task)
        rows.put(r + k, 3, 1, 2, text)
        rows.put(r + k, 5, 1, 1, amount)
    rows.add((0, 1, "年度总体目标"), (1, 5, "强化食品、特种设备等重点领域安全监管，守牢安全底线；优化营商环境，"
                                              "激发经营主体活力。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
    _grid_rows(rows, dw, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
    doc.pages.grid(_spec(rows.cells, rows.n, [72, 80, 110, 88, 80, 90], title="部门整体支出绩效目标表",
                         editor=f"填报单位：{dept}", kind="department_performance_targets"), fresh_page=True)
    _add(doc, None, dw)
    project = "食品安全抽检经费"
    inds = [
        Ind("产出指标", "数量指标", "食品安全抽检批次", "≥2400批次", (">=", 2400, "批次"), "20"),
        Ind("产出指标", "质量指标", "抽检样品检测报告合格率", "100%", ("=", 100, "%"), "20"),
        Ind("产出指标", "时效指标", "不合格产品核查处置时限", "≤30日", ("<=", 30, "日"), "20"),
        Ind("成本指标", "经济成本指标", "平均每批次检验费用", "≤350元", ("<=", 350, "元"), "15"),
        Ind("效益指标", "社会效益指标", "食品安全总体合格率", "≥98%", (">=", 98, "%"), "15"),
        Ind("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥85%", (">=", 85, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 5, project))
    rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, "石家庄市桥西区食品药品检验中心"))
    r = rows.n
    rows.put(r, 0, 4, 1, "项目资金(万元)")
    for k, (label, value) in enumerate((("年度资金总额：", "85.00"), ("其中：财政拨款", "85.00"),
                                        ("上年结转", ""), ("其他资金", ""))):
        rows.put(r + k, 1, 1, 2, label)
        rows.put(r + k, 3, 1, 3, value)
    rows.add((0, 1, "年度目标"), (1, 5, "完成年度食品安全监督抽检任务，及时核查处置不合格食品。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "分值"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [72, 80, 110, 88, 90, 80], title="项目支出绩效目标表",
                         editor=f"填报单位：{dept}"), fresh_page=True)
    _add(doc, project, inds)
    doc.gold.project(project, "万元", year="85.00", fiscal="85.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 太原


def layout_sx_ty_budget_income_source_grid_yuan(folder: Path, name: str) -> FileGold:
    dept, year = "太原市小店区教育局", 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}", 22), (f"{year}年部门预算", 22)])
    projects = [
        ("学前教育保育教育费补助", "14010525T000001482", ("4,860,000.00", "3,600,000.00", "", "1,260,000.00", ""),
         "落实普惠性幼儿园生均公用经费补助，巩固学前教育普及普惠成果。", [
             Ind("产出指标", "数量指标", "补助普惠性幼儿园数量", "≥46所", (">=", 46, "所"), "20"),
             Ind("产出指标", "数量指标", "受益在园幼儿人数", "≥9800人", (">=", 9800, "人"), "15"),
             Ind("产出指标", "质量指标", "普惠性幼儿园覆盖率", "≥85%", (">=", 85, "%"), "15"),
             Ind("产出指标", "时效指标", "补助资金下达时间", "2025年6月30日前", D, "10"),
             Ind("成本指标", "经济成本指标", "生均公用经费补助标准", "≤600元/生·年", ("<=", 600, "元/生·年"), "10"),
             Ind("效益指标", "社会效益指标", "学前三年毛入园率", "≥95%", (">=", 95, "%"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("校园安全防范设施建设", "14010525T000001519", ("2,150,000.00", "950,000.00", "/", "0.00", "1,200,000.00"),
         "完善中小学校园视频监控、一键报警和封闭化管理设施，提升校园安全防范水平。", [
             Ind("产出指标", "数量指标", "改造校园视频监控点位", "≥680个", (">=", 680, "个"), "20"),
             Ind("产出指标", "质量指标", "一键报警与公安联网率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "项目完工时间", "2025年8月31日前", D, "10"),
             Ind("成本指标", "经济成本指标", "单个监控点位建设成本", "≤2500元", ("<=", 2500, "元"), "10"),
             Ind("效益指标", "社会效益指标", "校园安全责任事故", "0起", ("=", 0, "起"), "20"),
             Ind("效益指标", "可持续影响指标", "校园安全防控体系", "持续健全", Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
    ]
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "38,612.40"), ("二、上年结转", "126.00"),
                                    ("三、其他收入", "120.00")],
                  [("学前教育保育教育费补助", "360.00"), ("校园安全防范设施建设", "95.00")])
    widths = [64, 80, 82, 82, 66, 66, 80]
    for project, code, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 1, "预算单位"), (1, 3, dept), (4, 1, "项目类型"), (5, 2, "一般性项目"))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金来源")
        for k, head in enumerate(("合计", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "上年结转",
                                  "其他收入")):
            rows.put(r, 1 + k, 1, 1, head)
            rows.put(r + 1, 1 + k, 1, 1, money[k])
        rows.put(r, 6, 2, 1, "")
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"), (6, 1, "权重（%）"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"编制单位：{dept}", unit_raw="单位：元"), fresh_page=True)
        _add(doc, project, inds)
        carried = money[3] if money[3][:1].isdigit() else None
        doc.gold.project(project, "元", code=code, year=money[0], fiscal=money[1], carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 内蒙古 包头


def layout_nmg_bt_self_eval_label_pairs_yuan(folder: Path, name: str) -> FileGold:
    dept, year = "包头市昆都仑区住房和城乡建设局", 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year,
                  cover=[(f"{dept}", 20), (f"{year}年度项目支出绩效自评报告", 20)])
    evals = [
        ("老旧小区改造配套设施", "包头市昆都仑区城市建设服务中心",
         ("3,200,000.00", "3,450,000.00", "3,329,250.00", "3,000,000.00", "450,000.00", "96.50%", "9.65"),
         ("完成老旧小区配套设施改造8个，改善居民生活环境。", "完成8个小区雨污分流、道路及照明改造。"), [
             Ind("产出指标", "数量指标", "改造小区个数", "≥8个", (">=", 8, "个"), "20", "8个", "20"),
             Ind("产出指标", "数量指标", "新增停车泊位", "≥300个", (">=", 300, "个"), "10", "326个", "10"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "10", "100%", "9", "个别分项一次验收未通过"),
             Ind("产出指标", "时效指标", "完工时间", "2024年11月30日前", D, "10", "2024年11月20日", "10"),
             Ind("效益指标", "社会效益指标", "居民生活环境", "明显改善", Q, "20", "明显改善", "18", "部分小区绿化未达预期"),
             Ind("效益指标", "可持续影响指标", "小区长效管理机制", "建立", Q, "10", "已建立", "9"),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", (">=", 90, "%"), "10", "92%", "9", "施工扰民投诉"),
         ], "94.65", "优"),
        ("城市供热管网维修", "包头市昆都仑区供热管理站",
         ("1,800,000.00", "1,800,000.00", "1,620,000.00", "1,800,000.00", "0", "90.00%", "9.00"),
         ("完成供热管网维修12公里，保障供暖季安全运行。", "完成管网维修11公里，供暖期未发生大面积停热。"), [
             Ind("产出指标", "数量指标", "维修管网长度", "≥12公里", (">=", 12, "公里"), "20", "11公里", "18", "冬季施工受限"),
             Ind("产出指标", "质量指标", "维修后管网完好率", "≥98%", (">=", 98, "%"), "20", "97.5%", "18", "材料到货延迟"),
             Ind("产出指标", "时效指标", "抢修到场时间", "≤2小时", ("<=", 2, "小时"), "10", "1.5小时", "10"),
             Ind("成本指标", "经济成本指标", "每公里维修成本", "≤15万元", ("<=", 15, "万元"), "10", "14.7万元", "7", "管材价格上涨"),
             Ind("效益指标", "社会效益指标", "供暖期室温达标率", "≥95%", (">=", 95, "%"), "20", "94%", "16", "末端用户温度偏低"),
             Ind("满意度指标", "服务对象满意度指标", "热用户满意度", "≥85%", (">=", 85, "%"), "10", "86%", "9"),
         ], "87.00", "良"),
    ]
    widths = [50, 56, 84, 74, 74, 34, 36, 82]
    for project, unit_name, (initial, budget, executed, fiscal, other, rate, rate_score), goal, inds, total, grade in evals:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, unit_name))
        rows.add((0, 2, "年初预算数（元）"), (2, 2, initial), (4, 2, "全年预算数（元）"), (6, 2, budget))
        rows.add((0, 2, "全年执行数（元）"), (2, 2, executed), (4, 2, "其中：财政拨款（元）"), (6, 2, fiscal))
        rows.add((0, 2, "其他资金（元）"), (2, 2, other), (4, 2, "执行率"), (6, 2, rate))
        rows.add((0, 2, "分值"), (2, 2, "10"), (4, 2, "得分"), (6, 2, rate_score))
        rows.add((0, 2, "年度目标"), (2, 6, goal[0]))
        rows.add((0, 2, "实际完成情况"), (2, 6, goal[1]))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, total), (7, 1, ""))
        rows.add((0, 5, "自评等级"), (5, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"单位名称（公章）：{dept}", kind="performance_self_evaluation"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "元", budget, executed, float(total), grade)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 北京 朝阳


def layout_bj_cy_budget_two_forms_a_page_split_target(folder: Path, name: str) -> FileGold:
    dept, year = "北京市朝阳区城市管理委员会", 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 20)])
    projects = [
        ("生活垃圾分类驿站运维", ("6,480,000.00", "6,480,000.00", "0"),
         "保障全区垃圾分类驿站正常运行，居民分类投放准确率持续提升。", [
             Ind("产出指标", "数量指标", "运维垃圾分类驿站数量", ("≥", "120", "座"), (">=", 120, "座"), "30"),
             Ind("产出指标", "质量指标", "驿站设施完好率", ("≥", "95", "%"), (">=", 95, "%"), "20"),
             Ind("成本指标", "经济成本指标", "单座驿站年运维成本", ("≤", "5.4", "万元"), ("<=", 5.4, "万元"), "20"),
             Ind("效益指标", "生态效益指标", "居民分类投放准确率", ("≥", "90", "%"), (">=", 90, "%"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
         ]),
        ("背街小巷环境精细化整治", ("12,500,000.00", "11,000,000.00", "1,500,000.00"),
         "完成背街小巷环境精细化整治，打造“十无一创建”达标街巷。", [
             Ind("产出指标", "数量指标", "整治背街小巷条数", ("＝", "85", "条"), ("=", 85, "条"), "30"),
             Ind("产出指标", "时效指标", "整治任务完成时限", ("", "2025年11月底前", ""), D, "20"),
             Ind("成本指标", "经济成本指标", "每条街巷平均整治费用", ("≤", "15", "万元"), ("<=", 15, "万元"), "20"),
             Ind("效益指标", "社会效益指标", "街巷环境面貌", ("定性", "明显改善", ""), Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "沿街居民满意度", ("≥", "85", "%"), (">=", 85, "%"), "10"),
         ]),
        ("城市照明设施维护", ("3,260,500.00", "3,260,500.00", "0"),
         "做好道路照明设施日常维护，保障城市夜间照明安全。", [
             Ind("产出指标", "数量指标", "维护路灯数量", ("≥", "2.8", "万盏"), (">=", 2.8, "万盏"), "30"),
             Ind("产出指标", "质量指标", "道路照明亮灯率", ("≥", "98", "%"), (">=", 98, "%"), "20"),
             Ind("产出指标", "时效指标", "故障修复时限", ("＜", "24", "小时"), ("<", 24, "小时"), "20"),
             Ind("效益指标", "社会效益指标", "夜间出行安全保障", ("定性", "有效保障", ""), Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "市民满意度", ("≥", "85", "%"), (">=", 85, "%"), "10"),
         ]),
    ]
    _budget_front(doc, dept, year, [("一、财政拨款收入", "38,206.17"), ("二、其他收入", "150.00")],
                  [("生活垃圾分类驿站运维", "648.00"), ("背街小巷环境精细化整治", "1,100.00"),
                   ("城市照明设施维护", "326.05")])
    widths = [62, 72, 118, 52, 86, 56, 50]
    for k, (project, (total, fiscal, other), goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "项目负责人"), (5, 2, "张  明"))
        r = rows.n
        rows.put(r, 0, 3, 1, "资金情况（元）")
        for j, (label, value) in enumerate((("资金总额", total), ("其中：财政拨款", fiscal), ("其他资金", other))):
            rows.put(r + j, 1, 1, 2, label)
            rows.put(r + j, 3, 1, 4, value)
        rows.add((0, 1, "年度目标"), (1, 6, goal))
        rows.add(*[(j, 1, t) for j, t in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值",
                                                     "度量单位", "权重（%）"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"预算单位：{dept}"), fresh_page=k == 0)
        _add(doc, project, inds)
        doc.gold.project(project, "元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 天津 北辰


def layout_tj_bc_accounts_dept_self_eval_basic_project_rows(folder: Path, name: str) -> FileGold:
    dept, year = "天津市北辰区水务局", 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、财政拨款收入", "6,420.53"), ("二、其他收入", "142.68")],
                    [("一、农林水支出", "6,181.82"), ("二、城乡社区支出", "381.39")])
    dw = [
        Ind("产出指标", "数量指标", "河道日常保洁长度", "≥320公里", (">=", 320, "公里"), "15", "326公里", "15"),
        Ind("产出指标", "数量指标", "泵站维修养护座数", "≥42座", (">=", 42, "座"), "15", "40座", "14", "2座泵站改造调整至次年"),
        Ind("产出指标", "质量指标", "水利工程运行完好率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
        Ind("产出指标", "时效指标", "汛前检查完成时间", "2024年5月31日前", D, "10", "2024年5月28日", "9", "资料归档滞后"),
        Ind("效益指标", "生态效益指标", "国考断面水质达标率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("效益指标", "社会效益指标", "防汛安全度汛", "安全度汛", Q, "10", "安全度汛", "8", "局部积水"),
        Ind("效益指标", "可持续影响指标", "河湖长制工作机制", "持续巩固", Q, "10", "持续巩固", "9"),
        Ind("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 7, dept))
    r = rows.n
    rows.put(r, 0, 4, 2, "年度预算执行情况（万元）")
    for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 2 + k, 1, 1, head)
    for k, line in enumerate((("年度资金总额", "6,235.00", "6,850.40", "6,563.21", "10", "95.81%", "9.58"),
                              ("其中：基本支出", "3,905.00", "4,012.80", "4,004.36", "—", "—", "—"),
                              ("项目支出", "2,330.00", "2,837.60", "2,558.85", "—", "—", "—")), 1):
        for j, v in enumerate(line):
            rows.put(r + k, 2 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 2, "年度总体目标")
    rows.put(r, 2, 1, 4, "预期目标")
    rows.put(r, 6, 1, 3, "实际完成情况")
    rows.put(r + 1, 2, 1, 4, "统筹做好防汛排涝、河湖治理和水利工程运行管理，保障全区水安全。")
    rows.put(r + 1, 6, 1, 3, "全年安全度汛，河道保洁326公里，国考断面水质全部达标。")
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分"))], (7, 2, "偏差原因分析及改进措施"))
    _grid_rows(rows, dw, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                          (6, 1, i.score), (7, 2, i.note)])
    rows.add((0, 5, "总    分"), (5, 1, "100"), (6, 1, "94.58"), (7, 2, ""))
    rows.add((0, 5, "自评等级"), (5, 4, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, [50, 58, 88, 62, 62, 56, 40, 50, 54], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    _add(doc, None, dw)
    doc.gold.self_evaluation(None, "万元", "6,850.40", "6,563.21", 94.58, "优")
    project = "河道保洁及水环境治理"
    inds = [
        Ind("产出指标", "数量指标", "河道保洁长度", "≥120公里", (">=", 120, "公里"), "20", "122公里", "20"),
        Ind("产出指标", "质量指标", "河面漂浮物清理达标率", "≥95%", (">=", 95, "%"), "20", "93%", "18", "汛期漂浮物增多"),
        Ind("产出指标", "时效指标", "问题河段整改时限", "≤7天", ("<=", 7, "天"), "10", "5天", "10"),
        Ind("成本指标", "经济成本指标", "每公里年保洁成本", "≤2.6万元", ("<=", 2.6, "万元"), "10", "2.5万元", "10"),
        Ind("效益指标", "生态效益指标", "河道水环境质量", "持续改善", Q, "20", "持续改善", "18", "个别支流水质波动"),
        Ind("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%", (">=", 85, "%"), "10", "88%", "9"),
    ]
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 6, project))
    rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 3, "天津市北辰区河道管理所"))
    r = rows.n
    rows.put(r, 0, 4, 2, "项目资金（万元）")
    for k, head in enumerate(("", "全年预算数", "全年执行数", "执行率", "分值", "得分")):
        rows.put(r, 2 + k, 1, 1, head)
    for k, line in enumerate((("年度资金总额", "320.00", "301.76", "94.30%", "10", "9.43"),
                              ("其中：财政资金", "320.00", "301.76", "—", "—", "—"),
                              ("其他资金", "/", "/", "—", "—", "—")), 1):
        for j, v in enumerate(line):
            rows.put(r + k, 2 + j, 1, 1, v)
    rows.add((0, 2, "年度目标"), (2, 6, "落实河道日常保洁，河面无大面积漂浮物，改善水环境。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因分析及改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, "94.43"), (7, 1, ""))
    rows.add((0, 5, "自评等级"), (5, 3, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, [50, 58, 88, 62, 66, 40, 40, 96], title="项目支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    _add(doc, project, inds)
    doc.gold.self_evaluation(project, "万元", "320.00", "301.76", 94.43, "优")
    doc.gold.project(project, "万元", year="320.00", fiscal="320.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 山东 烟台


def layout_sd_yt_budget_labels_above_total_year(folder: Path, name: str) -> FileGold:
    dept, year = "烟台市芝罘区文化和旅游局", 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}", 22), (f"{year}年部门预算", 22)])
    projects = [
        ("公共文化场馆免费开放", "3706022501000018", "2025年1月-2025年12月", ("180.00", "180.00", "160.00", "20.00", "0.00"),
         "保障图书馆、文化馆免费开放，开展公益性文化活动。", [
             Ind("产出指标", "数量指标", "开展公益文化活动场次", "≥150场", (">=", 150, "场"), note="以活动台账为准"),
             Ind("产出指标", "质量指标", "免费开放时间", "≥56小时/周", (">=", 56, "小时/周"), note="国家评估定级标准"),
             Ind("产出指标", "时效指标", "资金支付进度", "达到100%", (">=", 100, "%"), note="年底前支付完毕"),
             Ind("效益指标", "社会效益指标", "年接待读者及观众人次", "≥45万人次", (">=", 45, "万人次"), note="上年42万人次"),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), note="第三方调查"),
         ]),
        ("非物质文化遗产保护传承（2024-2026年）", "3706022401000007", "2024年1月-2026年12月",
         ("450.00", "150.00", "150.00", "0.00", ""),
         "开展非遗项目记录、传承人补助和展示展演活动，增强非遗传承活力。", [
             Ind("产出指标", "数量指标", "补助代表性传承人数", "≥32人", (">=", 32, "人"), note="区级以上传承人"),
             Ind("产出指标", "数量指标", "非遗展示展演活动", "≥12次", (">=", 12, "次"), note=""),
             Ind("产出指标", "质量指标", "非遗项目数字化记录完成率", "≥80%", (">=", 80, "%"), note="三年累计100%"),
             Ind("效益指标", "社会效益指标", "非遗保护传承氛围", "进一步浓厚", Q, note="定性评价"),
             Ind("满意度指标", "服务对象满意度指标", "传承人满意度", "≥95%", (">=", 95, "%"), note="座谈调查"),
         ]),
        ("文旅消费季活动", "3706022501000033", "2025年4月-2025年10月", ("96.00", "96.00", "80.00", "—", "16.00"),
         "举办文旅消费季系列活动，拉动文旅消费。", [
             Ind("产出指标", "数量指标", "举办消费季主题活动", "≥8场", (">=", 8, "场"), note=""),
             Ind("产出指标", "时效指标", "活动完成时间", "2025年10月底前", D, note="旅游旺季"),
             Ind("效益指标", "经济效益指标", "带动文旅消费增长", "≥8%", (">=", 8, "%"), note="同比"),
             Ind("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", (">=", 90, "%"), note="现场问卷"),
         ]),
    ]
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "2,846.20"), ("二、上年结转", "20.00"),
                                    ("三、其他收入", "16.00")],
                  [(p[0], p[3][2]) for p in projects])
    widths = [72, 82, 88, 88, 86, 104]
    for project, code, period, (total, year_m, fiscal, carried, other), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 1, code))
        rows.add((0, 1, "实施单位"), (1, 3, dept), (4, 1, "项目期限"), (5, 1, period))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金情况（万元）")
        for k, (head, v) in enumerate((("项目总额", total), ("本年度资金", year_m), ("其中：财政拨款", fiscal),
                                       ("上年结转", carried), ("其他资金", other))):
            rows.put(r, 1 + k, 1, 1, head)
            rows.put(r + 1, 1 + k, 1, 1, v)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"),
                 (5, 1, "指标值设定依据"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"部门名称：{dept}"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", code=code, total=total, year=year_m, fiscal=fiscal,
                         carried=carried if carried[:1].isdigit() else None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 郑州


def layout_ha_zz_accounts_landscape_self_evals_points_in_level(folder: Path, name: str) -> FileGold:
    dept, year = "郑州市二七区教育局", 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "52,318.60"), ("二、事业收入", "1,206.45")],
                    [("一、教育支出", "51,962.30"), ("二、社会保障和就业支出", "1,562.75")])
    o, e, s = "产出指标(50分)", "效益指标(30分)", "满意度指标(10分)"
    evals = [
        ("义务教育薄弱环节改善与能力提升", "郑州市二七区教育局", ("1,860.00", "1,823.45", "98.04%", "9.80"),
         "1,860.00", "1,823.45", ("改善12所学校办学条件，配齐教学装备。", "完成12所学校改造，配备教学装备2,100台套。"), [
             Ind(o, "数量指标", "改造学校数量", "≥12所", (">=", 12, "所"), "15", "12所", "15"),
             Ind(o, "数量指标", "配备教学装备台套", "≥2000台套", (">=", 2000, "台套"), "10", "2100台套", "10"),
             Ind(o, "质量指标", "装备验收合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind(o, "时效指标", "项目完工时间", "2024年8月底前", D, "10", "2024年9月10日", "9", "个别项目受雨季影响"),
             Ind(o, "成本指标", "生均改造成本", "≤2000元", ("<=", 2000, "元"), "5", "1860元", "5"),
             Ind(e, "社会效益指标", "学校办学条件达标率", "≥95%", (">=", 95, "%"), "15", "94%", "14", "1所学校场地受限"),
             Ind(e, "可持续影响指标", "装备管理使用制度", "健全", Q, "15", "基本健全", "13", "使用培训不足"),
             Ind(s, "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
         ], "95.80", "优"),
        ("学生资助补助经费", "郑州市二七区学生资助管理中心", ("642.80", "642.80", "100.00%", "10.00"),
         "642.80", "642.80", ("落实各学段资助政策，应助尽助。", "资助家庭经济困难学生4,820人次，资金全部发放到位。"), [
             Ind(o, "数量指标", "资助学生人次", "≥4800人次", (">=", 4800, "人次"), "20", "4820人次", "20"),
             Ind(o, "质量指标", "资助对象认定准确率", "100%", ("=", 100, "%"), "10", "99.6%", "9", "个别认定材料不全"),
             Ind(o, "时效指标", "资助资金发放及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind(o, "成本指标", "资助标准执行", "按国家标准", Q, "10", "按国家标准", "10"),
             Ind(e, "社会效益指标", "因贫失学辍学学生", "0人", ("=", 0, "人"), "15", "0人", "15"),
             Ind(e, "可持续影响指标", "资助工作长效机制", "持续完善", Q, "15", "持续完善", "14"),
             Ind(s, "服务对象满意度指标", "受助学生及家长满意度", "≥95%", (">=", 95, "%"), "10", "97%", "10"),
         ], "98.00", "优"),
    ]
    widths = [90, 92, 150, 88, 88, 46, 46, 140]
    for project, unit_name, (budget, executed, rate, rate_score), _, _, goal, inds, total, grade in evals:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 2, "实施单位"), (6, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        for k, head in enumerate(("", "预算数", "执行数", "分值", "执行率", "得分")):
            rows.put(r, 1 + k, 1, 1, head)
        rows.put(r, 7, 4, 1, "")
        for k, line in enumerate((("年度资金总额", budget, executed, "10", rate, rate_score),
                                  ("其中：财政资金", budget, executed, "—", "—", "—"),
                                  ("其他资金", "0.00", "0.00", "—", "—", "—")), 1):
            for j, v in enumerate(line):
                rows.put(r + k, 1 + j, 1, 1, v)
        rows.add((0, 1, "年度目标"), (1, 3, goal[0]), (4, 1, "完成情况"), (5, 3, goal[1]))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因分析及改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note or "无")])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, total), (7, 1, f"自评等级：{grade}"))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"主管部门：{dept}", unit_raw="单位：万元", landscape=True,
                             kind="performance_self_evaluation"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "万元", budget, executed, float(total), grade)
        doc.gold.project(project, "万元", year=budget, fiscal=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 兰州


def layout_gs_lz_forms_label_and_value_in_one_cell(folder: Path, name: str) -> FileGold:
    dept, year = "兰州市城关区人力资源和社会保障局", 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year,
                  cover=[(dept, 20), (f"{year}年项目支出绩效目标表", 20)])
    projects = [
        ("就业见习补贴", ("年度资金总额：350.00万元", "其中：财政拨款：320.00万元", "上年结转:30.00万元", "其他资金：—"),
         ("350.00", "320.00", "30.00"),
         "组织离校未就业高校毕业生等青年参加就业见习，提升就业能力。", [
             Ind("产出指标", "数量指标", "参加就业见习人数", "≥600人", (">=", 600, "人"), "30"),
             Ind("产出指标", "质量指标", "见习期满留用率", "＞40%", (">", 40, "%"), "20"),
             Ind("成本指标", "经济成本指标", "见习补贴标准", "≤1620元/人·月", ("<=", 1620, "元/人·月"), "20"),
             Ind("效益指标", "社会效益指标", "青年就业能力", "明显提升", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("职业技能提升培训补贴", ("年度资金总额：1,125.60万元", "其中：财政拨款：1,125.60万元", "上年结转：—", "其他资金：—"),
         ("1,125.60", "1,125.60", None),
         "开展职业技能培训，提升劳动者技能水平和就业质量。", [
             Ind("产出指标", "数量指标", "职业技能培训人次", "≥8000人次", (">=", 8000, "人次"), "30"),
             Ind("产出指标", "质量指标", "培训合格率", "85%-95%", ("range", 85, "%", 95), "20"),
             Ind("产出指标", "时效指标", "补贴审核拨付时限", "≤20个工作日", ("<=", 20, "个工作日"), "10"),
             Ind("效益指标", "社会效益指标", "培训后就业率", "≥60%", (">=", 60, "%"), "30"),
             Ind("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("劳动保障监察执法经费", ("年度资金总额:42.00万元", "其中:财政拨款:42.00万元", "上年结转：—", "其他资金：0"),
         ("42.00", "42.00", None),
         "开展劳动保障监察执法，维护劳动者合法权益，根治欠薪。", [
             Ind("产出指标", "数量指标", "劳动保障监察检查用人单位", "≥500户", (">=", 500, "户"), "40"),
             Ind("产出指标", "时效指标", "欠薪案件结案率", "≥96%", (">=", 96, "%"), "20"),
             Ind("效益指标", "社会效益指标", "因欠薪引发的群体性事件", "不发生", Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "投诉人满意度", "≥85%", (">=", 85, "%"), "10"),
         ]),
    ]
    widths = [70, 80, 120, 110, 90, 50]
    for k, (project, cells, (year_m, fiscal, carried), goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, "兰州市城关区就业服务中心"))
        rows.add((0, 1, "项目资金"), (1, 2, cells[0]), (3, 3, cells[1]))
        rows.add((0, 1, ""), (1, 2, cells[2]), (3, 3, cells[3]))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"填报单位（盖章）：{dept}"), fresh_page=k != 1)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=year_m, fiscal=fiscal, carried=carried)
    return doc.save(folder)


BLIND40: dict[str, Builder] = {
    "hlj_hrb_budget_forms_spaced_labels_pairs": layout_hlj_hrb_budget_forms_spaced_labels_pairs,
    "jl_cc_budget_list_table11_ascii_signs": layout_jl_cc_budget_list_table11_ascii_signs,
    "ln_sy_accounts_self_eval_mof_money_rows": layout_ln_sy_accounts_self_eval_mof_money_rows,
    "heb_sjz_budget_dept_wide_then_stacked_money": layout_heb_sjz_budget_dept_wide_then_stacked_money,
    "sx_ty_budget_income_source_grid_yuan": layout_sx_ty_budget_income_source_grid_yuan,
    "nmg_bt_self_eval_label_pairs_yuan": layout_nmg_bt_self_eval_label_pairs_yuan,
    "bj_cy_budget_two_forms_a_page_split_target": layout_bj_cy_budget_two_forms_a_page_split_target,
    "tj_bc_accounts_dept_self_eval_basic_project_rows": layout_tj_bc_accounts_dept_self_eval_basic_project_rows,
    "sd_yt_budget_labels_above_total_year": layout_sd_yt_budget_labels_above_total_year,
    "ha_zz_accounts_landscape_self_evals_points_in_level": layout_ha_zz_accounts_landscape_self_evals_points_in_level,
    "gs_lz_forms_label_and_value_in_one_cell": layout_gs_lz_forms_label_and_value_in_one_cell,
}
SETS: dict[str, dict[str, Builder]] = {"blind40": BLIND40}


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
    """Write every layout of ``which`` ("blind40") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
