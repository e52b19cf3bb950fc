"""BLIND34 performance forms: ten layouts as 山东, 河南, 湖北, 湖南, 广东, 陕西, 江西 and 贵州
counties, districts and 市直 departments print the 项目支出绩效目标表, 部门整体支出绩效目标表,
项目支出绩效自评表 and 部门整体支出绩效自评表 of their 部门预算 / 部门决算, written by an author
who had read neither the form reader nor the earlier blind sets (only the gold helpers and page
composer of ``form_layouts``, the gold conventions of BLIND9's docstring and the real
disclosures). Each layout writes one PDF and its gold in the format of ``form_layouts.write_set``;
the gold is written by hand with ``form_layouts._gold_ind`` and ``FileGold``.

sd_lc_county_budget_invest_apply_general_fund  山东 聊城 county 部门预算: budget tables, then one
        form per project whose money is label | value pairs 项目总投资（万元） | 本年度申请（万元）,
        其中：一般公共预算财政拨款 | 政府性基金 (0.00), 上年结转 | 其他资金; 一级 cells carry their
        weight (产出指标（50分）), grid 一级 | 二级 | 三级 | 指标值 | 分值
ha_zz_budget_source_grid_yuan_scoring_columns  河南 郑州 district 部门预算 in 元: a 资金来源 |
        金额（元） grid (合计, 财政拨款小计, 其中：一般公共预算, 政府性基金预算, 上年结转, 其他资金),
        indicator grid with 分值 | 指标解释 | 评分标准 columns
hub_xg_municipal_dept_wide_then_stacked_money  湖北 孝感 市直 部门预算: a 部门整体支出绩效目标表
        (部门预算资金 heads 合计 | 财政拨款 | 其他资金, grid with 指标解释 | 评分标准), then project
        forms whose money rows stack under a merged 项目资金（万元） cell; the second project's grid
        prints no 一级 column
hun_cs_county_self_evals_money_columns_weights  湖南 长沙 county 项目支出绩效自评表 ×2: money
        columns 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 分值 | 得分 over 年度资金总额 /
        其中：财政拨款 / 上年结转资金 / 其他资金, 一级 cells with weights, grades as words
gd_sg_final_accounts_dept_self_eval_yuan_pairs  广东 韶关 district 部门决算: accounts tables, a
        部门整体支出绩效自评表 whose money is label | value pairs in 元, then a project self
        evaluation with money columns in 元
sn_bj_budget_landscape_list_merged_money  陕西 宝鸡 district 部门预算: a landscape list
        项目名称 | 资金总额 | 财政拨款 | 上年结转 | 年度绩效目标 | 一级 | 二级 | 三级 | 指标值 | 权重（%）
        on one landscape page under a two-row header, project and money cells merged down
jx_gz_forms_a_page_labels_above_values  江西 赣州 district: three short forms running down the
        pages, money labels (项目总额 | 本年度资金 | 其中：财政资金 | 上年结转) above their values, the
        target value (comparator glued) and 计量单位 in two columns
gz_zy_self_eval_income_source_lines  贵州 遵义 district 项目支出绩效自评表 ×2: a 资金来源 grid
        (年初预算数（万元） | 全年预算数（万元） | 全年执行数（万元） | 执行率) over 合计 /
        一般公共预算财政拨款收入 / 政府性基金预算财政拨款收入 / 上年结转 / 其他收入, the execution
        score on its own row
gd_zj_municipal_long_form_repeated_header  广东 湛江 市直 single long 项目支出绩效目标表: 立项依据
        and 实施内容 prose, money heads 项目总金额 | 本年度金额 | 其中：财政资金 | 其他资金, a grid of
        fourteen rows with 权重 | 指标解释 | 评分标准 run onto a second page, its header row
        repeated there and the merged 效益指标（30分） cell cut by the break
sn_hz_county_unit_in_cells_column_numbers  陕西 汉中 county: money label | value pairs with the
        unit in the cell (128.60万元), a three-row grid header (绩效指标 band, heads, 比较符 | 数值 |
        单位 under 指标值) and a column-number row

Gold conventions: BLIND9's, with the addendum's money rulings and these of this set:

- fiscal = the 财政拨款 / 财政资金 figure as printed (其中：一般公共预算财政拨款 is that figure;
  where a 财政拨款小计 is printed it is the figure), or the sum of the source lines named
  …财政拨款收入 (a blank or 0.00 line adds nothing); 政府性基金 alone, 其他资金 never.
- 项目总投资 / 项目总额 / 项目总金额 is ``total``; 本年度申请 / 本年度资金 / 本年度金额 /
  资金总额 is ``year``; a printed 0.00 (or 0.00万元) 上年结转 is carried 0.00, a blank or "—" one
  is no amount.
- A project self evaluation's money: year = 全年预算数 of its 年度资金总额 / 合计 row, fiscal =
  the 财政拨款 row's (or the …财政拨款收入 rows') 全年预算数, carried = the 上年结转 row's
  全年预算数 where printed.
- 达到 N reads ">="; 不少于 / 不低于 ">="; 不超过 / 不高于 "<="; 定性 in a comparator column
  joins its words ("定性有效提升") and is qualitative.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .form_layouts import Q, FileGold, FormDoc, Ind, _accounts_front, _gold_ind, _grid_rows, _Rows, _spec
from .tables import TableSpec, plain_row

Builder = Callable[[Path, str], FileGold]


@dataclass
class _Ind(Ind):
    """An indicator row with its 评分标准 (a scoring rule, printed beside the 指标解释)."""

    rule: str = ""


def _budget_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]],
                  spending: list[tuple[str, str]]) -> None:
    """The front of a 部门预算: contents, 部门概况, the 收支预算总表, the 项目支出表 and the
    heading of the 绩效目标 part."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门预算公开表", "第三部分  部门预算情况说明",
                                   "第四部分  预算绩效目标", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职责。{dept}贯彻落实党中央、国务院和省委、省政府的决策部署，依法履行本部门职责。",
        "二、部门预算单位构成。纳入本部门预算编制范围的单位包括部门本级及所属事业单位。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    body = []
    for i in range(max(len(income), len(spending))):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["收入总计", f"{total_in:,.2f}", "支出总计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec("收支预算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "预算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")], 2, body, ["l", "r", "l", "r"]))
    doc.pages.table(TableSpec("一般公共预算支出表", "general_budget_expenditure", "单位：万元", "wan_yuan",
                              f"部门：{dept}", [100, 160, 80, 80, 80],
                              [(0, 0, 1, 1, "科目编码"), (0, 1, 1, 1, "科目名称"), (0, 2, 1, 1, "合计"),
                               (0, 3, 1, 1, "基本支出"), (0, 4, 1, 1, "项目支出")], 1,
                              [plain_row(["201", "一般公共服务支出", "312.40", "290.10", "22.30"]),
                               plain_row(["208", "社会保障和就业支出", "186.75", "186.75", ""]),
                               plain_row(["210", "卫生健康支出", "64.20", "64.20", ""])],
                              ["l", "l", "r", "r", "r"]))
    doc.pages.text_page("第四部分  预算绩效目标", [
        f"按照全面实施预算绩效管理的要求，{dept}对{year}年度项目支出编制了绩效目标，现予公开。",
    ])


def _heads(rows: _Rows, heads: tuple[str, ...], start: int = 0) -> None:
    rows.add(*[(start + k, 1, t) for k, t in enumerate(heads)])


# --------------------------------------------------------------------------- 山东 聊城


def layout_sd_lc_county_budget_invest_apply_general_fund(folder: Path, name: str) -> FileGold:
    dept = "莘县农业农村局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "4,186.30"), ("政府性基金预算拨款收入", "0.00")],
                  [("农林水支出", "3,920.10"), ("社会保障和就业支出", "266.20")])
    p1, p2, p3, p4 = "产出指标（50分）", "成本指标（10分）", "效益指标（30分）", "满意度指标（10分）"
    projects = [
        ("高标准农田建设项目", "371522250000012", "莘县农田建设服务中心",
         ("2,400.00", "860.00", "720.00", "0.00", "140.00", "0.00"),
         "新建高标准农田2.5万亩，配套灌排设施，提升耕地质量和粮食产能。", [
             Ind(p1, "数量指标", "新建高标准农田面积", "≥2.5万亩", (">=", 2.5, "万亩"), "15"),
             Ind(p1, "数量指标", "配套灌溉机井数量", "不少于120眼", (">=", 120, "眼"), "10"),
             Ind(p1, "质量指标", "工程验收合格率", "100%", ("=", 100, "%"), "15"),
             Ind(p1, "时效指标", "项目建设完成时间", "2025年11月底前", (None, None, None), "10"),
             Ind(p2, "经济成本指标", "亩均财政投入", "≤3000元", ("<=", 3000, "元"), "10"),
             Ind(p3, "经济效益指标", "亩均粮食增产", "≥50公斤", (">=", 50, "公斤"), "15"),
             Ind(p3, "可持续影响指标", "农田设施管护机制", "长效运行", Q, "15"),
             Ind(p4, "服务对象满意度指标", "受益农户满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
        ("农村人居环境整治", "371522250000027", "莘县农村社会事业促进中心",
         ("650.00", "650.00", "600.00", "0.00", "0.00", "50.00"),
         "完成农村改厕1500户，购置垃圾收运车辆，改善农村人居环境。", [
             Ind(p1, "数量指标", "农村改厕数量", "达到1500户", (">=", 1500, "户"), "15"),
             Ind(p1, "数量指标", "垃圾收运车辆购置", "8辆", ("=", 8, "辆"), "10"),
             Ind(p1, "质量指标", "改厕质量合格率", "不低于98%", (">=", 98, "%"), "15"),
             Ind(p1, "时效指标", "资金拨付时限", "≤30个工作日", ("<=", 30, "个工作日"), "10"),
             Ind(p2, "经济成本指标", "户均改厕补助", "≤1800元", ("<=", 1800, "元"), "10"),
             Ind(p3, "生态效益指标", "农村生活垃圾无害化处理率", "≥95%", (">=", 95, "%"), "15"),
             Ind(p3, "社会效益指标", "村容村貌", "明显改善", Q, "15"),
             Ind(p4, "服务对象满意度指标", "村民满意度", "≥90%", (">=", 90, "%"), "10"),
         ]),
    ]
    widths = [84, 80, 132, 96, 104]
    for project, code, unit_name, money, goal, inds in projects:
        total, apply, general, fund, carried, other = money
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit_name))
        rows.add((0, 1, "项目总投资（万元）"), (1, 2, total), (3, 1, "本年度申请（万元）"), (4, 1, apply))
        rows.add((0, 1, "其中：一般公共预算财政拨款"), (1, 2, general), (3, 1, "政府性基金"), (4, 1, fund))
        rows.add((0, 1, "上年结转"), (1, 2, carried), (3, 1, "其他资金"), (4, 1, other))
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        _heads(rows, ("一级指标", "二级指标", "三级指标", "指标值", "分值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标表",
                             editor=f"单位名称：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, total=total, year=apply, fiscal=general, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 河南 郑州


def layout_ha_zz_budget_source_grid_yuan_scoring_columns(folder: Path, name: str) -> FileGold:
    dept = "郑州市金水区卫生健康委员会"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(f"{dept}", 22), (f"{year}年部门预算", 22)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "12,406.80"), ("政府性基金预算拨款收入", "150.00")],
                  [("卫生健康支出", "12,106.80"), ("社会保障和就业支出", "450.00")])
    projects = [
        ("基本公共卫生服务补助", "410105250000031", "郑州市金水区疾病预防控制中心",
         [("合计", "8,650,000.00"), ("财政拨款小计", "7,900,000.00"), ("其中：一般公共预算", "6,400,000.00"),
          ("政府性基金预算", "1,500,000.00"), ("上年结转", "750,000.00"), ("其他资金", "0.00")],
         ("8,650,000.00", "7,900,000.00", "750,000.00"), [
             _Ind("产出指标", "数量指标", "居民电子健康档案建档率", "≥90%", (">=", 90, "%"), "15",
                 note="建档人数/常住人口数", rule="达到目标得满分，每低1个百分点扣1分"),
             _Ind("产出指标", "数量指标", "老年人健康管理人数", "≥3.2万人", (">=", 3.2, "万人"), "10",
                 note="65岁以上老年人体检人数", rule="按完成比例计分"),
             _Ind("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", (">=", 65, "%"), "10",
                 note="规范管理人数/在管人数", rule="达到目标得满分，未达到不得分"),
             _Ind("产出指标", "时效指标", "补助资金下达时限", "≤30日", ("<=", 30, "日"), "10",
                 note="收到上级资金至下达的日数", rule="超时不得分"),
             _Ind("产出指标", "成本指标", "人均基本公共卫生服务经费", "89元", ("=", 89, "元"), "10",
                 note="按国家标准执行", rule="按标准执行得满分"),
             _Ind("效益指标", "社会效益指标", "城乡居民公共卫生差距", "逐步缩小", Q, "20",
                 note="服务均等化水平", rule="根据评价情况酌情计分"),
             _Ind("效益指标", "可持续影响指标", "基层医疗机构服务能力", "持续提升", Q, "15",
                 note="服务能力评价", rule="根据评价情况酌情计分"),
             _Ind("满意度指标", "服务对象满意度指标", "居民综合满意度", "≥85%", (">=", 85, "%"), "10",
                 note="第三方调查", rule="每低1个百分点扣1分"),
         ]),
        ("家庭医生签约服务", "410105250000046", "郑州市金水区基层卫生服务中心",
         [("合计", "1,320,000.00"), ("财政拨款小计", "1,320,000.00"), ("其中：一般公共预算", "1,320,000.00"),
          ("政府性基金预算", "0.00"), ("上年结转", "0.00"), ("其他资金", "0.00")],
         ("1,320,000.00", "1,320,000.00", "0.00"), [
             _Ind("产出指标", "数量指标", "重点人群签约人数", "不少于4.5万人", (">=", 4.5, "万人"), "20",
                 note="年度签约服务重点人群", rule="按完成比例计分"),
             _Ind("产出指标", "质量指标", "签约居民履约率", "≥80%", (">=", 80, "%"), "15",
                 note="履约人数/签约人数", rule="每低1个百分点扣1分"),
             _Ind("产出指标", "时效指标", "签约服务包更新时间", "2025年3月31日前", (None, None, None), "10",
                 note="服务包调整完成", rule="按期完成得满分"),
             _Ind("产出指标", "成本指标", "人均签约服务补助", "≤30元", ("<=", 30, "元"), "5",
                 note="补助总额/签约人数", rule="超出不得分"),
             _Ind("效益指标", "社会效益指标", "重点人群就医便利程度", "明显提高", Q, "20",
                 note="就近就医比例", rule="根据评价情况酌情计分"),
             _Ind("效益指标", "可持续影响指标", "签约服务长效机制", "基本建立", Q, "15",
                 note="制度建设情况", rule="根据评价情况酌情计分"),
             _Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", (">=", 90, "%"), "10",
                 note="电话回访", rule="每低1个百分点扣1分"),
             _Ind("满意度指标", "服务对象满意度指标", "家庭医生团队满意度", "≥85%", (">=", 85, "%"), "5",
                 note="问卷调查", rule="每低1个百分点扣0.5分"),
         ]),
    ]
    widths = [52, 60, 88, 66, 32, 96, 106]
    for project, code, unit_name, lines, (year_amt, fiscal, carried), inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 5, project))
        rows.add((0, 2, "项目编码"), (2, 2, code), (4, 2, "实施单位"), (6, 1, unit_name))
        r = rows.n
        rows.put(r, 0, len(lines) + 1, 2, "项目资金来源")
        rows.put(r, 2, 1, 3, "资金来源")
        rows.put(r, 5, 1, 2, "金额（元）")
        for k, (label, value) in enumerate(lines, 1):
            rows.put(r + k, 2, 1, 3, label)
            rows.put(r + k, 5, 1, 2, value)
        rows.add((0, 2, "年度绩效目标"), (2, 5, f"{project}资金按时足额下达，各项服务指标达到年度要求。"))
        _heads(rows, ("一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释", "评分标准"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight),
                                                (5, 1, i.note), (6, 1, i.rule)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年度项目支出绩效目标表",
                             editor=f"预算单位：{dept}", unit_raw="单位：元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 湖北 孝感


def layout_hub_xg_municipal_dept_wide_then_stacked_money(folder: Path, name: str) -> FileGold:
    dept = "孝感市生态环境局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 24), (f"{year}年部门预算", 24)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "3,100.00"), ("其他收入", "160.00")],
                  [("节能环保支出", "2,986.40"), ("社会保障和就业支出", "273.60")])
    wide = [
        _Ind("产出指标", "数量指标", "空气质量自动监测站点运维数", "≥12个", (">=", 12, "个"),
             note="全市国控和省控站点", rule="全部正常运行得满分"),
        _Ind("产出指标", "数量指标", "环境执法检查企业数", "不少于600家", (">=", 600, "家"),
             note="双随机抽查及专项检查", rule="按完成比例计分"),
        _Ind("产出指标", "质量指标", "环境信访办结率", "100%", ("=", 100, "%"),
             note="办结件数/受理件数", rule="未办结一件扣1分"),
        _Ind("产出指标", "时效指标", "突发环境事件响应时间", "≤1小时", ("<=", 1, "小时"),
             note="接报至到达现场", rule="超时不得分"),
        _Ind("效益指标", "生态效益指标", "空气质量优良天数比例", "≥80%", (">=", 80, "%"),
             note="优良天数/有效监测天数", rule="每低1个百分点扣2分"),
        _Ind("效益指标", "生态效益指标", "国考断面水质达标率", "100%", ("=", 100, "%"),
             note="达标断面数/考核断面数", rule="有断面不达标不得分"),
        _Ind("效益指标", "社会效益指标", "群众生态环境获得感", "持续增强", Q,
             note="公众生态环境评价", rule="根据评价情况酌情计分"),
        _Ind("满意度指标", "服务对象满意度指标", "公众生态环境满意度", "≥85%", (">=", 85, "%"),
             note="抽样调查", rule="每低1个百分点扣1分"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 5, dept))
    r = rows.n
    rows.put(r, 0, 2, 1, "部门预算资金（万元）")
    for k, (head, value) in enumerate((("合计", "3,260.00"), ("财政拨款", "3,100.00"), ("其他资金", "160.00"))):
        rows.put(r, 1 + 2 * k if k < 2 else 5, 1, 2 if k < 2 else 1, head)
        rows.put(r + 1, 1 + 2 * k if k < 2 else 5, 1, 2 if k < 2 else 1, value)
    rows.add((0, 1, "年度总体目标"), (1, 5, "持续改善全市生态环境质量，完成污染防治攻坚年度任务，守住生态环境安全底线。"))
    _heads(rows, ("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "评分标准"))
    _grid_rows(rows, wide, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.note), (5, 1, i.rule)])
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 74, 110, 66, 86, 92], title="部门整体支出绩效目标表",
                         editor=f"部门（单位）名称：{dept}", kind="department_performance_targets"), fresh_page=True)
    for ind in wide:
        doc.gold.indicators.append(_gold_ind(None, ind))
    projects = [
        ("大气污染防治专项", "孝感市环境监测站", ("480.00", "420.00", "60.00", "0.00"), True,
         "完成重点行业挥发性有机物治理，降低细颗粒物浓度。", [
             Ind("产出指标", "数量指标", "挥发性有机物治理企业数", "≥40家", (">=", 40, "家")),
             Ind("产出指标", "数量指标", "扬尘污染专项检查次数", "12次", ("=", 12, "次")),
             Ind("产出指标", "质量指标", "治理设施验收合格率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "时效指标", "治理任务完成时间", "2025年10月底前", (None, None, None)),
             Ind("效益指标", "生态效益指标", "细颗粒物（PM2.5）平均浓度", "≤38微克/立方米", ("<=", 38, "微克/立方米")),
             Ind("效益指标", "社会效益指标", "重污染天气应对能力", "有效提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", (">=", 85, "%")),
         ]),
        ("生态环境监测能力建设", "孝感市生态环境局", ("236.50", "236.50", "", ""), False,
         "更新监测仪器设备，提升监测数据质量和自动化水平。", [
             Ind(None, "数量指标", "监测仪器设备购置台套数", "≥18台套", (">=", 18, "台套")),
             Ind(None, "数量指标", "年度监测数据条数", "不少于50万条", (">=", 50, "万条")),
             Ind(None, "质量指标", "监测数据有效率", "≥90%", (">=", 90, "%")),
             Ind(None, "时效指标", "设备安装调试完成时间", "2025年9月30日前", (None, None, None)),
             Ind(None, "成本指标", "设备采购成本", "≤236.5万元", ("<=", 236.5, "万元")),
             Ind(None, "可持续影响指标", "监测设备使用年限", "≥8年", (">=", 8, "年")),
             Ind(None, "服务对象满意度指标", "数据使用单位满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    for project, unit_name, (year_amt, fiscal, carried, other), with_l1, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 1, unit_name))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        for k, (label, value) in enumerate((("资金总额", year_amt), ("其中：财政拨款", fiscal), ("上年结转", carried),
                                            ("其他资金", other))):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 2, value)
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        if with_l1:
            _heads(rows, ("一级指标", "二级指标", "三级指标", "指标值", "评分标准"))
            _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "完成得满分，未完成按比例扣分")])
        else:
            rows.add((0, 1, "二级指标"), (1, 2, "三级指标"), (3, 1, "指标值"), (4, 1, "评分标准"))
            _grid_rows(rows, inds, None, 0, lambda i: [(1, 2, i.name), (3, 1, i.raw), (4, 1, "完成得满分，未完成按比例扣分")])
        doc.pages.grid(_spec(rows.cells, rows.n, [84, 84, 120, 100, 110], title="项目支出绩效目标表",
                             editor=f"单位：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- self evaluation grid


def _self_eval_form(doc: FormDoc, title: str, top: list[tuple], money: list[tuple], money_unit_label: str,
                    goal: tuple[str, str], inds: list[Ind], rate_score: str, grade_text: str | None,
                    widths: list[float], unit_raw: str | None = None) -> float:
    """A 项目支出绩效自评表 over 8 columns: top label rows, money columns (年初预算数 … 得分) under
    a merged label, goals, the indicator grid, 总分 and 自评等级. Returns the 总分."""
    rows = _Rows()
    for cells in top:
        rows.add(*cells)
    r = rows.n
    rows.put(r, 0, len(money) + 1, 1, money_unit_label)
    rows.put(r, 1, 1, 1, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")):
        rows.put(r, 2 + k, 1, 1, head)
    for k, line in enumerate(money, 1):
        rows.put(r + k, 1, 1, 1, line[0])
        for j, v in enumerate(line[1:]):
            rows.put(r + k, 2 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 3, "预期目标")
    rows.put(r, 4, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 3, goal[0])
    rows.put(r + 1, 4, 1, 4, goal[1])
    _heads(rows, ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    total = float(Decimal(rate_score) + sum(Decimal(i.score) for i in inds))
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 1, ""))
    if grade_text:
        rows.add((0, 5, "自评等级"), (5, 3, grade_text))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=title, editor=f"（{doc.gold.fiscal_year}年度）",
                         unit_raw=unit_raw, kind="performance_self_evaluation"), fresh_page=True)
    return round(total, 2)


# --------------------------------------------------------------------------- 湖南 长沙


def layout_hun_cs_county_self_evals_money_columns_weights(folder: Path, name: str) -> FileGold:
    dept = "长沙县民政局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评报告", dept, year)
    o, e, s = "产出指标（50分）", "效益指标（30分）", "满意度指标（10分）"
    evals = [
        ("困难群众救助补助", "长沙县社会救助服务中心",
         [("年度资金总额", "1,200.00", "1,350.00", "1,296.00", "96.00%", "10", "9.60"),
          ("其中：财政拨款", "1,200.00", "1,280.00", "1,230.00", "—", "—", "—"),
          ("上年结转资金", "0.00", "70.00", "66.00", "—", "—", "—"),
          ("其他资金", "0.00", "0.00", "0.00", "—", "—", "—")],
         ("1,350.00", "1,296.00", "1,280.00", "70.00"), "9.60",
         ("保障城乡低保、特困人员基本生活，按时足额发放救助资金。", "全年保障低保对象8620人、特困人员1310人，资金按月发放。"), [
             Ind(o, "数量指标", "城乡低保保障人数", "≥8500人", (">=", 8500, "人"), "15", "8620人", "15"),
             Ind(o, "数量指标", "特困人员供养人数", "≥1300人", (">=", 1300, "人"), "10", "1310人", "10"),
             Ind(o, "质量指标", "救助对象认定准确率", "≥98%", (">=", 98, "%"), "15", "97.5%", "13",
                 "个别对象家庭经济状况核对滞后，下年加强动态复核"),
             Ind(o, "时效指标", "救助资金按月发放率", "100%", ("=", 100, "%"), "10", "100%", "10"),
             Ind(e, "社会效益指标", "困难群众基本生活", "得到有效保障", Q, "20", "得到有效保障", "20"),
             Ind(e, "可持续影响指标", "社会救助兜底保障机制", "持续健全", Q, "10", "持续健全", "9"),
             Ind(s, "服务对象满意度指标", "救助对象满意度", "≥90%", (">=", 90, "%"), "10", "94%", "10"),
         ], "优秀", "优"),
        ("养老服务补贴", "长沙县养老服务指导中心",
         [("年度资金总额", "560.00", "560.00", "538.72", "96.20%", "10", "9.62"),
          ("其中：财政拨款", "560.00", "560.00", "538.72", "—", "—", "—"),
          ("上年结转资金", "", "", "", "—", "—", "—"),
          ("其他资金", "", "", "", "—", "—", "—")],
         ("560.00", "538.72", "560.00", None), "9.62",
         ("为经济困难高龄、失能老年人发放养老服务补贴，提升居家养老服务水平。", "发放补贴4120人，居家养老服务覆盖率提升。"), [
             Ind(o, "数量指标", "享受养老服务补贴人数", "≥4000人", (">=", 4000, "人"), "20", "4120人", "20"),
             Ind(o, "质量指标", "补贴发放准确率", "100%", ("=", 100, "%"), "15", "99.2%", "12",
                 "少数对象信息变更未及时更新"),
             Ind(o, "时效指标", "补贴发放时间", "每季度首月底前", (None, None, None), "15", "按季度发放", "13",
                 "第三季度发放延迟5天"),
             Ind(e, "社会效益指标", "老年人生活质量", "有所提高", Q, "15", "有所提高", "13",
                 "服务内容较为单一，下年拓展服务项目"),
             Ind(e, "可持续影响指标", "居家养老服务覆盖率", "≥60%", (">=", 60, "%"), "15", "58%", "12",
                 "农村地区服务网点不足"),
             Ind(s, "服务对象满意度指标", "补贴对象满意度", "≥90%", (">=", 90, "%"), "10", "88%", "8",
                 "服务响应速度有待提高"),
         ], "良好", "良"),
    ]
    for project, unit_name, money, (budget, executed, fiscal, carried), rate_score, goal, inds, grade_text, grade in evals:
        top = [((0, 2, "项目名称"), (2, 6, project)),
               ((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, unit_name))]
        total = _self_eval_form(doc, "项目支出绩效自评表", top, money, "项目资金（万元）", goal, inds, rate_score,
                                grade_text, [44, 72, 82, 62, 62, 50, 40, 84])
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, total, grade)
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 韶关


def layout_gd_sg_final_accounts_dept_self_eval_yuan_pairs(folder: Path, name: str) -> FileGold:
    dept = "韶关市浈江区教育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "18,106.05"), ("二、其他收入", "768.00")],
                    [("一、教育支出", "17,820.45"), ("二、社会保障和就业支出", "1,053.60")])
    wide = [
        Ind("产出指标", "数量指标", "义务教育阶段在校生人数", "≥4.2万人", (">=", 4.2, "万人"), "15", "4.26万人", "15"),
        Ind("产出指标", "数量指标", "新增公办学位数", "≥1800个", (">=", 1800, "个"), "10", "1860个", "10"),
        Ind("产出指标", "质量指标", "义务教育巩固率", "≥98%", (">=", 98, "%"), "10", "98.6%", "10"),
        Ind("产出指标", "时效指标", "生均公用经费拨付及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "成本指标", "三公经费较上年增长率", "≤0%", ("<=", 0, "%"), "5", "-3.2%", "5"),
        Ind("效益指标", "社会效益指标", "区域教育均衡发展水平", "稳步提升", Q, "15", "稳步提升", "14"),
        Ind("效益指标", "可持续影响指标", "教师队伍专业素质", "持续提高", Q, "15", "持续提高", "14"),
        Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", (">=", 90, "%"), "10", "91.5%", "10"),
    ]
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 6, dept))
    rows.add((0, 2, "年初预算数（元）"), (2, 2, "186,420,000.00"), (4, 2, "全年预算数（元）"), (6, 2, "192,360,000.00"))
    rows.add((0, 2, "全年执行数（元）"), (2, 2, "188,740,500.00"), (4, 2, "预算执行率"), (6, 2, "98.12%"))
    rows.add((0, 2, "执行率分值"), (2, 2, "10"), (4, 2, "执行率得分"), (6, 2, "9.81"))
    rows.add((0, 2, "年度总体目标完成情况"), (2, 6, "落实各学段经费保障，新增公办学位1860个，教育质量稳步提升。"))
    _heads(rows, ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"))
    _grid_rows(rows, wide, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    total = float(Decimal("9.81") + sum(Decimal(i.score) for i in wide))
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
    rows.add((0, 5, "自评等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [48, 56, 96, 60, 62, 34, 40, 100], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", kind="performance_self_evaluation"), fresh_page=True)
    for ind in wide:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "元", "192,360,000.00", "188,740,500.00", round(total, 2), "优")
    o, e, s = "产出指标", "效益指标", "满意度指标"
    inds = [
        Ind(o, "数量指标", "学前教育资助幼儿人数", "≥2600人", (">=", 2600, "人"), "20", "2684人", "20"),
        Ind(o, "质量指标", "资助对象识别准确率", "≥98%", (">=", 98, "%"), "15", "99%", "15"),
        Ind(o, "时效指标", "资助资金发放时间", "2024年12月底前", (None, None, None), "10", "2024年12月20日", "10"),
        Ind(o, "成本指标", "生均资助标准", "1000元/年", ("=", 1000, "元/年"), "5", "1000元/年", "5"),
        Ind(e, "社会效益指标", "家庭经济困难幼儿入园率", "≥95%", (">=", 95, "%"), "15", "93%", "12",
            "部分偏远村居幼儿入园意愿不高"),
        Ind(e, "可持续影响指标", "学前教育资助政策知晓率", "≥90%", (">=", 90, "%"), "15", "92%", "15"),
        Ind(s, "服务对象满意度指标", "受助家庭满意度", "≥90%", (">=", 90, "%"), "10", "95%", "10"),
    ]
    money = [("年度资金总额", "2,450,000.00", "2,684,000.00", "2,684,000.00", "100.00%", "10", "10.00"),
             ("其中：财政拨款", "2,450,000.00", "2,684,000.00", "2,684,000.00", "—", "—", "—"),
             ("其他资金", "0.00", "0.00", "0.00", "—", "—", "—")]
    top = [((0, 2, "项目名称"), (2, 6, "学前教育资助")),
           ((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, "浈江区学生资助管理中心"))]
    total = _self_eval_form(doc, "项目支出绩效自评表", top, money, "项目资金（元）",
                            ("资助家庭经济困难幼儿2600人以上。", "资助2684人，资金全部发放到位。"), inds, "10.00",
                            "良", [44, 64, 90, 80, 80, 60, 36, 42])
    for ind in inds:
        doc.gold.indicators.append(_gold_ind("学前教育资助", ind))
    doc.gold.self_evaluation("学前教育资助", "元", "2,684,000.00", "2,684,000.00", total, "良")
    doc.gold.project("学前教育资助", "元", year="2,684,000.00", fiscal="2,684,000.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 陕西 宝鸡


def layout_sn_bj_budget_landscape_list_merged_money(folder: Path, name: str) -> FileGold:
    dept = "宝鸡市渭滨区住房和城乡建设局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年部门预算", dept, year, cover=[(dept, 22), (f"{year}年部门预算", 22)])
    _budget_front(doc, dept, year, [("一般公共预算拨款收入", "2,916.00"), ("政府性基金预算拨款收入", "620.00")],
                  [("城乡社区支出", "3,206.00"), ("住房保障支出", "330.00")])
    projects = [
        ("老旧小区改造", ("1,150.00", "980.00", "170.00"), "完成12个老旧小区改造，惠及居民2100户。", [
            Ind("产出指标", "数量指标", "改造老旧小区数量", "12个", ("=", 12, "个"), "30"),
            Ind("产出指标", "质量指标", "竣工验收合格率", "100%", ("=", 100, "%"), "20"),
            Ind("产出指标", "时效指标", "改造完工时间", "2025年10月31日前", (None, None, None), "20"),
            Ind("效益指标", "社会效益指标", "受益居民户数", "≥2100户", (">=", 2100, "户"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
        ("城市燃气管网更新", ("620.00", "620.00", "0.00"), "更新老旧燃气管网18公里，消除管网安全隐患。", [
            Ind("产出指标", "数量指标", "更新改造燃气管网长度", "≥18公里", (">=", 18, "公里"), "30"),
            Ind("产出指标", "质量指标", "管网试压一次合格率", "≥98%", (">=", 98, "%"), "20"),
            Ind("产出指标", "成本指标", "每公里改造成本", "≤34万元", ("<=", 34, "万元"), "20"),
            Ind("效益指标", "社会效益指标", "燃气安全事故发生数", "0起", ("=", 0, "起"), "20"),
            Ind("满意度指标", "服务对象满意度指标", "用气居民满意度", "≥90%", (">=", 90, "%"), "10"),
        ]),
        ("物业管理提升补助", ("85.00", "85.00", ""), "推动无物业小区引入专业化物业服务。", [
            Ind("产出指标", "数量指标", "新引入物业服务小区数", "≥20个", (">=", 20, "个"), "30"),
            Ind("产出指标", "质量指标", "物业服务考核达标率", "≥85%", (">=", 85, "%"), "20"),
            Ind("产出指标", "时效指标", "补助资金拨付时间", "2025年12月底前", (None, None, None), "20"),
            Ind("效益指标", "可持续影响指标", "小区长效管理机制", "基本建立", Q, "20"),
            Ind("满意度指标", "服务对象满意度指标", "业主满意度", "≥85%", (">=", 85, "%"), "10"),
        ]),
    ]
    rows = _Rows()
    rows.put(0, 0, 2, 1, "项目名称")
    rows.put(0, 1, 1, 3, "项目资金")
    rows.put(0, 4, 2, 1, "年度绩效目标")
    rows.put(0, 5, 1, 4, "绩效指标")
    rows.put(0, 9, 2, 1, "权重（%）")
    for k, head in enumerate(("资金总额", "财政拨款", "上年结转")):
        rows.put(1, 1 + k, 1, 1, head)
    for k, head in enumerate(("一级指标", "二级指标", "三级指标", "指标值")):
        rows.put(1, 5 + k, 1, 1, head)
    rows.n = 2
    for project, (year_amt, fiscal, carried), goal, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 5, 6, lambda i: [(7, 1, i.name), (8, 1, i.raw), (9, 1, i.weight)])
        for col, text in ((0, project), (1, year_amt), (2, fiscal), (3, carried), (4, goal)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal, carried=carried or None)
    doc.pages.grid(_spec(rows.cells, rows.n, [84, 60, 60, 60, 116, 58, 66, 108, 94, 40],
                         title=f"{year}年项目支出绩效目标表", editor=f"部门名称：{dept}", unit_raw="单位：万元",
                         landscape=True), repeat=(0, 2), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- 江西 赣州


def layout_jx_gz_forms_a_page_labels_above_values(folder: Path, name: str) -> FileGold:
    dept = "赣州市南康区文化广电新闻出版旅游局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标", dept, year)
    projects = [
        ("公共文化场馆免费开放", ("180.00", "180.00", "180.00", "0.00"), [
            Ind("产出指标", "数量指标", "免费开放场馆数", ("6", "个"), ("=", 6, "个")),
            Ind("产出指标", "数量指标", "年度接待群众人次", ("≥35", "万人次"), (">=", 35, "万人次")),
            Ind("产出指标", "时效指标", "每周开放时间", ("≥56", "小时"), (">=", 56, "小时")),
            Ind("效益指标", "社会效益指标", "群众文化生活", ("明显丰富", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "到馆群众满意度", ("≥90", "%"), (">=", 90, "%")),
        ]),
        ("非物质文化遗产保护", ("300.00", "100.00", "90.00", "10.00"), [
            Ind("产出指标", "数量指标", "非遗项目保护数量", ("≥15", "项"), (">=", 15, "项")),
            Ind("产出指标", "数量指标", "传承人培训人次", ("≥200", "人次"), (">=", 200, "人次")),
            Ind("产出指标", "质量指标", "非遗资料数字化率", ("≥80", "%"), (">=", 80, "%")),
            Ind("效益指标", "可持续影响指标", "非遗传承后继有人", ("持续改善", ""), Q),
            Ind("满意度指标", "服务对象满意度指标", "传承人满意度", ("≥90", "%"), (">=", 90, "%")),
        ]),
        ("乡村文化振兴演出", ("46.00", "46.00", "40.00", ""), [
            Ind("产出指标", "数量指标", "送戏下乡演出场次", ("≥120", "场"), (">=", 120, "场")),
            Ind("产出指标", "质量指标", "演出节目审查通过率", ("100", "%"), ("=", 100, "%")),
            Ind("产出指标", "成本指标", "每场演出补助", ("≤3800", "元"), ("<=", 3800, "元")),
            Ind("效益指标", "社会效益指标", "观看演出群众人次", ("≥6", "万人次"), (">=", 6, "万人次")),
            Ind("满意度指标", "服务对象满意度指标", "农村观众满意度", ("≥85", "%"), (">=", 85, "%")),
        ]),
    ]
    widths = [120, 90, 96, 100, 90]
    for k, (project, (total, year_amt, fiscal, carried), inds) in enumerate(projects):
        rows = _Rows()
        _heads(rows, ("项目名称", "项目总额", "本年度资金", "其中：财政资金", "上年结转"))
        rows.add((0, 1, project), (1, 1, total), (2, 1, year_amt), (3, 1, fiscal), (4, 1, carried))
        _heads(rows, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1])])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{project}项目支出绩效目标表",
                             editor=f"编报单位：{dept}", unit_raw="金额单位：万元"), fresh_page=k == 0)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=year_amt, fiscal=fiscal, carried=carried or None)
    return doc.save(folder)


# --------------------------------------------------------------------------- 贵州 遵义


def layout_gz_zy_self_eval_income_source_lines(folder: Path, name: str) -> FileGold:
    dept = "遵义市汇川区水务局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    o, e, s = "产出指标", "效益指标", "满意度指标"
    evals = [
        ("农村饮水安全巩固提升", "汇川区农村供水管理站",
         [("合计", "900.00", "960.00", "921.60", "96.00%"),
          ("一般公共预算财政拨款收入", "600.00", "640.00", "620.00", "96.88%"),
          ("政府性基金预算财政拨款收入", "", "", "", ""),
          ("上年结转", "0.00", "80.00", "76.00", "95.00%"),
          ("其他收入", "300.00", "240.00", "225.60", "94.00%")],
         ("960.00", "921.60", "640.00", "80.00"), "9.60",
         ("巩固提升农村供水保障水平，新建改造供水工程，提高自来水普及率。",
          "新建改造供水工程26处，农村自来水普及率达到93.5%。"), [
             Ind(o, "数量指标", "新建改造供水工程处数", "≥25处", (">=", 25, "处"), "20", "26处", "20"),
             Ind(o, "数量指标", "受益农村人口", "≥3.8万人", (">=", 3.8, "万人"), "10", "3.9万人", "10"),
             Ind(o, "质量指标", "农村供水水质达标率", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
             Ind(o, "时效指标", "工程完工时间", "2024年11月30日前", (None, None, None), "10", "2024年12月15日", "7",
                 "雨季影响施工进度，下年提前安排施工"),
             Ind(e, "社会效益指标", "农村自来水普及率", "≥93%", (">=", 93, "%"), "15", "93.5%", "15"),
             Ind(e, "可持续影响指标", "工程运行管护机制", "有效运转", Q, "10", "有效运转", "10"),
             Ind(s, "服务对象满意度指标", "受益群众满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
         ], "优"),
        ("河湖管理保护", "汇川区河湖管理中心",
         [("合计", "250.00", "250.00", "231.50", "92.60%"),
          ("一般公共预算财政拨款收入", "250.00", "250.00", "231.50", "92.60%"),
          ("政府性基金预算财政拨款收入", "0.00", "0.00", "0.00", ""),
          ("上年结转", "0.00", "0.00", "0.00", ""),
          ("其他收入", "0.00", "0.00", "0.00", "")],
         ("250.00", "231.50", "250.00", "0.00"), "9.26",
         ("落实河湖长制，开展河湖巡查和清四乱整治。", "巡河1.2万人次，整治四乱问题48处。"), [
             Ind(o, "数量指标", "河湖巡查人次", "≥12000人次", (">=", 12000, "人次"), "20", "12360人次", "20"),
             Ind(o, "数量指标", "四乱问题整治数", "≥45处", (">=", 45, "处"), "15", "48处", "15"),
             Ind(o, "质量指标", "问题整改销号率", "≥95%", (">=", 95, "%"), "15", "94%", "13",
                 "2处问题涉及历史遗留，需跨部门协调"),
             Ind(e, "生态效益指标", "河湖水质优良比例", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind(e, "社会效益指标", "河湖面貌", "明显改善", Q, "15", "明显改善", "14"),
             Ind(s, "服务对象满意度指标", "沿河群众满意度", "≥85%", (">=", 85, "%"), "10", "86%", "10"),
         ], None),
    ]
    widths = [48, 60, 92, 62, 62, 44, 40, 88]
    for project, unit_name, money, (budget, executed, fiscal, carried), rate_score, goal, inds, grade in evals:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 6, project))
        rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 2, unit_name))
        _heads(rows, ("资金来源",), 0)
        rows.cells[-1] = (rows.n - 1, 0, 1, 3, "资金来源")
        for k, head in enumerate(("年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）")):
            rows.put(rows.n - 1, 3 + k, 1, 1, head)
        rows.put(rows.n - 1, 6, 1, 2, "执行率")
        for line in money:
            rows.add((0, 3, line[0]), (3, 1, line[1]), (4, 1, line[2]), (5, 1, line[3]), (6, 2, line[4]))
        rows.add((0, 3, "预算执行率分值"), (3, 1, "10"), (4, 1, "预算执行率得分"), (5, 3, rate_score))
        rows.add((0, 2, "年度总体目标"), (2, 3, goal[0]), (5, 3, goal[1]))
        _heads(rows, ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        total = float(Decimal(rate_score) + sum(Decimal(i.score) for i in inds))
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 2, f"{total:.2f}"))
        if grade:
            rows.add((0, 5, "自评等级"), (5, 3, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效自评表", editor=f"单位名称：{dept}",
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, round(total, 2), grade)
        doc.gold.project(project, "万元", year=budget, fiscal=fiscal, carried=carried)
    return doc.save(folder)


# --------------------------------------------------------------------------- 广东 湛江


def layout_gd_zj_municipal_long_form_repeated_header(folder: Path, name: str) -> FileGold:
    dept = "湛江市交通运输局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年项目支出绩效目标表", dept, year)
    project = "农村公路安全生命防护工程"
    o1, o2, o3 = "产出指标（60分）", "效益指标（30分）", "满意度指标（10分）"
    inds = [
        _Ind(o1, "数量指标", "安装波形护栏长度", "≥120公里", (">=", 120, "公里"), "8", note="新建护栏里程", rule="按完成比例计分"),
        _Ind(o1, "数量指标", "增设警示标志数量", "≥900块", (">=", 900, "块"), "6", note="标志标牌块数", rule="按完成比例计分"),
        _Ind(o1, "数量指标", "处置急弯陡坡路段数", "≥60处", (">=", 60, "处"), "6", note="隐患路段处置", rule="按完成比例计分"),
        _Ind(o1, "数量指标", "施划道路标线里程", "≥200公里", (">=", 200, "公里"), "5", note="标线施划", rule="按完成比例计分"),
        _Ind(o1, "质量指标", "交工验收合格率", "100%", ("=", 100, "%"), "8", note="合格段落/验收段落", rule="未达到不得分"),
        _Ind(o1, "质量指标", "护栏立柱埋深合格率", "≥98%", (">=", 98, "%"), "6", note="抽检合格比例", rule="每低1个百分点扣1分"),
        _Ind(o1, "时效指标", "工程开工时间", "2025年4月30日前", (None, None, None), "5", note="全部标段开工", rule="逾期不得分"),
        _Ind(o1, "时效指标", "工程完工率", "达到100%", (">=", 100, "%"), "6", note="年底前完工比例", rule="按完成比例计分"),
        _Ind(o1, "成本指标", "每公里护栏造价", "≤9万元", ("<=", 9, "万元"), "5", note="护栏投资/护栏里程", rule="超出不得分"),
        _Ind(o1, "成本指标", "工程结算审减率", "5%-10%", ("range", 5, "%", 10), "5", note="审减金额/送审金额", rule="区间内得满分"),
        _Ind(o2, "社会效益指标", "农村公路交通事故死亡人数", "同比下降", Q, "10", note="与上年比较", rule="下降得满分"),
        _Ind(o2, "社会效益指标", "群众出行安全条件", "明显改善", Q, "10", note="出行安全状况", rule="酌情计分"),
        _Ind(o2, "可持续影响指标", "安防设施使用年限", "≥10年", (">=", 10, "年"), "10", note="设计使用年限", rule="达到得满分"),
        _Ind(o3, "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%"), "10", note="问卷调查", rule="每低1个百分点扣1分"),
    ]
    widths = [54, 56, 96, 70, 34, 88, 98]
    rows = _Rows()
    rows.add((0, 2, "项目名称"), (2, 5, project))
    rows.add((0, 2, "主管部门"), (2, 2, dept), (4, 2, "实施单位"), (6, 1, "湛江市公路事务中心"))
    rows.add((0, 2, "项目类别"), (2, 2, "延续性项目"), (4, 2, "项目期限"), (6, 1, "2025年1月至12月"))
    r = rows.n
    rows.put(r, 0, 2, 2, "年度预算金额（万元）")
    for k, (head, value) in enumerate((("项目总金额", "3,600.00"), ("本年度金额", "1,200.00"),
                                       ("其中：财政资金", "1,080.00"), ("其他资金", "120.00"))):
        col, span = ((2, 1), (3, 2), (5, 1), (6, 1))[k]
        rows.put(r, col, 1, span, head)
        rows.put(r + 1, col, 1, span, value)
    rows.add((0, 2, "立项依据"), (2, 5, "依据《关于实施公路安全生命防护工程的意见》和市政府年度民生实事安排，"
                                        "对全市农村公路临水临崖、急弯陡坡等隐患路段实施安全防护。"))
    rows.add((0, 2, "实施内容"), (2, 5, "分三个标段实施护栏安装、标志标线施划和隐患路段处置，"
                                        "由市公路事务中心组织招标和质量监管，各县（市、区）配合实施。"))
    rows.add((0, 2, "资金测算依据"), (2, 5, "护栏按每公里8.5万元测算，标志标牌按每块0.18万元测算，标线按每公里0.6万元"
                                            "测算，隐患路段处置按每处3.2万元测算，另计设计、监理及检测费用。本年度安排"
                                            "第一期工程，其余工程列入以后年度预算分年安排。"))
    rows.add((0, 2, "项目实施计划"), (2, 5, "一季度完成设计审查和招标；二季度全部标段开工；三季度完成护栏安装和标志"
                                            "标牌设置；四季度完成标线施划、交工验收和资金结算，年底前报送项目绩效自评。"))
    rows.add((0, 2, "保障措施"), (2, 5, "成立项目工作专班，实行周调度、月通报；委托第三方检测机构开展质量抽检；"
                                        "资金按工程进度拨付，严格执行政府采购和工程招投标规定，确保资金安全。"))
    rows.add((0, 2, "项目必要性"), (2, 5, "全市农村公路通车里程长、技术等级低，临水临崖、急弯陡坡路段缺少必要的防护设施，"
                                          "近三年农村公路交通事故中单车事故占比较高，群众对完善安全设施的呼声强烈，"
                                          "实施安全生命防护工程是落实交通安全责任、保障群众出行安全的迫切需要。"))
    rows.add((0, 2, "绩效目标设定依据"), (2, 5, "依据交通运输部公路安全设施技术规范、省农村公路安全生命防护工程实施方案，"
                                              "结合隐患排查台账确定的路段和上年度同类工程的实际完成情况、单位造价和"
                                              "事故统计数据设定年度指标值。"))
    rows.add((0, 2, "风险防控"), (2, 5, "针对雨季施工、材料价格波动和征地协调等风险，提前编制施工组织方案，"
                                        "合理安排工期，建立材料价格调整机制，落实属地协调责任，确保工程按期完工。"))
    rows.add((0, 2, "年度绩效目标"), (2, 5, "完成120公里以上农村公路安全防护设施建设，减少交通事故伤亡。"))
    head_row = rows.n
    _heads(rows, ("一级指标", "二级指标", "三级指标", "指标值", "权重", "指标解释", "评分标准"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight), (5, 1, i.note),
                                            (6, 1, i.rule)])
    rows.add((0, 2, "填报人"), (2, 2, "陈志强"), (4, 2, "联系电话"), (6, 1, "0759-3381256"))
    doc.pages.grid(_spec(rows.cells, rows.n, widths, title=f"{year}年项目支出绩效目标表",
                         editor=f"填报单位（盖章）：{dept}"), repeat=(head_row, 1), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.project(project, "万元", total="3,600.00", year="1,200.00", fiscal="1,080.00")
    return doc.save(folder)


# --------------------------------------------------------------------------- 陕西 汉中


def layout_sn_hz_county_unit_in_cells_column_numbers(folder: Path, name: str) -> FileGold:
    dept = "汉中市南郑区林业局"
    year = 2025
    doc = FormDoc(name, f"{dept}{year}年度项目绩效目标申报表", dept, year)
    projects = [
        ("天然林保护管护", ("128.60万元", "118.60万元", "0.00万元", "10.00万元"), ("128.60", "118.60", "0.00"), [
            Ind("产出指标", "数量指标", "天然林管护面积", ("≥", "86", "万亩"), (">=", 86, "万亩"), "20"),
            Ind("产出指标", "数量指标", "聘用生态护林员人数", ("=", "320", "人"), ("=", 320, "人"), "10"),
            Ind("产出指标", "质量指标", "管护责任落实率", ("=", "100", "%"), ("=", 100, "%"), "15"),
            Ind("产出指标", "时效指标", "管护补助发放周期", ("≤", "3", "个月"), ("<=", 3, "个月"), "15"),
            Ind("效益指标", "生态效益指标", "森林覆盖率", ("≥", "62.5", "%"), (">=", 62.5, "%"), "15"),
            Ind("效益指标", "社会效益指标", "护林员家庭增收", ("定性", "有效提升", ""), Q, "15"),
            Ind("满意度指标", "服务对象满意度指标", "护林员满意度", ("≥", "90", "%"), (">=", 90, "%"), "10"),
        ]),
        ("森林防火能力提升", ("76.00万元", "76.00万元", "—", "—"), ("76.00", "76.00", None), [
            Ind("产出指标", "数量指标", "购置扑火机具数量", ("≥", "260", "台（套）"), (">=", 260, "台(套)"), "20"),
            Ind("产出指标", "数量指标", "开展防火宣传次数", ("≥", "30", "次"), (">=", 30, "次"), "10"),
            Ind("产出指标", "质量指标", "扑火机具验收合格率", ("=", "100", "%"), ("=", 100, "%"), "15"),
            Ind("产出指标", "成本指标", "机具采购单价", ("≤", "2500", "元/台"), ("<=", 2500, "元/台"), "15"),
            Ind("效益指标", "生态效益指标", "森林火灾受害率", ("≤", "0.9", "‰"), ("<=", 0.9, "‰"), "15"),
            Ind("效益指标", "可持续影响指标", "森林防火应急处置能力", ("定性", "明显增强", ""), Q, "15"),
            Ind("满意度指标", "服务对象满意度指标", "林区群众满意度", ("≥", "88", "%"), (">=", 88, "%"), "10"),
        ]),
    ]
    widths = [60, 72, 130, 44, 50, 60, 44]
    for project, (y_txt, f_txt, c_txt, o_txt), (year_amt, fiscal, carried), inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 5, project))
        rows.add((0, 2, "主管部门"), (2, 5, dept))
        rows.add((0, 2, "资金总额"), (2, 1, y_txt), (3, 2, "其中：财政拨款"), (5, 2, f_txt))
        rows.add((0, 2, "上年结转"), (2, 1, c_txt), (3, 2, "其他资金"), (5, 2, o_txt))
        rows.add((0, 2, "年度目标"), (2, 5, f"{project}各项任务按期完成，资金使用规范。"))
        rows.add((0, 7, "绩效指标"))
        r = rows.n
        for col, text in ((0, "一级指标"), (1, "二级指标"), (2, "三级指标"), (6, "分值")):
            rows.put(r, col, 2, 1, text)
        rows.put(r, 3, 1, 3, "指标值")
        for k, text in enumerate(("比较符", "数值", "单位")):
            rows.put(r + 1, 3 + k, 1, 1, text)
        rows.add(*[(k, 1, str(k + 1)) for k in range(7)])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="项目支出绩效目标申报表",
                             editor=f"申报单位：{dept}"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year_amt, fiscal=fiscal, carried=carried)
    return doc.save(folder)


BLIND34: dict[str, Builder] = {
    "sd_lc_county_budget_invest_apply_general_fund": layout_sd_lc_county_budget_invest_apply_general_fund,
    "ha_zz_budget_source_grid_yuan_scoring_columns": layout_ha_zz_budget_source_grid_yuan_scoring_columns,
    "hub_xg_municipal_dept_wide_then_stacked_money": layout_hub_xg_municipal_dept_wide_then_stacked_money,
    "hun_cs_county_self_evals_money_columns_weights": layout_hun_cs_county_self_evals_money_columns_weights,
    "gd_sg_final_accounts_dept_self_eval_yuan_pairs": layout_gd_sg_final_accounts_dept_self_eval_yuan_pairs,
    "sn_bj_budget_landscape_list_merged_money": layout_sn_bj_budget_landscape_list_merged_money,
    "jx_gz_forms_a_page_labels_above_values": layout_jx_gz_forms_a_page_labels_above_values,
    "gz_zy_self_eval_income_source_lines": layout_gz_zy_self_eval_income_source_lines,
    "gd_zj_municipal_long_form_repeated_header": layout_gd_zj_municipal_long_form_repeated_header,
    "sn_hz_county_unit_in_cells_column_numbers": layout_sn_hz_county_unit_in_cells_column_numbers,
}
SETS: dict[str, dict[str, Builder]] = {"blind34": BLIND34}


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
    """Write every layout of ``which`` ("blind34") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]
