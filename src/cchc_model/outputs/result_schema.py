"""The JSON Schema of a result document, generated from the record columns and the model.

A result document is what :meth:`Evaluation.to_json` writes (:func:`records.to_dict`):
the plan, the unit, the period, a summary and one record per result. Its schema is
built from :data:`RECORD_FIELDS`, one entry per column of :data:`records.COLUMNS` (a
column without an entry is an error, so a new column cannot slip through undescribed),
and from the model's own lists: the statuses, the target forms, the reform areas.
``scripts/build_schema_docs.py`` publishes it as ``docs/result.schema.json``.

Example:
    >>> from cchc_model.outputs.result_schema import result_schema
    >>> result_schema()["$defs"]["Record"]["properties"]["aspirational"]
    {'type': 'boolean', 'description': 'Whether the target is aspirational (phấn đấu).'}
"""

from __future__ import annotations

import copy
import functools
import json
import typing
from typing import Any

from ..model.areas import ReformArea
from ..model.targets import Target
from ..rules.status import Status
from .records import COLUMNS, RESULT_SCHEMA_ID

__all__ = ["RECORD_FIELDS", "result_schema", "result_schema_json"]

Schema = dict[str, Any]

_TEXT: Schema = {"type": "string"}
_OPTIONAL_TEXT: Schema = {"type": ["string", "null"]}
_EXACT: Schema = {
    "type": ["string", "null"],
    "pattern": r"^-?[0-9]+(\.[0-9]+)?(/[0-9]+)?$",
}
_FLOAT: Schema = {"type": ["number", "null"]}
_INTEGER: Schema = {"type": ["integer", "null"]}


def _forms() -> list[str]:
    return [kind.form for kind in typing.get_args(Target)]


#: Each record column: its schema and what it holds.
RECORD_FIELDS: dict[str, tuple[Schema, str]] = {
    "plan": (_TEXT, "The plan's id."),
    "target": (_TEXT, "The target's id."),
    "parent": (_OPTIONAL_TEXT, "The id of the target this row is a part of; null at the top."),
    "depth": ({"type": "integer", "minimum": 0}, "0 for a top-level target, 1 for its parts…"),
    "form": ({"enum": _forms()}, "The target's form."),
    "code": (_TEXT, "The jurisdiction the row's target was measured for."),
    "period": (_TEXT, "The period's label (2023, 2023-Q1, …)."),
    "status": ({"enum": [s.value for s in Status]}, "The outcome."),
    "aspirational": ({"type": "boolean"}, "Whether the target is aspirational (phấn đấu)."),
    "area": (
        {"enum": [*(a.value for a in ReformArea), None]},
        "The reform area of the target, else of its indicator; null when neither has one.",
    ),
    "indicator": (_OPTIONAL_TEXT, "The indicator's id; null for a compound or a share."),
    "statement": (_TEXT, "The target as the plan reads."),
    "observed": (
        {"type": ["string", "boolean", "null"]},
        "The value found, exact: a number as text (84.99, 2/3), a truth value, a level name.",
    ),
    "observed_display": (_TEXT, "The value found for a person to read, rounded, with its unit."),
    "unit": (_OPTIONAL_TEXT, "The unit of observed, threshold and gap."),
    "gap": (_EXACT, "What is still missing to meet the target, exact; 0 when met."),
    "coverage": (_EXACT, "The share of expected parts that had a value, exact (0 to 1)."),
    "reason": (_TEXT, "One sentence a person can read."),
    "warnings": (_TEXT, "Things worth knowing, joined with '; '."),
    "source_text": (_OPTIONAL_TEXT, "The plan's own words for the target."),
    "threshold": (
        {"type": ["string", "boolean", "null"]},
        "The threshold of a comparison or a share, exact, in unit; null for other forms.",
    ),
    "observed_num": (_INTEGER, "The exact observed number's numerator, when it is a number."),
    "observed_den": (
        {"type": ["integer", "null"], "minimum": 1},
        "The exact observed number's denominator (above 0), when it is a number.",
    ),
    "observed_value": (_FLOAT, "observed as a float, for display and analysis."),
    "threshold_value": (_FLOAT, "threshold as a float, for display and analysis."),
    "gap_value": (_FLOAT, "gap as a float, for display and analysis."),
    "coverage_value": (_FLOAT, "coverage as a float, for display and analysis."),
}


def _record() -> Schema:
    missing = [name for name in COLUMNS if name not in RECORD_FIELDS]
    extra = [name for name in RECORD_FIELDS if name not in COLUMNS]
    if missing or extra:
        raise TypeError(f"RECORD_FIELDS and COLUMNS differ: missing {missing}, extra {extra}")
    return {
        "description": "One result: a target for one unit and period (parts follow their "
        "target, depth first).",
        "type": "object",
        "properties": {
            name: {**RECORD_FIELDS[name][0], "description": RECORD_FIELDS[name][1]}
            for name in COLUMNS
        },
        "required": sorted(COLUMNS),
        "additionalProperties": False,
    }


def _disagreement() -> Schema:
    return {
        "description": "A unit whose direct value differs from the roll-up of its members.",
        "type": "object",
        "properties": {
            "indicator": _TEXT,
            "code": _TEXT,
            "period": _TEXT,
            "members": {"type": "object", "additionalProperties": {"type": "string"}},
            "direct": {"type": ["string", "boolean", "null"]},
            "rolled_up": {"type": ["string", "boolean", "null"]},
        },
        "required": sorted(["indicator", "code", "period", "members", "direct", "rolled_up"]),
        "additionalProperties": False,
    }


@functools.cache
def _build() -> Schema:
    statuses = [s.value for s in Status]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": RESULT_SCHEMA_ID,
        "title": "cchc_model result document",
        "description": "A plan evaluated for one unit and period, as `cchc evaluate --format "
        "json` and Evaluation.to_json() write it. Exact numbers are text; the *_value "
        "columns repeat them as floats.",
        "type": "object",
        "properties": {
            "plan": {**_TEXT, "description": "The plan's id."},
            "title": {**_TEXT, "description": "The plan's title."},
            "code": {**_TEXT, "description": "The unit evaluated (as the plan's issuer)."},
            "period": {**_TEXT, "description": "The period evaluated."},
            "tree_date": {
                "type": "string",
                "format": "date",
                "description": "The date of the tree of units.",
            },
            "$schema": {"const": RESULT_SCHEMA_ID, "description": "This schema's id."},
            "summary": {
                "description": "How many top-level results ended in each status.",
                "type": "object",
                "properties": {s: {"type": "integer", "minimum": 0} for s in statuses},
                "required": statuses,
                "additionalProperties": False,
            },
            "results": {"type": "array", "items": {"$ref": "#/$defs/Record"}},
            "disagreements": {"type": "array", "items": {"$ref": "#/$defs/Disagreement"}},
        },
        "required": sorted(
            ("plan", "title", "code", "period", "tree_date", "summary", "results", "disagreements")
        ),
        "additionalProperties": False,
        "$defs": {"Disagreement": _disagreement(), "Record": _record()},
    }


def result_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a result document; a fresh copy each call."""
    return copy.deepcopy(_build())


def result_schema_json() -> str:
    """:func:`result_schema` as indented JSON text; the same text on every call."""
    return json.dumps(_build(), ensure_ascii=False, indent=2) + "\n"
