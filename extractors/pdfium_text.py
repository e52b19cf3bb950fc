"""A page's text layer read through PDFium: characters and ruling as pdfplumber's dicts.

pdfminer (under pdfplumber) parses content streams in Python, and that parse and
pdfplumber's object building are most of the CPU of text-layer extraction. PDFium
(pypdfium2, already used for the page pre-scan and for rendering scans) parses the same
page in C. ``PdfiumPage`` reads, through pypdfium2's raw API, the page's characters
(``FPDFText_*``) and path objects (``FPDFPage_GetObject``, ``FPDFPath_*``, form XObjects
walked into), and hands them over as the dicts pdfplumber gives (``chars``, ``lines``,
``rects``, ``curves``, ``edges``, ``images``: x0, x1, top, bottom, text, size, matrix,
upright, stroke, fill, stroking_color, non_stroking_color, linewidth, pts …; glyphs
without their colours, which nothing reads), in pdfplumber's coordinates (points,
origin at the top left of the page as pdfminer turns it by /Rotate and places it in
its media box). The geometry (extractors/geometry.py), the page's text assignment
(extractors/page.py), the router and pdfplumber's table finder then read either
backend unchanged.

Characters get pdfminer's boxes, not PDFium's own: the glyph's advance across, and the
font size from the font's descent up, through the character's matrix. Word gaps, line
grouping and the fake-bold test then measure what they measure on pdfplumber's chars.
Paths are split into subpaths and sorted into lines, rectangles and curves by pdfminer's
rules (``_classify``), so the same segments come out. PDFium keeps coordinates in
32-bit floats: positions agree with pdfminer's to about 1e-4 pt.

Where PDFium knows more, its answer is kept, and geometry.edge_prints judges it:
- colours come as the RGB PDFium paints (spot, DeviceN, Lab and palette colours through
  their alternate space), with their alpha (``stroking_alpha``, ``non_stroking_alpha``:
  paint at alpha 0 does not show);
- a path's clip (``clip``: the box its clip paths leave visible), so that the part of a
  rule a clip cuts away does not count.
PDFium's text leaves out text objects that draw only spaces, and the second of two
spaces in a row: a text object of blanks gives one space glyph (``_blank_glyphs``), which
is what line_text reads of a run of them.

Handles are passed to PDFium as plain addresses (``_bind``): pypdfium2's typed pointers
cost a conversion per call, and a page makes tens of thousands of calls.
"""
from __future__ import annotations

import ctypes
from functools import cached_property
from typing import Callable

import pypdfium2.raw as pdfium_c
from pdfminer.fontmetrics import FONT_METRICS  # pdfminer's metrics of the standard 14 fonts

from .geometry import curve_segments

Point = tuple[float, float]
Matrix = tuple[float, float, float, float, float, float]
Box = tuple[float, float, float, float]

_P, _I, _F, _D, _U = ctypes.c_void_p, ctypes.c_int, ctypes.c_float, ctypes.c_double, ctypes.c_uint


def _bind(name: str, restype, *argtypes) -> Callable:
    """PDFium's function ``name`` taking and returning handles and out-parameters as
    plain addresses (ints)."""
    return ctypes.cast(getattr(pdfium_c, name), ctypes.CFUNCTYPE(restype, *argtypes))


_text_load = _bind("FPDFText_LoadPage", _P, _P)
_text_close = _bind("FPDFText_ClosePage", None, _P)
_text_count = _bind("FPDFText_CountChars", _I, _P)
_text_get = _bind("FPDFText_GetText", _I, _P, _I, _I, _P)
_text_unicode = _bind("FPDFText_GetUnicode", _U, _P, _I)
_text_generated = _bind("FPDFText_IsGenerated", _I, _P, _I)
_text_map_error = _bind("FPDFText_HasUnicodeMapError", _I, _P, _I)
_text_origin = _bind("FPDFText_GetCharOrigin", _I, _P, _I, _P, _P)
_text_loose = _bind("FPDFText_GetLooseCharBox", _I, _P, _I, _P)
_text_matrix = _bind("FPDFText_GetMatrix", _I, _P, _I, _P)
_text_object = _bind("FPDFText_GetTextObject", _P, _P, _I)
_textobj_size = _bind("FPDFTextObj_GetFontSize", _I, _P, _P)
_textobj_font = _bind("FPDFTextObj_GetFont", _P, _P)
_font_descent = _bind("FPDFFont_GetDescent", _I, _P, _F, _P)
_font_width = _bind("FPDFFont_GetGlyphWidth", _I, _P, _U, _F, _P)
_font_name = _bind("FPDFFont_GetBaseFontName", ctypes.c_ulong, _P, _P, ctypes.c_ulong)
_page_count = _bind("FPDFPage_CountObjects", _I, _P)
_page_object = _bind("FPDFPage_GetObject", _P, _P, _I)
_form_count = _bind("FPDFFormObj_CountObjects", _I, _P)
_form_object = _bind("FPDFFormObj_GetObject", _P, _P, ctypes.c_ulong)
_obj_type = _bind("FPDFPageObj_GetType", _I, _P)
_obj_matrix = _bind("FPDFPageObj_GetMatrix", _I, _P, _P)
_obj_bounds = _bind("FPDFPageObj_GetBounds", _I, _P, _P, _P, _P, _P)
_obj_fill = _bind("FPDFPageObj_GetFillColor", _I, _P, _P, _P, _P, _P)
_obj_stroke = _bind("FPDFPageObj_GetStrokeColor", _I, _P, _P, _P, _P, _P)
_obj_width = _bind("FPDFPageObj_GetStrokeWidth", _I, _P, _P)
_obj_clip = _bind("FPDFPageObj_GetClipPath", _P, _P)
_path_mode = _bind("FPDFPath_GetDrawMode", _I, _P, _P, _P)
_path_count = _bind("FPDFPath_CountSegments", _I, _P)
_path_segment = _bind("FPDFPath_GetPathSegment", _P, _P, _I)
_seg_point = _bind("FPDFPathSegment_GetPoint", _I, _P, _P, _P)
_seg_type = _bind("FPDFPathSegment_GetType", _I, _P)
_seg_close = _bind("FPDFPathSegment_GetClose", _I, _P)
_clip_count = _bind("FPDFClipPath_CountPaths", _I, _P)
_clip_segments = _bind("FPDFClipPath_CountPathSegments", _I, _P, _I)
_clip_segment = _bind("FPDFClipPath_GetPathSegment", _P, _P, _I, _I)

_OBJ_TEXT = pdfium_c.FPDF_PAGEOBJ_TEXT
_OBJ_PATH = pdfium_c.FPDF_PAGEOBJ_PATH
_OBJ_IMAGE = pdfium_c.FPDF_PAGEOBJ_IMAGE
_OBJ_FORM = pdfium_c.FPDF_PAGEOBJ_FORM
_SEG_MOVE = pdfium_c.FPDF_SEGMENT_MOVETO
_SEG_BEZIER = pdfium_c.FPDF_SEGMENT_BEZIERTO
_FILL_EVENODD = pdfium_c.FPDF_FILLMODE_ALTERNATE
# PDFium hands a hyphen that ends a line over as a soft hyphen: U+0002 one character at
# a time, U+FFFE in the page's text. It was a "-".
_LINE_END_HYPHEN = (0x02, 0xFFFE)
_UNMAPPED = "\ufffd"  # a glyph with no Unicode (pdfminer: "(cid:N)"); routing counts it as garbage


class _Out:
    """Out-parameters of PDFium calls, allocated once, passed by address."""

    def __init__(self) -> None:
        self.d = (_D(), _D())
        self.f = (_F(), _F(), _F(), _F())
        self.u = (_U(), _U(), _U(), _U())
        self.i = (_I(), _I())
        self.rect = pdfium_c.FS_RECTF()
        self.matrix = pdfium_c.FS_MATRIX()
        self.d_at = tuple(ctypes.addressof(x) for x in self.d)
        self.f_at = tuple(ctypes.addressof(x) for x in self.f)
        self.u_at = tuple(ctypes.addressof(x) for x in self.u)
        self.i_at = tuple(ctypes.addressof(x) for x in self.i)
        self.rect_at = ctypes.addressof(self.rect)
        self.matrix_at = ctypes.addressof(self.matrix)
        self._colours: dict[tuple[int, int, int, int], tuple] = {}

    def colour(self, getter, obj: int) -> tuple[tuple[float, float, float] | None, float]:
        """An object's stroke or fill colour as (r, g, b) in 0..1 and its alpha. PDFium
        hands colours over in 8-bit steps; each channel is read at the top of its step,
        so a gray set exactly at the white threshold (0.95, stored as 242) is judged as
        pdfminer judges the unrounded value. None when PDFium has none (a pattern)."""
        u = self.u
        if not getter(obj, *self.u_at):
            return None, 1.0
        key = (u[0].value, u[1].value, u[2].value, u[3].value)
        found = self._colours.get(key)
        if found is None:
            r, g, b, a = key
            found = self._colours[key] = (
                (min((r + 0.5) / 255, 1.0), min((g + 0.5) / 255, 1.0), min((b + 0.5) / 255, 1.0)), a / 255)
        return found

    def object_matrix(self, obj: int) -> Matrix:
        _obj_matrix(obj, self.matrix_at)
        m = self.matrix
        return (m.a, m.b, m.c, m.d, m.e, m.f)


def _mul(m: Matrix, n: Matrix) -> Matrix:
    """m then n (row vectors, as PDF writes matrices)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _device_ctm(mediabox, rotate: int) -> Matrix:
    """The matrix pdfminer starts a page with: PDF user space to its device space (the
    page turned by /Rotate, origin at the media box's lower left)."""
    x0, y0, x1, y1 = (float(v) for v in mediabox)
    if rotate == 90:
        return (0.0, -1.0, 1.0, 0.0, -y0, x1)
    if rotate == 180:
        return (-1.0, 0.0, 0.0, -1.0, x1, y1)
    if rotate == 270:
        return (0.0, 1.0, -1.0, 0.0, y1, -x0)
    return (1.0, 0.0, 0.0, 1.0, -x0, -y0)


def _classify(ops: list[tuple[str, Point]]) -> tuple[str, list[Point]]:
    """A subpath (operators m, l, c, h with their end points) as pdfminer sorts it:
    ("line", pts), ("rect", pts) or ("curve", pts). pts has one point per operator, the
    start point again for a closing h, as pdfminer's LTCurve.pts."""
    shape = "".join(o for o, _ in ops)
    pts = [p for _, p in ops]
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts.pop()
    if shape in ("mlh", "ml"):
        return "line", pts[:2]
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        if pts[0] == pts[4] and ((x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0)
                                 or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)):
            return "rect", pts
    return "curve", pts


class PdfiumPage:
    """One page's text layer through PDFium, as a pdfplumber page shows it.

    ``page`` is a loaded pypdfium2 page (kept open by the caller, who closes it with the
    page); ``frame`` is the pdfplumber page of the same number, used only for its boxes
    and rotation (no content parse): it fixes the coordinates, and ``bbox``,
    ``mediabox``, ``page_obj`` and ``height`` are its own, so code written for pdfplumber
    pages measures the same page. Objects are read on first use."""

    def __init__(self, page, frame, page_number: int):
        self._page = page  # held: pypdfium2 closes a page it collects
        self.raw = ctypes.cast(page.raw, _P).value
        self.page_number = page_number
        self.pdf = frame.pdf  # its file (Camelot, the fallback strategy, reads it by name)
        self.page_obj = frame.page_obj
        self.bbox = frame.bbox
        self.mediabox = frame.mediabox
        self.width = float(frame.width)
        self.height = float(frame.height)
        self._doctop = float(frame.initial_doctop)
        # PDF user space -> pdfplumber's top-left coordinates, as one affine map.
        ra, rb, rc, rd, re, rf = _device_ctm(frame.page_obj.mediabox, frame.page_obj.rotate % 360)
        left, top = float(frame.mediabox[0]), float(frame.mediabox[1])
        self._device = (ra, rb, rc, rd, re, rf)
        self._to_page = (ra, -rb, rc, -rd, re + left, self.height + top - rf)
        self._out = _Out()

    def _box(self, x0: float, y0: float, x1: float, y1: float) -> Box:
        """A box in user space (any two opposite corners) in page coordinates:
        (x0, top, x1, bottom). The map turns by quarter turns at most: corners suffice."""
        a, b, c, d, e, f = self._to_page
        xa, ya = a * x0 + c * y0 + e, b * x0 + d * y0 + f
        xb, yb = a * x1 + c * y1 + e, b * x1 + d * y1 + f
        return (min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb))

    def _obj(self, kind: str, x0: float, top: float, x1: float, bottom: float, **more) -> dict:
        return {"object_type": kind, "page_number": self.page_number, "x0": x0, "x1": x1, "top": top,
                "bottom": bottom, "doctop": self._doctop + top, "y0": self.height - bottom, "y1": self.height - top,
                "width": x1 - x0, "height": bottom - top, **more}

    # ------------------------------------------------------------------ page objects

    @cached_property
    def _objects(self) -> tuple[list[tuple[int, Matrix | None]], list[Box], list[tuple[int, Matrix | None]]]:
        """The page's paths (handle, matrix of the form XObjects around it or None), its
        images' boxes (user space) and its text objects (as the paths), form XObjects
        walked into."""
        paths: list[tuple[int, Matrix | None]] = []
        images: list[Box] = []
        texts: list[tuple[int, Matrix | None]] = []
        out = self._out
        f_at = out.f_at

        def walk(count, get, handle: int, outer: Matrix | None) -> None:
            for i in range(count(handle)):
                obj = get(handle, i)
                kind = _obj_type(obj)
                if kind == _OBJ_TEXT:
                    texts.append((obj, outer))
                elif kind == _OBJ_PATH:
                    paths.append((obj, outer))
                elif kind == _OBJ_FORM:
                    own = out.object_matrix(obj)
                    walk(_form_count, _form_object, obj, own if outer is None else _mul(own, outer))
                elif kind == _OBJ_IMAGE:
                    if outer is None:
                        if _obj_bounds(obj, *f_at):
                            images.append(tuple(x.value for x in out.f))
                    else:  # an image draws the unit square through its matrix
                        a, b, c, d, e, f = _mul(out.object_matrix(obj), outer)
                        xs, ys = (e, e + a, e + c, e + a + c), (f, f + b, f + d, f + b + d)
                        images.append((min(xs), min(ys), max(xs), max(ys)))

        walk(_page_count, _page_object, self.raw, None)
        return paths, images, texts

    def _paint(self, obj: int, prints: Callable[[dict], bool] | None = None,
               verdicts: dict[tuple, bool] | None = None) -> dict | None:
        """How a path is painted, as pdfplumber's keys (plus alpha), or None when it
        paints nothing (pdfminer never sees such a path: its 'n' operator paints none)
        or, given ``prints``, when its paint does not print (each paint judged once:
        ``verdicts``)."""
        out = self._out
        _path_mode(obj, *out.i_at)
        mode, stroke = out.i[0].value, bool(out.i[1].value)
        fill = mode != 0
        if not (fill or stroke):
            return None
        scolor, salpha = out.colour(_obj_stroke, obj)
        ncolor, nalpha = out.colour(_obj_fill, obj)
        paint = {"stroke": stroke, "fill": fill, "evenodd": mode == _FILL_EVENODD, "stroking_color": scolor,
                 "non_stroking_color": ncolor, "stroking_alpha": salpha, "non_stroking_alpha": nalpha}
        if prints is not None:
            # A page paints with a handful of paints: each is judged once.
            key = (stroke, fill, scolor, ncolor, salpha, nalpha)
            verdict = verdicts.get(key)
            if verdict is None:
                verdict = verdicts[key] = prints(paint)
            if not verdict:
                return None
        _obj_width(obj, out.f_at[0])
        paint["linewidth"] = out.f[0].value  # in user space, as pdfminer reports it (unscaled)
        return paint

    def _painted(self, prints: Callable[[dict], bool] | None = None) -> list[tuple[int, Matrix, Matrix, dict]]:
        """(handle, its matrix to page coordinates, that of the space it lives in (a form
        XObject's, where its clip path is given), paint) of the painted paths (those
        whose paint ``prints``, given that)."""
        out = []
        verdicts: dict[tuple, bool] = {}
        for obj, outer in self._objects[0]:
            paint = self._paint(obj, prints, verdicts)
            if paint is not None:
                own = self._out.object_matrix(obj)
                space = self._to_page if outer is None else _mul(outer, self._to_page)
                out.append((obj, _mul(own, space), space, paint))
        return out

    @cached_property
    def images(self) -> list[dict]:
        return [self._obj("image", *self._box(*b)) for b in self._objects[1]]

    def _subpaths(self, obj: int, m: Matrix) -> list[list[tuple[str, Point]]]:
        """A path's subpaths as pdfminer's operators with their end points, in page
        coordinates. PDFium gives a curve's two control points and its end as three
        segments, and marks a closing h on the segment it closes."""
        out = self._out
        x_at, y_at = out.f_at[0], out.f_at[1]
        fx, fy = out.f[0], out.f[1]
        a, b, c, d, e, f = m
        subpaths: list[list[tuple[str, Point]]] = []
        ops: list[tuple[str, Point]] = []
        bezier = 0
        for i in range(_path_count(obj)):
            seg = _path_segment(obj, i)
            _seg_point(seg, x_at, y_at)
            px, py = fx.value, fy.value
            p = (a * px + c * py + e, b * px + d * py + f)
            kind = _seg_type(seg)
            if kind == _SEG_MOVE:
                if ops:
                    subpaths.append(ops)
                ops = [("m", p)]
                bezier = 0
            elif kind == _SEG_BEZIER:
                bezier += 1
                if bezier % 3 == 0:
                    ops.append(("c", p))
            else:
                ops.append(("l", p))
            if _seg_close(seg) and ops:
                ops.append(("h", ops[0][1]))
        if ops:
            subpaths.append(ops)
        return [s for s in subpaths if s[0][0] == "m" and len(s) > 1]  # pdfminer drops a lone moveto

    def _clip_box(self, obj: int, space: Matrix) -> Box | None:
        """The box (page coordinates) inside all the clip paths of a page object, or
        None when it has none; its clip paths are given in ``space`` (the page's, or
        that of the form XObject it is drawn in). Clip paths are boxes in practice (the
        page, a table, a cell); one that is not is taken as its bounds, which never cuts
        too much. A clip by text (no points) cuts nothing here. PDFium gives no clip
        where it would cut nothing."""
        clip = _obj_clip(obj)
        if not clip:
            return None
        out = self._out
        x_at, y_at = out.f_at[0], out.f_at[1]
        fx, fy = out.f[0], out.f[1]
        a, b, c, d, e, f = space
        box = None
        for k in range(_clip_count(clip)):
            xs, ys = [], []
            for s in range(_clip_segments(clip, k)):
                if _seg_point(_clip_segment(clip, k, s), x_at, y_at):
                    px, py = fx.value, fy.value
                    xs.append(a * px + c * py + e)
                    ys.append(b * px + d * py + f)
            if xs:
                k_box = (min(xs), min(ys), max(xs), max(ys))
                box = k_box if box is None else (max(box[0], k_box[0]), max(box[1], k_box[1]),
                                                 min(box[2], k_box[2]), min(box[3], k_box[3]))
        return box

    def _shapes_of(self, paths) -> dict[str, list[dict]]:
        """Painted subpaths as pdfplumber's line, rect and curve dicts, with their paint
        (and clip)."""
        out: dict[str, list[dict]] = {"line": [], "rect": [], "curve": []}
        for obj, m, space, paint in paths:
            clip = self._clip_box(obj, space)
            if clip is not None:
                paint = {**paint, "clip": clip}
            for ops in self._subpaths(obj, m):
                kind, pts = _classify(ops)
                xs = [p[0] for p in pts]
                ys = [p[1] for p in pts]
                out[kind].append(self._obj(kind, min(xs), min(ys), max(xs), max(ys), pts=pts, **paint))
        return out

    @cached_property
    def _shapes(self) -> dict[str, list[dict]]:
        return self._shapes_of(self._painted())

    @property
    def lines(self) -> list[dict]:
        return self._shapes["line"]

    @property
    def rects(self) -> list[dict]:
        return self._shapes["rect"]

    @property
    def curves(self) -> list[dict]:
        return self._shapes["curve"]

    @property
    def edges(self) -> list[dict]:
        """pdfplumber's edges: each line, each rectangle's four sides, each straight
        piece of a curve (these, as pdfplumber's, without paint)."""
        return self._edges(self._shapes, curve_paint=False)

    def ruling_edges(self, prints: Callable[[dict], bool]) -> list[dict]:
        """The segments a table's rules can come from, as strategies.PageView reads a
        pdfplumber page: lines and rectangle sides, and every straight piece of a curve
        with its paint (geometry.curve_segments, as for pdfplumber). Only paths whose
        paint ``prints`` (geometry.edge_prints, the one judge) are read at all: WPS
        paints a white rectangle behind every cell, and those are most of a table
        page's paths."""
        shapes = self._shapes_of(self._painted(prints))
        return self._edges(shapes, curve_paint=True)

    def _edges(self, shapes: dict[str, list[dict]], curve_paint: bool) -> list[dict]:
        out = []
        for ln in shapes["line"]:
            out.append({**ln, "orientation": "h" if ln["top"] == ln["bottom"] else "v"})
        for r in shapes["rect"]:
            out.append({**r, "object_type": "rect_edge", "height": 0, "bottom": r["top"], "y0": r["y1"],
                        "orientation": "h"})
            out.append({**r, "object_type": "rect_edge", "height": 0, "top": r["bottom"], "y1": r["y0"],
                        "doctop": r["doctop"] + r["height"], "orientation": "h"})
            out.append({**r, "object_type": "rect_edge", "width": 0, "x1": r["x0"], "orientation": "v"})
            out.append({**r, "object_type": "rect_edge", "width": 0, "x0": r["x1"], "orientation": "v"})
        for cv in shapes["curve"]:
            if curve_paint:
                out += curve_segments(cv)
                continue
            pts = cv["pts"]
            for (xa, ya), (xb, yb) in zip(pts, pts[1:]):
                out.append(self._obj("curve_edge", min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb),
                                     orientation="v" if xa == xb else ("h" if ya == yb else None)))
        return out

    # ------------------------------------------------------------------ characters

    @cached_property
    def chars(self) -> list[dict]:
        """The page's glyphs as pdfplumber's char dicts, in PDFium's text order
        (content order). Characters PDFium generates (spaces and line breaks it infers)
        are left out, as pdfminer has none. A glyph's colour is not read: no reader of
        chars looks at it, and it costs two calls a text object (WPS writes one a glyph)."""
        tp = _text_load(self.raw)
        if not tp:
            return []
        try:
            return self._chars(tp)
        finally:
            _text_close(tp)

    def _chars(self, tp: int) -> list[dict]:
        n = _text_count(tp)
        codes = _codes(tp, n)
        out = self._out
        ox, oy = out.d
        ox_at, oy_at = out.d_at
        rect, rect_at = out.rect, out.rect_at
        a_, b_, c_, d_, e_, f_ = self._to_page
        height, doctop, page_number = self.height, self._doctop, self.page_number
        objects: dict[int, tuple] = {}
        fonts: dict[int, float] = {}
        text_object = self._text_object
        chars = []
        for i in range(n):
            u = codes[i] if codes is not None else _text_unicode(tp, i)
            if u <= 0x20 and (u in (0x0D, 0x0A) or _text_generated(tp, i)):
                continue  # line breaks and the spaces PDFium puts in gaps are no glyphs
            obj = _text_object(tp, i)
            info = objects.get(obj)
            if info is None:
                info = objects[obj] = text_object(tp, i, obj, fonts)
            size, lo, hi, font, a, b, c, d, baseline, line, matrix, upright = info
            if u in _LINE_END_HYPHEN:
                text = "-"
            else:
                text = _UNMAPPED if _text_map_error(tp, i) == 1 else chr(u)
            if line is not None:
                # Level text on a page not turned: PDFium's loose box runs from the origin
                # across the advance, and every glyph of the object sits on its baseline,
                # its top and bottom those of the object (``line``).
                _text_loose(tp, i, rect_at)
                e, x1, f = rect.left, rect.right, baseline
                adv = (x1 - e) / a
                xa, xb = a_ * e + e_, a_ * x1 + e_
                left, right = (xa, xb) if xa <= xb else (xb, xa)
                top, bottom = line
            else:
                _text_origin(tp, i, ox_at, oy_at)
                e, f = ox.value, oy.value
                # The advance across, in text space: PDFium's loose box is the advance
                # scaled by a; sideways text (a = 0) asks the font.
                if a > 1e-6 or a < -1e-6:
                    _text_loose(tp, i, rect_at)
                    adv = (rect.right - rect.left) / a
                else:
                    adv = _glyph_width(font, u, size)
                xs = (e + c * lo, e + a * adv + c * lo, e + c * hi, e + a * adv + c * hi)
                ys = (f + d * lo, f + b * adv + d * lo, f + d * hi, f + b * adv + d * hi)
                left, top, right, bottom = self._box(min(xs), min(ys), max(xs), max(ys))
            chars.append({"object_type": "char", "page_number": page_number, "text": text,
                          "x0": left, "x1": right, "top": top, "bottom": bottom, "doctop": doctop + top,
                          "y0": height - bottom, "y1": height - top, "width": right - left,
                          "height": bottom - top, "size": bottom - top, "adv": adv,
                          "matrix": (*matrix, e, f), "upright": upright})
        chars += self._blank_glyphs(objects, fonts)
        return chars

    def _blank_glyphs(self, read: dict[int, tuple], fonts: dict[int, float]) -> list[dict]:
        """A space glyph for each text object that draws only blank glyphs.

        PDFium's text leaves out a text object whose glyphs have no extent (spaces shown
        by a Tj of their own: WPS pads lines so, reportlab shows each font's run apart),
        where pdfminer has their space glyphs. geometry.line_text reads a space glyph in
        a gap between words; one glyph as wide as the font's space, at the object's
        origin, stands for the run."""
        out = self._out
        blanks = []
        for obj, outer in self._objects[2]:
            if obj in read or not _obj_bounds(obj, *out.f_at) or abs(out.f[2].value - out.f[0].value) > 1e-3:
                continue  # read as glyphs, or it has glyphs with an extent (a copy PDFium dropped)
            _textobj_size(obj, out.f_at[0])
            size = out.f[0].value
            font = _textobj_font(obj)
            if not font or size <= 0:
                continue
            descent = fonts.get(font)
            if descent is None:
                descent = fonts[font] = _descent(font)
            own = out.object_matrix(obj)
            a, b, c, d, e, f = own if outer is None else _mul(own, outer)
            adv = _glyph_width(font, 0x20, size, 0.25 * size)
            lo, hi = descent * size, descent * size + size
            xs = (e + c * lo, e + a * adv + c * lo, e + c * hi, e + a * adv + c * hi)
            ys = (f + d * lo, f + b * adv + d * lo, f + d * hi, f + b * adv + d * hi)
            left, top, right, bottom = self._box(min(xs), min(ys), max(xs), max(ys))
            ra, rb, rc, rd, _, _ = self._device
            ma, mb, mc, md = a * ra + b * rc, a * rb + b * rd, c * ra + d * rc, c * rb + d * rd
            blanks.append(self._obj("char", left, top, right, bottom, text=" ", size=bottom - top, adv=adv,
                                    matrix=(ma, mb, mc, md, e, f), upright=ma * md > 0 and mb * mc <= 0))
        return blanks

    def _text_object(self, tp: int, index: int, obj: int, fonts: dict[int, float]) -> tuple:
        """What the characters of one text object share: font size, pdfminer's box
        from the descent up (lo, hi, in text space), font, its matrix to user space
        (a, b, c, d and the baseline f), the top and bottom of its glyphs when it is level
        (b = c = 0, a != 0) on a page not turned (all of its glyphs share them), that
        matrix as pdfminer reports it (in device space, turned by /Rotate) and its
        upright flag. WPS writes a text object per glyph: this runs for most glyphs, so
        it is kept lean."""
        out = self._out
        size_out = out.f[0]
        _textobj_size(obj, out.f_at[0])
        size = size_out.value
        font = _textobj_font(obj)
        descent = fonts.get(font)
        if descent is None:
            descent = fonts[font] = _descent(font)
        m = out.matrix
        _text_matrix(tp, index, out.matrix_at)
        a, b, c, d, f = m.a, m.b, m.c, m.d, m.f
        lo = descent * size
        ra, rb, rc, rd, _, _ = self._device
        a_, b_, c_, d_, e_, f_ = self._to_page
        if b == 0 and c == 0 and b_ == 0 and c_ == 0 and (a > 1e-6 or a < -1e-6):
            ya, yb = d_ * (f + d * lo) + f_, d_ * (f + d * (lo + size)) + f_
            line = (ya, yb) if ya <= yb else (yb, ya)  # every glyph's top and bottom
            ma, md = a * ra, d * rd  # b = c = 0 and ra, rd are ±1 on a page not turned
            return (size, lo, lo + size, font, a, b, c, d, f, line, (ma, 0.0, 0.0, md), ma * md > 0)
        ma, mb, mc, md = a * ra + b * rc, a * rb + b * rd, c * ra + d * rc, c * rb + d * rd
        return (size, lo, lo + size, font, a, b, c, d, f, None, (ma, mb, mc, md), ma * md > 0 and mb * mc <= 0)


def draws_only_text(page) -> bool:
    """Whether a loaded pypdfium2 page draws something and all of it is text objects
    (no path, image, shading or form XObject): the page pre-scan's test
    (extractors/pagescan.py)."""
    raw = ctypes.cast(page.raw, _P).value
    n = _page_count(raw)
    return n > 0 and all(_obj_type(_page_object(raw, j)) == _OBJ_TEXT for j in range(n))


def _codes(tp: int, n: int) -> list[int] | None:
    """Every character's code point in one call, or None when the page has characters
    outside the BMP (PDFium then writes two UTF-16 units for one index)."""
    if n <= 0:
        return []
    buf = (ctypes.c_uint16 * (n + 1))()
    written = _text_get(tp, 0, n, ctypes.addressof(buf))
    if written != n + 1:
        return None
    codes = list(buf[:n])
    if any(0xD800 <= u <= 0xDFFF for u in codes):
        return None
    return codes


def _descent(font: int) -> float:
    """A font's descent per unit of font size (negative), as pdfminer reads it: from
    the metrics it ships for the standard 14 fonts (which PDFs name without a
    descriptor of their own), else PDFium's reading of the font's descriptor; a positive
    /Descent is taken as negative (PScript5 writes them so)."""
    name = ctypes.create_string_buffer(128)
    n = _font_name(font, ctypes.addressof(name), 128) if font else 0
    metrics = FONT_METRICS.get(name.value.decode("latin-1")) if 0 < n <= 128 else None
    if metrics is not None:
        descent = float(metrics[0].get("Descent", 0)) / 1000
    else:
        value = _F()
        descent = value.value if font and _font_descent(font, 1.0, ctypes.addressof(value)) else 0.0
    return descent if descent <= 0 else -descent


def _glyph_width(font: int, codepoint: int, size: float, default: float | None = None) -> float:
    """The advance of a character in a font at a size (text space), or ``default``
    (an em: CJK glyphs are one) when the font does not say."""
    width = _F()
    if font and _font_width(font, codepoint, size, ctypes.addressof(width)):
        return width.value
    return size if default is None else default
