"""BLIND52 performance forms: ten layouts as 市直 and 区县 bureaus of 河南, 江西, 贵州, 重庆, 甘肃,
黑龙江, 辽宁, 山西, 吉林 and 新疆 print them in their 2024 部门决算 and 2025 部门预算 disclosures:
项目支出绩效目标表 (most of them), two provinces' 部门整体支出绩效目标表, 项目支出绩效自评表 and
部门整体支出绩效自评表. Written by an author who had read neither the form reader nor the earlier
blind sets (only the gold helpers and page composer of ``form_layouts``, the gold conventions of
BLIND9's docstring and the brief's addendum). The money block is varied as provinces vary it, and
every form prints its money; the pages keep the small untidiness of real bureau PDFs (blank or
"—" 其他资金 cells, padding rows left empty at a grid's foot, half-width colons, "（盖章）" beside
the unit, codes in brackets before the department, amounts printed with their unit in the cell).

hen_ly_budget_fund_label_pairs_blank_other  河南 洛阳 district 部门预算: budget tables, then one
        项目支出绩效目标表 a page: 主管部门及代码 "[213001]…", 项目资金（万元） merged over three
        label | value rows (年度资金总额： / 其中：财政资金 / 其他资金, the last blank), grid 一级 | 二级 |
        三级 | 指标值 (≥ glued, 达到 N), an empty padding row at the foot
jx_gz_budget_dept_wide_then_project_yuan_heads  江西 赣州 county 部门预算: budget tables, a 部门整体
        支出绩效目标表 (部门预算资金（元） heads 资金总额 | 财政拨款 | 上年结转 | 其他资金 over one row),
        then 项目支出绩效目标表 in 元 with separators, 项目资金（元） merged over the same heads and one
        amounts row (上年结转 0.00 printed), grid with 指标值说明
gz_zy_income_source_grid_fiscal_lines  贵州 遵义 市直 项目支出绩效目标表: a 资金来源 grid (合计 |
        一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 专项债券资金 | 单位资金) over one amounts
        row in 万元; one project prints 项目总投资 beside its 项目期限; blank source cells
cq_yb_landscape_list_money_columns_repeated  重庆 渝北区 landscape list: 项目名称 | 项目资金（万元）
        over 合计 | 财政拨款 | 其他资金 | 年度绩效目标 | 一级 | 二级 | 三级 | 指标值, the two header rows
        repeated on every page, project cells merged down their indicator rows
gs_lz_accounts_self_evals_carried_row  甘肃 兰州 district 部门决算: accounts tables, a 部门整体支出
        绩效自评表 (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 /
        其中：基本支出 / 项目支出) and two 项目支出绩效自评表 (over 年度资金总额 / 其中：当年财政拨款 /
        上年结转资金 / 其他资金, 上年结转 printed in one of them), 偏差原因 words, 自评等级
hlj_heb_dept_wide_stacked_income_nature_then_pairs  黑龙江 哈尔滨 district: a 部门整体支出绩效
        目标表 whose money is stacked (资金总额, 按收入性质分: 一般公共预算 / 政府性基金 / 其他资金, 按支出
        性质分: 基本支出 / 项目支出), targets in words (不低于 / 不高于 / 达到 / 控制在…以内), then two
        project forms with money as two label | value pairs a row
ln_dl_labels_above_unit_in_cell_weights  辽宁 大连 district: no unit line; labels above values
        (项目总额 | 本年预算 | 其中：财政拨款 | 上年结转) with 万元 printed in each amount cell, two
        forms a page, grid with 权重（%）
sx_ty_self_eval_yuan_pairs_dept_and_projects  山西 太原 district 2024 自评: a 部门整体支出绩效自评表
        and two 项目支出绩效自评表, money as label | value pairs in 元 (年初预算数（元） | … | 全年执行数
        （元） | … | 预算执行率 | … | 分值 | 得分), 总分, 评价等级 printed as 优秀 / 良好
jl_cc_budget_short_forms_money_row_dash  吉林 长春 district 部门预算: budget tables, then short forms
        two a page, money in one row (资金总额（万元） | … | 其中：财政拨款 | … | 其他资金 | —), split
        指标性质 | 指标值 | 度量单位 columns (comparator first)
xj_wlmq_landscape_unit_in_heads_direction_split  新疆 乌鲁木齐 district landscape forms: money heads
        carrying the unit (资金总额（万元） | 财政拨款（万元） | 上年结转（万元） | 其他资金（万元）) over one
        row, grid 一级 | 二级 | 三级 | 指标方向 | 指标值 | 计量单位 | 分值 | 评分标准

Gold conventions: BLIND9's docstring, with the addendum's money rulings (fiscal = the 财政拨款 /
财政资金 figure as printed, or the sum of the source lines named …财政拨款收入, never 一般公共预算
alone, 专项债券 or 单位资金; a printed 0.00 上年结转 is 0.00; 达到 N reads ≥; a blank or "—" cell
gives no amount). This set's rulings:

- 项目总额 / 项目总投资 of a multi-year project is ``total``; 本年预算 / 年度资金总额 / 资金总额 /
  合计 of the form is ``year``.
- "控制在N以内" reads "<="; "不高于" "<="; "不低于" / "达到" ">=".
- A project self evaluation's ``carried`` is the 上年结转资金 row's 全年预算数 where one is printed.
- Amounts printed with 万元 in their cell ("450.00万元") are 万元.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

_TARGETS = "project_performance_targets"
_DEPT = "dept_performance_targets"
_SELF = "performance_self_evaluation"


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str, str, str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, 收支总表, 一般公共预算支出表, the heading of
    the performance part."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}负责贯彻执行国家和省、市有关方针政策和法律法规，承担本行业管理和公共服务职责。",
        "二、部门预算单位构成。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
        f"三、{year}年重点工作。围绕年度目标任务，统筹安排预算资金，保障重点项目实施。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    body = [plain_row([a, v, "", ""]) for a, v in income]
    for k, (code, subject, total, basic, project) in enumerate(spending):
        if k < len(body):
            body[k][2:] = [(2, 1, subject), (3, 1, total)]
        else:
            body.append(plain_row(["", "", subject, total]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_in:,.2f}"]))
    doc.pages.table(TableSpec("部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收    入"), (0, 2, 1, 2, "支    出"), (1, 0, 1, 1, "项    目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项    目"), (1, 3, 1, 1, "预算数")], 2,
                              body, ["l", "r", "l", "r"]))
    rows = [plain_row(list(s)) for s in spending]
    doc.pages.table(TableSpec("一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [80, 190, 80, 80, 80],
                              [(0, 0, 1, 2, "功能分类科目"), (0, 2, 2, 1, "合计"), (0, 3, 2, 1, "基本支出"),
                               (0, 4, 2, 1, "项目支出"), (1, 0, 1, 1, "科目编码"), (1, 1, 1, 1, "科目名称")], 2,
                              rows, ["l", "l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  预算绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}{year}年预算项目均已编制绩效目标，现将重点项目"
        "绩效目标及部门整体支出绩效目标公开如下。",
    ])


def _add(doc: FormDoc, project: str | None, inds: list[Ind]) -> None:
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))


# ------------------------------------------------------------------------------------ 河南 洛阳


def layout_hen_ly_budget_fund_label_pairs_blank_other(folder: Path, name: str) -> FileGold:
    dept = "洛阳市涧西区卫生健康委员会"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "6,842.30"), ("事业收入", "1,206.00")],
                  [("210", "卫生健康支出", "7,425.80", "3,118.60", "4,307.20"),
                   ("208", "社会保障和就业支出", "622.50", "622.50", "")])
    projects = [
        ("基本公共卫生服务补助", "洛阳市涧西区疾病预防控制中心", "1,286.40", "1,286.40",
         "按人均标准足额拨付基本公共卫生服务补助，规范建立居民健康档案，做好重点人群健康管理。", [
             Ind("产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", (">=", 90, "%")),
             Ind("产出指标", "数量指标", "老年人健康管理人数", "≥1.8万人", (">=", 1.8, "万人")),
             Ind("产出指标", "质量指标", "高血压患者规范管理率", "达到65%", (">=", 65, "%")),
             Ind("产出指标", "时效指标", "补助资金拨付时间", "2025年12月底前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "城乡居民公共卫生服务差距", "逐步缩小", Q),
             Ind("满意度指标", "服务对象满意度指标", "居民对基本公共卫生服务满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("家庭医生签约服务经费", "洛阳市涧西区卫生健康委员会", "245.00", "200.00",
         "做实家庭医生签约服务，重点人群签约覆盖率稳步提升。", [
             Ind("产出指标", "数量指标", "重点人群签约服务覆盖率", "≥75%", (">=", 75, "%")),
             Ind("产出指标", "数量指标", "家庭医生团队数量", "≥48个", (">=", 48, "个")),
             Ind("产出指标", "质量指标", "签约居民履约率", "≥80%", (">=", 80, "%")),
             Ind("产出指标", "成本指标", "签约服务费人均标准", "≤120元", ("<=", 120, "元")),
             Ind("效益指标", "社会效益指标", "基层首诊比例", "有所提高", Q),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("计划生育家庭奖励扶助", "洛阳市涧西区卫生健康委员会", "318.72", "318.72",
         "按政策标准及时足额发放奖励扶助和特别扶助资金。", [
             Ind("产出指标", "数量指标", "奖励扶助对象人数", "2656人", ("=", 2656, "人")),
             Ind("产出指标", "质量指标", "扶助资金发放准确率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "资金发放及时率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "成本指标", "特别扶助月标准", "≤590元", ("<=", 590, "元")),
             Ind("效益指标", "社会效益指标", "计划生育家庭生活保障水平", "稳步提高", Q),
             Ind("满意度指标", "服务对象满意度指标", "扶助对象满意度", "达到90%", (">=", 90, "%")),
         ]),
    ]
    widths = [80, 80, 95, 140, 100]
    for project, unit_name, year_amt, fiscal, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门及代码"), (1, 2, f"[213001]{dept}"), (3, 1, "实施单位"), (4, 1, unit_name))
        r = rows.n
        rows.put(r, 0, 3, 1, "项目资金（万元）")
        for k, (label, value) in enumerate((("年度资金总额：", year_amt), ("其中：财政资金", fiscal), ("其他资金", ""))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, value)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
        rows.add((0, 1, ""), (1, 1, ""), (2, 2, ""), (4, 1, ""))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"填报单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal)
    return doc.save(folder)


# ------------------------------------------------------------------------------------ 江西 赣州


def layout_jx_gz_budget_dept_wide_then_project_yuan_heads(folder: Path, name: str) -> FileGold:
    dept = "于都县农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{year}年{dept}部门预算", 22)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "4,512.66"), ("政府性基金预算拨款收入", "380.00")],
                  [("213", "农林水支出", "4,512.66", "1,402.16", "3,110.50")])
    dept_inds = [
        Ind("产出指标", "数量指标", "高标准农田建设面积", "≥2.6万亩", (">=", 2.6, "万亩")),
        Ind("产出指标", "数量指标", "农业技术培训人次", "≥1500人次", (">=", 1500, "人次")),
        Ind("产出指标", "质量指标", "农产品质量安全抽检合格率", "≥98%", (">=", 98, "%")),
        Ind("产出指标", "时效指标", "惠农补贴发放及时率", "100%", ("=", 100, "%")),
        Ind("产出指标", "成本指标", "“三公”经费", "较上年不增长", Q),
        Ind("效益指标", "经济效益指标", "农村居民人均可支配收入增幅", "≥7%", (">=", 7, "%")),
        Ind("效益指标", "可持续影响指标", "耕地保护长效机制", "持续完善", Q),
        Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 4, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（元）")
    for c, head in enumerate(("资金总额", "财政拨款", "上年结转", "其他资金"), 1):
        rows.put(r, c, 1, 1, head)
    for c, v in enumerate(("48,926,600.00", "48,926,600.00", "0.00", "0.00"), 1):
        rows.put(r + 1, c, 1, 1, v)
    rows.add((0, 1, "年度总体目标"), (1, 4, "完成高标准农田建设任务，稳定粮食生产，保障农产品质量安全，促进农民持续增收。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "指标值说明"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, [95, 90, 120, 100, 90], title="部门整体支出绩效目标表",
                         editor=f"部门名称：{dept}", unit_raw="单位：元", kind=_DEPT), fresh_page=True)
    _add(doc, None, dept_inds)
    projects = [
        ("耕地地力保护补贴", "于都县农业农村局", "18,653,200.00", "18,653,200.00", "0.00", "",
         "按确权面积足额发放耕地地力保护补贴，引导农民保护耕地、提升地力。", [
             Ind("产出指标", "数量指标", "补贴发放面积", "≥52万亩", (">=", 52, "万亩"), note="以确权面积为准"),
             Ind("产出指标", "质量指标", "补贴资金兑付准确率", "100%", ("=", 100, "%"), note="兑付准确户数/应兑付户数"),
             Ind("产出指标", "时效指标", "补贴资金发放时间", "2025年6月30日前", (None, None, None), note="一卡通发放"),
             Ind("产出指标", "成本指标", "亩均补贴标准", "≤36元", ("<=", 36, "元"), note="按省定标准"),
             Ind("效益指标", "社会效益指标", "种粮农民积极性", "有效提高", Q, note="调查问卷"),
             Ind("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", (">=", 90, "%"), note="抽样调查"),
         ]),
        ("动物疫病防控经费", "于都县畜牧兽医服务中心", "1,350,000.00", "1,150,000.00", "200,000.00", "",
         "开展重大动物疫病强制免疫和监测，确保不发生区域性重大动物疫情。", [
             Ind("产出指标", "数量指标", "强制免疫畜禽数量", "≥120万头（只）", (">=", 120, "万头(只)"), note="按免疫台账"),
             Ind("产出指标", "质量指标", "免疫抗体合格率", "≥70%", (">=", 70, "%"), note="抽样监测"),
             Ind("产出指标", "时效指标", "春秋两季集中免疫完成时限", "≤45天", ("<=", 45, "天"), note="每季"),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "0次", ("=", 0, "次"), note="全年"),
             Ind("效益指标", "可持续影响指标", "基层防疫体系", "不断健全", Q, note=""),
             Ind("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%", (">=", 85, "%"), note="抽样调查"),
         ]),
    ]
    for project, unit_name, year_amt, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（元）")
        for c, head in enumerate(("年度资金总额", "其中：财政拨款", "上年结转", "其他资金"), 1):
            rows.put(r, c, 1, 1, head)
        for c, v in enumerate((year_amt, fiscal, carried, other), 1):
            rows.put(r + 1, c, 1, 1, v)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, [95, 90, 120, 100, 90], title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：元"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "元", year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# ------------------------------------------------------------------------------------ 贵州 遵义


def layout_gz_zy_income_source_grid_fiscal_lines(folder: Path, name: str) -> FileGold:
    dept = "遵义市水务局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    # (project, period, total, sources: 合计, 一般公共预算财政拨款收入, 政府性基金预算财政拨款收入, 专项债券资金, 单位资金)
    projects = [
        ("农村饮水安全巩固提升工程", "2025年", None, ("1,860.00", "1,260.00", "", "600.00", ""), "1,260.00",
         "巩固提升农村供水保障水平，新建改造供水管网，提高农村自来水普及率。", [
             Ind("产出指标", "数量指标", "新建改造供水管网长度", "≥320公里", (">=", 320, "公里")),
             Ind("产出指标", "数量指标", "受益农村人口", "≥8.5万人", (">=", 8.5, "万人")),
             Ind("产出指标", "质量指标", "工程竣工验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "工程完工时间", "2025年11月底前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "农村自来水普及率", "≥92%", (">=", 92, "%")),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("水旱灾害防御经费", "2025年", None, ("426.50", "306.50", "120.00", "", ""), "426.50",
         "做好汛期水旱灾害防御，加强山洪灾害监测预警，保障人民群众生命财产安全。", [
             Ind("产出指标", "数量指标", "山洪灾害监测站点维护数", "≥260个", (">=", 260, "个")),
             Ind("产出指标", "质量指标", "监测预警信息发布准确率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "预警信息发布时限", "≤30分钟", ("<=", 30, "分钟")),
             Ind("效益指标", "社会效益指标", "因洪涝灾害死亡人数", "0人", ("=", 0, "人")),
             Ind("效益指标", "可持续影响指标", "防汛抗旱指挥体系", "运行高效", Q),
             Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("中型灌区续建配套与节水改造", "2024年-2026年", "4,800.00", ("1,600.00", "900.00", "", "500.00", "200.00"),
         "900.00", "完成灌区渠系续建配套和节水改造，恢复改善灌溉面积。", [
             Ind("产出指标", "数量指标", "改造渠道长度", "≥46公里", (">=", 46, "公里")),
             Ind("产出指标", "数量指标", "恢复改善灌溉面积", "≥3.2万亩", (">=", 3.2, "万亩")),
             Ind("产出指标", "质量指标", "单元工程质量合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "成本指标", "渠道改造每公里造价", "≤34万元", ("<=", 34, "万元")),
             Ind("效益指标", "生态效益指标", "灌溉水有效利用系数", "≥0.52", (">=", 0.52, None)),
             Ind("满意度指标", "服务对象满意度指标", "灌区农户满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [75, 85, 85, 85, 85, 80]
    for project, period, total, src, fiscal, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, dept))
        if total:
            rows.add((0, 1, "项目期限"), (1, 2, period), (3, 1, "项目总投资"), (4, 2, total))
        else:
            rows.add((0, 1, "项目期限"), (1, 5, period))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金来源")
        for c, head in enumerate(("合计", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "专项债券资金",
                                  "单位资金"), 1):
            rows.put(r, c, 1, 1, head)
        for c, v in enumerate(src, 1):
            rows.put(r + 1, c, 1, 1, v)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (5, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 3, i.name), (5, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"部门（单位）：{dept}", unit_raw="金额单位：万元"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", total=total, year=src[0], fiscal=fiscal)
    return doc.save(folder)


# ------------------------------------------------------------------------------------ 重庆 渝北


def layout_cq_yb_landscape_list_money_columns_repeated(folder: Path, name: str) -> FileGold:
    dept = "重庆市渝北区城市管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("城市道路清扫保洁", "2,380.00", "2,380.00", "", "完成城区主次干道机械化清扫保洁，道路清扫保洁质量达标。", [
            Ind("产出指标", "数量指标", "道路清扫保洁面积", "≥860万平方米", (">=", 860, "万平方米")),
            Ind("产出指标", "质量指标", "道路机械化清扫率", "≥88%", (">=", 88, "%")),
            Ind("产出指标", "时效指标", "垃圾日产日清率", "100%", ("=", 100, "%")),
            Ind("产出指标", "成本指标", "每平方米年保洁成本", "≤2.8元", ("<=", 2.8, "元")),
            Ind("效益指标", "社会效益指标", "市容环境卫生状况", "明显改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥88%", (">=", 88, "%")),
        ]),
        ("城市照明设施维护", "615.40", "515.40", "100.00", "保障城市道路照明设施正常运行，亮灯率达标。", [
            Ind("产出指标", "数量指标", "维护路灯盏数", "≥4.2万盏", (">=", 4.2, "万盏")),
            Ind("产出指标", "质量指标", "主次干道亮灯率", "≥98%", (">=", 98, "%")),
            Ind("产出指标", "时效指标", "故障修复时限", "≤24小时", ("<=", 24, "小时")),
            Ind("效益指标", "社会效益指标", "夜间出行安全保障", "有效提升", Q),
            Ind("效益指标", "生态效益指标", "节能灯具使用比例", "≥85%", (">=", 85, "%")),
            Ind("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("生活垃圾分类推进", "396.00", "396.00", "", "推进生活垃圾分类示范片区建设，提高回收利用率。", [
            Ind("产出指标", "数量指标", "新增分类示范小区", "≥60个", (">=", 60, "个")),
            Ind("产出指标", "质量指标", "生活垃圾回收利用率", "≥38%", (">=", 38, "%")),
            Ind("产出指标", "时效指标", "示范片区建成时间", "2025年10月底前", (None, None, None)),
            Ind("效益指标", "生态效益指标", "原生垃圾填埋量", "零填埋", Q),
            Ind("效益指标", "可持续影响指标", "居民分类投放准确率", "≥70%", (">=", 70, "%")),
            Ind("满意度指标", "服务对象满意度指标", "示范小区居民满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    rows = _Rows()
    heads = ["项目名称", None, None, None, "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"]
    for c, h in enumerate(heads):
        if h:
            rows.put(0, c, 2, 1, h)
    rows.put(0, 1, 1, 3, "项目资金（万元）")
    for c, h in enumerate(("合计", "财政拨款", "其他资金"), 1):
        rows.put(1, c, 1, 1, h)
    for project, total, fiscal, other, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.raw)])
        n = len(inds)
        for c, v in enumerate((project, total, fiscal, other, goal)):
            rows.put(r0, c, n, 1, v)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 62, 62, 56, 150, 60, 72, 120, 80],
                         title=f"{dept}{year}年项目支出绩效目标表", editor="", unit_raw="单位：万元",
                         landscape=True), fresh_page=True, repeat=(0, 2))
    return doc.save(folder)


# ------------------------------------------------------------------------------------ 甘肃 兰州


def _self_eval_money_columns(rows: _Rows, lines: list[tuple[str, ...]]) -> None:
    """项目资金 block: a heads row (年初预算数 … 得分) over lines, each (label, six cells)."""
    r = rows.n
    rows.put(r, 0, len(lines) + 1, 1, "项目资金（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, line in enumerate(lines, 1):
        rows.put(r + k, 1, 1, 2, line[0])
        for j, v in enumerate(line[1:]):
            rows.put(r + k, 3 + j, 1, 1, v)


def _rate(budget: str, executed: str) -> tuple[str, float]:
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b * 100
    score = round(min(10.0, float(e / b) * 10), 2)
    return f"{rate:.2f}%", score


def _eval_grid(rows: _Rows, inds: list[Ind], head_col: int, heads: tuple[str, ...]) -> None:
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    for k, head in enumerate(heads):
        rows.put(r, head_col + k, 1, 1, head)
    rows.n = r + 1
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])


def layout_gs_lz_accounts_self_evals_carried_row(folder: Path, name: str) -> FileGold:
    dept = "兰州市城关区民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "9,826.14"), ("二、其他收入", "35.60")],
                    [("一、社会保障和就业支出", "9,512.34"), ("二、卫生健康支出", "349.40")])
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
    widths = [40, 52, 58, 82, 56, 56, 36, 40, 84]
    # 部门整体
    dept_inds = [
        Ind("产出指标", "数量指标", "城乡低保保障人数", "≥1.2万人", (">=", 1.2, "万人"), "15", "1.26万人", "15"),
        Ind("产出指标", "数量指标", "特困人员供养人数", "≥560人", (">=", 560, "人"), "10", "572人", "10"),
        Ind("产出指标", "质量指标", "救助资金发放准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "临时救助审批时限", "≤5个工作日", ("<=", 5, "个工作日"), "10", "4个工作日", "10"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", Q, "20", "得到有效保障", "19"),
        Ind("效益指标", "可持续影响指标", "社会救助长效机制", "逐步健全", Q, "10", "逐步健全", "9",
            "部门间数据共享仍不充分，下一步推进信息比对"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "10", "91.5%", "10"),
    ]
    budget, executed = "9,980.00", "9,861.74"
    rate, rate_score = _rate(budget, executed)
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 8, dept))
    _self_eval_money_columns(rows, [
        ("年度资金总额", "9,420.00", budget, executed, "10", rate, f"{rate_score:.2f}"),
        ("其中：基本支出", "3,160.00", "3,210.00", "3,206.92", "—", "—", "—"),
        ("项目支出", "6,260.00", "6,770.00", "6,654.82", "—", "—", "—"),
    ])
    rows.cells = [c if c[4] != "项目资金（万元）" else (c[0], c[1], c[2], c[3], "部门资金（万元）") for c in rows.cells]
    rows.put(rows.n, 0, 2, 1, "年度总体目标")
    r = rows.n - 2
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, "兜牢民生底线，精准实施社会救助，推进养老服务体系建设。")
    rows.put(r + 1, 5, 1, 4, "全年累计保障城乡低保对象1.26万人，临时救助及时有效。")
    _eval_grid(rows, dept_inds, 1, heads)
    total = rate_score + sum(float(i.score) for i in dept_inds)
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 6, "自评等级"), (6, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度部门整体支出绩效自评表",
                         editor=f"部门名称：{dept}", unit_raw="单位：万元", kind=_SELF), fresh_page=True)
    _add(doc, None, dept_inds)
    doc.gold.self_evaluation(None, "万元", budget, executed, round(total, 2), "优")
    projects = [
        ("城乡最低生活保障资金", "兰州市城关区社会救助服务中心",
         ("6,020.00", "6,350.00", "6,288.40"), ("6,020.00", "6,150.00", "6,088.40"), ("", "200.00", "200.00"), "优",
         ("按标准足额发放城乡低保金，保障困难群众基本生活。", "全年发放低保金6288.40万元，保障1.26万人。"), [
             Ind("产出指标", "数量指标", "低保保障人数", "≥1.2万人", (">=", 1.2, "万人"), "20", "1.26万人", "20"),
             Ind("产出指标", "质量指标", "动态管理准确率", "≥98%", (">=", 98, "%"), "15", "98.6%", "15"),
             Ind("产出指标", "时效指标", "低保金发放时间", "每月10日前", (None, None, None), "10", "每月10日前", "10"),
             Ind("效益指标", "社会效益指标", "低保对象基本生活保障", "有效保障", Q, "25", "有效保障", "25"),
             Ind("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%", (">=", 90, "%"), "20", "88%", "18",
                 "少数对象对标准调整有意见，加强政策解读"),
         ]),
        ("社区居家养老服务补助", "兰州市城关区民政局",
         ("300.00", "420.00", "366.42"), ("300.00", "420.00", "366.42"), ("", "", ""), "良",
         ("建设社区老年食堂和日间照料中心，提供居家养老上门服务。", "建成老年食堂12个，部分设备采购未完成。"), [
             Ind("产出指标", "数量指标", "新建社区老年食堂", "≥12个", (">=", 12, "个"), "20", "12个", "20"),
             Ind("产出指标", "数量指标", "居家上门服务人次", "≥3万人次", (">=", 3, "万人次"), "15", "2.6万人次", "12",
                 "服务商进场较晚，下年提前采购"),
             Ind("产出指标", "时效指标", "项目完成时间", "2024年12月底前", (None, None, None), "10", "延期至2025年3月", "6",
                 "设备采购流程较长"),
             Ind("效益指标", "社会效益指标", "老年人就餐便利度", "明显提升", Q, "25", "明显提升", "23"),
             Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", (">=", 90, "%"), "20", "92%", "20"),
         ]),
    ]
    for project, unit_name, tot, fis, car, grade, goal, inds in projects:
        rate, rate_score = _rate(tot[1], tot[2])
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 8, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, unit_name))
        _self_eval_money_columns(rows, [
            ("年度资金总额", *tot, "10", rate, f"{rate_score:.2f}"),
            ("其中：当年财政拨款", *fis, "—", "—", "—"),
            ("上年结转资金", *car, "—", "—", "—"),
            ("其他资金", "", "", "", "—", "—", "—"),
        ])
        r = rows.n
        rows.put(r, 0, 2, 1, "年度总体目标")
        rows.put(r, 1, 1, 4, "预期目标")
        rows.put(r, 5, 1, 4, "实际完成情况")
        rows.put(r + 1, 1, 1, 4, goal[0])
        rows.put(r + 1, 5, 1, 4, goal[1])
        _eval_grid(rows, inds, 1, heads)
        total = rate_score + sum(float(i.score) for i in inds)
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
        rows.add((0, 6, "自评等级"), (6, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             unit_raw="单位：万元", kind=_SELF), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "万元", tot[1], tot[2], round(total, 2), grade)
        doc.gold.project(project, "万元", year=tot[1], fiscal=fis[1], carried=car[1] or None)
    return doc.save(folder)


# ------------------------------------------------------------------------------------ 黑龙江 哈尔滨


def layout_hlj_heb_dept_wide_stacked_income_nature_then_pairs(folder: Path, name: str) -> FileGold:
    dept = "哈尔滨市南岗区教育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门整体支出及项目支出绩效目标", dept, year)
    dept_inds = [
        Ind("产出指标", "数量指标", "义务教育阶段在校生人数", "不低于6.8万人", (">=", 6.8, "万人")),
        Ind("产出指标", "数量指标", "教师培训人次", "不少于4000人次", (">=", 4000, "人次")),
        Ind("产出指标", "质量指标", "义务教育巩固率", "达到99%", (">=", 99, "%")),
        Ind("产出指标", "质量指标", "校舍安全隐患整改率", "100%", ("=", 100, "%")),
        Ind("产出指标", "时效指标", "学生资助资金发放及时率", "100%", ("=", 100, "%")),
        Ind("产出指标", "成本指标", "一般性支出压减比例", "不低于5%", (">=", 5, "%")),
        Ind("效益指标", "社会效益指标", "适龄儿童入学率", "达到100%", (">=", 100, "%")),
        Ind("效益指标", "社会效益指标", "中小学生近视率", "控制在45%以内", ("<=", 45, "%")),
        Ind("效益指标", "可持续影响指标", "教育优质均衡发展", "稳步推进", Q),
        Ind("满意度指标", "服务对象满意度指标", "家长满意度", "不低于90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 3, dept))
    r = rows.n
    rows.put(r, 0, 6, 1, "部门预算资金（万元）")
    rows.put(r, 1, 1, 2, "资金总额")
    rows.put(r, 3, 1, 1, "86,452.18")
    rows.put(r + 1, 1, 3, 1, "按收入性质分")
    rows.put(r + 4, 1, 2, 1, "按支出性质分")
    for k, (label, value) in enumerate((("一般公共预算", "84,916.18"), ("政府性基金", "1,200.00"), ("其他资金", "336.00"),
                                        ("基本支出", "61,337.52"), ("项目支出", "25,114.66"))):
        rows.put(r + 1 + k, 2, 1, 1, label)
        rows.put(r + 1 + k, 3, 1, 1, value)
    rows.add((0, 1, "年度总体目标"), (1, 3, "巩固义务教育优质均衡发展成果，加强教师队伍建设，保障校园安全，落实学生资助政策。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
    doc.pages.grid(_spec(rows.cells, rows.n, [110, 110, 160, 115], title=f"{year}年部门整体支出绩效目标表",
                         editor=f"单位名称：{dept}", unit_raw="单位：万元", kind=_DEPT), fresh_page=True)
    _add(doc, None, dept_inds)
    projects = [
        ("中小学校舍维修改造", "1,560.00", "1,360.00", "200.00", "0.00",
         "完成中小学校舍维修改造，消除校舍安全隐患。", [
             Ind("产出指标", "数量指标", "维修改造学校数量", "不少于18所", (">=", 18, "所")),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "暑期工程完工时间", "2025年8月25日前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "校舍安全状况", "明显改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", "不低于90%", (">=", 90, "%")),
         ]),
        ("学前教育普惠性补助", "820.00", "820.00", "0.00", "0.00",
         "对普惠性民办幼儿园给予生均补助，扩大普惠性学前教育资源。", [
             Ind("产出指标", "数量指标", "补助普惠性民办幼儿园数", "不少于46所", (">=", 46, "所")),
             Ind("产出指标", "成本指标", "生均补助标准", "不高于1200元", ("<=", 1200, "元")),
             Ind("效益指标", "社会效益指标", "普惠性幼儿园覆盖率", "达到88%", (">=", 88, "%")),
             Ind("效益指标", "可持续影响指标", "普惠性学前教育保障机制", "持续健全", Q),
             Ind("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "不低于90%", (">=", 90, "%")),
         ]),
    ]
    for project, year_amt, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "实施单位"), (3, 1, dept))
        rows.add((0, 1, "年度资金总额"), (1, 1, year_amt), (2, 1, "其中:财政拨款"), (3, 1, fiscal))
        rows.add((0, 1, "上年结转"), (1, 1, carried), (2, 1, "其他资金"), (3, 1, other))
        rows.add((0, 1, "年度绩效目标"), (1, 3, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [110, 110, 160, 115], title=f"{year}年项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# ------------------------------------------------------------------------------------ 辽宁 大连


def layout_ln_dl_labels_above_unit_in_cell_weights(folder: Path, name: str) -> FileGold:
    dept = "大连市甘井子区城市建设管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目绩效目标", dept, year)
    projects = [
        ("老旧小区改造配套设施", "1,200.00", "450.00", "400.00", "50.00",
         "完成老旧小区配套基础设施改造，改善居民居住环境。", [
             Ind("产出指标", "数量指标", "改造小区数量", "≥12个", (">=", 12, "个"), "25"),
             Ind("产出指标", "质量指标", "竣工验收合格率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "年度改造任务完成率", "≥95%", (">=", 95, "%"), "15"),
             Ind("效益指标", "社会效益指标", "居民居住环境", "明显改善", Q, "25"),
             Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", (">=", 90, "%"), "15"),
         ]),
        ("市政道路维修养护", "680.00", "680.00", "680.00", "",
         "对辖区市政道路、人行道及附属设施实施日常维修养护。", [
             Ind("产出指标", "数量指标", "养护道路面积", "≥185万平方米", (">=", 185, "万平方米"), "25"),
             Ind("产出指标", "质量指标", "道路完好率", "≥96%", (">=", 96, "%"), "20"),
             Ind("产出指标", "时效指标", "坑槽修复时限", "≤48小时", ("<=", 48, "小时"), "15"),
             Ind("效益指标", "社会效益指标", "道路通行能力", "有效保障", Q, "25"),
             Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥85%", (">=", 85, "%"), "15"),
         ]),
        ("排水管网清淤疏通", "326.80", "326.80", "306.80", "20.00",
         "开展排水管网清淤疏通，提升汛期排水能力。", [
             Ind("产出指标", "数量指标", "清淤管网长度", "≥210公里", (">=", 210, "公里"), "25"),
             Ind("产出指标", "质量指标", "管网清淤达标率", "≥95%", (">=", 95, "%"), "20"),
             Ind("产出指标", "时效指标", "汛前清淤完成时间", "2025年6月15日前", (None, None, None), "15"),
             Ind("效益指标", "社会效益指标", "城区积水点数量", "同比减少", Q, "25"),
             Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", (">=", 85, "%"), "15"),
         ]),
    ]
    for k, (project, total, year_amt, fiscal, carried, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 4, dept))
        rows.add((0, 1, "项目总额"), (1, 1, "本年预算"), (2, 2, "其中：财政拨款"), (4, 1, "上年结转"))
        cell = lambda v: f"{v}万元" if v else ""
        rows.add((0, 1, cell(total)), (1, 1, cell(year_amt)), (2, 2, cell(fiscal)), (4, 1, cell(carried)))
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重（%）"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [95, 95, 125, 110, 70], title=f"{project}绩效目标表"),
                       fresh_page=(k % 2 == 0))
        _add(doc, project, inds)
        doc.gold.project(project, "万元", total=total, year=year_amt, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# ------------------------------------------------------------------------------------ 山西 太原


def layout_sx_ty_self_eval_yuan_pairs_dept_and_projects(folder: Path, name: str) -> FileGold:
    dept = "太原市小店区市场监督管理局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度绩效自评结果", dept, year)
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
    widths = [40, 52, 58, 82, 56, 56, 36, 40, 84]
    words = {"优": "优秀", "良": "良好"}
    forms = [
        (None, "部门整体支出绩效自评表", ("28,600,000.00", "30,120,000.00", "29,536,700.00"), "优",
         "强化市场监管执法，守牢食品药品安全底线，优化营商环境。", [
             Ind("产出指标", "数量指标", "双随机抽查户次", "≥1500户次", (">=", 1500, "户次"), "15", "1620户次", "15"),
             Ind("产出指标", "数量指标", "食品安全抽检批次", "≥3000批次", (">=", 3000, "批次"), "15", "3126批次", "15"),
             Ind("产出指标", "质量指标", "抽检不合格产品处置率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "投诉举报按时办结率", "≥98%", (">=", 98, "%"), "10", "97.2%", "9",
                 "年底投诉集中，部分超时"),
             Ind("效益指标", "社会效益指标", "重大食品安全事故", "0起", ("=", 0, "起"), "20", "0起", "20"),
             Ind("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
         ]),
        ("食品安全抽检监测", "项目支出绩效自评表", ("1,800,000.00", "1,800,000.00", "1,726,500.00"), "优",
         "完成年度食品安全监督抽检任务，及时处置不合格产品。", [
             Ind("产出指标", "数量指标", "抽检批次", "≥3000批次", (">=", 3000, "批次"), "20", "3126批次", "20"),
             Ind("产出指标", "质量指标", "检验报告合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "检验报告出具时限", "≤20个工作日", ("<=", 20, "个工作日"), "10", "18个工作日", "10"),
             Ind("产出指标", "成本指标", "每批次平均抽检费用", "≤600元", ("<=", 600, "元"), "10", "552元", "10"),
             Ind("效益指标", "社会效益指标", "食品安全风险防控能力", "有效提升", Q, "20", "有效提升", "19"),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", (">=", 85, "%"), "15", "89%", "15"),
         ]),
        ("特种设备安全监察", "项目支出绩效自评表", ("650,000.00", "720,000.00", "612,000.00"), "良",
         "开展电梯、锅炉等特种设备安全监察和隐患排查。", [
             Ind("产出指标", "数量指标", "检查特种设备台次", "≥2400台次", (">=", 2400, "台次"), "20", "2210台次", "17",
                 "检查人员不足，下年购买第三方服务"),
             Ind("产出指标", "质量指标", "隐患整改率", "≥95%", (">=", 95, "%"), "15", "96%", "15"),
             Ind("产出指标", "时效指标", "隐患整改完成时限", "≤30天", ("<=", 30, "天"), "10", "30天", "10"),
             Ind("效益指标", "社会效益指标", "特种设备事故发生数", "0起", ("=", 0, "起"), "25", "0起", "25"),
             Ind("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥85%", (">=", 85, "%"), "20", "84%", "17",
                 "检查频次影响生产，优化检查安排"),
         ]),
    ]
    for k, (project, title, (initial, budget, executed), grade, goal, inds) in enumerate(forms):
        rate, rate_score = _rate(budget, executed)
        rows = _Rows()
        if project:
            rows.add((0, 2, "项目名称"), (2, 7, project))
            rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 2, dept))
        else:
            rows.add((0, 2, "部门（单位）名称"), (2, 7, dept))
        rows.add((0, 2, "年初预算数（元）"), (2, 3, initial), (5, 2, "全年预算数（元）"), (7, 2, budget))
        rows.add((0, 2, "全年执行数（元）"), (2, 3, executed), (5, 2, "预算执行率"), (7, 2, rate))
        rows.add((0, 2, "分值"), (2, 3, "10"), (5, 2, "得分"), (7, 2, f"{rate_score:.2f}"))
        rows.add((0, 2, "年度绩效目标"), (2, 7, goal))
        _eval_grid(rows, inds, 1, heads)
        total = rate_score + sum(float(i.score) for i in inds)
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 2, f"{total:.2f}"))
        rows.add((0, 6, "评价等级"), (6, 3, words[grade]))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度{title}",
                             editor=f"填报单位（盖章）：{dept}", unit_raw="", kind=_SELF), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "元", budget, executed, round(total, 2), grade)
        if project:
            doc.gold.project(project, "元", year=budget)
    return doc.save(folder)


# ------------------------------------------------------------------------------------ 吉林 长春


def layout_jl_cc_budget_short_forms_money_row_dash(folder: Path, name: str) -> FileGold:
    dept = "长春市朝阳区文化广播电视和旅游局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{year}年部门预算", 24), (dept, 18)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "2,318.45")],
                  [("207", "文化旅游体育与传媒支出", "2,318.45", "1,465.20", "853.25")])
    projects = [
        ("公共文化服务体系建设", "156.00", "156.00", "—", "开展群众文化活动，提升基层综合性文化服务中心服务效能。", [
            Ind("产出指标", "数量指标", "举办群众文化活动", ("≥", "80", "场"), (">=", 80, "场")),
            Ind("产出指标", "质量指标", "文化服务中心达标率", ("≥", "95", "%"), (">=", 95, "%")),
            Ind("产出指标", "时效指标", "活动完成时间", ("≤", "12", "月"), ("<=", 12, "月")),
            Ind("效益指标", "社会效益指标", "群众文化获得感", ("定性", "明显增强", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "参与群众满意度", ("≥", "90", "%"), (">=", 90, "%")),
        ]),
        ("旅游市场综合监管", "48.50", "48.50", "—", "开展旅游市场秩序整治，依法查处违法违规经营行为。", [
            Ind("产出指标", "数量指标", "检查旅游经营单位", ("≥", "260", "家次"), (">=", 260, "家次")),
            Ind("产出指标", "质量指标", "旅游投诉办结率", ("＝", "100", "%"), ("=", 100, "%")),
            Ind("产出指标", "时效指标", "投诉处理时限", ("≤", "10", "个工作日"), ("<=", 10, "个工作日")),
            Ind("效益指标", "经济效益指标", "旅游接待人次增长率", ("≥", "8", "%"), (">=", 8, "%")),
            Ind("满意度指标", "服务对象满意度指标", "游客满意度", ("≥", "88", "%"), (">=", 88, "%")),
        ]),
        ("文物保护单位修缮", "210.00", "180.00", "30.00", "对区级文物保护单位实施抢险加固和修缮保护。", [
            Ind("产出指标", "数量指标", "修缮文物保护单位数量", ("＝", "3", "处"), ("=", 3, "处")),
            Ind("产出指标", "质量指标", "修缮工程验收合格率", ("＝", "100", "%"), ("=", 100, "%")),
            Ind("产出指标", "成本指标", "单处修缮平均成本", ("≤", "70", "万元"), ("<=", 70, "万元")),
            Ind("效益指标", "可持续影响指标", "文物安全状况", ("定性", "持续向好", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "周边群众满意度", ("≥", "85", "%"), (">=", 85, "%")),
        ]),
    ]
    for k, (project, year_amt, fiscal, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "资金总额（万元）"), (1, 1, year_amt), (2, 1, "其中：财政拨款"), (3, 1, fiscal),
                 (4, 1, "其他资金"), (5, 1, other))
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标性质"), (4, 1, "指标值"),
                 (5, 1, "度量单位"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2])])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 85, 120, 70, 70, 70], title="项目支出绩效目标表",
                             editor=f"单位：{dept}", unit_raw=""), fresh_page=(k % 2 == 0))
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal)
    return doc.save(folder)


# ------------------------------------------------------------------------------------ 新疆 乌鲁木齐


def layout_xj_wlmq_landscape_unit_in_heads_direction_split(folder: Path, name: str) -> FileGold:
    dept = "乌鲁木齐市天山区人力资源和社会保障局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    rule = "完成目标值得满分，未完成按比例扣分"
    projects = [
        ("就业见习补贴", "乌鲁木齐市天山区就业服务中心", ("286.00", "256.00", "30.00", "0.00"),
         "组织高校毕业生等青年参加就业见习，提升就业能力。", [
             Ind("产出指标", "数量指标", "参加就业见习人数", ("≥", "450", "人"), (">=", 450, "人"), "20"),
             Ind("产出指标", "数量指标", "见习基地数量", ("≥", "35", "个"), (">=", 35, "个"), "10"),
             Ind("产出指标", "质量指标", "见习期满留用率", ("≥", "40", "%"), (">=", 40, "%"), "15"),
             Ind("产出指标", "时效指标", "补贴发放周期", ("≤", "30", "天"), ("<=", 30, "天"), "10"),
             Ind("产出指标", "成本指标", "每人每月见习补贴", ("≤", "2160", "元"), ("<=", 2160, "元"), "10"),
             Ind("效益指标", "社会效益指标", "青年就业能力", ("", "有效提升", ""), Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "见习人员满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
         ]),
        ("职业技能提升培训", "乌鲁木齐市天山区人力资源和社会保障局", ("520.00", "520.00", "", ""),
         "面向城乡劳动者开展职业技能培训，提高持证就业比例。", [
             Ind("产出指标", "数量指标", "培训城乡劳动者人次", ("≥", "3600", "人次"), (">=", 3600, "人次"), "20"),
             Ind("产出指标", "质量指标", "培训合格率", ("≥", "90", "%"), (">=", 90, "%"), "15"),
             Ind("产出指标", "时效指标", "培训完成时间", ("", "2025年11月30日前", ""), (None, None, None), "10"),
             Ind("产出指标", "成本指标", "人均培训成本", ("≤", "1400", "元"), ("<=", 1400, "元"), "15"),
             Ind("效益指标", "社会效益指标", "培训后就业率", ("≥", "70", "%"), (">=", 70, "%"), "25"),
             Ind("满意度指标", "服务对象满意度指标", "参训人员满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
         ]),
    ]
    widths = [70, 80, 150, 60, 110, 60, 45, 167]
    for project, unit_name, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "实施单位"), (5, 3, unit_name))
        rows.add((0, 1, "主管部门"), (1, 7, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金")
        spans = [(1, 2, "资金总额（万元）"), (3, 1, "财政拨款（万元）"), (4, 2, "上年结转（万元）"), (6, 2, "其他资金（万元）")]
        for (c, cs, head), v in zip(spans, money):
            rows.put(r, c, 1, cs, head)
            rows.put(r + 1, c, 1, cs, v)
        rows.add((0, 1, "年度绩效目标"), (1, 7, goal))
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "指标值",
                                                     "计量单位", "分值", "评分标准"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight), (7, 1, rule)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"部门：{dept}", unit_raw="", landscape=True), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=money[0], fiscal=money[1], carried=money[2] or None)
    return doc.save(folder)


BLIND52: dict[str, Builder] = {
    "hen_ly_budget_fund_label_pairs_blank_other": layout_hen_ly_budget_fund_label_pairs_blank_other,
    "jx_gz_budget_dept_wide_then_project_yuan_heads": layout_jx_gz_budget_dept_wide_then_project_yuan_heads,
    "gz_zy_income_source_grid_fiscal_lines": layout_gz_zy_income_source_grid_fiscal_lines,
    "cq_yb_landscape_list_money_columns_repeated": layout_cq_yb_landscape_list_money_columns_repeated,
    "gs_lz_accounts_self_evals_carried_row": layout_gs_lz_accounts_self_evals_carried_row,
    "hlj_heb_dept_wide_stacked_income_nature_then_pairs": layout_hlj_heb_dept_wide_stacked_income_nature_then_pairs,
    "ln_dl_labels_above_unit_in_cell_weights": layout_ln_dl_labels_above_unit_in_cell_weights,
    "sx_ty_self_eval_yuan_pairs_dept_and_projects": layout_sx_ty_self_eval_yuan_pairs_dept_and_projects,
    "jl_cc_budget_short_forms_money_row_dash": layout_jl_cc_budget_short_forms_money_row_dash,
    "xj_wlmq_landscape_unit_in_heads_direction_split": layout_xj_wlmq_landscape_unit_in_heads_direction_split,
}
SETS: dict[str, dict[str, Builder]] = {"blind52": BLIND52}


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
    """Write every layout of ``which`` ("blind52") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
