"""Targets: what a plan commits to, in the forms the plans use (docs/semantics.md §6).

Every target keeps the plan's own words in ``source_text`` and prints the way the
plan reads it:

>>> from cchc_model.model.indicators import Indicator, MeasureKind
>>> satisfaction = Indicator(id="satisfaction", name="Mức độ hài lòng", measure=MeasureKind.RATIO)
>>> print(Comparison(id="t1", indicator=satisfaction, op=Op.GE, threshold="85 %"))
≥ 85 %

The forms:

* :class:`Comparison` — ``v op x`` ("đạt tối thiểu 85%", "trên 90%").
* :class:`Between` — ``lo ≤ v ≤ hi`` with declared inclusivity.
* :class:`Ordinal` — a named level or better ("đạt mức tốt trở lên").
* :class:`Change` — change against a baseline ("có thêm 2 đơn vị … trở lên").
* :class:`Rank` — rank among peers ("1 trong 5 đơn vị dẫn đầu trong 9", "tốp đầu").
* :class:`RankChange` — rank movement against a baseline ("tăng ít nhất 3 bậc").
* :class:`Share` — share of sub-units meeting a condition ("50% số huyện").
* :class:`AllOf`, :class:`AnyOf`, :class:`AtLeast` — over sub-targets.

A target may say where its progress is measured from (:class:`ProgressBasis`: a
baseline period, optionally its value, and a horizon), for
:mod:`cchc_model.rules.progress`.

Thresholds are normalised when the target is built: to exact fractions in the
indicator's canonical unit, so that no comparison goes through pint or floats.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, ClassVar, TypeAlias

import attrs

from .. import validators
from ..exceptions import ValidationError
from ..validators import fail
from .agencies import AgencyKind
from .areas import ReformArea
from .indicators import Indicator, MeasureKind, SpatialRule, TemporalRule
from .jurisdictions import Level
from .periods import Period
from .units import PROPORTION, Amount, dimension_of

__all__ = [
    "MAX_EXPANDED",
    "MAX_NESTING",
    "TARGET_FORMS",
    "AllOf",
    "AnyOf",
    "AtLeast",
    "Between",
    "Change",
    "Comparison",
    "Op",
    "Ordinal",
    "ProgressBasis",
    "Rank",
    "RankChange",
    "Recurrence",
    "Scope",
    "ScopeMode",
    "Share",
    "Target",
    "expanded_size",
]

#: The most targets a plan may hold once every part is written out where it is used (a
#: part used twice counts twice; a top-level target that is also a part counts in both
#: places). Parts that reuse one another down a chain would otherwise make the work grow
#: exponentially with the length of the chain. Read when a plan is built or a file is
#: read: set ``cchc_model.model.targets.MAX_EXPANDED`` to raise it.
MAX_EXPANDED = 2_000
#: The deepest nesting of parts and conditions accepted (read like MAX_EXPANDED).
MAX_NESTING = 32


class Op(enum.Enum):
    """A comparison operator; the value is how it prints."""

    GE = "≥"
    GT = ">"
    LE = "≤"
    LT = "<"
    EQ = "="

    @property
    def ascii(self) -> str:
        """The operator in ASCII, as accepted in files: ``>=``, ``>``, ``<=``, ``<``, ``=``."""
        return _ASCII[self]

    @property
    def is_lower_bound(self) -> bool:
        """``≥`` and ``>`` set a floor."""
        return self in (Op.GE, Op.GT)

    @property
    def is_upper_bound(self) -> bool:
        """``≤`` and ``<`` set a ceiling."""
        return self in (Op.LE, Op.LT)

    @property
    def is_strict(self) -> bool:
        """``>`` and ``<`` exclude the threshold itself ("trên 90%")."""
        return self in (Op.GT, Op.LT)

    def holds(self, left: Fraction, right: Fraction) -> bool:
        """Whether ``left op right``; exact."""
        if self is Op.GE:
            return left >= right
        if self is Op.GT:
            return left > right
        if self is Op.LE:
            return left <= right
        if self is Op.LT:
            return left < right
        return left == right

    @classmethod
    def parse(cls, text: Op | str, path: str = "") -> Op:
        """Read ``≥``, ``>=``, ``ge`` and their kin."""
        if isinstance(text, Op):
            return text
        key = text.strip().lower() if isinstance(text, str) else text
        op = _PARSE.get(key)
        if op is None:
            fail(
                path,
                text,
                f"{text!r} is not an operator; expected one of ≥ > ≤ < = (or >= > <= < =)",
                "unknown-operator",
            )
        return op


_ASCII = {Op.GE: ">=", Op.GT: ">", Op.LE: "<=", Op.LT: "<", Op.EQ: "="}
_PARSE: dict[Any, Op] = {}
for _op in Op:
    _PARSE[_op.value] = _op
    _PARSE[_ASCII[_op]] = _op
    _PARSE[_op.name.lower()] = _op
_PARSE.update({"==": Op.EQ, "gte": Op.GE, "lte": Op.LE, "⩾": Op.GE, "⩽": Op.LE})


class Recurrence(enum.Enum):
    """How often a target recurs within the evaluated period ("hằng năm", "hằng quý"):
    it holds in each such calendar sub-period, and its status is the all-of of them.

    >>> Recurrence.parse("hằng quý")
    <Recurrence.QUARTER: 'quarter'>
    """

    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    MONTH = "month"

    @property
    def vi(self) -> str:
        """The plan's words: ``hằng năm``, ``6 tháng``, ``hằng quý``, ``hằng tháng``."""
        return _RECURRENCE_VI[self]

    @property
    def every(self) -> str:
        """How a target's reading says it: ``every year``, ``every quarter`` …"""
        return "every half-year" if self is Recurrence.HALF else f"every {self.value}"

    def periods_in(self, period: Period) -> tuple[Period, ...]:
        """The calendar years, halves, quarters or months lying wholly within ``period``,
        in order: ``Recurrence.QUARTER.periods_in(Period.parse("2021-S1"))`` is 2021-Q1
        and 2021-Q2; a month straddling the period's end is not among them."""
        make, per_year = _RECURRENCE_MAKE[self]
        found: list[Period] = []
        for year in range(period.start.year, period.last_day.year + 1):
            for number in range(1, per_year + 1):
                made: Period = make(year, number)
                if made.start >= period.end:
                    return tuple(found)
                if made in period:
                    found.append(made)
        return tuple(found)

    @classmethod
    def spellings(cls) -> tuple[str, ...]:
        """Every spelling :meth:`parse` reads (in lower case; it reads any case)."""
        return tuple(sorted(_RECURRENCE_PARSE))

    @classmethod
    def parse(cls, text: Recurrence | str, path: str = "every") -> Recurrence:
        """Read ``year``, ``hằng năm``, ``hàng quý``, ``mỗi tháng``, ``6 tháng`` and their kin."""
        if isinstance(text, Recurrence):
            return text
        key = unicodedata.normalize("NFC", text).strip().lower() if isinstance(text, str) else None
        found = _RECURRENCE_PARSE.get(key)
        if found is None:
            fail(
                path,
                text,
                f"{text!r} is not a recurrence; expected one of year, half, quarter, month "
                "(or hằng năm, 6 tháng, hằng quý, hằng tháng)",
                "unknown-recurrence",
            )
        return found


_RECURRENCE_VI = {
    Recurrence.YEAR: "hằng năm",
    Recurrence.HALF: "6 tháng",
    Recurrence.QUARTER: "hằng quý",
    Recurrence.MONTH: "hằng tháng",
}
_RECURRENCE_MAKE: dict[Recurrence, tuple[Any, int]] = {
    Recurrence.YEAR: (lambda y, _: Period.year(y), 1),
    Recurrence.HALF: (Period.half, 2),
    Recurrence.QUARTER: (Period.quarter, 4),
    Recurrence.MONTH: (Period.month, 12),
}
_RECURRENCE_PARSE: dict[Any, Recurrence] = {}
for _every in Recurrence:
    _RECURRENCE_PARSE[_every.value] = _every
    _RECURRENCE_PARSE[_every.vi] = _every
    _RECURRENCE_PARSE[_every.every] = _every
for _word, _every in (("năm", Recurrence.YEAR), ("quý", Recurrence.QUARTER)):
    for _lead in ("hàng", "mỗi"):
        _RECURRENCE_PARSE[f"{_lead} {_word}"] = _every
_RECURRENCE_PARSE.update(
    {
        "yearly": Recurrence.YEAR,
        "annual": Recurrence.YEAR,
        "half-year": Recurrence.HALF,
        "6 tháng một lần": Recurrence.HALF,
        "mỗi 6 tháng": Recurrence.HALF,
        "nửa năm": Recurrence.HALF,
        "quarterly": Recurrence.QUARTER,
        "monthly": Recurrence.MONTH,
        "hàng tháng": Recurrence.MONTH,
        "mỗi tháng": Recurrence.MONTH,
    }
)


def _to_recurrence(value: Recurrence | str | None) -> Recurrence | None:
    return Recurrence.parse(value) if isinstance(value, str) else value


class ScopeMode(enum.Enum):
    """Where a target is measured, relative to the jurisdiction that issued it."""

    SELF = "self"
    POOLED = "pooled"
    EACH = "each"
    AGENCY = "agency"
    EACH_AGENCY = "each_agency"
    POOLED_AGENCIES = "pooled_agencies"

    @property
    def on_agencies(self) -> bool:
        """Whether the scope reaches agencies (one, each, or pooled) rather than units."""
        return self in _AGENCY_MODES


_AGENCY_MODES = frozenset({ScopeMode.AGENCY, ScopeMode.EACH_AGENCY, ScopeMode.POOLED_AGENCIES})


def _to_optional_kind(value: AgencyKind | str | None) -> AgencyKind | None:
    return AgencyKind.parse(value, "kind") if isinstance(value, str) else value


def _to_optional_level(value: Level | str | None) -> Level | None:
    return Level.parse(value) if isinstance(value, str) else value


def _to_level(value: Level | str) -> Level:
    return Level.parse(value) if isinstance(value, str) else value


def _to_op(value: Op | str) -> Op:
    return Op.parse(value, "op")


@attrs.frozen
class Scope:
    """Where a target is measured.

    * ``Scope.self_()`` — the territory of the issuing unit (the default).
    * ``Scope.pooled(Level.COMMUNE)`` — one value pooled from the own basis of every
      unit at that level under the issuer: "85% hồ sơ công việc tại cấp xã".
    * ``Scope.each(Level.COMMUNE)`` — every unit at that level separately, one result
      per unit: "mỗi xã".

    "100% tại cấp tỉnh, cấp huyện và 85% tại cấp xã" is three targets, with scopes
    pooled at province, district and commune level.

    A plan written before the 2025 reform may map a level that no longer exists to the
    one that took over its work: ``Scope.pooled(Level.DISTRICT, successor=Level.COMMUNE)``
    is measured at cấp xã on a tree without cấp huyện. Without a successor, a scope at a
    level absent from the evaluated tree is not applicable.

    Agencies (:mod:`cchc_model.model.agencies`) the plan declares are reached by
    ``Scope.of_agency("SNV")`` (one agency), ``Scope.each_agency(kind=None)`` ("mỗi sở,
    ban, ngành": each agency of the issuer, of one kind if given) and
    ``Scope.pooled_agencies(kind=None)`` (one value pooled over them).

    Attributes:
        mode: ``self``, ``pooled``, ``each``, or for agencies ``agency``, ``each_agency``,
            ``pooled_agencies``.
        level: The level pooled over or gone through; none for ``self`` and agencies.
        successor: The level measured instead where ``level`` does not exist on the
            evaluated tree; none (the default) makes the target not applicable there.
        agency: The code of the one agency of an ``agency`` scope.
        kind: The kind of agency an ``each_agency`` or ``pooled_agencies`` scope reaches;
            none for every agency of the issuer.
    """

    mode: ScopeMode = attrs.field(
        default=ScopeMode.SELF, validator=validators.is_instance(ScopeMode, "a scope mode")
    )
    level: Level | None = attrs.field(
        default=None,
        converter=_to_optional_level,
        validator=validators.optional_instance(Level, "a level"),
    )
    successor: Level | None = attrs.field(
        default=None,
        converter=_to_optional_level,
        validator=validators.optional_instance(Level, "a level"),
    )
    agency: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(validators.identifier)
    )
    kind: AgencyKind | None = attrs.field(
        default=None,
        converter=_to_optional_kind,
        validator=validators.optional_instance(AgencyKind, "a kind of agency"),
    )

    def __attrs_post_init__(self) -> None:
        if self.mode.on_agencies or self.agency is not None or self.kind is not None:
            self._check_agencies()
            return
        if self.mode is ScopeMode.SELF and self.level is not None:
            fail("level", self.level.key, "a self scope has no level; expected none", "scope")
        if self.mode is not ScopeMode.SELF and self.level is None:
            fail(
                "level",
                None,
                f"a {self.mode.value} scope needs a level; expected e.g. commune",
                "scope",
            )
        if self.successor is not None and self.successor is self.level:
            fail(
                "successor",
                self.successor.key,
                "a level is not its own successor; expected the level that took over "
                f"from {self.successor.key}, or none",
                "scope",
            )
        if self.successor is not None and self.level is None:
            fail(
                "successor",
                self.successor.key,
                "a self scope has no level to replace; expected none",
                "scope",
            )

    def _check_agencies(self) -> None:
        mode = self.mode
        if not mode.on_agencies:
            field = "agency" if self.agency is not None else "kind"
            fail(
                field,
                self.agency if self.agency is not None else self.kind and self.kind.key,
                f"a {mode.value} scope names no agency; expected none, or an agency scope",
                "scope",
            )
        if self.level is not None or self.successor is not None:
            shown = self.level if self.level is not None else self.successor
            assert shown is not None
            fail(
                "level",
                shown.key,
                f"a {mode.value} scope reaches agencies, not a level; expected none",
                "scope",
            )
        if mode is ScopeMode.AGENCY:
            if self.agency is None:
                fail("agency", None, "an agency scope names one agency; expected its code", "scope")
            if self.kind is not None:
                fail(
                    "kind",
                    self.kind.key,
                    "an agency scope names one agency; expected no kind",
                    "scope",
                )
        elif self.agency is not None:
            fail(
                "agency",
                self.agency,
                f"a {mode.value} scope reaches every agency (of a kind); expected no agency code",
                "scope",
            )

    @classmethod
    def self_(cls) -> Scope:
        """The territory of the issuing unit."""
        return cls()

    @classmethod
    def of_agency(cls, code: str) -> Scope:
        """One agency of the plan, by its code: "Trung tâm Phục vụ hành chính công tỉnh"."""
        return cls(ScopeMode.AGENCY, agency=code)

    @classmethod
    def each_agency(cls, kind: AgencyKind | str | None = None) -> Scope:
        """Every agency of the issuer (of ``kind`` if given) separately, one result per
        agency: "mỗi sở, ban, ngành"."""
        return cls(ScopeMode.EACH_AGENCY, kind=kind)

    @classmethod
    def pooled_agencies(cls, kind: AgencyKind | str | None = None) -> Scope:
        """One value pooled over the agencies of the issuer (of ``kind`` if given):
        "hồ sơ của các sở, ban, ngành"."""
        return cls(ScopeMode.POOLED_AGENCIES, kind=kind)

    @classmethod
    def pooled(cls, level: Level, successor: Level | None = None) -> Scope:
        """One value pooled over the own basis of every unit at ``level``."""
        return cls(ScopeMode.POOLED, level, successor)

    @classmethod
    def each(cls, level: Level, successor: Level | None = None) -> Scope:
        """Every unit at ``level`` separately."""
        return cls(ScopeMode.EACH, level, successor)

    def __str__(self) -> str:
        if self.mode is ScopeMode.AGENCY:
            return f"tại {self.agency}"
        if self.mode.on_agencies:
            which = "sở, ban, ngành" if self.kind is None else self.kind.vi
            return f"mỗi {which}" if self.mode is ScopeMode.EACH_AGENCY else f"các {which}, pooled"
        if self.level is None:
            return "self"
        instead = (
            f"; at {self.successor.vi} where {self.level.vi} no longer exists"
            if self.successor is not None
            else ""
        )
        if self.mode is ScopeMode.POOLED:
            return f"pooled at {self.level.vi}{instead}"
        return f"each unit at {self.level.vi}{instead}"


AmountLike: TypeAlias = Amount | str | int | float | Decimal | Fraction
"""What may be given where an amount is expected: ``"85 %"``, ``85``, ``Amount(85, "percent")``."""


def _to_members(
    value: Mapping[str, str] | tuple[tuple[str, str], ...],
) -> tuple[tuple[str, str], ...]:
    if isinstance(value, Mapping):
        return tuple(sorted((str(k), str(v)) for k, v in value.items()))
    pairs = value if isinstance(value, list | tuple) else None
    if pairs is None:
        return value
    converted = tuple(tuple(pair) if isinstance(pair, list) else pair for pair in pairs)
    if all(isinstance(pair, tuple) and len(pair) == 2 for pair in converted):
        return tuple(sorted(converted, key=str))
    return converted


def _amount_at(value: AmountLike, path: str) -> Amount:
    if isinstance(value, Amount):
        return value
    if isinstance(value, bool):  # rejected by the field's validator, with its path
        return value  # type: ignore[return-value]
    return Amount.parse(value, path)


def _to_threshold(value: AmountLike | bool) -> Amount | bool:
    return value if isinstance(value, bool) else _amount_at(value, "threshold")


def _to_low(value: AmountLike) -> Amount:
    return _amount_at(value, "low")


def _to_high(value: AmountLike) -> Amount:
    return _amount_at(value, "high")


def _to_delta(value: AmountLike) -> Amount:
    return _amount_at(value, "delta")


def _to_share_threshold(value: AmountLike) -> Amount:
    return _amount_at(value, "threshold")


def _to_optional_top(value: AmountLike | None) -> Amount | None:
    return None if value is None else _amount_at(value, "top")


def _top_share(top: Amount | None) -> Fraction | None:
    """A rank's ``top`` as a proportion above 0 and at most 1, or a problem at ``top``."""
    if top is None:
        return None
    if top.unit is None or dimension_of(top.unit) != PROPORTION:
        fail(
            "top",
            str(top),
            f"{top} is not a share; expected a percent of the peers such as 10 %",
            "unit-mismatch",
        )
    value = top.in_unit("proportion", "top")
    if not 0 < value <= 1:
        fail(
            "top",
            str(top),
            f"{top} is not a share of the peers; expected above 0 to 100 %",
            "range",
        )
    return value


def _to_peers(value: tuple[str, ...] | list[str] | None) -> tuple[str, ...] | None:
    return tuple(value) if isinstance(value, list) else value


def _check_members(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple) or not all(
        isinstance(p, tuple) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in value
    ):
        fail(attribute.name, value, "expected a mapping of dimension id to member", "type")


def _check_target(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, TARGET_FORMS):
        fail(attribute.name, value, f"{value!r} is not a target; expected a target", "type")


def _check_parts(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple):
        fail(attribute.name, value, "expected a tuple of targets", "type")
    if not value:
        fail(attribute.name, value, "no parts; expected at least one target", "empty")
    for index, part in enumerate(value):
        if not isinstance(part, TARGET_FORMS):
            fail(f"{attribute.name}[{index}]", part, f"{part!r} is not a target", "type")


def _to_optional_amount(value: AmountLike | None) -> Amount | None:
    return None if value is None else _amount_at(value, "value")


def _to_optional_period(value: Period | str | int | None) -> Period | None:
    return None if value is None else _to_period(value)


def _to_period(value: Period | str | int) -> Period:
    return value if isinstance(value, Period) else Period.parse(value)


@attrs.frozen(kw_only=True)
class ProgressBasis:
    """Where a target's progress is measured from, and by when it is due.

    "đến năm 2025, 80% hồ sơ … (năm 2020 đạt 60%)" is ``ProgressBasis(baseline="2020",
    value="60 %")`` on a ``≥ 80 %`` target of a 2021–2025 plan. In a plan file it is the
    target's ``progress`` key. A compound's or a share's basis holds for its parts and its
    condition unless they state their own.

    Attributes:
        baseline: The baseline period (t₀ is its end).
        value: The baseline value as the plan states it; ``None`` (the default) means
            the value observed in the baseline period. Only a target on one indicator
            measured at the issuer (a self or pooled scope) may state one; it is read in
            the indicator's unit, like a threshold.
        horizon: The period by whose end the target is due; ``None`` (the default)
            means the target's deadline, else the end of the plan's period.
    """

    baseline: Period = attrs.field(
        converter=_to_period, validator=validators.is_instance(Period, "a period")
    )
    value: Amount | None = attrs.field(
        default=None,
        converter=_to_optional_amount,
        validator=validators.optional_instance(Amount, "an amount"),
    )
    horizon: Period | None = attrs.field(
        default=None,
        converter=_to_optional_period,
        validator=validators.optional_instance(Period, "a period"),
    )

    def __attrs_post_init__(self) -> None:
        if self.horizon is not None and self.horizon.end <= self.baseline.end:
            fail(
                "horizon",
                self.horizon.label,
                f"the horizon {self.horizon.label} does not end after the baseline "
                f"{self.baseline.label}; expected a later horizon",
                "range",
            )

    def __str__(self) -> str:
        value = f" = {self.value}" if self.value is not None else ""
        horizon = f" to {self.horizon.label}" if self.horizon is not None else ""
        return f"from {self.baseline.label}{value}{horizon}"


def _check_progress(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, ProgressBasis):
        fail(attribute.name, value, f"{value!r} is not a progress basis; expected one", "type")
    if value.value is None:
        return
    indicator = getattr(instance, "indicator", None)
    scope = getattr(instance, "scope", None)
    path = f"{attribute.name}.value"
    each = (ScopeMode.EACH, ScopeMode.EACH_AGENCY)
    if not isinstance(indicator, Indicator) or (scope is not None and scope.mode in each):
        fail(
            path,
            str(value.value),
            "a baseline value belongs to one measurement at the issuer; expected none "
            "here (each unit's baseline is observed)",
            "baseline-value",
        )
    if not indicator.measure.is_numeric:
        fail(
            path,
            str(value.value),
            f"{indicator.id} is {indicator.measure.value} and has no rate of change; "
            "expected no baseline value",
            "form-mismatch",
        )
    canonical = instance._canonical(value.value, path)
    instance._check_bounds(canonical, value.value, path)


def _to_window(value: Period | str | int | None) -> Period | None:
    if value is None or isinstance(value, Period):
        return value
    try:
        return Period.parse(value)
    except ValidationError as exc:
        problem = exc.problems[0]
        fail("period", value, problem.message, problem.code)


def _check_window(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, Period):
        fail(attribute.name, value, f"{value!r} is not a period; expected a period", "type")
    due = getattr(instance, "deadline", None)
    if isinstance(due, date) and due < value.start:
        fail(
            "deadline",
            due.isoformat(),
            f"the deadline {due.isoformat()} is before the target's own period "
            f"{value.label} starts; expected a deadline on or after {value.start.isoformat()}",
            "deadline-before-period",
        )


def _check_every(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, Recurrence):
        fail(
            attribute.name,
            value,
            f"{value!r} is not a recurrence; expected year, half, quarter or month",
            "type",
        )
    window = getattr(instance, "period", None)
    if isinstance(window, Period) and not value.periods_in(window):
        fail(
            attribute.name,
            value.value,
            f"no whole {value.value} lies within the target's own period {window.label}; "
            "expected a period that holds at least one",
            "empty-recurrence",
        )


def _to_span(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _check_span(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or not all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in value)
        or value[0] > value[1]
    ):
        validators.fail(
            attribute.name,
            value,
            "expected two character offsets (start, end) with 0 <= start <= end",
            "bad-span",
        )


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class _TargetBase:
    """Fields every target form has.

    Attributes:
        id: A stable id, unique in the plan, e.g. ``"satisfaction"``.
        source_text: The plan's own words for the target, e.g. "đạt tối thiểu 85%".
        source_span: Where ``source_text`` sits in the document it was read from, as
            character offsets ``(start, end)``, when the target was extracted from text
            (:func:`cchc_model.text.extract`).
        aspirational: Whether the target is aspirational ("phấn đấu"); it changes no
            truth, and reports keep such targets apart.
        exclusions: What the plan leaves out of the count, kept as text, e.g. "hồ sơ
            công việc thuộc phạm vi bí mật nhà nước".
        deadline: The date the target is due, if the plan states one ("hoàn thành trước
            ngày 15/9/2026"): an evaluated period ending after it is read up to it (data
            of periods ending after it do not count), one starting after it finds the
            target NOT_APPLICABLE.
        area: The reform area, when it differs from the indicator's.
        note: A remark on how the plan's words were read.
        progress: Where progress toward the target is measured from and by when it is
            due (:class:`ProgressBasis`); ``None`` reads the year before the plan's
            period as the baseline, and its observed value.
        period: The target's own window ("từ nay đến hết tháng 6/2026", "đến năm
            2025"): it is read on this period when the evaluated period holds it, and
            is NOT_APPLICABLE otherwise (:mod:`cchc_model.rules.timing`).
        every: How often it recurs (:class:`Recurrence`, "hằng năm", "hằng quý"): it
            holds in each calendar year, half, quarter or month within the evaluated
            period (and its own window), and its status is the all-of of those.
    """

    form: ClassVar[str]

    id: str = attrs.field(validator=validators.identifier)
    source_text: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    source_span: tuple[int, int] | None = attrs.field(
        default=None, converter=_to_span, validator=_check_span
    )
    aspirational: bool = attrs.field(
        default=False, validator=validators.is_instance(bool, "true or false")
    )
    exclusions: tuple[str, ...] = attrs.field(
        default=(), validator=validators.tuple_of(str, "text")
    )
    deadline: date | None = attrs.field(
        default=None, validator=validators.optional_instance(date, "a date")
    )
    area: ReformArea | None = attrs.field(
        default=None, validator=validators.optional_instance(ReformArea, "a reform area")
    )
    note: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    progress: ProgressBasis | None = attrs.field(default=None, validator=_check_progress)
    period: Period | None = attrs.field(default=None, converter=_to_window, validator=_check_window)
    every: Recurrence | None = attrs.field(
        default=None, converter=_to_recurrence, validator=_check_every
    )

    def baseline_value(self) -> Fraction | None:
        """The baseline value the plan states (:attr:`ProgressBasis.value`), exact, in
        the indicator's canonical unit; ``None`` when it states none (a target on no
        single indicator never does)."""
        return None

    @property
    def children(self) -> tuple[Target, ...]:
        """The targets nested directly in this one: a compound's parts, a share's
        condition."""
        return ()

    def walk(self) -> Iterator[Target]:
        """This target and every target nested in it, depth first; a part that several
        compounds share (one object) comes once, so a walk is linear in the targets."""
        seen: set[int] = set()

        def visit(target: Target) -> Iterator[Target]:
            if id(target) not in seen:
                seen.add(id(target))
                yield target
                for child in target.children:
                    yield from visit(child)

        yield from visit(self)  # type: ignore[arg-type]

    def indicators(self) -> tuple[Indicator, ...]:
        """The distinct indicators this target and its parts measure, in order."""
        found: dict[str, Indicator] = {}
        for target in self.walk():
            for name in ("indicator", "within"):  # a sub-quota reads its base too
                indicator = getattr(target, name, None)
                if isinstance(indicator, Indicator):
                    found.setdefault(indicator.id, indicator)
        return tuple(found.values())

    def _timing(self) -> str:
        """The target's own timing and exclusions as its reading says them: ``, every
        quarter, in 2026-S1, by 15/09/2026, excluding …``; empty without any."""
        said = []
        if self.every is not None:
            said.append(self.every.every)
        if self.period is not None:
            said.append(f"in {self.period.label}")
        if self.deadline is not None:
            due = self.deadline
            said.append(f"by {due.day:02d}/{due.month:02d}/{due.year:04d}")
        if self.exclusions:
            said.append(f"excluding {'; '.join(self.exclusions)}")
        return "".join(f", {item}" for item in said)

    def _suffix(self) -> str:
        return " (phấn đấu)" if self.aspirational else ""

    def __repr__(self) -> str:
        indicator = getattr(self, "indicator", None)
        measured = f"{indicator.id} " if isinstance(indicator, Indicator) else ""
        return f"<{type(self).__name__} {self.id}: {measured}{self}{self._suffix()}>"

    def _repr_html_(self) -> str:
        """The target and its parts as an HTML table (a notebook shows it)."""
        from .display import target_html

        return target_html(self)


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class _OnIndicator(_TargetBase):
    """A target on one indicator, measured in a scope and optionally on a breakdown.

    Attributes:
        indicator: What is measured: an indicator id in a file, or an inline definition.
        scope: Where it is measured; ``self`` (the issuer's territory) by default.
        members: The breakdown measured, as dimension id → member, e.g.
            ``{"sector": "land"}``; none for the whole.
    """

    indicator: Indicator = attrs.field(validator=validators.is_instance(Indicator, "an indicator"))
    scope: Scope = attrs.field(factory=Scope, validator=validators.is_instance(Scope, "a scope"))
    members: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=_to_members, validator=_check_members
    )

    def _check_breakdown(self) -> None:
        dimensions = {d.id: d for d in self.indicator.dimensions}
        seen: set[str] = set()
        for dim_id, member in self.members:
            path = f"members.{dim_id}"
            if dim_id in seen:
                fail(path, member, f"dimension {dim_id!r} given twice; expected once", "duplicate")
            seen.add(dim_id)
            dimension = dimensions.get(dim_id)
            if dimension is None:
                fail(
                    path,
                    member,
                    f"{self.indicator.id} has no dimension {dim_id!r}; expected one of "
                    + (", ".join(repr(d) for d in dimensions) or "none"),
                    "unknown-dimension",
                )
            if member not in dimension.members:
                fail(
                    path,
                    member,
                    f"{member!r} is not a member of {dim_id}; expected one of "
                    + ", ".join(repr(m) for m in dimension.members),
                    "unknown-member",
                )

    def _where(self) -> str:
        parts = self._where_parts()
        return (f" ({'; '.join(parts)})" if parts else "") + self._timing()

    def _where_parts(self) -> list[str]:
        parts = []
        if self.scope.mode is not ScopeMode.SELF:
            parts.append(str(self.scope))
        if self.members:
            parts.append(", ".join(f"{k} = {v}" for k, v in self.members))
        return parts

    def baseline_value(self) -> Fraction | None:
        if self.progress is None or self.progress.value is None:
            return None
        return self._canonical(self.progress.value, "progress.value")

    def _canonical(self, amount: Amount, path: str) -> Fraction:
        if amount.unit is None:
            return amount.value
        return amount.in_unit(self.indicator.unit, path)

    def _check_bounds(self, value: Fraction, amount: Amount, path: str) -> None:
        indicator = self.indicator
        if indicator.is_bounded_ratio:
            top = Amount(100, "percent").in_unit(indicator.unit)
            if value > top:
                fail(
                    path,
                    str(amount),
                    f"{amount} is above 100 percent for a bounded ratio; "
                    "expected at most 100 percent",
                    "bounded-ratio-above-100",
                )
        if indicator.measure in (MeasureKind.RATIO, MeasureKind.COUNT) and value < 0:
            fail(
                path,
                str(amount),
                f"{amount} is negative; expected a non-negative {indicator.measure.value}",
                "negative",
            )


def _require_numeric(indicator: Indicator, form: str) -> None:
    if not indicator.measure.is_numeric:
        hint = {
            MeasureKind.ORDINAL: "use an ordinal target",
            MeasureKind.BOOLEAN: "use a comparison = true",
        }[indicator.measure]
        fail(
            "indicator",
            indicator.id,
            f"{indicator.id} is {indicator.measure.value}, which a {form} cannot measure; {hint}",
            "form-mismatch",
        )


def _sums_counts(indicator: Indicator) -> bool:
    """Whether a ratio's numerators add up in space and in time (a count of things)."""
    return (
        indicator.measure is MeasureKind.RATIO
        and indicator.spatial is SpatialRule.RATIO_OF_SUMS
        and indicator.temporal is TemporalRule.RATIO_OF_SUMS
    )


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class _ValueTarget(_OnIndicator):
    """A comparison, between or ordinal: a value at one unit, or at every member of a
    breakdown.

    Attributes:
        each_member: A dimension of the indicator whose every member must meet the
            target ("ở từng lĩnh vực đều đạt trên 90%"): the all of the target at each
            member, e.g. ``sector``; none (the default) measures the breakdown given in
            ``members``, or the whole.
    """

    each_member: str | None = attrs.field(
        default=None, validator=validators.optional_instance(str, "a dimension id")
    )

    def _check_breakdown(self) -> None:
        super()._check_breakdown()
        dim_id = self.each_member
        if dim_id is None:
            return
        known = [d.id for d in self.indicator.dimensions]
        if dim_id not in known:
            fail(
                "each_member",
                dim_id,
                f"{self.indicator.id} has no dimension {dim_id!r}; expected one of "
                + (", ".join(repr(d) for d in known) or "none (it has no breakdown)"),
                "unknown-dimension",
            )
        if dim_id in dict(self.members):
            fail(
                "each_member",
                dim_id,
                f"{dim_id} is fixed to {dict(self.members)[dim_id]!r} in members; expected "
                "each member of a dimension not given in members",
                "duplicate",
            )

    def per_member(self) -> tuple[Any, ...]:
        """The target at each member of :attr:`each_member` (none without one): the same
        target with the member added to ``members``, in the dimension's order."""
        if self.each_member is None:
            return ()
        dimension = next(d for d in self.indicator.dimensions if d.id == self.each_member)
        return tuple(
            attrs.evolve(self, members=(*self.members, (dimension.id, member)), each_member=None)
            for member in dimension.members
        )

    def _where_parts(self) -> list[str]:
        parts = super()._where_parts()
        if self.each_member is not None:
            parts.append(f"each {self.each_member}")
        return parts


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class _RatioValueTarget(_ValueTarget):
    """A comparison or between, which may be a sub-quota of another ratio's count.

    Attributes:
        within: The base of a sub-quota ("trong đó"): a ratio indicator whose numerator
            counts the units the share is taken of — "tối thiểu 70% hồ sơ nộp trực tuyến,
            trong đó ít nhất 30% được xử lý toàn trình" takes 30 % of the dossiers
            received online. The value is the target indicator's numerator over this
            indicator's numerator, with the same scope, breakdown, unit and period;
            none (the default) is the indicator's own share of its denominator.
    """

    within: Indicator | None = attrs.field(
        default=None, validator=validators.optional_instance(Indicator, "an indicator")
    )

    def _check_breakdown(self) -> None:
        super()._check_breakdown()
        base = self.within
        if base is None:
            return
        expected = (
            "expected ratio indicators whose numerators and denominators add up (spatial and "
            "temporal rules ratio_of_sums); otherwise compare the sub-quota's own indicator, "
            "without within"
        )
        for path, indicator in (("indicator", self.indicator), ("within", base)):
            if not _sums_counts(indicator):
                fail(
                    path,
                    indicator.id,
                    f"a sub-quota takes its numerator's count over the base's numerator, but "
                    f"{indicator.id} is {indicator.measure.value} rolled up by "
                    f"{indicator.spatial.value} and {indicator.temporal.value}; {expected}",
                    "within-not-a-count",
                )
        if base.id == self.indicator.id:
            fail(
                "within",
                base.id,
                f"a share of {base.id}'s own numerator is always 100 %; expected another "
                "indicator, whose numerator counts the units the share is taken of",
                "within-itself",
            )
        dimensions = {d.id: d for d in base.dimensions}
        wanted = [*self.members] + [(self.each_member or "", m) for m in self._each_members()]
        for dim_id, member in wanted:
            dimension = dimensions.get(dim_id)
            if dimension is None or member not in dimension.members:
                fail(
                    "within",
                    base.id,
                    f"the base {base.id} has no member {member!r} of {dim_id!r}; expected "
                    "a base broken down like the target, so that each part is taken of its "
                    "own count",
                    "within-breakdown",
                )

    def _each_members(self) -> tuple[str, ...]:
        if self.each_member is None:
            return ()
        return next(d for d in self.indicator.dimensions if d.id == self.each_member).members

    def _where_parts(self) -> list[str]:
        parts = super()._where_parts()
        if self.within is not None:
            parts.insert(0, f"trong đó: of those counted by {self.within.id}")
        return parts


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class Comparison(_RatioValueTarget):
    """``v op x``: "đạt tối thiểu 85%" is ``≥ 85 %``, "trên 90%" is ``> 90 %``.

    For a boolean indicator the threshold is ``True`` or ``False`` and the operator
    ``=``: "xây dựng Bộ phận một cửa hiện đại" is ``= yes``.

    Attributes:
        op: The operator.
        threshold: The amount as the plan states it; a plain number is in the
            indicator's unit.
        threshold_value: (read-only) the threshold as an exact fraction in the
            indicator's canonical unit.
    """

    form: ClassVar[str] = "comparison"

    op: Op = attrs.field(converter=_to_op, validator=validators.is_instance(Op, "an operator"))
    threshold: Amount | bool = attrs.field(converter=_to_threshold)
    threshold_value: Fraction = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        indicator = self.indicator
        self._check_breakdown()
        if indicator.measure is MeasureKind.BOOLEAN:
            if not isinstance(self.threshold, bool):
                fail(
                    "threshold",
                    str(self.threshold),
                    f"{indicator.id} is yes/no; expected true or false",
                    "form-mismatch",
                )
            if self.op is not Op.EQ:
                fail("op", self.op.value, f"{indicator.id} is yes/no; expected =", "operator")
            object.__setattr__(self, "threshold_value", Fraction(int(self.threshold)))
            return
        _require_numeric(indicator, "comparison")
        if not isinstance(self.threshold, Amount):
            fail(
                "threshold",
                self.threshold,
                f"{self.threshold!r} is not an amount; expected a number with a unit, e.g. 85 %",
                "type",
            )
        value = self._canonical(self.threshold, "threshold")
        self._check_bounds(value, self.threshold, "threshold")
        object.__setattr__(self, "threshold_value", value)

    def __str__(self) -> str:
        if isinstance(self.threshold, bool):
            shown = "yes" if self.threshold else "no"
        else:
            shown = str(self.threshold)
        return f"{self.op.value} {shown}{self._where()}"


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class Between(_RatioValueTarget):
    """``lo ≤ v ≤ hi``; each end inclusive unless declared otherwise.

    "từ 90% đến dưới 100%" is ``Between(low="90 %", high="100 %", high_inclusive=False)``.

    Attributes:
        low: The lower end.
        high: The upper end.
        low_inclusive: Whether the lower end itself meets the target (true by default).
        high_inclusive: Whether the upper end itself meets the target (true by default).
    """

    form: ClassVar[str] = "between"

    low: Amount = attrs.field(
        converter=_to_low, validator=validators.is_instance(Amount, "an amount")
    )
    high: Amount = attrs.field(
        converter=_to_high, validator=validators.is_instance(Amount, "an amount")
    )
    low_inclusive: bool = attrs.field(
        default=True, validator=validators.is_instance(bool, "true or false")
    )
    high_inclusive: bool = attrs.field(
        default=True, validator=validators.is_instance(bool, "true or false")
    )
    low_value: Fraction = attrs.field(init=False, eq=False, repr=False)
    high_value: Fraction = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        self._check_breakdown()
        _require_numeric(self.indicator, "between target")
        low = self._canonical(self.low, "low")
        high = self._canonical(self.high, "high")
        self._check_bounds(low, self.low, "low")
        self._check_bounds(high, self.high, "high")
        empty = low > high or (low == high and not (self.low_inclusive and self.high_inclusive))
        if empty:
            fail(
                "high",
                str(self.high),
                f"no value lies between {self.low} and {self.high}; expected high above low",
                "empty-interval",
            )
        object.__setattr__(self, "low_value", low)
        object.__setattr__(self, "high_value", high)

    def __str__(self) -> str:
        left = "≤" if self.low_inclusive else "<"
        right = "≤" if self.high_inclusive else "<"
        return f"{self.low} {left} v {right} {self.high}{self._where()}"


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class Ordinal(_ValueTarget):
    """A named level or better: "Chỉ số CCHC … đạt mức tốt trở lên" is ``≥ tốt``.

    Attributes:
        op: The operator, usually ``≥`` ("trở lên").
        level: One of the indicator's levels, e.g. ``"tốt"``.
    """

    form: ClassVar[str] = "ordinal"

    op: Op = attrs.field(converter=_to_op, validator=validators.is_instance(Op, "an operator"))
    level: str = attrs.field(validator=validators.text)

    def __attrs_post_init__(self) -> None:
        self._check_breakdown()
        if self.indicator.measure is not MeasureKind.ORDINAL:
            fail(
                "indicator",
                self.indicator.id,
                f"{self.indicator.id} is {self.indicator.measure.value}; "
                "expected an ordinal indicator",
                "form-mismatch",
            )
        self.indicator.level_index(self.level)

    @property
    def level_index(self) -> int:
        """The position of the level among the indicator's levels, worst first."""
        return self.indicator.level_index(self.level)

    def __str__(self) -> str:
        return f"{self.op.value} {self.level}{self._where()}"


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class Change(_OnIndicator):
    """Change against a baseline: ``v(P) − v(B) op x``, or relative ``(v(P) − v(B)) / v(B) op r``.

    "có thêm 2 đơn vị sự nghiệp công lập trở lên tự chủ về tài chính" is
    ``Change(op=Op.GE, delta="2 unit")`` against the previous year.

    Attributes:
        baseline: The baseline period; ``None`` means the period just before the
            evaluated one, of the same length (2020 for a 2021 plan).
        relative: Whether ``delta`` is a share of the baseline value (given in percent).
    """

    form: ClassVar[str] = "change"

    op: Op = attrs.field(converter=_to_op, validator=validators.is_instance(Op, "an operator"))
    delta: Amount = attrs.field(
        converter=_to_delta, validator=validators.is_instance(Amount, "an amount")
    )
    baseline: Period | None = attrs.field(
        default=None, validator=validators.optional_instance(Period, "a period")
    )
    relative: bool = attrs.field(
        default=False, validator=validators.is_instance(bool, "true or false")
    )
    delta_value: Fraction = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        self._check_breakdown()
        _require_numeric(self.indicator, "change target")
        if self.relative:
            if self.delta.unit is None or dimension_of(self.delta.unit) != PROPORTION:
                fail(
                    "delta",
                    str(self.delta),
                    f"{self.delta} is not a share; expected a relative change in percent, "
                    "e.g. 10 %",
                    "unit-mismatch",
                )
            value = self.delta.in_unit("proportion", "delta")
        else:
            value = self._canonical(self.delta, "delta")
        object.__setattr__(self, "delta_value", value)

    def baseline_for(self, period: Period) -> Period:
        """The period the change in ``period`` is measured against."""
        return self.baseline or period.previous()

    def __str__(self) -> str:
        sign = "+" if self.delta.value >= 0 else ""
        against = f"vs {self.baseline}" if self.baseline else "vs the previous period"
        kind = "relative change" if self.relative else "change"
        return f"{kind} {self.op.value} {sign}{self.delta} {against}{self._where()}"


def _check_ranked(target: Rank | RankChange) -> None:
    """What a rank and a rank movement both require: a breakdown the indicator has, an
    indicator that can be ordered, the issuer's own scope."""
    target._check_breakdown()
    if target.indicator.measure is MeasureKind.BOOLEAN:
        fail("indicator", target.indicator.id, "a yes/no indicator cannot rank", "form-mismatch")
    if target.scope.mode is not ScopeMode.SELF:
        fail("scope", str(target.scope), "a rank is the issuer's own; expected self", "scope")


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class Rank(_OnIndicator):
    """Rank among peers ≤ K: "thuộc 1 trong 5 đơn vị dẫn đầu trong 9 huyện" is top 5 of 9.

    Peers are the unit's siblings valid in the period unless ``peers`` lists their
    codes. The order follows the indicator's direction; ties share the better rank
    (1, 2, 2, 4).

    A plan that names no K ("thuộc tốp đầu", "nhóm dẫn đầu") states a convention
    instead: ``top="10 %"`` is the top 10 % of the peers found on the evaluated tree,
    K = ⌈10 % × peers⌉ (K = 7 among 63 provinces).

    Attributes:
        k: The rank to reach or beat; exactly one of ``k`` and ``top``.
        top: The share of the peers that counts as the top, in percent (above 0, at most
            100 %): K is that share of the peers found, rounded up.
        top_value: (read-only) ``top`` as an exact proportion, or ``None``.
        group_size: The number of peers the plan states ("trong 9"), including the unit
            itself; a different count found in the data is a warning, not an error.
        peers: Explicit peer codes, including the unit itself, or ``None``.
    """

    form: ClassVar[str] = "rank"

    k: int | None = attrs.field(
        default=None, validator=validators.optional_instance(int, "a whole number")
    )
    top: Amount | None = attrs.field(
        default=None,
        converter=_to_optional_top,
        validator=validators.optional_instance(Amount, "an amount"),
    )
    top_value: Fraction | None = attrs.field(init=False, eq=False, repr=False)
    group_size: int | None = attrs.field(
        default=None, validator=validators.optional_instance(int, "a whole number")
    )
    peers: tuple[str, ...] | None = attrs.field(
        default=None,
        converter=_to_peers,
        validator=attrs.validators.optional(validators.tuple_of(str, "a code", unique=True)),
    )

    def __attrs_post_init__(self) -> None:
        _check_ranked(self)
        object.__setattr__(self, "top_value", _top_share(self.top))
        if (self.k is None) == (self.top is None):
            fail(
                "k",
                self.k,
                "a rank states K (k: 5) or a share of the peers as the top (top: 10 %); "
                "expected exactly one of k and top",
                "k-or-top",
            )
        if self.k is None:
            return
        if self.k < 1:
            fail("k", self.k, f"rank {self.k} is below 1; expected at least 1", "range")
        if self.group_size is not None and self.group_size < self.k:
            fail(
                "group_size",
                self.group_size,
                f"a group of {self.group_size} has no top {self.k}; expected at least {self.k}",
                "range",
            )
        if self.peers is not None and len(self.peers) < self.k:
            fail(
                "peers",
                list(self.peers),
                f"{len(self.peers)} peers have no top {self.k}; expected at least {self.k}",
                "range",
            )

    def __str__(self) -> str:
        if self.top is not None:
            among = f"{self.group_size} đơn vị" if self.group_size else "các đơn vị so sánh"
            return (
                f"tốp đầu: {self.top} đầu trong số {among} "
                f"(hạng ≤ ⌈{self.top} × số đơn vị⌉){self._where()}"
            )
        size = f" of {self.group_size}" if self.group_size else ""
        return f"top {self.k}{size}{self._where()}"


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class RankChange(_OnIndicator):
    """Rank movement against a baseline: rank then − rank now ``op places``.

    The improvement is the rank at the baseline minus the rank now (from 9th to 5th is
    up 4 places). "cải thiện thứ hạng so với năm trước" is
    ``RankChange(op=Op.GE, places=1)``; "tăng ít nhất 3 bậc" is ``places=3``; "giữ vững
    vị trí" (no worse than before) is ``places=0``. Both ranks are taken among the same
    peers, as :class:`Rank` ranks them (competition ranking, the indicator's direction).

    Attributes:
        op: The operator on the improvement, usually ``≥``.
        places: The places to climb; 0 holds the position, a negative number is how many
            places may be lost.
        baseline: The baseline period; ``None`` means the period just before the
            evaluated one, of the same length (2023 for 2024).
        group_size: The number of peers the plan states, including the unit itself; a
            different count found in the data is a warning, not an error.
        peers: Explicit peer codes, including the unit itself, or ``None``.
    """

    form: ClassVar[str] = "rank_change"

    op: Op = attrs.field(converter=_to_op, validator=validators.is_instance(Op, "an operator"))
    places: int = attrs.field(validator=validators.is_instance(int, "a whole number"))
    baseline: Period | None = attrs.field(
        default=None,
        converter=_to_optional_period,
        validator=validators.optional_instance(Period, "a period"),
    )
    group_size: int | None = attrs.field(
        default=None, validator=validators.optional_instance(int, "a whole number")
    )
    peers: tuple[str, ...] | None = attrs.field(
        default=None,
        converter=_to_peers,
        validator=attrs.validators.optional(validators.tuple_of(str, "a code", unique=True)),
    )

    def __attrs_post_init__(self) -> None:
        _check_ranked(self)
        if self.group_size is not None and self.group_size < 1:
            fail("group_size", self.group_size, "no peers; expected at least 1", "range")

    def baseline_for(self, period: Period) -> Period:
        """The period the rank in ``period`` is compared with."""
        return self.baseline or period.previous()

    def __str__(self) -> str:
        against = f"vs {self.baseline}" if self.baseline else "vs the previous period"
        size = f" among {self.group_size}" if self.group_size else ""
        noun = "place" if abs(self.places) == 1 else "places"
        return f"rank up {self.op.value} {self.places} {noun} {against}{size}{self._where()}"


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class Share(_TargetBase):
    """The share of units at a level under the issuer that meet a condition, ``op x``.

    "phấn đấu xây dựng Bộ phận một cửa hiện đại tại 50% số huyện" is
    ``Share(level=Level.DISTRICT, condition=<modern one-stop = yes>, op=Op.GE,
    threshold="50 %", aspirational=True)``.

    Attributes:
        level: The level of the units counted.
        condition: The target each unit is checked against, at the unit itself.
        op: The operator on the share.
        threshold: The share, in percent.
        successor: The level counted instead where ``level`` does not exist on the
            evaluated tree (as a scope's ``successor``); none makes the share not
            applicable there.
    """

    form: ClassVar[str] = "share"

    level: Level = attrs.field(
        converter=_to_level, validator=validators.is_instance(Level, "a level")
    )
    condition: Target = attrs.field(validator=_check_target)
    op: Op = attrs.field(converter=_to_op, validator=validators.is_instance(Op, "an operator"))
    threshold: Amount = attrs.field(
        converter=_to_share_threshold, validator=validators.is_instance(Amount, "an amount")
    )
    successor: Level | None = attrs.field(
        default=None,
        converter=_to_optional_level,
        validator=validators.optional_instance(Level, "a level"),
    )
    threshold_value: Fraction = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.successor is self.level:
            fail(
                "successor",
                self.level.key,
                "a level is not its own successor; expected the level that took over "
                f"from {self.level.key}, or none",
                "scope",
            )
        unit = self.threshold.unit
        if unit is None or dimension_of(unit) != PROPORTION:
            fail(
                "threshold",
                str(self.threshold),
                f"{self.threshold} is not a share; expected a percent such as 50 %",
                "unit-mismatch",
            )
        value = self.threshold.in_unit("proportion", "threshold")
        if not 0 <= value <= 1:
            fail(
                "threshold",
                str(self.threshold),
                f"{self.threshold} is not a share of units; expected 0 to 100 percent",
                "range",
            )
        scope = getattr(self.condition, "scope", None)
        if scope is not None and scope.mode is not ScopeMode.SELF:
            fail(
                "condition.scope",
                str(scope),
                "the condition is checked at each unit itself; expected a self scope",
                "scope",
            )
        object.__setattr__(self, "threshold_value", value)

    @property
    def children(self) -> tuple[Target, ...]:
        return (self.condition,)

    def __str__(self) -> str:
        instead = (
            f" (at {self.successor.vi} where {self.level.vi} no longer exists)"
            if self.successor is not None
            else ""
        )
        return (
            f"{self.op.value} {self.threshold} of units at {self.level.vi}{instead}"
            f"{self._timing()}: {self.condition}"
        )


def _to_parts(value: tuple[Target, ...] | list[Target]) -> tuple[Target, ...]:
    return tuple(value) if isinstance(value, list) else value


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class _Compound(_TargetBase):
    """A target over other targets.

    Attributes:
        parts: The sub-targets: inline targets, or in a file the ids of top-level targets.
    """

    parts: tuple[Target, ...] = attrs.field(converter=_to_parts, validator=_check_parts)

    @property
    def children(self) -> tuple[Target, ...]:
        return self.parts


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class AllOf(_Compound):
    """Every part is met ("cả 4 chỉ tiêu")."""

    form: ClassVar[str] = "all_of"

    def __str__(self) -> str:
        return f"all of {len(self.parts)}{self._timing()}"


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class AnyOf(_Compound):
    """At least one part is met."""

    form: ClassVar[str] = "any_of"

    def __str__(self) -> str:
        return f"any of {len(self.parts)}{self._timing()}"


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class AtLeast(_Compound):
    """At least ``n`` of the parts are met ("3/4 chỉ số", "at least 8 of 10").

    Attributes:
        n: How many parts must be met, from 1 to the number of parts.
    """

    form: ClassVar[str] = "at_least"

    n: int = attrs.field(validator=validators.is_instance(int, "a whole number"))

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.n <= len(self.parts):
            fail(
                "n",
                self.n,
                f"at least {self.n} of {len(self.parts)} parts cannot be asked; "
                f"expected 1 to {len(self.parts)}",
                "range",
            )

    def __str__(self) -> str:
        return f"at least {self.n} of {len(self.parts)}{self._timing()}"


Target: TypeAlias = (
    Comparison | Between | Ordinal | Change | Rank | RankChange | Share | AllOf | AnyOf | AtLeast
)
"""Any target form."""

TARGET_FORMS: tuple[type[Target], ...] = (
    Comparison,
    Between,
    Ordinal,
    Change,
    Rank,
    RankChange,
    Share,
    AllOf,
    AnyOf,
    AtLeast,
)
"""Every target class, in the order of docs/semantics.md §6."""


def expanded_size(targets: Iterable[Target], limit: int | None = None) -> tuple[int, int]:
    """How many targets ``targets`` hold with every part written out where it is used,
    and how deep they nest (1 for a target with no parts); counting stops past ``limit``
    targets, and past :data:`MAX_NESTING` levels (the depth then reads one more).

    Work is linear in the distinct targets: a part shared by several compounds (the same
    object) is measured once and its size reused.
    """
    limit = MAX_EXPANDED if limit is None else limit
    sizes: dict[int, tuple[int, int]] = {}

    def measure(target: Target, depth: int) -> tuple[int, int]:
        if depth > MAX_NESTING:
            return 1, 1
        known = sizes.get(id(target))
        if known is not None:
            return known
        size, height = 1, 1
        for child in target.children:
            child_size, child_height = measure(child, depth + 1)
            size += child_size
            height = max(height, child_height + 1)
            if size > limit:
                break
        sizes[id(target)] = (size, height)
        return size, height

    total, deepest = 0, 0
    for target in targets:
        size, height = measure(target, 1)
        total += size
        deepest = max(deepest, height)
        if total > limit:
            break
    return total, deepest
