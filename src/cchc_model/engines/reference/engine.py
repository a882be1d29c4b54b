"""The reference engine: every target decided on Python objects, unit by unit.

It walks a target the way the plan reads it (compounds into their parts, "each" scopes
and shares into their units), gathers the roll-ups it needs from an
:class:`~.aggregation.Aggregator`, decides with the compiled rules of
:mod:`cchc_model.rules`, and builds each :class:`~cchc_model.rules.results.Result`
with the shared builders. It answers small inputs quickly and is the yardstick the
dataframe engine is tested against.
"""

from __future__ import annotations

from fractions import Fraction
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
    RankChange,
    Scope,
    ScopeMode,
    Share,
    Target,
)
from ...model.units import per_proportion, whole
from ...rules import results, timing
from ...rules.compare import Form
from ...rules.results import Decided, RankFacts, Result
from ...rules.rollup import Rollup
from ...rules.status import status_counts
from ...rules.tiers import measured_on, with_gone_reason
from .aggregation import Aggregator, part_row
from .compiled import (
    change_rule,
    compound_rule,
    each_rule,
    rank_change_rule,
    rank_rules,
    share_rule,
    value_rule,
    within_rule,
)

__all__ = ["ReferenceEngine", "codes_under"]

NAME = "reference"


def codes_under(tree: Hierarchy, code: str) -> list[str]:
    """``code`` and the units under it that have children of their own: where a direct
    value can disagree with a roll-up."""
    return [code] + [
        unit.code for unit in tree.descendants(code) if unit.level is not Level.COMMUNE
    ]


def _count(rollup: Rollup) -> Fraction | int | None:
    """A ratio's summed numerator, when the roll-up has a value or nothing to measure."""
    return whole(rollup.numerator) if rollup.known and rollup.numerator is not None else None


def _lower(one: Fraction | None, other: Fraction | None) -> Fraction | None:
    """The lower of two coverages (either may be absent: a direct value has none)."""
    found = [c for c in (one, other) if c is not None]
    return min(found) if found else None


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
        self._measured: dict[int, tuple[Target, Target, str | None]] = {}
        self._plain: dict[int, tuple[Target, Target]] = {}
        self._members: dict[int, tuple[Target, tuple[Target, ...]]] = {}
        # A compound several others share is decided once per unit and period.
        self._compounds: dict[tuple[int, str, Period], tuple[Target, Result]] = {}

    def evaluate(self, target: Target, code: str, period: Period) -> Result:
        """The result of ``target`` for ``code`` in ``period``, with its parts."""
        if timing.bites(target, period):
            return self._timed(target, code, period)
        measured, note = self._on_tree(target)
        if note is not None:
            result = self._evaluate(measured, code, period)
            return attrs.evolve(result, target=target, warnings=(*result.warnings, note))
        return with_gone_reason(self._evaluate(target, code, period), self.tree)

    def _timed(self, target: Target, code: str, period: Period) -> Result:
        """A target with its own window, deadline or recurrence (:mod:`.rules.timing`)."""
        read = timing.reading(target, period, self._reported(target))
        if read.period is None:
            return results.not_applicable_result(target, code, period, read.note)
        plain = self._untimed(target)
        if target.every is None:
            inner = self.evaluate(plain, code, read.period)
            return results.timed_result(target, period, inner, read.note)
        parts = tuple(
            self.evaluate(plain, code, each)
            for each in timing.occurrences(target.every, read.period)
        )
        numbers = compound_rule()(*status_counts(p.status for p in parts), None)
        decided = Decided.of(numbers, NAME)
        return results.recurring_result(target, code, period, read.period, decided, parts, read.why)

    def _reported(self, target: Target) -> list[Period]:
        """The periods the data holds for the indicators ``target`` reads (where a reading
        cut by a deadline ends)."""
        observations = self.aggregator.observations
        return [p for i in target.indicators() for p in observations.periods(i.id)]

    def _untimed(self, target: Target) -> Target:
        """The target without its window, deadline and recurrence (made once)."""
        entry = self._plain.get(id(target))
        if entry is None or entry[0] is not target:
            plain = attrs.evolve(cast(Any, target), period=None, every=None, deadline=None)
            entry = self._plain[id(target)] = (target, plain)
        return entry[1]

    def _on_tree(self, target: Target) -> tuple[Target, str | None]:
        """The target as measured on this tree (a level it lacks mapped to its successor),
        made once per target."""
        entry = self._measured.get(id(target))
        if entry is None or entry[0] is not target:
            entry = (target, *measured_on(target, self.tree))
            self._measured[id(target)] = entry
        return entry[1], entry[2]

    def _evaluate(self, target: Target, code: str, period: Period) -> Result:
        if isinstance(target, AllOf | AnyOf | AtLeast):
            return self._compound(target, code, period)
        if isinstance(target, Share):
            return self._share(target, code, period)
        if isinstance(target, Rank):
            return self._rank(target, code, period)
        if isinstance(target, RankChange):
            return self._rank_change(target, code, period)
        if target.scope.mode is ScopeMode.EACH:
            return self._each(target, code, period)
        if target.scope.mode is ScopeMode.EACH_AGENCY:
            return self._each_agency(target, code, period)
        if isinstance(target, Change):
            return self._change(target, code, period)
        if target.scope.mode is ScopeMode.AGENCY:
            elsewhere = self._not_its_agency(target, code, period)
            if elsewhere is not None:
                return elsewhere
        if target.each_member is not None:
            return self._each_member(target, code, period)
        return self._on_value(target, code, period)

    def _not_its_agency(self, target: Any, code: str, period: Period) -> Result | None:
        """Not applicable when a one-agency target is evaluated for a unit the agency does
        not belong to (a plan read for another unit, or for its successor)."""
        agency = self.aggregator.agency(target.scope.agency)
        if agency is None or agency.jurisdiction == code:
            return None
        reason = (
            f"Not applicable: agency {agency.code} ({agency.name}) belongs to "
            f"{agency.jurisdiction}, not to {code}."
        )
        return results.not_applicable_result(target, code, period, reason)

    # --- values ----------------------------------------------------------------------

    def _measure(self, target: Any, code: str, period: Period) -> Rollup:
        scope = target.scope
        if scope.mode is ScopeMode.POOLED and scope.level is not None:
            return self.aggregator.pooled(
                target.indicator, code, scope.level, period, target.members
            )
        if scope.mode is ScopeMode.POOLED_AGENCIES:
            return self.aggregator.pooled_agencies(
                target.indicator, code, scope.kind, period, target.members
            )
        if scope.mode is ScopeMode.AGENCY:  # the agency's value, wherever it belongs
            code = scope.agency
        return self.aggregator.territory(target.indicator, code, period, target.members)

    def _value_inputs(self, target: Any, rollup: Rollup) -> tuple[Any, ...]:
        """(num, den, flag, na) of a roll-up, as the compiled rules read a value."""
        return part_row(target.indicator, rollup)[2:6]

    def _on_value(
        self, target: Comparison | Between | Ordinal, code: str, period: Period
    ) -> Result:
        rollup = self._measure(target, code, period)
        value = self._value_inputs(target, rollup)
        base = None
        if not isinstance(target, Ordinal) and target.within is not None:
            base = self._measure(results.SubQuotaBase.of(target), code, period)
            value = self._within_inputs(target, rollup, base)
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
        if base is not None:
            decided = decided._replace(coverage=_lower(rollup.coverage, base.coverage))
            return results.within_result(
                cast(Comparison | Between, target), code, period, decided, rollup, base,
                self.min_coverage, self._statement(target),
            )  # fmt: skip
        return results.value_result(
            target, code, period, decided, rollup, self.min_coverage, self._statement(target)
        )

    def _within_inputs(self, target: Any, own: Rollup, base: Rollup) -> tuple[Any, ...]:
        """(num, den, flag, na) of a sub-quota: ``own``'s numerator over ``base``'s."""
        per = per_proportion(target.indicator.unit)
        return within_rule()(
            _count(own), _count(base), base.not_applicable, per.numerator, per.denominator
        )

    def _each_member(
        self, target: Comparison | Between | Ordinal, code: str, period: Period
    ) -> Result:
        """Every member of a breakdown: the all of the target at each member."""
        parts = tuple(self.evaluate(part, code, period) for part in self._per_member(target))
        numbers = each_rule()(*status_counts(p.status for p in parts))
        return results.members_result(target, code, period, Decided.of(numbers, NAME), parts)

    def _per_member(self, target: Comparison | Between | Ordinal) -> tuple[Target, ...]:
        """The target at each member of its ``each_member`` dimension (made once)."""
        entry = self._members.get(id(target))
        if entry is None or entry[0] is not target:
            entry = self._members[id(target)] = (target, target.per_member())
        return entry[1]

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

    def _each_agency(self, target: Any, code: str, period: Period) -> Result:
        """Each agency of ``code`` (of the scope's kind) separately: one result per agency."""
        at_unit = self.at_unit(target)
        agencies = self.aggregator.agencies_of(code, target.scope.kind)
        parts = tuple(self.evaluate(at_unit, agency.code, period) for agency in agencies)
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

    def _peer_counts(
        self, target: Rank | RankChange, code: str, period: Period, peers: tuple[str, ...]
    ) -> tuple[Rollup, tuple[Any, ...], RankFacts]:
        """The unit's roll-up and value, and its peers counted (:func:`peer_counts`)."""
        values = {
            peer: self._value_inputs(
                target,
                self.aggregator.territory(target.indicator, peer, period, target.members),
            )
            for peer in peers
        }
        own = self.aggregator.territory(target.indicator, code, period, target.members)
        mine = values[code]
        group, _ = rank_rules(target.indicator.direction)
        counts = group((*values[peer], *mine, peer == code) for peer in peers)
        return own, mine, RankFacts(counts["size"], counts["better"], counts["unknown"])

    def _rank(self, target: Rank, code: str, period: Period) -> Result:
        peers = rank_peers(target, code, self.tree)
        own, mine, facts = self._peer_counts(target, code, period, peers)
        counted = (facts.better, facts.unknown, facts.peers)
        if target.top_value is not None:
            top = target.top_value
            _, decide = rank_rules(target.indicator.direction, True)
            numbers = decide(*mine, *counted, top.numerator, top.denominator)
        else:
            _, decide = rank_rules(target.indicator.direction)
            numbers = decide(*mine, *counted, target.k)
        return results.rank_result(
            target, code, period, Decided.of(numbers, NAME), own, facts, self.min_coverage
        )

    def _rank_change(self, target: RankChange, code: str, period: Period) -> Result:
        peers = rank_peers(target, code, self.tree)
        baseline = target.baseline_for(period)
        now, mine, facts = self._peer_counts(target, code, period, peers)
        before, then, facts_before = self._peer_counts(target, code, baseline, peers)
        numbers = rank_change_rule(target.op)(
            *mine, *then, facts.better, facts.unknown, facts_before.better,
            facts_before.unknown, facts.peers, target.places,
        )  # fmt: skip
        return results.rank_change_result(
            target, code, period, baseline, Decided.of(numbers, NAME), (now, before),
            (facts, facts_before), self.min_coverage,
        )  # fmt: skip
