"""Roll-ups across space and time (SEMANTICS.md §5).

``territory(J)`` is a direct territory observation of J if there is one; otherwise the
sub-periods observed for J rolled up by the indicator's temporal rule; otherwise the
indicator's spatial rule over ``own(J)`` (if observed) and ``territory`` of each child.

Every rule that ends in a division sums an additive pair up the tree and divides once:
ratio → (numerator, denominator); count → (value, 1); weighted mean → (value·weight,
weight). The sums are exact fractions, so no roll-up goes through a binary float.

**Coverage** is the share of expected children (the children valid on the tree's date)
that have a value; children whose ratio denominator is 0 count as reported. A spatial
roll-up whose coverage is below the policy's ``min_coverage`` (default 1: nothing passes
silently on partial data) has no value. A temporal roll-up's coverage is the share of
the period's days covered by sub-period observations.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Any

import attrs

from ..._checks import fail
from ...io.observations import Basis, ObservationSet, Point
from ...model.indicators import Indicator, MeasureKind, SpatialRule, TemporalRule
from ...model.jurisdictions import Hierarchy, Jurisdiction, Level
from ...model.periods import Period
from ...model.units import convert, exact

__all__ = ["Aggregator", "Disagreement", "Policy", "Rollup"]

Members = tuple[tuple[str, str], ...]
Value = Fraction | bool | str | None


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

    value: Value
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
        return self.value is not None or self.not_applicable


@attrs.frozen
class Disagreement:
    """A direct value that differs from the roll-up of the same unit's children."""

    indicator: str
    code: str
    period: Period
    members: Members
    direct: Value
    rolled_up: Value


_MISSING = Rollup(value=None)


class Aggregator:
    """Computes roll-ups for one set of observations on one dated tree, with a cache.

    Args:
        observations: The validated observations.
        tree: The hierarchy as of the evaluated date (``Hierarchy.as_of``).
        policy: Coverage policy.
    """

    def __init__(
        self, observations: ObservationSet, tree: Hierarchy, policy: Policy | None = None
    ) -> None:
        self.observations = observations
        self.tree = tree
        self.policy = policy or Policy()
        self._cache: dict[tuple[Any, ...], Rollup] = {}
        self._children: dict[str, tuple[Jurisdiction, ...]] = {}
        self._units_at: dict[tuple[str, Level], tuple[Jurisdiction, ...]] = {}
        self._sub_periods: dict[tuple[str, Period], bool] = {}

    # --- the tree ------------------------------------------------------------------

    def children(self, code: str) -> tuple[Jurisdiction, ...]:
        """The children of a unit on the tree's date (cached)."""
        found = self._children.get(code)
        if found is None:
            found = self.tree.children(code)
            self._children[code] = found
        return found

    def units_at(self, code: str, level: Level) -> tuple[Jurisdiction, ...]:
        """The units at ``level`` under ``code``, or the unit itself at its own level."""
        found = self._units_at.get((code, level))
        if found is None:
            unit = self.tree.get(code)
            found = (unit,) if unit.level is level else self.tree.descendants(code, level=level)
            self._units_at[(code, level)] = found
        return found

    # --- roll-ups ------------------------------------------------------------------

    def territory(
        self, indicator: Indicator, code: str, period: Period, members: Members = ()
    ) -> Rollup:
        """The value of ``indicator`` over the whole territory of ``code`` in ``period``."""
        key = ("territory", indicator.id, code, period, members)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        result = self._own_or_direct(indicator, code, period, members, Basis.TERRITORY)
        if result is None:
            children = self.children(code)
            if children:
                result = self._spatial(indicator, code, period, members, children)
            else:  # a unit without children: its own basis is its territory
                result = self._own_or_direct(indicator, code, period, members, Basis.OWN)
        self._cache[key] = result or _MISSING
        return result or _MISSING

    def own(self, indicator: Indicator, code: str, period: Period, members: Members = ()) -> Rollup:
        """The value for the authorities at the unit's own level only (basis ``own``)."""
        key = ("own", indicator.id, code, period, members)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        result = self._own_or_direct(indicator, code, period, members, Basis.OWN)
        if result is None and not self.children(code):
            result = self._own_or_direct(indicator, code, period, members, Basis.TERRITORY)
        self._cache[key] = result or _MISSING
        return result or _MISSING

    def pooled(
        self,
        indicator: Indicator,
        code: str,
        level: Level,
        period: Period,
        members: Members = (),
    ) -> Rollup:
        """One value pooled from the own basis of every unit at ``level`` under ``code``."""
        units = self.units_at(code, level)
        fast = not self._has_sub_periods(indicator.id, period)
        # A unit without children (and no sub-periods) is read straight from the index:
        # no roll-up object, no cache entry, which keeps thousands of communes cheap.
        own = self.observations.by_code(indicator.id, period, members, Basis.OWN)
        territory = self.observations.by_code(indicator.id, period, members, Basis.TERRITORY)
        parts: list[tuple[str, Point | Rollup | None]] = []
        for unit in units:
            unit_code = unit.code
            if fast and not self.children(unit_code):
                parts.append((unit_code, own.get(unit_code) or territory.get(unit_code)))
            else:
                parts.append((unit_code, self.own(indicator, unit_code, period, members)))
        return self._combine(indicator, parts, "pooled", len(units))

    def _own_or_direct(
        self, indicator: Indicator, code: str, period: Period, members: Members, basis: Basis
    ) -> Rollup | None:
        point = self.observations.get(indicator.id, code, period, members, basis)
        if point is not None:
            return _from_point(point)
        return self._temporal(indicator, code, period, members, basis)

    def _has_sub_periods(self, indicator: str, period: Period) -> bool:
        key = (indicator, period)
        found = self._sub_periods.get(key)
        if found is None:
            found = any(p in period and p != period for p in self.observations.periods(indicator))
            self._sub_periods[key] = found
        return found

    def _temporal(
        self, indicator: Indicator, code: str, period: Period, members: Members, basis: Basis
    ) -> Rollup | None:
        if not self._has_sub_periods(indicator.id, period):
            return None
        series = [
            p
            for p in self.observations.series(indicator.id, code, members, basis)
            if p.observation.period in period and p.observation.period != period
        ]
        if not series:
            return None
        series = _non_overlapping(series)
        covered = sum(p.observation.period.days for p in series)
        coverage = Fraction(covered, period.days)
        rule = indicator.temporal
        if coverage < self.policy.min_coverage or rule is TemporalRule.NONE:
            return Rollup(value=None, how="temporal", coverage=coverage, reported=len(series))
        if rule is TemporalRule.LAST:
            last = _from_point(series[-1])
            return attrs.evolve(last, how="temporal", coverage=coverage, reported=len(series))
        if rule is TemporalRule.MEAN:
            values = _fractions([p.value for p in series])
            if not values:
                return Rollup(value=None, how="temporal", coverage=coverage)
            mean = sum(values, Fraction(0)) / len(values)
            return Rollup(value=mean, how="temporal", coverage=coverage, reported=len(series))
        return _sum_pairs(indicator, series, "temporal", coverage)

    def _spatial(
        self,
        indicator: Indicator,
        code: str,
        period: Period,
        members: Members,
        children: Sequence[Jurisdiction],
    ) -> Rollup | None:
        fast = not self._has_sub_periods(indicator.id, period)
        if fast and indicator.spatial in _PAIR_RULES:
            return self._spatial_pairs(indicator, code, period, members, children)
        territory = self.observations.by_code(indicator.id, period, members, Basis.TERRITORY)
        own = self.observations.by_code(indicator.id, period, members, Basis.OWN)
        children_of = self._children
        parts: list[tuple[str, Point | Rollup | None]] = []
        append = parts.append
        for child in children:
            child_code = child.code
            kids = children_of.get(child_code)
            if kids is None:
                kids = self.children(child_code)
            if fast and not kids:
                append((child_code, territory.get(child_code) or own.get(child_code)))
            else:
                append((child_code, self.territory(indicator, child_code, period, members)))
        mine = self._own_or_direct(indicator, code, period, members, Basis.OWN)
        extra = [(code, mine)] if mine is not None and mine.known else []
        return self._combine(indicator, parts, "spatial", len(children), extra)

    def _spatial_pairs(
        self,
        indicator: Indicator,
        code: str,
        period: Period,
        members: Members,
        children: Sequence[Jurisdiction],
    ) -> Rollup:
        """Ratio of sums or weighted mean over children, adding pairs as plain ints.

        The same result as summing the children's fractions (and exactly so): each
        numerator and denominator is summed per denominator of its own, then divided once.
        """
        territory = self.observations.int_pairs(indicator.id, period, members, Basis.TERRITORY)
        own = self.observations.int_pairs(indicator.id, period, members, Basis.OWN)
        sums = _PairSums()
        reported: list[str] = []
        missing: list[str] = []
        pairless = False
        children_of = self._children
        for child in children:
            child_code = child.code
            kids = children_of.get(child_code)
            if kids is None:
                kids = self.children(child_code)
            if kids:
                rollup = self.territory(indicator, child_code, period, members)
                if not rollup.known:
                    missing.append(child_code)
                    continue
                reported.append(child_code)
                pair = _int_pair(rollup)
            else:
                if child_code in territory:
                    pair = territory[child_code]
                elif child_code in own:
                    pair = own[child_code]
                else:
                    missing.append(child_code)
                    continue
                reported.append(child_code)
            if pair is None:
                pairless = True
            else:
                sums.add(pair)
        expected = len(children)
        coverage = Fraction(len(reported), expected) if expected else Fraction(1)
        mine = self._own_or_direct(indicator, code, period, members, Basis.OWN)
        has_own = mine is not None and mine.known
        base = Rollup(
            value=None,
            how="spatial",
            coverage=coverage,
            reported=len(reported),
            expected=expected,
            missing=tuple(missing),
            parts=tuple(reported),
        )
        if coverage < self.policy.min_coverage or not (reported or has_own):
            return base
        if has_own and mine is not None:
            pair = _int_pair(mine)
            if pair is None:
                pairless = True
            else:
                sums.add(pair)
        if pairless:
            return base
        numerator, denominator = sums.totals()
        value, not_applicable = _divide(indicator, numerator, denominator)
        return _with_base(
            Rollup(
                value=value,
                numerator=numerator,
                denominator=denominator,
                not_applicable=not_applicable,
            ),
            base,
        )

    def _combine(
        self,
        indicator: Indicator,
        parts: Sequence[tuple[str, Point | Rollup | None]],
        how: str,
        expected: int,
        extra: Sequence[tuple[str, Rollup]] = (),
    ) -> Rollup:
        codes: list[str] = []
        rollups: list[Point | Rollup] = []
        missing: list[str] = []
        for code, part in parts:
            if part is None or (type(part) is Rollup and not part.known):
                missing.append(code)
            else:
                codes.append(code)
                rollups.append(part)
        coverage = Fraction(len(codes), expected) if expected else Fraction(1)
        base = Rollup(
            value=None,
            how=how,
            coverage=coverage,
            reported=len(codes),
            expected=expected,
            missing=tuple(missing),
            parts=tuple(codes),
        )
        if coverage < self.policy.min_coverage or not (rollups or extra):
            return base
        rollups.extend(r for _, r in extra)
        return _apply_spatial(indicator, rollups, base)

    def disagreements(
        self, indicator: Indicator, codes: Iterable[str], period: Period, members: Members = ()
    ) -> list[Disagreement]:
        """Units whose direct value differs from the roll-up of their children."""
        found = []
        for code in codes:
            point = self.observations.get(indicator.id, code, period, members, Basis.TERRITORY)
            children = self.children(code)
            if point is None or not children:
                continue
            rolled = self._spatial(indicator, code, period, members, children)
            if rolled is not None and rolled.value is not None and rolled.value != point.value:
                found.append(
                    Disagreement(indicator.id, code, period, members, point.value, rolled.value)
                )
        return found


def _from_point(point: Point) -> Rollup:
    return Rollup(
        value=point.value,
        numerator=point.numerator,
        denominator=point.denominator,
        how="direct",
        not_applicable=point.not_applicable,
    )


def _non_overlapping(series: list[Point]) -> list[Point]:
    """Keep the finest sub-periods that do not overlap (months over quarters, say)."""
    chosen: list[Point] = []
    for point in sorted(series, key=lambda p: (p.observation.period.days, p.observation.period)):
        period = point.observation.period
        if not any(period.overlaps(c.observation.period) for c in chosen):
            chosen.append(point)
    return sorted(chosen, key=lambda p: p.observation.period)


def _ratio_value(indicator: Indicator, numerator: Fraction, denominator: Fraction) -> Fraction:
    return numerator * _proportion_in(indicator.unit or "proportion") / denominator


@functools.lru_cache(maxsize=64)
def _proportion_in(unit: str) -> Fraction:
    """What one (a proportion of 1) is in ``unit``: 100 for percent."""
    return convert(Fraction(1), "proportion", unit)


def _fractions(values: Iterable[Value]) -> list[Fraction] | None:
    """The values as fractions, or ``None`` if any is not a number."""
    out = [v for v in values if isinstance(v, Fraction)]
    return out if len(out) == len(list(values)) else None


def _from_sums(by_denominator: dict[int, int]) -> Fraction:
    """The exact total of numerators summed per denominator."""
    if len(by_denominator) == 1:
        ((den, num),) = by_denominator.items()
        return Fraction(num, den)
    return sum((Fraction(n, d) for d, n in by_denominator.items()), Fraction(0))


def _total(values: Iterable[Fraction]) -> Fraction:
    """An exact sum, adding numerators as ints per denominator (much faster than Fractions)."""
    by_denominator: dict[int, int] = {}
    for value in values:
        den = value.denominator
        by_denominator[den] = by_denominator.get(den, 0) + value.numerator
    return _from_sums(by_denominator)


def _sum_pairs(
    indicator: Indicator, points: Sequence[Point | Rollup], how: str, coverage: Fraction
) -> Rollup:
    """Sum additive pairs and divide once (ratio of sums, sum, weighted mean)."""
    sums = _PairSums()
    for point in points:
        pair = _int_pair(point)
        if pair is None:
            return Rollup(value=None, how=how, coverage=coverage, reported=len(points))
        sums.add(pair)
    numerator, denominator = sums.totals()
    measure = indicator.measure

    def rollup(value: Value, not_applicable: bool = False) -> Rollup:
        return Rollup(
            value=value,
            numerator=numerator,
            denominator=denominator,
            how=how,
            coverage=coverage,
            reported=len(points),
            not_applicable=not_applicable,
        )

    summed_in_time = (
        measure is MeasureKind.AMOUNT
        and indicator.temporal is TemporalRule.SUM
        and how == "temporal"
    )
    if measure is MeasureKind.COUNT or summed_in_time:
        return rollup(numerator)
    return rollup(*_divide(indicator, numerator, denominator))


def _divide(indicator: Indicator, numerator: Fraction, denominator: Fraction) -> tuple[Value, bool]:
    """The value of a summed pair, and whether there is nothing to measure (a 0/0 ratio)."""
    if denominator == 0:
        return None, indicator.measure is MeasureKind.RATIO
    if indicator.measure is MeasureKind.RATIO:
        return _ratio_value(indicator, numerator, denominator), False
    return numerator / denominator, False


def _apply_spatial(indicator: Indicator, rollups: Sequence[Point | Rollup], base: Rollup) -> Rollup:
    rule = indicator.spatial
    coverage = base.coverage if base.coverage is not None else Fraction(1)
    result: Rollup
    if rule is SpatialRule.NONE:
        return base
    if rule in (SpatialRule.RATIO_OF_SUMS, SpatialRule.WEIGHTED_MEAN):
        result = _sum_pairs(indicator, rollups, base.how, coverage)
        return _with_base(result, base)
    present = [r.value for r in rollups if r.value is not None]
    if rule is SpatialRule.SUM:
        values = _fractions([r.value for r in rollups])
        if values is None:
            return base
        total = _total(values)
        result = Rollup(value=total, numerator=total, denominator=Fraction(1))
    elif rule is SpatialRule.MEAN:
        numbers = _fractions(present)
        if not numbers:
            return base
        result = Rollup(value=_total(numbers) / len(numbers))
    elif rule in (SpatialRule.MIN, SpatialRule.MAX):
        if not present:
            return base
        if indicator.measure is MeasureKind.ORDINAL:
            ranked = sorted(present, key=lambda v: indicator.level_index(str(v)))
            result = Rollup(value=ranked[0] if rule is SpatialRule.MIN else ranked[-1])
        else:
            numbers = _fractions(present)
            if not numbers:
                return base
            result = Rollup(value=min(numbers) if rule is SpatialRule.MIN else max(numbers))
    else:  # boolean rules
        flags = [v for v in present if isinstance(v, bool)]
        if not flags:
            return base
        if rule is SpatialRule.ALL:
            result = Rollup(value=all(flags))
        elif rule is SpatialRule.ANY:
            result = Rollup(value=any(flags))
        else:
            true = Fraction(sum(flags))
            result = Rollup(
                value=true / len(flags), numerator=true, denominator=Fraction(len(flags))
            )
    return _with_base(result, base)


def _with_base(result: Rollup, base: Rollup) -> Rollup:
    """The value of ``result`` with the provenance (coverage, parts) of ``base``."""
    return Rollup(
        value=result.value,
        numerator=result.numerator,
        denominator=result.denominator,
        how=base.how,
        coverage=base.coverage,
        reported=base.reported,
        expected=base.expected,
        not_applicable=result.not_applicable,
        missing=base.missing,
        parts=base.parts,
    )


_PAIR_RULES = (SpatialRule.RATIO_OF_SUMS, SpatialRule.WEIGHTED_MEAN)


def _int_pair(rollup: Point | Rollup) -> tuple[int, int, int, int] | None:
    num, den = rollup.numerator, rollup.denominator
    if num is None or den is None:
        return None
    return (num.numerator, num.denominator, den.numerator, den.denominator)


class _PairSums:
    """Numerators and denominators summed as ints, grouped by their own denominators.

    Adding ints is far cheaper than adding fractions; one division per group at the end
    gives the same exact totals.
    """

    __slots__ = ("denominators", "numerators")

    def __init__(self) -> None:
        self.numerators: dict[int, int] = {}
        self.denominators: dict[int, int] = {}

    def add(self, pair: tuple[int, int, int, int]) -> None:
        n, d, m, e = pair
        self.numerators[d] = self.numerators.get(d, 0) + n
        self.denominators[e] = self.denominators.get(e, 0) + m

    def totals(self) -> tuple[Fraction, Fraction]:
        return (
            _from_sums(self.numerators) if self.numerators else Fraction(0),
            _from_sums(self.denominators) if self.denominators else Fraction(0),
        )
