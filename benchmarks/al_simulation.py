"""Simulated active learning, gold as the oracle: uncertainty sampling vs random sampling.

The pool is the gold dev part. Both strategies start from the same random seed set; each round
adds k reports, chosen by the current model's uncertainty (the tail-entropy score of
`training/active_learning.py`) or at random, and a small model is retrained from scratch on
what is labelled so far. After each round the model engine is scored on the gold TEST part
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
from extract.onnx_model import MODEL_FILE, OnnxTagger
from extract.pipeline import extract_path
from training.active_learning import report_uncertainty
from training.data import Document, load_documents
from training.train import TrainConfig, train_on

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "annotations"


def test_score(model_dir: Path) -> float:
    engine = load_engine("model", model_dir=model_dir)
    ev = evaluate(
        ANNOTATIONS / "gold",
        ANNOTATIONS / "corpus",
        lambda p: extract_path(p, engine=engine),
        split="test",
        split_file=ANNOTATIONS / "split.tsv",
    )
    statements = (ev.statements["problems"].f1 + ev.statements["improvements"].f1) / 2
    return (ev.groups["headline"].f1 + statements) / 2


def run(strategy: str, pool: list[Document], start: list[Document], args, work: Path) -> list[tuple[int, float]]:
    config = TrainConfig(
        layers=2,
        hidden=128,
        heads=4,
        intermediate=512,
        epochs=args.epochs,
        augment_copies=0,
        holdout=0.0,
        seed=args.seed,
    )
    labelled = list(start)
    rest = [d for d in pool if d not in labelled]
    rng = random.Random(args.seed)
    curve = []
    for round_index in range(args.rounds + 1):
        out = work / f"{strategy}-{round_index}"
        train_on(config, labelled, [], out=out, log=lambda *_: None)
        score = test_score(out)
        curve.append((len(labelled), score))
        print(f"{strategy:<12} round {round_index}: {len(labelled):>3} reports, test F1 {score:.3f}", flush=True)
        if round_index == args.rounds or not rest:
            break
        if strategy == "uncertainty":
            tagger = OnnxTagger(out / MODEL_FILE)
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
    parser.add_argument("--png", type=Path, default=ROOT / "benchmarks" / "al_simulation.png")
    args = parser.parse_args()
    pool = load_documents(ANNOTATIONS / "gold", ANNOTATIONS / "corpus", ANNOTATIONS / "split.tsv", part="dev")
    start = random.Random(args.seed).sample(pool, args.start)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        curves = {s: run(s, pool, start, args, Path(tmp)) for s in ("random", "uncertainty")}
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    for name, curve in curves.items():
        ax.plot([n for n, _ in curve], [f for _, f in curve], marker="o", label=name)
    ax.set_xlabel("annotated reports")
    ax.set_ylabel("test F1 (mean of headline and statements)")
    ax.set_title("Active learning, simulated with gold as the oracle")
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
