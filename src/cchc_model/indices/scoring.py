"""Scoring rules and index scores: Decision 766, the PAR Index and local PAR sets.

An index (Decision 766/QĐ-TTg, a province's PAR set) gives each indicator some points by a
**rule**, sums the points by **group**, and classifies the total by **bands**. Here every
rule, maximum, threshold and band is data (a catalogue file, see
:mod:`cchc_model.indices.catalogues`), each figure carrying its source and a confidence tag
(:class:`Confidence`), and every computation is exact (:class:`fractions.Fraction`).

Rules (the value is a rate in percent, or a count of occurrences):

=================  =====  ============================================================
rule               value  points
=================  =====  ============================================================
threshold_linear   rate   ``min(1, rate / threshold) × points`` (766: "≥ 80 % → full")
banded             rate   the points of the band the rate falls in; bands are half-open
                          intervals that cover [0, 100] with no gap or overlap
                          ("từ 90% đến dưới 100%: 1,5đ" is ``[90, 100) → 1.5``)
deduction          count  ``max(floor, points − per × count)`` ("thiếu mỗi kỳ trừ 0,5đ")
zero_out           count  ``points`` if the count is 0, else 0 (one failure zeroes it)
per_item           count  ``min(points, per × count)`` (N points per item, capped)
=================  =====  ============================================================

A rate given as ``(numerator, denominator)`` with denominator 0 is *not applicable*
("không phát sinh"), as is the :data:`NOT_APPLICABLE` marker; each rule says what that
scores (:class:`NotApplicablePolicy`): full points, zero, or excluded from the maximum.
A missing value (``None``) is not the same: the item, its group and the total are unknown.

>>> from fractions import Fraction
>>> rule = ThresholdLinear(points=6, threshold=90)  # 766, indicator 5c
>>> rule.score(Fraction(90)), rule.score(Fraction(45))
(Fraction(6, 1), Fraction(3, 1))
>>> banded = Banded(bands=[Band("[100, 100]", 3), Band("[90, 100)", "1.5"), Band("[0, 90)", 0)])
>>> banded.score(Fraction(95))
Fraction(3, 2)
>>> classify(Fraction(838, 10), Classification(id="demo", name="Demo", bands=[
...     ClassBand("tốt", "[80, 100]"), ClassBand("khá", "[0, 80)")]))
'tốt'
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from fractions import Fraction
from typing import Any, ClassVar, Literal, NoReturn, Self, TypeAlias, TypeVar

import attrs

from .. import validators
from ..exceptions import Problem, ValidationError, join_path
from ..io.observations import Observation
from ..model.indicators import Indicator, MeasureKind
from ..model.periods import Period
from ..model.units import Amount, Number, exact, format_number

__all__ = [
    "NOT_APPLICABLE",
    "Band",
    "Banded",
    "ClassBand",
    "Classification",
    "Confidence",
    "Deduction",
    "Figure",
    "Group",
    "GroupScore",
    "IndexDefinition",
    "IndexItem",
    "IndexScore",
    "Interval",
    "ItemScore",
    "ItemStatus",
    "NotApplicable",
    "NotApplicablePolicy",
    "PerItem",
    "Reading",
    "Rule",
    "ThresholdLinear",
    "ZeroOut",
    "check_tiling",
    "classification_from_data",
    "classify",
    "figure_from_data",
    "index_from_data",
    "rating_observations",
    "score_index",
    "shown",
]

ZERO = Fraction(0)
ONE = Fraction(1)
HUNDRED = Fraction(100)
T = TypeVar("T")


def _fail(path: str, value: Any, message: str, code: str = "invalid") -> NoReturn:
    raise ValidationError.single(path, value, message, code)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _pct(value: Fraction) -> str:
    return f"{format_number(value)} %"


def shown(value: Fraction | None) -> str:
    """A number for people: exact when it is a short decimal, else ``≈`` two places.

    >>> shown(Fraction(7685, 100)), shown(Fraction(7685, 94)), shown(None)
    ('76.85', '≈81.76', '?')
    """
    if value is None:
        return "?"
    text = format_number(value)
    if "/" not in text:
        return text
    return f"≈{float(round(value, 2)):.2f}" if abs(value) < 10**9 else text


def _share(value: Fraction) -> str:
    """A rate as a share of 1, as the portal's formulas write it: ``0.62``, ``0.80``.

    >>> _share(Fraction(62)), _share(Fraction(80)), _share(Fraction(200, 3))
    ('0.62', '0.80', '≈0.6667')
    """
    share = value / HUNDRED
    for places in range(2, 7):
        if (share * 10**places).denominator == 1:
            return _fixed(share, places)
    return "≈" + _fixed(round(share, 4), 4)


def _fixed(value: Fraction, places: int) -> str:
    """A non-negative number with ``places`` decimals, which it must hold exactly."""
    scaled = int(value * 10**places)
    whole, part = divmod(scaled, 10**places)
    return f"{whole}.{part:0{places}d}"


# --- provenance -----------------------------------------------------------------------


class Confidence(enum.Enum):
    """How sure a figure is (the tags of DOMAIN.md).

    ``V`` seen in the cited source; ``S`` secondary (news, third-party code); ``R``
    recalled or inferred, to verify before relying on it; ``example`` an illustration
    chosen by cchc_model, from no source at all.
    """

    VERIFIED = "V"
    SECONDARY = "S"
    RECALLED = "R"
    EXAMPLE = "example"

    @property
    def tag(self) -> str:
        """The tag as printed: ``[V]``, ``[S]``, ``[R]`` or ``[example]``."""
        return f"[{self.value}]"

    @classmethod
    def parse(cls, value: Any, path: str = "") -> Confidence:
        """Read ``V``, ``S``, ``R`` or ``example`` (a tag in brackets is accepted too)."""
        if isinstance(value, Confidence):
            return value
        if isinstance(value, str):
            key = value.strip().strip("[]").strip()
            for member in cls:
                if key in (member.value, member.value.lower(), member.name.lower()):
                    return member
        _fail(
            path,
            value,
            f"{_show(value)} is not a confidence tag; expected V, S, R or example",
            "confidence",
        )


def _to_confidence(value: Confidence | str | None) -> Confidence | None:
    return None if value is None else Confidence.parse(value, "confidence")


def _to_optional_number(value: Any) -> Fraction | None:
    return None if value is None else exact(value, "value")


@attrs.frozen
class Figure:
    """A number from a source: its value (``None`` when not known), tag and source.

    Attributes:
        value: The number, exact; ``None`` when no source gives it ("not found").
        confidence: How sure it is; ``None`` for a figure a user sets without a tag.
        source: The key of a catalogue source (or free text outside a catalogue).
        note: Anything worth knowing about it.

    Example:
        ``Figure(18, Confidence.VERIFIED, "namdinh")`` is the maximum of 766's first group.
    """

    value: Fraction | None = attrs.field(converter=_to_optional_number)
    confidence: Confidence | None = attrs.field(default=None, converter=_to_confidence)
    source: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    note: str = attrs.field(default="", validator=validators.is_instance(str, "text"))

    @property
    def known(self) -> bool:
        """Whether the value is known."""
        return self.value is not None

    def __str__(self) -> str:
        if self.value is None:
            return "unknown"
        tag = f" {self.confidence.tag}" if self.confidence is not None else ""
        return f"{format_number(self.value)}{tag}"


def _to_figure(value: Figure | Number | None) -> Figure:
    return value if isinstance(value, Figure) else Figure(value)


# --- intervals and tiling -------------------------------------------------------------

_NUM = r"([0-9]+(?:[.,][0-9]+)?)\s*%?"
_BRACKETS = re.compile(
    r"^\s*([\[\(])\s*([+-]?[0-9][0-9.,/]*)\s*%?\s*[;,]\s*([+-]?[0-9][0-9.,/]*)\s*%?\s*([\]\)])\s*$"
)
_VI_FORMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), shape)
    for pattern, shape in (
        (rf"^từ\s+{_NUM}\s+đến\s+dưới\s+{_NUM}$", "[a,b)"),
        (rf"^từ\s+{_NUM}\s+đến\s+{_NUM}$", "[a,b]"),
        (rf"^trên\s+{_NUM}\s+đến\s+dưới\s+{_NUM}$", "(a,b)"),
        (rf"^trên\s+{_NUM}\s+đến\s+{_NUM}$", "(a,b]"),
        (rf"^dưới\s+{_NUM}$", "[lo,b)"),
        (rf"^(?:từ\s+)?{_NUM}\s+trở\s+lên$", "[a,hi]"),
        (rf"^(?:trên|hơn)\s+{_NUM}$", "(a,hi]"),
        (rf"^(?:đạt\s+)?{_NUM}$", "[a,a]"),
    )
)


def _interval_number(text: str, path: str) -> Fraction:
    return exact(text.strip().rstrip("%").strip(), path)


@attrs.frozen
class Interval:
    """An interval of rates in percent, each end open or closed.

    ``Interval.parse`` reads interval notation (``"[90, 100)"``) and the Vietnamese forms
    of scoring bands: "từ 90% đến dưới 100%" is ``[90, 100)``, "dưới 90%" is ``[0, 90)``,
    "từ 90% trở lên" is ``[90, 100]``, "đạt 100%" is ``[100, 100]`` (DOMAIN.md §1, §4).

    Example:
        >>> str(Interval.parse("từ 90% đến dưới 100%")), Fraction(95) in Interval.parse("[90, 100)")
        ('[90, 100)', True)
    """

    low: Fraction = attrs.field(converter=exact)
    high: Fraction = attrs.field(converter=exact)
    low_closed: bool = attrs.field(default=True, validator=validators.is_instance(bool, "a flag"))
    high_closed: bool = attrs.field(default=False, validator=validators.is_instance(bool, "a flag"))

    def __attrs_post_init__(self) -> None:
        empty = self.low > self.high or (
            self.low == self.high and not (self.low_closed and self.high_closed)
        )
        if empty:
            _fail("", str(self), f"{self} is empty; expected an interval with some rate in it")

    @classmethod
    def parse(
        cls, text: Interval | str, path: str = "", low: Number = 0, high: Number = 100
    ) -> Interval:
        """Read ``"[90, 100)"`` or a Vietnamese form; ``low``/``high`` close open-ended ones.

        Raises:
            ValidationError: text that fits no form, or an empty interval.
        """
        if isinstance(text, Interval):
            return text
        if not isinstance(text, str):
            _fail(path, text, f"{_show(text)} is not an interval; expected e.g. [90, 100)")
        lo, hi = exact(low), exact(high)
        match = _BRACKETS.match(text)
        try:
            if match:
                return cls(
                    _interval_number(match.group(2), path),
                    _interval_number(match.group(3), path),
                    match.group(1) == "[",
                    match.group(4) == "]",
                )
            key = unicodedata.normalize("NFC", text).strip().casefold()
            key = re.sub(r"\s+", " ", key)
            for pattern, shape in _VI_FORMS:
                found = pattern.match(key)
                if not found:
                    continue
                nums = [_interval_number(g, path) for g in found.groups()]
                if shape == "[lo,b)":
                    return cls(lo, nums[0], True, False)
                if shape == "[a,hi]":
                    return cls(nums[0], hi, True, True)
                if shape == "(a,hi]":
                    return cls(nums[0], hi, False, True)
                if shape == "[a,a]":
                    return cls(nums[0], nums[0], True, True)
                return cls(nums[0], nums[1], shape[0] == "[", shape[-1] == "]")
        except ValidationError as exc:
            raise ValidationError(
                Problem(path, text, f"{text!r}: {p.message}", p.code) for p in exc.problems
            ) from None
        _fail(
            path,
            text,
            f"{text!r} is not an interval; expected e.g. [90, 100), (80, 90], "
            '"từ 90% đến dưới 100%", "dưới 90%", "từ 90% trở lên" or "đạt 100%"',
            "interval",
        )

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, Fraction | int):
            return False
        above = value >= self.low if self.low_closed else value > self.low
        below = value <= self.high if self.high_closed else value < self.high
        return above and below

    @property
    def start_key(self) -> tuple[Fraction, int]:
        """Where the interval starts, as a point on the line with open ends after points."""
        return (self.low, 0 if self.low_closed else 1)

    @property
    def end_key(self) -> tuple[Fraction, int]:
        """Where the next interval must start for the two to meet with no gap or overlap."""
        return (self.high, 1 if self.high_closed else 0)

    @property
    def vi(self) -> str:
        """A Vietnamese reading: "từ 90% đến dưới 100%"."""
        a, b = format_number(self.low), format_number(self.high)
        if self.low == self.high:
            return f"đạt {a}%"
        head = f"từ {a}%" if self.low_closed else f"trên {a}%"
        tail = f"đến {b}%" if self.high_closed else f"đến dưới {b}%"
        return f"{head} {tail}"

    def __str__(self) -> str:
        left = "[" if self.low_closed else "("
        right = "]" if self.high_closed else ")"
        return f"{left}{format_number(self.low)}, {format_number(self.high)}{right}"


def _from_keys(start: tuple[Fraction, int], end: tuple[Fraction, int]) -> str:
    """The interval between two cursor keys, as text (for messages)."""
    left = "[" if start[1] == 0 else "("
    right = "]" if end[1] == 1 else ")"
    return f"{left}{format_number(start[0])}, {format_number(end[0])}{right}"


def check_tiling(
    intervals: Sequence[Interval],
    path: str = "bands",
    low: Fraction = ZERO,
    high: Fraction = HUNDRED,
) -> list[Problem]:
    """Every problem with ``intervals`` as a cover of ``[low, high]``: gaps, overlaps, strays.

    Each interval must lie inside ``[low, high]``; together they must cover it with no gap
    and no overlap (so every rate falls in exactly one). Paths name the interval
    (``bands[2]``).

    Example:
        >>> (gap,) = check_tiling([Interval(0, 80), Interval(85, 100, True, True)])
        >>> gap.code, gap.message
        ('band-gap', 'no band covers [80, 85); expected bands that cover [0, 100] with no gap')
    """
    problems: list[Problem] = []
    inside: list[int] = []
    for index, interval in enumerate(intervals):
        if interval.low < low or interval.high > high:
            problems.append(
                Problem(
                    f"{path}[{index}]",
                    str(interval),
                    f"{interval} reaches outside [{format_number(low)}, {format_number(high)}]; "
                    "expected a band inside that range",
                    "band-range",
                )
            )
        else:
            inside.append(index)
    order = sorted(inside, key=lambda i: intervals[i].start_key)
    cursor: tuple[Fraction, int] = (low, 0)
    last: int | None = None
    whole = f"[{format_number(low)}, {format_number(high)}]"
    for index in order:
        interval = intervals[index]
        start = interval.start_key
        if start > cursor:
            problems.append(
                Problem(
                    f"{path}[{index}]",
                    str(interval),
                    f"no band covers {_from_keys(cursor, start)}; expected bands that cover "
                    f"{whole} with no gap",
                    "band-gap",
                )
            )
        elif start < cursor and last is not None:
            problems.append(
                Problem(
                    f"{path}[{index}]",
                    str(interval),
                    f"{interval} overlaps {intervals[last]} ({path}[{last}]) on "
                    f"{_from_keys(start, min(cursor, interval.end_key))}; expected bands that "
                    "do not overlap",
                    "band-overlap",
                )
            )
        if last is None or interval.end_key > cursor:
            cursor, last = interval.end_key, index
    if cursor < (high, 1):
        problems.append(
            Problem(
                path,
                None,
                f"no band covers {_from_keys(cursor, (high, 1))}; expected bands that cover "
                f"{whole} with no gap",
                "band-gap",
            )
        )
    return problems


# --- rules ----------------------------------------------------------------------------


class NotApplicablePolicy(enum.Enum):
    """What a rule scores when there is nothing to measure (a 0 denominator).

    ``full``: full points ("không phát sinh → tính đủ điểm"); ``zero``: no points, but the
    points stay in the maximum; ``exclude``: the indicator leaves the score and the
    maximum (766's "N/A").
    """

    FULL = "full"
    ZERO = "zero"
    EXCLUDE = "exclude"


class NotApplicable(enum.Enum):
    """The marker for "nothing to measure" given in place of a value."""

    NOT_APPLICABLE = "not_applicable"

    def __repr__(self) -> str:
        return "NOT_APPLICABLE"


#: Give this as an indicator's value when there was nothing to measure ("không phát sinh").
NOT_APPLICABLE: Literal[NotApplicable.NOT_APPLICABLE] = NotApplicable.NOT_APPLICABLE


def _to_policy(value: NotApplicablePolicy | str) -> NotApplicablePolicy:
    if isinstance(value, NotApplicablePolicy):
        return value
    for member in NotApplicablePolicy:
        if value == member.value:
            return member
    _fail(
        "not_applicable",
        value,
        f"{_show(value)} is not a not-applicable policy; expected full, zero or exclude",
        "policy",
    )


def _non_negative_points(_: Any, attribute: attrs.Attribute[Any], value: Figure) -> None:
    if value.value is not None and value.value < 0:
        _fail(
            attribute.name,
            format_number(value.value),
            f"{format_number(value.value)} points is below 0; expected at least 0",
            "range",
        )


def _positive(_: Any, attribute: attrs.Attribute[Any], value: Fraction) -> None:
    if value <= 0:
        _fail(
            attribute.name,
            format_number(value),
            f"{format_number(value)} is not above 0; expected a positive number",
            "range",
        )


class _Rule:
    """What every rule shares: points, a not-applicable policy, and scoring by value."""

    __slots__ = ()

    kind: ClassVar[str]
    #: ``"rate"`` (a percent in [0, 100]) or ``"count"`` (a whole number ≥ 0).
    measures: ClassVar[str]
    points: Figure
    not_applicable: NotApplicablePolicy
    note: str

    @property
    def maximum(self) -> Fraction | None:
        """The most this rule can give; ``None`` when its points are not known."""
        return self.points.value

    def score(self, value: Fraction) -> Fraction | None:
        """The points for a rate (percent) or a count; ``None`` when the points are unknown.

        Raises:
            ValidationError: a rate outside [0, 100] or a count that is not a whole
                number ≥ 0.
        """
        self.check_value(value)
        if self.points.value is None:
            return None
        return self._score(value, self.points.value)

    def check_value(self, value: Fraction, path: str = "value") -> None:
        """Raise if ``value`` is outside what the rule scores."""
        if self.measures == "rate":
            if value < 0 or value > HUNDRED:
                _fail(
                    path,
                    _pct(value),
                    f"{_pct(value)} is outside 0 % to 100 %; expected a rate in percent",
                    "range",
                )
        elif value < 0 or value.denominator != 1:
            _fail(
                path,
                format_number(value),
                f"{format_number(value)} is not a count; expected a whole number ≥ 0",
                "range",
            )

    def with_points(self, points: Figure | Number | None) -> Self:
        """The same rule with other points (a number, or a sourced :class:`Figure`)."""
        return attrs.evolve(self, points=_to_figure(points))  # type: ignore[misc]

    def not_applicable_score(self) -> tuple[Fraction | None, Fraction | None]:
        """``(score, maximum)`` when there is nothing to measure, per the policy."""
        points = self.points.value
        if self.not_applicable is NotApplicablePolicy.EXCLUDE:
            return ZERO, ZERO
        if points is None:
            return None, None
        return (points if self.not_applicable is NotApplicablePolicy.FULL else ZERO), points

    def _score(self, value: Fraction, points: Fraction) -> Fraction:
        raise NotImplementedError

    def working(self, value: Fraction) -> str:
        """The arithmetic that scores ``value``, ending in its points: ``2 × 0.62 / 0.80 =
        1.55`` (exact when short, else ``≈`` two places).

        Raises:
            ValidationError: the value is outside what the rule scores, or the rule's
                points are not known.
        """
        score = self.score(value)
        if score is None:
            _fail("points", "unknown", "the rule's points are not known; expected points")
        return self._working(value, score)

    def _working(self, value: Fraction, score: Fraction) -> str:
        raise NotImplementedError

    def describe(self) -> str:
        """The rule in words and symbols."""
        raise NotImplementedError

    def figures(self) -> Iterator[tuple[str, Figure]]:
        """Every sourced figure of the rule, with its field name."""
        yield "points", self.points

    def __str__(self) -> str:
        return self.describe()


@attrs.frozen(kw_only=True)
class ThresholdLinear(_Rule):
    """``min(1, rate / threshold) × points``: full points from the threshold, else in proportion.

    766, indicator 3.1: "≥ 80 % → full points, else rate × max / 80" is
    ``ThresholdLinear(points=…, threshold=80)``; a plain proportional rule ("rate × max")
    has threshold 100. With ``capped=False`` the points keep growing past the threshold
    (``rate / threshold × points``, up to ``points × 100 / threshold`` at 100 %): the
    portal's fitted online-payment term ``2.5 × C`` is ``points=2, threshold=80,
    capped=False``.

    Attributes:
        points: The points at the threshold (a :class:`Figure`; a number is accepted),
            which is the maximum unless the rule is uncapped.
        threshold: The rate in percent from which the points are full, in (0, 100].
        capped: Whether the points stop at ``points`` (the default).
        not_applicable: What a 0 denominator scores.
    """

    kind: ClassVar[str] = "threshold_linear"
    measures: ClassVar[str] = "rate"

    points: Figure = attrs.field(converter=_to_figure, validator=_non_negative_points)
    threshold: Figure = attrs.field(default=Figure(100), converter=_to_figure)
    capped: bool = attrs.field(default=True, validator=validators.is_instance(bool, "yes or no"))
    not_applicable: NotApplicablePolicy = attrs.field(
        default=NotApplicablePolicy.EXCLUDE, converter=_to_policy
    )
    note: str = attrs.field(default="", validator=validators.is_instance(str, "text"))

    def __attrs_post_init__(self) -> None:
        value = self.threshold.value
        if value is None or value <= 0 or value > HUNDRED:
            text = "unknown" if value is None else _pct(value)
            _fail(
                "threshold",
                text,
                f"{text} is not a threshold; expected a rate above 0 % and at most 100 %",
                "range",
            )

    @property
    def maximum(self) -> Fraction | None:
        """The points at 100 %: ``points``, or ``points × 100 / threshold`` uncapped."""
        points = self.points.value
        if points is None or self.capped:
            return points
        assert self.threshold.value is not None
        return points * HUNDRED / self.threshold.value

    def _score(self, value: Fraction, points: Fraction) -> Fraction:
        assert self.threshold.value is not None
        ratio = value / self.threshold.value
        return (min(ONE, ratio) if self.capped else ratio) * points

    def _working(self, value: Fraction, score: Fraction) -> str:
        assert self.threshold.value is not None
        assert self.points.value is not None
        points = format_number(self.points.value)
        if self.threshold.value == HUNDRED:
            return f"{points} × {_share(value)} = {shown(score)}"
        if self.capped and value >= self.threshold.value:
            return f"{_share(value)} ≥ {_share(self.threshold.value)}: full {points}"
        return f"{points} × {_share(value)} / {_share(self.threshold.value)} = {shown(score)}"

    def describe(self) -> str:
        assert self.threshold.value is not None
        if self.threshold.value == HUNDRED:
            return f"rate × {self.points}"
        if not self.capped:
            return f"rate / {_pct(self.threshold.value)} × {self.points}, not capped"
        return f"min(1, rate / {_pct(self.threshold.value)}) × {self.points}"

    def figures(self) -> Iterator[tuple[str, Figure]]:
        yield "points", self.points
        yield "threshold", self.threshold


def _to_band(value: Band | Mapping[str, Any] | tuple[Any, Any]) -> Band:
    if isinstance(value, Band):
        return value
    if isinstance(value, tuple):
        return Band(*value)
    return Band(**value)


def _to_bands(value: Iterable[Band | Mapping[str, Any] | tuple[Any, Any]]) -> tuple[Band, ...]:
    return tuple(_to_band(v) for v in value)


def _to_interval(value: Interval | str) -> Interval:
    return Interval.parse(value, "range")


@attrs.frozen
class Band:
    """A range of rates and the points it scores: ``Band("[90, 100)", "1.5")``."""

    range: Interval = attrs.field(converter=_to_interval)
    points: Fraction = attrs.field(converter=exact)

    def __attrs_post_init__(self) -> None:
        if self.points < 0:
            _fail("points", format_number(self.points), "points below 0; expected ≥ 0", "range")

    def __str__(self) -> str:
        return f"{self.range} → {format_number(self.points)}"


def _max_band_points(self: Banded) -> Figure:
    return Figure(max((b.points for b in self.bands), default=ZERO))


@attrs.frozen(kw_only=True)
class Banded(_Rule):
    """Points by band: "Đạt 100%: 3,0đ; từ 90% đến dưới 100%: 1,5đ; dưới 90%: 0đ".

    The bands must cover [0, 100] with no gap and no overlap; a gap or an overlap is a
    :class:`~cchc_model.exceptions.ValidationError` naming the band and the rates at issue.

    Attributes:
        bands: The bands, in any order.
        points: The maximum; by default the most any band gives.
    """

    kind: ClassVar[str] = "banded"
    measures: ClassVar[str] = "rate"

    bands: tuple[Band, ...] = attrs.field(converter=_to_bands)
    points: Figure = attrs.field(
        default=attrs.Factory(_max_band_points, takes_self=True),
        converter=_to_figure,
        validator=_non_negative_points,
    )
    not_applicable: NotApplicablePolicy = attrs.field(
        default=NotApplicablePolicy.EXCLUDE, converter=_to_policy
    )
    note: str = attrs.field(default="", validator=validators.is_instance(str, "text"))

    def __attrs_post_init__(self) -> None:
        problems = check_tiling([b.range for b in self.bands], "bands")
        if not self.bands:
            problems = [Problem("bands", [], "no bands; expected bands covering [0, 100]")]
        top = self.points.value
        if top is not None:
            for index, band in enumerate(self.bands):
                if band.points > top:
                    problems.append(
                        Problem(
                            f"bands[{index}].points",
                            format_number(band.points),
                            f"{format_number(band.points)} points is above the rule's maximum "
                            f"{format_number(top)}; expected at most {format_number(top)}",
                            "range",
                        )
                    )
        if problems:
            raise ValidationError(problems)

    def _score(self, value: Fraction, points: Fraction) -> Fraction:
        for band in self.bands:
            if value in band.range:
                return band.points
        raise AssertionError("bands cover [0, 100]")  # pragma: no cover

    def _working(self, value: Fraction, score: Fraction) -> str:
        band = next(b for b in self.bands if value in b.range)
        return f"{_pct(value)} in {band.range} → {shown(score)}"

    def describe(self) -> str:
        ordered = sorted(self.bands, key=lambda b: b.range.start_key, reverse=True)
        return "; ".join(str(b) for b in ordered)


@attrs.frozen(kw_only=True)
class Deduction(_Rule):
    """``max(floor, points − per × count)``: "thiếu mỗi kỳ trừ 0,5đ", floored.

    Attributes:
        points: The score with no occurrence.
        per: The points taken off per occurrence, above 0.
        floor: The least score, 0 by default.
    """

    kind: ClassVar[str] = "deduction"
    measures: ClassVar[str] = "count"

    points: Figure = attrs.field(converter=_to_figure, validator=_non_negative_points)
    per: Fraction = attrs.field(converter=exact, validator=_positive)
    floor: Fraction = attrs.field(default=ZERO, converter=exact)
    not_applicable: NotApplicablePolicy = attrs.field(
        default=NotApplicablePolicy.EXCLUDE, converter=_to_policy
    )
    note: str = attrs.field(default="", validator=validators.is_instance(str, "text"))

    def __attrs_post_init__(self) -> None:
        top = self.points.value
        if self.floor < 0 or (top is not None and self.floor > top):
            _fail(
                "floor",
                format_number(self.floor),
                f"a floor of {format_number(self.floor)} is outside 0 to the maximum; "
                "expected a floor between 0 and the points",
                "range",
            )

    def _score(self, value: Fraction, points: Fraction) -> Fraction:
        return max(self.floor, points - self.per * value)

    def _working(self, value: Fraction, score: Fraction) -> str:
        assert self.points.value is not None
        taken = (
            f"{format_number(self.points.value)} − {format_number(self.per)} × "
            f"{format_number(value)}"
        )
        if self.floor:
            return f"max({format_number(self.floor)}, {taken}) = {shown(score)}"
        return f"{taken} = {shown(score)}" if score > 0 else f"{taken}, at least 0 = 0"

    def describe(self) -> str:
        return (
            f"{self.points} − {format_number(self.per)} per occurrence, "
            f"at least {format_number(self.floor)}"
        )


@attrs.frozen(kw_only=True)
class ZeroOut(_Rule):
    """All or nothing: full points with no failure, 0 after one."""

    kind: ClassVar[str] = "zero_out"
    measures: ClassVar[str] = "count"

    points: Figure = attrs.field(converter=_to_figure, validator=_non_negative_points)
    not_applicable: NotApplicablePolicy = attrs.field(
        default=NotApplicablePolicy.EXCLUDE, converter=_to_policy
    )
    note: str = attrs.field(default="", validator=validators.is_instance(str, "text"))

    def _score(self, value: Fraction, points: Fraction) -> Fraction:
        return points if value == 0 else ZERO

    def _working(self, value: Fraction, score: Fraction) -> str:
        failures = "failure" if value == 1 else "failures"
        return f"{format_number(value)} {failures} → {shown(score)}"

    def describe(self) -> str:
        return f"{self.points} with no failure, 0 after one"


@attrs.frozen(kw_only=True)
class PerItem(_Rule):
    """``min(points, per × count)``: so many points per item, capped at the maximum."""

    kind: ClassVar[str] = "per_item"
    measures: ClassVar[str] = "count"

    points: Figure = attrs.field(converter=_to_figure, validator=_non_negative_points)
    per: Fraction = attrs.field(converter=exact, validator=_positive)
    not_applicable: NotApplicablePolicy = attrs.field(
        default=NotApplicablePolicy.EXCLUDE, converter=_to_policy
    )
    note: str = attrs.field(default="", validator=validators.is_instance(str, "text"))

    def _score(self, value: Fraction, points: Fraction) -> Fraction:
        return min(points, self.per * value)

    def _working(self, value: Fraction, score: Fraction) -> str:
        assert self.points.value is not None
        return (
            f"min({format_number(self.points.value)}, {format_number(self.per)} × "
            f"{format_number(value)}) = {shown(score)}"
        )

    def describe(self) -> str:
        return f"{format_number(self.per)} per item, at most {self.points}"


Rule: TypeAlias = ThresholdLinear | Banded | Deduction | ZeroOut | PerItem
RULES: dict[str, type[Rule]] = {
    cls.kind: cls for cls in (ThresholdLinear, Banded, Deduction, ZeroOut, PerItem)
}
_RULE_TYPES = tuple(RULES.values())


# --- classification -------------------------------------------------------------------


@attrs.frozen
class ClassBand:
    """A class of an index and the range of scores it covers, in percent of the maximum.

    Attributes:
        label: The class, e.g. ``"tốt"`` or ``"A"``.
        range: The scores in it: ``"[80, 90)"``, or "từ 80% đến dưới 90%".
        confidence: How sure the edges are.
        source: Where they come from (a catalogue source key).
    """

    label: str = attrs.field(validator=validators.text)
    range: Interval = attrs.field(converter=_to_interval)
    confidence: Confidence | None = attrs.field(default=None, converter=_to_confidence)
    source: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    note: str = attrs.field(default="", validator=validators.is_instance(str, "text"))

    def __str__(self) -> str:
        tag = f" {self.confidence.tag}" if self.confidence is not None else ""
        return f"{self.label}: {self.range}{tag}"


def _to_class_bands(value: Iterable[ClassBand | Mapping[str, Any]]) -> tuple[ClassBand, ...]:
    return tuple(v if isinstance(v, ClassBand) else ClassBand(**v) for v in value)


@attrs.frozen(kw_only=True)
class Classification:
    """Bands that classify an index score, in percent of the maximum, covering [0, 100].

    A score is classified on ``total ÷ applicable maximum × 100``; for an index out of 100
    with nothing excluded that is the total itself.

    Attributes:
        id: Stable id, e.g. ``"qd766-bands"``.
        name: What the bands are, in words.
        bands: The classes with their ranges; together they cover [0, 100] with no gap or
            overlap.
        example: Whether the bands are an illustration, not any authority's.
    """

    id: str = attrs.field(validator=validators.identifier)
    name: str = attrs.field(validator=validators.text)
    bands: tuple[ClassBand, ...] = attrs.field(converter=_to_class_bands)
    example: bool = attrs.field(default=False, validator=validators.is_instance(bool, "a flag"))
    note: str = attrs.field(default="", validator=validators.is_instance(str, "text"))

    def __attrs_post_init__(self) -> None:
        problems = check_tiling([b.range for b in self.bands], "bands")
        if not self.bands:
            problems = [Problem("bands", [], "no bands; expected bands covering [0, 100]")]
        seen: dict[str, int] = {}
        for index, band in enumerate(self.bands):
            if band.label in seen:
                problems.append(
                    Problem(
                        f"bands[{index}].label",
                        band.label,
                        f"{band.label!r} is also bands[{seen[band.label]}]; expected each "
                        "label once",
                        "duplicate",
                    )
                )
            seen.setdefault(band.label, index)
        if problems:
            raise ValidationError(problems)

    @property
    def labels(self) -> tuple[str, ...]:
        """The labels from the lowest scores to the highest (the ordinal levels, worst first)."""
        return tuple(b.label for b in sorted(self.bands, key=lambda b: b.range.start_key))

    def band(self, label: str) -> ClassBand:
        """The band of a label."""
        for band in self.bands:
            if band.label == label:
                return band
        _fail(
            "label",
            label,
            f"{label!r} is not a class of {self.id}; expected one of "
            + ", ".join(repr(x) for x in self.labels),
            "unknown-label",
        )

    def classify(self, percent: Number, path: str = "score") -> str:
        """The label of the band holding ``percent`` (a score in percent of the maximum).

        Raises:
            ValidationError: ``percent`` outside [0, 100].
        """
        value = exact(percent, path)
        for band in self.bands:
            if value in band.range:
                return band.label
        _fail(
            path,
            format_number(value),
            f"{format_number(value)} is outside 0 to 100; expected a score in percent of "
            "the maximum",
            "range",
        )

    def __str__(self) -> str:
        ordered = sorted(self.bands, key=lambda b: b.range.start_key, reverse=True)
        mark = " (example)" if self.example else ""
        return f"{self.name}{mark}: " + "; ".join(str(b) for b in ordered)


def classify(score: Number | None, bands: Classification) -> str | None:
    """The class of a score in percent of the maximum; ``None`` for an unknown score.

    Example:
        >>> bands = Classification(id="c", name="C", bands=[
        ...     ClassBand("xuất sắc", "[90, 100]"), ClassBand("chưa", "[0, 90)")])
        >>> classify(90, bands), classify("89.99", bands), classify(None, bands)
        ('xuất sắc', 'chưa', None)
    """
    return None if score is None else bands.classify(score)


# --- index definitions ----------------------------------------------------------------


def _is_rule(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, _RULE_TYPES):
        _fail(attribute.name, _show(value), "expected a scoring rule", "type")


@attrs.frozen(kw_only=True)
class Reading:
    """Another reading of an item, where the sources disagree on its rule.

    Attributes:
        id: Its name, e.g. ``"formula-document"``.
        rule: The rule under this reading.
        note: Where the reading comes from and why it is not the default.
    """

    id: str = attrs.field(validator=validators.identifier)
    rule: Rule = attrs.field(validator=_is_rule)
    note: str = attrs.field(default="", validator=validators.is_instance(str, "text"))


def _to_readings(value: Iterable[Reading]) -> tuple[Reading, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class IndexItem:
    """An indicator's place in an index: the rule that turns its value into points.

    Attributes:
        indicator: The indicator id; values are given by this id.
        rule: How its value scores.
        number: Its number in the source ("3.1", "5c").
        reading: The name of the reading ``rule`` follows, where the sources disagree
            (``""`` when they do not).
        readings: The other readings, any of which
            :meth:`IndexDefinition.with_readings` puts in place of ``rule``.
    """

    indicator: str = attrs.field(validator=validators.identifier)
    rule: Rule = attrs.field(validator=_is_rule)
    number: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    reading: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    readings: tuple[Reading, ...] = attrs.field(
        default=(),
        converter=_to_readings,
        validator=validators.tuple_of(Reading, "a reading"),
    )

    def __attrs_post_init__(self) -> None:
        if self.readings and not self.reading:
            _fail(
                "reading",
                "",
                "an item with other readings names its own; expected the reading's name",
                "missing",
            )
        seen = {self.reading}
        for index, other in enumerate(self.readings):
            if other.rule.measures != self.rule.measures:
                _fail(
                    f"readings[{index}].rule",
                    other.rule.kind,
                    f"reading {other.id!r} scores a {other.rule.measures}, the item a "
                    f"{self.rule.measures}; expected readings of the same value",
                    "rule-mismatch",
                )
            if other.id in seen:
                _fail(
                    f"readings[{index}].id",
                    other.id,
                    f"reading {other.id!r} is named twice; expected distinct names",
                    "duplicate",
                )
            seen.add(other.id)

    @property
    def label(self) -> str:
        """The number if there is one, else the indicator id."""
        return self.number or self.indicator

    def read_as(self, reading: str) -> IndexItem:
        """The same item under another of its readings.

        Raises:
            ValidationError: the item has no reading of that name.
        """
        if reading == self.reading:
            return self
        for index, other in enumerate(self.readings):
            if other.id == reading:
                kept = Reading(id=self.reading, rule=self.rule, note=self.rule.note)
                rest = (*self.readings[:index], kept, *self.readings[index + 1 :])
                return attrs.evolve(self, rule=other.rule, reading=other.id, readings=rest)
        known = [self.reading, *(r.id for r in self.readings)] if self.reading else []
        _fail(
            "reading",
            reading,
            f"{self.indicator} has no reading {reading!r}; expected "
            + (", ".join(map(repr, known)) if known else "none: it has one reading"),
            "unknown-reading",
        )


def _to_items(value: Iterable[IndexItem]) -> tuple[IndexItem, ...]:
    return tuple(value)


def _to_numbers(
    value: Mapping[str, str] | Iterable[tuple[str, str]],
) -> tuple[tuple[str, str], ...]:
    pairs = value.items() if isinstance(value, Mapping) else value
    return tuple((str(scheme), str(number)) for scheme, number in pairs)


@attrs.frozen(kw_only=True)
class Group:
    """A group of an index: its maximum and its items.

    When every item's points are known they must add up to the maximum; when some are not,
    the known ones must not exceed it. A **capped** group's points stop at its maximum,
    so its items may add up to more (the portal's online-payment group: 6 + 2 + 2.5 for
    a maximum of 10).

    Attributes:
        numbers: The group's number in each numbering that names it, e.g.
            ``{"portal": "3", "legal": "4"}``: the sources number 766's groups
            differently, so items are keyed by id and both numbers are shown.
    """

    id: str = attrs.field(validator=validators.identifier)
    name: str = attrs.field(validator=validators.text)
    maximum: Figure = attrs.field(converter=_to_figure, validator=_non_negative_points)
    items: tuple[IndexItem, ...] = attrs.field(
        converter=_to_items, validator=validators.tuple_of(IndexItem, "an index item")
    )
    note: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    capped: bool = attrs.field(default=False, validator=validators.is_instance(bool, "yes or no"))
    numbers: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_to_numbers)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        seen: dict[str, int] = {}
        for index, item in enumerate(self.items):
            if item.indicator in seen:
                problems.append(
                    Problem(
                        f"items[{index}].indicator",
                        item.indicator,
                        f"{item.indicator} is also items[{seen[item.indicator]}]; expected "
                        "each indicator once",
                        "duplicate",
                    )
                )
            seen.setdefault(item.indicator, index)
        top = self.maximum.value
        known = [i.rule.maximum for i in self.items if i.rule.maximum is not None]
        if top is not None:
            total = sum(known, ZERO)
            complete = len(known) == len(self.items)
            parts = " + ".join(format_number(p) for p in known) or "0"
            if self.capped:
                if complete and total < top:
                    problems.append(
                        Problem(
                            "items",
                            format_number(total),
                            f"the items' points {parts} = {format_number(total)} do not "
                            f"reach the capped group's maximum {format_number(top)}; "
                            "expected at least that",
                            "points-sum",
                        )
                    )
            elif total > top or (complete and total != top):
                problems.append(
                    Problem(
                        "items",
                        format_number(total),
                        f"the items' points {parts} = {format_number(total)} "
                        f"{'do not add up to' if complete else 'already exceed'} the group's "
                        f"maximum {format_number(top)}; expected "
                        + ("a sum equal to it" if complete else "at most that"),
                        "points-sum",
                    )
                )
        if problems:
            raise ValidationError(problems)

    @property
    def complete(self) -> bool:
        """Whether every item's points are known."""
        return all(i.rule.maximum is not None for i in self.items)

    def number(self, numbering: str) -> str | None:
        """The group's number in a numbering (``"portal"``, ``"legal"``), if it has one."""
        return dict(self.numbers).get(numbering)

    @property
    def label(self) -> str:
        """The group's numbers with their numberings (``3 (portal) / 4 (legal)``), else
        its id."""
        if not self.numbers:
            return self.id
        return " / ".join(f"{number} ({scheme})" for scheme, number in self.numbers)


def _to_groups(value: Iterable[Group]) -> tuple[Group, ...]:
    return tuple(value)


def _to_optional_figure(value: Figure | Number | None) -> Figure | None:
    return None if value is None else _to_figure(value)


@attrs.frozen(kw_only=True)
class IndexDefinition:
    """An index: groups of scored indicators, their maxima, and its classification.

    Attributes:
        id: Stable id, e.g. ``"qd-766-2022"``.
        name: Its name.
        groups: The groups, in order.
        maximum: The stated maximum; when given and known it must equal the sum of the
            groups' maxima.
        classification: The bands its score is classified by, if any.
    """

    id: str = attrs.field(validator=validators.identifier)
    name: str = attrs.field(validator=validators.text)
    groups: tuple[Group, ...] = attrs.field(
        converter=_to_groups, validator=validators.tuple_of(Group, "a group")
    )
    maximum: Figure | None = attrs.field(default=None, converter=_to_optional_figure)
    classification: Classification | None = attrs.field(
        default=None, validator=validators.optional_instance(Classification, "a classification")
    )
    note: str = attrs.field(default="", validator=validators.is_instance(str, "text"))

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        groups: dict[str, int] = {}
        owners: dict[str, str] = {}
        for g_index, group in enumerate(self.groups):
            if group.id in groups:
                problems.append(
                    Problem(
                        f"groups[{g_index}].id",
                        group.id,
                        f"group {group.id!r} is also groups[{groups[group.id]}]; expected "
                        "distinct ids",
                        "duplicate",
                    )
                )
            groups.setdefault(group.id, g_index)
            for i_index, item in enumerate(group.items):
                if item.indicator in owners and owners[item.indicator] != group.id:
                    problems.append(
                        Problem(
                            f"groups[{g_index}].items[{i_index}].indicator",
                            item.indicator,
                            f"{item.indicator} is also in group {owners[item.indicator]!r}; "
                            "expected each indicator in one group",
                            "duplicate",
                        )
                    )
                owners.setdefault(item.indicator, group.id)
        maxima = [g.maximum.value for g in self.groups]
        stated = self.maximum.value if self.maximum is not None else None
        if stated is not None and all(m is not None for m in maxima):
            total = sum((m for m in maxima if m is not None), ZERO)
            if total != stated:
                problems.append(
                    Problem(
                        "maximum",
                        format_number(stated),
                        f"the groups' maxima add up to {format_number(total)}, not "
                        f"{format_number(stated)}; expected the stated maximum to be their sum",
                        "points-sum",
                    )
                )
        if problems:
            raise ValidationError(problems)

    @property
    def items(self) -> tuple[IndexItem, ...]:
        """Every item, group by group."""
        return tuple(item for group in self.groups for item in group.items)

    @property
    def indicator_ids(self) -> tuple[str, ...]:
        """The ids of every scored indicator, in order."""
        return tuple(item.indicator for item in self.items)

    @property
    def total_maximum(self) -> Fraction | None:
        """The sum of the groups' maxima; ``None`` if one is unknown."""
        maxima = [g.maximum.value for g in self.groups]
        if any(m is None for m in maxima):
            return None
        return sum((m for m in maxima if m is not None), ZERO)

    @property
    def complete(self) -> bool:
        """Whether every item's points are known, so that a total can be computed."""
        return all(group.complete for group in self.groups)

    def item(self, indicator: str) -> IndexItem:
        """The item of an indicator.

        Raises:
            ValidationError: the indicator is not in the index.
        """
        for item in self.items:
            if item.indicator == indicator:
                return item
        _fail(
            "indicator",
            indicator,
            f"{indicator!r} is not scored by {self.id}; expected one of "
            + ", ".join(self.indicator_ids),
            "unknown-indicator",
        )

    def group_of(self, indicator: str) -> Group:
        """The group an indicator is scored in."""
        for group in self.groups:
            if any(item.indicator == indicator for item in group.items):
                return group
        self.item(indicator)  # raises
        raise AssertionError  # pragma: no cover

    def with_points(
        self,
        points: Mapping[str, Number],
        *,
        confidence: Confidence | str | None = None,
        source: str = "",
        note: str = "",
    ) -> IndexDefinition:
        """The same index with the points of some items set (those not found, say).

        Decision 766's sub-weights for its groups 3 and 4 were not found; a province that
        uses its own allocation sets it here, and the groups' sums are checked again.

        Raises:
            ValidationError: an indicator not in the index, or sums that no longer match.
        """
        self._check_ids(points, "points")

        def set_points(item: IndexItem) -> IndexItem:
            if item.indicator not in points:
                return item
            figure = Figure(points[item.indicator], confidence, source, note)
            return attrs.evolve(item, rule=attrs.evolve(item.rule, points=figure))

        return self._with_items(set_points)

    def with_readings(self, readings: Mapping[str, str]) -> IndexDefinition:
        """The same index with some items read another way, by indicator id.

        Where the sources disagree (the portal's 4.2: linear in its live scores, "full
        from 80 %" in its formula document), the catalogue holds both readings and uses
        one by default; ``with_readings({"qd766.4.2": "formula-document"})`` uses the
        other. The groups' sums are checked again.

        Raises:
            ValidationError: an indicator not in the index, or a reading it does not have.
        """
        self._check_ids(readings, "readings")

        def read(item: IndexItem) -> IndexItem:
            if item.indicator not in readings:
                return item
            try:
                return item.read_as(readings[item.indicator])
            except ValidationError as exc:
                path = f"readings[{item.indicator!r}]"
                raise ValidationError([attrs.evolve(p, path=path) for p in exc.problems]) from None

        return self._with_items(read)

    def _with_items(self, change: Callable[[IndexItem], IndexItem]) -> IndexDefinition:
        """The same index with each item changed by ``change``; the groups' sums are
        checked again."""
        groups = []
        for g_index, group in enumerate(self.groups):
            items = tuple(map(change, group.items))  # its errors keep their own paths
            try:
                groups.append(attrs.evolve(group, items=items))
            except ValidationError as exc:
                raise exc.prefixed(f"groups[{g_index}]") from None
        return attrs.evolve(self, groups=tuple(groups))

    def _check_ids(self, keys: Iterable[str], path: str) -> None:
        unknown = [key for key in keys if key not in self.indicator_ids]
        if unknown:
            _fail(
                path,
                unknown,
                "not scored by this index: "
                + ", ".join(map(repr, unknown))
                + "; expected ids among "
                + ", ".join(self.indicator_ids),
                "unknown-indicator",
            )

    def figures(self) -> Iterator[tuple[str, Figure]]:
        """Every sourced figure, with its path (``groups[0].items[1].points``)."""
        if self.maximum is not None:
            yield "maximum", self.maximum
        for g_index, group in enumerate(self.groups):
            yield f"groups[{g_index}].maximum", group.maximum
            for i_index, item in enumerate(group.items):
                for name, figure in item.rule.figures():
                    yield f"groups[{g_index}].items[{i_index}].{name}", figure
                for r_index, reading in enumerate(item.readings):
                    for name, figure in reading.rule.figures():
                        path = f"groups[{g_index}].items[{i_index}].readings[{r_index}].{name}"
                        yield path, figure

    def describe(self) -> str:
        """The index as lines of text: groups, items, rules and their tags."""
        top = self.maximum if self.maximum is not None else Figure(self.total_maximum)
        lines = [f"{self.name} [{self.id}], maximum {top}"]
        for group in self.groups:
            capped = ", capped" if group.capped else ""
            lines.append(f"  {group.label}. {group.name}: maximum {group.maximum}{capped}")
            for item in group.items:
                lines.append(f"     {item.label:<5} {item.indicator}: {item.rule.describe()}")
                if item.readings:
                    others = ", ".join(f"{r.id}: {r.rule.describe()}" for r in item.readings)
                    lines.append(f"           reading {item.reading}; also {others}")
        if self.classification is not None:
            lines.append(f"  classified by {self.classification}")
        return "\n".join(lines)


# --- scores ---------------------------------------------------------------------------


class ItemStatus(enum.Enum):
    """What became of an indicator's value."""

    SCORED = "scored"
    NOT_APPLICABLE = "not_applicable"  # nothing to measure; full or zero points, per the rule
    EXCLUDED = "excluded"  # nothing to measure; out of the score and the maximum
    MISSING = "missing"  # no value: the item, its group and the total are unknown
    POINTS_UNKNOWN = "points_unknown"  # the source gives no points for the indicator


@attrs.frozen
class ItemScore:
    """One indicator's points.

    Attributes:
        indicator: The indicator id.
        number: Its number in the index ("3.1").
        group: The id of its group.
        status: What became of the value.
        value: The rate in percent, or the count, that was scored.
        score: The points; ``None`` when missing or when the points are unknown.
        maximum: The points it could give (0 when excluded); ``None`` when unknown.
        reason: One sentence a person can read.
    """

    indicator: str
    number: str
    group: str
    status: ItemStatus
    value: Fraction | None
    score: Fraction | None
    maximum: Fraction | None
    reason: str

    @property
    def lost(self) -> Fraction | None:
        """The points it could have given and did not (``maximum − score``); ``None``
        when either is unknown."""
        if self.score is None or self.maximum is None:
            return None
        return self.maximum - self.score


@attrs.frozen
class GroupScore:
    """A group's points: the sum of its items' (``None`` if any is unknown), at most
    its applicable maximum when the group is capped.

    Attributes:
        capped_from: The items' sum when the cap lowered it, else ``None``.
    """

    id: str
    name: str
    items: tuple[ItemScore, ...]
    score: Fraction | None
    maximum: Fraction | None
    capped_from: Fraction | None = None


def _sum_known(values: Iterable[Fraction | None]) -> Fraction | None:
    total = ZERO
    for value in values:
        if value is None:
            return None
        total += value
    return total


@attrs.frozen
class IndexScore:
    """An index scored for one unit: items, group sums, total, percent and class.

    Attributes:
        index: The id of the index definition.
        groups: The groups' scores, in order.
        total: The sum of the groups' scores; ``None`` if any is unknown.
        maximum: The applicable maximum: the sum of the groups' maxima less what was
            excluded; ``None`` if unknown.
        percent: ``total ÷ maximum × 100``, what the bands classify; ``None`` if unknown
            or if nothing was applicable.
        classification: The class from the bands; ``None`` when the percent is unknown
            or the index has no bands.
    """

    index: str
    groups: tuple[GroupScore, ...]
    total: Fraction | None
    maximum: Fraction | None
    percent: Fraction | None
    classification: str | None

    @property
    def items(self) -> tuple[ItemScore, ...]:
        """Every item's score, group by group."""
        return tuple(item for group in self.groups for item in group.items)

    def item(self, indicator: str) -> ItemScore:
        """The score of one indicator."""
        for item in self.items:
            if item.indicator == indicator:
                return item
        _fail("indicator", indicator, f"{indicator!r} is not scored in {self.index}")

    def group(self, group_id: str) -> GroupScore:
        """The score of one group."""
        for group in self.groups:
            if group.id == group_id:
                return group
        _fail("group", group_id, f"{group_id!r} is not a group of {self.index}")

    @property
    def missing(self) -> tuple[str, ...]:
        """The indicators that had no value."""
        return tuple(i.indicator for i in self.items if i.status is ItemStatus.MISSING)

    @property
    def unknown_points(self) -> tuple[str, ...]:
        """The indicators whose points the index definition does not know."""
        return tuple(i.indicator for i in self.items if i.status is ItemStatus.POINTS_UNKNOWN)

    def points_lost(self) -> tuple[ItemScore, ...]:
        """The items that gave less than their maximum, most points lost first (ties in
        the index's order)."""
        lost = [i for i in self.items if i.lost]
        return tuple(sorted(lost, key=lambda i: -(i.lost or ZERO)))

    def explain(self) -> str:
        """Where the points went: the total, then each point lost with its working
        (``−0.45  4.3: 2 × 0.62 / 0.80 = 1.55 of 2``), then what is not known."""
        lines = [str(self)]
        for item in self.points_lost():
            lines.append(f"  −{shown(item.lost):<7} {item.reason}")
        for group in self.groups:
            if group.capped_from is not None and group.score is not None:
                lines.append(
                    f"  group {group.id}: {shown(group.capped_from)} capped at {shown(group.score)}"
                )
        unknown = [i for i in self.items if i.score is None]
        for item in unknown:
            lines.append(f"  ?        {item.reason}")
        return "\n".join(lines)

    def table(self) -> str:
        """The score as a plain-text table."""
        width = max([6, *(len(i.number or i.indicator) + 2 for i in self.items)])
        lines = []
        for group in self.groups:
            lines.append(
                f"{group.id:<{width}} {group.name:<40} {shown(group.score):>8} / "
                f"{shown(group.maximum)}"
            )
            for item in group.items:
                label = item.number or item.indicator
                lines.append(
                    f"  {label:<{width - 2}} {shown(item.value):>10} {item.status.value:<15}"
                    f"{shown(item.score):>14} / {shown(item.maximum)}"
                )
        rating = f", {self.classification}" if self.classification else ""
        percent = f" = {shown(self.percent)} %" if self.percent is not None else ""
        lines.append(
            f"{'total':<{width}} {shown(self.total)} / {shown(self.maximum)}{percent}{rating}"
        )
        return "\n".join(lines)

    def __str__(self) -> str:
        rating = f" ({self.classification})" if self.classification else ""
        percent = f" = {shown(self.percent)} %" if self.percent is not None else ""
        return f"{self.index}: {shown(self.total)} / {shown(self.maximum)} points{percent}{rating}"


def _read_value(raw: Any, rule: Rule, path: str) -> Fraction | NotApplicable | None:
    if raw is None or raw is NOT_APPLICABLE:
        return raw
    if isinstance(raw, tuple | list):
        if rule.measures != "rate":
            _fail(
                path,
                _show(raw),
                f"a {rule.kind} rule scores a count; expected a whole number, not a pair",
                "type",
            )
        if len(raw) != 2:
            _fail(path, _show(raw), "expected (numerator, denominator)", "type")
        num, den = exact(raw[0], f"{path}.numerator"), exact(raw[1], f"{path}.denominator")
        if num < 0 or den < 0:
            _fail(path, _show(raw), "a negative count; expected counts ≥ 0", "range")
        if den == 0:
            if num != 0:
                _fail(
                    path,
                    _show(raw),
                    f"{format_number(num)} of 0; expected a numerator of 0 when the "
                    "denominator is 0",
                    "range",
                )
            return NOT_APPLICABLE
        if num > den:
            _fail(
                path,
                _show(raw),
                f"the numerator {format_number(num)} is above the denominator "
                f"{format_number(den)}; expected at most the denominator",
                "range",
            )
        return num / den * HUNDRED
    value = exact(raw, path)
    rule.check_value(value, path)
    return value


def _score_item(item: IndexItem, group: str, raw: Any, path: str) -> ItemScore:
    rule = item.rule
    value = _read_value(raw, rule, path)
    base = ItemScore(item.indicator, item.number, group, ItemStatus.SCORED, None, None, None, "")
    label = item.label
    if value is None:
        return attrs.evolve(
            base,
            status=ItemStatus.MISSING,
            maximum=rule.maximum,
            reason=f"{label}: no value, so its group and the total are unknown.",
        )
    if value is NOT_APPLICABLE:
        score, maximum = rule.not_applicable_score()
        policy = rule.not_applicable
        excluded = policy is NotApplicablePolicy.EXCLUDE
        if score is None:
            return attrs.evolve(
                base,
                status=ItemStatus.POINTS_UNKNOWN,
                reason=f"{label}: nothing to measure, scored {policy.value}, but its points "
                "are not known.",
            )
        how = {
            NotApplicablePolicy.FULL: "full points",
            NotApplicablePolicy.ZERO: "no points",
            NotApplicablePolicy.EXCLUDE: "excluded from the score and the maximum",
        }[policy]
        return attrs.evolve(
            base,
            status=ItemStatus.EXCLUDED if excluded else ItemStatus.NOT_APPLICABLE,
            score=score,
            maximum=maximum,
            reason=f"{label}: nothing to measure; {how}.",
        )
    assert isinstance(value, Fraction)
    text = _pct(value) if rule.measures == "rate" else format_number(value)
    score = rule.score(value)
    if score is None:
        return attrs.evolve(
            base,
            status=ItemStatus.POINTS_UNKNOWN,
            value=value,
            reason=f"{label}: {text}, but the points of this indicator are not known; "
            "set them with IndexDefinition.with_points.",
        )
    assert rule.maximum is not None
    return attrs.evolve(
        base,
        value=value,
        score=score,
        maximum=rule.maximum,
        reason=f"{label}: {rule.working(value)} of {format_number(rule.maximum)}",
    )


def _group_score(group: Group, items: tuple[ItemScore, ...]) -> GroupScore:
    """The items' sum; in a capped group, at most the group's maximum (and the
    applicable maximum too, when the items left in it add up to more)."""
    score = _sum_known(i.score for i in items)
    maximum = _sum_known(i.maximum for i in items)
    top = group.maximum.value
    if not group.capped or top is None:
        return GroupScore(group.id, group.name, items, score, maximum)
    if maximum is not None:
        maximum = min(maximum, top)
    capped_from = None
    if score is not None and maximum is not None and score > maximum:
        score, capped_from = maximum, score
    return GroupScore(group.id, group.name, items, score, maximum, capped_from)


def score_index(
    definition: IndexDefinition,
    values: Mapping[str, Any],
    *,
    classification: Classification | None = None,
) -> IndexScore:
    """Score an index for one unit, exactly.

    Args:
        definition: The index (e.g. ``load_catalogue("qd-766-2022").index``).
        values: By indicator id: ``(numerator, denominator)`` counts, a rate in percent
            (or a count, for count rules) as any exact number, :data:`NOT_APPLICABLE`,
            or ``None`` for no data. An indicator left out counts as no data.
        classification: Bands to classify by instead of the definition's own.

    Returns:
        Per-item scores, per-group sums, the total, the applicable maximum, the percent
        and the class. A missing value or unknown points make the group and the total
        ``None``; nothing is guessed.

    Raises:
        ValidationError: an id the index does not score, or a value that cannot be scored
            (a rate above 100 %, a numerator above its denominator, a negative count),
            with the path ``values['qd766.3.1']``.
    """
    known = set(definition.indicator_ids)
    problems = [
        Problem(
            f"values[{key!r}]",
            key,
            f"{key!r} is not scored by {definition.id}; expected one of "
            + ", ".join(definition.indicator_ids),
            "unknown-indicator",
        )
        for key in values
        if key not in known
    ]
    groups: list[GroupScore] = []
    for group in definition.groups:
        items: list[ItemScore] = []
        for item in group.items:
            path = f"values[{item.indicator!r}]"
            try:
                items.append(_score_item(item, group.id, values.get(item.indicator), path))
            except ValidationError as exc:
                problems.extend(
                    p if p.path.startswith("values[") else p.prefixed(path) for p in exc.problems
                )
        groups.append(_group_score(group, tuple(items)))
    if problems:
        raise ValidationError(problems)
    total = _sum_known(g.score for g in groups)
    maximum = _sum_known(g.maximum for g in groups)
    percent = None if total is None or not maximum else total / maximum * HUNDRED
    bands = classification or definition.classification
    label = classify(percent, bands) if bands is not None else None
    return IndexScore(definition.id, tuple(groups), total, maximum, percent, label)


# --- observations from scores ---------------------------------------------------------


def rating_observations(
    index_scores_by_unit: Mapping[str, IndexScore | Number | None],
    indicator_id: str | Indicator,
    period: Period | str,
    *,
    score_indicator: str | Indicator | None = None,
    bands: Classification | None = None,
    source: str = "",
) -> list[Observation]:
    """Observations of each unit's class (and score) for :func:`cchc_model.evaluate`.

    "Chỉ số CCHC … đạt mức tốt trở lên" is an ordinal target on a rating indicator; this
    turns index scores into the ordinal observations it needs, and, with
    ``score_indicator``, score observations for a rank target ("1 trong 5 đơn vị dẫn đầu").

    Args:
        index_scores_by_unit: By unit code, an :class:`IndexScore`, or a published index
            value in percent of its maximum (classified by ``bands``), or ``None``.
        indicator_id: The ordinal indicator the classes are observed on (its levels must
            include every label the bands can give, when an :class:`Indicator` is given).
        period: The period scored.
        score_indicator: A score indicator to observe the score on, if any. Its value is
            the percent of the applicable maximum, i.e. points on a 100-point scale, so
            units whose maxima differ by exclusions compare fairly.
        bands: The bands to classify by; by default each score's own class.
        source: The ``source`` of each observation.

    Units with no known score get no observation (so a target on them is UNKNOWN).

    Raises:
        ValidationError: a number given without ``bands``, a label that is not a level
            of the indicator, a score outside 0 to 100.
    """
    rating_id = indicator_id.id if isinstance(indicator_id, Indicator) else indicator_id
    score_id = score_indicator.id if isinstance(score_indicator, Indicator) else score_indicator
    levels: tuple[str, ...] | None = None
    if isinstance(indicator_id, Indicator):
        if indicator_id.measure is not MeasureKind.ORDINAL:
            _fail(
                "indicator_id",
                rating_id,
                f"{rating_id} is {indicator_id.measure.value}; expected an ordinal indicator",
                "form-mismatch",
            )
        levels = indicator_id.levels
    when = Period.parse(period)
    out: list[Observation] = []
    problems: list[Problem] = []
    for code, entry in index_scores_by_unit.items():
        path = f"index_scores_by_unit[{code!r}]"
        try:
            if entry is None:
                continue
            if isinstance(entry, IndexScore):
                percent = entry.percent
                label = entry.classification
                if bands is not None and percent is not None:
                    label = bands.classify(percent, path)
            else:
                if bands is None:
                    _fail(
                        path,
                        _show(entry),
                        "a bare score needs bands to be classified; expected bands=…",
                        "no-bands",
                    )
                percent = exact(entry, path)
                label = bands.classify(percent, path)
            if label is not None:
                if levels is not None and label not in levels:
                    _fail(
                        path,
                        label,
                        f"{label!r} is not a level of {rating_id}; expected one of "
                        + ", ".join(repr(x) for x in levels),
                        "unknown-level",
                    )
                out.append(
                    Observation(
                        indicator=rating_id, code=code, period=when, value=label, source=source
                    )
                )
            if score_id is not None and percent is not None:
                out.append(
                    Observation(
                        indicator=score_id, code=code, period=when, value=percent, source=source
                    )
                )
        except ValidationError as exc:
            problems.extend(p if p.path else attrs.evolve(p, path=path) for p in exc.problems)
    if problems:
        raise ValidationError(problems)
    return out


# --- reading from data ----------------------------------------------------------------


def _mapping(
    data: Any, path: str, required: Sequence[str], optional: Sequence[str] = ()
) -> dict[str, Any]:
    """A mapping with exactly the allowed keys, or a ValidationError naming each problem."""
    if not isinstance(data, Mapping):
        _fail(
            path,
            _show(data),
            f"{_show(data)} is not a mapping; expected a mapping with "
            + ", ".join((*required, *optional)),
            "type",
        )
    allowed = (*required, *optional)
    problems = [
        Problem(
            join_path(path, str(key)),
            key,
            f"unknown field {key!r}; expected one of " + ", ".join(allowed),
            "unknown-field",
        )
        for key in data
        if key not in allowed
    ]
    problems += [
        Problem(join_path(path, key), None, "required field missing; expected a value", "missing")
        for key in required
        if key not in data
    ]
    if problems:
        raise ValidationError(problems)
    return dict(data)


def _build(path: str, make: Callable[[], T]) -> T:
    """Build an object, with every problem's path seen from ``path``."""
    try:
        return make()
    except ValidationError as exc:
        raise exc.prefixed(path) from None
    except TypeError as exc:  # a value of the wrong shape reached a converter
        raise ValidationError.single(path, None, f"{exc}; expected a valid value") from None


def _each(data: Any, path: str, read: Callable[[Any, str], T]) -> tuple[T, ...]:
    """Read every element of a list, collecting the problems of all of them."""
    if not isinstance(data, list | tuple):
        _fail(path, _show(data), f"{_show(data)} is not a list; expected a list", "type")
    out: list[T] = []
    problems: list[Problem] = []
    for index, element in enumerate(data):
        try:
            out.append(read(element, f"{path}[{index}]"))
        except ValidationError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ValidationError(problems)
    return tuple(out)


def _text_at(value: Any, path: str) -> str:
    if not isinstance(value, str):
        _fail(path, _show(value), f"{_show(value)} is not text; expected a string", "type")
    return value


def _percent_at(value: Any, path: str) -> Fraction:
    if isinstance(value, str) and re.search(r"[^\d\s.,/+-]", value):
        return Amount.parse(value, path).in_unit("percent", path)
    return exact(value, path)


def figure_from_data(data: Any, path: str, percent: bool = False) -> Figure:
    """A figure from a number, ``null``, or ``{value, confidence, source, note}``."""
    if isinstance(data, Mapping):
        body = _mapping(data, path, ("value",), ("confidence", "source", "note"))
        value = body["value"]
        number = (
            None
            if value is None
            else (
                _percent_at(value, join_path(path, "value"))
                if percent
                else exact(value, join_path(path, "value"))
            )
        )
        confidence = body.get("confidence")
        return Figure(
            number,
            None
            if confidence is None
            else Confidence.parse(confidence, join_path(path, "confidence")),
            _text_at(body.get("source", ""), join_path(path, "source")),
            _text_at(body.get("note", ""), join_path(path, "note")),
        )
    if data is None:
        return Figure(None)
    return Figure(_percent_at(data, path) if percent else exact(data, path))


_RULE_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "threshold_linear": (("points",), ("threshold", "capped", "not_applicable", "note")),
    "banded": (("bands",), ("points", "not_applicable", "note")),
    "deduction": (("points", "per"), ("floor", "not_applicable", "note")),
    "zero_out": (("points",), ("not_applicable", "note")),
    "per_item": (("points", "per"), ("not_applicable", "note")),
}


def _band_from_data(data: Any, path: str) -> Band:
    body = _mapping(data, path, ("range", "points"))
    return _build(
        path,
        lambda: Band(Interval.parse(body["range"], "range"), exact(body["points"], "points")),
    )


def rule_from_data(data: Mapping[str, Any], path: str, default_policy: str | None = None) -> Rule:
    """A rule from the fields of an index item (``rule:`` names its kind)."""
    kind = data.get("rule")
    if kind not in RULES:
        _fail(
            join_path(path, "rule"),
            kind,
            f"{_show(kind)} is not a scoring rule; expected one of " + ", ".join(RULES),
            "unknown-rule",
        )
    required, optional = _RULE_FIELDS[kind]
    body = _mapping(
        data, path, ("indicator", "rule", *required), ("number", "reading", "readings", *optional)
    )
    args: dict[str, Any] = {}
    if "points" in body:
        args["points"] = figure_from_data(body["points"], join_path(path, "points"))
    if "threshold" in body:
        args["threshold"] = figure_from_data(
            body["threshold"], join_path(path, "threshold"), percent=True
        )
    if "bands" in body:
        args["bands"] = _each(body["bands"], join_path(path, "bands"), _band_from_data)
    for key in ("per", "floor"):
        if key in body:
            args[key] = exact(body[key], join_path(path, key))
    if "capped" in body:
        if not isinstance(body["capped"], bool):
            _fail(join_path(path, "capped"), _show(body["capped"]), "expected true or false")
        args["capped"] = body["capped"]
    policy = body.get("not_applicable", default_policy)
    if policy is not None:
        args["not_applicable"] = policy
    if "note" in body:
        args["note"] = _text_at(body["note"], join_path(path, "note"))
    cls = RULES[kind]
    return _build(path, lambda: cls(**args))


def _reading_from_data(data: Any, path: str, indicator: Any, default_policy: str | None) -> Reading:
    if not isinstance(data, Mapping):
        _fail(path, _show(data), "expected a mapping with id, rule, points", "type")
    if "id" not in data:
        _fail(join_path(path, "id"), None, "required field missing; expected a value", "missing")
    if "readings" in data or "reading" in data:
        _fail(path, _show(data), "a reading names one rule; expected no readings of its own")
    fields = {key: value for key, value in data.items() if key != "id"}
    rule = rule_from_data({**fields, "indicator": indicator}, path, default_policy)
    return _build(path, lambda: Reading(id=data["id"], rule=rule, note=rule.note))


def _item_from_data(data: Any, path: str, default_policy: str | None) -> IndexItem:
    if not isinstance(data, Mapping):
        _fail(path, _show(data), "expected a mapping with indicator, rule, points", "type")
    rule = rule_from_data(data, path, default_policy)
    number = data.get("number", "")
    if isinstance(number, bool) or not isinstance(number, str | int | float):
        _fail(join_path(path, "number"), _show(number), 'expected a number such as "3.1"')
    readings = _each(
        data.get("readings", []),
        join_path(path, "readings"),
        lambda element, where: _reading_from_data(
            element, where, data.get("indicator"), default_policy
        ),
    )
    reading = _text_at(data.get("reading", ""), join_path(path, "reading"))
    return _build(
        path,
        lambda: IndexItem(
            indicator=data["indicator"],
            rule=rule,
            number=str(number),
            reading=reading,
            readings=readings,
        ),
    )


def _class_band_from_data(data: Any, path: str) -> ClassBand:
    body = _mapping(data, path, ("label", "range"), ("confidence", "source", "note"))
    return _build(
        path,
        lambda: ClassBand(
            label=body["label"],
            range=Interval.parse(body["range"], "range"),
            confidence=body.get("confidence"),
            source=_text_at(body.get("source", ""), "source"),
            note=_text_at(body.get("note", ""), "note"),
        ),
    )


def classification_from_data(data: Any, path: str = "") -> Classification:
    """Bands from ``{id, name, bands: [{label, range, confidence, source}], example}``."""
    body = _mapping(data, path, ("id", "name", "bands"), ("example", "note"))
    bands = _each(body["bands"], join_path(path, "bands"), _class_band_from_data)
    return _build(
        path,
        lambda: Classification(
            id=body["id"],
            name=body["name"],
            bands=bands,
            example=body.get("example", False),
            note=body.get("note", ""),
        ),
    )


def _group_from_data(data: Any, path: str, default_policy: str | None) -> Group:
    body = _mapping(data, path, ("id", "name", "maximum", "items"), ("note", "capped", "numbers"))
    capped = body.get("capped", False)
    if not isinstance(capped, bool):
        _fail(join_path(path, "capped"), _show(capped), "expected true or false")
    numbers = body.get("numbers", {})
    if not isinstance(numbers, Mapping) or not all(
        isinstance(v, str | int) and not isinstance(v, bool) for v in numbers.values()
    ):
        _fail(
            join_path(path, "numbers"),
            _show(numbers),
            'expected numbers by numbering, such as {portal: "3", legal: "4"}',
        )
    items = _each(
        body["items"],
        join_path(path, "items"),
        lambda element, where: _item_from_data(element, where, default_policy),
    )
    return _build(
        path,
        lambda: Group(
            id=str(body["id"]),
            name=body["name"],
            maximum=figure_from_data(body["maximum"], join_path(path, "maximum")),
            items=items,
            note=body.get("note", ""),
            capped=capped,
            numbers=numbers,
        ),
    )


def index_from_data(
    data: Any, path: str = "index", classifications: Mapping[str, Classification] | None = None
) -> IndexDefinition:
    """An index from ``{id, name, maximum, not_applicable, classification, groups}``.

    ``classification`` names one of ``classifications``; ``not_applicable`` is the
    default policy of every rule that does not state its own.
    """
    body = _mapping(
        data,
        path,
        ("id", "name", "groups"),
        ("maximum", "not_applicable", "classification", "note"),
    )
    policy = body.get("not_applicable")
    groups = _each(
        body["groups"],
        join_path(path, "groups"),
        lambda element, where: _group_from_data(element, where, policy),
    )
    bands = None
    if body.get("classification") is not None:
        table = classifications or {}
        key = body["classification"]
        if key not in table:
            _fail(
                join_path(path, "classification"),
                key,
                f"no classification has id {key!r}; expected one of "
                + (", ".join(table) or "none are defined"),
                "unknown-classification",
            )
        bands = table[key]
    maximum = (
        figure_from_data(body["maximum"], join_path(path, "maximum")) if "maximum" in body else None
    )
    return _build(
        path,
        lambda: IndexDefinition(
            id=body["id"],
            name=body["name"],
            groups=groups,
            maximum=maximum,
            classification=bands,
            note=body.get("note", ""),
        ),
    )
