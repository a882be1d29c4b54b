"""The reference engine: every target decided on Python objects, unit by unit.

It walks a target the way the plan reads it (compounds into their parts, "each" scopes
and shares into their units), gathers the roll-ups it needs from an
:class:`~.aggregation.Aggregator`, decides with the compiled rules of
:mod:`cchc_model.rules`, and builds each :class:`~cchc_model.rules.results.Result`
with the shared builders. It answers small inputs quickly and is the yardstick the
dataframe engine is tested against.
"""

from __future__ import annotations

from typing import Any, cast

import attrs

from ...model.jurisdictions import Hierarchy, Level
from ...model.periods import Period
from ...model.plan_checks import rank_peers
from ...model.targets import (
    AllOf,
    AnyOf,
    AtLeast,
    Between,
    Change,
    Comparison,
    Op,
    Ordinal,
    Rank,
    Scope,
    ScopeMode,
    Share,
    Target,
)
from ...rules import results
from ...rules.compare import Form
from ...rules.results import Decided, RankFacts, Result
from ...rules.rollup import Rollup
from ...rules.status import status_counts
from .aggregation import Aggregator, part_row
from .compiled import change_rule, compound_rule, each_rule, rank_rules, share_rule, value_rule

__all__ = ["ReferenceEngine", "codes_under"]

NAME = "reference"


def codes_under(tree: Hierarchy, code: str) -> list[str]:
    """``code`` and the units under it that have children of their own: where a direct
    value can disagree with a roll-up."""
    return [code] + [
        unit.code for unit in tree.descendants(code) if unit.level is not Level.COMMUNE
    ]


class ReferenceEngine:
    """Decides targets for units and periods on one dated tree.

    Args:
        aggregator: Where roll-ups come from.
        tree: The hierarchy as of the evaluated date.
    """

    def __init__(self, aggregator: Aggregator, tree: Hierarchy) -> None:
        self.aggregator = aggregator
        self.tree = tree
        self.min_coverage = aggregator.policy.min_coverage
        # Keyed by identity, holding the target so that its id cannot be reused meanwhile.
        self._statements: dict[int, tuple[Target, str]] = {}
        self._at_unit: dict[int, tuple[Target, Target]] = {}
        # A compound several others share is decided once per unit and period.
        self._compounds: dict[tuple[int, str, Period], tuple[Target, Result]] = {}

    def evaluate(self, target: Target, code: str, period: Period) -> Result:
        """The result of ``target`` for ``code`` in ``period``, with its parts."""
        if isinstance(target, AllOf | AnyOf | AtLeast):
            return self._compound(target, code, period)
        if isinstance(target, Share):
            return self._share(target, code, period)
        if isinstance(target, Rank):
            return self._rank(target, code, period)
        if target.scope.mode is ScopeMode.EACH:
            return self._each(target, code, period)
        if isinstance(target, Change):
            return self._change(target, code, period)
        return self._on_value(target, code, period)

    # --- values ----------------------------------------------------------------------

    def _measure(self, target: Any, code: str, period: Period) -> Rollup:
        scope = target.scope
        if scope.mode is ScopeMode.POOLED and scope.level is not None:
            return self.aggregator.pooled(
                target.indicator, code, scope.level, period, target.members
            )
        return self.aggregator.territory(target.indicator, code, period, target.members)

    def _value_inputs(self, target: Any, rollup: Rollup) -> tuple[Any, ...]:
        """(num, den, flag, na) of a roll-up, as the compiled rules read a value."""
        return part_row(target.indicator, rollup)[2:6]

    def _on_value(
        self, target: Comparison | Between | Ordinal, code: str, period: Period
    ) -> Result:
        rollup = self._measure(target, code, period)
        value = self._value_inputs(target, rollup)
        if isinstance(target, Between):
            low, high = target.low_value, target.high_value
            numbers = value_rule(Form.BETWEEN, Op.GE)(  # a between's bounds are its operators
                *value, 0, 1, low.numerator, low.denominator, target.low_inclusive,
                high.numerator, high.denominator, target.high_inclusive, None,
            )  # fmt: skip
        elif isinstance(target, Ordinal):
            numbers = value_rule(Form.COMPARE, target.op)(
                *value, target.level_index, 1, None, None, None, None, None, None, None
            )
        elif isinstance(target.threshold, bool):
            numbers = value_rule(Form.FLAG, target.op)(
                *value, 0, 1, None, None, None, None, None, None, target.threshold
            )
        else:
            threshold = target.threshold_value
            numbers = value_rule(Form.COMPARE, target.op)(
                *value, threshold.numerator, threshold.denominator,
                None, None, None, None, None, None, None,
            )  # fmt: skip
        decided = Decided.of(numbers, NAME)._replace(coverage=rollup.coverage)
        return results.value_result(
            target, code, period, decided, rollup, self.min_coverage, self._statement(target)
        )

    def _statement(self, target: Target) -> str:
        """How a target reads, computed once per target."""
        entry = self._statements.get(id(target))
        if entry is None or entry[0] is not target:
            entry = (target, str(target))
            self._statements[id(target)] = entry
        return entry[1]

    def _change(self, target: Change, code: str, period: Period) -> Result:
        baseline = target.baseline_for(period)
        now = self._measure(target, code, period)
        before = self._measure(target, code, baseline)
        delta = target.delta_value
        numbers = change_rule(target.relative, target.op)(
            *self._value_inputs(target, now),
            *self._value_inputs(target, before),
            delta.numerator,
            delta.denominator,
        )
        return results.change_result(
            target, code, period, baseline, Decided.of(numbers, NAME), now, before,
            self.min_coverage,
        )  # fmt: skip

    # --- scopes and compounds --------------------------------------------------------

    def at_unit(self, target: Target) -> Target:
        """The target of an "each" scope measured at one of its units (made once)."""
        entry = self._at_unit.get(id(target))
        if entry is None or entry[0] is not target:
            entry = (target, attrs.evolve(cast(Any, target), scope=Scope()))
            self._at_unit[id(target)] = entry
        return entry[1]

    def _each(self, target: Any, code: str, period: Period) -> Result:
        level = target.scope.level
        assert level is not None
        at_unit = self.at_unit(target)
        units = self.aggregator.units_at(code, level)
        parts = tuple(self.evaluate(at_unit, unit.code, period) for unit in units)
        numbers = each_rule()(*status_counts(p.status for p in parts))
        return results.each_result(target, code, period, Decided.of(numbers, NAME), parts)

    def _compound(self, target: AllOf | AnyOf | AtLeast, code: str, period: Period) -> Result:
        key = (id(target), code, period)
        known = self._compounds.get(key)
        if known is None:
            known = self._compounds[key] = (target, self._decide_compound(target, code, period))
        return known[1]

    def _decide_compound(
        self, target: AllOf | AnyOf | AtLeast, code: str, period: Period
    ) -> Result:
        parts = tuple(self.evaluate(part, code, period) for part in target.parts)
        needed = None if isinstance(target, AllOf) else 1 if isinstance(target, AnyOf) else target.n
        numbers = compound_rule()(*status_counts(p.status for p in parts), needed)
        return results.compound_result(target, code, period, Decided.of(numbers, NAME), parts)

    def _share(self, target: Share, code: str, period: Period) -> Result:
        units = self.aggregator.units_at(code, target.level)
        parts = tuple(self.evaluate(target.condition, unit.code, period) for unit in units)
        threshold = target.threshold_value
        numbers = share_rule(target.op)(
            *status_counts(p.status for p in parts), threshold.numerator, threshold.denominator
        )
        return results.share_result(target, code, period, Decided.of(numbers, NAME), parts)

    def _rank(self, target: Rank, code: str, period: Period) -> Result:
        peers = rank_peers(target, code, self.tree)
        values = {
            peer: self._value_inputs(
                target,
                self.aggregator.territory(target.indicator, peer, period, target.members),
            )
            for peer in peers
        }
        own = self.aggregator.territory(target.indicator, code, period, target.members)
        mine = values[code]
        group, decide = rank_rules(target.indicator.direction)
        counts = group((*values[peer], *mine, peer == code) for peer in peers)
        numbers = decide(*mine, counts["better"], counts["unknown"], counts["size"], target.k)
        facts = RankFacts(len(peers), counts["better"], counts["unknown"])
        return results.rank_result(
            target, code, period, Decided.of(numbers, NAME), own, facts, self.min_coverage
        )
