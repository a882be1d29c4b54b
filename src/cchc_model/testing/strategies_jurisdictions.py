"""Hypothesis strategies for levels, kinds, jurisdictions and hierarchies (đơn vị hành chính).

Use them to test code that walks a dated tree of administrative units::

    from hypothesis import given
    from cchc_model.testing.strategies_jurisdictions import hierarchies

    @given(hierarchies())
    def test_every_unit_has_its_ancestors(h):
        for unit in h:
            h.ancestors(unit.code, unit.valid_from)

:func:`hierarchies` builds trees that pass validation: a root (nation, province or
district) with units at lower tiers, each valid inside its parent's validity, some
codes with two consecutive versions (as Hà Nội 01 before and after 2025-07-01) and
successions from codes that end to codes that take over.

Needs the ``testing`` extra (hypothesis).
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from cchc_model.model.jurisdictions import (
    PLACEHOLDER_PREFIX,
    Hierarchy,
    Jurisdiction,
    Kind,
    Level,
    Succession,
)

__all__ = ["codes", "hierarchies", "jurisdictions", "kinds", "levels"]

MIN_DATE = date(2000, 1, 1)
MAX_DATE = date(2040, 12, 31)

_NAMES = (
    "Thanh Hóa",
    "Quảng Xương",
    "Bắc Kạn",
    "Thái Nguyên",
    "Ba Đình",
    "Hoằng Hóa",
    "Sầm Sơn",
    "Phú Quốc",
    "Ngọc Lặc",
    "Yên Định",
)
_DIGITS = {Level.PROVINCE: 2, Level.DISTRICT: 3, Level.COMMUNE: 5}


def levels() -> st.SearchStrategy[Level]:
    """Any tier: nation, province, district or commune."""
    return st.sampled_from(Level)


def kinds(level: Level | None = None) -> st.SearchStrategy[Kind]:
    """Any kind, or any kind of one tier (``kinds(Level.COMMUNE)``: xã, phường, …)."""
    return st.sampled_from([k for k in Kind if level is None or k.level is level])


def codes(level: Level, placeholders: bool = True) -> st.SearchStrategy[str]:
    """Codes that fit ``level`` ("38", "380", "15061", "VN"), or ``x-`` placeholders."""
    if level is Level.NATION:
        official = st.just("VN")
    else:
        digits = _DIGITS[level]
        official = st.integers(1, 10**digits - 1).map(lambda n: f"{n:0{digits}d}")
    if not placeholders:
        return official
    local = st.from_regex(r"\Ax-[a-z0-9][a-z0-9-]{0,12}\Z")
    return st.one_of(official, local)


def _name(kind: Kind, place: str) -> str:
    return f"{kind.value[:1].upper()}{kind.value[1:]} {place}"


@st.composite
def _validity(
    draw: st.DrawFn, start: date = MIN_DATE, end: date | None = None
) -> tuple[date, date | None]:
    """A non-empty ``[valid_from, valid_to)`` inside ``[start, end)``."""
    last = (end or MAX_DATE) - timedelta(days=1)
    valid_from = draw(st.dates(start, max(start, last)))
    if end is None and draw(st.booleans()):
        return valid_from, None
    top = end or MAX_DATE
    valid_to = draw(st.dates(valid_from + timedelta(days=1), max(valid_from + timedelta(1), top)))
    return valid_from, valid_to


@st.composite
def jurisdictions(
    draw: st.DrawFn, level: Level | None = None, parent: str | None = None
) -> Jurisdiction:
    """A single valid :class:`Jurisdiction` (it may name a parent that exists nowhere).

    Args:
        level: The tier to draw; any tier if ``None``.
        parent: The parent code; if ``None`` a root or a plausible made-up parent.
    """
    lvl = draw(levels()) if level is None else level
    kind = draw(kinds(lvl))
    code = draw(codes(lvl))
    if parent is None and lvl is not Level.NATION and draw(st.booleans()):
        parent = draw(codes(Level(lvl - 1)).filter(lambda c: c != code))
    valid_from, valid_to = draw(_validity())
    return Jurisdiction(
        code=code,
        name=_name(kind, draw(st.sampled_from(_NAMES))),
        level=lvl,
        kind=kind,
        parent=parent,
        valid_from=valid_from,
        valid_to=valid_to,
    )


class _Codes:
    """Hands out fresh codes per tier so that generated trees never clash by accident."""

    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw
        self._next = {lvl: draw(st.integers(1, 40)) for lvl in _DIGITS}
        self._local = 0

    def fresh(self, level: Level) -> str:
        if level is Level.NATION:
            return "VN"
        n = self._next[level]
        if n >= 10 ** _DIGITS[level] or self._draw(st.integers(0, 9)) == 0:
            self._local += 1
            return f"{PLACEHOLDER_PREFIX}{level.key}-{self._local}"
        self._next[level] = n + 1
        return f"{n:0{_DIGITS[level]}d}"


@st.composite
def hierarchies(draw: st.DrawFn, max_units: int = 30) -> Hierarchy:
    """A valid :class:`Hierarchy` of at least two units and at most about ``max_units`` (≥ 2).

    The root is a nation, province or district with at least one child. Children sit
    at any lower tier (after 2025 communes hang directly under provinces); each child
    is valid inside its parent's validity; a child may have two consecutive versions
    of the same code, which then succeeds itself; codes that end may pass to units
    valid on the day they end.
    """
    fresh = _Codes(draw)
    units: list[Jurisdiction] = []
    successions: list[Succession] = []
    root_level = draw(st.sampled_from([Level.NATION, Level.PROVINCE, Level.DISTRICT]))
    root_from, root_to = draw(_validity())
    root_kind = draw(kinds(root_level))
    root = Jurisdiction(
        fresh.fresh(root_level),
        _name(root_kind, draw(st.sampled_from(_NAMES))),
        root_level,
        root_kind,
        None,
        root_from,
        root_to,
    )
    units.append(root)
    queue = [root]
    first = True
    while queue and len(units) < max_units:
        parent = queue.pop(0)
        below = [lvl for lvl in Level if parent.level.is_above(lvl)]
        if not below:
            continue
        n_children = draw(st.integers(1 if first else 0, 3))
        first = False
        for _ in range(n_children):
            if len(units) >= max_units:
                break
            level = draw(st.sampled_from(below))
            code = fresh.fresh(level)
            start, end = draw(_validity(parent.valid_from, parent.valid_to))
            spans: list[tuple[date, date | None]] = [(start, end)]
            long_enough = end is None or (end - start).days >= 2
            if long_enough and draw(st.integers(0, 3)) == 0:
                last = (end or start + timedelta(days=3650)) - timedelta(days=1)
                cut = draw(st.dates(start + timedelta(days=1), last))
                spans = [(start, cut), (cut, end)]
                successions.append(Succession(code, code, cut))
            for valid_from, valid_to in spans:
                kind = draw(kinds(level))
                unit = Jurisdiction(
                    code,
                    _name(kind, draw(st.sampled_from(_NAMES))),
                    level,
                    kind,
                    parent.code,
                    valid_from,
                    valid_to,
                )
                units.append(unit)
                queue.append(unit)

    # Successions from a version that ends to a unit valid on the day it ends.
    for old in units:
        if old.valid_to is None or draw(st.integers(0, 2)) != 0:
            continue
        heirs = [u for u in units if u.code != old.code and u.is_valid_on(old.valid_to)]
        if heirs:
            heir = draw(st.sampled_from(heirs))
            successions.append(Succession(old.code, heir.code, old.valid_to))
    order = draw(st.permutations(units))
    return Hierarchy(tuple(order), tuple(successions))
