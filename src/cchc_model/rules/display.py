"""How a result shows itself in a notebook (``Result._repr_html_``), and the rows an
evaluation's HTML table is made of.

A status is shown in words (MET, NOT MET, UNKNOWN, N/A) and in colour, so that it reads
without colour too; values carry their unit; reasons are shown in full.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from html import escape
from typing import Protocol

from ..model.display import CELL, unit_label
from ..model.display import Target as ShownTarget
from ..model.periods import Period
from ..model.units import format_number, unit_symbol
from .status import STATUS_MARKS, Status


class Result(Protocol):
    """What a result shows (:class:`cchc_model.rules.results.Result`); a protocol, since
    the results import this module."""

    @property
    def target(self) -> ShownTarget: ...
    @property
    def code(self) -> str: ...
    @property
    def period(self) -> Period: ...
    @property
    def status(self) -> Status: ...
    @property
    def observed(self) -> Fraction | bool | str | None: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def gap(self) -> Fraction | None: ...
    @property
    def coverage(self) -> Fraction | None: ...
    @property
    def reason(self) -> str: ...
    @property
    def parts(self) -> Sequence[Result]: ...
    @property
    def aspirational(self) -> bool: ...


__all__ = ["COLOURS", "HEADINGS", "result_html", "result_rows", "show", "table_html"]

#: The colour of each status (the words say the same).
COLOURS = {
    "met": "#1b7f3b",
    "not_met": "#b42318",
    "unknown": "#8a6d00",
    "not_applicable": "#6b7280",
}

#: The style of a cell holding a status or a value: never wrapped ("≈0.92 %").
_SHORT = CELL.replace("white-space:normal", "white-space:nowrap")

#: The columns of a result table.
HEADINGS = ("target", "status", "observed", "target reads", "gap", "coverage", "reason")


def show(value: Fraction | bool | str | None, unit: str | None = None) -> str:
    """A value for a sentence: exact when short, else rounded to two decimals (≈)."""
    if value is None:
        return "no value"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return value
    text = format_number(value)
    if len(text) > 8 or "/" in text:
        text = "≈" + format_number(Fraction(round(value * 100), 100))
    symbol = unit_symbol(unit)
    return f"{text} {symbol}" if symbol else text


def _coverage(result: Result) -> str:
    if result.coverage is None:
        return ""
    return f"{format_number(result.coverage * 100)} %"


def _gap(result: Result) -> str:
    return "" if result.gap is None else show(result.gap, result.unit)


def result_rows(result: Result, parts: bool = True, depth: int = 0) -> list[str]:
    """The table rows of ``result`` (and of its parts, indented, with ``parts``)."""
    status = result.status.value
    indent = "&nbsp;&nbsp;" * depth
    where = f" · {escape(result.code)}" if depth else ""
    cells = (
        f"{indent}<code>{escape(result.target.id)}</code>{where}"
        + (" <em>(phấn đấu)</em>" if result.aspirational else ""),
        f'<span style="color:{COLOURS[status]};font-weight:bold">{STATUS_MARKS[status]}</span>',
        escape(show(result.observed, result.unit)),
        escape(str(result.target)),
        escape(_gap(result)),
        escape(_coverage(result)),
        escape(result.reason),
    )
    row = (
        "<tr>"
        + "".join(
            f"<td {_SHORT if index in (1, 2, 4, 5) else CELL}>{cell}</td>"
            for index, cell in enumerate(cells)
        )
        + "</tr>"
    )
    if not parts:
        return [row]
    return [row] + [line for part in result.parts for line in result_rows(part, True, depth + 1)]


def table_html(rows: list[str]) -> str:
    """A table of result rows under :data:`HEADINGS`."""
    head = "".join(f"<th {CELL}>{name}</th>" for name in HEADINGS)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def result_html(result: Result) -> str:
    """A result and the results it was built from, as an HTML table."""
    where = unit_label(result.code, result.period.last_day)
    title = f"{result.target.id} for {where}, {result.period.label}"
    return f"<div><strong>{escape(title)}</strong>{table_html(result_rows(result))}</div>"
