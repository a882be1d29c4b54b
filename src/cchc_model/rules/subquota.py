"""Sub-quotas ("trong đó"): a share taken of another ratio's count (docs/semantics.md §12.2).

"tối thiểu 70% hồ sơ nộp trực tuyến, trong đó ít nhất 30% được xử lý toàn trình": the
second share is taken of the dossiers received online — the numerator of the first
indicator — not of all dossiers. Its value is the target indicator's numerator over the
base indicator's numerator, both summed over the same scope, breakdown, unit and period
(a ratio of sums, divided once):

    v = Σ own numerators / Σ base numerators   (× the indicator's unit per proportion)

A base that counts nothing (numerator 0, or a ratio with nothing to measure) leaves
nothing to measure, as a denominator of 0 does (§3): NOT_APPLICABLE. A count that is
missing on either side leaves the value unknown. The value then goes through the
comparison or between rule (:func:`cchc_model.rules.compare.value_outcome`) as any value.
"""

from __future__ import annotations

from .expr import DType, Expr, lit, null, when
from .outcome import Value

__all__ = ["within_value"]


def within_value(own: Expr, base: Expr, base_na: Expr, kn: Expr, kd: Expr) -> Value:
    """The value ``own / base`` in a unit with ``kn/kd`` per proportion (100/1 for percent).

    Args:
        own: The target indicator's numerator (null when unknown).
        base: The base indicator's numerator (null when unknown).
        base_na: Whether the base has nothing to measure (its denominator is 0, or it is
            pooled over no unit).
        kn, kd: The indicator's unit per proportion.
    """
    nothing = base_na.fill_null(False) | (base.is_not_null() & (base == 0))
    known = ~nothing & own.is_not_null() & base.is_not_null()
    return Value(
        num=when(known).then(own * kn),
        den=when(known).then(base * kd),
        flag=null(DType.BOOL),
        not_applicable=when(nothing).then(lit(True)).otherwise(lit(False)),
    )
