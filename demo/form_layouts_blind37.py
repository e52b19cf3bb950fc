"""BLIND37 performance forms: eleven layouts as a district of 贵阳, of 南昌, of 哈尔滨, of 兰州,
of 沈阳, of 重庆, of 乌鲁木齐, of 银川, of 长春, of 太原 and of 西宁 print their
部门（单位）整体支出绩效目标表, 部门整体支出绩效自评表, 项目支出绩效目标表 and 项目支出绩效自评表,
written by an author who had read neither the form reader nor the earlier blind sets (only the
gold helpers and page composer of ``form_layouts``, the gold conventions of BLIND9's docstring
and the briefs). The emphasis is the department-wide forms in their provincial variants beside
project forms whose money is a sentence, a field line or label：value text in one cell. Each
layout writes one PDF and its gold in the format of ``form_layouts.write_set``; the gold is
written by hand with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

gz_gy_budget_dept_wide_tasks_projects_money_sentence  贵州 贵阳 district 部门预算: budget tables,
        then a 部门整体支出绩效目标表 (部门预算资金（万元） merged over 资金总额 | 财政拨款 | 其他资金
        heads and their amounts, 年度主要任务 | 对应项目 | 预算金额（万元） block, 整体绩效目标),
        then two project forms whose money is one sentence in a cell (本项目年度预算86.50万元，
        其中财政拨款80.00万元，其他资金6.50万元。)
jx_nc_dept_wide_lvzhi_framework_stacked_funds  江西 南昌 district standalone 部门整体支出绩效目标表:
        部门预算资金 as stacked label | value rows (资金总额 / 其中：财政拨款 / 其他资金), tasks block,
        grid in the 履职效能 / 管理效率 / 运行成本 / 社会效应 framework with 权重; two project
        forms whose money is label：value text on lines of one cell (年度资金总额：56.00万元 …)
hlj_hrb_accounts_dept_self_eval_stage_rows_cell_money  黑龙江 哈尔滨 district 部门决算: accounts
        tables, a 部门整体支出绩效自评表 whose money is a grid of stages (全年预算数 / 全年执行数 rows)
        by sources (资金总额 | 财政拨款 | 其他资金 columns) with 执行率 | 分值 | 得分 below, framework
        grid scored; two project self evaluations whose money is label：value lines in one cell
        (年初预算数：… 全年预算数：… 全年执行数：…) beside a cell 执行率：… 分值：… 得分：…
gs_lz_budget_field_cells_yuan_split_target  甘肃 兰州 district 部门预算: three project forms
        in 元, the money row three cells each label：value (资金总额：1,250,000.00 | 财政拨款：… |
        其他资金 / 上年结转：…), grid 比较符 | 指标值 | 计量单位 | 权重 (定性 in the 比较符 column)
ln_sy_self_evals_pairs_two_a_row  辽宁 沈阳 district standalone 项目支出绩效自评表: money as two
        label | value pairs a row (年初预算数 | … | 分值 | 10, 全年预算数 | … | 全年执行数 | …, 执行率 |
        … | 得分 | …), targets in words (不低于, 达到, 控制在…以内, 不超过), 自评等级 良好 / 优秀
cq_yb_landscape_dept_wide_then_project_list  重庆 渝北区 landscape pages: 部门整体支出绩效目标表
        with money heads in one row, tasks block, then a list 项目名称 | 资金总额 | 财政拨款 |
        其他资金 | 年度绩效目标 | 一级 | 二级 | 三级 | 指标值, project cells merged down
xj_wlmq_budget_source_lines_unit_in_title  新疆 乌鲁木齐 district 部门预算: project forms titled
        with their unit (（金额单位：万元）), money as a 资金来源 list (合计 / 一般公共预算财政拨款收入 /
        政府性基金预算财政拨款收入 / 专项债券资金 / 中央补助资金 / 上年结转资金 0.00)
nx_yc_two_forms_a_page_money_sentences  宁夏 银川 district: four short forms two a page, money one
        sentence (…上年结转0.00万元。 / 项目总金额200.00万元，本年度安排80.00万元（其中财政拨款
        80.00万元）。), grid header in two rows (绩效指标 over 一级 | 二级 | 三级, 指标值 and 权重 merged
        down)
jl_cc_accounts_project_self_evals_yuan_columns  吉林 长春 district 部门决算: accounts tables, two
        project self evaluations in 元: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over
        年度资金总额 / 其中：财政拨款 / 上年结转 / 其他资金, grades 优秀 / 良好
sx_ty_dept_wide_labels_above_yuan_field_line  山西 太原 district in 元: 部门整体支出绩效目标表 with
        labels above values (部门名称 | 资金总额（元） | 财政拨款（元） | 其他资金（元）), tasks block
        in 元, weights; two project forms whose money is one field line across the form
        (本年预算（元）：856,000.00  其中：财政拨款（元）：800,000.00 …)
qh_xn_budget_stacked_money_unit_in_cell  青海 西宁 district 部门预算: project forms with 项目编码,
        money stacked under a merged 项目资金 cell, each amount carrying its unit (1,200.00万元):
        项目总额 / 本年预算 / 其中：财政资金 / 其他资金 / 上年结转

Gold conventions: BLIND9's docstring, with the addendum's rulings: fiscal = the 财政拨款 /
财政资金 figure as printed, or the sum of source lines named …财政拨款收入 (never 一般公共预算
alone, 专项债券, 中央补助, 其他资金); a printed 0.00 上年结转 is 0.00; 达到 N reads ≥. This set's
own rulings:

- 控制在N以内 reads "<="; 不超过 reads "<=".
- 项目总金额 of a sentence is total; 本年度安排 the year; the 财政拨款 in its brackets fiscal.
- A one-cell self-evaluation money text (年初预算数：… 全年预算数：… 全年执行数：…) gives the
  budget (全年预算数) and executed; the project's year is that 全年预算数, no fiscal printed.
- A 部门整体 form's money (部门预算资金, its tasks' amounts) is no project's; a 部门整体 self
  evaluation's budget is the 全年预算数 of its 资金总额 column.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

GRID_HEADS = ("一级指标", "二级指标", "三级指标")


def _front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]], spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, overview, the 收支预算总表, the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算公开表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效目标情况", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职责。{dept}承担本辖区有关行业的政策落实、监督管理和公共服务职能。",
        "二、部门预算单位构成。本部门预算由机关本级和所属事业单位预算组成。",
        f"三、{year}年主要任务。按照区委、区政府部署，保障重点工作，压减一般性支出。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec(f"{year}年部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    doc.pages.text_page("第四部分  预算绩效目标情况", [
        f"按照预算绩效管理要求，{dept}{year}年部门整体支出和重点项目支出均编制了绩效目标，具体如下表。",
    ])


def _tasks(rows: _Rows, c0: int, tasks: list[tuple[str, str, str]], spans: tuple[int, int, int],
           money_head: str) -> None:
    """A 年度主要任务 | 对应项目 | 预算金额 block: label merged down column 0, then a head row and
    one row per task (spans: columns of the task, project and amount cells)."""
    r = rows.n
    rows.put(r, 0, len(tasks) + 1, c0, "年度主要任务")
    a, b, c = spans
    rows.put(r, c0, 1, a, "任务名称")
    rows.put(r, c0 + a, 1, b, "对应项目")
    rows.put(r, c0 + a + b, 1, c, money_head)
    for k, (task, project, amount) in enumerate(tasks, 1):
        rows.put(r + k, c0, 1, a, task)
        rows.put(r + k, c0 + a, 1, b, project)
        rows.put(r + k, c0 + a + b, 1, c, amount)


def _total(rate_score: str, inds: list[Ind]) -> float:
    return round(float(rate_score) + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- 贵州 贵阳


def layout_gz_gy_budget_dept_wide_tasks_projects_money_sentence(folder: Path, name: str) -> FileGold:
    dept = "贵阳市云岩区卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _front(doc, dept, year, [("一、一般公共预算拨款收入", "4,510.80"), ("二、事业收入", "351.50")],
           [("一、卫生健康支出", "4,640.20"), ("二、社会保障和就业支出", "222.10")])
    dept_inds = [
        Ind("产出指标", "数量指标", "家庭医生签约服务人数", "≥12万人", (">=", 12, "万人")),
        Ind("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", (">=", 95, "%")),
        Ind("产出指标", "质量指标", "电子健康档案建档率", "≥90%", (">=", 90, "%")),
        Ind("产出指标", "质量指标", "传染病报告及时率", "100%", ("=", 100, "%")),
        Ind("产出指标", "时效指标", "补助资金拨付时间", "2025年9月底前", (None, None, None)),
        Ind("产出指标", "成本指标", "“三公”经费", "不高于上年", Q),
        Ind("效益指标", "社会效益指标", "孕产妇死亡率", "＜10/10万", ("<", 10, "/10万")),
        Ind("效益指标", "社会效益指标", "居民健康素养水平", "达到28%", (">=", 28, "%")),
        Ind("效益指标", "可持续影响指标", "基层医疗服务能力", "持续提升", Q),
        Ind("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    rows.put(r, 1, 1, 2, "资金总额")
    rows.put(r, 3, 1, 1, "财政拨款")
    rows.put(r, 4, 1, 2, "其他资金")
    rows.put(r + 1, 1, 1, 2, "4,862.30")
    rows.put(r + 1, 3, 1, 1, "4,510.80")
    rows.put(r + 1, 4, 1, 2, "351.50")
    _tasks(rows, 1, [("基本公共卫生服务", "基本公共卫生服务补助", "1,280.00"),
                     ("疾病预防控制", "重大传染病防控", "356.40"),
                     ("医疗机构运行保障", "基层医疗机构运转补助", "2,105.60"),
                     ("机关运行", "人员经费及日常公用经费", "1,120.30")], (2, 1, 2), "预算金额（万元）")
    rows.add((0, 1, "整体绩效目标"), (1, 5, "巩固基本公共卫生服务均等化成果，提升疾病预防控制和基层医疗服务能力，"
                                       "保障群众健康。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 2, "备注"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 2, "")])
    widths = [70, 80, 130, 85, 50, 80]
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年部门整体支出绩效目标表",
                         editor=f"部门（单位）：{dept}", kind="dept_performance_targets"), fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("家庭医生签约服务补助", "云岩区各社区卫生服务中心", "本项目年度预算86.50万元，其中财政拨款80.00万元，其他资金6.50万元。",
         "完成重点人群家庭医生签约服务，提高签约居民获得感。", [
             Ind("产出指标", "数量指标", "重点人群签约人数", "≥4.5万人", (">=", 4.5, "万人"), "30"),
             Ind("产出指标", "质量指标", "签约服务履约率", "≥85%", (">=", 85, "%"), "20"),
             Ind("产出指标", "时效指标", "补助资金发放时限", "按季度发放", Q, "10"),
             Ind("效益指标", "社会效益指标", "慢病患者规范管理率", "≥70%", (">=", 70, "%"), "25"),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", (">=", 90, "%"), "15"),
         ], dict(year="86.50", fiscal="80.00")),
        ("重大传染病防控", "贵阳市云岩区疾病预防控制中心", "本项目年度预算132.00万元，其中财政拨款120.00万元，上年结转12.00万元。",
         "落实结核病、艾滋病等重大传染病防控措施，疫情平稳。", [
             Ind("产出指标", "数量指标", "重点人群筛查人次", "≥8000人次", (">=", 8000, "人次"), "25"),
             Ind("产出指标", "质量指标", "肺结核患者成功治疗率", "≥90%", (">=", 90, "%"), "25"),
             Ind("产出指标", "成本指标", "人均筛查成本", "≤60元", ("<=", 60, "元"), "10"),
             Ind("效益指标", "社会效益指标", "重大传染病疫情", "无暴发流行", Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "受检群众满意度", "≥85%", (">=", 85, "%"), "10"),
         ], dict(year="132.00", fiscal="120.00", carried="12.00")),
    ]
    for k, (project, unit, money, goal, inds, gold) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit))
        rows.add((0, 1, "项目资金"), (1, 5, money))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重"),
                 (5, 1, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"部门（单位）：{dept}"), fresh_page=k == 0)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", **gold)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 南昌


def layout_jx_nc_dept_wide_lvzhi_framework_stacked_funds(folder: Path, name: str) -> FileGold:
    dept = "南昌市青山湖区司法局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年度绩效目标", dept, year)
    dept_inds = [
        Ind("履职效能", "职责履行", "人民调解案件数", "≥1500件", (">=", 1500, "件"), "15"),
        Ind("履职效能", "职责履行", "社区矫正对象再犯罪率", "≤0.2%", ("<=", 0.2, "%"), "10"),
        Ind("履职效能", "核心业务产出", "法律援助案件办结数", "≥600件", (">=", 600, "件"), "15"),
        Ind("履职效能", "核心业务产出", "普法宣传活动场次", "≥120场", (">=", 120, "场"), "10"),
        Ind("管理效率", "预算执行", "预算执行率", "≥95%", (">=", 95, "%"), "10"),
        Ind("管理效率", "预算管理", "预决算信息公开", "按规定时限公开", Q, "5"),
        Ind("管理效率", "资产管理", "固定资产利用率", "≥90%", (">=", 90, "%"), "5"),
        Ind("运行成本", "公用经费控制", "“三公”经费变动率", "≤0", ("<=", 0, None), "10"),
        Ind("社会效应", "社会效益", "群众法治意识", "明显增强", Q, "10"),
        Ind("社会效应", "服务对象满意度", "法律服务对象满意度", "≥95%", (">=", 95, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 3, 1, "部门预算资金（万元）")
    for k, (label, amount) in enumerate((("资金总额", "1,268.40"), ("其中：财政拨款", "1,205.00"), ("其他资金", "63.40"))):
        rows.put(r + k, 1, 1, 2, label)
        rows.put(r + k, 3, 1, 3, amount)
    _tasks(rows, 1, [("人民调解和法律援助", "法律援助经费", "215.00"), ("社区矫正", "社区矫正工作经费", "96.80"),
                     ("法治宣传", "“八五”普法经费", "48.60"), ("机关运行", "基本支出", "908.00")],
           (2, 2, 1), "预算金额")
    rows.add((0, 1, "整体绩效目标"), (1, 5, "深化法治政府建设，完善公共法律服务体系，做好人民调解、"
                                       "法律援助和社区矫正工作，维护社会和谐稳定。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重"),
             (5, 1, "指标解释"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
    widths = [70, 80, 130, 85, 50, 80]
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="部门整体支出绩效目标表",
                         editor=f"填报单位：{dept}", unit_raw="金额单位：万元", kind="dept_performance_targets"),
                   fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("法律援助经费", "年度资金总额：56.00万元\n其中：财政拨款：56.00万元\n上年结转：0.00万元", [
            Ind("产出指标", "数量指标", "受理法律援助案件数", "≥600件", (">=", 600, "件"), "40"),
            Ind("产出指标", "质量指标", "援助案件质量评查合格率", "≥95%", (">=", 95, "%"), "20"),
            Ind("效益指标", "社会效益指标", "困难群众合法权益", "得到有效维护", Q, "25"),
            Ind("满意度指标", "服务对象满意度指标", "受援人满意度", "≥95%", (">=", 95, "%"), "15"),
        ], dict(year="56.00", fiscal="56.00", carried="0.00")),
        ("社区矫正工作经费", "年度资金总额：38.60万元\n其中：财政拨款：30.00万元\n其他资金：8.60万元", [
            Ind("产出指标", "数量指标", "社区矫正对象教育培训人次", "≥900人次", (">=", 900, "人次"), "35"),
            Ind("产出指标", "时效指标", "矫正对象报到衔接时限", "≤10日", ("<=", 10, "日"), "20"),
            Ind("效益指标", "社会效益指标", "矫正对象脱管漏管率", "0%", ("=", 0, "%"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "矫正对象家属满意度", "≥90%", (">=", 90, "%"), "15"),
        ], dict(year="38.60", fiscal="30.00")),
    ]
    for k, (project, money, inds, gold) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目属性"), (5, 1, "经常性项目"))
        rows.add((0, 1, "项目资金"), (1, 5, money))
        rows.add((0, 1, "年度目标"), (1, 5, f"保障{project}足额到位，完成年度工作任务。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重"),
                 (5, 1, "指标解释"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"填报单位：{dept}"),
                       fresh_page=k == 0)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", **gold)
    return doc.save(folder)


# --------------------------------------------------------------------------- 黑龙江 哈尔滨


def layout_hlj_hrb_accounts_dept_self_eval_stage_rows_cell_money(folder: Path, name: str) -> FileGold:
    dept = "哈尔滨市南岗区教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "22,402.10"), ("二、事业收入", "512.50")],
                    [("一、教育支出", "21,880.40"), ("二、社会保障和就业支出", "1,034.20")])
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析")
    widths = [50, 58, 92, 58, 58, 34, 34, 111]
    dept_inds = [
        Ind("履职效能", "职责履行", "义务教育巩固率", "≥99%", (">=", 99, "%"), "15", "99.6%", "15"),
        Ind("履职效能", "职责履行", "学前教育毛入园率", "≥92%", (">=", 92, "%"), "10", "91.2%", "9",
            "新建园所开园推迟"),
        Ind("履职效能", "核心业务产出", "教师培训人次", "≥3000人次", (">=", 3000, "人次"), "15", "3260人次", "15"),
        Ind("管理效率", "预算执行", "预算执行率", "≥95%", (">=", 95, "%"), "10", "97.26%", "10"),
        Ind("管理效率", "资产管理", "资产账实相符率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("运行成本", "公用经费控制", "日常公用经费增长率", "≤0", ("<=", 0, None), "10", "-2.1%", "10"),
        Ind("社会效应", "社会效益", "校园安全责任事故", "0起", ("=", 0, "起"), "10", "0起", "10"),
        Ind("社会效应", "服务对象满意度", "家长满意度", "≥90%", (">=", 90, "%"), "10", "93.5%", "10"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门名称"), (2, 6, dept))
    r = rows.n
    rows.put(r, 0, 4, 2, "部门预算资金（万元）")
    rows.put(r, 2, 1, 1, "")
    rows.put(r, 3, 1, 2, "资金总额")
    rows.put(r, 5, 1, 2, "财政拨款")
    rows.put(r, 7, 1, 1, "其他资金")
    for k, (stage, total, fiscal, other) in enumerate((("全年预算数", "23,560.00", "22,980.00", "580.00"),
                                                       ("全年执行数", "22,914.60", "22,402.10", "512.50")), 1):
        rows.put(r + k, 2, 1, 1, stage)
        rows.put(r + k, 3, 1, 2, total)
        rows.put(r + k, 5, 1, 2, fiscal)
        rows.put(r + k, 7, 1, 1, other)
    rows.put(r + 3, 2, 1, 1, "执行率")
    rows.put(r + 3, 3, 1, 2, "97.26%")
    rows.put(r + 3, 5, 1, 1, "分值")
    rows.put(r + 3, 6, 1, 1, "10")
    rows.put(r + 3, 7, 1, 1, "得分：9.73")
    rows.add((0, 2, "年度总体目标完成情况"), (2, 6, "全面完成义务教育保障、教师队伍建设和校园安全等年度目标。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(heads)])
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                 (6, 1, i.score), (7, 1, i.note)])
    total = _total("9.73", dept_inds)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
    rows.add((0, 5, "自评等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="部门整体支出绩效自评表", editor=f"（{year}年度）",
                         kind="performance_self_evaluation"), fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", "23,560.00", "22,914.60", total, "优")
    projects = [
        ("学生营养改善计划", "120.00", "126.00", "119.70", "95.00%", "9.50", "良", [
            Ind("产出指标", "数量指标", "受益学生人数", "≥4200人", (">=", 4200, "人"), "20", "4310人", "20"),
            Ind("产出指标", "质量指标", "食品安全抽检合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
            Ind("产出指标", "时效指标", "供餐天数", "≥190天", (">=", 190, "天"), "15", "186天", "12",
                "疫情停课影响"),
            Ind("效益指标", "社会效益指标", "学生营养健康状况", "持续改善", Q, "20", "有所改善", "16",
                "监测周期较短"),
            Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", (">=", 90, "%"), "15", "88%", "13",
                "菜品种类偏少"),
        ]),
        ("校舍维修改造", "300.00", "285.00", "279.30", "98.00%", "9.80", "优", [
            Ind("产出指标", "数量指标", "维修改造校舍面积", "≥6000平方米", (">=", 6000, "平方米"), "25",
                "6150平方米", "25"),
            Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
            Ind("产出指标", "时效指标", "暑期完工率", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
            Ind("效益指标", "社会效益指标", "校舍安全隐患", "全部消除", Q, "20", "全部消除", "20"),
            Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "10", "94%", "10"),
        ]),
    ]
    for project, initial, budget, executed, rate, rate_score, grade, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 2, "各中小学校"))
        rows.add((0, 2, "项目资金（万元）"), (2, 3, f"年初预算数：{initial}\n全年预算数：{budget}\n全年执行数：{executed}"),
                 (5, 3, f"执行率：{rate}\n分值：10\n得分：{rate_score}"))
        rows.add(*[(k, 1, t) for k, t in enumerate(heads)])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        total = _total(rate_score, inds)
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
        rows.add((0, 5, "自评等级"), (5, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 兰州


def layout_gs_lz_budget_field_cells_yuan_split_target(folder: Path, name: str) -> FileGold:
    dept = "兰州市城关区农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 22)])
    _front(doc, dept, year, [("一、一般公共预算拨款收入", "1,862.40"), ("二、政府性基金预算拨款收入", "320.00")],
           [("一、农林水支出", "2,052.40"), ("二、城乡社区支出", "130.00")])
    widths = [64, 74, 127, 46, 64, 70, 50]
    projects = [
        ("高标准农田建设", ("资金总额：1,250,000.00", "财政拨款：1,000,000.00", "其他资金：250,000.00"), [
            Ind("产出指标", "数量指标", "新建高标准农田面积", ("≥", "5000", "亩"), (">=", 5000, "亩"), "30"),
            Ind("产出指标", "质量指标", "工程验收合格率", ("=", "100", "%"), ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "项目建设周期", ("≤", "10", "个月"), ("<=", 10, "个月"), "10"),
            Ind("效益指标", "经济效益指标", "亩均粮食增产", ("≥", "50", "公斤"), (">=", 50, "公斤"), "25"),
            Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
        ], dict(year="1,250,000.00", fiscal="1,000,000.00")),
        ("农村人居环境整治", ("资金总额：860,000.00", "财政拨款：760,000.00", "上年结转：100,000.00"), [
            Ind("产出指标", "数量指标", "改造农村户厕数", ("≥", "800", "户"), (">=", 800, "户"), "30"),
            Ind("产出指标", "数量指标", "村庄清洁行动覆盖村数", ("=", "24", "个"), ("=", 24, "个"), "20"),
            Ind("产出指标", "质量指标", "户厕改造验收合格率", ("≥", "98", "%"), (">=", 98, "%"), "15"),
            Ind("效益指标", "生态效益指标", "村容村貌", ("定性", "明显改善", ""), Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "村民满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
        ], dict(year="860,000.00", fiscal="760,000.00", carried="100,000.00")),
        ("动物疫病防控", ("资金总额：420,000.00", "财政拨款：420,000.00", "其他资金：0.00"), [
            Ind("产出指标", "数量指标", "强制免疫畜禽数量", ("≥", "12", "万头(只)"), (">=", 12, "万头(只)"), "30"),
            Ind("产出指标", "质量指标", "免疫抗体合格率", ("≥", "80", "%"), (">=", 80, "%"), "20"),
            Ind("产出指标", "成本指标", "疫苗采购成本", ("≤", "42", "万元"), ("<=", 42, "万元"), "15"),
            Ind("效益指标", "社会效益指标", "区域性重大动物疫情", ("定性", "不发生", ""), Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "养殖户满意度", ("≥", "85", "%"), (">=", 85, "%"), "15"),
        ], dict(year="420,000.00", fiscal="420,000.00")),
    ]
    for k, (project, money, inds, gold) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 2, "项目类别"), (6, 1, "一般项目"))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 1, "区农业农村局"))
        rows.add((0, 1, "项目资金（元）"), (1, 2, money[0]), (3, 2, money[1]), (5, 2, money[2]))
        rows.add((0, 1, "年度绩效目标"), (1, 6, f"按计划实施{project}，完成年度建设和服务任务。"))
        r = rows.n
        for c, head in enumerate(GRID_HEADS):
            rows.put(r, c, 2, 1, head)
        rows.put(r, 3, 1, 3, "指标值")
        for c, head in enumerate(("比较符", "指标值", "计量单位"), 3):
            rows.put(r + 1, c, 1, 1, head)
        rows.put(r, 6, 2, 1, "权重")
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"单位名称：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", **gold)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 沈阳


def layout_ln_sy_self_evals_pairs_two_a_row(folder: Path, name: str) -> FileGold:
    dept = "沈阳市和平区民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评", dept, year)
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及改进措施")
    widths = [50, 58, 92, 66, 58, 34, 34, 103]
    projects = [
        ("居家养老服务补贴", "沈阳市和平区养老服务中心", "150.00", "148.00", "140.60", "95.00%", "9.50", "良好", [
            Ind("产出指标", "数量指标", "享受补贴老年人数", "不低于2000人", (">=", 2000, "人"), "20", "2035人", "20"),
            Ind("产出指标", "质量指标", "服务质量抽查合格率", "达到100%", (">=", 100, "%"), "15", "98%", "13",
                "个别服务机构记录不全，已督促整改"),
            Ind("产出指标", "时效指标", "补贴发放时间", "不超过3天", ("<=", 3, "天"), "10", "2天", "10"),
            Ind("产出指标", "成本指标", "服务成本超支率", "控制在5%以内", ("<=", 5, "%"), "10", "0%", "10"),
            Ind("效益指标", "社会效益指标", "老年人居家养老服务保障水平", "明显提高", Q, "20", "有所提高", "16",
                "服务项目覆盖不够"),
            Ind("满意度指标", "服务对象满意度指标", "受助老人满意度", "不低于90%", (">=", 90, "%"), "15", "92%", "15"),
        ]),
        ("困难群众临时救助", "沈阳市和平区社会救助服务中心", "80.00", "96.00", "95.04", "99.00%", "9.90", "优秀", [
            Ind("产出指标", "数量指标", "临时救助人次", "不低于600人次", (">=", 600, "人次"), "20", "688人次", "20"),
            Ind("产出指标", "质量指标", "救助对象认定准确率", "达到100%", (">=", 100, "%"), "20", "100%", "20"),
            Ind("产出指标", "时效指标", "急难救助审批时限", "不超过5个工作日", ("<=", 5, "个工作日"), "10",
                "3个工作日", "10"),
            Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到保障", Q, "20", "得到保障", "20"),
            Ind("效益指标", "可持续影响指标", "救助工作机制", "持续完善", Q, "10", "持续完善", "10"),
            Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "不低于90%", (">=", 90, "%"), "10", "95%", "10"),
        ]),
    ]
    for k, (project, unit, initial, budget, executed, rate, rate_score, grade, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, unit))
        rows.add((0, 2, "年初预算数（万元）"), (2, 2, initial), (4, 2, "分值"), (6, 2, "10"))
        rows.add((0, 2, "全年预算数（万元）"), (2, 2, budget), (4, 2, "全年执行数（万元）"), (6, 2, executed))
        rows.add((0, 2, "预算执行率"), (2, 2, rate), (4, 2, "得分"), (6, 2, rate_score))
        rows.add((0, 2, "年度总体目标完成情况"), (2, 6, f"{project}按计划实施，资金及时足额发放。"))
        rows.add(*[(c, 1, t) for c, t in enumerate(heads)])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        total = _total(rate_score, inds)
        rows.add((0, 2, "自评得分"), (2, 2, f"{total:.2f}"), (4, 2, "自评等级"), (6, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"单位（盖章）：{dept}", kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade[0])
        doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆 渝北


def layout_cq_yb_landscape_dept_wide_then_project_list(folder: Path, name: str) -> FileGold:
    dept = "重庆市渝北区城市管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年度绩效目标", dept, year)
    dept_inds = [
        Ind("产出指标", "数量指标", "城市道路清扫保洁面积", "≥1200万平方米", (">=", 1200, "万平方米")),
        Ind("产出指标", "数量指标", "生活垃圾无害化处理量", "≥45万吨", (">=", 45, "万吨")),
        Ind("产出指标", "质量指标", "生活垃圾无害化处理率", "100%", ("=", 100, "%")),
        Ind("产出指标", "质量指标", "市政设施完好率", "≥95%", (">=", 95, "%")),
        Ind("产出指标", "时效指标", "数字城管案件按期结案率", "≥92%", (">=", 92, "%")),
        Ind("效益指标", "社会效益指标", "城市环境面貌", "持续改善", Q),
        Ind("效益指标", "生态效益指标", "垃圾分类覆盖率", "90%-95%", ("range", 90, "%", 95)),
        Ind("满意度指标", "服务对象满意度指标", "市民对市容环境满意度", "≥88%", (">=", 88, "%")),
    ]
    widths = [80, 100, 170, 110, 100, 182]
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    rows.put(r, 1, 1, 2, "资金总额")
    rows.put(r, 3, 1, 1, "财政拨款")
    rows.put(r, 4, 1, 2, "其他资金")
    rows.put(r + 1, 1, 1, 2, "38,640.50")
    rows.put(r + 1, 3, 1, 1, "36,210.50")
    rows.put(r + 1, 4, 1, 2, "2,430.00")
    _tasks(rows, 1, [("环境卫生作业", "城市道路清扫保洁", "12,860.00"), ("垃圾处理", "生活垃圾分类及处理", "15,420.50"),
                     ("市政设施管护", "市政设施维护", "6,230.00"), ("部门运转", "人员及公用经费", "4,130.00")],
           (2, 1, 2), "预算金额")
    rows.add((0, 1, "整体绩效目标"), (1, 5, "提升城市精细化管理水平，做好环境卫生、垃圾分类处理和市政设施管护，"
                                       "城市面貌持续改善。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 2, "指标值说明"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 2, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"重庆市渝北区{year}年部门（单位）整体支出绩效目标表",
                         editor=f"编报单位：{dept}", landscape=True, kind="dept_performance_targets"), fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("城市道路清扫保洁", "12,860.00", "12,860.00", "0.00", "完成城区主次干道清扫保洁，道路见本色。", [
            Ind("产出指标", "数量指标", "机械化清扫面积", "≥800万平方米", (">=", 800, "万平方米")),
            Ind("产出指标", "质量指标", "道路保洁质量达标率", "≥95%", (">=", 95, "%")),
            Ind("满意度指标", "服务对象满意度指标", "沿街商户满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("生活垃圾分类及处理", "15,420.50", "13,790.50", "1,630.00", "生活垃圾全量无害化处理，分类覆盖面持续扩大。", [
            Ind("产出指标", "数量指标", "新建分类投放点", "≥300个", (">=", 300, "个")),
            Ind("产出指标", "时效指标", "垃圾日产日清率", "100%", ("=", 100, "%")),
            Ind("效益指标", "生态效益指标", "渗滤液达标排放率", "100%", ("=", 100, "%")),
        ]),
        ("市政设施维护", "6,230.00", "5,430.00", "800.00", "保障道路、桥梁、排水设施安全运行。", [
            Ind("产出指标", "数量指标", "维修道路面积", "≥15万平方米", (">=", 15, "万平方米")),
            Ind("产出指标", "时效指标", "设施报修处置时限", "≤24小时", ("<=", 24, "小时")),
            Ind("效益指标", "社会效益指标", "道路积水点", "明显减少", Q),
        ]),
    ]
    rows = _Rows()
    heads = ("项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")
    rows.add(*[(c, 1, t) for c, t in enumerate(heads)])
    for project, total, fiscal, other, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.raw)])
        for c, text in enumerate((project, total, fiscal, other, goal)):
            rows.put(r0, c, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [90, 60, 60, 60, 130, 60, 70, 130, 82],
                         title=f"重庆市渝北区{year}年项目支出绩效目标表", editor=f"编报单位：{dept}",
                         unit_raw="单位：万元", landscape=True), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 新疆 乌鲁木齐


def layout_xj_wlmq_budget_source_lines_unit_in_title(folder: Path, name: str) -> FileGold:
    dept = "乌鲁木齐市天山区水务局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算公开", 24)])
    _front(doc, dept, year, [("一、一般公共预算拨款收入", "1,265.00"), ("二、政府性基金预算拨款收入", "60.00")],
           [("一、农林水支出", "1,085.00"), ("二、城乡社区支出", "240.00")])
    widths = [70, 80, 130, 95, 120]
    projects = [
        ("城区供水管网改造", [("合计", "320.00"), ("一般公共预算财政拨款收入", "180.00"),
                              ("政府性基金预算财政拨款收入", "60.00"), ("专项债券资金", "80.00")], [
            Ind("产出指标", "数量指标", "改造供水管网长度", "达到12公里", (">=", 12, "公里")),
            Ind("产出指标", "质量指标", "管网漏损率", "＜9%", ("<", 9, "%")),
            Ind("产出指标", "时效指标", "工程完工时间", "2025年10月31日前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "受益居民户数", "＞6000户", (">", 6000, "户")),
        ], dict(year="320.00", fiscal="240.00")),
        ("河道综合治理", [("合计", "210.00"), ("一般公共预算财政拨款收入", "150.00"), ("中央补助资金", "60.00")], [
            Ind("产出指标", "数量指标", "治理河道长度", "≥8.5公里", (">=", 8.5, "公里")),
            Ind("产出指标", "质量指标", "堤防达标率", "≥95%", (">=", 95, "%")),
            Ind("效益指标", "生态效益指标", "河道水质", "稳定达到Ⅲ类", Q),
            Ind("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%", (">=", 90, "%")),
        ], dict(year="210.00", fiscal="150.00")),
        ("农村饮水安全维修养护", [("合计", "95.00"), ("一般公共预算财政拨款收入", "95.00"), ("上年结转资金", "0.00")], [
            Ind("产出指标", "数量指标", "维修养护供水工程处数", "≥18处", (">=", 18, "处")),
            Ind("产出指标", "质量指标", "农村自来水普及率", "达到99%", (">=", 99, "%")),
            Ind("效益指标", "社会效益指标", "农村供水保证率", "≥95%", (">=", 95, "%")),
            Ind("满意度指标", "服务对象满意度指标", "农村用水户满意度", "≥90%", (">=", 90, "%")),
        ], dict(year="95.00", fiscal="95.00", carried="0.00")),
    ]
    for k, (project, sources, inds, gold) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "实施单位"), (4, 1, "天山区水利工作站"))
        r = rows.n
        rows.put(r, 0, len(sources) + 1, 1, "资金来源")
        rows.put(r, 1, 1, 2, "资金来源名称")
        rows.put(r, 3, 1, 2, "金额")
        for j, (label, amount) in enumerate(sources, 1):
            rows.put(r + j, 1, 1, 2, label)
            rows.put(r + j, 3, 1, 2, amount)
        rows.add((0, 1, "年度绩效目标"), (1, 4, f"完成{project}年度任务，保障城乡供水和防洪安全。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表（金额单位：万元）",
                             editor=f"编制单位：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", **gold)
    return doc.save(folder)


# --------------------------------------------------------------------------- 宁夏 银川


def layout_nx_yc_two_forms_a_page_money_sentences(folder: Path, name: str) -> FileGold:
    dept = "银川市兴庆区文化旅游体育广电局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    widths = [70, 80, 150, 120, 75]
    projects = [
        ("公共文化服务体系建设", "本项目年度预算45.00万元，其中财政拨款45.00万元，上年结转0.00万元。", [
            Ind("产出指标", "数量指标", "送戏下乡场次", "≥60场", (">=", 60, "场"), "40"),
            Ind("效益指标", "社会效益指标", "群众文化生活", "进一步丰富", Q, "40"),
            Ind("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", (">=", 90, "%"), "20"),
        ], dict(year="45.00", fiscal="45.00", carried="0.00")),
        ("全民健身设施更新", "项目总金额200.00万元，本年度安排80.00万元（其中财政拨款80.00万元）。", [
            Ind("产出指标", "数量指标", "更新健身路径套数", "=40套", ("=", 40, "套"), "40"),
            Ind("产出指标", "质量指标", "器材安装验收合格率", "100%", ("=", 100, "%"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", (">=", 90, "%"), "30"),
        ], dict(total="200.00", year="80.00", fiscal="80.00")),
        ("文物保护修缮", "本项目年度预算62.40万元，其中财政拨款50.00万元，其他资金12.40万元。", [
            Ind("产出指标", "数量指标", "修缮文物保护单位处数", "3处", ("=", 3, "处"), "40"),
            Ind("产出指标", "时效指标", "修缮工程完工时间", "2025年11月底前", (None, None, None), "30"),
            Ind("效益指标", "可持续影响指标", "文物本体安全", "得到有效保护", Q, "30"),
        ], dict(year="62.40", fiscal="50.00")),
        ("旅游市场监管", "本项目年度预算18.00万元，全部为财政拨款18.00万元。", [
            Ind("产出指标", "数量指标", "旅游市场执法检查次数", "≥24次", (">=", 24, "次"), "40"),
            Ind("产出指标", "时效指标", "旅游投诉办结时限", "＜7个工作日", ("<", 7, "个工作日"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "游客满意度", "＞85%", (">", 85, "%"), "30"),
        ], dict(year="18.00", fiscal="18.00")),
    ]
    for k, (project, money, inds, gold) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "主管部门"), (4, 1, "区文旅体广局"))
        rows.add((0, 1, "项目资金"), (1, 4, money))
        rows.add((0, 1, "年度目标"), (1, 4, f"{project}按计划完成，社会效益明显。"))
        r = rows.n
        rows.put(r, 0, 1, 3, "绩效指标")
        rows.put(r, 3, 2, 1, "指标值")
        rows.put(r, 4, 2, 1, "权重（%）")
        for c, head in enumerate(GRID_HEADS):
            rows.put(r + 1, c, 1, 1, head)
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"部门：{dept}"),
                       fresh_page=k % 2 == 0)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", **gold)
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林 长春


def layout_jl_cc_accounts_project_self_evals_yuan_columns(folder: Path, name: str) -> FileGold:
    dept = "长春市朝阳区交通运输局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "2,612.30"), ("二、其他收入", "35.00")],
                    [("一、交通运输支出", "2,488.90"), ("二、城乡社区支出", "158.40")])
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "未完成原因及改进措施")
    projects = [
        ("农村公路养护", "朝阳区公路管理所", [
            ("年度资金总额", "1,860,000.00", "1,920,000.00", "1,843,200.00", "10", "96.00%", "9.60"),
            ("其中：财政拨款", "1,700,000.00", "1,700,000.00", "1,650,000.00", "—", "—", "—"),
            ("上年结转", "160,000.00", "220,000.00", "193,200.00", "—", "—", "—"),
            ("其他资金", "0.00", "0.00", "0.00", "—", "—", "—")], "9.60", "优秀", [
            Ind("产出指标", "数量指标", "养护农村公路里程", "≥210公里", (">=", 210, "公里"), "20", "215公里", "20"),
            Ind("产出指标", "质量指标", "优良中等路率", "≥85%", (">=", 85, "%"), "15", "87%", "15"),
            Ind("产出指标", "时效指标", "病害处治及时率", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
            Ind("产出指标", "成本指标", "每公里养护成本", "≤9000元", ("<=", 9000, "元"), "10", "8573元", "10"),
            Ind("效益指标", "社会效益指标", "群众出行条件", "明显改善", Q, "20", "明显改善", "20"),
            Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
        ]),
        ("公交线网优化补贴", "长春市朝阳区公共交通服务中心", [
            ("年度资金总额", "2,400,000.00", "2,400,000.00", "2,160,000.00", "10", "90.00%", "9.00"),
            ("其中：财政拨款", "2,400,000.00", "2,400,000.00", "2,160,000.00", "—", "—", "—"),
            ("上年结转", "0.00", "0.00", "0.00", "—", "—", "—"),
            ("其他资金", "0.00", "0.00", "0.00", "—", "—", "—")], "9.00", "良好", [
            Ind("产出指标", "数量指标", "优化调整公交线路", "≥6条", (">=", 6, "条"), "20", "5条", "15",
                "一条线路因道路施工延后调整"),
            Ind("产出指标", "质量指标", "公交准点率", "≥90%", (">=", 90, "%"), "15", "88%", "12",
                "早晚高峰拥堵，下年增加公交专用道"),
            Ind("产出指标", "时效指标", "补贴资金拨付", "按季度拨付", Q, "10", "按季度拨付", "10"),
            Ind("效益指标", "社会效益指标", "公交分担率", "≥35%", (">=", 35, "%"), "20", "33%", "16",
                "私家车增长较快"),
            Ind("效益指标", "可持续影响指标", "公交运营补贴机制", "持续完善", Q, "10", "持续完善", "10"),
            Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥85%", (">=", 85, "%"), "15", "86%", "15"),
        ]),
    ]
    for project, unit, money, rate_score, grade, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 2, unit))
        r = rows.n
        rows.put(r, 0, len(money) + 1, 1, "项目资金（元）")
        rows.put(r, 1, 1, 1, "")
        for c, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), 2):
            rows.put(r, c, 1, 1, head)
        for j, line in enumerate(money, 1):
            for c, text in enumerate(line, 1):
                rows.put(r + j, c, 1, 1, text)
        rows.add((0, 2, "年度总体目标"), (2, 6, f"{project}年度任务全面完成，资金使用规范。"))
        rows.add(*[(c, 1, t) for c, t in enumerate(heads)])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        total = _total(rate_score, inds)
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, f"自评等级：{grade}"))
        doc.pages.grid(_spec(rows.cells, rows.n, [48, 80, 66, 66, 66, 32, 50, 87], title="项目支出绩效自评表",
                             editor=f"（{year}年度）", unit_raw="单位：元", kind="performance_self_evaluation"),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", money[0][2], money[0][3], total, grade[0])
        doc.gold.project(project, "元", year=money[0][2], fiscal=money[1][2], carried=money[2][2])
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 太原


def layout_sx_ty_dept_wide_labels_above_yuan_field_line(folder: Path, name: str) -> FileGold:
    dept = "太原市小店区应急管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年绩效目标", dept, year)
    dept_inds = [
        Ind("产出指标", "数量指标", "安全生产执法检查企业数", "不少于600家", (">=", 600, "家"), "15"),
        Ind("产出指标", "数量指标", "应急演练场次", "不少于12场", (">=", 12, "场"), "10"),
        Ind("产出指标", "质量指标", "重大事故隐患整改率", "100%", ("=", 100, "%"), "15"),
        Ind("产出指标", "时效指标", "应急响应到达时间", "不超过30分钟", ("<=", 30, "分钟"), "10"),
        Ind("产出指标", "成本指标", "一般性支出压减比例", "不低于5%", (">=", 5, "%"), "10"),
        Ind("效益指标", "社会效益指标", "生产安全事故死亡人数", "同比下降", Q, "20"),
        Ind("效益指标", "可持续影响指标", "基层应急能力", "持续增强", Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "企业对执法服务满意度", "不低于90%", (">=", 90, "%"), "10"),
    ]
    widths = [70, 80, 130, 85, 50, 80]
    rows = _Rows()
    rows.add((0, 2, "部门名称"), (2, 1, "资金总额（元）"), (3, 1, "财政拨款（元）"), (4, 2, "其他资金（元）"))
    rows.add((0, 2, dept), (2, 1, "9,862,400.00"), (3, 1, "9,562,400.00"), (4, 2, "300,000.00"))
    _tasks(rows, 1, [("安全生产监管", "安全生产执法检查", "1,260,000.00"), ("应急救援保障", "应急物资储备",
                                                                          "856,000.00"),
                     ("防灾减灾", "自然灾害防治", "620,000.00"), ("机关运行", "基本支出", "7,126,400.00")],
           (2, 1, 2), "预算金额（元）")
    rows.add((0, 6, "整体绩效目标"))
    rows.add((0, 6, "压实安全生产责任，提升应急救援和防灾减灾能力，坚决遏制重特大事故发生。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "目标值"), (4, 1, "权重"),
             (5, 1, "备注"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="部门（单位）整体支出绩效目标表",
                         editor=f"（{year}年度）", kind="dept_performance_targets"), fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("应急物资储备", "本年预算（元）：856,000.00  其中：财政拨款（元）：800,000.00", [
            Ind("产出指标", "数量指标", "新增储备物资品类", "不少于15类", (">=", 15, "类"), "30"),
            Ind("产出指标", "质量指标", "物资完好率", "不低于98%", (">=", 98, "%"), "25"),
            Ind("效益指标", "社会效益指标", "突发事件物资保障能力", "有效提升", Q, "30"),
            Ind("满意度指标", "服务对象满意度指标", "受灾群众满意度", "不低于90%", (">=", 90, "%"), "15"),
        ], dict(year="856,000.00", fiscal="800,000.00")),
        ("安全生产执法检查", "本年预算（元）：1,260,000.00  其中：财政拨款（元）：1,260,000.00", [
            Ind("产出指标", "数量指标", "聘请专家检查企业数", "不少于300家", (">=", 300, "家"), "30"),
            Ind("产出指标", "时效指标", "执法案件办结时限", "不超过60天", ("<=", 60, "天"), "20"),
            Ind("效益指标", "社会效益指标", "企业安全生产主体责任", "有效落实", Q, "35"),
            Ind("满意度指标", "服务对象满意度指标", "被检查企业满意度", "不低于85%", (">=", 85, "%"), "15"),
        ], dict(year="1,260,000.00", fiscal="1,260,000.00")),
    ]
    for k, (project, money, inds, gold) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "实施单位"), (5, 1, "区应急管理局"))
        rows.add((0, 6, money))
        rows.add((0, 1, "年度目标"), (1, 5, f"完成{project}年度任务。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "目标值"), (4, 1, "权重"),
                 (5, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"（{year}年度）"),
                       fresh_page=k == 0)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", **gold)
    return doc.save(folder)


# --------------------------------------------------------------------------- 青海 西宁


def layout_qh_xn_budget_stacked_money_unit_in_cell(folder: Path, name: str) -> FileGold:
    dept = "西宁市城中区住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _front(doc, dept, year, [("一、一般公共预算拨款收入", "3,420.00"), ("二、政府性基金预算拨款收入", "880.00")],
           [("一、城乡社区支出", "3,960.00"), ("二、住房保障支出", "340.00")])
    widths = [70, 80, 130, 85, 130]
    projects = [
        ("老旧小区改造", "63010025T000001234", [("项目总额", "1,200.00万元"), ("本年预算", "450.00万元"),
                                               ("其中：财政资金", "400.00万元"), ("其他资金", "0.00万元"),
                                               ("上年结转", "50.00万元")], [
            Ind("产出指标", "数量指标", "改造老旧小区个数", "≥8个", (">=", 8, "个")),
            Ind("产出指标", "质量指标", "竣工验收合格率", "100%", ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "居民居住环境", "明显改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", (">=", 90, "%")),
        ], dict(total="1,200.00", year="450.00", fiscal="400.00", carried="50.00")),
        ("城镇燃气安全整治", "63010025T000001301", [("项目总额", "300.00万元"), ("本年预算", "300.00万元"),
                                                   ("其中：财政资金", "260.00万元"), ("其他资金", "40.00万元"),
                                                   ("上年结转", "0.00万元")], [
            Ind("产出指标", "数量指标", "燃气入户安检户数", "≥3.2万户", (">=", 3.2, "万户")),
            Ind("产出指标", "质量指标", "隐患整改完成率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "整治完成时间", "2025年12月31日前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "燃气安全事故", "0起", ("=", 0, "起")),
        ], dict(total="300.00", year="300.00", fiscal="260.00", carried="0.00")),
        ("建筑市场监管", "63010025T000001402", [("项目总额", "86.00万元"), ("本年预算", "86.00万元"),
                                               ("其中：财政资金", "86.00万元"), ("其他资金", "0.00万元"),
                                               ("上年结转", "0.00万元")], [
            Ind("产出指标", "数量指标", "在建工地检查覆盖率", "100%", ("=", 100, "%")),
            Ind("产出指标", "数量指标", "质量安全抽检次数", "≥150次", (">=", 150, "次")),
            Ind("效益指标", "社会效益指标", "较大及以上安全事故", "0起", ("=", 0, "起")),
            Ind("满意度指标", "服务对象满意度指标", "建设单位满意度", "≥85%", (">=", 85, "%")),
        ], dict(total="86.00", year="86.00", fiscal="86.00", carried="0.00")),
    ]
    for k, (project, code, money, inds, gold) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, "城中区住建局"))
        r = rows.n
        rows.put(r, 0, len(money), 1, "项目资金")
        for j, (label, amount) in enumerate(money):
            rows.put(r + j, 1, 1, 2, label)
            rows.put(r + j, 3, 1, 2, amount)
        rows.add((0, 1, "年度绩效目标"), (1, 4, f"完成{project}年度建设和监管任务，保障群众安全。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "评分标准"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "按完成比例计分")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"预算部门：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, **gold)
    return doc.save(folder)


BLIND37: dict[str, Builder] = {
    "gz_gy_budget_dept_wide_tasks_projects_money_sentence": layout_gz_gy_budget_dept_wide_tasks_projects_money_sentence,
    "jx_nc_dept_wide_lvzhi_framework_stacked_funds": layout_jx_nc_dept_wide_lvzhi_framework_stacked_funds,
    "hlj_hrb_accounts_dept_self_eval_stage_rows_cell_money": layout_hlj_hrb_accounts_dept_self_eval_stage_rows_cell_money,
    "gs_lz_budget_field_cells_yuan_split_target": layout_gs_lz_budget_field_cells_yuan_split_target,
    "ln_sy_self_evals_pairs_two_a_row": layout_ln_sy_self_evals_pairs_two_a_row,
    "cq_yb_landscape_dept_wide_then_project_list": layout_cq_yb_landscape_dept_wide_then_project_list,
    "xj_wlmq_budget_source_lines_unit_in_title": layout_xj_wlmq_budget_source_lines_unit_in_title,
    "nx_yc_two_forms_a_page_money_sentences": layout_nx_yc_two_forms_a_page_money_sentences,
    "jl_cc_accounts_project_self_evals_yuan_columns": layout_jl_cc_accounts_project_self_evals_yuan_columns,
    "sx_ty_dept_wide_labels_above_yuan_field_line": layout_sx_ty_dept_wide_labels_above_yuan_field_line,
    "qh_xn_budget_stacked_money_unit_in_cell": layout_qh_xn_budget_stacked_money_unit_in_cell,
}
SETS: dict[str, dict[str, Builder]] = {"blind37": BLIND37}


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
    """Write every layout of ``which`` ("blind37") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
