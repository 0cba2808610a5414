"""The accounting identities of FORMAT.md, checked on extracted fields; nothing is ever changed."""

from __future__ import annotations

from collections.abc import Mapping

from . import registry
from .model import FieldValue, IdentityCheck

T3_APPLICANTS = tuple(c.id for c in registry.T3_COLUMNS if c.id != "total")
T3_ALL_COLUMNS = tuple(c.id for c in registry.T3_COLUMNS)
T4_PARTS = ("upheld", "corrected", "other", "pending")


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _check(
    check_id: str, fields: Mapping[str, FieldValue], left: list[str], right: list[str]
) -> tuple[IdentityCheck, list[str]]:
    """sum(left) == sum(right); holds None when any field is missing."""
    involved = left + right
    missing = [f for f in involved if f not in fields]
    if missing:
        return IdentityCheck(
            id=check_id, holds=None, detail=f"missing {', '.join(missing[:3])}{' ...' if len(missing) > 3 else ''}"
        ), involved
    lv = [fields[f].value for f in left]
    rv = [fields[f].value for f in right]
    holds = abs(sum(lv) - sum(rv)) < 1e-6
    detail = f"{' + '.join(map(_fmt, lv))} {'=' if holds else '≠'} {' + '.join(map(_fmt, rv))}"
    return IdentityCheck(id=check_id, holds=holds, detail=detail), involved


def check_identities(
    fields: Mapping[str, FieldValue], t3_rows: tuple[registry.RowSpec, ...] | None
) -> tuple[list[IdentityCheck], set[str]]:
    """All identities that apply to the tables present; returns checks and the fields of failed ones."""
    checks: list[IdentityCheck] = []
    failed: set[str] = set()

    def add(result: tuple[IdentityCheck, list[str]]) -> None:
        checks.append(result[0])
        if result[0].holds is False:
            failed.update(result[1])

    if t3_rows is not None:
        results = [
            r.id for r in t3_rows if r.id not in ("new_received", "carried_over", "total_processed", "carried_forward")
        ]
        for col in T3_ALL_COLUMNS:
            add(
                _check(
                    f"t3.balance.{col}",
                    fields,
                    [f"t3.new_received.{col}", f"t3.carried_over.{col}"],
                    [f"t3.total_processed.{col}", f"t3.carried_forward.{col}"],
                )
            )
            add(_check(f"t3.results.{col}", fields, [f"t3.total_processed.{col}"], [f"t3.{r}.{col}" for r in results]))
        for row in t3_rows:
            add(_check(f"t3.row.{row.id}", fields, [f"t3.{row.id}.total"], [f"t3.{row.id}.{c}" for c in T3_APPLICANTS]))
    if any(f.startswith("t4.") for f in fields):
        for group in registry.T4_GROUPS:
            add(
                _check(
                    f"t4.{group.id}.total", fields, [f"t4.{group.id}.total"], [f"t4.{group.id}.{p}" for p in T4_PARTS]
                )
            )
    return checks, failed
