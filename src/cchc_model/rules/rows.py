"""What makes an observation row wrong (docs/semantics.md §4), written once for every reader.

Each check is a condition on the row's numbers: the reference reader evaluates the
checks of one row on Python values and words a problem for each that fails; the
dataframe reader flags the rows where any check fails and has the reference reader word
those. The checks come in three groups, in the order problems are reported:

* :func:`form_checks` — needing no indicator: one form of value (a value, or a
  numerator and a denominator), counts of 0 or more, a weight above 0;
* :func:`shape_checks` — the fields the indicator's measure takes (no numerator and
  denominator but for a ratio, no weight for counts, yes/no and levels, no unit for
  yes/no and levels);
* :func:`value_checks` — the value itself: a number for a numeric indicator, a ratio's
  numerator at most its denominator (bounded ratios, or over 0), a percent of at most 100
  for a bounded ratio, a count whole and not negative, a yes/no or a known level.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

from ..model.indicators import MeasureKind
from .expr import Expr, lit

__all__ = ["Check", "Measure", "Row", "all_checks", "form_checks", "shape_checks", "value_checks"]


class Row(NamedTuple):
    """An observation row as the checks read it; every number exact, null when absent.

    Attributes:
        numerator, denominator: The counts of a ratio.
        value_num, value_den: A numeric value (``value_den`` above 0).
        weight_num, weight_den: The weight (``weight_den`` above 0).
        flag: A truth value read from the value.
        level: The index of the level the value names.
        given: Whether a value of any kind was given.
        unit: Whether a unit was given.
    """

    numerator: Expr
    denominator: Expr
    value_num: Expr
    value_den: Expr
    weight_num: Expr
    weight_den: Expr
    flag: Expr
    level: Expr
    given: Expr
    unit: Expr


class Check(NamedTuple):
    """One way a row can be wrong: the problem's code and field, and when it is."""

    code: str
    field: str
    fails: Expr


Measure = MeasureKind | tuple[Expr, frozenset[MeasureKind]]


def _is(measure: Measure, *kinds: MeasureKind) -> Expr | None:
    """Whether the measure is one of ``kinds``: None when it cannot be. A measure is an
    indicator's, or a column of measure names with the measures the rows can hold."""
    if isinstance(measure, enum.Enum):
        return lit(True) if measure in kinds else None
    column, present = measure
    possible = [kind for kind in kinds if kind in present]
    if not possible:
        return None
    test: Expr = column == possible[0].value
    for kind in possible[1:]:
        test = test | (column == kind.value)
    return test


def _checks(found: list[tuple[str, str, Expr | None, Expr]]) -> list[Check]:
    return [
        Check(code, field, when & fails) for code, field, when, fails in found if when is not None
    ]


def form_checks(row: Row) -> list[Check]:
    """One form of value, counts of 0 or more, a weight above 0."""
    has_num, has_den = row.numerator.is_not_null(), row.denominator.is_not_null()
    has_weight = row.weight_num.is_not_null()
    none = ~row.given
    return [
        Check("missing-value", "value", none & ~has_num & ~has_den),
        Check("incomplete-pair", "denominator", none & has_num & ~has_den),
        Check("incomplete-pair", "numerator", none & ~has_num & has_den),
        Check("weight-with-pair", "weight", none & has_num & has_den & has_weight),
        Check("both-forms", "value", row.given & (has_num | has_den)),
        Check("negative", "numerator", (row.numerator < 0).fill_null(False)),
        Check("negative", "denominator", (row.denominator < 0).fill_null(False)),
        Check("negative", "weight", (row.weight_num < 0).fill_null(False)),
        Check("zero-weight", "weight", (row.weight_num == 0).fill_null(False)),
    ]


_NOT_RATIO = tuple(kind for kind in MeasureKind if kind is not MeasureKind.RATIO)


def shape_checks(row: Row, measure: Measure) -> list[Check]:
    """The fields the measure takes."""
    has_pair = row.numerator.is_not_null() | row.denominator.is_not_null()
    has_weight = row.weight_num.is_not_null()
    unweighted = (MeasureKind.COUNT, MeasureKind.BOOLEAN, MeasureKind.ORDINAL)
    return _checks(
        [
            ("not-a-ratio", "numerator", _is(measure, *_NOT_RATIO), has_pair),
            ("unexpected-weight", "weight", _is(measure, *unweighted), has_weight),
            (
                "unexpected-unit",
                "unit",
                _is(measure, MeasureKind.BOOLEAN, MeasureKind.ORDINAL),
                row.unit,
            ),
        ]
    )


def value_checks(row: Row, measure: Measure, bounded: Expr, full: tuple[Expr, Expr]) -> list[Check]:
    """The value itself; ``bounded``: the indicator is a ratio of at most 100 %, which
    is ``full[0] / full[1]`` in its unit."""
    numeric = (MeasureKind.RATIO, MeasureKind.COUNT, MeasureKind.AMOUNT, MeasureKind.SCORE)
    num, den = row.numerator, row.denominator
    has_pair = num.is_not_null() & den.is_not_null()
    value, scale = row.value_num, row.value_den
    ratio = _is(measure, MeasureKind.RATIO)
    count = _is(measure, MeasureKind.COUNT)
    above = (value * full[1] > full[0] * scale).fill_null(False)
    no_flag = row.given & row.flag.is_null()
    no_level = row.given & row.level.is_null()
    return _checks(
        [
            (
                "numerator-above-denominator",
                "numerator",
                ratio,
                (has_pair & (num > den) & (bounded | (den == 0))).fill_null(False),
            ),
            ("not-a-number", "value", _is(measure, *numeric), ~has_pair & value.is_null()),
            ("negative", "value", ratio, (value < 0).fill_null(False)),
            ("bounded-ratio-above-100", "value", ratio, bounded & above),
            ("negative-count", "value", count, (value < 0).fill_null(False)),
            (
                "not-integer",
                "value",
                count,
                ((value >= 0) & (value % scale != 0)).fill_null(False),
            ),
            ("not-boolean", "value", _is(measure, MeasureKind.BOOLEAN), no_flag),
            ("unknown-level", "value", _is(measure, MeasureKind.ORDINAL), no_level),
        ]
    )


def all_checks(row: Row, measure: Measure, bounded: Expr, full: tuple[Expr, Expr]) -> list[Check]:
    """Every check, in the order problems are reported."""
    return [
        *form_checks(row),
        *shape_checks(row, measure),
        *value_checks(row, measure, bounded, full),
    ]
