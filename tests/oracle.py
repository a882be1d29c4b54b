"""An independent oracle for plan evaluation: plain recursion over plain Fractions.

Written from the contract (``shared/docs/semantics.md`` §3-§8 and §11) and
``docs/evaluation.md``, not from the library's evaluators: it imports only model objects
(targets, indicators, periods, the dated tree) from the top-level package. Its rows have
the essence of ``cchc_model.batch.evaluate_many(...).table``.

Where the contract leaves a reporting convention open, the convention was found by
black-box observation of the library on tiny hand-made cases (and in
``tests/test_evaluation.py``); each is marked **Observed** where it is applied.

Observed reporting conventions, in one place:

* rows: one per result and per part; a part row has ``depth + 1`` and its parent's target
  id. The parts of an "each" scope carry the target's own id and the unit's code; the parts
  of a share are the condition evaluated at each unit (its id, the unit's code); the
  parts of a compound are its sub-targets at the same code; the parts of a target met at
  each member of a breakdown (``each_member``) carry its id and code, one per member.
  Rows come in no order.
* ``observed``: a value in the indicator's unit (percent for a percent ratio); a level's
  index for an ordinal; None for yes/no (``flag`` holds it); the change (a proportion
  when relative); a rank, only when no peer is unknown; a share of units in percent,
  only when no unit is unknown; the number of parts met for a compound (even when it is
  not applicable); None for an "each" scope.
* ``gap``: 0 when met; None when not applicable or unknown (but a rank: see there);
  otherwise ``|v - x|`` for comparisons (also for ``=``, ``>`` and ``<``: 0 at the
  threshold), the distance to the nearer end for a between, the number of levels for an
  ordinal, ``|change - delta|`` for a change; None for yes/no, compounds and "each".
* ``coverage``: None for a direct observation; children reported of children expected
  for a spatial roll-up; days covered of the period's days for a temporal roll-up; units
  with a value of units at the level for a pooled scope; see "each", share and rank.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

import attrs

from cchc_model import (
    AllOf,
    Amount,
    AnyOf,
    AtLeast,
    Between,
    Change,
    Direction,
    Hierarchy,
    Indicator,
    Level,
    MeasureKind,
    Op,
    Ordinal,
    Period,
    Plan,
    Rank,
    RankChange,
    Scope,
    ScopeMode,
    Share,
    SpatialRule,
    TemporalRule,
)

MET, NOT_MET, UNKNOWN, NA = "met", "not_met", "unknown", "not_applicable"
DIMENSION_FREE = {"indicator", "code", "period", "basis", "value", "numerator", "denominator"}
DIMENSION_FREE |= {"weight", "unit", "source", "members"}


@dataclass(frozen=True)
class Row:
    """One row of the essence of the batch table."""

    root: str
    target: str
    parent: str | None
    depth: int
    code: str
    period: str
    status: str
    observed: Fraction | None
    flag: bool | None
    gap: Fraction | None
    coverage: Fraction | None


@dataclass(frozen=True)
class Reading:
    """What is known of an indicator at a unit in a period (§3, §5)."""

    value: Fraction | bool | None = None  # None: no value
    pair: tuple[Fraction, Fraction] | None = None  # the additive pair, when it can be pooled
    na: bool = False  # a ratio over a denominator of 0: nothing to measure (§3)
    share: bool = False  # a yes/no rolled up as a share of units true: a proportion
    coverage: Fraction | None = None

    @property
    def reported(self) -> bool:
        # §5: children whose ratio denominator is 0 count as reported
        return self.na or self.value is not None


@dataclass
class Result:
    target: str
    code: str
    status: str
    observed: Fraction | None = None
    flag: bool | None = None
    gap: Fraction | None = None
    coverage: Fraction | None = None
    parts: tuple[Result, ...] = ()
    period: str | None = None  # None: the period of the result it is a part of


def _holds(op: Op, left: Fraction, right: Fraction) -> bool:
    """§6, §8: ``left op right``, exactly."""
    if op is Op.GE:
        return left >= right
    if op is Op.GT:
        return left > right
    if op is Op.LE:
        return left <= right
    return left < right if op is Op.LT else left == right


def _exact(text: Any) -> Fraction:
    """§8: a value is read exactly; a float by its shortest decimal (str of a float)."""
    return Fraction(str(text).strip())


def _per_proportion(indicator: Indicator) -> Fraction:
    """How many of the ratio's unit make one (1 proportion = 100 percent)."""
    return Amount(1, "proportion").in_unit(indicator.unit)


def read(indicator: Indicator, record: Mapping[str, Any]) -> Reading:
    """One observation (§3, §4; docs "Choices" for reading observations)."""
    kind = indicator.measure
    if kind is MeasureKind.RATIO:
        if record.get("numerator") is not None:
            num, den = _exact(record["numerator"]), _exact(record["denominator"])
            if den == 0:
                return Reading(na=True, pair=(num, den))
            return Reading(value=num / den * _per_proportion(indicator), pair=(num, den))
        # a value with a weight pools as (value·weight, weight); a bare value cannot pool
        value, weight = _exact(record["value"]), record.get("weight")
        if weight is None:
            return Reading(value=value)
        weight = _exact(weight)
        return Reading(value=value, pair=(value / _per_proportion(indicator) * weight, weight))
    if kind is MeasureKind.BOOLEAN:
        truth = str(record["value"]).strip().lower() in ("true", "yes", "1", "có", "đúng")
        return Reading(value=truth, pair=(Fraction(int(truth)), Fraction(1)))  # (true, units)
    if kind is MeasureKind.ORDINAL:
        return Reading(value=Fraction(indicator.levels.index(str(record["value"]))))
    # count, amount, score: a weighted mean pools (value·weight, weight), weight 1 if absent
    value = _exact(record["value"])
    weight = _exact(record.get("weight") or 1)
    return Reading(value=value, pair=(value * weight, weight))


class Oracle:
    """Evaluates a plan for one period on the tree of that period."""

    def __init__(
        self,
        indicators: Iterable[Indicator],
        records: Iterable[Mapping[str, Any]],
        tree: Hierarchy,
        min_coverage: Fraction,
    ) -> None:
        by_id = {i.id: i for i in indicators}
        self.tree, self.min_coverage = tree, min_coverage
        # (indicator, code, basis, members) -> {period: reading}
        self.obs: dict[tuple[Any, ...], dict[Period, Reading]] = {}
        for rec in records:
            indicator = by_id[rec["indicator"]]
            members = frozenset(
                (k, str(v)) for k, v in rec.items() if k not in DIMENSION_FREE and v is not None
            )
            key = (indicator.id, rec["code"], rec.get("basis") or "territory", members)
            self.obs.setdefault(key, {})[Period.parse(rec["period"])] = read(indicator, rec)
        self._memo: dict[tuple[Any, ...], Reading] = {}

    # -- §5 aggregation ---------------------------------------------------------------

    def _series(self, ind: Indicator, members: frozenset, code: str, basis: str) -> dict:
        return self.obs.get((ind.id, code, basis, members), {})

    def _basis(
        self, ind: Indicator, members: frozenset, code: str, period: Period, basis: str
    ) -> Reading | None:
        """A direct observation on one basis, else its sub-periods rolled up; None if neither.

        docs "Roll-ups": four quarters make a year; the coverage of a temporal roll-up is
        the share of the period's days covered by sub-period observations.
        """
        series = self._series(ind, members, code, basis)
        if period in series:
            return series[period]
        subs = sorted((p for p in series if p != period and p in period), key=lambda p: p.end)
        if not subs:
            return None
        coverage = Fraction(sum(p.days for p in subs), period.days)
        if coverage < self.min_coverage:
            return Reading(coverage=coverage)
        readings = [series[p] for p in subs]
        rule = ind.temporal
        if rule is TemporalRule.LAST:  # the whole last observation, its weight included
            return replace(readings[-1], coverage=coverage)
        if rule is TemporalRule.RATIO_OF_SUMS:
            return replace(self._ratio(ind, readings), coverage=coverage)
        values = [r.value for r in readings]
        if rule is TemporalRule.SUM:
            # §3: the sum of the values, whatever their weights. Observed: in a weighted
            # mean across space it weighs the sum of its sub-periods' weights.
            total = sum(values, Fraction(0))
            if any(r.pair is None for r in readings):
                return Reading(value=total, coverage=coverage)
            weight = sum((r.pair[1] for r in readings), Fraction(0))
            return Reading(value=total, pair=(total * weight, weight), coverage=coverage)
        # docs/evaluation.md (Roll-ups): a mean over time has no weight of its own, so it
        # cannot enter a weighted mean across space (no pair); it pools in a sum, a mean,
        # a min or a max.
        if rule is TemporalRule.MEAN:
            return Reading(value=sum(values, Fraction(0)) / len(values), coverage=coverage)
        return Reading(coverage=coverage)  # not aggregatable over time

    def _ratio(self, ind: Indicator, readings: list[Reading]) -> Reading:
        """§3/§5 ratio of sums: numerators and denominators summed, divided once."""
        if any(r.pair is None for r in readings):
            return Reading()  # a bare value without a weight cannot be pooled (docs)
        num = sum((r.pair[0] for r in readings), Fraction(0))
        den = sum((r.pair[1] for r in readings), Fraction(0))
        if den == 0:
            return Reading(na=True, pair=(num, den))  # §3: adds 0/0, nothing to measure
        return Reading(value=num / den * _per_proportion(ind), pair=(num, den))

    def _pool(self, ind: Indicator, readings: list[Reading]) -> Reading:
        """The indicator's spatial rule over the readings that have a value (§3, §5)."""
        if not readings:
            return Reading()  # Observed: nothing reported is no value, even at min_coverage 0
        rule = ind.spatial
        if rule is SpatialRule.RATIO_OF_SUMS:
            return self._ratio(ind, readings)
        if rule is SpatialRule.WEIGHTED_MEAN:  # §5: (value·weight, weight) summed
            if any(r.pair is None for r in readings):
                return Reading()
            num = sum((r.pair[0] for r in readings), Fraction(0))
            den = sum((r.pair[1] for r in readings), Fraction(0))
            return Reading(value=num / den, pair=(num, den))
        if rule is SpatialRule.SHARE_TRUE:
            # §5: a rule that ends in a division sums an additive pair up the tree: (units
            # true, units), so a share of shares is the share of all the units below.
            # Observed: the value is a proportion, which a yes/no target cannot decide.
            num = sum((r.pair[0] for r in readings), Fraction(0))
            den = sum((r.pair[1] for r in readings), Fraction(0))
            return Reading(value=num / den, pair=(num, den), share=True)
        values = [r.value for r in readings]
        if rule is SpatialRule.SUM:
            return Reading(value=sum(values, Fraction(0)))
        if rule is SpatialRule.MEAN:
            return Reading(value=sum(values, Fraction(0)) / len(values))
        if rule is SpatialRule.MIN:
            return Reading(value=min(values))
        if rule is SpatialRule.MAX:
            return Reading(value=max(values))
        if rule is SpatialRule.ALL:
            return Reading(value=all(values))
        if rule is SpatialRule.ANY:
            return Reading(value=any(values))
        return Reading()  # SpatialRule.NONE: not aggregatable

    def own(self, ind: Indicator, members: frozenset, code: str, period: Period) -> Reading:
        """own(J) (§4, §6 pooled scopes). docs: a unit without children has one basis."""
        found = self._basis(ind, members, code, period, "own")
        if found is None and not self.tree.children(code):
            found = self._basis(ind, members, code, period, "territory")
        return found or Reading()

    def territory(self, ind: Indicator, members: frozenset, code: str, period: Period) -> Reading:
        """§5: territory(J) = a direct territory observation (docs: or J's sub-periods);
        otherwise the spatial rule over own(J) and territory(each child)."""
        key = (ind.id, members, code, period)
        if key not in self._memo:
            self._memo[key] = self._territory(ind, members, code, period)
        return self._memo[key]

    def _territory(self, ind: Indicator, members: frozenset, code: str, period: Period) -> Reading:
        found = self._basis(ind, members, code, period, "territory")
        if found is not None:
            return found
        children = self.tree.children(code)
        if not children:  # docs: own observations serve as the territory of a leaf
            return self._basis(ind, members, code, period, "own") or Reading()
        readings = [self.territory(ind, members, c.code, period) for c in children]
        reported = [r for r in readings if r.reported]
        coverage = Fraction(len(reported), len(children))  # §5 coverage
        if coverage < self.min_coverage:
            return Reading(coverage=coverage)
        own = self._basis(ind, members, code, period, "own")
        if own is not None and own.reported:
            reported.append(own)
        return replace(self._pool(ind, reported), coverage=coverage)

    def units_at(self, code: str, level: Level) -> list[str]:
        """Units at a level under J; Observed: J itself when J is at that level."""
        if self.tree.get(code).level is level:
            return [code]
        return [u.code for u in self.tree.descendants(code, level=level)]

    def value(self, target: Any, code: str, period: Period) -> Reading:
        """v for a target on an indicator at J: its territory, or the pooled scope (§6)."""
        ind, members = target.indicator, frozenset(target.members)
        if target.scope.mode is not ScopeMode.POOLED:
            return self.territory(ind, members, code, period)
        units = self.units_at(code, target.scope.level)
        if not units:  # §3, §7: nothing to pool is nothing to measure, as for "each"
            return Reading(na=True)
        readings = [self.own(ind, members, u, period) for u in units]
        reported = [r for r in readings if r.reported]
        coverage = Fraction(len(reported), len(units))
        if coverage < self.min_coverage:
            return Reading(coverage=coverage)
        return replace(self._pool(ind, reported), coverage=coverage)

    # -- §6, §7 targets -----------------------------------------------------------------

    def evaluate(self, target: Any, code: str, period: Period) -> Result:
        timed = self._own_timing(target, code, period)
        if timed is not None:
            return timed
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
        if isinstance(target, Change):
            return self._change(target, code, period)
        if getattr(target, "each_member", None) is not None:
            return self._each_member(target, code, period)
        if getattr(target, "within", None) is not None:
            return self._decide(target, code, self._sub_quota(target, code, period))
        return self._decide(target, code, self.value(target, code, period))

    def _each_member(self, target: Any, code: str, period: Period) -> Result:
        """§12.4 "của từng lĩnh vực": the all of the target at each member of the named
        dimension, one part per member (like an "each" scope's units, coverage included)."""
        dimension = next(d for d in target.indicator.dimensions if d.id == target.each_member)
        parts = []
        for member in dimension.members:
            at_member = (*target.members, (dimension.id, member))
            copy = attrs.evolve(target, members=at_member, each_member=None)
            parts.append(self.evaluate(copy, code, period))
        statuses = [p.status for p in parts]
        done = Result(target.id, code, _kleene(statuses, None), parts=tuple(parts))
        if parts:
            done.coverage = Fraction(len(parts) - statuses.count(UNKNOWN), len(parts))
        return done

    def _sub_quota(self, target: Any, code: str, period: Period) -> Reading:
        """§12.2 "trong đó": the share is taken of the base's count, not of the target's own
        denominator: Σ own numerators / Σ base numerators, each pooled over the same scope,
        breakdown and period (§5); in the target indicator's unit.

        A base counting nothing (0, or a denominator of 0) is nothing to measure, as a
        ratio over 0 is (§3); a count missing on either side is no value. The coverage is
        the lower of the two.
        """
        own = self.value(target, code, period)
        base = self.value(_Measured(target.within, target.scope, target.members), code, period)
        found = [r.coverage for r in (own, base) if r.coverage is not None]
        coverage = min(found) if found else None

        def count(reading: Reading) -> Fraction | None:
            if not reading.reported or reading.pair is None:
                return None
            return reading.pair[0]

        if base.na or count(base) == 0:
            return Reading(na=True, coverage=coverage)
        mine, theirs = count(own), count(base)
        if mine is None or theirs is None:
            return Reading(coverage=coverage)
        return Reading(value=mine / theirs * _per_proportion(target.indicator), coverage=coverage)

    def _own_timing(self, target: Any, code: str, period: Period) -> Result | None:
        """§12.1, §12.5 and docs/evaluation.md: a window W is read when it lies within the
        evaluated period (else not applicable); a deadline d cuts what is read to the end of
        the latest period reported that ends by d (to d when none does; not applicable when
        d comes before what is read); a recurrence is the all of the
        calendar years, halves, quarters or months lying wholly within what is read, each
        reported with its own period. None: the target's timing changes nothing here."""
        due, window, every = target.deadline, target.period, target.every
        day = timedelta(days=1)
        if window is None and every is None and (due is None or due >= period.end - day):
            return None
        start, end = period.start, period.end
        if window is not None:
            if window.start < start or window.end > end:
                return Result(target.id, code, NA)
            start, end = window.start, window.end
        if due is not None and due < end - day:
            if due < start:
                return Result(target.id, code, NA)
            # §12.5: the periods that end by the deadline; the latest of them reported for
            # the target's indicators (any unit) ends the reading, else the deadline does
            ids = {i.id for i in target.indicators()}
            ended = [
                p.end
                for key, series in self.obs.items()
                if key[0] in ids
                for p in series
                if p.start >= start and p.end <= due + day
            ]
            end = due + day if every is not None else max(ended, default=due + day)
        read = Period(start, end)
        plain = attrs.evolve(target, period=None, every=None, deadline=None)
        if every is None:
            inner = self.evaluate(plain, code, read)
            parts = tuple(replace(p, period=p.period or read.label) for p in inner.parts)
            return replace(inner, parts=parts)
        months = {"year": 12, "half": 6, "quarter": 3, "month": 1}[every.value]
        found, first = [], date(start.year, 1, 1)
        while first < end:
            index = first.month - 1 + months  # months since January of first's year
            nxt = date(first.year + index // 12, index % 12 + 1, 1)
            if start <= first and nxt <= end:
                found.append(Period(first, nxt))
            first = nxt
        parts = tuple(
            replace(self.evaluate(plain, code, each), period=each.label) for each in found
        )
        statuses = [p.status for p in parts]
        return Result(
            target.id, code, _kleene(statuses, None), Fraction(statuses.count(MET)), parts=parts
        )

    def _decide(self, target: Any, code: str, reading: Reading) -> Result:
        """Comparison, between and ordinal on one reading (§6, §8: exact comparisons)."""
        done = Result(target.id, code, UNKNOWN, coverage=reading.coverage)
        if reading.na:
            done.status = NA
            return done
        if reading.value is None:
            return done
        if reading.share:  # docs/evaluation.md: a share of units true decides no yes/no
            done.observed = reading.value
            return done
        v = reading.value
        if target.indicator.measure is MeasureKind.BOOLEAN:
            done.flag, done.status = v, MET if v == target.threshold else NOT_MET
            return done
        if isinstance(target, Between):
            lo, hi = target.low_value, target.high_value
            above = v > lo or (v == lo and target.low_inclusive)
            below = v < hi or (v == hi and target.high_inclusive)
            met = above and below
            gap = Fraction(0) if met else (lo - v if not above else v - hi)
        else:
            x = (
                Fraction(target.indicator.levels.index(target.level))
                if isinstance(target, Ordinal)
                else target.threshold_value
            )
            met = _holds(target.op, v, x)
            gap = Fraction(0) if met else abs(v - x)
        done.status, done.observed, done.gap = MET if met else NOT_MET, v, gap
        return done

    def _change(self, target: Change, code: str, period: Period) -> Result:
        """§6: v(P) − v(B) op x, or (v(P) − v(B)) / v(B) op r; B is the previous period.

        Observed: coverage is not reported; not applicable on either side wins over unknown;
        a relative change from a baseline of 0 is not applicable.
        """
        now = self.value(target, code, period)
        then = self.value(target, code, target.baseline or period.previous())
        done = Result(target.id, code, UNKNOWN)
        if now.na or then.na:
            done.status = NA
            return done
        if now.value is None or then.value is None:
            return done
        change = now.value - then.value
        if target.relative:
            if then.value == 0:
                done.status = NA
                return done
            change /= then.value
        met = _holds(target.op, change, target.delta_value)
        done.status, done.observed = MET if met else NOT_MET, change
        done.gap = Fraction(0) if met else abs(change - target.delta_value)
        return done

    def _each(self, target: Any, code: str, period: Period) -> Result:
        """§6 "level L, each": one result per unit, overall = all of them.

        Observed: coverage = parts not unknown / parts (None without parts).
        """
        units = self.units_at(code, target.scope.level)
        parts = tuple(self.evaluate(replace_scope(target), u, period) for u in units)
        statuses = [p.status for p in parts]
        done = Result(target.id, code, _kleene(statuses, None), parts=parts)
        if parts:
            done.coverage = Fraction(len(parts) - statuses.count(UNKNOWN), len(parts))
        return done

    def _compound(self, target: Any, code: str, period: Period) -> Result:
        """§7 three-valued logic; docs: at least n counts n against the parts as written."""
        parts = tuple(self.evaluate(p, code, period) for p in target.parts)
        statuses = [p.status for p in parts]
        n = {AllOf: None, AnyOf: 1}.get(type(target), getattr(target, "n", None))
        done = Result(target.id, code, _kleene(statuses, n), parts=parts)
        done.observed = Fraction(statuses.count(MET))  # Observed: the parts met
        return done

    def _share(self, target: Share, code: str, period: Period) -> Result:
        """§7 share: with u unknown among n applicable units the share lies in
        [a/n, (a+u)/n]; MET if every share in it meets the threshold, NOT_MET if none does.

        Observed: coverage = decided / applicable units; observed in percent when u = 0;
        gap only for a floor (≥, >): threshold − (a+u)/n in percentage points.
        """
        units = self.units_at(code, target.level)
        parts = tuple(self.evaluate(target.condition, u, period) for u in units)
        statuses = [p.status for p in parts if p.status != NA]
        done = Result(target.id, code, NA, parts=parts)
        n = len(statuses)
        if n == 0:
            return done
        a, u = statuses.count(MET), statuses.count(UNKNOWN)
        lo, hi, x = Fraction(a, n), Fraction(a + u, n), target.threshold_value
        if target.op is Op.EQ:
            met, failed = lo == hi == x, not lo <= x <= hi
        else:
            met = _holds(target.op, lo, x) and _holds(target.op, hi, x)
            failed = not _holds(target.op, lo, x) and not _holds(target.op, hi, x)
        done.status = MET if met else NOT_MET if failed else UNKNOWN
        done.coverage = Fraction(n - u, n)
        done.observed = lo * 100 if u == 0 else None
        if done.status == MET:
            done.gap = Fraction(0)
        elif done.status == NOT_MET and target.op in (Op.GE, Op.GT):
            done.gap = (x - hi) * 100
        return done

    def _peers(self, target: Any, code: str) -> list[str]:
        """The listed peers and the unit itself, else its siblings (itself included)."""
        if target.peers:
            return sorted(set(target.peers) | {code})
        parent = self.tree.get(code).parent
        return [c.code for c in self.tree.children(parent)] if parent else [code]

    def _places(self, target: Any, code: str, period: Period, peers: list[str]):
        """(own reading, best rank, worst rank): competition ranking in the indicator's
        direction, every unknown peer placed below (best) or above (worst)."""
        ind, members = target.indicator, frozenset(target.members)
        mine = self.territory(ind, members, code, period)
        if mine.na or mine.value is None:
            return mine, None, None
        others = [self.territory(ind, members, p, period) for p in peers if p != code]
        lower = ind.direction is Direction.LOWER_IS_BETTER
        better = sum(
            1
            for r in others
            if r.value is not None and (r.value < mine.value if lower else r.value > mine.value)
        )
        unknown = sum(1 for r in others if not r.reported)
        return mine, 1 + better, 1 + better + unknown

    def _rank(self, target: Rank, code: str, period: Period) -> Result:
        """§6/§7 rank: competition ranking in the indicator's direction; MET if the rank is
        ≤ K with every unknown peer placed above, NOT_MET if > K with them placed below.

        Peers: the listed ones and the unit itself, else its siblings (itself included).
        Observed: a peer with nothing to measure is reported but not ranked; coverage =
        peers reported / peers; observed is the rank when no peer is unknown; gap = places
        still to climb with the unknown peers placed below (0 when MET).
        docs/phrases.md "tốp đầu": K = the smallest whole number ≥ top × peers.
        """
        peers = self._peers(target, code)
        mine, best, worst = self._places(target, code, period, peers)
        done = Result(target.id, code, UNKNOWN)
        if mine.na:
            done.status = NA
            return done
        if best is None or worst is None:
            return done
        k = target.k
        if k is None:
            k = 1
            while k < target.top_value * len(peers):
                k += 1
        unknown = worst - best
        done.status = MET if worst <= k else NOT_MET if best > k else UNKNOWN
        done.coverage = Fraction(len(peers) - unknown, len(peers))
        done.observed = Fraction(best) if unknown == 0 else None
        done.gap = Fraction(max(0, best - k))
        return done

    def _rank_change(self, target: Any, code: str, period: Period) -> Result:
        """Rank movement (docs/phrases.md): improvement = rank at the baseline − rank now,
        among the same peers; decided only when every possible pair of ranks agrees.

        Observed: NOT_APPLICABLE in either period wins over unknown; observed is the
        improvement when no peer is unknown in either period; gap = how far the nearest
        possible improvement is from the places asked (0 when MET, None when UNKNOWN);
        coverage = known peer readings over both periods.
        """
        peers = self._peers(target, code)
        baseline = target.baseline or period.previous()
        now, best, worst = self._places(target, code, period, peers)
        then, best0, worst0 = self._places(target, code, baseline, peers)
        done = Result(target.id, code, UNKNOWN)
        if now.na or then.na:
            done.status = NA
            return done
        if best is None or worst is None or best0 is None or worst0 is None:
            return done
        possible = [r0 - r1 for r0 in range(best0, worst0 + 1) for r1 in range(best, worst + 1)]
        holding = [_holds(target.op, Fraction(d), Fraction(target.places)) for d in possible]
        done.status = MET if all(holding) else NOT_MET if not any(holding) else UNKNOWN
        if len(set(possible)) == 1:
            done.observed = Fraction(possible[0])
        if done.status == MET:
            done.gap = Fraction(0)
        elif done.status == NOT_MET:
            done.gap = Fraction(min(abs(d - target.places) for d in possible))
        unknown = (worst - best) + (worst0 - best0)
        done.coverage = Fraction(2 * len(peers) - unknown, 2 * len(peers))
        return done


def _kleene(statuses: list[str], n: int | None) -> str:
    """§7 at least n (all of: n = the applicable parts; any of: n = 1); parts that are not
    applicable are dropped, and a compound whose parts are all dropped is not applicable."""
    applicable = [s for s in statuses if s != NA]
    if not applicable:
        return NA
    need = len(applicable) if n is None else n
    met, unknown = applicable.count(MET), applicable.count(UNKNOWN)
    return MET if met >= need else NOT_MET if met + unknown < need else UNKNOWN


@dataclass(frozen=True)
class _Measured:
    """What ``Oracle.value`` reads of a target: the base of a sub-quota, measured where the
    sub-quota is."""

    indicator: Indicator
    scope: Scope
    members: tuple[tuple[str, str], ...]


def replace_scope(target: Any) -> Any:
    """The same target measured at a unit itself (the parts of an "each" scope)."""
    return attrs.evolve(target, scope=Scope.self_())


def flatten(result: Result, root: str, period: str, depth: int = 0, parent: str | None = None):
    """A result and its parts, depth first, as rows."""
    r = result
    period = r.period or period  # a part read on its own period says so (§12.1)
    where = (root, r.target, parent, depth, r.code, period)
    yield Row(*where, r.status, r.observed, r.flag, r.gap, r.coverage)
    for part in r.parts:
        yield from flatten(part, root, period, depth + 1, r.target)


def evaluate_plan(
    plan: Plan,
    records: Iterable[Mapping[str, Any]],
    hierarchy: Hierarchy,
    *,
    roots: Iterable[str],
    periods: Iterable[Period | str],
    min_coverage: Fraction | str = Fraction(1),
) -> list[Row]:
    """Every row for every root and period; each period on the tree of its last day (§1)."""
    records, rows = list(records), []
    for period in map(Period.parse, periods):
        tree = hierarchy.as_of(period.last_day)
        oracle = Oracle(plan.indicators, records, tree, Fraction(min_coverage))
        for root in roots:
            for target in plan.targets:
                rows.extend(flatten(oracle.evaluate(target, root, period), root, period.label))
    return rows
