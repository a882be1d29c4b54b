"""Roll-ups across space and time (docs/semantics.md §5).

**Where a value comes from.** ``territory(J)`` is the first of :data:`TERRITORY_SOURCES`
that J has rows for: a direct territory observation of J, else J's sub-periods rolled up
by the indicator's temporal rule, else (J has children) the spatial rule over J's own
basis (if observed) and the territory of each child, else (J has none) J's own basis.
``own(J)`` reads :data:`OWN_SOURCES` the same way. The first source with rows decides,
even when it gives no value (sub-periods that cover too little of the period).
``pooled(J, L)`` is the spatial rule over ``own`` of the units at level L under J.

**Pairs.** Every rule that ends in a division sums an additive pair and divides once:
ratio → (numerator, denominator); count → (value, 1); weighted mean → (value·weight,
weight). A pair ``n/ns`` over ``d/ds`` carries per-indicator scales (:class:`Scales`):
the reference engine sums exact fractions with scale 1, a column engine sums integers
scaled by powers of ten. A ratio's value is ``n/d`` in its unit (×100 for percent); a
ratio over 0 has no value and nothing to measure.

**Coverage.** The share of expected parts (children valid on the tree's date, or units
pooled) that have a value; parts with nothing to measure count as reported. A roll-up
whose coverage is below the policy's ``min_coverage`` (1 by default: nothing passes
silently on partial data) has no value. A temporal roll-up's coverage is the share of
the period's days its sub-periods cover.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any, NamedTuple

import attrs

from ..model.indicators import Indicator, MeasureKind, SpatialRule, TemporalRule
from ..model.periods import Period
from ..model.units import exact
from ..validators import fail
from .expr import (
    Aggregate,
    DType,
    Expr,
    col,
    compile_row,
    count,
    largest,
    lit,
    null,
    rows,
    smallest,
    total,
    when,
)
from .outcome import Value

__all__ = [
    "MISSING",
    "OWN_SOURCES",
    "PAIR_RULES",
    "TERRITORY_SOURCES",
    "Disagreement",
    "Part",
    "Policy",
    "Rollup",
    "RollupValue",
    "Scales",
    "Source",
    "Value",
    "coverage",
    "covered",
    "finest",
    "is_known",
    "known",
    "known_row",
    "nothing_expected",
    "rollup_of",
    "sources",
    "spatial_aggregates",
    "spatial_value",
    "temporal_aggregates",
    "temporal_value",
]

Members = tuple[tuple[str, str], ...]
Scalar = Fraction | bool | str | None


def _to_fraction(value: Fraction | int | str) -> Fraction:
    return exact(value, "min_coverage")


@attrs.frozen
class Policy:
    """How strict roll-ups are.

    Attributes:
        min_coverage: The least share of expected children (or of a period's days)
            that must have a value for a roll-up to have one; 1 by default, so partial
            data never passes silently. ``Policy(min_coverage="0.9")`` accepts 90 %.
    """

    min_coverage: Fraction = attrs.field(default=Fraction(1), converter=_to_fraction)

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.min_coverage <= 1:
            fail(
                "min_coverage",
                str(self.min_coverage),
                f"{self.min_coverage} is not a share; expected a number from 0 to 1",
                "range",
            )


@attrs.frozen
class Rollup:
    """The value of an indicator for one unit and period, and how it was found.

    Attributes:
        value: The value in the indicator's canonical unit (``None`` when unknown or
            not applicable).
        numerator, denominator: The additive pair behind the value, when it has one.
        how: ``"direct"`` (observed), ``"temporal"`` (sub-periods rolled up),
            ``"spatial"`` (children rolled up), ``"pooled"`` (units at a level pooled) or
            ``"missing"``.
        coverage: Reported / expected parts of a roll-up (``None`` for a direct value).
        reported, expected: The counts behind ``coverage``.
        not_applicable: A ratio whose denominator is 0: nothing to measure.
        missing: Codes of the expected children (or pooled units) without a value.
        parts: Codes of the units that contributed.
    """

    value: Scalar
    numerator: Fraction | None = None
    denominator: Fraction | None = None
    how: str = "missing"
    coverage: Fraction | None = None
    reported: int = 0
    expected: int = 0
    not_applicable: bool = False
    missing: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()

    @property
    def known(self) -> bool:
        """Whether the roll-up has a value or is known to have nothing to measure."""
        flag = self.value if isinstance(self.value, bool) else None
        number = None if flag is not None else self.value
        return is_known(number, flag, self.not_applicable)


#: A unit with nothing observed and nothing to roll up.
MISSING = Rollup(value=None)


@attrs.frozen
class Disagreement:
    """A direct value that differs from the roll-up of the same unit's children."""

    indicator: str
    code: str
    period: Period
    members: Members
    direct: Scalar
    rolled_up: Scalar


class Source(enum.Enum):
    """Where a unit's value of an indicator can come from."""

    DIRECT_TERRITORY = "a territory observation of the unit for the period"
    TEMPORAL_TERRITORY = "its territory sub-periods, rolled up by the temporal rule"
    CHILDREN = "its children's territory and its own basis, by the spatial rule"
    DIRECT_OWN = "an own-basis observation of the unit for the period"
    TEMPORAL_OWN = "its own-basis sub-periods, rolled up by the temporal rule"


#: The sources of ``territory(J)``, in order; a unit without children reads its own
#: basis instead of its children.
TERRITORY_SOURCES = (
    Source.DIRECT_TERRITORY,
    Source.TEMPORAL_TERRITORY,
    Source.CHILDREN,
    Source.DIRECT_OWN,
    Source.TEMPORAL_OWN,
)
#: The sources of ``own(J)``, in order; only a unit without children reads its
#: territory observations as its own.
OWN_SOURCES = (
    Source.DIRECT_OWN,
    Source.TEMPORAL_OWN,
    Source.DIRECT_TERRITORY,
    Source.TEMPORAL_TERRITORY,
)


def sources(territory: bool, has_children: bool) -> tuple[Source, ...]:
    """The sources a unit's territory (or own) value is read from, in order."""
    if territory:
        if has_children:
            return TERRITORY_SOURCES[:3]
        return (*TERRITORY_SOURCES[:2], *TERRITORY_SOURCES[3:])
    return OWN_SOURCES if not has_children else OWN_SOURCES[:2]


class Part(NamedTuple):
    """One part of a roll-up (a child, a pooled unit, a sub-period), as a rule reads it.

    Attributes:
        n, d: The additive pair (null when the part has none).
        value: The part's value.
        child: False for the unit's own basis added to its children's roll-up.
    """

    n: Expr
    d: Expr
    value: Value
    child: Expr


class Scales(NamedTuple):
    """An indicator's scales: a pair is ``n/ns`` over ``d/ds``; a ratio's value is
    ``kn/kd`` per proportion (100/1 for percent, 1/1 otherwise)."""

    ns: Expr
    ds: Expr
    kn: Expr
    kd: Expr


class RollupValue(NamedTuple):
    """What a roll-up gives: the pair, the value, and the counts behind its coverage."""

    n: Expr
    d: Expr
    value: Value
    reported: Expr
    expected: Expr
    coverage_num: Expr
    coverage_den: Expr
    #: The values had different denominators where the rule needs them equal (only a
    #: column engine that keeps one denominator per column can meet this).
    mixed: Expr


def known(value: Value) -> Expr:
    """Whether a value is known: a number, a yes/no, or nothing to measure."""
    return (
        value.num.is_not_null() | value.flag.is_not_null() | value.not_applicable.fill_null(False)
    )


@functools.cache
def _known_rule() -> Any:
    value = Value(col("num"), col("den"), col("flag", DType.BOOL), col("na", DType.BOOL))
    return compile_row([known(value)], ["num", "den", "flag", "na"])


def is_known(number: Any, flag: bool | None, not_applicable: bool | None) -> bool:
    """:func:`known` of a value given as Python values."""
    (found,) = _known_rule()(number, None if number is None else 1, flag, not_applicable)
    return bool(found)


def known_row(row: Mapping[str, Any]) -> bool:
    """:func:`known` of a roll-up row read from a table."""
    return is_known(row["value_num"], row["value_flag"], row["not_applicable"])


def nothing_expected(expected: Expr) -> Expr:
    """A roll-up that expects no part — a pool of the units at a level where there is
    none — has nothing to measure (as an "each" scope or a share over no unit)."""
    return expected == 0


def covered(reported: Expr, expected: Expr, min_coverage: Fraction) -> Expr:
    """Whether ``reported / expected ≥ min_coverage`` (true when nothing is expected)."""
    return reported * min_coverage.denominator >= expected * min_coverage.numerator


def coverage(reported: Expr, expected: Expr) -> tuple[Expr, Expr]:
    """A roll-up's coverage ``reported / expected``; none when nothing is expected."""
    some = expected > 0
    return when(some).then(reported), when(some).then(expected)


def _is(selector: enum.Enum | Expr, *options: enum.Enum) -> Expr:
    """Whether an enum (or a column of enum values) is one of ``options``."""
    if isinstance(selector, enum.Enum):
        return lit(selector in options)
    test: Expr = selector == options[0].value
    for option in options[1:]:
        test = test | (selector == option.value)
    return test


PAIR_RULES = frozenset({SpatialRule.RATIO_OF_SUMS, SpatialRule.WEIGHTED_MEAN})
_FLAG_RULES = frozenset({SpatialRule.SHARE_TRUE, SpatialRule.ALL, SpatialRule.ANY})
_VALUE_RULES = frozenset({SpatialRule.SUM, SpatialRule.MEAN, SpatialRule.MIN, SpatialRule.MAX})


def spatial_aggregates(
    part: Part, present: frozenset[SpatialRule], extras: bool
) -> dict[str, Aggregate]:
    """What :func:`spatial_value` needs summed over a roll-up's parts, for the spatial
    rules ``present`` (``extras``: some part may be a unit's own basis)."""
    is_known = known(part.value)
    has_number = part.value.num.is_not_null()
    has_flag = part.value.flag.is_not_null()
    out = {
        "reported": count(part.child & is_known),
        "non_numbers": count(is_known & ~has_number),
    }
    if extras:
        out["extras"] = count(~part.child)
    if present & PAIR_RULES:
        out["pairless"] = count(is_known & part.n.is_null())
        out["n_sum"] = total(when(is_known).then(part.n))
        out["d_sum"] = total(when(is_known).then(part.d))
    if present & (_FLAG_RULES | {SpatialRule.MEAN, SpatialRule.MIN, SpatialRule.MAX}):
        out["numbers"] = count(has_number)
        out["flags"] = count(has_flag)
    if present & _FLAG_RULES:
        out["trues"] = count(has_flag & part.value.flag)
    if SpatialRule.SHARE_TRUE in present:
        # a part that is itself a share of units true brings its (units true, units)
        shared = is_known & ~has_flag
        out["shared_trues"] = total(when(shared).then(part.n))
        out["shared_units"] = total(when(shared).then(part.d))
    if present & _VALUE_RULES:
        out["value_sum"] = total(part.value.num)
        out["den_min"] = smallest(part.value.den)
        out["den_max"] = largest(part.value.den)
    if present & {SpatialRule.MIN, SpatialRule.MAX}:
        out["value_min"] = smallest(part.value.num)
        out["value_max"] = largest(part.value.num)
    return out


def _chain(branches: list[tuple[Expr, Expr]], default: Expr) -> Expr:
    """``when(c1).then(v1).when(c2).then(v2)….otherwise(default)``."""
    if not branches:
        return default
    (first_condition, first_value), *rest = branches
    out = when(first_condition).then(first_value)
    for condition, value in rest:
        out = out.when(condition).then(value)
    return out.otherwise(default)


def _divided(
    measure: MeasureKind | Expr, n: Expr, d: Expr, scales: Scales, go: Expr
) -> list[tuple[Expr, Expr, Expr]]:
    """(condition, numerator, denominator) of the value ``n/d`` of a summed pair (in the
    ratio's unit for a ratio), where ``go`` holds and ``d`` is not 0."""
    ratio = _is(measure, MeasureKind.RATIO)
    go = go & (d != 0)
    return [
        (go & ratio, n * scales.ds * scales.kn, d * scales.ns * scales.kd),
        (go, n * scales.ds, d * scales.ns),
    ]


def spatial_value(
    sums: Mapping[str, Expr],
    rule: SpatialRule | Expr,
    measure: MeasureKind | Expr,
    scales: Scales,
    expected: Expr,
    min_coverage: Fraction,
    present: frozenset[SpatialRule],
    extras: bool,
) -> RollupValue:
    """The spatial rule over the parts summed by :func:`spatial_aggregates`.

    ``expected`` is how many parts the roll-up expects; ``present`` the rules the rows
    can hold (branches of the others are left out). At most one branch applies.
    """
    reported = sums["reported"]
    some = (reported > 0) | (sums["extras"] > 0) if extras else reported > 0
    ok = covered(reported, expected, min_coverage) & some
    false = lit(False)
    values: list[tuple[Expr, Expr, Expr]] = []  # (when, numerator, denominator)
    pairs: list[tuple[Expr, Expr, Expr]] = []
    flags: list[tuple[Expr, Expr]] = []
    not_applicable: Expr = nothing_expected(expected)
    mixed: Expr = false
    if present & PAIR_RULES:
        pairs_ok = ok & _is(rule, *PAIR_RULES) & (sums["pairless"] == 0)
        n_sum, d_sum = sums["n_sum"], sums["d_sum"]
        values += _divided(measure, n_sum, d_sum, scales, pairs_ok)
        pairs.append((pairs_ok, n_sum, d_sum))
        not_applicable = not_applicable | (
            pairs_ok & _is(measure, MeasureKind.RATIO) & (d_sum == 0)
        )

    def valued(option: SpatialRule) -> Expr:
        return ok & _is(rule, option) & (sums["flags"] == 0) & (sums["numbers"] > 0)

    if present & _VALUE_RULES:
        chosen: list[Expr] = []
        if SpatialRule.SUM in present:
            is_sum = ok & _is(rule, SpatialRule.SUM) & (sums["non_numbers"] == 0)
            values.append((is_sum, sums["value_sum"], sums["den_min"]))
            chosen.append(is_sum)
        if SpatialRule.MEAN in present:
            is_mean = valued(SpatialRule.MEAN)
            values.append((is_mean, sums["value_sum"], sums["den_min"] * sums["numbers"]))
            chosen.append(is_mean)
        for option, name in ((SpatialRule.MIN, "value_min"), (SpatialRule.MAX, "value_max")):
            if option in present:
                extreme = valued(option)
                values.append((extreme, sums[name], sums["den_min"]))
                chosen.append(extreme)
        any_chosen = chosen[0]
        for condition in chosen[1:]:
            any_chosen = any_chosen | condition
        mixed = any_chosen & (sums["den_min"] != sums["den_max"])
    if present & _FLAG_RULES:
        flagged = ok & _is(rule, *_FLAG_RULES) & (sums["flags"] > 0)
        if SpatialRule.SHARE_TRUE in present:
            trues = sums["trues"] + sums["shared_trues"]
            units = sums["flags"] + sums["shared_units"]
            share = ok & _is(rule, SpatialRule.SHARE_TRUE) & (units > 0)
            values.append((share, trues, units))
            pairs.append((share, trues, units))
        flags += [
            (flagged & _is(rule, SpatialRule.ALL), sums["trues"] == sums["flags"]),
            (flagged & _is(rule, SpatialRule.ANY), sums["trues"] > 0),
        ]
    coverage_num, coverage_den = coverage(reported, expected)
    return RollupValue(
        n=_chain([(c, n) for c, n, _ in pairs], null()),
        d=_chain([(c, d) for c, _, d in pairs], null()),
        value=Value(
            _chain([(c, n) for c, n, _ in values], null()),
            _chain([(c, d) for c, _, d in values], null()),
            _chain(flags, null(DType.BOOL)),
            not_applicable.fill_null(False),
        ),
        reported=reported,
        expected=expected,
        coverage_num=coverage_num,
        coverage_den=coverage_den,
        mixed=mixed.fill_null(False),
    )


def temporal_aggregates(part: Part, start: Expr, end: Expr) -> dict[str, Aggregate]:
    """What :func:`temporal_value` needs summed over a series' sub-periods
    (``start`` and ``end``: each sub-period's first day and the day after its last, as
    day numbers). The latest sub-period's own values are read beside these."""
    value = part.value
    return {
        "reported": rows(),
        "days": total(end - start),
        "n_sum": total(part.n),
        "d_sum": total(part.d),
        "pairless": count(part.n.is_null()),
        "non_numbers": count(value.num.is_null()),
        "value_sum": total(value.num),
        "den_min": smallest(value.den),
        "den_max": largest(value.den),
        "last_start": largest(start),
    }


def temporal_value(
    sums: Mapping[str, Expr],
    last: Part,
    rule: TemporalRule | Expr,
    measure: MeasureKind | Expr,
    scales: Scales,
    period_days: Expr,
    min_coverage: Fraction,
) -> RollupValue:
    """The temporal rule over a series' sub-periods summed by :func:`temporal_aggregates`;
    ``last`` is the latest sub-period (the one with the greatest start)."""
    days = sums["days"]
    ok = covered(days, period_days, min_coverage) & ~_is(rule, TemporalRule.NONE)
    summed = _is(rule, TemporalRule.SUM, TemporalRule.RATIO_OF_SUMS)
    pairs_ok = ok & summed & (sums["pairless"] == 0)
    # a count or an amount summed over time: the sum of its values, whatever weights its
    # sub-periods carry; its pair (V·Σw, Σw) keeps that sum as its value in a weighted
    # mean across space, with the sub-periods' weights summed as its weight
    counted = pairs_ok & _is(measure, MeasureKind.COUNT)
    added = (
        pairs_ok
        & _is(measure, MeasureKind.AMOUNT)
        & _is(rule, TemporalRule.SUM)
        & (sums["non_numbers"] == 0)
    )
    divided = pairs_ok & ~counted & ~_is(rule, TemporalRule.SUM)
    is_last = ok & _is(rule, TemporalRule.LAST)
    is_mean = ok & _is(rule, TemporalRule.MEAN) & (sums["non_numbers"] == 0)
    n_sum, d_sum = sums["n_sum"], sums["d_sum"]
    values = [
        (is_last, last.value.num, last.value.den),
        (is_mean, sums["value_sum"], sums["reported"] * sums["den_min"]),
        (counted, n_sum, scales.ns),
        (added, sums["value_sum"], sums["den_min"]),
        *_divided(measure, n_sum, d_sum, scales, divided),
    ]
    num = _chain([(c, n) for c, n, _ in values], null())
    den = _chain([(c, d) for c, _, d in values], null())
    not_applicable = (is_last & last.value.not_applicable.fill_null(False)) | (
        divided & _is(measure, MeasureKind.RATIO) & (d_sum == 0)
    )
    return RollupValue(
        n=when(is_last)
        .then(last.n)
        .when(added)
        .then(sums["value_sum"] * d_sum)
        .when(counted | divided)
        .then(n_sum),
        d=when(is_last).then(last.d).when(added | divided | counted).then(d_sum),
        value=Value(num, den, when(is_last).then(last.value.flag), not_applicable.fill_null(False)),
        reported=sums["reported"],
        expected=null(),
        coverage_num=days,
        coverage_den=period_days,
        mixed=((is_mean | added) & (sums["den_min"] != sums["den_max"])).fill_null(False),
    )


def finest(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sub-periods a temporal roll-up reads: the finest that do not overlap (months
    over their quarter, say), as (first day, day after the last) day numbers, sorted."""
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(intervals, key=lambda span: (span[1] - span[0], span)):
        if not any(start < other_end and other_start < end for other_start, other_end in chosen):
            chosen.append((start, end))
    return sorted(chosen)


def rollup_of(
    indicator: Indicator,
    how: str,
    numbers: Sequence[Any],
    scales: tuple[int, int] = (1, 1),
    missing: tuple[str, ...] = (),
    parts: tuple[str, ...] = (),
) -> Rollup:
    """The :class:`Rollup` of a roll-up's numbers ``(n, d, num, den, flag,
    not_applicable, reported, expected, coverage_num, coverage_den)``, where the pair is
    ``n/ns`` over ``d/ds`` (``scales``). A sum reports its total as the pair (total, 1)."""
    n, d, num, den, flag, not_applicable, reported, expected, cov_num, cov_den = numbers
    value: Scalar = None
    if flag is not None:
        value = bool(flag)
    elif num is not None:
        value = Fraction(num, den)
        if indicator.measure is MeasureKind.ORDINAL:
            value = indicator.levels[int(value)]
    numerator = denominator = None
    if n is not None and d is not None:
        numerator, denominator = Fraction(n, scales[0]), Fraction(d, scales[1])
    summed = how in ("spatial", "pooled") and indicator.spatial is SpatialRule.SUM
    if summed and isinstance(value, Fraction):
        numerator, denominator = value, Fraction(1)
    cover = None if cov_den is None else Fraction(cov_num, cov_den)
    return Rollup(
        value=value,
        numerator=numerator,
        denominator=denominator,
        how=how,
        coverage=cover,
        reported=reported or 0,
        expected=expected or 0,
        not_applicable=bool(not_applicable),
        missing=missing,
        parts=parts,
    )
