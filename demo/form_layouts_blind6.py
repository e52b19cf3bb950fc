"""BLIND6 performance forms: fourteen layouts as provinces, counties, districts, a 开发区
管委会 and a 街道办事处 print their 项目支出绩效目标表, 部门（单位）整体支出绩效目标表,
项目支出绩效自评表 and 部门整体支出绩效自评表 (黑龙江, 吉林, 辽宁, 内蒙古, 新疆, 青海, 西藏,
江苏, 浙江, 江西, 广西, 贵州, 海南, 甘肃), written by an author who had read neither the form
reader nor the earlier blind sets (only the gold helpers and page composer of
``form_layouts``, the gold conventions of BLIND5, the real disclosures in the corpus and the
seeds). Each layout writes one PDF and its gold in the format of ``form_layouts.write_set``;
the gold is written by hand with ``form_layouts._gold_ind`` and ``FileGold``, never by
calling the normalizers.

Gold conventions (BLIND5's, repeated, plus the cases these layouts add):

- target_raw is the 年度指标值 as printed; a form printing 实施期 and 年度 values gives the
  year's, whichever column comes first; split columns (指标性质 + 指标值 + 度量单位, 指标值 +
  计量单位, 指标值 + 计量单位 + 指标方向) are joined in reading order with no separator, so a
  form printing the direction last reads "1350万平方米大于等于" and "明显改善定性"; an empty
  unit cell adds nothing.
- Words are comparators: 不低于 / 不少于 / 大于等于 / 达到 / ≥ / ＞= read ">=", 不超过 /
  小于等于 / ≤ / ＜= read "<=", ＞ ">", 等于 / ＝ and a bare figure ("1200人次") "=";
  "10-15万元" is a range (value 10, upper 15); a deadline ("2025年12月底前") stays raw
  (comparator, value, unit all null); a state ("明显提升") is qualitative.
- A single-period money block's 资金总额 / 年度预算数 / 本年预算 / 预算安排 / 申请金额 / 项目资金
  is the year amount (``year``); ``total`` only where a separate 实施期资金总额 or a
  资金总额 beside per-year columns (2025年 | 2026年 | 2027年) is printed, and then ``year``
  is the fiscal year's column and ``fiscal`` that column's 财政拨款. In a block with 实施期
  and 年度 columns, year / fiscal / carried are the 年度 column's. ``fiscal`` only where a
  财政拨款 line is printed (中央 / 自治区 / 市级补助, 上级补助, 专项债券, 自筹资金 are not summed
  into it); ``carried`` only where 上年结转 (or 上年结转结余) is printed, a printed 0.00 being
  0.00. Money written into one cell with its label ("申请金额：48.00万元") counts as printed.
  A 部门整体 form's money (部门预算总额, 基本支出 …) belongs to no project.
- On a self-evaluation form the project money is the 全年预算数 column (its 财政拨款 and
  上年结转 rows likewise); the self-evaluation budget is 全年预算数 and executed 全年执行数 of
  年度资金总额; its score the printed 总分 (money score included); its grade only where a
  自评等级 / 评价等级 is printed (in its own cell, as "自评等级：良" in one cell, or in the
  header block). A 预算执行率 row printed inside the indicator grid (target 100 %, its 分值
  10 and 得分) is the money line, not an indicator.
- weight is the 分值 / 权重 / 指标分值 column of the indicator's row, score the 得分 / 实际得分
  column, whatever their order; actual_raw the 实际完成值 / 全年实际值 cell. A form that prints
  weights only on its levels ("产出指标(60)") has none.
- A table printing only 一级 has level2 None; a table without level columns has both None;
  a 序号 column is not part of the name.

Entry points: ``write_layout(name, folder) -> dict`` and ``write_set("blind6", folder)``
(the gold also written as ``<name>.gold.json`` beside ``<name>.pdf``).
"""
from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

DATE = (None, None, None)  # a deadline date as target: left raw


def _amount(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _execution(budget: str, executed: str) -> tuple[str, str]:
    """执行率 (percent, 2 decimals) and its score out of 10, as the forms print them."""
    rate = (_amount(executed) / _amount(budget) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    score = min(Decimal(10), rate / 10).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{rate}%", f"{score}"


def _total(rate_score: str, inds: list[Ind]) -> Decimal:
    return Decimal(rate_score) + sum(Decimal(i.score) for i in inds)


def _grade(total: Decimal) -> str:
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def _add(doc: FormDoc, project: str | None, inds: list[Ind]) -> None:
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))


def _function_table(title: str, dept: str, lines: list[tuple[str, str, str, str, str]], *, editor: str = "",
                    basis: str = "预算数") -> TableSpec:
    """A 功能分类 table (科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出) in 万元, 合计 from the 类."""
    body = [plain_row(list(line)) for line in lines]
    tops = [line for line in lines if len(line[0]) == 3]
    sums = [sum((_amount(line[k]) for line in tops if line[k]), Decimal(0)) for k in (2, 3, 4)]
    body.append(plain_row(["", "合计", *(f"{v:,.2f}" for v in sums)]))
    header = [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, f"{basis}合计"),
              (0, 3, 1, 1, "基本支出"), (0, 4, 1, 1, "项目支出")]
    return TableSpec(title, "expenditure", "单位：万元", "wan_yuan", editor or f"部门：{dept}",
                     [70, 170, 80, 80, 80], header, 1, body, ["l", "l", "r", "r", "r"])


def _summary_table(title: str, dept: str, income: list[tuple[str, str]], spending: list[tuple[str, str]],
                   heads: tuple[str, str]) -> TableSpec:
    total_in = sum(_amount(v) for _, v in income)
    total_out = sum(_amount(v) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    header = [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, heads[0]),
              (1, 2, 1, 1, "项目"), (1, 3, 1, 1, heads[1])]
    return TableSpec(title, "income_expenditure_summary", "单位：万元", "wan_yuan", f"编制部门：{dept}",
                     [170, 90, 170, 90], header, 2, body, ["l", "r", "l", "r"])


# --------------------------------------------------------------------------- 黑龙江


def layout_hlj_period_before_year(folder: Path, name: str) -> FileGold:
    """哈尔滨 district: 实施期 and 年度 money columns in 元 (unit only on the 单位 line), targets
    with 实施期指标值 printed before 年度指标值, comparators written as words."""
    dept = "哈尔滨市道里区卫生健康局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("基本公共卫生服务项目", "230102251000017", "哈尔滨市道里区各社区卫生服务中心", "2024年1月至2026年12月",
         (("8,640,000.00", "8,360,000.00", "280,000.00", "0.00"),
          ("2,880,000.00", "2,600,000.00", "280,000.00", "0.00")),
         "三年内为辖区常住居民免费提供基本公共卫生服务，居民健康管理水平持续提高。",
         "2025年完成辖区老年人、慢性病患者和儿童健康管理任务，居民健康档案动态使用率稳步提高。", [
             Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "不低于3万人", (">=", 3, "万人"),
                 period="不低于9万人"),
             Ind("产出指标", "数量指标", "0-6岁儿童健康管理率", "≥90%", (">=", 90, "%"), period="≥90%"),
             Ind("产出指标", "质量指标", "高血压患者规范管理率", "不低于62%", (">=", 62, "%"), period="不低于65%"),
             Ind("产出指标", "质量指标", "居民电子健康档案建档率", "达到90%", (">=", 90, "%"), period="达到92%"),
             Ind("产出指标", "时效指标", "补助资金拨付时限", "不超过30个工作日", ("<=", 30, "个工作日"),
                 period="不超过30个工作日"),
             Ind("产出指标", "成本指标", "人均基本公共卫生服务补助标准", "94元/人", ("=", 94, "元/人"),
                 period="94元/人"),
             Ind("效益指标", "社会效益指标", "居民健康素养水平", "明显提升", Q, period="明显提升"),
             Ind("效益指标", "可持续影响指标", "基层医疗卫生服务能力", "持续提升", Q, period="持续提升"),
             Ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥85%", (">=", 85, "%"), period="≥85%"),
         ]),
        ("院前急救体系运行保障", "230102251000026", "哈尔滨市道里区急救站", "2025年1月至2027年12月",
         (("5,400,000.00", "5,400,000.00", "0.00", "0.00"), ("1,800,000.00", "1,800,000.00", "0.00", "0.00")),
         "建成覆盖城乡的院前急救网络，急救反应时间逐年缩短。",
         "保障12个急救站点全年运行，城区急救平均反应时间不超过12分钟。", [
             Ind("产出指标", "数量指标", "急救站点运行数", "12个", ("=", 12, "个"), period="15个"),
             Ind("产出指标", "数量指标", "急救出诊车次", "不少于1.8万车次", (">=", 1.8, "万车次"),
                 period="不少于5.6万车次"),
             Ind("产出指标", "质量指标", "急救电话接听率", "100%", ("=", 100, "%"), period="100%"),
             Ind("产出指标", "时效指标", "城区急救平均反应时间", "不超过12分钟", ("<=", 12, "分钟"),
                 period="不超过10分钟"),
             Ind("产出指标", "成本指标", "单车次急救运行成本", "≤420元", ("<=", 420, "元"), period="≤420元"),
             Ind("效益指标", "社会效益指标", "院前急救成功率", "稳步提高", Q, period="稳步提高"),
             Ind("满意度指标", "服务对象满意度指标", "急救患者及家属满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ]),
    ]
    widths = [58, 66, 122, 82, 82, 86]
    for project, code, unit_name, term, (period, year), goal_period, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 1, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 1, unit_name))
        rows.add((0, 1, "项目类型"), (1, 3, "延续项目"), (4, 1, "实施期限"), (5, 1, term))
        r = rows.n
        rows.put(r, 0, 5, 1, "项目资金")
        rows.put(r, 1, 1, 2, "资金来源")
        rows.put(r, 3, 1, 2, "实施期资金总额")
        rows.put(r, 5, 1, 1, "年度资金总额")
        for k, label in enumerate(("资金总额", "其中：财政拨款", "上年结转", "其他资金"), 1):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, period[k - 1])
            rows.put(r + k, 5, 1, 1, year[k - 1])
        r = rows.n
        rows.put(r, 0, 2, 1, "绩效目标")
        rows.put(r, 1, 1, 2, "实施期总目标")
        rows.put(r, 3, 1, 3, "年度目标")
        rows.put(r + 1, 1, 1, 2, goal_period)
        rows.put(r + 1, 3, 1, 3, goal)
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值",
                                                     "指标值确定依据"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.period), (4, 1, i.raw),
                                                (5, 1, "国家基本公共卫生服务规范")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表",
                             editor=f"主管部门：{dept}", unit_raw="单位：元"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "元", code=code, total=period[0], year=year[0], fiscal=year[1], carried=year[2])
    return doc.save(folder)


# --------------------------------------------------------------------------- 吉林 (county)


def layout_jl_county_list_level1_only(folder: Path, name: str) -> FileGold:
    """吉林 county: every project in one list table (序号 | 项目名称 | 预算安排 | 年度绩效目标 |
    一级指标 | 三级指标 | 指标值 | 计量单位), only short 一级 names, amounts without thousands
    separators, running over pages without the header repeated."""
    dept = "梨树县农业农村局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("高标准农田建设", "1680.00", "新建高标准农田3.2万亩，配套完善灌排和田间道路设施，提升粮食综合生产能力。", [
            Ind("产出", None, "新建高标准农田面积", ("≥3.2", "万亩"), (">=", 3.2, "万亩")),
            Ind("产出", None, "工程验收合格率", ("100", "%"), ("=", 100, "%")),
            Ind("产出", None, "项目完工时间", ("2025年11月底前", ""), DATE),
            Ind("效益", None, "亩均粮食产能提高", ("≥50", "公斤"), (">=", 50, "公斤")),
            Ind("效益", None, "农田灌溉水有效利用系数", ("≥0.6", ""), (">=", 0.6, None)),
            Ind("满意度", None, "受益农户满意度", ("≥90", "%"), (">=", 90, "%")),
        ]),
        ("黑土地保护性耕作补助", "2350.00", "实施保护性耕作150万亩以上，减少黑土地水土流失，提高土壤有机质含量。", [
            Ind("产出", None, "保护性耕作实施面积", ("≥150", "万亩"), (">=", 150, "万亩")),
            Ind("产出", None, "作业质量抽查合格率", ("≥95", "%"), (">=", 95, "%")),
            Ind("产出", None, "亩均作业补助标准", ("≤40", "元/亩"), ("<=", 40, "元/亩")),
            Ind("效益", None, "土壤有机质含量", ("稳步提高", ""), Q),
            Ind("效益", None, "秸秆覆盖还田率", ("不低于60", "%"), (">=", 60, "%")),
            Ind("满意度", None, "农机合作社满意度", ("≥90", "%"), (">=", 90, "%")),
        ]),
        ("动物疫病强制免疫", "186.50", "做好重大动物疫病强制免疫，免疫密度和抗体合格率达到国家要求。", [
            Ind("产出", None, "免疫畜禽数量", ("≥420", "万头（只）"), (">=", 420, "万头(只)")),
            Ind("产出", None, "免疫抗体合格率", ("≥70", "%"), (">=", 70, "%")),
            Ind("产出", None, "疫苗损耗率", ("≤5", "%"), ("<=", 5, "%")),
            Ind("效益", None, "重大动物疫病发生", ("0", "起"), ("=", 0, "起")),
            Ind("满意度", None, "养殖户满意度", ("不低于90", "%"), (">=", 90, "%")),
        ]),
        ("农村人居环境整治", "420.00", "推进农村改厕和村庄清洁行动，农村生活环境明显改善。", [
            Ind("产出", None, "改造农村户用卫生厕所", ("1200", "户"), ("=", 1200, "户")),
            Ind("产出", None, "村庄清洁行动覆盖村数", ("≥268", "个"), (">=", 268, "个")),
            Ind("产出", None, "生活垃圾清运及时率", ("≥95", "%"), (">=", 95, "%")),
            Ind("效益", None, "农村生活环境", ("明显改善", ""), Q),
            Ind("效益", None, "设施长效管护机制", ("基本建立", ""), Q),
            Ind("满意度", None, "村民满意度", ("≥90", "%"), (">=", 90, "%")),
        ]),
        ("农业技术推广服务", "96.80", "开展主推技术示范和农民培训，提升农业科技入户率。", [
            Ind("产出", None, "培训新型职业农民", ("≥500", "人次"), (">=", 500, "人次")),
            Ind("产出", None, "示范推广新品种新技术", ("≥15", "项"), (">=", 15, "项")),
            Ind("产出", None, "技术指导到位率", ("≥95", "%"), (">=", 95, "%")),
            Ind("效益", None, "主推技术入户率", ("≥95", "%"), (">=", 95, "%")),
            Ind("效益", None, "示范基地亩均增收", ("100-150", "元"), ("range", 100, "元", 150)),
            Ind("满意度", None, "参训农民满意度", ("≥90", "%"), (">=", 90, "%")),
        ]),
        ("秸秆综合利用", "612.00", "推进秸秆肥料化、饲料化、燃料化利用，秸秆综合利用率稳定在90%以上。", [
            Ind("产出", None, "秸秆离田利用量", ("≥45", "万吨"), (">=", 45, "万吨")),
            Ind("产出", None, "新建秸秆收储站点", ("≥6", "处"), (">=", 6, "处")),
            Ind("产出", None, "秸秆综合利用率", ("≥90", "%"), (">=", 90, "%")),
            Ind("产出", None, "离田作业补助标准", ("≤50", "元/吨"), ("<=", 50, "元/吨")),
            Ind("效益", None, "秸秆露天焚烧火点", ("同比下降", ""), Q),
            Ind("效益", None, "带动秸秆经纪人增收", ("≥800", "万元"), (">=", 800, "万元")),
            Ind("满意度", None, "作业主体满意度", ("≥85", "%"), (">=", 85, "%")),
        ]),
        ("农民合作社规范提升", "75.00", "扶持农民合作社规范化建设，培育县级以上示范社。", [
            Ind("产出", None, "扶持农民合作社数量", ("≥30", "家"), (">=", 30, "家")),
            Ind("产出", None, "新认定县级以上示范社", ("≥10", "家"), (">=", 10, "家")),
            Ind("产出", None, "财务制度健全率", ("100", "%"), ("=", 100, "%")),
            Ind("效益", None, "带动成员户均增收", ("≥2000", "元"), (">=", 2000, "元")),
            Ind("效益", None, "合作社规范化运营水平", ("明显提升", ""), Q),
            Ind("满意度", None, "合作社成员满意度", ("≥90", "%"), (">=", 90, "%")),
        ]),
    ]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "项目名称", "预算安排（万元）", "年度绩效目标", "一级指标",
                                                 "三级指标", "指标值", "计量单位"))])
    for k, (project, amount, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 4, None, lambda i: [(5, 1, i.name), (6, 1, i.target[0]), (7, 1, i.target[1])])
        for col, text in ((0, str(k)), (1, project), (2, amount), (3, goal)):
            rows.put(r0, col, len(inds), 1, text)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=amount)
    doc.pages.grid(_spec(rows.cells, rows.n, [28, 66, 52, 118, 40, 104, 62, 46], title="2025年度项目支出绩效目标表",
                         editor=f"编报单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 辽宁


def layout_ln_forms_share_page(folder: Path, name: str) -> FileGold:
    """大连 district: short forms stacked on one page, money written with its label into one
    cell each (申请金额：48.00万元), no 单位 line, fullwidth ＞= / ＜= comparators."""
    dept = "大连市沙河口区民政局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标", dept, 2025)
    projects = [
        ("社区养老服务驿站运营补贴", "48.00", "36.00", "12.00",
         "对辖区养老服务驿站按星级给予运营补贴，提升居家养老服务供给能力。", [
             Ind("产出指标", "数量指标", "补贴养老服务驿站数", "＞=18个", (">=", 18, "个")),
             Ind("产出指标", "质量指标", "驿站星级评定达标率", "＞=90%", (">=", 90, "%")),
             Ind("产出指标", "时效指标", "补贴资金拨付时限", "＜=15个工作日", ("<=", 15, "个工作日")),
             Ind("效益指标", "社会效益指标", "居家老年人助餐服务人次", "＞=3.6万人次", (">=", 3.6, "万人次")),
             Ind("满意度指标", "服务对象满意度指标", "老年人满意度", "＞=90%", (">=", 90, "%")),
         ]),
        ("困难群众临时救助", "65.00", "65.00", "0.00", "对遭遇突发性、紧迫性困难的群众及时给予临时救助。", [
            Ind("产出指标", "数量指标", "临时救助人次", "＞=800人次", (">=", 800, "人次")),
            Ind("产出指标", "质量指标", "救助对象认定准确率", "＝100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "急难型救助审批时限", "＜=24小时", ("<=", 24, "小时")),
            Ind("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", Q),
            Ind("满意度指标", "服务对象满意度指标", "救助对象满意度", "＞=95%", (">=", 95, "%")),
        ]),
        ("婚姻登记场所运行维护", "12.50", "12.50", "0.00", "保障婚姻登记场所正常运行，提供规范便捷的登记服务。", [
            Ind("产出指标", "数量指标", "婚姻登记办件量", "≥3000件", (">=", 3000, "件")),
            Ind("产出指标", "质量指标", "登记差错率", "≤0.1%", ("<=", 0.1, "%")),
            Ind("产出指标", "时效指标", "登记即时办结率", "100%", ("=", 100, "%")),
            Ind("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%", (">=", 95, "%")),
        ]),
        ("社会组织等级评估", "8.00", "6.00", "2.00", "委托第三方开展社会组织等级评估，促进社会组织规范发展。", [
            Ind("产出指标", "数量指标", "参评社会组织数", "＞=40家", (">=", 40, "家")),
            Ind("产出指标", "质量指标", "评估报告合格率", "＝100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "评估工作完成时间", "2025年11月30日前", DATE),
            Ind("效益指标", "社会效益指标", "社会组织规范化水平", "逐步提高", Q),
            Ind("满意度指标", "服务对象满意度指标", "参评社会组织满意度", "＞=85%", (">=", 85, "%")),
        ]),
    ]
    for k, (project, year, fiscal, carried, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "资金情况"), (1, 1, f"申请金额：{year}万元"), (2, 1, f"财政拨款：{fiscal}万元"),
                 (3, 1, f"上年结转结余：{carried}万元"))
        rows.add((0, 1, "绩效目标"), (1, 3, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [88, 128, 150, 128], title=f"项目支出绩效目标表（{project}）",
                             editor=f"单位名称：{dept}"), fresh_page=(k == 0))
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 内蒙古


def layout_nmg_dept_value_unit_direction(folder: Path, name: str) -> FileGold:
    """呼和浩特 district 部门（单位）整体支出绩效目标表: 目标1/2/3 prose, target split as 指标值 |
    计量单位 | 指标方向 (direction last), weights in % on the 一级 and in a 权重 column."""
    dept = "呼和浩特市赛罕区城市管理综合执法局"
    doc = FormDoc(name, f"{dept}2025年部门整体支出绩效目标表", dept, 2025)
    inds = [
        Ind("产出指标（50%）", "数量指标", "城市道路机械化清扫面积", ("1350", "万平方米", "大于等于"),
            (">=", 1350, "万平方米"), "5"),
        Ind("产出指标（50%）", "数量指标", "违法建设拆除面积", ("12", "万平方米", "大于等于"), (">=", 12, "万平方米"), "5"),
        Ind("产出指标（50%）", "数量指标", "市容环境专项整治行动", ("6", "次", "大于等于"), (">=", 6, "次"), "5"),
        Ind("产出指标（50%）", "数量指标", "数字化城管案件受理量", ("6", "万件", "大于等于"), (">=", 6, "万件"), "5"),
        Ind("产出指标（50%）", "质量指标", "城管案件结案率", ("95", "%", "大于等于"), (">=", 95, "%"), "5"),
        Ind("产出指标（50%）", "质量指标", "行政处罚案件法制审核率", ("100", "%", "等于"), ("=", 100, "%"), "5"),
        Ind("产出指标（50%）", "质量指标", "生活垃圾无害化处理率", ("100", "%", "等于"), ("=", 100, "%"), "5"),
        Ind("产出指标（50%）", "时效指标", "群众投诉处置时限", ("3", "个工作日", "小于等于"), ("<=", 3, "个工作日"), "5"),
        Ind("产出指标（50%）", "成本指标", "道路保洁单位成本", ("4.2", "元/平方米", "小于等于"), ("<=", 4.2, "元/平方米"), "5"),
        Ind("产出指标（50%）", "成本指标", "公用经费支出控制率", ("100", "%", "小于等于"), ("<=", 100, "%"), "5"),
        Ind("效益指标（30%）", "社会效益指标", "城市市容环境", ("明显改善", "", "定性"), Q, "10"),
        Ind("效益指标（30%）", "生态效益指标", "城市道路扬尘污染", ("有效控制", "", "定性"), Q, "10"),
        Ind("效益指标（30%）", "可持续影响指标", "城市管理长效机制", ("逐步健全", "", "定性"), Q, "10"),
        Ind("满意度指标（20%）", "服务对象满意度指标", "市民满意度", ("90", "%", "大于等于"), (">=", 90, "%"), "10"),
        Ind("满意度指标（20%）", "服务对象满意度指标", "投诉人满意度", ("85", "%", "大于等于"), (">=", 85, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    r = rows.n
    rows.put(r, 0, 2, 2, "年度预算申请（万元）")
    for col, cs, head, value in ((2, 2, "资金总额", "9,865.40"), (4, 2, "其中：财政拨款", "9,520.40"),
                                 (6, 2, "其他资金", "345.00")):
        rows.put(r, col, 1, cs, head)
        rows.put(r + 1, col, 1, cs, value)
    rows.add((0, 2, "部门职能概述"), (2, 6, "负责辖区市容环境卫生、城市管理综合执法、数字化城市管理和违法建设治理等工作。"))
    rows.add((0, 2, "年度绩效目标"), (2, 6, "目标1：道路机械化清扫面积不少于1350万平方米，主次干道保洁质量持续提升。\n"
                                            "目标2：依法拆除违法建设12万平方米以上，违法建设新增势头得到遏制。\n"
                                            "目标3：数字化城管案件结案率不低于95%，群众投诉3个工作日内处置。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向",
                                                 "权重(%)", "指标说明"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                            (5, 1, i.target[2]), (6, 1, i.weight), (7, 1, "年度工作计划")])
    doc.pages.grid(_spec(rows.cells, rows.n, [58, 62, 112, 50, 56, 52, 38, 66], title="部门（单位）整体支出绩效目标表",
                         editor=f"填报单位：{dept}", unit_raw="金额单位：万元", kind="dept_performance_targets"),
                   fresh_page=True)
    _add(doc, None, inds)
    return doc.save(folder)


# --------------------------------------------------------------------------- 新疆


def layout_xj_self_eval_rate_row_score_first(folder: Path, name: str) -> FileGold:
    """乌鲁木齐 district 项目支出绩效自评表: money in 元 without separators, 预算执行率 as the
    grid's first row, 得分 printed before 分值, 总分 and "自评等级：良" in the last row."""
    dept = "乌鲁木齐市天山区人力资源和社会保障局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    projects = [
        ("城乡公益性岗位开发补贴", "乌鲁木齐市天山区就业服务中心", ("1860000.00", "2040000.00", "1961000.00"),
         ("开发公益性岗位350个以上，安置就业困难人员300人以上。", "开发公益性岗位362个，安置就业困难人员318人。"), [
             Ind("产出指标", "数量指标", "开发公益性岗位数", "≥350个", (">=", 350, "个"), "15", "362个", "15"),
             Ind("产出指标", "数量指标", "安置就业困难人员人数", "≥300人", (">=", 300, "人"), "15", "318人", "15"),
             Ind("产出指标", "质量指标", "岗位补贴发放准确率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标", "时效指标", "补贴按月发放及时率", "≥95%", (">=", 95, "%"), "10", "92%", "9",
                 "个别月份审核延迟"),
             Ind("产出指标", "成本指标", "人均月补贴标准", "≤1900元", ("<=", 1900, "元"), "10", "1900元", "10"),
             Ind("效益指标", "社会效益指标", "就业困难人员实现就业", "有效促进", Q, "10", "有效促进", "9"),
             Ind("效益指标", "可持续影响指标", "公益性岗位管理机制", "持续完善", Q, "10", "已完善", "9"),
             Ind("满意度指标", "服务对象满意度指标", "上岗人员满意度", "≥90%", (">=", 90, "%"), "10", "88%", "8",
                 "岗位补贴标准偏低"),
         ]),
        ("职业技能提升培训", "乌鲁木齐市天山区职业技能鉴定所", ("860000.00", "860000.00", "731000.00"),
         ("开展职业技能培训2000人次，培训合格率不低于90%。", "完成培训1500人次，合格率93.5%。"), [
             Ind("产出指标", "数量指标", "职业技能培训人次", "不少于2000人次", (">=", 2000, "人次"), "15", "1500人次", "11",
                 "报名人数不足，下年提前摸底"),
             Ind("产出指标", "数量指标", "开设培训工种", "≥12个", (">=", 12, "个"), "10", "12个", "10"),
             Ind("产出指标", "质量指标", "培训合格率", "≥90%", (">=", 90, "%"), "15", "93.5%", "15"),
             Ind("产出指标", "时效指标", "培训补贴审核时限", "≤20个工作日", ("<=", 20, "个工作日"), "10", "18个工作日", "10"),
             Ind("产出指标", "成本指标", "人均培训补贴", "≤1500元", ("<=", 1500, "元"), "10", "1380元", "10"),
             Ind("效益指标", "社会效益指标", "参训人员就业率", "≥70%", (">=", 70, "%"), "10", "60%", "7",
                 "就业跟踪服务不足"),
             Ind("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", (">=", 90, "%"), "20", "85%", "17",
                 "部分工种课时偏少"),
         ]),
    ]
    widths = [52, 60, 104, 64, 64, 40, 36, 76]
    for project, unit_name, (initial, budget, executed), goal, inds in projects:
        rate, rate_score = _execution(budget, executed)
        total = _total(rate_score, inds)
        grade = _grade(total)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 7, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 5, 1, "资金情况（元）")
        rows.put(r, 1, 1, 2, "")
        for col, cs, head in ((3, 2, "年初预算数"), (5, 2, "全年预算数"), (7, 1, "全年执行数")):
            rows.put(r, col, 1, cs, head)
        for k, (label, values) in enumerate((("年度资金总额", (initial, budget, executed)),
                                             ("其中：财政拨款", (initial, budget, executed)),
                                             ("上年结转资金", ("0.00", "0.00", "0.00")),
                                             ("其他资金", ("0.00", "0.00", "0.00"))), 1):
            rows.put(r + k, 1, 1, 2, label)
            for (col, cs), v in zip(((3, 2), (5, 2), (7, 1)), values):
                rows.put(r + k, col, 1, cs, v)
        r = rows.n
        rows.put(r, 0, 2, 1, "年度总体目标")
        rows.put(r, 1, 1, 3, "预期目标")
        rows.put(r, 4, 1, 4, "实际完成情况")
        rows.put(r + 1, 1, 1, 3, goal[0])
        rows.put(r + 1, 4, 1, 4, goal[1])
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "得分", "分值", "偏差原因分析及改进措施"))])
        rows.add((0, 3, "预算执行率"), (3, 1, "100%"), (4, 1, rate), (5, 1, rate_score), (6, 1, "10"), (7, 1, ""))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.score),
                                                (6, 1, i.weight), (7, 1, i.note)])
        rows.add((0, 5, "总分"), (5, 1, f"{total:.2f}"), (6, 1, "100"), (7, 1, f"自评等级：{grade}"))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             kind="performance_self_evaluation"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "元", budget, executed, float(total), grade)
        doc.gold.project(project, "元", year=budget, fiscal=budget, carried="0.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 青海 (部门决算)


def layout_qh_final_accounts_dept_and_project(folder: Path, name: str) -> FileGold:
    """西宁 district 部门决算: text, budget tables and 说明, then a 部门整体支出绩效自评表 (执行率
    before 分值, 总分, 评价结论 prose, 自评等级 row) and a project self-evaluation whose money
    rows carry 财政拨款 and 上年结转."""
    dept = "西宁市城东区教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(f"{dept}", 24), (f"{year}年度部门决算", 22)])
    p = doc.pages
    p.text_page("目  录", ["第一部分  部门概况", "第二部分  2024年度部门决算表", "第三部分  2024年度部门决算情况说明",
                          "第四部分  绩效评价情况", "第五部分  名词解释"])
    p.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}负责贯彻执行国家和省、市教育工作方针政策，统筹规划和管理全区学前教育、义务教育等各类教育事业。",
        "二、机构设置。本部门决算由局机关及所属47所公办学校、幼儿园的决算组成。",
        "三、年度重点工作。新增学位2100个，完成薄弱学校改造8所，推进学前教育普惠发展。",
    ])
    p.table(_summary_table("收入支出决算总表", dept,
                           [("一、一般公共预算财政拨款收入", "27,280.36"), ("二、政府性基金预算财政拨款收入", "420.00"),
                            ("三、事业收入", "215.00")],
                           [("一、教育支出", "25,983.16"), ("二、社会保障和就业支出", "1,262.20"), ("三、住房保障支出", "670.00")],
                           ("决算数", "决算数")))
    p.table(_function_table("一般公共预算财政拨款支出决算表", dept, [
        ("205", "教育支出", "25,348.16", "18,426.50", "6,921.66"),
        ("20501", "教育管理事务", "1,120.40", "1,020.40", "100.00"),
        ("2050101", "行政运行", "1,120.40", "1,020.40", "100.00"),
        ("20502", "普通教育", "24,227.76", "17,406.10", "6,821.66"),
        ("2050201", "学前教育", "3,410.28", "2,707.80", "702.48"),
        ("2050202", "小学教育", "12,486.30", "9,128.70", "3,357.60"),
        ("2050203", "初中教育", "8,331.18", "5,569.60", "2,761.58"),
        ("208", "社会保障和就业支出", "1,262.20", "1,262.20", ""),
        ("20805", "行政事业单位养老支出", "1,262.20", "1,262.20", ""),
        ("221", "住房保障支出", "670.00", "670.00", ""),
        ("22102", "住房改革支出", "670.00", "670.00", ""),
    ], basis="决算数"))
    p.text_page("第三部分  2024年度部门决算情况说明", [
        "一、收入支出决算总体情况说明。2024年度收入总计27,915.36万元，支出总计27,915.36万元，与上年相比增长3.2%。",
        "二、“三公”经费财政拨款支出决算情况说明。2024年度“三公”经费财政拨款支出12.40万元，均为公务用车运行维护费。",
    ])
    p.text_page("第四部分  绩效评价情况", [
        "本部门组织开展了2024年度部门整体支出和重点项目支出绩效自评，自评结果如下表。",
    ])
    dept_inds = [
        Ind("产出指标", "数量指标", "在校学生人数", "≥4.2万人", (">=", 4.2, "万人"), "10", "4.31万人", "10"),
        Ind("产出指标", "数量指标", "教师培训人次", "≥1500人次", (">=", 1500, "人次"), "10", "1620人次", "10"),
        Ind("产出指标", "质量指标", "义务教育巩固率", "≥98%", (">=", 98, "%"), "10", "99.2%", "10"),
        Ind("产出指标", "质量指标", "学前三年毛入园率", "≥92%", (">=", 92, "%"), "10", "93.5%", "10"),
        Ind("产出指标", "时效指标", "学生资助资金发放及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "成本指标", "公用经费支出控制率", "≤100%", ("<=", 100, "%"), "5", "98.6%", "5"),
        Ind("效益指标", "社会效益指标", "义务教育均衡发展水平", "稳步提升", Q, "10", "稳步提升", "9"),
        Ind("效益指标", "可持续影响指标", "教育信息化覆盖率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
        Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", (">=", 90, "%"), "15", "89%", "13",
            "课后服务供给不足"),
    ]
    money = ("27,460.00", "28,640.50", "27,915.36")
    rate, rate_score = _execution(money[1], money[2])
    total = _total(rate_score, dept_inds)
    grade = _grade(total)
    widths = [52, 58, 104, 62, 62, 56, 40, 62]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    r = rows.n
    rows.put(r, 0, 3, 1, "年度预算执行情况（万元）")
    rows.put(r, 1, 1, 1, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")):
        rows.put(r, 2 + k, 1, 1, head)
    for k, line in enumerate((("年度资金总额", *money, rate, "10", rate_score),
                              ("其中：财政拨款", "27,040.00", "28,220.50", "27,495.36", "—", "—", "—")), 1):
        for j, v in enumerate(line):
            rows.put(r + k, 1 + j, 1, 1, v)
    rows.add((0, 2, "年度总体目标完成情况"), (2, 6, "完成新增学位和薄弱学校改造任务，义务教育巩固率99.2%，学前三年毛入园率93.5%。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值",
                                                 "得分", "偏差原因"))])
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                 (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 2, "评价结论"), (2, 6, "部门整体支出绩效目标基本实现，预算执行规范，学前和义务教育发展质量稳步提升。"))
    rows.add((0, 2, "自评等级"), (2, 6, grade))
    p.grid(_spec(rows.cells, rows.n, widths, title="2024年度部门整体支出绩效自评表", editor=f"单位名称：{dept}",
                 unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
    _add(doc, None, dept_inds)
    doc.gold.self_evaluation(None, "万元", money[1], money[2], float(total), grade)

    project = "学前教育发展专项"
    inds = [
        Ind("产出指标", "数量指标", "普惠性幼儿园补助园数", "≥45所", (">=", 45, "所"), "15", "47所", "15"),
        Ind("产出指标", "数量指标", "学前教育资助幼儿人数", "≥1200人", (">=", 1200, "人"), "10", "1265人", "10"),
        Ind("产出指标", "质量指标", "普惠性幼儿园覆盖率", "≥85%", (">=", 85, "%"), "15", "87.2%", "15"),
        Ind("产出指标", "时效指标", "补助资金下达时限", "≤30天", ("<=", 30, "天"), "10", "25天", "10"),
        Ind("产出指标", "成本指标", "生均公用经费补助标准", "600元/生·年", ("=", 600, "元/生·年"), "10", "600元/生·年", "10"),
        Ind("效益指标", "社会效益指标", "学前教育普及水平", "明显提高", Q, "15", "明显提高", "14"),
        Ind("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
    ]
    lines = (("年度资金总额", "650.00", "720.00", "702.48"), ("其中：财政拨款", "650.00", "600.00", "584.20"),
             ("上年结转资金", "0.00", "120.00", "118.28"))
    rate, rate_score = _execution(lines[0][2], lines[0][3])
    total = _total(rate_score, inds)
    grade = _grade(total)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 6, project))
    rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, "西宁市城东区各公办幼儿园"))
    r = rows.n
    rows.put(r, 0, 4, 1, "项目资金（万元）")
    for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 1 + k, 1, 1, head)
    for k, (label, a, b, c) in enumerate(lines, 1):
        extra = ("10", rate, rate_score) if k == 1 else ("—", "—", "—")
        for j, v in enumerate((label, a, b, c, *extra)):
            rows.put(r + k, 1 + j, 1, 1, v)
    rows.add((0, 2, "年度总体目标"), (2, 6, "补助普惠性幼儿园45所以上，资助家庭经济困难幼儿1200人以上。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                 "得分", "偏差原因"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 2, "自评等级"), (2, 6, grade))
    p.grid(_spec(rows.cells, rows.n, widths, title="2024年度项目支出绩效自评表", editor=f"单位名称：{dept}",
                 unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
    _add(doc, project, inds)
    doc.gold.self_evaluation(project, "万元", lines[0][2], lines[0][3], float(total), grade)
    doc.gold.project(project, "万元", year=lines[0][2], fiscal=lines[1][2], carried=lines[2][2])
    p.text_page("第五部分  名词解释", ["一、财政拨款收入：指本级财政当年拨付的资金。",
                                      "二、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"])
    return doc.save(folder)


# --------------------------------------------------------------------------- 西藏 (turned pages)


def layout_xz_turned_sources_by_level(folder: Path, name: str) -> FileGold:
    """拉萨 district: landscape forms drawn sideways on portrait pages turned by /Rotate; the
    money is 本年预算 split by source (中央 / 自治区 / 拉萨市 / 区本级, no 财政拨款 line), a 分值
    column, a range and deadline dates among the targets."""
    dept = "拉萨市城关区农业农村局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("农牧民技能培训", "540102250000031", ("320.00", "200.00", "80.00", "20.00", "20.00"),
         "围绕特色种养、民族手工和建筑技能开展农牧民培训，促进农牧民转移就业增收。", [
             Ind("产出指标", "数量指标", "培训农牧民人次", "≥3000人次", (">=", 3000, "人次"), "15"),
             Ind("产出指标", "数量指标", "举办培训班期数", "不少于40期", (">=", 40, "期"), "10"),
             Ind("产出指标", "质量指标", "培训合格率", "≥90%", (">=", 90, "%"), "10"),
             Ind("产出指标", "时效指标", "培训完成时间", "2025年10月底前", DATE, "10"),
             Ind("产出指标", "成本指标", "人均培训成本", "≤1000元", ("<=", 1000, "元"), "10"),
             Ind("效益指标", "经济效益指标", "参训人员人均增收", "≥2000元", (">=", 2000, "元"), "15"),
             Ind("效益指标", "社会效益指标", "转移就业人数", "≥1200人", (">=", 1200, "人"), "10"),
             Ind("效益指标", "可持续影响指标", "农牧民自我发展能力", "明显增强", Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "参训农牧民满意度", "≥95%", (">=", 95, "%"), "10"),
         ]),
        ("高原特色种养殖示范基地建设", "540102250000048", ("580.00", "400.00", "120.00", "0.00", "60.00"),
         "建设标准化温室和示范养殖小区，带动农牧民发展高原特色产业。", [
             Ind("产出指标", "数量指标", "建设标准化温室", "≥60座", (">=", 60, "座"), "15"),
             Ind("产出指标", "数量指标", "带动示范养殖户", "≥150户", (">=", 150, "户"), "10"),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "项目完工时间", "2025年9月30日前", DATE, "10"),
             Ind("产出指标", "成本指标", "温室单座建设成本", "8-10万元", ("range", 8, "万元", 10), "10"),
             Ind("效益指标", "经济效益指标", "带动农牧民增收", "≥300万元", (">=", 300, "万元"), "15"),
             Ind("效益指标", "生态效益指标", "化肥使用量", "持续减少", Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "受益农牧民满意度", "＞95%", (">", 95, "%"), "15"),
         ]),
    ]
    widths = [66, 86, 150, 100, 40, 120, 168]
    for project, code, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, "拉萨市城关区人民政府"), (4, 1, "实施单位"), (5, 2, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for (col, cs), head, value in zip(((1, 1), (2, 1), (3, 1), (4, 2), (6, 1)),
                                          ("本年预算", "其中：中央补助", "自治区补助", "拉萨市补助", "城关区本级"), money):
            rows.put(r, col, 1, cs, head)
            rows.put(r + 1, col, 1, cs, value)
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "分值", "指标值设定依据",
                                                     "评分标准"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight),
                                                (5, 1, "年度工作计划"), (6, 1, "完成目标得满分，未完成按比例扣分")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表", editor=f"填报单位：{dept}",
                             unit_raw="单位：万元", landscape=True), fresh_page=True, turned=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", code=code, year=money[0])
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 (county 部门预算)


def layout_js_county_budget_with_forms(folder: Path, name: str) -> FileGold:
    """江苏 county 部门预算: text and budget tables first, then a 部门整体支出绩效目标表 and two
    项目支出绩效目标表 whose money is label | value pairs (年度预算数, 财政拨款, 上年结转, 自筹资金)."""
    dept = "沭阳县交通运输局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025, cover=[(f"{dept}", 24), ("2025年部门预算", 22)])
    p = doc.pages
    p.text_page("目  录", ["第一部分  沭阳县交通运输局概况", "第二部分  2025年部门预算表", "第三部分  2025年部门预算情况说明",
                          "第四部分  预算绩效情况", "第五部分  名词解释"])
    p.text_page("第一部分  沭阳县交通运输局概况", [
        "一、部门主要职责。负责全县公路、水路交通运输行业管理，组织实施农村公路建设养护，推进城乡客运一体化。",
        "二、部门预算单位构成。本部门预算包括局机关和县公路事业发展中心、县地方海事处等5个单位。",
    ])
    p.table(_summary_table("2025年部门收支预算总表", dept,
                           [("一、一般公共预算拨款收入", "8,650.00"), ("二、政府性基金预算拨款收入", "1,200.00"),
                            ("三、上年结转", "360.00")],
                           [("一、交通运输支出", "9,640.00"), ("二、社会保障和就业支出", "320.00"), ("三、住房保障支出", "250.00")],
                           ("预算数", "预算数")))
    p.table(_function_table("2025年部门支出预算表", dept, [
        ("214", "交通运输支出", "9,640.00", "1,930.00", "7,710.00"),
        ("21401", "公路水路运输", "9,640.00", "1,930.00", "7,710.00"),
        ("2140101", "行政运行", "1,930.00", "1,930.00", ""),
        ("2140104", "公路建设", "3,260.00", "", "3,260.00"),
        ("2140106", "公路养护", "3,000.00", "", "3,000.00"),
        ("2140199", "其他公路水路运输支出", "1,450.00", "", "1,450.00"),
        ("208", "社会保障和就业支出", "320.00", "320.00", ""),
        ("20805", "行政事业单位养老支出", "320.00", "320.00", ""),
        ("221", "住房保障支出", "250.00", "250.00", ""),
        ("22102", "住房改革支出", "250.00", "250.00", ""),
    ]))
    p.text_page("第四部分  预算绩效情况", [
        "2025年本部门实现项目支出绩效目标管理全覆盖，部门整体支出和重点项目绩效目标如下表。",
    ])
    dept_inds = [
        Ind("产出指标", "数量指标", "农村公路提档升级里程", "≥45公里", (">=", 45, "公里")),
        Ind("产出指标", "数量指标", "桥梁改造座数", "≥8座", (">=", 8, "座")),
        Ind("产出指标", "数量指标", "镇村公交开通行政村数", "350个", ("=", 350, "个")),
        Ind("产出指标", "质量指标", "农村公路优良中等路率", "≥85%", (">=", 85, "%")),
        Ind("产出指标", "质量指标", "交工验收合格率", "100%", ("=", 100, "%")),
        Ind("产出指标", "时效指标", "重点工程按期完工率", "≥95%", (">=", 95, "%")),
        Ind("产出指标", "成本指标", "部门公用经费控制率", "≤100%", ("<=", 100, "%")),
        Ind("效益指标", "经济效益指标", "农村物流配送成本", "有所降低", Q),
        Ind("效益指标", "社会效益指标", "群众出行便利度", "明显提升", Q),
        Ind("效益指标", "社会效益指标", "道路运输较大以上安全事故", "0起", ("=", 0, "起")),
        Ind("效益指标", "可持续影响指标", "“四好农村路”长效管养机制", "持续巩固", Q),
        Ind("满意度指标", "服务对象满意度指标", "群众出行满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 4, dept))
    rows.add((0, 1, "年度预算总额"), (1, 1, "10,210.00"), (2, 1, "其中：财政拨款"), (3, 2, "9,850.00"))
    rows.add((0, 1, "部门整体绩效目标"), (1, 4, "完成农村公路提档升级45公里、桥梁改造8座，镇村公交开通率100%，"
                                             "交通运输安全形势持续稳定。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "目标值"), (4, 1, "备注"))
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
    p.grid(_spec(rows.cells, rows.n, [80, 94, 160, 90, 70], title="2025年部门整体支出绩效目标表",
                 editor=f"部门名称：{dept}", unit_raw="单位：万元", kind="dept_performance_targets"), fresh_page=True)
    _add(doc, None, dept_inds)
    projects = [
        ("农村公路提档升级工程", "321322251000104", ("3,260.00", "2,900.00", "360.00", "0.00"),
         "完成农村公路提档升级45公里，改造危桥8座，提升农村公路通行能力。", [
             Ind("产出指标", "数量指标", "提档升级里程", "≥45公里", (">=", 45, "公里")),
             Ind("产出指标", "数量指标", "危桥改造座数", "8座", ("=", 8, "座")),
             Ind("产出指标", "质量指标", "工程质量合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "工程完工时间", "2025年12月底前", DATE),
             Ind("产出指标", "成本指标", "每公里提档升级成本", "≤60万元", ("<=", 60, "万元")),
             Ind("效益指标", "社会效益指标", "沿线群众出行条件", "明显改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("城乡公交一体化运营补贴", "321322251000119", ("1,450.00", "1,450.00", "0.00", "0.00"),
         "落实城乡公交运营补贴，保障镇村公交稳定运行。", [
             Ind("产出指标", "数量指标", "补贴公交线路", "≥62条", (">=", 62, "条")),
             Ind("产出指标", "数量指标", "年运营里程", "≥1600万公里", (">=", 1600, "万公里")),
             Ind("产出指标", "质量指标", "公交准点率", "≥92%", (">=", 92, "%")),
             Ind("产出指标", "时效指标", "补贴资金拨付时限", "2025年12月31日前", DATE),
             Ind("产出指标", "成本指标", "车公里补贴标准", "≤0.9元", ("<=", 0.9, "元")),
             Ind("效益指标", "社会效益指标", "镇村公交开通率", "100%", ("=", 100, "%")),
             Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    for project, code, (year, fiscal, carried, own), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 1, code))
        rows.add((0, 1, "年度预算数"), (1, 1, year), (2, 1, "其中：财政拨款"), (3, 1, fiscal), (4, 1, "上年结转"),
                 (5, 1, carried))
        rows.add((0, 1, "自筹资金"), (1, 1, own), (2, 1, "项目属性"), (3, 3, "经常性项目"))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "指标值说明", "备注"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "依据年度计划"), (5, 1, "")])
        p.grid(_spec(rows.cells, rows.n, [64, 74, 118, 84, 70, 90], title="2025年重点项目支出绩效目标表",
                     editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", code=code, year=year, fiscal=fiscal, carried=carried)
    p.text_page("第五部分  名词解释", ["一、财政拨款收入：指县级财政当年拨付的资金。",
                                      "二、上年结转：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。"])
    return doc.save(folder)


# --------------------------------------------------------------------------- 浙江 (district 部门决算)


def layout_zj_final_accounts_grade_in_head(folder: Path, name: str) -> FileGold:
    """温州 district 部门决算 ending with project self-evaluations: 自评等级 printed in the
    header block beside 实施单位, levels weighted ("产出指标(50分)") as well as a 分值 column,
    money rows 当年财政拨款 / 上年结转资金 / 其他资金."""
    dept = "温州市瓯海区文化广电旅游体育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(f"{dept}{year}年度部门决算", 20)])
    p = doc.pages
    p.text_page("目  录", ["一、部门概况", "二、部门决算报表", "三、部门决算情况说明", "四、项目绩效自评结果"])
    p.text_page("一、部门概况", [
        f"{dept}主要负责全区文化、广播电视、旅游和体育事业的统筹规划和管理，下属单位包括区文化馆、区图书馆、区体育中心等。",
        "2024年度，本部门围绕“文化惠民、体育强区”目标，推进公共文化服务体系和全民健身设施建设。",
    ])
    p.table(_summary_table("收入支出决算表", dept,
                           [("一、一般公共预算财政拨款收入", "6,850.42"), ("二、政府性基金预算财政拨款收入", "300.00"),
                            ("三、其他收入", "82.30")],
                           [("一、文化旅游体育与传媒支出", "6,612.92"), ("二、社会保障和就业支出", "392.80"),
                            ("三、住房保障支出", "227.00")], ("本年决算数", "本年决算数")))
    p.table(_function_table("支出决算表", dept, [
        ("207", "文化旅游体育与传媒支出", "6,612.92", "3,840.16", "2,772.76"),
        ("20701", "文化和旅游", "4,420.40", "2,510.14", "1,910.26"),
        ("2070101", "行政运行", "1,260.30", "1,260.30", ""),
        ("2070109", "群众文化", "3,160.10", "1,249.84", "1,910.26"),
        ("20703", "体育", "2,192.52", "1,330.02", "862.50"),
        ("2070308", "群众体育", "2,192.52", "1,330.02", "862.50"),
        ("208", "社会保障和就业支出", "392.80", "392.80", ""),
        ("221", "住房保障支出", "227.00", "227.00", ""),
    ], basis="决算数"))
    p.text_page("四、项目绩效自评结果", ["本部门对2024年度重点项目开展了绩效自评，自评表如下。"])
    projects = [
        ("公共文化场馆免费开放", "温州市瓯海区文化馆",
         (("380.00", "395.00", "389.26"), ("345.00", "355.00", "350.12"), ("35.00", "40.00", "39.14"),
          ("0.00", "0.00", "0.00")),
         ("保障文化馆、图书馆等6个场馆免费开放，年接待群众80万人次以上。", "6个场馆全年免费开放，接待群众86.5万人次。"), [
             Ind("产出指标(50分)", "数量指标", "免费开放场馆数", "≥6个", (">=", 6, "个"), "10", "6个", "10"),
             Ind("产出指标(50分)", "数量指标", "年接待读者观众人次", "≥80万人次", (">=", 80, "万人次"), "10", "86.5万人次", "10"),
             Ind("产出指标(50分)", "质量指标", "场馆安全事故", "0起", ("=", 0, "起"), "10", "0起", "10"),
             Ind("产出指标(50分)", "时效指标", "年免费开放天数", "不少于300天", (">=", 300, "天"), "10", "306天", "10"),
             Ind("产出指标(50分)", "成本指标", "单馆年均运行经费", "≤65万元", ("<=", 65, "万元"), "10", "64.9万元", "10"),
             Ind("效益指标(25分)", "社会效益指标", "群众文化参与度", "明显提高", Q, "15", "明显提高", "14"),
             Ind("效益指标(25分)", "可持续影响指标", "公共文化服务体系", "持续完善", Q, "10", "持续完善", "9"),
             Ind("满意度指标(15分)", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "15", "86%", "12",
                 "部分场馆开放时间与群众需求不匹配"),
         ]),
        ("全民健身赛事活动", "温州市瓯海区体育中心",
         (("150.00", "150.00", "118.50"), ("150.00", "150.00", "118.50"), ("0.00", "0.00", "0.00"),
          ("0.00", "0.00", "0.00")),
         ("举办全民健身赛事25场以上，参赛群众3万人次以上。", "举办赛事21场，参赛群众2.6万人次。"), [
             Ind("产出指标(50分)", "数量指标", "举办全民健身赛事", "≥25场", (">=", 25, "场"), "15", "21场", "12",
                 "受场地改造影响，4场赛事取消"),
             Ind("产出指标(50分)", "数量指标", "参赛群众人次", "≥3万人次", (">=", 3, "万人次"), "10", "2.6万人次", "8.5"),
             Ind("产出指标(50分)", "质量指标", "赛事安全事故", "0起", ("=", 0, "起"), "10", "0起", "10"),
             Ind("产出指标(50分)", "时效指标", "赛事按计划举办率", "≥95%", (">=", 95, "%"), "15", "84%", "12"),
             Ind("效益指标(25分)", "社会效益指标", "经常参加体育锻炼人数比例", "≥41%", (">=", 41, "%"), "15", "41.5%", "15"),
             Ind("效益指标(25分)", "可持续影响指标", "群众体育赛事品牌", "逐步形成", Q, "10", "初步形成", "8"),
             Ind("满意度指标(15分)", "服务对象满意度指标", "参赛群众满意度", "≥90%", (">=", 90, "%"), "15", "88%", "13"),
         ]),
    ]
    widths = [48, 54, 96, 58, 58, 52, 40, 44, 50]
    for project, unit_name, money, goal, inds in projects:
        budget, executed = money[0][1], money[0][2]
        rate, rate_score = _execution(budget, executed)
        total = _total(rate_score, inds)
        grade = _grade(total)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 1, unit_name), (7, 1, "自评等级"), (8, 1, grade))
        r = rows.n
        rows.put(r, 0, 5, 2, "项目资金（万元）")
        for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 3 + k, 1, 1, head)
        rows.put(r, 2, 1, 1, "")
        for k, (label, values) in enumerate(zip(("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"), money), 1):
            rows.put(r + k, 2, 1, 1, label)
            extra = ("10", rate, rate_score) if k == 1 else ("—", "—", "—")
            for j, v in enumerate((*values, *extra)):
                rows.put(r + k, 3 + j, 1, 1, v)
        r = rows.n
        rows.put(r, 0, 2, 2, "年度总体目标")
        rows.put(r, 2, 1, 3, "预期目标")
        rows.put(r, 5, 1, 4, "实际完成情况")
        rows.put(r + 1, 2, 1, 3, goal[0])
        rows.put(r + 1, 5, 1, 4, goal[1])
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                     "得分"))], (7, 2, "偏差原因分析及改进措施"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 2, i.note)])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
        p.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                     unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "万元", budget, executed, float(total), grade)
        doc.gold.project(project, "万元", year=budget, fiscal=money[1][1], carried=money[2][1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 (开发区管委会)


def layout_jx_devzone_multi_year_title_in_grid(folder: Path, name: str) -> FileGold:
    """江西 开发区管委会: the title and 单位 line printed inside the grid, money by source and by
    year (资金总额 | 2025年 | 2026年 | 2027年), a two-row grid header (绩效指标 over 一级 / 二级 /
    三级), both levels carrying their weight in brackets."""
    dept = "九江经济技术开发区管理委员会"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("城西港区疏港道路建设", "360402250000012", "九江经济技术开发区建设局", "2025年3月至2027年10月",
         (("合计", "12,800.00", "4,500.00", "5,300.00", "3,000.00"),
          ("其中：财政拨款", "5,800.00", "2,000.00", "2,300.00", "1,500.00"),
          ("专项债券资金", "7,000.00", "2,500.00", "3,000.00", "1,500.00"),
          ("其他资金", "0.00", "0.00", "0.00", "0.00")),
         "2025年完成疏港道路路基工程和雨污管网铺设，年度投资完成率不低于35%。", [
             Ind("产出指标(60)", "数量指标(20)", "新建道路长度", "≥3.6公里", (">=", 3.6, "公里"), "10"),
             Ind("产出指标(60)", "数量指标(20)", "配套雨污管网长度", "≥7.2公里", (">=", 7.2, "公里"), "10"),
             Ind("产出指标(60)", "质量指标(20)", "工程质量验收合格率", "100%", ("=", 100, "%"), "10"),
             Ind("产出指标(60)", "质量指标(20)", "安全生产事故", "0起", ("=", 0, "起"), "10"),
             Ind("产出指标(60)", "时效指标(10)", "年度投资完成率", "≥35%", (">=", 35, "%"), "10"),
             Ind("产出指标(60)", "成本指标(10)", "每公里建设成本", "≤3500万元", ("<=", 3500, "万元"), "10"),
             Ind("效益指标(30)", "经济效益指标(15)", "港区货物集疏运能力", "≥300万吨/年", (">=", 300, "万吨/年"), "15"),
             Ind("效益指标(30)", "社会效益指标(15)", "港区通行条件", "明显改善", Q, "15"),
             Ind("满意度指标(10)", "服务对象满意度指标(10)", "港区企业满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("企业服务中心运营", "360402250000027", "九江经济技术开发区企业服务中心", "2025年1月至2025年12月",
         (("合计", "260.00", "260.00", "—", "—"),
          ("其中：财政拨款", "260.00", "260.00", "—", "—"),
          ("专项债券资金", "0.00", "0.00", "—", "—"),
          ("其他资金", "0.00", "0.00", "—", "—")),
         "为区内企业提供政策咨询、审批代办等一站式服务，企业诉求办结率不低于98%。", [
             Ind("产出指标(60)", "数量指标(25)", "服务入驻企业数", "≥120家", (">=", 120, "家"), "15"),
             Ind("产出指标(60)", "数量指标(25)", "开展政策宣讲培训", "≥12场", (">=", 12, "场"), "10"),
             Ind("产出指标(60)", "质量指标(20)", "企业诉求办结率", "≥98%", (">=", 98, "%"), "20"),
             Ind("产出指标(60)", "时效指标(15)", "企业诉求响应时间", "≤2个工作日", ("<=", 2, "个工作日"), "15"),
             Ind("效益指标(30)", "经济效益指标(15)", "帮助企业争取政策资金", "≥5000万元", (">=", 5000, "万元"), "15"),
             Ind("效益指标(30)", "社会效益指标(15)", "区内营商环境", "持续优化", Q, "15"),
             Ind("满意度指标(10)", "服务对象满意度指标(10)", "入驻企业满意度", "≥95%", (">=", 95, "%"), "10"),
         ]),
    ]
    widths = [70, 88, 130, 70, 70, 70]
    for project, code, unit_name, term, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 6, "2025年项目支出绩效目标表"))
        rows.add((0, 6, "单位：万元"))
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        rows.add((0, 1, "项目期限"), (1, 5, term))
        r = rows.n
        rows.put(r, 0, 5, 1, "项目资金")
        for col, head in ((1, "资金来源"), (2, "资金总额"), (3, "2025年"), (4, "2026年"), (5, "2027年")):
            rows.put(r, col, 1, 1, head)
        for k, line in enumerate(money, 1):
            rows.put(r + k, 1, 1, 1, line[0])
            for j, v in enumerate(line[1:]):
                rows.put(r + k, 2 + j, 1, 1, v)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        r = rows.n
        rows.put(r, 0, 1, 3, "绩效指标")
        rows.put(r, 3, 2, 1, "年度指标值")
        rows.put(r, 4, 2, 1, "分值")
        rows.put(r, 5, 2, 1, "备注")
        rows.put(r + 1, 0, 1, 1, "一级指标")
        rows.put(r + 1, 1, 1, 1, "二级指标")
        rows.put(r + 1, 2, 1, 1, "三级指标")
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", code=code, total=money[0][1], year=money[0][2], fiscal=money[1][2])
    return doc.save(folder)


# --------------------------------------------------------------------------- 广西 (街道办事处)


def layout_gx_street_dept_seq(folder: Path, name: str) -> FileGold:
    """柳州 街道办事处 部门整体支出绩效目标表: money in 元 by nature (no project), 目标1/2/3
    prose, a 序号 column before the levels, a range, a date, "≥90分" among the targets."""
    dept = "柳州市城中区城中街道办事处"
    doc = FormDoc(name, f"{dept}2025年部门整体支出绩效目标表", dept, 2025)
    inds = [
        Ind("产出指标", "数量指标", "网格化巡查次数", "≥12次/月", (">=", 12, "次/月")),
        Ind("产出指标", "数量指标", "矛盾纠纷排查化解件数", "≥240件", (">=", 240, "件")),
        Ind("产出指标", "数量指标", "开展老年人关爱服务", "1200人次", ("=", 1200, "人次")),
        Ind("产出指标", "数量指标", "辖区环境卫生集中整治", "不少于24次", (">=", 24, "次")),
        Ind("产出指标", "质量指标", "矛盾纠纷调解成功率", "≥95%", (">=", 95, "%")),
        Ind("产出指标", "质量指标", "12345热线工单办结率", "≥98%", (">=", 98, "%")),
        Ind("产出指标", "质量指标", "社区年度综合考评得分", "≥90分", (">=", 90, "分")),
        Ind("产出指标", "时效指标", "民生实事项目完成时间", "2025年12月底前", DATE),
        Ind("产出指标", "时效指标", "热线工单响应时限", "≤2小时", ("<=", 2, "小时")),
        Ind("产出指标", "成本指标", "单个社区年度工作经费", "10-15万元", ("range", 10, "万元", 15)),
        Ind("效益指标", "社会效益指标", "辖区社会治安", "持续稳定", Q),
        Ind("效益指标", "社会效益指标", "重大安全生产事故", "0起", ("=", 0, "起")),
        Ind("效益指标", "生态效益指标", "辖区环境面貌", "明显提升", Q),
        Ind("效益指标", "可持续影响指标", "基层治理体系", "不断完善", Q),
        Ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", (">=", 90, "%")),
        Ind("满意度指标", "服务对象满意度指标", "驻区企业满意度", "≥85%", (">=", 85, "%")),
    ]
    rows = _Rows()
    rows.add((0, 2, "单位名称"), (2, 4, dept))
    r = rows.n
    rows.put(r, 0, 2, 2, "年度预算（元）")
    for col, head, value in ((2, "预算总额", "18,652,300.00"), (3, "基本支出", "12,408,300.00"), (4, "项目支出", "6,244,000.00"),
                             (5, "其中：财政拨款", "18,652,300.00")):
        rows.put(r, col, 1, 1, head)
        rows.put(r + 1, col, 1, 1, value)
    rows.add((0, 2, "年度绩效目标"), (2, 4, "目标1：深化网格化服务管理，矛盾纠纷调解成功率95%以上。\n"
                                          "目标2：做好老年人关爱、环境卫生整治等民生服务，辖区居民满意度90%以上。\n"
                                          "目标3：按期完成年度民生实事项目，保障辖区安全稳定。"))
    rows.add((0, 1, "序号"), (1, 1, "一级指标"), (2, 1, "二级指标"), (3, 1, "三级指标"), (4, 1, "指标值"),
             (5, 1, "指标值确定依据"))
    r0 = rows.n
    for k, ind in enumerate(inds, 1):
        rows.add((0, 1, str(k)), (3, 1, ind.name), (4, 1, ind.raw), (5, 1, "年度工作计划"))
    i = 0
    while i < len(inds):  # 一级 (col 1) and 二级 (col 2) merged over their rows
        j = i
        while j < len(inds) and inds[j].l1 == inds[i].l1:
            j += 1
        rows.put(r0 + i, 1, j - i, 1, inds[i].l1)
        k = i
        while k < j:
            m = k
            while m < j and inds[m].l2 == inds[k].l2:
                m += 1
            rows.put(r0 + k, 2, m - k, 1, inds[k].l2)
            k = m
        i = j
    doc.pages.grid(_spec(rows.cells, rows.n, [28, 62, 74, 130, 92, 104], title="2025年部门整体支出绩效目标表",
                         editor=f"编制单位：{dept}", unit_raw="单位：元", kind="dept_performance_targets"),
                   fresh_page=True)
    _add(doc, None, inds)
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州


def layout_gz_self_eval_grade_top(folder: Path, name: str) -> FileGold:
    """遵义 district 项目支出绩效自评表, landscape: 评价等级 beside the project name in the
    first row, money in 元 with separators (执行率 before 分值), 指标分值 / 实际得分 columns,
    a deadline target with a date as its actual, 总分 in the last row."""
    dept = "遵义市汇川区农业农村局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    projects = [
        ("农业产业结构调整专项", "遵义市汇川区农业产业发展中心",
         (("3,000,000.00", "3,500,000.00", "3,412,600.00"), ("3,000,000.00", "3,500,000.00", "3,412,600.00")), [
             Ind("产出指标", "数量指标", "发展茶叶种植面积", "≥5000亩", (">=", 5000, "亩"), "15", "5200亩", "15"),
             Ind("产出指标", "数量指标", "扶持农业经营主体", "≥20家", (">=", 20, "家"), "10", "22家", "10"),
             Ind("产出指标", "质量指标", "种苗成活率", "≥85%", (">=", 85, "%"), "10", "88%", "10"),
             Ind("产出指标", "时效指标", "补助资金兑付及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标", "成本指标", "亩均补助标准", "≤500元", ("<=", 500, "元"), "10", "500元", "10"),
             Ind("效益指标", "经济效益指标", "带动农户增收", "≥800万元", (">=", 800, "万元"), "15", "760万元", "13",
                 "新植茶园尚未进入采摘期"),
             Ind("效益指标", "社会效益指标", "带动就业人数", "≥600人", (">=", 600, "人"), "10", "650人", "10"),
             Ind("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", (">=", 90, "%"), "10", "94%", "10"),
         ]),
        ("农村人居环境整治提升", "遵义市汇川区各镇人民政府",
         (("1,200,000.00", "1,200,000.00", "1,008,000.00"), ("1,200,000.00", "1,200,000.00", "1,008,000.00")), [
             Ind("产出指标", "数量指标", "新改建农村户厕", "≥800户", (">=", 800, "户"), "15", "760户", "14",
                 "部分农户意愿不强"),
             Ind("产出指标", "数量指标", "建设垃圾收集点", "≥40个", (">=", 40, "个"), "10", "40个", "10"),
             Ind("产出指标", "质量指标", "户厕改造验收合格率", "≥95%", (">=", 95, "%"), "15", "96%", "15"),
             Ind("产出指标", "时效指标", "项目完工时间", "2024年11月底前", DATE, "10", "2024年12月20日", "6",
                 "雨季施工延误"),
             Ind("效益指标", "生态效益指标", "农村生活垃圾收运处置体系覆盖率", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
             Ind("效益指标", "社会效益指标", "村容村貌", "明显改善", Q, "10", "明显改善", "10"),
             Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%"), "15", "84%", "10",
                 "后续管护不到位"),
         ]),
        ("农产品质量安全监管", "遵义市汇川区农产品质量安全监测站",
         (("450,000.00", "450,000.00", "438,300.00"), ("450,000.00", "450,000.00", "438,300.00")), [
             Ind("产出指标", "数量指标", "农产品抽检批次", "≥1200批次", (">=", 1200, "批次"), "20", "1286批次", "20"),
             Ind("产出指标", "质量指标", "农产品抽检合格率", "≥98%", (">=", 98, "%"), "20", "97.6%", "19"),
             Ind("产出指标", "时效指标", "不合格产品处置时限", "≤7天", ("<=", 7, "天"), "10", "5天", "10"),
             Ind("效益指标", "社会效益指标", "农产品质量安全事件", "0起", ("=", 0, "起"), "20", "0起", "20"),
             Ind("满意度指标", "服务对象满意度指标", "生产经营主体满意度", "≥90%", (">=", 90, "%"), "20", "91%", "20"),
         ]),
    ]
    widths = [70, 84, 150, 80, 84, 48, 48, 150]
    for project, unit_name, (total_line, fiscal_line), inds in projects:
        initial, budget, executed = total_line
        rate, rate_score = _execution(budget, executed)
        total = _total(rate_score, inds)
        grade = _grade(total)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 2, "评价等级"), (7, 1, grade))
        rows.add((0, 1, "主管部门"), (1, 4, dept), (5, 2, "实施单位"), (7, 1, unit_name))
        r = rows.n
        rows.put(r, 0, 3, 1, "预算资金（元）")
        for col, cs, head in ((1, 1, ""), (2, 1, "年初预算数"), (3, 1, "全年预算数"), (4, 1, "全年执行数"),
                              (5, 1, "执行率"), (6, 1, "分值"), (7, 1, "得分")):
            rows.put(r, col, 1, cs, head)
        for k, (label, values) in enumerate((("年度资金总额", total_line), ("其中：财政拨款", fiscal_line)), 1):
            rows.put(r + k, 1, 1, 1, label)
            extra = (rate, "10", rate_score) if k == 1 else ("—", "—", "—")
            for j, v in enumerate((*values, *extra)):
                rows.put(r + k, 2 + j, 1, 1, v)
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值",
                                                     "指标分值", "实际得分", "偏差原因及改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"填报单位（盖章）：{dept}", kind="performance_self_evaluation", landscape=True),
                       fresh_page=True)
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "元", budget, executed, float(total), grade)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal_line[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 海南


def layout_hi_dept_self_eval_weight_first(folder: Path, name: str) -> FileGold:
    """三亚 district 部门整体支出绩效自评表: money heads 全年预算数（A）| 全年执行数（B）| 执行率
    (B/A) with rows by nature, 分值 printed before the target, the grade in one cell
    "自评等级：优" under an 评价结论 row."""
    dept = "三亚市吉阳区卫生健康委员会"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门整体支出绩效自评表", dept, year)
    inds = [
        Ind("产出指标", "数量指标", "家庭医生签约人数", "≥8万人", (">=", 8, "万人"), "10", "8.3万人", "10"),
        Ind("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", (">=", 95, "%"), "10", "97.8%", "10"),
        Ind("产出指标", "质量指标", "孕产妇系统管理率", "≥90%", (">=", 90, "%"), "10", "92.6%", "10"),
        Ind("产出指标", "质量指标", "法定传染病报告及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "突发公共卫生事件处置及时率", "100%", ("=", 100, "%"), "5", "100%", "5"),
        Ind("产出指标", "成本指标", "部门公用经费控制率", "≤100%", ("<=", 100, "%"), "5", "97.2%", "5"),
        Ind("效益指标", "社会效益指标", "居民人均预期寿命", "≥80岁", (">=", 80, "岁"), "10", "80.3岁", "10"),
        Ind("效益指标", "社会效益指标", "基层医疗卫生机构诊疗量占比", "≥55%", (">=", 55, "%"), "10", "52%", "6",
            "群众就医习惯仍偏向大医院"),
        Ind("效益指标", "可持续影响指标", "医疗卫生服务体系", "持续完善", Q, "10", "持续完善", "9"),
        Ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥85%", (">=", 85, "%"), "10", "78%", "6",
            "候诊时间偏长"),
    ]
    money = (("年度资金总额", "15,860.20", "15,102.75"), ("其中：基本支出", "9,320.00", "9,286.41"),
             ("项目支出", "6,540.20", "5,816.34"))
    rate, rate_score = _execution(money[0][1], money[0][2])
    total = _total(rate_score, inds)
    grade = _grade(total)
    rows = _Rows()
    rows.add((0, 2, "部门名称"), (2, 6, dept))
    r = rows.n
    rows.put(r, 0, 4, 2, "年度预算执行情况（万元）")
    for col, head in ((2, ""), (3, "全年预算数（A）"), (4, "全年执行数（B）"), (5, "执行率（B/A）"), (6, "分值"), (7, "得分")):
        rows.put(r, col, 1, 1, head)
    for k, (label, a, b) in enumerate(money, 1):
        extra = (rate, "10", rate_score) if k == 1 else (_execution(a, b)[0], "—", "—")
        for j, v in enumerate((label, a, b, *extra)):
            rows.put(r + k, 2 + j, 1, 1, v)
    rows.add((0, 2, "年度总体目标"), (2, 6, "巩固基本公共卫生服务，提升基层医疗卫生服务能力，保障辖区居民健康。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "分值", "年度目标值", "实际完成值",
                                                 "得分", "偏差原因"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.weight), (4, 1, i.raw), (5, 1, i.actual),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 3, "总分"), (3, 1, "100"), (4, 2, ""), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 2, "评价结论"), (2, 6, "部门整体支出执行较好，主要绩效目标基本完成，基层诊疗量占比和居民满意度未达目标。"))
    rows.add((0, 8, f"自评等级：{grade}"))
    doc.pages.grid(_spec(rows.cells, rows.n, [52, 62, 104, 56, 62, 62, 42, 60], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    _add(doc, None, inds)
    doc.gold.self_evaluation(None, "万元", money[0][1], money[0][2], float(total), grade)
    return doc.save(folder)


# --------------------------------------------------------------------------- 甘肃


def layout_gs_long_two_row_repeated(folder: Path, name: str) -> FileGold:
    """兰州 district: a long project form over pages with its two-row header repeated (序号 |
    一级 | 二级 | 三级 | 指标值 over 指标性质 / 指标值 / 度量单位 | 权重), money heads 年度预算数 |
    其中：财政拨款 | 上级补助 | 上年结转 | 自筹资金 with the amounts in the row below."""
    dept = "兰州市城关区农林水务局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    river = [
        Ind("产出指标", "数量指标", "河道清淤疏浚长度", ("≥", "12", "公里"), (">=", 12, "公里"), "4"),
        Ind("产出指标", "数量指标", "新建加固堤防长度", ("≥", "5.6", "公里"), (">=", 5.6, "公里"), "4"),
        Ind("产出指标", "数量指标", "新建生态护岸面积", ("≥", "3.8", "万平方米"), (">=", 3.8, "万平方米"), "4"),
        Ind("产出指标", "数量指标", "河道垃圾清运量", ("≥", "2600", "吨"), (">=", 2600, "吨"), "3"),
        Ind("产出指标", "数量指标", "新建巡河步道长度", ("≥", "4.5", "公里"), (">=", 4.5, "公里"), "3"),
        Ind("产出指标", "数量指标", "安装水位监测设施", ("＝", "16", "套"), ("=", 16, "套"), "3"),
        Ind("产出指标", "数量指标", "设置警示标识牌", ("≥", "120", "块"), (">=", 120, "块"), "2"),
        Ind("产出指标", "数量指标", "入河排污口排查整治", ("≥", "35", "个"), (">=", 35, "个"), "3"),
        Ind("产出指标", "质量指标", "工程质量验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "4"),
        Ind("产出指标", "质量指标", "堤防防洪标准", ("≥", "100", "年一遇"), (">=", 100, "年一遇"), "3"),
        Ind("产出指标", "质量指标", "护岸植被成活率", ("≥", "90", "%"), (">=", 90, "%"), "3"),
        Ind("产出指标", "质量指标", "河道断面水质达标率", ("≥", "85", "%"), (">=", 85, "%"), "3"),
        Ind("产出指标", "质量指标", "监测设施数据在线率", ("≥", "95", "%"), (">=", 95, "%"), "2"),
        Ind("产出指标", "质量指标", "施工安全生产事故", ("＝", "0", "起"), ("=", 0, "起"), "3"),
        Ind("产出指标", "时效指标", "主体工程完工时间", ("≤", "10", "月"), ("<=", 10, "月"), "3"),
        Ind("产出指标", "时效指标", "汛前清淤完成率", ("＝", "100", "%"), ("=", 100, "%"), "3"),
        Ind("产出指标", "时效指标", "巡河问题处置时限", ("≤", "48", "小时"), ("<=", 48, "小时"), "3"),
        Ind("产出指标", "时效指标", "资金拨付及时率", ("≥", "95", "%"), (">=", 95, "%"), "2"),
        Ind("产出指标", "成本指标", "每公里清淤疏浚成本", ("≤", "45", "万元"), ("<=", 45, "万元"), "3"),
        Ind("产出指标", "成本指标", "堤防加固单位成本", ("≤", "260", "万元/公里"), ("<=", 260, "万元/公里"), "3"),
        Ind("产出指标", "成本指标", "生态护岸单位造价", ("≤", "380", "元/平方米"), ("<=", 380, "元/平方米"), "2"),
        Ind("效益指标", "经济效益指标", "沿岸土地综合利用价值", ("定性", "明显提升", ""), Q, "3"),
        Ind("效益指标", "社会效益指标", "防洪保护人口", ("≥", "28", "万人"), (">=", 28, "万人"), "4"),
        Ind("效益指标", "社会效益指标", "沿河亲水休闲空间面积", ("≥", "6", "万平方米"), (">=", 6, "万平方米"), "3"),
        Ind("效益指标", "社会效益指标", "汛期河道行洪安全", ("定性", "安全度汛", ""), Q, "3"),
        Ind("效益指标", "生态效益指标", "河道水环境质量", ("定性", "持续改善", ""), Q, "4"),
        Ind("效益指标", "生态效益指标", "水土流失治理面积", ("≥", "1.2", "平方公里"), (">=", 1.2, "平方公里"), "3"),
        Ind("效益指标", "可持续影响指标", "河长制管护机制", ("定性", "长效运行", ""), Q, "3"),
        Ind("效益指标", "可持续影响指标", "工程设计使用年限", ("≥", "30", "年"), (">=", 30, "年"), "3"),
        Ind("满意度指标", "服务对象满意度指标", "沿河居民满意度", ("≥", "90", "%"), (">=", 90, "%"), "8"),
        Ind("满意度指标", "服务对象满意度指标", "游客满意度", ("≥", "85", "%"), (">=", 85, "%"), "3"),
    ]
    water = [
        Ind("产出指标", "数量指标", "改造老旧供水管网长度", ("≥", "18", "公里"), (">=", 18, "公里"), "10"),
        Ind("产出指标", "数量指标", "更换智能水表", ("≥", "6000", "块"), (">=", 6000, "块"), "8"),
        Ind("产出指标", "数量指标", "新建加压泵站", ("＝", "2", "座"), ("=", 2, "座"), "7"),
        Ind("产出指标", "质量指标", "管网漏损率", ("≤", "9", "%"), ("<=", 9, "%"), "10"),
        Ind("产出指标", "质量指标", "出厂水水质达标率", ("＝", "100", "%"), ("=", 100, "%"), "8"),
        Ind("产出指标", "时效指标", "改造工程完工时间", ("≤", "11", "月"), ("<=", 11, "月"), "7"),
        Ind("产出指标", "时效指标", "爆管抢修时限", ("≤", "12", "小时"), ("<=", 12, "小时"), "5"),
        Ind("产出指标", "成本指标", "每公里管网改造成本", ("≤", "42", "万元"), ("<=", 42, "万元"), "5"),
        Ind("效益指标", "社会效益指标", "受益居民户数", ("≥", "2.3", "万户"), (">=", 2.3, "万户"), "10"),
        Ind("效益指标", "社会效益指标", "城区供水保障能力", ("定性", "明显提升", ""), Q, "10"),
        Ind("效益指标", "可持续影响指标", "供水管网运维机制", ("定性", "逐步健全", ""), Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "用水户满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
    ]
    projects = [
        ("黄河城关段河道综合治理", "620102250000066", ("2,680.00", "1,500.00", "800.00", "230.00", "150.00"),
         "完成黄河城关段12公里河道清淤疏浚和5.6公里堤防加固，建设生态护岸和巡河步道，提升防洪能力，改善河道生态环境。",
         river),
        ("城区供水管网改造", "620102250000073", ("960.00", "760.00", "0.00", "0.00", "200.00"),
         "改造老旧供水管网18公里，降低管网漏损率，保障城区居民安全稳定用水。", water),
    ]
    widths = [26, 50, 58, 124, 40, 50, 58, 34, 62]
    for project, code, money, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 3, project), (5, 2, "项目编码"), (7, 2, code))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 2, "项目类别"), (7, 2, "特定目标类"))
        r = rows.n
        rows.put(r, 0, 2, 2, "项目资金")
        for (col, cs), head, value in zip(((2, 1), (3, 1), (4, 2), (6, 1), (7, 2)),
                                          ("年度预算数", "其中：财政拨款", "上级补助", "上年结转", "自筹资金"), money):
            rows.put(r, col, 1, cs, head)
            rows.put(r + 1, col, 1, cs, value)
        rows.add((0, 2, "年度绩效目标"), (2, 7, goal))
        header = rows.n
        for col, head in ((0, "序号"), (1, "一级指标"), (2, "二级指标"), (3, "三级指标"), (7, "权重"), (8, "指标值说明")):
            rows.put(header, col, 2, 1, head)
        rows.put(header, 4, 1, 3, "指标值")
        for col, head in ((4, "指标性质"), (5, "指标值"), (6, "度量单位")):
            rows.put(header + 1, col, 1, 1, head)
        r0 = rows.n
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.target[0]), (5, 1, i.target[1]),
                                                (6, 1, i.target[2]), (7, 1, i.weight), (8, 1, "按工作计划")])
        for k in range(len(inds)):
            rows.put(r0 + k, 0, 1, 1, str(k + 1))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表", editor=f"单位名称：{dept}",
                             unit_raw="单位：万元"), repeat=(header, 2), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", code=code, year=money[0], fiscal=money[1], carried=money[3])
    return doc.save(folder)


# --------------------------------------------------------------------------- registry

Builder = Callable[[Path, str], FileGold]

BLIND6: dict[str, Builder] = {
    "hlj_period_before_year": layout_hlj_period_before_year,
    "jl_county_list_level1_only": layout_jl_county_list_level1_only,
    "ln_forms_share_page": layout_ln_forms_share_page,
    "nmg_dept_value_unit_direction": layout_nmg_dept_value_unit_direction,
    "xj_self_eval_rate_row_score_first": layout_xj_self_eval_rate_row_score_first,
    "qh_final_accounts_dept_and_project": layout_qh_final_accounts_dept_and_project,
    "xz_turned_sources_by_level": layout_xz_turned_sources_by_level,
    "js_county_budget_with_forms": layout_js_county_budget_with_forms,
    "zj_final_accounts_grade_in_head": layout_zj_final_accounts_grade_in_head,
    "jx_devzone_multi_year_title_in_grid": layout_jx_devzone_multi_year_title_in_grid,
    "gx_street_dept_seq": layout_gx_street_dept_seq,
    "gz_self_eval_grade_top": layout_gz_self_eval_grade_top,
    "hi_dept_self_eval_weight_first": layout_hi_dept_self_eval_weight_first,
    "gs_long_two_row_repeated": layout_gs_long_two_row_repeated,
}
SETS: dict[str, dict[str, Builder]] = {"blind6": BLIND6}


def write_layout(name: str, folder: str | Path) -> dict:
    """Write layout ``name`` as ``<name>.pdf`` with its gold ``<name>.gold.json`` in folder;
    returns the gold (file_name, department, fiscal_year, indicators, projects,
    self_evaluations, plus layout and set)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    which = next(k for k, layouts in SETS.items() if name in layouts)
    gold = SETS[which][name](folder, name)
    out = {"layout": name, "set": which, **gold.__dict__}
    (folder / f"{name}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def write_set(which: str, folder: str | Path) -> list[dict]:
    """Write every layout of ``which`` ("blind6") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
