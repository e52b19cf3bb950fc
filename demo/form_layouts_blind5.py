"""BLIND5 performance forms: fourteen layouts as provinces, cities and districts outside the
corpus folders print their 项目支出绩效目标表, 部门（单位）整体支出绩效目标表, 项目支出绩效自评表 and
部门整体支出绩效自评表 (四川, 山东, 河南, 重庆, 云南, 福建, 安徽, 广东, 北京, 陕西, 湖南, 山西,
天津, 河北), written by an author who had read neither the form reader nor the earlier blind
sets (only the gold helpers and page composer of ``form_layouts``, the real disclosures in
the corpus and the seeds). Each layout writes one PDF and its gold in the format of
``form_layouts.write_set``; the gold is written by hand with ``form_layouts._gold_ind`` and
``FileGold``, never by calling the normalizers.

Gold conventions (the same as BLIND4's, plus the cases these layouts add):

- target_raw is the 年度指标值 as printed; a form printing 实施期 and 年度 values gives the
  year's; split columns (指标性质 + 指标值 + 度量单位, or 指标值 + 计量单位) are joined in
  reading order with no separator; an empty unit cell adds nothing.
- A single-period money block's 资金总额 / 年度资金总额 / 项目金额 is the year amount
  (``year``); only a form printing a separate 实施期资金总额 / 项目总金额 figure has ``total``
  (even where it equals the year's). ``fiscal`` only where a 财政拨款 line is printed (中央 /
  省级 / 区级补助 are not summed into it); ``carried`` only where 上年结转 is printed (a
  printed 0.00 is 0.00). Money written into one cell with its label ("年度资金总额：486.00万元")
  counts as printed.
- On a self-evaluation form the project money is the 全年预算数 column (its 财政拨款 and
  上年结转 rows likewise); the self-evaluation budget is 全年预算数 and executed 全年执行数 of
  年度资金总额; its score the printed 总分 / 自评得分 (money score included); its grade only
  where a 自评等级 / 评价等级 is printed.
- weight is the 分值 / 权重 column of the indicator's row; a form that prints the weight only
  on its levels ("产出指标（36分）") has none. actual_raw is the 实际完成值 / 全年完成值 cell,
  score the 得分 / 自评分 cell.
- A table printing only 一级 (指标类别) has level2 None; a table without level columns has
  both None (the gold does not infer levels the form does not print).
- A deadline date as target stays raw (comparator, value, unit all null); "10-15万元" is a
  range (value 10, upper 15).

Entry points: ``write_layout(name, folder) -> dict`` and ``write_set("blind5", folder)``
(the gold also written as ``<name>.gold.json`` beside ``<name>.pdf``).
"""
from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

DEADLINE = (None, None, None)  # a date as target: kept raw


def _d(amount: str) -> Decimal:
    return Decimal(amount.replace(",", "")) if amount else Decimal(0)


def _rate(budget: str, executed: str) -> Decimal:
    """执行率 in percent, two decimals."""
    return (_d(executed) / _d(budget) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def _rate_score(budget: str, executed: str, points: int = 10) -> Decimal:
    return (_d(executed) / _d(budget) * points).quantize(Decimal("0.01"), ROUND_HALF_UP)


def _grade(total: float) -> str:
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def _add_inds(doc: FormDoc, project: str | None, inds: list[Ind]) -> None:
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))


# --------------------------------------------------------------------------- 四川 成都


def layout_sichuan_label_value_cells(folder: Path, name: str) -> FileGold:
    """四川 template: header cells print label and value together ("项目名称：…",
    "年度资金总额：486.00万元"), no 单位 line; split 指标性质 | 指标值 | 度量单位 | 权重（%）."""
    dept = "成都市锦江区城市管理和综合执法局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("背街小巷环境综合整治", "510104250000312", "成都市锦江区市容环境管理所", "一次性项目", "486.00", "436.00", "50.00",
         "完成45条背街小巷环境综合整治，同步改造雨污管网，街巷环境卫生状况明显改善，建立长效管护机制。", [
             Ind("产出指标", "数量指标", "整治背街小巷条数", ("≥", "45", "条"), (">=", 45, "条"), "15"),
             Ind("产出指标", "数量指标", "改造雨污管网长度", ("≥", "6.8", "公里"), (">=", 6.8, "公里"), "10"),
             Ind("产出指标", "质量指标", "工程竣工验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "10"),
             Ind("产出指标", "时效指标", "整治工程完工时间", ("≤", "11", "月"), ("<=", 11, "月"), "10"),
             Ind("产出指标", "成本指标", "每条小巷平均整治成本", ("≤", "10.8", "万元"), ("<=", 10.8, "万元"), "10"),
             Ind("效益指标", "社会效益指标", "街巷环境卫生状况", ("定性", "明显改善", ""), Q, "15"),
             Ind("效益指标", "可持续影响指标", "街巷长效管护机制", ("定性", "建立健全", ""), Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "沿街居民满意度", ("≥", "90", "%"), (">=", 90, "%"), "20"),
         ]),
        ("生活垃圾分类收运处置补贴", "510104250000327", "成都市锦江区环境卫生服务中心", "经常性项目", "1,260.00", "1,260.00", "0.00",
         "保障辖区生活垃圾分类收集、运输和处置体系稳定运行，生活垃圾无害化处理率保持100%。", [
             Ind("产出指标", "数量指标", "覆盖小区（院落）数", ("≥", "580", "个"), (">=", 580, "个"), "15"),
             Ind("产出指标", "数量指标", "生活垃圾日均清运量", ("≥", "650", "吨"), (">=", 650, "吨"), "10"),
             Ind("产出指标", "质量指标", "生活垃圾无害化处理率", ("＝", "100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "补贴资金拨付时限", ("≤", "30", "天"), ("<=", 30, "天"), "10"),
             Ind("产出指标", "成本指标", "每吨垃圾收运补贴标准", ("≤", "95", "元"), ("<=", 95, "元"), "10"),
             Ind("效益指标", "生态效益指标", "生活垃圾回收利用率", ("≥", "38", "%"), (">=", 38, "%"), "15"),
             Ind("效益指标", "社会效益指标", "居民垃圾分类知晓率", ("≥", "95", "%"), (">=", 95, "%"), "10"),
             Ind("满意度指标", "服务对象满意度指标", "居民满意度", ("≥", "92", "%"), (">=", 92, "%"), "15"),
         ]),
    ]
    widths = [60, 66, 140, 46, 54, 50, 56]
    for project, code, unit_name, nature, year, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 3, f"项目名称：{project}"), (3, 4, f"项目编码：{code}"))
        rows.add((0, 3, f"主管部门：{dept}"), (3, 4, f"实施单位：{unit_name}"))
        rows.add((0, 3, f"项目属性：{nature}"), (3, 4, "项目期限：2025年1月—2025年12月"))
        rows.add((0, 3, f"年度资金总额：{year}万元"), (3, 2, f"其中财政拨款：{fiscal}万元"),
                 (5, 2, f"上年结转：{carried}万元"))
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值",
                                                     "度量单位", "权重（%）"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表",
                             editor=f"填报单位（盖章）：{dept}"), fresh_page=True)
        _add_inds(doc, project, inds)
        doc.gold.project(project, "万元", code=code, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山东 济南


def layout_shandong_list_money_columns(folder: Path, name: str) -> FileGold:
    """山东 list, landscape: one table of all projects, 项目资金（元） split into 资金总额 |
    财政拨款 | 其他资金 columns under a merged head; project cells merged over their indicator
    rows, two header rows repeated on every page, a project cut by the page break."""
    dept = "济南市历城区农业农村局"
    doc = FormDoc(name, f"{dept}2025年部门预算项目绩效目标", dept, 2025)
    projects = [
        ("高标准农田建设", "12,800,000.00", "11,500,000.00", "1,300,000.00",
         "新建高标准农田0.85万亩，配套高效节水灌溉设施，提升耕地质量和粮食综合生产能力。", [
             Ind("产出指标", "数量指标", "新建高标准农田面积", "≥0.85万亩", (">=", 0.85, "万亩")),
             Ind("产出指标", "数量指标", "新增高效节水灌溉面积", "≥0.4万亩", (">=", 0.4, "万亩")),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "项目建设完成时间", "2025年12月底前", DEADLINE),
             Ind("产出指标", "成本指标", "亩均财政投入标准", "≤1510元/亩", ("<=", 1510, "元/亩")),
             Ind("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥50公斤", (">=", 50, "公斤")),
             Ind("效益指标", "可持续影响指标", "工程设计使用年限", "≥15年", (">=", 15, "年")),
             Ind("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农业社会化服务补助", "3,200,000.00", "3,200,000.00", "0.00",
         "扶持农业社会化服务组织开展托管服务，降低小农户生产成本。", [
             Ind("产出指标", "数量指标", "托管服务面积", "≥5万亩", (">=", 5, "万亩")),
             Ind("产出指标", "数量指标", "扶持服务组织数量", "≥12个", (">=", 12, "个")),
             Ind("产出指标", "质量指标", "作业质量达标率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "成本指标", "亩均补助标准", "≤64元", ("<=", 64, "元")),
             Ind("效益指标", "经济效益指标", "亩均节本增效", "≥80元", (">=", 80, "元")),
             Ind("满意度指标", "服务对象满意度指标", "接受服务农户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("动物疫病强制免疫", "1,850,000.00", "1,650,000.00", "200,000.00",
         "做好重大动物疫病强制免疫，免疫密度和抗体合格率达到国家要求，确保不发生区域性重大动物疫情。", [
             Ind("产出指标", "数量指标", "强制免疫畜禽数量", "≥260万头（只）", (">=", 260, "万头(只)")),
             Ind("产出指标", "质量指标", "免疫抗体合格率", "≥70%", (">=", 70, "%")),
             Ind("产出指标", "质量指标", "应免畜禽免疫密度", "≥90%", (">=", 90, "%")),
             Ind("产出指标", "时效指标", "春秋季集中免疫完成时限", "≤45天", ("<=", 45, "天")),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情", "不发生", Q),
             Ind("效益指标", "社会效益指标", "畜产品质量安全", "持续稳定", Q),
             Ind("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农村人居环境整治提升", "4,600,000.00", "4,600,000.00", "0.00",
         "完成农村户厕改造和污水处理设施建设，农村人居环境明显改善。", [
             Ind("产出指标", "数量指标", "改造农村户厕数量", "1200户", ("=", 1200, "户")),
             Ind("产出指标", "数量指标", "新建污水处理设施", "8处", ("=", 8, "处")),
             Ind("产出指标", "质量指标", "改厕验收合格率", "≥98%", (">=", 98, "%")),
             Ind("产出指标", "时效指标", "资金拨付及时率", "100%", ("=", 100, "%")),
             Ind("效益指标", "生态效益指标", "农村生活污水治理率", "≥55%", (">=", 55, "%")),
             Ind("效益指标", "社会效益指标", "村容村貌", "明显改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "项目名称")
    rows.put(0, 1, 1, 3, "项目资金（元）")
    rows.put(0, 4, 2, 1, "年度绩效目标")
    rows.put(0, 5, 1, 4, "绩效指标")
    for k, head in enumerate(("资金总额", "财政拨款", "其他资金")):
        rows.put(1, 1 + k, 1, 1, head)
    for k, head in enumerate(("一级指标", "二级指标", "三级指标", "指标值")):
        rows.put(1, 5 + k, 1, 1, head)
    for project, total, fiscal, other, goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.raw)])
        for col, text in ((0, project), (1, total), (2, fiscal), (3, other), (4, goal)):
            rows.put(r0, col, len(inds), 1, text)
        _add_inds(doc, project, inds)
        doc.gold.project(project, "元", year=total, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [76, 74, 74, 62, 150, 56, 70, 120, 76], landscape=True,
                         title="2025年项目支出绩效目标表", editor=f"部门：{dept}", unit_raw="单位：元"),
                   repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 郑州


def layout_henan_dept_long_term_colnums(folder: Path, name: str) -> FileGold:
    """河南 部门（单位）整体支出绩效目标表: money by source, 长期目标 and 年度总体目标 in
    prose (目标1：… on lines), a column-number row under the grid head, both repeated on the
    next page, a 填报说明 row closing the grid."""
    dept = "郑州市二七区卫生健康委员会"
    doc = FormDoc(name, f"{dept}2025年部门整体支出绩效目标", dept, 2025)
    inds = [
        Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥3.2万人", (">=", 3.2, "万人")),
        Ind("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种人次", "≥8万人次", (">=", 8, "万人次")),
        Ind("产出指标", "数量指标", "家庭医生签约服务人数", "≥16万人", (">=", 16, "万人")),
        Ind("产出指标", "数量指标", "卫生监督检查户次", "≥2400户次", (">=", 2400, "户次")),
        Ind("产出指标", "数量指标", "严重精神障碍患者在册管理人数", "≥1100人", (">=", 1100, "人")),
        Ind("产出指标", "质量指标", "高血压患者基层规范管理服务率", "≥65%", (">=", 65, "%")),
        Ind("产出指标", "质量指标", "2型糖尿病患者基层规范管理服务率", "≥65%", (">=", 65, "%")),
        Ind("产出指标", "质量指标", "传染病报告及时率", "100%", ("=", 100, "%")),
        Ind("产出指标", "质量指标", "孕产妇系统管理率", "≥90%", (">=", 90, "%")),
        Ind("产出指标", "时效指标", "突发公共卫生事件处置响应时间", "≤2小时", ("<=", 2, "小时")),
        Ind("产出指标", "时效指标", "卫生行政许可办结时限", "≤5个工作日", ("<=", 5, "个工作日")),
        Ind("产出指标", "成本指标", "部门运行成本控制率", "≤100%", ("<=", 100, "%")),
        Ind("效益指标", "经济效益指标", "群众就医费用负担", "逐步减轻", Q),
        Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥32%", (">=", 32, "%")),
        Ind("效益指标", "社会效益指标", "婴儿死亡率", "≤4‰", ("<=", 4, "‰")),
        Ind("效益指标", "社会效益指标", "甲乙类传染病暴发疫情", "有效控制", Q),
        Ind("效益指标", "可持续影响指标", "基层医疗卫生服务能力", "持续提升", Q),
        Ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", (">=", 90, "%")),
        Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥85%", (">=", 85, "%")),
    ]
    bases = ("国家基本公共卫生服务规范", "省市卫生健康工作考核要求", "上年完成情况及年度工作计划")
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 4, dept))
    r = rows.n
    rows.put(r, 0, 3, 1, "年度预算资金（万元）")
    for k, (label, value) in enumerate((("年度资金总额", "9,652.80"), ("其中：财政拨款", "9,212.80"),
                                        ("其他资金", "440.00"))):
        rows.put(r + k, 1, 1, 2, label)
        rows.put(r + k, 3, 1, 2, value)
    rows.add((0, 1, "长期目标"), (1, 4, "到2027年，基本建成优质高效的整合型医疗卫生服务体系，居民主要健康指标达到全省"
                                         "先进水平，人人享有公平可及、系统连续的基本医疗卫生服务。"))
    rows.add((0, 1, "年度总体目标"), (1, 4, "目标1：扎实做好国家基本公共卫生服务，重点人群健康管理率稳步提高。\n"
                                           "目标2：强化传染病防控和突发公共卫生事件应急处置，守牢公共卫生安全底线。\n"
                                           "目标3：推进家庭医生签约服务提质扩面，提升基层医疗卫生服务能力。"))
    header = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值",
                                                          "指标值设定依据"))])
    rows.add(*[(k, 1, str(k + 1)) for k in range(5)])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, bases[len(i.name) % 3])])
    rows.add((0, 5, "填报说明：1.年度总体目标应与部门职能和年度重点工作相衔接；2.定量指标须注明计量单位，定性指标"
                    "填写定性描述；3.本表金额单位为万元。"))
    doc.pages.grid(_spec(rows.cells, rows.n, [74, 84, 150, 80, 108], title="部门（单位）整体支出绩效目标表",
                         editor="（2025年度）", unit_raw="单位：万元", kind="dept_performance_targets"),
                   repeat=(header, 2), fresh_page=True)
    _add_inds(doc, None, inds)
    return doc.save(folder)


# --------------------------------------------------------------------------- 重庆


def layout_chongqing_self_eval_yuan_four_sources(folder: Path, name: str) -> FileGold:
    """重庆 项目支出绩效自评表 in 元 ("金额单位：元"): 年度资金总额, 其中：当年财政拨款, 上年结转资金
    and 其他资金 rows with 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; one form
    printing 自评等级, the other not."""
    dept = "重庆市渝中区民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    projects = [
        ("城乡居民最低生活保障金", "500103241000016", "重庆市渝中区社会救助服务中心",
         ("86,400,000.00", "88,650,000.00", "88,120,400.00"),
         ("80,400,000.00", "82,650,000.00", "82,120,400.00"),
         ("6,000,000.00", "6,000,000.00", "6,000,000.00"),
         ("按月足额发放城市低保金，保障低保对象基本生活。", "全年保障低保对象1.13万人，低保金按月足额发放。"), [
             Ind("产出指标", "数量指标", "城市低保保障人数", "≥1.1万人", (">=", 1.1, "万人"), "15", "1.13万人", "15"),
             Ind("产出指标", "数量指标", "低保对象动态复核户数", "≥6000户", (">=", 6000, "户"), "10", "6215户", "10"),
             Ind("产出指标", "质量指标", "低保资金发放准确率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标", "时效指标", "低保金按月发放及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind("产出指标", "成本指标", "城市低保月人均补助水平", "≥680元", (">=", 680, "元"), "10", "692元", "10"),
             Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", Q, "15", "得到有效保障", "15"),
             Ind("效益指标", "可持续影响指标", "社会救助体系", "不断健全", Q, "10", "不断健全", "9",
                 "救助信息平台部门间数据共享仍需加强，下年推进平台对接"),
             Ind("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%", (">=", 90, "%"), "10", "88.5%", "8.5",
                 "部分对象对复核程序理解不足，下年加强政策宣传"),
         ], True),
        ("社区养老服务站运营补贴", "500103241000029", "重庆市渝中区养老服务指导中心",
         ("3,600,000.00", "4,200,000.00", "3,864,000.00"),
         ("3,600,000.00", "3,800,000.00", "3,500,000.00"),
         ("0.00", "400,000.00", "364,000.00"),
         ("保障社区养老服务站正常运营，为辖区老年人提供助餐、日间照料等服务。",
          "运营服务站42个，提供助餐服务11.2万人次。"), [
             Ind("产出指标", "数量指标", "运营社区养老服务站数量", "≥40个", (">=", 40, "个"), "15", "42个", "15"),
             Ind("产出指标", "数量指标", "提供助餐服务人次", "≥12万人次", (">=", 12, "万人次"), "10", "11.2万人次", "9",
                 "部分站点助餐场地改造滞后，下年提前完成场地改造"),
             Ind("产出指标", "质量指标", "服务站星级评定达标率", "≥80%", (">=", 80, "%"), "10", "85%", "10"),
             Ind("产出指标", "时效指标", "运营补贴拨付时限", "≤60天", ("<=", 60, "天"), "10", "45天", "10"),
             Ind("产出指标", "成本指标", "单站年度运营补贴标准", "≤10万元", ("<=", 10, "万元"), "10", "9.2万元", "10"),
             Ind("效益指标", "社会效益指标", "居家社区养老服务覆盖率", "≥90%", (">=", 90, "%"), "15", "93%", "15"),
             Ind("效益指标", "可持续影响指标", "社区养老服务网络", "持续完善", Q, "10", "持续完善", "10"),
             Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", (">=", 90, "%"), "10", "91.6%", "10"),
         ], False),
    ]
    widths = [40, 48, 60, 80, 74, 74, 32, 40, 72]
    for project, code, unit_name, total, fiscal, carried, goal, inds, with_grade in projects:
        rate = _rate(total[1], total[2])
        rate_score = _rate_score(total[1], total[2])
        score = float(rate_score) + sum(float(i.score) for i in inds)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 2, "项目编码"), (7, 2, code))
        rows.add((0, 1, "主管部门"), (1, 4, dept), (5, 2, "实施单位"), (7, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 5, 1, "项目资金（元）")
        rows.put(r, 1, 1, 2, "")
        for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 3 + k, 1, 1, head)
        lines = (("年度资金总额", *total, "10", f"{rate}%", str(rate_score)),
                 ("其中：当年财政拨款", *fiscal, "—", "—", "—"),
                 ("上年结转资金", *carried, "—", "—", "—"),
                 ("其他资金", "0.00", "0.00", "0.00", "—", "—", "—"))
        for k, line in enumerate(lines, 1):
            rows.put(r + k, 1, 1, 2, line[0])
            for j, v in enumerate(line[1:]):
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
        rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{score:.2f}"), (8, 1, ""))
        grade = _grade(score) if with_grade else None
        if grade:
            rows.add((0, 6, "自评等级"), (6, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效自评表",
                             editor=f"填报单位（盖章）：{dept}", unit_raw="金额单位：元",
                             kind="performance_self_evaluation"), fresh_page=True)
        _add_inds(doc, project, inds)
        doc.gold.self_evaluation(project, "元", total[1], total[2], round(score, 2), grade)
        doc.gold.project(project, "元", code=code, year=total[1], fiscal=fiscal[1], carried=carried[1])
    return doc.save(folder)


# --------------------------------------------------------------------------- 云南 玉溪


def layout_yunnan_dept_self_eval_score_on_top(folder: Path, name: str) -> FileGold:
    """云南 部门整体支出绩效自评表: 自评得分 and 自评等级 in the first row beside the
    department's name; money by source and by nature (基本支出 / 项目支出) rows; 总分 again
    at the foot."""
    dept = "玉溪市红塔区林业和草原局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门整体支出绩效自评表", dept, year)
    inds = [
        Ind("产出指标", "数量指标", "完成营造林面积", "≥1.2万亩", (">=", 1.2, "万亩"), "15", "1.26万亩", "15"),
        Ind("产出指标", "数量指标", "森林防火巡护人次", "≥8000人次", (">=", 8000, "人次"), "10", "8630人次", "10"),
        Ind("产出指标", "质量指标", "造林成活率", "≥85%", (">=", 85, "%"), "10", "87.5%", "10"),
        Ind("产出指标", "质量指标", "林草有害生物成灾率", "≤3‰", ("<=", 3, "‰"), "5", "1.2‰", "5"),
        Ind("产出指标", "时效指标", "涉林案件查处时限", "≤30天", ("<=", 30, "天"), "5", "25天", "5"),
        Ind("效益指标", "生态效益指标", "森林覆盖率", "≥52.8%", (">=", 52.8, "%"), "15", "52.6%", "13",
            "受建设项目占用林地影响，下年加大补植补造力度"),
        Ind("效益指标", "社会效益指标", "重特大森林火灾", "不发生", Q, "10", "未发生", "10"),
        Ind("效益指标", "可持续影响指标", "林长制责任体系", "全面落实", Q, "10", "全面落实", "10"),
        Ind("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", (">=", 90, "%"), "10", "86%", "7",
            "生态护林员补助标准偏低，下年积极争取上级资金"),
    ]
    money = (("年度资金总额", "2,860.00", "3,124.60", "2,998.35"),
             ("其中：财政拨款", "2,700.00", "2,944.60", "2,830.15"),
             ("其他资金", "160.00", "180.00", "168.20"),
             ("其中：基本支出", "1,420.00", "1,436.80", "1,436.80"),
             ("项目支出", "1,440.00", "1,687.80", "1,561.55"))
    budget, executed = money[0][2], money[0][3]
    rate_score = _rate_score(budget, executed)
    score = float(rate_score) + sum(float(i.score) for i in inds)
    grade = _grade(score)
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 3, dept), (4, 1, "自评得分"), (5, 1, f"{score:.2f}"), (6, 1, "自评等级"),
             (7, 1, grade))
    r = rows.n
    rows.put(r, 0, len(money) + 1, 1, "部门预算资金（万元）")
    for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 1 + k, 1, 1, head)
    for k, (label, initial, full, done) in enumerate(money, 1):
        tail = ("10", f"{_rate(budget, executed)}%", str(rate_score)) if k == 1 else ("—", "—", "—")
        for j, v in enumerate((label, initial, full, done, *tail)):
            rows.put(r + k, 1 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 3, "预期目标")
    rows.put(r, 4, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 3, "完成营造林1.2万亩，森林覆盖率稳中有升，不发生重特大森林火灾和重大林业有害生物灾害。")
    rows.put(r + 1, 4, 1, 4, "完成营造林1.26万亩，全年未发生重特大森林火灾，森林覆盖率52.6%。")
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因分析及改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{score:.2f}"), (7, 1, ""))
    doc.pages.grid(_spec(rows.cells, rows.n, [58, 72, 96, 62, 62, 36, 40, 76],
                         title=f"{year}年度部门整体支出绩效自评表", editor=f"填报单位：{dept}",
                         unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
    _add_inds(doc, None, inds)
    doc.gold.self_evaluation(None, "万元", budget, executed, round(score, 2), grade)
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建 厦门


def layout_fujian_title_in_grid_class_only(folder: Path, name: str) -> FileGold:
    """福建 forms with the title and 单位 line as the grid's first rows; money heads
    (资金总额 | 其中：财政拨款 | 其他资金) with the amounts in the row below; indicators under a
    指标类别 (一级 only) with "1." numbered names; several forms sharing pages."""
    dept = "厦门市湖里区教育局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("课后服务经费补助", "厦门市湖里区各公办中小学", "1,120.00", "1,120.00", "0.00",
         "全区公办中小学全面开展课后服务，有效缓解家长接送难问题。", [
             Ind("产出指标", None, "1.参与课后服务学生人数", "≥3.5万人", (">=", 3.5, "万人")),
             Ind("产出指标", None, "2.开展课后服务学校数", "48所", ("=", 48, "所")),
             Ind("产出指标", None, "3.课后服务时长", "每天不少于2小时", (">=", 2, "小时")),
             Ind("产出指标", None, "4.补助资金发放及时率", "100%", ("=", 100, "%")),
             Ind("效益指标", None, "5.学生课后服务参与率", "≥85%", (">=", 85, "%")),
             Ind("效益指标", None, "6.家长接送难问题", "有效缓解", Q),
             Ind("满意度指标", None, "7.家长满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("教师队伍培训", "厦门市湖里区教师进修学校", "386.50", "350.00", "36.50",
         "分层分类开展教师培训，建设名师工作室，提升教师专业素养。", [
             Ind("产出指标", None, "1.教师培训人次", "≥4000人次", (">=", 4000, "人次")),
             Ind("产出指标", None, "2.名师工作室数量", "≥12个", (">=", 12, "个")),
             Ind("产出指标", None, "3.培训考核合格率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", None, "4.人均培训经费", "≤900元", ("<=", 900, "元")),
             Ind("效益指标", None, "5.教师专业素养", "明显提升", Q),
             Ind("效益指标", None, "6.市级以上教学成果奖", "≥5项", (">=", 5, "项")),
             Ind("满意度指标", None, "7.参训教师满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("校园食品安全监管", "厦门市湖里区教育局", "95.00", "95.00", "0.00",
         "加强学校食堂食品安全监管，确保不发生学校食品安全事故。", [
             Ind("产出指标", None, "1.学校食堂食品抽检批次", "≥600批次", (">=", 600, "批次")),
             Ind("产出指标", None, "2.食堂明厨亮灶覆盖率", "100%", ("=", 100, "%")),
             Ind("产出指标", None, "3.问题整改完成时限", "≤7天", ("<=", 7, "天")),
             Ind("效益指标", None, "4.学校食品安全事故", "零发生", Q),
             Ind("满意度指标", None, "5.师生及家长满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    for k, (project, unit_name, total, fiscal, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 4, "厦门市湖里区2025年项目支出绩效目标表"))
        rows.add((0, 4, "单位：万元"))
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "实施单位"), (3, 1, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金")
        for j, (head, value) in enumerate((("资金总额", total), ("其中：财政拨款", fiscal), ("其他资金", other))):
            rows.put(r, 1 + j, 1, 1, head)
            rows.put(r + 1, 1 + j, 1, 1, value)
        rows.add((0, 1, "年度绩效目标"), (1, 3, goal))
        rows.add((0, 1, "指标类别"), (1, 1, "绩效指标"), (2, 1, "指标值"), (3, 1, "备注"))
        _grid_rows(rows, inds, 0, None, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [90, 190, 110, 105]), fresh_page=(k == 0))
        _add_inds(doc, project, inds)
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 安徽 合肥


def layout_anhui_landscape_period_money_block(folder: Path, name: str) -> FileGold:
    """安徽 multi-year projects, landscape, glued into one table running over pages with no
    repeated header: a 资金情况（万元） block (实施期资金总额 | 年度资金总额 | 其中：财政拨款 | 上年结转 |
    其他资金 heads, amounts below), 实施期目标 / 年度目标, and 实施期指标值 | 年度指标值 columns."""
    dept = "合肥市庐阳区科学技术局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("科技企业孵化器建设补助", "340103240000051", "合肥市庐阳区科技创新服务中心", "2024-2026年",
         ("1,500.00", "600.00", "520.00", "80.00", "0.00"),
         ("到2026年新增在孵科技型企业150家以上，孵化载体面积3万平方米以上。",
          "2025年新增在孵科技型企业50家以上，新建孵化载体1万平方米。"), [
             Ind("产出指标", "数量指标", "新增在孵科技型企业数", "≥50家", (">=", 50, "家"), period="≥150家"),
             Ind("产出指标", "数量指标", "新建孵化载体面积", "≥1万平方米", (">=", 1, "万平方米"), period="≥3万平方米"),
             Ind("产出指标", "数量指标", "开展创业辅导活动", "≥10场", (">=", 10, "场"), period="≥30场"),
             Ind("产出指标", "数量指标", "引进创业导师", "≥20人", (">=", 20, "人"), period="≥60人"),
             Ind("产出指标", "质量指标", "孵化企业毕业率", "≥18%", (">=", 18, "%"), period="≥20%"),
             Ind("产出指标", "质量指标", "在孵企业知识产权申请量", "≥100件", (">=", 100, "件"), period="≥300件"),
             Ind("产出指标", "时效指标", "补助资金兑现时限", "≤60天", ("<=", 60, "天"), period="≤60天"),
             Ind("产出指标", "时效指标", "孵化器绩效评价完成时间", "2025年10月底前", DEADLINE, period="2026年6月底前"),
             Ind("产出指标", "成本指标", "单位面积建设补助标准", "≤500元/平方米", ("<=", 500, "元/平方米"),
                 period="≤500元/平方米"),
             Ind("效益指标", "经济效益指标", "在孵企业年营业收入", "≥4.5亿元", (">=", 4.5, "亿元"), period="≥15亿元"),
             Ind("效益指标", "社会效益指标", "带动就业人数", "≥1000人", (">=", 1000, "人"), period="≥3000人"),
             Ind("效益指标", "社会效益指标", "毕业企业留区率", "≥80%", (">=", 80, "%"), period="≥80%"),
             Ind("效益指标", "可持续影响指标", "孵化服务体系", "逐步完善", Q, period="不断完善"),
             Ind("满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ]),
        ("高新技术企业培育奖励", "340103250000012", "合肥市庐阳区科学技术局", "2025-2027年",
         ("2,400.00", "800.00", "800.00", "0.00", "0.00"),
         ("三年新认定高新技术企业300家以上，科技型中小企业入库900家以上。",
          "2025年新认定高新技术企业100家以上，按时兑现奖励资金。"), [
             Ind("产出指标", "数量指标", "新认定高新技术企业数", "≥100家", (">=", 100, "家"), period="≥300家"),
             Ind("产出指标", "数量指标", "入库培育科技型中小企业", "≥300家", (">=", 300, "家"), period="≥900家"),
             Ind("产出指标", "质量指标", "奖励对象审核合规率", "100%", ("=", 100, "%"), period="100%"),
             Ind("产出指标", "时效指标", "奖励资金拨付完成时间", "2025年9月底前", DEADLINE, period="每年9月底前"),
             Ind("效益指标", "经济效益指标", "高新技术产业增加值增速", "≥10%", (">=", 10, "%"), period="≥10%"),
             Ind("效益指标", "可持续影响指标", "企业研发投入强度", "稳步提高", Q, period="逐年提高"),
             Ind("满意度指标", "服务对象满意度指标", "获奖企业满意度", "≥95%", (">=", 95, "%"), period="≥95%"),
         ]),
        ("科技成果转化中试平台运营", "340103250000027", "合肥市庐阳区科技创新服务中心", "2025年",
         ("380.00", "380.00", "300.00", "80.00", "0.00"),
         ("建成运营科技成果转化中试平台，促进科技成果就地转化。",
          "提供中试服务120次以上，促成技术合同成交40项以上。"), [
             Ind("产出指标", "数量指标", "提供中试服务次数", "≥120次", (">=", 120, "次"), period="≥120次"),
             Ind("产出指标", "数量指标", "促成技术合同成交项数", "≥40项", (">=", 40, "项"), period="≥40项"),
             Ind("产出指标", "质量指标", "中试服务成功率", "≥80%", (">=", 80, "%"), period="≥80%"),
             Ind("产出指标", "成本指标", "单次中试服务平均补贴", "3-5万元", ("range", 3, "万元", 5), period="3-5万元"),
             Ind("效益指标", "经济效益指标", "技术合同成交额", "≥2亿元", (">=", 2, "亿元"), period="≥2亿元"),
             Ind("满意度指标", "服务对象满意度指标", "服务企业满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ]),
    ]
    rows = _Rows()
    for project, code, unit_name, term, money, goals, inds in projects:
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 1, "实施单位"), (1, 3, unit_name), (4, 1, "实施期限"), (5, 2, term))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金情况（万元）")
        for j, (head, value) in enumerate(zip(("实施期资金总额", "年度资金总额", "其中：财政拨款", "上年结转", "其他资金"),
                                              money)):
            cs = 2 if j == 4 else 1
            rows.put(r, 1 + j, 1, cs, head)
            rows.put(r + 1, 1 + j, 1, cs, value)
        r = rows.n
        rows.put(r, 0, 2, 1, "总体目标")
        rows.put(r, 1, 1, 3, "实施期目标")
        rows.put(r, 4, 1, 3, "年度目标")
        rows.put(r + 1, 1, 1, 3, goals[0])
        rows.put(r + 1, 4, 1, 3, goals[1])
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"))],
                 (5, 2, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.period), (4, 1, i.raw),
                                                (5, 2, "依据项目实施方案确定")])
        _add_inds(doc, project, inds)
        doc.gold.project(project, "万元", code=code, total=money[0], year=money[1], fiscal=money[2], carried=money[3])
    doc.pages.grid(_spec(rows.cells, rows.n, [74, 88, 170, 100, 100, 100, 110], landscape=True,
                         title="2025年度项目支出绩效目标表", editor=f"部门名称：{dept}", unit_raw="金额单位：万元"),
                   fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 广州


def layout_guangdong_colnums_notes_range(folder: Path, name: str) -> FileGold:
    """广东 (广州) form in 元: money labels carrying their unit ("年度资金总额（元）") beside the
    amounts, a column-number row (1 … 6) under the grid head, a 分值 column, a 填报说明 row at
    the foot; targets with a range ("10-15万元"), a deadline and points ("≥90分")."""
    dept = "广州市天河区科技工业和信息化局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("中小企业数字化转型专项", "440106250000084", "广州市天河区科技工业和信息化局", "延续性项目",
         "2,380,000.00", "2,380,000.00", "0.00",
         "支持中小企业实施数字化改造项目40个以上，带动企业生产效率提升15%以上，企业数字化水平有效提升。", [
             Ind("产出指标", "数量指标", "支持企业数字化改造项目数", "≥40个", (">=", 40, "个"), "15"),
             Ind("产出指标", "数量指标", "培训企业管理人员", "100人次", ("=", 100, "人次"), "10"),
             Ind("产出指标", "质量指标", "服务商综合评价得分", "≥90分", (">=", 90, "分"), "10"),
             Ind("产出指标", "时效指标", "专项资金拨付完成时间", "2025年12月底前", DEADLINE, "10"),
             Ind("产出指标", "成本指标", "单个项目补助金额", "10-15万元", ("range", 10, "万元", 15), "15"),
             Ind("效益指标", "经济效益指标", "企业生产效率提升", "≥15%", (">=", 15, "%"), "15"),
             Ind("效益指标", "可持续影响指标", "企业数字化水平", "有效提升", Q, "10"),
             Ind("满意度指标", "服务对象满意度指标", "受补助企业满意度", "≥90%", (">=", 90, "%"), "15"),
         ]),
        ("工业企业安全生产和节能监察", "440106250000091", "广州市天河区工业和信息化综合服务中心", "经常性项目",
         "856,400.00", "800,000.00", "56,400.00",
         "完成重点用能企业节能监察和工业企业安全生产检查，隐患整改闭环率95%以上。", [
             Ind("产出指标", "数量指标", "节能监察企业数", "≥60家", (">=", 60, "家"), "15"),
             Ind("产出指标", "数量指标", "安全生产检查企业户次", "≥300户次", (">=", 300, "户次"), "15"),
             Ind("产出指标", "质量指标", "隐患整改闭环率", "≥95%", (">=", 95, "%"), "15"),
             Ind("产出指标", "时效指标", "监察报告出具时限", "≤15个工作日", ("<=", 15, "个工作日"), "10"),
             Ind("效益指标", "社会效益指标", "工业企业较大以上安全事故", "0起", ("=", 0, "起"), "15"),
             Ind("效益指标", "生态效益指标", "规上工业单位增加值能耗降幅", "≥3%", (">=", 3, "%"), "15"),
             Ind("满意度指标", "服务对象满意度指标", "被检查企业满意度", "≥85%", (">=", 85, "%"), "15"),
         ]),
    ]
    bases = ("区年度工作计划", "行业标准及上年完成情况", "专项资金管理办法")
    for project, code, unit_name, nature, year, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, code))
        rows.add((0, 1, "项目单位"), (1, 2, unit_name), (3, 1, "项目属性"), (4, 2, nature))
        rows.add((0, 1, "年度资金总额（元）"), (1, 2, year), (3, 1, "其中：财政拨款（元）"), (4, 2, fiscal))
        rows.add((0, 1, "上年结转（元）"), (1, 2, carried), (3, 1, "其他资金（元）"), (4, 2, "0.00"))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        header = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值",
                                                              "指标值确定依据", "分值"))])
        rows.add(*[(k, 1, str(k + 1)) for k in range(6)])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, bases[len(i.name) % 3]),
                                                (5, 1, i.weight)])
        rows.add((0, 6, "填报说明：1.指标值须明确计量单位，定性指标填写定性描述；2.各项指标分值合计为100分；"
                        "3.本表金额以元为单位。"))
        doc.pages.grid(_spec(rows.cells, rows.n, [64, 70, 140, 80, 104, 40], title="2025年项目支出绩效目标表",
                             editor=f"预算单位：{dept}", unit_raw="单位：元"), repeat=(header, 2), fresh_page=True)
        _add_inds(doc, project, inds)
        doc.gold.project(project, "元", code=code, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 北京


def layout_beijing_no_levels_money_sentence(folder: Path, name: str) -> FileGold:
    """北京 (district) form: the project's money written as one sentence in one cell
    ("年度资金总额：215.60万元；其中：财政拨款200.00万元，上年结转15.60万元"), indicators without
    levels (序号 | 绩效指标 | 指标值 | 指标解释), the project named in the form's title."""
    dept = "北京市海淀区城市管理委员会"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标", dept, 2025)
    projects = [
        ("垃圾分类桶站值守补贴", "北京市海淀区城市管理委员会", "215.60", "200.00", "15.60",
         "对辖区320个以上小区垃圾分类桶站值守给予补贴，居民分类投放参与率达到80%以上。", [
             Ind(None, None, "桶站值守覆盖小区数", "≥320个", (">=", 320, "个"), note="纳入补贴范围的小区数"),
             Ind(None, None, "值守人员到岗率", "≥98%", (">=", 98, "%"), note="实际到岗人次/应到岗人次"),
             Ind(None, None, "垃圾分类准确率", "≥85%", (">=", 85, "%"), note="抽查分类正确桶数/抽查桶数"),
             Ind(None, None, "桶站异味投诉处置时限", "≤24小时", ("<=", 24, "小时"), note="接诉至处置完毕"),
             Ind(None, None, "每个小区年均补贴", "≤0.68万元", ("<=", 0.68, "万元"), note="补贴总额/小区数"),
             Ind(None, None, "居民分类投放参与率", "≥80%", (">=", 80, "%"), note="入户抽样调查"),
             Ind(None, None, "居民满意度", "≥90%", (">=", 90, "%"), note="第三方满意度调查"),
         ]),
        ("城市道路照明设施维护", "北京市海淀区市政市容管理服务中心", "1,032.00", "1,032.00", None,
         "做好辖区城市道路照明设施日常维护，路灯亮灯率保持在98%以上。", [
             Ind(None, None, "维护路灯数量", "≥5.6万盏", (">=", 5.6, "万盏"), note="纳入维护范围的路灯"),
             Ind(None, None, "路灯亮灯率", "≥98%", (">=", 98, "%"), note="巡查亮灯数/巡查路灯数"),
             Ind(None, None, "故障路灯修复时限", "≤48小时", ("<=", 48, "小时"), note="报修至修复"),
             Ind(None, None, "单盏路灯年均维护费", "≤185元", ("<=", 185, "元"), note="维护费用/路灯数量"),
             Ind(None, None, "夜间道路照明条件", "持续改善", Q, note="与上年比较"),
             Ind(None, None, "市民满意度", "≥90%", (">=", 90, "%"), note="12345热线回访"),
         ]),
    ]
    for project, unit_name, year, fiscal, carried, goal, inds in projects:
        money = f"年度资金总额：{year}万元；其中：财政拨款{fiscal}万元"
        money += f"，上年结转{carried}万元" if carried else "。"
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "项目单位"), (1, 3, unit_name))
        rows.add((0, 1, "项目资金"), (1, 3, money))
        rows.add((0, 1, "年度目标"), (1, 3, goal))
        rows.add((0, 1, "序号"), (1, 1, "绩效指标"), (2, 1, "指标值"), (3, 1, "指标解释"))
        for k, ind in enumerate(inds, 1):
            rows.add((0, 1, str(k)), (1, 1, ind.name), (2, 1, ind.raw), (3, 1, ind.note))
        doc.pages.grid(_spec(rows.cells, rows.n, [44, 180, 106, 165], title=f"{project}项目绩效目标表",
                             editor=f"主管部门：{dept}"), fresh_page=True)
        _add_inds(doc, project, inds)
        doc.gold.project(project, "万元", year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 陕西 咸阳


def layout_shaanxi_self_eval_points_blocks(folder: Path, name: str) -> FileGold:
    """陕西 项目支出绩效自评表 in 元 with point blocks: 自评时间 / 自评等级 / 自评得分 written with
    their values in the first row; 项目资金（20分） by source (中央补助, 省级补助, 区级预算资金;
    no 财政拨款 line) with 全年预算数（A） | 全年执行数（B） | 预算执行率（B/A） | 自评分;
    项目绩效总目标（20分）; levels carrying points, no 分值 column, 未完成原因和改进措施."""
    dept = "咸阳市秦都区教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评报告", dept, year)
    projects = [
        ("农村义务教育学生营养改善计划", "咸阳市秦都区学生资助管理中心",
         (("年度资金总额：", "12,460,000.00", "12,186,300.00"), ("其中：中央补助", "8,000,000.00", "8,000,000.00"),
          ("省级补助", "2,460,000.00", "2,460,000.00"), ("市级补助", "", ""),
          ("区级预算资金", "2,000,000.00", "1,726,300.00")), "16.00",
         ("为农村义务教育阶段学生提供营养膳食补助，改善学生营养健康状况。",
          "全年为1.52万名学生提供营养膳食补助，供餐196天，食品抽检合格率100%。"), [
             Ind("产出指标（36分）", "数量指标", "受益学生人数", "≥1.5万人", (">=", 1.5, "万人"), None, "1.52万人", "9",
                 "无"),
             Ind("产出指标（36分）", "数量指标", "供餐天数", "≥200天", (">=", 200, "天"), None, "196天", "7",
                 "原因：受寒假提前影响，供餐天数减少。改进措施：合理安排供餐计划。"),
             Ind("产出指标（36分）", "质量指标", "食品抽检合格率", "100%", ("=", 100, "%"), None, "100%", "9", "无"),
             Ind("产出指标（36分）", "时效指标", "补助资金拨付及时率", "100%", ("=", 100, "%"), None, "96%", "8",
                 "原因：区级资金到位滞后。改进措施：提前申请资金。"),
             Ind("效益指标（12分）", "社会效益指标", "学生营养健康状况", "明显改善", Q, None, "明显改善", "6", "无"),
             Ind("效益指标（12分）", "可持续影响指标", "营养改善长效机制", "健全", Q, None, "基本健全", "4",
                 "原因：部分学校食堂管理制度有待完善。改进措施：加强督导检查。"),
             Ind("满意度指标（12分）", "服务对象满意度指标", "学生及家长满意度", "≥90%", (">=", 90, "%"), None, "88%", "10",
                 "原因：部分家长对菜品有意见。改进措施：优化食谱。"),
         ]),
        ("中小学校舍维修改造", "咸阳市秦都区教育基建办公室",
         (("年度资金总额：", "5,800,000.00", "5,104,000.00"), ("其中：中央补助", "", ""),
          ("省级补助", "1,800,000.00", "1,800,000.00"), ("市级补助", "", ""),
          ("区级预算资金", "4,000,000.00", "3,304,000.00")), "17.00",
         ("完成2.4万平方米校舍维修改造，消除校舍安全隐患。",
          "完成校舍维修改造2.45万平方米，工程全部竣工验收合格。"), [
             Ind("产出指标（36分）", "数量指标", "维修改造校舍面积", "≥2.4万平方米", (">=", 2.4, "万平方米"), None,
                 "2.45万平方米", "10", "无"),
             Ind("产出指标（36分）", "质量指标", "工程竣工验收合格率", "100%", ("=", 100, "%"), None, "100%", "9", "无"),
             Ind("产出指标（36分）", "时效指标", "工程完工时间", "2024年8月底前", DEADLINE, None, "2024年8月28日", "9", "无"),
             Ind("产出指标（36分）", "成本指标", "每平方米维修成本", "≤240元", ("<=", 240, "元"), None, "208元", "8",
                 "原因：部分工程结算未完成。改进措施：加快结算审计。"),
             Ind("效益指标（12分）", "社会效益指标", "校舍安全隐患", "全部消除", Q, None, "全部消除", "6", "无"),
             Ind("效益指标（12分）", "可持续影响指标", "校舍使用年限", "延长10年以上", (">=", 10, "年"), None,
                 "延长10年以上", "5", "无"),
             Ind("满意度指标（12分）", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), None, "93%", "12", "无"),
         ]),
    ]
    widths = [42, 58, 58, 94, 66, 72, 76, 40]
    for project, unit_name, money, goal_score, goal, inds in projects:
        budget, executed = money[0][1], money[0][2]
        money_score = _rate_score(budget, executed, 20)
        score = float(money_score) + float(goal_score) + sum(float(i.score) for i in inds)
        grade = _grade(score)
        rows = _Rows()
        rows.add((0, 3, "自评时间：2025年4月"), (3, 2, f"自评等级：{grade}"), (5, 3, f"自评得分：{score:.2f}"))
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 1, "实施单位"), (5, 3, unit_name))
        r = rows.n
        rows.put(r, 0, len(money) + 2, 2, "项目资金（20分）")
        for col, head in ((2, ""), (4, "全年预算数（A）"), (5, "全年执行数（B）"), (6, "预算执行率（B/A）"),
                          (7, "自评分")):
            rows.put(r, col, 1, 2 if col == 2 else 1, head)
        for k, (label, a, b) in enumerate(money, 1):
            rate = f"{_rate(a, b)}%" if a else ""
            rows.put(r + k, 2, 1, 2, label)
            for col, v in ((4, a), (5, b), (6, rate), (7, str(money_score) if k == 1 else "")):
                rows.put(r + k, col, 1, 1, v)
        k = len(money) + 1
        rows.put(r + k, 2, 1, 2, "其他资金")
        for col in (4, 5, 6, 7):
            rows.put(r + k, col, 1, 1, "")
        r = rows.n
        rows.put(r, 0, 2, 2, "项目绩效总目标（20分）")
        rows.put(r, 2, 1, 3, "年初设定目标")
        rows.put(r, 5, 1, 2, "全年实际完成情况")
        rows.put(r, 7, 1, 1, "自评分")
        rows.put(r + 1, 2, 1, 3, goal[0])
        rows.put(r + 1, 5, 1, 2, goal[1])
        rows.put(r + 1, 7, 1, 1, goal_score)
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标（60分）")
        for k, head in enumerate(("一级指标", "二级指标", "指标内容", "年度目标值", "全年完成值", "未完成原因和改进措施",
                                  "自评分")):
            rows.put(r, 1 + k, 1, 1, head)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.note),
                                                (7, 1, i.score)])
        rows.add((0, 1, "说明"), (1, 7, "无"))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"（{year}年度）",
                             unit_raw="单位：元", kind="performance_self_evaluation"), fresh_page=True)
        _add_inds(doc, project, inds)
        doc.gold.self_evaluation(project, "元", budget, executed, round(score, 2), grade)
        doc.gold.project(project, "元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖南 湘潭


def layout_hunan_long_form_levels_cut(folder: Path, name: str) -> FileGold:
    """湖南 a long single-project form (26 indicators) running onto the next page with no
    repeated header, its 满意度指标 / 服务对象满意度指标 cells merged over two rows and cut by the
    page break (their text on the first part only); money as label | value pairs with a
    项目总金额 above the 本年度资金; a 分值 column; a second, short form following on the
    same page."""
    dept = "湘潭市雨湖区水利局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    river = [
        Ind("产出指标", "数量指标", "治理河道长度", "≥12.5公里", (">=", 12.5, "公里"), "5"),
        Ind("产出指标", "数量指标", "新建加固堤防长度", "≥6.8公里", (">=", 6.8, "公里"), "5"),
        Ind("产出指标", "数量指标", "新建护岸长度", "≥4.2公里", (">=", 4.2, "公里"), "4"),
        Ind("产出指标", "数量指标", "河道清淤疏浚量", "≥8.5万立方米", (">=", 8.5, "万立方米"), "4"),
        Ind("产出指标", "数量指标", "新建改建涵闸", "6座", ("=", 6, "座"), "4"),
        Ind("产出指标", "数量指标", "设立水位监测点", "4处", ("=", 4, "处"), "3"),
        Ind("产出指标", "质量指标", "单元工程质量合格率", "100%", ("=", 100, "%"), "5"),
        Ind("产出指标", "质量指标", "分部工程优良率", "≥85%", (">=", 85, "%"), "4"),
        Ind("产出指标", "质量指标", "堤身填筑压实度", "≥0.92", (">=", 0.92, None), "4"),
        Ind("产出指标", "质量指标", "原材料抽检合格率", "100%", ("=", 100, "%"), "3"),
        Ind("产出指标", "时效指标", "主体工程完工时间", "2025年10月底前", DEADLINE, "4"),
        Ind("产出指标", "时效指标", "汛前度汛工程完成比例", "100%", ("=", 100, "%"), "3"),
        Ind("产出指标", "时效指标", "资金支付及时率", "≥90%", (">=", 90, "%"), "3"),
        Ind("产出指标", "成本指标", "每公里综合治理成本", "≤126万元", ("<=", 126, "万元"), "4"),
        Ind("产出指标", "成本指标", "工程建设成本控制率", "≤100%", ("<=", 100, "%"), "3"),
        Ind("效益指标", "经济效益指标", "保护耕地面积", "≥1.5万亩", (">=", 1.5, "万亩"), "4"),
        Ind("效益指标", "经济效益指标", "减少洪涝灾害损失", "≥800万元", (">=", 800, "万元"), "3"),
        Ind("效益指标", "社会效益指标", "保护人口", "≥3.2万人", (">=", 3.2, "万人"), "4"),
        Ind("效益指标", "社会效益指标", "防洪排涝能力", "显著提升", Q, "4"),
        Ind("效益指标", "社会效益指标", "涉水矛盾纠纷", "明显减少", Q, "2"),
        Ind("效益指标", "生态效益指标", "水土流失治理面积", "≥0.6平方公里", (">=", 0.6, "平方公里"), "3"),
        Ind("效益指标", "生态效益指标", "河岸绿化率", "≥90%", (">=", 90, "%"), "3"),
        Ind("效益指标", "可持续影响指标", "工程设计使用年限", "≥30年", (">=", 30, "年"), "3"),
        Ind("效益指标", "可持续影响指标", "工程管护责任落实率", "100%", ("=", 100, "%"), "3"),
        Ind("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", (">=", 90, "%"), "7"),
        Ind("满意度指标", "服务对象满意度指标", "受益村组满意度", "≥90%", (">=", 90, "%"), "6"),
    ]
    upkeep = [
        Ind("产出指标", "数量指标", "管护小型水库座数", "18座", ("=", 18, "座"), "10"),
        Ind("产出指标", "数量指标", "管护山塘数量", "≥260口", (">=", 260, "口"), "10"),
        Ind("产出指标", "质量指标", "工程安全运行率", "100%", ("=", 100, "%"), "15"),
        Ind("产出指标", "时效指标", "汛期巡查频次", "每周不少于1次", (">=", 1, "次"), "10"),
        Ind("产出指标", "成本指标", "每座水库年度管护经费", "≤4.5万元", ("<=", 4.5, "万元"), "10"),
        Ind("效益指标", "社会效益指标", "水库安全度汛", "确保安全", Q, "20"),
        Ind("效益指标", "可持续影响指标", "管护机制", "长效运行", Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "15"),
    ]
    projects = [
        ("中小河流综合治理", "430302240000063", "一次性项目", "湘潭市雨湖区水利工程建设管理站", "2024年-2026年",
         "1,580.00", "620.00", "580.00", "40.00",
         "完成治理河道12.5公里，新建加固堤防6.8公里，2025年汛前完成度汛工程，防洪标准达到10年一遇，保护沿河3.2万人"
         "和1.5万亩耕地安全。", river),
        ("水利工程运行管护补助", "430302250000018", "经常性项目", "湘潭市雨湖区水利工程管理所", "2025年",
         "156.00", "156.00", "156.00", "0.00",
         "落实小型水库和山塘管护责任，确保水利工程安全运行和安全度汛。", upkeep),
    ]
    bases = ("项目初步设计批复", "水利行业技术标准", "上年度完成情况")
    for k, (project, code, kind, unit_name, term, total, year, fiscal, carried, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "项目编码"), (1, 2, code), (3, 1, "项目类型"), (4, 2, kind))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        rows.add((0, 1, "项目总金额"), (1, 2, total), (3, 1, "项目周期"), (4, 2, term))
        rows.add((0, 1, "本年度资金"), (1, 2, year), (3, 1, "其中：财政拨款"), (4, 2, fiscal))
        rows.add((0, 1, "上年结转"), (1, 2, carried), (3, 1, "其他资金"), (4, 2, "0.00"))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add(*[(j, 1, t) for j, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "分值",
                                                     "指标值确定依据"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight),
                                                (5, 1, bases[len(i.name) % 3])])
        doc.pages.grid(_spec(rows.cells, rows.n, [62, 76, 150, 84, 40, 84],
                             title="2025年项目支出绩效目标表" if k == 0 else "",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=(k == 0))
        _add_inds(doc, project, inds)
        doc.gold.project(project, "万元", code=code, total=total, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 山西 太原


def layout_shanxi_final_accounts_two_self_evals(folder: Path, name: str) -> FileGold:
    """山西 部门决算 (text pages and a 收入支出决算总表) ending with a 部门整体支出绩效自评表
    (执行率 before 分值, 上年结转 row with "—" for the year-start figure, 总分 and 自评等级
    rows) and a landscape 项目支出绩效自评表 whose deviation is split into 偏差原因分析 | 改进措施
    and whose grade sits in a 评价等级 cell of the money block."""
    dept = "太原市迎泽区市场监督管理局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  2024年度部门决算表", "第三部分  2024年度部门决算情况说明",
                                   "第四部分  绩效评价情况", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、部门职责。{dept}负责辖区市场综合监督管理，承担食品安全、特种设备安全、产品质量和计量监督管理等职责。",
        "二、机构设置。本部门决算为汇总决算，包括局机关和所属食品药品检验检测中心、市场监管综合行政执法队。",
    ])
    body = [plain_row(["一、一般公共预算财政拨款收入", "1,993.82", "一、一般公共服务支出", "1,526.40"]),
            plain_row(["二、上年结转", "47.70", "二、卫生健康支出", "515.12"]),
            plain_row(["本年收入合计", "2,041.52", "本年支出合计", "2,041.52"])]
    doc.pages.table(TableSpec("收入支出决算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "决算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "决算数")], 2, body, ["l", "r", "l", "r"]))
    doc.pages.text_page("第四部分  绩效评价情况", [
        f"按照区财政局预算绩效管理工作要求，本部门对{year}年度部门整体支出和重点项目支出开展了绩效自评，"
        "部门整体支出自评结果和项目支出自评结果见下表。",
    ])
    # 部门整体支出绩效自评表
    inds = [
        Ind("产出指标", "数量指标", "食品安全监督抽检批次", "≥2000批次", (">=", 2000, "批次"), "10", "2156批次", "10"),
        Ind("产出指标", "数量指标", "特种设备安全检查台次", "≥1500台次", (">=", 1500, "台次"), "10", "1620台次", "10"),
        Ind("产出指标", "质量指标", "抽检不合格食品核查处置率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "投诉举报按时办结率", "≥98%", (">=", 98, "%"), "10", "97.2%", "9",
            "年末投诉量集中，个别件超期办结，下年加强督办"),
        Ind("产出指标", "成本指标", "部门运行成本控制率", "≤100%", ("<=", 100, "%"), "10", "95.1%", "10"),
        Ind("效益指标", "经济效益指标", "新登记市场主体数", "≥6000户", (">=", 6000, "户"), "10", "5480户", "8",
            "受宏观经济环境影响，新设主体增速放缓"),
        Ind("效益指标", "社会效益指标", "较大以上食品安全事故", "不发生", Q, "10", "未发生", "10"),
        Ind("效益指标", "可持续影响指标", "信用监管机制", "逐步健全", Q, "10", "逐步健全", "10"),
        Ind("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", (">=", 90, "%"), "10", "86.5%", "7",
            "审批窗口高峰期等候时间较长，下年推行预约办理"),
    ]
    budget, executed = "2,146.70", "2,041.52"
    rate_score = _rate_score(budget, executed)
    score = float(rate_score) + sum(float(i.score) for i in inds)
    grade = _grade(score)
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 8, dept))
    r = rows.n
    rows.put(r, 0, 4, 1, "年度预算资金（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, line in enumerate((("年度资金总额", "1,985.40", budget, executed, f"{_rate(budget, executed)}%", "10",
                               str(rate_score)),
                              ("其中：财政拨款", "1,985.40", "2,096.70", "1,993.82", "—", "—", "—"),
                              ("上年结转", "—", "50.00", "47.70", "—", "—", "—")), 1):
        rows.put(r + k, 1, 1, 2, line[0])
        for j, v in enumerate(line[1:]):
            rows.put(r + k, 3 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, "守住食品安全和特种设备安全底线，优化营商环境，市场主体满意度90%以上。")
    rows.put(r + 1, 5, 1, 4, "完成食品抽检2156批次，未发生较大以上食品安全事故，市场主体满意度86.5%。")
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "年度指标值"), (5, 1, "实际完成值"),
             (6, 1, "分值"), (7, 1, "得分"), (8, 1, "偏差原因分析及改进措施"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{score:.2f}"), (8, 1, ""))
    rows.add((0, 6, "自评等级"), (6, 3, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, [48, 58, 52, 70, 58, 58, 40, 40, 80],
                         title=f"{year}年度部门整体支出绩效自评表", editor=f"部门（单位）名称：{dept}",
                         unit_raw="单位：万元", kind="performance_self_evaluation"), fresh_page=True)
    _add_inds(doc, None, inds)
    doc.gold.self_evaluation(None, "万元", budget, executed, round(score, 2), grade)
    # 项目支出绩效自评表 (landscape)
    project = "食品安全抽检监测"
    p_inds = [
        Ind("产出指标", "数量指标", "完成食品抽检批次", "≥2000批次", (">=", 2000, "批次"), "15", "2156批次", "15"),
        Ind("产出指标", "数量指标", "快检筛查样品数量", "≥1.2万批次", (">=", 1.2, "万批次"), "10", "1.08万批次", "8",
            "快检车辆故障停运1个月|加强快检设备日常维护保养"),
        Ind("产出指标", "质量指标", "检验结果准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "检验报告出具时限", "≤20个工作日", ("<=", 20, "个工作日"), "10", "18个工作日", "10"),
        Ind("产出指标", "成本指标", "每批次抽检平均费用", "≤1200元", ("<=", 1200, "元"), "10", "1180元", "10"),
        Ind("效益指标", "社会效益指标", "食品安全风险隐患发现处置", "及时有效", Q, "15", "及时有效", "14",
            "部分问题产品溯源耗时较长|建立跨区协查机制"),
        Ind("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥85%", (">=", 85, "%"), "15", "87.6%", "15"),
    ]
    p_budget, p_executed = "280.00", "265.72"
    p_rate_score = _rate_score(p_budget, p_executed)
    p_score = float(p_rate_score) + sum(float(i.score) for i in p_inds)
    p_grade = _grade(p_score)
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 4, project), (5, 2, "实施单位"), (7, 3, "太原市迎泽区食品药品检验检测中心"))
    r = rows.n
    rows.put(r, 0, 3, 1, "项目资金（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "评价等级")):
        rows.put(r, 3 + k, 1, 1, head)
    rows.put(r + 1, 1, 1, 2, "年度资金总额")
    for j, v in enumerate(("260.00", p_budget, p_executed, "10", f"{_rate(p_budget, p_executed)}%", str(p_rate_score))):
        rows.put(r + 1, 3 + j, 1, 1, v)
    rows.put(r + 1, 9, 2, 1, p_grade)
    rows.put(r + 2, 1, 1, 2, "其中：财政拨款")
    for j, v in enumerate(("260.00", p_budget, p_executed, "—", "—", "—")):
        rows.put(r + 2, 3 + j, 1, 1, v)
    rows.add((0, 1, "年度目标"), (1, 4, "完成食品抽检2000批次以上，及时发现和处置食品安全风险隐患。"),
             (5, 1, "完成情况"), (6, 4, "完成食品抽检2156批次，快检筛查1.08万批次，风险隐患处置及时。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                 "得分", "偏差原因分析", "改进措施"))], (9, 1, "备注"))
    _grid_rows(rows, p_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                              (6, 1, i.score), (7, 1, i.note.split("|")[0]),
                                              (8, 1, i.note.split("|")[1] if i.note else ""), (9, 1, "")])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{p_score:.2f}"), (7, 3, ""))
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 84, 150, 80, 76, 44, 44, 110, 110, 44], landscape=True,
                         title=f"{year}年度项目支出绩效自评表", editor=f"主管部门：{dept}", unit_raw="单位：万元",
                         kind="performance_self_evaluation"), fresh_page=True)
    _add_inds(doc, project, p_inds)
    doc.gold.self_evaluation(project, "万元", p_budget, p_executed, round(p_score, 2), p_grade)
    doc.gold.project(project, "万元", year=p_budget, fiscal=p_budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 天津


def layout_tianjin_two_per_page_value_unit(folder: Path, name: str) -> FileGold:
    """天津 short forms, two to a page, each with its own title line: 项目金额 beside the
    name, targets split into 指标值 ("≥95") | 计量单位 ("%"), qualitative and deadline
    targets with an empty unit cell, a range ("1.5-2" | "万元")."""
    dept = "天津市河西区文化和旅游局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("公共文化场馆免费开放", "68.00", "保障区文化馆、图书馆免费开放，全年举办公益文化活动120场以上。", [
            Ind("产出指标", "数量指标", "场馆免费开放天数", ("≥300", "天"), (">=", 300, "天")),
            Ind("产出指标", "数量指标", "举办公益文化活动", ("≥120", "场"), (">=", 120, "场")),
            Ind("产出指标", "质量指标", "场馆安全事故发生率", ("0", "%"), ("=", 0, "%")),
            Ind("效益指标", "社会效益指标", "年接待群众", ("≥25", "万人次"), (">=", 25, "万人次")),
            Ind("满意度指标", "服务对象满意度指标", "读者观众满意度", ("≥90", "%"), (">=", 90, "%")),
        ]),
        ("非物质文化遗产保护传承", "35.00", "开展非遗进校园和非遗项目记录整理，非遗社会关注度明显提升。", [
            Ind("产出指标", "数量指标", "开展非遗进校园活动", ("≥20", "场"), (">=", 20, "场")),
            Ind("产出指标", "数量指标", "记录整理非遗项目", ("6", "项"), ("=", 6, "项")),
            Ind("产出指标", "时效指标", "项目完成时间", ("2025年11月底前", ""), DEADLINE),
            Ind("效益指标", "社会效益指标", "非遗社会关注度", ("明显提升", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "参与群众满意度", ("≥90", "%"), (">=", 90, "%")),
        ]),
        ("旅游市场综合监管", "42.50", "加强旅游市场执法检查，及时处理旅游投诉，维护游客合法权益。", [
            Ind("产出指标", "数量指标", "旅游市场执法检查", ("≥150", "家次"), (">=", 150, "家次")),
            Ind("产出指标", "质量指标", "旅游投诉结案率", ("≥98", "%"), (">=", 98, "%")),
            Ind("产出指标", "时效指标", "投诉处理时限", ("≤5", "个工作日"), ("<=", 5, "个工作日")),
            Ind("效益指标", "社会效益指标", "重大旅游安全事故", ("0", "起"), ("=", 0, "起")),
            Ind("满意度指标", "服务对象满意度指标", "游客满意度", ("≥88", "%"), (">=", 88, "%")),
        ]),
        ("文旅消费季活动", "120.00", "组织文旅消费季系列活动30场以上，发放文旅消费券，带动文旅消费3000万元以上。", [
            Ind("产出指标", "数量指标", "组织文旅消费活动", ("≥30", "场"), (">=", 30, "场")),
            Ind("产出指标", "数量指标", "发放文旅消费券", ("100", "万元"), ("=", 100, "万元")),
            Ind("产出指标", "成本指标", "单场活动平均成本", ("1.5-2", "万元"), ("range", 1.5, "万元", 2)),
            Ind("效益指标", "经济效益指标", "带动文旅消费", ("≥3000", "万元"), (">=", 3000, "万元")),
            Ind("满意度指标", "服务对象满意度指标", "参与市民满意度", ("≥90", "%"), (">=", 90, "%")),
        ]),
    ]
    for k, (project, year, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目金额"), (4, 1, year))
        rows.add((0, 1, "绩效目标"), (1, 4, goal))
        rows.add(*[(j, 1, t) for j, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "计量单位"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1])])
        doc.pages.grid(_spec(rows.cells, rows.n, [64, 80, 170, 100, 82], title="2025年度项目绩效目标表",
                             editor=f"单位：{dept}", unit_raw="金额单位：万元"), fresh_page=(k % 2 == 0))
        _add_inds(doc, project, inds)
        doc.gold.project(project, "万元", year=year)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河北 保定


def layout_hebei_glued_self_evals_no_levels(folder: Path, name: str) -> FileGold:
    """河北 project self-evaluations glued into one table over pages, each opening with its
    title row inside the grid; 年初预算数 / 全年预算数 / 全年执行数 as label | value pairs on one
    row, 预算执行率 / 分值 / 得分 on the next; indicators without levels numbered （1）; 总分 and
    评价等级 rows."""
    dept = "保定市竞秀区卫生健康局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    projects = [
        ("基本公共卫生服务项目", "保定市竞秀区各社区卫生服务中心", ("1,860.00", "1,920.00", "1,843.20"),
         "为辖区居民免费提供基本公共卫生服务，重点人群健康管理率达到国家要求。", [
             Ind(None, None, "（1）居民电子健康档案建档率", "≥90%", (">=", 90, "%"), "10", "92.3%", "10"),
             Ind(None, None, "（2）65岁及以上老年人健康管理率", "≥62%", (">=", 62, "%"), "15", "63.5%", "15"),
             Ind(None, None, "（3）高血压患者规范管理率", "≥60%", (">=", 60, "%"), "10", "58.2%", "8",
                 "部分患者随访依从性差，下年加强随访"),
             Ind(None, None, "（4）适龄儿童国家免疫规划疫苗接种率", "≥90%", (">=", 90, "%"), "15", "96.8%", "15"),
             Ind(None, None, "（5）孕产妇系统管理率", "≥90%", (">=", 90, "%"), "10", "91.2%", "10"),
             Ind(None, None, "（6）资金拨付及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind(None, None, "（7）居民健康素养水平", "≥28%", (">=", 28, "%"), "10", "29.6%", "10"),
             Ind(None, None, "（8）居民满意度", "≥85%", (">=", 85, "%"), "10", "83.4%", "8", "政策宣传不到位"),
         ]),
        ("计划生育家庭特别扶助", "保定市竞秀区卫生健康局", ("420.00", "436.80", "436.80"),
         "按时足额发放计划生育家庭特别扶助金，缓解特扶家庭生活困难。", [
             Ind(None, None, "（1）特别扶助对象人数", "≥1150人", (">=", 1150, "人"), "20", "1213人", "20"),
             Ind(None, None, "（2）扶助金发放准确率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind(None, None, "（3）扶助金按季发放及时率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind(None, None, "（4）月人均扶助标准", "≥590元", (">=", 590, "元"), "15", "590元", "15"),
             Ind(None, None, "（5）特扶家庭生活困难", "有效缓解", Q, "10", "有效缓解", "10"),
             Ind(None, None, "（6）扶助对象满意度", "≥95%", (">=", 95, "%"), "10", "94.1%", "9",
                 "个别对象对标准调整有意见，加强解释"),
         ]),
        ("基层医疗卫生机构能力建设", "保定市竞秀区卫生健康局", ("300.00", "300.00", "246.00"),
         "为基层医疗卫生机构购置医疗设备，提升基层诊疗服务能力。", [
             Ind(None, None, "（1）购置医疗设备台套数", "≥35台（套）", (">=", 35, "台(套)"), "20", "31台（套）", "17",
                 "部分设备招标流标，已重新采购"),
             Ind(None, None, "（2）设备验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind(None, None, "（3）设备采购完成时间", "2024年10月底前", DEADLINE, "15", "2024年12月", "10",
                 "招标流标导致延期"),
             Ind(None, None, "（4）基层诊疗人次增长率", "≥5%", (">=", 5, "%"), "20", "4.1%", "16", "设备投用时间较晚"),
             Ind(None, None, "（5）医务人员满意度", "≥90%", (">=", 90, "%"), "20", "92%", "20"),
         ]),
    ]
    rows = _Rows()
    for project, unit_name, (initial, budget, executed), goal, inds in projects:
        rate_score = _rate_score(budget, executed)
        score = float(rate_score) + sum(float(i.score) for i in inds)
        grade = _grade(score)
        rows.add((0, 6, f"{year}年度项目支出绩效自评表"))
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        rows.add((0, 1, "年初预算数（万元）"), (1, 1, initial), (2, 1, "全年预算数（万元）"), (3, 1, budget),
                 (4, 1, "全年执行数（万元）"), (5, 1, executed))
        rows.add((0, 1, "预算执行率"), (1, 1, f"{_rate(budget, executed)}%"), (2, 1, "分值"), (3, 1, "10"),
                 (4, 1, "得分"), (5, 1, str(rate_score)))
        rows.add((0, 1, "年度目标完成情况"), (1, 5, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("绩效指标", "年度指标值", "实际完成值", "分值", "得分",
                                                     "偏差原因及改进措施"))])
        for ind in inds:
            rows.add((0, 1, ind.name), (1, 1, ind.raw), (2, 1, ind.actual), (3, 1, ind.weight), (4, 1, ind.score),
                     (5, 1, ind.note))
        rows.add((0, 3, "总分"), (3, 1, "100"), (4, 1, f"{score:.2f}"), (5, 1, ""))
        rows.add((0, 1, "评价等级"), (1, 5, grade))
        _add_inds(doc, project, inds)
        doc.gold.self_evaluation(project, "万元", budget, executed, round(score, 2), grade)
        doc.gold.project(project, "万元", year=budget)
    doc.pages.grid(_spec(rows.cells, rows.n, [118, 76, 96, 60, 66, 80], editor=f"填报单位：{dept}",
                         kind="performance_self_evaluation"), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- registry

Builder = Callable[[Path, str], FileGold]


def _layout_name(fn: Builder) -> str:
    return fn.__name__.removeprefix("layout_")


BLIND5: dict[str, Builder] = {_layout_name(fn): fn for fn in (
    layout_sichuan_label_value_cells,
    layout_shandong_list_money_columns,
    layout_henan_dept_long_term_colnums,
    layout_chongqing_self_eval_yuan_four_sources,
    layout_yunnan_dept_self_eval_score_on_top,
    layout_fujian_title_in_grid_class_only,
    layout_anhui_landscape_period_money_block,
    layout_guangdong_colnums_notes_range,
    layout_beijing_no_levels_money_sentence,
    layout_shaanxi_self_eval_points_blocks,
    layout_hunan_long_form_levels_cut,
    layout_shanxi_final_accounts_two_self_evals,
    layout_tianjin_two_per_page_value_unit,
    layout_hebei_glued_self_evals_no_levels,
)}
SETS: dict[str, list[Builder]] = {"blind5": list(BLIND5.values())}


def write_layout(name: str, folder: str | Path) -> dict:
    """Write layout ``name`` as ``<name>.pdf`` with its gold ``<name>.gold.json`` in folder;
    returns the gold (file_name, department, fiscal_year, indicators, projects,
    self_evaluations, plus layout and set)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    gold = BLIND5[name](folder, name)
    out = {"layout": name, "set": "blind5", **gold.__dict__}
    (folder / f"{name}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def write_set(which: str, folder: str | Path) -> list[dict]:
    """Write every layout of ``which`` ("blind5") into folder; their golds."""
    return [write_layout(_layout_name(fn), folder) for fn in SETS[which]]
