"""classify_table: title variants of Shanghai, national and Shenzhen forms, performance
forms, header fallbacks, and every table title printed in the real corpus."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from cnbudget.extractors.classify import TITLE_RULES, classify_table, normalize_title
from cnbudget.schemas.contract import TABLE_KINDS

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

TITLES = [
    # Shanghai 部门预算 / 单位预算
    ("2024年部门财务收支预算总表", "income_expenditure_summary"),
    ("2024年部门收入预算总表", "income"),
    ("2024年部门支出预算总表", "expenditure"),
    ("2024年部门财政拨款收支预算总表", "fiscal_appropriation_summary"),
    ("2024年部门一般公共预算支出功能分类预算表", "general_public_function"),
    ("2024年部门政府性基金预算支出功能分类预算表", "government_fund"),
    ("2024年部门国有资本经营预算支出功能分类预算表", "state_capital"),
    ("2024年部门一般公共预算基本支出部门预算经济分类预算表", "general_public_basic_economic"),
    ("部门“三公”经费和机关运行经费预算表", "three_public"),
    ("2025年预算单位财务收支预算总表", "income_expenditure_summary"),
    ("2025年预算单位收入预算总表", "income"),
    ("2025年预算单位支出预算总表", "expenditure"),
    ("2025年预算单位财政拨款收支预算总表", "fiscal_appropriation_summary"),
    ("2025年预算单位一般公共预算支出功能分类预算表", "general_public_function"),
    ("2025年预算单位政府性基金预算支出功能分类预算表", "government_fund"),
    ("2025年预算单位国有资本经营预算支出功能分类预算表", "state_capital"),
    ("2025年预算单位一般公共预算基本支出部门预算经济分类预算表", "general_public_basic_economic"),
    ("2025年单位“三公”经费和机关运行经费预算表", "three_public"),
    # 决算
    ("收入支出决算总表", "income_expenditure_summary"),
    ("收入决算表", "income"),
    ("支出决算表", "expenditure"),
    ("财政拨款收入支出决算总表", "fiscal_appropriation_summary"),
    ("一般公共预算财政拨款支出决算表", "general_public_function"),
    ("一般公共预算财政拨款基本支出决算表", "general_public_basic_economic"),
    ("财政拨款“三公”经费支出决算表", "three_public"),
    ("财政拨款 三公 经费支出决算表\n“ ”", "three_public"),
    ("政府性基金预算财政拨款收入支出决算表", "government_fund"),
    ("国有资本经营预算财政拨款收入支出决算表", "state_capital"),
    ("一、收入支出决算总表", "income_expenditure_summary"),
    ("七、财政拨款\"三公\"经费支出决算表", "three_public"),
    # Shenzhen (seed 004), with their "表. N" numbering
    ("表.1 收支预算总表", "income_expenditure_summary"),
    ("表.2\n收入预算表", "income"),
    ("3. 支出预算表", "expenditure"),
    ("表. 4 基本支出预算表", "general_public_basic_economic"),
    ("5. 项目支出预算表", "project_expenditure"),
    ("财政拨款收支预算总表", "fiscal_appropriation_summary"),
    ("6. 财政拨款收支总体情况表", "fiscal_appropriation_summary"),
    ("一般公共预算支出情况表", "general_public_function"),
    ("政府性基金预算支出情况表", "government_fund"),
    ("国有资本经营预算支出情况表", "state_capital"),
    ("上级专项转移支付资金情况表", "transfer_payment"),
    ("10. 上级专项转移支付支出预算表", "transfer_payment"),
    ("政府采购项目支出预算表", "procurement"),
    ("表. 12 “三公”经费财政拨款预算情况表", "three_public"),
    ("部门预算绩效管理项目情况表", "performance_management_projects"),
    ("表. 14 部门（单位）整体支出绩效目标申报表 (2020 年度)", "dept_performance_targets"),
    ("表. 15-1\n项目支出绩效目标表\n2020 年度", "project_performance_targets"),
    # performance forms of the other seeds
    ("2021年部门整体支出绩效目标表", "dept_performance_targets"),
    ("部门公开表9 2021年部门整体支出绩效目标表", "dept_performance_targets"),
    ("部门公开表10-1 2021年项目支出绩效目标表", "project_performance_targets"),
    ("部门整体绩效目标申报表", "dept_performance_targets"),
    ("2021年部门整体绩效目标", "dept_performance_targets"),
    ("财政项目支出绩效目标填报表", "project_performance_targets"),
    ("1.  办案维稳经费项目绩效目标表", "project_performance_targets"),
    ("7 、铁路沿线视频监控租赁费项目绩效目标表", "project_performance_targets"),
    ("津秦高铁沿线视频监控补点建设项目绩效目标表", "project_performance_targets"),
    ("项目支出绩效自评表", "performance_self_evaluation"),
    ("附件 1.1 项目支出绩效自评表 (2019年度)", "performance_self_evaluation"),
    ("部门整体支出绩效自评表", "performance_self_evaluation"),
    # other national variants
    ("部门收支总表", "income_expenditure_summary"),
    ("部门收入总表", "income"),
    ("部门支出总表", "expenditure"),
    ("财政拨款收支总表", "fiscal_appropriation_summary"),
    ("一般公共预算支出表", "general_public_function"),
    ("一般公共预算基本支出表", "general_public_basic_economic"),
    ("一般公共预算“三公”经费支出表", "three_public"),
    ('一般公共预算"三公"经费支出表', "three_public"),
    ("一般公共预算‘三公’经费支出表", "three_public"),
    ("政府性基金预算支出表", "government_fund"),
    ("国有资本经营预算支出表", "state_capital"),
    ("项目支出表", "project_expenditure"),
    ("部门项目支出预算表", "project_expenditure"),
    ("政府采购预算表", "procurement"),
    ("政府采购预算明细表", "procurement"),
    ("机关运行经费支出表", "three_public"),
    ("附表3 2023年部门收支总表", "income_expenditure_summary"),
    ("表1", "other"),
    ("２０２３年部门收入总表", "income"),  # full-width digits
    ("2023 年 部 门 支 出 总 表", "expenditure"),  # spaces between characters
    ("（2023年度）部门综合预算收支总表", "income_expenditure_summary"),
    ("部门支出经济分类预算表", "general_public_basic_economic"),
    # not tables
    ("目 录", "other"),
    ("部门决算单位构成", "other"),
    ("二、部门决算单位构成", "other"),
    ("七、财政拨款“三公”经费支出决算情况说明", "other"),
    ("名词解释", "other"),
    ("国有资产占用情况表", "other"),
    ("", "other"),
    (None, "other"),
]


@pytest.mark.parametrize("title,kind", TITLES)
def test_title(title, kind):
    assert classify_table(title) == kind


def test_kinds_are_enumerated():
    kinds = {k for _, k in TITLE_RULES} | {classify_table(t) for t, _ in TITLES}
    assert kinds <= set(TABLE_KINDS)
    # every kind of the enumeration is reachable from some title
    assert {k for _, k in TITLES} == set(TABLE_KINDS)


@pytest.mark.parametrize("raw,norm", [
    ("表.1 2025年部门财务收支预算总表", "部门财务收支预算总表"),
    ("财政拨款 三公 经费支出决算表\n“ ”", "财政拨款三公经费支出决算表"),
    ("5．2025年部门一般公共预算支出功能分类预算表", "部门一般公共预算支出功能分类预算表"),
    ("部门公开表10-2 2021年项目支出绩效目标表", "项目支出绩效目标表"),
    ("表. 14 部门（单位）整体支出绩效目标申报表 (2020 年度)", "部门(单位)整体支出绩效目标申报表"),
])
def test_normalize_title(raw, norm):
    assert normalize_title(raw) == norm


@pytest.mark.parametrize("header,kind", [
    ("一级指标 二级指标 三级指标 指标值", "project_performance_targets"),
    ("年度指标值 一级指标 二级指标 三级指标 全年完成值 分值 得分", "performance_self_evaluation"),
    ("全年预算数(A) 全年执行数(B) 预算执行率", "performance_self_evaluation"),
    ("部门总体资金情况 部门职能概述 一级指标 二级指标", "dept_performance_targets"),
    ("项目 一般公共预算支出 功能分类科目编码 功能分类科目名称 合计 基本支出 项目支出",
     "general_public_function"),
    ("项目 一般公共预算基本支出 经济分类科目编码 经济分类科目名称 合计 人员经费 公用经费",
     "general_public_basic_economic"),
    ("项目 政府性基金预算支出 功能分类科目编码", "government_fund"),
    ("项目 国有资本经营预算支出 功能分类科目编码", "state_capital"),
    ("财政拨款收入 财政拨款支出 项目 预算数 项目 预算数", "fiscal_appropriation_summary"),
    ("本年收入 本年支出 项目 预算数", "income_expenditure_summary"),
    ("“三公”经费合计 因公出国(境)费 公务接待费", "three_public"),
    ("", "other"),
    ("序号 名称 金额", "other"),
])
def test_header_fallback(header, kind):
    assert classify_table(None, header) == kind
    assert classify_table("", header) == kind
    assert classify_table("表3", header) == kind  # numbering alone says nothing


def test_title_wins_over_header():
    assert classify_table("收入决算表", "一级指标 二级指标") == "income"


# --- the seed texts (other cities' layouts) --------------------------------------------

SEED_TITLES = {
    "004": {
        "收支预算总表": "income_expenditure_summary",
        "收入预算表": "income",
        "支出预算表": "expenditure",
        "基本支出预算表": "general_public_basic_economic",
        "项目支出预算表": "project_expenditure",
        "财政拨款收支预算总表": "fiscal_appropriation_summary",
        "一般公共预算支出情况表": "general_public_function",
        "政府性基金预算支出情况表": "government_fund",
        "国有资本经营预算支出情况表": "state_capital",
        "上级专项转移支付资金情况表": "transfer_payment",
        "政府采购项目支出预算表": "procurement",
        "“三公”经费财政拨款预算情况表": "three_public",
        "部门预算绩效管理项目情况表": "performance_management_projects",
        "部门（单位）整体支出绩效目标申报表": "dept_performance_targets",
        "项目支出绩效目标表": "project_performance_targets",
    },
    "000": {"2021年部门整体支出绩效目标表": "dept_performance_targets",
            "2021年项目支出绩效目标表": "project_performance_targets"},
    "002": {"项目支出绩效自评表": "performance_self_evaluation"},
    "003": {"部门整体绩效目标申报表": "dept_performance_targets"},
}


@pytest.mark.parametrize("seed", sorted(SEED_TITLES))
def test_seed_titles(seed):
    files = sorted(SEEDS.glob(f"{seed}_*.txt")) if SEEDS.is_dir() else []
    if not files:
        pytest.skip("seed texts absent")
    lines = {ln.strip() for ln in files[0].read_text(encoding="utf-8").splitlines()}
    for title, kind in SEED_TITLES[seed].items():
        assert title in lines, title  # the title really is printed on its own line
        assert classify_table(title) == kind, title


def test_seed_001_project_target_titles():
    files = sorted(SEEDS.glob("001_*.txt")) if SEEDS.is_dir() else []
    if not files:
        pytest.skip("seed texts absent")
    titles = [ln for ln in files[0].read_text(encoding="utf-8").splitlines()
              if ln.strip().endswith("项目绩效目标表")]
    assert len(titles) == 15
    assert {classify_table(t) for t in titles} == {"project_performance_targets"}


# --- the real corpus ---------------------------------------------------------------------

BUDGET_KINDS = {
    "income_expenditure_summary", "income", "expenditure", "fiscal_appropriation_summary",
    "general_public_function", "government_fund", "state_capital",
    "general_public_basic_economic", "three_public",
}
# The tables of each real document, by kind, as printed (titles without year/owner).
CORPUS_TABLES = {
    "上海市普陀区人民政府万里街道办事处24年预算.pdf": BUDGET_KINDS,
    "上海市普陀区人民政府万里街道办事处25年预算.pdf": BUDGET_KINDS,
    "上海市普陀区人民政府办公室25年预算.pdf": BUDGET_KINDS,
    "上海市普陀区人民政府办公室单位25年预算.pdf": BUDGET_KINDS,
    "上海市普陀区商务委员会25年预算.pdf": BUDGET_KINDS,
    "上海市普陀区商务委员会单位25年预算.pdf": BUDGET_KINDS,
    "上海市普陀区财政局2024年度部门决算.pdf": BUDGET_KINDS,
    "附件2：部门决算模板.pdf": BUDGET_KINDS,
}
# Each distinct title (normalised, owner word dropped) and its kind.
CORPUS_TITLE_KINDS = {
    "财务收支预算总表": "income_expenditure_summary",
    "收入预算总表": "income",
    "支出预算总表": "expenditure",
    "财政拨款收支预算总表": "fiscal_appropriation_summary",
    "一般公共预算支出功能分类预算表": "general_public_function",
    "政府性基金预算支出功能分类预算表": "government_fund",
    "国有资本经营预算支出功能分类预算表": "state_capital",
    "一般公共预算基本支出部门预算经济分类预算表": "general_public_basic_economic",
    "三公经费和机关运行经费预算表": "three_public",
    "收入支出决算总表": "income_expenditure_summary",
    "收入决算表": "income",
    "支出决算表": "expenditure",
    "财政拨款收入支出决算总表": "fiscal_appropriation_summary",
    "一般公共预算财政拨款支出决算表": "general_public_function",
    "一般公共预算财政拨款基本支出决算表": "general_public_basic_economic",
    "财政拨款三公经费支出决算表": "three_public",
    "政府性基金预算财政拨款收入支出决算表": "government_fund",
    "国有资本经营预算财政拨款收入支出决算表": "state_capital",
}


@lru_cache(maxsize=None)
def _page_heads(path: Path) -> tuple[tuple[str, ...], ...]:
    """The first four non-empty lines of every page."""
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        return tuple(
            tuple([ln.strip() for ln in (p.extract_text() or "").splitlines() if ln.strip()][:4])
            for p in pdf.pages)


def _table_titles(path: Path) -> list[str]:
    """Table titles: the first head line of a page ending in 表, past the contents page,
    skipping the part header "…年度部门决算表" printed above the first 决算 table."""
    titles = []
    for i, head in enumerate(_page_heads(path)):
        if i < 2:  # cover and contents
            continue
        for line in head:
            flat = re.sub(r"\s", "", line)
            if flat.endswith("表") and not flat.endswith("部门决算表"):
                titles.append(line)
                break
    return titles


def _corpus_files():
    if not CORPUS.is_dir():
        pytest.skip(f"corpus absent: {CORPUS}")
    return sorted(CORPUS.glob("*.pdf"))


@pytest.mark.corpus
def test_corpus_is_known():
    names = {p.name for p in _corpus_files()}
    assert set(CORPUS_TABLES) <= names


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(CORPUS_TABLES))
def test_corpus_table_titles(name):
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"corpus file absent: {path}")
    titles = _table_titles(path)
    assert len(titles) == len(CORPUS_TABLES[name])  # one title per table, none missed
    kinds = set()
    for title in titles:
        key = re.sub(r"^(部门|预算单位|单位)", "", normalize_title(title))
        assert key in CORPUS_TITLE_KINDS, title
        kind = classify_table(title)
        assert kind == CORPUS_TITLE_KINDS[key], title
        kinds.add(kind)
    assert kinds == CORPUS_TABLES[name]
