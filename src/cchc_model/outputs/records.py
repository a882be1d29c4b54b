"""An evaluation as plain records: one row per result, parts included (a tidy table).

Numbers are written exactly (``"1780/22"`` would be written ``"80.909090…"`` only in
``observed_display``); ``observed``, ``threshold``, ``gap`` and ``coverage`` keep the exact
value as text. Beside them, for display and analysis, ``observed_value``,
``threshold_value``, ``gap_value`` and ``coverage_value`` hold the same numbers as floats
(never for deciding a target: a float is not exact), and ``observed_num`` and
``observed_den`` the exact observed value as two integers. Truth values are booleans:
in records and JSON ``true``/``false``, in CSV the words ``true`` and ``false``.
:data:`RESULT_SCHEMA_ID` names the JSON Schema of :func:`to_dict`
(:mod:`cchc_model.outputs.result_schema`). An evaluation that measured its targets'
progress toward their horizon adds a ``progress`` section to :func:`to_dict` and
:func:`to_json` (:mod:`cchc_model.outputs.progress`); the rows, CSV and frames are the
results alone.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ..model.units import format_number

if TYPE_CHECKING:
    from ..rules.progress import Progress
    from ..rules.results import EvaluationLike, Result

__all__ = [
    "COLUMNS",
    "EXACT_COLUMNS",
    "FLOAT_COLUMNS",
    "INTEGER_COLUMNS",
    "PROGRESS_COLUMNS",
    "PROGRESS_NUMBERS",
    "RESULT_SCHEMA_ID",
    "TEXT_COLUMNS",
    "as_float",
    "neutralised",
    "progress_rows",
    "to_csv",
    "to_dict",
    "to_json",
    "to_records",
]

#: The identifier of the JSON Schema that :func:`to_dict` and :func:`to_json` follow.
RESULT_SCHEMA_ID = "urn:cchc-model:result-document:1"

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
    "deadline",
    "exclusions",
    "threshold",
    "observed_num",
    "observed_den",
    "observed_value",
    "threshold_value",
    "gap_value",
    "coverage_value",
)
#: The columns of exact numbers written as text (``"17/20"`` is ``"0.85"``, 2/3 ``"2/3"``).
EXACT_COLUMNS = ("observed", "threshold", "gap", "coverage")
#: The columns of the same numbers as floats, for display and analysis.
FLOAT_COLUMNS = ("observed_value", "threshold_value", "gap_value", "coverage_value")
#: The columns of whole numbers: the depth, and the exact observed value as two integers.
INTEGER_COLUMNS = ("depth", "observed_num", "observed_den")


def _exact(value: Fraction | bool | str | None) -> Any:
    if isinstance(value, Fraction):
        return format_number(value)
    return value


def as_float(value: Fraction | bool | str | None) -> float | None:
    """A number as the nearest float; None for anything else, and for a number too large
    for a float (its exact text is beside it)."""
    if isinstance(value, Fraction):
        try:
            return float(value)
        except OverflowError:
            return None
    return None


def _threshold(target: Any) -> Fraction | bool | None:
    """The threshold of a target that has one, in the unit of its result's value."""
    threshold = getattr(target, "threshold", None)
    if isinstance(threshold, bool):
        return threshold
    value = getattr(target, "threshold_value", None)
    return value if isinstance(value, Fraction) else None


def _rows(result: Result, plan: str, parent: str | None, depth: int) -> Iterator[dict[str, Any]]:
    from ..rules.results import show

    indicator = getattr(result.target, "indicator", None)
    observed = result.observed
    threshold = _threshold(result.target)
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
        "deadline": result.target.deadline.isoformat() if result.target.deadline else None,
        "exclusions": "; ".join(result.target.exclusions) or None,
        "threshold": _exact(threshold),
        "observed_num": observed.numerator if isinstance(observed, Fraction) else None,
        "observed_den": observed.denominator if isinstance(observed, Fraction) else None,
        "observed_value": as_float(observed),
        "threshold_value": as_float(threshold),
        "gap_value": as_float(result.gap),
        "coverage_value": as_float(result.coverage),
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
    """The evaluation as nested plain data: the plan, the unit, a summary and the rows;
    with a ``progress`` section (one record per progress, :func:`progress_rows`) when
    the evaluation measured its targets' progress (``evaluate(..., progress=True)``),
    and without one otherwise."""
    document = {
        "plan": evaluation.plan.id,
        "title": evaluation.plan.title,
        "code": evaluation.code,
        "period": evaluation.period.label,
        "tree_date": evaluation.tree_date.isoformat(),
        "$schema": RESULT_SCHEMA_ID,
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
    progress = getattr(evaluation, "progress", ())
    if progress:
        document["progress"] = progress_rows(progress)
    return document


#: The exact numbers of a progress record, each written as text (``"5/6"``, ``"0.8"``)
#: with the same number as a float beside it (``ratio_float``), for charts.
PROGRESS_NUMBERS = (
    "baseline_value",
    "observed",
    "aim",
    "observed_rate",
    "required_rate",
    "ratio",
    "projected",
)
#: The columns of a progress record (:func:`progress_records`), in order.
PROGRESS_COLUMNS = (
    "target",
    "parent",
    "depth",
    "code",
    "period",
    "status",
    "progress",
    "lowest",
    "highest",
    "applicable",
    "method",
    "baseline",
    "at",
    "horizon",
    "unit",
    "exact",
    "reason",
    *(column for name in PROGRESS_NUMBERS for column in (name, f"{name}_float")),
)


def progress_rows(progress: Iterable[Progress]) -> list[dict[str, Any]]:
    """One record per progress, parts after their whole, depth first
    (:data:`PROGRESS_COLUMNS`): plain values, exact numbers as text with a float beside
    each. The ``progress`` section of a result document (:func:`to_dict`), and what
    :meth:`cchc_model.outputs.progress.ProgressReport.to_records` gives."""
    rows: list[dict[str, Any]] = []

    def add(item: Progress, parent: str | None, depth: int) -> None:
        row: dict[str, Any] = {
            "target": item.target.id,
            "parent": parent,
            "depth": depth,
            "code": item.code,
            "period": item.period.label,
            "status": item.result.status.value if item.result is not None else None,
            "progress": item.status.value,
            "lowest": item.lowest.value,
            "highest": item.highest.value,
            "applicable": item.applicable,
            "method": item.method.value,
            "baseline": item.baseline.label if item.baseline is not None else None,
            "at": item.at.isoformat() if item.at is not None else None,
            "horizon": item.horizon.isoformat() if item.horizon is not None else None,
            "unit": item.unit,
            "exact": item.exact,
            "reason": item.reason,
        }
        for name in PROGRESS_NUMBERS:
            value = getattr(item, name)
            row[name] = None if value is None else format_number(value)
            row[f"{name}_float"] = as_float(value)
        rows.append(row)
        for part in item.parts:
            add(part, item.target.id, depth + 1)

    for top in progress:
        add(top, None, 0)
    return rows


def to_json(evaluation: EvaluationLike, indent: int | None = 2) -> str:
    """The evaluation as JSON text (:func:`to_dict`)."""
    return json.dumps(to_dict(evaluation), ensure_ascii=False, indent=indent) + "\n"


#: The columns of free text, which may hold a plan's own words.
TEXT_COLUMNS = ("statement", "reason", "warnings", "source_text", "exclusions")
#: What a spreadsheet reads as the start of a formula (OWASP, "CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(text: Any) -> Any:
    """A text a spreadsheet would take for a formula (``=HYPERLINK(…)``), with a ``'``
    before it, as OWASP advises; anything else as it is."""
    if isinstance(text, str) and text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def _csv_cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def to_csv(evaluation: EvaluationLike) -> str:
    """The evaluation as CSV text, one row per result (:data:`COLUMNS`).

    Truth values are written ``true`` and ``false``, floats by their shortest decimal,
    an absent value as an empty cell.

    A cell of free text (:data:`TEXT_COLUMNS`) that starts with ``=``, ``+``, ``-``,
    ``@``, a tab or a carriage return gets a ``'`` before it, so that a spreadsheet
    shows it instead of running it (CSV injection); :func:`to_records` and JSON keep
    every text as it is.
    """
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in to_records(evaluation):
        writer.writerow(
            {k: neutralised(v) if k in TEXT_COLUMNS else _csv_cell(v) for k, v in record.items()}
        )
    return buffer.getvalue()
