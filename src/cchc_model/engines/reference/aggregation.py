"""Roll-ups of the reference engine: the rules of :mod:`cchc_model.rules.rollup` on Python
objects, unit by unit, with a cache.

A unit's value is looked for in the order of :data:`~cchc_model.rules.rollup.
TERRITORY_SOURCES` (or ``OWN_SOURCES``); a roll-up gathers its parts as Python rows and
hands them to the compiled spatial or temporal rule. Sums are exact: pairs are
Fractions (ints where whole), never floats.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Any

from ...exceptions import Problem, ValidationError
from ...io.observations import Basis, ObservationSet, Point
from ...model.agencies import Agency, AgencyKind
from ...model.indicators import Indicator, MeasureKind
from ...model.jurisdictions import Hierarchy, Jurisdiction, Level
from ...model.periods import Period
from ...model.units import per_proportion, whole
from ...rules.rollup import (
    MISSING,
    Disagreement,
    Policy,
    Rollup,
    Source,
    finest,
    rollup_of,
    sources,
)
from .compiled import spatial_rule, temporal_rule

__all__ = ["Aggregator", "Disagreement", "Policy", "Rollup"]

Members = tuple[tuple[str, str], ...]
#: A part as the compiled rules read it: (n, d, num, den, flag, na, child, start, end).
Row = tuple[Any, ...]


def part_row(indicator: Indicator, part: Point | Rollup, child: bool = True) -> Row:
    """A point or roll-up as a row of the compiled rules."""
    n, d, value = part.numerator, part.denominator, part.value
    num: Any = None
    flag: bool | None = None
    if isinstance(value, bool):
        flag = value
    elif isinstance(value, Fraction):
        num = whole(value)
    elif isinstance(value, str) and value in indicator.levels:
        num = indicator.levels.index(value)
    return (
        None if n is None else whole(n),
        None if d is None else whole(d),
        num,
        None if num is None else 1,
        flag,
        part.not_applicable,
        child,
        None,
        None,
    )


def _scales(indicator: Indicator) -> tuple[int, int]:
    """A ratio's value per proportion (100/1 for percent); 1/1 otherwise."""
    if indicator.measure is MeasureKind.RATIO:
        per = per_proportion(indicator.unit)
        return per.numerator, per.denominator
    return 1, 1


def _from_point(point: Point) -> Rollup:
    return Rollup(
        value=point.value,
        numerator=point.numerator,
        denominator=point.denominator,
        how="direct",
        not_applicable=point.not_applicable,
    )


class Aggregator:
    """Computes roll-ups for one set of observations on one dated tree, with a cache.

    Agencies (a plan's :attr:`~cchc_model.model.plans.Plan.agencies`) hang under their
    jurisdictions as leaves the tree does not hold: an agency's rows are read by its code.
    Agency scopes read them; and for an indicator whose ``agencies_in_rollup`` is true they
    stand for the authorities at their jurisdiction's own level: ``own(J)`` is a direct
    (or sub-period) own value of J, else the spatial rule over J's agencies;
    ``territory(J)``'s roll-up reads J's own value when observed, else J's agencies as
    parts beside its children (counted in the coverage like children), so that nothing is
    counted twice. For any other indicator J's figures do not include its agencies.

    Args:
        observations: The validated observations.
        tree: The hierarchy as of the evaluated date (``Hierarchy.as_of``).
        policy: Coverage policy.
        agencies: The agencies whose rows count, each under its jurisdiction.

    Raises:
        ValidationError: an agency whose code is a unit's code. (An agency whose
            jurisdiction is not a unit of ``tree`` reaches no unit of it.)
    """

    def __init__(
        self,
        observations: ObservationSet,
        tree: Hierarchy,
        policy: Policy | None = None,
        agencies: Sequence[Agency] = (),
    ) -> None:
        self.observations = observations
        self.tree = tree
        self.policy = policy or Policy()
        self._cache: dict[tuple[Any, ...], Rollup] = {}
        self._children: dict[str, tuple[Jurisdiction, ...]] = {}
        self._agencies: dict[str, tuple[Agency, ...]] = {}
        self._agency_codes: dict[str, Agency] = {}
        self._add_agencies(agencies)
        self._units_at: dict[tuple[str, Level], tuple[Jurisdiction, ...]] = {}
        self._sub_periods: dict[tuple[str, Period], bool] = {}

    # --- the tree ------------------------------------------------------------------

    def _add_agencies(self, agencies: Sequence[Agency]) -> None:
        problems: list[Problem] = []
        grouped: dict[str, list[Agency]] = {}
        for index, agency in enumerate(agencies):
            if agency.code in self.tree:
                problems.append(
                    Problem(
                        f"agencies[{index}].code",
                        agency.code,
                        f"agency {agency.code} has the code of a unit of the tree; expected "
                        "a code of its own",
                        "agency-code",
                    )
                )
            # an agency of a unit not on this tree (one the 2025 reform merged) is known by
            # its code, so its rows are not "codes that are no unit", and reaches no unit
            self._agency_codes[agency.code] = agency
            grouped.setdefault(agency.jurisdiction, []).append(agency)
        if problems:
            raise ValidationError(problems)
        self._agencies = {code: tuple(found) for code, found in grouped.items()}

    def agency(self, code: str) -> Agency | None:
        """The agency with ``code``, if one was given."""
        return self._agency_codes.get(code)

    def is_agency(self, code: str) -> bool:
        """Whether ``code`` is one of the agencies given."""
        return code in self._agency_codes

    def agencies_of(self, code: str, kind: AgencyKind | None = None) -> tuple[Agency, ...]:
        """The agencies belonging to ``code`` (of ``kind`` if given), in the plan's order."""
        found = self._agencies.get(code, ())
        return found if kind is None else tuple(a for a in found if a.kind is kind)

    def _rolled_agencies(self, indicator: Indicator, code: str) -> tuple[Agency, ...]:
        """The agencies of ``code`` whose rows count in its figures for ``indicator``:
        none unless the indicator says they are part of them (SEMANTICS §12.3)."""
        return self._agencies.get(code, ()) if indicator.agencies_in_rollup else ()

    def children(self, code: str) -> tuple[Jurisdiction, ...]:
        """The children of a unit on the tree's date (cached); an agency has none."""
        found = self._children.get(code)
        if found is None:
            found = () if code in self._agency_codes else self.tree.children(code)
            self._children[code] = found
        return found

    def units_at(self, code: str, level: Level) -> tuple[Jurisdiction, ...]:
        """The units at ``level`` under ``code``, or the unit itself at its own level."""
        found = self._units_at.get((code, level))
        if found is None:
            found = self.tree.scope_units(code, level)
            self._units_at[(code, level)] = found
        return found

    # --- roll-ups ------------------------------------------------------------------

    def territory(
        self, indicator: Indicator, code: str, period: Period, members: Members = ()
    ) -> Rollup:
        """The value of ``indicator`` over the whole territory of ``code`` in ``period``."""
        return self._value(indicator, code, period, members, territory=True)

    def own(self, indicator: Indicator, code: str, period: Period, members: Members = ()) -> Rollup:
        """The value for the authorities at the unit's own level only (basis ``own``)."""
        return self._value(indicator, code, period, members, territory=False)

    def _value(
        self, indicator: Indicator, code: str, period: Period, members: Members, territory: bool
    ) -> Rollup:
        key = (territory, indicator.id, code, period, members)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        result = MISSING
        agencies = self._rolled_agencies(indicator, code)
        found = self._first(indicator, code, period, members, territory, bool(agencies))
        if found is not None:
            result = found
        elif agencies and not territory:
            result = self._over_agencies(indicator, agencies, period, members, "spatial")
        self._cache[key] = result
        return result

    def _first(
        self,
        indicator: Indicator,
        code: str,
        period: Period,
        members: Members,
        territory: bool,
        agencies: bool,
    ) -> Rollup | None:
        """The value of the first of the unit's sources that has rows (a unit with
        agencies reads its own basis like a unit with children)."""
        for source in sources(territory, bool(self.children(code)) or agencies):
            found = self._source(source, indicator, code, period, members)
            if found is not None:
                return found
        return None

    def _over_agencies(
        self,
        indicator: Indicator,
        agencies: Sequence[Agency],
        period: Period,
        members: Members,
        how: str,
    ) -> Rollup:
        parts = [
            (a.code, self._leaf_or(indicator, a.code, period, members, own=True)) for a in agencies
        ]
        return self._combine(indicator, parts, how, len(agencies))

    def pooled_agencies(
        self,
        indicator: Indicator,
        code: str,
        kind: AgencyKind | None,
        period: Period,
        members: Members = (),
    ) -> Rollup:
        """One value pooled over the agencies of ``code`` (of ``kind`` if given)."""
        key = ("agencies", indicator.id, code, kind, period, members)
        cached = self._cache.get(key)
        if cached is None:
            chosen = self.agencies_of(code, kind)
            cached = self._over_agencies(indicator, chosen, period, members, "pooled")
            self._cache[key] = cached
        return cached

    def _source(
        self, source: Source, indicator: Indicator, code: str, period: Period, members: Members
    ) -> Rollup | None:
        if source is Source.CHILDREN:
            return self._spatial(indicator, code, period, members, self.children(code))
        basis = (
            Basis.TERRITORY
            if source in (Source.DIRECT_TERRITORY, Source.TEMPORAL_TERRITORY)
            else Basis.OWN
        )
        if source in (Source.DIRECT_TERRITORY, Source.DIRECT_OWN):
            point = self.observations.get(indicator.id, code, period, members, basis)
            return None if point is None else _from_point(point)
        return self._temporal(indicator, code, period, members, basis)

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
        return self._combine(
            indicator,
            [(u.code, self._leaf_or(indicator, u.code, period, members, own=True)) for u in units],
            "pooled",
            len(units),
        )

    def _leaf_or(
        self, indicator: Indicator, code: str, period: Period, members: Members, own: bool
    ) -> Point | Rollup | None:
        """A unit's own (or territory) value; a unit without children and without
        sub-periods is read straight from the index, which keeps thousands cheap."""
        if (
            not self.children(code)
            and code not in self._agencies
            and not self._has_sub_periods(indicator.id, period)
        ):
            first, second = (Basis.OWN, Basis.TERRITORY) if own else (Basis.TERRITORY, Basis.OWN)
            by_first = self.observations.by_code(indicator.id, period, members, first)
            found = by_first.get(code)
            if found is None:
                found = self.observations.by_code(indicator.id, period, members, second).get(code)
            return found
        if own:
            return self.own(indicator, code, period, members)
        return self.territory(indicator, code, period, members)

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
        inside = {
            (p.period.start.toordinal(), p.period.end.toordinal()): p
            for p in self.observations.series(indicator.id, code, members, basis)
            if p.period in period and p.period != period
        }
        if not inside:
            return None
        rows = [(*part_row(indicator, inside[span])[:7], *span) for span in finest(list(inside))]
        group, finish = temporal_rule(
            indicator.temporal, indicator.measure, self.policy.min_coverage
        )
        sums = group(rows)
        last = max(rows, key=lambda row: row[7])
        kn, kd = _scales(indicator)
        numbers = finish(*sums.values(), *last[:6], kn, kd, period.days)
        return rollup_of(indicator, "temporal", numbers[:10])

    def _spatial(
        self,
        indicator: Indicator,
        code: str,
        period: Period,
        members: Members,
        children: Sequence[Jurisdiction],
    ) -> Rollup:
        parts = [
            (child.code, self._leaf_or(indicator, child.code, period, members, own=False))
            for child in children
        ]
        agencies = self._rolled_agencies(indicator, code)
        if agencies:
            # J's own value when observed; else its agencies, as parts (never both)
            observed = self._first(indicator, code, period, members, False, True)
            if observed is None:
                parts += [
                    (a.code, self._leaf_or(indicator, a.code, period, members, own=False))
                    for a in agencies
                ]
                return self._combine(indicator, parts, "spatial", len(parts))
            if not children:  # the unit's own value is its whole territory's
                return observed
            extra = [observed] if observed.known else []
            return self._combine(indicator, parts, "spatial", len(children), extra)
        mine = self.own(indicator, code, period, members)  # ``code`` has children
        extra = [mine] if mine.known else []
        return self._combine(indicator, parts, "spatial", len(children), extra)

    def _combine(
        self,
        indicator: Indicator,
        parts: Sequence[tuple[str, Point | Rollup | None]],
        how: str,
        expected: int,
        extra: Sequence[Rollup] = (),
    ) -> Rollup:
        """The spatial rule over ``parts`` (and the unit's own ``extra``)."""
        rows: list[Row] = []
        reported: list[str] = []
        missing: list[str] = []
        for code, part in parts:
            if part is None or (type(part) is Rollup and not part.known):
                missing.append(code)
                continue
            reported.append(code)
            rows.append(part_row(indicator, part))
        rows.extend(part_row(indicator, part, child=False) for part in extra)
        group, finish = spatial_rule(
            indicator.spatial, indicator.measure, self.policy.min_coverage, bool(extra)
        )
        kn, kd = _scales(indicator)
        numbers = finish(*group(rows).values(), kn, kd, expected)
        return rollup_of(
            indicator, how, numbers[:10], missing=tuple(missing), parts=tuple(reported)
        )

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
            if rolled.value is not None and rolled.value != point.value:
                found.append(
                    Disagreement(indicator.id, code, period, members, point.value, rolled.value)
                )
        return found
