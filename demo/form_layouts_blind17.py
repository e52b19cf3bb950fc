"""BLIND17 performance forms: eleven layouts as 乡镇 / 街道 and 事业单位 (schools, hospitals, health
and culture centres) of 浙江, 广东, 福建, 四川, 重庆 and 江西 print their 项目支出绩效目标表,
部门整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表, written by an author who had
read neither the form reader nor the earlier blind sets (only the gold helpers and page composer of
``form_layouts``, the gold conventions of BLIND9's docstring and the real disclosures: the 浙江
"部门项目支出绩效表" lists of 湖州 / 杭州, the 深圳 key-project notes and the seed forms' 资金来源
blocks). Each layout writes one PDF and its gold in the format of ``form_layouts.write_set``; the
gold is written by hand with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

zj_jx_town_list_then_pair_money  浙江 嘉兴 镇 部门预算: budget tables, then the 浙江 list
        表11 部门项目支出绩效表 (单位名称 | 项目名称 | 金额 | 项目总体绩效目标, a ``**`` row and a 合计
        row) naming four projects, then a 项目绩效目标表 for two of them whose money is one row of
        label | value pairs (资金总额 | v | 其中：财政资金 | v | 其他资金 | v); grid 一级 | 二级 |
        三级 | 指标值 (glued ≥ / ≤ / ＞, a deadline). Money: list 金额 = year (= 资金总额 of the
        form), 其中：财政资金 = fiscal; the two list-only projects give year only.
zj_hz_street_clinic_self_eval_split_yuan  浙江 杭州 街道社区卫生服务中心 (事业单位), two
        项目支出绩效自评表 in 元 with separators: a 项目资金（元） label merged over rows
        年度资金总额 / 其中：财政拨款 / 上年结转 / 其他资金 and columns 全年预算数 | 全年执行数 | 执行率 |
        得分 (no 年初预算数, no 分值 column); grid target split 指标方向 | 年度指标值 | 计量单位, 实际完成值,
        分值, 得分, 偏差原因; 自评等级 优秀. budget = 年度资金总额's 全年预算数, fiscal = the
        财政拨款 row's, carried = the 上年结转 row's.
gd_zs_town_period_year_heads_above  广东 中山 镇 部门预算: tables, then two 项目绩效目标申报表
        whose money heads sit above their values (项目总金额 | 项目年度金额 | 其中：财政资金 |
        其他资金); grid 一级 | 二级 | 三级 | 实施期指标值 | 年度指标值. total = 项目总金额, year =
        项目年度金额, fiscal = 财政资金; target = the 年度指标值 column.
gd_sz_street_dept_wide_source_rows  广东 深圳 街道办事处 部门整体支出绩效目标表: 部门预算资金
        （万元） merged over label | value rows 合计 / 一般公共预算拨款 / 政府性基金拨款 / 其他资金,
        年度主要任务 (任务名称 | 主要内容, no money), grid with 指标值 and 权重（%） (100).
        Department money: no project row.
fj_xm_street_accounts_dept_and_project_self_eval  福建 厦门 街道 部门决算: accounts tables,
        a 部门整体支出绩效自评表 whose money rows are 年度资金总额 / 其中：基本支出 / 项目支出 under
        年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, 全年实际值 and 未完成原因, 自评等级 优;
        then a 项目支出绩效自评表 with money in label | value pairs (年初预算数 | 全年预算数 |
        全年执行数 on one row, 执行率 | 分值 | 得分 on the next), a grid of 一级 and 三级 only (no
        二级), 自评等级 良. The project's year = 全年预算数; no fiscal (none printed).
fj_qz_county_hospital_source_list_yuan  福建 泉州 县医院 (事业单位) 项目支出绩效目标表 in 元:
        资金来源 | 金额（元） rows 合计 / 财政拨款 / 事业收入 / 上年结转 / 其他资金; grid 一级 | 二级 |
        三级 | 指标值 | 分值 with word comparators (不低于 / 不超过 / 大于 / 低于). year = 合计, fiscal =
        财政拨款, carried = 上年结转 (事业收入 is not fiscal).
sc_cd_street_money_lines_in_one_cell  四川 成都 街道 部门预算: tables, then three project forms
        following one another down the pages; each prints its money in one cell of lines
        (年度资金总额：x万元 / 其中：财政拨款：y万元 / 其他资金：z万元); grid 一级 | 二级 | 三级 |
        指标值 | 指标值说明. year = 年度资金总额, fiscal = 财政拨款.
cq_yb_town_accounts_self_eval_two_row_head  重庆 渝北 镇 部门决算: accounts tables, then two
        项目支出绩效自评表 whose money heads (预算数 | 执行数 | 执行率 | 分值 | 得分) sit above one
        amounts row (no source rows: no fiscal); grid header in two rows (绩效指标 over 一级 | 二级 |
        三级, 年度指标值 … merged down), a range (3～5个工作日), 评价等级 良好 / 优秀.
jx_ja_town_dept_wide_then_project_carried  江西 吉安 镇 部门预算: tables, a 部门整体支出绩效目标表
        (年度预算总额 | 其中：财政拨款 | 其他资金 heads over one row, no project) with 年度主要任务,
        then a 项目支出绩效目标表 whose money is one row of pairs 年度资金 | 其中：财政拨款 | 上年结转.
        year = 年度资金, fiscal = 财政拨款, carried = 上年结转.
jx_nc_school_no_level1_weights_repeat  江西 南昌 小学 (事业单位): a long 项目支出绩效目标表 over
        pages (grid header repeated, no 一级 column: 二级 | 三级 | 指标值 | 权重 | 评分标准) and a short
        one; money row 项目总额 | 本年度安排 | 其中：财政拨款 | 上年结转. total = 项目总额, year =
        本年度安排, fiscal = 财政拨款, carried = 上年结转.
sc_ms_county_hospital_self_eval_landscape_words  四川 眉山 县中医医院 (事业单位), two landscape
        项目支出绩效自评表: money in two rows of label | value pairs (年初预算数（万元） | 全年预算数（万元） |
        全年执行数（万元）, then 执行率 | 分值 | 得分), targets split 指标方向 (words 不低于 / 不高于 / 等于) | 指标值 | 计量单位, 自评等级 as
        words (优秀 / 良好). budget = 全年预算数; no fiscal printed.

Gold conventions (BLIND9's, followed exactly; this set's rulings added):

- target_raw is the 年度 value as printed; split columns joined in reading order with no
  separator ("≥95%", "不低于90%"); comparators as BLIND9: ≥ / 不低于 / 不少于 ">="; ≤ / 不高于 /
  不超过 "<="; ＞ / 大于 ">"; ＜ / 小于 / 低于 "<"; 等于 / a bare figure "="; "90%-95%",
  "3～5个工作日" ranges; a deadline stays raw with no comparator; a state is qualitative.
- Money: fiscal only where the form prints 财政拨款 / 财政资金 itself (一般公共预算拨款 listed
  among sources of a 部门整体 form is department money anyway); carried only where 上年结转 is
  printed; total only where a multi-year 项目总金额 / 项目总额 is printed. A project listed in a
  部门项目支出绩效表 and given its own form is one project (year from either, they agree). An
  amount printed 0.00 (上年结转 0.00) is no amount: None.
- Self evaluations: budget = 全年预算数 of 年度资金总额 (or its label | value pair, or the 预算数
  under heads), executed = 全年执行数 / 执行数; score = the printed 总分; grade words read 优 / 良.
- Levels absent from a grid are None; a 部门整体 form's money is no project's.
"""
from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]
DL = (None, None, None)  # a deadline: raw, no comparator


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]], projects: list[tuple[str, str]]) -> None:
    """A 部门预算's front: contents, 部门概况, 收支预算总表, 项目支出预算表, the forms' heading."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效情况", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}负责辖区经济社会发展、公共服务、社会治理和基层党建等工作。",
        "二、部门构成。本部门预算包括本级及所属事业单位预算。",
    ])
    tin = sum(Decimal(v.replace(",", "")) for _, v in income)
    tout = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{tin:,.2f}", "支出总计", f"{tout:,.2f}"]))
    doc.pages.table(TableSpec(f"{year}年部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    pbody = [plain_row([str(k), p, a]) for k, (p, a) in enumerate(projects, 1)]
    doc.pages.table(TableSpec(f"{year}年项目支出预算表", "project_expenditure", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [50, 300, 110],
                              [(0, 0, 1, 1, "序号"), (0, 1, 1, 1, "项目名称"), (0, 2, 1, 1, "金额")], 1, pbody,
                              ["c", "l", "r"]))
    doc.pages.text_page("第四部分  预算绩效情况", [
        f"按照全面实施预算绩效管理的要求，{dept}对纳入{year}年部门预算的项目编制了绩效目标，现予公开。"])


def _rate(budget: str, executed: str) -> tuple[str, str, Decimal]:
    """执行率 as printed ("97.20%"), its score out of 10 as printed, that score."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = (e / b * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    score = min(Decimal(10), (e / b * 10)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{rate}%", f"{score}", score


def _total(rate_score: Decimal, inds: list[Ind]) -> Decimal:
    return rate_score + sum(Decimal(i.score) for i in inds)


# --------------------------------------------------------------------------- layouts


def layout_zj_jx_town_list_then_pair_money(folder: Path, name: str) -> FileGold:
    dept = "嘉兴市秀洲区王江泾镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    listed = [
        ("嘉兴市秀洲区王江泾镇人民政府", "农村生活污水治理设施运维", "186.00",
         "保障农村生活污水治理设施正常运行，出水水质稳定达标，改善农村人居环境。"),
        ("嘉兴市秀洲区王江泾镇人民政府", "美丽城镇建设管护", "320.00",
         "做好美丽城镇建成区道路、绿化、亮化设施日常管护，巩固美丽城镇建设成果。"),
        ("嘉兴市秀洲区王江泾镇社会事务综合服务中心", "村级组织运转保障", "245.60",
         "保障村级组织正常运转，落实村干部报酬和村级办公经费。"),
        ("嘉兴市秀洲区王江泾镇人民政府", "基层武装和民兵训练", "38.50", "完成年度民兵整组和军事训练任务。"),
    ]
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "6,820.40"), ("上级补助收入", "412.00")],
                  [("一般公共服务支出", "2,915.30"), ("农林水支出", "2,488.70"), ("城乡社区支出", "1,828.40")],
                  [(p, a) for _, p, a, _ in listed])
    rows = _Rows()
    rows.add((0, 1, "单位名称"), (1, 1, "项目名称"), (2, 1, "金额"), (3, 1, "项目总体绩效目标"))
    rows.add((0, 1, "**"), (1, 1, "**"), (2, 1, "**"), (3, 1, "**"))
    rows.add((0, 2, "合计"), (2, 1, "790.10"), (3, 1, ""))
    for unit, project, amount, goal in listed:
        rows.add((0, 1, unit), (1, 1, project), (2, 1, amount), (3, 1, goal))
    doc.pages.grid(_spec(rows.cells, rows.n, [120, 110, 60, 205], title=f"表11  {year}年部门项目支出绩效表",
                         editor=f"部门名称：{dept}", unit_raw="单位：万元"), fresh_page=True)
    for _, project, amount, _ in listed[2:]:
        doc.gold.project(project, "万元", year=amount)
    forms = [
        ("农村生活污水治理设施运维", "186.00", "160.00", "26.00", "保障农村生活污水治理设施正常运行，出水水质稳定达标。", [
            Ind("产出指标", "数量指标", "运维处理终端数量", "≥126个", (">=", 126, "个")),
            Ind("产出指标", "数量指标", "管网巡查次数", "≥24次", (">=", 24, "次")),
            Ind("产出指标", "质量指标", "出水水质达标率", "≥90%", (">=", 90, "%")),
            Ind("产出指标", "质量指标", "终端正常运行率", "＞95%", (">", 95, "%")),
            Ind("产出指标", "时效指标", "故障处置时间", "≤48小时", ("<=", 48, "小时")),
            Ind("产出指标", "成本指标", "单个终端年运维成本", "≤1.48万元", ("<=", 1.48, "万元")),
            Ind("效益指标", "生态效益指标", "农村水环境质量", "持续改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("美丽城镇建设管护", "320.00", "320.00", "0.00", "巩固美丽城镇建设成果，建成区设施完好整洁。", [
            Ind("产出指标", "数量指标", "管护道路长度", "≥18.6公里", (">=", 18.6, "公里")),
            Ind("产出指标", "数量指标", "管护绿化面积", "≥32万平方米", (">=", 32, "万平方米")),
            Ind("产出指标", "质量指标", "路灯亮灯率", "≥98%", (">=", 98, "%")),
            Ind("产出指标", "时效指标", "管护合同签订时间", "2025年3月底前", DL),
            Ind("效益指标", "社会效益指标", "镇容镇貌", "明显改善", Q),
            Ind("效益指标", "可持续影响指标", "长效管护机制", "建立健全", Q),
            Ind("满意度指标", "服务对象满意度指标", "群众满意率", "≥85%", (">=", 85, "%")),
        ]),
    ]
    for project, total, fiscal, other, goal, inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "实施单位"), (5, 1, dept))
        rows.add((0, 1, "资金总额"), (1, 1, total), (2, 1, "其中：财政资金"), (3, 1, fiscal), (4, 1, "其他资金"),
                 (5, 1, other))
        rows.add((0, 1, "总体目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 80, 90, 80, 70, 105], title="项目绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    return doc.save(folder)


def layout_zj_hz_street_clinic_self_eval_split_yuan(folder: Path, name: str) -> FileGold:
    dept = "杭州市西湖区转塘街道社区卫生服务中心"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("家庭医生签约服务", {"budget": "1,286,400.00", "fiscal": "1,086,400.00", "carried": "200,000.00",
                              "other": "0.00", "executed": "1,250,380.50", "f_exec": "1,055,380.50",
                              "c_exec": "195,000.00"},
         ("完成辖区重点人群家庭医生签约服务，提升签约居民健康管理水平。", "重点人群签约覆盖率达到目标，履约服务规范。"), [
             Ind("产出指标", "数量指标", "重点人群签约人数", ("≥", "12000", "人"), (">=", 12000, "人"), "15", "12468人", "15"),
             Ind("产出指标", "数量指标", "签约居民健康随访人次", ("≥", "3.6", "万人次"), (">=", 3.6, "万人次"), "10",
                 "3.8万人次", "10"),
             Ind("产出指标", "质量指标", "重点人群签约覆盖率", ("≥", "75", "%"), (">=", 75, "%"), "15", "77.2%", "15"),
             Ind("产出指标", "时效指标", "签约服务费拨付时间", ("", "2024年12月底前", ""), DL, "5", "2024年12月", "5"),
             Ind("效益指标", "社会效益指标", "居民健康管理水平", ("", "有效提升", ""), Q, "15", "有效提升", "14"),
             Ind("效益指标", "可持续影响指标", "家庭医生服务机制", ("", "持续完善", ""), Q, "10", "持续完善", "10"),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", ("≥", "90", "%"), (">=", 90, "%"), "20", "88.5%", "18",
                 "部分居民对预约时段不满意"),
         ], "优秀"),
        ("基本公共卫生服务", {"budget": "2,154,000.00", "fiscal": "2,154,000.00", "carried": "0.00", "other": "0.00",
                              "executed": "2,098,216.80", "f_exec": "2,098,216.80", "c_exec": "0.00"},
         ("按国家规范开展基本公共卫生服务项目，提高居民健康水平。", "各项服务按规范完成，健康档案使用率提高。"), [
             Ind("产出指标", "数量指标", "健康档案建档人数", ("≥", "52000", "人"), (">=", 52000, "人"), "10", "53120人", "10"),
             Ind("产出指标", "数量指标", "老年人健康体检人数", ("≥", "6800", "人"), (">=", 6800, "人"), "10", "6512人", "8",
                 "部分老人外出未能体检"),
             Ind("产出指标", "质量指标", "电子健康档案使用率", ("≥", "60", "%"), (">=", 60, "%"), "10", "64%", "10"),
             Ind("产出指标", "质量指标", "高血压患者规范管理率", ("≥", "65", "%"), (">=", 65, "%"), "10", "67.5%", "10"),
             Ind("产出指标", "时效指标", "传染病报告及时率", ("", "100", "%"), ("=", 100, "%"), "10", "100%", "10"),
             Ind("效益指标", "社会效益指标", "居民健康素养水平", ("≥", "38", "%"), (">=", 38, "%"), "20", "39.1%", "20"),
             Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", ("≥", "85", "%"), (">=", 85, "%"), "20", "91%", "20"),
         ], "优秀"),
    ]
    widths = [44, 50, 72, 34, 58, 34, 58, 30, 30, 80]
    for project, m, goal, inds, grade in evals:
        rate, rscore, rs = _rate(m["budget"], m["executed"])
        total = _total(rs, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 8, project))
        rows.add((0, 2, "主管部门"), (2, 3, "杭州市西湖区转塘街道办事处"), (5, 2, "实施单位"), (7, 3, dept))
        r = rows.n
        rows.put(r, 0, 5, 2, "项目资金（元）")
        cols, spans = (2, 3, 5, 7, 9), (1, 2, 2, 2, 1)
        for k, head in enumerate(("", "全年预算数", "全年执行数", "执行率", "得分")):
            rows.put(r, cols[k], 1, spans[k], head)
        lines = (("年度资金总额", m["budget"], m["executed"], rate, rscore),
                 ("其中：财政拨款", m["fiscal"], m["f_exec"], "—", "—"),
                 ("上年结转", m["carried"], m["c_exec"], "—", "—"),
                 ("其他资金", m["other"], "0.00", "—", "—"))
        for k, line in enumerate(lines, 1):
            for j, v in enumerate(line):
                rows.put(r + k, cols[j], 1, spans[j], v)
        rows.add((0, 2, "年度总体目标"), (2, 4, goal[0]), (6, 4, goal[1]))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "年度指标值",
                                                     "计量单位", "实际完成值", "分值", "得分", "偏差原因及改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.actual), (7, 1, i.weight),
                                                (8, 1, i.score), (9, 1, i.note)])
        rows.add((0, 7, "总分"), (7, 1, "100"), (8, 2, f"{total:.2f}"))
        rows.add((0, 7, "自评等级"), (7, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             unit_raw="单位：元", kind="performance_self_evaluation"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.self_evaluation(project, "元", m["budget"], m["executed"], float(total), "优")
        doc.gold.project(project, "元", year=m["budget"], fiscal=m["fiscal"],
                         carried=m["carried"] if m["carried"] != "0.00" else None)
    return doc.save(folder)


def layout_gd_zs_town_period_year_heads_above(folder: Path, name: str) -> FileGold:
    dept = "中山市小榄镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "18,640.00"), ("政府性基金预算拨款收入", "3,200.00")],
                  [("城乡社区支出", "12,406.00"), ("文化旅游体育与传媒支出", "1,930.00"), ("农林水支出", "7,504.00")],
                  [("小榄镇河涌综合整治工程", "900.00"), ("镇级公共文化服务提升", "120.00")])
    forms = [
        ("小榄镇河涌综合整治工程", "中山市小榄镇水务事务中心", "2,800.00", "900.00", "850.00", "50.00",
         "2025年1月-2027年12月", "完成镇内重点河涌清淤和岸线整治，消除黑臭水体。", [
             Ind("产出指标", "数量指标", "河涌清淤长度", "≥6.5公里", (">=", 6.5, "公里"), period="≥18公里"),
             Ind("产出指标", "数量指标", "岸线整治长度", "≥4公里", (">=", 4, "公里"), period="≥12公里"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), period="100%"),
             Ind("产出指标", "时效指标", "年度工程完工时间", "2025年11月30日前", DL, period="2027年12月底前"),
             Ind("产出指标", "成本指标", "每公里清淤成本", "≤62万元", ("<=", 62, "万元"), period="≤62万元"),
             Ind("效益指标", "生态效益指标", "河涌水质", "稳定达到Ⅴ类", Q, period="稳定达到Ⅳ类"),
             Ind("效益指标", "社会效益指标", "沿岸群众生活环境", "明显改善", Q, period="明显改善"),
             Ind("满意度指标", "服务对象满意度指标", "沿岸居民满意度", "≥85%", (">=", 85, "%"), period="≥90%"),
         ]),
        ("镇级公共文化服务提升", "中山市小榄镇文化服务中心", "360.00", "120.00", "120.00", "0.00",
         "2025年1月-2027年12月", "开展群众文化活动，提升公共文化设施服务效能。", [
             Ind("产出指标", "数量指标", "举办群众文化活动场次", "≥60场", (">=", 60, "场"), period="≥180场"),
             Ind("产出指标", "数量指标", "公益培训人次", "≥2400人次", (">=", 2400, "人次"), period="≥7200人次"),
             Ind("产出指标", "质量指标", "活动安全事故发生率", "0", ("=", 0, None), period="0"),
             Ind("产出指标", "时效指标", "活动按计划完成率", "≥95%", (">=", 95, "%"), period="≥95%"),
             Ind("效益指标", "社会效益指标", "群众文化获得感", "有效增强", Q, period="有效增强"),
             Ind("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ]),
    ]
    for project, unit_name, total, year_amt, fiscal, other, span, goal, inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目类别"), (4, 1, "一般性项目"))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit_name))
        rows.add((0, 1, "实施周期"), (1, 4, span))
        rows.add((0, 1, "项目总金额"), (1, 1, "项目年度金额"), (2, 1, "其中：财政资金"), (3, 1, "其他资金"), (4, 1, ""))
        rows.add((0, 1, total), (1, 1, year_amt), (2, 1, fiscal), (3, 1, other), (4, 1, ""))
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "实施期指标值"), (4, 1, "年度指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.period), (4, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [90, 96, 110, 94, 105], title="项目绩效目标申报表",
                             editor=f"填报单位（盖章）：{unit_name}", unit_raw="单位：万元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", total=total, year=year_amt, fiscal=fiscal)
    return doc.save(folder)


def layout_gd_sz_street_dept_wide_source_rows(folder: Path, name: str) -> FileGold:
    dept = "深圳市南山区粤海街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门整体支出绩效目标表", dept, year)
    inds = [
        Ind("产出指标", "数量指标", "社区网格巡查覆盖率", "100%", ("=", 100, "%"), "8"),
        Ind("产出指标", "数量指标", "安全生产检查场所数", "≥3500家次", (">=", 3500, "家次"), "8"),
        Ind("产出指标", "数量指标", "辖区公共文化活动场次", "≥120场", (">=", 120, "场"), "6"),
        Ind("产出指标", "质量指标", "城中村消防隐患整改率", "≥95%", (">=", 95, "%"), "8"),
        Ind("产出指标", "质量指标", "市容环境测评排名", "全区前3名", ("<=", 3, "名"), "6"),
        Ind("产出指标", "时效指标", "民生诉求办结时限", "≤5个工作日", ("<=", 5, "个工作日"), "6"),
        Ind("产出指标", "时效指标", "预算执行进度", "90%-100%", ("range", 90, "%", 100), "8"),
        Ind("成本指标", "经济成本指标", "一般性支出压减比例", "≥5%", (">=", 5, "%"), "5"),
        Ind("成本指标", "经济成本指标", "“三公”经费支出", "较上年只减不增", Q, "5"),
        Ind("效益指标", "社会效益指标", "辖区较大以上安全事故", "0起", ("=", 0, "起"), "10"),
        Ind("效益指标", "社会效益指标", "基层治理水平", "稳步提升", Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", (">=", 90, "%"), "20"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 4, 1, "部门预算资金（万元）")
    for k, (label, value) in enumerate((("合计", "41,862.35"), ("一般公共预算拨款", "39,640.35"),
                                        ("政府性基金拨款", "1,800.00"), ("其他资金", "422.00"))):
        rows.put(r + k, 1, 1, 2, label)
        rows.put(r + k, 3, 1, 3, value)
    r = rows.n
    tasks = (("基层党建和社区治理", "推进党建引领基层治理，完善社区网格化服务管理。"),
             ("安全生产和消防监管", "开展城中村、三小场所安全检查和隐患整治。"),
             ("市容环境提升", "做好辖区环境卫生、绿化和市容秩序管理。"),
             ("民生服务保障", "落实社会救助、养老服务和公共文化服务。"))
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 2, "任务名称")
    rows.put(r, 3, 1, 3, "主要内容")
    for k, (t, c) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 2, t)
        rows.put(r + k, 3, 1, 3, c)
    rows.add((0, 1, "年度总体目标"), (1, 5, "围绕基层治理、安全稳定和民生服务，全面完成年度工作任务，提升辖区群众获得感。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重（%）"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [76, 84, 90, 80, 100, 60], title="部门整体支出绩效目标表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="department_performance_targets"),
                   fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in inds]
    return doc.save(folder)


def layout_fj_xm_street_accounts_dept_and_project_self_eval(folder: Path, name: str) -> FileGold:
    dept = "厦门市思明区鹭江街道办事处"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "5,286.40"), ("二、其他收入", "38.60")],
                    [("一、一般公共服务支出", "2,406.10"), ("二、社会保障和就业支出", "1,518.90"),
                     ("三、城乡社区支出", "1,400.00")])
    dept_inds = [
        Ind("产出指标", "数量指标", "社区网格员配备数", "≥96人", (">=", 96, "人"), "10", "98人", "10"),
        Ind("产出指标", "数量指标", "困难群众救助人次", "≥1500人次", (">=", 1500, "人次"), "10", "1632人次", "10"),
        Ind("产出指标", "质量指标", "救助资金发放准确率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "质量指标", "垃圾分类达标小区比例", "≥90%", (">=", 90, "%"), "10", "86%", "8", "老旧小区设施不足"),
        Ind("产出指标", "时效指标", "12345诉求按时办结率", "≥98%", (">=", 98, "%"), "10", "99%", "10"),
        Ind("效益指标", "社会效益指标", "辖区治安状况", "持续向好", Q, "15", "持续向好", "15"),
        Ind("效益指标", "可持续影响指标", "基层治理长效机制", "不断健全", Q, "10", "不断健全", "9"),
        Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
    ]
    budget, executed = "5,412.00", "5,325.00"
    rate, rscore, rs = _rate(budget, executed)
    total = _total(rs, dept_inds)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 7, dept))
    rows.add((0, 2, "年度预算资金"), (2, 1, "年初预算数"), (3, 1, "全年预算数"), (4, 1, "全年执行数"), (5, 1, "分值"),
             (6, 1, "执行率"), (7, 2, "得分"))
    rows.add((0, 2, "年度资金总额"), (2, 1, "5,120.00"), (3, 1, budget), (4, 1, executed), (5, 1, "10"),
             (6, 1, rate), (7, 2, rscore))
    rows.add((0, 2, "其中：基本支出"), (2, 1, "3,210.00"), (3, 1, "3,296.00"), (4, 1, "3,296.00"), (5, 1, "—"),
             (6, 1, "—"), (7, 2, "—"))
    rows.add((0, 2, "项目支出"), (2, 1, "1,910.00"), (3, 1, "2,116.00"), (4, 1, "2,029.00"), (5, 1, "—"),
             (6, 1, "—"), (7, 2, "—"))
    rows.add((0, 2, "年度总体目标完成情况"), (2, 7, "全面完成社区治理、社会救助、环境整治等年度目标任务。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值",
                                                 "分值", "得分", "未完成原因"))], (8, 1, "改进措施"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                 (6, 1, i.score), (7, 1, i.note),
                                                 (8, 1, "增设分类设施" if i.note else "")])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
    rows.add((0, 5, "自评等级"), (5, 4, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [52, 58, 74, 58, 56, 32, 44, 62, 60], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in dept_inds]
    doc.gold.self_evaluation(None, "万元", budget, executed, float(total), "优")

    project = "老旧小区微改造"
    inds = [
        Ind("产出指标", None, "改造小区数量", "≥8个", (">=", 8, "个"), "15", "8个", "15"),
        Ind("产出指标", None, "加装电梯台数", "≥12台", (">=", 12, "台"), "10", "9台", "7", "部分居民意见未统一"),
        Ind("产出指标", None, "竣工验收合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", None, "改造工程完工时间", "2024年11月底前", DL, "10", "2024年12月", "8", "雨季影响工期"),
        Ind("效益指标", None, "小区居住环境", "明显改善", Q, "20", "明显改善", "15"),
        Ind("满意度指标", None, "改造小区居民满意度", "≥85%", (">=", 85, "%"), "25", "87%", "22"),
    ]
    p_budget, p_exec = "680.00", "612.40"
    rate, rscore, rs = _rate(p_budget, p_exec)
    total = _total(rs, inds)
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 5, project))
    rows.add((0, 1, "实施单位"), (1, 5, dept))
    rows.add((0, 1, "年初预算数"), (1, 1, "600.00"), (2, 1, "全年预算数"), (3, 1, p_budget), (4, 1, "全年执行数"),
             (5, 1, p_exec))
    rows.add((0, 1, "执行率"), (1, 1, rate), (2, 1, "分值"), (3, 1, "10"), (4, 1, "得分"), (5, 1, rscore))
    rows.add((0, 1, "年度目标"), (1, 5, "完成老旧小区微改造，改善居民居住条件。"))
    rows.add((0, 1, "一级指标"), (1, 1, "三级指标"), (2, 1, "年度指标值"), (3, 1, "实际完成值"), (4, 1, "分值"),
             (5, 1, "得分"))
    _grid_rows(rows, inds, 0, None, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, i.actual), (4, 1, i.weight),
                                               (5, 1, i.score)])
    rows.add((0, 4, "总分"), (4, 1, "100"), (5, 1, f"{total:.2f}"))
    rows.add((0, 4, "自评等级"), (4, 2, "良"))
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 120, 90, 90, 60, 60], title="项目支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    doc.gold.indicators += [_gold_ind(project, i) for i in inds]
    doc.gold.self_evaluation(project, "万元", p_budget, p_exec, float(total), "良")
    doc.gold.project(project, "万元", year=p_budget)
    return doc.save(folder)


def layout_fj_qz_county_hospital_source_list_yuan(folder: Path, name: str) -> FileGold:
    dept = "安溪县医院"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year,
                  cover=[(f"{dept}{year}年项目支出绩效目标表", 20), ("主管部门：安溪县卫生健康局", 14)])
    forms = [
        ("县域医疗次中心能力建设", "350524250000112",
         (("合计", "3,460,000.00"), ("财政拨款", "2,600,000.00"), ("事业收入", "560,000.00"),
          ("上年结转", "300,000.00"), ("其他资金", "0.00")),
         "提升县域医疗服务能力，常见病多发病县域内就诊率进一步提高。", [
             Ind("产出指标", "数量指标", "新增医疗设备台数", "不少于15台", (">=", 15, "台"), "15"),
             Ind("产出指标", "数量指标", "下沉乡镇帮扶专家人次", "不少于240人次", (">=", 240, "人次"), "10"),
             Ind("产出指标", "质量指标", "设备验收合格率", "等于100%", ("=", 100, "%"), "10"),
             Ind("产出指标", "时效指标", "设备采购完成时间", "2025年9月30日前", DL, "10"),
             Ind("产出指标", "成本指标", "设备采购成本", "不超过300万元", ("<=", 300, "万元"), "5"),
             Ind("效益指标", "社会效益指标", "县域内就诊率", "大于90%", (">", 90, "%"), "20"),
             Ind("效益指标", "可持续影响指标", "医联体协作机制", "持续运行", Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "患者满意度", "不低于90%", (">=", 90, "%"), "20"),
         ]),
        ("院感防控和医疗质量管理", "350524250000127",
         (("合计", "820,000.00"), ("财政拨款", "820,000.00"), ("事业收入", "0.00"), ("上年结转", "0.00"),
          ("其他资金", "0.00")),
         "落实院感防控措施，医疗质量安全指标保持良好。", [
             Ind("产出指标", "数量指标", "院感培训场次", "不少于12场", (">=", 12, "场"), "15"),
             Ind("产出指标", "质量指标", "医院感染发生率", "低于3%", ("<", 3, "%"), "20"),
             Ind("产出指标", "质量指标", "手卫生依从率", "不低于85%", (">=", 85, "%"), "15"),
             Ind("产出指标", "时效指标", "危急值报告时间", "不超过30分钟", ("<=", 30, "分钟"), "10"),
             Ind("效益指标", "社会效益指标", "医疗安全不良事件", "明显减少", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "住院患者满意度", "不低于92%", (">=", 92, "%"), "20"),
         ]),
    ]
    for project, code, sources, goal, inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, code))
        rows.add((0, 1, "主管部门"), (1, 2, "安溪县卫生健康局"), (3, 1, "实施单位"), (4, 2, dept))
        r = rows.n
        rows.put(r, 0, len(sources) + 1, 1, "项目资金")
        rows.put(r, 1, 1, 2, "资金来源")
        rows.put(r, 3, 1, 3, "金额（元）")
        for k, (label, value) in enumerate(sources, 1):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 3, value)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "分值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [72, 82, 80, 80, 100, 60], title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        s = dict(sources)
        doc.gold.project(project, "元", code=code, year=s["合计"], fiscal=s["财政拨款"],
                         carried=s["上年结转"] if s["上年结转"] != "0.00" else None)
    return doc.save(folder)


def layout_sc_cd_street_money_lines_in_one_cell(folder: Path, name: str) -> FileGold:
    dept = "成都市锦江区书院街街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    forms = [
        ("社区发展治理保障资金", "85.00", "85.00", "0.00", "保障社区开展发展治理项目，激发居民参与社区治理活力。", [
            Ind("产出指标", "数量指标", "支持社区治理项目个数", "≥10个", (">=", 10, "个"), note="每社区至少一个"),
            Ind("产出指标", "质量指标", "项目验收合格率", "≥95%", (">=", 95, "%"), note="验收合格项目占比"),
            Ind("产出指标", "时效指标", "资金拨付完成时间", "2025年10月底前", DL, note="按进度拨付"),
            Ind("效益指标", "社会效益指标", "居民参与治理积极性", "明显提高", Q, note="与上年比较"),
            Ind("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%", (">=", 90, "%"), note="问卷调查"),
        ]),
        ("老旧院落物业管理补助", "126.40", "110.00", "16.40", "对无物业老旧院落给予物业管理补助，改善院落居住环境。", [
            Ind("产出指标", "数量指标", "补助院落数量", "≥42个", (">=", 42, "个"), note="纳入补助名单的院落"),
            Ind("产出指标", "数量指标", "院落环境整治次数", "≥4次", (">=", 4, "次"), note="每季度至少一次"),
            Ind("产出指标", "质量指标", "院落物业服务覆盖率", "100%", ("=", 100, "%"), note="覆盖院落占比"),
            Ind("产出指标", "成本指标", "每户年度补助标准", "≤180元", ("<=", 180, "元"), note="按户核定"),
            Ind("效益指标", "社会效益指标", "院落矛盾纠纷", "有效减少", Q, note="与上年比较"),
            Ind("满意度指标", "服务对象满意度指标", "院落居民满意度", "≥85%", (">=", 85, "%"), note="问卷调查"),
        ]),
        ("辖区应急管理和安全生产", "64.80", "64.80", "0.00", "开展应急演练和安全隐患排查，防范化解安全风险。", [
            Ind("产出指标", "数量指标", "应急演练次数", "≥6次", (">=", 6, "次"), note="街道和社区演练"),
            Ind("产出指标", "数量指标", "安全隐患排查场所数", "≥800家次", (">=", 800, "家次"), note="九小场所"),
            Ind("产出指标", "质量指标", "隐患整改销号率", "≥95%", (">=", 95, "%"), note="整改销号占比"),
            Ind("产出指标", "时效指标", "突发事件到场时间", "≤15分钟", ("<=", 15, "分钟"), note="接报至到场"),
            Ind("效益指标", "社会效益指标", "较大以上安全事故", "0起", ("=", 0, "起"), note="全年统计"),
            Ind("效益指标", "可持续影响指标", "应急处置能力", "持续提升", Q, note="与上年比较"),
            Ind("满意度指标", "服务对象满意度指标", "辖区群众安全感", "＞92%", (">", 92, "%"), note="抽样调查"),
        ]),
    ]
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "4,960.20"), ("其他收入", "12.00")],
                  [("一般公共服务支出", "2,510.20"), ("城乡社区支出", "1,640.00"), ("灾害防治及应急管理支出", "822.00")],
                  [(p, y) for p, y, *_ in forms])
    first = True
    for project, year_amt, fiscal, other, goal, inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "实施单位"), (3, 2, dept))
        money = f"年度资金总额：{year_amt}万元\n其中：财政拨款：{fiscal}万元\n其他资金：{other}万元"
        rows.add((0, 1, "项目资金"), (1, 4, money))
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 110, 120, 80, 105], title=f"{year}年项目支出绩效目标表",
                             editor=f"编制单位：{dept}"), fresh_page=first, gap=24)
        first = False
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal)
    return doc.save(folder)


def layout_cq_yb_town_accounts_self_eval_two_row_head(folder: Path, name: str) -> FileGold:
    dept = "重庆市渝北区茨竹镇人民政府"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "3,908.70"), ("二、政府性基金预算财政拨款收入", "460.00")],
                    [("一、农林水支出", "2,214.30"), ("二、城乡社区支出", "1,154.40"), ("三、一般公共服务支出", "1,000.00")])
    evals = [
        ("高标准农田建设管护", "420.00", "401.35", "良好", "良", [
            Ind("产出指标", "数量指标", "管护农田面积", "≥1.2万亩", (">=", 1.2, "万亩"), "15", "1.2万亩", "15"),
            Ind("产出指标", "数量指标", "修复灌溉渠道长度", "≥8公里", (">=", 8, "公里"), "10", "7.2公里", "8",
                "部分渠段汛期无法施工"),
            Ind("产出指标", "质量指标", "管护设施完好率", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
            Ind("产出指标", "时效指标", "损毁设施修复时间", "3～5个工作日", ("range", 3, "个工作日", 5), "10",
                "4个工作日", "10"),
            Ind("效益指标", "经济效益指标", "粮食亩产", "稳中有升", Q, "15", "稳中有升", "10", "受干旱影响"),
            Ind("效益指标", "可持续影响指标", "农田设施使用年限", "有效延长", Q, "10", "有效延长", "8"),
            Ind("满意度指标", "服务对象满意度指标", "种植户满意度", "≥85%", (">=", 85, "%"), "15", "86%", "12"),
        ]),
        ("场镇环境卫生保洁", "268.50", "268.50", "优秀", "优", [
            Ind("产出指标", "数量指标", "保洁覆盖面积", "≥45万平方米", (">=", 45, "万平方米"), "15", "45万平方米", "15"),
            Ind("产出指标", "数量指标", "生活垃圾清运量", "≥5200吨", (">=", 5200, "吨"), "10", "5380吨", "10"),
            Ind("产出指标", "质量指标", "垃圾日产日清率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "成本指标", "每平方米年保洁成本", "≤6元", ("<=", 6, "元"), "10", "5.97元", "10"),
            Ind("效益指标", "社会效益指标", "场镇环境面貌", "整洁有序", Q, "20", "整洁有序", "19"),
            Ind("满意度指标", "服务对象满意度指标", "场镇居民满意度", "≥90%", (">=", 90, "%"), "20", "92%", "20"),
        ]),
    ]
    for project, budget, executed, grade_word, grade, inds in evals:
        rate, rscore, rs = _rate(budget, executed)
        total = _total(rs, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, dept))
        rows.add((0, 2, "预算数（万元）"), (2, 1, "执行数（万元）"), (3, 2, "执行率"), (5, 1, "分值"), (6, 2, "得分"))
        rows.add((0, 2, budget), (2, 1, executed), (3, 2, rate), (5, 1, "10"), (6, 2, rscore))
        rows.add((0, 2, "年度绩效目标"), (2, 6, "按计划完成年度任务，发挥资金使用效益。"))
        r = rows.n
        rows.put(r, 0, 1, 3, "绩效指标")
        for k, head in enumerate(("年度指标值", "实际完成值", "分值", "得分", "偏差原因")):
            rows.put(r, 3 + k, 2, 1, head)
        for k, head in enumerate(("一级指标", "二级指标", "三级指标")):
            rows.put(r + 1, k, 1, 1, head)
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
        rows.add((0, 5, "评价等级"), (5, 3, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, [52, 62, 92, 74, 66, 34, 38, 78], title="项目支出绩效自评表",
                           editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.self_evaluation(project, "万元", budget, executed, float(total), grade)
        doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


def layout_jx_ja_town_dept_wide_then_project_carried(folder: Path, name: str) -> FileGold:
    dept = "吉安市青原区富滩镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "2,318.60"), ("上年结转", "86.00")],
                  [("一般公共服务支出", "1,206.60"), ("农林水支出", "1,198.00")],
                  [("乡村振兴衔接项目管护", "156.00")])
    dinds = [
        Ind("产出指标", "数量指标", "村级组织运转保障村数", "12个", ("=", 12, "个")),
        Ind("产出指标", "数量指标", "农村人居环境整治村庄数", "≥12个", (">=", 12, "个")),
        Ind("产出指标", "质量指标", "防返贫监测帮扶覆盖率", "100%", ("=", 100, "%")),
        Ind("产出指标", "质量指标", "耕地保护目标完成率", "≥100%", (">=", 100, "%")),
        Ind("产出指标", "时效指标", "惠民惠农资金发放及时率", "≥98%", (">=", 98, "%")),
        Ind("成本指标", "经济成本指标", "公用经费控制", "不超过上年", Q),
        Ind("效益指标", "社会效益指标", "规模性返贫", "不发生", Q),
        Ind("效益指标", "生态效益指标", "森林火灾受害率", "≤0.8‰", ("<=", 0.8, "‰")),
        Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 4, dept))
    rows.add((0, 1, "年度预算总额"), (1, 2, "其中：财政拨款"), (3, 2, "其他资金"))
    rows.add((0, 1, "2,404.60"), (1, 2, "2,318.60"), (3, 2, "86.00"))
    tasks = ("保障镇村两级组织正常运转", "巩固拓展脱贫攻坚成果同乡村振兴有效衔接", "推进农村人居环境整治",
             "做好森林防火和耕地保护")
    r = rows.n
    rows.put(r, 0, len(tasks), 1, "年度主要任务")
    for k, t in enumerate(tasks):
        rows.put(r + k, 1, 1, 4, f"{'一二三四'[k]}、{t}")
    rows.add((0, 1, "年度绩效目标"), (1, 4, "履行乡镇职能，全面完成经济发展、乡村振兴和社会治理各项任务。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
    _grid_rows(rows, dinds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
    doc.pages.grid(_spec(rows.cells, rows.n, [90, 96, 110, 80, 100], title="部门整体支出绩效目标表",
                         editor=f"部门名称：{dept}", unit_raw="单位：万元", kind="department_performance_targets"),
                   fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in dinds]
    project = "乡村振兴衔接项目管护"
    pinds = [
        Ind("产出指标", "数量指标", "管护扶贫资产项目数", "≥36个", (">=", 36, "个")),
        Ind("产出指标", "质量指标", "资产确权登记率", "100%", ("=", 100, "%")),
        Ind("产出指标", "时效指标", "管护资金拨付时间", "2025年6月底前", DL),
        Ind("效益指标", "经济效益指标", "村集体经济收入", "＞5万元", (">", 5, "万元")),
        Ind("效益指标", "可持续影响指标", "项目资产使用年限", "≥5年", (">=", 5, "年")),
        Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 5, project))
    rows.add((0, 1, "实施单位"), (1, 5, dept))
    rows.add((0, 1, "年度资金"), (1, 1, "156.00"), (2, 1, "其中：财政拨款"), (3, 1, "120.00"), (4, 1, "上年结转"),
             (5, 1, "36.00"))
    rows.add((0, 1, "年度目标"), (1, 5, "做好扶贫项目资产后续管护，确保资产持续发挥效益。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
    _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
    doc.pages.grid(_spec(rows.cells, rows.n, [76, 84, 90, 76, 76, 80], title="项目支出绩效目标表",
                         editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(project, i) for i in pinds]
    doc.gold.project(project, "万元", year="156.00", fiscal="120.00", carried="36.00")
    return doc.save(folder)


def layout_jx_nc_school_no_level1_weights_repeat(folder: Path, name: str) -> FileGold:
    dept = "南昌市东湖区育新学校"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    forms = [
        ("智慧校园建设", "600.00", "200.00", "150.00", "50.00", [
            Ind(None, "数量指标", "新建智慧教室间数", "≥24间", (">=", 24, "间"), "8", note="按验收清单计算新建智慧教室数量"),
            Ind(None, "数量指标", "更新学生终端台数", "≥300台", (">=", 300, "台"), "8", note="以到货验收单为准"),
            Ind(None, "数量指标", "教师信息化培训人次", "≥180人次", (">=", 180, "人次"), "6", note="按培训签到表统计"),
            Ind(None, "数量指标", "校园网络覆盖区域", "100%", ("=", 100, "%"), "6", note="教学区和生活区全覆盖"),
            Ind(None, "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "8", note="未达到扣全部分值"),
            Ind(None, "质量指标", "网络故障率", "＜1%", ("<", 1, "%"), "6", note="故障时长占运行时长比例"),
            Ind(None, "质量指标", "平台数据安全事件", "0次", ("=", 0, "次"), "6", note="发生一次扣全部分值"),
            Ind(None, "时效指标", "设备采购完成时间", "2025年8月31日前", DL, "6", note="开学前完成安装调试"),
            Ind(None, "时效指标", "故障响应时间", "≤2小时", ("<=", 2, "小时"), "6", note="超时一次扣一分"),
            Ind(None, "成本指标", "智慧教室单间建设成本", "≤6.5万元", ("<=", 6.5, "万元"), "5", note="超出标准不得分"),
            Ind(None, "社会效益指标", "信息化教学课时占比", "≥40%", (">=", 40, "%"), "10", note="按教务系统统计"),
            Ind(None, "可持续影响指标", "智慧校园运维机制", "建立并运行", Q, "10", note="有制度有运维合同得满分"),
            Ind(None, "服务对象满意度指标", "教师满意度", "≥90%", (">=", 90, "%"), "8", note="问卷调查"),
            Ind(None, "服务对象满意度指标", "学生家长满意度", "≥85%", (">=", 85, "%"), "7", note="问卷调查"),
        ]),
        ("学生课后服务补助", "96.00", "96.00", "96.00", "0.00", [
            Ind(None, "数量指标", "参加课后服务学生人数", "≥1600人", (">=", 1600, "人"), "20", note="按报名名单统计"),
            Ind(None, "质量指标", "课后服务安全事故", "0起", ("=", 0, "起"), "20", note="发生事故不得分"),
            Ind(None, "时效指标", "补助发放时间", "按学期及时发放", Q, "15", note="逾期不得分"),
            Ind(None, "社会效益指标", "家长接送难问题", "有效缓解", Q, "25", note="根据家长反馈评价"),
            Ind(None, "服务对象满意度指标", "家长满意度", "≥90%", (">=", 90, "%"), "20", note="问卷调查"),
        ]),
    ]
    for project, total, year_amt, fiscal, carried, inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "主管部门"), (5, 1, "南昌市东湖区教育体育局"))
        rows.add((0, 1, "项目总额"), (1, 1, total), (2, 1, "本年度安排"), (3, 1, year_amt), (4, 1, "其中：财政拨款"),
                 (5, 1, fiscal))
        rows.add((0, 1, "上年结转"), (1, 1, carried), (2, 1, "实施期限"), (3, 3, "2025年1月至2025年12月"))
        rows.add((0, 1, "年度目标"), (1, 5, "改善学校办学条件，提升教育教学质量和服务水平。"))
        head = rows.add((0, 1, "二级指标"), (1, 2, "三级指标"), (3, 1, "指标值"), (4, 1, "权重"), (5, 1, "评分标准"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 2, i.name), (3, 1, i.raw), (4, 1, i.weight),
                                                  (5, 1, i.note + "，依据验收报告、台账等佐证材料按实际完成情况评分，未完成的按比例扣分")])
        doc.pages.grid(_spec(rows.cells, rows.n, [88, 70, 70, 96, 50, 130], title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元", kind="project_performance_targets"),
                       fresh_page=True, repeat=(head, 1))
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", total=total, year=year_amt, fiscal=fiscal,
                         carried=carried if carried != "0.00" else None)
    return doc.save(folder)


def layout_sc_ms_county_hospital_self_eval_landscape_words(folder: Path, name: str) -> FileGold:
    dept = "洪雅县中医医院"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("中医药特色服务能力提升", "300.00", "280.00", "271.60", "优秀", "优", [
            Ind("产出指标", "数量指标", "中医适宜技术推广项数", ("不低于", "15", "项"), (">=", 15, "项"), "15", "16项", "15"),
            Ind("产出指标", "数量指标", "基层中医药人员培训人次", ("不低于", "200", "人次"), (">=", 200, "人次"), "10",
                "214人次", "10"),
            Ind("产出指标", "质量指标", "中医治未病服务人次增长率", ("不低于", "5", "%"), (">=", 5, "%"), "10", "6.2%", "10"),
            Ind("产出指标", "时效指标", "设备购置完成时间", ("", "2024年10月底前", ""), DL, "10", "2024年10月", "10"),
            Ind("产出指标", "成本指标", "培训人均成本", ("不高于", "800", "元"), ("<=", 800, "元"), "5", "760元", "5"),
            Ind("效益指标", "社会效益指标", "中医药服务可及性", ("", "明显提高", ""), Q, "20", "明显提高", "19"),
            Ind("满意度指标", "服务对象满意度指标", "就诊患者满意度", ("不低于", "90", "%"), (">=", 90, "%"), "20", "94%", "20"),
        ]),
        ("急诊急救能力建设", "180.00", "180.00", "158.40", "良好", "良", [
            Ind("产出指标", "数量指标", "购置急救设备台数", ("等于", "6", "台"), ("=", 6, "台"), "15", "5台", "12",
                "一台设备招标流标"),
            Ind("产出指标", "质量指标", "急诊抢救成功率", ("不低于", "95", "%"), (">=", 95, "%"), "15", "96.3%", "15"),
            Ind("产出指标", "时效指标", "急救呼叫响应时间", ("不高于", "10", "分钟"), ("<=", 10, "分钟"), "15", "9分钟", "15"),
            Ind("效益指标", "社会效益指标", "县域急危重症救治能力", ("", "有效提升", ""), Q, "20", "有效提升", "18"),
            Ind("满意度指标", "服务对象满意度指标", "急诊患者满意度", ("不低于", "90", "%"), (">=", 90, "%"), "25", "89%", "20",
                "高峰时段候诊时间长"),
        ]),
    ]
    widths = [70, 90, 140, 52, 60, 56, 70, 36, 36, 120]
    for project, initial, budget, executed, word, grade, inds in evals:
        rate, rscore, rs = _rate(budget, executed)
        total = _total(rs, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 3, project), (5, 2, "主管部门"), (7, 3, "洪雅县卫生健康局"))
        rows.add((0, 2, "年初预算数（万元）"), (2, 1, initial), (3, 2, "全年预算数（万元）"), (5, 1, budget),
                 (6, 2, "全年执行数（万元）"), (8, 2, executed))
        rows.add((0, 2, "执行率"), (2, 1, rate), (3, 2, "分值"), (5, 1, "10"), (6, 2, "得分"), (8, 2, rscore))
        rows.add((0, 2, "年度总体目标"), (2, 8, "提升医院服务能力，满足县域群众就医需求。"))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位",
                                                     "实际完成值", "分值", "得分", "偏差原因分析"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.actual), (7, 1, i.weight),
                                                (8, 1, i.score), (9, 1, i.note)])
        rows.add((0, 7, "自评总分"), (7, 1, "100"), (8, 2, f"{total:.2f}"))
        rows.add((0, 7, "自评等级"), (7, 3, word))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表",
                             editor=f"单位名称：{dept}（{year}年度）", landscape=True,
                             kind="performance_self_evaluation"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.self_evaluation(project, "万元", budget, executed, float(total), grade)
        doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


BLIND17: dict[str, Builder] = {
    "zj_jx_town_list_then_pair_money": layout_zj_jx_town_list_then_pair_money,
    "zj_hz_street_clinic_self_eval_split_yuan": layout_zj_hz_street_clinic_self_eval_split_yuan,
    "gd_zs_town_period_year_heads_above": layout_gd_zs_town_period_year_heads_above,
    "gd_sz_street_dept_wide_source_rows": layout_gd_sz_street_dept_wide_source_rows,
    "fj_xm_street_accounts_dept_and_project_self_eval": layout_fj_xm_street_accounts_dept_and_project_self_eval,
    "fj_qz_county_hospital_source_list_yuan": layout_fj_qz_county_hospital_source_list_yuan,
    "sc_cd_street_money_lines_in_one_cell": layout_sc_cd_street_money_lines_in_one_cell,
    "cq_yb_town_accounts_self_eval_two_row_head": layout_cq_yb_town_accounts_self_eval_two_row_head,
    "jx_ja_town_dept_wide_then_project_carried": layout_jx_ja_town_dept_wide_then_project_carried,
    "jx_nc_school_no_level1_weights_repeat": layout_jx_nc_school_no_level1_weights_repeat,
    "sc_ms_county_hospital_self_eval_landscape_words": layout_sc_ms_county_hospital_self_eval_landscape_words,
}
SETS: dict[str, dict[str, Builder]] = {"blind17": BLIND17}


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
    """Write every layout of ``which`` ("blind17") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
