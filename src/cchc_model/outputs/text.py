"""An evaluation as a plain-text table for terminals."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..rules.results import EvaluationLike, Result

__all__ = ["STATUS_MARKS", "cut", "pad", "table", "totals"]

#: How each status is shown in a table.
STATUS_MARKS = {
    "met": "MET",
    "not_met": "NOT MET",
    "unknown": "UNKNOWN",
    "not_applicable": "N/A",
}


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 1 for ch in text)


def cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, with … where it was cut."""
    text = unicodedata.normalize("NFC", text)
    return text if _width(text) <= width else text[: width - 1] + "…"


def pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` (combining marks take no width)."""
    return text + " " * (width - _width(text))


def _line(result: Result, depth: int, widths: tuple[int, ...]) -> str:
    from ..rules.results import show

    target = ("  " * depth) + result.target.id + (" *" if result.aspirational else "")
    cells = (
        cut(target, widths[0]),
        cut(STATUS_MARKS[result.status.value], widths[1]),
        cut(show(result.observed, result.unit), widths[2]),
        cut(str(result.target), widths[3]),
        cut(result.reason, widths[4]),
    )
    return "  ".join(pad(cell, width) for cell, width in zip(cells, widths, strict=True)).rstrip()


def table(evaluation: EvaluationLike, parts: bool = False, width: int = 120) -> str:
    """A table: one line per target (and per part with ``parts=True``) and a totals line.

    Aspirational targets are marked ``*``.
    """
    reason = max(20, width - 28 - 9 - 14 - 30 - 8)
    widths = (28, 9, 14, 30, reason)
    head = (
        f"{evaluation.plan.title} — {evaluation.code}, {evaluation.period.label} "
        f"(units as of {evaluation.tree_date.isoformat()})"
    )
    header = "  ".join(
        pad(name, w)
        for name, w in zip(
            ("target", "status", "observed", "target reads", "reason"), widths, strict=True
        )
    ).rstrip()
    lines = [head, header, "-" * min(width, len(header) + 20)]
    for result in evaluation.results:
        stack = [(result, 0)]
        while stack:
            current, depth = stack.pop()
            lines.append(_line(current, depth, widths))
            if parts:
                stack.extend((part, depth + 1) for part in reversed(current.parts))
    lines.append(totals(evaluation))
    return "\n".join(lines)


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
