"""Result objects from vectorised roll-ups: the reference engine reading a table.

The reference engine (``evaluation._Engine``) decides statuses and writes reasons; here
its aggregator reads roll-ups the vectorised evaluator computed instead of computing
them, so the objects are the same as the reference's whenever the roll-ups are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Any

from ...io.observations import ObservationSet
from ...model.indicators import Indicator, MeasureKind, SpatialRule
from ...model.jurisdictions import Hierarchy, Jurisdiction
from ...model.periods import Period
from ..reference.aggregation import _MISSING, Aggregator, Disagreement, Policy, Rollup
from .rollup import HOW, Rollups

__all__ = ["TableAggregator", "collect_rows"]

Key = tuple[int, int, int, int]  # (ind, node, mem, pid)


def collect_rows(backend: Any, frame: Any) -> dict[Key, dict[str, Any]]:
    """Roll-up rows by (ind, node, mem, pid)."""
    native = backend.collect(frame)
    rows = native.to_dicts() if hasattr(native, "to_dicts") else native.to_pylist()
    return {(r["ind"], r["node"], r["mem"], r["pid"]): r for r in rows}


class TableAggregator(Aggregator):
    """An :class:`Aggregator` whose territory and own roll-ups come from tables."""

    def __init__(
        self,
        rollups: Rollups,
        tree: Hierarchy,
        policy: Policy,
        periods: Sequence[Period],
    ) -> None:
        indicators = rollups.canonical.indicators
        super().__init__(ObservationSet([], [c.indicator for c in indicators]), tree, policy)
        backend = rollups.backend
        self.rollups = rollups
        self.codes = {c.indicator.id: c for c in indicators}
        self.pids = {p: i for i, p in enumerate(periods)}
        self.node_of = rollups.tables.node_of
        self.terr = collect_rows(backend, rollups.territory)
        self.own_rows = collect_rows(backend, rollups.own)

    def _key(self, indicator: Indicator, code: str, period: Period, members: Any) -> Key | None:
        node = self.node_of.get(code)
        pid = self.pids.get(period)
        code_info = self.codes.get(indicator.id)
        if node is None or pid is None or code_info is None:
            return None
        return (code_info.index, node, self.rollups.canonical.member_code(members), pid)

    def territory(
        self, indicator: Indicator, code: str, period: Period, members: Any = ()
    ) -> Rollup:
        key = self._key(indicator, code, period, members)
        row = self.terr.get(key) if key is not None else None
        if row is None:
            children = self.children(code)
            if not children:
                return _MISSING
            return Rollup(
                value=None,
                how="spatial",
                coverage=Fraction(0),
                reported=0,
                expected=len(children),
                missing=tuple(c.code for c in children),
            )
        return self._rollup(indicator, code, period, members, row)

    def own(self, indicator: Indicator, code: str, period: Period, members: Any = ()) -> Rollup:
        key = self._key(indicator, code, period, members)
        row = self.own_rows.get(key) if key is not None else None
        if row is None:
            return _MISSING
        return self._rollup(indicator, code, period, members, row)

    def pooled(
        self, indicator: Indicator, code: str, level: Any, period: Period, members: Any = ()
    ) -> Rollup:
        units = self.units_at(code, level)
        parts: list[tuple[str, Any]] = [
            (unit.code, self.own(indicator, unit.code, period, members)) for unit in units
        ]
        return self._combine(indicator, parts, "pooled", len(units))

    def _rollup(
        self, indicator: Indicator, code: str, period: Period, members: Any, row: Mapping[str, Any]
    ) -> Rollup:
        info = self.codes[indicator.id]
        value = _value(indicator, row)
        numerator = denominator = None
        if row["n"] is not None and row["d"] is not None:
            numerator, denominator = Fraction(row["n"], info.ns), Fraction(row["d"], info.ds)
        how = HOW[row["how"]]
        if (
            how == "spatial"
            and indicator.spatial is SpatialRule.SUM
            and isinstance(value, Fraction)
        ):
            numerator, denominator = value, Fraction(1)
        coverage = None
        missing: tuple[str, ...] = ()
        parts: tuple[str, ...] = ()
        if row["cd"] is not None:
            coverage = Fraction(row["cn"], row["cd"]) if row["cd"] else Fraction(1)
        if how == "spatial":
            kids = self.children(code)
            reported = [c.code for c in kids if self._known(indicator, c.code, period, members)]
            seen = set(reported)
            parts = tuple(reported)
            missing = tuple(c.code for c in kids if c.code not in seen)
        return Rollup(
            value=value,
            numerator=numerator,
            denominator=denominator,
            how=how,
            coverage=coverage,
            reported=row["rep"] or 0,
            expected=row["exp"] or 0,
            not_applicable=bool(row["na"]),
            missing=missing,
            parts=parts,
        )

    def _known(self, indicator: Indicator, code: str, period: Period, members: Any) -> bool:
        key = self._key(indicator, code, period, members)
        row = self.terr.get(key) if key is not None else None
        return row is not None and (row["vn"] is not None or row["vb"] is not None or row["na"])

    def _spatial(
        self,
        indicator: Indicator,
        code: str,
        period: Period,
        members: Any,
        children: Sequence[Jurisdiction],
    ) -> Rollup | None:
        """The children's roll-up, decided by the reference rules from the looked-up parts."""
        parts: list[tuple[str, Any]] = [
            (child.code, self.territory(indicator, child.code, period, members))
            for child in children
        ]
        mine = self.own(indicator, code, period, members)
        extra = [(code, mine)] if mine.known else []
        return self._combine(indicator, parts, "spatial", len(children), extra)

    def disagreements(
        self, indicator: Indicator, codes: Iterable[str], period: Period, members: Any = ()
    ) -> list[Disagreement]:
        found = []
        for code in codes:
            key = self._key(indicator, code, period, members)
            row = self.terr.get(key) if key is not None else None
            children = self.children(code)
            if row is None or row["how"] != 0 or not children:
                continue
            rolled = self._spatial(indicator, code, period, members, children)
            direct = _value(indicator, row)
            if rolled is not None and rolled.value is not None and rolled.value != direct:
                found.append(
                    Disagreement(indicator.id, code, period, members, direct, rolled.value)
                )
        return found


def _value(indicator: Indicator, row: Mapping[str, Any]) -> Fraction | bool | str | None:
    if row["vb"] is not None:
        return bool(row["vb"])
    if row["vn"] is None:
        return None
    if indicator.measure is MeasureKind.ORDINAL:
        return str(indicator.levels[row["vn"]])
    return Fraction(row["vn"], row["vd"])
