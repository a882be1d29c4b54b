"""How a plan and a target show themselves in a notebook (their ``_repr_html_``).

A plan shows its issuer by name, its period in both languages, the document it is
issued in, and its targets grouped by reform area, each with the plan's own words
beside how the library reads them. Text is left-aligned and nothing is cut.

Example:
    >>> import cchc_model as cm
    >>> plan = cm.load("examples/003-bac-kan-2023.yaml")
    >>> "Tỉnh Bắc Kạn (06)" in plan._repr_html_()
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from typing import Protocol

from .areas import ReformArea
from .indicators import Indicator
from .periods import Period


class Target(Protocol):
    """What a target shows (:data:`cchc_model.model.targets.Target`); a protocol, since
    the targets import this module."""

    @property
    def id(self) -> str: ...
    @property
    def source_text(self) -> str: ...
    @property
    def aspirational(self) -> bool: ...
    @property
    def deadline(self) -> date | None: ...
    @property
    def area(self) -> ReformArea | None: ...
    @property
    def children(self) -> Sequence[Target]: ...


class Plan(Protocol):
    """What a plan shows (:class:`cchc_model.model.plans.Plan`)."""

    @property
    def title(self) -> str: ...
    @property
    def issuer(self) -> str: ...
    @property
    def issuer_name(self) -> str: ...
    @property
    def period(self) -> Period: ...
    @property
    def document(self) -> object | None: ...
    @property
    def targets(self) -> Sequence[Target]: ...


__all__ = ["CELL", "area_of", "issuer_label", "plan_html", "target_html", "unit_label"]

#: The style of a table cell: text reads from the left, long texts wrap, nothing is cut.
CELL = 'style="text-align:left;vertical-align:top;white-space:normal;padding:0.2em 0.6em"'
_HEAD = f"<th {CELL}>"


def area_of(target: Target) -> ReformArea | None:
    """The target's reform area, else its indicator's (``None`` when neither says)."""
    if target.area is not None:
        return target.area
    indicator = getattr(target, "indicator", None)
    return indicator.area if isinstance(indicator, Indicator) else None


def unit_label(code: str, on: date, fallback: str = "") -> str:
    """A unit as "Name (code)": its name on ``on`` in the shipped hierarchy, else
    ``fallback``, else the code alone."""
    from .jurisdictions import national_hierarchy

    found = national_hierarchy().find(code, on)
    name = found.name if found is not None else fallback
    return f"{name} ({code})" if name else code


def issuer_label(plan: Plan) -> str:
    """The issuer as "Name (code)" on the last day of the plan's period (the plan's
    own name for it where the shipped hierarchy has no such unit)."""
    return unit_label(plan.issuer, plan.period.last_day, plan.issuer_name)


def _indicator(target: Target) -> str:
    indicator = getattr(target, "indicator", None)
    if not isinstance(indicator, Indicator):
        return ""
    unit = f" — {indicator.unit}" if indicator.unit else ""
    return f"{indicator.name}{unit}"


def _rows(target: Target, depth: int) -> list[str]:
    marks = " <em>(phấn đấu)</em>" if target.aspirational else ""
    indent = "&nbsp;&nbsp;" * depth
    row = (
        "<tr>"
        f"<td {CELL}>{indent}<code>{escape(target.id)}</code>{marks}</td>"
        f"<td {CELL}>{escape(target.source_text)}</td>"
        f"<td {CELL}>{escape(str(target))}</td>"  # (its reading shows its timing)
        f"<td {CELL}>{escape(_indicator(target))}</td>"
        "</tr>"
    )
    return [row] + [line for child in target.children for line in _rows(child, depth + 1)]


def _table(targets: Sequence[Target]) -> str:
    head = "".join(
        f"{_HEAD}{name}</th>" for name in ("target", "the plan's words", "reads", "indicator")
    )
    body = "".join(line for target in targets for line in _rows(target, 0))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def target_html(target: Target) -> str:
    """A target and its parts as an HTML table."""
    return f"<div>{_table((target,))}</div>"


def plan_html(plan: Plan) -> str:
    """A plan as HTML: title, issuer by name, period, document, targets by area."""
    lines = [
        f"<div><strong>{escape(plan.title)}</strong>",
        f"<p>Issued by {escape(issuer_label(plan))} for {escape(plan.period.label)} "
        f"({escape(plan.period.vi)})",
    ]
    if plan.document is not None:
        lines.append(f"<br>{escape(str(plan.document))}")
    lines.append(f"<br>{len(plan.targets)} target{'s' if len(plan.targets) != 1 else ''}</p>")
    groups: dict[ReformArea | None, list[Target]] = {}
    for target in plan.targets:
        groups.setdefault(area_of(target), []).append(target)
    order = [a for a in ReformArea if a in groups] + ([None] if None in groups else [])
    for area in order:
        heading = f"{area.vi} ({area.value})" if area is not None else "No reform area given"
        lines.append(f"<p><strong>{escape(heading)}</strong></p>")
        lines.append(_table(tuple(groups[area])))
    lines.append("</div>")
    return "".join(lines)
