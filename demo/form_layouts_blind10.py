"""BLIND10 performance forms: eleven layouts as a district of 石家庄, a district of 太原, a
district of 大连, a district of 长春, a district of 哈尔滨, a school of a district of 南京, a district
of 宜昌, a district of 南宁, a district of 贵阳, a district of 兰州 and a hospital of a district of
西宁 print their 项目支出绩效目标表,
部门整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表, written by an author who
had read neither the form reader nor the earlier blind sets (only the gold helpers and page
composer of ``form_layouts``, the gold conventions of BLIND9's docstring and the real
disclosures). Each layout writes one PDF and its gold in the format of
``form_layouts.write_set``; the gold is written by hand with ``form_layouts._gold_ind`` and
``FileGold``, never by the normalizers.

heb_sjz_accounts_mof2021_self_eval  河北 石家庄 district 部门决算: accounts tables, then two
        财政部 2021-style 项目支出绩效自评表: 项目资金（万元） merged over 年初预算数 | 全年预算数 |
        全年执行数 | 分值 | 执行率 | 得分 and four rows (年度资金总额 / 其中：当年财政拨款 /
        上年结转资金 / 其他资金), 绩效指标 merged down the grid, 偏差原因分析及改进措施, 总分
sx_ty_accounts_dept_self_eval_basic_project  山西 太原 district 部门决算 ending with a
        部门整体支出绩效自评表: money block rows 年度资金总额 / 其中：基本支出 / 项目支出,
        年度主要任务 rows with 预算数 | 执行数, 一级 printed again on every row (not merged), 二级
        merged, 综合评价等级 printed as 良
ln_dl_budget_value_unit_direction  辽宁 大连 district 部门预算: budget tables, then one form
        per project whose 资金来源 breakdown (合计 | 财政拨款 | 财政专户管理资金 | 单位资金) sits
        as heads above values, grid 一级 | 二级 | 三级 | 指标值 | 度量单位 | 指标方向 (the
        comparator LAST: ≥ / ≤ / ＝ / 定性)
jl_cc_level3_only_weighted  吉林 长春 district, one form per page: money as label | value
        pairs whose labels carry the unit (项目资金总额（万元）), grid 序号 | 绩效指标 | 指标值 |
        权重（%） | 指标说明 with only the 三级 names (no 一级 / 二级 columns), targets in words
hlj_hrb_budget_landscape_list_merged  黑龙江 哈尔滨 district 部门预算: budget tables, then a
        landscape list of five projects, two header rows (项目资金（万元） over 合计 | 财政拨款)
        repeated on every page, 项目名称 / 实施单位 / money / 年度绩效目标 cells merged down each
        project's indicator rows (and cut by the page breaks)
js_nj_school_unit_heads_above  江苏 南京 district school (二级单位): 单位名称 and 主管部门
        instead of 部门名称, money heads above values (年度资金总额 | 财政拨款 | 事业收入 |
        其他资金), grid with 分值
hub_yc_small_forms_one_page  湖北 宜昌 district: three short forms running down the pages,
        money as label | value pairs in one row (年度预算数 | … | 其中：财政拨款 | … | 其他资金 | …),
        grid with a 备注 column
gx_nn_budget_yuan_separators  广西 南宁 district 部门预算: budget tables, then forms in 元 with
        thousands separators (1,280,000.00) as label | value pairs over two rows, targets as
        comparator words (不低于 / 不高于 / 不少于 / 小于), 分值
gz_gy_dept_wide_targets_sources  贵州 贵阳 district 部门整体支出绩效目标表: 部门预算资金 heads
        (合计 | 基本支出 | 项目支出) above values, 部门职能 / 年度绩效目标 prose rows, grid with
        指标值说明, 成本指标 as a 一级
gs_lz_self_eval_transposed_money  甘肃 兰州 district 项目支出绩效自评表: the money block turned
        (columns 年度资金总额 | 其中：财政拨款 | 其他资金; rows 年初预算数 / 全年预算数 / 全年执行数
        / 执行率), then 分值 | 得分 of the execution, grid with 全年实际值 and 未完成原因和改进措施,
        自评等级
qh_xn_hospital_self_eval_yuan  青海 西宁 district hospital (二级单位) 项目支出绩效自评表 in 元
        with separators: 单位名称 | 主管部门, money heads 全年预算数（A） | 全年执行数（B） |
        执行率（B/A） | 分值 | 得分 (no 年初预算数), one 年度总体目标完成情况 row, 绩效评价等级

Gold conventions (BLIND9's, with this set's rulings):

- target_raw is the 年度 value as printed; split columns are joined in the order the form prints
  them, with no separator, whatever that order: 指标值 | 度量单位 | 指标方向 gives "95%≥",
  "有效提升定性"; an empty unit cell adds nothing. The 指标方向 cell (≥ / ≤ / ＝ / 定性) gives
  the comparator as ≥ / ≤ / ＝ / a state would.
- ≥ / 不低于 / 不少于 read ">="; ≤ / 不高于 / 不超过 read "<="; ＞ / 大于 read ">"; ＜ / 小于 read
  "<"; ＝ / = and a bare figure read "="; a state is qualitative.
- An indicator grid with only 三级 names has level1 / level2 None.
- A school's (二级单位's) form names its 单位名称: the gold department is the school.
- Money: 年度资金总额 / 项目资金总额 / 合计 of a single-period form is ``year``; ``fiscal`` where
  财政拨款 / 其中：财政资金 is printed; ``carried`` where 上年结转 is printed with a figure. A
  部门整体 form's money is not a project's: no project row. Money in 元 is read as printed.
- Self evaluations: budget = 全年预算数 of the 年度资金总额 row (or column, where the block is
  turned), executed = its 全年执行数; score = the printed 总分; grade as printed (优 / 良 / 中 / 差). A project self evaluation gives the project's money (year =
  全年预算数, fiscal = 当年财政拨款's 全年预算数, carried = 上年结转资金's 全年预算数 where those
  rows print a figure).
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


def _budget_front(doc: FormDoc, dept: str, year: int, rows: list[tuple[str, str, str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 部门收支预算总表, the 支出预算表 and the
    heading of the performance part."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效信息", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、部门职责。{dept}负责本行政区域内有关工作的统筹规划、组织实施和监督管理。",
        "二、机构设置。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
    ])
    total_in = sum(Decimal(r[1].replace(",", "")) for r in rows)
    total_out = sum(Decimal(r[3].replace(",", "")) for r in rows)
    body = [plain_row(list(r)) for r in rows]
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec("部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    base = total_out * Decimal("0.6")
    doc.pages.table(TableSpec("一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [90, 170, 80, 80, 80],
                              [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "合计"),
                               (0, 3, 1, 1, "基本支出"), (0, 4, 1, 1, "项目支出")], 1,
                              [plain_row(["", "合计", f"{total_out:,.2f}", f"{base:,.2f}", f"{total_out - base:,.2f}"])],
                              ["l", "l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  预算绩效信息", [
        f"按照全面实施预算绩效管理的要求，{dept}{year}年度项目支出绩效目标如下表所示。",
    ])


def _rate(budget: str, executed: str) -> tuple[str, str, float]:
    """执行率 as printed, its score (10 × rate, at most 10) as printed, and that score."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b * 100
    score = min(Decimal(10), (e / b * 10)).quantize(Decimal("0.01"))
    return f"{rate.quantize(Decimal('0.01'))}%", f"{score}", float(score)


# --------------------------------------------------------------------------- 河北 石家庄


def _mof2021_self_eval(doc: FormDoc, project: str, dept: str, unit_name: str,
                       money: dict[str, tuple[str, str, str]], goal: tuple[str, str], inds: list[Ind]) -> None:
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 8, project))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 4, unit_name))
    r = rows.n
    rows.put(r, 0, 5, 1, "项目资金（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    rate, rate_txt, rate_score = _rate(money["年度资金总额"][1], money["年度资金总额"][2])
    for k, label in enumerate(("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"), 1):
        a, b, c = money[label]
        tail = ("10", rate, rate_txt) if k == 1 else ("—", "—", "—")
        rows.put(r + k, 1, 1, 2, label)
        for j, v in enumerate((a, b, c, *tail)):
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
    total = round(rate_score + sum(float(i.score) for i in inds), 2)
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    doc.pages.grid(_spec(rows.cells, rows.n, [40, 50, 58, 84, 56, 56, 34, 40, 97], title="项目支出绩效自评表",
                         editor=f"（{doc.gold.fiscal_year}年度）", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    year, fiscal, carried = money["年度资金总额"][1], money["其中：当年财政拨款"][1], money["上年结转资金"][1]
    doc.gold.self_evaluation(project, "万元", year, money["年度资金总额"][2], total, None)
    doc.gold.project(project, "万元", year=year, fiscal=fiscal, carried=carried if carried != "0.00" else None)


def layout_heb_sjz_accounts_mof2021_self_eval(folder: Path, name: str) -> FileGold:
    dept = "石家庄市长安区城市管理综合行政执法局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 22), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "6,412.80"), ("二、其他收入", "38.50")],
                    [("一、城乡社区支出", "6,102.30"), ("二、社会保障和就业支出", "349.00")])
    _mof2021_self_eval(
        doc, "城区环境卫生清扫保洁", dept, "石家庄市长安区环境卫生服务中心",
        {"年度资金总额": ("1,560.00", "1,620.00", "1,587.60"),
         "其中：当年财政拨款": ("1,480.00", "1,480.00", "1,461.20"),
         "上年结转资金": ("80.00", "80.00", "80.00"),
         "其他资金": ("0.00", "60.00", "46.40")},
        ("完成城区主次干道及背街小巷清扫保洁任务，提高道路机械化清扫水平。", "清扫保洁面积达到年度计划，机扫率91.5%。"), [
            Ind("产出指标", "数量指标", "道路清扫保洁面积", "≥860万平方米", (">=", 860, "万平方米"), "15",
                "872万平方米", "15"),
            Ind("产出指标", "数量指标", "公厕保洁座数", "≥146座", (">=", 146, "座"), "10", "146座", "10"),
            Ind("产出指标", "质量指标", "主次干道机扫率", "≥90%", (">=", 90, "%"), "10", "91.5%", "10"),
            Ind("产出指标", "质量指标", "垃圾日产日清率", "100%", ("=", 100, "%"), "5", "99.2%", "4",
                "节假日垃圾量激增，下年增配转运车辆"),
            Ind("产出指标", "时效指标", "群众反映问题处置时限", "≤24小时", ("<=", 24, "小时"), "5", "20小时", "5"),
            Ind("成本指标", "经济成本指标", "每平方米年均保洁成本", "≤1.9元", ("<=", 1.9, "元"), "5", "1.82元", "5"),
            Ind("效益指标", "社会效益指标", "城市市容环境", "明显改善", Q, "20", "明显改善", "18",
                "部分背街小巷仍有反复，下年加大巡查频次"),
            Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", (">=", 90, "%"), "20", "92%", "20"),
        ])
    _mof2021_self_eval(
        doc, "户外广告及门头牌匾整治", dept, "石家庄市长安区城市管理综合行政执法局",
        {"年度资金总额": ("320.00", "300.00", "264.00"),
         "其中：当年财政拨款": ("320.00", "300.00", "264.00"),
         "上年结转资金": ("0.00", "0.00", "0.00"),
         "其他资金": ("0.00", "0.00", "0.00")},
        ("规范整治违规户外广告和门头牌匾，提升街区风貌。", "整治门头牌匾1260块，拆除违规广告318处。"), [
            Ind("产出指标", "数量指标", "规范整治门头牌匾数量", "≥1200块", (">=", 1200, "块"), "20", "1260块", "20"),
            Ind("产出指标", "数量指标", "拆除违规户外广告", "≥300处", (">=", 300, "处"), "10", "318处", "10"),
            Ind("产出指标", "质量指标", "整治验收合格率", "≥95%", (">=", 95, "%"), "10", "93%", "8",
                "个别商户整改不到位，已责令返工"),
            Ind("产出指标", "时效指标", "整治任务完成时间", "≤10个月", ("<=", 10, "个月"), "10", "11个月", "7",
                "招标延后，下年提前启动采购"),
            Ind("效益指标", "社会效益指标", "街区风貌", "整洁有序", Q, "20", "整洁有序", "20"),
            Ind("满意度指标", "服务对象满意度指标", "沿街商户满意度", "≥85%", (">=", 85, "%"), "20", "87%", "20"),
        ])
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 太原


def layout_sx_ty_accounts_dept_self_eval_basic_project(folder: Path, name: str) -> FileGold:
    dept = "太原市小店区农业农村局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(f"{dept}{year}年度部门决算", 20)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "4,826.40"), ("二、政府性基金预算财政拨款收入", "310.00")],
                    [("一、农林水支出", "4,905.20"), ("二、城乡社区支出", "231.20")])
    inds = [
        Ind("产出指标", "数量指标", "高标准农田建设面积", "≥1.2万亩", (">=", 1.2, "万亩"), "10", "1.25万亩", "10"),
        Ind("产出指标", "数量指标", "农业技术培训人次", "≥2000人次", (">=", 2000, "人次"), "5", "2160人次", "5"),
        Ind("产出指标", "数量指标", "动物防疫免疫密度", "≥90%", (">=", 90, "%"), "5", "95%", "5"),
        Ind("产出指标", "质量指标", "农产品质量安全抽检合格率", "≥98%", (">=", 98, "%"), "10", "98.6%", "10"),
        Ind("产出指标", "质量指标", "高标准农田验收合格率", "100%", ("=", 100, "%"), "5", "100%", "5"),
        Ind("产出指标", "时效指标", "惠农补贴发放及时率", "100%", ("=", 100, "%"), "5", "100%", "5"),
        Ind("产出指标", "成本指标", "“三公”经费控制率", "≤100%", ("<=", 100, "%"), "5", "86%", "5"),
        Ind("效益指标", "经济效益指标", "农村居民人均可支配收入增长率", "≥6%", (">=", 6, "%"), "10", "5.6%", "8",
            "受农产品价格下行影响，下年加强产销对接"),
        Ind("效益指标", "社会效益指标", "重大动物疫情发生数", "0起", ("=", 0, "起"), "10", "0起", "10"),
        Ind("效益指标", "可持续影响指标", "农业绿色发展水平", "稳步提升", Q, "10", "稳步提升", "10"),
        Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", (">=", 90, "%"), "10", "88%", "8",
            "补贴政策宣传不够，下年加强入户宣传"),
        Ind("满意度指标", "服务对象满意度指标", "新型经营主体满意度", "≥85%", (">=", 85, "%"), "5", "90%", "5"),
    ]
    budget, executed = "5,180.60", "5,136.40"
    rate, rate_txt, rate_score = _rate(budget, executed)
    total = round(rate_score + sum(float(i.score) for i in inds), 2)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 7, dept))
    r = rows.n
    rows.put(r, 0, 4, 2, "年度预算执行情况（万元）")
    for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 2 + k, 1, 1, head)
    lines = (("年度资金总额", "4,960.00", budget, executed, "10", rate, rate_txt),
             ("其中：基本支出", "2,986.00", "3,012.40", "3,012.40", "—", "—", "—"),
             ("项目支出", "1,974.00", "2,168.20", "2,124.00", "—", "—", "—"))
    for k, line in enumerate(lines, 1):
        for j, v in enumerate(line):
            rows.put(r + k, 2 + j, 1, 1, v)
    r = rows.n
    tasks = (("高标准农田建设", "新建高标准农田1.2万亩", "1,260.00", "1,248.30"),
             ("动物疫病防控", "重大动物疫病强制免疫和监测", "380.00", "371.70"),
             ("惠农补贴发放", "耕地地力保护补贴等惠农资金发放", "528.20", "504.00"))
    rows.put(r, 0, len(tasks) + 1, 2, "年度主要任务")
    rows.put(r, 2, 1, 2, "任务名称")
    rows.put(r, 4, 1, 3, "主要内容")
    rows.put(r, 7, 1, 1, "预算数")
    rows.put(r, 8, 1, 1, "执行数")
    for k, (task, content, b, e) in enumerate(tasks, 1):
        rows.put(r + k, 2, 1, 2, task)
        rows.put(r + k, 4, 1, 3, content)
        rows.put(r + k, 7, 1, 1, b)
        rows.put(r + k, 8, 1, 1, e)
    r = rows.n
    rows.put(r, 0, 2, 2, "年度总体目标")
    rows.put(r, 2, 1, 3, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 2, 1, 3, "稳定粮食生产，建设高标准农田，守住不发生重大动物疫情底线。")
    rows.put(r + 1, 5, 1, 4, "完成高标准农田1.25万亩，全年未发生重大动物疫情。")
    r = rows.n
    for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施")):
        rows.put(r, k + (1 if k else 0), 1, 2 if k == 0 else 1, head)
    rows.n = r + 1
    _grid_rows(rows, inds, None, 2, lambda i: [(0, 2, i.l1), (3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual),
                                               (6, 1, i.weight), (7, 1, i.score), (8, 1, i.note)])
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 6, "综合评价等级"), (6, 3, "良"))
    doc.pages.grid(_spec(rows.cells, rows.n, [34, 36, 56, 86, 54, 56, 34, 46, 113], title="部门整体支出绩效自评表",
                         editor=f"填报单位：{dept}", unit_raw=f"（{year}年度）", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "良")
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁 大连


def layout_ln_dl_budget_value_unit_direction(folder: Path, name: str) -> FileGold:
    dept = "大连市甘井子区水务局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}", 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "3,286.50", "农林水支出", "3,102.50"),
                                    ("财政专户管理资金收入", "120.00", "城乡社区支出", "304.00")])
    projects = [
        ("农村供水工程运行维护", "21021125T000014", "大连市甘井子区农村供水服务站",
         ("420.00", "380.00", "40.00", "0.00"), "保障农村集中供水工程正常运行，农村自来水普及率稳定在98%以上。", [
             Ind("产出指标", "数量指标", "维护供水工程处数", ("56", "处", "≥"), (">=", 56, "处")),
             Ind("产出指标", "数量指标", "水质检测频次", ("4", "次/年", "≥"), (">=", 4, "次/年")),
             Ind("产出指标", "质量指标", "出厂水水质合格率", ("95", "%", "≥"), (">=", 95, "%")),
             Ind("产出指标", "时效指标", "管网故障抢修时限", ("24", "小时", "≤"), ("<=", 24, "小时")),
             Ind("效益指标", "社会效益指标", "农村自来水普及率", ("98", "%", "≥"), (">=", 98, "%")),
             Ind("效益指标", "可持续影响指标", "工程长效管护机制", ("逐步健全", "", "定性"), Q),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", ("90", "%", "≥"), (">=", 90, "%")),
         ]),
        ("中小河流河道清淤整治", "21021125T000027", "大连市甘井子区河道管理所",
         ("265.00", "265.00", "0.00", "0.00"), "完成重点河段清淤整治，提升河道行洪能力。", [
             Ind("产出指标", "数量指标", "河道清淤长度", ("12.5", "公里", "≥"), (">=", 12.5, "公里")),
             Ind("产出指标", "数量指标", "清淤土方量", ("8", "万立方米", "＝"), ("=", 8, "万立方米")),
             Ind("产出指标", "质量指标", "工程验收合格率", ("100", "%", "＝"), ("=", 100, "%")),
             Ind("产出指标", "时效指标", "汛前完工率", ("100", "%", "＝"), ("=", 100, "%")),
             Ind("产出指标", "成本指标", "每公里清淤成本", ("21.2", "万元", "≤"), ("<=", 21.2, "万元")),
             Ind("效益指标", "生态效益指标", "河道水环境", ("明显改善", "", "定性"), Q),
             Ind("满意度指标", "服务对象满意度指标", "沿岸居民满意度", ("85", "%", "≥"), (">=", 85, "%")),
         ]),
    ]
    widths = [64, 70, 120, 70, 70, 121]
    for project, code, unit_name, (total, fiscal, special, own), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "执行单位"), (4, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金来源（万元）")
        for k, (head, v) in enumerate((("合计", total), ("财政拨款", fiscal), ("财政专户管理资金", special),
                                       ("单位资金", own))):
            cs = 2 if k == 3 else 1
            col = 1 + k if k < 3 else 4
            rows.put(r, col, 1, cs if k == 3 else 1, head)
            rows.put(r + 1, col, 1, cs if k == 3 else 1, v)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "度量单位",
                                                     "指标方向"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2])])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"编制部门：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林 长春


def layout_jl_cc_level3_only_weighted(folder: Path, name: str) -> FileGold:
    dept = "长春市朝阳区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("居家养老服务补贴", "186.00", "160.00", "26.00", "为辖区经济困难高龄、失能老年人提供居家养老服务补贴。", [
            Ind(None, None, "享受居家养老服务补贴人数", "不少于1500人", (">=", 1500, "人"), "20", note="补贴对象名册"),
            Ind(None, None, "每月上门服务时长", "不少于8小时", (">=", 8, "小时"), "15", note="服务合同"),
            Ind(None, None, "补贴资金发放准确率", "100%", ("=", 100, "%"), "15", note="发放台账"),
            Ind(None, None, "补贴按月发放率", "100%", ("=", 100, "%"), "10", note="按月发放"),
            Ind(None, None, "人均补贴标准", "不高于1240元", ("<=", 1240, "元"), "10", note="补贴政策"),
            Ind(None, None, "老年人生活质量", "有效提高", Q, "15", note="回访了解"),
            Ind(None, None, "服务对象满意度", "不低于90%", (">=", 90, "%"), "15", note="满意度调查"),
        ]),
        ("社区儿童之家运营补助", "72.50", "72.50", "0.00", "支持社区儿童之家开展关爱服务，保障困境儿童权益。", [
            Ind(None, None, "运营补助的儿童之家数量", "28个", ("=", 28, "个"), "20", note="年度计划"),
            Ind(None, None, "开展儿童关爱活动场次", "不少于336场", (">=", 336, "场"), "20", note="每家每月一场"),
            Ind(None, None, "困境儿童走访覆盖率", "100%", ("=", 100, "%"), "15", note="走访记录"),
            Ind(None, None, "补助资金拨付周期", "不超过6个月", ("<=", 6, "个月"), "10", note="资金拨付文件"),
            Ind(None, None, "困境儿童关爱保护体系", "不断完善", Q, "20", note="工作总结"),
            Ind(None, None, "儿童及家长满意度", "不低于85%", (">=", 85, "%"), "15", note="问卷调查"),
        ]),
    ]
    for project, year_amt, fiscal, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "实施单位"), (3, 2, dept))
        rows.add((0, 1, "项目资金总额（万元）"), (1, 1, year_amt), (2, 1, "其中：财政资金（万元）"), (3, 2, fiscal))
        rows.add((0, 1, "其他资金（万元）"), (1, 1, other), (2, 1, "项目期限"), (3, 2, "1年"))
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        rows.add((0, 1, "序号"), (1, 1, "绩效指标"), (2, 1, "指标值"), (3, 1, "权重（%）"), (4, 1, "指标说明"))
        for k, ind in enumerate(inds, 1):
            rows.add((0, 1, str(k)), (1, 1, ind.name), (2, 1, ind.raw), (3, 1, ind.weight), (4, 1, ind.note))
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.pages.grid(_spec(rows.cells, rows.n, [96, 150, 96, 76, 97], title="项目支出绩效目标表",
                             editor=f"{dept}", unit_raw=f"{year}年度"), fresh_page=True)
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 黑龙江 哈尔滨


def layout_hlj_hrb_budget_landscape_list_merged(folder: Path, name: str) -> FileGold:
    dept = "哈尔滨市南岗区文化广电和旅游局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 20)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "1,968.40", "文化旅游体育与传媒支出", "1,842.40"),
                                    ("事业收入", "56.00", "社会保障和就业支出", "182.00")])
    projects = [
        ("公共图书馆免费开放", "哈尔滨市南岗区图书馆", "96.00", "96.00", "保障图书馆免费开放，丰富群众阅读活动。", [
            Ind("产出指标", "数量指标", "年接待读者人次", "≥30万人次", (">=", 30, "万人次")),
            Ind("产出指标", "数量指标", "新增馆藏图书", "≥1.5万册", (">=", 1.5, "万册")),
            Ind("产出指标", "时效指标", "每周开放时长", "≥56小时", (">=", 56, "小时")),
            Ind("效益指标", "社会效益指标", "全民阅读氛围", "进一步浓厚", Q),
            Ind("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("群众文化活动", "哈尔滨市南岗区文化馆", "138.50", "120.00", "举办群众文化活动和艺术培训，繁荣基层文化。", [
            Ind("产出指标", "数量指标", "举办群众文化活动场次", "≥80场", (">=", 80, "场")),
            Ind("产出指标", "数量指标", "公益艺术培训人次", "≥3000人次", (">=", 3000, "人次")),
            Ind("产出指标", "质量指标", "活动安全事故", "0起", ("=", 0, "起")),
            Ind("效益指标", "社会效益指标", "群众文化参与度", "显著提升", Q),
            Ind("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥92%", (">=", 92, "%")),
        ]),
        ("文物安全巡查保护", "哈尔滨市南岗区文物管理所", "64.00", "64.00", "开展不可移动文物安全巡查，消除安全隐患。", [
            Ind("产出指标", "数量指标", "巡查不可移动文物处数", "42处", ("=", 42, "处")),
            Ind("产出指标", "质量指标", "安全隐患整改率", "≥95%", (">=", 95, "%")),
            Ind("产出指标", "时效指标", "巡查频次", "≥1次/月", (">=", 1, "次/月")),
            Ind("效益指标", "可持续影响指标", "文物安全管理机制", "持续完善", Q),
            Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("旅游市场秩序整治", "哈尔滨市南岗区文化市场综合行政执法大队", "45.00", "45.00",
         "规范旅游市场秩序，保障冰雪旅游季游客权益。", [
             Ind("产出指标", "数量指标", "检查旅游经营单位", "≥400家次", (">=", 400, "家次")),
             Ind("产出指标", "质量指标", "游客投诉办结率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "投诉受理时限", "≤2个工作日", ("<=", 2, "个工作日")),
             Ind("效益指标", "经济效益指标", "旅游市场秩序", "规范有序", Q),
             Ind("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("数字文化馆建设运维", "哈尔滨市南岗区文化馆", "72.00", "60.00", "完善数字文化馆平台，扩大线上公共文化服务。", [
            Ind("产出指标", "数量指标", "上线数字资源时长", "≥500小时", (">=", 500, "小时")),
            Ind("产出指标", "质量指标", "平台正常运行率", "≥99%", (">=", 99, "%")),
            Ind("产出指标", "成本指标", "平台年运维费用", "≤72万元", ("<=", 72, "万元")),
            Ind("效益指标", "社会效益指标", "线上访问量", "≥50万人次", (">=", 50, "万人次")),
            Ind("满意度指标", "服务对象满意度指标", "线上用户满意度", "≥88%", (">=", 88, "%")),
        ]),
    ]
    rows = _Rows()
    heads0 = ("项目名称", "实施单位", None, None, "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")
    for k, h in enumerate(heads0):
        if h:
            rows.put(0, k, 2, 1, h)
    rows.put(0, 2, 1, 2, "项目资金（万元）")
    rows.put(1, 2, 1, 1, "合计")
    rows.put(1, 3, 1, 1, "财政拨款")
    rows.n = 2
    for project, unit_name, total, fiscal, goal, inds in projects:
        r = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.raw)])
        for col, text in enumerate((project, unit_name, total, fiscal, goal)):
            rows.put(r, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [88, 96, 54, 54, 130, 62, 78, 120, 82], title=f"{year}年项目支出绩效目标表",
                         editor=f"部门名称：{dept}", unit_raw="单位：万元", landscape=True),
                   repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 南京 (school)


def layout_js_nj_school_unit_heads_above(folder: Path, name: str) -> FileGold:
    school = "南京市江宁区东山外国语学校"
    parent = "南京市江宁区教育局"
    year = 2025
    doc = FormDoc(name, f"{school}{year}年项目支出绩效目标表", school, year,
                  cover=[(f"{school}", 22), (f"{year}年单位预算项目绩效目标", 18), (f"主管部门：{parent}", 14)])
    projects = [
        ("校园智慧教室改造", "改造教学楼智慧教室，提升信息化教学水平。",
         ("168.00", "150.00", "18.00", "0.00"), [
             Ind("产出指标", "数量指标", "改造智慧教室间数", "≥24间", (">=", 24, "间"), "20"),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "暑期完工率", "100%", ("=", 100, "%"), "10"),
             Ind("产出指标", "成本指标", "每间教室改造成本", "≤7万元", ("<=", 7, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "信息化课堂使用率", "≥80%", (">=", 80, "%"), "20"),
             Ind("效益指标", "可持续影响指标", "设备使用年限", "≥6年", (">=", 6, "年"), "10"),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "15"),
         ]),
        ("学生课后服务", "开展课后延时服务，减轻家长接送负担。",
         ("94.60", "60.00", "34.60", "0.00"), [
             Ind("产出指标", "数量指标", "参加课后服务学生人数", "≥1800人", (">=", 1800, "人"), "20"),
             Ind("产出指标", "数量指标", "开设兴趣社团", "≥30个", (">=", 30, "个"), "10"),
             Ind("产出指标", "质量指标", "课后服务安全事故", "0起", ("=", 0, "起"), "15"),
             Ind("产出指标", "时效指标", "每周服务天数", "5天", ("=", 5, "天"), "10"),
             Ind("效益指标", "社会效益指标", "学生综合素质", "有效提升", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥95%", (">=", 95, "%"), "25"),
         ]),
    ]
    widths = [78, 92, 150, 100, 95]
    for project, goal, (total, fiscal, business, other), inds in projects:
        rows = _Rows()
        rows.add((0, 1, "单位名称"), (1, 2, school), (3, 1, "主管部门"), (4, 1, parent))
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目类型"), (4, 1, "一次性项目" if "改造" in project else "经常性项目"))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 1, "年度资金总额")
        rows.put(r, 2, 1, 1, "财政拨款")
        rows.put(r, 3, 1, 1, "事业收入")
        rows.put(r, 4, 1, 1, "其他资金")
        for k, v in enumerate((total, fiscal, business, other)):
            rows.put(r + 1, 1 + k, 1, 1, v)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "分值"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"单位名称：{school}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 宜昌


def layout_hub_yc_small_forms_one_page(folder: Path, name: str) -> FileGold:
    dept = "宜昌市西陵区卫生健康局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("基本公共卫生服务", "312.00", "296.00", "16.00", "为辖区常住居民免费提供国家基本公共卫生服务。", [
            Ind("产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", (">=", 90, "%")),
            Ind("产出指标", "数量指标", "老年人健康管理人数", "≥1.8万人", (">=", 1.8, "万人")),
            Ind("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", (">=", 65, "%")),
            Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥32%", (">=", 32, "%")),
            Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("计划生育家庭特别扶助", "86.40", "86.40", "0.00", "按标准发放计划生育特别扶助金。", [
            Ind("产出指标", "数量指标", "扶助对象人数", "720人", ("=", 720, "人")),
            Ind("产出指标", "质量指标", "扶助金发放准确率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "扶助金发放时间", "≤1个月", ("<=", 1, "个月")),
            Ind("效益指标", "社会效益指标", "特扶家庭生活保障", "有效保障", Q),
            Ind("满意度指标", "服务对象满意度指标", "扶助对象满意度", "≥95%", (">=", 95, "%")),
        ]),
        ("卫生监督执法", "38.00", "38.00", "0.00", "开展公共场所和医疗机构卫生监督检查。", [
            Ind("产出指标", "数量指标", "监督检查户次", "≥1500户次", (">=", 1500, "户次")),
            Ind("产出指标", "质量指标", "案件查处率", "100%", ("=", 100, "%")),
            Ind("产出指标", "成本指标", "执法装备购置费", "≤8万元", ("<=", 8, "万元")),
            Ind("效益指标", "社会效益指标", "公共卫生安全事件", "0起", ("=", 0, "起")),
            Ind("满意度指标", "服务对象满意度指标", "被监督单位满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    for k, (project, year_amt, fiscal, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "年度预算数"), (1, 1, year_amt), (2, 1, "其中：财政拨款"), (3, 1, fiscal), (4, 1, "其他资金"),
                 (5, 1, other))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 96, 70, 80, 80, 84], title=f"{project}绩效目标表",
                             editor=f"单位：{dept}", unit_raw="金额单位：万元"), fresh_page=(k == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西 南宁


def layout_gx_nn_budget_yuan_separators(folder: Path, name: str) -> FileGold:
    dept = "南宁市西乡塘区市场监督管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "2,614.80", "一般公共服务支出", "2,356.80"),
                                    ("其他收入", "12.00", "社会保障和就业支出", "270.00")])
    projects = [
        ("食品安全抽检监测", "1,280,000.00", "1,200,000.00", "80,000.00", "0.00",
         "完成食品安全监督抽检任务，及时发现和处置食品安全风险。", [
             Ind("产出指标", "数量指标", "食品安全监督抽检批次", "不少于1800批次", (">=", 1800, "批次"), "20"),
             Ind("产出指标", "数量指标", "农贸市场快检批次", "不少于12000批次", (">=", 12000, "批次"), "10"),
             Ind("产出指标", "质量指标", "不合格食品核查处置率", "100%", ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "抽检结果公布时限", "不超过20个工作日", ("<=", 20, "个工作日"), "10"),
             Ind("产出指标", "成本指标", "每批次平均检验费用", "不高于650元", ("<=", 650, "元"), "5"),
             Ind("效益指标", "社会效益指标", "食品安全抽检不合格率", "小于3%", ("<", 3, "%"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "不低于85%", (">=", 85, "%"), "20"),
         ]),
        ("特种设备安全监察", "356,500.00", "356,500.00", "0.00", "0.00",
         "开展特种设备安全监察，防范特种设备安全事故。", [
             Ind("产出指标", "数量指标", "特种设备检查台次", "不少于900台次", (">=", 900, "台次"), "20"),
             Ind("产出指标", "质量指标", "隐患整改闭环率", "不低于98%", (">=", 98, "%"), "20"),
             Ind("产出指标", "时效指标", "事故隐患整改期限", "不超过30天", ("<=", 30, "天"), "10"),
             Ind("效益指标", "社会效益指标", "万台特种设备死亡人数", "小于0.2人", ("<", 0.2, "人"), "20"),
             Ind("效益指标", "可持续影响指标", "电梯应急处置平台运行", "持续稳定", Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "使用单位满意度", "不低于90%", (">=", 90, "%"), "20"),
         ]),
    ]
    widths = [80, 100, 150, 110, 75]
    for project, year_amt, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "项目期限"), (4, 1, "1年"))
        rows.add((0, 1, "年度资金总额"), (1, 2, year_amt), (3, 1, "其中：财政拨款"), (4, 1, fiscal))
        rows.add((0, 1, "上年结转"), (1, 2, carried), (3, 1, "其他资金"), (4, 1, other))
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "分值"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"部门名称：{dept}", unit_raw="单位：元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=year_amt, fiscal=fiscal, carried=carried if carried != "0.00" else None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 贵阳


def layout_gz_gy_dept_wide_targets_sources(folder: Path, name: str) -> FileGold:
    dept = "贵阳市观山湖区生态环境分局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门整体支出绩效目标表", dept, year)
    inds = [
        Ind("产出指标", "数量指标", "空气质量自动监测站点运维数", "≥6个", (">=", 6, "个"), note="运维合同"),
        Ind("产出指标", "数量指标", "固定污染源执法检查", "≥260家次", (">=", 260, "家次"), note="年度执法计划"),
        Ind("产出指标", "数量指标", "饮用水水源地水质监测", "≥12次", (">=", 12, "次"), note="每月一次"),
        Ind("产出指标", "质量指标", "监测数据有效率", "≥95%", (">=", 95, "%"), note="监测规范"),
        Ind("产出指标", "质量指标", "环境信访办结率", "100%", ("=", 100, "%"), note="信访台账"),
        Ind("产出指标", "时效指标", "建设项目环评审批时限", "≤15个工作日", ("<=", 15, "个工作日"), note="审批承诺"),
        Ind("成本指标", "经济成本指标", "部门运行经费", "≤612.5万元", ("<=", 612.5, "万元"), note="基本支出预算"),
        Ind("成本指标", "经济成本指标", "“三公”经费", "≤9.6万元", ("<=", 9.6, "万元"), note="不超过上年"),
        Ind("效益指标", "生态效益指标", "环境空气质量优良天数比例", "≥98%", (">=", 98, "%"), note="省下达目标"),
        Ind("效益指标", "生态效益指标", "集中式饮用水水源地水质达标率", "100%", ("=", 100, "%"), note="省下达目标"),
        Ind("效益指标", "社会效益指标", "突发环境事件", "0起", ("=", 0, "起"), note="应急台账"),
        Ind("效益指标", "可持续影响指标", "生态环境治理能力", "持续提升", Q, note="工作总结"),
        Ind("满意度指标", "服务对象满意度指标", "公众生态环境满意度", "≥90%", (">=", 90, "%"), note="第三方调查"),
        Ind("满意度指标", "服务对象满意度指标", "企业办事满意度", "≥92%", (">=", 92, "%"), note="办事评价"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 4, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    for k, (head, v) in enumerate((("合计", "1,846.30"), ("基本支出", "612.50"), ("项目支出", "1,233.80"))):
        rows.put(r, 1 + k, 1, 2 if k == 2 else 1, head)
        rows.put(r + 1, 1 + k, 1, 2 if k == 2 else 1, v)
    rows.add((0, 1, "部门职能"), (1, 4, "负责辖区生态环境监督管理、污染防治、环境监测和生态环境执法等工作。"))
    rows.add((0, 1, "年度绩效目标"), (1, 4, "巩固提升空气和水环境质量，强化生态环境执法监管，守住生态环境安全底线。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "指标值说明"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.note)])
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 96, 160, 90, 90], title=f"{year}年部门整体支出绩效目标表",
                         editor=f"填报单位（盖章）：{dept}", kind="dept_performance_targets"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃 兰州


def _turned_money_self_eval(doc: FormDoc, project: str, dept: str, money: dict[str, tuple[str, str, str]],
                            goal: tuple[str, str], inds: list[Ind], grade: str) -> None:
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 7, project))
    rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, dept))
    heads = ("年度资金总额", "其中：财政拨款", "其他资金")
    budget, executed = money["全年预算数"][0], money["全年执行数"][0]
    rate, rate_txt, rate_score = _rate(budget, executed)
    r = rows.n
    rows.put(r, 0, 6, 2, "项目资金执行情况（万元）")
    rows.put(r, 2, 1, 1, "")
    for k, h in enumerate(heads):
        rows.put(r, 3 + 2 * k, 1, 2, h)
    for j, label in enumerate(("年初预算数", "全年预算数", "全年执行数"), 1):
        rows.put(r + j, 2, 1, 1, label)
        for k, v in enumerate(money[label]):
            rows.put(r + j, 3 + 2 * k, 1, 2, v)
    rows.put(r + 4, 2, 1, 1, "执行率")
    rows.put(r + 4, 3, 1, 6, rate)
    rows.put(r + 5, 2, 1, 1, "分值")
    rows.put(r + 5, 3, 1, 2, "10")
    rows.put(r + 5, 5, 1, 2, "得分")
    rows.put(r + 5, 7, 1, 2, rate_txt)
    r = rows.n
    rows.put(r, 0, 2, 2, "年度总体目标")
    rows.put(r, 2, 1, 3, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 2, 1, 3, goal[0])
    rows.put(r + 1, 5, 1, 4, goal[1])
    rows.add(*[(k, 2 if k == 7 else 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值",
                                                                  "全年实际值", "分值", "得分", "未完成原因和改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 2, i.note)])
    total = round(rate_score + sum(float(i.score) for i in inds), 2)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
    rows.add((0, 5, "自评等级"), (5, 4, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, [50, 58, 92, 64, 62, 34, 40, 57, 58],
                         title=f"{doc.gold.fiscal_year}年度项目支出绩效自评表", editor=f"填报单位：{dept}",
                         kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
    doc.gold.project(project, "万元", year=budget, fiscal=money["全年预算数"][1])


def layout_gs_lz_self_eval_transposed_money(folder: Path, name: str) -> FileGold:
    dept = "兰州市城关区交通运输局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评报告", dept, year)
    _turned_money_self_eval(
        doc, "农村公路养护", dept,
        {"年初预算数": ("540.00", "500.00", "40.00"), "全年预算数": ("560.00", "520.00", "40.00"),
         "全年执行数": ("548.80", "510.40", "38.40")},
        ("完成农村公路日常养护，优良中等路率不低于85%。", "养护农村公路186公里，优良中等路率86.2%。"), [
            Ind("产出指标", "数量指标", "农村公路日常养护里程", "≥180公里", (">=", 180, "公里"), "15", "186公里", "15"),
            Ind("产出指标", "数量指标", "危桥改造座数", "≥3座", (">=", 3, "座"), "10", "3座", "10"),
            Ind("产出指标", "质量指标", "优良中等路率", "≥85%", (">=", 85, "%"), "10", "86.2%", "10"),
            Ind("产出指标", "时效指标", "水毁路段抢通时限", "≤48小时", ("<=", 48, "小时"), "5", "36小时", "5"),
            Ind("产出指标", "成本指标", "每公里年养护成本", "≤3万元", ("<=", 3, "万元"), "5", "2.95万元", "5"),
            Ind("效益指标", "社会效益指标", "群众出行条件", "明显改善", Q, "15", "明显改善", "15"),
            Ind("效益指标", "可持续影响指标", "农村公路管养长效机制", "基本建立", Q, "10", "基本建立", "8",
                "县乡村三级路长制尚未全覆盖，下年完善考核"),
            Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), "20", "89%", "18",
                "部分路段养护不及时，下年增加巡查"),
        ], "优")
    _turned_money_self_eval(
        doc, "城市公交运营补贴", dept,
        {"年初预算数": ("1,200.00", "1,200.00", "0.00"), "全年预算数": ("1,350.00", "1,350.00", "0.00"),
         "全年执行数": ("1,215.00", "1,215.00", "0.00")},
        ("落实公交运营补贴，保障城区公交正常运营。", "补贴公交线路62条，完成年度客运量。"), [
            Ind("产出指标", "数量指标", "补贴公交线路数", "≥60条", (">=", 60, "条"), "20", "62条", "20"),
            Ind("产出指标", "数量指标", "年公交客运量", "≥1.1亿人次", (">=", 1.1, "亿人次"), "10", "1.02亿人次", "7",
                "客流恢复不及预期，下年优化线网"),
            Ind("产出指标", "质量指标", "公交准点率", "≥90%", (">=", 90, "%"), "10", "91%", "10"),
            Ind("产出指标", "时效指标", "补贴资金拨付时间", "≤3个月", ("<=", 3, "个月"), "10", "4个月", "6",
                "清算审核延后，下年提前启动"),
            Ind("效益指标", "社会效益指标", "公共交通出行分担率", "≥45%", (">=", 45, "%"), "20", "43%", "16",
                "私家车增长较快，下年推进公交优先"),
            Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥85%", (">=", 85, "%"), "20", "86%", "20"),
        ], "良")
    return doc.save(folder)


# --------------------------------------------------------------------------- 青海 西宁 (hospital)


def layout_qh_xn_hospital_self_eval_yuan(folder: Path, name: str) -> FileGold:
    hospital = "西宁市城中区人民医院"
    parent = "西宁市城中区卫生健康局"
    year = 2024
    doc = FormDoc(name, f"{hospital}{year}年度项目支出绩效自评表", hospital, year,
                  cover=[(hospital, 22), (f"{year}年度项目支出绩效自评", 18)])
    project = "县域医共体远程诊疗能力建设"
    inds = [
        Ind("产出指标", "数量指标", "建成远程会诊室", "≥8间", (">=", 8, "间"), "15", "8间", "15"),
        Ind("产出指标", "数量指标", "年远程会诊例数", "≥1200例", (">=", 1200, "例"), "10", "1065例", "8",
            "基层医生使用不熟练，下年加强培训"),
        Ind("产出指标", "质量指标", "远程影像诊断符合率", "≥95%", (">=", 95, "%"), "10", "96.4%", "10"),
        Ind("产出指标", "时效指标", "远程会诊响应时间", "≤30分钟", ("<=", 30, "分钟"), "10", "25分钟", "10"),
        Ind("成本指标", "经济成本指标", "设备采购成本节约率", "≥5%", (">=", 5, "%"), "5", "6.2%", "5"),
        Ind("效益指标", "社会效益指标", "基层首诊率", "≥65%", (">=", 65, "%"), "15", "63%", "12",
            "群众就医习惯仍需引导"),
        Ind("效益指标", "可持续影响指标", "远程医疗服务网络", "覆盖全部乡镇卫生院", Q, "10", "覆盖全部乡镇卫生院", "10"),
        Ind("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
    ]
    budget, fiscal, executed = "2,360,000.00", "2,000,000.00", "2,218,400.00"
    rate, rate_txt, rate_score = _rate(budget, executed)
    total = round(rate_score + sum(float(i.score) for i in inds), 2)
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 7, project))
    rows.add((0, 1, "单位名称"), (1, 3, hospital), (4, 1, "主管部门"), (5, 3, parent))
    r = rows.n
    rows.put(r, 0, 3, 1, "项目资金（元）")
    heads = [(1, 1, ""), (2, 2, "全年预算数（A）"), (4, 1, "全年执行数（B）"), (5, 1, "执行率（B/A）"), (6, 1, "分值"),
             (7, 1, "得分")]
    for c, cs, head in heads:
        rows.put(r, c, 1, cs, head)
    lines = (("年度资金总额", budget, executed, rate, "10", rate_txt),
             ("其中：财政拨款", fiscal, "1,880,000.00", "—", "—", "—"))
    for k, line in enumerate(lines, 1):
        for (c, cs, _), v in zip(heads, line):
            rows.put(r + k, c, 1, cs, v)
    rows.add((0, 1, "年度总体目标完成情况"), (1, 7, "建成远程会诊室8间，实现医共体内远程会诊、影像和心电诊断全覆盖。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                 "得分", "偏差原因分析及改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 5, "绩效评价等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 64, 88, 70, 78, 56, 40, 57], title="项目支出绩效自评表",
                         editor=f"单位名称：{hospital}", unit_raw=f"（{year}年度）", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "元", budget, executed, total, "优")
    doc.gold.project(project, "元", year=budget, fiscal=fiscal)
    return doc.save(folder)


BLIND10: dict[str, Builder] = {
    "heb_sjz_accounts_mof2021_self_eval": layout_heb_sjz_accounts_mof2021_self_eval,
    "sx_ty_accounts_dept_self_eval_basic_project": layout_sx_ty_accounts_dept_self_eval_basic_project,
    "ln_dl_budget_value_unit_direction": layout_ln_dl_budget_value_unit_direction,
    "jl_cc_level3_only_weighted": layout_jl_cc_level3_only_weighted,
    "hlj_hrb_budget_landscape_list_merged": layout_hlj_hrb_budget_landscape_list_merged,
    "js_nj_school_unit_heads_above": layout_js_nj_school_unit_heads_above,
    "hub_yc_small_forms_one_page": layout_hub_yc_small_forms_one_page,
    "gx_nn_budget_yuan_separators": layout_gx_nn_budget_yuan_separators,
    "gz_gy_dept_wide_targets_sources": layout_gz_gy_dept_wide_targets_sources,
    "gs_lz_self_eval_transposed_money": layout_gs_lz_self_eval_transposed_money,
    "qh_xn_hospital_self_eval_yuan": layout_qh_xn_hospital_self_eval_yuan,
}
SETS: dict[str, dict[str, Builder]] = {"blind10": BLIND10}


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
    """Write every layout of ``which`` ("blind10") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
