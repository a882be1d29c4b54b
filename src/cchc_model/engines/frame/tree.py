"""A dated hierarchy as integer-keyed tables, built once per tree."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from ...model.jurisdictions import Hierarchy
from .backend import Backend
from .types import Frame

__all__ = ["TreeTables", "expected_parts", "part_counts", "tree_tables"]


@attrs.frozen
class TreeTables:
    """The units of one dated tree, keyed by integer node ids.

    Attributes:
        node_of: Node id by unit code.
        codes: Unit code by node id.
        levels: Level by node id.
        nkids: How many children the unit has, by node id.
        units: unit_id, parent_id, level.
        below: ancestor_id, unit_id, level, ancestor_level: every unit with each of its
            ancestors and itself, with both tiers.
        level_values: The levels present, deepest first.
    """

    node_of: Mapping[str, int]
    codes: tuple[str, ...]
    levels: tuple[int, ...]
    nkids: tuple[int, ...]
    parents: tuple[int | None, ...]
    units: Frame
    below: Frame
    level_values: tuple[int, ...]


def expected_parts(backend: Backend, tables: TreeTables, level: int | None, name: str) -> Frame:
    """(unit_id, ``name``): :func:`part_counts` as a table."""
    nw = backend.nw
    return backend.table(
        {"unit_id": list(range(len(tables.codes))), name: part_counts(tables, level)},
        {"unit_id": nw.Int64, name: nw.Int64},
    )


def part_counts(tables: TreeTables, level: int | None) -> list[int]:
    """By node id, how many parts a unit's roll-up expects: its children when ``level``
    is None, else its units at ``level`` (itself included when at it)."""
    if level is None:
        return list(tables.nkids)
    counts = [0] * len(tables.codes)
    for node in range(len(tables.codes)):
        if tables.levels[node] == level:
            current: int | None = node
            while current is not None:
                counts[current] += 1
                current = tables.parents[current]
    return counts


def subtree_codes(
    tree: Hierarchy, roots: Sequence[str], with_peers: bool, listed: Sequence[str] = ()
) -> set[str]:
    """The units an evaluation of ``roots`` can reach: their subtrees, and with
    ``with_peers`` (a rank among siblings) their parents' whole subtrees, and the
    subtrees of the ``listed`` peers of a rank that are units of the tree."""
    tops = set(roots)
    if with_peers:
        tops = {tree.get(code).parent or code for code in roots}
        tops.update(code for code in listed if tree.find(code) is not None)
    found = set(tops)
    for unit in sorted(tree, key=lambda u: u.level):  # parents before their children
        if unit.parent in found:
            found.add(unit.code)
    return found


def tree_tables(tree: Hierarchy, backend: Backend, keep: set[str] | None = None) -> TreeTables:
    """Tables for ``tree`` (a hierarchy as of one date) on ``backend``.

    ``keep`` limits the tables to these units (a unit whose parent is left out has none).
    """
    nw = backend.nw
    chosen = tree if keep is None else (u for u in tree if u.code in keep)
    units = sorted(chosen, key=lambda u: (u.level, u.code))
    node_of = {u.code: i for i, u in enumerate(units)}
    parents = [node_of.get(u.parent) if u.parent is not None else None for u in units]
    nkids = [0] * len(units)
    for parent in parents:
        if parent is not None:
            nkids[parent] += 1
    levels = [int(u.level) for u in units]
    anc_col: list[int] = []
    node_col: list[int] = []
    level_col: list[int] = []
    alevel_col: list[int] = []
    for i in range(len(units)):
        current: int | None = i
        while current is not None:
            anc_col.append(current)
            node_col.append(i)
            level_col.append(levels[i])
            alevel_col.append(levels[current])
            current = parents[current]
    unit_table = backend.table(
        {"unit_id": list(range(len(units))), "parent_id": parents, "level": levels},
        {"unit_id": nw.Int64, "parent_id": nw.Int64, "level": nw.Int64},
    )
    below = backend.table(
        {
            "ancestor_id": anc_col,
            "unit_id": node_col,
            "level": level_col,
            "ancestor_level": alevel_col,
        },
        {
            "ancestor_id": nw.Int64,
            "unit_id": nw.Int64,
            "level": nw.Int64,
            "ancestor_level": nw.Int64,
        },
    )
    return TreeTables(
        node_of=node_of,
        codes=tuple(u.code for u in units),
        levels=tuple(levels),
        nkids=tuple(nkids),
        parents=tuple(parents),
        units=unit_table,
        below=below,
        level_values=tuple(sorted(set(levels), reverse=True)),
    )
