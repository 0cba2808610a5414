"""Pages per second for PDF text extraction and for OCR, in one run on the same rendered reports.

Builds the PDF/DOCX fixtures of every dev report with tables (tests/render_documents.py), then:
- PDF text layer: `read_pdf` alone and the whole extraction, over the ruled and unruled PDFs;
- DOCX: the whole extraction;
- OCR: the same ruled PDFs of `--ocr-reports` reports rasterized, read with `--ocr`;
and prints pages/s, table cells right against gold for OCR, and peak memory.

    python benchmarks/documents.py [--ocr-reports 3]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import render_documents as rd  # noqa: E402

from extract.documents import read_pdf  # noqa: E402
from extract.pipeline import extract_path  # noqa: E402


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ocr-reports", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        started = time.perf_counter()
        made = rd.build(out)
        print(
            f"fixtures: {len(made)} reports rendered (ruled PDF, unruled PDF, DOCX)",
            f"in {time.perf_counter() - started:.1f} s",
        )
        pdfs = [p[v] for _, p in made for v in ("ruled", "unruled")]
        pages = sum(_pages(p) for p in pdfs)

        started = time.perf_counter()
        for path in pdfs:
            read_pdf(path.name, path.read_bytes())
        read_s = time.perf_counter() - started
        started = time.perf_counter()
        for path in pdfs:
            extract_path(path)
        full_s = time.perf_counter() - started
        started = time.perf_counter()
        for _, p in made:
            extract_path(p["docx"])
        docx_s = time.perf_counter() - started
        print(f"PDF text layer: {len(pdfs)} PDFs, {pages} pages")
        print(f"  read (layout, tables as rows): {pages / read_s:6.1f} pages/s")
        print(f"  whole extraction:              {pages / full_s:6.1f} pages/s")
        print(f"DOCX whole extraction: {len(made) / docx_s:.1f} documents/s")

        ranked = sorted(made, key=lambda m: -len(m[0]["fields"]))[: args.ocr_reports]
        ocr_pages = right = total = 0
        ocr_s = 0.0
        for gold, paths in ranked:
            scan = out / (paths["ruled"].stem + ".scan.pdf")
            rd.rasterize(paths["ruled"], scan)
            ocr_pages += _pages(scan)
            started = time.perf_counter()
            report = extract_path(scan, ocr=True)
            ocr_s += time.perf_counter() - started
            want = {k: v for k, v in gold["fields"].items() if k.startswith(rd.TABLE_PREFIXES) and ".prose." not in k}
            want = {k: v for k, v in want.items() if v is not None}
            right += sum(1 for k, v in want.items() if k in report.fields and report.fields[k].value == v)
            total += len(want)
        if ocr_pages:
            print(f"OCR (rasterized at 180 dpi): {len(ranked)} reports, {ocr_pages} pages")
            print(f"  whole extraction:              {ocr_pages / ocr_s:6.2f} pages/s ({ocr_s / ocr_pages:.1f} s/page)")
            print(f"  table cells right: {right}/{total} ({right / max(1, total):.1%})")
            print(f"  text layer / OCR speed ratio: {(pages / full_s) / (ocr_pages / ocr_s):.0f}x")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
