"""The token classifier at run time: onnxruntime only, no torch.

Shaped like transformers' token-classification pipeline: `preprocess` (characters → ids,
overlapping windows, offsets kept), `_forward` (the only code that touches the model),
`postprocess` (softmax, windows merged, B-/I- grouping, calibrated confidence). Entity
text is always a slice of the input by offsets.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .segment import section_types

MODEL_FILE = "model.onnx"


def find_model(directory: Path) -> Path:
    """The shipped ONNX file in `directory` (or in its single model sub-folder)."""
    direct = directory / MODEL_FILE
    if direct.exists():
        return direct
    found = sorted(directory.glob(f"*/{MODEL_FILE}")) if directory.exists() else []
    if not found:
        raise FileNotFoundError(f"no {MODEL_FILE} under {directory}")
    return found[0]


def calibration_group(entity: str) -> str:
    """Which calibration map a span of this entity type uses: statements, the body, or figures."""
    if entity in ("PROBLEM", "IMPROVEMENT"):
        return "statement"
    return "body" if entity == "BODY" else "figure"


@dataclass(frozen=True)
class TaggedSpan:
    """A span the model tagged, in the coordinates of the text it was given."""

    start: int
    end: int
    entity: str
    confidence: float


@dataclass(frozen=True)
class Window:
    start: int  # first character of the text in this window
    ids: np.ndarray  # [CLS] ids... [SEP]
    types: np.ndarray | None = None  # section type of each position (0 on [CLS]/[SEP]), if the model takes them


def pad_batch(windows: list[Window]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Input ids, attention mask and token types (section roles) of windows padded to the longest one."""
    width = max(len(w.ids) for w in windows)
    ids = np.zeros((len(windows), width), dtype=np.int64)
    mask = np.zeros((len(windows), width), dtype=np.int64)
    types = np.zeros((len(windows), width), dtype=np.int64)
    for j, w in enumerate(windows):
        ids[j, : len(w.ids)] = w.ids
        mask[j, : len(w.ids)] = 1
        if w.types is not None:
            types[j, : len(w.types)] = w.types
    return ids, mask, types


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=-1, keepdims=True)


def group_entities(probs: np.ndarray, labels: list[str]) -> list[tuple[int, int, str, float]]:
    """B-/I- grouping of per-character label probabilities: (start, end, entity, mean probability)."""
    best = probs.argmax(axis=-1)
    spans: list[tuple[int, int, str, float]] = []
    current: list[int] | None = None
    entity = ""

    def close(end: int) -> None:
        if current is not None:
            spans.append((current[0], end, entity, float(np.mean([probs[i, best[i]] for i in range(current[0], end)]))))

    for i, label_id in enumerate(best):
        label = labels[label_id]
        if label == "O":
            close(i)
            current = None
            continue
        prefix, kind = label.split("-", 1)
        if current is None or prefix == "B" or kind != entity:
            close(i)
            current, entity = [i], kind
    close(len(best))
    return spans


class OnnxTagger:
    """An onnxruntime session over one exported model directory; safe to share between threads."""

    def __init__(self, onnx_path: Path, *, threads: int | None = None) -> None:
        import onnxruntime as ort

        directory = onnx_path.parent
        self.onnx_path = onnx_path
        self.vocab = (directory / "vocab.txt").read_text(encoding="utf-8").split("\n")
        self.index = {token: i for i, token in enumerate(self.vocab)}
        meta = json.loads((directory / "labels.json").read_text(encoding="utf-8"))
        self.labels: list[str] = meta["labels"]
        self.window: int = meta["window"]
        self.stride: int = meta["stride"]
        self.model_version: str = meta.get("version", directory.name)
        calibration = directory / "calibration.json"
        self.calibration = json.loads(calibration.read_text(encoding="utf-8")) if calibration.exists() else None
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or max(1, len(os.sched_getaffinity(0)))
        options.inter_op_num_threads = 1
        # No arena: memory goes back after each run instead of growing with the largest batch seen.
        options.enable_cpu_mem_arena = False
        self.session = ort.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])
        # Models trained with section roles take them as token types (older ones do not).
        self.uses_sections = any(i.name == "token_type_ids" for i in self.session.get_inputs())
        self.name = f"onnx:{directory.name}"

    def preprocess(self, text: str) -> list[Window]:
        unk, cls, sep = self.index["[UNK]"], self.index["[CLS]"], self.index["[SEP]"]
        ids = np.array([self.index.get(ch, unk) for ch in text], dtype=np.int64)
        types = np.array(section_types(text), dtype=np.int64) if self.uses_sections else None
        out = []
        length = len(text)
        starts = [0] if length <= self.window else [*range(0, length - self.window, self.stride), length - self.window]
        for start in starts:
            chunk = ids[start : start + self.window]
            window_types = None
            if types is not None:
                window_types = np.concatenate([[0], types[start : start + self.window], [0]]).astype(np.int64)
            out.append(Window(start, np.concatenate([[cls], chunk, [sep]]).astype(np.int64), window_types))
        return out

    def _forward(self, windows: list[Window], batch_size: int = 16) -> list[np.ndarray]:
        logits: list[np.ndarray] = []
        for i in range(0, len(windows), batch_size):
            group = windows[i : i + batch_size]
            ids, mask, types = pad_batch(group)
            feed = {"input_ids": ids, "attention_mask": mask}
            if self.uses_sections:
                feed["token_type_ids"] = types
            out = self.session.run(["logits"], feed)[0]
            logits.extend(out[j, 1 : len(w.ids) - 1] for j, w in enumerate(group))
        return logits

    def merge_windows(self, text: str, windows: list[Window], logits: list[np.ndarray]) -> np.ndarray:
        """Per-character label probabilities of the whole text, overlapping windows averaged."""
        probs = np.zeros((len(text), len(self.labels)), dtype=np.float32)
        weight = np.zeros(len(text), dtype=np.float32)
        for window, window_logits in zip(windows, logits, strict=True):
            p = softmax(window_logits.astype(np.float32))
            # Characters near a window's edge see less context: weigh them down where windows overlap.
            n = p.shape[0]
            edge = np.minimum(np.arange(1, n + 1), np.arange(n, 0, -1)).astype(np.float32)
            probs[window.start : window.start + n] += p * edge[:, None]
            weight[window.start : window.start + n] += edge
        return probs / np.maximum(weight, 1e-6)[:, None]

    def postprocess(self, text: str, windows: list[Window], logits: list[np.ndarray]) -> list[TaggedSpan]:
        return self.postprocess_probs(text, self.merge_windows(text, windows, logits))

    def postprocess_probs(self, text: str, probs: np.ndarray) -> list[TaggedSpan]:
        """Entity spans with calibrated confidence from per-character probabilities."""
        spans = []
        for start, end, entity, confidence in group_entities(probs, self.labels):
            if text[start:end].strip():
                spans.append(TaggedSpan(start, end, entity, self.calibrate(confidence, calibration_group(entity))))
        return spans

    def calibrate(self, confidence: float, group: str | None = None) -> float:
        """The raw mean probability mapped through the isotonic calibration fitted on held-out data:
        the map of the span's group (figure, statement, body) where the model has one, else the overall map."""
        if not self.calibration:
            return confidence
        curve = self.calibration.get("groups", {}).get(group, self.calibration)
        return float(np.interp(confidence, curve["x"], curve["y"]))

    def probabilities(self, text: str) -> np.ndarray:
        """Per-character label probabilities (characters × labels)."""
        if not text:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        windows = self.preprocess(text)
        return self.merge_windows(text, windows, self._forward(windows))

    def __call__(self, text: str) -> list[TaggedSpan]:
        if not text:
            return []
        windows = self.preprocess(text)
        return self.postprocess(text, windows, self._forward(windows))
