"""Training data: character BIO tags over normalized report text, as a `datasets.Dataset`.

Labels come from the gold `dev` part (statement spans, body, figure values) and, where the
gold gives a figure's value but not its place, from the rules' candidate that reads the
same value (weak labels, corrected by gold). The gold `test` part is never read here.
Augmentation: figures replaced by other numbers, enumerated items reordered, site chrome
inserted, all with their tags carried along.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from extract import registry
from extract.engines import RulesEngine
from extract.load import read_path
from extract.normalize import normalize
from extract.pipeline import prepare
from extract.segment import section_types
from extract.split import load_split

FIELD_ENTITY = {field: entity for entity, field in registry.ENTITY_FIELDS.items()}
LABEL_IDS = {label: i for i, label in enumerate(registry.LABELS)}
SPECIALS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")


@dataclass
class Document:
    """One report as the model sees it: normalized text and typed spans in it."""

    name: str
    text: str
    spans: list[tuple[int, int, str]]


def document_from_gold(corpus: Path, gold: dict) -> Document:
    """Normalized text and spans of one gold report: gold statements and body, figures placed by the rules."""
    prepared = prepare(read_path(corpus / gold["file"]))
    mapped = prepared.mapped
    text = mapped.text
    prose = RulesEngine().propose(prepared.prose_input(gold["report"].get("family")))
    spans: list[tuple[int, int, str]] = []
    for kind, entity in (("problems", "PROBLEM"), ("improvements", "IMPROVEMENT")):
        for item in gold.get(kind, []):
            span = mapped.view_span(*item["span"])
            if span:
                spans.append((*span, entity))
    fields = gold.get("fields", {})
    placed = set()
    for field_id, candidate in prose.figures.items():
        entity = FIELD_ENTITY.get(field_id)
        expected = fields.get(field_id)
        if entity and expected is not None and abs(float(expected) - float(candidate.value)) < 1e-6:
            spans.append((candidate.start, candidate.end, entity))
            placed.add(field_id)
    # A gold figure the rules did not read: label the number where the text prints it once, outside
    # tables, so the model learns the phrasings the rules miss (the ones the hybrid needs it for).
    tables = [t.span for t in prepared.tables]
    for field_id, expected in fields.items():
        entity = FIELD_ENTITY.get(field_id)
        if entity is None or field_id in placed or not expected or float(expected) != int(expected):
            continue
        hits = [
            m
            for m in re.finditer(
                rf"(?<![\d.,]){int(expected)}(?![\d.,])(?=\s*(?:余|多)?\s*[件条起个宗份篇次项例元])", text
            )
            if not any(a <= m.start() < b for a, b in tables)
        ]
        if len(hits) == 1:
            spans.append((hits[0].start(), hits[0].end(), entity))
    body = gold["report"].get("body")
    if body:
        from extract.normalize import _to_simplified

        position = text.find(_to_simplified(body))
        if position >= 0:
            spans.append((position, position + len(body), "BODY"))
    return Document(gold["file"], text, _drop_overlaps(spans))


def _drop_overlaps(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Figures and the body win over statements they sit inside; otherwise the first span wins."""
    ordered = sorted(spans, key=lambda s: (s[2] in ("PROBLEM", "IMPROVEMENT"), s[0]))
    taken: list[tuple[int, int, str]] = []
    for span in ordered:
        if all(span[1] <= t[0] or span[0] >= t[1] for t in taken):
            taken.append(span)
    return sorted(taken)


def documents_from_rounds(records: list[dict]) -> list[Document]:
    """Reports annotated in Label Studio rounds (character spans of the original text)."""
    docs = []
    for record in records:
        mapped, _ = normalize(record["text"], is_html=record["file"].lower().endswith((".html", ".htm")))
        typed = [(*span, r["label"]) for r in record["spans"] if (span := mapped.view_span(r["start"], r["end"]))]
        docs.append(Document("al:" + record["file"], mapped.text, _drop_overlaps(typed)))
    return docs


def load_documents(gold_dir: Path, corpus: Path, split_file: Path, *, part: str = "dev") -> list[Document]:
    """Documents of one split part. Refuses the test part: it is only ever used to report."""
    if part == "test":
        raise ValueError("[E301] the gold test part is never used for training or tuning")
    assignments = load_split(split_file)
    docs = []
    for rel, assigned in sorted(assignments.items()):
        if assigned == part:
            docs.append(document_from_gold(corpus, json.loads((gold_dir / rel).read_text(encoding="utf-8"))))
    return docs


# --- augmentation ------------------------------------------------------------------------

_CHROME = (
    "当前位置:首页 > 政务公开 > 政府信息公开年报",
    "索引号:000000/2024-00001  发布机构:办公室",
    "【字体:大 中 小】 打印本页",
    "分享到:微信 微博 QQ空间",
    "主办单位:某某县人民政府办公室  技术支持:某某网络公司",
)
_NUMBER = re.compile(r"\d+")


def _replace_numbers(doc: Document, rng: random.Random) -> Document:
    """Every number becomes another of the same length; spans keep their places."""
    text = _NUMBER.sub(
        lambda m: str(rng.randint(10 ** (len(m.group()) - 1) if len(m.group()) > 1 else 0, 10 ** len(m.group()) - 1)),
        doc.text,
    )
    return Document(doc.name + "#numbers", text, doc.spans)


def _insert_chrome(doc: Document, rng: random.Random) -> Document:
    """Site chrome lines inserted between paragraphs, spans shifted."""
    text, spans = doc.text, list(doc.spans)
    for _ in range(3):
        breaks = [m.start() for m in re.finditer("\n", text)]
        if not breaks:
            break
        at = rng.choice(breaks)
        if any(s < at < e for s, e, _ in spans):
            continue
        line = "\n" + rng.choice(_CHROME)
        text = text[:at] + line + text[at:]
        spans = [(s + len(line) if s >= at else s, e + len(line) if s >= at else e, t) for s, e, t in spans]
    return Document(doc.name + "#chrome", text, spans)


def _reorder_items(doc: Document, rng: random.Random) -> Document:
    """Two statements of the same kind that are whole lines swap places."""
    lines = doc.text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)

    def movable(start: int, line: str) -> bool:
        # a line that holds a whole statement and that no span crosses (a span over several lines,
        # 改进措施 title + paragraph, would be torn apart by the swap)
        end = start + len(line)
        overlapping = [(s, e, t) for s, e, t in doc.spans if s < end and start < e]
        inside = all(start <= s and e <= end for s, e, _ in overlapping)
        return inside and any(t in ("PROBLEM", "IMPROVEMENT") and e - s >= len(line.strip()) for s, e, t in overlapping)

    whole = [
        i for i, (start, line) in enumerate(zip(starts, lines, strict=True)) if line.strip() and movable(start, line)
    ]
    if len(whole) < 2:
        return Document(doc.name + "#order", doc.text, doc.spans)
    a, b = sorted(rng.sample(whole, 2))
    order = list(range(len(lines)))
    order[a], order[b] = order[b], order[a]
    new_starts, pos = {}, 0
    for index in order:
        new_starts[index] = pos
        pos += len(lines[index]) + 1
    spans = []
    for s, e, t in doc.spans:
        line = max(i for i, start in enumerate(starts) if start <= s)
        shift = new_starts[line] - starts[line]
        spans.append((s + shift, e + shift, t))
    return Document(doc.name + "#order", "\n".join(lines[i] for i in order), sorted(spans))


def augment(docs: list[Document], *, copies: int, seed: int) -> list[Document]:
    """The documents plus `copies` augmented versions of each."""
    rng = random.Random(seed)
    out = list(docs)
    steps = (_replace_numbers, _insert_chrome, _reorder_items)
    for doc in docs:
        for i in range(copies):
            out.append(steps[i % len(steps)](doc, rng))
    return out


# --- windows and the dataset -----------------------------------------------------------------


def build_vocab(texts: list[str], *, min_count: int = 1) -> list[str]:
    """Special tokens, then every character seen at least `min_count` times, by frequency."""
    counts: dict[str, int] = {}
    for text in texts:
        for ch in text:
            counts[ch] = counts.get(ch, 0) + 1
    chars = sorted((c for c, n in counts.items() if n >= min_count and not c.isspace()), key=lambda c: (-counts[c], c))
    return list(SPECIALS) + chars


def char_tags(text: str, spans: list[tuple[int, int, str]]) -> list[int]:
    """BIO label ids, one per character."""
    tags = [LABEL_IDS["O"]] * len(text)
    for start, end, entity in spans:
        for i in range(start, end):
            tags[i] = LABEL_IDS[("B-" if i == start else "I-") + entity]
    return tags


def windows(length: int, size: int, stride: int) -> list[tuple[int, int]]:
    """Overlapping `[start, end)` windows covering `length` characters."""
    if length <= size:
        return [(0, length)]
    starts = list(range(0, length - size, stride)) + [length - size]
    return [(s, s + size) for s in starts]


def encode(text: str, vocab_index: dict[str, int]) -> list[int]:
    unk = vocab_index["[UNK]"]
    # Whitespace is kept as [PAD]-free position: map it to [UNK]-free id of " " if present.
    return [vocab_index.get(ch, unk) for ch in text]


def to_dataset(docs: list[Document], vocab: list[str], *, size: int, stride: int):  # -> datasets.Dataset
    """Windows of `size` characters with [CLS]/[SEP], label -100 on the specials, section roles
    as token types."""
    import datasets

    index = {token: i for i, token in enumerate(vocab)}
    rows: dict[str, list] = {"input_ids": [], "token_type_ids": [], "labels": [], "doc": []}
    for doc in docs:
        ids, tags = encode(doc.text, index), char_tags(doc.text, doc.spans)
        types = section_types(doc.text)  # the segmenter's section role of each character
        for start, end in windows(len(doc.text), size, stride):
            rows["input_ids"].append([index["[CLS]"], *ids[start:end], index["[SEP]"]])
            rows["token_type_ids"].append([0, *types[start:end], 0])
            rows["labels"].append([-100, *tags[start:end], -100])
            rows["doc"].append(doc.name)
    return datasets.Dataset.from_dict(rows)
