"""BLIND67 performance forms: ten layouts, each printed by one kind of 市直 or 区县 unit — a
school, a hospital, a 街道 / 乡镇, a 二级单位 under a bureau, or a 部门整体 form — of 浙江 湖州,
江苏 常熟, 山东 东营, 湖北 潜江, 湖南 娄底, 四川 巴中, 广东 云浮, 河南 焦作 (修武县), 广西 钦州 and
云南 普洱, as their finance staff print them from the budget system or from Excel / WPS in
2025–2026. Written by an author who had read neither the form reader nor the earlier blind sets
(only the gold helpers and page composer of ``form_layouts``, the gold conventions of BLIND9's
docstring and the briefs). The gold is written by hand with ``_gold_ind`` and ``FileGold``.

zj_huz_school_budget_pairs_filled  浙江 湖州 吴兴区 小学 部门预算 ("filled" rules, header row
        of the grid shaded): budget tables, then one 项目支出绩效目标表 per project; money as
        label | value pairs under a merged 项目资金（万元） cell (年度资金总额 | 其中：财政拨款,
        上年结转 | 其他资金), one 上年结转 printed 0.00; grid 一级 | 二级 | 三级 | 指标值 | 分值
js_cs_hospital_accounts_self_eval_yuan  江苏 常熟 市属医院 部门决算 ("cells"): accounts tables,
        then three 项目支出绩效自评表 in 元 with separators: 年初预算数 | 全年预算数 | 全年执行数 |
        分值 | 执行率 | 得分 over 年度资金总额 / 其中：财政拨款 / 其他资金, 偏差原因 column, 评价等级
sd_dy_street_budget_source_heads_open  山东 东营 街道办事处 部门预算 ("open": no outer sides):
        a 资金来源 grid in 元 (资金总额 | 一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 |
        单位资金, one project funded by the 政府性基金 head only), a 绩效指标 label column merged down
        the grid 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 权重（%） | 备注 (split, 定性 in 指标性质)
hub_qj_secondary_unit_turned_list  湖北 潜江 二级单位 (农业技术推广中心 under 农业农村局)
        ("filled"): one list on landscape pages turned by /Rotate, 项目资金（万元） over 资金总额 |
        财政资金 | 其他资金, project cells merged down their indicators, the
        two header rows repeated on the later pages
hun_ld_dept_accounts_dept_self_eval_shaded  湖南 娄底 娄星区 部门整体 ("cells", two shaded head
        rows): 部门决算 then 部门整体支出绩效自评表, money lines 年度资金总额 / 其中：基本支出 /
        项目支出 by 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
sc_bz_school_self_eval_stacked_open  四川 巴中 恩阳区 中学 ("open"): two standalone
        项目支出绩效自评表, money stacked (资金类别 | 全年预算数 | 全年执行数 | 执行率 | 备注) then a
        预算执行率（10分） score row; grid 年度目标值 | 全年实际值 | 分值 | 得分 | 未完成原因; 自评结论
        merged over 总分 and 绩效等级
gd_yf_hospital_budget_source_columns  广东 云浮 市直医院 部门预算 ("filled", shaded heads):
        columns 资金总额（万元） | 财政资金（万元） | 事业收入（万元） | 其他资金（万元）, grid
        一级 | 二级 | 三级 | 指标值 | 指标值说明
ha_jz_town_standalone_yuan_stacked  河南 焦作 修武县 镇人民政府 ("cells"): three standalone
        项目支出绩效目标表 in 元, money stacked under a merged 项目资金（元） cell (资金总额 / 其中：
        财政资金 / 上年结转 / 其他资金, blank or 0.00), the forms running on down the pages, deadlines
        (2025年10月底前)
gx_qz_secondary_budget_two_row_heads  广西 钦州 二级单位 (不动产登记中心 under 自然资源局)
        部门预算 ("filled"): 项目资金（万元） over 年度资金总额 | 财政拨款 | 财政专户管理资金 |
        单位资金, grid 一级 | 二级 | 三级 | 指标值 | 指标值确定依据
yn_pe_dept_budget_dept_wide_tasks  云南 普洱 思茅区 部门整体 部门预算 ("cells"): 部门整体支出
        绩效目标表 with 部门预算资金 heads (资金总额 | 财政拨款 | 其他资金), 年度主要任务 rows, grid
        一级 | 二级 | 三级 | 指标值 | 分值

Gold conventions: BLIND9's, with the addendum's money rulings: fiscal = the 财政拨款 / 财政资金
figure as printed, or the sum of the source heads named …财政拨款收入 (never 单位资金 / 其他资金 /
事业收入 / 财政专户管理资金); a printed 0.00 上年结转 is carried "0.00"; a blank 上年结转 / 其他资金
adds nothing. 达到 N reads ≥; 不少于 / 不低于 ≥; 不高于 / 不超过 / 控制在 N 以内 ≤. A split target
(指标性质 | 指标值 | 度量单位) is joined in reading order ("≥95%", "定性明显改善"). Self
evaluations: budget = 全年预算数 of 年度资金总额, executed = its 全年执行数, score = the printed
总分; a project self evaluation gives the project's year (全年预算数) and fiscal (the 财政拨款
row's 全年预算数). A 部门整体 form's money is no project's.
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


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]], spending: list[tuple[str, str]],
                  part: str = "第三部分  项目支出绩效目标") -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支预算总表, the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", part, "第四部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}依照有关规定履行职责，承担本单位各项业务工作。",
        "二、部门预算单位构成。本部门预算为单位本级预算，无下属预算单位。",
        f"三、{year}年重点工作。围绕年度目标任务，统筹资金保障各项重点工作。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec("收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    doc.pages.text_page(part, [f"按照预算绩效管理要求，{dept}{year}年项目支出绩效目标如下表所示。"])


def _fmt(total: float) -> str:
    return f"{total:.2f}"


def _rate_score(budget: str, executed: str) -> tuple[str, float]:
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b * 100
    score = float(min(Decimal(10), (e / b * 10).quantize(Decimal("0.01"))))
    return f"{rate.quantize(Decimal('0.01'))}%", score


# --------------------------------------------------------------------------- 浙江 湖州 小学


def layout_zj_huz_school_budget_pairs_filled(folder: Path, name: str) -> FileGold:
    """Rules "filled", grid header shaded."""
    dept = "湖州市吴兴区织里实验小学"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "2,856.40"), ("二、上年结转", "35.00")],
                  [("一、教育支出", "2,691.40"), ("二、社会保障和就业支出", "200.00")])
    forms = [
        ("学生营养餐补助", "330502251000000123", ("160.00", "150.00", "10.00", "0.00"),
         "保障在校学生午餐营养改善，提升学生体质健康水平。", [
             Ind("产出指标", "数量指标", "受益学生人数", "≥1850人", (">=", 1850, "人"), "20"),
             Ind("产出指标", "质量指标", "食品安全抽检合格率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "补助资金按月发放", "每月10日前", (None, None, None), "10"),
             Ind("产出指标", "成本指标", "生均每餐补助标准", "≤6元", ("<=", 6, "元"), "10"),
             Ind("效益指标", "社会效益指标", "学生体质健康达标率", "≥92%", (">=", 92, "%"), "30"),
             Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("智慧校园设备更新", "330502251000000187", ("95.00", "95.00", "0.00", ""),
         "更新教学一体机和校园网络设备，建成覆盖全校的智慧教学环境。", [
             Ind("产出指标", "数量指标", "更新教学一体机台数", "48台", ("=", 48, "台"), "20"),
             Ind("产出指标", "数量指标", "无线网络覆盖教室数", "≥60间", (">=", 60, "间"), "15"),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "设备安装完成时间", "2025年8月底前", (None, None, None), "10"),
             Ind("效益指标", "社会效益指标", "信息化教学应用水平", "明显提升", Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "教师满意度", "≥95%", (">=", 95, "%"), "10"),
         ]),
        ("校舍维修改造", "330502251000000211", ("85.00", "60.00", "25.00", ""),
         "完成教学楼屋面防水和卫生间改造，消除校舍安全隐患。", [
             Ind("产出指标", "数量指标", "维修改造面积", "≥2400平方米", (">=", 2400, "平方米"), "25"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "暑期完工率", "100%", ("=", 100, "%"), "15"),
             Ind("效益指标", "可持续影响指标", "校舍安全使用年限", "≥10年", (">=", 10, "年"), "30"),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
    ]
    for project, code, (total, fiscal, carried, other), goal, inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, code))
        rows.add((0, 1, "主管部门"), (1, 2, "湖州市吴兴区教育局"), (3, 1, "实施单位"), (4, 2, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 1, "年度资金总额")
        rows.put(r, 2, 1, 1, total)
        rows.put(r, 3, 1, 1, "其中：财政拨款")
        rows.put(r, 4, 1, 2, fiscal)
        rows.put(r + 1, 1, 1, 1, "上年结转")
        rows.put(r + 1, 2, 1, 1, carried)
        rows.put(r + 1, 3, 1, 1, "其他资金")
        rows.put(r + 1, 4, 1, 2, other)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "分值"))],
                        (5, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
        spec = _spec(rows.cells, rows.n, [70, 86, 120, 96, 48, 74], title="项目支出绩效目标表",
                     editor=f"（{year}年度）", unit_raw="单位：万元")
        doc.pages.grid(replace(spec, rules="filled", shaded_rows=(head,)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=total, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 常熟 医院


def layout_js_cs_hospital_accounts_self_eval_yuan(folder: Path, name: str) -> FileGold:
    """Rules "cells"."""
    dept = "常熟市第二人民医院"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、财政拨款收入", "3,412.60"), ("二、事业收入", "68,905.33"),
                                      ("三、其他收入", "512.07")],
                    [("一、卫生健康支出", "71,980.00"), ("二、住房保障支出", "850.00")])
    evals = [
        ("公立医院能力建设补助", ("4,800,000.00", "5,200,000.00", "5,096,000.00"),
         ("4,800,000.00", "4,800,000.00", "4,720,000.00"), ("", "400,000.00", "376,000.00"),
         ("购置医用设备，提升急危重症救治能力。", "完成购置CT等设备12台（套），投入使用。"), [
             Ind("产出指标", "数量指标", "购置医用设备台（套）数", "≥12台（套）", (">=", 12, "台(套)"),
                 "20", "12台（套）", "20"),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "设备投入使用时间", "2024年10月底前", (None, None, None), "10", "2024年9月", "10"),
             Ind("效益指标", "社会效益指标", "急危重症患者救治成功率", "≥95%", (">=", 95, "%"), "20", "96.2%", "20"),
             Ind("效益指标", "可持续影响指标", "设备使用年限", "≥8年", (">=", 8, "年"), "10", "8年", "10"),
             Ind("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", (">=", 90, "%"), "15", "88.5%", "13.5",
                 "门诊候诊时间仍偏长，下年优化预约流程"),
         ], "优"),
        ("家庭医生签约服务", ("1,350,000.00", "1,350,000.00", "1,188,000.00"),
         ("1,350,000.00", "1,350,000.00", "1,188,000.00"), ("", "", ""),
         ("做实家庭医生签约服务，重点人群签约率不低于75%。", "重点人群签约率73.6%，履约服务开展正常。"), [
             Ind("产出指标", "数量指标", "签约居民人数", "≥4.5万人", (">=", 4.5, "万人"), "20", "4.62万人", "20"),
             Ind("产出指标", "数量指标", "重点人群签约率", "不低于75%", (">=", 75, "%"), "15", "73.6%", "13",
                 "部分老年人签约意愿不强"),
             Ind("产出指标", "质量指标", "履约率", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
             Ind("效益指标", "社会效益指标", "基层首诊率", "有所提高", Q, "20", "有所提高", "18"),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥85%", (">=", 85, "%"), "20", "90%", "20"),
         ], "良"),
        ("医疗人才培养", ("600,000.00", "600,000.00", "600,000.00"),
         ("600,000.00", "600,000.00", "600,000.00"), ("", "", ""),
         ("开展住院医师规范化培训和骨干进修。", "完成规培48人、外出进修15人。"), [
             Ind("产出指标", "数量指标", "规范化培训人数", "≥45人", (">=", 45, "人"), "20", "48人", "20"),
             Ind("产出指标", "数量指标", "外出进修人数", "15人", ("=", 15, "人"), "15", "15人", "15"),
             Ind("产出指标", "质量指标", "结业考核通过率", "≥90%", (">=", 90, "%"), "15", "93.8%", "15"),
             Ind("效益指标", "社会效益指标", "医疗服务能力", "持续提升", Q, "25", "持续提升", "24"),
             Ind("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", (">=", 90, "%"), "15", "95%", "15"),
         ], "优"),
    ]
    for project, total, fiscal, other, goal, inds, grade in evals:
        rate, rscore = _rate_score(total[1], total[2])
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, "常熟市卫生健康委员会"), (5, 1, "实施单位"), (6, 3, dept))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（元）")
        rows.put(r, 1, 1, 2, "")
        for k, h in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 3 + k, 1, 1, h)
        for k, (label, vals, tail) in enumerate((("年度资金总额", total, ("10", rate, f"{rscore:.2f}")),
                                                 ("其中：财政拨款", fiscal, ("—", "—", "—")),
                                                 ("其他资金", other, ("—", "—", "—"))), 1):
            rows.put(r + k, 1, 1, 2, label)
            for j, v in enumerate(vals + tail):
                rows.put(r + k, 3 + j, 1, 1, v)
        r = rows.n
        rows.put(r, 0, 2, 1, "年度总体目标")
        rows.put(r, 1, 1, 4, "预期目标")
        rows.put(r, 5, 1, 4, "实际完成情况")
        rows.put(r + 1, 1, 1, 4, goal[0])
        rows.put(r + 1, 5, 1, 4, goal[1])
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        for k, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                               "偏差原因分析及改进措施")):
            rows.put(r, 1 + k, 1, 1, h)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 1, i.note)])
        total_score = round(rscore + sum(float(i.score) for i in inds), 2)
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, _fmt(total_score)), (8, 1, ""))
        rows.add((0, 6, "评价等级"), (6, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [34, 48, 56, 76, 68, 68, 36, 46, 92], title="项目支出绩效自评表",
                             editor=f"（{year}年度）", unit_raw="单位：元", kind="performance_self_evaluation"),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", total[1], total[2], total_score, grade)
        doc.gold.project(project, "元", year=total[1], fiscal=fiscal[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 山东 东营 街道


def layout_sd_dy_street_budget_source_heads_open(folder: Path, name: str) -> FileGold:
    """Rules "open"."""
    dept = "东营市东营区文汇街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "4,318.20"), ("二、政府性基金预算拨款收入", "260.00"),
                                    ("三、单位资金", "120.00")],
                  [("一、一般公共服务支出", "2,206.70"), ("二、城乡社区支出", "2,491.50")])
    forms = [
        ("社区网格化服务管理", ("2,350,000.00", "2,150,000.00", "", "200,000.00"),
         "完善社区网格化服务管理，提升基层治理效能。", [
             Ind("产出指标", "数量指标", "专职网格员配备人数", ("≥", "86", "人"), (">=", 86, "人"), "20"),
             Ind("产出指标", "数量指标", "网格事件办结数", ("≥", "5000", "件"), (">=", 5000, "件"), "15"),
             Ind("产出指标", "质量指标", "网格事件办结率", ("≥", "98", "%"), (">=", 98, "%"), "15"),
             Ind("产出指标", "时效指标", "事件平均处置时长", ("≤", "48", "小时"), ("<=", 48, "小时"), "10"),
             Ind("效益指标", "社会效益指标", "基层治理水平", ("定性", "明显提升", ""), Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", ("≥", "92", "%"), (">=", 92, "%"), "10"),
         ]),
        ("老旧小区环境整治", ("1,680,000.00", "", "1,080,000.00", "600,000.00"),
         "整治辖区老旧小区环境，改善居民居住条件。", [
             Ind("产出指标", "数量指标", "整治小区个数", ("＝", "6", "个"), ("=", 6, "个"), "20"),
             Ind("产出指标", "数量指标", "新增停车泊位", ("≥", "320", "个"), (">=", 320, "个"), "15"),
             Ind("产出指标", "质量指标", "工程验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "成本指标", "单个小区整治成本", ("≤", "28", "万元"), ("<=", 28, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "居民居住环境", ("定性", "明显改善", ""), Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
         ]),
        ("辖区环境卫生保洁", ("3,100,000.00", "3,100,000.00", "", ""),
         "做好辖区道路和公共区域日常保洁，保持市容整洁。", [
             Ind("产出指标", "数量指标", "保洁面积", ("≥", "126", "万平方米"), (">=", 126, "万平方米"), "25"),
             Ind("产出指标", "质量指标", "道路机扫率", ("≥", "85", "%"), (">=", 85, "%"), "20"),
             Ind("产出指标", "时效指标", "垃圾日产日清率", ("＝", "100", "%"), ("=", 100, "%"), "15"),
             Ind("效益指标", "生态效益指标", "辖区环境卫生状况", ("定性", "持续改善", ""), Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
         ]),
    ]
    for project, (total, general, fund, own), goal, inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 1, "项目类别"), (6, 3, "其他运转类项目"))
        rows.add((0, 1, "主管部门"), (1, 4, dept), (5, 1, "实施单位"), (6, 3, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（元）")
        heads = (("资金总额", total, 1, 2), ("一般公共预算财政拨款收入", general, 3, 2),
                 ("政府性基金预算财政拨款收入", fund, 5, 3), ("单位资金", own, 8, 1))
        for h, v, c, cs in heads:
            rows.put(r, c, 1, cs, h)
            rows.put(r + 1, c, 1, cs, v)
        rows.add((0, 1, "年度绩效目标"), (1, 8, goal))
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        for c, cs, h in ((1, 1, "一级指标"), (2, 1, "二级指标"), (3, 1, "三级指标"), (4, 1, "指标性质"),
                         (5, 1, "指标值"), (6, 1, "度量单位"), (7, 1, "权重（%）"), (8, 1, "备注")):
            rows.put(r, c, 1, cs, h)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.target[0]), (5, 1, i.target[1]),
                                                (6, 1, i.target[2]), (7, 1, i.weight), (8, 1, "")])
        spec = _spec(rows.cells, rows.n, [56, 50, 66, 100, 44, 48, 56, 40, 60], title=f"{year}年项目支出绩效目标表",
                     editor=f"单位名称：{dept}", unit_raw="")
        doc.pages.grid(replace(spec, rules="open"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        fiscal = sum((Decimal(x.replace(",", "")) for x in (general, fund) if x), Decimal(0))
        doc.gold.project(project, "元", year=total, fiscal=f"{fiscal:.2f}")
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 潜江 二级单位


def layout_hub_qj_secondary_unit_turned_list(folder: Path, name: str) -> FileGold:
    """Rules "filled", on landscape pages turned by /Rotate 90."""
    dept = "潜江市农业技术推广中心"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效目标表", dept, year,
                  cover=[(f"{dept}", 22), (f"{year}年度项目支出绩效目标表", 20), ("主管部门：潜江市农业农村局", 14)])
    projects = [
        ("高标准农田建设技术服务", ("126.00", "120.00", "6.00"), "完成高标准农田建设技术指导和质量监测。", [
            Ind("产出指标", "数量指标", "技术指导面积", "≥3.2万亩", (">=", 3.2, "万亩"), "30"),
            Ind("产出指标", "质量指标", "耕地质量监测点位完成率", "100%", ("=", 100, "%"), "30"),
            Ind("效益指标", "经济效益指标", "项目区亩均增产", "≥50公斤", (">=", 50, "公斤"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
        ("虾稻共作技术推广", ("85.50", "85.50", "0.00"), "推广虾稻共作绿色种养技术，带动农民增收。", [
            Ind("产出指标", "数量指标", "示范基地数量", "8个", ("=", 8, "个"), "25"),
            Ind("产出指标", "数量指标", "技术培训人次", "≥1200人次", (">=", 1200, "人次"), "20"),
            Ind("产出指标", "时效指标", "培训完成时间", "2025年9月底前", (None, None, None), "15"),
            Ind("效益指标", "经济效益指标", "示范户亩均增收", "≥300元", (">=", 300, "元"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "参训农户满意度", "≥92%", (">=", 92, "%"), "10"),
        ]),
        ("农作物病虫害绿色防控", ("64.00", "52.00", "12.00"), "开展重大病虫害监测预警和统防统治。", [
            Ind("产出指标", "数量指标", "统防统治面积", "≥15万亩次", (">=", 15, "万亩次"), "30"),
            Ind("产出指标", "质量指标", "病虫害危害损失率", "控制在5%以内", ("<=", 5, "%"), "30"),
            Ind("效益指标", "生态效益指标", "化学农药使用量", "较上年减少", Q, "30"),
            Ind("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
        ("农技推广体系改革补助", ("48.00", "48.00", "0.00"), "支持基层农技人员开展包村联户服务。", [
            Ind("产出指标", "数量指标", "包村联户农技人员", "≥60人", (">=", 60, "人"), "30"),
            Ind("产出指标", "质量指标", "主推技术到位率", "≥95%", (">=", 95, "%"), "30"),
            Ind("效益指标", "可持续影响指标", "基层农技服务能力", "持续增强", Q, "30"),
            Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
        ("新型职业农民培育", ("36.00", "36.00", "0.00"), "培育高素质农民，提升农业生产经营能力。", [
            Ind("产出指标", "数量指标", "培育高素质农民人数", "不少于300人", (">=", 300, "人"), "30"),
            Ind("产出指标", "质量指标", "培训合格率", "≥95%", (">=", 95, "%"), "30"),
            Ind("效益指标", "社会效益指标", "学员创办领办新型经营主体", "≥20个", (">=", 20, "个"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "序号")
    rows.put(0, 1, 2, 1, "项目名称")
    rows.put(0, 2, 1, 3, "项目资金（万元）")
    for k, h in enumerate(("资金总额", "财政资金", "其他资金")):
        rows.put(1, 2 + k, 1, 1, h)
    for k, h in enumerate(("年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值", "权重（%）")):
        rows.put(0, 5 + k, 2, 1, h)
    rows.n = 2
    for n, (project, (total, fiscal, other), goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw), (10, 1, i.weight)])
        h = len(inds)
        for c, text in ((0, str(n)), (1, project), (2, total), (3, fiscal), (4, other), (5, goal)):
            rows.put(r0, c, h, 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    spec = _spec(rows.cells, rows.n, [30, 92, 56, 56, 52, 130, 58, 70, 110, 78, 46], title=f"{year}年度项目支出绩效目标表",
                 editor=f"单位名称：{dept}", unit_raw="金额单位：万元", landscape=True)
    doc.pages.grid(replace(spec, rules="filled"), repeat=(0, 2), fresh_page=True, turned=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖南 娄底 部门整体


def layout_hun_ld_dept_accounts_dept_self_eval_shaded(folder: Path, name: str) -> FileGold:
    """Rules "cells", the money heads and the grid heads shaded."""
    dept = "娄底市娄星区民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "5,812.36"), ("二、其他收入", "45.00")],
                    [("一、社会保障和就业支出", "5,530.16"), ("二、卫生健康支出", "327.20")])
    inds = [
        Ind("产出指标", "数量指标", "城乡低保对象保障人数", "≥5600人", (">=", 5600, "人"), "10", "5782人", "10"),
        Ind("产出指标", "数量指标", "特困人员供养人数", "≥420人", (">=", 420, "人"), "5", "436人", "5"),
        Ind("产出指标", "数量指标", "临时救助人次", "≥1500人次", (">=", 1500, "人次"), "5", "1688人次", "5"),
        Ind("产出指标", "质量指标", "低保资金社会化发放率", "100%", ("=", 100, "%"), "8", "100%", "8"),
        Ind("产出指标", "质量指标", "养老机构消防安全达标率", "100%", ("=", 100, "%"), "7", "96%", "6",
            "2家农村敬老院消防设施改造未完工"),
        Ind("产出指标", "质量指标", "残疾人两项补贴发放准确率", "100%", ("=", 100, "%"), "5", "100%", "5"),
        Ind("产出指标", "时效指标", "救助资金按月发放及时率", "100%", ("=", 100, "%"), "5", "100%", "5"),
        Ind("产出指标", "成本指标", "城市低保月人均补助水平", "≥480元", (">=", 480, "元"), "5", "486元", "5"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", Q, "10", "得到有效保障", "10"),
        Ind("效益指标", "社会效益指标", "社区养老服务设施覆盖率", "≥90%", (">=", 90, "%"), "10", "88%", "8",
            "新建小区配套设施移交滞后"),
        Ind("效益指标", "可持续影响指标", "社会救助制度体系", "逐步完善", Q, "10", "逐步完善", "10"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "10", "94%", "10"),
    ]
    budget, executed = "5,968.20", "5,857.36"
    rate, rscore = _rate_score(budget, executed)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 7, dept))
    r = rows.n
    rows.put(r, 0, 4, 2, "年度预算资金（万元）")
    for k, h in enumerate(("资金类别", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 2 + k, 1, 1, h)
    money_head = r
    for k, line in enumerate((("年度资金总额", "5,420.00", budget, executed, "10", rate, f"{rscore:.2f}"),
                              ("其中：基本支出", "2,180.00", "2,236.50", "2,236.50", "—", "—", "—"),
                              ("项目支出", "3,240.00", "3,731.70", "3,620.86", "—", "—", "—")), 1):
        for j, v in enumerate(line):
            rows.put(r + k, 2 + j, 1, 1, v)
    rows.add((0, 2, "年度总体目标"), (2, 7, "兜牢民生底线，落实城乡低保、特困供养、临时救助等政策，推进居家和社区养老服务。"))
    grid_head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标"))],
                         (2, 2, "三级指标"), (4, 1, "年度指标值"), (5, 1, "实际完成值"), (6, 1, "分值"), (7, 1, "得分"),
                         (8, 1, "偏差原因分析"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    total_score = round(rscore + sum(float(i.score) for i in inds), 2)
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, _fmt(total_score)), (8, 1, ""))
    rows.add((0, 6, "自评等级"), (6, 3, "优"))
    spec = _spec(rows.cells, rows.n, [50, 60, 50, 56, 64, 64, 40, 40, 84], title="部门整体支出绩效自评表",
                 editor=f"（{year}年度）", unit_raw="", kind="performance_self_evaluation")
    doc.pages.grid(replace(spec, shaded_rows=(money_head, grid_head)), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, total_score, "优")
    return doc.save(folder)


# --------------------------------------------------------------------------- 四川 巴中 中学


def layout_sc_bz_school_self_eval_stacked_open(folder: Path, name: str) -> FileGold:
    """Rules "open"."""
    dept = "巴中市恩阳区第二中学"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("普通高中学生资助", ("92.00", "88.20"), ("92.00", "88.20"),
         ("落实国家助学金和免学杂费政策，资助家庭经济困难学生。", "资助学生1263人次，资金按学期发放到位。"), [
             Ind("产出指标", "数量指标", "国家助学金资助人次", "≥1200人次", (">=", 1200, "人次"), "20", "1263人次", "20"),
             Ind("产出指标", "质量指标", "资助对象认定准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "资金发放时间", "每学期结束前", (None, None, None), "10", "按期发放", "10"),
             Ind("产出指标", "成本指标", "生均资助标准", "2000元/年", ("=", 2000, "元/年"), "5", "2000元/年", "5"),
             Ind("效益指标", "社会效益指标", "因贫辍学学生人数", "0人", ("=", 0, "人"), "20", "0人", "20"),
             Ind("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥95%", (">=", 95, "%"), "20", "97%", "20"),
         ], "优"),
        ("教学实验室建设", ("45.00", "39.60"), ("30.00", "30.00"),
         ("新建物理、化学数字化实验室各1间。", "实验室完成建设，设备调试延至次年1月。"), [
             Ind("产出指标", "数量指标", "新建实验室间数", "2间", ("=", 2, "间"), "20", "2间", "20"),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind("产出指标", "时效指标", "建设完成时间", "2024年12月底前", (None, None, None), "10", "2025年1月", "6",
                 "设备到货延迟，已督促供应商"),
             Ind("效益指标", "社会效益指标", "分组实验开出率", "≥95%", (">=", 95, "%"), "20", "93%", "18",
                 "部分实验次年补开"),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "20", "92%", "20"),
         ], "良"),
    ]
    for project, (budget, executed), (fb, fe), goal, inds, grade in evals:
        rate, rscore = _rate_score(budget, executed)
        frate, _ = _rate_score(fb, fe)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 1, "项目编码"), (6, 3, ""))
        rows.add((0, 1, "主管部门"), (1, 4, "巴中市恩阳区教育科技局"), (5, 1, "实施单位"), (6, 3, dept))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金情况（万元）")
        for c, cs, h in ((1, 2, "资金类别"), (3, 1, "全年预算数"), (4, 1, "全年执行数"), (5, 2, "执行率"), (7, 2, "备注")):
            rows.put(r, c, 1, cs, h)
        for k, (label, b, e, rt) in enumerate((("年度资金总额", budget, executed, rate),
                                               ("其中：财政拨款", fb, fe, frate)), 1):
            for c, cs, v in ((1, 2, label), (3, 1, b), (4, 1, e), (5, 2, rt), (7, 2, "")):
                rows.put(r + k, c, 1, cs, v)
        for c, cs, v in ((1, 2, "预算执行率（10分）"), (3, 2, "得分"), (5, 2, f"{rscore:.2f}"), (7, 2, "")):
            rows.put(r + 3, c, 1, cs, v)
        rows.add((0, 1, "年度目标"), (1, 4, goal[0]), (5, 1, "完成情况"), (6, 3, goal[1]))
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        for k, h in enumerate(("一级指标", "二级指标", "三级指标", "年度目标值", "全年实际值", "分值", "得分",
                               "未完成原因和改进措施")):
            rows.put(r, 1 + k, 1, 1, h)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 1, i.note)])
        total_score = round(rscore + sum(float(i.score) for i in inds), 2)
        r = rows.n
        rows.put(r, 0, 2, 1, "自评结论")
        for c, cs, v in ((1, 5, "总分"), (6, 1, "100"), (7, 1, _fmt(total_score)), (8, 1, "")):
            rows.put(r, c, 1, cs, v)
        for c, cs, v in ((1, 5, "绩效等级"), (6, 2, grade), (8, 1, "")):
            rows.put(r + 1, c, 1, cs, v)
        spec = _spec(rows.cells, rows.n, [46, 50, 62, 86, 74, 62, 32, 36, 50], title="项目支出绩效自评表",
                     editor=f"（{year}年度）", unit_raw="", kind="performance_self_evaluation")
        doc.pages.grid(replace(spec, rules="open"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total_score, grade)
        doc.gold.project(project, "万元", year=budget, fiscal=fb)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 云浮 医院


def layout_gd_yf_hospital_budget_source_columns(folder: Path, name: str) -> FileGold:
    """Rules "filled", money heads and grid heads shaded."""
    dept = "云浮市人民医院"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、财政拨款收入", "6,120.00"), ("二、事业收入", "98,650.00")],
                  [("一、卫生健康支出", "104,020.00"), ("二、住房保障支出", "750.00")])
    forms = [
        ("胸痛卒中创伤中心建设", ("680.00", "500.00", "180.00", "0.00"), "建成标准化胸痛、卒中、创伤救治中心。", [
            Ind("产出指标", "数量指标", "购置急救设备台数", "≥25台", (">=", 25, "台"), note="通过政府采购购置"),
            Ind("产出指标", "质量指标", "中心通过国家认证", "通过", Q, note="国家胸痛中心认证"),
            Ind("产出指标", "时效指标", "D-to-B时间", "≤90分钟", ("<=", 90, "分钟"), note="急性心梗患者"),
            Ind("效益指标", "社会效益指标", "急性心梗患者死亡率", "低于5%", ("<", 5, "%"), note="较上年下降"),
            Ind("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", (">=", 90, "%"), note="第三方调查"),
        ]),
        ("重点专科能力提升", ("320.00", "320.00", "", ""), "建设省级临床重点专科2个。", [
            Ind("产出指标", "数量指标", "培育省级临床重点专科", "2个", ("=", 2, "个"), note="呼吸科、肾内科"),
            Ind("产出指标", "数量指标", "开展新技术新项目", "不少于10项", (">=", 10, "项"), note="经医院伦理审查"),
            Ind("产出指标", "质量指标", "三四级手术占比", "45%-55%", ("range", 45, "%", 55), note="按病案首页统计"),
            Ind("效益指标", "社会效益指标", "县域外转诊率", "逐年下降", Q, note="与上年比较"),
            Ind("满意度指标", "服务对象满意度指标", "住院患者满意度", "≥92%", (">=", 92, "%"), note="第三方调查"),
        ]),
        ("医疗设备购置", ("1,150.00", "400.00", "750.00", ""), "更新医学影像和检验设备，提升诊疗能力。", [
            Ind("产出指标", "数量指标", "购置设备台（套）数", "≥18台", (">=", 18, "台"), note="含1.5T磁共振1台"),
            Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), note="按合同验收"),
            Ind("产出指标", "时效指标", "设备安装调试完成", "2025年11月30日前", (None, None, None), note="到货后30日内"),
            Ind("效益指标", "经济效益指标", "设备年使用率", "达到85%", (">=", 85, "%"), note="按开机时长计算"),
            Ind("满意度指标", "服务对象满意度指标", "临床科室满意度", "≥90%", (">=", 90, "%"), note="院内调查"),
        ]),
    ]
    for project, (total, fiscal, business, other), goal, inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, "云浮市卫生健康局"), (3, 1, "项目单位"), (4, 2, dept))
        money_head = rows.add((0, 1, "资金情况"), (1, 2, "资金总额（万元）"), (3, 1, "财政资金（万元）"),
                              (4, 1, "事业收入（万元）"), (5, 1, "其他资金（万元）"))
        rows.add((0, 1, "本年度"), (1, 2, total), (3, 1, fiscal), (4, 1, business), (5, 1, other))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        grid_head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标"))], (2, 2, "三级指标"),
                             (4, 1, "指标值"), (5, 1, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.note)])
        spec = _spec(rows.cells, rows.n, [70, 70, 46, 84, 96, 110], title="项目支出绩效目标表",
                     editor=f"{year}年度", unit_raw="")
        doc.pages.grid(replace(spec, rules="filled", shaded_rows=(money_head, grid_head)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 焦作 乡镇


def layout_ha_jz_town_standalone_yuan_stacked(folder: Path, name: str) -> FileGold:
    """Rules "cells"."""
    dept = "修武县周庄镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    forms = [
        ("农村人居环境整治", ("1,360,000.00", "1,200,000.00", "160,000.00", ""), "整治村庄环境，推进农村厕所和垃圾治理。", [
            Ind("产出指标", "数量指标", "整治行政村数", "18个", ("=", 18, "个"), "20"),
            Ind("产出指标", "数量指标", "农村户厕问题整改", "≥260户", (">=", 260, "户"), "15"),
            Ind("产出指标", "质量指标", "生活垃圾收运处置率", "≥95%", (">=", 95, "%"), "15"),
            Ind("产出指标", "时效指标", "整治任务完成时间", "2025年10月底前", (None, None, None), "10"),
            Ind("效益指标", "生态效益指标", "村容村貌", "明显改善", Q, "30"),
            Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
        ("村级公益事业一事一议奖补", ("850,000.00", "850,000.00", "", ""), "实施村内道路、路灯等公益事业建设。", [
            Ind("产出指标", "数量指标", "新建村内道路", "≥3.5公里", (">=", 3.5, "公里"), "25"),
            Ind("产出指标", "数量指标", "安装太阳能路灯", "≥120盏", (">=", 120, "盏"), "15"),
            Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "20"),
            Ind("效益指标", "社会效益指标", "群众出行条件", "有效改善", Q, "30"),
            Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
        ("防汛应急能力建设", ("420,000.00", "300,000.00", "0.00", "120,000.00"), "储备防汛物资，开展应急演练。", [
            Ind("产出指标", "数量指标", "防汛物资储备品类", "≥12类", (">=", 12, "类"), "25"),
            Ind("产出指标", "数量指标", "应急演练次数", "≥2次", (">=", 2, "次"), "15"),
            Ind("产出指标", "时效指标", "物资储备到位时间", "2025年5月31日前", (None, None, None), "20"),
            Ind("效益指标", "社会效益指标", "汛期因灾死亡人数", "0人", ("=", 0, "人"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
    ]
    for project, (total, fiscal, carried, other), goal, inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, "修武县人民政府"), (3, 1, "实施单位"), (4, 2, dept))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（元）")
        for k, (label, v) in enumerate((("资金总额", total), ("其中：财政资金", fiscal), ("上年结转", carried),
                                        ("其他资金", other))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 3, v)
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标"))], (3, 2, "指标值"),
                 (5, 1, "分值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw), (5, 1, i.weight)])
        spec = _spec(rows.cells, rows.n, [80, 90, 130, 60, 74, 60], title=f"{year}年项目支出绩效目标表",
                     editor=f"填报单位：{dept}", unit_raw="")
        doc.pages.grid(spec, fresh_page=False)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=total, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西 钦州 二级单位


def layout_gx_qz_secondary_budget_two_row_heads(folder: Path, name: str) -> FileGold:
    """Rules "filled"."""
    dept = "钦州市不动产登记中心"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year,
                  cover=[(dept, 24), (f"{year}年部门预算", 24), ("主管部门：钦州市自然资源局", 14)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "1,286.30"), ("二、财政专户管理资金收入", "210.00"),
                                    ("三、单位资金收入", "36.00")],
                  [("一、自然资源海洋气象等支出", "1,421.30"), ("二、住房保障支出", "111.00")])
    forms = [
        ("不动产登记信息平台运维", ("186.00", "150.00", "36.00", ""), "保障不动产登记信息平台稳定运行，推进登记数据共享。", [
            Ind("产出指标", "数量指标", "登记业务办理量", "≥6.5万件", (">=", 6.5, "万件"), note="近三年平均办件量"),
            Ind("产出指标", "质量指标", "系统正常运行率", "≥99.5%", (">=", 99.5, "%"), note="运维合同约定"),
            Ind("产出指标", "质量指标", "登记数据差错率", "≤0.1%", ("<=", 0.1, "%"), note="质检抽查"),
            Ind("产出指标", "时效指标", "一般登记办结时限", "≤3个工作日", ("<=", 3, "个工作日"), note="省定压缩时限"),
            Ind("产出指标", "成本指标", "年度运维费用", "≤186万元", ("<=", 186, "万元"), note="年度预算"),
            Ind("效益指标", "经济效益指标", "企业间转移登记办理时间", "不超过1个工作日", ("<=", 1, "个工作日"),
                note="优化营商环境要求"),
            Ind("效益指标", "社会效益指标", "一网通办比例", "≥90%", (">=", 90, "%"), note="营商环境考核要求"),
            Ind("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%", (">=", 95, "%"), note="好差评系统"),
        ]),
        ("历史遗留不动产登记问题化解", ("95.00", "20.00", "", "75.00"), "化解国有土地上房屋历史遗留办证问题。", [
            Ind("产出指标", "数量指标", "化解历史遗留项目", "≥12个", (">=", 12, "个"), note="年度攻坚任务"),
            Ind("产出指标", "数量指标", "办理首次登记户数", "≥3000户", (">=", 3000, "户"), note="摸底数据"),
            Ind("产出指标", "质量指标", "测绘成果质检合格率", "100%", ("=", 100, "%"), note="行业标准"),
            Ind("产出指标", "成本指标", "单户测绘费用", "≤260元", ("<=", 260, "元"), note="市场询价"),
            Ind("产出指标", "时效指标", "完成时限", "2025年12月31日前", (None, None, None), note="市政府工作部署"),
            Ind("效益指标", "社会效益指标", "群众办证难问题", "有效化解", Q, note="信访件数量"),
            Ind("效益指标", "可持续影响指标", "不动产登记长效机制", "逐步建立", Q, note="制度文件"),
            Ind("满意度指标", "服务对象满意度指标", "办证群众满意度", "≥90%", (">=", 90, "%"), note="问卷调查"),
        ]),
    ]
    for project, (total, fiscal, special, own), goal, inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, "钦州市自然资源局"), (3, 1, "实施单位"), (4, 2, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for k, (h, v) in enumerate((("年度资金总额", total), ("财政拨款", fiscal), ("财政专户管理资金", special))):
            rows.put(r, 1 + k, 1, 1, h)
            rows.put(r + 1, 1 + k, 1, 1, v)
        rows.put(r, 4, 1, 2, "单位资金")
        rows.put(r + 1, 4, 1, 2, own)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值"))],
                 (4, 2, "指标值确定依据"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 2, i.note)])
        spec = _spec(rows.cells, rows.n, [74, 86, 122, 92, 60, 70], title="项目支出绩效目标表",
                     editor=f"（{year}年度）", unit_raw="")
        doc.pages.grid(replace(spec, rules="filled"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 云南 普洱 部门整体


def layout_yn_pe_dept_budget_dept_wide_tasks(folder: Path, name: str) -> FileGold:
    """Rules "cells"."""
    dept = "普洱市思茅区卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "8,642.15"), ("二、其他收入", "120.00")],
                  [("一、卫生健康支出", "8,312.15"), ("二、社会保障和就业支出", "450.00")],
                  part="第三部分  部门整体支出绩效目标")
    inds = [
        Ind("产出指标", "数量指标", "家庭医生签约服务人数", "≥9.5万人", (">=", 9.5, "万人"), "10"),
        Ind("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", (">=", 95, "%"), "10"),
        Ind("产出指标", "数量指标", "65岁及以上老年人健康管理率", "≥65%", (">=", 65, "%"), "8"),
        Ind("产出指标", "质量指标", "孕产妇系统管理率", "≥90%", (">=", 90, "%"), "8"),
        Ind("产出指标", "质量指标", "传染病报告及时率", "100%", ("=", 100, "%"), "7"),
        Ind("产出指标", "时效指标", "突发公共卫生事件报告时限", "≤2小时", ("<=", 2, "小时"), "7"),
        Ind("产出指标", "时效指标", "年度重点任务完成时间", "2025年12月底前", (None, None, None), "5"),
        Ind("产出指标", "成本指标", "基本公共卫生服务人均补助", "≥94元", (">=", 94, "元"), "5"),
        Ind("效益指标", "社会效益指标", "孕产妇死亡率", "＜10/10万", ("<", 10, "/10万"), "10"),
        Ind("效益指标", "社会效益指标", "婴儿死亡率", "＜5‰", ("<", 5, "‰"), "10"),
        Ind("效益指标", "社会效益指标", "居民健康素养水平", "达到30%", (">=", 30, "%"), "5"),
        Ind("效益指标", "可持续影响指标", "基层医疗卫生服务能力", "持续提升", Q, "5"),
        Ind("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    for h, v, c, cs in (("资金总额", "8,762.15", 1, 2), ("财政拨款", "8,642.15", 3, 1), ("其他资金", "120.00", 4, 2)):
        rows.put(r, c, 1, cs, h)
        rows.put(r + 1, c, 1, cs, v)
    tasks = [("基本公共卫生服务", "2,850.00"), ("公立医院综合改革", "1,320.00"), ("疾病预防控制", "640.00"),
             ("妇幼健康服务", "410.00")]
    r = rows.n
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 3, "任务名称")
    rows.put(r, 4, 1, 2, "预算金额（万元）")
    for k, (t, v) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 3, t)
        rows.put(r + k, 4, 1, 2, v)
    rows.add((0, 1, "年度总体目标"), (1, 5, "巩固基本公共卫生服务成效，推进公立医院改革和疾病防控，提升群众健康水平。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标"))], (2, 2, "三级指标"), (4, 1, "指标值"),
             (5, 1, "分值"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [72, 84, 60, 110, 90, 60], title="部门整体支出绩效目标表",
                         editor=f"（{year}年度）", unit_raw="", kind="department_performance_targets"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    return doc.save(folder)


BLIND67: dict[str, Builder] = {
    "zj_huz_school_budget_pairs_filled": layout_zj_huz_school_budget_pairs_filled,
    "js_cs_hospital_accounts_self_eval_yuan": layout_js_cs_hospital_accounts_self_eval_yuan,
    "sd_dy_street_budget_source_heads_open": layout_sd_dy_street_budget_source_heads_open,
    "hub_qj_secondary_unit_turned_list": layout_hub_qj_secondary_unit_turned_list,
    "hun_ld_dept_accounts_dept_self_eval_shaded": layout_hun_ld_dept_accounts_dept_self_eval_shaded,
    "sc_bz_school_self_eval_stacked_open": layout_sc_bz_school_self_eval_stacked_open,
    "gd_yf_hospital_budget_source_columns": layout_gd_yf_hospital_budget_source_columns,
    "ha_jz_town_standalone_yuan_stacked": layout_ha_jz_town_standalone_yuan_stacked,
    "gx_qz_secondary_budget_two_row_heads": layout_gx_qz_secondary_budget_two_row_heads,
    "yn_pe_dept_budget_dept_wide_tasks": layout_yn_pe_dept_budget_dept_wide_tasks,
}
SETS: dict[str, dict[str, Builder]] = {"blind67": BLIND67}


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
    """Write every layout of ``which`` ("blind67") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
