"""Build PDF and DOCX fixtures from the gold dev reports, so their table fields are known.

Each dev report with table fields in its gold is rendered with its own prose (normalized text,
table regions removed) and its tables rebuilt from the gold values in the printed template's
layout, merged cells included (table 3's row groups, table 4's two-level header):

- `NAME.ruled.pdf`: tables with ruling lines; table 3 starts low on a page so it runs on over
  the page break; a bold title drawn twice (as some PDF writers do); a running header and page
  numbers on every page;
- `NAME.unruled.pdf`: the same without ruling lines (columns only by alignment);
- `NAME.docx`: paragraphs and Word tables with merged cells.

`rasterize` turns a PDF into an image-only PDF (no text layer) for the OCR path.
CJK text needs a TrueType font: Debian's fonts-wqy-zenhei (`.ci/run` installs it).

    python tests/render_documents.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import registry  # noqa: E402
from extract.layouts import case_from_values  # noqa: E402
from extract.load import read_path  # noqa: E402
from extract.pipeline import prepare  # noqa: E402
from extract.split import load_split  # noqa: E402

FONT_FILES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
)
FONT = "CJK"
TABLE_PREFIXES = ("t1.", "t3.", "t4.", "legacy.")


def font_file() -> Path | None:
    return next((p for p in FONT_FILES if p.exists()), None)


@dataclass
class Grid:
    """A printed table: text per grid cell, merged areas as (row0, col0, row1, col1) inclusive."""

    cells: list[list[str]]
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)

    def add(self, row: list[str]) -> int:
        self.cells.append(row)
        return len(self.cells) - 1


def t1_grid(rows) -> Grid:
    grid = Grid([], widths=[155, 120, 120, 120])
    for row in rows:
        if row.header:
            r = grid.add([row.header[0], "", "", ""])
            grid.spans.append((r, 0, r, 3))
            titles = ["信息内容", *row.header[1:]]
            r = grid.add(titles + [""] * (4 - len(titles)))
            if len(titles) < 4:
                grid.spans.append((r, len(titles) - 1, r, 3))
        cells = [row.label, *[c or "" for c in row.cells]]
        r = grid.add(cells + [""] * (4 - len(cells)))
        if len(cells) < 4:
            grid.spans.append((r, len(cells) - 1, r, 3))
    return grid


_SUBGROUPS = {
    "denied.": "(三)不予公开",
    "unable.": "(四)无法提供",
    "not_processed.": "(五)不予处理",
    "other.": "(六)其他处理",
}


def t3_grid(rows, family: str) -> Grid:
    """Table 3 as printed: three label columns with row groups merged, seven applicant columns."""
    grid = Grid([], widths=[48, 52, 135] + [40] * 7)
    grid.add(["", "", "", "申请人情况"] + [""] * 6)
    grid.add(["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"])
    grid.add(["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""])
    grid.spans += [(0, 0, 2, 2), (0, 3, 0, 9), (1, 3, 2, 3), (1, 4, 1, 8), (1, 9, 2, 9)]
    template = registry.T3_ROWS_2021 if family == "2021" else registry.T3_ROWS_2019
    results: list[int] = []
    groups: dict[str, list[int]] = {}
    for spec, row in zip(template, rows, strict=True):
        values = [c or "" for c in row.cells]
        rid = spec.id
        if rid in ("new_received", "carried_over", "carried_forward"):
            r = grid.add([row.label, "", "", *values])
            grid.spans.append((r, 0, r, 2))
            continue
        group = next((g for prefix, g in _SUBGROUPS.items() if rid.startswith(prefix)), None)
        if family == "2019" and rid == "other.other":
            group = None
        if group:
            r = grid.add(["三、本年度办理结果" if not results else "", group if group not in groups else "", row.label])
            groups.setdefault(group, []).append(r)
        else:
            r = grid.add(["三、本年度办理结果" if not results else "", row.label, ""])
            grid.spans.append((r, 1, r, 2))
        grid.cells[r] += values
        results.append(r)
    if results:
        grid.spans.append((results[0], 0, results[-1], 0))
    for members in groups.values():
        if len(members) > 1:
            grid.spans.append((members[0], 1, members[-1], 1))
    return grid


def t4_grid(rows) -> Grid:
    grid = Grid([], widths=[34.3] * 15)
    results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    grid.add(["行政复议"] + [""] * 4 + ["行政诉讼"] + [""] * 9)
    grid.add(results + ["未经复议直接起诉"] + [""] * 4 + ["复议后起诉"] + [""] * 4)
    grid.add([""] * 5 + results + results)
    grid.add([c or "" for c in rows[0].cells])
    grid.spans += [(0, 0, 0, 4), (0, 5, 0, 14), (1, 5, 1, 9), (1, 10, 1, 14)] + [(1, c, 2, c) for c in range(5)]
    return grid


def legacy_grid(values: dict[str, float]) -> Grid | None:
    grid = Grid([["统计指标", "单位", "统计数"]], widths=[300, 80, 135])
    for path, labels, unit in registry.LEGACY_ROWS:
        value = values.get(f"legacy.{path}")
        if value is not None:
            grid.add([labels[0], unit, str(int(value)) if float(value).is_integer() else str(value)])
    return grid if len(grid.cells) > 1 else None


def report_blocks(gold: dict, corpus: Path) -> list[tuple]:
    """("title", text) / ("p", text) / ("table", title, Grid) blocks of one gold report."""
    values = {k: v for k, v in gold["fields"].items() if k.startswith(TABLE_PREFIXES) and v is not None}
    family = gold["report"].get("family") or "2021"
    tables: list[tuple[str, Grid]] = []
    if family == "legacy":
        grid = legacy_grid(values)
        if grid:
            tables.append(("政府信息公开统计表", grid))
    else:
        case = case_from_values(family, values)
        for title, rows in case.sections:
            if title.startswith("二"):
                tables.append((title, t1_grid(rows)))
            elif title.startswith("三"):
                tables.append((title, t3_grid(rows, family)))
            else:
                tables.append((title, t4_grid(rows)))
    prepared = prepare(read_path(corpus / gold["file"]))
    text = prepared.mapped.text
    regions = sorted(t.span for t in prepared.tables if t.span)
    first = regions[0][0] if regions else len(text)
    kept, pos = [], 0
    for start, end in regions:
        kept.append((pos, text[pos:start]))
        pos = max(pos, end)
    kept.append((pos, text[pos:]))
    blocks: list[tuple] = []
    placed = False
    title = gold["report"].get("title")
    if title:
        blocks.append(("title", title))
    for at, chunk in kept:
        if at >= first and not placed:
            blocks += [("table", t, g) for t, g in tables]
            placed = True
        for line in chunk.splitlines():
            line = line.replace("|", " ").strip()
            if line and line != title:
                blocks.append(("p", line))
    if not placed:
        blocks += [("table", t, g) for t, g in tables]
    return blocks


# --- PDF (reportlab) -------------------------------------------------------------------


def _register_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return FONT
    path = font_file()
    if path is not None:
        pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
        return FONT
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # text layer only; not embedded
    return "STSong-Light"


def to_pdf(blocks: list[tuple], path: Path, *, ruled: bool, split_table3: bool = True) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = _register_font()
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK", firstLineIndent=21)
    cell = ParagraphStyle("cell", fontName=font, fontSize=7.5, leading=9.5, wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, firstLineIndent=0, spaceBefore=6)

    class BoldTitle(Flowable):
        """A title drawn twice, a hair apart: how some writers fake bold (doubled characters)."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

        def wrap(self, width, height):
            self.width = width
            return width, 30

        def draw(self):
            self.canv.setFont(font, 14)
            for dx in (0, 0.3):
                self.canv.drawCentredString(self.width / 2 + dx, 10, self.text[:38])

    class LowOnPage(Flowable):
        """Takes up space so that the next flowable starts `keep` points above the page bottom."""

        def __init__(self, keep: float) -> None:
            super().__init__()
            self.keep = keep

        def wrap(self, width, height):
            return width, max(0.0, height - self.keep)

        def draw(self):
            pass

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(40, A4[1] - 28, "政府信息公开工作年度报告")
        canvas.drawCentredString(A4[0] / 2, 24, f"- {doc.page} -")
        canvas.restoreState()

    story: list = []
    for block in blocks:
        if block[0] == "title":
            story.append(BoldTitle(block[1]))
        elif block[0] == "p":
            story.append(Paragraph(escape(block[1]), body))
        else:
            _, title, grid = block
            if split_table3 and title.startswith("三"):
                story.append(LowOnPage(260))
            story.append(Paragraph(escape(title), heading))
            data = [[Paragraph(escape(c), cell) if c else "" for c in row] for row in grid.cells]
            style = [
                ("FONT", (0, 0), (-1, -1), font, 7.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
            style += [("SPAN", (c0, r0), (c1, r1)) for r0, c0, r1, c1 in grid.spans]
            if ruled:
                style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            story.append(Table(data, colWidths=grid.widths or None, style=TableStyle(style)))
            story.append(Spacer(1, 8))
    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=50, bottomMargin=50)
    document.build(story, onFirstPage=decorate, onLaterPages=decorate)


# --- DOCX (python-docx) ------------------------------------------------------------------


def to_docx(blocks: list[tuple], path: Path) -> None:
    import docx

    document = docx.Document()
    for block in blocks:
        if block[0] == "title":
            document.add_heading(block[1], level=1)
        elif block[0] == "p":
            document.add_paragraph(block[1])
        else:
            _, title, grid = block
            document.add_paragraph(title)
            table = document.add_table(rows=len(grid.cells), cols=len(grid.cells[0]))
            table.style = "Table Grid"
            for r, row in enumerate(grid.cells):
                for c, text in enumerate(row):
                    if text:
                        table.cell(r, c).text = text
            for r0, c0, r1, c1 in grid.spans:
                table.cell(r0, c0).merge(table.cell(r1, c1))
    document.save(str(path))


def rasterize(pdf: Path, out: Path, *, scale: float = 2.5) -> None:
    """An image-only copy of a PDF: each page rendered to pixels, no text layer left."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        images = [page.render(scale=scale).to_pil().convert("RGB") for page in document]
    finally:
        document.close()
    images[0].save(out, "PDF", resolution=72 * scale, save_all=True, append_images=images[1:])


# --- building the set ---------------------------------------------------------------------


def dev_reports_with_tables(root: Path = ROOT) -> list[dict]:
    split = load_split(root / "annotations" / "split.tsv")
    out = []
    for path in sorted((root / "annotations" / "gold").glob("*/*.json")):
        key = path.relative_to(root / "annotations" / "gold").as_posix()
        if split.get(key) != "dev":
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        if any(
            k.startswith(TABLE_PREFIXES) and ".prose." not in k and v is not None for k, v in gold["fields"].items()
        ):
            out.append(gold)
    return out


def build(out: Path, root: Path = ROOT) -> list[tuple[dict, dict[str, Path]]]:
    """Render every dev report with tables; returns (gold, {variant: path})."""
    out.mkdir(parents=True, exist_ok=True)
    corpus = root / "annotations" / "corpus"
    made = []
    for gold in dev_reports_with_tables(root):
        stem = Path(gold["file"]).stem
        blocks = report_blocks(gold, corpus)
        paths = {
            "ruled": out / f"{stem}.ruled.pdf",
            "unruled": out / f"{stem}.unruled.pdf",
            "docx": out / f"{stem}.docx",
        }
        to_pdf(blocks, paths["ruled"], ruled=True)
        to_pdf(blocks, paths["unruled"], ruled=False)
        to_docx(blocks, paths["docx"])
        made.append((gold, paths))
    return made


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "out/fixtures")
    for gold, paths in build(target):
        print(gold["file"], *(p.name for p in paths.values()))
