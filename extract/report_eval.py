"""Printing an Evaluation: the figures first, then every miss so a person can see why."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .evaluate import FIELD_GROUPS, META_KEYS, Evaluation


def print_evaluation(ev: Evaluation, *, title: str, show_misses: bool = True, console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title=f"{title}: {ev.reports} reports")
    for column in ("group", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(column)
    for group in FIELD_GROUPS:
        c = ev.groups[group]
        table.add_row(group, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", str(c.tp), str(c.fp), str(c.fn))
    for kind, c in ev.statements.items():
        table.add_row(
            f"{kind} (chars)", f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", str(c.tp), str(c.fp), str(c.fn)
        )
    console.print(table)
    console.print(f"headline precision on gold-null fields: {ev.null_precision():.3f} ({ev.null_kept}/{ev.null_total})")
    console.print("metadata accuracy: " + ", ".join(f"{k} {ev.meta_accuracy(k):.3f}" for k in META_KEYS))
    strict = ev.body_strict / ev.meta_total["body"] if ev.meta_total["body"] else 1.0
    console.print(f"  (body: same entity {ev.meta_accuracy('body'):.3f}; character-exact {strict:.3f})")
    layout = Table(title="F1 per layout")
    layout.add_column("layout")
    for group in FIELD_GROUPS:
        layout.add_column(group)
    for name, groups in sorted(ev.by_layout.items()):
        layout.add_row(name, *(f"{groups[g].f1:.3f} (n={groups[g].tp + groups[g].fn})" for g in FIELD_GROUPS))
    console.print(layout)
    for error in ev.errors:
        console.print(f"error: {error}", markup=False)
    if show_misses and ev.misses:
        console.print(f"{len(ev.misses)} misses (file, field, gold, got):")
        for miss in ev.misses:
            console.print(miss, markup=False, highlight=False)


def print_intervals(found: dict[str, tuple[float, float, float]], *, console: Console | None = None) -> None:
    """Each figure with the 95% interval a bootstrap over the reports gives it."""
    console = console or Console()
    table = Table(title="95% bootstrap intervals over reports (2,000 resamples)")
    for column in ("figure", "value", "low", "high"):
        table.add_column(column)
    for name, (value, low, high) in found.items():
        table.add_row(name, f"{value:.3f}", f"{low:.3f}", f"{high:.3f}")
    console.print(table)
