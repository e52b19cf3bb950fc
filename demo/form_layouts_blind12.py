"""BLIND12 performance forms: eleven layouts as big-city districts and newer templates print
them — a district of 北京, a district of 上海, 天津 滨海新区, a district of 苏州, a district of
杭州, a district of 广州, a district of 深圳, a district of 武汉, a district of 延安, 河北
雄安新区 and a district of 福州 — written by an author who had read neither the form reader nor
the earlier blind sets (only the gold helpers and page composer of ``form_layouts``, the gold
conventions of BLIND9's docstring and the real disclosures). Each layout writes one PDF and
its gold in the format of ``form_layouts.write_set``; the gold is written by hand with
``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

bj_cy_budget_mof_type_criteria  北京 朝阳区 部门预算: budget tables, then one MOF-style
        项目支出绩效目标表 per project: money heads (年度资金总额 | 其中：财政拨款 | 其他资金) above
        the amounts, grid 一级 | 二级 | 三级 | 指标值类型 (定量/定性) | 指标值 | 权重（%） | 指标解释 |
        评（扣）分标准
sh_jd_header_fields_labels_above  上海 嘉定区 standalone forms whose header fields sit as labels
        above their values (项目期限 | 项目类别 | 项目性质; 项目总金额 | 本年度预算 | 其中：财政资金 in
        元 with separators), 项目概况 and 立项依据 prose rows, 特定目标类 / 经常性 / 一次性
tj_bh_budget_two_pages_no_repeat  天津 滨海新区 部门预算 whose one long form runs over two
        pages without its grid header repeated; 指标值 | 指标值设定依据 with long basis text;
        money as label | value rows (年度资金总额 / 其中：财政拨款 / 上年结转)
js_sz_final_accounts_self_eval_deviation  江苏 苏州 district 部门决算 ending with two
        项目支出绩效自评表: 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因, 总分 and 绩效等级
zj_hz_dept_wide_cost_level1  浙江 杭州 district 部门整体支出绩效目标表: 部门预算资金 heads, 年度
        履职目标, 成本指标 as a 一级 (经济成本指标 / 社会成本指标 under it), 权重
gd_gz_budget_list_numbered_title  广东 广州 district 部门预算 whose 预算表 are numbered
        (预算表1 …), ending with 预算表9 a list of several projects' targets: 序号 | 项目名称 |
        项目金额（万元） merged down their indicator rows, header repeated over the pages
gd_sz_ft_dept_and_project_self_eval  深圳 福田区: 部门整体支出绩效自评表 (money as label | value
        pairs) and a project self-evaluation on landscape pages, 综合评价等级 words
hb_wh_ja_self_eval_money_pairs_row  湖北 武汉 江岸区 two project self-evaluations with their money
        in one row of label | value pairs (预算数 | 执行数 | 执行率 | 得分), 偏差原因及改进措施
sn_ya_source_breakdown_varied_targets  陕西 延安 district forms whose money is listed by
        资金来源 (中央 / 省级 / 市级 / 区级 | 合计), 绩效指标 label merged down the grid, targets
        as ranges (90%-95%, 3～5天), deadlines, ＞, 不低于, qualitative
he_xa_new_area_serial_flat_levels  河北 雄安新区 forms with a 序号 column and levels printed
        on every row (no merged cells), a 栏次 column-number row, money in 元
fj_fz_budget_short_forms_one_page  福建 福州 district 部门预算 ending with three short forms
        following each other down the pages, money heads (项目总额 | 本年安排 | 财政拨款)

Gold conventions (BLIND9's, with this set's rulings):

- target_raw is the 年度 value as printed; split columns are joined in reading order with no
  separator; an empty unit cell adds nothing. A 指标值类型 column (定量 / 定性) says what kind
  of target follows and is not part of target_raw.
- ≥ / 不低于 / 不少于 read ">="; ≤ / 不高于 / 不超过 read "<="; ＞ / 大于 read ">"; ＜ / 小于 read
  "<"; a bare figure reads "="; "90%-95%", "3～5天" are ranges; a deadline ("2025年10月底前")
  stays raw with no comparator; a state is qualitative.
- Money: 年度资金总额 / 本年度预算 / 项目金额 / 合计 / 本年安排 of a single-year form is ``year``;
  项目总金额 / 项目总额 of a multi-year project is ``total``; ``fiscal`` where 财政拨款 /
  其中：财政资金 is printed; ``carried`` where 上年结转 is printed. Money listed by 资金来源 gives
  only its 合计 (year). A 部门整体 form's money is not a project's: no project row.
- Self evaluations: budget = 全年预算数 (or 预算数), executed = 全年执行数 (or 执行数); score = the
  printed 总分; grade as printed, words 优秀 / 良好 read 优 / 良. A project self-evaluation gives
  the project's money (year = 全年预算数; fiscal where a 财政拨款 row is printed).
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

D = (None, None, None)  # a deadline: raw, no comparator


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]], numbered: bool = False) -> None:
    """The front of a 部门预算: contents, 部门概况, two budget tables, the 说明 heading the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实党中央、国务院和上级关于本领域工作的决策部署，依法履行各项职责。",
        "二、机构设置。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
        f"三、{year}年主要任务。围绕年度重点工作，统筹安排预算资金，提高财政资金使用效益。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    n = max(len(income), len(spending))
    body = []
    for i in range(n):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    pre = "预算表1  " if numbered else ""
    doc.pages.table(TableSpec(f"{pre}{year}年部门收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    pre = "预算表2  " if numbered else ""
    doc.pages.table(TableSpec(f"{pre}{year}年一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [200, 110, 110, 110],
                              [(0, 0, 1, 1, "功能分类科目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "基本支出"),
                               (0, 3, 1, 1, "项目支出")], 1,
                              [plain_row([k, v, "", v]) for k, v in spending], ["l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标", [
        f"按照预算绩效管理要求，{dept}{year}年项目支出均编制了绩效目标，现将主要项目绩效目标公开如下。",
    ])


def _grade_total(inds: list[Ind], budget: str, executed: str) -> tuple[float, str, str]:
    """(总分, printed rate, printed rate score) of a self-evaluation: execution score plus the
    indicators' scores."""
    ratio = Decimal(executed.replace(",", "")) / Decimal(budget.replace(",", ""))
    rate_score = min(Decimal(10), ratio * 10)
    total = round(float(rate_score) + sum(float(i.score) for i in inds), 2)
    return total, f"{ratio * 100:.2f}%", f"{rate_score:.2f}"


# --------------------------------------------------------------------------- 北京 朝阳


def layout_bj_cy_budget_mof_type_criteria(folder: Path, name: str) -> FileGold:
    dept = "北京市朝阳区卫生健康委员会"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "48,620.35"), ("二、事业收入", "3,150.00")],
                  [("卫生健康支出", "50,320.35"), ("社会保障和就业支出", "1,450.00")])
    rule = "完成得满分，每降低1%扣1分"
    projects = [
        ("基本公共卫生服务项目", "11010525T000001234", "北京市朝阳区社区卫生服务管理中心", "6,820.00", "6,500.00", "320.00",
         "为辖区常住居民免费提供基本公共卫生服务，提高居民健康素养。", [
             Ind("产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", (">=", 90, "%"), "10", note="建档人数/常住人口"),
             Ind("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥18万人", (">=", 18, "万人"), "10", note="年度体检人数"),
             Ind("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", (">=", 65, "%"), "10", note="规范管理人数/在管人数"),
             Ind("产出指标", "质量指标", "适龄儿童免疫规划疫苗接种率", "＞95%", (">", 95, "%"), "10", note="按乡镇街道统计"),
             Ind("产出指标", "时效指标", "补助资金拨付时限", "2025年9月底前", D, "10", note="按季度拨付"),
             Ind("成本指标", "经济成本指标", "人均基本公共卫生服务补助标准", "≤94元/人", ("<=", 94, "元/人"), "20", note="按国家标准"),
             Ind("效益指标", "社会效益指标", "居民健康素养水平", "有效提升", Q, "20", note="与上年比较"),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "90%-95%", ("range", 90, "%", 95), "10", note="抽样调查"),
         ]),
        ("院前急救能力提升", "11010525T000001301", "北京市朝阳区急救中心", "1,260.00", "1,260.00", "0.00",
         "新增急救工作站，缩短急救平均反应时间。", [
             Ind("产出指标", "数量指标", "新建急救工作站", "6个", ("=", 6, "个"), "15", note="新建并投入使用"),
             Ind("产出指标", "数量指标", "急救培训人次", "不少于5000人次", (">=", 5000, "人次"), "10", note="社会公众培训"),
             Ind("产出指标", "质量指标", "急救设备完好率", "≥98%", (">=", 98, "%"), "15", note="月度巡检"),
             Ind("产出指标", "时效指标", "平均急救反应时间", "≤12分钟", ("<=", 12, "分钟"), "15", note="接警至到达现场"),
             Ind("成本指标", "经济成本指标", "单个工作站建设成本", "≤180万元", ("<=", 180, "万元"), "15", note="含设备购置"),
             Ind("效益指标", "社会效益指标", "院前急救服务可及性", "明显改善", Q, "20", note="覆盖半径缩小"),
             Ind("满意度指标", "服务对象满意度指标", "患者及家属满意度", "≥90%", (">=", 90, "%"), "10", note="电话回访"),
         ]),
    ]
    widths = [50, 56, 92, 38, 62, 34, 78, 86]
    for project, code, unit_name, year_amt, fiscal, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 3, project), (5, 1, "项目编码"), (6, 2, code))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 2, "项目资金（万元）")
        rows.put(r, 2, 1, 2, "年度资金总额")
        rows.put(r, 4, 1, 2, "其中：财政拨款")
        rows.put(r, 6, 1, 2, "其他资金")
        rows.put(r + 1, 2, 1, 2, year_amt)
        rows.put(r + 1, 4, 1, 2, fiscal)
        rows.put(r + 1, 6, 1, 2, other)
        rows.add((0, 2, "年度绩效目标"), (2, 6, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值类型", "指标值",
                                                     "权重（%）", "指标解释", "评（扣）分标准"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, "定性" if i.exp[0] == "qualitative" else "定量"),
                                                (4, 1, i.raw), (5, 1, i.weight), (6, 1, i.note), (7, 1, rule)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                             editor=f"编制单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=year_amt, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 上海 嘉定


def layout_sh_jd_header_fields_labels_above(folder: Path, name: str) -> FileGold:
    dept = "上海市嘉定区生态环境局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目绩效目标", dept, year)
    projects = [
        ("区域大气污染防治专项", "2025年1月—2026年12月", "特定目标类", "经常性项目",
         "8,600,000.00", "4,300,000.00", "4,000,000.00",
         "开展挥发性有机物治理、扬尘管控和移动源监管，持续改善区域环境空气质量。",
         "《上海市大气污染防治条例》；区政府关于深入打好蓝天保卫战的实施方案。", [
             Ind("产出指标", "数量指标", "VOCs治理企业数", "≥45家", (">=", 45, "家"), actual=None),
             Ind("产出指标", "数量指标", "工地扬尘在线监测点位", "120个", ("=", 120, "个")),
             Ind("产出指标", "质量指标", "治理设施验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "年度治理任务完成时间", "2025年11月30日前", D),
             Ind("效益指标", "生态效益指标", "PM2.5年均浓度", "≤28微克/立方米", ("<=", 28, "微克/立方米")),
             Ind("效益指标", "生态效益指标", "空气质量优良天数比例", "不低于88%", (">=", 88, "%")),
             Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("环境监测站仪器设备更新", "2025年1月—2025年12月", "特定目标类", "一次性项目",
         "2,150,000.00", "2,150,000.00", "2,150,000.00",
         "更新超期服役的实验室分析仪器，保障环境监测数据真实准确。",
         "《生态环境监测网络建设方案》；仪器设备报废鉴定意见。", [
             Ind("产出指标", "数量指标", "更新仪器设备台套数", "18台（套）", ("=", 18, "台(套)")),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "质量指标", "监测数据有效率", "＞95%", (">", 95, "%")),
             Ind("产出指标", "时效指标", "设备安装调试周期", "3～5个月", ("range", 3, "个月", 5)),
             Ind("成本指标", "经济成本指标", "设备采购成本", "≤215万元", ("<=", 215, "万元")),
             Ind("效益指标", "社会效益指标", "环境执法监测支撑能力", "显著增强", Q),
             Ind("满意度指标", "服务对象满意度指标", "监测人员满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [62, 70, 110, 90, 90, 96]
    for project, term, category, nature, total, year_amt, fiscal, summary, basis, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 4, project))
        rows.add((0, 2, "主管部门"), (2, 4, dept))
        rows.add((0, 2, "项目期限"), (2, 2, "项目类别"), (4, 2, "项目性质"))
        rows.add((0, 2, term), (2, 2, category), (4, 2, nature))
        rows.add((0, 2, "项目总金额（元）"), (2, 2, "本年度预算（元）"), (4, 2, "其中：财政资金（元）"))
        rows.add((0, 2, total), (2, 2, year_amt), (4, 2, fiscal))
        rows.add((0, 2, "项目概况"), (2, 4, summary))
        rows.add((0, 2, "立项依据"), (2, 4, basis))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标"))], (3, 3, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 3, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目绩效目标申报表", editor=f"预算单位：{dept}"),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", total=total, year=year_amt, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 天津 滨海新区


def layout_tj_bh_budget_two_pages_no_repeat(folder: Path, name: str) -> FileGold:
    dept = "天津市滨海新区城市管理委员会"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "36,480.10"), ("二、政府性基金预算拨款收入", "5,200.00")],
                  [("城乡社区支出", "40,180.10"), ("节能环保支出", "1,500.00")])
    project = "城市道路绿化养护管理"
    basis = "依据《天津市城市绿化条例》和新区园林绿化养护技术规范，参考上年实际完成情况测算"
    inds = [
        Ind("产出指标", "数量指标", "道路绿地养护面积", "≥520万平方米", (">=", 520, "万平方米"), note=basis),
        Ind("产出指标", "数量指标", "行道树修剪株数", "不少于6.5万株", (">=", 6.5, "万株"), note=basis),
        Ind("产出指标", "数量指标", "补植乔灌木", "≥1.2万株", (">=", 1.2, "万株"), note=basis),
        Ind("产出指标", "数量指标", "病虫害防治次数", "≥8次", (">=", 8, "次"), note="按养护技术规范每年防治次数"),
        Ind("产出指标", "数量指标", "绿化垃圾清运量", "≥3000吨", (">=", 3000, "吨"), note="上年清运量及增长测算"),
        Ind("产出指标", "质量指标", "养护考核达标率", "≥95%", (">=", 95, "%"), note="月度考核达标次数/考核次数"),
        Ind("产出指标", "质量指标", "苗木成活率", "≥98%", (">=", 98, "%"), note="补植后一年内成活株数/补植株数"),
        Ind("产出指标", "质量指标", "绿地保存率", "100%", ("=", 100, "%"), note=basis),
        Ind("产出指标", "质量指标", "古树名木保护率", "100%", ("=", 100, "%"), note="古树名木普查台账"),
        Ind("产出指标", "时效指标", "病死树清理时限", "≤3天", ("<=", 3, "天"), note="发现至清理完毕的时间"),
        Ind("产出指标", "时效指标", "冬季防寒措施完成时间", "2025年11月底前", D, note="按季节养护计划安排"),
        Ind("产出指标", "时效指标", "投诉处置时限", "1～2个工作日", ("range", 1, "个工作日", 2), note="12345热线工单办理要求"),
        Ind("成本指标", "经济成本指标", "每平方米年养护成本", "≤5.8元", ("<=", 5.8, "元"), note="养护定额标准"),
        Ind("成本指标", "经济成本指标", "项目总成本", "≤3020万元", ("<=", 3020, "万元"), note="年度预算控制数"),
        Ind("效益指标", "社会效益指标", "城市道路景观效果", "明显提升", Q, note="第三方考评"),
        Ind("效益指标", "生态效益指标", "建成区绿化覆盖率", "≥40%", (">=", 40, "%"), note="园林绿化统计年报"),
        Ind("效益指标", "可持续影响指标", "绿化养护长效管理机制", "持续完善", Q, note="养护管理制度建设情况"),
        Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", (">=", 90, "%"), note="第三方问卷调查"),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 4, project))
    rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, "天津市滨海新区园林绿化服务中心"))
    r = rows.n
    rows.put(r, 0, 3, 1, "项目资金（万元）")
    for k, (label, value) in enumerate((("年度资金总额", "3,020.00"), ("其中：财政拨款", "2,800.00"), ("上年结转", "220.00"))):
        rows.put(r + k, 1, 1, 2, label)
        rows.put(r + k, 3, 1, 2, value)
    rows.add((0, 1, "项目概况"), (1, 4, "负责新区建成区主次干道、快速路两侧及中央分隔带绿地的日常养护，包括浇灌、修剪、"
                                         "施肥、病虫害防治、补植补栽、绿化垃圾清运和冬季防寒等作业。"))
    rows.add((0, 1, "年度绩效目标"), (1, 4, "完成城市道路绿地日常养护，提升绿化景观质量，保障城市生态环境。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw),
                                            (4, 1, f"{i.note}；数据来源：新区园林绿化养护考核台账及年度统计报表")])
    doc.pages.grid(_spec(rows.cells, rows.n, [64, 76, 110, 90, 170], title=f"{year}年项目支出绩效目标表",
                         editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.project(project, "万元", year="3,020.00", fiscal="2,800.00", carried="220.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 苏州


def layout_js_sz_final_accounts_self_eval_deviation(folder: Path, name: str) -> FileGold:
    dept = "苏州市姑苏区民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "12,406.80"), ("二、其他收入", "102.30")],
                    [("一、社会保障和就业支出", "11,860.40"), ("二、卫生健康支出", "648.70")])
    evals = [
        ("居家养老服务补贴", "苏州市姑苏区养老服务指导中心", "860.00", "900.00", "872.10", "优",
         ("为特殊困难老年人提供居家养老服务补贴，服务对象满意度不低于90%。", "全年服务老年人6120人，满意度94%。"), [
             Ind("产出指标", "数量指标", "补贴服务老年人数", "≥6000人", (">=", 6000, "人"), "20", "6120人", "20"),
             Ind("产出指标", "质量指标", "上门服务规范率", "≥95%", (">=", 95, "%"), "15", "96.5%", "15"),
             Ind("产出指标", "时效指标", "补贴按月拨付", "每月10日前", D, "10", "按月拨付", "10"),
             Ind("产出指标", "成本指标", "人均月补贴标准", "≤300元", ("<=", 300, "元"), "5", "300元", "5"),
             Ind("效益指标", "社会效益指标", "老年人生活质量", "明显改善", Q, "20", "有所改善", "17", "部分老人服务频次偏低"),
             Ind("效益指标", "可持续影响指标", "居家养老服务网络覆盖率", "≥90%", (">=", 90, "%"), "10", "88%", "8",
                 "新建站点尚未运营"),
             Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", (">=", 90, "%"), "10", "94%", "10"),
         ]),
        ("困难群众临时救助", "苏州市姑苏区社会救助管理服务中心", "420.00", "450.00", "398.25", "良",
         ("及时救助遭遇突发困难的群众，救助资金发放准确率100%。", "救助困难群众2860人次，部分救助申请未达条件。"), [
             Ind("产出指标", "数量指标", "临时救助人次", "≥3000人次", (">=", 3000, "人次"), "20", "2860人次", "14",
                 "申请人数少于预期"),
             Ind("产出指标", "质量指标", "救助资金发放准确率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "急难型救助办结时限", "≤24小时", ("<=", 24, "小时"), "15", "26小时", "12",
                 "部分案件核查耗时较长"),
             Ind("效益指标", "社会效益指标", "困难群众基本生活保障", "有效保障", Q, "20", "基本保障", "16",
                 "救助标准偏低"),
             Ind("效益指标", "可持续影响指标", "救助信息化管理水平", "逐步提高", Q, "10", "有所提高", "7",
                 "系统对接未完成"),
             Ind("满意度指标", "服务对象满意度指标", "受助群众满意度", "≥90%", (">=", 90, "%"), "10", "86%", "8",
                 "政策宣传不够"),
         ]),
    ]
    for project, unit_name, initial, budget, executed, grade, goal, inds in evals:
        total, rate, rate_score = _grade_total(inds, budget, executed)
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, unit_name))
        rows.add((0, 2, "项目资金（万元）"), (2, 1, "年初预算数"), (3, 1, "全年预算数"), (4, 1, "全年执行数"),
                 (5, 1, "分值"), (6, 1, "执行率"), (7, 2, "得分"))
        rows.add((0, 2, "年度资金总额"), (2, 1, initial), (3, 1, budget), (4, 1, executed), (5, 1, "10"),
                 (6, 1, rate), (7, 2, rate_score))
        rows.add((0, 2, "其中：财政拨款"), (2, 1, initial), (3, 1, budget), (4, 1, executed), (5, 1, "—"),
                 (6, 1, "—"), (7, 2, "—"))
        rows.add((0, 2, "年度总体目标完成情况"), (2, 3, "预期目标：" + goal[0]), (5, 4, "实际完成情况：" + goal[1]))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因"))], (8, 1, "改进措施"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note),
                                                (8, 1, "加强跟踪督办" if i.note else "")])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, "绩效等级"), (8, 1, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [46, 56, 84, 62, 60, 34, 40, 72, 66], title="项目支出绩效自评表",
                             editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget, fiscal=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 浙江 杭州


def layout_zj_hz_dept_wide_cost_level1(folder: Path, name: str) -> FileGold:
    dept = "杭州市西湖区农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门整体支出绩效目标", dept, year)
    inds = [
        Ind("产出指标", "数量指标", "高标准农田建设面积", "≥1.2万亩", (">=", 1.2, "万亩"), "10"),
        Ind("产出指标", "数量指标", "农产品质量安全抽检批次", "≥1500批次", (">=", 1500, "批次"), "8"),
        Ind("产出指标", "数量指标", "农村生活污水处理设施运维村数", "52个", ("=", 52, "个"), "7"),
        Ind("产出指标", "质量指标", "农产品抽检合格率", "≥98%", (">=", 98, "%"), "8"),
        Ind("产出指标", "质量指标", "污水处理设施出水达标率", "≥90%", (">=", 90, "%"), "7"),
        Ind("产出指标", "时效指标", "惠农补贴兑付时限", "2025年10月底前", D, "5"),
        Ind("成本指标", "经济成本指标", "“三公”经费控制", "不高于上年", Q, "5"),
        Ind("成本指标", "经济成本指标", "高标准农田亩均建设成本", "≤3000元", ("<=", 3000, "元"), "5"),
        Ind("成本指标", "社会成本指标", "耕地非农化问题", "零新增", Q, "5"),
        Ind("效益指标", "经济效益指标", "农村居民人均可支配收入增长", "≥6%", (">=", 6, "%"), "10"),
        Ind("效益指标", "生态效益指标", "化肥使用量", "较上年下降", Q, "5"),
        Ind("效益指标", "社会效益指标", "美丽乡村示范村创建数", "3～5个", ("range", 3, "个", 5), "10"),
        Ind("效益指标", "可持续影响指标", "农业社会化服务体系", "逐步健全", Q, "5"),
        Ind("满意度指标", "服务对象满意度指标", "农户满意度", "＞90%", (">", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    for k, (h, v) in enumerate((("合计", "18,562.40"), ("财政拨款", "17,902.40"), ("其他资金", "660.00"))):
        rows.put(r, 1 + 2 * k if k < 2 else 5, 1, 2 if k < 2 else 1, h)
        rows.put(r + 1, 1 + 2 * k if k < 2 else 5, 1, 2 if k < 2 else 1, v)
    rows.add((0, 1, "年度履职目标"), (1, 5, "推进高标准农田建设和农产品质量安全监管，改善农村人居环境，促进农民持续增收。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "权重", "备注"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 84, 150, 96, 40, 60], title="部门（单位）整体支出绩效目标表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="department_performance_targets"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 广州


def layout_gd_gz_budget_list_numbered_title(folder: Path, name: str) -> FileGold:
    dept = "广州市天河区城市管理和综合执法局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "52,310.60"), ("二、其他收入", "880.00")],
                  [("城乡社区支出", "51,240.60"), ("公共安全支出", "1,950.00")], numbered=True)
    projects = [
        ("生活垃圾分类处理", "8,650.00", [
            Ind("产出指标", "数量指标", "生活垃圾分类收运量", "≥45万吨", (">=", 45, "万吨")),
            Ind("产出指标", "质量指标", "生活垃圾无害化处理率", "100%", ("=", 100, "%")),
            Ind("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥42%", (">=", 42, "%")),
            Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("市容环境卫生保洁", "12,400.00", [
            Ind("产出指标", "数量指标", "道路机扫面积", "≥1800万平方米", (">=", 1800, "万平方米")),
            Ind("产出指标", "质量指标", "道路保洁质量达标率", "≥95%", (">=", 95, "%")),
            Ind("产出指标", "时效指标", "垃圾日产日清率", "100%", ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "城市市容环境面貌", "持续改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "市民满意度", "90%-95%", ("range", 90, "%", 95)),
        ]),
        ("城管执法装备购置", "365.00", [
            Ind("产出指标", "数量指标", "执法记录仪购置数量", "200台", ("=", 200, "台")),
            Ind("产出指标", "时效指标", "采购完成时间", "2025年6月30日前", D),
            Ind("成本指标", "经济成本指标", "执法记录仪单价", "≤3500元", ("<=", 3500, "元")),
            Ind("效益指标", "社会效益指标", "执法规范化水平", "有效提升", Q),
        ]),
        ("违法建设治理", "1,980.00", [
            Ind("产出指标", "数量指标", "拆除违法建设面积", "≥30万平方米", (">=", 30, "万平方米")),
            Ind("产出指标", "质量指标", "新增违法建设查处率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "新增违建发现至处置时限", "≤7天", ("<=", 7, "天")),
            Ind("效益指标", "社会效益指标", "新增违法建设", "零增长", Q),
        ]),
    ]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "项目名称", "项目金额（万元）", "一级指标", "二级指标",
                                                 "三级指标", "指标值"))])
    for n, (project, amount, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 3, 4, lambda i: [(5, 1, i.name), (6, 1, i.raw)])
        for c, text in ((0, str(n)), (1, project), (2, amount)):
            rows.put(r0, c, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=amount)
    doc.pages.grid(_spec(rows.cells, rows.n, [30, 82, 62, 56, 76, 120, 96], title=f"预算表9  {year}年项目支出绩效目标表",
                         editor=f"编制部门：{dept}", unit_raw="单位：万元"), repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 深圳 福田


def layout_gd_sz_ft_dept_and_project_self_eval(folder: Path, name: str) -> FileGold:
    dept = "深圳市福田区教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度绩效自评报告", dept, year)
    dept_inds = [
        Ind("产出指标", "数量指标", "新增公办学位数", "≥6000个", (">=", 6000, "个"), "15", "6480个", "15"),
        Ind("产出指标", "数量指标", "教师培训人次", "≥8000人次", (">=", 8000, "人次"), "10", "8650人次", "10"),
        Ind("产出指标", "质量指标", "义务教育巩固率", "≥99%", (">=", 99, "%"), "10", "99.6%", "10"),
        Ind("产出指标", "时效指标", "新建学校开学时间", "2024年9月1日前", D, "10", "按期开学", "10"),
        Ind("效益指标", "社会效益指标", "优质教育资源覆盖面", "持续扩大", Q, "15", "持续扩大", "14"),
        Ind("效益指标", "可持续影响指标", "集团化办学覆盖率", "≥80%", (">=", 80, "%"), "10", "76%", "8"),
        Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
        Ind("满意度指标", "服务对象满意度指标", "教职工满意度", "≥85%", (">=", 85, "%"), "10", "88%", "10"),
    ]
    budget, executed = "286,450.00", "279,320.60"
    total, rate, rate_score = _grade_total(dept_inds, budget, executed)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    rows.add((0, 2, "全年预算数（万元）"), (2, 2, budget), (4, 2, "全年执行数（万元）"), (6, 2, executed))
    rows.add((0, 2, "预算执行率"), (2, 2, rate), (4, 2, "执行率得分（10分）"), (6, 2, rate_score))
    rows.add((0, 2, "年度总体目标完成情况"), (2, 6, "新增公办学位6480个，教师队伍素质持续提升，义务教育优质均衡发展。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "全年实际完成值",
                                                 "分值", "得分", "偏差原因分析"))])
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                 (6, 1, i.score), (7, 1, i.note or "—")])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
    rows.add((0, 5, "综合评价等级"), (5, 3, "优秀"))
    wide = [70, 90, 150, 90, 90, 50, 50, 170]
    doc.pages.grid(_spec(rows.cells, rows.n, wide, title=f"{year}年度部门整体支出绩效自评表", editor=f"填报单位：{dept}",
                         unit_raw="单位：万元", landscape=True, kind="performance_self_evaluation"), fresh_page=True)
    for ind in dept_inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", budget, executed, total, "优")

    project = "中小学智慧校园建设"
    inds = [
        Ind("产出指标", "数量指标", "智慧教室建设间数", "≥320间", (">=", 320, "间"), "20", "336间", "20"),
        Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "项目完工时间", "2024年8月31日前", D, "10", "2024年9月15日", "7", "部分设备供货延迟"),
        Ind("成本指标", "经济成本指标", "单间智慧教室建设成本", "≤25万元", ("<=", 25, "万元"), "10", "23.8万元", "10"),
        Ind("效益指标", "社会效益指标", "信息化教学应用水平", "显著提升", Q, "25", "显著提升", "24"),
        Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
    ]
    p_budget, p_fiscal, p_executed = "8,400.00", "8,000.00", "8,062.50"
    total, rate, rate_score = _grade_total(inds, p_budget, p_executed)
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 3, project), (5, 1, "实施单位"), (6, 2, "深圳市福田区教育信息技术中心"))
    rows.add((0, 2, "项目资金（万元）"), (2, 1, "年初预算数"), (3, 1, "全年预算数"), (4, 1, "全年执行数"),
             (5, 1, "执行率"), (6, 1, "分值"), (7, 1, "得分"))
    rows.add((0, 2, "年度资金总额"), (2, 1, "8,000.00"), (3, 1, p_budget), (4, 1, p_executed), (5, 1, rate), (6, 1, "10"),
             (7, 1, rate_score))
    rows.add((0, 2, "其中：财政拨款"), (2, 1, "8,000.00"), (3, 1, p_fiscal), (4, 1, "7,662.50"), (5, 1, "—"), (6, 1, "—"),
             (7, 1, "—"))
    rows.add((0, 2, "其他资金"), (2, 1, "0.00"), (3, 1, "400.00"), (4, 1, "400.00"), (5, 1, "—"), (6, 1, "—"), (7, 1, "—"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "全年实际完成值",
                                                 "分值", "得分", "偏差原因分析"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note or "—")])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
    rows.add((0, 5, "综合评价等级"), (5, 3, "优秀"))
    doc.pages.grid(_spec(rows.cells, rows.n, wide, title=f"{year}年度项目支出绩效自评表", editor=f"填报单位：{dept}",
                         unit_raw="单位：万元", landscape=True, kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", p_budget, p_executed, total, "优")
    doc.gold.project(project, "万元", year=p_budget, fiscal=p_fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 武汉 江岸


def layout_hb_wh_ja_self_eval_money_pairs_row(folder: Path, name: str) -> FileGold:
    dept = "武汉市江岸区文化和旅游局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评", dept, year)
    evals = [
        ("公共文化服务体系建设", "326.00", "318.42", "良", [
            Ind("产出指标", "数量指标", "举办公益文化活动场次", "不少于200场", (">=", 200, "场"), "20", "186场", "17",
                "受场馆维修影响", ),
            Ind("产出指标", "数量指标", "街道综合文化站免费开放", "13个", ("=", 13, "个"), "10", "13个", "10"),
            Ind("产出指标", "质量指标", "文化活动安全事故", "0起", ("=", 0, "起"), "10", "0起", "10"),
            Ind("产出指标", "时效指标", "活动经费拨付及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
            Ind("效益指标", "社会效益指标", "群众文化参与人次", "≥15万人次", (">=", 15, "万人次"), "20", "13.2万人次", "16",
                "线上活动统计口径调整"),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%"), "20", "86%", "16",
                "活动宣传覆盖不足"),
        ]),
        ("文物保护修缮", "540.00", "540.00", "优", [
            Ind("产出指标", "数量指标", "修缮文物保护单位", "4处", ("=", 4, "处"), "20", "4处", "20"),
            Ind("产出指标", "质量指标", "修缮工程验收合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
            Ind("产出指标", "时效指标", "修缮工程工期", "≤10个月", ("<=", 10, "个月"), "10", "9个月", "10"),
            Ind("效益指标", "社会效益指标", "历史文化风貌保护", "有效保护", Q, "20", "有效保护", "20"),
            Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", (">=", 85, "%"), "20", "90%", "20"),
        ]),
    ]
    for project, budget, executed, grade, inds in evals:
        total, rate, rate_score = _grade_total(inds, budget, executed)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "主管部门"), (5, 3, dept))
        rows.add((0, 1, "预算数（万元）"), (1, 1, budget), (2, 1, "执行数（万元）"), (3, 1, executed), (4, 1, "执行率"),
                 (5, 1, rate), (6, 1, "得分（10分）"), (7, 1, rate_score))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因及改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
        rows.add((0, 5, "自评等级"), (5, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 90, 150, 96, 96, 50, 50, 170], title="项目支出绩效自评表",
                             editor=f"（{year}年度）", unit_raw="单位：万元", landscape=True,
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- 陕西 延安


def layout_sn_ya_source_breakdown_varied_targets(folder: Path, name: str) -> FileGold:
    dept = "延安市宝塔区水务局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("农村饮水安全巩固提升工程", [("中央资金", "420.00"), ("省级资金", "180.00"), ("市级资金", "60.00"),
                                      ("区级资金", "40.00")], "700.00", [
            Ind("产出指标", "数量指标", "新建改造供水管网", "≥85公里", (">=", 85, "公里")),
            Ind("产出指标", "数量指标", "受益农村人口", "3.2万人", ("=", 3.2, "万人")),
            Ind("产出指标", "质量指标", "水质检测达标率", "90%-95%", ("range", 90, "%", 95)),
            Ind("产出指标", "时效指标", "工程完工时间", "2025年10月底前", D),
            Ind("效益指标", "社会效益指标", "农村自来水普及率", "＞96%", (">", 96, "%")),
            Ind("效益指标", "可持续影响指标", "工程设计使用年限", "≥20年", (">=", 20, "年")),
            Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", "不低于90%", (">=", 90, "%")),
        ]),
        ("淤地坝除险加固", [("中央资金", "560.00"), ("省级资金", "140.00"), ("市级资金", "0.00"),
                            ("区级资金", "50.00")], "750.00", [
            Ind("产出指标", "数量指标", "除险加固淤地坝座数", "12座", ("=", 12, "座")),
            Ind("产出指标", "质量指标", "工程质量合格率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "汛前主体完工", "2025年6月30日前", D),
            Ind("产出指标", "时效指标", "险情处置响应时间", "3～5天", ("range", 3, "天", 5)),
            Ind("成本指标", "经济成本指标", "单座加固成本", "≤62万元", ("<=", 62, "万元")),
            Ind("效益指标", "生态效益指标", "减少入黄泥沙量", "≥1.5万吨", (">=", 1.5, "万吨")),
            Ind("效益指标", "社会效益指标", "下游群众防洪安全", "有效保障", Q),
        ]),
    ]
    for project, sources, total, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, "延安市宝塔区水利工作站"))
        r = rows.n
        rows.put(r, 0, len(sources) + 2, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "资金来源")
        rows.put(r, 3, 1, 2, "金额")
        for k, (src, amt) in enumerate(sources, 1):
            rows.put(r + k, 1, 1, 2, src)
            rows.put(r + k, 3, 1, 2, amt)
        rows.put(r + len(sources) + 1, 1, 1, 2, "合计")
        rows.put(r + len(sources) + 1, 3, 1, 2, total)
        rows.add((0, 1, "年度目标"), (1, 4, f"完成{project}年度建设任务，保障工程安全运行并发挥效益。"))
        r = rows.n
        rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
        for k, h in enumerate(("一级指标", "二级指标", "三级指标", "指标值")):
            rows.put(r, 1 + k, 1, 1, h)
        rows.n = r + 1
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [60, 70, 90, 150, 130], title="项目支出绩效目标表",
                             editor=f"单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河北 雄安新区


def layout_he_xa_new_area_serial_flat_levels(folder: Path, name: str) -> FileGold:
    dept = "河北雄安新区管理委员会公共服务局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("新区社区卫生服务中心运行补助", "4,860,000.00", "4,860,000.00", [
            Ind("产出指标", "数量指标", "补助社区卫生服务中心数", "9个", ("=", 9, "个")),
            Ind("产出指标", "数量指标", "家庭医生签约人数", "≥6万人", (">=", 6, "万人")),
            Ind("产出指标", "质量指标", "重点人群签约率", "≥75%", (">=", 75, "%")),
            Ind("产出指标", "时效指标", "补助资金下达时间", "2025年5月底前", D),
            Ind("效益指标", "社会效益指标", "基层首诊比例", "逐年提高", Q),
            Ind("效益指标", "可持续影响指标", "基层医疗服务能力", "持续增强", Q),
            Ind("满意度指标", "服务对象满意度指标", "就诊居民满意度", "≥88%", (">=", 88, "%")),
        ]),
        ("回迁安置区托育服务补贴", "1,320,000.00", "1,200,000.00", [
            Ind("产出指标", "数量指标", "普惠托位数", "≥600个", (">=", 600, "个")),
            Ind("产出指标", "质量指标", "托育机构备案率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "补贴发放周期", "按季度发放", Q),
            Ind("成本指标", "经济成本指标", "每托位年补贴标准", "≤2200元", ("<=", 2200, "元")),
            Ind("效益指标", "社会效益指标", "每千人口托位数", "＞4.5个", (">", 4.5, "个")),
            Ind("效益指标", "社会效益指标", "婴幼儿家庭照护负担", "有效减轻", Q),
            Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    for project, year_amt, fiscal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 4, project))
        rows.add((0, 2, "主管部门"), (2, 4, dept))
        rows.add((0, 2, "年度预算（元）"), (2, 1, year_amt), (3, 2, "其中：财政拨款（元）"), (5, 1, fiscal))
        rows.add((0, 2, "年度绩效目标"), (2, 4, f"保障{project}落实，提升新区公共服务供给水平。"))
        rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "一级指标", "二级指标", "三级指标", "指标值", "备注"))])
        rows.add(*[(k, 1, t) for k, t in enumerate(("栏次", "1", "2", "3", "4", "5"))])
        for n, i in enumerate(inds, 1):
            rows.add((0, 1, str(n)), (1, 1, i.l1), (2, 1, i.l2), (3, 1, i.name), (4, 1, i.raw), (5, 1, ""))
        doc.pages.grid(_spec(rows.cells, rows.n, [34, 64, 84, 140, 110, 80], title="项目支出绩效目标表",
                             editor=f"预算单位：{dept}", unit_raw="单位：元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=year_amt, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建 福州


def layout_fj_fz_budget_short_forms_one_page(folder: Path, name: str) -> FileGold:
    dept = "福州市鼓楼区市场监督管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一、一般公共预算拨款收入", "6,840.20")],
                  [("一般公共服务支出", "5,960.20"), ("卫生健康支出", "880.00")])
    projects = [
        ("食品安全抽检监测", "360.00", "180.00", "180.00", [
            Ind("产出指标", "数量指标", "食品抽检批次", "≥4800批次", (">=", 4800, "批次")),
            Ind("产出指标", "质量指标", "不合格食品核查处置率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "抽检结果公布时限", "≤20个工作日", ("<=", 20, "个工作日")),
            Ind("效益指标", "社会效益指标", "食品安全评价性抽检合格率", "＞98%", (">", 98, "%")),
            Ind("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("特种设备安全监察", "96.00", "96.00", "96.00", [
            Ind("产出指标", "数量指标", "特种设备检查台次", "≥2600台次", (">=", 2600, "台次")),
            Ind("产出指标", "质量指标", "特种设备定期检验率", "≥99%", (">=", 99, "%")),
            Ind("效益指标", "社会效益指标", "特种设备较大以上事故", "0起", ("=", 0, "起")),
            Ind("效益指标", "可持续影响指标", "电梯安全监管长效机制", "基本建立", Q),
            Ind("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("知识产权保护与运用", "150.00", "150.00", "120.00", [
            Ind("产出指标", "数量指标", "高价值发明专利培育数", "30～40件", ("range", 30, "件", 40)),
            Ind("产出指标", "数量指标", "知识产权维权援助案件", "≥60件", (">=", 60, "件")),
            Ind("产出指标", "时效指标", "专利资助资金兑现时间", "2025年12月15日前", D),
            Ind("效益指标", "经济效益指标", "专利质押融资额", "≥2亿元", (">=", 2, "亿元")),
            Ind("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    first = True
    for project, total, year_amt, fiscal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "项目总额"), (1, 1, "本年安排"), (2, 1, "财政拨款"), (3, 2, "实施单位"))
        rows.add((0, 1, total), (1, 1, year_amt), (2, 1, fiscal), (3, 2, dept))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "备注"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 96, 150, 96, 72],
                             title=f"{year}年项目支出绩效目标表" if first else "",
                             editor="单位：万元" if first else ""), fresh_page=first)
        first = False
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=year_amt, fiscal=fiscal)
    return doc.save(folder)


BLIND12: dict[str, Builder] = {
    "bj_cy_budget_mof_type_criteria": layout_bj_cy_budget_mof_type_criteria,
    "sh_jd_header_fields_labels_above": layout_sh_jd_header_fields_labels_above,
    "tj_bh_budget_two_pages_no_repeat": layout_tj_bh_budget_two_pages_no_repeat,
    "js_sz_final_accounts_self_eval_deviation": layout_js_sz_final_accounts_self_eval_deviation,
    "zj_hz_dept_wide_cost_level1": layout_zj_hz_dept_wide_cost_level1,
    "gd_gz_budget_list_numbered_title": layout_gd_gz_budget_list_numbered_title,
    "gd_sz_ft_dept_and_project_self_eval": layout_gd_sz_ft_dept_and_project_self_eval,
    "hb_wh_ja_self_eval_money_pairs_row": layout_hb_wh_ja_self_eval_money_pairs_row,
    "sn_ya_source_breakdown_varied_targets": layout_sn_ya_source_breakdown_varied_targets,
    "he_xa_new_area_serial_flat_levels": layout_he_xa_new_area_serial_flat_levels,
    "fj_fz_budget_short_forms_one_page": layout_fj_fz_budget_short_forms_one_page,
}
SETS: dict[str, dict[str, Builder]] = {"blind12": BLIND12}


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
    """Write every layout of ``which`` ("blind12") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
