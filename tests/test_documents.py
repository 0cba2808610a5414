"""PDF and Word input: rendered dev reports give the gold table fields; bad files give clear errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.documents import _fix_ocr_text, group_lines, read_pdf, sniff
from extract.errors import ZfxxgkError
from extract.pipeline import extract_bytes, extract_path

pytest.importorskip("reportlab")
import render_documents as rd  # noqa: E402  (tests/ is on sys.path under pytest)

REQUIRE_FONT = os.environ.get("ZFXXGK_REQUIRE_CJK_FONT") == "1"
TABLE_REPORTS = rd.dev_reports_with_tables()
runner = CliRunner()


def table_fields(fields: dict) -> dict[str, float]:
    return {k: v for k, v in fields.items() if k.startswith(rd.TABLE_PREFIXES) and ".prose." not in k}


def gold_tables(gold: dict) -> dict[str, float]:
    return {k: v for k, v in table_fields(gold["fields"]).items() if v is not None}


@pytest.fixture(scope="session")
def rendered(tmp_path_factory) -> dict[str, tuple[dict, dict[str, Path]]]:
    out = tmp_path_factory.mktemp("documents")
    return {gold["file"]: (gold, paths) for gold, paths in rd.build(out)}


def test_fixture_set_covers_every_family():
    families = {g["report"]["family"] for g in TABLE_REPORTS}
    assert families == {"2019", "2021", "legacy"}
    assert len(TABLE_REPORTS) >= 10


@pytest.mark.parametrize("variant", ["ruled", "unruled", "docx"])
@pytest.mark.parametrize("name", [g["file"] for g in TABLE_REPORTS])
def test_rendered_report_gives_gold_table_fields(rendered, name, variant):
    gold, paths = rendered[name]
    report = extract_path(paths[variant])
    got = {k: v.value for k, v in table_fields(report.fields).items()}
    want = gold_tables(gold)
    wrong = {k: (got.get(k), want.get(k)) for k in set(got) | set(want) if got.get(k) != want.get(k)}
    assert not wrong, f"{variant} {name}: {sorted(wrong.items())[:8]}"


def test_pdf_fields_point_at_their_page_and_box(rendered):
    import pdfplumber

    gold, paths = rendered["real/full_002.txt"]
    report = extract_path(paths["ruled"])
    field = report.fields["t3.new_received.natural_person"]
    assert field.page is not None and field.bbox is not None
    with pdfplumber.open(paths["ruled"]) as pdf:
        page = pdf.pages[field.page - 1]
        x0, top, x1, bottom = field.bbox
        printed = page.crop((x0 - 0.5, top - 0.5, x1 + 0.5, bottom + 0.5)).extract_text().replace(" ", "")
    assert printed == str(gold["fields"]["t3.new_received.natural_person"])
    # the span indexes the extracted text, which the report can be re-read from
    source_text = extract_path.__globals__["read_path"](paths["ruled"]).text
    assert source_text[field.span[0] : field.span[1]] == printed


def test_table_split_over_a_page_break_is_one_table(rendered):
    _, paths = rendered["real/full_002.txt"]
    report = extract_path(paths["ruled"])
    first = report.fields["t3.new_received.total"].page
    last = report.fields["t3.carried_forward.total"].page
    assert last == first + 1  # the fixture starts table 3 low on a page
    assert all(c.holds is not False for c in report.checks)


def test_running_header_page_numbers_and_doubled_title_are_dropped(rendered):
    _, paths = rendered["real/full_002.txt"]
    text = extract_path.__globals__["read_path"](paths["ruled"]).text
    assert "政府信息公开工作年度报告" not in text.splitlines()  # the running header, a line of its own
    assert "- 2 -" not in text and "- 3 -" not in text
    title = json.loads((rd.ROOT / "annotations/gold/real/full_002.json").read_text())["report"]["title"]
    assert text.count(title[:12]) >= 1 and title[:6] * 2 not in text
    doubled = "".join(ch * 2 for ch in title[:4])
    assert doubled not in text


def test_wrapped_prose_lines_are_joined_into_paragraphs(rendered):
    _, paths = rendered["real/full_001.html"]
    text = extract_path.__globals__["read_path"](paths["unruled"]).text
    assert "政府信息公开条例》(以下简称《条例》)的要求编制,全文包括总体情况、主动公开" in text


def test_docx_merged_cells_are_written_once(rendered):
    _, paths = rendered["real/full_002.txt"]
    text = extract_path.__globals__["read_path"](paths["docx"]).text
    assert text.count("三、本年度办理结果") == 1
    assert text.count("(三)不予公开") == 1


def test_ocr_of_a_rasterized_ruled_pdf(rendered, tmp_path):
    pytest.importorskip("rapidocr_onnxruntime")
    if rd.font_file() is None:
        if REQUIRE_FONT:
            pytest.fail("no CJK TrueType font (apt-get install fonts-wqy-zenhei)")
        pytest.skip("no CJK TrueType font to rasterize with")
    gold, _ = rendered["real/full_002.txt"]
    tables_only = [b for b in rd.report_blocks(gold, rd.ROOT / "annotations" / "corpus") if b[0] == "table"]
    pdf, scan = tmp_path / "tables.pdf", tmp_path / "tables.scan.pdf"
    rd.to_pdf([("p", "2023年度政府信息公开工作年度报告"), *tables_only], pdf, ruled=True, split_table3=False)
    rd.rasterize(pdf, scan)
    with pytest.raises(ZfxxgkError, match="E124"):
        extract_path(scan)
    report = extract_path(scan, ocr=True)
    want = gold_tables(gold)
    got = {k: v.value for k, v in table_fields(report.fields).items()}
    right = sum(1 for k, v in want.items() if got.get(k) == v)
    assert right / len(want) >= 0.98, f"{right}/{len(want)}"
    assert all(f.page is not None for f in report.fields.values() if f.source == "table")


def test_ocr_reads_digit_lookalikes_as_digits():
    assert _fix_ocr_text("o") == "0" and _fix_ocr_text("1O5") == "105" and _fix_ocr_text("l2") == "12"
    assert _fix_ocr_text("其他") == "其他" and _fix_ocr_text("Office") == "Office"


def test_lines_are_cut_into_cells_at_wide_gaps():
    from extract.documents import Box, Glyph

    def glyph(ch, x):
        return Glyph(ch, Box(1, x, 100, x + 10, 110))

    line = [glyph(c, 10 + 10 * i) for i, c in enumerate("规章")] + [glyph("5", 200), glyph("7", 300)]
    (only,) = group_lines(line)
    assert ["".join(g.text for g in c) for c in only.cells] == ["规章", "5", "7"]


# --- bad input -----------------------------------------------------------------------------


def _pdf_bytes(pages: int = 1, *, encrypt: str | None = None) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, encrypt=encrypt)
    for i in range(pages):
        c.drawString(72, 720, f"page {i + 1}")
        c.showPage()
    c.save()
    return buffer.getvalue()


ZERO_PAGES = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


@pytest.mark.parametrize(
    "name,make,code",
    [
        ("truncated.pdf", lambda r: r[: len(r) // 3], "E120"),
        ("encrypted.pdf", lambda r: _pdf_bytes(encrypt="secret"), "E121"),
        ("zero.pdf", lambda r: ZERO_PAGES, "E120"),
        ("not-really.pdf", lambda r: b"hello, I am text" * 10, "E120"),
        ("old.doc", lambda r: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "E125"),
        ("broken.docx", lambda r: b"PK\x03\x04word/" + b"\x00garbage" * 50, "E120"),
    ],
)
def test_malformed_documents_give_a_clear_error(rendered, name, make, code):
    _, paths = rendered["real/full_002.txt"]
    data = make(paths["ruled"].read_bytes())
    with pytest.raises(ZfxxgkError) as info:
        extract_bytes(name, data)
    assert info.value.code == code, str(info.value)


def test_a_2000_page_pdf_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.pdf"
    path.write_bytes(_pdf_bytes(2000))
    # a separate process with a deadline: the refusal must come, and come without a hang
    done = subprocess.run(
        [sys.executable, "-m", "extract.cli", "extract", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=rd.ROOT,
    )
    assert done.returncode == 1
    assert "[E122]" in done.stderr and "2,000 pages" in done.stderr


def test_the_page_budget_stops_a_slow_pdf(tmp_path):
    data = _pdf_bytes(3)
    with pytest.raises(ZfxxgkError, match="E123"):
        read_pdf("slow.pdf", data, seconds=0.0)


def test_a_parse_stuck_inside_one_page_is_stopped(monkeypatch):
    import time

    from extract import documents

    def stuck(page, number):
        time.sleep(30)  # stands for pdfminer looping on a malformed content stream

    monkeypatch.setattr(documents, "_page_glyphs", stuck)
    with pytest.raises(ZfxxgkError, match=r"E123.*inside one page"):
        read_pdf("stuck.pdf", _pdf_bytes(1), seconds=0.5)  # the alarm fires at seconds + 5


def test_scanned_pages_among_text_pages_are_reported(tmp_path):
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(72, 720, "2023 report page one with enough text")
    c.showPage()
    c.rect(100, 100, 200, 200, fill=1)  # a page with a drawing and no text
    c.showPage()
    c.save()
    source = read_pdf("mixed.pdf", buffer.getvalue())
    assert source.notes and "no text layer" in source.notes[0]


def test_sniff_by_bytes_and_name():
    assert sniff("x.bin", b"%PDF-1.7 ...") == "pdf"
    assert sniff("report.docx", b"PK\x03\x04...") == "docx"
    assert sniff("a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1...") == "doc"
    assert sniff("a.doc", b"<html>...") is None  # read as what it is
    assert sniff("a.txt", b"plain") is None


def test_cli_extracts_pdf_and_docx(rendered, tmp_path):
    _, paths = rendered["seeds/000_7a2db0039e4ef287.txt"]
    result = runner.invoke(app, ["extract", str(paths["ruled"]), str(paths["docx"]), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(rows) == 2
    pdf_row = next(r for r in rows if r["file"].endswith(".pdf"))
    assert any(v.get("page") for v in pdf_row["fields"].values())


# --- bugs found in review, each pinned with a small synthetic page ---------------------------------

PROSE = "本机关认真贯彻落实政府信息公开条例主动公开政府信息工作取得积极成效。"


def _drawn_pdf(*pages, rotate: int = 0) -> bytes:
    """A PDF whose pages are drawn by the given functions (canvas → None), in a CJK font."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if rd.font_file() is None:
        pytest.skip("no CJK TrueType font")
    if "CJK" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("CJK", str(rd.font_file()), subfontIndex=0))
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    for draw in pages:
        if rotate:
            c.setPageRotation(rotate)
        c.setFont("CJK", 10.5)
        draw(c)
        c.showPage()
    c.save()
    return buffer.getvalue()


def _bar_rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("|")]


def test_review_a_row_of_numbers_near_the_top_is_not_a_running_header():
    values = ["0", "1", "0", "0", "1", "2"]

    def page(with_row: bool, number: int):
        def draw(c):
            y = 782
            if with_row:
                for k, v in enumerate(values):
                    c.drawString(72 + 40 * k, y, v)
                y -= 18
            for n in range(10):
                c.drawString(72, y - 16 * n, PROSE)
            c.drawCentredString(297, 30, str(number))  # bare page numbers: 1, 2, 3

        return draw

    source = read_pdf("a.pdf", _drawn_pdf(page(False, 1), page(True, 2), page(False, 3)))
    assert _bar_rows(source.text) == ["| 0 | 1 | 0 | 0 | 1 | 2 |"]
    assert len(source.text) == len(source.boxes)


@pytest.mark.parametrize("align", ["left", "centre", "right"])
def test_review_unruled_columns_hold_whatever_the_alignment(align):
    header = ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    rows = [["规章", "12", "", "7"], ["规范性文件", "", "4", "1"]]

    def draw(c):
        c.drawString(72, 780, PROSE)
        columns = [(72, 200), (220, 300), (320, 400), (420, 500)]
        for k, text in enumerate(header):
            c.drawString(columns[k][0], 750, text)
        for r, row in enumerate(rows):
            y = 730 - 16 * r
            c.drawString(72, y, row[0])
            for (x0, x1), text in zip(columns[1:], row[1:], strict=True):
                if text and align == "left":
                    c.drawString(x0, y, text)
                elif text and align == "centre":
                    c.drawCentredString((x0 + x1) / 2, y, text)
                elif text:
                    c.drawRightString(x1, y, text)

    bars = _bar_rows(read_pdf("a.pdf", _drawn_pdf(draw)).text)
    assert bars[1:] == ["| 规章 | 12 |  | 7 |", "| 规范性文件 |  | 4 | 1 |"]


def test_review_a_dash_for_nothing_does_not_shift_the_blank_cells_of_other_rows():
    def draw(c):
        c.drawString(72, 780, PROSE)
        for r, row in enumerate(
            [["信息内容", "本年制发件数", "本年废止件数"], ["规章", "—", "3"], ["规范性文件", "", "4"]]
        ):
            for k, text in enumerate(row):
                if text:
                    c.drawString([72, 220, 320][k], 750 - 16 * r, text)

    assert _bar_rows(read_pdf("a.pdf", _drawn_pdf(draw)).text)[1:] == ["| 规章 | — | 3 |", "| 规范性文件 |  | 4 |"]


def test_review_a_framed_paragraph_is_prose_not_a_table():
    def draw(c):
        c.rect(60, 640, 470, 130)
        c.line(60, 745, 530, 745)  # a rule under the box's title
        c.drawString(72, 752, "专栏:二、主动公开政府信息情况")
        for n in range(3):
            c.drawString(72, 720 - 20 * n, PROSE)

    text = read_pdf("a.pdf", _drawn_pdf(draw)).text
    assert not _bar_rows(text) and "专栏:二、主动公开政府信息情况\n" in text


def test_review_sideways_text_is_reported_as_such_not_as_a_scan():
    def draw(c):
        c.drawString(72, 700, PROSE)

    def sideways(c):
        c.saveState()
        c.rotate(90)
        c.drawString(100, -100, PROSE)
        c.restoreState()

    source = read_pdf("a.pdf", _drawn_pdf(draw, sideways))
    assert source.notes == ("pages 2 print their text sideways; it was not read",)


def test_review_a_table_nested_in_a_word_table_is_read(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("2023年政府信息公开工作年度报告")
    outer = document.add_table(rows=1, cols=1)
    outer.cell(0, 0).text = "外层单元格"
    inner = outer.cell(0, 0).add_table(rows=2, cols=2)
    for r, (label, value) in enumerate([("规章", "5"), ("规范性文件", "12")]):
        inner.cell(r, 0).text, inner.cell(r, 1).text = label, value
    path = tmp_path / "nested.docx"
    document.save(str(path))
    text = extract_path.__globals__["read_path"](path).text
    assert "| 规章 | 5 |\n| 规范性文件 | 12 |" in text


def test_review_a_doc_file_that_is_really_html_is_read_as_html():
    page = "<html><body><p>2023年某县政府信息公开工作年度报告</p><p>一、总体情况</p></body></html>"
    report = extract_bytes("report.doc", page.encode("utf-8"))
    assert report.report.year == 2023


def test_review_text_turned_into_outlines_is_reported_as_needing_ocr():
    """A page whose words are drawn as shapes, with only its page number left as text."""

    def outlines(c):
        for n in range(120):  # stands for glyph outlines
            x, y = 72 + (n % 30) * 15, 700 - (n // 30) * 20
            path = c.beginPath()
            path.moveTo(x, y)
            path.curveTo(x + 4, y + 9, x + 8, y + 9, x + 12, y)
            c.drawPath(path)
        c.drawCentredString(297, 30, "1")

    with pytest.raises(ZfxxgkError, match="E124"):
        read_pdf("outlined.pdf", _drawn_pdf(outlines))
