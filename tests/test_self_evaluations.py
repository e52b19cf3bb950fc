"""Self-evaluation forms (绩效自评表) read by normalizers/performance.py: a project form,
a department-wide form (部门整体支出绩效自评表: project_name null) and a summary list of
many projects, drawn as ruled PDFs in the layouts final-accounts reports print (a money
block with 年初预算数 / 全年预算数(A) / 全年执行数(B) / 执行率(B/A) / 分值 / 得分, an
indicator grid with 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因及改进措施, then 总分
and 自评等级), and read back with extract_document."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from cnbudget.demo.tables import TableSpec, write_tables_pdf
from cnbudget.extractors.document import extract_document
from cnbudget.normalizers import performance as P
from cnbudget.schemas.contract import to_table


def _pdf(path: Path, title: str, specs: list[TableSpec]):
    return extract_document(write_tables_pdf(path, specs, title))


def _spec(title: str, cells, n_rows: int, widths, unit_raw="单位：万元", unit="wan_yuan") -> TableSpec:
    return TableSpec(title, "performance_self_evaluation", unit_raw, unit, "编制部门：示例局", widths,
                     cells, n_rows, [], ["c"] * len(widths), repeat_header=False)


def _money_block(r0: int, label: str, values: tuple[str, ...]) -> list:
    """项目资金（万元） | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分."""
    heads = ("年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分")
    cells = [(r0, 0, 2, 1, label), (r0, 1, 1, 1, "")]
    cells += [(r0, 2 + i, 1, 1, h) for i, h in enumerate(heads)]
    cells += [(r0 + 1, 1, 1, 1, "年度资金总额")] + [(r0 + 1, 2 + i, 1, 1, v) for i, v in enumerate(values)]
    return cells


def _grid(r0: int, rows: list[tuple[str, str, str, str, str, str, str, str]]) -> list:
    """一级 | 二级 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因及改进措施."""
    heads = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及改进措施")
    cells = [(r0, c, 1, 1, h) for c, h in enumerate(heads)]
    for i, row in enumerate(rows):
        cells += [(r0 + 1 + i, c, 1, 1, t) for c, t in enumerate(row)]
    return cells


_INDICATORS = [
    ("产出指标", "数量指标", "指标1：培训人次", "≥50人次", "60人次", "20", "20", ""),
    ("产出指标", "质量指标", "（2）培训合格率", "≥95%", "93%", "20", "18", "部分学员未通过考核，加强辅导"),
    ("效益指标", "社会效益指标", "一、服务能力提升", "有所提升", "明显提升", "20", "20", ""),
    ("满意度指标", "服务对象满意度指标", "①学员满意度", "≥90%", "92%", "10", "10", ""),
]
_WIDTHS = [62, 62, 90, 58, 58, 40, 40, 90]


def _project_form(project: str, money: tuple[str, ...], total: str, grade: str) -> TableSpec:
    cells = [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 7, project),
             (1, 0, 1, 1, "主管部门"), (1, 1, 1, 3, "示例局"), (1, 4, 1, 1, "实施单位"), (1, 5, 1, 3, "示例中心")]
    cells += _money_block(2, "项目资金（万元）", money)
    cells += [(4, 0, 1, 1, "年度总体目标"), (4, 1, 1, 7, "完成全年培训任务。")]
    cells += _grid(5, _INDICATORS)
    n = 6 + len(_INDICATORS)
    cells += [(n, 0, 1, 5, "总分"), (n, 5, 1, 1, "100"), (n, 6, 1, 1, total), (n, 7, 1, 1, ""),
              (n + 1, 0, 1, 5, "自评等级"), (n + 1, 5, 1, 3, grade)]
    return _spec("项目支出绩效自评表", cells, n + 2, _WIDTHS)


def test_project_forms(tmp_path):
    doc = _pdf(tmp_path / "proj.pdf", "示例局2024年度部门决算", [
        _project_form("业务培训", ("100.00", "120.00", "114.00", "10", "95.00%", "9.5"), "87.5", "良"),
        _project_form("档案数字化", ("50", "50", "50", "10", "100%", "10"), "95", "优"),
    ])
    rows = {r["project_name"]: r for r in P.self_evaluations(doc)}
    assert set(rows) == {"业务培训", "档案数字化"}
    r = rows["业务培训"]
    assert r["budget_yuan"] == Decimal("1200000") and r["executed_yuan"] == Decimal("1140000")
    assert r["execution_rate"] == 0.95 and r["score"] == 87.5 and r["grade"] == "良"
    r = rows["档案数字化"]
    assert (r["budget_yuan"], r["executed_yuan"], r["execution_rate"]) == (Decimal("500000"), Decimal("500000"), 1.0)
    assert (r["score"], r["grade"]) == (95.0, "优")
    assert to_table("self_evaluations", list(rows.values())).num_rows == 2

    # keyed by the name without numbering (indicator_name, applied to `name` too)
    inds = {P.indicator_name(r["name"]): r for r in P.indicators(doc) if r["project_name"] == "业务培训"}
    assert set(inds) == {"培训人次", "培训合格率", "服务能力提升", "学员满意度"}
    r = inds["培训人次"]
    assert (r["comparator"], r["value"], r["unit"]) == (">=", 50.0, "人次")
    assert (r["actual_raw"], r["actual_value"], r["score"], r["weight"]) == ("60人次", 60.0, 20.0, 20.0)
    r = inds["培训合格率"]
    assert (r["actual_value"], r["score"]) == (93.0, 18.0) and r["deviation"] == "部分学员未通过考核，加强辅导"
    assert inds["服务能力提升"]["actual_raw"] == "明显提升" and inds["服务能力提升"]["score"] == 20.0


def test_department_wide_form(tmp_path):
    cells = [(0, 0, 1, 1, "部门（单位）名称"), (0, 1, 1, 7, "示例局")]
    cells += _money_block(1, "预算执行情况（万元）", ("800.00", "1,000.00", "980.00", "10", "98.00%", "9.8"))
    cells += [(3, 0, 1, 1, "年度总体目标"), (3, 1, 1, 7, "保障机关正常运转。")]
    cells += _grid(4, _INDICATORS)
    n = 5 + len(_INDICATORS)
    cells += [(n, 0, 1, 5, "总分"), (n, 5, 1, 1, "100"), (n, 6, 1, 1, "92.5"), (n, 7, 1, 1, ""),
              (n + 1, 0, 1, 5, "综合评价"), (n + 1, 5, 1, 3, "优")]
    doc = _pdf(tmp_path / "dept.pdf", "示例局2024年度部门决算",
               [_spec("2024年度部门整体支出绩效自评表", cells, n + 2, _WIDTHS)])
    rows = P.self_evaluations(doc)
    assert len(rows) == 1
    r = rows[0]
    assert r["project_name"] is None
    assert r["budget_yuan"] == Decimal("10000000") and r["executed_yuan"] == Decimal("9800000")
    assert (r["execution_rate"], r["score"], r["grade"]) == (0.98, 92.5, "优")
    inds = {P.indicator_name(r["name"]): r for r in P.indicators(doc)}
    assert all(r["project_name"] is None for r in inds.values()) and "学员满意度" in inds and inds["学员满意度"]["actual_value"] == 92.0


def test_summary_list_of_projects(tmp_path):
    heads = ("序号", "项目名称", "全年预算数（万元）", "全年执行数（万元）", "执行率", "自评得分", "自评等级")
    cells = [(0, c, 1, 1, h) for c, h in enumerate(heads)]
    data = [("1", "业务培训", "120.00", "114.00", "95.00%", "87.5", "良"),
            ("2", "档案数字化", "50.00", "50.00", "100.00%", "95", "优"),
            ("3", "设备购置", "200.00", "120.00", "60.00%", "68", "差")]
    for i, row in enumerate(data):
        cells += [(1 + i, c, 1, 1, t) for c, t in enumerate(row)]
    cells += [(4, 0, 1, 2, "合计"), (4, 2, 1, 1, "370.00"), (4, 3, 1, 1, "284.00")]
    doc = _pdf(tmp_path / "list.pdf", "示例局2024年度部门决算",
               [_spec("2024年度项目支出绩效自评结果汇总表", cells, 5, [30, 120, 70, 70, 50, 50, 50])])
    rows = {r["project_name"]: r for r in P.self_evaluations(doc)}
    assert set(rows) == {"业务培训", "档案数字化", "设备购置"}
    r = rows["设备购置"]
    assert (r["budget_yuan"], r["executed_yuan"]) == (Decimal("2000000"), Decimal("1200000"))
    assert (r["execution_rate"], r["score"], r["grade"]) == (0.6, 68.0, "差")
    assert rows["业务培训"]["execution_rate"] == 0.95 and rows["档案数字化"]["grade"] == "优"


def test_indicator_names_lose_numbering():
    for printed, name in (("指标1：保障辅警人员数量", "保障辅警人员数量"), ("1.培训人次", "培训人次"),
                          ("（1）培训合格率", "培训合格率"), ("一、服务能力提升", "服务能力提升"),
                          ("①学员满意度", "学员满意度"), ("PM2.5浓度", "PM2.5浓度"),
                          ("1.5万人次培训", "1.5万人次培训"),
                          ("1、破案560宗；2、逮捕200人", "1、破案560宗；2、逮捕200人")):
        assert P.indicator_name(printed) == name, printed
