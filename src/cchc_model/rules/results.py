"""Results: what an engine decided, with the sentence that explains it (docs/semantics.md §7).

Every engine decides a target with the rules of this package and hands its numbers to
the builders below (:func:`value_result`, :func:`share_result` …), which make the
:class:`Result` and write its reason from the facts the engine found (the roll-up, the
parts, the peers). Results from different engines are therefore equal whenever their
decisions are, reasons included; :attr:`Result.engine` says which engine decided.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date
from fractions import Fraction
from typing import Any, NamedTuple, Protocol

import attrs

from ..model.areas import ReformArea
from ..model.display import area_of
from ..model.indicators import Indicator, SpatialRule
from ..model.periods import Period
from ..model.plans import Plan
from ..model.targets import (
    AllOf,
    AnyOf,
    AtLeast,
    Between,
    Change,
    Comparison,
    Ordinal,
    Rank,
    RankChange,
    Scope,
    Share,
    Target,
)
from ..model.units import format_number
from .display import show
from .rollup import Disagreement, Rollup
from .status import STATUS_CODES, Status

__all__ = [
    "Decided",
    "EvaluationLike",
    "RankFacts",
    "Result",
    "SubQuotaBase",
    "change_result",
    "compound_result",
    "each_result",
    "members_result",
    "not_applicable_result",
    "rank_change_result",
    "rank_result",
    "recurring_result",
    "share_result",
    "show",
    "timed_result",
    "unknown_reason",
    "value_result",
    "within_result",
]


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
        parts: The results this one was built from (per unit, per part, per occurrence
            of a recurring target — each with the period it was read on).
        warnings: Things worth knowing that do not change the status.
        engine: The engine that decided it: ``"reference"`` (the object engine) or
            ``"vectorised"`` (a dataframe engine). Results compare equal whichever
            engine decided them.
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
    engine: str = attrs.field(default="reference", eq=False)

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
        return area_of(self.target)

    def _repr_html_(self) -> str:
        """The result and its parts as an HTML table (a notebook shows it)."""
        from .display import result_html

        return result_html(self)

    def walk(self) -> Iterator[Result]:
        """This result and every result it was built from, depth first."""
        yield self
        for part in self.parts:
            yield from part.walk()

    def __str__(self) -> str:
        return f"{self.target.id} [{self.code}, {self.period}]: {self.status.value} — {self.reason}"


class EvaluationLike(Protocol):
    """What the outputs read of an evaluation (:class:`cchc_model.Evaluation`)."""

    @property
    def plan(self) -> Plan: ...
    @property
    def code(self) -> str: ...
    @property
    def period(self) -> Period: ...
    @property
    def tree_date(self) -> date: ...
    @property
    def results(self) -> tuple[Result, ...]: ...
    @property
    def disagreements(self) -> tuple[Disagreement, ...]: ...
    def summary(self) -> dict[Status, int]: ...
    def binding(self) -> tuple[Result, ...]: ...
    def aspirational(self) -> tuple[Result, ...]: ...


class Decided(NamedTuple):
    """An engine's decision for one target, unit and period, as exact numbers.

    Attributes:
        status: The status.
        observed: The observed number (a level's index for an ordinal target).
        flag: The observed yes/no value.
        gap: The gap.
        coverage: The coverage.
        engine: The engine that decided.
    """

    status: Status
    observed: Fraction | None = None
    flag: bool | None = None
    gap: Fraction | None = None
    coverage: Fraction | None = None
    engine: str = "reference"

    @classmethod
    def of(cls, values: Sequence[Any], engine: str = "reference") -> Decided:
        """From (status, observed num, den, flag, gap num, den, coverage num, den)."""
        status, obn, obd, flag, gn, gd, cn, cd = values
        return cls(
            STATUS_CODES[status],
            _ratio(obn, obd),
            None if flag is None else bool(flag),
            _ratio(gn, gd),
            _ratio(cn, cd),
            engine,
        )


def _ratio(num: Any, den: Any) -> Fraction | None:
    """``num / den`` exactly, from ints, Fractions or the decimals of 128-bit columns."""
    if num is None:
        return None
    if isinstance(num, int | Fraction) and isinstance(den, int | Fraction):
        return Fraction(num, den)
    return Fraction(num) / Fraction(den)


_WORDS = {
    Status.MET: "met",
    Status.NOT_MET: "not met",
    Status.UNKNOWN: "unknown",
    Status.NOT_APPLICABLE: "not applicable",
}


def _counts(parts: Sequence[Result]) -> str:
    counts = Counter(p.status for p in parts)
    return ", ".join(f"{counts[s]} {_WORDS[s]}" for s in Status if counts[s]) or "no parts"


def unknown_reason(
    target: Any, code: str, period: Period, rollup: Rollup, min_coverage: Fraction
) -> str:
    """Why a roll-up has no value, in a sentence."""
    what = f"{target.indicator.id} for {code} in {period}"
    if rollup.how == "missing":
        return f"No value for {what}: nothing observed and nothing to roll up."
    covered = rollup.coverage is not None and rollup.coverage >= min_coverage
    if rollup.expected and covered and rollup.reported:
        spatial = target.indicator.spatial
        why = (
            "a weighted mean needs every unit's value with its weight (a mean over time has none)"
            if spatial is SpatialRule.WEIGHTED_MEAN
            else f"their values are not of a kind its rule ({spatial.value}) combines"
        )
        return (
            f"No value for {what}: {rollup.reported} of {rollup.expected} units reported, "
            f"but {why}."
        )
    if rollup.coverage is not None and rollup.expected:
        missing = ", ".join(rollup.missing[:5]) + (" …" if len(rollup.missing) > 5 else "")
        return (
            f"No value for {what}: {rollup.reported} of {rollup.expected} units reported "
            f"(coverage {show(rollup.coverage * 100, 'percent')}), below the required "
            f"{show(min_coverage * 100, 'percent')}" + (f"; missing {missing}." if missing else ".")
        )
    if rollup.coverage is not None:
        return (
            f"No value for {what}: sub-periods cover {show(rollup.coverage * 100, 'percent')}"
            " of the period, or cannot be rolled up."
        )
    return f"No value for {what}: the observations cannot be rolled up."


def _pooled_note(scope: Scope, rollup: Rollup) -> str:
    if rollup.how in ("pooled", "spatial") and rollup.expected:
        where = f"pooled over {scope.level.vi}" if scope.level is not None else "rolled up"
        if scope.mode.on_agencies and rollup.how == "pooled":
            where = f"pooled over {str(scope).removesuffix(', pooled')}"
        pair = ""
        if rollup.numerator is not None and rollup.denominator:
            pair = f" = {format_number(rollup.numerator)}/{format_number(rollup.denominator)}"
        return f" ({where}, {rollup.reported} of {rollup.expected} units{pair})"
    if rollup.how == "temporal":
        return " (from sub-periods)"
    return ""


def _nothing_pooled(target: Comparison | Between | Ordinal, code: str, rollup: Rollup) -> str:
    """Why a pooled scope has nothing to measure at ``code`` (no unit at its level, no
    agency of its kind), or empty when it is not that."""
    if rollup.how != "pooled" or rollup.expected:
        return ""
    scope = target.scope
    if scope.mode.on_agencies:
        return f"no agencies ({scope}) belong to {code}"
    return f"no units at {scope.level.vi} under {code}" if scope.level is not None else ""


def value_result(
    target: Comparison | Between | Ordinal,
    code: str,
    period: Period,
    decided: Decided,
    rollup: Rollup,
    min_coverage: Fraction,
    statement: str | None = None,
) -> Result:
    """The result of a comparison, between, ordinal or yes/no target on ``rollup``."""
    indicator = target.indicator
    unit = indicator.unit
    base = Result(
        target=target,
        code=code,
        period=period,
        status=decided.status,
        unit=unit,
        coverage=decided.coverage,
        engine=decided.engine,
    )
    status = decided.status
    if status is Status.NOT_APPLICABLE:
        why = _nothing_pooled(target, code, rollup) or "the denominator is 0"
        return attrs.evolve(base, reason=f"Nothing to measure for {indicator.id} in {code}: {why}.")
    value = rollup.value
    if value is None:
        return attrs.evolve(base, reason=unknown_reason(target, code, period, rollup, min_coverage))
    where = _pooled_note(target.scope, rollup)
    if isinstance(target, Ordinal):
        if decided.observed is None:
            return attrs.evolve(base, observed=value, reason=f"{value!r} is not a level.")
        level = indicator.levels[int(decided.observed)]
        met = status is Status.MET
        steps = decided.gap if decided.gap is not None else Fraction(0)
        return attrs.evolve(
            base,
            observed=level,
            unit=None,
            gap=decided.gap,
            reason=f"Observed {level}{where} against {target}"
            + ("." if met else f": {format_number(steps)} level(s) away."),
        )
    if isinstance(target, Comparison) and isinstance(target.threshold, bool):
        if decided.flag is None:
            return attrs.evolve(
                base,
                observed=decided.observed,
                reason=f"{indicator.id} in {code} is a share of units, not yes/no; "
                "use a share target.",
            )
        return attrs.evolve(
            base,
            observed=decided.flag,
            reason=f"Observed {show(decided.flag)}{where} against {target}.",
        )
    if decided.observed is None:
        return attrs.evolve(base, observed=decided.flag, reason=f"{value!r} is not a number.")
    observed, gap = decided.observed, decided.gap
    reason = f"Observed {show(observed, unit)}{where} against {statement or str(target)}"
    if status is Status.MET:
        reason += "."
    elif gap == 0:
        reason += ": at the threshold, which must be passed."
    else:
        reason += f": {show(gap, unit)} short."
    return attrs.evolve(base, observed=observed, gap=gap, reason=reason)


def change_result(
    target: Change,
    code: str,
    period: Period,
    baseline: Period,
    decided: Decided,
    now: Rollup,
    before: Rollup,
    min_coverage: Fraction,
) -> Result:
    """The result of a change target from ``before`` (in ``baseline``) to ``now``."""
    base = Result(
        target=target,
        code=code,
        period=period,
        status=decided.status,
        unit="proportion" if target.relative else target.indicator.unit,
        engine=decided.engine,
    )
    if decided.status is Status.NOT_APPLICABLE:
        pooled_at = target.scope.level
        if any(r.how == "pooled" and not r.expected for r in (now, before)) and pooled_at:
            why = f"no units at {pooled_at.vi} under {code}"
            return attrs.evolve(base, reason=f"Nothing to measure: {why}.")
        if now.not_applicable or before.not_applicable:
            return attrs.evolve(base, reason="Nothing to measure: a denominator is 0.")
        return attrs.evolve(base, reason=f"No relative change from a baseline of 0 in {baseline}.")
    if decided.observed is None:
        missing, rollup = (
            (period, now) if not isinstance(now.value, Fraction) else (baseline, before)
        )
        return attrs.evolve(
            base, reason=unknown_reason(target, code, missing, rollup, min_coverage)
        )
    change = decided.observed
    unit = target.indicator.unit
    shown = show(change * 100, "percent") if target.relative else show(change, base.unit)
    return attrs.evolve(
        base,
        observed=change,
        gap=decided.gap,
        reason=f"From {show(before.value, unit)} in {baseline} to "
        f"{show(now.value, unit)} in {period}, a change of {shown}, against {target}.",
    )


def _not_met(names: list[str], shown: int = 5) -> str:
    """The words " (not met: a, b …)" naming the first few parts that failed; empty if none."""
    if not names:
        return ""
    more = " …" if len(names) > shown else ""
    return f" (not met: {', '.join(names[:shown])}{more})"


def each_result(
    target: Comparison | Between | Ordinal | Change,
    code: str,
    period: Period,
    decided: Decided,
    parts: tuple[Result, ...],
) -> Result:
    """The result of a target scoped to each unit at a level (or each agency), from the
    units' results."""
    level = target.scope.level
    named = _not_met([p.code for p in parts if p.status is Status.NOT_MET])
    which = f"agencies, {target.scope}" if level is None else f"units at {level.vi}"
    return Result(
        target=target,
        code=code,
        period=period,
        status=decided.status,
        parts=parts,
        reason=f"Each of {len(parts)} {which}: {_counts(parts)}{named}.",
        coverage=decided.coverage,
        engine=decided.engine,
    )


def compound_result(
    target: AllOf | AnyOf | AtLeast,
    code: str,
    period: Period,
    decided: Decided,
    parts: tuple[Result, ...],
) -> Result:
    """The result of all of / any of / at least n of, from the parts' results."""
    return Result(
        target=target,
        code=code,
        period=period,
        status=decided.status,
        parts=parts,
        observed=decided.observed,
        reason=f"{target}: {_counts(parts)}.",
        engine=decided.engine,
    )


def not_applicable_result(target: Target, code: str, period: Period, reason: str) -> Result:
    """A target that does not apply to ``code`` in ``period``, and why: not due within it
    (:func:`.timing.reading`), or an agency that is not ``code``'s."""
    return Result(
        target=target, code=code, period=period, status=Status.NOT_APPLICABLE, reason=reason
    )


def timed_result(target: Target, period: Period, inner: Result, note: str) -> Result:
    """The result of a target read on its own window or up to its deadline: ``inner``
    (the target without its timing, decided on the period read) reported for the
    evaluated ``period``, its reason saying which period was read."""
    said = f"{note[:1].upper()}{note[1:]}: " if note else ""
    return attrs.evolve(inner, target=target, period=period, reason=said + inner.reason)


def recurring_result(
    target: Target,
    code: str,
    period: Period,
    read: Period,
    decided: Decided,
    parts: tuple[Result, ...],
    why: str = "",
) -> Result:
    """The result of a recurring target ("hằng năm"): the all-of its occurrences in
    ``read``, each part the target decided on one occurrence (its own period); ``why``
    says why ``read`` is not the evaluated period (:attr:`.timing.Reading.why`)."""
    every = target.every
    assert every is not None, "a recurring target has a recurrence"
    said = f" ({why})" if why else ""
    head = f"{every.every.capitalize()} within {read.label}{said}"
    if not parts:
        reason = f"{head}: no whole {every.value} lies within it, nothing to read."
    else:
        by_status: dict[Status, list[str]] = {}
        for part in parts:
            by_status.setdefault(part.status, []).append(part.period.label)
        met = len(by_status.get(Status.MET, []))
        reason = f"{head}: met in {met} of {len(parts)} occurrences"
        for status, words in (
            (Status.NOT_MET, "not met"),
            (Status.UNKNOWN, "unknown"),
            (Status.NOT_APPLICABLE, "not applicable"),
        ):
            labels = by_status.get(status)
            if labels:
                shown = ", ".join(labels[:8]) + (" …" if len(labels) > 8 else "")
                reason += f"; {words}: {shown}"
        reason += "."
    return Result(
        target=target,
        code=code,
        period=period,
        status=decided.status,
        parts=parts,
        observed=decided.observed,
        reason=reason,
        engine=decided.engine,
    )


def share_result(
    target: Share, code: str, period: Period, decided: Decided, parts: tuple[Result, ...]
) -> Result:
    """The result of a share of units meeting a condition, from the units' results."""
    base = Result(
        target=target,
        code=code,
        period=period,
        status=decided.status,
        parts=parts,
        unit="percent",
        engine=decided.engine,
    )
    applicable = [p for p in parts if p.status is not Status.NOT_APPLICABLE]
    n = len(applicable)
    if n == 0:
        return attrs.evolve(base, reason=f"No applicable units at {target.level.vi} under {code}.")
    met = sum(p.status is Status.MET for p in applicable)
    unknown = sum(p.status is Status.UNKNOWN for p in applicable)
    low, high = Fraction(met * 100, n), Fraction((met + unknown) * 100, n)
    range_text = (
        f"{met} of {n} units ({show(low, 'percent')})"
        if unknown == 0
        else f"{met} to {met + unknown} of {n} units "
        f"({show(low, 'percent')} to {show(high, 'percent')}, {unknown} unknown)"
    )
    return attrs.evolve(
        base,
        observed=decided.observed,
        gap=decided.gap,
        coverage=decided.coverage,
        reason=f"{range_text} at {target.level.vi} meet the condition, against "
        f"{target.op.value} {target.threshold}.",
    )


class RankFacts(NamedTuple):
    """What a rank was decided from: the peers, those strictly better and those unknown."""

    peers: int
    better: int
    unknown: int


def _rank_base(
    target: Rank | RankChange, code: str, period: Period, decided: Decided, peers: int
) -> Result:
    """A rank's result before its reason: a warning when the plan's stated peer count is
    not the tree's."""
    warnings: tuple[str, ...] = ()
    if target.group_size is not None and target.group_size != peers:
        warnings = (
            f"the plan ranks among {target.group_size} units, but {peers} peers "
            f"were found for {code} in {period}",
        )
    return Result(
        target=target,
        code=code,
        period=period,
        status=decided.status,
        unit=None,
        warnings=warnings,
        engine=decided.engine,
    )


def rank_result(
    target: Rank,
    code: str,
    period: Period,
    decided: Decided,
    own: Rollup,
    facts: RankFacts,
    min_coverage: Fraction,
) -> Result:
    """The result of a rank target for ``code`` among its peers."""
    base = _rank_base(target, code, period, decided, facts.peers)
    if decided.status is Status.NOT_APPLICABLE:
        return attrs.evolve(base, reason=f"Nothing to measure for {code}: the denominator is 0.")
    if own.value is None:
        return attrs.evolve(base, reason=unknown_reason(target, code, period, own, min_coverage))
    best, unknown = 1 + facts.better, facts.unknown
    rank_text = f"rank {best}" if unknown == 0 else f"rank {best} to {best + unknown}"
    limit = ""
    if target.top_value is not None:  # K as the rule computes it: ⌈top × peers⌉
        limit = f" (K = {math.ceil(target.top_value * facts.peers)})"
    return attrs.evolve(
        base,
        observed=decided.observed,
        gap=decided.gap,
        coverage=decided.coverage,
        reason=f"{code} is at {rank_text} of {facts.peers} on {target.indicator.id}"
        + (f" ({unknown} peers unknown)" if unknown else "")
        + f", against {target}{limit}.",
    )


def _nth(rank: int) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st."""
    if rank % 100 in (11, 12, 13):
        return f"{rank}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"{rank}{suffix}"


def _ranks(facts: RankFacts) -> str:
    best = 1 + facts.better
    return _nth(best) if not facts.unknown else f"{_nth(best)} to {_nth(best + facts.unknown)}"


def _places(n: int) -> str:
    return f"{n} place" if abs(n) == 1 else f"{n} places"


def rank_change_result(
    target: RankChange,
    code: str,
    period: Period,
    baseline: Period,
    decided: Decided,
    own: tuple[Rollup, Rollup],
    facts: tuple[RankFacts, RankFacts],
    min_coverage: Fraction,
) -> Result:
    """The result of a rank movement for ``code``: ``own`` and ``facts`` in ``period``
    and in ``baseline``."""
    (now, before), (found, then) = own, facts
    base = _rank_base(target, code, period, decided, found.peers)
    if decided.status is Status.NOT_APPLICABLE:
        when_na = period if now.not_applicable else baseline
        return attrs.evolve(
            base, reason=f"Nothing to measure for {code} in {when_na}: the denominator is 0."
        )
    if now.value is None or before.value is None:
        missing, rollup = (period, now) if now.value is None else (baseline, before)
        return attrs.evolve(
            base, reason=unknown_reason(target, code, missing, rollup, min_coverage)
        )
    low = then.better - found.better - found.unknown
    high = then.better + then.unknown - found.better
    if low != high:
        move = f"a change of {low:+d} to {high:+d} places"
    elif low == 0:
        move = "no change"
    else:
        move = f"{'up' if low > 0 else 'down'} {_places(abs(low))}"
    unknown = [
        f"{f.unknown} {'peer' if f.unknown == 1 else 'peers'} unknown in {when}"
        for f, when in ((found, period), (then, baseline))
        if f.unknown
    ]
    return attrs.evolve(
        base,
        observed=decided.observed,
        gap=decided.gap,
        coverage=decided.coverage,
        reason=f"{code} ranked {_ranks(found)} of {found.peers} in {period}, {_ranks(then)} "
        f"in {baseline} on {target.indicator.id}: {move} (needed {target.op.value} "
        f"{target.places})" + (f"; {', '.join(unknown)}" if unknown else "") + ".",
    )


class SubQuotaBase(NamedTuple):
    """The base of a sub-quota, measured where its target is: what a roll-up and a reason
    read of a target (its indicator, scope and breakdown)."""

    indicator: Indicator
    scope: Scope
    members: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, target: Comparison | Between) -> SubQuotaBase:
        """The base of ``target`` (which has a ``within``)."""
        assert target.within is not None, "a sub-quota names its base"
        return cls(target.within, target.scope, target.members)


def within_result(
    target: Comparison | Between,
    code: str,
    period: Period,
    decided: Decided,
    own: Rollup,
    base: Rollup,
    min_coverage: Fraction,
    statement: str | None = None,
) -> Result:
    """The result of a sub-quota ("trong đó"): ``own``'s numerator over ``base``'s, both
    roll-ups of the same scope, breakdown, unit and period (:mod:`.subquota`)."""
    indicator, counted = target.indicator, target.within
    assert counted is not None
    unit = indicator.unit
    result = Result(
        target=target,
        code=code,
        period=period,
        status=decided.status,
        unit=unit,
        coverage=decided.coverage,
        engine=decided.engine,
    )
    if decided.status is Status.NOT_APPLICABLE:
        why = _nothing_pooled(target, code, base) or f"the base {counted.id} counts 0"
        return attrs.evolve(
            result, reason=f"Nothing to measure for {indicator.id} in {code}: {why}."
        )
    if decided.observed is None:
        for rollup, measured in ((own, target), (base, SubQuotaBase.of(target))):
            if not rollup.known:
                why = unknown_reason(measured, code, period, rollup, min_coverage)
                return attrs.evolve(result, reason=why)
        for rollup, of in ((own, indicator), (base, counted)):
            if rollup.numerator is None:
                return attrs.evolve(
                    result,
                    reason=f"No count for {of.id} in {code} in {period}: its value was "
                    "observed without a numerator, and a sub-quota is a count over a count.",
                )
        return attrs.evolve(result, reason=f"No value for {indicator.id} in {code} in {period}.")
    observed, gap = decided.observed, decided.gap
    counts = (format_number(Fraction(r.numerator or 0)) for r in (own, base))
    pair = "/".join(counts)
    reason = (
        f"Observed {show(observed, unit)} ({pair} of those counted by {counted.id}) "
        f"against {statement or str(target)}"
    )
    if decided.status is Status.MET:
        reason += "."
    elif gap == 0:
        reason += ": at the threshold, which must be passed."
    else:
        reason += f": {show(gap, unit)} short."
    return attrs.evolve(result, observed=observed, gap=gap, reason=reason)


def members_result(
    target: Comparison | Between | Ordinal,
    code: str,
    period: Period,
    decided: Decided,
    parts: tuple[Result, ...],
) -> Result:
    """The result of a target met at every member of a breakdown (``each_member``), from
    the results at each member."""
    failing = [
        dict(getattr(p.target, "members", ())).get(target.each_member or "", p.target.id)
        for p in parts
        if p.status is Status.NOT_MET
    ]
    return Result(
        target=target,
        code=code,
        period=period,
        status=decided.status,
        parts=parts,
        reason=(
            f"Each of {len(parts)} members of {target.each_member}: {_counts(parts)}"
            f"{_not_met(failing)}."
        ),
        coverage=decided.coverage,
        engine=decided.engine,
    )
