"""BLIND72 performance forms: ten layouts as 广东 罗定市, 广西 来宾 兴宾区, 福建 永安市, 海南 东方市
八所镇, 江西 丰城市, 湖南 湘西州 吉首市, 贵州 都匀市, 云南 怒江州 泸水市, 四川 内江 东兴区 and 重庆
铜梁区 print their 2024–2025 项目支出绩效目标表, 部门整体支出绩效目标表, 项目支出绩效自评表 and
部门整体支出绩效自评表, written by an author who had read neither the form reader nor the earlier
blind sets' bodies (only the gold helpers and page composer of ``form_layouts``, the gold
conventions of BLIND9's docstring and the briefs). Each layout writes one PDF and its gold in the
format of ``form_layouts.write_set``; the gold is written by hand with ``_gold_ind`` and ``FileGold``.

gd_ld_budget_money_pairs_filled_shaded  广东 罗定市卫生健康局 2025 部门预算 (filled rules, grid
        header shaded): budget tables, then one 项目支出绩效目标表 per project: 项目名称 | 项目编码,
        a 资金情况（元） label merged over 资金总额 / 其中：财政资金 / 其他资金 rows (元 with
        separators), grid 一级 | 二级 | 三级 | 指标值 (≥ glued), a deadline target
gx_lb_budget_source_lines_open  广西 来宾 兴宾区农业农村局 2025 部门预算 (open rules, a 序号
        column first): a 项目资金来源（万元） block, 资金来源 | 金额 lines 一般公共预算财政拨款收入 / 政府性基金预算
        财政拨款收入 / 上年结转 / 其他资金 / 合计 (blank lines, a printed 0.00 上年结转)
fj_ya_self_evals_money_columns_cells  福建 永安市教育局 2024 standalone 项目支出绩效自评表 × 3
        (cells): 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 /
        其中：财政拨款 / 上年结转资金 / 其他资金 (— where empty), 总分 with two decimals, 自评等级 words
hi_df_town_dept_wide_then_projects_cells  海南 东方市八所镇人民政府 2025 (a 乡镇, cells): a
        部门整体支出绩效目标表 (年度预算资金 pairs over two rows, 年度主要任务 with amounts, 权重), then
        two 项目支出绩效目标表 with 项目资金（元） stacked rows
jx_fc_final_accounts_dept_and_project_self_evals_filled  江西 丰城市民政局 2024 部门决算 (filled
        rules): accounts tables, a 部门整体支出绩效自评表 (年初/全年预算/全年执行 as label | value
        pairs, 综合评价等级), two 项目支出绩效自评表 whose money columns put 执行率 before 分值
hun_xx_budget_heads_direction_unit_shaded  湖南 吉首市文化旅游广电局 2025 部门预算 (cells, money
        heads and grid header shaded): 项目资金（万元） merged over heads 资金总额 | 财政拨款 |
        上年结转 | 其他资金 and a values row (a blank 上年结转), grid 指标方向 (大于等于 / 小于 / 定性)
        | 指标值 | 计量单位 | 指标解释
gz_dy_standalone_yuan_in_cells_weights_filled  贵州 都匀市交通运输局 2025 项目支出绩效目标申报表
        (filled, grid header shaded): 项目总金额 | 本年度金额 and 其中：财政资金 | 其他资金 pairs with
        the unit in the cell (1,200,000.00元), a multi-year project, 权重（%）, 达到 N, 控制在 N 以内
yn_nj_turned_list_fiscal_columns  云南 泸水市住房和城乡建设局 2025 list on landscape pages turned by
        /Rotate (cells): 序号 | 项目名称 | 资金合计 | 其中：财政拨款 | 其他资金 | 年度绩效目标 | 一级 |
        二级 | 三级 | 指标值, project cells merged over their indicator rows
sc_nj_budget_ranges_weights_open  四川 内江市东兴区应急管理局 2025 部门预算 (open rules, 序号
        column first): 项目资金（万元） merged over 年度资金总额 / 其中：财政拨款 / 其他资金, grid 一级 | 二级 | 三级
        | 指标值 | 权重 | 指标解释, ranges (3～5天, 90%-95%), ＞, 不高于
cq_tl_school_self_evals_yuan_pairs_cells  重庆 铜梁区巴川中学校 2024 (a school, 二级单位, cells):
        project self evaluations in 元 with label | value pairs (全年预算数（元） | … | 全年执行数（元）
        | …, 其中：财政拨款（元）, 预算执行率 | 执行率得分), 自评得分 | 自评等级 in one row

Gold conventions: BLIND9's docstring, with the round's rulings: fiscal = the 财政拨款 / 财政资金
figure as printed, or the sum of the source lines named …财政拨款收入 (a blank line adds nothing;
never 一般公共预算 alone, 其他资金); a printed 0.00 上年结转 is 0.00, a blank one is no amount; 达到
N reads ≥; 控制在 N 以内 reads ≤; 指标方向 words joined with their value and unit ("大于等于95%",
"定性显著提升"). 项目总金额 of a multi-year project is ``total`` beside 本年度金额 ``year``.
A 部门整体 form's money is not a project's.
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

D = (None, None, None)  # a deadline, left raw


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支总表, the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}负责本行政区域内相关领域的政策落实、行业管理和公共服务工作。",
        "二、部门预算单位构成。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
        f"三、{year}年重点工作。围绕年度目标任务，统筹用好财政资金，做好重点项目保障。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec("部门收支总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标", [
        f"按照预算绩效管理要求，本部门{year}年项目支出全部编制绩效目标，随部门预算一并公开，具体如下表。"])


def _rate(budget: str, executed: str) -> tuple[str, str]:
    """执行率 and its score (out of 10) as printed, two decimals."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    return f"{e / b * 100:.2f}%", f"{min(Decimal(10), e / b * 10):.2f}"


def _total(rate_score: str, inds: list[Ind]) -> str:
    return f"{Decimal(rate_score) + sum(Decimal(i.score) for i in inds):.2f}"


def _add(doc: FormDoc, project: str | None, inds: list[Ind]) -> None:
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))


def layout_gd_ld_budget_money_pairs_filled_shaded(folder: Path, name: str) -> FileGold:
    """广东 罗定市 部门预算, forms after the tables; rules "filled", grid header shaded."""
    dept = "罗定市卫生健康局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[(dept, 24), ("2025年部门预算", 24)])
    _budget_front(doc, dept, 2025, [("一、一般公共预算拨款收入", "12,486.30"), ("二、事业收入", "3,210.00")],
                  [("一、卫生健康支出", "15,402.80"), ("二、社会保障和就业支出", "293.50")])
    projects = [
        ("基本公共卫生服务补助资金", "445381250000000126", "罗定市疾病预防控制中心", "6,842,300.00", "6,842,300.00", "0.00",
         "落实国家基本公共卫生服务项目，提高居民健康管理水平。", [
             Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥3.2万人", (">=", 3.2, "万人")),
             Ind("产出指标", "数量指标", "高血压患者规范管理人数", "≥18000人", (">=", 18000, "人")),
             Ind("产出指标", "质量指标", "适龄儿童国家免疫规划疫苗接种率", "≥90%", (">=", 90, "%")),
             Ind("产出指标", "时效指标", "补助资金拨付及时率", "100%", ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "居民电子健康档案建档率", "≥90%", (">=", 90, "%")),
             Ind("满意度指标", "服务对象满意度指标", "居民对基本公共卫生服务满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("家庭医生签约服务经费", "445381250000000133", "罗定市基层卫生服务中心", "1,260,000.00", "1,100,000.00",
         "160,000.00", "做实家庭医生签约服务，提高重点人群签约率和履约质量。", [
             Ind("产出指标", "数量指标", "家庭医生签约服务人数", "≥12万人", (">=", 12, "万人")),
             Ind("产出指标", "质量指标", "重点人群签约率", "≥70%", (">=", 70, "%")),
             Ind("产出指标", "质量指标", "签约服务履约率", "≥90%", (">=", 90, "%")),
             Ind("效益指标", "可持续影响指标", "签约居民续约率", ">80%", (">", 80, "%")),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("镇卫生院医疗设备购置", "445381250000000147", "罗定市卫生健康局", "2,380,000.00", "2,380,000.00", "0.00",
         "为镇卫生院配置DR、彩超等基本诊疗设备，提升基层服务能力。", [
             Ind("产出指标", "数量指标", "购置医疗设备台数", "≥46台", (">=", 46, "台")),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "设备采购完成时间", "2025年10月底前", D),
             Ind("效益指标", "社会效益指标", "基层医疗卫生机构诊疗量占比", "≥65%", (">=", 65, "%")),
             Ind("满意度指标", "服务对象满意度指标", "医务人员满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    for project, code, unit_name, total, fiscal, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 1, project), (2, 1, "项目编码"), (3, 1, code))
        rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "实施单位"), (3, 1, unit_name))
        rows.add((0, 1, "项目类别"), (1, 1, "一般性项目"), (2, 1, "项目期限"), (3, 1, "1年"))
        r = rows.n
        rows.put(r, 0, 3, 1, "资金情况（元）")
        for k, (label, value) in enumerate((("资金总额", total), ("其中：财政资金", fiscal), ("其他资金", other))):
            rows.put(r + k, 1, 1, 1, label)
            rows.put(r + k, 2, 1, 2, value)
        rows.add((0, 1, "总体目标"), (1, 3, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        spec = _spec(rows.cells, rows.n, [90, 130, 140, 130], title="项目支出绩效目标表",
                     editor=f"单位名称：{dept}", unit_raw="金额单位：元")
        doc.pages.grid(replace(spec, rules="filled", shaded_rows=(head,)), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "元", code=code, year=total, fiscal=fiscal)
    return doc.save(folder)


def layout_gx_lb_budget_source_lines_open(folder: Path, name: str) -> FileGold:
    """广西 来宾 兴宾区 部门预算, a 资金来源 block of lines; rules "open"."""
    dept = "来宾市兴宾区农业农村局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[(dept, 24), ("2025年部门预算公开", 24)])
    _budget_front(doc, dept, 2025, [("一、一般公共预算拨款收入", "5,863.72"), ("二、政府性基金预算拨款收入", "900.00")],
                  [("一、农林水支出", "6,412.20"), ("二、城乡社区支出", "351.52")])
    projects = [
        ("高标准农田建设", "兴宾区农田建设服务中心", "2025年",
         [("一般公共预算财政拨款收入", "1,500.00"), ("政府性基金预算财政拨款收入", ""), ("上年结转", "350.00"),
          ("其他资金", "0.00")], "1,850.00", "1,500.00", "350.00",
         "新建高标准农田2.5万亩，完善田间灌排和道路设施，提升粮食综合生产能力。", [
             Ind("产出指标", "数量指标", "新建高标准农田面积", "≥2.5万亩", (">=", 2.5, "万亩")),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "项目完工时间", "2025年12月31日前", D),
             Ind("产出指标", "成本指标", "亩均财政投资", "≤1500元", ("<=", 1500, "元")),
             Ind("效益指标", "经济效益指标", "新增粮食产能", "≥300万斤", (">=", 300, "万斤")),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("耕地地力保护补贴", "来宾市兴宾区农业农村局", "2025年",
         [("一般公共预算财政拨款收入", "2,436.58"), ("政府性基金预算财政拨款收入", ""), ("上年结转", "0.00"),
          ("其他资金", "0.00")], "2,436.58", "2,436.58", "0.00",
         "按时足额发放耕地地力保护补贴，保护耕地地力，提高农民种粮积极性。", [
             Ind("产出指标", "数量指标", "补贴耕地面积", "≥98万亩", (">=", 98, "万亩")),
             Ind("产出指标", "质量指标", "补贴发放准确率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "补贴资金兑付时限", "≤30个工作日", ("<=", 30, "个工作日")),
             Ind("效益指标", "可持续影响指标", "农户耕地保护意识", "明显增强", Q),
             Ind("满意度指标", "服务对象满意度指标", "种粮农户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农村人居环境整治", "兴宾区乡村振兴服务中心", "2025年",
         [("一般公共预算财政拨款收入", ""), ("政府性基金预算财政拨款收入", "380.00"), ("上年结转", "40.00"),
          ("其他资金", "")], "420.00", "380.00", "40.00",
         "推进农村厕所革命和生活垃圾治理，村庄环境持续改善。", [
             Ind("产出指标", "数量指标", "开展整治村庄数", "≥36个", (">=", 36, "个")),
             Ind("产出指标", "质量指标", "农村卫生厕所普及率", ">92%", (">", 92, "%")),
             Ind("产出指标", "质量指标", "生活垃圾收运体系覆盖行政村比例", "＝100%", ("=", 100, "%")),
             Ind("效益指标", "生态效益指标", "村庄人居环境", "持续改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥85%", (">=", 85, "%")),
         ]),
    ]
    for project, unit_name, period, sources, total, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 2, project), (4, 1, "项目期限"), (5, 1, period))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 1, unit_name))
        rows.add((0, 2, "项目属性"), (2, 4, "经常性项目"))
        r = rows.n
        rows.put(r, 0, len(sources) + 2, 2, "项目资金来源（万元）")
        rows.put(r, 2, 1, 2, "资金来源")
        rows.put(r, 4, 1, 2, "金额")
        for k, (label, value) in enumerate(sources + [("合计", total)], 1):
            rows.put(r + k, 2, 1, 2, label)
            rows.put(r + k, 4, 1, 2, value)
        rows.add((0, 2, "年度绩效目标"), (2, 4, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "一级指标", "二级指标", "三级指标", "指标值", "备注"))])
        numbers = iter(range(1, len(inds) + 1))
        _grid_rows(rows, inds, 1, 2, lambda i: [(0, 1, str(next(numbers))), (3, 1, i.name), (4, 1, i.raw), (5, 1, "")])
        spec = _spec(rows.cells, rows.n, [34, 80, 84, 140, 92, 65], title="项目支出绩效目标表",
                     editor=f"预算单位：{dept}")
        doc.pages.grid(replace(spec, rules="open"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_fj_ya_self_evals_money_columns_cells(folder: Path, name: str) -> FileGold:
    """福建 永安 standalone project self evaluations; rules "cells"."""
    dept = "永安市教育局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    evals = [
        ("义务教育阶段公用经费保障", "永安市教育局", ("1,520.00", "1,586.40", "1,571.32"),
         ("1,520.00", "1,586.40", "1,571.32"), None, None,
         ("按标准足额拨付义务教育公用经费，保障学校正常运转。", "全年拨付公用经费1571.32万元，学校运转正常。"), [
             Ind("产出指标", "数量指标", "保障义务教育学生人数", "≥2.1万人", (">=", 2.1, "万人"), "20", "2.13万人", "20"),
             Ind("产出指标", "质量指标", "公用经费按标准拨付率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "资金拨付时限", "≤30天", ("<=", 30, "天"), "15", "25天", "15"),
             Ind("产出指标", "成本指标", "小学生均公用经费", "≥720元", (">=", 720, "元"), "10", "720元", "10"),
             Ind("效益指标", "社会效益指标", "学校正常运转", "有效保障", Q, "15", "有效保障", "15"),
             Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", (">=", 90, "%"), "15", "93.5%", "15"),
         ], "优秀", "优"),
        ("农村义务教育学生营养改善计划", "永安市学生资助管理中心", ("860.00", "842.50", "801.26"),
         ("780.00", "780.00", "746.10"), None, ("80.00", "62.50", "55.16"),
         ("为农村义务教育学生提供营养膳食补助，改善学生营养状况。", "受益学生9652人，未发生食品安全事故。"), [
             Ind("产出指标", "数量指标", "受益学生人数", "≥9800人", (">=", 9800, "人"), "20", "9652人", "18",
                 "学生向城区流动，受益人数减少"),
             Ind("产出指标", "质量指标", "食品安全事故", "0起", ("=", 0, "起"), "20", "0起", "20"),
             Ind("产出指标", "成本指标", "膳食补助标准", "5元/人·天", ("=", 5, "元/人·天"), "15", "5元/人·天", "15"),
             Ind("产出指标", "时效指标", "补助资金发放及时率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
             Ind("效益指标", "社会效益指标", "学生营养健康状况", "逐步改善", Q, "15", "有所改善", "13",
                 "改善效果需长期跟踪"),
             Ind("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", (">=", 90, "%"), "10", "88%", "8",
                 "部分学校菜品单一，下年加强配餐指导"),
         ], "良好", "良"),
        ("中小学教师培训经费", "永安市教师进修学校", ("120.00", "120.00", "96.80"),
         ("120.00", "120.00", "96.80"), None, None,
         ("组织全市中小学教师分层分类培训1500人次以上。", "完成培训1620人次，结余资金已收回。"), [
             Ind("产出指标", "数量指标", "培训教师人次", "≥1500人次", (">=", 1500, "人次"), "20", "1620人次", "20"),
             Ind("产出指标", "质量指标", "培训考核合格率", "≥95%", (">=", 95, "%"), "15", "97%", "15"),
             Ind("产出指标", "时效指标", "培训任务完成时间", "2024年11月底前", D, "10", "2024年11月完成", "10"),
             Ind("产出指标", "成本指标", "人均培训成本", "<800元", ("<", 800, "元"), "10", "597元", "10"),
             Ind("效益指标", "社会效益指标", "教师教育教学能力", "明显提升", Q, "20", "明显提升", "18",
                 "成效需在教学中持续检验"),
             Ind("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", (">=", 90, "%"), "15", "95%", "15"),
         ], "优秀", "优"),
    ]
    for project, unit_name, money, fiscal, carried, other, goal, inds, grade_word, grade in evals:
        rate, rate_score = _rate(money[1], money[2])
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 8, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 5, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "")
        for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 3 + k, 1, 1, head)
        blank = ("—", "—", "—")
        lines = (("年度资金总额", *money, "10", rate, rate_score), ("其中：财政拨款", *fiscal, "—", "—", "—"),
                 ("上年结转资金", *(carried or blank), "—", "—", "—"), ("其他资金", *(other or blank), "—", "—", "—"))
        for k, line in enumerate(lines, 1):
            rows.put(r + k, 1, 1, 2, line[0])
            for j, v in enumerate(line[1:]):
                rows.put(r + k, 3 + j, 1, 1, v)
        r = rows.n
        rows.put(r, 0, 2, 1, "年度总体目标")
        rows.put(r, 1, 1, 4, "预期目标")
        rows.put(r, 5, 1, 4, "实际完成情况")
        rows.put(r + 1, 1, 1, 4, goal[0])
        rows.put(r + 1, 5, 1, 4, goal[1])
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                  "偏差原因分析及改进措施")):
            rows.put(r, 1 + k, 1, 1, head)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 1, i.note)])
        total = _total(rate_score, inds)
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, total), (8, 1, ""))
        rows.add((0, 6, "自评等级"), (6, 3, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, [40, 50, 56, 80, 60, 60, 34, 50, 68], title="项目支出绩效自评表",
                             editor="（2024年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                       fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "万元", money[1], money[2], float(total), grade)
        doc.gold.project(project, "万元", year=money[1], fiscal=fiscal[1], carried=carried[1] if carried else None)
    return doc.save(folder)


def layout_hi_df_town_dept_wide_then_projects_cells(folder: Path, name: str) -> FileGold:
    """海南 东方市 八所镇: 部门整体 target form, then project forms in 元; rules "cells"."""
    dept = "东方市八所镇人民政府"
    doc = FormDoc(name, f"{dept}2025年绩效目标表", dept, 2025)
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "年度预算资金（万元）")
    rows.add((1, 1, "资金总额"), (2, 1, "3,286.45"), (3, 1, "其中：财政拨款"), (4, 2, "3,106.45"))
    rows.add((1, 1, "其他资金"), (2, 1, "180.00"), (3, 3, ""))
    r = rows.n
    tasks = (("乡村振兴", "推进示范村建设和村道硬化", "150.00"), ("环境卫生", "道路清扫保洁和垃圾转运", "486.00"),
             ("基层治理", "网格化管理和信访维稳", "212.30"))
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 1, "任务名称")
    rows.put(r, 2, 1, 3, "主要内容")
    rows.put(r, 5, 1, 1, "预算金额（万元）")
    for k, (task, what, amount) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 1, task)
        rows.put(r + k, 2, 1, 3, what)
        rows.put(r + k, 5, 1, 1, amount)
    rows.add((0, 1, "年度总体目标"), (1, 5, "统筹推进乡村振兴、人居环境整治和基层治理，提升辖区群众获得感。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重"))
    wide = [
        Ind("产出指标", "数量指标", "辖区道路清扫保洁面积", "≥120万平方米", (">=", 120, "万平方米"), "15"),
        Ind("产出指标", "数量指标", "专职网格员配备人数", "≥86人", (">=", 86, "人"), "10"),
        Ind("产出指标", "质量指标", "民生实事项目完成率", "100%", ("=", 100, "%"), "15"),
        Ind("产出指标", "时效指标", "惠民惠农补贴发放时限", "≤15个工作日", ("<=", 15, "个工作日"), "10"),
        Ind("产出指标", "成本指标", "“三公”经费预算执行率", "≤100%", ("<=", 100, "%"), "10"),
        Ind("效益指标", "社会效益指标", "信访事项按期办结率", "≥95%", (">=", 95, "%"), "15"),
        Ind("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥95%", (">=", 95, "%"), "10"),
        Ind("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%", (">=", 90, "%"), "15"),
    ]
    _grid_rows(rows, wide, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [90, 92, 80, 80, 82, 70], title="2025年部门整体支出绩效目标表",
                         editor=f"填报单位：{dept}", kind="dept_performance_targets"), fresh_page=True)
    _add(doc, None, wide)
    projects = [
        ("八所镇乡村振兴示范村建设", "1,500,000.00", "1,200,000.00", "300,000.00", "0.00",
         "建成3个乡村振兴示范村，硬化村道4.5公里，改善群众出行条件。", [
             Ind("产出指标", "数量指标", "示范村建设数量", "3个", ("=", 3, "个")),
             Ind("产出指标", "数量指标", "村道硬化里程", "≥4.5公里", (">=", 4.5, "公里")),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "项目完工时间", "2025年11月30日前", D),
             Ind("满意度指标", "服务对象满意度指标", "示范村村民满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("镇级垃圾转运站运维", "860,000.00", "860,000.00", "0.00", "0.00",
         "保障垃圾转运站正常运行，实现生活垃圾日产日清。", [
             Ind("产出指标", "数量指标", "垃圾日转运量", "≥80吨", (">=", 80, "吨")),
             Ind("产出指标", "质量指标", "转运车辆完好率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "生活垃圾日产日清率", "100%", ("=", 100, "%")),
             Ind("产出指标", "成本指标", "年度运维成本", "≤86万元", ("<=", 86, "万元")),
             Ind("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%", (">=", 85, "%")),
         ]),
    ]
    for k, (project, total, fiscal, carried, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "主管部门"), (1, 1, "东方市人民政府"), (2, 1, "实施单位"), (3, 1, dept))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（元）")
        for j, (label, value) in enumerate((("资金总额", total), ("其中：财政拨款", fiscal), ("上年结转", carried),
                                            ("其他资金", other))):
            rows.put(r + j, 1, 1, 1, label)
            rows.put(r + j, 2, 1, 2, value)
        rows.add((0, 1, "年度目标"), (1, 3, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [100, 120, 150, 120], title="2025年项目支出绩效目标表",
                             editor=f"单位：{dept}"), fresh_page=(k == 0))
        _add(doc, project, inds)
        doc.gold.project(project, "元", year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_jx_fc_final_accounts_dept_and_project_self_evals_filled(folder: Path, name: str) -> FileGold:
    """江西 丰城 部门决算 ending with a 部门整体 and two project self evaluations; rules "filled"."""
    dept = "丰城市民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "4,986.21"), ("二、其他收入", "62.00")],
                    [("一、社会保障和就业支出", "4,712.66"), ("二、卫生健康支出", "335.55")])
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
    widths = [48, 54, 84, 62, 62, 52, 36, 97]
    # 部门整体支出绩效自评表: money as label | value pairs
    initial, budget, executed = "4,862.30", "5,120.66", "5,048.21"
    rate, rate_score = _rate(budget, executed)
    wide = [
        Ind("产出指标", "数量指标", "城乡低保保障人数", "≥1.8万人", (">=", 1.8, "万人"), "15", "1.86万人", "15"),
        Ind("产出指标", "数量指标", "养老服务设施覆盖乡镇数", "≥20个", (">=", 20, "个"), "10", "20个", "10"),
        Ind("产出指标", "质量指标", "救助资金发放准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "临时救助审批时限", "≤5个工作日", ("<=", 5, "个工作日"), "10", "4个工作日", "10"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", Q, "15", "得到有效保障", "15"),
        Ind("效益指标", "可持续影响指标", "社会救助信息化水平", "稳步提高", Q, "10", "稳步提高", "9",
            "部分乡镇系统应用不熟练"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    rows.add((0, 2, "年初预算数（万元）"), (2, 2, initial), (4, 2, "全年预算数（万元）"), (6, 2, budget))
    rows.add((0, 2, "全年执行数（万元）"), (2, 2, executed), (4, 2, "预算执行率"), (6, 2, rate))
    rows.add((0, 2, "执行率分值"), (2, 2, "10"), (4, 2, "执行率得分"), (6, 2, rate_score))
    rows.add((0, 2, "年度总体目标完成情况"), (2, 6, "全年发放各类救助资金4200余万元，困难群众基本生活得到有效保障。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(heads)])
    _grid_rows(rows, wide, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    total = _total(rate_score, wide)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, total))
    rows.add((0, 5, "综合评价等级"), (5, 3, "优"))
    spec = _spec(rows.cells, rows.n, widths, title="部门整体支出绩效自评表", editor=f"{year}年度",
                 unit_raw="单位：万元", kind="performance_self_evaluation")
    doc.pages.grid(replace(spec, rules="filled"), fresh_page=True)
    _add(doc, None, wide)
    doc.gold.self_evaluation(None, "万元", budget, executed, float(total), "优")
    evals = [
        ("城乡特困人员救助供养", ("1,860.00", "1,935.20", "1,935.20"), ("1,860.00", "1,935.20", "1,935.20"), "优", [
            Ind("产出指标", "数量指标", "特困人员救助供养人数", "≥3100人", (">=", 3100, "人"), "20", "3168人", "20"),
            Ind("产出指标", "质量指标", "特困人员认定准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "供养金按月发放", "每月10日前", D, "10", "按月发放", "10"),
            Ind("产出指标", "成本指标", "基本生活标准", "≥870元/人·月", (">=", 870, "元/人·月"), "10",
                "870元/人·月", "10"),
            Ind("效益指标", "社会效益指标", "特困人员基本生活", "得到保障", Q, "20", "得到保障", "20"),
            Ind("满意度指标", "服务对象满意度指标", "供养对象满意度", "≥90%", (">=", 90, "%"), "15", "94%", "15"),
        ]),
        ("困难残疾人生活补贴和重度残疾人护理补贴", ("624.00", "610.80", "588.95"), ("624.00", "610.80", "588.95"), "良", [
            Ind("产出指标", "数量指标", "补贴发放人数", "≥1.1万人", (">=", 1.1, "万人"), "20", "1.06万人", "17",
                "部分对象死亡或迁出，人数减少"),
            Ind("产出指标", "质量指标", "补贴对象动态调整率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "补贴资金发放及时率", "≥98%", (">=", 98, "%"), "10", "98%", "10"),
            Ind("产出指标", "成本指标", "护理补贴标准", "≥80元/人·月", (">=", 80, "元/人·月"), "10", "80元/人·月", "10"),
            Ind("效益指标", "社会效益指标", "残疾人生活质量", "有所提高", Q, "20", "有所提高", "16",
                "补贴标准偏低，建议逐步提标"),
            Ind("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", (">=", 90, "%"), "15", "89%", "13",
                "个别对象对发放方式有意见"),
        ]),
    ]
    for project, money, fiscal, grade, inds in evals:
        rate, rate_score = _rate(money[1], money[2])
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 3, dept))
        r = rows.n
        rows.put(r, 0, 3, 1, "项目资金（万元）")
        for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")):
            rows.put(r, 1 + k, 1, 1, head)
        for k, line in enumerate((("年度资金总额", *money, rate, "10", rate_score),
                                  ("其中：财政拨款", *fiscal, "—", "—", "—")), 1):
            for j, v in enumerate(line):
                rows.put(r + k, 1 + j, 1, 1, v)
        rows.add(*[(k, 1, t) for k, t in enumerate(heads)])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        total = _total(rate_score, inds)
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, total))
        rows.add((0, 5, "自评等级"), (5, 3, grade))
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"{year}年度",
                     unit_raw="单位：万元", kind="performance_self_evaluation")
        doc.pages.grid(replace(spec, rules="filled"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "万元", money[1], money[2], float(total), grade)
        doc.gold.project(project, "万元", year=money[1], fiscal=fiscal[1])
    return doc.save(folder)


def layout_hun_xx_budget_heads_direction_unit_shaded(folder: Path, name: str) -> FileGold:
    """湖南 吉首 部门预算, money heads over a values row, 指标方向 column; rules "cells", heads shaded."""
    dept = "吉首市文化旅游广电局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[(dept, 24), ("2025年部门预算", 24)])
    _budget_front(doc, dept, 2025, [("一、一般公共预算拨款收入", "2,318.40"), ("二、上年结转", "20.00")],
                  [("一、文化旅游体育与传媒支出", "2,126.90"), ("二、社会保障和就业支出", "211.50")])
    projects = [
        ("乡村旅游宣传推广", "430801250010021", "260.00", "240.00", "20.00", "0.00",
         "开展乡村旅游节会和线上推广，带动乡村旅游消费。", [
             Ind("产出指标", "数量指标", "举办乡村旅游节会活动", ("大于等于", "6", "场"), (">=", 6, "场")),
             Ind("产出指标", "数量指标", "新媒体宣传推送条数", ("大于等于", "300", "条"), (">=", 300, "条")),
             Ind("产出指标", "时效指标", "宣传推广活动完成时间", ("", "2025年10月底前", ""), D),
             Ind("效益指标", "经济效益指标", "乡村旅游接待人次增长率", ("大于", "8", "%"), (">", 8, "%")),
             Ind("满意度指标", "服务对象满意度指标", "游客满意度", ("大于等于", "90", "%"), (">=", 90, "%")),
         ]),
        ("送戏下乡公共文化服务", "430801250010035", "185.50", "185.50", "0.00", "0.00",
         "组织文艺院团送戏下乡，丰富基层群众文化生活。", [
             Ind("产出指标", "数量指标", "送戏下乡演出场次", ("大于等于", "120", "场"), (">=", 120, "场")),
             Ind("产出指标", "质量指标", "演出安全事故", ("等于", "0", "起"), ("=", 0, "起")),
             Ind("产出指标", "成本指标", "单场演出补助", ("小于等于", "1.5", "万元"), ("<=", 1.5, "万元")),
             Ind("效益指标", "社会效益指标", "基层群众文化生活", ("定性", "明显丰富", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "观演群众满意度", ("大于等于", "90", "%"), (">=", 90, "%")),
         ]),
        ("非物质文化遗产保护传承", "430801250010042", "96.00", "80.00", "", "16.00",
         "开展苗族鼓舞等非遗项目传承培训和展演。", [
             Ind("产出指标", "数量指标", "非遗传承人培训人次", ("大于等于", "150", "人次"), (">=", 150, "人次")),
             Ind("产出指标", "数量指标", "非遗展演活动", ("大于等于", "10", "场"), (">=", 10, "场")),
             Ind("产出指标", "质量指标", "非遗项目档案完整率", ("等于", "100", "%"), ("=", 100, "%")),
             Ind("效益指标", "可持续影响指标", "非遗项目传承活力", ("定性", "显著提升", ""), Q),
             Ind("效益指标", "可持续影响指标", "传承人流失率", ("小于", "5", "%"), ("<", 5, "%")),
         ]),
    ]
    for project, code, total, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "项目类型"), (5, 2, "其他运转类"))
        money_head = rows.n
        rows.put(money_head, 0, 2, 1, "项目资金（万元）")
        for k, (head, value) in enumerate((("资金总额", total), ("财政拨款", fiscal), ("上年结转", carried),
                                           ("其他资金", other))):
            span = 2 if k < 2 else 1
            col = [1, 3, 5, 6][k]
            rows.put(money_head, col, 1, span, head)
            rows.put(money_head + 1, col, 1, span, value)
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        grid_head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "指标值",
                                                                 "计量单位", "指标解释"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, "按年度计划核定")])
        spec = _spec(rows.cells, rows.n, [66, 76, 118, 56, 76, 44, 64], title="项目支出绩效目标表",
                     editor=f"部门（单位）：{dept}")
        doc.pages.grid(replace(spec, rules="cells", shaded_rows=(money_head, grid_head)), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", code=code, year=total, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


def layout_gz_dy_standalone_yuan_in_cells_weights_filled(folder: Path, name: str) -> FileGold:
    """贵州 都匀 standalone 申报表, amounts with 元 in the cell; rules "filled", grid header shaded."""
    dept = "都匀市交通运输局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标申报表", dept, 2025)
    projects = [
        ("农村公路养护工程（2024-2026年）", "522701242000000318", "2024年1月至2026年12月", "3,600,000.00",
         "1,200,000.00", "1,000,000.00", "200,000.00",
         "完成农村公路日常养护和预防性养护，保持路况良好，保障群众安全出行。", [
             Ind("产出指标", "数量指标", "农村公路日常养护里程", "≥680公里", (">=", 680, "公里"), "20"),
             Ind("产出指标", "数量指标", "预防性养护里程", "≥45公里", (">=", 45, "公里"), "10"),
             Ind("产出指标", "质量指标", "农村公路优良中等路率", "达到85%", (">=", 85, "%"), "20"),
             Ind("产出指标", "成本指标", "每公里日常养护成本", "≤1500元", ("<=", 1500, "元"), "10"),
             Ind("效益指标", "社会效益指标", "因路况引发交通事故起数", "0起", ("=", 0, "起"), "30"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("城乡客运公交化运营补贴", "522701252000000406", "2025年1月至2025年12月", "980,000.00", "980,000.00",
         "980,000.00", "0.00", "对城乡客运公交化线路给予运营补贴，稳定城乡客运服务。", [
             Ind("产出指标", "数量指标", "补贴公交化运营线路", "≥12条", (">=", 12, "条"), "20"),
             Ind("产出指标", "数量指标", "补贴运营车辆数", "≥64辆", (">=", 64, "辆"), "15"),
             Ind("产出指标", "质量指标", "车辆准点率", "达到95%", (">=", 95, "%"), "15"),
             Ind("产出指标", "时效指标", "补贴资金拨付时间", "2025年12月20日前", D, "10"),
             Ind("效益指标", "社会效益指标", "建制村通客车率", "100%", ("=", 100, "%"), "25"),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥88%", (">=", 88, "%"), "15"),
         ]),
        ("道路交通安全隐患整治", "522701252000000419", "2025年1月至2025年12月", "2,150,000.00", "2,150,000.00",
         "1,850,000.00", "300,000.00", "整治急弯陡坡、临水临崖等路段安全隐患，完善安防设施。", [
             Ind("产出指标", "数量指标", "整治隐患路段", "≥38处", (">=", 38, "处"), "20"),
             Ind("产出指标", "数量指标", "新增波形护栏", "≥26公里", (">=", 26, "公里"), "15"),
             Ind("产出指标", "质量指标", "工程交工验收合格率", "100%", ("=", 100, "%"), "15"),
             Ind("产出指标", "成本指标", "工程超概算比例", "控制在5%以内", ("<=", 5, "%"), "15"),
             Ind("效益指标", "社会效益指标", "整治路段事故起数同比下降", ">10%", (">", 10, "%"), "25"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
    ]
    for project, code, period, total, year, fiscal, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目代码"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施周期"), (4, 1, period))
        rows.add((0, 1, "项目总金额"), (1, 2, f"{total}元"), (3, 1, "本年度金额"), (4, 1, f"{year}元"))
        rows.add((0, 1, "其中：财政资金"), (1, 2, f"{fiscal}元"), (3, 1, "其他资金"), (4, 1, f"{other}元"))
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重（%）"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        spec = _spec(rows.cells, rows.n, [80, 84, 126, 90, 116], title="项目支出绩效目标申报表",
                     editor=f"申报单位（盖章）：{dept}", unit_raw="填报日期：2025年2月")
        doc.pages.grid(replace(spec, rules="filled", shaded_rows=(head,)), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "元", code=code, total=total, year=year, fiscal=fiscal)
    return doc.save(folder)


def layout_yn_nj_turned_list_fiscal_columns(folder: Path, name: str) -> FileGold:
    """云南 泸水市 list of projects on landscape pages turned by /Rotate; rules "cells"."""
    dept = "泸水市住房和城乡建设局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("城镇老旧小区改造", "1,268.00", "1,068.00", "200.00", "改造老旧小区12个，惠及居民1800户。", [
            Ind("产出指标", "数量指标", "改造老旧小区个数", "≥12个", (">=", 12, "个")),
            Ind("产出指标", "质量指标", "改造工程验收合格率", "100%", ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "惠及居民户数", "≥1800户", (">=", 1800, "户")),
            Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("城市生活垃圾收运处理", "735.60", "735.60", "0.00", "城区生活垃圾及时清运、无害化处理。", [
            Ind("产出指标", "数量指标", "日均垃圾清运量", "≥150吨", (">=", 150, "吨")),
            Ind("产出指标", "质量指标", "生活垃圾无害化处理率", "≥97%", (">=", 97, "%")),
            Ind("产出指标", "成本指标", "吨垃圾处理成本", "≤135元", ("<=", 135, "元")),
            Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("农村危房改造补助", "312.40", "312.40", "", "完成农村危房改造260户，保障住房安全。", [
            Ind("产出指标", "数量指标", "危房改造户数", "260户", ("=", 260, "户")),
            Ind("产出指标", "时效指标", "改造任务完成时间", "2025年10月31日前", D),
            Ind("效益指标", "社会效益指标", "农村低收入群体住房安全", "有效保障", Q),
            Ind("满意度指标", "服务对象满意度指标", "改造户满意度", "≥95%", (">=", 95, "%")),
        ]),
        ("建筑施工安全监管", "58.00", "58.00", "", "开展建筑施工安全检查，遏制较大安全事故。", [
            Ind("产出指标", "数量指标", "在建工地检查覆盖率", "100%", ("=", 100, "%")),
            Ind("产出指标", "数量指标", "安全检查次数", "≥48次", (">=", 48, "次")),
            Ind("效益指标", "社会效益指标", "较大及以上安全事故", "0起", ("=", 0, "起")),
            Ind("满意度指标", "服务对象满意度指标", "施工企业满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    rows = _Rows()
    heads = ("序号", "项目名称", "资金合计", "其中：财政拨款", "其他资金", "年度绩效目标", "一级指标", "二级指标",
             "三级指标", "指标值")
    rows.add(*[(k, 1, t) for k, t in enumerate(heads)])
    for n, (project, total, fiscal, other, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw)])
        for col, text in enumerate((str(n), project, total, fiscal, other, goal)):
            rows.put(r0, col, len(inds), 1, text)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    spec = _spec(rows.cells, rows.n, [30, 80, 62, 66, 56, 118, 62, 78, 110, 80], title="2025年项目支出绩效目标表",
                 editor=f"单位名称：{dept}", unit_raw="单位：万元", landscape=True)
    doc.pages.grid(spec, repeat=(0, 1), fresh_page=True, turned=True)
    return doc.save(folder)


def layout_sc_nj_budget_ranges_weights_open(folder: Path, name: str) -> FileGold:
    """四川 内江 东兴区 部门预算, weighted grid with ranges; rules "open"."""
    dept = "内江市东兴区应急管理局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[(dept, 24), ("2025年部门预算", 24)])
    _budget_front(doc, dept, 2025, [("一、一般公共预算拨款收入", "1,642.75")],
                  [("一、灾害防治及应急管理支出", "1,530.25"), ("二、社会保障和就业支出", "112.50")])
    projects = [
        ("森林防灭火专项经费", "511011250000000027", "186.00", "186.00", "0.00",
         "落实森林防灭火责任，开展巡护和扑火队伍训练，确保不发生重大森林火灾。", [
             Ind("产出指标", "数量指标", "专业扑火队伍训练", "≥24次", (">=", 24, "次"), "20", note="全年训练次数"),
             Ind("产出指标", "数量指标", "护林员巡护人数", "≥320人", (">=", 320, "人"), "10", note="聘用护林员"),
             Ind("产出指标", "时效指标", "火情处置到场时间", "≤30分钟", ("<=", 30, "分钟"), "20", note="接警至到场"),
             Ind("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰", ("<=", 0.9, "‰"), "30", note="受害面积/森林面积"),
             Ind("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", (">=", 90, "%"), "20", note="抽样调查"),
         ]),
        ("安全生产监管执法", "511011250000000034", "95.00", "95.00", "0.00",
         "开展重点行业领域安全生产检查执法，压降生产安全事故。", [
             Ind("产出指标", "数量指标", "执法检查企业", "＞400家", (">", 400, "家"), "20", note="年度执法计划"),
             Ind("产出指标", "质量指标", "重大隐患整改率", "90%-95%", ("range", 90, "%", 95), "20",
                 note="已整改/排查重大隐患"),
             Ind("产出指标", "时效指标", "行政处罚案件办结时间", "3～5天", ("range", 3, "天", 5), "10", note="立案至结案"),
             Ind("效益指标", "社会效益指标", "生产安全事故死亡人数", "不高于3人", ("<=", 3, "人"), "30", note="与市考核目标一致"),
             Ind("满意度指标", "服务对象满意度指标", "企业对执法工作满意度", "≥85%", (">=", 85, "%"), "20", note="问卷"),
         ]),
        ("应急物资储备", "511011250000000041", "120.00", "100.00", "20.00",
         "补充防汛抗旱和救灾物资储备，满足应急处置需要。", [
             Ind("产出指标", "数量指标", "新增储备物资品类", "≥18类", (">=", 18, "类"), "20", note="按储备目录"),
             Ind("产出指标", "质量指标", "储备物资完好率", "≥98%", (">=", 98, "%"), "20", note="盘点完好数量占比"),
             Ind("产出指标", "时效指标", "物资调拨到位时间", "＜2小时", ("<", 2, "小时"), "20", note="区内调拨"),
             Ind("效益指标", "社会效益指标", "受灾群众基本生活救助", "及时有效", Q, "20", note="24小时内得到救助"),
             Ind("满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90%", (">=", 90, "%"), "20", note="回访"),
         ]),
    ]
    for project, code, year, fiscal, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 2, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 2, dept))
        r = rows.n
        rows.put(r, 0, 3, 2, "项目资金（万元）")
        for k, (label, value) in enumerate((("年度资金总额", year), ("其中：财政拨款", fiscal), ("其他资金", other))):
            rows.put(r + k, 2, 1, 2, label)
            rows.put(r + k, 4, 1, 3, value)
        rows.add((0, 2, "年度目标"), (2, 5, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "一级指标", "二级指标", "三级指标", "指标值", "权重",
                                                     "指标解释"))])
        numbers = iter(range(1, len(inds) + 1))
        _grid_rows(rows, inds, 1, 2, lambda i: [(0, 1, str(next(numbers))), (3, 1, i.name), (4, 1, i.raw),
                                                (5, 1, i.weight), (6, 1, i.note)])
        spec = _spec(rows.cells, rows.n, [30, 64, 80, 118, 76, 40, 87], title="项目支出绩效目标表",
                     editor=f"部门名称：{dept}", unit_raw="单位：万元")
        doc.pages.grid(replace(spec, rules="open"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", code=code, year=year, fiscal=fiscal)
    return doc.save(folder)


def layout_cq_tl_school_self_evals_yuan_pairs_cells(folder: Path, name: str) -> FileGold:
    """重庆 铜梁 a school's project self evaluations in 元, label | value pairs; rules "cells"."""
    dept = "重庆市铜梁区巴川中学校"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    evals = [
        ("普通高中学生资助", "1,286,000.00", "1,286,000.00", "1,262,418.50", "1,286,000.00", "优", [
            Ind("产出指标", "数量指标", "国家助学金资助学生人数", "≥640人", (">=", 640, "人"), "20", "652人", "20"),
            Ind("产出指标", "质量指标", "资助对象认定准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "资助资金发放时间", "每学期结束前", D, "10", "按学期发放", "10"),
            Ind("产出指标", "成本指标", "生均资助标准", "2000元/生·年", ("=", 2000, "元/生·年"), "10", "2000元/生·年", "10"),
            Ind("效益指标", "社会效益指标", "家庭经济困难学生因贫辍学", "0人", ("=", 0, "人"), "20", "0人", "20"),
            Ind("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥95%", (">=", 95, "%"), "15", "97%", "15"),
        ]),
        ("校园安全设施改造", "850,000.00", "920,000.00", "781,236.00", "820,000.00", "良", [
            Ind("产出指标", "数量指标", "新增高清监控点位", "≥120个", (">=", 120, "个"), "20", "126个", "20"),
            Ind("产出指标", "数量指标", "更换消防设施设备", "≥300件", (">=", 300, "件"), "10", "280件", "8",
                "部分设备延至次年采购"),
            Ind("产出指标", "质量指标", "改造工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "改造完工时间", "2024年8月31日前", D, "10", "2024年9月20日", "7",
                "雨季延误工期，下年提前开工"),
            Ind("效益指标", "社会效益指标", "校园安全事故发生数", "0起", ("=", 0, "起"), "20", "0起", "20"),
            Ind("满意度指标", "服务对象满意度指标", "师生安全感满意度", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
        ]),
    ]
    for project, initial, budget, executed, fiscal, grade, inds in evals:
        rate, rate_score = _rate(budget, executed)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "主管部门"), (5, 2, "重庆市铜梁区教育委员会"))
        rows.add((0, 1, "实施单位"), (1, 6, dept))
        rows.add((0, 1, "年初预算数（元）"), (1, 3, initial), (4, 1, "全年预算数（元）"), (5, 2, budget))
        rows.add((0, 1, "其中：财政拨款（元）"), (1, 3, fiscal), (4, 1, "全年执行数（元）"), (5, 2, executed))
        rows.add((0, 1, "预算执行率"), (1, 3, rate), (4, 1, "执行率得分"), (5, 2, rate_score))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score)])
        notes = "；".join(i.note for i in inds if i.note) or "无"
        rows.add((0, 1, "偏差原因及改进措施"), (1, 6, notes))
        total = _total(rate_score, inds)
        rows.add((0, 1, "自评得分"), (1, 3, total), (4, 1, "自评等级"), (5, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [86, 64, 110, 74, 72, 38, 46], title=f"{project}项目绩效自评表",
                             editor=f"填报单位：{dept}", kind="performance_self_evaluation"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "元", budget, executed, float(total), grade)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal)
    return doc.save(folder)


BLIND72: dict[str, Builder] = {
    "gd_ld_budget_money_pairs_filled_shaded": layout_gd_ld_budget_money_pairs_filled_shaded,
    "gx_lb_budget_source_lines_open": layout_gx_lb_budget_source_lines_open,
    "fj_ya_self_evals_money_columns_cells": layout_fj_ya_self_evals_money_columns_cells,
    "hi_df_town_dept_wide_then_projects_cells": layout_hi_df_town_dept_wide_then_projects_cells,
    "jx_fc_final_accounts_dept_and_project_self_evals_filled": layout_jx_fc_final_accounts_dept_and_project_self_evals_filled,
    "hun_xx_budget_heads_direction_unit_shaded": layout_hun_xx_budget_heads_direction_unit_shaded,
    "gz_dy_standalone_yuan_in_cells_weights_filled": layout_gz_dy_standalone_yuan_in_cells_weights_filled,
    "yn_nj_turned_list_fiscal_columns": layout_yn_nj_turned_list_fiscal_columns,
    "sc_nj_budget_ranges_weights_open": layout_sc_nj_budget_ranges_weights_open,
    "cq_tl_school_self_evals_yuan_pairs_cells": layout_cq_tl_school_self_evals_yuan_pairs_cells,
}
SETS: dict[str, dict[str, Builder]] = {"blind72": BLIND72}


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
    """Write every layout of ``which`` ("blind72") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
