"""`cnbudget report`: one static page, readable offline, with its plots and every failed
check linked to a picture of its page; rendered in headless Chromium as a person sees it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import lxml.html
import numpy as np
import pytest
from PIL import Image

from cnbudget.datasets.report import files_folder, find_pdf, index_pdfs, load, plots, write_report
from cnbudget.harvest.store import raw_path

from sample_outputs import TAMPERED, publish_samples, write_sample_pdfs

CLI = [sys.executable, "-m", "cnbudget.flows.cli"]
CHROMIUM_NAMES = ("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome")
PLOTS = ("documents", "tables", "pages", "failed", "totals", "indicators")


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    root = tmp_path_factory.mktemp("report")
    pdfs = write_sample_pdfs(root / "pdfs")
    changed = publish_samples(pdfs, root / "parquet")
    return root, changed


def _failed(out: Path) -> list[tuple]:
    con = duckdb.connect()
    rel = f"read_parquet('{out}/validations/**/*.parquet', union_by_name=true)"
    return con.execute(f"SELECT doc_id, page, \"row\", rule FROM {rel} WHERE status = 'fail'").fetchall()


def test_report_lists_every_failed_check_with_a_picture_of_its_page(samples, tmp_path):
    root, changed = samples
    out = tmp_path / "r" / "report.html"
    r = subprocess.run(CLI + ["report", "--data", str(root / "parquet"), "--out", str(out),
                              "--pdfs", str(root / "pdfs")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and "failed checks" in r.stderr
    doc = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    rows = doc.xpath('//tr[@class="failed-check"]')
    assert len(rows) == len(_failed(root / "parquet")) > 0
    # the changed 类 row: its checks name the document, table, page and row, and link the page's picture
    page, row = changed["page"], changed["row"]
    picture = f"{files_folder(out).name}/{changed['doc_id']}-p{page}.png"
    mine = [tr for tr in rows if tr.xpath(".//a[@href=$h]", h=picture)]
    assert mine, "no failed check links the changed page"
    cells = [td.text_content() for td in mine[0].xpath("./td")]
    assert TAMPERED in cells[0] and f"{changed['doc_id'][:16]}-t{changed['seq']:03d}" in cells[1]
    assert cells[2] == str(page)
    assert str(row) in {tr.xpath("./td")[3].text_content() for tr in mine}
    png = out.parent / picture
    assert png.is_file()
    with Image.open(png) as im:
        assert im.width > 500 and im.height > 500
        # the checked row is drawn in red on the page
        px = np.asarray(im.convert("RGB")).astype(int)
        red = ((px[..., 0] > 200) & (px[..., 1] < 60) & (px[..., 2] < 60)).sum()
        assert red > 500
    # document-wide checks (required_tables) name no page: said in the cell, no link
    nolink = [tr for tr in rows if "required_tables" in tr.text_content()]
    assert nolink and all(not tr.xpath(".//a") and "no picture" in tr.text_content() for tr in nolink)


def test_report_is_self_contained(samples, tmp_path):
    root, _ = samples
    out = tmp_path / "report.html"
    write_report(root / "parquet", out, [root / "pdfs"])
    doc = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    assert not doc.xpath("//script | //link")
    srcs = [e.get("src") for e in doc.xpath("//*[@src]")]
    hrefs = [e.get("href") for e in doc.xpath("//*[@href]")]
    assert all(s.startswith("data:image/svg+xml;base64,") for s in srcs)
    assert all(h.startswith("#") or (out.parent / h).is_file() for h in hrefs)
    assert not any("//" in (x or "") for x in hrefs)
    assert [f.get("id") for f in doc.xpath('//figure[@class="plot"]')] == [f"plot-{k}" for k in PLOTS]
    assert len(doc.xpath('//figure[@class="plot"]//img')) == len(PLOTS)  # every plot has data here


def test_plots_are_drawn_from_the_data(samples):
    root, _ = samples
    data = load(root / "parquet")
    by_key = {p.key: p for p in plots(data)}
    assert set(by_key) == set(PLOTS) and all(p.svg.startswith(b"<?xml") for p in by_key.values())
    assert "5 documents: 5 ok" in by_key["documents"].caption
    # one department, two years: two totals; the unit's own figure is kept apart, never added
    t = data.totals
    dept = t[t.department == "上海市普陀区示例局"]
    assert sorted(dept.fiscal_year) == [2024, 2025] and set(dept.budget_scope) == {"department"}
    assert set(t[t.department == "上海市普陀区示例中心"].budget_scope) == {"unit"}
    assert set(data.indicators.level1) <= {"output", "effect", "satisfaction", "input", "process", "other",
                                           "(none printed)"}


def test_pictures_come_from_the_raw_store_or_say_why_not(samples, tmp_path):
    root, changed = samples
    # no PDF anywhere: the cell says where it looked
    out = tmp_path / "a" / "report.html"
    write_report(root / "parquet", out)
    html = out.read_text(encoding="utf-8")
    assert "no picture: the PDF was not found in the raw store" in html
    assert not files_folder(out).exists() or not any(files_folder(out).iterdir())
    # a harvest's data directory: DATA/raw/<sha[:2]>/<sha>.pdf beside DATA/parquet
    data = tmp_path / "data"
    shutil.copytree(root / "parquet", data / "parquet")
    raw = raw_path(data, changed["doc_id"])
    raw.parent.mkdir(parents=True)
    shutil.copy(changed["file"], raw)
    result = write_report(data / "parquet", tmp_path / "b" / "report.html")
    assert result.pictures >= 1
    assert (tmp_path / "b" / "report_files" / f"{changed['doc_id']}-p{changed['page']}.png").is_file()


def test_a_file_of_the_same_name_with_other_bytes_is_not_the_document(samples, tmp_path):
    root, changed = samples
    other = tmp_path / "other"
    other.mkdir()
    (other / TAMPERED).write_bytes(changed["file"].read_bytes() + b"\n% another version\n")
    found = find_pdf(root / "parquet", changed["doc_id"], TAMPERED, None, index_pdfs([other]))
    assert found is None
    assert find_pdf(root / "parquet", changed["doc_id"], TAMPERED, None, index_pdfs([root / "pdfs"])) \
        == root / "pdfs" / TAMPERED


def test_report_without_data_is_one_line_and_exit_2(tmp_path):
    r = subprocess.run(CLI + ["report", "--data", str(tmp_path / "none"), "--out", str(tmp_path / "r.html")],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "no such directory" in r.stderr


def _chromium() -> list[str] | None:
    for name in CHROMIUM_NAMES:
        exe = shutil.which(name)
        if exe:
            # --no-sandbox: the sandbox needs user namespaces, which CI containers (root) lack
            return [exe, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--no-first-run", "--disable-extensions", "--allow-file-access-from-files"]
    return None


def test_report_renders_in_headless_chromium(samples, tmp_path):
    chromium = _chromium()
    if chromium is None:
        pytest.skip("no headless Chromium (scripts/bootstrap.sh installs Debian's chromium-headless-shell)")
    root, _ = samples
    out = tmp_path / "report.html"
    write_report(root / "parquet", out, [root / "pdfs"])
    profile = ["--user-data-dir=" + str(tmp_path / "profile")]
    env = {**os.environ, "HOME": str(tmp_path)}
    url = out.as_uri()
    shot = tmp_path / "shot.png"
    r = subprocess.run(chromium + profile + ["--window-size=1400,2400", f"--screenshot={shot}", url],
                       capture_output=True, text=True, timeout=120, env=env)
    assert shot.is_file(), r.stderr[-2000:]
    with Image.open(shot) as im:
        assert im.size == (1400, 2400)
        px = np.asarray(im.convert("RGB")).astype(int)
    not_white = (px.min(axis=2) < 235).sum()
    assert not_white > 0.02 * px.shape[0] * px.shape[1], "the screenshot is blank"
    # the plots' bars (matplotlib's first colour, #1f77b4) were decoded and painted
    blue = (np.abs(px - np.array([31, 119, 180])).max(axis=2) < 25).sum()
    assert blue > 2000, "no plot drawn"
    dom = subprocess.run(chromium + profile + ["--dump-dom", url], capture_output=True, text=True, timeout=120,
                         env=env)
    assert dom.returncode == 0, dom.stderr[-2000:]
    page = lxml.html.fromstring(dom.stdout)
    imgs = page.xpath('//figure[@class="plot"]//img')
    assert len(imgs) == len(PLOTS) and all(i.get("src").startswith("data:image/svg+xml") for i in imgs)
    assert len(page.xpath('//tr[@class="failed-check"]')) == len(_failed(root / "parquet"))
    assert page.xpath('//tr[@class="failed-check"]//a[contains(@href, ".png")]')
