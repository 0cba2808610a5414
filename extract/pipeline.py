"""One direction of flow: load → normalize → segment → tables + prose → reconcile → Report."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import errors, registry
from .checks import check_identities
from .documents import Box
from .engines import ProseEngine, ProseInput, RulesEngine
from .evaluate import same_body
from .load import DEFAULT_MAX_BYTES, Source, decode_bytes, read_path
from .model import FieldValue, Report, ReportMeta, Section, Statement
from .normalize import MappedText, normalize
from .prose import Candidate, StatementSpan, split_sentences
from .segment import Metadata, SectionSpan, family_from_text, find_metadata, find_sections, fuller_form
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


# Headline fields read from table cells: (headline id, cells summed, scale).
_TABLE_HEADLINES: tuple[tuple[str, tuple[str, ...], int], ...] = (
    ("headline.applications_received", ("t3.new_received.total",), 1),
    ("headline.review_total", ("t4.review.total",), 1),
    ("headline.suit_total", ("t4.suit_direct.total", "t4.suit_after_review.total"), 1),
    ("headline.proactive_total", ("legacy.proactive.total",), 1),
    ("headline.applications_received", ("legacy.applications.received",), 1),
    ("headline.review_total", ("legacy.review.total",), 1),
    ("headline.suit_total", ("legacy.suit.total",), 1),
    ("headline.fees_collected", ("legacy.fees.amount",), 10_000),
)
# Legacy prose ids that share a rule with a headline field.
_LEGACY_TWINS = {
    "headline.applications_received": "legacy.prose.applications_received",
    "headline.review_total": "legacy.prose.review",
    "headline.suit_total": "legacy.prose.suit",
    "headline.fees_collected": "legacy.prose.fees",
}


def _headlines(
    fields: dict[str, FieldValue], figures: dict[str, Candidate], mapped: MappedText, family: str | None
) -> None:
    """Headline fields: the table wins where it has the figure, prose otherwise."""
    for headline, cells, scale in _TABLE_HEADLINES:
        if headline in fields:
            continue
        present = [fields[c] for c in cells if c in fields]
        if present:
            total = sum(f.value for f in present) * scale
            fields[headline] = FieldValue(
                value=int(total) if float(total).is_integer() else total,
                unit=registry.FIELDS[headline].unit,
                source="table",
                span=(min(f.span[0] for f in present), max(f.span[1] for f in present)),
                confidence=min(f.confidence for f in present),
            )
    for field_id, candidate in figures.items():
        targets = [field_id]
        if family == "legacy" and field_id in _LEGACY_TWINS:
            targets.append(_LEGACY_TWINS[field_id])
        elif field_id.startswith("legacy.prose.") and family != "legacy":
            continue
        for target in targets:
            if target not in fields:
                fields[target] = FieldValue(
                    value=candidate.value,
                    unit=registry.FIELDS[target].unit,
                    source=candidate.rule if candidate.rule in ("model", "reader") else "rules",
                    span=mapped.span(candidate.start, candidate.end),
                    confidence=candidate.confidence,
                )


def _statements(mapped: MappedText, spans: list[StatementSpan], kind: str) -> list[Statement]:
    out = []
    for s in spans:
        if s.kind != kind:
            continue
        start, end = mapped.span(s.start, s.end)
        out.append(
            Statement(text=mapped.source[start:end], span=(start, end), source=s.source, confidence=s.confidence)
        )
    return out


def _family(tables: list[TableResult], text: str, year: int | None) -> str | None:
    for table in tables:
        if table.template.startswith(("t1/", "t3/")) and table.cells:
            return table.template.split("/")[1]
        if table.template == "legacy" and table.cells:
            return "legacy"
    return family_from_text(text, year)


@dataclass
class Prepared:
    """One input up to the prose engines: normalized, segmented, tables rebuilt."""

    mapped: MappedText
    meta: Metadata
    sections: list[SectionSpan]
    tables: list[TableResult]
    family: str | None

    def prose_input(self, family: str | None = None) -> ProseInput:
        """What a prose engine sees; `family` overrides the detected one (training uses gold's)."""
        text = self.mapped.text
        return ProseInput(
            self.mapped,
            self.sections,
            split_sentences(text, self.sections),
            self.meta.year,
            family or self.family,
            # a table region where nothing was rebuilt and no table label is printed (a legacy report's
            # 二、主动公开 section taken for table 1's place) is prose, not a table
            # and so is one whose table labels sit in sentences (其中结果维持0件;结果纠正0件;…。)
            [t.span for t in self.tables if t.cells or _cell_less_table(text[t.span[0] : t.span[1]])],
        )


# Column and row labels only the statistical tables print (their digits may be lost in the copy).
_TABLE_LABELS = re.compile(
    r"本年新制作数量|本年制发件数|现行有效件数|处理决定数量|上一年项目数量|本年新收政府信息公开申请数量|"
    r"结果维持|结果纠正|尚未审结|统计指标|统计数|予以公开\s*\n"
)


def _cell_less_table(region: str) -> bool:
    """Whether a region where no cell was rebuilt is still a table: it prints a table's label on a line
    of its own, not inside a sentence (其中结果维持0件;结果纠正0件;…。 is prose)."""
    for label in _TABLE_LABELS.finditer(region):
        start = region.rfind("\n", 0, label.start()) + 1
        end = region.find("\n", label.end())
        if not re.search(r"[。;]", region[start : end if end >= 0 else len(region)]):
            return True
    return False


def prepare(source: Source) -> Prepared:
    """Normalize, segment and rebuild the tables of one decoded input."""
    mapped, _grids = normalize(source.text, is_html=source.is_html)
    text = mapped.text
    meta = find_metadata(mapped)
    sections = find_sections(text)
    tables = extract_tables(mapped, family_from_text(text, meta.year))
    return Prepared(mapped, meta, sections, tables, _family(tables, text, meta.year))


def extract_source(source: Source, *, engine: ProseEngine | None = None) -> Report:
    """Extract everything from one decoded input; prose by `engine` (the rules by default)."""
    prepared = prepare(source)
    mapped, meta, sections, tables, family = (
        prepared.mapped,
        prepared.meta,
        prepared.sections,
        prepared.tables,
        prepared.family,
    )
    text = mapped.text
    if not meta.title and not sections and not any(t.cells for t in tables) and not _REPORT_WORDS.search(text):
        raise errors.not_a_report(source.name)
    fields = _table_fields(mapped, tables)
    t3 = next((t for t in tables if t.template.startswith("t3/")), None)
    t3_rows = None
    if t3 is not None:
        t3_rows = registry.T3_ROWS_2021 if t3.template == "t3/2021" else registry.T3_ROWS_2019
    checks, failed = check_identities(fields, t3_rows)
    for field_id in failed:
        if field_id in fields:
            fields[field_id].confidence = round(fields[field_id].confidence * 0.6, 3)
    prose = (engine or RulesEngine()).propose(prepared.prose_input())
    _headlines(fields, prose.figures, mapped, family)
    statements = prose.statements
    body = meta.body
    if prose.body is not None and (not body or prose.body.rule == "model-override"):
        model_body = text[prose.body.start : prose.body.end]
        # the model's span may be a bare or short form of the rules' name (某县 for 某县人民政府, 西城区广内
        # for 西城区广安门内…): keep the fuller one (annotations/README.md, decision 5)
        if not body or not (same_body(body, model_body) or fuller_form(body, model_body)):
            body = model_body
    problems = _statements(mapped, statements, "problems")
    improvements = _statements(mapped, statements, "improvements")
    warnings = [w for t in tables for w in t.warnings] + prose.warnings
    warnings += [
        f"the learned reader replaced {f}: the rules read {old.value}, the reader reads {fields[f].value}"
        f" (score {fields[f].confidence})"
        for f, old in prose.replaced.items()
        if f in fields and fields[f].source == "reader"
    ]
    warnings += [f"identity {c.id} does not hold: {c.detail}" for c in checks if c.holds is False]
    if source.boxes is not None:
        for item in [*fields.values(), *problems, *improvements]:
            item.page, item.bbox = locate(source.boxes, item.span)
    warnings += list(source.notes)
    return Report(
        file=source.name,
        report=ReportMeta(year=meta.year, body=body, family=family, title=meta.title, published=meta.published),
        fields=fields,
        problems=problems,
        improvements=improvements,
        checks=checks,
        sections=[Section(id=s.role, title=s.title, span=mapped.span(s.start, s.end)) for s in sections],
        warnings=warnings,
    )


def locate(boxes: tuple[Box | None, ...], span: tuple[int, int]) -> tuple[int | None, tuple | None]:
    """The page a span starts on and the box around its characters on that page."""
    on_page = [b for b in boxes[span[0] : span[1]] if b is not None]
    if not on_page:
        return None, None
    page = on_page[0].page
    on_page = [b for b in on_page if b.page == page]
    box = (
        min(b.x0 for b in on_page),
        min(b.top for b in on_page),
        max(b.x1 for b in on_page),
        max(b.bottom for b in on_page),
    )
    return page, tuple(round(v, 1) for v in box)


def extract_bytes(
    name: str,
    data: bytes,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    engine: ProseEngine | None = None,
    ocr: bool = False,
    pdf_seconds: float | None = None,
) -> Report:
    """Extract from raw bytes (any supported type); raises ZfxxgkError on bad input."""
    source = decode_bytes(name, data, max_bytes=max_bytes, ocr=ocr, pdf_seconds=pdf_seconds)
    return extract_source(source, engine=engine)


def extract_text(
    text: str, *, name: str = "<text>", is_html: bool = False, engine: ProseEngine | None = None
) -> Report:
    """Extract from an already-decoded string."""
    return extract_source(Source(name=name, text=text, is_html=is_html, encoding="utf-8"), engine=engine)


def extract_path(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, engine: ProseEngine | None = None, ocr: bool = False
) -> Report:
    """Extract from a file on disk (text, HTML, PDF or DOCX)."""
    return extract_source(read_path(path, max_bytes=max_bytes, ocr=ocr), engine=engine)
