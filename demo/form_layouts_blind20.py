"""BLIND20 performance forms: eleven layouts as a county of 承德 (河北), a town of 大同 (山西), the
city of 连云港 (江苏), a county of 丽水 (浙江), the city of 南平 (福建), a district of 上饶 (江西), a
town of 湛江 (广东), the city of 桂林 (广西), a county of 遵义 (贵州), a district of 白银 (甘肃) and a
town of 齐齐哈尔 (黑龙江) print their 项目支出绩效目标表, 部门整体支出绩效目标表, 项目支出绩效自评表 and
部门整体支出绩效自评表 for 2024 and 2025, written by an author who had read neither the form
reader nor the earlier blind sets (only the gold helpers and page composer of ``form_layouts``,
the gold conventions of BLIND9's docstring and the real disclosures). Each layout writes one
PDF and its gold in the format of ``form_layouts.write_set``; the gold is written by hand with
``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

heb_cd_county_budget_fiscal_source_lines  河北 承德 县 部门预算 (2025): budget tables, then one
        项目支出绩效目标表 per project with a 资金来源（万元） label merged down over label | value
        lines 合计 | 一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 专项债券资金 |
        中央补助资金 | 其他资金; grid 一级 | 二级 | 三级 | 指标值 with 达到 / 不少于 / ≥ targets.
        year = 合计; fiscal = the sum of the …财政拨款收入 lines that print an amount (专项债券,
        中央补助 never); a project printing no 财政拨款收入 amount has no fiscal.
sx_dt_town_stacked_forms_heads_above  山西 大同 镇 (2025): three short forms down the pages,
        money heads above their amounts (项目资金总额 | 其中：财政资金 | 上年结转 | 其他资金), no
        一级 column (二级 | 三级 | 指标值). year = 项目资金总额, fiscal = 财政资金, carried =
        上年结转 (0.00 is no amount).
js_lyg_city_landscape_list_sign_value_unit  江苏 连云港 市直 (2025): landscape list 序号 | 项目名称 |
        项目金额（万元） | 一级 | 二级 | 三级 | 符号 | 指标值 | 单位 | 权重（%）, project and level
        cells merged, header repeated over the pages. year = 项目金额.
zj_ls_county_accounts_self_evals_direction_split  浙江 丽水 县 部门决算 (2024): accounts tables, then
        two landscape 项目支出绩效自评表: a money table (资金类别 | 年初预算数 | 全年预算数 | 全年执行数
        | 执行率 | 分值 | 得分 over 年度资金总额 / 其中：财政资金 / 其他资金), grid target split
        指标方向 | 年度指标值 | 计量单位, then 实际完成值 | 分值 | 得分 | 偏差原因, 总分, 自评等级.
fj_np_budget_dept_wide_weighted_source_lines  福建 南平 市直 部门预算 (2025) ending with a
        部门整体支出绩效目标表: 部门预算资金（万元） label | value lines, 年度主要任务 with amounts,
        grid with 分值 (100). No project.
jx_sr_district_accounts_dept_then_project_yuan  江西 上饶 区 部门决算 (2024): accounts tables, a
        部门整体支出绩效自评表 in 元 with separators (money heads 年初预算数 … 得分), then a
        项目支出绩效自评表 in 元 whose money is label | value pairs (全年预算数（元） | 全年执行数（元）
        | 执行率 | 得分); grades printed 优秀 / 良好 read 优 / 良.
gd_zj_town_long_form_break_no_repeat  广东 湛江 镇 (2025): one long 项目支出绩效目标表 running over a
        page break with no repeated header, merged 一级 / 二级 cells cut by the break; money as
        label | value pairs 项目总金额（实施期） = total, 年度金额 = year, 其中：财政资金 = fiscal.
gx_gl_city_budget_three_row_money_heads  广西 桂林 市直 部门预算 (2025): budget tables, then forms
        whose money heads take three rows (项目资金（万元） over 合计 | 财政拨款 (over 小计 |
        一般公共预算 | 政府性基金) | 上年结转 | 其他资金), one amounts row; grid levels repeated on
        every row (not merged), 权重. year = 合计, fiscal = 财政拨款 小计, carried = 上年结转.
gz_zy_county_self_evals_weight_before_target  贵州 遵义 县 (2024): two 项目支出绩效自评表 one after
        another on the pages; money as label | value pairs 年度预算数（万元） | 实际支出数（万元） |
        预算执行率, then 执行率分值 | 执行率得分; grid 一级 | 二级 | 三级 | 分值 | 年度目标值 | 实际完成值
        | 得分 | 未完成原因; 总分 and 评价等级 (良好 → 良). budget = 年度预算数, executed = 实际支出数;
        the project's year = 年度预算数, no fiscal.
gs_by_district_budget_landscape_level1_repeated  甘肃 白银 区 部门预算 (2025): budget tables, then
        landscape forms with 一级 printed on every row and 二级 merged; targets in words (不少于 /
        不高于 / 达到 / 不超过); money pairs in one row 年度预算金额 | 其中：财政资金 | 其他资金.
hlj_qqhr_township_two_row_grid_head_way_value_unit  黑龙江 齐齐哈尔 镇 (2025): two forms on one page,
        grid header in two rows (绩效指标 over 一级 | 二级 | 三级, 目标值 over 比较方式 | 数值 | 单位),
        money rows 资金总额 | 其中：财政资金 | 上年结转资金 (0.00 is no amount).

Gold conventions (BLIND9's, with this set's rulings):

- target_raw is the 年度 value as printed; split columns are joined in reading order with no
  separator ("≥95%", "达到100%"); an empty unit cell adds nothing.
- ≥ / 不低于 / 不少于 / 达到 read ">="; ≤ / 不高于 / 不超过 read "<="; ＞ / 大于 read ">"; ＜ / 小于
  read "<"; ＝ / = / 等于 and a bare figure read "="; a state is qualitative (定性 printed in a
  比较方式 column joins the target: "定性稳步提升"); a deadline ("2025年11月底前") stays raw with
  no comparator.
- Money: the figure named 合计 / 项目资金总额 / 年度金额 / 项目金额 / 年度预算金额 of a single-period form
  is ``year`` (the 项目支出预算表 before 河北's forms prints the same 合计 and 财政拨款 per project);
  项目总金额（实施期） is ``total``; ``fiscal`` is 财政拨款 / 财政资金 as printed, or, where a
  source list prints lines named …财政拨款收入, the sum of those lines printing an amount (sources
  not named 财政拨款 — 一般公共预算 alone, 专项债券, 中央补助 — are never summed into it); ``carried``
  is 上年结转 where it prints an amount other than 0.00. A 部门整体 form's money is not a project's.
- Self evaluations: budget = 全年预算数 of the 年度资金总额 row (or 年度预算数 where only that is
  printed), executed = 全年执行数 (or 实际支出数); score = the printed 总分; grade as printed, the
  words 优秀 / 良好 read 优 / 良. A project self evaluation gives the project's money (year =
  the budget, fiscal = the 财政资金 / 财政拨款 row's 全年预算数 where that row is printed).
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


def _front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]], spending: list[tuple[str, str]],
           heading: str = "第三部分  预算绩效情况", more: tuple[TableSpec, ...] = ()) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支总表, a 一般公共预算支出表, the heading."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  预算绩效情况",
                                   "第四部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职责。{dept}负责本行政区域内相关行业的规划、管理和服务工作。",
        f"二、{year}年重点工作。围绕年度目标，统筹资金保障重点任务，严格落实过紧日子要求。",
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
                              f"编制部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    body = [plain_row([k, v, v, "0.00"]) for k, v in spending]
    body.append(plain_row(["合计", f"{total_out:,.2f}", f"{total_out:,.2f}", "0.00"]))
    doc.pages.table(TableSpec("一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [200, 100, 100, 100],
                              [(0, 0, 2, 1, "功能分类科目"), (0, 1, 2, 1, "合计"), (0, 2, 1, 2, "其中"),
                               (1, 2, 1, 1, "基本支出"), (1, 3, 1, 1, "项目支出")], 2, body, ["l", "r", "r", "r"]))
    for spec in more:
        doc.pages.table(spec)
    doc.pages.text_page(heading, [f"按照预算绩效管理要求，{dept}{year}年预算项目均编制了绩效目标，现公开如下。"])


def _self_total(budget: str, executed: str, inds: list[Ind]) -> tuple[str, float]:
    """The printed 执行率得分 and the 总分 (execution score plus the indicators' scores)."""
    rate = Decimal(executed.replace(",", "")) / Decimal(budget.replace(",", ""))
    rate_score = min(Decimal(10), rate * 10)
    total = float(rate_score) + sum(float(i.score) for i in inds)
    return f"{rate_score:.2f}", round(total, 2)


def _rate(budget: str, executed: str) -> str:
    return f"{Decimal(executed.replace(',', '')) / Decimal(budget.replace(',', '')) * 100:.2f}%"


# --------------------------------------------------------------------------- 河北 承德 县


def layout_heb_cd_county_budget_fiscal_source_lines(folder: Path, name: str) -> FileGold:
    dept = "隆化县农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    projects = [
        ("高标准农田建设项目", "130825250000011", "隆化县农田建设服务中心",
         [("合计", "460.00"), ("一般公共预算财政拨款收入", "280.00"), ("政府性基金预算财政拨款收入", "60.00"),
          ("专项债券资金", "120.00"), ("中央补助资金", ""), ("其他资金", "0.00")], "340.00",
         "新建高标准农田1.2万亩，提升耕地质量和粮食综合生产能力。", [
             Ind("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", (">=", 1.2, "万亩")),
             Ind("产出指标", "质量指标", "工程验收合格率", "达到100%", (">=", 100, "%")),
             Ind("产出指标", "时效指标", "项目完工时间", "2025年11月底前", (None, None, None)),
             Ind("产出指标", "成本指标", "亩均建设成本", "≤3000元", ("<=", 3000, "元")),
             Ind("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥50公斤", (">=", 50, "公斤")),
             Ind("效益指标", "可持续影响指标", "工程设施使用年限", "不少于15年", (">=", 15, "年")),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农村人居环境整治经费", "130825250000027", "隆化县农业农村局",
         [("合计", "85.00"), ("一般公共预算财政拨款收入", "85.00"), ("政府性基金预算财政拨款收入", ""),
          ("专项债券资金", ""), ("中央补助资金", ""), ("其他资金", "")], "85.00",
         "完成农村户厕问题摸排整改，村庄清洁行动常态化开展。", [
             Ind("产出指标", "数量指标", "户厕问题整改户数", "不少于1500户", (">=", 1500, "户")),
             Ind("产出指标", "数量指标", "村庄清洁行动覆盖行政村", "达到256个", (">=", 256, "个")),
             Ind("产出指标", "质量指标", "整改户厕验收合格率", "≥95%", (">=", 95, "%")),
             Ind("效益指标", "生态效益指标", "农村生活垃圾治理率", "≥98%", (">=", 98, "%")),
             Ind("效益指标", "社会效益指标", "村容村貌", "明显改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥92%", (">=", 92, "%")),
         ]),
        ("动物疫病防控补助", "130825250000035", "隆化县动物疫病预防控制中心",
         [("合计", "210.00"), ("一般公共预算财政拨款收入", ""), ("政府性基金预算财政拨款收入", ""),
          ("专项债券资金", ""), ("中央补助资金", "150.00"), ("其他资金", "60.00")], None,
         "完成重大动物疫病强制免疫，免疫密度保持在90%以上。", [
             Ind("产出指标", "数量指标", "强制免疫畜禽数量", "≥260万头（只）", (">=", 260, "万头(只)")),
             Ind("产出指标", "质量指标", "免疫抗体合格率", "≥70%", (">=", 70, "%")),
             Ind("产出指标", "时效指标", "春秋两季集中免疫完成率", "达到100%", (">=", 100, "%")),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "0次", ("=", 0, "次")),
             Ind("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    # the 项目支出预算表 before the forms prints each project's 财政拨款 (the forms list the sources)
    body = [plain_row([p[0], s[0][1], p[4] or "", s[3][1], s[4][1], s[5][1]]) for p in projects for s in [p[3]]]
    listing = TableSpec("项目支出预算表", "project_expenditure", "单位：万元", "wan_yuan", f"编制部门：{dept}",
                        [150, 70, 70, 70, 70, 70], [(0, c, 1, 1, t) for c, t in enumerate(
                            ("项目名称", "合计", "财政拨款", "专项债券资金", "中央补助资金", "其他资金"))], 1, body,
                        ["l", "r", "r", "r", "r", "r"])
    _front(doc, dept, year, [("一般公共预算财政拨款收入", "3,420.60"), ("政府性基金预算财政拨款收入", "60.00")],
           [("农林水支出", "3,180.60"), ("社会保障和就业支出", "300.00")], more=(listing,))
    widths = [64, 100, 136, 195]
    for project, code, unit_name, sources, fiscal, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "项目编码"), (1, 1, code), (2, 1, "实施单位"), (3, 1, unit_name))
        rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "项目期限"), (3, 1, "2025年1月—2025年12月"))
        r = rows.n
        rows.put(r, 0, len(sources), 1, "资金来源（万元）")
        for k, (label, value) in enumerate(sources):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 1, value)
        rows.add((0, 1, "年度绩效目标"), (1, 3, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"部门名称：{dept}", unit_raw="金额单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=sources[0][1], fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 大同 镇


def layout_sx_dt_town_stacked_forms_heads_above(folder: Path, name: str) -> FileGold:
    dept = "大同市云州区西坪镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("乡村道路日常养护", "126.50", "126.50", "0.00", "0.00", [
            Ind(None, "数量指标", "养护乡村道路里程", "≥48公里", (">=", 48, "公里")),
            Ind(None, "质量指标", "路面优良率", "≥85%", (">=", 85, "%")),
            Ind(None, "时效指标", "路面病害处置时限", "≤7天", ("<=", 7, "天")),
            Ind(None, "社会效益指标", "群众出行条件", "明显改善", Q),
            Ind(None, "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("黄花产业扶持资金", "300.00", "240.00", "60.00", "0.00", [
            Ind(None, "数量指标", "新增黄花种植面积", "≥800亩", (">=", 800, "亩")),
            Ind(None, "数量指标", "扶持种植户数", "≥320户", (">=", 320, "户")),
            Ind(None, "质量指标", "种苗成活率", "≥90%", (">=", 90, "%")),
            Ind(None, "经济效益指标", "带动户均增收", "≥2000元", (">=", 2000, "元")),
            Ind(None, "服务对象满意度指标", "种植户满意度", "≥95%", (">=", 95, "%")),
        ]),
        ("便民服务中心运行经费", "38.00", "30.00", "0.00", "8.00", [
            Ind(None, "数量指标", "受理便民服务事项", "≥5000件", (">=", 5000, "件")),
            Ind(None, "质量指标", "办件按时办结率", "100%", ("=", 100, "%")),
            Ind(None, "社会效益指标", "群众办事便利度", "有效提高", Q),
            Ind(None, "服务对象满意度指标", "办事群众满意度", "≥95%", (">=", 95, "%")),
        ]),
    ]
    widths = [120, 100, 95, 90, 90]
    for k, (project, total, fiscal, carried, other, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "项目资金总额"), (1, 1, "其中：财政资金"), (2, 1, "上年结转"), (3, 1, "其他资金"),
                 (4, 1, "项目期限"))
        rows.add((0, 1, total), (1, 1, fiscal), (2, 1, carried), (3, 1, other), (4, 1, "1年"))
        rows.add((0, 1, "二级指标"), (1, 2, "三级指标"), (3, 2, "指标值"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 2, i.name), (3, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表（{k + 1}）",
                             unit_raw="单位：万元"), fresh_page=(k == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal,
                         carried=carried if carried != "0.00" else None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 连云港 市直


def layout_js_lyg_city_landscape_list_sign_value_unit(folder: Path, name: str) -> FileGold:
    dept = "连云港市城市管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("市区环卫保洁作业经费", "4,860.00", [
            Ind("产出指标", "数量指标", "道路机械化清扫面积", ("≥", "1850", "万平方米"), (">=", 1850, "万平方米"), "15"),
            Ind("产出指标", "数量指标", "公厕保洁座数", ("≥", "420", "座"), (">=", 420, "座"), "10"),
            Ind("产出指标", "质量指标", "道路保洁考核合格率", ("≥", "95", "%"), (">=", 95, "%"), "15"),
            Ind("产出指标", "时效指标", "生活垃圾日产日清率", ("＝", "100", "%"), ("=", 100, "%"), "10"),
            Ind("成本指标", "经济成本指标", "每平方米年保洁成本", ("≤", "2.6", "元"), ("<=", 2.6, "元"), "10"),
            Ind("效益指标", "社会效益指标", "市容环境卫生水平", ("", "持续提升", ""), Q, "20"),
            Ind("效益指标", "生态效益指标", "道路扬尘污染", ("", "有效控制", ""), Q, "10"),
            Ind("满意度指标", "服务对象满意度指标", "市民满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
        ]),
        ("城市照明设施维护", "720.00", [
            Ind("产出指标", "数量指标", "维护路灯数量", ("≥", "52000", "盏"), (">=", 52000, "盏"), "20"),
            Ind("产出指标", "质量指标", "主次干道亮灯率", ("≥", "98", "%"), (">=", 98, "%"), "15"),
            Ind("产出指标", "时效指标", "故障修复时限", ("≤", "24", "小时"), ("<=", 24, "小时"), "15"),
            Ind("成本指标", "经济成本指标", "单灯年维护成本", ("≤", "138", "元"), ("<=", 138, "元"), "10"),
            Ind("效益指标", "社会效益指标", "夜间出行安全", ("", "有效保障", ""), Q, "20"),
            Ind("效益指标", "生态效益指标", "年节约用电量", ("＞", "60", "万千瓦时"), (">", 60, "万千瓦时"), "10"),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", ("≥", "88", "%"), (">=", 88, "%"), "10"),
        ]),
        ("数字城管平台运维", "265.40", [
            Ind("产出指标", "数量指标", "视频监控点位维护数", ("≥", "1600", "个"), (">=", 1600, "个"), "20"),
            Ind("产出指标", "质量指标", "案件结案率", ("≥", "96", "%"), (">=", 96, "%"), "20"),
            Ind("产出指标", "时效指标", "系统故障响应时间", ("＜", "2", "小时"), ("<", 2, "小时"), "10"),
            Ind("效益指标", "社会效益指标", "城市精细化管理水平", ("", "进一步提高", ""), Q, "30"),
            Ind("满意度指标", "服务对象满意度指标", "使用单位满意度", ("≥", "90", "%"), (">=", 90, "%"), "20"),
        ]),
    ]
    widths = [30, 110, 70, 70, 95, 150, 36, 50, 62, 50]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "项目名称", "项目金额（万元）", "一级指标", "二级指标", "三级指标",
                                                 "符号", "指标值", "单位", "权重（%）"))])
    for n, (project, amount, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 3, 4, lambda i: [(5, 1, i.name), (6, 1, i.target[0]), (7, 1, i.target[1]),
                                                (8, 1, i.target[2]), (9, 1, i.weight)])
        rows.put(r0, 0, len(inds), 1, str(n))
        rows.put(r0, 1, len(inds), 1, project)
        rows.put(r0, 2, len(inds), 1, amount)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=amount)
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年连云港市市级项目支出绩效目标表",
                         editor=f"部门：{dept}", landscape=True), repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 浙江 丽水 县


def _zj_self_eval(doc: FormDoc, project: str, dept: str, unit_name: str, money: tuple[str, str, str, str, str],
                  inds: list[Ind], grade: str, grade_printed: str) -> None:
    initial, budget, executed, fiscal, fiscal_exec = money
    rate_score, total = _self_total(budget, executed, inds)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 4, project), (6, 2, "实施单位"), (8, 3, unit_name))
    rows.add((0, 2, "资金类别"), (2, 2, "年初预算数"), (4, 2, "全年预算数"), (6, 1, "全年执行数"),
             (7, 1, "执行率"), (8, 1, "分值"), (9, 2, "得分"))
    d = {k: Decimal(v.replace(",", "")) for k, v in
         (("budget", budget), ("fiscal", fiscal), ("executed", executed), ("fiscal_exec", fiscal_exec),
          ("initial", initial))}
    fiscal_initial = min(d["initial"], d["fiscal"])
    other = f"{d['budget'] - d['fiscal']:,.2f}"
    other_exec = f"{d['executed'] - d['fiscal_exec']:,.2f}"
    for label, a, b, c, rate, weight, score in (
            ("年度资金总额", initial, budget, executed, _rate(budget, executed), "10", rate_score),
            ("其中：财政资金", f"{fiscal_initial:,.2f}", fiscal, fiscal_exec, "—", "—", "—"),
            ("其他资金", f"{d['initial'] - fiscal_initial:,.2f}", other, other_exec, "—", "—", "—")):
        rows.add((0, 2, label), (2, 2, a), (4, 2, b), (6, 1, c), (7, 1, rate), (8, 1, weight), (9, 2, score))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标方向"), (5, 1, "年度指标值"),
             (6, 1, "计量单位"), (7, 1, "实际完成值"), (8, 1, "分值"), (9, 1, "得分"), (10, 1, "偏差原因"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.target[0]), (5, 1, i.target[1]),
                                            (6, 1, i.target[2]), (7, 1, i.actual), (8, 1, i.weight),
                                            (9, 1, i.score), (10, 1, i.note)])
    rows.add((0, 8, "总分"), (8, 1, "100"), (9, 2, f"{total:.2f}"))
    rows.add((0, 8, "自评等级"), (8, 3, grade_printed))
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 80, 60, 60, 50, 62, 56, 70, 40, 44, 128],
                         title=f"{doc.gold.fiscal_year}年度项目支出绩效自评表", editor=f"主管部门：{dept}",
                         unit_raw="金额单位：万元", landscape=True, kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
    doc.gold.project(project, "万元", year=budget, fiscal=fiscal)


def layout_zj_ls_county_accounts_self_evals_direction_split(folder: Path, name: str) -> FileGold:
    dept = "缙云县教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "52,316.40"), ("二、事业收入", "1,820.00")],
                    [("一、教育支出", "50,904.20"), ("二、社会保障和就业支出", "3,232.20")])
    _zj_self_eval(doc, "学前教育发展专项", dept, "缙云县各公办幼儿园", ("860.00", "905.00", "887.30", "905.00", "887.30"), [
        Ind("产出指标", "数量指标", "生均公用经费补助幼儿数", ("≥", "6200", "人"), (">=", 6200, "人"), "15", "6356人", "15"),
        Ind("产出指标", "数量指标", "新增普惠性学位", ("≥", "300", "个"), (">=", 300, "个"), "10", "270个", "8",
            "一所新园延期开园"),
        Ind("产出指标", "质量指标", "等级幼儿园覆盖率", ("≥", "95", "%"), (">=", 95, "%"), "15", "96.2%", "15"),
        Ind("产出指标", "时效指标", "资金拨付及时率", ("＝", "100", "%"), ("=", 100, "%"), "10", "100%", "10"),
        Ind("效益指标", "社会效益指标", "普惠性幼儿园在园幼儿占比", ("≥", "90", "%"), (">=", 90, "%"), "20", "92%", "20"),
        Ind("效益指标", "可持续影响指标", "学前教育保障机制", ("", "健全", ""), Q, "10", "健全", "10"),
        Ind("满意度指标", "服务对象满意度指标", "家长满意度", ("≥", "90", "%"), (">=", 90, "%"), "10", "94%", "10"),
    ], "优", "优")
    _zj_self_eval(doc, "中小学校舍维修改造", dept, "缙云县教育后勤服务中心",
                  ("1,200.00", "1,150.00", "1,038.60", "1,000.00", "902.40"), [
        Ind("产出指标", "数量指标", "维修改造校舍面积", ("≥", "3.5", "万平方米"), (">=", 3.5, "万平方米"), "20", "3.6万平方米", "20"),
        Ind("产出指标", "质量指标", "工程竣工验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "暑期工程按期完工率", ("≥", "90", "%"), (">=", 90, "%"), "15", "85%", "12",
            "两所学校雨季停工"),
        Ind("效益指标", "社会效益指标", "校舍安全隐患", ("", "全面消除", ""), Q, "20", "基本消除", "16",
            "个别隐患需下年处置"),
        Ind("满意度指标", "服务对象满意度指标", "师生满意度", ("≥", "90", "%"), (">=", 90, "%"), "20", "91%", "20"),
    ], "良", "良")
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建 南平 市直


def layout_fj_np_budget_dept_wide_weighted_source_lines(folder: Path, name: str) -> FileGold:
    dept = "南平市文化和旅游局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _front(doc, dept, year, [("一般公共预算财政拨款收入", "6,210.00"), ("政府性基金预算财政拨款收入", "480.00"),
                             ("事业收入", "350.00")],
           [("文化旅游体育与传媒支出", "6,590.00"), ("社会保障和就业支出", "450.00")])
    inds = [
        Ind("产出指标", "数量指标", "公共文化惠民演出场次", "≥200场", (">=", 200, "场"), "10"),
        Ind("产出指标", "数量指标", "文物保护单位巡查次数", "≥480次", (">=", 480, "次"), "10"),
        Ind("产出指标", "数量指标", "旅游宣传推介活动", "≥12次", (">=", 12, "次"), "10"),
        Ind("产出指标", "质量指标", "公共图书馆年流通人次", "≥120万人次", (">=", 120, "万人次"), "10"),
        Ind("产出指标", "质量指标", "旅游安全事故发生率", "＝0", ("=", 0, None), "10"),
        Ind("产出指标", "时效指标", "重点项目年度计划完成率", "≥95%", (">=", 95, "%"), "10"),
        Ind("产出指标", "成本指标", "三公经费支出", "≤42万元", ("<=", 42, "万元"), "5"),
        Ind("效益指标", "经济效益指标", "接待游客总人次增长", "≥8%", (">=", 8, "%"), "10"),
        Ind("效益指标", "社会效益指标", "武夷山文化品牌影响力", "持续扩大", Q, "10"),
        Ind("效益指标", "可持续影响指标", "文物保护长效机制", "逐步健全", Q, "5"),
        Ind("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", (">=", 90, "%"), "5"),
        Ind("满意度指标", "服务对象满意度指标", "群众文化活动参与满意度", "≥92%", (">=", 92, "%"), "5"),
    ]
    widths = [70, 80, 165, 100, 80]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 4, dept))
    r = rows.n
    money = (("收入合计", "7,040.00"), ("一般公共预算财政拨款收入", "6,210.00"), ("政府性基金预算财政拨款收入", "480.00"),
             ("事业收入", "350.00"))
    rows.put(r, 0, len(money), 1, "部门预算资金（万元）")
    for k, (label, value) in enumerate(money):
        rows.put(r + k, 1, 1, 2, label)
        rows.put(r + k, 3, 1, 2, value)
    r = rows.n
    tasks = (("公共文化服务保障", "1,260.00"), ("文物保护与利用", "980.00"), ("全域旅游宣传推广", "650.00"))
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 2, "任务名称")
    rows.put(r, 3, 1, 2, "预算金额（万元）")
    for k, (task, amount) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 2, task)
        rows.put(r + k, 3, 1, 2, amount)
    rows.add((0, 1, "年度总体目标"), (1, 4, "完善公共文化服务体系，加强文物保护利用，推动文旅产业高质量发展。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "分值"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年部门整体支出绩效目标表",
                         editor=f"填报单位（盖章）：{dept}", kind="department_performance_targets"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 上饶 区


def layout_jx_sr_district_accounts_dept_then_project_yuan(folder: Path, name: str) -> FileGold:
    dept = "上饶市信州区卫生健康委员会"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "18,642.35"), ("二、其他收入", "120.00")],
                    [("一、卫生健康支出", "17,960.35"), ("二、社会保障和就业支出", "802.00")])
    inds = [
        Ind("产出指标", "数量指标", "家庭医生签约服务人数", "≥12万人", (">=", 12, "万人"), "15", "12.8万人", "15"),
        Ind("产出指标", "数量指标", "适龄儿童免疫规划接种率", "≥95%", (">=", 95, "%"), "10", "97.5%", "10"),
        Ind("产出指标", "质量指标", "传染病报告及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "预算资金支付进度", "≥90%", (">=", 90, "%"), "10", "96.3%", "10"),
        Ind("效益指标", "社会效益指标", "孕产妇系统管理率", "≥90%", (">=", 90, "%"), "15", "93.6%", "15"),
        Ind("效益指标", "可持续影响指标", "基层医疗服务能力", "稳步提升", Q, "15", "稳步提升", "13",
            "基层人才引进不足，下年加强招聘"),
        Ind("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%", (">=", 90, "%"), "15", "89%", "13",
            "高峰时段候诊时间较长"),
    ]
    budget, executed = "19,205,600.00", "18,762,350.00"
    rate_score, total = _self_total(budget, executed, inds)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 7, dept))
    rows.add((0, 3, ""), (3, 1, "年初预算数"), (4, 1, "全年预算数"), (5, 1, "全年执行数"), (6, 1, "分值"),
             (7, 1, "执行率"), (8, 1, "得分"))
    for label, a, b, c, weight, rate, score in (
            ("年度资金总额", "18,500,000.00", budget, executed, "10", _rate(budget, executed), rate_score),
            ("其中：财政拨款", "18,380,000.00", "19,085,600.00", "18,642,350.00", "—", "—", "—"),
            ("其他资金", "120,000.00", "120,000.00", "120,000.00", "—", "—", "—")):
        rows.add((0, 3, label), (3, 1, a), (4, 1, b), (5, 1, c), (6, 1, weight), (7, 1, rate), (8, 1, score))
    rows.add((0, 2, "年度总体目标完成情况"),
             (2, 7, "全面落实基本公共卫生服务项目，传染病防控有力，基层医疗服务能力稳步提升。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "年度指标值"), (5, 1, "实际完成值"),
             (6, 1, "分值"), (7, 1, "得分"), (8, 1, "偏差原因及改进措施"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 2, f"{total:.2f}"))
    rows.add((0, 6, "自评等级"), (6, 3, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, [44, 50, 40, 74, 74, 74, 34, 50, 54],
                         title="部门整体支出绩效自评表", editor=f"（{year}年度）", unit_raw="单位：元",
                         kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "元", budget, executed, total, "优")

    project = "基本公共卫生服务项目"
    pinds = [
        Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥3.2万人", (">=", 3.2, "万人"), "20", "3.4万人", "20"),
        Ind("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", (">=", 65, "%"), "15", "61%", "12",
            "随访人员不足"),
        Ind("产出指标", "时效指标", "补助资金按季拨付", "按季度拨付", Q, "10", "按季度拨付", "10"),
        Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥28%", (">=", 28, "%"), "25", "29.1%", "25"),
        Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥85%", (">=", 85, "%"), "20", "86%", "20"),
    ]
    pbudget, pexec = "5,386,400.00", "5,012,800.00"
    rate_score, ptotal = _self_total(pbudget, pexec, pinds)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 6, project))
    rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, "信州区各社区卫生服务中心"))
    rows.add((0, 2, "全年预算数（元）"), (2, 2, pbudget), (4, 2, "全年执行数（元）"), (6, 2, pexec))
    rows.add((0, 2, "其中：财政拨款（元）"), (2, 2, "5,386,400.00"), (4, 1, "执行率"), (5, 2, _rate(pbudget, pexec)),
             (7, 1, f"得分：{rate_score}"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "年度指标值"), (4, 1, "实际完成值"),
             (5, 1, "分值"), (6, 1, "得分"), (7, 1, "偏差原因"))
    _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                             (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{ptotal:.2f}"))
    rows.add((0, 5, "自评等级"), (5, 3, "良好"))
    doc.pages.grid(_spec(rows.cells, rows.n, [56, 64, 100, 62, 62, 34, 34, 83], title="项目支出绩效自评表",
                         editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
    for ind in pinds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "元", pbudget, pexec, ptotal, "良")
    doc.gold.project(project, "元", year=pbudget, fiscal="5,386,400.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 湛江 镇


def layout_gd_zj_town_long_form_break_no_repeat(folder: Path, name: str) -> FileGold:
    dept = "湛江市麻章区湖光镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    project = "湖光镇美丽圩镇建设及管护"
    inds = [
        Ind("产出指标", "数量指标", "圩镇主干道立面改造长度", "≥2.4公里", (">=", 2.4, "公里")),
        Ind("产出指标", "数量指标", "新建口袋公园数量", "≥3个", (">=", 3, "个")),
        Ind("产出指标", "数量指标", "更换破损人行道面积", "≥6000平方米", (">=", 6000, "平方米")),
        Ind("产出指标", "数量指标", "新增停车位", "≥150个", (">=", 150, "个")),
        Ind("产出指标", "数量指标", "规范整治三线", "≥8公里", (">=", 8, "公里")),
        Ind("产出指标", "数量指标", "圩镇保洁人员配备", "≥36人", (">=", 36, "人")),
        Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
        Ind("产出指标", "质量指标", "绿化苗木成活率", "≥95%", (">=", 95, "%")),
        Ind("产出指标", "质量指标", "圩镇保洁考评达标率", "≥90%", (">=", 90, "%")),
        Ind("产出指标", "时效指标", "主体工程完工时间", "2025年10月31日前", (None, None, None)),
        Ind("产出指标", "时效指标", "管护问题整改时限", "≤3天", ("<=", 3, "天")),
        Ind("产出指标", "成本指标", "立面改造每平方米造价", "≤260元", ("<=", 260, "元")),
        Ind("产出指标", "成本指标", "年度管护费用", "≤85万元", ("<=", 85, "万元")),
        Ind("效益指标", "经济效益指标", "圩镇新增商户数", "≥20户", (">=", 20, "户")),
        Ind("效益指标", "社会效益指标", "圩镇人居环境", "显著改善", Q),
        Ind("效益指标", "社会效益指标", "圩镇交通秩序", "明显好转", Q),
        Ind("效益指标", "生态效益指标", "圩镇绿化覆盖率", "≥35%", (">=", 35, "%")),
        Ind("效益指标", "可持续影响指标", "圩镇长效管护机制", "建立并运行", Q),
        Ind("满意度指标", "服务对象满意度指标", "圩镇居民满意度", "≥90%", (">=", 90, "%")),
        Ind("满意度指标", "服务对象满意度指标", "商户满意度", "≥85%", (">=", 85, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 4, project))
    rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, "湖光镇规划建设办公室"))
    rows.add((0, 1, "项目类型"), (1, 2, "一次性项目"), (3, 1, "项目期限"), (4, 1, "2024年—2026年"))
    rows.add((0, 1, "项目总金额（实施期）"), (1, 2, "1,680.00"), (3, 1, "年度金额"), (4, 1, "620.00"))
    rows.add((0, 1, "其中：财政资金"), (1, 2, "560.00"), (3, 1, "其他资金"), (4, 1, "60.00"))
    rows.add((0, 1, "立项依据"), (1, 4, "《广东省推进典型镇村建设工作方案》及区委区政府关于美丽圩镇建设的部署。"))
    rows.add((0, 1, "实施内容"), (1, 4, "实施圩镇主干道立面改造、口袋公园建设、人行道修复和停车设施建设，"
                                        "配备保洁力量，建立管护机制。"))
    rows.add((0, 1, "年度绩效目标"), (1, 4, "完成圩镇主干道立面改造2.4公里，新建口袋公园3个，圩镇人居环境显著改善。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "指标值说明"))
    # 指标值说明: the basis of each value, long enough to wrap (the form runs over a page break)
    basis = ("依据项目实施方案及施工图设计文件设定，以竣工验收资料为准", "参照上年实际完成情况及镇村建设年度计划设定",
             "按区级考核办法设定，以第三方抽查及台账记录为准")
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, basis[inds.index(i) % 3])])
    doc.pages.text_page("说  明", [f"{dept}{year}年项目支出绩效目标表由镇财政所汇总编制。",
                                   "表中金额单位为万元，项目总金额为项目实施期内的资金总额。"])
    doc.pages.grid(_spec(rows.cells, rows.n, [90, 86, 130, 95, 94], title=f"{year}年项目支出绩效目标表",
                         editor=f"填报单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.project(project, "万元", total="1,680.00", year="620.00", fiscal="560.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西 桂林 市直


def layout_gx_gl_city_budget_three_row_money_heads(folder: Path, name: str) -> FileGold:
    dept = "桂林市水利局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _front(doc, dept, year, [("一般公共预算财政拨款收入", "4,185.20"), ("政府性基金预算财政拨款收入", "900.00")],
           [("农林水支出", "4,755.20"), ("社会保障和就业支出", "330.00")])
    projects = [
        ("漓江流域水生态保护修复", "1,350.00", "1,200.00", "600.00", "600.00", "150.00", "0.00", [
            Ind("产出指标", "数量指标", "河道生态修复长度", "≥18公里", (">=", 18, "公里"), "15"),
            Ind("产出指标", "数量指标", "水质监测断面", "≥24个", (">=", 24, "个"), "10"),
            Ind("产出指标", "质量指标", "修复工程验收合格率", "100%", ("=", 100, "%"), "15"),
            Ind("产出指标", "时效指标", "工程完工率", "≥90%", (">=", 90, "%"), "10"),
            Ind("效益指标", "生态效益指标", "漓江干流水质达标率", "100%", ("=", 100, "%"), "20"),
            Ind("效益指标", "社会效益指标", "沿岸群众亲水环境", "有效改善", Q, "10"),
            Ind("效益指标", "可持续影响指标", "河湖长制管护机制", "持续完善", Q, "10"),
            Ind("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
        ("小型水库安全运行管护", "386.00", "386.00", "386.00", "", "", "", [
            Ind("产出指标", "数量指标", "管护小型水库座数", "≥216座", (">=", 216, "座"), "20"),
            Ind("产出指标", "质量指标", "水库安全鉴定完成率", "≥95%", (">=", 95, "%"), "20"),
            Ind("产出指标", "时效指标", "汛前检查完成时间", "2025年4月30日前", (None, None, None), "10"),
            Ind("效益指标", "社会效益指标", "水库垮坝事故", "0起", ("=", 0, "起"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "下游群众满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
    ]
    widths = [72, 66, 72, 72, 72, 72, 69]
    for project, total, fiscal, general, fund, carried, other, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, "桂林市水利工程管理中心"))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金")
        rows.put(r, 1, 1, 6, "项目资金（万元）")
        rows.put(r + 1, 1, 2, 1, "合计")
        rows.put(r + 1, 2, 1, 3, "财政拨款")
        rows.put(r + 1, 5, 2, 1, "上年结转")
        rows.put(r + 1, 6, 2, 1, "其他资金")
        rows.put(r + 2, 2, 1, 1, "小计")
        rows.put(r + 2, 3, 1, 1, "一般公共预算")
        rows.put(r + 2, 4, 1, 1, "政府性基金")
        for k, v in enumerate((total, fiscal, general, fund, carried, other)):
            rows.put(r + 3, 1 + k, 1, 1, v)
        rows.add((0, 1, "年度绩效目标"), (1, 6, "完成年度建设和管护任务，保障水安全、改善水生态。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 3, "三级指标"), (5, 1, "指标值"), (6, 1, "权重"))
        for ind in inds:
            rows.add((0, 1, ind.l1), (1, 1, ind.l2), (2, 3, ind.name), (5, 1, ind.raw), (6, 1, ind.weight))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"（{year}年度）", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal,
                         carried=carried if carried not in ("", "0.00") else None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 遵义 县


def layout_gz_zy_county_self_evals_weight_before_target(folder: Path, name: str) -> FileGold:
    dept = "湄潭县林业局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("森林防火专项经费", "湄潭县森林防火指挥部办公室", "146.00", "139.80", [
            Ind("产出指标", "数量指标", "专业扑火队伍人数", "≥60人", (">=", 60, "人"), "15", "62人", "15"),
            Ind("产出指标", "数量指标", "防火巡护里程", "≥3.6万公里", (">=", 3.6, "万公里"), "10", "3.8万公里", "10"),
            Ind("产出指标", "质量指标", "森林火灾受害率", "≤0.9‰", ("<=", 0.9, "‰"), "15", "0.2‰", "15"),
            Ind("产出指标", "时效指标", "火情处置到场时间", "≤2小时", ("<=", 2, "小时"), "10", "1.5小时", "10"),
            Ind("效益指标", "生态效益指标", "森林覆盖率", "≥70%", (">=", 70, "%"), "20", "70.5%", "20"),
            Ind("效益指标", "社会效益指标", "重特大森林火灾", "不发生", Q, "10", "未发生", "10"),
            Ind("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", (">=", 90, "%"), "10", "88%", "8",
                "宣传覆盖不足"),
        ], "良好", "良"),
        ("退耕还林成果巩固", "湄潭县林业技术推广站", "92.50", "92.50", [
            Ind("产出指标", "数量指标", "补植补造面积", "≥1500亩", (">=", 1500, "亩"), "20", "1560亩", "20"),
            Ind("产出指标", "质量指标", "补植苗木成活率", "≥85%", (">=", 85, "%"), "20", "88%", "20"),
            Ind("产出指标", "时效指标", "补助资金兑付率", "100%", ("=", 100, "%"), "10", "100%", "10"),
            Ind("效益指标", "经济效益指标", "林农户均增收", "≥800元", (">=", 800, "元"), "20", "760元", "17",
                "茶叶价格下行"),
            Ind("满意度指标", "服务对象满意度指标", "退耕农户满意度", "≥90%", (">=", 90, "%"), "20", "93%", "20"),
        ], "优秀", "优"),
    ]
    widths = [56, 70, 104, 34, 66, 66, 36, 63]
    for k, (project, unit_name, budget, executed, inds, grade_printed, grade) in enumerate(evals):
        rate_score, total = _self_total(budget, executed, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "项目实施单位"), (2, 3, unit_name), (5, 1, "主管部门"), (6, 2, dept))
        rows.add((0, 2, "年度预算数（万元）"), (2, 1, budget), (3, 2, "实际支出数（万元）"), (5, 1, executed),
                 (6, 1, "预算执行率"), (7, 1, _rate(budget, executed)))
        rows.add((0, 2, "执行率分值"), (2, 1, "10"), (3, 2, "执行率得分"), (5, 3, rate_score))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "分值"), (4, 1, "年度目标值"),
                 (5, 1, "实际完成值"), (6, 1, "得分"), (7, 1, "未完成原因"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.weight), (4, 1, i.raw), (5, 1, i.actual),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 3, "总分"), (3, 1, "100"), (4, 4, f"{total:.2f}"))
        rows.add((0, 3, "评价等级"), (3, 5, grade_printed))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"项目支出绩效自评表（{year}年度）",
                             editor=f"填报单位：{dept}", kind="performance_self_evaluation"),
                       fresh_page=(k == 0), gap=30)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 白银 区


def layout_gs_by_district_budget_landscape_level1_repeated(folder: Path, name: str) -> FileGold:
    dept = "白银市白银区市场监督管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _front(doc, dept, year, [("一般公共预算财政拨款收入", "2,316.80")],
           [("一般公共服务支出", "2,016.80"), ("社会保障和就业支出", "300.00")], heading="第三部分  项目支出绩效目标")
    projects = [
        ("食品安全监督抽检", "158.00", "158.00", "0.00", [
            Ind("产出指标", "数量指标", "食品安全监督抽检批次", "不少于1800批次", (">=", 1800, "批次")),
            Ind("产出指标", "数量指标", "快速检测批次", "不少于6000批次", (">=", 6000, "批次")),
            Ind("产出指标", "质量指标", "不合格食品核查处置率", "达到100%", (">=", 100, "%")),
            Ind("产出指标", "时效指标", "抽检结果公布时限", "不超过20个工作日", ("<=", 20, "个工作日")),
            Ind("产出指标", "成本指标", "每批次平均抽检费用", "不高于850元", ("<=", 850, "元")),
            Ind("效益指标", "社会效益指标", "区域性系统性食品安全风险", "有效防控", Q),
            Ind("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "不低于85%", (">=", 85, "%")),
        ]),
        ("特种设备安全监察", "64.50", "50.00", "14.50", [
            Ind("产出指标", "数量指标", "特种设备监督检查台次", "不少于900台次", (">=", 900, "台次")),
            Ind("产出指标", "质量指标", "隐患整改闭环率", "达到100%", (">=", 100, "%")),
            Ind("产出指标", "时效指标", "隐患复查时限", "不超过15天", ("<=", 15, "天")),
            Ind("效益指标", "社会效益指标", "特种设备万台死亡率", "不高于0.1", ("<=", 0.1, None)),
            Ind("效益指标", "可持续影响指标", "企业安全主体责任落实", "持续加强", Q),
            Ind("满意度指标", "服务对象满意度指标", "使用单位满意度", "不低于90%", (">=", 90, "%")),
        ]),
    ]
    widths = [90, 110, 210, 150, 180]
    for k, (project, amount, fiscal, other, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "实施单位"), (4, 1, dept))
        rows.add((0, 1, "年度预算金额"), (1, 1, amount), (2, 1, "其中：财政资金"), (3, 1, fiscal),
                 (4, 1, f"其他资金：{other}"))
        rows.add((0, 1, "年度绩效目标"), (1, 4, "加强市场监管，守住食品和特种设备安全底线。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "备注"))
        r0 = rows.n
        for ind in inds:
            rows.add((0, 1, ind.l1), (2, 1, ind.name), (3, 1, ind.raw), (4, 1, ""))
        i = 0
        while i < len(inds):
            j = i
            while j < len(inds) and (inds[j].l1, inds[j].l2) == (inds[i].l1, inds[i].l2):
                j += 1
            rows.put(r0 + i, 1, j - i, 1, inds[i].l2)
            i = j
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"部门：{dept}", unit_raw="单位：万元", landscape=True), fresh_page=(k == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=amount, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 黑龙江 齐齐哈尔 乡


def layout_hlj_qqhr_township_two_row_grid_head_way_value_unit(folder: Path, name: str) -> FileGold:
    dept = "齐齐哈尔市梅里斯达斡尔族区雅尔塞镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("村级组织运转保障经费", "72.00", "72.00", "0.00", [
            Ind("产出指标", "数量指标", "保障村级组织数", ("等于", "11", "个"), ("=", 11, "个")),
            Ind("产出指标", "质量指标", "村干部报酬按时发放率", ("等于", "100", "%"), ("=", 100, "%")),
            Ind("产出指标", "时效指标", "资金拨付时限", ("不超过", "30", "天"), ("<=", 30, "天")),
            Ind("效益指标", "社会效益指标", "基层组织服务能力", ("定性", "稳步提升", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "村民满意度", ("不低于", "90", "%"), (">=", 90, "%")),
        ]),
        ("秸秆综合利用补助", "180.00", "150.00", "30.00", [
            Ind("产出指标", "数量指标", "秸秆还田面积", ("不少于", "6.5", "万亩"), (">=", 6.5, "万亩")),
            Ind("产出指标", "数量指标", "秸秆打包离田量", ("不少于", "2", "万吨"), (">=", 2, "万吨")),
            Ind("产出指标", "质量指标", "秸秆综合利用率", ("大于", "95", "%"), (">", 95, "%")),
            Ind("产出指标", "时效指标", "补助资金兑付完成率", ("等于", "100", "%"), ("=", 100, "%")),
            Ind("效益指标", "生态效益指标", "秸秆露天焚烧火点", ("等于", "0", "个"), ("=", 0, "个")),
            Ind("效益指标", "经济效益指标", "亩均节本增效", ("不低于", "30", "元"), (">=", 30, "元")),
            Ind("满意度指标", "服务对象满意度指标", "农户满意度", ("不低于", "90", "%"), (">=", 90, "%")),
        ]),
    ]
    widths = [70, 82, 125, 56, 56, 56, 50]
    for k, (project, total, fiscal, carried, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "资金总额"), (1, 2, total), (3, 2, "其中：财政资金"), (5, 2, fiscal))
        rows.add((0, 1, "上年结转资金"), (1, 2, carried), (3, 2, "项目期限"), (5, 2, "2025年"))
        r = rows.n
        rows.put(r, 0, 1, 3, "绩效指标")
        rows.put(r, 3, 1, 3, "目标值")
        rows.put(r, 6, 2, 1, "备注")
        for c, t in enumerate(("一级指标", "二级指标", "三级指标", "比较方式", "数值", "单位")):
            rows.put(r + 1, c, 1, 1, t)
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=(k == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal,
                         carried=carried if carried != "0.00" else None)
    return doc.save(folder)


BLIND20: dict[str, Builder] = {
    "heb_cd_county_budget_fiscal_source_lines": layout_heb_cd_county_budget_fiscal_source_lines,
    "sx_dt_town_stacked_forms_heads_above": layout_sx_dt_town_stacked_forms_heads_above,
    "js_lyg_city_landscape_list_sign_value_unit": layout_js_lyg_city_landscape_list_sign_value_unit,
    "zj_ls_county_accounts_self_evals_direction_split": layout_zj_ls_county_accounts_self_evals_direction_split,
    "fj_np_budget_dept_wide_weighted_source_lines": layout_fj_np_budget_dept_wide_weighted_source_lines,
    "jx_sr_district_accounts_dept_then_project_yuan": layout_jx_sr_district_accounts_dept_then_project_yuan,
    "gd_zj_town_long_form_break_no_repeat": layout_gd_zj_town_long_form_break_no_repeat,
    "gx_gl_city_budget_three_row_money_heads": layout_gx_gl_city_budget_three_row_money_heads,
    "gz_zy_county_self_evals_weight_before_target": layout_gz_zy_county_self_evals_weight_before_target,
    "gs_by_district_budget_landscape_level1_repeated": layout_gs_by_district_budget_landscape_level1_repeated,
    "hlj_qqhr_township_two_row_grid_head_way_value_unit": layout_hlj_qqhr_township_two_row_grid_head_way_value_unit,
}
SETS: dict[str, dict[str, Builder]] = {"blind20": BLIND20}


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
    """Write every layout of ``which`` ("blind20") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
