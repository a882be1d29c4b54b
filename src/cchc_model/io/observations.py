"""Observations: the values units reported for an indicator and a period (docs/semantics.md §4).

An :class:`Observation` is one value as the user gave it: indicator id, jurisdiction
code, period, dimension members, basis (``territory`` or ``own``), source, and either a
``value`` or a ``numerator`` and ``denominator``. It checks only what needs no
indicator: one form of value, non-negative counts, a positive weight.

An :class:`ObservationSet` validates every observation against its indicator and
normalises it to a :class:`Point`, the additive pair the aggregation engine sums up the
tree (docs/semantics.md §5). Everything wrong with the input is reported at once, in one
:class:`ObservationError` whose problems name the row::

    line 14: numerator: 21 is more than the denominator 20; expected at most the
    denominator for a bounded ratio

>>> from cchc_model.model.indicators import Indicator, MeasureKind
>>> online = Indicator(id="online", name="Tỷ lệ hồ sơ trực tuyến", measure=MeasureKind.RATIO)
>>> s = ObservationSet(
...     [Observation(indicator="online", code="06", period="2023", numerator=17, denominator=20)],
...     [online],
... )
>>> s.get("online", "06", Period.parse("2023")).value
Fraction(85, 1)

How values are read:

* Numbers are exact (:func:`cchc_model.model.units.exact`): ``"84.99"`` is 8499/100, a float
  is taken by its shortest decimal (``0.85`` is 85/100), ``"17/20"`` is 17/20.
* A ``value`` given as text that reads as a number becomes a :class:`~fractions.Fraction`;
  any other text is kept as text (an ordinal level such as ``"tốt"``, or an amount with
  its unit such as ``"85 %"``), and the set decides against the indicator.
* ``unit`` is the unit of ``value`` when it is not the indicator's own unit: ``0.85``
  with unit ``proportion`` is 85 % exactly.
* A ratio is best given as counts (``numerator``, ``denominator``): the pair adds up
  exactly. A ratio given as a value with a ``weight`` pools as ``(value × weight,
  weight)``; a bare value cannot be pooled (its point has no denominator). ``0/0`` is
  "nothing to measure": the point has no value and is :attr:`Point.not_applicable`.

Rows read by the loaders are labelled for messages: ``records[3]`` for
:meth:`ObservationSet.from_records`, ``line 14`` (the physical line, header = line 1)
for :meth:`ObservationSet.from_csv`, ``row 3`` (positional, from 0) for
:meth:`ObservationSet.from_dataframe`. Paths join the label and the field with a dot
after an index (``records[3].numerator``) and with a colon after a word
(``line 14: numerator``).
"""

from __future__ import annotations

import csv
import enum
import functools
import importlib
import os
import sys
import unicodedata
import warnings
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from types import MappingProxyType
from typing import Any, NoReturn, TextIO

import attrs

from .._gc import paused_gc
from ..exceptions import CchcWarning, Problem, ValidationError, join_path
from ..model.indicators import Indicator, MeasureKind
from ..model.jurisdictions import Hierarchy
from ..model.periods import Period
from ..model.units import (
    DECIMAL_MARK,
    Amount,
    convert,
    decimal_mark,
    exact,
    format_number,
    normalise_unit,
    per_proportion,
    whole,
)
from ..rules import rows
from ..rules.expr import DType, col, compile_row
from ..rules.rows import form_checks
from .files import TooLarge, limited_lines

__all__ = [
    "FIELDS",
    "Basis",
    "Observation",
    "ObservationError",
    "ObservationSet",
    "Point",
    "header_problems",
    "read_truth",
    "read_value",
    "unmatched_codes",
]

ZERO = Fraction(0)
ONE = Fraction(1)

#: The most characters an observation CSV may hold, counted as it is read (a pipe or a
#: device has no size to check first); set ``cchc_model.io.observations.MAX_CSV_CHARS``
#: to raise it.
MAX_CSV_CHARS = 2_000_000_000
#: The longest line of an observation CSV, in characters (a file with no line break is
#: refused after this many, not read whole).
MAX_CSV_LINE = 1_000_000
#: The most lines an observation CSV may have.
MAX_CSV_LINES = 100_000_000


def _too_large(exc: TooLarge) -> ObservationError:
    problem = Problem(
        f"line {exc.line}",
        None,
        f"{exc}; expected an observation CSV within the limits (MAX_CSV_CHARS, "
        "MAX_CSV_LINE, MAX_CSV_LINES in cchc_model.io.observations)",
        "too-large",
    )
    return ObservationError([problem])


def _not_utf8(name: str, exc: UnicodeDecodeError) -> Problem:
    """What to say of a file that is not UTF-8: which encoding it looks like, and how
    to convert it."""
    with open(name, "rb") as stream:
        head = stream.read(4)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        found, source = 'UTF-16 (Excel\'s "Unicode text")', "UTF-16"
    else:
        found, source = "a one-byte encoding such as Windows-1258 or Latin-1", "CP1258"
    return Problem(
        name,
        None,
        f"the file is not UTF-8 (byte {exc.object[exc.start]:#04x} at offset {exc.start}); "
        f'it looks like {found}. Expected UTF-8: save it as "CSV UTF-8", or convert it '
        f"with iconv -f {source} -t UTF-8",
        "encoding",
    )


#: The keys a record may have besides dimension ids.
FIELDS = (
    "indicator",
    "code",
    "period",
    "value",
    "numerator",
    "denominator",
    "weight",
    "unit",
    "basis",
    "source",
    "members",
)
_FIELD_SET = frozenset(FIELDS)
_REQUIRED = ("indicator", "code", "period")


class ObservationError(ValidationError):
    """Observations broke one or more rules; :attr:`problems` lists every one of them."""


class Basis(enum.Enum):
    """Which authorities an observation of a unit covers.

    ``territory`` is the unit's whole area, the default; ``own`` is only the
    authorities at the unit's own level ("hồ sơ công việc tại cấp tỉnh" is the own basis
    of the province).
    """

    TERRITORY = "territory"
    OWN = "own"


_BASES = {"territory": Basis.TERRITORY, "own": Basis.OWN}


# --- reading fields ------------------------------------------------------------------


def _fail(path: str, value: Any, message: str, code: str = "invalid") -> NoReturn:
    raise ObservationError([Problem(path, value, message, code)])


def _reraise(exc: ValidationError, path: str) -> NoReturn:
    """Raise ``exc``'s problems as an ObservationError at ``path``."""
    raise ObservationError(
        attrs.evolve(p, path=path if not p.path or p.path == path else join_path(path, p.path))
        for p in exc.problems
    ) from None


def _text_field(value: Any, path: str, expected: str) -> str:
    if isinstance(value, str):
        text = value.strip()
        if text:
            return sys.intern(text)
        _fail(path, value, f"the {path} is blank; expected {expected}", "blank")
    _fail(path, value, f"{value!r} is not text; expected {expected}", "type")


def _to_indicator(value: str) -> str:
    if type(value) is str and value and not value[0].isspace() and not value[-1].isspace():
        return sys.intern(value)
    return _text_field(value, "indicator", "an indicator id such as satisfaction_tthc")


def _to_code(value: str) -> str:
    if type(value) is str and value and not value[0].isspace() and not value[-1].isspace():
        return sys.intern(value)
    if isinstance(value, int) and not isinstance(value, bool):
        _fail(
            "code",
            value,
            f"{value!r} is a number; expected the unit's code as text such as '01' "
            "(a number loses leading zeros: read the column as text)",
            "type",
        )
    return _text_field(value, "code", "a jurisdiction code such as '01' or '00004'")


@functools.lru_cache(maxsize=4096)
def _parse_period(text: str | int) -> Period:
    return Period.parse(text)


def _to_period(value: Period | str | int | date) -> Period:
    if type(value) is Period:
        return value
    try:
        if type(value) is str or type(value) is int:
            return _parse_period(value)
        return Period.parse(value)
    except ValidationError as exc:
        _reraise(exc, "period")


def _is_number_text(text: str) -> bool:
    """Whether text is written as a number, even one ``exact`` refuses (NaN, 1e999, 1/0)."""
    candidate = text.replace(",", ".") if text.count(",") == 1 else text
    try:
        Decimal(candidate)
    except InvalidOperation:
        head, sep, tail = candidate.partition("/")
        return bool(sep) and head.strip().lstrip("+-").isdigit() and tail.strip().isdigit()
    return True


# Fractions are immutable: small counts share one object each, which saves time and memory.
_SMALL_END = 1024
_SMALL = tuple(Fraction(i) for i in range(_SMALL_END))


def _simple_number(text: str) -> Fraction | None:
    """``"17"`` or ``"84.99"`` read without the general parser; None for anything else."""
    if len(text) <= 40 and text.isascii():
        if text.isdigit():
            count = int(text)
            return _SMALL[count] if count < _SMALL_END else Fraction(count)
        whole, dot, decimals = text.partition(".")
        if dot and decimals.isdigit() and (not whole or whole.isdigit()):
            if len(decimals) == 3 and whole[:1] not in ("", "0") and len(whole) <= 3:
                return None  # "1.500": a grouping mark or a decimal mark (units.exact)
            if DECIMAL_MARK.get() is not None:
                return None  # a declared mark: units.exact reads it
            return Fraction(int(whole + decimals), 10 ** len(decimals))
    return None


def _number(value: Any, path: str) -> Fraction:
    """A number read exactly; ObservationError at ``path`` if it is not one."""
    kind = type(value)
    if kind is Fraction:
        return value  # type: ignore[no-any-return]
    if kind is int:
        return _SMALL[value] if 0 <= value < _SMALL_END else Fraction(value)
    if kind is str:
        simple = _simple_number(value)
        if simple is not None:
            return simple
    elif kind is not float and isinstance(value, float):
        value = float(value)  # numpy.float64: read by its shortest decimal, as a float
    elif kind.__module__ == "numpy" and hasattr(value, "item"):
        # numpy integers become int; a narrower numpy float is read by its own shortest
        # decimal (str(float32(0.85)) is "0.85"), not by the float64 it widens to.
        item = value.item()
        value = str(value) if isinstance(item, float) and value.dtype.itemsize < 8 else item
    try:
        return exact(value, path)
    except ValidationError as exc:
        _reraise(exc, path)


def _to_numerator(value: Any) -> Fraction | None:
    return None if value is None else _number(value, "numerator")


def _to_denominator(value: Any) -> Fraction | None:
    return None if value is None else _number(value, "denominator")


def _to_weight(value: Any) -> Fraction | None:
    return None if value is None else _number(value, "weight")


def _to_value(value: Any) -> Fraction | bool | str | None:
    """A number as an exact Fraction, a truth value as bool, other text as text."""
    if value is None or type(value) is Fraction or type(value) is bool:
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            _fail(
                "value",
                value,
                "the value is blank; expected a number, true or false, or a level",
                "blank",
            )
        simple = _simple_number(text)
        if simple is not None:
            return simple
        try:
            return exact(text, "value")
        except ValidationError as exc:
            if _is_number_text(text):
                _reraise(exc, "value")
        return text
    if isinstance(value, bool):
        return bool(value)
    if type(value).__name__ == "bool_":  # numpy.bool_
        return bool(value)
    return _number(value, "value")


_UNITS: dict[str, str] = {}


def _unit_name(text: str, path: str) -> str:
    name = _UNITS.get(text)
    if name is None:
        try:
            name = normalise_unit(text, path)
        except ValidationError as exc:
            _reraise(exc, path)
        if len(_UNITS) > 4096:
            _UNITS.clear()
        _UNITS[text] = name
    return name


def _to_unit(value: str | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        _fail("unit", value, f"{value!r} is not a unit; expected a unit name such as percent")
    return _unit_name(value, "unit")


def _member_text(value: Any, path: str) -> str:
    if isinstance(value, str):
        text = value.strip()
        if text:
            return sys.intern(text)
    elif isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    elif isinstance(value, float) and value.is_integer():
        return str(int(value))
    _fail(path, value, f"{value!r} is not a member name; expected text such as 'land'", "type")


def _parse_members_text(text: str) -> list[tuple[Any, Any]]:
    pairs: list[tuple[Any, Any]] = []
    for part in text.replace(",", ";").split(";"):
        if not part.strip():
            continue
        dim, sep, member = part.partition("=")
        if not sep:
            _fail(
                "members",
                text,
                f"{part.strip()!r} is not dimension=member; expected e.g. 'sector=land; level=3'",
            )
        pairs.append((dim, member))
    return pairs


def _to_members(
    value: Mapping[str, str] | Iterable[tuple[str, str]] | str,
) -> tuple[tuple[str, str], ...]:
    """Dimension members as sorted (dimension, member) pairs."""
    if type(value) is tuple and not value:
        return ()
    items: list[tuple[Any, Any]]
    if isinstance(value, Mapping):
        items = list(value.items())
    elif isinstance(value, str):
        items = _parse_members_text(value)
    elif isinstance(value, Iterable):
        items = []
        for pair in value:
            if not isinstance(pair, tuple | list) or len(pair) != 2:
                _fail(
                    "members",
                    value,
                    f"{pair!r} is not a (dimension, member) pair; expected pairs or a mapping "
                    "such as {'sector': 'land'}",
                    "type",
                )
            items.append((pair[0], pair[1]))
    else:
        _fail(
            "members",
            value,
            f"{value!r} is not a set of members; expected a mapping such as {{'sector': 'land'}}",
            "type",
        )
    out: dict[str, str] = {}
    for dim, member in items:
        dim_id = _member_text(dim, "members")
        if dim_id in out:
            _fail(
                f"members.{dim_id}",
                member,
                f"dimension {dim_id!r} is given twice; expected one member per dimension",
                "duplicate",
            )
        out[dim_id] = _member_text(member, f"members.{dim_id}")
    return tuple(sorted(out.items()))


def _to_basis(value: Basis | str) -> Basis:
    if type(value) is Basis:
        return value
    if isinstance(value, str):
        found = _BASES.get(value.strip().lower())
        if found is not None:
            return found
    _fail(
        "basis",
        value,
        f"{value!r} is not a basis; expected 'territory' (the unit's whole area) or 'own' "
        "(only the authorities at the unit's own level)",
        "unknown-basis",
    )


def _to_source(value: str | None) -> str:
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        _fail("source", value, f"{value!r} is not text; expected a source such as a file name")
    return sys.intern(value) if len(value) < 200 else value


# --- observations --------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Observation:
    """One observed value, as the user gave it.

    Give either ``value`` or both ``numerator`` and ``denominator``, never both forms.

    Attributes:
        indicator: The indicator id, e.g. ``"online"``.
        code: The jurisdiction code, as text (``"06"``).
        period: The period; text and years are read with :meth:`Period.parse`.
        value: The value: a number (read exactly; text that reads as a number becomes a
            :class:`~fractions.Fraction`), ``True``/``False`` for a boolean indicator,
            or a level name for an ordinal one. Text that is not a number stays text.
        numerator, denominator: The counts of a ratio (17 of 20 dossiers).
        weight: The weight of a value that rolls up by weighted mean, or of a ratio
            given as a value (the denominator it stands for); above 0.
        unit: The unit of ``value`` when it is not the indicator's own (``"proportion"``
            for 0.85); normalised to the registry's name.
        members: Dimension members as sorted ``(dimension, member)`` pairs; a mapping is
            accepted. Empty for the total over every dimension.
        basis: ``territory`` (the whole area, default) or ``own`` (the unit's own level).
        source: Where the value comes from, free text.

    Example:
        >>> Observation(indicator="online", code="06", period="2023", value="84.99").value
        Fraction(8499, 100)
    """

    indicator: str = attrs.field(converter=_to_indicator)
    code: str = attrs.field(converter=_to_code)
    period: Period = attrs.field(converter=_to_period)
    value: Fraction | bool | str | None = attrs.field(default=None, converter=_to_value)
    numerator: Fraction | None = attrs.field(default=None, converter=_to_numerator)
    denominator: Fraction | None = attrs.field(default=None, converter=_to_denominator)
    weight: Fraction | None = attrs.field(default=None, converter=_to_weight)
    unit: str | None = attrs.field(default=None, converter=_to_unit)
    members: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_to_members)
    basis: Basis = attrs.field(default=Basis.TERRITORY, converter=_to_basis)
    source: str = attrs.field(default="", converter=_to_source)

    def __attrs_post_init__(self) -> None:
        num, den = self.numerator, self.denominator
        if (
            self.value is None
            and num is not None
            and den is not None
            and self.weight is None
            and num.numerator >= 0
            and den.numerator >= 0
        ):
            return  # the common ratio form, checked in full below otherwise
        problems = _form_problems(self)
        if problems:
            raise ObservationError(problems)

    @property
    def key(self) -> tuple[str, str, Period, tuple[tuple[str, str], ...], Basis]:
        """What makes an observation unique: (indicator, code, period, members, basis)."""
        return (self.indicator, self.code, self.period, self.members, self.basis)


def _form_problems(obs: Observation) -> list[Problem]:
    num, den, weight = obs.numerator, obs.denominator, obs.weight
    failed = _failed(
        _form_rule(), num, den, None, None, weight, None if weight is None else 1,
        None, None, obs.value is not None, obs.unit is not None,
    )  # fmt: skip
    return [_form_message(check.code, check.field, obs) for check in failed]


def _form_message(code: str, field: str, obs: Observation) -> Problem:
    value, num, den, weight = obs.value, obs.numerator, obs.denominator, obs.weight
    if code == "missing-value":
        return Problem(
            "value", None, "no value; expected a value, or a numerator and a denominator", code
        )
    if code == "incomplete-pair" and field == "denominator":
        return Problem(
            "denominator",
            None,
            f"a numerator ({format_number(num)}) without a denominator; "  # type: ignore[arg-type]
            "expected both a numerator and a denominator",
            code,
        )
    if code == "incomplete-pair":
        return Problem(
            "numerator",
            None,
            f"a denominator ({format_number(den)}) without a numerator; "  # type: ignore[arg-type]
            "expected both a numerator and a denominator",
            code,
        )
    if code == "weight-with-pair":
        return Problem(
            "weight",
            weight,
            f"a weight ({format_number(weight)}) beside a numerator and a denominator; "  # type: ignore[arg-type]
            "the denominator is the ratio's weight, expected no weight",
            code,
        )
    if code == "both-forms":
        return Problem(
            "value",
            value,
            f"both a value ({_show(value)}) and a numerator or denominator; expected one "
            "form: a value, or a numerator and a denominator",
            code,
        )
    if code == "zero-weight":
        return Problem("weight", weight, "the weight is 0; expected a weight above 0", code)
    number = {"numerator": num, "denominator": den, "weight": weight}[field]
    return Problem(
        field,
        number,
        f"{format_number(number)} is negative; expected a {field} of 0 or more",  # type: ignore[arg-type]
        code,
    )


# --- the checks of :mod:`cchc_model.rules.rows`, on Python values -----------------------

_ROW_INPUTS = (*rows.Row._fields, "bounded", "full_num", "full_den")
_Compiled = tuple[tuple[rows.Check, ...], Callable[..., tuple[Any, ...]]]


def _row() -> rows.Row:
    return rows.Row(
        *(
            col(name, DType.BOOL if name in ("flag", "given", "unit") else DType.INT)
            for name in rows.Row._fields
        )
    )


def _compiled(
    checks: Sequence[rows.Check],
    known: Mapping[str, Any] | None = None,
    not_null: Sequence[str] = (),
) -> _Compiled:
    """The checks compiled; ``known``: inputs fixed in advance, folded away."""
    found = tuple(checks)
    return found, compile_row([c.fails for c in found], _ROW_INPUTS, known, not_null)


@functools.cache
def _form_rule() -> _Compiled:
    return _compiled(form_checks(_row()))


@functools.cache
def _shape_rule(measure: MeasureKind) -> _Compiled:
    return _compiled(rows.shape_checks(_row(), measure))


#: What a row given as a numerator and a denominator has not (one form was checked).
_AS_PAIR: dict[str, bool | None] = {
    **dict.fromkeys(("value_num", "value_den", "weight_num", "weight_den", "flag", "level")),
    "given": False,
}


@functools.cache
def _value_rule(measure: MeasureKind, pair: bool) -> _Compiled:
    bounded = col("bounded", DType.BOOL, nullable=False)
    full = (col("full_num", nullable=False), col("full_den", nullable=False))
    known = _AS_PAIR if pair else {"numerator": None, "denominator": None}
    not_null = ("numerator", "denominator") if pair else ()
    return _compiled(rows.value_checks(_row(), measure, bounded, full), known, not_null)


def _failed(
    rule: _Compiled, *row: Any, bounded: bool = False, full: Fraction = ONE
) -> list[rows.Check]:
    """The checks of ``rule`` that ``row`` (the fields of a :class:`rows.Row`) fails."""
    checks, compiled = rule
    found = compiled(*row, bounded, full.numerator, full.denominator)
    if True not in found:  # the usual row
        return []
    return [check for check, failed in zip(checks, found, strict=True) if failed]


def _show(value: Any) -> str:
    if isinstance(value, Fraction):
        return format_number(value)
    if isinstance(value, str):
        return repr(value)
    return str(value)


@attrs.frozen
class Point:
    """An observation normalised against its indicator: what the engine reads.

    Attributes:
        observation: The observation as given.
        numerator, denominator: The additive pair that sums up the tree (docs/semantics.md
            §5). Ratio: the counts, or ``(value as a proportion × weight, weight)`` when
            given as a value and weight. Count: ``(value, 1)``. Amount and score:
            ``(value × weight, weight)``, weight 1 unless given, the value in the
            indicator's unit. Boolean: ``(1 or 0, 1)``. Ordinal, and a ratio given as a
            bare value: ``None`` — it cannot be pooled.
        value: The unit's value in the indicator's unit: a ratio's ``num/den`` in its
            unit (``17/20`` → 85 for percent), ``None`` when the denominator is 0
            ("nothing to measure"); a Fraction for counts, amounts and scores; a bool;
            or the ordinal level's name as the indicator spells it.
    """

    observation: Observation
    numerator: Fraction | None
    denominator: Fraction | None
    value: Fraction | bool | str | None

    @property
    def not_applicable(self) -> bool:
        """Whether this is a ratio with denominator 0: nothing to measure (not missing)."""
        return self.denominator is not None and not self.denominator

    @property
    def indicator(self) -> str:
        """The observation's indicator id."""
        return self.observation.indicator

    @property
    def code(self) -> str:
        """The observation's jurisdiction code."""
        return self.observation.code

    @property
    def period(self) -> Period:
        """The observation's period."""
        return self.observation.period

    @property
    def members(self) -> tuple[tuple[str, str], ...]:
        """The observation's dimension members."""
        return self.observation.members

    @property
    def basis(self) -> Basis:
        """The observation's basis."""
        return self.observation.basis

    @property
    def key(self) -> tuple[str, str, Period, tuple[tuple[str, str], ...], Basis]:
        """The observation's key."""
        return self.observation.key


# --- normalising against an indicator -------------------------------------------------


@functools.lru_cache(maxsize=1024)
def _conversion(src: str, dst: str) -> Fraction | None:
    """The factor from ``src`` to ``dst``, None if they do not convert."""
    try:
        return convert(ONE, src, dst)
    except ValidationError:
        return None


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _listing(names: Iterable[str], limit: int = 12) -> str:
    items = [repr(n) for n in names]
    if len(items) > limit:
        items = [*items[:limit], f"… ({len(items) - limit} more)"]
    return ", ".join(items)


class _Spec:
    """What validating an observation needs to know about its indicator, computed once."""

    __slots__ = (
        "dimensions",
        "full",
        "id",
        "indicator",
        "levels",
        "measure",
        "normalise",
        "pair_checks",
        "per_den",
        "per_num",
        "per_proportion",
        "ratio_bounded",
        "unit",
    )

    def __init__(self, indicator: Indicator) -> None:
        self.indicator = indicator
        self.id = indicator.id
        self.measure = indicator.measure
        self.unit = indicator.unit
        self.ratio_bounded = indicator.is_bounded_ratio
        self.dimensions = {d.id: frozenset(d.members) for d in indicator.dimensions}
        self.levels = {_fold(level): level for level in indicator.levels}
        self.per_proportion = ONE
        if self.measure is MeasureKind.RATIO:
            self.per_proportion = per_proportion(self.unit)
        self.per_num = self.per_proportion.numerator
        self.per_den = self.per_proportion.denominator
        #: 100 % in the indicator's unit.
        self.full = self.per_proportion
        self.pair_checks = _value_rule(self.measure, True)[1]
        self.normalise: Callable[[Observation], Point] = {
            MeasureKind.RATIO: self._ratio,
            MeasureKind.COUNT: self._count,
            MeasureKind.AMOUNT: self._quantity,
            MeasureKind.SCORE: self._quantity,
            MeasureKind.BOOLEAN: self._boolean,
            MeasureKind.ORDINAL: self._ordinal,
        }[self.measure]

    # -- shared checks

    def _check_members(self, obs: Observation, problems: list[Problem]) -> None:
        for dim, member in obs.members:
            allowed = self.dimensions.get(dim)
            if allowed is None:
                expected = (
                    "one of " + _listing(sorted(self.dimensions))
                    if self.dimensions
                    else "no members: it has no dimensions"
                )
                problems.append(
                    Problem(
                        f"members.{dim}",
                        member,
                        f"{self.id} has no dimension {dim!r}; expected {expected}",
                        "unknown-dimension",
                    )
                )
            elif member not in allowed:
                problems.append(
                    Problem(
                        f"members.{dim}",
                        member,
                        f"{member!r} is not a member of {dim}; expected one of "
                        + _listing(
                            m for d in self.indicator.dimensions if d.id == dim for m in d.members
                        ),
                        "unknown-member",
                    )
                )

    def _shape(self, obs: Observation, problems: list[Problem]) -> None:
        """The fields the measure takes (:func:`cchc_model.rules.rows.shape_checks`)."""
        weight = obs.weight
        failed = _failed(
            _shape_rule(self.measure), obs.numerator, obs.denominator, None, None, weight,
            None if weight is None else 1, None, None, obs.value is not None,
            obs.unit is not None,
        )  # fmt: skip
        for check in failed:
            problems.append(self._shape_problem(check.code, obs))

    def _shape_problem(self, code: str, obs: Observation) -> Problem:
        if code == "not-a-ratio":
            return Problem(
                "numerator",
                obs.numerator,
                f"a numerator and denominator describe a ratio, but {self.id} is a "
                f"{self.measure.value}; expected a value",
                code,
            )
        if code == "unexpected-weight":
            why = _WHY_NO_WEIGHT[self.measure]
            return Problem(
                "weight",
                obs.weight,
                f"a weight ({format_number(obs.weight)}) for {self.id}, a "  # type: ignore[arg-type]
                f"{self.measure.value} that {why}; expected no weight",
                code,
            )
        return Problem(
            "unit",
            obs.unit,
            f"unit {obs.unit} for {self.id}, a {self.measure.value} indicator, which "
            "has no unit; expected no unit",
            code,
        )

    def _values(
        self,
        obs: Observation,
        value: Fraction | None = None,
        flag: bool | None = None,
        level: int | None = None,
    ) -> list[rows.Check]:
        """The value checks the row fails (:func:`cchc_model.rules.rows.value_checks`);
        a value that is not a number was reported when it was read."""
        num, den = obs.numerator, obs.denominator
        failed = _failed(
            _value_rule(self.measure, num is not None),
            None if num is None else whole(num),
            None if den is None else whole(den),
            value,
            None if value is None else 1, obs.weight, None if obs.weight is None else 1,
            flag, level, obs.value is not None, obs.unit is not None,
            bounded=self.ratio_bounded, full=self.full,
        )  # fmt: skip
        return [check for check in failed if check.code != "not-a-number"]

    def _factor(self, unit: str, path: str, value: Any, problems: list[Problem]) -> Fraction | None:
        """The factor from ``unit`` to the indicator's unit; a problem if there is none."""
        assert self.unit is not None
        if unit == self.unit:
            return ONE
        factor = _conversion(unit, self.unit)
        if factor is None:
            problems.append(
                Problem(
                    path,
                    value,
                    f"{unit} cannot be converted to {self.unit}, the unit of {self.id}; "
                    f"expected {self.unit} or a unit of the same dimension",
                    "unit-mismatch",
                )
            )
        return factor

    def _numeric(self, obs: Observation, problems: list[Problem]) -> Fraction | None:
        """The value in the indicator's unit, or None after adding a problem."""
        value = obs.value
        unit = obs.unit
        unit_path = "unit"
        if type(value) is not Fraction:
            if isinstance(value, bool):
                problems.append(
                    Problem(
                        "value",
                        value,
                        f"{value} is a truth value, but {self.id} is a {self.measure.value} "
                        f"in {self.unit}; expected a number",
                        "not-a-number",
                    )
                )
                return None
            amount = self._amount(value)
            if amount is None:
                problems.append(
                    Problem(
                        "value",
                        value,
                        f"{value!r} is not a number; expected a number in {self.unit} "
                        "such as 85, 84.99 or 17/20",
                        "not-a-number",
                    )
                )
                return None
            if unit is not None and amount.unit != unit:
                problems.append(
                    Problem(
                        "value",
                        value,
                        f"{value!r} is in {amount.unit}, but the unit given is {unit}; "
                        "expected one unit",
                        "unit-mismatch",
                    )
                )
                return None
            value, unit, unit_path = amount.value, amount.unit, "value"
        if unit is None:
            return value
        factor = self._factor(
            unit, unit_path, obs.unit if unit_path == "unit" else obs.value, problems
        )
        return None if factor is None else value * factor

    @staticmethod
    def _amount(value: Any) -> Amount | None:
        if not isinstance(value, str):
            return None
        try:
            amount = Amount.parse(value)
        except ValidationError:
            return None
        return amount if amount.unit is not None else None

    def _above(self, num: Fraction, den: Fraction) -> Problem:
        if self.ratio_bounded:
            message = (
                f"{format_number(num)} is more than the denominator {format_number(den)}; "
                "expected at most the denominator for a bounded ratio"
            )
        else:
            message = (
                f"{format_number(num)} over a denominator of 0; expected a numerator of 0 "
                "when there is nothing to measure"
            )
        return Problem("numerator", num, message, "numerator-above-denominator")

    def _raise(self, problems: list[Problem]) -> NoReturn:
        if not problems:  # unreachable after Observation's own checks; kept for safety
            problems = [Problem("value", None, "no value; expected a value", "missing-value")]
        raise ObservationError(problems)

    # -- by measure kind

    def _ratio(self, obs: Observation) -> Point:
        problems: list[Problem] = []
        if obs.members:
            self._check_members(obs, problems)
        num = obs.numerator
        if num is not None:
            den = obs.denominator
            assert den is not None
            if obs.unit is not None:
                self._factor(obs.unit, "unit", obs.unit, problems)
            # the pair checks of rules.rows (the only one a pair can fail: above its
            # denominator), called directly: this is the path of almost every row
            nn, nd = num.numerator, num.denominator
            dn, dd = den.numerator, den.denominator
            whole = nd == 1 and dd == 1
            found = self.pair_checks(
                nn if whole else num, dn if whole else den, None, None, None, None, None, None,
                False, False, self.ratio_bounded, self.per_num, self.per_den,
            )  # fmt: skip
            if True in found:
                problems.append(self._above(num, den))
            if problems:
                self._raise(problems)
            if not dn:
                return Point(obs, num, den, None)
            return Point(obs, num, den, Fraction(nn * dd * self.per_num, nd * dn * self.per_den))
        value = self._numeric(obs, problems)
        if value is not None:
            for check in self._values(obs, value):
                if check.code == "negative":
                    problems.append(
                        Problem(
                            "value",
                            obs.value,
                            f"{_show(obs.value)} is negative; expected a ratio of 0 or more",
                            check.code,
                        )
                    )
                else:
                    shown = f"{_show(obs.value)} {obs.unit or self.unit}"
                    problems.append(
                        Problem(
                            "value",
                            obs.value,
                            f"{shown} is above 100 percent for a bounded ratio; expected at "
                            "most 100 percent",
                            check.code,
                        )
                    )
        if problems or value is None:
            self._raise(problems)
        weight = obs.weight
        if weight is None:
            return Point(obs, None, None, value)
        return Point(obs, value / self.per_proportion * weight, weight, value)

    def _count(self, obs: Observation) -> Point:
        problems: list[Problem] = []
        if obs.members:
            self._check_members(obs, problems)
        self._shape(obs, problems)
        value = None if obs.value is None else self._numeric(obs, problems)
        if value is not None:
            for check in self._values(obs, value):
                if check.code == "negative-count":
                    message = f"{_show(obs.value)} is negative; expected a count of 0 or more"
                else:
                    message = f"{_show(obs.value)} is not a whole number; expected a count"
                problems.append(Problem("value", obs.value, message, check.code))
        if problems or value is None:
            self._raise(problems)
        return Point(obs, value, ONE, value)

    def _quantity(self, obs: Observation) -> Point:
        problems: list[Problem] = []
        if obs.members:
            self._check_members(obs, problems)
        self._shape(obs, problems)
        value = None if obs.value is None else self._numeric(obs, problems)
        if problems or value is None:
            self._raise(problems)
        weight = obs.weight
        if weight is None:
            return Point(obs, value, ONE, value)
        return Point(obs, value * weight, weight, value)

    def _boolean(self, obs: Observation) -> Point:
        problems: list[Problem] = []
        if obs.members:
            self._check_members(obs, problems)
        self._shape(obs, problems)
        value = obs.value
        flag = value if type(value) is bool else None
        if self._values(obs, flag=flag):
            problems.append(
                Problem(
                    "value",
                    value,
                    f"{_show(value)} is not a truth value, and {self.id} is a boolean; "
                    "expected true or false",
                    "not-boolean",
                )
            )
        if problems or value is None:
            self._raise(problems)
        return Point(obs, ONE if value else ZERO, ONE, value)

    def _ordinal(self, obs: Observation) -> Point:
        problems: list[Problem] = []
        if obs.members:
            self._check_members(obs, problems)
        self._shape(obs, problems)
        value = obs.value
        level: str | None = None
        if isinstance(value, str):
            level = self.levels.get(_fold(value))
        elif type(value) is Fraction:
            level = self.levels.get(format_number(value))
        index = None if level is None else self.indicator.levels.index(level)
        if self._values(obs, level=index):
            problems.append(
                Problem(
                    "value",
                    value,
                    f"{_show(value)} is not a level of {self.id}; expected one of "
                    + _listing(self.indicator.levels),
                    "unknown-level",
                )
            )
        if problems or level is None:
            self._raise(problems)
        return Point(obs, None, None, level)


_WHY_NO_WEIGHT = {
    MeasureKind.COUNT: "adds up",
    MeasureKind.BOOLEAN: "counts its units",
    MeasureKind.ORDINAL: "cannot be averaged",
}


# --- the set -------------------------------------------------------------------------


def _at(label: str, path: str) -> str:
    """Join a row label and a field: ``records[3].numerator``, ``line 4: numerator``."""
    if not path:
        return label
    if label.endswith("]"):
        return join_path(label, path)
    return f"{label}: {path}"


def _relabel(problems: Iterable[Problem], label: str) -> list[Problem]:
    return [attrs.evolve(p, path=_at(label, p.path)) for p in problems]


# The index's key: (indicator, code, period start, period end, members, own basis?).
# Dates hash in C and cache their hash; a Period would hash in Python on every lookup.
_Key = tuple[str, str, date, date, tuple[tuple[str, str], ...], bool]


def _index_key(
    indicator: str, code: str, period: Period, members: tuple[tuple[str, str], ...], basis: Basis
) -> _Key:
    return (indicator, code, period.start, period.end, members, basis is Basis.OWN)


#: An additive pair as ints: numerator n/d over denominator m/e.
IntPair = tuple[int, int, int, int]

_SeriesKey = tuple[str, str, tuple[tuple[str, str], ...], Basis]


def _key_members(members: Any) -> tuple[tuple[str, str], ...]:
    if not members:
        return ()
    if type(members) is tuple and all(type(p) is tuple for p in members):
        return tuple(sorted(members)) if len(members) > 1 else members
    return _to_members(members)


class ObservationSet:
    """A validated, indexed collection of observations for a set of indicators.

    Every observation is checked against its indicator when the set is built, and all
    problems are raised together in one :class:`ObservationError`, each path naming the
    row (``observations[12].numerator``, or ``line 14: numerator`` with labels). Lookups
    never validate again.

    Args:
        observations: The observations, in any order; iteration keeps it.
        indicators: The indicators they measure, as an iterable or a mapping by id.
        labels: How to name each row in messages (one per observation), e.g. ``line 14``.

    Raises:
        ObservationError: an unknown indicator, a duplicate key, a negative or fractional
            count, a numerator above the denominator or a value above 100 % for a bounded
            ratio, a unit that does not convert to the indicator's, a non-boolean for a
            boolean indicator, an unknown level, dimension or member, a numerator and
            denominator for a non-ratio, a truth value for a numeric indicator.
    """

    __slots__ = (
        "_by_code",
        "_by_indicator",
        "_index",
        "_indicators",
        "_int_pairs",
        "_points",
        "_rows_by_code",
        "_series",
        "_specs",
    )

    def __init__(
        self,
        observations: Iterable[Observation],
        indicators: Iterable[Indicator] | Mapping[str, Indicator],
        *,
        labels: Sequence[str] | None = None,
    ) -> None:
        self._build(observations, indicators, labels, None, [])

    # -- building

    def _build(
        self,
        observations: Iterable[Observation],
        indicators: Iterable[Indicator] | Mapping[str, Indicator],
        labels: Sequence[str] | None,
        positions: Sequence[int] | None,
        early: list[tuple[int, Problem]],
    ) -> None:
        problems: list[tuple[int, Problem]] = list(early)
        self._indicators = self._read_indicators(indicators, problems)
        self._specs = specs = {key: _Spec(ind) for key, ind in self._indicators.items()}
        self._series: dict[_SeriesKey, tuple[Point, ...]] | None = None
        self._int_pairs: dict[Any, dict[str, IntPair | None]] = {}
        self._by_code: (
            dict[tuple[str, Period, tuple[tuple[str, str], ...], Basis], dict[str, Point]] | None
        ) = None
        self._by_indicator: dict[str, tuple[frozenset[str], tuple[Period, ...]]] | None = None
        self._rows_by_code: dict[tuple[str, Period], int] | None = None
        rows = observations if isinstance(observations, Sequence) else list(observations)
        if labels is not None and len(labels) != len(rows):
            problems.append(
                (
                    -1,
                    Problem(
                        "labels",
                        len(labels),
                        f"{len(labels)} labels for {len(rows)} observations; "
                        "expected one label per observation",
                        "labels",
                    ),
                )
            )
            labels = None
        points: list[Point] = []
        index: dict[_Key, Point] = {}
        first_row: dict[_Key, int] | None = None
        spec_get = specs.get
        own = Basis.OWN
        with paused_gc():
            for row, obs in enumerate(rows):
                if type(obs) is not Observation:
                    problems.append(
                        self._row_problem(
                            row,
                            labels,
                            positions,
                            "",
                            obs,
                            f"{obs!r} is not an Observation; expected an Observation",
                            "type",
                        )
                    )
                    continue
                spec = spec_get(obs.indicator)
                if spec is None:
                    problems.append(
                        self._row_problem(
                            row,
                            labels,
                            positions,
                            "indicator",
                            obs.indicator,
                            f"unknown indicator {obs.indicator!r}; expected one of "
                            + (_listing(sorted(specs)) if specs else "no indicators were given"),
                            "unknown-indicator",
                        )
                    )
                    continue
                try:
                    point = spec.normalise(obs)
                except ObservationError as exc:
                    label = self._label(row, labels)
                    position = row if positions is None else positions[row]
                    problems.extend((position, p) for p in _relabel(exc.problems, label))
                    continue
                period = obs.period
                key = (
                    obs.indicator,
                    obs.code,
                    period.start,
                    period.end,
                    obs.members,
                    obs.basis is own,
                )
                if index.setdefault(key, point) is not point:
                    if first_row is None:
                        first_row = self._first_rows(rows, row, index)
                    problems.append(self._duplicate(obs, row, first_row[key], labels, positions))
                    continue
                if first_row is not None:
                    first_row.setdefault(key, row)
                points.append(point)
        if problems:
            problems.sort(key=lambda item: item[0])
            raise ObservationError(p for _, p in problems)
        self._points = points
        self._index = index

    @staticmethod
    def _first_rows(
        rows: Sequence[Observation], stop: int, index: dict[_Key, Point]
    ) -> dict[_Key, int]:
        """The row of each point indexed so far, found once the first duplicate shows up."""
        found: dict[_Key, int] = {}
        for row in range(stop):
            obs = rows[row]
            if type(obs) is Observation:
                key = _index_key(obs.indicator, obs.code, obs.period, obs.members, obs.basis)
                point = index.get(key)
                if point is not None and point.observation is obs:
                    found.setdefault(key, row)
        return found

    @classmethod
    def _duplicate(
        cls,
        obs: Observation,
        row: int,
        first: int,
        labels: Sequence[str] | None,
        positions: Sequence[int] | None,
    ) -> tuple[int, Problem]:
        return cls._row_problem(
            row,
            labels,
            positions,
            "",
            obs.key,
            f"same indicator, code, period, members and basis as {cls._label(first, labels)} "
            f"({obs.indicator}, {obs.code}, {obs.period.label}"
            + "".join(f", {d}={m}" for d, m in obs.members)
            + f", {obs.basis.value}); expected one observation per key",
            "duplicate",
        )

    @staticmethod
    def _label(row: int, labels: Sequence[str] | None) -> str:
        return f"observations[{row}]" if labels is None else labels[row]

    @classmethod
    def _row_problem(
        cls,
        row: int,
        labels: Sequence[str] | None,
        positions: Sequence[int] | None,
        path: str,
        value: Any,
        message: str,
        code: str,
    ) -> tuple[int, Problem]:
        position = row if positions is None else positions[row]
        return (position, Problem(_at(cls._label(row, labels), path), value, message, code))

    @staticmethod
    def _read_indicators(
        indicators: Iterable[Indicator] | Mapping[str, Indicator],
        problems: list[tuple[int, Problem]],
    ) -> dict[str, Indicator]:
        found: dict[str, Indicator] = {}
        if isinstance(indicators, Mapping):
            items: Iterable[tuple[str, Any]] = (
                (f"indicators[{key!r}]", ind) for key, ind in indicators.items()
            )
            keyed = dict(indicators)
        else:
            items = ((f"indicators[{i}]", ind) for i, ind in enumerate(indicators))
            keyed = None
        for path, ind in items:
            if not isinstance(ind, Indicator):
                problems.append(
                    (-2, Problem(path, ind, f"{ind!r} is not an Indicator; expected one", "type"))
                )
                continue
            earlier = found.get(ind.id)
            if earlier is not None and earlier != ind:
                problems.append(
                    (
                        -2,
                        Problem(
                            path,
                            ind.id,
                            f"indicator {ind.id!r} is given twice with different definitions; "
                            "expected each id once",
                            "duplicate",
                        ),
                    )
                )
                continue
            found[ind.id] = ind
        if keyed is not None:
            for key, ind in keyed.items():
                if isinstance(ind, Indicator) and key != ind.id:
                    problems.append(
                        (
                            -2,
                            Problem(
                                f"indicators[{key!r}]",
                                key,
                                f"the key {key!r} is not the id of its indicator {ind.id!r}; "
                                "expected the id",
                                "indicator-key",
                            ),
                        )
                    )
        return found

    # -- reading

    @property
    def indicators(self) -> Mapping[str, Indicator]:
        """The indicators, by id."""
        return MappingProxyType(self._indicators)

    @property
    def observations(self) -> tuple[Observation, ...]:
        """The observations, in input order."""
        return tuple(p.observation for p in self._points)

    def __len__(self) -> int:
        return len(self._points)

    def __iter__(self) -> Iterator[Point]:
        return iter(self._points)

    def __repr__(self) -> str:
        return (
            f"<ObservationSet: {len(self._points)} observations of "
            f"{len(self._indicators)} indicators>"
        )

    def get(
        self,
        indicator: str,
        code: str,
        period: Period,
        members: Mapping[str, str] | tuple[tuple[str, str], ...] = (),
        basis: Basis = Basis.TERRITORY,
    ) -> Point | None:
        """The point with this key, or None: a dictionary lookup, no validation.

        ``period`` may be a label and ``basis`` a name; ``members`` a mapping.
        """
        if type(period) is not Period:
            period = _to_period(period)
        if type(basis) is not Basis:
            basis = _to_basis(basis)
        return self._index.get(_index_key(indicator, code, period, _key_members(members), basis))

    def by_code(
        self,
        indicator: str,
        period: Period,
        members: tuple[tuple[str, str], ...] = (),
        basis: Basis = Basis.TERRITORY,
    ) -> Mapping[str, Point]:
        """Every unit's point for one indicator, period, breakdown and basis, by code.

        Built once for the whole set on first use; a roll-up over thousands of units then
        reads each unit with one dictionary lookup.
        """
        if self._by_code is None:
            grouped: dict[
                tuple[str, Period, tuple[tuple[str, str], ...], Basis], dict[str, Point]
            ] = {}
            for point in self._points:
                o = point.observation
                grouped.setdefault((o.indicator, o.period, o.members, o.basis), {})[o.code] = point
            self._by_code = grouped
        return self._by_code.get((indicator, period, _key_members(members), basis), {})

    def int_pairs(
        self,
        indicator: str,
        period: Period,
        members: tuple[tuple[str, str], ...] = (),
        basis: Basis = Basis.TERRITORY,
    ) -> Mapping[str, IntPair | None]:
        """Each unit's additive pair as four ints, by code (``None``: no pair).

        ``(n, d, m, e)`` stands for numerator ``n/d`` over denominator ``m/e``. Kept for
        the life of the set, so repeated roll-ups add plain ints instead of fractions.
        """
        key = (indicator, period, _key_members(members), basis)
        found = self._int_pairs.get(key)
        if found is None:
            found = {}
            for code, point in self.by_code(indicator, period, members, basis).items():
                num, den = point.numerator, point.denominator
                found[code] = (
                    None
                    if num is None or den is None
                    else (num.numerator, num.denominator, den.numerator, den.denominator)
                )
            self._int_pairs[key] = found
        return found

    def series(
        self,
        indicator: str,
        code: str,
        members: Mapping[str, str] | tuple[tuple[str, str], ...] = (),
        basis: Basis = Basis.TERRITORY,
    ) -> tuple[Point, ...]:
        """Every period observed for one unit, sorted by period start (then end)."""
        if self._series is None:
            grouped: dict[_SeriesKey, list[Point]] = {}
            for point in self._points:
                o = point.observation
                grouped.setdefault((o.indicator, o.code, o.members, o.basis), []).append(point)
            self._series = {
                key: tuple(sorted(group, key=_period_of)) for key, group in grouped.items()
            }
        if type(basis) is not Basis:
            basis = _to_basis(basis)
        return self._series.get((indicator, code, _key_members(members), basis), ())

    def _summaries(self) -> dict[str, tuple[frozenset[str], tuple[Period, ...]]]:
        if self._by_indicator is None:
            codes: dict[str, set[str]] = {}
            periods: dict[str, set[Period]] = {}
            for point in self._points:
                o = point.observation
                codes.setdefault(o.indicator, set()).add(o.code)
                periods.setdefault(o.indicator, set()).add(o.period)
            self._by_indicator = {
                key: (frozenset(codes[key]), tuple(sorted(periods[key]))) for key in codes
            }
        return self._by_indicator

    def row_counts(self) -> Mapping[tuple[str, Period], int]:
        """How many observations each (code, period) has, counted once per set."""
        if self._rows_by_code is None:
            counts: dict[tuple[str, Period], int] = {}
            for point in self._points:
                key = (point.observation.code, point.observation.period)
                counts[key] = counts.get(key, 0) + 1
            self._rows_by_code = counts
        return self._rows_by_code

    def codes(self, indicator: str) -> frozenset[str]:
        """The jurisdiction codes observed for an indicator (empty if none)."""
        found = self._summaries().get(indicator)
        return frozenset() if found is None else found[0]

    def periods(self, indicator: str) -> tuple[Period, ...]:
        """The periods observed for an indicator, sorted by start then end (empty if none)."""
        found = self._summaries().get(indicator)
        return () if found is None else found[1]

    # -- loading

    @classmethod
    def from_records(
        cls,
        records: Iterable[Mapping[str, Any]],
        indicators: Iterable[Indicator] | Mapping[str, Indicator],
        *,
        source: str = "",
    ) -> ObservationSet:
        """Read observations from dictionaries, such as rows of a tidy table.

        Keys: ``indicator``, ``code``, ``period``, ``value``, ``numerator``,
        ``denominator``, ``weight``, ``unit``, ``basis``, ``source`` and ``members`` (a
        mapping, or text such as ``"sector=land; level=3"``). Any other key that is a
        dimension id of the row's indicator gives that dimension's member, so a column
        ``sector`` works; any other key is a problem. Empty text and None mean absent.
        Numbers in text are read exactly; for a boolean indicator true/false, yes/no,
        có/không and 1/0 (any case) are read as truth values. Rows are named
        ``records[i]``; ``source`` is the source of rows that give none.

        Raises:
            ObservationError: listing every problem of every row.
        """
        reader = _Reader(indicators, source, (), None)
        with paused_gc():
            for i, record in enumerate(records):
                reader.read(record, f"records[{i}]", i)
        return reader.finish(cls)

    @classmethod
    def from_csv(
        cls,
        path_or_text_stream: str | os.PathLike[str] | TextIO,
        indicators: Iterable[Indicator] | Mapping[str, Indicator],
        *,
        source: str = "",
        decimal: str | None = None,
    ) -> ObservationSet:
        """Read observations from a CSV file with a header line (UTF-8, BOM tolerated).

        Columns as in :meth:`from_records`; ``indicator``, ``code`` and ``period`` are
        required. Rows are named ``line N``, N the physical line where the record starts
        (the header is line 1). A missing required column, an unknown or repeated column
        is one problem at ``line 1``; every row's problems are reported with the rest.

        Numbers are written with ``.`` or ``,`` as the decimal mark (``84.99``,
        ``92,5``); ``1.500`` and ``1,500`` are refused as ambiguous unless ``decimal``
        declares the file's mark: ``","`` (Vietnamese: ``1.500`` is 1500, ``1.500,5``
        is 1500.5) or ``"."`` (``1,500`` is 1500).

        Raises:
            ObservationError: listing every problem of the file.
        """
        if isinstance(path_or_text_stream, str | os.PathLike):
            name = os.fspath(path_or_text_stream)
            try:
                with open(name, encoding="utf-8-sig", newline="") as stream, decimal_mark(decimal):
                    return cls._read_csv(stream, indicators, source)
            except UnicodeDecodeError as exc:
                raise ObservationError([_not_utf8(name, exc)]) from None
            except OSError as exc:
                reason = exc.strerror or type(exc).__name__
                problem = Problem(
                    name, None, f"cannot read the file: {reason}; expected a CSV file", "unreadable"
                )
                raise ObservationError([problem]) from None
        with decimal_mark(decimal):
            return cls._read_csv(path_or_text_stream, indicators, source)

    @classmethod
    def _read_csv(
        cls,
        stream: TextIO,
        indicators: Iterable[Indicator] | Mapping[str, Indicator],
        source: str,
    ) -> ObservationSet:
        # strict: a quote never closed is an error, not a field that runs to the end
        lines = limited_lines(stream, MAX_CSV_CHARS, MAX_CSV_LINE, MAX_CSV_LINES)
        reader = csv.reader(lines, strict=True)
        try:
            header = next(reader, None)
        except csv.Error as exc:
            raise ObservationError.single(
                "line 1", None, f"unreadable CSV ({exc})", "csv"
            ) from None
        except TooLarge as exc:
            raise _too_large(exc) from None
        if header is None:
            raise ObservationError.single(
                "line 1",
                None,
                "the file is empty; expected a header line with the columns indicator, code "
                "and period",
                "missing-column",
            )
        if header and header[0].startswith("\ufeff"):
            header[0] = header[0][1:]
        columns = [name.strip() for name in header]
        problems, ignored = header_problems(columns, indicators, "line 1")
        rows = _Reader(indicators, source, ignored, None)
        rows.problems.extend((-1, p) for p in problems)
        if any(p.code == "missing-column" for p in problems):
            raise ObservationError(problems)
        width = len(columns)
        line = reader.line_num
        with paused_gc():
            try:
                for cells in reader:
                    start, line = line + 1, reader.line_num
                    if not cells or not any(c.strip() for c in cells):
                        continue
                    label = f"line {start}"
                    if len(cells) > width:
                        rows.problems.append(
                            (
                                start,
                                Problem(
                                    label,
                                    cells,
                                    f"{len(cells)} fields; expected at most {width}, "
                                    "as in the header",
                                    "extra-fields",
                                ),
                            )
                        )
                        continue
                    rows.read(dict(zip(columns, cells, strict=False)), label, start)
            except csv.Error as exc:
                message = f"unreadable CSV ({exc})"
                if "unexpected end of data" in str(exc):
                    message = (
                        f"a quote opened on line {line + 1} is never closed, so the field runs "
                        'to the end of the file; expected a closing "'
                    )
                rows.problems.append(
                    (reader.line_num, Problem(f"line {line + 1}", None, message, "csv"))
                )
            except TooLarge as exc:
                raise _too_large(exc) from None
        return rows.finish(cls)

    @classmethod
    def from_dataframe(
        cls,
        frame: Any,
        indicators: Iterable[Indicator] | Mapping[str, Indicator],
        *,
        source: str = "",
    ) -> ObservationSet:
        """Read observations from a pandas DataFrame, one row per observation.

        Columns as in :meth:`from_records`. NaN, None, ``pd.NA`` and ``NaT`` are absent;
        numpy integers and floats become Python numbers (floats by their shortest
        decimal). Rows are named ``row i``, i the position from 0. Needs pandas.

        Raises:
            ObservationError: listing every problem of the frame.
        """
        pd: Any = importlib.import_module("pandas")

        columns = [str(c) for c in frame.columns]
        problems, ignored = header_problems(columns, indicators, "columns")
        if any(p.code == "missing-column" for p in problems):
            raise ObservationError(problems)
        na = pd.NA
        nat = pd.NaT
        timestamp = pd.Timestamp

        def clean(value: Any) -> Any:
            if value is None or value is na or value is nat:
                return None
            kind = type(value)
            if kind is str or kind is int or kind is bool:
                return value
            if isinstance(value, float):
                return None if value != value else float(value)
            if kind.__module__ == "numpy" and hasattr(value, "item"):
                item = value.item()
                if isinstance(item, float):
                    if item != item:
                        return None
                    return str(value) if value.dtype.itemsize < 8 else item
                return item
            if isinstance(value, timestamp):
                if value.hour or value.minute or value.second or value.nanosecond:
                    return value
                return value.date()
            if isinstance(value, datetime) and value == datetime.combine(value.date(), _MIDNIGHT):
                return value.date()
            return value

        reader = _Reader(indicators, source, ignored, clean)
        reader.problems.extend((-1, p) for p in problems)
        records = frame.to_dict("records")
        with paused_gc():
            for i, record in enumerate(records):
                reader.read({str(k): v for k, v in record.items()}, f"row {i}", i)
        return reader.finish(cls)

    # -- writing

    def to_records(self) -> list[dict[str, Any]]:
        """One dictionary per observation, in input order, that :meth:`from_records` reads back.

        Numbers are exact text (``"17/20"`` is written ``"0.85"``, 2/3 as ``"2/3"``),
        truth values stay bools, the period is its label, the basis its name. Members
        are columns named by their dimension; a dimension whose id is a reserved key
        goes into a ``members`` mapping.
        """
        out: list[dict[str, Any]] = []
        for point in self._points:
            o = point.observation
            record: dict[str, Any] = {
                "indicator": o.indicator,
                "code": o.code,
                "period": o.period.label,
                "value": _write(o.value),
                "numerator": _write(o.numerator),
                "denominator": _write(o.denominator),
                "weight": _write(o.weight),
                "unit": o.unit,
                "basis": o.basis.value,
                "source": o.source,
            }
            for dim, member in o.members:
                if dim in _FIELD_SET:
                    record.setdefault("members", {})[dim] = member
                else:
                    record[dim] = member
            out.append(record)
        return out


_MIDNIGHT = datetime.min.time()


def _period_of(point: Point) -> Period:
    return point.observation.period


def _write(value: Fraction | bool | str | None) -> Any:
    if isinstance(value, Fraction):
        return format_number(value)
    return value


def unmatched_codes(
    row_counts: Mapping[tuple[str, Period], int],
    hierarchy: Hierarchy,
    on: date,
    period: Period,
    agencies: Collection[str] = (),
) -> tuple[Problem, ...]:
    """A problem per code of the rows of ``period`` that is not a unit on ``on``, with
    its row count and what it may have meant (:meth:`Hierarchy.why_not`). The codes of
    ``agencies`` (a plan's agencies) are read by the targets and are not reported.

    ``row_counts`` holds rows per (code, period), as :meth:`ObservationSet.row_counts`
    gives them; rows of other periods are left out (they may name the units of their
    own time).
    """
    rows: dict[str, int] = {}
    for (code, read), count in row_counts.items():
        if read.overlaps(period) and code not in agencies:
            rows[code] = rows.get(code, 0) + count
    problems = []
    for code in sorted(rows):
        why = hierarchy.why_not(code, on)
        if why is not None:
            count = rows[code]
            problems.append(
                Problem(
                    "code",
                    code,
                    f"{count} row{'s' if count != 1 else ''} for {code!r}, read by no target: "
                    f"{why}",
                    "unmatched-unit",
                )
            )
    return tuple(problems)


def header_problems(
    columns: Sequence[str],
    indicators: Iterable[Indicator] | Mapping[str, Indicator],
    path: str,
) -> tuple[list[Problem], frozenset[str]]:
    """Problems with a table's columns, and the unknown columns to ignore in rows."""
    problems: list[Problem] = []
    values = indicators.values() if isinstance(indicators, Mapping) else indicators
    dimension_ids = {d.id for ind in values if isinstance(ind, Indicator) for d in ind.dimensions}
    for name in _REQUIRED:
        if name not in columns:
            problems.append(
                Problem(
                    path,
                    name,
                    f"no column {name!r}; expected the columns indicator, code and period "
                    "(and value, or numerator and denominator)",
                    "missing-column",
                )
            )
    seen: set[str] = set()
    unknown: set[str] = set()
    for name in columns:
        if name in seen:
            problems.append(
                Problem(path, name, f"column {name!r} appears twice; expected it once", "duplicate")
            )
        seen.add(name)
        if name not in _FIELD_SET and name not in dimension_ids and name not in unknown:
            unknown.add(name)
            problems.append(
                Problem(
                    path,
                    name,
                    f"unknown column {name!r}; expected one of {', '.join(FIELDS)} or a "
                    "dimension id"
                    + (f" ({_listing(sorted(dimension_ids))})" if dimension_ids else ""),
                    "unknown-column",
                )
            )
    return problems, frozenset(unknown)


_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "indicator": _to_indicator,
    "code": _to_code,
    "period": _to_period,
    "value": _to_value,
    "numerator": _to_numerator,
    "denominator": _to_denominator,
    "weight": _to_weight,
    "unit": _to_unit,
    "members": _to_members,
    "basis": _to_basis,
    "source": _to_source,
}

_TRUE = frozenset({"true", "yes", "có", "1", "đúng"})
_FALSE = frozenset({"false", "no", "không", "0", "sai"})


def read_truth(value: Any) -> Any:
    """A truth value read from text or 0/1; anything else unchanged (the set reports it)."""
    if isinstance(value, str):
        text = _fold(value)
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        return value
    if not isinstance(value, bool) and isinstance(value, int | float | Fraction | Decimal):
        if value == 1:
            return True
        if value == 0:
            return False
    return value


@functools.lru_cache(maxsize=256)
def _spec_of(indicator: Indicator) -> _Spec:
    return _Spec(indicator)


def read_value(indicator: Indicator, value: Any) -> Fraction | bool | str:
    """One value of ``indicator`` read as an observation of it is read: a number in the
    indicator's unit, a truth value, or the name of a level as the indicator spells it.

    Raises:
        ObservationError: the value is not one of ``indicator``'s.
    """
    spec = _spec_of(indicator)
    given = read_truth(value) if spec.measure is MeasureKind.BOOLEAN else value
    point = spec.normalise(
        Observation(indicator=indicator.id, code="0", period="2020", value=given)
    )
    assert point.value is not None  # a value (not a ratio's counts) always gives one
    return point.value


class _Reader:
    """Turns records into observations, collecting every problem with its position."""

    __slots__ = (
        "clean",
        "ignored",
        "indicators",
        "labels",
        "observations",
        "positions",
        "problems",
        "source",
        "specs",
    )

    def __init__(
        self,
        indicators: Iterable[Indicator] | Mapping[str, Indicator],
        source: str,
        ignored: Iterable[str],
        clean: Callable[[Any], Any] | None,
    ) -> None:
        if not isinstance(indicators, Mapping):
            indicators = list(indicators)
        self.indicators = indicators
        values = indicators.values() if isinstance(indicators, Mapping) else indicators
        self.specs: dict[str, tuple[MeasureKind, frozenset[str]]] = {
            ind.id: (ind.measure, frozenset(d.id for d in ind.dimensions))
            for ind in values
            if isinstance(ind, Indicator)
        }
        self.source = _to_source(source)
        self.ignored = frozenset(ignored)
        self.clean = clean
        self.observations: list[Observation] = []
        self.labels: list[str] = []
        self.positions: list[int] = []
        self.problems: list[tuple[int, Problem]] = []

    def read(self, record: Mapping[str, Any], label: str, position: int) -> None:
        """Read one record; keep its observation or its problems."""
        if not isinstance(record, Mapping):
            self.problems.append(
                (
                    position,
                    Problem(
                        label, record, f"{record!r} is not a mapping; expected a record", "type"
                    ),
                )
            )
            return
        clean = self.clean
        kwargs: dict[str, Any] = {}
        others: dict[Any, Any] | None = None
        for key, raw in record.items():
            value = raw if clean is None else clean(raw)
            if value is None or (type(value) is str and not value.strip()):
                continue
            if key in _FIELD_SET:
                kwargs[key] = value
            else:
                if others is None:
                    others = {}
                others[key] = value
        problems: list[Problem] = []
        indicator = kwargs.get("indicator")
        spec = self.specs.get(indicator.strip()) if isinstance(indicator, str) else None
        if others is not None:
            self._members(kwargs, others, spec, problems)
        if spec is not None and spec[0] is MeasureKind.BOOLEAN and "value" in kwargs:
            kwargs["value"] = read_truth(kwargs["value"])
        if "source" not in kwargs:
            kwargs["source"] = self.source
        for name in _REQUIRED:
            if name not in kwargs:
                problems.append(
                    Problem(name, None, f"no {name}; expected a {name} in every row", "missing")
                )
        if not problems:
            try:
                self.observations.append(Observation(**kwargs))
            except ObservationError as exc:
                # Convert field by field to report every bad field, not only the first.
                problems = self._field_problems(kwargs) or list(exc.problems)
            else:
                self.labels.append(label)
                self.positions.append(position)
                return
        else:
            problems.extend(self._field_problems(kwargs))
        self.problems.extend((position, p) for p in _relabel(problems, label))

    def _scale_doubts(self) -> list[str]:
        """A message for each percent indicator whose rows, given without a unit, hold
        values in (0, 1] among values above 1: shares (0.85 for 85 %) written among
        percents would be read as 0.85 %."""
        table = self.indicators
        by_id = (
            table
            if isinstance(table, Mapping)
            else {i.id: i for i in table if isinstance(i, Indicator)}
        )
        small: dict[str, list[str]] = {}
        large: set[str] = set()
        for obs, label in zip(self.observations, self.labels, strict=True):
            value = obs.value
            if obs.unit is not None or type(value) is not Fraction or value <= 0:
                continue
            indicator = by_id.get(obs.indicator)
            if indicator is None or indicator.unit != "percent":
                continue
            if value <= 1:
                small.setdefault(obs.indicator, []).append(f"{label} ({format_number(value)})")
            else:
                large.add(obs.indicator)
        messages = []
        for indicator_id, found in small.items():
            if indicator_id in large:
                more = f" and {len(found) - 5} more" if len(found) > 5 else ""
                messages.append(
                    f"{indicator_id}: {', '.join(found[:5])}{more} lie in (0, 1] while its "
                    "other values are above 1: shares (0.85 for 85 %) or percents? They are "
                    "read as percents; a unit on the row (proportion or %) removes the doubt"
                )
        return messages

    def _members(
        self,
        kwargs: dict[str, Any],
        others: dict[Any, Any],
        spec: tuple[MeasureKind, frozenset[str]] | None,
        problems: list[Problem],
    ) -> None:
        """Move dimension columns into ``members``; a problem for each unknown key."""
        dimensions = spec[1] if spec is not None else frozenset()
        tidy: dict[str, Any] = {}
        for key, value in others.items():
            if key in dimensions:
                tidy[key] = value
            elif key not in self.ignored:
                problems.append(
                    Problem(
                        str(key),
                        value,
                        f"unknown key {key!r}; expected one of {', '.join(FIELDS)}"
                        + (
                            f" or a dimension of {kwargs['indicator']} "
                            f"({_listing(sorted(dimensions))})"
                            if dimensions
                            else ""
                        ),
                        "unknown-key",
                    )
                )
        if not tidy:
            return
        try:
            members = dict(_to_members(kwargs.get("members", ())))
            for dim, member in tidy.items():
                text = _member_text(member, dim)
                if members.get(dim, text) != text:
                    _fail(
                        dim,
                        member,
                        f"{member!r} differs from the member {members[dim]!r} given in "
                        "members; expected one member per dimension",
                        "duplicate",
                    )
                members[dim] = text
            kwargs["members"] = tuple(sorted(members.items()))
        except ObservationError as exc:
            problems.extend(exc.problems)
            kwargs.pop("members", None)

    @staticmethod
    def _field_problems(kwargs: Mapping[str, Any]) -> list[Problem]:
        """Every field's problem, each field read on its own."""
        problems: list[Problem] = []
        for name, value in kwargs.items():
            try:
                _CONVERTERS[name](value)
            except ObservationError as exc:
                problems.extend(exc.problems)
        return problems

    def finish(self, cls: type[ObservationSet]) -> ObservationSet:
        for message in self._scale_doubts():
            warnings.warn(message, CchcWarning, stacklevel=4)
        result = cls.__new__(cls)
        result._build(
            self.observations, self.indicators, self.labels, self.positions, self.problems
        )
        return result
