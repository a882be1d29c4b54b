"""Evaluate a plan against data: four statuses, three-valued logic (SEMANTICS.md §7).

>>> import cchc_model as cm
>>> from cchc_model.io.observations import Observation, ObservationSet
>>> from cchc_model.evaluation import evaluate
>>> plan = cm.load("examples/000-thanh-hoa-2021.yaml")
>>> sat = plan.indicators[0]
>>> data = ObservationSet([Observation(indicator=sat.id, code="38", period="2021", value="85")],
...                      plan.indicators)
>>> result = evaluate(plan, data).result("satisfaction")
>>> print(result.status.value, result.reason)
met Observed 85 % against ≥ 85 %.

Statuses: MET, NOT_MET, UNKNOWN (data missing or coverage too low) and
NOT_APPLICABLE (nothing to measure, such as a ratio whose denominator is 0).

* all of: NOT_MET if any part is NOT_MET; MET if all are MET; else UNKNOWN.
* any of: MET if any part is MET; NOT_MET if all are NOT_MET; else UNKNOWN.
* at least n: with a MET and u UNKNOWN among applicable parts, MET if a ≥ n, NOT_MET if
  a + u < n, else UNKNOWN.
* share: with unknown units the share lies in [a/n, (a+u)/n]; MET if every share in
  that range meets the threshold, NOT_MET if none does, else UNKNOWN.
* rank: MET if the rank is ≤ K even with every unknown peer placed above; NOT_MET if it
  is > K even with every unknown peer placed below; else UNKNOWN.
* NOT_APPLICABLE parts are dropped; a compound whose parts are all dropped is
  NOT_APPLICABLE.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date
from fractions import Fraction
from typing import Any, Literal

import attrs

from ._gc import paused_gc
from .engines.reference.aggregation import Aggregator, Disagreement, Policy, Rollup
from .exceptions import CchcError
from .io.observations import ObservationSet
from .model.areas import ReformArea
from .model.indicators import Direction, Indicator, MeasureKind
from .model.jurisdictions import Hierarchy, Level, national_hierarchy
from .model.periods import Period
from .model.plans import Plan
from .model.targets import (
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
from .model.units import format_number, unit_symbol

__all__ = [
    "VECTORISED_MIN_ROWS",
    "Evaluation",
    "Result",
    "Status",
    "combine",
    "evaluate",
    "evaluate_target",
]


class Status(enum.Enum):
    """The outcome of a target."""

    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not_applicable"


@attrs.frozen
class Result:
    """The outcome of one target for one jurisdiction and period.

    Attributes:
        target: The target evaluated.
        code: The jurisdiction it was evaluated for.
        period: The period.
        status: MET, NOT_MET, UNKNOWN or NOT_APPLICABLE.
        observed: The value found, in the indicator's canonical unit (a level name for
            an ordinal, a rank for a rank target, a share for a share target).
        unit: The unit of ``observed`` and ``gap``.
        gap: What is still missing to meet the target, in ``unit``; 0 when met.
        coverage: The share of expected parts that had a value, where a roll-up was used.
        reason: One sentence a person can read.
        parts: The results this one was built from (per unit, per part).
        warnings: Things worth knowing that do not change the status.
    """

    target: Target
    code: str
    period: Period
    status: Status
    observed: Fraction | bool | str | None = None
    unit: str | None = None
    gap: Fraction | None = None
    coverage: Fraction | None = None
    reason: str = ""
    parts: tuple[Result, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def target_id(self) -> str:
        """The id of the target."""
        return self.target.id

    @property
    def aspirational(self) -> bool:
        """Whether the target is aspirational ("phấn đấu")."""
        return self.target.aspirational

    @property
    def area(self) -> ReformArea | None:
        """The target's reform area, else its indicator's."""
        if self.target.area is not None:
            return self.target.area
        indicator = getattr(self.target, "indicator", None)
        return indicator.area if isinstance(indicator, Indicator) else None

    def walk(self) -> Iterator[Result]:
        """This result and every result it was built from, depth first."""
        yield self
        for part in self.parts:
            yield from part.walk()

    def __str__(self) -> str:
        return f"{self.target.id} [{self.code}, {self.period}]: {self.status.value} — {self.reason}"


def combine(statuses: Sequence[Status], needed: int | None = None) -> Status:
    """Three-valued "at least ``needed`` of" (``None``: all of) over statuses.

    NOT_APPLICABLE parts are dropped first; with none left the result is NOT_APPLICABLE.
    """
    applicable = [s for s in statuses if s is not Status.NOT_APPLICABLE]
    if not applicable:
        return Status.NOT_APPLICABLE
    n = len(applicable) if needed is None else needed
    met = sum(s is Status.MET for s in applicable)
    unknown = sum(s is Status.UNKNOWN for s in applicable)
    if met >= n:
        return Status.MET
    if met + unknown < n:
        return Status.NOT_MET
    return Status.UNKNOWN


def show(value: Fraction | bool | str | None, unit: str | None = None) -> str:
    """A value for a sentence: exact when short, else rounded to two decimals (≈)."""
    if value is None:
        return "no value"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return value
    text = format_number(value)
    if len(text) > 8 or "/" in text:
        text = "≈" + format_number(Fraction(round(value * 100), 100))
    symbol = unit_symbol(unit)
    return f"{text} {symbol}" if symbol else text


class _Engine:
    def __init__(self, aggregator: Aggregator, tree: Hierarchy) -> None:
        self.aggregator = aggregator
        self.tree = tree
        # Keyed by identity, holding the target so that its id cannot be reused meanwhile.
        self._statements: dict[int, tuple[Target, str]] = {}

    # --- dispatch --------------------------------------------------------------------

    def evaluate(self, target: Target, code: str, period: Period) -> Result:
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

    def _measure(
        self, target: Comparison | Between | Ordinal | Change | Rank, code: str, period: Period
    ) -> Rollup:
        indicator = target.indicator
        scope = target.scope
        if scope.mode is ScopeMode.POOLED and scope.level is not None:
            return self.aggregator.pooled(indicator, code, scope.level, period, target.members)
        return self.aggregator.territory(indicator, code, period, target.members)

    def _unknown_reason(self, target: Any, code: str, period: Period, rollup: Rollup) -> str:
        what = f"{target.indicator.id} for {code} in {period}"
        if rollup.how == "missing":
            return f"No value for {what}: nothing observed and nothing to roll up."
        if rollup.coverage is not None and rollup.expected:
            missing = ", ".join(rollup.missing[:5]) + (" …" if len(rollup.missing) > 5 else "")
            return (
                f"No value for {what}: {rollup.reported} of {rollup.expected} units reported "
                f"(coverage {show(rollup.coverage * 100, 'percent')}), below the required "
                f"{show(self.aggregator.policy.min_coverage * 100, 'percent')}"
                + (f"; missing {missing}." if missing else ".")
            )
        if rollup.coverage is not None:
            return (
                f"No value for {what}: sub-periods cover {show(rollup.coverage * 100, 'percent')}"
                " of the period, or cannot be rolled up."
            )
        return f"No value for {what}: the observations cannot be rolled up."

    def _on_value(
        self, target: Comparison | Between | Ordinal, code: str, period: Period
    ) -> Result:
        rollup = self._measure(target, code, period)
        base = Result(
            target=target,
            code=code,
            period=period,
            status=Status.UNKNOWN,
            unit=target.indicator.unit,
            coverage=rollup.coverage,
        )
        if rollup.not_applicable:
            return attrs.evolve(
                base,
                status=Status.NOT_APPLICABLE,
                reason=f"Nothing to measure for {target.indicator.id} in {code}: "
                "the denominator is 0.",
            )
        value = rollup.value
        if value is None:
            return attrs.evolve(base, reason=self._unknown_reason(target, code, period, rollup))
        where = _pooled_note(target.scope, rollup)
        if isinstance(target, Ordinal):
            return self._ordinal(target, base, value, where)
        if isinstance(target, Comparison) and isinstance(target.threshold, bool):
            if not isinstance(value, bool):
                return attrs.evolve(
                    base,
                    observed=value,
                    reason=f"{target.indicator.id} in {code} is a share of units, not yes/no; "
                    "use a share target.",
                )
            met = value is target.threshold
            return attrs.evolve(
                base,
                status=Status.MET if met else Status.NOT_MET,
                observed=value,
                reason=f"Observed {show(value)}{where} against {target}.",
            )
        if not isinstance(value, Fraction):
            return attrs.evolve(base, observed=value, reason=f"{value!r} is not a number.")
        met, gap = _check_value(target, value)
        unit = target.indicator.unit
        reason = f"Observed {show(value, unit)}{where} against {self._statement(target)}"
        if met:
            reason += "."
        elif gap == 0:
            reason += ": at the threshold, which must be passed."
        else:
            reason += f": {show(gap, unit)} short."
        return Result(
            target=target,
            code=code,
            period=period,
            status=Status.MET if met else Status.NOT_MET,
            observed=value,
            unit=unit,
            gap=Fraction(0) if met else gap,
            coverage=rollup.coverage,
            reason=reason,
        )

    def _statement(self, target: Target) -> str:
        """How a target reads, computed once per target."""
        entry = self._statements.get(id(target))
        if entry is None or entry[0] is not target:
            entry = (target, str(target))
            self._statements[id(target)] = entry
        return entry[1]

    def _ordinal(self, target: Ordinal, base: Result, value: Any, where: str) -> Result:
        levels = target.indicator.levels
        if value not in levels:
            return attrs.evolve(base, observed=value, reason=f"{value!r} is not a level.")
        observed = Fraction(levels.index(value))
        met = target.op.holds(observed, Fraction(target.level_index))
        steps = abs(target.level_index - levels.index(value))
        return attrs.evolve(
            base,
            status=Status.MET if met else Status.NOT_MET,
            observed=value,
            unit=None,
            gap=Fraction(0) if met else Fraction(steps),
            reason=f"Observed {value}{where} against {target}"
            + ("." if met else f": {steps} level(s) away."),
        )

    def _change(self, target: Change, code: str, period: Period) -> Result:
        baseline = target.baseline or period.previous()
        now = self._measure(target, code, period)
        before = self._measure(target, code, baseline)
        base = Result(
            target=target,
            code=code,
            period=period,
            status=Status.UNKNOWN,
            unit="proportion" if target.relative else target.indicator.unit,
        )
        if now.not_applicable or before.not_applicable:
            return attrs.evolve(
                base, status=Status.NOT_APPLICABLE, reason="Nothing to measure: a denominator is 0."
            )
        if not isinstance(now.value, Fraction) or not isinstance(before.value, Fraction):
            missing = period if not isinstance(now.value, Fraction) else baseline
            rollup = now if missing is period else before
            return attrs.evolve(base, reason=self._unknown_reason(target, code, missing, rollup))
        change = now.value - before.value
        if target.relative:
            if before.value == 0:
                return attrs.evolve(
                    base,
                    status=Status.NOT_APPLICABLE,
                    reason=f"No relative change from a baseline of 0 in {baseline}.",
                )
            change = change / before.value
        met = target.op.holds(change, target.delta_value)
        gap = Fraction(0) if met else abs(target.delta_value - change)
        unit = base.unit
        shown = show(change * 100, "percent") if target.relative else show(change, unit)
        return attrs.evolve(
            base,
            status=Status.MET if met else Status.NOT_MET,
            observed=change,
            gap=gap,
            reason=f"From {show(before.value, target.indicator.unit)} in {baseline} to "
            f"{show(now.value, target.indicator.unit)} in {period}, a change of {shown}, "
            f"against {target}.",
        )

    # --- scopes and compounds --------------------------------------------------------

    def _each(
        self, target: Comparison | Between | Ordinal | Change, code: str, period: Period
    ) -> Result:
        level = target.scope.level
        assert level is not None
        units = self.aggregator.units_at(code, level)
        at_unit = attrs.evolve(target, scope=Scope())
        parts = tuple(self.evaluate(at_unit, unit.code, period) for unit in units)
        status = combine([p.status for p in parts])
        counts = Counter(p.status for p in parts)
        return Result(
            target=target,
            code=code,
            period=period,
            status=status,
            parts=parts,
            reason=f"Each of {len(parts)} units at {level.vi}: {_counts(counts)}.",
            coverage=_known_share(parts),
        )

    def _compound(self, target: AllOf | AnyOf | AtLeast, code: str, period: Period) -> Result:
        parts = tuple(self.evaluate(part, code, period) for part in target.parts)
        needed = None if isinstance(target, AllOf) else 1 if isinstance(target, AnyOf) else target.n
        status = combine([p.status for p in parts], needed)
        counts = Counter(p.status for p in parts)
        return Result(
            target=target,
            code=code,
            period=period,
            status=status,
            parts=parts,
            observed=Fraction(counts[Status.MET]),
            reason=f"{target}: {_counts(counts)}.",
        )

    def _share(self, target: Share, code: str, period: Period) -> Result:
        units = self.aggregator.units_at(code, target.level)
        parts = tuple(self.evaluate(target.condition, unit.code, period) for unit in units)
        applicable = [p for p in parts if p.status is not Status.NOT_APPLICABLE]
        n = len(applicable)
        base = Result(
            target=target,
            code=code,
            period=period,
            status=Status.UNKNOWN,
            parts=parts,
            unit="percent",
        )
        if n == 0:
            return attrs.evolve(
                base,
                status=Status.NOT_APPLICABLE,
                reason=f"No applicable units at {target.level.vi} under {code}.",
            )
        met = sum(p.status is Status.MET for p in applicable)
        unknown = sum(p.status is Status.UNKNOWN for p in applicable)
        low, high = Fraction(met, n), Fraction(met + unknown, n)
        status = _interval_status(target.op, low, high, target.threshold_value)
        observed = low if unknown == 0 else None
        gap = None
        if status is Status.NOT_MET and target.op.is_lower_bound:
            gap = (target.threshold_value - high) * 100
        elif status is Status.MET:
            gap = Fraction(0)
        range_text = (
            f"{met} of {n} units ({show(low * 100, 'percent')})"
            if unknown == 0
            else f"{met} to {met + unknown} of {n} units "
            f"({show(low * 100, 'percent')} to {show(high * 100, 'percent')}, {unknown} unknown)"
        )
        return attrs.evolve(
            base,
            status=status,
            observed=None if observed is None else observed * 100,
            gap=gap,
            coverage=Fraction(n - unknown, n),
            reason=f"{range_text} at {target.level.vi} meet the condition, against "
            f"{target.op.value} "
            f"{target.threshold}.",
        )

    def _rank(self, target: Rank, code: str, period: Period) -> Result:
        base = Result(target=target, code=code, period=period, status=Status.UNKNOWN, unit=None)
        if target.peers is not None:
            peers = list(dict.fromkeys((*target.peers, code)))
        else:
            unit = self.tree.get(code)
            siblings = self.tree.children(unit.parent) if unit.parent else (unit,)
            peers = [s.code for s in siblings]
        warnings: tuple[str, ...] = ()
        if target.group_size is not None and target.group_size != len(peers):
            warnings = (
                f"the plan ranks among {target.group_size} units, but {len(peers)} peers "
                f"were found for {code} in {period}",
            )
        values: dict[str, Rollup] = {
            peer: self.aggregator.territory(target.indicator, peer, period, target.members)
            for peer in peers
        }
        own = values[code]
        base = attrs.evolve(base, warnings=warnings)
        if own.not_applicable:
            return attrs.evolve(
                base,
                status=Status.NOT_APPLICABLE,
                reason=f"Nothing to measure for {code}: the denominator is 0.",
            )
        if own.value is None:
            return attrs.evolve(base, reason=self._unknown_reason(target, code, period, own))
        key = _rank_key(target.indicator)
        mine = key(own.value)
        better = unknown = 0
        for peer, rollup in values.items():
            if peer == code or rollup.not_applicable:
                continue
            if rollup.value is None:
                unknown += 1
            elif key(rollup.value) > mine:
                better += 1
        best, worst = 1 + better, 1 + better + unknown
        if worst <= target.k:
            status = Status.MET
        elif best > target.k:
            status = Status.NOT_MET
        else:
            status = Status.UNKNOWN
        rank_text = f"rank {best}" if unknown == 0 else f"rank {best} to {worst}"
        return attrs.evolve(
            base,
            status=status,
            observed=Fraction(best) if unknown == 0 else None,
            gap=Fraction(0) if status is Status.MET else Fraction(max(0, best - target.k)),
            coverage=Fraction(len(values) - unknown, len(values)),
            reason=f"{code} is at {rank_text} of {len(peers)} on {target.indicator.id}"
            + (f" ({unknown} peers unknown)" if unknown else "")
            + f", against {target}.",
        )


def _rank_key(indicator: Indicator) -> Any:
    sign = 1 if indicator.direction is Direction.HIGHER_IS_BETTER else -1
    if indicator.measure is MeasureKind.ORDINAL:
        return lambda value: sign * indicator.level_index(str(value))
    return lambda value: sign * value


def _interval_status(op: Op, low: Fraction, high: Fraction, threshold: Fraction) -> Status:
    """MET if ``op`` holds at every share in [low, high]; NOT_MET if at none."""
    if op is Op.EQ:
        if low == high == threshold:
            return Status.MET
        return Status.NOT_MET if not low <= threshold <= high else Status.UNKNOWN
    holds_low, holds_high = op.holds(low, threshold), op.holds(high, threshold)
    if holds_low and holds_high:
        return Status.MET
    if not holds_low and not holds_high:
        return Status.NOT_MET
    return Status.UNKNOWN


def _check_value(target: Comparison | Between, value: Fraction) -> tuple[bool, Fraction]:
    if isinstance(target, Between):
        low_ok = value >= target.low_value if target.low_inclusive else value > target.low_value
        high_ok = value <= target.high_value if target.high_inclusive else value < target.high_value
        if low_ok and high_ok:
            return True, Fraction(0)
        return False, (target.low_value - value) if not low_ok else (value - target.high_value)
    threshold = target.threshold_value
    met = target.op.holds(value, threshold)
    if met:
        return True, Fraction(0)
    if target.op.is_lower_bound:
        return False, threshold - value
    if target.op.is_upper_bound:
        return False, value - threshold
    return False, abs(value - threshold)


def _pooled_note(scope: Scope, rollup: Rollup) -> str:
    if rollup.how in ("pooled", "spatial") and rollup.expected:
        where = f"pooled over {scope.level.vi}" if scope.level is not None else "rolled up"
        pair = ""
        if rollup.numerator is not None and rollup.denominator:
            pair = f" = {format_number(rollup.numerator)}/{format_number(rollup.denominator)}"
        return f" ({where}, {rollup.reported} of {rollup.expected} units{pair})"
    if rollup.how == "temporal":
        return " (from sub-periods)"
    return ""


def _counts(counts: Counter[Status]) -> str:
    order = (Status.MET, Status.NOT_MET, Status.UNKNOWN, Status.NOT_APPLICABLE)
    words = {
        Status.MET: "met",
        Status.NOT_MET: "not met",
        Status.UNKNOWN: "unknown",
        Status.NOT_APPLICABLE: "not applicable",
    }
    return ", ".join(f"{counts[s]} {words[s]}" for s in order if counts[s]) or "no parts"


def _known_share(parts: Sequence[Result]) -> Fraction | None:
    if not parts:
        return None
    return Fraction(sum(p.status is not Status.UNKNOWN for p in parts), len(parts))


@attrs.frozen
class Evaluation:
    """The evaluation of a plan for one jurisdiction and period.

    Attributes:
        plan: The plan evaluated.
        code: The jurisdiction evaluated (the plan's issuer unless told otherwise).
        period: The period.
        tree_date: The date of the hierarchy used (the period's last day by default).
        results: One result per top-level target, in the plan's order.
        disagreements: Units whose direct value differs from their children's roll-up.
    """

    plan: Plan
    code: str
    period: Period
    tree_date: date
    results: tuple[Result, ...]
    disagreements: tuple[Disagreement, ...] = ()

    def result(self, target_id: str) -> Result:
        """The result of a target (nested parts included) by its id."""
        for top in self.results:
            for result in top.walk():
                if result.target.id == target_id and result.code == top.code:
                    return result
        raise KeyError(target_id)

    def __iter__(self) -> Iterator[Result]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def summary(self) -> dict[Status, int]:
        """How many top-level targets ended in each status."""
        counts = Counter(r.status for r in self.results)
        return {status: counts[status] for status in Status}

    def by_area(self) -> dict[ReformArea | None, dict[Status, int]]:
        """Status counts per reform area."""
        out: dict[ReformArea | None, Counter[Status]] = {}
        for result in self.results:
            out.setdefault(result.area, Counter())[result.status] += 1
        return {area: {s: c[s] for s in Status} for area, c in out.items()}

    def binding(self) -> tuple[Result, ...]:
        """Results of binding targets."""
        return tuple(r for r in self.results if not r.aspirational)

    def aspirational(self) -> tuple[Result, ...]:
        """Results of aspirational ("phấn đấu") targets."""
        return tuple(r for r in self.results if r.aspirational)

    def to_records(self) -> list[dict[str, Any]]:
        """One plain record per result, parts included (see :mod:`cchc_model.outputs.records`)."""
        from .outputs.records import to_records

        return to_records(self)

    def to_dict(self) -> dict[str, Any]:
        """The evaluation as plain data: plan, unit, period, summary, rows, disagreements."""
        from .outputs.records import to_dict

        return to_dict(self)

    def to_json(self) -> str:
        """The evaluation as JSON text."""
        from .outputs.records import to_json

        return to_json(self)

    def to_csv(self) -> str:
        """The evaluation as CSV text, one row per result."""
        from .outputs.records import to_csv

        return to_csv(self)

    def to_frame(self) -> Any:
        """A tidy pandas DataFrame, one row per result (needs the ``pandas`` extra)."""
        from .outputs.frames import to_frame

        return to_frame(self)

    def table(self, parts: bool = False, width: int = 120) -> str:
        """A plain-text table for terminals, with a totals line."""
        from .outputs.text import table

        return table(self, parts=parts, width=width)

    def _repr_html_(self) -> str:
        from .outputs.html import to_html

        return to_html(self)

    def __str__(self) -> str:
        return self.table()

    # --- charts (matplotlib, the ``charts`` extra, imported only when called) ---------

    def plot(self, ax: Any = None, **options: Any) -> Any:
        """Threshold against observed value per numeric target; the matplotlib Axes.

        See :func:`cchc_model.outputs.charts.plot_evaluation` (needs the ``charts`` extra).
        """
        from .outputs.charts import plot_evaluation

        return plot_evaluation(self, ax, **options)


def evaluate_target(
    target: Target,
    observations: ObservationSet,
    code: str,
    period: Period,
    hierarchy: Hierarchy | None = None,
    *,
    policy: Policy | None = None,
    on: date | None = None,
) -> Result:
    """Evaluate one target for one jurisdiction and period."""
    tree = (hierarchy or national_hierarchy()).as_of(on or period.last_day)
    engine = _Engine(Aggregator(observations, tree, policy), tree)
    with paused_gc():
        return engine.evaluate(target, code, period)


#: Below this many rows an eager dataframe is evaluated by the reference engine, which
#: answers small inputs faster than a dataframe engine starts (``engine="auto"``).
VECTORISED_MIN_ROWS = 20_000

Engine = Literal["auto", "python", "vectorised"]


def evaluate(
    plan: Plan,
    observations: ObservationSet | Any,
    hierarchy: Hierarchy | None = None,
    period: Period | None = None,
    *,
    code: str | None = None,
    policy: Policy | None = None,
    on: date | None = None,
    engine: Engine = "auto",
) -> Evaluation:
    """Evaluate every target of a plan.

    Args:
        plan: The plan.
        observations: The data: an :class:`ObservationSet`, or a dataframe with the
            columns of an observation CSV (polars, pandas, pyarrow, a DuckDB relation,
            or a SQLFrame, PySpark or Dask frame; see :mod:`cchc_model.batch`).
        hierarchy: The units; the shipped national hierarchy by default.
        period: The period evaluated; the plan's period by default.
        code: The jurisdiction evaluated; the plan's issuer by default.
        policy: The coverage policy (``Policy(min_coverage=1)`` by default).
        on: The date of the tree; the period's last day by default.
        engine: ``"python"`` forces the reference evaluator, ``"vectorised"`` the
            dataframe evaluator; ``"auto"`` (the default) runs a dataframe of
            :data:`VECTORISED_MIN_ROWS` rows or more, and any lazy frame, vectorised,
            and everything else on the reference. The result is the same either way.
    """
    if engine not in ("auto", "python", "vectorised"):
        raise CchcError(
            f"engine {engine!r} is not known; expected 'auto', 'python' or 'vectorised'"
        )
    if engine != "python" and (
        engine == "vectorised" or not isinstance(observations, ObservationSet)
    ):
        from .batch import evaluate_many, frame_from_observations, prefers_vectorised

        data = observations
        if isinstance(data, ObservationSet):
            data = frame_from_observations(data)
        if engine == "vectorised" or prefers_vectorised(data, VECTORISED_MIN_ROWS):
            batch = evaluate_many(
                plan,
                data,
                hierarchy,
                [period or plan.period],
                codes=[code or plan.issuer],
                policy=policy,
                on=on,
            )
            return batch.evaluation()
    if not isinstance(observations, ObservationSet):
        from .batch import observations_from_frame

        observations = observations_from_frame(observations, plan)
    period = period or plan.period
    code = code or plan.issuer
    tree_date = on or period.last_day
    tree = (hierarchy or national_hierarchy()).as_of(tree_date)
    tree.get(code)  # an unknown issuer is an error, not a column of UNKNOWNs
    aggregator = Aggregator(observations, tree, policy)
    runner = _Engine(aggregator, tree)
    with paused_gc():
        results = tuple(runner.evaluate(target, code, period) for target in plan.targets)
        disagreements: list[Disagreement] = []
        codes = _codes_under(tree, code)
        for indicator in plan.used_indicators():
            disagreements += aggregator.disagreements(indicator, codes, period)
    return Evaluation(plan, code, period, tree_date, results, tuple(disagreements))


def _codes_under(tree: Hierarchy, code: str) -> list[str]:
    return [code] + [
        unit.code for unit in tree.descendants(code) if unit.level is not Level.COMMUNE
    ]
