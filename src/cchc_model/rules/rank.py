"""Rank among peers, with ties and unknown peers (docs/semantics.md §6, §7).

Peers are ranked by the indicator's direction with competition ranking (1, 2, 2, 4): a
unit's best rank is 1 + the peers strictly better, its worst adds every unknown peer
placed above. MET if the worst rank is ≤ K, NOT_MET if the best is > K, else UNKNOWN;
NOT_APPLICABLE when the unit has nothing to measure, UNKNOWN when it has no value.
Peers with nothing to measure are not ranked. The rank is observed when no peer is
unknown; the gap is how many places the best rank lies below K; the coverage is the
known peers' share (the unit included).
"""

from __future__ import annotations

from ..model.indicators import Direction
from .expr import Aggregate, Expr, count, lit, rows, when, wide
from .outcome import Outcome, Value
from .status import Status

__all__ = ["better_than", "peer_counts", "rank_outcome"]


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


def rank_outcome(own: Value, better: Expr, unknown: Expr, size: Expr, k: Expr) -> Outcome:
    """The status of "rank ≤ k" from the counts of :func:`peer_counts`."""
    own_na = own.not_applicable.fill_null(False)
    best = better + 1
    worst = best + unknown
    status = (
        when(own_na)
        .then(Status.NOT_APPLICABLE.expr)
        .when(own.num.is_null())
        .then(Status.UNKNOWN.expr)
        .when(worst <= k)
        .then(Status.MET.expr)
        .when(best > k)
        .then(Status.NOT_MET.expr)
        .otherwise(Status.UNKNOWN.expr)
    )
    valued = ~own_na & own.num.is_not_null()
    ranked = valued & (unknown == 0)
    gap = when(status == Status.MET.value).then(0).when(best > k).then(best - k).otherwise(0)
    return Outcome(
        status=status,
        observed_num=when(ranked).then(best),
        observed_den=when(ranked).then(lit(1)),
        gap_num=when(valued).then(gap),
        gap_den=when(valued).then(lit(1)),
        coverage_num=when(valued).then(size - unknown),
        coverage_den=when(valued).then(size),
    )
