"""BLIND58 performance forms: eleven layouts as bureaus of 河北 秦皇岛, 山西 晋城, 内蒙古 通辽 (a 旗),
辽宁 营口, 吉林 延边, 黑龙江 大庆, 北京 海淀, 天津 南开 (a 街道), 河南 周口, 山东 威海 and a 德州
school print their 项目支出绩效目标表 / 申报表, 部门整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表,
written by an author who had read neither the form reader nor the earlier blind sets (only the
gold helpers and page composer of ``form_layouts``, the gold conventions of BLIND9's docstring
and the real disclosures). Each layout writes one PDF and its gold in the format of
``form_layouts.write_set``; the gold is written by hand with ``form_layouts._gold_ind`` and
``FileGold``, never by the normalizers.

heb_qhd_budget_stacked_fiscal_income_lines  河北 秦皇岛 district 部门预算: budget tables, then
        one 项目支出绩效目标表 per project whose money is stacked rows under a merged 项目资金
        （万元） cell: 资金总额 / 一般公共预算财政拨款收入 / 政府性基金预算财政拨款收入 / 上年结转 /
        其他资金, "—" and 0.00 in empty lines; grid 一级 | 二级 | 三级 | 指标值
sx_jc_declare_spaced_labels_yuan_nature  山西 晋城 district 项目支出绩效目标申报表 in 元: spaced
        labels (资 金 总 额 | 1,280,000.00 | 财 政 资 金 | … | 其 他 资 金 | …) in one row, "/" in
        empty cells, split target 指标性质 | 指标值 | 度量单位, 权重（%）
nmg_tl_banner_two_forms_money_sentence  内蒙古 通辽 旗 short forms two to a page, the money in one
        sentence cell (项目资金：总额36.00万元，其中：财政资金30.00万元，…), grid without weights
ln_yk_final_accounts_dept_and_project_self_evals  辽宁 营口 district 部门决算: accounts tables,
        then a 部门整体支出绩效自评表 (stage columns over 年度资金总额 / 基本支出 / 项目支出) and two
        项目支出绩效自评表 (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 /
        其中：财政拨款 / 上年结转资金 / 其他资金), grades as words (优秀 / 良好)
jl_yb_budget_dept_wide_then_projects_heads_row  吉林 延边 部门预算: a 部门整体支出绩效目标表
        (部门预算资金 heads 合计 | 基本支出 | 项目支出), then project forms whose money is a heads
        row (资金总额 | 财政拨款 | 财政专户管理资金 | 单位资金 | 上年结转) over a figures row, ASCII
        >= / <= glued to the values
hlj_dq_landscape_list_yuan_merged_projects  黑龙江 大庆 district landscape list in 元 (unit in the
        title line), 序号 | 项目名称 | 资金总额 | 其中：财政拨款 ("—" for a project without
        fiscal money) | 年度绩效目标 | 一级 | 二级 | 三级 | 指标值, project cells merged down and cut
        by the page break, header repeated over pages
bj_hd_self_eval_pairs_landscape_grade_words  北京 海淀 landscape 项目支出绩效自评表: money as
        label | value pairs (年初预算数（万元） | … | 全年预算数（万元） | … | 全年执行数（万元） | …),
        执行率 | 分值 | 得分 on the next row, 总分 and 自评等级 in one foot row
tj_nk_street_total_year_heads_yuan  天津 南开 街道 forms in 元: heads 项目总金额 | 本年预算 |
        其中：财政资金 | 上年结转资金 over a figures row (a multi-year project's total), targets in
        words (不低于, 不高于, 控制在…以内, 达到)
ha_zk_budget_colon_cells_form_cut_by_break  河南 周口 district 部门预算: long 项目概况 / 立项依据
        prose, money as cells "资金总额：320.00万元" | "财政拨款：…" | "上年结转：…", two forms
        running down the pages, the second cut by the page break between its money and its grid
        (一级 | 二级 | 三级 | 指标值 | 权重（%）)
sd_wh_final_accounts_dept_self_eval_yuan_projects  山东 威海 district 部门决算 in 元: a 部门整体
        支出绩效自评表 (stage columns, separators), then 项目支出绩效自评表 whose money is stacked
        label | value rows (全年预算数（元） / 其中：财政拨款（元） / 全年执行数（元） / 执行率)
sd_dz_school_unit_source_rows_total_last  山东 德州 a 学校 (二级单位) printing its own forms, two
        to a page: a 资金来源（万元） block of source rows (财政拨款 / 其中：一般公共预算 / 政府性基金 /
        事业收入 / 上年结转) with the 合计 last, 绩效指标 over 一级 | 二级 | 三级, 指标值 and 分值 merged
        down two head rows

Gold conventions: BLIND9's docstring, and:

- fiscal = the 财政拨款 / 财政资金 figure as printed, or the sum of the lines named …财政拨款收入
  ("—" adds nothing); never 一般公共预算 alone, 单位资金, 财政专户管理资金, 其他资金.
- carried = 上年结转 as printed; a printed 0.00 is "0.00"; "—", "/" or blank is None.
- 项目总金额 of a multi-year project is ``total``, 本年预算 its ``year``.
- A 资金来源 block's 合计 is ``year``; its 财政拨款 line is ``fiscal`` (the 其中 lines under it
  are its parts, not added again).
- A project self evaluation gives year = 全年预算数, fiscal = the 财政拨款 line's 全年预算数 where
  printed, carried = the 上年结转资金 line's 全年预算数 where a figure is printed there.
- ASCII >= / <= read as ≥ / ≤; 达到 N reads >=; 控制在N以内 reads <=.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

SAT = ("满意度指标", "服务对象满意度指标")


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支预算总表, the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}负责本行政区域内相关领域的政策执行、公共服务和行业管理工作。",
        "二、部门预算单位构成。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    head = [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
            (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")]
    doc.pages.table(TableSpec(f"{dept}{year}年收支预算总表", "budget_summary", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [170, 90, 170, 90], head, 2, body, ["l", "r", "l", "r"]))
    doc.pages.table(TableSpec(f"{dept}{year}年财政拨款收支预算总表", "fiscal_budget_summary", "单位：万元",
                              "wan_yuan", f"编制部门：{dept}", [170, 90, 170, 90], head, 2, body,
                              ["l", "r", "l", "r"]))
    doc.pages.text_page("第四部分  绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}对{year}年项目支出和部门整体支出设定了绩效目标，"
        "具体见下表。",
    ])


def _rate_score(budget: str, executed: str) -> Decimal:
    """The execution line's score: rate × 10, at most 10, to the cent as printed."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    return min(Decimal(10), e / b * 10).quantize(Decimal("0.01"))


def _rate(budget: str, executed: str) -> str:
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    return f"{(e / b * 100).quantize(Decimal('0.01'))}%"


def _total(budget: str, executed: str, inds: list[Ind]) -> Decimal:
    return _rate_score(budget, executed) + sum(Decimal(i.score) for i in inds)


# --------------------------------------------------------------------------- 河北 秦皇岛


def layout_heb_qhd_budget_stacked_fiscal_income_lines(folder: Path, name: str) -> FileGold:
    dept = "秦皇岛市海港区卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "5,260.40"), ("政府性基金预算拨款收入", "185.50")],
                  [("卫生健康支出", "5,380.90"), ("城乡社区支出", "65.00")])
    projects = [
        ("基层医疗卫生机构能力提升", "130302250000012", "秦皇岛市海港区卫生健康局",
         [("资金总额", "460.00"), ("一般公共预算财政拨款收入", "420.00"), ("政府性基金预算财政拨款收入", "0.00"),
          ("上年结转", "40.00"), ("其他资金", "—")],
         {"year": "460.00", "fiscal": "420.00", "carried": "40.00"},
         "改善基层医疗卫生机构设施设备条件，提升基层首诊服务能力。", [
             Ind("产出指标", "数量指标", "配置基层医疗设备台套数", "≥45台套", (">=", 45, "台套")),
             Ind("产出指标", "数量指标", "培训基层卫生人员人次", "≥600人次", (">=", 600, "人次")),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "设备采购完成时间", "2025年9月底前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "基层就诊人次占比", "≥65%", (">=", 65, "%")),
             Ind("效益指标", "可持续影响指标", "分级诊疗格局", "逐步形成", Q),
             Ind(*SAT, "就诊群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("城区公共厕所提升改造", "130302250000027", "秦皇岛市海港区爱国卫生运动服务中心",
         [("资金总额", "185.50"), ("一般公共预算财政拨款收入", "—"), ("政府性基金预算财政拨款收入", "185.50"),
          ("上年结转", "—"), ("其他资金", "—")],
         {"year": "185.50", "fiscal": "185.50"},
         "完成城区公共厕所提升改造，达到二类以上标准。", [
             Ind("产出指标", "数量指标", "改造公共厕所座数", "28座", ("=", 28, "座")),
             Ind("产出指标", "质量指标", "改造公厕达标率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "改造工程完工率", "＞90%", (">", 90, "%")),
             Ind("成本指标", "经济成本指标", "单座改造成本", "≤6.8万元", ("<=", 6.8, "万元")),
             Ind("效益指标", "社会效益指标", "城区如厕环境", "明显改善", Q),
             Ind("效益指标", "生态效益指标", "粪污无害化处理率", "100%", ("=", 100, "%")),
             Ind(*SAT, "周边居民满意度", "≥85%", (">=", 85, "%")),
         ]),
    ]
    widths = [70, 80, 150, 100, 95]
    for project, code, unit_name, money, gold_money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit_name))
        r = rows.n
        rows.put(r, 0, len(money), 1, "项目资金（万元）")
        for k, (label, value) in enumerate(money):
            rows.put(r + k, 1, 1, 2, label if k == 0 else f"　　其中：{label}" if k == 1 else f"　　　　　{label}")
            rows.put(r + k, 3, 1, 2, value)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"单位名称：{unit_name}", unit_raw="单位：万元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", code=code, **gold_money)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 晋城


def layout_sx_jc_declare_spaced_labels_yuan_nature(folder: Path, name: str) -> FileGold:
    dept = "晋城市城区农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标申报表", dept, year)
    projects = [
        ("高标准农田建设管护", "1405022500031", ("1,280,000.00", "1,080,000.00", "200,000.00", "/"),
         {"year": "1,280,000.00", "fiscal": "1,080,000.00"},
         "完成已建高标准农田设施管护，保障灌排设施正常运行。", [
             Ind("产出指标", "数量指标", "管护高标准农田面积", ("≥", "3.2", "万亩"), (">=", 3.2, "万亩"), "30"),
             Ind("产出指标", "质量指标", "灌排设施完好率", ("≥", "90", "%"), (">=", 90, "%"), "20"),
             Ind("成本指标", "经济成本指标", "每亩管护成本", ("≤", "40", "元"), ("<=", 40, "元"), "20"),
             Ind("效益指标", "经济效益指标", "粮食亩均增产", ("≥", "30", "公斤"), (">=", 30, "公斤"), "20"),
             Ind(*SAT, "种植户满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
         ]),
        ("农作物病虫害统防统治", "1405022500047", ("356,000.00", "356,000.00", "/", "/"),
         {"year": "356,000.00", "fiscal": "356,000.00"},
         "开展小麦、玉米病虫害统防统治，降低病虫危害损失。", [
             Ind("产出指标", "数量指标", "统防统治作业面积", ("≥", "5", "万亩次"), (">=", 5, "万亩次"), "30"),
             Ind("产出指标", "质量指标", "病虫危害损失率", ("＜", "5", "%"), ("<", 5, "%"), "20"),
             Ind("产出指标", "时效指标", "防治作业完成时限", ("", "2025年8月31日前", ""), (None, None, None), "20"),
             Ind("效益指标", "生态效益指标", "化学农药使用量", ("定性", "持续减少", ""), Q, "20"),
             Ind(*SAT, "服务农户满意度", ("≥", "88", "%"), (">=", 88, "%"), "10"),
         ]),
        ("农村人居环境整治提升", "1405022500052", ("2,450,000.00", "2,000,000.00", "/", "450,000.00"),
         {"year": "2,450,000.00", "fiscal": "2,000,000.00", "carried": "450,000.00"},
         "推进农村生活垃圾和污水治理，改善村容村貌。", [
             Ind("产出指标", "数量指标", "整治行政村个数", ("＝", "18", "个"), ("=", 18, "个"), "30"),
             Ind("产出指标", "质量指标", "生活垃圾无害化处理率", ("≥", "95", "%"), (">=", 95, "%"), "20"),
             Ind("成本指标", "经济成本指标", "村均整治投入", ("≤", "13.6", "万元"), ("<=", 13.6, "万元"), "20"),
             Ind("效益指标", "社会效益指标", "农村人居环境", ("定性", "明显改善", ""), Q, "20"),
             Ind(*SAT, "村民满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
         ]),
    ]
    widths = [58, 62, 100, 50, 80, 50, 75]
    for project, code, (total, fiscal, other, carried), gold_money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目代码"), (5, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "项目类别"), (5, 2, "一般性项目"))
        rows.add((0, 1, "资 金 总 额"), (1, 2, total), (3, 1, "财 政 资 金"), (4, 1, fiscal),
                 (5, 1, "其 他 资 金"), (6, 1, other))
        rows.add((0, 1, "上 年 结 转"), (1, 2, carried), (3, 1, "项 目 期 限"), (4, 3, "2025年1月—2025年12月"))
        rows.add((0, 1, "年度目标"), (1, 6, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值",
                                                     "度量单位", "权重（%）"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标申报表",
                             editor=f"申报单位（盖章）：{dept}", unit_raw="单位：元"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "元", code=code, **gold_money)
    return doc.save(folder)


# --------------------------------------------------------------------------- 内蒙古 通辽


def layout_nmg_tl_banner_two_forms_money_sentence(folder: Path, name: str) -> FileGold:
    dept = "科尔沁左翼中旗文化旅游体育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("全民健身赛事活动", "科尔沁左翼中旗全民健身活动中心",
         "项目资金：总额36.00万元，其中：财政资金30.00万元，其他资金6.00万元。",
         {"year": "36.00", "fiscal": "30.00"}, "举办全民健身赛事活动，带动群众参与体育锻炼。", [
             Ind("产出指标", "数量指标", "举办赛事活动场次", "≥12场", (">=", 12, "场")),
             Ind("产出指标", "质量指标", "赛事安全事故发生数", "0起", ("=", 0, "起")),
             Ind("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥40%", (">=", 40, "%")),
             Ind(*SAT, "参赛群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("乌兰牧骑惠民演出", "科尔沁左翼中旗乌兰牧骑",
         "项目资金：总额52.00万元，其中：财政资金52.00万元，上年结转0.00万元。",
         {"year": "52.00", "fiscal": "52.00", "carried": "0.00"}, "深入嘎查村开展惠民演出，丰富农牧民文化生活。", [
             Ind("产出指标", "数量指标", "下基层演出场次", "≥120场", (">=", 120, "场")),
             Ind("产出指标", "时效指标", "演出任务完成时间", "2025年11月底前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "农牧民文化生活", "更加丰富", Q),
             Ind(*SAT, "观众满意度", "≥92%", (">=", 92, "%")),
         ]),
        ("旅游宣传推介", "科尔沁左翼中旗文化旅游体育局",
         "项目资金：总额45.80万元，其中：财政资金40.00万元，上年结转5.80万元。",
         {"year": "45.80", "fiscal": "40.00", "carried": "5.80"}, "开展旅游宣传推介活动，提升旅游目的地知名度。", [
             Ind("产出指标", "数量指标", "参加推介会次数", "≥6次", (">=", 6, "次")),
             Ind("成本指标", "经济成本指标", "单次推介平均费用", "≤6万元", ("<=", 6, "万元")),
             Ind("效益指标", "经济效益指标", "接待游客人次增长率", "8%-10%", ("range", 8, "%", 10)),
             Ind(*SAT, "游客满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("文物保护单位日常巡查", "科尔沁左翼中旗文物保护中心",
         "项目资金：总额18.60万元，其中：财政资金18.60万元，其他资金0.00万元。",
         {"year": "18.60", "fiscal": "18.60"}, "落实文物保护单位日常巡查，确保文物安全。", [
             Ind("产出指标", "数量指标", "巡查文物保护单位处数", "46处", ("=", 46, "处")),
             Ind("产出指标", "质量指标", "文物安全事故", "零发生", Q),
             Ind("效益指标", "可持续影响指标", "文物保护长效机制", "基本建立", Q),
             Ind(*SAT, "周边群众满意度", "≥88%", (">=", 88, "%")),
         ]),
    ]
    widths = [64, 80, 170, 181]
    for k, (project, unit_name, money_line, gold_money, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, f"实施单位：{unit_name}"))
        rows.add((0, 1, "项目资金"), (1, 3, money_line))
        rows.add((0, 1, "年度目标"), (1, 3, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"部门名称：{dept}"), fresh_page=k % 2 == 0)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", **gold_money)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 营口


def layout_ln_yk_final_accounts_dept_and_project_self_evals(folder: Path, name: str) -> FileGold:
    dept = "营口市鲅鱼圈区交通运输局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "4,012.36"), ("二、其他收入", "88.10")],
                    [("一、交通运输支出", "3,860.26"), ("二、社会保障和就业支出", "240.20")])
    # 部门整体支出绩效自评表
    dept_inds = [
        Ind("产出指标", "数量指标", "农村公路养护里程", "≥420公里", (">=", 420, "公里"), "15", "436公里", "15"),
        Ind("产出指标", "数量指标", "公交线路运营补贴线路数", "26条", ("=", 26, "条"), "10", "26条", "10"),
        Ind("产出指标", "质量指标", "农村公路优良中等路率", "≥80%", (">=", 80, "%"), "15", "78%", "13",
            "部分路段病害集中，下年纳入大中修计划"),
        Ind("产出指标", "时效指标", "路面病害处置时限", "≤7天", ("<=", 7, "天"), "10", "6天", "10"),
        Ind("效益指标", "社会效益指标", "群众出行条件", "持续改善", Q, "10", "持续改善", "10"),
        Ind("效益指标", "经济效益指标", "农产品运输成本", "有所降低", Q, "10", "有所降低", "9"),
        Ind("效益指标", "可持续影响指标", "公路养护长效机制", "健全", Q, "10", "健全", "10"),
        Ind(*SAT, "沿线群众满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
    ]
    budget, executed = "4,180.50", "4,100.46"
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    rows.add((0, 2, "部门预算资金（万元）"), (2, 1, "年初预算数"), (3, 1, "全年预算数"), (4, 1, "全年执行数"),
             (5, 1, "分值"), (6, 1, "执行率"), (7, 1, "得分"))
    rs = str(_rate_score(budget, executed))
    for label, a, b, c, w, rt, s in (("年度资金总额", "3,960.00", budget, executed, "10", _rate(budget, executed), rs),
                                     ("其中：基本支出", "2,100.00", "2,150.20", "2,148.96", "—", "—", "—"),
                                     ("　　　项目支出", "1,860.00", "2,030.30", "1,951.50", "—", "—", "—")):
        rows.add((0, 2, label), (2, 1, a), (3, 1, b), (4, 1, c), (5, 1, w), (6, 1, rt), (7, 1, s))
    rows.add((0, 2, "年度总体目标完成情况"), (2, 6, "完成农村公路养护和城乡公交运营保障任务，路况水平总体稳定。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因分析及改进措施"))])
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual),
                                                 (5, 1, i.weight), (6, 1, i.score), (7, 1, i.note)])
    total = _total(budget, executed, dept_inds)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 5, "自评等级"), (5, 3, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, [52, 62, 92, 62, 62, 40, 52, 90], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in dept_inds]
    doc.gold.self_evaluation(None, "万元", budget, executed, float(total), "优")
    projects = [
        ("农村公路养护", "营口市鲅鱼圈区公路事业发展中心",
         [("年度资金总额", "680.00", "720.00", "706.32"), ("其中：财政拨款", "680.00", "650.00", "636.32"),
          ("　　　上年结转资金", "", "70.00", "70.00"), ("　　　其他资金", "—", "—", "—")],
         {"year": "720.00", "fiscal": "650.00", "carried": "70.00"},
         ("完成农村公路日常养护420公里。", "完成日常养护436公里，修复坑槽1.2万平方米。"), [
             Ind("产出指标", "数量指标", "日常养护里程", "≥420公里", (">=", 420, "公里"), "20", "436公里", "20"),
             Ind("产出指标", "质量指标", "养护路段路况合格率", "≥85%", (">=", 85, "%"), "20", "88%", "20"),
             Ind("产出指标", "时效指标", "坑槽修补及时率", "≥95%", (">=", 95, "%"), "10", "93%", "9",
                 "雨季集中出现病害，处置排队"),
             Ind("成本指标", "经济成本指标", "每公里养护成本", "≤1.7万元", ("<=", 1.7, "万元"), "10", "1.62万元", "10"),
             Ind("效益指标", "社会效益指标", "农村公路通行安全水平", "有效提升", Q, "20", "有效提升", "19"),
             Ind(*SAT, "沿线村民满意度", "≥90%", (">=", 90, "%"), "10", "91%", "10"),
         ], "优秀", "优"),
        ("城乡公交运营补贴", "营口市鲅鱼圈区交通运输局",
         [("年度资金总额", "520.00", "520.00", "468.00"), ("其中：财政拨款", "520.00", "520.00", "468.00"),
          ("　　　上年结转资金", "—", "—", "—"), ("　　　其他资金", "—", "—", "—")],
         {"year": "520.00", "fiscal": "520.00"},
         ("保障城乡公交线路稳定运营。", "26条线路正常运营，第四季度补贴部分未拨付。"), [
             Ind("产出指标", "数量指标", "补贴公交线路数", "26条", ("=", 26, "条"), "20", "26条", "20"),
             Ind("产出指标", "质量指标", "公交车辆准点率", "≥90%", (">=", 90, "%"), "20", "86%", "17",
                 "道路施工影响，下年优化调度"),
             Ind("产出指标", "时效指标", "补贴资金拨付时间", "2024年12月底前", (None, None, None), "10",
                 "部分延至次年", "6", "第四季度考核未完成"),
             Ind("效益指标", "社会效益指标", "城乡居民出行便利程度", "明显提高", Q, "20", "明显提高", "18"),
             Ind("效益指标", "可持续影响指标", "公交线路覆盖建制村比例", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind(*SAT, "乘客满意度", "≥85%", (">=", 85, "%"), "10", "87%", "10"),
         ], "良好", "良"),
    ]
    for project, unit_name, money, gold_money, goal, inds, grade_word, grade in projects:
        budget, executed = money[0][2], money[0][3]
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 8, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, unit_name))
        r = rows.n
        rows.put(r, 0, len(money) + 1, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "")
        for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 3 + k, 1, 1, head)
        for k, (label, a, b, c) in enumerate(money, 1):
            tail = ("10", _rate(budget, executed), str(_rate_score(budget, executed))) if k == 1 else ("—", "—", "—")
            for j, v in enumerate((label, "", a, b, c, *tail)):
                if j == 1:
                    continue
                rows.put(r + k, 1 if j == 0 else j + 1, 1, 2 if j == 0 else 1, v)
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
                                                (7, 1, i.score), (8, 1, i.note or "—")])
        total = _total(budget, executed, inds)
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
        rows.add((0, 6, "自评等级"), (6, 3, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, [44, 52, 58, 80, 60, 58, 40, 44, 90], title="项目支出绩效自评表",
                             editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.self_evaluation(project, "万元", budget, executed, float(total), grade)
        doc.gold.project(project, "万元", **gold_money)
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林 延边


def layout_jl_yb_budget_dept_wide_then_projects_heads_row(folder: Path, name: str) -> FileGold:
    dept = "延吉市教育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "18,640.20"), ("事业收入", "1,210.00")],
                  [("教育支出", "18,950.20"), ("社会保障和就业支出", "900.00")])
    dept_inds = [
        Ind("产出指标", "数量指标", "义务教育阶段在校生人数", ">=42000人", (">=", 42000, "人"), note="全市公办中小学"),
        Ind("产出指标", "数量指标", "教师培训人次", ">=3500人次", (">=", 3500, "人次"), note="市级以上培训"),
        Ind("产出指标", "质量指标", "义务教育巩固率", ">=99%", (">=", 99, "%"), note="巩固人数/入学人数"),
        Ind("产出指标", "时效指标", "学生资助资金发放及时率", "100%", ("=", 100, "%"), note="按学期发放"),
        Ind("成本指标", "经济成本指标", "公用经费生均标准", ">=650元", (">=", 650, "元"), note="小学生均标准"),
        Ind("效益指标", "社会效益指标", "教育均衡发展水平", "稳步提高", Q, note="县域义务教育优质均衡"),
        Ind("效益指标", "可持续影响指标", "控辍保学长效机制", "持续有效", Q, note="动态监测"),
        Ind(*SAT, "学生家长满意度", ">=90%", (">=", 90, "%"), note="问卷调查"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 4, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "年度预算资金（万元）")
    rows.put(r, 1, 1, 2, "合计"), rows.put(r, 3, 1, 1, "基本支出"), rows.put(r, 4, 1, 1, "项目支出")
    rows.put(r + 1, 1, 1, 2, "19,850.20"), rows.put(r + 1, 3, 1, 1, "16,320.40"), rows.put(r + 1, 4, 1, 1, "3,529.80")
    rows.add((0, 1, "年度总体目标"), (1, 4, "落实义务教育经费保障机制，推进县域义务教育优质均衡发展，提升教师队伍素质。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "指标值说明"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.note)])
    doc.pages.grid(_spec(rows.cells, rows.n, [86, 90, 140, 80, 99], title="部门整体支出绩效目标表",
                         editor=f"部门：{dept}", kind="dept_performance_targets"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in dept_inds]
    projects = [
        ("学前教育保教费补助", "延吉市教育局", ("236.40", "216.40", "—", "—", "20.00"),
         {"year": "236.40", "fiscal": "216.40", "carried": "20.00"},
         "落实学前教育资助政策，减轻家庭经济困难幼儿家庭负担。", [
             Ind("产出指标", "数量指标", "资助幼儿人数", ">=1800人", (">=", 1800, "人")),
             Ind("产出指标", "质量指标", "资助对象认定准确率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "资助资金发放时间", "2025年10月31日前", (None, None, None)),
             Ind("成本指标", "经济成本指标", "生均资助标准", "<=1200元", ("<=", 1200, "元")),
             Ind("效益指标", "社会效益指标", "家庭经济困难幼儿入园率", ">=98%", (">=", 98, "%")),
             Ind(*SAT, "受助幼儿家长满意度", ">=95%", (">=", 95, "%")),
         ]),
        ("中小学校舍维修改造", "延吉市教育基建服务中心", ("680.00", "520.00", "60.00", "100.00", "—"),
         {"year": "680.00", "fiscal": "520.00"},
         "完成中小学校舍维修改造，消除校舍安全隐患。", [
             Ind("产出指标", "数量指标", "维修改造学校数", "12所", ("=", 12, "所")),
             Ind("产出指标", "数量指标", "维修改造面积", ">=2.6万平方米", (">=", 2.6, "万平方米")),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "暑期工程完工时间", "2025年8月25日前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "校舍安全隐患", "基本消除", Q),
             Ind(*SAT, "师生满意度", ">=90%", (">=", 90, "%")),
         ]),
    ]
    widths = [74, 70, 130, 80, 70, 71]
    for project, unit_name, figures, gold_money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "实施单位"), (5, 1, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for k, head in enumerate(("资金总额", "财政拨款", "财政专户管理资金", "单位资金", "上年结转")):
            rows.put(r, 1 + k, 1, 1, head)
            rows.put(r + 1, 1 + k, 1, 1, figures[k])
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{dept}{year}年项目支出绩效目标表",
                             editor=f"单位：{unit_name}"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", **gold_money)
    return doc.save(folder)


# --------------------------------------------------------------------------- 黑龙江 大庆


def layout_hlj_dq_landscape_list_yuan_merged_projects(folder: Path, name: str) -> FileGold:
    dept = "大庆市让胡路区住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("城市排水管网清淤疏通", "1,650,000.00", "1,650,000.00", "完成主次干道排水管网和雨水口清淤疏通，汛前全面排查易涝点，保障汛期城区排水畅通。", [
            Ind("产出指标", "数量指标", "清淤管网长度", "≥86公里", (">=", 86, "公里")),
            Ind("产出指标", "质量指标", "管网通畅率", "≥95%", (">=", 95, "%")),
            Ind("产出指标", "时效指标", "汛前清淤完成时间", "2025年6月15日前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "城区积水点数量", "逐年减少", Q),
        ]),
        ("老旧小区供热管网改造", "4,320,000.00", "3,800,000.00", "改造老旧小区庭院供热管网及换热设施，解决管网老化跑冒滴漏问题，提高冬季供热质量。", [
            Ind("产出指标", "数量指标", "改造供热管网长度", "≥12.5公里", (">=", 12.5, "公里")),
            Ind("产出指标", "质量指标", "改造后室温达标率", "≥98%", (">=", 98, "%")),
            Ind("成本指标", "经济成本指标", "每公里改造成本", "≤34万元", ("<=", 34, "万元")),
            Ind("满意度指标", "服务对象满意度指标", "供热用户满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("城市道路路灯维护", "980,000.00", "980,000.00", "维护城区道路路灯设施，亮灯率保持较高水平。", [
            Ind("产出指标", "数量指标", "维护路灯盏数", "6800盏", ("=", 6800, "盏")),
            Ind("产出指标", "质量指标", "主次干道亮灯率", "≥98%", (">=", 98, "%")),
            Ind("产出指标", "时效指标", "故障路灯修复时限", "≤24小时", ("<=", 24, "小时")),
            Ind("效益指标", "社会效益指标", "夜间出行安全", "有效保障", Q),
        ]),
        ("建筑工地扬尘监管", "360,000.00", "300,000.00", "加强建筑工地扬尘在线监测和执法检查。", [
            Ind("产出指标", "数量指标", "扬尘在线监测工地数", "≥40个", (">=", 40, "个")),
            Ind("产出指标", "质量指标", "工地六个百分百落实率", "≥95%", (">=", 95, "%")),
            Ind("效益指标", "生态效益指标", "降尘量", "＜7吨/平方公里·月", ("<", 7, "吨/平方公里·月")),
            Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("城镇燃气安全隐患排查整治", "540,000.00", "—", "委托第三方开展城镇燃气管网和用户端安全隐患排查，督促整改闭环，"
         "防范燃气安全事故发生。", [
            Ind("产出指标", "数量指标", "入户安检户数", "≥5.6万户", (">=", 5.6, "万户")),
            Ind("产出指标", "质量指标", "隐患整改完成率", "≥95%", (">=", 95, "%")),
            Ind("效益指标", "社会效益指标", "较大以上燃气安全事故", "零发生", Q),
            Ind("满意度指标", "服务对象满意度指标", "燃气用户满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "项目名称", "资金总额", "其中：财政拨款", "年度绩效目标",
                                                 "一级指标", "二级指标", "三级指标", "指标值"))])
    for n, (project, total, fiscal, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.raw)])
        for col, text in ((0, str(n)), (1, project), (2, total), (3, fiscal), (4, goal)):
            rows.put(r0, col, len(inds), 1, text)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "元", year=total, fiscal=None if fiscal == "—" else fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [28, 92, 80, 80, 130, 56, 72, 120, 84], landscape=True,
                         title=f"{dept}{year}年项目支出绩效目标表（金额单位：元）", editor=f"部门：{dept}"),
                   repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 北京 海淀


def layout_bj_hd_self_eval_pairs_landscape_grade_words(folder: Path, name: str) -> FileGold:
    dept = "北京市海淀区园林绿化局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    projects = [
        ("城市绿地养护管理", "北京市海淀区园林绿化服务中心", ("1,820.00", "1,860.00", "1,812.40"),
         ("完成城市绿地精细化养护，绿地保存率保持高位。", "养护绿地1,260公顷，绿地保存率98.6%。"), [
             Ind("产出指标", "数量指标", "养护城市绿地面积", "≥1200公顷", (">=", 1200, "公顷"), "20", "1260公顷", "20"),
             Ind("产出指标", "质量指标", "绿地植物保存率", "≥98%", (">=", 98, "%"), "20", "98.6%", "20"),
             Ind("产出指标", "时效指标", "病虫害防治及时率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
             Ind("成本指标", "经济成本指标", "每公顷养护成本", "≤1.5万元", ("<=", 1.5, "万元"), "10", "1.44万元", "10"),
             Ind("效益指标", "生态效益指标", "城市生态环境", "持续改善", Q, "20", "持续改善", "18", "部分绿地土壤板结"),
             Ind(*SAT, "周边居民满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
         ], "优秀", "优"),
        ("古树名木保护复壮", "北京市海淀区园林绿化服务中心", ("260.00", "240.00", "214.80"),
         ("完成古树名木体检和复壮，古树保存率100%。", "完成体检1,100株、复壮52株，部分支撑工程未结算。"), [
             Ind("产出指标", "数量指标", "古树体检株数", "≥1000株", (">=", 1000, "株"), "20", "1100株", "20"),
             Ind("产出指标", "数量指标", "古树复壮株数", "60株", ("=", 60, "株"), "15", "52株", "12", "施工窗口期短"),
             Ind("产出指标", "质量指标", "古树保存率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "复壮工程完成时间", "2024年11月30日前", (None, None, None), "10",
                 "2024年12月20日", "7", "结算滞后"),
             Ind("效益指标", "可持续影响指标", "古树保护管理水平", "有效提升", Q, "20", "有效提升", "18"),
             Ind(*SAT, "社会公众满意度", "≥90%", (">=", 90, "%"), "10", "91%", "10"),
         ], "良好", "良"),
    ]
    widths = [66, 70, 100, 84, 84, 50, 50, 60, 120]
    for project, unit_name, (initial, budget, executed), goal, inds, grade_word, grade in projects:
        total = _total(budget, executed, inds)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 1, "实施单位"), (6, 3, unit_name))
        rows.add((0, 1, "年初预算数（万元）"), (1, 2, initial), (3, 1, "全年预算数（万元）"), (4, 1, budget),
                 (5, 1, "全年执行数（万元）"), (6, 3, executed))
        rows.add((0, 1, "预算执行率"), (1, 2, _rate(budget, executed)), (3, 1, "分值"), (4, 1, "10"),
                 (5, 1, "得分"), (6, 3, str(_rate_score(budget, executed))))
        rows.add((0, 1, "年度目标"), (1, 4, goal[0]), (5, 1, "实际完成情况"), (6, 3, goal[1]))
        r = rows.n
        rows.put(r, 0, 1, 3, "绩效指标")
        rows.put(r, 3, 2, 1, "年度指标值")
        rows.put(r, 4, 2, 1, "实际完成值")
        rows.put(r, 5, 2, 1, "分值")
        rows.put(r, 6, 2, 1, "得分")
        rows.put(r, 7, 2, 2, "偏差原因分析及改进措施")
        rows.put(r + 1, 0, 1, 1, "一级指标"), rows.put(r + 1, 1, 1, 1, "二级指标"), rows.put(r + 1, 2, 1, 1, "三级指标")
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 2, i.note)])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, "自评等级"), (8, 1, grade_word))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表", landscape=True,
                             editor=f"主管部门：{dept}", kind="performance_self_evaluation"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.self_evaluation(project, "万元", budget, executed, float(total), grade)
        doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 天津 南开


def layout_tj_nk_street_total_year_heads_yuan(folder: Path, name: str) -> FileGold:
    dept = "天津市南开区万兴街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("老旧小区长效管理", ("1,800,000.00", "600,000.00", "600,000.00", "—"),
         {"total": "1,800,000.00", "year": "600,000.00", "fiscal": "600,000.00"},
         "项目实施期2025-2027年，本年度完成辖区老旧小区日常管理服务。", [
             Ind("产出指标", "数量指标", "管理服务小区个数", "不少于14个", (">=", 14, "个")),
             Ind("产出指标", "质量指标", "小区环境卫生检查合格率", "不低于95%", (">=", 95, "%")),
             Ind("成本指标", "经济成本指标", "管理成本超支率", "控制在5%以内", ("<=", 5, "%")),
             Ind("效益指标", "社会效益指标", "小区管理秩序", "明显好转", Q),
             Ind(*SAT, "小区居民满意度", "达到90%", (">=", 90, "%")),
         ]),
        ("社区养老助餐服务", ("420,000.00", "420,000.00", "380,000.00", "40,000.00"),
         {"year": "420,000.00", "fiscal": "380,000.00", "carried": "40,000.00"},
         "为辖区老年人提供助餐服务，解决老年人就餐难问题。", [
             Ind("产出指标", "数量指标", "助餐服务人次", "不少于36000人次", (">=", 36000, "人次")),
             Ind("产出指标", "质量指标", "食品安全事故发生数", "0起", ("=", 0, "起")),
             Ind("产出指标", "时效指标", "助餐点开放天数", "大于300天", (">", 300, "天")),
             Ind("效益指标", "社会效益指标", "老年人生活便利程度", "有效提升", Q),
             Ind(*SAT, "就餐老人满意度", "不低于92%", (">=", 92, "%")),
         ]),
        ("网格化社会治理", ("265,500.00", "265,500.00", "265,500.00", "0.00"),
         {"year": "265,500.00", "fiscal": "265,500.00", "carried": "0.00"},
         "健全网格化治理体系，及时处置辖区各类事件。", [
             Ind("产出指标", "数量指标", "专职网格员人数", "46人", ("=", 46, "人")),
             Ind("产出指标", "时效指标", "事件处置按期办结率", "不低于98%", (">=", 98, "%")),
             Ind("成本指标", "经济成本指标", "网格员人均补贴", "不超过5400元", ("<=", 5400, "元")),
             Ind("效益指标", "社会效益指标", "矛盾纠纷化解率", "高于95%", (">", 95, "%")),
             Ind(*SAT, "辖区居民满意度", "达到90%", (">=", 90, "%")),
         ]),
    ]
    widths = [72, 88, 88, 88, 84, 75]
    for project, figures, gold_money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "实施单位"), (5, 1, "万兴街道办事处"))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（元）")
        for k, head in enumerate(("项目总金额", "本年预算", "其中：财政资金")):
            rows.put(r, 1 + k, 1, 1, head)
            rows.put(r + 1, 1 + k, 1, 1, figures[k])
        rows.put(r, 4, 1, 2, "上年结转资金")
        rows.put(r + 1, 4, 1, 2, figures[3])
        rows.add((0, 1, "绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"填报单位：{dept}"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "元", **gold_money)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 周口


def layout_ha_zk_budget_colon_cells_form_cut_by_break(folder: Path, name: str) -> FileGold:
    dept = "周口市川汇区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "3,486.70"), ("上年结转", "120.00")],
                  [("社会保障和就业支出", "3,406.70"), ("卫生健康支出", "200.00")])
    background = ("依据国家和省市关于加强困难群众基本生活保障工作的部署，结合本区实际，"
                  "对城乡低保、特困供养、临时救助对象实施分类救助，做好兜底保障。") * 3
    projects = [
        ("困难群众救助补助", "411602250000086", ("资金总额：320.00万元", "财政拨款：300.00万元", "上年结转：20.00万元"),
         {"year": "320.00", "fiscal": "300.00", "carried": "20.00"},
         "按时足额发放困难群众救助资金，应保尽保。", [
             Ind("产出指标", "数量指标", "城乡低保保障人数", "≥5200人", (">=", 5200, "人"), "15"),
             Ind("产出指标", "数量指标", "特困人员供养人数", "≥380人", (">=", 380, "人"), "10"),
             Ind("产出指标", "质量指标", "救助对象认定准确率", "≥98%", (">=", 98, "%"), "10"),
             Ind("产出指标", "时效指标", "救助资金按月发放率", "100%", ("=", 100, "%"), "10"),
             Ind("成本指标", "经济成本指标", "城市低保月人均补助", "≥420元", (">=", 420, "元"), "10"),
             Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", Q, "20"),
             Ind("效益指标", "可持续影响指标", "社会救助体系", "进一步完善", Q, "15"),
             Ind(*SAT, "救助对象满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("养老机构运营补贴", "411602250000093", ("资金总额：156.00万元", "财政拨款：156.00万元", "上年结转：—"),
         {"year": "156.00", "fiscal": "156.00"},
         "对符合条件的养老机构给予运营补贴，提升养老服务质量。", [
             Ind("产出指标", "数量指标", "补贴养老机构家数", "9家", ("=", 9, "家"), "15"),
             Ind("产出指标", "数量指标", "入住老年人床位数", "≥1300张", (">=", 1300, "张"), "10"),
             Ind("产出指标", "质量指标", "养老机构星级评定达标率", "≥80%", (">=", 80, "%"), "10"),
             Ind("产出指标", "时效指标", "补贴资金拨付时间", "2025年12月20日前", (None, None, None), "10"),
             Ind("成本指标", "经济成本指标", "每张床位年补贴", "≤1200元", ("<=", 1200, "元"), "10"),
             Ind("效益指标", "社会效益指标", "养老机构床位利用率", "＞60%", (">", 60, "%"), "20"),
             Ind("效益指标", "可持续影响指标", "养老服务供给能力", "持续增强", Q, "15"),
             Ind(*SAT, "入住老人满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
    ]
    widths = [70, 70, 130, 115, 110]
    for project, code, money, gold_money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, dept))
        rows.add((0, 1, "项目概况"), (1, 4, background))
        rows.add((0, 1, "立项依据"), (1, 4, "《社会救助暂行办法》《河南省社会救助实施办法》及市、区相关文件。" * 4))
        rows.add((0, 1, "项目资金"), (1, 2, money[0]), (3, 1, money[1]), (4, 1, money[2]))
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "实施进度"), (1, 4, "一季度完成对象核查，二至四季度按月发放，年底前完成绩效自评。" * 3))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重（%）"))
        header_row = rows.n - 1
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"编制单位：{dept}"), repeat=(header_row, 1))
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", code=code, **gold_money)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山东 威海


def layout_sd_wh_final_accounts_dept_self_eval_yuan_projects(folder: Path, name: str) -> FileGold:
    dept = "威海市环翠区市场监督管理局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "2,616.58"), ("二、其他收入", "20.00")],
                    [("一、一般公共服务支出", "2,356.58"), ("二、卫生健康支出", "280.00")])
    dept_inds = [
        Ind("产出指标", "数量指标", "市场主体双随机抽查户数", "≥1500户", (">=", 1500, "户"), "15", "1620户", "15"),
        Ind("产出指标", "数量指标", "食品安全抽检批次", "≥2400批次", (">=", 2400, "批次"), "15", "2510批次", "15"),
        Ind("产出指标", "质量指标", "抽检问题产品核查处置率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "投诉举报按时办结率", "≥98%", (">=", 98, "%"), "10", "97.2%", "9", "节假日投诉集中"),
        Ind("效益指标", "社会效益指标", "重大食品安全事故", "零发生", Q, "15", "零发生", "15"),
        Ind("效益指标", "经济效益指标", "新登记市场主体增长率", "≥5%", (">=", 5, "%"), "10", "6.1%", "10"),
        Ind("效益指标", "可持续影响指标", "信用监管机制", "不断完善", Q, "5", "不断完善", "5"),
        Ind(*SAT, "经营主体满意度", "≥90%", (">=", 90, "%"), "10", "94%", "10"),
    ]
    budget, executed = "26,800,000.00", "26,365,800.00"
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 7, dept))
    rows.add((0, 2, "预算资金（元）"), (2, 1, "年初预算数"), (3, 1, "全年预算数"), (4, 1, "全年执行数"),
             (5, 1, "分值"), (6, 1, "执行率"), (7, 1, "得分"))
    for label, a, b, c, w, rt, s in (
            ("年度资金总额", "25,600,000.00", budget, executed, "10", _rate(budget, executed),
             str(_rate_score(budget, executed))),
            ("按支出类型：基本支出", "19,200,000.00", "19,500,000.00", "19,480,600.00", "—", "—", "—"),
            ("　　　　　　项目支出", "6,400,000.00", "7,300,000.00", "6,885,200.00", "—", "—", "—")):
        rows.add((0, 2, label), (2, 1, a), (3, 1, b), (4, 1, c), (5, 1, w), (6, 1, rt), (7, 1, s))
    rows.add((0, 2, "年度总体目标"), (2, 6, "强化食品药品和特种设备安全监管，优化营商环境，守牢安全底线。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因"))])
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual),
                                                 (5, 1, i.weight), (6, 1, i.score), (7, 1, i.note)])
    total = _total(budget, executed, dept_inds)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
    rows.add((0, 5, "评价等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [56, 56, 96, 78, 78, 56, 44, 50], title=f"{year}年度部门整体支出绩效自评表",
                         editor=f"单位：{dept}", kind="performance_self_evaluation"), fresh_page=True)
    doc.gold.indicators += [_gold_ind(None, i) for i in dept_inds]
    doc.gold.self_evaluation(None, "元", budget, executed, float(total), "优")
    projects = [
        ("食品安全抽检监测", ("1,560,000.00", "1,560,000.00", "1,498,200.00"), [
            Ind("产出指标", "数量指标", "抽检监测批次", "≥2400批次", (">=", 2400, "批次"), "20", "2510批次", "20"),
            Ind("产出指标", "质量指标", "检验报告出具准确率", "100%", ("=", 100, "%"), "20", "100%", "20"),
            Ind("产出指标", "时效指标", "不合格样品核查处置时限", "≤30日", ("<=", 30, "日"), "10", "25日", "10"),
            Ind("成本指标", "经济成本指标", "平均每批次检测费用", "≤650元", ("<=", 650, "元"), "10", "597元", "10"),
            Ind("效益指标", "社会效益指标", "食品安全风险防控能力", "有效提升", Q, "20", "有效提升", "19"),
            Ind(*SAT, "消费者满意度", "≥88%", (">=", 88, "%"), "10", "90%", "10"),
        ], "优"),
        ("特种设备安全监察", ("820,000.00", "700,000.00", "742,600.00"), [
            Ind("产出指标", "数量指标", "监督检查特种设备使用单位数", "≥600家", (">=", 600, "家"), "20", "612家", "20"),
            Ind("产出指标", "质量指标", "隐患整改闭环率", "≥95%", (">=", 95, "%"), "20", "92%", "17",
                "个别单位整改资金不足"),
            Ind("产出指标", "时效指标", "电梯困人故障处置到场时间", "≤30分钟", ("<=", 30, "分钟"), "10", "22分钟", "10"),
            Ind("效益指标", "社会效益指标", "特种设备事故死亡人数", "0人", ("=", 0, "人"), "20", "0人", "20"),
            Ind("效益指标", "可持续影响指标", "电梯安全责任保险覆盖率", "≥80%", (">=", 80, "%"), "10", "76%", "8",
                "老旧小区投保意愿低"),
            Ind(*SAT, "使用单位满意度", "≥90%", (">=", 90, "%"), "10", "91%", "10"),
        ], "良"),
    ]
    for project, (budget, fiscal, executed), inds, grade in projects:
        total = _total(budget, executed, inds)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 5, project))
        rows.add((0, 2, "主管部门"), (2, 5, dept))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金")
        for k, (label, value) in enumerate((("全年预算数（元）", budget), ("其中：财政拨款（元）", fiscal),
                                            ("全年执行数（元）", executed),
                                            ("执行率（分值10分）", f"{_rate(budget, executed)}，得分{_rate_score(budget, executed)}"))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 4, value)
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score)])
        rows.add((0, 5, "自评总分"), (5, 2, f"{total:.2f}"))
        rows.add((0, 5, "自评等级"), (5, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [60, 64, 120, 80, 80, 46, 46], title=f"{year}年度项目支出绩效自评表",
                             editor=f"实施单位：{dept}", kind="performance_self_evaluation"), fresh_page=True)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.self_evaluation(project, "元", budget, executed, float(total), grade)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山东 德州


def layout_sd_dz_school_unit_source_rows_total_last(folder: Path, name: str) -> FileGold:
    dept = "德州市德城区第一实验小学"
    parent = "德州市德城区教育和体育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year,
                  cover=[(dept, 22), (f"{year}年项目支出绩效目标表", 20), (f"主管部门：{parent}", 14)])
    projects = [
        ("校园安保服务购买", "其他运转类",
         [("财政拨款", "48.00"), ("　其中：一般公共预算", "48.00"), ("事业收入", "—"), ("上年结转", "6.50"),
          ("合　　计", "54.50")],
         {"year": "54.50", "fiscal": "48.00", "carried": "6.50"}, [
             Ind("产出指标", "数量指标", "驻校专职保安人数", "≥8人", (">=", 8, "人"), "20"),
             Ind("产出指标", "质量指标", "校园安全责任事故", "0起", ("=", 0, "起"), "20"),
             Ind("产出指标", "时效指标", "上下学时段护校岗到岗率", "100%", ("=", 100, "%"), "20"),
             Ind("成本指标", "经济成本指标", "保安人员月均服务费", "≤5000元", ("<=", 5000, "元"), "10"),
             Ind("效益指标", "社会效益指标", "校园安全环境", "持续稳定", Q, "20"),
             Ind(*SAT, "学生家长满意度", "≥95%", (">=", 95, "%"), "10"),
         ]),
        ("课后服务及校园设施维护", "其他运转类",
         [("财政拨款", "120.00"), ("　其中：一般公共预算", "80.00"), ("　　　　政府性基金", "40.00"),
          ("事业收入", "15.00"), ("上年结转", "0.00"), ("合　　计", "135.00")],
         {"year": "135.00", "fiscal": "120.00", "carried": "0.00"}, [
             Ind("产出指标", "数量指标", "参加课后服务学生人数", "≥1500人", (">=", 1500, "人"), "20"),
             Ind("产出指标", "数量指标", "维修教室及功能室间数", "≥24间", (">=", 24, "间"), "15"),
             Ind("产出指标", "质量指标", "维修工程验收合格率", "100%", ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "暑期维修完工时间", "2025年8月20日前", (None, None, None), "10"),
             Ind("效益指标", "社会效益指标", "家长接送负担", "有效减轻", Q, "25"),
             Ind(*SAT, "学生满意度", "≥92%", (">=", 92, "%"), "15"),
         ]),
    ]
    widths = [78, 84, 150, 100, 83]
    for k, (project, kind, money, gold_money, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "主管部门"), (4, 1, parent))
        rows.add((0, 1, "项目单位"), (1, 2, dept), (3, 1, "项目类型"), (4, 1, kind))
        r = rows.n
        rows.put(r, 0, len(money), 1, "资金来源（万元）")
        for j, (label, value) in enumerate(money):
            rows.put(r + j, 1, 1, 2, label)
            rows.put(r + j, 3, 1, 2, value)
        r = rows.n
        rows.put(r, 0, 1, 3, "绩效指标")
        rows.put(r, 3, 2, 1, "指标值")
        rows.put(r, 4, 2, 1, "分值")
        rows.put(r + 1, 0, 1, 1, "一级指标"), rows.put(r + 1, 1, 1, 1, "二级指标"), rows.put(r + 1, 2, 1, 1, "三级指标")
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"单位名称：{dept}"), fresh_page=k == 0)
        doc.gold.indicators += [_gold_ind(project, i) for i in inds]
        doc.gold.project(project, "万元", **gold_money)
    return doc.save(folder)


BLIND58: dict[str, Builder] = {
    "heb_qhd_budget_stacked_fiscal_income_lines": layout_heb_qhd_budget_stacked_fiscal_income_lines,
    "sx_jc_declare_spaced_labels_yuan_nature": layout_sx_jc_declare_spaced_labels_yuan_nature,
    "nmg_tl_banner_two_forms_money_sentence": layout_nmg_tl_banner_two_forms_money_sentence,
    "ln_yk_final_accounts_dept_and_project_self_evals": layout_ln_yk_final_accounts_dept_and_project_self_evals,
    "jl_yb_budget_dept_wide_then_projects_heads_row": layout_jl_yb_budget_dept_wide_then_projects_heads_row,
    "hlj_dq_landscape_list_yuan_merged_projects": layout_hlj_dq_landscape_list_yuan_merged_projects,
    "bj_hd_self_eval_pairs_landscape_grade_words": layout_bj_hd_self_eval_pairs_landscape_grade_words,
    "tj_nk_street_total_year_heads_yuan": layout_tj_nk_street_total_year_heads_yuan,
    "ha_zk_budget_colon_cells_form_cut_by_break": layout_ha_zk_budget_colon_cells_form_cut_by_break,
    "sd_wh_final_accounts_dept_self_eval_yuan_projects": layout_sd_wh_final_accounts_dept_self_eval_yuan_projects,
    "sd_dz_school_unit_source_rows_total_last": layout_sd_dz_school_unit_source_rows_total_last,
}
SETS: dict[str, dict[str, Builder]] = {"blind58": BLIND58}


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
    """Write every layout of ``which`` ("blind58") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
