"""document_metadata: covers of the real corpus, the seed texts of other cities, and
cover layouts not seen yet (other cities, label variants, year placement)."""
from __future__ import annotations

from pathlib import Path

import pytest

from cnbudget.extractors.metadata import document_metadata, region_of
from cnbudget.schemas.contract import BUDGET_SCOPES, DOC_TYPES

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
KEYS = {"title", "department", "region", "fiscal_year", "doc_type", "budget_scope"}


def meta(*pages, titles=None):
    m = document_metadata(list(pages), titles)
    assert set(m) == KEYS
    assert m["doc_type"] in DOC_TYPES
    assert m["budget_scope"] is None or m["budget_scope"] in BUDGET_SCOPES
    assert m["fiscal_year"] is None or isinstance(m["fiscal_year"], int)
    return m


def expect(m, **kw):
    assert {k: m[k] for k in kw} == kw


# --- covers from the brief ---------------------------------------------------------------

def test_shanghai_department_budget():
    m = meta("上海市普陀区2024年区级部门预算\n预算主管部门：上海市普陀区人民政府万里街道办事处",
             "目 录\n一、部门主要职能")
    expect(m, title="上海市普陀区2024年区级部门预算", department="上海市普陀区人民政府万里街道办事处",
           region="上海市普陀区", fiscal_year=2024, doc_type="budget", budget_scope="department")


def test_shanghai_unit_budget():
    m = meta("上海市普陀区2025年区级单位预算\n预算单位：上海市普陀区商务委员会")
    expect(m, department="上海市普陀区商务委员会", region="上海市普陀区", fiscal_year=2025,
           doc_type="budget", budget_scope="unit")


def test_year_on_its_own_line():
    m = meta("上海市普陀区财政局\n年度部门决算\n2024", "目 录\n第一部分 上海市普陀区财政局概况")
    expect(m, title="上海市普陀区财政局2024年度部门决算", department="上海市普陀区财政局",
           region="上海市普陀区", fiscal_year=2024, doc_type="final_accounts",
           budget_scope="department")


def test_template_with_spaces():
    m = meta("上海市 XX 局\n2024 年度部门决算")
    expect(m, title="上海市XX局2024年度部门决算", department="上海市XX局", region="上海市",
           fiscal_year=2024, doc_type="final_accounts", budget_scope="department")


def test_shenzhen_branch_own_level():
    m = meta("\n\n2020 年深圳市公安局罗湖分局（本级） 部门预算\n\n目 录\n\n第一部分 部门概况")
    expect(m, department="深圳市公安局罗湖分局", region="深圳市罗湖区", fiscal_year=2020,
           doc_type="budget", budget_scope="department")


def test_ezhou_tabular_target_form():
    page = ("部门整体绩效目标申报表\n填报日期：2024年1月15日           单位：万元\n"
            "\t部门（单位）\n名称\n\t鄂州市公安局\n\n\t填报人\n\t某某\n"
            "\t近两年收支金额\n\t2023年\n\t2022年")
    m = meta(page)
    expect(m, title="部门整体绩效目标申报表", department="鄂州市公安局", region="鄂州市",
           fiscal_year=2024, doc_type="performance_targets")


# --- covers not seen in the corpus -------------------------------------------------------

@pytest.mark.parametrize("cover,dept,region,year,doc_type,scope", [
    ("北京市朝阳区教育委员会2023年部门预算", "北京市朝阳区教育委员会", "北京市朝阳区", 2023,
     "budget", "department"),
    ("XX市XX区司法局2022年度部门决算", "XX市XX区司法局", "XX市XX区", 2022,
     "final_accounts", "department"),
    ("2023年度XX县农业农村局部门决算", "XX县农业农村局", "XX县", 2023, "final_accounts",
     "department"),
    ("南京市公安局玄武分局\n2021年部门决算", "南京市公安局玄武分局", "南京市玄武区", 2021,
     "final_accounts", "department"),
    ("上海市浦东新区教育局2023年度部门预算", "上海市浦东新区教育局", "上海市浦东新区", 2023,
     "budget", "department"),
    ("青岛市市南区教育和体育局2023年部门预算", "青岛市市南区教育和体育局", "青岛市市南区", 2023,
     "budget", "department"),
    ("湖北省财政厅2023年部门决算", "湖北省财政厅", "湖北省", 2023, "final_accounts",
     "department"),
    ("2024年部门预算\n单位名称：杭州市西湖区财政局", "杭州市西湖区财政局", "杭州市西湖区", 2024,
     "budget", "department"),
    ("2022年单位预算\n编制单位：成都市武侯区教育局（本级）\n2022年3月", "成都市武侯区教育局",
     "成都市武侯区", 2022, "budget", "unit"),
    ("部门名称：重庆市渝中区民政局\n2023年度部门决算", "重庆市渝中区民政局", "重庆市渝中区",
     2023, "final_accounts", "department"),
    ("天津市滨海新区2024年单位预算\n预算单位：天津市滨海新区卫生健康委员会",
     "天津市滨海新区卫生健康委员会", "天津市滨海新区", 2024, "budget", "unit"),
    ("2023年部门预算\n\n北京市海淀区人民法院", "北京市海淀区人民法院", "北京市海淀区", 2023,
     "budget", "department"),
    ("关于武汉市东湖新技术开发区财政局2022年度部门决算的说明", "武汉市东湖新技术开发区财政局",
     "武汉市", 2022, "final_accounts", "department"),
    ("成都市公安局高新区分局2021年部门预算", "成都市公安局高新区分局", "成都市", 2021,
     "budget", "department"),
    ("长沙市芙蓉区城市管理局\n2023年度部门整体支出绩效自评报告", "长沙市芙蓉区城市管理局",
     "长沙市芙蓉区", 2023, "performance_self_evaluation", "department"),
    ("项目支出绩效目标表\n（2023年度）\n项目名称\t某项目\t项目单位\t长沙市芙蓉区城市管理局",
     "长沙市芙蓉区城市管理局", "长沙市芙蓉区", 2023, "performance_targets", None),
])
def test_other_covers(cover, dept, region, year, doc_type, scope):
    m = meta(cover)
    expect(m, department=dept, region=region, fiscal_year=year, doc_type=doc_type,
           budget_scope=scope)


@pytest.mark.parametrize("name,region", [
    ("上海市普陀区司法局", "上海市普陀区"),
    ("上海市普陀区人民政府万里街道办事处", "上海市普陀区"),
    ("上海市XX局", "上海市"),
    ("深圳市公安局罗湖分局", "深圳市罗湖区"),
    ("武汉市公安局洪山区分局", "武汉市洪山区"),
    ("武汉市公安局武汉东湖新技术开发区分局", "武汉市"),  # a development zone, not a district
    ("深圳市公安局水上分局", "深圳市"),  # not a place
    ("鄂州市公安局", "鄂州市"),
    ("广东省广州市天河区人民政府办公室", "广州市天河区"),
    ("重庆市社区服务中心", "重庆市"),  # 社区 is not a district
    ("普陀区财政局", "普陀区"),
    (None, None),
    ("", None),
])
def test_region_of(name, region):
    assert region_of(name) == region


def test_table_titles_decide_type_year_and_scope():
    titles = ["2025年预算单位财务收支预算总表", "2025年预算单位收入预算总表"]
    m = meta("", "目 录", titles=titles)
    expect(m, title=None, fiscal_year=2025, doc_type="budget", budget_scope="unit")
    m = meta("", titles=["收入支出决算总表", "收入决算表"])
    expect(m, doc_type="final_accounts")
    m = meta("", titles=["项目支出绩效目标表"])
    expect(m, doc_type="performance_targets")
    m = meta("", titles=["项目支出绩效自评表"])
    expect(m, doc_type="performance_self_evaluation")


def test_filing_date_gives_target_year():
    # targets filed late in 2023 are the 2024 targets; a self-evaluation in May 2020 is 2019's
    m = meta("项目支出绩效目标表\n填报日期：2023年11月20日")
    expect(m, fiscal_year=2024, doc_type="performance_targets")
    m = meta("项目支出绩效自评表\n自评时间: 2020年5月")
    expect(m, fiscal_year=2019, doc_type="performance_self_evaluation")


def test_title_year_beats_filing_date():
    m = meta("2024年部门整体绩效目标表\n填报日期：2023年11月20日")
    assert m["fiscal_year"] == 2024


def test_nothing_known():
    m = meta("")
    expect(m, title=None, department=None, region=None, fiscal_year=None, doc_type="other",
           budget_scope=None)
    m = meta()
    assert m["doc_type"] == "other"


def test_label_value_with_spaces_and_trailing_unit():
    m = meta("2024年部门预算\n预算主管部门：上海市 普陀区 财政局\n编制部门：上海市普陀区财政局 单位：元")
    expect(m, department="上海市普陀区财政局", region="上海市普陀区", fiscal_year=2024)
    m = meta("2024年部门预算\n编制部门：上海市普陀区财政局 单位：元")
    assert m["department"] == "上海市普陀区财政局"


def test_party_organ_region():
    m = meta("中共上海市普陀区委员会组织部\n2024年部门预算")
    expect(m, department="中共上海市普陀区委员会组织部", region="上海市普陀区", fiscal_year=2024)


def test_label_run_into_prose_is_not_a_label():
    m = meta("XX局部门预算\n本部门包括下属5家预算单位包括上海市XX学校")
    assert m["department"] == "XX局"


def test_column_header_is_not_a_department():
    m = meta("收支预算总表\n预算单位\t收入总计\t本年收入\n深圳市公安局罗湖分局\t1\t2")
    assert m["department"] != "收入总计"


# --- seed texts (other cities) -------------------------------------------------------------

SEED_META = {
    "000": dict(title="2021年部门整体支出绩效目标表", department="武汉市公安局武汉东湖新技术开发区分局",
                region="武汉市", fiscal_year=2021, doc_type="performance_targets"),
    # a 高新区 police branch that never prints its own name or city
    "001": dict(title="2021年部门整体绩效目标", department=None, region=None, fiscal_year=2021,
                doc_type="performance_targets"),
    "002": dict(title="2019年度项目支出绩效自评报告", department="武汉市公安局洪山区分局",
                region="武汉市洪山区", fiscal_year=2019, doc_type="performance_self_evaluation",
                budget_scope=None),
    "003": dict(title="部门整体绩效目标申报表", department="鄂州市公安局", region="鄂州市",
                fiscal_year=2024, doc_type="performance_targets"),
    "004": dict(title="2020年深圳市公安局罗湖分局（本级）部门预算", department="深圳市公安局罗湖分局",
                region="深圳市罗湖区", fiscal_year=2020, doc_type="budget",
                budget_scope="department"),
}


@pytest.mark.parametrize("seed", sorted(SEED_META))
def test_seed(seed):
    files = sorted(SEEDS.glob(f"{seed}_*.txt")) if SEEDS.is_dir() else []
    if not files:
        pytest.skip("seed texts absent")
    text = files[0].read_text(encoding="utf-8")
    # as "first pages": the opening of the text in three page-sized slices
    pages = [text[i:i + 3000] for i in range(0, 9000, 3000)]
    expect(meta(*pages), **SEED_META[seed])


# --- the real corpus -----------------------------------------------------------------------

def _budget(year, dept, scope="department"):
    level = "部门" if scope == "department" else "单位"
    return dict(title=f"上海市普陀区{year}年区级{level}预算", department=dept,
                region="上海市普陀区", fiscal_year=year, doc_type="budget", budget_scope=scope)


CORPUS_META = {
    "上海市普陀区人民政府万里街道办事处24年预算.pdf": _budget(2024, "上海市普陀区人民政府万里街道办事处"),
    "上海市普陀区人民政府万里街道办事处25年预算.pdf": _budget(2025, "上海市普陀区人民政府万里街道办事处"),
    "上海市普陀区人民政府办公室25年预算.pdf": _budget(2025, "上海市普陀区人民政府办公室"),
    "上海市普陀区人民政府办公室单位25年预算.pdf": _budget(2025, "上海市普陀区人民政府办公室", "unit"),
    "上海市普陀区商务委员会25年预算.pdf": _budget(2025, "上海市普陀区商务委员会"),
    "上海市普陀区商务委员会单位25年预算.pdf": _budget(2025, "上海市普陀区商务委员会", "unit"),
    "上海市普陀区财政局2024年度部门决算.pdf": dict(
        title="上海市普陀区财政局2024年度部门决算", department="上海市普陀区财政局",
        region="上海市普陀区", fiscal_year=2024, doc_type="final_accounts",
        budget_scope="department"),
    "附件2：部门决算模板.pdf": dict(
        title="上海市XX局2024年度部门决算", department="上海市XX局", region="上海市",
        fiscal_year=2024, doc_type="final_accounts", budget_scope="department"),
}


def _first_pages(path: Path, n: int = 3) -> list[str] | None:
    pdfplumber = pytest.importorskip("pdfplumber")
    try:
        with pdfplumber.open(path) as pdf:
            return [p.extract_text() or "" for p in pdf.pages[:n]]
    except Exception:  # the junk file of the corpus is not a PDF at all
        return None


@pytest.mark.corpus
def test_every_readable_corpus_pdf_is_asserted():
    if not CORPUS.is_dir():
        pytest.skip(f"corpus absent: {CORPUS}")
    for path in sorted(CORPUS.glob("*.pdf")):
        if path.name not in CORPUS_META:
            assert _first_pages(path) is None, f"unexpected readable PDF {path.name}"


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(CORPUS_META))
def test_corpus_document(name):
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"corpus file absent: {path}")
    pages = _first_pages(path)
    assert pages is not None
    expect(meta(*pages), **CORPUS_META[name])
    # the cover alone is enough
    expect(meta(pages[0]), **CORPUS_META[name])


def test_unit_publishing_its_own_document_is_its_department():
    # a 二级单位's own self-evaluation: the cover title names the unit before its year, the
    # 主管部门 is printed as a field; the unit publishing the document is its department
    m = meta("示例市疾病预防控制中心\n2024年度项目支出绩效自评报告\n主管部门：示例市卫生健康委员会",
             "项目名称 传染病防控\n主管部门 示例市卫生健康委员会 实施单位 示例市疾病预防控制中心")
    expect(m, department="示例市疾病预防控制中心", region="示例市", fiscal_year=2024,
           doc_type="performance_self_evaluation")


@pytest.mark.parametrize("unit_label", ["单位", "单 位"])
def test_unit_named_on_the_cover_beats_its_supervising_department(unit_label):
    # a 二级单位's own forms: "单位：<unit>" then "主管部门：<department>" under the cover
    # title; the unit publishing them is the department, as 预算单位 / 填报单位 are; the
    # table unit line (单位：万元) names no organisation
    m = meta(f"2025年项目支出绩效目标表\n{unit_label}：琼海市人民医院\n主管部门：琼海市卫生健康委员会",
             "项目支出绩效目标表\n单位：万元\n项目名称 急诊急救能力提升\n主管部门 琼海市卫生健康委员会 实施单位 琼海市人民医院")
    expect(m, department="琼海市人民医院", fiscal_year=2025)
    m = meta("示例区财政局2025年部门预算\n单位：万元", "收入支出决算总表\n单位：万元")
    expect(m, department="示例区财政局")


def test_department_the_cover_title_and_its_label_agree_on_beats_a_forms_unit():
    # a department's document of its units' forms: the cover's title and its 预算单位 line
    # name the department; a form's 单位名称 / 预算单位 field names the unit the form is for
    m = document_metadata(["鹤壁市淇滨区卫生健康委员会2025年项目支出绩效目标表\n预算单位：鹤壁市淇滨区卫生健康委员会",
                           "2025年度项目支出绩效目标表\n单位名称：鹤壁市淇滨区基层卫生服务中心"], None,
                          [("预算单位", "鹤壁市淇滨区基层卫生服务中心"), ("主管部门", "鹤壁市淇滨区卫生健康委员会")])
    assert m["department"] == "鹤壁市淇滨区卫生健康委员会"


@pytest.mark.parametrize("owner", ["龙口市教育和体育局所属单位", "辽源市卫生健康委员会下属单位", "示例区卫生健康局所属事业单位"])
def test_unit_named_under_its_parent_on_the_cover_is_the_department(owner):
    # "<parent>所属单位" over "<unit>" over the title: the document is the unit's own
    unit = "龙口市第一中学"
    m = meta(f"{owner}\n{unit}\n2024年度项目支出绩效自评表", "项目支出绩效自评表\n单位名称：龙口市第一中学")
    expect(m, department=unit, fiscal_year=2024)
