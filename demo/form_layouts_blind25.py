"""BLIND25 performance forms: eleven layouts as a district of 南京, a district of 温州, a district of
宜昌, a district of 绵阳, a district of 烟台, a county of 平顶山, a district of 大连, a district of
太原, a district of 长春, a district of 银川 and a district of 西宁 print the forms a cross-city
data set meets most: 项目支出绩效目标表 in 部门预算 reports (single forms, lists, several forms a
page), 项目支出绩效自评表 and 部门整体支出绩效自评表 in 部门决算 reports, and 部门整体支出绩效
目标表. Written by an author who had read neither the form reader nor the earlier blind sets
(only the gold helpers and page composer of ``form_layouts``, the gold conventions of BLIND9's
docstring and the real disclosures). Each layout writes one PDF and its gold in the format of
``form_layouts.write_set``; the gold is written by hand with ``form_layouts._gold_ind`` and
``FileGold``, never by the normalizers.

js_nj_budget_single_forms_zero_carried  江苏 南京 district 部门预算: budget tables, then one
        项目支出绩效目标表 per project: label | value pairs 项目总额 | 本年预算 and
        其中：财政拨款 | 上年结转 (total = 项目总额, year = 本年预算, fiscal = 其中：财政拨款,
        carried = 上年结转; two forms print 上年结转 0.00: no carried amount), grid
        一级 | 二级 | 三级 | 指标值 | 指标值说明, a 达到 target and a deadline
zj_wz_budget_list_unit_project_amount  浙江 温州 district 部门预算: budget tables, then a
        landscape 部门项目支出绩效表 list 单位名称 | 项目名称 | 金额 | 绩效目标 | 一级 | 二级 |
        三级 | 指标值, a 合计 row under the header (no project), unit and project cells merged
        over the indicator rows (金额 = year; no total, fiscal, carried)
hub_yc_budget_dept_wide_funds_then_source_list  湖北 宜昌 district 部门预算: budget tables, a
        部门整体支出绩效目标表 (部门总体资金情况 收入构成 / 支出构成 with 占比: no project), then
        项目支出绩效目标表 with 项目总预算 | 项目当年预算 pairs and a 项目资金来源 list (合计,
        1.一般公共预算财政拨款收入, 其中：申请当年预算拨款, 2.政府性基金预算财政拨款收入, 3.事业收入,
        4.其他收入, 5.上年结转): total = 项目总预算, year = 项目当年预算 (= the list's 合计), fiscal
        = the sum of the …财政拨款收入 lines printing an amount (never the 其中 line), carried =
        5.上年结转 where it prints an amount; grid 一级 | 二级 | 指标内容 | 指标值 | 备注
sc_my_accounts_project_self_evals_four_rows  四川 绵阳 district 部门决算: accounts tables, then
        two 项目支出绩效自评表: money heads 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
        得分 over 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金 (year = 年度资金总额's
        全年预算数, fiscal = 当年财政拨款's, carried = 上年结转资金's where it prints an amount),
        偏差原因分析及改进措施, 总分, 绩效自评等级 as one character
sd_yt_accounts_dept_self_eval_by_nature  山东 烟台 district 部门决算: accounts tables, a
        部门整体支出绩效自评表 whose money block splits 年度资金总额 by 按收入性质分 (财政拨款 /
        其他资金) and 按支出性质分 (基本支出 / 项目支出) (budget = 年度资金总额's 全年预算数; no
        project), 评价等级 优秀; then a 项目支出绩效自评表 with the money as label | value pairs
        (全年预算数（万元） | … | 全年执行数（万元） | … ; 其中：财政拨款（万元） | …), 达到 targets
hen_pds_three_forms_a_page_nature_value_unit  河南 平顶山 county 项目支出绩效目标表, three short
        forms running down the pages: 项目资金（万元） merged over one row of pairs 资金总额 | … |
        财政资金 | … | 其他资金 | … (year = 资金总额, fiscal = 财政资金), grid
        一级 | 二级 | 三级 | 指标性质 | 指标值 | 计量单位 (性质 as ≥ ≤ ＝ 定性)
ln_dl_dept_wide_source_rows_weights_words  辽宁 大连 district 部门整体支出绩效目标表: 部门预算资金
        by 资金来源 | 金额 rows (no project), 年度主要任务 | 主要内容 rows, grid with 权重 and targets
        in words (不低于 / 不高于 / 不少于 / 达到), a range and qualitative targets
sx_ty_budget_landscape_list_total_year_fiscal  山西 太原 district 部门预算: budget tables, then a
        landscape list 序号 | 项目名称 | 项目资金（万元） over 总额 | 本年预算 | 其中：财政拨款 |
        年度绩效目标 | 一级 | 二级 | 三级 | 指标值, two header rows (total = 总额, year = 本年预算,
        fiscal = 其中：财政拨款)
jl_cc_self_evals_heads_above_no_level1  吉林 长春 district 项目支出绩效自评表: money heads above
        one row of amounts (全年预算数 | 其中：财政拨款 | 全年执行数 | 执行率 | 分值 | 得分; year =
        全年预算数, fiscal = 其中：财政拨款), grid with no 一级 column (二级 | 三级 | 年度指标值 |
        实际完成值 | 分值 | 得分 | 偏差原因), 总分 and 自评等级 pairs in one row
nx_yc_long_form_bond_and_central_sources  宁夏 银川 district 项目支出绩效目标表: one long form over
        pages, header repeated, merged levels cut by the break; money rows under a merged
        项目资金（万元） cell: 项目总投资 (total), 年度资金总额 (year), 其中：财政拨款 (fiscal),
        地方政府专项债券, 中央补助资金 (never fiscal); 指标值 | 指标值设定依据; then a short form
qh_xn_budget_two_forms_a_page_no_level1  青海 西宁 district 部门预算: budget tables, then two forms
        a page, money heads above values 项目总额 | 当年预算 | 财政拨款 | 其他资金 | 上年结转 (total,
        year, fiscal, carried), grid 二级 | 三级 | 指标值 | 分值 with no 一级 (weights make 100)

Gold conventions (BLIND9's, with this set's rulings):

- target_raw is the 年度 value as printed; split columns are joined in reading order with no
  separator ("≥95%", "定性良好"); an empty unit cell adds nothing.
- ≥ / 不低于 / 不少于 / 达到 N read ">="; ≤ / 不高于 / 不超过 read "<="; ＞ / 大于 read ">"; ＜ / 小于
  read "<"; ＝ / = and a bare figure read "="; "90%-95%" is a range; a deadline
  ("2025年12月底前", "2025年10月31日前") stays raw with no comparator; a state is qualitative.
- Money: the figures each layout line above names; a printed 0.00 carried-over is no amount;
  fiscal is 财政拨款 / 财政资金 as printed, and where a source list prints lines named
  …财政拨款收入, the sum of those printing an amount; sources not named 财政拨款 (专项债券,
  中央补助, 事业收入, 其他收入 …) never count. A list's 合计 row is no project. A 部门整体
  form's money is not a project's: no project row.
- Self evaluations: budget = 全年预算数 of the 年度资金总额 row (or its pair / head), executed =
  its 全年执行数; score = the printed 总分 (execution score + indicator scores); grade as
  printed, 优秀 / 良好 read 优 / 良. A project self evaluation gives the project's money (year =
  全年预算数, fiscal = the 财政拨款 row's 全年预算数, carried = the 上年结转资金 row's where it
  prints an amount).
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]
W = "万元"


def _front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]], spending: list[tuple[str, str]],
           forms_heading: str = "第四部分  项目支出绩效目标") -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支预算总表 and a 财政拨款 table, the
    heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   forms_heading, "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、部门职责。{dept}依据有关法律法规履行本行业管理职责，组织实施年度重点工作任务。",
        "二、机构设置。本部门预算包括部门本级及所属事业单位的预算。",
        f"三、{year}年度主要工作任务。围绕年度目标统筹推进各项工作，提升公共服务水平。",
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
                              f"编制部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    body = [plain_row([name, v, v, ""]) for name, v in spending]
    body.append(plain_row(["合计", f"{total_out:,.2f}", f"{total_out:,.2f}", ""]))
    doc.pages.table(TableSpec(f"{year}年一般公共预算支出预算表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [200, 100, 100, 100],
                              [(0, 0, 1, 1, "功能分类科目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出及项目支出"),
                               (0, 3, 1, 1, "备注")], 1, body, ["l", "r", "r", "l"]))
    doc.pages.text_page(forms_heading, [
        f"按照预算绩效管理要求，{dept}对{year}年项目支出编制了绩效目标，具体如下表。"])


def _rate(budget: str, executed: str) -> float:
    """The execution score the checks use: 10 × 执行数 / 预算数, at most 10."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    return min(10.0, float(e / b) * 10)


def _total(budget: str, executed: str, inds: list[Ind]) -> float:
    return round(_rate(budget, executed) + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- 江苏 南京


def layout_js_nj_budget_single_forms_zero_carried(folder: Path, name: str) -> FileGold:
    dept = "南京市鼓楼区城市管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _front(doc, dept, year, [("一、一般公共预算拨款收入", "6,820.00"), ("二、其他收入", "130.00")],
           [("城乡社区支出", "6,460.00"), ("社会保障和就业支出", "490.00")])
    projects = [
        ("城市道路保洁作业服务", "320106251100021", "南京市鼓楼区环境卫生管理所", "2,400.00", "860.00", "800.00", "60.00",
         "完成辖区主次干道机械化清扫保洁，道路洁净度保持全市前列。", [
             Ind("产出指标", "数量指标", "机械化清扫道路面积", "≥520万平方米", (">=", 520, "万平方米")),
             Ind("产出指标", "质量指标", "道路保洁质量考核达标率", "≥98%", (">=", 98, "%")),
             Ind("产出指标", "时效指标", "保洁作业完成时间", "2025年12月底前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "市容环境面貌", "有效改善", Q),
             Ind("效益指标", "生态效益指标", "道路扬尘污染", "明显减少", Q),
             Ind("满意度指标", "服务对象满意度指标", "沿线居民满意度", "不低于90%", (">=", 90, "%")),
         ]),
        ("户外广告设施安全检测", "320106251100034", "南京市鼓楼区城市管理局", "120.00", "120.00", "120.00", "0.00",
         "对辖区大型户外广告设施开展安全检测，消除安全隐患。", [
             Ind("产出指标", "数量指标", "检测户外广告设施数量", "≥460处", (">=", 460, "处")),
             Ind("产出指标", "质量指标", "隐患设施整改率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "检测报告出具时限", "≤15个工作日", ("<=", 15, "个工作日")),
             Ind("产出指标", "成本指标", "单处设施检测费用", "≤2600元", ("<=", 2600, "元")),
             Ind("效益指标", "社会效益指标", "户外广告设施安全事故", "0起", ("=", 0, "起")),
             Ind("满意度指标", "服务对象满意度指标", "设置单位满意度", "达到95%", (">=", 95, "%")),
         ]),
        ("生活垃圾分类宣传督导", "320106251100047", "南京市鼓楼区环境卫生管理所", "360.00", "180.00", "150.00", "0.00",
         "开展垃圾分类入户宣传和桶边督导，提升居民分类投放准确率。", [
             Ind("产出指标", "数量指标", "督导覆盖小区数", "≥310个", (">=", 310, "个")),
             Ind("产出指标", "数量指标", "入户宣传户次", "≥6万户次", (">=", 6, "万户次")),
             Ind("产出指标", "质量指标", "居民分类投放准确率", "≥85%", (">=", 85, "%")),
             Ind("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥40%", (">=", 40, "%")),
             Ind("效益指标", "可持续影响指标", "垃圾分类长效管理机制", "逐步健全", Q),
             Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [70, 80, 150, 80, 115]
    for project, code, unit_name, total, yr, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit_name))
        rows.add((0, 1, "项目总额"), (1, 2, total), (3, 1, "本年预算"), (4, 1, yr))
        rows.add((0, 1, "其中：财政拨款"), (1, 2, fiscal), (3, 1, "上年结转"), (4, 1, carried))
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "指标值说明"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"编制单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, W, code=code, total=total, year=yr, fiscal=fiscal,
                         carried=None if carried == "0.00" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 浙江 温州


def layout_zj_wz_budget_list_unit_project_amount(folder: Path, name: str) -> FileGold:
    dept = "温州市鹿城区卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 22)])
    _front(doc, dept, year, [("一、一般公共预算拨款收入", "9,410.30"), ("二、事业收入", "2,600.00")],
           [("卫生健康支出", "11,290.30"), ("社会保障和就业支出", "720.00")], "第四部分  部门项目支出绩效表")
    projects = [
        ("温州市鹿城区卫生健康局", "基本公共卫生服务项目", "1,685.00",
         "为辖区居民免费提供基本公共卫生服务，重点人群健康管理率稳步提高。", [
             Ind("产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", (">=", 90, "%")),
             Ind("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", (">=", 65, "%")),
             Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥38%", (">=", 38, "%")),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("温州市鹿城区疾病预防控制中心", "重大传染病防控", "426.50",
         "做好传染病监测预警和免疫规划工作，防止重大疫情发生。", [
             Ind("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "法定传染病报告及时率", "100%", ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "甲乙类传染病暴发疫情", "0起", ("=", 0, "起")),
             Ind("满意度指标", "服务对象满意度指标", "接种对象家长满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("温州市鹿城区妇幼保健院", "妇幼健康服务能力提升", "318.20",
         "开展孕产妇和儿童健康管理，降低孕产妇和婴儿死亡率。", [
             Ind("产出指标", "数量指标", "孕产妇系统管理率", "≥92%", (">=", 92, "%")),
             Ind("产出指标", "质量指标", "新生儿疾病筛查率", "≥98%", (">=", 98, "%")),
             Ind("效益指标", "社会效益指标", "婴儿死亡率", "≤3‰", ("<=", 3, "‰")),
             Ind("满意度指标", "服务对象满意度指标", "孕产妇满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("温州市鹿城区急救站", "院前急救运行保障", "254.80",
         "保障院前急救网络正常运行，缩短急救反应时间。", [
             Ind("产出指标", "数量指标", "急救出车次数", "≥1.8万次", (">=", 1.8, "万次")),
             Ind("产出指标", "时效指标", "城区平均急救反应时间", "≤12分钟", ("<=", 12, "分钟")),
             Ind("效益指标", "社会效益指标", "急救呼叫满足率", "100%", ("=", 100, "%")),
             Ind("满意度指标", "服务对象满意度指标", "患者及家属满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    total = sum(Decimal(p[2].replace(",", "")) for p in projects)
    rows = _Rows()
    heads = ("单位名称", "项目名称", "金额", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值")
    rows.add(*[(k, 1, t) for k, t in enumerate(heads)])
    rows.add((0, 2, "合计"), (2, 1, f"{total:,.2f}"), (3, 5, ""))
    for unit_name, project, amount, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 4, 5, lambda i: [(6, 1, i.name), (7, 1, i.raw)])
        for c, text in ((0, unit_name), (1, project), (2, amount), (3, goal)):
            rows.put(r0, c, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, W, year=amount)
    doc.pages.grid(_spec(rows.cells, rows.n, [92, 96, 62, 160, 56, 66, 140, 68], title=f"{year}年部门项目支出绩效表",
                         editor=f"部门名称：{dept}", unit_raw="单位：万元", landscape=True),
                   repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 宜昌


def layout_hub_yc_budget_dept_wide_funds_then_source_list(folder: Path, name: str) -> FileGold:
    dept = "宜昌市西陵区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _front(doc, dept, year, [("一、一般公共预算拨款收入", "1,850.00"), ("二、其他收入", "100.00")],
           [("社会保障和就业支出", "1,720.00"), ("卫生健康支出", "230.00")], "第四部分  预算绩效目标")
    # 部门整体支出绩效目标表
    inds = [
        Ind("产出指标", "数量指标", "城乡低保对象保障人数", "≥3200人", (">=", 3200, "人")),
        Ind("产出指标", "数量指标", "社区养老服务驿站运营数", "≥24个", (">=", 24, "个")),
        Ind("产出指标", "质量指标", "救助资金发放准确率", "100%", ("=", 100, "%")),
        Ind("产出指标", "时效指标", "临时救助审批时限", "≤5个工作日", ("<=", 5, "个工作日")),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", Q),
        Ind("效益指标", "可持续影响指标", "社会救助体系", "持续完善", Q),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥92%", (">=", 92, "%")),
        Ind("满意度指标", "服务对象满意度指标", "老年人养老服务满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 1, 1, 2, "总体资金情况")
    rows.put(r, 3, 1, 2, "当年金额")
    rows.put(r, 5, 1, 1, "占比")
    money = [("收入构成", [("财政拨款", "1,850.00", "94.87%"), ("其他资金", "100.00", "5.13%"), ("合计", "1,950.00", "100%")]),
             ("支出构成", [("基本支出", "1,210.00", "62.05%"), ("项目支出", "740.00", "37.95%"),
                       ("合计", "1,950.00", "100%")])]
    k = r + 1
    for group, lines in money:
        rows.put(k, 1, len(lines), 1, group)
        for j, (label, amount, share) in enumerate(lines):
            rows.put(k + j, 2, 1, 1, label)
            rows.put(k + j, 3, 1, 2, amount)
            rows.put(k + j, 5, 1, 1, share)
        k += len(lines)
    rows.put(r, 0, k - r, 1, "部门总体资金情况（万元）")
    rows.add((0, 1, "部门职能概述"), (1, 5, "贯彻执行民政工作法律法规，负责社会救助、养老服务、社会事务和基层政权建设等工作。"))
    rows.add((0, 1, "年度工作任务"), (1, 5, "落实城乡低保、特困供养和临时救助政策；推进社区居家养老服务。"))
    rows.add((0, 1, "整体绩效目标"), (1, 5, "困难群众应保尽保，养老服务供给能力持续提升，群众满意度不低于90%。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "指标名称"), (4, 1, "指标值"), (5, 1, "绩效标准"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, "计划标准")])
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 80, 70, 90, 95, 80], title=f"{year}年部门整体支出绩效目标表",
                         editor="部门公开表9", unit_raw="单位：万元", kind="dept_performance_targets"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    # 项目支出绩效目标表 with a source list
    projects = [
        ("社区居家养老服务补贴", "4205022501003", "300.00", "120.00",
         [("1.一般公共预算财政拨款收入", "100.00"), ("其中：申请当年预算拨款", "100.00"),
          ("2.政府性基金预算财政拨款收入", "20.00"), ("3.事业收入", ""), ("4.其他收入", ""), ("5.上年结转", "")],
         "120.00", None,
         "为辖区80周岁以上困难老人提供居家养老服务补贴，提升养老服务可及性。", [
             Ind("产出指标", "数量指标", "享受居家养老服务补贴人数", "≥1500人", (">=", 1500, "人")),
             Ind("产出指标", "质量指标", "服务质量抽查合格率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "补贴按月发放及时率", "100%", ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "老年人生活质量", "明显提高", Q),
             Ind("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("困难群众临时救助", "4205022501007", "105.00", "105.00",
         [("1.一般公共预算财政拨款收入", "80.00"), ("其中：申请当年预算拨款", "80.00"),
          ("2.政府性基金预算财政拨款收入", ""), ("3.事业收入", ""), ("4.其他收入", "15.00"), ("5.上年结转", "10.00")],
         "80.00", "10.00",
         "对遭遇突发性、临时性困难的家庭及时给予救助，兜住民生底线。", [
             Ind("产出指标", "数量指标", "临时救助人次", "≥600人次", (">=", 600, "人次")),
             Ind("产出指标", "质量指标", "救助对象认定准确率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "急难型救助办结时限", "≤24小时", ("<=", 24, "小时")),
             Ind("效益指标", "社会效益指标", "因灾因病返贫事件", "0起", ("=", 0, "起")),
             Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    for project, code, total, yr, sources, fiscal, carried, goal, pinds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目代码"), (4, 1, code))
        rows.add((0, 1, "项目主管部门"), (1, 2, dept), (3, 1, "项目执行单位"), (4, 1, dept))
        rows.add((0, 1, "项目总预算"), (1, 2, total), (3, 1, "项目当年预算"), (4, 1, yr))
        r = rows.n
        rows.put(r, 0, len(sources) + 2, 1, "项目资金来源")
        rows.put(r, 1, 1, 3, "资金来源项目")
        rows.put(r, 4, 1, 1, "金额")
        rows.put(r + 1, 1, 1, 3, "合计")
        rows.put(r + 1, 4, 1, 1, yr)
        for j, (label, amount) in enumerate(sources, 2):
            rows.put(r + j, 1, 1, 3, label)
            rows.put(r + j, 4, 1, 1, amount)
        rows.add((0, 1, "项目绩效总目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "指标内容"), (3, 1, "指标值"), (4, 1, "备注"))
        _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [85, 80, 160, 80, 90], title=f"{year}年项目支出绩效目标表",
                             editor="部门公开表10", unit_raw="单位：万元"), fresh_page=True)
        for ind in pinds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, W, code=code, total=total, year=yr, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 四川 绵阳


def _sc_self_eval(doc: FormDoc, project: str, dept: str, unit_name: str, money: list[tuple[str, ...]],
                  goal: tuple[str, str], inds: list[Ind], grade: str) -> float:
    """money: rows (label, 年初预算数, 全年预算数, 全年执行数), the first 年度资金总额."""
    budget, executed = money[0][2], money[0][3]
    rate = _rate(budget, executed)
    total = _total(budget, executed, inds)
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 8, project))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, unit_name))
    r = rows.n
    rows.put(r, 0, len(money) + 1, 1, "项目资金（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, (label, initial, b, e) in enumerate(money, 1):
        rows.put(r + k, 1, 1, 2, label)
        if k == 1:  # only the 年度资金总额 row carries the rate and its score
            share = Decimal(e.replace(",", "")) / Decimal(b.replace(",", "")) * 100
            extra = ("10", f"{share:.2f}%", f"{rate:.2f}")
        else:
            extra = ("—", "—", "—")
        for j, v in enumerate((initial, b, e) + extra):
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
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 6, "绩效自评等级"), (6, 3, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, [44, 52, 62, 82, 58, 58, 36, 40, 63], title="项目支出绩效自评表",
                         editor=f"（{doc.gold.fiscal_year}年度）", unit_raw="单位：万元",
                         kind="performance_self_evaluation"), fresh_page=True)
    return total


def layout_sc_my_accounts_project_self_evals_four_rows(folder: Path, name: str) -> FileGold:
    dept = "绵阳市涪城区农业农村局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、财政拨款收入", "4,386.72"), ("二、其他收入", "92.40")],
                    [("一、农林水支出", "4,160.35"), ("二、社会保障和就业支出", "318.77")])
    evals = [
        ("高标准农田建设", "绵阳市涪城区农业农村局",
         [("年度资金总额", "1,200.00", "1,350.00", "1,296.00"), ("其中：当年财政拨款", "1,200.00", "1,200.00", "1,160.00"),
          ("上年结转资金", "", "150.00", "136.00"), ("其他资金", "", "", "")],
         ("新建高标准农田1.2万亩，配套完善灌排设施。", "建成高标准农田1.25万亩，灌排设施全部配套。"), [
             Ind("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", (">=", 1.2, "万亩"), "20", "1.25万亩", "20"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "项目完工时间", "2024年11月底前", (None, None, None), "10", "2024年11月",
                 "10"),
             Ind("产出指标", "成本指标", "亩均建设成本", "≤3000元", ("<=", 3000, "元"), "10", "2960元", "10"),
             Ind("效益指标", "经济效益指标", "项目区粮食亩产增加", "≥50公斤", (">=", 50, "公斤"), "15", "46公斤", "12",
                 "局部受旱灾影响，加强灌溉调度"),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%"), "20", "93%", "20"),
         ], "优", "1,350.00", "1,200.00", "150.00"),
        ("动物疫病防控", "绵阳市涪城区动物疫病预防控制中心",
         [("年度资金总额", "186.00", "186.00", "171.50"), ("其中：当年财政拨款", "186.00", "186.00", "171.50"),
          ("上年结转资金", "", "", ""), ("其他资金", "", "", "")],
         ("重大动物疫病强制免疫密度保持在90%以上。", "完成春秋两季集中免疫，免疫密度94%。"), [
             Ind("产出指标", "数量指标", "强制免疫畜禽数量", "≥85万头（只）", (">=", 85, "万头(只)"), "20", "88万头（只）",
                 "20"),
             Ind("产出指标", "质量指标", "免疫抗体合格率", "≥70%", (">=", 70, "%"), "20", "78%", "20"),
             Ind("产出指标", "时效指标", "疫情报告及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情", "0起", ("=", 0, "起"), "20", "0起", "20"),
             Ind("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", (">=", 90, "%"), "20", "86%", "16",
                 "部分偏远村组防疫服务不够及时"),
         ], "良", "186.00", "186.00", None),
    ]
    for project, unit_name, money, goal, inds, grade, yr, fiscal, carried in evals:
        total = _sc_self_eval(doc, project, dept, unit_name, money, goal, inds, grade)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, W, money[0][2], money[0][3], total, grade)
        doc.gold.project(project, W, year=yr, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山东 烟台


def layout_sd_yt_accounts_dept_self_eval_by_nature(folder: Path, name: str) -> FileGold:
    dept = "烟台市芝罘区文化和旅游局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(f"{dept}{year}年度部门决算", 20)])
    _accounts_front(doc, dept, year, [("一、财政拨款收入", "2,614.80"), ("二、事业收入", "205.00")],
                    [("一、文化旅游体育与传媒支出", "2,548.30"), ("二、社会保障和就业支出", "271.50")])
    inds = [
        Ind("产出指标", "数量指标", "举办群众文化活动场次", "≥260场", (">=", 260, "场"), "10", "284场", "10"),
        Ind("产出指标", "数量指标", "文物安全巡查次数", "≥48次", (">=", 48, "次"), "10", "52次", "10"),
        Ind("产出指标", "质量指标", "公共文化场馆免费开放率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "旅游投诉处理时限", "≤3个工作日", ("<=", 3, "个工作日"), "10", "2个工作日", "10"),
        Ind("效益指标", "经济效益指标", "接待游客人次增长率", "≥8%", (">=", 8, "%"), "10", "6.5%", "8",
            "下半年天气原因客流不及预期"),
        Ind("效益指标", "社会效益指标", "群众文化获得感", "明显增强", Q, "15", "明显增强", "15"),
        Ind("效益指标", "可持续影响指标", "文旅融合发展机制", "逐步完善", Q, "10", "逐步完善", "9"),
        Ind("满意度指标", "服务对象满意度指标", "群众文化活动满意度", "≥90%", (">=", 90, "%"), "15", "94%", "15"),
    ]
    budget, executed = "2,900.00", "2,819.80"
    rate = _rate(budget, executed)
    total = _total(budget, executed, inds)
    heads = ("年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")
    lines = [("年度资金总额", "2,760.00", budget, executed, "97.23%", "10", f"{rate:.2f}"),
             ("按收入性质分：财政拨款", "2,560.00", "2,680.00", "2,614.80", "—", "—", "—"),
             ("其他资金", "200.00", "220.00", "205.00", "—", "—", "—"),
             ("按支出性质分：基本支出", "1,980.00", "2,010.00", "2,004.60", "—", "—", "—"),
             ("项目支出", "780.00", "890.00", "815.20", "—", "—", "—")]
    widths = [40, 58, 56, 66, 60, 56, 56, 44, 30, 34]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 8, dept))
    r = rows.n
    rows.put(r, 0, len(lines) + 1, 1, "年度预算资金（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(heads):
        rows.put(r, 3 + k, 1, 1 if k < 5 else 2, head)
    for j, line in enumerate(lines, 1):
        rows.put(r + j, 1, 1, 2, line[0])
        for k, v in enumerate(line[1:]):
            rows.put(r + j, 3 + k, 1, 1 if k < 5 else 2, v)
    rows.add((0, 2, "年度总体目标"), (2, 4, "预期目标：繁荣群众文化，加强文物保护，推动文旅融合发展。"),
             (6, 4, "实际完成：举办群众文化活动284场，完成文物安全巡查52次。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"))],
             (5, 3, "偏差原因及改进措施"), (8, 1, "分值"), (9, 1, "得分"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 3, i.note),
                                            (8, 1, i.weight), (9, 1, i.score)])
    rows.add((0, 8, "总分"), (8, 2, f"{total:.2f}"))
    rows.add((0, 2, "评价等级"), (2, 8, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度部门整体支出绩效自评表",
                         editor=f"填报单位：{dept}", unit_raw="", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, W, budget, executed, total, "优")
    # a project self-evaluation, money as label | value pairs
    project = "公共文化场馆免费开放"
    pinds = [
        Ind("产出指标", "数量指标", "免费开放场馆数量", "达到6个", (">=", 6, "个"), "20", "6个", "20"),
        Ind("产出指标", "数量指标", "全年开放天数", "≥300天", (">=", 300, "天"), "15", "312天", "15"),
        Ind("产出指标", "质量指标", "场馆安全事故发生数", "0起", ("=", 0, "起"), "15", "0起", "15"),
        Ind("效益指标", "社会效益指标", "年接待群众人次", "达到45万人次", (">=", 45, "万人次"), "20", "43.6万人次",
            "18", "场馆维修闭馆一月"),
        Ind("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥90%", (">=", 90, "%"), "20", "95%", "20"),
    ]
    pb, pe = "320.00", "301.44"
    prate = _rate(pb, pe)
    ptotal = _total(pb, pe, pinds)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 6, project))
    rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, "烟台市芝罘区文化馆"))
    rows.add((0, 2, "全年预算数（万元）"), (2, 2, pb), (4, 2, "全年执行数（万元）"), (6, 2, pe))
    rows.add((0, 2, "其中：财政拨款（万元）"), (2, 2, "300.00"), (4, 2, "其他资金（万元）"), (6, 2, "20.00"))
    rows.add((0, 2, "预算执行率"), (2, 2, "94.20%"), (4, 2, "执行率得分（10分）"), (6, 2, f"{prate:.2f}"))
    rows.add((0, 2, "年度目标完成情况"), (2, 6, "全年免费开放文化馆、图书馆及分馆6个，接待群众43.6万人次。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                 "得分", "偏差原因"))])
    _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                             (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "自评得分"), (5, 3, f"{ptotal:.2f}"))
    doc.pages.grid(_spec(rows.cells, rows.n, [56, 66, 96, 64, 64, 36, 36, 82], title=f"{year}年度项目支出绩效自评表",
                         editor=f"填报单位：{dept}", kind="performance_self_evaluation"), fresh_page=True)
    for ind in pinds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, W, pb, pe, ptotal, None)
    doc.gold.project(project, W, year=pb, fiscal="300.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 平顶山


def layout_hen_pds_three_forms_a_page_nature_value_unit(folder: Path, name: str) -> FileGold:
    dept = "郏县教育体育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year,
                  cover=[(f"{year}年项目支出绩效目标表", 22), (f"单位名称：{dept}", 16)])
    projects = [
        ("义务教育学生营养改善计划", "612.00", "580.00", "32.00",
         "保障农村义务教育学生在校营养膳食，改善学生营养健康状况。", [
             Ind("产出指标", "数量指标", "受益学生人数", ("≥", "12000", "人"), (">=", 12000, "人")),
             Ind("产出指标", "质量指标", "食品安全检查覆盖率", ("＝", "100", "%"), ("=", 100, "%")),
             Ind("产出指标", "成本指标", "生均每天补助标准", ("≤", "5", "元"), ("<=", 5, "元")),
             Ind("效益指标", "社会效益指标", "学生营养健康状况", ("定性", "明显改善", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", ("≥", "90", "%"), (">=", 90, "%")),
         ]),
        ("校园安全技防设施维护", "86.50", "86.50", "",
         "维护中小学校园视频监控和一键报警系统，保障师生安全。", [
             Ind("产出指标", "数量指标", "维护学校数量", ("≥", "48", "所"), (">=", 48, "所")),
             Ind("产出指标", "质量指标", "技防设施完好率", ("≥", "98", "%"), (">=", 98, "%")),
             Ind("产出指标", "时效指标", "故障修复时限", ("≤", "48", "小时"), ("<=", 48, "小时")),
             Ind("效益指标", "社会效益指标", "校园安全责任事故", ("＝", "0", "起"), ("=", 0, "起")),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", ("≥", "92", "%"), (">=", 92, "%")),
         ]),
        ("全民健身赛事活动", "45.00", "40.00", "5.00",
         "组织县级全民健身赛事，提高群众体育参与度。", [
             Ind("产出指标", "数量指标", "举办赛事活动场次", ("≥", "15", "场"), (">=", 15, "场")),
             Ind("产出指标", "时效指标", "赛事按计划完成率", ("＝", "100", "%"), ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "群众健身意识", ("定性", "显著增强", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "参赛群众满意度", ("≥", "90", "%"), (">=", 90, "%")),
         ]),
    ]
    for k, (project, total, fiscal, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "项目资金（万元）"), (1, 1, "资金总额"), (2, 1, total), (3, 1, "财政资金"), (4, 1, fiscal),
                 (5, 1, "其他资金"), (6, 1, other))
        rows.add((0, 1, "年度目标"), (1, 6, goal))
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位",
                                                     "备注"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 76, 124, 56, 70, 54, 50], title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=(k == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, W, year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 大连


def layout_ln_dl_dept_wide_source_rows_weights_words(folder: Path, name: str) -> FileGold:
    dept = "大连市沙河口区住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门整体支出绩效目标表", dept, year)
    inds = [
        Ind("产出指标", "数量指标", "老旧小区改造数量", "不少于18个", (">=", 18, "个"), "10"),
        Ind("产出指标", "数量指标", "既有住宅加装电梯部数", "不少于40部", (">=", 40, "部"), "8"),
        Ind("产出指标", "数量指标", "建筑工地安全检查次数", "不少于260次", (">=", 260, "次"), "8"),
        Ind("产出指标", "质量指标", "改造工程竣工验收合格率", "达到100%", (">=", 100, "%"), "10"),
        Ind("产出指标", "质量指标", "安全隐患整改闭环率", "不低于98%", (">=", 98, "%"), "8"),
        Ind("产出指标", "时效指标", "施工许可审批时限", "不超过5个工作日", ("<=", 5, "个工作日"), "6"),
        Ind("产出指标", "成本指标", "部门运行经费支出增幅", "不高于3%", ("<=", 3, "%"), "5"),
        Ind("效益指标", "经济效益指标", "带动社会投资", "不少于6000万元", (">=", 6000, "万元"), "8"),
        Ind("效益指标", "社会效益指标", "老旧小区居住环境", "明显改善", Q, "8"),
        Ind("效益指标", "社会效益指标", "建筑施工较大及以上事故", "0起", ("=", 0, "起"), "6"),
        Ind("效益指标", "生态效益指标", "新建建筑绿色建筑占比", "90%-95%", ("range", 90, "%", 95), "5"),
        Ind("效益指标", "可持续影响指标", "城市更新长效机制", "逐步建立", Q, "6"),
        Ind("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "不低于90%", (">=", 90, "%"), "6"),
        Ind("满意度指标", "服务对象满意度指标", "办事群众满意度", "不低于95%", (">=", 95, "%"), "6"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    sources = [("一般公共预算财政拨款收入", "3,200.00"), ("政府性基金预算财政拨款收入", "450.00"),
               ("其他资金", "80.00"), ("合计", "3,730.00")]
    r = rows.n
    rows.put(r, 0, len(sources) + 1, 1, "部门预算资金（万元）")
    rows.put(r, 1, 1, 3, "资金来源")
    rows.put(r, 4, 1, 2, "金额")
    for j, (label, amount) in enumerate(sources, 1):
        rows.put(r + j, 1, 1, 3, label)
        rows.put(r + j, 4, 1, 2, amount)
    tasks = [("老旧小区改造", "完成18个老旧小区综合改造，推进既有住宅加装电梯。"),
             ("建筑市场监管", "开展建筑工地安全和质量检查，整治违法违规行为。"),
             ("城市更新", "推进城市更新片区规划和实施，完善基础设施。")]
    r = rows.n
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 2, "任务名称")
    rows.put(r, 3, 1, 3, "主要内容")
    for j, (task, content) in enumerate(tasks, 1):
        rows.put(r + j, 1, 1, 2, task)
        rows.put(r + j, 3, 1, 3, content)
    rows.add((0, 1, "年度总体目标"), (1, 5, "目标1：改善老旧小区居住条件；目标2：守牢建筑施工安全底线；目标3：稳步推进城市更新。"))
    rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "权重（%）", "评分标准"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "按完成比例计分")])
    doc.pages.grid(_spec(rows.cells, rows.n, [72, 82, 140, 86, 50, 75], title=f"{year}年部门整体支出绩效目标表",
                         editor=f"填报单位（盖章）：{dept}", unit_raw="单位：万元", kind="dept_performance_targets"),
                   fresh_page=True, repeat=(rows.n - len(inds) - 1, 1))
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 太原


def layout_sx_ty_budget_landscape_list_total_year_fiscal(folder: Path, name: str) -> FileGold:
    dept = "太原市小店区水务局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _front(doc, dept, year, [("一、一般公共预算拨款收入", "5,120.60"), ("二、政府性基金预算拨款收入", "800.00")],
           [("农林水支出", "5,460.60"), ("城乡社区支出", "460.00")], "第四部分  项目支出绩效目标表")
    projects = [
        ("河道综合治理工程", "6,800.00", "2,300.00", "1,500.00",
         "完成河道清淤和护岸建设，提升河道行洪能力。", [
             Ind("产出指标", "数量指标", "河道清淤长度", "≥12公里", (">=", 12, "公里")),
             Ind("产出指标", "质量指标", "护岸工程验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "主汛期前完成清淤", "2025年6月30日前", (None, None, None)),
             Ind("效益指标", "生态效益指标", "河道水质达标率", "≥80%", (">=", 80, "%")),
             Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农村饮水安全维修养护", "420.00", "420.00", "420.00",
         "维修养护农村供水工程，保障农村群众饮水安全。", [
             Ind("产出指标", "数量指标", "维修养护供水工程处数", "≥35处", (">=", 35, "处")),
             Ind("产出指标", "质量指标", "农村自来水普及率", "≥98%", (">=", 98, "%")),
             Ind("产出指标", "时效指标", "供水故障抢修时限", "≤24小时", ("<=", 24, "小时")),
             Ind("效益指标", "社会效益指标", "受益农村人口", "≥4.6万人", (">=", 4.6, "万人")),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("防汛抗旱物资储备", "160.00", "160.00", "140.00",
         "补充防汛抢险物资，确保安全度汛。", [
             Ind("产出指标", "数量指标", "储备防汛物资品种", "≥18类", (">=", 18, "类")),
             Ind("产出指标", "质量指标", "物资合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "成本指标", "物资采购成本", "≤160万元", ("<=", 160, "万元")),
             Ind("效益指标", "社会效益指标", "因洪涝灾害死亡人数", "0人", ("=", 0, "人")),
             Ind("满意度指标", "服务对象满意度指标", "基层防汛单位满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    rows = _Rows()
    heads1 = [(0, 2, 1, "序号"), (1, 2, 1, "项目名称"), (5, 2, 1, "年度绩效目标"), (6, 2, 1, "一级指标"),
              (7, 2, 1, "二级指标"), (8, 2, 1, "三级指标"), (9, 2, 1, "指标值")]
    for c, rs, cs, text in heads1:
        rows.put(0, c, rs, cs, text)
    rows.put(0, 2, 1, 3, "项目资金（万元）")
    for c, text in ((2, "总额"), (3, "本年预算"), (4, "其中：财政拨款")):
        rows.put(1, c, 1, 1, text)
    for k, (project, total, yr, fiscal, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw)])
        for c, text in ((0, str(k)), (1, project), (2, total), (3, yr), (4, fiscal), (5, goal)):
            rows.put(r0, c, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, W, total=total, year=yr, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [30, 82, 56, 56, 60, 130, 56, 70, 130, 82],
                         title=f"{year}年项目支出绩效目标表", editor=f"部门名称：{dept}", unit_raw="单位：万元",
                         landscape=True), repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林 长春


def layout_jl_cc_self_evals_heads_above_no_level1(folder: Path, name: str) -> FileGold:
    dept = "长春市朝阳区人力资源和社会保障局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    evals = [
        ("就业技能培训补贴", "长春市朝阳区公共就业服务中心", "260.00", "240.00", "247.00",
         "完成就业技能培训2000人次，培训后就业率达到60%。", [
             Ind(None, "数量指标", "就业技能培训人次", "≥2000人次", (">=", 2000, "人次"), "20", "2150人次", "20"),
             Ind(None, "质量指标", "培训合格率", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
             Ind(None, "时效指标", "补贴资金拨付时限", "≤30天", ("<=", 30, "天"), "10", "25天", "10"),
             Ind(None, "社会效益指标", "培训后就业率", "达到60%", (">=", 60, "%"), "20", "57%", "17",
                 "部分学员参训后继续求学"),
             Ind(None, "可持续影响指标", "职业技能培训体系", "逐步健全", Q, "10", "逐步健全", "10"),
             Ind(None, "服务对象满意度指标", "参训人员满意度", "≥90%", (">=", 90, "%"), "15", "94%", "15"),
         ], "良"),
        ("劳动人事争议仲裁", "长春市朝阳区劳动人事争议仲裁院", "58.00", "58.00", "58.00",
         "依法及时处理劳动人事争议案件，维护劳动者合法权益。", [
             Ind(None, "数量指标", "受理争议案件数", "≥900件", (">=", 900, "件"), "20", "968件", "20"),
             Ind(None, "质量指标", "仲裁结案率", "≥92%", (">=", 92, "%"), "20", "95%", "20"),
             Ind(None, "时效指标", "案件审理期限", "≤45天", ("<=", 45, "天"), "15", "41天", "15"),
             Ind(None, "社会效益指标", "劳动关系和谐稳定", "持续向好", Q, "20", "持续向好", "19"),
             Ind(None, "服务对象满意度指标", "当事人满意度", "≥85%", (">=", 85, "%"), "15", "90%", "15"),
         ], "优"),
    ]
    for project, unit_name, budget, fiscal, executed, goal, inds, grade in evals:
        rate = _rate(budget, executed)
        total = _total(budget, executed, inds)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for c, head in enumerate(("全年预算数", "其中：财政拨款", "全年执行数", "执行率", "分值", "得分"), 1):
            rows.put(r, c, 1, 1, head)
        share = f"{Decimal(executed) / Decimal(budget) * 100:.2f}%"
        for c, v in enumerate((budget, fiscal, executed, share, "10", f"{rate:.2f}"), 1):
            rows.put(r + 1, c, 1, 1, v)
        rows.add((0, 1, "年度目标"), (1, 6, goal))
        rows.add(*[(c, 1, t) for c, t in enumerate(("二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                                     "偏差原因"))])
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, i.actual), (4, 1, i.weight),
                                                   (5, 1, i.score), (6, 1, i.note)])
        rows.add((0, 1, "总分"), (1, 2, f"{total:.2f}"), (3, 1, "自评等级"), (4, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 100, 66, 66, 48, 48, 87], title="项目支出绩效自评表",
                             editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, W, budget, executed, total, grade)
        doc.gold.project(project, W, year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 宁夏 银川


def layout_nx_yc_long_form_bond_and_central_sources(folder: Path, name: str) -> FileGold:
    dept = "银川市金凤区交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    basis = "依据《农村公路建设管理办法》、自治区年度建设计划及近三年同类项目实际完成情况确定"
    long_inds = [
        Ind("产出指标", "数量指标", "新建改建农村公路里程", "≥28公里", (">=", 28, "公里")),
        Ind("产出指标", "数量指标", "新建港湾式公交站台", "≥16个", (">=", 16, "个")),
        Ind("产出指标", "数量指标", "改造危旧桥梁座数", "3座", ("=", 3, "座")),
        Ind("产出指标", "数量指标", "增设交通安全设施处数", "≥120处", (">=", 120, "处")),
        Ind("产出指标", "质量指标", "工程交工验收合格率", "100%", ("=", 100, "%")),
        Ind("产出指标", "质量指标", "路面平整度优良率", "≥90%", (">=", 90, "%")),
        Ind("产出指标", "质量指标", "安全设施设置规范率", "≥95%", (">=", 95, "%")),
        Ind("产出指标", "时效指标", "主体工程完工时间", "2025年10月31日前", (None, None, None)),
        Ind("产出指标", "时效指标", "建设资金支付及时率", "≥95%", (">=", 95, "%")),
        Ind("产出指标", "成本指标", "每公里建设成本", "≤150万元", ("<=", 150, "万元")),
        Ind("效益指标", "经济效益指标", "沿线产业运输成本降低", "≥8%", (">=", 8, "%")),
        Ind("效益指标", "社会效益指标", "建制村通双车道比例", "≥85%", (">=", 85, "%")),
        Ind("效益指标", "社会效益指标", "农村群众出行条件", "明显改善", Q),
        Ind("效益指标", "生态效益指标", "施工扬尘投诉", "＜5起", ("<", 5, "起")),
        Ind("效益指标", "可持续影响指标", "公路设计使用年限", "≥15年", (">=", 15, "年")),
        Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%")),
    ]
    short_inds = [
        Ind("产出指标", "数量指标", "公交车辆运营线路", "≥22条", (">=", 22, "条")),
        Ind("产出指标", "质量指标", "公交准点率", "＞92%", (">", 92, "%")),
        Ind("效益指标", "社会效益指标", "公共交通出行分担率", "≥30%", (">=", 30, "%")),
        Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", (">=", 90, "%")),
    ]
    forms = [
        ("四好农村路及配套设施建设", "640106250000018", "18,000.00", "5,600.00", "1,600.00",
         [("地方政府专项债券", "3,500.00"), ("中央补助资金", "500.00")],
         "新建改建农村公路28公里，改造危旧桥梁3座，完善交通安全设施，改善农村群众出行条件。", long_inds),
        ("城乡公交运营补贴", "640106250000023", "", "960.00", "960.00", [],
         "保障城乡公交线路正常运营，提升公共交通服务水平。", short_inds),
    ]
    for k, (project, code, total, yr, fiscal, others, goal, inds) in enumerate(forms):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施期限"), (4, 2, f"{year}年1月-{year}年12月"))
        money = ([("项目总投资", total)] if total else []) + [("年度资金总额", yr), ("其中：财政拨款", fiscal)] + others
        r = rows.n
        rows.put(r, 0, len(money), 1, "项目资金（万元）")
        for j, (label, amount) in enumerate(money):
            rows.put(r + j, 1, 1, 2, label)
            rows.put(r + j, 3, 1, 3, amount)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        head = rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值"))],
                        (4, 2, "指标值设定依据"))
        why = basis if k == 0 else "依据城乡公交运营服务质量考核办法确定"
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 2, why)])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 82, 140, 90, 56, 60], title=f"{year}年度项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"),
                       repeat=(head, 1), fresh_page=(k == 0), gap=30)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, W, code=code, total=total or None, year=yr, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 青海 西宁


def layout_qh_xn_budget_two_forms_a_page_no_level1(folder: Path, name: str) -> FileGold:
    dept = "西宁市城西区市场监督管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 20)])
    _front(doc, dept, year, [("一、一般公共预算拨款收入", "2,046.30"), ("二、其他收入", "35.00")],
           [("一般公共服务支出", "1,786.30"), ("社会保障和就业支出", "295.00")])
    projects = [
        ("食品安全抽检监测", "150.00", "120.00", "100.00", "5.00", "15.00",
         "完成食品安全监督抽检任务，及时处置不合格食品。", [
             Ind(None, "数量指标", "食品安全抽检批次", "≥1800批次", (">=", 1800, "批次"), "25"),
             Ind(None, "质量指标", "不合格食品核查处置率", "100%", ("=", 100, "%"), "20"),
             Ind(None, "时效指标", "抽检结果公布时限", "≤20个工作日", ("<=", 20, "个工作日"), "15"),
             Ind(None, "社会效益指标", "食品安全群众知晓率", "≥85%", (">=", 85, "%"), "15"),
             Ind(None, "可持续影响指标", "食品安全风险防控能力", "持续提升", Q, "10"),
             Ind(None, "服务对象满意度指标", "群众食品安全满意度", "≥85%", (">=", 85, "%"), "15"),
         ]),
        ("特种设备安全监察", "48.00", "48.00", "48.00", "", "0.00",
         "开展特种设备安全检查，消除事故隐患。", [
             Ind(None, "数量指标", "检查特种设备使用单位", "≥320家", (">=", 320, "家")),
             Ind(None, "质量指标", "隐患整改率", "≥98%", (">=", 98, "%")),
             Ind(None, "时效指标", "隐患整改复查时限", "≤10天", ("<=", 10, "天")),
             Ind(None, "社会效益指标", "特种设备事故起数", "0起", ("=", 0, "起")),
             Ind(None, "可持续影响指标", "特种设备安全主体责任", "有效落实", Q),
             Ind(None, "服务对象满意度指标", "使用单位满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    # weights on the second form too, making 100
    for ind, w in zip(projects[1][7], ("25", "20", "10", "20", "10", "15")):
        ind.weight = w
    for k, (project, total, yr, fiscal, other, carried, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add(*[(c, 1, t) for c, t in enumerate(("项目总额", "当年预算", "财政拨款", "其他资金", "上年结转"))])
        rows.add(*[(c, 1, t) for c, t in enumerate((total, yr, fiscal, other, carried))])
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        rows.add(*[(c, 1, t) for c, t in enumerate(("二级指标", "三级指标", "指标值", "分值"))], (4, 1, "备注"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, i.weight), (4, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [100, 150, 90, 70, 85], title=f"{project}项目绩效目标表",
                           editor=f"部门：{dept}", unit_raw="单位：万元"), fresh_page=(k == 0), gap=24)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, W, total=total, year=yr, fiscal=fiscal,
                         carried=None if carried in ("", "0.00") else carried)
    return doc.save(folder)


BLIND25: dict[str, Builder] = {
    "js_nj_budget_single_forms_zero_carried": layout_js_nj_budget_single_forms_zero_carried,
    "zj_wz_budget_list_unit_project_amount": layout_zj_wz_budget_list_unit_project_amount,
    "hub_yc_budget_dept_wide_funds_then_source_list": layout_hub_yc_budget_dept_wide_funds_then_source_list,
    "sc_my_accounts_project_self_evals_four_rows": layout_sc_my_accounts_project_self_evals_four_rows,
    "sd_yt_accounts_dept_self_eval_by_nature": layout_sd_yt_accounts_dept_self_eval_by_nature,
    "hen_pds_three_forms_a_page_nature_value_unit": layout_hen_pds_three_forms_a_page_nature_value_unit,
    "ln_dl_dept_wide_source_rows_weights_words": layout_ln_dl_dept_wide_source_rows_weights_words,
    "sx_ty_budget_landscape_list_total_year_fiscal": layout_sx_ty_budget_landscape_list_total_year_fiscal,
    "jl_cc_self_evals_heads_above_no_level1": layout_jl_cc_self_evals_heads_above_no_level1,
    "nx_yc_long_form_bond_and_central_sources": layout_nx_yc_long_form_bond_and_central_sources,
    "qh_xn_budget_two_forms_a_page_no_level1": layout_qh_xn_budget_two_forms_a_page_no_level1,
}
SETS: dict[str, dict[str, Builder]] = {"blind25": BLIND25}


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
    """Write every layout of ``which`` ("blind25") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
