"""Simulated active learning, gold as the oracle: uncertainty sampling vs random sampling.

The pool is the gold dev part. Both strategies start from the same random seed set; each round
adds k reports, chosen by the current model's uncertainty (the tail-entropy score of
`training/active_learning.py`) or at random, and a model is retrained from scratch on what is
labelled so far. The learner is `--learner linear` (default: `training/linear_tagger.py`, a
scikit-learn character tagger that trains in seconds, standing in for the transformer, whose
retraining per round would take hours here) or `--learner transformer` (a small char BERT).
After each round the model engine is scored on the gold TEST part
(reporting only): the mean of headline F1 and statement character F1. Plots F1 against the
number of annotated reports to a PNG and prints how many reports uncertainty sampling needs to
reach random sampling's final F1.

Run: .venv/bin/python benchmarks/al_simulation.py [--start 8 --k 8 --rounds 5 --epochs 6]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from extract.engines import load_engine
from extract.evaluate import evaluate
from extract.hybrid import ModelEngine
from extract.onnx_model import MODEL_FILE, OnnxTagger
from extract.pipeline import extract_path
from training.active_learning import report_uncertainty
from training.data import Document, load_documents
from training.linear_tagger import LinearTagger
from training.train import TrainConfig, train_on

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "annotations"


def test_score(model_dir: Path | None = None, *, engine=None) -> float:
    engine = engine or load_engine("model", model_dir=model_dir)
    ev = evaluate(
        ANNOTATIONS / "gold",
        ANNOTATIONS / "corpus",
        lambda p: extract_path(p, engine=engine),
        split="test",
        split_file=ANNOTATIONS / "split.tsv",
    )
    statements = (ev.statements["problems"].f1 + ev.statements["improvements"].f1) / 2
    return (ev.groups["headline"].f1 + statements) / 2


def run(
    strategy: str, pool: list[Document], start: list[Document], args, work: Path, seed: int
) -> list[tuple[int, float]]:
    config = TrainConfig(
        layers=2,
        hidden=128,
        heads=4,
        intermediate=512,
        epochs=args.epochs,
        augment_copies=0,
        holdout=0.0,
        seed=seed,
    )
    labelled = list(start)
    rest = [d for d in pool if d not in labelled]
    rng = random.Random(seed)
    curve = []
    for round_index in range(args.rounds + 1):
        if args.learner == "linear":
            tagger = LinearTagger(seed=seed).fit(labelled)
            score = test_score(engine=ModelEngine(tagger))
        else:
            out = work / f"{strategy}-{round_index}"
            train_on(config, labelled, [], out=out, log=lambda *_: None)
            tagger = OnnxTagger(out / MODEL_FILE)
            score = test_score(out)
        curve.append((len(labelled), score))
        print(
            f"seed {seed} {strategy:<12} round {round_index}: {len(labelled):>3} reports, test F1 {score:.3f}",
            flush=True,
        )
        if round_index == args.rounds or not rest:
            break
        if strategy == "uncertainty":
            rest.sort(key=lambda d: -report_uncertainty(tagger.probabilities(d.text)))
            chosen = rest[: args.k]
        else:
            chosen = rng.sample(rest, min(args.k, len(rest)))
        labelled += chosen
        rest = [d for d in rest if d not in chosen]
    return curve


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--start", type=int, default=8)
    parser.add_argument("--k", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--learner", choices=("linear", "transformer"), default="linear")
    parser.add_argument("--repeats", type=int, default=3, help="start sets (seeds) averaged over")
    parser.add_argument("--png", type=Path, default=ROOT / "benchmarks" / "al_simulation.png")
    args = parser.parse_args()
    pool = load_documents(ANNOTATIONS / "gold", ANNOTATIONS / "corpus", ANNOTATIONS / "split.tsv", part="dev")
    started = time.perf_counter()
    runs: dict[str, list[list[tuple[int, float]]]] = {"random": [], "uncertainty": []}
    with tempfile.TemporaryDirectory() as tmp:
        for repeat in range(args.repeats):
            seed = args.seed + repeat
            start = random.Random(seed).sample(pool, args.start)
            for strategy in runs:
                runs[strategy].append(run(strategy, pool, start, args, Path(tmp), seed))
    # mean over the start sets, round by round (every run has the same sizes)
    curves = {
        name: [(group[0][0], sum(f for _, f in group) / len(group)) for group in zip(*curve_list, strict=True)]
        for name, curve_list in runs.items()
    }
    for name, curve in curves.items():
        print(f"mean {name:<12}", "  ".join(f"{n}:{f:.3f}" for n, f in curve))
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    for name, curve in curves.items():
        ax.plot([n for n, _ in curve], [f for _, f in curve], marker="o", label=name)
    ax.set_xlabel("annotated reports")
    ax.set_ylabel(f"test F1 (headline & statements; mean of {args.repeats} start sets)")
    ax.set_title(f"Active learning, simulated (gold as oracle, {args.learner} learner)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(args.png, dpi=120)
    target = curves["random"][-1][1]
    reached = next((n for n, f in curves["uncertainty"] if f >= target), None)
    print(
        f"random sampling's final F1 {target:.3f} at {curves['random'][-1][0]} reports; uncertainty sampling "
        + (f"reaches it at {reached} reports" if reached else "does not reach it within the budget")
    )
    print(f"plot: {args.png}; {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
