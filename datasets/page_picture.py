"""A picture of a page: the page rendered by PDFium with what extraction found drawn over
it (``cnbudget inspect``), or with the rows a check failed on (the report's page
pictures, datasets/report.py).

Camelot's ``plot`` and pdfplumber's ``debug_tablefinder`` are the models. The inspection
(extractors/inspect.py) gives the ruling lines, each table outlined in the colour of its
method, its grid, merged cells, cell confidence, and where its title and unit were
printed; a legend and the summary go under the page. Coordinates are PDF points in the
frame where the page's text is upright: the render is turned into that frame
(``upright``) and scaled by pixels per point. Labels print titles, so they are drawn run
by run with the CJK font and DejaVu Sans, as the sample PDFs are (demo/fonts.py).
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from PIL import Image, ImageDraw, ImageFont

from cnbudget.extractors.geometry import Box
from cnbudget.extractors.inspect import InspectError, PageInspection, inspect_page
from cnbudget.extractors.settings import DEFAULT_SETTINGS, ExtractionSettings

# Colours (RGB): outline of a table by how it was read; grid, rules, merged cells, title, unit.
METHOD_COLOURS = {"text": (31, 119, 180), "ocr": (230, 110, 0)}
RULE_COLOUR = (0, 190, 210)
GRID_COLOUR = (120, 120, 120)
MERGED_COLOUR = (148, 60, 170)
TITLE_COLOUR = (30, 150, 60)
UNIT_COLOUR = (190, 150, 0)
HIGHLIGHT_COLOUR = (220, 30, 30)
LOW_CONFIDENCE = 0.5  # a cell at or below this confidence is drawn fully red

DEFAULT_SCALE = 2.0  # pixels per PDF point (144 dpi): small print stays legible


def render_page(path: str | os.PathLike, page: int, scale: float = DEFAULT_SCALE) -> Image.Image:
    """Page ``page`` (1-based) rendered by PDFium at ``scale`` pixels per point, RGB, as a
    viewer shows it (/Rotate applied). Raises InspectError when it cannot be rendered."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
    except Exception as e:  # PdfiumError, OSError: said in one line
        raise InspectError(f"{path}: cannot open with PDFium ({type(e).__name__}: {str(e)[:120]})") from None
    try:
        if not 1 <= page <= len(doc):
            raise InspectError(f"{path}: no page {page} (the document has {len(doc)})")
        pg = doc[page - 1]
        try:
            return pg.render(scale=scale).to_pil().convert("RGB")
        finally:
            pg.close()
    finally:
        doc.close()


# Transposes that turn a render into the frame where text turned by N degrees reads
# upright (geometry.turn_box: turn 90 maps the page's left edge onto the top).
_UPRIGHT = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}


def upright(image: Image.Image, turn: int) -> Image.Image:
    """The render in the upright frame of a page whose text is turned by ``turn``."""
    return image.transpose(_UPRIGHT[turn]) if turn in _UPRIGHT else image


@lru_cache(maxsize=32)
def _font_file(path: str | None, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(path, size) if path else ImageFont.load_default(size)
    except OSError:
        return ImageFont.load_default(size)


def _runs(text: str, size: int) -> list[tuple[ImageFont.FreeTypeFont | ImageFont.ImageFont, str]]:
    """(font, run) pieces of a label: the CJK font where it has the glyph, DejaVu Sans for
    Latin and symbols (the CJK font has no Latin letters), as the sample PDFs are drawn
    (demo/fonts.text_runs); PIL's default font when the CJK font is missing."""
    from cnbudget.demo import fonts

    latin = fonts.SYMBOL_FONT_PATH if Path(fonts.SYMBOL_FONT_PATH).is_file() else None
    if all(ord(ch) < 0x2000 for ch in text):  # no CJK: the CJK font's cmap is not needed
        return [(_font_file(latin, size), text)]
    try:
        cjk = fonts.find_cjk_font()
        fonts.register_font()
    except fonts.FontNotFoundError:
        return [(_font_file(None, size), text)]
    return [(_font_file(cjk if name == fonts.FONT_NAME else latin, size), run) for name, run in fonts.text_runs(text)]


def text_size(draw: ImageDraw.ImageDraw, text: str, size: int) -> tuple[float, float]:
    """Width and height in pixels of a label drawn by ``draw_text``."""
    return sum(draw.textlength(r, font=f) for f, r in _runs(text, size)), size * 1.25


def draw_text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, size: int, fill) -> None:
    """Mixed CJK and Latin text, run by run, its top at xy."""
    x, y = xy
    for f, run in _runs(text, size):
        draw.text((x, y + size), run, fill=fill, font=f, anchor="ls")
        x += draw.textlength(run, font=f)


def _px(box: Box, scale: float) -> tuple[float, float, float, float]:
    return (box[0] * scale, box[1] * scale, box[2] * scale, box[3] * scale)


def confidence_colour(confidence: float) -> tuple[int, int, int]:
    """Red at LOW_CONFIDENCE or below, through yellow, to green at 1.0."""
    t = max(0.0, min(1.0, (confidence - LOW_CONFIDENCE) / (1.0 - LOW_CONFIDENCE)))
    return (int(230 * min(1.0, 2 - 2 * t)), int(190 * min(1.0, 2 * t)), 40)


def _dashed(draw: ImageDraw.ImageDraw, a: tuple[float, float], b: tuple[float, float], colour, width: int = 1,
            dash: float = 6.0) -> None:
    (x0, y0), (x1, y1) = a, b
    length = max(abs(x1 - x0), abs(y1 - y0))
    n = max(1, int(length // (2 * dash)))
    for i in range(n + 1):
        s, e = 2 * i * dash / length if length else 0, min(1.0, (2 * i + 1) * dash / length) if length else 1
        if s >= 1:
            break
        draw.line([(x0 + (x1 - x0) * s, y0 + (y1 - y0) * s), (x0 + (x1 - x0) * e, y0 + (y1 - y0) * e)],
                  fill=colour, width=width)


def label(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, colour, size: int = 14,
          above: bool = True, right: bool = False) -> None:
    """A label on a white band, above (or at) the point, starting there (or ending there:
    ``right``), kept inside the image."""
    tw, th = text_size(draw, text, size)
    w, h = tw + 6, th + 4
    x = max(0.0, min(xy[0] - (w if right else 0), draw.im.size[0] - w))
    y = max(0.0, xy[1] - h if above else xy[1])
    draw.rectangle([x, y, x + w, y + h], fill=(255, 255, 255, 220), outline=colour)
    draw_text(draw, (x + 3, y + 2), text, size, colour)


def draw_inspection(insp: PageInspection, image: Image.Image, scale: float = DEFAULT_SCALE) -> Image.Image:
    """The inspection drawn over the page's render (already upright), with a legend
    below it. Returns a new RGB image."""
    base = image.convert("RGBA")
    overlay = Image.new("RGBA", base.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(overlay)
    for r in insp.rules:  # what the grid finder was given, under everything else
        d.line([(r["x0"] * scale, r["top"] * scale), (r["x1"] * scale, r["bottom"] * scale)],
               fill=RULE_COLOUR + (200,), width=max(1, int(scale)))
    for n, t in enumerate(insp.tables, 1):
        f = t.fragment
        colour = METHOD_COLOURS.get(f.method, METHOD_COLOURS["text"])
        x0, y0, x1, y1 = _px(f.bbox, scale)
        for x in f.xs[1:-1]:
            _dashed(d, (x * scale, y0), (x * scale, y1), GRID_COLOUR + (230,))
        for y in f.ys[1:-1]:
            _dashed(d, (x0, y * scale), (x1, y * scale), GRID_COLOUR + (230,))
        for c in f.cells:
            box = _px(c.grid.box, scale)
            if c.confidence < 1.0:
                d.rectangle(box, fill=confidence_colour(c.confidence) + (90,))
            if c.grid.row_span > 1 or c.grid.col_span > 1:
                d.rectangle(box, fill=MERGED_COLOUR + (45,), outline=MERGED_COLOUR + (255,), width=2)
                label(d, (box[0] + 2, box[1] + 2), f"{c.grid.row_span}×{c.grid.col_span}", MERGED_COLOUR,
                      size=11, above=False)
        d.rectangle((x0, y0, x1, y1), outline=colour + (255,), width=3)
        low = min((c.confidence for c in f.cells), default=1.0)
        text = f"table {n} · {f.method}/{f.strategy} · {f.n_rows}×{f.n_cols}"
        if f.method == "ocr":
            text += f" · min conf {low:.2f}"
        if t.title_box is None and t.heading.title:
            text += f" · title: {t.heading.title} ({t.heading.where})"
        label(d, (x0, y0), text, colour)
        if t.title_box:
            bx = _px(t.title_box, scale)
            d.rectangle(bx, outline=TITLE_COLOUR + (255,), width=2)
            label(d, (bx[0], bx[1]), f"title ({t.heading.where})", TITLE_COLOUR, size=12)
        if t.unit_box:
            bx = _px(t.unit_box, scale)
            d.rectangle(bx, outline=UNIT_COLOUR + (255,), width=2)
            label(d, (bx[2], bx[1]), f"unit: {t.heading.unit}", UNIT_COLOUR, size=12, right=True)
    page = Image.alpha_composite(base, overlay).convert("RGB")
    return _with_legend(page, insp)


_LEGEND = [("table read from the text layer", METHOD_COLOURS["text"]), ("table read by OCR", METHOD_COLOURS["ocr"]),
           ("ruling line", RULE_COLOUR), ("grid line", GRID_COLOUR), ("merged cell (rows×cols)", MERGED_COLOUR),
           ("title", TITLE_COLOUR), ("unit", UNIT_COLOUR),
           ("cell confidence: low → high", confidence_colour(LOW_CONFIDENCE))]


def _with_legend(page: Image.Image, insp: PageInspection) -> Image.Image:
    lines = insp.summary().splitlines()
    height = 12 + 22 * (len(lines) + 1) + 8
    out = Image.new("RGB", (page.width, page.height + height), "white")
    out.paste(page, (0, 0))
    d = ImageDraw.Draw(out)
    x, y = 8, page.height + 8
    for text, colour in _LEGEND:
        w = text_size(d, text, 14)[0]
        if x + 24 + w > page.width:
            x, y = 8, y + 22
        d.rectangle([x, y + 3, x + 16, y + 15], outline=colour, width=3)
        if colour == confidence_colour(LOW_CONFIDENCE):
            d.rectangle([x, y + 3, x + 8, y + 15], fill=colour)
            d.rectangle([x + 8, y + 3, x + 16, y + 15], fill=confidence_colour(1.0))
        draw_text(d, (x + 22, y), text, 14, "black")
        x += 40 + w
    for line in lines:
        y += 22
        draw_text(d, (8, y), line, 14, "black")
    return out


def write_inspection(path: str | os.PathLike, page: int, out: str | os.PathLike,
                     settings: ExtractionSettings = DEFAULT_SETTINGS, scale: float = DEFAULT_SCALE) -> PageInspection:
    """Inspect page ``page`` of the PDF at path and write the picture to ``out`` (PNG)."""
    insp = inspect_page(path, page, settings)
    image = upright(render_page(path, page, scale), insp.turn)
    draw_inspection(insp, image, scale).save(out, format="PNG")
    return insp


def draw_boxes(image: Image.Image, boxes: Iterable[tuple[Box, str]], scale: float, outline: Box | None = None,
               colour=HIGHLIGHT_COLOUR) -> Image.Image:
    """Boxes (PDF points) with their labels drawn over a page render: a translucent band
    and an outline each, and ``outline`` (a table's box) in the text-method colour."""
    base = image.convert("RGBA")
    overlay = Image.new("RGBA", base.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(overlay)
    if outline is not None:
        d.rectangle(_px(outline, scale), outline=METHOD_COLOURS["text"] + (255,), width=2)
    for box, text in boxes:
        px = _px(box, scale)
        d.rectangle(px, fill=colour + (50,), outline=colour + (255,), width=3)
        if text:
            label(d, (px[0], px[1]), text, colour, size=13)
    return Image.alpha_composite(base, overlay).convert("RGB")
