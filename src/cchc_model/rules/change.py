"""Change against a baseline (docs/semantics.md §6).

With ``v(P) = a/b`` and ``v(B) = c/d``, the change is ``v(P) − v(B) = (a·d − c·b)/(b·d)``
or, relative, ``(v(P) − v(B))/v(B) = (a·d − c·b)/(b·c)``, compared with ``op δ`` as
integers. NOT_APPLICABLE when either value has nothing to measure, or for a relative
change from a baseline of 0; UNKNOWN when either value is missing. The gap is
``|δ − change|``; 0 when met.
"""

from __future__ import annotations

from ..model.targets import Op
from .compare import absolute, holds
from .expr import Expr, lit, when, wide
from .outcome import Outcome, Value
from .status import Status

__all__ = ["change_outcome"]


def change_outcome(now: Value, before: Value, relative: bool, op: Op, p: Expr, q: Expr) -> Outcome:
    """The status of "``v(P) − v(B)`` (relative: over ``v(B)``) ``op`` ``p/q``"."""
    a, b, c, d = now.num, now.den, before.num, before.den
    na = now.not_applicable.fill_null(False) | before.not_applicable.fill_null(False)
    unknown = a.is_null() | c.is_null()
    diff = wide(a * d) - wide(c * b)
    if relative:
        sign = when(c < 0).then(-1).otherwise(1)  # keeps the denominator above 0
        change_num, change_den = diff * sign, wide(b * c) * sign
        na = na | (~unknown & (c == 0))
    else:
        change_num, change_den = diff, wide(b * d)
    met = holds(op, wide(change_num * q), wide(change_den * p))
    status = (
        when(na)
        .then(Status.NOT_APPLICABLE.expr)
        .when(unknown)
        .then(Status.UNKNOWN.expr)
        .when(met)
        .then(Status.MET.expr)
        .otherwise(Status.NOT_MET.expr)
    )
    shown = ~na & ~unknown
    return Outcome(
        status=status,
        observed_num=when(shown).then(change_num),
        observed_den=when(shown).then(change_den),
        gap_num=when(shown).then(
            when(met).then(lit(0)).otherwise(absolute(wide(p * change_den) - wide(change_num * q)))
        ),
        gap_den=when(shown).then(when(met).then(lit(1)).otherwise(wide(q * change_den))),
    )
