"""Targets on a tree that lacks the level they name (cấp huyện after 2025-07-01).

One home for the rule both engines follow (SEMANTICS.md §12.6): a scope, or a share,
at a level absent from the evaluated tree is not applicable, with a reason naming the
day the level ended; a scope that names a ``successor`` level is measured at that level
instead, and its result says so.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

import attrs

from ..model.jurisdictions import Hierarchy, Level
from ..model.targets import AllOf, AnyOf, AtLeast, Scope, Share, Target
from .results import Result
from .status import Status

__all__ = ["absent_level", "gone_reason", "maps_a_level", "measured_on", "with_gone_reason"]

#: The day local government became two-tier: no cấp huyện from then on.
TWO_TIERS = date(2025, 7, 1)


def _level_of(target: Target) -> Level | None:
    if isinstance(target, Share):
        return target.level
    scope = getattr(target, "scope", None)
    return scope.level if isinstance(scope, Scope) else None


def absent_level(target: Target, tree: Hierarchy) -> Level | None:
    """The level ``target`` is measured at (its scope's, or its share's) when ``tree`` has
    no unit at it; None otherwise."""
    level = _level_of(target)
    if level is None or tree.has_level(level):
        return None
    return level


def gone_reason(level: Level, tree: Hierarchy, code: str) -> str:
    """Why a target at ``level`` is not applicable at ``code`` on ``tree``."""
    ended = tree.tier_ended(level)
    if ended is None:
        return f"Not applicable: the tree evaluated has no unit at {level.vi} under {code}."
    why = (
        " (from that day local government has two tiers, province and commune)"
        if ended == TWO_TIERS and level is Level.DISTRICT
        else ""
    )
    return (
        f"Not applicable: {level.vi} no longer exists on the tree evaluated; the level "
        f"ended on {ended.isoformat()}{why}. A plan can map it to the level that took over "
        "its work (a scope's or a share's successor)."
    )


def with_gone_reason(result: Result, tree: Hierarchy) -> Result:
    """``result``, its reason naming the day its level ended when the tree lacks that level
    and nothing was measured."""
    if result.status is not Status.NOT_APPLICABLE:
        return result
    level = absent_level(result.target, tree)
    if level is None:
        return result
    return attrs.evolve(result, reason=gone_reason(level, tree, result.code))


def measured_on(target: Target, tree: Hierarchy) -> tuple[Target, str | None]:
    """``target`` as it is measured on ``tree``: a scope at a level the tree lacks that
    names a successor is measured at the successor, with a note saying so; any other
    target is itself, with no note."""
    scope = getattr(target, "scope", None)
    level: Level | None
    if isinstance(target, Share):
        level, successor = target.level, target.successor
    elif isinstance(scope, Scope):
        level, successor = scope.level, scope.successor
    else:
        return target, None
    if successor is None or level is None or tree.has_level(level):
        return target, None
    ended = tree.tier_ended(level)
    since = f" (it ended on {ended.isoformat()})" if ended is not None else ""
    note = (
        f"{level.vi} does not exist on the tree evaluated{since}: measured at "
        f"{successor.vi}, as the plan maps it"
    )
    if isinstance(target, Share):
        return attrs.evolve(target, level=successor, successor=None), note
    assert isinstance(scope, Scope)  # (for the type checker: a share returned above)
    moved = Scope(scope.mode, successor)
    return attrs.evolve(cast(Any, target), scope=moved), note


def maps_a_level(target: Target, tree: Hierarchy) -> bool:
    """Whether ``target``, or a part of it, is measured at a successor level on ``tree``."""
    if measured_on(target, tree)[1] is not None:
        return True
    if isinstance(target, AllOf | AnyOf | AtLeast):
        return any(maps_a_level(part, tree) for part in target.parts)
    if isinstance(target, Share):
        return maps_a_level(target.condition, tree)
    return False
