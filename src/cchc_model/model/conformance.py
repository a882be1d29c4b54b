"""Conformance of a subordinate plan to its parent's plan (docs/semantics.md §9).

A district plan conforms to its province's plan when, for each province target that
reaches the district, some district target implies it. The check lists every gap in
words.

Which parent targets reach a subordinate unit S (the choices, also in the docs):

* a target on the parent's own territory (scope ``self``) is expected of S for S's
  territory: each level adopts its parent's targets;
* a target pooled at a level L (``"85% hồ sơ tại cấp xã"``) is expected of S pooled at
  L when L is S's level or below it;
* a target for each unit at L is expected of S itself when L is S's level, and of each
  unit at L under S when L is below;
* a share of units at L is expected of S's units at L when L is below S's level;
* a rank among peers is the parent's own standing and reaches no one;
* all of reaches as the all of the parts that reach; any of and at least n reach only
  when every part reaches.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .entailment import implies
from .jurisdictions import Hierarchy, Level
from .plans import Plan
from .targets import AllOf, AnyOf, AtLeast, Rank, RankChange, Scope, ScopeMode, Share, Target

__all__ = ["Conformance", "ConformanceGap", "check_conformance", "expected_of"]


@attrs.frozen
class ConformanceGap:
    """A parent target that no subordinate target implies.

    Attributes:
        parent_target: The parent's target.
        expected: What it asks of the subordinate unit.
        closest: A subordinate target on the same indicator, if there is one.
        message: The gap in words.
    """

    parent_target: Target
    expected: Target
    closest: Target | None
    message: str

    def __str__(self) -> str:
        return self.message


@attrs.frozen
class Conformance:
    """The result of checking a plan against its parent's.

    Attributes:
        plan: The subordinate plan.
        parent: The parent plan.
        matched: Pairs of (parent target, the subordinate target that implies it).
        gaps: Parent targets that reach the subordinate unit and are not implied.
        not_reaching: Parent targets that ask nothing of the subordinate unit.
    """

    plan: Plan
    parent: Plan
    matched: tuple[tuple[Target, Target], ...]
    gaps: tuple[ConformanceGap, ...]
    not_reaching: tuple[Target, ...]

    @property
    def conforms(self) -> bool:
        """Whether every parent target that reaches the unit is implied."""
        return not self.gaps

    def report(self) -> str:
        """The result in words, one line per gap."""
        head = (
            f"{self.plan.id} conforms to {self.parent.id}: {len(self.matched)} parent targets "
            "are implied."
            if self.conforms
            else f"{self.plan.id} does not conform to {self.parent.id}: {len(self.gaps)} gap(s)."
        )
        return "\n".join([head, *(f"- {gap}" for gap in self.gaps)])


def expected_of(target: Target, level: Level) -> Target | None:
    """What a parent's target asks of a subordinate unit at ``level``, or ``None``."""
    if isinstance(target, Rank | RankChange):  # the issuer's own place among its peers
        return None
    if isinstance(target, Share):
        return target if level.is_above(target.level) else None
    if isinstance(target, AllOf):
        reached = [r for r in (expected_of(p, level) for p in target.parts) if r is not None]
        return attrs.evolve(target, parts=tuple(reached)) if reached else None
    if isinstance(target, AnyOf | AtLeast):
        parts = [expected_of(p, level) for p in target.parts]
        if any(p is None for p in parts):
            return None
        return attrs.evolve(target, parts=tuple(p for p in parts if p is not None))
    scope = target.scope
    if scope.mode is ScopeMode.SELF:
        return target
    if scope.level is None:  # set for the parent's agencies: no subordinate unit's
        return None
    if scope.level is level:
        if scope.mode is ScopeMode.EACH:
            return attrs.evolve(target, scope=Scope())
        return target
    if level.is_above(scope.level):
        return target
    return None


def check_conformance(plan: Plan, parent: Plan, hierarchy: Hierarchy | None = None) -> Conformance:
    """Check that ``plan`` implies every target of ``parent`` that reaches its issuer.

    Args:
        plan: The subordinate plan (a district's, say).
        parent: The plan it implements (its province's).
        hierarchy: The units, to find the subordinate's level; the shipped national
            hierarchy by default.
    """
    from .jurisdictions import national_hierarchy

    tree = hierarchy or national_hierarchy()
    unit = tree.get(plan.issuer, on=plan.period.last_day)
    matched: list[tuple[Target, Target]] = []
    gaps: list[ConformanceGap] = []
    not_reaching: list[Target] = []
    for target in parent.targets:
        expected = expected_of(target, unit.level)
        if expected is None:
            not_reaching.append(target)
            continue
        implying = next((t for t in plan.targets if implies(t, expected)), None)
        if implying is not None:
            matched.append((target, implying))
            continue
        closest = _closest(expected, plan.targets)
        message = (
            f"{parent.id}/{target.id} asks {plan.issuer} for {_describe(expected)}; "
            f"no target of {plan.id} implies it"
        )
        message += f" (closest: {closest.id}, {closest})." if closest else "."
        gaps.append(ConformanceGap(target, expected, closest, message))
    return Conformance(plan, parent, tuple(matched), tuple(gaps), tuple(not_reaching))


def _describe(target: Target) -> str:
    indicator = getattr(target, "indicator", None)
    return f"{indicator.id} {target}" if indicator is not None else str(target)


def _closest(expected: Target, candidates: Sequence[Target]) -> Target | None:
    indicator = getattr(expected, "indicator", None)
    if indicator is None:
        return None
    for candidate in candidates:
        for nested in candidate.walk():
            if getattr(nested, "indicator", None) == indicator:
                return nested
    return None
