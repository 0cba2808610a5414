"""Reports per second on one core, over the bundled corpus (repeated), and peak memory.

The rules alone and the rules followed by the learned reader (models/reader) are timed in the same
run, so their ratio is the reader's cost on this machine at this moment.

Run: .venv/bin/python benchmarks/throughput.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path

from extract.engines import RulesEngine
from extract.load import Source, read_path
from extract.pipeline import extract_source
from extract.reader import load_reader

CORPUS = Path(__file__).resolve().parent.parent / "annotations" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    files = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".html"))
    sources = [read_path(p) for p in files]
    chars = sum(len(s.text) for s in sources)
    engines = {"rules": RulesEngine(), "rules+reader": RulesEngine(reader=load_reader())}
    print(f"corpus: {len(sources)} reports, {chars:,} characters; {args.rounds} rounds on one core")
    best_of = {}
    for name, engine in engines.items():
        extract_source(sources[0], engine=engine)  # warm-up: OpenCC dictionaries, regex compilation
        timings = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            for source in sources:
                extract_source(source, engine=engine)
            timings.append(time.perf_counter() - started)
        best, worst = min(timings), max(timings)
        best_of[name] = best
        print(
            f"{name}: reports/s best {len(sources) / best:.1f}, worst {len(sources) / worst:.1f}; "
            f"characters/s best {chars / best:,.0f}"
        )
    print(f"rules+reader takes {best_of['rules+reader'] / best_of['rules']:.2f}x the time of the rules alone")
    # one long document (0.7 MB of prose figures): the reader's cost must grow with the text, not faster
    lines = [f"第{i}批次,全年收到政府信息公开申请{i % 7}件,其中网站发布信息{i % 50}条。" for i in range(24_000)]
    long_text = "2023年某县政府信息公开工作年度报告\n一、总体情况\n" + "\n".join(lines)
    long_source = Source(name="long.txt", text=long_text, is_html=False, encoding="utf-8")
    took = {}
    for name, engine in engines.items():
        started = time.perf_counter()
        extract_source(long_source, engine=engine)
        took[name] = time.perf_counter() - started
    print(
        f"one {len(long_source.text):,}-character document: rules {took['rules']:.2f} s, "
        f"rules+reader {took['rules+reader']:.2f} s ({took['rules+reader'] / took['rules']:.2f}x)"
    )
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
