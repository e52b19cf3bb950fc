"""Document metadata (title, department, region, year, type, scope) from a disclosure's
first pages and its table titles: never from the file name, which is often an opaque id.

`document_metadata(page_texts, table_titles)` is pure (no I/O). page_texts are the texts
of the first pages in reading order (pdfplumber's extract_text, or tab-separated text from
another extractor). The cover gives the title; labelled fields ("预算主管部门：…",
"单位名称：…", "部门（单位）名称  …", "部 门:…"), on the cover or in a form's cells,
give the department, else the title does (after its year and 部门预算/决算 words are
removed), else a sentence naming an office ("武汉市公安局洪山区分局对2019年度…").
The fiscal year is the title's, else the table titles' (extracted, or printed as lines
of the first pages), else a filing date's. An evaluation report (绩效自评报告,
绩效评价报告) is a performance_self_evaluation, never a budget.

Region rule: a province-level municipality (北京/上海/天津/重庆) or a city (XX市), plus
the district when the department names one: "XX区/XX县" right after the city, or a police
branch "公安局XX分局" -> "XX区". Development zones (开发区, 高新区…) are not districts, so
"武汉市公安局武汉东湖新技术开发区分局" gets region "武汉市" (a deliberate choice: the zone
is not an administrative district and has no 区 government of its own). A central-
government organ (外交部, 国家统计局, 中共中央办公厅, 最高人民法院 …: no local place in
its name) has region "中央".
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from cnbudget.extractors.classify import classify_table, normalize_title
from cnbudget.extractors.page import is_title_line
from cnbudget.schemas.text import CJK, no_whitespace

# Characters of a place or organisation name: ideographs and, deliberately unlike
# schemas.text.CJK, Latin letters too (templates print "上海市XX局").
_NAME_CHAR = CJK + "A-Za-z"
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
_BARE_YEAR = re.compile(r"^((?:19|20)\d{2})(年度?)?$")
_DOC_WORD = re.compile(r"预算|决算|绩效|自评|报告|表$")

# --- title -----------------------------------------------------------------------------

# A cover line that ends the title: a label ("预算单位：…"), the table of contents,
# table numbering ("部门公开表9", "表.1"), a numbered heading ("一、…") or running text.
_TITLE_STOP = re.compile(
    r"[:：]|^目录$|^(部门公开|公开|附)?表\.?\s*\d|^附件|^[一二三四五六七八九十]+、|^第.{1,3}部分.|^\(?单位")
_SECTION = re.compile(r"^第.{1,3}部分$")  # "第一部分" printed above the title


def _cover_title(page1: str) -> str | None:
    """The document's own title line(s) from the cover, years re-attached.

    Some PDFs print the year on its own line ("上海市普陀区财政局\\n年度部门决算\\n2024");
    the bare year is put back before 年度/年.
    """
    lines = [c for c in (no_whitespace(x) for x in page1.splitlines()) if c]
    out: list[str] = []
    year = None
    for i, line in enumerate(lines[:8]):
        m = _BARE_YEAR.match(line)
        if m and out:
            year = m.group(1)
        elif not out and (_SECTION.match(line) or re.search(r"[:：]", line)):
            continue  # "第一部分" or a label ("部门名称：…") printed above the title
        elif not re.search(rf"[{_NAME_CHAR}0-9]", line):
            continue  # a stray mark ("." or "—") printed on the cover
        elif _TITLE_STOP.search(line) or len(line) > 50:
            break
        else:
            out.append(line)
        joined = "".join(out)
        if _DOC_WORD.search(joined):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if year or _YEAR.search(joined) or not _BARE_YEAR.match(nxt):
                break
        if len(out) >= 3:
            break
    title = "".join(out)
    if not title:
        return None
    if year and not _YEAR.search(title):
        if re.search(r"年", title):
            title = re.sub(r"(?<!\d)(年)", year + r"\1", title, count=1)
        else:
            title = f"{year}年{title}"
    return title


# --- department ------------------------------------------------------------------------

# Labels that introduce the department, best first (tier). The same name may also sit
# after tabs or on the next line in tabular covers ("部门（单位）\n名称\n\t鄂州市公安局").
_LABELS: list[tuple[str, int]] = [
    (r"预算主管部门", 0),
    (r"部\s*门\s*[（(]\s*单\s*位\s*[)）]\s*名\s*称", 0),
    (r"预算单位名称|部门名称|单位名称", 0),
    (r"预算单位|编制单位|编制部门|填报单位|申报单位|预算部门", 0),
    (r"项目主管部门|主管部门(?:名称)?", 1),
    (r"项目执行单位|项目单位|实施单位", 2),
]
# The bare word 部门, often letter-spaced on covers ("部 门:中共江苏省委办公厅"), is a
# label only when a colon follows and it is not the end of a longer word (主管部门：).
_BARE_DEPT_LABEL = (rf"(?<![{CJK}])部\s*门(?=\s*[:：])", 0)
# The bare word 单位 the same way ("单位：琼海市人民医院" over "主管部门：…" under a 二级单位's
# cover title): the unit the document is; a table's "单位：万元" names no organisation.
_BARE_UNIT_LABEL = (rf"(?<![{CJK}])单\s*位(?=\s*[:：])", 0)
# Label, then a colon or white space (a label run into prose, "预算单位的…", is not one),
# then the name: space-separated pieces on one line ("上海市 XX 局"), tried longest first.
_LABEL_RX = [(re.compile("(?:" + p + r")(?:\s*[:：]\s*|\s+)"
                         r"([^\s:：,，;；。]+(?:[ \u3000]{1,2}[^\s:：,，;；。]+)*)"), t)
             for p, t in _LABELS + [_BARE_DEPT_LABEL, _BARE_UNIT_LABEL]]

# Last characters of organisation names (局, 委员会, 办事处, 人民政府, 中心, 法院, 街道…).
_ORG_END = set("局会委室办处府心院所队站部厅馆社团校学园台司署组厂场库宫道镇乡狱")
_NOT_ORG = re.compile(r"预算|决算|绩效|目标|报告|表|说明|情况|合计|总计|名称|金额|\d")
_DEPT_TAIL = re.compile(r"(区级|市级|县级|省级)?(部门|单位)?(预算|决算)(公开)?(的?说明)?$")


# What forms print before a name: stray punctuation (".长春市信访局") and the unit code of
# the budget system ("[101001]北京市XX局", "101001-北京市XX局", "（101001）…").
_NAME_LEAD = re.compile(r"^[^\w\[［【(（]+|^[\[［【(（]?\d{3,}(?!\d|年)[\]］】)）]?[-_－—:：]?")


# A unit named under its parent ("龙口市教育和体育局所属单位 / 龙口市第一中学" on a cover): the
# document is the unit's own, the parent's name and 所属单位 are no part of its name.
_UNDER_PARENT = re.compile(r"^.+?(?:所属|下属)(?:二级)?(?:事业)?单位")


def _clean_department(name: str) -> str:
    n = _NAME_LEAD.sub("", no_whitespace(name))
    n = _UNDER_PARENT.sub("", n) or n
    n = re.sub(r"[（(]本级[)）]", "", n)
    n = re.sub(r"^关于", "", n)
    n = re.sub(r"(?<!\d)(?:19|20)\d{2}年度?", "", n)
    prev = None
    while prev != n:
        prev = n
        n = _DEPT_TAIL.sub("", n)
        n = re.sub(r"(部门|本级)$", "", n)
    return n


def _is_org(name: str | None) -> bool:
    return bool(name) and 3 <= len(name) <= 40 and name[-1] in _ORG_END \
        and not _NOT_ORG.search(name)


def _labelled(text: str) -> list[tuple[int, int, str]]:
    """(tier, position, name) of every labelled organisation name in text."""
    found = []
    for rx, tier in _LABEL_RX:
        for m in rx.finditer(text):
            pieces = re.split(r"[ \u3000]+", m.group(1))
            for k in range(len(pieces), 0, -1):  # "XX局 单位：元" -> "XX局"
                name = _clean_department("".join(pieces[:k]))
                if _is_org(name):
                    found.append((tier, m.start(), name))
                    break
    return sorted(found)


# A sentence naming an office: "<place>市…局/分局/委员会…", cut before a verb/particle.
_ORG_IN_TEXT = re.compile(rf"(?<![{_NAME_CHAR}])((?:[{_NAME_CHAR}]{{2,6}}?省)?[{_NAME_CHAR}]{{2,6}}?市[{_NAME_CHAR}（）()]{{2,30}})")
_STRONG_END = re.compile(r".*(分局|局|委员会|办公室|办事处|人民政府|中心|法院|检察院)")


@functools.lru_cache(maxsize=4096)
def _is_place_name(city: str) -> bool:
    """Whether "<stem>市" reads as a place: jieba tags it a place (or the stem a name).
    Sentences yield "…市局" pieces that are not places ("数据来源市局", "本市局")."""
    from cnbudget.normalizers.segmenter import tag_words  # jieba: only for text with no labelled or cover name

    whole = tag_words(city)
    if len(whole) == 1 and whole[0][1] == "ns":
        return True
    stem = tag_words(city[:-1])
    return len(stem) == 1 and stem[0][1] in ("ns", "nr", "nz", "nt")


def _org_in_text(text: str) -> str | None:
    for m in _ORG_IN_TEXT.finditer(text):
        chunk = re.split(r"[对的是在将从向把被]", m.group(1))[0]
        s = _STRONG_END.match(chunk)
        if s and _is_org(s.group(0)):
            city = _city_of(s.group(0))
            if city and _is_place_name(city):
                return s.group(0)
    return None


# A form's label cell: a label of _LABELS, or 部门 alone (a cell of its own).
_LABEL_FULL = [(re.compile(p), tier) for p, tier in _LABELS + [(r"部门", 0)]]
# A note closing a label cell: 主管部门（单位）, 申报单位(盖章), 单位名称（公章）.
_LABEL_NOTE = re.compile(r"[（(][^)）]{1,6}[)）]$")


def _label_tier(label: str) -> int | None:
    """The tier of a form's label cell, or None when it labels no department."""
    lab = no_whitespace(label).rstrip(":：")
    for text in (lab, _LABEL_NOTE.sub("", lab).rstrip(":：")):
        tier = next((t for rx, t in _LABEL_FULL if rx.fullmatch(text)), None)
        if tier is not None:
            return tier
    return None


def _fields_labelled(fields: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """(tier, position, name) of every organisation printed as a form field: label
    cell, name cell."""
    found = []
    for pos, (label, value) in enumerate(fields):
        tier = _label_tier(label)
        name = _clean_department(value)
        if tier is not None and _is_org(name):
            found.append((tier, pos, name))
    return sorted(found)


def _title_department(title: str) -> str | None:
    """The organisation a title names: the whole title less its year and 部门预算 words
    ("上海市普陀区财政局2024年度部门决算"), else the name printed before its year, where
    the rest names no organisation ("XX中心2024年度项目支出绩效自评报告": a unit's own
    document, so its 主管部门 printed as a field is not its department)."""
    name = _clean_department(title)
    if _is_org(name):
        return name
    m = _YEAR.search(title)
    name = _clean_department(title[:m.start()]) if m else ""
    return name if _is_org(name) else None


def _department(pages: list[str], title: str | None, fields: list[tuple[str, str]] = ()) -> str | None:
    """The department, best evidence first: a label of the first tier (预算主管部门,
    部门名称, 部 门:) in a form's cells or on the cover, the cover title, then the
    best-tier label of either. A form field is read from its cells, so it beats the same
    tier read from the text, where a long name wraps ("部门名称 上海市…万里街" with
    "道办事处" on the next line); and a form's 主管部门 beats its 实施单位 whichever is
    printed first."""
    cover = _labelled(pages[0]) if pages else []
    # (the cover's title and its own label naming one organisation say whose document it
    # is: a department's document of its units' forms, each form's 单位名称 its unit's)
    named = _title_department(title) if title else None
    if named and any(t == 0 and n == named for t, _pos, n in cover):
        return named
    first = sorted([(t, 0, pos, n) for t, pos, n in _fields_labelled(list(fields))]
                   + [(t, 1, pos, n) for t, pos, n in cover])  # fields, then cover text
    if first and first[0][0] == 0:
        return first[0][3]
    if named:
        return named
    if first:
        return first[0][3]
    labelled = sorted((t, p, pos, n) for p, text in enumerate(pages)
                      for t, pos, n in _labelled(text))
    if labelled:
        return labelled[0][3]
    for line in (pages[0].splitlines() if pages else []):  # an org name alone on the cover
        name = _clean_department(line)
        if _is_org(name) and _city_of(name):
            return name
    for text in pages:
        name = _org_in_text(text)
        if name:
            return _clean_department(name)
    return None


# --- region ----------------------------------------------------------------------------

_MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
_PLACE = re.compile(rf"^(?:([{_NAME_CHAR}]{{2,7}}?(?:省|自治区)))?([{_NAME_CHAR}]{{1,8}}?(?:市(?!场)|自治州))?")  # 市场 is a market
_DISTRICT = re.compile(rf"^([{_NAME_CHAR}]{{1,5}}?(?:新区|区|县|旗))")
# Words that end in 区/县 without being a district, and zones that are not districts.
_NOT_DISTRICT = re.compile(r"社区|地区|园区|小区|景区|片区|辖区|城区|市区|街区|矿区|校区|开发|高新|新技术|保税|试验|合作|局|委|公安|政府")
_BRANCH = re.compile(rf"局([{_NAME_CHAR}]{{2,10}}?)分局")
_NOT_GEO_BRANCH = re.compile(r"开发|高新|新技术|保税|园|水上|机场|铁路|交通|轨道|地铁|森林|港|高速|巡警|网|直属|经济|监管")


# Central-government organs: the Party centre, the State Council and its ministries and
# administrations, the national legislature, courts and procuratorate, national bodies
# (中国科学院, 中国气象局), and ministries printed bare (外交部, 海关总署, 审计署).
_CENTRAL = re.compile(r"^(中华人民共和国|中共中央|中央|国务院|全国|国家|最高人民|中国(?!共产党))"
                      r"|^[^省市县区州旗]{1,10}(部|总署|署)$")
# A local place inside a name (市场 is a market, not a city).
_LOCAL_PLACE = re.compile(r"[省县区州旗]|市(?!场)|自治区|特别行政区")
CENTRAL_REGION = "中央"


def is_central(name: str | None) -> bool:
    """Whether a department is a central-government organ: a central name with no local
    place in it ("国家税务总局上海市税务局" is a local office)."""
    if not name:
        return False
    n = re.sub(r"^(中共|中国共产党)(?=中央)", "", no_whitespace(name))
    return bool(_CENTRAL.search(n)) and not _LOCAL_PLACE.search(n)


def _city_of(name: str) -> str | None:
    m = _PLACE.match(name)
    if m and m.group(2) and not re.search(r"[区县局厅委]", m.group(2)[:-1]):
        return m.group(2)
    return None


def region_of(name: str | None) -> str | None:
    """Canonical region of a department (or title) name, e.g. 上海市普陀区, 深圳市罗湖区."""
    if not name:
        return None
    name = no_whitespace(name)
    name = re.sub(r"^(关于)?((?:19|20)\d{2}年度?)?(中共|中国共产党)?", "", name)
    m = _PLACE.match(name)
    city = _city_of(name)
    if not city:
        d = _DISTRICT.match(name)  # "XX县农业农村局": a county with no city printed
        if d and not _NOT_DISTRICT.search(d.group(1)):
            return d.group(1)
        return m.group(1) if m and m.group(1) else None
    rest = name[m.end():]
    d = _DISTRICT.match(rest)
    if d and not _NOT_DISTRICT.search(d.group(1)):
        return city + d.group(1)
    b = _BRANCH.search(rest)
    if b and not _NOT_GEO_BRANCH.search(b.group(1)):
        district = b.group(1)
        stem = city[:-1]
        if district.startswith(stem) and len(district) > len(stem) + 1:
            district = district[len(stem):]  # "武汉洪山分局" style: drop the city stem
        if not district.endswith(("区", "县", "市")):
            district += "区"
        return city + district
    return city


# --- doc type, scope, year ---------------------------------------------------------------

_DOC_TYPE_RULES = [  # ordered: a 预算绩效目标表 is a target form, a 决算 mentions 预算,
    # and an evaluation report (绩效自评报告, 项目绩效评价报告) is about a budget, not one
    (re.compile(r"自评|绩效评价|评价报告"), "performance_self_evaluation"),
    (re.compile(r"决算"), "final_accounts"),
    (re.compile(r"绩效目标|绩效指标"), "performance_targets"),
    (re.compile(r"预算"), "budget"),
]
_PERF_KINDS = {"dept_performance_targets", "project_performance_targets"}


def _doc_type(title: str | None, cover: str, table_titles: list[str]) -> str:
    for text in (title or "", no_whitespace(cover)[:200]):
        for rx, dt in _DOC_TYPE_RULES:
            if rx.search(text):
                return dt
    kinds = Counter(classify_table(t) for t in table_titles)
    kinds.pop("other", None)
    if kinds:
        if kinds.get("performance_self_evaluation"):
            return "performance_self_evaluation"
        if set(kinds) <= _PERF_KINDS:
            return "performance_targets"
        return "final_accounts" if any("决算" in t for t in table_titles) else "budget"
    return "other"


def _budget_scope(title: str | None, cover: str, doc_type: str,
                  table_titles: list[str]) -> str | None:
    if doc_type == "other":
        return None
    t = title or ""
    if re.search(r"单位(预算|决算)|预算单位", t):
        return "unit"
    if "部门" in t:
        return "department"
    if doc_type not in ("budget", "final_accounts"):
        return None  # a project form or self-evaluation has no consolidation scope
    c = no_whitespace(cover)
    if "预算主管部门" in c:
        return "department"
    if re.search(r"预算单位[:：]", c):
        return "unit"
    if any(normalize_title(x).startswith(("预算单位", "单位")) for x in table_titles):
        return "unit"
    return "department"


def _title_lines(text: str) -> list[str]:
    """The lines of text that read as table titles (page.is_title_line: one rule for both)."""
    lines = (no_whitespace(x) for x in text.splitlines())
    return [x for x in lines if 4 <= len(x) <= 60 and is_title_line(x)]


_DATED = re.compile(r"(填报日期|填报时间|编制日期|申报日期|申报时间|自评时间|评价时间)\s*[:：]?\s*"
                    r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")


def _fiscal_year(title: str | None, text: str, doc_type: str,
                 table_titles: list[str]) -> int | None:
    m = _YEAR.search(title or "")
    if m:
        return int(m.group(1))
    years = Counter(int(m.group(1)) for t in table_titles for m in [_YEAR.search(t)] if m)
    if years:
        return years.most_common(1)[0][0]
    years = Counter(int(m.group(1)) for t in _title_lines(text) for m in [_YEAR.search(t)] if m)
    if years:  # table titles printed in the first pages' text, when none was extracted
        return years.most_common(1)[0][0]
    m = _DATED.search(text)
    if m:
        y, month = int(m.group(2)), int(m.group(3))
        # Targets and budgets are filed shortly before or early in their year; accounts and
        # self-evaluations in the months after it.
        if doc_type in ("final_accounts", "performance_self_evaluation"):
            return y if month >= 10 else y - 1
        return y + 1 if month >= 7 else y
    m = re.search(r"((?:19|20)\d{2})\s*年度", text)
    return int(m.group(1)) if m else None


# --- entry point -------------------------------------------------------------------------

def document_metadata(page_texts: list[str], table_titles: list[str] | None = None,
                      form_fields: list[tuple[str, str]] | None = None) -> dict:
    """Metadata of a disclosure from its first pages' texts, its table titles and the
    (label, value) pairs its forms print in adjacent cells ("部门名称 | 鄂州市公安局").

    Returns a dict with keys title, department, region, fiscal_year (int or None),
    doc_type (budget / final_accounts / performance_targets /
    performance_self_evaluation / other) and budget_scope (department / unit / None).
    """
    pages = [p or "" for p in page_texts]
    table_titles = [t for t in (table_titles or []) if t]
    cover = next((p for p in pages if p.strip()), "")
    title = _cover_title(cover) if cover else None
    department = _department(pages, title, form_fields or [])
    region = region_of(department)
    title_region = region_of(title)
    if title_region and (not region or (len(title_region) > len(region)
                                        and (title_region.startswith(region)
                                             or title_region.endswith(region)))):
        region = title_region  # the title names the district the department omits
    if region is None and is_central(department):
        region = CENTRAL_REGION
    doc_type = _doc_type(title, cover, table_titles)
    return {
        "title": title,
        "department": department,
        "region": region,
        "fiscal_year": _fiscal_year(title, "\n".join(pages), doc_type, table_titles),
        "doc_type": doc_type,
        "budget_scope": _budget_scope(title, cover, doc_type, table_titles),
    }


def form_fields(tables, max_rows: int = 12) -> list[tuple[str, str]]:
    """(label, value) pairs of adjacent non-empty cells in the first rows of each table,
    where forms print 部门名称, 项目主管部门 and the like."""
    pairs: list[tuple[str, str]] = []
    for t in tables:
        for row in t.rows_cells()[:max_rows]:
            texts = [c.text for c in row if c.text and c.text.strip()]
            pairs.extend(zip(texts, texts[1:]))
    return pairs
