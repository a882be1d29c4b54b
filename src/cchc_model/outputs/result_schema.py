"""The JSON Schema of a result document, generated from the record columns and the model.

A result document is what :meth:`Evaluation.to_json` writes (:func:`records.to_dict`):
the plan, the unit, the period, a summary and one record per result, and, when the
evaluation measured progress toward the targets' horizon, one progress record per target
and part. Its schema is built from :data:`RECORD_FIELDS`, one entry per column of
:data:`records.COLUMNS`, and :data:`PROGRESS_FIELDS`, one per column of
:data:`records.PROGRESS_COLUMNS` (a column without an entry is an error, so a new column
cannot slip through undescribed), and from the model's own lists: the statuses, the
target forms, the reform areas, the progress statuses and methods.
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
from ..rules.progress import LADDER, Method, ProgressStatus
from ..rules.status import Status
from .records import COLUMNS, PROGRESS_COLUMNS, PROGRESS_NUMBERS, RESULT_SCHEMA_ID

__all__ = ["PROGRESS_FIELDS", "RECORD_FIELDS", "result_schema", "result_schema_json"]

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
    "deadline": (
        {"type": ["string", "null"], "format": "date"},
        "The day the target is due (ISO 8601), if the plan states one.",
    ),
    "exclusions": (_OPTIONAL_TEXT, "What the target leaves out, joined with '; '; null if none."),
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


_PROGRESS: Schema = {"enum": [s.value for s in ProgressStatus]}
_LADDER: Schema = {"enum": [s.value for s in LADDER]}
_NUMBER_WORDS = {
    "baseline_value": "y₀, the value progress is measured from (stated, else observed)",
    "observed": "y, the value read (a flow read within a year at its pace for the year)",
    "aim": "y*, the value the target asks for; null for a compound or a share",
    "observed_rate": "The observed rate a year (a growth rate, or a change in unit)",
    "required_rate": "The rate a year needed to reach aim by the horizon",
    "ratio": "R, the observed rate over the required one, in the indicator's direction",
    "projected": "The value at the horizon if the observed rate holds",
}

#: Each progress record column: its schema and what it holds.
PROGRESS_FIELDS: dict[str, tuple[Schema, str]] = {
    "target": (_TEXT, "The target's id."),
    "parent": (_OPTIONAL_TEXT, "The id of the target this row is a part of; null at the top."),
    "depth": ({"type": "integer", "minimum": 0}, "0 for a top-level target, 1 for its parts…"),
    "code": (_TEXT, "The unit the progress was measured for."),
    "period": (_TEXT, "The period read (the year so far for a reading within a year)."),
    "status": (
        {"enum": [*(s.value for s in Status), None]},
        "The target's MET / NOT_MET result in the period read.",
    ),
    "progress": (_PROGRESS, "The progress status toward the horizon."),
    "lowest": (
        _LADDER,
        "The worst status the target may have: progress when it is known, else the worst "
        "its parts and its MET / NOT_MET result leave open.",
    ),
    "highest": (_LADDER, "The best status the target may have, likewise."),
    "applicable": ({"type": "boolean"}, "False when the target does not apply."),
    "method": ({"enum": [m.value for m in Method]}, "How the rate of change is measured."),
    "baseline": (_OPTIONAL_TEXT, "The baseline period's label."),
    "at": (
        {"type": ["string", "null"], "format": "date"},
        "The date the reading stands for (t): the day after the period read (after its "
        "year, for a flow read within a year at its pace); null without a value.",
    ),
    "horizon": (
        {"type": ["string", "null"], "format": "date"},
        "The date the target is due (T): the day after its last day.",
    ),
    "unit": (_OPTIONAL_TEXT, "The unit of the values."),
    "exact": (
        {"type": "boolean"},
        "Whether the rates, ratio and projection are exact (the linear method) or rounded "
        "to 1e-12 (the growth method); the status is exact either way.",
    ),
    "reason": (_TEXT, "One sentence a person can read."),
    **{
        column: entry
        for name in PROGRESS_NUMBERS
        for column, entry in (
            (name, (_EXACT, f"{_NUMBER_WORDS[name]}, exact, as text.")),
            (f"{name}_float", (_FLOAT, f"{name} as a float, for charts.")),
        )
    },
}


def _columns(fields: dict[str, tuple[Schema, str]], columns: tuple[str, ...], what: str) -> Schema:
    missing = [name for name in columns if name not in fields]
    extra = [name for name in fields if name not in columns]
    if missing or extra:
        raise TypeError(f"{what} and its columns differ: missing {missing}, extra {extra}")
    return {
        "type": "object",
        "properties": {
            name: {**fields[name][0], "description": fields[name][1]} for name in columns
        },
        "required": sorted(columns),
        "additionalProperties": False,
    }


def _record() -> Schema:
    return {
        "description": "One result: a target for one unit and period (parts follow their "
        "target, depth first).",
        **_columns(RECORD_FIELDS, COLUMNS, "RECORD_FIELDS"),
    }


def _progress() -> Schema:
    return {
        "description": "The progress of a target for one unit toward its horizon (parts "
        "follow their target, depth first).",
        **_columns(PROGRESS_FIELDS, PROGRESS_COLUMNS, "PROGRESS_FIELDS"),
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
        "columns repeat them as floats (*_float in progress records).",
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
            "progress": {
                "description": "Each target's progress toward its horizon, when the "
                "evaluation measured it (`evaluate(..., progress=True)`, `cchc evaluate "
                "--progress`); absent otherwise.",
                "type": "array",
                "items": {"$ref": "#/$defs/Progress"},
            },
        },
        "required": sorted(
            ("plan", "title", "code", "period", "tree_date", "summary", "results", "disagreements")
        ),
        "additionalProperties": False,
        "$defs": {
            "Disagreement": _disagreement(),
            "Progress": _progress(),
            "Record": _record(),
        },
    }


def result_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a result document; a fresh copy each call."""
    return copy.deepcopy(_build())


def result_schema_json() -> str:
    """:func:`result_schema` as indented JSON text; the same text on every call."""
    return json.dumps(_build(), ensure_ascii=False, indent=2) + "\n"
