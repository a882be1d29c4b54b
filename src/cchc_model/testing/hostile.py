"""Hostile inputs for testing a reader's limits, as text.

:func:`compound_chain` is a plan file whose compounds reuse one another down a chain:
target ``c{i}`` lists ``c{i+1}`` ``width`` times, so that the plan written out holds
``width ** (depth + 1)`` targets. ``cchc_model`` refuses it at once
(``model.targets.MAX_EXPANDED``); a tool that reads plan files may test itself with it.

Example:
    >>> import cchc_model as cm
    >>> try:
    ...     cm.loads(compound_chain(30))
    ... except cm.PlanFileError as error:
    ...     print(error.problems[0].code)
    too-large
"""

from __future__ import annotations

__all__ = ["compound_chain"]


def compound_chain(depth: int, width: int = 2) -> str:
    """A plan file (YAML) whose target ``c{i}`` has ``width`` parts, all ``c{i+1}``, down
    to a comparison ``c{depth}``."""
    lines = [
        "schema_version: 1",
        "id: chain",
        "title: t",
        "issuer: '06'",
        "period: '2023'",
        "indicators:",
        "  - {id: x, name: x, measure: ratio}",
        "targets:",
    ]
    for i in range(depth):
        parts = ", ".join([f"c{i + 1}"] * width)
        lines.append(f"  - {{id: c{i}, form: all_of, parts: [{parts}]}}")
    lines.append(f"  - {{id: c{depth}, form: comparison, indicator: x, op: '>=', threshold: 85 %}}")
    return "\n".join(lines) + "\n"
