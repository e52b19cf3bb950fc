"""BLIND14 performance forms: twelve layouts as the 市直 departments of twelve prefecture cities
(江苏 徐州, 浙江 绍兴, 安徽 合肥, 福建 泉州, 江西 赣州, 山东 潍坊, 河南 郑州, 湖北 襄阳, 湖南 常德,
广东 汕头, 四川 宜宾, 陕西 宝鸡) print their 项目支出绩效目标表, 部门整体支出绩效目标表,
项目支出绩效自评表 and 部门整体支出绩效自评表 for 2024–2025, written by an author who had read
neither the form reader nor the earlier blind sets' bodies (only the gold helpers and page
composer of ``form_layouts`` and the gold conventions of BLIND9's docstring). Each layout writes
one PDF and its gold in the format of ``form_layouts.write_set``; the gold is written by hand
with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers. Every form prints its
project money in its own way; which printed figure is which gold amount is said per layout.

js_xz_budget_money_current_carried_rows  江苏 徐州 市交通运输局 2025 部门预算: budget tables, then
        one 项目支出绩效目标表 per page; 项目资金（万元） merged down the left of a block whose heads
        are 资金总额 | 财政拨款 | 其他资金 and whose rows are 合计 / 其中：当年预算 / 上年结转.
        Money: year = 合计 row's 资金总额; fiscal = 当年预算 row's 财政拨款 (this year's
        appropriation, the carried money apart); carried = 上年结转 row's 资金总额; a 上年结转 row
        printed "—" gives no carried. Grid 一级 | 二级 | 三级 | 指标值 | 分值 | 备注, weights 100.
zj_sx_sources_block_total_investment  浙江 绍兴 市文化广电旅游局 2025: 项目周期 | 项目总投资（万元）
        as label | value, then a 资金来源 label merged over a heads row 本年度资金合计 | 财政拨款 |
        上年结转 | 单位自有资金 and one amounts row. Money: total = 项目总投资; year = 本年度资金合计;
        fiscal = 财政拨款; carried = 上年结转 ("—" none). Targets in words (不少于, …以上, 高于).
ah_hf_self_eval_yuan_separators  安徽 合肥 市数据资源局 2024 项目支出绩效自评表 on landscape pages,
        amounts in 元 with separators (7,250,000.00): 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
        执行率 | 得分 over 年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金. Money: budget = year
        = 年度资金总额's 全年预算数; executed = its 全年执行数; fiscal = 财政拨款 row's 全年预算数;
        carried = 上年结转资金 row's 全年预算数 (this set's ruling; "—" none).
fj_qz_budget_list_apply_amount  福建 泉州 市卫生健康委员会 2025 部门预算: budget tables, then a
        landscape list 项目名称 | 申请资金（万元） | 年度绩效目标 | 一级 | 二级 | 三级 | 指标值, project
        cells merged down. Money: year = 申请资金 (nothing else is printed).
jx_gz_money_in_caption_line  江西 赣州 市农业农村局 2025: each form's money is printed only in the
        caption line above its grid ("项目资金：356.80万元（其中：财政拨款320.00万元，其他资金36.80万元）").
        Money: year = 项目资金; fiscal = 其中：财政拨款. Grid 一级 | 二级 | 三级 | 指标值 (comparator
        glued to the figure) | 计量单位 | 分值, two forms on one page, the second not on a fresh page.
sd_wf_budget_dept_wide_local_upper_funds  山东 潍坊 市教育局 2025 部门预算: budget tables, then a
        部门整体支出绩效目标表 whose money is 预算安排 | 其中：本级财力 | 上级补助 (a 部门整体 form's
        money: no project, no gold amount), 年度主要任务 rows, grid without weights; then one project
        form printing 年度资金总额 | 财政资金 | 其他资金 as label | value pairs in one row (year =
        年度资金总额, fiscal = 财政资金).
ha_zz_accounts_dept_and_project_self_eval  河南 郑州 市生态环境局 2024 部门决算: accounts tables,
        then a 部门整体支出绩效自评表 whose money rows are 年度资金总额 / 其中：基本支出 / 项目支出
        (budget = 年度资金总额's 全年预算数, executed = its 全年执行数; no project) and a project
        self evaluation whose rows are 年度资金总额 / 其中：财政拨款 / 其他资金; 偏差原因 | 改进措施
        as two columns.
hub_xy_budget_total_and_year_pairs  湖北 襄阳 市住房和城乡建设局 2025 部门预算: budget tables, then
        forms with 项目总额（万元） | 项目期限 and a row 年度预算数（万元） | … | 其中：财政拨款 | … |
        上年结转 | …. Money: total = 项目总额; year = 年度预算数; fiscal = 其中：财政拨款; carried =
        上年结转 ("—" none). Targets 不少于 / 不低于 / 不超过 / 大于 and deadlines.
hun_cd_self_eval_money_by_period_rows  湖南 常德 市水利局 2024 项目支出绩效自评表 whose money block
        is turned: heads 资金总额 | 财政拨款 | 上年结转 | 其他资金, rows 年初预算数 / 全年预算数 /
        全年执行数, then 执行率 | 分值 | 得分. Money: budget = year = 全年预算数 row's 资金总额;
        executed = 全年执行数 row's 资金总额; fiscal = 全年预算数 row's 财政拨款; carried = its
        上年结转 ("—" none). 自评等级 printed as 优秀 / 良好 (read 优 / 良).
gd_st_two_forms_a_page_yuan_plain  广东 汕头 市城市管理和综合执法局 2025: short forms running
        down the pages, money in 元 without separators under heads 本年度项目金额（元） | 财政资金（元）
        | 其他资金（元） (year = 本年度项目金额, fiscal = 财政资金); grid with no 一级 column (二级 |
        三级 | 指标值 | 指标解释): level1 is None.
sc_yb_period_and_year_columns  四川 宜宾 市经济和信息化局 2025: money heads 资金 | 实施期资金总额 |
        年度资金总额 over rows 资金总额 / 其中：财政拨款 / 其他资金. Money: total = 实施期资金总额's
        资金总额; year = 年度资金总额's 资金总额; fiscal = 年度资金总额's 财政拨款. Grid 一级 | 二级 |
        三级 | 实施期指标值 | 年度指标值: the target is the 年度指标值.
sn_bj_annual_budget_yuan_three_part_target  陕西 宝鸡 市人力资源和社会保障局 2025: money as label |
        value pairs in 元 with separators, 年度预算数（元） | 其中：财政资金 | 自筹资金 (year =
        年度预算数, fiscal = 财政资金); a two-row grid header, 绩效指标 over 一级 | 二级 | 三级 and
        指标值 over 比较方式 | 目标值 | 计量单位, 权重（%） merged down both rows; 定性 in 比较方式.

Gold conventions (BLIND9's, with this set's rulings):

- target_raw is the 年度 value as printed; split columns are joined in reading order with no
  separator ("≥95%", "定性明显提高"); an empty unit cell adds nothing. Where both 实施期指标值 and
  年度指标值 are printed the target is the 年度 one.
- ≥ / 不低于 / 不少于 / …以上 read ">="; ≤ / 不高于 / 不超过 / …内 read "<="; ＞ / 大于 / 高于 read
  ">"; a bare figure and = read "="; a deadline ("2025年11月30日前") stays raw with no comparator;
  a state (显著改善, 较上年下降) is qualitative.
- Money: see each layout above. A 部门整体 form's money (tasks, 预算安排, 本级财力, 上级补助) is not a
  project's: no project row. An amount printed "—" is no amount.
- Self evaluations: budget = the 全年预算数 of the 年度资金总额 (资金总额) line, executed = its
  全年执行数; score = the printed 总分 (execution score + indicator scores); grade as printed, the
  words 优秀 / 良好 read 优 / 良. A project self evaluation gives the project's money as said above.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]
D = (None, None, None)  # a deadline: raw, no comparator


def _budget_tables(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                   spending: list[tuple[str, str, str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支预算总表 and the 一般公共预算支出表,
    then the heading of the performance forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}负责本行业领域的政策制定、规划编制、行业管理和监督检查等工作。",
        f"二、部门预算单位构成。纳入{dept}{year}年部门预算编制范围的单位包括部门本级和所属事业单位。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    body = [plain_row([name, amount, "", ""]) for name, amount in income]
    for k, (code, name, amount, _) in enumerate(spending):
        if k < len(body):
            body[k] = plain_row([body[k][0][2], body[k][1][2], name, amount])
        else:
            body.append(plain_row(["", "", name, amount]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_in:,.2f}"]))
    doc.pages.table(TableSpec("收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [150, 90, 150, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    rows = [plain_row([code, name, amount, basic]) for code, name, amount, basic in spending]
    doc.pages.table(TableSpec("一般公共预算支出预算表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"部门名称：{dept}", [80, 200, 100, 100],
                              [(0, 0, 1, 1, "功能分类科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "合计"),
                               (0, 3, 1, 1, "其中：基本支出")], 1, rows, ["l", "l", "r", "r"]))
    doc.pages.text_page("第四部分  预算绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}对{year}年部门整体支出和重点项目支出编制了绩效目标，"
        "现予公开。",
    ])


def _score(rate_score: str, inds: list[Ind]) -> float:
    return round(float(rate_score) + sum(float(i.score) for i in inds), 2)


def layout_js_xz_budget_money_current_carried_rows(folder: Path, name: str) -> FileGold:
    dept = "徐州市交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_tables(doc, dept, year, [("一般公共预算拨款收入", "18,652.30"), ("政府性基金预算拨款收入", "2,430.00"),
                                     ("事业收入", "516.70")],
                   [("214", "交通运输支出", "19,830.20", "4,210.60"), ("208", "社会保障和就业支出", "1,120.80", "1,120.80"),
                    ("221", "住房保障支出", "648.00", "648.00")])
    projects = [
        ("城市公交运营补贴", "32030025T000000127", "徐州市公共交通运营服务中心",
         (("合计", "980.00", "900.00", "80.00"), ("其中：当年预算", "860.00", "780.00", "80.00"),
          ("上年结转", "120.00", "120.00", "0.00")),
         "保障城市公交线路正常运营，稳定公交服务水平，引导市民绿色出行。", [
             Ind("产出指标", "数量指标", "公交线路运营条数", "≥86条", (">=", 86, "条"), "15"),
             Ind("产出指标", "数量指标", "年度公交客运量", "不低于9000万人次", (">=", 9000, "万人次"), "15"),
             Ind("产出指标", "质量指标", "公交车辆准点率", "≥92%", (">=", 92, "%"), "15"),
             Ind("产出指标", "时效指标", "补贴资金拨付时间", "2025年12月底前", D, "10"),
             Ind("效益指标", "社会效益指标", "市民公交出行分担率", "较上年提高", Q, "15"),
             Ind("效益指标", "可持续影响指标", "公共交通服务保障能力", "持续提升", Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", (">=", 90, "%"), "20"),
         ], ("980.00", "780.00", "120.00")),
        ("农村公路养护工程", "32030025T000000133", "徐州市公路事业发展中心",
         (("合计", "1,450.00", "1,450.00", "0.00"), ("其中：当年预算", "1,450.00", "1,450.00", "0.00"),
          ("上年结转", "—", "—", "—")),
         "完成农村公路日常养护和水毁修复，提升路况水平，保障群众安全便捷出行。", [
             Ind("产出指标", "数量指标", "农村公路养护里程", "3200公里", ("=", 3200, "公里"), "20"),
             Ind("产出指标", "质量指标", "优良中等路率", "≥85%", (">=", 85, "%"), "15"),
             Ind("产出指标", "时效指标", "水毁路段修复时限", "≤15天", ("<=", 15, "天"), "10"),
             Ind("成本指标", "经济成本指标", "每公里年养护成本", "≤4500元", ("<=", 4500, "元"), "15"),
             Ind("效益指标", "社会效益指标", "群众出行条件", "明显改善", Q, "15"),
             Ind("效益指标", "生态效益指标", "路域环境", "整洁有序", Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), "15"),
         ], ("1,450.00", "1,450.00", None)),
    ]
    widths = [58, 50, 56, 62, 50, 66, 40, 113]
    for project, code, unit_name, money, goal, inds, (yr, fiscal, carried) in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目代码"), (5, 3, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "")
        rows.put(r, 3, 1, 2, "资金总额")
        rows.put(r, 5, 1, 1, "财政拨款")
        rows.put(r, 6, 1, 2, "其他资金")
        for k, (label, total, fis, other) in enumerate(money, 1):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, total)
            rows.put(r + k, 5, 1, 1, fis)
            rows.put(r + k, 6, 1, 2, other)
        rows.add((0, 1, "年度绩效目标"), (1, 7, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"), (6, 1, "分值"),
                 (7, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw), (6, 1, i.weight), (7, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"（{year}年度）",
                             unit_raw="单位：万元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", code=code, year=yr, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_zj_sx_sources_block_total_investment(folder: Path, name: str) -> FileGold:
    dept = "绍兴市文化广电旅游局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效目标表", dept, year)
    projects = [
        ("绍兴黄酒酿制技艺传承保护", "延续性项目", "绍兴市非物质文化遗产保护中心", "2025年—2027年", "1,200.00",
         ("420.00", "350.00", "50.00", "20.00"),
         "开展黄酒酿制技艺传承人培训和展演，完成非遗项目档案数字化，扩大黄酒文化影响力。", [
             Ind("产出指标", "数量指标", "非遗传承人培训人次", "不少于300人次", (">=", 300, "人次")),
             Ind("产出指标", "数量指标", "黄酒酿制技艺展演场次", "12场", ("=", 12, "场")),
             Ind("产出指标", "质量指标", "非遗项目档案数字化率", "95%以上", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "年度保护任务完成时间", "2025年11月30日前", D),
             Ind("效益指标", "社会效益指标", "黄酒文化社会影响力", "明显增强", Q),
             Ind("效益指标", "经济效益指标", "带动文旅消费", "不低于500万元", (">=", 500, "万元")),
             Ind("满意度指标", "服务对象满意度指标", "参训传承人满意度", "≥90%", (">=", 90, "%")),
         ], ("1,200.00", "420.00", "350.00", "50.00")),
        ("公共文化场馆免费开放", "经常性项目", "绍兴市文化馆", "2025年", "360.00",
         ("360.00", "360.00", "—", "—"),
         "保障图书馆、文化馆、博物馆等公共文化场馆免费开放，提升公共文化服务水平。", [
             Ind("产出指标", "数量指标", "免费开放场馆数量", "8个", ("=", 8, "个")),
             Ind("产出指标", "数量指标", "年度接待观众人次", "不少于150万人次", (">=", 150, "万人次")),
             Ind("产出指标", "质量指标", "场馆安全责任事故", "0起", ("=", 0, "起")),
             Ind("产出指标", "时效指标", "每周开放时长", "不少于56小时", (">=", 56, "小时")),
             Ind("效益指标", "社会效益指标", "公共文化服务均等化水平", "稳步提高", Q),
             Ind("满意度指标", "服务对象满意度指标", "观众满意度", "高于90%", (">", 90, "%")),
         ], ("360.00", "360.00", "360.00", None)),
    ]
    widths = [62, 62, 62, 62, 62, 62, 62, 62]
    for project, kind, unit_name, period, invest, sources, goal, inds, (total, yr, fiscal, carried) in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目类型"), (5, 3, kind))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 3, unit_name))
        rows.add((0, 1, "项目周期"), (1, 3, period), (4, 2, "项目总投资（万元）"), (6, 2, invest))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金来源")
        for (c, cs), head, value in zip(((1, 2), (3, 2), (5, 1), (6, 2)),
                                        ("本年度资金合计", "财政拨款", "上年结转", "单位自有资金"), sources):
            rows.put(r, c, 1, cs, head)
            rows.put(r + 1, c, 1, cs, value)
        rows.add((0, 1, "年度绩效目标"), (1, 7, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (5, 2, "指标值"), (7, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 3, i.name), (5, 2, i.raw), (7, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效目标表",
                             editor=f"填报单位（盖章）：{unit_name}", unit_raw="金额单位：万元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", total=total, year=yr, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_ah_hf_self_eval_yuan_separators(folder: Path, name: str) -> FileGold:
    dept = "合肥市数据资源局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    projects = [
        ("政务云平台运维服务", "合肥市大数据资产运营中心",
         (("年度资金总额", "6,800,000.00", "7,250,000.00", "7,036,480.50", "10", "97.05%", "9.71"),
          ("其中：财政拨款", "6,800,000.00", "6,800,000.00", "6,620,000.00", "—", "—", "—"),
          ("上年结转资金", "—", "450,000.00", "416,480.50", "—", "—", "—"),
          ("其他资金", "—", "—", "—", "—", "—", "—")),
         ("保障市级政务云平台稳定运行，支撑各部门政务系统上云和数据共享。",
          "托管政务系统128个，平台可用率99.95%，全年未发生重大安全事件。"), [
             Ind("产出指标", "数量指标", "托管政务系统数量", "≥120个", (">=", 120, "个"), "10", "128个", "10"),
             Ind("产出指标", "数量指标", "云主机资源保障数", "≥3500台", (">=", 3500, "台"), "10", "3620台", "10"),
             Ind("产出指标", "质量指标", "平台可用率", "≥99.9%", (">=", 99.9, "%"), "15", "99.95%", "15"),
             Ind("产出指标", "质量指标", "等级保护测评通过率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标", "时效指标", "故障响应时间", "≤30分钟", ("<=", 30, "分钟"), "10", "25分钟", "10"),
             Ind("效益指标", "社会效益指标", "一网通办支撑能力", "显著增强", Q, "15", "显著增强", "14",
                 "个别系统迁移进度偏慢"),
             Ind("效益指标", "可持续影响指标", "数据共享交换机制", "持续完善", Q, "10", "基本完善", "8",
                 "部分部门数据更新不及时，下年纳入考核"),
             Ind("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥95%", (">=", 95, "%"), "10", "93.6%", "8",
                 "响应流程有待简化"),
         ], "7,250,000.00", "7,036,480.50", "9.71", "优", ("6,800,000.00", "450,000.00")),
        ("公共数据开放平台建设", "合肥市数据资源局",
         (("年度资金总额", "2,000,000.00", "1,850,000.00", "1,598,760.00", "10", "86.42%", "8.64"),
          ("其中：财政拨款", "2,000,000.00", "1,850,000.00", "1,598,760.00", "—", "—", "—"),
          ("上年结转资金", "—", "—", "—", "—", "—", "—"),
          ("其他资金", "—", "—", "—", "—", "—", "—")),
         ("建成公共数据开放平台，开放高价值数据集，推动数据要素社会化利用。",
          "开放数据集856个，平台于2024年10月15日上线运行。"), [
             Ind("产出指标", "数量指标", "开放数据集数量", "不少于800个", (">=", 800, "个"), "15", "856个", "15"),
             Ind("产出指标", "数量指标", "数据接口调用次数", "≥500万次", (">=", 500, "万次"), "10", "462万次", "8",
                 "部分应用场景上线延后"),
             Ind("产出指标", "质量指标", "开放数据更新及时率", "≥90%", (">=", 90, "%"), "15", "91.2%", "15"),
             Ind("产出指标", "时效指标", "平台上线时间", "2024年9月30日前", D, "10", "2024年10月15日", "8",
                 "安全测评延期，下年提前谋划"),
             Ind("效益指标", "经济效益指标", "带动数据应用项目", "≥20个", (">=", 20, "个"), "15", "24个", "15"),
             Ind("效益指标", "社会效益指标", "公共数据社会化利用水平", "有效提升", Q, "15", "有效提升", "14"),
             Ind("满意度指标", "服务对象满意度指标", "数据使用者满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
         ], "1,850,000.00", "1,598,760.00", "8.64", "优", ("1,850,000.00", None)),
    ]
    widths = [46, 64, 76, 118, 92, 92, 40, 56, 46, 110]
    for project, unit_name, money, goal, inds, budget, executed, rate_score, grade, (fiscal, carried) in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 9, project))
        rows.add((0, 1, "主管部门"), (1, 4, dept), (5, 1, "实施单位"), (6, 4, unit_name))
        r = rows.n
        rows.put(r, 0, len(money) + 1, 1, "项目资金（元）")
        rows.put(r, 1, 1, 2, "")
        for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率")):
            rows.put(r, 3 + k, 1, 1, head)
        rows.put(r, 8, 1, 2, "得分")
        for k, line in enumerate(money, 1):
            rows.put(r + k, 1, 1, 2, line[0])
            for j, v in enumerate(line[1:6]):
                rows.put(r + k, 3 + j, 1, 1, v)
            rows.put(r + k, 8, 1, 2, line[6])
        r = rows.n
        rows.put(r, 0, 2, 1, "年度总体目标")
        rows.put(r, 1, 1, 4, "预期目标")
        rows.put(r, 5, 1, 5, "实际完成情况")
        rows.put(r + 1, 1, 1, 4, goal[0])
        rows.put(r + 1, 5, 1, 5, goal[1])
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        for c, cs, head in ((1, 1, "一级指标"), (2, 1, "二级指标"), (3, 1, "三级指标"), (4, 1, "年度指标值"),
                            (5, 1, "全年实际值"), (6, 1, "分值"), (7, 1, "得分"), (8, 2, "偏差原因分析及改进措施")):
            rows.put(r, c, 1, cs, head)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 2, i.note)])
        total = _score(rate_score, inds)
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 2, ""))
        rows.add((0, 6, "自评等级"), (6, 4, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             unit_raw="单位：元", landscape=True, kind="performance_self_evaluation"),
                       fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.self_evaluation(project, "元", budget, executed, total, grade)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_fj_qz_budget_list_apply_amount(folder: Path, name: str) -> FileGold:
    dept = "泉州市卫生健康委员会"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_tables(doc, dept, year, [("一般公共预算拨款收入", "46,218.50"), ("事业收入", "3,860.00")],
                   [("210", "卫生健康支出", "47,326.10", "12,584.30"), ("208", "社会保障和就业支出", "2,102.40", "2,102.40"),
                    ("221", "住房保障支出", "650.00", "650.00")])
    projects = [
        ("基本公共卫生服务补助", "2,360.00", "落实国家基本公共卫生服务项目，提高居民健康管理水平。", [
            Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥28万人", (">=", 28, "万人")),
            Ind("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", (">=", 65, "%")),
            Ind("产出指标", "时效指标", "补助资金下达时限", "30个工作日内", ("<=", 30, "个工作日")),
            Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥30%", (">=", 30, "%")),
            Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("院前急救体系建设", "680.50", "新建急救站点，缩短急救反应时间，提升院前急救服务能力。", [
            Ind("产出指标", "数量指标", "新增急救站点", "6个", ("=", 6, "个")),
            Ind("产出指标", "质量指标", "急救呼叫响应率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "城区平均急救反应时间", "≤12分钟", ("<=", 12, "分钟")),
            Ind("效益指标", "社会效益指标", "院前急救服务能力", "明显提升", Q),
            Ind("满意度指标", "服务对象满意度指标", "患者及家属满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("卫生健康人才培养", "315.00", "开展住院医师规范化培训，壮大基层卫生人才队伍。", [
            Ind("产出指标", "数量指标", "规范化培训住院医师人数", "不少于120人", (">=", 120, "人")),
            Ind("产出指标", "质量指标", "结业考核通过率", "≥90%", (">=", 90, "%")),
            Ind("成本指标", "经济成本指标", "人均培训补助标准", "≤2.5万元", ("<=", 2.5, "万元")),
            Ind("效益指标", "可持续影响指标", "基层卫生人才队伍", "逐步壮大", Q),
            Ind("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("项目名称", "申请资金（万元）", "年度绩效目标", "一级指标", "二级指标",
                                                 "三级指标", "指标值"))])
    for project, amount, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 3, 4, lambda i: [(5, 1, i.name), (6, 1, i.raw)])
        rows.put(r0, 0, len(inds), 1, project)
        rows.put(r0, 1, len(inds), 1, amount)
        rows.put(r0, 2, len(inds), 1, goal)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", year=amount)
    doc.pages.grid(_spec(rows.cells, rows.n, [96, 70, 150, 66, 84, 170, 96], title=f"{year}年项目支出绩效目标表",
                         editor=f"部门名称：{dept}", unit_raw="单位：万元", landscape=True),
                   fresh_page=True, repeat=(0, 1))
    return doc.save(folder)


def layout_jx_gz_money_in_caption_line(folder: Path, name: str) -> FileGold:
    dept = "赣州市农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("高标准农田建设管护", "赣州市农田建设服务中心", ("356.80", "320.00", "36.80"),
         "落实高标准农田建后管护责任，修复灌排设施，保障农田持续发挥效益。", [
             Ind("产出指标", "数量指标", "管护高标准农田面积", ("≥12", "万亩"), (">=", 12, "万亩"), "20"),
             Ind("产出指标", "数量指标", "修复灌排渠道长度", ("≥85", "公里"), (">=", 85, "公里"), "10"),
             Ind("产出指标", "质量指标", "管护设施完好率", ("≥90", "%"), (">=", 90, "%"), "10"),
             Ind("产出指标", "时效指标", "管护任务完成时间", ("2025年12月31日前", ""), D, "10"),
             Ind("成本指标", "经济成本指标", "每亩管护补助标准", ("≤30", "元/亩"), ("<=", 30, "元/亩"), "10"),
             Ind("效益指标", "经济效益指标", "粮食单产提高", ("≥5", "%"), (">=", 5, "%"), "15"),
             Ind("效益指标", "可持续影响指标", "农田设施长效管护机制", ("健全", ""), Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "农户满意度", ("≥90", "%"), (">=", 90, "%"), "15"),
         ]),
        ("赣南脐橙产业提升", "赣州市果业发展中心", ("580.00", "500.00", "80.00"),
         "开展柑橘黄龙病防控，建设无病毒容器育苗圃，推动脐橙产业提质增效。", [
             Ind("产出指标", "数量指标", "黄龙病防控面积", ("≥60", "万亩"), (">=", 60, "万亩"), "20"),
             Ind("产出指标", "数量指标", "新建无病毒容器育苗圃", ("3", "个"), ("=", 3, "个"), "10"),
             Ind("产出指标", "质量指标", "无病毒苗木合格率", ("100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "补助资金兑付时间", ("2025年10月底前", ""), D, "10"),
             Ind("效益指标", "经济效益指标", "脐橙产业综合产值", ("≥200", "亿元"), (">=", 200, "亿元"), "15"),
             Ind("效益指标", "社会效益指标", "带动果农增收效果", ("显著", ""), Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "果农满意度", ("≥85", "%"), (">=", 85, "%"), "15"),
         ]),
    ]
    widths = [70, 80, 150, 90, 60, 45]
    for k, (project, unit_name, (yr, fiscal, other), goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        head = rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "计量单位",
                                                           "分值"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.weight)])
        caption = f"项目资金：{yr}万元（其中：财政拨款{fiscal}万元，其他资金{other}万元）"
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效目标表", editor=caption),
                       fresh_page=k == 0, repeat=(head, 1), gap=30)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal)
    return doc.save(folder)


def layout_sd_wf_budget_dept_wide_local_upper_funds(folder: Path, name: str) -> FileGold:
    dept = "潍坊市教育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_tables(doc, dept, year, [("一般公共预算拨款收入", "48,300.00"), ("上级补助收入", "8,520.00"),
                                     ("事业收入", "6,140.00")],
                   [("205", "教育支出", "58,962.40", "31,205.70"), ("208", "社会保障和就业支出", "2,876.20", "2,876.20"),
                    ("221", "住房保障支出", "1,121.40", "1,121.40")])
    inds = [
        Ind("产出指标", "数量指标", "新增义务教育学位", "≥6000个", (">=", 6000, "个")),
        Ind("产出指标", "数量指标", "教师培训人次", "不少于1.2万人次", (">=", 1.2, "万人次")),
        Ind("产出指标", "质量指标", "义务教育巩固率", "≥99.5%", (">=", 99.5, "%")),
        Ind("产出指标", "时效指标", "学生资助资金发放及时率", "100%", ("=", 100, "%")),
        Ind("成本指标", "经济成本指标", "“三公”经费支出", "较上年下降", Q),
        Ind("效益指标", "社会效益指标", "教育公平保障水平", "持续提升", Q),
        Ind("效益指标", "可持续影响指标", "义务教育优质均衡发展", "稳步推进", Q),
        Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    for (c, cs), head, value in zip(((1, 2), (3, 2), (5, 1)), ("预算安排", "其中：本级财力", "上级补助"),
                                    ("56,820.00", "48,300.00", "8,520.00")):
        rows.put(r, c, 1, cs, head)
        rows.put(r + 1, c, 1, cs, value)
    rows.add((0, 1, "主要职能"), (1, 5, "贯彻执行教育方针政策，统筹管理全市各级各类教育，推进教育改革发展。"))
    r = rows.n
    tasks = [("义务教育学校建设", "新建改扩建中小学校，增加义务教育学位", "12,600.00"),
             ("学生资助", "落实家庭经济困难学生资助政策", "3,480.00"),
             ("教师队伍建设", "开展教师全员培训和名师培养", "1,250.00")]
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 1, "任务名称")
    rows.put(r, 2, 1, 3, "主要内容")
    rows.put(r, 5, 1, 1, "预算金额")
    for k, (task, content, amount) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 1, task)
        rows.put(r + k, 2, 1, 3, content)
        rows.put(r + k, 5, 1, 1, amount)
    rows.add((0, 1, "年度绩效目标"), (1, 5, "扩大优质教育资源供给，落实学生资助政策，加强教师队伍建设，办好人民满意的教育。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (5, 1, "指标值"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 3, i.name), (5, 1, i.raw)])
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 90, 70, 70, 70, 100], title=f"{year}年部门整体支出绩效目标表",
                         editor=f"部门名称：{dept}", unit_raw="单位：万元", kind="dept_performance_targets"),
                   fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in inds]

    project = "校园安全技防设施建设"
    pinds = [
        Ind("产出指标", "数量指标", "校园视频监控补点数量", "≥1500个", (">=", 1500, "个"), "20"),
        Ind("产出指标", "质量指标", "一键报警系统联网率", "100%", ("=", 100, "%"), "20"),
        Ind("产出指标", "时效指标", "项目完工时间", "2025年8月31日前", D, "15"),
        Ind("效益指标", "社会效益指标", "校园安全事故", "同比下降", Q, "20"),
        Ind("效益指标", "可持续影响指标", "校园安全防控体系", "持续健全", Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥95%", (">=", 95, "%"), "15"),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "实施单位"), (5, 2, "潍坊市教育装备中心"))
    rows.add((0, 1, "年度资金总额"), (1, 1, "450.00"), (2, 1, "财政资金"), (3, 1, "400.00"), (4, 1, "其他资金"),
             (5, 2, "50.00"))
    rows.add((0, 1, "年度目标"), (1, 6, "完成市直学校视频监控补点和一键报警系统联网，提升校园安全防范水平。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"), (6, 1, "分值"))
    _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw), (6, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 80, 70, 70, 70, 70, 50], title=f"{year}年项目支出绩效目标表",
                         editor=f"主管部门：{dept}", unit_raw="单位：万元"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(project, i) for i in pinds]
    doc.gold.project(project, "万元", year="450.00", fiscal="400.00")
    return doc.save(folder)


def _self_eval_grid(rows: _Rows, inds: list[Ind], split_note: bool) -> None:
    """The scoring grid of a self evaluation: 一级 … 得分, the deviation in one or two columns."""
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    heads += ["偏差原因", "改进措施"] if split_note else ["偏差原因分析及改进措施"]
    rows.add(*[(c, 1 if c < 7 or split_note else 2, t) for c, t in enumerate(heads)])

    def cells(i: Ind) -> list[tuple[int, int, str]]:
        reason, _, measure = i.note.partition("；")
        tail = [(7, 1, reason), (8, 1, measure)] if split_note else [(7, 2, i.note)]
        return [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight), (6, 1, i.score)] + tail
    _grid_rows(rows, inds, 0, 1, cells)


def _zz_money(rows: _Rows, r: int, line: tuple[str, ...]) -> None:
    """One line of a money block: its label, then 年初预算数 … 得分 under the grid's columns."""
    for (c, cs), v in zip(((1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 2), (8, 1)), line):
        rows.put(r, c, 1, cs, v)


def layout_ha_zz_accounts_dept_and_project_self_eval(folder: Path, name: str) -> FileGold:
    dept = "郑州市生态环境局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "11,856.40"), ("二、政府性基金预算财政拨款收入", "278.36")],
                    [("一、节能环保支出", "11,032.58"), ("二、社会保障和就业支出", "736.18"), ("三、住房保障支出", "366.00")])
    widths = [48, 56, 78, 82, 66, 30, 34, 56, 56]
    inds = [
        Ind("产出指标", "数量指标", "空气自动监测站点运维数", "≥42个", (">=", 42, "个"), "10", "42个", "10"),
        Ind("产出指标", "数量指标", "环境执法检查企业数", "不少于3000家", (">=", 3000, "家"), "10", "3265家", "10"),
        Ind("产出指标", "质量指标", "PM2.5年均浓度", "≤45微克/立方米", ("<=", 45, "微克/立方米"), "15", "46.8微克/立方米",
            "12", "不利气象条件影响；加强重污染天气应对"),
        Ind("产出指标", "质量指标", "国省控断面水质达标率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "环境信访件办结时限", "≤15个工作日", ("<=", 15, "个工作日"), "10", "12个工作日", "10"),
        Ind("效益指标", "生态效益指标", "空气质量优良天数", "≥220天", (">=", 220, "天"), "15", "214天", "13",
            "沙尘天气偏多；强化扬尘管控"),
        Ind("效益指标", "社会效益指标", "突发环境事件妥善处置率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("满意度指标", "服务对象满意度指标", "公众生态环境满意度", "≥85%", (">=", 85, "%"), "10", "87.3%", "10"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 7, dept))
    r = rows.n
    rows.put(r, 0, 4, 1, "年度预算资金（万元）")
    _zz_money(rows, r, ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"))
    for k, line in enumerate((("年度资金总额", "12,100.00", "12,680.00", "12,134.76", "10", "95.70%", "9.57"),
                              ("其中：基本支出", "5,620.00", "5,812.30", "5,790.44", "—", "—", "—"),
                              ("项目支出", "6,480.00", "6,867.70", "6,344.32", "—", "—", "—")), 1):
        _zz_money(rows, r + k, line)
    rows.add((0, 2, "年度总体目标完成情况"), (2, 7, "全市空气质量持续改善，水环境质量稳定达标，生态环境安全底线守牢。"))
    _self_eval_grid(rows, inds, True)
    total = _score("9.57", inds)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
    rows.add((0, 5, "自评等级"), (5, 4, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="部门整体支出绩效自评表", editor=f"（{year}年度）",
                         unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in inds]
    doc.gold.self_evaluation(None, "万元", "12,680.00", "12,134.76", total, "优")

    project = "大气污染防治专项"
    pinds = [
        Ind("产出指标", "数量指标", "重点行业企业深度治理", "≥80家", (">=", 80, "家"), "15", "86家", "15"),
        Ind("产出指标", "数量指标", "清洁取暖改造户数", "≥1.5万户", (">=", 1.5, "万户"), "10", "1.62万户", "10"),
        Ind("产出指标", "质量指标", "治理设施验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "治理项目完成时限", "2024年10月底前", D, "10", "2024年10月25日", "10"),
        Ind("效益指标", "生态效益指标", "重污染天数", "较上年减少", Q, "15", "减少5天", "13",
            "区域传输影响较大；深化区域联防联控"),
        Ind("效益指标", "可持续影响指标", "大气污染联防联控机制", "长效运行", Q, "15", "长效运行", "15"),
        Ind("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%", (">=", 85, "%"), "10", "88%", "10"),
    ]
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 7, project))
    rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 2, "郑州市大气污染防治中心"))
    r = rows.n
    rows.put(r, 0, 4, 1, "项目资金（万元）")
    _zz_money(rows, r, ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"))
    for k, line in enumerate((("年度资金总额", "3,000.00", "3,200.00", "3,084.16", "10", "96.38%", "9.64"),
                              ("其中：财政拨款", "3,000.00", "3,200.00", "3,084.16", "—", "—", "—"),
                              ("其他资金", "—", "—", "—", "—", "—", "—")), 1):
        _zz_money(rows, r + k, line)
    rows.add((0, 2, "年度目标完成情况"), (2, 7, "完成86家重点企业深度治理和1.62万户清洁取暖改造，重污染天数较上年减少5天。"))
    _self_eval_grid(rows, pinds, True)
    ptotal = _score("9.64", pinds)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{ptotal:.2f}"), (7, 2, ""))
    rows.add((0, 5, "自评等级"), (5, 4, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                         unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(project, i) for i in pinds]
    doc.gold.self_evaluation(project, "万元", "3,200.00", "3,084.16", ptotal, "优")
    doc.gold.project(project, "万元", year="3,200.00", fiscal="3,200.00")
    return doc.save(folder)


def layout_hub_xy_budget_total_and_year_pairs(folder: Path, name: str) -> FileGold:
    dept = "襄阳市住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_tables(doc, dept, year, [("一般公共预算拨款收入", "9,863.20"), ("政府性基金预算拨款收入", "4,120.00")],
                   [("212", "城乡社区支出", "12,640.50", "2,360.40"), ("208", "社会保障和就业支出", "862.70", "862.70"),
                    ("221", "住房保障支出", "480.00", "480.00")])
    projects = [
        ("老旧小区改造配套基础设施", "420600250000000318", "1,950.00", "2024年—2026年",
         ("650.00", "600.00", "50.00"),
         ("到2026年完成城区2000年前建成老旧小区改造任务。", "完成48个老旧小区配套基础设施改造，改善居民居住条件。"), [
             Ind("产出指标", "数量指标", "改造老旧小区个数", "不少于48个", (">=", 48, "个")),
             Ind("产出指标", "数量指标", "改造供水管网长度", "不低于36公里", (">=", 36, "公里")),
             Ind("产出指标", "质量指标", "竣工验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "年度改造任务开工时间", "2025年5月底前", D),
             Ind("效益指标", "社会效益指标", "居民生活环境", "显著改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "不低于90%", (">=", 90, "%")),
         ], ("1,950.00", "650.00", "600.00", "50.00")),
        ("城市燃气管道安全隐患整治", "420600250000000342", "820.00", "2025年",
         ("820.00", "820.00", "—"),
         ("消除城市燃气管道老化安全隐患。", "整治老化燃气管道120公里，燃气安全事故较上年下降。"), [
             Ind("产出指标", "数量指标", "整治老化燃气管道", "不少于120公里", (">=", 120, "公里")),
             Ind("产出指标", "质量指标", "焊口无损检测合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "整治工程完工时间", "2025年11月30日前", D),
             Ind("成本指标", "经济成本指标", "每公里整治成本", "不超过6.8万元", ("<=", 6.8, "万元")),
             Ind("效益指标", "社会效益指标", "燃气安全事故发生率", "较上年下降", Q),
             Ind("满意度指标", "服务对象满意度指标", "燃气用户满意度", "大于90%", (">", 90, "%")),
         ], ("820.00", "820.00", "820.00", None)),
    ]
    widths = [72, 60, 62, 62, 62, 60, 56, 60]
    for project, code, total_txt, term, (yr_txt, fis_txt, car_txt), goals, inds, (total, yr, fiscal, carried) in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 3, code))
        rows.add((0, 1, "项目总额（万元）"), (1, 3, total_txt), (4, 1, "项目期限"), (5, 3, term))
        rows.add((0, 1, "年度预算数（万元）"), (1, 1, yr_txt), (2, 1, "其中：财政拨款"), (3, 1, fis_txt),
                 (4, 2, "上年结转"), (6, 2, car_txt))
        rows.add((0, 1, "总体目标"), (1, 7, goals[0]))
        rows.add((0, 1, "年度目标"), (1, 7, goals[1]))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (5, 3, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 3, i.name), (5, 3, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"预算单位：{dept}", unit_raw=f"{year}年度"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", code=code, total=total, year=yr, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_hun_cd_self_eval_money_by_period_rows(folder: Path, name: str) -> FileGold:
    dept = "常德市水利局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    projects = [
        ("河湖长制工作经费", "常德市河湖保护中心",
         (("年初预算数", "500.00", "500.00", "—", "—"), ("全年预算数", "620.00", "520.00", "100.00", "—"),
          ("全年执行数", "588.32", "496.10", "92.22", "—")), ("94.89%", "9.49"),
         "完成河湖日常巡查和“四乱”问题清理整治，重点河湖水质稳定达标。", [
             Ind("产出指标", "数量指标", "河湖巡查次数", "≥1200次", (">=", 1200, "次"), "15", "1350次", "15"),
             Ind("产出指标", "数量指标", "清理河道垃圾", "≥5000吨", (">=", 5000, "吨"), "10", "5260吨", "10"),
             Ind("产出指标", "质量指标", "“四乱”问题整改销号率", "100%", ("=", 100, "%"), "15", "97%", "13",
                 "个别问题涉及历史遗留，整改周期长"),
             Ind("产出指标", "时效指标", "问题整改时限", "≤30天", ("<=", 30, "天"), "10", "25天", "10"),
             Ind("效益指标", "生态效益指标", "重点河湖水质达标率", "≥90%", (">=", 90, "%"), "15", "92.5%", "15"),
             Ind("效益指标", "可持续影响指标", "河湖管护长效机制", "健全", Q, "15", "基本健全", "12",
                 "基层河湖管护力量不足"),
             Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", (">=", 90, "%"), "10", "91%", "10"),
         ], "优秀", "优", ("620.00", "588.32", "520.00", "100.00")),
        ("小型水库除险加固", "常德市水利工程建设中心",
         (("年初预算数", "1,200.00", "1,200.00", "—", "—"), ("全年预算数", "1,380.00", "1,200.00", "—", "180.00"),
          ("全年执行数", "1,105.60", "985.60", "—", "120.00")), ("80.12%", "8.01"),
         "完成12座小型病险水库除险加固，消除安全隐患，保障下游群众生命财产安全。", [
             Ind("产出指标", "数量指标", "除险加固小型水库座数", "12座", ("=", 12, "座"), "20", "11座", "17",
                 "1座水库因征地问题未完工"),
             Ind("产出指标", "质量指标", "单元工程质量合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "主体工程完工时间", "2024年4月30日前", D, "10", "2024年6月", "6",
                 "汛期停工影响进度"),
             Ind("成本指标", "经济成本指标", "单座水库平均投资", "≤115万元", ("<=", 115, "万元"), "10", "100.5万元", "10"),
             Ind("效益指标", "社会效益指标", "下游受保护人口", "≥3.6万人", (">=", 3.6, "万人"), "15", "3.6万人", "15"),
             Ind("效益指标", "可持续影响指标", "水库安全运行年限", "≥20年", (">=", 20, "年"), "10", "20年", "10"),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "10", "89%", "8",
                 "施工期间对群众出行有影响"),
         ], "良好", "良", ("1,380.00", "1,105.60", "1,200.00", None)),
    ]
    widths = [56, 60, 92, 80, 66, 32, 36, 84]
    for project, unit_name, money, (rate, rate_score), goal, inds, grade_word, grade, (budget, executed, fiscal,
                                                                                          carried) in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 7, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 5, 1, "项目资金情况（万元）")
        for c, cs, head in ((1, 1, "项目"), (2, 1, "资金总额"), (3, 1, "财政拨款"), (4, 2, "上年结转"), (6, 2, "其他资金")):
            rows.put(r, c, 1, cs, head)
        for k, line in enumerate(money, 1):
            for (c, cs), v in zip(((1, 1), (2, 1), (3, 1), (4, 2), (6, 2)), line):
                rows.put(r + k, c, 1, cs, v)
        rows.put(r + 4, 1, 1, 1, "执行率")
        rows.put(r + 4, 2, 1, 1, rate)
        rows.put(r + 4, 3, 1, 1, "分值")
        rows.put(r + 4, 4, 1, 2, "10")
        rows.put(r + 4, 6, 1, 1, "得分")
        rows.put(r + 4, 7, 1, 1, rate_score)
        rows.add((0, 1, "年度目标"), (1, 7, goal))
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "实际值", "分值", "得分",
                                                     "未完成原因及改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        total = _score(rate_score, inds)
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
        rows.add((0, 5, "自评等级"), (5, 3, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_gd_st_two_forms_a_page_yuan_plain(folder: Path, name: str) -> FileGold:
    dept = "汕头市城市管理和综合执法局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("市容环境卫生保洁", ("1286000.00", "1286000.00", "0.00"), "提升城区道路保洁水平，做到垃圾日产日清。", [
            Ind(None, "数量指标", "道路机扫面积", "≥350万平方米", (">=", 350, "万平方米")),
            Ind(None, "质量指标", "道路保洁达标率", "≥95%", (">=", 95, "%")),
            Ind(None, "时效指标", "垃圾日产日清率", "100%", ("=", 100, "%")),
            Ind(None, "社会效益指标", "市容环境面貌", "持续改善", Q),
            Ind(None, "服务对象满意度指标", "市民满意度", "≥88%", (">=", 88, "%")),
        ]),
        ("城市照明设施维护", ("865400.00", "800000.00", "65400.00"), "保障城市道路照明设施正常运行，亮灯率保持较高水平。", [
            Ind(None, "数量指标", "维护路灯数量", "≥4.2万盏", (">=", 4.2, "万盏")),
            Ind(None, "质量指标", "路灯亮灯率", "≥98%", (">=", 98, "%")),
            Ind(None, "时效指标", "故障路灯修复时间", "≤24小时", ("<=", 24, "小时")),
            Ind(None, "成本指标", "单盏路灯年维护成本", "≤20元", ("<=", 20, "元")),
            Ind(None, "服务对象满意度指标", "沿街居民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("违法建设治理", ("520000.00", "520000.00", "0.00"), "持续开展违法建设治理，遏制新增违法建设。", [
            Ind(None, "数量指标", "拆除违法建设面积", "≥15万平方米", (">=", 15, "万平方米")),
            Ind(None, "质量指标", "新增违法建设查处率", "100%", ("=", 100, "%")),
            Ind(None, "时效指标", "违建投诉处置时限", "≤5个工作日", ("<=", 5, "个工作日")),
            Ind(None, "社会效益指标", "城市空间秩序", "明显好转", Q),
            Ind(None, "服务对象满意度指标", "投诉群众满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    for k, (project, (yr, fiscal, other), goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 4, dept))
        rows.add((0, 2, "本年度项目金额（元）"), (2, 1, "财政资金（元）"), (3, 2, "其他资金（元）"))
        rows.add((0, 2, yr), (2, 1, fiscal), (3, 2, other))
        rows.add((0, 1, "绩效目标"), (1, 4, goal))
        rows.add((0, 1, "二级指标"), (1, 2, "三级指标"), (3, 1, "指标值"), (4, 1, "指标解释"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 2, i.name), (3, 1, i.raw), (4, 1, "按年度工作计划考核")])
        doc.pages.grid(_spec(rows.cells, rows.n, [96, 90, 100, 90, 110], title="项目支出绩效目标表",
                             editor=f"填报单位：{dept}", unit_raw=f"{year}年"), fresh_page=k == 0, gap=28)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "元", year=yr, fiscal=fiscal)
    return doc.save(folder)


def layout_sc_yb_period_and_year_columns(folder: Path, name: str) -> FileGold:
    dept = "宜宾市经济和信息化局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("动力电池产业链培育", "2025年—2027年", (("资金总额", "3,000.00", "1,000.00"), ("其中：财政拨款", "2,400.00", "800.00"),
                                               ("其他资金", "600.00", "200.00")),
         ("到2027年形成完整的动力电池产业链配套体系。", "引进培育配套企业10家，支持技术改造项目15个。"), [
             (Ind("产出指标", "数量指标", "引进培育配套企业", "≥10家", (">=", 10, "家")), "≥30家"),
             (Ind("产出指标", "数量指标", "支持技术改造项目", "≥15个", (">=", 15, "个")), "≥45个"),
             (Ind("产出指标", "质量指标", "项目验收合格率", "100%", ("=", 100, "%")), "100%"),
             (Ind("产出指标", "时效指标", "补助资金兑现时间", "2025年12月底前", D), "每年12月底前"),
             (Ind("效益指标", "经济效益指标", "动力电池产业产值", "≥1000亿元", (">=", 1000, "亿元")), "≥1500亿元"),
             (Ind("满意度指标", "服务对象满意度指标", "受补助企业满意度", "≥90%", (">=", 90, "%")), "≥90%"),
         ], ("3,000.00", "1,000.00", "800.00")),
        ("中小企业公共服务平台运营", "2025年—2027年", (("资金总额", "450.00", "150.00"),
                                                    ("其中：财政拨款", "450.00", "150.00"), ("其他资金", "0.00", "0.00")),
         ("建成覆盖全市的中小企业公共服务体系。", "服务中小企业2000户次，组织培训20场。"), [
             (Ind("产出指标", "数量指标", "服务中小企业户次", "≥2000户次", (">=", 2000, "户次")), "≥6000户次"),
             (Ind("产出指标", "数量指标", "组织培训场次", "≥20场", (">=", 20, "场")), "≥60场"),
             (Ind("产出指标", "质量指标", "服务事项办结率", "≥95%", (">=", 95, "%")), "≥95%"),
             (Ind("效益指标", "经济效益指标", "帮助企业融资金额", "≥10亿元", (">=", 10, "亿元")), "≥30亿元"),
             (Ind("效益指标", "可持续影响指标", "平台服务体系", "逐步完善", Q), "持续完善"),
             (Ind("满意度指标", "服务对象满意度指标", "服务企业满意度", "≥90%", (">=", 90, "%")), "≥92%"),
         ], ("450.00", "150.00", "150.00")),
    ]
    widths = [66, 76, 120, 80, 80, 72]
    for project, term, money, goals, pairs, (total, yr, fiscal) in projects:
        inds = [i for i, _ in pairs]
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "实施期限"), (4, 2, term))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, dept))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "资金")
        rows.put(r, 3, 1, 1, "实施期资金总额")
        rows.put(r, 4, 1, 2, "年度资金总额")
        for k, (label, period_amount, year_amount) in enumerate(money, 1):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 1, period_amount)
            rows.put(r + k, 4, 1, 2, year_amount)
        r = rows.n
        rows.put(r, 0, 2, 1, "总体目标")
        rows.put(r, 1, 1, 2, "实施期目标")
        rows.put(r, 3, 1, 3, "年度目标")
        rows.put(r + 1, 1, 1, 2, goals[0])
        rows.put(r + 1, 3, 1, 3, goals[1])
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值",
                                                     "备注"))])
        period = {i.name: p for i, p in pairs}
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, period[i.name]), (4, 1, i.raw), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"主管部门及代码：{dept}", unit_raw="单位：万元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", total=total, year=yr, fiscal=fiscal)
    return doc.save(folder)


def layout_sn_bj_annual_budget_yuan_three_part_target(folder: Path, name: str) -> FileGold:
    dept = "宝鸡市人力资源和社会保障局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("就业创业补贴", "宝鸡市就业服务中心", ("1,560,000.00", "1,200,000.00", "360,000.00"),
         "落实就业创业扶持政策，稳定和扩大就业。", [
             Ind("产出指标", "数量指标", "城镇新增就业人数", ("≥", "2.8", "万人"), (">=", 2.8, "万人"), "20"),
             Ind("产出指标", "数量指标", "创业担保贷款发放额", ("≥", "3", "亿元"), (">=", 3, "亿元"), "15"),
             Ind("产出指标", "质量指标", "补贴发放准确率", ("=", "100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "补贴审核办理时限", ("≤", "10", "个工作日"), ("<=", 10, "个工作日"), "10"),
             Ind("效益指标", "社会效益指标", "城镇调查失业率", ("≤", "5.5", "%"), ("<=", 5.5, "%"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "补贴对象满意度", ("≥", "90", "%"), (">=", 90, "%"), "20"),
         ]),
        ("技能人才培训", "宝鸡市职业技能鉴定中心", ("986,500.00", "986,500.00", "0.00"),
         "开展职业技能培训，提升劳动者就业创业能力。", [
             Ind("产出指标", "数量指标", "职业技能培训人次", ("≥", "1.5", "万人次"), (">=", 1.5, "万人次"), "25"),
             Ind("产出指标", "质量指标", "培训合格率", ("≥", "85", "%"), (">=", 85, "%"), "15"),
             Ind("成本指标", "经济成本指标", "人均培训补贴", ("≤", "1200", "元"), ("<=", 1200, "元"), "15"),
             Ind("效益指标", "社会效益指标", "劳动者就业技能水平", ("定性", "明显提高", ""), Q, "25"),
             Ind("满意度指标", "服务对象满意度指标", "学员满意度", ("≥", "90", "%"), (">=", 90, "%"), "20"),
         ]),
    ]
    widths = [62, 76, 110, 52, 70, 58, 52]
    for project, unit_name, (yr, fiscal, own), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "实施单位"), (5, 2, unit_name))
        rows.add((0, 1, "年度预算数（元）"), (1, 2, yr), (3, 1, "其中：财政资金"), (4, 3, fiscal))
        rows.add((0, 1, "其中：自筹资金"), (1, 2, own), (3, 1, "项目类别"), (4, 3, "经常性项目"))
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        r = rows.n
        rows.put(r, 0, 1, 3, "绩效指标")
        rows.put(r, 3, 1, 3, "指标值")
        rows.put(r, 6, 2, 1, "权重（%）")
        for c, head in enumerate(("一级指标", "二级指标", "三级指标", "比较方式", "目标值", "计量单位")):
            rows.put(r + 1, c, 1, 1, head)
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效目标表",
                             editor=f"主管部门：{dept}", unit_raw="单位：元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "元", year=yr, fiscal=fiscal)
    return doc.save(folder)


BLIND14: dict[str, Builder] = {
    "js_xz_budget_money_current_carried_rows": layout_js_xz_budget_money_current_carried_rows,
    "zj_sx_sources_block_total_investment": layout_zj_sx_sources_block_total_investment,
    "ah_hf_self_eval_yuan_separators": layout_ah_hf_self_eval_yuan_separators,
    "fj_qz_budget_list_apply_amount": layout_fj_qz_budget_list_apply_amount,
    "jx_gz_money_in_caption_line": layout_jx_gz_money_in_caption_line,
    "sd_wf_budget_dept_wide_local_upper_funds": layout_sd_wf_budget_dept_wide_local_upper_funds,
    "ha_zz_accounts_dept_and_project_self_eval": layout_ha_zz_accounts_dept_and_project_self_eval,
    "hub_xy_budget_total_and_year_pairs": layout_hub_xy_budget_total_and_year_pairs,
    "hun_cd_self_eval_money_by_period_rows": layout_hun_cd_self_eval_money_by_period_rows,
    "gd_st_two_forms_a_page_yuan_plain": layout_gd_st_two_forms_a_page_yuan_plain,
    "sc_yb_period_and_year_columns": layout_sc_yb_period_and_year_columns,
    "sn_bj_annual_budget_yuan_three_part_target": layout_sn_bj_annual_budget_yuan_three_part_target,
}
SETS: dict[str, dict[str, Builder]] = {"blind14": BLIND14}


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
    """Write every layout of ``which`` ("blind14") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
