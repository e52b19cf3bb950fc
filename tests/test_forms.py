"""The form reader (normalizers/performance.py) on performance forms of several layouts,
drawn as ruled PDFs on purpose (merged cells, split target columns, one cell per
indicator, project lists) and read back with extract_document, plus the real forms of
../shared/corpus/cities (skipped when absent)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from cnbudget.demo.tables import TableSpec, write_tables_pdf
from cnbudget.extractors.document import extract_document
from cnbudget.normalizers import performance as P
from cnbudget.schemas.contract import to_table

CITIES = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "cities"


def _pdf(path: Path, specs: list[TableSpec]):
    return extract_document(write_tables_pdf(path, specs, "示例局2025年项目支出绩效目标表"))


def _spec(title: str, cells, n_rows: int, widths, unit_raw="单位：万元", unit="wan_yuan") -> TableSpec:
    return TableSpec(title, "project_performance_targets", unit_raw, unit, "编制部门：示例局", widths,
                     cells, n_rows, [], ["c"] * len(widths), repeat_header=False)


def _shanghai_form(project: str, code: str) -> TableSpec:
    """A 绩效目标填报表: header fields, a money block headed 项目资金（万元）, goals, then a
    grid whose target is split into 指标性质 | 指标值 | 度量单位 with 分值 beside it."""
    cells = [
        (0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, project), (0, 4, 1, 1, "项目编码"), (0, 5, 1, 1, code),
        (1, 0, 1, 1, "主管部门"), (1, 1, 1, 3, "示例局"), (1, 4, 1, 1, "项目属性"), (1, 5, 1, 1, "经常性项目"),
        (2, 0, 1, 1, "项目类别"), (2, 1, 1, 3, "特定目标类"), (2, 4, 1, 1, "起止时间"), (2, 5, 1, 1, "2025.1.1-2025.12.31"),
        (3, 0, 2, 1, "项目资金（万元）"), (3, 1, 1, 1, "项目资金总额"), (3, 2, 1, 1, "1,200.00"),
        (3, 3, 1, 1, "年度资金总额"), (3, 4, 1, 2, "300.00"),
        (4, 1, 1, 1, "其中：财政拨款"), (4, 2, 1, 1, "280.00"), (4, 3, 1, 1, "上年结转"), (4, 4, 1, 2, "20.00"),
        (5, 0, 1, 1, "年度目标"), (5, 1, 1, 5, "完成全年培训任务，提升服务质量。"),
        (6, 0, 1, 1, "一级指标"), (6, 1, 1, 1, "二级指标"), (6, 2, 1, 1, "三级指标"),
        (6, 3, 1, 1, "指标性质"), (6, 4, 1, 1, "指标值"), (6, 5, 1, 1, "度量单位"), (6, 6, 1, 1, "分值"),
        (7, 0, 2, 1, "产出指标（50分）"), (7, 1, 1, 1, "数量指标"), (7, 2, 1, 1, "指标1：培训人次"),
        (7, 3, 1, 1, "≥"), (7, 4, 1, 1, "50"), (7, 5, 1, 1, "人次"), (7, 6, 1, 1, "30"),
        (8, 1, 1, 1, "成本指标"), (8, 2, 1, 1, "培训成本"), (8, 3, 1, 1, "≤"), (8, 4, 1, 1, "20"),
        (8, 5, 1, 1, "万元"), (8, 6, 1, 1, "20"),
        (9, 0, 1, 1, "满意度指标"), (9, 1, 1, 1, "服务对象满意度指标"), (9, 2, 1, 1, "学员满意度"),
        (9, 3, 1, 1, "定性"), (9, 4, 1, 1, "较满意"), (9, 5, 1, 1, ""), (9, 6, 1, 1, "10"),
    ]
    return _spec(f"{project}项目绩效目标表", cells, 10, [70, 70, 90, 60, 60, 60, 40])


def test_form_with_money_block_and_split_targets(tmp_path):
    doc = _pdf(tmp_path / "sh.pdf", [_shanghai_form("业务培训", "2025001"), _shanghai_form("档案数字化", "2025002")])
    projects = {p["project_name"]: p for p in P.projects(doc)}
    assert set(projects) == {"业务培训", "档案数字化"}
    p = projects["业务培训"]
    assert p["project_code"] == "2025001"
    assert p["total_amount_yuan"] == Decimal("12000000") and p["amount_yuan"] == Decimal("3000000")
    assert p["fiscal_amount_yuan"] == Decimal("2800000") and p["carried_over_yuan"] == Decimal("200000")
    assert (p["nature"], p["category"]) == ("经常性项目", "特定目标类")
    assert (p["start_date"], p["end_date"]) == ("2025-01-01", "2025-12-31")
    assert p["goal"] == "完成全年培训任务，提升服务质量。"
    rows = [r for r in P.indicators(doc) if r["project_name"] == "业务培训"]
    by = {r["name"]: r for r in rows}
    assert set(by) == {"培训人次", "培训成本", "学员满意度"}  # numbering (指标1：) dropped from the name
    r = by["培训人次"]
    assert r["target_raw"] == "≥50人次" and (r["comparator"], r["value"], r["unit"]) == (">=", 50.0, "人次")
    assert r["weight"] == 30.0 and r["score"] is None and r["level1"] == "output"
    assert r["level1_raw"] == "产出指标（50分）" or r["level1_raw"].startswith("产出指标")
    assert (by["培训成本"]["comparator"], by["培训成本"]["value"], by["培训成本"]["unit"]) == ("<=", 20.0, "万元")
    assert by["学员满意度"]["comparator"] == "qualitative"
    to_table("projects", P.projects(doc))
    to_table("indicators", P.indicators(doc))


def test_grid_without_levels_and_one_cell_indicators(tmp_path):
    only_names = [
        (0, 0, 1, 1, "项目名称"), (0, 1, 1, 2, "社区心理服务"),
        (1, 0, 1, 1, "三级指标"), (1, 1, 1, 1, "指标值"), (1, 2, 1, 1, "指标值确定依据"),
        (2, 0, 1, 1, "开展团体心理治疗"), (2, 1, 1, 1, "≥1次"), (2, 2, 1, 1, "工作计划"),
        (3, 0, 1, 1, "服务对象满意度"), (3, 1, 1, 1, "≥90%"), (3, 2, 1, 1, "满意度调查"),
    ]
    one_cell = [
        (0, 0, 1, 1, "项目名称"), (0, 1, 1, 1, "农村公路养护"),
        (1, 0, 1, 2, "绩效指标"),
        (2, 0, 1, 2, "1-产出指标；11-数量指标；养护里程；实施周期指标值:≥300公里；年度指标值:≥100公里"),
        (3, 0, 1, 2, "2-效益指标；21-社会效益指标；道路通行条件；实施周期指标值:明显改善；年度指标值:有所改善"),
    ]
    doc = _pdf(tmp_path / "levels.pdf", [_spec("社区心理服务项目绩效目标表", only_names, 4, [150, 100, 100]),
                                         _spec("农村公路养护项目绩效目标表", one_cell, 4, [200, 200])])
    rows = P.indicators(doc)
    a = {r["name"]: r for r in rows if r["project_name"] == "社区心理服务"}
    assert set(a) == {"开展团体心理治疗", "服务对象满意度"}
    assert all(r["level1"] is None and r["level1_raw"] is None for r in a.values())
    assert (a["开展团体心理治疗"]["comparator"], a["开展团体心理治疗"]["value"]) == (">=", 1.0)
    b = {r["name"]: r for r in rows if r["project_name"] == "农村公路养护"}
    assert set(b) == {"养护里程", "道路通行条件"}
    assert b["养护里程"]["target_raw"] == "≥100公里" and b["养护里程"]["level2"] == "quantity"
    assert b["养护里程"]["value"] == 100.0 and b["养护里程"]["unit"] == "公里"


def test_project_list_with_goals(tmp_path):
    cells = [
        (0, 0, 1, 1, "单位名称"), (0, 1, 1, 1, "项目名称"), (0, 2, 1, 1, "金额"), (0, 3, 1, 1, "绩效目标"),
        (1, 0, 1, 1, "示例局"), (1, 1, 1, 1, "气象业务建设"), (1, 2, 1, 1, "1,097.02"),
        (1, 3, 1, 1, "提升监测预报能力。"),
        (2, 0, 1, 1, "示例中心"), (2, 1, 1, 1, "专业系统维护"), (2, 2, 1, 1, "146.69"),
        (2, 3, 1, 1, "预警信息稳定运行。"),
    ]
    doc = _pdf(tmp_path / "list.pdf", [_spec("2025年市级部门项目支出绩效表", cells, 3, [90, 120, 70, 200])])
    projects = {p["project_name"]: p for p in P.projects(doc)}
    assert set(projects) == {"气象业务建设", "专业系统维护"}  # never a project named 金额
    assert projects["气象业务建设"]["amount_yuan"] == Decimal("10970200")
    assert projects["专业系统维护"]["goal"] == "预警信息稳定运行。"


def test_list_with_unit_column_and_split_money_head(tmp_path):
    """序号 | 项目名称 | 实施单位 | 2025年预算金额 over 合计 | 财政拨款 | 其他资金 | 项目绩效目标:
    a list (not a field pair 项目名称 | 实施单位), its sub-heads giving year and fiscal money."""
    cells = [
        (0, 0, 2, 1, "序号"), (0, 1, 2, 1, "项目名称"), (0, 2, 2, 1, "实施单位"),
        (0, 3, 1, 3, "2025年预算金额（万元）"), (0, 6, 2, 1, "项目绩效目标"),
        (1, 3, 1, 1, "合计"), (1, 4, 1, 1, "财政拨款"), (1, 5, 1, 1, "其他资金"),
        (2, 0, 1, 1, "1"), (2, 1, 1, 1, "老旧小区改造"), (2, 2, 1, 1, "示例中心"), (2, 3, 1, 1, "2,350.00"),
        (2, 4, 1, 1, "2,000.00"), (2, 5, 1, 1, "350.00"), (2, 6, 1, 1, "完成改造12个。"),
    ]
    doc = _pdf(tmp_path / "key.pdf", [_spec("2025年重点项目绩效目标表", cells, 3, [30, 90, 90, 60, 60, 60, 120])])
    projects = {p["project_name"]: p for p in P.projects(doc)}
    assert set(projects) == {"老旧小区改造"}  # never 实施单位, nor 重点 from the title
    p = projects["老旧小区改造"]
    assert (p["amount_yuan"], p["fiscal_amount_yuan"]) == (Decimal("23500000"), Decimal("20000000"))
    assert p["unit_name"] == "示例中心" and p["goal"] == "完成改造12个。"


def test_period_and_year_money_side_by_side_and_kind_column(tmp_path):
    """实施期资金总额 | 年度资金总额 side by side, each with its 其中：财政拨款: the year's is the
    one under 年度; a 指标类型 column holding 二级 names is level2 (level1 stays null)."""
    cells = [
        (0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "基层卫生服务"),
        (1, 0, 1, 1, "实施期资金总额"), (1, 1, 1, 1, "3,600.00"), (1, 2, 1, 1, "年度资金总额"), (1, 3, 1, 1, "1,200.00"),
        (2, 0, 1, 1, "其中：财政拨款"), (2, 1, 1, 1, "3,450.00"), (2, 2, 1, 1, "其中：财政拨款"), (2, 3, 1, 1, "1,150.00"),
        (3, 0, 1, 1, "指标类型"), (3, 1, 1, 1, "指标名称"), (3, 2, 1, 1, "指标值"), (3, 3, 1, 1, "单位"),
        (4, 0, 1, 1, "数量指标"), (4, 1, 1, 1, "服务人数"), (4, 2, 1, 1, "≥2.6"), (4, 3, 1, 1, "万人"),
        (5, 0, 1, 1, "服务对象满意度指标"), (5, 1, 1, 1, "居民满意度"), (5, 2, 1, 1, "≥85"), (5, 3, 1, 1, "%"),
    ]
    doc = _pdf(tmp_path / "periods.pdf", [_spec("项目绩效目标表", cells, 6, [90, 90, 90, 90])])
    p = {p["project_name"]: p for p in P.projects(doc)}["基层卫生服务"]
    assert (p["total_amount_yuan"], p["amount_yuan"], p["fiscal_amount_yuan"]) == (
        Decimal("36000000"), Decimal("12000000"), Decimal("11500000"))
    rows = {r["name"]: r for r in P.indicators(doc)}
    assert [(rows[n]["level1"], rows[n]["level2"]) for n in ("服务人数", "居民满意度")] == [
        (None, "quantity"), (None, "satisfaction")]


def _grid(r: int, name: str) -> list[tuple]:
    return [(r, 0, 1, 1, "三级指标"), (r, 1, 1, 3, "指标值"), (r + 1, 0, 1, 1, name), (r + 1, 1, 1, 3, "≥90%")]


def test_money_as_text_as_source_rows_and_under_period_heads(tmp_path):
    """Money as label：value text in one cell (万元 after each number; a goal paragraph naming
    an amount is not money); 资金来源 rows against 实施期 | 年度 columns (the parts are the
    年度 column's); 资金总额 heading 中期 | 年度 sub-heads with the figures below; 项目总额."""
    text = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "校园安防"),
            (1, 0, 1, 1, "项目资金"), (1, 1, 1, 3, "项目资金总额：1,200.00万元，年度资金总额：480.00万元（其中财政拨款450.00万元）"),
            (2, 0, 1, 1, "年度目标"), (2, 1, 1, 3, "上年结转资金30万元用于设备更新，全年完成运维。"), *_grid(3, "师生满意度")]
    rows = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "农田建设"),
            (1, 0, 1, 2, "资金来源"), (1, 2, 1, 1, "实施期资金总额"), (1, 3, 1, 1, "年度资金总额"),
            (2, 0, 1, 2, "资金总额"), (2, 2, 1, 1, "1,500.00"), (2, 3, 1, 1, "520.00"),
            (3, 0, 1, 2, "其中：财政拨款"), (3, 2, 1, 1, "1,380.00"), (3, 3, 1, 1, "480.00"),
            (4, 0, 1, 2, "上年结转"), (4, 2, 1, 1, "—"), (4, 3, 1, 1, "40.00"), *_grid(5, "农户满意度")]
    heads = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "网格监测"),
             (1, 0, 1, 2, "资金总额"), (1, 2, 1, 2, "年度资金来源"),
             (2, 0, 1, 1, "中期"), (2, 1, 1, 1, "年度"), (2, 2, 1, 1, "财政拨款"), (2, 3, 1, 1, "上年结转"),
             (3, 0, 1, 1, "600.00"), (3, 1, 1, 1, "213.60"), (3, 2, 1, 1, "193.60"), (3, 3, 1, 1, "20.00"),
             *_grid(4, "公众满意度")]
    pairs = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 3, "教师培训"),
             (1, 0, 1, 1, "项目总额（万元）"), (1, 1, 1, 1, "1,000.00"), (1, 2, 1, 1, "当年预算（万元）"), (1, 3, 1, 1, "300.00"),
             *_grid(2, "教师满意度")]
    doc = _pdf(tmp_path / "money.pdf", [_spec("项目绩效目标表", c, max(x[0] for x in c) + 1, [90, 90, 90, 90])
                                       for c in (text, rows, heads, pairs)])
    got = {p["project_name"]: tuple(p[k] for k in ("total_amount_yuan", "amount_yuan", "fiscal_amount_yuan",
                                                   "carried_over_yuan")) for p in P.projects(doc)}
    wan = lambda *v: tuple(None if x is None else Decimal(x) * 10000 for x in v)  # noqa: E731
    assert got == {"校园安防": wan("1200", "480", "450", None), "农田建设": wan("1500", "520", "480", "40"),
                   "网格监测": wan("600", "213.6", "193.6", "20"), "教师培训": wan("1000", "300", None, None)}


def _cities_doc(name: str):
    files = list(CITIES.glob(f"*{name}*.pdf"))
    if not files:
        pytest.skip("cities corpus not available")
    return extract_document(files[0])


def test_cities_list_and_goal_tables():
    doc = _cities_doc("杭州市气象局")
    projects = {p["project_name"]: p for p in P.projects(doc)}
    assert "金额" not in projects and "项目名称" not in projects
    assert projects["气象业务建设"]["goal"].startswith("通过气象监测能力项目")


def test_cities_list_with_grid():
    doc = _cities_doc("长春市信访局")
    rows = P.indicators(doc)
    assert len(rows) >= 16
    r = next(r for r in rows if r["name"] == "专家评审")
    assert r["project_name"] == "2026年信访专项经费" and r["weight"] == 40.0
    assert (r["comparator"], r["value"], r["unit"]) == (">=", 2.0, "次")
    projects = {p["project_name"]: p for p in P.projects(doc)}
    assert projects["2026年信访专项经费"]["amount_yuan"] == Decimal("300000")
    assert all("预算表" not in name for name in projects)
