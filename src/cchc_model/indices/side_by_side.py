"""Versions of an index side by side: each indicator's points and rule in each version.

What the catalogue page of the docs shows for Decision 766 (the 2022 decision and the
portal's scoring): one row per indicator, keyed by its stable id, with its number, and for
each version the points, the rule and the confidence tags with their sources.

Example:
    >>> from cchc_model.indices.catalogues import load_catalogue
    >>> table = side_by_side(load_catalogue("qd-766-2022"), load_catalogue("qd-766-portal"))
    >>> print(table.splitlines()[3])  # doctest: +NORMALIZE_WHITESPACE
    | qd766.1.2 | 1.2 | 4 [V] | rate × 4 [V] (baocaotaichinh, reading) | 4 [S] |
      rate × 4 [S] (portal-sheet, portal-fit) |
"""

from __future__ import annotations

from .catalogues import Catalogue
from .scoring import Figure, IndexDefinition, IndexItem, NotApplicablePolicy

__all__ = ["side_by_side"]


def _sources(item: IndexItem) -> str:
    keys = dict.fromkeys(f.source for _, f in item.rule.figures() if f.source)
    return f" ({', '.join(keys)})" if keys else ""


def _cell(item: IndexItem | None) -> tuple[str, str]:
    if item is None:
        return "—", "not scored"
    rule = item.rule.describe() + _sources(item)
    policy = item.rule.not_applicable
    if policy is not NotApplicablePolicy.EXCLUDE:
        rule += f"; nothing to measure: {'full points' if policy.value == 'full' else 'no points'}"
    if item.readings:
        others = "; ".join(f"{r.id}: {r.rule.describe()}" for r in item.readings)
        rule += f"; reading {item.reading}, also {others}"
    points = item.rule.points
    return str(points) if isinstance(points, Figure) else "?", rule


def _group_line(definition: IndexDefinition) -> str:
    return ", ".join(
        f"{g.label} {g.name} {g.maximum}{' capped' if g.capped else ''}" for g in definition.groups
    )


def side_by_side(*catalogues: Catalogue) -> str:
    """A Markdown table of the indices of ``catalogues`` (each must have one), a row per
    indicator in the order they first appear, then each version's groups and the
    sources its figures cite.

    Raises:
        ValueError: a catalogue without an index.
    """
    indices: list[IndexDefinition] = []
    for catalogue in catalogues:
        if catalogue.index is None:
            raise ValueError(f"{catalogue.key} has no index")
        indices.append(catalogue.index)
    order: dict[str, str] = {}
    for index in indices:
        for item in index.items:
            order.setdefault(item.indicator, item.number)
    head = "| indicator | number | " + " | ".join(
        f"{c.key} points | {c.key} rule" for c in catalogues
    )
    lines = [head + " |", "|" + " --- |" * (2 + 2 * len(catalogues))]
    for indicator, number in order.items():
        cells = [indicator, number or "—"]
        for index in indices:
            found = [i for i in index.items if i.indicator == indicator]
            cells.extend(_cell(found[0] if found else None))
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    for catalogue, index in zip(catalogues, indices, strict=True):
        lines.append(f"- **{catalogue.key}** groups: {_group_line(index)}.")
        cited = dict.fromkeys(f.source for _, f in index.figures() if f.source)
        titles = {source.key: source.title for source in catalogue.sources}
        for key in cited:
            lines.append(f"    - `{key}`: {titles.get(key, key)}")
    return "\n".join(lines)
