"""Ruled PDFs of the performance tables of the five seed texts, with their gold values.

The seeds (``../shared/seeds/*.txt``) are the extracted text of real disclosures from
Wuhan, Tianjin-area, Hongshan, Ezhou and Shenzhen: tab-separated rows (000, 002, 004), one
cell per line (001), and one cell per line without row breaks (003, hand-transcribed
below). OCR shifted many cells left (merged 一级/二级 cells come out blank or missing), so
each seed row is read back into an indicator (一级, 二级, name, target, prior values,
basis, actual, score) and the form is redrawn as the original layout: a header block
(项目名称 / 主管部门 / 资金 / 填报人 …) above the indicator grid, 一级指标 and 二级指标
as cells merged over the rows they cover, the title and 单位 line above the table.

Gold = what was read from the seed. Personal names and phone numbers printed on the forms
are drawn as printed (``PERSONAL`` lists them) so tests can prove they are not published.

Entry point: ``render_seed(n, path) -> SeedGold`` (n = 0..4), ``render_all(folder)``.
"""
from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from cnbudget.demo.drawing import (
    LANDSCAPE,
    MARGIN,
    PdfWriter,
    PlacedCell,
    bold_text,
    cell_height,
    draw_grid,
    draw_text,
)
from cnbudget.normalizers.indicators import parse_target

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"

# Names and phone numbers printed on the seed forms (填报人, 项目负责人, 项目联系人, 联系电话).
PERSONAL = (
    "杨滢", "85393899", "蒋文清", "程果", "0711-3752722", "牟春生", "彭耘", "84460057",
    "刘建成", "18138291367", "刘祖升", "13603079710", "马雄雄", "13602684386", "徐一迁",
    "84460108", "韦达欣", "84460062", "曾筱清", "13828826960",
)

# --------------------------------------------------------------------------- drawing

# --------------------------------------------------------------------------- gold model


@dataclass
class Ind:
    level1: str | None
    level2: str | None
    name: str
    target: str = ""
    basis: str = ""
    priors: list[tuple[str, str]] = field(default_factory=list)  # (label, value)
    actual: str | None = None
    score: str | None = None
    reason: str = ""
    desc: str = ""  # 绩效指标描述 (001)
    cls: str = ""  # 指标分类 (003)


@dataclass
class Form:
    """One performance form: a header block above an indicator grid."""

    title: str
    layout: str  # key of LAYOUTS
    unit_raw: str | None
    header: list[list[str]]  # header block rows (cells laid across the grid)
    sections: list[tuple[str | None, list[Ind]]]  # (goal text row or None, indicators)
    project_name: str | None = None
    project_code: str | None = None
    amount_wan: str | None = None  # year budget as printed (万元)
    total_wan: str | None = None
    self_eval: dict | None = None  # budget/executed (yuan as printed), rate, score, grade
    kind: str = "project_performance_targets"

    @property
    def indicators(self) -> list[Ind]:
        return [i for _, inds in self.sections for i in inds]


@dataclass
class Flat:
    """A plain table: header rows (HeaderCell tuples) and body rows."""

    title: str
    unit_raw: str | None
    widths: list[float]
    header: list[tuple[int, int, int, int, str]]
    n_header: int
    body: list[list[str]]
    kind: str = "other"
    gold: list[dict] = field(default_factory=list)


@dataclass
class SeedGold:
    seed: int
    path: Path
    department: str | None
    forms: list[Form]
    flats: list[Flat]

    @property
    def indicators(self) -> list[tuple[str | None, Ind]]:
        return [(f.project_name, i) for f in self.forms for i in f.indicators]


# --------------------------------------------------------------------------- cleaning


def _clean(s: str) -> str:
    s = re.sub(r"</?p>|<input[^>]*/>", " ", s or "")
    s = s.replace("\t", "")
    return re.sub(r"\s+", " ", s).strip()


def _tight(s: str) -> str:
    """Spaces between CJK characters (OCR line breaks) removed."""
    s = _clean(s)
    return re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", s)


def _cut(s: str, n: int) -> str:
    s = _clean(s)
    return s if len(s) <= n else s[:n]


def _rows(seed: int) -> list[list[str]]:
    path = next(SEEDS.glob(f"{seed:03d}_*.txt"))
    return [line.split("\t") for line in path.read_text(encoding="utf-8").split("\n")]


_L1 = re.compile(r"^(产出|效益|效果|满意度|投入|过程管理|过程)(指标)?[一二三四]?$")
_L2_WORDS = {"预算配置", "预算执行", "产出数量", "产出质量", "质量达标", "经济效益", "可持续影响",
             "可持续性影响", "工作时效", "测算明细", "服务对象满意度"}
_LABELS = re.compile(r"^(项目)?年度绩效指标$|^绩效指标(\(\d+分\))?$")


def _key(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "")
    s = re.sub(r"\s+", "", s)
    return re.sub(r"\(\d+分\)$", "", s).strip("()")


def _is_l1(s: str) -> bool:
    return bool(_L1.match(_key(s)))


def _is_l2(s: str) -> bool:
    k = _key(s)
    return not _is_l1(s) and (k in _L2_WORDS or (k.endswith("指标") and 3 <= len(k) <= 16 and not k.startswith("指标")))


def _numeric(s: str) -> bool:
    t = parse_target(s)
    return t.parsed and t.comparator != "qualitative"


def _split_levels(cells: list[str]) -> tuple[str | None, str | None, list[str]]:
    """Leading 一级/二级 cells of a row (blank cells dropped) and what follows."""
    cells = [c for c in cells]
    l1 = l2 = None
    i = 0
    while i < len(cells):
        c = cells[i]
        if not _clean(c) or _LABELS.match(_key(c)):
            i += 1
            continue
        if l2 is None and _is_l1(c):
            l1 = _tight(c)
        elif _is_l2(c):
            nxt = next((x for x in cells[i + 1:] if _clean(x)), "")
            if not nxt or not (_numeric(nxt) or len(_key(nxt)) <= 2):
                l2 = _tight(c)
            else:
                break
        else:
            break
        i += 1
    return l1, l2, cells[i:]


# --------------------------------------------------------------------------- seed 000


def _seed000() -> tuple[list[Form], list[Flat]]:
    rows = _rows(0)
    forms: list[Form] = []
    # Department-wide form: 填报人 row, then five 年度目标 sections.
    dept_sections: list[tuple[str | None, list[Ind]]] = []
    goal: str | None = None
    inds: list[Ind] = []
    i = 0
    while not rows[i][0].startswith("2021年项目支出绩效目标表"):
        cells = rows[i]
        first = _clean(cells[0])
        if re.match(r"年度目标\d", first):
            if inds or goal:
                dept_sections.append((goal, inds))
            goal, inds = f"{first}{_cut(cells[1], 60)}", []
        elif goal is not None and any(_clean(c) for c in cells) and not _header_row(cells):
            ind = _row000_dept(cells)
            if ind:
                inds.append(ind)
        i += 1
    dept_sections.append((goal, inds))
    _carry(dept_sections)
    forms.append(Form("2021年部门整体支出绩效目标表", "dept000", "单位：万元",
                      [["填报人", "杨滢", "联系电话", "85393899"],
                       ["部门总体资金情况(万元)", "财政拨款", "64,230.00", "项目支出", "26,388.74"]],
                      dept_sections, kind="dept_performance_targets"))
    # Project forms.
    while i < len(rows):
        if rows[i][0].startswith("2021年项目支出绩效目标表"):
            f, i = _project000(rows, i)
            forms.append(f)
        else:
            i += 1
    return forms, []


def _header_row(cells: list[str]) -> bool:
    texts = [_key(c) for c in cells if _clean(c)]
    return bool(texts) and all(
        re.match(r"^(年度绩效指标|一级指标|二级指标|指标名称|指标内容|指标值|绩效标准|近两年指标值|\d{4}年|预期当年实现值|备注|项目年度绩效指标)$", t)
        for t in texts)


def _row000_dept(cells: list[str]) -> Ind | None:
    l1, l2, rest = _split_levels(cells)
    rest = [c for c in rest]
    while rest and not _clean(rest[0]):
        rest.pop(0)
    if not rest:
        return None
    name, after = _tight(rest[0]), rest[1:]
    aligned = len(cells) >= 8 and _clean(cells[3]) and _tight(cells[3]) == name
    if aligned:
        vals = [_clean(c) for c in (cells[4:7] + ["", "", ""])[:3]]
        basis = _clean(" ".join(cells[7:]))
    else:
        ne = [_clean(c) for c in after if _clean(c)]
        k = 0
        while k < len(ne) and k < 3 and _numeric(ne[k]):
            k += 1
        v, basis = ne[:k], " ".join(ne[k:])
        vals = {3: v, 2: [""] + v, 1: ["", ""] + v, 0: ["", "", ""]}[k]
    return Ind(l1, l2, name, vals[2], _cut(basis, 60), [("2019", vals[0]), ("2020", vals[1])])


def _carry(sections: list[tuple[str | None, list[Ind]]]) -> None:
    _carry_levels(sections)
    for k, (goal, inds) in enumerate(sections):
        sections[k] = (goal, [x for x in inds if x.name])


def _carry_levels(sections: list[tuple[str | None, list[Ind]]]) -> None:
    """Blank 一级/二级 carry down from the rows above; leading blanks take the first value
    printed below (a merged cell's text sits in its middle in the scans)."""
    for _, inds in sections:
        for attr in ("level1", "level2"):
            first = next((getattr(x, attr) for x in inds if getattr(x, attr)), None)
            cur = first
            for x in inds:
                if getattr(x, attr):
                    cur = getattr(x, attr)
                else:
                    setattr(x, attr, cur)


def _project000(rows: list[list[str]], i: int) -> tuple[Form, int]:
    title = _clean(rows[i][0])
    header: list[list[str]] = []
    name = code = total = year = None
    inds: list[Ind] = []
    in_inds = False
    i += 1
    while i < len(rows) and not rows[i][0].startswith("2021年项目支出绩效目标表"):
        cells = rows[i]
        ne = [_clean(c) for c in cells if _clean(c)]
        first = ne[0] if ne else ""
        if first == "项目名称":
            name = ne[1]
            code = ne[3] if len(ne) > 3 else None
            header.append(["项目名称", name, "项目代码", code or ""])
        elif first == "项目主管部门":
            header.append([ne[0], ne[1], ne[2], ne[3]])
        elif first == "项目负责人":
            header.append(ne[:4])
        elif first == "项目总预算":
            total, year = ne[1], ne[3]
            header.append(ne[:4])
        elif first == "项目绩效总目标":
            header.append(["项目绩效总目标", _cut(ne[1], 50)])
        elif "一级指标" in ne:
            in_inds = True
        elif in_inds and ne and not first.startswith("备注"):
            ind = _row_target(cells)
            if ind:
                inds.append(ind)
        i += 1
    sections = [(None, inds)]
    _carry(sections)
    return Form(title, "proj000", "单位：万元", header, sections, name, code, year, total), i


def _row_target(cells: list[str], basis: bool = True) -> Ind | None:
    """A [一级, 二级, 指标内容, 指标值, 备注] row as printed (shifted) in the seeds."""
    l1, l2, rest = _split_levels(cells)
    ne = [_clean(c) for c in rest if _clean(c)]
    target = ne[1] if len(ne) > 1 else ""
    if not ne or _key(ne[0]) == "不适用" or _key(target) == "不适用":
        return Ind(l1, l2, "") if (l1 or l2) else None  # carries the levels down only
    name = _cut(_tight(ne[0]), 80)
    return Ind(l1, l2, name, target, _cut(" ".join(ne[2:]), 60) if basis else "")


# --------------------------------------------------------------------------- seed 001


def _seed001() -> tuple[list[Form], list[Flat]]:
    lines = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8").split("\n")
    forms: list[Form] = []
    starts = [k for k, ln in enumerate(lines) if ln.strip().endswith("项目绩效目标表")]
    for n, s in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        block = lines[s:end]
        title = re.sub(r"^\s*\d+\s*[.、]\s*", "", block[0].strip())
        # Rows = runs of cell lines separated by an empty line.
        rows: list[list[str]] = [[]]
        for ln in block[1:]:
            if ln == "":
                if rows[-1]:
                    rows.append([])
            elif ln.startswith("\t") or rows[-1]:
                rows[-1].append(_clean(ln))
            else:
                rows[-1].append(_clean(ln))
        for j in range(len(rows) - 1):  # "产出" / "指标" broken over two runs by the scan
            if len(rows[j]) == 1 and rows[j + 1] and rows[j + 1][0].startswith("指标"):
                rows[j + 1][0] = rows[j][0] + rows[j + 1][0].strip()
                rows[j] = []
        rows = [r for r in rows if r]
        flat = [c for r in rows for c in r]
        name = flat[flat.index("项目名称") + 1]
        code = flat[flat.index("编码") + 1] if "编码" in flat else None
        amount = next((flat[k + 1] for k, c in enumerate(flat) if c.startswith("预算数")), None)
        try:
            h = next(k for k, r in enumerate(rows) if "指标值确定依据" in r)
        except StopIteration:
            continue
        inds: list[Ind] = []
        for r in rows[h + 1:]:
            if len(r) < 6:
                r = [""] * (6 - len(r)) + r
            l1, l2, nm, desc, val, basis = r[-6:]
            if not nm:
                if inds or l1 or l2:
                    inds.append(Ind(l1 or None, l2 or None, "", ""))  # level carrier
                continue
            inds.append(Ind(l1 or None, l2 or None, nm, val, basis, desc=desc))
        sections = [(None, inds)]
        _carry(sections)
        header = [["项目编码", code or "", "项目名称", name],
                  ["预算规模及资金用途", "预算数", amount or "", "其中：财政资金", amount or ""]]
        forms.append(Form(title, "proj001", "单位：万元", header, sections, name, code, amount, None))
    return forms, []


# --------------------------------------------------------------------------- seed 002


def _seed002() -> tuple[list[Form], list[Flat]]:
    rows = _rows(2)
    forms: list[Form] = []
    flats: list[Flat] = []
    # 自评结果 summary.
    k = next(n for n, r in enumerate(rows) if r[0] == "序号")
    body, gold = [], []
    for r in rows[k + 1:]:
        if not r[0].strip():
            break
        body.append([_clean(c) for c in r[:6]])
        if r[0].strip().isdigit():
            gold.append(dict(project_name=r[1], budget_wan=r[2], executed_wan=r[3], score=r[4], grade=r[5]))
    flats.append(Flat("本报告包含项目的自评结果汇总表", None, [40, 200, 110, 110, 70, 70],
                      [(0, c, 1, 1, t) for c, t in enumerate(rows[k][:6])], 1, body,
                      "performance_self_evaluation", gold))
    # 项目绩效目标 (one per project, inside the report text) and 自评表 (附件).
    titles = {}
    for n, r in enumerate(rows):
        m = re.match(r"^(\d)\.(\S+)$", r[0].strip())
        if m and len(r) == 1:
            titles[n] = m.group(2)
    for n, r in enumerate(rows):
        if r[0] == "项目绩效总目标" and "项目年度绩效指标" == rows[n + 1][0]:
            pname = titles[max(t for t in titles if t < n)]
            inds = []
            for rr in rows[n + 2:]:
                if not any(_clean(c) for c in rr):
                    break
                ind = _row_target(rr)
                if ind:
                    inds.append(ind)
            sections = [(None, inds)]
            _carry(sections)
            forms.append(Form(f"{pname}项目绩效目标表", "proj000", None,
                              [["项目名称", pname], ["项目绩效总目标", _cut(r[1], 50)]], sections, pname))
    for n, r in enumerate(rows):
        if r[0] == "项目支出绩效自评表":
            forms.append(_self_eval(rows, n))
    return forms, flats


def _self_eval(rows: list[list[str]], n: int) -> Form:
    grade = score = name = None
    budget = executed = rate = None
    inds: list[Ind] = []
    head_text = " ".join(_clean(c) for c in rows[n + 2])
    m = re.search(r"自评等[次级][:：]\s*(优|良|中|差)", head_text)
    grade = m.group(1) if m else None
    m = re.search(r"自评得分[:：]\s*([\d.]+)", head_text)
    score = m.group(1) if m else None
    in_inds = False
    for r in rows[n + 3:]:
        ne = [_clean(c) for c in r if _clean(c)]
        if not ne or ne[0] == "说明":
            break
        if ne[0] == "项目名称":
            name = ne[1]
        elif ne[0].startswith("年度资金总额"):
            budget, executed, rate = ne[1], ne[2], ne[3]
        elif "一级指标" in ne:
            in_inds = True
        elif in_inds:
            l1, l2, rest = _split_levels(r)
            vals = [_clean(c) for c in rest if _clean(c)]
            if len(vals) < 5:
                continue
            inds.append(Ind(l1, l2, _tight(vals[0]), vals[1], actual=vals[2], reason=_cut(vals[3], 40),
                            score=vals[4]))
    sections = [(None, inds)]
    _carry(sections)
    header = [["自评时间：2020年5月", f"自评等次：{grade}", f"自评得分：{score}"],
              ["项目名称", name or ""],
              ["主管部门", "武汉市公安局洪山区分局", "实施单位", "武汉市公安局洪山区分局"],
              ["项目资金", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A)"],
              ["年度资金总额", budget or "", executed or "", rate or ""]]
    return Form("项目支出绩效自评表", "self002", None, header, sections, name,
                self_eval=dict(budget=budget, executed=executed, rate=rate, score=score, grade=grade),
                kind="performance_self_evaluation")


# --------------------------------------------------------------------------- seed 003

# Hand-transcribed from seed 003 (one cell per line): the 年度绩效指标 of 鄂州市公安局's
# 部门整体绩效目标申报表 (前年/上年/预期当年实现值 equal in the seed, as printed).
_S003 = [
    ("运行成本", "公用经费控制", "公用经费控制率", "≤100%"),
    ("运行成本", "在职人员控制", "在职人员控制率", "≤100%"),
    ("运行成本", "项目支出成本控制", "会议费控制率", "≤100%"),
    ("运行成本", "项目支出成本控制", "“三公”经费变动率", "≤0%"),
    ("运行成本", "项目支出成本控制", "工程基建支出控制率", "≤100%"),
    ("管理效率", "战略管理", "中长期规划相符性", "完全相符"),
    ("管理效率", "战略管理", "工作计划健全性", "健全"),
    ("管理效率", "预算编制", "预算编制科学性", "科学"),
    ("管理效率", "预算编制", "预算编制合理性", "合理"),
    ("管理效率", "预算编制", "立项规范性", "规范"),
    ("管理效率", "预算编制", "预算调整率", "=0%"),
    ("管理效率", "预算执行", "预算执行率", "=100%"),
    ("管理效率", "预算执行", "结转结余率", "=0%"),
    ("管理效率", "预算执行", "政府采购执行率", "=100%"),
    ("管理效率", "预算执行", "非税收入预算完成率", "=100%"),
    ("管理效率", "绩效管理", "事前绩效评估完成率", "=100%"),
    ("管理效率", "绩效管理", "绩效目标合理性", "合理"),
    ("管理效率", "绩效管理", "绩效监控开展率", "=100%"),
    ("管理效率", "资产管理", "资产管理制度健全性", "健全"),
    ("管理效率", "财务管理", "会计核算规范性", "规范"),
    ("履职效能", "核心业务产出1", "出警率", "=100%"),
    ("履职效能", "核心业务产出2", "群体性事件成功处置率", "=100%"),
    ("履职效能", "核心业务产出3", "重点人口管控率", "=100%"),
    ("社会效应", "经济效益", "优化营商环境", "定性"),
    ("社会效应", "社会效益", "维护社会稳定", "定性"),
    ("可持续发展能力", "体制机制改革", "服务体制改革成效", "公安服务质量逐步提升"),
    ("可持续发展能力", "人才支撑", "业务学习与培训完成率", "=100%"),
    ("可持续发展能力", "人才支撑", "高学历、高层次人才储备率", "≥95%"),
    ("可持续发展能力", "科技支撑", "信息化建设合格率", "=100%"),
    ("满意度", "服务对象满意度", "群众满意度", "≥95%"),
    ("满意度", "联系部门满意度", "联系部门满意度", "≥95%"),
]


def _seed003() -> tuple[list[Form], list[Flat]]:
    inds = [Ind(a, b, c, d, "计划标准", [("前年", d), ("上年", d)], cls="绩效基本型") for a, b, c, d in _S003]
    header = [["部门（单位）名称", "鄂州市公安局", "填报人", "程果", "联系电话", "0711-3752722"],
              ["部门总体资金情况", "财政拨款", "49824.92", "100%", "45025.23", "31844.95"]]
    sections = [("年度目标：保障公安业务正常运转，保障警务辅助人员待遇正常发放", inds)]
    return [Form("部门整体绩效目标申报表", "dept003", "单位：万元", header, sections,
                 kind="dept_performance_targets")], []


# --------------------------------------------------------------------------- seed 004

MAX_004_PROJECTS = 20  # of 97 project forms: enough layouts, keeps the test PDF small


def _seed004() -> tuple[list[Form], list[Flat]]:
    rows = _rows(4)
    forms: list[Form] = []
    flats: list[Flat] = []
    idx = {(_clean(r[0]) if r else ""): n for n, r in reversed(list(enumerate(rows)))}
    # 5. 项目支出预算表 (first two money columns of the seed's 12).
    k = next(n for n, r in enumerate(rows) if r[0] == "项目支出预算表" and n > 300)
    body, gold = [], []
    n = k + 1
    while n < len(rows) and not rows[n][0].startswith("表."):
        r = rows[n]
        if r[0] and r[0] not in ("预算单位", "单位名称：深圳市公安局罗湖分局", "单位：万元") and len(r) > 3:
            body.append([_clean(r[0]), r[1], r[2], r[4]])
            if r[0] not in ("深圳市公安局罗湖分局", "一般性项目", "政府投资项目"):
                gold.append(dict(project_name=_clean(r[0]), amount_wan=r[1]))
        n += 1
    flats.append(Flat("项目支出预算表", "单位：万元", [220, 110, 110, 110],
                      [(0, 0, 1, 1, "项目名称"), (0, 1, 1, 1, "总计"), (0, 2, 1, 1, "财政预算拨款"),
                       (0, 3, 1, 1, "一般性经费拨款")], 1, body, "project_expenditure", gold))
    # 11. 政府采购项目支出预算表.
    k = next(n for n, r in enumerate(rows) if r[0] == "采购项目")
    body, gold = [], []
    for r in rows[k + 1:]:
        if r[0].startswith("表."):
            break
        if len(r) >= 6 and r[0]:
            body.append([_clean(r[0]), _cut(r[1], 24), r[2], r[3], r[4], r[5]])
            gold.append(dict(project_name=_clean(r[0])))
    flats.append(Flat("政府采购项目支出预算表", "单位：万元", [200, 180, 50, 80, 80, 70],
                      [(0, c, 1, 1, t) for c, t in enumerate(["采购项目", "采购品目", "服务年限", "实际指标", "一年采购指标", "需求时间"])],
                      1, body, "procurement", gold))
    # 13. 部门预算绩效管理项目情况表.
    k = next(n for n, r in enumerate(rows) if r[0] == "实施单位")
    body, gold = [], []
    for r in rows[k + 2:]:
        if r[0].startswith("表."):
            break
        if len(r) >= 4 and r[1]:
            body.append([_clean(r[0]), _clean(r[1]), r[2], r[3], r[4] if len(r) > 4 else "", r[5] if len(r) > 5 else ""])
            gold.append(dict(project_name=_clean(r[1]), amount_wan=r[2]))
    flats.append(Flat("部门预算绩效管理项目情况表", "单位：万元", [150, 230, 70, 90, 60, 110],
                      [(0, 0, 2, 1, "实施单位"), (0, 1, 2, 1, "项目名称"), (0, 2, 1, 3, "预算金额"),
                       (0, 5, 2, 1, "预算执行时间"), (1, 2, 1, 1, "合计"), (1, 3, 1, 1, "一般公共预算拨款"),
                       (1, 4, 1, 1, "其他资金")], 2, body, "performance_management_projects", gold))
    # 14. 部门整体支出绩效目标申报表: 具体指标 = content and value in one cell.
    k = next(n for n, r in enumerate(rows) if r[0].startswith("部门（单位）整体支出绩效目标申报表"))
    inds = []
    for r in rows[k + 1:]:
        if r[0].startswith("表."):
            break
        if len(r) >= 4 and (r[2] or r[3]) and r[1] != "一级指标" and r[0] in ("", "年度绩效指标"):
            ok = _key(r[3]) != "不适用" and r[3]
            inds.append(Ind(_tight(r[1]) or None, _tight(r[2]) or None, _cut(r[3], 60) if ok else "",
                            _cut(r[3], 60) if ok else ""))
    sections = [(None, inds)]
    _carry(sections)
    forms.append(Form("部门（单位）整体支出绩效目标申报表", "sz_dept", None,
                      [["部门（单位）名称", "深圳市公安局罗湖分局", "负责人", "牟春生"],
                       ["填报人", "彭耘", "联系方式", "84460057"],
                       ["部门总体资金情况（万元）", "资金总额：", "145,863.63"]],
                      sections, kind="dept_performance_targets"))
    # 15. 项目支出绩效目标表 (one per project).
    starts = [n for n, r in enumerate(rows) if r[0] == "项目支出绩效目标表" and n > k]
    for n in starts[:MAX_004_PROJECTS]:
        forms.append(_project004(rows, n))
    return forms, flats


def _project004(rows: list[list[str]], n: int) -> Form:
    header, inds = [], []
    name = amount = None
    in_inds = False
    for r in rows[n + 1:]:
        if r[0].startswith("表.") or r[0] == "项目支出绩效目标表":
            break
        ne = [_clean(c) for c in r if _clean(c)]
        if not ne or re.match(r"^\d{4} 年度$", ne[0]):
            continue
        if ne[0] == "项目名称":
            name = _tight(ne[1])
            header.append(["项目名称", name, "项目单位", ne[3] if len(ne) > 3 else ""])
        elif ne[0].startswith("资金总额"):
            amount = ne[1]
            header.append(["资金总额（万元）", ne[1], "其中：财政拨款", ne[3], "其他资金", ne[5] if len(ne) > 5 else ""])
        elif ne[0] == "项目联系人":
            header.append(ne[:4])
        elif ne[0] == "项目绩效目标":
            header.append(["项目绩效目标", _cut(ne[1], 50)])
        elif "一级指标" in ne:
            in_inds = True
        elif in_inds:
            ind = _row_target(r, basis=False)
            if ind:
                inds.append(ind)
    sections = [(None, inds)]
    _carry(sections)
    return Form(f"{name}项目支出绩效目标表", "sz_proj", None, header, sections, name, None, amount, amount)


# --------------------------------------------------------------------------- layouts

# Per layout: indicator header cells (row, col, row_span, col_span, text), header row count,
# the value drawn in each column, column widths.
LAYOUTS: dict[str, tuple[list[tuple[int, int, int, int, str]], int, list[str], list[float]]] = {
    "dept000": ([(0, 0, 3, 1, "年度绩效指标"), (0, 1, 3, 1, "一级指标"), (0, 2, 3, 1, "二级指标"),
                 (0, 3, 3, 1, "指标名称"), (0, 4, 1, 3, "指标值"), (0, 7, 3, 1, "绩效标准"),
                 (1, 4, 1, 2, "近两年指标值"), (1, 6, 2, 1, "预期当年实现值"), (2, 4, 1, 1, "2019年"),
                 (2, 5, 1, 1, "2020年")], 3,
                ["label", "l1", "l2", "name", "p0", "p1", "target", "basis"],
                [55, 60, 70, 150, 60, 60, 70, 215]),
    "proj000": ([(0, 0, 1, 1, "项目年度绩效指标"), (0, 1, 1, 1, "一级指标"), (0, 2, 1, 1, "二级指标"),
                 (0, 3, 1, 1, "指标内容"), (0, 4, 1, 1, "指标值"), (0, 5, 1, 1, "备注")], 1,
                ["label", "l1", "l2", "name", "target", "basis"], [60, 70, 110, 200, 80, 220]),
    "proj001": ([(0, 0, 1, 1, "一级指标"), (0, 1, 1, 1, "二级指标"), (0, 2, 1, 1, "三级指标"),
                 (0, 3, 1, 1, "绩效指标描述"), (0, 4, 1, 1, "指标值"), (0, 5, 1, 1, "指标值确定依据")], 1,
                ["l1", "l2", "name", "desc", "target", "basis"], [80, 100, 170, 190, 70, 130]),
    "self002": ([(0, 0, 1, 1, "绩效指标(60分)"), (0, 1, 1, 1, "一级指标"), (0, 2, 1, 1, "二级指标"),
                 (0, 3, 1, 1, "指标内容"), (0, 4, 1, 1, "年度目标值"), (0, 5, 1, 1, "全年完成值"),
                 (0, 6, 1, 1, "未完成原因和改进措施"), (0, 7, 1, 1, "自评分")], 1,
                ["label", "l1", "l2", "name", "target", "actual", "reason", "score"],
                [55, 75, 110, 180, 70, 70, 130, 50]),
    "dept003": ([(0, 0, 2, 1, "年度绩效指标"), (0, 1, 2, 1, "一级指标"), (0, 2, 2, 1, "二级指标"),
                 (0, 3, 2, 1, "三级指标"), (0, 4, 1, 2, "近两年指标值"), (0, 6, 2, 1, "预期当年实现值"),
                 (0, 7, 2, 1, "指标值确定依据"), (0, 8, 2, 1, "指标分类"), (1, 4, 1, 1, "前年"),
                 (1, 5, 1, 1, "上年")], 2,
                ["label", "l1", "l2", "name", "p0", "p1", "target", "basis", "cls"],
                [50, 60, 90, 150, 80, 80, 80, 70, 80]),
    "sz_dept": ([(0, 0, 1, 1, "年度绩效指标"), (0, 1, 1, 1, "一级指标"), (0, 2, 1, 1, "二级指标"),
                 (0, 3, 1, 1, "具体指标（指标内容、指标值）")], 1,
                ["label", "l1", "l2", "name"], [70, 110, 110, 450]),
    "sz_proj": ([(0, 0, 1, 1, "年度绩效指标"), (0, 1, 1, 1, "一级指标"), (0, 2, 1, 1, "二级指标"),
                 (0, 3, 1, 1, "指标内容"), (0, 4, 1, 1, "目标值")], 1,
                ["label", "l1", "l2", "name", "target"], [70, 100, 110, 300, 160]),
}


def _value(ind: Ind, key: str) -> str:
    return {
        "name": ind.name, "target": ind.target, "basis": ind.basis, "desc": ind.desc, "cls": ind.cls,
        "actual": ind.actual or "", "score": ind.score or "", "reason": ind.reason,
        "p0": ind.priors[0][1] if ind.priors else "", "p1": ind.priors[1][1] if len(ind.priors) > 1 else "",
    }.get(key, "")


def _spans(n_cols: int, k: int) -> list[int]:
    k = max(1, min(k, n_cols))
    base = [n_cols // k] * k
    for j in range(n_cols - sum(base)):
        base[-1 - j] += 1
    return base


@dataclass
class _Row:
    cells: list[tuple[int, int, str]]  # (col, col_span, text)
    is_header: bool = False
    merged: list[tuple[int, str, str]] = field(default_factory=list)  # (col, group key, text)


def _form_rows(form: Form) -> tuple[list[_Row], list[float], list[tuple[int, int, int, int, str]], int]:
    hcells, n_head, keys, widths = LAYOUTS[form.layout]
    n = len(keys)
    rows: list[_Row] = []
    for texts in form.header:
        texts = texts[:n]
        sp = _spans(n, len(texts))
        col, cells = 0, []
        for t, s in zip(texts, sp):
            cells.append((col, s, t))
            col += s
        rows.append(_Row(cells))
    return rows, widths, hcells, n_head


def _draw_form(w: PdfWriter, form: Form) -> None:
    head_rows, widths, hcells, n_head = _form_rows(form)
    _, _, keys, _ = LAYOUTS[form.layout]
    scale = (LANDSCAPE[0] - 2 * MARGIN) / sum(widths)
    widths = [x * scale for x in widths]
    xs = [MARGIN]
    for x in widths:
        xs.append(xs[-1] + x)
    n = len(keys)
    # Flatten into row records: ("cells", [(col, span, text)], height) and indicator rows.
    items: list[tuple[str, object]] = [("cells", r.cells) for r in head_rows]
    for goal, inds in form.sections:
        if goal:
            items.append(("cells", [(0, 1, goal.split("：")[0] + "：" if "：" in goal else goal),
                                    (1, n - 1, goal.split("：", 1)[1] if "：" in goal else "")]))
        items.append(("header", hcells))
        for ind in inds:
            items.append(("ind", ind))
    pw, ph = w.new_page(True)
    bold_text(w.c, pw / 2, ph - 60, form.title, 14)
    if form.unit_raw:
        draw_text(w.c, xs[-1], ph - 84, form.unit_raw, 10, "r")
    y = 100.0
    bottom = ph - MARGIN
    placed: list[PlacedCell] = []
    open_spans: dict[int, PlacedCell] = {}  # col -> merged cell being extended
    open_keys: dict[int, str] = {}

    def close_spans() -> None:
        open_spans.clear()
        open_keys.clear()

    def new_page() -> None:
        nonlocal y, placed, pw, ph
        draw_grid(w.c, ph, placed)
        placed = []
        close_spans()
        pw, ph = w.new_page(True)
        y = MARGIN

    row_no = 0
    for kind, payload in items:
        if kind == "cells":
            cells = payload
            h = max(cell_height(t, xs[c + s] - xs[c]) for c, s, t in cells)
            if y + h > bottom:
                new_page()
            for c, s, t in cells:
                placed.append(PlacedCell(row_no, c, 1, s, t, xs[c], y, xs[c + s] - xs[c], h, "l"))
            close_spans()
            y += h
            row_no += 1
        elif kind == "header":
            hs = [22.0] * n_head
            for r, c, rs, cs, t in hcells:
                need = cell_height(t, xs[c + cs] - xs[c])
                if need > sum(hs[r:r + rs]):
                    hs[r + rs - 1] += need - sum(hs[r:r + rs])
            if y + sum(hs) + 30 > bottom:
                new_page()
            ys = [y]
            for hh in hs:
                ys.append(ys[-1] + hh)
            for r, c, rs, cs, t in hcells:
                placed.append(PlacedCell(row_no + r, c, rs, cs, t, xs[c], ys[r], xs[c + cs] - xs[c],
                                         ys[r + rs] - ys[r], "c", True))
            close_spans()
            y = ys[-1]
            row_no += n_head
        else:
            ind: Ind = payload
            texts = {c: _value(ind, k) for c, k in enumerate(keys)}
            h = max(cell_height(texts[c], widths[c]) for c in range(n) if keys[c] not in ("label", "l1", "l2"))
            if y + h > bottom:
                new_page()
            for c, k in enumerate(keys):
                if k in ("label", "l1", "l2"):
                    group = {"label": "label", "l1": f"{ind.level1}",
                             "l2": f"{ind.level1}|{ind.level2}"}[k]
                    text = {"label": "年度绩效指标" if form.layout != "proj001" else "", "l1": ind.level1 or "",
                            "l2": ind.level2 or ""}[k]
                    pc = open_spans.get(c)
                    if pc is not None and open_keys.get(c) == group:
                        pc.row_span += 1
                        pc.h += h
                        continue
                    pc = PlacedCell(row_no, c, 1, 1, text, xs[c], y, widths[c], h, "c")
                    open_spans[c], open_keys[c] = pc, group
                    # a new 一级 closes the 二级 below it
                    for c2, k2 in enumerate(keys):
                        if k == "l1" and k2 == "l2":
                            open_keys.pop(c2, None)
                    placed.append(pc)
                else:
                    placed.append(PlacedCell(row_no, c, 1, 1, texts[c], xs[c], y, widths[c], h,
                                             "l" if k in ("name", "basis", "desc", "reason") else "c"))
            y += h
            row_no += 1
    draw_grid(w.c, ph, placed)


def _draw_flat(w: PdfWriter, t: Flat) -> None:
    scale = min(1.0, (LANDSCAPE[0] - 2 * MARGIN) / sum(t.widths))
    widths = [x * scale for x in t.widths]
    xs = [(LANDSCAPE[0] - sum(widths)) / 2]
    for x in widths:
        xs.append(xs[-1] + x)
    pw, ph = w.new_page(True)
    bold_text(w.c, pw / 2, ph - 60, t.title, 14)
    if t.unit_raw:
        draw_text(w.c, xs[-1], ph - 84, t.unit_raw, 10, "r")
    y = 100.0
    placed: list[PlacedCell] = []
    hh = 22.0

    def header(y0: float) -> float:
        for r, c, rs, cs, text in t.header:
            placed.append(PlacedCell(r, c, rs, cs, text, xs[c], y0 + r * hh, xs[c + cs] - xs[c], rs * hh, "c", True))
        return y0 + t.n_header * hh

    y = header(y)
    for row in t.body:
        h = max(cell_height(x, widths[c]) for c, x in enumerate(row))
        if y + h > ph - MARGIN:
            draw_grid(w.c, ph, placed)
            placed = []
            pw, ph = w.new_page(True)
            y = header(MARGIN)
        for c, x in enumerate(row):
            placed.append(PlacedCell(0, c, 1, 1, x, xs[c], y, widths[c], h, "l" if c == 0 else "r"))
        y += h
    draw_grid(w.c, ph, placed)


# --------------------------------------------------------------------------- entry points

_PARSERS = {0: _seed000, 1: _seed001, 2: _seed002, 3: _seed003, 4: _seed004}
DEPARTMENTS = {0: "武汉市公安局武汉东湖新技术开发区分局", 1: None, 2: "武汉市公安局洪山区分局",
               3: "鄂州市公安局", 4: "深圳市公安局罗湖分局"}


def seed_gold(n: int) -> tuple[list[Form], list[Flat]]:
    return _PARSERS[n]()


def render_seed(n: int, path: str | Path) -> SeedGold:
    forms, flats = seed_gold(n)
    buf = io.BytesIO()
    w = PdfWriter(buf, f"seed {n:03d} performance tables")
    for t in flats:
        _draw_flat(w, t)
    for f in forms:
        _draw_form(w, f)
    w.finish()
    path = Path(path)
    path.write_bytes(buf.getvalue())
    return SeedGold(n, path, DEPARTMENTS[n], forms, flats)


def render_all(folder: str | Path) -> list[SeedGold]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return [render_seed(n, folder / f"seed{n:03d}.pdf") for n in _PARSERS]


if __name__ == "__main__":  # pragma: no cover - manual inspection
    import sys

    for g in render_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/seed_pdfs"):
        print(g.seed, g.path, len(g.forms), "forms", len(g.indicators), "indicators", len(g.flats), "flat tables")
