"""Expected calibration error of the model's span confidence on the gold TEST part (reporting only).

A figure span is right when the number it reads equals the gold value of its field; a statement
span when it overlaps a gold statement of its kind by IoU >= 0.5; a body span when it names the
gold body. ECE over 10 equal-width bins, before (raw mean probability) and after the isotonic
calibration fitted on held-out dev documents at training time.

Run: .venv/bin/python benchmarks/calibration.py [--model models/zh-e5-small]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from extract.evaluate import same_body
from extract.hybrid import _FIGURE_TYPES, span_value
from extract.load import read_path
from extract.normalize import normalize
from extract.onnx_model import MODEL_FILE, OnnxTagger, calibration_group
from extract.split import load_split
from training.export import expected_calibration_error

ROOT = Path(__file__).resolve().parent.parent


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / (max(a[1], b[1]) - min(a[0], b[0])) if inter > 0 else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "zh-e5-small")
    args = parser.parse_args()
    tagger = OnnxTagger(args.model / MODEL_FILE)
    calibration = tagger.calibration
    gold_dir = ROOT / "annotations" / "gold"
    pairs_raw: list[tuple[float, int]] = []
    pairs_cal: list[tuple[float, int]] = []
    for rel, part in sorted(load_split(ROOT / "annotations" / "split.tsv").items()):
        if part != "test":
            continue
        gold = json.loads((gold_dir / rel).read_text(encoding="utf-8"))
        source = read_path(ROOT / "annotations" / "corpus" / gold["file"])
        mapped, _ = normalize(source.text, is_html=source.is_html)
        tagger.calibration = None
        spans = tagger(mapped.text)
        tagger.calibration = calibration
        for span in spans:
            start, end = mapped.span(span.start, span.end)
            if span.entity in _FIGURE_TYPES:
                expected = gold["fields"].get(_FIGURE_TYPES[span.entity])
                value = span_value(mapped.text[span.start : span.end])
                right = expected is not None and value is not None and abs(float(value) - float(expected)) < 1e-6
            elif span.entity == "BODY":
                right = same_body(gold["report"].get("body"), mapped.text[span.start : span.end])
            else:
                kind = "problems" if span.entity == "PROBLEM" else "improvements"
                right = any(_iou((start, end), tuple(g["span"])) >= 0.5 for g in gold[kind])
            pairs_raw.append((span.confidence, int(right)))
            pairs_cal.append((tagger.calibrate(span.confidence, calibration_group(span.entity)), int(right)))
    accuracy = sum(h for _, h in pairs_raw) / len(pairs_raw) if pairs_raw else 0.0
    print(f"model {args.model.name}: {len(pairs_raw)} spans on the test part, {accuracy:.3f} right")
    raw, calibrated = expected_calibration_error(pairs_raw), expected_calibration_error(pairs_cal)
    print(f"ECE raw {raw:.4f}; calibrated {calibrated:.4f}")


if __name__ == "__main__":
    main()
