"""Evaluation against gold: P/R/F1 per field group and per layout, statements by characters."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .errors import no_second_annotation, no_split_file
from .model import FieldValue, Report, ReportMeta, Statement
from .normalize import PINYIN_GLOSS, _to_simplified
from .split import load_split

FIELD_GROUPS = ("table", "headline", "legacy_prose")
META_KEYS = ("year", "body", "family", "published")  # published: reported, no target (decision 6)


def field_group(field_id: str) -> str:
    """Evaluation group of a field id."""
    if field_id.startswith("headline."):
        return "headline"
    if field_id.startswith("legacy.prose."):
        return "legacy_prose"
    return "table"


def layout_of(text: str, is_html: bool) -> str:
    """A coarse layout tag of an input, for per-layout figures."""
    if is_html:
        return "html"
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return "empty"
    if sum(line.lstrip().startswith("|") for line in lines) > 10:
        return "markdown"
    if sum("|" in line for line in lines) > 20:
        return "pipe-rows"
    short_numbers = sum(bool(re.fullmatch(r"\s*[+-]?[\d.,]+\s*", line)) for line in lines)
    if short_numbers > 30:
        return "cell-per-line"
    return "prose"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    """Totals over a set of gold reports, with every miss listed."""

    groups: dict[str, Counts] = field(default_factory=lambda: {g: Counts() for g in FIELD_GROUPS})
    by_layout: dict[str, dict[str, Counts]] = field(default_factory=dict)
    statements: dict[str, Counts] = field(default_factory=lambda: {"problems": Counts(), "improvements": Counts()})
    null_total: int = 0
    null_kept: int = 0
    meta_total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(META_KEYS, 0))
    meta_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(META_KEYS, 0))
    body_strict: int = 0  # body names equal character for character
    misses: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    reports: int = 0
    # each report's own tallies (TALLY_KEYS order), for intervals over reports
    per_report: list[tuple[int, ...]] = field(default_factory=list)

    def null_precision(self) -> float:
        return self.null_kept / self.null_total if self.null_total else 1.0

    def meta_accuracy(self, key: str) -> float:
        return self.meta_right[key] / self.meta_total[key] if self.meta_total[key] else 1.0


# What one report adds to the figures an interval is drawn for
TALLY_KEYS = (
    "headline_tp",
    "headline_fp",
    "headline_fn",
    "null_total",
    "null_kept",
    *(f"{k}_{part}" for k in META_KEYS for part in ("right", "total")),
)


def _tally(ev: Evaluation) -> tuple[int, ...]:
    c = ev.groups["headline"]
    meta = [n for k in META_KEYS for n in (ev.meta_right[k], ev.meta_total[k])]
    return (c.tp, c.fp, c.fn, ev.null_total, ev.null_kept, *meta)


def _figures(totals: np.ndarray) -> dict[str, float]:
    """Headline F1, null precision and metadata accuracies from summed tallies (NaN where undefined)."""
    t = dict(zip(TALLY_KEYS, totals, strict=True))
    tp, fp, fn = t["headline_tp"], t["headline_fp"], t["headline_fn"]
    out = {
        "headline F1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else np.nan,
        "null precision": t["null_kept"] / t["null_total"] if t["null_total"] else np.nan,
    }
    for k in META_KEYS:
        out[f"{k} accuracy"] = t[f"{k}_right"] / t[f"{k}_total"] if t[f"{k}_total"] else np.nan
    return out


def intervals(
    ev: Evaluation, *, confidence: float = 0.95, resamples: int = 2000, seed: int = 0
) -> dict[str, tuple[float, float, float]]:
    """(value, low, high) of each figure, the interval a percentile bootstrap over the reports gives
    (scipy.stats.bootstrap): how far a set of this size pins the figure down."""
    from scipy.stats import bootstrap

    rows = np.array(ev.per_report, dtype=float).reshape(-1, len(TALLY_KEYS))
    point = _figures(rows.sum(axis=0))
    out: dict[str, tuple[float, float, float]] = {}
    if len(rows) < 2:
        return {name: (value, np.nan, np.nan) for name, value in point.items()}
    for name, value in point.items():
        if np.isnan(value):
            continue

        def statistic(index: np.ndarray, axis: int = -1, name: str = name) -> np.ndarray:
            sums = rows[index.astype(int)].sum(axis=-2)  # (…, tallies) for each resample
            return np.apply_along_axis(lambda t: _figures(t)[name], -1, sums)

        result = bootstrap(
            (np.arange(len(rows)),),
            statistic,
            confidence_level=confidence,
            n_resamples=resamples,
            method="percentile",
            random_state=np.random.default_rng(seed),
            vectorized=True,
            batch=200,  # (resamples of a thousand reports at once would take hundreds of MB)
        )
        out[name] = (value, float(result.confidence_interval.low), float(result.confidence_interval.high))
    return out


def _same_number(a: float, b: float) -> bool:
    return abs(float(a) - float(b)) < 1e-6


def _norm_text(value: object) -> str:
    """Simplified script, no spaces, no mirror's pinyin glosses (統(tǒng)計(jì)局 → 统计局): how names compare."""
    return re.sub(r"\s+", "", _to_simplified(PINYIN_GLOSS.sub("", str(value)))) if value is not None else ""


_BODY_GENERIC = re.compile(r"(人民政府|政府|办事处)$")


# A body's usual short name and its full one (泗阳县残联, 开福区发改局 …)
_SHORT_NAMES = (
    ("残联$", "残疾人联合会"),
    ("供销社$", "供销合作社"),
    ("发改局$", "发展和改革局"),
    ("发改委$", "发展和改革委员会"),
    ("发展改革(?=局$|委$|委员会$)", "发展和改革"),
    ("人社局$", "人力资源和社会保障局"),
    ("卫健局$", "卫生健康局"),
    ("卫健委$", "卫生健康委员会"),
    ("住建局$", "住房和城乡建设局"),
    ("市场监管局$", "市场监督管理局"),
    ("国资委$", "国有资产监督管理委员会"),
)


def _full_endings(name: str) -> str:
    """A name's usual short endings written out (街办, 管委会 / 管委, a closing 委, 残联, 供销社), and 人民政府
    inside a name read as its usual short form 政府 (市政府办公室 is 市人民政府办公室)."""
    name = name.replace("人民政府", "政府")
    for short, full in _SHORT_NAMES:
        name = re.sub(short, full, name)
    name = re.sub(r"街办$", "街道办事处", name)
    name = re.sub(r"管委会?$", "管理委员会", name)
    return re.sub(r"委$", "委员会", name)


def same_body(gold: object, got: object) -> bool:
    """Whether two body names name the same entity: equal once generic endings (人民政府, 办事处)
    are dropped, or one is the other with its parent prefixed (建新镇 / 遂溪县建新镇), or an autonomous
    county's name with its peoples and its short form (西盟佤族自治县 / 西盟县)."""
    # (街办 is the usual short form of 街道办事处: 东岳路街办 and 东岳路街道 name one street; 管委会 of 管理委员会
    # and a closing 委 of 委员会: 兴安盟卫生健康委 is 兴安盟卫生健康委员会)
    a, b = (_BODY_GENERIC.sub("", _full_endings(_norm_text(n))) for n in (gold, got))
    if not a or not b:
        return a == b
    short, long = sorted((a, b), key=len)
    if long.endswith(short) and len(short) >= 2:
        return True
    # 西盟佤族自治县卫生健康局 is 西盟县卫生健康局: an autonomous county's usual short form drops its peoples
    if "自治" in long and "自治" not in short:
        for cut in (i for i, ch in enumerate(short) if ch in "县旗" and i >= 2):
            peoples = r"(?:[\u4e00-\u9fff]{1,4}?族){1,4}自治"
            if re.search(re.escape(short[:cut]) + peoples + re.escape(short[cut:]) + "$", long):
                return True
    return False


def _statement_chars(items: list[dict[str, object]] | list[object]) -> set[int]:
    chars: set[int] = set()
    for item in items:
        span = item["span"] if isinstance(item, dict) else item.span  # type: ignore[union-attr]
        chars.update(range(int(span[0]), int(span[1])))
    return chars


def score_report(gold: dict[str, object], report: Report, layout: str, ev: Evaluation) -> None:
    """Add one report's comparison to the running totals."""
    name = str(gold["file"])
    gold_fields: dict[str, float | None] = gold.get("fields", {})  # type: ignore[assignment]
    layout_counts = ev.by_layout.setdefault(layout, {g: Counts() for g in FIELD_GROUPS})
    ids = set(gold_fields) | set(report.fields)
    tables_annotated = gold.get("tables_annotated", True) is not False
    for field_id in sorted(ids):
        group = field_group(field_id)
        if group == "table" and not tables_annotated:
            continue  # gold of this report leaves table cells out (README: "tables_annotated")
        if (
            group == "legacy_prose"
            and field_id not in gold_fields
            and not any(k.startswith("legacy.prose.") for k in gold_fields)
        ):
            continue
        expected = gold_fields.get(field_id)
        got = report.fields.get(field_id)
        c = Counts()
        if field_id.startswith("headline.") and field_id in gold_fields and expected is None:
            ev.null_total += 1
            ev.null_kept += got is None
        if expected is None and got is None:
            continue  # gold says the report does not state it, and nothing was read
        if expected is not None and got is not None and _same_number(expected, got.value):
            c.tp = 1
        else:
            if got is not None:
                c.fp = 1
            if expected is not None:
                c.fn = 1
            ev.misses.append(
                f"{name}\t{field_id}\tgold={expected}\tgot={got.value if got else None}"
                + (f"\tspan={list(got.span)}" if got and got.source != "annotation" else "")
            )
        ev.groups[group].add(c)
        layout_counts[group].add(c)
    gold_report: dict[str, object] = gold.get("report", {})  # type: ignore[assignment]
    for key in META_KEYS:
        expected = gold_report.get(key)
        got_value = getattr(report.report, key)
        ev.meta_total[key] += 1
        strict = _norm_text(expected) == _norm_text(got_value)
        if key == "body":
            ev.body_strict += strict
        if strict or (key == "body" and same_body(expected, got_value)):
            ev.meta_right[key] += 1
        else:
            ev.misses.append(f"{name}\treport.{key}\tgold={expected}\tgot={got_value}")
    for kind in ("problems", "improvements"):
        gold_chars = _statement_chars(gold.get(kind, []))  # type: ignore[arg-type]
        got_chars = _statement_chars(getattr(report, kind))
        c = Counts(tp=len(gold_chars & got_chars), fp=len(got_chars - gold_chars), fn=len(gold_chars - got_chars))
        ev.statements[kind].add(c)
        if c.fp or c.fn:
            ev.misses.append(f"{name}\t{kind}\tchars: right={c.tp} extra={c.fp} missed={c.fn}")
    ev.reports += 1


def _score_counted(gold: dict[str, object], report: Report, layout: str, ev: Evaluation) -> None:
    """`score_report`, keeping what this report added to the tallies (for intervals over reports)."""
    before = _tally(ev)
    score_report(gold, report, layout, ev)
    ev.per_report.append(tuple(now - then for now, then in zip(_tally(ev), before, strict=True)))


def _snippet(text: str, start: int, end: int, width: int) -> str:
    """`text[start:end]` in «», with `width` characters either side, on one line."""
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    return re.sub(r"\s*\n\s*", "⏎", f"{before}«{text[start:end]}»{after}")


def miss_context(miss: str, text: str, width: int = 30) -> str:
    """Where a miss sits in its input, for a person to see why: the text around what was read
    (its span) and around where the gold value is printed (first occurrence), if it is."""
    parts = miss.split("\t")
    if len(parts) < 4 or not parts[2].startswith("gold="):
        return ""  # (a statement's character counts: no single place to show)
    gold, lines = parts[2][len("gold=") :], []
    if len(parts) > 4 and (m := re.match(r"span=\[(\d+),\s*(\d+)\]", parts[4])):
        lines.append("    read:  " + _snippet(text, int(m.group(1)), int(m.group(2)), width))
    if gold not in ("None", "0", ""):
        number = re.fullmatch(r"(\d+)(?:\.0+)?", gold)
        pattern = rf"(?<![\d.]){re.escape(number.group(1))}(?![\d.])" if number else re.escape(gold)
        if found := re.search(pattern, text):
            lines.append("    gold:  " + _snippet(text, found.start(), found.end(), width))
        else:
            lines.append("    gold:  (not printed as such: a numeral in words, a sum, or another form)")
    return "\n".join(lines)


def evaluate(
    gold_dir: Path,
    corpus_dir: Path,
    extractor: Callable[[Path], Report],
    *,
    split: str = "all",
    split_file: Path | None = None,
    context: int = 0,
) -> Evaluation:
    """Run `extractor` on every gold report of the chosen split and compare; with `context`, each
    miss carries that many characters of its input around what was read and where the gold is printed."""
    from .load import read_path  # local: only evaluation needs to re-read sources for layout tags

    prefix = ""
    if split_file and not split_file.exists():
        # --gold annotations/gold/wild: the split file sits beside the gold root and names wild/… paths
        for root in gold_dir.resolve().parents:
            if root.name == "gold" and (root.parent / "split.tsv").exists():
                prefix = gold_dir.resolve().relative_to(root).as_posix() + "/"
                split_file = root.parent / "split.tsv"
                break
    assignments = load_split(split_file) if split_file and split_file.exists() else {}
    if split != "all" and not assignments:
        # (everything read as dev once let a copied gold folder mix the test part into dev)
        raise no_split_file(str(gold_dir), split)
    ev = Evaluation()
    for path in sorted(gold_dir.rglob("*.json")):
        rel = prefix + path.relative_to(gold_dir).as_posix()
        # a gold file the split does not list (a fresh batch not yet split) is in neither part
        if split != "all" and assignments.get(rel) != split:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        source_path = corpus_dir / gold["file"]
        try:
            report = extractor(source_path)
            source = read_path(source_path)
        except Exception as exc:  # a failing report is a miss of everything, not a crash
            ev.errors.append(f"{gold['file']}: {exc}")
            report, source = Report(file=gold["file"]), None
        layout = layout_of(source.text, source.is_html) if source else "error"
        listed = len(ev.misses)
        _score_counted(gold, report, layout, ev)
        if context and source is not None:
            for i in range(listed, len(ev.misses)):
                if where := miss_context(ev.misses[i], source.text, context):
                    ev.misses[i] += "\n" + where
    return ev


def annotation_as_report(annotation: dict[str, object]) -> Report:
    """A second person's annotation of a report read as if it were output, so that two annotators'
    agreement is measured with the very figures the extractor is scored by."""
    fields: dict[str, float | None] = annotation.get("fields") or {}  # type: ignore[assignment]
    meta: dict[str, object] = annotation.get("report") or {}  # type: ignore[assignment]

    def statements(kind: str) -> list[Statement]:
        items: list[dict[str, object]] = annotation.get(kind) or []  # type: ignore[assignment]
        return [
            Statement(text=str(i.get("text", "")), span=tuple(i["span"]), source="annotation", confidence=1.0)  # type: ignore[arg-type]
            for i in items
        ]

    return Report(
        file=str(annotation.get("file")),
        report=ReportMeta(**{k: meta.get(k) for k in ("year", "body", "family", "title", "published")}),
        fields={
            k: FieldValue(value=v, source="annotation", span=(0, 0), confidence=1.0)
            for k, v in fields.items()
            if v is not None
        },
        problems=statements("problems"),
        improvements=statements("improvements"),
    )


def agreement(gold_dir: Path, second_dir: Path, corpus_dir: Path | None = None) -> Evaluation:
    """How far a second, independent annotation of some gold reports agrees with the gold: every
    second annotation under `second_dir` is scored against the gold file at the same relative path,
    as `evaluate` scores the extractor (a miss reads gold=<first annotator> got=<second>)."""
    from .load import read_path

    paths = sorted(second_dir.rglob("*.json"))
    if not paths:
        raise no_second_annotation(str(second_dir))
    ev = Evaluation()
    for path in paths:
        rel = path.relative_to(second_dir)
        try:
            second = json.loads(path.read_text(encoding="utf-8"))
            gold = json.loads((gold_dir / rel).read_text(encoding="utf-8"))
            report = annotation_as_report(second)
        # a bad file (not JSON, not the gold's shape, no gold beside it) is listed, the rest go on
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            ev.errors.append(f"{rel.as_posix()}: {exc}")
            continue
        layout = "unknown"
        if corpus_dir is not None and (corpus_dir / str(gold["file"])).exists():
            source = read_path(corpus_dir / str(gold["file"]))
            layout = layout_of(source.text, source.is_html)
        _score_counted(gold, report, layout, ev)
    return ev
