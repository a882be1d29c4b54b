"""An evaluation as an HTML table, for notebooks (``Evaluation._repr_html_``)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..rules.results import EvaluationLike

__all__ = ["to_html"]


def to_html(evaluation: EvaluationLike, parts: bool = False) -> str:
    """A self-contained HTML table of the results (and their parts, with ``parts``):
    status in words and colour, observed value and gap with their unit, coverage, the
    reason in full; aspirational targets marked "(phấn đấu)"."""
    from ..model.display import unit_label
    from ..rules.display import result_rows, table_html
    from .text import totals

    name = evaluation.plan.issuer_name if evaluation.code == evaluation.plan.issuer else ""
    rows = [line for result in evaluation.results for line in result_rows(result, parts)]
    title = escape(
        f"{evaluation.plan.title} — {unit_label(evaluation.code, evaluation.tree_date, name)}, "
        f"{evaluation.period.label} "
        f"(units as of {evaluation.tree_date.isoformat()})"
    )
    return (
        f"<div><strong>{title}</strong>{table_html(rows)}<p>{escape(totals(evaluation))}</p></div>"
    )
