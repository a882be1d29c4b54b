"""Result objects from the dataframe engine's tables: its decisions, explained.

The statuses, observed values, gaps and coverage of a :class:`~cchc_model.rules.results.
Result` are the table's: the dataframe engine decided them. What explains them (the
roll-up a value came from, its coverage and missing units; a rank's peers; a change's two
values) is looked up in the roll-up tables the same run computed, and the sentence is
written by the builders every engine shares (:mod:`cchc_model.rules.results`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import TypedDict, cast

from ...model.indicators import Indicator
from ...model.jurisdictions import Hierarchy, Jurisdiction, Level
from ...model.periods import Period
from ...model.targets import (
    AllOf,
    AnyOf,
    AtLeast,
    Change,
    Rank,
    RankChange,
    ScopeMode,
    Share,
    Target,
)
from ...rules import results
from ...rules.results import Decided, RankFacts, Result
from ...rules.rollup import MISSING, Disagreement, Rollup, known_row, rollup_of
from ...rules.tiers import with_gone_reason
from . import columns as c
from .backend import Unsupported
from .leaves import Scoped, at_unit
from .rollup import HOW, Rollups, pooled
from .translate import Translator
from .types import Frame, Record

__all__ = ["TableResults"]

Key = tuple[int, int, int, int]  # (indicator id, unit id, members id, period id)
#: A target's members: (dimension, member) pairs.
Members = Sequence[tuple[str, str]]


class Row(TypedDict):
    """A roll-up row (:data:`.columns.ROLLUP`), read back."""

    unit_id: int
    indicator_id: int
    members_id: int
    period_id: int
    pair_num: int | None
    pair_den: int | None
    value_num: int | None
    value_den: int | None
    value_flag: bool | None
    not_applicable: bool | None
    how: int
    reported: int | None
    expected: int | None
    coverage_num: int | None
    coverage_den: int | None
    mixed: bool | None


class PeerRow(TypedDict):
    """A rank's peer counts at one unit and period, read back."""

    unit_id: int
    period_id: int
    better: int
    unknown: int
    size: int


class TableResults:
    """Results of one root and period, built from the rows of the result table.

    Args:
        rollups: The roll-ups of the run (for the facts behind each decision).
        tree: The dated tree.
        periods: The periods the run evaluated (with baselines), by id.
        rows: The result table's rows of this root and period.
        rank_facts: Per rank target, its peer counts table.
        units: The unit ids whose roll-ups may be read (the root's subtree).
    """

    def __init__(
        self,
        rollups: Rollups,
        tree: Hierarchy,
        periods: Sequence[Period],
        rows: Iterable[Record],
        rank_facts: Mapping[str, Frame],
        units: Sequence[int],
    ) -> None:
        self.rollups = rollups
        self.tree = tree
        self.backend = rollups.backend
        self.periods = list(periods)
        self.pids = {p: i for i, p in enumerate(self.periods)}
        self.node_of = rollups.tables.node_of
        self.codes = {code.indicator.id: code for code in rollups.canonical.indicators}
        self.rows = {(r["target"], r["parent"], r["depth"], r["code"]): r for r in rows}
        self.min_coverage = rollups.min_coverage
        self.units = list(units)
        self.territory = self._collect(rollups.territory)
        self.own = self._collect(rollups.own)
        self.pooled: dict[int, dict[Key, Row]] = {}
        self.rank_facts = rank_facts
        self._rank_rows: dict[str, dict[tuple[int, int], PeerRow]] = {}
        self._units_at: dict[tuple[str, Level | str], tuple[Jurisdiction, ...]] = {}
        self._at_unit: dict[str, Target] = {}

    def _collect(self, frame: Frame) -> dict[Key, Row]:
        nw = self.backend.nw
        wanted = frame.filter(nw.col("unit_id").is_in(self.units))
        native = self.backend.collect(wanted)
        # the roll-up columns (hasattr does not narrow the type of the other branch)
        found = cast(
            "list[Row]",
            native.to_dicts() if hasattr(native, "to_dicts") else native.to_pylist(),  # type: ignore[union-attr]
        )
        return {
            (r["indicator_id"], r["unit_id"], r["members_id"], r["period_id"]): r for r in found
        }

    # --- facts ---------------------------------------------------------------------

    def _key(self, indicator: Indicator, code: str, period: Period, members: Members) -> Key | None:
        node, pid = self.node_of.get(code), self.pids.get(period)
        info = self.codes.get(indicator.id)
        if node is None or pid is None or info is None:
            return None
        return (info.index, node, self.rollups.canonical.member_code(members), pid)

    def _rollup(
        self,
        indicator: Indicator,
        row: Row,
        missing: tuple[str, ...] = (),
        parts: tuple[str, ...] = (),
    ) -> Rollup:
        info = self.codes[indicator.id]
        numbers = [row[name] for name in (*c.PAIR, *c.VALUE)]
        numbers += [row["reported"], row["expected"], row["coverage_num"], row["coverage_den"]]
        return rollup_of(indicator, HOW[row["how"]], numbers, (info.ns, info.ds), missing, parts)

    def units_at(self, code: str, level: Level | str) -> tuple[Jurisdiction, ...]:
        """The units at ``level`` under ``code``, or the unit itself at its own level."""
        found = self._units_at.get((code, level))
        if found is None:
            found = self.tree.scope_units(code, level)
            self._units_at[(code, level)] = found
        return found

    def _looked_up(
        self,
        table: Mapping[Key, Row],
        indicator: Indicator,
        code: str,
        period: Period,
        members: Members,
    ) -> Row | None:
        key = self._key(indicator, code, period, members)
        return None if key is None else table.get(key)

    def territory_of(
        self, indicator: Indicator, code: str, period: Period, members: Members = ()
    ) -> Rollup:
        """A unit's territory roll-up, with the children that reported and those missing."""
        row = self._looked_up(self.territory, indicator, code, period, members)
        children = self.tree.children(code)
        if row is None:
            if not children:
                return MISSING
            expected = len(children)
            missing = tuple(child.code for child in children)
            return Rollup(
                value=None, how="spatial", coverage=Fraction(0), expected=expected, missing=missing
            )
        if HOW[row["how"]] != "spatial":
            return self._rollup(indicator, row)
        reported, missing = self._split(self.territory, indicator, children, period, members)
        return self._rollup(indicator, row, missing, reported)

    def _split(
        self,
        table: Mapping[Key, Row],
        indicator: Indicator,
        units: Sequence[Jurisdiction],
        period: Period,
        members: Members,
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The codes of ``units`` whose row in ``table`` is known, and the others."""
        reported: list[str] = []
        missing: list[str] = []
        for unit in units:
            row = self._looked_up(table, indicator, unit.code, period, members)
            (reported if row is not None and known_row(row) else missing).append(unit.code)
        return tuple(reported), tuple(missing)

    def pooled_of(
        self,
        indicator: Indicator,
        code: str,
        level: Level,
        period: Period,
        members: Members = (),
    ) -> Rollup:
        """The pooled roll-up of the units at ``level`` under ``code``."""
        table = self.pooled.get(int(level))
        if table is None:
            translator = Translator(self.backend, wide=False)
            table = self._collect(pooled(self.rollups, int(level), translator))
            self.pooled[int(level)] = table
        units = self.units_at(code, level)
        reported, missing = self._split(self.own, indicator, units, period, members)
        row = self._looked_up(table, indicator, code, period, members)
        if row is None:
            cover = Fraction(0, len(units)) if units else Fraction(1)
            return Rollup(
                value=None, how="pooled", coverage=cover, expected=len(units), missing=missing
            )
        return self._rollup(indicator, row, missing, reported)

    def _measure(self, target: Scoped, code: str, period: Period) -> Rollup:
        scope = target.scope
        if scope.mode is ScopeMode.POOLED and scope.level is not None:
            return self.pooled_of(target.indicator, code, scope.level, period, target.members)
        return self.territory_of(target.indicator, code, period, target.members)

    # --- results -------------------------------------------------------------------

    def result(
        self, target: Target, code: str, period: Period, parent: str | None, depth: int
    ) -> Result:
        """The result of ``target`` at ``code``, as the table decided it, with its parts."""
        return with_gone_reason(self._result(target, code, period, parent, depth), self.tree)

    def _result(
        self, target: Target, code: str, period: Period, parent: str | None, depth: int
    ) -> Result:
        row = self.rows[(target.id, parent, depth, code)]
        decided = Decided.of([row[name] for name in c.RESULT], "vectorised")
        if isinstance(target, AllOf | AnyOf | AtLeast):
            parts = tuple(self.result(p, code, period, target.id, depth + 1) for p in target.parts)
            return results.compound_result(target, code, period, decided, parts)
        if isinstance(target, Share):
            units = self.units_at(code, target.level)
            parts = tuple(
                self.result(target.condition, u.code, period, target.id, depth + 1) for u in units
            )
            return results.share_result(target, code, period, decided, parts)
        if isinstance(target, Rank):
            own = self.territory_of(target.indicator, code, period, target.members)
            return results.rank_result(
                target, code, period, decided, own, self._rank(target, code, period),
                self.min_coverage,
            )  # fmt: skip
        if isinstance(target, RankChange):
            baseline = target.baseline_for(period)
            measured = tuple(
                self.territory_of(target.indicator, code, when, target.members)
                for when in (period, baseline)
            )
            facts = (self._rank(target, code, period), self._rank(target, code, baseline))
            return results.rank_change_result(
                target, code, period, baseline, decided, (measured[0], measured[1]), facts,
                self.min_coverage,
            )  # fmt: skip
        if target.scope.mode is ScopeMode.EACH:
            level = target.scope.level
            assert level is not None, "an each scope has a level"  # (for the type checker)
            part = at_unit(target, self._at_unit)
            parts = tuple(
                self.result(part, u.code, period, target.id, depth + 1)
                for u in self.units_at(code, level)
            )
            return results.each_result(target, code, period, decided, parts)
        if isinstance(target, Change):
            baseline = target.baseline_for(period)
            now = self._measure(target, code, period)
            before = self._measure(target, code, baseline)
            return results.change_result(
                target, code, period, baseline, decided, now, before, self.min_coverage
            )
        rollup = self._measure(target, code, period)
        return results.value_result(target, code, period, decided, rollup, self.min_coverage)

    def _rank(self, target: Rank | RankChange, code: str, period: Period) -> RankFacts:
        found = self._rank_rows.get(target.id)
        if found is None:
            native = self.backend.collect(self.rank_facts[target.id])
            # the peer counts (hasattr does not narrow the type of the other branch)
            listed = cast(
                "list[PeerRow]",
                native.to_dicts() if hasattr(native, "to_dicts") else native.to_pylist(),  # type: ignore[union-attr]
            )
            found = {(r["unit_id"], r["period_id"]): r for r in listed}
            self._rank_rows[target.id] = found
        pid = self.pids.get(period)
        row = None if pid is None else found.get((self.node_of[code], pid))
        if row is None:  # pragma: no cover - every evaluated unit has itself as a peer
            return RankFacts(1, 0, 0)
        return RankFacts(row["size"], row["better"], row["unknown"])

    def disagreements(
        self, indicators: Sequence[Indicator], codes: Sequence[str], period: Period
    ) -> list[Disagreement]:
        """Units whose direct value differs from the roll-up of their children.

        Raises:
            Unsupported: A roll-up the table does not hold exactly (the reference
                engine computes them instead).
        """
        shadow = self._collect(self.rollups.shadowed)
        found = []
        for indicator in indicators:
            for code in codes:
                direct = self._looked_up(self.territory, indicator, code, period, ())
                rolled = self._looked_up(shadow, indicator, code, period, ())
                if direct is None or rolled is None or HOW[direct["how"]] != "direct":
                    continue
                if rolled["mixed"]:  # values of different precision: not summed here
                    raise Unsupported("a roll-up over values of different precision")
                value = self._rollup(indicator, direct).value
                rolled_value = self._rollup(indicator, rolled).value
                if rolled_value is not None and rolled_value != value:
                    found.append(Disagreement(indicator.id, code, period, (), value, rolled_value))
        return found
