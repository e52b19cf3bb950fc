"""BLIND57 performance forms: ten layouts of 山东, 江苏, 浙江, 安徽, 福建, 江西, 上海, 广东 and 海南
(a district of 德州, a district of 宿迁, a district of 舟山, a district of 马鞍山, a district of
莆田, a district of 萍乡, a 街道 of 闵行, a district of 揭阳, a hospital of 儋州 and a 二级单位 of
a 镇江 district), written by an author who had read neither the form reader nor the earlier
blind sets (only the gold helpers and page composer of ``form_layouts``, the gold conventions
of BLIND9's docstring and the real disclosures). Each layout writes one PDF and its gold in the
format of ``form_layouts.write_set``; the gold is written by hand with ``form_layouts._gold_ind``
and ``FileGold``, never by the normalizers.

sd_dz_budget_spaced_money_unit_in_title  山东 德州 district 部门预算: budget tables, then one
        项目支出绩效目标表 per project, the unit in the title line（金额单位：万元）, a merged 项目资金
        cell beside spaced labels (资 金 总 额 / 其中：财政拨款 / 其他资金 / 上年结转) and their
        values, "—" in empty cells, a printed 0.00 上年结转
js_sq_source_grid_yuan_split_nature  江苏 宿迁 district 项目支出绩效目标申报表 standalone: money as
        a 资金来源 grid in 元 with separators (合计 / 一般公共预算财政拨款收入 / 政府性基金预算财政
        拨款收入 / 上年结转 / 其他资金), grid 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 权重
zj_zs_budget_two_forms_a_page_heads_row  浙江 舟山 district 部门预算: short forms two to a page,
        money heads (项目总额 | 本年预算 | 其中：财政资金 | 上年结转 | 其他资金) over one figures
        row, "/" in empty cells, 项目总额 of a multi-year project beside its year
ah_mas_final_accounts_stage_columns_slash  安徽 马鞍山 district 部门决算: accounts tables, then a
        部门整体支出绩效自评表 and two 项目支出绩效自评表 with stage columns 年初预算数 | 全年预算数 |
        全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金,
        "/" in cells that take no figure, 总分 without a grade
fj_pt_landscape_list_money_columns  福建 莆田 district landscape list 序号 | 项目名称 |
        资金总额（万元） | 其中：财政资金（万元） | 年度绩效目标 | levels | 三级 | 指标值 | 权重（%）,
        header repeated on every page, project cells merged over their indicators (cut by breaks)
jx_px_budget_dept_wide_money_sentence  江西 萍乡 district 部门预算 ending with a 部门整体支出绩效
        目标表 whose money is one sentence and a 项目支出绩效目标表 whose 项目资金 is one sentence
        (年度资金总额 … 万元（其中：财政拨款 … 万元，上年结转 … 万元）), ranges and a deadline
sh_mh_street_short_forms_units_in_cells  上海 闵行 街道 short forms running down the pages:
        money pairs with the unit in the cell (86.40万元), full-width colons in labels, target
        split 指标方向 (大于等于 / 小于等于 / 等于 / 定性) | 指标值 | 计量单位
gd_jy_landscape_self_evals_yuan_pairs_words  广东 揭阳 district 项目支出绩效自评表 on landscape
        pages: money as label | value pairs in 元 (年初预算数（元） … 其中：财政拨款（元）),
        预算执行率 | 执行率得分, 偏差原因分析, 总分 and 自评等级 in words (优秀 / 良好)
hi_dz_hospital_long_forms_labels_above  海南 儋州 hospital (二级单位) 项目支出绩效目标表 long forms:
        prose rows (立项依据 / 实施内容), money heads above their values (资金总额 | 财政拨款资金 |
        单位自有资金 | 上年结转, unit in the heads), grid running to the next page with its header
        repeated
js_zj_unit_budget_source_heads_words  江苏 镇江 district 二级单位 部门预算: money heads under a
        merged 项目资金（万元） (合计 | 财政拨款 | 财政专户管理资金 | 单位资金 | 上年结转), targets in
        words (不低于 / 不超过 / 达到 / 控制在 … 以内), 分值

Gold conventions: those of BLIND9's docstring and the money rulings of its addendum
(fiscal = the 财政拨款 / 财政资金 figure as printed or the sum of …财政拨款收入 lines; a printed
0.00 上年结转 is 0.00; 达到 N reads ≥), with this set's rulings:

- 控制在 N 以内 reads "<="; 指标方向 words 大于等于 / 小于等于 / 等于 read >= / <= / =, 定性 with its
  value reads qualitative.
- A money figure printed with its unit in the cell ("86.40万元") is read in that unit.
- A money sentence is read as its labelled parts (年度资金总额 -> year, 其中：财政拨款 -> fiscal,
  上年结转 -> carried); a 部门整体 form's sentence gives no project.
- A project self evaluation whose 上年结转资金 row prints figures gives carried = that row's
  全年预算数; a row of "/" gives none. 单位资金 / 财政专户管理资金 / 单位自有资金 are never fiscal.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]

I = Ind
DL = (None, None, None)  # a deadline: raw, no comparator


def _budget_front(doc: FormDoc, dept: str, year: int, kind: str = "部门预算") -> None:
    """The front of a 部门预算: contents, 部门概况, two budget tables, the heading of the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", f"第二部分  {year}年{kind}表", f"第三部分  {year}年{kind}情况说明",
                                   "第四部分  项目支出绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}负责本行政区域内相关领域的政策执行、行业管理和公共服务工作。",
        "二、机构设置。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
        f"三、{year}年重点工作。围绕年度目标任务，统筹做好各项重点工作，保障预算资金规范高效使用。",
    ])
    income = [("一、一般公共预算拨款收入", "4,862.30"), ("二、政府性基金预算拨款收入", "320.00"), ("三、其他收入", "96.50")]
    spending = [("一、一般公共服务支出", "1,210.40"), ("二、社会保障和就业支出", "806.20"), ("三、城乡社区支出", "3,262.20")]
    body = [plain_row([a[0], a[1], b[0], b[1]]) for a, b in zip(income, spending)]
    body.append(plain_row(["收入总计", "5,278.80", "支出总计", "5,278.80"]))
    doc.pages.table(TableSpec(f"{year}年部门收支总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    lines = [("201", "一般公共服务支出", "1,210.40", "1,010.40", "200.00"),
             ("208", "社会保障和就业支出", "806.20", "806.20", ""),
             ("212", "城乡社区支出", "3,262.20", "1,862.20", "1,400.00")]
    doc.pages.table(TableSpec(f"{year}年一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [70, 180, 90, 90, 90],
                              [(0, 0, 1, 2, "功能分类科目"), (0, 2, 2, 1, "合计"), (0, 3, 2, 1, "基本支出"),
                               (0, 4, 2, 1, "项目支出"), (1, 0, 1, 1, "科目编码"), (1, 1, 1, 1, "科目名称")], 2,
                              [plain_row(list(line)) for line in lines], ["l", "l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  项目支出绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}{year}年重点项目支出绩效目标如下表所示。"])


def _grid_head(rows: _Rows, heads: list[tuple[int, int, str]]) -> int:
    return rows.add(*heads)


# --------------------------------------------------------------------------- 山东 德州


def layout_sd_dz_budget_spaced_money_unit_in_title(folder: Path, name: str) -> FileGold:
    dept = "德州市德城区农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year)
    forms = [
        ("高标准农田建设", "德州市德城区农田建设服务中心", ("1,280.00", "1,200.00", "80.00", "0.00"),
         "新建高标准农田1.2万亩，配套灌排设施，提高粮食综合生产能力。", [
             I("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩", (">=", 1.2, "万亩")),
             I("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
             I("产出指标", "时效指标", "项目完工时间", "2025年11月底前", DL),
             I("效益指标", "经济效益指标", "亩均粮食增产", "≥50公斤", (">=", 50, "公斤")),
             I("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农业社会化服务", "德州市德城区农业技术推广站", ("360.00", "360.00", "—", "—"),
         "开展托管服务，推动小农户与现代农业有机衔接。", [
             I("产出指标", "数量指标", "托管服务面积", "≥3万亩次", (">=", 3, "万亩次")),
             I("产出指标", "数量指标", "扶持服务组织数", "12个", ("=", 12, "个")),
             I("产出指标", "成本指标", "亩均补助标准", "≤40元", ("<=", 40, "元")),
             I("效益指标", "社会效益指标", "小农户生产成本", "有效降低", Q),
             I("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%", (">=", 92, "%")),
         ]),
        ("动物疫病防控", "德州市德城区畜牧兽医事业发展中心", ("145.50", "120.00", "", "25.50"),
         "做好重大动物疫病强制免疫和监测，确保不发生区域性重大动物疫情。", [
             I("产出指标", "数量指标", "强制免疫畜禽数量", "≥85万头（只）", (">=", 85, "万头(只)")),
             I("产出指标", "质量指标", "免疫抗体合格率", "≥70%", (">=", 70, "%")),
             I("产出指标", "时效指标", "疫情报告时限", "≤2小时", ("<=", 2, "小时")),
             I("效益指标", "社会效益指标", "区域性重大动物疫情发生数", "0起", ("=", 0, "起")),
             I("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    for project, unit_name, (total, fiscal, other, carried), goal, inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "实施单位"), (3, 2, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金")
        for k, (label, value) in enumerate((("资 金 总 额", total), ("其中：财政拨款", fiscal), ("其他资金", other),
                                            ("上年结转", carried))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, value)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 96, 130, 100, 104],
                             title=f"{year}年项目支出绩效目标表（金额单位：万元）", editor=f"预算单位：{dept}"),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal,
                         carried=carried if carried not in ("", "—") else None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 宿迁


def layout_js_sq_source_grid_yuan_split_nature(folder: Path, name: str) -> FileGold:
    dept = "宿迁市宿城区卫生健康委员会"
    year = 2025
    doc = FormDoc(name, f"{year}年度项目支出绩效目标申报表", dept, year,
                  cover=[(f"{year}年度项目支出绩效目标申报表", 22), (f"申报单位：{dept}", 16)])
    forms = [
        ("基层医疗卫生机构能力提升", "3213022501000012", "宿迁市宿城区卫生健康委员会",
         [("合计", "6,850,000.00"), ("一般公共预算财政拨款收入", "6,200,000.00"),
          ("政府性基金预算财政拨款收入", "—"), ("上年结转", "300,000.00"), ("其他资金", "350,000.00")],
         ("6,850,000.00", "6,200,000.00", "300,000.00"),
         "为12家乡镇卫生院和社区卫生服务中心更新诊疗设备，提升基层首诊能力。", [
             I("产出指标", "数量指标", "更新设备机构数", ("≥", "12", "家"), (">=", 12, "家"), "15"),
             I("产出指标", "数量指标", "购置诊疗设备台（套）数", ("≥", "96", "台（套）"), (">=", 96, "台(套)"), "10"),
             I("产出指标", "质量指标", "设备验收合格率", ("＝", "100", "%"), ("=", 100, "%"), "10"),
             I("产出指标", "时效指标", "设备安装调试完成时限", ("≤", "60", "天"), ("<=", 60, "天"), "10"),
             I("产出指标", "成本指标", "单台设备平均采购成本", ("≤", "7.2", "万元"), ("<=", 7.2, "万元"), "5"),
             I("效益指标", "社会效益指标", "基层诊疗人次占比", ("≥", "65", "%"), (">=", 65, "%"), "20"),
             I("效益指标", "可持续影响指标", "基层服务能力", ("定性", "持续提升", ""), Q, "20"),
             I("满意度指标", "服务对象满意度指标", "就诊群众满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
         ]),
        ("家庭医生签约服务", "3213022501000027", "宿迁市宿城区基层卫生服务指导中心",
         [("合计", "2,430,000.00"), ("一般公共预算财政拨款收入", "2,430,000.00"),
          ("政府性基金预算财政拨款收入", "—"), ("上年结转", "—"), ("其他资金", "—")],
         ("2,430,000.00", "2,430,000.00", None),
         "做实家庭医生签约服务，重点人群签约覆盖率稳步提高。", [
             I("产出指标", "数量指标", "重点人群签约人数", ("≥", "8.6", "万人"), (">=", 8.6, "万人"), "20"),
             I("产出指标", "质量指标", "重点人群签约覆盖率", ("≥", "75", "%"), (">=", 75, "%"), "15"),
             I("产出指标", "质量指标", "签约居民随访完成率", ("≥", "85", "%"), (">=", 85, "%"), "10"),
             I("产出指标", "时效指标", "签约服务费拨付时间", ("≤", "30", "个工作日"), ("<=", 30, "个工作日"), "10"),
             I("产出指标", "成本指标", "人均签约服务补助", ("＝", "25", "元"), ("=", 25, "元"), "5"),
             I("效益指标", "社会效益指标", "慢性病规范管理率", ("≥", "70", "%"), (">=", 70, "%"), "15"),
             I("效益指标", "可持续影响指标", "分级诊疗格局", ("定性", "逐步形成", ""), Q, "15"),
             I("满意度指标", "服务对象满意度指标", "签约居民满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
         ]),
    ]
    for project, code, unit_name, sources, (total, fiscal, carried), goal, inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 2, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 2, unit_name))
        rows.add((0, 1, "项目类型"), (1, 3, "其他运转类项目"), (4, 1, "项目期限"), (5, 2, "1年"))
        r = rows.n
        rows.put(r, 0, len(sources) + 1, 1, "项目资金（元）")
        rows.put(r, 1, 1, 4, "资金来源")
        rows.put(r, 5, 1, 2, "金额")
        for k, (src, amount) in enumerate(sources, 1):
            rows.put(r + k, 1, 1, 4, src)
            rows.put(r + k, 5, 1, 2, amount)
        rows.add((0, 1, "项目实施内容"), (1, 6, goal))
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标性质"),
                        (4, 1, "指标值"), (5, 1, "度量单位"), (6, 1, "权重"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [66, 76, 140, 50, 64, 60, 40], title="项目支出绩效目标申报表",
                             editor=f"填报单位（盖章）：{unit_name}"), repeat=(head, 1), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 浙江 舟山


def layout_zj_zs_budget_two_forms_a_page_heads_row(folder: Path, name: str) -> FileGold:
    dept = "舟山市定海区文化和广电旅游体育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{year}年部门预算", 26), (dept, 18)])
    _budget_front(doc, dept, year)
    forms = [
        ("海岛文化惠民演出（2025-2027年）", ("240.00", "80.00", "80.00", "/", "/"),
         "全年送戏下岛演出60场，丰富海岛群众文化生活。", [
             I("产出指标", "数量指标", "送戏下岛演出场次", "≥60场", (">=", 60, "场")),
             I("产出指标", "质量指标", "演出节目原创比例", "≥30%", (">=", 30, "%")),
             I("效益指标", "社会效益指标", "观演群众人次", "≥3万人次", (">=", 3, "万人次")),
             I("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("全民健身设施更新", ("300.00", "300.00", "260.00", "40.00", "/"),
         "更新社区和行政村健身路径，打造15分钟健身圈。", [
             I("产出指标", "数量指标", "更新健身路径数", "45处", ("=", 45, "处")),
             I("产出指标", "时效指标", "设施安装完成时间", "2025年9月30日前", DL),
             I("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%", (">=", 42, "%")),
             I("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥88%", (">=", 88, "%")),
         ]),
        ("文物保护修缮", ("150.00", "150.00", "130.00", "/", "20.00"),
         "完成3处区级文物保护单位本体修缮，消除安全隐患。", [
             I("产出指标", "数量指标", "修缮文物保护单位数", "3处", ("=", 3, "处")),
             I("产出指标", "质量指标", "修缮工程验收合格率", "100%", ("=", 100, "%")),
             I("效益指标", "可持续影响指标", "文物安全状况", "明显改善", Q),
             I("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("公共图书馆数字资源购置", ("45.00", "45.00", "45.00", "/", "/"),
         "购置电子图书和数据库资源，提升数字阅读服务能力。", [
             I("产出指标", "数量指标", "新增电子图书册数", "≥2万册", (">=", 2, "万册")),
             I("产出指标", "成本指标", "数据库年度采购成本", "≤18万元", ("<=", 18, "万元")),
             I("效益指标", "社会效益指标", "数字资源访问量", "≥50万次", (">=", 50, "万次")),
             I("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    for k, (project, (total, year_amt, fiscal, carried, other), goal, inds) in enumerate(forms):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "项目总额"), (1, 1, "本年预算"), (2, 1, "其中：财政资金"), (3, 1, "上年结转"),
                 (4, 1, "其他资金"), (5, 1, "实施单位"))
        rows.add((0, 1, total), (1, 1, year_amt), (2, 1, fiscal), (3, 1, carried), (4, 1, other), (5, 1, dept))
        rows.add((0, 1, "年度目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [72, 80, 80, 64, 64, 130], title="项目支出绩效目标表",
                             editor=f"部门名称：{dept}", unit_raw="单位：万元"), fresh_page=k % 2 == 0, gap=30)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=year_amt, fiscal=fiscal,
                         carried=None if carried == "/" else carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 安徽 马鞍山


def _stage_self_eval(doc: FormDoc, project: str | None, unit_name: str, lines: list[tuple[str, str, str, str]],
                     goal: tuple[str, str], inds: list[Ind], title: str) -> float:
    """Money as stage columns over 年度资金总额 / 其中 lines ("/" where a line takes no
    figure), goals, scoring grid, 总分; returns the total printed."""
    budget, executed = Decimal(lines[0][2].replace(",", "")), Decimal(lines[0][3].replace(",", ""))
    rate = executed / budget
    rate_score = round(min(Decimal(10), rate * 10), 2)
    total = float(rate_score) + sum(float(i.score) for i in inds)
    rows = _Rows()
    if project:
        rows.add((0, 2, "项目名称"), (2, 7, project))
        rows.add((0, 2, "主管部门"), (2, 3, doc.gold.department), (5, 1, "实施单位"), (6, 3, unit_name))
    else:
        rows.add((0, 2, "部门（单位）名称"), (2, 7, doc.gold.department))
    r = rows.n
    rows.put(r, 0, len(lines) + 1, 1, "年度资金（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, (label, initial, full, done) in enumerate(lines, 1):
        rows.put(r + k, 1, 1, 2, label)
        first = k == 1
        vals = (initial, full, done, "10" if first else "/", f"{rate * 100:.2f}%" if first else "/",
                f"{rate_score:.2f}" if first else "/")
        for j, v in enumerate(vals):
            rows.put(r + k, 3 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, goal[0])
    rows.put(r + 1, 5, 1, 4, goal[1])
    head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                        "分值", "得分", "偏差原因分析及改进措施"))], (8, 1, "备注"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note), (8, 1, "")])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
    doc.pages.grid(_spec(rows.cells, rows.n, [50, 56, 84, 58, 58, 38, 42, 90, 36], title=title,
                         editor=f"（{doc.gold.fiscal_year}年度）", kind="performance_self_evaluation"),
                   repeat=(head, 1), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", lines[0][2], lines[0][3], round(total, 2), None)
    return total


def layout_ah_mas_final_accounts_stage_columns_slash(folder: Path, name: str) -> FileGold:
    dept = "马鞍山市花山区民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "4,215.60"), ("二、其他收入", "38.40")],
                    [("一、社会保障和就业支出", "3,902.10"), ("二、一般公共服务支出", "351.90")])
    _stage_self_eval(doc, None, "", [("年度资金总额", "4,180.00", "4,320.00", "4,254.00"),
                                     ("其中：财政拨款", "4,140.00", "4,280.00", "4,215.60"),
                                     ("其他资金", "40.00", "40.00", "38.40")],
                     ("保障困难群众基本生活，提升养老服务和社会事务管理水平。",
                      "全年发放各类救助资金，新建社区养老服务站4个，各项任务基本完成。"), [
        I("产出指标", "数量指标", "城乡低保保障人数", "≥3200人", (">=", 3200, "人"), "15", "3286人", "15"),
        I("产出指标", "数量指标", "新建社区养老服务站", "4个", ("=", 4, "个"), "10", "4个", "10"),
        I("产出指标", "质量指标", "救助资金社会化发放率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        I("产出指标", "时效指标", "临时救助审批时限", "≤5个工作日", ("<=", 5, "个工作日"), "10", "4个工作日", "10"),
        I("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", Q, "15", "有效保障", "15"),
        I("效益指标", "社会效益指标", "养老服务覆盖率", "≥90%", (">=", 90, "%"), "10", "86%", "8",
          "部分服务站年底投用"),
        I("效益指标", "可持续影响指标", "社会救助长效机制", "逐步健全", Q, "10", "逐步健全", "9"),
        I("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "10", "94%", "10"),
    ], "部门整体支出绩效自评表")
    evals = [
        ("居家养老服务补贴", "马鞍山市花山区养老服务指导中心",
         [("年度资金总额", "260.00", "272.00", "265.40"), ("其中：财政拨款", "260.00", "260.00", "253.40"),
          ("上年结转资金", "0.00", "12.00", "12.00"), ("其他资金", "/", "/", "/")],
         ("为特殊困难老年人提供居家养老服务，服务对象不少于1500人。", "服务1563人，完成年度目标。"), [
             I("产出指标", "数量指标", "居家养老服务对象人数", "≥1500人", (">=", 1500, "人"), "20", "1563人", "20"),
             I("产出指标", "质量指标", "服务质量抽查合格率", "≥95%", (">=", 95, "%"), "15", "96.5%", "15"),
             I("产出指标", "时效指标", "补贴按月拨付率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             I("产出指标", "成本指标", "人均月服务补贴", "≤150元", ("<=", 150, "元"), "5", "145元", "5"),
             I("效益指标", "社会效益指标", "老年人生活质量", "明显提高", Q, "20", "有所提高", "17",
               "服务项目较单一，下年增加助餐助浴服务"),
             I("效益指标", "可持续影响指标", "居家养老服务网络", "持续完善", Q, "10", "持续完善", "10"),
             I("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
         ], (("272.00", "260.00", "12.00"))),
        ("婚姻登记场所标准化建设", "马鞍山市花山区婚姻登记处",
         [("年度资金总额", "85.00", "85.00", "78.20"), ("其中：财政拨款", "85.00", "85.00", "78.20"),
          ("上年结转资金", "/", "/", "/"), ("其他资金", "/", "/", "/")],
         ("完成婚姻登记大厅改造，年内投入使用。", "大厅改造完成并投入使用，结余资金按规定收回。"), [
             I("产出指标", "数量指标", "改造登记大厅面积", "≥600平方米", (">=", 600, "平方米"), "20", "620平方米", "20"),
             I("产出指标", "质量指标", "改造工程验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             I("产出指标", "时效指标", "投入使用时间", "2024年10月底前", DL, "10", "2024年10月18日", "10"),
             I("产出指标", "成本指标", "改造成本", "≤85万元", ("<=", 85, "万元"), "5", "78.2万元", "5"),
             I("效益指标", "社会效益指标", "婚姻登记服务环境", "显著改善", Q, "20", "显著改善", "19"),
             I("效益指标", "可持续影响指标", "颁证服务常态化", "持续开展", Q, "10", "持续开展", "10"),
             I("满意度指标", "服务对象满意度指标", "登记群众满意度", "≥95%", (">=", 95, "%"), "10", "97%", "10"),
         ], (("85.00", "85.00", None))),
    ]
    for project, unit_name, lines, goal, inds, (year_amt, fiscal, carried) in evals:
        _stage_self_eval(doc, project, unit_name, lines, goal, inds, "项目支出绩效自评表")
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 福建 莆田


def layout_fj_pt_landscape_list_money_columns(folder: Path, name: str) -> FileGold:
    dept = "莆田市城厢区住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("城镇老旧小区改造", "2,650.00", "2,150.00", "改造老旧小区18个，惠及居民3200户，完善小区基础设施。", [
            I("产出指标", "数量指标", "改造老旧小区数量", "18个", ("=", 18, "个"), "25"),
            I("产出指标", "质量指标", "工程竣工验收合格率", "100%", ("=", 100, "%"), "20"),
            I("产出指标", "时效指标", "年度开工率", "100%", ("=", 100, "%"), "15"),
            I("效益指标", "社会效益指标", "惠及居民户数", "≥3200户", (">=", 3200, "户"), "25"),
            I("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", (">=", 90, "%"), "15"),
        ]),
        ("农村危房改造补助", "186.00", "186.00", "完成农村低收入群体危房改造，保障住房安全。", [
            I("产出指标", "数量指标", "危房改造户数", "≥62户", (">=", 62, "户"), "30"),
            I("产出指标", "质量指标", "改造后房屋安全鉴定合格率", "100%", ("=", 100, "%"), "20"),
            I("产出指标", "成本指标", "户均补助标准", "≤3万元", ("<=", 3, "万元"), "10"),
            I("效益指标", "社会效益指标", "低收入群体住房安全", "有效保障", Q, "25"),
            I("满意度指标", "服务对象满意度指标", "补助对象满意度", "≥95%", (">=", 95, "%"), "15"),
        ]),
        ("建筑工地扬尘治理", "72.50", "72.50", "加强建筑工地扬尘监测和执法检查，改善城区空气质量。", [
            I("产出指标", "数量指标", "在线监测设备覆盖工地数", "≥45个", (">=", 45, "个"), "25"),
            I("产出指标", "质量指标", "工地扬尘防治达标率", "90%-95%", ("range", 90, "%", 95), "25"),
            I("产出指标", "时效指标", "超标预警处置时限", "≤24小时", ("<=", 24, "小时"), "15"),
            I("效益指标", "生态效益指标", "施工扬尘投诉量", "同比下降", Q, "20"),
            I("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", (">=", 85, "%"), "15"),
        ]),
        ("物业管理服务提升", "120.00", "100.00", "开展物业服务质量考评，推进红色物业建设。", [
            I("产出指标", "数量指标", "考评物业服务项目数", "≥80个", (">=", 80, "个"), "25"),
            I("产出指标", "质量指标", "物业投诉办结率", "≥98%", (">=", 98, "%"), "20"),
            I("产出指标", "时效指标", "考评结果公布时间", "2025年12月15日前", DL, "15"),
            I("效益指标", "可持续影响指标", "物业管理长效机制", "逐步建立", Q, "25"),
            I("满意度指标", "服务对象满意度指标", "业主满意度", "≥85%", (">=", 85, "%"), "15"),
        ]),
    ]
    rows = _Rows()
    head = rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "项目名称", "资金总额（万元）", "其中：财政资金（万元）",
                                                        "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值",
                                                        "权重（%）"))])
    for n, (project, total, fiscal, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.raw), (9, 1, i.weight)])
        for col, text in ((0, str(n)), (1, project), (2, total), (3, fiscal), (4, goal)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [30, 96, 64, 64, 150, 58, 66, 120, 84, 44],
                         title=f"{year}年项目支出绩效目标表", editor=f"单位名称：{dept}", landscape=True),
                   repeat=(head, 1), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 萍乡


def layout_jx_px_budget_dept_wide_money_sentence(folder: Path, name: str) -> FileGold:
    dept = "萍乡市安源区教育体育局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}", 22), (f"{year}年部门预算公开", 22)])
    _budget_front(doc, dept, year)
    inds = [
        I("产出指标", "数量指标", "义务教育阶段在校生人数", "≥4.2万人", (">=", 4.2, "万人")),
        I("产出指标", "数量指标", "教师培训人次", "≥3000人次", (">=", 3000, "人次")),
        I("产出指标", "质量指标", "义务教育巩固率", "≥99%", (">=", 99, "%")),
        I("产出指标", "质量指标", "学前教育普惠率", "88%-92%", ("range", 88, "%", 92)),
        I("产出指标", "时效指标", "学生资助资金发放时间", "2025年12月20日前", DL),
        I("产出指标", "成本指标", "“三公”经费控制率", "≤100%", ("<=", 100, "%")),
        I("效益指标", "社会效益指标", "家庭经济困难学生资助覆盖率", "100%", ("=", 100, "%")),
        I("效益指标", "社会效益指标", "校园安全责任事故", "0起", ("=", 0, "起")),
        I("效益指标", "可持续影响指标", "城乡教育均衡发展水平", "稳步提升", Q),
        I("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", (">=", 90, "%")),
        I("满意度指标", "服务对象满意度指标", "教师满意度", "≥88%", (">=", 88, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 4, dept))
    rows.add((0, 1, "部门预算资金"), (1, 4, "年度预算资金总额：5,682.40万元，其中：财政拨款5,320.00万元，其他资金362.40万元"))
    rows.add((0, 1, "年度主要任务"), (1, 4, "保障义务教育学校运转，落实学生资助政策，推进学前教育普惠发展和教师队伍建设。"))
    rows.add((0, 1, "年度总体目标"), (1, 4, "义务教育优质均衡发展，教育质量稳步提升，人民群众满意度持续提高。"))
    head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "备注"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 96, 150, 100, 84], title=f"{year}年部门整体支出绩效目标表",
                         editor=f"编制单位：{dept}", kind="dept_performance_targets"), repeat=(head, 1), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    project = "学生营养改善计划"
    pinds = [
        I("产出指标", "数量指标", "受益学生人数", "≥1.6万人", (">=", 1.6, "万人")),
        I("产出指标", "质量指标", "食品安全抽检合格率", "100%", ("=", 100, "%")),
        I("产出指标", "成本指标", "每生每天补助标准", "＝5元", ("=", 5, "元")),
        I("效益指标", "社会效益指标", "学生营养健康状况", "持续改善", Q),
        I("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥92%", (">=", 92, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 4, project))
    rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "实施单位"), (3, 2, "安源区各农村义务教育学校"))
    rows.add((0, 1, "项目资金"), (1, 4, "年度资金总额420.00万元（其中：财政拨款400.00万元，上年结转20.00万元）"))
    rows.add((0, 1, "年度绩效目标"), (1, 4, "按标准落实农村义务教育学生营养膳食补助，保障食品安全。"))
    head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "备注"))
    _grid_rows(rows, pinds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 96, 150, 100, 84], title=f"{year}年项目支出绩效目标表",
                         editor=f"编制单位：{dept}"), repeat=(head, 1), fresh_page=True)
    for ind in pinds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.project(project, "万元", year="420.00", fiscal="400.00", carried="20.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 上海 闵行


def layout_sh_mh_street_short_forms_units_in_cells(folder: Path, name: str) -> FileGold:
    dept = "上海市闵行区人民政府江川路街道办事处"
    year = 2025
    doc = FormDoc(name, f"{year}年项目绩效目标", dept, year,
                  cover=[(f"{year}年项目支出绩效目标表", 22), (f"单位：{dept}", 14)])
    forms = [
        ("社区综合帮扶", ("86.40", "80.00", "6.40"), "为社区困难家庭提供帮扶服务，帮扶覆盖全部在册对象。", [
            I("产出指标", "数量指标", "帮扶困难家庭户数", ("大于等于", "420", "户"), (">=", 420, "户")),
            I("产出指标", "质量指标", "帮扶对象走访率", ("等于", "100", "%"), ("=", 100, "%")),
            I("产出指标", "时效指标", "帮扶申请办结时限", ("小于等于", "10", "个工作日"), ("<=", 10, "个工作日")),
            I("效益指标", "社会效益指标", "困难家庭生活状况", ("定性", "有所改善", ""), Q),
            I("满意度指标", "服务对象满意度指标", "帮扶对象满意度", ("大于等于", "90", "%"), (">=", 90, "%")),
        ]),
        ("垃圾分类实效推进", ("152.00", "152.00", "—"), "巩固生活垃圾分类实效，湿垃圾分出量保持稳定。", [
            I("产出指标", "数量指标", "分类投放点改造数", ("大于等于", "36", "个"), (">=", 36, "个")),
            I("产出指标", "质量指标", "居住区分类达标率", ("大于等于", "95", "%"), (">=", 95, "%")),
            I("效益指标", "生态效益指标", "湿垃圾日均分出量", ("大于等于", "28", "吨"), (">=", 28, "吨")),
            I("效益指标", "可持续影响指标", "居民分类习惯", ("定性", "基本养成", ""), Q),
            I("满意度指标", "服务对象满意度指标", "社区居民满意度", ("大于等于", "85", "%"), (">=", 85, "%")),
        ]),
        ("老年助餐服务", ("64.80", "60.00", "4.80"), "运营社区长者食堂2家，提供老年助餐服务。", [
            I("产出指标", "数量指标", "日均供餐份数", ("大于等于", "600", "份"), (">=", 600, "份")),
            I("产出指标", "质量指标", "食品安全检查合格率", ("等于", "100", "%"), ("=", 100, "%")),
            I("产出指标", "成本指标", "每餐补贴标准", ("小于等于", "4", "元"), ("<=", 4, "元")),
            I("效益指标", "社会效益指标", "老年人就餐便利度", ("定性", "明显提升", ""), Q),
            I("满意度指标", "服务对象满意度指标", "就餐老人满意度", ("大于等于", "90", "%"), (">=", 90, "%")),
        ]),
    ]
    for project, (year_amt, fiscal, other), goal, inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称："), (1, 5, project))
        rows.add((0, 1, "年度预算金额："), (1, 2, f"{year_amt}万元"), (3, 1, "其中：财政拨款："),
                 (4, 2, f"{fiscal}万元"))
        rows.add((0, 1, "其他资金："), (1, 2, f"{other}万元" if other != "—" else other), (3, 1, "实施单位："),
                 (4, 2, dept))
        rows.add((0, 1, "年度目标："), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标方向"), (4, 1, "指标值"),
                 (5, 1, "计量单位"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2])])
        doc.pages.grid(_spec(rows.cells, rows.n, [76, 86, 110, 94, 80, 64], title=f"{project}项目绩效目标表"),
                       gap=26)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 揭阳


def layout_gd_jy_landscape_self_evals_yuan_pairs_words(folder: Path, name: str) -> FileGold:
    dept = "揭阳市榕城区城市管理和综合执法局"
    year = 2024
    doc = FormDoc(name, f"{year}年度项目支出绩效自评表", dept, year,
                  cover=[(f"{dept}", 22), (f"{year}年度项目支出绩效自评报告", 20)])
    evals = [
        ("城区道路清扫保洁", ("12,000,000.00", "13,500,000.00", "13,185,000.00", "13,500,000.00"), "优秀", "优",
         ("城区主次干道机械化清扫，道路保洁质量达标。", "完成清扫保洁任务，机械化清扫率达到88%。"), [
             I("产出指标", "数量指标", "清扫保洁面积", "≥520万平方米", (">=", 520, "万平方米"), "20", "536万平方米", "20"),
             I("产出指标", "质量指标", "机械化清扫率", "≥85%", (">=", 85, "%"), "20", "88%", "20"),
             I("产出指标", "时效指标", "垃圾日产日清率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             I("效益指标", "社会效益指标", "城区市容环境", "明显改善", Q, "20", "明显改善", "18", "背街小巷保洁仍有短板"),
             I("效益指标", "可持续影响指标", "环卫作业市场化机制", "持续运行", Q, "10", "持续运行", "10"),
             I("满意度指标", "服务对象满意度指标", "市民满意度", "≥85%", (">=", 85, "%"), "10", "87%", "10"),
         ]),
        ("违法建设治理", ("2,000,000.00", "2,000,000.00", "1,640,000.00", "2,000,000.00"), "良好", "良",
         ("依法查处违法建设，新增违建零增长。", "拆除违建3.2万平方米，部分案件未结。"), [
             I("产出指标", "数量指标", "拆除违法建设面积", "≥3万平方米", (">=", 3, "万平方米"), "20", "3.2万平方米", "20"),
             I("产出指标", "质量指标", "违建案件结案率", "≥90%", (">=", 90, "%"), "20", "82%", "15", "部分案件进入司法程序"),
             I("产出指标", "时效指标", "新增违建发现处置时限", "≤48小时", ("<=", 48, "小时"), "10", "48小时", "10"),
             I("效益指标", "社会效益指标", "新增违法建设", "零增长", Q, "20", "零增长", "18"),
             I("效益指标", "可持续影响指标", "违建防控网格化机制", "有效运行", Q, "10", "有效运行", "8", "网格巡查人员不足"),
             I("满意度指标", "服务对象满意度指标", "群众满意度", "≥80%", (">=", 80, "%"), "10", "84%", "9"),
         ]),
        ("户外广告招牌整治", ("800,000.00", "750,000.00", "742,500.00", "700,000.00"), "优秀", "优",
         ("规范户外广告招牌设置，消除安全隐患。", "整治招牌1260块，完成年度目标。"), [
             I("产出指标", "数量指标", "整治广告招牌数量", "≥1200块", (">=", 1200, "块"), "20", "1260块", "20"),
             I("产出指标", "质量指标", "安全隐患整改率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             I("产出指标", "成本指标", "单块招牌整治成本", "≤600元", ("<=", 600, "元"), "10", "589元", "10"),
             I("效益指标", "社会效益指标", "街区市容秩序", "规范有序", Q, "20", "规范有序", "19"),
             I("效益指标", "可持续影响指标", "招牌设置审批机制", "常态运行", Q, "10", "常态运行", "10"),
             I("满意度指标", "服务对象满意度指标", "沿街商户满意度", "≥85%", (">=", 85, "%"), "10", "90%", "10"),
         ]),
    ]
    for project, (initial, budget, executed, fiscal), word, grade, goal, inds in evals:
        b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
        rate_score = round(min(Decimal(10), e / b * 10), 2)
        total = float(rate_score) + sum(float(i.score) for i in inds)
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 1, "主管部门"), (6, 2, dept))
        rows.add((0, 1, "年初预算数（元）"), (1, 2, initial), (3, 1, "全年预算数（元）"), (4, 1, budget),
                 (5, 1, "全年执行数（元）"), (6, 2, executed))
        rows.add((0, 1, "其中：财政拨款（元）"), (1, 2, fiscal), (3, 1, "预算执行率"), (4, 1, f"{e / b * 100:.2f}%"),
                 (5, 1, "执行率得分（10分）"), (6, 2, f"{rate_score:.2f}"))
        rows.add((0, 1, "年度目标"), (1, 3, goal[0]), (4, 1, "实际完成情况"), (5, 3, goal[1]))
        head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                            "分值", "得分", "偏差原因分析"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
        rows.add((0, 5, "自评等级"), (5, 3, word))
        doc.pages.grid(_spec(rows.cells, rows.n, [90, 100, 150, 100, 110, 50, 50, 120], title="项目支出绩效自评表",
                             editor=f"（{year}年度）", landscape=True, kind="performance_self_evaluation"),
                       repeat=(head, 1), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, round(total, 2), grade)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal)
    return doc.save(folder)


# --------------------------------------------------------------------------- 海南 儋州


def layout_hi_dz_hospital_long_forms_labels_above(folder: Path, name: str) -> FileGold:
    dept = "儋州市人民医院"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year,
                  cover=[(f"{dept}", 22), (f"{year}年项目支出绩效目标表", 20), ("主管部门：儋州市卫生健康委员会", 14)])
    basis = ("依据《海南省医疗卫生服务能力提升实施方案》和儋州市卫生健康事业发展规划，结合医院学科建设规划和"
             "设备更新计划，按照轻重缓急原则申报。项目经院长办公会和党委会研究同意，已完成可行性论证。")
    content = ("购置和更新医疗设备，完善重点专科诊疗条件；开展专科医师和护理骨干进修培训；配套建设信息化管理"
               "模块，实现设备全生命周期管理；做好设备安装、验收、培训和使用效益评价等工作。")
    forms = [
        ("胸痛中心能力建设", ("860.00", "780.00", "50.00", "30.00"), [
            I("产出指标", "数量指标", "购置急诊介入设备台数", "≥6台", (">=", 6, "台")),
            I("产出指标", "数量指标", "培训专科医护人员", "≥40人次", (">=", 40, "人次")),
            I("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%")),
            I("产出指标", "质量指标", "胸痛中心认证复审", "通过", Q),
            I("产出指标", "时效指标", "设备到位时间", "2025年8月31日前", DL),
            I("效益指标", "社会效益指标", "急性心梗患者D2B时间", "≤90分钟", ("<=", 90, "分钟")),
            I("效益指标", "可持续影响指标", "区域胸痛救治网络", "基本建成", Q),
            I("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("医院信息化升级改造", ("320.00", "320.00", "0.00", "0.00"), [
            I("产出指标", "数量指标", "升级信息系统模块数", "≥8个", (">=", 8, "个")),
            I("产出指标", "质量指标", "系统运行稳定率", "≥99.5%", (">=", 99.5, "%")),
            I("产出指标", "质量指标", "网络安全等级保护测评", "通过三级测评", Q),
            I("产出指标", "时效指标", "系统上线时间", "2025年10月底前", DL),
            I("产出指标", "成本指标", "项目建设成本", "≤320万元", ("<=", 320, "万元")),
            I("效益指标", "社会效益指标", "门诊患者平均候诊时间", "≤30分钟", ("<=", 30, "分钟")),
            I("效益指标", "可持续影响指标", "电子病历系统应用水平分级", "≥4级", (">=", 4, "级")),
            I("满意度指标", "服务对象满意度指标", "医务人员满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    for project, (total, fiscal, own, carried), inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, "儋州市卫生健康委员会"), (3, 1, "项目单位"), (4, 2, dept))
        rows.add((0, 1, "项目负责人"), (1, 2, "医务科"), (3, 1, "项目属性"), (4, 2, "一次性项目"))
        rows.add((0, 1, "立项依据"), (1, 5, basis))
        rows.add((0, 1, "项目概况"), (1, 5, f"{project}是医院{year}年重点建设项目，由医务科牵头，设备科、信息科、财务科"
                                              "和相关临床科室共同实施。项目建成后将进一步完善医院诊疗服务体系，提升区域"
                                              "医疗中心的服务能力和辐射带动作用，满足西部地区群众就近就医需求。"))
        rows.add((0, 1, "中长期目标"), (1, 5, "到2027年，医院重点专科服务能力达到省内先进水平，急危重症救治能力明显"
                                                "增强，信息化水平满足智慧医院建设要求，群众就医获得感持续提升。"))
        rows.add((0, 1, "保障措施"), (1, 5, "成立项目领导小组，严格执行政府采购和财务管理制度，实行资金专账核算；"
                                              "建立项目进度月报制度，定期开展绩效运行监控，发现偏差及时纠偏。"))
        rows.add((0, 1, "项目实施内容"), (1, 5, content))
        rows.add((0, 1, "项目实施计划"), (1, 5, "1-3月完成采购需求论证；4-6月完成政府采购；7-9月完成安装调试和验收；"
                                                  "10-12月开展培训和绩效评价。"))
        rows.add((0, 1, "资金总额（万元）"), (1, 2, "财政拨款资金（万元）"), (3, 1, "单位自有资金（万元）"),
                 (4, 2, "上年结转（万元）"))
        rows.add((0, 1, total), (1, 2, fiscal), (3, 1, own), (4, 2, carried))
        rows.add((0, 1, "年度绩效目标"), (1, 5, "完成设备购置和人员培训，提升医院服务能力和患者就医体验；"
                                                  "年内完成全部采购和验收任务，设备使用率和完好率达到行业标准要求。"))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw),
                                                (5, 1, "依据项目实施方案、行业标准和医院近三年实际情况设定，数据来源于医院统计报表及设备管理台账")])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 76, 70, 80, 96, 110], title="项目支出绩效目标表",
                             editor=f"填报单位：{dept}"), repeat=(head, 1), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江苏 镇江


def layout_js_zj_unit_budget_source_heads_words(folder: Path, name: str) -> FileGold:
    dept = "镇江市京口区环境卫生管理所"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year,
                  cover=[(dept, 22), (f"{year}年部门预算", 22), ("主管部门：镇江市京口区城市管理局", 14)])
    _budget_front(doc, dept, year, "单位预算")
    forms = [
        ("公厕运行维护", ("265.00", "220.00", "15.00", "10.00", "20.00"), [
            I("产出指标", "数量指标", "维护公厕座数", "不少于120座", (">=", 120, "座"), "20"),
            I("产出指标", "质量指标", "公厕保洁质量达标率", "不低于95%", (">=", 95, "%"), "20"),
            I("产出指标", "时效指标", "设施故障修复时限", "不超过24小时", ("<=", 24, "小时"), "15"),
            I("产出指标", "成本指标", "单座年均运维成本", "控制在2.2万元以内", ("<=", 2.2, "万元"), "10"),
            I("效益指标", "社会效益指标", "如厕环境", "明显改善", Q, "20"),
            I("满意度指标", "服务对象满意度指标", "如厕群众满意度", "达到90%", (">=", 90, "%"), "15"),
        ]),
        ("环卫作业车辆更新", ("180.00", "180.00", "—", "—", "—"), [
            I("产出指标", "数量指标", "更新新能源环卫车辆", "达到12辆", (">=", 12, "辆"), "25"),
            I("产出指标", "质量指标", "车辆验收合格率", "达到100%", (">=", 100, "%"), "20"),
            I("产出指标", "时效指标", "车辆交付时间", "2025年6月30日前", DL, "10"),
            I("产出指标", "成本指标", "单车采购成本", "不超过15万元", ("<=", 15, "万元"), "10"),
            I("效益指标", "生态效益指标", "作业车辆尾气排放", "明显减少", Q, "20"),
            I("满意度指标", "服务对象满意度指标", "作业人员满意度", "不低于90%", (">=", 90, "%"), "15"),
        ]),
    ]
    for project, (total, fiscal, special, own, carried), inds in forms:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, "镇江市京口区城市管理局"), (3, 1, "实施单位"), (4, 2, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for k, h in enumerate(("合计", "财政拨款", "财政专户管理资金", "单位资金", "上年结转")):
            rows.put(r, 1 + k, 1, 1, h)
        for k, v in enumerate((total, fiscal, special, own, carried)):
            rows.put(r + 1, 1 + k, 1, 1, v)
        rows.add((0, 1, "年度绩效目标"), (1, 5, "保障辖区环卫设施正常运行，提升城市环境卫生水平。"))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "分值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 72, 66, 96, 80, 76], title=f"{year}年项目支出绩效目标表",
                             editor=f"单位名称：{dept}"), repeat=(head, 1), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal,
                         carried=None if carried == "—" else carried)
    return doc.save(folder)


BLIND57: dict[str, Builder] = {
    "sd_dz_budget_spaced_money_unit_in_title": layout_sd_dz_budget_spaced_money_unit_in_title,
    "js_sq_source_grid_yuan_split_nature": layout_js_sq_source_grid_yuan_split_nature,
    "zj_zs_budget_two_forms_a_page_heads_row": layout_zj_zs_budget_two_forms_a_page_heads_row,
    "ah_mas_final_accounts_stage_columns_slash": layout_ah_mas_final_accounts_stage_columns_slash,
    "fj_pt_landscape_list_money_columns": layout_fj_pt_landscape_list_money_columns,
    "jx_px_budget_dept_wide_money_sentence": layout_jx_px_budget_dept_wide_money_sentence,
    "sh_mh_street_short_forms_units_in_cells": layout_sh_mh_street_short_forms_units_in_cells,
    "gd_jy_landscape_self_evals_yuan_pairs_words": layout_gd_jy_landscape_self_evals_yuan_pairs_words,
    "hi_dz_hospital_long_forms_labels_above": layout_hi_dz_hospital_long_forms_labels_above,
    "js_zj_unit_budget_source_heads_words": layout_js_zj_unit_budget_source_heads_words,
}
SETS: dict[str, dict[str, Builder]] = {"blind57": BLIND57}


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
    """Write every layout of ``which`` ("blind57") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
