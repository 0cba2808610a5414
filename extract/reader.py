"""The learned reader: a linear choice among the numbers of the prose, for headline fields the rules leave empty.

Hand rules stopped transferring to fresh pages: each miss there is a wording used once. The reader
scores every number printed in prose as a candidate for each headline field, from the characters
around it (the clause before it, what follows it, the words of its sentence, the section it sits in,
whether the report counts several platforms). One logistic
regression per field, trained on the gold `dev` part by `training/reader.py`, stored as plain JSON
weights (`models/reader/reader.json`) and scored here with numpy: no scikit-learn object is
unpickled at run time.

The reader fills a field only when the rules found no candidate for it at all, and only with a
candidate it scores at or above the field's threshold. It replaces a figure the rules read only for a
field with an override setting `(t, q)`: its best candidate scores at least `t`, holds another value,
and every number printed with the rules' value scores under `q` (the rules read a count the reader
finds no sign of a total in). Thresholds and override settings were chosen by leaving batches of the
gold out (`training/reader.py`); a field whose fills (or replacements) were not precise enough there
has none. A replacement is said in the report's warnings.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

from . import errors
from .numbers import NUMBER_PATTERN, parse_amount
from .prose import _CHANNELS, NEW_APPLICATION_RULES, Candidate, Sentence, _channel_kind

READER_FILE = "reader.json"
DEFAULT_READER_DIR = Path(__file__).resolve().parent.parent / "models" / "reader"
FORMAT_VERSION = 1

HEADLINE_FIELDS = (
    "headline.proactive_total",
    "headline.applications_received",
    "headline.review_total",
    "headline.suit_total",
    "headline.fees_collected",
)
# Words whose presence in the clause before a number, after it or in its sentence is a feature.
KEYWORDS = tuple(
    "复议 诉讼 申请 主动公开 费 收到 受理 办理 答复 新收 结转 网站 微信 微博 发布 "
    "累计 其中 共 全年 信息 文件 依申请 件 条 办结 不予 栏目 专栏 无 未".split()
)
_NUMBER = re.compile(NUMBER_PATTERN)
_PUNCT = re.compile(r"[,,;;:::。、()()]")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
MAX_VALUE = 1e12  # no count of a report is larger; longer digit runs are identifiers
_CHINESE_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千]")


@dataclass
class Item:
    """One candidate: a number printed in prose, for any headline field."""

    start: int
    end: int
    value: int | float
    features: dict[str, float]


def _bigrams(text: str, tag: str) -> list[str]:
    return [f"{tag}{text[i : i + 2]}" for i in range(len(text) - 1)]


def mention_features(
    text: str, sent: Sentence, start: int, end: int, value: float, year: int | None
) -> dict[str, float]:
    """Features of the number at [start, end) (offsets in `text`) inside sentence `sent`."""
    t = sent.text
    a, b = start - sent.start, end - sent.start
    left, right = t[max(0, a - 12) : a], t[b : b + 6]
    f: dict[str, float] = {}
    for k in (1, 2, 3, 4):
        f[f"L{k}={left[-k:]}"] = 1.0
        f[f"R{k}={right[:k]}"] = 1.0
    cut = max((m.end() for m in _PUNCT.finditer(t, 0, a)), default=0)
    clause = t[cut:a][-20:]
    for g in _bigrams(clause, "C="):
        f[g] = 1.0
    stop = _PUNCT.search(t, b)
    after = t[b : stop.start() if stop else len(t)][:12]
    for g in _bigrams(after, "A="):
        f[g] = 1.0
    f[f"sec={sent.role}"] = 1.0
    for word in KEYWORDS:
        if word in clause:
            f[f"kwC={word}"] = 1.0
        if word in after:
            f[f"kwA={word}"] = 1.0
        if word in t:
            f[f"kwS={word}"] = 1.0
    head = t[cut:b]
    if _CHANNELS.search(head):  # (every kind _channel_kind names is one of its words)
        f[f"chan={_channel_kind(head).split(':')[0]}"] = 1.0
    if "其中" in t[:a]:
        f["qizhong"] = 1.0
    years = {int(y) for y in _YEAR.findall(t)}
    if year and years - {year}:
        f["otheryear"] = 1.0
    if year and year in years:
        f["ownyear"] = 1.0
    f["zero"] = float(value == 0)
    f[f"mag={min(len(str(int(value))), 6)}"] = 1.0
    if _CHINESE_NUMERAL.match(text[start:end]):
        f["chinese"] = 1.0
    if re.match(r"\s*(?:%|％|个百分点)", right):
        f["pct"] = 1.0
    if re.match(r"\s*年", right) and 1990 <= value <= 2035:
        f["yearlike"] = 1.0
    return f


def candidate_items(
    text: str,
    sentences: list[Sentence],
    *,
    year: int | None,
    skip: list[tuple[int, int]] = (),
) -> list[Item]:
    """Every number of the prose (not the tables, not the problems section), with its features.

    (A negation a rule read, 未收到申请 → 0, is no candidate: its field has a rule candidate, and the
    reader only fills fields no rule saw.)"""
    items: list[Item] = []
    for sent in sentences:
        if sent.role == "problems" or any(x <= sent.start < y for x, y in skip):
            continue
        for m in _NUMBER.finditer(sent.text):
            value = parse_amount(m.group())
            if value is None or not math.isfinite(value) or value >= MAX_VALUE:
                continue  # (a run of hundreds of digits, an identifier: no count)
            a, b = sent.start + m.start(), sent.start + m.end()
            items.append(Item(a, b, value, mention_features(text, sent, a, b, value, year)))
    counted = {
        name
        for it in items
        for name in it.features
        if name.startswith("chan=") and ("R1=条" in it.features or "R1=篇" in it.features)
    }
    seen: dict[float, int] = {}
    for it in items:
        seen[it.value] = seen.get(it.value, 0) + 1
    for it in items:
        if len(counted) > 1:  # the report counts on several platforms (decision 1)
            it.features["multi_platform"] = 1.0
            if any(name.startswith("chan=") for name in it.features):
                it.features["chan_multi"] = 1.0
        if seen[it.value] > 1:
            it.features["dup"] = 1.0
    return items


@dataclass
class FieldModel:
    bias: float
    weights: dict[str, float]
    threshold: float | None  # None: the reader never fills this field
    # (t, q): replace the rules' figure when the best candidate scores >= t and the rules' value < q;
    # None: the rules' figure always stands
    override: tuple[float, float] | None = None

    @property
    def used(self) -> bool:
        return self.threshold is not None or self.override is not None


def same_value(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(float(a), float(b), abs_tol=1e-6)


def computed(rule: str) -> bool:
    """Whether a rules figure is one no printed number holds as such: a negation's zero (未收到申请, rules
    ending -none) or the new applications, the intake less its carried-over part (decision 10). The
    reader finds no sign of those in the numbers, so it never replaces them."""
    return rule.endswith("-none") or rule in NEW_APPLICATION_RULES


def rule_value_score(items: list[Item], scores: np.ndarray, value: float) -> float:
    """The reader's best score for any printed number holding `value` (0 where none is printed)."""
    return max((float(scores[i]) for i, it in enumerate(items) if same_value(it.value, value)), default=0.0)


class LinearScorer:
    """Several fields' weights as one matrix (feature × field), so each candidate is scored once."""

    def __init__(self, models: list[FieldModel]) -> None:
        names = sorted({name for m in models for name in m.weights})
        self._index = {name: i for i, name in enumerate(names)}
        self._weights = np.zeros((len(names), len(models)))
        for j, model in enumerate(models):
            for name, w in model.weights.items():
                self._weights[self._index[name], j] = w
        self._bias = np.array([m.bias for m in models])

    def scores(self, items: list[Item]) -> np.ndarray:
        """Probabilities, one row per item and one column per model."""
        rows, cols, values = [], [], []
        for i, it in enumerate(items):
            for name, x in it.features.items():
                j = self._index.get(name)
                if j is not None:
                    rows.append(i)
                    cols.append(j)
                    values.append(x)
        x = sparse.csr_matrix((values, (rows, cols)), shape=(len(items), len(self._index)))
        z = np.asarray(x @ self._weights) + self._bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


class Reader:
    """The fields the reader may fill (those with a threshold), scored together."""

    def __init__(self, fields: dict[str, FieldModel], info: dict[str, object] | None = None) -> None:
        self.fields = fields
        self.info = info or {}
        self._order = [f for f, m in fields.items() if m.used]
        self._scorer = LinearScorer([fields[f] for f in self._order])

    @classmethod
    def load(cls, path: Path) -> Reader:
        """Read a reader file; a missing, unreadable or wrong-shape file is E128."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT_VERSION:
                raise ValueError(f"format {data.get('format')!r}, expected {FORMAT_VERSION}")
            fields = {}
            for field_id, spec in data["fields"].items():
                if field_id not in HEADLINE_FIELDS:
                    raise ValueError(f"unknown field {field_id}")
                threshold = None if spec["threshold"] is None else float(spec["threshold"])
                if threshold is not None and not 0.0 < threshold <= 1.0:
                    raise ValueError(f"{field_id}: threshold {threshold} is not in (0, 1]")
                override = spec.get("override")
                if override is not None:
                    t, q = (float(x) for x in override)
                    if not (0.0 < t <= 1.0 and 0.0 <= q <= 1.0):
                        raise ValueError(f"{field_id}: override {override} is not two scores in [0, 1]")
                    override = (t, q)
                model = FieldModel(
                    float(spec["bias"]), {str(k): float(v) for k, v in spec["weights"].items()}, threshold, override
                )
                if not all(math.isfinite(w) for w in (model.bias, *model.weights.values())):
                    raise ValueError(f"{field_id}: a weight or the bias is not a finite number")
                fields[field_id] = model
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise errors.bad_reader(str(path), str(exc)) from exc
        return cls(fields, {k: v for k, v in data.items() if k not in ("fields", "format")})

    def fill(
        self,
        text: str,
        sentences: list[Sentence],
        candidates: list[Candidate],
        chosen: dict[str, Candidate],
        *,
        year: int | None,
        skip: list[tuple[int, int]] = (),
    ) -> dict[str, Candidate]:
        """Figures for the headline fields the rules left empty, where one candidate scores at or above
        its field's threshold, and for fields with an override setting whose rules' figure the reader
        finds no sign of (see the module's docstring); each carries its score as confidence and rule
        "reader". A returned field that is also in `chosen` replaces the rules' figure."""
        # only fields the rules saw nothing of: where a rule read a figure and then set it aside (one
        # platform's count among several, decision 1), the reader would mostly take it back
        seen = {c.field_id for c in candidates}
        open_fields = [
            f for f in self._order if self.fields[f].threshold is not None and f not in chosen and f not in seen
        ]
        replaceable = [
            f
            for f in self._order
            if self.fields[f].override is not None and f in chosen and not computed(chosen[f].rule)
        ]
        if not open_fields and not replaceable:
            return {}
        items = candidate_items(text, sentences, year=year, skip=skip)
        if not items:
            return {}
        scores = self._scorer.scores(items)
        found: dict[str, Candidate] = {}
        for field_id in open_fields + replaceable:
            column = scores[:, self._order.index(field_id)]
            best = int(np.argmax(column))
            it = items[best]
            if field_id in chosen:
                at_least, rule_below = self.fields[field_id].override  # type: ignore[misc]
                ruled = chosen[field_id].value
                if (
                    column[best] < at_least
                    or same_value(it.value, ruled)
                    or rule_value_score(items, column, ruled) >= rule_below
                ):
                    continue
            elif column[best] < self.fields[field_id].threshold:  # type: ignore[operator]
                continue
            found[field_id] = Candidate(field_id, it.value, it.start, it.end, round(float(column[best]), 3), "reader")
        return found


def load_reader(directory: Path | None = None) -> Reader | None:
    """The shipped reader, or None where no reader file is there."""
    path = (directory or DEFAULT_READER_DIR) / READER_FILE
    return Reader.load(path) if path.exists() else None
