"""BLIND33 performance forms: ten layouts as a district of 厦门, a 江西 county, a district of 合肥,
a district of 杭州, a district of 苏州, two districts of 上海 (徐汇, 嘉定), a district of 郑州, a
district of 贵阳 and a district of 兰州 print their 项目支出绩效目标表, 部门整体支出绩效目标表,
项目支出绩效自评表 and 部门整体支出绩效自评表, written by an author who had read neither the form
reader nor the earlier blind sets (only the gold helpers and page composer of ``form_layouts``,
the gold conventions of BLIND9's docstring and the real disclosures). The set leans on list-style
target tables, landscape pages, forms continued over page breaks with their header repeated and
targets written in words (不低于, 不少于, 控制在…以内, 力争, 确保, 达到). Each layout writes one PDF
and its gold in the format of ``form_layouts.write_set``; the gold is written by hand with
``form_layouts._gold_ind`` and ``FileGold``, never by the normalizers.

fj_xm_budget_list_project_row_then_indicator_rows  福建 厦门 district 部门预算: budget tables,
        then a landscape list whose two-row header reads 序号 | 项目名称 | 实施单位 | 项目资金（万元）
        | 年度绩效目标 over 一级指标 | 二级指标 | 三级指标 | 指标值 | 备注: each project is one row
        (name, owner unit, money, goal) with its indicator rows under it in the same columns;
        序号 merged down the block; both header rows repeated on the next page
jx_county_budget_source_lines_yuan_forms_running_on  江西 county 部门预算 in 元: a 项目支出预算表,
        then project forms one after another (not one a page), each with a 资金来源 | 金额 grid
        (一般公共预算财政拨款收入 / 政府性基金预算财政拨款收入 / 上年结转 / 其他资金 / 合计, blank
        lines), a form cut by the page break with its grid header repeated; targets in words
ah_hf_accounts_landscape_self_eval_yuan_heads  安徽 合肥 district 部门决算: accounts tables, then
        landscape 项目支出绩效自评表 whose money heads carry the unit (年初预算数（元） | 全年预算数（元）
        | 全年执行数（元） | 分值 | 执行率 | 得分) over 年度资金总额 / 其中：财政拨款 / 上年结转 / 其他资金
zj_hz_budget_dept_wide_weights_then_label_pairs  浙江 杭州 district 部门预算: a 部门整体支出绩效
        目标表 (资金 pairs, 年度主要任务 with amounts, weights), then project forms whose money is
        label | value pairs (项目总金额（万元） | 本年度资金（万元）, 其中：财政资金 | 上年结转 0.00)
js_sz_banner_rows_list_weights_repeated_head  江苏 苏州 district list: each project opens with
        banner rows spanning the table (项目名称：… 实施单位：…, 资金总额：…万元 其中：财政拨款：…万元
        其他资金：…万元, 年度绩效目标：…), then 一级 | 二级 | 三级 | 指标值 | 权重（%） rows; the
        header row repeated on every page
sh_xh_accounts_dept_then_project_self_eval_pairs  上海 徐汇 部门决算: a 部门整体支出绩效自评表 and a
        项目支出绩效自评表 with money as label | value pairs in 元 (年初预算数（元） | …, 全年执行数（元）
        | … | 预算执行率 | … | 得分 | …), 总分 and 自评等级 rows
ha_zz_budget_stacked_money_direction_word_column  河南 郑州 district 部门预算: a merged
        项目资金（万元） label over stacked rows (资金总额 / 其中：财政拨款 / 上年结转 / 其他资金), grid
        一级 | 二级 | 三级 | 指标方向 (不少于 / 不高于 / 等于 / 大于 / 小于 / 定性) | 指标值 | 计量单位 | 分值
gz_gy_two_forms_a_page_yuan_money_heads  贵州 贵阳 district: short forms two a page, money heads
        with the unit in each (项目总额（元） | 本年预算（元） | 其中：财政拨款（元） | 其中：其他资金（元）)
        over one amounts row; ＞ ＜ ≥ ≤ signs, a range (5%-8%) and a deadline
gs_lz_landscape_self_eval_list_no_levels  甘肃 兰州 district landscape self-evaluation list:
        序号 | 项目名称 | 全年预算数（万元） | 全年执行数（万元） | 执行率 | 执行率得分 merged over the
        project's rows, no level columns (三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因),
        a 总分及自评等级 row closing each project, header repeated
sh_jd_declaration_forms_value_unit_columns  上海 嘉定 项目绩效目标申报表: 主管部门及代码 ([215]…),
        money pairs in 元 (年度资金总额 | 其中：财政拨款, 上年结转资金 | 其他资金), grid
        一级 | 二级 | 三级 | 指标值 | 度量单位 with the words in the value cell (不少于4800 | 批次)

Gold conventions: BLIND9's docstring (and the addendum rulings: fiscal = the 财政拨款 / 财政资金
figure as printed, or the sum of source lines named …财政拨款收入; a printed 0.00 上年结转 is 0.00;
达到 N reads ≥), with this set's rulings:

- 力争 / 确保 in front of a target change nothing: "力争达到95%" reads >= 95 %, "确保100%" reads
  = 100 %, "确保不低于98%" reads >= 98 %, "确保0起" reads = 0 起; "控制在N…以内" reads <= N;
  "等于" reads "="; a state ("确保不发生", "力争实现全覆盖", "有效缓解") is qualitative.
- A list row that names a project, its unit, money and goal is the project's row, not an
  indicator; the rows under it up to the next project row are its indicators.
- Banner rows ("资金总额：126.00万元　其中：财政拨款：110.00万元…") give the project's money as
  the label | value pairs they print: 资金总额 is ``year``, 财政拨款 ``fiscal``.
- 资金来源 grids: a blank source line adds nothing; 合计 is ``year``; 上年结转 is ``carried``
  (0.00 where 0.00 is printed, none where the line is blank); the fiscal sum of two …财政拨款收入
  lines is also printed in the document's 项目支出预算表.
- A project self evaluation's 上年结转 row gives ``carried`` = its 全年预算数. Where a self
  evaluation prints only 全年预算数 / 全年执行数 (no 年度资金总额 row), those are its budget and
  executed and the project's year.
- A 总分及自评等级 row gives the score and the grade (优秀 reads 优, 良好 良).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


# --------------------------------------------------------------------------- shared pieces


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  functions: list[tuple[str, str, str, str, str]], extra: TableSpec | None = None) -> None:
    """The front of a 部门预算: contents, 部门概况, 收支预算总表, 一般公共预算支出表 (and an
    optional extra table), then the heading of the 绩效目标 part."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算表", "第三部分  部门预算情况说明",
                                   "第四部分  绩效目标情况", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、部门主要职责。{dept}负责贯彻执行国家和省、市关于本领域工作的法律法规和方针政策，"
        "拟订本地区相关规划并组织实施。",
        "二、部门预算单位构成。纳入本部门预算编制范围的包括部门本级及所属事业单位。",
        f"三、{year}年度主要工作任务。围绕中心工作，统筹安排资金，确保各项重点任务按期完成。",
    ])
    total = sum(float(v.replace(",", "")) for _, v in income)
    body = [plain_row([k, v, "", ""]) for k, v in income]
    body[0][2] = (2, 1, "一般公共服务支出")
    body[0][3] = (3, 1, "")
    body.append(plain_row(["收入总计", f"{total:,.2f}", "支出总计", f"{total:,.2f}"]))
    doc.pages.table(TableSpec(f"{year}年部门收支预算总表", "budget_summary", "单位：万元", "wan_yuan",
                              f"编制部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                               (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")],
                              2, body, ["l", "r", "l", "r"]))
    doc.pages.table(TableSpec(f"{year}年一般公共预算支出预算表", "general_budget_expenditure", "单位：万元",
                              "wan_yuan", f"编制部门：{dept}", [80, 190, 80, 80, 80],
                              [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "合计"),
                               (0, 3, 1, 1, "基本支出"), (0, 4, 1, 1, "项目支出")],
                              1, [plain_row(list(f)) for f in functions], ["l", "l", "r", "r", "r"]))
    if extra is not None:
        doc.pages.table(extra)
    doc.pages.text_page("第四部分  绩效目标情况", [
        f"按照全面实施预算绩效管理的要求，{dept}对{year}年度项目支出编制了绩效目标，"
        "现将项目支出绩效目标公开如下。",
    ])


def _add(doc: FormDoc, project: str | None, inds: list[Ind]) -> None:
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))


# --------------------------------------------------------------------------- layouts


def layout_fj_xm_budget_list_project_row_then_indicator_rows(folder: Path, name: str) -> FileGold:
    dept = "厦门市思明区市政园林局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025,
                  cover=[("厦门市思明区市政园林局", 22), ("2025年部门预算", 22)])
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "9,862.40"), ("政府性基金预算拨款收入", "1,250.00"),
                                    ("上年结转", "315.60")],
                  [("212", "城乡社区支出", "10,518.30", "1,632.80", "8,885.50"),
                   ("21203", "城乡社区公共设施", "6,214.80", "0.00", "6,214.80"),
                   ("221", "住房保障支出", "594.10", "594.10", "0.00")])
    projects = [
        ("背街小巷改造提升", "思明区市政工程管理中心", "680.00",
         "完成辖区25条背街小巷路面、排水及立面改造，改善居民出行条件。", [
             Ind("产出指标", "数量指标", "改造背街小巷条数", "不少于25条", (">=", 25, "条")),
             Ind("产出指标", "质量指标", "工程验收合格率", "确保100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "年度改造任务完成时间", "2025年11月底前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "居民出行条件", "明显改善", Q),
             Ind("满意度指标", "服务对象满意度指标", "沿线居民满意度", "不低于90%", (">=", 90, "%")),
         ]),
        ("公园绿地养护", "思明区园林绿化中心", "1,250.00",
         "做好辖区公园绿地日常养护，保持绿化景观整洁美观。", [
             Ind("产出指标", "数量指标", "养护绿地面积", "不少于320万平方米", (">=", 320, "万平方米")),
             Ind("产出指标", "质量指标", "绿地养护达标率", "力争达到95%", (">=", 95, "%")),
             Ind("产出指标", "成本指标", "每平方米养护成本", "控制在4元以内", ("<=", 4, "元")),
             Ind("效益指标", "生态效益指标", "建成区绿化覆盖率", "不低于42%", (">=", 42, "%")),
             Ind("满意度指标", "服务对象满意度指标", "游园群众满意度", "力争达到92%", (">=", 92, "%")),
         ]),
        ("市政道路设施维护", "思明区市政工程管理中心", "936.50",
         "及时修复破损路面及附属设施，保障市政道路安全畅通。", [
             Ind("产出指标", "数量指标", "维修破损路面面积", "不少于4.5万平方米", (">=", 4.5, "万平方米")),
             Ind("产出指标", "质量指标", "道路完好率", "确保不低于98%", (">=", 98, "%")),
             Ind("产出指标", "时效指标", "路面破损修复时限", "控制在48小时以内", ("<=", 48, "小时")),
             Ind("效益指标", "社会效益指标", "设施原因安全事故", "确保0起", ("=", 0, "起")),
             Ind("满意度指标", "服务对象满意度指标", "市民满意度", "不低于88%", (">=", 88, "%")),
         ]),
        ("城市防汛排涝设施维护", "思明区排水管理所", "415.00",
         "完成排水管网汛前清疏，减少城区内涝积水点。", [
             Ind("产出指标", "数量指标", "清疏排水管道长度", "不少于180公里", (">=", 180, "公里")),
             Ind("产出指标", "质量指标", "管道清疏合格率", "达到95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "汛前清疏完成时间", "2025年5月31日前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "城区内涝积水点", "较上年减少", Q),
             Ind("效益指标", "可持续影响指标", "防汛设施运维机制", "长效运行", Q),
             Ind("满意度指标", "服务对象满意度指标", "周边群众满意度", "不低于90%", (">=", 90, "%")),
         ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "序号")
    for col, text in ((1, "项目名称"), (2, "实施单位"), (3, "项目资金（万元）")):
        rows.put(0, col, 1, 1, text)
    rows.put(0, 4, 1, 2, "年度绩效目标")
    for col, text in ((1, "一级指标"), (2, "二级指标"), (3, "三级指标"), (4, "指标值"), (5, "备注")):
        rows.put(1, col, 1, 1, text)
    for k, (project, unit, amount, goal, inds) in enumerate(projects, 1):
        r0 = rows.add((1, 1, project), (2, 1, unit), (3, 1, amount), (4, 2, goal))
        _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, "")])
        rows.put(r0, 0, len(inds) + 1, 1, str(k))
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=amount)
    doc.pages.grid(_spec(rows.cells, rows.n, [36, 130, 130, 170, 150, 120], title="2025年项目支出绩效目标表",
                         editor=f"部门：{dept}", unit_raw="单位：万元", landscape=True),
                   repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


def layout_jx_county_budget_source_lines_yuan_forms_running_on(folder: Path, name: str) -> FileGold:
    dept = "进贤县农业农村局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    projects = [
        ("高标准农田建设管护", "进贤县农田建设服务中心",
         [("一般公共预算财政拨款收入", "2,400,000.00"), ("政府性基金预算财政拨款收入", "600,000.00"),
          ("上年结转", "350,000.00"), ("其他资金", ""), ("合计", "3,350,000.00")],
         "3,000,000.00", "350,000.00",
         "完成全县8.6万亩高标准农田设施管护，保障农田灌排设施正常运行。", [
             Ind("产出指标", "数量指标", "管护高标准农田面积", "不少于8.6万亩", (">=", 8.6, "万亩")),
             Ind("产出指标", "数量指标", "灌排设施维修处数", "不少于120处", (">=", 120, "处")),
             Ind("产出指标", "质量指标", "管护设施完好率", "不低于90%", (">=", 90, "%")),
             Ind("产出指标", "时效指标", "损毁设施修复时限", "控制在15天以内", ("<=", 15, "天")),
             Ind("效益指标", "经济效益指标", "亩均粮食产能提高", "≥50公斤", (">=", 50, "公斤")),
             Ind("效益指标", "可持续影响指标", "农田管护长效机制", "逐步健全", Q),
             Ind("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("农村人居环境整治", "进贤县农业农村局",
         [("一般公共预算财政拨款收入", "1,800,000.00"), ("政府性基金预算财政拨款收入", ""),
          ("上年结转", "0.00"), ("其他资金", "200,000.00"), ("合计", "2,000,000.00")],
         "1,800,000.00", "0.00",
         "推进农村户厕改造和村庄清洁行动，改善农村人居环境。", [
             Ind("产出指标", "数量指标", "改造农村户厕", "不少于1500户", (">=", 1500, "户")),
             Ind("产出指标", "数量指标", "村庄清洁行动覆盖率", "达到100%", (">=", 100, "%")),
             Ind("产出指标", "质量指标", "户厕改造验收合格率", "不低于95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "改厕任务完成时间", "2025年10月底前", (None, None, None)),
             Ind("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "力争达到90%", (">=", 90, "%")),
             Ind("满意度指标", "服务对象满意度指标", "农民群众满意度", "不低于85%", (">=", 85, "%")),
         ]),
        ("动物疫病防控", "进贤县畜牧水产服务中心",
         [("一般公共预算财政拨款收入", "960,000.00"), ("政府性基金预算财政拨款收入", ""),
          ("上年结转", ""), ("其他资金", ""), ("合计", "960,000.00")],
         "960,000.00", None,
         "做好重大动物疫病强制免疫和监测，确保不发生区域性重大动物疫情。", [
             Ind("产出指标", "数量指标", "重大动物疫病免疫数量", "不少于45万头（只）", (">=", 45, "万头(只)")),
             Ind("产出指标", "质量指标", "应免畜禽免疫密度", "不低于90%", (">=", 90, "%")),
             Ind("产出指标", "质量指标", "免疫抗体合格率", "不低于70%", (">=", 70, "%")),
             Ind("产出指标", "时效指标", "疫情报告时限", "控制在2小时以内", ("<=", 2, "小时")),
             Ind("效益指标", "社会效益指标", "区域性重大动物疫情", "确保不发生", Q),
             Ind("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    extra_body = [plain_row(["高标准农田建设管护", "3,350,000.00", "3,000,000.00", "350,000.00", ""]),
                  plain_row(["农村人居环境整治", "2,000,000.00", "1,800,000.00", "0.00", "200,000.00"]),
                  plain_row(["动物疫病防控", "960,000.00", "960,000.00", "", ""]),
                  plain_row(["合计", "6,310,000.00", "5,760,000.00", "350,000.00", "200,000.00"])]
    extra = TableSpec("2025年项目支出预算表", "project_expenditure", "单位：元", "yuan", f"编制部门：{dept}",
                      [150, 90, 90, 90, 80],
                      [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 1, "合计"), (0, 2, 1, 1, "财政拨款"),
                       (0, 3, 1, 1, "上年结转"), (0, 4, 1, 1, "其他资金")],
                      1, extra_body, ["l", "r", "r", "r", "r"])
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "2,846.30"), ("政府性基金预算拨款收入", "60.00"),
                                    ("上年结转", "35.00")],
                  [("213", "农林水支出", "2,941.30", "1,240.30", "1,701.00"),
                   ("21301", "农业农村", "2,941.30", "1,240.30", "1,701.00")], extra)
    for k, (project, unit, sources, fiscal, carried, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit))
        rows.add((0, 1, "项目类别"), (1, 2, "其他运转类项目"), (3, 1, "项目期限"), (4, 2, "1年"))
        r = rows.n
        rows.put(r, 0, len(sources) + 1, 1, "项目资金（元）")
        rows.put(r, 1, 1, 3, "资金来源")
        rows.put(r, 4, 1, 2, "金额")
        for j, (src, amount) in enumerate(sources, 1):
            rows.put(r + j, 1, 1, 3, src)
            rows.put(r + j, 4, 1, 2, amount)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"),
                        (5, 1, "指标值说明"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, [76, 86, 80, 80, 112, 61], title="项目支出绩效目标表",
                             editor=f"单位名称：{unit}", unit_raw="金额单位：元"),
                       repeat=(head, 1), fresh_page=(k == 0), gap=30)
        _add(doc, project, inds)
        doc.gold.project(project, "元", year=sources[-1][1], fiscal=fiscal, carried=carried)
    return doc.save(folder)


def _hf_self_eval(doc: FormDoc, dept: str, project: str, unit: str, money: list[tuple[str, ...]],
                  rate: tuple[str, str], goal: tuple[str, str], inds: list[Ind], total: str, grade: str) -> None:
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 8, project))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 4, unit))
    r = rows.n
    rows.put(r, 0, len(money) + 1, 1, "项目资金")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数（元）", "全年预算数（元）", "全年执行数（元）", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for j, line in enumerate(money, 1):
        rows.put(r + j, 1, 1, 2, line[0])
        for k, v in enumerate(line[1:4]):
            rows.put(r + j, 3 + k, 1, 1, v)
        tail = ("10", rate[0], rate[1]) if j == 1 else ("—", "—", "—")
        for k, v in enumerate(tail):
            rows.put(r + j, 6 + k, 1, 1, v)
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
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, total), (8, 1, ""))
    rows.add((0, 6, "自评等级"), (6, 3, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, [64, 80, 86, 120, 96, 96, 44, 56, 100], title="项目支出绩效自评表",
                         editor=f"（{doc.gold.fiscal_year}年度）", landscape=True,
                         kind="performance_self_evaluation"), repeat=(r, 1), fresh_page=True)


def layout_ah_hf_accounts_landscape_self_eval_yuan_heads(folder: Path, name: str) -> FileGold:
    dept = "合肥市包河区卫生健康委员会"
    doc = FormDoc(name, f"{dept}2024年度部门决算", dept, 2024)
    _accounts_front(doc, dept, 2024, [("财政拨款收入", "21,436.52"), ("事业收入", "3,120.40"), ("其他收入", "86.10")],
                    [("卫生健康支出", "23,905.66"), ("社会保障和就业支出", "512.30"), ("住房保障支出", "225.06")])
    inds1 = [
        Ind("产出指标", "数量指标", "居民电子健康档案建档人数", "不少于95万人", (">=", 95, "万人"), "15", "96.3万人", "15"),
        Ind("产出指标", "数量指标", "老年人健康管理人数", "不少于6.2万人", (">=", 6.2, "万人"), "10", "6.5万人", "10"),
        Ind("产出指标", "质量指标", "高血压患者规范管理率", "不低于65%", (">=", 65, "%"), "10", "63.8%", "8",
            "部分患者随访依从性差，下年加强家庭医生随访"),
        Ind("产出指标", "时效指标", "服务数据上报时限", "控制在10个工作日以内", ("<=", 10, "个工作日"), "10",
            "8个工作日", "10"),
        Ind("效益指标", "社会效益指标", "居民健康素养水平", "力争达到32%", (">=", 32, "%"), "15", "32.6%", "15"),
        Ind("效益指标", "可持续影响指标", "基层公共卫生服务能力", "持续提升", Q, "10", "持续提升", "10"),
        Ind("满意度指标", "服务对象满意度指标", "居民满意度", "不低于90%", (">=", 90, "%"), "20", "91.2%", "20"),
    ]
    p1 = "基本公共卫生服务"
    _hf_self_eval(doc, dept, p1, "合肥市包河区疾病预防控制中心", [
        ("年度资金总额", "6,800,000.00", "7,200,000.00", "6,984,000.00"),
        ("其中：财政拨款", "6,500,000.00", "6,500,000.00", "6,300,000.00"),
        ("上年结转", "0.00", "500,000.00", "484,000.00"),
        ("其他资金", "300,000.00", "200,000.00", "200,000.00"),
    ], ("97.00%", "9.70"), ("为辖区居民提供基本公共卫生服务，居民健康素养水平达到32%。",
                            "建档96.3万人，健康素养水平32.6%。"), inds1, "97.70", "优秀")
    _add(doc, p1, inds1)
    doc.gold.self_evaluation(p1, "元", "7,200,000.00", "6,984,000.00", 97.70, "优")
    doc.gold.project(p1, "元", year="7,200,000.00", fiscal="6,500,000.00", carried="500,000.00")
    inds2 = [
        Ind("产出指标", "数量指标", "重点人群签约人数", "不少于18万人", (">=", 18, "万人"), "20", "17.1万人", "17",
            "新建小区居民签约进度滞后"),
        Ind("产出指标", "质量指标", "签约居民履约率", "不低于80%", (">=", 80, "%"), "15", "82%", "15"),
        Ind("产出指标", "时效指标", "签约服务包更新时间", "2024年3月底前", (None, None, None), "10", "2024年3月25日", "10"),
        Ind("效益指标", "社会效益指标", "重点人群签约覆盖率", "达到75%", (">=", 75, "%"), "15", "71%", "12",
            "流动人口签约难度大"),
        Ind("效益指标", "可持续影响指标", "家庭医生团队数量", "不少于120个", (">=", 120, "个"), "10", "126个", "10"),
        Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "确保不低于90%", (">=", 90, "%"), "20", "88.5%", "18",
            "服务响应速度有待提高"),
    ]
    p2 = "家庭医生签约服务"
    _hf_self_eval(doc, dept, p2, "合肥市包河区社区卫生服务管理中心", [
        ("年度资金总额", "1,500,000.00", "1,500,000.00", "1,290,000.00"),
        ("其中：财政拨款", "1,500,000.00", "1,500,000.00", "1,290,000.00"),
        ("上年结转", "0.00", "0.00", "0.00"),
        ("其他资金", "0.00", "0.00", "0.00"),
    ], ("86.00%", "8.60"), ("重点人群家庭医生签约覆盖率达到75%。", "签约17.1万人，覆盖率71%。"),
        inds2, "90.60", "良好")
    _add(doc, p2, inds2)
    doc.gold.self_evaluation(p2, "元", "1,500,000.00", "1,290,000.00", 90.60, "良")
    doc.gold.project(p2, "元", year="1,500,000.00", fiscal="1,500,000.00", carried="0.00")
    return doc.save(folder)


def layout_zj_hz_budget_dept_wide_weights_then_label_pairs(folder: Path, name: str) -> FileGold:
    dept = "杭州市拱墅区民政局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "8,120.00"), ("其他收入", "530.00")],
                  [("208", "社会保障和就业支出", "8,460.20", "1,102.40", "7,357.80"),
                   ("20802", "民政管理事务", "1,102.40", "1,102.40", "0.00"),
                   ("221", "住房保障支出", "189.80", "189.80", "0.00")])
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 4, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "年度预算资金（万元）")
    rows.put(r, 1, 1, 1, "资金总额")
    rows.put(r, 2, 1, 3, "8,650.00")
    rows.put(r + 1, 1, 1, 1, "其中：财政拨款")
    rows.put(r + 1, 2, 1, 3, "8,120.00")
    tasks = [("社会救助", "城乡低保、特困供养及临时救助资金发放", "5,260.00"),
             ("养老服务", "居家养老服务照料中心运营补助及养老服务补贴", "2,340.00"),
             ("基层治理", "社区工作者培训及社会组织培育", "1,050.00")]
    r = rows.n
    rows.put(r, 0, len(tasks) + 1, 1, "年度主要任务")
    rows.put(r, 1, 1, 1, "任务名称")
    rows.put(r, 2, 1, 2, "主要内容")
    rows.put(r, 4, 1, 1, "预算金额（万元）")
    for j, (t, c, a) in enumerate(tasks, 1):
        rows.put(r + j, 1, 1, 1, t)
        rows.put(r + j, 2, 1, 2, c)
        rows.put(r + j, 4, 1, 1, a)
    rows.add((0, 1, "年度总体目标"), (1, 4, "兜牢民生底线，困难群众基本生活得到有效保障，养老服务体系进一步完善。"))
    head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重（%）"))
    dept_inds = [
        Ind("产出指标", "数量指标", "城乡低保对象保障人数", "不少于5600人", (">=", 5600, "人"), "15"),
        Ind("产出指标", "数量指标", "养老服务照料中心运营数量", "不少于45家", (">=", 45, "家"), "10"),
        Ind("产出指标", "质量指标", "低保资金社会化发放率", "确保100%", ("=", 100, "%"), "15"),
        Ind("产出指标", "时效指标", "救助申请审核审批时限", "控制在10个工作日以内", ("<=", 10, "个工作日"), "10"),
        Ind("产出指标", "成本指标", "养老服务补贴人均标准", "控制在1800元以内", ("<=", 1800, "元"), "10"),
        Ind("效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", Q, "15"),
        Ind("效益指标", "可持续影响指标", "居家养老服务网络", "力争实现全覆盖", Q, "10"),
        Ind("满意度指标", "服务对象满意度指标", "困难群众满意度", "不低于92%", (">=", 92, "%"), "15"),
    ]
    _grid_rows(rows, dept_inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [90, 95, 130, 110, 70], title="2025年部门整体支出绩效目标表",
                         editor=f"填报单位：{dept}", kind="department_performance_targets"),
                   repeat=(head, 1), fresh_page=True)
    _add(doc, None, dept_inds)
    projects = [
        ("社区居家养老服务中心建设（2024-2026年）", "330105251000321", "拱墅区养老服务指导中心",
         ("960.00", "320.00", "300.00", "0.00"),
         "三年内建成18家社区居家养老服务中心，实现街道全覆盖。",
         "2025年新建6家社区居家养老服务中心，助餐服务覆盖率力争达到85%。", [
             Ind("产出指标", "数量指标", "新建社区居家养老服务中心", "不少于6家", (">=", 6, "家")),
             Ind("产出指标", "质量指标", "消防验收合格率", "确保100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "年度建设任务完成时间", "2025年12月底前", (None, None, None)),
             Ind("效益指标", "社会效益指标", "老年人助餐服务覆盖率", "力争达到85%", (">=", 85, "%")),
             Ind("满意度指标", "服务对象满意度指标", "入托老人满意度", "不低于90%", (">=", 90, "%")),
         ]),
        ("困难群众临时救助", "330105251000337", "杭州市拱墅区民政局",
         ("185.00", "185.00", "185.00", "0.00"),
         "对遭遇急难的困难群众及时实施临时救助。",
         "全年临时救助不少于1200人次，急难救助24小时内响应。", [
             Ind("产出指标", "数量指标", "临时救助人次", "不少于1200人次", (">=", 1200, "人次")),
             Ind("产出指标", "质量指标", "救助对象认定准确率", "不低于98%", (">=", 98, "%")),
             Ind("产出指标", "时效指标", "急难救助响应时限", "控制在24小时以内", ("<=", 24, "小时")),
             Ind("效益指标", "社会效益指标", "因急难陷入困境群众", "及时得到救助", Q),
             Ind("满意度指标", "服务对象满意度指标", "受助群众满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    for project, code, unit, (total, year, fiscal, carried), whole, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit))
        rows.add((0, 1, "项目总金额（万元）"), (1, 2, total), (3, 1, "本年度资金（万元）"), (4, 1, year))
        rows.add((0, 1, "其中：财政资金"), (1, 2, fiscal), (3, 1, "上年结转"), (4, 1, carried))
        rows.add((0, 1, "项目总体目标"), (1, 4, whole))
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [95, 100, 90, 100, 110], title="2025年项目支出绩效目标表",
                             editor=f"预算单位：{dept}", unit_raw="单位：万元"),
                       repeat=(head, 1), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", code=code, total=total, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_js_sz_banner_rows_list_weights_repeated_head(folder: Path, name: str) -> FileGold:
    dept = "苏州市吴中区教育局"
    doc = FormDoc(name, f"{dept}2025年度项目支出绩效目标表", dept, 2025)
    projects = [
        ("义务教育学校课后服务", "吴中区各义务教育学校", ("2,360.00", "2,360.00", "0.00"),
         "全区义务教育学校课后服务全覆盖，有效缓解家长接送难问题。", [
             Ind("产出指标", "数量指标", "参加课后服务学生人数", "不少于5.8万人", (">=", 5.8, "万人"), "20"),
             Ind("产出指标", "质量指标", "学校课后服务覆盖率", "确保100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "成本指标", "生均学期补助标准", "控制在400元以内", ("<=", 400, "元"), "20"),
             Ind("效益指标", "社会效益指标", "家长接送难问题", "有效缓解", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "家长满意度", "不低于90%", (">=", 90, "%"), "20"),
         ]),
        ("教师培训", "吴中区教师发展中心", ("380.00", "350.00", "30.00"),
         "完成全年教师全员培训计划，提升教师专业能力。", [
             Ind("产出指标", "数量指标", "教师培训人次", "不少于6000人次", (">=", 6000, "人次"), "25"),
             Ind("产出指标", "质量指标", "培训考核合格率", "不低于95%", (">=", 95, "%"), "20"),
             Ind("产出指标", "时效指标", "年度培训计划完成时间", "2025年12月20日前", (None, None, None), "15"),
             Ind("效益指标", "可持续影响指标", "骨干教师梯队建设", "逐步完善", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "参训教师满意度", "力争达到95%", (">=", 95, "%"), "20"),
         ]),
        ("校园安全技防设施维护", "吴中区教育装备与勤工俭学管理中心", ("540.50", "540.50", "0.00"),
         "保障全区中小学校园监控和报警设施正常运行。", [
             Ind("产出指标", "数量指标", "维护校园监控点位", "不少于3200个", (">=", 3200, "个"), "20"),
             Ind("产出指标", "质量指标", "技防设施完好率", "不低于98%", (">=", 98, "%"), "25"),
             Ind("产出指标", "时效指标", "故障设备修复时限", "控制在48小时以内", ("<=", 48, "小时"), "15"),
             Ind("效益指标", "社会效益指标", "校园安全责任事故", "确保0起", ("=", 0, "起"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", (">=", 90, "%"), "20"),
         ]),
        ("学生资助", "吴中区学生资助管理中心", ("812.00", "760.00", "52.00"),
         "对家庭经济困难学生应助尽助，确保不因贫失学辍学。", [
             Ind("产出指标", "数量指标", "资助家庭经济困难学生人次", "不少于4500人次", (">=", 4500, "人次"), "20"),
             Ind("产出指标", "质量指标", "资助对象认定准确率", "确保100%", ("=", 100, "%"), "20"),
             Ind("产出指标", "时效指标", "资助资金发放时限", "控制在60天以内", ("<=", 60, "天"), "20"),
             Ind("效益指标", "社会效益指标", "因贫失学辍学学生", "0人", ("=", 0, "人"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "受助学生满意度", "不低于95%", (">=", 95, "%"), "20"),
         ]),
        ("校园食堂食品安全提升", "吴中区学校后勤管理服务中心", ("265.00", "265.00", "0.00"),
         "推进学校食堂明厨亮灶和食品安全快检，保障师生饮食安全。", [
             Ind("产出指标", "数量指标", "明厨亮灶改造食堂数", "不少于40所", (">=", 40, "所"), "20"),
             Ind("产出指标", "质量指标", "食材快检覆盖率", "确保100%", ("=", 100, "%"), "25"),
             Ind("产出指标", "时效指标", "改造任务完成时间", "2025年8月31日前", (None, None, None), "15"),
             Ind("效益指标", "社会效益指标", "学校食品安全事故", "确保0起", ("=", 0, "起"), "20"),
             Ind("满意度指标", "服务对象满意度指标", "学生家长满意度", "不低于90%", (">=", 90, "%"), "20"),
         ]),
    ]
    rows = _Rows()
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"), (4, 1, "权重（%）"))
    for project, unit, (total, fiscal, other), goal, inds in projects:
        rows.add((0, 5, f"项目名称：{project}　　实施单位：{unit}"))
        rows.add((0, 5, f"资金总额：{total}万元　其中：财政拨款：{fiscal}万元　其他资金：{other}万元"))
        rows.add((0, 5, f"年度绩效目标：{goal}"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=total, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [90, 110, 150, 95, 50], title="2025年度项目支出绩效目标表",
                         editor=f"主管部门：{dept}"), repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


def _pairs_self_eval(doc: FormDoc, title: str, first: tuple[str, str], money: tuple[str, str, str, str, str],
                     goal: tuple[str, str], inds: list[Ind], total: str, grade: str) -> None:
    """Money as label | value pairs in 元, then the scoring grid with 偏差 rows at the foot."""
    initial, budget, executed, rate, rate_score = money
    rows = _Rows()
    rows.add((0, 1, first[0]), (1, 6, first[1]))
    rows.add((0, 1, "年初预算数（元）"), (1, 2, initial), (3, 1, "全年预算数（元）"), (4, 3, budget))
    rows.add((0, 1, "全年执行数（元）"), (1, 2, executed), (3, 1, "预算执行率"), (4, 1, rate), (5, 1, "得分"),
             (6, 1, rate_score))
    rows.add((0, 1, "年度总体目标"), (1, 3, goal[0]), (4, 1, "完成情况"), (5, 2, goal[1]))
    head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                       "分值", "得分"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score)])
    notes = "；".join(f"{i.name}：{i.note}" for i in inds if i.note)
    rows.add((0, 1, "偏差原因及改进措施"), (1, 6, notes or "无"))
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, total))
    rows.add((0, 5, "自评等级"), (5, 2, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 85, 95, 75, 70, 40, 50], title=title,
                         editor=f"（{doc.gold.fiscal_year}年度）", kind="performance_self_evaluation"),
                   repeat=(head, 1), fresh_page=True)


def layout_sh_xh_accounts_dept_then_project_self_eval_pairs(folder: Path, name: str) -> FileGold:
    dept = "上海市徐汇区绿化和市容管理局"
    doc = FormDoc(name, f"{dept}2024年度部门决算", dept, 2024)
    _accounts_front(doc, dept, 2024, [("财政拨款收入", "6,124.00"), ("其他收入", "42.50")],
                    [("城乡社区支出", "5,702.30"), ("社会保障和就业支出", "246.20"), ("住房保障支出", "218.00")])
    dept_inds = [
        Ind("产出指标", "数量指标", "道路保洁面积", "不少于1150万平方米", (">=", 1150, "万平方米"), "15", "1168万平方米", "15"),
        Ind("产出指标", "质量指标", "道路保洁质量达标率", "不低于95%", (">=", 95, "%"), "15", "96.2%", "15"),
        Ind("产出指标", "时效指标", "市民投诉处置时限", "控制在3个工作日以内", ("<=", 3, "个工作日"), "15",
            "2.6个工作日", "15"),
        Ind("效益指标", "社会效益指标", "市容环境", "持续改善", Q, "15", "持续改善", "15"),
        Ind("效益指标", "生态效益指标", "绿化覆盖率", "达到25%", (">=", 25, "%"), "15", "24.6%", "13",
            "新建绿地受动迁进度影响"),
        Ind("满意度指标", "服务对象满意度指标", "市民满意度", "力争达到90%", (">=", 90, "%"), "15", "91%", "15"),
    ]
    _pairs_self_eval(doc, "部门整体支出绩效自评表", ("部门名称", dept),
                     ("58,630,000.00", "61,240,000.00", "59,480,000.00", "97.13%", "9.71"),
                     ("市容环境持续改善，绿化覆盖率达到25%。", "市容环境持续改善，绿化覆盖率24.6%。"),
                     dept_inds, "97.71", "优")
    _add(doc, None, dept_inds)
    doc.gold.self_evaluation(None, "元", "61,240,000.00", "59,480,000.00", 97.71, "优")
    p = "行道树养护"
    inds = [
        Ind("产出指标", "数量指标", "养护行道树株数", "不少于3.6万株", (">=", 3.6, "万株"), "20", "3.62万株", "20"),
        Ind("产出指标", "质量指标", "行道树保存率", "不低于98%", (">=", 98, "%"), "15", "98.5%", "15"),
        Ind("产出指标", "时效指标", "倒伏树木处置时限", "控制在4小时以内", ("<=", 4, "小时"), "10", "3.5小时", "10"),
        Ind("效益指标", "社会效益指标", "道路通行安全", "有效保障", Q, "15", "有效保障", "15"),
        Ind("效益指标", "生态效益指标", "林荫道路创建条数", "不少于3条", (">=", 3, "条"), "10", "2条", "6",
            "一条道路创建验收推迟至下年"),
        Ind("满意度指标", "服务对象满意度指标", "沿街居民满意度", "不低于90%", (">=", 90, "%"), "20", "89%", "18",
            "修剪作业扰民投诉较多"),
    ]
    _pairs_self_eval(doc, "项目支出绩效自评表", ("项目名称", p),
                     ("4,800,000.00", "5,100,000.00", "4,692,000.00", "92.00%", "9.20"),
                     ("完成全区行道树日常养护，保存率不低于98%。", "养护行道树3.62万株，保存率98.5%。"),
                     inds, "93.20", "优")
    _add(doc, p, inds)
    doc.gold.self_evaluation(p, "元", "5,100,000.00", "4,692,000.00", 93.20, "优")
    doc.gold.project(p, "元", year="5,100,000.00")
    return doc.save(folder)


def layout_ha_zz_budget_stacked_money_direction_word_column(folder: Path, name: str) -> FileGold:
    dept = "郑州市金水区住房和城乡建设局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    _budget_front(doc, dept, 2025, [("一般公共预算拨款收入", "4,016.00"), ("上年结转", "550.00")],
                  [("212", "城乡社区支出", "4,208.60", "522.60", "3,686.00"),
                   ("221", "住房保障支出", "357.40", "357.40", "0.00")])
    projects = [
        ("老旧小区改造", "金水区老旧小区改造办公室", ("3,200.00", "2,650.00", "550.00", "0.00"),
         "完成36个老旧小区改造，加装电梯40部，改善居民居住条件。", [
             Ind("产出指标", "数量指标", "改造老旧小区个数", ("不少于", "36", "个"), (">=", 36, "个"), "15"),
             Ind("产出指标", "数量指标", "加装电梯部数", ("不少于", "40", "部"), (">=", 40, "部"), "10"),
             Ind("产出指标", "质量指标", "工程竣工验收合格率", ("等于", "100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "年度改造任务完工时间", ("", "2025年11月30日前", ""), (None, None, None), "10"),
             Ind("产出指标", "成本指标", "单位面积改造成本", ("不高于", "350", "元/平方米"), ("<=", 350, "元/平方米"), "15"),
             Ind("效益指标", "社会效益指标", "居民居住条件", ("定性", "明显改善", ""), Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", ("不低于", "90", "%"), (">=", 90, "%"), "20"),
         ]),
        ("城市燃气安全隐患排查整治", "金水区燃气热力服务中心", ("486.00", "486.00", "0.00", "0.00"),
         "完成辖区燃气用户安全隐患排查，隐患整改率100%。", [
             Ind("产出指标", "数量指标", "排查燃气用户户数", ("不少于", "12", "万户"), (">=", 12, "万户"), "15"),
             Ind("产出指标", "数量指标", "更换老化燃气管道长度", ("大于", "60", "公里"), (">", 60, "公里"), "15"),
             Ind("产出指标", "质量指标", "隐患整改率", ("等于", "100", "%"), ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "隐患整改时限", ("小于", "30", "天"), ("<", 30, "天"), "10"),
             Ind("产出指标", "成本指标", "每户排查成本", ("不高于", "25", "元"), ("<=", 25, "元"), "10"),
             Ind("效益指标", "社会效益指标", "燃气安全事故", ("定性", "有效遏制", ""), Q, "15"),
             Ind("满意度指标", "服务对象满意度指标", "燃气用户满意度", ("不低于", "90", "%"), (">=", 90, "%"), "20"),
         ]),
    ]
    for project, unit, (total, fiscal, carried, other), goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 6, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 3, unit))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        for j, (label, v) in enumerate((("资金总额", total), ("其中：财政拨款", fiscal), ("上年结转", carried),
                                        ("其他资金", other))):
            rows.put(r + j, 1, 1, 2, label)
            rows.put(r + j, 3, 1, 4, v)
        rows.add((0, 1, "年度目标"), (1, 6, goal))
        head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "指标值",
                                                           "计量单位", "分值"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [62, 72, 131, 60, 70, 60, 40], title="项目支出绩效目标表",
                             editor=f"编制单位：{dept}"), repeat=(head, 1), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "万元", year=total, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_gz_gy_two_forms_a_page_yuan_money_heads(folder: Path, name: str) -> FileGold:
    dept = "贵阳市观山湖区文化和旅游局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("公共文化场馆免费开放", "观山湖区文化馆",
         ("1,860,000.00", "1,860,000.00", "1,860,000.00", "0.00"), "2025年",
         "保障文化馆、图书馆全年免费开放，丰富群众文化生活。", [
             Ind("产出指标", "数量指标", "免费开放场馆天数", "≥300天", (">=", 300, "天")),
             Ind("产出指标", "数量指标", "开展公益文化活动场次", "≥120场", (">=", 120, "场")),
             Ind("效益指标", "社会效益指标", "群众文化生活", "不断丰富", Q),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("旅游宣传推介", "观山湖区旅游发展中心",
         ("3,600,000.00", "1,200,000.00", "1,000,000.00", "200,000.00"), "2025-2027年",
         "开展旅游宣传推介活动，提升区域旅游知名度。", [
             Ind("产出指标", "数量指标", "宣传推介活动场次", "＞8场", (">", 8, "场")),
             Ind("产出指标", "数量指标", "主流媒体报道篇数", "≥50篇", (">=", 50, "篇")),
             Ind("效益指标", "经济效益指标", "游客接待人次增长率", "5%-8%", ("range", 5, "%", 8)),
             Ind("满意度指标", "服务对象满意度指标", "游客满意度", "＞85%", (">", 85, "%")),
         ]),
        ("非物质文化遗产保护", "观山湖区文物管理所",
         ("450,000.00", "450,000.00", "450,000.00", "0.00"), "2025年",
         "开展非遗项目调查记录和传承人培训。", [
             Ind("产出指标", "数量指标", "非遗项目调查记录数", "≥15项", (">=", 15, "项")),
             Ind("产出指标", "质量指标", "非遗传承人培训合格率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "年度保护计划完成时间", "2025年12月31日前", (None, None, None)),
             Ind("效益指标", "可持续影响指标", "非遗项目活态传承", "得到有效传承", Q),
         ]),
        ("文化市场综合执法", "观山湖区文化市场综合行政执法大队",
         ("680,000.00", "680,000.00", "650,000.00", "30,000.00"), "2025年",
         "加强文化市场日常巡查和执法检查，维护文化市场秩序。", [
             Ind("产出指标", "数量指标", "执法检查场所家次", "≥1500家次", (">=", 1500, "家次")),
             Ind("产出指标", "时效指标", "举报投诉办结时限", "≤7个工作日", ("<=", 7, "个工作日")),
             Ind("产出指标", "成本指标", "执法装备购置成本", "＜20万元", ("<", 20, "万元")),
             Ind("效益指标", "社会效益指标", "文化市场秩序", "规范有序", Q),
         ]),
    ]
    for k, (project, unit, (total, year, fiscal, other), period, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "实施单位"), (4, 1, unit))
        rows.add((0, 1, "项目总额（元）"), (1, 1, "本年预算（元）"), (2, 1, "其中：财政拨款（元）"),
                 (3, 1, "其中：其他资金（元）"), (4, 1, "实施期限"))
        rows.add((0, 1, total), (1, 1, year), (2, 1, fiscal), (3, 1, other), (4, 1, period))
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        head = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [100, 100, 105, 100, 90], title="项目支出绩效目标表",
                             editor=f"主管部门：{dept}"), repeat=(head, 1), fresh_page=(k % 2 == 0), gap=26)
        _add(doc, project, inds)
        doc.gold.project(project, "元", total=total, year=year, fiscal=fiscal)
    return doc.save(folder)


def layout_gs_lz_landscape_self_eval_list_no_levels(folder: Path, name: str) -> FileGold:
    dept = "兰州市城关区农业农村局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    projects = [
        ("农业产业化龙头企业培育", ("450.00", "432.00", "96.00%", "9.60"), "99.60", "优秀", "优", [
            Ind(None, None, "扶持龙头企业数量", "不少于8家", (">=", 8, "家"), "15", "9家", "15"),
            Ind(None, None, "带动农户户数", "不少于3000户", (">=", 3000, "户"), "15", "3120户", "15"),
            Ind(None, None, "项目验收合格率", "确保100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind(None, None, "资金拨付时间", "2024年10月底前", (None, None, None), "15", "2024年10月20日", "15"),
            Ind(None, None, "带动农户户均增收", "不少于2000元", (">=", 2000, "元"), "15", "2150元", "15"),
            Ind(None, None, "受益农户满意度", "不低于90%", (">=", 90, "%"), "15", "92%", "15"),
        ]),
        ("农田水利设施维修", ("280.00", "224.00", "80.00%", "8.00"), "86.00", "良好", "良", [
            Ind(None, None, "维修渠道长度", "不少于45公里", (">=", 45, "公里"), "20", "38公里", "17", "部分标段汛期停工"),
            Ind(None, None, "维修提灌站数量", "不少于6座", (">=", 6, "座"), "15", "6座", "15"),
            Ind(None, None, "工程质量合格率", "不低于95%", (">=", 95, "%"), "15", "96%", "15"),
            Ind(None, None, "项目完工时间", "2024年11月底前", (None, None, None), "10", "2024年12月15日", "6",
                "汛期延误工期"),
            Ind(None, None, "新增改善灌溉面积", "力争达到1.2万亩", (">=", 1.2, "万亩"), "15", "1.05万亩", "12",
                "渠道未全部完工"),
            Ind(None, None, "受益群众满意度", "不低于90%", (">=", 90, "%"), "15", "87%", "13", "工期延误"),
        ]),
        ("农产品质量安全监测", ("96.00", "96.00", "100.00%", "10.00"), "95.00", "优秀", "优", [
            Ind(None, None, "农产品定量检测批次", "不少于600批次", (">=", 600, "批次"), "20", "640批次", "20"),
            Ind(None, None, "快速检测批次", "不少于5000批次", (">=", 5000, "批次"), "15", "5210批次", "15"),
            Ind(None, None, "监测合格率", "不低于98%", (">=", 98, "%"), "20", "97.6%", "15", "个别蔬菜农残超标"),
            Ind(None, None, "不合格样品处置时限", "控制在3个工作日以内", ("<=", 3, "个工作日"), "15", "2个工作日", "15"),
            Ind(None, None, "生产经营主体满意度", "不低于90%", (">=", 90, "%"), "20", "93%", "20"),
        ]),
    ]
    rows = _Rows()
    rows.add(*[(k, 1, t) for k, t in enumerate(("序号", "项目名称", "全年预算数（万元）", "全年执行数（万元）", "执行率",
                                                "执行率得分", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                                "偏差原因"))])
    for k, (project, (budget, executed, rate, rate_score), total, grade_raw, grade, inds) in enumerate(projects, 1):
        r0 = rows.n
        for ind in inds:
            rows.add((6, 1, ind.name), (7, 1, ind.raw), (8, 1, ind.actual), (9, 1, ind.weight), (10, 1, ind.score),
                     (11, 1, ind.note))
        for col, text in enumerate((str(k), project, budget, executed, rate, rate_score)):
            rows.put(r0, col, len(inds), 1, text)
        rows.add((0, 6, "总分及自评等级"), (6, 3, "总分"), (9, 1, "100"), (10, 1, total), (11, 1, grade_raw))
        _add(doc, project, inds)
        doc.gold.self_evaluation(project, "万元", budget, executed, float(total), grade)
        doc.gold.project(project, "万元", year=budget)
    doc.pages.grid(_spec(rows.cells, rows.n, [30, 90, 66, 66, 50, 48, 100, 84, 76, 34, 34, 64],
                         title="2024年度项目支出绩效自评表", editor=f"单位名称：{dept}", landscape=True,
                         kind="performance_self_evaluation"), repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


def layout_sh_jd_declaration_forms_value_unit_columns(folder: Path, name: str) -> FileGold:
    dept = "上海市嘉定区市场监督管理局"
    doc = FormDoc(name, f"{dept}2025年项目绩效目标申报表", dept, 2025)
    projects = [
        ("食品安全抽检", "上海市嘉定区食品药品检验所",
         ("2,860,000.00", "2,860,000.00", "0.00", "0.00"),
         "依据《中华人民共和国食品安全法》及本市食品安全抽检工作要求。",
         "完成年度食品安全监督抽检任务，及时核查处置不合格产品。", [
             Ind("产出指标", "数量指标", "食品安全监督抽检批次", ("不少于4800", "批次"), (">=", 4800, "批次")),
             Ind("产出指标", "质量指标", "抽检覆盖食品大类", ("达到34", "类"), (">=", 34, "类")),
             Ind("产出指标", "时效指标", "不合格产品核查处置时限", ("3-5", "个工作日"), ("range", 3, "个工作日", 5)),
             Ind("效益指标", "社会效益指标", "重大食品安全事故", ("0", "起"), ("=", 0, "起")),
             Ind("满意度指标", "服务对象满意度指标", "市民食品安全满意度", ("力争达到85", "%"), (">=", 85, "%")),
         ]),
        ("特种设备安全监管", "上海市嘉定区特种设备监督检验所",
         ("1,240,000.00", "1,100,000.00", "140,000.00", "0.00"),
         "依据《中华人民共和国特种设备安全法》。",
         "完成辖区特种设备监督检查，隐患全部整改到位。", [
             Ind("产出指标", "数量指标", "特种设备监督检查台次", ("不少于3000", "台次"), (">=", 3000, "台次")),
             Ind("产出指标", "质量指标", "隐患整改完成率", ("100", "%"), ("=", 100, "%")),
             Ind("产出指标", "时效指标", "检查任务完成时间", ("2025年11月30日前", ""), (None, None, None)),
             Ind("效益指标", "社会效益指标", "特种设备事故起数", ("确保不高于2", "起"), ("<=", 2, "起")),
             Ind("满意度指标", "服务对象满意度指标", "使用单位满意度", ("不低于90", "%"), (">=", 90, "%")),
         ]),
        ("消费投诉举报处置", "上海市嘉定区消费者权益保护中心",
         ("680,000.00", "680,000.00", "", ""),
         "依据《中华人民共和国消费者权益保护法》。",
         "及时受理处置消费投诉举报，维护消费者合法权益。", [
             Ind("产出指标", "数量指标", "受理投诉举报件数", ("不少于2.5", "万件"), (">=", 2.5, "万件")),
             Ind("产出指标", "质量指标", "投诉按时办结率", ("不低于98", "%"), (">=", 98, "%")),
             Ind("产出指标", "时效指标", "投诉受理时限", ("≤1", "个工作日"), ("<=", 1, "个工作日")),
             Ind("效益指标", "经济效益指标", "为消费者挽回经济损失", ("不少于600", "万元"), (">=", 600, "万元")),
             Ind("满意度指标", "服务对象满意度指标", "投诉人满意度", ("不低于85", "%"), (">=", 85, "%")),
         ]),
    ]
    for project, unit, (year, fiscal, carried, other), basis, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门及代码"), (1, 4, f"[215]{dept}"))
        rows.add((0, 1, "实施单位"), (1, 4, unit))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（元）")
        rows.add((1, 1, "年度资金总额"), (2, 1, year), (3, 1, "其中：财政拨款"), (4, 1, fiscal))
        rows.add((1, 1, "上年结转资金"), (2, 1, carried), (3, 1, "其他资金"), (4, 1, other))
        rows.add((0, 1, "立项依据"), (1, 4, basis))
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        head = rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "度量单位"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1])])
        doc.pages.grid(_spec(rows.cells, rows.n, [90, 100, 135, 100, 70], title="项目绩效目标申报表",
                             editor=f"（{doc.gold.fiscal_year}年度）"), repeat=(head, 1), fresh_page=True)
        _add(doc, project, inds)
        doc.gold.project(project, "元", year=year, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


BLIND33: dict[str, Builder] = {
    "fj_xm_budget_list_project_row_then_indicator_rows": layout_fj_xm_budget_list_project_row_then_indicator_rows,
    "jx_county_budget_source_lines_yuan_forms_running_on": layout_jx_county_budget_source_lines_yuan_forms_running_on,
    "ah_hf_accounts_landscape_self_eval_yuan_heads": layout_ah_hf_accounts_landscape_self_eval_yuan_heads,
    "zj_hz_budget_dept_wide_weights_then_label_pairs": layout_zj_hz_budget_dept_wide_weights_then_label_pairs,
    "js_sz_banner_rows_list_weights_repeated_head": layout_js_sz_banner_rows_list_weights_repeated_head,
    "sh_xh_accounts_dept_then_project_self_eval_pairs": layout_sh_xh_accounts_dept_then_project_self_eval_pairs,
    "ha_zz_budget_stacked_money_direction_word_column": layout_ha_zz_budget_stacked_money_direction_word_column,
    "gz_gy_two_forms_a_page_yuan_money_heads": layout_gz_gy_two_forms_a_page_yuan_money_heads,
    "gs_lz_landscape_self_eval_list_no_levels": layout_gs_lz_landscape_self_eval_list_no_levels,
    "sh_jd_declaration_forms_value_unit_columns": layout_sh_jd_declaration_forms_value_unit_columns,
}
SETS: dict[str, dict[str, Builder]] = {"blind33": BLIND33}


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
    """Write every layout of ``which`` ("blind33") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
