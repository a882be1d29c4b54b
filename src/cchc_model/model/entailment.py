"""Entailment between targets: ``implies(a, b)`` (docs/semantics.md §9).

``implies`` is sound, not complete: when it answers ``True``, every data set on which
``a`` is MET leaves ``b`` MET (or NOT_APPLICABLE, when there is nothing to measure).
When it cannot prove that, it answers ``False``.

>>> from cchc_model.model.indicators import Indicator, MeasureKind
>>> from cchc_model.model.targets import Comparison, Op
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
    RankChange,
    Share,
    Target,
)
from .units import Amount

__all__ = ["implies"]

# Fields that do not change when a target is met.
_COSMETIC = frozenset({"id", "source_text", "source_span", "aspirational", "note", "area"})


def implies(a: Target, b: Target) -> bool:
    """Whether meeting ``a`` guarantees meeting ``b`` on every data set.

    "Meeting" ``b`` here includes ``b`` being NOT_APPLICABLE because there is nothing to
    measure. Rules (each sound on its own):

    * a target implies itself, whatever its id, words or aspirational flag;
    * on one indicator, scope, breakdown, timing (deadline, own period, recurrence) and
      exclusions (and one sub-quota base, ``within``, and one ``each_member``), the set
      of values meeting ``a`` lies inside the set meeting ``b`` (≥ 90 % ⇒ ≥ 85 %;
      > x ⇒ ≥ x; ≥ 100 % ⇒ = 100 % for a bounded ratio that is not a sub-quota; > 1 ⇒ ≥ 2
      for a count);
    * ordinal levels, ranks (top 3 ⇒ top 5; top 10 % ⇒ top 20 %; top 1 ⇒ any top share),
      changes and rank movements (up ≥ 3 places ⇒ up ≥ 1, same baseline) likewise;
    * a share implies a share at the same level whose condition, on the same indicator,
      is implied and whose threshold is no higher;
    * all of / any of / at least n, on either side, by their parts — counting only the
      parts that are certainly met, since NOT_APPLICABLE parts are dropped (all of
      [p, q] is met when p is met and q has nothing to measure);
    * a compound or a share with its own timing (window, deadline, recurrence) reads its
      parts on other periods: it implies, and is implied by, only its equal.
    """
    return _entails(a, b, strict=False)


_COMPOUNDS = (AllOf, AnyOf, AtLeast)


def _entails(a: Target, b: Target, strict: bool) -> bool:
    """``a`` MET ⇒ ``b`` MET (``strict``), or ``b`` MET or NOT_APPLICABLE (not strict)."""
    if _essence(a) == _essence(b):
        return True
    if _timed_container(a) or _timed_container(b):
        # read on other periods than its parts (its window, up to its deadline, or once
        # per occurrence): not compared through them (docs/evaluation.md, "Timing")
        return False
    if isinstance(a, _COMPOUNDS) and isinstance(b, _COMPOUNDS) and _same_parts(a, b):
        if isinstance(b, AllOf):
            # Only "at least all" guarantees that no part was dropped.
            return isinstance(a, AtLeast) and a.n == len(a.parts)
        return _certainly_met(a) >= _needed(b)
    if isinstance(b, AllOf):
        if all(_entails(a, part, False) for part in b.parts) and (
            not strict or any(_entails(a, part, True) for part in b.parts)
        ):
            return True
    elif isinstance(b, AnyOf | AtLeast) and sum(
        _entails(a, part, True) for part in b.parts
    ) >= _needed(b):
        return True
    if isinstance(a, _COMPOUNDS):
        # At least `certain` parts of a are met; if fewer than that fail to imply b,
        # one met part implies it.
        certain = _certainly_met(a)
        if sum(_entails(part, b, strict) for part in a.parts) > len(a.parts) - certain:
            return True
        # Every part of a met all of is met or has nothing to measure; a part measured
        # on the same data as b has nothing to measure exactly when b has nothing.
        return (
            not strict
            and isinstance(a, AllOf)
            and any(_coupled(part, b) and _entails(part, b, False) for part in a.parts)
        )
    if isinstance(b, _COMPOUNDS):
        return False
    return _atomic(a, b)


def _timed_container(target: Target) -> bool:
    """A compound or a share with its own window, deadline or recurrence."""
    own = target.period is not None or target.every is not None or target.deadline is not None
    return own and isinstance(target, (*_COMPOUNDS, Share))


def _needed(target: AllOf | AnyOf | AtLeast) -> int:
    if isinstance(target, AllOf):
        return len(target.parts)
    if isinstance(target, AnyOf):
        return 1
    return target.n


def _certainly_met(target: AllOf | AnyOf | AtLeast) -> int:
    """How many parts are certainly MET when the compound is MET."""
    return target.n if isinstance(target, AtLeast) else 1


def _same_parts(a: AllOf | AnyOf | AtLeast, b: AllOf | AnyOf | AtLeast) -> bool:
    remaining = [_essence(part) for part in b.parts]
    for part in a.parts:
        essence = _essence(part)
        if essence not in remaining:
            return False
        remaining.remove(essence)
    return not remaining


_ATOMIC = (Comparison, Between, Ordinal, Change, Rank, RankChange)


def _coupled(a: Target, b: Target) -> bool:
    """Whether ``a`` and ``b`` read the same data: both or neither have nothing to measure."""
    if not isinstance(a, _ATOMIC) or not isinstance(b, _ATOMIC):
        return False
    if isinstance(a, Change) != isinstance(b, Change) or isinstance(a, Rank) != isinstance(b, Rank):
        return False
    if isinstance(a, RankChange) != isinstance(b, RankChange):
        return False
    baselines = isinstance(a, Change | RankChange) and isinstance(b, Change | RankChange)
    if baselines and a.baseline != b.baseline:  # type: ignore[union-attr]
        return False
    return _same_context(a, b)


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
        and a.period == b.period
        and a.every == b.every
        and a.exclusions == b.exclusions
        # a sub-quota's base and a breakdown met member by member are read alike or not
        # compared at all
        and getattr(a, "within", None) == getattr(b, "within", None)
        and getattr(a, "each_member", None) == getattr(b, "each_member", None)
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
        return _same_context(a, b) and a.peers == b.peers and _higher_top(a, b)
    if isinstance(a, RankChange) and isinstance(b, RankChange):
        if not _same_context(a, b) or (a.peers, a.baseline) != (b.peers, b.baseline):
            return False
        # The improvement is a whole number of places.
        return _inside(
            _integers(_op_interval(a.op, Fraction(a.places))),
            _op_interval(b.op, Fraction(b.places)),
        )
    if isinstance(a, Share) and isinstance(b, Share):
        same_data = _coupled(a.condition, b.condition)
        if a.level != b.level or a.deadline != b.deadline or not same_data:
            return False
        if not _entails(a.condition, b.condition, True):
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


def _higher_top(a: Rank, b: Rank) -> bool:
    """Whether ``a``'s top is within ``b``'s among the same peers: K ≤ K′, or a top share
    no larger (⌈f·n⌉ grows with f), or rank 1 against any top share (K′ ≥ 1)."""
    if a.k is not None and b.k is not None:
        return a.k <= b.k
    if a.top_value is not None and b.top_value is not None:
        return a.top_value <= b.top_value
    return a.k == 1


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
    if indicator.is_bounded_ratio and target.within is None:  # a base can count fewer
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
    low_fails = b[0] is not None and (
        a[0] is None or a[0] < b[0] or (a[0] == b[0] and b[1] and not a[1])
    )
    high_fails = b[2] is not None and (
        a[2] is None or a[2] > b[2] or (a[2] == b[2] and b[3] and not a[3])
    )
    return not (low_fails or high_fails)
