"""Rank among peers, with ties and unknown peers (docs/semantics.md §6, §7).

Peers are ranked by the indicator's direction with competition ranking (1, 2, 2, 4): a
unit's best rank is 1 + the peers strictly better, its worst adds every unknown peer
placed above. MET if the worst rank is ≤ K, NOT_MET if the best is > K, else UNKNOWN;
NOT_APPLICABLE when the unit has nothing to measure, UNKNOWN when it has no value.
Peers with nothing to measure are not ranked. The rank is observed when no peer is
unknown; the gap is how many places the best rank lies below K; the coverage is the
known peers' share (the unit included).

A rank whose plan names no K states a share of the peers instead ("tốp đầu": the top
10 %): K = ⌈p/q × size⌉ over the peers found, written as the exact fraction
:func:`top_limit` gives (no division).

Rank movement (:func:`rank_change_outcome`): the improvement is the rank at the
baseline minus the rank now. With unknown peers each rank is an interval [best, worst]
and the improvement lies in [best₀ − worst₁, worst₀ − best₁], every whole number of
which some placing of the unknown peers gives: MET if ``improvement op x`` holds at
all of them, NOT_MET if at none, else UNKNOWN. NOT_APPLICABLE when the unit has nothing
to measure in either period (before UNKNOWN, as for a change).
"""

from __future__ import annotations

from ..model.indicators import Direction
from ..model.targets import Op
from .compare import holds
from .expr import Aggregate, Expr, count, lit, rows, when, wide
from .outcome import Outcome, Value
from .status import Status

__all__ = ["better_than", "peer_counts", "rank_change_outcome", "rank_outcome", "top_limit"]


def better_than(direction: Direction, peer: Value, own: Value) -> Expr:
    """Whether ``peer``'s value ranks strictly above ``own`` (both numbers)."""
    left, right = wide(peer.num * own.den), wide(own.num * peer.den)
    return left > right if direction is Direction.HIGHER_IS_BETTER else left < right


def peer_counts(
    direction: Direction, peer: Value, own: Value, is_self: Expr
) -> dict[str, Aggregate]:
    """Per unit, over its peers (itself included): how many there are, how many rank
    strictly better, how many are unknown."""
    other = ~is_self & ~peer.not_applicable.fill_null(False)
    both = peer.num.is_not_null() & own.num.is_not_null()
    return {
        "size": rows(),
        "better": count((other & both & better_than(direction, peer, own)).fill_null(False)),
        "unknown": count(other & peer.num.is_null()),
    }


def top_limit(size: Expr, p: Expr, q: Expr) -> tuple[Expr, Expr]:
    """K = ⌈p/q × size⌉ for a top share ``p/q`` of ``size`` peers ("tốp đầu: 10 %"), as
    a numerator over ``q`` (``p·size`` rounded up to a multiple of ``q``)."""
    scaled = p * size
    return scaled + (q - scaled % q) % q, q


def rank_outcome(
    own: Value, better: Expr, unknown: Expr, size: Expr, k: Expr, k_den: Expr | None = None
) -> Outcome:
    """The status of "rank ≤ k" from the counts of :func:`peer_counts`; ``k / k_den``
    when K is a fraction's value (:func:`top_limit`)."""
    own_na = own.not_applicable.fill_null(False)
    best = better + 1
    worst = best + unknown
    scale = lit(1) if k_den is None else k_den
    within, beyond = worst * scale <= k, best * scale > k
    status = (
        when(own_na)
        .then(Status.NOT_APPLICABLE.expr)
        .when(own.num.is_null())
        .then(Status.UNKNOWN.expr)
        .when(within)
        .then(Status.MET.expr)
        .when(beyond)
        .then(Status.NOT_MET.expr)
        .otherwise(Status.UNKNOWN.expr)
    )
    valued = ~own_na & own.num.is_not_null()
    ranked = valued & (unknown == 0)
    gap = when(status == Status.MET.value).then(0).when(beyond).then(best * scale - k).otherwise(0)
    return Outcome(
        status=status,
        observed_num=when(ranked).then(best),
        observed_den=when(ranked).then(lit(1)),
        gap_num=when(valued).then(gap),
        gap_den=when(valued).then(scale),
        coverage_num=when(valued).then(size - unknown),
        coverage_den=when(valued).then(size),
    )


def rank_change_outcome(
    now: Value,
    before: Value,
    better: Expr,
    unknown: Expr,
    better_before: Expr,
    unknown_before: Expr,
    size: Expr,
    op: Op,
    places: Expr,
) -> Outcome:
    """The status of "rank at the baseline − rank now ``op`` ``places``" from the counts of
    :func:`peer_counts` in the evaluated period and in the baseline (the same peers).

    Observed: the improvement when no peer is unknown in either period. Gap: 0 when met;
    when not met, how far the nearer end of the improvement's interval lies from
    ``places``; none when unknown. Coverage: the known peers' share over both periods.
    """
    na = now.not_applicable.fill_null(False) | before.not_applicable.fill_null(False)
    missing = now.num.is_null() | before.num.is_null()
    best, best_before = better + 1, better_before + 1
    low = best_before - (best + unknown)  # placed best before, worst now
    high = best_before + unknown_before - best
    low_holds, high_holds = holds(op, low, places), holds(op, high, places)
    if op is Op.EQ:
        met = low_holds & high_holds
        failed = (places < low) | (places > high)
    else:  # one-sided: holding at both ends is holding at every whole number between
        met, failed = low_holds & high_holds, ~low_holds & ~high_holds
    status = (
        when(na)
        .then(Status.NOT_APPLICABLE.expr)
        .when(missing)
        .then(Status.UNKNOWN.expr)
        .when(met)
        .then(Status.MET.expr)
        .when(failed)
        .then(Status.NOT_MET.expr)
        .otherwise(Status.UNKNOWN.expr)
    )
    shown = ~na & ~missing
    known = shown & (unknown == 0) & (unknown_before == 0)
    short = when(places - high >= low - places).then(places - high).otherwise(low - places)
    gap = when(met).then(lit(0)).when(failed).then(short)
    return Outcome(
        status=status,
        observed_num=when(known).then(low),
        observed_den=when(known).then(lit(1)),
        gap_num=when(shown).then(gap),
        gap_den=when(shown & (met | failed)).then(lit(1)),
        coverage_num=when(shown).then(size * 2 - unknown - unknown_before),
        coverage_den=when(shown).then(size * 2),
    )
