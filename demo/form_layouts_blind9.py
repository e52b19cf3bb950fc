"""BLIND9 performance forms: ten layouts as a district of 宁波, a district of 青岛, a district of
成都, a 湖南 county-level city, a district of 昆明 (pages turned by /Rotate), a district of 西安, an
内蒙古 旗, a district of 芜湖, a district of 三亚 and a district of 天津 print their
项目支出绩效目标表, 部门（单位）整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表,
written by an author who had read neither the form reader nor the earlier blind sets (only the
gold helpers and page composer of ``form_layouts``, the gold conventions of BLIND8's docstring
and the real disclosures). Each layout writes one PDF and its gold in the format of
``form_layouts.write_set``; the gold is written by hand with ``form_layouts._gold_ind`` and
``FileGold``, never by the normalizers.

zj_nb_budget_fund_heads_carried  浙江 宁波 district 部门预算: ordinary budget tables, then one
        项目支出绩效目标表 per project (项目名称 | 项目编码, 主管部门 | 实施单位), a 项目资金（万元）
        label merged over a heads row (年度资金总额 | 其中：财政拨款 | 上年结转 | 其他资金) and an
        amounts row, grid 一级 | 二级 | 三级 | 指标值 (≥ ≤ glued) | 指标值说明
sd_qd_small_forms_comparator_column  山东 青岛 district, three short forms running down the
        pages: 年度资金总额 | 其中：财政资金 as label | value pairs, a two-row grid header with
        指标值 over 比较符 | 数值 | 计量单位, 定性 in the 比较符 column, 权重 merged down
sc_cd_budget_dept_tasks_money  四川 成都 district 部门预算 ending with a 部门（单位）整体支出绩效
        目标表: 年度主要任务 rows with their own money (总额 | 财政拨款 | 其他资金) and a 合计 row,
        年度总体目标, grid whose targets are comparator words (不低于 / 不高于 / 不少于)
hun_county_self_eval_grade_words  湖南 county-level city 项目支出绩效自评表: money block 年初预算数
        | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 / 其中：财政拨款 / 其他资金,
        偏差 split into 原因分析 | 改进措施, 自评等级 printed as words (优秀 / 良好)
yn_km_turned_list_column_numbers  云南 昆明 district list on landscape pages turned by /Rotate:
        序号 | 项目名称 | 项目金额（万元） | 年度绩效目标 | 一级 | 二级 | 三级 | 指标值 | 权重（%）, a
        column-number row, header and column numbers repeated, project cells merged (and cut by
        the page break), ranges (85%-95%, 3～5天) and deadlines (2025年11月底前)
sn_xa_final_accounts_weighted_levels  陕西 西安 district 部门决算: accounts tables, then a
        部门整体支出绩效自评表 and a 项目支出绩效自评表 whose 一级 cells carry their weight
        (产出指标（50分）), money heads over 年度资金总额 / 其中：财政拨款 / 其他资金, 总分, 评价等级
nmg_banner_long_form_yuan_basis  内蒙古 旗 single long 项目支出绩效目标表 in 元 (1,234.00 with
        separators), 立项依据 / 实施内容 prose rows, money as label | value rows under a merged
        项目资金（元） cell, grid
        一级 | 二级 | 三级 | 指标值 | 指标值设定依据及数据来源 whose long basis text wraps, header
        repeated over the pages, merged level cells cut by the breaks
ah_wh_budget_list_two_row_money_notes  安徽 芜湖 district 部门预算: budget tables, then a
        landscape list 项目名称 | 项目资金（万元） over 合计 | 财政拨款 | 其他资金 | 年度目标 | 一级 |
        二级 | 三级 | 指标值 (不低于 / 不高于 / 大于 / 小于 words) | 分值, a 填报说明 row at the foot
hi_sy_self_eval_label_value_money_split  海南 三亚 district 项目支出绩效自评表: money as
        label | value pairs (年初预算数（万元） | … | 全年执行数（万元） | …, 预算执行率 | 分值 | 得分),
        target split 指标方向 | 年度指标值 | 计量单位, 自评得分 | 自评等级 in one row at the foot
tj_dept_wide_fullwidth_signs_deadline  天津 district 部门整体支出绩效目标表: 部门预算资金 heads
        (合计 | 一般公共预算 | 政府性基金 | 其他资金) over one row, grid with full-width signs
        (＞ ＜ ＝), ≥, 不高于, a deadline (2025年6月30日前) and qualitative targets, 权重

Gold conventions (BLIND8's, with this set's rulings):

- target_raw is the 年度 value as printed; split columns are joined in reading order with no
  separator ("≥95%", "定性显著提升", "≤3个工作日"); an empty unit cell adds nothing.
- ≥ / 不低于 / 不少于 read ">="; ≤ / 不高于 / 不超过 read "<="; ＞ / 大于 read ">"; ＜ / 小于 read
  "<"; ＝ / = and a bare figure read "="; "85%-95%", "3～5天" are ranges; a deadline
  ("2025年11月底前", "2025年6月30日前") stays raw with no comparator; a state is qualitative.
- 填报说明 rows are not indicators. A project cell cut by a page break belongs to the rows it
  spans on both pages, as a human reads it.
- Money: 年度资金总额 / 项目金额 / 合计 of a single-period form is ``year``; ``fiscal`` where
  财政拨款 / 其中：财政资金 is printed; ``carried`` where 上年结转 is printed. A 部门整体 form's
  money (its 年度主要任务 amounts included) is not a project's: no project row.
- Self evaluations: budget = 全年预算数 of the 年度资金总额 row (or its label | value pair),
  executed = its 全年执行数; score = the printed 总分 / 自评得分 (execution score + indicator
  scores); grade as printed, the words 优秀 / 良好 / 中等 / 较差 read 优 / 良 / 中 / 差. A project
  self evaluation gives the project's money (year = 全年预算数, fiscal = the 财政拨款 row's
  全年预算数 where that row is printed).
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
                  spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支预算总表, the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、部门职责。{dept}负责本行政区域内相关领域的政策执行、行业管理和公共服务工作。",
        "二、机构设置。纳入本部门预算编制范围的单位包括部门机关及所属事业单位。",
        f"三、{year}年重点工作。围绕区委、区政府中心工作，统筹安排预算资金，保障重点项目实施。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec(f"{year}年收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    doc.pages.text_page("第四部分  预算绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}对纳入{year}年部门预算的项目编制了绩效目标，"
        "现将绩效目标表公开如下。",
    ])


def _rate_score(budget: str, executed: str) -> tuple[str, float]:
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b * 100
    score = min(Decimal(10), (e / b * 10)).quantize(Decimal("0.01"))
    return f"{rate.quantize(Decimal('0.01'))}%", float(score)


# --------------------------------------------------------------------------- layouts


def layout_zj_nb_budget_fund_heads_carried(folder: Path, name: str) -> FileGold:
    dept = "宁波市鄞州区农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "6,820.40"), ("二、上年结转", "310.00")],
                  [("一、农林水支出", "6,702.40"), ("二、社会保障和就业支出", "428.00")])
    projects = [
        ("高标准农田建设管护", "330212250000000018", "鄞州区农业技术服务中心", "180.00", "150.00", "30.00", "0.00",
         "完成高标准农田日常管护和损毁设施修复，保障农田设施正常运行，粮食生产能力稳定。", [
             Ind("产出指标", "数量指标", "管护高标准农田面积", "≥3.2万亩", (">=", 3.2, "万亩"), note="年度管护计划"),
             Ind("产出指标", "数量指标", "修复损毁灌排设施", "≥45处", (">=", 45, "处"), note="上年排查台账"),
             Ind("产出指标", "质量指标", "设施修复验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "损毁设施修复时限", "≤30天", ("<=", 30, "天")),
             Ind("产出指标", "成本指标", "每亩管护成本", "≤45元/亩", ("<=", 45, "元/亩"), note="参照市定标准"),
             Ind("效益指标", "经济效益指标", "粮食亩均产量", "≥480公斤", (">=", 480, "公斤")),
             Ind("效益指标", "可持续影响指标", "农田设施长效管护机制", "健全完善", Q),
             Ind("满意度指标", "服务对象满意度指标", "种粮主体满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农村人居环境整治提升", "330212250000000026", "鄞州区农村工作指导站", "95.50", "95.50", "", "",
         "推进农村生活垃圾分类和农村公厕提升，巩固美丽乡村建设成果。", [
             Ind("产出指标", "数量指标", "提升改造农村公厕", "≥24座", (">=", 24, "座")),
             Ind("产出指标", "数量指标", "垃圾分类示范村创建", "6个", ("=", 6, "个")),
             Ind("产出指标", "质量指标", "生活垃圾分类覆盖率", "≥98%", (">=", 98, "%")),
             Ind("产出指标", "时效指标", "补助资金拨付时间", "≤9月", ("<=", 9, "月")),
             Ind("效益指标", "生态效益指标", "村庄环境面貌", "明显改善", Q),
             Ind("效益指标", "社会效益指标", "农村卫生厕所普及率", "≥99%", (">=", 99, "%")),
             Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥92%", (">=", 92, "%")),
         ]),
    ]
    for project, code, unit_name, yr, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for k, head in enumerate(("年度资金总额", "其中：财政拨款", "上年结转", "其他资金")):
            rows.put(r, 1 + k, 1, 1, head)
        for k, v in enumerate((yr, fiscal, carried, other)):
            rows.put(r + 1, 1 + k, 1, 1, v)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "指标值说明"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, [78, 92, 130, 95, 100], title="项目支出绩效目标表",
                             editor=f"（{year}年度）", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=yr, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


def layout_sd_qd_small_forms_comparator_column(folder: Path, name: str) -> FileGold:
    dept = "青岛市市北区市场监督管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目绩效目标表", dept, year)
    projects = [
        ("食品安全抽检监测", "86.00", "86.00", [
            Ind("产出指标", "数量指标", "食品安全监督抽检批次", ("≥", "2600", "批次"), (">=", 2600, "批次"), "20"),
            Ind("产出指标", "质量指标", "抽检样品覆盖食品大类", ("=", "34", "类"), ("=", 34, "类"), "15"),
            Ind("产出指标", "时效指标", "不合格食品核查处置时限", ("≤", "3", "个工作日"), ("<=", 3, "个工作日"), "15"),
            Ind("效益指标", "社会效益指标", "食品安全评价性抽检合格率", ("≥", "98", "%"), (">=", 98, "%"), "20"),
            Ind("效益指标", "可持续影响指标", "食品安全风险防控能力", ("定性", "显著提升", ""), Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "群众食品安全满意度", ("≥", "85", "%"), (">=", 85, "%"), "10"),
        ]),
        ("特种设备安全监察", "42.50", "40.00", [
            Ind("产出指标", "数量指标", "特种设备监督检查台次", ("≥", "1800", "台次"), (">=", 1800, "台次"), "25"),
            Ind("产出指标", "质量指标", "隐患整改闭环率", ("=", "100", "%"), ("=", 100, "%"), "20"),
            Ind("产出指标", "成本指标", "单台设备检查成本", ("≤", "220", "元"), ("<=", 220, "元"), "15"),
            Ind("效益指标", "社会效益指标", "特种设备万台死亡率", ("≤", "0.1", "人/万台"), ("<=", 0.1, "人/万台"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "使用单位满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
        ]),
        ("消费维权服务站建设", "15.00", "15.00", [
            Ind("产出指标", "数量指标", "新建消费维权服务站", ("≥", "12", "个"), (">=", 12, "个"), "25"),
            Ind("产出指标", "时效指标", "消费投诉办结时限", ("≤", "7", "个工作日"), ("<=", 7, "个工作日"), "20"),
            Ind("效益指标", "经济效益指标", "为消费者挽回经济损失", ("≥", "150", "万元"), (">=", 150, "万元"), "25"),
            Ind("效益指标", "社会效益指标", "放心消费环境", ("定性", "持续优化", ""), Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "投诉人满意度", ("≥", "92", "%"), (">=", 92, "%"), "10"),
        ]),
    ]
    for k, (project, yr, fiscal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 5, project))
        rows.add((0, 2, "年度资金总额"), (2, 1, yr), (3, 2, "其中：财政资金"), (5, 2, fiscal))
        r = rows.n
        for c, head in ((0, "一级指标"), (1, "二级指标"), (2, "三级指标"), (6, "权重")):
            rows.put(r, c, 2, 1, head)
        rows.put(r, 3, 1, 3, "指标值")
        for c, head in ((3, "比较符"), (4, "数值"), (5, "计量单位")):
            rows.put(r + 1, c, 1, 1, head)
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [62, 86, 150, 48, 60, 58, 36],
                             title=f"{year}年度“{project}”项目绩效目标表", editor=f"部门名称：{dept}",
                             unit_raw="单位：万元"), fresh_page=(k == 0), gap=28)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal)
    return doc.save(folder)


def layout_sc_cd_budget_dept_tasks_money(folder: Path, name: str) -> FileGold:
    dept = "成都市武侯区卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}", 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "18,604.32"), ("二、事业收入", "1,230.00")],
                  [("一、卫生健康支出", "18,926.12"), ("二、社会保障和就业支出", "908.20")])
    tasks = [("基本公共卫生服务", "为辖区常住人口提供12类基本公共卫生服务", "3,460.00", "3,460.00", "0.00"),
             ("医疗卫生机构运行保障", "保障区属公立医疗卫生机构正常运转", "12,850.20", "11,620.20", "1,230.00"),
             ("卫生健康综合监督", "开展医疗、公共场所和职业卫生监督执法", "386.00", "386.00", "0.00")]
    inds = [
        Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "不少于8.6万人", (">=", 8.6, "万人")),
        Ind("产出指标", "数量指标", "卫生监督检查户次", "不少于4500户次", (">=", 4500, "户次")),
        Ind("产出指标", "质量指标", "高血压患者基层规范管理服务率", "不低于65%", (">=", 65, "%")),
        Ind("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", "不低于90%", (">=", 90, "%")),
        Ind("产出指标", "时效指标", "传染病疫情报告及时率", "100%", ("=", 100, "%")),
        Ind("产出指标", "成本指标", "“三公”经费支出", "不高于上年", Q),
        Ind("效益指标", "社会效益指标", "婴儿死亡率", "不高于3‰", ("<=", 3, "‰")),
        Ind("效益指标", "社会效益指标", "居民健康素养水平", "不低于38%", (">=", 38, "%")),
        Ind("效益指标", "可持续影响指标", "分级诊疗制度", "逐步健全", Q),
        Ind("满意度指标", "服务对象满意度指标", "居民就医满意度", "不低于90%", (">=", 90, "%")),
        Ind("满意度指标", "服务对象满意度指标", "家庭医生签约居民满意度", "不低于85%", (">=", 85, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, len(tasks) + 3, 1, "年度主要任务")
    rows.put(r, 1, 2, 1, "任务名称")
    rows.put(r, 2, 2, 2, "主要内容")
    rows.put(r, 4, 1, 2, "预算金额（万元）")
    rows.put(r + 1, 4, 1, 1, "总额")
    rows.put(r + 1, 5, 1, 1, "财政拨款")
    rows.n = r + 2
    for task, content, total, fiscal, _other in tasks:
        rows.add((1, 1, task), (2, 2, content), (4, 1, total), (5, 1, fiscal))
    rows.add((1, 3, "金额合计"), (4, 1, "16,696.20"), (5, 1, "15,466.20"))
    rows.add((0, 1, "年度总体目标"), (1, 5, "落实基本公共卫生服务项目，保障医疗卫生机构平稳运行，强化卫生健康综合监督，"
                                              "居民主要健康指标保持全省领先。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标"))], (3, 2, "指标值"), (5, 1, "备注"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw), (5, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 90, 150, 60, 60, 65], title="部门（单位）整体支出绩效目标表",
                         editor=f"填报单位：{dept}", unit_raw="单位：万元", kind="department_performance_targets"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    return doc.save(folder)


def layout_hun_county_self_eval_grade_words(folder: Path, name: str) -> FileGold:
    dept = "宁乡市水利局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评报告", dept, year,
                  cover=[(f"{dept}", 22), (f"{year}年度项目支出绩效自评表", 20)])
    evals = [
        ("山塘清淤扩容工程", "宁乡市水利工程建设服务中心", ("300.00", "320.00", "298.56"), ("280.00", "300.00", "282.06"),
         ("20.00", "20.00", "16.50"), ("完成山塘清淤扩容80口，新增蓄水能力，保障农田灌溉。",
                                     "完成山塘清淤扩容82口，新增蓄水能力46万立方米。"), [
             Ind("产出指标", "数量指标", "清淤扩容山塘数量", "≥80口", (">=", 80, "口"), "20", "82口", "20"),
             Ind("产出指标", "数量指标", "新增蓄水能力", "≥40万立方米", (">=", 40, "万立方米"), "10", "46万立方米", "10"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标", "时效指标", "汛前完工率", "≥90%", (">=", 90, "%"), "10", "85%", "8",
                 "部分山塘受雨季影响延期", "合理安排施工时序"),
             Ind("效益指标", "经济效益指标", "新增及恢复灌溉面积", "≥1.2万亩", (">=", 1.2, "万亩"), "15", "1.3万亩", "15"),
             Ind("效益指标", "生态效益指标", "山塘水质", "明显改善", Q, "10", "明显改善", "9"),
             Ind("效益指标", "可持续影响指标", "工程使用年限", "≥10年", (">=", 10, "年"), "5", "10年", "5"),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "10", "94%", "10"),
         ], "优秀", "优"),
        ("农村饮水安全维修养护", "宁乡市农村供水服务站", ("150.00", "150.00", "131.40"), ("150.00", "150.00", "131.40"),
         ("0.00", "0.00", "0.00"), ("维修养护农村供水工程，保障农村群众饮水安全。",
                                   "维修养护供水工程36处，部分管网改造延至次年。"), [
             Ind("产出指标", "数量指标", "维修养护供水工程处数", "≥40处", (">=", 40, "处"), "20", "36处", "17",
                 "两处管网改造未完工", "加快施工进度"),
             Ind("产出指标", "质量指标", "水质检测合格率", "≥95%", (">=", 95, "%"), "15", "96.5%", "15"),
             Ind("产出指标", "时效指标", "供水故障修复时限", "≤48小时", ("<=", 48, "小时"), "10", "36小时", "10"),
             Ind("产出指标", "成本指标", "单处维修养护成本", "≤4万元", ("<=", 4, "万元"), "5", "3.65万元", "5"),
             Ind("效益指标", "社会效益指标", "农村自来水普及率", "≥95%", (">=", 95, "%"), "20", "93%", "16",
                 "偏远村组接管难度大", "争取专项资金延伸管网"),
             Ind("满意度指标", "服务对象满意度指标", "供水用户满意度", "≥90%", (">=", 90, "%"), "20", "88%", "17",
                 "个别时段水压偏低", "加强运行调度"),
         ], "良好", "良"),
    ]
    widths = [50, 56, 92, 58, 60, 34, 36, 56, 53]
    # an Ind's ``note`` is printed as 原因分析 and its ``period`` slot as 改进措施 (no 实施期 here)
    for project, unit_name, total, fiscal, other, goal, inds, grade_printed, grade in evals:
        rate, rate_score = _rate_score(total[1], total[2])
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        spans = ((1, 1), (2, 1), (3, 1), (4, 1), (5, 2), (7, 1), (8, 1))  # (column, span) of each money column
        for (c, cs), head in zip(spans, ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, c, 1, cs, head)
        lines = (("年度资金总额", *total, "10", rate, f"{rate_score:.2f}"),
                 ("其中：财政拨款", *fiscal, "—", "—", "—"),
                 ("其他资金", *other, "—", "—", "—"))
        for k, line in enumerate(lines, 1):
            for (c, cs), v in zip(spans, line):
                rows.put(r + k, c, 1, cs, v)
        r = rows.n
        rows.put(r, 0, 2, 2, "年度总体目标")
        rows.put(r, 2, 1, 3, "预期目标")
        rows.put(r, 5, 1, 4, "实际完成情况")
        rows.put(r + 1, 2, 1, 3, goal[0])
        rows.put(r + 1, 5, 1, 4, goal[1])
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "原因分析", "改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note), (8, 1, i.period or "")])
        score = round(rate_score + sum(float(i.score) for i in inds), 2)
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{score:.2f}"), (7, 2, ""))
        rows.add((0, 5, "自评等级"), (5, 4, grade_printed))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表",
                             editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", total[1], total[2], score, grade)
        doc.gold.project(project, "万元", year=total[1], fiscal=fiscal[1])
    return doc.save(folder)


def layout_yn_km_turned_list_column_numbers(folder: Path, name: str) -> FileGold:
    dept = "昆明市盘龙区城市管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("城市道路清扫保洁", "1,268.00", "对辖区主次干道和背街小巷实施机械化清扫和人工保洁，道路洁净度达到一级标准。", [
            Ind("产出指标", "数量指标", "机械化清扫保洁面积", "≥520万平方米", (">=", 520, "万平方米"), "15"),
            Ind("产出指标", "数量指标", "背街小巷保洁条数", "≥186条", (">=", 186, "条"), "10"),
            Ind("产出指标", "质量指标", "道路机械化清扫率", "85%-95%", ("range", 85, "%", 95), "15"),
            Ind("产出指标", "质量指标", "道路清扫质量考核合格率", "≥95%", (">=", 95, "%"), "10"),
            Ind("产出指标", "时效指标", "垃圾清运时限", "日产日清", Q, "10"),
            Ind("产出指标", "成本指标", "每平方米年保洁成本", "≤2.4元", ("<=", 2.4, "元"), "10"),
            Ind("效益指标", "生态效益指标", "城市环境卫生面貌", "持续改善", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
        ("市政照明设施维护", "356.80", "维护辖区路灯及景观照明设施，保障夜间照明，亮灯率保持在98%以上。", [
            Ind("产出指标", "数量指标", "维护路灯盏数", "≥2.1万盏", (">=", 2.1, "万盏"), "20"),
            Ind("产出指标", "质量指标", "路灯亮灯率", "≥98%", (">=", 98, "%"), "20"),
            Ind("产出指标", "时效指标", "故障路灯修复时间", "3～5天", ("range", 3, "天", 5), "15"),
            Ind("产出指标", "时效指标", "老旧灯具节能改造完成时间", "2025年11月底前", (None, None, None), "10"),
            Ind("效益指标", "经济效益指标", "年节约电费", "≥35万元", (">=", 35, "万元"), "15"),
            Ind("效益指标", "社会效益指标", "夜间出行安全保障", "有效保障", Q, "10"),
            Ind("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
        ("违法建设治理", "210.00", "依法查处新增违法建设，拆除存量违法建设，做到新增违建零增长。", [
            Ind("产出指标", "数量指标", "拆除存量违法建设面积", "≥3万平方米", (">=", 3, "万平方米"), "25"),
            Ind("产出指标", "质量指标", "新增违法建设查处率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "新增违建发现到处置时限", "≤24小时", ("<=", 24, "小时"), "15"),
            Ind("效益指标", "社会效益指标", "新增违法建设", "零增长", Q, "20"),
            Ind("效益指标", "可持续影响指标", "控违拆违长效机制", "逐步建立", Q, "10"),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", "80%-90%", ("range", 80, "%", 90), "10"),
        ]),
    ]
    heads = ("序号", "项目名称", "项目金额（万元）", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值", "权重（%）")
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(heads)])
    rows.add(*[(k, 1, str(k + 1)) for k in range(len(heads))])
    for n, (project, yr, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 4, 5, lambda i: [(6, 1, i.name), (7, 1, i.raw), (8, 1, i.weight)])
        for col, text in ((0, str(n)), (1, project), (2, yr), (3, goal)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr)
    doc.pages.grid(_spec(rows.cells, rows.n, [30, 80, 62, 150, 60, 78, 130, 92, 48], landscape=True,
                         title=f"{year}年项目支出绩效目标表", editor=f"单位名称：{dept}", unit_raw="单位：万元"),
                   repeat=(0, 2), fresh_page=True, turned=True)
    return doc.save(folder)


def _sn_self_eval(doc: FormDoc, project: str | None, title: str, head: list[tuple[int, int, str]],
                  money: tuple[tuple[str, str, str], ...], goal: tuple[str, str], inds: list[Ind], grade: str,
                  weights: dict[str, str]) -> None:
    """The 陕西 self-evaluation: levels printed with their weight, money over three rows."""
    rows = _Rows()
    rows.add(*head)
    budget, executed = money[0][1], money[0][2]
    rate, rate_score = _rate_score(budget, executed)
    r = rows.n
    rows.put(r, 0, 4, 1, "年度资金（万元）")
    spans = ((1, 1), (2, 1), (3, 1), (4, 1), (5, 2), (7, 1), (8, 1))  # (column, span) of each money column
    for (c, cs), h in zip(spans, ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, c, 1, cs, h)
    labels = ("年度资金总额", "其中：财政拨款", "其他资金")
    for k, (label, line) in enumerate(zip(labels, money), 1):
        tail = ("10", rate, f"{rate_score:.2f}") if k == 1 else ("—", "—", "—")
        for (c, cs), v in zip(spans, (label, *line, *tail)):
            rows.put(r + k, c, 1, cs, v)
    rows.add((0, 2, "年度目标"), (2, 3, goal[0]), (5, 4, goal[1]))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分"))], (7, 2, "偏差原因分析及改进措施"))
    weighted = [Ind(f"{i.l1}（{weights[i.l1]}分）", i.l2, i.name, i.target, i.exp, i.weight, i.actual, i.score, i.note)
                for i in inds]
    _grid_rows(rows, weighted, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                  (6, 1, i.score), (7, 2, i.note)])
    score = round(rate_score + sum(float(i.score) for i in inds), 2)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{score:.2f}"), (7, 2, ""))
    rows.add((0, 5, "评价等级"), (5, 4, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 60, 92, 58, 60, 34, 38, 50, 41], title=title,
                         editor=f"（{doc.gold.fiscal_year}年度）", unit_raw="单位：万元",
                         kind="performance_self_evaluation"), fresh_page=True)
    for ind in weighted:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", budget, executed, score, grade)
    if project:
        doc.gold.project(project, "万元", year=budget, fiscal=money[1][1])


def layout_sn_xa_final_accounts_weighted_levels(folder: Path, name: str) -> FileGold:
    dept = "西安市碑林区民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "9,412.68"), ("二、其他收入", "85.00")],
                    [("一、社会保障和就业支出", "8,960.33"), ("二、城乡社区支出", "537.35")])
    dept_inds = [
        Ind("产出指标", "数量指标", "城乡低保对象保障人数", "≥6800人", (">=", 6800, "人"), "15", "6912人", "15"),
        Ind("产出指标", "数量指标", "社区养老服务站点运营数", "≥45个", (">=", 45, "个"), "10", "46个", "10"),
        Ind("产出指标", "质量指标", "救助资金社会化发放率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "临时救助审批时限", "≤5个工作日", ("<=", 5, "个工作日"), "10", "4个工作日", "10"),
        Ind("产出指标", "成本指标", "机关运行经费", "≤上年", Q, "5", "低于上年", "5"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", Q, "15", "有效保障", "15"),
        Ind("效益指标", "可持续影响指标", "社会救助体系", "逐步完善", Q, "10", "逐步完善", "9"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
    ]
    _sn_self_eval(doc, None, "部门整体支出绩效自评表", [(0, 2, "部门名称"), (2, 7, dept)],
                  (("9,320.00", "9,680.50", "9,497.68"), ("9,235.00", "9,595.50", "9,412.68"), ("85.00", "85.00", "85.00")),
                  ("保障困难群众基本生活，完善养老服务体系，提升基层社会治理水平。",
                   "全年保障低保对象6912人，运营社区养老服务站点46个。"), dept_inds, "优",
                  {"产出指标": "50", "效益指标": "25", "满意度指标": "15"})
    inds = [
        Ind("产出指标", "数量指标", "助餐服务老年人人次", "≥18万人次", (">=", 18, "万人次"), "15", "19.2万人次", "15"),
        Ind("产出指标", "数量指标", "新建老年助餐点", "≥12个", (">=", 12, "个"), "10", "10个", "8",
            "两处选址未落实，已调整至次年"),
        Ind("产出指标", "质量指标", "助餐点食品安全检查合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "助餐补贴拨付及时率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
        Ind("效益指标", "社会效益指标", "老年人就餐难问题", "有效缓解", Q, "15", "有效缓解", "14"),
        Ind("效益指标", "可持续影响指标", "助餐服务运营机制", "可持续运行", Q, "10", "基本建立", "8",
            "部分助餐点运营依赖补贴"),
        Ind("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥90%", (">=", 90, "%"), "15", "95%", "15"),
    ]
    project = "老年助餐服务补贴"
    _sn_self_eval(doc, project, "项目支出绩效自评表", [(0, 2, "项目名称"), (2, 3, project), (5, 2, "实施单位"),
                                                        (7, 2, "碑林区养老服务指导中心")],
                  (("460.00", "480.00", "452.16"), ("460.00", "480.00", "452.16"), ("0.00", "0.00", "0.00")),
                  ("建设老年助餐点，为辖区老年人提供助餐服务。", "新建助餐点10个，全年服务19.2万人次。"), inds, "良",
                  {"产出指标": "50", "效益指标": "25", "满意度指标": "15"})
    return doc.save(folder)


def layout_nmg_banner_long_form_yuan_basis(folder: Path, name: str) -> FileGold:
    dept = "伊金霍洛旗文化和旅游局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    project = "全民阅读及基层公共文化服务提升"
    basis = "依据《内蒙古自治区公共文化服务保障条例》及旗年度工作计划测算，数据来源为业务台账"
    inds = [
        Ind("产出指标", "数量指标", "举办全民阅读推广活动", "≥60场", (">=", 60, "场"), note=basis),
        Ind("产出指标", "数量指标", "新增馆藏图书", "≥1.5万册", (">=", 1.5, "万册"), note="按人均藏书量达标要求测算，数据来源为图书馆采编登记"),
        Ind("产出指标", "数量指标", "嘎查村综合文化服务中心配送图书", "≥8000册", (">=", 8000, "册"),
            note="全旗嘎查村综合文化服务中心数量乘以配送标准，数据来源为配送签收单"),
        Ind("产出指标", "数量指标", "乌兰牧骑基层惠民演出", "≥120场", (">=", 120, "场"), note="乌兰牧骑年度演出计划，数据来源为演出登记表"),
        Ind("产出指标", "数量指标", "流动图书车进牧区服务", "≥48次", (">=", 48, "次"), note="每月不少于4次，数据来源为流动服务登记"),
        Ind("产出指标", "质量指标", "采购图书质量验收合格率", "100%", ("=", 100, "%"), note="政府采购验收要求，数据来源为验收报告"),
        Ind("产出指标", "质量指标", "公共文化设施免费开放率", "100%", ("=", 100, "%"), note="国家公共文化服务标准，数据来源为开放记录"),
        Ind("产出指标", "质量指标", "惠民演出原创节目占比", "≥30%", (">=", 30, "%"), note="乌兰牧骑队伍建设要求，数据来源为节目单"),
        Ind("产出指标", "时效指标", "图书配送完成时间", "≤10月", ("<=", 10, "月"), note="按季度配送计划安排，数据来源为配送台账"),
        Ind("产出指标", "时效指标", "资金支付及时率", "≥95%", (">=", 95, "%"), note="国库集中支付进度要求，数据来源为支付系统"),
        Ind("产出指标", "成本指标", "每场惠民演出补助标准", "≤6000元", ("<=", 6000, "元"), note="参照上年实际支出和自治区补助标准"),
        Ind("效益指标", "社会效益指标", "年度图书借阅量", "≥12万册次", (">=", 12, "万册次"), note="近三年借阅量平均增长率推算，数据来源为借阅系统"),
        Ind("效益指标", "社会效益指标", "群众文化活动参与人次", "≥15万人次", (">=", 15, "万人次"), note="活动签到及线上平台统计"),
        Ind("效益指标", "社会效益指标", "未成年人阅读活动参与率", "≥60%", (">=", 60, "%"), note="以全旗中小学在校生人数为基数，数据来源为教育部门统计"),
        Ind("效益指标", "可持续影响指标", "数字阅读平台年访问量", "≥50万人次", (">=", 50, "万人次"), note="平台后台统计数据"),
        Ind("效益指标", "可持续影响指标", "基层公共文化服务体系", "持续完善", Q, note="定性指标，依据年度考核结果判定"),
        Ind("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", (">=", 90, "%"), note="委托第三方开展问卷调查，随机抽样"),
        Ind("满意度指标", "服务对象满意度指标", "农牧民群众满意度", "≥90%", (">=", 90, "%"), note="嘎查村入户问卷调查"),
        Ind("满意度指标", "服务对象满意度指标", "基层演出观众满意度", "≥92%", (">=", 92, "%"), note="演出现场随机问卷"),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, "15062725T000000184527"))
    rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, "伊金霍洛旗图书馆"))
    rows.add((0, 1, "项目类别"), (1, 2, "经常性项目"), (3, 1, "项目期限"), (4, 1, "2025年1月-12月"))
    r = rows.n
    rows.put(r, 0, 3, 1, "项目资金（元）")
    for k, (label, v) in enumerate((("年度资金总额", "2,360,000.00"), ("其中：财政拨款", "2,360,000.00"),
                                     ("其他资金", "0.00"))):
        rows.put(r + k, 1, 1, 2, label)
        rows.put(r + k, 3, 1, 2, v)
    rows.add((0, 1, "立项依据"), (1, 4, "《中华人民共和国公共图书馆法》《内蒙古自治区公共文化服务保障条例》《鄂尔多斯市"
                                          "“十四五”文化和旅游发展规划》及旗委、旗政府关于推进书香伊金霍洛建设的工作部署。"))
    rows.add((0, 1, "实施内容"), (1, 4, "一是组织开展“书香伊金霍洛”全民阅读推广系列活动；二是按年度采购计划补充馆藏纸质图书和"
                                          "数字资源；三是向全旗嘎查村综合文化服务中心配送图书；四是组织乌兰牧骑深入苏木镇、嘎查村"
                                          "开展惠民演出；五是运行流动图书车，为农牧区群众提供送书上门服务。"))
    rows.add((0, 1, "年度绩效目标"), (1, 4, "组织全民阅读推广活动60场以上，补充馆藏图书，向嘎查村配送图书，开展乌兰牧骑"
                                              "惠民演出，提升基层公共文化服务水平。"))
    head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值",
                                                        "指标值设定依据及数据来源"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.note)])
    doc.pages.grid(_spec(rows.cells, rows.n, [66, 90, 120, 74, 145], title="项目支出绩效目标表",
                       editor=f"（{year}年度）", unit_raw="金额单位：元"), repeat=(head, 1), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.project(project, "元", code="15062725T000000184527", year="2,360,000.00", fiscal="2,360,000.00")
    return doc.save(folder)


def layout_ah_wh_budget_list_two_row_money_notes(folder: Path, name: str) -> FileGold:
    dept = "芜湖市鸠江区交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "4,286.50"), ("二、政府性基金预算拨款收入", "1,200.00")],
                  [("一、交通运输支出", "5,206.50"), ("二、城乡社区支出", "280.00")])
    projects = [
        ("农村公路养护工程", "1,650.00", "1,450.00", "200.00", "完成农村公路日常养护和危桥改造，路况水平稳步提高。", [
            Ind("产出指标", "数量指标", "日常养护农村公路里程", "不低于860公里", (">=", 860, "公里"), "20"),
            Ind("产出指标", "数量指标", "危桥改造座数", "不少于6座", (">=", 6, "座"), "15"),
            Ind("产出指标", "质量指标", "农村公路优良中等路率", "大于85%", (">", 85, "%"), "15"),
            Ind("产出指标", "时效指标", "危桥改造完工时间", "不晚于11月", ("<=", 11, "月"), "10"),
            Ind("产出指标", "成本指标", "每公里年养护成本", "不高于1.2万元", ("<=", 1.2, "万元"), "10"),
            Ind("效益指标", "社会效益指标", "农村群众出行条件", "明显改善", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "不低于90%", (">=", 90, "%"), "10"),
        ]),
        ("城乡公交运营补贴", "980.00", "980.00", "0.00", "保障城乡公交线路稳定运营，方便群众出行。", [
            Ind("产出指标", "数量指标", "补贴城乡公交线路条数", "不少于18条", (">=", 18, "条"), "20"),
            Ind("产出指标", "质量指标", "公交车辆准点率", "大于90%", (">", 90, "%"), "20"),
            Ind("产出指标", "时效指标", "补贴资金拨付时间", "按季度拨付", Q, "10"),
            Ind("效益指标", "社会效益指标", "行政村公交通达率", "100%", ("=", 100, "%"), "20"),
            Ind("效益指标", "经济效益指标", "公交企业单车日均亏损", "小于300元", ("<", 300, "元"), "15"),
            Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "不低于88%", (">=", 88, "%"), "15"),
        ]),
        ("交通运输综合执法", "126.00", "126.00", "0.00", "开展道路运输市场和治超执法，维护运输秩序。", [
            Ind("产出指标", "数量指标", "路面执法检查车辆", "不少于1.5万辆次", (">=", 1.5, "万辆次"), "25"),
            Ind("产出指标", "质量指标", "货车超限超载率", "小于0.5%", ("<", 0.5, "%"), "25"),
            Ind("产出指标", "时效指标", "举报投诉办结时限", "不超过15个工作日", ("<=", 15, "个工作日"), "15"),
            Ind("效益指标", "社会效益指标", "道路运输安全事故", "同比下降", Q, "25"),
            Ind("满意度指标", "服务对象满意度指标", "运输企业满意度", "不低于85%", (">=", 85, "%"), "10"),
        ]),
    ]
    rows = _Rows()
    for c, h in ((0, "项目名称"), (4, "年度目标"), (5, "一级指标"), (6, "二级指标"), (7, "三级指标"), (8, "指标值"),
                 (9, "分值")):
        rows.put(0, c, 2, 1, h)
    rows.put(0, 1, 1, 3, "项目资金（万元）")
    for c, h in ((1, "合计"), (2, "财政拨款"), (3, "其他资金")):
        rows.put(1, c, 1, 1, h)
    for project, total, fiscal, other, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.raw), (9, 1, i.weight)])
        for col, text in ((0, project), (1, total), (2, fiscal), (3, other), (4, goal)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    rows.add((0, 10, "填报说明：1.指标值应为可量化、可考核的数值或定性描述；2.各项目分值合计为100分；"
                     "3.其他资金指单位资金、政府性基金以外的资金。"))
    doc.pages.grid(_spec(rows.cells, rows.n, [82, 52, 52, 48, 118, 56, 72, 120, 96, 40], landscape=True,
                         title=f"{year}年项目支出绩效目标表", editor=f"部门：{dept}", unit_raw="单位：万元"),
                   repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


def layout_hi_sy_self_eval_label_value_money_split(folder: Path, name: str) -> FileGold:
    dept = "三亚市吉阳区旅游和文化广电体育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("全域旅游宣传推广", ("120.00", "130.00", "125.40"), ("开展全域旅游线上线下宣传推广，提升吉阳旅游知名度。",
                                                          "举办推介活动8场，新媒体曝光量超过5000万次。"), [
            Ind("产出指标", "数量指标", "举办旅游推介活动", ("≥", "8", "场"), (">=", 8, "场"), "15", "8场", "15"),
            Ind("产出指标", "数量指标", "新媒体宣传曝光量", ("≥", "4000", "万次"), (">=", 4000, "万次"), "15",
                "5260万次", "15"),
            Ind("产出指标", "质量指标", "宣传内容审核通过率", ("=", "100", "%"), ("=", 100, "%"), "10", "100%", "10"),
            Ind("产出指标", "时效指标", "推介活动按期举办率", ("≥", "95", "%"), (">=", 95, "%"), "10", "100%", "10"),
            Ind("效益指标", "经济效益指标", "接待过夜游客人次增长率", ("≥", "8", "%"), (">=", 8, "%"), "15", "6.5%", "12",
                "受航班运力影响"),
            Ind("效益指标", "社会效益指标", "吉阳旅游品牌影响力", ("定性", "显著提升", ""), Q, "15", "有所提升", "12",
                "品牌传播持续性不足"),
            Ind("满意度指标", "服务对象满意度指标", "游客满意度", ("≥", "90", "%"), (">=", 90, "%"), "10", "92%", "10"),
        ], "优"),
        ("群众体育赛事活动", ("60.00", "60.00", "51.30"), ("举办群众体育赛事活动，丰富市民健身生活。",
                                                        "举办赛事14场，1场沙滩排球赛因天气取消。"), [
            Ind("产出指标", "数量指标", "举办群众体育赛事", ("≥", "15", "场"), (">=", 15, "场"), "20", "14场", "18",
                "台风天气取消1场"),
            Ind("产出指标", "数量指标", "参赛群众人次", ("≥", "1.2", "万人次"), (">=", 1.2, "万人次"), "15", "1.35万人次", "15"),
            Ind("产出指标", "质量指标", "赛事安全事故", ("=", "0", "起"), ("=", 0, "起"), "10", "0起", "10"),
            Ind("产出指标", "成本指标", "单场赛事平均成本", ("≤", "4", "万元"), ("<=", 4, "万元"), "10", "3.66万元", "10"),
            Ind("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", ("≥", "40", "%"), (">=", 40, "%"), "20", "38%", "16",
                "全民健身意识有待提高"),
            Ind("满意度指标", "服务对象满意度指标", "参赛群众满意度", ("≥", "90", "%"), (">=", 90, "%"), "15", "91%", "15"),
        ], "良"),
    ]
    widths = [52, 64, 96, 36, 44, 42, 58, 32, 32, 39]
    for project, (initial, budget, executed), goal, inds, grade in evals:
        rate, rate_score = _rate_score(budget, executed)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 8, project))
        rows.add((0, 2, "主管部门"), (2, 4, dept), (6, 2, "实施单位"), (8, 2, "吉阳区文化旅游服务中心"))
        rows.add((0, 2, "年初预算数（万元）"), (2, 2, initial), (4, 2, "全年预算数（万元）"), (6, 1, budget),
                 (7, 2, "全年执行数（万元）"), (9, 1, executed))
        rows.add((0, 2, "预算执行率"), (2, 2, rate), (4, 2, "分值"), (6, 1, "10"), (7, 2, "得分"),
                 (9, 1, f"{rate_score:.2f}"))
        rows.add((0, 2, "年度目标"), (2, 4, goal[0]), (6, 4, goal[1]))
        r = rows.n
        for c, h in ((0, "一级指标"), (1, "二级指标"), (2, "三级指标"), (6, "实际完成值"), (7, "分值"), (8, "得分"),
                     (9, "偏差原因")):
            rows.put(r, c, 2, 1, h)
        rows.put(r, 3, 1, 3, "年度指标值")
        for c, h in ((3, "指标方向"), (4, "指标值"), (5, "计量单位")):
            rows.put(r + 1, c, 1, 1, h)
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.actual), (7, 1, i.weight),
                                                (8, 1, i.score), (9, 1, i.note)])
        score = round(rate_score + sum(float(i.score) for i in inds), 2)
        rows.add((0, 3, "自评得分"), (3, 3, f"{score:.2f}"), (6, 2, "自评等级"), (8, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, score, grade)
        doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


def layout_tj_dept_wide_fullwidth_signs_deadline(folder: Path, name: str) -> FileGold:
    dept = "天津市河西区司法局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门整体支出绩效目标表", dept, year)
    inds = [
        Ind("产出指标", "数量指标", "开展普法宣传活动", "≥120场", (">=", 120, "场"), "10"),
        Ind("产出指标", "数量指标", "人民调解案件受理数", "＞3000件", (">", 3000, "件"), "10"),
        Ind("产出指标", "数量指标", "法律援助案件办理数", "≥650件", (">=", 650, "件"), "10"),
        Ind("产出指标", "质量指标", "人民调解成功率", "＞96%", (">", 96, "%"), "10"),
        Ind("产出指标", "质量指标", "社区矫正对象再犯罪率", "＜0.2%", ("<", 0.2, "%"), "10"),
        Ind("产出指标", "时效指标", "公共法律服务实体平台标准化建设完成时间", "2025年6月30日前", (None, None, None), "5"),
        Ind("产出指标", "时效指标", "法律援助申请审查时限", "不高于7个工作日", ("<=", 7, "个工作日"), "5"),
        Ind("产出指标", "成本指标", "“三公”经费预算执行数", "不高于预算数", Q, "5"),
        Ind("效益指标", "社会效益指标", "矛盾纠纷化解在基层", "成效明显", Q, "15"),
        Ind("效益指标", "可持续影响指标", "法治政府建设示范创建", "持续推进", Q, "5"),
        Ind("满意度指标", "服务对象满意度指标", "法律援助受援人满意度", "＝100%", ("=", 100, "%"), "10"),
        Ind("满意度指标", "服务对象满意度指标", "群众法治获得感", "≥90%", (">=", 90, "%"), "5"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    for k, h in enumerate(("合计", "一般公共预算", "政府性基金", "其他资金", "上年结转")):
        rows.put(r, 1 + k, 1, 1, h)
    for k, v in enumerate(("3,862.40", "3,712.40", "0.00", "50.00", "100.00")):
        rows.put(r + 1, 1 + k, 1, 1, v)
    rows.add((0, 1, "年度总体目标"), (1, 5, "深入推进法治河西建设，健全公共法律服务体系，做好人民调解、法律援助和社区矫正工作，"
                                              "维护社会和谐稳定。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标"))], (3, 2, "指标值"), (5, 1, "权重"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 86, 150, 60, 60, 59], title=f"{year}年部门整体支出绩效目标表",
                         editor=f"填报单位（盖章）：{dept}", unit_raw="单位：万元", kind="department_performance_targets"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    return doc.save(folder)


BLIND9: dict[str, Builder] = {
    "zj_nb_budget_fund_heads_carried": layout_zj_nb_budget_fund_heads_carried,
    "sd_qd_small_forms_comparator_column": layout_sd_qd_small_forms_comparator_column,
    "sc_cd_budget_dept_tasks_money": layout_sc_cd_budget_dept_tasks_money,
    "hun_county_self_eval_grade_words": layout_hun_county_self_eval_grade_words,
    "yn_km_turned_list_column_numbers": layout_yn_km_turned_list_column_numbers,
    "sn_xa_final_accounts_weighted_levels": layout_sn_xa_final_accounts_weighted_levels,
    "nmg_banner_long_form_yuan_basis": layout_nmg_banner_long_form_yuan_basis,
    "ah_wh_budget_list_two_row_money_notes": layout_ah_wh_budget_list_two_row_money_notes,
    "hi_sy_self_eval_label_value_money_split": layout_hi_sy_self_eval_label_value_money_split,
    "tj_dept_wide_fullwidth_signs_deadline": layout_tj_dept_wide_fullwidth_signs_deadline,
}
SETS: dict[str, dict[str, Builder]] = {"blind9": BLIND9}


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
    """Write every layout of ``which`` ("blind9") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
