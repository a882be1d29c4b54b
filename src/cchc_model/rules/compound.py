"""All of, any of, at least n of M, and "each unit" scopes (docs/semantics.md §6, §7).

A compound reports how many of its parts are MET; an "each" scope (every unit at a
level, one result per unit, overall = all of them) reports the share of its units
whose status is known as its coverage.
"""

from __future__ import annotations

from .expr import ExprLike, lit, when
from .outcome import Counts, Outcome
from .status import at_least

__all__ = ["compound_outcome", "each_outcome"]


def compound_outcome(counts: Counts, needed: ExprLike | None) -> Outcome:
    """At least ``needed`` of the parts (``None``: all of the applicable ones)."""
    return Outcome(
        status=at_least(counts.met, counts.unknown, counts.applicable, needed),
        observed_num=counts.met,
        observed_den=lit(1),
    )


def each_outcome(counts: Counts) -> Outcome:
    """Every unit of the scope: all of their results."""
    some = counts.total > 0
    return Outcome(
        status=at_least(counts.met, counts.unknown, counts.applicable),
        coverage_num=when(some).then(counts.total - counts.unknown),
        coverage_den=when(some).then(counts.total),
    )
