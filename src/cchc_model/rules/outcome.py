"""What a rule decides for one target at one unit and period, as expressions."""

from __future__ import annotations

from typing import NamedTuple

from .expr import DType, Expr, null

__all__ = ["Counts", "Outcome", "Value"]


class Value(NamedTuple):
    """A unit's value of an indicator, as a rule reads it.

    Attributes:
        num: The numerator of the exact value (null when there is no numeric value).
        den: Its denominator, above 0.
        flag: A yes/no value (null when there is none).
        not_applicable: True when there is nothing to measure (a ratio over 0).
    """

    num: Expr
    den: Expr
    flag: Expr
    not_applicable: Expr


class Counts(NamedTuple):
    """The statuses of a target's parts, counted.

    Attributes:
        total: How many parts.
        met: How many are MET.
        unknown: How many are UNKNOWN.
        not_applicable: How many are NOT_APPLICABLE.
    """

    total: Expr
    met: Expr
    unknown: Expr
    not_applicable: Expr

    @property
    def applicable(self) -> Expr:
        """The parts that are not NOT_APPLICABLE."""
        return self.total - self.not_applicable


class Outcome(NamedTuple):
    """A target's status and the exact numbers reported with it.

    Every number is a numerator and a denominator; a field left ``None`` is not
    reported by the rule (the engine reports it as null).

    Attributes:
        status: The status's text (``"met"`` …).
        observed_num, observed_den: The observed value.
        observed_flag: A yes/no observed value.
        gap_num, gap_den: What is still missing to meet the target (0 when met).
        coverage_num, coverage_den: The share of the parts that had a value.
    """

    status: Expr
    observed_num: Expr | None = None
    observed_den: Expr | None = None
    observed_flag: Expr | None = None
    gap_num: Expr | None = None
    gap_den: Expr | None = None
    coverage_num: Expr | None = None
    coverage_den: Expr | None = None

    def filled(self) -> list[Expr]:
        """The eight fields, with a null where the rule reports nothing."""
        return [
            null(DType.BOOL if name == "observed_flag" else DType.INT) if field is None else field
            for name, field in zip(self._fields, self, strict=True)
        ]
