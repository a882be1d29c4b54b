"""An evaluation as a plain-text table for terminals."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from ..rules.status import STATUS_MARKS

if TYPE_CHECKING:
    from ..rules.results import EvaluationLike, Result

__all__ = ["ANSI_COLOURS", "STATUS_MARKS", "cut", "pad", "table", "totals"]


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 1 for ch in text)


def cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, with … where it was cut."""
    text = unicodedata.normalize("NFC", text)
    return text if _width(text) <= width else text[: width - 1] + "…"


def pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` (combining marks take no width)."""
    return text + " " * (width - _width(text))


_HEADINGS = ("target", "status", "observed", "target reads", "reason")
_WIDTHS = (28, 9, 14, 30)  # the reason takes what is left of the width


def _cells(result: Result, depth: int) -> tuple[str, ...]:
    from ..rules.results import show

    return (
        ("  " * depth) + result.target.id + (" *" if result.aspirational else ""),
        STATUS_MARKS[result.status.value],
        show(result.observed, result.unit),
        str(result.target),
        result.reason,
    )


#: The terminal colour of each status (ANSI): the words stay, so it reads without.
ANSI_COLOURS = {"met": "32", "not_met": "31", "unknown": "33", "not_applicable": "90"}


def _coloured(cell: str, status: str, width: int) -> str:
    """The status cell padded to ``width``, its word in the status's colour."""
    return f"\x1b[{ANSI_COLOURS[status]}m{cell}\x1b[0m" + " " * (width - _width(cell))


def table(
    evaluation: EvaluationLike,
    parts: bool = False,
    width: int | None = 120,
    colour: bool = False,
) -> str:
    """A table: one line per target (and per part with ``parts=True``) and a totals line.

    Aspirational targets are marked ``*``. Cells are cut (with …) to fit ``width``
    characters; ``width=None`` cuts nothing, each column as wide as its widest cell.
    With ``colour`` each status is in its terminal colour (:data:`ANSI_COLOURS`).
    """
    rows: list[tuple[str, ...]] = []
    statuses: list[str] = []
    for result in evaluation.results:
        stack = [(result, 0)]
        while stack:
            current, depth = stack.pop()
            rows.append(_cells(current, depth))
            statuses.append(current.status.value)
            if parts:
                stack.extend((part, depth + 1) for part in reversed(current.parts))
    if width is None:
        widths = tuple(
            max(_width(unicodedata.normalize("NFC", cell)) for cell in column)
            for column in zip(_HEADINGS, *rows, strict=False)
        )
    else:
        widths = (*_WIDTHS, max(20, width - sum(_WIDTHS) - 8))
    head = (
        f"{evaluation.plan.title} — {evaluation.code}, {evaluation.period.label} "
        f"(units as of {evaluation.tree_date.isoformat()})"
    )
    header = _join(_HEADINGS, widths)
    lines = [head, header, "-" * min(width or len(header) + 20, len(header) + 20)]
    for row, status in zip(rows, statuses, strict=True):
        cells = [cut(c, w) for c, w in zip(row, widths, strict=True)]
        if colour:  # padded before the escapes, which take no room on a terminal
            cells[1] = _coloured(cells[1], status, widths[1])
        lines.append(_join(tuple(cells), widths))
    lines.append(totals(evaluation))
    return "\n".join(lines)


def _join(cells: tuple[str, ...], widths: tuple[int, ...]) -> str:
    padded = [pad(cell, w) for cell, w in zip(cells[:-1], widths, strict=False)]
    return "  ".join([*padded, cells[-1]]).rstrip()


def totals(evaluation: EvaluationLike) -> str:
    """One line: how many targets in each status, binding and aspirational apart."""
    from ..rules.status import Status

    def counts(results: tuple[Result, ...]) -> str:
        return ", ".join(
            f"{sum(r.status is s for r in results)} {STATUS_MARKS[s.value].lower()}" for s in Status
        )

    binding, aspirational = evaluation.binding(), evaluation.aspirational()
    text = f"Totals: {len(evaluation.results)} targets — binding: {counts(binding)}"
    if aspirational:
        text += f"; aspirational: {counts(aspirational)}"
    return text
