"""Units and exact numbers.

One pint registry, defined in ``data/units.txt``, knows percent (dimension
``[proportion]``), counting units (``[count]``), index points, time, working days
and money, each as its own dimension. It is built on first use, so importing
cchc_model stays fast.

Every number the model compares is a :class:`fractions.Fraction`. A float given
by a user is read by its shortest decimal form (``0.85`` → ``85/100``), so no
comparison ever goes through binary floating point.

Example:
    >>> from cchc_model.model.units import Amount, convert
    >>> Amount.parse("85 %")
    Amount(value=Fraction(85, 1), unit='percent')
    >>> convert(Amount.parse("85 %").value, "percent", "proportion")
    Fraction(17, 20)
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import math
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from importlib import resources
from typing import TYPE_CHECKING, Any

import attrs

from ..exceptions import UnitError

if TYPE_CHECKING:
    import pint

__all__ = [
    "DECIMAL_MARK",
    "GROUPED_NUMBER",
    "Amount",
    "Number",
    "convert",
    "decimal_mark",
    "dimension_of",
    "exact",
    "format_number",
    "normalise_unit",
    "per_proportion",
    "registry",
    "unit_symbol",
    "whole",
]

#: What a user may give where a number is expected.
Number = int | str | Decimal | Fraction | float

PROPORTION = "[proportion]"
COUNT = "[count]"
SCORE = "[score]"

_SYMBOLS = {"%": "percent", "‰": "permille"}
_DISPLAY = {"percent": "%", "permille": "‰"}
_FRACTION_TEXT = re.compile(r"^\s*([+-]?\d+)\s*/\s*(\d+)\s*$")


@functools.cache
def registry() -> pint.UnitRegistry:  # type: ignore[type-arg]
    """The package's pint registry, built on first call from ``data/units.txt``."""
    import pint

    reg: Any = pint.UnitRegistry(None, non_int_type=Fraction, autoconvert_offset_to_baseunit=False)
    text = resources.files("cchc_model.data").joinpath("units.txt").read_text(encoding="utf-8")
    reg.load_definitions(text.splitlines())
    return reg  # type: ignore[no-any-return]


def whole(value: Fraction) -> int | Fraction:
    """``value`` as an int where it is whole: ints add and compare much faster than
    Fractions, and equal them."""
    return value.numerator if value.denominator == 1 else value


#: The decimal mark numbers in text are read with: ``None`` (the default) reads a single
#: ``,`` or ``.`` as the decimal mark but refuses ``1.500`` and ``1,500``, which a
#: Vietnamese and an English writer read differently; ``","`` reads ``.`` as grouping
#: (``1.500`` is 1500, ``92,5`` is 92.5); ``"."`` reads ``,`` as grouping.
DECIMAL_MARK: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "decimal_mark", default=None
)
#: A number with one separator followed by three digits: ``1.500``, ``1,500``.
GROUPED_NUMBER = r"^[+-]?[1-9]\d{0,2}[.,]\d{3}$"
_GROUPED = re.compile(GROUPED_NUMBER)


@contextlib.contextmanager
def decimal_mark(mark: str | None) -> Iterator[None]:
    """Read the numbers of a block with ``mark`` as the decimal mark (``","`` or ``"."``),
    the other one being a digit-grouping mark; ``None`` refuses what is ambiguous.

    Example:
        >>> with decimal_mark(","):
        ...     exact("1.500"), exact("92,5")
        (Fraction(1500, 1), Fraction(185, 2))
    """
    if mark not in (None, ",", "."):
        raise UnitError.single("decimal", mark, f"{mark!r}; expected ',' or '.' or None")
    token = DECIMAL_MARK.set(mark)
    try:
        yield
    finally:
        DECIMAL_MARK.reset(token)


def _decimal_text(text: str, value: str, path: str) -> str:
    """``text`` with its decimal mark as ``.`` and no grouping marks, under
    :data:`DECIMAL_MARK`."""
    mark = DECIMAL_MARK.get()
    if mark == ",":
        return text.replace(".", "").replace(",", ".")
    if mark == ".":
        return text.replace(",", "")
    if _GROUPED.match(text):
        whole = text.replace(",", "").replace(".", "")
        raise UnitError.single(
            path,
            value,
            f"{value!r} is ambiguous: {whole} with a thousands separator, or a decimal "
            f"mark; expected {whole} or {text.replace(',', '.')}0 written so, or the "
            "decimal mark declared where the reader takes it (decimal=',' as Vietnamese "
            "write 1.500,5, or decimal='.')",
            "ambiguous-number",
        )
    return text.replace(",", ".") if text.count(",") == 1 else text


def exact(value: Any, path: str = "") -> Fraction:
    """Read a number exactly.

    Integers, decimal strings (``"84.99"``), fractions (``"17/20"``),
    :class:`~decimal.Decimal` and :class:`~fractions.Fraction` are exact already;
    a float is taken by its shortest decimal form, so ``0.85`` is ``85/100``.

    Raises:
        ValidationError: for booleans, NaN, infinities and anything not a number.
    """
    if isinstance(value, bool):
        raise UnitError.single(path, value, f"{value!r} is a truth value; expected a number")
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        if abs(value) >= _TOO_LARGE:  # as for a decimal: "1e61" and 10**61 alike
            return _bounded(Decimal(value), path)
        return Fraction(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise UnitError.single(path, value, f"{value!r} is not finite; expected a number")
        return _bounded(Decimal(repr(value)), path)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise UnitError.single(path, value, f"{value} is not finite; expected a number")
        return _bounded(value, path)
    if isinstance(value, str):
        text = _decimal_text(value.strip(), value, path)
        if len(text) > 100:
            raise UnitError.single(
                path, value[:40] + "…", "the number is too long; expected at most 100 characters"
            )
        match = _FRACTION_TEXT.match(text)
        if match:
            if int(match.group(2)) == 0:
                raise UnitError.single(path, value, f"{value!r} divides by zero; expected a number")
            return Fraction(int(match.group(1)), int(match.group(2)))
        try:
            parsed = Decimal(text)
        except InvalidOperation:
            parsed = None
        if parsed is None or not parsed.is_finite():
            raise UnitError.single(
                path, value, f"{value!r} is not a number; expected e.g. 85, 84.99 or 17/20"
            )
        return _bounded(parsed, path)
    raise UnitError.single(path, value, f"{value!r} is a {type(value).__name__}; expected a number")


_MAX_EXPONENT = 60
_TOO_LARGE = 10 ** (_MAX_EXPONENT + 1)


def _bounded(value: Decimal, path: str) -> Fraction:
    """``value`` exactly, refused outside 1e-60 to 1e60 in magnitude (``_MAX_EXPONENT``)."""
    # A hostile "1e999999999" would otherwise build an integer of a billion digits.
    if value and abs(value.adjusted()) > _MAX_EXPONENT:
        shown = str(value) if len(str(value)) <= 40 else f"{value:.3e}"
        raise UnitError.single(
            path,
            shown,
            f"{shown} is out of range; expected a magnitude between 1e-{_MAX_EXPONENT} "
            f"and 1e{_MAX_EXPONENT}",
        )
    return Fraction(value)


def format_number(value: Fraction) -> str:
    """Write a fraction as a plain decimal when it has one, else as ``p/q``.

    A decimal with three places after one to three digits gets a fourth, ``1.0080``:
    ``1.008`` would read as one thousand and eight to a Vietnamese reader, and
    :func:`exact` refuses it as ambiguous.

    >>> format_number(Fraction(17, 2)), format_number(Fraction(2, 3))
    ('8.5', '2/3')
    >>> format_number(Fraction(126, 125))
    '1.0080'
    """
    if value.denominator == 1:
        return str(value.numerator)
    den = value.denominator
    exponents = []
    for prime in (2, 5):
        count = 0
        while den % prime == 0:
            den //= prime
            count += 1
        exponents.append(count)
    if den != 1:
        return f"{value.numerator}/{value.denominator}"
    # A terminating decimal: 10**places is the least power of ten the denominator divides.
    places = max(exponents)
    digits = str(abs(value.numerator * 10**places // value.denominator)).rjust(places + 1, "0")
    sign = "-" if value < 0 else ""
    decimal = f"{sign}{digits[:-places]}.{digits[-places:]}".rstrip("0").rstrip(".")
    if _GROUPED.match(decimal):
        decimal += "0"
    ratio = f"{value.numerator}/{value.denominator}"
    return decimal if len(decimal) <= len(ratio) + 8 else ratio


def normalise_unit(unit: str, path: str = "") -> str:
    """The registry's name for a unit (``"%"`` → ``"percent"``, ``"hồ_sơ"`` → ``"dossier"``).

    Raises:
        UnitError: if the registry does not know the unit.
    """
    text = unit.strip()
    text = _SYMBOLS.get(text, text)
    if not text:
        raise UnitError.single(path, unit, "the unit is empty; expected a unit such as percent")
    if len(text) > _MAX_UNIT:
        raise UnitError.single(
            path,
            unit[:40] + "…",
            f"the unit is longer than {_MAX_UNIT} characters; expected a unit such as percent",
            "too-long",
        )
    return _normalised(text, unit, path)


_MAX_UNIT = 60


#: The registry's own unit names, each with its dimension and its size in the first unit
#: of that dimension, so that plans written in them are read without building the
#: registry (tests check this table against it).
KNOWN_UNITS: dict[str, tuple[str, Fraction]] = {
    "proportion": (PROPORTION, Fraction(1)),
    "percent": (PROPORTION, Fraction(1, 100)),
    "permille": (PROPORTION, Fraction(1, 1000)),
    **{
        name: (COUNT, Fraction(1))
        for name in (
            "count",
            "dossier",
            "procedure",
            "unit",
            "person",
            "agency",
            "meeting",
            "report",
            "system",
            "petition",
        )
    },
    "point": (SCORE, Fraction(1)),
    "second": ("[time]", Fraction(1)),
    "minute": ("[time]", Fraction(60)),
    "hour": ("[time]", Fraction(3600)),
    "day": ("[time]", Fraction(86400)),
    "week": ("[time]", Fraction(604800)),
    "working_day": ("[working_time]", Fraction(1)),
    "dong": ("[currency]", Fraction(1)),
    "thousand_dong": ("[currency]", Fraction(1000)),
    "million_dong": ("[currency]", Fraction(1000000)),
    "billion_dong": ("[currency]", Fraction(1000000000)),
}


# A unit is names the registry defines, joined by * or /, each with at most a small whole
# exponent: nothing else reaches pint, whose parser would evaluate any number it is given
# ("1e999999999" takes minutes and gigabytes as an exact fraction).
_POWER = r"(?:\s*(?:\*\*|\^)\s*-?[1-9])?"
_NAME = r"[^\W\d]\w*"
_UNIT_TEXT = re.compile(rf"^{_NAME}{_POWER}(?:\s*[*/]\s*{_NAME}{_POWER})*$")
_UNIT_NAMES = re.compile(_NAME)


@functools.lru_cache(maxsize=1024)
def _normalised(text: str, unit: str, path: str) -> str:
    if text in KNOWN_UNITS:
        return text
    if not _UNIT_TEXT.match(text):
        raise UnitError.single(
            path,
            unit,
            f"{unit!r} is not a unit; expected names of cchc_model's registry (percent, "
            "dossier, point, day, working_day, dong …) joined by * or /, with whole "
            "exponents from -9 to 9",
            "unknown-unit",
        )
    try:
        return str(registry().parse_units(text))
    except Exception as exc:  # pint raises several unrelated types on bad text
        raise UnitError.single(
            path,
            unit,
            f"unknown unit {unit!r}; expected a unit of cchc_model's registry such as "
            "percent, dossier, point, day, working_day or dong",
            "unknown-unit",
        ) from exc


@functools.cache
def _factor(from_unit: str, to_unit: str) -> Fraction:
    source, target = KNOWN_UNITS.get(from_unit), KNOWN_UNITS.get(to_unit)
    if source is not None and target is not None and source[0] == target[0]:
        return source[1] / target[1]
    reg = registry()
    magnitude = reg.Quantity(Fraction(1), from_unit).to(to_unit).magnitude
    return Fraction(magnitude)


@functools.lru_cache(maxsize=256)
def dimension_of(unit: str) -> str:
    """The dimension of a unit, e.g. ``"[proportion]"`` for percent."""
    name = normalise_unit(unit)
    known = KNOWN_UNITS.get(name)
    return known[0] if known is not None else str(registry().get_dimensionality(name))


@functools.lru_cache(maxsize=64)
def per_proportion(unit: str | None) -> Fraction:
    """What a proportion of 1 is in ``unit``: 100 for percent, 1 for no unit."""
    return Fraction(1) if unit is None else convert(Fraction(1), "proportion", unit)


def convert(value: Fraction, from_unit: str, to_unit: str, path: str = "") -> Fraction:
    """Convert a magnitude exactly between two units of the same dimension.

    Raises:
        UnitError: if either unit is unknown or the dimensions differ.
    """
    src = normalise_unit(from_unit, path)
    dst = normalise_unit(to_unit, path)
    if src == dst:
        return value
    if dimension_of(src) != dimension_of(dst):
        raise UnitError.single(
            path,
            f"{format_number(value)} {from_unit}",
            f"{from_unit} ({dimension_of(src)}) cannot be converted to {to_unit} "
            f"({dimension_of(dst)}); expected a quantity in {to_unit} or a unit of the "
            "same dimension",
            "unit-mismatch",
        )
    return value * _factor(src, dst)


def unit_symbol(unit: str | None) -> str:
    """How a unit is printed after a number: ``%`` for percent, else its name."""
    if unit is None:
        return ""
    return _DISPLAY.get(unit, unit)


def _to_exact(value: Any) -> Fraction:
    return exact(value, "value")


def _to_unit(unit: str | None) -> str | None:
    return None if unit is None else normalise_unit(unit, "unit")


@attrs.frozen
class Amount:
    """A number with an optional unit, exactly as a plan states it.

    ``unit=None`` means "in the indicator's own unit". The value is exact.

    Attributes:
        value: The number, e.g. ``Fraction(85)`` for "85%".
        unit: The registry's unit name (``"percent"``), or ``None``.

    Example:
        "đạt tối thiểu 85%" has the threshold ``Amount.parse("85%")``.
    """

    value: Fraction = attrs.field(converter=_to_exact)
    unit: str | None = attrs.field(default=None, converter=_to_unit)

    @classmethod
    def parse(cls, text: Any, path: str = "") -> Amount:
        """Read ``"85 %"``, ``"85%"``, ``"2 unit"``, ``"1.5 point"``, ``85`` or ``"17/20"``."""
        if not isinstance(text, str):
            return cls(exact(text, path))
        stripped = text.strip()
        if len(stripped) > 200:
            raise UnitError.single(
                path,
                text[:40] + "…",
                "the amount is longer than 200 characters; expected a number and a unit",
                "too-long",
            )
        match = re.match(
            r"^([+-]?[0-9][0-9.,/ ]*?(?:[eE][+-]?[0-9]+)?)\s*([^\d\s/.,+-].*)?$", stripped
        )
        if not match:
            raise UnitError.single(
                path, text, f"{text!r} is not an amount; expected a number and a unit, e.g. 85 %"
            )
        number, unit = match.group(1), match.group(2)
        try:
            return cls(exact(number, path), None if unit is None else normalise_unit(unit, path))
        except UnitError as exc:
            raise UnitError.single(
                path, text, f"{text!r}: {exc.problems[0].message}", exc.problems[0].code
            ) from None

    def in_unit(self, unit: str | None, path: str = "") -> Fraction:
        """The value expressed in ``unit`` (``None``: the value as it stands)."""
        if self.unit is None or unit is None:
            return self.value
        return convert(self.value, self.unit, unit, path)

    def __str__(self) -> str:
        symbol = unit_symbol(self.unit)
        return f"{format_number(self.value)} {symbol}" if symbol else format_number(self.value)
