"""BLIND15 performance forms: eleven layouts as provincial departments (省直部门) and their
二级单位 print their 部门整体支出绩效目标表, 项目支出绩效目标表, 项目支出绩效自评表 and
部门整体支出绩效自评表 (河北省教育厅, 山西省卫生健康委员会, 辽宁省交通运输厅, 吉林省疾病预防控制中心
under 吉林省卫生健康委员会, 黑龙江省农业农村厅, 江苏第二师范学院 under 江苏省教育厅, 浙江省生态环境厅,
广东省商务厅, 广西壮族自治区水利厅, 海南省旅游和文化广电体育厅, 甘肃省民政厅), written by an author
who had read neither the form reader nor the earlier blind sets' bodies (only the gold helpers
and page composer of ``form_layouts``, the gold conventions of BLIND9's docstring and the real
disclosures). Each layout writes one PDF and its gold in the format of
``form_layouts.write_set``; the gold is written by hand with ``form_layouts._gold_ind`` and
``FileGold``, never by the normalizers.

Which printed figure is which (total / year / fiscal / carried), layout by layout:

heb_edu_budget_midterm_annual_side_by_side  河北省教育厅 2025 部门预算: budget tables, then the
        财政部 项目支出绩效目标表 with 中期 and 年度 side by side: money rows 资金总额 / 其中：财政拨款
        / 其他资金 under two heads 中期资金总额 | 年度资金总额 (万元, separators); total = 资金总额
        under 中期资金总额, year = 资金总额 under 年度资金总额, fiscal = 财政拨款 under 年度资金总额;
        goals 中期目标 | 年度目标; grid header 绩效指标 over 一级 | 二级 | 三级 and 指标值 over
        中期指标值 | 年度指标值 (gold target = 年度指标值)
sx_health_budget_dept_tasks_weighted  山西省卫生健康委员会 2025 部门预算 ending with a
        部门整体支出绩效目标表: 年度主要任务 rows with 预算资金（万元） split 合计 | 财政拨款 | 其他资金
        and a 合计 row (department money: no project), grid with 指标值 and 权重（%）, targets
        不低于 / 不超过 / 不少于 / ranges / a deadline / 0 targets
ln_transport_accounts_self_evals_yuan_letters  辽宁省交通运输厅 2024 部门决算: accounts tables,
        two 项目支出绩效自评表 in 元 with separators (3,860,000.00): money columns 年初预算数 |
        全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 / 其中：财政拨款 / 上年结转资金 /
        其他资金; budget = 全年预算数 of 年度资金总额, year the same, fiscal = 全年预算数 of 财政拨款,
        carried = 全年预算数 of 上年结转资金 where not 0.00; 自评等级 printed as a letter (A / B)
        followed by the printed key (A为优 …): A B C D read 优 良 中 差
jl_cdc_unit_self_eval_label_rows_no_level1  吉林省疾病预防控制中心 (二级单位) 2024 项目支出绩效
        自评表: money as label | value rows (年初预算数（元） | 全年预算数（元） | 全年执行数（元） |
        执行率 | 分值 | 得分), amounts in 元 with no separators (2650000.00); budget = 全年预算数,
        year the same, no fiscal printed; grid without 一级 (二级 | 三级 | 年度指标值 | 实际完成值 |
        分值 | 得分 | 偏差原因), grade word 良好
hlj_agri_budget_landscape_list_nature_columns  黑龙江省农业农村厅 2025 部门预算: budget tables,
        then a landscape list 项目名称 | 项目金额（万元） over 合计 | 本年拨款 | 上年结转 | 年度绩效目标 |
        一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位; year = 合计, fiscal = 本年拨款, carried =
        上年结转 (not where 0.00); 指标性质 in words (大于等于, 小于等于, 等于, 定性); project cells
        merged over their rows
js_university_unit_yuan_heads_above_no_level1  江苏第二师范学院 (二级单位 of 江苏省教育厅) 2025 单位
        预算 forms: money heads above the amounts in 元 (no separators): 项目总额 | 财政拨款 |
        财政专户管理资金 | 单位资金; year = 项目总额, fiscal = 财政拨款; grid 二级指标 | 三级指标 |
        指标值 | 权重 (no 一级 printed)
zj_ecology_dept_self_eval_grade_word  浙江省生态环境厅 2024 部门整体支出绩效自评表: money rows 年度
        资金总额 / 其中：基本支出 / 项目支出 under 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
        得分 (万元); budget = 全年预算数 of 年度资金总额 (department: no project); 综合评价等级 优秀
gd_commerce_two_forms_per_page_labels_above  广东省商务厅 2025 项目支出绩效目标表, two short
        forms on a page: money labels above their amounts in one row each (项目总金额 | 本年度金额 |
        其中：财政资金 | 上年结转资金, 万元); total = 项目总金额, year = 本年度金额, fiscal = 财政资金,
        carried = 上年结转资金; grid header 绩效指标 merged over 一级 | 二级 | 三级 | 指标值
gx_water_self_evals_transposed_money  广西壮族自治区水利厅 2024 项目支出绩效自评表: money
        transposed (rows 年初预算数 / 全年预算数 / 全年执行数, columns 合计 | 财政拨款 | 其他资金, 万元),
        then one row 预算执行率 | 分值 | 得分; budget = 全年预算数 × 合计, executed = 全年执行数 × 合计,
        year = 全年预算数 × 合计, fiscal = 全年预算数 × 财政拨款; grades 优秀 / 良好 in 自评等级
hi_tourism_budget_fiscal_subheads_yuan  海南省旅游和文化广电体育厅 2025 部门预算: budget tables,
        then project forms whose money heads are two rows: 合计 | 财政拨款 (小计 | 一般公共预算 |
        政府性基金) | 其他资金, amounts in 元 with separators; year = 合计, fiscal = 财政拨款 小计;
        grid 一级 | 二级 | 三级 | 指标值 | 指标值说明
gs_civil_affairs_long_form_colnums_repeated  甘肃省民政厅 2025: one long landscape 项目支出绩效目标表
        for one project over pages, money as label | value pairs in one row (资金总额 | 财政拨款 |
        其他资金, 万元: year = 资金总额, fiscal = 财政拨款), a three-row grid header (绩效指标 |
        一级 二级 三级 | column numbers 1 … 6) repeated on each page, merged level cells cut by the
        break, ranges, deadlines, 权重

Gold conventions: BLIND9's (target_raw the 年度 value as printed, split columns joined in reading
order with no separator; ≥ / 不低于 / 不少于 / 大于等于 read ">="; ≤ / 不超过 / 不高于 / 小于等于 read
"<="; 等于 and a bare figure "="; "85%-95%" and "3～5个工作日" are ranges; a deadline stays raw with no
comparator; a state is qualitative; 定性 in a 指标性质 column joins the target). This set's rulings:
a 中期 figure (资金总额 under 中期资金总额) is the project's total; a letter grade reads through the
key printed beside it (A 优, B 良, C 中, D 差); 上年结转 printed as 0.00 is no carried money; a
二级单位's own document has the unit as its department.
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
                  spending: list[tuple[str, str]], part: str = "第四部分  绩效目标") -> None:
    """The front of a 部门预算: contents, 部门概况, two budget tables, the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   part, "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职责。{dept}贯彻落实省委省政府决策部署，履行本领域行政管理职责。",
        "二、部门预算单位构成。本部门预算由部门本级和所属预算单位预算组成。",
        f"三、{year}年主要工作任务。聚焦年度重点任务，统筹资金保障，提升财政资金使用效益。",
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
    doc.pages.table(TableSpec(f"{year}年部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body,
                              ["l", "r", "l", "r"]))
    fbody = [plain_row([name, v, v, "0.00"]) for name, v in spending]
    fbody.append(plain_row(["合计", f"{total_out:,.2f}", f"{total_out:,.2f}", "0.00"]))
    doc.pages.table(TableSpec(f"{year}年一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [200, 100, 100, 100],
                              [(0, 0, 1, 1, "功能分类科目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出"),
                               (0, 3, 1, 1, "项目支出")], 1, fbody, ["l", "r", "r", "r"]))
    doc.pages.text_page(part, [f"按照全面实施预算绩效管理的要求，{dept}{year}年部门预算绩效目标如下表所示。"])


def _rate_score(budget: str, executed: str) -> tuple[str, str, float]:
    """执行率 and its score (分值 10) as the form prints them, and the score as a number."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b * 100
    score = min(Decimal(10), (e / b * 10).quantize(Decimal("0.01")))
    return f"{rate:.2f}%", f"{score:.2f}", float(score)


def _total(rate_score: float, inds: list[Ind]) -> float:
    return round(rate_score + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- 河北


def layout_heb_edu_budget_midterm_annual_side_by_side(folder: Path, name: str) -> FileGold:
    dept = "河北省教育厅"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "486,320.15"), ("二、事业收入", "212,450.00")],
                  [("一、教育支出", "672,105.35"), ("二、社会保障和就业支出", "26,664.80")])
    projects = [
        ("省属高校一流学科建设专项资金", "130000250100000031", "15,000.00", "5,000.00", "14,400.00", "4,800.00",
         "600.00", "200.00",
         "支持省属高校建设一批国内一流学科，带动学科整体水平提升。",
         "支持重点建设学科开展平台建设、人才引育和科研攻关。", [
             Ind("产出指标", "数量指标", "支持建设学科数", "≥25个", (">=", 25, "个"), period="≥25个"),
             Ind("产出指标", "数量指标", "引进高层次人才", "≥60人", (">=", 60, "人"), period="≥180人"),
             Ind("产出指标", "质量指标", "学科进入全国前30%比例", "不低于40%", (">=", 40, "%"), period="不低于50%"),
             Ind("产出指标", "时效指标", "资金下达时间", "2025年4月底前", (None, None, None), period="每年4月底前"),
             Ind("效益指标", "社会效益指标", "服务地方产业技术合同项数", "≥300项", (">=", 300, "项"), period="≥1000项"),
             Ind("效益指标", "可持续影响指标", "学科建设长效机制", "基本建立", Q, period="健全完善"),
             Ind("满意度指标", "服务对象满意度指标", "高校满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ]),
        ("学前教育发展专项资金", "130000250100000047", "36,000.00", "12,000.00", "12,000.00", "12,000.00",
         "0.00", "0.00",
         "扩大普惠性学前教育资源，普惠性幼儿园覆盖率达到92%。",
         "新建改扩建公办幼儿园，提高普惠性学前教育保障水平。", [
             Ind("产出指标", "数量指标", "新建改扩建公办幼儿园", "≥120所", (">=", 120, "所"), period="≥360所"),
             Ind("产出指标", "数量指标", "新增公办学位", "不少于1.5万个", (">=", 1.5, "万个"), period="不少于4.5万个"),
             Ind("产出指标", "质量指标", "幼儿园保教质量评估达标率", "≥95%", (">=", 95, "%"), period="≥98%"),
             Ind("产出指标", "成本指标", "生均公用经费补助标准", "600元/生·年", ("=", 600, "元/生·年"),
                 period="600元/生·年"),
             Ind("效益指标", "社会效益指标", "普惠性幼儿园覆盖率", "≥90%", (">=", 90, "%"), period="≥92%"),
             Ind("效益指标", "社会效益指标", "学前三年毛入园率", "91%-93%", ("range", 91, "%", 93), period="≥93%"),
             Ind("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥85%", (">=", 85, "%"), period="≥90%"),
         ]),
    ]
    widths = [62, 76, 150, 92, 92]
    for project, code, mid_total, total, mid_fiscal, fiscal, mid_other, other, mid_goal, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门及代码"), (1, 2, f"{dept}（101）"), (3, 1, "实施单位"), (4, 1, "省属高校"))
        rows.add((0, 1, "项目编码"), (1, 4, code))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "")
        rows.put(r, 3, 1, 1, "中期资金总额")
        rows.put(r, 4, 1, 1, "年度资金总额")
        for k, (label, a, b) in enumerate((("资金总额", mid_total, total), ("其中：财政拨款", mid_fiscal, fiscal),
                                           ("其他资金", mid_other, other)), 1):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 1, a)
            rows.put(r + k, 4, 1, 1, b)
        r = rows.n
        rows.put(r, 0, 2, 1, "总体目标")
        rows.put(r, 1, 1, 2, "中期目标（2025-2027年）")
        rows.put(r, 3, 1, 2, "年度目标")
        rows.put(r + 1, 1, 1, 2, mid_goal)
        rows.put(r + 1, 3, 1, 2, goal)
        r = rows.n
        rows.put(r, 0, 1, 3, "绩效指标")
        rows.put(r, 3, 1, 2, "指标值")
        for col, head in enumerate(("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")):
            rows.put(r + 1, col, 1, 1, head)
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.period), (4, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"部门名称：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, total=mid_total, year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西


def layout_sx_health_budget_dept_tasks_weighted(folder: Path, name: str) -> FileGold:
    dept = "山西省卫生健康委员会"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 20)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "158,240.60"), ("二、事业收入", "402,118.00")],
                  [("一、卫生健康支出", "548,932.40"), ("二、社会保障和就业支出", "11,426.20")],
                  part="第四部分  部门整体支出绩效目标")
    tasks = [("公共卫生服务", "重大传染病防控、免疫规划和慢病管理", "42,600.00", "40,100.00", "2,500.00"),
             ("医疗服务能力提升", "省级区域医疗中心和重点专科建设", "86,250.00", "30,250.00", "56,000.00"),
             ("中医药传承创新", "中医药重点学科和基层中医馆建设", "8,400.00", "8,400.00", "0.00"),
             ("卫生健康人才培养", "住院医师规范化培训和基层人才培训", "15,320.00", "15,320.00", "0.00")]
    inds = [
        Ind("产出指标", "数量指标", "住院医师规范化培训招收人数", "不少于2000人", (">=", 2000, "人"), "10"),
        Ind("产出指标", "数量指标", "省级临床重点专科建设数", "≥30个", (">=", 30, "个"), "10"),
        Ind("产出指标", "数量指标", "基层中医馆建设数", "80个", ("=", 80, "个"), "5"),
        Ind("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", "不低于90%", (">=", 90, "%"), "10"),
        Ind("产出指标", "质量指标", "甲乙类传染病报告发病率", "不超过220/10万", ("<=", 220, "/10万"), "10"),
        Ind("产出指标", "时效指标", "传染病疫情报告及时率", "100%", ("=", 100, "%"), "5"),
        Ind("产出指标", "成本指标", "日常公用经费", "≤3200万元", ("<=", 3200, "万元"), "5"),
        Ind("效益指标", "社会效益指标", "人均预期寿命", "≥78.5岁", (">=", 78.5, "岁"), "10"),
        Ind("效益指标", "社会效益指标", "孕产妇死亡率", "≤12/10万", ("<=", 12, "/10万"), "5"),
        Ind("效益指标", "社会效益指标", "重大医疗安全责任事故", "0起", ("=", 0, "起"), "5"),
        Ind("效益指标", "可持续影响指标", "县域内就诊率", "88%-92%", ("range", 88, "%", 92), "5"),
        Ind("效益指标", "可持续影响指标", "紧密型县域医共体建设", "2025年底前全覆盖", (None, None, None), "5"),
        Ind("满意度指标", "服务对象满意度指标", "门诊患者满意度", "≥90%", (">=", 90, "%"), "10"),
        Ind("满意度指标", "服务对象满意度指标", "住院患者满意度", "不低于92%", (">=", 92, "%"), "5"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 6, dept))
    r = rows.n
    rows.put(r, 0, len(tasks) + 3, 1, "年度主要任务")
    rows.put(r, 1, 2, 1, "任务名称")
    rows.put(r, 2, 2, 2, "主要内容")
    rows.put(r, 4, 1, 3, "预算资金（万元）")
    rows.put(r + 1, 4, 1, 1, "合计")
    rows.put(r + 1, 5, 1, 1, "财政拨款")
    rows.put(r + 1, 6, 1, 1, "其他资金")
    for k, (task, content, total, fiscal, other) in enumerate(tasks, 2):
        rows.put(r + k, 1, 1, 1, task)
        rows.put(r + k, 2, 1, 2, content)
        rows.put(r + k, 4, 1, 1, total)
        rows.put(r + k, 5, 1, 1, fiscal)
        rows.put(r + k, 6, 1, 1, other)
    k = len(tasks) + 2
    rows.put(r + k, 1, 1, 3, "合计")
    rows.put(r + k, 4, 1, 1, "152,570.00")
    rows.put(r + k, 5, 1, 1, "94,070.00")
    rows.put(r + k, 6, 1, 1, "58,500.00")
    rows.add((0, 1, "年度绩效目标"), (1, 6, "巩固公共卫生防控体系，提升医疗服务能力，推进中医药传承创新，居民主要健康指标保持中部地区前列。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (5, 1, "指标值"), (6, 1, "权重（%）"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 3, i.name), (5, 1, i.raw), (6, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [60, 80, 60, 70, 70, 90, 60], title=f"{year}年部门整体支出绩效目标表",
                         editor=f"部门（单位）：{dept}", kind="dept_performance_targets"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁


def layout_ln_transport_accounts_self_evals_yuan_letters(folder: Path, name: str) -> FileGold:
    dept = "辽宁省交通运输厅"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "325,614.28"), ("二、政府性基金预算财政拨款收入", "48,210.00")],
                    [("一、交通运输支出", "361,402.66"), ("二、社会保障和就业支出", "12,421.62")])
    evals = [
        ("普通国省干线公路养护工程", "辽宁省公路事业发展中心",
         {"total": ("3,860,000.00", "4,120,000.00", "3,987,640.50"), "fiscal": ("3,860,000.00", "3,860,000.00", "3,780,220.00"),
          "carried": ("0.00", "260,000.00", "207,420.50"), "other": ("0.00", "0.00", "0.00")},
         "完成干线公路养护工程，优良路率稳步提升。", "完成养护里程412公里，优良路率88.6%。", [
             Ind("产出指标", "数量指标", "养护工程里程", "≥400公里", (">=", 400, "公里"), "15", "412公里", "15"),
             Ind("产出指标", "数量指标", "危桥改造座数", "≥12座", (">=", 12, "座"), "10", "11座", "8.5",
                 "1座危桥因汛期顺延施工，计划次年5月完工"),
             Ind("产出指标", "质量指标", "工程交工验收合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标", "时效指标", "养护工程完工时间", "2024年11月底前", (None, None, None), "10",
                 "2024年11月20日", "10"),
             Ind("效益指标", "社会效益指标", "干线公路优良路率", "≥85%", (">=", 85, "%"), "15", "88.6%", "15"),
             Ind("效益指标", "社会效益指标", "养护作业安全责任事故", "0起", ("=", 0, "起"), "10", "0起", "10"),
             Ind("效益指标", "可持续影响指标", "路网服务水平", "持续提升", Q, "10", "持续提升", "9.5"),
             Ind("满意度指标", "服务对象满意度指标", "公众出行满意度", "≥85%", (">=", 85, "%"), "10", "87.3%", "10"),
         ], "A"),
        ("农村公路危桥改造补助", "各市交通运输局",
         {"total": ("5,200,000.00", "5,200,000.00", "4,368,000.00"), "fiscal": ("5,200,000.00", "5,200,000.00", "4,368,000.00"),
          "carried": ("0.00", "0.00", "0.00"), "other": ("0.00", "0.00", "0.00")},
         "补助改造农村公路危桥，消除安全隐患。", "完成危桥改造31座，4座未完工。", [
             Ind("产出指标", "数量指标", "改造农村公路危桥", "35座", ("=", 35, "座"), "20", "31座", "15.5",
                 "部分项目前期手续滞后，加快推进"),
             Ind("产出指标", "质量指标", "改造桥梁技术状况达标率", "≥95%", (">=", 95, "%"), "15", "96%", "15"),
             Ind("产出指标", "时效指标", "补助资金拨付时限", "≤30日", ("<=", 30, "日"), "10", "25日", "10"),
             Ind("产出指标", "成本指标", "单座桥梁补助标准", "不超过15万元", ("<=", 15, "万元"), "10", "14.8万元", "10"),
             Ind("效益指标", "社会效益指标", "农村群众通行安全保障", "明显改善", Q, "20", "有所改善", "14",
                 "未完工桥梁仍需设置限行"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "不低于90%", (">=", 90, "%"), "15", "91%", "15"),
         ], "B"),
    ]
    for project, unit_name, money, goal, done, inds, grade in evals:
        rate, rate_score, rate_num = _rate_score(money["total"][1], money["total"][2])
        total = _total(rate_num, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 5, 1, "项目资金（元）")
        rows.put(r, 1, 1, 2, "")
        for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 3 + k, 1, 1, head)
        lines = (("年度资金总额", *money["total"], "10", rate, rate_score),
                 ("其中：财政拨款", *money["fiscal"], "—", "—", "—"),
                 ("上年结转资金", *money["carried"], "—", "—", "—"),
                 ("其他资金", *money["other"], "—", "—", "—"))
        for k, line in enumerate(lines, 1):
            rows.put(r + k, 1, 1, 2, line[0])
            for j, v in enumerate(line[1:]):
                rows.put(r + k, 3 + j, 1, 1, v)
        r = rows.n
        rows.put(r, 0, 2, 1, "年度总体目标")
        rows.put(r, 1, 1, 4, "预期目标")
        rows.put(r, 5, 1, 4, "实际完成情况")
        rows.put(r + 1, 1, 1, 4, goal)
        rows.put(r + 1, 5, 1, 4, done)
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                  "偏差原因分析及改进措施")):
            rows.put(r, 1 + k, 1, 1, head)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 1, i.note)])
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
        rows.add((0, 6, "自评等级"), (6, 3, grade))
        rows.add((0, 9, "说明：自评等级A为优（90分及以上），B为良（80（含）-90分），C为中（60（含）-80分），D为差（60分以下）。"))
        doc.pages.grid(_spec(rows.cells, rows.n, [36, 44, 54, 80, 76, 76, 40, 44, 76],
                             title=f"项目支出绩效自评表（{year}年度）", unit_raw="单位：元",
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", money["total"][1], money["total"][2], total,
                                 {"A": "优", "B": "良", "C": "中", "D": "差"}[grade])
        carried = money["carried"][1]
        doc.gold.project(project, "元", year=money["total"][1], fiscal=money["fiscal"][1],
                         carried=None if carried == "0.00" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林


def layout_jl_cdc_unit_self_eval_label_rows_no_level1(folder: Path, name: str) -> FileGold:
    dept = "吉林省疾病预防控制中心"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评报告", dept, year,
                  cover=[(f"{dept}", 22), (f"{year}年度项目支出绩效自评报告", 18), ("主管部门：吉林省卫生健康委员会", 14)])
    doc.pages.text_page("一、项目基本情况", [
        "重大传染病防控项目用于全省艾滋病、结核病、病毒性肝炎等重大传染病监测和实验室检测能力建设。",
        "二、绩效自评结论。项目总体执行良好，部分实验室设备采购因招标流标顺延，自评结果见下表。",
    ])
    project = "重大传染病防控及实验室检测能力建设"
    budget, executed = "2650000.00", "2411500.00"
    rate, rate_score, rate_num = _rate_score(budget, executed)
    inds = [
        Ind(None, "数量指标", "艾滋病哨点监测点数", "≥40个", (">=", 40, "个"), "10", "42个", "10"),
        Ind(None, "数量指标", "结核病耐药监测样本数", "不少于1200份", (">=", 1200, "份"), "10", "1265份", "10"),
        Ind(None, "数量指标", "购置实验室检测设备", "18台（套）", ("=", 18, "台(套)"), "10", "15台（套）", "5.5",
            "3台设备招标流标，已重新采购"),
        Ind(None, "质量指标", "实验室室间质评合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind(None, "质量指标", "传染病网络直报完整率", "≥98%", (">=", 98, "%"), "10", "99.2%", "10"),
        Ind(None, "时效指标", "突发疫情现场处置到达时间", "≤2小时", ("<=", 2, "小时"), "10", "1.5小时", "10"),
        Ind(None, "社会效益指标", "艾滋病疫情", "控制在低流行水平", Q, "10", "低流行水平", "10"),
        Ind(None, "社会效益指标", "肺结核发病率", "≤40/10万", ("<=", 40, "/10万"), "10", "41.2/10万", "6.6",
            "流动人口发病有所上升，加强主动筛查"),
        Ind(None, "服务对象满意度指标", "基层疾控机构满意度", "≥90%", (">=", 90, "%"), "10", "86%", "8.5",
            "技术指导频次不足"),
    ]
    total = _total(rate_num, inds)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 5, project))
    rows.add((0, 2, "主管部门"), (2, 2, "吉林省卫生健康委员会"), (4, 1, "实施单位"), (5, 2, dept))
    rows.add((0, 2, "年初预算数（元）"), (2, 5, budget))
    rows.add((0, 2, "全年预算数（元）"), (2, 5, budget))
    rows.add((0, 2, "全年执行数（元）"), (2, 5, executed))
    rows.add((0, 2, "预算执行率"), (2, 1, rate), (3, 1, "分值"), (4, 1, "10"), (5, 1, "得分"), (6, 1, rate_score))
    rows.add((0, 2, "年度目标完成情况"), (2, 5, "完成重大传染病哨点监测和耐药监测任务，实验室检测能力进一步提升。"))
    rows.add((0, 1, "二级指标"), (1, 1, "三级指标"), (2, 1, "年度指标值"), (3, 1, "实际完成值"), (4, 1, "分值"),
             (5, 1, "得分"), (6, 1, "偏差原因"))
    _grid_rows(rows, inds, None, 0, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, i.actual), (4, 1, i.weight),
                                               (5, 1, i.score), (6, 1, i.note)])
    rows.add((0, 4, "自评总分"), (4, 3, f"{total:.2f}"))
    rows.add((0, 4, "自评等级"), (4, 3, "良好"))
    doc.pages.grid(_spec(rows.cells, rows.n, [76, 120, 76, 76, 40, 40, 104], title=f"{year}年度项目支出绩效自评表",
                         editor=f"单位名称：{dept}", kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "元", budget, executed, total, "良")
    doc.gold.project(project, "元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 黑龙江


def layout_hlj_agri_budget_landscape_list_nature_columns(folder: Path, name: str) -> FileGold:
    dept = "黑龙江省农业农村厅"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}", 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "612,407.35"), ("二、政府性基金预算拨款收入", "20,000.00")],
                  [("一、农林水支出", "618,305.10"), ("二、社会保障和就业支出", "14,102.25")])
    projects = [
        ("黑土地保护利用", "8,600.00", "8,000.00", "600.00", "实施黑土地保护性耕作，耕地质量稳步提升。", [
            Ind("产出指标", "数量指标", "保护性耕作实施面积", ("大于等于", "3000", "万亩"), (">=", 3000, "万亩")),
            Ind("产出指标", "数量指标", "秸秆还田面积", ("大于等于", "1500", "万亩"), (">=", 1500, "万亩")),
            Ind("产出指标", "质量指标", "作业质量抽检合格率", ("大于等于", "95", "%"), (">=", 95, "%")),
            Ind("产出指标", "时效指标", "补助资金兑付完成时限", ("小于等于", "60", "日"), ("<=", 60, "日")),
            Ind("效益指标", "生态效益指标", "耕地土壤有机质含量", ("定性", "稳中有升", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "农户满意度", ("大于等于", "90", "%"), (">=", 90, "%")),
        ]),
        ("动物疫病强制免疫补助", "3,450.00", "3,450.00", "0.00", "重大动物疫病强制免疫应免尽免，不发生区域性重大动物疫情。", [
            Ind("产出指标", "数量指标", "强制免疫病种数", ("等于", "5", "种"), ("=", 5, "种")),
            Ind("产出指标", "质量指标", "畜禽应免密度", ("大于等于", "90", "%"), (">=", 90, "%")),
            Ind("产出指标", "质量指标", "免疫抗体合格率", ("大于等于", "70", "%"), (">=", 70, "%")),
            Ind("效益指标", "经济效益指标", "区域性重大动物疫情", ("等于", "0", "起"), ("=", 0, "起")),
            Ind("效益指标", "社会效益指标", "畜产品质量安全水平", ("定性", "保持稳定", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "养殖场户满意度", ("大于等于", "85", "%"), (">=", 85, "%")),
        ]),
        ("高标准农田建设管理", "12,300.00", "11,000.00", "1,300.00", "建设高标准农田，提高粮食综合生产能力。", [
            Ind("产出指标", "数量指标", "新建高标准农田面积", ("大于等于", "500", "万亩"), (">=", 500, "万亩")),
            Ind("产出指标", "质量指标", "工程验收合格率", ("等于", "100", "%"), ("=", 100, "%")),
            Ind("产出指标", "成本指标", "亩均财政投入", ("小于等于", "3000", "元"), ("<=", 3000, "元")),
            Ind("效益指标", "经济效益指标", "项目区亩均粮食产能提高", ("大于等于", "50", "公斤"), (">=", 50, "公斤")),
            Ind("效益指标", "可持续影响指标", "工程设施使用年限", ("大于等于", "15", "年"), (">=", 15, "年")),
            Ind("满意度指标", "服务对象满意度指标", "项目区群众满意度", ("大于等于", "90", "%"), (">=", 90, "%")),
        ]),
    ]
    widths = [84, 56, 56, 56, 110, 52, 60, 108, 56, 52, 44]
    rows = _Rows()
    for col, head in ((0, "项目名称"), (4, "年度绩效目标"), (5, "一级指标"), (6, "二级指标"), (7, "三级指标"),
                      (8, "指标性质"), (9, "指标值"), (10, "度量单位")):
        rows.put(0, col, 2, 1, head)
    rows.put(0, 1, 1, 3, "项目金额（万元）")
    for k, head in enumerate(("合计", "本年拨款", "上年结转")):
        rows.put(1, 1 + k, 1, 1, head)
    for project, total, fiscal, carried, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.target[0]), (9, 1, i.target[1]),
                                                 (10, 1, i.target[2])])
        for col, text in ((0, project), (1, total), (2, fiscal), (3, carried), (4, goal)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal, carried=None if carried == "0.00" else carried)
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{dept}{year}年项目支出绩效目标表",
                         unit_raw="单位：万元", landscape=True), repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏


def layout_js_university_unit_yuan_heads_above_no_level1(folder: Path, name: str) -> FileGold:
    dept = "江苏第二师范学院"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年单位预算", dept, year,
                  cover=[(f"{dept}", 24), (f"{year}年单位预算", 22), ("主管部门：江苏省教育厅", 14)])
    projects = [
        ("师范生教育实践基地建设", "2350000.00", "2000000.00", "350000.00", "0.00",
         "建设中小学教育实践基地，提升师范生教学实践能力。", [
             Ind(None, "数量指标", "新建教育实践基地", "≥20个", (">=", 20, "个"), "20"),
             Ind(None, "数量指标", "参加教育实习师范生人数", "不少于2400人", (">=", 2400, "人"), "15"),
             Ind(None, "质量指标", "实习成绩合格率", "≥98%", (">=", 98, "%"), "15"),
             Ind(None, "时效指标", "基地挂牌完成时间", "2025年9月30日前", (None, None, None), "10"),
             Ind(None, "社会效益指标", "师范毕业生教师资格证获取率", "≥95%", (">=", 95, "%"), "20"),
             Ind(None, "服务对象满意度指标", "实习学校满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
        ("图书文献资源购置", "1860000.00", "1200000.00", "0.00", "660000.00",
         "购置纸质图书和数字资源，保障教学科研文献需求。", [
             Ind(None, "数量指标", "新增纸质图书", "≥3.5万册", (">=", 3.5, "万册"), "20"),
             Ind(None, "数量指标", "续订数据库", "12个", ("=", 12, "个"), "15"),
             Ind(None, "质量指标", "图书验收合格率", "100%", ("=", 100, "%"), "15"),
             Ind(None, "成本指标", "纸质图书平均采购折扣", "不高于7.5折", ("<=", 7.5, "折"), "10"),
             Ind(None, "社会效益指标", "生均年借阅量", "较上年有所提高", Q, "20"),
             Ind(None, "服务对象满意度指标", "师生满意度", "90%-95%", ("range", 90, "%", 95), "20"),
         ]),
    ]
    widths = [92, 92, 92, 92, 92, 40]
    for project, total, fiscal, special, own, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "单位名称"), (1, 2, dept), (3, 1, "主管部门"), (4, 2, "江苏省教育厅"))
        rows.add((0, 1, "项目总额"), (1, 1, "财政拨款"), (2, 1, "财政专户管理资金"), (3, 1, "单位资金"), (4, 2, "项目类别"))
        rows.add((0, 1, total), (1, 1, fiscal), (2, 1, special), (3, 1, own), (4, 2, "其他运转类"))
        rows.add((0, 1, "项目绩效目标"), (1, 5, goal))
        rows.add((0, 1, "二级指标"), (1, 2, "三级指标"), (3, 2, "指标值"), (5, 1, "权重"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 2, i.name), (3, 2, i.raw), (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"编制单位：{dept}",
                             unit_raw="金额单位：元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 浙江


def layout_zj_ecology_dept_self_eval_grade_word(folder: Path, name: str) -> FileGold:
    dept = "浙江省生态环境厅"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门整体支出绩效自评表", dept, year)
    money = {"total": ("52,416.80", "58,932.45", "56,208.17"), "basic": ("18,206.30", "18,540.12", "18,402.36"),
             "project": ("34,210.50", "40,392.33", "37,805.81")}
    rate, rate_score, rate_num = _rate_score(money["total"][1], money["total"][2])
    inds = [
        Ind("产出指标", "数量指标", "生态环境执法检查企业数", "≥8000家", (">=", 8000, "家"), "10", "8653家", "10"),
        Ind("产出指标", "数量指标", "国控省控监测断面", "≥300个", (">=", 300, "个"), "5", "306个", "5"),
        Ind("产出指标", "质量指标", "监测数据有效率", "≥95%", (">=", 95, "%"), "10", "98.7%", "10"),
        Ind("产出指标", "时效指标", "环评审批办理时限", "不超过20个工作日", ("<=", 20, "个工作日"), "5", "15个工作日", "5"),
        Ind("产出指标", "成本指标", "“三公”经费支出", "从严控制", Q, "5", "较上年下降6.2%", "5"),
        Ind("效益指标", "生态效益指标", "设区城市PM2.5平均浓度", "≤28微克/立方米", ("<=", 28, "微克/立方米"), "15",
            "27微克/立方米", "15"),
        Ind("效益指标", "生态效益指标", "地表水省控断面Ⅲ类以上比例", "≥95%", (">=", 95, "%"), "10", "97.5%", "10"),
        Ind("效益指标", "社会效益指标", "重特大突发环境事件", "0起", ("=", 0, "起"), "10", "0起", "10"),
        Ind("满意度指标", "服务对象满意度指标", "公众生态环境满意度", "≥88%", (">=", 88, "%"), "20", "86.2%", "18.6",
            "个别地区环境信访较多"),
    ]
    total = _total(rate_num, inds)
    rows = _Rows()
    rows.add((0, 2, "部门名称"), (2, 7, dept))
    r = rows.n
    rows.put(r, 0, 4, 1, "年度预算资金（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, (label, key) in enumerate((("年度资金总额", "total"), ("其中：基本支出", "basic"), ("项目支出", "project")), 1):
        rows.put(r + k, 1, 1, 2, label)
        for j, v in enumerate(money[key]):
            rows.put(r + k, 3 + j, 1, 1, v)
        extra = ("10", rate, rate_score) if key == "total" else ("—", "—", "—")
        for j, v in enumerate(extra):
            rows.put(r + k, 6 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, "持续改善生态环境质量，守牢生态环境安全底线。")
    rows.put(r + 1, 5, 1, 4, "空气和水环境质量持续改善，未发生重特大突发环境事件。")
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因")):
        rows.put(r, 1 + k, 1, 1, head)
    rows.n = r + 1
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 2, f"{total:.2f}"))
    rows.add((0, 6, "综合评价等级"), (6, 3, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, [40, 46, 56, 92, 76, 70, 70, 40, 56],
                         title=f"部门整体支出绩效自评表（{year}年度）", kind="dept_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", money["total"][1], money["total"][2], total, "优")
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东


def layout_gd_commerce_two_forms_per_page_labels_above(folder: Path, name: str) -> FileGold:
    dept = "广东省商务厅"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("外贸高质量发展专项", "9,000.00", "3,000.00", "2,800.00", "200.00", "支持企业开拓国际市场，稳定外贸基本盘。", [
            Ind("产出指标", "数量指标", "支持企业参加境外展会", "≥800家次", (">=", 800, "家次")),
            Ind("产出指标", "质量指标", "资金使用合规率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "资金下达时间", "2025年6月30日前", (None, None, None)),
            Ind("效益指标", "经济效益指标", "参展企业意向成交额", "≥50亿美元", (">=", 50, "亿美元")),
            Ind("满意度指标", "服务对象满意度指标", "受支持企业满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("消费提质扩容专项", "4,500.00", "4,500.00", "4,500.00", "0.00", "举办促消费活动，推动消费持续恢复。", [
            Ind("产出指标", "数量指标", "举办促消费主题活动", "不少于30场", (">=", 30, "场")),
            Ind("产出指标", "数量指标", "支持建设示范步行街", "5条", ("=", 5, "条")),
            Ind("效益指标", "经济效益指标", "社会消费品零售总额增速", "4%-6%", ("range", 4, "%", 6)),
            Ind("效益指标", "社会效益指标", "城市商业氛围", "明显改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "消费者满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("电子商务进农村综合示范", "2,400.00", "1,200.00", "1,000.00", "200.00", "完善县域农村电商服务体系。", [
            Ind("产出指标", "数量指标", "建设县级电商公共服务中心", "≥8个", (">=", 8, "个")),
            Ind("产出指标", "数量指标", "培训农村电商人员", "≥6000人次", (">=", 6000, "人次")),
            Ind("产出指标", "成本指标", "单个服务站点补助", "≤5万元", ("<=", 5, "万元")),
            Ind("效益指标", "经济效益指标", "农村网络零售额增长", "＞10%", (">", 10, "%")),
            Ind("满意度指标", "服务对象满意度指标", "农户及网商满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    widths = [100, 110, 170, 110]
    for k, (project, total, year_amt, fiscal, carried, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "项目总金额"), (1, 1, "本年度金额"), (2, 1, "其中：财政资金"), (3, 1, "上年结转资金"))
        rows.add((0, 1, total), (1, 1, year_amt), (2, 1, fiscal), (3, 1, carried))
        rows.add((0, 1, "年度绩效目标"), (1, 3, goal))
        rows.add((0, 4, "绩效指标"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表（{k + 1}）",
                             editor=f"主管部门：{dept}", unit_raw="单位：万元"), fresh_page=(k % 2 == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=year_amt, fiscal=fiscal,
                         carried=None if carried == "0.00" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西


def layout_gx_water_self_evals_transposed_money(folder: Path, name: str) -> FileGold:
    dept = "广西壮族自治区水利厅"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("中小河流治理", ("6,800.00", "6,000.00", "800.00"), ("7,250.00", "6,450.00", "800.00"),
         ("7,012.35", "6,300.00", "712.35"), "完成中小河流治理，提高防洪能力。", [
             Ind("产出指标", "数量指标", "治理河长", "≥120公里", (">=", 120, "公里"), "20", "126.5公里", "20"),
             Ind("产出指标", "质量指标", "单元工程质量合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "主体工程完工时间", "2024年汛前", (None, None, None), "10", "2024年5月", "10"),
             Ind("效益指标", "社会效益指标", "治理河段防洪标准", "10～20年一遇", ("range", 10, "年一遇", 20), "15",
                 "达到设计标准", "15"),
             Ind("效益指标", "社会效益指标", "受益人口", "≥30万人", (">=", 30, "万人"), "15", "32万人", "15"),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "15", "93.5%", "15"),
         ], "优秀", "优"),
        ("农村饮水安全巩固提升", ("3,200.00", "3,200.00", "0.00"), ("3,200.00", "3,200.00", "0.00"),
         ("2,816.40", "2,816.40", "0.00"), "巩固提升农村供水保障水平。", [
             Ind("产出指标", "数量指标", "维修养护供水工程", "≥1500处", (">=", 1500, "处"), "20", "1388处", "15.5",
                 "部分工程汛期无法施工"),
             Ind("产出指标", "质量指标", "农村集中供水水质达标率", "≥90%", (">=", 90, "%"), "15", "91.2%", "15"),
             Ind("产出指标", "成本指标", "单处工程维修补助", "≤2万元", ("<=", 2, "万元"), "10", "1.8万元", "10"),
             Ind("效益指标", "社会效益指标", "农村自来水普及率", "≥90%", (">=", 90, "%"), "15", "90.5%", "15"),
             Ind("效益指标", "可持续影响指标", "工程长效运行管护机制", "健全", Q, "15", "基本健全", "10.5",
                 "部分县管护经费未足额落实"),
             Ind("满意度指标", "服务对象满意度指标", "农村群众满意度", "不低于85%", (">=", 85, "%"), "15", "84%", "13.5",
                 "部分村组供水不稳定"),
         ], "良好", "良"),
    ]
    widths = [60, 60, 104, 72, 72, 40, 40, 88]
    for project, initial, budget, executed, goal, inds, grade_word, grade in evals:
        rate, rate_score, rate_num = _rate_score(budget[0], executed[0])
        total = _total(rate_num, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 3, "各市县水利局"))
        r = rows.n
        rows.put(r, 0, 4, 2, "项目资金（万元）")
        rows.put(r, 2, 1, 1, "")
        rows.put(r, 3, 1, 1, "合计")
        rows.put(r, 4, 1, 1, "财政拨款")
        rows.put(r, 5, 1, 3, "其他资金")
        for k, (label, vals) in enumerate((("年初预算数", initial), ("全年预算数", budget), ("全年执行数", executed)), 1):
            rows.put(r + k, 2, 1, 1, label)
            rows.put(r + k, 3, 1, 1, vals[0])
            rows.put(r + k, 4, 1, 1, vals[1])
            rows.put(r + k, 5, 1, 3, vals[2])
        rows.add((0, 2, "预算执行率"), (2, 1, rate), (3, 1, "分值"), (4, 1, "10"), (5, 2, "得分"), (7, 1, rate_score))
        rows.add((0, 2, "年度目标"), (2, 6, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "年度指标值"), (4, 1, "实际完成值"),
                 (5, 1, "分值"), (6, 1, "得分"), (7, 1, "偏差原因分析"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 5, "总分"), (5, 3, f"{total:.2f}"))
        rows.add((0, 5, "自评等级"), (5, 3, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"填报单位：{dept}", kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget[0], executed[0], total, grade)
        doc.gold.project(project, "万元", year=budget[0], fiscal=budget[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 海南


def layout_hi_tourism_budget_fiscal_subheads_yuan(folder: Path, name: str) -> FileGold:
    dept = "海南省旅游和文化广电体育厅"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "96,420.18"), ("二、政府性基金预算拨款收入", "8,600.00")],
                  [("一、文化旅游体育与传媒支出", "101,318.40"), ("二、社会保障和就业支出", "3,701.78")])
    projects = [
        ("国际旅游消费中心宣传推广", "32,000,000.00", "30,000,000.00", "26,000,000.00", "4,000,000.00",
         "2,000,000.00", "开展境内外旅游宣传推广，提升海南旅游品牌影响力。", [
             Ind("产出指标", "数量指标", "境外旅游推介活动", "≥15场", (">=", 15, "场"), note="按年度推广计划"),
             Ind("产出指标", "数量指标", "新媒体宣传曝光量", "不少于5亿次", (">=", 5, "亿次"), note="平台统计数据"),
             Ind("产出指标", "质量指标", "宣传内容审核通过率", "100%", ("=", 100, "%"), note="内容审核记录"),
             Ind("产出指标", "时效指标", "年度推广活动完成时间", "2025年12月31日前", (None, None, None), note="年度计划"),
             Ind("效益指标", "经济效益指标", "入境游客人次增长", "＞15%", (">", 15, "%"), note="统计部门数据"),
             Ind("效益指标", "社会效益指标", "海南旅游品牌知名度", "进一步提升", Q, note="第三方评估"),
             Ind("满意度指标", "服务对象满意度指标", "游客满意度", "≥85%", (">=", 85, "%"), note="问卷调查"),
         ]),
        ("全民健身赛事活动补助", "6,500,000.00", "6,500,000.00", "6,500,000.00", "0.00", "0.00",
         "举办全民健身和品牌体育赛事，促进体育旅游融合发展。", [
             Ind("产出指标", "数量指标", "举办省级以上体育赛事", "≥40项", (">=", 40, "项"), note="赛事计划"),
             Ind("产出指标", "质量指标", "赛事安全责任事故", "0起", ("=", 0, "起"), note="安全管理记录"),
             Ind("产出指标", "成本指标", "单项赛事补助上限", "小于50万元", ("<", 50, "万元"), note="补助办法"),
             Ind("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥40%", (">=", 40, "%"), note="体育统计"),
             Ind("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%", (">=", 90, "%"), note="问卷调查"),
         ]),
    ]
    widths = [66, 78, 104, 92, 80, 80]
    for project, total, fiscal, general, fund, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, dept))
        r = rows.n
        rows.put(r, 0, 3, 1, "项目资金")
        rows.put(r, 1, 2, 1, "合计")
        rows.put(r, 2, 1, 3, "财政拨款")
        rows.put(r, 5, 2, 1, "其他资金")
        rows.put(r + 1, 2, 1, 1, "小计")
        rows.put(r + 1, 3, 1, 1, "一般公共预算")
        rows.put(r + 1, 4, 1, 1, "政府性基金")
        for col, v in enumerate((total, fiscal, general, fund, other), 1):
            rows.put(r + 2, col, 1, 1, v)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"部门名称：{dept}", unit_raw="单位：元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃


def layout_gs_civil_affairs_long_form_colnums_repeated(folder: Path, name: str) -> FileGold:
    dept = "甘肃省民政厅"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    project = "困难群众救助补助资金"
    total, fiscal, other = "186,500.00", "184,000.00", "2,500.00"
    inds = [
        Ind("产出指标", "数量指标", "城乡低保保障人数", "≥80万人", (">=", 80, "万人"), "10"),
        Ind("产出指标", "数量指标", "特困人员救助供养人数", "≥9万人", (">=", 9, "万人"), "5"),
        Ind("产出指标", "数量指标", "临时救助人次", "不少于12万人次", (">=", 12, "万人次"), "5"),
        Ind("产出指标", "数量指标", "孤儿基本生活保障人数", "≥3500人", (">=", 3500, "人"), "5"),
        Ind("产出指标", "质量指标", "城市低保标准", "≥780元/人·月", (">=", 780, "元/人·月"), "5"),
        Ind("产出指标", "质量指标", "农村低保标准", "≥5900元/人·年", (">=", 5900, "元/人·年"), "5"),
        Ind("产出指标", "质量指标", "特困人员基本生活标准与低保标准之比", "≥1.3倍", (">=", 1.3, "倍"), "5"),
        Ind("产出指标", "质量指标", "低保对象动态管理率", "100%", ("=", 100, "%"), "5"),
        Ind("产出指标", "时效指标", "救助资金发放时间", "每月10日前", (None, None, None), "5"),
        Ind("产出指标", "时效指标", "临时救助审批时限", "3～5个工作日", ("range", 3, "个工作日", 5), "5"),
        Ind("产出指标", "成本指标", "资金管理费用", "0万元", ("=", 0, "万元"), "5"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", Q, "10"),
        Ind("效益指标", "社会效益指标", "因救助不及时引发的负面事件", "0起", ("=", 0, "起"), "5"),
        Ind("效益指标", "社会效益指标", "救助对象识别准确率", "≥95%", (">=", 95, "%"), "5"),
        Ind("效益指标", "可持续影响指标", "分层分类社会救助体系", "2025年底前基本建成", (None, None, None), "5"),
        Ind("效益指标", "可持续影响指标", "救助信息化覆盖率", "90%-100%", ("range", 90, "%", 100), "5"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "10"),
    ]
    widths = [90, 110, 230, 130, 80, 90]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 1, "62000025Z00123"))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 1, "各市县民政局"))
    rows.add((0, 1, "资金总额（万元）"), (1, 1, total), (2, 1, "财政拨款（万元）"), (3, 1, fiscal),
             (4, 1, "其他资金（万元）"), (5, 1, other))
    rows.add((0, 1, "年度绩效目标"), (1, 5, "足额发放困难群众救助资金，兜住兜准兜好困难群众基本生活底线。"))
    head = rows.n
    rows.put(head, 0, 1, 3, "绩效指标")
    rows.put(head, 3, 2, 1, "指标值")
    rows.put(head, 4, 2, 1, "权重（%）")
    rows.put(head, 5, 2, 1, "备注")
    rows.put(head + 1, 0, 1, 1, "一级指标")
    rows.put(head + 1, 1, 1, 1, "二级指标")
    rows.put(head + 1, 2, 1, 1, "三级指标")
    rows.add(*[(k, 1, str(k + 1)) for k in range(6)])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年省级项目支出绩效目标表",
                         editor=f"填报单位（盖章）：{dept}", landscape=True), repeat=(head, 3), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.project(project, "万元", code="62000025Z00123", year=total, fiscal=fiscal)
    return doc.save(folder)


BLIND15: dict[str, Builder] = {
    "heb_edu_budget_midterm_annual_side_by_side": layout_heb_edu_budget_midterm_annual_side_by_side,
    "sx_health_budget_dept_tasks_weighted": layout_sx_health_budget_dept_tasks_weighted,
    "ln_transport_accounts_self_evals_yuan_letters": layout_ln_transport_accounts_self_evals_yuan_letters,
    "jl_cdc_unit_self_eval_label_rows_no_level1": layout_jl_cdc_unit_self_eval_label_rows_no_level1,
    "hlj_agri_budget_landscape_list_nature_columns": layout_hlj_agri_budget_landscape_list_nature_columns,
    "js_university_unit_yuan_heads_above_no_level1": layout_js_university_unit_yuan_heads_above_no_level1,
    "zj_ecology_dept_self_eval_grade_word": layout_zj_ecology_dept_self_eval_grade_word,
    "gd_commerce_two_forms_per_page_labels_above": layout_gd_commerce_two_forms_per_page_labels_above,
    "gx_water_self_evals_transposed_money": layout_gx_water_self_evals_transposed_money,
    "hi_tourism_budget_fiscal_subheads_yuan": layout_hi_tourism_budget_fiscal_subheads_yuan,
    "gs_civil_affairs_long_form_colnums_repeated": layout_gs_civil_affairs_long_form_colnums_repeated,
}
SETS: dict[str, dict[str, Builder]] = {"blind15": BLIND15}


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
    """Write every layout of ``which`` ("blind15") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
