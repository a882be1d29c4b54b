"""Small attrs validators that raise :class:`ValidationError` naming the field.

The model's classes validate their fields with these; your own attrs classes can too.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from typing import Any, NoReturn

import attrs

from .exceptions import ValidationError

__all__ = [
    "IDENTIFIER",
    "fail",
    "identifier",
    "is_instance",
    "optional_instance",
    "text",
    "tuple_of",
]

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

IDENTIFIER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,127}$")


def fail(path: str, value: Any, message: str, code: str = "invalid") -> NoReturn:
    """Raise a :class:`ValidationError` with one problem."""
    raise ValidationError.single(path, value, message, code)


def is_instance(kind: type | tuple[type, ...], expected: str) -> Validator:
    """The value is an instance of ``kind``; ``expected`` says so in words."""

    def check(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _types(kind)):
            fail(attribute.name, value, f"{value!r} is not {expected}; expected {expected}", "type")

    return check


def _types(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def optional_instance(kind: type | tuple[type, ...], expected: str) -> Validator:
    """Like :func:`is_instance`, but ``None`` is allowed."""
    inner = is_instance(kind, expected)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            inner(instance, attribute, value)

    return check


def tuple_of(kind: type | tuple[type, ...], expected: str, unique: bool = False) -> Validator:
    """A tuple whose items are all ``kind``; with ``unique`` no item repeats."""

    def check(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            fail(attribute.name, value, f"expected a tuple of {expected}", "type")
        for index, item in enumerate(value):
            if not isinstance(item, kind):
                fail(f"{attribute.name}[{index}]", item, f"{item!r} is not {expected}", "type")
        if unique and len(set(value)) != len(value):
            seen: set[Any] = set()
            for index, item in enumerate(value):
                if item in seen:
                    shown = item.value if isinstance(item, enum.Enum) else item
                    fail(
                        f"{attribute.name}[{index}]",
                        shown,
                        f"{shown!r} appears twice; expected each at most once",
                        "duplicate",
                    )
                seen.add(item)

    return check


def text(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A string that is not blank."""
    if not isinstance(value, str) or not value.strip():
        fail(attribute.name, value, f"{value!r} is blank; expected some text", "blank")


def identifier(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An id: letters, digits, ``_``, ``.``, ``-``; starts with a letter or digit."""
    if not isinstance(value, str) or not IDENTIFIER.fullmatch(value):
        fail(
            attribute.name,
            value,
            f"{value!r} is not an id; expected letters, digits, '_', '.' or '-' "
            "(at most 128, starting with a letter or digit)",
            "identifier",
        )
