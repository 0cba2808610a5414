"""Layout stress benchmark: N rendered tables (default 1,200), cells right per layout.

Run: .venv/bin/python benchmarks/layout_stress.py [--n 1200] [--seed 7]
"""

from __future__ import annotations

import argparse
import collections
import time

from extract.layouts import score_layout, stress_cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    right: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    tables = collections.Counter()
    started = time.perf_counter()
    for case, layout, modifiers in stress_cases(args.n, seed=args.seed):
        r, t, _ = score_layout(case, layout, modifiers)
        for key in (layout, *(f"+{m}" for m in modifiers)):
            right[key] += r
            total[key] += t
            tables[key] += 1
    elapsed = time.perf_counter() - started
    print(f"{'layout / modifier':<22}{'renderings':>11}{'cells':>9}{'right':>9}{'accuracy':>10}")
    for key in sorted(total):
        print(f"{key:<22}{tables[key]:>11}{total[key]:>9}{right[key]:>9}{right[key] / total[key]:>10.4f}")
    all_right = sum(right[k] for k in total if not k.startswith("+"))
    all_total = sum(total[k] for k in total if not k.startswith("+"))
    print(
        f"all: {args.n} renderings (each tables 1, 3 and 4), {all_total} cells, "
        f"{all_right / all_total:.4%} right, {elapsed:.1f}s"
    )


if __name__ == "__main__":
    main()
