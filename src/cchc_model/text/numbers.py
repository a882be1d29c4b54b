"""Numbers as Vietnamese plans write them: ``85%``, ``85,5 %``, ``1.000``, ``02``, ``mười``.

A comma is the decimal mark and a dot groups thousands (``6.300`` is six thousand three
hundred). A dot followed by one or two digits is read as a decimal mark, the way news
copies often write ``90.17%``. Values are exact fractions, never binary floats.
"""

from __future__ import annotations

import re
from fractions import Fraction

__all__ = [
    "MAX_DIGITS",
    "NUMBER",
    "NUMBER_OR_WORD",
    "SHARES",
    "SHARE_WORD",
    "WORDS",
    "decimal_text",
    "parse_number",
    "percent_text",
]

WORDS: dict[str, int] = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}

MAX_DIGITS = 15
"""The longest run of digits read as a figure; longer runs are codes or noise."""

NUMBER = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.])|\d+(?:[.,]\d+)?)"
"""A written number: digits, a decimal comma or dot, thousands grouped by dots."""

_NOT_ONE = r"(?!\s+(?:số|vài|phần|cách)\b)"
NUMBER_OR_WORD = (
    rf"(?:{NUMBER}|"
    + "|".join(w + (_NOT_ONE if w == "một" else "") for w in sorted(WORDS, key=len, reverse=True))
    + ")"
)
"""A number in digits or a number word from một to mười ("một số", "một vài" are "some",
"một phần" a part, "một cách" a manner: no number)."""

SHARES: dict[str, Fraction] = {
    "một nửa": Fraction(50),
    "phân nửa": Fraction(50),
    "một phần tư": Fraction(25),
    "ba phần tư": Fraction(75),
    "một phần ba": Fraction(100, 3),
    "hai phần ba": Fraction(200, 3),
}
"""Shares written in words ("tối thiểu một nửa số hồ sơ"), as exact percentages."""

SHARE_WORD = "|".join(word.replace(" ", r"\s+") for word in sorted(SHARES, key=len, reverse=True))
"""A share in words, as a pattern."""

_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")


def parse_number(text: str) -> Fraction:
    """The exact value of a number as written.

    Example:
        >>> parse_number("85,5"), parse_number("6.300"), parse_number("02"), parse_number("mười")
        (Fraction(171, 2), Fraction(6300, 1), Fraction(2, 1), Fraction(10, 1))
    """
    word = text.strip().lower()
    if word in WORDS:
        return Fraction(WORDS[word])
    if _THOUSANDS.match(word):
        return Fraction(word.replace(".", "").replace(",", "."))
    return Fraction(word.replace(",", "."))


def decimal_text(value: Fraction) -> str:
    """A fraction with a finite decimal expansion as a plain decimal string ("85.5").

    Example:
        >>> decimal_text(Fraction(171, 2)), decimal_text(Fraction(30))
        ('85.5', '30')
    """
    if value.denominator == 1:
        return str(value.numerator)
    scaled, places = value, 0
    while scaled.denominator != 1 and places < 60:
        scaled *= 10
        places += 1
    digits = str(abs(int(scaled))).rjust(places + 1, "0")
    sign = "-" if value < 0 else ""
    return f"{sign}{digits[:-places]}.{digits[-places:]}".rstrip("0").rstrip(".")


def percent_text(value: Fraction) -> str:
    """A percentage as an exact string: a decimal where it ends ("50"), else a fraction
    ("100/3" for "một phần ba"), which reads back exactly.

    Example:
        >>> percent_text(Fraction(50)), percent_text(Fraction(100, 3))
        ('50', '100/3')
    """
    rest = value.denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    return decimal_text(value) if rest == 1 else f"{value.numerator}/{value.denominator}"
