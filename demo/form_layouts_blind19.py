"""BLIND19 performance forms: eleven layouts as departments of the 直辖市 districts (北京 西城,
上海 长宁, 天津 河西, 重庆 渝中) and of 计划单列市 / 省会 (大连, 青岛, 宁波, 厦门, 深圳, 杭州, 武汉)
print their 项目支出绩效目标表, 部门整体支出绩效目标表, 项目支出绩效表, 项目支出绩效自评表 and
部门整体支出绩效自评表, written by an author who had read neither the form reader nor the earlier
blind sets (only the gold helpers and page composer of ``form_layouts``, the gold conventions of
BLIND9's docstring and the real disclosures: the 武汉 申报表 seeds with their 资金来源项目 | 金额
block, the 杭州 / 湖州 表11 项目支出绩效表 lists, the 深圳 重点项目 tables). Each layout writes one
PDF and its gold in the format of ``form_layouts.write_set``; the gold is written by hand with
``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

bj_xc_budget_source_rows_weights  北京 西城区 部门预算: budget tables, then 项目支出绩效目标表 whose
        money is a 资金来源 | 金额（万元） list (合计 / 财政拨款 / 其中：一般公共预算 / 其中：政府性基金
        / 上年结转 / 其他资金), grid 一级 | 二级 | 三级 | 指标值 | 权重（%）.
        Printed figures: total none; year = 合计; fiscal = the 财政拨款 row (its 其中 lines are
        parts of it, never added again); carried = 上年结转 (0.00 = no amount).
sh_cn_budget_pairs_four_columns  上海 长宁区 部门预算: budget tables, then forms whose heads are
        label | value pairs four to a row (项目名称 | … | 项目编码 | …, 项目预算（万元） | … |
        其中：财政拨款（万元） | …), 项目概况 / 立项依据 prose rows, grid 一级 | 二级 | 三级 | 指标值
        with ＝ / ≥ / ≤ and a deadline. year = 项目预算, fiscal = 其中：财政拨款.
tj_hx_self_evals_carried_row  天津 河西区 2024 项目支出绩效自评表 ×2: money heads 年初预算数 |
        全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 / 其中：财政拨款 / 上年结转资金 /
        其他资金, 偏差原因分析及改进措施, 总分, 自评等级 word. year = 全年预算数 of 年度资金总额,
        fiscal = 全年预算数 of 其中：财政拨款, carried = 全年预算数 of 上年结转资金 (first form
        200.00; second form prints 0.00: no amount).
cq_yz_dept_wide_landscape_then_projects  重庆 渝中区 landscape 部门整体支出绩效目标表 (money heads
        资金总额 | 财政拨款 | 其他资金 above one row of amounts, 年度主要任务 rows, no project), then
        two portrait 项目支出绩效目标表 with heads above values 资金总额 | 财政资金 | 单位自筹, grid
        with 分值 and targets in words (不低于 / 不超过 / 达到). year = 资金总额, fiscal = 财政资金.
dl_zs_accounts_dept_and_project_self_eval  大连 中山区 2024 部门决算: accounts tables, then a
        部门整体支出绩效自评表 (money heads 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分 over one
        年度资金总额 row; grid 一级 | 二级 | 三级 | 年度指标值 | 全年实际值 | 分值 | 得分 | 偏差原因)
        and a 项目支出绩效自评表 with label | value money rows (全年预算数（万元） | … and
        其中：财政拨款（万元） | …). budget = 全年预算数, executed = 全年执行数.
qd_sn_budget_list_then_indicator_tables  青岛 市南区 部门预算: budget tables, then a
        项目支出绩效表 list (单位名称 | 项目名称 | 金额 | 绩效目标, a 合计 row) of five projects, then
        项目绩效指标表 with the project's name in a cell merged down the grid (项目名称 | 一级 | 二级 |
        三级 | 指标值) for three of them. year = 金额 of the list (万元); 合计 is no project.
nb_budget_yuan_three_row_header_total_invest  宁波 市级 department 项目支出绩效目标表 in 元 with
        separators: money heads under a merged 项目资金（元） over 项目总投资 | 本年度预算 | 其中：财政资金
        | 上年结转, grid with a three-row header (绩效指标 over 一级 | 二级 | 三级, 指标值 over 目标值 |
        计量单位) and 分值. total = 项目总投资, year = 本年度预算, fiscal = 其中：财政资金, carried =
        上年结转.
xm_sm_short_forms_no_level1_words  厦门 思明区 three short forms running down the pages:
        年度预算数（万元） | … | 其中：财政拨款 | … in one row, grid 二级指标 | 三级指标 | 指标值 only
        (no 一级 printed), targets in words (不少于, 不低于, 不超过, 达到, 大于, 较上年提升).
        year = 年度预算数, fiscal = 其中：财政拨款.
sz_ft_budget_total_year_pairs_unit_column  深圳 福田区 部门预算: budget tables, then 重点项目
        绩效目标表 with 项目总金额（万元） | … | 本年度金额（万元） | … pairs, grid 一级 | 二级 | 三级 |
        目标值 | 单位 (comparator glued to the figure, unit apart; a range 90-95 | %).
        total = 项目总金额, year = 本年度金额; no fiscal printed.
hz_landscape_self_evals_money_pairs_row  杭州 市级 department 2024 landscape 项目支出绩效自评表
        ×2: money as one row of label | value pairs (年初预算数 | … | 全年预算数 | … | 全年执行数 |
        … | 执行率 | … | 得分 | …), grid 一级 | 二级 | 三级 | 指标方向 | 年度指标值 | 计量单位 |
        实际完成值 | 分值 | 得分 | 偏差原因, 总分 and 评价等级 rows. year = 全年预算数, no fiscal.
wh_wc_budget_declare_sources_block  武汉 武昌区 部门预算: budget tables, then 项目支出绩效目标申报表
        as the 武汉 seeds print them: 项目总预算 | … | 项目当年预算 | … pair, 项目资金来源 block
        (资金来源项目 | 金额: 合计, 1.一般公共预算财政拨款收入, 其中：申请当年预算拨款,
        2.政府性基金预算财政拨款收入 (empty), 3.事业收入 … 7.其他收入, 9.上年结转), grid 一级 | 二级 |
        三级 | 指标值. total = 项目总预算, year = 项目当年预算, fiscal = 1.一般公共预算财政拨款收入
        (the one 财政拨款 line with an amount; its 其中 line is a part of it), carried = 9.上年结转.

Gold conventions (BLIND9's, with this set's rulings):

- target_raw is the 年度 value as printed; split columns are joined in reading order with no
  separator ("≥95%", "定性优良"); an empty unit cell adds nothing.
- ≥ / 不低于 / 不少于 / 达到 read ">=" (达到 N: met at N or more); ≤ / 不高于 / 不超过 read "<=";
  ＞ / 大于 read ">"; ＜ / 小于 read "<"; ＝ / = and a bare figure read "="; "90-95%" is a range;
  a deadline ("2025年12月31日前") stays raw with no comparator; a state (较上年提升, 定性优良,
  显著提升) is qualitative.
- Money: as each layout says above. Only what the form prints as 财政拨款 / 财政资金 is fiscal,
  never a sum of sources; 0.00 printed under 上年结转 is no amount. A 部门整体 form's money (its
  年度主要任务 amounts included) is no project's. A list's 合计 row is no project.
- Self evaluations: budget = 全年预算数, executed = 全年执行数; score = the printed 总分 (execution
  score + indicator scores); grade as printed, 优秀 / 良好 read 优 / 良. A project self
  evaluation also gives the project's money (year = 全年预算数, fiscal / carried = the rows
  printed as 财政拨款 / 上年结转).
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]
SE = "performance_self_evaluation"


def _budget_doc(name: str, dept: str, year: int, spending: list[tuple[str, str]], projects: list[tuple[str, str]]) -> FormDoc:
    """A 部门预算: cover, contents, 部门概况, the 收支预算总表 and 项目支出预算表, the heading of the forms."""
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实党中央、国务院和市委、市政府决策部署，依法履行本部门职责。",
        f"二、机构设置。纳入{year}年部门预算编制范围的单位包括部门本级及所属事业单位。",
    ])
    total = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = [plain_row([k, v]) for k, v in spending] + [plain_row(["支出合计", f"{total:,.2f}"])]
    doc.pages.table(TableSpec("收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [300, 150], [(0, 0, 1, 1, "支出功能分类科目"), (0, 1, 1, 1, "预算数")],
                              1, body, ["l", "r"]))
    ptotal = sum(Decimal(v.replace(",", "")) for _, v in projects)
    body = [plain_row([k, v]) for k, v in projects] + [plain_row(["合计", f"{ptotal:,.2f}"])]
    doc.pages.table(TableSpec("项目支出预算表", "project_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [300, 150], [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 1, "本年预算")],
                              1, body, ["l", "r"]))
    doc.pages.text_page("第四部分  预算绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}对{year}年项目支出编制了绩效目标，具体如下表。"])
    return doc


def _add(doc: FormDoc, project: str | None, inds: list[Ind]) -> None:
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))


def _rate(budget: str, executed: str) -> tuple[str, float]:
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    return f"{e / b * 100:.2f}%", round(min(10.0, float(e / b) * 10), 2)


# --------------------------------------------------------------------------- 北京 西城


def layout_bj_xc_budget_source_rows_weights(folder: Path, name: str) -> FileGold:
    dept = "北京市西城区城市管理委员会"
    projects = [
        ("背街小巷环境精细化整治", "1107110225000018", [("合计", "860.00"), ("财政拨款", "760.00"),
                                                  ("其中：一般公共预算", "700.00"), ("其中：政府性基金", "60.00"),
                                                  ("上年结转", "100.00"), ("其他资金", "0.00")],
         ("860.00", "760.00", "100.00"), [
             Ind("产出指标", "数量指标", "整治背街小巷条数", "≥120条", (">=", 120, "条"), "20"),
             Ind("产出指标", "质量指标", "整治验收合格率", "100%", ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "整治任务完成时间", "2025年11月30日前", (None, None, None), "10"),
             Ind("产出指标", "成本指标", "每条街巷平均整治成本", "≤7.2万元", ("<=", 7.2, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "街巷环境面貌", "明显改善", Q, "20"),
             Ind("效益指标", "可持续影响指标", "街巷长效管理机制", "持续运行", Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("城市照明设施运行维护", "1107110225000031", [("合计", "432.50"), ("财政拨款", "432.50"),
                                                 ("其中：一般公共预算", "432.50"), ("其中：政府性基金", "0.00"),
                                                 ("上年结转", "0.00"), ("其他资金", "0.00")],
         ("432.50", "432.50", None), [
             Ind("产出指标", "数量指标", "维护路灯盏数", "≥16500盏", (">=", 16500, "盏"), "20"),
             Ind("产出指标", "质量指标", "路灯亮灯率", "≥98%", (">=", 98, "%"), "20"),
             Ind("产出指标", "时效指标", "故障灯具修复时限", "≤24小时", ("<=", 24, "小时"), "15"),
             Ind("效益指标", "社会效益指标", "夜间出行安全保障", "有效保障", Q, "20"),
             Ind("效益指标", "生态效益指标", "节能灯具替换比例", "≥85%", (">=", 85, "%"), "15"),
             Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥92%", (">=", 92, "%"), "10"),
         ]),
    ]
    doc = _budget_doc(name, dept, 2025, [("城乡社区支出", "6,420.36"), ("节能环保支出", "512.80")],
                      [(p[0], p[2][0][1]) for p in projects])
    for project, code, money, gold_money, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编号"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, "西城区城市管理委员会本级"))
        r = rows.n
        rows.put(r, 0, len(money) + 1, 1, "项目资金")
        rows.put(r, 1, 1, 2, "资金来源")
        rows.put(r, 3, 1, 2, "金额（万元）")
        for k, (label, amount) in enumerate(money, 1):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, amount)
        rows.add((0, 1, "年度绩效目标"), (1, 4, f"完成{project}年度任务，提升城市精细化管理水平。"))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "权重（%）"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [75, 85, 140, 90, 105], title="项目支出绩效目标表",
                             editor=f"（{doc.gold.fiscal_year}年度）"), fresh_page=True)
        _add(doc, project, inds)
        year, fiscal, carried = gold_money
        doc.gold.project(project, "万元", code=code, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 上海 长宁


def layout_sh_cn_budget_pairs_four_columns(folder: Path, name: str) -> FileGold:
    dept = "上海市长宁区卫生健康委员会"
    projects = [
        ("社区卫生服务中心标准化建设", "25-0105-0032", "620.00", "580.00",
         "对辖区社区卫生服务中心开展标准化建设，完善基本医疗和公共卫生服务功能。",
         "《上海市社区卫生服务中心服务能力标准》", [
             Ind("产出指标", "数量指标", "完成标准化建设中心数", "＝4家", ("=", 4, "家"), "15"),
             Ind("产出指标", "数量指标", "新增家庭医生签约人数", "≥6000人", (">=", 6000, "人"), "15"),
             Ind("产出指标", "质量指标", "建设项目验收合格率", "＝100%", ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "建设项目完工时间", "2025年12月31日前", (None, None, None), "10"),
             Ind("效益指标", "社会效益指标", "社区首诊比例", "≥45%", (">=", 45, "%"), "15"),
             Ind("效益指标", "可持续影响指标", "基层医疗服务能力", "持续提升", Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", (">=", 90, "%"), "15"),
         ]),
        ("老年人健康管理服务", "25-0105-0047", "245.80", "245.80",
         "为辖区65岁及以上常住老年人提供健康体检和健康管理服务。",
         "《国家基本公共卫生服务规范（第三版）》", [
             Ind("产出指标", "数量指标", "老年人健康体检人数", "≥52000人", (">=", 52000, "人"), "20"),
             Ind("产出指标", "质量指标", "体检报告反馈率", "≥98%", (">=", 98, "%"), "15"),
             Ind("产出指标", "时效指标", "体检结果反馈时间", "≤15个工作日", ("<=", 15, "个工作日"), "15"),
             Ind("产出指标", "成本指标", "人均体检费用", "≤45元", ("<=", 45, "元"), "10"),
             Ind("效益指标", "社会效益指标", "老年人健康管理率", "≥70%", (">=", 70, "%"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
    ]
    doc = _budget_doc(name, dept, 2025, [("卫生健康支出", "18,306.42")], [(p[0], p[2]) for p in projects])
    for project, code, budget, fiscal, outline, basis, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 1, project), (2, 1, "项目编码"), (3, 1, code))
        rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "实施单位"), (3, 1, "长宁区社区卫生服务管理中心"))
        rows.add((0, 1, "项目预算（万元）"), (1, 1, budget), (2, 1, "其中：财政拨款（万元）"), (3, 1, fiscal))
        rows.add((0, 1, "项目概况"), (1, 3, outline))
        rows.add((0, 1, "立项依据"), (1, 3, basis))
        rows.add((0, 1, "年度绩效目标"), (1, 3, f"{doc.gold.fiscal_year}年按计划完成{project}各项任务。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [95, 150, 120, 130], title=f"{project}项目绩效目标表",
                             editor=f"主管部门及代码：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:  # the 权重 is kept in the department's files, not printed
            doc.gold.indicators.append(_gold_ind(project, Ind(ind.l1, ind.l2, ind.name, ind.target, ind.exp)))
        doc.gold.project(project, "万元", code=code, year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 天津 河西


def _tj_self_eval(doc: FormDoc, project: str, unit_name: str, money: dict, inds: list[Ind], grade_word: str) -> None:
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 7, project))
    rows.add((0, 2, "主管部门"), (2, 3, doc.gold.department), (5, 1, "实施单位"), (6, 3, unit_name))
    rate, rate_score = _rate(money["budget"], money["executed"])
    r = rows.n
    rows.put(r, 0, 5, 1, "项目资金（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    lines = [("年度资金总额", money["initial"], money["budget"], money["executed"], "10", rate, f"{rate_score:.2f}"),
             ("其中：财政拨款", money["f_initial"], money["fiscal"], money["f_executed"], "—", "—", "—"),
             ("上年结转资金", money["carried"], money["carried"], money["c_executed"], "—", "—", "—"),
             ("其他资金", "0.00", "0.00", "0.00", "—", "—", "—")]
    for k, line in enumerate(lines, 1):
        rows.put(r + k, 1, 1, 2, line[0])
        for j, v in enumerate(line[1:]):
            rows.put(r + k, 3 + j, 1, 1, v)
    rows.add((0, 2, "年度总体目标"), (2, 7, f"按计划完成{project}年度任务。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分"))], (7, 2, "偏差原因分析及改进措施"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 2, i.note)])
    total = round(rate_score + sum(float(i.score) for i in inds), 2)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
    rows.add((0, 5, "自评等级"), (5, 4, grade_word))
    doc.pages.grid(_spec(rows.cells, rows.n, [48, 54, 78, 58, 58, 56, 40, 52, 51], title="项目支出绩效自评表",
                         editor=f"（{doc.gold.fiscal_year}年度）", unit_raw="单位：万元", kind=SE), fresh_page=True)
    _add(doc, project, inds)
    grade = {"优秀": "优", "良好": "良", "中": "中", "差": "差"}[grade_word]
    doc.gold.self_evaluation(project, "万元", money["budget"], money["executed"], total, grade)
    carried = money["carried"] if Decimal(money["carried"]) else None
    doc.gold.project(project, "万元", year=money["budget"], fiscal=money["fiscal"], carried=carried)


def layout_tj_hx_self_evals_carried_row(folder: Path, name: str) -> FileGold:
    dept = "天津市河西区教育局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    _tj_self_eval(doc, "中小学校舍维修改造", "河西区教育后勤服务中心",
                  {"initial": "900.00", "budget": "1,100.00", "executed": "1,052.40", "f_initial": "900.00",
                   "fiscal": "900.00", "f_executed": "866.20", "carried": "200.00", "c_executed": "186.20"}, [
        Ind("产出指标", "数量指标", "维修改造校舍面积", "≥3.5万平方米", (">=", 3.5, "万平方米"), "20", "3.62万平方米", "20"),
        Ind("产出指标", "数量指标", "改造学校数量", "12所", ("=", 12, "所"), "10", "12所", "10"),
        Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "暑期施工完成率", "≥95%", (">=", 95, "%"), "10", "91%", "8",
            "两所学校工程延至秋季开学后"),
        Ind("效益指标", "社会效益指标", "校园安全隐患", "有效消除", Q, "15", "有效消除", "15"),
        Ind("效益指标", "可持续影响指标", "校舍使用年限", "≥15年", (">=", 15, "年"), "10", "15年", "10"),
        Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "10", "94%", "10"),
    ], "优秀")
    _tj_self_eval(doc, "学生营养午餐补助", "河西区学生资助管理中心",
                  {"initial": "380.00", "budget": "380.00", "executed": "341.05", "f_initial": "380.00",
                   "fiscal": "380.00", "f_executed": "341.05", "carried": "0.00", "c_executed": "0.00"}, [
        Ind("产出指标", "数量指标", "受助学生人数", "≥4200人", (">=", 4200, "人"), "20", "3960人", "17",
            "部分学生转学，下年按实核定"),
        Ind("产出指标", "质量指标", "补助发放准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "补助按月拨付", "每月10日前", (None, None, None), "10", "按月拨付", "10"),
        Ind("产出指标", "成本指标", "生均每日补助标准", "≤6元", ("<=", 6, "元"), "10", "6元", "10"),
        Ind("效益指标", "社会效益指标", "学生营养状况", "逐步改善", Q, "20", "有所改善", "16",
            "营养监测覆盖面不足"),
        Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥85%", (">=", 85, "%"), "15", "88%", "15"),
    ], "良好")
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆 渝中


def layout_cq_yz_dept_wide_landscape_then_projects(folder: Path, name: str) -> FileGold:
    dept = "重庆市渝中区民政局"
    doc = FormDoc(name, f"{dept}2025年部门整体及项目支出绩效目标表", dept, 2025)
    inds = [
        Ind("产出指标", "数量指标", "城乡低保对象月人均救助水平", "不低于520元", (">=", 520, "元"), "10"),
        Ind("产出指标", "数量指标", "社区养老服务站覆盖率", "达到100%", (">=", 100, "%"), "10"),
        Ind("产出指标", "数量指标", "特困人员供养人数", "不少于320人", (">=", 320, "人"), "10"),
        Ind("产出指标", "质量指标", "救助资金发放准确率", "达到100%", (">=", 100, "%"), "10"),
        Ind("产出指标", "质量指标", "养老机构消防安全达标率", "不低于98%", (">=", 98, "%"), "10"),
        Ind("产出指标", "时效指标", "临时救助审批时限", "不超过5个工作日", ("<=", 5, "个工作日"), "10"),
        Ind("产出指标", "成本指标", "一般性支出压减比例", "不低于5%", (">=", 5, "%"), "10"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", Q, "15"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "不低于92%", (">=", 92, "%"), "15"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "年度预算（万元）")
    rows.put(r, 1, 1, 2, "资金总额")
    rows.put(r, 3, 1, 1, "财政拨款")
    rows.put(r, 4, 1, 2, "其他资金")
    rows.put(r + 1, 1, 1, 2, "12,860.40")
    rows.put(r + 1, 3, 1, 1, "12,410.40")
    rows.put(r + 1, 4, 1, 2, "450.00")
    r = rows.n
    tasks = [("社会救助", "保障城乡低保、特困、临时救助对象基本生活", "8,620.00"),
             ("养老服务", "推进社区养老服务站建设和运营补贴", "2,940.40"),
             ("基层治理", "开展社区工作者培训和社会组织培育", "1,300.00")]
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 1, "任务名称")
    rows.put(r, 2, 1, 3, "主要内容")
    rows.put(r, 5, 1, 1, "预算金额（万元）")
    for k, (t, c, a) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 1, t)
        rows.put(r + k, 2, 1, 3, c)
        rows.put(r + k, 5, 1, 1, a)
    rows.add((0, 1, "年度绩效目标"), (1, 5, "兜牢民生底线，完善养老服务体系，提升基层治理能力。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "分值"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [110, 130, 130, 130, 140, 102], title="部门（单位）整体支出绩效目标表",
                         editor=f"编制单位：{dept}", unit_raw="", landscape=True,
                         kind="dept_performance_targets"), fresh_page=True)
    _add(doc, None, inds)
    projects = [
        ("社区养老服务站运营补贴", "680.00", "620.00", "60.00", [
            Ind("产出指标", "数量指标", "补贴养老服务站数量", "不少于24个", (">=", 24, "个"), "25"),
            Ind("产出指标", "质量指标", "服务站星级评定达标率", "不低于90%", (">=", 90, "%"), "20"),
            Ind("产出指标", "时效指标", "补贴资金拨付时间", "2025年9月30日前", (None, None, None), "15"),
            Ind("效益指标", "社会效益指标", "老年人助餐服务人次", "达到18万人次", (">=", 18, "万人次"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "老年人满意度", "不低于90%", (">=", 90, "%"), "20"),
        ]),
        ("困难群众临时救助", "420.00", "420.00", "0.00", [
            Ind("产出指标", "数量指标", "临时救助人次", "不少于1500人次", (">=", 1500, "人次"), "25"),
            Ind("产出指标", "质量指标", "救助对象认定准确率", "达到100%", (">=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "急难型救助办结时间", "不超过24小时", ("<=", 24, "小时"), "15"),
            Ind("效益指标", "社会效益指标", "因急难陷入困境群众", "及时得到救助", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "不低于90%", (">=", 90, "%"), "20"),
        ]),
    ]
    for project, total, fiscal, own, pinds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, "渝中区社会救助服务中心"))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "资金总额")
        rows.put(r, 3, 1, 1, "财政资金")
        rows.put(r, 4, 1, 1, "单位自筹")
        rows.put(r + 1, 1, 1, 2, total)
        rows.put(r + 1, 3, 1, 1, fiscal)
        rows.put(r + 1, 4, 1, 1, own)
        rows.add((0, 1, "年度目标"), (1, 4, f"完成{project}年度任务。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "分值"))
        _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [90, 100, 140, 110, 55], title="项目支出绩效目标表",
                             editor=f"编制单位：{dept}"), fresh_page=True)
        _add(doc, project, pinds)
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 大连 中山


def layout_dl_zs_accounts_dept_and_project_self_eval(folder: Path, name: str) -> FileGold:
    dept = "大连市中山区市场监督管理局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "4,268.30"), ("二、其他收入", "35.00")],
                    [("一、一般公共服务支出", "3,912.55"), ("二、社会保障和就业支出", "390.75")])
    inds = [
        Ind("产出指标", "数量指标", "市场主体双随机抽查户数", "≥1800户", (">=", 1800, "户"), "15", "1932户", "15"),
        Ind("产出指标", "数量指标", "食品安全抽检批次", "≥2400批次", (">=", 2400, "批次"), "10", "2516批次", "10"),
        Ind("产出指标", "质量指标", "投诉举报按时办结率", "≥98%", (">=", 98, "%"), "15", "97.2%", "13",
            "节日期间投诉集中，个别超时"),
        Ind("产出指标", "时效指标", "企业开办时间", "≤1个工作日", ("<=", 1, "个工作日"), "10", "1个工作日", "10"),
        Ind("效益指标", "社会效益指标", "食品安全事故", "不发生重大事故", Q, "15", "未发生", "15"),
        Ind("效益指标", "可持续影响指标", "信用监管机制", "持续完善", Q, "10", "已完善", "9"),
        Ind("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
    ]
    budget, executed = "4,350.00", "4,303.30"
    rate, rate_score = _rate(budget, executed)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    r = rows.n
    rows.put(r, 0, 2, 2, "年度预算执行情况（万元）")
    for k, head in enumerate(("全年预算数", "全年执行数", "执行率", "分值", "得分")):
        rows.put(r, 2 + k, 1, 1, head)
    rows.put(r, 7, 1, 1, "")
    for k, v in enumerate((budget, executed, rate, "10", f"{rate_score:.2f}")):
        rows.put(r + 1, 2 + k, 1, 1, v)
    rows.put(r + 1, 7, 1, 1, "")
    rows.add((0, 2, "年度总体目标完成情况"), (2, 6, "完成年度市场监管任务，食品安全形势总体稳定。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值",
                                                 "分值", "得分", "偏差原因"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    total = round(rate_score + sum(float(i.score) for i in inds), 2)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 5, "评价等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [58, 64, 92, 62, 62, 34, 40, 83], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind=SE), fresh_page=True)
    _add(doc, None, inds)
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "优")

    project = "食品安全监督抽检"
    pinds = [
        Ind("产出指标", "数量指标", "抽检食品批次", "≥2400批次", (">=", 2400, "批次"), "20", "2516批次", "20"),
        Ind("产出指标", "质量指标", "不合格食品核查处置率", "100%", ("=", 100, "%"), "20", "100%", "20"),
        Ind("产出指标", "时效指标", "抽检结果公布时限", "≤20个工作日", ("<=", 20, "个工作日"), "10", "18个工作日", "10"),
        Ind("效益指标", "社会效益指标", "食品抽检合格率", "≥97%", (">=", 97, "%"), "20", "97.8%", "20"),
        Ind("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥85%", (">=", 85, "%"), "20", "82%", "17",
            "宣传覆盖不足，下年加强"),
    ]
    pb, pf, pe = "286.00", "286.00", "262.50"
    prate, pscore = _rate(pb, pe)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 6, project))
    rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, "中山区食品药品检验所"))
    rows.add((0, 2, "年初预算数（万元）"), (2, 2, "280.00"), (4, 2, "全年预算数（万元）"), (6, 2, pb))
    rows.add((0, 2, "其中：财政拨款（万元）"), (2, 2, pf), (4, 2, "全年执行数（万元）"), (6, 2, pe))
    rows.add((0, 2, "预算执行率"), (2, 2, prate), (4, 2, "执行率得分（10分）"), (6, 2, f"{pscore:.2f}"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值",
                                                 "分值", "得分", "偏差原因"))])
    _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                             (6, 1, i.score), (7, 1, i.note)])
    ptotal = round(pscore + sum(float(i.score) for i in pinds), 2)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{ptotal:.2f}"), (7, 1, ""))
    rows.add((0, 5, "评价等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [58, 64, 92, 62, 62, 34, 40, 83], title="项目支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind=SE), fresh_page=True)
    _add(doc, project, pinds)
    doc.gold.self_evaluation(project, "万元", pb, pe, ptotal, "优")
    doc.gold.project(project, "万元", year=pb, fiscal=pf)
    return doc.save(folder)


# --------------------------------------------------------------------------- 青岛 市南


def layout_qd_sn_budget_list_then_indicator_tables(folder: Path, name: str) -> FileGold:
    dept = "青岛市市南区文化和旅游局"
    listed = [
        ("青岛市市南区文化和旅游局", "公共文化惠民演出", "156.00", "全年组织公益演出不少于60场，丰富群众文化生活。"),
        ("青岛市市南区文化和旅游局", "旅游市场秩序整治", "88.50", "开展旅游市场专项整治，维护游客合法权益。"),
        ("青岛市市南区图书馆", "图书馆图书购置", "120.00", "新增馆藏图书不少于1.5万册，提升阅读服务能力。"),
        ("青岛市市南区文化馆", "群众文化培训", "46.30", "开展公益文化培训班，惠及居民不少于3000人次。"),
        ("青岛市市南区文物保护中心", "历史建筑日常保护", "210.00", "完成历史建筑巡查和日常维护，消除安全隐患。"),
    ]
    grids = {
        "公共文化惠民演出": [
            Ind("产出指标", "数量指标", "公益演出场次", "≥60场", (">=", 60, "场")),
            Ind("产出指标", "质量指标", "演出安全事故", "0起", ("=", 0, "起")),
            Ind("产出指标", "时效指标", "演出计划完成时间", "2025年12月底前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "观演群众人次", "≥5万人次", (">=", 5, "万人次")),
            Ind("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", (">=", 90, "%")),
        ],
        "图书馆图书购置": [
            Ind("产出指标", "数量指标", "新增馆藏图书", "≥1.5万册", (">=", 1.5, "万册")),
            Ind("产出指标", "质量指标", "图书验收合格率", "100%", ("=", 100, "%")),
            Ind("产出指标", "成本指标", "图书采购平均折扣", "≤75%", ("<=", 75, "%")),
            Ind("效益指标", "社会效益指标", "年借阅人次", "较上年增长", Q),
            Ind("满意度指标", "服务对象满意度指标", "读者满意度", "≥92%", (">=", 92, "%")),
        ],
        "历史建筑日常保护": [
            Ind("产出指标", "数量指标", "巡查历史建筑处数", "≥130处", (">=", 130, "处")),
            Ind("产出指标", "数量指标", "完成维护修缮处数", "≥18处", (">=", 18, "处")),
            Ind("产出指标", "质量指标", "维护工程验收合格率", "100%", ("=", 100, "%")),
            Ind("效益指标", "可持续影响指标", "历史风貌保护", "持续加强", Q),
            Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥88%", (">=", 88, "%")),
        ],
    }
    doc = _budget_doc(name, dept, 2025, [("文化旅游体育与传媒支出", "3,840.25")], [(p, a) for _, p, a, _ in listed])
    rows = _Rows()
    rows.add((0, 1, "单位名称"), (1, 1, "项目名称"), (2, 1, "金额"), (3, 1, "绩效目标"))
    total = sum(Decimal(a) for _, _, a, _ in listed)
    rows.add((0, 2, "合计"), (2, 1, f"{total:,.2f}"), (3, 1, ""))
    for unit, project, amount, goal in listed:
        rows.add((0, 1, unit), (1, 1, project), (2, 1, amount), (3, 1, goal))
        doc.gold.project(project, "万元", year=amount)
    doc.pages.grid(_spec(rows.cells, rows.n, [120, 110, 60, 205], title=f"{doc.gold.fiscal_year}年部门项目支出绩效表",
                         editor=f"部门名称：{dept}", unit_raw="单位：万元"), fresh_page=True)
    for project, inds in grids.items():
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 1, "一级指标"), (2, 1, "二级指标"), (3, 1, "三级指标"), (4, 1, "指标值"))
        r0 = rows.n
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw)])
        rows.put(r0, 0, len(inds), 1, project)
        doc.pages.grid(_spec(rows.cells, rows.n, [100, 80, 100, 130, 85], title="项目绩效指标表",
                             editor=f"部门名称：{dept}"), repeat=(0, 1))
        _add(doc, project, inds)
    return doc.save(folder)


# --------------------------------------------------------------------------- 宁波 市级


def layout_nb_budget_yuan_three_row_header_total_invest(folder: Path, name: str) -> FileGold:
    dept = "宁波市水利局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("姚江流域防洪排涝提升工程", "3302000025000112", "48,600,000.00", "12,800,000.00", "10,500,000.00",
         "2,300,000.00", [
             Ind("产出指标", "数量指标", "新建排涝泵站", ("≥3", "座"), (">=", 3, "座"), "15"),
             Ind("产出指标", "数量指标", "河道整治长度", ("≥8.5", "公里"), (">=", 8.5, "公里"), "15"),
             Ind("产出指标", "质量指标", "单位工程优良率", ("≥90", "%"), (">=", 90, "%"), "15"),
             Ind("产出指标", "时效指标", "年度投资完成率", ("≥95", "%"), (">=", 95, "%"), "10"),
             Ind("效益指标", "社会效益指标", "区域防洪排涝能力", ("明显增强", ""), Q, "15"),
             Ind("效益指标", "生态效益指标", "河道水环境", ("持续改善", ""), Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", ("≥90", "%"), (">=", 90, "%"), "15"),
         ]),
        ("山塘水库安全运行管护", "3302000025000147", "3,650,000.00", "3,650,000.00", "3,650,000.00", "0.00", [
             Ind("产出指标", "数量指标", "管护水库山塘座数", ("≥412", "座"), (">=", 412, "座"), "20"),
             Ind("产出指标", "质量指标", "安全鉴定完成率", ("=100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "汛前检查完成时间", ("4月30日前", ""), (None, None, None), "15"),
             Ind("产出指标", "成本指标", "单座年均管护经费", ("≤9000", "元"), ("<=", 9000, "元"), "10"),
             Ind("效益指标", "社会效益指标", "水库安全度汛", ("无垮坝事故", ""), Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "管护人员满意度", ("≥85", "%"), (">=", 85, "%"), "20"),
         ]),
    ]
    for project, code, invest, yearly, fiscal, carried, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 4, project))
        rows.add((0, 2, "项目编码"), (2, 1, code), (3, 1, "实施单位"), (4, 2, "宁波市水利水电规划设计研究院"))
        r = rows.n
        rows.put(r, 0, 2, 2, "项目资金（元）")
        for k, head in enumerate(("项目总投资", "本年度预算", "其中：财政资金", "上年结转")):
            rows.put(r, 2 + k, 1, 1, head)
            rows.put(r + 1, 2 + k, 1, 1, (invest, yearly, fiscal, carried)[k])
        rows.add((0, 2, "年度绩效目标"), (2, 4, f"{doc.gold.fiscal_year}年完成{project}年度建设和管护任务。"))
        r = rows.n
        rows.put(r, 0, 1, 3, "绩效指标")
        rows.put(r, 3, 1, 2, "指标值")
        rows.put(r, 5, 3, 1, "分值")
        rows.put(r + 1, 0, 2, 1, "一级指标")
        rows.put(r + 1, 1, 2, 1, "二级指标")
        rows.put(r + 1, 2, 2, 1, "三级指标")
        rows.put(r + 1, 3, 2, 1, "目标值")
        rows.put(r + 1, 4, 2, 1, "计量单位")
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [62, 78, 105, 90, 80, 80], title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="金额单位：元"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "元", code=code, total=invest, year=yearly, fiscal=fiscal,
                         carried=carried if Decimal(carried.replace(",", "")) else None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 厦门 思明


def layout_xm_sm_short_forms_no_level1_words(folder: Path, name: str) -> FileGold:
    dept = "厦门市思明区城市管理局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("环卫作业市场化服务", "2,360.00", "2,360.00", [
            Ind(None, "数量指标", "道路机扫面积", "不少于520万平方米", (">=", 520, "万平方米")),
            Ind(None, "质量指标", "道路保洁达标率", "不低于95%", (">=", 95, "%")),
            Ind(None, "时效指标", "垃圾日产日清", "达到100%", (">=", 100, "%")),
            Ind(None, "社会效益指标", "市容环境卫生水平", "较上年提升", Q),
            Ind(None, "服务对象满意度指标", "市民满意度", "大于90%", (">", 90, "%")),
        ]),
        ("公厕运行管理", "318.60", "300.00", [
            Ind(None, "数量指标", "管理公厕座数", "不少于146座", (">=", 146, "座")),
            Ind(None, "质量指标", "公厕保洁考核合格率", "不低于98%", (">=", 98, "%")),
            Ind(None, "时效指标", "设施故障修复时间", "不超过48小时", ("<=", 48, "小时")),
            Ind(None, "成本指标", "单座年均运维费用", "不超过2.2万元", ("<=", 2.2, "万元")),
            Ind(None, "服务对象满意度指标", "如厕群众满意度", "不低于90%", (">=", 90, "%")),
        ]),
        ("户外广告设施安全检测", "95.00", "95.00", [
            Ind(None, "数量指标", "检测户外广告设施", "不少于800处", (">=", 800, "处")),
            Ind(None, "质量指标", "检测报告合格率", "达到100%", (">=", 100, "%")),
            Ind(None, "时效指标", "检测完成时间", "2025年6月30日前", (None, None, None)),
            Ind(None, "社会效益指标", "设施安全隐患", "及时消除", Q),
            Ind(None, "服务对象满意度指标", "设置单位满意度", "不低于85%", (">=", 85, "%")),
        ]),
    ]
    for k, (project, budget, fiscal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "年度预算数（万元）"), (1, 1, budget), (2, 1, "其中：财政拨款"), (3, 1, fiscal))
        rows.add((0, 1, "年度目标"), (1, 3, f"保障{project}正常开展。"))
        rows.add((0, 1, "二级指标"), (1, 2, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 2, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [120, 110, 125, 140], title=f"{k + 1}.{project}绩效目标表",
                             editor=f"单位：{dept}"), gap=26)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 深圳 福田


def layout_sz_ft_budget_total_year_pairs_unit_column(folder: Path, name: str) -> FileGold:
    dept = "深圳市福田区工业和信息化局"
    projects = [
        ("中小企业数字化转型扶持", "3,000.00", "1,200.00", [
            Ind("产出指标", "数量指标", "扶持中小企业数量", ("≥150", "家"), (">=", 150, "家"), "20"),
            Ind("产出指标", "数量指标", "数字化诊断服务", ("≥300", "次"), (">=", 300, "次"), "10"),
            Ind("产出指标", "质量指标", "项目验收通过率", ("90-95", "%"), ("range", 90, "%", 95), "15"),
            Ind("产出指标", "时效指标", "资金拨付时间", ("≤60", "个工作日"), ("<=", 60, "个工作日"), "10"),
            Ind("效益指标", "经济效益指标", "带动企业数字化投资", ("≥2", "亿元"), (">=", 2, "亿元"), "20"),
            Ind("效益指标", "可持续影响指标", "企业数字化水平", ("显著提升", ""), Q, "15"),
            Ind("满意度指标", "服务对象满意度指标", "企业满意度", ("≥90", "%"), (">=", 90, "%"), "10"),
        ]),
        ("工业园区安全生产检查服务", "540.00", "180.00", [
            Ind("产出指标", "数量指标", "检查工业企业户次", ("≥1200", "户次"), (">=", 1200, "户次"), "20"),
            Ind("产出指标", "质量指标", "隐患整改闭环率", ("=100", "%"), ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "重大隐患整改时限", ("≤30", "天"), ("<=", 30, "天"), "15"),
            Ind("效益指标", "社会效益指标", "较大以上安全事故", ("0", "起"), ("=", 0, "起"), "20"),
            Ind("效益指标", "可持续影响指标", "园区安全管理水平", ("持续提升", ""), Q, "15"),
            Ind("满意度指标", "服务对象满意度指标", "园区企业满意度", ("≥85", "%"), (">=", 85, "%"), "10"),
        ]),
    ]
    doc = _budget_doc(name, dept, 2025, [("资源勘探工业信息等支出", "9,634.18")], [(p[0], p[2]) for p in projects])
    for project, total, yearly, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "项目总金额（万元）"), (1, 2, total), (3, 2, "本年度金额（万元）"), (5, 1, yearly))
        rows.add((0, 1, "项目绩效目标"), (1, 5, f"通过{project}，推动辖区产业高质量发展。"))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "目标值", "单位", "权重"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [95, 90, 130, 70, 60, 50], title="重点项目绩效目标表",
                             editor=f"部门：{dept}"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", total=total, year=yearly)
    return doc.save(folder)


# --------------------------------------------------------------------------- 杭州 市级


def layout_hz_landscape_self_evals_money_pairs_row(folder: Path, name: str) -> FileGold:
    dept = "杭州市园林文物局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    projects = [
        ("西湖景区游步道维护", "300.00", "320.00", "310.40", "优秀", [
            Ind("产出指标", "数量指标", "维护游步道长度", ("≥", "45", "公里"), (">=", 45, "公里"), "20", "46公里", "20"),
            Ind("产出指标", "质量指标", "维护工程合格率", ("＝", "100", "%"), ("=", 100, "%"), "15", "100%", "15"),
            Ind("产出指标", "时效指标", "破损路面修复时限", ("≤", "72", "小时"), ("<=", 72, "小时"), "10", "60小时", "10"),
            Ind("效益指标", "社会效益指标", "游客通行安全", ("定性", "优良", ""), Q, "15", "优", "15"),
            Ind("效益指标", "生态效益指标", "沿线植被恢复率", ("≥", "90", "%"), (">=", 90, "%"), "15", "88%", "13",
                "雨季影响补植成活"),
            Ind("满意度指标", "服务对象满意度指标", "游客满意度", ("≥", "92", "%"), (">=", 92, "%"), "15", "95%", "15"),
        ]),
        ("古树名木养护复壮", "150.00", "150.00", "128.25", "良好", [
            Ind("产出指标", "数量指标", "养护古树名木株数", ("≥", "1100", "株"), (">=", 1100, "株"), "20", "1126株", "20"),
            Ind("产出指标", "数量指标", "复壮衰弱古树", ("≥", "60", "株"), (">=", 60, "株"), "15", "48株", "12",
                "专家论证延后"),
            Ind("产出指标", "质量指标", "古树保存率", ("≥", "99", "%"), (">=", 99, "%"), "15", "99.5%", "15"),
            Ind("效益指标", "生态效益指标", "古树生长势", ("定性", "明显改善", ""), Q, "20", "有所改善", "16",
                "复壮见效周期较长"),
            Ind("满意度指标", "服务对象满意度指标", "市民满意度", ("≥", "90", "%"), (">=", 90, "%"), "20", "91%", "20"),
        ]),
    ]
    for project, initial, budget, executed, grade_word, inds in projects:
        rate, rate_score = _rate(budget, executed)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 4, project), (6, 2, "实施单位"), (8, 2, "杭州市园林绿化发展中心"))
        rows.add((0, 1, "年初预算数"), (1, 1, initial), (2, 1, "全年预算数"), (3, 1, budget), (4, 1, "全年执行数"),
                 (5, 1, executed), (6, 1, "执行率"), (7, 1, rate), (8, 1, "得分"), (9, 1, f"{rate_score:.2f}"))
        rows.add((0, 2, "年度目标完成情况"), (2, 8, f"{project}年度任务基本完成。"))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "年度指标值",
                                                     "计量单位", "实际完成值", "分值", "得分", "偏差原因"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.actual), (7, 1, i.weight),
                                                (8, 1, i.score), (9, 1, i.note)])
        total = round(rate_score + sum(float(i.score) for i in inds), 2)
        rows.add((0, 7, "总分"), (7, 1, "100"), (8, 1, f"{total:.2f}"), (9, 1, ""))
        rows.add((0, 7, "评价等级"), (7, 3, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 90, 120, 60, 70, 60, 80, 50, 50, 92],
                             title="项目支出绩效自评表", editor=f"主管部门：{dept}", unit_raw="单位：万元",
                             landscape=True, kind=SE), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "万元", budget, executed, total, {"优秀": "优", "良好": "良"}[grade_word])
        doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 武汉 武昌


def layout_wh_wc_budget_declare_sources_block(folder: Path, name: str) -> FileGold:
    dept = "武汉市武昌区卫生健康局"
    projects = [
        ("社区卫生服务机构能力提升", "12,480.00", "1,860.00", "1,460.00", "300.00", "100.00", [
            Ind("产出指标", "数量指标", "改造社区卫生服务中心", "≥5家", (">=", 5, "家"), "15"),
            Ind("产出指标", "数量指标", "配置诊疗设备台套", "≥120台套", (">=", 120, "台套"), "15"),
            Ind("产出指标", "质量指标", "设备验收合格率", "达到100%", (">=", 100, "%"), "15"),
            Ind("产出指标", "时效指标", "改造工程完工时间", "2025年10月31日前", (None, None, None), "10"),
            Ind("效益指标", "社会效益指标", "基层诊疗人次占比", "较上年提高", Q, "15"),
            Ind("效益指标", "可持续影响指标", "分级诊疗格局", "逐步形成", Q, "15"),
            Ind("满意度指标", "服务对象满意度指标", "就诊居民满意度", "≥90%", (">=", 90, "%"), "15"),
        ]),
        ("院前急救网络运行保障", "960.00", "960.00", "960.00", "", "", [
            Ind("产出指标", "数量指标", "急救站点数量", "≥14个", (">=", 14, "个"), "15"),
            Ind("产出指标", "数量指标", "全年出车次数", "≥26000次", (">=", 26000, "次"), "15"),
            Ind("产出指标", "质量指标", "急救病历书写合格率", "≥95%", (">=", 95, "%"), "15"),
            Ind("产出指标", "时效指标", "平均急救反应时间", "≤12分钟", ("<=", 12, "分钟"), "15"),
            Ind("效益指标", "社会效益指标", "急危重症患者救治成功率", "＞85%", (">", 85, "%"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "患者及家属满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
    ]
    doc = _budget_doc(name, dept, 2025, [("卫生健康支出", "21,645.92")], [(p[0], p[2]) for p in projects])
    for project, total, yearly, fiscal, other, carried, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "项目单位"), (1, 4, dept))
        rows.add((0, 1, "项目总预算"), (1, 1, total), (2, 2, "项目当年预算"), (4, 1, yearly))
        sources = [("合计", yearly), ("1.一般公共预算财政拨款收入", fiscal), ("其中：申请当年预算拨款", fiscal),
                   ("2.政府性基金预算财政拨款收入", ""), ("其中：申请当年预算拨款", ""), ("3.事业收入", ""),
                   ("7.其他收入", other), ("9.上年结转", carried)]
        r = rows.n
        rows.put(r, 0, len(sources) + 1, 1, "项目资金来源")
        rows.put(r, 1, 1, 3, "资金来源项目")
        rows.put(r, 4, 1, 1, "金额")
        for k, (label, amount) in enumerate(sources, 1):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 1, amount)
        rows.add((0, 1, "年度绩效目标"), (1, 4, f"{doc.gold.fiscal_year}年完成{project}年度工作任务。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [90, 100, 80, 110, 115], title="项目支出绩效目标申报表",
                             editor=f"填报单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", total=total, year=yearly, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


BLIND19: dict[str, Builder] = {
    "bj_xc_budget_source_rows_weights": layout_bj_xc_budget_source_rows_weights,
    "sh_cn_budget_pairs_four_columns": layout_sh_cn_budget_pairs_four_columns,
    "tj_hx_self_evals_carried_row": layout_tj_hx_self_evals_carried_row,
    "cq_yz_dept_wide_landscape_then_projects": layout_cq_yz_dept_wide_landscape_then_projects,
    "dl_zs_accounts_dept_and_project_self_eval": layout_dl_zs_accounts_dept_and_project_self_eval,
    "qd_sn_budget_list_then_indicator_tables": layout_qd_sn_budget_list_then_indicator_tables,
    "nb_budget_yuan_three_row_header_total_invest": layout_nb_budget_yuan_three_row_header_total_invest,
    "xm_sm_short_forms_no_level1_words": layout_xm_sm_short_forms_no_level1_words,
    "sz_ft_budget_total_year_pairs_unit_column": layout_sz_ft_budget_total_year_pairs_unit_column,
    "hz_landscape_self_evals_money_pairs_row": layout_hz_landscape_self_evals_money_pairs_row,
    "wh_wc_budget_declare_sources_block": layout_wh_wc_budget_declare_sources_block,
}
SETS: dict[str, dict[str, Builder]] = {"blind19": BLIND19}


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
    """Write every layout of ``which`` ("blind19") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
