"""BLIND36 performance forms: ten layouts as finance bureaus print them from Excel / WPS sheets
(thin full grids, wrapped text in narrow cells, numbers right-aligned, a 项目代码 column or field
with long numeric codes, several forms stacked down one sheet page after page, the sheet's
column letters or 栏次 numbers printed), written by an author who had read neither the form reader
nor the earlier blind sets (only the gold helpers and page composer of ``form_layouts``, the gold
conventions of BLIND9's docstring and the real disclosures). Provinces: 浙江, 江苏, 广东, 福建,
河南, 四川, 湖北, 山东, 江西, 重庆. Each layout writes one PDF and its gold in the format of
``form_layouts.write_set``; the gold is written by hand with ``form_layouts._gold_ind`` and
``FileGold``, never by the normalizers.

zj_hz_budget_stacked_forms_wan4_pairs  浙江 杭州 district 部门预算: budget tables, then three
        项目支出绩效目标表 stacked down the pages (no page break between them), 项目代码 field of
        22 digits, money as label | value pairs in 万元 with four decimals (128.6420), grid
        一级 | 二级 | 三级 | 指标值 whose 指标值 holds the comparator and unit in words
js_nj_one_sheet_forms_column_letters  江苏 南京 district: one Excel sheet printed as one
        continuous grid holding three forms one under another, the sheet's column letters
        A … H as its first row (repeated on every page), money in a 资金来源 block in 元 with
        separators (合计 | 财政拨款 | 其他资金), weights (分值)
gd_sz_budget_landscape_list_code_first  广东 深圳 district 部门预算: budget tables, then a
        landscape list 项目代码 | 项目名称 | 资金总额 | 财政资金 | 其他资金 (万元, four decimals) |
        一级 | 二级 | 三级 | 指标值, a 栏次 row (1 … 9) under the header, project cells merged
fj_xm_self_evals_wan4_columns_words  福建 厦门 district 项目支出绩效自评表 ×2: 年初预算数 |
        全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 columns in 万元 with four decimals over
        年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金, 年度指标值 in words (不少于 / 以上)
ha_zz_final_accounts_dept_and_project_self_evals  河南 郑州 district 部门决算: accounts tables,
        a 部门整体支出绩效自评表 (全年预算数 | 全年执行数 | 执行率 label | value pairs in 万元),
        then a 项目支出绩效自评表 with a 项目代码 row and 元 money columns, 自评等级 words
sc_my_dept_wide_then_projects_letters  四川 绵阳 部门整体支出绩效目标表 (年度主要任务 with their
        money, a column-letters row) followed on the same pages by two short project forms with
        项目代码 and 财政资金 / 其他资金 label | value pairs in 万元
hub_yc_budget_compare_word_column_yuan  湖北 宜昌 district 部门预算: forms in 元 whose 指标值
        is split 比较方式 (不少于 / 不超过 / 等于 / 定性) | 指标值 | 计量单位, money as stacked
        资金来源 lines (一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 其他资金)
sd_wf_landscape_two_forms_total_year_wan4  山东 潍坊 district, landscape, two forms a page:
        项目总额 | 年度预算 | 其中：财政拨款 | 上年结转 heads over one amounts row (万元, four decimals),
        indicator values with ≥ ≤ and 以上 / 以内 words, 权重
jx_gz_self_evals_yuan_pairs_grade_words  江西 赣州 district 项目支出绩效自评表 ×2 in 元:
        项目代码 field, money as label | value rows (年初预算数 | 全年预算数 | 全年执行数 …),
        偏差原因 column, 自评等级 优秀 / 良好
cq_yb_budget_narrow_wrapped_ranges_deadlines  重庆 渝北 部门预算: budget tables, then forms with
        narrow wrapped cells (long indicator names wrap over three lines), a 资金来源 heads row
        over an amounts row in 万元 with four decimals, ranges (90%-95%) and deadlines

Gold conventions: BLIND9's docstring, with the addendum's money rulings (fiscal_amount = the
财政拨款 / 财政资金 figure as printed, or the sum of source lines named …财政拨款收入, a blank
line adding nothing; a printed 0.00 上年结转 is 0.00; 达到 N reads ≥), and this set's rulings:

- A 指标值 with the comparator and unit in words reads as its words say: 不少于 / 不低于 / 达到
  / "N以上" read ">="; 不超过 / 不高于 / "N以内" / "N以下" read "<="; the figure is the value and
  what follows it (before 以上 / 以内) the unit ("95%以上" -> (">=", 95, "%"), "3个工作日以内"
  -> ("<=", 3, "个工作日")). target_raw is the cell as printed.
- Split 比较方式 | 指标值 | 计量单位 cells are joined in reading order ("不少于600件"); 定性 with
  a state reads qualitative, its target_raw the joined cells ("定性明显改善").
- Amounts in 万元 with four decimals are read exactly (128.6420万元 = 1286420.00 元).
- Column letters (A, B, …) and 栏次 numbers are not indicators or amounts.
"""
from __future__ import annotations

import json
import re
from contextlib import contextmanager
from decimal import Decimal
from functools import wraps
from pathlib import Path
from typing import Callable

from . import form_layouts as _fl
from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

_NUMBER = re.compile(r"-?[\d,]+\.\d{2,4}%?")


@contextmanager
def _numbers_right():
    """Amounts right-aligned in their cells, as Excel prints a number cell."""
    old = _fl._align
    _fl._align = lambda text: "r" if _NUMBER.fullmatch(text) else old(text)
    try:
        yield
    finally:
        _fl._align = old


def _excel(fn: Builder) -> Builder:
    @wraps(fn)
    def run(folder: Path, name: str) -> FileGold:
        with _numbers_right():
            return fn(folder, name)
    return run


def _budget_front(doc: FormDoc, dept: str, year: int, lines: list[tuple[str, str, str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支总表 and the section heading the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}认真贯彻落实党中央、国务院和省委、省政府决策部署，依法履行部门职责。",
        f"二、部门预算单位构成。纳入{year}年部门预算编制范围的单位包括部门本级及所属事业单位。",
    ])
    body = [plain_row(list(line)) for line in lines]
    doc.pages.table(TableSpec(f"{year}年部门收支总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}对{year}年项目支出编制了绩效目标，现予公开。"])


def _rate_score(budget: str, executed: str) -> Decimal:
    b, e = (Decimal(v.replace(",", "")) for v in (budget, executed))
    return min(Decimal(10), (e / b * 10).quantize(Decimal("0.01")))


def _rate(budget: str, executed: str) -> str:
    b, e = (Decimal(v.replace(",", "")) for v in (budget, executed))
    return f"{(e / b * 100).quantize(Decimal('0.01'))}%"


def _total(budget: str, executed: str, inds: list[Ind]) -> Decimal:
    return _rate_score(budget, executed) + sum(Decimal(i.score) for i in inds)


# --------------------------------------------------------------------------- layouts


@_excel
def layout_zj_hz_budget_stacked_forms_wan4_pairs(folder: Path, name: str) -> FileGold:
    dept = "杭州市拱墅区卫生健康局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[(dept, 24), ("2025年部门预算", 24)])
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "9,862.35", "卫生健康支出", "10,120.45"),
                                     ("其他收入", "258.10", "", "")])
    projects = [
        ("家庭医生签约服务经费", "3301052510000000017265", "拱墅区社区卫生服务管理中心",
         "128.6420", "116.2310", "12.4110", "0.0000",
         "推进家庭医生签约服务提质扩面，重点人群签约服务覆盖率稳步提高。", [
             Ind("产出指标", "数量指标", "重点人群签约人数", "不少于42000人", (">=", 42000, "人")),
             Ind("产出指标", "质量指标", "签约居民续约率", "80%以上", (">=", 80, "%")),
             Ind("产出指标", "时效指标", "签约服务经费拨付时限", "30个工作日以内", ("<=", 30, "个工作日")),
             Ind("产出指标", "成本指标", "人均签约服务补助", "不超过30元", ("<=", 30, "元")),
             Ind("效益指标", "社会效益指标", "重点人群健康管理水平", "明显提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("基层医疗机构设备更新", "3301052510000000017301", "拱墅区卫生健康局",
         "86.3040", "86.3040", "0.0000", "0.0000",
         "为辖区社区卫生服务中心更新一批基本诊疗设备，提升基层服务能力。", [
             Ind("产出指标", "数量指标", "更新诊疗设备台套数", "不少于45台（套）", (">=", 45, "台(套)")),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "成本指标", "设备采购成本", "不超过86.3040万元", ("<=", 86.304, "万元")),
             Ind("效益指标", "社会效益指标", "基层首诊率", "≥65%", (">=", 65, "%")),
             Ind("满意度指标", "服务对象满意度指标", "医务人员满意度", "不低于90%", (">=", 90, "%")),
         ]),
        ("传染病防控专项经费", "3301052510000000017344", "拱墅区疾病预防控制中心",
         "54.2130", "50.0000", "4.2130", "0.0000",
         "做好重点传染病监测预警和处置，防止疫情扩散蔓延。", [
             Ind("产出指标", "数量指标", "传染病监测哨点数", "达到12个", (">=", 12, "个")),
             Ind("产出指标", "质量指标", "法定传染病报告及时率", "98%以上", (">=", 98, "%")),
             Ind("产出指标", "时效指标", "突发疫情到达现场时间", "2小时以内", ("<=", 2, "小时")),
             Ind("效益指标", "社会效益指标", "较大以上传染病疫情发生数", "0起", ("=", 0, "起")),
             Ind("效益指标", "可持续影响指标", "传染病监测预警机制", "持续完善", Q),
             Ind("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥85%", (">=", 85, "%")),
         ]),
    ]
    widths = [70, 80, 150, 70, 125]
    first = True
    for project, code, unit_name, year, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目代码"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit_name))
        rows.add((0, 1, "年度资金总额"), (1, 2, year), (3, 1, "其中：财政拨款"), (4, 1, fiscal))
        rows.add((0, 1, "上年结转"), (1, 2, carried), (3, 1, "其他资金"), (4, 1, other))
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="金额单位：万元"), fresh_page=first)
        first = False
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


@_excel
def layout_js_nj_one_sheet_forms_column_letters(folder: Path, name: str) -> FileGold:
    dept = "南京市鼓楼区城市管理局"
    doc = FormDoc(name, f"{dept}2025年度项目支出绩效目标表", dept, 2025)
    projects = [
        ("背街小巷环境整治", "320106251100000003512", "1,860,000.00", "1,860,000.00", "0.00",
         "完成背街小巷环境整治，路面破损、乱堆乱放等问题得到治理。", [
             Ind("产出指标", "数量指标", "整治背街小巷条数", "不少于40条", (">=", 40, "条"), "20"),
             Ind("产出指标", "质量指标", "整治工程验收合格率", "100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "工程完工时间", "2025年10月底前", (None, None, None), "10"),
             Ind("效益指标", "社会效益指标", "街巷环境面貌", "明显改善", Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "沿街居民满意度", "不低于90%", (">=", 90, "%"), "20"),
         ]),
        ("生活垃圾分类运营补助", "320106251100000003547", "3,420,500.00", "3,000,000.00", "420,500.00",
         "保障生活垃圾分类收运体系运行，提升分类投放准确率。", [
             Ind("产出指标", "数量指标", "覆盖小区数", "≥260个", (">=", 260, "个"), "20"),
             Ind("产出指标", "质量指标", "分类投放准确率", "85%以上", (">=", 85, "%"), "20"),
             Ind("产出指标", "成本指标", "每户年均补助", "不超过120元", ("<=", 120, "元"), "20"),
             Ind("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥40%", (">=", 40, "%"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
        ("城市照明设施维护", "320106251100000003589", "986,300.00", "986,300.00", "0.00",
         "做好辖区道路照明设施日常维护，保障夜间亮灯率。", [
             Ind("产出指标", "数量指标", "维护路灯盏数", "不少于9500盏", (">=", 9500, "盏"), "25"),
             Ind("产出指标", "质量指标", "主干道亮灯率", "≥98%", (">=", 98, "%"), "25"),
             Ind("产出指标", "时效指标", "故障修复时间", "24小时以内", ("<=", 24, "小时"), "20"),
             Ind("效益指标", "社会效益指标", "夜间出行安全保障", "有效保障", Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥88%", (">=", 88, "%"), "15"),
         ]),
    ]
    widths = [62, 62, 110, 82, 82, 58, 40]
    rows = _Rows()
    rows.add(*[(k, 1, letter) for k, letter in enumerate("ABCDEFG")])
    for n, (project, code, year, fiscal, other, goal, inds) in enumerate(projects, 1):
        rows.add((0, 7, f"项目支出绩效目标表（{n}）"))
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目代码"), (4, 3, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "资金单位"), (4, 3, "元"))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金来源")
        rows.put(r, 1, 1, 2, "合计")
        rows.put(r, 3, 1, 1, "财政拨款")
        rows.put(r, 4, 1, 3, "其他资金")
        rows.put(r + 1, 1, 1, 2, year)
        rows.put(r + 1, 3, 1, 1, fiscal)
        rows.put(r + 1, 4, 1, 3, other)
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"), (6, 1, "分值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw), (6, 1, i.weight)])
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, year=year, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年度项目支出绩效目标表",
                         editor=f"预算单位：{dept}"), repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


@_excel
def layout_gd_sz_budget_landscape_list_code_first(folder: Path, name: str) -> FileGold:
    dept = "深圳市龙岗区教育局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[(dept, 24), ("2025年部门预算", 24)])
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "186,520.33", "教育支出", "190,102.58"),
                                     ("事业收入", "3,582.25", "", "")])
    projects = [
        ("440307250000000120031", "学位建设配套设备购置", "1,268.4210", "1,268.4210", "0.0000", [
            Ind("产出指标", "数量指标", "新增学位配套设备套数", "不少于120套", (">=", 120, "套")),
            Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "设备到位时间", "2025年8月31日前", (None, None, None)),
            Ind("效益指标", "社会效益指标", "新增公办学位", "6000个以上", (">=", 6000, "个")),
            Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("440307250000000120058", "中小学课后服务补助", "2,350.0000", "2,100.0000", "250.0000", [
            Ind("产出指标", "数量指标", "参加课后服务学生人数", "不少于15万人", (">=", 15, "万人")),
            Ind("产出指标", "成本指标", "生均补助标准", "不超过1500元", ("<=", 1500, "元")),
            Ind("效益指标", "社会效益指标", "课后服务学校覆盖率", "100%", ("=", 100, "%")),
            Ind("满意度指标", "服务对象满意度指标", "家长满意度", "90%以上", (">=", 90, "%")),
        ]),
        ("440307250000000120079", "校园食品安全监测", "86.2030", "86.2030", "0.0000", [
            Ind("产出指标", "数量指标", "食堂抽检批次", "≥600批次", (">=", 600, "批次")),
            Ind("产出指标", "时效指标", "抽检结果报送时间", "5个工作日以内", ("<=", 5, "个工作日")),
            Ind("效益指标", "社会效益指标", "校园食品安全事故", "0起", ("=", 0, "起")),
            Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("440307250000000120102", "教师专业发展培训", "312.5420", "300.0000", "12.5420", [
            Ind("产出指标", "数量指标", "培训教师人次", "不少于8000人次", (">=", 8000, "人次")),
            Ind("产出指标", "质量指标", "培训考核合格率", "95%以上", (">=", 95, "%")),
            Ind("效益指标", "可持续影响指标", "骨干教师队伍建设", "持续加强", Q),
            Ind("满意度指标", "服务对象满意度指标", "参训教师满意度", "不低于90%", (">=", 90, "%")),
        ]),
    ]
    widths = [118, 96, 62, 62, 54, 50, 62, 110, 86]
    rows = _Rows()
    heads = ("项目代码", "项目名称", "资金总额", "财政资金", "其他资金", "一级指标", "二级指标", "三级指标", "指标值")
    rows.add(*[(k, 1, h) for k, h in enumerate(heads)])
    rows.add(*[(k, 1, "栏次" if k == 0 else str(k)) for k in range(9)])
    for code, project, year, fiscal, other, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.raw)])
        for col, text in enumerate((code, project, year, fiscal, other)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=year, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表", editor=f"部门名称：{dept}",
                         unit_raw="单位：万元", landscape=True), repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


def _self_eval_columns(doc: FormDoc, project: str, code: str | None, unit_name: str, unit: str, money: list[tuple],
                       goal: tuple[str, str], inds: list[Ind], grade_printed: str | None, widths: list[float],
                       letters: bool = False) -> Decimal:
    """A project self evaluation whose money sits in 年初预算数 | 全年预算数 | 全年执行数 columns."""
    dept = doc.gold.department
    budget, executed = money[0][2], money[0][3]
    rows = _Rows()
    if letters:
        rows.add(*[(k, 1, letter) for k, letter in enumerate("ABCDEFGHI")])
    rows.add((0, 1, "项目名称"), (1, 4, project), (5, 1, "项目代码"), (6, 3, code or ""))
    rows.add((0, 1, "主管部门"), (1, 4, dept), (5, 1, "实施单位"), (6, 3, unit_name))
    r = rows.n
    rows.put(r, 0, len(money) + 1, 1, f"项目资金（{unit}）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, (label, initial, full, done) in enumerate(money, 1):
        rows.put(r + k, 1, 1, 2, label)
        first = k == 1
        for j, v in enumerate((initial, full, done, "10" if first else "—", _rate(budget, executed) if first else "—",
                               str(_rate_score(budget, executed)) if first else "—")):
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
    total = _total(budget, executed, inds)
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    if grade_printed:
        rows.add((0, 6, "自评等级"), (6, 3, grade_printed))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{doc.gold.fiscal_year}年度）",
                         unit_raw=f"单位：{unit}", kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    return total


_GRADE = {"优秀": "优", "良好": "良", "中等": "中", "较差": "差", "优": "优", "良": "良"}


@_excel
def layout_fj_xm_self_evals_wan4_columns_words(folder: Path, name: str) -> FileGold:
    dept = "厦门市思明区市场监督管理局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    widths = [40, 50, 58, 84, 62, 62, 38, 44, 82]
    evals = [
        ("食品安全抽检监测", "350203241000000000832", "思明区食品安全检验所",
         [("年度资金总额", "96.0000", "98.6320", "95.2140"), ("其中：财政拨款", "96.0000", "92.4200", "89.1020"),
          ("上年结转资金", "", "6.2120", "6.1120"), ("其他资金", "", "", "")],
         ("完成年度食品安全抽检任务，问题食品处置率100%。", "完成抽检2860批次，不合格食品全部依法处置。"), [
             Ind("产出指标", "数量指标", "食品抽检批次", "不少于2800批次", (">=", 2800, "批次"), "20", "2860批次", "20"),
             Ind("产出指标", "质量指标", "不合格食品核查处置率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "抽检信息公布时限", "20个工作日以内", ("<=", 20, "个工作日"), "10", "18个工作日", "10"),
             Ind("产出指标", "成本指标", "单批次抽检成本", "不超过350元", ("<=", 350, "元"), "10", "333元", "10"),
             Ind("效益指标", "社会效益指标", "食品安全评价性抽检合格率", "98%以上", (">=", 98, "%"), "20", "97.6%", "18",
                 "个别流通环节问题较多，下年加大抽检频次"),
             Ind("满意度指标", "服务对象满意度指标", "消费者满意度", "不低于85%", (">=", 85, "%"), "15", "88%", "15"),
         ], "优秀"),
        ("特种设备安全监察", "350203241000000000871", "思明区特种设备检验中心",
         [("年度资金总额", "45.0000", "45.0000", "41.3020"), ("其中：财政拨款", "45.0000", "45.0000", "41.3020"),
          ("上年结转资金", "", "0.0000", "0.0000"), ("其他资金", "", "", "")],
         ("开展特种设备安全监督检查，消除重大安全隐患。", "检查使用单位520家，隐患整改率96%。"), [
             Ind("产出指标", "数量指标", "检查使用单位数", "不少于500家", (">=", 500, "家"), "20", "520家", "20"),
             Ind("产出指标", "质量指标", "隐患整改率", "95%以上", (">=", 95, "%"), "20", "96%", "20"),
             Ind("产出指标", "时效指标", "投诉举报处理时限", "7个工作日以内", ("<=", 7, "个工作日"), "10", "9个工作日", "7",
                 "部分举报需现场复核，时间延长"),
             Ind("效益指标", "社会效益指标", "特种设备较大事故起数", "0起", ("=", 0, "起"), "25", "0起", "25"),
             Ind("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥85%", (">=", 85, "%"), "15", "83%", "13",
                 "检查频次较高，企业有意见"),
         ], "良好"),
    ]
    for project, code, unit_name, money, goal, inds, grade in evals:
        total = _self_eval_columns(doc, project, code, unit_name, "万元", money, goal, inds, grade, widths)
        doc.gold.self_evaluation(project, "万元", money[0][2], money[0][3], float(total), _GRADE[grade])
        carried = money[2][2] or None
        doc.gold.project(project, "万元", code=code, year=money[0][2], fiscal=money[1][2], carried=carried)
    return doc.save(folder)


@_excel
def layout_ha_zz_final_accounts_dept_and_project_self_evals(folder: Path, name: str) -> FileGold:
    dept = "郑州市金水区农业农村工作委员会"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "4,215.36"), ("二、其他收入", "32.10")],
                    [("一、农林水支出", "3,986.20"), ("二、社会保障和就业支出", "261.26")])
    inds = [
        Ind("产出指标", "数量指标", "高标准农田建设面积", "不少于1.2万亩", (">=", 1.2, "万亩"), "15", "1.25万亩", "15"),
        Ind("产出指标", "数量指标", "农业技术培训人次", "2000人次以上", (">=", 2000, "人次"), "10", "2150人次", "10"),
        Ind("产出指标", "质量指标", "农产品质量安全抽检合格率", "98%以上", (">=", 98, "%"), "15", "99.1%", "15"),
        Ind("产出指标", "时效指标", "惠农补贴发放时限", "30日以内", ("<=", 30, "日"), "10", "28日", "10"),
        Ind("效益指标", "经济效益指标", "农村居民人均可支配收入增幅", "不低于6%", (">=", 6, "%"), "15", "5.6%", "12",
            "受农产品价格下行影响"),
        Ind("效益指标", "生态效益指标", "化肥农药减量增效", "持续推进", Q, "10", "持续推进", "10"),
        Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
    ]
    budget, executed = "4,380.5000", "4,247.4620"
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 7, dept))
    rows.add((0, 1, "全年预算数（万元）"), (1, 2, budget), (3, 1, "全年执行数（万元）"), (4, 2, executed),
             (6, 1, "执行率"), (7, 1, _rate(budget, executed)))
    rows.add((0, 1, "年度总体目标"), (1, 7, "推进高标准农田建设和农产品质量安全监管，促进农民持续增收。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因及改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    total = _total(budget, executed, inds)
    rows.add((0, 5, "执行率得分"), (5, 1, "10"), (6, 1, str(_rate_score(budget, executed))), (7, 1, ""))
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 5, "自评等级"), (5, 3, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 62, 100, 68, 60, 36, 40, 92], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, float(total), "优")
    project, code = "农村人居环境整治提升", "410105241000000006213"
    money = [("年度资金总额", "3,200,000.00", "3,450,000.00", "3,286,420.00"),
             ("其中：财政拨款", "3,200,000.00", "3,100,000.00", "2,960,000.00"),
             ("上年结转资金", "", "350,000.00", "326,420.00")]
    pinds = [
        Ind("产出指标", "数量指标", "改造农村户厕数", "不少于1500户", (">=", 1500, "户"), "20", "1520户", "20"),
        Ind("产出指标", "质量指标", "户厕改造验收合格率", "95%以上", (">=", 95, "%"), "15", "97%", "15"),
        Ind("产出指标", "时效指标", "改造任务完成时间", "2024年11月底前", (None, None, None), "10", "2024年11月", "10"),
        Ind("产出指标", "成本指标", "每户改厕补助", "不超过1800元", ("<=", 1800, "元"), "10", "1750元", "10"),
        Ind("效益指标", "生态效益指标", "农村生活污水治理率", "不低于40%", (">=", 40, "%"), "20", "38%", "17",
            "部分村庄管网建设滞后"),
        Ind("满意度指标", "服务对象满意度指标", "村民满意度", "90%以上", (">=", 90, "%"), "15", "93%", "15"),
    ]
    total = _self_eval_columns(doc, project, code, "金水区农村人居环境整治中心", "元", money,
                               ("完成户厕改造1500户，村庄环境明显改善。", "完成改厕1520户，生活污水治理率38%。"),
                               pinds, "良好", [40, 50, 58, 84, 70, 70, 34, 40, 76])
    doc.gold.self_evaluation(project, "元", money[0][2], money[0][3], float(total), "良")
    doc.gold.project(project, "元", code=code, year=money[0][2], fiscal=money[1][2], carried=money[2][2])
    return doc.save(folder)


@_excel
def layout_sc_my_dept_wide_then_projects_letters(folder: Path, name: str) -> FileGold:
    dept = "绵阳市涪城区文化广播电视和旅游局"
    doc = FormDoc(name, f"{dept}2025年绩效目标表", dept, 2025)
    rows = _Rows()
    rows.add(*[(k, 1, letter) for k, letter in enumerate("ABCDEF")])
    rows.add((0, 1, "部门（单位）名称"), (1, 5, dept))
    r = rows.n
    tasks = [("公共文化服务", "386.2140", "366.2140", "20.0000"), ("文物保护利用", "152.0000", "152.0000", "0.0000"),
             ("文旅市场监管", "64.5020", "64.5020", "0.0000")]
    rows.put(r, 0, len(tasks) + 2, 1, "年度主要任务")
    rows.put(r, 1, 1, 2, "任务名称")
    for k, head in enumerate(("资金总额", "财政拨款", "其他资金")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, (task, total_, fiscal, other) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 2, task)
        for j, v in enumerate((total_, fiscal, other)):
            rows.put(r + k, 3 + j, 1, 1, v)
    rows.put(r + len(tasks) + 1, 1, 1, 2, "合计")
    for j, v in enumerate(("602.7160", "582.7160", "20.0000")):
        rows.put(r + len(tasks) + 1, 3 + j, 1, 1, v)
    rows.add((0, 1, "年度总体目标"), (1, 5, "完善公共文化服务体系，加强文物保护，规范文旅市场秩序。"))
    inds = [
        Ind("产出指标", "数量指标", "送文化下乡演出场次", "不少于120场", (">=", 120, "场")),
        Ind("产出指标", "数量指标", "公共图书馆年接待读者", "30万人次以上", (">=", 30, "万人次")),
        Ind("产出指标", "数量指标", "文物安全巡查次数", "≥48次", (">=", 48, "次")),
        Ind("产出指标", "质量指标", "文物保护单位安全事故", "0起", ("=", 0, "起")),
        Ind("产出指标", "时效指标", "旅游投诉处理时限", "5个工作日以内", ("<=", 5, "个工作日")),
        Ind("产出指标", "成本指标", "“三公”经费控制", "只减不增", Q),
        Ind("效益指标", "社会效益指标", "群众文化获得感", "显著增强", Q),
        Ind("效益指标", "可持续影响指标", "文旅融合发展水平", "持续提升", Q),
        Ind("满意度指标", "服务对象满意度指标", "群众文化活动满意度", "不低于90%", (">=", 90, "%")),
        Ind("满意度指标", "服务对象满意度指标", "游客满意度", "≥88%", (">=", 88, "%")),
    ]
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
    widths = [72, 80, 100, 76, 76, 76]
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年部门整体支出绩效目标表", editor=f"填报单位：{dept}",
                         unit_raw="单位：万元", kind="dept_performance_targets"), repeat=(0, 1), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("非物质文化遗产保护传承", "510703251300000000451", "42.3000", "40.0000", "2.3000", [
            Ind("产出指标", "数量指标", "非遗展演活动场次", "不少于15场", (">=", 15, "场")),
            Ind("产出指标", "质量指标", "非遗传承人补助发放准确率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "补助资金发放时限", "15个工作日以内", ("<=", 15, "个工作日")),
            Ind("效益指标", "社会效益指标", "非遗传承活力", "明显增强", Q),
            Ind("满意度指标", "服务对象满意度指标", "传承人满意度", "90%以上", (">=", 90, "%")),
        ]),
        ("公共文化场馆免费开放", "510703251300000000467", "68.1240", "68.1240", "0.0000", [
            Ind("产出指标", "数量指标", "免费开放场馆数", "达到6个", (">=", 6, "个")),
            Ind("产出指标", "时效指标", "每周开放时间", "不少于56小时", (">=", 56, "小时")),
            Ind("效益指标", "社会效益指标", "场馆年服务人次", "45万人次以上", (">=", 45, "万人次")),
            Ind("满意度指标", "服务对象满意度指标", "到馆群众满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    for project, code, year, fiscal, other, pinds in projects:
        rows = _Rows()
        rows.add(*[(k, 1, letter) for k, letter in enumerate("ABCDEF")])
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目代码"), (4, 2, code))
        rows.add((0, 1, "年度资金总额"), (1, 2, year), (3, 1, "资金性质"), (4, 2, "经常性项目"))
        rows.add((0, 1, "其中：财政资金"), (1, 2, fiscal), (3, 1, "其他资金"), (4, 2, other))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表", editor=f"填报单位：{dept}",
                             unit_raw="单位：万元"), repeat=(0, 1))
        for ind in pinds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=year, fiscal=fiscal)
    return doc.save(folder)


@_excel
def layout_hub_yc_budget_compare_word_column_yuan(folder: Path, name: str) -> FileGold:
    dept = "宜昌市西陵区民政局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[(dept, 24), ("2025年部门预算", 24)])
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "6,320.18", "社会保障和就业支出", "6,610.40"),
                                     ("政府性基金预算拨款收入", "290.22", "", "")])
    projects = [
        ("困难群众救助补助", "420502251000000004120", "5,860,000.00", "5,860,000.00", "", "0.00", [
            Ind("产出指标", "数量指标", "城乡低保保障人数", ("不少于", "3200", "人"), (">=", 3200, "人")),
            Ind("产出指标", "质量指标", "救助资金发放准确率", ("等于", "100", "%"), ("=", 100, "%")),
            Ind("产出指标", "时效指标", "临时救助审批时限", ("不超过", "5", "个工作日"), ("<=", 5, "个工作日")),
            Ind("效益指标", "社会效益指标", "困难群众基本生活", ("定性", "有效保障", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", ("不低于", "90", "%"), (">=", 90, "%")),
        ]),
        ("福利彩票公益金养老服务项目", "420502251000000004158", "1,200,000.00", "", "1,200,000.00", "0.00", [
            Ind("产出指标", "数量指标", "资助社区养老服务站", ("不少于", "12", "个"), (">=", 12, "个")),
            Ind("产出指标", "质量指标", "站点服务规范达标率", ("不低于", "95", "%"), (">=", 95, "%")),
            Ind("产出指标", "成本指标", "单个站点资助标准", ("不超过", "100000", "元"), ("<=", 100000, "元")),
            Ind("效益指标", "社会效益指标", "居家养老服务覆盖面", ("定性", "明显扩大", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "服务老人满意度", ("不低于", "85", "%"), (">=", 85, "%")),
        ]),
        ("殡葬服务惠民补贴", "420502251000000004173", "980,000.00", "860,000.00", "", "120,000.00", [
            Ind("产出指标", "数量指标", "惠民殡葬补贴人数", ("不少于", "1400", "人"), (">=", 1400, "人")),
            Ind("产出指标", "质量指标", "补贴对象识别准确率", ("等于", "100", "%"), ("=", 100, "%")),
            Ind("产出指标", "时效指标", "补贴发放时限", ("不超过", "15", "日"), ("<=", 15, "日")),
            Ind("效益指标", "生态效益指标", "节地生态安葬率", ("不低于", "50", "%"), (">=", 50, "%")),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", ("不低于", "90", "%"), (">=", 90, "%")),
        ]),
    ]
    widths = [60, 62, 118, 58, 66, 54, 80]
    for project, code, year, gp, fund, other, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目代码"), (5, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "项目期限"), (5, 2, "1年"))
        r = rows.n
        lines = (("资金总额", year), ("一般公共预算财政拨款收入", gp), ("政府性基金预算财政拨款收入", fund),
                 ("其他资金", other))
        rows.put(r, 0, len(lines), 1, "资金来源（元）")
        for k, (label, value) in enumerate(lines):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 3, value)
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "比较方式"), (4, 1, "指标值"),
                 (5, 1, "计量单位"), (6, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表", editor=f"部门名称：{dept}",
                             unit_raw="单位：元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        fiscal = str(sum(Decimal(v.replace(",", "")) for v in (gp, fund) if v))
        doc.gold.project(project, "元", code=code, year=year, fiscal=fiscal)
    return doc.save(folder)


@_excel
def layout_sd_wf_landscape_two_forms_total_year_wan4(folder: Path, name: str) -> FileGold:
    dept = "潍坊市奎文区交通运输局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("农村公路安全生命防护工程", "370705250000000030116", "860.0000", "320.4000", "300.0000", "20.4000", [
            Ind("产出指标", "数量指标", "实施防护工程里程", "≥45公里", (">=", 45, "公里"), "30"),
            Ind("产出指标", "质量指标", "工程交工验收合格率", "100%", ("=", 100, "%"), "25"),
            Ind("效益指标", "社会效益指标", "农村公路交通事故起数下降率", "10%以上", (">=", 10, "%"), "25"),
            Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
        ("城乡公交运营补贴", "370705250000000030142", "1,250.0000", "1,250.0000", "1,180.0000", "70.0000", [
            Ind("产出指标", "数量指标", "城乡公交线路条数", "≥26条", (">=", 26, "条"), "25"),
            Ind("产出指标", "时效指标", "补贴资金拨付时限", "季度结束后30日以内", ("<=", 30, "日"), "20"),
            Ind("效益指标", "社会效益指标", "镇村公交通达率", "100%", ("=", 100, "%"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "85%以上", (">=", 85, "%"), "25"),
        ]),
        ("公路桥梁定期检测", "370705250000000030187", "96.4210", "96.4210", "96.4210", "0.0000", [
            Ind("产出指标", "数量指标", "检测桥梁座数", "≥64座", (">=", 64, "座"), "30"),
            Ind("产出指标", "时效指标", "检测报告提交时限", "≤60天", ("<=", 60, "天"), "20"),
            Ind("效益指标", "社会效益指标", "四、五类危桥处置率", "100%", ("=", 100, "%"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "公路管理单位满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
        ("交通运输执法装备购置", "370705250000000030203", "48.3000", "48.3000", "45.0000", "3.3000", [
            Ind("产出指标", "数量指标", "购置执法记录仪台数", "≥80台", (">=", 80, "台"), "30"),
            Ind("产出指标", "成本指标", "单台采购价格", "3500元以内", ("<=", 3500, "元"), "20"),
            Ind("效益指标", "社会效益指标", "执法全过程记录率", "≥95%", (">=", 95, "%"), "30"),
            Ind("满意度指标", "服务对象满意度指标", "执法人员满意度", "≥90%", (">=", 90, "%"), "20"),
        ]),
    ]
    widths = [70, 80, 90, 76, 76, 76, 110, 100, 44]
    for n, (project, code, total, year, fiscal, carried, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目代码"), (5, 4, code))
        rows.add((0, 1, "项目资金"), (1, 1, "项目总额"), (2, 1, "年度预算"), (3, 2, "其中：财政拨款"), (5, 1, "上年结转"),
                 (6, 3, "年度绩效目标"))
        rows.add((0, 1, "（万元）"), (1, 1, total), (2, 1, year), (3, 2, fiscal), (5, 1, carried),
                 (6, 3, "按计划完成年度任务，提升交通运输服务保障水平。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 4, "三级指标"), (6, 1, "指标值"), (7, 1, "指标说明"),
                 (8, 1, "权重"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 4, i.name), (6, 1, i.raw), (7, 1, "按年度计划测算"), (8, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表", editor=f"单位：{dept}",
                             unit_raw="金额：万元", landscape=True), fresh_page=n % 2 == 0)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, total=total, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


@_excel
def layout_jx_gz_self_evals_yuan_pairs_grade_words(folder: Path, name: str) -> FileGold:
    dept = "赣州市章贡区水利局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    evals = [
        ("小型水库除险加固", "360702241000000000583", "1,500,000.00", "1,620,000.00", "1,548,260.00", "1,400,000.00",
         "220,000.00", [
             Ind("产出指标", "数量指标", "除险加固水库座数", "不少于6座", (">=", 6, "座"), "20", "6座", "20"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind("产出指标", "时效指标", "主汛期前完工率", "90%以上", (">=", 90, "%"), "10", "83%", "8",
                 "两座水库因征地问题延期开工"),
             Ind("效益指标", "社会效益指标", "下游受保护人口", "不少于1.8万人", (">=", 1.8, "万人"), "20", "1.9万人", "20"),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "20", "94%", "20"),
         ], "优秀"),
        ("河湖长制工作经费", "360702241000000000619", "600,000.00", "600,000.00", "552,300.00", "600,000.00",
         "0.00", [
             Ind("产出指标", "数量指标", "河湖巡查次数", "不少于1200次", (">=", 1200, "次"), "20", "1260次", "20"),
             Ind("产出指标", "质量指标", "河湖“四乱”问题整改率", "95%以上", (">=", 95, "%"), "20", "92%", "17",
                 "部分问题涉及历史遗留，整改周期长"),
             Ind("产出指标", "时效指标", "问题交办处理时限", "10个工作日以内", ("<=", 10, "个工作日"), "10", "9个工作日", "10"),
             Ind("效益指标", "生态效益指标", "地表水考核断面达标率", "100%", ("=", 100, "%"), "25", "100%", "25"),
             Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", "不低于85%", (">=", 85, "%"), "15", "86%", "15"),
         ], "良好"),
    ]
    widths = [60, 60, 118, 74, 64, 34, 40, 80]
    for project, code, initial, budget, executed, fiscal, carried, inds, grade in evals:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 1, "项目代码"), (6, 2, code))
        rows.add((0, 1, "主管部门"), (1, 4, dept), (5, 1, "实施单位"), (6, 2, dept))
        rows.add((0, 1, "年初预算数（元）"), (1, 2, initial), (3, 1, "全年预算数（元）"), (4, 2, budget),
                 (6, 1, "其中：财政拨款"), (7, 1, fiscal))
        rows.add((0, 1, "全年执行数（元）"), (1, 2, executed), (3, 1, "上年结转（元）"), (4, 2, carried),
                 (6, 1, "执行率"), (7, 1, _rate(budget, executed)))
        rows.add((0, 1, "预算执行得分"), (1, 2, str(_rate_score(budget, executed))), (3, 1, "分值"), (4, 4, "10"))
        rows.add((0, 1, "年度绩效目标完成情况"), (1, 7, "按计划完成年度目标任务，个别指标未完全达到预期。"))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        total = _total(budget, executed, inds)
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
        rows.add((0, 5, "自评等级"), (5, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor="（2024年度）",
                             unit_raw="金额单位：元", kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, float(total), _GRADE[grade])
        doc.gold.project(project, "元", code=code, year=budget, fiscal=fiscal, carried=carried)
    return doc.save(folder)


@_excel
def layout_cq_yb_budget_narrow_wrapped_ranges_deadlines(folder: Path, name: str) -> FileGold:
    dept = "重庆市渝北区生态环境局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[(dept, 24), ("2025年部门预算", 24)])
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "3,862.41", "节能环保支出", "4,010.63"),
                                     ("上年结转", "148.22", "", "")])
    projects = [
        ("大气污染防治专项", "500112250000000008841", "426.3210", "400.0000", "26.3210", "0.0000", [
            Ind("产出指标", "数量指标", "重点工业企业挥发性有机物综合治理家数", "不少于35家", (">=", 35, "家")),
            Ind("产出指标", "质量指标", "空气质量优良天数比例", "90%-95%", ("range", 90, "%", 95)),
            Ind("产出指标", "时效指标", "治理工程完成时间", "2025年10月底前", (None, None, None)),
            Ind("效益指标", "生态效益指标", "细颗粒物（PM2.5）年均浓度", "不超过35微克/立方米", ("<=", 35, "微克/立方米")),
            Ind("满意度指标", "服务对象满意度指标", "群众对大气环境改善满意度", "85%以上", (">=", 85, "%")),
        ]),
        ("饮用水水源地保护", "500112250000000008867", "158.0000", "158.0000", "0.0000", "0.0000", [
            Ind("产出指标", "数量指标", "集中式饮用水水源地规范化整治个数", "达到4个", (">=", 4, "个")),
            Ind("产出指标", "质量指标", "水源地水质监测达标率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "水质异常应急响应时间", "1～2小时", ("range", 1, "小时", 2)),
            Ind("效益指标", "生态效益指标", "饮用水水源地环境安全", "得到保障", Q),
            Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("土壤污染状况调查", "500112250000000008893", "92.4130", "80.0000", "2.4130", "10.0000", [
            Ind("产出指标", "数量指标", "完成建设用地土壤污染状况调查地块数", "不少于20块", (">=", 20, "块")),
            Ind("产出指标", "质量指标", "调查报告评审通过率", "95%以上", (">=", 95, "%")),
            Ind("产出指标", "时效指标", "调查报告提交时间", "2025年12月15日前", (None, None, None)),
            Ind("效益指标", "生态效益指标", "受污染耕地安全利用率", "93%以上", (">=", 93, "%")),
            Ind("满意度指标", "服务对象满意度指标", "土地使用权人满意度", "不低于85%", (">=", 85, "%")),
        ]),
    ]
    widths = [54, 56, 76, 60, 60, 60, 58, 76]
    for project, code, year, fiscal, carried, other, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 1, "项目代码"), (6, 2, code))
        rows.add((0, 1, "主管部门"), (1, 4, dept), (5, 1, "实施单位"), (6, 2, "渝北区生态环境监测站"))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金来源（万元）")
        heads = ((1, 2, "年度资金总额"), (3, 2, "其中：财政拨款"), (5, 1, "上年结转"), (6, 2, "其他资金"))
        vals = (year, fiscal, carried, other)
        for (c, cs, head), v in zip(heads, vals):
            rows.put(r, c, 1, cs, head)
            rows.put(r + 1, c, 1, cs, v)
        rows.add((0, 1, "年度绩效目标"), (1, 7, "持续改善区域生态环境质量，守牢生态环境安全底线。"))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 2, "指标值"), (5, 3, "评（扣）分标准"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw),
                                                (5, 3, "完成目标得满分，未完成按完成比例扣分，扣完为止")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表", editor=f"编制单位：{dept}",
                             unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


BLIND36: dict[str, Builder] = {
    "zj_hz_budget_stacked_forms_wan4_pairs": layout_zj_hz_budget_stacked_forms_wan4_pairs,
    "js_nj_one_sheet_forms_column_letters": layout_js_nj_one_sheet_forms_column_letters,
    "gd_sz_budget_landscape_list_code_first": layout_gd_sz_budget_landscape_list_code_first,
    "fj_xm_self_evals_wan4_columns_words": layout_fj_xm_self_evals_wan4_columns_words,
    "ha_zz_final_accounts_dept_and_project_self_evals": layout_ha_zz_final_accounts_dept_and_project_self_evals,
    "sc_my_dept_wide_then_projects_letters": layout_sc_my_dept_wide_then_projects_letters,
    "hub_yc_budget_compare_word_column_yuan": layout_hub_yc_budget_compare_word_column_yuan,
    "sd_wf_landscape_two_forms_total_year_wan4": layout_sd_wf_landscape_two_forms_total_year_wan4,
    "jx_gz_self_evals_yuan_pairs_grade_words": layout_jx_gz_self_evals_yuan_pairs_grade_words,
    "cq_yb_budget_narrow_wrapped_ranges_deadlines": layout_cq_yb_budget_narrow_wrapped_ranges_deadlines,
}
SETS: dict[str, dict[str, Builder]] = {"blind36": BLIND36}


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
    """Write every layout of ``which`` ("blind36") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
