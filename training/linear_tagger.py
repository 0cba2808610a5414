"""A linear character tagger (scikit-learn): a fast stand-in for the transformer in simulations.

Retraining the transformer takes minutes to tens of minutes on this machine, too long to repeat
for every round of a simulated active-learning experiment. This tagger trains in seconds on the
same documents and labels (BIO over characters, `extract.registry.LABELS`) from hashed features
of each character: itself and its neighbours, the section it sits in (from the segmenter), the
head of its line (一是, (一), 1.) and, for digits, the words around the number. It exposes the
part of `OnnxTagger`'s interface the engines and the uncertainty score use (`labels`,
`probabilities`, `postprocess_probs`, `calibrate`), so the same evaluation runs on it. It is not
shipped; the product's model is the ONNX transformer.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import numpy as np

from extract import registry
from extract.onnx_model import TaggedSpan, group_entities
from extract.segment import find_sections

from .data import Document, char_tags

_DIGIT = re.compile(r"[0-9〇零一二三四五六七八九十百千万两]")


def _sections(text: str) -> list[str]:
    roles = ["none"] * len(text)
    for section in find_sections(text):
        roles[section.start : section.end] = [section.role] * (section.end - section.start)
    return roles


def char_features(text: str) -> Iterator[list[str]]:
    """The hashed-feature strings of every character of `text`."""
    roles = _sections(text)
    line_start = 0
    run_start = run_end = -1
    for i, ch in enumerate(text):
        if i == 0 or text[i - 1] == "\n":
            line_start = i
        if _DIGIT.match(ch) and not (run_start <= i < run_end):
            run_start = run_end = i
            while run_end < len(text) and (_DIGIT.match(text[run_end]) or text[run_end] in ".,"):
                run_end += 1
        prev1, prev2 = text[i - 1] if i else "^", text[i - 2] if i > 1 else "^"
        next1, next2 = text[i + 1] if i + 1 < len(text) else "$", text[i + 2] if i + 2 < len(text) else "$"
        role = roles[i]
        head = text[line_start : line_start + 2]
        features = [
            f"c={ch}",
            f"p1={prev1}",
            f"n1={next1}",
            f"p2={prev2}{prev1}",
            f"n2={next1}{next2}",
            f"sec={role}",
            f"sec+head={role}|{head}",
            f"head={head}",
            f"col={min(i - line_start, 20) // 5}",
        ]
        if run_start <= i < run_end:
            features += [
                f"sec+num={role}",
                f"left4={text[max(0, run_start - 4) : run_start]}",
                f"left2={text[max(0, run_start - 2) : run_start]}",
                f"right1={text[run_end] if run_end < len(text) else '$'}",
                f"numpos={'first' if i == run_start else 'inner'}",
            ]
        yield features


class LinearTagger:
    """SGD logistic regression over hashed character features; trains in seconds."""

    def __init__(self, *, n_features: int = 2**20, o_keep: float = 0.25, epochs: int = 8, seed: int = 0) -> None:
        from sklearn.feature_extraction import FeatureHasher

        self.labels = list(registry.LABELS)
        self.hasher = FeatureHasher(n_features=n_features, input_type="string", alternate_sign=False)
        self.o_keep, self.epochs, self.seed = o_keep, epochs, seed
        self.model = None
        self.name = "linear"
        self.onnx_path = None
        self.model_version = "linear"

    def fit(self, docs: list[Document]) -> LinearTagger:
        """Train on documents; most O characters are left out (`o_keep`) to keep it fast."""
        from sklearn.linear_model import SGDClassifier

        rng = random.Random(self.seed)
        rows: list[list[str]] = []
        targets: list[int] = []
        for doc in docs:
            tags = char_tags(doc.text, doc.spans)
            for features, tag in zip(char_features(doc.text), tags, strict=True):
                if tag != 0 or rng.random() < self.o_keep:
                    rows.append(features)
                    targets.append(tag)
        x = self.hasher.transform(rows)
        self.model = SGDClassifier(
            loss="log_loss", alpha=1e-5, max_iter=self.epochs, tol=None, random_state=self.seed, n_jobs=2
        )
        self.model.fit(x, np.array(targets))
        return self

    def probabilities(self, text: str) -> np.ndarray:
        """Per-character label probabilities (characters × all labels)."""
        out = np.zeros((len(text), len(self.labels)), dtype=np.float32)
        if not text or self.model is None:
            out[:, 0] = 1.0
            return out
        p = self.model.predict_proba(self.hasher.transform(char_features(text)))
        out[:, self.model.classes_] = p
        # O characters were subsampled in training: give O back its share.
        out[:, 0] /= self.o_keep
        return out / out.sum(axis=1, keepdims=True)

    def calibrate(self, confidence: float, group: str | None = None) -> float:
        return confidence

    def postprocess_probs(self, text: str, probs: np.ndarray) -> list[TaggedSpan]:
        return [
            TaggedSpan(start, end, entity, confidence)
            for start, end, entity, confidence in group_entities(probs, self.labels)
            if text[start:end].strip()
        ]

    def __call__(self, text: str) -> list[TaggedSpan]:
        return self.postprocess_probs(text, self.probabilities(text))
