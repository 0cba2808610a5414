"""Export a trained tagger to ONNX, quantize it to int8, calibrate it, and write its model card."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np

from extract import registry
from extract.onnx_model import MODEL_FILE, OnnxTagger

from .data import Document


def to_onnx(model, path: Path, vocab_size: int) -> None:
    """The PyTorch tagger as an ONNX graph with dynamic batch and sequence axes."""
    import torch

    ids = torch.randint(5, max(6, vocab_size), (2, 16), dtype=torch.long)
    mask = torch.ones_like(ids)

    class Logits(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask).logits

    torch.onnx.export(
        Logits(model).eval(),
        (ids, mask),
        str(path),
        input_names=["input_ids", "attention_mask"],
        output_names=["logits"],
        opset_version=17,
        dynamo=False,
        dynamic_axes={
            "input_ids": {0: "batch", 1: "sequence"},
            "attention_mask": {0: "batch", 1: "sequence"},
            "logits": {0: "batch", 1: "sequence"},
        },
    )


def quantize(fp32: Path, int8: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)


def span_scores(tagger: OnnxTagger, docs: list[Document]) -> dict:
    """Entity-level exact-span P/R/F1 and (confidence, correct) pairs on documents with known spans."""
    tp = fp = fn = 0
    pairs: list[tuple[float, int]] = []
    chars = 0
    started = time.perf_counter()
    for doc in docs:
        gold = {(s, e, t) for s, e, t in doc.spans}
        predicted = tagger(doc.text)
        chars += len(doc.text)
        for span in predicted:
            hit = (span.start, span.end, span.entity) in gold
            pairs.append((span.confidence, int(hit)))
            tp += hit
            fp += not hit
        fn += len(gold - {(s.start, s.end, s.entity) for s in predicted})
    seconds = time.perf_counter() - started
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "pairs": pairs,
        "chars_per_s": chars / seconds if seconds else 0.0,
    }


def expected_calibration_error(pairs: list[tuple[float, int]], bins: int = 10) -> float:
    """ECE over equal-width confidence bins."""
    if not pairs:
        return 0.0
    conf = np.array([c for c, _ in pairs])
    hit = np.array([h for _, h in pairs])
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        inside = (conf > lo) & (conf <= hi) if lo > 0 else (conf >= lo) & (conf <= hi)
        if inside.any():
            total += inside.mean() * abs(conf[inside].mean() - hit[inside].mean())
    return float(total)


def fit_calibration(pairs: list[tuple[float, int]]) -> dict:
    """Isotonic map from raw span confidence to the observed rate of exact spans (scikit-learn)."""
    from sklearn.isotonic import IsotonicRegression

    if len(pairs) < 5:
        return {"x": [0.0, 1.0], "y": [0.0, 1.0]}
    x = np.array([c for c, _ in pairs])
    y = np.array([h for _, h in pairs], dtype=float)
    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(x, y)
    grid = np.linspace(0, 1, 51)
    return {"x": grid.tolist(), "y": [float(v) for v in iso.predict(grid)]}


def export_model(
    model,
    vocab: list[str],
    *,
    config: dict,
    held_out: list[Document],
    out: Path,
    train_seconds: float,
    log,
    train_docs: list[str],
) -> dict:
    """Write vocab, labels, ONNX fp32 → int8 (if it holds F1), calibration and the card into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    # PyTorch weights for the eager-vs-ONNX benchmark; not shipped (see .gitignore).
    model.save_pretrained(out / "torch")
    (out / "vocab.txt").write_text("\n".join(vocab), encoding="utf-8")
    version = f"{out.name}-{time.strftime('%Y%m%d')}"
    meta = {"labels": list(registry.LABELS), "window": config["window"], "stride": config["stride"], "version": version}
    (out / "labels.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    fp32 = out / "model.fp32.onnx"
    to_onnx(model, fp32, len(vocab))
    int8 = out / "model.int8.onnx"
    quantize(fp32, int8)
    (out / "calibration.json").unlink(missing_ok=True)
    scores = {name: span_scores(OnnxTagger(path), held_out) for name, path in (("fp32", fp32), ("int8", int8))}
    keep_int8 = scores["int8"]["f1"] >= scores["fp32"]["f1"] - 0.005
    chosen = "int8" if keep_int8 else "fp32"
    (int8 if keep_int8 else fp32).replace(out / MODEL_FILE)
    for leftover in (fp32, int8):
        leftover.unlink(missing_ok=True)
    raw_pairs = scores[chosen]["pairs"]
    calibration = fit_calibration(raw_pairs)
    (out / "calibration.json").write_text(json.dumps(calibration), encoding="utf-8")
    tagger = OnnxTagger(out / MODEL_FILE)
    calibrated = [(tagger.calibrate(c), h) for c, h in raw_pairs]
    result = {
        "version": version,
        "parameters": sum(p.numel() for p in model.parameters()),
        "train_seconds": round(train_seconds, 1),
        "held_out_documents": len(held_out),
        "fp32_f1": round(scores["fp32"]["f1"], 4),
        "int8_f1": round(scores["int8"]["f1"], 4),
        "shipped": chosen,
        "held_out_ece_raw": round(expected_calibration_error(raw_pairs), 4),
        "held_out_ece_calibrated_in_sample": round(expected_calibration_error(calibrated), 4),
        "onnx_bytes": (out / MODEL_FILE).stat().st_size,
        "config": config,
        "train_documents": train_docs,
    }
    (out / "metrics.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    log(
        f"held-out exact-span F1: fp32 {result['fp32_f1']}, int8 {result['int8_f1']} → ships {chosen}; "
        f"{result['onnx_bytes'] / 1e6:.1f} MB"
    )
    return result
