"""Plans: a reform plan issued by a jurisdiction for a period.

A plan (kế hoạch cải cách hành chính) names its issuer, the document that carries
it, its period, the reform areas it covers, its objectives, tasks and targets, and
optionally the plan of the level above that it implements.

Example:
    Kế hoạch số 141/KH-UBND of a province for 2020 is
    ``Plan(id="kh-141-2020", issuer="38", period=Period.year(2020), document=
    DocumentRef(kind=DocumentKind.KE_HOACH, number="141/KH-UBND"), …)``.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import attrs

from .. import validators
from ..exceptions import Problem, ValidationError
from ..validators import fail
from . import targets as limits
from .agencies import Agency
from .areas import ReformArea
from .indicators import Indicator
from .jurisdictions import (
    PLACEHOLDER_PREFIX,
    Hierarchy,
    UnknownJurisdictionError,
    national_hierarchy,
)
from .periods import Period
from .targets import TARGET_FORMS, ScopeMode, Target, expanded_size

__all__ = ["DocumentKind", "DocumentRef", "Objective", "Plan", "Task", "issuer_problem"]


class DocumentKind(enum.Enum):
    """The kind of legal document a plan is issued in; the value is its Vietnamese name."""

    KE_HOACH = "Kế hoạch"
    QUYET_DINH = "Quyết định"
    CHI_THI = "Chỉ thị"
    NGHI_QUYET = "Nghị quyết"
    CHUONG_TRINH = "Chương trình"
    CONG_VAN = "Công văn"
    THONG_BAO = "Thông báo"

    @classmethod
    def parse(cls, text: DocumentKind | str, path: str = "") -> DocumentKind:
        """Read a kind from its Vietnamese name or member name, case-insensitively."""
        if isinstance(text, DocumentKind):
            return text
        key = unicodedata.normalize("NFC", str(text)).strip().casefold()
        for kind in cls:
            if key in (kind.value.casefold(), kind.name.casefold()):
                return kind
        fail(
            path,
            text,
            f"unknown document kind {text!r}; expected one of " + ", ".join(k.value for k in cls),
            "unknown-document-kind",
        )


def _to_document_kind(value: DocumentKind | str) -> DocumentKind:
    return DocumentKind.parse(value, "kind")


@attrs.frozen(kw_only=True)
class DocumentRef:
    """The document a plan is issued in.

    Attributes:
        kind: Kế hoạch, Quyết định, …
        number: The document number as printed, e.g. ``"141/KH-UBND"``.
        issued_on: The date of issue, if known.
        issuing_body: Who signed it, e.g. ``"UBND tỉnh Bắc Kạn"``.
        title: The document's title (trích yếu), if given.
    """

    kind: DocumentKind = attrs.field(
        converter=_to_document_kind,
        validator=validators.is_instance(DocumentKind, "a document kind"),
    )
    number: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    issued_on: date | None = attrs.field(
        default=None, validator=validators.optional_instance(date, "a date")
    )
    issuing_body: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    title: str = attrs.field(default="", validator=validators.is_instance(str, "text"))

    def __str__(self) -> str:
        text = self.kind.value
        if self.number:
            text += f" số {self.number}"
        if self.issued_on:
            text += f" ngày {self.issued_on:%d/%m/%Y}"
        if self.issuing_body:
            text += f" của {self.issuing_body}"
        return text


@attrs.frozen(kw_only=True)
class Objective:
    """A qualitative objective (mục tiêu) of a plan, kept in its own words.

    Attributes:
        id: A stable id, unique among the plan's objectives.
        text: The objective in the plan's words.
        area: The reform area it belongs to.
    """

    id: str = attrs.field(validator=validators.identifier)
    text: str = attrs.field(validator=validators.text)
    area: ReformArea | None = attrs.field(
        default=None, validator=validators.optional_instance(ReformArea, "a reform area")
    )


@attrs.frozen(kw_only=True)
class Task:
    """A task (nhiệm vụ) of a plan: what is to be done, by whom, by when.

    Attributes:
        id: A stable id, unique among the plan's tasks.
        text: The task in the plan's words.
        area: The reform area it belongs to.
        lead_agency: The agency in charge (cơ quan chủ trì), e.g. "Sở Nội vụ".
        deadline: The date it is due (thời hạn hoàn thành), if stated.
        targets: Ids of the plan's targets that measure this task.
    """

    id: str = attrs.field(validator=validators.identifier)
    text: str = attrs.field(validator=validators.text)
    area: ReformArea | None = attrs.field(
        default=None, validator=validators.optional_instance(ReformArea, "a reform area")
    )
    lead_agency: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    deadline: date | None = attrs.field(
        default=None, validator=validators.optional_instance(date, "a date")
    )
    targets: tuple[str, ...] = attrs.field(
        default=(), validator=validators.tuple_of(str, "a target id", unique=True)
    )


def _check_targets(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    validators.tuple_of(TARGET_FORMS, "a target")(_, attribute, value)


@attrs.frozen(kw_only=True)
class Plan:
    """A reform plan.

    Attributes:
        id: A stable id for the plan, e.g. ``"bac-kan-2023"``.
        title: The plan's title.
        issuer: Code of the issuing jurisdiction, e.g. ``"06"`` for Bắc Kạn.
        issuer_name: The issuer's name as the plan gives it.
        period: The period the plan covers.
        document: The document it is issued in.
        areas: The reform areas it covers.
        objectives: Its qualitative objectives.
        tasks: Its tasks.
        targets: Its quantitative targets.
        indicators: Indicators the plan defines itself (others come from a catalogue).
        parent: Id of the plan of the level above that this plan implements.
        source: Where the plan's text comes from (an address or a citation).
        agencies: The agencies (sở, ban, ngành …) its targets are set for, each with the
            unit it belongs to; codes are unique, and a target scoped to one agency names
            one of them.
    """

    id: str = attrs.field(validator=validators.identifier)
    title: str = attrs.field(validator=validators.text)
    issuer: str = attrs.field(validator=validators.text)
    period: Period = attrs.field(validator=validators.is_instance(Period, "a period"))
    issuer_name: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    document: DocumentRef | None = attrs.field(
        default=None, validator=validators.optional_instance(DocumentRef, "a document reference")
    )
    areas: tuple[ReformArea, ...] = attrs.field(
        default=(), validator=validators.tuple_of(ReformArea, "a reform area", unique=True)
    )
    objectives: tuple[Objective, ...] = attrs.field(
        default=(), validator=validators.tuple_of(Objective, "an objective")
    )
    tasks: tuple[Task, ...] = attrs.field(default=(), validator=validators.tuple_of(Task, "a task"))
    targets: tuple[Target, ...] = attrs.field(default=(), validator=_check_targets)
    indicators: tuple[Indicator, ...] = attrs.field(
        default=(), validator=validators.tuple_of(Indicator, "an indicator")
    )
    parent: str | None = attrs.field(
        default=None, validator=validators.optional_instance(str, "a plan id")
    )
    source: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    agencies: tuple[Agency, ...] = attrs.field(
        default=(), validator=validators.tuple_of(Agency, "an agency")
    )

    def __attrs_post_init__(self) -> None:
        most, deepest = limits.MAX_EXPANDED, limits.MAX_NESTING
        size, depth = expanded_size(self.targets)
        if size > most:
            raise ValidationError.single(
                "targets",
                f"more than {most}",
                f"the targets hold more than {most} targets once each part is "
                "written out where it is used (parts that reuse one another down a chain "
                "grow exponentially); expected fewer",
                "too-large",
            )
        if depth > deepest:
            raise ValidationError.single(
                "targets",
                depth,
                f"parts and conditions nest deeper than {deepest} levels; expected at "
                f"most {deepest}",
                "too-deep",
            )
        problems: list[Problem] = []
        problems += _duplicate_ids("objectives", [o.id for o in self.objectives])
        problems += _duplicate_ids("tasks", [t.id for t in self.tasks])
        problems += self._check_target_ids()
        problems += self._check_indicators()
        problems += self._check_agencies()
        target_ids = {t.id for t in self.all_targets()}
        for index, task in enumerate(self.tasks):
            for position, ref in enumerate(task.targets):
                if ref not in target_ids:
                    problems.append(
                        Problem(
                            f"tasks[{index}].targets[{position}]",
                            ref,
                            f"no target has id {ref!r}; expected the id of one of the plan's "
                            "targets",
                            "unknown-target",
                        )
                    )
        if problems:
            raise ValidationError(problems)

    def _check_target_ids(self) -> list[Problem]:
        """Ids are unique, except that a compound may reuse a top-level target as a part."""
        problems = _duplicate_ids("targets", [t.id for t in self.targets])
        top = {t.id: t for t in self.targets}
        seen: dict[str, Target] = {}
        for index, target in enumerate(self.targets):
            for nested in list(target.walk())[1:]:
                if top.get(nested.id) == nested:
                    continue
                if nested.id in top or (nested.id in seen and seen[nested.id] != nested):
                    problems.append(
                        Problem(
                            f"targets[{index}]",
                            nested.id,
                            f"the id {nested.id!r} names two different targets; expected "
                            "distinct ids",
                            "duplicate-id",
                        )
                    )
                seen[nested.id] = nested
        return problems

    def _check_agencies(self) -> list[Problem]:
        """Agency codes are unique; an agency scope reaches declared agencies."""
        problems = _duplicate_ids("agencies", [a.code for a in self.agencies], "code")
        codes = {a.code for a in self.agencies}
        for index, target in enumerate(self.targets):
            for nested in target.walk():
                scope = getattr(nested, "scope", None)
                if scope is None or not scope.mode.on_agencies:
                    continue
                where = f"targets[{index}]" + (f" ({nested.id})" if nested is not target else "")
                if not self.agencies:
                    problems.append(
                        Problem(
                            f"{where}.scope",
                            str(scope),
                            f"target {nested.id} is set for agencies, but the plan declares "
                            "none; expected the plan's agencies",
                            "no-agencies",
                        )
                    )
                elif scope.mode is ScopeMode.AGENCY and scope.agency not in codes:
                    problems.append(
                        Problem(
                            f"{where}.scope.agency",
                            scope.agency,
                            f"no agency has code {scope.agency!r}; expected one of "
                            + ", ".join(sorted(codes)),
                            "unknown-agency",
                        )
                    )
        return problems

    def _check_indicators(self) -> list[Problem]:
        problems = _duplicate_ids("indicators", [i.id for i in self.indicators])
        defined = {i.id: i for i in self.indicators}
        for index, target in enumerate(self.targets):
            for indicator in target.indicators():
                known = defined.get(indicator.id)
                if known is not None and known != indicator:
                    problems.append(
                        Problem(
                            f"targets[{index}].indicator",
                            indicator.id,
                            f"indicator {indicator.id!r} differs from the plan's definition "
                            "of the same id; expected one definition per id",
                            "indicator-conflict",
                        )
                    )
        return problems

    def all_targets(self) -> Iterator[Target]:
        """Every target, nested parts included, each once."""
        seen: set[Target] = set()
        for target in self.targets:
            for nested in target.walk():
                if nested not in seen:
                    seen.add(nested)
                    yield nested

    def target(self, target_id: str) -> Target:
        """The target with this id, nested parts included.

        Raises:
            KeyError: if no target has the id.
        """
        for target in self.all_targets():
            if target.id == target_id:
                return target
        raise KeyError(target_id)

    def used_indicators(self) -> tuple[Indicator, ...]:
        """Every indicator the plan's targets measure, in order of first use."""
        found: dict[str, Indicator] = {}
        for target in self.targets:
            for indicator in target.indicators():
                found.setdefault(indicator.id, indicator)
        return tuple(found.values())

    def binding_targets(self) -> tuple[Target, ...]:
        """Top-level targets that are binding (not "phấn đấu")."""
        return tuple(t for t in self.targets if not t.aspirational)

    def aspirational_targets(self) -> tuple[Target, ...]:
        """Top-level targets that are aspirational ("phấn đấu")."""
        return tuple(t for t in self.targets if t.aspirational)

    def __str__(self) -> str:
        return f"{self.title} ({self.issuer_name or self.issuer}, {self.period})"

    def _repr_html_(self) -> str:
        """The plan as HTML: issuer by name, period, targets by reform area with the
        plan's own words (a notebook shows it)."""
        from .display import plan_html

        return plan_html(self)


def _duplicate_ids(path: str, ids: list[str], field: str = "id") -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for index, item in enumerate(ids):
        if item in seen:
            problems.append(
                Problem(
                    f"{path}[{index}].{field}",
                    item,
                    f"the id {item!r} is used twice; expected distinct ids",
                    "duplicate-id",
                )
            )
        seen.add(item)
    return problems


def issuer_problem(
    plan: Plan, hierarchy: Hierarchy | None = None, on: date | None = None
) -> Problem | None:
    """Why the plan's issuer is not a unit of ``hierarchy`` (the national one by default)
    on ``on`` (the last day of the plan's period by default), or ``None`` if it is.

    A local placeholder (a code starting ``x-``, for a plan whose source names no
    issuer) is not looked up.
    """
    if plan.issuer.startswith(PLACEHOLDER_PREFIX):
        return None
    tree = hierarchy if hierarchy is not None else national_hierarchy()
    day = on or plan.period.last_day
    try:
        tree.get(plan.issuer, day)
    except UnknownJurisdictionError as exc:
        return Problem("issuer", plan.issuer, str(exc) + _elsewhere(tree, plan.issuer, day),
                       "unknown-issuer")  # fmt: skip
    return None


def _elsewhere(tree: Hierarchy, code: str, day: date) -> str:
    """Where a plan whose issuer is not a unit on ``day`` can still be evaluated: on the
    tree of a day the issuer existed, or for the units that took over from it."""
    versions = tree.versions(code)
    if not versions:
        return ""
    last = max(versions, key=lambda unit: unit.valid_from)
    if last.valid_to is None or last.valid_to > day:
        return ""
    existed = (last.valid_to - timedelta(days=1)).isoformat()
    hint = f"; to evaluate the plan on the tree of a day it existed: on={existed} (--on {existed})"
    successors = tree.final_successors(code, day)
    if successors:
        hint += f", or for the unit that took over: code={successors[0]} (--code {successors[0]})"
    return hint
