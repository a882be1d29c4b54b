"""The rules of :mod:`cchc_model.rules`, compiled once to Python functions.

Each function here builds a rule's expression with named inputs and compiles it with
:func:`~cchc_model.rules.expr.compile_row`; the engine calls the result with Python
values (ints, Fractions, bools, None). A rule specialised for one operator or one
indicator's roll-up rule is compiled on first use and kept.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

from ...model.indicators import Direction, MeasureKind, SpatialRule, TemporalRule
from ...model.targets import Op
from ...rules import compound, rank, share, subquota
from ...rules.change import change_outcome
from ...rules.compare import value_rule
from ...rules.expr import DType, Expr, col, compile_group, compile_row, lit
from ...rules.outcome import Counts, Value
from ...rules.rollup import (
    Part,
    Scales,
    spatial_aggregates,
    spatial_value,
    temporal_aggregates,
    temporal_value,
)

__all__ = [
    "PART_INPUTS",
    "change_rule",
    "compound_rule",
    "each_rule",
    "rank_change_rule",
    "rank_rules",
    "share_rule",
    "spatial_rule",
    "temporal_rule",
    "value_rule",
    "within_rule",
]

Compiled = Callable[..., tuple[Any, ...]]

#: A part of a roll-up as the compiled roll-up rules read it, in order.
PART_INPUTS = ("n", "d", "num", "den", "flag", "na", "child", "start", "end")


def _value(prefix: str = "") -> Value:
    return Value(
        col(f"{prefix}num"),
        col(f"{prefix}den"),
        col(f"{prefix}flag", DType.BOOL),
        col(f"{prefix}na", DType.BOOL),
    )


_VALUE_INPUTS = ("num", "den", "flag", "na")


def _counts() -> Counts:
    return Counts(*(col(name, nullable=False) for name in ("total", "met", "unknown", "na")))


@functools.cache
def compound_rule() -> Compiled:
    """``(total, met, unknown, na, needed)`` → the outcome of at least ``needed`` of the
    parts (``needed`` None: all of them)."""
    counts = _counts()
    outcome = compound.compound_outcome(counts, col("needed").fill_null(counts.applicable))
    return compile_row(outcome.filled(), ["total", "met", "unknown", "na", "needed"])


@functools.cache
def each_rule() -> Compiled:
    """``(total, met, unknown, na)`` → the outcome of an "each unit" scope."""
    return compile_row(compound.each_outcome(_counts()).filled(), ["total", "met", "unknown", "na"])


@functools.cache
def share_rule(op: Op) -> Compiled:
    """``(total, met, unknown, na, p, q)`` → the outcome of a share ``op p/q``."""
    outcome = share.share_outcome(_counts(), op, col("p"), col("q"))
    return compile_row(outcome.filled(), ["total", "met", "unknown", "na", "p", "q"])


@functools.cache
def change_rule(relative: bool, op: Op) -> Compiled:
    """``(num, den, flag, na, before_num, before_den, before_flag, before_na, p, q)`` →
    the outcome of a change target."""
    outcome = change_outcome(_value(), _value("before_"), relative, op, col("p"), col("q"))
    inputs = [*_VALUE_INPUTS, *(f"before_{name}" for name in _VALUE_INPUTS), "p", "q"]
    return compile_row(outcome.filled(), inputs)


@functools.cache
def rank_rules(
    direction: Direction, top: bool = False
) -> tuple[Callable[..., dict[str, Any]], Compiled]:
    """The peer counts over rows ``(num, den, flag, na, own_num, own_den, own_flag, own_na,
    is_self)``, and ``(num, den, flag, na, better, unknown, size, k)`` → the outcome
    (``top``: ``(…, size, p, q)`` for the top share ``p/q`` of the peers)."""
    peer, own = _value(), _value("own_")
    counts = rank.peer_counts(direction, peer, own, col("is_self", DType.BOOL, nullable=False))
    inputs = [*_VALUE_INPUTS, *(f"own_{name}" for name in _VALUE_INPUTS), "is_self"]
    group = compile_group(counts, inputs)
    better, unknown, size = (col(n, nullable=False) for n in ("better", "unknown", "size"))
    limit = ["p", "q"] if top else ["k"]
    if top:
        k, k_den = rank.top_limit(size, col("p", nullable=False), col("q", nullable=False))
        outcome = rank.rank_outcome(_value(), better, unknown, size, k, k_den)
    else:
        outcome = rank.rank_outcome(_value(), better, unknown, size, col("k", nullable=False))
    decide = compile_row(outcome.filled(), [*_VALUE_INPUTS, "better", "unknown", "size", *limit])
    return group, decide


@functools.cache
def rank_change_rule(op: Op) -> Compiled:
    """``(num, den, flag, na, before_num, before_den, before_flag, before_na, better,
    unknown, before_better, before_unknown, size, places)`` → the outcome of a rank
    movement (the counts from :func:`rank_rules`' group, now and at the baseline)."""
    names = ("better", "unknown", "before_better", "before_unknown", "size", "places")
    better, unknown, better_before, unknown_before, size, places = (
        col(name, nullable=False) for name in names
    )
    outcome = rank.rank_change_outcome(
        _value(), _value("before_"), better, unknown, better_before, unknown_before, size, op,
        places,
    )  # fmt: skip
    inputs = [*_VALUE_INPUTS, *(f"before_{name}" for name in _VALUE_INPUTS), *names]
    return compile_row(outcome.filled(), inputs)


def _part() -> Part:
    return Part(col("n"), col("d"), _value(), col("child", DType.BOOL, nullable=False))


def _sum_inputs(aggregates: Sequence[tuple[str, str]]) -> dict[str, Expr]:
    return {name: col(name, nullable=how in ("min", "max")) for name, how in aggregates}


def _scales() -> Scales:
    return Scales(lit(1), lit(1), col("kn", nullable=False), col("kd", nullable=False))


@functools.cache
def spatial_rule(
    rule: SpatialRule, measure: MeasureKind, min_coverage: Fraction, extras: bool
) -> tuple[Callable[..., dict[str, Any]], Compiled]:
    """The sums over parts (rows of :data:`PART_INPUTS`), and ``(*sums, kn, kd,
    expected)`` → ``(n, d, num, den, flag, na, reported, expected, coverage_num,
    coverage_den, mixed)``."""
    aggregates = spatial_aggregates(_part(), frozenset({rule}), extras)
    group = compile_group(aggregates, PART_INPUTS)
    sums = _sum_inputs([(name, a.how) for name, a in aggregates.items()])
    out = spatial_value(
        sums, rule, measure, _scales(), col("expected", nullable=False), min_coverage,
        frozenset({rule}), extras,
    )  # fmt: skip
    finish = compile_row(
        [out.n, out.d, *out.value, out.reported, out.expected, out.coverage_num,
         out.coverage_den, out.mixed],
        [*sums, "kn", "kd", "expected"],
    )  # fmt: skip
    return group, finish


@functools.cache
def temporal_rule(
    rule: TemporalRule, measure: MeasureKind, min_coverage: Fraction
) -> tuple[Callable[..., dict[str, Any]], Compiled]:
    """The sums over sub-periods (rows of :data:`PART_INPUTS`), and ``(*sums, *last,
    kn, kd, period_days)`` → the roll-up's numbers, as :func:`spatial_rule`'s."""
    aggregates = temporal_aggregates(
        _part(), col("start", nullable=False), col("end", nullable=False)
    )
    group = compile_group(aggregates, PART_INPUTS)
    sums = _sum_inputs([(name, a.how) for name, a in aggregates.items()])
    last = Part(col("last_n"), col("last_d"), _value("last_"), lit(True))
    out = temporal_value(
        sums, last, rule, measure, _scales(), col("period_days", nullable=False), min_coverage
    )
    last_inputs = ["last_n", "last_d", *(f"last_{name}" for name in _VALUE_INPUTS)]
    finish = compile_row(
        [out.n, out.d, *out.value, out.reported, out.expected, out.coverage_num,
         out.coverage_den, out.mixed],
        [*sums, *last_inputs, "kn", "kd", "period_days"],
    )  # fmt: skip
    return group, finish


@functools.cache
def within_rule() -> Compiled:
    """``(own, base, base_na, kn, kd)`` → the value ``(num, den, flag, na)`` of a sub-quota
    (:func:`cchc_model.rules.subquota.within_value`), for :func:`value_rule`."""
    names = ("own", "base", "kn", "kd")
    own, base, kn, kd = (col(name) for name in names)
    value = subquota.within_value(own, base, col("base_na", DType.BOOL), kn, kd)
    return compile_row(list(value), ["own", "base", "base_na", "kn", "kd"])
