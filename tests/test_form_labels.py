"""A performance form is read by its labels wherever they sit: label and value printed in
one cell, money in a sentence-like cell, a contact field beside the project name, a
money block headed by its sources, and an indicator grid printed as a separate table."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from cnbudget.demo.tables import TableSpec, write_tables_pdf
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
