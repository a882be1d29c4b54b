"""An evaluation as plain records: one row per result, parts included (a tidy table).

Numbers are written exactly (``"1780/22"`` would be written ``"80.909090…"`` only in
``observed_display``); ``observed`` and ``gap`` keep the exact value as text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ..model.units import format_number

if TYPE_CHECKING:
    from ..rules.results import EvaluationLike, Result

__all__ = ["COLUMNS", "TEXT_COLUMNS", "neutralised", "to_csv", "to_dict", "to_json", "to_records"]

#: The columns of a record, in order.
COLUMNS = (
    "plan",
    "target",
    "parent",
    "depth",
    "form",
    "code",
    "period",
    "status",
    "aspirational",
    "area",
    "indicator",
    "statement",
    "observed",
    "observed_display",
    "unit",
    "gap",
    "coverage",
    "reason",
    "warnings",
    "source_text",
)


def _exact(value: Fraction | bool | str | None) -> Any:
    if isinstance(value, Fraction):
        return format_number(value)
    return value


def _rows(result: Result, plan: str, parent: str | None, depth: int) -> Iterator[dict[str, Any]]:
    from ..rules.results import show

    indicator = getattr(result.target, "indicator", None)
    yield {
        "plan": plan,
        "target": result.target.id,
        "parent": parent,
        "depth": depth,
        "form": result.target.form,
        "code": result.code,
        "period": result.period.label,
        "status": result.status.value,
        "aspirational": result.aspirational,
        "area": result.area.value if result.area else None,
        "indicator": indicator.id if indicator is not None else None,
        "statement": str(result.target),
        "observed": _exact(result.observed),
        "observed_display": show(result.observed, result.unit),
        "unit": result.unit,
        "gap": _exact(result.gap),
        "coverage": _exact(result.coverage),
        "reason": result.reason,
        "warnings": "; ".join(result.warnings),
        "source_text": result.target.source_text,
    }
    for part in result.parts:
        yield from _rows(part, plan, result.target.id, depth + 1)


def to_records(evaluation: EvaluationLike) -> list[dict[str, Any]]:
    """One record per result, depth first: each top-level result, then its parts."""
    rows: list[dict[str, Any]] = []
    for result in evaluation.results:
        rows.extend(_rows(result, evaluation.plan.id, None, 0))
    return rows


def to_dict(evaluation: EvaluationLike) -> dict[str, Any]:
    """The evaluation as nested plain data: the plan, the unit, a summary and the rows."""
    return {
        "plan": evaluation.plan.id,
        "title": evaluation.plan.title,
        "code": evaluation.code,
        "period": evaluation.period.label,
        "tree_date": evaluation.tree_date.isoformat(),
        "summary": {status.value: count for status, count in evaluation.summary().items()},
        "results": to_records(evaluation),
        "disagreements": [
            {
                "indicator": d.indicator,
                "code": d.code,
                "period": d.period.label,
                "members": dict(d.members),
                "direct": _exact(d.direct),
                "rolled_up": _exact(d.rolled_up),
            }
            for d in evaluation.disagreements
        ],
    }


def to_json(evaluation: EvaluationLike, indent: int | None = 2) -> str:
    """The evaluation as JSON text (:func:`to_dict`)."""
    return json.dumps(to_dict(evaluation), ensure_ascii=False, indent=indent) + "\n"


#: The columns of free text, which may hold a plan's own words.
TEXT_COLUMNS = ("statement", "reason", "warnings", "source_text")
#: What a spreadsheet reads as the start of a formula (OWASP, "CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(text: Any) -> Any:
    """A text a spreadsheet would take for a formula (``=HYPERLINK(…)``), with a ``'``
    before it, as OWASP advises; anything else as it is."""
    if isinstance(text, str) and text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def to_csv(evaluation: EvaluationLike) -> str:
    """The evaluation as CSV text, one row per result (:data:`COLUMNS`).

    A cell of free text (:data:`TEXT_COLUMNS`) that starts with ``=``, ``+``, ``-``,
    ``@``, a tab or a carriage return gets a ``'`` before it, so that a spreadsheet
    shows it instead of running it (CSV injection); :func:`to_records` and JSON keep
    every text as it is.
    """
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in to_records(evaluation):
        writer.writerow({k: neutralised(v) if k in TEXT_COLUMNS else v for k, v in record.items()})
    return buffer.getvalue()
