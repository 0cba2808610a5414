"""Prose engines: rules, model (ONNX) and hybrid. Tables always come from the reconstructor.

An engine proposes headline figures and statements for one document; the pipeline writes
them into the Report. `load_engine` validates the choice once and falls back to the rules,
with a warning, where a model file is missing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from . import errors
from .normalize import MappedText
from .prose import Candidate, Sentence, StatementSpan, choose_figures, find_figures, find_statements
from .reader import DEFAULT_READER_DIR, Reader, load_reader
from .segment import SectionSpan

ENGINES: tuple[str, ...] = ("hybrid", "model", "rules")
DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models"
log = logging.getLogger("zfxxgk")


@dataclass
class ProseInput:
    """What an engine sees of one document (normalized text, offsets in it)."""

    mapped: MappedText
    sections: list[SectionSpan]
    sentences: list[Sentence]
    year: int | None
    family: str | None
    table_spans: list[tuple[int, int]]


@dataclass
class ProseOutput:
    figures: dict[str, Candidate] = field(default_factory=dict)
    statements: list[StatementSpan] = field(default_factory=list)
    body: Candidate | None = None
    warnings: list[str] = field(default_factory=list)
    # headline fields some rule found a candidate for and set aside (one platform's count among several,
    # decision 1): the rules' reading is that the report states no such figure
    set_aside: set[str] = field(default_factory=set)
    # the rules' figures the learned reader replaced, by field: said in the report's warnings where the
    # reader's figure is the one the report keeps (a table or the model may still supply the field)
    replaced: dict[str, Candidate] = field(default_factory=dict)


class ProseEngine(Protocol):
    name: str

    def propose(self, doc: ProseInput) -> ProseOutput: ...


class RulesEngine:
    """The rule-based extractor: the fallback, and the source of weak labels for training."""

    def __init__(self, fallback_reason: str | None = None, *, reader: Reader | None = None) -> None:
        self.fallback_reason = fallback_reason
        self.reader = reader  # fills headline fields the rules leave empty, or replaces one (extract/reader.py)
        self.name = "rules+reader" if reader else "rules"

    def propose(self, doc: ProseInput) -> ProseOutput:
        candidates = find_figures(doc.sentences, year=doc.year, family=doc.family, skip=doc.table_spans)
        figures = choose_figures(candidates)
        replaced = {}
        if self.reader is not None:
            found = self.reader.fill(
                doc.mapped.text, doc.sentences, candidates, figures, year=doc.year, skip=doc.table_spans
            )
            replaced = {f: figures[f] for f in found if f in figures}
            figures |= found
        out = ProseOutput(
            figures=figures,
            statements=find_statements(doc.mapped.text, doc.sections),
            set_aside={c.field_id for c in candidates} - set(figures),
            replaced=replaced,
        )
        if self.fallback_reason:
            out.warnings.append(self.fallback_reason)
        return out


def reader_of(engine: ProseEngine) -> Reader | None:
    """The learned reader an engine's rules run with (the hybrid's rules, or the rules engine itself)."""
    return getattr(getattr(engine, "rules", engine), "reader", None)


def load_engine(
    name: str, *, model_dir: Path | None = None, reader: bool = True, reader_dir: Path | None = None
) -> ProseEngine:
    """The engine called `name`; hybrid without a model file falls back to the rules, with a warning.

    With `reader` (the default), the rules of the rules and hybrid engines are followed by the learned
    reader where its file is there (`models/reader/reader.json`)."""
    if name not in ENGINES:
        raise errors.bad_choice("engine", name, ENGINES)
    learned = None
    if reader and name != "model":  # (the model engine has no rules to follow)
        learned = load_reader(reader_dir)
        if learned is None:
            log.warning(
                "no reader file in %s; the rules run without the learned reader", reader_dir or DEFAULT_READER_DIR
            )
    if name == "rules":
        return RulesEngine(reader=learned)
    directory = model_dir or DEFAULT_MODEL_DIR
    try:
        from .onnx_model import OnnxTagger, find_model

        onnx_path = find_model(directory)
    except (ImportError, FileNotFoundError) as exc:
        if name == "model":
            raise errors.ZfxxgkError("E108", f"engine 'model' needs a model: {exc}") from exc
        reason = f"[W001] no model in {directory} ({exc}); hybrid engine uses the rules only"
        log.warning(reason)
        return RulesEngine(fallback_reason=reason, reader=learned)
    tagger = OnnxTagger(onnx_path)
    if name == "model":
        from .hybrid import ModelEngine

        return ModelEngine(tagger)
    from .hybrid import HybridEngine

    return HybridEngine(tagger, RulesEngine(reader=learned))
