"""Table kinds for every province's naming, with the header as evidence, and document
metadata for covers and forms the Putuo corpus never shows.

Kinds: the printed titles of ../shared/corpus/cities/kinds.tsv, national and provincial
name variants (收支总体情况表, 财政拨款支出表（功能科目）, 项目支出绩效表 …), bare table
numbers and prose-section titles decided by the header, titles printed inside the grid,
and the header texts of tables extracted from real PDFs.

Metadata: a letter-spaced 部 门: label, a standalone performance form whose department is
only a form field, a fiscal year printed only in table titles, central-government
departments (region 中央), evaluation reports (not budgets), and the hand labels of
../shared/corpus/cities/labels.tsv.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import extracted

from cnbudget.demo.drawing import PdfWriter, draw_cover
from cnbudget.demo.tables import TableSpec, draw_table, plain_row
from cnbudget.extractors.classify import (HEADER_RULES, TITLE_RULES, classify_table,
                                          kind_from_header, normalize_title)
from cnbudget.extractors.document import extract_document
from cnbudget.extractors.metadata import document_metadata, is_central
from cnbudget.schemas.contract import TABLE_KINDS

CITIES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "cities"


def _tsv(name: str) -> list[dict]:
    path = CITIES / name
    if not path.is_file():
        pytest.skip(f"cities corpus absent: {path}")
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


# ======================================================================== table kinds

def test_rules_name_only_contract_kinds():
    assert {k for _, k in TITLE_RULES} <= set(TABLE_KINDS)
    assert {k for _, k in HEADER_RULES} <= set(TABLE_KINDS)


# Province and national names of the same tables (titles as printed, numbering included).
PROVINCE_TITLES = [
    # two-sided summaries
    ("收支总表", "income_expenditure_summary"),
    ("一、收支总表", "income_expenditure_summary"),
    ("（一）收支总表", "income_expenditure_summary"),
    ("部门收支总体情况表", "income_expenditure_summary"),
    ("表1：2026年市级部门收支预算总表", "income_expenditure_summary"),
    ("收支总表（预算表1）", "income_expenditure_summary"),
    ("预算01表 部门收支总表", "income_expenditure_summary"),
    ("表一 收支总表", "income_expenditure_summary"),
    # income
    ("收入总体情况表", "income"),
    ("部门收入总表", "income"),
    ("收入总表(预算表2)", "income"),
    ("附表1-2 收入总表", "income"),
    # expenditure (all funds)
    ("本年支出总体情况表", "expenditure"),
    ("部门支出总体情况表", "expenditure"),
    ("支出总表（预算表3）", "expenditure"),
    # appropriation summary
    ("财政拨款收支总体情况表", "fiscal_appropriation_summary"),
    ("财政拨款收支总表(预算表4)", "fiscal_appropriation_summary"),
    # function classification of the appropriation / 一般公共预算
    ("财政拨款支出表（功能科目）", "general_public_function"),
    ("财政拨款支出预算表（功能科目）", "general_public_function"),
    ("财政拨款支出预算表", "general_public_function"),
    ("五、财政拨款支出预算表", "general_public_function"),
    ("一般公共预算支出表（按功能分类）", "general_public_function"),
    ("一般公共预算支出预算表（功能科目）", "general_public_function"),
    ("本年一般公共预算支出表（预算表5）", "general_public_function"),
    ("表5：2026年市级部门一般公共预算支出预算表", "general_public_function"),
    # economic classification
    ("一般公共预算支出情况表（按经济分类）", "general_public_basic_economic"),
    ("一般公共预算支出表（按经济分类）", "general_public_basic_economic"),
    ("财政拨款基本支出表（经济科目）", "general_public_basic_economic"),
    ("一般公共预算基本支出情况表", "general_public_basic_economic"),
    ("本年一般公共预算基本支出表(预算表6)", "general_public_basic_economic"),
    ("基本支出总表", "general_public_basic_economic"),
    # projects
    ("部门预算项目支出及其他支出预算表", "project_expenditure"),
    ("项目支出表(预算表9)", "project_expenditure"),
    ("一般公共预算财政拨款项目支出决算表", "project_expenditure"),
    # funds and topics
    ("本年政府性基金预算支出表(预算表8)", "government_fund"),
    ("财政拨款政府性基金支出预算表", "government_fund"),
    ("国有资本经营预算支出明细表(预算表10)", "state_capital"),
    ("一般公共预算“三公”经费、会议费、培训费支出表", "three_public"),
    ("一般公共预算机关运行经费支出预算表", "three_public"),
    ("本年一般公共预算“三公”经费支出表(预算表7)", "three_public"),
    ("2018年政府采购预算表", "procurement"),
    # performance: 绩效 wins over 项目支出 / 部门
    ("2026年市级部门项目支出绩效表", "project_performance_targets"),
    ("表11：2026年市级部门项目支出绩效表", "project_performance_targets"),
    ("长春市信访局2026年项目支出绩效目标表预算表（预算表11）", "project_performance_targets"),
    ("部门预算项目支出绩效目标表", "project_performance_targets"),
    ("重点项目绩效情况表", "project_performance_targets"),
    ("部门整体支出绩效表", "dept_performance_targets"),
    ("2023年度项目支出绩效评价表", "performance_self_evaluation"),
    ("部门整体支出绩效自评表", "performance_self_evaluation"),
    # not a budget table of the enumeration
    ("国有资产使用情况表", "other"),
    ("目 录", "other"),
]


@pytest.mark.parametrize("title,kind", PROVINCE_TITLES)
def test_province_title(title, kind):
    assert classify_table(title) == kind


@pytest.mark.parametrize("title", ["公开05表", "公开01表", "表7", "预算表1", "部门公开表01",
                                   "附表3", "部门预算表", "第二部分 2026年度部门预算表",
                                   "五、单位预算表", "省级部门预算公开报表", None, ""])
def test_title_that_names_no_table_leaves_the_header_to_decide(title):
    assert classify_table(title) == "other"
    # Wuxi/Suzhou 公开05表 = 财政拨款支出表（功能科目）: function codes, basic and project
    header = "科目编码 科目名称 合计 基本支出 项目支出 小计 人员经费 公用经费"
    assert classify_table(title, header) == "general_public_function"
    header = "部门预算支出经济分类科目 本年财政拨款基本支出 科目编码 科目名称 合计 人员经费 公用经费"
    assert classify_table(title, header) == "general_public_basic_economic"
    assert classify_table(title, "功能科目代码 功能科目名称 金额") == "general_public_function"
    assert classify_table(title, "收入 支出 项目 预算数 项目 预算数") == "income_expenditure_summary"


@pytest.mark.parametrize("header,kind", [
    # performance targets beside project amounts (Shenzhen, Hangzhou, Huzhou)
    ("二级预算单位名称 一级项目名称 预算数（万元） 绩效目标", "project_performance_targets"),
    ("单位名称 项目名称 金额 项目总体绩效目标 ** ** ** **", "project_performance_targets"),
    # appropriation summary: the three funds as columns of a two-sided table
    ("收入 支出 项目 决算数 项目 合计 一般公共预算财政拨款 政府性基金预算财政拨款 国有资本经营预算财政拨款",
     "fiscal_appropriation_summary"),
    ("收 入 支 出 项目 预算数 项目 预算数", "income_expenditure_summary"),  # letter-spaced
    # income: sources of revenue as columns (a 决算 prints 支出功能分类 beside them)
    ("部门代码 部门名称 合计 本年收入 上年结转结余 小计 一般公共预算 政府性基金预算 事业收入 "
     "事业单位经营收入 上级补助收入 附属单位上缴收入 其他收入", "income"),
    ("项目 本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 附属单位上缴收入 其他收入 "
     "支出功能分类 科目名称 科目编码", "income"),
    ("项目 收入预算 功能分类科目编码 功能分类科目名称 合计 财政拨款收入", "income"),
    # expenditure of all funds
    ("科目编码 科目名称 合计 基本支出 项目支出 事业单位经营支出 上缴上级支出 对附属单位补助支出",
     "expenditure"),
    ("项目 支出预算 功能分类科目编码 功能分类科目名称 合计 基本支出 项目支出 类 款 项",
     "expenditure"),
    # an expenditure table with a 政府采购项目 column is not a purchase list
    ("预算单位 科目编码 科目名称 支出总计 基本支出 项目支出 事业单位经营支出 2026年政府采购项目",
     "expenditure"),
    ("采购品目大类 专项名称 经济科目 采购品目名称 采购组织形式 资金来源 总计", "procurement"),
    # a project list
    ("单位名称 项目名称 总计 财政拨款收入 财政专户管理资金 单位资金", "project_expenditure"),
    ("类型 项目名称 项目单位 合计 本年财政拨款 一级项目 二级项目", "project_expenditure"),
    # Shenzhen 基本支出总表: funding sources over expenditure categories is not income
    ("支出项目类别 总计 财政拨款 财政专户管理资金 单位资金 事业收入 上级补助收入", "other"),
    # a fund's flow does not say which fund
    ("项目 年初结转和结余 本年收入 本年支出 年末结转和结余", "other"),
    ("项目名称 金额", "other"),
    ("科目编码 科目名称 金额", "other"),
])
def test_header_alone(header, kind):
    assert classify_table(None, header) == kind
    assert classify_table("公开05表", header) == kind


def test_prose_section_title_is_decided_by_the_header():
    # Shenzhen prints its key projects' targets as a table under a prose heading
    header = "二级预算单位名称 一级项目名称 预算数（万元） 绩效目标"
    assert classify_table("重点项目预算绩效情况说明", header) == "project_performance_targets"
    assert classify_table("第七部分 重点项目预算绩效情况说明", header) == "project_performance_targets"
    assert classify_table("重点项目预算绩效情况说明") == "other"
    assert classify_table("七、财政拨款“三公”经费支出决算情况说明") == "other"
    # a table of contents stays other whatever its cells say
    assert classify_table("目 录", "收支总表 收入总表 支出总表") == "other"


def test_title_printed_inside_the_grid():
    # Changchun: the title is the first header cell, then the owner and unit
    head = "收支总表（预算表1） 预算单位：长春市信访局 单位：万元 收入 支出 项目 本年预算"
    assert classify_table(None, head) == "income_expenditure_summary"
    head = "支出总表（预算表3） 预算单位：XX局 单位：万元 科目编码 功能分类科目名称 合计 基本支出 项目支出"
    assert classify_table(None, head) == "expenditure"
    head = "财政拨款收支总表(预算表4) 预算单位：XX局 单位：万元 收入 支出 项目 本年预算"
    assert classify_table(None, head) == "fiscal_appropriation_summary"
    head = "本年政府性基金预算支出表(预算表8) 预算单位：XX局 单位：万元 科目编码 功能分类科目名称"
    assert classify_table("", head) == "government_fund"
    assert kind_from_header(head) == "government_fund"
    # a header cell is not a title unless it reads as one
    assert classify_table(None, "项目支出 基本支出 合计") == "other"


def test_header_refines_a_title_that_leaves_the_classification_implicit():
    economic = "预算单位 科目编码 经济分类科目名称 支出总计 基本支出 项目支出"
    function = "预算单位 科目编码 功能分类科目名称 支出总计 基本支出 项目支出"
    assert classify_table("一般公共预算支出表", economic) == "general_public_basic_economic"
    assert classify_table("一般公共预算支出表", function) == "general_public_function"
    assert classify_table("财政拨款支出预算表", "功能科目代码 功能科目名称 金额") == "general_public_function"
    assert classify_table("项目支出表", "单位名称 项目名称 金额 绩效目标") == "project_performance_targets"
    assert classify_table("项目支出表", "单位名称 项目名称 总计 财政拨款") == "project_expenditure"
    # the title wins over a header of another kind
    assert classify_table("收入决算表", "一级指标 二级指标") == "income"
    assert classify_table("支出总表", economic) == "expenditure"


@pytest.mark.parametrize("raw,norm", [
    ("公开05表", ""),
    ("收支总表（预算表1）", "收支总表"),
    ("表11：2026年市级部门项目支出绩效表", "市级部门项目支出绩效表"),
    ("表一 收支总表", "收支总表"),
    ("（七）一般公共预算支出表（按功能分类）", "一般公共预算支出表(按功能分类)"),
])
def test_normalize_title_drops_numbering_keeps_notes(raw, norm):
    assert normalize_title(raw) == norm


# --- the real titles of kinds.tsv --------------------------------------------------------

# Prose-section titles: the header decides (their tables' header, as extracted).
PROSE_HEADERS = {"重点项目预算绩效情况说明": "二级预算单位名称 一级项目名称 预算数（万元） 绩效目标"}


@pytest.mark.corpus
def test_every_printed_title_of_kinds_tsv():
    rows = _tsv("kinds.tsv")
    assert len(rows) >= 141
    wrong = [(r["file_name"], r["page"], r["title"], r["table_kind"],
              classify_table(r["title"], PROSE_HEADERS.get(r["title"], "")))
             for r in rows
             if classify_table(r["title"], PROSE_HEADERS.get(r["title"], "")) != r["table_kind"]]
    assert wrong == []
    # titles alone: every row but the prose-section ones
    alone = sum(classify_table(r["title"]) == r["table_kind"] for r in rows)
    assert alone == len(rows) - sum(r["title"] in PROSE_HEADERS for r in rows)


# --- header texts of tables extracted from real PDFs ----------------------------------------

# Kinds whose headers are printed alike: the header alone cannot tell them apart, and
# the title must (a fund's table has the function table's columns; an appropriation
# summary the summary's; Shenzhen prints "科目编码 科目名称 支出总计 基本支出 项目支出"
# over function and economic codes alike). The header alone then guesses the function
# table, the commonest of them.
HEADER_TWINS = {
    ("fiscal_appropriation_summary", "income_expenditure_summary"),
    ("government_fund", "general_public_function"),
    ("state_capital", "general_public_function"),
    ("general_public_basic_economic", "general_public_function"),
}
REAL_DOCS = ["无锡_无锡市应急管理局_2026_部门预算.pdf", "深圳_深圳市统计局_2026_部门预算.pdf",
             "江苏_江苏省人民检察院_2019_部门预算.pdf", "杭州_杭州市交通运输局_2026_部门预算.pdf"]


def _first_page_header(table) -> str:
    cells = sorted((c.row, c.col, c.text) for c in table.cells
                   if c.is_header and c.page == table.page_first and c.text)
    return " ".join(t for _, _, t in cells)


@pytest.mark.corpus
@pytest.mark.parametrize("name", REAL_DOCS)
def test_real_headers_never_contradict_the_hand_kind(name):
    rows = [r for r in _tsv("kinds.tsv") if r["file_name"] == name]
    by_page: dict[int, list[dict]] = {}
    for r in rows:
        by_page.setdefault(int(r["page"]), []).append(r)
    doc = extracted(f"cities/{name}")
    checked = 0
    for t in doc.tables:
        hand = by_page.get(t.page_first, [])
        if len(hand) != 1:
            continue  # no hand row, or two tables on the page
        want, printed = hand[0]["table_kind"], hand[0]["title"]
        header = _first_page_header(t)
        # the printed title with the real header gives the hand kind
        assert classify_table(printed, header) == want, (t.page_first, printed, header)
        # the header alone gives the hand kind, a header twin of it, or nothing
        alone = classify_table(None, header)
        assert alone in (want, "other") or (want, alone) in HEADER_TWINS, \
            (t.page_first, printed, header, alone)
        checked += 1
    assert checked >= 4


# ======================================================================== metadata

KEYS = ("department", "region", "fiscal_year", "doc_type", "budget_scope")


def _pick(m: dict, keys=KEYS) -> dict:
    return {k: m[k] for k in keys}


def _pdf(tmp_path: Path, name: str, draw) -> Path:
    buf = io.BytesIO()
    w = PdfWriter(buf, name)
    draw(w)
    w.finish()
    path = tmp_path / name
    path.write_bytes(buf.getvalue())
    return path


def _summary_table(title: str, editor: str) -> TableSpec:
    body = [plain_row(["一、一般公共预算", "1,200.00", "一、一般公共服务支出", "1,200.00"]),
            plain_row(["收入总计", "1,200.00", "支出总计", "1,200.00"])]
    return TableSpec(title, "income_expenditure_summary", "单位：万元", "wan_yuan", editor,
                     [150, 90, 150, 90],
                     [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"),
                      (1, 1, 1, 1, "预算数"), (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "预算数")],
                     2, body, ["l", "r", "l", "r"])


@pytest.mark.parametrize("label", ["部 门:", "部　门：", "部门：", "部  门 ："])
def test_letter_spaced_department_label_on_a_cover(label):
    cover = f"湖北省2019年度\n省级部门预算公开报表\n{label}中共湖北省委办公厅\n湖北省财政厅印制"
    m = document_metadata([cover])
    assert _pick(m) == dict(department="中共湖北省委办公厅", region="湖北省", fiscal_year=2019,
                            doc_type="budget", budget_scope="department")
    # 部门 ending a longer word is not the bare label
    m = document_metadata(["2024年部门预算\n预算主管部门：上海市普陀区财政局\n本部门：下设3个单位"])
    assert m["department"] == "上海市普陀区财政局"


def test_generated_cover_with_letter_spaced_label(tmp_path):
    def draw(w):
        draw_cover(w, [("湖北省2019年度", 22), ("省级部门预算公开报表", 22),
                       ("部 门:中共湖北省委办公厅", 14), ("湖北省财政厅印制", 12)])
        draw_table(w, _summary_table("收支预算总表", "部门：中共湖北省委办公厅"))
    doc = extract_document(_pdf(tmp_path, "cover.pdf", draw))
    assert (doc.department, doc.region, doc.fiscal_year, doc.doc_type, doc.budget_scope) == \
        ("中共湖北省委办公厅", "湖北省", 2019, "budget", "department")
    assert [t.table_kind for t in doc.tables] == ["income_expenditure_summary"]


def _form(dept_label: str, dept_value: str, executor: str) -> TableSpec:
    """A project's 绩效目标 form: the executing unit printed before the department."""
    header = [
        (0, 0, 1, 1, "项目名称"), (0, 1, 1, 1, "档案数字化加工"), (0, 2, 1, 1, "项目编码"),
        (0, 3, 1, 1, "31010725000001"),
        (1, 0, 1, 1, "实施单位"), (1, 1, 1, 1, executor), (1, 2, 1, 1, dept_label),
        (1, 3, 1, 1, dept_value),
        (2, 0, 1, 1, "项目资金（万元）"), (2, 1, 1, 1, "120.00"), (2, 2, 1, 1, "其中：财政拨款"),
        (2, 3, 1, 1, "120.00"),
        (3, 0, 1, 1, "年度绩效目标"), (3, 1, 1, 3, "完成档案数字化加工，提升档案利用效率。"),
        (4, 0, 1, 1, "一级指标"), (4, 1, 1, 1, "二级指标"), (4, 2, 1, 1, "三级指标"),
        (4, 3, 1, 1, "指标值"),
        (5, 0, 2, 1, "产出指标"), (5, 1, 1, 1, "数量指标"), (5, 2, 1, 1, "加工页数"),
        (5, 3, 1, 1, "≥10万页"),
        (6, 1, 1, 1, "质量指标"), (6, 2, 1, 1, "验收合格率"), (6, 3, 1, 1, "≥95%"),
        (7, 0, 1, 1, "满意度指标"), (7, 1, 1, 1, "服务对象满意度指标"), (7, 2, 1, 1, "满意度"),
        (7, 3, 1, 1, "≥90%"),
    ]
    return TableSpec("项目支出绩效目标表", "project_performance_targets", "单位：万元",
                     "wan_yuan", "（2024年度）", [90, 130, 90, 130], header, 8, [],
                     ["c"] * 4, repeat_header=False)


@pytest.mark.parametrize("label,value,want", [
    ("主管部门", "上海市普陀区人民政府万里街道办事处", "上海市普陀区人民政府万里街道办事处"),
    ("部门名称", "上海市普陀区人民政府万里街道办事处", "上海市普陀区人民政府万里街道办事处"),
    ("预算单位", "上海市普陀区人民政府万里街道办事处", "上海市普陀区人民政府万里街道办事处"),
    ("主管部门（单位）", "[101001]北京市朝阳区财政局", "北京市朝阳区财政局"),
])
def test_standalone_performance_form_department_from_its_fields(tmp_path, label, value, want):
    # the form is the whole PDF: no cover, no title naming the department; the name wraps
    # in its cell, and the executing unit is printed first
    path = _pdf(tmp_path, "form.pdf", lambda w: draw_table(w, _form(label, value, "上海市普陀区档案馆")))
    doc = extract_document(path)
    assert doc.department == want
    assert doc.region == ("北京市朝阳区" if "北京" in want else "上海市普陀区")
    assert (doc.fiscal_year, doc.doc_type) == (2024, "performance_targets")
    assert [t.table_kind for t in doc.tables] == ["project_performance_targets"]


def test_form_fields_beat_a_lower_tier_label_of_the_text():
    text = "项目支出绩效目标表\n项目名称 某项目 实施单位 上海市XX中心\n主管部门 上海市普陀区人民政府万里街\n道办事处"
    fields = [("实施单位", "上海市XX中心"), ("主管部门", "上海市普陀区人民政府万里街道办事处")]
    m = document_metadata([text], None, fields)
    assert m["department"] == "上海市普陀区人民政府万里街道办事处"
    # without the cells, the best the text gives
    assert document_metadata([text])["department"] == "上海市XX中心"


def test_fiscal_year_printed_only_in_table_titles(tmp_path):
    pages = ["XX市XX局部门预算公开\n2025年12月", "目 录\n一、收支总表",
             "2026年部门收支总表\n部门：XX市XX局 单位：万元\n收入 支出"]
    assert document_metadata(pages)["fiscal_year"] == 2026
    assert document_metadata(pages[:1], ["2026年部门收支总表"])["fiscal_year"] == 2026

    def draw(w):
        draw_cover(w, [("杭州市示例局部门预算", 22), ("杭州市示例局编制", 14)])
        draw_table(w, _summary_table("2026年市级部门收支预算总表", "部门：杭州市示例局"))
    doc = extract_document(_pdf(tmp_path, "noyear.pdf", draw))
    assert (doc.department, doc.region, doc.fiscal_year) == ("杭州市示例局", "杭州市", 2026)


@pytest.mark.parametrize("cover,dept", [
    ("外交部2024年部门预算", "外交部"),
    ("中华人民共和国海关总署\n2023年部门决算", "中华人民共和国海关总署"),
    ("国家统计局2024年部门预算", "国家统计局"),
    ("中共中央办公厅\n2024年部门预算", "中共中央办公厅"),
    ("国务院国有资产监督管理委员会2024年部门预算", "国务院国有资产监督管理委员会"),
    ("最高人民法院2022年部门决算", "最高人民法院"),
    ("国家市场监督管理总局2024年部门预算", "国家市场监督管理总局"),
    ("2024年部门预算\n部门名称：审计署", "审计署"),
])
def test_central_government_region(cover, dept):
    m = document_metadata([cover])
    assert (m["department"], m["region"]) == (dept, "中央")


@pytest.mark.parametrize("name,central", [
    ("住房和城乡建设部", True), ("中国气象局", True), ("全国人大常委会办公厅", True),
    ("国家税务总局上海市税务局", False),  # a local office of a central administration
    ("中国共产党上海市委员会", False), ("中共普陀区委宣传部", False), ("区委宣传部", False),
    ("上海市审计局", False), ("XX局", False), (None, False),
])
def test_is_central(name, central):
    assert is_central(name) is central


@pytest.mark.parametrize("cover,doc_type", [
    ("上海市普陀区司法局\n2023年度部门预算项目绩效评价报告", "performance_self_evaluation"),
    ("2023年度XX项目支出绩效评价报告\n上海市普陀区财政局", "performance_self_evaluation"),
    ("武汉市公安局洪山区分局\n2019年度项目支出绩效自评报告", "performance_self_evaluation"),
    ("2022年度部门整体支出绩效自评报告", "performance_self_evaluation"),
    ("上海市普陀区财政局2024年度部门预算", "budget"),
    ("上海市普陀区财政局2024年度部门决算", "final_accounts"),
])
def test_evaluation_reports_are_not_budgets(cover, doc_type):
    assert document_metadata([cover])["doc_type"] == doc_type


def test_stray_mark_above_the_cover_title():
    m = document_metadata([".\n长春市示例局（本级）\n2026年度部门预算公开\n初审：某某\n2026年2月14日"])
    assert m["title"] == "长春市示例局（本级）2026年度部门预算公开"
    assert _pick(m) == dict(department="长春市示例局", region="长春市", fiscal_year=2026,
                            doc_type="budget", budget_scope="department")


# --- labels.tsv (real covers) ----------------------------------------------------------------

def _first_pages(path: Path, n: int = 3) -> list[str]:
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        return [p.extract_text() or "" for p in pdf.pages[:n]]


def _want(row: dict) -> dict:
    return dict(department=row["department"], region=row["region"],
                fiscal_year=int(row["fiscal_year"]), doc_type=row["doc_type"],
                budget_scope=row["budget_scope"] or None)


@pytest.mark.corpus
def test_labels_tsv_from_covers_and_printed_titles():
    labels = _tsv("labels.tsv")
    kinds = _tsv("kinds.tsv")
    for row in labels:
        titles = [k["title"] for k in kinds if k["file_name"] == row["file_name"]]
        m = document_metadata(_first_pages(CITIES / row["file_name"]), titles)
        assert _pick(m) == _want(row), row["file_name"]


@pytest.mark.corpus
def test_labels_tsv_letter_spaced_label_end_to_end():
    name = "江苏_江苏省委办公厅_2018_部门预算公开表.pdf"
    row = next(r for r in _tsv("labels.tsv") if r["file_name"] == name)
    doc = extracted(f"cities/{name}")
    assert {k: getattr(doc, k) for k in KEYS} == _want(row)
