"""The dataframe engine's column names, integer-key bounds, and the rules' inputs as columns.

Units, indicators, member sets and periods are integer ids (their positions in the
engine's lists); every exact number is a pair of integer columns.
"""

from __future__ import annotations

from typing import Final

from ...rules.expr import DType, Expr, col
from ...rules.outcome import Value
from ...rules.rollup import Part, Scales, nothing_expected

__all__ = [
    "KEYS",
    "MAX_CODES",
    "MAX_NODES",
    "MAX_PERIODS",
    "MAX_SPANS",
    "RESULT",
    "ROLLUP",
    "ROLLUP_BOUNDS",
    "VALUE",
    "found",
    "part",
    "scales",
    "value",
]

#: Integer keys hold fewer than this many indicators, and as many member sets.
MAX_CODES = 4096
#: … fewer than this many distinct periods in the data …
MAX_SPANS = 65536
#: … fewer periods (with baselines) in one evaluation …
MAX_PERIODS = 256
#: … and fewer units.
MAX_NODES = 2**26

#: A roll-up's key: the unit, the indicator, the member set and the period, by id.
KEYS: Final = ("unit_id", "indicator_id", "members_id", "period_id")
#: Each key column's bound, in the order a packed key (see :mod:`.keys`) nests them.
ROLLUP_BOUNDS = (
    ("unit_id", MAX_NODES),
    ("period_id", MAX_PERIODS),
    ("indicator_id", MAX_CODES),
    ("members_id", MAX_CODES),
)
#: A value: ``value_num / value_den``, a yes/no ``value_flag``, ``not_applicable``.
VALUE: Final = ("value_num", "value_den", "value_flag", "not_applicable")
#: The additive pair ``pair_num / ns`` over ``pair_den / ds``.
PAIR: Final = ("pair_num", "pair_den")
#: A roll-up row: key, pair, value, and how it was found (``how``, counts, coverage).
ROLLUP = (
    *KEYS,
    *PAIR,
    *VALUE,
    "how",
    "reported",
    "expected",
    "coverage_num",
    "coverage_den",
    "mixed",
)
#: The columns a target's decision adds to its (root, unit, period) rows.
RESULT: Final = (
    "status",
    "observed_num",
    "observed_den",
    "observed_flag",
    "gap_num",
    "gap_den",
    "coverage_num",
    "coverage_den",
)


def value(prefix: str = "") -> Value:
    """The value columns (``prefix`` + :data:`VALUE`) as a rule's input."""
    return Value(
        col(f"{prefix}value_num"),
        col(f"{prefix}value_den"),
        col(f"{prefix}value_flag", DType.BOOL),
        col(f"{prefix}not_applicable", DType.BOOL),
    )


def found(prefix: str = "", expected: Expr | None = None) -> Value:
    """The value columns of a roll-up row joined to what asks for it. A row that is
    absent (the join found none) of a pool that expects no unit has nothing to measure
    (:func:`~cchc_model.rules.rollup.nothing_expected`); ``expected`` says how many
    units the pool expects (None: not a pool)."""
    read = value(prefix)
    if expected is None:
        return read
    absent = read.num.is_null() & read.flag.is_null() & read.not_applicable.is_null()
    nothing = absent & nothing_expected(expected)
    return read._replace(not_applicable=read.not_applicable.fill_null(False) | nothing)


def part(prefix: str = "", child: Expr | None = None) -> Part:
    """A roll-up part's columns as a rule's input."""
    return Part(
        col(f"{prefix}pair_num"),
        col(f"{prefix}pair_den"),
        value(prefix),
        child if child is not None else col("child", DType.BOOL, nullable=False),
    )


def scales() -> Scales:
    """The indicator's scale columns (gathered by indicator id)."""
    return Scales(*(col(name, nullable=False) for name in ("ns", "ds", "kn", "kd")))
