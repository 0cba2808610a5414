"""The evidence view: each report's text with the figures and statements marked where they were
read, rendered by spaCy's displaCy (manual entity mode), one HTML page for a batch.

Spans in a Report index the original input; the view shows the normalized text (HTML markup
removed, simplified characters), so spans are mapped through the same offset map the extractor
used. Figures and statements are drawn as two views of the same text, because a figure often
sits inside a statement and displaCy's entity view does not nest.
"""

from __future__ import annotations

from html import escape

from .load import Source
from .model import Report
from .normalize import normalize

_COLORS = {"t1": "#cfe8ff", "t3": "#d7f5d0", "t4": "#ffe3c2", "legacy": "#eadcff", "headline": "#ffd0d0"}
_STATEMENT_COLORS = {"PROBLEM": "#ffb3b3", "IMPROVEMENT": "#b3e6b3"}


def _without_overlaps(ents: list[dict]) -> list[dict]:
    kept: list[dict] = []
    for ent in sorted(ents, key=lambda e: (e["start"], -e["end"])):
        if not kept or ent["start"] >= kept[-1]["end"]:
            kept.append(ent)
    return kept


def evidence_docs(source: Source, report: Report) -> list[dict]:
    """Two displaCy manual documents (figures, statements) for one report."""
    mapped, _ = normalize(source.text, is_html=source.is_html)
    figures = []
    for field_id, field in report.fields.items():
        if (span := mapped.view_span(*field.span)) is not None:
            page = f" p.{field.page}" if field.page else ""
            figures.append(
                {"start": span[0], "end": span[1], "label": f"{field_id}={field.value} [{field.source}{page}]"}
            )
    statements = []
    for kind, items in (("PROBLEM", report.problems), ("IMPROVEMENT", report.improvements)):
        for item in items:
            if (span := mapped.view_span(*item.span)) is not None:
                statements.append({"start": span[0], "end": span[1], "label": f"{kind} [{item.source}]"})
    name = report.file or source.name
    return [
        {"text": mapped.text, "ents": _without_overlaps(figures), "title": escape(f"{name}: figures")},
        {"text": mapped.text, "ents": _without_overlaps(statements), "title": escape(f"{name}: statements")},
    ]


def render_html(items: list[tuple[Source, Report]]) -> str:
    """One HTML page showing the evidence of every report."""
    from spacy import displacy

    docs = [doc for source, report in items for doc in evidence_docs(source, report)]
    colors: dict[str, str] = {}
    for doc in docs:
        for ent in doc["ents"]:
            label = ent["label"]
            kind = label.split(" ", 1)[0]
            colors[label] = _STATEMENT_COLORS.get(kind) or _COLORS.get(label.split(".", 1)[0], "#eeeeee")
    return displacy.render(docs, style="ent", manual=True, page=True, options={"colors": colors}, jupyter=False)
