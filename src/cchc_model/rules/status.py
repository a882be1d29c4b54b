"""The four statuses and three-valued combination (docs/semantics.md §7).

* at least n: with a MET and u UNKNOWN among the applicable parts, MET if a ≥ n, NOT_MET
  if a + u < n, else UNKNOWN; all of ≡ at least (the applicable parts); any of ≡ at
  least 1.
* NOT_APPLICABLE parts are dropped; a compound whose parts are all dropped is
  NOT_APPLICABLE.

>>> combine([Status.MET, Status.UNKNOWN, Status.NOT_APPLICABLE])
<Status.UNKNOWN: 'unknown'>
>>> combine([Status.MET] * 8 + [Status.NOT_MET] * 2, needed=8)
<Status.MET: 'met'>
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable
from typing import Any

from .expr import (
    Aggregate,
    DType,
    Expr,
    ExprLike,
    col,
    compile_group,
    compile_row,
    count,
    lit,
    rows,
    when,
)

__all__ = [
    "STATUS_CODES",
    "STATUS_MARKS",
    "Status",
    "at_least",
    "combine",
    "status_aggregates",
    "status_counts",
]


class Status(enum.Enum):
    """The outcome of a target."""

    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not_applicable"

    @property
    def expr(self) -> Expr:
        """The status as a constant of a rule."""
        return lit(self.value)


#: The statuses by their text, as rules and result tables spell them.
STATUS_CODES = {status.value: status for status in Status}

#: How each status is shown to a reader, in a table or a notebook: words, so that a
#: status reads without colour.
STATUS_MARKS = {
    "met": "MET",
    "not_met": "NOT MET",
    "unknown": "UNKNOWN",
    "not_applicable": "N/A",
}


def at_least(met: Expr, unknown: Expr, applicable: Expr, needed: ExprLike | None = None) -> Expr:
    """The status of "at least ``needed`` of the parts" (``None``: all applicable parts).

    ``met`` and ``unknown`` count the applicable parts MET and UNKNOWN; ``applicable``
    counts the parts that are not NOT_APPLICABLE.
    """
    n = applicable if needed is None else needed
    return (
        when(applicable == 0)
        .then(Status.NOT_APPLICABLE.expr)
        .when(met >= n)
        .then(Status.MET.expr)
        .when(met + unknown < n)
        .then(Status.NOT_MET.expr)
        .otherwise(Status.UNKNOWN.expr)
    )


@functools.cache
def _at_least_rule() -> Any:
    met, unknown, applicable, needed = (
        col(name, nullable=False) for name in ("met", "unknown", "applicable", "needed")
    )
    inputs = ["met", "unknown", "applicable", "needed"]
    return compile_row([at_least(met, unknown, applicable, needed)], inputs)


def status_aggregates(status: Expr) -> dict[str, Aggregate]:
    """How many parts there are, and how many are MET, UNKNOWN and NOT_APPLICABLE."""
    return {
        "total": rows(),
        "met": count(status == Status.MET.value),
        "unknown": count(status == Status.UNKNOWN.value),
        "not_applicable": count(status == Status.NOT_APPLICABLE.value),
    }


@functools.cache
def _status_counter() -> Any:
    return compile_group(status_aggregates(col("status", DType.TEXT, nullable=False)), ["status"])


def status_counts(statuses: Iterable[Status]) -> tuple[int, int, int, int]:
    """(total, met, unknown, not applicable) of ``statuses``."""
    counts = _status_counter()((status.value,) for status in statuses)
    return counts["total"], counts["met"], counts["unknown"], counts["not_applicable"]


def combine(statuses: Iterable[Status], needed: int | None = None) -> Status:
    """Three-valued "at least ``needed`` of" (``None``: all of) over statuses."""
    total, met, unknown, na = status_counts(statuses)
    applicable = total - na
    (status,) = _at_least_rule()(met, unknown, applicable, applicable if needed is None else needed)
    return STATUS_CODES[status]
