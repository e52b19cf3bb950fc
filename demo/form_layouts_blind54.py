"""BLIND54 performance forms: eleven layouts as the small budget units of eleven provinces print
them — 乡镇人民政府, 街道办事处, a county hospital, a 疾控中心, schools, a kindergarten, a 水利站
and a 卫生院 — their 项目支出绩效目标表, 部门整体支出绩效目标表, 重点项目 lists,
项目支出绩效自评表 and 部门整体支出绩效自评表, short forms several to a page, written by an
author who had read neither the form reader nor the earlier blind sets (only the gold helpers
and page composer of ``form_layouts``, the gold conventions of BLIND9's docstring and the
brief's addendum). Every form prints its money. Each layout writes one PDF and its gold in the
format of ``form_layouts.write_set``; the gold is written by hand with
``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

ha_xc_town_budget_pairs_hand_labels  河南 许昌 镇人民政府 部门预算: budget tables, then three
        short 项目支出绩效目标表 two to a page, money as label | value pairs typed by hand
        (项目总金额 | 年度资金, 其中财政资金 with no colon | 上年结转 0.00), unit on the editor line
jx_gz_street_source_lines_yuan_commas  江西 赣州 街道办事处 部门预算: forms two to a page, a
        项目资金（元） label merged over a 资金来源 heads row (资金总额 | 一般公共预算财政拨款收入 |
        政府性基金预算财政拨款收入 | 上年结转 | 其他资金) and its amounts in 元 with separators,
        a blank source cell
gz_zy_hospital_stacked_sources_weights  贵州 遵义 县人民医院 申报表: 项目资金（万元） merged
        down five stacked rows (资金总额 / 其中：财政拨款 / 上级补助 / 上年结转 / 单位自有资金),
        target split 指标方向 | 指标值 | 计量单位, 权重（%）
gs_ts_school_accounts_self_eval_money_rows  甘肃 天水 中学 部门决算: accounts tables, then two
        项目支出绩效自评表, money columns 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
        over 年度资金总额 / 其中：财政拨款 / 其他资金, 总分, 评价等级 in words
heb_hd_cdc_budget_dept_wide_then_key_list  河北 邯郸 疾控中心 部门预算: a 部门整体支出绩效
        目标表 (部门预算资金 heads 资金总额 | 财政拨款 | 其他资金), then a landscape 重点项目绩效
        目标表 list whose 项目金额（万元） cells are merged down each project's indicator rows
zj_ls_town_accounts_dept_self_eval_spaced_labels  浙江 丽水 镇人民政府 部门决算: a 部门整体
        支出绩效自评表 with spaced labels (单 位 名 称), 年初预算数 | 全年预算数 | 全年执行数 as
        pairs on one row, then a project self evaluation with 全年预算数 | 其中：财政拨款 and
        全年执行数 | 执行率 pairs
gd_qy_street_three_forms_unit_in_cell  广东 清远 街道办事处: three short forms running down the
        pages, no unit line, each amount printed with 万元 in its cell, the grid without 一级指标
fj_np_water_station_yuan_title_direction_words  福建 南平 水利站 (事业单位): unit in the title
        line （金额单位：元）, stacked label | value money rows (年度预算资金 / 其中：财政拨款 /
        其他资金 / 上年结转资金), target split 指标方向 (不低于 / 不高于 / 等于 / 定性) | 指标值 | 计量单位
hub_xg_health_center_self_evals_yuan_heads  湖北 孝感 镇卫生院 项目支出绩效自评表: money columns
        whose heads carry the unit (年初预算数（元） …), rows 年度资金总额 / 其中：财政拨款 /
        上年结转 / 其他资金, a printed 0.00 上年结转, 自评等级
sx_jz_budget_landscape_list_sources_column_numbers  山西 晋中 职业中学 部门预算: a landscape
        list 序号 | 项目名称 | 项目资金 over 合计 | 财政拨款 | 其他资金 | 年度绩效目标 | 一级 | 二级 |
        三级 | 指标值, a column-number row, five projects, the three header rows repeated over the
        fifth on the next page
cq_wz_kindergarten_self_evals_grade_beside_total  重庆 万州 机关幼儿园: a 部门整体支出绩效自评表
        and a 项目支出绩效自评表, a 资金情况（万元） head row spanning the money columns, the grade
        printed beside 总分 on one row

Gold conventions: BLIND9's docstring, with the addendum's rulings: fiscal_amount is the
财政拨款 / 财政资金 figure as printed, or the sum of the source lines named …财政拨款收入 (never
上级补助, 单位自有资金, 其他资金); a printed 0.00 上年结转 is carried 0.00 (an empty 上年结转 cell
is none); a target's direction word 等于 reads "=". This set's rulings: 项目总金额 beside
年度资金 is total; an amount printed with 万元 in its cell is read in 万元; a project self
evaluation's carried is the 上年结转 row's 全年预算数; a 部门整体 form's money is no project's.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


# --------------------------------------------------------------------------- shared pieces


def _budget_front(doc: FormDoc, dept: str, year: int, lines: list[tuple[str, str]]) -> None:
    """The front of a small unit's 部门预算: contents, 单位概况, two budget tables, the 说明
    heading the forms."""
    doc.pages.text_page("目  录", ["第一部分  单位概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  单位概况", [
        f"一、主要职责。{dept}按照上级党委政府部署，履行辖区公共服务和社会管理等职责。",
        "二、预算单位构成。纳入本部门预算编制范围的为本级预算，无下属预算单位。",
    ])
    total = sum(Decimal(v.replace(",", "")) for _, v in lines)
    body = [plain_row([name, amount]) for name, amount in lines]
    body.append(plain_row(["收入总计", f"{total:,.2f}"]))
    doc.pages.table(TableSpec("收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [300, 150], [(0, 0, 1, 1, "项目"), (0, 1, 1, 1, "预算数")], 1,
                              body, ["l", "r"]))
    body = [plain_row(["201", "一般公共服务支出", f"{total * Decimal('0.6'):,.2f}"]),
            plain_row(["208", "社会保障和就业支出", f"{total * Decimal('0.4'):,.2f}"]),
            plain_row(["", "合计", f"{total:,.2f}"])]
    doc.pages.table(TableSpec("一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [80, 250, 130],
                              [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "合计")], 1,
                              body, ["l", "l", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标", [
        f"按照预算绩效管理要求，{dept}{year}年项目支出均编制了绩效目标，现公开如下。"])


def _accounts_front(doc: FormDoc, dept: str, year: int, lines: list[tuple[str, str]]) -> None:
    """The front of a small unit's 部门决算: contents, 概况, the 收入支出决算表, the 说明."""
    doc.pages.text_page("目  录", ["第一部分  单位概况", "第二部分  部门决算表", "第三部分  部门决算情况说明",
                                   "第四部分  绩效自评结果", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  单位概况", [
        f"一、主要职能。{dept}认真履行各项职责，全面完成年度目标任务。",
        "二、机构设置。本单位为独立核算单位，无下属单位。"])
    total = sum(Decimal(v.replace(",", "")) for _, v in lines)
    body = [plain_row([name, amount]) for name, amount in lines] + [plain_row(["本年收入合计", f"{total:,.2f}"])]
    doc.pages.table(TableSpec("收入支出决算表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [300, 150], [(0, 0, 1, 1, "项目"), (0, 1, 1, 1, "决算数")], 1,
                              body, ["l", "r"]))
    doc.pages.table(TableSpec("财政拨款收入支出决算表", "fiscal_income_expenditure", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [300, 150], [(0, 0, 1, 1, "项目"), (0, 1, 1, 1, "决算数")], 1,
                              [plain_row([lines[0][0], lines[0][1]])], ["l", "r"]))
    doc.pages.text_page("第四部分  绩效自评结果", [
        f"根据绩效管理要求，{dept}对{year}年度预算支出开展了绩效自评，结果如下。"])


def _rate(budget: str, executed: str) -> tuple[str, Decimal]:
    """执行率 as printed and its score (up to 10), from amounts printed in one unit."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    return f"{(e / b * 100).quantize(Decimal('0.01'))}%", min(Decimal(10), (e / b * 10).quantize(Decimal("0.01")))


def _total(rate_score: Decimal, inds: list[Ind]) -> Decimal:
    return rate_score + sum(Decimal(i.score) for i in inds)


def _levels_grid(rows: _Rows, inds: list[Ind], cols: list[tuple[int, int]], value: Callable[[Ind], list[str]]) -> None:
    """一级 | 二级 | 三级 | … rows: cols gives (col, span) of the 三级 cell and each value cell;
    一级 in column 0 and 二级 in column 1, merged."""
    def cells(i: Ind) -> list[tuple[int, int, str]]:
        texts = [i.name, *value(i)]
        return [(c, s, t or "") for (c, s), t in zip(cols, texts)]
    _grid_rows(rows, inds, 0, 1, cells)


# --------------------------------------------------------------------------- layouts


def layout_ha_xc_town_budget_pairs_hand_labels(folder: Path, name: str) -> FileGold:
    dept = "长葛市后河镇人民政府"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "2,316.50"), ("上年结转", "12.00")])
    projects = [
        ("农村人居环境整治", "120.00", "120.00", "120.00", "0.00",
         "完成全镇村庄清洁行动，改善农村人居环境。", [
             Ind("产出指标", "数量指标", "1.村庄清洁行动覆盖村数", "≥32个", (">=", 32, "个")),
             Ind("产出指标", "质量指标", "2.垃圾清运及时率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "3.项目完成时间", "2025年12月底前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "4.村容村貌", "明显改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "5.群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("村级组织运转经费", "186.00", "186.00", "186.00", "0.00",
         "保障村级组织正常运转，落实村干部报酬。", [
             Ind("产出指标", "数量指标", "1.保障村（社区）数", "35个", ("=", 35, "个")),
             Ind("产出指标", "质量指标", "2.报酬发放准确率", "100%", ("=", 100, "%")),
             Ind("产出指标", "成本指标", "3.村均运转经费", "≤5.4万元", ("<=", 5.4, "万元")),
             Ind("效益指标", "社会效益指标", "4.基层组织服务能力", "有效提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "5.村干部满意度", "≥95%", (">=", 95, "%")),
         ]),
        ("防汛抗旱应急物资储备", "60.00", "48.00", "36.00", "12.00",
         "储备防汛物资，确保汛期安全度汛。", [
             Ind("产出指标", "数量指标", "1.储备编织袋", "≥20000条", (">=", 20000, "条")),
             Ind("产出指标", "数量指标", "2.应急演练次数", "≥2次", (">=", 2, "次")),
             Ind("产出指标", "质量指标", "3.物资完好率", "≥98%", (">=", 98, "%")),
             Ind("效益指标", "社会效益指标", "4.汛期人员伤亡", "0人", ("=", 0, "人")),
             Ind("满意度指标", "服务对象满意度指标", "5.群众满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    for k, (project, total, year, fiscal, carried, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "实施单位"), (1, 1, dept), (2, 1, "项目期限"), (3, 1, "2025年1月-12月"))
        rows.add((0, 1, "项目总金额"), (1, 1, total), (2, 1, "年度资金"), (3, 1, year))
        rows.add((0, 1, "其中财政资金"), (1, 1, fiscal), (2, 1, "上年结转"), (3, 1, carried))
        rows.add((0, 1, "年度目标"), (1, 3, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _levels_grid(rows, inds, [(2, 1), (3, 1)], lambda i: [i.raw])
        doc.pages.grid(_spec(rows.cells, rows.n, [90, 150, 120, 135], title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=(k == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_jx_gz_street_source_lines_yuan_commas(folder: Path, name: str) -> FileGold:
    dept = "赣州市章贡区南外街道办事处"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "1,685.20"), ("政府性基金预算拨款收入", "25.00")])
    projects = [
        # (name, 资金总额, 一般公共预算, 政府性基金, 上年结转, 其他, fiscal in gold, carried in gold)
        ("老旧小区微改造", ("850,000.00", "600,000.00", "250,000.00", "0.00", "0.00"), "850,000.00", "0.00",
         "完成辖区老旧小区微改造，补齐基础设施短板。", [
             Ind("产出指标", "数量指标", "改造小区个数", "≥4个", (">=", 4, "个")),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "完工时间", "2025年10月31日前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "居民居住环境", "显著改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥92%", (">=", 92, "%")),
         ]),
        ("社区网格化管理服务", ("1,280,000.00", "1,150,000.00", "", "130,000.00", "0.00"), "1,150,000.00",
         "130,000.00", "配齐社区网格员，提升基层治理精细化水平。", [
             Ind("产出指标", "数量指标", "专职网格员人数", "≥64人", (">=", 64, "人")),
             Ind("产出指标", "质量指标", "事件按期办结率", "≥96%", (">=", 96, "%")),
             Ind("产出指标", "成本指标", "网格员人均补贴", "≤2万元/年", ("<=", 2, "万元/年")),
             Ind("效益指标", "社会效益指标", "矛盾纠纷就地化解率", "≥90%", (">=", 90, "%")),
             Ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("辖区环境卫生保洁", ("2,360,000.00", "2,100,000.00", "0.00", "0.00", "260,000.00"), "2,100,000.00",
         "0.00", "做好背街小巷日常保洁，保持辖区环境整洁。", [
             Ind("产出指标", "数量指标", "保洁面积", "≥48万平方米", (">=", 48, "万平方米")),
             Ind("产出指标", "质量指标", "保洁考核达标率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "垃圾日产日清率", "100%", ("=", 100, "%")),
             Ind("效益指标", "生态效益指标", "辖区市容环境", "持续改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    heads = ("资金总额", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "上年结转", "其他资金")
    for k, (project, money, fiscal, carried, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, "赣州市章贡区人民政府"), (3, 1, "实施单位"), (4, 2, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（元）")
        for j, (head, value) in enumerate(zip(heads, money)):
            rows.put(r, 1 + j, 1, 1, head)
            rows.put(r + 1, 1 + j, 1, 1, value)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _levels_grid(rows, inds, [(2, 2), (4, 2)], lambda i: [i.raw])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 80, 95, 95, 75, 80], title="2025年项目支出绩效目标表",
                             editor=f"编制单位：{dept}"), fresh_page=(k == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=money[0], fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_gz_zy_hospital_stacked_sources_weights(folder: Path, name: str) -> FileGold:
    dept = "遵义市播州区人民医院"
    doc = FormDoc(name, f"{dept}2025年度项目支出绩效目标申报表", dept, 2025)
    projects = [
        ("医疗设备购置", ("560.00", "300.00", "200.00", "0.00", "60.00"), "采购CT等医疗设备，提升诊疗服务能力。", [
            Ind("产出指标", "数量指标", "购置设备台（套）数", ("≥", "12", "台（套）"), (">=", 12, "台(套)"), "15"),
            Ind("产出指标", "质量指标", "设备验收合格率", ("=", "100", "%"), ("=", 100, "%"), "15"),
            Ind("产出指标", "时效指标", "设备安装调试完成时限", ("≤", "6", "个月"), ("<=", 6, "个月"), "10"),
            Ind("产出指标", "成本指标", "采购成本控制", ("≤", "560", "万元"), ("<=", 560, "万元"), "10"),
            Ind("效益指标", "社会效益指标", "县域就诊率", ("≥", "90", "%"), (">=", 90, "%"), "20"),
            Ind("效益指标", "可持续影响指标", "设备使用年限", ("≥", "8", "年"), (">=", 8, "年"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "患者满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
        ]),
        ("家庭医生签约服务", ("185.50", "120.00", "", "25.50", "40.00"), "做实家庭医生签约服务，重点人群应签尽签。", [
            Ind("产出指标", "数量指标", "重点人群签约人数", ("≥", "28000", "人"), (">=", 28000, "人"), "20"),
            Ind("产出指标", "数量指标", "履约随访人次", ("≥", "56000", "人次"), (">=", 56000, "人次"), "10"),
            Ind("产出指标", "质量指标", "签约服务规范率", ("≥", "95", "%"), (">=", 95, "%"), "10"),
            Ind("产出指标", "时效指标", "签约服务费发放时限", ("≤", "30", "天"), ("<=", 30, "天"), "10"),
            Ind("效益指标", "社会效益指标", "慢病患者规范管理水平", ("定性", "明显提升", ""), Q, "20"),
            Ind("效益指标", "可持续影响指标", "签约服务长效机制", ("定性", "逐步健全", ""), Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", ("≥", "85", "%"), (">=", 85, "%"), "10"),
        ]),
    ]
    labels = ("资金总额", "其中：财政拨款", "上级补助", "上年结转", "单位自有资金")
    for project, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 2, "遵义市播州区卫生健康局"), (3, 2, "实施单位"), (5, 2, dept))
        rows.add((0, 1, "项目类型"), (1, 2, "一次性项目"), (3, 2, "项目期限"), (5, 2, "1年"))
        r = rows.n
        rows.put(r, 0, len(labels), 1, "项目资金（万元）")
        for j, (label, value) in enumerate(zip(labels, money)):
            rows.put(r + j, 1, 1, 2, label)
            rows.put(r + j, 3, 1, 4, value)
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        rows.add(*[(j, 1, t) for j, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "指标值",
                                                     "计量单位", "权重（%）"))])
        _levels_grid(rows, inds, [(2, 1), (3, 1), (4, 1), (5, 1), (6, 1)],
                     lambda i: [*i.target, i.weight])
        doc.pages.grid(_spec(rows.cells, rows.n, [62, 72, 122, 50, 55, 62, 52], title="项目支出绩效目标申报表",
                             editor=f"申报单位（盖章）：{dept}", unit_raw="金额单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=money[0], fiscal=money[1], carried=money[3])
    return doc.save(folder)


def _columns_self_eval(doc: FormDoc, project: str, dept: str, boss: str, unit: str, money: list[tuple[str, ...]],
                       goal: tuple[str, str], inds: list[Ind], grade_label: str, grade: str) -> None:
    """A 项目支出绩效自评表 whose money lines (label, 年初, 全年, 执行) run in columns under a
    merged 项目资金 label; money[0] is the 年度资金总额 line."""
    rate, rate_score = _rate(money[0][2], money[0][3])
    total = _total(rate_score, inds)
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 8, project))
    rows.add((0, 1, "主管部门"), (1, 3, boss), (4, 2, "实施单位"), (6, 3, dept))
    r = rows.n
    rows.put(r, 0, len(money) + 1, 1, f"项目资金（{unit}）")
    rows.put(r, 1, 1, 2, "")
    for j, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + j, 1, 1, head)
    for k, line in enumerate(money, 1):
        tail = ("10", rate, str(rate_score)) if k == 1 else ("—", "—", "—")
        rows.put(r + k, 1, 1, 2, line[0])
        for j, v in enumerate((*line[1:], *tail)):
            rows.put(r + k, 3 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, goal[0])
    rows.put(r + 1, 5, 1, 4, goal[1])
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    for j, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施")):
        rows.put(r, 1 + j, 1, 1, head)
    rows.n = r + 1
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 6, grade_label), (6, 3, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, [40, 50, 62, 80, 56, 56, 36, 42, 73], title="项目支出绩效自评表",
                         editor=f"（{doc.gold.fiscal_year}年度）", unit_raw=f"单位：{unit}",
                         kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    fiscal = next((line[2] for line in money if "财政" in line[0]), None)
    carried = next((line[2] for line in money if "上年结转" in line[0] and line[2]), None)
    doc.gold.self_evaluation(project, unit, money[0][2], money[0][3], float(total), grade[0])
    doc.gold.project(project, unit, year=money[0][2], fiscal=fiscal, carried=carried)


def layout_gs_ts_school_accounts_self_eval_money_rows(folder: Path, name: str) -> FileGold:
    dept = "天水市秦州区第二中学"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("财政拨款收入", "2,846.30"), ("事业收入", "18.60")])
    boss = "天水市秦州区教育局"
    _columns_self_eval(
        doc, "学生营养改善计划", dept, boss, "万元",
        [("年度资金总额", "96.00", "98.40", "97.20"), ("其中：财政拨款", "96.00", "98.40", "97.20"),
         ("其他资金", "0.00", "0.00", "0.00")],
        ("为在校学生提供营养膳食补助。", "全年为在校学生提供营养餐。"), [
            Ind("产出指标", "数量指标", "受益学生人数", "≥1600人", (">=", 1600, "人"), "20", "1640人", "20"),
            Ind("产出指标", "质量指标", "食品安全事故", "0起", ("=", 0, "起"), "15", "0起", "15"),
            Ind("产出指标", "成本指标", "生均补助标准", "≤5元/天", ("<=", 5, "元/天"), "15", "5元/天", "15"),
            Ind("效益指标", "社会效益指标", "学生营养健康状况", "持续改善", Q, "20", "持续改善", "18",
                "部分学生偏食"),
            Ind("效益指标", "可持续影响指标", "营养餐管理制度", "健全", Q, "10", "健全", "10"),
            Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
        ], "评价等级", "优秀")
    _columns_self_eval(
        doc, "校舍维修改造", dept, boss, "万元",
        [("年度资金总额", "150.00", "150.00", "138.60"), ("其中：财政拨款", "130.00", "130.00", "120.00"),
         ("其他资金", "20.00", "20.00", "18.60")],
        ("完成教学楼屋面防水和厕所改造。", "完成屋面防水，厕所改造尚在验收。"), [
            Ind("产出指标", "数量指标", "维修面积", "≥3200平方米", (">=", 3200, "平方米"), "20", "3200平方米", "20"),
            Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "完工时间", "2024年8月底前", (None, None, None), "15", "2024年9月", "10",
                "雨季延误工期"),
            Ind("效益指标", "社会效益指标", "校园安全隐患", "有效消除", Q, "20", "基本消除", "16",
                "厕所改造待验收"),
            Ind("效益指标", "可持续影响指标", "校舍使用年限", "≥15年", (">=", 15, "年"), "10", "15年", "10"),
            Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "10", "88%", "8",
                "施工期间影响教学"),
        ], "评价等级", "良好")
    return doc.save(folder)


def layout_heb_hd_cdc_budget_dept_wide_then_key_list(folder: Path, name: str) -> FileGold:
    dept = "邯郸市丛台区疾病预防控制中心"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "1,126.80"), ("事业收入", "85.00")])
    wide = [
        Ind("产出指标", "数量指标", "免疫规划疫苗接种剂次", "≥9万剂次", (">=", 9, "万剂次")),
        Ind("产出指标", "数量指标", "传染病监测报告单位数", "≥46家", (">=", 46, "家")),
        Ind("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", "≥90%", (">=", 90, "%")),
        Ind("产出指标", "质量指标", "法定传染病报告及时率", "100%", ("=", 100, "%")),
        Ind("产出指标", "时效指标", "突发公共卫生事件到达现场时间", "≤2小时", ("<=", 2, "小时")),
        Ind("效益指标", "社会效益指标", "重大传染病暴发流行", "不发生", Q),
        Ind("效益指标", "可持续影响指标", "疾病预防控制体系", "不断完善", Q),
        Ind("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥85%", (">=", 85, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "单位名称"), (1, 4, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    for j, (head, value) in enumerate((("资金总额", "1,211.80"), ("财政拨款", "1,126.80"), ("其他资金", "85.00"))):
        rows.put(r, 1 + j + (j == 2), 1, 1 + (j == 1), head)
        rows.put(r + 1, 1 + j + (j == 2), 1, 1 + (j == 1), value)
    rows.add((0, 1, "年度总体目标"), (1, 4, "做好传染病防控、免疫规划和慢病管理，保障辖区群众健康。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
    _levels_grid(rows, wide, [(2, 2), (4, 1)], lambda i: [i.raw])
    doc.pages.grid(_spec(rows.cells, rows.n, [90, 90, 110, 90, 115], title="部门整体支出绩效目标表",
                         editor=f"填报单位：{dept}", kind="department_performance_targets"), fresh_page=True)
    for ind in wide:
        doc.gold.indicators.append(_gold_ind(None, ind))
    listed = [
        ("艾滋病防治", "36.00", "落实艾滋病检测和随访管理。", [
            Ind("产出指标", "数量指标", "HIV检测人次", "≥12000人次", (">=", 12000, "人次")),
            Ind("产出指标", "质量指标", "感染者随访率", "≥95%", (">=", 95, "%")),
            Ind("效益指标", "社会效益指标", "艾滋病疫情", "控制在低流行水平", Q),
            Ind("满意度指标", "服务对象满意度指标", "受检者满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("慢性病综合防控", "22.50", "开展高血压、糖尿病筛查和健康教育。", [
            Ind("产出指标", "数量指标", "慢病筛查人数", "≥5000人", (">=", 5000, "人")),
            Ind("产出指标", "时效指标", "筛查结果反馈时限", "≤7天", ("<=", 7, "天")),
            Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥28%", (">=", 28, "%")),
            Ind("满意度指标", "服务对象满意度指标", "筛查对象满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("实验室检测设备运维", "48.00", "保障实验室检测设备正常运行。", [
            Ind("产出指标", "数量指标", "维保设备台数", "≥60台", (">=", 60, "台")),
            Ind("产出指标", "质量指标", "设备完好率", "≥98%", (">=", 98, "%")),
            Ind("产出指标", "成本指标", "单台年均维保费", "≤0.8万元", ("<=", 0.8, "万元")),
            Ind("效益指标", "可持续影响指标", "实验室检测能力", "稳步提升", Q),
        ]),
    ]
    rows = _Rows()
    rows.add(*[(j, 1, t) for j, t in enumerate(("序号", "项目名称", "项目金额（万元）", "年度绩效目标", "一级指标",
                                                 "二级指标", "三级指标", "指标值"))])
    for k, (project, amount, goal, inds) in enumerate(listed, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 4, 5, lambda i: [(6, 1, i.name), (7, 1, i.raw)])
        for col, text in ((0, str(k)), (1, project), (2, amount), (3, goal)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=amount)
    doc.pages.grid(_spec(rows.cells, rows.n, [30, 100, 70, 150, 70, 90, 140, 90], title="2025年重点项目绩效目标表",
                         editor=f"单位名称：{dept}", landscape=True), fresh_page=True, repeat=(0, 1))
    return doc.save(folder)


def layout_zj_ls_town_accounts_dept_self_eval_spaced_labels(folder: Path, name: str) -> FileGold:
    dept = "丽水市莲都区雅溪镇人民政府"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("财政拨款收入", "887.45"), ("其他收入", "6.20")])
    inds = [
        Ind("产出指标", "数量指标", "农村生活污水设施运维村数", "≥18个", (">=", 18, "个"), "15", "18个", "15"),
        Ind("产出指标", "数量指标", "森林防火巡查天数", "≥120天", (">=", 120, "天"), "10", "135天", "10"),
        Ind("产出指标", "质量指标", "污水设施正常运行率", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
        Ind("产出指标", "时效指标", "民生实事完成时间", "2024年11月底前", (None, None, None), "10", "2024年11月", "10"),
        Ind("成本指标", "经济成本指标", "“三公”经费控制率", "≤100%", ("<=", 100, "%"), "10", "86%", "10"),
        Ind("效益指标", "社会效益指标", "信访事项办结率", "≥95%", (">=", 95, "%"), "15", "93%", "13",
            "个别历史遗留问题"),
        Ind("效益指标", "生态效益指标", "镇域环境质量", "稳中向好", Q, "10", "稳中向好", "10"),
        Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "10", "91%", "10"),
    ]
    rate, rate_score = _rate("912.36", "887.45")
    total = _total(rate_score, inds)
    widths = [55, 60, 95, 62, 62, 40, 40, 81]
    rows = _Rows()
    rows.add((0, 2, "单 位 名 称"), (2, 6, dept))
    rows.add((0, 2, "年初预算数"), (2, 1, "865.00"), (3, 1, "全年预算数"), (4, 1, "912.36"), (5, 2, "全年执行数"),
             (7, 1, "887.45"))
    rows.add((0, 2, "执 行 率"), (2, 1, rate), (3, 1, "分值"), (4, 1, "10"), (5, 2, "得分"), (7, 1, str(rate_score)))
    rows.add((0, 2, "年度总体目标"), (2, 6, "统筹做好乡村振兴、生态环境和基层治理各项工作。"))
    rows.add(*[(j, 1, t) for j, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因"))])
    _levels_grid(rows, inds, [(2, 1), (3, 1), (4, 1), (5, 1), (6, 1), (7, 1)],
                 lambda i: [i.raw, i.actual, i.weight, i.score, i.note])
    rows.add((0, 5, "总  分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
    rows.add((0, 5, "自评等级"), (5, 3, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="部门整体支出绩效自评表", editor=f"（{year}年度）",
                       unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", "912.36", "887.45", float(total), "优")

    project = "农村饮用水安全维护"
    pinds = [
        Ind("产出指标", "数量指标", "维护供水站点", "≥26处", (">=", 26, "处"), "20", "26处", "20"),
        Ind("产出指标", "质量指标", "水质检测合格率", "≥95%", (">=", 95, "%"), "15", "96%", "15"),
        Ind("产出指标", "时效指标", "故障修复时限", "≤24小时", ("<=", 24, "小时"), "10", "20小时", "10"),
        Ind("效益指标", "社会效益指标", "农村供水保障水平", "有效提升", Q, "20", "有效提升", "18", "偏远村供水仍不稳定"),
        Ind("效益指标", "可持续影响指标", "管护长效机制", "建立", Q, "15", "已建立", "15"),
        Ind("满意度指标", "服务对象满意度指标", "用水群众满意度", "≥90%", (">=", 90, "%"), "10", "90%", "10"),
    ]
    prate, prate_score = _rate("68.00", "65.20")
    ptotal = _total(prate_score, pinds)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 6, project))
    rows.add((0, 2, "实施单位"), (2, 6, dept))
    rows.add((0, 2, "全年预算数"), (2, 2, "68.00"), (4, 2, "其中：财政拨款"), (6, 2, "68.00"))
    rows.add((0, 2, "全年执行数"), (2, 2, "65.20"), (4, 2, "执行率"), (6, 2, prate))
    rows.add((0, 2, "分值"), (2, 2, "10"), (4, 2, "得分"), (6, 2, str(prate_score)))
    rows.add(*[(j, 1, t) for j, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因"))])
    _levels_grid(rows, pinds, [(2, 1), (3, 1), (4, 1), (5, 1), (6, 1), (7, 1)],
                 lambda i: [i.raw, i.actual, i.weight, i.score, i.note])
    rows.add((0, 5, "总  分"), (5, 1, "100"), (6, 2, f"{ptotal:.2f}"))
    rows.add((0, 5, "自评等级"), (5, 3, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                       unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
    for ind in pinds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", "68.00", "65.20", float(ptotal), "优")
    doc.gold.project(project, "万元", year="68.00", fiscal="68.00")
    return doc.save(folder)


def layout_gd_qy_street_three_forms_unit_in_cell(folder: Path, name: str) -> FileGold:
    dept = "清远市清城区东城街道办事处"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("社区综合服务中心运营", ("48.50", "48.50", "0.00", "0.00"), "保障社区综合服务中心全年正常运营。", [
            Ind(None, "数量指标", "开展便民服务活动", "≥48场", (">=", 48, "场")),
            Ind(None, "质量指标", "服务事项办结率", "≥98%", (">=", 98, "%")),
            Ind(None, "社会效益指标", "居民办事便利度", "明显提高", Q),
            Ind(None, "服务对象满意度指标", "居民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("垃圾分类宣传督导", ("26.00", "22.00", "4.00", "0.00"), "推进垃圾分类进小区，提高居民分类投放准确率。", [
            Ind(None, "数量指标", "督导小区个数", "≥30个", (">=", 30, "个")),
            Ind(None, "质量指标", "分类投放准确率", "≥80%", (">=", 80, "%")),
            Ind(None, "生态效益指标", "生活垃圾减量", "持续推进", Q),
            Ind(None, "服务对象满意度指标", "小区居民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("退役军人服务站补助", ("9.60", "9.60", "0.00", "0.00"), "保障各社区退役军人服务站规范运行。", [
            Ind(None, "数量指标", "补助服务站个数", "12个", ("=", 12, "个")),
            Ind(None, "时效指标", "补助资金拨付时间", "2025年6月30日前", (None, None, None)),
            Ind(None, "社会效益指标", "退役军人服务保障水平", "有效提升", Q),
            Ind(None, "服务对象满意度指标", "退役军人满意度", "≥95%", (">=", 95, "%")),
        ]),
    ]
    for k, (project, money, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称："), (1, 3, project))
        rows.add((0, 1, "资金总额"), (1, 1, f"{money[0]}万元"), (2, 1, "其中：财政资金"), (3, 1, f"{money[1]}万元"))
        rows.add((0, 1, "上年结转"), (1, 1, f"{money[2]}万元"), (2, 1, "其他资金"), (3, 1, f"{money[3]}万元"))
        rows.add((0, 1, "绩效目标："), (1, 3, goal))
        rows.add((0, 1, "二级指标"), (1, 2, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 2, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [100, 140, 110, 145], title=f"项目支出绩效目标表（{k + 1}）",
                             editor=f"部门：{dept}"), fresh_page=(k == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=money[0], fiscal=money[1], carried=money[2])
    return doc.save(folder)


def layout_fj_np_water_station_yuan_title_direction_words(folder: Path, name: str) -> FileGold:
    dept = "南平市延平区水利水电服务站"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("小型水库安全运行管护", ("356,000.00", "320,000.00", "36,000.00", "0.00"), "落实小型水库日常巡查和维修养护，确保安全运行。", [
            Ind("产出指标", "数量指标", "管护小型水库座数", ("不低于", "14", "座"), (">=", 14, "座")),
            Ind("产出指标", "质量指标", "巡查记录完整率", ("等于", "100", "%"), ("=", 100, "%")),
            Ind("产出指标", "时效指标", "险情处置响应时间", ("不高于", "2", "小时"), ("<=", 2, "小时")),
            Ind("效益指标", "社会效益指标", "水库安全度汛", ("定性", "安全度汛", ""), Q),
            Ind("效益指标", "可持续影响指标", "水库工程使用年限", ("不低于", "20", "年"), (">=", 20, "年")),
            Ind("满意度指标", "服务对象满意度指标", "下游群众满意度", ("不低于", "90", "%"), (">=", 90, "%")),
        ]),
        ("水土流失综合治理", ("1,250,000.00", "1,100,000.00", "0.00", "150,000.00"), "治理水土流失面积，改善流域生态环境。", [
            Ind("产出指标", "数量指标", "治理水土流失面积", ("不低于", "6.5", "平方公里"), (">=", 6.5, "平方公里")),
            Ind("产出指标", "质量指标", "林草成活率", ("不低于", "85", "%"), (">=", 85, "%")),
            Ind("产出指标", "成本指标", "每平方公里治理成本", ("不高于", "19.2", "万元"), ("<=", 19.2, "万元")),
            Ind("效益指标", "生态效益指标", "水土保持率", ("不低于", "92.5", "%"), (">=", 92.5, "%")),
            Ind("效益指标", "社会效益指标", "流域生态环境", ("定性", "明显改善", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", ("不低于", "85", "%"), (">=", 85, "%")),
        ]),
    ]
    labels = ("年度预算资金", "其中：财政拨款", "其他资金", "上年结转资金")
    for project, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 4, project))
        rows.add((0, 2, "主管部门及代码"), (2, 4, "南平市延平区水利局 [315001]"))
        rows.add((0, 2, "实施单位"), (2, 4, dept))
        for label, value in zip(labels, money):
            rows.add((0, 2, label), (2, 4, value))
        rows.add((0, 2, "年度目标"), (2, 4, goal))
        rows.add(*[(j, 1, t) for j, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "指标值",
                                                     "计量单位"))])
        _levels_grid(rows, inds, [(2, 1), (3, 1), (4, 1), (5, 1)], lambda i: list(i.target))
        doc.pages.grid(_spec(rows.cells, rows.n, [62, 76, 120, 60, 70, 72],
                             title="2025年项目支出绩效目标表（金额单位：元）"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=money[0], fiscal=money[1], carried=money[3])
    return doc.save(folder)


def layout_hub_xg_health_center_self_evals_yuan_heads(folder: Path, name: str) -> FileGold:
    dept = "孝感市孝南区新铺镇卫生院"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    projects = [
        ("基本公共卫生服务", [("年度资金总额", "1,180,000.00", "1,256,800.00", "1,227,040.00"),
                          ("其中：财政拨款", "980,000.00", "1,056,800.00", "1,027,040.00"),
                          ("上年结转", "200,000.00", "200,000.00", "200,000.00"),
                          ("其他资金", "", "", "")], [
            Ind("产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
            Ind("产出指标", "数量指标", "老年人健康管理人数", "≥2800人", (">=", 2800, "人"), "15", "2910人", "15"),
            Ind("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", (">=", 65, "%"), "15", "61%", "12",
                "患者依从性差"),
            Ind("效益指标", "社会效益指标", "居民健康水平", "逐步提高", Q, "20", "逐步提高", "20"),
            Ind("效益指标", "可持续影响指标", "基层服务能力", "持续提升", Q, "15", "持续提升", "15"),
            Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", (">=", 85, "%"), "10", "88%", "10"),
        ], "良好"),
        ("村卫生室药品零差率补助", [("年度资金总额", "240,000.00", "240,000.00", "240,000.00"),
                             ("其中：财政拨款", "240,000.00", "240,000.00", "240,000.00"),
                             ("上年结转", "0.00", "0.00", "0.00"),
                             ("其他资金", "0.00", "0.00", "0.00")], [
            Ind("产出指标", "数量指标", "补助村卫生室个数", "24个", ("=", 24, "个"), "20", "24个", "20"),
            Ind("产出指标", "质量指标", "基本药物零差率销售率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "补助发放时间", "2024年12月底前", (None, None, None), "15", "2024年12月", "15"),
            Ind("效益指标", "社会效益指标", "村民用药负担", "有所减轻", Q, "20", "有所减轻", "19", "宣传不够"),
            Ind("满意度指标", "服务对象满意度指标", "村医满意度", "≥90%", (">=", 90, "%"), "10", "94%", "10"),
            Ind("满意度指标", "服务对象满意度指标", "就诊村民满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
        ], "优秀"),
    ]
    widths = [48, 56, 85, 72, 72, 40, 44, 78]
    for project, money, inds, grade in projects:
        rate, rate_score = _rate(money[0][2], money[0][3])
        total = _total(rate_score, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 2, "孝感市孝南区卫生健康局"), (4, 2, "实施单位"), (6, 2, dept))
        rows.add((0, 2, "资金来源"), (2, 1, "年初预算数（元）"), (3, 1, "全年预算数（元）"), (4, 1, "全年执行数（元）"),
                 (5, 1, "分值"), (6, 1, "执行率"), (7, 1, "得分"))
        for k, line in enumerate(money):
            tail = ("10", rate, str(rate_score)) if k == 0 else ("", "", "")
            rows.add((0, 2, line[0]), *[(2 + j, 1, v) for j, v in enumerate((*line[1:], *tail))])
        rows.add(*[(j, 1, t) for j, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因及改进措施"))])
        _levels_grid(rows, inds, [(2, 1), (3, 1), (4, 1), (5, 1), (6, 1), (7, 1)],
                     lambda i: [i.raw, i.actual, i.weight, i.score, i.note])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
        rows.add((0, 5, "自评等级"), (5, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"填报单位：{dept}", kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", money[0][2], money[0][3], float(total), grade[0])
        doc.gold.project(project, "元", year=money[0][2], fiscal=money[1][2], carried=money[2][2])
    return doc.save(folder)


def layout_sx_jz_budget_landscape_list_sources_column_numbers(folder: Path, name: str) -> FileGold:
    dept = "晋中市榆次区第一职业中学"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "1,986.40"), ("事业收入", "38.60")])
    listed = [
        ("实训设备购置", ("320.00", "300.00", "20.00"), "购置数控、汽修实训设备，改善实训条件。", [
            Ind("产出指标", "数量指标", "购置实训设备台数", "≥45台", (">=", 45, "台")),
            Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "学生技能证书获取率", "≥85%", (">=", 85, "%")),
            Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("学生资助（中职免学费）", ("186.40", "186.40", "0.00"), "落实中职免学费政策，应免尽免。", [
            Ind("产出指标", "数量指标", "免学费学生人数", "≥1450人", (">=", 1450, "人")),
            Ind("产出指标", "时效指标", "资金拨付时间", "2025年9月底前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "因贫辍学学生人数", "0人", ("=", 0, "人")),
            Ind("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥95%", (">=", 95, "%")),
        ]),
        ("教师企业实践培训", ("45.00", "45.00", "0.00"), "组织专业教师到企业实践，提升双师素质。", [
            Ind("产出指标", "数量指标", "参训教师人数", "≥60人", (">=", 60, "人")),
            Ind("产出指标", "成本指标", "人均培训费用", "≤7500元", ("<=", 7500, "元")),
            Ind("效益指标", "可持续影响指标", "双师型教师占比", "≥55%", (">=", 55, "%")),
            Ind("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("校园安全保卫服务", ("98.60", "80.00", "18.60"), "购买安保服务，维护校园安全稳定。", [
            Ind("产出指标", "数量指标", "安保人员人数", "≥16人", (">=", 16, "人")),
            Ind("产出指标", "质量指标", "校园治安案件发生数", "0起", ("=", 0, "起")),
            Ind("效益指标", "社会效益指标", "校园安全感", "明显增强", Q),
            Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("职业技能等级认定", ("24.00", "24.00", "0.00"), "开展在校生职业技能等级认定，推进书证融通。", [
            Ind("产出指标", "数量指标", "参加认定学生人数", "≥600人", (">=", 600, "人")),
            Ind("产出指标", "质量指标", "认定通过率", "≥80%", (">=", 80, "%")),
            Ind("产出指标", "时效指标", "认定完成时间", "2025年12月底前", (None, None, None)),
            Ind("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "序号")
    rows.put(0, 1, 2, 1, "项目名称")
    rows.put(0, 2, 1, 3, "项目资金")
    for j, head in enumerate(("合计", "财政拨款", "其他资金")):
        rows.put(1, 2 + j, 1, 1, head)
    for j, head in enumerate(("年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")):
        rows.put(0, 5 + j, 2, 1, head)
    rows.add(*[(j, 1, str(j + 1)) for j in range(10)])
    for k, (project, money, goal, inds) in enumerate(listed, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw)])
        for col, text in ((0, str(k)), (1, project), (2, money[0]), (3, money[1]), (4, money[2]), (5, goal)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=money[0], fiscal=money[1])
    doc.pages.grid(_spec(rows.cells, rows.n, [28, 92, 55, 55, 55, 150, 60, 72, 108, 67],
                         title="2025年项目支出绩效目标表", editor=f"编制单位：{dept}", unit_raw="单位：万元",
                         landscape=True), fresh_page=True, repeat=(0, 3))
    return doc.save(folder)


def layout_cq_wz_kindergarten_self_evals_grade_beside_total(folder: Path, name: str) -> FileGold:
    dept = "重庆市万州区机关幼儿园"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度绩效自评表", dept, year)
    forms = [
        (None, "部门整体支出绩效自评表",
         [("年度资金总额", "1,056.00", "1,102.80", "1,086.35"), ("其中：财政拨款", "826.00", "872.80", "860.10"),
          ("事业收入", "230.00", "230.00", "226.25")],
         "保障幼儿园正常运转，提升保教质量。", [
             Ind("产出指标", "数量指标", "在园幼儿人数", "≥540人", (">=", 540, "人"), "15", "556人", "15"),
             Ind("产出指标", "数量指标", "开设班级数", "18个", ("=", 18, "个"), "10", "18个", "10"),
             Ind("产出指标", "质量指标", "专任教师持证率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标", "质量指标", "食品安全事故", "0起", ("=", 0, "起"), "10", "0起", "10"),
             Ind("产出指标", "时效指标", "保育费减免发放", "2024年12月底前", (None, None, None), "5", "2024年12月", "5"),
             Ind("效益指标", "社会效益指标", "学前教育普惠水平", "持续提升", Q, "15", "持续提升", "14", "学位仍偏紧"),
             Ind("效益指标", "可持续影响指标", "保教管理制度", "健全", Q, "10", "健全", "10"),
             Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥95%", (">=", 95, "%"), "15", "97%", "15"),
         ], "良"),
        ("保教设施设备更新", "项目支出绩效自评表",
         [("年度资金总额", "65.00", "65.00", "61.75"), ("其中：财政拨款", "65.00", "65.00", "61.75"),
          ("其他资金", "0.00", "0.00", "0.00")],
         "更新户外活动器械和教学设备。", [
             Ind("产出指标", "数量指标", "更新设备件数", "≥120件", (">=", 120, "件"), "20", "126件", "20"),
             Ind("产出指标", "质量指标", "设备安全达标率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind("产出指标", "成本指标", "采购成本", "≤65万元", ("<=", 65, "万元"), "10", "61.75万元", "10"),
             Ind("效益指标", "社会效益指标", "幼儿活动条件", "明显改善", Q, "20", "明显改善", "20"),
             Ind("满意度指标", "服务对象满意度指标", "教师满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
             Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", (">=", 90, "%"), "10", "86%", "7",
                 "部分家长希望增加器械"),
         ], "优"),
    ]
    widths = [50, 58, 92, 62, 60, 38, 42, 93]
    for project, title, money, goal, inds, grade in forms:
        rate, rate_score = _rate(money[0][2], money[0][3])
        total = _total(rate_score, inds)
        rows = _Rows()
        rows.add((0, 2, "单位名称" if project is None else "项目名称"), (2, 6, dept if project is None else project))
        rows.add((0, 2, ""), (2, 6, "资金情况（万元）"))
        rows.add((0, 2, "资金类别"), (2, 1, "年初预算数"), (3, 1, "全年预算数"), (4, 1, "全年执行数"),
                 (5, 1, "分值"), (6, 1, "执行率"), (7, 1, "得分"))
        for k, line in enumerate(money):
            tail = ("10", rate, str(rate_score)) if k == 0 else ("/", "/", "/")
            rows.add((0, 2, line[0]), *[(2 + j, 1, v) for j, v in enumerate((*line[1:], *tail))])
        rows.add((0, 2, "年度目标"), (2, 6, goal))
        rows.add(*[(j, 1, t) for j, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值",
                                                     "得分", "未完成原因"))])
        _levels_grid(rows, inds, [(2, 1), (3, 1), (4, 1), (5, 1), (6, 1), (7, 1)],
                     lambda i: [i.raw, i.actual, i.weight, i.score, i.note])
        rows.add((0, 4, "总分"), (4, 1, f"{total:.2f}"), (5, 2, "自评等级"), (7, 1, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=title, editor=f"（{year}年度）",
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", money[0][2], money[0][3], float(total), grade[0])
        if project:
            doc.gold.project(project, "万元", year=money[0][2], fiscal=money[1][2])
    return doc.save(folder)


BLIND54: dict[str, Builder] = {
    "ha_xc_town_budget_pairs_hand_labels": layout_ha_xc_town_budget_pairs_hand_labels,
    "jx_gz_street_source_lines_yuan_commas": layout_jx_gz_street_source_lines_yuan_commas,
    "gz_zy_hospital_stacked_sources_weights": layout_gz_zy_hospital_stacked_sources_weights,
    "gs_ts_school_accounts_self_eval_money_rows": layout_gs_ts_school_accounts_self_eval_money_rows,
    "heb_hd_cdc_budget_dept_wide_then_key_list": layout_heb_hd_cdc_budget_dept_wide_then_key_list,
    "zj_ls_town_accounts_dept_self_eval_spaced_labels": layout_zj_ls_town_accounts_dept_self_eval_spaced_labels,
    "gd_qy_street_three_forms_unit_in_cell": layout_gd_qy_street_three_forms_unit_in_cell,
    "fj_np_water_station_yuan_title_direction_words": layout_fj_np_water_station_yuan_title_direction_words,
    "hub_xg_health_center_self_evals_yuan_heads": layout_hub_xg_health_center_self_evals_yuan_heads,
    "sx_jz_budget_landscape_list_sources_column_numbers": layout_sx_jz_budget_landscape_list_sources_column_numbers,
    "cq_wz_kindergarten_self_evals_grade_beside_total": layout_cq_wz_kindergarten_self_evals_grade_beside_total,
}
SETS: dict[str, dict[str, Builder]] = {"blind54": BLIND54}


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
    """Write every layout of ``which`` ("blind54") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
