"""A performance form is read by its labels wherever they sit: label and value printed in
one cell, money in a sentence-like cell, a contact field beside the project name, a
money block headed by its sources, and an indicator grid printed as a separate table."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from cnbudget.demo.tables import TableSpec, plain_row, write_tables_pdf
from cnbudget.extractors.document import extract_document
from cnbudget.normalizers import performance as P


def _spec(title: str, cells, n_rows: int, widths, kind="project_performance_targets") -> TableSpec:
    return TableSpec(title, kind, "单位：元", "yuan", "编制部门：示例局", widths,
                     cells, n_rows, [], ["c"] * len(widths), repeat_header=False)


def _doc(path: Path, specs):
    return extract_document(write_tables_pdf(path, specs, "示例局2025年项目支出绩效表"))


def test_label_and_value_in_one_cell(tmp_path):
    cells = [
        (0, 0, 1, 3, "项目名称：道路养护"), (0, 3, 1, 2, "项目单位：示例局"),
        (1, 0, 1, 5, "全年预算数：1,250,000.00元；全年执行数：1,180,000.00元；预算执行率：94.40%（权重10分）"),
        (2, 0, 1, 2, "资金总额：286.50万元"), (2, 2, 1, 3, "其中：财政拨款256.50万元"),
        (3, 0, 1, 1, "一级指标"), (3, 1, 1, 1, "二级指标"), (3, 2, 1, 1, "三级指标"), (3, 3, 1, 1, "指标值"),
        (3, 4, 1, 1, "得分"),
        (4, 0, 1, 1, "产出指标"), (4, 1, 1, 1, "数量指标"), (4, 2, 1, 1, "指标1：养护里程"), (4, 3, 1, 1, "≥50公里"),
        (4, 4, 1, 1, "90"),
        (5, 0, 1, 2, "综合得分：90.00"), (5, 2, 1, 3, "评价等级：优"),
    ]
    doc = _doc(tmp_path / "a.pdf", [_spec("某区2025年项目支出绩效自评表", cells, 6, [80, 80, 110, 80, 60],
                                          kind="performance_self_evaluation")])
    inds = P.indicators(doc)
    assert [(i["project_name"], i["name"], i["target_raw"]) for i in inds] == [("道路养护", "养护里程", "≥50公里")]
    (ev,) = P.self_evaluations(doc)
    assert (ev["budget_yuan"], ev["executed_yuan"], ev["score"], ev["grade"]) == \
        (Decimal("1250000.00"), Decimal("1180000.00"), 90.0, "优")
    (p,) = P.projects(doc)
    assert p["fiscal_amount_yuan"] == Decimal("2565000.00")


def test_indicator_grid_in_its_own_table_continues_the_form(tmp_path):
    head = [
        (0, 0, 1, 1, "项目名称"), (0, 1, 1, 2, "农田水利"), (0, 3, 1, 1, "项目负责人"), (0, 4, 1, 1, "张三"),
        (1, 0, 1, 1, "资金来源"), (1, 1, 1, 1, "一般公共预算"), (1, 2, 1, 1, "政府性基金"), (1, 3, 1, 1, "其他资金"),
        (1, 4, 1, 1, "合计"),
        (2, 0, 1, 1, "金额"), (2, 1, 1, 1, "300,000.00"), (2, 2, 1, 1, "0.00"), (2, 3, 1, 1, "20,000.00"),
        (2, 4, 1, 1, "320,000.00"),
    ]
    grid = [
        (0, 0, 1, 1, "二级指标"), (0, 1, 1, 1, "三级指标"), (0, 2, 1, 1, "指标值"),
        (1, 0, 1, 1, "数量指标"), (1, 1, 1, 1, "整治沟渠长度"), (1, 2, 1, 1, "≥12公里"),
    ]
    doc = _doc(tmp_path / "b.pdf", [_spec("项目支出绩效目标表", head, 3, [70, 90, 80, 70, 80]),
                                    _spec("", grid, 2, [120, 160, 120], kind="other")])
    inds = P.indicators(doc)
    assert [(i["project_name"], i["name"]) for i in inds] == [("农田水利", "整治沟渠长度")]
    (p,) = P.projects(doc)
    assert p["project_name"] == "农田水利" and p["amount_yuan"] == Decimal("320000.00")
    assert "张三" not in str(p)


def test_names_only_grid_with_value_notes(tmp_path):
    cells = [
        (0, 0, 1, 1, "部门名称"), (0, 1, 1, 2, "示例局"),
        (1, 0, 1, 1, "绩效指标"), (1, 1, 1, 1, "指标值"), (1, 2, 1, 1, "指标值说明"),
        (2, 0, 1, 1, "（1）投诉处理及时率"), (2, 1, 1, 1, "≥98%"), (2, 2, 1, 1, "48小时内处理"),
    ]
    doc = _doc(tmp_path / "c.pdf", [_spec("2025年部门整体支出绩效目标表", cells, 3, [160, 100, 160],
                                          kind="dept_performance_targets")])
    assert [(i["project_name"], i["name"], i["target_raw"]) for i in P.indicators(doc)] == \
        [(None, "投诉处理及时率", "≥98%")]


def _levels(inds) -> list[tuple]:
    return [(i["project_name"], i["name"], i["target_raw"], i["level1"], i["level2"]) for i in inds]


def test_grade_heading_its_column_and_column_numbers_under_the_grid_header(tmp_path):
    """评价等级 heading a column of the money block, its grade printed below it; a row
    numbering the columns (1 | 2 | 3 …) under the grid's header is header, not an indicator."""
    cells = [
        (0, 0, 1, 1, "项目名称"), (0, 1, 1, 4, "食品抽检"),
        (1, 0, 1, 1, "项目资金（元）"), (1, 1, 1, 1, "全年预算数"), (1, 2, 1, 1, "全年执行数"),
        (1, 3, 1, 1, "执行率"), (1, 4, 1, 1, "评价等级"),
        (2, 0, 1, 1, "年度资金总额"), (2, 1, 1, 1, "2,800,000.00"), (2, 2, 1, 1, "2,657,200.00"),
        (2, 3, 1, 1, "94.90%"),
        (2, 4, 1, 1, "优"),
        (3, 0, 1, 1, "一级指标"), (3, 1, 1, 1, "二级指标"), (3, 2, 1, 1, "三级指标"), (3, 3, 1, 1, "年度指标值"),
        (3, 4, 1, 1, "得分"),
        (4, 0, 1, 1, "1"), (4, 1, 1, 1, "2"), (4, 2, 1, 1, "3"), (4, 3, 1, 1, "4"), (4, 4, 1, 1, "5"),
        (5, 0, 1, 1, "产出指标"), (5, 1, 1, 1, "数量指标"), (5, 2, 1, 1, "完成抽检批次"), (5, 3, 1, 1, "≥2000批次"),
        (5, 4, 1, 1, "90"),
        (6, 0, 1, 4, "总分"), (6, 4, 1, 1, "90"),
    ]
    doc = _doc(tmp_path / "d.pdf", [_spec("2024年度项目支出绩效自评表", cells, 7, [100, 80, 110, 80, 60],
                                          kind="performance_self_evaluation")])
    assert _levels(P.indicators(doc)) == [("食品抽检", "完成抽检批次", "≥2000批次", "output", "quantity")]
    (ev,) = P.self_evaluations(doc)
    assert (ev["budget_yuan"], ev["executed_yuan"], ev["score"], ev["grade"]) == \
        (Decimal("2800000.00"), Decimal("2657200.00"), 90.0, "优")


def test_names_headed_performance_indicator(tmp_path):
    """Names under a 绩效指标 head: beside a 指标类别 column printing the 一级 level, or
    beside a 序号 column with no level at all; money in one sentence, its 其中 part last."""
    by_class = [
        (0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "课后服务"),
        (1, 0, 1, 1, "指标类别"), (1, 1, 1, 1, "绩效指标"), (1, 2, 1, 1, "指标值"), (1, 3, 1, 1, "备注"),
        (2, 0, 1, 1, "产出指标"), (2, 1, 1, 1, "1.参与学生人数"), (2, 2, 1, 1, "≥3.5万人"),
        (3, 0, 1, 1, "满意度指标"), (3, 1, 1, 1, "2.家长满意度"), (3, 2, 1, 1, "≥90%"),
    ]
    numbered = [
        (0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "道路照明"),
        (1, 0, 1, 1, "项目资金"), (1, 1, 1, 3, "年度资金总额：1,032.00万元；其中：财政拨款1,032.00万元。"),
        (2, 0, 1, 1, "序号"), (2, 1, 1, 1, "绩效指标"), (2, 2, 1, 1, "指标值"), (2, 3, 1, 1, "指标解释"),
        (3, 0, 1, 1, "1"), (3, 1, 1, 1, "路灯亮灯率"), (3, 2, 1, 1, "≥98%"), (3, 3, 1, 1, "巡查亮灯数/巡查路灯数"),
    ]
    doc = _doc(tmp_path / "e.pdf", [_spec("课后服务项目绩效目标表", by_class, 4, [80, 160, 100, 80]),
                                    _spec("道路照明项目绩效目标表", numbered, 4, [60, 140, 100, 160])])
    assert _levels(P.indicators(doc)) == [
        ("课后服务", "参与学生人数", "≥3.5万人", "output", None),
        ("课后服务", "家长满意度", "≥90%", "satisfaction", None),
        ("道路照明", "路灯亮灯率", "≥98%", None, None)]
    lamps = next(p for p in P.projects(doc) if p["project_name"] == "道路照明")
    assert (lamps["amount_yuan"], lamps["fiscal_amount_yuan"]) == (Decimal("10320000.00"), Decimal("10320000.00"))


def test_list_of_projects_with_the_grid_header_under_merged_heads(tmp_path):
    """A list of projects whose money and indicator heads are merged over a second header
    row (项目资金 over 资金总额 | 财政拨款, 绩效指标 over 一级指标 | 二级指标 …)."""
    cells = [
        (0, 0, 2, 1, "项目名称"), (0, 1, 1, 2, "项目资金（元）"), (0, 3, 1, 4, "绩效指标"),
        (1, 1, 1, 1, "资金总额"), (1, 2, 1, 1, "财政拨款"), (1, 3, 1, 1, "一级指标"), (1, 4, 1, 1, "二级指标"),
        (1, 5, 1, 1, "三级指标"), (1, 6, 1, 1, "指标值"),
        (2, 0, 2, 1, "农田建设"), (2, 1, 2, 1, "12,800,000.00"), (2, 2, 2, 1, "11,500,000.00"),
        (2, 3, 1, 1, "产出指标"), (2, 4, 1, 1, "数量指标"), (2, 5, 1, 1, "新建农田面积"), (2, 6, 1, 1, "≥0.85万亩"),
        (3, 3, 1, 1, "满意度指标"), (3, 4, 1, 1, "服务对象满意度指标"), (3, 5, 1, 1, "农户满意度"),
        (3, 6, 1, 1, "≥90%"),
    ]
    doc = _doc(tmp_path / "f.pdf", [_spec("2025年项目支出绩效目标表", cells, 4, [80, 90, 90, 60, 80, 90, 70])])
    assert _levels(P.indicators(doc)) == [
        ("农田建设", "新建农田面积", "≥0.85万亩", "output", "quantity"),
        ("农田建设", "农户满意度", "≥90%", "satisfaction", "satisfaction")]
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("12800000.00"), Decimal("11500000.00"))


def test_project_amount_beside_the_name_and_a_title_row_between_forms(tmp_path):
    """项目金额 | <amount> beside the project's name; a second form's title printed across
    the grid between two forms is no indicator."""
    def form(r: int, name: str, amount: str, indicator: str, target: str, unit: str) -> list:
        return [
            (r, 0, 1, 1, "项目名称"), (r, 1, 1, 2, name), (r, 3, 1, 1, "项目金额"), (r, 4, 1, 1, amount),
            (r + 1, 0, 1, 1, "一级指标"), (r + 1, 1, 1, 1, "二级指标"), (r + 1, 2, 1, 1, "三级指标"),
            (r + 1, 3, 1, 1, "指标值"), (r + 1, 4, 1, 1, "计量单位"),
            (r + 2, 0, 1, 1, "产出指标"), (r + 2, 1, 1, 1, "数量指标"), (r + 2, 2, 1, 1, indicator),
            (r + 2, 3, 1, 1, target), (r + 2, 4, 1, 1, unit),
        ]
    cells = form(0, "场馆开放", "68,000.00", "开放天数", "≥300", "天") + [(3, 0, 1, 5, "2025年度项目绩效目标表")] \
        + form(4, "非遗保护", "35,000.00", "进校园活动", "≥20", "场")
    doc = _doc(tmp_path / "g.pdf", [_spec("2025年度项目绩效目标表", cells, 7, [80, 80, 110, 80, 80])])
    assert [(i["project_name"], i["name"], i["target_raw"]) for i in P.indicators(doc)] == [
        ("场馆开放", "开放天数", "≥300天"), ("非遗保护", "进校园活动", "≥20场")]
    assert {p["project_name"]: p["amount_yuan"] for p in P.projects(doc)} == \
        {"场馆开放": Decimal("68000.00"), "非遗保护": Decimal("35000.00")}


def test_requested_amount_and_carried_balance_in_label_value_cells(tmp_path):
    """A 申报表's money written with its label in one cell each: 申请金额 is the year's sum,
    上年结转结余 the carried-over part (no 单位 line for them: 万元 after the number)."""
    cells = [
        (0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "临时救助"),
        (1, 0, 1, 1, "资金情况"), (1, 1, 1, 1, "申请金额：48.00万元"), (1, 2, 1, 1, "财政拨款：36.00万元"),
        (1, 3, 1, 1, "上年结转结余：12.00万元"),
        (2, 0, 1, 1, "一级指标"), (2, 1, 1, 1, "二级指标"), (2, 2, 1, 1, "三级指标"), (2, 3, 1, 1, "指标值"),
        (3, 0, 1, 1, "产出指标"), (3, 1, 1, 1, "数量指标"), (3, 2, 1, 1, "救助人次"), (3, 3, 1, 1, "＞=800人次"),
    ]
    doc = _doc(tmp_path / "h.pdf", [_spec("项目支出绩效目标表（临时救助）", cells, 4, [80, 130, 130, 130])])
    assert _levels(P.indicators(doc)) == [("临时救助", "救助人次", "＞=800人次", "output", "quantity")]
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["total_amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("480000.00"), None, Decimal("360000.00"), Decimal("120000.00"))


def test_money_by_source_and_by_year(tmp_path):
    """资金总额 heading a column beside per-year columns (2024年 | 2025年 | 2026年) adds the
    years: it is the project's total; the year's sum and its 财政拨款 are the ones in the
    document's year's column (2025), 专项债券 no part of 财政拨款."""
    cells = [
        (0, 0, 1, 1, "项目名称"), (0, 1, 1, 5, "港区道路"),
        (1, 0, 5, 1, "项目资金"), (1, 1, 1, 1, "资金来源"), (1, 2, 1, 1, "资金总额"), (1, 3, 1, 1, "2024年"),
        (1, 4, 1, 1, "2025年"), (1, 5, 1, 1, "2026年"),
        (2, 1, 1, 1, "合计"), (2, 2, 1, 1, "12,800.00"), (2, 3, 1, 1, "3,000.00"), (2, 4, 1, 1, "4,500.00"),
        (2, 5, 1, 1, "5,300.00"),
        (3, 1, 1, 1, "其中：财政拨款"), (3, 2, 1, 1, "5,800.00"), (3, 3, 1, 1, "1,500.00"), (3, 4, 1, 1, "2,000.00"),
        (3, 5, 1, 1, "2,300.00"),
        (4, 1, 1, 1, "专项债券资金"), (4, 2, 1, 1, "7,000.00"), (4, 3, 1, 1, "1,500.00"), (4, 4, 1, 1, "2,500.00"),
        (4, 5, 1, 1, "3,000.00"),
        (5, 1, 1, 1, "其他资金"), (5, 2, 1, 1, "0.00"), (5, 3, 1, 1, "0.00"), (5, 4, 1, 1, "0.00"),
        (5, 5, 1, 1, "0.00"),
        (6, 0, 1, 1, "一级指标"), (6, 1, 1, 1, "二级指标"), (6, 2, 1, 2, "三级指标"), (6, 4, 1, 2, "年度指标值"),
        (7, 0, 1, 1, "产出指标"), (7, 1, 1, 1, "数量指标"), (7, 2, 1, 2, "新建道路长度"), (7, 4, 1, 2, "≥3.6公里"),
    ]
    spec = _spec("2025年项目支出绩效目标表", cells, 8, [70, 90, 80, 70, 70, 70])
    doc = _doc(tmp_path / "i.pdf", [replace(spec, unit_raw="单位：万元", unit="wan_yuan")])
    assert doc.fiscal_year == 2025
    assert _levels(P.indicators(doc)) == [("港区道路", "新建道路长度", "≥3.6公里", "output", "quantity")]
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["total_amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("45000000.00"), Decimal("128000000.00"), Decimal("20000000.00"), None)


def test_adjusted_budget_columns_code_before_name_and_grade_in_conclusion(tmp_path):
    """A self-evaluation printing 年初预算 | 调整后预算数 | 预算执行数 under a 年度预算数（万元）
    head (the adjusted budget is the one executed against, 188.34 / 196.50 = 95.85%), the
    project as "<code>-<name>", and its grade only in the 评价结论 sentence."""
    cells = [
        (0, 0, 1, 2, "项目名称"), (0, 2, 1, 6, "51142424R000000031207-农村公路养护"),
        (1, 0, 3, 1, "预算执行情况（10分）"), (1, 1, 1, 1, "年度预算数（万元）"), (1, 2, 1, 1, "年初预算"),
        (1, 3, 1, 1, "调整后预算数"), (1, 4, 1, 1, "预算执行数"), (1, 5, 1, 1, "预算执行率"), (1, 6, 1, 1, "权重"),
        (1, 7, 1, 1, "得分"),
        (2, 1, 1, 1, "总额"), (2, 2, 1, 1, "180.00"), (2, 3, 1, 1, "196.50"), (2, 4, 1, 1, "188.34"),
        (2, 5, 1, 1, "95.85%"), (2, 6, 1, 1, "10"), (2, 7, 1, 1, "9.58"),
        (3, 1, 1, 1, "其中：财政资金"), (3, 2, 1, 1, "180.00"), (3, 3, 1, 1, "196.50"), (3, 4, 1, 1, "188.34"),
        (3, 5, 1, 1, "95.85%"), (3, 6, 1, 1, "/"), (3, 7, 1, 1, "/"),
        (4, 0, 1, 1, "一级指标"), (4, 1, 1, 1, "二级指标"), (4, 2, 1, 1, "三级指标"), (4, 3, 1, 1, "指标性质"),
        (4, 4, 1, 1, "指标值"), (4, 5, 1, 1, "度量单位"), (4, 6, 1, 1, "权重"), (4, 7, 1, 1, "得分"),
        (5, 0, 1, 1, "产出指标"), (5, 1, 1, 1, "数量指标"), (5, 2, 1, 1, "养护里程"), (5, 3, 1, 1, "≥"),
        (5, 4, 1, 1, "320"), (5, 5, 1, 1, "公里"), (5, 6, 1, 1, "90"), (5, 7, 1, 1, "87.5"),
        (6, 0, 1, 6, "合计"), (6, 6, 1, 1, "100"), (6, 7, 1, 1, "97.08"),
        (7, 0, 1, 2, "评价结论"), (7, 2, 1, 6, "项目自评得分97.08分，自评等级为优。"),
    ]
    doc = _doc(tmp_path / "j.pdf", [_spec("部门预算项目支出绩效自评表（2024年度）", cells, 8,
                                          [70, 80, 80, 60, 60, 60, 50, 50], kind="performance_self_evaluation")])
    assert _levels(P.indicators(doc)) == [("农村公路养护", "养护里程", "≥320公里", "output", "quantity")]
    (p,) = P.projects(doc)
    assert (p["project_code"], p["amount_yuan"], p["fiscal_amount_yuan"]) == \
        ("51142424R000000031207", Decimal("1965000.00"), Decimal("1965000.00"))
    (ev,) = P.self_evaluations(doc)
    assert (ev["budget_yuan"], ev["executed_yuan"], ev["score"], ev["grade"]) == \
        (Decimal("1965000.00"), Decimal("1883400.00"), 97.08, "优")


def test_project_code_glued_to_letters_is_no_phone_number():
    """A bare 8-digit run is read as a local phone number in free text, but not where it
    is glued to letters as part of a project code."""
    from cnbudget.normalizers.privacy import redact
    assert redact("51142424R000000031207-农村公路养护", set()) == "51142424R000000031207-农村公路养护"
    assert "62681035" not in redact("咨询电话62681035，工作日受理", set())


def test_long_term_block_then_annual_block_and_money_in_one_sentence(tmp_path):
    """A 长期绩效指标 block, then a 年度绩效指标 block with the same names: the 年度 rows
    are the targets. Money in one cell: 总额 is the year's sum, 财政拨款 its part (上级 / 本级
    no part of it). A 公用经费控制 二级 is a cost indicator."""
    def block(r: int, label: str, mileage: str, control: str) -> list:
        return [
            (r, 0, 3, 1, label), (r, 1, 1, 1, "一级指标"), (r, 2, 1, 1, "二级指标"), (r, 3, 1, 1, "三级指标"),
            (r, 4, 1, 1, "指标值"),
            (r + 1, 1, 1, 1, "产出指标"), (r + 1, 2, 1, 1, "数量指标"), (r + 1, 3, 1, 1, "改造村道里程"),
            (r + 1, 4, 1, 1, mileage),
            (r + 2, 1, 1, 1, "运行成本"), (r + 2, 2, 1, 1, "公用经费控制"), (r + 2, 3, 1, 1, "公用经费控制率"),
            (r + 2, 4, 1, 1, control),
        ]
    cells = [
        (0, 0, 1, 1, "项目名称"), (0, 1, 1, 4, "村道提质改造"),
        (1, 0, 1, 1, "年度资金总额及构成"),
        (1, 1, 1, 4, "总额：356.80万元；一、财政拨款：320.00万元（其中：上级财政资金：200.00万元；本级财政："
                     "120.00万元）；二、其他：36.80万元"),
    ] + block(2, "长期绩效指标", "≥25公里", "≤100%") + block(5, "年度绩效指标", "≥8.5公里", "≤98%")
    doc = _doc(tmp_path / "k.pdf", [_spec("项目绩效目标表（2025年度）", cells, 8, [90, 80, 90, 110, 80])])
    assert _levels(P.indicators(doc)) == [
        ("村道提质改造", "改造村道里程", "≥8.5公里", "output", "quantity"),
        ("村道提质改造", "公用经费控制率", "≤98%", "input", "cost")]
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("3568000.00"), Decimal("3200000.00"))


def test_amount_in_the_title_and_fund_source_columns(tmp_path):
    """The amount printed only in a form's title ("（86.40万元）"); money heads in a row
    (资金总额 | 财政拨款小计 | 一般公共预算 …) over one row of amounts."""
    titled = [
        (0, 0, 1, 1, "项目名称"), (0, 1, 1, 2, "社区养老服务"),
        (1, 0, 1, 1, "指标类别"), (1, 1, 1, 1, "指标名称"), (1, 2, 1, 1, "指标值"),
        (2, 0, 1, 1, "数量指标"), (2, 1, 1, 1, "日间照料人数"), (2, 2, 1, 1, "≥120人"),
    ]
    sources = [
        (0, 0, 1, 1, "项目名称"), (0, 1, 1, 4, "食品抽检"),
        (1, 0, 2, 1, "项目资金（万元）"), (1, 1, 1, 1, "资金总额"), (1, 2, 1, 1, "财政拨款小计"),
        (1, 3, 1, 1, "一般公共预算"), (1, 4, 1, 1, "单位资金"),
        (2, 1, 1, 1, "386.00"), (2, 2, 1, 1, "356.00"), (2, 3, 1, 1, "356.00"), (2, 4, 1, 1, "30.00"),
        (3, 0, 1, 1, "一级指标"), (3, 1, 1, 1, "二级指标"), (3, 2, 1, 1, "三级指标"), (3, 3, 1, 2, "指标值"),
        (4, 0, 1, 1, "产出指标"), (4, 1, 1, 1, "数量指标"), (4, 2, 1, 1, "抽检批次"), (4, 3, 1, 2, "≥4200批次"),
    ]
    doc = _doc(tmp_path / "l.pdf", [_spec("社区养老服务项目绩效目标表（86.40万元）", titled, 3, [100, 160, 100]),
                                    _spec("2025年度项目支出绩效目标表", sources, 5, [100, 80, 90, 90, 80])])
    money = {p["project_name"]: (p["amount_yuan"], p["fiscal_amount_yuan"]) for p in P.projects(doc)}
    assert money == {"社区养老服务": (Decimal("864000.00"), None),
                     "食品抽检": (Decimal("3860000.00"), Decimal("3560000.00"))}


def test_department_self_evaluation_in_three_tables(tmp_path):
    """A 部门整体 self-evaluation printed as three tables: 资金总额 | 全年预算数 | 全年执行数
    (the 资金总额 row holds both), the indicator grid, then 总分 | 自评等级 alone."""
    money = [
        (0, 0, 1, 4, "一、预算执行情况"),
        (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "全年预算数"), (1, 2, 1, 1, "全年执行数"), (1, 3, 1, 1, "执行率"),
        (2, 0, 1, 1, "资金总额"), (2, 1, 1, 1, "1,846.30"), (2, 2, 1, 1, "1,790.91"), (2, 3, 1, 1, "97.00%"),
        (3, 0, 1, 1, "其中：基本支出"), (3, 1, 1, 1, "1,120.30"), (3, 2, 1, 1, "1,118.40"), (3, 3, 1, 1, "99.83%"),
    ]
    grid = [
        (0, 0, 1, 4, "二、绩效指标完成情况"),
        (1, 0, 1, 1, "一级指标"), (1, 1, 1, 1, "二级指标"), (1, 2, 1, 1, "三级指标"), (1, 3, 1, 1, "年度指标值"),
        (2, 0, 1, 1, "产出指标"), (2, 1, 1, 1, "数量指标"), (2, 2, 1, 1, "清扫保洁面积"), (2, 3, 1, 1, "≥120万平方米"),
    ]
    result = [(0, 0, 1, 4, "三、自评结论"),
              (1, 0, 1, 1, "总分"), (1, 1, 1, 1, "96.70"), (1, 2, 1, 1, "自评等级"), (1, 3, 1, 1, "优")]
    specs = [replace(_spec("部门整体支出绩效自评表", money, 4, [120, 100, 100, 100], kind="performance_self_evaluation"),
                     unit_raw="单位：万元", unit="wan_yuan"),
             _spec("", grid, 3, [100, 100, 120, 100], kind="performance_self_evaluation"),
             _spec("", result, 2, [100, 100, 120, 100], kind="performance_self_evaluation")]
    doc = _doc(tmp_path / "m.pdf", specs)
    (ev,) = P.self_evaluations(doc)
    assert (ev["project_name"], ev["budget_yuan"], ev["executed_yuan"], ev["score"], ev["grade"]) == \
        (None, Decimal("18463000.00"), Decimal("17909100.00"), 96.7, "优")


# -- forms drawn by the layout composer (several forms to a page, page breaks, merged cells cut)

def _composed(tmp_path: Path, name: str, title: str, grids) -> "object":
    """A PDF of ``grids`` ((cells, n_rows, widths, spec options, grid options) each) drawn down
    the pages by demo.form_layouts' composer, extracted."""
    from cnbudget.demo.form_layouts import FormDoc, _spec as grid_spec
    doc = FormDoc(name, title, "示例局", 2025)
    for cells, n_rows, widths, opts, place in grids:
        doc.pages.grid(grid_spec(cells, n_rows, widths, **opts), **place)
    doc.save(tmp_path)
    return extract_document(tmp_path / f"{name}.pdf")


def test_short_forms_named_in_the_line_above_their_grid_with_money_in_prose(tmp_path):
    grids = []
    for project, total, fiscal, carried, target in (("村级公益事业奖补", "48.00", "40.00", "8.00", "3-5个工作日"),
                                                    ("耕地地力保护补贴", "126.30", "126.30", "0.00", "10-12元/亩")):
        cells = [(0, 0, 1, 1, "项目资金"), (0, 1, 1, 3, f"总额{total}万元，其中：财政拨款{fiscal}万元，上年结转{carried}万元"),
                 (1, 0, 1, 1, "一级指标"), (1, 1, 1, 1, "二级指标"), (1, 2, 1, 1, "三级指标"), (1, 3, 1, 1, "指标值"),
                 (2, 0, 1, 1, "产出指标"), (2, 1, 1, 1, "时效指标"), (2, 2, 1, 1, "办结时限"), (2, 3, 1, 1, target)]
        grids.append((cells, 3, [80, 100, 160, 130],
                      dict(title="2025年项目支出绩效目标表", editor=f"项目名称：{project}", unit_raw="实施单位：示例镇人民政府"), {}))
    doc = _composed(tmp_path, "short", "示例镇2025年项目支出绩效目标表", grids)
    assert [(i["project_name"], i["target_raw"]) for i in P.indicators(doc)] == \
        [("村级公益事业奖补", "3-5个工作日"), ("耕地地力保护补贴", "10-12元/亩")]
    assert sorted((p["project_name"], p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"])
                  for p in P.projects(doc)) == [
        ("村级公益事业奖补", Decimal("480000.00"), Decimal("400000.00"), Decimal("80000.00")),
        ("耕地地力保护补贴", Decimal("1263000.00"), Decimal("1263000.00"), Decimal("0.00"))]


def test_list_heading_money_parts_in_one_row_and_leaving_repeats_blank_across_a_page_break(tmp_path):
    # 项目名称 | 资金总额 | 财政拨款 | 其他资金 | levels …: a project's money and a repeated level are
    # printed once, the cells below left blank (one ruled cell a row). The page breaks after
    # a blank level cell: that row's level is the one above, not the next page's first.
    cells = [(0, k, 1, 1, t) for k, t in enumerate(("项目名称", "资金总额", "财政拨款", "其他资金", "一级指标", "二级指标",
                                                     "三级指标", "指标值"))]
    r, k, want = 1, 0, []
    for project in ("项目甲", "项目乙"):
        for group in range(8):
            l1 = ("产出指标", "效益指标", "满意度指标")[group % 3]
            for j in range(3):
                first = group == 0 and j == 0
                cells += [(r, 0, 1, 1, project if first else ""), (r, 1, 1, 1, "100.00" if first else ""),
                          (r, 2, 1, 1, "80.00" if first else ""), (r, 3, 1, 1, "20.00" if first else ""),
                          (r, 4, 1, 1, l1 if j == 0 else ""), (r, 5, 1, 1, "数量指标" if j == 0 else ""),
                          (r, 6, 1, 1, f"指标{k}"), (r, 7, 1, 1, f"≥{k + 1}个")]
                want.append((project, f"指标{k}", {"产出指标": "output", "效益指标": "effect"}.get(l1, "satisfaction")))
                r, k = r + 1, k + 1
    doc = _composed(tmp_path, "blanks", "示例局2025年项目支出绩效目标表", [
        (cells, r, [70, 56, 56, 56, 60, 60, 90, 60],
         dict(title="2025年项目支出绩效目标表", editor="单位：示例局", unit_raw="金额单位：万元"), dict(repeat=(0, 1)))])
    assert [(i["project_name"], i["name"], i["level1"]) for i in P.indicators(doc)] == want
    assert {(p["project_name"], p["amount_yuan"], p["fiscal_amount_yuan"]) for p in P.projects(doc)} == {
        ("项目甲", Decimal("1000000.00"), Decimal("800000.00")), ("项目乙", Decimal("1000000.00"), Decimal("800000.00"))}


def test_list_titled_by_its_owner_and_year_with_the_first_project_cell_cut_by_a_page_break(tmp_path):
    # "<部门>2025年项目支出绩效目标表" names no project; the list starts low on a page and its
    # first project's merged cell prints its name in the part on the next page.
    filler = [(0, 0, 1, 1, "科目"), (0, 1, 1, 1, "金额")] + \
        [c for k in range(25) for c in ((k + 1, 0, 1, 1, f"支出{k}"), (k + 1, 1, 1, 1, f"{k + 1}.00"))]
    cells = [(0, k, 1, 1, t) for k, t in enumerate(("项目名称", "年度资金总额", "一级指标", "二级指标", "三级指标", "指标值"))]
    r0, k, want = 1, 0, []
    for project, n in (("农田管护", 8), ("疫病防控", 3)):
        cells += [(r0, 0, n, 1, project), (r0, 1, n, 1, "50.00")]
        for j in range(n):
            cells += [(r0 + j, 2, 1, 1, "产出指标"), (r0 + j, 3, 1, 1, "数量指标"), (r0 + j, 4, 1, 1, f"指标{k}"),
                      (r0 + j, 5, 1, 1, f"≥{k + 1}个")]
            want.append((project, f"指标{k}"))
            k += 1
        r0 += n
    doc = _composed(tmp_path, "cut", "示例局2025年部门预算", [
        (filler, 26, [200, 100], dict(title="一般公共预算支出表", unit_raw="单位：万元", kind="general_budget_expenditure"), {}),
        (cells, r0, [90, 60, 60, 60, 100, 70], dict(title="示例局2025年项目支出绩效目标表（预算表11）", unit_raw="单位：万元"),
         dict(repeat=(0, 1)))])
    grid = next(t for t in doc.tables if "绩效" in (t.title or ""))
    assert grid.page_last > grid.page_first  # (the page break the test is about)
    assert [(i["project_name"], i["name"]) for i in P.indicators(doc)] == want
    assert sorted(p["project_name"] for p in P.projects(doc)) == ["农田管护", "疫病防控"]


def test_target_split_under_a_two_row_header_with_a_comparator_column(tmp_path):
    # 指标值 merged over 比较符 | 数值 | 计量单位, 定性 in the comparator column, 权重 merged down:
    # the target is the three cells joined, not the comparator cell alone.
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 5, "抽检监测"),
             (1, 0, 2, 1, "一级指标"), (1, 1, 2, 1, "二级指标"), (1, 2, 2, 1, "三级指标"), (1, 3, 1, 3, "指标值"),
             (1, 6, 2, 1, "权重"), (2, 3, 1, 1, "比较符"), (2, 4, 1, 1, "数值"), (2, 5, 1, 1, "计量单位"),
             (3, 0, 2, 1, "产出指标"), (3, 1, 1, 1, "数量指标"), (3, 2, 1, 1, "抽检批次"), (3, 3, 1, 1, "≥"),
             (3, 4, 1, 1, "2600"), (3, 5, 1, 1, "批次"), (3, 6, 1, 1, "50"),
             (4, 1, 1, 1, "质量指标"), (4, 2, 1, 1, "风险防控能力"), (4, 3, 1, 1, "定性"), (4, 4, 1, 1, "显著提升"),
             (4, 5, 1, 1, ""), (4, 6, 1, 1, "50")]
    doc = _doc(tmp_path / "cmp.pdf", [_spec("2025年项目绩效目标表", cells, 5, [62, 86, 120, 48, 60, 58, 36])])
    assert [(i["name"], i["target_raw"]) for i in P.indicators(doc)] == \
        [("抽检批次", "≥2600批次"), ("风险防控能力", "定性显著提升")]


def test_names_only_grid_with_row_numbers_weights_in_percent_and_a_note_column(tmp_path):
    # 序号 | 绩效指标 | 指标值 | 权重（%） | 指标说明: only the 三级 names, no levels; the form's
    # one sum is 项目资金总额 (a one-year project): the year's money.
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 4, "居家养老"),
             (1, 0, 1, 1, "项目资金总额（万元）"), (1, 1, 1, 1, "186.00"), (1, 2, 1, 1, "其中：财政资金（万元）"),
             (1, 3, 1, 2, "160.00"),
             (2, 0, 1, 1, "其他资金（万元）"), (2, 1, 1, 1, "26.00"), (2, 2, 1, 1, "项目期限"), (2, 3, 1, 2, "1年"),
             (3, 0, 1, 1, "序号"), (3, 1, 1, 1, "绩效指标"), (3, 2, 1, 1, "指标值"), (3, 3, 1, 1, "权重（%）"),
             (3, 4, 1, 1, "指标说明"),
             (4, 0, 1, 1, "1"), (4, 1, 1, 1, "服务人数"), (4, 2, 1, 1, "不少于1500人"), (4, 3, 1, 1, "60"),
             (4, 4, 1, 1, "补贴对象名册"),
             (5, 0, 1, 1, "2"), (5, 1, 1, 1, "老年人生活质量"), (5, 2, 1, 1, "有效提高"), (5, 3, 1, 1, "40"),
             (5, 4, 1, 1, "回访了解")]
    doc = _doc(tmp_path / "l3.pdf", [_spec("项目支出绩效目标表", cells, 6, [110, 130, 100, 70, 90])])
    assert [(i["project_name"], i["name"], i["target_raw"], i["level1"]) for i in P.indicators(doc)] == \
        [("居家养老", "服务人数", "不少于1500人", None), ("居家养老", "老年人生活质量", "有效提高", None)]
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("1860000.00"), Decimal("1600000.00"))


def test_unit_name_field_after_the_project_name_is_the_same_form(tmp_path):
    # A 二级单位's self-evaluation: 项目名称, then 单位名称 | <unit> | 主管部门 | <parent>; its
    # money heads 全年预算数（A） | 全年执行数（B） | 执行率（B/A） with no 年初预算数.
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 5, "远程诊疗"),
             (1, 0, 1, 1, "单位名称"), (1, 1, 1, 2, "示例医院"), (1, 3, 1, 1, "主管部门"), (1, 4, 1, 2, "示例局"),
             (2, 0, 3, 1, "项目资金（元）"), (2, 1, 1, 1, ""), (2, 2, 1, 1, "全年预算数（A）"), (2, 3, 1, 1, "全年执行数（B）"),
             (2, 4, 1, 1, "执行率（B/A）"), (2, 5, 1, 1, "得分"),
             (3, 1, 1, 1, "年度资金总额"), (3, 2, 1, 1, "2,360,000.00"), (3, 3, 1, 1, "2,218,400.00"), (3, 4, 1, 1, "94.00%"),
             (3, 5, 1, 1, "9.40"),
             (4, 1, 1, 1, "其中：财政拨款"), (4, 2, 1, 1, "2,000,000.00"), (4, 3, 1, 1, "1,880,000.00"), (4, 4, 1, 1, "—"),
             (4, 5, 1, 1, "—"),
             (5, 0, 1, 1, "一级指标"), (5, 1, 1, 1, "二级指标"), (5, 2, 1, 1, "三级指标"), (5, 3, 1, 1, "年度指标值"),
             (5, 4, 1, 1, "实际完成值"), (5, 5, 1, 1, "得分"),
             (6, 0, 1, 1, "产出指标"), (6, 1, 1, 1, "数量指标"), (6, 2, 1, 1, "远程会诊室"), (6, 3, 1, 1, "≥8间"),
             (6, 4, 1, 1, "8间"), (6, 5, 1, 1, "90"),
             (7, 0, 1, 4, "总分"), (7, 4, 1, 1, "100"), (7, 5, 1, 1, "99.40"),
             (8, 0, 1, 4, "绩效评价等级"), (8, 4, 1, 2, "优")]
    doc = _doc(tmp_path / "unit.pdf", [_spec("项目支出绩效自评表", cells, 9, [70, 90, 90, 90, 70, 60],
                                             kind="performance_self_evaluation")])
    assert [(i["project_name"], i["name"]) for i in P.indicators(doc)] == [("远程诊疗", "远程会诊室")]
    (ev,) = P.self_evaluations(doc)
    assert (ev["project_name"], ev["budget_yuan"], ev["executed_yuan"], ev["score"], ev["grade"]) == \
        ("远程诊疗", Decimal("2360000.00"), Decimal("2218400.00"), 99.4, "优")
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("2360000.00"), Decimal("2000000.00"))


def test_turned_money_block_reads_the_parts_in_the_full_year_budget_row(tmp_path):
    # Money heads across (年度资金总额 | 其中：财政拨款 | 其他资金), periods down (年初预算数 /
    # 全年预算数 / 全年执行数): the project's money is the 全年预算数 row's, not the row under the heads.
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 3, "公路养护"),
             (1, 0, 4, 1, "项目资金（元）"), (1, 1, 1, 1, ""), (1, 2, 1, 1, "年度资金总额"), (1, 3, 1, 1, "其中：财政拨款"),
             (1, 4, 1, 1, "其他资金"),
             (2, 1, 1, 1, "年初预算数"), (2, 2, 1, 1, "540.00"), (2, 3, 1, 1, "500.00"), (2, 4, 1, 1, "40.00"),
             (3, 1, 1, 1, "全年预算数"), (3, 2, 1, 1, "560.00"), (3, 3, 1, 1, "520.00"), (3, 4, 1, 1, "40.00"),
             (4, 1, 1, 1, "全年执行数"), (4, 2, 1, 1, "548.80"), (4, 3, 1, 1, "510.40"), (4, 4, 1, 1, "38.40"),
             (5, 0, 1, 1, "一级指标"), (5, 1, 1, 1, "二级指标"), (5, 2, 1, 1, "三级指标"), (5, 3, 1, 1, "年度指标值"),
             (5, 4, 1, 1, "得分"),
             (6, 0, 1, 1, "产出指标"), (6, 1, 1, 1, "数量指标"), (6, 2, 1, 1, "养护里程"), (6, 3, 1, 1, "≥180公里"),
             (6, 4, 1, 1, "90"),
             (7, 0, 1, 3, "总分"), (7, 3, 1, 2, "98.00")]
    doc = _doc(tmp_path / "turned.pdf", [_spec("项目支出绩效自评表", cells, 8, [70, 80, 90, 90, 80],
                                               kind="performance_self_evaluation")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("560.00"), Decimal("520.00"))
    (ev,) = P.self_evaluations(doc)
    assert (ev["budget_yuan"], ev["executed_yuan"]) == (Decimal("560.00"), Decimal("548.80"))


def test_comparator_column_headed_comparison_relation(tmp_path):
    # 比较关系 | 目标值 | 计量单位 split over columns: joined in reading order, the words parsed
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 4, "企业培育"),
             (1, 0, 1, 1, "三级指标"), (1, 1, 1, 1, "比较关系"), (1, 2, 1, 1, "目标值"), (1, 3, 1, 1, "计量单位"),
             (1, 4, 1, 1, "权重"),
             (2, 0, 1, 1, "入库企业数"), (2, 1, 1, 1, "大于等于"), (2, 2, 1, 1, "1200"), (2, 3, 1, 1, "家"),
             (2, 4, 1, 1, "15"),
             (3, 0, 1, 1, "兑现时限"), (3, 1, 1, 1, "小于等于"), (3, 2, 1, 1, "60"), (3, 3, 1, 1, "天"), (3, 4, 1, 1, "10"),
             (4, 0, 1, 1, "创新生态"), (4, 1, 1, 1, "定性"), (4, 2, 1, 1, "持续优化"), (4, 3, 1, 1, ""), (4, 4, 1, 1, "10")]
    doc = _doc(tmp_path / "rel.pdf", [_spec("项目支出绩效目标表", cells, 5, [120, 70, 70, 70, 50])])
    assert [(i["target_raw"], i["comparator"], i["value"], i["unit"]) for i in P.indicators(doc)] == \
        [("大于等于1200家", ">=", 1200, "家"), ("小于等于60天", "<=", 60, "天"),
         ("定性持续优化", "qualitative", None, None)]


def test_midterm_block_titled_above_its_header_gives_way_to_the_year_block(tmp_path):
    # 中期绩效指标（…） and 年度绩效指标（…） printed as title rows across the grid, each over
    # its own header: the year's targets are the form's
    head = [(0, 0, 1, 1, "一级指标"), (0, 1, 1, 1, "二级指标"), (0, 2, 1, 1, "三级指标"), (0, 3, 1, 1, "指标值")]
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "校园安防"),
             (1, 0, 1, 4, "中期绩效指标（2024年-2026年）"),
             *[(r + 2, c, rs, cs, t) for r, c, rs, cs, t in head],
             (3, 0, 1, 1, "产出指标"), (3, 1, 1, 1, "数量指标"), (3, 2, 1, 1, "升级学校数"), (3, 3, 1, 1, "≥90所"),
             (4, 0, 1, 4, "年度绩效指标（2025年）"),
             *[(r + 5, c, rs, cs, t) for r, c, rs, cs, t in head],
             (6, 0, 1, 1, "产出指标"), (6, 1, 1, 1, "数量指标"), (6, 2, 1, 1, "升级学校数"), (6, 3, 1, 1, "≥32所")]
    doc = _doc(tmp_path / "mid.pdf", [_spec("项目支出绩效目标表", cells, 7, [90, 90, 130, 90])])
    assert [(i["name"], i["target_raw"]) for i in P.indicators(doc)] == [("升级学校数", "≥32所")]


def test_project_named_in_a_caption_above_each_page_grid_starts_a_form(tmp_path):
    # One form a page, same title, its 项目名称：… printed above the grid: a grid under another
    # project's caption is that project's form, not the page before continued
    def grid(name, target):
        return [(0, 0, 1, 1, "一级指标"), (0, 1, 1, 1, "二级指标"), (0, 2, 1, 1, "三级指标"), (0, 3, 1, 1, "指标值"),
                (1, 0, 1, 1, "产出指标"), (1, 1, 1, 1, "数量指标"), (1, 2, 1, 1, name), (1, 3, 1, 1, target)]
    specs = [replace(_spec("项目支出绩效目标表", grid(n, t), 2, [90, 90, 130, 90]), editor=f"项目名称：{p}")
             for p, n, t in (("救助补助", "保障人数", "≥4200人"), ("养老服务", "新建站点", "≥6个"))]
    doc = _doc(tmp_path / "cap.pdf", specs)
    assert [(i["project_name"], i["name"]) for i in P.indicators(doc)] == \
        [("救助补助", "保障人数"), ("养老服务", "新建站点")]


def test_heads_over_one_values_row_then_a_grid_is_a_form_not_a_list(tmp_path):
    # 项目名称 | 项目金额（元） | 其中：财政资金 over one row of values, then the grid's own
    # header (三级 | 指标值 | 一级 | 二级, levels right of the name)
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 1, "项目金额（元）"), (0, 3, 1, 1, "其中：财政资金"),
             (1, 0, 1, 2, "网格化管理"), (1, 2, 1, 1, "680,000.00"), (1, 3, 1, 1, "600,000.00"),
             (2, 0, 1, 1, "三级指标"), (2, 1, 1, 1, "指标值"), (2, 2, 1, 1, "一级指标"), (2, 3, 1, 1, "二级指标"),
             (3, 0, 1, 1, "网格员人数"), (3, 1, 1, 1, "≥85人"), (3, 2, 1, 1, "产出指标"), (3, 3, 1, 1, "数量指标"),
             (4, 0, 1, 1, "办结率"), (4, 1, 1, 1, "≥95%"), (4, 2, 1, 1, "产出指标"), (4, 3, 1, 1, "质量指标")]
    doc = _doc(tmp_path / "cq.pdf", [_spec("项目支出绩效目标表（1）", cells, 5, [120, 80, 110, 110])])
    assert [(i["project_name"], i["name"], i["target_raw"], i["level1"], i["level2"]) for i in P.indicators(doc)] == \
        [("网格化管理", "网格员人数", "≥85人", "output", "quantity"), ("网格化管理", "办结率", "≥95%", "output", "quality")]
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("680000.00"), Decimal("600000.00"))


def test_fiscal_part_named_with_its_full_year_budget_wins(tmp_path):
    # 其中：财政拨款 | 1,500.00 (under 年初预算数) | 财政拨款全年预算数 | 1,480.00: the latter
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 5, "农田建设"),
             (1, 0, 1, 1, "年初预算数（万元）"), (1, 1, 1, 1, "1,500.00"), (1, 2, 1, 1, "全年预算数（万元）"),
             (1, 3, 1, 1, "1,480.00"), (1, 4, 1, 1, "全年执行数（万元）"), (1, 5, 1, 1, "1,452.30"),
             (2, 0, 1, 1, "其中：财政拨款"), (2, 1, 1, 1, "1,500.00"), (2, 2, 1, 1, "财政拨款全年预算数"),
             (2, 3, 1, 1, "1,480.00"), (2, 4, 1, 1, "财政拨款执行数"), (2, 5, 1, 1, "1,452.30"),
             (3, 0, 1, 1, "二级指标"), (3, 1, 1, 1, "三级指标"), (3, 2, 1, 1, "年度指标值"), (3, 3, 1, 1, "实际完成值"),
             (3, 4, 1, 1, "分值"), (3, 5, 1, 1, "得分"),
             (4, 0, 1, 1, "数量指标"), (4, 1, 1, 1, "新建面积"), (4, 2, 1, 1, "≥1.2万亩"), (4, 3, 1, 1, "1.23万亩"),
             (4, 4, 1, 1, "100"), (4, 5, 1, 1, "100"),
             (5, 0, 1, 4, "总分"), (5, 4, 1, 1, "100"), (5, 5, 1, 1, "100")]
    doc = _doc(tmp_path / "jx.pdf", [replace(_spec("项目支出绩效自评表", cells, 6, [90, 80, 100, 80, 90, 70],
                                                   kind="performance_self_evaluation"),
                                             unit_raw="单位：万元", unit="wan_yuan")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("14800000.00"), Decimal("14800000.00"))


def test_level_cell_cut_under_a_header_merged_over_money_sub_heads(tmp_path):
    # 序号 | 项目名称 | 项目资金 (over 合计 | 财政拨款) | 一级 | 二级 | 三级 | 指标值, the heads merged
    # down over the sub-heads' row and repeated on each page; a merged 一级 cell cut by the
    # page break prints its level in the part on the next page, under the two header rows
    from cnbudget.demo.form_layouts import Ind, _grid_rows, _Rows
    rows = _Rows()
    for col, head in ((0, "序号"), (1, "项目名称"), (4, "一级指标"), (5, "二级指标"), (6, "三级指标"), (7, "指标值")):
        rows.put(0, col, 2, 1, head)
    rows.put(0, 2, 1, 2, "项目资金（万元）")
    rows.put(1, 2, 1, 1, "合计")
    rows.put(1, 3, 1, 1, "财政拨款")
    want = []
    for n, k in ((1, 29), (2, 6)):  # (the second project's 产出指标 cell is cut, its text below the break)
        inds = [Ind("产出指标", "数量指标", f"指标{n}-{j}", f"≥{j + 1}个", (">=", j + 1, "个")) for j in range(k)] + \
            [Ind("效益指标", "社会效益指标", f"效益{n}", "明显提升", None)]
        r0 = rows.n
        _grid_rows(rows, inds, 4, 5, lambda i: [(6, 1, i.name), (7, 1, i.raw)])
        for col, text in ((0, str(n)), (1, f"项目{n}"), (2, "100.00"), (3, "80.00")):
            rows.put(r0, col, len(inds), 1, text)
        want += [(f"项目{n}", i.name, "output" if i.l1 == "产出指标" else "effect") for i in inds]
    doc = _composed(tmp_path, "cut2", "示例局2025年项目支出绩效目标表", [
        (rows.cells, rows.n, [30, 90, 54, 54, 60, 70, 110, 70],
         dict(title="2025年项目支出绩效目标表", editor="部门名称：示例局", unit_raw="单位：万元"), dict(repeat=(0, 2)))])
    assert [(i["project_name"], i["name"], i["level1"]) for i in P.indicators(doc)] == want


def test_sum_label_naming_its_period_in_brackets_is_the_total(tmp_path):
    # 项目总金额（实施期） | 1,200.00 | 本年度预算 | 400.00: the period printed in brackets after
    # the money word names the multi-year sum as a period word before it does
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "景区提升"),
             (1, 0, 1, 1, "项目总金额（实施期）"), (1, 1, 1, 1, "1,200.00"), (1, 2, 1, 1, "本年度预算"),
             (1, 3, 1, 1, "400.00"),
             (2, 0, 1, 1, "其中：财政资金"), (2, 1, 1, 1, "400.00"), (2, 2, 1, 1, "其他资金"), (2, 3, 1, 1, "0.00"),
             (3, 0, 1, 1, "二级指标"), (3, 1, 1, 1, "三级指标"), (3, 2, 1, 1, "指标值"), (3, 3, 1, 1, "指标值确定依据"),
             (4, 0, 1, 1, "数量指标"), (4, 1, 1, 1, "改造景区步道"), (4, 2, 1, 1, "≥4.5公里"), (4, 3, 1, 1, "行业标准")]
    doc = _doc(tmp_path / "nx.pdf", [replace(_spec("项目支出绩效目标表", cells, 5, [110, 150, 110, 120]),
                                             unit_raw="单位：万元", unit="wan_yuan")])
    (p,) = P.projects(doc)
    assert (p["total_amount_yuan"], p["amount_yuan"], p["fiscal_amount_yuan"]) == \
        (Decimal("12000000.00"), Decimal("4000000.00"), Decimal("4000000.00"))


def test_year_arrangement_head_beside_the_project_sum(tmp_path):
    # 项目总额 | 本年安排 | 财政拨款 heads over one row of amounts: 本年安排 (本年度安排) is the
    # year's money, so 项目总额 beside it is the project's total
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "食品抽检"),
             (1, 0, 1, 1, "项目总额"), (1, 1, 1, 1, "本年安排"), (1, 2, 1, 1, "财政拨款"), (1, 3, 1, 1, "实施单位"),
             (2, 0, 1, 1, "360.00"), (2, 1, 1, 1, "180.00"), (2, 2, 1, 1, "180.00"), (2, 3, 1, 1, "示例局"),
             (3, 0, 1, 1, "一级指标"), (3, 1, 1, 1, "二级指标"), (3, 2, 1, 1, "三级指标"), (3, 3, 1, 1, "指标值"),
             (4, 0, 1, 1, "产出指标"), (4, 1, 1, 1, "数量指标"), (4, 2, 1, 1, "抽检批次"), (4, 3, 1, 1, "≥4800批次")]
    doc = _doc(tmp_path / "fz.pdf", [replace(_spec("项目支出绩效目标表", cells, 5, [90, 90, 150, 110]),
                                             unit_raw="单位：万元", unit="wan_yuan")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["total_amount_yuan"], p["fiscal_amount_yuan"]) == \
        (Decimal("1800000.00"), Decimal("3600000.00"), Decimal("1800000.00"))


def test_forms_following_on_the_page_read_in_the_unit_printed_above_the_first(tmp_path):
    # one title and one 单位：万元 line above the first of several forms printed down the
    # page: the forms after it, with no caption of their own, are in that unit too
    grids = []
    for n, (project, amount) in enumerate((("抽检监测", "180.00"), ("设备监察", "96.00"), ("知识产权", "150.00"))):
        cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, project),
                 (1, 0, 1, 1, "本年安排"), (1, 1, 1, 1, "财政拨款"), (1, 2, 1, 2, "实施单位"),
                 (2, 0, 1, 1, amount), (2, 1, 1, 1, amount), (2, 2, 1, 2, "示例局"),
                 (3, 0, 1, 1, "一级指标"), (3, 1, 1, 1, "二级指标"), (3, 2, 1, 1, "三级指标"), (3, 3, 1, 1, "指标值"),
                 (4, 0, 1, 1, "产出指标"), (4, 1, 1, 1, "数量指标"), (4, 2, 1, 1, "检查台次"), (4, 3, 1, 1, "≥260台次")]
        grids.append((cells, 5, [90, 90, 150, 110],
                      dict(title="2025年项目支出绩效目标表" if n == 0 else "", editor="单位：万元" if n == 0 else ""),
                      dict(fresh_page=n == 0)))
    doc = _composed(tmp_path, "onepage", "示例局2025年部门预算", grids)
    assert sorted((p["project_name"], p["amount_yuan"], p["fiscal_amount_yuan"]) for p in P.projects(doc)) == [
        ("抽检监测", Decimal("1800000.00"), Decimal("1800000.00")),
        ("知识产权", Decimal("1500000.00"), Decimal("1500000.00")),
        ("设备监察", Decimal("960000.00"), Decimal("960000.00"))]


def test_sum_closing_sources_listed_down_a_column_is_the_year(tmp_path):
    # 项目资金（万元） merged down beside 资金来源 | 金额, then one row per source (中央 / 省级 /
    # 市级 / 区级) and 合计: the 合计 under the 资金来源 head is the year's money
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "饮水工程"),
             (1, 0, 4, 1, "项目资金（万元）"), (1, 1, 1, 1, "资金来源"), (1, 2, 1, 2, "金额"),
             (2, 1, 1, 1, "中央资金"), (2, 2, 1, 2, "420.00"), (3, 1, 1, 1, "区级资金"), (3, 2, 1, 2, "280.00"),
             (4, 1, 1, 1, "合计"), (4, 2, 1, 2, "700.00"),
             (5, 0, 1, 1, "一级指标"), (5, 1, 1, 1, "二级指标"), (5, 2, 1, 1, "三级指标"), (5, 3, 1, 1, "指标值"),
             (6, 0, 1, 1, "产出指标"), (6, 1, 1, 1, "数量指标"), (6, 2, 1, 1, "新建管网"), (6, 3, 1, 1, "≥85公里")]
    doc = _doc(tmp_path / "ya.pdf", [replace(_spec("项目支出绩效目标表", cells, 7, [90, 90, 150, 110]),
                                             unit_raw="单位：万元", unit="wan_yuan")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["total_amount_yuan"]) == (Decimal("7000000.00"), None)


def test_list_headed_by_the_requested_money_reads_the_year(tmp_path):
    # 项目名称 | 申请资金（万元） | 年度绩效目标 | 一级 | 二级 | 三级 | 指标值, the project's cells
    # merged down its rows: 申请资金 (what the budget asks for) is the year's money
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 1, "申请资金（万元）"), (0, 2, 1, 1, "年度绩效目标"),
             (0, 3, 1, 1, "一级指标"), (0, 4, 1, 1, "二级指标"), (0, 5, 1, 1, "三级指标"), (0, 6, 1, 1, "指标值")]
    for r0, (project, amount) in ((1, ("急救站点建设", "680.50")), (3, ("医师培训", "315.00"))):
        cells += [(r0, 0, 2, 1, project), (r0, 1, 2, 1, amount), (r0, 2, 2, 1, "提升服务能力。"),
                  (r0, 3, 2, 1, "产出指标"), (r0, 4, 1, 1, "数量指标"), (r0, 5, 1, 1, "新增站点"), (r0, 6, 1, 1, "6个"),
                  (r0 + 1, 4, 1, 1, "质量指标"), (r0 + 1, 5, 1, 1, "响应率"), (r0 + 1, 6, 1, 1, "100%")]
    doc = _doc(tmp_path / "fjq.pdf", [replace(_spec("2025年项目支出绩效目标表", cells, 5, [90, 70, 110, 60, 60, 90, 60]),
                                              unit_raw="单位：万元", unit="wan_yuan")])
    assert [(i["project_name"], i["name"]) for i in P.indicators(doc)] == [
        ("急救站点建设", "新增站点"), ("急救站点建设", "响应率"), ("医师培训", "新增站点"), ("医师培训", "响应率")]
    assert sorted((p["project_name"], p["amount_yuan"]) for p in P.projects(doc)) == [
        ("医师培训", Decimal("3150000.00")), ("急救站点建设", Decimal("6805000.00"))]


def test_money_sentence_in_the_caption_line_above_the_grid(tmp_path):
    # "项目资金：356.80万元（其中：财政拨款320.00万元，其他资金36.80万元）" printed between the
    # title and the grid, nowhere in it: the project's money, 项目资金 its one sum
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "农田管护"),
             (1, 0, 1, 1, "一级指标"), (1, 1, 1, 1, "二级指标"), (1, 2, 1, 1, "三级指标"), (1, 3, 1, 1, "指标值"),
             (2, 0, 1, 1, "产出指标"), (2, 1, 1, 1, "数量指标"), (2, 2, 1, 1, "管护面积"), (2, 3, 1, 1, "≥12万亩")]
    grids = [(cells, 3, [80, 100, 160, 130],
              dict(title="2025年度项目支出绩效目标表",
                   editor="项目资金：356.80万元（其中：财政拨款320.00万元，其他资金36.80万元）"), {})]
    doc = _composed(tmp_path, "capmoney", "示例局2025年项目支出绩效目标", grids)
    (p,) = P.projects(doc)
    assert (p["project_name"], p["amount_yuan"], p["fiscal_amount_yuan"], p["total_amount_yuan"]) == \
        ("农田管护", Decimal("3568000.00"), Decimal("3200000.00"), None)


def test_this_years_project_amount_head_in_yuan(tmp_path):
    # 本年度项目金额（元） | 财政资金（元） | 其他资金（元） over one row of plain yuan figures
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "路灯维护"),
             (1, 0, 1, 2, "本年度项目金额（元）"), (1, 2, 1, 1, "财政资金（元）"), (1, 3, 1, 1, "其他资金（元）"),
             (2, 0, 1, 2, "865400.00"), (2, 2, 1, 1, "800000.00"), (2, 3, 1, 1, "65400.00"),
             (3, 0, 1, 1, "二级指标"), (3, 1, 1, 2, "三级指标"), (3, 3, 1, 1, "指标值"),
             (4, 0, 1, 1, "数量指标"), (4, 1, 1, 2, "维护路灯数量"), (4, 3, 1, 1, "≥4.2万盏")]
    doc = _doc(tmp_path / "gds.pdf", [_spec("项目支出绩效目标表", cells, 5, [90, 90, 110, 110])])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("865400.00"), Decimal("800000.00"))


def test_turned_money_block_with_a_dash_above_the_full_year_row(tmp_path):
    # heads 资金总额 | 财政拨款 | 上年结转 across, rows 年初预算数 / 全年预算数 / 全年执行数: a "—"
    # in the 年初 row does not end the 上年结转 column; its 全年预算数 figure is the carried money
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 4, "河湖管护"),
             (1, 0, 4, 1, "项目资金情况（万元）"), (1, 1, 1, 1, "项目"), (1, 2, 1, 1, "资金总额"),
             (1, 3, 1, 1, "财政拨款"), (1, 4, 1, 1, "上年结转"),
             (2, 1, 1, 1, "年初预算数"), (2, 2, 1, 1, "500.00"), (2, 3, 1, 1, "500.00"), (2, 4, 1, 1, "—"),
             (3, 1, 1, 1, "全年预算数"), (3, 2, 1, 1, "620.00"), (3, 3, 1, 1, "520.00"), (3, 4, 1, 1, "100.00"),
             (4, 1, 1, 1, "全年执行数"), (4, 2, 1, 1, "588.32"), (4, 3, 1, 1, "496.10"), (4, 4, 1, 1, "92.22"),
             (5, 0, 1, 1, "一级指标"), (5, 1, 1, 1, "二级指标"), (5, 2, 1, 1, "三级指标"), (5, 3, 1, 1, "指标值"),
             (5, 4, 1, 1, "实际值"),
             (6, 0, 1, 1, "产出指标"), (6, 1, 1, 1, "数量指标"), (6, 2, 1, 1, "巡查次数"), (6, 3, 1, 1, "≥1200次"),
             (6, 4, 1, 1, "1350次")]
    doc = _doc(tmp_path / "hcd.pdf", [replace(_spec("项目支出绩效自评表", cells, 7, [90, 80, 110, 80, 80],
                                                    kind="performance_self_evaluation"),
                                              unit_raw="单位：万元", unit="wan_yuan")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("6200000.00"), Decimal("5200000.00"), Decimal("1000000.00"))


def test_fiscal_part_read_in_the_current_year_row_apart_from_the_carried(tmp_path):
    # heads 资金总额 | 财政拨款 | 其他资金 over rows 合计 / 其中：当年预算 / 上年结转: the 合计 row's
    # 财政拨款 holds the carried fiscal money too; the fiscal part (as 其中：当年财政拨款 of a
    # self-evaluation) is the 当年预算 row's, the carried one the 上年结转 row's
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "公交补贴"),
             (1, 0, 4, 1, "项目资金（万元）"), (1, 1, 1, 1, ""), (1, 2, 1, 1, "资金总额"), (1, 3, 1, 1, "财政拨款"),
             (1, 4, 1, 1, "其他资金"),
             (2, 1, 1, 1, "合计"), (2, 2, 1, 1, "980.00"), (2, 3, 1, 1, "900.00"), (2, 4, 1, 1, "80.00"),
             (3, 1, 1, 1, "其中：当年预算"), (3, 2, 1, 1, "860.00"), (3, 3, 1, 1, "780.00"), (3, 4, 1, 1, "80.00"),
             (4, 1, 1, 1, "上年结转"), (4, 2, 1, 1, "120.00"), (4, 3, 1, 1, "120.00"), (4, 4, 1, 1, "0.00"),
             (5, 0, 1, 1, "一级指标"), (5, 1, 1, 1, "二级指标"), (5, 2, 1, 1, "三级指标"), (5, 3, 1, 2, "指标值"),
             (6, 0, 1, 1, "产出指标"), (6, 1, 1, 1, "数量指标"), (6, 2, 1, 1, "运营线路"), (6, 3, 1, 2, "≥86条")]
    doc = _doc(tmp_path / "jsx.pdf", [replace(_spec("项目支出绩效目标表", cells, 7, [90, 90, 90, 90, 90]),
                                              unit_raw="单位：万元", unit="wan_yuan")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("9800000.00"), Decimal("7800000.00"), Decimal("1200000.00"))


def _letter_graded(grade: str, key: str | None):
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 4, "干线养护"),
             (1, 0, 1, 1, "全年预算数"), (1, 1, 1, 1, "1,000,000.00"), (1, 2, 1, 1, "全年执行数"),
             (1, 3, 1, 2, "950,000.00"),
             (2, 0, 1, 1, "二级指标"), (2, 1, 1, 1, "三级指标"), (2, 2, 1, 1, "年度指标值"), (2, 3, 1, 1, "实际完成值"),
             (2, 4, 1, 1, "得分"),
             (3, 0, 1, 1, "数量指标"), (3, 1, 1, 1, "养护里程"), (3, 2, 1, 1, "≥400公里"), (3, 3, 1, 1, "412公里"),
             (3, 4, 1, 1, "86"),
             (4, 0, 1, 3, "总分"), (4, 3, 1, 2, "86"),
             (5, 0, 1, 3, "自评等级"), (5, 3, 1, 2, grade)]
    if key:
        cells.append((6, 0, 1, 5, key))
    return _spec("项目支出绩效自评表", cells, 7 if key else 6, [90, 110, 90, 90, 60], kind="performance_self_evaluation")


def test_letter_grade_reads_through_the_key_the_form_prints(tmp_path):
    # 自评等级 | B, and under the form 说明：A为优…B为良…: the letter is read through that key;
    # a letter with no key printed is no grade (a key is never guessed)
    doc = _doc(tmp_path / "ln.pdf", [_letter_graded("B", "说明：自评等级A为优（90分及以上），B为良（80（含）-90分），"
                                                        "C为中（60（含）-80分），D为差（60分以下）。")])
    (ev,) = P.self_evaluations(doc)
    assert (ev["score"], ev["grade"]) == (86.0, "良")
    doc = _doc(tmp_path / "ln2.pdf", [_letter_graded("B", "注：等级划分 A（优秀） B（中等） C（较差）")])
    assert [e["grade"] for e in P.self_evaluations(doc)] == ["中"]
    doc = _doc(tmp_path / "ln3.pdf", [_letter_graded("B", None)])
    assert [e["grade"] for e in P.self_evaluations(doc)] == [None]


def test_list_money_head_over_this_years_appropriation_and_carried(tmp_path):
    # 项目名称 | 项目金额 over 合计 | 本年拨款 | 上年结转 | 年度绩效目标 | grid: 本年拨款 (the
    # year's appropriation) is the fiscal part, 上年结转 the carried one
    from cnbudget.demo.form_layouts import _Rows
    rows = _Rows()
    for col, head in ((0, "项目名称"), (4, "年度绩效目标"), (5, "一级指标"), (6, "二级指标"), (7, "三级指标"),
                      (8, "指标值")):
        rows.put(0, col, 2, 1, head)
    rows.put(0, 1, 1, 3, "项目金额（万元）")
    for col, head in ((1, "合计"), (2, "本年拨款"), (3, "上年结转")):
        rows.put(1, col, 1, 1, head)
    for col, text in ((0, "黑土地保护"), (1, "8,600.00"), (2, "8,000.00"), (3, "600.00"), (4, "耕地质量稳步提升。")):
        rows.put(2, col, 2, 1, text)
    rows.put(2, 5, 2, 1, "产出指标")
    rows.put(2, 6, 1, 1, "数量指标")
    rows.put(2, 7, 1, 1, "保护性耕作面积")
    rows.put(2, 8, 1, 1, "≥3000万亩")
    rows.put(3, 6, 1, 1, "质量指标")
    rows.put(3, 7, 1, 1, "抽检合格率")
    rows.put(3, 8, 1, 1, "≥95%")
    doc = _composed(tmp_path, "hlj", "示例局2025年部门预算", [
        (rows.cells, rows.n, [80, 54, 54, 54, 100, 60, 60, 100, 70],
         dict(title="2025年项目支出绩效目标表", editor="部门名称：示例局", unit_raw="单位：万元"), {})])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("86000000.00"), Decimal("80000000.00"), Decimal("6000000.00"))


def test_fiscal_head_over_its_subtotal_and_sources(tmp_path):
    # 项目资金 | 合计 | 财政拨款 (over 小计 | 一般公共预算 | 政府性基金) | 其他资金, the amounts in
    # the row below: the fiscal money is the figure under the 财政拨款 head's 小计
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 5, "旅游推广"),
             (1, 0, 3, 1, "项目资金"), (1, 1, 2, 1, "合计"), (1, 2, 1, 3, "财政拨款"), (1, 5, 2, 1, "其他资金"),
             (2, 2, 1, 1, "小计"), (2, 3, 1, 1, "一般公共预算"), (2, 4, 1, 1, "政府性基金"),
             (3, 1, 1, 1, "32,000,000.00"), (3, 2, 1, 1, "30,000,000.00"), (3, 3, 1, 1, "26,000,000.00"),
             (3, 4, 1, 1, "4,000,000.00"), (3, 5, 1, 1, "2,000,000.00"),
             (4, 0, 1, 1, "一级指标"), (4, 1, 1, 1, "二级指标"), (4, 2, 1, 2, "三级指标"), (4, 4, 1, 2, "指标值"),
             (5, 0, 1, 1, "产出指标"), (5, 1, 1, 1, "数量指标"), (5, 2, 1, 2, "推介活动"), (5, 4, 1, 2, "≥15场")]
    doc = _doc(tmp_path / "hi.pdf", [_spec("项目支出绩效目标表", cells, 6, [70, 90, 90, 90, 90, 80])])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("32000000.00"), Decimal("30000000.00"))


def test_list_headed_by_this_years_budget_beside_a_fund_nature_column(tmp_path):
    # 序号 | 实施单位 | 项目名称 | 本年预算（万元） | 资金性质 | 年度绩效目标 | grid, project cells merged:
    # 本年预算 is the year's sum; 资金性质 (一般公共预算 / 政府性基金) names a source, no fiscal part
    from cnbudget.demo.form_layouts import _Rows
    rows = _Rows()
    for col, head in enumerate(("序号", "实施单位", "项目名称", "本年预算（万元）", "资金性质", "年度绩效目标",
                                "一级指标", "二级指标", "三级指标", "指标值")):
        rows.put(0, col, 1, 1, head)
    for col, text in enumerate(("1", "示例局", "背街小巷整治", "215.60", "一般公共预算", "整治背街小巷。")):
        rows.put(1, col, 2, 1, text)
    rows.put(1, 6, 2, 1, "产出指标")
    for r, (l2, name, raw) in enumerate((("数量指标", "整治巷道长度", "≥12公里"), ("质量指标", "验收合格率", "100%")), 1):
        rows.put(r, 7, 1, 1, l2)
        rows.put(r, 8, 1, 1, name)
        rows.put(r, 9, 1, 1, raw)
    doc = _composed(tmp_path, "heb", "示例局2024年项目支出绩效目标表", [
        (rows.cells, rows.n, [30, 70, 80, 58, 58, 100, 56, 60, 100, 70],
         dict(title="2024年项目支出绩效目标表", editor="部门：示例局", unit_raw="单位：万元", landscape=True), {})])
    assert [(i["project_name"], i["name"]) for i in P.indicators(doc)] == \
        [("背街小巷整治", "整治巷道长度"), ("背街小巷整治", "验收合格率")]
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("2156000.00"), None)


def test_money_printed_as_lines_in_one_cell(tmp_path):
    # 项目资金 | one cell of lines (年度资金总额：x万元 / 其中：财政拨款：y万元 / 其他资金：z万元):
    # each line is a label：value pair though the lines run together once the cell is read;
    # figures with their unit, without one (the unit in the block label), or the unit in the
    # line's label (年度资金总额（万元）：x) are read alike
    def form(name: str, label: str, money: str) -> TableSpec:
        cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, name), (1, 0, 1, 1, label), (1, 1, 1, 3, money),
                 (2, 0, 1, 1, "一级指标"), (2, 1, 1, 1, "二级指标"), (2, 2, 1, 1, "三级指标"), (2, 3, 1, 1, "指标值"),
                 (3, 0, 1, 1, "产出指标"), (3, 1, 1, 1, "数量指标"), (3, 2, 1, 1, "补助院落数量"), (3, 3, 1, 1, "≥42个")]
        return _spec("项目支出绩效目标表", cells, 4, [90, 90, 150, 80])
    doc = _doc(tmp_path / "lines.pdf", [
        form("院落物业补助", "项目资金", "年度资金总额：126.40万元\n其中：财政拨款：110.00万元\n其他资金：16.40万元"),
        form("应急演练", "项目资金（万元）", "资金总额：64.80\n其中：财政资金：60.00\n上年结转：4.80"),
        form("社区治理", "项目资金", "年度资金总额（万元）：85.00\n其中：财政拨款（万元）：80.00\n其他资金（万元）：5.00"),
        form("文化活动", "项目资金", "年度资金总额 42.00 万元\n其中 财政拨款 40.00 万元\n上年结转 2.00 万元"),
    ])
    got = {p["project_name"]: (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) for p in P.projects(doc)}
    assert got == {
        "院落物业补助": (Decimal("1264000.00"), Decimal("1100000.00"), None),
        "应急演练": (Decimal("648000.00"), Decimal("600000.00"), Decimal("48000.00")),
        "社区治理": (Decimal("850000.00"), Decimal("800000.00"), None),
        "文化活动": (Decimal("420000.00"), Decimal("400000.00"), Decimal("20000.00")),
    }


def test_self_evaluation_actual_spending_head_is_the_executed_amount(tmp_path):
    # 资金情况 heads 年初预算数 | 调整后预算数 | 实际支出数 | 执行率 | 得分 over 年度资金总额 /
    # 其中：财政拨款 rows: 实际支出数 (what was actually spent) is the executed amount
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 5, "残疾人补贴"),
             (1, 0, 3, 1, "资金情况（元）"), (1, 1, 1, 1, ""), (1, 2, 1, 1, "年初预算数"), (1, 3, 1, 1, "调整后预算数"),
             (1, 4, 1, 1, "实际支出数"), (1, 5, 1, 1, "执行率"), (1, 6, 1, 1, "得分"),
             (2, 1, 1, 1, "年度资金总额"), (2, 2, 1, 1, "960,000.00"), (2, 3, 1, 1, "1,024,000.00"),
             (2, 4, 1, 1, "1,018,656.00"), (2, 5, 1, 1, "99.48%"), (2, 6, 1, 1, "9.95"),
             (3, 1, 1, 1, "其中：财政拨款"), (3, 2, 1, 1, "960,000.00"), (3, 3, 1, 1, "1,024,000.00"),
             (3, 4, 1, 1, "1,018,656.00"), (3, 5, 1, 1, "99.48%"), (3, 6, 1, 1, "—"),
             (4, 0, 1, 1, "一级指标"), (4, 1, 1, 1, "二级指标"), (4, 2, 1, 2, "三级指标"), (4, 4, 1, 1, "年度指标值"),
             (4, 5, 1, 1, "实际完成值"), (4, 6, 1, 1, "得分"),
             (5, 0, 1, 1, "产出指标"), (5, 1, 1, 1, "数量指标"), (5, 2, 1, 2, "补贴发放人次"), (5, 4, 1, 1, "≥4万人次"),
             (5, 5, 1, 1, "4.1万人次"), (5, 6, 1, 1, "89"),
             (6, 0, 1, 4, "总分"), (6, 4, 1, 3, "98.95"), (7, 0, 1, 4, "评价等级"), (7, 4, 1, 3, "优秀")]
    doc = _doc(tmp_path / "ah.pdf", [_spec("项目支出绩效自评表", cells, 8, [60, 90, 80, 80, 80, 60, 50],
                                           kind="performance_self_evaluation")])
    (ev,) = P.self_evaluations(doc)
    assert (ev["budget_yuan"], ev["executed_yuan"], ev["score"], ev["grade"]) == \
        (Decimal("1024000.00"), Decimal("1018656.00"), 98.95, "优")


def test_numbered_source_item_carried_over(tmp_path):
    # 项目资金来源 | 资金来源项目 | 金额 over numbered items (1.一般公共预算财政拨款收入, 其中：申请当年
    # 预算拨款, …, 9.上年结转): the numbered 上年结转 item is the carried-over money; the
    # 一般公共预算财政拨款收入 line is the fiscal money (coordinator's ruling: fiscal is the sum
    # of the …财政拨款收入 lines printing an amount)
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "村卫生室运行补助"),
             (1, 0, 1, 1, "项目总预算"), (1, 1, 1, 1, "620.00"), (1, 2, 1, 1, "项目当年预算"), (1, 3, 1, 1, "312.00"),
             (2, 0, 5, 1, "项目资金来源"), (2, 1, 1, 2, "资金来源项目"), (2, 3, 1, 1, "金额"),
             (3, 1, 1, 2, "合计"), (3, 3, 1, 1, "312.00"),
             (4, 1, 1, 2, "1.一般公共预算财政拨款收入"), (4, 3, 1, 1, "264.00"),
             (5, 1, 1, 2, "其中：申请当年预算拨款"), (5, 3, 1, 1, "264.00"),
             (6, 1, 1, 2, "9.上年结转"), (6, 3, 1, 1, "48.00"),
             (7, 0, 1, 1, "年度绩效目标"), (7, 1, 1, 3, "保障村卫生室正常运行。"),
             (8, 0, 1, 1, "一级指标"), (8, 1, 1, 1, "二级指标"), (8, 2, 1, 1, "三级指标"), (8, 3, 1, 1, "指标值"),
             (9, 0, 1, 1, "产出指标"), (9, 1, 1, 1, "数量指标"), (9, 2, 1, 1, "补助村卫生室数量"), (9, 3, 1, 1, "≥296个")]
    doc = _doc(tmp_path / "sd.pdf", [replace(_spec("项目支出绩效目标表", cells, 10, [90, 120, 90, 90]),
                                             unit_raw="单位：万元", unit="wan_yuan")])
    (p,) = P.projects(doc)
    assert (p["total_amount_yuan"], p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("6200000.00"), Decimal("3120000.00"), Decimal("2640000.00"), Decimal("480000.00"))


def test_money_label_synonyms_and_a_line_printing_no_amount(tmp_path):
    # 年度项目资金 / 本年度项目预算 name the year's sum; 其中：本年财政拨款 / 财政拨款资金 / 本年度
    # 财政拨款 the fiscal part; 以前年度结转资金 / 结转结余资金 / 上年结转和结余 the carried one;
    # a line of a money cell printing no amount (上年结转：— / 其他资金：) leaves the others read,
    # and a line naming the year (2025年度资金总额：…) is the year's sum
    def form(name: str, rows) -> TableSpec:
        cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, name)]
        for r, (label, value) in enumerate(rows, 1):
            cells += [(r, 0, 1, 2, label), (r, 2, 1, 2, value)]
        n = len(rows) + 1
        cells += [(n, 0, 1, 1, "一级指标"), (n, 1, 1, 1, "二级指标"), (n, 2, 1, 1, "三级指标"), (n, 3, 1, 1, "指标值"),
                  (n + 1, 0, 1, 1, "产出指标"), (n + 1, 1, 1, 1, "数量指标"), (n + 1, 2, 1, 1, "培训人次"),
                  (n + 1, 3, 1, 1, "≥300人次")]
        return replace(_spec("项目支出绩效目标表", cells, n + 2, [90, 90, 150, 80]), unit_raw="单位：万元", unit="wan_yuan")
    doc = _doc(tmp_path / "syn.pdf", [
        form("技能培训", [("年度项目资金", "120.00"), ("其中：本年财政拨款", "100.00"), ("以前年度结转资金", "20.00")]),
        form("文物保护", [("本年度项目预算", "50.00"), ("其中：财政拨款资金", "45.00"), ("结转结余资金", "5.00")]),
        form("河道保洁", [("年度资金总额", "30.00"), ("其中：本年度财政拨款", "28.00"), ("上年结转和结余", "2.00")]),
        form("科普宣传", [("项目资金", "2025年度资金总额：16.00万元\n其中：财政拨款：16.00万元\n上年结转：—\n其他资金：")]),
    ])
    got = {p["project_name"]: (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) for p in P.projects(doc)}
    wan = lambda *v: tuple(None if x is None else Decimal(x) * 10000 for x in v)  # noqa: E731
    assert got == {"技能培训": wan("120", "100", "20"), "文物保护": wan("50", "45", "5"),
                   "河道保洁": wan("30", "28", "2"), "科普宣传": wan("16", "16", None)}


def test_money_unit_printed_in_the_column_head_of_a_sources_list(tmp_path):
    # 项目资金 merged over 资金来源 | 金额（万元） and rows 合计 / 财政拨款 / 其中：… / 上年结转 /
    # 其他资金, the page printing no 单位 line: the figures are in the unit their column's
    # head prints
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 1, "背街小巷整治"), (0, 2, 1, 1, "项目编号"),
             (0, 3, 1, 1, "1107110225000018"),
             (1, 0, 1, 1, "主管部门"), (1, 1, 1, 1, "城市管理委员会"), (1, 2, 1, 1, "实施单位"), (1, 3, 1, 1, "本级"),
             (2, 0, 6, 1, "项目资金"), (2, 1, 1, 2, "资金来源"), (2, 3, 1, 1, "金额（万元）"),
             (3, 1, 1, 2, "合计"), (3, 3, 1, 1, "860.00"),
             (4, 1, 1, 2, "财政拨款"), (4, 3, 1, 1, "760.00"),
             (5, 1, 1, 2, "其中：一般公共预算"), (5, 3, 1, 1, "700.00"),
             (6, 1, 1, 2, "上年结转"), (6, 3, 1, 1, "100.00"),
             (7, 1, 1, 2, "其他资金"), (7, 3, 1, 1, "0.00"),
             (8, 0, 1, 1, "一级指标"), (8, 1, 1, 1, "二级指标"), (8, 2, 1, 1, "三级指标"), (8, 3, 1, 1, "指标值"),
             (9, 0, 1, 1, "产出指标"), (9, 1, 1, 1, "数量指标"), (9, 2, 1, 1, "整治街巷条数"), (9, 3, 1, 1, "≥120条")]
    doc = _doc(tmp_path / "bj.pdf", [replace(_spec("项目支出绩效目标表", cells, 10, [90, 90, 120, 100]),
                                             unit_raw="", unit=None)])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("8600000.00"), Decimal("7600000.00"), Decimal("1000000.00"))


def test_project_budget_label_is_the_years_money(tmp_path):
    # label | value pairs four to a row: 项目预算（万元） | 620.00 | 其中：财政拨款（万元） | 580.00:
    # the project's 预算 (no period word) is the year's money
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 1, "社区卫生服务中心建设"), (0, 2, 1, 1, "项目编码"),
             (0, 3, 1, 1, "25-0105-0032"),
             (1, 0, 1, 1, "项目预算（万元）"), (1, 1, 1, 1, "620.00"), (1, 2, 1, 1, "其中：财政拨款（万元）"),
             (1, 3, 1, 1, "580.00"),
             (2, 0, 1, 1, "一级指标"), (2, 1, 1, 1, "二级指标"), (2, 2, 1, 1, "三级指标"), (2, 3, 1, 1, "指标值"),
             (3, 0, 1, 1, "产出指标"), (3, 1, 1, 1, "数量指标"), (3, 2, 1, 1, "建设中心数"), (3, 3, 1, 1, "＝4家")]
    doc = _doc(tmp_path / "sh.pdf", [replace(_spec("项目绩效目标表", cells, 4, [110, 140, 130, 100]),
                                             unit_raw="单位：万元", unit="wan_yuan")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("6200000.00"), Decimal("5800000.00"))


def test_fiscal_appropriation_income_lines_of_a_sources_list_add_up(tmp_path):
    # 资金来源项目 | 金额 with 1.一般公共预算财政拨款收入 and 2.政府性基金预算财政拨款收入 each
    # printing an amount, each with its 其中：申请当年预算拨款 line: the fiscal money is the
    # sum of the …财政拨款收入 lines (their 其中 lines are parts, never added again)
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "社区卫生能力提升"),
             (1, 0, 1, 1, "项目总预算"), (1, 1, 1, 1, "1,200.00"), (1, 2, 1, 1, "项目当年预算"), (1, 3, 1, 1, "500.00"),
             (2, 0, 7, 1, "项目资金来源"), (2, 1, 1, 2, "资金来源项目"), (2, 3, 1, 1, "金额"),
             (3, 1, 1, 2, "合计"), (3, 3, 1, 1, "500.00"),
             (4, 1, 1, 2, "1.一般公共预算财政拨款收入"), (4, 3, 1, 1, "300.00"),
             (5, 1, 1, 2, "其中：申请当年预算拨款"), (5, 3, 1, 1, "300.00"),
             (6, 1, 1, 2, "2.政府性基金预算财政拨款收入"), (6, 3, 1, 1, "150.00"),
             (7, 1, 1, 2, "其中：申请当年预算拨款"), (7, 3, 1, 1, "150.00"),
             (8, 1, 1, 2, "9.上年结转"), (8, 3, 1, 1, "50.00"),
             (9, 0, 1, 1, "一级指标"), (9, 1, 1, 1, "二级指标"), (9, 2, 1, 1, "三级指标"), (9, 3, 1, 1, "指标值"),
             (10, 0, 1, 1, "产出指标"), (10, 1, 1, 1, "数量指标"), (10, 2, 1, 1, "改造中心数"), (10, 3, 1, 1, "≥5家")]
    doc = _doc(tmp_path / "wh.pdf", [replace(_spec("项目支出绩效目标申报表", cells, 11, [90, 120, 90, 90]),
                                             unit_raw="单位：万元", unit="wan_yuan")])
    (p,) = P.projects(doc)
    assert (p["total_amount_yuan"], p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("12000000.00"), Decimal("5000000.00"), Decimal("4500000.00"), Decimal("500000.00"))


def _merged_list(heads, projects, widths, *, landscape=True):
    """A project list: ``heads`` one row, then per project (cells merged down over its
    indicator rows, one per indicator) the project's own cells and the grid's."""
    from cnbudget.demo.form_layouts import _Rows
    rows = _Rows()
    for col, head in enumerate(heads):
        rows.put(0, col, 1, 1, head)
    n_own = len(heads) - 4
    for own, inds in projects:
        r0 = rows.n
        for j, (l1, l2, name, raw) in enumerate(inds):
            for col, text in ((n_own, l1), (n_own + 1, l2), (n_own + 2, name), (n_own + 3, raw)):
                rows.put(r0 + j, col, 1, 1, text)
        for col, text in enumerate(own):
            rows.put(r0, col, len(inds), 1, text)
    return rows


def test_list_headed_by_the_projects_total_then_the_year_merged_cells_cut_by_a_page_break(tmp_path):
    # 序号 | 项目名称 | 项目总金额 | 本年预算 | 其中：财政拨款 | 年度绩效目标 | grid | 权重（%）, each
    # project's cells merged down over its rows, the header printed again on the next page:
    # 项目总金额 (the total) heading the column after the names is a list's column all the same
    rows = _merged_list(
        ("序号", "项目名称", "项目总金额", "本年预算", "其中：财政拨款", "年度绩效目标", "一级指标", "二级指标",
         "三级指标", "指标值"),
        [((str(n), f"项目{n}", "860.00", "430.00", "400.00", "改善基层诊疗条件。"),
          [("产出指标", "数量指标", f"指标{n}-{j}", f"≥{j + 1}台") for j in range(9)]) for n in range(1, 5)],
        None)
    for r in range(1, rows.n):  # a 权重 column
        rows.put(r, 10, 1, 1, "10")
    rows.put(0, 10, 1, 1, "权重（%）")
    doc = _composed(tmp_path, "ln", "示例局2025年项目绩效目标表", [
        (rows.cells, rows.n, [26, 70, 56, 56, 60, 120, 50, 60, 104, 70, 40],
         dict(title="2025年项目支出绩效目标表", editor="部门名称：示例局", unit_raw="金额单位：万元", landscape=True),
         dict(repeat=(0, 1)))])
    grid = next(t for t in doc.tables if "绩效" in (t.title or ""))
    assert grid.page_last > grid.page_first  # (the page break the test is about)
    inds = P.indicators(doc)
    assert len(inds) == 36 and {i["project_name"] for i in inds} == {f"项目{n}" for n in range(1, 5)}
    assert all(i["name"].split("-")[0] == "指标" + i["project_name"][2:] for i in inds)
    assert {(p["project_name"], p["total_amount_yuan"], p["amount_yuan"], p["fiscal_amount_yuan"])
            for p in P.projects(doc)} == {(f"项目{n}", Decimal("8600000.00"), Decimal("4300000.00"),
                                          Decimal("4000000.00")) for n in range(1, 5)}


_SPLIT_ROWS = [("保障村级组织数", {"cmp": "等于", "val": "11", "unit": "个"}),
               ("秸秆还田面积", {"cmp": "不少于", "val": "6.5", "unit": "万亩"}),
               ("基层组织服务能力", {"cmp": "定性", "val": "稳步提升", "unit": ""})]


def _split_target_doc(tmp_path, name, head, order, n_head):
    # head: the header cells (row, col, rows, cols, text) over columns 0-2 (levels) and 3-5 (the
    # target split in ``order``); data rows follow the n_head header rows
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 5, "村级组织运转保障经费"),
             (1, 0, 1, 1, "资金总额"), (1, 1, 1, 2, "72.00"), (1, 3, 1, 1, "其中：财政资金"), (1, 4, 1, 2, "72.00")]
    cells += [(r + 2, c, rs, cs, t) for r, c, rs, cs, t in head]
    for k, (ind, parts) in enumerate(_SPLIT_ROWS):
        r = 2 + n_head + k
        cells += [(r, 0, 1, 1, "产出指标"), (r, 1, 1, 1, "数量指标"), (r, 2, 1, 1, ind)]
        cells += [(r, 3 + j, 1, 1, parts[part]) for j, part in enumerate(order)]
    doc = _doc(tmp_path / name, [_spec("项目支出绩效目标表", cells, 2 + n_head + len(_SPLIT_ROWS),
                                       [70, 80, 110, 56, 56, 56])])
    return [(i["name"], i["comparator"], i["value"], i["unit"]) for i in P.indicators(doc)]


_SPLIT_WANT = [("保障村级组织数", "=", 11.0, "个"), ("秸秆还田面积", ">=", 6.5, "万亩"),
               ("基层组织服务能力", "qualitative", None, None)]


def test_split_target_under_a_two_row_head_comparison_value_unit(tmp_path):
    # 绩效指标 over 一级 | 二级 | 三级, 目标值 over 比较方式 | 数值 | 单位 (定性 in the 比较方式
    # column joins the target)
    head = [(0, 0, 1, 3, "绩效指标"), (0, 3, 1, 3, "目标值"),
            (1, 0, 1, 1, "一级指标"), (1, 1, 1, 1, "二级指标"), (1, 2, 1, 1, "三级指标"),
            (1, 3, 1, 1, "比较方式"), (1, 4, 1, 1, "数值"), (1, 5, 1, 1, "单位")]
    assert _split_target_doc(tmp_path, "a.pdf", head, ("cmp", "val", "unit"), 2) == _SPLIT_WANT


def test_split_target_under_a_three_row_head_sign_value_unit(tmp_path):
    # 绩效指标 merged over the grid, 一级 | 二级 | 三级 merged down, 指标值 over 符号 | 数值 | 单位
    head = [(0, 0, 1, 6, "绩效指标"),
            (1, 0, 2, 1, "一级指标"), (1, 1, 2, 1, "二级指标"), (1, 2, 2, 1, "三级指标"), (1, 3, 1, 3, "指标值"),
            (2, 3, 1, 1, "符号"), (2, 4, 1, 1, "数值"), (2, 5, 1, 1, "单位")]
    assert _split_target_doc(tmp_path, "b.pdf", head, ("cmp", "val", "unit"), 3) == _SPLIT_WANT


def test_split_target_in_one_head_row_in_another_order(tmp_path):
    # no merged parent: 一级 | 二级 | 三级 | 数值 | 度量单位 | 比较关系 in one row
    head = [(0, 0, 1, 1, "一级指标"), (0, 1, 1, 1, "二级指标"), (0, 2, 1, 1, "三级指标"),
            (0, 3, 1, 1, "数值"), (0, 4, 1, 1, "度量单位"), (0, 5, 1, 1, "比较关系")]
    assert _split_target_doc(tmp_path, "c.pdf", head, ("val", "unit", "cmp"), 1) == _SPLIT_WANT


def test_split_target_under_a_two_row_year_value_head_unit_first(tmp_path):
    # 一级 | 二级 | 三级 merged down, 年度指标值 over 单位 | 指标方向 | 值
    head = [(0, 0, 2, 1, "一级指标"), (0, 1, 2, 1, "二级指标"), (0, 2, 2, 1, "三级指标"), (0, 3, 1, 3, "年度指标值"),
            (1, 3, 1, 1, "单位"), (1, 4, 1, 1, "指标方向"), (1, 5, 1, 1, "值")]
    assert _split_target_doc(tmp_path, "d.pdf", head, ("unit", "cmp", "val"), 2) == _SPLIT_WANT


def test_self_evaluation_fiscal_income_lines_read_in_the_full_year_budget_column(tmp_path):
    # money rows 年度资金总额 / 一般公共预算财政拨款收入 / 政府性基金预算财政拨款收入 / 上年结转
    # under 年初预算数 | 全年预算数 | 全年执行数: the fiscal money is the sum of the …财政拨款收入
    # lines' 全年预算数 (320 + 180), not their 年初预算数
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 4, "高标准农田建设管护"),
             (1, 0, 5, 1, "资金情况（万元）"), (1, 1, 1, 2, ""), (1, 3, 1, 1, "年初预算数"),
             (1, 4, 1, 1, "全年预算数"), (1, 5, 1, 1, "全年执行数"),
             (2, 1, 1, 2, "年度资金总额"), (2, 3, 1, 1, "540.00"), (2, 4, 1, 1, "560.00"), (2, 5, 1, 1, "548.80"),
             (3, 1, 1, 2, "一般公共预算财政拨款收入"), (3, 3, 1, 1, "300.00"), (3, 4, 1, 1, "320.00"),
             (3, 5, 1, 1, "315.20"),
             (4, 1, 1, 2, "政府性基金预算财政拨款收入"), (4, 3, 1, 1, "180.00"), (4, 4, 1, 1, "180.00"),
             (4, 5, 1, 1, "175.60"),
             (5, 1, 1, 2, "上年结转"), (5, 3, 1, 1, "60.00"), (5, 4, 1, 1, "60.00"), (5, 5, 1, 1, "58.00"),
             (6, 0, 1, 1, "一级指标"), (6, 1, 1, 1, "二级指标"), (6, 2, 1, 1, "三级指标"), (6, 3, 1, 1, "年度指标值"),
             (6, 4, 1, 1, "实际完成值"), (6, 5, 1, 1, "得分"),
             (7, 0, 1, 1, "产出指标"), (7, 1, 1, 1, "数量指标"), (7, 2, 1, 1, "新建高标准农田面积"),
             (7, 3, 1, 1, "≥1.2万亩"), (7, 4, 1, 1, "1.25万亩"), (7, 5, 1, 1, "20")]
    doc = _doc(tmp_path / "heb.pdf", [replace(_spec("项目支出绩效自评表", cells, 8, [70, 110, 90, 70, 70, 70],
                                                    kind="performance_self_evaluation"),
                                              unit_raw="单位：万元", unit="wan_yuan")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("5600000.00"), Decimal("5000000.00"), Decimal("600000.00"))


_GRID_HEADS = ("一级指标", "二级指标", "三级指标", "指标值")
_LIST_HEADS = {
    # 单位名称 before 项目名称, 年度预算 the year's, 年度目标 prose, 分值 after the grid
    "year_budget_after_the_unit": ([(0, k, 1, 1, t) for k, t in enumerate(
        ("序号", "单位名称", "项目名称", "年度预算", "其中：财政拨款", "年度目标", *_GRID_HEADS, "分值"))],
        ((0, "{n}"), (1, "示例中心"), (2, "项目{n}"), (3, "100.00"), (4, "80.00"), (5, "完成年度任务。")), 6, 10,
        ("示例中心", None, "1000000.00", "800000.00", None)),
    # 项目资金 merged over 项目总额 | 本年预算 | 其中：财政拨款
    "total_among_the_money_sub_heads": ([(0, 0, 2, 1, "项目名称"), (0, 1, 1, 3, "项目资金（万元）"), (1, 1, 1, 1, "项目总额"),
                                         (1, 2, 1, 1, "本年预算"), (1, 3, 1, 1, "其中：财政拨款")]
                                        + [(0, 4 + k, 2, 1, t) for k, t in enumerate(_GRID_HEADS)],
                                        ((0, "项目{n}"), (1, "300.00"), (2, "100.00"), (3, "80.00")), 4, None,
                                        (None, "3000000.00", "1000000.00", "800000.00", None)),
    # 资金总额 merged down beside 其中 merged over 财政拨款 | 上年结转
    "parts_under_a_whereof_head": ([(0, 0, 2, 1, "项目名称"), (0, 1, 2, 1, "资金总额"), (0, 2, 1, 2, "其中"),
                                    (1, 2, 1, 1, "财政拨款"), (1, 3, 1, 1, "上年结转"), (0, 4, 2, 1, "绩效目标")]
                                   + [(0, 5 + k, 2, 1, t) for k, t in enumerate(_GRID_HEADS)],
                                   ((0, "项目{n}"), (1, "100.00"), (2, "80.00"), (3, "20.00"), (4, "完成年度任务。")), 5,
                                   None, (None, None, "1000000.00", "800000.00", "200000.00")),
    "year_money_head": ([(0, k, 1, 1, t) for k, t in enumerate(("项目名称", "年度资金", "绩效目标", *_GRID_HEADS))],
                        ((0, "项目{n}"), (1, "100.00"), (2, "完成年度任务。")), 3, None,
                        (None, None, "1000000.00", None, None)),
    "total_investment_and_this_years_arrangement": (
        [(0, k, 1, 1, t) for k, t in enumerate(("项目名称", "项目总投资", "本年安排", *_GRID_HEADS))],
        ((0, "项目{n}"), (1, "300.00"), (2, "100.00")), 3, None, (None, "3000000.00", "1000000.00", None, None)),
    "year_budget_count_and_fiscal_money": (
        [(0, k, 1, 1, t) for k, t in enumerate(("项目名称", "年度预算数", "财政资金", "年度绩效目标", *_GRID_HEADS))],
        ((0, "项目{n}"), (1, "100.00"), (2, "80.00"), (3, "完成年度任务。")), 4, None,
        (None, None, "1000000.00", "800000.00", None)),
    # 合计 beside its parts, no money head over them
    "sum_beside_its_parts": (
        [(0, k, 1, 1, t) for k, t in enumerate(("项目名称", "合计", "财政拨款", "其他资金", "年度目标", *_GRID_HEADS))],
        ((0, "项目{n}"), (1, "100.00"), (2, "80.00"), (3, "20.00"), (4, "完成年度任务。")), 5, None,
        (None, None, "1000000.00", "800000.00", None)),
    "budget_money_head": ([(0, k, 1, 1, t) for k, t in enumerate(("项目名称", "预算资金", "年度绩效目标", *_GRID_HEADS))],
                          ((0, "项目{n}"), (1, "100.00"), (2, "完成年度任务。")), 3, None,
                          (None, None, "1000000.00", None, None)),
    # a head in other words (资金情况) merged over money sub-heads
    "money_sub_heads_under_a_head_in_other_words": (
        [(0, 0, 2, 1, "项目名称"), (0, 1, 1, 3, "资金情况（万元）"), (1, 1, 1, 1, "项目总额"), (1, 2, 1, 1, "本年预算"),
         (1, 3, 1, 1, "其中：财政拨款"), (0, 4, 2, 1, "年度目标")] + [(0, 5 + k, 2, 1, t) for k, t in enumerate(_GRID_HEADS)],
        ((0, "项目{n}"), (1, "300.00"), (2, "100.00"), (3, "80.00"), (4, "完成年度任务。")), 5, None,
        (None, "3000000.00", "1000000.00", "800000.00", None)),
    # a bare 总额 beside the year's own column (本年预算 / 本年安排) is the project's total,
    # under a merged money head or in the list's own head row; alone it is the year's
    "bare_sum_beside_this_years_budget_under_a_money_head": (
        [(0, 0, 2, 1, "项目名称"), (0, 1, 1, 3, "项目资金（万元）"), (1, 1, 1, 1, "总额"), (1, 2, 1, 1, "本年预算"),
         (1, 3, 1, 1, "其中：财政拨款"), (0, 4, 2, 1, "年度绩效目标")] + [(0, 5 + k, 2, 1, t) for k, t in enumerate(_GRID_HEADS)],
        ((0, "项目{n}"), (1, "300.00"), (2, "100.00"), (3, "80.00"), (4, "完成年度任务。")), 5, None,
        (None, "3000000.00", "1000000.00", "800000.00", None)),
    "bare_sum_beside_this_years_arrangement_in_one_head_row": (
        [(0, k, 1, 1, t) for k, t in enumerate(("项目名称", "资金总额", "本年安排", "财政拨款", "年度目标", *_GRID_HEADS))],
        ((0, "项目{n}"), (1, "300.00"), (2, "100.00"), (3, "80.00"), (4, "完成年度任务。")), 5, None,
        (None, "3000000.00", "1000000.00", "800000.00", None)),
    "bare_sum_alone_is_the_year": (
        [(0, k, 1, 1, t) for k, t in enumerate(("项目名称", "总额", "财政拨款", "年度目标", *_GRID_HEADS))],
        ((0, "项目{n}"), (1, "100.00"), (2, "80.00"), (3, "完成年度任务。")), 4, None,
        (None, None, "1000000.00", "800000.00", None)),
}


@pytest.mark.parametrize("arrangement", sorted(_LIST_HEADS))
def test_list_money_heads_read_as_a_forms_money_labels(tmp_path, arrangement):
    # A 项目支出绩效目标表 list heads its money columns with the words its forms print as
    # labels (年度预算, 年度资金, 本年安排, 项目总投资, 预算资金, 合计 beside 财政拨款 …), over
    # sub-heads or beside them; each project's cells merged down over its indicator rows
    from cnbudget.demo.form_layouts import _Rows
    heads, own, grid_col, weight_col, want = _LIST_HEADS[arrangement]
    rows = _Rows()
    for cell in heads:
        rows.put(*cell)
    for n in (1, 2):
        r0 = rows.n
        for j in range(2):
            for col, text in zip(range(grid_col, grid_col + 4), ("产出指标", "数量指标", f"指标{n}{j}", f"≥{j + 1}个")):
                rows.put(r0 + j, col, 1, 1, text)
            if weight_col is not None:
                rows.put(r0 + j, weight_col, 1, 1, "50")
        for col, text in own:
            rows.put(r0, col, 2, 1, text.format(n=n))
    n_cols = max(c + cs for _, c, _, cs, _ in rows.cells)
    doc = _composed(tmp_path, "heads", "示例局2025年项目支出绩效目标表", [
        (rows.cells, rows.n, [60] * n_cols,
         dict(title="2025年项目支出绩效目标表", editor="部门名称：示例局", unit_raw="单位：万元", landscape=True), {})])
    assert [(i["project_name"], i["name"]) for i in P.indicators(doc)] == \
        [("项目1", "指标10"), ("项目1", "指标11"), ("项目2", "指标20"), ("项目2", "指标21")]
    money = lambda v: None if v is None else Decimal(v)  # noqa: E731
    assert sorted((p["project_name"], p["unit_name"], p["total_amount_yuan"], p["amount_yuan"], p["fiscal_amount_yuan"],
                   p["carried_over_yuan"]) for p in P.projects(doc)) == \
        [(f"项目{n}", want[0], *map(money, want[1:])) for n in (1, 2)]


@pytest.mark.parametrize("comparator_head", ["比较", "比较类型", "比较符号", "方向", "运算符", "关系"])
def test_split_target_comparator_head_naming_comparison_or_direction(tmp_path, comparator_head):
    # 指标值 over <a head naming the comparison or its direction> | 数值 | 单位 under a
    # three-row header: the comparator column joins the target like 比较符 / 符号 do
    head = [(0, 0, 1, 6, "年度绩效指标"),
            (1, 0, 2, 1, "一级指标"), (1, 1, 2, 1, "二级指标"), (1, 2, 2, 1, "三级指标"), (1, 3, 1, 3, "指标值"),
            (2, 3, 1, 1, comparator_head), (2, 4, 1, 1, "数值"), (2, 5, 1, 1, "单位")]
    assert _split_target_doc(tmp_path, "e.pdf", head, ("cmp", "val", "unit"), 3) == _SPLIT_WANT


@pytest.mark.parametrize("fiscal_label", ["本年度资金中：财政拨款", "年度资金中的财政拨款", "年度资金总额中：财政资金",
                                          "本年度资金其中：财政拨款", "其中：财政拨款"])
def test_fiscal_part_named_with_its_whole(tmp_path, fiscal_label):
    # 本年度资金中：财政拨款 | 1,000,000.00: a part named with the sum it is part of ("<sum>中：",
    # "<sum>中的", "<sum>其中：") is that sum's 财政拨款 all the same
    cells = [
        (0, 0, 1, 1, "项目名称"), (0, 1, 1, 4, "公交线网优化"),
        (1, 0, 1, 2, "项目总金额（元）"), (1, 2, 1, 1, "3,600,000.00"), (1, 3, 1, 1, "本年度资金（元）"),
        (1, 4, 1, 1, "1,250,000.00"),
        (2, 0, 1, 2, fiscal_label), (2, 2, 1, 1, "1,000,000.00"), (2, 3, 1, 1, "上年结转"), (2, 4, 1, 1, "250,000.00"),
        (3, 0, 1, 1, "一级指标"), (3, 1, 1, 1, "二级指标"), (3, 2, 1, 2, "三级指标"), (3, 4, 1, 1, "指标值"),
        (4, 0, 1, 1, "产出指标"), (4, 1, 1, 1, "数量指标"), (4, 2, 1, 2, "新辟公交线路"), (4, 4, 1, 1, "不少于6条"),
    ]
    doc = _doc(tmp_path / "f.pdf", [_spec("项目支出绩效目标表", cells, 5, [70, 76, 132, 96, 122])])
    (p,) = P.projects(doc)
    assert (p["total_amount_yuan"], p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("3600000.00"), Decimal("1250000.00"), Decimal("1000000.00"), Decimal("250000.00"))


@pytest.mark.parametrize("n_output", [28, 32])
def test_head_merged_over_the_grid_repeated_after_a_page_break_is_no_level(tmp_path, n_output):
    # 年度绩效指标 merged over the whole grid above 一级 | 二级 | 三级 | 指标值 (over 数值), the
    # three header rows repeated on the next page; a merged level cell cut by the break leaves
    # its lower part blank there: the level goes on, the repeated head is none
    from cnbudget.demo.form_layouts import Ind, _grid_rows, _Rows
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 3, "校舍维修改造"))
    rows.put(1, 0, 1, 4, "年度绩效指标")
    for col, head in ((0, "一级指标"), (1, "二级指标"), (2, "三级指标")):
        rows.put(2, col, 2, 1, head)
    rows.put(2, 3, 1, 1, "指标值")
    rows.put(3, 3, 1, 1, "数值")
    inds = [Ind("产出指标", "数量指标", f"指标{j}", f"{j + 1}个", None) for j in range(n_output)] + \
        [Ind("效益指标", l2, f"效益{j}", "明显提升", None)
         for j, l2 in enumerate(("社会效益指标", "社会效益指标", "可持续影响指标", "可持续影响指标"))]
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
    doc = _composed(tmp_path, "cut3", "示例局2025年项目支出绩效目标表", [
        (rows.cells, rows.n, [80, 100, 160, 130],
         dict(title="项目支出绩效目标表", editor="预算单位：示例局", unit_raw="单位：万元"), dict(repeat=(1, 3)))])
    assert [(i["name"], i["level1_raw"], i["level2_raw"]) for i in P.indicators(doc)] == \
        [(i.name, i.l1, i.l2) for i in inds]


@pytest.mark.parametrize("field", ["年度目标", "绩效目标", "项目期限"])
def test_form_heads_in_a_row_over_their_values_then_its_fields(tmp_path, field):
    # 项目名称 | 实施单位 | 年度资金总额 | 其中：财政资金 | 上年结转 over one row of values, then
    # 年度目标 | <goal>: a form's field row is no second project of a list; the grid under it
    # (no 一级 column) belongs to the project named above
    cells = [
        (0, 0, 1, 1, "项目名称"), (0, 1, 1, 1, "实施单位"), (0, 2, 1, 1, "年度资金总额"), (0, 3, 1, 1, "其中：财政资金"),
        (0, 4, 1, 1, "上年结转"),
        (1, 0, 1, 1, "农村人居环境整治"), (1, 1, 1, 1, "示例农业服务中心"), (1, 2, 1, 1, "68.00"), (1, 3, 1, 1, "60.00"),
        (1, 4, 1, 1, "8.00"),
        (2, 0, 1, 1, field), (2, 1, 1, 4, "完成全镇村庄清洁行动，村容村貌持续改善。" if field != "项目期限" else "2025年"),
        (3, 0, 1, 1, "二级指标"), (3, 1, 1, 1, "三级指标"), (3, 2, 1, 2, "指标值"), (3, 4, 1, 1, "权重（%）"),
        (4, 0, 1, 1, "数量指标"), (4, 1, 1, 1, "改造农村户厕数"), (4, 2, 1, 2, "≥320户"), (4, 4, 1, 1, "60"),
        (5, 0, 1, 1, "服务对象满意度指标"), (5, 1, 1, 1, "村民满意度"), (5, 2, 1, 2, "≥90%"), (5, 4, 1, 1, "40"),
    ]
    spec = replace(_spec("项目支出绩效目标表", cells, 6, [120, 116, 90, 90, 80]), unit_raw="单位：万元", unit="wan_yuan")
    doc = _doc(tmp_path / "h.pdf", [spec])
    assert [(i["project_name"], i["name"], i["target_raw"]) for i in P.indicators(doc)] == \
        [("农村人居环境整治", "改造农村户厕数", "≥320户"), ("农村人居环境整治", "村民满意度", "≥90%")]
    assert [(p["project_name"], p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) for p in P.projects(doc)] \
        == [("农村人居环境整治", Decimal("680000.00"), Decimal("600000.00"), Decimal("80000.00"))]


def test_self_evaluation_sum_row_named_total_under_money_heads(tmp_path):
    # 项目资金（万元） merged down beside 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |
    # 分值 | 得分 over rows 合计 / 财政拨款 / 其他资金: the 合计 row is the sum, budget = its
    # 全年预算数 and executed = its 全年执行数 (not the first figure after the label, 年初)
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 6, "高标准农田建设"),
             (1, 0, 4, 2, "项目资金（万元）"), (1, 2, 1, 1, "资金来源"), (1, 3, 1, 1, "年初预算数"),
             (1, 4, 1, 1, "全年预算数"), (1, 5, 1, 1, "全年执行数"), (1, 6, 1, 1, "执行率"), (1, 7, 1, 1, "得分")]
    for r, (line, *figs) in enumerate((("合计", "1,800.00", "1,950.00", "1,872.00", "96.00%", "9.60"),
                                       ("财政拨款", "1,500.00", "1,650.00", "1,590.00", "—", "—"),
                                       ("其他资金", "300.00", "300.00", "282.00", "—", "—")), start=2):
        cells += [(r, 2, 1, 1, line)] + [(r, 3 + j, 1, 1, f) for j, f in enumerate(figs)]
    cells += [(5, k, 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "年度指标值",
                                                      "计量单位", "实际完成值", "得分"))]
    cells += [(6, k, 1, 1, t) for k, t in enumerate(("产出指标", "数量指标", "新建农田面积", "≥", "1.2", "万亩",
                                                      "1.25万亩", "90"))]
    cells += [(7, 0, 1, 7, "总分"), (7, 7, 1, 1, "99.60")]
    doc = _doc(tmp_path / "hun.pdf", [replace(_spec("项目支出绩效自评表", cells, 8, [50, 50, 80, 70, 70, 70, 60, 60],
                                                    kind="performance_self_evaluation"),
                                              unit_raw="", unit="yuan")])
    (ev,) = P.self_evaluations(doc)
    assert (ev["budget_yuan"], ev["executed_yuan"], ev["score"]) == \
        (Decimal("19500000.00"), Decimal("18720000.00"), 99.6)
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("19500000.00"), Decimal("16500000.00"))
    assert [(i["name"], i["target_raw"]) for i in P.indicators(doc)] == [("新建农田面积", "≥1.2万亩")]


def test_self_evaluation_fiscal_part_in_the_full_year_budget_pair_row(tmp_path):
    # label | value pairs a row per stage, each with its part: 年初预算数 | 150 | 其中：财政拨款 |
    # 150, 全年预算数 | 160 | 其中：财政拨款 | 160, 全年执行数 | 152 | 其中：财政拨款 | 152: the
    # fiscal money is the part in the 全年预算数 row (the 年初 and 执行 ones are other stages')
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 4, "公共文化服务体系建设")]
    for r, (stage, v) in enumerate((("年初预算数（万元）", "150.00"), ("全年预算数（万元）", "160.00"),
                                    ("全年执行数（万元）", "152.00")), start=1):
        cells += [(r, 0, 1, 2, stage), (r, 2, 1, 1, v), (r, 3, 1, 2, "其中：财政拨款"), (r, 5, 1, 1, v)]
    cells += [(4, k, 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"))]
    cells += [(5, k, 1, 1, t) for k, t in enumerate(("产出指标", "数量指标", "开展文化活动场次", "≥120场", "126场", "90"))]
    doc = _doc(tmp_path / "jx.pdf", [replace(_spec("项目支出绩效自评表", cells, 6, [60, 60, 90, 70, 70, 70],
                                                   kind="performance_self_evaluation"),
                                             unit_raw="", unit="yuan")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("1600000.00"), Decimal("1600000.00"))
    (ev,) = P.self_evaluations(doc)
    assert (ev["budget_yuan"], ev["executed_yuan"]) == (Decimal("1600000.00"), Decimal("1520000.00"))


@pytest.mark.parametrize("order", [("cmp", "val", "unit"), ("val", "unit", "cmp")])
def test_list_with_a_split_target_under_the_lists_two_row_header(tmp_path, order):
    # A landscape list: 项目名称 | 项目资金（万元） over 资金总额 | 财政拨款 | 一级 | 二级 | 三级 |
    # 年度指标值 over 符号 | 值 | 单位 (in either order), the money sub-heads in the same row as
    # the target's: the target joins its comparator, value and unit columns as a form's grid does
    heads = {"cmp": "符号", "val": "值", "unit": "单位"}
    cells = [(0, 0, 2, 1, "项目名称"), (0, 1, 1, 2, "项目资金（万元）"), (0, 3, 2, 1, "一级指标"),
             (0, 4, 2, 1, "二级指标"), (0, 5, 2, 1, "三级指标"), (0, 6, 1, 3, "年度指标值"),
             (1, 1, 1, 1, "资金总额"), (1, 2, 1, 1, "财政拨款")]
    cells += [(1, 6 + j, 1, 1, heads[part]) for j, part in enumerate(order)]
    cells += [(2, 0, len(_SPLIT_ROWS), 1, "村级组织运转保障"), (2, 1, len(_SPLIT_ROWS), 1, "72.00"),
              (2, 2, len(_SPLIT_ROWS), 1, "70.00")]
    for k, (ind, parts) in enumerate(_SPLIT_ROWS):
        cells += [(2 + k, 3, 1, 1, "产出指标"), (2 + k, 4, 1, 1, "数量指标"), (2 + k, 5, 1, 1, ind)]
        cells += [(2 + k, 6 + j, 1, 1, parts[part]) for j, part in enumerate(order)]
    spec = replace(_spec("2025年项目支出绩效目标表", cells, 2 + len(_SPLIT_ROWS), [100, 60, 60, 60, 60, 100, 50, 50, 50]),
                   unit_raw="单位：万元", unit="wan_yuan")
    doc = _doc(tmp_path / "l.pdf", [spec])
    inds = P.indicators(doc)
    assert [(i["name"], i["comparator"], i["value"], i["unit"]) for i in inds] == _SPLIT_WANT
    assert inds[1]["target_raw"] == "".join(_SPLIT_ROWS[1][1][part] for part in order)
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("720000.00"), Decimal("700000.00"))


@pytest.mark.parametrize("arrangement", ["pairs", "heads_over_values", "alone"])
def test_form_bare_sum_beside_this_years_budget_is_the_total(tmp_path, arrangement):
    # A form's money as 总额 | 本年预算 | 其中：财政拨款 (label | value pairs in a row, or heads
    # over one row of amounts): 总额 beside the year's own sum is the project's total; a form
    # printing 总额 with no year's sum beside it prints the year's money under it
    if arrangement == "pairs":
        money = [(1, 0, 1, 1, "总额"), (1, 1, 1, 1, "680.00"), (1, 2, 1, 1, "本年预算"), (1, 3, 1, 1, "230.00"),
                 (1, 4, 1, 1, "其中：财政拨款"), (1, 5, 1, 1, "150.00")]
    elif arrangement == "heads_over_values":
        money = [(1, 0, 2, 1, "项目资金"), (1, 1, 1, 2, "总额"), (1, 3, 1, 1, "当年预算"), (1, 4, 1, 2, "其中：财政拨款"),
                 (2, 1, 1, 2, "680.00"), (2, 3, 1, 1, "230.00"), (2, 4, 1, 2, "150.00")]
    else:
        money = [(1, 0, 1, 1, "总额"), (1, 1, 1, 2, "230.00"), (1, 3, 1, 1, "其中：财政拨款"), (1, 4, 1, 2, "150.00")]
    r = 1 + max(c[0] + c[2] for c in money) - 1
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 5, "河道综合治理")] + money
    cells += [(r, k, 1, 2 if k == 2 else 1, t) for k, t in ((0, "一级指标"), (1, "二级指标"), (2, "三级指标"), (4, "指标值"))]
    cells += [(r + 1, k, 1, 2 if k == 2 else 1, t) for k, t in ((0, "产出指标"), (1, "数量指标"), (2, "河道清淤长度"),
                                                                 (4, "≥12公里"))]
    spec = replace(_spec("项目支出绩效目标表", cells, r + 2, [80, 80, 80, 80, 90, 80]), unit_raw="单位：万元",
                   unit="wan_yuan")
    doc = _doc(tmp_path / "t.pdf", [spec])
    (p,) = P.projects(doc)
    want_total = None if arrangement == "alone" else Decimal("6800000.00")
    assert (p["total_amount_yuan"], p["amount_yuan"], p["fiscal_amount_yuan"]) == \
        (want_total, Decimal("2300000.00"), Decimal("1500000.00"))


def _sources_form(project: str, figures: tuple[str, ...], unit_label: str = "金额（万元）") -> TableSpec:
    # 资金来源 | 资金总额 | 财政拨款 | 专项债券 | 其他资金 heads over one row of amounts led by a
    # label naming their unit (金额（万元）); the form's title prints no unit line
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 4, project),
             (1, 0, 1, 1, "资金来源"), *[(1, 1 + j, 1, 1, t) for j, t in enumerate(("资金总额", "财政拨款", "专项债券",
                                                                                "其他资金"))],
             (2, 0, 1, 1, unit_label), *[(2, 1 + j, 1, 1, t) for j, t in enumerate(figures)],
             (3, 0, 1, 1, "一级指标"), (3, 1, 1, 1, "二级指标"), (3, 2, 1, 2, "三级指标"), (3, 4, 1, 1, "指标值"),
             (4, 0, 1, 1, "产出指标"), (4, 1, 1, 1, "数量指标"), (4, 2, 1, 2, "治理河道长度"), (4, 4, 1, 1, "≥8.5公里")]
    return replace(_spec("项目支出绩效目标表", cells, 5, [80, 80, 80, 80, 80]), unit_raw="", unit="yuan")


def test_amounts_row_label_names_the_unit_of_the_heads_above(tmp_path):
    # heads in a row, amounts in the row below led by 金额（万元）: the amounts are in 万元
    doc = _doc(tmp_path / "u.pdf", [_sources_form("中小河流治理", ("1,580.00", "380.00", "1,000.00", "200.00"))])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("15800000.00"), Decimal("3800000.00"))


def test_project_in_the_budget_list_and_its_form_is_one_row_the_forms_money_winning(tmp_path):
    # a 项目支出预算表 in 万元 lists the project (合计 | 财政拨款 | 其他资金), its form prints
    # the money in 元, to the yuan: one row, the form's figures (the fuller) where both print one
    listed = TableSpec("项目支出预算表", "project_expenditure", "单位：万元", "wan_yuan", "编制部门：示例局",
                       [40, 200, 80, 80, 80],
                       [(0, 0, 1, 1, "序号"), (0, 1, 1, 1, "项目名称"), (0, 2, 1, 1, "合计"), (0, 3, 1, 1, "财政拨款"),
                        (0, 4, 1, 1, "其他资金")], 1,
                       [plain_row(["1", "中小河流治理", "158.00", "38.00", "120.00"])], ["c", "l", "r", "r", "r"])
    doc = _doc(tmp_path / "m.pdf", [listed, _sources_form("中小河流治理", ("1,580,012.00", "380,012.00", "1,000,000.00",
                                                                        "200,000.00"), "金额（元）")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("1580012.00"), Decimal("380012.00"))


def test_labels_printed_above_their_values_are_one_form(tmp_path):
    # 项目名称 | 项目编码 | 实施单位 over their values, then 年度预算资金（元） | 其中：财政资金 |
    # 上年结转资金 | 其他资金 over the amounts and 年度绩效目标 over the goal: one form (the
    # label rows are no projects of a list), its money read under the heads
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 1, "项目编码"), (0, 3, 1, 2, "实施单位"),
             (1, 0, 1, 2, "社区网格化服务管理"), (1, 2, 1, 1, "350203250010021"), (1, 3, 1, 2, "综合治理中心"),
             (2, 0, 1, 2, "年度预算资金（元）"), (2, 2, 1, 1, "其中：财政资金"), (2, 3, 1, 1, "上年结转资金"),
             (2, 4, 1, 1, "其他资金"),
             (3, 0, 1, 2, "2,460,000.00"), (3, 2, 1, 1, "2,100,000.00"), (3, 3, 1, 1, "360,000.00"), (3, 4, 1, 1, "0.00"),
             (4, 0, 1, 5, "年度绩效目标"), (5, 0, 1, 5, "整合社区网格力量，提升基层治理水平。"),
             (6, 0, 1, 1, "一级指标"), (6, 1, 1, 1, "二级指标"), (6, 2, 1, 1, "三级指标"), (6, 3, 1, 1, "指标值"),
             (6, 4, 1, 1, "指标值说明"),
             (7, 0, 1, 1, "产出指标"), (7, 1, 1, 1, "数量指标"), (7, 2, 1, 1, "划分网格数"), (7, 3, 1, 1, "≥86个"),
             (7, 4, 1, 1, "")]
    doc = _doc(tmp_path / "la.pdf", [_spec("项目支出绩效目标表", cells, 8, [80, 80, 110, 90, 80])])
    assert [(i["project_name"], i["name"], i["target_raw"]) for i in P.indicators(doc)] == \
        [("社区网格化服务管理", "划分网格数", "≥86个")]
    (p,) = P.projects(doc)
    assert (p["project_name"], p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        ("社区网格化服务管理", Decimal("2460000.00"), Decimal("2100000.00"), Decimal("360000.00"))


def test_project_line_across_the_grid_opens_the_next_form(tmp_path):
    # one grid for all projects (二级指标 | 三级指标 | 指标值 | 指标值说明), each opened by a row
    # across it: "项目名称：… 预算金额：…万元" (two fields in one cell) names the project and its
    # year's money; the grid's columns go on under it
    cells = [(0, 0, 1, 1, "二级指标"), (0, 1, 1, 1, "三级指标"), (0, 2, 1, 1, "指标值"), (0, 3, 1, 1, "指标值说明"),
             (1, 0, 1, 4, "项目名称：城区道路清扫保洁 预算金额：1,280.00万元"),
             (2, 0, 1, 1, "数量指标"), (2, 1, 1, 1, "机械化清扫面积"), (2, 2, 1, 1, "≥420万平方米"), (2, 3, 1, 1, ""),
             (3, 0, 1, 4, "项目名称：城市照明设施维护 预算金额：365.00万元"),
             (4, 0, 1, 1, "质量指标"), (4, 1, 1, 1, "路灯亮灯率"), (4, 2, 1, 1, "≥98%"), (4, 3, 1, 1, "")]
    spec = replace(_spec("2025年项目支出绩效目标表", cells, 5, [90, 130, 100, 80]), unit_raw="单位：万元",
                   unit="wan_yuan")
    doc = _doc(tmp_path / "pl.pdf", [spec])
    assert [(i["project_name"], i["level2_raw"], i["name"]) for i in P.indicators(doc)] == \
        [("城区道路清扫保洁", "数量指标", "机械化清扫面积"), ("城市照明设施维护", "质量指标", "路灯亮灯率")]
    assert sorted((p["project_name"], p["amount_yuan"]) for p in P.projects(doc)) == \
        [("城区道路清扫保洁", Decimal("12800000.00")), ("城市照明设施维护", Decimal("3650000.00"))]


@pytest.mark.parametrize("lines,fiscal", [
    ((("850.00", "600.00", "150.00", "", "100.00")), Decimal("7500000.00")),
    ((("1,200.00", "500.00", "", "700.00", "0.00")), Decimal("5000000.00")),
])
def test_sources_list_first_fiscal_income_line_led_by_whereof(tmp_path, lines, fiscal):
    # 资金来源（万元） merged down a list of label | value lines, the first part led by 其中：
    # (其中：一般公共预算财政拨款收入 / 政府性基金预算财政拨款收入 / 专项债券资金 / 上年结转资金):
    # fiscal is the sum of the …财政拨款收入 lines printing an amount, 专项债券 never
    labels = ("资金总额", "其中：一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "专项债券资金", "上年结转资金")
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "老旧小区改造"), (1, 0, 5, 1, "资金来源（万元）")]
    cells += [c for k, (label, amount) in enumerate(zip(labels, lines))
              for c in ((1 + k, 1, 1, 2, label), (1 + k, 3, 1, 1, amount))]
    cells += [(6, 0, 1, 1, "一级指标"), (6, 1, 1, 1, "二级指标"), (6, 2, 1, 1, "三级指标"), (6, 3, 1, 1, "指标值"),
              (7, 0, 1, 1, "产出指标"), (7, 1, 1, 1, "数量指标"), (7, 2, 1, 1, "改造小区数量"), (7, 3, 1, 1, "≥28个")]
    spec = replace(_spec("项目支出绩效目标表", cells, 8, [90, 110, 130, 90]), unit_raw="单位：万元", unit="wan_yuan")
    (p,) = P.projects(_doc(tmp_path / "sl.pdf", [spec]))
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal(lines[0].replace(",", "")) * 10000, fiscal)


def test_sum_heading_sources_without_a_fiscal_name_reads_the_figure_below(tmp_path):
    # 资金（元） | 合计 | 一般公共预算 | 中央补助资金 | 其他资金 over a row of amounts: the 合计
    # is the year's money; no source is named 财政拨款, so no fiscal money
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 4, "森林防火专项"),
             (1, 0, 1, 1, "资金（元）"), (1, 1, 1, 1, "合计"), (1, 2, 1, 1, "一般公共预算"), (1, 3, 1, 1, "中央补助资金"),
             (1, 4, 1, 1, "其他资金"),
             (2, 0, 1, 1, ""), (2, 1, 1, 1, "4,860,000.00"), (2, 2, 1, 1, "860,000.00"), (2, 3, 1, 1, "4,000,000.00"),
             (2, 4, 1, 1, ""),
             (3, 0, 1, 1, "一级指标"), (3, 1, 1, 1, "二级指标"), (3, 2, 1, 1, "三级指标"), (3, 3, 1, 2, "指标值"),
             (4, 0, 1, 1, "产出指标"), (4, 1, 1, 1, "数量指标"), (4, 2, 1, 1, "防火巡护人员"), (4, 3, 1, 2, "≥80人")]
    (p,) = P.projects(_doc(tmp_path / "sh.pdf", [_spec("项目支出绩效目标表", cells, 5, [70, 90, 90, 90, 80])]))
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("4860000.00"), None)


@pytest.mark.parametrize("beside", ["主管部门", "实施单位"])
def test_name_under_a_row_of_labels_is_the_project(tmp_path, beside):
    # 项目名称 | 主管部门 | 实施单位 printed as a row of labels, their values in the row under
    # them (no money or list column among the labels): the project's name is the cell under
    # 项目名称, never the label beside it; the heads' amounts under them are the form's money
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 1, beside), (0, 3, 1, 2, "联系电话" if beside == "实施单位" else "实施单位"),
             (1, 0, 1, 2, "智慧校园建设"), (1, 2, 1, 1, "示例市教育局"), (1, 3, 1, 2, "示例中学"),
             (2, 0, 1, 2, "年度资金总额"), (2, 2, 1, 1, "一般公共预算"), (2, 3, 1, 2, "其他资金"),
             (3, 0, 1, 2, "580.00"), (3, 2, 1, 1, "500.00"), (3, 3, 1, 2, "80.00"),
             (4, 0, 1, 1, "一级指标"), (4, 1, 1, 1, "二级指标"), (4, 2, 1, 1, "三级指标"), (4, 3, 1, 2, "指标值"),
             (5, 0, 1, 1, "产出指标"), (5, 1, 1, 1, "数量指标"), (5, 2, 1, 1, "更新智慧教室"), (5, 3, 1, 2, "达到40间")]
    spec = replace(_spec("项目支出绩效目标表", cells, 6, [80, 80, 110, 90, 80]), unit_raw="单位：万元", unit="wan_yuan")
    doc = _doc(tmp_path / "nl.pdf", [spec])
    assert [(i["project_name"], i["name"], i["target_raw"]) for i in P.indicators(doc)] == \
        [("智慧校园建设", "更新智慧教室", "达到40间")]
    (p,) = P.projects(doc)
    assert (p["project_name"], p["amount_yuan"]) == ("智慧校园建设", Decimal("5800000.00"))


@pytest.mark.parametrize("heads", [("符号", "数值", "单位"), ("比较符", "数值", "计量单位"), ("数值", "单位")])
def test_grid_headed_by_a_split_targets_sub_heads_alone(tmp_path, heads):
    # 二级指标 | 三级指标 | 符号 | 数值 | 单位, no 指标值 over the sub-heads (and no 一级
    # column): the grid's header, under a form's labels printed above their values
    n = len(heads)
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 1, "实施单位"), (0, 3, 1, n - 1, "年度资金（万元）"),
             (1, 0, 1, 2, "基本公共卫生服务"), (1, 2, 1, 1, "疾控中心"), (1, 3, 1, n - 1, "312.50"),
             (2, 0, 1, 1, "二级指标"), (2, 1, 1, 2, "三级指标")]
    cells += [(2, 3 + k, 1, 1, h) for k, h in enumerate(heads)]
    cells += [(3, 0, 1, 1, "数量指标"), (3, 1, 1, 2, "健康管理人数")]
    cells += [(3, 3 + k, 1, 1, v) for k, v in enumerate(("≥", "9000", "人")[-n:])]
    spec = replace(_spec("基本公共卫生服务绩效目标表", cells, 4, [80, 70, 70, 80] + [60] * (n - 1)),
                   unit_raw="单位：万元", unit="wan_yuan")
    doc = _doc(tmp_path / "ss.pdf", [spec])
    target = "≥9000人" if n == 3 else "9000人"
    assert [(i["project_name"], i["level2_raw"], i["name"], i["target_raw"]) for i in P.indicators(doc)] == \
        [("基本公共卫生服务", "数量指标", "健康管理人数", target)]


# One stage vocabulary (performance.budget_stage) answers every path that reads a budget
# stage: a stage word known on one path is known on all.
@pytest.mark.parametrize("year_row", ["预算数（调整后）", "全年预算"])
def test_turned_money_block_full_year_row_in_any_stage_words(tmp_path, year_row):
    # the turned block above, its full-year row labelled as a column head may be
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 3, "公路养护"),
             (1, 0, 4, 1, "项目资金（元）"), (1, 1, 1, 1, ""), (1, 2, 1, 1, "年度资金总额"), (1, 3, 1, 1, "其中：财政拨款"),
             (1, 4, 1, 1, "其他资金"),
             (2, 1, 1, 1, "年初预算数"), (2, 2, 1, 1, "540.00"), (2, 3, 1, 1, "500.00"), (2, 4, 1, 1, "40.00"),
             (3, 1, 1, 1, year_row), (3, 2, 1, 1, "560.00"), (3, 3, 1, 1, "520.00"), (3, 4, 1, 1, "40.00"),
             (4, 1, 1, 1, "全年执行数"), (4, 2, 1, 1, "548.80"), (4, 3, 1, 1, "510.40"), (4, 4, 1, 1, "38.40"),
             (5, 0, 1, 1, "一级指标"), (5, 1, 1, 1, "二级指标"), (5, 2, 1, 1, "三级指标"), (5, 3, 1, 1, "年度指标值"),
             (5, 4, 1, 1, "得分"),
             (6, 0, 1, 1, "产出指标"), (6, 1, 1, 1, "数量指标"), (6, 2, 1, 1, "养护里程"), (6, 3, 1, 1, "≥180公里"),
             (6, 4, 1, 1, "90")]
    doc = _doc(tmp_path / "turned.pdf", [_spec("项目支出绩效自评表", cells, 7, [70, 80, 90, 90, 80],
                                               kind="performance_self_evaluation")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("560.00"), Decimal("520.00"))


@pytest.mark.parametrize("fused", ["财政拨款调整后预算数", "财政拨款预算数（调整后）", "全年财政拨款"])
def test_fiscal_part_fused_with_any_full_year_stage_word_wins(tmp_path, fused):
    # 其中：财政拨款 | 1,500.00 (the 年初 one) beside the part fused with a full-year stage word
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 5, "农田建设"),
             (1, 0, 1, 1, "年初预算数（万元）"), (1, 1, 1, 1, "1,500.00"), (1, 2, 1, 1, "全年预算数（万元）"),
             (1, 3, 1, 1, "1,480.00"), (1, 4, 1, 1, "全年执行数（万元）"), (1, 5, 1, 1, "1,452.30"),
             (2, 0, 1, 1, "其中：财政拨款"), (2, 1, 1, 1, "1,500.00"), (2, 2, 1, 1, fused),
             (2, 3, 1, 1, "1,480.00"), (2, 4, 1, 1, "财政拨款执行数"), (2, 5, 1, 1, "1,452.30"),
             (3, 0, 1, 1, "二级指标"), (3, 1, 1, 1, "三级指标"), (3, 2, 1, 1, "年度指标值"), (3, 3, 1, 1, "实际完成值"),
             (3, 4, 1, 1, "分值"), (3, 5, 1, 1, "得分"),
             (4, 0, 1, 1, "数量指标"), (4, 1, 1, 1, "新建面积"), (4, 2, 1, 1, "≥1.2万亩"), (4, 3, 1, 1, "1.23万亩"),
             (4, 4, 1, 1, "100"), (4, 5, 1, 1, "100")]
    doc = _doc(tmp_path / "jx.pdf", [replace(_spec("项目支出绩效自评表", cells, 5, [90, 80, 100, 80, 90, 70],
                                                   kind="performance_self_evaluation"),
                                             unit_raw="单位：万元", unit="wan_yuan")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("14800000.00"), Decimal("14800000.00"))


def test_rows_led_by_any_stage_words_read_the_full_year_part(tmp_path):
    # a row per stage as above, led by 年初预算 / 全年预算 / 实际支出数: the 全年预算 row's
    # part is the year's (a bare 全年预算 is the full-year stage as a column head is), the
    # 实际支出数 row's is spent money, never the budget's
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 4, "公共文化服务体系建设")]
    for r, (stage, v) in enumerate((("实际支出数（万元）", "152.00"), ("年初预算（万元）", "150.00"),
                                    ("全年预算（万元）", "160.00")), start=1):
        cells += [(r, 0, 1, 2, stage), (r, 2, 1, 1, v), (r, 3, 1, 2, "其中：财政拨款"), (r, 5, 1, 1, v)]
    cells += [(4, k, 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"))]
    cells += [(5, k, 1, 1, t) for k, t in enumerate(("产出指标", "数量指标", "开展文化活动场次", "≥120场", "126场", "90"))]
    doc = _doc(tmp_path / "jx.pdf", [replace(_spec("项目支出绩效自评表", cells, 6, [60, 60, 90, 70, 70, 70],
                                                   kind="performance_self_evaluation"),
                                             unit_raw="", unit="yuan")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("1600000.00"), Decimal("1600000.00"))
    (ev,) = P.self_evaluations(doc)
    assert (ev["budget_yuan"], ev["executed_yuan"]) == (Decimal("1600000.00"), Decimal("1520000.00"))


def test_column_number_row_under_money_heads_is_no_money(tmp_path):
    # 项目资金（元） | 资金总额 | 年度资金 | 其中：财政拨款 | 其中：其他资金 | 上年结转, then a row
    # numbering those columns (1 | 2 | 3 | 4 | 5) above the figures: the figures are the money
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 5, "道路养护"),
             (1, 0, 3, 1, "项目资金（元）"), (1, 1, 1, 1, "资金总额"), (1, 2, 1, 1, "年度资金"),
             (1, 3, 1, 1, "其中：财政拨款"), (1, 4, 1, 1, "其中：其他资金"), (1, 5, 1, 1, "上年结转"),
             (2, 1, 1, 1, "1"), (2, 2, 1, 1, "2"), (2, 3, 1, 1, "3"), (2, 4, 1, 1, "4"), (2, 5, 1, 1, "5"),
             (3, 1, 1, 1, "3,600,000.00"), (3, 2, 1, 1, "1,200,000.00"), (3, 3, 1, 1, "1,120,000.00"),
             (3, 4, 1, 1, "80,000.00"), (3, 5, 1, 1, "0.00"),
             (4, 0, 1, 1, "一级指标"), (4, 1, 1, 1, "二级指标"), (4, 2, 1, 1, "三级指标"), (4, 3, 1, 1, "指标值"),
             (4, 4, 1, 2, "指标解释"),
             (5, 0, 1, 1, "产出指标"), (5, 1, 1, 1, "数量指标"), (5, 2, 1, 1, "养护道路面积"),
             (5, 3, 1, 1, "≥32万平方米"), (5, 4, 1, 2, "")]
    doc = _doc(tmp_path / "colnums.pdf", [_spec("项目支出绩效目标表", cells, 6, [90, 90, 80, 90, 90, 70])])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["total_amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("1200000.00"), Decimal("3600000.00"), Decimal("1120000.00"), Decimal("0.00"))


def test_stacked_stage_rows_read_in_the_unit_of_the_block_label(tmp_path):
    # 项目资金（万元） merged down beside stacked stage rows (年初预算数 | 全年预算数 | 其中：财政拨款
    # | 全年执行数 | 执行率) on a form whose table prints 元: each stage's figure is in 万元
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 4, "社区综合服务"),
             (1, 0, 5, 1, "项目资金（万元）")]
    for r, (label, v) in enumerate((("年初预算数", "120.00"), ("全年预算数", "126.00"), ("其中：财政拨款", "126.00"),
                                    ("全年执行数", "119.70"), ("执行率", "95.00%")), start=1):
        cells += [(r, 1, 1, 2, label), (r, 3, 1, 2, v)]
    cells += [(6, k, 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "得分"))]
    cells += [(7, k, 1, 1, t) for k, t in enumerate(("产出指标", "数量指标", "服务站点数", "9个", "90"))]
    cells += [(8, 0, 1, 2, "自评得分"), (8, 2, 1, 1, "90.00"), (8, 3, 1, 1, "自评等级"), (8, 4, 1, 1, "优")]
    doc = _doc(tmp_path / "stacked.pdf", [_spec("项目支出绩效自评表", cells, 9, [80, 80, 100, 80, 80],
                                                kind="performance_self_evaluation")])
    (ev,) = P.self_evaluations(doc)
    assert (ev["budget_yuan"], ev["executed_yuan"]) == (Decimal("1260000.00"), Decimal("1197000.00"))
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("1260000.00"), Decimal("1260000.00"))


def test_self_evaluation_total_row_reads_the_score_column_not_the_weight(tmp_path):
    # 自评得分 | 100 (under 分值) | 97.75 (under 得分): the score is the 得分 column's
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 4, "城市照明设施维护"),
             (1, 0, 1, 2, "全年预算数（万元）"), (1, 2, 1, 1, "298.00"), (1, 3, 1, 2, "全年执行数（万元）"),
             (1, 5, 1, 1, "290.66")]
    cells += [(2, k, 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "分值", "得分"))]
    cells += [(3, k, 1, 1, t) for k, t in enumerate(("产出指标（50分）", "数量指标", "维护路灯数量", "≥1.8万盏", "100", "97.75"))]
    cells += [(4, 0, 1, 4, "自评得分"), (4, 4, 1, 1, "100"), (4, 5, 1, 1, "97.75"),
              (5, 0, 1, 4, "自评等级"), (5, 4, 1, 2, "优秀")]
    doc = _doc(tmp_path / "weights.pdf", [_spec("项目支出绩效自评表", cells, 6, [70, 70, 100, 80, 60, 60],
                                                kind="performance_self_evaluation")])
    (ev,) = P.self_evaluations(doc)
    assert (ev["score"], ev["grade"]) == (97.75, "优")


def test_money_block_label_starting_in_the_sum_row_reads_the_executed_column(tmp_path):
    # heads 年初预算数 | 全年预算数 | 全年执行数 above a 栏次 row, the block label 资金情况（元）
    # merged down from the 年度资金总额 row (its heads cut off it, as by a page break)
    heads = ("项目", "年初预算数", "全年预算数", "全年执行数", "执行率")
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 5, "老旧小区改造"), (1, 0, 2, 1, "")]
    cells += [(1, 1 + k, 1, 1, t) for k, t in enumerate(heads)]
    cells += [(2, 1 + k, 1, 1, t) for k, t in enumerate(("栏次", "1", "2", "3", "4"))]
    cells += [(3, 0, 2, 1, "资金情况（元）")]
    cells += [(3, 1 + k, 1, 1, t) for k, t in enumerate(("年度资金总额", "12,500,000.00", "13,260,000.00",
                                                         "12,988,700.00", "97.95%"))]
    cells += [(4, 1 + k, 1, 1, t) for k, t in enumerate(("其中：财政拨款", "12,500,000.00", "12,800,000.00",
                                                         "12,560,000.00", "—"))]
    cells += [(5, k, 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"))]
    cells += [(6, k, 1, 1, t) for k, t in enumerate(("产出指标", "数量指标", "改造建筑面积", "≥52万平方米", "53.4万平方米", "96.8"))]
    cells += [(7, 0, 1, 3, "总分"), (7, 3, 1, 3, "96.8")]
    doc = _doc(tmp_path / "cut.pdf", [_spec("项目支出绩效自评表", cells, 8, [70, 90, 100, 100, 100, 60],
                                            kind="performance_self_evaluation")])
    (ev,) = P.self_evaluations(doc)
    assert (ev["budget_yuan"], ev["executed_yuan"]) == (Decimal("13260000.00"), Decimal("12988700.00"))


def test_list_head_stacked_over_the_grid_head_in_the_same_columns(tmp_path):
    # 序号 | 项目名称 | 实施单位 | 项目资金（万元） | 年度绩效目标 over 一级指标 | 二级指标 | 三级指标 |
    # 指标值 | 备注: each project's own row (name, unit, money, goal), its indicator rows under it
    # in the same columns; a level in the name column is no project
    cells = [(0, 0, 2, 1, "序号"), (0, 1, 1, 1, "项目名称"), (0, 2, 1, 1, "实施单位"), (0, 3, 1, 1, "项目资金（万元）"),
             (0, 4, 1, 2, "年度绩效目标")]
    cells += [(1, 1 + k, 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "备注"))]
    cells += [(2, 0, 3, 1, "1"), (2, 1, 1, 1, "背街小巷改造"), (2, 2, 1, 1, "示例工程中心"), (2, 3, 1, 1, "680.00"),
              (2, 4, 1, 2, "完成25条背街小巷改造。"),
              (3, 1, 2, 1, "产出指标"), (3, 2, 1, 1, "数量指标"), (3, 3, 1, 1, "改造条数"), (3, 4, 1, 1, "不少于25条"),
              (3, 5, 1, 1, ""),
              (4, 2, 1, 1, "质量指标"), (4, 3, 1, 1, "验收合格率"), (4, 4, 1, 1, "100%"), (4, 5, 1, 1, ""),
              (5, 0, 2, 1, "2"), (5, 1, 1, 1, "公园绿地养护"), (5, 2, 1, 1, "示例园林中心"), (5, 3, 1, 1, "1,250.00"),
              (5, 4, 1, 2, "做好公园绿地养护。"),
              (6, 1, 1, 1, "满意度指标"), (6, 2, 1, 1, "服务对象满意度指标"), (6, 3, 1, 1, "游园群众满意度"),
              (6, 4, 1, 1, "≥92%"), (6, 5, 1, 1, "")]
    doc = _doc(tmp_path / "stacked.pdf", [replace(_spec("2025年项目支出绩效目标表", cells, 7, [40, 90, 110, 90, 150, 50]),
                                                  unit_raw="单位：万元", unit="wan_yuan")])
    assert [(i["project_name"], i["level1_raw"], i["name"], i["target_raw"]) for i in P.indicators(doc)] == [
        ("背街小巷改造", "产出指标", "改造条数", "不少于25条"), ("背街小巷改造", "产出指标", "验收合格率", "100%"),
        ("公园绿地养护", "满意度指标", "游园群众满意度", "≥92%")]
    assert {p["project_name"]: p["amount_yuan"] for p in P.projects(doc)} == {
        "背街小巷改造": Decimal("6800000.00"), "公园绿地养护": Decimal("12500000.00")}


def test_banner_rows_across_the_grid_name_the_project_and_its_money(tmp_path):
    # 项目名称：…实施单位：… / 资金总额：…万元其中：财政拨款：…万元其他资金：…万元 / 年度绩效目标：…
    # printed in one cell across the grid, the space between fields lost
    cells = [(0, k, 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "权重（%）"))]
    cells += [(1, 0, 1, 5, "项目名称：教师培训实施单位：示例教师发展中心"),
              (2, 0, 1, 5, "资金总额：380.00万元其中：财政拨款：350.00万元其他资金：30.00万元"),
              (3, 0, 1, 5, "年度绩效目标：完成全年教师培训计划。")]
    cells += [(4, k, 1, 1, t) for k, t in enumerate(("产出指标", "数量指标", "教师培训人次", "不少于6000人次", "50"))]
    cells += [(5, k, 1, 1, t) for k, t in enumerate(("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥95%", "50"))]
    doc = _doc(tmp_path / "banner.pdf", [_spec("2025年度项目支出绩效目标表", cells, 6, [80, 110, 130, 110, 60])])
    assert [(i["project_name"], i["name"]) for i in P.indicators(doc)] == [
        ("教师培训", "教师培训人次"), ("教师培训", "参训教师满意度")]
    (p,) = P.projects(doc)
    assert (p["project_name"], p["amount_yuan"], p["fiscal_amount_yuan"]) == \
        ("教师培训", Decimal("3800000.00"), Decimal("3500000.00"))


def test_self_evaluation_list_with_money_merged_over_each_projects_rows(tmp_path):
    # 序号 | 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 执行率得分 merged over the project's
    # rows beside 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 (no level columns); a
    # 总分及自评等级 row closes each project
    heads = ("项目名称", "全年预算数（万元）", "全年执行数（万元）", "执行率得分",
             "三级指标", "年度指标值", "实际完成值", "分值", "得分")
    cells = [(0, k, 1, 1, t) for k, t in enumerate(heads)]
    cells += [(1, k, 2, 1, t) for k, t in enumerate(("龙头企业培育", "450.00", "432.00", "9.60"))]
    cells += [(1, 4 + k, 1, 1, t) for k, t in enumerate(("扶持企业数量", "≥8家", "9家", "50", "50"))]
    cells += [(2, 4 + k, 1, 1, t) for k, t in enumerate(("农户满意度", "≥90%", "92%", "50", "40"))]
    cells += [(3, 0, 1, 4, "总分及自评等级"), (3, 4, 1, 3, "总分"), (3, 7, 1, 1, "100"), (3, 8, 1, 1, "89.60")]
    doc = _doc(tmp_path / "evlist.pdf", [replace(_spec("2024年度项目支出绩效自评表", cells, 4,
                                                       [80, 60, 60, 50, 80, 55, 50, 40, 45],
                                                       kind="performance_self_evaluation"),
                                                 unit_raw="单位：万元", unit="wan_yuan")])
    inds = P.indicators(doc)
    assert [(i["project_name"], i["name"], i["score"]) for i in inds] == [
        ("龙头企业培育", "扶持企业数量", 50.0), ("龙头企业培育", "农户满意度", 40.0)]
    (ev,) = P.self_evaluations(doc)
    assert (ev["project_name"], ev["budget_yuan"], ev["executed_yuan"], ev["score"]) == \
        ("龙头企业培育", Decimal("4500000.00"), Decimal("4320000.00"), 89.6)


def test_results_row_naming_score_and_grade_reads_the_grade_word(tmp_path):
    # 总分及自评等级 | 总分 | 100 | 99.60 | 优秀: one row prints the score and the grade
    heads = ("项目名称", "全年预算数（万元）", "全年执行数（万元）", "三级指标", "年度指标值", "分值", "得分", "备注")
    cells = [(0, k, 1, 1, t) for k, t in enumerate(heads)]
    cells += [(1, k, 1, 1, t) for k, t in enumerate(("农田水利维修", "280.00", "224.00", "维修渠道长度",
                                                     "≥45公里", "100", "86"))] + [(1, 7, 1, 1, "")]
    cells += [(2, 0, 1, 3, "总分及自评等级"), (2, 3, 1, 2, "总分"), (2, 5, 1, 1, "100"), (2, 6, 1, 1, "86.00"),
              (2, 7, 1, 1, "良好")]
    doc = _doc(tmp_path / "grade.pdf", [replace(_spec("2024年度项目支出绩效自评表", cells, 3,
                                                      [80, 65, 65, 90, 70, 50, 50, 50],
                                                      kind="performance_self_evaluation"),
                                                unit_raw="单位：万元", unit="wan_yuan")])
    (ev,) = P.self_evaluations(doc)
    assert (ev["project_name"], ev["score"], ev["grade"]) == ("农田水利维修", 86.0, "良")


def test_budget_head_over_stage_sub_heads_reads_the_full_year_column(tmp_path):
    # 预算数 merged over 年初 | 全年 (heads over two rows): the year's money is under 全年
    # (全年 + 预算数 = 全年预算数), its parts too; 年初 is the opening budget
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 5, "公共文化服务"),
             (1, 0, 4, 1, "项目资金（万元）"), (1, 1, 2, 1, "资金来源"), (1, 2, 1, 2, "预算数"), (1, 4, 2, 1, "全年执行数"),
             (1, 5, 2, 1, "执行率"), (1, 6, 2, 1, "得分"),
             (2, 2, 1, 1, "年初"), (2, 3, 1, 1, "全年")]
    cells += [(3, 1 + k, 1, 1, t) for k, t in enumerate(("年度资金总额", "260.00", "285.00", "270.75", "95.00%", "9.50"))]
    cells += [(4, 1 + k, 1, 1, t) for k, t in enumerate(("上年结转资金", "", "25.00", "23.75", "—", "—"))]
    cells += [(5, k, 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"))]
    cells += [(6, k, 1, 1, t) for k, t in enumerate(("产出指标", "数量指标", "送戏下乡场次", "≥300场", "320场", "90", "88"))]
    doc = _doc(tmp_path / "stages.pdf", [replace(_spec("项目支出绩效自评表", cells, 7, [70, 90, 70, 70, 70, 60, 60],
                                                       kind="performance_self_evaluation"),
                                                 unit_raw="单位：万元", unit="wan_yuan")])
    (ev,) = P.self_evaluations(doc)
    assert (ev["budget_yuan"], ev["executed_yuan"]) == (Decimal("2850000.00"), Decimal("2707500.00"))
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["carried_over_yuan"]) == (Decimal("2850000.00"), Decimal("250000.00"))


def test_column_number_row_under_a_list_header_is_no_indicator(tmp_path):
    # a list of projects with their indicators, its heads (money split over 合计 | 财政拨款)
    # numbered in a row below them (1 | 2 | … | 9): that row is no indicator
    heads = ("序号", "项目名称", "项目资金（元）", None, "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")
    cells = [(0, k, 2 if k not in (2, 3) else 1, 2 if k == 2 else 1, t) for k, t in enumerate(heads) if t]
    cells += [(1, 2, 1, 1, "合计"), (1, 3, 1, 1, "财政拨款")]
    cells += [(2, k, 1, 1, str(k + 1)) for k in range(9)]
    cells += [(3, k, 1, 1, t) for k, t in enumerate(("1", "文物保护修缮", "1,800,000.00", "1,500,000.00",
                                                     "完成文物修缮。", "产出指标", "数量指标", "修缮文物保护单位", "3处"))]
    doc = _doc(tmp_path / "list.pdf", [_spec("项目支出绩效目标表", cells, 4, [30, 80, 70, 70, 80, 50, 50, 80, 50])])
    inds = P.indicators(doc)
    assert [(i["project_name"], i["name"], i["target_raw"]) for i in inds] == [("文物保护修缮", "修缮文物保护单位", "3处")]


@pytest.mark.parametrize("opening", ["年初预算数（元）", "年初预算（元）"])
def test_self_evaluation_heads_beside_the_name_over_one_row_of_figures(tmp_path, opening):
    # 项目名称 | 年初预算数（元） | 全年预算数（元） | 全年执行数（元） | 预算执行率 over one row:
    # the name under 项目名称, the year's and spent money under their stage heads
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 1, opening), (0, 3, 1, 1, "全年预算数（元）"),
             (0, 4, 1, 1, "全年执行数（元）"), (0, 5, 1, 1, "预算执行率"), (0, 6, 1, 1, "执行率得分（10分）"),
             (1, 0, 1, 2, "困难群众救助补助"), (1, 2, 1, 1, "31,200,000.00"), (1, 3, 1, 1, "33,600,000.00"),
             (1, 4, 1, 1, "32,928,000.00"), (1, 5, 1, 1, "98.00%"), (1, 6, 1, 1, "9.80"),
             (2, 0, 1, 2, "其中：上年结转（元）"), (2, 2, 1, 1, "7,200,000.00"),
             (3, 0, 1, 1, "一级指标"), (3, 1, 1, 1, "二级指标"), (3, 2, 1, 1, "三级指标"), (3, 3, 1, 1, "年度指标值"),
             (3, 4, 1, 1, "实际完成值"), (3, 5, 1, 1, "得分"),
             (4, 0, 1, 1, "产出指标"), (4, 1, 1, 1, "数量指标"), (4, 2, 1, 1, "城乡低保保障人数"),
             (4, 3, 1, 1, "≥5200人"), (4, 4, 1, 1, "5380人"), (4, 5, 1, 2, "15"),
             (5, 0, 1, 2, "总分"), (5, 2, 1, 3, ""), (5, 5, 1, 2, "91.80"),
             (6, 0, 1, 2, "自评等级"), (6, 2, 1, 5, "良好")]
    doc = _doc(tmp_path / "cq.pdf", [replace(_spec("项目支出绩效自评表", cells, 7, [70, 60, 90, 90, 90, 60, 60],
                                                   kind="performance_self_evaluation"), unit_raw="", unit="yuan")])
    assert [(i["project_name"], i["name"]) for i in P.indicators(doc)] == [("困难群众救助补助", "城乡低保保障人数")]
    (p,) = P.projects(doc)
    assert (p["project_name"], p["amount_yuan"], p["carried_over_yuan"]) == \
        ("困难群众救助补助", Decimal("33600000.00"), Decimal("7200000.00"))
    (ev,) = P.self_evaluations(doc)
    assert (ev["project_name"], ev["budget_yuan"], ev["executed_yuan"], ev["execution_rate"], ev["score"], ev["grade"]) \
        == ("困难群众救助补助", Decimal("33600000.00"), Decimal("32928000.00"), 0.98, 91.8, "良")


@pytest.mark.parametrize("unit_head", ["单位", "计量单位"])
def test_split_target_heads_over_a_column_number_row(tmp_path, unit_head):
    # 指标值 over 比较符 | 数值 | 单位, then the row numbering the columns (1 | 2 | … | 7)
    # closing the header: the numbers head nothing, the unit column is the target's unit
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 5, "天然林保护管护"),
             (1, 0, 2, 1, "一级指标"), (1, 1, 2, 1, "二级指标"), (1, 2, 2, 1, "三级指标"), (1, 3, 1, 3, "指标值"),
             (1, 6, 2, 1, "分值"), (2, 3, 1, 1, "比较符"), (2, 4, 1, 1, "数值"), (2, 5, 1, 1, unit_head)]
    cells += [(3, k, 1, 1, str(k + 1)) for k in range(7)]
    cells += [(4, k, 1, 1, t) for k, t in enumerate(("产出指标", "数量指标", "天然林管护面积", "≥", "86", "万亩", "20"))]
    cells += [(5, k, 1, 1, t) for k, t in enumerate(("效益指标", "生态效益指标", "森林火灾受害率", "≤", "0.9", "‰", "15"))]
    doc = _doc(tmp_path / "sn.pdf", [_spec("项目支出绩效目标表", cells, 6, [70, 80, 110, 50, 50, 50, 50])])
    assert [(i["name"], i["target_raw"], i["comparator"], i["value"], i["unit"])
            for i in P.indicators(doc)] == [("天然林管护面积", "≥86万亩", ">=", 86.0, "万亩"),
                                            ("森林火灾受害率", "≤0.9‰", "<=", 0.9, "‰")]


@pytest.mark.parametrize("apply", ["本年度申请（万元）", "本年申请（万元）", "2025年申报（万元）"])
def test_invest_and_year_request_labels_carry_the_blocks_unit(tmp_path, apply):
    # 项目总投资（万元） | 2,400.00 | 本年度申请（万元） | 860.00, then 其中：一般公共预算财政拨款 |
    # 720.00 | 政府性基金 | 0.00 and 上年结转 | 140.00 printing no unit, on a form printing no
    # unit line: the year's request is the year's sum, the 一般公共预算 part is fiscal, and
    # the block's labels name the unit of its rows that print none
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "高标准农田建设项目"),
             (1, 0, 1, 1, "项目总投资（万元）"), (1, 1, 1, 1, "2,400.00"), (1, 2, 1, 1, apply), (1, 3, 1, 1, "860.00"),
             (2, 0, 1, 1, "其中：一般公共预算财政拨款"), (2, 1, 1, 1, "720.00"), (2, 2, 1, 1, "政府性基金"),
             (2, 3, 1, 1, "0.00"),
             (3, 0, 1, 1, "上年结转"), (3, 1, 1, 1, "140.00"), (3, 2, 1, 1, "其他资金"), (3, 3, 1, 1, "0.00"),
             (4, 0, 1, 1, "二级指标"), (4, 1, 1, 1, "三级指标"), (4, 2, 1, 1, "指标值"), (4, 3, 1, 1, "分值"),
             (5, 0, 1, 1, "数量指标"), (5, 1, 1, 1, "新建高标准农田面积"), (5, 2, 1, 1, "≥2.5万亩"), (5, 3, 1, 1, "15")]
    doc = _doc(tmp_path / "sd.pdf", [replace(_spec("项目支出绩效目标表", cells, 6, [130, 110, 110, 90]),
                                             unit_raw="", unit=None)])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["total_amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("8600000.00"), Decimal("24000000.00"), Decimal("7200000.00"), Decimal("1400000.00"))


@pytest.mark.parametrize("sentence, want", [
    ("本项目年度预算132.00万元，其中财政拨款120.00万元，上年结转12.00万元。",
     (Decimal("1320000.00"), Decimal("1200000.00"), Decimal("120000.00"))),
    ("本项目年度预算18.00万元，全部为财政拨款18.00万元。", (Decimal("180000.00"), Decimal("180000.00"), None)),
])
def test_money_sentence_naming_the_project_itself(tmp_path, sentence, want):
    # 项目资金 | one sentence: 本项目年度预算 is the year's sum as 年度预算 is (the project
    # naming itself), and a part the whole sum is (全部为财政拨款) is that part
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "重大传染病防控"),
             (1, 0, 1, 1, "项目资金"), (1, 1, 1, 3, sentence),
             (2, 0, 1, 1, "一级指标"), (2, 1, 1, 1, "二级指标"), (2, 2, 1, 1, "三级指标"), (2, 3, 1, 1, "指标值"),
             (3, 0, 1, 1, "产出指标"), (3, 1, 1, 1, "数量指标"), (3, 2, 1, 1, "重点人群筛查人次"), (3, 3, 1, 1, "≥8000人次")]
    doc = _doc(tmp_path / "gz.pdf", [replace(_spec("项目支出绩效目标表", cells, 4, [70, 80, 200, 80]),
                                             unit_raw="", unit=None)])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == want


def test_self_evaluation_stage_lines_in_one_cell(tmp_path):
    # 项目资金（万元） | 年初预算数：… / 全年预算数：… / 全年执行数：… in one cell, beside
    # 执行率：… / 分值：… / 得分：…: the 年初 line is the opening budget (read as no sum), the
    # 全年预算数 the year's budget, the 全年执行数 what was spent
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 4, "学生营养改善计划"),
             (1, 0, 1, 1, "项目资金（万元）"), (1, 1, 1, 2, "年初预算数：120.00\n全年预算数：126.00\n全年执行数：119.70"),
             (1, 3, 1, 2, "执行率：95.00%\n分值：10\n得分：9.50"),
             (2, 0, 1, 1, "二级指标"), (2, 1, 1, 1, "三级指标"), (2, 2, 1, 1, "年度指标值"), (2, 3, 1, 1, "实际完成值"),
             (2, 4, 1, 1, "得分"),
             (3, 0, 1, 1, "数量指标"), (3, 1, 1, 1, "受益学生人数"), (3, 2, 1, 1, "≥4300人"), (3, 3, 1, 1, "4310人"),
             (3, 4, 1, 1, "20"),
             (4, 0, 1, 3, "总分"), (4, 3, 1, 2, "90.50"), (5, 0, 1, 3, "自评等级"), (5, 3, 1, 2, "良")]
    doc = _doc(tmp_path / "hlj.pdf", [replace(_spec("项目支出绩效自评表", cells, 6, [90, 90, 90, 80, 60],
                                                    kind="performance_self_evaluation"), unit_raw="", unit=None)])
    (p,) = P.projects(doc)
    assert p["amount_yuan"] == Decimal("1260000.00")
    (ev,) = P.self_evaluations(doc)
    assert (ev["budget_yuan"], ev["executed_yuan"]) == (Decimal("1260000.00"), Decimal("1197000.00"))


def test_sources_list_headed_by_source_name_closes_with_its_sum(tmp_path):
    # 资金来源 merged down | 资金来源名称 | 金额 heads, then 合计 first, the two kinds of
    # …财政拨款收入, 专项债券资金: the 合计 is the year's sum, the fiscal the 财政拨款 lines' sum
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "城区供水管网改造"),
             (1, 0, 5, 1, "资金来源"), (1, 1, 1, 2, "资金来源名称"), (1, 3, 1, 1, "金额"),
             (2, 1, 1, 2, "合计"), (2, 3, 1, 1, "320.00"),
             (3, 1, 1, 2, "一般公共预算财政拨款收入"), (3, 3, 1, 1, "180.00"),
             (4, 1, 1, 2, "政府性基金预算财政拨款收入"), (4, 3, 1, 1, "60.00"),
             (5, 1, 1, 2, "专项债券资金"), (5, 3, 1, 1, "80.00"),
             (6, 0, 1, 1, "一级指标"), (6, 1, 1, 1, "二级指标"), (6, 2, 1, 1, "三级指标"), (6, 3, 1, 1, "指标值"),
             (7, 0, 1, 1, "产出指标"), (7, 1, 1, 1, "数量指标"), (7, 2, 1, 1, "改造供水管网长度"), (7, 3, 1, 1, "12公里")]
    doc = _doc(tmp_path / "xj.pdf", [replace(_spec("项目支出绩效目标表", cells, 8, [70, 130, 90, 80]),
                                             unit_raw="金额单位：万元", unit="wan_yuan")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("3200000.00"), Decimal("2400000.00"))


def test_money_rows_under_bare_period_and_year_heads(tmp_path):
    # 项目资金 | 中期 | 年度 heads over rows 资金总额 / 其中：财政资金 / 其他资金: the 中期
    # column's sum is the total, the 年度 column's the year's, and the fiscal part is the
    # 年度 column's (never the 中期 one)
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 2, "公共文化惠民演出"),
             (1, 0, 1, 1, "项目资金"), (1, 1, 1, 1, "中期"), (1, 2, 1, 1, "年度"),
             (2, 0, 1, 1, "资金总额"), (2, 1, 1, 1, "360.00"), (2, 2, 1, 1, "120.00"),
             (3, 0, 1, 1, "其中：财政资金"), (3, 1, 1, 1, "330.00"), (3, 2, 1, 1, "110.00"),
             (4, 0, 1, 1, "其他资金"), (4, 1, 1, 1, "30.00"), (4, 2, 1, 1, "10.00"),
             (5, 0, 1, 1, "三级指标"), (5, 1, 1, 1, "年度指标值"), (5, 2, 1, 1, "中期指标值"),
             (6, 0, 1, 1, "惠民演出场次"), (6, 1, 1, 1, "≥80场"), (6, 2, 1, 1, "≥240场")]
    doc = _doc(tmp_path / "fj.pdf", [replace(_spec("项目绩效目标表", cells, 7, [110, 110, 110]),
                                             unit_raw="金额单位：万元", unit="wan_yuan")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["total_amount_yuan"], p["fiscal_amount_yuan"]) == \
        (Decimal("1200000.00"), Decimal("3600000.00"), Decimal("1100000.00"))


def test_fiscal_income_lines_under_period_and_year_columns(tmp_path):
    # 资金来源 | 中期资金 | 年度资金 over 合计 / 一般公共预算财政拨款收入 / 政府性基金预算财政拨款收入
    # / 专项债券资金: the fiscal money is the sum of the income lines' 年度 figures
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 2, "河道综合治理"),
             (1, 0, 1, 1, "资金来源"), (1, 1, 1, 1, "中期资金"), (1, 2, 1, 1, "年度资金"),
             (2, 0, 1, 1, "合计"), (2, 1, 1, 1, "3,200.00"), (2, 2, 1, 1, "1,000.00"),
             (3, 0, 1, 1, "一般公共预算财政拨款收入"), (3, 1, 1, 1, "800.00"), (3, 2, 1, 1, "260.00"),
             (4, 0, 1, 1, "政府性基金预算财政拨款收入"), (4, 1, 1, 1, "400.00"), (4, 2, 1, 1, "140.00"),
             (5, 0, 1, 1, "专项债券资金"), (5, 1, 1, 1, "2,000.00"), (5, 2, 1, 1, "600.00"),
             (6, 0, 1, 1, "三级指标"), (6, 1, 1, 1, "中期指标值"), (6, 2, 1, 1, "年度指标值"),
             (7, 0, 1, 1, "治理河道长度"), (7, 1, 1, 1, "≥12公里"), (7, 2, 1, 1, "≥6.5公里")]
    doc = _doc(tmp_path / "gz.pdf", [replace(_spec("项目支出绩效目标表", cells, 8, [150, 100, 100]),
                                             unit_raw="单位：万元", unit="wan_yuan")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["total_amount_yuan"], p["fiscal_amount_yuan"]) == \
        (Decimal("10000000.00"), Decimal("32000000.00"), Decimal("4000000.00"))


def test_list_with_category_column_and_period_money_sub_heads(tmp_path):
    # 序号 | 项目名称 | 项目类别 | 项目资金（万元） over 中期资金总额 | 年度资金总额 | 其中：财政拨款,
    # the project cells merged down beside its indicators: a list, its columns read
    cells = [(0, 0, 2, 1, "序号"), (0, 1, 2, 1, "项目名称"), (0, 2, 2, 1, "项目类别"), (0, 3, 1, 3, "项目资金（万元）"),
             (0, 6, 2, 1, "一级指标"), (0, 7, 2, 1, "二级指标"), (0, 8, 2, 1, "三级指标"), (0, 9, 2, 1, "年度指标值"),
             (1, 3, 1, 1, "中期资金总额"), (1, 4, 1, 1, "年度资金总额"), (1, 5, 1, 1, "其中：财政拨款"),
             (2, 0, 2, 1, "1"), (2, 1, 2, 1, "就业创业补贴"), (2, 2, 2, 1, "经常性项目"), (2, 3, 2, 1, "1,500.00"),
             (2, 4, 2, 1, "500.00"), (2, 5, 2, 1, "460.00"),
             (2, 6, 1, 1, "产出指标"), (2, 7, 1, 1, "数量指标"), (2, 8, 1, 1, "城镇新增就业人数"), (2, 9, 1, 1, "≥6000人"),
             (3, 6, 1, 1, "满意度指标"), (3, 7, 1, 1, "服务对象满意度指标"), (3, 8, 1, 1, "补贴对象满意度"),
             (3, 9, 1, 1, "≥90%")]
    doc = _doc(tmp_path / "jx.pdf", [replace(_spec("项目绩效目标表", cells, 4, [24, 64, 46, 46, 46, 46, 46, 56, 76, 56]),
                                             unit_raw="", unit=None)])
    assert [(i["project_name"], i["name"], i["target_raw"]) for i in P.indicators(doc)] == \
        [("就业创业补贴", "城镇新增就业人数", "≥6000人"), ("就业创业补贴", "补贴对象满意度", "≥90%")]
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["total_amount_yuan"], p["fiscal_amount_yuan"]) == \
        (Decimal("5000000.00"), Decimal("15000000.00"), Decimal("4600000.00"))


def test_self_evaluation_fiscal_pair_after_the_executed_pair(tmp_path):
    # label | value pairs two a row: 年初预算数 | … | 全年预算数 | …, then 全年执行数 | … |
    # 其中：财政拨款（元） | …: the part, printed once, is the year's budget's, not the
    # executed figure's (a part of each stage prints in each stage's row)
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "困难群众救助补助"),
             (1, 0, 1, 1, "年初预算数（元）"), (1, 1, 1, 1, "2,850,000.00"), (1, 2, 1, 1, "全年预算数（元）"),
             (1, 3, 1, 1, "3,120,000.00"),
             (2, 0, 1, 1, "全年执行数（元）"), (2, 1, 1, 1, "3,056,000.00"), (2, 2, 1, 1, "其中：财政拨款（元）"),
             (2, 3, 1, 1, "2,900,000.00"),
             (3, 0, 1, 1, "三级指标"), (3, 1, 1, 1, "年度指标值"), (3, 2, 1, 1, "实际完成值"), (3, 3, 1, 1, "得分"),
             (4, 0, 1, 1, "城乡低保保障人数"), (4, 1, 1, 1, "≥1800人"), (4, 2, 1, 1, "1760人"), (4, 3, 1, 1, "18")]
    doc = _doc(tmp_path / "hub.pdf", [_spec("项目支出绩效自评表", cells, 5, [110, 100, 110, 100],
                                            kind="performance_self_evaluation")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("3120000.00"), Decimal("2900000.00"))


def test_money_heads_after_the_grid_end_it(tmp_path):
    # a self-evaluation printing its money block under the indicator grid, just above 总分:
    # 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, then 年度资金总额 /
    # 其中：当年财政拨款 / 上年结转资金 / 其他资金 rows. The heads row ends the grid: its rows
    # are money (each part under 全年预算数), no indicators
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 6, "城区道路清扫保洁"),
             (1, 0, 1, 1, "一级指标"), (1, 1, 1, 1, "二级指标"), (1, 2, 1, 1, "三级指标"), (1, 3, 1, 1, "年度指标值"),
             (1, 4, 1, 1, "实际完成值"), (1, 5, 1, 1, "分值"), (1, 6, 1, 1, "得分"), (1, 7, 1, 1, "偏差原因"),
             (2, 0, 1, 1, "产出指标"), (2, 1, 1, 1, "数量指标"), (2, 2, 1, 1, "清扫保洁面积"), (2, 3, 1, 1, "≥580万平方米"),
             (2, 4, 1, 1, "586万平方米"), (2, 5, 1, 1, "90"), (2, 6, 1, 1, "89"),
             (3, 0, 5, 1, "项目资金"), (3, 1, 1, 1, ""), (3, 2, 1, 1, "年初预算数"), (3, 3, 1, 1, "全年预算数"),
             (3, 4, 1, 1, "全年执行数"), (3, 5, 1, 1, "分值"), (3, 6, 1, 1, "执行率"), (3, 7, 1, 1, "得分")]
    rows = (("年度资金总额", "1,260.00", "1,312.50", "1,298.40", "10", "98.93%", "9.89"),
            ("其中：当年财政拨款", "1,260.00", "1,212.50", "1,198.40", "—", "—", "—"),
            ("上年结转资金", "0.00", "100.00", "100.00", "—", "—", "—"),
            ("其他资金", "0.00", "0.00", "0.00", "—", "—", "—"))
    for r, row in enumerate(rows, start=4):
        cells += [(r, 1, 1, 1, row[0])] + [(r, 2 + k, 1, 1, t) for k, t in enumerate(row[1:])]
    cells += [(8, 0, 1, 5, "总分"), (8, 5, 1, 1, "100"), (8, 6, 1, 1, "98.89"), (9, 0, 1, 5, "评价等级"), (9, 5, 1, 3, "优秀")]
    doc = _doc(tmp_path / "gz.pdf", [replace(_spec("项目支出绩效自评表", cells, 10, [60, 60, 80, 70, 70, 50, 50, 60],
                                                   kind="performance_self_evaluation"),
                                             unit_raw="单位：万元", unit="wan_yuan")])
    assert [i["name"] for i in P.indicators(doc)] == ["清扫保洁面积"]
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("13125000.00"), Decimal("12125000.00"), Decimal("1000000.00"))
    (ev,) = P.self_evaluations(doc)
    assert (ev["budget_yuan"], ev["executed_yuan"], ev["score"], ev["grade"]) == \
        (Decimal("13125000.00"), Decimal("12984000.00"), 98.89, "优")


def test_part_rows_of_stage_pairs_read_the_parts_full_year_pair(tmp_path):
    # each money row led by its part, then stage label | figure pairs: 年度资金总额 |
    # 年初预算数（万元） | 3,200.00 | 全年预算数（万元） | 3,460.00 | 全年执行数（万元） | 3,412.58,
    # the same for 其中：当年财政拨款 and 上年结转资金: a part's year money is its row's
    # 全年预算数 figure; only the sum's row gives the year's budget and spending
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 6, "困难群众救助补助")]
    rows = (("年度资金总额", "3,200.00", "3,460.00", "3,412.58"),
            ("其中：当年财政拨款", "3,200.00", "3,380.00", "3,332.58"),
            ("上年结转资金", "0.00", "80.00", "80.00"))
    for r, (label, opening, year, spent) in enumerate(rows, start=1):
        cells += [(r, 0, 1, 2, label), (r, 2, 1, 1, "年初预算数（万元）"), (r, 3, 1, 1, opening),
                  (r, 4, 1, 1, "全年预算数（万元）"), (r, 5, 1, 1, year), (r, 6, 1, 1, "全年执行数（万元）"),
                  (r, 7, 1, 1, spent)]
    cells += [(4, 0, 1, 2, "预算执行率"), (4, 2, 1, 2, "98.63%"), (4, 4, 1, 1, "分值"), (4, 5, 1, 1, "10"),
              (4, 6, 1, 1, "得分"), (4, 7, 1, 1, "9.86")]
    cells += [(5, k, 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                     "分值", "得分", "偏差原因"))]
    cells += [(6, k, 1, 1, t) for k, t in enumerate(("产出指标", "数量指标", "临时救助人次", "≥1200人次", "1356人次",
                                                     "90", "90"))]
    doc = _doc(tmp_path / "ln.pdf", [replace(_spec("项目支出绩效自评表", cells, 7, [60, 60, 70, 60, 70, 60, 70, 60],
                                                   kind="performance_self_evaluation"), unit_raw="", unit="yuan")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("34600000.00"), Decimal("33800000.00"), Decimal("800000.00"))
    (ev,) = P.self_evaluations(doc)
    assert (ev["budget_yuan"], ev["executed_yuan"]) == (Decimal("34600000.00"), Decimal("34125800.00"))


def test_part_printed_once_beside_a_stage_pair_is_the_years(tmp_path):
    # label | value pairs, three a row: 年初预算数 | … | 全年预算数 | … | 其中：财政拨款 | …,
    # then 全年执行数 | … | 上年结转 | … | 执行率 | …: 上年结转, printed once in the block, is
    # a pair of its own (the year's), not the 执行 stage's part (stage rows repeat their parts)
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 5, "小型水库除险加固"),
             (1, 0, 1, 1, "年初预算数（元）"), (1, 1, 1, 1, "1,500,000.00"), (1, 2, 1, 1, "全年预算数（元）"),
             (1, 3, 1, 1, "1,620,000.00"), (1, 4, 1, 1, "其中：财政拨款"), (1, 5, 1, 1, "1,400,000.00"),
             (2, 0, 1, 1, "全年执行数（元）"), (2, 1, 1, 1, "1,548,260.00"), (2, 2, 1, 1, "上年结转（元）"),
             (2, 3, 1, 1, "220,000.00"), (2, 4, 1, 1, "执行率"), (2, 5, 1, 1, "95.57%")]
    cells += [(3, k, 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"))]
    cells += [(4, k, 1, 1, t) for k, t in enumerate(("产出指标", "数量指标", "除险加固水库座数", "不少于6座", "6座", "90"))]
    doc = _doc(tmp_path / "jx.pdf", [replace(_spec("项目支出绩效自评表", cells, 5, [80, 80, 80, 80, 80, 70],
                                                   kind="performance_self_evaluation"), unit_raw="", unit="yuan")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("1620000.00"), Decimal("1400000.00"), Decimal("220000.00"))


@pytest.mark.parametrize("head", ["来源", "资金来源", "收入来源"])
def test_sum_atop_sources_under_a_source_amount_head(tmp_path, head):
    # 资金来源 (merged down) | 来源 | 金额（万元）, then 合计 first and the sources under it
    # (财政拨款, its 财政拨款收入 lines, 上年结转, 其他资金): the 合计 is the year's sum
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "老旧小区改造"),
             (1, 0, 7, 1, "资金来源"), (1, 1, 1, 2, head), (1, 3, 1, 1, "金额（万元）")]
    rows = (("合计", "1,850.00"), ("财政拨款", "1,650.00"), ("其中：一般公共预算财政拨款收入", "1,200.00"),
            ("政府性基金预算财政拨款收入", "450.00"), ("上年结转", "200.00"), ("其他资金", "0.00"))
    for r, (label, v) in enumerate(rows, start=2):
        cells += [(r, 1, 1, 2, label), (r, 3, 1, 1, v)]
    cells += [(8, k, 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值"))]
    cells += [(9, k, 1, 1, t) for k, t in enumerate(("产出指标", "数量指标", "改造小区数", "22个"))]
    doc = _doc(tmp_path / "jl.pdf", [replace(_spec("项目支出绩效目标表", cells, 10, [70, 90, 120, 90]),
                                             unit_raw="", unit=None)])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("18500000.00"), Decimal("16500000.00"), Decimal("2000000.00"))


def test_class_range_is_no_numbering():
    # 四、五类危桥 names classes four and five: no 四、 numbering to strip (一、二级医院 too)
    assert P.indicator_name("四、五类危桥处置率") == "四、五类危桥处置率"
    assert P.indicator_name("一、二级医院覆盖率") == "一、二级医院覆盖率"
    assert P.indicator_name("三、危桥处置率") == "危桥处置率"


def test_column_letters_on_top_of_the_next_form_are_no_indicator(tmp_path):
    # forms one after another in one table, each page opening with the row of column
    # letters (A | B | C | D): the letters under the last form's grid are no indicator of it
    cells = [(0, k, 1, 1, t) for k, t in enumerate("ABCD")]
    cells += [(1, 0, 1, 1, "项目名称"), (1, 1, 1, 3, "非遗保护传承"),
              (2, 0, 1, 1, "一级指标"), (2, 1, 1, 1, "二级指标"), (2, 2, 1, 1, "三级指标"), (2, 3, 1, 1, "指标值"),
              (3, 0, 1, 1, "产出指标"), (3, 1, 1, 1, "数量指标"), (3, 2, 1, 1, "非遗展演活动场次"), (3, 3, 1, 1, "不少于15场")]
    cells += [(4, k, 1, 1, t) for k, t in enumerate("ABCD")]
    cells += [(5, 0, 1, 1, "项目名称"), (5, 1, 1, 3, "场馆免费开放"),
              (6, 0, 1, 1, "一级指标"), (6, 1, 1, 1, "二级指标"), (6, 2, 1, 1, "三级指标"), (6, 3, 1, 1, "指标值"),
              (7, 0, 1, 1, "产出指标"), (7, 1, 1, 1, "数量指标"), (7, 2, 1, 1, "免费开放场馆数"), (7, 3, 1, 1, "达到6个")]
    doc = _doc(tmp_path / "sc.pdf", [_spec("项目支出绩效目标表", cells, 8, [80, 80, 130, 90])])
    assert [(i["project_name"], i["name"]) for i in P.indicators(doc)] == \
        [("非遗保护传承", "非遗展演活动场次"), ("场馆免费开放", "免费开放场馆数")]


def _source_heads_form(heads: tuple[str, ...], figures: tuple[str, ...], block: str = "资金来源（元）") -> TableSpec:
    # a block label, then source heads in a row over one row of figures (the block label merged down)
    n = len(heads)
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, n + 1, "城区道路养护"),
             (1, 0, 2, 1, block), *[(1, 1 + j, 1, 1 + (j == n - 1), t) for j, t in enumerate(heads)],
             *[(2, 1 + j, 1, 1 + (j == n - 1), t) for j, t in enumerate(figures)],
             (3, 0, 1, 1, "一级指标"), (3, 1, 1, 1, "二级指标"), (3, 2, 1, n - 1, "三级指标"), (3, 1 + n, 1, 1, "指标值"),
             (4, 0, 1, 1, "产出指标"), (4, 1, 1, 1, "数量指标"), (4, 2, 1, n - 1, "养护道路面积"),
             (4, 1 + n, 1, 1, "≥215万平方米")]
    return replace(_spec("项目支出绩效目标表", cells, 5, [70] + [80] * (n + 1)), unit_raw="", unit=None)


_INCOME_HEADS = ("资金总额", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "财政专户管理资金", "单位资金")


@pytest.mark.parametrize("figures, fiscal", [
    (("5860000.00", "5860000.00", "/", "/", "/"), "5860000.00"),
    (("12450000.00", "/", "9800000.00", "/", "2650000.00"), "9800000.00"),
    (("1000000.00", "600000.00", "300000.00", "—", "100000.00"), "900000.00"),
    (("1000000.00", "600000.00", "", "", "400000.00"), "600000.00"),
])
def test_fiscal_income_heads_across_a_row_add_up(tmp_path, figures, fiscal):
    # 资金来源（元） | 资金总额 | 一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 财政专户管理资金
    # | 单位资金 over one row of figures: the fiscal part is the sum of the …财政拨款收入 figures
    # ("/", "—" or a blank add nothing), as where the lines are printed down a column
    doc = _doc(tmp_path / "h.pdf", [_source_heads_form(_INCOME_HEADS, figures)])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal(figures[0]), Decimal(fiscal))


def test_fiscal_income_grid_with_carried_and_other(tmp_path):
    # 资金来源 | 合计 | 一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 上年结转 | 其他收入 over
    # one row of figures in 元 (the unit line above the table): 合计 is the year's, the fiscal
    # the …财政拨款收入 sum, 上年结转 the carried
    heads = ("合计", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "上年结转", "其他收入")
    spec = replace(_source_heads_form(heads, ("2,150,000.00", "950,000.00", "/", "0.00", "1,200,000.00"), "资金来源"),
                   unit_raw="单位：元", unit="yuan")
    (p,) = P.projects(_doc(tmp_path / "g.pdf", [spec]))
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("2150000.00"), Decimal("950000.00"), Decimal("0.00"))


@pytest.mark.parametrize("fiscal_head", ["本年财政资金（元）", "当年财政拨款（元）", "年度财政资金（元）"])
def test_year_fiscal_head_carrying_its_unit(tmp_path, fiscal_head):
    # 资金总额（元） | 本年财政资金（元） | 上年结转资金（元） | 其他资金（元） over one row of figures:
    # the year's 财政资金 / 财政拨款 is the fiscal part, whatever year word leads it
    heads = ("资金总额（元）", fiscal_head, "上年结转资金（元）", "其他资金（元）")
    cells = [(0, 0, 1, 4, "项目名称：城市供热管网改造"),
             *[(1, j, 1, 1, t) for j, t in enumerate(heads)],
             *[(2, j, 1, 1, t) for j, t in enumerate(("8,600,000.00", "7,200,000.00", "1,400,000.00", ""))],
             (3, 0, 1, 1, "一级指标"), (3, 1, 1, 1, "二级指标"), (3, 2, 1, 1, "三级指标"), (3, 3, 1, 1, "指标值"),
             (4, 0, 1, 1, "产出指标"), (4, 1, 1, 1, "数量指标"), (4, 2, 1, 1, "改造供热管网长度"), (4, 3, 1, 1, "≥12.5公里")]
    spec = replace(_spec("项目支出绩效目标表", cells, 5, [100, 100, 100, 100]), unit_raw="", unit=None)
    (p,) = P.projects(_doc(tmp_path / "y.pdf", [spec]))
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("8600000.00"), Decimal("7200000.00"), Decimal("1400000.00"))


def test_list_fiscal_income_columns_add_up(tmp_path):
    # 序号 | 项目名称 | 合计 | 一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 上年结转 | 年度绩效目标 |
    # grid: a list's …财政拨款收入 columns add up to the fiscal part, as a form's lines do
    # ("/" adds nothing)
    figures = {1: ("300.00", "200.00", "80.00", "20.00"), 2: ("150.00", "/", "150.00", "0.00")}
    rows = _merged_list(
        ("序号", "项目名称", "合计", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "上年结转", "年度绩效目标",
         "一级指标", "二级指标", "三级指标", "指标值"),
        [((str(n), f"项目{n}", *figures[n], "改善人居环境。"),
          [("产出指标", "数量指标", f"指标{n}-{j}", f"≥{j + 1}个") for j in range(2)]) for n in (1, 2)],
        None)
    doc = _composed(tmp_path, "sx", "示例局2025年项目绩效目标表", [
        (rows.cells, rows.n, [26, 60, 50, 70, 70, 50, 110, 50, 60, 90, 60],
         dict(title="2025年项目支出绩效目标表", editor="部门名称：示例局", unit_raw="金额单位：万元", landscape=True),
         dict())])
    assert {(p["project_name"], p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"])
            for p in P.projects(doc)} == {("项目1", Decimal("3000000.00"), Decimal("2800000.00"), Decimal("200000.00")),
                                          ("项目2", Decimal("1500000.00"), Decimal("1500000.00"), Decimal("0.00"))}


def test_list_money_cell_stacking_label_figure_lines(tmp_path):
    # 项目名称 | 项目资金（万元） | 年度绩效目标 | grid, each project's money one merged cell of
    # stacked lines (资金总额：… / 其中：财政拨款：… / 其他资金：… or 上年结转：…): read as a
    # form's label：figure pairs in the head's unit
    money = {1: "资金总额：186.00\n其中：财政拨款：150.00\n其他资金：36.00",
             2: "资金总额：120.00\n其中：财政拨款：80.00\n上年结转：40.00"}
    rows = _merged_list(
        ("项目名称", "项目资金（万元）", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"),
        [((f"项目{n}", money[n], "完善公共服务。"),
          [("产出指标", "数量指标", f"指标{n}-{j}", f"≥{j + 1}个") for j in range(3)]) for n in (1, 2)],
        None)
    doc = _composed(tmp_path, "ml", "示例局2025年项目绩效目标表", [
        (rows.cells, rows.n, [90, 120, 150, 60, 70, 100, 70],
         dict(title="2025年项目支出绩效目标表", editor="部门名称：示例局", unit_raw="", landscape=True), dict())])
    assert {(p["project_name"], p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"])
            for p in P.projects(doc)} == {("项目1", Decimal("1860000.00"), Decimal("1500000.00"), None),
                                          ("项目2", Decimal("1200000.00"), Decimal("800000.00"), Decimal("400000.00"))}


def test_total_row_figures_one_column_on_from_the_heads(tmp_path):
    # 总分 merged over the 分值 column, then 100 | 95.50 under 得分 | 偏差原因分析: the 分值
    # total then the 得分 total, printed one column on — the score is the last
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 5, "课后服务补助"),
             (1, 0, 1, 2, "全年预算数"), (1, 2, 1, 1, "3,350,000.00"), (1, 3, 1, 2, "全年执行数"),
             (1, 5, 1, 2, "3,182,500.00"),
             *[(2, j, 1, 1, t) for j, t in enumerate(("一级指标", "二级指标", "三级指标", "分值", "得分",
                                                      "偏差原因分析", "改进措施"))],
             *[(3, j, 1, 1, t) for j, t in enumerate(("产出指标", "数量指标", "服务学生人数", "90", "86", "", ""))],
             (4, 0, 1, 3, "总 分"), (4, 3, 1, 1, ""), (4, 4, 1, 1, "100"), (4, 5, 1, 1, "95.50"), (4, 6, 1, 1, ""),
             (5, 0, 1, 3, "自评等级"), (5, 3, 1, 4, "优")]
    # (the 总分 label merged over the 分值 column)
    cells = [c for c in cells if c[:2] != (4, 3)]
    cells = [(4, 0, 1, 4, "总 分") if c[:2] == (4, 0) else c for c in cells]
    doc = _doc(tmp_path / "ts.pdf", [_spec("项目支出绩效自评表", cells, 6, [60, 60, 90, 50, 50, 80, 80],
                                           kind="performance_self_evaluation")])
    (ev,) = P.self_evaluations(doc)
    assert (ev["score"], ev["grade"]) == (95.5, "优")


def test_project_period_total_label_wrapped_with_its_unit(tmp_path):
    # 项目实施期资金总额（万元） | x | 年度资金总额（万元） | y: 项目实施期 is a period word as
    # 实施期 is — the project's total beside the year's sum
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "海绵城市建设"),
             (1, 0, 1, 1, "项目实施期资金\n总额（万元）"), (1, 1, 1, 1, "3,600.00"),
             (1, 2, 1, 1, "年度资金总额（万元）"), (1, 3, 1, 1, "1,050.00"),
             (2, 0, 1, 1, "其中：财政拨款"), (2, 1, 1, 1, "600.00"), (2, 2, 1, 1, "其中：上年结转"), (2, 3, 1, 1, "450.00"),
             (3, 0, 1, 1, "一级指标"), (3, 1, 1, 1, "二级指标"), (3, 2, 1, 1, "三级指标"), (3, 3, 1, 1, "指标值"),
             (4, 0, 1, 1, "产出指标"), (4, 1, 1, 1, "数量指标"), (4, 2, 1, 1, "新增达标面积"), (4, 3, 1, 1, "≥2平方公里")]
    spec = replace(_spec("项目支出绩效目标表", cells, 5, [100, 110, 110, 100]), unit_raw="", unit=None)
    (p,) = P.projects(_doc(tmp_path / "pt.pdf", [spec]))
    assert (p["amount_yuan"], p["total_amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("10500000.00"), Decimal("36000000.00"), Decimal("6000000.00"), Decimal("4500000.00"))


@pytest.mark.parametrize("second_label", ["—", "其中：财政拨款（万元）"])
def test_part_row_under_stage_pairs_takes_the_full_year_column(tmp_path, second_label):
    # 年初预算数（万元） | 1,180.00 | 全年预算数（万元） | 1,246.80 | 全年执行数（万元） | 1,246.80
    # over 其中：财政拨款（万元） | 1,180.00 | —(or the label again) | 1,246.80 | 执行率 | 100.00%:
    # each figure of the part's row is at the stage of the pair above it; the part's is the 全年预算数 one
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 6, "学生资助补助经费"),
             (1, 0, 1, 2, "年初预算数（万元）"), (1, 2, 1, 1, "1,180.00"), (1, 3, 1, 1, "全年预算数（万元）"),
             (1, 4, 1, 1, "1,246.80"), (1, 5, 1, 2, "全年执行数（万元）"), (1, 7, 1, 1, "1,246.80"),
             (2, 0, 1, 2, "其中：财政拨款（万元）"), (2, 2, 1, 1, "1,180.00"), (2, 3, 1, 1, second_label),
             (2, 4, 1, 1, "1,246.80"), (2, 5, 1, 2, "执行率"), (2, 7, 1, 1, "100.00%"),
             (3, 0, 1, 2, "上年结转（万元）"), (3, 2, 1, 1, "—"), (3, 3, 1, 1, "分值"), (3, 4, 1, 1, "10"),
             (3, 5, 1, 2, "得分"), (3, 7, 1, 1, "10"),
             *[(4, k, 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                      "分值", "得分", "偏差原因分析及改进措施"))],
             *[(5, k, 1, 1, t) for k, t in enumerate(("产出指标", "数量指标", "资助学生人次", "≥1.6万人次",
                                                      "1.64万人次", "20", "20", ""))],
             (6, 0, 1, 5, "总分"), (6, 5, 1, 1, "100"), (6, 6, 1, 1, "99.00"), (6, 7, 1, 1, "自评等级：优")]
    spec = replace(_spec("项目支出绩效自评表", cells, 7, [58, 64, 96, 62, 62, 36, 48, 86],
                         kind="performance_self_evaluation"), unit_raw="", unit=None)
    (p,) = P.projects(_doc(tmp_path / "sp.pdf", [spec]))
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("12468000.00"), Decimal("12468000.00"), None)


def test_row_led_by_a_blank_cell_under_the_block_label_is_in_its_unit(tmp_path):
    # 项目资金（万元） | 年度资金总额： | 186.00 | 其中：财政拨款 | 150.00 over (blank) | 上年结转： | 36.00 |
    # 其他资金 | /: the block label's unit holds for the rows of the block under it
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 5, "农村供水工程维修养护"),
             (1, 0, 1, 1, "项目资金（万元）"), (1, 1, 1, 2, "年度资金总额："), (1, 3, 1, 1, "186.00"),
             (1, 4, 1, 1, "其中：财政拨款"), (1, 5, 1, 1, "150.00"),
             (2, 0, 1, 1, ""), (2, 1, 1, 2, "上年结转："), (2, 3, 1, 1, "36.00"), (2, 4, 1, 1, "其他资金"),
             (2, 5, 1, 1, "/"),
             (3, 0, 1, 1, "一级指标"), (3, 1, 1, 1, "二级指标"), (3, 2, 1, 2, "三级指标"), (3, 4, 1, 1, "指标值"),
             (3, 5, 1, 1, "权重（%）"),
             (4, 0, 1, 1, "产出指标"), (4, 1, 1, 1, "数量指标"), (4, 2, 1, 2, "维修养护供水工程处数"),
             (4, 4, 1, 1, "≥64处"), (4, 5, 1, 1, "20")]
    spec = replace(_spec("项目支出绩效目标表", cells, 5, [74, 84, 70, 80, 96, 76]), unit_raw="", unit=None)
    (p,) = P.projects(_doc(tmp_path / "bu.pdf", [spec]))
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("1860000.00"), Decimal("1500000.00"), Decimal("360000.00"))


@pytest.mark.parametrize("carried_label", ["上年结余", "上年结余资金", "结余资金", "上年结转结余", "以前年度结余"])
@pytest.mark.parametrize("sum_label", ["资金合计", "项目金额", "本年预算安排", "年度安排资金"])
def test_hand_typed_sum_and_balance_labels_with_the_unit_in_the_cell(tmp_path, carried_label, sum_label):
    # 资金合计 | 280,000.00元 | 财政资金 | 200,000.00元 over 上年结余 | 80,000.00元 | 自有资金 | 0.00元:
    # the hand-typed family of the carried-over balance (上年结余, 结余资金 …) is 上年结转's part,
    # a sum label (资金合计, 项目金额, 本年预算安排) the year's, 自有资金 never fiscal
    cells = [(0, 0, 1, 1, "项 目 名 称"), (0, 1, 1, 3, "村卫生所医疗设备购置"),
             (1, 0, 1, 1, sum_label), (1, 1, 1, 1, "280,000.00元"), (1, 2, 1, 1, "财政资金"),
             (1, 3, 1, 1, "200,000.00元"),
             (2, 0, 1, 1, carried_label), (2, 1, 1, 1, "80,000.00元"), (2, 2, 1, 1, "自有资金"), (2, 3, 1, 1, "0.00元"),
             (3, 0, 1, 1, "一级指标"), (3, 1, 1, 1, "二级指标"), (3, 2, 1, 1, "三级指标"), (3, 3, 1, 1, "指标值"),
             (4, 0, 1, 1, "产出指标"), (4, 1, 1, 1, "数量指标"), (4, 2, 1, 1, "购置设备台套数"), (4, 3, 1, 1, "14台")]
    spec = replace(_spec("项目支出绩效目标表", cells, 5, [100, 120, 160, 115]), unit_raw="", unit=None)
    (p,) = P.projects(_doc(tmp_path / "hs.pdf", [spec]))
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("280000.00"), Decimal("200000.00"), Decimal("80000.00"))


def test_sum_atop_a_stacked_block_under_its_money_label(tmp_path):
    # 项目金额（万元） merged down over 合计 | 210.00 / 财政资金 | 180.00 / 上年结余 | 30.00: the
    # block's 合计, its sources under it, is the year's sum in the block label's unit
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "学生营养改善计划"),
             (1, 0, 3, 1, "项目金额（万元）"), (1, 1, 1, 1, "合计"), (1, 2, 1, 2, "210.00"),
             (2, 1, 1, 1, "财政资金"), (2, 2, 1, 2, "180.00"),
             (3, 1, 1, 1, "上年结余"), (3, 2, 1, 2, "30.00"),
             (4, 0, 1, 1, "一级指标"), (4, 1, 1, 1, "二级指标"), (4, 2, 1, 1, "三级指标"), (4, 3, 1, 1, "指标值"),
             (5, 0, 1, 1, "产出指标"), (5, 1, 1, 1, "数量指标"), (5, 2, 1, 1, "受益学生人数"), (5, 3, 1, 1, "≥2100人")]
    spec = replace(_spec("项目支出绩效目标表", cells, 6, [90, 110, 150, 90]), unit_raw="", unit=None)
    (p,) = P.projects(_doc(tmp_path / "sb.pdf", [spec]))
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("2100000.00"), Decimal("1800000.00"), Decimal("300000.00"))


@pytest.mark.parametrize("label", ["结余", "结余率", "预算结余说明", "结余原因"])
def test_balance_word_alone_is_no_money_label(label):
    # 结余 names the carried money only with its year or its 资金 (上年结余, 结余资金)
    from cnbudget.normalizers.form_vocabulary import _money_label
    assert _money_label(label) is None


def test_project_list_with_name_and_target_columns_only_reads_its_indicators(tmp_path):
    # 序号 | 项目名称 | 项目金额（元） | 其中：财政拨款（元） | 项目绩效目标 | 绩效指标 | 指标值, no level
    # columns, project cells merged down: a list header naming the indicator and its target
    # heads the indicator grid too; the 填报说明 row at the foot is no project
    cells = [*[(0, k, 1, 1, t) for k, t in enumerate(("序号", "项目名称", "项目金额（元）", "其中：财政拨款（元）",
                                                      "项目绩效目标", "绩效指标", "指标值"))],
             (1, 0, 2, 1, "1"), (1, 1, 2, 1, "就业创业补贴"), (1, 2, 2, 1, "4,860,000.00"),
             (1, 3, 2, 1, "4,800,000.00"), (1, 4, 2, 1, "落实就业创业补贴政策。"),
             (1, 5, 1, 1, "城镇新增就业人数"), (1, 6, 1, 1, "≥3500人"),
             (2, 5, 1, 1, "补贴资金发放准确率"), (2, 6, 1, 1, "100%"),
             (3, 0, 1, 7, "填报说明：项目金额为年度预算安排数，绩效指标为该项目主要绩效指标。")]
    spec = replace(_spec("2025年重点项目绩效目标表", cells, 4, [30, 76, 76, 80, 96, 100, 62]),
                   unit_raw="", unit=None)
    doc = _doc(tmp_path / "kl.pdf", [spec])
    assert [(i["project_name"], i["name"], i["target_raw"]) for i in P.indicators(doc)] == \
        [("就业创业补贴", "城镇新增就业人数", "≥3500人"), ("就业创业补贴", "补贴资金发放准确率", "100%")]
    assert [(p["project_name"], p["amount_yuan"], p["fiscal_amount_yuan"]) for p in P.projects(doc)] == \
        [("就业创业补贴", Decimal("4860000.00"), Decimal("4800000.00"))]


def test_fiscal_income_heads_over_stage_rows_take_the_full_year_row(tmp_path):
    # 资金来源 | 合计 | 一般公共预算财政拨款收入 | 政府性基金预算财政拨款收入 | 单位资金 across, the
    # stages down (年初预算数 / 全年预算数 / 全年执行数): the fiscal part sums the 全年预算数 row's
    # …财政拨款收入 figures, never the 年初 row's (the first under the heads)
    cells = [(0, 0, 1, 2, "项目名称"), (0, 2, 1, 4, "燃气管道更新改造"),
             (1, 0, 4, 1, "项目资金（万元）"), (1, 1, 1, 1, "资金来源"), (1, 2, 1, 1, "合计"),
             (1, 3, 1, 1, "一般公共预算财政拨款收入"), (1, 4, 1, 1, "政府性基金预算财政拨款收入"), (1, 5, 1, 1, "单位资金"),
             *[(2 + n, k, 1, 1, t) for n, line in enumerate((("年初预算数", "1,500.00", "1,000.00", "500.00", ""),
                                                             ("全年预算数", "1,600.00", "1,050.00", "400.00", "150.00"),
                                                             ("全年执行数", "1,500.00", "1,000.00", "380.00", "120.00")))
               for k, t in enumerate(line, 1)],
             *[(5, k, 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度目标值", "实际完成值", "得分"))],
             *[(6, k, 1, 1, t) for k, t in enumerate(("产出指标", "数量指标", "改造管道长度", "≥42公里", "42公里", "20"))]]
    spec = replace(_spec("项目支出绩效自评表", cells, 7, [70, 70, 80, 100, 100, 80],
                         kind="performance_self_evaluation"), unit_raw="", unit=None)
    (p,) = P.projects(_doc(tmp_path / "fs.pdf", [spec]))
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("16000000.00"), Decimal("14500000.00"))


def test_money_heads_over_figures_printed_with_their_unit(tmp_path):
    # 资金情况 | 资金总额 | 其中：财政拨款 | 其中：上年结转 | 其他资金 over 1,280.00万元 | 1,150.00万元 |
    # 130.00万元 | (blank): each figure under its head, in the unit printed in its cell
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 4, "就业创业补助资金"),
             (1, 0, 2, 1, "资金情况"), (1, 1, 1, 1, "资金总额"), (1, 2, 1, 1, "其中：财政拨款"),
             (1, 3, 1, 1, "其中：上年结转"), (1, 4, 1, 1, "其他资金"),
             (2, 1, 1, 1, "1,280.00万元"), (2, 2, 1, 1, "1,150.00万元"), (2, 3, 1, 1, "130.00万元"), (2, 4, 1, 1, ""),
             *[(3, k, 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "指标值说明"))],
             *[(4, k, 1, 1, t) for k, t in enumerate(("产出指标", "数量指标", "城镇新增就业人数", "不低于5000人", ""))]]
    spec = replace(_spec("项目支出绩效目标表", cells, 5, [80, 90, 110, 110, 90]), unit_raw="", unit=None)
    (p,) = P.projects(_doc(tmp_path / "uc.pdf", [spec]))
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("12800000.00"), Decimal("11500000.00"), Decimal("1300000.00"))


def test_labels_above_values_then_money_block_label_across_is_no_list_project(tmp_path):
    # 项目名称 | 项目编码 | 主管部门 | 实施单位 over their values (read like a one-row list), then
    # the money block's label merged across the form (项目资金（万元）) over 资金总额 | 财政拨款 |
    # 其他资金 | 上年结转 and the amounts below: the block's label is no project of a list; the
    # indicators and money belong to the project named under 项目名称
    cells = [*[(0, k, 1, 1, t) for k, t in enumerate(("项目名称", "项目编码", "主管部门", "实施单位"))],
             *[(1, k, 1, 1, t) for k, t in enumerate(("乡村学校少年宫建设", "36070225T000000011234",
                                                      "某县教育局", "某县青少年活动中心"))],
             (2, 0, 1, 4, "项目资金（万元）"),
             *[(3, k, 1, 1, t) for k, t in enumerate(("资金总额", "财政拨款", "其他资金", "上年结转"))],
             *[(4, k, 1, 1, t) for k, t in enumerate(("86.00", "80.00", "", "6.00"))],
             (5, 0, 1, 1, "年度目标"), (5, 1, 1, 3, "建成乡村学校少年宫，丰富学生课外活动。"),
             *[(6, k, 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值"))],
             *[(7, k, 1, 1, t) for k, t in enumerate(("产出指标", "数量指标", "建成少年宫数量", "不少于6个"))]]
    spec = replace(_spec("项目支出绩效目标申报表", cells, 8, [110, 120, 100, 110]), unit_raw="", unit=None)
    doc = _doc(tmp_path / "la.pdf", [spec])
    assert [(i["project_name"], i["name"]) for i in P.indicators(doc)] == [("乡村学校少年宫建设", "建成少年宫数量")]
    assert [(p["project_name"], p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"])
            for p in P.projects(doc)] == \
        [("乡村学校少年宫建设", Decimal("860000.00"), Decimal("800000.00"), Decimal("60000.00"))]


def test_part_rows_under_stage_pairs_take_the_unit_their_stage_labels_print(tmp_path):
    # 全年预算数（万元） | 2,360.00 | 全年执行数（万元） | 2,312.48, then 其中：财政拨款 | 1,860.00 |
    # 其中：财政拨款 | 1,812.48 and 上年结转 | 500.00 | 上年结转 | 500.00 on a form printing no unit
    # line: the part rows are in the unit the block's stage labels above them print
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 5, "冬季清冰雪作业经费"),
             (1, 0, 1, 1, "主管部门"), (1, 1, 1, 2, "示例局"), (1, 3, 1, 1, "实施单位"), (1, 4, 1, 2, "示例中心"),
             *[(2 + n, k, 1, 1, t) for n, line in enumerate((
                 ("全年预算数（万元）", "2,360.00", "全年执行数（万元）", "2,312.48", "预算执行率", "97.99%"),
                 ("其中：财政拨款", "1,860.00", "其中：财政拨款", "1,812.48", "分值", "10"),
                 ("上年结转", "500.00", "上年结转", "500.00", "得分", "9.80")))
               for k, t in enumerate(line)],
             *[(5, k, 1, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"))],
             *[(6, k, 1, 1, t) for k, t in enumerate(("产出指标", "数量指标", "清冰雪作业面积", "≥1200万平方米",
                                                      "1260万平方米", "15"))]]
    spec = replace(_spec("项目支出绩效自评表", cells, 7, [80, 70, 80, 90, 80, 70],
                         kind="performance_self_evaluation"), unit_raw="（2024年度）", unit=None)
    (p,) = P.projects(_doc(tmp_path / "sp.pdf", [spec]))
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("23600000.00"), Decimal("18600000.00"), Decimal("5000000.00"))


# A list printing each project's code: a code column (before or after the names, its head
# merged over the list's two header rows or not) or the code glued to the name. The code is
# the project's, kept as printed (a long numeric code keeps every digit), never money nor an
# indicator; a list without codes reads as before.
_CODED_INDICATORS = [("产出指标", "数量指标", "改造小区数", "≥12个"), ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%")]


def _coded_list_doc(tmp_path, heads, own_rows, *, head_rows=1):
    from cnbudget.demo.form_layouts import _Rows
    rows = _Rows()
    for col, head in enumerate(heads):
        if isinstance(head, tuple):  # (merged head, sub-heads under it)
            rows.put(0, col, 1, len(head[1]), head[0])
            for j, sub in enumerate(head[1]):
                rows.put(1, col + j, 1, 1, sub)
    col = 0
    for head in heads:
        if isinstance(head, tuple):
            col += len(head[1])
            continue
        rows.put(0, col, head_rows, 1, head)
        col += 1
    rows.n = head_rows
    n_own = col - 4
    for own in own_rows:
        r0 = rows.n
        for j, (l1, l2, name, raw) in enumerate(_CODED_INDICATORS):
            for c, text in ((n_own, l1), (n_own + 1, l2), (n_own + 2, f"{name}{own[-1]}"), (n_own + 3, raw)):
                rows.put(r0 + j, c, 1, 1, text)
        for c, text in enumerate(own[:-1]):
            rows.put(r0, c, len(_CODED_INDICATORS), 1, text)
    widths = [110 if n_own > 3 else 130] + [70] * (n_own - 1) + [60, 80, 90, 60]
    return _composed(tmp_path, "coded", "示例局2025年项目绩效目标表", [
        (rows.cells, rows.n, widths,
         dict(title="2025年项目支出绩效目标表", editor="部门名称：示例局", unit_raw="金额单位：万元", landscape=True),
         dict())])


def _coded_rows(doc):
    inds = P.indicators(doc)
    assert {(i["project_name"], i["name"]) for i in inds} == {
        (f"老旧小区改造{n}", f"{name}{n}") for n in (1, 2) for _, _, name, _ in _CODED_INDICATORS}
    return sorted((p["project_name"], p["project_code"], p["amount_yuan"]) for p in P.projects(doc))


def test_list_code_column_first_merged_over_two_header_rows(tmp_path):
    doc = _coded_list_doc(tmp_path, ["项目编码", "项目名称", ("项目资金", ["资金总额", "财政拨款"]), "一级指标",
                                     "二级指标", "三级指标", "指标值"],
                          [("330102250000000012345", "老旧小区改造1", "120.00", "100.00", "1"),
                           ("330102250000000067890", "老旧小区改造2", "80.00", "80.00", "2")], head_rows=2)
    assert _coded_rows(doc) == [("老旧小区改造1", "330102250000000012345", Decimal("1200000.00")),
                                ("老旧小区改造2", "330102250000000067890", Decimal("800000.00"))]


def test_list_code_column_after_the_name(tmp_path):
    doc = _coded_list_doc(tmp_path, ["项目名称", "项目编号", "金额", "一级指标", "二级指标", "三级指标", "指标值"],
                          [("老旧小区改造1", "3301022500000000123", "120.00", "1"),
                           ("老旧小区改造2", "33010225A0000000456", "80.00", "2")])
    assert _coded_rows(doc) == [("老旧小区改造1", "3301022500000000123", Decimal("1200000.00")),
                                ("老旧小区改造2", "33010225A0000000456", Decimal("800000.00"))]


def test_list_code_glued_to_the_name(tmp_path):
    doc = _coded_list_doc(tmp_path, ["项目名称", "金额", "一级指标", "二级指标", "三级指标", "指标值"],
                          [("330102250000000012345-老旧小区改造1", "120.00", "1"),
                           ("330102250000000067890-老旧小区改造2", "80.00", "2")])
    assert _coded_rows(doc) == [("老旧小区改造1", "330102250000000012345", Decimal("1200000.00")),
                                ("老旧小区改造2", "330102250000000067890", Decimal("800000.00"))]


def test_list_without_codes_reads_no_code(tmp_path):
    doc = _coded_list_doc(tmp_path, ["项目名称", "金额", "一级指标", "二级指标", "三级指标", "指标值"],
                          [("老旧小区改造1", "120.00", "1"), ("老旧小区改造2", "80.00", "2")])
    assert _coded_rows(doc) == [("老旧小区改造1", None, Decimal("1200000.00")),
                                ("老旧小区改造2", None, Decimal("800000.00"))]


@pytest.mark.parametrize("sentence, want", [
    ("项目资金：总额36.00万元，其中：财政资金30.00万元，其他资金6.00万元。",
     (Decimal("360000.00"), Decimal("300000.00"), None)),
    ("资金情况（万元）：资金总额52.00，其中：财政资金52.00，上年结转0.00。",
     (Decimal("520000.00"), Decimal("520000.00"), Decimal("0.00"))),
])
def test_money_sentence_opened_by_its_block_label(tmp_path, sentence, want):
    # 项目资金 | "项目资金：总额36.00万元，其中：…": the block's own label opening the sentence
    # (with its unit or not) names what follows; the pairs after it are the money
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "全民健身赛事"),
             (1, 0, 1, 1, "项目资金"), (1, 1, 1, 3, sentence),
             (2, 0, 1, 1, "一级指标"), (2, 1, 1, 1, "二级指标"), (2, 2, 1, 1, "三级指标"), (2, 3, 1, 1, "指标值"),
             (3, 0, 1, 1, "产出指标"), (3, 1, 1, 1, "数量指标"), (3, 2, 1, 1, "举办赛事场次"), (3, 3, 1, 1, "≥12场")]
    doc = _doc(tmp_path / "nmg.pdf", [replace(_spec("项目支出绩效目标表", cells, 4, [70, 80, 220, 80]),
                                              unit_raw="", unit=None)])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == want


@pytest.mark.parametrize("label", ["项目总金额", "项目总预算", "项目资金总额"])
def test_project_sum_alone_on_a_one_year_form_is_the_year_money(tmp_path, label):
    # 项目总金额 | 158.40万元 / 其中：财政资金 | … / 其他资金 | …, stacked, and no year's own
    # sum on a form of no longer period: the project's sum is this year's money
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "学前教育资助"),
             (1, 0, 1, 1, label), (1, 1, 1, 3, "158.40万元"),
             (2, 0, 1, 1, "其中：财政资金"), (2, 1, 1, 3, "150.00万元"),
             (3, 0, 1, 1, "其他资金"), (3, 1, 1, 3, "8.40万元"),
             (4, 0, 1, 1, "一级指标"), (4, 1, 1, 1, "二级指标"), (4, 2, 1, 1, "三级指标"), (4, 3, 1, 1, "指标值"),
             (5, 0, 1, 1, "产出指标"), (5, 1, 1, 1, "数量指标"), (5, 2, 1, 1, "资助幼儿人数"), (5, 3, 1, 1, "≥1200人次")]
    doc = _doc(tmp_path / "gx.pdf", [replace(_spec("项目支出绩效目标表", cells, 6, [110, 80, 180, 80]),
                                             unit_raw="", unit=None)])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["total_amount_yuan"], p["fiscal_amount_yuan"]) == \
        (Decimal("1584000.00"), None, Decimal("1500000.00"))


def test_project_money_label_beside_its_figure_and_a_level_named_fiscal_source(tmp_path):
    # 项目资金 | 3,200,000.00元, then 资金来源 (merged down) | 中央补助 | 市级财政拨款 | 单位自有资金
    # | 其他资金 over their figures: the block's label beside a figure is the year's sum, and
    # 财政拨款 named with its government level (市级 / 县级 / 本级) is the fiscal part —
    # 中央补助 and the unit's own money are not
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 4, "急诊急救能力提升"),
             (1, 0, 1, 1, "项目资金"), (1, 1, 1, 4, "3,200,000.00元"),
             (2, 0, 2, 1, "资金来源"), (2, 1, 1, 1, "中央补助"), (2, 2, 1, 1, "市级财政拨款"), (2, 3, 1, 1, "单位自有资金"),
             (2, 4, 1, 1, "其他资金"),
             (3, 1, 1, 1, "1,500,000.00元"), (3, 2, 1, 1, "1,700,000.00元"), (3, 3, 1, 1, ""), (3, 4, 1, 1, ""),
             (4, 0, 1, 1, "一级指标"), (4, 1, 1, 1, "二级指标"), (4, 2, 1, 2, "三级指标"), (4, 4, 1, 1, "指标值"),
             (5, 0, 1, 1, "产出指标"), (5, 1, 1, 1, "数量指标"), (5, 2, 1, 2, "购置急救设备台数"), (5, 4, 1, 1, "≥20台")]
    doc = _doc(tmp_path / "hi.pdf", [replace(_spec("项目支出绩效目标表", cells, 6, [80, 90, 90, 90, 90]),
                                             unit_raw="", unit=None)])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"], p["carried_over_yuan"]) == \
        (Decimal("3200000.00"), Decimal("1700000.00"), None)


@pytest.mark.parametrize("shaded", [(), (0, 2)])
def test_form_printed_without_its_outer_sides_keeps_its_labels_and_levels(tmp_path, shaded):
    # a Word form with its side borders off (its header rows shaded grey or not): the label
    # column on the left and the values on the right are still the form's
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "道路养护"),
             (1, 0, 1, 1, "年度资金总额"), (1, 1, 1, 1, "120.00"), (1, 2, 1, 1, "其中：财政拨款"), (1, 3, 1, 1, "100.00"),
             (2, 0, 1, 1, "一级指标"), (2, 1, 1, 1, "二级指标"), (2, 2, 1, 1, "三级指标"), (2, 3, 1, 1, "指标值"),
             (3, 0, 2, 1, "产出指标"), (3, 1, 1, 1, "数量指标"), (3, 2, 1, 1, "养护道路里程"), (3, 3, 1, 1, "≥120公里"),
             (4, 1, 1, 1, "质量指标"), (4, 2, 1, 1, "养护合格率"), (4, 3, 1, 1, "≥95%")]
    doc = _doc(tmp_path / "open.pdf", [replace(_spec("项目支出绩效目标表", cells, 5, [90, 110, 150, 100]),
                                               unit_raw="单位：万元", unit="wan_yuan", rules="open", shaded_rows=shaded)])
    assert [(i["level1"], i["name"], i["target_raw"]) for i in P.indicators(doc)] == \
        [("output", "养护道路里程", "≥120公里"), ("output", "养护合格率", "≥95%")]
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("1200000.00"), Decimal("1000000.00"))


def test_nature_column_of_quantitative_and_qualitative_words_is_no_comparator(tmp_path):
    # 三级指标 | 指标值 | 指标性质 holding 定量 / 定性 (the indicator's kind, as some templates
    # print it after the value): the target is the value alone; a 指标性质 column printing
    # ≥ / ≤ / 定性 is the comparator of a split target, as before
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 4, "城乡居民最低生活保障"),
             (1, 0, 1, 1, "一级指标"), (1, 1, 1, 1, "二级指标"), (1, 2, 1, 1, "三级指标"), (1, 3, 1, 1, "指标值"),
             (1, 4, 1, 1, "指标性质"),
             (2, 0, 2, 1, "产出指标"), (2, 1, 1, 1, "数量指标"), (2, 2, 1, 1, "城乡低保保障人数"), (2, 3, 1, 1, "不少于5200人"),
             (2, 4, 1, 1, "定量"),
             (3, 1, 1, 1, "质量指标"), (3, 2, 1, 1, "低保资金发放准确率"), (3, 3, 1, 1, "达到100%"), (3, 4, 1, 1, "定量"),
             (4, 0, 1, 1, "效益指标"), (4, 1, 1, 1, "社会效益指标"), (4, 2, 1, 1, "困难群众基本生活"),
             (4, 3, 1, 1, "有效保障"), (4, 4, 1, 1, "定性")]
    doc = _doc(tmp_path / "ln.pdf", [_spec("项目支出绩效目标表", cells, 5, [80, 90, 150, 100, 70])])
    assert [(i["target_raw"], i["comparator"], i["value"]) for i in P.indicators(doc)] == \
        [("不少于5200人", ">=", 5200), ("达到100%", ">=", 100), ("有效保障", "qualitative", None)]


def test_split_target_with_a_per_n_unit_before_the_value(tmp_path):
    # 指标方向 | 计量单位 | 指标值 printed ≤ | 1/10万 | 180: a unit counting per N (1/10万) is
    # no part of the figure — the value is 180 in 1/10万, whatever order the columns take
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 4, "重大传染病防控"),
             (1, 0, 1, 1, "二级指标"), (1, 1, 1, 1, "三级指标"), (1, 2, 1, 1, "指标方向"), (1, 3, 1, 1, "计量单位"),
             (1, 4, 1, 1, "指标值"),
             (2, 0, 1, 1, "社会效益指标"), (2, 1, 1, 1, "甲乙类传染病报告发病率"), (2, 2, 1, 1, "≤"),
             (2, 3, 1, 1, "1/10万"), (2, 4, 1, 1, "180"),
             (3, 0, 1, 1, "数量指标"), (3, 1, 1, 1, "监测哨点数"), (3, 2, 1, 1, "≥"), (3, 3, 1, 1, "个"),
             (3, 4, 1, 1, "12")]
    doc = _doc(tmp_path / "tj.pdf", [_spec("项目支出绩效目标表", cells, 4, [90, 150, 70, 70, 70])])
    assert [(i["target_raw"], i["comparator"], i["value"], i["unit"]) for i in P.indicators(doc)] == \
        [("≤1/10万180", "<=", 180, "1/10万"), ("≥个12", ">=", 12, "个")]


def test_money_sentence_in_a_cell_running_to_an_open_side(tmp_path):
    # a form without its outer sides, its header rows shaded (their grey cells draw the
    # side for those rows only): the money sentence's cell, running to the open side in a
    # row of its own, is still a cell
    sentence = "2025年度资金326.50万元，其中：财政拨款300.00万元。"
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "智慧校园建设"), (0, 4, 1, 1, "负责人"), (0, 5, 1, 1, "张卫东"),
             (1, 0, 1, 1, "项目资金"), (1, 1, 1, 5, sentence),
             (2, 0, 1, 1, "一级指标"), (2, 1, 1, 1, "二级指标"), (2, 2, 1, 1, "三级指标"), (2, 3, 1, 1, "实施期指标值"),
             (2, 4, 1, 1, "年度指标值"), (2, 5, 1, 1, "备注"),
             (3, 0, 1, 1, "产出指标"), (3, 1, 1, 1, "数量指标"), (3, 2, 1, 1, "改造智慧教室间数"), (3, 3, 1, 1, "不少于60间"),
             (3, 4, 1, 1, "不少于24间"), (3, 5, 1, 1, "")]
    doc = _doc(tmp_path / "bj.pdf", [replace(_spec("项目绩效目标申报表", cells, 4, [60, 70, 120, 80, 80, 110]),
                                             unit_raw="", unit=None, rules="open", shaded_rows=(0, 2))])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("3265000.00"), Decimal("3000000.00"))


@pytest.mark.parametrize("money_cells, want", [
    # 项目资金 | 1,200.00 beside 本年预算 | 400.00: the bare 项目资金 is the project's total
    ([(1, 0, 1, 1, "项目资金"), (1, 1, 1, 1, "1,200.00"), (1, 2, 1, 1, "本年预算"), (1, 3, 1, 1, "400.00")],
     (Decimal("4000000.00"), Decimal("12000000.00"))),
    # 项目资金：1,200.00万元，年度资金：400.00万元 in one cell: the same
    ([(1, 0, 1, 1, "项目资金"), (1, 1, 1, 3, "项目资金：1,200.00万元，年度资金：400.00万元")],
     (Decimal("4000000.00"), Decimal("12000000.00"))),
    # 项目资金 | 3,200,000.00元 alone: the year's money
    ([(1, 0, 1, 1, "项目资金"), (1, 1, 1, 3, "320.00")], (Decimal("3200000.00"), None)),
])
def test_project_money_label_is_the_total_beside_a_years_own_sum(tmp_path, money_cells, want):
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "智慧校园建设")] + money_cells + [
             (2, 0, 1, 1, "一级指标"), (2, 1, 1, 1, "二级指标"), (2, 2, 1, 1, "三级指标"), (2, 3, 1, 1, "指标值"),
             (3, 0, 1, 1, "产出指标"), (3, 1, 1, 1, "数量指标"), (3, 2, 1, 1, "改造智慧教室间数"), (3, 3, 1, 1, "≥24间")]
    doc = _doc(tmp_path / "pm.pdf", [replace(_spec("项目支出绩效目标表", cells, 4, [80, 120, 120, 120]),
                                             unit_raw="单位：万元", unit="wan_yuan")])
    (p,) = P.projects(doc)
    assert (p["amount_yuan"], p["total_amount_yuan"]) == want
