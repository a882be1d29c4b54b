"""Entailment between targets: ``implies(a, b)`` (SEMANTICS.md §9).

``implies`` is sound, not complete: when it answers ``True``, every data set on which
``a`` is MET leaves ``b`` MET (or NOT_APPLICABLE, when there is nothing to measure).
When it cannot prove that, it answers ``False``.

>>> from cchc_model.indicators import Indicator, MeasureKind
>>> from cchc_model.targets import Comparison, Op
>>> sat = Indicator(id="sat", name="Mức độ hài lòng", measure=MeasureKind.RATIO)
>>> ninety = Comparison(id="a", indicator=sat, op=Op.GE, threshold="90 %")
>>> eighty_five = Comparison(id="b", indicator=sat, op=Op.GE, threshold="85 %")
>>> implies(ninety, eighty_five), implies(eighty_five, ninety)
(True, False)
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import attrs

from .indicators import Indicator, MeasureKind
from .targets import (
    AllOf,
    AnyOf,
    AtLeast,
    Between,
    Change,
    Comparison,
    Op,
    Ordinal,
    Rank,
    Share,
    Target,
)
from .units import Amount

__all__ = ["implies"]

# Fields that do not change when a target is met.
_COSMETIC = frozenset({"id", "source_text", "aspirational", "note", "area"})


def implies(a: Target, b: Target) -> bool:
    """Whether meeting ``a`` guarantees meeting ``b`` on every data set.

    Rules (each sound on its own):

    * a target implies itself, whatever its id, words or aspirational flag;
    * on one indicator, scope, breakdown, deadline and exclusions, the set of values
      meeting ``a`` lies inside the set meeting ``b`` (≥ 90 % ⇒ ≥ 85 %; > x ⇒ ≥ x;
      ≥ 100 % ⇒ = 100 % for a bounded ratio; > 1 ⇒ ≥ 2 for a count);
    * ordinal levels, ranks (top 3 ⇒ top 5) and changes likewise;
    * a share implies a share at the same level whose condition is implied and whose
      threshold is no higher;
    * all of / any of / at least n, on either side, by their parts.
    """
    if _essence(a) == _essence(b):
        return True
    if isinstance(b, AllOf | AnyOf | AtLeast) and _compound_to_compound(a, b):
        return True
    if isinstance(b, AllOf):
        return all(implies(a, part) for part in b.parts)
    if isinstance(b, AnyOf | AtLeast):
        needed = 1 if isinstance(b, AnyOf) else b.n
        if sum(implies(a, part) for part in b.parts) >= needed:
            return True
    if isinstance(a, AllOf | AnyOf | AtLeast):
        needed = _needed(a)
        implying = sum(implies(part, b) for part in a.parts)
        # At least `needed` parts are met, and fewer than `needed` fail to imply b.
        return implying > len(a.parts) - needed
    return _atomic(a, b)


def _needed(target: AllOf | AnyOf | AtLeast) -> int:
    if isinstance(target, AllOf):
        return len(target.parts)
    if isinstance(target, AnyOf):
        return 1
    return target.n


def _compound_to_compound(a: Target, b: AllOf | AnyOf | AtLeast) -> bool:
    if not isinstance(a, AllOf | AnyOf | AtLeast):
        return False
    remaining = [_essence(part) for part in b.parts]
    for part in a.parts:
        essence = _essence(part)
        if essence not in remaining:
            return False
        remaining.remove(essence)
    return not remaining and _needed(a) >= _needed(b)


def _essence(target: Any) -> Any:
    """The target without the fields that do not bear on being met."""
    if isinstance(target, tuple):
        return tuple(_essence(item) for item in target)
    if not attrs.has(type(target)) or isinstance(target, Indicator | Amount):
        return target
    values = [type(target).__name__]
    for field in attrs.fields(type(target)):
        if field.name in _COSMETIC or not field.init:
            continue
        values.append(_essence(getattr(target, field.name)))
    return tuple(values)


def _same_context(a: Any, b: Any) -> bool:
    return bool(
        a.indicator == b.indicator
        and a.scope == b.scope
        and a.members == b.members
        and a.deadline == b.deadline
        and a.exclusions == b.exclusions
    )


def _atomic(a: Target, b: Target) -> bool:
    if isinstance(a, Comparison | Between) and isinstance(b, Comparison | Between):
        if not _same_context(a, b):
            return False
        return _inside(_domain(a, _interval(a)), _interval(b))
    if isinstance(a, Ordinal) and isinstance(b, Ordinal):
        if not _same_context(a, b):
            return False
        top = Fraction(len(a.indicator.levels) - 1)
        box = _intersect(
            _op_interval(a.op, Fraction(a.level_index)), (Fraction(0), False, top, False)
        )
        return _inside(_integers(box), _op_interval(b.op, Fraction(b.level_index)))
    if isinstance(a, Change) and isinstance(b, Change):
        if not _same_context(a, b) or (a.baseline, a.relative) != (b.baseline, b.relative):
            return False
        return _inside(_op_interval(a.op, a.delta_value), _op_interval(b.op, b.delta_value))
    if isinstance(a, Rank) and isinstance(b, Rank):
        return _same_context(a, b) and a.peers == b.peers and a.k <= b.k
    if isinstance(a, Share) and isinstance(b, Share):
        if a.level != b.level or a.deadline != b.deadline or not implies(a.condition, b.condition):
            return False
        # The share meeting b's condition is at least the share meeting a's, so only
        # floors carry over.
        if not (b.op.is_lower_bound and (a.op.is_lower_bound or a.op is Op.EQ)):
            return False
        box = _intersect(
            _op_interval(a.op, a.threshold_value), (Fraction(0), False, Fraction(1), False)
        )
        return _inside(box, _op_interval(b.op, b.threshold_value))
    return False


# An interval is (low, low_strict, high, high_strict); None is unbounded.
Interval = tuple[Fraction | None, bool, Fraction | None, bool]


def _op_interval(op: Op, x: Fraction) -> Interval:
    if op is Op.GE:
        return (x, False, None, False)
    if op is Op.GT:
        return (x, True, None, False)
    if op is Op.LE:
        return (None, False, x, False)
    if op is Op.LT:
        return (None, False, x, True)
    return (x, False, x, False)


def _interval(target: Comparison | Between) -> Interval:
    if isinstance(target, Comparison):
        return _op_interval(target.op, target.threshold_value)
    return (
        target.low_value,
        not target.low_inclusive,
        target.high_value,
        not target.high_inclusive,
    )


def _domain(target: Comparison | Between, box: Interval) -> Interval:
    """Narrow an interval to the values the indicator can take."""
    indicator = target.indicator
    if indicator.measure is MeasureKind.BOOLEAN:
        return _integers(_intersect(box, (Fraction(0), False, Fraction(1), False)))
    if indicator.is_bounded_ratio:
        top = Amount(100, "percent").in_unit(indicator.unit)
        return _intersect(box, (Fraction(0), False, top, False))
    if indicator.measure is MeasureKind.RATIO:
        return _intersect(box, (Fraction(0), False, None, False))
    if indicator.measure is MeasureKind.COUNT:
        return _integers(_intersect(box, (Fraction(0), False, None, False)))
    return box


def _intersect(a: Interval, b: Interval) -> Interval:
    low, low_strict = a[0], a[1]
    if b[0] is not None and (low is None or b[0] > low or (b[0] == low and b[1])):
        low, low_strict = b[0], b[1]
    high, high_strict = a[2], a[3]
    if b[2] is not None and (high is None or b[2] < high or (b[2] == high and b[3])):
        high, high_strict = b[2], b[3]
    return (low, low_strict, high, high_strict)


def _integers(box: Interval) -> Interval:
    """Tighten an interval to the integers in it (counts, level positions)."""
    low, low_strict, high, high_strict = box
    if low is not None:
        low = Fraction(math.floor(low) + 1 if low_strict or low.denominator != 1 else low)
        low_strict = False
    if high is not None:
        high = Fraction(math.ceil(high) - 1 if high_strict or high.denominator != 1 else high)
        high_strict = False
    return (low, low_strict, high, high_strict)


def _is_empty(box: Interval) -> bool:
    low, low_strict, high, high_strict = box
    if low is None or high is None:
        return False
    return low > high or (low == high and (low_strict or high_strict))


def _inside(a: Interval, b: Interval) -> bool:
    """Whether every value in ``a`` lies in ``b``."""
    if _is_empty(a):
        return True
    if b[0] is not None:
        if a[0] is None or a[0] < b[0] or (a[0] == b[0] and b[1] and not a[1]):
            return False
    if b[2] is not None:
        if a[2] is None or a[2] > b[2] or (a[2] == b[2] and b[3] and not a[3]):
            return False
    return True
