"""Checks of a plan against the dated tree of units: errors and warnings.

A plan is read as it is written, and a plan written before a reform may speak of units
and tiers the tree of its last day no longer has. :func:`check_plan` sorts what it finds:

* **errors** — what no reading can make right: an issuer code (or an agency's unit) that
  is no unit at any date, a target due before its plan's period starts or after it ends,
  a target's own period (window) not within its plan's;
* **warnings** — what is right on some date but not on the plan's last day: an issuer
  (or an agency's unit) the reform of 2025-07-01 abolished or merged, a scope at a tier
  that no longer exists (cấp huyện from 2025-07-01), a rank among a number of peers the
  tree no longer has.

``cchc validate`` prints both (``--strict`` fails on warnings too); ``cchc show`` says
how the issuer stands with :func:`issuer_standing`.

Example:
    >>> import attrs
    >>> from cchc_model import Period, load
    >>> plan = load("examples/002-hue-2021.yaml")
    >>> check_plan(plan).warnings
    ()
    >>> later = attrs.evolve(plan, period=Period.parse("2021-2026"))
    >>> [w.code for w in check_plan(later).warnings]
    ['issuer-not-current', 'level-not-current']
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import attrs

from ..exceptions import Problem
from .jurisdictions import (
    PLACEHOLDER_PREFIX,
    REFORM_2025,
    Hierarchy,
    Jurisdiction,
    Level,
    national_hierarchy,
)
from .plans import Plan, issuer_problem
from .targets import AllOf, AnyOf, AtLeast, Rank, RankChange, Share, Target

__all__ = ["PlanCheck", "check_plan", "issuer_standing", "rank_peers"]

_DAY = timedelta(days=1)


@attrs.frozen
class PlanCheck:
    """What :func:`check_plan` found in a plan.

    Attributes:
        errors: Problems that make the plan wrong on any reading.
        warnings: Problems of the plan on the tree of its last day only.
    """

    errors: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()


def _span(unit: Jurisdiction) -> str:
    """ "from 2008-08-01 to 2025-06-30" (the last day in force), or "from 2025-07-01"."""
    if unit.valid_to is None:
        return f"from {unit.valid_from}"
    return f"from {unit.valid_from} to {unit.valid_to - _DAY}"


def _ended(end: date) -> str:
    """How a unit or a tier came to an end on ``end``, the reform named when it is one."""
    if end == REFORM_2025:
        return f"the 2025 reform of local government (two tiers, tỉnh and xã) on {end}"
    return f"a change on {end}"


def issuer_standing(plan: Plan, hierarchy: Hierarchy | None = None) -> str:
    """The plan's issuer as the tree of the plan's last day sees it: the unit (``"Tỉnh
    Thanh Hóa (38)"``); a shipped unit not in force then (``"Thành phố Thanh Hóa (380),
    not current on 2026-12-31: valid from 2008-08-01 to 2025-06-30"``); a code no unit
    has at any date (``"99999 (not in the shipped units)"``); or a local placeholder."""
    tree = hierarchy if hierarchy is not None else national_hierarchy()
    last = plan.period.last_day
    if plan.issuer.startswith(PLACEHOLDER_PREFIX):
        return f"{plan.issuer} (a local placeholder, not looked up)"
    unit = tree.find(plan.issuer, last)
    if unit is not None:
        return str(unit)
    versions = tree.versions(plan.issuer)
    if not versions:
        return f"{plan.issuer} (not in the shipped units)"
    spans = ", ".join(_span(v) for v in versions)
    return f"{versions[-1]}, not current on {last}: valid {spans}"


def rank_peers(target: Rank | RankChange, code: str, tree: Hierarchy) -> tuple[str, ...]:
    """The codes a rank target (or a rank movement) ranks ``code`` among on ``tree`` (the
    tree of one date): the peers it lists with ``code`` itself, else ``code``'s siblings
    under its parent (``code`` alone for a root).

    Raises:
        UnknownJurisdictionError: ``code`` is not a unit of ``tree``.
    """
    if target.peers is not None:
        return tuple(dict.fromkeys((*target.peers, code)))
    unit = tree.get(code)
    siblings = tree.children(unit.parent) if unit.parent else (unit,)
    return tuple(s.code for s in siblings)


def _walk(plan: Plan) -> Iterator[tuple[str, Target, bool]]:
    """Every target once, with its path in the plan and whether it is measured at the
    issuer itself (not at each unit a share counts)."""
    seen: set[int] = set()

    def visit(path: str, target: Target, at_issuer: bool) -> Iterator[tuple[str, Target, bool]]:
        if id(target) in seen:
            return
        seen.add(id(target))
        yield path, target, at_issuer
        if isinstance(target, (AllOf, AnyOf, AtLeast)):
            for index, part in enumerate(target.parts):
                yield from visit(f"{path}.parts[{index}]", part, at_issuer)
        elif isinstance(target, Share):
            yield from visit(f"{path}.condition", target.condition, False)

    for index, target in enumerate(plan.targets):
        yield from visit(f"targets[{index}]", target, True)


def _agency(
    index: int, code: str, jurisdiction: str, tree: Hierarchy, last: date
) -> tuple[Problem | None, bool]:
    """Why an agency's unit is not on the tree of the plan's last day, and whether that is
    a warning (a unit of another date) rather than an error (no unit at any date)."""
    if jurisdiction.startswith(PLACEHOLDER_PREFIX) or tree.find(jurisdiction, last):
        return None, False
    path = f"agencies[{index}].jurisdiction"
    versions = tree.versions(jurisdiction)
    if not versions:
        message = (
            f"agency {code} belongs to {jurisdiction}, which is no unit at any date; "
            "expected the code of the unit it belongs to"
        )
        return Problem(path, jurisdiction, message, "unknown-agency-jurisdiction"), False
    spans = ", ".join(_span(v) for v in versions)
    message = (
        f"agency {code} belongs to {versions[-1]}, which is not a unit on {last}, the "
        f"plan's last day (it is valid {spans}); expected a unit valid then, or an "
        "evaluation on a date it was valid (an evaluation on this tree is an error)"
    )
    return Problem(path, jurisdiction, message, "agency-jurisdiction-not-current"), True


def _issuer(plan: Plan, tree: Hierarchy) -> tuple[list[Problem], list[Problem]]:
    if plan.issuer.startswith(PLACEHOLDER_PREFIX):
        return [], []
    last = plan.period.last_day
    if not tree.versions(plan.issuer):
        problem = issuer_problem(plan, tree, last)
        return ([problem] if problem is not None else []), []
    if tree.find(plan.issuer, last) is not None:
        return [], []
    versions = tree.versions(plan.issuer)
    latest = versions[-1]
    spans = ", ".join(_span(v) for v in versions)
    if latest.valid_to is not None and latest.valid_to <= last:
        successors = tree.final_successors(plan.issuer, last)
        after = (
            f"; its successor then is {', '.join(successors)}"
            if successors
            else "; it has no successor"
        )
        how = f"it ended with {_ended(latest.valid_to)}{after}"
    else:
        how = "it is not yet in force on that day"
    message = (
        f"{latest} is not a unit on {last}, the plan's last day: it is valid {spans}, and {how}; "
        "expected a unit valid on the plan's last day (cchc evaluate --on a date it was "
        "valid evaluates the plan on that date's tree)"
    )
    return [], [Problem("issuer", plan.issuer, message, "issuer-not-current")]


def _deadline(path: str, target: Target, plan: Plan) -> Problem | None:
    due, period = target.deadline, plan.period
    if due is None or period.start <= due <= period.last_day:
        return None
    side = "before the plan's period starts" if due < period.start else "after it ends"
    return Problem(
        f"{path}.deadline",
        due.isoformat(),
        f"the deadline {due} is {side} ({period.label}: {period.start} to {period.last_day}); "
        "expected a date within the plan's period",
        "deadline-outside-period",
    )


def _window(path: str, target: Target, plan: Plan) -> Problem | None:
    window, period = target.period, plan.period
    if window is None or window in period:
        return None
    return Problem(
        f"{path}.period",
        window.label,
        f"the target's period {window.label} ({window.start} to {window.last_day}) is not "
        f"within the plan's ({period.label}: {period.start} to {period.last_day}), so no "
        "evaluation of the plan reads it; expected a period within the plan's",
        "period-outside-plan",
    )


def _level(path: str, level: Level, tree: Hierarchy, last: date) -> Problem | None:
    if tree.units_at(level, last):
        return None
    ends = [u.valid_to for u in tree.units_at(level) if u.valid_to is not None]
    gone = f" ({level.vi} ended with {_ended(max(ends))})" if ends else ""
    present = sorted({u.level for u in tree.as_of(last)})
    return Problem(
        path,
        level.key,
        f"the tier {level.key} ({level.vi}) does not exist on {last}, the plan's last "
        f"day{gone}; on that day's tree the target is not applicable; expected a tier of "
        f"that tree ({', '.join(f'{t.key}' for t in present)})",
        "level-not-current",
    )


def _group_size(
    path: str, target: Rank | RankChange, plan: Plan, tree: Hierarchy
) -> Problem | None:
    last = plan.period.last_day
    if target.group_size is None:
        return None
    if target.peers is None and (
        plan.issuer.startswith(PLACEHOLDER_PREFIX) or tree.find(plan.issuer, last) is None
    ):
        return None  # no place on the tree to rank from: the issuer's own warning says so
    peers = rank_peers(target, plan.issuer, tree.as_of(last))
    if len(peers) == target.group_size:
        return None
    return Problem(
        f"{path}.group_size",
        target.group_size,
        f"the plan ranks among {target.group_size} units, but {plan.issuer} has "
        f"{len(peers)} peers (itself included) on {last}, the plan's last day; expected "
        f"{len(peers)}",
        "group-size",
    )


def check_plan(plan: Plan, hierarchy: Hierarchy | None = None) -> PlanCheck:
    """The errors and warnings of ``plan`` against ``hierarchy`` (the shipped national
    units by default) on the plan's last day; the module's docstring lists them."""
    tree = hierarchy if hierarchy is not None else national_hierarchy()
    last = plan.period.last_day
    errors, warnings = _issuer(plan, tree)
    for index, agency in enumerate(plan.agencies):
        problem, current = _agency(index, agency.code, agency.jurisdiction, tree, last)
        if problem is not None:
            (warnings if current else errors).append(problem)
    for path, target, at_issuer in _walk(plan):
        for problem in (_deadline(path, target, plan), _window(path, target, plan)):
            if problem is not None:
                errors.append(problem)
        scope = getattr(target, "scope", None)
        level = scope.level if scope is not None else None
        where = f"{path}.scope"
        if isinstance(target, Share):
            level, where = target.level, f"{path}.level"
        gone = _level(where, level, tree, last) if level is not None else None
        if gone is not None:
            warnings.append(gone)
        if isinstance(target, Rank | RankChange) and at_issuer:
            size = _group_size(path, target, plan, tree)
            if size is not None:
                warnings.append(size)
    return PlanCheck(tuple(errors), tuple(warnings))
