"""Comparison, between, ordinal and yes/no targets: status and gap (docs/semantics.md §6, §8).

A value ``v = num/den`` meets ``op p/q`` when ``num·q op p·den`` (``den`` and ``q`` are
above 0): integers are compared, never floats, so 17 of 20 meets "≥ 85 %" and 2 of 3
does not meet "≥ 66.67 %". The gap is what is still missing, in the indicator's unit:
``p/q − v`` below a lower bound, ``v − p/q`` above an upper bound, ``|v − p/q|`` off an
equality; 0 when met. An ordinal target compares level indexes the same way.

>>> from fractions import Fraction
>>> from cchc_model.model.targets import Op
>>> met, gap = check_value(Op.GE, Fraction(85), Fraction(8499, 100))
>>> met, gap
(False, Fraction(1, 100))
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable
from fractions import Fraction
from typing import Any, NamedTuple

from ..model.targets import Op
from .expr import DType, Expr, col, compile_row, lit, when, wide
from .outcome import Outcome, Value
from .status import Status

__all__ = [
    "OPCODES",
    "VALUE_INPUTS",
    "Bounds",
    "Form",
    "Threshold",
    "absolute",
    "check_between",
    "check_value",
    "holds",
    "is_equal",
    "is_lower",
    "value_outcome",
    "value_rule",
]

#: Each operator as a whole number, for operators held in a column.
OPCODES = {Op.GE: 0, Op.GT: 1, Op.LE: 2, Op.LT: 3, Op.EQ: 4}


class Form(enum.Enum):
    """How a value target is decided."""

    #: ``v op p/q``: comparisons, and ordinal levels by their index.
    COMPARE = 0
    #: ``lo ≤ v ≤ hi``, each bound inclusive or not.
    BETWEEN = 1
    #: A yes/no value equal to a yes/no threshold.
    FLAG = 3


class Bounds(NamedTuple):
    """The two ends of a between target: ``low_p/low_q`` and ``high_p/high_q``."""

    low_p: Expr
    low_q: Expr
    low_inclusive: Expr
    high_p: Expr
    high_q: Expr
    high_inclusive: Expr


class Threshold(NamedTuple):
    """What a value target asks, as a rule reads it.

    Attributes:
        op: The operator, or an expression of its :data:`OPCODES` code.
        p, q: The threshold ``p/q`` (``q`` above 0) of a comparison or ordinal level.
        bounds: The ends of a between.
        flag: The yes/no value a yes/no target asks for.
        form: The :class:`Form` code, when several forms share one rule.
    """

    op: Op | Expr
    p: Expr
    q: Expr
    bounds: Bounds | None = None
    flag: Expr | None = None
    form: Expr | None = None


def holds(op: Op | Expr, left: Expr, right: Expr) -> Expr:
    """``left op right``, for an operator or an expression of its :data:`OPCODES` code."""
    if isinstance(op, Op):
        return {
            Op.GE: left >= right,
            Op.GT: left > right,
            Op.LE: left <= right,
            Op.LT: left < right,
            Op.EQ: left == right,
        }[op]
    return (
        when(op == OPCODES[Op.GE])
        .then(left >= right)
        .when(op == OPCODES[Op.GT])
        .then(left > right)
        .when(op == OPCODES[Op.LE])
        .then(left <= right)
        .when(op == OPCODES[Op.LT])
        .then(left < right)
        .otherwise(left == right)
    )


def absolute(expr: Expr) -> Expr:
    """``|expr|`` (without negation, which some wide integer columns lack)."""
    return when(expr < 0).then(0 - expr).otherwise(expr)


def is_equal(op: Op | Expr) -> Expr:
    """Whether ``op`` (an operator, or an expression of its code) is =."""
    if isinstance(op, Op):
        return lit(op is Op.EQ)
    return op == OPCODES[Op.EQ]


def is_lower(op: Op | Expr) -> Expr:
    """Whether ``op`` (an operator, or an expression of its code) is ≥ or >."""
    if isinstance(op, Op):
        return lit(op.is_lower_bound)
    return op <= OPCODES[Op.GT]


def _is_upper(op: Op | Expr) -> Expr:
    if isinstance(op, Op):
        return lit(op.is_upper_bound)
    return (op == OPCODES[Op.LE]) | (op == OPCODES[Op.LT])


def _bound(op: Op, value: Value, p: Expr, q: Expr, inclusive: Expr) -> Expr:
    """``v ≥ p/q`` (or ``>``) for a low bound, ``v ≤ p/q`` (or ``<``) for a high one."""
    left, right = wide(value.num * q), wide(value.den * p)
    strict = Op.GT if op is Op.GE else Op.LT
    return when(inclusive).then(holds(op, left, right)).otherwise(holds(strict, left, right))


def value_outcome(value: Value, threshold: Threshold, forms: frozenset[Form]) -> Outcome:
    """The status, observed value and gap of a value target (comparison, between,
    ordinal, yes/no). ``forms`` are the forms the rows can hold; with more than one,
    ``threshold.form`` says which."""
    p, q, op = threshold.p, threshold.q, threshold.op
    number = value.num.is_not_null()
    na = value.not_applicable.fill_null(False)
    at_value, at_threshold = wide(value.num * q), wide(value.den * p)
    met = holds(op, at_value, at_threshold)
    below = at_threshold - at_value  # (p/q − v)·q·den
    gap_num = (
        when(is_lower(op))
        .then(below)
        .when(_is_upper(op))
        .then(0 - below)
        .otherwise(absolute(below))
    )
    gap_den = wide(value.den * q)

    def is_form(form: Form) -> Expr:
        if forms == {form}:
            return lit(True)
        if form not in forms:
            return lit(False)
        assert threshold.form is not None, "several forms need the form column"
        return threshold.form == form.value

    if Form.BETWEEN in forms:
        ends = threshold.bounds
        assert ends is not None, "a between needs its bounds"
        low_ok = _bound(Op.GE, value, ends.low_p, ends.low_q, ends.low_inclusive)
        high_ok = _bound(Op.LE, value, ends.high_p, ends.high_q, ends.high_inclusive)
        between = is_form(Form.BETWEEN)
        met = when(between).then(low_ok & high_ok).otherwise(met)
        gap_num = (
            when(between)
            .then(
                when(~low_ok)
                .then(wide(value.den * ends.low_p) - wide(value.num * ends.low_q))
                .otherwise(wide(value.num * ends.high_q) - wide(value.den * ends.high_p))
            )
            .otherwise(gap_num)
        )
        gap_den = (
            when(between)
            .then(
                when(~low_ok)
                .then(wide(value.den * ends.low_q))
                .otherwise(wide(value.den * ends.high_q))
            )
            .otherwise(gap_den)
        )
    gap_num = when(met).then(0).otherwise(gap_num)
    gap_den = when(met).then(1).otherwise(gap_den)
    chain = when(na).then(Status.NOT_APPLICABLE.expr)
    if Form.FLAG in forms:
        assert threshold.flag is not None
        is_flag = is_form(Form.FLAG)
        has_flag = value.flag.is_not_null()
        chain = (
            chain.when(is_flag & has_flag & (value.flag == threshold.flag))
            .then(Status.MET.expr)
            .when(is_flag & has_flag)
            .then(Status.NOT_MET.expr)
            .when(is_flag)
            .then(Status.UNKNOWN.expr)
        )
        shown_number = ~na & (~is_flag | value.flag.is_null())
        decided = ~na & number & ~is_flag
    else:
        shown_number = ~na
        decided = ~na & number
    status = (
        chain.when(~number)
        .then(Status.UNKNOWN.expr)
        .when(met)
        .then(Status.MET.expr)
        .otherwise(Status.NOT_MET.expr)
    )
    return Outcome(
        status=status,
        observed_num=when(shown_number).then(value.num),
        observed_den=when(shown_number).then(value.den),
        observed_flag=when(~na).then(value.flag),
        gap_num=when(decided).then(gap_num),
        gap_den=when(decided).then(gap_den),
    )


# --- on Python values --------------------------------------------------------------------

#: The inputs of :func:`value_rule`, in order.
VALUE_INPUTS = (
    "num", "den", "flag", "na", "p", "q",
    "low_p", "low_q", "low_in", "high_p", "high_q", "high_in", "wanted",
)  # fmt: skip


@functools.cache
def value_rule(form: Form, op: Op) -> Callable[..., tuple[Any, ...]]:
    """:func:`value_outcome` for one form and operator, compiled to a Python function of
    :data:`VALUE_INPUTS` (a value ``num/den``, its ``flag``, ``na``; the threshold
    ``p/q``; a between's bounds; the yes/no ``wanted``) returning the outcome's eight
    fields."""
    value = Value(col("num"), col("den"), col("flag", DType.BOOL), col("na", DType.BOOL))
    bounds = Bounds(
        col("low_p"),
        col("low_q"),
        col("low_in", DType.BOOL),
        col("high_p"),
        col("high_q"),
        col("high_in", DType.BOOL),
    )
    threshold = Threshold(op, col("p"), col("q"), bounds, col("wanted", DType.BOOL))
    outcome = value_outcome(value, threshold, frozenset({form}))
    return compile_row(outcome.filled(), VALUE_INPUTS)


def check_value(op: Op, threshold: Fraction, value: Fraction) -> tuple[bool, Fraction]:
    """Whether ``value op threshold`` holds, and the gap (0 when it holds)."""
    status, _, _, _, gap_num, gap_den, _, _ = value_rule(Form.COMPARE, op)(
        value.numerator, value.denominator, None, False,
        threshold.numerator, threshold.denominator,
        None, None, None, None, None, None, None,
    )  # fmt: skip
    return status == Status.MET.value, Fraction(gap_num, gap_den)


def check_between(
    low: Fraction, low_inclusive: bool, high: Fraction, high_inclusive: bool, value: Fraction
) -> tuple[bool, Fraction]:
    """Whether ``value`` lies between the bounds, and the gap (0 when it does)."""
    status, _, _, _, gap_num, gap_den, _, _ = value_rule(Form.BETWEEN, Op.GE)(
        value.numerator, value.denominator, None, False, 0, 1,
        low.numerator, low.denominator, low_inclusive,
        high.numerator, high.denominator, high_inclusive, None,
    )  # fmt: skip
    return status == Status.MET.value, Fraction(gap_num, gap_den)
