"""PDF and Word input: text with its layout, as the same kind of `Source` as a web page.

A PDF page becomes lines of characters (pdfplumber, doubled characters removed); ruled tables
are cut along their ruling lines (pdfplumber's table finder), unruled ones along the gaps
between aligned words; each table row is written as a `| cell | cell |` line, the form the
HTML view gives, so the one table reconstructor reads all formats. Page headers, footers and
page numbers are dropped; a paragraph's wrapped lines are joined; a table that runs on over
a page break continues as one run of rows. Every character of the resulting text keeps the
page and box it was printed in (`Source.boxes`), so fields can point at the page.

Pages without a text layer (scanned, 图片版) are detected; with `ocr=True` they are read by
RapidOCR (`rapidocr-onnxruntime`, Chinese models in its wheel) and its text boxes go through
the same line and cell grouping. `.docx` is read with python-docx (paragraphs and tables in
document order, merged cells written once); `.doc` is refused with a hint to convert it.
"""

from __future__ import annotations

import io
import re
import signal
import statistics
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from . import errors

MAX_PAGES = 500
PDF_SECONDS = 120.0
OCR_SCALE = 2.5  # render scale for OCR: 72 dpi × 2.5 = 180 dpi


@dataclass(frozen=True)
class Box:
    """Where a character was printed: page (1-based) and its box in PDF points, origin top left."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Glyph:
    text: str
    box: Box


@dataclass
class TextLine:
    glyphs: list[Glyph]
    cells: list[list[Glyph]]  # the line cut at wide gaps; one cell for prose

    @property
    def top(self) -> float:
        return min(g.box.top for g in self.glyphs)

    @property
    def bottom(self) -> float:
        return max(g.box.bottom for g in self.glyphs)

    @property
    def x0(self) -> float:
        return self.glyphs[0].box.x0

    @property
    def x1(self) -> float:
        return self.glyphs[-1].box.x1

    @property
    def text(self) -> str:
        return "".join(g.text for g in self.glyphs)


@dataclass
class Block:
    """A page's unit in reading order: a text line, or one table's rows of cells."""

    top: float
    line: TextLine | None = None
    rows: list[list[list[Glyph]]] | None = None
    table_lines: list[TextLine] | None = None  # an unruled table, before its columns are found


class _Writer:
    """Text plus one box (or None for synthetic characters) per character."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.boxes: list[Box | None] = []

    def glyphs(self, glyphs: Iterable[Glyph]) -> None:
        for g in glyphs:
            self.parts.append(g.text)
            self.boxes.extend([g.box] * len(g.text))

    def marker(self, text: str) -> None:
        self.parts.append(text)
        self.boxes.extend([None] * len(text))

    def newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.marker("\n")

    def text(self) -> str:
        return "".join(self.parts)


# --- grouping glyphs into lines and cells ------------------------------------------------


def group_lines(glyphs: list[Glyph], *, gap_factor: float = 1.6) -> list[TextLine]:
    """Glyphs of one page (or one cell) into lines by vertical overlap, each cut at wide gaps."""
    lines: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: (round(g.box.top, 1), g.box.x0)):
        height = g.box.bottom - g.box.top
        for line in reversed(lines[-3:]):
            top = statistics.median(x.box.top for x in line)
            bottom = statistics.median(x.box.bottom for x in line)
            overlap = min(bottom, g.box.bottom) - max(top, g.box.top)
            if overlap > 0.5 * min(height, bottom - top):
                line.append(g)
                break
        else:
            lines.append([g])
    out = []
    for line in lines:
        line.sort(key=lambda g: g.box.x0)
        out.append(TextLine(line, _cut_cells(line, gap_factor)))
    out.sort(key=lambda ln: ln.top)
    return out


def _cut_cells(line: list[Glyph], gap_factor: float) -> list[list[Glyph]]:
    heights = [g.box.bottom - g.box.top for g in line if g.text.strip()]
    em = statistics.median(heights) if heights else 10.0
    cells: list[list[Glyph]] = [[]]
    previous: Glyph | None = None
    for g in line:
        if previous is not None and g.box.x0 - previous.box.x1 > gap_factor * em and cells[-1]:
            cells.append([])
        if g.text.strip():
            cells[-1].append(g)
            previous = g
    return [c for c in cells if c]


def _cell_glyphs(glyphs: list[Glyph]) -> list[Glyph]:
    """A cell's glyphs in reading order, its wrapped lines joined."""
    return [g for line in group_lines(glyphs, gap_factor=1e9) for g in line.glyphs]


# --- page headers, footers and numbers --------------------------------------------------

_PAGE_NUMBER = re.compile(
    r"^\s*([-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(\s*[,,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d{1,4}|page\s*\d+.*)\s*$",
    re.I,
)


def _running_lines(pages: list[list[TextLine]], heights: list[float]) -> set[tuple[int, int]]:
    """(page index, line index) of page numbers and of header/footer lines repeated across pages."""
    drop: set[tuple[int, int]] = set()
    seen: Counter[str] = Counter()
    margins: list[list[tuple[int, str]]] = []
    for p, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        here = []
        for i, line in enumerate(lines):
            if line.top < 0.09 * height or line.bottom > 0.91 * height:
                if _PAGE_NUMBER.match(line.text):
                    drop.add((p, i))
                    continue
                if len(line.cells) > 1 or not re.search(r"[^\d\s,.#-]", line.text):
                    continue  # a table row or a line of numbers is content, however often its shape recurs
                here.append((i, re.sub(r"\d+", "#", line.text.replace(" ", ""))))
        margins.append(here)
        seen.update({key for _, key in here})
    if len(pages) >= 2:
        for p, here in enumerate(margins):
            for i, key in here:
                if seen[key] >= max(2, len(pages) // 2):
                    drop.add((p, i))
    return drop


# --- PDF ----------------------------------------------------------------------------------


def _open_pdf(name: str, data: bytes):  # -> pdfplumber.PDF
    import pdfplumber

    if not data.lstrip()[:1024].startswith(b"%PDF"):
        raise errors.bad_document(name, "PDF", "no %PDF header")
    pdf = None
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        count = len(pdf.pages)
    except Exception as exc:  # pdfminer raises many types for broken files
        if pdf is not None:
            pdf.close()
        text = f"{type(exc).__name__} {exc}".lower()
        cause = getattr(exc, "__cause__", None) or getattr(exc, "args", [None])[0]
        if "password" in text or "encrypt" in text or "password" in type(cause).__name__.lower():
            raise errors.encrypted_document(name) from exc
        raise errors.bad_document(name, "PDF", f"{type(exc).__name__}: {exc}"[:200]) from exc
    if count == 0:
        pdf.close()
        raise errors.bad_document(name, "PDF", "it has no pages")
    return pdf


def _has_sideways_text(page) -> bool:
    try:
        return bool(page.chars) and not any(c.get("upright", True) for c in page.chars)
    except Exception:
        return False


def _page_glyphs(page, number: int) -> list[Glyph]:
    chars = page.chars
    seen = {(c["text"], round(c["x0"]), round(c["top"])) for c in chars}
    if len(seen) < len(chars):  # a character drawn twice (fake bold): let pdfplumber drop the copies
        chars = page.dedupe_chars(tolerance=1).chars
    return [
        Glyph(c["text"], Box(number, float(c["x0"]), float(c["top"]), float(c["x1"]), float(c["bottom"])))
        for c in chars
        if c.get("text") and c.get("upright", True)
    ]


_RULED = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "intersection_tolerance": 3,
}


def _page_blocks(page, glyphs: list[Glyph]) -> list[Block]:
    """Ruled tables as rows of cells (by the finder's cell boxes), the rest as text lines."""
    blocks: list[Block] = []
    used: set[int] = set()
    try:
        tables = page.find_tables(_RULED) if (page.lines or page.rects) else []
    except Exception:  # a broken drawing must not lose the page's text
        tables = []
    for table in tables:
        rows: list[list[list[Glyph]]] = []
        taken: set[int] = set()
        for row in table.rows:
            cells: list[list[Glyph]] = []
            for bbox in row.cells:
                if bbox is None:
                    continue  # covered by a merged cell, printed once where it starts
                x0, top, x1, bottom = bbox
                inside = [
                    i
                    for i, g in enumerate(glyphs)
                    if i not in used
                    and i not in taken
                    and x0 <= (g.box.x0 + g.box.x1) / 2 <= x1
                    and top <= (g.box.top + g.box.bottom) / 2 <= bottom
                ]
                taken.update(inside)
                cells.append(_cell_glyphs([glyphs[i] for i in inside]))
            if any(cells):
                rows.append(cells)
        # a box around text (a framed paragraph, a title rule) is not a table: its text stays prose
        if rows and any(sum(1 for c in row if c) > 1 for row in rows):
            used.update(taken)
            blocks.append(Block(top=float(table.bbox[1]), rows=rows))
    rest = [g for i, g in enumerate(glyphs) if i not in used]
    if rest:
        blocks += [Block(top=line.top, line=line) for line in group_lines(rest)]
    blocks.sort(key=lambda b: b.top)
    return blocks


# --- unruled tables: columns from text alignment --------------------------------------------

# A value cell: a number, or a placeholder printed for nothing (—, /, 无).
_NUMBER_CELL = re.compile(r"^(?:[-+]?[\d,,.]+%?|[—–\-－/]+|无)$")


def _em(line: TextLine) -> float:
    return statistics.median(g.box.bottom - g.box.top for g in line.glyphs)


def _is_number(cell: list[Glyph]) -> bool:
    return bool(_NUMBER_CELL.match("".join(g.text for g in cell)))


def _unruled_tables(lines: list[TextLine], right: float) -> list[Block]:
    """Lines as blocks: runs of aligned multi-cell lines (with the short lines wrapped inside
    their cells) become tables, the rest stay text lines."""
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if len(line.cells) < 2:
            blocks.append(Block(top=line.top, line=line))
            i += 1
            continue
        em = _em(line)
        j = i + 1
        while j < len(lines):
            nxt, last = lines[j], lines[j - 1]
            close = nxt.top - last.bottom < 2.5 * em and abs(_em(nxt) - em) < 0.2 * em
            if not close or (len(nxt.cells) < 2 and nxt.x1 >= right - 3 * em):
                break
            j += 1
        while j - 1 > i and len(lines[j - 1].cells) < 2:
            j -= 1  # a table ends with a row of cells, not with a short line after it
        blocks.append(Block(top=line.top, table_lines=lines[i:j]))
        i = j
    return blocks


def _columns(lines: list[TextLine], em: float) -> list[tuple[float, float]]:
    """Column intervals of an unruled table from the horizontal extents of its cells, so left-,
    centre- and right-aligned columns are found alike. Narrow cells go first: a cell joins the one
    column it overlaps (unless its line already has a cell there) or starts a new one; a cell
    overlapping several columns (a header over a group, a label over merged label columns) adds none."""
    cells = [(n, cell[0].box.x0, max(g.box.x1 for g in cell)) for n, line in enumerate(lines) for cell in line.cells]
    columns: list[list] = []  # [x0, x1, lines with a cell in it]
    for n, x0, x1 in sorted(cells, key=lambda c: c[2] - c[1]):
        hits = [col for col in columns if x0 < col[1] + 0.3 * em and col[0] - 0.3 * em < x1]
        if not hits:
            columns.append([x0, x1, {n}])
        elif len(hits) == 1 and n not in hits[0][2]:
            hits[0][0], hits[0][1] = min(hits[0][0], x0), max(hits[0][1], x1)
            hits[0][2].add(n)
    columns.sort(key=lambda col: col[0])
    # Headers flush left over numbers flush right leave two columns that never share a line:
    # join the closest such neighbours.
    while True:
        pairs = [
            (columns[k + 1][0] - columns[k][1], k)
            for k in range(len(columns) - 1)
            if not columns[k][2] & columns[k + 1][2]
        ]
        gap, k = min(pairs, default=(None, -1))
        if gap is None or gap > 1.5 * em:
            break
        left, right = columns[k], columns.pop(k + 1)
        left[1], left[2] = max(left[1], right[1]), left[2] | right[2]
    return [(col[0], col[1]) for col in columns]


def _align_rows(lines: list[TextLine], em: float) -> list[list[list[Glyph]]]:
    """Rows of an unruled table: cells placed in the columns found from their extents (blank
    cells kept where a column has no value), lines wrapped inside a cell joined to it."""
    columns = _columns(lines, em)
    right_edge = max(g.box.x1 for line in lines for g in line.glyphs)

    def column(cell: list[Glyph]) -> int:
        x0, x1 = cell[0].box.x0, max(g.box.x1 for g in cell)
        overlaps = [min(x1, c1) - max(x0, c0) for c0, c1 in columns]
        starts = [k for k, (c0, c1) in enumerate(columns) if c0 - 0.3 * em <= x0 <= c1]
        return starts[0] if starts else max(range(len(columns)), key=lambda k: overlaps[k])

    def limit(k: int) -> float:
        return columns[k + 1][0] if k + 1 < len(columns) else right_edge

    rows: list[dict[int, list[Glyph]]] = []
    last_in_column: dict[int, list[Glyph]] = {}
    for line in lines:
        placed: dict[int, list[Glyph]] = {}
        for cell in line.cells:
            k = column(cell)
            above = last_in_column.get(k)
            wrapped = (
                above is not None
                and not _is_number(cell)
                and above[-1].box.page == cell[0].box.page
                and cell[0].box.top - above[-1].box.bottom < 0.6 * em
                and above[-1].box.x1 >= limit(k) - 3.0 * em
            )
            if wrapped:
                above.extend(cell)
            else:
                placed.setdefault(k, []).extend(cell)
                last_in_column[k] = placed[k]
        if placed:
            rows.append(placed)
    numeric_columns = [k for row in rows for k, c in row.items() if _is_number(c)]
    first_value = min(numeric_columns) if numeric_columns else len(columns)
    value_columns = range(first_value, len(columns))
    out: list[list[list[Glyph]]] = []
    for row in rows:
        labels = [row[k] for k in sorted(row) if k < first_value]
        if any(_is_number(c) for c in row.values()) or (labels and len(labels) == len(row) and first_value):
            # a data row; one with labels only is a row whose values are all blank
            out.append(labels + [row.get(k, []) for k in value_columns])
        else:
            out.append([row[k] for k in sorted(row)])
    return out


def _text_left_right(pages: list[list[TextLine]]) -> tuple[float, float]:
    """The text column's usual left edge (most common start of long lines) and right edge."""
    long = [ln for lines in pages for ln in lines if len(ln.cells) == 1 and len(ln.glyphs) > 12]
    if not long:
        return 0.0, 1e9
    left = Counter(round(ln.x0) for ln in long).most_common(1)[0][0]
    right = sorted(ln.x1 for ln in long)[int(0.75 * (len(long) - 1))]
    return float(left), right


def _write_pages(pages_blocks: list[list[Block]], heights: list[float]) -> tuple[str, list[Box | None]]:
    """All pages' blocks as one text: prose lines joined into paragraphs, table rows as `|` lines."""
    line_pages = [[b.line for b in blocks if b.line] for blocks in pages_blocks]
    drop = _running_lines(line_pages, heights)
    dropped_ids = {id(line_pages[p][i]) for p, i in drop}
    left, right = _text_left_right(line_pages)
    pages: list[list[Block]] = []
    for blocks in pages_blocks:
        kept: list[Block] = [b for b in blocks if b.rows is not None]
        lines = [b.line for b in blocks if b.line and id(b.line) not in dropped_ids]
        kept += _unruled_tables(lines, right)
        kept.sort(key=lambda b: b.top)
        if pages and pages[-1] and kept and pages[-1][-1].table_lines and kept[0].table_lines:
            pages[-1][-1].table_lines += kept.pop(0).table_lines  # an unruled table runs on over the page break
        pages.append(kept)
    for blocks in pages:
        for block in blocks:
            if block.table_lines:
                block.rows = _align_rows(block.table_lines, _em(block.table_lines[0]))
    out = _Writer()
    previous: TextLine | None = None
    for blocks in pages:
        for block in blocks:
            if block.rows is not None:
                out.newline()
                for row in block.rows:
                    out.newline()
                    _write_row(out, row)
                out.newline()
                previous = None
                continue
            line = block.line
            em = _em(line)
            continues = (
                previous is not None
                and previous.x1 >= right - 2.0 * em
                and line.x0 <= left + 0.5 * em
                and not re.search(r"[。::;;!?!?]$", previous.text.strip())
            )
            if not continues:
                out.newline()
            out.glyphs(line.glyphs)
            previous = line
    out.newline()
    return out.text(), out.boxes


def _write_row(out: _Writer, cells: list[list[Glyph]]) -> None:
    for i, cell in enumerate(cells):
        out.marker(" | " if i else "| ")
        out.glyphs(cell)
    out.marker(" |")


def _has_outlines(page) -> bool:
    """Many drawn shapes and next to no characters: text turned into outlines, readable only by OCR."""
    try:
        return len(page.curves) + len(page.rects) + len(page.lines) > 50
    except Exception:
        return False


def _has_images(page) -> bool:
    try:
        return bool(page.images)
    except Exception:
        return False


@contextmanager
def _hard_deadline(name: str, seconds: float) -> Iterator[None]:
    """In the main thread (the CLI), an alarm stops a parse stuck inside one page; elsewhere (server
    threads, which have their own request timeout) the between-pages check has to do."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def on_alarm(signum, frame) -> None:
        raise errors.too_slow(name, seconds, -1, -1)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds + 5.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def read_pdf(
    name: str, data: bytes, *, ocr: bool = False, max_pages: int = MAX_PAGES, seconds: float = PDF_SECONDS
):  # -> Source
    """The text (with boxes) of a PDF; OCR for pages without a text layer when `ocr` is set."""
    with _hard_deadline(name, seconds):
        return _read_pdf(name, data, ocr=ocr, max_pages=max_pages, seconds=seconds)


def _read_pdf(name: str, data: bytes, *, ocr: bool, max_pages: int, seconds: float):  # -> Source
    from .load import Source

    started = time.monotonic()
    pdf = _open_pdf(name, data)
    engine: _OcrPages | None = None
    try:
        count = len(pdf.pages)
        if count > max_pages:
            raise errors.too_many_pages(name, count, max_pages)
        pages_blocks: list[list[Block]] = []
        heights: list[float] = []
        scanned: list[int] = []
        sideways: list[int] = []
        for index, page in enumerate(pdf.pages):
            if time.monotonic() - started > seconds:
                raise errors.too_slow(name, seconds, index, count)
            number = index + 1
            try:
                glyphs = _page_glyphs(page, number)
            except Exception as exc:
                raise errors.bad_document(name, "PDF", f"page {number}: {type(exc).__name__}: {exc}"[:200]) from exc
            heights.append(float(page.height))
            if not glyphs and _has_sideways_text(page):
                sideways.append(number)  # text printed rotated on the page: not read, not scanned either
                pages_blocks.append([])
                continue
            if len([g for g in glyphs if g.text.strip()]) < 5:
                if not ocr:
                    if _has_images(page) or not glyphs or _has_outlines(page):
                        scanned.append(number)
                    pages_blocks.append([])
                    continue
                engine = engine or _OcrPages(data)
                pages_blocks.append(engine.blocks(number))
                continue
            pages_blocks.append(_page_blocks(page, glyphs))
            page.flush_cache()
        if scanned and len(scanned) == count:
            raise errors.no_text_layer(name, count)
        text, boxes = _write_pages(pages_blocks, heights)
    finally:
        pdf.close()
        if engine is not None:
            engine.close()
    if not text.strip():
        raise errors.empty_input(name)
    notes = []
    if scanned:
        notes.append(f"pages {', '.join(map(str, scanned))} have no text layer (scanned); rerun with --ocr")
    if sideways:
        notes.append(f"pages {', '.join(map(str, sideways))} print their text sideways; it was not read")
    notes = tuple(notes)
    return Source(name=name, text=text, is_html=False, encoding="pdf", boxes=tuple(boxes), notes=notes)


# --- OCR ----------------------------------------------------------------------------------


def _ocr_engine():  # -> rapidocr_onnxruntime.RapidOCR
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError as exc:
        raise errors.missing_extra("OCR", "ocr") from exc
    # Small table digits score low and are lost at the default 0.5; pages are upright (no classifier);
    # the page image is not shrunk below the render size.
    return RapidOCR(text_score=0.3, use_cls=False, max_side_len=4000)


_DIGIT_LOOKALIKES = str.maketrans({"o": "0", "O": "0", "〇": "0", "l": "1", "I": "1", "|": "1"})


def _fix_ocr_text(text: str) -> str:
    """A box of digits and digit look-alikes ('o' for 0, 'l' for 1) is a number: read it as one."""
    if re.fullmatch(r"[-+]?[0-9oOlI|〇,.]+", text) and re.search(r"[0-9oO〇]", text):
        return text.translate(_DIGIT_LOOKALIKES)
    return text


def ocr_glyphs(engine, image, number: int, scale: float) -> list[Glyph]:
    """RapidOCR's text boxes on one page image as glyphs, each box's width shared by its characters."""
    result, _ = engine(image, use_cls=False, box_thresh=0.4)
    glyphs: list[Glyph] = []
    for points, text, _score in result or []:
        text = _fix_ocr_text(text.strip())
        if not text:
            continue
        xs = [p[0] / scale for p in points]
        ys = [p[1] / scale for p in points]
        x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
        step = (x1 - x0) / len(text)
        for k, ch in enumerate(text):
            if ch.strip():
                glyphs.append(Glyph(ch, Box(number, x0 + k * step, top, x0 + (k + 1) * step, bottom)))
    return glyphs


def _grid_tables(image, text_height: float) -> list[list[list[tuple[int, int, int, int]]]]:
    """Ruled tables on a page image: per table, rows of cell rectangles (x0, y0, x1, y1) in pixels.

    Ruling lines are the ink runs longer than 1.5 text heights (OpenCV morphology); a table is a
    large connected grid, its cells the enclosed blank regions; a merged cell is one region,
    found in the row where it starts.
    """
    import cv2
    import numpy as np

    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    ink = np.where(gray < 160, 255, 0).astype(np.uint8)
    length = max(12, int(1.5 * text_height))
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, length)))
    grid = cv2.dilate(horizontal | vertical, np.ones((3, 3), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(grid, connectivity=8)
    tables = []
    for k in range(1, count):
        x, y, w, h, _ = stats[k]
        if w < 0.25 * image.shape[1] or h < 2 * length:
            continue
        inner = 255 - grid[y : y + h, x : x + w]
        n, _, cell_stats, _ = cv2.connectedComponentsWithStats(inner, connectivity=4)
        cells = []
        for c in range(1, n):
            cx, cy, cw, ch, _ = cell_stats[c]
            if cw < 4 or ch < 4 or cx == 0 or cy == 0 or cx + cw >= w or cy + ch >= h:
                continue  # a speck, or the page outside the table's border
            cells.append((x + cx, y + cy, x + cx + cw, y + cy + ch))
        cells.sort(key=lambda r: (r[1], r[0]))
        rows: list[list[tuple[int, int, int, int]]] = []
        for cell in cells:
            if rows and abs(rows[-1][0][1] - cell[1]) <= 4:
                rows[-1].append(cell)
            else:
                rows.append([cell])
        if len(rows) >= 2:
            tables.append([sorted(row) for row in rows])
    return tables


class _OcrPages:
    """Renders pages with PDFium and reads them with RapidOCR; both opened once per document."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2 as pdfium

        self.engine = _ocr_engine()
        self.document = pdfium.PdfDocument(data)

    def blocks(self, number: int) -> list[Block]:
        """One page as blocks: ruled tables found in the image (cells read where OCR's detector
        saw nothing but ink), the rest as text lines."""
        import numpy as np

        image = np.asarray(self.document[number - 1].render(scale=OCR_SCALE).to_pil().convert("RGB"))
        return self.image_blocks(image, number, OCR_SCALE)

    def image_blocks(self, image, number: int, scale: float) -> list[Block]:
        glyphs = ocr_glyphs(self.engine, image, number, scale)
        heights = [g.box.bottom - g.box.top for g in glyphs]
        text_height = statistics.median(heights) * scale if heights else 20.0
        used: set[int] = set()
        blocks: list[Block] = []
        for table in _grid_tables(image, text_height):
            rows: list[list[list[Glyph]]] = []
            for row in table:
                cells: list[list[Glyph]] = []
                for x0, y0, x1, y1 in row:
                    inside = [
                        i
                        for i, g in enumerate(glyphs)
                        if i not in used
                        and x0 <= (g.box.x0 + g.box.x1) / 2 * scale <= x1
                        and y0 <= (g.box.top + g.box.bottom) / 2 * scale <= y1
                    ]
                    used.update(inside)
                    found = [glyphs[i] for i in inside] or self._read_cell(image, (x0, y0, x1, y1), number, scale)
                    cells.append(_cell_glyphs(found))
                if any(cells):
                    rows.append(cells)
            if rows:
                blocks.append(Block(top=table[0][0][1] / scale, rows=rows))
        rest = [g for i, g in enumerate(glyphs) if i not in used]
        blocks += [Block(top=line.top, line=line) for line in group_lines(rest)]
        return sorted(blocks, key=lambda b: b.top)

    def _read_cell(self, image, rect: tuple[int, int, int, int], number: int, scale: float) -> list[Glyph]:
        """Recognition alone on a cell the detector passed over (a lone small digit), if it holds ink."""
        import numpy as np

        x0, y0, x1, y1 = rect
        crop = image[y0 + 2 : y1 - 1, x0 + 2 : x1 - 1]
        if crop.size == 0 or (np.asarray(crop).min(axis=2) < 128).sum() < 6:
            return []
        dark = np.argwhere(np.asarray(crop).min(axis=2) < 128)
        (ty, tx), (by, bx) = dark.min(axis=0), dark.max(axis=0)
        pad = 4
        tight = crop[max(0, ty - pad) : by + pad + 1, max(0, tx - pad) : bx + pad + 1]
        (text, score), *_ = self.engine.text_rec([np.ascontiguousarray(tight)])[0]
        text = _fix_ocr_text(text.strip())
        if not text or score < 0.3:
            return []
        left, right = (x0 + 2 + tx) / scale, (x0 + 2 + bx) / scale
        top, bottom = (y0 + 2 + ty) / scale, (y0 + 2 + by) / scale
        step = (right - left) / len(text)
        return [
            Glyph(ch, Box(number, left + k * step, top, left + (k + 1) * step, bottom))
            for k, ch in enumerate(text)
            if ch.strip()
        ]

    def close(self) -> None:
        self.document.close()


# --- Word -----------------------------------------------------------------------------------


def read_docx(name: str, data: bytes):  # -> Source
    """Paragraphs and tables of a .docx in document order; merged cells written once."""
    from .load import Source

    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise errors.bad_document(name, "Word (.docx)", f"{type(exc).__name__}: {exc}"[:200]) from exc
    out = _Writer()
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            out.newline()
            out.marker(item.text)
            out.newline()
        elif isinstance(item, Table):
            _write_docx_table(out, item, Table)
    text = out.text()
    if not text.strip():
        raise errors.empty_input(name)
    return Source(name=name, text=text, is_html=False, encoding="docx")


def _write_docx_table(out: _Writer, table, table_type: type) -> None:
    """A Word table as `|` rows; a table nested in a cell follows the row that holds it."""
    out.newline()
    seen: dict[int, object] = {}  # id → cell element, kept alive so ids stay unique
    for row in table.rows:
        cells, nested = _docx_row_cells(row, seen, table_type)
        if any(cells):
            out.newline()
            for i, text in enumerate(cells):
                out.marker((" | " if i else "| ") + text)
            out.marker(" |")
            out.newline()
        for inner in nested:
            _write_docx_table(out, inner, table_type)


def _docx_row_cells(row, seen: dict[int, object], table_type: type) -> tuple[list[str], list]:
    """A row's cell texts, each merged cell once, and the tables nested in its cells.

    python-docx hands a merged cell back at every grid position it covers, so a cell element
    already written (to the left, or in a row above for a vertical merge) prints nothing, as an
    HTML rowspan/colspan."""
    cells: list[str] = []
    nested: list = []
    for cell in row.cells:
        tc = cell._tc
        if id(tc) in seen:
            continue
        seen[id(tc)] = tc
        cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        nested += [t for t in cell.iter_inner_content() if isinstance(t, table_type)]
    return cells, nested


def sniff(name: str, data: bytes) -> str | None:
    """'pdf', 'docx' or 'doc' when the bytes (or the name) say so."""
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if data[:1024].lstrip().startswith(b"%PDF") or suffix == "pdf":
        return "pdf"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"  # Word 97-2003 (or an encrypted .docx, which is stored the same way)
    if suffix == "doc":
        return None  # many sites save HTML, MHT or text with a .doc name: read it as what it is
    if (data.startswith(b"PK\x03\x04") and b"word/" in data[:4096]) or suffix == "docx":
        return "docx"
    return None
