"""One direction of flow: load → normalize → segment → tables + prose → reconcile → Report."""

from __future__ import annotations

import re
from pathlib import Path

from . import errors, registry
from .checks import check_identities
from .load import DEFAULT_MAX_BYTES, Source, decode_bytes, read_path
from .model import FieldValue, Report, ReportMeta, Section
from .normalize import MappedText, normalize
from .segment import family_from_text, find_metadata, find_sections
from .tables import TableResult, extract_tables

_REPORT_WORDS = re.compile(r"信息公开|政务公开|依申请|主动公开")


def _table_fields(mapped: MappedText, tables: list[TableResult]) -> dict[str, FieldValue]:
    fields: dict[str, FieldValue] = {}
    for table in tables:
        for cell in table.cells:
            if cell.field_id in fields or cell.field_id not in registry.FIELDS:
                continue
            unit = cell.unit or registry.FIELDS[cell.field_id].unit
            fields[cell.field_id] = FieldValue(
                value=cell.value,
                unit=unit,
                source="table",
                span=mapped.span(cell.start, cell.end),
                confidence=cell.confidence,
            )
    return fields


def _family(tables: list[TableResult], text: str, year: int | None) -> str | None:
    for table in tables:
        if table.template.startswith(("t1/", "t3/")) and table.cells:
            return table.template.split("/")[1]
        if table.template == "legacy" and table.cells:
            return "legacy"
    return family_from_text(text, year)


def extract_source(source: Source) -> Report:
    """Extract everything from one decoded input."""
    mapped, _grids = normalize(source.text, is_html=source.is_html)
    text = mapped.text
    meta = find_metadata(mapped)
    sections = find_sections(text)
    tables = extract_tables(mapped, family_from_text(text, meta.year))
    if not meta.title and not sections and not any(t.cells for t in tables) and not _REPORT_WORDS.search(text):
        raise errors.not_a_report(source.name)
    fields = _table_fields(mapped, tables)
    family = _family(tables, text, meta.year)
    t3 = next((t for t in tables if t.template.startswith("t3/")), None)
    t3_rows = None
    if t3 is not None:
        t3_rows = registry.T3_ROWS_2021 if t3.template == "t3/2021" else registry.T3_ROWS_2019
    checks, failed = check_identities(fields, t3_rows)
    for field_id in failed:
        if field_id in fields:
            fields[field_id].confidence = round(fields[field_id].confidence * 0.6, 3)
    warnings = [w for t in tables for w in t.warnings]
    warnings += [f"identity {c.id} does not hold: {c.detail}" for c in checks if c.holds is False]
    return Report(
        file=source.name,
        report=ReportMeta(year=meta.year, body=meta.body, family=family, title=meta.title, published=meta.published),
        fields=fields,
        checks=checks,
        sections=[Section(id=s.role, title=s.title, span=mapped.span(s.start, s.end)) for s in sections],
        warnings=warnings,
    )


def extract_bytes(name: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    """Extract from raw bytes (any supported type); raises ZfxxgkError on bad input."""
    return extract_source(decode_bytes(name, data, max_bytes=max_bytes))


def extract_text(text: str, *, name: str = "<text>", is_html: bool = False) -> Report:
    """Extract from an already-decoded string."""
    return extract_source(Source(name=name, text=text, is_html=is_html, encoding="utf-8"))


def extract_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    """Extract from a file on disk."""
    return extract_source(read_path(path, max_bytes=max_bytes))
