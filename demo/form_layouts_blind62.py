"""BLIND62 performance forms: ten layouts of 北京, 天津, 河北, 山西, 内蒙古, 辽宁, 吉林, 黑龙江,
河南 and 山东 print their 项目支出绩效目标表, 部门整体支出绩效目标表, 项目支出绩效自评表 and
部门整体支出绩效自评表, written by an author who had read neither the form reader nor the earlier
blind sets (only the gold helpers and page composer of ``form_layouts``, the gold conventions of
BLIND9's docstring and the round's briefs). Each layout writes one PDF and its gold in the format of
``form_layouts.write_set``; the gold is written by hand with ``form_layouts._gold_ind`` and
``FileGold``, never by the normalizers. Each line names the grid's rules (drawing.RULES).

bj_sjs_budget_source_lines_shaded  北京 石景山 部门预算 (filled, header rows shaded): budget
        tables, then one 项目支出绩效目标表 per project whose money is a 资金来源 grid (资金来源 |
        金额（万元）: 一般公共预算财政拨款收入 / 政府性基金预算财政拨款收入 / 事业收入 / 上年结转 /
        合计), blank source lines, grid 一级 | 二级 | 三级 | 指标值 | 备注
tj_jn_standalone_yuan_pairs_open  天津 津南 standalone forms in 元 (open: no outer sides):
        项目总额 | 本年预算 / 其中：财政资金 | 上年结转 as label | value pairs with separators, target
        split 指标值 (sign glued: ≥52000) | 度量单位 (‰ among them), 权重, a blank 上年结转, a narrow merged 项目信息 / 绩效指标 column at the left
heb_ts_accounts_dept_and_project_self_evals  河北 唐山 部门决算 (cells): accounts tables, then a
        部门整体支出绩效自评表 (年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 得分 heads over one
        row) and two 项目支出绩效自评表 (money columns, 其中：财政拨款 / 其他资金 rows), 综合评价等级
        as words (优秀 / 良好)
sx_xz_turned_list_money_columns  山西 忻州 list on landscape pages turned by /Rotate (filled):
        序号 | 项目名称 | 资金总额 | 财政拨款 | 其他资金 | 年度目标 | 一级 | 二级 | 三级 | 指标值,
        单位：万元 in the title line, project cells merged, header repeated on the next page
nmg_wh_budget_dept_wide_then_stacked_money  内蒙古 乌海 部门预算 (cells, header rows shaded):
        a 部门整体支出绩效目标表 with 年度主要任务 amounts and 分值, then project forms whose money is
        stacked rows (资金总额 / 其中：财政拨款 / 其他资金 / 上年结转) with the unit in each cell
ln_tl_school_self_eval_yuan_pairs_open  辽宁 铁岭 二级单位 (a school) project self evaluations in 元
        (open, a narrow merged 基本信息 / 绩效指标 column): 年初预算数（元） | … | 全年预算数（元） | …
        label | value pairs, 全年执行数（元）,
        预算执行率 | 执行得分, 自评得分 / 自评等级 at the foot
jl_bs_hospital_two_forms_a_page  吉林 白山 hospital (filled): short forms two to a page, money heads
        (年度资金总额 | 其中：财政拨款 | 事业收入 | 上年结转) over one amounts row; 事业收入 not fiscal
hlj_jx_accounts_self_evals_yuan_columns  黑龙江 鸡西 部门决算 (cells, grid heads shaded): project
        self evaluations in 元 with separators in 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
        得分 columns, a printed 0.00 上年结转 row, 偏差原因 split 原因分析 | 改进措施
ha_lh_town_budget_long_form_repeated_header  河南 漯河 乡镇 部门预算 (filled): a long form over
        pages with its grid header repeated and merged level cells cut, 分值, direction words
        (不低于 / 不高于 / 高于 / 达到 / 控制在…以内), a deadline; 项目总金额 | 当年金额 | 其中：财政资金
sd_rz_street_cells_direction_columns  山东 日照 街道 (cells): 指标方向 | 指标值 | 计量单位 split
        target (≥ / ＝ / ＜ / 定性 in the 方向 column), 年度预算资金 | 其中：财政拨款 pairs, 上年结转
        beside 项目类别

Gold conventions: those of BLIND9's docstring, and the round's rulings: fiscal_amount is the
财政拨款 / 财政资金 figure as printed, or the sum of the source lines named …财政拨款收入 (a blank
line adds nothing; 事业收入 / 其他资金 never fiscal); a printed 0.00 上年结转 is 0.00; 达到 N reads
>=; 控制在 N 以内 reads <=. This set's rulings: a blank 上年结转 cell gives no carried amount; a
self-evaluation printing no 其中：财政拨款 line gives no fiscal amount; deadlines
written as 每月10日前 / 每学期结束前 stay raw with no comparator like dated ones; money cells that
carry their unit ("4,120.00万元") read as the figure in that unit. A self-evaluation's 执行得分
is min(10, 执行数 / 预算数 × 10) printed to two places; 总分 = that plus the indicators' 得分.
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


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支总表, the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职责。{dept}认真贯彻落实上级决策部署，依法履行本部门职责，统筹推进辖区各项工作。",
        f"二、机构设置。纳入{year}年部门预算编制范围的单位包括部门本级及所属单位。",
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
    doc.pages.text_page("第四部分  绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}{year}年项目支出和部门整体支出均编制了绩效目标，详见下表。",
    ])


def _rate(budget: str, executed: str) -> tuple[str, str]:
    """执行率 and the execution score (out of 10) as printed, from the printed amounts."""
    b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
    rate = e / b * 100
    return f"{rate:.2f}%", f"{min(Decimal(10), rate / 10):.2f}"


def _total(rate_score: str, inds: list[Ind]) -> float:
    return round(float(rate_score) + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- 北京


def layout_bj_sjs_budget_source_lines_shaded(folder: Path, name: str) -> FileGold:
    """filled rules, grid header rows shaded; money as a 资金来源 grid."""
    dept = "北京市石景山区城市管理委员会"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算财政拨款收入", "18,642.30"), ("政府性基金预算财政拨款收入", "2,150.00"),
                                    ("事业收入", "310.00")],
                  [("城乡社区支出", "19,880.30"), ("节能环保支出", "1,222.00")])
    projects = [
        ("背街小巷环境精细化整治提升", "11010725T000000412305",
         [("一般公共预算财政拨款收入", "1,360.00"), ("政府性基金预算财政拨款收入", ""), ("事业收入", ""),
          ("上年结转", "140.00"), ("合计", "1,500.00")],
         ("1,500.00", "1,360.00", "140.00"),
         "完成背街小巷精细化整治提升，道路环境达到“十有十无”标准。", [
             Ind("产出指标", "数量指标", "整治提升背街小巷条数", "≥56条", (">=", 56, "条")),
             Ind("产出指标", "质量指标", "整治验收达标率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "整治任务完成时间", "2025年11月30日前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "街巷环境秩序", "明显改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("生活垃圾分类运营补助", "11010725T000000412377",
         [("一般公共预算财政拨款收入", ""), ("政府性基金预算财政拨款收入", "2,150.00"), ("事业收入", "310.00"),
          ("上年结转", ""), ("合计", "2,460.00")],
         ("2,460.00", "2,150.00", None),
         "保障生活垃圾分类设施运行，提高居民垃圾分类参与率。", [
             Ind("产出指标", "数量指标", "分类驿站运营数量", "≥120个", (">=", 120, "个")),
             Ind("产出指标", "质量指标", "厨余垃圾分出率", "≥18%", (">=", 18, "%")),
             Ind("产出指标", "成本指标", "单个驿站年运营补助", "≤16万元", ("<=", 16, "万元")),
             Ind("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥38%", (">=", 38, "%")),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥92%", (">=", 92, "%")),
         ]),
        ("城市照明设施运行维护", "11010725T000000412410",
         [("一般公共预算财政拨款收入", "820.50"), ("政府性基金预算财政拨款收入", ""), ("事业收入", ""),
          ("上年结转", "0.00"), ("合计", "820.50")],
         ("820.50", "820.50", "0.00"),
         "保障辖区道路照明设施正常运行，亮灯率保持在98%以上。", [
             Ind("产出指标", "数量指标", "维护路灯盏数", "≥21000盏", (">=", 21000, "盏")),
             Ind("产出指标", "质量指标", "道路照明设施亮灯率", "≥98%", (">=", 98, "%")),
             Ind("产出指标", "时效指标", "故障修复时限", "≤24小时", ("<=", 24, "小时")),
             Ind("效益指标", "社会效益指标", "夜间出行安全保障", "有效保障", Q),
             Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [70, 80, 130, 90, 140]
    for project, code, sources, (yr, fiscal, carried), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, "北京市石景山区城市管理委员会本级"))
        r = rows.n
        rows.put(r, 0, len(sources) + 1, 1, "项目资金")
        rows.put(r, 1, 1, 3, "资金来源")
        rows.put(r, 4, 1, 1, "金额（万元）")
        for k, (label, amount) in enumerate(sources, 1):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 1, amount)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"（{year}年度）")
        doc.pages.grid(replace(spec, rules="filled", shaded_rows=(r, head)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=yr, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 天津


def layout_tj_jn_standalone_yuan_pairs_open(folder: Path, name: str) -> FileGold:
    """open rules (no outer sides, as Word prints); money in 元 with separators."""
    dept = "天津市津南区卫生健康委员会"
    doc = FormDoc(name, f"{dept}2025年项目绩效目标", dept, 2025)
    projects = [
        ("家庭医生签约服务补助", "天津市津南区各社区卫生服务中心", "5,400,000.00", "1,800,000.00", "1,650,000.00",
         "150,000.00", "2025年1月至2027年12月",
         "推进家庭医生签约服务，重点人群签约覆盖率稳步提高。", [
             Ind("产出指标", "数量指标", "重点人群签约人数", ("≥52000", "人"), (">=", 52000, "人"), "15"),
             Ind("产出指标", "质量指标", "签约居民规范管理率", ("≥85", "%"), (">=", 85, "%"), "15"),
             Ind("产出指标", "时效指标", "补助资金拨付时限", ("≤30", "日"), ("<=", 30, "日"), "15"),
             Ind("成本指标", "经济成本指标", "人均签约服务补助", ("≤35", "元"), ("<=", 35, "元"), "15"),
             Ind("效益指标", "社会效益指标", "重点人群签约覆盖率", ("≥75", "%"), (">=", 75, "%"), "15"),
             Ind("效益指标", "可持续影响指标", "分级诊疗格局", ("逐步形成", ""), Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", ("≥90", "%"), (">=", 90, "%"), "10"),
         ]),
        ("妇幼健康服务项目", "天津市津南区妇女儿童保健和计划生育服务中心", "960,000.00", "960,000.00", "960,000.00",
         "", "2025年1月至2025年12月",
         "开展孕产妇和儿童健康管理，降低孕产妇和婴儿死亡率。", [
             Ind("产出指标", "数量指标", "免费孕前优生健康检查人数", ("≥2400", "人"), (">=", 2400, "人"), "15"),
             Ind("产出指标", "质量指标", "孕产妇系统管理率", ("≥90", "%"), (">=", 90, "%"), "15"),
             Ind("产出指标", "时效指标", "新生儿访视完成时限", ("≤7", "天"), ("<=", 7, "天"), "15"),
             Ind("成本指标", "经济成本指标", "孕前检查人均费用", ("≤400", "元"), ("<=", 400, "元"), "15"),
             Ind("效益指标", "社会效益指标", "婴儿死亡率", ("≤3", "‰"), ("<=", 3, "‰"), "15"),
             Ind("效益指标", "社会效益指标", "0-6岁儿童健康管理率", ("≥92", "%"), (">=", 92, "%"), "15"),
             Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", ("≥90", "%"), (">=", 90, "%"), "10"),
         ]),
    ]
    # a narrow first column merged over each block (项目信息 / 绩效指标) and a 备注 column at the
    # right, as the Word template prints it
    widths = [26, 76, 76, 130, 70, 50, 40, 52]
    for project, unit_name, total, yr, fiscal, carried, period, goal, inds in projects:
        rows = _Rows()
        rows.put(0, 0, 6, 1, "项目信息")
        for r, cells in enumerate(([(1, 2, "项目名称"), (3, 4, project)],
                                   [(1, 2, "实施单位"), (3, 4, unit_name)],
                                   [(1, 2, "项目期限"), (3, 4, period)],
                                   [(1, 2, "项目总额（元）"), (3, 1, total), (4, 1, "本年预算（元）"), (5, 2, yr)],
                                   [(1, 2, "其中：财政资金"), (3, 1, fiscal), (4, 1, "上年结转"), (5, 2, carried)],
                                   [(1, 2, "年度目标"), (3, 4, goal)])):
            for c, cs, text in [*cells, (7, 1, "")]:
                rows.put(r, c, 1, cs, text)
        rows.add(*[(1 + k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "度量单位",
                                                         "权重", "备注"))])
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.target[0]), (5, 1, i.target[1]),
                                                (6, 1, i.weight), (7, 1, "")])
        rows.put(6, 0, len(inds) + 1, 1, "绩效指标")
        rows.add((0, 3, "填表人：刘洋"), (3, 1, "联系电话"), (4, 3, "022-28391652"), (7, 1, ""))
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"单位（盖章）：{dept}",
                     unit_raw="金额单位：元")
        doc.pages.grid(replace(spec, rules="open"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", total=total, year=yr, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河北


def _heb_project_self_eval(doc: FormDoc, project: str, unit_name: str, money: tuple[str, str, str, str, str],
                           goal: tuple[str, str], inds: list[Ind], grade_word: str) -> None:
    """money: (initial, budget, executed, fiscal budget, other budget) in 万元."""
    initial, budget, executed, fiscal, other = money
    rate, rate_score = _rate(budget, executed)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 7, project))
    rows.add((0, 2, "主管部门"), (2, 3, doc.gold.department), (5, 1, "实施单位"), (6, 3, unit_name))
    r = rows.n
    rows.put(r, 0, 4, 2, "项目资金（万元）")
    for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 2 + k, 1, 1, head)
    lines = (("年度资金总额", initial, budget, executed, "10", rate, rate_score),
             ("其中：财政拨款", initial if not other else fiscal, fiscal, "", "—", "—", "—"),
             ("其他资金", "", other, "", "—", "—", "—"))
    for k, line in enumerate(lines, 1):
        for j, v in enumerate(line):
            rows.put(r + k, 2 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 2, "年度总体目标")
    rows.put(r, 2, 1, 4, "预期目标")
    rows.put(r, 6, 1, 3, "实际完成情况")
    rows.put(r + 1, 2, 1, 4, goal[0])
    rows.put(r + 1, 6, 1, 3, goal[1])
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因", "改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note), (8, 1, "加强过程管理" if i.note else "")])
    total = _total(rate_score, inds)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
    rows.add((0, 5, "综合评价等级"), (5, 4, grade_word))
    spec = _spec(rows.cells, rows.n, [46, 50, 78, 60, 60, 60, 40, 48, 50], title="项目支出绩效自评表",
                 editor=f"（{doc.gold.fiscal_year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation")
    doc.pages.grid(spec, fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    grade = {"优秀": "优", "良好": "良", "中等": "中", "较差": "差"}[grade_word]
    doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
    doc.gold.project(project, "万元", year=budget, fiscal=fiscal)


def layout_heb_ts_accounts_dept_and_project_self_evals(folder: Path, name: str) -> FileGold:
    """cells rules; a 部门决算 ending with one 部门整体 and two project self evaluations."""
    dept = "唐山市路北区农业农村局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "4,862.17"), ("二、其他收入", "38.50")],
                    [("一、农林水支出", "4,655.27"), ("二、社会保障和就业支出", "245.40")])
    budget, executed = "5,120.00", "4,900.67"
    rate, rate_score = _rate(budget, executed)
    inds = [
        Ind("产出指标", "数量指标", "高标准农田建设面积", "≥1.2万亩", (">=", 1.2, "万亩"), "15", "1.25万亩", "15"),
        Ind("产出指标", "数量指标", "农作物病虫害统防统治面积", "≥8万亩", (">=", 8, "万亩"), "10", "8.3万亩", "10"),
        Ind("产出指标", "质量指标", "农产品质量安全抽检合格率", "≥98%", (">=", 98, "%"), "15", "99.2%", "15"),
        Ind("产出指标", "时效指标", "惠农补贴发放及时率", "100%", ("=", 100, "%"), "10", "96%", "8",
            "个别村报送信息滞后"),
        Ind("效益指标", "经济效益指标", "农村居民人均可支配收入增长率", "≥6%", (">=", 6, "%"), "15", "6.4%", "15"),
        Ind("效益指标", "可持续影响指标", "耕地质量等级", "稳中有升", Q, "10", "稳中有升", "10"),
        Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", (">=", 90, "%"), "15", "91.5%", "14",
            "培训覆盖面不足"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    rows.add((0, 2, "年初预算数"), (2, 2, "全年预算数"), (4, 2, "全年执行数"), (6, 1, "执行率"), (7, 1, "得分"))
    rows.add((0, 2, "4,750.00"), (2, 2, budget), (4, 2, executed), (6, 1, rate), (7, 1, rate_score))
    rows.add((0, 2, "年度总体目标完成情况"), (2, 6, "完成高标准农田建设和病虫害统防统治任务，农产品质量安全形势稳定。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因分析"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    total = _total(rate_score, inds)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 5, "综合评价等级"), (5, 3, "优秀"))
    spec = _spec(rows.cells, rows.n, [58, 66, 110, 62, 62, 38, 42, 92], title="部门整体支出绩效自评表",
                 editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation")
    doc.pages.grid(spec, fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "优")
    _heb_project_self_eval(
        doc, "农作物病虫害统防统治", "唐山市路北区农业技术推广站", ("180.00", "210.00", "205.80", "180.00", "30.00"),
        ("完成统防统治面积8万亩以上，病虫害危害损失率控制在5%以内。", "完成统防统治8.3万亩，危害损失率4.2%。"), [
            Ind("产出指标", "数量指标", "统防统治作业面积", "≥8万亩", (">=", 8, "万亩"), "20", "8.3万亩", "20"),
            Ind("产出指标", "质量指标", "病虫害危害损失率", "≤5%", ("<=", 5, "%"), "20", "4.2%", "20"),
            Ind("产出指标", "时效指标", "防治作业完成时间", "2024年8月底前", (None, None, None), "10", "2024年8月25日", "10"),
            Ind("效益指标", "经济效益指标", "挽回粮食损失", "≥600吨", (">=", 600, "吨"), "20", "580吨", "17",
                "部分地块发生晚"),
            Ind("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", (">=", 90, "%"), "20", "93%", "20"),
        ], "优秀")
    _heb_project_self_eval(
        doc, "农村人居环境整治", "唐山市路北区农业农村局", ("260.00", "260.00", "231.40", "260.00", ""),
        ("完成农村户厕改造和村庄清洁行动，人居环境持续改善。", "完成户厕改造420座，部分工程尚未结算。"), [
            Ind("产出指标", "数量指标", "农村户厕改造数量", "≥450座", (">=", 450, "座"), "25", "420座", "23",
                "部分农户意愿不强"),
            Ind("产出指标", "质量指标", "改厕工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind("效益指标", "社会效益指标", "村庄环境面貌", "明显改善", Q, "20", "明显改善", "18"),
            Ind("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥90%", (">=", 90, "%"), "15", "88%", "13",
                "转运设施不足"),
            Ind("满意度指标", "服务对象满意度指标", "农村居民满意度", "≥85%", (">=", 85, "%"), "15", "86%", "15"),
        ], "良好")
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西


def layout_sx_xz_turned_list_money_columns(folder: Path, name: str) -> FileGold:
    """filled rules on landscape pages turned by /Rotate 90; one list over the pages."""
    dept = "忻州市忻府区教育局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("义务教育学校公用经费保障", "1,286.00", "1,286.00", "0.00",
         "落实义务教育生均公用经费标准，保障学校正常运转。", [
             Ind("产出指标", "数量指标", "保障义务教育学生人数", "≥21000人", (">=", 21000, "人")),
             Ind("产出指标", "质量指标", "公用经费足额拨付率", "100%", ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "学校正常运转", "有效保障", Q),
             Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("学生营养改善计划", "742.50", "712.50", "30.00",
         "为农村义务教育学生提供营养膳食补助，改善学生营养状况。", [
             Ind("产出指标", "数量指标", "受益学生人数", "≥9500人", (">=", 9500, "人")),
             Ind("产出指标", "成本指标", "生均膳食补助标准", "5元/天", ("=", 5, "元/天")),
             Ind("效益指标", "社会效益指标", "学生营养健康状况", "持续改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("教师继续教育培训", "96.00", "96.00", "",
         "完成教师全员培训任务，提升教师教育教学能力。", [
             Ind("产出指标", "数量指标", "培训教师人次", "≥3200人次", (">=", 3200, "人次")),
             Ind("产出指标", "质量指标", "培训考核合格率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "培训完成时间", "2025年12月前", (None, None, None)),
             Ind("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥88%", (">=", 88, "%")),
         ]),
        ("校舍维修改造", "450.00", "380.00", "70.00",
         "对存在安全隐患的校舍进行维修改造，消除安全隐患。", [
             Ind("产出指标", "数量指标", "维修改造校舍面积", "≥12000平方米", (">=", 12000, "平方米")),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
             Ind("效益指标", "可持续影响指标", "校舍使用年限", "≥20年", (">=", 20, "年")),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("学前教育幼儿资助", "64.80", "64.80", "",
         "对家庭经济困难幼儿减免保教费，保障适龄幼儿接受学前教育。", [
             Ind("产出指标", "数量指标", "资助幼儿人数", "≥900人", (">=", 900, "人")),
             Ind("产出指标", "时效指标", "资助资金发放时间", "2025年12月底前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "家庭经济困难幼儿入园率", "100%", ("=", 100, "%")),
             Ind("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "项目名称", "资金总额", "财政拨款", "其他资金", "年度目标",
                                                 "一级指标", "二级指标", "三级指标", "指标值"))])
    for n, (project, total, fiscal, other, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 6, 7, lambda i: [(8, 1, i.name), (9, 1, i.raw)])
        for col, text in ((0, str(n)), (1, project), (2, total), (3, fiscal), (4, other), (5, goal)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    spec = _spec(rows.cells, rows.n, [30, 92, 66, 66, 58, 150, 62, 80, 118, 80],
                 title="2025年项目支出绩效目标表", editor=f"部门名称：{dept}", unit_raw="单位：万元", landscape=True)
    doc.pages.grid(replace(spec, rules="filled"), repeat=(0, 1), fresh_page=True, turned=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 内蒙古


def layout_nmg_wh_budget_dept_wide_then_stacked_money(folder: Path, name: str) -> FileGold:
    """cells rules, header rows shaded; 部门整体 target form then project forms."""
    dept = "乌海市海勃湾区民政局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}{year}年部门预算", 20)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "6,318.40"), ("其他收入", "120.00")],
                  [("社会保障和就业支出", "6,102.40"), ("卫生健康支出", "336.00")])
    dept_inds = [
        Ind("产出指标", "数量指标", "城乡低保保障人数", "≥5200人", (">=", 5200, "人"), "10"),
        Ind("产出指标", "数量指标", "特困人员供养人数", "≥310人", (">=", 310, "人"), "10"),
        Ind("产出指标", "质量指标", "救助资金发放准确率", "100%", ("=", 100, "%"), "10"),
        Ind("产出指标", "质量指标", "养老机构星级评定达标率", "≥80%", (">=", 80, "%"), "10"),
        Ind("产出指标", "时效指标", "临时救助审批时限", "≤5个工作日", ("<=", 5, "个工作日"), "10"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到保障", Q, "15"),
        Ind("效益指标", "社会效益指标", "社区养老服务覆盖率", "≥75%", (">=", 75, "%"), "10"),
        Ind("效益指标", "可持续影响指标", "社会救助体系", "持续完善", Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "15"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    tasks = [("城乡社会救助", "低保、特困供养和临时救助", "4,860.00"),
             ("养老服务", "居家社区养老服务和养老机构运营补贴", "1,120.40"),
             ("基层社会治理", "社区建设和社会组织培育", "338.00")]
    rows.put(r, 0, len(tasks) + 2, 1, "年度主要任务")
    rows.put(r, 1, 1, 1, "任务名称")
    rows.put(r, 2, 1, 3, "主要内容")
    rows.put(r, 5, 1, 1, "预算资金（万元）")
    for k, (task, content, amount) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 1, task)
        rows.put(r + k, 2, 1, 3, content)
        rows.put(r + k, 5, 1, 1, amount)
    rows.put(r + len(tasks) + 1, 1, 1, 4, "合计")
    rows.put(r + len(tasks) + 1, 5, 1, 1, "6,318.40")
    rows.add((0, 1, "年度总体目标"), (1, 5, "兜牢兜准困难群众基本生活底线，健全养老服务体系，提升基层治理水平。"))
    head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "分值"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
    spec = _spec(rows.cells, rows.n, [72, 90, 110, 40, 90, 90], title="部门整体支出绩效目标表",
                 editor=f"（{year}年度）", kind="dept_performance_targets")
    doc.pages.grid(replace(spec, shaded_rows=(r, head)), fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("城乡低保资金", "4,120.00万元", "3,980.00万元", "140.00万元", "",
         "按标准足额发放城乡低保金，保障低保对象基本生活。", [
             Ind("产出指标", "数量指标", "低保保障人数", "≥5200人", (">=", 5200, "人")),
             Ind("产出指标", "质量指标", "低保资金社会化发放率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "低保金按月发放", "每月10日前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "低保对象基本生活", "有效保障", Q),
             Ind("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%", (">=", 90, "%")),
         ], ("4,120.00", "3,980.00", None)),
        ("居家社区养老服务", "680.00万元", "560.00万元", "", "120.00万元",
         "建设运营社区养老服务站，为老年人提供助餐助洁服务。", [
             Ind("产出指标", "数量指标", "运营社区养老服务站数量", "≥18个", (">=", 18, "个")),
             Ind("产出指标", "数量指标", "助餐服务老年人人次", "≥6万人次", (">=", 6, "万人次")),
             Ind("产出指标", "成本指标", "单站运营补贴", "≤30万元", ("<=", 30, "万元")),
             Ind("效益指标", "社会效益指标", "老年人生活便利程度", "明显提高", Q),
             Ind("满意度指标", "服务对象满意度指标", "服务老年人满意度", "≥92%", (">=", 92, "%")),
         ], ("680.00", "560.00", "120.00")),
    ]
    for project, total, fiscal, other, carried, goal, inds, (yr, fis, car) in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "项目类型"), (3, 1, "经常性项目"))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金")
        for k, (label, value) in enumerate((("资金总额", total), ("其中：财政拨款", fiscal), ("其他资金", other),
                                            ("上年结转", carried))):
            rows.put(r + k, 1, 1, 1, label)
            rows.put(r + k, 2, 1, 2, value)
        rows.add((0, 1, "年度绩效目标"), (1, 3, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        spec = _spec(rows.cells, rows.n, [80, 130, 160, 120], title="项目支出绩效目标表", editor=f"（{year}年度）")
        doc.pages.grid(replace(spec, shaded_rows=(head,)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=fis, carried=car)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁


def layout_ln_tl_school_self_eval_yuan_pairs_open(folder: Path, name: str) -> FileGold:
    """open rules; a school's project self evaluations in 元 as label | value pairs."""
    dept = "铁岭市第二高级中学"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评报告", dept, 2024,
                  cover=[("2024年度项目支出绩效自评表", 22), (f"单位名称：{dept}", 16), ("主管部门：铁岭市教育局", 16)])
    projects = [
        ("普通高中国家助学金", "586,000.00", "612,000.00", "612,000.00", "良好",
         ("按规定发放国家助学金，资助家庭经济困难学生。", "资助学生408人次，资金全部发放到位。"), [
             Ind("产出指标", "数量指标", "资助学生人次", "≥400人次", (">=", 400, "人次"), "20", "408人次", "20"),
             Ind("产出指标", "质量指标", "资助对象认定准确率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind("产出指标", "时效指标", "资金发放时间", "每学期结束前", (None, None, None), "10", "按时发放", "10"),
             Ind("效益指标", "社会效益指标", "困难学生因贫辍学率", "0", ("=", 0, None), "20", "0", "20"),
             Ind("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥95%", (">=", 95, "%"), "20", "90%", "15",
                 "宣传解读不够"),
         ]),
        ("校园安全设施改造", "1,200,000.00", "1,350,000.00", "1,164,500.00", "良好",
         ("完成校园监控和消防设施改造，消除安全隐患。", "监控改造完成，消防设施改造部分延至次年。"), [
             Ind("产出指标", "数量指标", "新增监控点位", "≥160个", (">=", 160, "个"), "20", "168个", "20"),
             Ind("产出指标", "质量指标", "改造工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "工程完工时间", "2024年10月31日前", (None, None, None), "15", "2025年1月完工", "8",
                 "消防工程招标延期"),
             Ind("效益指标", "社会效益指标", "校园安全事故发生数", "0起", ("=", 0, "起"), "20", "0起", "20"),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "20", "92%", "20"),
         ]),
    ]
    # a narrow merged first column (基本信息 / 绩效指标), as the Word template prints it
    widths = [24, 56, 60, 92, 62, 62, 36, 40, 74]
    for k, (project, initial, budget, executed, grade_word, goal, inds) in enumerate(projects):
        rate, rate_score = _rate(budget, executed)
        rows = _Rows()
        rows.add((1, 2, "项目名称"), (3, 5, project), (8, 1, ""))
        rows.add((1, 2, "主管部门"), (3, 2, "铁岭市教育局"), (5, 1, "实施单位"), (6, 2, dept), (8, 1, ""))
        rows.add((1, 2, "年初预算数（元）"), (3, 1, initial), (4, 2, "全年预算数（元）"), (6, 2, budget), (8, 1, ""))
        rows.add((1, 2, "全年执行数（元）"), (3, 1, executed), (4, 1, "预算执行率"), (5, 1, rate),
                 (6, 1, "执行得分"), (7, 1, rate_score), (8, 1, ""))
        rows.add((1, 2, "年度目标"), (3, 3, goal[0]), (6, 3, goal[1]))
        rows.put(0, 0, rows.n, 1, "基本信息")
        r = rows.add(*[(c + 1, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值",
                                                             "实际完成值", "分值", "得分", "偏差原因及改进措施"))])
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                                (7, 1, i.score), (8, 1, i.note)])
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        total = _total(rate_score, inds)
        rows.add((0, 3, "自评得分"), (3, 1, f"{total:.2f}"), (4, 1, "自评等级"), (5, 2, grade_word), (7, 2, ""))
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"填报单位：{dept}",
                     unit_raw="单位：元", kind="performance_self_evaluation")
        doc.pages.grid(replace(spec, rules="open"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, total, {"良好": "良", "优秀": "优"}[grade_word])
        doc.gold.project(project, "元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林


def layout_jl_bs_hospital_two_forms_a_page(folder: Path, name: str) -> FileGold:
    """filled rules; short forms two to a page, money heads over one amounts row."""
    dept = "白山市中心医院"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("胸痛中心能力建设", "380.00", "300.00", "80.00", "", [
            Ind("产出指标", "数量指标", "购置急诊抢救设备台数", "≥6台", (">=", 6, "台")),
            Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "急性心梗患者D-to-B时间", "≤90分钟", ("<=", 90, "分钟")),
            Ind("效益指标", "可持续影响指标", "区域胸痛救治网络", "基本建成", Q),
            Ind("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("住院医师规范化培训", "126.00", "96.00", "", "30.00", [
            Ind("产出指标", "数量指标", "在培住院医师人数", "≥42人", (">=", 42, "人")),
            Ind("产出指标", "质量指标", "结业考核通过率", "≥90%", (">=", 90, "%")),
            Ind("产出指标", "成本指标", "人均培训补助", "≤3万元", ("<=", 3, "万元")),
            Ind("效益指标", "社会效益指标", "基层医疗服务能力", "有效提升", Q),
            Ind("满意度指标", "服务对象满意度指标", "培训学员满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("公共卫生应急物资储备", "215.00", "215.00", "", "", [
            Ind("产出指标", "数量指标", "储备物资品种数", "≥35种", (">=", 35, "种")),
            Ind("产出指标", "质量指标", "储备物资完好率", "≥98%", (">=", 98, "%")),
            Ind("产出指标", "时效指标", "应急物资调拨时间", "≤2小时", ("<=", 2, "小时")),
            Ind("效益指标", "社会效益指标", "突发公共卫生事件应急处置能力", "显著增强", Q),
            Ind("满意度指标", "服务对象满意度指标", "医务人员满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    for k, (project, yr, fiscal, business, carried, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "年度资金总额"), (1, 1, "其中：财政拨款"), (2, 1, "事业收入"), (3, 1, "上年结转"),
                 (4, 1, "其他资金"))
        rows.add((0, 1, yr), (1, 1, fiscal), (2, 1, business), (3, 1, carried), (4, 1, ""))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
        spec = _spec(rows.cells, rows.n, [96, 100, 90, 110, 100], title=f"{project}绩效目标表",
                     editor=f"单位：{dept}", unit_raw="金额单位：万元")
        doc.pages.grid(replace(spec, rules="filled"), fresh_page=(k % 2 == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 黑龙江


def layout_hlj_jx_accounts_self_evals_yuan_columns(folder: Path, name: str) -> FileGold:
    """cells rules, grid heads shaded; a 部门决算 ending with project self evaluations in 元."""
    dept = "鸡西市鸡冠区住房和城乡建设局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(f"{dept}", 22), (f"{year}年度部门决算", 22)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "3,286.90"), ("二、政府性基金预算财政拨款收入", "940.00")],
                    [("一、城乡社区支出", "3,902.10"), ("二、住房保障支出", "324.80")])
    projects = [
        ("老旧小区改造配套基础设施", "鸡西市鸡冠区城市建设服务中心",
         ("6,500,000.00", "7,200,000.00", "6,984,000.00"), ("6,500,000.00", "7,200,000.00", "6,984,000.00"),
         ("完成12个老旧小区配套基础设施改造。", "完成12个小区改造，竣工验收合格。"), [
             Ind("产出指标", "数量指标", "改造老旧小区个数", "≥12个", (">=", 12, "个"), "20", "12个", "20"),
             Ind("产出指标", "数量指标", "改造供热管网长度", "≥8.5公里", (">=", 8.5, "公里"), "10", "8.7公里", "10"),
             Ind("产出指标", "质量指标", "竣工验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "供暖期前完工率", "100%", ("=", 100, "%"), "10", "91.7%", "8",
                 "一个小区管网施工受阻"),
             Ind("效益指标", "社会效益指标", "居民居住环境", "明显改善", Q, "20", "明显改善", "20"),
             Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", (">=", 90, "%"), "15", "94%", "15"),
         ]),
        ("城市供水管网维修", "鸡西市鸡冠区住房和城乡建设局",
         ("1,800,000.00", "1,800,000.00", "1,548,000.00"), ("1,800,000.00", "1,800,000.00", "1,548,000.00"),
         ("维修老化供水管网，降低管网漏损率。", "维修管网6.2公里，漏损率降至11.5%。"), [
             Ind("产出指标", "数量指标", "维修供水管网长度", "≥6公里", (">=", 6, "公里"), "20", "6.2公里", "20"),
             Ind("产出指标", "质量指标", "公共供水管网漏损率", "≤12%", ("<=", 12, "%"), "20", "11.5%", "20"),
             Ind("产出指标", "成本指标", "每公里维修成本", "≤30万元", ("<=", 30, "万元"), "10", "25万元", "10"),
             Ind("效益指标", "社会效益指标", "停水事件发生次数", "同比下降", Q, "20", "下降18%", "18",
                 "个别管段未纳入计划"),
             Ind("满意度指标", "服务对象满意度指标", "用水户满意度", "≥88%", (">=", 88, "%"), "20", "90%", "20"),
         ]),
    ]
    # 改进措施 of the rows with a 偏差 (the 原因分析 is the indicator's note)
    measures = {"供暖期前完工率": "协调产权单位，加快施工", "停水事件发生次数": "列入下年计划"}
    widths = [40, 50, 76, 74, 74, 32, 46, 56, 68]
    for project, unit_name, money, fiscal_money, goal, inds in projects:
        initial, budget, executed = money
        rate, rate_score = _rate(budget, executed)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "实施单位"), (7, 2, unit_name))
        head = rows.n
        rows.put(head, 0, 4, 1, "项目资金（元）")
        for c, t in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "")):
            rows.put(head, 1 + c, 1, 1, t)
        lines = (("年度资金总额", initial, budget, executed, "10", rate, rate_score),
                 ("其中：财政拨款", *fiscal_money, "—", "—", "—"),
                 ("上年结转", "0.00", "0.00", "0.00", "—", "—", "—"))
        for k, line in enumerate(lines, 1):
            for j, v in enumerate((*line, "")):
                rows.put(head + k, 1 + j, 1, 1, v)
        rows.add((0, 2, "年度目标"), (2, 3, goal[0]), (5, 4, goal[1]))
        grid_head = rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值",
                                                                 "实际完成值", "分值", "得分", "原因分析",
                                                                 "改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note), (8, 1, measures.get(i.name, ""))])
        total = _total(rate_score, inds)
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                     unit_raw="单位：元", kind="performance_self_evaluation")
        doc.pages.grid(replace(spec, shaded_rows=(head, grid_head)), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, total, None)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal_money[1], carried="0.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南


def layout_ha_lh_town_budget_long_form_repeated_header(folder: Path, name: str) -> FileGold:
    """filled rules; a 乡镇 部门预算 whose first form runs over pages, header repeated."""
    dept = "漯河市召陵区老窝镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算公开", 22)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "2,846.35"), ("政府性基金预算拨款收入", "300.00")],
                  [("一般公共服务支出", "1,210.35"), ("农林水支出", "1,936.00")])
    projects = [
        ("乡村振兴示范村建设", "项目总金额", "900.00", "当年金额", "300.00", "280.00",
         "建设2个乡村振兴示范村，完善村内道路、排水和公共服务设施。", [
             Ind("产出指标", "数量指标", "示范村建设个数", "不少于2个", (">=", 2, "个"), "8"),
             Ind("产出指标", "数量指标", "新修村内道路长度", "不低于4.5公里", (">=", 4.5, "公里"), "8"),
             Ind("产出指标", "数量指标", "新建排水管网长度", "不低于3公里", (">=", 3, "公里"), "6"),
             Ind("产出指标", "数量指标", "新建村级文化广场", "不少于2处", (">=", 2, "处"), "6"),
             Ind("产出指标", "质量指标", "工程验收合格率", "达到100%", (">=", 100, "%"), "8"),
             Ind("产出指标", "质量指标", "道路硬化质量达标率", "不低于98%", (">=", 98, "%"), "6"),
             Ind("产出指标", "时效指标", "主体工程完工时间", "2025年10月底前", (None, None, None), "4"),
             Ind("产出指标", "成本指标", "每公里道路建设成本", "不高于60万元", ("<=", 60, "万元"), "4"),
             Ind("效益指标", "经济效益指标", "带动村集体经济增收", "高于8万元", (">", 8, "万元"), "8"),
             Ind("效益指标", "社会效益指标", "受益农村人口", "不少于3600人", (">=", 3600, "人"), "8"),
             Ind("效益指标", "社会效益指标", "村容村貌", "明显改善", Q, "6"),
             Ind("效益指标", "生态效益指标", "生活污水乱排乱放", "基本消除", Q, "6"),
             Ind("效益指标", "可持续影响指标", "设施管护机制", "建立健全", Q, "6"),
             Ind("满意度指标", "服务对象满意度指标", "村民满意度", "不低于90%", (">=", 90, "%"), "10"),
             Ind("满意度指标", "服务对象满意度指标", "施工单位投诉次数", "控制在2次以内", ("<=", 2, "次"), "6"),
         ]),
        ("农村公益性岗位补贴", "项目总金额", "86.40", "当年金额", "86.40", "86.40",
         "开发农村公益性岗位，安置就业困难人员。", [
             Ind("产出指标", "数量指标", "安置公益性岗位人数", "不少于60人", (">=", 60, "人"), "25"),
             Ind("产出指标", "成本指标", "每人每月岗位补贴", "不高于1200元", ("<=", 1200, "元"), "20"),
             Ind("产出指标", "时效指标", "补贴按月发放率", "达到100%", (">=", 100, "%"), "15"),
             Ind("效益指标", "社会效益指标", "就业困难人员收入", "稳定增加", Q, "25"),
             Ind("满意度指标", "服务对象满意度指标", "上岗人员满意度", "不低于92%", (">=", 92, "%"), "15"),
         ]),
    ]
    widths = [64, 78, 132, 100, 40, 110]
    for project, total_label, total, year_label, yr, fiscal, goal, inds in projects:
        basis = (f"依据《{project}实施方案》、镇党委政府年度重点工作安排及上年度完成情况测算" if len(inds) > 10
                 else "年度工作计划")
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "主管部门"), (5, 1, "老窝镇人民政府"))
        rows.add((0, 1, total_label), (1, 1, total), (2, 1, year_label), (3, 1, yr),
                 (4, 1, "其中：财政资金"), (5, 1, fiscal))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        head = rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "分值",
                                                            "指标值设定依据"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, basis)])
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"单位名称：{dept}",
                     unit_raw="单位：万元")
        doc.pages.grid(replace(spec, rules="filled"), repeat=(head, 1), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=yr, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山东


def layout_sd_rz_street_cells_direction_columns(folder: Path, name: str) -> FileGold:
    """cells rules; split 指标方向 | 指标值 | 计量单位."""
    dept = "日照市东港区日照街道办事处"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("社区网格化服务管理", "236.00", "236.00", "", [
            Ind("产出指标", "数量指标", "配备专职网格员人数", ("≥", "96", "人"), (">=", 96, "人"), "20"),
            Ind("产出指标", "质量指标", "网格事件办结率", ("≥", "95", "%"), (">=", 95, "%"), "20"),
            Ind("产出指标", "时效指标", "网格事件响应时间", ("≤", "30", "分钟"), ("<=", 30, "分钟"), "15"),
            Ind("效益指标", "社会效益指标", "矛盾纠纷化解率", ("≥", "98", "%"), (">=", 98, "%"), "15"),
            Ind("效益指标", "可持续影响指标", "基层治理水平", ("定性", "持续提升", ""), Q, "15"),
            Ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
        ]),
        ("海岸线环境卫生保洁", "158.00", "128.00", "30.00", [
            Ind("产出指标", "数量指标", "保洁岸线长度", ("≥", "12", "公里"), (">=", 12, "公里"), "20"),
            Ind("产出指标", "质量指标", "岸线垃圾清运率", ("＝", "100", "%"), ("=", 100, "%"), "20"),
            Ind("产出指标", "成本指标", "每公里年保洁成本", ("≤", "13", "万元"), ("<=", 13, "万元"), "15"),
            Ind("效益指标", "生态效益指标", "近岸海域环境", ("定性", "明显改善", ""), Q, "15"),
            Ind("效益指标", "社会效益指标", "游客投诉次数", ("＜", "5", "次"), ("<", 5, "次"), "15"),
            Ind("满意度指标", "服务对象满意度指标", "游客及居民满意度", ("≥", "90", "%"), (">=", 90, "%"), "15"),
        ]),
    ]
    widths = [70, 90, 130, 56, 64, 56, 50]
    for project, yr, fiscal, carried, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 5, project))
        rows.add((0, 2, "年度预算资金"), (2, 1, yr), (3, 2, "其中：财政拨款"), (5, 2, fiscal))
        rows.add((0, 2, "上年结转"), (2, 1, carried), (3, 2, "项目类别"), (5, 2, "一般性项目"))
        rows.add(*[(c, 1, t) for c, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "指标值",
                                                     "计量单位", "权重"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        spec = _spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"编制单位：{dept}",
                     unit_raw="单位：万元")
        doc.pages.grid(spec, fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=yr, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


BLIND62: dict[str, Builder] = {
    "bj_sjs_budget_source_lines_shaded": layout_bj_sjs_budget_source_lines_shaded,
    "tj_jn_standalone_yuan_pairs_open": layout_tj_jn_standalone_yuan_pairs_open,
    "heb_ts_accounts_dept_and_project_self_evals": layout_heb_ts_accounts_dept_and_project_self_evals,
    "sx_xz_turned_list_money_columns": layout_sx_xz_turned_list_money_columns,
    "nmg_wh_budget_dept_wide_then_stacked_money": layout_nmg_wh_budget_dept_wide_then_stacked_money,
    "ln_tl_school_self_eval_yuan_pairs_open": layout_ln_tl_school_self_eval_yuan_pairs_open,
    "jl_bs_hospital_two_forms_a_page": layout_jl_bs_hospital_two_forms_a_page,
    "hlj_jx_accounts_self_evals_yuan_columns": layout_hlj_jx_accounts_self_evals_yuan_columns,
    "ha_lh_town_budget_long_form_repeated_header": layout_ha_lh_town_budget_long_form_repeated_header,
    "sd_rz_street_cells_direction_columns": layout_sd_rz_street_cells_direction_columns,
}
SETS: dict[str, dict[str, Builder]] = {"blind62": BLIND62}


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
    """Write every layout of ``which`` ("blind62") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
