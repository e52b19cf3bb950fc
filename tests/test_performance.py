"""Performance forms end to end: seed tables drawn as ruled PDFs (tests/seed_tables.py),
extracted with extract_document, normalized with cnbudget.normalizers.performance, and
compared with the values read from the seed texts."""
from __future__ import annotations

import re
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import seed_tables  # noqa: E402

from cnbudget.extractors.document import extract_document  # noqa: E402
from cnbudget.normalizers import performance as P  # noqa: E402
from cnbudget.normalizers.indicators import parse_target  # noqa: E402
from cnbudget.schemas.contract import to_table  # noqa: E402

pytestmark = pytest.mark.skipif(not seed_tables.SEEDS.is_dir(), reason="seed texts not available")


def _k(s: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seed_pdfs")
    out = {}
    for n in range(5):
        gold = seed_tables.render_seed(n, folder / f"seed{n:03d}.pdf")
        doc = extract_document(gold.path)
        out[n] = (gold, doc, P.indicators(doc), P.projects(doc), P.self_evaluations(doc))
    return out


def _match(gold, rows):
    """(gold indicator, output row or None) pairs, matched by project and name."""
    pool: dict = {}
    for r in rows:
        pool.setdefault((_k(r["project_name"]), _k(r["name"])), []).append(r)
    # the gold keeps names as printed; published names drop their numbering (指标1：, (2), ①)
    pairs = []
    for form in gold.forms:
        project = None if form.kind == "dept_performance_targets" else form.project_name
        for ind in form.indicators:
            lst = pool.get((_k(project), _k(P.indicator_name(ind.name))))
            pairs.append((ind, lst.pop(0) if lst else None))
    return pairs


def test_indicators_found_with_their_project(seeds):
    total = found = 0
    for n, (gold, doc, rows, _, _) in seeds.items():
        pairs = _match(gold, rows)
        assert pairs, f"seed {n}: no gold indicators"
        ok = sum(r is not None for _, r in pairs)
        assert ok / len(pairs) >= 0.9, f"seed {n}: {ok}/{len(pairs)} indicators found with their project"
        total += len(pairs)
        found += ok
    assert found / total >= 0.9


def test_targets_parsed_right(seeds):
    total = right = 0
    for gold, _, rows, _, _ in seeds.values():
        for ind, r in _match(gold, rows):
            if r is None:
                continue
            total += 1
            e = parse_target(ind.target)
            got = (r["comparator"], r["value"], r["upper"], r["unit"])
            right += _k(r["target_raw"]) == _k(ind.target) and got == (e.comparator, e.value, e.upper, e.unit)
    assert total and right / total >= 0.9


def _one(rows, **kw):
    hits = [r for r in rows if all(_k(r[k]) == _k(v) for k, v in kw.items())]
    assert hits, kw
    return hits[0]


def test_target_spot_checks(seeds):
    rows0 = seeds[0][2]
    r = _one(rows0, project_name=None, name="预算完成率")
    assert (r["comparator"], r["value"], r["upper"], r["unit"]) == ("range", 97.0, 100.0, "%")
    assert r["level1"] == "process" and r["level2_raw"] == "预算执行"
    r = _one(rows0, project_name=None, name="基本支出的商品和服务支出预算完成率")
    assert (r["comparator"], r["value"], r["unit"]) == ("<=", 100.0, "%")  # printed as LaTeX $\leq 100\%$
    r = _one(rows0, project_name=None, name="辖区群众安全感排名")
    assert (r["comparator"], r["value"], r["unit"]) == ("<=", 10.0, "名")
    assert r["prior_values"] == "2019=第10名;2020=前10名"
    r = _one(rows0, project_name="办案费", name="违法犯罪警情同比增长率")
    assert (r["comparator"], r["value"], r["unit"]) == ("<", 3.0, "%")
    assert r["level1"] == "effect" and r["level2"] == "social"
    r = _one(seeds[3][2], name="高学历、高层次人才储备率")
    assert (r["comparator"], r["value"], r["unit"]) == (">=", 95.0, "%")
    assert r["prior_values"] == "前年=≥95%;上年=≥95%" and r["basis"] == "计划标准"
    assert r["project_name"] is None and r["level1"] == "effect"  # 可持续发展能力
    r = _one(seeds[4][2], project_name="辅警保障经费", name="保障辅警人员数量")
    assert (r["comparator"], r["value"], r["unit"]) == (">=", 831.0, "人")
    r = _one(seeds[1][2], project_name="办案维稳经费", name="提高执法办案水平，规范民警执法行为")
    assert r["comparator"] == "qualitative" and r["qualitative"] == "是" and r["basis"] == "案卷考核成绩"
    # unparsed targets are kept raw and flagged, never guessed
    unparsed = [r for s in seeds.values() for r in s[2] if r["target_raw"] and not r["parsed"]]
    assert all(r["comparator"] is None and r["value"] is None for r in unparsed)


def _yuan(text: str) -> Decimal:
    return Decimal(text.replace(",", "")).quantize(Decimal("0.01"))


def test_self_evaluation_numbers_of_seed_002_exact(seeds):
    gold, doc, rows, _, evals = seeds[2]
    forms = [f for f in gold.forms if f.self_eval]
    assert len(forms) == 5 and len(evals) == 5
    by_name = {_k(e["project_name"]): e for e in evals}
    for f in forms:
        e = by_name[_k(f.project_name)]
        se = f.self_eval
        assert e["budget_yuan"] == _yuan(se["budget"])
        assert e["executed_yuan"] == _yuan(se["executed"])
        assert e["execution_rate"] == float(Decimal(se["rate"].rstrip("%")) / 100)
        assert e["score"] == float(se["score"])
        assert e["grade"] == se["grade"]
    # the 自评结果 summary table, amounts in 万元
    summary = [t for t in doc.tables if P._is_summary(t)]
    assert len(summary) == 1
    srows = P.self_evaluations(doc, P._table_id(doc, summary[0]))
    flat = next(t for t in gold.flats if t.kind == "performance_self_evaluation")
    assert len(srows) == len(flat.gold) == 5
    for g, r in zip(flat.gold, srows):
        assert r["project_name"] == g["project_name"]
        assert r["budget_yuan"] == (Decimal(g["budget_wan"]) * 10000).quantize(Decimal("0.01"))
        assert r["executed_yuan"] == (Decimal(g["executed_wan"]) * 10000).quantize(Decimal("0.01"))
        assert r["score"] == float(g["score"]) and r["grade"] == g["grade"]
    # indicator actuals and scores of the self-evaluation forms
    pairs = [(i, r) for i, r in _match(gold, rows) if i.actual is not None]
    assert pairs and all(r is not None for _, r in pairs)
    for ind, r in pairs:
        assert r["actual_raw"] == ind.actual and r["score"] == float(ind.score)
    r = _one(rows, project_name="部门工作保障经费", name="队伍建设培训次数", actual_raw="8次")
    assert r["actual_value"] == 8.0 and r["score"] == 6.0 and r["comparator"] == "="


def test_projects(seeds):
    pr0 = {r["project_name"]: r for r in seeds[0][3]}
    assert pr0["办案费"]["amount_yuan"] == Decimal("6950000.00")
    assert pr0["其他经费（含机动、往来）"]["total_amount_yuan"] == Decimal("782158400.00")
    assert pr0["其他经费（含机动、往来）"]["amount_yuan"] == Decimal("14458400.00")
    pr1 = {r["project_name"]: r for r in seeds[1][3]}
    assert len(pr1) == 15 and pr1["办案维稳经费"]["project_code"] == "2040220"
    gold4, _, _, pr4, _ = seeds[4]
    by = {_k(r["project_name"]): r for r in pr4}
    assert len(by) == len(pr4)  # one row per project per document
    for flat in gold4.flats:
        for g in flat.gold:
            r = by[_k(g["project_name"])]
            if flat.kind == "project_expenditure":
                assert r["amount_yuan"] == (Decimal(g["amount_wan"].replace(",", "")) * 10000).quantize(Decimal("0.01"))
    assert by[_k("辅警保障经费")]["amount_yuan"] is not None
    assert "一般性项目" not in by and "深圳市公安局罗湖分局" not in by


def test_no_personal_names_or_phones_published(seeds):
    for n, (gold, doc, inds, prs, evals) in seeds.items():
        text = repr(inds) + repr(prs) + repr(evals)
        for secret in seed_tables.PERSONAL:
            assert secret not in text, f"seed {n}: {secret} published"
        # ...although they are printed in the PDFs
    printed = "".join(c.text for s in seeds.values() for t in s[1].tables for c in t.cells)
    assert all(x in printed for x in ("杨滢", "85393899", "程果", "0711-3752722", "蒋文清"))


def test_rows_fit_the_contract(seeds):
    for _, doc, inds, prs, evals in seeds.values():
        to_table("indicators", inds)
        to_table("projects", prs)
        to_table("self_evaluations", evals)


def test_redact():
    assert P.redact("联系电话：0711-3752722，或85393899") == "联系电话：，或"
    assert P.redact("手机18138291367") == "手机"
    assert P.redact("经费64082240元，目标值为5000件") == "经费64082240元，目标值为5000件"
    assert P.redact("填报人杨滢", {"杨滢"}) == "填报人"
    assert P.redact(None) is None
