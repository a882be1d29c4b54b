"""Plan files: YAML and JSON in, YAML and JSON out.

A plan file is a mapping with a ``schema_version``; indicators are referenced by id
(from the file's own ``indicators`` list or from indicators passed in by the caller)
or defined inline. Loading reports *every* problem it finds, each with its path, the
value and what was expected; YAML is read with a safe loader and hostile documents
(deep nesting, alias bombs, huge scalars) are refused in bounded time and memory.

Example:
    >>> from cchc_model.io.serialization import loads, dumps
    >>> plan = loads('''
    ... schema_version: 1
    ... id: demo
    ... title: Kế hoạch cải cách hành chính năm 2021
    ... issuer: "38"
    ... period: "2021"
    ... indicators:
    ...   - {id: satisfaction, name: Mức độ hài lòng, measure: ratio}
    ... targets:
    ...   - {id: t1, form: comparison, indicator: satisfaction, op: ">=", threshold: 85 %}
    ... ''')
    >>> print(plan.targets[0])
    ≥ 85 %
    >>> loads(dumps(plan)) == plan
    True
"""

from __future__ import annotations

import contextvars
import enum
import functools
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, Literal, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from ..exceptions import CchcError, PlanFileError, Problem, ValidationError, join_path
from ..model import targets as limits
from ..model.agencies import Agency, AgencyKind
from ..model.areas import ReformArea
from ..model.indicators import (
    Dimension,
    Direction,
    Indicator,
    MeasureKind,
    SpatialRule,
    TemporalRule,
)
from ..model.jurisdictions import Level
from ..model.periods import Period, parse_date
from ..model.plans import DocumentKind, DocumentRef, Objective, Plan, Task
from ..model.targets import (
    TARGET_FORMS,
    AllOf,
    AnyOf,
    AtLeast,
    Op,
    ProgressBasis,
    Recurrence,
    Scope,
    ScopeMode,
    Share,
    Target,
)
from ..model.units import DECIMAL_MARK, Amount, decimal_mark, format_number
from .files import TooLarge, read_text, write_atomic

__all__ = [
    "MAX_BYTES",
    "SCHEMA_VERSION",
    "DuplicateKey",
    "converter",
    "dump",
    "dumps",
    "load",
    "loads",
    "locate",
    "located",
    "no_duplicate_keys",
    "plan_from_dict",
    "plan_to_dict",
    "problems_of",
    "read_yaml",
]

#: The plan-file format this version reads and writes.
SCHEMA_VERSION = 1
#: The largest plan file read, in bytes.
MAX_BYTES = 5_000_000
#: The largest number of values (mappings, lists, scalars) in one document.
MAX_NODES = 200_000
#: The deepest nesting of mappings and lists accepted.
MAX_DEPTH = 64
#: The longest text (a string value or key) accepted, in characters.
MAX_TEXT = 100_000
#: The longest amount ("85 %") or unit name accepted, in characters; longer ones would
#: make the amount and unit parsers (a regex and pint) take quadratic time.
MAX_AMOUNT = 200

Format = Literal["yaml", "json"]
T = TypeVar("T")

FORMS: dict[str, type[Target]] = {cls.form: cls for cls in TARGET_FORMS}

# The indicators a file may reference by id while it is being read or written.
_KNOWN: contextvars.ContextVar[Mapping[str, Indicator]] = contextvars.ContextVar("known")
#: The targets built while one plan is structured, by the identity of their mapping: a
#: part several compounds name is one mapping after ``_resolve_parts``, built once.
_BUILT: contextvars.ContextVar[dict[int, tuple[Any, Target]] | None] = contextvars.ContextVar(
    "built", default=None
)
# Top-level targets that a compound's parts may name by id while a plan is written.
_TOP: contextvars.ContextVar[Mapping[str, Target]] = contextvars.ContextVar("top")


class _Invalid(CchcError, ValueError):
    """A value of the wrong shape, found while structuring (path added by the caller)."""

    def __init__(self, value: Any, message: str, code: str = "type") -> None:
        self.value = value
        self.message = message
        self.code = code
        super().__init__(message)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# --- structuring hooks ------------------------------------------------------------


def _text(value: Any, _: Any) -> str:
    if isinstance(value, str):
        return value
    number = isinstance(value, int | float) and not isinstance(value, bool)
    hint = ' (write it in quotes, e.g. "06")' if number else ""
    raise _Invalid(value, f"{_show(value)} is not text; expected a string{hint}")


def _whole(value: Any, _: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise _Invalid(value, f"{_show(value)} is not a whole number; expected e.g. 5")


def _flag(value: Any, _: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise _Invalid(value, f"{_show(value)} is not true or false; expected true or false")


def _a_date(value: Any, _: Any) -> date:
    if isinstance(value, datetime):
        raise _Invalid(value, f"{value} has a time of day; expected a date such as 2021-12-31")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return parse_date(value)
    raise _Invalid(value, f"{_show(value)} is not a date; expected e.g. 2021-12-31")


def _a_period(value: Any, _: Any) -> Period:
    if isinstance(value, str):
        return Period.parse(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return Period.parse(str(value))
    raise _Invalid(value, f"{_show(value)} is not a period; expected e.g. 2021 or 2021-Q3")


def _an_amount(value: Any, _: Any) -> Amount:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _Invalid(value, f"{_show(value)} is not an amount; expected e.g. 85 %")
    if isinstance(value, str) and len(value) > MAX_AMOUNT:
        raise _Invalid(
            _show(value),
            f"the amount is {len(value)} characters long; expected a number and a unit "
            f"such as 85 % (at most {MAX_AMOUNT} characters)",
            "too-long",
        )
    return Amount.parse(value)


def _threshold(value: Any, _: Any) -> Amount | bool:
    return value if isinstance(value, bool) else _an_amount(value, None)


def _enum(cls: type[enum.Enum], parse: Callable[[str], Any] | None = None) -> Any:
    def structure(value: Any, _: Any) -> Any:
        if isinstance(value, str):
            if parse is not None:
                return parse(value)
            for member in cls:
                if member.value == value:
                    return member
        allowed = ", ".join(str(m.value) for m in cls)
        raise _Invalid(value, f"{_show(value)} is not allowed here; expected one of {allowed}")

    return structure


def _a_level(value: Any, _: Any) -> Level:
    if isinstance(value, str):
        try:
            return Level.parse(value)
        except ValidationError as exc:  # its own path is "level": the field's path says it
            raise _Invalid(value, exc.problems[0].message) from None
    raise _Invalid(value, f"{_show(value)} is not a level; expected province, district or commune")


def _an_agency_kind(value: Any, _: Any) -> AgencyKind:
    if isinstance(value, str):
        try:
            return AgencyKind.parse(value)
        except ValidationError as exc:  # its own path is "kind": the field's path says it
            raise _Invalid(value, exc.problems[0].message) from None
    raise _Invalid(value, f"{_show(value)} is not a kind of agency; expected e.g. department")


def _a_scope(value: Any, _: Any) -> Scope:
    if value == "self":
        return Scope()
    if not isinstance(value, Mapping):
        raise _Invalid(
            value,
            f"{_show(value)} is not a scope; expected self or {{mode: pooled, level: commune}}",
        )
    return _structure_class(value, Scope)


def _members(value: Any, _: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise _Invalid(value, f"{_show(value)} is not a breakdown; expected e.g. {{sector: land}}")
    return tuple(sorted(value.items()))


def _a_tuple(item: type[T]) -> Callable[[Any, Any], tuple[T, ...]]:
    def structure(value: Any, _: Any) -> tuple[T, ...]:
        if not isinstance(value, list | tuple):
            raise _Invalid(value, f"{_show(value)} is not a list; expected a list")
        return tuple(converter.structure(list(value), list[item]))  # type: ignore[valid-type]

    return structure


def _an_indicator(value: Any, _: Any) -> Indicator:
    if isinstance(value, str):
        known = _KNOWN.get({})
        if value in known:
            return known[value]
        listed = ", ".join(sorted(known)) or "none are defined"
        raise _Invalid(
            value,
            f"no indicator has id {value!r}; expected an id defined in the file's "
            f"indicators or an inline definition (known: {listed})",
            "unknown-indicator",
        )
    if isinstance(value, Mapping):
        unit = value.get("unit")
        if isinstance(unit, str) and len(unit) > MAX_AMOUNT:
            raise ValidationError.single(
                "unit",
                _show(unit),
                f"the unit is {len(unit)} characters long; expected a unit name such as "
                f"percent (at most {MAX_AMOUNT} characters)",
                "too-long",
            )
        return _structure_class(value, Indicator)
    raise _Invalid(value, f"{_show(value)} is not an indicator; expected an id or a definition")


def _a_span(value: Any, _: Any) -> tuple[int, int]:
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise _Invalid(value, "expected two character offsets [start, end]")
    return (_whole(value[0], None), _whole(value[1], None))


def _a_target(value: Any, _: Any) -> Target:
    built = _BUILT.get(None)
    if built is not None and id(value) in built:  # a shared part, built where first met
        return built[id(value)][1]
    target = _a_new_target(value)
    if built is not None:
        built[id(value)] = (value, target)  # the mapping is held so its id stays its own
    return target


def _a_new_target(value: Any) -> Target:
    if not isinstance(value, Mapping):
        raise _Invalid(value, f"{_show(value)} is not a target; expected a mapping with a form")
    form = value.get("form")
    cls = FORMS.get(form) if isinstance(form, str) else None
    if cls is None:
        raise ValidationError.single(
            "form",
            form,
            f"{_show(form)} is not a target form{_did_you_mean(form, list(FORMS))}; "
            "expected one of " + ", ".join(FORMS),
            "unknown-form",
        )
    body = {k: v for k, v in value.items() if k != "form"}
    return _structure_class(body, cls)


def _structure_class(value: Any, cls: type[T]) -> T:
    if not isinstance(value, Mapping):
        raise _Invalid(value, f"{_show(value)} is not a mapping; expected a mapping")
    hook = _class_hooks[cls]
    return hook(dict(value), cls)  # type: ignore[no-any-return]


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)
    conv.register_structure_hook(str, _text)
    conv.register_structure_hook(int, _whole)
    conv.register_structure_hook(bool, _flag)
    conv.register_structure_hook(date, _a_date)
    conv.register_structure_hook(Period, _a_period)
    conv.register_structure_hook(Amount, _an_amount)
    conv.register_structure_hook(Amount | bool, _threshold)
    conv.register_structure_hook(Level, _a_level)
    conv.register_structure_hook(Op, _enum(Op, Op.parse))
    conv.register_structure_hook(Recurrence, _enum(Recurrence, lambda v: Recurrence.parse(v, "")))
    conv.register_structure_hook(ReformArea, _enum(ReformArea, ReformArea.parse))
    conv.register_structure_hook(DocumentKind, _enum(DocumentKind, DocumentKind.parse))
    for cls in (MeasureKind, Direction, SpatialRule, TemporalRule, ScopeMode):
        conv.register_structure_hook(cls, _enum(cls))
    conv.register_structure_hook(Scope, _a_scope)
    conv.register_structure_hook(AgencyKind, _an_agency_kind)
    # a mapping, or a clear problem
    for record in (Dimension, DocumentRef, Objective, Task, ProgressBasis, Agency):
        conv.register_structure_hook(record, _structure_class)
    _exactly(conv, tuple[tuple[str, str], ...], _members)
    conv.register_structure_hook(Indicator, _an_indicator)
    conv.register_structure_hook(Target, _a_target)
    for item in (str, Dimension, Indicator, Objective, Task, ReformArea, Target, Agency):
        _exactly(conv, tuple[item, ...], _a_tuple(item))  # type: ignore[valid-type,arg-type]
    _exactly(conv, tuple[str, ...] | None, _optional(_a_tuple(str)))
    _exactly(conv, Indicator | None, _optional(_an_indicator))  # a sub-quota's base (within)
    _exactly(conv, tuple[int, int] | None, _optional(_a_span))
    return conv


def _exactly(conv: cattrs.Converter, kind: Any, hook: Callable[[Any, Any], Any]) -> None:
    """Register a hook for one generic type (singledispatch cannot take those)."""
    conv.register_structure_hook_func(lambda candidate: candidate == kind, hook)


def _optional(hook: Callable[[Any, Any], T]) -> Callable[[Any, Any], T | None]:
    def structure(value: Any, cls: Any) -> T | None:
        return None if value is None else hook(value, cls)

    return structure


converter = _make_converter()
"""The cattrs converter for plan files (structure hooks for every model class)."""


class _ClassHooks(Mapping[type, Callable[[Any, Any], Any]]):
    """The structure function of each class read from a mapping, generated on first use:
    generating one compiles code, and a file uses only a few of the target forms."""

    def __init__(self, classes: tuple[type, ...]) -> None:
        self._classes = classes
        self._made: dict[type, Callable[[Any, Any], Any]] = {}

    def __getitem__(self, cls: type) -> Callable[[Any, Any], Any]:
        hook = self._made.get(cls)
        if hook is None:
            if cls not in self._classes:
                raise KeyError(cls)
            hook = cattrs.gen.make_dict_structure_fn(
                cls,
                converter,
                _cattrs_forbid_extra_keys=True,
                _cattrs_detailed_validation=True,
            )
            self._made[cls] = hook
        return hook

    def __iter__(self) -> Iterator[type]:
        return iter(self._classes)

    def __len__(self) -> int:
        return len(self._classes)


_class_hooks = _ClassHooks(
    (
        Scope,
        Dimension,
        Indicator,
        DocumentRef,
        Objective,
        Task,
        Plan,
        ProgressBasis,
        Agency,
        *TARGET_FORMS,
    )
)


# --- unstructuring ------------------------------------------------------------------

_FIRST_KEYS = ("id", "form", "indicator", "level", "scope", "members", "op", "threshold", "n")


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return (
            value.key
            if isinstance(value, Level)
            else (value.ascii if isinstance(value, Op) else value.value)
        )
    if isinstance(value, Period):
        return value.label
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Amount):
        return str(value)
    if isinstance(value, Fraction | Decimal):
        return format_number(Fraction(value))
    if isinstance(value, Indicator):
        known = _KNOWN.get({})
        return value.id if known.get(value.id) == value else _unstructure_object(value)
    if isinstance(value, Scope):
        if value.mode is ScopeMode.SELF:
            return "self"
        if value.mode.on_agencies:
            found = {"mode": value.mode.value, "agency": value.agency, "kind": _plain(value.kind)}
            return {key: item for key, item in found.items() if item is not None}
        written = {"mode": value.mode.value, "level": _plain(value.level)}
        if value.successor is not None:
            written["successor"] = _plain(value.successor)
        return written
    if isinstance(value, TARGET_FORMS):
        return _unstructure_target(value)
    if attrs.has(type(value)):
        return _unstructure_object(value)
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value


def _unstructure_object(value: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field in attrs.fields(type(value)):
        if not field.init:
            continue
        item = getattr(value, field.name)
        if field.default is not attrs.NOTHING:
            default = (
                (
                    field.default.factory(value)
                    if field.default.takes_self
                    else field.default.factory()
                )
                if isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
                else field.default
            )
            if item == default:
                continue
        if field.name == "members" and isinstance(value, TARGET_FORMS):
            out[field.name] = dict(item)
        else:
            out[field.name] = _plain(item)
    return out


def _unstructure_target(target: Target) -> Any:
    top = _TOP.get({})
    body = _unstructure_object(target)
    if isinstance(target, AllOf | AnyOf | AtLeast):
        body["parts"] = [
            part.id if top.get(part.id) == part else _unstructure_target(part)
            for part in target.parts
        ]
    if isinstance(target, Share):
        body["condition"] = _unstructure_target(target.condition)
    body["form"] = target.form
    ordered = {key: body[key] for key in _FIRST_KEYS if key in body}
    ordered.update((key, item) for key, item in body.items() if key not in ordered)
    return ordered


def plan_to_dict(plan: Plan, known: Mapping[str, Indicator] | None = None) -> dict[str, Any]:
    """The plan as plain data (what a YAML or JSON file holds).

    Indicators defined in ``plan.indicators`` or given in ``known`` are written by id;
    a compound's part that is also a top-level target is written by its id.
    """
    table = dict(known or {})
    table.update((i.id, i) for i in plan.indicators)
    token = _KNOWN.set(table)
    top_token = _TOP.set({t.id: t for t in plan.targets})
    try:
        body = _unstructure_object(plan)
        body.pop("indicators", None)
        targets = body.pop("targets", None)
        if plan.indicators:
            body["indicators"] = [_unstructure_object(i) for i in plan.indicators]
        if targets is not None:
            body["targets"] = [_unstructure_target(t) for t in plan.targets]
    finally:
        _KNOWN.reset(token)
        _TOP.reset(top_token)
    return {"schema_version": SCHEMA_VERSION, **body}


# --- reading ------------------------------------------------------------------------


def plan_from_dict(
    data: Any, known: Mapping[str, Indicator] | None = None, source: str | None = None
) -> Plan:
    """Build a plan from plain data, reporting every problem found.

    Args:
        data: The document, as read from YAML or JSON.
        known: Indicators the file may reference by id besides its own (a catalogue).
        source: A label for the document (its file name) used in errors.

    Raises:
        PlanFileError: listing every problem, each with its path, value and what was
            expected.
    """
    _check_shape(data, source)
    if not isinstance(data, Mapping):
        raise PlanFileError(
            [Problem("", _show(data), "the document is not a mapping; expected a plan", "type")],
            source,
        )
    body = dict(data)
    version = body.pop("schema_version", None)
    if isinstance(version, bool) or version != SCHEMA_VERSION:
        raise PlanFileError(
            [
                Problem(
                    "schema_version",
                    version,
                    f"{_show(version)} is not a schema version this library reads; "
                    f"expected {SCHEMA_VERSION}",
                    "schema-version",
                )
            ],
            source,
        )
    declared = _declared_mark(body.pop("decimal_mark", None), source)
    if declared is None:
        return _plan_of(body, known, source)
    with decimal_mark(declared):
        return _plan_of(body, known, source)


def _declared_mark(mark: Any, source: str | None) -> str | None:
    """The decimal mark a file declares (``decimal_mark``), checked against the one the
    call declares (``load(..., decimal=...)``): two different marks are an error."""
    if mark is None:
        return None
    if mark not in (",", "."):
        problem = Problem(
            "decimal_mark", _show(mark), f"{_show(mark)}; expected ',' or '.'", "decimal-mark"
        )
        raise PlanFileError([problem], source)
    called = DECIMAL_MARK.get()
    if called is not None and called != mark:
        problem = Problem(
            "decimal_mark",
            mark,
            f"the file declares {mark!r} but the call {called!r}; expected one decimal mark",
            "decimal-mark",
        )
        raise PlanFileError([problem], source)
    return str(mark)


def _plan_of(
    body: dict[str, Any], known: Mapping[str, Indicator] | None, source: str | None
) -> Plan:
    problems: list[Problem] = []
    table = dict(known or {})
    own = body.get("indicators", [])
    if isinstance(own, list):
        try:
            indicators = _structure_with_paths(own, tuple[Indicator, ...], "indicators")
            first: dict[str, int] = {}
            for index, indicator in enumerate(indicators):
                earlier = first.setdefault(indicator.id, index)
                if earlier != index:  # the targets would read it by whichever came last
                    problems.append(
                        Problem(
                            f"indicators[{index}].id",
                            indicator.id,
                            f"{indicator.id!r} is also indicators[{earlier}]; expected each "
                            "indicator defined once",
                            "duplicate-id",
                        )
                    )
            table.update((i.id, i) for i in indicators)
        except PlanFileError as exc:
            problems.extend(exc.problems)
    if isinstance(body.get("targets"), list):
        try:
            body["targets"] = _resolve_parts(body["targets"])
        except PlanFileError as exc:
            problems.extend(exc.problems)
    if problems:
        raise PlanFileError(problems, source)
    token = _KNOWN.set(table)
    built = _BUILT.set({})
    try:
        plan: Plan = _structure_with_paths(body, Plan, "")
        return plan
    except PlanFileError as exc:
        raise PlanFileError(exc.problems, source) from None
    finally:
        _BUILT.reset(built)
        _KNOWN.reset(token)


def _structure_with_paths(data: Any, cls: Any, path: str) -> Any:
    try:
        if cls is Plan:
            return _structure_class(data, Plan)
        return converter.structure(data, cls)
    except Exception as exc:  # every failure becomes a reported problem
        problems = list(problems_of(exc, path))
        raise PlanFileError(problems) from None


def _did_you_mean(key: Any, names: list[str]) -> str:
    """ " (did you mean 'threshold'?)" when ``key`` is close to one of ``names``."""
    import difflib

    close = difflib.get_close_matches(str(key), names, n=1, cutoff=0.7)
    return f" (did you mean {close[0]!r}?)" if close else ""


_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def locate(text: str, path: str) -> tuple[int, int] | None:
    """The line and column (from 1) of the value at ``path`` (``targets[3].threshold``)
    in a YAML or JSON document, or of the nearest enclosing value found; ``None`` when
    the text cannot be read as YAML. Only called once a document has problems."""
    root = _composed(text)
    return None if root is None else _place(root, path)


def _composed(text: str) -> Any:
    """The document's node tree (positions kept), or ``None`` when it cannot be read."""
    import yaml

    try:
        return yaml.compose(text, Loader=_yaml_loader())
    except Exception:  # any reader failure: no place to give
        return None


def _place(node: Any, path: str) -> tuple[int, int]:
    import yaml

    for name, index in _STEP.findall(path):
        found = None
        if name and isinstance(node, yaml.MappingNode):
            found = next(
                (v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == name),
                None,
            )
        elif index and isinstance(node, yaml.SequenceNode) and int(index) < len(node.value):
            found = node.value[int(index)]
        if found is None:
            break
        node = found
    return node.start_mark.line + 1, node.start_mark.column + 1


def located(exc: PlanFileError, text: str) -> PlanFileError:
    """``exc`` with the line and column of each problem that has a path (the document
    read for its positions once, however many problems there are)."""
    if not any(problem.path and problem.line is None for problem in exc.problems):
        return exc
    root = _composed(text)
    if root is None:
        return exc
    problems = []
    for problem in exc.problems:
        if problem.path and problem.line is None:
            line, column = _place(root, problem.path)
            problem = attrs.evolve(problem, line=line, column=column)
        problems.append(problem)
    return PlanFileError(problems, exc.source)


def problems_of(exc: BaseException, path: str) -> Iterator[Problem]:
    """Flatten cattrs' exception groups into problems with paths."""
    if isinstance(exc, ClassValidationError | IterableValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            if isinstance(note, AttributeValidationNote):
                yield from problems_of(sub, join_path(path, note.name))
            elif isinstance(note, IterableValidationNote):
                yield from problems_of(sub, f"{path}[{note.index}]")
            else:
                yield from problems_of(sub, path)
        for sub in without:
            yield from problems_of(sub, path)
    elif isinstance(exc, ValidationError):
        for problem in exc.problems:
            yield problem.prefixed(path)
    elif isinstance(exc, _Invalid):
        yield Problem(path, exc.value, exc.message, exc.code)
    elif isinstance(exc, ForbiddenExtraKeysError):
        names = [f.name for f in attrs.fields(exc.cl) if f.init]
        for key in sorted(exc.extra_fields, key=str):
            yield Problem(
                join_path(path, str(key)),
                key,
                f"unknown field {key!r}{_did_you_mean(key, names)}; expected one of "
                + ", ".join(names),
                "unknown-field",
            )
    elif isinstance(exc, KeyError):
        key = str(exc.args[0]) if exc.args else ""
        # cattrs has already named the field in an AttributeValidationNote.
        named = path == key or path.endswith(f".{key}")
        yield Problem(
            path if named else join_path(path, key),
            None,
            "required field missing; expected a value",
            "missing",
        )
    else:
        yield Problem(path, None, f"{exc}; expected a valid value", "invalid")


def _resolve_parts(targets: list[Any]) -> list[Any]:
    """Replace parts given as a top-level target's id by that target's definition.

    A top-level target named by several parts is resolved once and shared; the plan's
    size once every part is written out is counted before anything is built, so a chain
    of targets that reuse one another is refused at once
    (``model.targets.MAX_EXPANDED``) instead of growing exponentially.
    """
    by_id = {t["id"]: t for t in targets if isinstance(t, Mapping) and isinstance(t.get("id"), str)}
    problems: list[Problem] = []
    done: dict[str, tuple[Any, int, int]] = {}  # id → (resolved, size, height)
    most, deepest = limits.MAX_EXPANDED, limits.MAX_NESTING

    def too_large(path: str, message: str, code: str) -> PlanFileError:
        return PlanFileError([Problem(path, None, f"{message}; expected a smaller plan", code)])

    def resolve(node: Any, path: str, stack: tuple[str, ...]) -> tuple[Any, int, int]:
        if not isinstance(node, Mapping):
            return node, 1, 1
        if len(stack) > deepest:
            raise too_large(path, f"parts nest deeper than {deepest} levels", "too-deep")
        out = dict(node)
        size, height = 1, 1
        condition = out.get("condition")
        if isinstance(condition, Mapping):
            out["condition"], inner, depth = resolve(condition, f"{path}.condition", stack)
            size, height = size + inner, max(height, depth + 1)
        parts = out.get("parts")
        if isinstance(parts, list):
            resolved = []
            for index, part in enumerate(parts):
                where = f"{path}.parts[{index}]"
                if isinstance(part, str):
                    if part in stack:
                        problems.append(
                            Problem(
                                where, part, f"{part!r} contains itself; expected no cycle", "cycle"
                            )
                        )
                        continue
                    if part not in by_id:
                        problems.append(
                            Problem(
                                where,
                                part,
                                f"no top-level target has id {part!r}; expected "
                                "the id of a target of this plan or an inline target",
                                "unknown-target",
                            )
                        )
                        continue
                    if part not in done:
                        done[part] = resolve(by_id[part], where, (*stack, part))
                    child, inner, depth = done[part]
                else:
                    child, inner, depth = resolve(part, where, stack)
                resolved.append(child)
                size, height = size + inner, max(height, depth + 1)
                if size > most:
                    raise too_large(
                        where,
                        f"the target holds more than {most} targets once each part is "
                        "written out where it is used (parts that reuse one another down a "
                        "chain grow exponentially)",
                        "too-large",
                    )
            out["parts"] = resolved
        if height > deepest:
            raise too_large(path, f"parts nest deeper than {deepest} levels", "too-deep")
        return out, size, height

    result = []
    total = 0
    for i, t in enumerate(targets):
        named = t.get("id") if isinstance(t, Mapping) else None
        if isinstance(named, str) and by_id.get(named) is t and named in done:
            resolved, size, _ = done[named]  # a part already: one definition, shared
        else:
            stack = (named,) if isinstance(named, str) else ()
            resolved, size, _ = resolve(t, f"targets[{i}]", stack)
            if isinstance(named, str) and by_id.get(named) is t:
                done[named] = (resolved, size, _)
        total += size
        if total > most:
            raise too_large(
                f"targets[{i}]",
                f"the plan holds more than {most} targets once each part is "
                "written out where it is used",
                "too-large",
            )
        result.append(resolved)
    if problems:
        raise PlanFileError(problems)
    return result


def _check_shape(data: Any, source: str | None) -> None:
    """Refuse documents too deep or too large (alias bombs expand here, so count)."""
    count = 0
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise PlanFileError(
                [
                    Problem(
                        "",
                        None,
                        f"the document holds more than {MAX_NODES} values; "
                        "expected a plan of reasonable size",
                        "too-large",
                    )
                ],
                source,
            )
        if depth > MAX_DEPTH:
            raise PlanFileError(
                [
                    Problem(
                        "",
                        None,
                        f"the document nests deeper than {MAX_DEPTH} levels; "
                        "expected a plan of reasonable depth",
                        "too-deep",
                    )
                ],
                source,
            )
        if isinstance(node, str) and len(node) > MAX_TEXT:
            raise PlanFileError(
                [
                    Problem(
                        "",
                        _show(node),
                        f"a text in the document is {len(node)} characters "
                        f"long; expected at most {MAX_TEXT} characters",
                        "too-long",
                    )
                ],
                source,
            )
        if isinstance(node, Mapping):
            stack.extend((v, depth + 1) for v in node.values())
            stack.extend((k, depth + 1) for k in node)
        elif isinstance(node, list | tuple):
            stack.extend((v, depth + 1) for v in node)


def _too_large(source: str | None) -> PlanFileError:
    message = f"the file is larger than {MAX_BYTES} bytes; expected a plan file of reasonable size"
    return PlanFileError([Problem("", None, message, "too-large")], source)


def _parse_text(text: str, fmt: Format, source: str | None) -> Any:
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise _too_large(source)
    try:
        if fmt == "json":
            return json.loads(text.removeprefix("\ufeff"), object_pairs_hook=no_duplicate_keys)
        return read_yaml(text)
    except DuplicateKey as exc:
        place = f" at line {exc.line}, column {exc.column}" if exc.line else ""
        earlier = f" (first at line {exc.first})" if exc.first else ""
        raise PlanFileError(
            [
                Problem(
                    "",
                    _show(exc.key),
                    f"the key {exc.key!r} is given twice in one mapping{place}{earlier}; "
                    "expected each key once",
                    "duplicate-key",
                )
            ],
            source,
        ) from None
    except RecursionError:
        message = f"the document nests too deeply; expected at most {MAX_DEPTH} levels"
        raise PlanFileError([Problem("", None, message, "too-deep")], source) from None
    except PlanFileError:
        raise
    except Exception as exc:  # any parser failure is a syntax problem
        where = getattr(exc, "problem_mark", None)
        place = f" at line {where.line + 1}, column {where.column + 1}" if where else ""
        offset = getattr(exc, "position", None)  # a character the YAML reader refuses
        if not where and isinstance(offset, int) and 0 <= offset <= len(text):
            line = text.count("\n", 0, offset) + 1
            column = offset - (text.rfind("\n", 0, offset) + 1) + 1
            place = f" at line {line}, column {column}"
        # A YAML error's first line is its context ("while parsing …"); its problem says
        # what is wrong ("expected ',' or ']'").
        problem = getattr(exc, "problem", None)
        detail = problem or (str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        if "integer string conversion" in detail:
            detail = f"a number has more than {sys.get_int_max_str_digits()} digits"
        raise PlanFileError(
            [Problem("", None, f"the file is not valid {fmt.upper()}{place}: {detail}", "syntax")],
            source,
        ) from None


#: The most aliases (``*name``) a YAML document may use.
MAX_ALIASES = 1000


class DuplicateKey(Exception):
    """A mapping of a document gives a key twice (raised by :func:`read_yaml` and
    :func:`no_duplicate_keys`; each reader turns it into its own error)."""

    def __init__(self, key: Any, line: int, column: int, first: int) -> None:
        super().__init__(key)
        self.key, self.line, self.column, self.first = key, line, column, first


def no_duplicate_keys(pairs: list[tuple[Any, Any]]) -> dict[Any, Any]:
    """A JSON object's pairs as a dict, refusing a key given twice."""
    seen: dict[Any, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise DuplicateKey(key, 0, 0, 0)
        seen[key] = value
    return seen


@functools.cache
def _yaml_loader(pure: bool = False) -> type[Any]:
    """The one loader of every YAML document: libyaml's safe loader where it is
    installed (else PyYAML's), refusing duplicate keys, with no sexagesimal numbers
    (YAML 1.1 reads ``1:25`` as 85). ``pure`` gives PyYAML's own, whose error messages
    are clearer: it words the errors of a document the first one refused."""
    import re

    import yaml

    libyaml = getattr(yaml, "__with_libyaml__", False) and not pure
    base: Any = yaml.CSafeLoader if libyaml else yaml.SafeLoader

    class Loader(base):  # type: ignore[misc]
        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: dict[Any, int] = {}
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=True)
                mark = key_node.start_mark
                try:
                    first = seen.get(key)
                except TypeError:  # an unhashable key: the base constructor says so
                    continue
                if first is not None:
                    raise DuplicateKey(key, mark.line + 1, mark.column + 1, first + 1)
                seen[key] = mark.line
            return super().construct_mapping(node, deep=deep)

    # Dates stay text, read by the plan's own date rules with a path to the field:
    # YAML's own reading of 2021-02-30 fails as a syntax error with no place.
    timestamp = "tag:yaml.org,2002:timestamp"
    sexagesimal = re.compile(r"\n?\s*\|[^|]*:\[0-5\]\?\[0-9\][^|]*(?=\)\$|\n)")
    resolvers: dict[Any, list[tuple[str, Any]]] = {}
    for first, entries in base.yaml_implicit_resolvers.items():
        kept = []
        for tag, pattern in entries:
            if tag == timestamp:
                continue
            if tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
                pattern = re.compile(sexagesimal.sub("", pattern.pattern), pattern.flags)
            kept.append((tag, pattern))
        resolvers[first] = kept
    Loader.yaml_implicit_resolvers = resolvers
    return Loader


def read_yaml(text: str) -> Any:
    """A YAML document read as plain data by the one safe reader every document of the
    library goes through: no key twice (:class:`DuplicateKey`), no sexagesimal numbers,
    dates as text, at most :data:`MAX_ALIASES` aliases."""
    import yaml

    loader = _yaml_loader()
    if "*" in text:  # aliases are counted on the events, before anything is built
        aliases = sum(isinstance(e, yaml.AliasEvent) for e in yaml.parse(text, Loader=loader))
        if aliases > MAX_ALIASES:
            raise PlanFileError(
                [
                    Problem(
                        "",
                        None,
                        f"the document uses more than {MAX_ALIASES} aliases; expected a plain plan",
                        "too-many-aliases",
                    )
                ]
            )
    try:
        return yaml.load(text, Loader=loader)  # a safe loader
    except yaml.YAMLError as exc:
        if loader is _yaml_loader(pure=True):
            raise
        try:  # the same rules, read again only for PyYAML's wording of the error
            yaml.load(text, Loader=_yaml_loader(pure=True))  # a safe loader
        except yaml.YAMLError as worded:
            raise worded from None
        raise exc from None


def _format_of(path: Path) -> Format:
    return "json" if path.suffix.lower() == ".json" else "yaml"


def loads(
    text: str,
    format: Format = "yaml",  # the natural name for users
    known: Mapping[str, Indicator] | None = None,
    source: str | None = None,
    *,
    decimal: str | None = None,
) -> Plan:
    """Read a plan from YAML (the default) or JSON text.

    ``decimal`` declares the decimal mark of the numbers written as text (thresholds
    such as ``"1.500 hồ sơ"``): ``","`` as Vietnamese write (``1.500`` is 1500), ``"."``
    as English; by default either reads, and ``1.500`` or ``1,500`` is refused as
    ambiguous (:func:`cchc_model.model.units.decimal_mark`).

    Raises:
        PlanFileError: listing every problem found.
    """
    with decimal_mark(decimal):
        data = _parse_text(text, format, source)
        try:
            return plan_from_dict(data, known, source)
        except PlanFileError as exc:
            raise located(exc, text) from None


def load(
    path: str | Path, known: Mapping[str, Indicator] | None = None, *, decimal: str | None = None
) -> Plan:
    """Read a plan file; ``.json`` is read as JSON, anything else as YAML (``decimal`` as
    in :func:`loads`).

    Raises:
        PlanFileError: if the file cannot be read or breaks any rule.
    """
    path = Path(path)
    try:
        text = read_text(path, MAX_BYTES)
    except TooLarge:
        raise _too_large(str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PlanFileError(
            [
                Problem(
                    "",
                    str(path),
                    f"cannot read the file: {exc}; expected a UTF-8 text file",
                    "unreadable",
                )
            ],
            str(path),
        ) from None
    return loads(text, _format_of(path), known, str(path), decimal=decimal)


def dumps(
    plan: Plan,
    format: Format = "yaml",
    known: Mapping[str, Indicator] | None = None,
) -> str:
    """Write a plan as YAML (the default) or JSON text."""
    data = plan_to_dict(plan, known)
    if format == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    import yaml

    return yaml.dump(data, Dumper=_yaml_dumper(), allow_unicode=True, sort_keys=False, width=100)


#: Characters YAML reads as line breaks, or not at all, in a plain or single-quoted
#: text: a text holding one is written double-quoted, where it is escaped.
_UNSAFE_IN_YAML = frozenset("\x85\u2028\u2029\ufeff")


@functools.cache
def _yaml_dumper() -> type[Any]:
    """PyYAML's safe dumper, writing a text double-quoted (escaped) when a plain or
    single-quoted one would not read back byte for byte (U+0085 became a space)."""
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def text(dumper: Any, value: str) -> Any:
        unsafe = any(c in _UNSAFE_IN_YAML or not c.isprintable() for c in value if c != "\n")
        style = '"' if unsafe else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, text)
    return Dumper


def dump(plan: Plan, path: str | Path, known: Mapping[str, Indicator] | None = None) -> None:
    """Write a plan file, whole or not at all; the format follows the file's suffix."""
    path = Path(path)
    text = dumps(plan, _format_of(path), known)
    write_atomic(path, lambda temporary: Path(temporary).write_text(text, encoding="utf-8"))
