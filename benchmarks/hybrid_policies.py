"""How the hybrid should let model figures meet rule figures, measured on gold the model never saw.

For each figure policy (extract/hybrid.py FIGURE_POLICIES) and confidence threshold, prints headline
and legacy-prose F1 and precision on gold-null headline fields, next to the rules and the model
alone. Run it on held-out gold only (the wild set, or dev reports outside the model's
`train_documents`), never on the test part:

    python benchmarks/hybrid_policies.py --gold annotations/gold/wild
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import hybrid  # noqa: E402
from extract.engines import RulesEngine  # noqa: E402
from extract.evaluate import evaluate  # noqa: E402
from extract.onnx_model import OnnxTagger, find_model  # noqa: E402
from extract.pipeline import extract_path  # noqa: E402
from extract.split import load_split  # noqa: E402


def score(engine, gold: Path, corpus: Path) -> tuple[float, float, float, float]:
    ev = evaluate(gold, corpus, lambda p: extract_path(p, engine=engine))
    head, legacy = ev.groups["headline"], ev.groups["legacy_prose"]
    return head.f1, legacy.f1, ev.null_precision(), ev.meta_accuracy("body")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "annotations" / "gold" / "wild")
    parser.add_argument("--corpus", type=Path, default=ROOT / "annotations" / "corpus")
    parser.add_argument("--model-dir", type=Path, default=ROOT / "models")
    parser.add_argument("--thresholds", default="0.5,0.7,0.8,0.9")
    args = parser.parse_args()
    gold_root = ROOT / "annotations" / "gold"
    split = load_split(gold_root.parent / "split.tsv")
    for path in args.gold.resolve().rglob("*.json"):
        if path.is_relative_to(gold_root) and split.get(path.relative_to(gold_root).as_posix()) == "test":
            raise SystemExit(f"{path} is in the test part: it is for reporting, not for choosing a policy")
    tagger = OnnxTagger(find_model(args.model_dir))
    rows = [("rules", "-", *score(RulesEngine(), args.gold, args.corpus))]
    rows.append(("model", "-", *score(hybrid.ModelEngine(tagger), args.gold, args.corpus)))
    default = hybrid.FIGURE_THRESHOLD
    try:
        for policy in hybrid.FIGURE_POLICIES:
            for threshold in (float(t) for t in args.thresholds.split(",")):
                hybrid.FIGURE_THRESHOLD = threshold
                engine = hybrid.HybridEngine(tagger, RulesEngine(), figure_policy=policy)
                rows.append((policy, f"{threshold:.2f}", *score(engine, args.gold, args.corpus)))
    finally:
        hybrid.FIGURE_THRESHOLD = default
    print(f"gold: {args.gold}  model: {tagger.onnx_path}")
    print(f"{'engine/policy':<14}{'thr':>6}{'headline F1':>13}{'legacy F1':>11}{'null prec':>11}{'body':>7}")
    for name, thr, head, legacy, null, body in rows:
        print(f"{name:<14}{thr:>6}{head:>13.3f}{legacy:>11.3f}{null:>11.3f}{body:>7.3f}")


if __name__ == "__main__":
    main()
