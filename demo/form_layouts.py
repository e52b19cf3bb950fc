"""Performance forms in the layouts Chinese provinces print, with machine-readable gold:
the held-out test bed of issue 10 ("figures measured on layouts you have not seen").

Each layout writes one PDF (several forms, realistic content, varied departments, 万元 and
元) and returns its gold: the document's department, every indicator (project or
department-wide, 一级/二级 raw and canonical, name without numbering, target as printed,
its reading as comparator/value/upper/unit, weight, actual and score of self-evaluations),
every project that prints money (yuan), every self-evaluation (budget, executed, score,
grade). The gold is written by hand here, never by calling the normalizers.

Conventions of the gold:
- target_raw is what the form prints for the target; a target split over columns
  (指标性质/指标方向, 指标值, 计量单位/度量单位) is those cells joined in reading order
  (left to right, no separator), as the contract says;
- units are NFKC (as the contract publishes them: "万羽（头）" reads "万羽(头)");
- a target that says nothing measurable but names a state ("有效提升", "定性 优良中低差")
  reads as comparator "qualitative" with no value or unit;
- a level printed with its weight ("产出指标（50分）") keeps it in level*_raw; the canonical
  level is the contract's (成本指标 as a 一级 is "input", as a 二级 "cost");
- money is converted to yuan from the form's unit; a self-evaluation's year budget is its
  全年预算数.

The split below was fixed before the extractor was run on any of these layouts (see
benchmarks/eval_form_layouts.py). DEV layouts may be looked at while fixing the reader;
HELD-OUT layouts are measured as they are. Every held-out layout differs from every dev
layout in structure, not only in content:

DEV
  gd_one_cell            广东 standalone form: header fields, money pairs, one cell per indicator
                         ("1-产出指标；11-数量指标；<name>；实施周期指标值:…；年度指标值:…")
  split_cmp_value_unit   2021+ template: 指标性质 | 指标值 | 度量单位 | 分值 | 指标解释; levels with
                         their weight; 成本指标 as 一级; "指标1：" names; money block under a
                         merged 项目资金（万元） label, one amount per row
  glued_inline_targets   several projects' forms glued into one table running over pages;
                         comparator and unit written into the value (>=2次, ‹=17万元,
                         >=100百分比); 评（扣）分标准 and 权重 beside; amounts in 元
  level3_only_prose      only 三级 names; targets in prose (不低于80%, 至少1次, 满意率100%,
                         100%完成 …); title naming the project
  dept_wide_tasks        部门整体支出绩效目标表: 年度主要任务 block, then the grid
  project_self_eval      财政部 项目支出绩效自评表: 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
                         执行率 | 得分 columns, 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因, 总分
  title_in_grid_landscape  landscape pages whose form title and 单位 line are printed inside
                         the grid; 项目年度预算 beside 其中：财政拨款
  shared_page_columns    several short forms on one page, each its own table; money labels
                         heading columns with the amounts in the row below
  final_accounts_dept_self_eval  a 部门决算 (text pages, budget tables) ending with a
                         部门整体支出绩效自评表 (money as label | value pairs) and a project
                         self-evaluation

HELD-OUT
  direction_unit_value   指标方向 (大于等于 …) | 计量单位 | 指标值 (unit before value) |
                         指标值类型 | 权重 | 指标解释 | 评（扣）分标准; levels weighted in %;
                         （1） numbering; amounts in 元
  gd_list_one_cell       a list (序号 | 项目名称 | 项目资金 | 年度绩效目标 | 绩效指标): project cells
                         merged over their one-cell indicator rows, over pages
  dept_wide_two_row_header  部门整体 form with the title and 单位 inside the grid and a
                         two-row grid header (绩效指标 over 一级/二级/三级, 目标值 and 分值
                         merged down)
  self_eval_glued        project self-evaluations glued into one table over pages: A/B as
                         label | value pairs, 全年实际值, 未完成原因, 自评得分/自评等级 pairs
  turned_pages           forms drawn sideways on portrait pages turned by /Rotate; money
                         heads under a merged 项目资金 label; ＝ and 定性 in 指标性质
  final_accounts_level3_self_eval  a 部门决算 ending with project self-evaluations whose grid
                         has no levels (绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差),
                         年初/全年预算/全年执行 as label | value pairs, 自评等级 in one cell
  cross_page_repeated_header  long forms over several pages with the grid header repeated
                         and merged level cells cut at the page break; money labels carrying
                         their unit (年度预算资金（万元）)
  dept_self_eval         部门整体支出绩效自评表 standalone: A/B columns, 综合评价等级
  glued_title_rows       several forms glued in one table, each opening with its own title row
                         inside the grid; money heads (项目总金额 …) above the amounts; prose
                         targets

FRESH (written after the reader was fixed on the two sets above, run once)
  list_grid_split_over_pages  a list with the grid beside it (项目代码 | 项目名称 | 项目资金（元） |
                         levels | 三级 | 指标值), header repeated, a project's merged cells cut by
                         the page break with its name printed in the part on the next page
  dept_wide_one_cell     部门整体 form with one cell per indicator
  dept_self_eval_heads_only  landscape 部门整体 self-evaluation: A/B heads with the amounts
                         right below (no 年度资金总额 label), 全年实际完成值, 合计, 自评结论 良好
  two_period_targets     年度指标值 and 实施期指标值 under a merged 指标值 head; both levels
                         weighted; ① numbering; money listed by source (资金来源 | 金额, 合计)
  self_eval_project_in_title  self-evaluations naming the project only in their title

Entry points: ``write_layout(name, folder) -> dict`` (the gold, also written as
``<name>.gold.json`` beside ``<name>.pdf``), ``write_set("dev"|"held_out"|"fresh", folder)``,
and ``python -m cnbudget.demo.form_layouts OUT_DIR [--set dev|held_out|fresh|all]``.
"""
from __future__ import annotations

import argparse
import io
import json
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Callable

from .drawing import (LANDSCAPE, MARGIN, PORTRAIT, ROW_H, PdfWriter, PlacedCell, bold_text, cell_height,
                      draw_cover, draw_grid, draw_text, draw_text_page)
from .tables import HeaderCell, TableSpec, draw_table, plain_row

# --------------------------------------------------------------------------- gold helpers

# The contract's canonical levels, read by the gold's author (a 一级 成本指标 is "input"), for
# every level name the generated forms print (the blind sets' older 一级 and short 二级
# names too; a 部门整体 form's 预算配置 … 职责履行 are "other").
LEVEL1 = {"产出指标": "output", "效益指标": "effect", "满意度指标": "satisfaction", "成本指标": "input",
          "投入": "input", "过程": "process", "产出": "output", "效果": "effect",
          "效果指标": "effect", "投入指标": "input", "效益": "effect", "满意度": "satisfaction",
          # the Hubei 部门整体 framework (BLIND7)
          "运行成本": "input", "管理效率": "process", "履职效能": "output", "社会效应": "effect"}
LEVEL2 = {"数量指标": "quantity", "质量指标": "quality", "时效指标": "timeliness", "成本指标": "cost",
          "经济成本指标": "cost", "社会成本指标": "cost", "生态环境成本指标": "cost",
          "经济效益指标": "economic", "社会效益指标": "social", "生态效益指标": "ecological",
          "可持续影响指标": "sustainability", "服务对象满意度指标": "satisfaction",
          "社会公众或服务对象满意度指标": "satisfaction",
          "数量": "quantity", "质量": "quality", "时效": "timeliness", "成本": "cost",
          "经济效益": "economic", "社会效益": "social", "生态效益": "ecological", "可持续影响": "sustainability",
          "服务对象满意度": "satisfaction", "满意度": "satisfaction",
          "预算配置": "other", "预算执行": "other", "预算管理": "other", "资产管理": "other", "职责履行": "other",
          "公用经费控制": "cost", "项目支出成本控制": "cost", "预算编制": "other", "绩效管理": "other",
          "核心业务产出": "other"}

Q = ("qualitative", None, None)  # a target naming a state


def _bare_level(raw: str) -> str:
    return re.sub(r"[（(][^()（）]*[)）]$", "", raw).strip()


def _yuan(amount: str, unit: str) -> str:
    """An amount as printed ("1,250.00") in unit 万元/元 -> yuan as a decimal string."""
    v = Decimal(amount.replace(",", ""))
    if unit == "万元":
        v *= 10000
    return str(v.quantize(Decimal("0.01")))


@dataclass
class Ind:
    """One indicator row of a form. ``target`` is the printed cell, or the parts of a split
    target (comparator, value, unit) in the order of the form's columns."""

    l1: str | None
    l2: str | None
    name: str  # as printed (numbering included)
    target: str | tuple[str, ...]
    exp: tuple  # (comparator, value, unit[, upper])
    weight: str | None = None
    actual: str | None = None
    score: str | None = None
    note: str = ""  # 偏差原因 / 指标解释
    period: str | None = None  # 实施周期指标值 of a one-cell indicator

    @property
    def raw(self) -> str:
        return self.target if isinstance(self.target, str) else "".join(self.target)


_NUMBERING = re.compile(r"^(?:指标\d+[:：]|[（(]\d+[)）]|\d+[、.]|[①-⑳])")


def _gold_ind(project: str | None, ind: Ind, raw: str | None = None, *,
              l1: str | None = None, l2: str | None = None) -> dict:
    l1 = ind.l1 if l1 is None else l1
    l2 = ind.l2 if l2 is None else l2
    comparator, value, unit = ind.exp[:3]
    upper = ind.exp[3] if len(ind.exp) > 3 else None
    return {
        "project_name": project,
        "level1_raw": l1, "level2_raw": l2,
        "level1": LEVEL1[_bare_level(l1)] if l1 else None,
        "level2": LEVEL2[_bare_level(l2)] if l2 else None,
        "name": _NUMBERING.sub("", ind.name),
        "target_raw": ind.raw if raw is None else raw,
        "comparator": comparator, "value": value, "upper": upper, "unit": unit,
        "weight": float(ind.weight) if ind.weight else None,
        "actual_raw": ind.actual,
        "score": float(ind.score) if ind.score else None,
    }


@dataclass
class FileGold:
    file_name: str
    department: str
    fiscal_year: int
    indicators: list[dict] = field(default_factory=list)
    projects: list[dict] = field(default_factory=list)
    self_evaluations: list[dict] = field(default_factory=list)

    def project(self, name: str, unit: str, *, code: str | None = None, total: str | None = None,
                year: str | None = None, fiscal: str | None = None, carried: str | None = None) -> None:
        self.projects.append({
            "project_name": name, "project_code": code,
            "total_yuan": _yuan(total, unit) if total else None,
            "year_yuan": _yuan(year, unit) if year else None,
            "fiscal_yuan": _yuan(fiscal, unit) if fiscal else None,
            "carried_over_yuan": _yuan(carried, unit) if carried else None,
        })

    def self_evaluation(self, project: str | None, unit: str, budget: str, executed: str, score: float,
                        grade: str | None) -> None:
        self.self_evaluations.append({
            "project_name": project, "budget_yuan": _yuan(budget, unit), "executed_yuan": _yuan(executed, unit),
            "score": score, "grade": grade,
        })


# --------------------------------------------------------------------------- page composer


def _row_heights(spec: TableSpec) -> list[float]:
    """Row heights of a grid: single-row cells first, then merged cells stretch their
    last row when their text needs more room."""
    xs = [0.0]
    for w in spec.widths:
        xs.append(xs[-1] + w)
    hs = [ROW_H] * spec.n_header
    for r, c, rs, cs, text in spec.header:
        if rs == 1:
            hs[r] = max(hs[r], cell_height(text, xs[c + cs] - xs[c]))
    for r, c, rs, cs, text in spec.header:
        if rs > 1:
            need = cell_height(text, xs[c + cs] - xs[c])
            have = sum(hs[r:r + rs])
            if need > have:
                hs[r + rs - 1] += need - have
    return hs


def _align(text: str) -> str:
    """Long text left, short centred; a title printed in the grid centred, its 单位 right."""
    if text.startswith("单位："):
        return "r"
    if text.endswith("表"):
        return "c"
    return "l" if len(text) > 14 else "c"


class Pages:
    """Places titles, caption lines and ruled grids down pages: a grid continues on the
    next page when it does not fit (repeating the rows given as its header), a merged
    cell cut by a page break is drawn in two parts with its text in the larger one, as
    WPS and Excel print it. Pages are portrait, landscape, or landscape drawn sideways on
    a portrait page turned by /Rotate 90 (how some converters emit landscape sections)."""

    def __init__(self, w: PdfWriter):
        self.w = w
        self.c = w.c
        self.y: float | None = None  # distance from the frame's top; None: start a page
        self.pw = self.ph = 0.0
        self.landscape = self.turned = False

    def new_page(self, landscape: bool | None = None, turned: bool | None = None) -> None:
        landscape = self.landscape if landscape is None else landscape
        turned = self.turned if turned is None else turned
        if turned:
            # reportlab writes a page rotated 90 with its size swapped: asking for a
            # landscape page gives the portrait media box the content is drawn sideways on
            self.w.new_page(True)
            pw, _ = PORTRAIT
            self.c.translate(pw, 0)
            self.c.rotate(90)
            self.c.setPageRotation(90)
            self.pw, self.ph = LANDSCAPE
        else:
            self.pw, self.ph = self.w.new_page(landscape)
            self.c.setPageRotation(0)
        self.landscape, self.turned = landscape, turned
        self.y = MARGIN + 6

    def text_page(self, heading: str, paragraphs: list[str]) -> None:
        self.c.setPageRotation(0)
        draw_text_page(self.w, heading, paragraphs)
        self.landscape = self.turned = False
        self.y = None

    def table(self, spec: TableSpec) -> None:
        """A budget table from a fresh page (demo.tables.draw_table)."""
        self.c.setPageRotation(0)
        draw_table(self.w, spec)
        self.landscape, self.turned = spec.landscape, False
        self.y = None

    def grid(self, spec: TableSpec, *, repeat: tuple[int, int] | None = None, fresh_page: bool = False,
             turned: bool = False, gap: float = 18.0) -> None:
        """Draw spec (all its cells in ``spec.header``, ``spec.n_header`` rows) below what
        the page holds: title (``spec.title``, none when empty), then the editor and unit
        line, then the grid. ``repeat`` = (first row, number of rows): the grid's header
        rows, repeated on top of every later page of the grid."""
        hs = _row_heights(spec)
        if self.y is None or fresh_page or spec.landscape != self.landscape or turned != self.turned:
            self.new_page(spec.landscape, turned)
        else:
            self.y += gap
        head = (30.0 if spec.title else 0.0) + (20.0 if spec.editor or spec.unit_raw else 0.0)
        if self.y + head + sum(hs[:min(len(hs), 4)]) > self.ph - MARGIN:
            self.new_page()
        x0 = (self.pw - sum(spec.widths)) / 2
        xs = [x0]
        for wd in spec.widths:
            xs.append(xs[-1] + wd)
        if spec.title:
            bold_text(self.c, self.pw / 2, self.ph - (self.y + 16), spec.title, 15)
            self.y += 30
        if spec.editor or spec.unit_raw:
            if spec.editor:
                draw_text(self.c, xs[0], self.ph - (self.y + 10), spec.editor, 10, "l")
            if spec.unit_raw:
                draw_text(self.c, xs[-1], self.ph - (self.y + 10), spec.unit_raw, 10, "r")
            self.y += 20
        # Plan: each row's page (0 = this one) and top; rows repeated on later pages.
        placement: dict[int, tuple[int, float]] = {}
        repeats: list[tuple[int, float]] = []  # (page, top) of each repeated header block
        page, y = 0, self.y
        bottom = self.ph - MARGIN
        ra, rn = repeat or (0, 0)
        for r in range(spec.n_header):
            if y + hs[r] > bottom and r > 0:
                page, y = page + 1, MARGIN + 6
                if rn and r >= ra + rn:
                    repeats.append((page, y))
                    y += sum(hs[ra:ra + rn])
            placement[r] = (page, y)
            y += hs[r]
        cells: dict[int, list[PlacedCell]] = {}
        for r, c, rs, cs, text in spec.header:
            parts: dict[int, list[int]] = {}
            for k in range(r, r + rs):
                parts.setdefault(placement[k][0], []).append(k)
            biggest = max(parts, key=lambda p: sum(hs[k] for k in parts[p]))
            for p, rows in parts.items():
                top = placement[rows[0]][1]
                h = sum(hs[k] for k in rows)
                cells.setdefault(p, []).append(PlacedCell(r, c, len(rows), cs, text if p == biggest else "",
                                                          xs[c], top, xs[c + cs] - xs[c], h, _align(text)))
        for p, top in repeats:
            offs = [top]
            for k in range(ra, ra + rn):
                offs.append(offs[-1] + hs[k])
            for r, c, rs, cs, text in spec.header:
                if r >= ra and r + rs <= ra + rn:
                    cells.setdefault(p, []).append(PlacedCell(r, c, rs, cs, text, xs[c], offs[r - ra],
                                                              xs[c + cs] - xs[c], offs[r - ra + rs] - offs[r - ra],
                                                              _align(text)))
        for p in range(page + 1):
            if p > 0:
                self.new_page()
            draw_grid(self.c, self.ph, cells.get(p, []), rules=spec.rules, shaded_rows=spec.shaded_rows)
        self.y = y


def _spec(cells: list[HeaderCell], n_rows: int, widths: list[float], *, title: str = "", editor: str = "",
          unit_raw: str | None = None, landscape: bool = False, kind: str = "project_performance_targets") -> TableSpec:
    return TableSpec(title, kind, unit_raw, None, editor, widths, cells, n_rows, [], ["c"] * len(widths),
                     repeat_header=False, landscape=landscape)


class FormDoc:
    """A PDF being written: cover, pages and the gold of its forms."""

    def __init__(self, name: str, title: str, department: str, year: int, cover: list[tuple[str, float]] | None = None):
        self.name = name
        self.buf = io.BytesIO()
        self.w = PdfWriter(self.buf, title)
        draw_cover(self.w, cover or [(title, 22), (f"预算单位：{department}", 16)])
        self.pages = Pages(self.w)
        self.gold = FileGold(f"{name}.pdf", department, year)

    def save(self, folder: Path) -> FileGold:
        self.w.finish()
        (folder / self.gold.file_name).write_bytes(self.buf.getvalue())
        return self.gold


class _Rows:
    """Cells of a form being laid out, row by row."""

    def __init__(self):
        self.cells: list[HeaderCell] = []
        self.n = 0

    def add(self, *cells: tuple[int, int, str], height: int = 1) -> int:
        """One row (or ``height`` rows) of (col, col_span, text) cells; returns its index."""
        r = self.n
        for c, cs, text in cells:
            self.cells.append((r, c, height, cs, text))
        self.n += height
        return r

    def put(self, r: int, c: int, rs: int, cs: int, text: str) -> None:
        self.cells.append((r, c, rs, cs, text))
        self.n = max(self.n, r + rs)


def _merged_levels(rows: _Rows, r0: int, inds: list[Ind], c1: int | None, c2: int | None) -> None:
    """一级 (column c1) and 二级 (c2) cells merged over the rows they cover."""
    for col, get in ((c1, lambda i: i.l1), (c2, lambda i: (i.l1, i.l2))):
        if col is None:
            continue
        i = 0
        while i < len(inds):
            j = i
            while j < len(inds) and get(inds[j]) == get(inds[i]):
                j += 1
            text = inds[i].l1 if col == c1 else inds[i].l2
            rows.put(r0 + i, col, j - i, 1, text or "")
            i = j


def _grid_rows(rows: _Rows, inds: list[Ind], c1: int | None, c2: int | None,
               cells: Callable[[Ind], list[tuple[int, int, str]]]) -> None:
    r0 = rows.n
    for ind in inds:
        rows.add(*cells(ind))
    _merged_levels(rows, r0, inds, c1, c2)


# --------------------------------------------------------------------------- DEV layouts


def _gd_code(l1: str, l2: str) -> tuple[str, str]:
    one = {"产出指标": "1", "效益指标": "2", "满意度指标": "3"}[l1]
    two = {"数量指标": "11", "质量指标": "12", "时效指标": "13", "成本指标": "14", "经济效益指标": "21",
           "社会效益指标": "22", "生态效益指标": "23", "可持续影响指标": "24", "服务对象满意度指标": "31"}[l2]
    return one, two


def _one_cell(ind: Ind, sep: str = "；") -> str:
    one, two = _gd_code(ind.l1, ind.l2)
    values = (f"实施周期指标值:{ind.period}{sep}" if ind.period else "") + f"年度指标值:{ind.raw}"
    return f"{one}-{ind.l1}{sep}{two}-{ind.l2}{sep}{ind.name}{sep}{values}"


def layout_gd_one_cell(folder: Path, name: str) -> FileGold:
    dept = "佛山市南海区教育局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("学生资助补助经费", "4406052510000123", "1,250.00", "420.00", "400.00", "20.00",
         "按政策足额发放家庭经济困难学生资助资金，保障困难学生顺利完成学业。", [
             Ind("产出指标", "数量指标", "资助学生人数", "≥1200人", (">=", 1200, "人"), period="≥3000人"),
             Ind("产出指标", "质量指标", "资助资金发放准确率", "100%", ("=", 100, "%"), period="100%"),
             Ind("产出指标", "时效指标", "资金发放及时性", "≤30天", ("<=", 30, "天"), period="≤30天"),
             Ind("产出指标", "成本指标", "生均资助标准", "≤2500元", ("<=", 2500, "元"), period="≤2500元"),
             Ind("效益指标", "社会效益指标", "家庭经济困难学生资助覆盖率", "100%", ("=", 100, "%"), period="100%"),
             Ind("效益指标", "可持续影响指标", "资助政策知晓率", "≥92%", (">=", 92, "%"), period="≥90%"),
             Ind("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ], "；"),
        ("校园安全管理经费", "4406052510000131", "860.00", "860.00", "860.00", "0.00",
         "配齐校园安保力量，完善技防设施，确保校园安全稳定。", [
             Ind("产出指标", "数量指标", "校园安保人员配备数", "≥150人", (">=", 150, "人"), period="≥150人"),
             Ind("产出指标", "质量指标", "校园视频监控覆盖率", "≥98%", (">=", 98, "%"), period="100%"),
             Ind("产出指标", "时效指标", "安全隐患整改完成时限", "≤15个工作日", ("<=", 15, "个工作日"),
                 period="≤15个工作日"),
             Ind("效益指标", "社会效益指标", "校园安全事故发生率", "≤1%", ("<=", 1, "%"), period="≤1%"),
             Ind("满意度指标", "服务对象满意度指标", "师生安全感满意度", "≥90%", (">=", 90, "%"), period="≥90%"),
         ], "；"),
        ("教师培训经费", "4406052510000145", "150.00", "150.00", "130.00", "20.00",
         "组织全区中小学教师分层分类培训，提升教师专业能力。", [
             Ind("产出指标", "数量指标", "培训教师人次", "≥2000人次", (">=", 2000, "人次")),
             Ind("产出指标", "质量指标", "培训合格率", "≥95%", (">=", 95, "%")),
             Ind("产出指标", "成本指标", "人均培训成本", "≤750元", ("<=", 750, "元")),
             Ind("效益指标", "社会效益指标", "教师专业能力提升", "显著提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", (">=", 90, "%")),
         ], ";"),
    ]
    for project, code, total, year, fiscal, carried, goal, inds, sep in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "项目编码"), (1, 1, code), (2, 1, "项目属性"), (3, 1, "经常性项目"))
        rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "项目类别"), (3, 1, "特定目标类"))
        rows.add((0, 1, "项目期限"), (1, 3, "2025-01-01至2025-12-31"))
        rows.add((0, 1, "项目资金总额"), (1, 1, total), (2, 1, "年度资金总额"), (3, 1, year))
        rows.add((0, 1, "其中：财政拨款"), (1, 1, fiscal), (2, 1, "上年结转"), (3, 1, carried))
        rows.add((0, 1, "年度绩效目标"), (1, 3, goal))
        rows.add((0, 4, "绩效指标"))
        for ind in inds:
            rows.add((0, 4, _one_cell(ind, sep)))
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.pages.grid(_spec(rows.cells, rows.n, [95, 150, 95, 150], title="2025年项目支出绩效目标表",
                             editor=f"单位名称：{dept}", unit_raw="单位：万元"), fresh_page=True)
        doc.gold.project(project, "万元", code=code, total=total, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_split_cmp_value_unit(folder: Path, name: str) -> FileGold:
    dept = "成都市武侯区司法局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标申报表", dept, 2025)
    projects = [
        ("法律援助服务经费", "510107250000021", "成都市武侯区法律援助中心", "180.00", "160.00", "20.00",
         "为经济困难群众和特殊案件当事人提供法律援助，应援尽援。", [
             Ind("产出指标（50分）", "数量指标", "指标1：法律援助案件办理数", ("≥", "600", "件"), (">=", 600, "件"), "20",
                 note="年度办理法律援助案件数量"),
             Ind("产出指标（50分）", "数量指标", "指标2：法律咨询接待人次", ("≥", "3000", "人次"), (">=", 3000, "人次"), "10",
                 note="来访来电咨询人次"),
             Ind("产出指标（50分）", "质量指标", "指标3：案件质量评查合格率", ("≥", "95", "%"), (">=", 95, "%"), "10",
                 note="合格案件数/评查案件数"),
             Ind("产出指标（50分）", "时效指标", "指标4：指派办理时限", ("≤", "3", "个工作日"), ("<=", 3, "个工作日"), "10",
                 note="受理至指派的工作日数"),
             Ind("成本指标（20分）", "经济成本指标", "指标5：每件案件平均补贴", ("≤", "2500", "元"), ("<=", 2500, "元"), "20",
                 note="办案补贴总额/案件数"),
             Ind("效益指标（20分）", "社会效益指标", "指标6：困难群众合法权益保障水平", ("定性", "有效提升", ""), Q, "20",
                 note="受援群众权益得到维护"),
             Ind("满意度指标（10分）", "服务对象满意度指标", "指标7：受援人满意度", ("≥", "90", "%"), (">=", 90, "%"), "10",
                 note="抽样回访"),
         ]),
        ("社区矫正工作经费", "510107250000038", "成都市武侯区司法局", "95.50", "95.50", "0.00",
         "落实社区矫正监督管理和教育帮扶，降低再犯罪率。", [
             Ind("产出指标（50分）", "数量指标", "指标1：社区矫正对象教育活动场次", ("≥", "24", "场"), (">=", 24, "场"), "20",
                 note="集中教育和公益活动"),
             Ind("产出指标（50分）", "质量指标", "指标2：社区矫正对象再犯罪率", ("≤", "0.2", "%"), ("<=", 0.2, "%"), "15",
                 note="再犯罪人数/在册人数"),
             Ind("产出指标（50分）", "时效指标", "指标3：入矫报到衔接及时率", ("＝", "100", "%"), ("=", 100, "%"), "15",
                 note="按时报到人数/应报到人数"),
             Ind("成本指标（20分）", "经济成本指标", "指标4：社区矫正工作站运行成本", ("≤", "95.5", "万元"), ("<=", 95.5, "万元"), "20",
                 note="年度运行经费"),
             Ind("效益指标（20分）", "社会效益指标", "指标5：重新违法犯罪情况", ("定性", "明显减少", ""), Q, "20",
                 note="与上年比较"),
             Ind("满意度指标（10分）", "服务对象满意度指标", "指标6：社区居民满意度", ("≥", "85", "%"), (">=", 85, "%"), "10",
                 note="问卷调查"),
         ]),
    ]
    widths = [62, 62, 104, 40, 46, 46, 34, 100]
    for project, code, unit_name, year, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 1, "项目编码"), (6, 2, code))
        rows.add((0, 1, "主管部门"), (1, 4, dept), (5, 1, "实施单位"), (6, 2, unit_name))
        rows.add((0, 1, "项目属性"), (1, 4, "经常性项目"), (5, 1, "项目期限"), (6, 2, "2025年1月-2025年12月"))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目资金（万元）")
        for k, (label, value) in enumerate((("年度资金总额", year), ("其中：财政拨款", fiscal),
                                            ("上年结转", carried), ("其他资金", "0.00"))):
            rows.put(r + k, 1, 1, 3, label)
            rows.put(r + k, 4, 1, 4, value)
        rows.add((0, 1, "年度绩效目标"), (1, 7, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值",
                                                     "度量单位", "分值", "指标解释"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight), (7, 1, i.note)])
        rows.add((0, 1, "填报人"), (1, 2, "王丽"), (3, 2, "联系电话"), (5, 3, "028-85551234"))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标申报表",
                             editor=f"填报单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_glued_inline_targets(folder: Path, name: str) -> FileGold:
    dept = "武汉市江汉区民政局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    score_rule = "完成得满分，未完成按比例扣分"
    projects = [
        ("城乡低保对象价格临时补贴", "420103251000031", "2,350,000.00", "2,350,000.00", "0.00",
         "按时足额发放价格临时补贴，保障困难群众基本生活。", [
             Ind("产出指标", "数量指标", "补贴发放人次", ">=12000人次", (">=", 12000, "人次"), "20"),
             Ind("产出指标", "质量指标", "补贴发放准确率", "=100%", ("=", 100, "%"), "15"),
             Ind("产出指标", "时效指标", "补贴发放时限", "<=10天", ("<=", 10, "天"), "15"),
             Ind("成本指标", "经济成本指标", "人均补贴标准", "\u2039=200元", ("<=", 200, "元"), "20"),
             Ind("效益指标", "社会效益指标", "困难群众基本生活保障", "有效保障", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "补贴对象满意度", ">=90百分比", (">=", 90, "%"), "10"),
         ]),
        ("养老服务补贴", "420103251000047", "1,280,000.00", "1,280,000.00", "0.00",
         "为经济困难老年人提供居家养老服务补贴，提升养老服务质量。", [
             Ind("产出指标", "数量指标", "服务老年人数", ">=1500人", (">=", 1500, "人"), "20"),
             Ind("产出指标", "质量指标", "居家养老服务质量合格率", ">=95%", (">=", 95, "%"), "15"),
             Ind("产出指标", "时效指标", "补贴发放及时率", "=100%", ("=", 100, "%"), "15"),
             Ind("成本指标", "经济成本指标", "人均服务成本", "<=850元", ("<=", 850, "元"), "20"),
             Ind("效益指标", "社会效益指标", "老年人生活质量", "明显改善", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "老年人满意度", ">=95百分比", (">=", 95, "%"), "10"),
         ]),
        ("社会组织培育扶持", "420103251000052", "600,000.00", "500,000.00", "100,000.00",
         "培育扶持社区社会组织，提升社区服务能力。", [
             Ind("产出指标", "数量指标", "扶持社会组织数", ">=30个", (">=", 30, "个"), "15"),
             Ind("产出指标", "数量指标", "开展培训场次", ">=6场", (">=", 6, "场"), "10"),
             Ind("产出指标", "质量指标", "项目验收合格率", ">=90%", (">=", 90, "%"), "15"),
             Ind("成本指标", "经济成本指标", "单个项目扶持资金", "\u2039=2万元", ("<=", 2, "万元"), "20"),
             Ind("效益指标", "社会效益指标", "社区服务能力", "持续提升", Q, "30"),
             Ind("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=90百分比", (">=", 90, "%"), "10"),
         ]),
        ("殡葬服务设施运行维护", "420103251000066", "860,000.00", "860,000.00", "0.00",
         "保障公益性殡葬服务设施正常运行。", [
             Ind("产出指标", "数量指标", "维护设施数量", ">=4处", (">=", 4, "处"), "20"),
             Ind("产出指标", "质量指标", "设施完好率", ">=98%", (">=", 98, "%"), "15"),
             Ind("产出指标", "时效指标", "维修响应时间", "<=24小时", ("<=", 24, "小时"), "15"),
             Ind("成本指标", "经济成本指标", "年度运维成本", "\u2039=86万元", ("<=", 86, "万元"), "20"),
             Ind("效益指标", "社会效益指标", "群众治丧便利度", "有效提升", Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "群众满意度", ">=90百分比", (">=", 90, "%"), "10"),
         ]),
    ]
    rows = _Rows()
    for project, code, year, fiscal, carried, goal, inds in projects:
        rows.add((0, 1, "项目名称"), (1, 3, project), (4, 1, "项目代码"), (5, 1, code))
        rows.add((0, 1, "年度资金总额（元）"), (1, 1, year), (2, 1, "其中：财政拨款"), (3, 1, fiscal),
                 (4, 1, "上年结转"), (5, 1, carried))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "评（扣）分标准", "权重"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, score_rule), (5, 1, i.weight)])
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, year=year, fiscal=fiscal, carried=carried)
    doc.pages.grid(_spec(rows.cells, rows.n, [78, 82, 118, 92, 110, 48], title="2025年项目支出绩效目标表",
                         editor=f"部门名称：{dept}", unit_raw="单位：元"), fresh_page=True)
    return doc.save(folder)


def layout_level3_only_prose(folder: Path, name: str) -> FileGold:
    dept = "南京市鼓楼区卫生健康委员会"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标", dept, 2025)
    projects = [
        ("社区心理健康服务", "南京市鼓楼区精神卫生中心", "105.00", "35.00", "35.00", "0.00",
         "在辖区社区开展心理健康服务，提升居民心理健康水平。", [
             Ind(None, None, "服务对象生活改善度", "补贴对象生活改善度不低于80%", (">=", 80, "%"), note="问卷调查"),
             Ind(None, None, "团体心理治疗", "开展至少1次团体心理治疗", (">=", 1, "次"), note="工作计划"),
             Ind(None, None, "个体心理咨询辅导", "不低于50人次的个体心理咨询辅导", (">=", 50, "人次"), note="工作计划"),
             Ind(None, None, "服务对象满意率", "满意率100%", ("=", 100, "%"), note="满意度调查"),
             Ind(None, None, "心理健康宣传任务", "100%完成", ("=", 100, "%"), note="年度任务"),
             Ind(None, None, "心理危机干预响应时间", "≤3天", ("<=", 3, "天"), note="服务规范"),
             Ind(None, None, "重点人群心理筛查覆盖率", "≥95%", (">=", 95, "%"), note="上年完成情况"),
         ]),
        ("严重精神障碍患者管理", "南京市鼓楼区各社区卫生服务中心", "48.60", "48.60", "48.60", "0.00",
         "规范管理在册严重精神障碍患者，减少肇事肇祸。", [
             Ind(None, None, "患者规范管理率", "不低于80%", (">=", 80, "%"), note="国家基本公共卫生服务规范"),
             Ind(None, None, "患者随访", "每季度至少1次", (">=", 1, "次"), note="服务规范"),
             Ind(None, None, "监护补贴发放", "100%完成", ("=", 100, "%"), note="补贴政策"),
             Ind(None, None, "患者家属满意度", "满意度不低于85%", (">=", 85, "%"), note="满意度调查"),
             Ind(None, None, "肇事肇祸案件发生率", "≤1%", ("<=", 1, "%"), note="历史数据"),
             Ind(None, None, "应急处置响应时间", "≤2小时", ("<=", 2, "小时"), note="应急预案"),
         ]),
    ]
    for project, unit_name, total, year, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "主管部门"), (1, 1, dept), (2, 1, "实施单位"), (3, 1, unit_name))
        rows.add((0, 1, "项目总预算"), (1, 1, total), (2, 1, "项目当年预算"), (3, 1, year))
        rows.add((0, 1, "其中：财政拨款"), (1, 1, fiscal), (2, 1, "上年结转"), (3, 1, carried))
        rows.add((0, 1, "年度绩效目标"), (1, 3, goal))
        rows.add((0, 1, "三级指标"), (1, 1, "指标值"), (2, 1, "指标值确定依据"), (3, 1, "备注"))
        for ind in inds:
            rows.add((0, 1, ind.name), (1, 1, ind.raw), (2, 1, ind.note), (3, 1, ""))
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.pages.grid(_spec(rows.cells, rows.n, [120, 150, 120, 100], title=f"{project}项目绩效目标表",
                             editor=f"编制单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        doc.gold.project(project, "万元", total=total, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_dept_wide_tasks(folder: Path, name: str) -> FileGold:
    dept = "郑州市金水区市场监督管理局"
    doc = FormDoc(name, f"{dept}2025年部门整体支出绩效目标", dept, 2025)
    inds = [
        Ind("产出指标", "数量指标", "市场主体抽查户次", "≥1200户次", (">=", 1200, "户次")),
        Ind("产出指标", "数量指标", "食品安全抽检批次", "2500批次", ("=", 2500, "批次")),
        Ind("产出指标", "质量指标", "抽检问题处置率", "100%", ("=", 100, "%")),
        Ind("产出指标", "质量指标", "计量器具检定合格率", "≥98%", (">=", 98, "%")),
        Ind("产出指标", "时效指标", "投诉举报处理时限", "≤15个工作日", ("<=", 15, "个工作日")),
        Ind("产出指标", "成本指标", "部门运行成本控制率", "≤100%", ("<=", 100, "%")),
        Ind("效益指标", "经济效益指标", "新增市场主体数", "≥8000户", (">=", 8000, "户")),
        Ind("效益指标", "社会效益指标", "食品安全状况", "持续向好", Q),
        Ind("效益指标", "社会效益指标", "重大食品安全事故发生数", "0起", ("=", 0, "起")),
        Ind("效益指标", "可持续影响指标", "市场监管长效机制", "逐步完善", Q),
        Ind("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", (">=", 90, "%")),
        Ind("满意度指标", "服务对象满意度指标", "投诉举报人满意度", "≥85%", (">=", 85, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 5, dept))
    r = rows.n
    tasks = [("市场监管执法", "开展双随机抽查和专项整治", "820.00", "820.00"),
             ("食品药品安全", "食品安全抽检和风险监测", "1,150.00", "1,100.00"),
             ("质量计量监管", "计量器具检定和质量监督", "360.00", "360.00")]
    rows.put(r, 0, len(tasks) + 2, 1, "年度主要任务")
    rows.put(r, 1, 1, 1, "任务名称")
    rows.put(r, 2, 1, 2, "主要内容")
    rows.put(r, 4, 1, 1, "预算金额")
    rows.put(r, 5, 1, 1, "其中：财政拨款")
    for k, (task, content, amount, fiscal) in enumerate(tasks, 1):
        rows.put(r + k, 1, 1, 1, task)
        rows.put(r + k, 2, 1, 2, content)
        rows.put(r + k, 4, 1, 1, amount)
        rows.put(r + k, 5, 1, 1, fiscal)
    k = len(tasks) + 1
    rows.put(r + k, 1, 1, 3, "金额合计")
    rows.put(r + k, 4, 1, 1, "2,330.00")
    rows.put(r + k, 5, 1, 1, "2,280.00")
    rows.add((0, 1, "年度总体目标"), (1, 5, "强化市场监管执法，守牢食品药品安全底线，优化营商环境。"))
    rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 2, "三级指标"), (4, 1, "指标值"), (5, 1, "备注"))
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 2, i.name), (4, 1, i.raw), (5, 1, "")])
    doc.pages.grid(_spec(rows.cells, rows.n, [80, 90, 120, 60, 80, 80], title="2025年部门整体支出绩效目标表",
                         editor=f"部门名称：{dept}", unit_raw="单位：万元", kind="dept_performance_targets"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    return doc.save(folder)


def _standard_self_eval(doc: FormDoc, project: str, dept: str, unit_name: str, money: dict, goal: tuple[str, str],
                        inds: list[Ind], grade: str | None, title: str = "项目支出绩效自评表") -> None:
    """The 财政部 template: money columns (年初预算数 … 得分), goals, the scoring grid, 总分."""
    rows = _Rows()
    rows.add((0, 1, "项目名称"), (1, 8, project))
    rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 2, "实施单位"), (6, 3, unit_name))
    r = rows.n
    rows.put(r, 0, 4, 1, "项目资金（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    lines = (("年度资金总额", money["initial"], money["budget"], money["executed"], "10", money["rate"], money["rate_score"]),
             ("其中：当年财政拨款", money["initial"], money["budget"], money["executed"], "—", "—", "—"),
             ("上年结转资金", "", "", "", "—", "—", "—"))
    for k, line in enumerate(lines, 1):
        rows.put(r + k, 1, 1, 2, line[0])
        for j, v in enumerate(line[1:]):
            rows.put(r + k, 3 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, goal[0])
    rows.put(r + 1, 5, 1, 4, goal[1])
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施")):
        rows.put(r, 1 + k, 1, 1, head)
    rows.n = r + 1
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    total = float(money["rate_score"]) + sum(float(i.score) for i in inds)
    total_txt = f"{total:.2f}".rstrip("0").rstrip(".")
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, total_txt), (8, 1, ""))
    if grade:
        rows.add((0, 6, "自评等级"), (6, 3, grade))
    doc.pages.grid(_spec(rows.cells, rows.n, [44, 52, 60, 80, 58, 58, 40, 44, 92], title=title,
                         editor=f"（{doc.gold.fiscal_year}年度）", unit_raw="单位：万元",
                         kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(project, ind))
    doc.gold.self_evaluation(project, "万元", money["budget"], money["executed"], round(total, 2), grade)
    doc.gold.project(project, "万元", year=money["budget"], fiscal=money["budget"])


def layout_project_self_eval(folder: Path, name: str) -> FileGold:
    dept = "合肥市蜀山区应急管理局"
    doc = FormDoc(name, f"{dept}2024年度项目支出绩效自评表", dept, 2024)
    _standard_self_eval(
        doc, "安全生产监管执法", dept, "合肥市蜀山区应急管理综合执法大队",
        {"initial": "120.00", "budget": "118.00", "executed": "112.35", "rate": "95.21%", "rate_score": "9.52"},
        ("完成年度执法检查计划，隐患整改率不低于95%。", "检查企业856家，隐患整改率93%。"), [
            Ind("产出指标", "数量指标", "执法检查企业数", "≥800家", (">=", 800, "家"), "15", "856家", "15"),
            Ind("产出指标", "数量指标", "安全培训人次", "≥3000人次", (">=", 3000, "人次"), "10", "3250人次", "10"),
            Ind("产出指标", "质量指标", "隐患整改率", "≥95%", (">=", 95, "%"), "10", "93%", "8",
                "部分隐患整改周期较长，下年加强督办"),
            Ind("产出指标", "时效指标", "执法案件办结时限", "≤30天", ("<=", 30, "天"), "10", "28天", "10"),
            Ind("产出指标", "成本指标", "执法成本控制", "≤118万元", ("<=", 118, "万元"), "5", "112.35万元", "5"),
            Ind("效益指标", "社会效益指标", "生产安全事故起数", "同比下降", Q, "20", "下降12%", "18",
                "个别行业事故仍有发生"),
            Ind("效益指标", "可持续影响指标", "安全生产长效机制", "逐步完善", Q, "10", "已完善", "9"),
            Ind("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", (">=", 90, "%"), "10", "92%", "10"),
        ], "优")
    _standard_self_eval(
        doc, "应急物资储备", dept, "合肥市蜀山区应急物资保障中心",
        {"initial": "200.00", "budget": "260.00", "executed": "248.60", "rate": "95.62%", "rate_score": "9.56"},
        ("充实应急物资储备，保障突发事件应急处置需要。", "新增储备物资22类，完成演练3次。"), [
            Ind("产出指标", "数量指标", "储备物资品类", "≥20类", (">=", 20, "类"), "15", "22类", "15"),
            Ind("产出指标", "数量指标", "应急演练次数", "至少2次", (">=", 2, "次"), "10", "3次", "10"),
            Ind("产出指标", "质量指标", "物资完好率", "≥98%", (">=", 98, "%"), "15", "99%", "15"),
            Ind("产出指标", "时效指标", "物资调拨响应时间", "≤2小时", ("<=", 2, "小时"), "10", "1.5小时", "10"),
            Ind("效益指标", "社会效益指标", "突发事件应急保障能力", "有效提升", Q, "20", "有效提升", "20"),
            Ind("效益指标", "可持续影响指标", "物资储备管理制度", "健全", Q, "10", "健全", "10"),
            Ind("满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90%", (">=", 90, "%"), "10", "88%", "8",
                "物资发放宣传不足"),
        ], None)
    return doc.save(folder)


def layout_title_in_grid_landscape(folder: Path, name: str) -> FileGold:
    dept = "长沙市岳麓区文化旅游体育局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("全民健身活动经费", "430104250000123", "80.00", "80.00",
         "举办全民健身赛事活动，提高群众体育参与度。", [
             Ind("产出指标", "数量指标", "举办全民健身赛事活动", "≥30场", (">=", 30, "场")),
             Ind("产出指标", "数量指标", "参与群众人次", "≥5万人次", (">=", 5, "万人次")),
             Ind("产出指标", "质量指标", "赛事安全事故发生率", "0", ("=", 0, None)),
             Ind("产出指标", "时效指标", "活动按计划完成率", "100%", ("=", 100, "%")),
             Ind("效益指标", "社会效益指标", "经常参加体育锻炼人口比例", "≥42%", (">=", 42, "%")),
             Ind("效益指标", "可持续影响指标", "全民健身公共服务体系", "不断完善", Q),
             Ind("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("非物质文化遗产保护传承", "430104250000138", "45.00", "40.00",
         "开展非遗展演和传承人培训，推动非遗活态传承。", [
             Ind("产出指标", "数量指标", "非遗展演活动场次", "≥12场", (">=", 12, "场")),
             Ind("产出指标", "数量指标", "非遗传承人培训人次", "≥200人次", (">=", 200, "人次")),
             Ind("产出指标", "质量指标", "非遗项目保护档案完整率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "资金拨付及时率", "≥95%", (">=", 95, "%")),
             Ind("效益指标", "社会效益指标", "非遗保护传承社会影响力", "显著提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%", (">=", 90, "%")),
         ]),
    ]
    widths = [90, 110, 190, 110, 160, 110]
    for project, code, year, fiscal, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 6, f"{dept}2025年项目支出绩效目标表"))
        rows.add((0, 6, "单位：万元"))
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 2, code))
        rows.add((0, 1, "预算单位"), (1, 2, dept), (3, 1, "项目类型"), (4, 2, "专项业务类"))
        rows.add((0, 1, "项目年度预算"), (1, 2, year), (3, 1, "其中：财政拨款"), (4, 2, fiscal))
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值",
                                                     "指标值确定依据", "备注"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, "年度工作计划"), (5, 1, "")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, landscape=True), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=year, fiscal=fiscal)
    return doc.save(folder)


def layout_shared_page_columns(folder: Path, name: str) -> FileGold:
    dept = "南宁市青秀区人力资源和社会保障局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("就业创业服务补助", "60.00", "30.00", "28.00", "2.00", "落实就业创业扶持政策，促进城镇劳动者就业。", [
            Ind("产出指标", "数量指标", "组织招聘会场次", "不少于20场", (">=", 20, "场")),
            Ind("产出指标", "数量指标", "职业技能培训人次", "1500人次", ("=", 1500, "人次")),
            Ind("产出指标", "时效指标", "补贴审核办结时限", "≤3天", ("<=", 3, "天")),
            Ind("效益指标", "社会效益指标", "城镇登记失业率", "≤3.5%", ("<=", 3.5, "%")),
            Ind("满意度指标", "服务对象满意度指标", "求职者满意度", "定性 优良中低差", Q),
        ]),
        ("劳动保障监察执法", "25.00", "25.00", "25.00", "0.00", "开展劳动保障监察，维护劳动者合法权益。", [
            Ind("产出指标", "数量指标", "检查用人单位户数", "≥500户", (">=", 500, "户")),
            Ind("产出指标", "质量指标", "欠薪案件结案率", "≥95%", (">=", 95, "%")),
            Ind("产出指标", "时效指标", "举报投诉受理时限", "≤5个工作日", ("<=", 5, "个工作日")),
            Ind("效益指标", "社会效益指标", "重大欠薪群体性事件", "0起", ("=", 0, "起")),
            Ind("满意度指标", "服务对象满意度指标", "劳动者满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("人事考试组织经费", "40.00", "40.00", "36.00", "4.00", "安全规范组织各类人事考试。", [
            Ind("产出指标", "数量指标", "组织考试场次", "≥8场", (">=", 8, "场")),
            Ind("产出指标", "质量指标", "考试安全事故", "零发生", Q),
            Ind("产出指标", "时效指标", "成绩发布及时率", "100%", ("=", 100, "%")),
            Ind("满意度指标", "服务对象满意度指标", "考生满意度", "≥90%", (">=", 90, "%")),
        ]),
    ]
    for k, (project, total, year, fiscal, carried, goal, inds) in enumerate(projects):
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 3, project))
        rows.add((0, 1, "项目资金总额"), (1, 1, "年度资金总额"), (2, 1, "其中：财政拨款"), (3, 1, "上年结转"))
        rows.add((0, 1, total), (1, 1, year), (2, 1, fiscal), (3, 1, carried))
        rows.add((0, 1, "年度目标"), (1, 3, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw)])
        doc.pages.grid(_spec(rows.cells, rows.n, [100, 110, 160, 120], title=f"{project}项目绩效目标表",
                             editor=f"部门：{dept}", unit_raw="单位：万元"), fresh_page=(k == 0))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", total=total, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def _accounts_front(doc: FormDoc, dept: str, year: int, income: list[tuple[str, str]], spending: list[tuple[str, str]]) -> None:
    """The front of a 部门决算: contents, 部门概况, two budget tables, the 说明 heading the forms."""
    doc.pages.text_page("目  录", ["第一部分  部门概况", "第二部分  部门决算表", "第三部分  部门决算情况说明",
                                   "第四部分  绩效自评情况", "第五部分  名词解释"])
    doc.pages.text_page("第一部分  部门概况", [
        f"一、主要职能。{dept}贯彻落实党中央关于本领域工作的方针政策和决策部署，在履行职责过程中坚持和加强党的全面领导。",
        "二、机构设置。本部门决算包括部门本级及所属事业单位的决算。",
        f"三、{year}年度主要工作。围绕年度目标任务，统筹推进各项重点工作，全面完成年度预算确定的工作任务。",
    ])
    total_in = sum(Decimal(v.replace(",", "")) for _, v in income)
    total_out = sum(Decimal(v.replace(",", "")) for _, v in spending)
    n = max(len(income), len(spending))
    body = []
    for i in range(n):
        a = income[i] if i < len(income) else ("", "")
        b = spending[i] if i < len(spending) else ("", "")
        body.append(plain_row([a[0], a[1], b[0], b[1]]))
    body.append(plain_row(["本年收入合计", f"{total_in:,.2f}", "本年支出合计", f"{total_out:,.2f}"]))
    doc.pages.table(TableSpec("收入支出决算总表", "income_expenditure_summary", "单位：万元", "wan_yuan",
                              f"编制单位：{dept}", [170, 90, 170, 90],
                              [(0, 0, 1, 2, "收入"), (0, 2, 1, 2, "支出"), (1, 0, 1, 1, "项目"), (1, 1, 1, 1, "决算数"),
                               (1, 2, 1, 1, "项目"), (1, 3, 1, 1, "决算数")], 2, body, ["l", "r", "l", "r"]))
    doc.pages.text_page("第四部分  绩效自评情况", [
        f"根据预算绩效管理要求，本部门组织对{year}年度部门整体支出和项目支出开展绩效自评，"
        "自评结果如下表所示。",
    ])


def layout_final_accounts_dept_self_eval(folder: Path, name: str) -> FileGold:
    dept = "济南市历下区住房和城乡建设局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(dept, 24), (f"{year}年度部门决算", 24)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "3,101.45"), ("二、其他收入", "56.20")],
                    [("一、城乡社区支出", "2,880.15"), ("二、住房保障支出", "277.50")])
    inds = [
        Ind("产出指标", "数量指标", "老旧小区改造完成数", "≥35个", (">=", 35, "个"), "20", "36个", "20"),
        Ind("产出指标", "数量指标", "城镇燃气安全检查户次", "≥12万户次", (">=", 12, "万户次"), "10", "12.6万户次", "10"),
        Ind("产出指标", "质量指标", "工程质量验收合格率", "100%", ("=", 100, "%"), "15", "100%", "15"),
        Ind("产出指标", "时效指标", "改造项目按期开工率", "≥95%", (">=", 95, "%"), "10", "92%", "8",
            "部分项目前期手续办理滞后"),
        Ind("效益指标", "社会效益指标", "居民居住条件", "明显改善", Q, "15", "明显改善", "14"),
        Ind("效益指标", "生态效益指标", "建筑垃圾资源化利用率", "≥60%", (">=", 60, "%"), "10", "58%", "8.5",
            "再生产品应用渠道不足"),
        Ind("效益指标", "可持续影响指标", "物业管理长效机制", "逐步建立", Q, "10", "已建立", "10"),
        Ind("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", (">=", 90, "%"), "10", "93%", "10"),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 7, dept))
    rows.add((0, 1, "全年预算数（万元）"), (1, 2, "3,250.00"), (3, 1, "全年执行数（万元）"), (4, 2, "3,101.45"),
             (6, 1, "执行率"), (7, 1, "95.43%"))
    rows.add((0, 1, "年度总体目标"), (1, 7, "推进老旧小区改造和城镇燃气安全整治，改善群众居住条件。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                 "分值", "得分", "偏差原因及改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note)])
    rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, "95.5"), (7, 1, ""))
    rows.add((0, 5, "自评等级"), (5, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [60, 64, 92, 62, 62, 36, 40, 92], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", "3,250.00", "3,101.45", 95.5, "优")
    _standard_self_eval(
        doc, "城市道路桥梁维护", dept, "济南市历下区市政工程服务中心",
        {"initial": "500.00", "budget": "520.00", "executed": "508.30", "rate": "97.75%", "rate_score": "9.78"},
        ("完成辖区道路桥梁日常维护，设施完好率不低于95%。", "维护道路62公里、桥梁18座，设施完好率97%。"), [
            Ind("产出指标", "数量指标", "道路维护里程", "≥60公里", (">=", 60, "公里"), "20", "62公里", "20"),
            Ind("产出指标", "数量指标", "桥梁检测座数", "18座", ("=", 18, "座"), "10", "18座", "10"),
            Ind("产出指标", "质量指标", "道路设施完好率", "≥95%", (">=", 95, "%"), "20", "97%", "20"),
            Ind("产出指标", "时效指标", "道路坑槽修复时限", "≤48小时", ("<=", 48, "小时"), "10", "36小时", "10"),
            Ind("效益指标", "社会效益指标", "道路通行条件", "持续改善", Q, "20", "持续改善", "19"),
            Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", (">=", 90, "%"), "10", "91%", "10"),
        ], "优")
    return doc.save(folder)


# --------------------------------------------------------------------------- HELD-OUT layouts


def layout_direction_unit_value(folder: Path, name: str) -> FileGold:
    dept = "西安市雁塔区退役军人事务局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    rule = "达到目标值得满分，每低1%扣0.5分"
    projects = [
        ("退役军人就业创业培训", "610113250000045", "西安市雁塔区退役军人服务中心",
         "1,200,000.00", "560,000.00", "500,000.00", "60,000.00",
         "组织退役军人参加职业技能和创业培训，促进退役军人稳定就业。", [
             Ind("产出指标(40%)", "数量指标", "（1）培训退役军人人次", ("大于等于", "人次", "300"), (">=", 300, "人次"), "15",
                 note="参训人次"),
             Ind("产出指标(40%)", "质量指标", "（2）培训合格率", ("大于等于", "%", "90"), (">=", 90, "%"), "15",
                 note="结业合格人数/参训人数"),
             Ind("产出指标(40%)", "时效指标", "（3）培训计划完成时间", ("小于等于", "月", "11"), ("<=", 11, "月"), "10",
                 note="培训完成月份"),
             Ind("成本指标(20%)", "经济成本指标", "（4）人均培训成本", ("小于等于", "元", "1800"), ("<=", 1800, "元"), "20",
                 note="培训经费/参训人次"),
             Ind("效益指标(30%)", "社会效益指标", "（5）退役军人就业率", ("大于等于", "%", "85"), (">=", 85, "%"), "20",
                 note="就业人数/参训人数"),
             Ind("效益指标(30%)", "可持续影响指标", "（6）就业创业服务体系", ("定性", "", "逐步健全"), Q, "10",
                 note="服务体系建设情况"),
             Ind("满意度指标(10%)", "服务对象满意度指标", "（7）参训人员满意度", ("大于等于", "%", "90"), (">=", 90, "%"), "10",
                 note="问卷调查"),
         ]),
        ("优抚对象医疗保障", "610113250000052", "西安市雁塔区退役军人事务局",
         "2,300,000.00", "2,300,000.00", "2,300,000.00", "0.00",
         "落实优抚对象医疗保障政策，减轻优抚对象医疗负担。", [
             Ind("产出指标(40%)", "数量指标", "（1）享受医疗补助优抚对象人数", ("大于等于", "人", "1100"), (">=", 1100, "人"),
                 "15", note="享受补助人数"),
             Ind("产出指标(40%)", "质量指标", "（2）医疗补助资金发放准确率", ("等于", "%", "100"), ("=", 100, "%"), "15",
                 note="准确发放金额/发放总额"),
             Ind("产出指标(40%)", "时效指标", "（3）补助资金拨付时限", ("小于等于", "个工作日", "10"), ("<=", 10, "个工作日"),
                 "10", note="审核后拨付时间"),
             Ind("成本指标(20%)", "经济成本指标", "（4）人均医疗补助标准", ("小于等于", "元", "2000"), ("<=", 2000, "元"), "20",
                 note="补助总额/人数"),
             Ind("效益指标(30%)", "社会效益指标", "（5）优抚对象医疗负担", ("定性", "", "有效减轻"), Q, "30",
                 note="与上年比较"),
             Ind("满意度指标(10%)", "服务对象满意度指标", "（6）优抚对象满意度", ("大于等于", "%", "92"), (">=", 92, "%"), "10",
                 note="电话回访"),
         ]),
    ]
    widths = [50, 50, 82, 40, 40, 40, 34, 30, 64, 80]
    for project, code, unit_name, total, year, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 2, "项目名称"), (2, 4, project), (6, 2, "项目编码"), (8, 2, code))
        rows.add((0, 2, "主管部门"), (2, 4, dept), (6, 2, "实施单位"), (8, 2, unit_name))
        rows.add((0, 3, "项目资金总额"), (3, 2, total), (5, 3, "年度资金总额"), (8, 2, year))
        rows.add((0, 3, "其中：财政拨款"), (3, 2, fiscal), (5, 3, "上年结转"), (8, 2, carried))
        rows.add((0, 2, "年度绩效目标"), (2, 8, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标方向", "计量单位", "指标值",
                                                     "指标值类型", "权重", "指标解释", "评（扣）分标准"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, "定性" if i.exp == Q else "定量"),
                                                (7, 1, i.weight), (8, 1, i.note), (9, 1, rule)])
        rows.add((0, 2, "联系人"), (2, 4, "赵军"), (6, 2, "联系电话"), (8, 2, "029-88661234"))
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年度项目支出绩效目标表",
                             editor=f"预算单位：{dept}", unit_raw="单位：元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, total=total, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_gd_list_one_cell(folder: Path, name: str) -> FileGold:
    dept = "广州市白云区卫生健康局"
    doc = FormDoc(name, f"{dept}2025年部门预算", dept, 2025)
    projects = [
        ("基本公共卫生服务补助", "2,860.00", "为辖区常住居民免费提供基本公共卫生服务，提高居民健康水平。", [
            Ind("产出指标", "数量指标", "65岁以上老年人健康管理人数", "≥12万人", (">=", 12, "万人"), period="≥12万人"),
            Ind("产出指标", "质量指标", "高血压患者规范管理率", "≥65%", (">=", 65, "%")),
            Ind("产出指标", "时效指标", "补助资金拨付及时率", "100%", ("=", 100, "%")),
            Ind("效益指标", "社会效益指标", "居民健康素养水平", "≥33%", (">=", 33, "%"), period="≥35%"),
            Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("家庭医生签约服务", "420.00", "推进家庭医生签约服务，重点人群签约率稳步提高。", [
            Ind("产出指标", "数量指标", "签约服务人数", "≥30万人", (">=", 30, "万人")),
            Ind("产出指标", "质量指标", "重点人群签约率", "≥75%", (">=", 75, "%")),
            Ind("产出指标", "成本指标", "人均签约服务补助", "≤14元", ("<=", 14, "元")),
            Ind("效益指标", "社会效益指标", "基层首诊率", "逐步提高", Q),
            Ind("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("卫生监督执法", "156.50", "开展公共场所、医疗机构和学校卫生监督检查。", [
            Ind("产出指标", "数量指标", "监督检查单位户次", "≥6000户次", (">=", 6000, "户次")),
            Ind("产出指标", "质量指标", "案件办结率", "≥95%", (">=", 95, "%")),
            Ind("产出指标", "时效指标", "投诉举报处置时限", "≤10个工作日", ("<=", 10, "个工作日")),
            Ind("效益指标", "社会效益指标", "公共场所卫生状况", "持续改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "被监督单位满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("重大传染病防控", "380.00", "落实重大传染病监测和防控措施，防止疫情扩散。", [
            Ind("产出指标", "数量指标", "传染病监测哨点数", "≥25个", (">=", 25, "个")),
            Ind("产出指标", "质量指标", "法定传染病报告率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "疫情处置响应时间", "≤2小时", ("<=", 2, "小时")),
            Ind("效益指标", "社会效益指标", "重大传染病疫情", "有效控制", Q),
            Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("妇幼健康服务", "265.80", "提供孕产妇和儿童健康管理服务，降低孕产妇和婴儿死亡率。", [
            Ind("产出指标", "数量指标", "孕产妇系统管理人数", "≥1.5万人", (">=", 1.5, "万人")),
            Ind("产出指标", "质量指标", "孕产妇系统管理率", "≥90%", (">=", 90, "%"), period="≥90%"),
            Ind("产出指标", "质量指标", "3岁以下儿童系统管理率", "≥90%", (">=", 90, "%")),
            Ind("效益指标", "社会效益指标", "婴儿死亡率", "≤3‰", ("<=", 3, "‰")),
            Ind("满意度指标", "服务对象满意度指标", "孕产妇满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("医疗机构监管信息化", "98.00", "建设医疗机构在线监管平台，提升监管效率。", [
            Ind("产出指标", "数量指标", "接入监管平台医疗机构数", "≥300家", (">=", 300, "家")),
            Ind("产出指标", "质量指标", "平台数据准确率", "≥98%", (">=", 98, "%")),
            Ind("产出指标", "时效指标", "平台上线时间", "≤10月", ("<=", 10, "月")),
            Ind("产出指标", "成本指标", "平台年度运维费用", "≤30万元", ("<=", 30, "万元")),
            Ind("效益指标", "可持续影响指标", "医疗机构监管效能", "持续提升", Q),
            Ind("满意度指标", "服务对象满意度指标", "医疗机构满意度", "≥85%", (">=", 85, "%")),
        ]),
    ]
    rows = _Rows()
    rows.add((0, 1, "序号"), (1, 1, "项目名称"), (2, 1, "项目资金（万元）"), (3, 1, "年度绩效目标"), (4, 1, "绩效指标"))
    for k, (project, year, goal, inds) in enumerate(projects, 1):
        r0 = rows.n
        for ind in inds:
            rows.add((4, 1, _one_cell(ind)))
            doc.gold.indicators.append(_gold_ind(project, ind))
        for col, text in ((0, str(k)), (1, project), (2, year), (3, goal)):
            rows.put(r0, col, len(inds), 1, text)
        doc.gold.project(project, "万元", year=year)
    doc.pages.grid(_spec(rows.cells, rows.n, [30, 80, 60, 130, 215], title="2025年部门预算项目绩效目标表",
                         editor=f"单位名称：{dept}", unit_raw="单位：万元"), repeat=(0, 1), fresh_page=True)
    return doc.save(folder)


def layout_dept_wide_two_row_header(folder: Path, name: str) -> FileGold:
    dept = "杭州市西湖区农业农村局"
    doc = FormDoc(name, f"{dept}2025年部门整体支出绩效目标", dept, 2025)
    inds = [
        Ind("产出指标（50分）", "数量指标", "高标准农田建设面积", "≥1.2万亩", (">=", 1.2, "万亩"), "10"),
        Ind("产出指标（50分）", "数量指标", "农技培训人次", "至少2000人次", (">=", 2000, "人次"), "10"),
        Ind("产出指标（50分）", "质量指标", "农产品质量安全抽检合格率", "≥98%", (">=", 98, "%"), "10"),
        Ind("产出指标（50分）", "质量指标", "动物疫病免疫密度", "不低于90%", (">=", 90, "%"), "10"),
        Ind("产出指标（50分）", "时效指标", "惠农补贴发放时限", "≤30天", ("<=", 30, "天"), "10"),
        Ind("效益指标（30分）", "经济效益指标", "农村居民人均可支配收入增幅", "≥6%", (">=", 6, "%"), "10"),
        Ind("效益指标（30分）", "社会效益指标", "乡村治理水平", "明显提升", Q, "10"),
        Ind("效益指标（30分）", "生态效益指标", "化肥农药使用量", "持续减少", Q, "10"),
        Ind("满意度指标（20分）", "服务对象满意度指标", "农户满意度", "满意率不低于90%", (">=", 90, "%"), "10"),
        Ind("满意度指标（20分）", "服务对象满意度指标", "党员群众满意度", "不少于80%", (">=", 80, "%"), "10"),
    ]
    rows = _Rows()
    rows.add((0, 5, f"{dept}2025年部门整体支出绩效目标表"))
    rows.add((0, 5, "单位：万元"))
    rows.add((0, 1, "部门名称"), (1, 4, dept))
    rows.add((0, 1, "年度预算总额"), (1, 1, "5,600.00"), (2, 1, "其中：财政拨款"), (3, 2, "5,400.00"))
    rows.add((0, 1, "整体绩效目标"), (1, 4, "稳定粮食生产，提升农产品质量安全水平，促进农民持续增收。"))
    r = rows.n
    rows.put(r, 0, 1, 3, "绩效指标")
    rows.put(r, 3, 2, 1, "目标值")
    rows.put(r, 4, 2, 1, "分值")
    rows.put(r + 1, 0, 1, 1, "一级指标")
    rows.put(r + 1, 1, 1, 1, "二级指标")
    rows.put(r + 1, 2, 1, 1, "三级指标")
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.weight)])
    doc.pages.grid(_spec(rows.cells, rows.n, [90, 100, 170, 110, 50], kind="dept_performance_targets"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    return doc.save(folder)


def layout_self_eval_glued(folder: Path, name: str) -> FileGold:
    dept = "沈阳市和平区生态环境局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    projects = [
        ("大气污染防治专项", "沈阳市和平区环境监测站", "80.00", "76.20", "95.25%", "良",
         "完成空气自动监测站运维，空气质量优良天数比率78.6%。", [
             Ind("产出指标", "数量指标", "空气质量自动监测站点运维数", "≥6个", (">=", 6, "个"), "20", "6个", "20"),
             Ind("产出指标", "质量指标", "监测数据有效率", "≥90%", (">=", 90, "%"), "15", "95%", "15"),
             Ind("产出指标", "时效指标", "监测数据上报及时率", "100%", ("=", 100, "%"), "15", "100%", "15"),
             Ind("效益指标", "生态效益指标", "空气质量优良天数比率", "≥80%", (">=", 80, "%"), "20", "78.6%", "17",
                 "受不利气象条件影响"),
             Ind("效益指标", "可持续影响指标", "大气污染联防联控机制", "持续完善", Q, "15", "持续完善", "13"),
             Ind("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥85%", (">=", 85, "%"), "15", "83%", "8.5",
                 "扬尘投诉仍较多"),
         ]),
        ("土壤污染状况调查", "沈阳市和平区生态环境局", "45.00", "45.00", "100.00%", "优",
         "完成12块地块土壤污染状况调查。", [
             Ind("产出指标", "数量指标", "调查地块数", "≥12块", (">=", 12, "块"), "25", "12块", "25"),
             Ind("产出指标", "质量指标", "调查报告评审通过率", "100%", ("=", 100, "%"), "25", "100%", "25"),
             Ind("产出指标", "时效指标", "调查完成时限", "≤10个月", ("<=", 10, "个月"), "10", "10个月", "10"),
             Ind("效益指标", "生态效益指标", "受污染耕地安全利用率", "≥93%", (">=", 93, "%"), "20", "95%", "20"),
             Ind("满意度指标", "服务对象满意度指标", "土地使用权人满意度", "≥90%", (">=", 90, "%"), "20", "92%", "20"),
         ]),
        ("环境执法能力建设", "沈阳市和平区生态环境保护综合行政执法队", "120.00", "101.40", "84.50%", "优",
         "完成执法检查1620家次，购置执法装备26台套。", [
             Ind("产出指标", "数量指标", "执法检查企业家次", "≥1500家次", (">=", 1500, "家次"), "20", "1620家次", "20"),
             Ind("产出指标", "数量指标", "执法装备购置数", "≥30台套", (">=", 30, "台套"), "15", "26台套", "12",
                 "部分装备采购延期"),
             Ind("产出指标", "质量指标", "行政处罚案件合法率", "100%", ("=", 100, "%"), "20", "100%", "20"),
             Ind("产出指标", "时效指标", "信访件办结及时率", "≥95%", (">=", 95, "%"), "15", "97%", "15"),
             Ind("效益指标", "社会效益指标", "环境违法行为", "有效遏制", Q, "15", "有效遏制", "13"),
             Ind("满意度指标", "服务对象满意度指标", "投诉人满意度", "≥85%", (">=", 85, "%"), "15", "86%", "15"),
         ]),
    ]
    rows = _Rows()
    for project, unit_name, budget, executed, rate, grade, done, inds in projects:
        score = sum(float(i.score) for i in inds)
        rows.add((0, 1, "项目名称"), (1, 7, project))
        rows.add((0, 1, "主管部门"), (1, 3, dept), (4, 1, "实施单位"), (5, 3, unit_name))
        rows.add((0, 1, "全年预算数（万元）"), (1, 2, budget), (3, 1, "全年执行数（万元）"), (4, 1, executed),
                 (5, 2, "预算执行率"), (7, 1, rate))
        rows.add((0, 1, "年度目标完成情况"), (1, 7, done))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值",
                                                     "分值", "得分", "未完成原因和改进措施"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 1, i.note)])
        rows.add((0, 1, "自评得分"), (1, 2, f"{score:g}"), (3, 1, "自评等级"), (4, 4, grade))
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, score, grade)
        doc.gold.project(project, "万元", year=budget)
    doc.pages.grid(_spec(rows.cells, rows.n, [72, 66, 104, 66, 66, 34, 34, 90], title="项目支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    return doc.save(folder)


def layout_turned_pages(folder: Path, name: str) -> FileGold:
    dept = "昆明市五华区水务局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("河道保洁及水环境治理", "530102250000071", "昆明市五华区河道管理所", "380.00", "350.00", "30.00", "0.00",
         "做好辖区河道日常保洁，持续改善河道水环境质量。", [
             Ind("产出指标", "数量指标", "（1）河道保洁长度", ("≥", "85", "公里"), (">=", 85, "公里"), "20"),
             Ind("产出指标", "质量指标", "（2）河道水质达标率", ("≥", "90", "%"), (">=", 90, "%"), "15"),
             Ind("产出指标", "时效指标", "（3）漂浮物清理时限", ("≤", "24", "小时"), ("<=", 24, "小时"), "10"),
             Ind("成本指标", "经济成本指标", "（4）每公里保洁成本", ("≤", "4.5", "万元"), ("<=", 4.5, "万元"), "15"),
             Ind("效益指标", "生态效益指标", "（5）河道水环境质量", ("定性", "优良中低差", ""), Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "（6）沿河居民满意度", ("≥", "90", "%"), (">=", 90, "%"), "20"),
         ]),
        ("农村饮水安全工程维修养护", "530102250000085", "昆明市五华区水务局", "150.00", "150.00", "0.00", "0.00",
         "维修养护农村供水工程，保障农村群众饮水安全。", [
             Ind("产出指标", "数量指标", "（1）维修养护供水工程处数", ("≥", "40", "处"), (">=", 40, "处"), "20"),
             Ind("产出指标", "质量指标", "（2）农村自来水普及率", ("≥", "98", "%"), (">=", 98, "%"), "15"),
             Ind("产出指标", "时效指标", "（3）供水故障修复时间", ("≤", "48", "小时"), ("<=", 48, "小时"), "10"),
             Ind("成本指标", "经济成本指标", "（4）单处维修养护成本", ("≤", "3.75", "万元"), ("<=", 3.75, "万元"), "15"),
             Ind("效益指标", "社会效益指标", "（5）农村饮水安全保障水平", ("定性", "稳步提升", ""), Q, "20"),
             Ind("满意度指标", "服务对象满意度指标", "（6）受益群众满意度", ("＝", "95", "%"), ("=", 95, "%"), "20"),
         ]),
    ]
    widths = [62, 74, 130, 50, 54, 50, 44, 140, 140]
    for project, code, unit_name, year, fiscal, carried, other, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 4, project), (5, 1, "项目编码"), (6, 3, code))
        rows.add((0, 1, "主管部门"), (1, 4, dept), (5, 1, "实施单位"), (6, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 2, 1, "项目资金（万元）")
        for col, cs, head, value in ((1, 2, "年度资金总额", year), (3, 2, "其中：财政拨款", fiscal),
                                     (5, 2, "上年结转", carried), (7, 2, "其他资金", other)):
            rows.put(r, col, 1, cs, head)
            rows.put(r + 1, col, 1, cs, value)
        rows.add((0, 1, "年度绩效目标"), (1, 8, goal))
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
                                                     "权重(%)", "指标解释", "评（扣）分标准"))])
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.target[0]), (4, 1, i.target[1]),
                                                (5, 1, i.target[2]), (6, 1, i.weight), (7, 1, "按年度工作计划确定"),
                                                (8, 1, "完成目标得满分，未完成按比例扣分")])
        doc.pages.grid(_spec(rows.cells, rows.n, widths, title="2025年项目支出绩效目标表", editor=f"单位名称：{dept}",
                             unit_raw="单位：万元", landscape=True), fresh_page=True, turned=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_final_accounts_level3_self_eval(folder: Path, name: str) -> FileGold:
    dept = "福州市鼓楼区商务局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门决算", dept, year, cover=[(f"{dept}{year}年度部门决算", 22)])
    _accounts_front(doc, dept, year, [("一、一般公共预算财政拨款收入", "1,860.40")],
                    [("一、商业服务业等支出", "1,520.10"), ("二、一般公共服务支出", "340.30")])
    projects = [
        ("电子商务发展扶持", "福州市鼓楼区商务局", "200.00", "200.00", "195.00", "97.50%", [
            Ind(None, None, "扶持电商企业数", "不少于15家", (">=", 15, "家"), "20", "18家", "20"),
            Ind(None, None, "开展电商培训", "至少3期", (">=", 3, "期"), "15", "4期", "15"),
            Ind(None, None, "网络零售额增长率", "≥10%", (">=", 10, "%"), "20", "8.6%", "16", "消费需求恢复不及预期"),
            Ind(None, None, "资金拨付及时率", "100%", ("=", 100, "%"), "15", "100%", "15"),
            Ind(None, None, "扶持企业满意度", "满意度不低于90%", (">=", 90, "%"), "15", "93%", "15"),
            Ind(None, None, "项目验收合格率", "≥95%", (">=", 95, "%"), "15", "100%", "15"),
        ]),
        ("消费促进活动", "福州市鼓楼区商务局", "150.00", "180.00", "172.80", "96.00%", [
            Ind(None, None, "举办促消费活动场次", "≥10场", (">=", 10, "场"), "20", "12场", "20"),
            Ind(None, None, "发放消费券金额", "≤100万元", ("<=", 100, "万元"), "20", "98万元", "20"),
            Ind(None, None, "带动消费金额", "≥3000万元", (">=", 3000, "万元"), "20", "3350万元", "20"),
            Ind(None, None, "活动组织按时完成率", "100%完成", ("=", 100, "%"), "10", "100%", "10"),
            Ind(None, None, "参与商户满意度", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
            Ind(None, None, "消费者投诉处理时限", "≤3天", ("<=", 3, "天"), "15", "2天", "15"),
        ]),
        ("商贸流通企业安全生产检查", "福州市鼓楼区商务综合服务中心", "30.00", "30.00", "27.60", "92.00%", [
            Ind(None, None, "检查企业家次", "≥300家次", (">=", 300, "家次"), "30", "326家次", "30"),
            Ind(None, None, "隐患整改率", "≥95%", (">=", 95, "%"), "30", "96%", "30"),
            Ind(None, None, "安全生产事故", "0起", ("=", 0, "起"), "20", "0起", "20"),
            Ind(None, None, "企业满意度", "≥85%", (">=", 85, "%"), "20", "80%", "15", "检查频次较高"),
        ]),
    ]
    for project, unit_name, initial, budget, executed, rate, inds in projects:
        score = sum(float(i.score) for i in inds)
        grade = "优" if score >= 90 else "良"
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 2, dept), (3, 1, "实施单位"), (4, 2, unit_name))
        rows.add((0, 1, "年初预算数"), (1, 1, initial), (2, 1, "全年预算数"), (3, 1, budget), (4, 1, "全年执行数"),
                 (5, 1, executed))
        rows.add((0, 1, "预算执行率"), (1, 5, rate))
        rows.add((0, 1, "年度总体目标完成情况"), (1, 5, "按计划完成年度工作任务，资金使用规范。"))
        rows.add(*[(k, 1, t) for k, t in enumerate(("绩效指标", "年度指标值", "实际完成值", "分值", "得分",
                                                     "偏差原因及改进措施"))])
        for ind in inds:
            rows.add((0, 1, ind.name), (1, 1, ind.raw), (2, 1, ind.actual), (3, 1, ind.weight), (4, 1, ind.score),
                     (5, 1, ind.note))
            doc.gold.indicators.append(_gold_ind(project, ind))
        rows.add((0, 3, "总分"), (3, 1, "100"), (4, 1, f"{score:g}"), (5, 1, ""))
        rows.add((0, 6, f"自评等级：{grade}"))
        doc.pages.grid(_spec(rows.cells, rows.n, [120, 90, 90, 46, 46, 120], title="项目支出绩效自评表",
                             editor=f"填报单位：{dept}", unit_raw="单位：万元", kind="performance_self_evaluation"),
                       fresh_page=True)
        doc.gold.self_evaluation(project, "万元", budget, executed, score, grade)
        doc.gold.project(project, "万元", year=budget)
    return doc.save(folder)


def layout_cross_page_repeated_header(folder: Path, name: str) -> FileGold:
    dept = "石家庄市长安区交通运输局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    road = [
        Ind("产出指标", "数量指标", "农村公路日常养护里程", "≥420公里", (">=", 420, "公里")),
        Ind("产出指标", "数量指标", "路面病害处治面积", "≥3.5万平方米", (">=", 3.5, "万平方米")),
        Ind("产出指标", "数量指标", "危桥改造座数", "3座", ("=", 3, "座")),
        Ind("产出指标", "数量指标", "安全生命防护工程里程", "≥25公里", (">=", 25, "公里")),
        Ind("产出指标", "数量指标", "路域环境整治次数", "≥12次", (">=", 12, "次")),
        Ind("产出指标", "数量指标", "养护技术培训人次", "≥150人次", (">=", 150, "人次")),
        Ind("产出指标", "质量指标", "农村公路优良路率", "≥75%", (">=", 75, "%")),
        Ind("产出指标", "质量指标", "工程交工验收合格率", "100%", ("=", 100, "%")),
        Ind("产出指标", "质量指标", "列养率", "100%", ("=", 100, "%")),
        Ind("产出指标", "质量指标", "桥梁技术状况评定三类以上比例", "≥90%", (">=", 90, "%")),
        Ind("产出指标", "时效指标", "路面病害处治时限", "≤7天", ("<=", 7, "天")),
        Ind("产出指标", "时效指标", "汛期水毁抢通时间", "≤24小时", ("<=", 24, "小时")),
        Ind("产出指标", "时效指标", "工程完工时间", "≤11月", ("<=", 11, "月")),
        Ind("产出指标", "成本指标", "每公里日常养护成本", "≤1.2万元", ("<=", 1.2, "万元")),
        Ind("产出指标", "成本指标", "危桥改造单座成本", "≤150万元", ("<=", 150, "万元")),
        Ind("效益指标", "经济效益指标", "农村物流运输成本", "有所降低", Q),
        Ind("效益指标", "社会效益指标", "群众出行条件", "明显改善", Q),
        Ind("效益指标", "社会效益指标", "农村公路交通事故起数", "同比下降", Q),
        Ind("效益指标", "生态效益指标", "公路绿化率", "≥85%", (">=", 85, "%")),
        Ind("效益指标", "可持续影响指标", "农村公路管养长效机制", "持续健全", Q),
        Ind("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", (">=", 90, "%")),
        Ind("满意度指标", "服务对象满意度指标", "客运企业满意度", "≥85%", (">=", 85, "%")),
    ]
    bus = [
        Ind("产出指标", "数量指标", "公交运营线路条数", "≥48条", (">=", 48, "条")),
        Ind("产出指标", "数量指标", "公交车辆数", "≥620辆", (">=", 620, "辆")),
        Ind("产出指标", "数量指标", "年运营里程", "≥3200万公里", (">=", 3200, "万公里")),
        Ind("产出指标", "数量指标", "新能源公交车占比", "100%", ("=", 100, "%")),
        Ind("产出指标", "质量指标", "公交准点率", "≥92%", (">=", 92, "%")),
        Ind("产出指标", "质量指标", "车辆完好率", "≥95%", (">=", 95, "%")),
        Ind("产出指标", "质量指标", "责任事故死亡率", "0", ("=", 0, None)),
        Ind("产出指标", "时效指标", "补贴资金拨付时间", "≤30天", ("<=", 30, "天")),
        Ind("产出指标", "时效指标", "首末班车准点发车率", "≥98%", (">=", 98, "%")),
        Ind("产出指标", "成本指标", "每车公里补贴标准", "≤2.8元", ("<=", 2.8, "元")),
        Ind("效益指标", "经济效益指标", "公交出行分担率", "≥35%", (">=", 35, "%")),
        Ind("效益指标", "社会效益指标", "公交站点500米覆盖率", "≥95%", (">=", 95, "%")),
        Ind("效益指标", "社会效益指标", "低票价惠民政策", "全面落实", Q),
        Ind("效益指标", "生态效益指标", "公交碳排放强度", "逐年下降", Q),
        Ind("效益指标", "可持续影响指标", "公交优先发展机制", "不断完善", Q),
        Ind("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", (">=", 90, "%")),
        Ind("满意度指标", "服务对象满意度指标", "公交企业满意度", "≥85%", (">=", 85, "%")),
        Ind("满意度指标", "服务对象满意度指标", "乘客投诉处理满意率", "≥95%", (">=", 95, "%")),
    ]
    projects = [
        ("农村公路养护工程", "130102250000011", "4,800.00", "1,320.50", "1,200.00", "120.50",
         "完成农村公路日常养护和危桥改造，提升农村公路通行能力和安全水平，保障群众安全便捷出行。", road),
        ("城市公交运营补贴", "130102250000026", "9,600.00", "3,200.00", "3,200.00", "0.00",
         "落实城市公交低票价补贴政策，保障公交企业正常运营，提升公共交通服务水平。", bus),
    ]
    for project, code, total, year, fiscal, carried, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编码"), (4, 1, code))
        rows.add((0, 1, "主管部门"), (1, 4, dept))
        rows.add((0, 1, "项目总投资（万元）"), (1, 2, total), (3, 1, "上年结转资金（万元）"), (4, 1, carried))
        rows.add((0, 1, "年度预算资金（万元）"), (1, 2, year), (3, 1, "其中：财政资金（万元）"), (4, 1, fiscal))
        rows.add((0, 1, "年度绩效目标"), (1, 4, goal))
        header = rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 1, "指标值"),
                          (4, 1, "指标值确定依据"))
        bases = ("依据《农村公路养护管理办法》及上年完成情况确定", "依据年度工作计划和交通运输行业标准确定",
                 "依据省市考核要求及近三年历史数据确定")
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, bases[len(i.name) % 3])])
        doc.pages.grid(_spec(rows.cells, rows.n, [80, 100, 170, 90, 110], title="2025年项目支出绩效目标表",
                             editor=f"编制单位：{dept}"), repeat=(header, 1), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, total=total, year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_dept_self_eval(folder: Path, name: str) -> FileGold:
    dept = "贵阳市云岩区体育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门整体支出绩效自评表", dept, year)
    inds = [
        Ind("产出指标", "数量指标", "举办全民健身赛事", "≥50场", (">=", 50, "场"), "15", "56场", "15"),
        Ind("产出指标", "数量指标", "新建社区健身设施", "≥20处", (">=", 20, "处"), "10", "22处", "10"),
        Ind("产出指标", "质量指标", "健身设施验收合格率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "时效指标", "赛事活动按期举办率", "≥95%", (">=", 95, "%"), "10", "96%", "10"),
        Ind("效益指标", "社会效益指标", "人均体育场地面积", "≥2.6平方米", (">=", 2.6, "平方米"), "15", "2.65平方米", "15"),
        Ind("效益指标", "可持续影响指标", "全民健身服务体系", "不断完善", Q, "10", "不断完善", "9"),
        Ind("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", (">=", 90, "%"), "20", "86%", "15",
            "部分设施维护不及时，下年加强巡检"),
    ]
    money = ("2,150.00", "2,380.00", "2,296.70", "96.50%", "9.65")
    total = 9.65 + sum(float(i.score) for i in inds)
    rows = _Rows()
    rows.add((0, 1, "部门（单位）名称"), (1, 8, dept))
    r = rows.n
    rows.put(r, 0, 3, 1, "年度预算执行情况（万元）")
    rows.put(r, 1, 1, 2, "")
    for k, head in enumerate(("年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分")):
        rows.put(r, 3 + k, 1, 1, head)
    for k, (label, values) in enumerate((("年度资金总额", (*money[:3], "10", *money[3:])),
                                         ("其中：财政拨款", (*money[:3], "—", "—", "—"))), 1):
        rows.put(r + k, 1, 1, 2, label)
        for j, v in enumerate(values):
            rows.put(r + k, 3 + j, 1, 1, v)
    r = rows.n
    rows.put(r, 0, 2, 1, "年度总体目标")
    rows.put(r, 1, 1, 4, "预期目标")
    rows.put(r, 5, 1, 4, "实际完成情况")
    rows.put(r + 1, 1, 1, 4, "完善全民健身设施网络，举办群众性体育赛事，提高群众健身参与率。")
    rows.put(r + 1, 5, 1, 4, "举办赛事56场，新建健身设施22处。")
    r = rows.n
    rows.put(r, 0, len(inds) + 1, 1, "绩效指标")
    for k, head in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                              "偏差原因分析及改进措施")):
        rows.put(r, 1 + k, 1, 1, head)
    rows.n = r + 1
    _grid_rows(rows, inds, 1, 2, lambda i: [(3, 1, i.name), (4, 1, i.raw), (5, 1, i.actual), (6, 1, i.weight),
                                            (7, 1, i.score), (8, 1, i.note)])
    rows.add((0, 6, "总分"), (6, 1, "100"), (7, 1, f"{total:.2f}"), (8, 1, ""))
    rows.add((0, 6, "综合评价等级"), (6, 3, "优"))
    doc.pages.grid(_spec(rows.cells, rows.n, [44, 52, 60, 84, 58, 58, 40, 44, 92], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", kind="performance_self_evaluation"),
                   fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", money[1], money[2], round(total, 2), "优")
    return doc.save(folder)


def layout_glued_title_rows(folder: Path, name: str) -> FileGold:
    dept = "太原市小店区自然资源局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标", dept, 2025)
    projects = [
        ("不动产登记信息化建设", "140105250000008", "300.00", "120.00", "120.00", "0.00",
         "升级不动产登记业务系统，压缩登记办理时限。", [
             Ind("产出指标", "数量指标", "登记业务系统升级模块", "至少5个", (">=", 5, "个")),
             Ind("产出指标", "质量指标", "系统运行稳定率", "不低于99%", (">=", 99, "%")),
             Ind("产出指标", "时效指标", "一般登记办理时限", "≤3个工作日", ("<=", 3, "个工作日")),
             Ind("效益指标", "社会效益指标", "群众办事便利度", "显著提升", Q),
             Ind("满意度指标", "服务对象满意度指标", "办事群众满意度", "满意率100%", ("=", 100, "%")),
         ]),
        ("地质灾害防治", "140105250000013", "85.00", "85.00", "80.00", "5.00",
         "做好地质灾害隐患点巡查监测，防范地质灾害造成人员伤亡。", [
             Ind("产出指标", "数量指标", "地质灾害隐患点巡查", "每月至少1次", (">=", 1, "次")),
             Ind("产出指标", "数量指标", "群测群防员培训人次", "不少于150人次", (">=", 150, "人次")),
             Ind("产出指标", "质量指标", "隐患点监测覆盖率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "险情处置响应时间", "≤2小时", ("<=", 2, "小时")),
             Ind("效益指标", "社会效益指标", "地质灾害造成人员伤亡", "0人", ("=", 0, "人")),
             Ind("满意度指标", "服务对象满意度指标", "受威胁群众满意度", "≥90%", (">=", 90, "%")),
         ]),
        ("耕地保护补偿", "140105250000027", "460.00", "460.00", "460.00", "0.00",
         "落实耕地保护补偿政策，调动农户保护耕地积极性。", [
             Ind("产出指标", "数量指标", "补偿耕地面积", "≥2.3万亩", (">=", 2.3, "万亩")),
             Ind("产出指标", "质量指标", "补偿资金发放准确率", "100%", ("=", 100, "%")),
             Ind("产出指标", "时效指标", "补偿资金拨付时间", "≤30天", ("<=", 30, "天")),
             Ind("效益指标", "可持续影响指标", "耕地保有量", "不低于上级下达任务", Q),
             Ind("满意度指标", "服务对象满意度指标", "农户满意度", "不低于90%", (">=", 90, "%")),
         ]),
    ]
    rows = _Rows()
    for project, code, total, year, fiscal, other, goal, inds in projects:
        rows.add((0, 5, f"{project}项目支出绩效目标表"))
        rows.add((0, 1, "项目名称"), (1, 2, project), (3, 1, "项目编号"), (4, 1, code))
        rows.add((0, 1, "预算单位"), (1, 4, dept))
        rows.add((0, 1, "项目总金额（万元）"), (1, 1, "年度预算（万元）"), (2, 1, "其中：财政拨款"), (3, 2, "其他资金"))
        rows.add((0, 1, total), (1, 1, year), (2, 1, fiscal), (3, 2, other))
        rows.add((0, 1, "年度目标"), (1, 4, goal))
        rows.add((0, 1, "一级指标"), (1, 1, "二级指标"), (2, 1, "三级指标"), (3, 2, "指标值"))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 2, i.raw)])
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", code=code, total=total, year=year, fiscal=fiscal)
    doc.pages.grid(_spec(rows.cells, rows.n, [96, 100, 150, 80, 74]), fresh_page=True)
    return doc.save(folder)


# --------------------------------------------------------------------------- FRESH layouts
# Written after the reader was fixed on DEV and HELD-OUT, and measured once, as they were.


def layout_list_grid_split_over_pages(folder: Path, name: str) -> FileGold:
    dept = "重庆市渝中区城市管理局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标表", dept, 2025)
    projects = [
        ("500103250000101", "城市道路清扫保洁", "18,600,000.00", [
            Ind("产出指标", "数量指标", "道路清扫保洁面积", "≥620万平方米", (">=", 620, "万平方米")),
            Ind("产出指标", "数量指标", "机械化清扫作业车辆", "≥85辆", (">=", 85, "辆")),
            Ind("产出指标", "质量指标", "道路机扫率", "≥90%", (">=", 90, "%")),
            Ind("产出指标", "质量指标", "保洁质量考核达标率", "不低于95%", (">=", 95, "%")),
            Ind("产出指标", "时效指标", "垃圾清运及时率", "100%", ("=", 100, "%")),
            Ind("产出指标", "成本指标", "每平方米保洁成本", "≤3元", ("<=", 3, "元")),
            Ind("效益指标", "社会效益指标", "市容环境", "明显改善", Q),
            Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("500103250000115", "生活垃圾分类推进", "5,200,000.00", [
            Ind("产出指标", "数量指标", "新增分类投放点", "≥120个", (">=", 120, "个")),
            Ind("产出指标", "数量指标", "开展分类宣传活动", "至少24场", (">=", 24, "场")),
            Ind("产出指标", "质量指标", "居民小区分类覆盖率", "≥95%", (">=", 95, "%")),
            Ind("产出指标", "时效指标", "投放点建成时间", "≤9月", ("<=", 9, "月")),
            Ind("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥38%", (">=", 38, "%")),
            Ind("效益指标", "可持续影响指标", "垃圾分类长效机制", "基本建立", Q),
            Ind("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("500103250000122", "城市照明设施维护", "7,450,000.00", [
            Ind("产出指标", "数量指标", "维护路灯数量", "≥2.6万盏", (">=", 2.6, "万盏")),
            Ind("产出指标", "质量指标", "路灯亮灯率", "≥98%", (">=", 98, "%")),
            Ind("产出指标", "时效指标", "故障路灯修复时间", "≤24小时", ("<=", 24, "小时")),
            Ind("产出指标", "成本指标", "单灯年度维护成本", "≤280元", ("<=", 280, "元")),
            Ind("效益指标", "社会效益指标", "夜间出行安全", "有效保障", Q),
            Ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", (">=", 90, "%")),
        ]),
        ("500103250000139", "户外广告招牌整治", "1,380,000.00", [
            Ind("产出指标", "数量指标", "整治违规户外广告", "≥800处", (">=", 800, "处")),
            Ind("产出指标", "数量指标", "安全隐患排查次数", "每季度至少1次", (">=", 1, "次")),
            Ind("产出指标", "质量指标", "隐患招牌整改率", "100%", ("=", 100, "%")),
            Ind("产出指标", "时效指标", "投诉处置时限", "≤5个工作日", ("<=", 5, "个工作日")),
            Ind("效益指标", "社会效益指标", "户外广告安全事故", "0起", ("=", 0, "起")),
            Ind("满意度指标", "服务对象满意度指标", "商户满意度", "≥85%", (">=", 85, "%")),
        ]),
        ("500103250000146", "数字化城管平台运行", "2,960,000.00", [
            Ind("产出指标", "数量指标", "受理城市管理问题", "≥15万件", (">=", 15, "万件")),
            Ind("产出指标", "质量指标", "问题结案率", "≥95%", (">=", 95, "%")),
            Ind("产出指标", "时效指标", "问题按期处置率", "≥90%", (">=", 90, "%")),
            Ind("产出指标", "成本指标", "平台运维费用", "≤296万元", ("<=", 296, "万元")),
            Ind("效益指标", "社会效益指标", "城市精细化管理水平", "持续提升", Q),
            Ind("满意度指标", "服务对象满意度指标", "投诉市民满意度", "≥80%", (">=", 80, "%")),
        ]),
    ]
    rows = _Rows()
    header = rows.add(*[(k, 1, t) for k, t in enumerate(("项目代码", "项目名称", "项目资金（元）", "一级指标",
                                                           "二级指标", "三级指标", "指标值"))])
    for code, project, amount, inds in projects:
        r0 = rows.n
        _grid_rows(rows, inds, 3, 4, lambda i: [(5, 1, i.name), (6, 1, i.raw)])
        for col, text in ((0, code), (1, project), (2, amount)):
            rows.put(r0, col, len(inds), 1, text)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "元", code=code, year=amount)
    doc.pages.grid(_spec(rows.cells, rows.n, [62, 70, 76, 58, 64, 110, 74], title="2025年项目支出绩效目标表",
                         editor=f"部门：{dept}", unit_raw="单位：元"), repeat=(header, 1), fresh_page=True)
    return doc.save(folder)


def layout_dept_wide_one_cell(folder: Path, name: str) -> FileGold:
    dept = "深圳市龙岗区水务局"
    doc = FormDoc(name, f"{dept}2025年部门整体支出绩效目标表", dept, 2025)
    inds = [
        Ind("产出指标", "数量指标", "河道管养长度", "≥390公里", (">=", 390, "公里"), period="≥390公里"),
        Ind("产出指标", "数量指标", "排水管网巡查长度", "≥2800公里", (">=", 2800, "公里")),
        Ind("产出指标", "质量指标", "城市污水集中收集率", "≥85%", (">=", 85, "%"), period="≥90%"),
        Ind("产出指标", "时效指标", "内涝点处置响应时间", "≤30分钟", ("<=", 30, "分钟")),
        Ind("产出指标", "成本指标", "部门运行成本控制率", "≤100%", ("<=", 100, "%")),
        Ind("效益指标", "生态效益指标", "国考省考断面水质达标率", "100%", ("=", 100, "%")),
        Ind("效益指标", "社会效益指标", "城市防洪排涝能力", "显著提升", Q),
        Ind("效益指标", "可持续影响指标", "河长制工作机制", "持续完善", Q),
        Ind("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", (">=", 90, "%")),
    ]
    rows = _Rows()
    rows.add((0, 1, "部门名称"), (1, 3, dept))
    rows.add((0, 1, "部门预算总额"), (1, 1, "86,520.00"), (2, 1, "其中：财政拨款"), (3, 1, "85,900.00"))
    rows.add((0, 1, "部门整体绩效目标"), (1, 3, "推进治水提质，保障城市水安全，持续改善水环境质量。"))
    rows.add((0, 4, "绩效指标"))
    for ind in inds:
        rows.add((0, 4, _one_cell(ind)))
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.pages.grid(_spec(rows.cells, rows.n, [100, 140, 100, 150], title="2025年部门整体支出绩效目标表",
                         editor=f"单位名称：{dept}", unit_raw="单位：万元", kind="dept_performance_targets"),
                   fresh_page=True)
    return doc.save(folder)


def layout_dept_self_eval_heads_only(folder: Path, name: str) -> FileGold:
    dept = "南昌市东湖区教育体育局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度部门整体支出绩效自评表", dept, year)
    inds = [
        Ind("产出指标", "数量指标", "义务教育学位供给", "≥4.2万个", (">=", 4.2, "万个"), "15", "4.3万个", "15"),
        Ind("产出指标", "数量指标", "教师培训人次", "不少于3000人次", (">=", 3000, "人次"), "10", "3260人次", "10"),
        Ind("产出指标", "质量指标", "义务教育巩固率", "≥99%", (">=", 99, "%"), "15", "99.6%", "15"),
        Ind("产出指标", "时效指标", "学生资助资金发放及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
        Ind("产出指标", "成本指标", "生均公用经费标准", "≥800元", (">=", 800, "元"), "10", "800元", "10"),
        Ind("效益指标", "社会效益指标", "教育均衡发展水平", "稳步提升", Q, "15", "稳步提升", "14"),
        Ind("效益指标", "可持续影响指标", "体育场馆向社会开放率", "≥80%", (">=", 80, "%"), "10", "72%", "7",
            "部分学校场馆改造未完成"),
        Ind("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", (">=", 90, "%"), "15", "91%", "15"),
    ]
    total = sum(float(i.score) for i in inds)
    rows = _Rows()
    rows.add((0, 2, "部门（单位）名称"), (2, 7, dept))
    r = rows.n
    rows.put(r, 0, 2, 2, "预算执行情况（万元）")
    for col, cs, head, value in ((2, 2, "年初预算数", "46,300.00"), (4, 1, "全年预算数", "48,150.00"),
                                 (5, 2, "全年执行数", "47,020.35"), (7, 2, "预算执行率", "97.65%")):
        rows.put(r, col, 1, cs, head)
        rows.put(r + 1, col, 1, cs, value)
    rows.add((0, 2, "年度总体目标完成情况"), (2, 7, "完成年度学位供给和教师培训任务，教育教学质量稳步提升。"))
    rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "全年实际完成值",
                                                 "分值", "得分", "未完成原因分析", "改进措施"))])
    _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                            (6, 1, i.score), (7, 1, i.note), (8, 1, "加快推进" if i.note else "")])
    rows.add((0, 5, "合计"), (5, 1, "100"), (6, 1, f"{total:g}"), (7, 2, ""))
    rows.add((0, 2, "自评结论"), (2, 7, "良好"))
    doc.pages.grid(_spec(rows.cells, rows.n, [70, 80, 140, 90, 80, 44, 44, 130, 100], title="部门整体支出绩效自评表",
                         editor=f"（{year}年度）", unit_raw="单位：万元", landscape=True,
                         kind="performance_self_evaluation"), fresh_page=True)
    for ind in inds:
        doc.gold.indicators.append(_gold_ind(None, ind))
    doc.gold.self_evaluation(None, "万元", "48,150.00", "47,020.35", total, "良")
    return doc.save(folder)


def layout_two_period_targets(folder: Path, name: str) -> FileGold:
    dept = "海口市龙华区旅游和文化广电体育局"
    doc = FormDoc(name, f"{dept}2025年项目支出绩效目标申报表", dept, 2025)
    projects = [
        ("公共文化服务体系建设", "240.00", "30.00", "270.00", "完善区镇村三级公共文化设施网络，丰富群众文化生活。", [
            Ind("产出指标（50分）", "数量指标（20分）", "①送文化下乡演出场次", "≥60场", (">=", 60, "场"), "10",
                period="≥180场"),
            Ind("产出指标（50分）", "数量指标（20分）", "②公共图书馆新增藏书", "≥1.5万册", (">=", 1.5, "万册"), "10",
                period="≥4.5万册"),
            Ind("产出指标（50分）", "质量指标（15分）", "③文化活动安全事故", "0起", ("=", 0, "起"), "15", period="0起"),
            Ind("产出指标（50分）", "时效指标（15分）", "④项目完成时间", "≤12月", ("<=", 12, "月"), "15",
                period="2027年12月"),
            Ind("效益指标（30分）", "社会效益指标（30分）", "⑤群众文化获得感", "明显增强", Q, "30", period="明显增强"),
            Ind("满意度指标（20分）", "服务对象满意度指标（20分）", "⑥群众满意度", "≥90%", (">=", 90, "%"), "20",
                period="≥90%"),
        ]),
        ("旅游市场综合监管", "85.00", "0.00", "85.00", "加强旅游市场秩序整治，维护游客合法权益。", [
            Ind("产出指标（50分）", "数量指标（20分）", "①旅游市场检查次数", "≥150次", (">=", 150, "次"), "20",
                period="≥450次"),
            Ind("产出指标（50分）", "质量指标（15分）", "②旅游投诉结案率", "≥98%", (">=", 98, "%"), "15", period="≥98%"),
            Ind("产出指标（50分）", "时效指标（15分）", "③投诉处理时限", "≤5个工作日", ("<=", 5, "个工作日"), "15",
                period="≤5个工作日"),
            Ind("效益指标（30分）", "社会效益指标（30分）", "④旅游市场秩序", "持续好转", Q, "30", period="持续好转"),
            Ind("满意度指标（20分）", "服务对象满意度指标（20分）", "⑤游客满意度", "≥85%", (">=", 85, "%"), "20",
                period="≥85%"),
        ]),
    ]
    for project, fiscal, carried, year, goal, inds in projects:
        rows = _Rows()
        rows.add((0, 1, "项目名称"), (1, 5, project))
        rows.add((0, 1, "主管部门"), (1, 5, dept))
        r = rows.n
        rows.put(r, 0, 4, 1, "项目预算（万元）")
        rows.put(r, 1, 1, 2, "资金来源")
        rows.put(r, 3, 1, 3, "金额")
        for k, (label, value) in enumerate((("财政拨款", fiscal), ("上年结转", carried), ("合计", year)), 1):
            rows.put(r + k, 1, 1, 2, label)
            rows.put(r + k, 3, 1, 3, value)
        rows.add((0, 1, "年度绩效目标"), (1, 5, goal))
        r = rows.n
        for col, head in ((0, "一级指标"), (1, "二级指标"), (2, "三级指标"), (5, "分值")):
            rows.put(r, col, 2, 1, head)
        rows.put(r, 3, 1, 2, "指标值")
        rows.put(r + 1, 3, 1, 1, "年度指标值")
        rows.put(r + 1, 4, 1, 1, "实施期指标值")
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.period), (5, 1, i.weight)])
        doc.pages.grid(_spec(rows.cells, rows.n, [76, 96, 130, 70, 76, 40], title="2025年项目支出绩效目标申报表",
                             editor=f"申报单位：{dept}", unit_raw="单位：万元"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.project(project, "万元", year=year, fiscal=fiscal, carried=carried)
    return doc.save(folder)


def layout_self_eval_project_in_title(folder: Path, name: str) -> FileGold:
    dept = "银川市兴庆区农业农村和水务局"
    year = 2024
    doc = FormDoc(name, f"{dept}{year}年度项目支出绩效自评表", dept, year)
    projects = [
        ("农田水利设施维修养护", "银川市兴庆区水利工作站", ("150.00", "150.00", "141.60", "94.40%", "9.44"), "良", [
            Ind("产出指标", "数量指标", "维修养护渠道长度", "≥45公里", (">=", 45, "公里"), "20", "46公里", "20"),
            Ind("产出指标", "质量指标", "维修工程验收合格率", "100%", ("=", 100, "%"), "20", "100%", "20"),
            Ind("产出指标", "时效指标", "春灌前完工率", "≥95%", (">=", 95, "%"), "10", "90%", "8", "部分渠段开工延后"),
            Ind("效益指标", "经济效益指标", "亩均节水量", "≥20立方米", (">=", 20, "立方米"), "15", "18立方米", "12",
                "降水偏少用水量增加"),
            Ind("效益指标", "可持续影响指标", "工程管护机制", "持续完善", Q, "15", "持续完善", "14"),
            Ind("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", (">=", 90, "%"), "10", "87%", "8"),
        ]),
        ("动物疫病防控", "银川市兴庆区动物疾病预防控制中心", ("96.00", "110.00", "108.35", "98.50%", "9.85"), "优", [
            Ind("产出指标", "数量指标", "免疫畜禽数量", "≥85万羽（头）", (">=", 85, "万羽(头)"), "20", "88万羽（头）", "20"),
            Ind("产出指标", "质量指标", "免疫密度", "不低于90%", (">=", 90, "%"), "20", "95%", "20"),
            Ind("产出指标", "时效指标", "疫情报告及时率", "100%", ("=", 100, "%"), "10", "100%", "10"),
            Ind("效益指标", "社会效益指标", "重大动物疫情发生数", "0起", ("=", 0, "起"), "20", "0起", "20"),
            Ind("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", (">=", 90, "%"), "20", "93%", "20"),
        ]),
    ]
    for project, unit_name, money, grade, inds in projects:
        initial, budget, executed, rate, rate_score = money
        total = float(rate_score) + sum(float(i.score) for i in inds)
        rows = _Rows()
        rows.add((0, 2, "主管部门"), (2, 3, dept), (5, 1, "实施单位"), (6, 3, unit_name))
        r = rows.n
        rows.put(r, 0, 3, 2, "项目资金（万元）")
        for k, head in enumerate(("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
            rows.put(r, 2 + k, 1, 1, head)
        for k, line in enumerate((("年度资金总额", initial, budget, executed, "10", rate, rate_score),
                                  ("其中：财政拨款", initial, budget, executed, "—", "—", "—")), 1):
            for j, v in enumerate(line):
                rows.put(r + k, 2 + j, 1, 1, v)
        rows.add(*[(k, 1, t) for k, t in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                     "得分", "偏差原因分析及改进措施"))], (8, 1, ""))
        _grid_rows(rows, inds, 0, 1, lambda i: [(2, 1, i.name), (3, 1, i.raw), (4, 1, i.actual), (5, 1, i.weight),
                                                (6, 1, i.score), (7, 2, i.note)])
        rows.add((0, 5, "总分"), (5, 1, "100"), (6, 1, f"{total:.2f}"), (7, 2, ""))
        rows.add((0, 5, "自评等级"), (5, 4, grade))
        doc.pages.grid(_spec(rows.cells, rows.n, [56, 66, 96, 70, 64, 36, 40, 60, 40],
                             title=f"{project}项目绩效自评表", editor=f"（{year}年度）", unit_raw="单位：万元",
                             kind="performance_self_evaluation"), fresh_page=True)
        for ind in inds:
            doc.gold.indicators.append(_gold_ind(project, ind))
        doc.gold.self_evaluation(project, "万元", budget, executed, round(total, 2), grade)
        doc.gold.project(project, "万元", year=budget, fiscal=budget)
    return doc.save(folder)


# --------------------------------------------------------------------------- registry

Builder = Callable[[Path, str], FileGold]

DEV: dict[str, Builder] = {
    "gd_one_cell": layout_gd_one_cell,
    "split_cmp_value_unit": layout_split_cmp_value_unit,
    "glued_inline_targets": layout_glued_inline_targets,
    "level3_only_prose": layout_level3_only_prose,
    "dept_wide_tasks": layout_dept_wide_tasks,
    "project_self_eval": layout_project_self_eval,
    "title_in_grid_landscape": layout_title_in_grid_landscape,
    "shared_page_columns": layout_shared_page_columns,
    "final_accounts_dept_self_eval": layout_final_accounts_dept_self_eval,
}
HELD_OUT: dict[str, Builder] = {
    "direction_unit_value": layout_direction_unit_value,
    "gd_list_one_cell": layout_gd_list_one_cell,
    "dept_wide_two_row_header": layout_dept_wide_two_row_header,
    "self_eval_glued": layout_self_eval_glued,
    "turned_pages": layout_turned_pages,
    "final_accounts_level3_self_eval": layout_final_accounts_level3_self_eval,
    "cross_page_repeated_header": layout_cross_page_repeated_header,
    "dept_self_eval": layout_dept_self_eval,
    "glued_title_rows": layout_glued_title_rows,
}
FRESH: dict[str, Builder] = {
    "list_grid_split_over_pages": layout_list_grid_split_over_pages,
    "dept_wide_one_cell": layout_dept_wide_one_cell,
    "dept_self_eval_heads_only": layout_dept_self_eval_heads_only,
    "two_period_targets": layout_two_period_targets,
    "self_eval_project_in_title": layout_self_eval_project_in_title,
}
SETS: dict[str, dict[str, Builder]] = {"dev": DEV, "held_out": HELD_OUT, "fresh": FRESH}


def write_layout(name: str, folder: str | Path) -> dict:
    """Write layout ``name`` as ``<name>.pdf`` with its gold ``<name>.gold.json`` in folder;
    returns the gold (file_name, department, fiscal_year, indicators, projects,
    self_evaluations, plus layout and set)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    which = next(k for k, layouts in SETS.items() if name in layouts)
    gold = SETS[which][name](folder, name)
    out = {"layout": name, "set": which, **gold.__dict__}
    (folder / f"{name}.gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def write_set(which: str, folder: str | Path) -> list[dict]:
    """Write every layout of ``which`` ("dev", "held_out" or "fresh") into folder; their golds."""
    return [write_layout(name, folder) for name in SETS[which]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write the performance-form layouts with their gold.")
    ap.add_argument("out", type=Path)
    ap.add_argument("--set", choices=(*SETS, "all"), default="all")
    args = ap.parse_args(argv)
    for which in (tuple(SETS) if args.set == "all" else (args.set,)):
        golds = write_set(which, args.out / which)
        n = sum(len(g["indicators"]) for g in golds)
        print(f"{which}: {len(golds)} layouts, {n} indicators -> {args.out / which}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
