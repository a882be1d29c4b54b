"""An evaluation as an HTML table, for notebooks (``Evaluation._repr_html_``)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..rules.results import EvaluationLike

__all__ = ["to_html"]

_COLOURS = {
    "met": "#1b7f3b",
    "not_met": "#b42318",
    "unknown": "#8a6d00",
    "not_applicable": "#6b7280",
}


def to_html(evaluation: EvaluationLike) -> str:
    """A self-contained HTML table of the top-level results."""
    from ..rules.results import show
    from .text import STATUS_MARKS, totals

    rows = []
    for result in evaluation.results:
        colour = _COLOURS[result.status.value]
        rows.append(
            "<tr>"
            f"<td>{escape(result.target.id)}{' *' if result.aspirational else ''}</td>"
            f'<td style="color:{colour};font-weight:bold">'
            f"{STATUS_MARKS[result.status.value]}</td>"
            f"<td>{escape(show(result.observed, result.unit))}</td>"
            f"<td>{escape(str(result.target))}</td>"
            f"<td>{escape(result.reason)}</td>"
            "</tr>"
        )
    title = escape(f"{evaluation.plan.title} — {evaluation.code}, {evaluation.period.label}")
    return (
        f"<div><strong>{title}</strong>"
        "<table><thead><tr><th>target</th><th>status</th><th>observed</th>"
        "<th>target reads</th><th>reason</th></tr></thead><tbody>"
        + "".join(rows)
        + f"</tbody></table><p>{escape(totals(evaluation))}</p></div>"
    )
