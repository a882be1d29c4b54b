"""Jurisdictions (đơn vị hành chính): dated units, their tree and their successions.

A :class:`Jurisdiction` is one version of an administrative unit: a code, a name, a
tier (:class:`Level`), a legal type (:class:`Kind`), the code of its parent and the
half-open interval ``[valid_from, valid_to)`` in which this version is in force.
A :class:`Hierarchy` holds every version of every unit plus the :class:`Succession`
records that say which codes took over from which, and is validated as a whole when
it is built.

Example, the 2025 reform seen from Bắc Kạn (06), merged into Thái Nguyên (19)::

    >>> from datetime import date
    >>> h = national_hierarchy()
    >>> str(h.get("06", date(2023, 12, 31)))
    'Tỉnh Bắc Kạn (06)'
    >>> "06" in h.as_of(date(2025, 7, 1))
    False
    >>> h.final_successors("06", date(2025, 7, 1))
    ('19',)

Codes follow the national lists (QĐ 124/2004/QĐ-TTg, then QĐ 19/2025/QĐ-TTg):
``"VN"`` for the nation, two digits for a province, three for a district, five for a
commune. A code starting ``"x-"`` is a local placeholder for a unit a source does not
name (for example ``"x-thanh-hoa-nhom-1"`` for a group of communes in a plan).
"""

from __future__ import annotations

import atexit
import bisect
import csv
import enum
import functools
import io
import itertools
import operator
import os
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from typing import Any

import attrs

from .._gc import paused_gc
from ..exceptions import CchcError, HierarchyError, Problem, ValidationError

__all__ = [
    "EARLIEST",
    "PLACEHOLDER_PREFIX",
    "REFORM_2025",
    "Hierarchy",
    "Jurisdiction",
    "Kind",
    "Level",
    "Succession",
    "UnknownJurisdictionError",
    "load_hierarchy_csv",
    "national_hierarchy",
]

#: Default ``valid_from`` of a :class:`Jurisdiction` built without one.
EARLIEST = date(1900, 1, 1)

#: The day the two-tier system (tỉnh, xã) came into force; no district tier from then on.
REFORM_2025 = date(2025, 7, 1)

#: Codes starting with this prefix are local placeholders, not official codes.
PLACEHOLDER_PREFIX = "x-"

UNITS_FILE = "admin_units_vn.csv"
SUCCESSIONS_FILE = "successions_vn.csv"
UNITS_COLUMNS = ("code", "name", "level", "kind", "parent", "valid_from", "valid_to")
SUCCESSIONS_COLUMNS = ("old", "new", "on")

#: Hand-kept corrections to the snapshot in ``UNITS_FILE``, applied on load.
UNITS_AMENDMENTS_FILE = "admin_units_vn_amendments.csv"
#: Hand-kept successions added to those of ``SUCCESSIONS_FILE`` on load.
SUCCESSIONS_AMENDMENTS_FILE = "successions_vn_amendments.csv"
#: An amendment row: a unit version, where the fact comes from, and how sure it is.
AMENDMENT_COLUMNS = (*UNITS_COLUMNS, "source", "confidence")
SUCCESSION_AMENDMENT_COLUMNS = (*SUCCESSIONS_COLUMNS, "source", "confidence")
#: Confidence tags of amendment rows, as in DOMAIN.md: seen in the cited source,
#: secondary (news or third-party data), from memory.
CONFIDENCE_TAGS = ("V", "S", "R")


def _norm(text: str) -> str:
    """Normalise free text for matching: NFC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


class Level(enum.IntEnum):
    """The tier of a unit (cấp hành chính); a smaller value is a higher tier.

    A parent's tier is strictly above its child's, but not always adjacent: since
    2025-07-01 communes (cấp xã) hang directly under provinces (cấp tỉnh).

    Example:
        >>> Level.parse("cấp tỉnh").is_above(Level.COMMUNE)
        True
        >>> Level.DISTRICT.vi, Level.DISTRICT.key
        ('cấp huyện', 'district')
    """

    NATION = 0
    PROVINCE = 1
    DISTRICT = 2
    COMMUNE = 3

    @property
    def vi(self) -> str:
        """The Vietnamese name of the tier, e.g. ``"cấp tỉnh"``."""
        return _LEVEL_VI[self]

    @property
    def key(self) -> str:
        """The lower-case English name used in files, e.g. ``"province"``."""
        return self.name.lower()

    def is_above(self, other: Level) -> bool:
        """Whether this tier is strictly higher than ``other`` (tỉnh is above xã)."""
        return self.value < other.value

    @classmethod
    def parse(cls, text: str | Level) -> Level:
        """Read a tier from English or Vietnamese text.

        Accepts ``"province"``, ``"PROVINCE"``, ``"tỉnh"``, ``"cấp tỉnh"`` and the
        same forms for ``nation``/``quốc gia``, ``district``/``huyện`` and
        ``commune``/``xã``.

        Raises:
            ValidationError: the text names no tier.
        """
        if isinstance(text, Level):
            return text
        if isinstance(text, str):
            found = _LEVEL_ALIASES.get(_norm(text))
            if found is not None:
                return found
        raise ValidationError.single(
            "level",
            text,
            f"{text!r} is not an administrative level; expected one of "
            "nation/quốc gia, province/tỉnh/cấp tỉnh, district/huyện/cấp huyện, "
            "commune/xã/cấp xã",
            "unknown-level",
        )


_LEVEL_VI = {
    Level.NATION: "quốc gia",
    Level.PROVINCE: "cấp tỉnh",
    Level.DISTRICT: "cấp huyện",
    Level.COMMUNE: "cấp xã",
}

_LEVEL_ALIASES: dict[str, Level] = {}
for _level, _words in {
    Level.NATION: ("nation", "national", "quốc gia", "cấp quốc gia", "toàn quốc"),
    Level.PROVINCE: ("province", "tỉnh", "cấp tỉnh"),
    Level.DISTRICT: ("district", "huyện", "cấp huyện"),
    Level.COMMUNE: ("commune", "xã", "cấp xã"),
}.items():
    for _word in _words:
        _LEVEL_ALIASES[_norm(_word)] = _level
del _level, _words, _word


class Kind(enum.Enum):
    """The legal type of a unit (loại đơn vị hành chính); the value is the Vietnamese term.

    Kind is not level: a ``thành phố`` may be a province (thành phố trực thuộc trung
    ương, e.g. Hà Nội 01) or a district (thành phố thuộc tỉnh, e.g. Thành phố Thanh
    Hóa 380); an ``đặc khu`` (special zone, e.g. Phú Quốc) is commune-level.

    Example:
        >>> Kind.parse("thị xã").level
        <Level.DISTRICT: 2>
        >>> Kind.parse("dac_khu") is Kind.DAC_KHU
        True
    """

    QUOC_GIA = "quốc gia"
    TINH = "tỉnh"
    THANH_PHO_TRUNG_UONG = "thành phố trực thuộc trung ương"
    HUYEN = "huyện"
    QUAN = "quận"
    THI_XA = "thị xã"
    THANH_PHO_THUOC_TINH = "thành phố thuộc tỉnh"
    XA = "xã"
    PHUONG = "phường"
    THI_TRAN = "thị trấn"
    DAC_KHU = "đặc khu"

    @property
    def level(self) -> Level:
        """The tier a unit of this kind sits at (đặc khu is commune-level)."""
        return _KIND_LEVEL[self]

    @classmethod
    def parse(cls, text: str | Kind) -> Kind:
        """Read a kind from its Vietnamese term or its member name.

        Accepts the value (``"thị xã"``, any case), the member name case-insensitively
        (``"thi_xa"``, ``"THI XA"``) and ``"thành phố trung ương"``. A bare
        ``"thành phố"`` is ambiguous and rejected.

        Raises:
            ValidationError: the text names no kind, or is ambiguous.
        """
        if isinstance(text, Kind):
            return text
        if isinstance(text, str):
            key = _norm(text)
            found = _KIND_ALIASES.get(key)
            if found is None:
                found = _KIND_NAMES.get(key.replace(" ", "_").replace("-", "_").upper())
            if found is not None:
                return found
            if key == "thành phố":
                raise ValidationError.single(
                    "kind",
                    text,
                    "'thành phố' is ambiguous; expected 'thành phố trực thuộc trung ương' "
                    "(province-level) or 'thành phố thuộc tỉnh' (district-level)",
                    "ambiguous-kind",
                )
        raise ValidationError.single(
            "kind",
            text,
            f"{text!r} is not a kind of administrative unit; expected one of "
            + ", ".join(repr(k.value) for k in Kind),
            "unknown-kind",
        )


_KIND_LEVEL = {
    Kind.QUOC_GIA: Level.NATION,
    Kind.TINH: Level.PROVINCE,
    Kind.THANH_PHO_TRUNG_UONG: Level.PROVINCE,
    Kind.HUYEN: Level.DISTRICT,
    Kind.QUAN: Level.DISTRICT,
    Kind.THI_XA: Level.DISTRICT,
    Kind.THANH_PHO_THUOC_TINH: Level.DISTRICT,
    Kind.XA: Level.COMMUNE,
    Kind.PHUONG: Level.COMMUNE,
    Kind.THI_TRAN: Level.COMMUNE,
    Kind.DAC_KHU: Level.COMMUNE,
}
_KIND_NAMES = {k.name: k for k in Kind}
_KIND_ALIASES = {_norm(k.value): k for k in Kind}
_KIND_ALIASES[_norm("thành phố trung ương")] = Kind.THANH_PHO_TRUNG_UONG
_KIND_VALUES = {k.value: k for k in Kind}

_CODE_DIGITS = {Level.PROVINCE: 2, Level.DISTRICT: 3, Level.COMMUNE: 5}
_CODE_EXAMPLE = {Level.NATION: "VN", Level.PROVINCE: "38", Level.DISTRICT: "380"}


def _code_fits(code: str, level: Level) -> bool:
    if code.startswith(PLACEHOLDER_PREFIX):
        return len(code) > len(PLACEHOLDER_PREFIX)
    if level is Level.NATION:
        return code == "VN"
    return len(code) == _CODE_DIGITS[level] and code.isascii() and code.isdigit()


def _expected_code(level: Level) -> str:
    if level is Level.NATION:
        return "'VN'"
    digits = _CODE_DIGITS[level]
    example = _CODE_EXAMPLE.get(level, "00004")
    return f"{digits} digits (e.g. '{example}')"


def _to_level(value: Level | str) -> Level:
    return value if isinstance(value, Level) else Level.parse(value)


def _to_kind(value: Kind | str) -> Kind:
    if isinstance(value, Kind):
        return value
    found = _KIND_VALUES.get(value) if isinstance(value, str) else None
    return found if found is not None else Kind.parse(value)


def _to_date(value: date | str, path: str) -> date:
    if type(value) is date:
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError.single(
        path, value, f"{value!r} is not a date; expected a date such as 2025-07-01", "date"
    )


def _to_valid_from(value: date | str) -> date:
    return _to_date(value, "valid_from")


def _to_valid_to(value: date | str | None) -> date | None:
    if value is None or value == "":
        return None
    return _to_date(value, "valid_to")


def _to_on(value: date | str) -> date:
    return _to_date(value, "on")


def _to_parent(value: str | None) -> str | None:
    return None if value is None or value == "" else value


def _interval(start: date, end: date | None) -> str:
    return f"[{start.isoformat()}, {end.isoformat() if end else '…'})"


def _check_interval(start: date, end: date | None) -> None:
    if end is not None and end <= start:
        raise ValidationError.single(
            "end",
            end,
            f"interval {_interval(start, end)} is empty; expected an end after {start}",
            "empty-interval",
        )


@attrs.frozen
class Jurisdiction:
    """One version of an administrative unit, valid over ``[valid_from, valid_to)``.

    Attributes:
        code: The official code ("38" for Thanh Hóa, "380" for Thành phố Thanh Hóa,
            "00004" for Phường Ba Đình, "VN" for the nation), or a local placeholder
            starting ``"x-"`` for a unit a source does not name.
        name: The full Vietnamese name with its type, e.g. ``"Tỉnh Thanh Hóa"``.
        level: The tier; must match the kind and the shape of the code.
        kind: The legal type, e.g. :attr:`Kind.TINH`.
        parent: The parent's code, or ``None`` for a root.
        valid_from: First day this version is in force (inclusive).
        valid_to: First day it is no longer in force (exclusive); ``None`` if open.

    Example:
        >>> from datetime import date
        >>> j = Jurisdiction("38", "Tỉnh Thanh Hóa", Level.PROVINCE, Kind.TINH,
        ...                  parent="VN", valid_from=date(2025, 7, 1))
        >>> str(j), j.is_valid_on(date(2025, 6, 30))
        ('Tỉnh Thanh Hóa (38)', False)

    Raises:
        ValidationError: listing every problem: a code that does not fit the level, an
            empty name, a kind of another level, ``valid_to`` not after
            ``valid_from``, or a unit that is its own parent.
    """

    code: str
    name: str
    level: Level = attrs.field(converter=_to_level)
    kind: Kind = attrs.field(converter=_to_kind)
    parent: str | None = attrs.field(default=None, converter=_to_parent)
    valid_from: date = attrs.field(default=EARLIEST, converter=_to_valid_from)
    valid_to: date | None = attrs.field(default=None, converter=_to_valid_to)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        code: Any = self.code
        if not isinstance(code, str) or not _code_fits(code, self.level):
            problems.append(
                Problem(
                    "code",
                    code,
                    f"code {code!r} does not fit level {self.level.key} ({self.level.vi}); "
                    f"expected {_expected_code(self.level)}, or a local placeholder "
                    f"starting {PLACEHOLDER_PREFIX!r}",
                    "code-format",
                )
            )
        name: Any = self.name
        if not isinstance(name, str) or not name.strip():
            problems.append(
                Problem(
                    "name",
                    name,
                    f"unit {code!r} has name {name!r}; expected a non-empty Vietnamese name "
                    "such as 'Tỉnh Thanh Hóa'",
                    "empty-name",
                )
            )
        if self.kind.level is not self.level:
            problems.append(
                Problem(
                    "kind",
                    self.kind.value,
                    f"unit {code!r}: kind {self.kind.value!r} is {self.kind.level.vi}, "
                    f"not {self.level.vi}; expected a kind of level {self.level.key}",
                    "kind-level",
                )
            )
        if self.valid_to is not None and self.valid_to <= self.valid_from:
            problems.append(
                Problem(
                    "valid_to",
                    self.valid_to,
                    f"unit {code!r}: valid_to {self.valid_to} is not after valid_from "
                    f"{self.valid_from}; expected a later date (valid_to is exclusive)",
                    "empty-validity",
                )
            )
        parent: Any = self.parent
        if parent is not None and (not isinstance(parent, str) or parent == code):
            problems.append(
                Problem(
                    "parent",
                    parent,
                    f"unit {code!r} names {parent!r} as its parent; expected the code of "
                    "another unit, or None for a root",
                    "self-parent" if parent == code else "type",
                )
            )
        if problems:
            raise ValidationError(problems)

    def is_valid_on(self, d: date) -> bool:
        """Whether this version is in force on day ``d``."""
        return self.valid_from <= d and (self.valid_to is None or d < self.valid_to)

    def is_valid_during(self, start: date, end: date | None) -> bool:
        """Whether this version is in force on every day of ``[start, end)``.

        ``end`` is exclusive; ``None`` means open-ended.

        Raises:
            ValidationError: the interval is empty (``end <= start``).
        """
        _check_interval(start, end)
        if start < self.valid_from:
            return False
        if self.valid_to is None:
            return True
        return end is not None and end <= self.valid_to

    def overlaps(self, start: date, end: date | None) -> bool:
        """Whether this version is in force on at least one day of ``[start, end)``.

        Raises:
            ValidationError: the interval is empty (``end <= start``).
        """
        _check_interval(start, end)
        return (end is None or self.valid_from < end) and (
            self.valid_to is None or start < self.valid_to
        )

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


def _nonempty_code(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError.single(
            attribute.name,
            value,
            f"{value!r} is not a unit code; expected a code such as '06' or '00004'",
            "code-format",
        )


@attrs.frozen
class Succession:
    """A code that took over from another (kế thừa): ``old`` ends and ``new`` follows.

    ``old`` stops being valid on ``on`` (its exclusive ``valid_to``) and ``new`` is its
    successor from ``on``. A merger is several rows with the same ``new``; a split is
    several rows with the same ``old``; a unit that kept its code across a reform
    succeeds itself.

    Attributes:
        old: The code that ends, e.g. ``"06"`` (Bắc Kạn).
        new: The code that takes over, e.g. ``"19"`` (Thái Nguyên).
        on: The day the change took effect, e.g. 2025-07-01.
        note: Free text, such as the resolution that made the change.

    Example:
        >>> s = Succession("06", "19", date(2025, 7, 1), "Nghị quyết 202/2025/QH15")
        >>> s.old, s.new, s.on.isoformat()
        ('06', '19', '2025-07-01')
    """

    old: str = attrs.field(validator=_nonempty_code)
    new: str = attrs.field(validator=_nonempty_code)
    on: date = attrs.field(converter=_to_on)
    note: str = ""


class UnknownJurisdictionError(CchcError, LookupError):
    """No unit with this code (valid on this date) is in the hierarchy.

    Attributes:
        code: The code that was looked up.
        on: The date asked for, if any.
        problem: The same facts as a :class:`~cchc_model.exceptions.Problem`.
    """

    def __init__(self, code: str, on: date | None = None, message: str | None = None) -> None:
        self.code = code
        self.on = on
        if message is None:
            when = f" valid on {on}" if on is not None else ""
            message = (
                f"no unit with code {code!r}{when} in the hierarchy; expected the code of "
                "a unit it holds"
            )
        self.problem = Problem("code", code, message, "unknown-jurisdiction")
        super().__init__(message)


def _units_tuple(items: Iterable[Jurisdiction]) -> tuple[Jurisdiction, ...]:
    return tuple(items)


def _successions_tuple(items: Iterable[Succession]) -> tuple[Succession, ...]:
    return tuple(items)


def _by_valid_from(unit: Jurisdiction) -> date:
    return unit.valid_from


def _by_code_and_date(unit: Jurisdiction) -> tuple[str, date]:
    return (unit.code, unit.valid_from)


def _sorted_groups(
    groups: dict[str, list[Jurisdiction]], key: Callable[[Jurisdiction], Any]
) -> dict[str, tuple[Jurisdiction, ...]]:
    """Each group as a tuple sorted by ``key`` (a group of one is already sorted)."""
    for group in groups.values():
        if len(group) > 1:
            group.sort(key=key)
    return {code: tuple(group) for code, group in groups.items()}


class _SuccessionIndex:
    """Successions by the code that ends and by the code that takes over, indexed on
    first use: most loads of the national data never ask about successions."""

    def __init__(self, successions: tuple[Succession, ...]) -> None:
        self._successions = successions

    @functools.cached_property
    def forward(self) -> dict[str, tuple[Succession, ...]]:
        """Successions by ``old`` code, in their order."""
        return _grouped(self._successions, operator.attrgetter("old"))

    @functools.cached_property
    def backward(self) -> dict[str, tuple[Succession, ...]]:
        """Successions by ``new`` code, in their order."""
        return _grouped(self._successions, operator.attrgetter("new"))

    def knows(self, code: str) -> bool:
        """Whether ``code`` appears in a succession."""
        return code in self.forward or code in self.backward


def _grouped(
    successions: Iterable[Succession], code: Callable[[Succession], str]
) -> dict[str, tuple[Succession, ...]]:
    found: dict[str, list[Succession]] = {}
    for succ in successions:
        found.setdefault(code(succ), []).append(succ)
    return {key: tuple(group) for key, group in found.items()}


@attrs.frozen
class Hierarchy:
    """A dated tree of jurisdictions with their successions, validated when built.

    Every problem is collected and raised together as one
    :class:`~cchc_model.exceptions.HierarchyError` naming the code(s): a parent code
    that is not in the hierarchy (``unknown-parent``); a parent not valid for the whole
    validity of its child (``parent-not-valid``); a parent whose tier is not strictly
    above its child's (``parent-level``); a cycle of parent links (``cycle``); the
    same code valid twice on one day (``duplicate-code``); a succession naming a code
    that is not in the hierarchy (``unknown-succession-code``).

    Queries that take ``on`` look at the units valid on that day; with ``on=None``
    they ignore dates, which is what you want in a tree from :meth:`as_of` (one
    version per code) and an error wherever a code has several versions.

    Attributes:
        units: Every version of every unit.
        successions: Which codes took over from which.

    Example:
        >>> from datetime import date
        >>> h = national_hierarchy()
        >>> for unit in h.ancestors("00004", date(2025, 7, 1)):
        ...     print(unit)
        Thành phố Hà Nội (01)
        Việt Nam (VN)
        >>> len(h.units_at(Level.PROVINCE, date(2023, 12, 31)))
        63
    """

    units: tuple[Jurisdiction, ...] = attrs.field(converter=_units_tuple)
    successions: tuple[Succession, ...] = attrs.field(default=(), converter=_successions_tuple)
    # Set by as_of() and by the national loader: a filtered tree of a validated one (which
    # keeps successions whose codes it no longer holds), or the shipped data the tests check
    # whole, needs no second check of its types and links.
    _trusted: bool = attrs.field(
        default=False, kw_only=True, alias="_trusted", eq=False, repr=False
    )
    _by_code: dict[str, tuple[Jurisdiction, ...]] = attrs.field(init=False, eq=False, repr=False)
    # Trees by epoch: days between two consecutive validity bounds share one tree.
    _trees: dict[int, Hierarchy] = attrs.field(init=False, eq=False, repr=False, factory=dict)
    _bounds: list[date] | None = attrs.field(init=False, eq=False, repr=False, default=None)
    _children: dict[str, tuple[Jurisdiction, ...]] = attrs.field(init=False, eq=False, repr=False)
    # Successions by code, indexed on first use and shared with the dated trees.
    _succ_index: _SuccessionIndex = attrs.field(init=False, eq=False, repr=False)
    # The day each ended tier ended, computed once on the whole hierarchy and shared with
    # its dated trees (which no longer hold the ended units).
    _tier_ends: dict[Level, date] | None = attrs.field(
        init=False, eq=False, repr=False, default=None
    )
    _levels: frozenset[Level] | None = attrs.field(init=False, eq=False, repr=False, default=None)

    def __attrs_post_init__(self) -> None:
        if not self._trusted:
            self._check_types()
        by_code: dict[str, list[Jurisdiction]] = {}
        children: dict[str, list[Jurisdiction]] = {}
        for unit in self.units:
            versions = by_code.get(unit.code)
            if versions is None:
                by_code[unit.code] = [unit]
            else:
                versions.append(unit)
            parent = unit.parent
            if parent is not None:
                kids = children.get(parent)
                if kids is None:
                    children[parent] = [unit]
                else:
                    kids.append(unit)
        object.__setattr__(self, "_by_code", _sorted_groups(by_code, _by_valid_from))
        object.__setattr__(self, "_children", _sorted_groups(children, _by_code_and_date))
        object.__setattr__(self, "_succ_index", _SuccessionIndex(self.successions))
        if not self._trusted:
            self._validate()

    # -- validation --------------------------------------------------------------

    def _check_types(self) -> None:
        problems: list[Problem] = []
        for i, unit in enumerate(self.units):
            if not isinstance(unit, Jurisdiction):
                problems.append(
                    Problem(f"units[{i}]", unit, f"{unit!r} is not a Jurisdiction", "type")
                )
        for k, succ in enumerate(self.successions):
            if not isinstance(succ, Succession):
                problems.append(
                    Problem(f"successions[{k}]", succ, f"{succ!r} is not a Succession", "type")
                )
        if problems:
            raise HierarchyError(problems)

    def _validate(self) -> None:
        problems: list[Problem] = []
        index = {id(u): i for i, u in enumerate(self.units)}
        by_code = self._by_code

        for code, versions in by_code.items():
            for earlier, later in itertools.pairwise(versions):
                if earlier.valid_to is None or earlier.valid_to > later.valid_from:
                    problems.append(
                        Problem(
                            f"units[{index[id(later)]}].code",
                            code,
                            f"code {code} is valid twice at once: "
                            f"{_interval(earlier.valid_from, earlier.valid_to)} "
                            f"({earlier.name}) overlaps "
                            f"{_interval(later.valid_from, later.valid_to)} ({later.name}); "
                            "expected one unit per code on any day",
                            "duplicate-code",
                        )
                    )

        for i, unit in enumerate(self.units):
            if unit.parent is not None:
                problems.extend(self._parent_problems(i, unit))

        problems.extend(self._cycle_problems(index))

        for k, succ in enumerate(self.successions):
            for role in ("old", "new"):
                code = getattr(succ, role)
                if code not in by_code:
                    problems.append(
                        Problem(
                            f"successions[{k}].{role}",
                            code,
                            f"succession {succ.old} → {succ.new} on {succ.on} names code "
                            f"{code}, which is not in the hierarchy; expected the code of a "
                            "unit it holds",
                            "unknown-succession-code",
                        )
                    )
        if problems:
            raise HierarchyError(problems)

    def _parent_problems(self, i: int, unit: Jurisdiction) -> list[Problem]:
        parent_code = unit.parent
        assert parent_code is not None
        path = f"units[{i}].parent"
        versions = self._by_code.get(parent_code)
        if versions is None:
            return [
                Problem(
                    path,
                    parent_code,
                    f"unit {unit.code} ({unit.name}) names parent {parent_code}, which is "
                    "not in the hierarchy; expected the code of a unit it holds",
                    "unknown-parent",
                )
            ]
        problems: list[Problem] = []
        for parent in versions:
            overlapping = (unit.valid_to is None or parent.valid_from < unit.valid_to) and (
                parent.valid_to is None or unit.valid_from < parent.valid_to
            )
            if overlapping and not parent.level.is_above(unit.level):
                problems.append(
                    Problem(
                        path,
                        parent_code,
                        f"unit {unit.code} ({unit.name}, {unit.level.vi}) has parent "
                        f"{parent_code} ({parent.name}, {parent.level.vi}); expected a "
                        f"parent at a tier above {unit.level.vi}",
                        "parent-level",
                    )
                )
                break
        # Walk the parent's versions (sorted, non-overlapping if valid) to see whether
        # together they cover the child's whole validity.
        cursor: date | None = unit.valid_from
        for parent in versions:
            assert cursor is not None
            if parent.valid_to is not None and parent.valid_to <= cursor:
                continue
            if parent.valid_from > cursor:
                break
            cursor = parent.valid_to
            if cursor is None or (unit.valid_to is not None and cursor >= unit.valid_to):
                return problems
        spans = ", ".join(_interval(p.valid_from, p.valid_to) for p in versions)
        problems.append(
            Problem(
                path,
                parent_code,
                f"unit {unit.code} ({unit.name}) is valid "
                f"{_interval(unit.valid_from, unit.valid_to)} but its parent {parent_code} "
                f"is valid only {spans} and not on {cursor}; expected the parent to be "
                "valid throughout its child's validity",
                "parent-not-valid",
            )
        )
        return problems

    def _cycle_problems(self, index: Mapping[int, int]) -> list[Problem]:
        # Nodes are unit versions; an edge goes from a version to every version of its
        # parent that overlaps it in time. Iterative three-colour depth-first search.
        units = self.units
        edges: list[list[int]] = [[] for _ in units]
        for i, unit in enumerate(units):
            if unit.parent is None:
                continue
            for parent in self._by_code.get(unit.parent, ()):
                if unit.overlaps(parent.valid_from, parent.valid_to):
                    edges[i].append(index[id(parent)])
        colour = [0] * len(units)  # 0 new, 1 on the stack, 2 done
        problems: list[Problem] = []
        reported: set[frozenset[str]] = set()
        for start in range(len(units)):
            if colour[start]:
                continue
            path: list[int] = [start]
            iters: list[Iterator[int]] = [iter(edges[start])]
            colour[start] = 1
            while iters:
                nxt = next(iters[-1], None)
                if nxt is None:
                    colour[path.pop()] = 2
                    iters.pop()
                elif colour[nxt] == 0:
                    colour[nxt] = 1
                    path.append(nxt)
                    iters.append(iter(edges[nxt]))
                elif colour[nxt] == 1:
                    loop = path[path.index(nxt) :]
                    codes = [units[j].code for j in loop]
                    key = frozenset(codes)
                    if key not in reported:
                        reported.add(key)
                        chain = " → ".join([*codes, codes[0]])
                        problems.append(
                            Problem(
                                f"units[{loop[0]}].parent",
                                units[loop[0]].parent,
                                f"parent links form a cycle: {chain}; expected a tree in "
                                "which no unit is its own ancestor",
                                "cycle",
                            )
                        )
        return problems

    # -- lookups ---------------------------------------------------------------

    def versions(self, code: str) -> tuple[Jurisdiction, ...]:
        """Every version of ``code``, oldest first; empty if the code is unknown.

        Example: ``versions("01")`` gives Hà Nội before and after 2025-07-01.
        """
        return self._by_code.get(code, ())

    def why_not(self, code: str, on: date) -> str | None:
        """Why ``code`` is not a unit on ``on`` with what it may have meant, or ``None``
        if it is one: ``"6"`` whose leading zero a spreadsheet dropped (``06?``), a
        unit abolished before ``on`` (and its successor), or a code no unit has.
        """
        if self.find(code, on) is not None:
            return None
        meant = self._with_zeros(code, on)
        if meant is not None:
            return f"no unit has code {code!r}: {meant}, with its leading zero?"
        try:
            self.get(code, on)
        except UnknownJurisdictionError as exc:
            return str(exc).removesuffix("; expected a date in its validity")
        return None  # pragma: no cover  (found above)

    def _with_zeros(self, code: str, on: date | None) -> str | None:
        """ "'06' (Tỉnh Bắc Kạn)" when ``code`` is a unit's code without its leading zeros
        (a spreadsheet drops them), else ``None``."""
        if not code.isdigit():
            return None
        for width in (2, 3, 5):
            padded = code.zfill(width)
            if padded == code:
                continue
            versions = self._by_code.get(padded, ())
            unit = self.find(padded, on) if on is not None else (versions or (None,))[-1]
            if unit is not None:
                return f"{padded!r} ({unit.name})"
        return None

    def find(self, code: str, on: date | None = None) -> Jurisdiction | None:
        """The version of ``code`` valid on ``on``, or ``None`` if there is none.

        Raises:
            ValidationError: ``on`` is ``None`` but ``code`` has several versions.
        """
        versions = self._by_code.get(code)
        if not versions:
            return None
        if on is None:
            return self._only_version(code, versions)
        for unit in versions:
            if unit.is_valid_on(on):
                return unit
        return None

    def get(self, code: str, on: date | None = None) -> Jurisdiction:
        """The version of ``code`` valid on ``on`` (or its only version if ``on`` is None).

        Example: ``get("06", date(2023, 12, 31))`` is Tỉnh Bắc Kạn.

        Raises:
            UnknownJurisdictionError: no such code, or none valid on ``on``.
            ValidationError: ``on`` is ``None`` but ``code`` has several versions.
        """
        found = self.find(code, on)
        if found is not None:
            return found
        versions = self._by_code.get(code)
        if not versions:
            hint = ""
            if self._succ_index.knows(code):
                hint = " (it appears only in successions)"
            meant = self._with_zeros(code, on)
            if meant is not None:
                hint = f"; {meant}, with its leading zero?"
            raise UnknownJurisdictionError(
                code,
                on,
                f"no unit with code {code!r} in the hierarchy{hint}; expected the code of "
                "a unit it holds",
            )
        assert on is not None
        spans = ", ".join(_interval(v.valid_from, v.valid_to) for v in versions)
        message = f"unit {code} ({versions[-1].name}) is not valid on {on}; it is valid {spans}"
        successors = self.final_successors(code, on)
        if successors:
            message += f"; on {on} its successor is {', '.join(successors)}"
        raise UnknownJurisdictionError(code, on, message + "; expected a date in its validity")

    def _only_version(self, code: str, versions: tuple[Jurisdiction, ...]) -> Jurisdiction:
        if len(versions) == 1:
            return versions[0]
        spans = ", ".join(_interval(v.valid_from, v.valid_to) for v in versions)
        raise ValidationError.single(
            "on",
            None,
            f"code {code} has {len(versions)} versions ({spans}); expected a date to choose one",
            "date-required",
        )

    # -- tree queries ----------------------------------------------------------

    def as_of(self, d: date) -> Hierarchy:
        """The tree valid on day ``d``: only the units valid then, every succession kept.

        Example: ``as_of(date(2025, 7, 1))`` has 34 provinces and no district.
        """
        bounds = self._bounds
        if bounds is None:
            found = {u.valid_from for u in self.units}
            found.update(u.valid_to for u in self.units if u.valid_to is not None)
            bounds = sorted(found)
            object.__setattr__(self, "_bounds", bounds)
        epoch = bisect.bisect_right(bounds, d)
        tree = self._trees.get(epoch)
        if tree is None:
            with paused_gc():
                units = tuple(u for u in self.units if u.is_valid_on(d))
                tree = Hierarchy(units, _trusted=True)
            # every succession kept, and its index shared rather than built again
            object.__setattr__(tree, "successions", self.successions)
            object.__setattr__(tree, "_succ_index", self._succ_index)
            object.__setattr__(tree, "_tier_ends", self._ends_of_tiers())
            self._trees[epoch] = tree
        return tree

    def children(self, code: str, on: date | None = None) -> tuple[Jurisdiction, ...]:
        """The units whose parent is ``code`` and that are valid on ``on``, by code.

        Example: ``children("06", date(2023, 12, 31))`` are the 8 districts of Bắc Kạn.

        Raises:
            UnknownJurisdictionError: ``code`` is not valid on ``on``.
        """
        self.get(code, on)
        kids = self._children.get(code, ())
        if on is None:
            return kids
        return tuple(k for k in kids if k.is_valid_on(on))

    def descendants(
        self, code: str, on: date | None = None, level: Level | str | None = None
    ) -> tuple[Jurisdiction, ...]:
        """Every unit below ``code`` valid on ``on``, depth first, optionally one tier.

        Example: ``descendants("06", date(2023, 12, 31), Level.COMMUNE)`` are the
        communes of Bắc Kạn before the reform.

        Raises:
            UnknownJurisdictionError: ``code`` is not valid on ``on``.
        """
        wanted = None if level is None else _to_level(level)
        found: list[Jurisdiction] = []
        stack = list(reversed(self.children(code, on)))
        while stack:
            unit = stack.pop()
            if wanted is None or unit.level is wanted:
                found.append(unit)
            kids = self._children.get(unit.code, ())
            if on is not None:
                kids = tuple(k for k in kids if k.is_valid_on(on))
            else:
                kids = tuple(k for k in kids if k.overlaps(unit.valid_from, unit.valid_to))
            stack.extend(reversed(kids))
        return tuple(found)

    def ancestors(self, code: str, on: date | None = None) -> tuple[Jurisdiction, ...]:
        """The chain of parents of ``code`` on ``on``, nearest first.

        Example: ``ancestors("00004", date(2023, 12, 31))`` is Quận Ba Đình, Hà Nội, Việt Nam.

        Raises:
            UnknownJurisdictionError: ``code`` is not valid on ``on``.
        """
        chain: list[Jurisdiction] = []
        unit = self.get(code, on)
        while unit.parent is not None and len(chain) <= len(self._by_code):
            unit = self.get(unit.parent, on)
            chain.append(unit)
        return tuple(chain)

    def scope_units(
        self, code: str, level: Level | str, on: date | None = None
    ) -> tuple[Jurisdiction, ...]:
        """The units a target scoped to ``level`` reaches from ``code``: the units of that
        tier under it, or the unit itself when it is of that tier.

        Example: ``scope_units("06", "xã", date(2023, 12, 31))`` are Bắc Kạn's communes.

        Raises:
            UnknownJurisdictionError: ``code`` is not valid on ``on``.
        """
        unit = self.get(code, on)
        wanted = _to_level(level)
        return (unit,) if unit.level is wanted else self.descendants(code, on, wanted)

    def units_at(self, level: Level | str, on: date | None = None) -> tuple[Jurisdiction, ...]:
        """The units of one tier valid on ``on``, by code.

        Example: ``units_at("tỉnh", date(2025, 7, 1))`` gives the 34 provinces.
        """
        wanted = _to_level(level)
        found = [u for u in self.units if u.level is wanted and (on is None or u.is_valid_on(on))]
        found.sort(key=_by_code_and_date)
        return tuple(found)

    def has_level(self, level: Level | str) -> bool:
        """Whether any unit the hierarchy holds is at ``level`` (in a dated tree: on its
        day)."""
        levels = self._levels
        if levels is None:
            levels = frozenset(unit.level for unit in self.units)
            object.__setattr__(self, "_levels", levels)
        return _to_level(level) in levels

    def tier_ended(self, level: Level | str) -> date | None:
        """The day the tier ``level`` ended, when every unit of it has ended (in a dated
        tree: as the whole hierarchy it was cut from knows it); None while it exists.

        Example: ``national_hierarchy().tier_ended("district")`` is 2025-07-01, the day
        local government became two-tier.
        """
        return self._ends_of_tiers().get(_to_level(level))

    def _ends_of_tiers(self) -> dict[Level, date]:
        ends = self._tier_ends
        if ends is None:
            latest: dict[Level, date | None] = {}
            for unit in self.units:
                known = latest.get(unit.level, EARLIEST)
                if unit.valid_to is None or known is None:
                    latest[unit.level] = None
                else:
                    latest[unit.level] = max(known, unit.valid_to)
            ends = {level: end for level, end in latest.items() if end is not None}
            object.__setattr__(self, "_tier_ends", ends)
        return ends

    def roots(self, on: date | None = None) -> tuple[Jurisdiction, ...]:
        """The units with no parent valid on ``on`` (in the national data, Việt Nam)."""
        found = [u for u in self.units if u.parent is None and (on is None or u.is_valid_on(on))]
        found.sort(key=_by_code_and_date)
        return tuple(found)

    # -- successions -------------------------------------------------------------

    def _require_known(self, code: str) -> None:
        if code not in self._by_code and not self._succ_index.knows(code):
            raise UnknownJurisdictionError(
                code,
                None,
                f"no unit or succession with code {code!r} in the hierarchy; expected the "
                "code of a unit it holds",
            )

    def successors(self, code: str) -> tuple[str, ...]:
        """The codes that directly took over from ``code``, sorted.

        Example: ``successors("06")`` is ``("19",)``; a kept code succeeds itself.

        Raises:
            UnknownJurisdictionError: the code is neither a unit nor in a succession.
        """
        self._require_known(code)
        return tuple(sorted({s.new for s in self._succ_index.forward.get(code, ())}))

    def predecessors(self, code: str) -> tuple[str, ...]:
        """The codes that ``code`` directly took over from, sorted.

        Example: ``predecessors("19")`` is ``("06", "19")``.

        Raises:
            UnknownJurisdictionError: the code is neither a unit nor in a succession.
        """
        self._require_known(code)
        return tuple(sorted({s.old for s in self._succ_index.backward.get(code, ())}))

    def final_successors(self, code: str, on: date) -> tuple[str, ...]:
        """The codes valid on ``on`` that ``code`` leads to through successions, sorted.

        ``code`` itself if it is valid on ``on``; otherwise successions in force by
        ``on`` are followed until a valid code is reached. Empty if the unit was
        abolished without a successor (as every district was on 2025-07-01).

        Example: ``final_successors("06", date(2025, 7, 1))`` is ``("19",)``.

        Raises:
            UnknownJurisdictionError: the code is neither a unit nor in a succession.
        """
        self._require_known(code)
        if self._valid_on(code, on):
            return (code,)
        found: set[str] = set()
        seen = {code}
        queue = [code]
        while queue:
            current = queue.pop()
            for succ in self._succ_index.forward.get(current, ()):
                if succ.on > on or succ.new in seen:
                    continue
                seen.add(succ.new)
                if self._valid_on(succ.new, on):
                    found.add(succ.new)
                else:
                    queue.append(succ.new)
        return tuple(sorted(found))

    def _valid_on(self, code: str, on: date) -> bool:
        return any(u.is_valid_on(on) for u in self._by_code.get(code, ()))

    # -- container protocol ----------------------------------------------------

    def __len__(self) -> int:
        return len(self.units)

    def __iter__(self) -> Iterator[Jurisdiction]:
        return iter(self.units)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._by_code


# -- reading and the shipped national data ---------------------------------------


def _check_header(reader: Iterator[list[str]], source: str, columns: tuple[str, ...]) -> None:
    header = tuple(next(reader, ()))
    if header != columns:
        raise ValidationError.single(
            source, header, f"header is {header}; expected {columns}", "csv-header"
        )


def _check_provenance(row: list[str]) -> None:
    """The ``source`` and ``confidence`` of an amendment row (its last two fields)."""
    source, confidence = row[-2], row[-1]
    if not source.strip():
        raise ValidationError.single(
            "source", source, "no source; expected where the fact comes from", "provenance"
        )
    if confidence not in CONFIDENCE_TAGS:
        raise ValidationError.single(
            "confidence",
            confidence,
            f"confidence {confidence!r} is not a tag; expected one of "
            + ", ".join(CONFIDENCE_TAGS)
            + " (seen in the source, secondary, from memory)",
            "provenance",
        )


def _read_units(text: str, source: str, amendments: bool = False) -> list[Jurisdiction]:
    columns = AMENDMENT_COLUMNS if amendments else UNITS_COLUMNS
    reader = csv.reader(io.StringIO(text))
    _check_header(reader, source, columns)
    levels = {level.key: level for level in Level}
    # A file has few distinct dates: each is parsed once.
    starts: dict[str, date] = {}
    ends: dict[str, date | None] = {}
    units: list[Jurisdiction] = []
    for line, row in enumerate(reader, start=2):
        try:
            if len(row) != len(columns):
                raise ValidationError.single(
                    "", row, f"row has {len(row)} fields; expected {len(columns)}", "csv"
                )
            if amendments:
                _check_provenance(row)
            code, name, level, kind, parent, valid_from, valid_to = row[: len(UNITS_COLUMNS)]
            start = starts.get(valid_from)
            if start is None:
                start = starts[valid_from] = _to_valid_from(valid_from)
            if valid_to in ends:
                end = ends[valid_to]
            else:
                end = ends[valid_to] = _to_valid_to(valid_to)
            units.append(
                Jurisdiction(
                    code,
                    name,
                    levels.get(level) or Level.parse(level),
                    _to_kind(kind),
                    parent or None,
                    start,
                    end,
                )
            )
        except ValidationError as err:
            raise err.prefixed(f"{source}:{line}") from None
    return units


def _read_successions(text: str, source: str, amendments: bool = False) -> list[Succession]:
    columns = SUCCESSION_AMENDMENT_COLUMNS if amendments else SUCCESSIONS_COLUMNS
    reader = csv.reader(io.StringIO(text))
    _check_header(reader, source, columns)
    successions: list[Succession] = []
    days: dict[str, date] = {}  # a file has few distinct dates: each is parsed once
    for line, row in enumerate(reader, start=2):
        try:
            if len(row) != len(columns):
                raise ValidationError.single(
                    "", row, f"row has {len(row)} fields; expected {len(columns)}", "csv"
                )
            note = ""
            if amendments:
                _check_provenance(row)
                note = f"{row[-2]} [{row[-1]}]"
            old, new, on = row[: len(SUCCESSIONS_COLUMNS)]
            day = days.get(on)
            if day is None:
                day = days[on] = _to_on(on)
            successions.append(Succession(old, new, day, note))
        except ValidationError as err:
            raise err.prefixed(f"{source}:{line}") from None
    return successions


def _amend_units(
    units: Iterable[Jurisdiction], amendments: Iterable[Jurisdiction]
) -> list[Jurisdiction]:
    """The units with the amendments applied.

    An amendment row replaces, whole, every version of the same code that it overlaps;
    the code's amendment rows then stand for it over that span. So they may shorten a
    code's validity (Quận Phú Xuân 475, valid from 2025-01-01 only), split it into
    versions (Huế 46 before and after 2025-01-01) or add a code the units lack (Huyện
    Nam Đông 483). Versions an amendment does not overlap are kept (Huế 46 from
    2025-07-01). The result is sorted by level, code and ``valid_from``.
    """
    by_code: dict[str, list[Jurisdiction]] = {}
    for amendment in amendments:
        by_code.setdefault(amendment.code, []).append(amendment)
    result = [
        unit
        for unit in units
        if unit.code not in by_code
        or not any(a.overlaps(unit.valid_from, unit.valid_to) for a in by_code[unit.code])
    ]
    for versions in by_code.values():
        result.extend(versions)
    result.sort(key=_by_level_code_and_date)
    return result


#: A unit's level (an int), code and ``valid_from``: the order of the shipped units.
_by_level_code_and_date = operator.attrgetter("level", "code", "valid_from")


def _amend_successions(
    successions: Iterable[Succession], amendments: Iterable[Succession]
) -> list[Succession]:
    """The successions followed by the amended ones not already among them."""
    result = list(successions)
    seen = {(s.old, s.new, s.on) for s in result}
    for succ in amendments:
        if (succ.old, succ.new, succ.on) not in seen:
            seen.add((succ.old, succ.new, succ.on))
            result.append(succ)
    return result


def _read_file(path: str | os.PathLike[str]) -> tuple[str, str]:
    name = os.fspath(path)
    with open(name, encoding="utf-8", newline="") as f:
        return f.read(), name


def load_hierarchy_csv(
    units: str | os.PathLike[str],
    successions: str | os.PathLike[str] | None = None,
    *,
    amendments: str | os.PathLike[str] | None = None,
    succession_amendments: str | os.PathLike[str] | None = None,
) -> Hierarchy:
    """Read a hierarchy from CSV files in the shipped format, with optional amendments.

    ``units`` has the columns ``code,name,level,kind,parent,valid_from,valid_to``
    (``level`` as ``province``, ``kind`` as ``tỉnh``, dates ISO, empty ``parent`` or
    ``valid_to`` for none); ``successions`` has ``old,new,on``. Both are UTF-8.

    ``amendments`` has the same columns plus ``source`` and ``confidence`` (``V`` seen
    in the cited source, ``S`` secondary, ``R`` from memory). Each of its rows replaces
    every version of the same code in ``units`` that it overlaps (see
    :data:`AMENDMENT_COLUMNS`); ``succession_amendments`` (``old,new,on,source,
    confidence``) adds successions. The tree is validated after the amendments apply.

    Raises:
        ValidationError: a row cannot be read (the path names file and line).
        HierarchyError: the units do not form a valid dated tree.
    """
    read_units = _read_units(*_read_file(units))
    read_successions: list[Succession] = []
    if successions is not None:
        read_successions = _read_successions(*_read_file(successions))
    if amendments is not None:
        read_units = _amend_units(read_units, _read_units(*_read_file(amendments), True))
    if succession_amendments is not None:
        extra = _read_successions(*_read_file(succession_amendments), True)
        read_successions = _amend_successions(read_successions, extra)
    return Hierarchy(read_units, read_successions)


@functools.cache
def national_hierarchy() -> Hierarchy:
    """Vietnam's administrative units before and after the 2025 reform, with successions.

    Loaded from the package data on first call and cached: pre-2025 63 provinces,
    696 districts and 10,035 communes valid to 2025-07-01; from then 34 provinces and
    3,321 communes directly under them; successions from the 2025 converter of
    ``vietnamadminunits`` 1.0.4 (see ``data/SOURCES.md``).

    The snapshot backdates the units of 2025-06-30 to 2008-08-01. Hand-kept amendments
    (``admin_units_vn_amendments.csv``, ``successions_vn_amendments.csv``) are applied
    on load and correct what plans of earlier years need: until 2025-01-01 province 46
    is Tỉnh Thừa Thiên Huế and district 474 is Thành phố Huế, a thành phố thuộc tỉnh
    with nine district-level siblings and children including Huyện Nam Đông (483).

    Example:
        >>> from datetime import date
        >>> h = national_hierarchy()
        >>> str(h.get("38", date(2025, 7, 1)))
        'Tỉnh Thanh Hóa (38)'
        >>> str(h.get("474", date(2021, 12, 31)))
        'Thành phố Huế (474)'
    """
    from importlib import resources

    data = resources.files("cchc_model").joinpath("data")

    def read(name: str) -> str:
        return data.joinpath(name).read_text(encoding="utf-8")

    with paused_gc():  # tens of thousands of frozen objects, no cycles
        units = _read_units(read(UNITS_FILE), UNITS_FILE)
        successions = _read_successions(read(SUCCESSIONS_FILE), SUCCESSIONS_FILE)
        units = _amend_units(
            units, _read_units(read(UNITS_AMENDMENTS_FILE), UNITS_AMENDMENTS_FILE, True)
        )
        successions = _amend_successions(
            successions,
            _read_successions(read(SUCCESSIONS_AMENDMENTS_FILE), SUCCESSIONS_AMENDMENTS_FILE, True),
        )
        # The shipped files are checked whole by the tests (test_jurisdictions.py), so
        # each load skips the cross-unit checks; every unit is still validated as built.
        return Hierarchy(units, successions, _trusted=True)


# Dropped at exit, the cached tree is freed at once by reference counting; kept, its tens
# of thousands of objects would be walked by each of the collector's passes at shutdown.
atexit.register(national_hierarchy.cache_clear)
