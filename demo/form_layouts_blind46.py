"""BLIND46 performance forms: ten layouts as 县级部门, 乡镇 and 街道 of 四川, 重庆, 贵州, 云南,
陕西, 甘肃, 宁夏, 新疆, 青海 and 广西 print their 项目支出绩效目标表, 部门（单位）整体支出绩效目标表,
项目支出绩效自评表 and 部门整体支出绩效自评表 in 2024–2025 disclosures, written for realism by an
author who had read neither the form reader nor the earlier blind sets (only the gold helpers and
page composer of ``form_layouts``, the gold conventions of BLIND9's docstring and the brief). The
forms follow the Ministry of Finance templates and their common provincial variants, with real
PDFs' imperfections: spaced labels (项 目 名 称), "—" and "/" in empty money cells, mixed
full/half-width colons and brackets, units in title lines, heads or cells, wrapped labels.

sc_my_budget_income_source_lines_two_forms  四川 绵阳 county 部门预算: budget tables, then two
        项目支出绩效目标表 whose 项目资金 block is a 资金来源 grid of …财政拨款收入 lines
        (一般公共预算 / 政府性基金预算 / 国有资本经营预算, "/" where empty), 财政专户管理资金收入,
        单位资金 and 合计 (万元 in the title line)
cq_yb_town_three_short_forms_yuan_pairs  重庆 渝北 镇人民政府: three short forms running down the
        pages, money as label：value pairs in 元 with separators (资金总额（元）| 财政资金 | 上年结转
        0.00 | 其他资金 —), 分值 column; the third form is cut by the page break mid-grid
gz_zy_budget_landscape_list_money_columns  贵州 遵义 county 部门预算: budget tables, then a landscape
        项目支出绩效目标表 list (序号 | 项目名称 | 资金总额 | 财政资金 | 其他资金 | 年度绩效目标 | 一级 |
        二级 | 三级 | 指标值), unit in the title line, a column-number row, header repeated on the
        next page, a project cell cut by the page break
yn_qj_accounts_self_evals_grade_words  云南 曲靖 county 部门决算: accounts tables, then two
        项目支出绩效自评表 on the Ministry template (年初预算数 | 全年预算数 | 全年执行数 | 分值 |
        执行率 | 得分 over 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金, "—" cells),
        偏差原因 split into 原因分析 | 改进措施, grades printed as words (优秀 / 良好)
sn_hz_budget_dept_wide_stacked_then_project  陕西 汉中 county 部门预算 ending with a 部门（单位）
        整体支出绩效目标表 (stacked 部门预算资金 rows 年度资金总额 / 按收入性质分…, 年度主要任务 with
        amounts, grid with 权重), then one 项目支出绩效目标表 with label | value money
gs_ts_self_evals_spaced_labels_yuan  甘肃 天水 district: two standalone 项目支出绩效自评表 with
        spaced labels, money in 元 with separators as stacked rows (资金总额 / 其中：财政拨款 / 其他资金),
        自评得分 | 自评等级 in one row at the foot
nx_yc_street_labels_above_values_split_target  宁夏 银川 街道办事处: two forms a page, money labels
        above their values (资金总额（万元）| 财政拨款（万元）| 上年结转（万元）| 其他资金（万元）),
        target split 指标方向 | 指标值 | 计量单位, 权重
xj_cj_accounts_dept_self_eval_then_project  新疆 昌吉州 county 部门决算: a 部门整体支出绩效自评表
        (预算执行情况 columns 年初预算数 | 全年预算数 | 全年执行数 over 年度资金总额 / 基本支出 / 项目支出)
        then one compact 项目支出绩效自评表 (money label | value pairs)
qh_xn_multi_year_total_year_rows_yuan  青海 西宁 district: multi-year projects (2024-2026) whose
        money block stacks 项目总额 / 年度资金 / 其中：财政拨款 / 其中：上年结转 / 其中：其他资金 in 元
        (the unit only in the merged block label 项目资金（元）), 分值, 不少于 N
gx_bs_budget_two_forms_a_page_fiscal_named  广西 百色 county 部门预算: budget tables, then short
        forms two a page, money heads in one row (年度资金总额 | 其中：财政资金 | 其他资金 | 上年结转资金)
        over one row of figures, "达到 N" and range targets

Gold conventions: BLIND9's docstring, with the brief's money rulings (fiscal = the 财政拨款 /
财政资金 figure as printed, or the sum of source lines named …财政拨款收入; a printed 0.00 上年结转
is 0.00; 达到 N reads ">="). This set's rulings:

- 项目总额 of a multi-year project is ``total``; 年度资金 is ``year``.
- A 部门整体 form's money is no project's. Self-evaluations: budget = 全年预算数 of 年度资金总额,
  executed = its 全年执行数, score = the printed 总分 / 自评得分; a project self-evaluation gives
  the project's money (year = 全年预算数, fiscal = the 财政拨款 row's 全年预算数 where printed).
- "控制在N以内" reads "<=".

Re-ruled after the set's first run, to the standing convention (BLIND9's docstring: a deadline
stays raw with no comparator; BLIND42's 每季度末前 likewise): the author had read "学期结束前"
(资助资金发放时间) as a qualitative state; it is a deadline, the end of the school term.
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
                  projects: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, 收支总表, 项目支出表, the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标表", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}认真贯彻落实党中央、省委和市委、县委决策部署，履行法定职责。",
        "二、机构设置。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
        f"三、{year}年重点工作。围绕全年目标任务，统筹资金保障重点支出，严格落实过紧日子要求。",
    ])
    total = sum(Decimal(v.replace(",", "")) for _, v in income)
    body = [plain_row([k, v, "", ""]) for k, v in income]
    body.append(plain_row(["收入总计", f"{total:,.2f}", "支出总计", f"{total:,.2f}"]))
    doc.pages.table(TableSpec("部门收支总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收    入"), (0, 2, 1, 2, "支    出"), (1, 0, 1, 1, "项    目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项    目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    pbody = [plain_row([str(k), n, v]) for k, (n, v) in enumerate(projects, 1)]
    doc.pages.table(TableSpec("项目支出预算表", "project_expenditure", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [50, 300, 120],
                              [(0, 0, 1, 1, "序号"), (0, 1, 1, 1, "项目名称"), (0, 2, 1, 1, "本年拨款")],
                              1, pbody, ["c", "l", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标表", [
        f"按照全面实施预算绩效管理的要求，{dept}{year}年项目支出全部编报绩效目标，现将重点项目绩效目标公开如下。",
    ])


def _rate(budget: str, executed: str) -> tuple[str, str, float]:
    """执行率 as printed, its score (10 × rate, at most 10) as printed, and that score."""
    b = Decimal(budget.replace(",", ""))
    e = Decimal(executed.replace(",", ""))
    rate = e / b * 100
    score = min(Decimal(10), (e / b * 10)).quantize(Decimal("0.01"))
    return f"{rate.quantize(Decimal('0.01'))}%", f"{score}", float(score)


def _total(inds: list[Ind], rate_score: float) -> float:
    return round(sum(float(i.score) for i in inds) + rate_score, 2)


# --------------------------------------------------------------------------- 四川 绵阳


def layout_sc_my_budget_income_source_lines_two_forms(folder: Path, name: str) -> FileGold:
    dept = "绵阳市三台县农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year,
                  cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "4,386.20"), ("二、政府性基金预算拨款收入", "300.00"),
                                    ("三、事业收入", "45.00")],
                  [("高标准农田建设管护", "520.00"), ("动物疫病防控", "138.60")])
    projects = [
        ("高标准农田建设管护", "51072225R000000012345", "三台县农田建设服务中心",
         [("一般公共预算财政拨款收入", "420.00"), ("政府性基金预算财政拨款收入", "100.00"),
          ("国有资本经营预算财政拨款收入", "/"), ("财政专户管理资金收入", "/"), ("单位资金", "30.00")],
         "550.00", "520.00",
         "完成已建高标准农田工程设施管护，保障灌排设施正常运行，耕地质量等级稳中有升。", [
             Ind("产出指标", "数量指标", "管护高标准农田面积", "≥12.5万亩", (">=", 12.5, "万亩")),
             Ind("产出指标", "数量指标", "维修灌排渠系长度", "≥36公里", (">=", 36, "公里")),
             Ind("产出指标", "质量指标", "设施完好率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "管护资金拨付时间", "2025年10月底前", (None, None, None)),
             Ind("效益指标", "经济效益指标", "亩均粮食增产", "≥50公斤", (">=", 50, "公斤")),
             Ind("效益指标", "可持续影响指标", "工程设施使用年限", "≥15年", (">=", 15, "年")),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("动物疫病防控", "51072225R000000012388", "三台县动物疫病预防控制中心",
         [("一般公共预算财政拨款收入", "138.60"), ("政府性基金预算财政拨款收入", "/"),
          ("国有资本经营预算财政拨款收入", "/"), ("财政专户管理资金收入", "/"), ("单位资金", "/")],
         "138.60", "138.60",
         "做好重大动物疫病强制免疫和监测，全年不发生区域性重大动物疫情。", [
             Ind("产出指标", "数量指标", "强制免疫畜禽数量", "≥260万头（只）", (">=", 260, "万头(只)")),
             Ind("产出指标", "数量指标", "血清学监测样品数", "≥4800份", (">=", 4800, "份")),
             Ind("产出指标", "质量指标", "免疫抗体合格率", "≥70%", (">=", 70, "%")),
             Ind("产出指标", "时效指标", "春秋防集中免疫完成时间", "2025年5月、11月底前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "0次", ("=", 0, "次")),
             Ind("效益指标", "社会效益指标", "畜产品质量安全", "稳定向好", Q),
             Ind("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [70, 70, 130, 110, 115]
    for project, code, unit_name, sources, total, fiscal, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit_name))
        r = rows.n
        rows.put(r, 0, len(sources) + 2, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 3, "资金来源")
        rows.put(r, 4, 1, 1, "金额")
        for k, (label, value) in enumerate(sources, 1):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 1, value)
        rows.put(r + len(sources) + 1, 1, 1, 3, "合计")
        rows.put(r + len(sources) + 1, 4, 1, 1, total)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 2, "指标值（包含数字及文字描述）"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表（单位：万元）",
                             editor=f"部门（单位）名称：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆 渝北


def layout_cq_yb_town_three_short_forms_yuan_pairs(folder: Path, name: str) -> FileGold:
    dept = "重庆市渝北区大湾镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("农村人居环境整治", "垃圾收运和公厕管护，改善场镇及村社环境卫生。",
         "1,860,000.00", "1,860,000.00", "0.00", "—", [
             Ind("产出指标", "数量指标", "生活垃圾清运量", "≥3200吨", (">=", 3200, "吨"), "30"),
             Ind("产出指标", "质量指标", "农村公厕保洁达标率", "≥95%", (">=", 95, "%"), "20"),
             Ind("产出指标", "时效指标", "垃圾日产日清", "及时", Q, "10"),
             Ind("效益指标", "社会效益指标", "村容村貌", "明显改善", Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("地质灾害隐患点监测", "落实群测群防，汛期24小时值守，避免人员伤亡。",
         "236,500.00", "200,000.00", "36,500.00", "—", [
             Ind("产出指标", "数量指标", "监测隐患点数量", "18处", ("=", 18, "处"), "30"),
             Ind("产出指标", "质量指标", "监测员持证上岗率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "险情报告时限", "≤1小时", ("<=", 1, "小时"), "10"),
             Ind("效益指标", "社会效益指标", "地质灾害造成人员伤亡", "0人", ("=", 0, "人"), "30"),
             Ind("满意度指标", "服务对象满意度指标", "受威胁群众满意度", "≥85%", (">=", 85, "%"), "10"),
         ]),
        ("退役军人服务站运行", "保障镇村两级服务站正常运转，做好优抚对象走访慰问。",
         "128,000.00", "128,000.00", "0.00", "—", [
             Ind("产出指标", "数量指标", "走访慰问优抚对象", "≥420人次", (">=", 420, "人次"), "30"),
             Ind("产出指标", "质量指标", "服务站规范化建设达标率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "春节慰问完成时间", "2025年1月28日前", (None, None, None), "10"),
             Ind("效益指标", "社会效益指标", "退役军人合法权益保障", "有效保障", Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "退役军人满意度", "≥95%", (">=", 95, "%"), "10"),
         ]),
    ]
    widths = [72, 82, 150, 110, 80]
    for k, (project, goal, total, fiscal, carried, other, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, "重庆市渝北区人民政府"), (3, 1, "实施单位"), (4, 1, dept))
        rows.add((0, 1, "资金总额（元）"), (1, 2, total), (3, 1, "财政资金："), (4, 1, fiscal))
        rows.add((0, 1, "上年结转："), (1, 2, carried), (3, 1, "其他资金："), (4, 1, other))
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "分值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表" if k == 0 else "",
                             editor=f"编制单位:{dept}" if k == 0 else "", unit_raw="单位:元" if k == 0 else None),
                       fresh_page=k == 0, gap=26.0)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 遵义


def layout_gz_zy_budget_landscape_list_money_columns(folder: Path, name: str) -> FileGold:
    dept = "遵义市湄潭县卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 22)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "12,640.35"), ("二、事业收入", "3,210.00")],
                  [("基本公共卫生服务", "1,286.40"), ("计划生育家庭奖励扶助", "412.80"), ("医疗卫生机构能力建设", "650.00"),
                   ("家庭医生签约服务", "96.00")])
    projects = [
        ("基本公共卫生服务", "1,286.40", "1,286.40", "—",
         "为城乡居民免费提供国家基本公共卫生服务，重点人群健康管理率稳步提升。", [
             Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥3.2万人", (">=", 3.2, "万人")),
             Ind("产出指标", "质量指标", "高血压患者规范管理率", "≥62%", (">=", 62, "%")),
             Ind("产出指标", "质量指标", "适龄儿童国家免疫规划疫苗接种率", "≥90%", (">=", 90, "%")),
             Ind("效益指标", "社会效益指标", "城乡居民公共卫生服务差距", "逐步缩小", Q),
             Ind("满意度指标", "服务对象满意度指标", "居民对基本公共卫生服务满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("计划生育家庭奖励扶助", "412.80", "412.80", "—",
         "按标准足额发放农村部分计划生育家庭奖励扶助金和特别扶助金。", [
             Ind("产出指标", "数量指标", "奖励扶助对象人数", "5160人", ("=", 5160, "人")),
             Ind("产出指标", "质量指标", "资金发放准确率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "扶助金发放时间", "2025年6月30日前", (None, None, None)),
             Ind("成本指标", "经济成本指标", "奖励扶助标准", "960元/人·年", ("=", 960, "元/人·年")),
             Ind("满意度指标", "服务对象满意度指标", "扶助对象满意度", "≥95%", (">=", 95, "%")),
         ]),
        ("医疗卫生机构能力建设", "650.00", "450.00", "200.00",
         "改善乡镇卫生院诊疗条件，提升基层医疗服务能力。", [
             Ind("产出指标", "数量指标", "购置医疗设备台（套）数", "≥46台（套）", (">=", 46, "台(套)")),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "设备采购完成时限", "≤10个月", ("<=", 10, "个月")),
             Ind("效益指标", "社会效益指标", "县域内就诊率", "≥90%", (">=", 90, "%")),
             Ind("效益指标", "可持续影响指标", "基层医疗服务能力", "持续提升", Q),
         ]),
        ("家庭医生签约服务", "96.00", "96.00", "—",
         "做实重点人群家庭医生签约服务，提高签约居民获得感。", [
             Ind("产出指标", "数量指标", "重点人群签约人数", "≥4.5万人", (">=", 4.5, "万人")),
             Ind("产出指标", "质量指标", "签约居民续约率", "≥85%", (">=", 85, "%")),
             Ind("产出指标", "时效指标", "签约服务费拨付时间", "次年3月底前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "签约居民健康管理水平", "明显提高", Q),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥85%", (">=", 85, "%")),
         ]),
    ]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "项目名称", "资金总额", "财政资金", "其他资金", "年度绩效目标",
                                                 "一级指标", "二级指标", "三级指标", "指标值"))])
    rows.add(*[(k, 1, str(k + 1)) for k in range(10)])
    for n, (project, total, fiscal, other, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw)])
        for c, text in enumerate((str(n), project, total, fiscal, other, goal)):
            rows.put(r0, c, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [30, 80, 56, 56, 50, 130, 56, 70, 120, 92],
                         title=f"{year}年项目支出绩效目标表（单位：万元）", editor=f"单位名称：{dept}",
                         landscape=True), repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 云南 曲靖


def _yn_self_eval(doc: FormDoc, project: str, unit_name: str, initial: str, budget: str, executed: str,
                  goal: tuple[str, str], inds: list[Ind], grade_word: str, grade: str) -> None:
    rate, rate_txt, rate_score = _rate(budget, executed)
    total = _total(inds, rate_score)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 8, project))
    rows.add((0, 2, "主管部门"), (2, 3, doc.gold.department), (5, 2, "实施单位"), (7, 3, unit_name))
    r = rows.n
    rows.put(r, 0, 5, 2, "项目资金（万元）")
    rows.put(r, 2, 1, 1, "")
    for c, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率"), 3):
        rows.put(r, c, 1, 1, head)
    rows.put(r, 8, 1, 2, "得分")
    lines = (("年度资金总额", initial, budget, executed, "10", rate, rate_txt),
             ("其中：当年财政拨款", initial, budget, executed, "—", "—", "—"),
             ("上年结转资金", "—", "—", "—", "—", "—", "—"),
             ("其他资金", "—", "—", "—", "—", "—", "—"))
    for k, line in enumerate(lines, 1):
        rows.put(r + k, 2, 1, 1, line[0])
        for j, v in enumerate(line[1:6]):
            rows.put(r + k, 3 + j, 1, 1, v)
        rows.put(r + k, 8, 1, 2, line[6])
    r = rows.n
    rows.put(r, 0, 2, 2, "年度总体目标")
    rows.put(r, 2, 1, 4, "预期目标")
    rows.put(r, 6, 1, 4, "实际完成情况")
    rows.put(r + 1, 2, 1, 4, goal[0])
    rows.put(r + 1, 6, 1, 4, goal[1])
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "原因分析"))], (8, 2, "改进措施"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note), (8, 2, "加强管理" if i.note else "")])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 3, f"自评等级：{grade_word}"))
    doc.pages.grid(_spec(rows.cells, rows.n, [46, 52, 80, 56, 58, 56, 36, 56, 30, 30],
                         title="项目支出绩效自评表", editor=f"（{doc.gold.fiscal_year}年度）",
                         kind="performance_self_evaluation"), fresh_page=False, gap=30.0)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
    doc.gold.project(project, "万元", year=budget, fiscal=budget)


def layout_yn_qj_accounts_self_evals_grade_words(folder: Path, name: str) -> FileGold:
    dept = "曲靖市陆良县林业和草原局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、财政拨款收入", "2,846.72"), ("二、其他收入", "12.30")],
                    [("一、农林水支出", "2,702.15"), ("二、社会保障和就业支出", "156.87")])
    _yn_self_eval(doc, "森林草原防火", "陆良县森林草原防灭火指挥部办公室", "180.00", "215.00", "209.84",
                  ("落实防火期24小时值班，火灾受害率控制在0.9‰以内。", "全年发生森林火灾2起，均及时扑救。"), [
                      Ind("产出指标", "数量指标", "护林防火员聘用人数", "≥320人", (">=", 320, "人"), "15", "326人", "15"),
                      Ind("产出指标", "数量指标", "防火宣传活动次数", "≥40次", (">=", 40, "次"), "10", "46次", "10"),
                      Ind("产出指标", "质量指标", "森林火灾受害率", "≤0.9‰", ("<=", 0.9, "‰"), "15", "0.12‰", "15"),
                      Ind("产出指标", "时效指标", "火情处置到场时间", "≤2小时", ("<=", 2, "小时"), "10", "1.5小时", "10"),
                      Ind("效益指标", "生态效益指标", "森林覆盖率", "≥56%", (">=", 56, "%"), "15", "55.6%", "12",
                          "新造林尚未计入"),
                      Ind("效益指标", "社会效益指标", "重特大森林火灾发生次数", "0次", ("=", 0, "次"), "15", "0次", "15"),
                      Ind("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
                  ], "优秀", "优")
    _yn_self_eval(doc, "天然林保护修复", "陆良县国有林场", "420.00", "420.00", "378.60",
                  ("管护天然林面积56.8万亩，完成公益林补偿发放。", "完成管护任务，补偿资金发放完毕。"), [
                      Ind("产出指标", "数量指标", "天然林管护面积", "56.8万亩", ("=", 56.8, "万亩"), "20", "56.8万亩", "20"),
                      Ind("产出指标", "质量指标", "管护责任落实率", "100%", ("=", 100, "%"), "15", "100%", "15"),
                      Ind("产出指标", "时效指标", "补偿资金兑付及时率", "≥95%", (">=", 95, "%"), "10", "88%", "7",
                          "部分林权变更"),
                      Ind("成本指标", "经济成本指标", "国家级公益林补偿标准", "15元/亩", ("=", 15, "元/亩"), "10", "15元/亩", "10"),
                      Ind("效益指标", "生态效益指标", "林地保有量", "不减少", Q, "15", "未减少", "15"),
                      Ind("效益指标", "社会效益指标", "带动护林员增收", "≥1.2万元/人", (">=", 1.2, "万元/人"), "10", "1.2万元/人", "10"),
                      Ind("满意度指标", "服务对象满意度指标", "林农满意度", "≥85%", (">=", 85, "%"), "10", "86%", "8"),
                  ], "良好", "良")
    return doc.save(folder)


# --------------------------------------------------------------------------- 陕西 汉中


def layout_sn_hz_budget_dept_wide_stacked_then_project(folder: Path, name: str) -> FileGold:
    dept = "汉中市城固县水利局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}", 24), (f"{year}年部门预算公开", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "3,268.40"), ("二、政府性基金预算拨款收入", "500.00")],
                  [("农村供水工程维修养护", "186.00")])
    inds = [
        Ind("产出指标", "数量指标", "水利工程安全巡查次数", "≥1200次", (">=", 1200, "次"), "10"),
        Ind("产出指标", "数量指标", "河湖“四乱”问题清理整治", "≥30处", (">=", 30, "处"), "10"),
        Ind("产出指标", "数量指标", "新增农村供水受益人口", "≥1.5万人", (">=", 1.5, "万人"), "10"),
        Ind("产出指标", "质量指标", "农村集中供水水质达标率", "≥92%", (">=", 92, "%"), "10"),
        Ind("产出指标", "质量指标", "水利工程验收合格率", "100%", ("=", 100, "%"), "10"),
        Ind("产出指标", "时效指标", "汛前隐患整改完成时间", "2025年5月31日前", (None, None, None), "5"),
        Ind("成本指标", "经济成本指标", "“三公”经费", "不高于上年", Q, "5"),
        Ind("效益指标", "社会效益指标", "防汛安全度汛", "无人员伤亡", Q, "10"),
        Ind("效益指标", "生态效益指标", "水土流失治理面积", "达到45平方公里", (">=", 45, "平方公里"), "10"),
        Ind("效益指标", "可持续影响指标", "河长制工作机制", "持续完善", Q, "5"),
        Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "10"),
        Ind("满意度指标", "服务对象满意度指标", "用水户投诉办结率", "100%", ("=", 100, "%"), "5"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 5, dept))
    r = rows.n
    money = (("年度资金总额：", "3,768.40"), ("按收入性质分：", ""), ("    一般公共预算拨款", "3,268.40"),
             ("    政府性基金预算拨款", "500.00"), ("    其他资金", "—"))
    rows.put(r, 0, len(money), 1, "部门预算资金（万元）")
    for k, (label, value) in enumerate(money):
        rows.put(r + k, 1, 1, 3, label)
        rows.put(r + k, 4, 1, 2, value)
    r = rows.n
    tasks = (("防汛抗旱", "水毁修复、山洪灾害监测预警", "620.00"), ("农村供水保障", "供水工程维修养护及水质检测", "986.00"),
             ("河湖长制", "河湖巡查保洁和“清四乱”", "410.00"))
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 1, "任务名称")
    rows.put(r, 2, 1, 3, "主要内容")
    rows.put(r, 5, 1, 1, "预算金额（万元）")
    for k, (task, content, amount) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 1, task)
        rows.put(r + k, 2, 1, 3, content)
        rows.put(r + k, 5, 1, 1, amount)
    rows.add((0, 1, "年度总体目标"), (1, 5, "保障防洪安全、供水安全和水生态安全，全面完成年度水利建设任务。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重（%）"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [74, 84, 70, 80, 96, 76], title=f"{year}年部门（单位）整体支出绩效目标表",
                         editor=f"填报单位（盖章）：{dept}", kind="dept_performance_targets"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    pinds = [
        Ind("产出指标", "数量指标", "维修养护供水工程处数", "≥64处", (">=", 64, "处"), "20"),
        Ind("产出指标", "质量指标", "维修工程合格率", "100%", ("=", 100, "%"), "20"),
        Ind("产出指标", "时效指标", "维修养护完成时限", "2025年11月底前", (None, None, None), "10"),
        Ind("成本指标", "经济成本指标", "单处工程维修成本", "控制在3万元以内", ("<=", 3, "万元"), "10"),
        Ind("效益指标", "社会效益指标", "农村自来水普及率", "≥95%", (">=", 95, "%"), "30"),
        Ind("满意度指标", "服务对象满意度指标", "农村用水户满意度", "≥90%", (">=", 90, "%"), "10"),
    ]
    project = "农村供水工程维修养护"
    rows = _Rows()
    rows.add((0, 1, "项 目 名 称"), (1, 5, project))
    rows.add((0, 1, "主管部门及代码"), (1, 2, f"{dept}[412001]"), (3, 1, "实施单位"), (4, 2, "城固县农村供水管理站"))
    rows.add((0, 1, "项目资金（万元）"), (1, 2, "年度资金总额："), (3, 1, "186.00"), (4, 1, "其中：财政拨款"), (5, 1, "150.00"))
    rows.add((0, 1, ""), (1, 2, "上年结转："), (3, 1, "36.00"), (4, 1, "其他资金"), (5, 1, "/"))
    rows.add((0, 1, "年度目标"), (1, 5, "对全县农村供水工程进行维修养护，保障农村群众饮水安全。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "权重（%）"))
    _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [74, 84, 70, 80, 96, 76], title=f"{year}年项目支出绩效目标表"),
                   fresh_page=True)
    for ind in pinds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.project(project, "万元", year="186.00", fiscal="150.00", carried="36.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 天水


def layout_gs_ts_self_evals_spaced_labels_yuan(folder: Path, name: str) -> FileGold:
    dept = "天水市麦积区民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评报告", dept, year)
    evals = [
        ("城乡特困人员救助供养", "天水市麦积区社会福利院", "6,480,000.00", "6,820,000.00", "6,756,300.00",
         "6,500,000.00", "320,000.00",
         ("保障特困人员基本生活，集中供养能力不低于30%。", "全年供养特困人员2156人，集中供养率31.2%。"), [
             Ind("产出指标", "数量指标", "特困人员供养人数", "≥2100人", (">=", 2100, "人"), "20", "2156人", "20"),
             Ind("产出指标", "质量指标", "集中供养率", "≥30%", (">=", 30, "%"), "15", "31.2%", "15"),
             Ind("产出指标", "时效指标", "供养金按月发放率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("成本指标", "经济成本指标", "分散供养标准", "≥730元/人·月", (">=", 730, "元/人·月"), "10", "730元/人·月", "10"),
             Ind("效益指标", "社会效益指标", "特困群众基本生活", "有效保障", Q, "20", "有效保障", "20"),
             Ind("满意度指标", "服务对象满意度指标", "供养对象满意度", "≥90%", (">=", 90, "%"), "10", "88.5%", "8",
                 "个别敬老院护理人员不足"),
         ], "良"),
        ("困难残疾人生活补贴和重度残疾人护理补贴", "天水市麦积区残疾人联合会", "3,960,000.00", "3,960,000.00",
         "3,542,800.00", "3,960,000.00", "—",
         ("按标准发放两项补贴，做到应补尽补。", "两项补贴惠及残疾人1.1万人，部分资金年底未支付。"), [
             Ind("产出指标", "数量指标", "补贴发放人数", "≥1.1万人", (">=", 1.1, "万人"), "20", "1.1万人", "20"),
             Ind("产出指标", "质量指标", "补贴对象认定准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "补贴发放时间", "每季度首月", Q, "10", "第四季度延迟发放", "6", "资金到位较晚"),
             Ind("成本指标", "经济成本指标", "护理补贴标准", "≥100元/人·月", (">=", 100, "元/人·月"), "10", "100元/人·月", "10"),
             Ind("效益指标", "社会效益指标", "残疾人生活质量", "明显改善", Q, "25", "有所改善", "22", "补贴标准偏低"),
             Ind("满意度指标", "服务对象满意度指标", "受益残疾人满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
         ], "良"),
    ]
    widths = [52, 62, 96, 66, 66, 30, 48, 82]
    for project, unit_name, initial, budget, executed, fiscal, other, goal, inds, grade in evals:
        f_initial, f_exec, o_exec = initial, executed, "—"
        if other != "—":
            f_exec, o_exec = "6,436,300.00", "320,000.00"
        rate, rate_txt, rate_score = _rate(budget, executed)
        total = _total(inds, rate_score)
        rows = _Rows()
        rows.add((0, 2, "项 目 名 称"), (2, 6, project))
        rows.add((0, 2, "主 管 部 门"), (2, 2, dept), (4, 1, "实施单位"), (5, 3, unit_name))
        rows.add((0, 2, "项目资金（元）"), *[(c, 1, t) for c, t in enumerate(
            ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), 2)])
        rows.add((0, 2, "资金总额"), (2, 1, initial), (3, 1, budget), (4, 1, executed), (5, 1, "10"), (6, 1, rate),
                 (7, 1, rate_txt))
        rows.add((0, 2, "其中：财政拨款"), (2, 1, f_initial), (3, 1, fiscal), (4, 1, f_exec), (5, 1, "/"), (6, 1, "/"),
                 (7, 1, "/"))
        rows.add((0, 2, "     其他资金"), (2, 1, "—"), (3, 1, other), (4, 1, o_exec), (5, 1, "/"), (6, 1, "/"), (7, 1, "/"))
        rows.add((0, 2, "年度目标完成情况"), (2, 3, "预期目标：" + goal[0]), (5, 3, "实际完成：" + goal[1]))
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因分析及改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 3, "自评得分"), (3, 2, f"{total:.2f}"), (5, 1, "自评等级"), (6, 2, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"单位（盖章）：{dept}", unit_raw="金额单位：元",
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, total, grade)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 宁夏 银川


def layout_nx_yc_street_labels_above_values_split_target(folder: Path, name: str) -> FileGold:
    dept = "银川市兴庆区凤凰北街街道办事处"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("社区网格化服务管理", "640104250012", "120.00", "120.00", "0.00", "/",
         "配齐社区网格员，做到网格内事件及时发现、及时处置。", [
             Ind("产出指标", "数量指标", "专职网格员人数", ("≥", "86", "人"), (">=", 86, "人"), "20"),
             Ind("产出指标", "质量指标", "网格事件按时办结率", ("≥", "95", "%"), (">=", 95, "%"), "20"),
             Ind("产出指标", "时效指标", "一般事件处置时限", ("≤", "3", "个工作日"), ("<=", 3, "个工作日"), "10"),
             Ind("成本指标", "经济成本指标", "网格员人均补贴", ("≤", "1.4", "万元/年"), ("<=", 1.4, "万元/年"), "10"),
             Ind("效益指标", "社会效益指标", "基层治理水平", ("定性", "明显提升", ""), Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
         ]),
        ("老旧小区环境提升", "640104250019", "85.60", "60.00", "25.60", "/",
         "完成6个老旧小区环境卫生整治和公共设施小修。", [
             Ind("产出指标", "数量指标", "整治老旧小区个数", ("＝", "6", "个"), ("=", 6, "个"), "20"),
             Ind("产出指标", "数量指标", "修补破损路面面积", ("≥", "2400", "平方米"), (">=", 2400, "平方米"), "15"),
             Ind("产出指标", "质量指标", "工程验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "整治完成时间", ("≤", "8", "个月"), ("<=", 8, "个月"), "10"),
             Ind("效益指标", "社会效益指标", "小区居住环境", ("定性", "有效改善", ""), Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", ("≥", "85", "%"), (">=", 85, "%"), "10"),
         ]),
    ]
    widths = [60, 70, 110, 50, 52, 64, 80]
    for k, (project, code, total, fiscal, carried, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 3, project), (5, 1, "项目代码"), (6, 1, code))
        rows.add((0, 2, "主管部门"), (2, 2, "银川市兴庆区人民政府"), (4, 2, "实施单位"), (6, 1, "凤凰北街街道"))
        rows.add((0, 2, "资金总额（万元）"), (2, 1, "财政拨款（万元）"), (3, 2, "上年结转（万元）"), (5, 2, "其他资金（万元）"))
        rows.add((0, 2, total), (2, 1, fiscal), (3, 2, carried), (5, 2, other))
        rows.add((0, 2, "年度绩效目标"), (2, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标方向"), (4, 1, "指标值"),
                 (5, 1, "计量单位"), (6, 1, "权重"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效目标表",
                             editor=f"单位名称：{dept}"), fresh_page=k == 0, gap=24.0)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 新疆 昌吉


def layout_xj_cj_accounts_dept_self_eval_then_project(folder: Path, name: str) -> FileGold:
    dept = "昌吉州呼图壁县教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、财政拨款收入", "38,416.52"), ("二、事业收入", "860.00")],
                    [("一、教育支出", "37,980.12"), ("二、社会保障和就业支出", "1,296.40")])
    budget, executed = "39,820.00", "39,276.52"
    rate, rate_txt, rate_score = _rate(budget, executed)
    inds = [
        Ind("产出指标", "数量指标", "义务教育在校生人数", "≥3.6万人", (">=", 3.6, "万人"), "10", "3.62万人", "10"),
        Ind("产出指标", "数量指标", "校舍维修改造面积", "≥1.8万平方米", (">=", 1.8, "万平方米"), "10", "1.9万平方米", "10"),
        Ind("产出指标", "质量指标", "义务教育巩固率", "≥99%", (">=", 99, "%"), "10", "99.3%", "10"),
        Ind("产出指标", "质量指标", "国家通用语言文字教学普及率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "营养改善计划资金拨付及时率", "100%", ("=", 100, "%"), "10", "96%", "8",
            "部分学校食堂结算滞后"),
        Ind("成本指标", "经济成本指标", "生均公用经费标准", "≥800元", (">=", 800, "元"), "10", "800元", "10"),
        Ind("效益指标", "社会效益指标", "适龄儿童入学率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("效益指标", "可持续影响指标", "教育质量", "稳步提升", Q, "10", "稳步提升", "9"),
        Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", (">=", 90, "%"), "10", "91.5%", "10"),
    ]
    total = _total(inds, rate_score)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    r = rows.n
    rows.put(r, 0, 4, 1, "预算执行情况（万元）")
    for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 1 + k, 1, 1, head)
    lines = (("年度资金总额", "36,502.00", budget, executed, "10", rate, rate_txt),
             ("  基本支出", "30,120.00", "31,480.00", "31,466.20", "—", "—", "—"),
             ("  项目支出", "6,382.00", "8,340.00", "7,810.32", "—", "—", "—"))
    for k, line in enumerate(lines, 1):
        for j, v in enumerate(line):
            rows.put(r + k, 1 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 3, "预期目标")
    rows.put(r, 4, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 3, "巩固义务教育基本均衡成果，改善办学条件，保障营养改善计划实施。")
    rows.put(r + 1, 4, 1, 4, "全县义务教育巩固率99.3%，完成校舍维修1.9万平方米。")
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                 "得分", "偏差原因分析及改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总    分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 5, "评价等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [58, 64, 96, 62, 62, 36, 48, 86], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "优")

    project = "学生资助补助经费"
    pb, pe = "1,246.80", "1,246.80"
    prate, prate_txt, prate_score = _rate(pb, pe)
    pinds = [
        Ind("产出指标", "数量指标", "资助学生人次", "≥1.6万人次", (">=", 1.6, "万人次"), "20", "1.64万人次", "20"),
        Ind("产出指标", "质量指标", "资助对象精准率", "100%", ("=", 100, "%"), "20", "100%", "20"),
        Ind("产出指标", "时效指标", "资助资金发放时间", "学期结束前", (None, None, None), "10", "按时发放", "10"),  # a deadline stays raw (blind9 ruling; re-ruled, see the docstring)
        Ind("效益指标", "社会效益指标", "家庭经济困难学生辍学人数", "0人", ("=", 0, "人"), "30", "0人", "30"),
        Ind("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥95%", (">=", 95, "%"), "10", "94%", "9",
            "宣传覆盖面不足"),
    ]
    ptotal = _total(pinds, prate_score)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 6, project))
    rows.add((0, 2, "年初预算数（万元）"), (2, 1, "1,180.00"), (3, 1, "全年预算数（万元）"), (4, 1, pb),
             (5, 2, "全年执行数（万元）"), (7, 1, pe))
    rows.add((0, 2, "其中：财政拨款（万元）"), (2, 1, "1,180.00"), (3, 1, "—"), (4, 1, "1,246.80"),
             (5, 2, "执行率"), (7, 1, prate))
    rows.add((0, 2, "年度目标"), (2, 6, "落实各学段学生资助政策，确保家庭经济困难学生应助尽助。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                 "得分", "偏差原因分析及改进措施"))])
    _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                             (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "预算执行率得分（10分）"), (5, 1, "10"), (6, 2, prate_txt))
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{ptotal:.2f}"), (7, 1, "自评等级：优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [58, 64, 96, 62, 62, 36, 48, 86], title="项目支出绩效自评表",
                         editor=f"（{year}年度）", kind="performance_self_evaluation"), gap=30.0)
    for ind in pinds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", pb, pe, ptotal, "优")
    doc.gold.project(project, "万元", year=pb, fiscal="1,246.80")
    return doc.save(folder)


# --------------------------------------------------------------------------- 青海 西宁


def layout_qh_xn_multi_year_total_year_rows_yuan(folder: Path, name: str) -> FileGold:
    dept = "西宁市城北区文体旅游广电局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("公共文化服务体系建设（2024-2026年）", "2024年1月-2026年12月", "3,600,000.00", "1,200,000.00",
         "1,000,000.00", "—", "200,000.00",
         "实施周期内建成15分钟公共文化服务圈；本年度完成8个社区综合文化服务中心提质。", [
             Ind("产出指标", "数量指标", "社区综合文化服务中心提质数量", "8个", ("=", 8, "个"), "20"),
             Ind("产出指标", "数量指标", "开展群众文化活动场次", "不少于120场", (">=", 120, "场"), "15"),
             Ind("产出指标", "质量指标", "文化设施免费开放率", "100%", ("=", 100, "%"), "10"),
             Ind("产出指标", "时效指标", "年度建设任务完成时间", "2025年12月31日前", (None, None, None), "5"),
             Ind("成本指标", "经济成本指标", "单个中心提质改造成本", "≤12万元", ("<=", 12, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "群众文化参与人次", "≥5万人次", (">=", 5, "万人次"), "30"),
             Ind("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("全民健身设施更新（2024-2026年）", "2024年1月-2026年12月", "2,400,000.00", "900,000.00",
         "600,000.00", "300,000.00", "—",
         "更新老旧健身路径，本年度更新更换健身器材不少于300件。", [
             Ind("产出指标", "数量指标", "更新健身器材件数", "不少于300件", (">=", 300, "件"), "25"),
             Ind("产出指标", "质量指标", "器材安装验收合格率", "100%", ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "器材安装完成时间", "2025年9月底前", (None, None, None), "10"),
             Ind("成本指标", "经济成本指标", "器材采购成本", "控制在预算以内", Q, "10"),
             Ind("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%", (">=", 42, "%"), "20"),
             Ind("效益指标", "可持续影响指标", "健身设施使用年限", "≥8年", (">=", 8, "年"), "10"),
             Ind("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
    ]
    widths = [60, 66, 132, 86, 58, 90]
    for k, (project, period, total, year_amt, fiscal, carried, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "项目期限"), (4, 2, period))
        r = rows.n
        money = (("项目总额", total), ("年度资金", year_amt), ("其中：财政拨款", fiscal), ("其中：上年结转", carried),
                 ("其中：其他资金", other))
        rows.put(r, 0, len(money), 1, "项目资金（元）")
        for j, (label, value) in enumerate(money):
            rows.put(r + j, 1, 1, 2, label)
            rows.put(r + j, 3, 1, 3, value)
        r = rows.n
        rows.put(r, 0, 1, 1, "总体目标")
        rows.put(r, 1, 1, 5, goal)
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "分值"),
                 (5, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效目标表",
                             editor=f"主管部门及代码：{dept}（217）"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", total=total, year=year_amt, fiscal=fiscal,
                         carried=None if carried == "—" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西 百色


def layout_gx_bs_budget_two_forms_a_page_fiscal_named(folder: Path, name: str) -> FileGold:
    dept = "百色市田东县交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "2,163.50"), ("二、上级补助收入", "1,200.00")],
                  [("农村公路养护", "460.00"), ("客运站运营补贴", "84.00"), ("交通安全隐患整治", "135.00")])
    projects = [
        ("农村公路养护", "460.00", "420.00", "—", "40.00",
         "完成县乡村道日常养护，优良中等路率稳步提高。", [
             Ind("产出指标", "数量指标", "日常养护里程", "达到1260公里", (">=", 1260, "公里")),
             Ind("产出指标", "质量指标", "农村公路优良中等路率", "≥80%", (">=", 80, "%")),
             Ind("产出指标", "时效指标", "水毁路段抢通时间", "≤24小时", ("<=", 24, "小时")),
             Ind("效益指标", "社会效益指标", "群众出行条件", "持续改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("客运站运营补贴", "84.00", "84.00", "—", "0.00",
         "保障乡镇客运站正常运营，农村客运通达率保持100%。", [
             Ind("产出指标", "数量指标", "补贴乡镇客运站数量", "9个", ("=", 9, "个")),
             Ind("产出指标", "质量指标", "建制村通客车率", "100%", ("=", 100, "%")),
             Ind("产出指标", "成本指标", "单站年补贴标准", "8万元-10万元", ("range", 8, "万元", 10)),
             Ind("效益指标", "社会效益指标", "农村客运安全事故", "零发生", Q),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "达到90%", (">=", 90, "%")),
         ]),
        ("交通安全隐患整治", "135.00", "95.00", "40.00", "—",
         "整治农村公路临水临崖等安全隐患路段，完善安全防护设施。", [
             Ind("产出指标", "数量指标", "整治隐患路段", "≥35处", (">=", 35, "处")),
             Ind("产出指标", "数量指标", "安装波形护栏长度", "≥12公里", (">=", 12, "公里")),
             Ind("产出指标", "质量指标", "工程交工验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "项目完工时间", "2025年10月31日前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "交通事故死亡人数", "同比下降", Q),
         ]),
    ]
    widths = [70, 80, 82, 92, 90, 86]
    for k, (project, total, fiscal, other, carried, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "实施单位"), (5, 1, "田东县公路养护中心" if k == 0 else dept))
        rows.put(rows.n, 0, 2, 1, "资金情况（万元）")
        rows.add((1, 1, "年度资金总额"), (2, 1, "其中：财政资金"), (3, 1, "其他资金"), (4, 2, "上年结转资金"))
        rows.add((1, 1, total), (2, 1, fiscal), (3, 1, other), (4, 2, carried))
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"项目支出绩效目标表（{year}年度）",
                             editor=f"部门名称：{dept}"), fresh_page=k in (0, 2), gap=28.0)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal, carried=None if carried == "—" else carried)
    return doc.save(folder)


BLIND46: dict[str, Builder] = {
    "sc_my_budget_income_source_lines_two_forms": layout_sc_my_budget_income_source_lines_two_forms,
    "cq_yb_town_three_short_forms_yuan_pairs": layout_cq_yb_town_three_short_forms_yuan_pairs,
    "gz_zy_budget_landscape_list_money_columns": layout_gz_zy_budget_landscape_list_money_columns,
    "yn_qj_accounts_self_evals_grade_words": layout_yn_qj_accounts_self_evals_grade_words,
    "sn_hz_budget_dept_wide_stacked_then_project": layout_sn_hz_budget_dept_wide_stacked_then_project,
    "gs_ts_self_evals_spaced_labels_yuan": layout_gs_ts_self_evals_spaced_labels_yuan,
    "nx_yc_street_labels_above_values_split_target": layout_nx_yc_street_labels_above_values_split_target,
    "xj_cj_accounts_dept_self_eval_then_project": layout_xj_cj_accounts_dept_self_eval_then_project,
    "qh_xn_multi_year_total_year_rows_yuan": layout_qh_xn_multi_year_total_year_rows_yuan,
    "gx_bs_budget_two_forms_a_page_fiscal_named": layout_gx_bs_budget_two_forms_a_page_fiscal_named,
}
SETS: dict[str, dict[str, Builder]] = {"blind46": BLIND46}


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
    """Write every layout of ``which`` ("blind46") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
