"""Share of sub-units meeting a condition, with unknowns (docs/semantics.md §6, §7).

With ``a`` units MET, ``u`` UNKNOWN and ``n`` applicable, the share lies in
``[a/n, (a+u)/n]``: MET if the threshold holds at every share in that range, NOT_MET if
it holds at none, else UNKNOWN; NOT_APPLICABLE when no unit is applicable. The share is
observed (in percent) only when no unit is unknown; the gap of a lower bound not met is
what the high end still lacks, in percentage points; the coverage is the known units'
share.
"""

from __future__ import annotations

from ..model.targets import Op
from .compare import holds, is_equal, is_lower
from .expr import Expr, when, wide
from .outcome import Counts, Outcome
from .status import Status

__all__ = ["share_outcome"]


def share_outcome(counts: Counts, op: Op | Expr, p: Expr, q: Expr) -> Outcome:
    """The status of "the share of parts MET ``op`` ``p/q``" (a proportion, ``q`` > 0).

    ``op`` is an operator or an expression of its code (:data:`.compare.OPCODES`).
    """
    n = counts.applicable
    met, unknown = counts.met, counts.unknown
    high = met + unknown

    def at(count: Expr, test: Op | Expr) -> Expr:  # count / n  op  p / q
        return holds(test, wide(count * q), wide(n * p))

    is_eq, lower = is_equal(op), is_lower(op)
    low_holds, high_holds = at(met, op), at(high, op)
    inside = at(met, Op.LE) & at(high, Op.GE)
    status = (
        when(n == 0)
        .then(Status.NOT_APPLICABLE.expr)
        .when(is_eq & low_holds & high_holds)
        .then(Status.MET.expr)
        .when(is_eq & ~inside)
        .then(Status.NOT_MET.expr)
        .when(is_eq)
        .then(Status.UNKNOWN.expr)
        .when(low_holds & high_holds)
        .then(Status.MET.expr)
        .when(~low_holds & ~high_holds)
        .then(Status.NOT_MET.expr)
        .otherwise(Status.UNKNOWN.expr)
    )
    is_met = status == Status.MET.value
    short = (status == Status.NOT_MET.value) & lower
    known = (n > 0) & (unknown == 0)
    return Outcome(
        status=status,
        observed_num=when(known).then(met * 100),
        observed_den=when(known).then(n),
        gap_num=when(is_met).then(0).when(short).then((wide(p * n) - wide(high * q)) * 100),
        gap_den=when(is_met).then(1).when(short).then(wide(q * n)),
        coverage_num=when(n > 0).then(n - unknown),
        coverage_den=when(n > 0).then(n),
    )
