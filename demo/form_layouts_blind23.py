"""BLIND23 performance forms: eleven layouts as a district of 长治, a district of 荆门, a district of
信阳, a district of 岳阳, a district of 韶关, a district of 德阳, a district of 四平, a district of
曲靖, a district of 九江, a district of 台州 and a county of 遵义 print the forms a cross-city
dataset meets most: 项目支出绩效目标表 inside 部门预算 reports (single forms, a list, several per
page), 项目支出绩效自评表 and 部门整体支出绩效自评表 inside 部门决算 reports, and
部门整体支出绩效目标表. Written by an author who had read neither the form reader nor the earlier
blind sets (only the gold helpers and page composer of ``form_layouts``, the gold conventions of
BLIND9's docstring and the real disclosures). Each layout writes one PDF and its gold in the format
of ``form_layouts.write_set``; the gold is written by hand with ``form_layouts._gold_ind`` and
``FileGold``, never by the normalizers.

sx_cz_budget_fund_use_spend_plan  山西 长治 district 部门预算: budget tables, then one numbered
        "1. …项目绩效目标表" per project (项目编码 | 项目名称); a 预算规模及资金用途 block whose heads
        预算数 | 其中：财政资金 | 其他资金 sit above the amounts, a 资金支出计划（%） row (3月底 … 12月底
        percentages, not money), 目标1 / 目标2 rows, grid 一级 | 二级 | 三级 | 绩效指标描述 | 指标值 |
        指标值确定依据. 预算数 is ``year``, 财政资金 ``fiscal``
hub_jm_budget_unit_list_total_goal  湖北 荆门 district 部门预算: budget tables, then a landscape
        "2025年部门项目支出绩效表" list 单位名称 | 项目名称 | 金额 | 项目总体绩效目标 | 一级 | 二级 |
        三级 | 指标值 with a 合计 row first, the short level names (产出 / 数量 …), header repeated,
        project cells merged over their rows (cut by the page break). 金额 is ``year``; the 合计 row
        is no project
ha_xy_accounts_dept_then_project_self_evals  河南 信阳 district 部门决算: accounts tables, then a
        部门整体支出绩效自评表 (money rows 年度资金总额 / 其中：基本支出 / 项目支出 under 年初预算数 |
        全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) and two 项目支出绩效自评表 whose money rows are
        年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金; the grid prints ≧ once
hun_yy_self_eval_landscape_split_target  湖南 岳阳 district, landscape 项目支出绩效自评表 ×2:
        money heads 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分 over rows
        合计 / 财政拨款 / 其他资金, target split 指标方向 | 年度指标值 | 计量单位, 未完成原因,
        自评等级 printed as 良好 / 优秀
gd_sg_budget_two_per_page_income_lines  广东 韶关 district 部门预算: budget tables (the
        项目支出预算表 prints each project's 财政拨款), then two forms a page with a 资金来源（万元）
        list: 合计 | 一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 上年结转 | 中央补助资金 /
        专项债券资金 | 其他资金, targets in words (不低于 / 不少于 / 达到 / 不超过)
sc_dy_dept_wide_funds_composition  四川 德阳 district 部门整体支出绩效目标表: 部门总体资金情况
        block (收入构成 财政拨款 / 其他资金 / 合计, 支出构成 基本支出 / 项目支出 / 合计 with 当年预算 |
        占比), 部门职能概述 / 年度工作任务 rows, grid 一级 | 二级 | 三级 | 指标值 | 绩效标准
jl_sp_three_row_head_weights_total_invest  吉林 四平 district, two long 项目支出绩效目标表 with a
        three-row grid header (年度绩效指标 over 一级 | 二级 | 三级 | 指标值 (比较 | 数值 | 单位) |
        指标解释 | 权重（%）), 项目概况 / 立项依据 prose rows, the first form's grid running onto a
        second page with its three header rows repeated (merged level cells cut by the break),
        money as label | value pairs
        项目总额 | 本年度预算 / 其中：财政拨款 | 上年结转 under a merged 项目资金（万元）
yn_qj_small_forms_labels_above_yuan  云南 曲靖 district, three short forms a page in 元 with
        separators: heads 年度预算数 | 财政拨款 | 专项债券资金 | 其他资金 above the amounts, grid
        without 一级 (二级 | 三级 | 指标值), a range target
jx_jj_accounts_self_evals_money_pairs  江西 九江 district 部门决算: accounts tables, then two
        项目支出绩效自评表 with money as label | value pairs (全年预算数（万元） | … | 全年执行数（万元） | …,
        其中：财政拨款 on both sides, 预算执行率 | 执行率得分), 一级 cells carrying their weight,
        总分 and 自评等级 in one row
zj_tz_targets_words_money_in_cells  浙江 台州 district 项目支出绩效目标表 ×2 standalone: money
        printed in one row as "年度资金总额：86.00" cells, targets in words (不少于 / 达到 / 不高于 /
        大于 / 按期完成), a deadline, a range, 指标值说明
gz_zy_budget_dept_wide_tasks_then_project  贵州 遵义 county 部门预算: budget tables, a
        部门整体支出绩效目标表 (年度主要任务 rows with 资金总额 | 财政拨款, 权重), then one
        项目支出绩效目标表 whose money is a 资金来源 list (一般公共预算财政拨款收入 | 中央补助资金)

Gold conventions (BLIND9's, with this set's rulings):

- target_raw is the 年度 value as printed; split columns are joined in reading order with no
  separator ("≥95%", "定性逐步完善"); an empty unit cell adds nothing.
- ≥ / ≧ / 不低于 / 不少于 / 达到 read ">="; ≤ / 不高于 / 不超过 read "<="; ＞ / 大于 read ">";
  ＜ / 小于 read "<"; a bare figure reads "="; "90%-95%" is a range; a deadline ("2025年10月底前
  完成") stays raw with no comparator; a state (按期完成, 逐步完善) is qualitative.
- Money, per form kind:
  * 项目支出绩效目标表: the one-year figure printed for the project (预算数 / 金额 / 合计 /
    年度资金总额 / 本年度预算 / 年度预算数) is ``year``; 项目总额 (the whole period) is ``total``;
    ``fiscal`` is 财政拨款 / 财政资金 as printed; where a 资金来源 list prints lines named
    …财政拨款收入, ``fiscal`` is the sum of those lines printing an amount; lines not named 财政拨款
    (中央补助资金, 专项债券资金, 其他资金) are never summed into it; ``carried`` is 上年结转 where it
    prints an amount (a printed 0.00 is no amount).
  * 项目支出绩效自评表: budget = 全年预算数 of the 年度资金总额 / 合计 row (or pair), executed = its
    全年执行数; the project's money: year = that 全年预算数, fiscal = the 财政拨款 row's 全年预算数,
    carried = the 上年结转资金 row's 全年预算数 where it prints an amount.
  * 部门整体 forms (targets or self-evaluation): their money, 年度主要任务 amounts included, is no
    project's; 资金支出计划（%） percentages and 合计 rows of lists are no money of a project.
- score = the printed 总分; grade as printed, 优秀 / 良好 / 中等 / 较差 read 优 / 良 / 中 / 差.
- Levels carrying a weight (产出指标（50分）) keep it in level1_raw.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]
GE, LE = ">=", "<="


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  projects: list[tuple[str, str, str, str]], heading: str) -> None:
    """The front of a 部门预算: contents, 部门概况, 收支预算总表, 项目支出预算表 (project | 合计 |
    财政拨款 | 其他资金), then the heading page of the performance forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实党中央、省委和市委关于本领域工作的决策部署，依法履行工作职责。",
        "二、部门预算单位构成。本部门预算包括部门本级及所属二级预算单位。",
        f"三、{year}年度主要工作任务。围绕中心工作，统筹推进各项重点任务落实。",
    ])
    total = sum(Decimal(v.replace(",", "")) for _, v in income)
    body = [plain_row([a, v, "", ""]) for a, v in income]
    body[0][2:] = [(2, 1, "一、一般公共服务支出"), (3, 1, f"{total:,.2f}")]
    body.append(plain_row(["收入总计", f"{total:,.2f}", "支出总计", f"{total:,.2f}"]))
    doc.pages.table(TableSpec(f"{year}年部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    body = [plain_row([p, t, f, o]) for p, t, f, o in projects]
    doc.pages.table(TableSpec(f"{year}年项目支出预算表", "project_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [220, 90, 90, 90],
                              [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "财政拨款"),
                               (0, 3, 1, 1, "其他资金")], 1, body, ["l", "r", "r", "r"]))
    doc.pages.text_page(heading, [f"按照预算绩效管理要求，{dept}编制了{year}年预算绩效目标，现予公开。"])


def _self_eval_money(rows: _Rows, label: str, heads: tuple[str, ...], lines: list[tuple[str, ...]],
                     width: int, tail: int = 1) -> None:
    """A money block: ``label`` merged down column 0, a heads row then one row per line; the
    line name spans ``width`` columns from column 1, the last figure ``tail`` columns."""
    r = rows.n
    rows.put(r, 0, len(lines) + 1, 1, label)
    for j, line in enumerate([heads, *lines]):
        rows.put(r + j, 1, 1, width, line[0])
        for k, v in enumerate(line[1:]):
            rows.put(r + j, 1 + width + k, 1, tail if k == len(line) - 2 else 1, v)


def _total(rate_score: str, inds: list[Ind]) -> float:
    return round(float(rate_score) + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- 山西 长治


def layout_sx_cz_budget_fund_use_spend_plan(folder: Path, name: str) -> FileGold:
    dept = "长治市潞州区自然资源局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    projects = [
        ("国土空间总体规划编制经费", "140403250000017", "180.00", "180.00", "",
         "用于乡镇国土空间规划编制及成果数据库建设", ("20", "50", "80", "100"),
         ("完成8个乡镇国土空间规划编制", "规划成果纳入国土空间基础信息平台"), [
             Ind("产出指标", "数量指标", "乡镇国土空间规划编制数量", "8个", ("=", 8, "个"), note="规划编制乡镇个数"),
             Ind("产出指标", "质量指标", "规划成果审查通过率", "≥95%", (GE, 95, "%"), note="通过审查成果/提交成果"),
             Ind("产出指标", "时效指标", "规划成果提交时间", "2025年11月底前", (None, None, None), note="按合同约定"),
             Ind("产出指标", "成本指标", "单个乡镇规划编制成本", "≤22.5万元", (LE, 22.5, "万元"), note="合同金额/乡镇数"),
             Ind("效益指标", "社会效益指标", "国土空间开发保护格局", "持续优化", Q, note="规划实施评估"),
             Ind("满意度指标", "服务对象满意度指标", "乡镇政府满意度", "≥90%", (GE, 90, "%"), note="问卷调查"),
         ]),
        ("耕地保护专项经费", "140403250000025", "260.00", "200.00", "60.00",
         "用于耕地动态监测、违法占地巡查及补充耕地验收", ("10", "40", "75", "100"),
         ("耕地保有量不低于上级下达任务", "违法占用耕地问题动态清零"), [
             Ind("产出指标", "数量指标", "耕地卫片图斑核查数", "≥1200个", (GE, 1200, "个"), note="年度卫片下发图斑"),
             Ind("产出指标", "数量指标", "补充耕地验收面积", "≥300亩", (GE, 300, "亩"), note="年度补充耕地计划"),
             Ind("产出指标", "质量指标", "图斑核查准确率", "100%", ("=", 100, "%"), note="核查结果复核"),
             Ind("产出指标", "时效指标", "违法占地处置时限", "≤30天", (LE, 30, "天"), note="发现至处置"),
             Ind("效益指标", "社会效益指标", "耕地保有量任务完成率", "100%", ("=", 100, "%"), note="上级考核口径"),
             Ind("效益指标", "可持续影响指标", "耕地保护长效机制", "逐步健全", Q, note="田长制落实"),
             Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥88%", (GE, 88, "%"), note="抽样调查"),
         ]),
        ("不动产登记服务能力提升", "140403250000033", "95.50", "95.50", "",
         "用于不动产登记窗口服务及档案数字化", ("25", "50", "75", "100"),
         ("不动产登记业务办理提速增效", "登记档案全部实现数字化"), [
             Ind("产出指标", "数量指标", "档案数字化扫描页数", "≥60万页", (GE, 60, "万页"), note="存量档案"),
             Ind("产出指标", "质量指标", "登记差错率", "≤0.5%", (LE, 0.5, "%"), note="差错件数/办件数"),
             Ind("产出指标", "时效指标", "一般登记办理时限", "≤3个工作日", (LE, 3, "个工作日"), note="省定标准"),
             Ind("效益指标", "社会效益指标", "群众办事便利度", "明显提升", Q, note="窗口评价"),
             Ind("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%", (GE, 95, "%"), note="好差评系统"),
         ]),
    ]
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "12,860.30"), ("其他收入", "60.00")],
                  [(p[0], p[2], p[3], p[4] or "0.00") for p in projects], "第四部分  预算绩效目标")
    widths = [60, 86, 84, 90, 90, 85]
    for k, (project, code, budget, fiscal, other, use, plan, goals, inds) in enumerate(projects, 1):
        rows = _Rows()
        rows.add((0, 1, "项目编码"), (1, 1, code), (2, 1, "项目名称"), (3, 3, project))
        r = rows.n
        rows.put(r, 0, 3, 1, "预算规模及资金用途")
        rows.put(r, 1, 1, 1, "预算数")
        rows.put(r, 2, 1, 1, "其中：财政资金")
        rows.put(r, 3, 1, 1, "其他资金")
        rows.put(r, 4, 1, 2, "资金用途")
        rows.put(r + 1, 1, 1, 1, budget)
        rows.put(r + 1, 2, 1, 1, fiscal)
        rows.put(r + 1, 3, 1, 1, other)
        rows.put(r + 1, 4, 1, 2, use)
        rows.put(r + 2, 1, 1, 1, "资金支出计划（%）")
        for j, (month, pct) in enumerate(zip(("3月底", "6月底", "10月底", "12月底"), plan)):
            rows.put(r + 2, 2 + j, 1, 1, f"{month}：{pct}")
        r = rows.n
        rows.put(r, 0, 2, 1, "绩效目标")
        for j, goal in enumerate(goals):
            rows.put(r + j, 1, 1, 1, f"目标{j + 1}")
            rows.put(r + j, 2, 1, 4, goal)
        rows.add(*[(j, 1, t) for j, t in enumerate(("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值",
                                                     "指标值确定依据"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.note), (4, 1, i.raw), (5, 1, "年度工作计划")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{k}. {project}项目绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 荆门


def layout_hub_jm_budget_unit_list_total_goal(folder: Path, name: str) -> FileGold:
    dept = "荆门市东宝区卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 22)])
    projects = [
        ("荆门市东宝区卫生健康局", "基本公共卫生服务项目", "1,326.40", "为辖区常住居民免费提供基本公共卫生服务，重点人群健康管理率稳步提高。", [
            Ind("产出", "数量", "65岁及以上老年人健康管理人数", "≥2.1万人", (GE, 2.1, "万人")),
            Ind("产出", "数量", "高血压患者规范管理人数", "≥1.5万人", (GE, 1.5, "万人")),
            Ind("产出", "质量", "居民电子健康档案建档率", "≥90%", (GE, 90, "%")),
            Ind("产出", "时效", "补助资金拨付时间", "2025年12月底前", (None, None, None)),
            Ind("效益", "社会效益", "重点人群健康管理水平", "稳步提高", Q),
            Ind("满意度", "服务对象满意度", "居民满意度", "≥85%", (GE, 85, "%")),
        ]),
        ("荆门市东宝区疾病预防控制中心", "重大传染病防控经费", "218.00", "落实重大传染病监测和疫苗接种工作，有效防范传染病暴发流行。", [
            Ind("产出", "数量", "传染病监测哨点数", "12个", ("=", 12, "个")),
            Ind("产出", "质量", "适龄儿童免疫规划疫苗接种率", "≥95%", (GE, 95, "%")),
            Ind("产出", "质量", "传染病报告及时率", "100%", ("=", 100, "%")),
            Ind("效益", "社会效益", "突发公共卫生事件规范处置率", "100%", ("=", 100, "%")),
            Ind("满意度", "服务对象满意度", "接种对象监护人满意度", "≥90%", (GE, 90, "%")),
        ]),
        ("荆门市东宝区妇幼保健院", "妇幼健康服务能力建设", "156.80", "开展孕产妇和儿童健康管理，降低孕产妇和婴儿死亡率。", [
            Ind("产出", "数量", "孕产妇系统管理人数", "≥3200人", (GE, 3200, "人")),
            Ind("产出", "质量", "孕产妇系统管理率", "≥92%", (GE, 92, "%")),
            Ind("产出", "质量", "3岁以下儿童系统管理率", "≥90%", (GE, 90, "%")),
            Ind("效益", "社会效益", "婴儿死亡率", "≤4‰", (LE, 4, "‰")),
            Ind("满意度", "服务对象满意度", "孕产妇满意度", "≥90%", (GE, 90, "%")),
        ]),
        ("荆门市东宝区卫生健康局", "家庭医生签约服务", "87.30", "推进家庭医生签约服务提质扩面，重点人群签约覆盖率稳步提高。", [
            Ind("产出", "数量", "家庭医生签约团队数", "≥60个", (GE, 60, "个")),
            Ind("产出", "质量", "重点人群签约覆盖率", "≥75%", (GE, 75, "%")),
            Ind("产出", "时效", "签约居民随访及时率", "≥95%", (GE, 95, "%")),
            Ind("效益", "可持续影响", "分级诊疗格局", "逐步形成", Q),
            Ind("满意度", "服务对象满意度", "签约居民满意度", "≥90%", (GE, 90, "%")),
        ]),
    ]
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "8,204.66"), ("政府性基金预算拨款收入", "300.00")],
                  [(p[1], p[2], p[2], "0.00") for p in projects], "第四部分  项目支出绩效表")
    total = sum(Decimal(p[2].replace(",", "")) for p in projects)
    rows = _Rows()
    heads = ("单位名称", "项目名称", "金额", "项目总体绩效目标", "一级指标", "二级指标", "三级指标", "指标值")
    rows.add(*[(j, 1, h) for j, h in enumerate(heads)])
    rows.add((0, 2, "合计"), (2, 1, f"{total:,.2f}"), (3, 5, ""))
    for unit_name, project, amount, goal, inds in projects:
        r = rows.n
        _grid_rows(rows, inds, 4, 5, lambda i: [(6, 1, i.name), (7, 1, i.raw)])
        for col, text in ((0, unit_name), (1, project), (2, amount), (3, goal)):
            rows.put(r, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=amount)
    doc.pages.grid(_spec(rows.cells, rows.n, [86, 96, 60, 160, 46, 66, 150, 76], title=f"{year}年部门项目支出绩效表",
                         editor=f"部门名称：{dept}", unit_raw="单位：万元", landscape=True),
                   repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 信阳


def _project_self_eval(doc: FormDoc, project: str, unit_name: str, money: list[tuple[str, ...]], rate_score: str,
                       goal: tuple[str, str], inds: list[Ind], grade: str, widths: list[float]) -> float:
    """A 项目支出绩效自评表 with money rows 年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金."""
    dept = doc.gold.department
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 8, project))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, unit_name))
    _self_eval_money(rows, "项目资金（万元）", ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                     money, 2)
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
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 6, "自评等级"), (6, 3, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{doc.gold.fiscal_year}年度）",
                         unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    return total


def layout_ha_xy_accounts_dept_then_project_self_evals(folder: Path, name: str) -> FileGold:
    dept = "信阳市浉河区水利局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "4,512.36"), ("二、政府性基金预算财政拨款收入", "620.00")],
                    [("一、农林水支出", "4,980.16"), ("二、社会保障和就业支出", "152.20")])
    inds = [
        Ind("产出指标", "数量指标", "河道巡查里程", "≥1500公里", (GE, 1500, "公里"), "15", "1620公里", "15"),
        Ind("产出指标", "数量指标", "小型水库安全鉴定座数", "≧12座", (GE, 12, "座"), "10", "12座", "10"),
        Ind("产出指标", "质量指标", "水利工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "汛前隐患整改完成率", "≥95%", (GE, 95, "%"), "10", "93%", "8", "个别隐患需跨汛期处理"),
        Ind("效益指标", "社会效益指标", "防汛安全", "无重大险情", Q, "15", "无重大险情", "15"),
        Ind("效益指标", "生态效益指标", "河湖水质达标率", "≥85%", (GE, 85, "%"), "15", "86%", "15"),
        Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", (GE, 90, "%"), "10", "92%", "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 8, dept))
    _self_eval_money(rows, "年度预算执行情况（万元）", ("资金类别", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                     [("年度资金总额", "4,860.00", "5,296.40", "5,132.36", "10", "96.90%", "9.69"),
                      ("其中：基本支出", "1,650.00", "1,702.10", "1,702.10", "—", "—", "—"),
                      ("项目支出", "3,210.00", "3,594.30", "3,430.26", "—", "—", "—")], 1, tail=2)
    rows.add((0, 1, "年度总体目标"), (1, 8, "统筹防汛抗旱、河湖长制和水利工程建设管理，保障防洪安全和供水安全。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                 "得分", "偏差原因分析及改进措施"))], (8, 1, "备注"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note), (8, 1, "")])
    total = _total("9.69", inds)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
    rows.add((0, 5, "自评等级"), (5, 4, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [50, 54, 78, 58, 58, 36, 44, 78, 39], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", "5,296.40", "5,132.36", total, "优")

    widths = [42, 50, 58, 78, 56, 56, 34, 40, 81]
    evals = [
        ("农村饮水安全工程维修养护", "信阳市浉河区农村供水服务中心",
         [("年度资金总额", "300.00", "320.00", "304.00", "10", "95.00%", "9.50"),
          ("其中：财政拨款", "260.00", "270.00", "258.20", "—", "—", "—"),
          ("上年结转资金", "40.00", "40.00", "35.80", "—", "—", "—"),
          ("其他资金", "", "10.00", "10.00", "—", "—", "—")], "9.50",
         ("完成农村供水工程维修养护，保障农村居民饮水安全。", "维修供水工程46处，水质达标率96%。"), [
             Ind("产出指标", "数量指标", "维修养护供水工程处数", "≥45处", (GE, 45, "处"), "20", "46处", "20"),
             Ind("产出指标", "质量指标", "农村供水水质达标率", "≥95%", (GE, 95, "%"), "20", "96%", "20"),
             Ind("产出指标", "时效指标", "供水故障修复时限", "≤48小时", (LE, 48, "小时"), "10", "36小时", "10"),
             Ind("效益指标", "社会效益指标", "农村自来水普及率", "≥93%", (GE, 93, "%"), "20", "92.5%", "17",
                 "部分偏远村组管网未覆盖"),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (GE, 90, "%"), "20", "91%", "20"),
         ], "优"),
        ("中小河流治理项目", "信阳市浉河区河道管理所",
         [("年度资金总额", "500.00", "480.00", "428.64", "10", "89.30%", "8.93"),
          ("其中：财政拨款", "500.00", "480.00", "428.64", "—", "—", "—"),
          ("上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—"),
          ("其他资金", "", "", "", "—", "—", "—")], "8.93",
         ("完成中小河流治理8公里，提高河道防洪标准。", "完成治理7.2公里，剩余部分跨年实施。"), [
             Ind("产出指标", "数量指标", "河道治理长度", "≥8公里", (GE, 8, "公里"), "20", "7.2公里", "16",
                 "征地拆迁影响工期"),
             Ind("产出指标", "质量指标", "单元工程质量合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "主体工程完工时间", "2024年11月底前", (None, None, None), "10", "2024年12月20日",
                 "6", "汛期停工"),
             Ind("效益指标", "社会效益指标", "河道防洪标准", "达到20年一遇", (GE, 20, "年一遇"), "25", "达到20年一遇", "25"),
             Ind("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥85%", (GE, 85, "%"), "20", "88%", "20"),
         ], "良"),
    ]
    for project, unit_name, money, rate_score, goal, pinds, grade in evals:
        total = _project_self_eval(doc, project, unit_name, money, rate_score, goal, pinds, grade, widths)
        budget, executed = money[0][2], money[0][3]
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        carried = money[2][2] if money[2][2] not in ("", "0.00") else None
        doc.gold.project(project, "万元", year=budget, fiscal=money[1][2], carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖南 岳阳


def layout_hun_yy_self_eval_landscape_split_target(folder: Path, name: str) -> FileGold:
    dept = "岳阳市君山区农业农村局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("高标准农田建设", "岳阳市君山区农田建设服务中心",
         [("合计", "1,800.00", "1,950.00", "1,872.00", "96.00%", "10", "9.60"),
          ("财政拨款", "1,500.00", "1,650.00", "1,590.00", "—", "—", "—"),
          ("其他资金", "300.00", "300.00", "282.00", "—", "—", "—")], "9.60",
         "新建高标准农田1.2万亩，配套完善灌排设施。", [
             Ind("产出指标", "数量指标", "新建高标准农田面积", ("≥", "1.2", "万亩"), (GE, 1.2, "万亩"), "20", "1.25万亩", "20"),
             Ind("产出指标", "数量指标", "新建改造灌排渠道长度", ("≥", "45", "公里"), (GE, 45, "公里"), "10", "47公里", "10"),
             Ind("产出指标", "质量指标", "项目工程验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "项目完工率", ("≥", "95", "%"), (GE, 95, "%"), "10", "90%", "7", "阴雨天气影响施工"),
             Ind("产出指标", "成本指标", "亩均建设成本", ("≤", "1500", "元"), (LE, 1500, "元"), "5", "1498元", "5"),
             Ind("效益指标", "经济效益指标", "亩均粮食增产", ("≥", "50", "公斤"), (GE, 50, "公斤"), "10", "52公斤", "10"),
             Ind("效益指标", "可持续影响指标", "工程管护机制", ("定性", "逐步完善", ""), Q, "10", "已建立", "10"),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", ("≥", "90", "%"), (GE, 90, "%"), "10", "93%", "10"),
         ], "优秀", "优"),
        ("农作物病虫害统防统治", "岳阳市君山区植保植检站",
         [("合计", "240.00", "240.00", "210.00", "87.50%", "10", "8.75"),
          ("财政拨款", "240.00", "240.00", "210.00", "—", "—", "—"),
          ("其他资金", "", "", "", "—", "—", "—")], "8.75",
         "开展水稻病虫害统防统治，减少农药使用量。", [
             Ind("产出指标", "数量指标", "统防统治面积", ("≥", "20", "万亩次"), (GE, 20, "万亩次"), "20", "18.6万亩次", "17",
                 "部分乡镇服务组织不足"),
             Ind("产出指标", "质量指标", "病虫害防治效果", ("≥", "85", "%"), (GE, 85, "%"), "20", "86%", "20"),
             Ind("产出指标", "时效指标", "防治作业及时率", ("≥", "95", "%"), (GE, 95, "%"), "10", "95%", "10"),
             Ind("效益指标", "生态效益指标", "农药利用率", ("≥", "41", "%"), (GE, 41, "%"), "20",
                 "40.2%", "18", "新型药剂推广不足"),
             Ind("满意度指标", "服务对象满意度指标", "种植户满意度", ("≥", "88", "%"), (GE, 88, "%"), "20", "90%", "20"),
         ], "良好", "良"),
    ]
    widths = [46, 58, 80, 92, 56, 56, 56, 62, 34, 40, 120]
    for project, unit_name, money, rate_score, goal, inds, grade_raw, grade in evals:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 4, project), (6, 2, "实施单位"), (8, 3, unit_name))
        rows.add((0, 2, "主管部门"), (2, 4, dept), (6, 2, "项目类型"), (8, 3, "专项业务类"))
        r = rows.n
        rows.put(r, 0, len(money) + 1, 2, "项目资金（万元）")
        heads = ("资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")
        spans = (2, 1, 1, 1, 1, 1, 2)
        for j, line in enumerate([heads, *money]):
            col = 2
            for text, span in zip(line, spans):
                rows.put(r + j, col, 1, span, text)
                col += span
        rows.add((0, 2, "年度总体目标"), (2, 9, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标"))],
                 (3, 1, "三级指标说明"), *[(4 + k, 1, t) for k, t in enumerate(("指标方向", "年度指标值", "计量单位",
                                                                              "实际完成值", "分值", "得分", "未完成原因"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, "按年度计划口径统计"),
                                                (4, 1, i.target[0]), (5, 1, i.target[1]), (6, 1, i.target[2]),
                                                (7, 1, i.actual), (8, 1, i.weight), (9, 1, i.score), (10, 1, i.note)])
        total = _total(rate_score, inds)
        rows.add((0, 8, "总分"), (8, 1, "100"), (9, 1, f"{total:.2f}"), (10, 1, ""))
        rows.add((0, 8, "自评等级"), (8, 3, grade_raw))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"填报单位：{dept}", unit_raw="单位：万元", landscape=True,
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", money[0][2], money[0][3], total, grade)
        doc.gold.project(project, "万元", year=money[0][2], fiscal=money[1][2])
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 韶关


def layout_gd_sg_budget_two_per_page_income_lines(folder: Path, name: str) -> FileGold:
    dept = "韶关市浈江区交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    # (合计, 一般公共预算财政拨款收入, 政府性基金预算财政拨款收入, 上年结转, 中央补助资金, 专项债券资金, 其他资金)
    projects = [
        ("农村公路养护工程", "韶关市浈江区公路事务中心",
         ("230.00", "180.00", "", "30.00", "", "", "20.00"), "180.00",
         "完成辖区农村公路日常养护和危桥改造，保持路况良好。", [
             Ind("产出指标", "数量指标", "农村公路日常养护里程", "不少于420公里", (GE, 420, "公里")),
             Ind("产出指标", "数量指标", "危桥改造座数", "4座", ("=", 4, "座")),
             Ind("产出指标", "质量指标", "优良中等路比例", "不低于85%", (GE, 85, "%")),
             Ind("效益指标", "社会效益指标", "群众出行条件", "明显改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "达到90%", (GE, 90, "%")),
         ]),
        ("城乡客运一体化补贴", "韶关市浈江区交通运输局",
         ("650.00", "", "350.00", "", "", "200.00", "100.00"), "350.00",
         "保障城乡客运班线稳定运行，推进城乡客运一体化。", [
             Ind("产出指标", "数量指标", "城乡客运班线条数", "不少于18条", (GE, 18, "条")),
             Ind("产出指标", "质量指标", "建制村通客车率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "补贴资金发放时限", "不超过30天", (LE, 30, "天")),
             Ind("效益指标", "社会效益指标", "客运安全责任事故", "0起", ("=", 0, "起")),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "不低于88%", (GE, 88, "%")),
         ]),
        ("道路运输安全监管", "韶关市浈江区交通运输综合行政执法大队",
         ("148.00", "96.00", "24.00", "", "28.00", "", ""), "120.00",
         "加强道路运输安全监管执法，遏制较大以上安全事故。", [
             Ind("产出指标", "数量指标", "道路运输企业检查户次", "不少于300户次", (GE, 300, "户次")),
             Ind("产出指标", "质量指标", "安全隐患整改率", "达到100%", (GE, 100, "%")),
             Ind("产出指标", "时效指标", "执法案件办结时限", "不超过60天", (LE, 60, "天")),
             Ind("效益指标", "社会效益指标", "较大以上道路运输安全事故", "0起", ("=", 0, "起")),
             Ind("满意度指标", "服务对象满意度指标", "运输企业满意度", "不低于85%", (GE, 85, "%")),
         ]),
    ]
    front = []
    for p, _, m, fiscal, *_ in projects:
        other = Decimal(m[0]) - Decimal(fiscal)
        front.append((p, m[0], fiscal, f"{other:.2f}"))
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "6,318.75"), ("政府性基金预算拨款收入", "374.00"),
                                    ("上年结转", "30.00")], front, "第四部分  项目支出绩效目标表")
    labels = ("合计", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "上年结转", "中央补助资金",
              "专项债券资金", "其他资金")
    for k, (project, unit_name, money, fiscal, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "实施单位"), (3, 1, unit_name))
        r = rows.n
        printed = [(lab, v) for lab, v in zip(labels, money) if lab == "合计" or v or lab.endswith("收入")]
        rows.put(r, 0, len(printed), 1, "资金来源（万元）")
        for j, (lab, v) in enumerate(printed):
            rows.put(r + j, 1, 1, 2, lab)
            rows.put(r + j, 3, 1, 1, v)
        rows.add((0, 1, "年度绩效目标"), (1, 3, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [95, 120, 170, 110], title="项目支出绩效目标表",
                             editor=f"编制单位：{dept}", unit_raw="单位：万元"), fresh_page=(k % 2 == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=money[0], fiscal=fiscal, carried=money[3] or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 四川 德阳


def layout_sc_dy_dept_wide_funds_composition(folder: Path, name: str) -> FileGold:
    dept = "德阳市旌阳区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门整体支出绩效目标表", dept, year)
    inds = [
        Ind("产出指标", "数量指标", "城乡低保保障人数", "≥9800人", (GE, 9800, "人")),
        Ind("产出指标", "数量指标", "特困人员供养人数", "≥650人", (GE, 650, "人")),
        Ind("产出指标", "数量指标", "社区养老服务站点数", "≥42个", (GE, 42, "个")),
        Ind("产出指标", "质量指标", "低保对象动态管理准确率", "≥98%", (GE, 98, "%")),
        Ind("产出指标", "质量指标", "养老机构消防安全达标率", "100%", ("=", 100, "%")),
        Ind("产出指标", "时效指标", "临时救助审批时限", "≤5个工作日", (LE, 5, "个工作日")),
        Ind("产出指标", "时效指标", "救助资金按月发放率", "100%", ("=", 100, "%")),
        Ind("成本指标", "经济成本指标", "部门公用经费控制率", "≤100%", (LE, 100, "%")),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", Q),
        Ind("效益指标", "社会效益指标", "婚姻登记合格率", "100%", ("=", 100, "%")),
        Ind("效益指标", "可持续影响指标", "社会救助体系", "进一步健全", Q),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (GE, 90, "%")),
        Ind("满意度指标", "服务对象满意度指标", "养老服务对象满意度", "≥88%", (GE, 88, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 2, dept), (3, 1, "填报人"), (4, 1, "李红"))
    r = rows.n
    rows.put(r, 0, 7, 1, "部门总体资金情况（万元）")
    rows.put(r, 1, 1, 2, "总体资金情况")
    rows.put(r, 3, 1, 1, "当年预算")
    rows.put(r, 4, 1, 1, "占比")
    lines = [("收入构成", [("财政拨款", "18,642.50", "97.62%"), ("其他资金", "454.00", "2.38%"),
                          ("合计", "19,096.50", "100.00%")]),
             ("支出构成", [("基本支出", "2,315.80", "12.13%"), ("项目支出", "16,780.70", "87.87%"),
                          ("合计", "19,096.50", "100.00%")])]
    k = r + 1
    for group, items in lines:
        rows.put(k, 1, len(items), 1, group)
        for j, (lab, v, share) in enumerate(items):
            rows.put(k + j, 2, 1, 1, lab)
            rows.put(k + j, 3, 1, 1, v)
            rows.put(k + j, 4, 1, 1, share)
        k += len(items)
    rows.add((0, 1, "部门职能概述"), (1, 4, "贯彻落实民政工作方针政策，负责社会救助、养老服务、儿童福利、婚姻登记和基层社会治理等工作。"))
    rows.add((0, 1, "年度工作任务"), (1, 4, "兜牢困难群众基本生活底线，完善养老服务体系，提升婚姻登记和殡葬服务水平。"))
    rows.add((0, 1, "整体绩效目标"), (1, 4, "社会救助应保尽保，养老服务覆盖面持续扩大，民政服务对象满意度不低于90%。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "绩效标准"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "依据年度工作计划确定")])
    doc.pages.grid(_spec(rows.cells, rows.n, [86, 90, 140, 80, 99], title=f"{year}年部门整体支出绩效目标表",
                         editor="部门公开表12", unit_raw="单位：万元", kind="dept_performance_targets"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林 四平


def layout_jl_sp_three_row_head_weights_total_invest(folder: Path, name: str) -> FileGold:
    dept = "四平市铁西区教育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("义务教育学校校舍改造", "220302250100045", "1,200.00", "400.00", "350.00", "50.00",
         "完成3所学校校舍改造，消除校舍安全隐患，改善办学条件。", [
             Ind("产出指标", "数量指标", "改造学校数量", ("≥", "3", "所"), (GE, 3, "所"), "10"),
             Ind("产出指标", "数量指标", "改造校舍面积", ("≥", "8600", "平方米"), (GE, 8600, "平方米"), "10"),
             Ind("产出指标", "数量指标", "更新课桌椅套数", ("≥", "1200", "套"), (GE, 1200, "套"), "5"),
             Ind("产出指标", "质量指标", "工程验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "10"),
             Ind("产出指标", "质量指标", "校舍安全隐患消除率", ("＝", "100", "%"), ("=", 100, "%"), "10"),
             Ind("产出指标", "时效指标", "暑期工程完工率", ("≥", "90", "%"), (GE, 90, "%"), "5"),
             Ind("成本指标", "经济成本指标", "单位面积改造成本", ("≤", "450", "元/平方米"), (LE, 450, "元/平方米"), "10"),
             Ind("效益指标", "社会效益指标", "学校办学条件", ("定性", "明显改善", ""), Q, "10"),
             Ind("效益指标", "社会效益指标", "校园安全事故发生数", ("＝", "0", "起"), ("=", 0, "起"), "10"),
             Ind("效益指标", "可持续影响指标", "校舍使用年限", ("≥", "30", "年"), (GE, 30, "年"), "10"),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", ("≥", "90", "%"), (GE, 90, "%"), "10"),
         ]),
        ("学前教育普惠补助", "220302250100052", "", "136.00", "136.00", "",
         "扶持普惠性幼儿园发展，提高学前教育普惠率。", [
             Ind("产出指标", "数量指标", "补助普惠性民办幼儿园数", ("≥", "14", "所"), (GE, 14, "所"), "15"),
             Ind("产出指标", "数量指标", "受益幼儿人数", ("≥", "2100", "人"), (GE, 2100, "人"), "15"),
             Ind("产出指标", "质量指标", "普惠性幼儿园年检合格率", ("≥", "95", "%"), (GE, 95, "%"), "10"),
             Ind("产出指标", "时效指标", "补助资金拨付及时率", ("＝", "100", "%"), ("=", 100, "%"), "10"),
             Ind("效益指标", "社会效益指标", "学前教育普惠率", ("≥", "85", "%"), (GE, 85, "%"), "20"),
             Ind("效益指标", "可持续影响指标", "普惠性学前教育保障机制", ("定性", "逐步完善", ""), Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "幼儿家长满意度", ("≥", "90", "%"), (GE, 90, "%"), "15"),
         ]),
    ]
    widths = [62, 66, 113, 36, 50, 60, 58, 50]
    for project, code, total, year_amt, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 3, project), (5, 1, "项目编码"), (6, 2, code))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "项目期限"), (6, 2, "2025年度"))
        r = rows.n
        rows.put(r, 0, 2, 2, "项目资金（万元）")
        rows.put(r, 2, 1, 1, "项目总额")
        rows.put(r, 3, 1, 2, total)
        rows.put(r, 5, 1, 1, "本年度预算")
        rows.put(r, 6, 1, 2, year_amt)
        rows.put(r + 1, 2, 1, 1, "其中：财政拨款")
        rows.put(r + 1, 3, 1, 2, fiscal)
        rows.put(r + 1, 5, 1, 1, "上年结转")
        rows.put(r + 1, 6, 1, 2, carried)
        rows.add((0, 2, "项目概况"), (2, 6, "全区现有义务教育学校46所，部分学校校舍建成于上世纪九十年代，屋面渗漏、墙体开裂、"
                                            "门窗老化等问题较为突出。项目对存在安全隐患的校舍实施维修改造，同步更新课桌椅等教学设施，"
                                            "改善学生学习生活条件。"))
        rows.add((0, 2, "立项依据"), (2, 6, "《义务教育法》《吉林省中小学校舍安全保障长效机制实施办法》及区政府关于改善"
                                            "义务教育薄弱环节和能力提升的工作部署，经区教育局党组会议研究确定。"))
        rows.add((0, 2, "实施内容"), (2, 6, "对铁西区第三中学、英雄街小学、北门小学三所学校实施屋面防水、外墙保温、"
                                            "门窗更换及室内墙地面维修，同步改造教室照明和消防设施，更新课桌椅1200套；"
                                            "工程采用公开招标方式确定施工单位，利用暑期集中施工，开学前完成竣工验收，"
                                            "项目实施期间由区教育局会同区住建局开展质量安全巡查，确保工程质量和师生安全。"))
        rows.add((0, 2, "年度绩效目标"), (2, 6, goal))
        h = rows.n
        rows.put(h, 0, 1, 8, "年度绩效指标")
        rows.put(h + 1, 0, 2, 1, "一级指标")
        rows.put(h + 1, 1, 2, 1, "二级指标")
        rows.put(h + 1, 2, 2, 1, "三级指标")
        rows.put(h + 1, 3, 1, 3, "指标值")
        rows.put(h + 1, 6, 2, 1, "指标解释")
        rows.put(h + 1, 7, 2, 1, "权重（%）")
        rows.put(h + 2, 3, 1, 1, "比较")
        rows.put(h + 2, 4, 1, 1, "数值")
        rows.put(h + 2, 5, 1, 1, "单位")
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, "按年度工作计划和行业标准设定"),
                                                (7, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"预算单位：{dept}",
                             unit_raw="单位：万元"), repeat=(h, 3), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, total=total or None, year=year_amt, fiscal=fiscal,
                         carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 云南 曲靖


def layout_yn_qj_small_forms_labels_above_yuan(folder: Path, name: str) -> FileGold:
    dept = "曲靖市麒麟区住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("城镇老旧小区改造配套", ("5,000,000.00", "1,200,000.00", "3,800,000.00", ""),
         "完成老旧小区配套设施改造，改善居民居住条件。", [
             Ind(None, "数量指标", "改造老旧小区个数", "≥12个", (GE, 12, "个")),
             Ind(None, "质量指标", "改造工程验收合格率", "100%", ("=", 100, "%")),
             Ind(None, "时效指标", "改造项目开工率", "≥95%", (GE, 95, "%")),
             Ind(None, "社会效益指标", "小区居住环境", "明显改善", Q),
             Ind(None, "服务对象满意度指标", "小区居民满意度", "≥90%", (GE, 90, "%")),
         ]),
        ("建筑工地扬尘治理", ("680,000.00", "680,000.00", "", ""),
         "加强建筑工地扬尘在线监测和执法检查，改善城市空气质量。", [
             Ind(None, "数量指标", "在线监测工地数", "≥85个", (GE, 85, "个")),
             Ind(None, "数量指标", "扬尘专项检查次数", "≥24次", (GE, 24, "次")),
             Ind(None, "质量指标", "工地扬尘防治措施落实率", "90%-95%", ("range", 90, "%", 95)),
             Ind(None, "生态效益指标", "城市空气质量优良天数比例", "≥97%", (GE, 97, "%")),
         ]),
        ("住房保障租赁补贴", ("1,350,000.00", "1,150,000.00", "", "200,000.00"),
         "向城镇住房困难家庭发放租赁补贴，保障基本住房需求。", [
             Ind(None, "数量指标", "发放租赁补贴户数", "≥900户", (GE, 900, "户")),
             Ind(None, "质量指标", "补贴对象资格审核准确率", "100%", ("=", 100, "%")),
             Ind(None, "时效指标", "补贴按季发放率", "100%", ("=", 100, "%")),
             Ind(None, "社会效益指标", "城镇住房困难家庭保障水平", "稳步提升", Q),
             Ind(None, "服务对象满意度指标", "保障对象满意度", "≥90%", (GE, 90, "%")),
         ]),
    ]
    for k, (project, money, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "年度预算数"), (1, 1, "财政拨款"), (2, 1, "专项债券资金"), (3, 1, "其他资金"))
        rows.add(*[(j, 1, v) for j, v in enumerate(money)])
        rows.add((0, 1, "年度目标"), (1, 3, goal))
        rows.add((0, 1, "二级指标"), (1, 2, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 2, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [120, 130, 120, 120], title=f"{project}绩效目标表",
                             editor=f"单位：{dept}", unit_raw="单位：元"), fresh_page=(k == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=money[0], fiscal=money[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 九江


def layout_jx_jj_accounts_self_evals_money_pairs(folder: Path, name: str) -> FileGold:
    dept = "九江市濂溪区文化广电新闻出版旅游局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(f"{dept}{year}年度部门决算", 20)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "2,836.42"), ("二、事业收入", "118.00")],
                    [("一、文化旅游体育与传媒支出", "2,703.92"), ("二、社会保障和就业支出", "250.50")])
    evals = [
        ("公共文化服务体系建设", ("150.00", "160.00", "152.00", "150.00", "160.00", "152.00", "95.00%", "9.50"),
         "免费开放图书馆、文化馆、乡镇综合文化站，开展群众文化活动。", [
             Ind("产出指标（50分）", "数量指标", "开展群众文化活动场次", "≥120场", (GE, 120, "场"), "15", "126场", "15"),
             Ind("产出指标（50分）", "数量指标", "送戏下乡场次", "≥60场", (GE, 60, "场"), "10", "60场", "10"),
             Ind("产出指标（50分）", "质量指标", "乡镇综合文化站免费开放率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标（50分）", "时效指标", "活动按计划完成率", "≥95%", (GE, 95, "%"), "10", "96%", "10"),
             Ind("效益指标（30分）", "社会效益指标", "公共文化设施年服务人次", "≥35万人次", (GE, 35, "万人次"), "20",
                 "33.8万人次", "18", "场馆改造期间闭馆两个月"),
             Ind("效益指标（30分）", "可持续影响指标", "公共文化服务长效运行机制", "基本建立", Q, "10", "基本建立", "10"),
             Ind("满意度指标（10分）", "服务对象满意度指标", "群众满意度", "≥90%", (GE, 90, "%"), "10", "94%", "10"),
         ], "良"),
        ("A级旅游景区创建奖补", ("80.00", "80.00", "80.00", "80.00", "80.00", "80.00", "100.00%", "10.00"),
         "支持景区提质升级，创建国家A级旅游景区。", [
             Ind("产出指标（50分）", "数量指标", "新创建A级旅游景区数", "≥2个", (GE, 2, "个"), "20", "2个", "20"),
             Ind("产出指标（50分）", "质量指标", "奖补资金使用合规率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标（50分）", "时效指标", "奖补资金兑付时间", "2024年10月底前", (None, None, None), "15",
                 "2024年10月25日", "15"),
             Ind("效益指标（30分）", "经济效益指标", "景区年接待游客增长率", "≥8%", (GE, 8, "%"), "20", "11.2%", "20"),
             Ind("效益指标（30分）", "可持续影响指标", "全域旅游发展水平", "持续提升", Q, "10", "持续提升", "10"),
             Ind("满意度指标（10分）", "服务对象满意度指标", "游客满意度", "≥90%", (GE, 90, "%"), "10", "92%", "10"),
         ], "优"),
    ]
    widths = [60, 70, 96, 60, 60, 36, 36, 77]
    for project, m, goal, inds, grade in evals:
        initial, budget, executed, f_initial, f_budget, f_executed, rate, rate_score = m
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 1, "本级"))
        rows.add((0, 2, "年初预算数（万元）"), (2, 1, initial), (3, 2, "其中：财政拨款"), (5, 3, f_initial))
        rows.add((0, 2, "全年预算数（万元）"), (2, 1, budget), (3, 2, "其中：财政拨款"), (5, 3, f_budget))
        rows.add((0, 2, "全年执行数（万元）"), (2, 1, executed), (3, 2, "其中：财政拨款"), (5, 3, f_executed))
        rows.add((0, 2, "预算执行率"), (2, 1, rate), (3, 2, "执行率得分（10分）"), (5, 3, rate_score))
        rows.add((0, 2, "年度总体目标"), (2, 6, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        total = _total(rate_score, inds)
        rows.add((0, 2, "总分"), (2, 1, f"{total:.2f}"), (3, 2, "自评等级"), (5, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             unit_raw="", kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget, fiscal=f_budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 浙江 台州


def layout_zj_tz_targets_words_money_in_cells(folder: Path, name: str) -> FileGold:
    dept = "台州市黄岩区市场监督管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("食品安全抽检监测", "台州市黄岩区食品药品检验中心", "86.00", "86.00", "",
         "完成年度食品安全抽检监测任务，及时发现和处置食品安全风险。", [
             Ind("产出指标", "数量指标", "食品安全抽检批次", "不少于1800批次", (GE, 1800, "批次"), note="按省定千人抽检量"),
             Ind("产出指标", "数量指标", "农贸市场快检覆盖数", "大于30个", (">", 30, "个"), note="辖区农贸市场"),
             Ind("产出指标", "质量指标", "不合格食品核查处置率", "达到100%", (GE, 100, "%"), note="核查处置数/不合格批次"),
             Ind("产出指标", "时效指标", "抽检任务完成时间", "2025年10月底前完成", (None, None, None), note="按年度计划"),
             Ind("产出指标", "成本指标", "每批次抽检平均费用", "不高于450元", (LE, 450, "元"), note="合同单价"),
             Ind("效益指标", "社会效益指标", "食品安全状况", "持续向好", Q, note="年度评价"),
             Ind("满意度指标", "服务对象满意度指标", "公众食品安全满意度", "不低于85%", (GE, 85, "%"), note="第三方测评"),
         ]),
        ("特种设备安全监察", "台州市黄岩区市场监督管理局", "52.40", "42.40", "10.00",
         "加强特种设备安全监察，防范特种设备安全事故。", [
             Ind("产出指标", "数量指标", "特种设备监督检查台次", "不少于1500台次", (GE, 1500, "台次"), note="年度检查计划"),
             Ind("产出指标", "质量指标", "电梯定期检验率", "98%-100%", ("range", 98, "%", 100), note="检验台数/在用台数"),
             Ind("产出指标", "时效指标", "电梯困人救援到达时间", "不高于30分钟", (LE, 30, "分钟"), note="96333平台"),
             Ind("效益指标", "社会效益指标", "特种设备万台死亡率", "小于0.1", ("<", 0.1, None), note="省考核口径"),
             Ind("效益指标", "可持续影响指标", "隐患排查治理工作", "按期完成", Q, note="专项整治"),
             Ind("满意度指标", "服务对象满意度指标", "使用单位满意度", "不低于90%", (GE, 90, "%"), note="抽样调查"),
         ]),
    ]
    for project, unit_name, year_amt, fiscal, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "实施单位"), (4, 2, unit_name))
        rows.add((0, 1, "项目资金（万元）"), (1, 2, f"年度资金总额：{year_amt}"), (3, 2, f"其中：财政拨款：{fiscal}"),
                 (5, 1, f"其他资金：{other or '—'}"))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, [72, 88, 80, 80, 88, 87], title=f"{year}年项目支出绩效目标表",
                             editor=f"主管部门：{dept}", unit_raw=""), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 遵义


def layout_gz_zy_budget_dept_wide_tasks_then_project(folder: Path, name: str) -> FileGold:
    dept = "遵义市湄潭县林业局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "3,126.80"), ("中央补助收入", "420.00")],
                  [("森林防火专项经费", "210.00", "160.00", "50.00")], "第四部分  预算绩效目标表")
    dinds = [
        Ind("产出指标", "数量指标", "森林资源管护面积", "≥120万亩", (GE, 120, "万亩"), "15"),
        Ind("产出指标", "数量指标", "新造林面积", "≥5000亩", (GE, 5000, "亩"), "10"),
        Ind("产出指标", "质量指标", "造林成活率", "≥85%", (GE, 85, "%"), "10"),
        Ind("产出指标", "时效指标", "林业有害生物监测报告及时率", "100%", ("=", 100, "%"), "10"),
        Ind("效益指标", "生态效益指标", "森林覆盖率", "≥70%", (GE, 70, "%"), "20"),
        Ind("效益指标", "经济效益指标", "林下经济产值", "≥8亿元", (GE, 8, "亿元"), "10"),
        Ind("效益指标", "可持续影响指标", "林长制责任体系", "全面落实", Q, "15"),
        Ind("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", (GE, 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    tasks = [("森林资源保护", "森林管护、公益林补偿", "1,860.00", "1,520.00"),
             ("国土绿化", "植树造林、退化林修复", "640.00", "400.00"),
             ("森林防火", "防火巡护和物资储备", "210.00", "160.00")]
    rows.put(r, 0, len(tasks) + 2, 1, "年度主要任务")
    for j, h in enumerate(("任务名称", "主要内容", "资金总额", "其中：财政拨款")):
        rows.put(r, 1 + j + (1 if j > 1 else 0), 1, 2 if j == 1 else 1, h)
    for k, (task, content, amount, fiscal) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 1, task)
        rows.put(r + k, 2, 1, 2, content)
        rows.put(r + k, 4, 1, 1, amount)
        rows.put(r + k, 5, 1, 1, fiscal)
    k = len(tasks) + 1
    rows.put(r + k, 1, 1, 3, "合计")
    rows.put(r + k, 4, 1, 1, "2,710.00")
    rows.put(r + k, 5, 1, 1, "2,080.00")
    rows.add((0, 1, "年度总体目标"), (1, 5, "巩固森林资源保护成果，推进国土绿化，守住森林防火安全底线。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重"))
    _grid_rows(rows, dinds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 90, 105, 70, 80, 70], title=f"{year}年部门整体支出绩效目标表",
                         editor=f"编制单位：{dept}", unit_raw="单位：万元", kind="dept_performance_targets"),
                   fresh_page=True)
    for ind in dinds:
        doc.gold.indicators.append(_gold_ind(None, ind))

    project = "森林防火专项经费"
    pinds = [
        Ind("产出指标", "数量指标", "专职扑火队伍人数", "≥80人", (GE, 80, "人")),
        Ind("产出指标", "数量指标", "防火巡护天数", "≥200天", (GE, 200, "天")),
        Ind("产出指标", "质量指标", "森林火灾受害率", "≤0.9‰", (LE, 0.9, "‰")),
        Ind("产出指标", "时效指标", "火情处置响应时间", "≤30分钟", (LE, 30, "分钟")),
        Ind("效益指标", "社会效益指标", "重特大森林火灾", "0起", ("=", 0, "起")),
        Ind("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", (GE, 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "实施单位"), (5, 1, "湄潭县森林防火中心"))
    r = rows.n
    sources = [("资金总额", "210.00"), ("一般公共预算财政拨款收入", "160.00"), ("中央补助资金", "50.00")]
    rows.put(r, 0, len(sources), 1, "资金来源（万元）")
    for j, (lab, v) in enumerate(sources):
        rows.put(r + j, 1, 1, 3, lab)
        rows.put(r + j, 4, 1, 2, v)
    rows.add((0, 1, "年度绩效目标"), (1, 5, "落实森林防火责任，强化巡护和扑救能力，森林火灾受害率控制在0.9‰以内。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
    _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 90, 105, 70, 80, 70], title=f"{year}年项目支出绩效目标表",
                         editor=f"编制单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
    for ind in pinds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.project(project, "万元", year="210.00", fiscal="160.00")
    return doc.save(folder)


BLIND23: dict[str, Builder] = {
    "sx_cz_budget_fund_use_spend_plan": layout_sx_cz_budget_fund_use_spend_plan,
    "hub_jm_budget_unit_list_total_goal": layout_hub_jm_budget_unit_list_total_goal,
    "ha_xy_accounts_dept_then_project_self_evals": layout_ha_xy_accounts_dept_then_project_self_evals,
    "hun_yy_self_eval_landscape_split_target": layout_hun_yy_self_eval_landscape_split_target,
    "gd_sg_budget_two_per_page_income_lines": layout_gd_sg_budget_two_per_page_income_lines,
    "sc_dy_dept_wide_funds_composition": layout_sc_dy_dept_wide_funds_composition,
    "jl_sp_three_row_head_weights_total_invest": layout_jl_sp_three_row_head_weights_total_invest,
    "yn_qj_small_forms_labels_above_yuan": layout_yn_qj_small_forms_labels_above_yuan,
    "jx_jj_accounts_self_evals_money_pairs": layout_jx_jj_accounts_self_evals_money_pairs,
    "zj_tz_targets_words_money_in_cells": layout_zj_tz_targets_words_money_in_cells,
    "gz_zy_budget_dept_wide_tasks_then_project": layout_gz_zy_budget_dept_wide_tasks_then_project,
}
SETS: dict[str, dict[str, Builder]] = {"blind23": BLIND23}


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
    """Write every layout of ``which`` ("blind23") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
