"""How the hybrid should let model figures meet rule figures, measured on gold the model never saw.

For each figure policy (extract/hybrid.py FIGURE_POLICIES) and confidence threshold, prints headline
and legacy-prose F1 and precision on gold-null headline fields, next to the rules and the model
alone. Run it on held-out gold only, never on the test part: by default every dev report the
model was not trained on (its metrics.json `train_documents`), or a folder of gold given with --gold:

    python benchmarks/hybrid_policies.py
    python benchmarks/hybrid_policies.py --gold annotations/gold/wild
"""

from __future__ import annotations

import argparse
import functools
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import hybrid  # noqa: E402
from extract.engines import RulesEngine  # noqa: E402
from extract.evaluate import evaluate  # noqa: E402
from extract.onnx_model import OnnxTagger, find_model  # noqa: E402
from extract.pipeline import extract_path  # noqa: E402
from extract.split import load_split  # noqa: E402


def score(engine, gold: Path, corpus: Path) -> tuple[float, ...]:
    ev = evaluate(gold, corpus, lambda p: extract_path(p, engine=engine))
    head, legacy = ev.groups["headline"], ev.groups["legacy_prose"]
    problems, improvements = ev.statements["problems"].f1, ev.statements["improvements"].f1
    return head.f1, legacy.f1, ev.null_precision(), problems, improvements, ev.meta_accuracy("body")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=None, help="gold folder (default: held-out dev)")
    parser.add_argument("--corpus", type=Path, default=ROOT / "annotations" / "corpus")
    parser.add_argument("--model-dir", type=Path, default=ROOT / "models")
    parser.add_argument("--thresholds", default="0.5,0.7,0.8,0.9")
    parser.add_argument("--kind-thresholds", default="0.9,0.95,0.995")
    parser.add_argument("--body-thresholds", default="0.5,0.7,0.8,0.9")
    args = parser.parse_args()
    gold_root = ROOT / "annotations" / "gold"
    split = load_split(gold_root.parent / "split.tsv")
    tagger = OnnxTagger(find_model(args.model_dir))
    # every policy reads the same per-character probabilities: compute them once per text
    tagger.probabilities = functools.lru_cache(maxsize=None)(tagger.probabilities)
    scratch = None
    if args.gold is None:
        # the dev reports this model never saw, copied to a scratch folder for evaluate()
        trained = set(json.loads((tagger.onnx_path.parent / "metrics.json").read_text("utf-8"))["train_documents"])
        scratch = Path(tempfile.mkdtemp(prefix="held-out-"))
        for rel, part in split.items():
            gold = json.loads((gold_root / rel).read_text("utf-8"))
            if part == "dev" and gold["file"] not in trained:
                (scratch / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(gold_root / rel, scratch / rel)
        args.gold = scratch
    for path in args.gold.resolve().rglob("*.json"):
        if path.is_relative_to(gold_root) and split.get(path.relative_to(gold_root).as_posix()) == "test":
            raise SystemExit(f"{path} is in the test part: it is for reporting, not for choosing a policy")
    reports = len(list(args.gold.rglob("*.json")))
    try:
        rows = table(tagger, args)
    finally:
        if scratch:
            shutil.rmtree(scratch)
    print(f"gold: {'held-out dev' if scratch else args.gold} ({reports} reports)  model: {tagger.onnx_path}")
    print(f"{'engine/policy':<20}{'thr':>6}{'headline':>10}{'legacy':>8}{'null P':>8}", end="")
    print(f"{'problems':>10}{'improv':>8}{'body':>7}")
    for name, thr, head, legacy, null, problems, improvements, body in rows:
        print(
            f"{name:<20}{thr:>6}{head:>10.3f}{legacy:>8.3f}{null:>8.3f}{problems:>10.3f}{improvements:>8.3f}{body:>7.3f}"
        )


def table(tagger: OnnxTagger, args: argparse.Namespace) -> list[tuple]:
    rows = [("rules", "-", *score(RulesEngine(), args.gold, args.corpus))]
    rows.append(("model", "-", *score(hybrid.ModelEngine(tagger), args.gold, args.corpus)))
    default = hybrid.FIGURE_THRESHOLD, hybrid.STATEMENT_THRESHOLD, hybrid.KIND_THRESHOLD
    default_body = hybrid.BODY_OVERRIDE_THRESHOLD
    try:
        for policy in hybrid.FIGURE_POLICIES:
            for statement_policy in hybrid.STATEMENT_POLICIES:
                for threshold in (float(t) for t in args.thresholds.split(",")):
                    hybrid.FIGURE_THRESHOLD = hybrid.STATEMENT_THRESHOLD = threshold
                    engine = hybrid.HybridEngine(
                        tagger, RulesEngine(), figure_policy=policy, statement_policy=statement_policy
                    )
                    rows.append(
                        (f"{policy}/{statement_policy}", f"{threshold:.2f}", *score(engine, args.gold, args.corpus))
                    )
        hybrid.FIGURE_THRESHOLD, hybrid.STATEMENT_THRESHOLD = default[:2]
        for kind in (float(t) for t in args.kind_thresholds.split(",")):
            # the model re-deciding problem vs improvement over a rule statement
            hybrid.KIND_THRESHOLD = kind
            engine = hybrid.HybridEngine(tagger, RulesEngine())
            rows.append(("kind vote", f"{kind:.3f}", *score(engine, args.gold, args.corpus)))
        hybrid.KIND_THRESHOLD = default[2]
        for body in [None, *(float(t) for t in args.body_thresholds.split(","))]:
            # the model's body over the rules' one (None: it only fills a body the rules did not find)
            hybrid.BODY_OVERRIDE_THRESHOLD = body
            engine = hybrid.HybridEngine(tagger, RulesEngine())
            label = "-" if body is None else f"{body:.2f}"
            rows.append(("body override", label, *score(engine, args.gold, args.corpus)))
    finally:
        hybrid.FIGURE_THRESHOLD, hybrid.STATEMENT_THRESHOLD, hybrid.KIND_THRESHOLD = default
        hybrid.BODY_OVERRIDE_THRESHOLD = default_body
    return rows


if __name__ == "__main__":
    main()
