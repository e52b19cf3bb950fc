"""BLIND13 performance forms: twelve layouts as counties and a town of central and western China
(河南, 湖北, 安徽, 江西, 贵州, 四川, 甘肃, 新疆, 宁夏, 西藏, 广西 and a 湖南 乡镇) print their
项目支出绩效目标表, 部门整体支出绩效目标表, 项目支出绩效自评表 and 部门整体支出绩效自评表, written by
an author who had read neither the form reader nor the earlier blind sets (only the gold helpers
and page composer of ``form_layouts``, the docstring of BLIND9 and its boilerplate). Each layout
writes one PDF and its gold in the format of ``form_layouts.write_set``; the gold is written by
hand with ``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

ha_sx_county_budget_bond_fund_sources  河南 睢县 部门预算: budget tables, then three
        项目支出绩效目标表 whose money block lists 资金来源 heads (年度资金总额 | 一般公共预算 |
        政府性基金预算 | 专项债券资金 | 其他资金) over one amounts row; one project paid by
        政府性基金, one by 专项债券 plus 单位自筹, one by 一般公共预算
hb_yx_county_accounts_dept_self_eval_prose  湖北 郧西县 部门决算 ending with a 部门整体支出绩效
        自评表: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over 年度资金总额 /
        其中：基本支出 / 项目支出, 预期目标 | 年度总体目标完成情况 prose, scores with decimals (9.5,
        8.5), 总分 92.50, 评价等级
ah_hs_county_self_eval_yuan_shortfall  安徽 霍山县 项目支出绩效自评表 on landscape pages in 元
        with separators (1,286,400.00), execution well below budget with a 预算执行偏差原因 row,
        偏差原因分析 filled for missed indicators, 自评等级 良
jx_ay_county_summary_then_indicator_tables  江西 安远县: a 项目支出绩效自评结果汇总表 (序号 |
        项目名称 | 全年预算数（万元） | 全年执行数（万元） | 执行率 | 自评得分 | 自评等级), then one
        indicator table per project (项目名称 row over the grid, no money)
gz_mt_county_long_form_level2_cut  贵州 湄潭县 one long 项目支出绩效目标表: 项目概况 / 立项依据 /
        实施内容 prose rows, money as one label | value line, 14 数量指标 rows under one merged
        二级 cell cut by the page break, header repeated on the next page
sc_yl_county_budget_goal_lines_value_unit  四川 仪陇县 部门预算: budget tables, then forms printing
        年度目标 as numbered prose lines and the grid 一级 | 二级 | 三级 | 指标值 | 度量单位 (comparator
        glued to the figure, unit in its own column) | 指标值设定依据
gs_hn_county_heads_wan_per_column  甘肃 会宁县 three short forms running down the pages, money heads
        carrying their unit (资金总额（万元） | 其中：财政资金（万元） | 其他资金（万元）) over values with
        2 decimals, targets in words (不低于 / 不高于 / 不少于), 权重
xj_mns_county_budget_dept_wide_weights  新疆 玛纳斯县 部门预算 ending with a 部门整体支出绩效目标表:
        部门职能概述, 年度主要任务 with 预算资金 (合计 | 财政拨款), 年度总体目标, grid with 权重 adding
        to 100, 0起 / 0次 targets and qualitative words
nx_ld_county_level2_only_label_money  宁夏 隆德县 项目支出绩效目标表 whose grid has no 一级 column
        (二级指标 | 三级指标 | 指标值 | 指标值确定依据), money as label | value pairs (项目总金额（实施期）
        | 本年度预算 | 其中：财政资金)
xz_lz_county_accounts_project_self_eval  西藏 林周县 部门决算 ending with a 项目支出绩效自评表: money
        heads 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分 over 年度资金总额 / 其中：
        财政拨款 / 其他资金, 偏差原因分析及改进措施, 总分
hun_ly_town_budget_forms_after_tables  湖南 浏阳市 永安镇 (乡镇) 部门预算: budget tables, then
        two 项目支出绩效目标表 with a three-row money head (项目资金（万元） over 合计 | 其中：财政拨款 |
        其他资金 over the amounts), 0次 / 0起 targets, 100%, qualitative words
gx_rs_county_title_in_grid_direction_words  广西 融水苗族自治县 项目支出绩效目标表 with its title and
        预算单位 / 单位：元 printed inside the grid, money heads above the amounts (年度资金总额 |
        其中：财政拨款 | 上年结转 | 其他资金, 元 without separators, — for no carry-over), target
        split 指标方向 (大于等于 / 小于等于 / 等于 / 定性) | 指标值 | 计量单位, a column-number row,
        权重

Gold conventions: BLIND9's (target_raw as printed, split columns joined in reading order;
≥ / 不低于 / 不少于 ">="; ≤ / 不高于 / 不超过 "<="; a bare figure "="; 0起 reads ("=", 0, "起");
a state is qualitative; money ``year`` for 年度资金总额 / 本年度预算, ``fiscal`` where 财政拨款 /
财政资金 is printed; a 部门整体 form's money is no project's; a self evaluation's budget is its
全年预算数, executed its 全年执行数, score the printed 总分 / 自评得分). This set's rulings:

- A money block listing 资金来源 (一般公共预算 | 政府性基金预算 | 专项债券资金 | 其他资金) gives
  only the year's money: ``fiscal`` is the contract's 其中：财政拨款 / 财政资金 as printed
  (schemas/contract.py), and no source is summed into it, as in every earlier set. (The author
  first ruled the project's public source as fiscal; the coordinator re-ruled it to the contract
  after the first run, where those 3 projects counted as misses.)
- 项目总金额（实施期） is ``total``; 本年度预算 is ``year``.
- A summary row of a 汇总表 gives its project's self evaluation (budget, executed, score, grade)
  and its money (year = 全年预算数); its indicators are those of the table titled with its name.
- A grid without a 一级 column: level1 is None, level2 as printed.
- 资金总额（万元） of a one-year form (no 实施期 printed) is ``year``.
- 指标方向 words: 大于等于 ">=", 小于等于 "<=", 等于 "="; 定性 with a state is qualitative
  (target_raw "定性明显增强"). A column-number row (1 2 3 …) is no indicator.
- A project's 上年结转 printed as "—" is no carry-over (carried None).
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


def _budget_tables(doc: FormDoc, dept: str, year: int, lines: list[tuple[str, str, str, str]],
                   *, town: bool = False, accounts: bool = False) -> None:
    """Front of a 部门预算 / 部门决算: contents, 概况, a 收支总表 and a 支出表 by function,
    the heading of the performance part. lines: (科目编码, 科目名称, 基本支出, 项目支出) in 万元."""
    word = "决算" if accounts else "预算"
    doc.pages.text_page("目    录", [f"一、{'乡镇' if town else '部门'}基本情况", f"二、{year}年{'度' if accounts else ''}部门{word}表",
                                     f"三、{year}年{'度' if accounts else ''}部门{word}情况说明",
                                     "四、绩效自评情况" if accounts else "四、项目支出绩效目标", "五、名词解释"])
    doc.pages.text_page(f"一、{'乡镇' if town else '部门'}基本情况", [
        f"（一）主要职能。{dept}依法履行经济调节、市场监管、社会管理、公共服务等职责，落实上级决策部署。",
        f"（二）{word}单位构成。纳入{year}年部门{word}编制范围的为本级及所属二级单位。",
        "（三）年度重点工作。坚持过紧日子，保障基本民生和重点项目支出。",
    ])
    basic = sum(Decimal(b.replace(",", "")) for _, _, b, _ in lines)
    project = sum(Decimal(p.replace(",", "")) for _, _, _, p in lines)
    body = [plain_row(["一般公共预算拨款收入" if i == 0 else "", f"{basic + project:,.2f}" if i == 0 else "",
                       name, f"{Decimal(b.replace(',', '')) + Decimal(p.replace(',', '')):,.2f}"])
            for i, (_, name, b, p) in enumerate(lines)]
    body.append(plain_row(["收入总计", f"{basic + project:,.2f}", "支出总计", f"{basic + project:,.2f}"]))
    head = "决算数" if accounts else "预算数"
    doc.pages.table(TableSpec(f"{year}年{'度' if accounts else ''}收入支出{word}总表", "income_expenditure_summary",
                              "单位：万元", "wan_yuan", f"编制单位：{dept}", [160, 90, 180, 90],
                              [(0, 0, 1, 2, "收    入"), (0, 2, 1, 2, "支    出"), (1, 0, 1, 1, "项    目"),
                               (1, 1, 1, 1, head), (1, 2, 1, 1, "项    目"), (1, 3, 1, 1, head)],
                              2, body, ["l", "r", "l", "r"]))
    body = [plain_row([code, name, f"{Decimal(b.replace(',', '')) + Decimal(p.replace(',', '')):,.2f}", b, p])
            for code, name, b, p in lines]
    body.append(plain_row(["", "合    计", f"{basic + project:,.2f}", f"{basic:,.2f}", f"{project:,.2f}"]))
    doc.pages.table(TableSpec(f"{year}年{'度' if accounts else ''}一般公共预算财政拨款支出{word}表", "general_budget_expenditure",
                              "单位：万元", "wan_yuan", f"编制单位：{dept}", [80, 180, 80, 80, 80],
                              [(0, 0, 1, 2, "功能分类科目"), (0, 2, 2, 1, "合计"), (0, 3, 2, 1, "基本支出"),
                               (0, 4, 2, 1, "项目支出"), (1, 0, 1, 1, "科目编码"), (1, 1, 1, 1, "科目名称")],
                              2, body, ["l", "l", "r", "r", "r"]))
    doc.pages.text_page("四、绩效自评情况" if accounts else "四、项目支出绩效目标", [
        (f"{dept}对{year}年度部门整体支出和重点项目支出开展了绩效自评，自评表附后。" if accounts else
         f"{dept}{year}年实行绩效目标管理的项目支出绩效目标表附后。"),
    ])


def _total(rate_score: str, inds: list[Ind]) -> float:
    return round(float(rate_score) + sum(float(i.score) for i in inds), 2)


# --------------------------------------------------------------------------- layouts


def layout_ha_sx_county_budget_bond_fund_sources(folder: Path, name: str) -> FileGold:
    dept = "睢县住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_tables(doc, dept, year, [("2120101", "行政运行", "412.30", "0.00"),
                                    ("2120399", "其他城乡社区公共设施支出", "0.00", "120.00"),
                                    ("2080505", "机关事业单位基本养老保险缴费支出", "58.60", "0.00")])
    projects = [
        ("老城区雨污分流改造工程", "411422251000000102", ("2,300.00", "0.00", "0.00", "1,800.00", "500.00"), "专项债券资金",
         "1,800.00", "完成老城区12条道路雨污分流管网改造，消除污水直排，改善城区水环境。", [
             Ind("产出指标", "数量指标", "改造雨污管网长度", "≥18.5公里", (">=", 18.5, "公里")),
             Ind("产出指标", "数量指标", "改造道路条数", "12条", ("=", 12, "条")),
             Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "主体工程完工时间", "≤10个月", ("<=", 10, "个月")),
             Ind("产出指标", "成本指标", "每公里管网改造成本", "≤124万元", ("<=", 124, "万元")),
             Ind("效益指标", "生态效益指标", "城区污水集中收集率", "≥95%", (">=", 95, "%")),
             Ind("效益指标", "社会效益指标", "雨季道路积水点", "明显减少", Q),
             Ind("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("城市基础设施配套建设", "411422251000000117", ("580.00", "0.00", "580.00", "0.00", "0.00"), "政府性基金预算",
         "580.00", "利用城市基础设施配套费，完善新建小区周边道路、路灯和绿化配套。", [
             Ind("产出指标", "数量指标", "新建配套道路", "≥3.2公里", (">=", 3.2, "公里")),
             Ind("产出指标", "数量指标", "新装路灯数量", "≥260盏", (">=", 260, "盏")),
             Ind("产出指标", "质量指标", "路灯亮灯率", "≥98%", (">=", 98, "%")),
             Ind("产出指标", "时效指标", "资金支付进度", "≥90%", (">=", 90, "%")),
             Ind("效益指标", "社会效益指标", "新建小区配套完善程度", "显著提升", Q),
             Ind("效益指标", "可持续影响指标", "设施正常使用年限", "≥15年", (">=", 15, "年")),
             Ind("满意度指标", "服务对象满意度指标", "小区业主满意度", "≥85%", (">=", 85, "%")),
             Ind("满意度指标", "服务对象满意度指标", "出行群众投诉次数", "≤5次", ("<=", 5, "次")),
         ]),
        ("建筑施工安全监管", "411422251000000125", ("120.00", "120.00", "0.00", "0.00", "0.00"), "一般公共预算",
         "120.00", "开展在建工程安全巡查和扬尘治理督导，杜绝较大以上安全事故。", [
             Ind("产出指标", "数量指标", "在建工地巡查次数", "≥480次", (">=", 480, "次")),
             Ind("产出指标", "数量指标", "扬尘治理专项督导", "≥24次", (">=", 24, "次")),
             Ind("产出指标", "质量指标", "隐患整改完成率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "隐患整改时限", "≤7天", ("<=", 7, "天")),
             Ind("产出指标", "成本指标", "监管经费支出", "≤120万元", ("<=", 120, "万元")),
             Ind("效益指标", "社会效益指标", "较大以上安全事故", "0起", ("=", 0, "起")),
             Ind("效益指标", "生态效益指标", "施工扬尘达标率", "≥95%", (">=", 95, "%")),
             Ind("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [64, 74, 80, 80, 80, 120]
    for k, (project, code, money, source, fiscal, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目编码"), (5, 1, code))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 1, dept))
        rows.add((0, 1, "项目类别"), (1, 3, "特定目标类"), (4, 1, "项目期限"), (5, 1, "1年"))
        r = rows.n
        rows.put(r, 0, 2, 1, "资金来源（万元）")
        for j, head in enumerate(("年度资金总额", "一般公共预算", "政府性基金预算", "专项债券资金", "其他资金")):
            rows.put(r, 1 + j, 1, 1, head)
            rows.put(r + 1, 1 + j, 1, 1, money[j])
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "备注"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"（{year}年度）", unit_raw="金额单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=money[0])  # no 财政拨款 printed: no fiscal
    return doc.save(folder)


def layout_hb_yx_county_accounts_dept_self_eval_prose(folder: Path, name: str) -> FileGold:
    dept = "郧西县农业农村局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _budget_tables(doc, dept, year, [("2130101", "行政运行", "1,120.40", "0.00"),
                                    ("2130104", "事业运行", "759.60", "0.00"),
                                    ("2130122", "农业生产发展", "0.00", "1,160.00")], accounts=True)
    inds = [
        Ind("产出指标", "数量指标", "高标准农田建设面积", "≥2.6万亩", (">=", 2.6, "万亩"), "10", "2.65万亩", "10"),
        Ind("产出指标", "数量指标", "农技培训人次", "≥3000人次", (">=", 3000, "人次"), "10", "2860人次", "9.5",
            "部分培训因汛期推迟，下年提前安排"),
        Ind("产出指标", "质量指标", "农产品质量安全抽检合格率", "≥98%", (">=", 98, "%"), "10", "99.2%", "10"),
        Ind("产出指标", "时效指标", "惠农补贴发放及时率", "100%", ("=", 100, "%"), "10", "96%", "8.5",
            "个别农户信息变更导致发放延迟"),
        Ind("产出指标", "成本指标", "“三公”经费支出", "≤48万元", ("<=", 48, "万元"), "5", "44.2万元", "5"),
        Ind("效益指标", "经济效益指标", "农村居民人均可支配收入增幅", "≥7%", (">=", 7, "%"), "10", "6.8%", "9",
            "农产品价格回落"),
        Ind("效益指标", "社会效益指标", "重大动物疫情发生次数", "0次", ("=", 0, "次"), "10", "0次", "10"),
        Ind("效益指标", "可持续影响指标", "耕地保护长效机制", "持续完善", Q, "5", "基本完善", "4.5"),
        Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", (">=", 90, "%"), "5", "93%", "5"),
        Ind("满意度指标", "服务对象满意度指标", "新型农业经营主体满意度", "≥85%", (">=", 85, "%"), "15", "82%", "11.5",
            "技术服务覆盖不足，下年增加服务频次"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    r = rows.n
    rows.put(r, 0, 4, 1, "年度预算执行情况（万元）")
    rows.put(r, 1, 1, 1, "")
    for j, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 2 + j, 1, 1, head)
    money = (("年度资金总额", "3,050.00", "3,200.00", "3,040.00", "10", "95.00%", "9.5"),
             ("其中：基本支出", "1,850.00", "1,900.00", "1,880.00", "—", "—", "—"),
             ("项目支出", "1,200.00", "1,300.00", "1,160.00", "—", "—", "—"))
    for k, line in enumerate(money, 1):
        for j, v in enumerate(line):
            rows.put(r + k, 1 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 3, "预期目标")
    rows.put(r, 4, 1, 4, "年度总体目标完成情况")
    rows.put(r + 1, 1, 1, 3, "推进高标准农田建设和农业技术推广，保障粮食生产安全，促进农民增收，"
                            "守住不发生规模性返贫底线。")
    rows.put(r + 1, 4, 1, 4, "全年建成高标准农田2.65万亩，培训农民2860人次，粮食产量稳定在13万吨以上，"
                            "农产品质量安全抽检合格率99.2%，未发生重大动物疫情。")
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因分析及改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    total = _total("9.5", inds)
    rows.add((0, 5, "总    分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    rows.add((0, 5, "评价等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [56, 64, 100, 60, 60, 34, 38, 92], title=f"{year}年度部门整体支出绩效自评表",
                         editor=f"填报单位：{dept}", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", "3,200.00", "3,040.00", total, "优")
    return doc.save(folder)


def layout_ah_hs_county_self_eval_yuan_shortfall(folder: Path, name: str) -> FileGold:
    dept = "霍山县卫生健康委员会"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评报告", dept, year)
    projects = [
        ("基层医疗卫生机构设备购置", "霍山县卫生健康委员会", "霍山县诸佛庵镇中心卫生院",
         ("1,300,000.00", "1,286,400.00", "1,045,320.00"), ("1,300,000.00", "1,286,400.00", "1,045,320.00"),
         "部分医疗设备采购合同于12月签订，尾款未到合同约定支付节点，结转下年支付。",
         ("为6所乡镇卫生院购置DR、彩超等设备，提升基层诊疗能力。",
          "已完成5所卫生院设备采购安装，1所卫生院设备于次年1月到货。"), [
             Ind("产出指标", "数量指标", "购置设备台（套）数", "≥42台（套）", (">=", 42, "台(套)"), "20", "36台（套）", "17",
                 "1所卫生院设备延期到货，已督促供应商次年1月交付"),
             Ind("产出指标", "质量指标", "设备验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("产出指标", "时效指标", "设备安装调试完成时间", "≤30天", ("<=", 30, "天"), "10", "45天", "6",
                 "冬季道路结冰影响运输安装"),
             Ind("产出指标", "成本指标", "设备采购单价控制率", "≤100%", ("<=", 100, "%"), "5", "97.3%", "5"),
             Ind("效益指标", "社会效益指标", "基层医疗机构诊疗人次增长率", "≥5%", (">=", 5, "%"), "20", "4.2%", "16",
                 "设备投用时间较晚，效益未完全显现"),
             Ind("效益指标", "可持续影响指标", "设备使用年限", "≥8年", (">=", 8, "年"), "10", "8年", "10"),
             Ind("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", (">=", 90, "%"), "10", "91.5%", "10"),
         ], "良"),
        ("家庭医生签约服务补助", "霍山县卫生健康委员会", "霍山县各乡镇卫生院",
         ("2,860,000.00", "2,860,000.00", "2,860,000.00"), ("2,360,000.00", "2,360,000.00", "2,360,000.00"),
         "无偏差。",
         ("重点人群家庭医生签约率达到75%以上，提供健康管理服务。", "重点人群签约率76.8%，完成随访12.6万人次。"), [
             Ind("产出指标", "数量指标", "重点人群签约人数", "≥8.2万人", (">=", 8.2, "万人"), "20", "8.4万人", "20"),
             Ind("产出指标", "质量指标", "重点人群签约率", "≥75%", (">=", 75, "%"), "15", "76.8%", "15"),
             Ind("产出指标", "时效指标", "补助资金拨付时间", "2024年12月底前", (None, None, None), "10", "2024年11月", "10"),
             Ind("效益指标", "社会效益指标", "慢病患者规范管理率", "≥65%", (">=", 65, "%"), "20", "63.5%", "18",
                 "山区患者随访难度大，下年推行远程随访"),
             Ind("效益指标", "可持续影响指标", "签约服务长效机制", "建立健全", Q, "10", "已建立", "10"),
             Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
         ], "优"),
    ]
    widths = [70, 86, 120, 100, 100, 50, 56, 150]
    for project, owner, unit_name, (initial, budget, executed), fiscal, why, goal, inds, grade in projects:
        rate = Decimal(executed.replace(",", "")) / Decimal(budget.replace(",", "")) * 100
        rate_score = f"{min(Decimal(10), rate / 10):.2f}"
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 7, project))
        rows.add((0, 1, "主管部门"), (1, 3, owner), (4, 1, "实施单位"), (5, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 5, 1, "项目资金（元）")
        rows.put(r, 1, 1, 1, "")
        for j, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 2 + j, 1, 1, head)
        other = [f"{Decimal(a.replace(',', '')) - Decimal(b.replace(',', '')):,.2f}"
                 for a, b in zip((initial, budget, executed), fiscal)]
        lines = (("年度资金总额", initial, budget, executed, "10", f"{rate:.2f}%", rate_score),
                 ("其中：财政拨款", *fiscal, "—", "—", "—"),
                 ("其他资金", *other, "—", "—", "—"))
        for k, line in enumerate(lines, 1):
            for j, v in enumerate(line):
                rows.put(r + k, 1 + j, 1, 1, v)
        rows.put(r + 4, 1, 1, 1, "预算执行偏差原因")
        rows.put(r + 4, 2, 1, 6, why)
        r = rows.n
        rows.put(r, 0, 2, 1, "年度总体目标")
        rows.put(r, 1, 1, 3, "预期目标")
        rows.put(r, 4, 1, 4, "实际完成情况")
        rows.put(r + 1, 1, 1, 3, goal[0])
        rows.put(r + 1, 4, 1, 4, goal[1])
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因分析"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        total = _total(rate_score, inds)
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, f"自评等级：{grade}"))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"项目支出绩效自评表（{year}年度）",
                             unit_raw="金额单位：元", landscape=True, kind="performance_self_evaluation"),
                       fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "元", budget, executed, total, grade)
        doc.gold.project(project, "元", year=budget, fiscal=fiscal[1])
    return doc.save(folder)


def layout_jx_ay_county_summary_then_indicator_tables(folder: Path, name: str) -> FileGold:
    dept = "安远县教育体育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评结果", dept, year)
    projects = [
        ("农村义务教育学生营养改善计划", "1,368.00", "1,352.60", "优", [
            Ind("产出指标", "数量指标", "受益学生人数", "≥2.8万人", (">=", 2.8, "万人"), "20", "2.82万人", "20"),
            Ind("产出指标", "质量指标", "食品安全事故发生次数", "0次", ("=", 0, "次"), "20", "0次", "20"),
            Ind("产出指标", "时效指标", "营养餐供应天数", "≥200天", (">=", 200, "天"), "10", "200天", "10"),
            Ind("产出指标", "成本指标", "每生每天补助标准", "5元", ("=", 5, "元"), "10", "5元", "10"),
            Ind("效益指标", "社会效益指标", "学生营养健康状况", "明显改善", Q, "15", "有所改善", "13",
                "营养改善效果需长期监测"),
            Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", (">=", 90, "%"), "15", "94%", "15"),
        ]),
        ("学校校舍维修改造", "860.00", "702.50", "良", [
            Ind("产出指标", "数量指标", "维修改造校舍面积", "≥1.5万平方米", (">=", 1.5, "万平方米"), "20", "1.32万平方米", "17.5",
                "2所学校因汛期延期开工"),
            Ind("产出指标", "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
            Ind("产出指标", "时效指标", "工程按期完工率", "≥90%", (">=", 90, "%"), "10", "80%", "8", "汛期影响施工进度"),
            Ind("效益指标", "社会效益指标", "校舍安全隐患消除率", "≥95%", (">=", 95, "%"), "20", "92%", "18",
                "部分工程次年完工"),
            Ind("效益指标", "可持续影响指标", "校舍使用年限", "≥20年", (">=", 20, "年"), "10", "20年", "10"),
            Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "10", "91%", "10"),
        ]),
        ("县级青少年体育赛事", "45.00", "44.10", "优", [
            Ind("产出指标", "数量指标", "举办赛事场次", "≥6场", (">=", 6, "场"), "20", "7场", "20"),
            Ind("产出指标", "数量指标", "参赛学生人次", "不少于1500人次", (">=", 1500, "人次"), "15", "1680人次", "15"),
            Ind("产出指标", "质量指标", "赛事安全事故", "0起", ("=", 0, "起"), "15", "0起", "15"),
            Ind("产出指标", "时效指标", "赛事按计划举办率", "100%", ("=", 100, "%"), "10", "100%", "10"),
            Ind("效益指标", "社会效益指标", "学生体质健康达标率", "≥92%", (">=", 92, "%"), "15", "92.6%", "15"),
            Ind("满意度指标", "服务对象满意度指标", "参赛学生满意度", "≥90%", (">=", 90, "%"), "15", "95%", "15"),
        ]),
    ]
    body, totals = [], []
    for k, (project, budget, executed, grade, inds) in enumerate(projects, 1):
        b, e = Decimal(budget.replace(",", "")), Decimal(executed.replace(",", ""))
        rate_score = f"{min(Decimal(10), e / b * 10):.2f}"
        total = _total(rate_score, inds)
        totals.append(total)
        body.append(plain_row([str(k), project, dept, budget, executed, f"{e / b * 100:.2f}%", f"{total:.2f}", grade]))
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "项目名称", "主管部门", "全年预算数（万元）",
                                                 "全年执行数（万元）", "执行率", "自评得分", "自评等级"))])
    for line in body:
        rows.add(*line)
    doc.pages.grid(_spec(rows.cells, rows.n, [30, 120, 80, 60, 60, 50, 50, 45],
                         title=f"{year}年度项目支出绩效自评结果汇总表", editor=f"单位名称：{dept}",
                         kind="performance_self_evaluation"), fresh_page=True)
    for (project, budget, executed, grade, inds), total in zip(projects, totals):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 7, project))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        doc.pages.grid(_spec(rows.cells, rows.n, [56, 70, 100, 64, 64, 34, 34, 88],
                             title="项目支出绩效指标完成情况表", kind="performance_self_evaluation"))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


def layout_gz_mt_county_long_form_level2_cut(folder: Path, name: str) -> FileGold:
    dept = "湄潭县农业农村局"
    year = 2025
    project = "茶产业高质量发展专项"
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    quantity = [
        ("新建标准化生态茶园", "≥3000亩", (">=", 3000, "亩")),
        ("低产茶园改造", "≥5000亩", (">=", 5000, "亩")),
        ("茶园绿色防控覆盖面积", "≥20万亩", (">=", 20, "万亩")),
        ("发放有机肥", "≥4500吨", (">=", 4500, "吨")),
        ("安装杀虫灯", "≥800盏", (">=", 800, "盏")),
        ("悬挂粘虫板", "≥30万张", (">=", 30, "万张")),
        ("培训茶农人次", "≥2000人次", (">=", 2000, "人次")),
        ("培育茶叶加工企业", "≥5家", (">=", 5, "家")),
        ("新建茶叶初制所", "2个", ("=", 2, "个")),
        ("茶叶质量抽检批次", "≥300批次", (">=", 300, "批次")),
        ("参加茶事展会", "≥4次", (">=", 4, "次")),
        ("新建茶园机耕道", "≥12公里", (">=", 12, "公里")),
        ("认证绿色有机茶园", "≥1万亩", (">=", 1, "万亩")),
        ("建设茶旅融合示范点", "3个", ("=", 3, "个")),
    ]
    inds = [Ind("产出指标", "数量指标", n, t, e) for n, t, e in quantity] + [
        Ind("产出指标", "质量指标", "茶叶质量抽检合格率", "≥98%", (">=", 98, "%")),
        Ind("产出指标", "质量指标", "新建茶园成活率", "≥90%", (">=", 90, "%")),
        Ind("产出指标", "时效指标", "项目完成时间", "2025年11月底前", (None, None, None)),
        Ind("产出指标", "成本指标", "每亩生态茶园建设补助", "≤1500元", ("<=", 1500, "元")),
        Ind("效益指标", "经济效益指标", "带动茶农人均增收", "≥800元", (">=", 800, "元")),
        Ind("效益指标", "生态效益指标", "化学农药使用量", "零增长", Q),
        Ind("效益指标", "可持续影响指标", "茶产业品牌影响力", "持续提升", Q),
        Ind("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, "520328250100000036"))
    rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, "湄潭县茶产业发展中心"))
    rows.add((0, 1, "年度资金总额（万元）"), (1, 1, "465.00"), (2, 1, "其中：财政资金"), (3, 1, "465.00"),
             (4, 1, "其他资金"), (5, 1, "0.00"))
    rows.add((0, 1, "项目概况"), (1, 5, "湄潭县是全国重点产茶县，茶园面积60万亩。本项目围绕茶园提质增效、绿色防控、"
                                        "加工升级和品牌建设，支持生态茶园建设、低产茶园改造、茶叶初制所建设及茶旅融合"
                                        "示范点建设，推动茶产业高质量发展。"))
    rows.add((0, 1, "立项依据"), (1, 5, "《贵州省茶产业高质量发展实施方案》《湄潭县“十四五”茶产业发展规划》"
                                        "及县委、县政府关于推进茶产业提质增效的工作部署。"))
    rows.add((0, 1, "实施内容"), (1, 5, "1.新建标准化生态茶园和改造低产茶园；2.实施茶园病虫害绿色防控；"
                                        "3.培育茶叶加工企业，新建茶叶初制所；4.开展茶农技术培训和茶事宣传推介；"
                                        "5.建设茶园机耕道和茶旅融合示范点。"))
    rows.add((0, 1, "年度绩效目标"), (1, 5, "新建生态茶园3000亩、改造低产茶园5000亩，绿色防控全覆盖，"
                                            "茶叶质量抽检合格率98%以上，带动茶农人均增收800元以上。"))
    head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "备注"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, [100, 100, 150, 150, 120, 120], title=f"{year}年项目支出绩效目标表",
                         editor=f"单位名称：{dept}", unit_raw="单位：万元", landscape=True),
                   fresh_page=True, repeat=(head, 1))
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.project(project, "万元", code="520328250100000036", year="465.00", fiscal="465.00")
    return doc.save(folder)


def layout_sc_yl_county_budget_goal_lines_value_unit(folder: Path, name: str) -> FileGold:
    dept = "仪陇县水利局"
    year = 2025
    doc = FormDoc(name, f"仪陇县水利局{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_tables(doc, dept, year, [("2130301", "行政运行", "386.20", "0.00"),
                                    ("2130311", "水利工程运行与维护", "0.00", "240.00"),
                                    ("2130335", "农村供水", "0.00", "310.00")])
    projects = [
        ("农村饮水安全工程维修养护", "310.00", "310.00",
         ["1.完成全县农村供水工程维修养护，保障农村群众饮水安全；", "2.农村自来水普及率达到92%，水质达标率不低于90%；",
          "3.建立健全农村供水工程长效管护机制。"], [
             Ind("产出指标", "数量指标", "维修养护供水工程处数", ("≥120", "处"), (">=", 120, "处")),
             Ind("产出指标", "数量指标", "更换老旧管网", ("≥45", "公里"), (">=", 45, "公里")),
             Ind("产出指标", "质量指标", "水质检测达标率", ("≥90", "%"), (">=", 90, "%")),
             Ind("产出指标", "时效指标", "故障维修响应时间", ("≤24", "小时"), ("<=", 24, "小时")),
             Ind("产出指标", "成本指标", "维修养护成本", ("≤310", "万元"), ("<=", 310, "万元")),
             Ind("效益指标", "社会效益指标", "农村自来水普及率", ("≥92", "%"), (">=", 92, "%")),
             Ind("效益指标", "可持续影响指标", "工程长效管护机制", ("健全", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "受益群众满意度", ("≥90", "%"), (">=", 90, "%")),
         ]),
        ("小型水库安全运行管理", "240.00", "200.00",
         ["1.落实小型水库“三个责任人”和“三项重点措施”；", "2.完成42座小型水库安全监测设施维护和汛前检查；",
          "3.确保小型水库安全度汛，不发生垮坝事故。"], [
             Ind("产出指标", "数量指标", "小型水库日常巡查座数", ("42", "座"), ("=", 42, "座")),
             Ind("产出指标", "数量指标", "巡查管护人员培训", ("≥2", "次"), (">=", 2, "次")),
             Ind("产出指标", "质量指标", "监测设施完好率", ("≥95", "%"), (">=", 95, "%")),
             Ind("产出指标", "时效指标", "汛前检查完成率", ("100", "%"), ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "水库垮坝事故", ("0", "起"), ("=", 0, "起")),
             Ind("效益指标", "经济效益指标", "保障灌溉面积", ("≥3.5", "万亩"), (">=", 3.5, "万亩")),
             Ind("效益指标", "可持续影响指标", "水库运行管理水平", ("稳步提升", ""), Q),
             Ind("满意度指标", "服务对象满意度指标", "库区群众满意度", ("≥85", "%"), (">=", 85, "%")),
         ]),
    ]
    for project, year_amt, fiscal, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "预算单位"), (1, 2, dept), (3, 1, "项目类型"), (4, 2, "其他运转类"))
        rows.add((0, 1, "年度预算（万元）"), (1, 2, year_amt), (3, 1, "其中：财政拨款"), (4, 2, fiscal))
        rows.add((0, 1, "年度目标"), (1, 5, "\n".join(goal)))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "度量单位",
                                                     "指标值设定依据"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, "历史标准" if i.target[1] else "计划标准")])
        doc.pages.grid(_spec(rows.cells, rows.n, [70, 80, 120, 60, 60, 100], title="项目支出绩效目标表",
                             editor=f"单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal)
    return doc.save(folder)


def layout_gs_hn_county_heads_wan_per_column(folder: Path, name: str) -> FileGold:
    dept = "会宁县市场监督管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("食品安全抽检监测", "156.80", "156.80", "0.00", "完成食品安全监督抽检和风险监测，守住不发生区域性食品安全事件底线。", [
            Ind("产出指标", "数量指标", "食品安全监督抽检批次", "不少于1200批次", (">=", 1200, "批次"), "20"),
            Ind("产出指标", "质量指标", "不合格食品核查处置率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "抽检结果公布时限", "不超过20个工作日", ("<=", 20, "个工作日"), "15"),
            Ind("效益指标", "社会效益指标", "区域性食品安全事件", "0起", ("=", 0, "起"), "20"),
            Ind("效益指标", "可持续影响指标", "食品安全风险防控能力", "持续提升", Q, "10"),
            Ind("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "不低于85%", (">=", 85, "%"), "15"),
        ]),
        ("特种设备安全监察", "48.50", "40.00", "8.50", "开展特种设备定期检验和隐患排查，特种设备事故得到有效遏制。", [
            Ind("产出指标", "数量指标", "特种设备检查台次", "不少于600台次", (">=", 600, "台次"), "20"),
            Ind("产出指标", "质量指标", "特种设备定期检验率", "不低于98%", (">=", 98, "%"), "20"),
            Ind("产出指标", "时效指标", "隐患整改时限", "不超过15天", ("<=", 15, "天"), "15"),
            Ind("产出指标", "成本指标", "单台设备检查成本", "不高于800元", ("<=", 800, "元"), "10"),
            Ind("效益指标", "社会效益指标", "特种设备万台死亡率", "不高于0.2", ("<=", 0.2, None), "20"),
            Ind("满意度指标", "服务对象满意度指标", "使用单位满意度", "不低于90%", (">=", 90, "%"), "15"),
        ]),
        ("知识产权促进", "22.60", "22.60", "0.00", "推进商标品牌培育和地理标志保护，提升知识产权创造运用水平。", [
            Ind("产出指标", "数量指标", "新增有效注册商标", "不少于260件", (">=", 260, "件"), "25"),
            Ind("产出指标", "数量指标", "地理标志宣传活动", "不少于3次", (">=", 3, "次"), "15"),
            Ind("产出指标", "时效指标", "奖补资金兑现时间", "2025年10月底前", (None, None, None), "15"),
            Ind("效益指标", "经济效益指标", "地理标志产品产值增幅", "不低于5%", (">=", 5, "%"), "20"),
            Ind("效益指标", "社会效益指标", "全社会知识产权保护意识", "明显增强", Q, "10"),
            Ind("满意度指标", "服务对象满意度指标", "企业满意度", "不低于90%", (">=", 90, "%"), "15"),
        ]),
    ]
    for k, (project, total, fiscal, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, "会宁县市场监督管理局"), (3, 1, "实施单位"), (4, 2, dept))
        rows.add((0, 2, "资金总额（万元）"), (2, 2, "其中：财政资金（万元）"), (4, 2, "其他资金（万元）"))
        rows.add((0, 2, total), (2, 2, fiscal), (4, 2, other))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 2, "指标值"), (5, 1, "权重（%）"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw), (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [76, 90, 120, 60, 60, 64], title=f"{project}项目绩效目标表"),
                       fresh_page=(k == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    return doc.save(folder)


def layout_xj_mns_county_budget_dept_wide_weights(folder: Path, name: str) -> FileGold:
    dept = "玛纳斯县应急管理局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_tables(doc, dept, year, [("2240101", "行政运行", "628.40", "0.00"),
                                    ("2240106", "安全监管", "0.00", "185.00"),
                                    ("2240703", "自然灾害救灾补助", "0.00", "260.00")])
    inds = [
        Ind("产出指标", "数量指标", "安全生产执法检查企业", "≥350家", (">=", 350, "家"), "10"),
        Ind("产出指标", "数量指标", "组织应急演练", "≥6次", (">=", 6, "次"), "10"),
        Ind("产出指标", "数量指标", "储备救灾物资品种", "≥18类", (">=", 18, "类"), "5"),
        Ind("产出指标", "质量指标", "重大事故隐患整改率", "100%", ("=", 100, "%"), "10"),
        Ind("产出指标", "时效指标", "救灾资金下拨时限", "≤10个工作日", ("<=", 10, "个工作日"), "10"),
        Ind("产出指标", "成本指标", "部门运行经费控制", "≤628.4万元", ("<=", 628.4, "万元"), "5"),
        Ind("效益指标", "社会效益指标", "较大及以上生产安全事故", "0起", ("=", 0, "起"), "15"),
        Ind("效益指标", "社会效益指标", "因灾死亡失踪人员", "0人", ("=", 0, "人"), "10"),
        Ind("效益指标", "社会效益指标", "森林草原火灾", "0次", ("=", 0, "次"), "5"),
        Ind("效益指标", "可持续影响指标", "应急管理体系和能力", "逐步提升", Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90%", (">=", 90, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 6, dept))
    rows.add((0, 1, "部门职能概述"), (1, 6, "负责全县应急管理、安全生产综合监督管理和防灾减灾救灾工作，"
                                            "组织编制应急预案，指导协调森林草原火灾、水旱灾害、地质灾害等防治工作。"))
    r = rows.n
    tasks = [("安全生产监管", "开展安全生产执法检查和隐患排查治理", "185.00", "185.00"),
             ("防灾减灾救灾", "储备救灾物资，发放自然灾害救灾补助", "260.00", "260.00"),
             ("机关运行保障", "保障机关正常运转和人员经费", "628.40", "628.40")]
    rows.put(r, 0, len(tasks) + 3, 1, "年度主要任务")
    rows.put(r, 1, 2, 1, "任务名称")
    rows.put(r, 2, 2, 3, "主要实施内容")
    rows.put(r, 5, 1, 2, "预算资金（万元）")
    rows.put(r + 1, 5, 1, 1, "合计")
    rows.put(r + 1, 6, 1, 1, "财政拨款")
    for k, (task, content, amount, fiscal) in enumerate(tasks, 2):
        rows.put(r + k, 1, 1, 1, task)
        rows.put(r + k, 2, 1, 3, content)
        rows.put(r + k, 5, 1, 1, amount)
        rows.put(r + k, 6, 1, 1, fiscal)
    rows.put(r + len(tasks) + 2, 1, 1, 4, "合    计")
    rows.put(r + len(tasks) + 2, 5, 1, 1, "1,073.40")
    rows.put(r + len(tasks) + 2, 6, 1, 1, "1,073.40")
    rows.add((0, 1, "年度总体目标"), (1, 6, "强化安全生产监管，提升防灾减灾救灾能力，坚决防范遏制较大及以上生产安全事故，"
                                            "保障人民群众生命财产安全。"))
    head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 2, "指标值"), (6, 1, "权重"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 2, i.raw), (6, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [64, 82, 74, 60, 60, 66, 64], title="部门整体支出绩效目标表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="dept_performance_targets"),
                   fresh_page=True, repeat=(head, 1))
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    return doc.save(folder)


def layout_nx_ld_county_level2_only_label_money(folder: Path, name: str) -> FileGold:
    dept = "隆德县文化旅游广电局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("六盘山红色旅游景区提升", "1,200.00", "400.00", "400.00", "完善景区游客服务设施，提升红色旅游接待能力。", [
            Ind(None, "数量指标", "新建游客服务中心", "1个", ("=", 1, "个")),
            Ind(None, "数量指标", "改造景区步道", "≥4.5公里", (">=", 4.5, "公里")),
            Ind(None, "质量指标", "工程验收合格率", "100%", ("=", 100, "%")),
            Ind(None, "时效指标", "年度建设任务完成率", "≥90%", (">=", 90, "%")),
            Ind(None, "经济效益指标", "景区年接待游客人次", "≥35万人次", (">=", 35, "万人次")),
            Ind(None, "社会效益指标", "红色文化传播影响力", "明显提升", Q),
            Ind(None, "服务对象满意度指标", "游客满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("农村公益电影放映", "26.40", "26.40", "26.40", "完成全县行政村每村每月放映一场公益电影。", [
            Ind(None, "数量指标", "放映公益电影场次", "≥1464场", (">=", 1464, "场")),
            Ind(None, "数量指标", "覆盖行政村", "122个", ("=", 122, "个")),
            Ind(None, "质量指标", "放映设备完好率", "≥95%", (">=", 95, "%")),
            Ind(None, "时效指标", "每村每月放映", "1场", ("=", 1, "场")),
            Ind(None, "成本指标", "每场放映补助", "≤180元", ("<=", 180, "元")),
            Ind(None, "社会效益指标", "农村群众文化生活", "不断丰富", Q),
            Ind(None, "服务对象满意度指标", "观影群众满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    for k, (project, total, year_amt, fiscal, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "项目单位"), (1, 3, dept))
        rows.add((0, 1, "项目总金额（实施期）"), (1, 1, total), (2, 1, "本年度预算"), (3, 1, year_amt))
        rows.add((0, 1, "其中：财政资金"), (1, 1, fiscal), (2, 1, "其他资金"),
                 (3, 1, f"{Decimal(year_amt.replace(',', '')) - Decimal(fiscal.replace(',', '')):,.2f}"))
        rows.add((0, 1, "年度绩效目标"), (1, 3, goal))
        rows.add((0, 1, "二级指标"), (1, 1, "三级指标"), (2, 1, "指标值"), (3, 1, "指标值确定依据"))
        _grid_rows(rows, inds, None, 0, lambda i: [(1, 1, i.name), (2, 1, i.raw), (3, 1, "行业标准")])
        doc.pages.grid(_spec(rows.cells, rows.n, [110, 150, 110, 120], title="项目支出绩效目标表",
                             editor=f"项目单位：{dept}", unit_raw="单位：万元"), fresh_page=(k == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=year_amt, fiscal=fiscal)
    return doc.save(folder)


def layout_xz_lz_county_accounts_project_self_eval(folder: Path, name: str) -> FileGold:
    dept = "林周县教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _budget_tables(doc, dept, year, [("2050201", "学前教育", "1,260.00", "0.00"),
                                    ("2050202", "小学教育", "3,480.50", "0.00"),
                                    ("2050299", "其他普通教育支出", "0.00", "612.00")], accounts=True)
    project = "农牧民子女“三包”经费"
    budget, executed, initial = "612.00", "598.20", "600.00"
    rate_score = f"{Decimal(executed) / Decimal(budget) * 10:.2f}"
    inds = [
        Ind("产出指标", "数量指标", "享受“三包”政策学生人数", "≥5200人", (">=", 5200, "人"), "20", "5168人", "19",
            "部分学生转学至县外，下年按实际人数核定"),
        Ind("产出指标", "质量指标", "补助资金足额发放率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "资金按学期拨付", "按学期拨付", Q, "10", "按学期拨付", "10"),
        Ind("产出指标", "成本指标", "年生均补助标准", "≤4200元", ("<=", 4200, "元"), "10", "4200元", "10"),
        Ind("效益指标", "社会效益指标", "义务教育巩固率", "≥97%", (">=", 97, "%"), "10", "97.6%", "10"),
        Ind("效益指标", "社会效益指标", "因贫辍学学生人数", "0人", ("=", 0, "人"), "10", "0人", "10"),
        Ind("效益指标", "可持续影响指标", "教育惠民政策知晓率", "≥95%", (">=", 95, "%"), "5", "93%", "4.5",
            "加强政策宣传"),
        Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥95%", (">=", 95, "%"), "10", "96.5%", "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 7, project))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 3, "林周县各中小学校"))
    rows.add((0, 2, ""), *[(2 + j, 1, h) for j, h in enumerate(("年初预算数", "全年预算数", "全年执行数", "执行率",
                                                                 "分值", "得分"))])
    rows.add((0, 2, "年度资金总额"), (2, 1, initial), (3, 1, budget), (4, 1, executed),
             (5, 1, f"{Decimal(executed) / Decimal(budget) * 100:.2f}%"), (6, 1, "10"), (7, 1, rate_score))
    rows.add((0, 2, "其中：财政拨款"), (2, 1, "560.00"), (3, 1, "572.00"), (4, 1, "558.20"), (5, 1, "—"),
             (6, 1, "—"), (7, 1, "—"))
    rows.add((0, 2, "其他资金"), (2, 1, "40.00"), (3, 1, "40.00"), (4, 1, "40.00"), (5, 1, "—"), (6, 1, "—"),
             (7, 1, "—"))
    rows.add((0, 1, "年度目标"), (1, 7, "落实农牧民子女“三包”政策，保障义务教育阶段寄宿学生吃、住、学习用品需求，"
                                        "巩固义务教育普及成果。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因分析及改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    total = _total(rate_score, inds)
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    doc.pages.grid(_spec(rows.cells, rows.n, [56, 64, 100, 60, 60, 40, 40, 90], title="项目支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", budget, executed, total, None)
    doc.gold.project(project, "万元", year=budget, fiscal="572.00")
    return doc.save(folder)


def layout_hun_ly_town_budget_forms_after_tables(folder: Path, name: str) -> FileGold:
    dept = "浏阳市永安镇人民政府"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_tables(doc, dept, year, [("2010301", "行政运行", "1,046.80", "0.00"),
                                    ("2130705", "对村民委员会和村党支部的补助", "0.00", "286.00"),
                                    ("2120501", "城乡社区环境卫生", "0.00", "138.50")], town=True)
    projects = [
        ("村级组织运转经费", "286.00", "286.00", "0.00", "保障全镇18个村（社区）组织正常运转，提升基层治理能力。", [
            Ind("产出指标", "数量指标", "保障村（社区）数量", "18个", ("=", 18, "个")),
            Ind("产出指标", "质量指标", "资金使用合规率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "资金拨付及时率", "≥95%", (">=", 95, "%")),
            Ind("效益指标", "社会效益指标", "村级组织正常运转", "有效保障", Q),
            Ind("效益指标", "社会效益指标", "越级上访事件", "0次", ("=", 0, "次")),
            Ind("效益指标", "可持续影响指标", "基层治理水平", "持续提升", Q),
            Ind("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("城乡环境卫生整治", "138.50", "120.00", "18.50", "开展城乡环境卫生整治，生活垃圾日产日清，镇容村貌明显改善。", [
            Ind("产出指标", "数量指标", "清运生活垃圾", "≥5800吨", (">=", 5800, "吨")),
            Ind("产出指标", "数量指标", "开展集中整治行动", "≥12次", (">=", 12, "次")),
            Ind("产出指标", "质量指标", "垃圾无害化处理率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "生活垃圾清运", "日产日清", Q),
            Ind("产出指标", "成本指标", "每吨垃圾清运成本", "≤210元", ("<=", 210, "元")),
            Ind("效益指标", "生态效益指标", "环境卫生问题投诉", "0起", ("=", 0, "起")),
            Ind("满意度指标", "服务对象满意度指标", "镇区居民满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    for k, (project, total, fiscal, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "预算单位"), (1, 4, dept))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        rows.put(r, 1, 1, 2, "合计")
        rows.put(r, 3, 1, 1, "其中：财政拨款")
        rows.put(r, 4, 1, 1, "其他资金")
        rows.put(r + 1, 1, 1, 2, total)
        rows.put(r + 1, 3, 1, 1, fiscal)
        rows.put(r + 1, 4, 1, 1, other)
        rows.add((0, 1, "绩效目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [84, 100, 150, 80, 80], title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=(k == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    return doc.save(folder)


def layout_gx_rs_county_title_in_grid_direction_words(folder: Path, name: str) -> FileGold:
    dept = "融水苗族自治县林业局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    projects = [
        ("油茶低产林改造补助", "860000.00", "700000.00", "160000.00", "0.00",
         "完成油茶低产林改造8000亩，带动林农增收。", [
             Ind("产出指标", "数量指标", "油茶低产林改造面积", ("大于等于", "8000", "亩"), (">=", 8000, "亩"), "20"),
             Ind("产出指标", "质量指标", "改造林分检查验收合格率", ("大于等于", "95", "%"), (">=", 95, "%"), "20"),
             Ind("产出指标", "时效指标", "补助资金兑付时限", ("小于等于", "30", "天"), ("<=", 30, "天"), "15"),
             Ind("效益指标", "经济效益指标", "改造后油茶亩产增幅", ("大于等于", "30", "%"), (">=", 30, "%"), "20"),
             Ind("效益指标", "生态效益指标", "森林覆盖率", ("大于等于", "79.8", "%"), (">=", 79.8, "%"), "10"),
             Ind("满意度指标", "服务对象满意度指标", "林农满意度", ("大于等于", "90", "%"), (">=", 90, "%"), "15"),
         ]),
        ("森林防火专项经费", "325000.00", "325000.00", None, "0.00",
         "加强森林防火巡护和宣传，森林火灾受害率控制在0.9‰以内。", [
             Ind("产出指标", "数量指标", "聘用护林员人数", ("等于", "65", "人"), ("=", 65, "人"), "20"),
             Ind("产出指标", "数量指标", "防火宣传活动", ("大于等于", "10", "次"), (">=", 10, "次"), "15"),
             Ind("产出指标", "时效指标", "火情处置响应时间", ("小于等于", "2", "小时"), ("<=", 2, "小时"), "15"),
             Ind("效益指标", "社会效益指标", "重大森林火灾", ("等于", "0", "起"), ("=", 0, "起"), "20"),
             Ind("效益指标", "可持续影响指标", "群众防火意识", ("定性", "明显增强", ""), Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "林区群众满意度", ("大于等于", "85", "%"), (">=", 85, "%"), "15"),
         ]),
    ]
    widths = [80, 96, 150, 70, 70, 60, 60]
    for k, (project, year_amt, fiscal, carried, other, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 7, f"{year}年项目支出绩效目标表"))
        rows.add((0, 5, f"预算单位：{dept}"), (5, 2, "单位：元"))
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 2, "年度资金总额"), (2, 2, "其中：财政拨款"), (4, 2, "上年结转"), (6, 1, "其他资金"))
        rows.add((0, 2, year_amt), (2, 2, fiscal), (4, 2, carried or "—"), (6, 1, other))
        rows.add((0, 1, "年度绩效目标"), (1, 6, goal))
        head = rows.add(*[(j, 1, t) for j, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "指标值",
                                                             "计量单位", "权重（%）"))])
        rows.add(*[(j, 1, str(j + 1)) for j in range(7)])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths), fresh_page=(k == 0), repeat=(head, 2))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


BLIND13: dict[str, Builder] = {
    "ha_sx_county_budget_bond_fund_sources": layout_ha_sx_county_budget_bond_fund_sources,
    "hb_yx_county_accounts_dept_self_eval_prose": layout_hb_yx_county_accounts_dept_self_eval_prose,
    "ah_hs_county_self_eval_yuan_shortfall": layout_ah_hs_county_self_eval_yuan_shortfall,
    "jx_ay_county_summary_then_indicator_tables": layout_jx_ay_county_summary_then_indicator_tables,
    "gz_mt_county_long_form_level2_cut": layout_gz_mt_county_long_form_level2_cut,
    "sc_yl_county_budget_goal_lines_value_unit": layout_sc_yl_county_budget_goal_lines_value_unit,
    "gs_hn_county_heads_wan_per_column": layout_gs_hn_county_heads_wan_per_column,
    "xj_mns_county_budget_dept_wide_weights": layout_xj_mns_county_budget_dept_wide_weights,
    "nx_ld_county_level2_only_label_money": layout_nx_ld_county_level2_only_label_money,
    "xz_lz_county_accounts_project_self_eval": layout_xz_lz_county_accounts_project_self_eval,
    "hun_ly_town_budget_forms_after_tables": layout_hun_ly_town_budget_forms_after_tables,
    "gx_rs_county_title_in_grid_direction_words": layout_gx_rs_county_title_in_grid_direction_words,
}
SETS: dict[str, dict[str, Builder]] = {"blind13": BLIND13}


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
    """Write every layout of ``which`` ("blind13") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
