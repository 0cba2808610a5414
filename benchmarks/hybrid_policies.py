"""How the hybrid should let the model meet the rules, measured on gold the model never saw.

Prints headline and legacy-prose F1, precision on gold-null headline fields, statement F1 and body
accuracy for the rules, the model alone, the shipped hybrid, and the hybrid with one of its choices
varied (extract/hybrid.py: figure fill / replace thresholds, statement policies, the kind vote,
the body override and fill), the others at their defaults. Run it on held-out gold only, never on the test
part: by default every dev report the model was not trained on (its metrics.json `train_documents`),
or a folder of gold given with --gold:

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
from extract.prose import NEW_APPLICATION_RULES  # noqa: E402
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
    parser.add_argument("--body-thresholds", default="0.0,0.3,0.5,0.7,0.8,0.9")
    parser.add_argument("--statement-thresholds", default="0.0,0.3,0.5,0.7,0.8,0.9")
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
    print(f"{'engine/policy':<27}{'thr':>6}{'headline':>10}{'legacy':>8}{'null P':>8}", end="")
    print(f"{'problems':>10}{'improv':>8}{'body':>7}")
    for name, thr, head, legacy, null, problems, improvements, body in rows:
        print(
            f"{name:<27}{thr:>6}{head:>10.3f}{legacy:>8.3f}{null:>8.3f}{problems:>10.3f}{improvements:>8.3f}{body:>7.3f}"
        )


def table(tagger: OnnxTagger, args: argparse.Namespace) -> list[tuple]:
    """One row per engine or policy. Each policy varies one part of the hybrid, the rest at its default."""
    rows = [("rules", "-", *score(RulesEngine(), args.gold, args.corpus))]
    rows.append(("model", "-", *score(hybrid.ModelEngine(tagger), args.gold, args.corpus)))
    names = (
        "FIGURE_THRESHOLD",
        "FIGURE_REPLACE_THRESHOLD",
        "STATEMENT_THRESHOLD",
        "KIND_THRESHOLD",
        "BODY_OVERRIDE_THRESHOLD",
        "BODY_FILL_THRESHOLD",
        "FILL_SET_ASIDE",
        "KEEP_RULES",
    )
    defaults = {name: getattr(hybrid, name) for name in names}
    thresholds = [float(t) for t in args.thresholds.split(",")]

    def run(label: str, shown: str, settings: dict, **policies) -> None:
        for name, value in defaults.items():
            setattr(hybrid, name, settings.get(name, value))
        engine = hybrid.HybridEngine(tagger, RulesEngine(), **policies)
        rows.append((label, shown, *score(engine, args.gold, args.corpus)))

    try:
        run("shipped", "-", {})
        for fill in thresholds:
            # model figures only where the rules found none
            run("figures fill", f"{fill:.2f}", {"FIGURE_THRESHOLD": fill}, figure_policy="fill")
        for fill in (0.8, 0.9, 1.01):
            for replace_at in thresholds:
                # model figures also replace a different rule figure, at their own threshold (1.01: never fill;
                # with the shipped guards: no fill where the rules set a count aside, decision 10 kept)
                run(
                    f"figures replace/fill {fill:.2f}",
                    f"{replace_at:.2f}",
                    {"FIGURE_REPLACE_THRESHOLD": replace_at, "FIGURE_THRESHOLD": fill},
                    figure_policy="override",
                )
        run("figures fill+veto", "-", {}, figure_policy="fill+veto")
        # the two guards of the thirteenth session under "override" (the policy before it): the model
        # filling a field the rules set aside (decision 1), and replacing decision-10 figures; and the
        # set-aside guard lifted under "fill" (the policy since)
        keep = NEW_APPLICATION_RULES
        for label, fill_set_aside, kept in (
            ("override, no guard", True, ()),
            ("override, set-aside guard", False, ()),
            ("override, decision 10 kept", True, keep),
            ("override, both guards", False, keep),
        ):
            run(label, "-", {"FILL_SET_ASIDE": fill_set_aside, "KEEP_RULES": kept}, figure_policy="override")
        run("fill, set-aside allowed", "-", {"FILL_SET_ASIDE": True}, figure_policy="fill")
        for policy in hybrid.STATEMENT_POLICIES:
            for threshold in (float(t) for t in args.statement_thresholds.split(",")):
                run(
                    f"statements {policy}",
                    f"{threshold:.2f}",
                    {"STATEMENT_THRESHOLD": threshold},
                    statement_policy=policy,
                )
        for kind in (float(t) for t in args.kind_thresholds.split(",")):
            # the model re-deciding problem vs improvement over a rule statement
            run("kind vote (fill)", f"{kind:.3f}", {"KIND_THRESHOLD": kind}, statement_policy="fill")
        for body in [None, *(float(t) for t in args.body_thresholds.split(","))]:
            # the model's body over the rules' one (None: it only fills a body the rules did not find)
            run("body override", "-" if body is None else f"{body:.2f}", {"BODY_OVERRIDE_THRESHOLD": body})
        for body in (float(t) for t in args.body_thresholds.split(",")):
            # the model's body where the rules found none
            run("body fill", f"{body:.2f}", {"BODY_FILL_THRESHOLD": body})
    finally:
        for name, value in defaults.items():
            setattr(hybrid, name, value)
    return rows


if __name__ == "__main__":
    main()
