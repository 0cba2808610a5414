"""Train the learned reader (`extract/reader.py`): one logistic regression per headline field.

Every number of a gold report's prose is an example for each field: positive where it prints the
gold value of the field. Thresholds come from out-of-fold readings: the batches of the gold
(`wild12`, `real`, …) are dealt into folds; each fold is read by a reader trained on the others, and
for each field the lowest threshold at which the reader's fills (fields neither a table nor any rule
saw) were right at least `MIN_PRECISION` of the time, and at least `MIN_RIGHT` times, is kept. A
field with no such threshold is never filled. The shipped weights are then fit on all the reports.
The fold counts at the chosen thresholds are the counts the thresholds were picked on, so they are
an optimistic estimate; a batch left out with `hold_out` (and gathered after the reader's design was
settled) is the honest one. Only the gold `dev` part is read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from extract.engines import ProseInput, ProseOutput, RulesEngine
from extract.load import read_path
from extract.pipeline import extract_source
from extract.reader import (
    FORMAT_VERSION,
    HEADLINE_FIELDS,
    READER_FILE,
    FieldModel,
    Item,
    LinearScorer,
    candidate_items,
    computed,
    rule_value_score,
    same_value,
)
from extract.split import load_split

GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
# override settings (t, q): the best candidate scores >= t, the rules' value scores < q
OVERRIDE_GRID = tuple((t, q) for t in (0.6, 0.7, 0.8, 0.9) for q in (0.05, 0.1, 0.2, 0.3, 0.4, 0.5))
MIN_PRECISION = 0.85
MIN_RIGHT = 2


@dataclass
class ReportExamples:
    name: str  # the gold file, relative to the gold folder
    batch: str  # its first folder: the batch it was annotated in
    gold: dict[str, float | None]
    table: set[str]  # headline fields a statistics table gives (the reader never decides those)
    rules: dict[str, float | None]  # what the rules alone read
    items: list[Item]
    seen: set[str] = field(default_factory=set)  # fields some rule found a candidate for (never filled)
    computed: set[str] = field(default_factory=set)  # fields whose rules figure is computed (never replaced)


class _Recording(RulesEngine):
    """The rules engine, keeping the input it was given and what it proposed."""

    def propose(self, doc: ProseInput) -> ProseOutput:
        self.seen_input = doc
        self.proposed = super().propose(doc)
        return self.proposed


def collect(
    gold_dir: Path, corpus_dir: Path, split_file: Path, *, part: str = "dev", hold_out: Iterable[str] = ()
) -> list[ReportExamples]:
    """The examples of every gold report of `part` outside the `hold_out` batches."""
    held = set(hold_out)
    out = []
    for rel, assigned in sorted(load_split(split_file).items()):
        batch = rel.split("/")[0]
        if assigned != part or batch in held:
            continue
        gold = json.loads((gold_dir / rel).read_text(encoding="utf-8"))
        source = read_path(corpus_dir / gold["file"])
        engine = _Recording()
        report = extract_source(source, engine=engine)
        prose = engine.seen_input  # what the rules read: one preparation and sentence split per report
        chosen = engine.proposed.figures  # (no reader: the rules' own choice among their candidates)
        items = candidate_items(prose.mapped.text, prose.sentences, year=prose.year, skip=prose.table_spans)
        fields = gold.get("fields", {})
        out.append(
            ReportExamples(
                name=rel,
                batch=batch,
                gold={f: fields.get(f) for f in HEADLINE_FIELDS},
                table={f for f in HEADLINE_FIELDS if f in report.fields and report.fields[f].source == "table"},
                rules={f: (report.fields[f].value if f in report.fields else None) for f in HEADLINE_FIELDS},
                items=items,
                seen=set(chosen) | engine.proposed.set_aside,
                computed={f for f, c in chosen.items() if computed(c.rule)},
            )
        )
    return out


def fit_field(reports: list[ReportExamples], field_id: str, *, c: float = 0.3) -> FieldModel:
    """Weights for one field (threshold unset), from every candidate of the reports' prose."""
    rows, labels = [], []
    for report in reports:
        if field_id in report.table:
            continue
        for it in report.items:
            rows.append(it.features)
            labels.append(same_value(it.value, report.gold[field_id]))
    if len(set(labels)) < 2:  # nothing to learn from: a reader that never fills the field
        return FieldModel(-10.0, {}, None)
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=c, max_iter=3000).fit(x, labels)
    weights = {
        name: round(float(w), 6)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 1e-6
    }
    return FieldModel(round(float(model.intercept_[0]), 6), weights, None)


def fill_counts(model: FieldModel, reports: list[ReportExamples], field_id: str) -> dict[float, list[int]]:
    """For each threshold of GRID, [right, wrong] fills where neither the tables nor any rule saw the field."""
    counts = {t: [0, 0] for t in GRID}
    scorer = LinearScorer([model])
    for report in reports:
        if field_id in report.table or report.rules[field_id] is not None or field_id in report.seen:
            continue
        if not report.items:
            continue
        scores = scorer.scores(report.items)[:, 0]
        best = int(np.argmax(scores))
        right = same_value(report.items[best].value, report.gold[field_id])
        for t in GRID:
            if scores[best] >= t:
                counts[t][0 if right else 1] += 1
    return counts


def override_counts(
    model: FieldModel, reports: list[ReportExamples], field_id: str
) -> dict[tuple[float, float], list[int]]:
    """For each setting of OVERRIDE_GRID, [fixed, broke, other] where the reader would replace a figure
    the rules read from prose: fixed, the rules were wrong and the reader right; broke, the rules were
    right; other, both wrong (or the gold is null)."""
    counts = {s: [0, 0, 0] for s in OVERRIDE_GRID}
    scorer = LinearScorer([model])
    for report in reports:
        ruled = report.rules[field_id]
        if field_id in report.table or ruled is None or not report.items or field_id in report.computed:
            continue
        scores = scorer.scores(report.items)[:, 0]
        best = int(np.argmax(scores))
        if same_value(report.items[best].value, ruled):
            continue
        rule_score = rule_value_score(report.items, scores, ruled)
        gold = report.gold[field_id]
        outcome = 0 if same_value(report.items[best].value, gold) else 1 if same_value(ruled, gold) else 2
        for t, q in OVERRIDE_GRID:
            if scores[best] >= t and rule_score < q:
                counts[(t, q)][outcome] += 1
    return counts


def choose_override(counts: dict[tuple[float, float], list[int]]) -> tuple[float, float] | None:
    """The setting that fixes most (net of what it breaks) among those whose replacements were right at
    least MIN_PRECISION of the time and at least MIN_RIGHT times; ties go to the stricter setting."""
    best, key = None, None
    for (t, q), (fixed, broke, other) in counts.items():
        if fixed < MIN_RIGHT or fixed / (fixed + broke + other) < MIN_PRECISION:
            continue
        rank = (fixed - broke, t, -q)
        if key is None or rank > key:
            best, key = (t, q), rank
    return best


def choose_threshold(counts: dict[float, list[int]]) -> float | None:
    """The lowest threshold whose fills were precise enough and numerous enough, or None."""
    for t in GRID:
        right, wrong = counts[t]
        if right >= MIN_RIGHT and right / (right + wrong) >= MIN_PRECISION:
            return t
    return None


def train_reader(
    gold_dir: Path,
    corpus_dir: Path,
    split_file: Path,
    out_dir: Path,
    *,
    c: float = 0.3,
    folds: int = 6,
    hold_out: Iterable[str] = (),
    reports: list[ReportExamples] | None = None,
) -> dict[str, object]:
    """Choose thresholds by folds over batches, fit on everything, write `out_dir/reader.json`."""
    held = sorted(set(hold_out))
    if reports is None:
        reports = collect(gold_dir, corpus_dir, split_file, hold_out=held)
    if not reports:
        raise ValueError("no gold dev reports to train the reader on")
    batches = sorted({r.batch for r in reports})
    groups = [set(batches[i::folds]) for i in range(min(folds, len(batches)))]
    cv: dict[str, dict[float, list[int]]] = {f: {t: [0, 0] for t in GRID} for f in HEADLINE_FIELDS}
    ov: dict[str, dict[tuple[float, float], list[int]]] = {
        f: {s: [0, 0, 0] for s in OVERRIDE_GRID} for f in HEADLINE_FIELDS
    }
    for group in groups:
        train = [r for r in reports if r.batch not in group]
        scored = [r for r in reports if r.batch in group]
        for field_id in HEADLINE_FIELDS:
            model = fit_field(train, field_id, c=c)
            for t, (right, wrong) in fill_counts(model, scored, field_id).items():
                cv[field_id][t][0] += right
                cv[field_id][t][1] += wrong
            for setting, got in override_counts(model, scored, field_id).items():
                for k in range(3):
                    ov[field_id][setting][k] += got[k]
    fields = {}
    for field_id in HEADLINE_FIELDS:
        model = fit_field(reports, field_id, c=c)
        model.threshold = choose_threshold(cv[field_id]) if model.weights else None
        model.override = choose_override(ov[field_id]) if model.weights else None
        fields[field_id] = model
    summary = {
        "trained_on": len(reports),
        "batches": len(batches),
        "held_out_batches": held,
        "C": c,
        "folds": len(groups),
        "min_precision": MIN_PRECISION,
        "fills_by_threshold": {f: {str(t): cv[f][t] for t in GRID} for f in HEADLINE_FIELDS},
        "thresholds": {f: fields[f].threshold for f in HEADLINE_FIELDS},
        "replacements_by_setting": {f: {f"{t}/{q}": ov[f][(t, q)] for t, q in OVERRIDE_GRID} for f in HEADLINE_FIELDS},
        "overrides": {f: (list(fields[f].override) if fields[f].override else None) for f in HEADLINE_FIELDS},
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    payload = {
        "format": FORMAT_VERSION,
        **summary,
        # a field the reader never fills keeps no weights: they would never be read
        "fields": {
            f: {
                "bias": m.bias,
                "threshold": m.threshold,
                "override": list(m.override) if m.override else None,
                "weights": {k: round(w, 4) for k, w in sorted(m.weights.items())} if m.used else {},
            }
            for f, m in fields.items()
        },
    }
    (out_dir / READER_FILE).write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return summary
