"""BLIND55 performance forms: eleven layouts as a district of 孝感 (湖北), a district of 韶关 (广东),
a district of 眉山 (四川), a district of 洛阳 (河南), a district of 赣州 (江西), a district of 北京,
a district of 郴州 (湖南), a district of 遵义 (贵州), a district of 天水 (甘肃), a district of 南平
(福建) and a district of 大连 (辽宁) print the forms their 预算管理一体化 systems export in 2024–2025:
standalone 项目支出绩效目标申报表 / 项目支出绩效目标表 (header fields two or three pairs a row,
项目编码, 中期 and 年度 money and targets, 资金来源 lines), forms at the end of a 部门预算, a
部门整体支出绩效目标表, and 项目 / 部门整体 self evaluations at the end of a 部门决算 — written by an
author who had read neither the form reader nor the earlier blind sets (only the gold helpers and
page composer of ``form_layouts``, BLIND9's docstring, BLIND27's gold test and the real
disclosures). Every form that belongs to a project prints its money. The gold is written by hand
with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

hb_xg_yth_mid_year_money_columns  湖北 孝感 district, standalone 一体化 项目支出绩效目标表 per
        project: 项目名称 | … | 项目编码 | …, 主管部门 | … | 实施单位 | …, 项目属性 | … | 项目期 | …;
        项目资金（万元） merged over heads 中期资金总额 | 年度资金总额 and rows 资金总额 / 其中：财政拨款 /
        其他资金; 总体目标 中期目标 | 年度目标; grid 一级 | 二级 | 三级 | 中期指标值 | 年度指标值
gd_sg_yth_income_source_lines_yuan  广东 韶关 district, standalone forms in 元 with separators: a
        资金来源 block (资金总额, 一般公共预算财政拨款收入, 政府性基金预算财政拨款收入, 财政专户管理
        资金收入, 单位资金, 上年结转 with blanks), grid 指标性质 | 指标值 | 度量单位 | 权重 | 指标解释
sc_ms_budget_yth_pairs_four_a_row  四川 眉山 district 部门预算: budget tables, then one form per
        project with label | value pairs two a row (年度资金总额 | … | 财政拨款 | …, 其他资金 | … |
        上年结转 | 0.00), unit (金额单位：万元) in the line over the grid, grid 指标性质 | 指标值 | 度量单位 | 权重
ha_ly_budget_two_forms_a_page_stacked_money  河南 洛阳 district 部门预算: two short forms a page,
        money in stacked label | value rows (资金总额（万元）/ 其中：当年财政拨款 / 上年结转 / 其他资金,
        blanks where nothing), grid 一级 | 二级 | 三级 | 指标值 (glued ≥ ≤) | 分值
jx_gz_yth_landscape_mid_year_yuan_unit_column  江西 赣州 district, landscape standalone forms in
        元: three pairs a row, money grid 资金来源 | 中期资金总额 | 年度资金总额 over 合计 / 财政拨款 /
        其中：一般公共预算 / 政府性基金 / 其他资金, grid 中期指标值 | 年度指标值 | 计量单位 (one unit
        column after both values)
bj_cy_yth_long_form_total_heads_repeated  北京 朝阳 district: a long form whose grid runs over pages
        with its header repeated (项目负责人 | 联系电话 fields, 项目总额 | 年度资金总额 | 其中：财政拨款 |
        其他资金 as heads with the amounts row below, in 元), 指标值 | 指标解释 prose; then a short form
hun_cz_accounts_dept_and_project_self_evals  湖南 郴州 district 部门决算: accounts tables, a
        部门整体支出绩效自评表 (money as label | value pairs) and two 项目支出绩效自评表 with money
        columns 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 /
        其中：财政拨款 / 上年结转 / 其他资金, 偏差原因分析及改进措施, 总分, 自评等级 words
gz_zy_yth_self_evals_yuan_stacked  贵州 遵义 district, standalone 项目支出绩效自评表 exported in 元:
        项目编码 in the header, money stacked rows with columns 全年预算数 | 全年执行数 | 执行率 (分值 and
        得分 in the first row only), 自评得分 | 自评等级 in one row
gs_ts_budget_dept_wide_then_source_grid  甘肃 天水 district 部门预算: a 部门整体支出绩效目标表
        (部门预算资金 heads 合计 | 财政拨款 | 其他资金), then project forms whose money is a
        资金来源 | 金额（万元） grid (一般公共预算财政拨款收入, 政府性基金预算财政拨款收入 blank,
        专项债券资金, 中央补助资金, 合计)
fj_np_yth_labels_above_targets_in_words  福建 南平 district, standalone forms with labels above
        values (项目名称 | 项目编码 | 主管部门 | 实施单位 over their values; 资金总额 | 财政拨款 |
        其他资金 | 上年结转 over the amounts), targets written in words (不低于, 不超过, 达到, 控制在…以内)
ln_dl_budget_landscape_list_code_money  辽宁 大连 district 部门预算: landscape list 项目编码 |
        项目名称 | 资金总额（万元） | 其中：财政拨款 | 年度绩效目标 | 一级 | 二级 | 三级 | 指标值 | 权重,
        project cells merged, header repeated over the pages

Gold conventions: BLIND9's docstring, with the addendum's rulings and this set's:

- A form printing 中期 and 年度 money: total = the 中期资金总额 (项目总额 where so named), year = the
  年度资金总额, fiscal = the 年度 财政拨款; the 年度指标值 is the target, the 中期指标值 is not read.
- fiscal = the 财政拨款 figure as printed, or the sum of source lines named …财政拨款收入 (here at
  most one such line carries a figure, so the sum is printed); 一般公共预算 alone (under a printed
  财政拨款), 专项债券资金, 中央补助资金, 单位资金, 其他资金 are never fiscal.
- A printed 0.00 上年结转 is carried 0.00; a blank 上年结转 is no amount.
- 达到 N reads ">="; 控制在 N 以内 reads "<="; 不低于 / 不少于 ">="; 不超过 / 不高于 "<=".
- Self evaluations as BLIND9: budget = the 年度资金总额 row's 全年预算数, executed = its 全年执行数;
  the 执行率 score is 10 × 执行率 (at most 10); score = the printed 总分 / 自评得分.
"""
from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

D = (None, None, None)  # a deadline: raw, no comparator


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, two budget tables, the note heading the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  其他重要事项的情况说明", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实党中央、国务院和省委、省政府决策部署，依法履行本部门职责。",
        "二、机构设置。纳入本部门预算编制范围的包括部门本级及所属事业单位。",
        f"三、{year}年重点工作。围绕年度目标任务，统筹安排预算资金，保障重点项目实施。",
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
                              f"部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    out_body = [plain_row([name, v, "", v]) for name, v in spending]
    out_body.append(plain_row(["合计", f"{total_out:,.2f}", "", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec("一般公共预算支出预算表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [190, 90, 90, 90],
                              [(0, 0, 1, 1, "功能分类科目"), (0, 1, 1, 1, "基本支出"), (0, 2, 1, 1, "项目支出"),
                               (0, 3, 1, 1, "合计")], 1, out_body, ["l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  其他重要事项的情况说明", [
        f"绩效目标设置情况。按照预算绩效管理要求，本部门{year}年项目支出全部编制绩效目标，"
        "通过预算管理一体化系统填报，重点项目绩效目标如下表所示。",
    ])


def _rate(budget: str, executed: str) -> tuple[str, Decimal]:
    """执行率 as printed and its score (10 × rate, at most 10, two decimals)."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b
    score = min(Decimal(10), rate * 10).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{(rate * 100).quantize(Decimal('0.01'), ROUND_HALF_UP)}%", score


def _total(rate_score: Decimal, inds: list[Ind]) -> Decimal:
    return rate_score + sum(Decimal(i.score) for i in inds)


# --------------------------------------------------------------------------- 湖北 孝感


def layout_hb_xg_yth_mid_year_money_columns(folder: Path, name: str) -> FileGold:
    dept = "孝感市孝南区农业农村局"
    doc = FormDoc(name, "2025年度项目支出绩效目标表", dept, 2025,
                  cover=[("项目支出绩效目标表", 22), ("（2025年度）", 16), (f"填报单位：{dept}", 14)])
    projects = [
        ("高标准农田建设项目（2024-2026年）", "42090225T000000101386", "孝感市孝南区农田建设服务中心", "延续项目", "3年",
         ("1,800.00", "1,500.00", "300.00"), ("650.00", "560.00", "90.00"),
         ("三年建成高标准农田3万亩，项目区粮食综合生产能力明显提升。", "2025年建成高标准农田1万亩，配套灌排设施同步完工。"), [
             Ind("产出指标", "数量指标", "新建高标准农田面积", "≥1万亩", (">=", 1, "万亩"), period="≥3万亩"),
             Ind("产出指标", "数量指标", "新建改造灌排渠道长度", "≥45公里", (">=", 45, "公里"), period="≥130公里"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), period="100%"),
             Ind("产出指标", "时效指标", "年度建设任务完成时间", "2025年12月底前", D, period="2026年12月底前"),
             Ind("产出指标", "成本指标", "亩均财政投入", "≤1500元/亩", ("<=", 1500, "元/亩"), period="≤1500元/亩"),
             Ind("效益指标", "经济效益指标", "项目区粮食亩产增加", "≥50公斤", (">=", 50, "公斤"), period="≥50公斤"),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ]),
        ("农村人居环境整治", "42090225Y000000102217", "孝感市孝南区农业农村局", "经常性项目", "1年",
         ("220.00", "220.00", "0.00"), ("220.00", "220.00", "0.00"),
         ("持续推进农村厕所革命和生活垃圾治理，村庄环境干净整洁有序。", "完成农村户厕问题整改，生活垃圾收运处置体系行政村全覆盖。"), [
             Ind("产出指标", "数量指标", "农村户厕问题整改户数", "≥1200户", (">=", 1200, "户"), period="≥1200户"),
             Ind("产出指标", "质量指标", "生活垃圾收运处置体系覆盖行政村比例", "100%", ("=", 100, "%"), period="100%"),
             Ind("效益指标", "生态效益指标", "村庄环境面貌", "明显改善", Q, period="明显改善"),
             Ind("效益指标", "可持续影响指标", "村庄保洁长效管护机制", "健全", Q, period="健全"),
             Ind("满意度指标", "服务对象满意度指标", "农村群众满意度", "≥92%", (">=", 92, "%"), period="≥92%"),
         ]),
        ("动物疫病防控", "42090225Y000000102531", "孝感市孝南区动物疫病预防控制中心", "经常性项目", "3年",
         ("360.00", "360.00", "0.00"), ("120.00", "100.00", "20.00"),
         ("重大动物疫病免疫密度常年保持在90%以上，不发生区域性重大动物疫情。", "完成春秋两季集中免疫，免疫抗体合格率不低于70%。"), [
             Ind("产出指标", "数量指标", "春秋集中免疫畜禽数量", "≥85万头（羽）", (">=", 85, "万头(羽)"), period="≥255万头（羽）"),
             Ind("产出指标", "质量指标", "免疫抗体合格率", "≥70%", (">=", 70, "%"), period="≥70%"),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "0次", ("=", 0, "次"), period="0次"),
             Ind("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ]),
    ]
    for project, code, unit_name, attr, span, mid, year, goals, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, unit_name))
        rows.add((0, 1, "项目属性"), (1, 3, attr), (4, 1, "项目期"), (5, 2, span))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "")
        rows.put(r, 3, 1, 2, "中期资金总额")
        rows.put(r, 5, 1, 2, "年度资金总额")
        for k, label in enumerate(("资金总额", "其中：财政拨款", "其他资金"), 1):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, mid[k - 1])
            rows.put(r + k, 5, 1, 2, year[k - 1])
        r = rows.n
        rows.put(r, 0, 2, 1, "总体目标")
        rows.put(r, 1, 1, 3, "中期目标")
        rows.put(r, 4, 1, 3, "年度目标")
        rows.put(r + 1, 1, 1, 3, goals[0])
        rows.put(r + 1, 4, 1, 3, goals[1])
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        rows.n = r
        rows.add((1, 1, "一级指标"), (2, 1, "二级指标"), (3, 2, "三级指标"), (5, 1, "中期指标值"), (6, 1, "年度指标值"))
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 2, i.name), (5, 1, i.period), (6, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [52, 62, 66, 70, 48, 88, 88], title="项目支出绩效目标表",
                             editor="（2025年度）", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, total=mid[0], year=year[0], fiscal=year[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 韶关


def layout_gd_sg_yth_income_source_lines_yuan(folder: Path, name: str) -> FileGold:
    dept = "韶关市武江区卫生健康局"
    doc = FormDoc(name, "2025年项目支出绩效目标申报表", dept, 2025)
    # (project, code, unit, type, period, sources (资金总额, 一般公共预算财政拨款收入, 政府性基金预算财政拨款收入,
    # 财政专户管理资金收入, 单位资金, 上年结转), goal, inds)
    projects = [
        ("基本公共卫生服务补助", "44020325000000010012", "韶关市武江区疾病预防控制中心", "其他运转类", "2025-01-01至2025-12-31",
         ("4,860,000.00", "4,860,000.00", "", "", "", ""),
         "为辖区常住居民免费提供国家基本公共卫生服务项目，重点人群健康管理率达到国家要求。", [
             Ind("产出指标", "数量指标", "居民电子健康档案建档人数", ("≥", "18", "万人"), (">=", 18, "万人"), "15",
                 note="按常住人口计算"),
             Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", ("≥", "2.1", "万人"), (">=", 2.1, "万人"), "15"),
             Ind("产出指标", "质量指标", "高血压患者规范管理率", ("≥", "65", "%"), (">=", 65, "%"), "15"),
             Ind("产出指标", "时效指标", "补助资金拨付时限", ("≤", "30", "个工作日"), ("<=", 30, "个工作日"), "10"),
             Ind("效益指标", "社会效益指标", "居民健康素养水平", ("定性", "逐年提高", ""), Q, "20"),
             Ind("效益指标", "可持续影响指标", "基层医疗卫生机构服务能力", ("定性", "持续提升", ""), Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "城乡居民满意度", ("≥", "85", "%"), (">=", 85, "%"), "10"),
         ]),
        ("区人民医院医疗设备购置", "44020325000000010047", "韶关市武江区人民医院", "特定目标类", "2025-03-01至2025-11-30",
         ("3,250,000.00", "", "2,600,000.00", "", "650,000.00", ""),
         "购置CT等医疗设备，提升县域医疗服务能力，减少患者外转。", [
             Ind("产出指标", "数量指标", "购置医疗设备台（套）数", ("=", "6", "台（套）"), ("=", 6, "台(套)"), "20"),
             Ind("产出指标", "质量指标", "设备验收合格率", ("=", "100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "设备安装调试完成时间", ("≤", "11", "月"), ("<=", 11, "月"), "15"),
             Ind("产出指标", "成本指标", "设备采购成本", ("≤", "325", "万元"), ("<=", 325, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "县域内就诊率", ("≥", "90", "%"), (">=", 90, "%"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "就诊患者满意度", ("≥", "90", "%"), (">=", 90, "%"), "20"),
         ]),
        ("家庭医生签约服务", "44020325000000010093", "韶关市武江区卫生健康局", "其他运转类", "2025-01-01至2025-12-31",
         ("960,000.00", "800,000.00", "", "", "", "160,000.00"),
         "推进家庭医生签约服务，重点人群签约覆盖率稳步提高。", [
             Ind("产出指标", "数量指标", "重点人群签约服务人数", ("≥", "3.6", "万人"), (">=", 3.6, "万人"), "30"),
             Ind("产出指标", "质量指标", "重点人群签约服务覆盖率", ("≥", "75", "%"), (">=", 75, "%"), "20"),
             Ind("效益指标", "社会效益指标", "签约居民获得感", ("定性", "明显增强", ""), Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", ("≥", "90", "%"), (">=", 90, "%"), "20"),
         ]),
    ]
    labels = ("资金总额", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "财政专户管理资金收入", "单位资金",
              "上年结转")
    for project, code, unit_name, kind, span, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 3, project), (5, 1, "项目编码"), (6, 3, code))
        rows.add((0, 2, "项目单位"), (2, 3, unit_name), (5, 1, "项目类型"), (6, 3, kind))
        rows.add((0, 2, "项目起止时间"), (2, 7, span))
        r = rows.n
        rows.put(r, 0, len(labels), 2, "项目资金（元）")
        for k, (label, amount) in enumerate(zip(labels, money)):
            rows.put(r + k, 2, 1, 4, label)
            rows.put(r + k, 6, 1, 3, amount)
        rows.add((0, 2, "年度绩效目标"), (2, 7, goal))
        heads = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重（%）", "指标解释")
        rows.add(*[(k + (1 if k >= 3 else 0), 1 if k != 2 else 2, h) for k, h in enumerate(heads)])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.target[0]), (5, 1, i.target[1]),
                                                (6, 1, i.target[2]), (7, 1, i.weight), (8, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, [52, 62, 60, 54, 44, 52, 54, 40, 92], title="项目支出绩效目标申报表",
                             editor=f"单位名称：{dept}", unit_raw="金额单位：元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        fiscal = next((m for m in money[1:3] if m), None)
        doc.gold.project(project, "元", code=code, year=money[0], fiscal=fiscal, carried=money[5] or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 四川 眉山


def layout_sc_ms_budget_yth_pairs_four_a_row(folder: Path, name: str) -> FileGold:
    dept = "眉山市东坡区教育和体育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "46,820.35"), ("事业收入", "1,260.00")],
                  [("教育支出", "45,130.85"), ("社会保障和就业支出", "2,949.50")])
    projects = [
        ("义务教育学校公用经费保障", "51140225R000000318241", "眉山市东坡区教育和体育局", "常年性项目",
         ("2,386.40", "2,386.40", "", "0.00"),
         "按生均标准足额保障义务教育学校公用经费，保障学校正常运转。", [
             Ind("产出指标", "数量指标", "保障义务教育在校学生数", ("≥", "52000", "人"), (">=", 52000, "人"), "20"),
             Ind("产出指标", "质量指标", "生均公用经费标准落实率", ("=", "100", "%"), ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "资金下达时限", ("≤", "30", "日"), ("<=", 30, "日"), "10"),
             Ind("产出指标", "成本指标", "小学生均公用经费", ("=", "720", "元/生·年"), ("=", 720, "元/生·年"), "10"),
             Ind("效益指标", "社会效益指标", "学校正常运转", ("定性", "有效保障", ""), Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
         ]),
        ("学校安保服务购买", "51140225R000000318576", "眉山市东坡区教育和体育局", "常年性项目",
         ("640.00", "560.00", "80.00", "0.00"),
         "为区属中小学、幼儿园购买专职保安服务，校园安全事件零发生。", [
             Ind("产出指标", "数量指标", "配备专职保安学校数", ("≥", "86", "所"), (">=", 86, "所"), "25"),
             Ind("产出指标", "质量指标", "保安持证上岗率", ("=", "100", "%"), ("=", 100, "%"), "25"),
             Ind("效益指标", "社会效益指标", "校园重大安全责任事故", ("=", "0", "起"), ("=", 0, "起"), "30"),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", ("≥", "95", "%"), (">=", 95, "%"), "20"),
         ]),
        ("青少年体育赛事活动", "51140225T000000319003", "眉山市东坡区青少年业余体育学校", "一次性项目",
         ("85.00", "60.00", "", "25.00"),
         "举办区级青少年体育赛事，参加市级以上比赛，提升青少年体质。", [
             Ind("产出指标", "数量指标", "举办区级赛事场次", ("≥", "12", "场"), (">=", 12, "场"), "30"),
             Ind("产出指标", "数量指标", "参赛学生人次", ("≥", "4500", "人次"), (">=", 4500, "人次"), "20"),
             Ind("产出指标", "时效指标", "赛事完成时间", ("≤", "12", "月"), ("<=", 12, "月"), "10"),
             Ind("效益指标", "社会效益指标", "国家学生体质健康标准达标率", ("≥", "92", "%"), (">=", 92, "%"), "30"),
             Ind("满意度指标", "服务对象满意度指标", "参赛学生满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
         ]),
    ]
    for k_form, (project, code, unit_name, kind, money, goal, inds) in enumerate(projects, 1):
        total, fiscal, other, carried = money
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 2, project), (4, 1, "项目编码"), (5, 3, code))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 3, unit_name))
        rows.add((0, 2, "项目类别"), (2, 2, kind), (4, 1, "项目期限"), (5, 3, "1年"))
        rows.add((0, 2, "年度资金总额"), (2, 2, total), (4, 1, "财政拨款"), (5, 3, fiscal))
        rows.add((0, 2, "其他资金"), (2, 2, other), (4, 1, "上年结转"), (5, 3, carried))
        rows.add((0, 2, "年度绩效目标"), (2, 6, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标性质"), (5, 1, "指标值"),
                 (6, 1, "度量单位"), (7, 1, "权重"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.target[0]), (5, 1, i.target[1]),
                                                (6, 1, i.target[2]), (7, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [54, 64, 70, 62, 52, 62, 70, 40],
                             title=f"项目支出绩效目标表（{k_form}）",
                             editor=f"编制单位：{dept}", unit_raw="金额单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=total, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 洛阳


def layout_ha_ly_budget_two_forms_a_page_stacked_money(folder: Path, name: str) -> FileGold:
    dept = "洛阳市涧西区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{year}年部门预算", 26), (dept, 20)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "6,418.72")],
                  [("社会保障和就业支出", "6,102.30"), ("卫生健康支出", "316.42")])
    projects = [
        ("城乡居民最低生活保障", ("1,862.00", "1,862.00", "", ""),
         "按时足额发放城乡低保金，保障困难群众基本生活。", [
             Ind("产出指标", "数量指标", "城乡低保保障人数", "≥4800人", (">=", 4800, "人"), "30"),
             Ind("产出指标", "时效指标", "低保金按月发放率", "100%", ("=", 100, "%"), "20"),
             Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到保障", Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥95%", (">=", 95, "%"), "20"),
         ]),
        ("特困人员救助供养", ("735.50", "700.00", "35.50", ""),
         "落实特困人员救助供养政策，集中供养机构安全运行。", [
             Ind("产出指标", "数量指标", "特困供养人数", "≥1100人", (">=", 1100, "人"), "30"),
             Ind("产出指标", "质量指标", "供养机构安全事故", "0起", ("=", 0, "起"), "20"),
             Ind("效益指标", "社会效益指标", "特困人员生活水平", "稳步提高", Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "供养对象满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
        ("社区居家养老服务", ("420.00", "380.00", "", "40.00"),
         "建设社区养老服务站点，为高龄、失能老人提供上门服务。", [
             Ind("产出指标", "数量指标", "新建社区养老服务站", "≥6个", (">=", 6, "个"), "25"),
             Ind("产出指标", "数量指标", "上门服务老人人次", "≥2.4万人次", (">=", 2.4, "万人次"), "25"),
             Ind("产出指标", "成本指标", "单个服务站建设补助", "≤30万元", ("<=", 30, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "居家养老服务覆盖面", "逐步扩大", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "服务老人满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
        ("孤儿基本生活保障", ("96.80", "96.80", "", ""),
         "按标准发放孤儿和事实无人抚养儿童基本生活费。", [
             Ind("产出指标", "数量指标", "保障孤儿和事实无人抚养儿童人数", "≥120人", (">=", 120, "人"), "40"),
             Ind("产出指标", "时效指标", "生活费发放及时率", "≥98%", (">=", 98, "%"), "20"),
             Ind("效益指标", "社会效益指标", "儿童基本生活", "有效保障", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "监护人满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
    ]
    for k_form, (project, money, goal, inds) in enumerate(projects):
        total, fiscal, carried, other = money
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "预算单位"), (1, 4, dept))
        r = rows.n
        for k, (label, value) in enumerate((("资金总额（万元）", total), ("其中：当年财政拨款", fiscal),
                                            ("上年结转", carried), ("其他资金", other))):
            rows.put(r + k, 0, 1, 2, label)
            rows.put(r + k, 2, 1, 3, value)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "分值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [88, 96, 150, 90, 50], title="项目支出绩效目标表",
                             editor=f"{year}年度", unit_raw=""), fresh_page=k_form % 2 == 0, gap=26)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 赣州


def layout_jx_gz_yth_landscape_mid_year_yuan_unit_column(folder: Path, name: str) -> FileGold:
    dept = "赣州市章贡区城市管理局"
    doc = FormDoc(name, "2024年度项目支出绩效目标表", dept, 2024)
    projects = [
        ("城区环卫保洁市场化服务（2024-2026年）", "36070224T000000204581", "特定目标类",
         # 合计, 财政拨款, 其中：一般公共预算, 政府性基金, 其他资金 — (中期, 年度)
         [("48,600,000.00", "16,200,000.00"), ("45,000,000.00", "15,000,000.00"), ("45,000,000.00", "15,000,000.00"),
          ("0.00", "0.00"), ("3,600,000.00", "1,200,000.00")],
         ("三年内城区道路机械化清扫率达到85%，城区环境卫生保持全省先进水平。", "2024年完成城区主次干道保洁，机械化清扫率不低于80%。"), [
             Ind("产出指标", "数量指标", "保洁道路面积", ("≥420", "万平方米"), (">=", 420, "万平方米"), period="≥420"),
             Ind("产出指标", "质量指标", "道路机械化清扫率", ("≥80", "%"), (">=", 80, "%"), period="≥85"),
             Ind("产出指标", "质量指标", "生活垃圾日产日清率", ("=100", "%"), ("=", 100, "%"), period="=100"),
             Ind("产出指标", "时效指标", "投诉问题处置时限", ("≤24", "小时"), ("<=", 24, "小时"), period="≤24"),
             Ind("产出指标", "成本指标", "每平方米年保洁成本", ("≤3.6", "元"), ("<=", 3.6, "元"), period="≤3.6"),
             Ind("效益指标", "社会效益指标", "城区市容环境", ("明显改善", ""), Q, period="持续改善"),
             Ind("满意度指标", "服务对象满意度指标", "市民满意度", ("≥90", "%"), (">=", 90, "%"), period="≥90"),
         ]),
        ("城市照明设施维护", "36070224Y000000204622", "其他运转类",
         [("5,400,000.00", "1,800,000.00"), ("5,400,000.00", "1,800,000.00"), ("5,400,000.00", "1,800,000.00"),
          ("", ""), ("", "")],
         ("城市照明设施完好率保持在98%以上。", "完成城区路灯日常维护和节能改造。"), [
             Ind("产出指标", "数量指标", "维护路灯盏数", ("≥26000", "盏"), (">=", 26000, "盏"), period="≥26000"),
             Ind("产出指标", "数量指标", "LED节能改造盏数", ("≥1500", "盏"), (">=", 1500, "盏"), period="≥4500"),
             Ind("产出指标", "质量指标", "路灯亮灯率", ("≥98", "%"), (">=", 98, "%"), period="≥98"),
             Ind("产出指标", "时效指标", "故障修复时限", ("≤48", "小时"), ("<=", 48, "小时"), period="≤48"),
             Ind("效益指标", "生态效益指标", "照明节电率", ("≥15", "%"), (">=", 15, "%"), period="≥20"),
             Ind("满意度指标", "服务对象满意度指标", "市民满意度", ("≥90", "%"), (">=", 90, "%"), period="≥90"),
         ]),
    ]
    labels = ("合计", "财政拨款", "其中：一般公共预算", "政府性基金", "其他资金")
    for project, code, kind, money, goals, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, code), (6, 1, "项目类别"), (7, 2, kind))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, dept), (6, 1, "项目负责人"), (7, 2, "刘建华"))
        r = rows.n
        rows.put(r, 0, len(labels) + 1, 1, "项目资金")
        rows.put(r, 1, 1, 2, "资金来源")
        rows.put(r, 3, 1, 3, "中期资金总额")
        rows.put(r, 6, 1, 3, "年度资金总额")
        for k, (label, (mid, yr)) in enumerate(zip(labels, money), 1):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 3, mid)
            rows.put(r + k, 6, 1, 3, yr)
        r = rows.n
        rows.put(r, 0, 2, 1, "总体目标")
        rows.put(r, 1, 1, 4, "中期目标")
        rows.put(r, 5, 1, 4, "年度目标")
        rows.put(r + 1, 1, 1, 4, goals[0])
        rows.put(r + 1, 5, 1, 4, goals[1])
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (5, 1, "中期指标值"), (6, 1, "年度指标值"),
                 (7, 1, "计量单位"), (8, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 3, i.name), (5, 1, i.period), (6, 1, i.target[0]),
                                                (7, 1, i.target[1]), (8, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [66, 86, 70, 60, 60, 90, 86, 70, 64], title="2024年度项目支出绩效目标表",
                             editor=f"预算单位：{dept}", unit_raw="单位：元", landscape=True), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, total=money[0][0], year=money[0][1], fiscal=money[1][1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 北京 朝阳


def layout_bj_cy_yth_long_form_total_heads_repeated(folder: Path, name: str) -> FileGold:
    dept = "北京市朝阳区园林绿化局"
    doc = FormDoc(name, "2025年项目支出绩效目标申报表", dept, 2025)
    projects = [
        ("城市绿地养护管理", "11010525Y000000631078", "北京市朝阳区公园管理中心", "王静", "010-65091234",
         ("24,600,000.00", "8,200,000.00", "7,800,000.00", "400,000.00"),
         "按照城市绿地特级、一级养护标准，完成全区代管公园绿地养护，绿地景观效果持续提升。", [
             Ind("产出指标", "数量指标", "代管绿地养护面积", "≥680公顷", (">=", 680, "公顷"),
                 note="按全区代管公园及道路绿地台账面积统计，含新移交绿地。"),
             Ind("产出指标", "数量指标", "行道树修剪株数", "≥3.2万株", (">=", 3.2, "万株"),
                 note="按养护作业记录统计，含主干道及次干道行道树。"),
             Ind("产出指标", "数量指标", "病虫害防治作业面积", "≥1200公顷次", (">=", 1200, "公顷次"),
                 note="以生物防治为主，化学防治面积逐年压减。"),
             Ind("产出指标", "数量指标", "新移交绿地纳入养护面积", "≥35公顷", (">=", 35, "公顷"),
                 note="以当年绿地移交接收手续为准。"),
             Ind("产出指标", "质量指标", "绿地设施完好率", "≥95%", (">=", 95, "%"),
                 note="园路、座椅、护栏等设施完好数量占总数的比例。"),
             Ind("产出指标", "质量指标", "绿地一级以上养护标准达标率", "≥95%", (">=", 95, "%"),
                 note="依据北京市城市绿地养护管理质量标准，由区园林绿化质量监督站季度检查评定。"),
             Ind("产出指标", "质量指标", "苗木成活率", "≥98%", (">=", 98, "%"),
                 note="当年补植苗木成活株数占补植总株数的比例。"),
             Ind("产出指标", "质量指标", "有害生物成灾率", "≤3‰", ("<=", 3, "‰"),
                 note="依据林业有害生物监测数据计算。"),
             Ind("产出指标", "时效指标", "全年养护质量考核次数", "≥4次", (">=", 4, "次"),
                 note="每季度末组织一次养护质量考核，考核结果与养护费支付挂钩。"),
             Ind("产出指标", "成本指标", "绿地养护单价", "≤12元/平方米·年", ("<=", 12, "元/平方米·年"),
                 note="依据本市城市绿地养护管理定额标准测算。"),
             Ind("效益指标", "生态效益指标", "城市绿化覆盖率", "≥50%", (">=", 50, "%"),
                 note="以年度园林绿化资源调查数据为准。"),
             Ind("效益指标", "社会效益指标", "公园绿地500米服务半径覆盖率", "≥92%", (">=", 92, "%"),
                 note="以规划自然资源部门测算口径为准。"),
             Ind("效益指标", "社会效益指标", "公园绿地安全责任事故", "0起", ("=", 0, "起"),
                 note="因养护作业引发的人员伤亡或财产损失事故。"),
             Ind("效益指标", "可持续影响指标", "绿地养护精细化管理水平", "持续提升", Q,
                 note="以养护管理信息平台建设和考核结果综合评定。"),
             Ind("满意度指标", "服务对象满意度指标", "游园群众满意度", "≥90%", (">=", 90, "%"),
                 note="通过第三方问卷调查取得，样本量不少于500份。"),
         ]),
        ("平原生态林管护补助", "11010525Y000000631104", "北京市朝阳区林业工作站", "赵明", "010-65097788",
         ("", "3,150,000.00", "3,150,000.00", ""),
         "落实平原生态林养护责任，保障林木资源安全。", [
             Ind("产出指标", "数量指标", "平原生态林管护面积", "≥2.1万亩", (">=", 2.1, "万亩"), note="以林地台账为准。"),
             Ind("产出指标", "质量指标", "林木保存率", "≥95%", (">=", 95, "%"), note="年度监测数据。"),
             Ind("产出指标", "时效指标", "补助资金拨付时间", "2025年9月30日前", D, note="分两次拨付。"),
             Ind("效益指标", "生态效益指标", "森林火灾受害率", "≤0.5‰", ("<=", 0.5, "‰"), note="全年统计。"),
             Ind("满意度指标", "服务对象满意度指标", "管护主体满意度", "≥90%", (">=", 90, "%"), note="问卷调查。"),
         ]),
    ]
    for project, code, unit_name, leader, phone, money, goal, inds in projects:
        total, year, fiscal, other = money
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, unit_name))
        rows.add((0, 1, "项目负责人"), (1, 3, leader), (4, 1, "联系电话"), (5, 2, phone))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（元）")
        for k, (head, value) in enumerate((("项目总额", total), ("年度资金总额", year), ("其中：财政拨款", fiscal),
                                           ("其他资金", other))):
            cols = (1, 3, 4, 5)[k], (2, 1, 1, 2)[k]
            rows.put(r, cols[0], 1, cols[1], head)
            rows.put(r + 1, cols[0], 1, cols[1], value)
        if project == "城市绿地养护管理":  # the long form prints its basis and content as prose rows
            rows.add((0, 1, "立项依据"), (1, 6, "《北京市城市绿化条例》《北京市城市绿地养护管理标准》及区政府关于加强公园绿地精细化"
                                             "管理的工作要求；区园林绿化局“十四五”时期园林绿化发展规划确定的绿地养护质量目标。"
                                             "本项目为延续性项目，养护范围包括区属公园、游园、道路绿地及防护绿地，养护内容包括"
                                             "浇灌、修剪、病虫害防治、补植、保洁及设施维护等，养护标准按绿地等级分别执行。"))
            rows.add((0, 1, "项目实施内容"), (1, 6, "通过政府采购确定养护作业单位，按季度开展养护质量考核，考核结果与养护费"
                                               "支付挂钩；建立养护管理信息平台，实现养护作业全过程留痕；对新移交绿地同步纳入养护"
                                               "范围，对补植苗木实施成活率考核；委托第三方开展游园群众满意度调查。项目资金按养护"
                                               "面积和定额单价测算，分季度拨付，年末根据考核结果清算。"))
            rows.add((0, 1, "保障措施"), (1, 6, "成立项目管理工作专班，明确责任科室和责任人；严格执行政府采购和合同管理规定；"
                                             "加强资金监管，专款专用；定期开展绩效运行监控，发现偏差及时纠正，确保年度绩效目标"
                                             "如期实现。"))
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 2, "指标解释"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 2, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, [58, 72, 70, 74, 96, 76, 90], title="项目支出绩效目标申报表",
                             editor=f"（2025年度）  填报单位：{dept}", unit_raw=""),
                       repeat=(head, 1), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, total=total or None, year=year, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖南 郴州


def _hun_project_self_eval(doc: FormDoc, project: str, code: str, unit_name: str,
                           money: list[tuple[str, str, str]], goal: tuple[str, str], inds: list[Ind], grade: str) -> None:
    """湖南 template: money columns over 年度资金总额 / 其中：财政拨款 / 上年结转 / 其他资金."""
    dept = doc.gold.department
    rate_txt, rate_score = _rate(money[0][1], money[0][2])
    total = _total(rate_score, inds)
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 4, project), (5, 2, "项目编码"), (7, 2, code))
    rows.add((0, 1, "主管部门"), (1, 4, dept), (5, 2, "实施单位"), (7, 2, unit_name))
    r = rows.n
    rows.put(r, 0, 5, 1, "项目资金（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, (label, line) in enumerate(zip(("年度资金总额", "其中：财政拨款", "上年结转", "其他资金"), money), 1):
        rows.put(r + k, 1, 1, 2, label)
        for j, v in enumerate(line):
            rows.put(r + k, 3 + j, 1, 1, v)
        tail = ("10", rate_txt, f"{rate_score}") if k == 1 else ("—", "—", "—")
        for j, v in enumerate(tail):
            rows.put(r + k, 6 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, goal[0])
    rows.put(r + 1, 5, 1, 4, goal[1])
    rows.add(*[(k, 1, h) for k, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                 "得分", "偏差原因分析", "改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note), (8, 1, "加强督导" if i.note else "")])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, "自评等级"), (8, 1, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, [50, 58, 74, 56, 56, 38, 48, 64, 56], title="项目支出绩效自评表",
                         editor=f"（{doc.gold.fiscal_year}年度）", unit_raw="",
                         kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    words = {"优秀": "优", "良好": "良", "中等": "中", "较差": "差"}
    doc.gold.self_evaluation(project, "万元", money[0][1], money[0][2], float(total), words[grade])
    doc.gold.project(project, "万元", code=code, year=money[0][1], fiscal=money[1][1], carried=money[2][1] or None)


def layout_hun_cz_accounts_dept_and_project_self_evals(folder: Path, name: str) -> FileGold:
    dept = "郴州市北湖区水利局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "4,186.20"), ("二、政府性基金预算财政拨款收入", "620.00")],
                    [("一、农林水支出", "4,561.30"), ("二、社会保障和就业支出", "244.90")])
    # 部门整体支出绩效自评表
    inds = [
        Ind("产出指标", "数量指标", "水利工程维修养护处数", "≥45处", (">=", 45, "处"), "15", "47处", "15"),
        Ind("产出指标", "数量指标", "河道巡查里程", "≥1800公里", (">=", 1800, "公里"), "10", "1860公里", "10"),
        Ind("产出指标", "质量指标", "水库安全度汛率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "防汛物资补充到位时间", "2024年4月30日前", D, "10", "2024年4月25日", "10"),
        Ind("效益指标", "社会效益指标", "因洪涝灾害死亡人数", "0人", ("=", 0, "人"), "15", "0人", "15"),
        Ind("效益指标", "生态效益指标", "河湖水质达标率", "≥90%", (">=", 90, "%"), "15", "88%", "13",
            "个别断面受上游来水影响"),
        Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
    ]
    budget, executed = "4,920.00", "4,806.20"
    rate_txt, rate_score = _rate(budget, executed)
    total = _total(rate_score, inds)
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 7, dept))
    rows.add((0, 1, "年初预算数"), (1, 1, "4,650.00"), (2, 1, "全年预算数"), (3, 1, budget), (4, 1, "全年执行数"),
             (5, 1, executed), (6, 1, "执行率"), (7, 1, rate_txt))
    rows.add((0, 1, "其中：财政拨款"), (1, 1, "4,650.00"), (2, 1, "财政拨款全年预算数"), (3, 1, "4,860.00"), (4, 1, "分值"),
             (5, 1, "10"), (6, 1, "执行率得分"), (7, 1, f"{rate_score}"))
    rows.add((0, 1, "年度总体目标"), (1, 7, "保障防汛抗旱和水利工程安全运行，推进河湖长制，改善水生态环境。"))
    rows.add(*[(k, 1, h) for k, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                 "得分", "偏差原因"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
    rows.add((0, 5, "自评等级"), (5, 3, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 62, 84, 66, 66, 56, 56, 78], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="金额单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, float(total), "优")
    _hun_project_self_eval(
        doc, "山洪灾害防治非工程措施运行维护", "43100224Y000000107721", "郴州市北湖区水旱灾害防御事务中心",
        [("180.00", "196.00", "188.40"), ("180.00", "180.00", "176.20"), ("", "16.00", "12.20"), ("", "", "")],
        ("保障山洪灾害监测预警系统正常运行。", "监测站点运行率98%，发布预警信息全覆盖。"), [
            Ind("产出指标", "数量指标", "运维监测站点数", "≥86个", (">=", 86, "个"), "20", "86个", "20"),
            Ind("产出指标", "质量指标", "监测站点正常运行率", "≥95%", (">=", 95, "%"), "20", "98%", "20"),
            Ind("产出指标", "时效指标", "故障修复时限", "≤72小时", ("<=", 72, "小时"), "10", "96小时", "7",
                "偏远站点交通不便"),
            Ind("效益指标", "社会效益指标", "预警信息发布覆盖率", "100%", ("=", 100, "%"), "20", "100%", "20"),
            Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "20", "94%", "20"),
        ], "优秀")
    _hun_project_self_eval(
        doc, "小型水库维修养护", "43100224Y000000107758", "郴州市北湖区水利工程管理站",
        [("300.00", "300.00", "262.50"), ("300.00", "300.00", "262.50"), ("", "0.00", "0.00"), ("", "", "")],
        ("完成小型水库日常维修养护，确保安全度汛。", "完成28座水库维修养护，2座因汛期推迟。"), [
            Ind("产出指标", "数量指标", "维修养护水库座数", "30座", ("=", 30, "座"), "20", "28座", "17",
                "汛期施工窗口短"),
            Ind("产出指标", "质量指标", "维修工程验收合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
            Ind("产出指标", "成本指标", "单座水库养护成本", "≤10万元", ("<=", 10, "万元"), "10", "9.4万元", "10"),
            Ind("效益指标", "社会效益指标", "水库安全运行", "无垮坝事故", Q, "20", "无垮坝事故", "20"),
            Ind("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", (">=", 90, "%"), "20", "86%", "16",
                "部分群众对工期有意见"),
        ], "良好")
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 遵义


def layout_gz_zy_yth_self_evals_yuan_stacked(folder: Path, name: str) -> FileGold:
    dept = "遵义市汇川区交通运输局"
    doc = FormDoc(name, "2024年度项目支出绩效自评表", dept, 2024,
                  cover=[("2024年度项目支出绩效自评表", 22), (f"填报单位：{dept}", 16), ("（预算管理一体化系统导出）", 12)])
    evals = [
        ("农村公路养护工程", "52030324T000000052106", "遵义市汇川区公路管理段",
         [("年度资金总额", "6,800,000.00", "6,512,300.00"), ("其中：财政拨款", "6,000,000.00", "5,812,300.00"),
          ("上年结转", "800,000.00", "700,000.00"), ("其他资金", "", "")],
         ("完成农村公路日常养护和危桥改造。", "完成养护里程412公里，危桥改造3座。"), [
             Ind("产出指标", "数量指标", "农村公路养护里程", "≥400公里", (">=", 400, "公里"), "20", "412公里", "20"),
             Ind("产出指标", "数量指标", "危桥改造座数", "3座", ("=", 3, "座"), "10", "3座", "10"),
             Ind("产出指标", "质量指标", "优良中等路率", "≥80%", (">=", 80, "%"), "15", "82%", "15"),
             Ind("产出指标", "时效指标", "年度养护任务完成时间", "2024年12月31日前", D, "10", "2024年12月20日", "10"),
             Ind("效益指标", "社会效益指标", "群众出行条件", "明显改善", Q, "15", "明显改善", "14"),
             Ind("效益指标", "可持续影响指标", "农村公路管养机制", "持续完善", Q, "10", "持续完善", "10"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), "10", "91%", "10"),
         ], "优"),
        ("城乡客运公交化改造补助", "52030324T000000052149", "遵义市汇川区交通运输局",
         [("年度资金总额", "2,400,000.00", "1,968,000.00"), ("其中：财政拨款", "2,400,000.00", "1,968,000.00"),
          ("上年结转", "", ""), ("其他资金", "", "")],
         ("新开通城乡公交线路，推进城乡客运一体化。", "新开通线路4条，车辆购置补助部分未兑付。"), [
             Ind("产出指标", "数量指标", "新开通城乡公交线路", "≥5条", (">=", 5, "条"), "20", "4条", "16",
                 "1条线路道路条件未达标"),
             Ind("产出指标", "质量指标", "车辆安全检验合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind("效益指标", "社会效益指标", "建制村通客车率", "100%", ("=", 100, "%"), "30", "100%", "30"),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥85%", (">=", 85, "%"), "20", "88%", "20"),
         ], "良"),
    ]
    for project, code, unit_name, money, goal, inds, grade in evals:
        rate_txt, rate_score = _rate(money[0][1], money[0][2])
        total = _total(rate_score, inds)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 3, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 3, unit_name))
        rows.add((0, 1, "项目资金（元）"), (1, 2, "全年预算数"), (3, 2, "全年执行数"), (5, 1, "执行率"), (6, 1, "分值"),
                 (7, 1, "得分"))
        for k, (label, budget, executed) in enumerate(money):
            line = [(0, 1, label), (1, 2, budget), (3, 2, executed)]
            if k == 0:
                line += [(5, 1, rate_txt), (6, 1, "10"), (7, 1, f"{rate_score}")]
            else:
                rate = _rate(budget, executed)[0] if budget and executed and budget != "0.00" else "—"
                line += [(5, 1, rate), (6, 1, "—"), (7, 1, "—")]
            rows.add(*line)
        rows.add((0, 1, "年度目标"), (1, 3, goal[0]), (4, 1, "实际完成情况"), (5, 3, goal[1]))
        rows.add(*[(k, 1, h) for k, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                     "得分", "偏差原因分析及改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 2, "自评得分"), (2, 2, f"{total:.2f}"), (4, 2, "自评等级"), (6, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [76, 56, 84, 74, 74, 56, 40, 64], title="项目支出绩效自评表",
                             editor="（2024年度）", unit_raw="", kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", money[0][1], money[0][2], float(total), grade)
        doc.gold.project(project, "元", code=code, year=money[0][1], fiscal=money[1][1], carried=money[2][1] or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 天水


def layout_gs_ts_budget_dept_wide_then_source_grid(folder: Path, name: str) -> FileGold:
    dept = "天水市麦积区自然资源局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}", 22), (f"{year}年部门预算", 24),
                                                                      ("（公开版）", 14)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "3,742.60"), ("政府性基金预算拨款收入", "1,180.00")],
                  [("自然资源海洋气象等支出", "4,511.40"), ("城乡社区支出", "411.20")])
    # 部门整体支出绩效目标表
    inds = [
        Ind("产出指标", "数量指标", "国土空间规划编制完成数", "≥3项", (">=", 3, "项")),
        Ind("产出指标", "数量指标", "土地卫片执法图斑核查数", "≥600个", (">=", 600, "个")),
        Ind("产出指标", "质量指标", "耕地保有量", "≥62.5万亩", (">=", 62.5, "万亩")),
        Ind("产出指标", "时效指标", "不动产登记办理时限", "≤5个工作日", ("<=", 5, "个工作日")),
        Ind("效益指标", "社会效益指标", "违法用地整改到位率", "≥95%", (">=", 95, "%")),
        Ind("效益指标", "可持续影响指标", "自然资源保护利用水平", "持续提升", Q),
        Ind("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%", (">=", 95, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    rows.put(r, 1, 1, 1, "合计")
    rows.put(r, 2, 1, 2, "财政拨款")
    rows.put(r, 4, 1, 2, "其他资金")
    rows.put(r + 1, 1, 1, 1, "4,922.60")
    rows.put(r + 1, 2, 1, 2, "4,922.60")
    rows.put(r + 1, 4, 1, 2, "0.00")
    rows.add((0, 1, "年度主要任务"), (1, 5, "1.国土空间规划编制；2.耕地保护和土地执法；3.不动产登记；4.地质灾害防治。"))
    rows.add((0, 1, "年度总体目标"), (1, 5, "严守耕地保护红线，提升自然资源管理和服务水平。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
    doc.pages.grid(_spec(rows.cells, rows.n, [96, 92, 90, 80, 60, 60], title=f"{year}年部门整体支出绩效目标表",
                         editor=f"部门（单位）：{dept}", unit_raw=""), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("地质灾害综合防治", ("260.00", "", "1,500.00", "", "1,760.00"), "实施地质灾害工程治理和搬迁避让，减少人员伤亡。", [
            Ind("产出指标", "数量指标", "工程治理隐患点数", "≥4处", (">=", 4, "处"), "20"),
            Ind("产出指标", "数量指标", "群测群防监测点数", "≥210处", (">=", 210, "处"), "10"),
            Ind("产出指标", "质量指标", "治理工程验收合格率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "治理工程完工时间", "2025年10月底前", D, "10"),
            Ind("效益指标", "社会效益指标", "受威胁群众安全", "有效保障", Q, "30"),
            Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
        ("全域土地综合整治", ("", "", "", "680.00", "680.00"), "开展全域土地综合整治试点，新增耕地。", [
            Ind("产出指标", "数量指标", "新增耕地面积", "≥800亩", (">=", 800, "亩"), "30"),
            Ind("产出指标", "质量指标", "新增耕地质量等别提升", "≥1个等别", (">=", 1, "个等别"), "20"),
            Ind("效益指标", "经济效益指标", "新增耕地指标收益", "≥1200万元", (">=", 1200, "万元"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "项目区村民满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
        ("不动产登记信息平台运维", ("96.00", "", "", "", "96.00"), "保障不动产登记信息平台稳定运行。", [
            Ind("产出指标", "数量指标", "平台运维服务时长", "12个月", ("=", 12, "个月"), "30"),
            Ind("产出指标", "质量指标", "系统可用率", "≥99%", (">=", 99, "%"), "30"),
            Ind("效益指标", "社会效益指标", "登记业务网办率", "≥80%", (">=", 80, "%"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%", (">=", 95, "%"), "20"),
        ]),
    ]
    labels = ("一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "专项债券资金", "中央补助资金", "合计")
    for project, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "实施单位"), (3, 2, dept))
        r = rows.n
        rows.put(r, 0, len(labels) + 1, 1, "项目资金")
        rows.put(r, 1, 1, 2, "资金来源")
        rows.put(r, 3, 1, 2, "金额（万元）")
        for k, (label, v) in enumerate(zip(labels, money), 1):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, v)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重（%）"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [100, 110, 140, 96, 54], title=f"{year}年项目支出绩效目标表",
                             editor=f"部门（单位）：{dept}", unit_raw=""), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        fiscal = next((m for m in money[:2] if m), None)
        doc.gold.project(project, "万元", year=money[4], fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建 南平


def layout_fj_np_yth_labels_above_targets_in_words(folder: Path, name: str) -> FileGold:
    dept = "南平市建阳区文体和旅游局"
    doc = FormDoc(name, "2025年度项目支出绩效目标申报表", dept, 2025)
    projects = [
        ("朱子文化传承保护", "35070325T000000021570", "南平市建阳区朱子文化研究中心",
         ("150.00", "120.00", "30.00", ""), "开展朱子文化遗存保护和研学活动，扩大朱子文化影响力。", [
             Ind("产出指标", "数量指标", "文化遗存修缮处数", "不少于5处", (">=", 5, "处"), "15"),
             Ind("产出指标", "数量指标", "研学活动场次", "达到40场", (">=", 40, "场"), "15"),
             Ind("产出指标", "质量指标", "修缮工程验收合格率", "达到100%", (">=", 100, "%"), "10"),
             Ind("产出指标", "时效指标", "修缮工程完成时间", "2025年11月30日前", D, "10"),
             Ind("产出指标", "成本指标", "单处修缮成本", "控制在18万元以内", ("<=", 18, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "研学参与人数", "不低于6000人次", (">=", 6000, "人次"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "参与群众满意度", "不低于90%", (">=", 90, "%"), "20"),
         ]),
        ("全民健身设施更新", "35070325T000000021604", "南平市建阳区文体和旅游局",
         ("245.00", "210.00", "", "35.00"), "更新乡镇全民健身路径，方便群众就近健身。", [
             Ind("产出指标", "数量指标", "更新健身路径数", "不少于25条", (">=", 25, "条"), "20"),
             Ind("产出指标", "质量指标", "器材安装验收合格率", "达到100%", (">=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "器材安装周期", "不超过60天", ("<=", 60, "天"), "10"),
             Ind("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "高于42%", (">", 42, "%"), "30"),
             Ind("满意度指标", "服务对象满意度指标", "健身群众满意度", "不低于92%", (">=", 92, "%"), "20"),
         ]),
    ]
    for project, code, unit_name, money, goal, inds in projects:
        total, fiscal, other, carried = money
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 2, "项目编码"), (4, 1, "主管部门"), (5, 1, "实施单位"))
        rows.add((0, 2, project), (2, 2, code), (4, 1, dept), (5, 1, unit_name))
        rows.add((0, 6, "项目资金（万元）"))
        rows.add((0, 2, "资金总额"), (2, 1, "财政拨款"), (3, 1, "其他资金"), (4, 2, "上年结转"))
        rows.add((0, 2, total), (2, 1, fiscal), (3, 1, other), (4, 2, carried))
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [72, 88, 60, 80, 110, 96], title="项目支出绩效目标申报表",
                             editor="填报日期：2025-01-08", unit_raw=""), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=total, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 大连


def layout_ln_dl_budget_landscape_list_code_money(folder: Path, name: str) -> FileGold:
    dept = "大连市甘井子区市场监督管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "5,236.80")],
                  [("一般公共服务支出", "4,880.30"), ("社会保障和就业支出", "356.50")])
    projects = [
        ("21021125Y000000031022", "食品安全抽检监测", "186.00", "186.00", "完成食品安全监督抽检，及时处置不合格食品。", [
            Ind("产出指标", "数量指标", "食品安全抽检批次", "≥2600批次", (">=", 2600, "批次"), "30"),
            Ind("产出指标", "质量指标", "不合格食品核查处置率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "抽检结果公布时限", "≤20个工作日", ("<=", 20, "个工作日"), "10"),
            Ind("效益指标", "社会效益指标", "食品安全评价性抽检合格率", "≥98%", (">=", 98, "%"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥85%", (">=", 85, "%"), "10"),
        ]),
        ("21021125Y000000031057", "特种设备安全监察", "92.50", "80.00", "开展特种设备安全检查和隐患排查。", [
            Ind("产出指标", "数量指标", "检查特种设备使用单位", "≥900家", (">=", 900, "家"), "30"),
            Ind("产出指标", "质量指标", "隐患整改率", "≥98%", (">=", 98, "%"), "20"),
            Ind("效益指标", "社会效益指标", "特种设备万台死亡率", "≤0.1", ("<=", 0.1, None), "30"),
            Ind("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
        ("21021125T000000031093", "知识产权强区建设", "60.00", "60.00", "提升知识产权创造、保护和运用水平。", [
            Ind("产出指标", "数量指标", "高价值发明专利新增量", "≥120件", (">=", 120, "件"), "30"),
            Ind("产出指标", "数量指标", "知识产权维权援助案件", "≥40件", (">=", 40, "件"), "20"),
            Ind("产出指标", "时效指标", "资助资金兑现时间", "2025年12月底前", D, "10"),
            Ind("效益指标", "经济效益指标", "知识产权质押融资额", "≥1.5亿元", (">=", 1.5, "亿元"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
    ]
    rows = _Rows()
    heads = ("项目编码", "项目名称", "资金总额（万元）", "其中：财政拨款", "年度绩效目标", "一级指标", "二级指标", "三级指标",
             "指标值", "权重")
    rows.add(*[(k, 1, h) for k, h in enumerate(heads)])
    rows.add(*[(k, 1, str(k + 1)) for k in range(len(heads))])
    for code, project, total, fiscal, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.raw), (9, 1, i.weight)])
        for col, text in enumerate((code, project, total, fiscal, goal)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=total, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [120, 70, 56, 56, 104, 54, 66, 100, 80, 34],
                         title=f"{year}年项目支出绩效目标表", editor=f"部门：{dept}", unit_raw="单位：万元",
                         landscape=True), repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


BLIND55: dict[str, Builder] = {
    "hb_xg_yth_mid_year_money_columns": layout_hb_xg_yth_mid_year_money_columns,
    "gd_sg_yth_income_source_lines_yuan": layout_gd_sg_yth_income_source_lines_yuan,
    "sc_ms_budget_yth_pairs_four_a_row": layout_sc_ms_budget_yth_pairs_four_a_row,
    "ha_ly_budget_two_forms_a_page_stacked_money": layout_ha_ly_budget_two_forms_a_page_stacked_money,
    "jx_gz_yth_landscape_mid_year_yuan_unit_column": layout_jx_gz_yth_landscape_mid_year_yuan_unit_column,
    "bj_cy_yth_long_form_total_heads_repeated": layout_bj_cy_yth_long_form_total_heads_repeated,
    "hun_cz_accounts_dept_and_project_self_evals": layout_hun_cz_accounts_dept_and_project_self_evals,
    "gz_zy_yth_self_evals_yuan_stacked": layout_gz_zy_yth_self_evals_yuan_stacked,
    "gs_ts_budget_dept_wide_then_source_grid": layout_gs_ts_budget_dept_wide_then_source_grid,
    "fj_np_yth_labels_above_targets_in_words": layout_fj_np_yth_labels_above_targets_in_words,
    "ln_dl_budget_landscape_list_code_money": layout_ln_dl_budget_landscape_list_code_money,
}
SETS: dict[str, dict[str, Builder]] = {"blind55": BLIND55}


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
    """Write every layout of ``which`` ("blind55") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
