"""The JSON Schema of plan files, generated from the model.

:func:`plan_schema` walks the attrs classes a plan file is read into, starting from
:class:`~cchc_model.model.plans.Plan`: every ``init`` field becomes a property (typed from
the resolved annotations), fields without a default are ``required``, and no other
property is allowed. Each class's docstring gives the ``description`` of its
definition, and the Google-style ``Attributes:`` sections give the descriptions of
its fields.

What is *not* derived from annotations is declared in two small tables:

* :data:`DECLARED_TYPES` — how a Python type is written in a file (a period is a
  label, an amount is ``"85 %"``, a level is its key, …);
* :data:`DECLARED_FIELDS` — fields read differently from their type (a target's
  ``indicator`` may be an id, a compound's ``parts`` may name top-level targets).

plus :data:`FILE_FIELDS` (``schema_version`` and ``decimal_mark``, which the file has
and the model does not; one with a ``default`` is optional). A type that is neither
declared nor an attrs class, an enum, a tuple, an optional or a union is an error, so a
new kind of field cannot slip through undescribed.

The schema describes the JSON form of a file (what :func:`~cchc_model.io.serialization.dumps`
writes). The loader is more lenient in places: it also reads day-first dates, the
Vietnamese names of levels and areas, and operators in any case.

Example:
    >>> from cchc_model.io.schema import plan_schema
    >>> schema = plan_schema()
    >>> schema["$defs"]["Comparison"]["properties"]["form"]
    {'const': 'comparison'}
"""

from __future__ import annotations

import copy
import enum
import functools
import inspect
import json
import re
import types
import typing
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

import attrs

from ..model.agencies import AgencyKind
from ..model.indicators import Indicator
from ..model.jurisdictions import Level
from ..model.periods import Period
from ..model.plans import Plan
from ..model.targets import Op, Recurrence, Scope, Target
from ..model.units import Amount
from ..validators import IDENTIFIER
from ..validators import identifier as _identifier_validator
from ..validators import text as _text_validator
from .serialization import SCHEMA_VERSION

__all__ = [
    "DECLARED_FIELDS",
    "DECLARED_TYPES",
    "FILE_FIELDS",
    "JSON_SCHEMA_DIALECT",
    "SCHEMA_ID",
    "plan_schema",
    "schema_json",
]

Schema = dict[str, Any]
#: A declared schema: a fixed piece, or a function of the generator (to refer to
#: definitions it generates).
Declared = Schema | Callable[["_Generator"], Schema]

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
#: The schema's identifier; the ``1`` is :data:`~cchc_model.io.serialization.SCHEMA_VERSION`.
SCHEMA_ID = f"urn:cchc-model:plan-file:{SCHEMA_VERSION}"

#: The class field whose value tells the target forms apart.
DISCRIMINATOR = "form"

#: Unions given a name in ``$defs``, so that each is written once.
NAMED_UNIONS: dict[str, Any] = {"Target": Target}

# An id, as validators.identifier accepts it.
_ID: Schema = {"type": "string", "pattern": IDENTIFIER.pattern}

# "85 %", "85%", "2 unit", "1.5 point", "-3 day", "17/20": a number, then an optional
# unit that starts with neither a digit, a space nor punctuation (as Amount.parse reads).
_AMOUNT_PATTERN = r"^\s*[+-]?[0-9][0-9.,/ ]*([^0-9\s/.,+-].*)?$"


def _ops() -> list[str]:
    spellings = [op.ascii for op in Op] + [op.value for op in Op]
    return list(dict.fromkeys(spellings))


#: How a Python type is written in a file, where that is not what its annotation says.
DECLARED_TYPES: dict[Any, Declared] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    date: {
        "type": "string",
        "format": "date",
        "description": "An ISO date such as 2020-12-25 (the loader also reads 25/12/2020).",
    },
    Period: {
        "description": "A period: 2021, 2021-S1, 2021-Q3, 2021-07, 2021-07-15, an interval "
        "2021-01-01/2021-06-30, or a Vietnamese form such as “quý I/2021”; an integer "
        "is a year.",
        "anyOf": [
            {"type": "string", "minLength": 1},
            {"type": "integer", "minimum": 1, "maximum": 9998},
        ],
    },
    Amount: {
        "description": "A number with an optional unit, such as “85 %”, “2 unit” or "
        "“17/20”; a plain number is in the indicator's unit.",
        "anyOf": [{"type": "string", "pattern": _AMOUNT_PATTERN}, {"type": "number"}],
    },
    Op: {"description": "A comparison operator.", "enum": _ops()},
    Recurrence: {
        "description": "How often the target recurs within the evaluated period: it holds in "
        "each calendar year, half, quarter or month (hằng năm, 6 tháng, hằng quý, hằng tháng; "
        "any spelling listed, in any case).",
        "enum": list(Recurrence.spellings()),
    },
    Level: {
        "description": "An administrative level.",
        "enum": [level.key for level in Level] + [level.vi for level in Level],
    },
    AgencyKind: {
        "description": "A kind of agency: its key or a Vietnamese name (any spelling "
        "listed, in any case).",
        "enum": list(AgencyKind.spellings()),
    },
    Scope: lambda g: {
        "description": "Where the target is measured: self (the issuer's territory), "
        "{mode: pooled|each, level: …}, or for the plan's agencies {mode: agency, agency: "
        "code} or {mode: each_agency|pooled_agencies, kind: …}.",
        "anyOf": [{"const": "self"}, g.ref(Scope)],
    },
    tuple[int, int] | None: {
        "description": "Character offsets [start, end] of the source text in the document "
        "it was read from.",
        "anyOf": [
            {
                "type": "array",
                "items": {"type": "integer", "minimum": 0},
                "minItems": 2,
                "maxItems": 2,
            },
            {"type": "null"},
        ],
    },
    tuple[tuple[str, str], ...]: {
        "description": "A breakdown: dimension id → member, e.g. {sector: land}.",
        "type": "object",
        "additionalProperties": {"type": "string"},
    },
}

#: Fields read differently from their annotation, by field name.
DECLARED_FIELDS: dict[str, Declared] = {
    # A target's indicator: an id (from the file's indicators or a catalogue) or inline.
    "indicator": lambda g: {
        "anyOf": [
            {
                **_ID,
                "description": "The id of an indicator defined in the file or known "
                "to the reader (a catalogue).",
            },
            g.ref(Indicator),
        ]
    },
    # A sub-quota's base ("trong đó"): an indicator id or inline, like ``indicator``.
    "within": lambda g: {
        "anyOf": [
            {
                **_ID,
                "description": "The id of a ratio indicator defined in the file or known "
                "to the reader, whose numerator counts the base of the share.",
            },
            g.ref(Indicator),
            {"type": "null"},
        ]
    },
    # A compound's parts: inline targets, or ids of the plan's top-level targets.
    "parts": lambda g: {
        "type": "array",
        "minItems": 1,
        "items": {
            "anyOf": [
                g.ref(Target),
                {**_ID, "description": "The id of a top-level target of the plan."},
            ]
        },
    },
}

#: Fields a file has that the model's classes do not.
FILE_FIELDS: dict[type, dict[str, Schema]] = {
    Plan: {
        "schema_version": {
            "description": "The plan-file format version.",
            "const": SCHEMA_VERSION,
        },
        "decimal_mark": {
            "description": (
                "The decimal mark of the numbers written as text in this file: "
                '`","` as Vietnamese write (`1.500` is 1500), `"."` as English (`1,500` is '
                "1500); without it, `1.500` and `1,500` are refused as ambiguous."
            ),
            "enum": [",", "."],
            "default": None,
        },
    },
}

# Keywords implied by a field's validator.
_VALIDATOR_KEYWORDS: dict[Any, Schema] = {
    _identifier_validator: {"pattern": IDENTIFIER.pattern},
    _text_validator: {"pattern": r"\S"},
}


class _Generator:
    """Builds ``$defs`` while walking types; :meth:`ref` defines what it refers to."""

    def __init__(self) -> None:
        self.defs: dict[str, Schema] = {}
        self.classes: dict[str, Any] = {}

    def ref(self, kind: Any) -> Schema:
        """A ``$ref`` to the definition of an attrs class or a named union."""
        name = _name_of(kind)
        if name not in self.defs:
            self.defs[name] = {}  # a placeholder, so that recursion stops here
            self.classes[name] = kind
            self.defs[name] = self._union(kind) if name in NAMED_UNIONS else self._cls(kind)
        return {"$ref": f"#/$defs/{name}"}

    def of_type(self, kind: Any) -> Schema:
        """The schema of a value of a type."""
        declared = _lookup(DECLARED_TYPES, kind)
        if declared is not None:
            return declared(self) if callable(declared) else copy.deepcopy(declared)
        origin = typing.get_origin(kind)
        args = typing.get_args(kind)
        if origin in (typing.Union, types.UnionType):
            if any(kind == union for union in NAMED_UNIONS.values()):
                return self.ref(kind)
            options = [self.of_type(arg) for arg in args if arg is not type(None)]
            if type(None) in args:
                options.append({"type": "null"})
            return options[0] if len(options) == 1 else {"anyOf": options}
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self.of_type(args[0])}
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            values = [member.value for member in kind]
            if not all(isinstance(value, str) for value in values):
                raise TypeError(f"{kind.__name__} has non-text values; declare its schema")
            return {"enum": values}
        if isinstance(kind, type) and attrs.has(kind):
            return self.ref(kind)
        raise TypeError(f"no schema for {kind!r}; declare it in DECLARED_TYPES")

    def _union(self, union: Any) -> Schema:
        name = _name_of(union)
        return {
            "title": name,
            "description": f"A {name.lower()}, one of its forms, told apart by `{DISCRIMINATOR}`.",
            "oneOf": [self.ref(member) for member in typing.get_args(union)],
        }

    def _cls(self, cls: type) -> Schema:
        hints = typing.get_type_hints(cls)
        docs = attribute_docs(cls)
        properties: dict[str, Schema] = {}
        required: list[str] = []
        for name, schema in FILE_FIELDS.get(cls, {}).items():
            properties[name] = copy.deepcopy(schema)
            if "default" not in schema:
                required.append(name)
        tag = getattr(cls, DISCRIMINATOR, None)
        if isinstance(tag, str) and DISCRIMINATOR not in attrs.fields_dict(cls):
            properties[DISCRIMINATOR] = {"const": tag}
            required.append(DISCRIMINATOR)
        for field in attrs.fields(cls):
            if not field.init:
                continue
            declared = DECLARED_FIELDS.get(field.name)
            if declared is not None:
                schema = declared(self) if callable(declared) else copy.deepcopy(declared)
            else:
                schema = self.of_type(hints[field.name])
            schema = {**schema, **_validator_keywords(field.validator)}
            if field.name in docs:
                # The field's own words come before a declared type's general ones.
                schema = {"description": docs[field.name]} | {
                    k: v for k, v in schema.items() if k != "description"
                }
            if field.default is attrs.NOTHING:
                required.append(field.name)
            elif not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                default = _plain(field.default)
                if schema.get("type") == "object" and default == []:
                    default = {}  # an empty mapping held as a tuple of pairs
                schema["default"] = default
            properties[field.name] = schema
        out: Schema = {"title": cls.__name__}
        summary = _summary(cls)
        if summary:
            out["description"] = summary
        out["type"] = "object"
        out["properties"] = properties
        if required:
            out["required"] = sorted(required)
        out["additionalProperties"] = False
        return out


def _lookup(table: Mapping[Any, Declared], kind: Any) -> Declared | None:
    try:
        return table.get(kind)
    except TypeError:  # an unhashable annotation
        return None


def _name_of(kind: Any) -> str:
    for name, union in NAMED_UNIONS.items():
        if kind == union:
            return name
    if isinstance(kind, type):
        return kind.__name__
    raise TypeError(f"{kind!r} has no name; add it to NAMED_UNIONS")


def _validator_keywords(validator: Any) -> Schema:
    found: Schema = {}
    for part in getattr(validator, "_validators", (validator,)):
        found.update(_lookup(_VALIDATOR_KEYWORDS, part) or {})  # type: ignore[arg-type]
    return found


def _plain(value: Any) -> Any:
    """A default value as a file writes it."""
    if isinstance(value, Level):
        return value.key
    if isinstance(value, Op):
        return value.ascii
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


# --- docstrings ---------------------------------------------------------------------

_ROLE = re.compile(r":[a-z]+:`~?([^`]+)`")
_LITERAL = re.compile(r"``([^`]+)``")
_ENTRY = re.compile(r"^(\s*)([A-Za-z_][\w]*(?:\s*,\s*[A-Za-z_]\w*)*)\s*(?:\([^)]*\))?:\s*(.*)$")


def _markdown(text: str) -> str:
    """reST roles and literals as Markdown code."""
    text = _ROLE.sub(lambda m: f"`{m.group(1).rsplit('.', 1)[-1]}`", text)
    return _LITERAL.sub(r"`\1`", text)


def _summary(cls: type) -> str:
    doc = cls.__dict__.get("__doc__")
    if not doc:
        return ""
    return _markdown(inspect.cleandoc(doc).splitlines()[0].strip())


def attribute_docs(cls: type) -> dict[str, str]:
    """Field descriptions from the ``Attributes:`` sections of a class and its bases."""
    found: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        doc = klass.__dict__.get("__doc__")
        if isinstance(doc, str):
            found.update(_parse_attributes(inspect.cleandoc(doc)))
    return found


def _parse_attributes(doc: str) -> dict[str, str]:
    found: dict[str, str] = {}
    section: int | None = None  # the indent of the "Attributes:" line
    entry: int | None = None  # the indent of its entries
    names: list[str] = []
    for line in doc.splitlines():
        indent = len(line) - len(line.lstrip())
        if line.strip() == "Attributes:":
            section, entry, names = indent, None, []
            continue
        if section is None or not line.strip():
            continue
        if indent <= section:
            section = None
            continue
        match = _ENTRY.match(line)
        if match and (entry is None or indent == entry):
            entry = indent
            names = [name.strip() for name in match.group(2).split(",")]
            for name in names:
                found[name] = match.group(3).strip()
        elif names:
            for name in names:
                found[name] = f"{found[name]} {line.strip()}".strip()
    return {name: _markdown(text) for name, text in found.items() if text}


# --- the schema -----------------------------------------------------------------------


@functools.cache
def _build() -> Schema:
    generator = _Generator()
    root = generator.ref(Plan)
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        "title": "cchc_model plan file",
        "description": "A Vietnamese administrative-reform (CCHC) plan: its issuer, "
        "period, indicators and targets, as read by cchc_model (schema version "
        f"{SCHEMA_VERSION}). Generated from the model.",
        **root,
        "$defs": dict(sorted(generator.defs.items())),
    }


def plan_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a plan file, generated from the model.

    Returns a fresh copy; changing it changes nothing else.
    """
    return copy.deepcopy(_build())


def schema_json() -> str:
    """:func:`plan_schema` as indented JSON text; the same text on every call.

    Definitions are sorted by name and ``required`` lists alphabetically; properties
    keep the order of the model's fields, which is the order a reader expects.
    """
    return json.dumps(_build(), ensure_ascii=False, indent=2) + "\n"
