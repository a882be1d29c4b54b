"""Hypothesis strategies for cchc_model's objects, for property-testing your own tools.

Every strategy builds valid values directly (no filtering), so they are fast and never
run out of examples. Thresholds often sit on the boundaries the plans use (85 %,
84.99 %, 90.1 %, 100 %, 2/3), where exactness matters (docs/semantics.md §8).

Example: a tool that prints targets must handle every form a plan can hold::

    from hypothesis import given
    from cchc_model.testing.strategies import plans, targets

    @given(targets())
    def test_every_target_prints(target):
        assert str(target)

    @given(plans())
    def test_report_covers_every_target(plan):
        report = my_report(plan)
        assert all(t.id in report for t in plan.targets)

What is here:

* :func:`amounts` — exact amounts in a unit (``85 %``, ``84.99 %``, ``2/3 proportion``).
* :func:`indicators` — indicators of every measure kind, with valid units, rules,
  levels and sometimes dimensions.
* :func:`scopes` — ``self``, ``pooled`` and ``each`` scopes.
* :func:`targets` — every target form (comparison, between, ordinal, change, rank, rank_change,
  share, all of, any of, at least), nested up to ``max_depth``, ids unique in a tree.
* :func:`plans` — plans whose targets measure indicators the plan defines and whose
  tasks name existing targets; sometimes with agencies, and a target set for them.
* :func:`agencies` and :func:`agency_scopes` — agencies of a unit, and scopes that reach
  them (one agency, each agency, agencies pooled).
* Re-exported: :func:`dates`, :func:`periods` (from ``strategies_periods``) and
  ``levels``, ``kinds``, ``jurisdictions``, ``hierarchies`` (from
  ``strategies_jurisdictions``).

Needs the ``testing`` extra (hypothesis).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

import attrs
from hypothesis import strategies as st

from cchc_model.exceptions import ValidationError
from cchc_model.model.agencies import Agency, AgencyKind
from cchc_model.model.areas import ReformArea
from cchc_model.model.indicators import (
    Dimension,
    Direction,
    Indicator,
    MeasureKind,
    SpatialRule,
    TemporalRule,
)
from cchc_model.model.jurisdictions import Level
from cchc_model.model.periods import Period
from cchc_model.model.plans import DocumentKind, DocumentRef, Objective, Plan, Task
from cchc_model.model.targets import (
    AllOf,
    AnyOf,
    AtLeast,
    Between,
    Change,
    Comparison,
    Op,
    Ordinal,
    Rank,
    RankChange,
    Recurrence,
    Scope,
    Share,
    Target,
)
from cchc_model.model.units import Amount, convert, normalise_unit
from cchc_model.testing.strategies_jurisdictions import (
    codes,
    hierarchies,
    jurisdictions,
    kinds,
    levels,
)
from cchc_model.testing.strategies_observations import (
    SAMPLE_INDICATORS,
    observation_lists,
    observations,
)
from cchc_model.testing.strategies_periods import dates, intervals, periods

__all__ = [
    "FORMS",
    "SAMPLE_INDICATORS",
    "agencies",
    "agency_scopes",
    "amounts",
    "codes",
    "dates",
    "hierarchies",
    "indicators",
    "intervals",
    "jurisdictions",
    "kinds",
    "levels",
    "observation_lists",
    "observations",
    "periods",
    "plans",
    "scopes",
    "targets",
]

#: The target form names :func:`targets` can produce, as in ``Target.form``.
FORMS: tuple[str, ...] = (
    "comparison",
    "between",
    "ordinal",
    "change",
    "rank",
    "rank_change",
    "share",
    "all_of",
    "any_of",
    "at_least",
)

# ---------------------------------------------------------------------------------
# Units and numbers

# Units an indicator of each kind may be measured in (docs/semantics.md §3).
_UNITS: dict[MeasureKind, tuple[str, ...]] = {
    MeasureKind.RATIO: ("percent", "proportion", "permille"),
    MeasureKind.COUNT: ("count", "dossier", "procedure", "unit", "person", "agency", "report"),
    MeasureKind.AMOUNT: ("day", "working_day", "dong", "million_dong", "hour"),
    MeasureKind.SCORE: ("point",),
}

# Units a threshold may be written in, by the canonical unit's family.
_SAME_DIMENSION: tuple[tuple[str, ...], ...] = (
    ("percent", "proportion", "permille"),
    ("count", "dossier", "procedure", "unit", "person", "agency", "report"),
    ("day", "hour", "week"),
    ("working_day",),
    ("dong", "thousand_dong", "million_dong", "billion_dong"),
    ("point",),
)

# Values (in percent) where plans put their thresholds and exactness bites.
_INTERESTING_PERCENT: tuple[Fraction, ...] = tuple(
    Fraction(x)
    for x in (
        "0",
        "50",
        "200/3",
        "66.67",
        "66.66",
        "80",
        "84.99",
        "85",
        "85.01",
        "89.9",
        "90",
        "90.1",
        "95",
        "99.99",
        "100",
    )
)
_INTERESTING_COUNT: tuple[Fraction, ...] = tuple(
    Fraction(x) for x in (0, 1, 2, 3, 5, 7, 8, 10, 100)
)


def _family(unit: str) -> tuple[str, ...]:
    for family in _SAME_DIMENSION:
        if unit in family:
            return family
    return (unit,)


def _numbers(
    min_value: Fraction,
    max_value: Fraction,
    interesting: Sequence[Fraction] = (),
    integral: bool = False,
) -> st.SearchStrategy[Fraction]:
    """Exact numbers in ``[min_value, max_value]``: boundary values, integers, decimals
    with one or two places, and fractions with small denominators (2/3)."""
    low_int, high_int = math.ceil(min_value), math.floor(max_value)
    options: list[st.SearchStrategy[Fraction]] = []
    special = sorted(
        {x for x in (*interesting, min_value, max_value) if min_value <= x <= max_value}
    )
    if integral:
        special = [x for x in special if x.denominator == 1]
    if special:
        # Boundaries are where bugs live: about half the draws land on one.
        options.extend([st.sampled_from(special)] * 3)
    if low_int <= high_int:
        options.append(st.integers(low_int, high_int).map(Fraction))
    if not integral:
        for places in (10, 100):
            options.extend(_decimals(min_value, max_value, places))
        options.append(st.fractions(min_value, max_value, max_denominator=12))
    if not options:  # an interval without an integer, asked for integers only
        options.append(st.just(min_value))
    return st.one_of(options)


def _decimals(
    min_value: Fraction, max_value: Fraction, places: int
) -> list[st.SearchStrategy[Fraction]]:
    """Decimals with ``places`` (10: one place, 100: two) in the interval, if any."""
    low, high = math.ceil(min_value * places), math.floor(max_value * places)
    if low > high:
        return []
    return [st.integers(low, high).map(lambda n: Fraction(n, places))]


def amounts(
    unit: str | None = "percent",
    *,
    min_value: Fraction | int | str = 0,
    max_value: Fraction | int | str = 100,
) -> st.SearchStrategy[Amount]:
    """Exact amounts in ``unit`` between ``min_value`` and ``max_value`` (in that unit).

    ``unit=None`` gives plain numbers ("in the indicator's own unit"). Values favour the
    boundaries plans use: ``85 %``, ``84.99 %``, ``90.1 %``, ``200/3 %``, ``100 %``.

    Example:
        ``amounts("percent")`` yields ``Amount(Fraction(85), "percent")`` among others;
        ``amounts("dossier", max_value=20)`` counts of dossiers.
    """
    low, high = Fraction(min_value), Fraction(max_value)
    if low > high:
        raise ValueError(f"min_value {low} is above max_value {high}")
    canonical = None if unit is None else normalise_unit(unit)
    interesting: Sequence[Fraction] = _INTERESTING_COUNT
    if canonical in ("percent", "proportion", "permille"):
        interesting = [convert(x, "percent", canonical) for x in _INTERESTING_PERCENT]
    return _numbers(low, high, interesting).map(lambda value: Amount(value, canonical))


# ---------------------------------------------------------------------------------
# Indicators

_LEVELS_PAR = ("yếu", "trung bình", "khá", "tốt", "xuất sắc")
_LEVELS_COMPLETION = ("không hoàn thành", "hoàn thành", "hoàn thành tốt")
_LEVEL_WORDS = ("kém", "yếu", "trung bình", "đạt", "khá", "tốt", "rất tốt", "xuất sắc")

_NAMES: dict[MeasureKind, tuple[str, ...]] = {
    MeasureKind.RATIO: (
        "Tỷ lệ hồ sơ giải quyết đúng hạn",
        "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính",
        "Tỷ lệ hồ sơ trực tuyến toàn trình",
        "Tỷ lệ văn bản điện tử được ký số",
    ),
    MeasureKind.COUNT: (
        "Số đơn vị sự nghiệp công lập tự chủ về tài chính",
        "Số thủ tục hành chính được cắt giảm",
        "Số cuộc kiểm tra công tác cải cách hành chính",
    ),
    MeasureKind.AMOUNT: (
        "Thời gian giải quyết thủ tục đăng ký kinh doanh",
        "Chi phí tuân thủ thủ tục hành chính",
    ),
    MeasureKind.SCORE: ("Chỉ số CCHC (PAR Index)", "Chỉ số SIPAS", "Điểm PCI"),
    MeasureKind.ORDINAL: ("Xếp loại Chỉ số CCHC", "Mức độ hoàn thành nhiệm vụ"),
    MeasureKind.BOOLEAN: (
        "Bộ phận một cửa hiện đại",
        "Ban hành kế hoạch cải cách hành chính đúng hạn",
    ),
}

_SLUGS: dict[MeasureKind, tuple[str, ...]] = {
    MeasureKind.RATIO: ("on_time", "satisfaction", "online_full", "signed_docs"),
    MeasureKind.COUNT: ("autonomous_units", "procedures_cut", "inspections"),
    MeasureKind.AMOUNT: ("processing_time", "compliance_cost"),
    MeasureKind.SCORE: ("par_index", "sipas", "pci"),
    MeasureKind.ORDINAL: ("par_grade", "task_grade"),
    MeasureKind.BOOLEAN: ("modern_one_stop", "plan_on_time"),
}

# Roll-up rules both the contract (docs/semantics.md §3) and the code allow; ``None`` means
# "leave the default".
_SPATIAL: dict[MeasureKind, tuple[SpatialRule | None, ...]] = {
    MeasureKind.RATIO: (None, SpatialRule.RATIO_OF_SUMS),
    MeasureKind.COUNT: (None, SpatialRule.SUM),
    MeasureKind.AMOUNT: (
        SpatialRule.SUM,
        SpatialRule.MEAN,
        SpatialRule.WEIGHTED_MEAN,
        SpatialRule.MIN,
        SpatialRule.MAX,
    ),
    MeasureKind.SCORE: (None, SpatialRule.WEIGHTED_MEAN, SpatialRule.NONE),
    MeasureKind.ORDINAL: (None, SpatialRule.MIN, SpatialRule.NONE),
    MeasureKind.BOOLEAN: (None, SpatialRule.SHARE_TRUE, SpatialRule.ALL, SpatialRule.ANY),
}
_TEMPORAL: dict[MeasureKind, tuple[TemporalRule | None, ...]] = {
    MeasureKind.RATIO: (None, TemporalRule.RATIO_OF_SUMS),
    MeasureKind.COUNT: (None, TemporalRule.SUM, TemporalRule.LAST),
    MeasureKind.AMOUNT: (TemporalRule.SUM, TemporalRule.LAST, TemporalRule.MEAN),
    MeasureKind.SCORE: (None, TemporalRule.LAST, TemporalRule.MEAN),
    MeasureKind.ORDINAL: (None, TemporalRule.LAST),
    MeasureKind.BOOLEAN: (None, TemporalRule.LAST),
}

_DIMENSIONS: tuple[Dimension, ...] = (
    Dimension("sector", ("land", "construction", "investment"), "lĩnh vực"),
    Dimension("service_level", ("3", "4"), "mức độ dịch vụ công trực tuyến"),
    Dimension("online", ("partial", "full"), "dịch vụ công trực tuyến"),
    Dimension("channel", ("one_stop", "post", "online"), "kênh tiếp nhận"),
)


@st.composite
def _level_names(draw: st.DrawFn) -> tuple[str, ...]:
    choice = draw(st.integers(0, 2))
    if choice == 0:
        return _LEVELS_PAR
    if choice == 1:
        return _LEVELS_COMPLETION
    picked = draw(st.lists(st.sampled_from(_LEVEL_WORDS), min_size=2, max_size=6, unique=True))
    return tuple(picked)


@st.composite
def _indicator(draw: st.DrawFn, measure: MeasureKind | None) -> Indicator:
    kind = measure if measure is not None else draw(st.sampled_from(list(MeasureKind)))
    fields: dict[str, Any] = {
        "id": draw(st.sampled_from(_SLUGS[kind])) + draw(st.sampled_from(("", "_2021", "-v2"))),
        "name": draw(st.sampled_from(_NAMES[kind])),
        "measure": kind,
        "direction": draw(st.sampled_from(list(Direction))),
        "area": draw(st.none() | st.sampled_from(list(ReformArea))),
    }
    if kind in _UNITS:
        fields["unit"] = draw(st.sampled_from(_UNITS[kind]))
    if kind is MeasureKind.RATIO:
        # Most ratios are bounded (a part of a whole); some are not (growth over a base).
        fields["bounded"] = draw(st.sampled_from((True, True, True, False)))
    if kind is MeasureKind.ORDINAL:
        fields["levels"] = draw(_level_names())
    spatial = draw(st.sampled_from(_SPATIAL[kind]))
    if spatial is not None:
        fields["spatial"] = spatial
    temporal = draw(st.sampled_from(_TEMPORAL[kind]))
    if temporal is not None:
        fields["temporal"] = temporal
    if draw(st.integers(0, 3)) == 0:
        fields["dimensions"] = tuple(
            draw(st.lists(st.sampled_from(_DIMENSIONS), min_size=1, max_size=2, unique=True))
        )
    if draw(st.booleans()):
        fields["name_en"] = draw(st.sampled_from(("Share on time", "Satisfaction", "Index")))
    if kind is MeasureKind.RATIO and draw(st.booleans()):
        fields["numerator"] = "Số hồ sơ giải quyết đúng hạn"
        fields["denominator"] = "Tổng số hồ sơ đã giải quyết"
        fields["exclusions"] = ("hồ sơ thuộc phạm vi bí mật nhà nước",)
    return Indicator(**fields)


def indicators(measure: MeasureKind | None = None) -> st.SearchStrategy[Indicator]:
    """Valid indicators of ``measure`` (any kind if ``None``).

    Units fit the kind (percent, proportion or permille for a ratio; a counting unit for
    a count; day, working day or dong for an amount; point for a score; none for
    ordinal and boolean), roll-up rules are left to their default or chosen among the
    allowed ones, an ordinal has two or more levels (often yếu < … < xuất sắc), and some
    indicators carry dimensions such as ``sector``.
    """
    return _indicator(measure)


# ---------------------------------------------------------------------------------
# Scopes and targets

_SCOPE_LEVELS = (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE)


def scopes() -> st.SearchStrategy[Scope]:
    """``self`` (the most common), ``pooled`` at a level, or ``each`` unit at a level."""
    return st.one_of(
        st.just(Scope.self_()),
        st.sampled_from(_SCOPE_LEVELS).map(Scope.pooled),
        st.sampled_from(_SCOPE_LEVELS).map(Scope.each),
    )


_AGENCY_NAMES = (
    ("SNV", "Sở Nội vụ", AgencyKind.DEPARTMENT),
    ("STP", "Sở Tư pháp", AgencyKind.DEPARTMENT),
    ("BQLKKT", "Ban Quản lý Khu kinh tế", AgencyKind.BOARD),
    ("CT", "Công an tỉnh", AgencyKind.SECTOR),
    ("TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh", AgencyKind.SERVICE_CENTRE),
    ("TTCNTT", "Trung tâm Công nghệ thông tin", AgencyKind.PUBLIC_SERVICE_UNIT),
    ("UBND-H1", "UBND huyện 1", AgencyKind.LOWER_COMMITTEE),
    ("VP-DKDD", "Văn phòng Đăng ký đất đai", AgencyKind.OTHER),
)


def agencies(jurisdiction: str, max_size: int = 4) -> st.SearchStrategy[tuple[Agency, ...]]:
    """Up to ``max_size`` agencies of ``jurisdiction`` with distinct codes (``SNV``, ``STP``,
    the public-service centre …)."""
    return st.lists(
        st.sampled_from(_AGENCY_NAMES), max_size=max_size, unique_by=lambda item: item[0]
    ).map(
        lambda chosen: tuple(
            Agency(code=code, name=name, kind=kind, jurisdiction=jurisdiction)
            for code, name, kind in chosen
        )
    )


def agency_scopes(codes: Sequence[str]) -> st.SearchStrategy[Scope]:
    """Scopes that reach agencies: one of ``codes``, each agency, or agencies pooled
    (of any kind, or of one)."""
    kinds = st.none() | st.sampled_from(list(AgencyKind))
    chosen = [st.sampled_from(list(codes)).map(Scope.of_agency)] if codes else []
    return st.one_of(*chosen, kinds.map(Scope.each_agency), kinds.map(Scope.pooled_agencies))


def _canonical_range(indicator: Indicator) -> tuple[Fraction, Fraction]:
    """Where thresholds on ``indicator`` sit, in its canonical unit."""
    unit = indicator.unit
    assert unit is not None
    if indicator.measure is MeasureKind.RATIO:
        top = convert(Fraction(100 if indicator.bounded else 250), "percent", unit)
        return Fraction(0), top
    if indicator.measure is MeasureKind.COUNT:
        return Fraction(0), Fraction(200)
    if unit in ("dong", "thousand_dong", "million_dong", "billion_dong"):
        return Fraction(0), convert(Fraction(10**9), "dong", unit)
    return Fraction(0), Fraction(120)


def _interesting(indicator: Indicator) -> Sequence[Fraction]:
    unit = indicator.unit
    assert unit is not None
    if indicator.measure is MeasureKind.RATIO:
        return [convert(x, "percent", unit) for x in _INTERESTING_PERCENT]
    return _INTERESTING_COUNT


@st.composite
def _written(draw: st.DrawFn, value: Fraction, indicator: Indicator) -> Amount:
    """A canonical value as a plan might write it: in the indicator's unit, another unit
    of the same dimension, or a plain number."""
    unit = indicator.unit
    assert unit is not None
    shown = draw(st.sampled_from((None, unit, *_family(unit))))
    if shown is None:
        return Amount(value)
    return Amount(convert(value, unit, shown), shown)


@st.composite
def _threshold(draw: st.DrawFn, indicator: Indicator) -> Amount:
    low, high = _canonical_range(indicator)
    value = draw(_numbers(low, high, _interesting(indicator)))
    return draw(_written(value, indicator))


@st.composite
def _timing(draw: st.DrawFn, deadline: Any) -> dict[str, Any]:
    """Sometimes a window of the target's own (``period``) and a recurrence (``every``),
    consistent with each other and with ``deadline``."""
    fields: dict[str, Any] = {}
    if draw(st.integers(0, 7)) == 0:
        window = draw(
            st.one_of(
                st.integers(2020, 2030).map(Period.year),
                st.builds(Period.half, st.integers(2020, 2030), st.integers(1, 2)),
                st.builds(Period.quarter, st.integers(2020, 2030), st.integers(1, 4)),
                intervals(2020, 2030),
            )
        )
        if deadline is None or deadline >= window.start:
            fields["period"] = window
    if draw(st.integers(0, 7)) == 0:
        every = draw(st.sampled_from(list(Recurrence)))
        own: Period | None = fields.get("period")
        if own is None or every.periods_in(own):
            fields["every"] = every
    return fields


@st.composite
def _common(draw: st.DrawFn) -> dict[str, Any]:
    """The fields every form has, other than its id."""
    fields: dict[str, Any] = {}
    if draw(st.booleans()):
        fields["aspirational"] = True
    if draw(st.integers(0, 3)) == 0:
        fields["source_text"] = draw(
            st.sampled_from(
                (
                    "đạt tối thiểu 85%",
                    "trên 90%",
                    "phấn đấu 100% hồ sơ được giải quyết đúng hạn",
                    "thuộc 1 trong 5 đơn vị dẫn đầu",
                )
            )
        )
    if draw(st.integers(0, 5)) == 0:
        fields["exclusions"] = ("hồ sơ thuộc phạm vi bí mật nhà nước",)
    if draw(st.integers(0, 5)) == 0:
        fields["deadline"] = draw(dates(2020, 2030))
    fields.update(draw(_timing(fields.get("deadline"))))
    if draw(st.integers(0, 3)) == 0:
        fields["area"] = draw(st.sampled_from(list(ReformArea)))
    return fields


@st.composite
def _on_indicator(draw: st.DrawFn, indicator: Indicator, self_only: bool) -> dict[str, Any]:
    """indicator, scope and breakdown members for a target on ``indicator``."""
    fields: dict[str, Any] = {"indicator": indicator}
    if not self_only:
        fields["scope"] = draw(scopes())
    if len(indicator.dimensions) > 0 and draw(st.booleans()):
        chosen = draw(
            st.lists(st.sampled_from(indicator.dimensions), min_size=1, unique_by=lambda d: d.id)
        )
        fields["members"] = tuple((dim.id, draw(st.sampled_from(dim.members))) for dim in chosen)
    return fields


def _sums_counts(indicator: Indicator) -> bool:
    return (
        indicator.measure is MeasureKind.RATIO
        and indicator.spatial is SpatialRule.RATIO_OF_SUMS
        and indicator.temporal is TemporalRule.RATIO_OF_SUMS
    )


@st.composite
def _breakdown_and_base(
    draw: st.DrawFn,
    pool: st.SearchStrategy[Indicator],
    indicator: Indicator,
    where: dict[str, Any],
    form: str,
) -> dict[str, Any]:
    """Sometimes ``each_member`` (a dimension not fixed in ``members``), and sometimes
    ``within`` (a sub-quota of another counted ratio of the pool, broken down alike)."""
    fields: dict[str, Any] = {}
    fixed = dict(where.get("members", ()))
    free = [d for d in indicator.dimensions if d.id not in fixed]
    if free and draw(st.integers(0, 59)) == 0:  # rare: the dataframe engine hands them over
        fields["each_member"] = draw(st.sampled_from(free)).id
    if form == "ordinal" or not _sums_counts(indicator) or draw(st.integers(0, 59)) != 0:
        return fields
    base = draw(pool)
    wanted = [*fixed.items()]
    if "each_member" in fields:
        dimension = next(d for d in indicator.dimensions if d.id == fields["each_member"])
        wanted += [(dimension.id, member) for member in dimension.members]
    dimensions = {d.id: d.members for d in base.dimensions}
    fits = all(member in dimensions.get(dim_id, ()) for dim_id, member in wanted)
    if base.id != indicator.id and _sums_counts(base) and fits:
        fields["within"] = base
    return fields


_OPS = tuple(Op)
#: The forms on one indicator (no parts).
_LEAVES = ("comparison", "between", "ordinal", "change", "rank", "rank_change")
_PEER_CODES = tuple(f"{code:02d}" for code in range(1, 17))
_LEAF_FORMS: dict[MeasureKind, tuple[str, ...]] = {
    MeasureKind.RATIO: ("comparison", "between", "change", "rank", "rank_change"),
    MeasureKind.COUNT: ("comparison", "between", "change", "rank", "rank_change"),
    MeasureKind.AMOUNT: ("comparison", "between", "change", "rank", "rank_change"),
    MeasureKind.SCORE: ("comparison", "between", "change", "rank", "rank_change"),
    MeasureKind.ORDINAL: ("ordinal", "rank", "rank_change"),
    MeasureKind.BOOLEAN: ("comparison",),
}


@st.composite
def _leaf(
    draw: st.DrawFn,
    pool: st.SearchStrategy[Indicator],
    target_id: str,
    self_only: bool,
    forms: frozenset[str],
) -> Target:
    indicator = draw(pool)
    allowed = [f for f in _LEAF_FORMS[indicator.measure] if f in forms]
    if not allowed:
        # The drawn indicator fits none of the forms asked for: fall back to what fits.
        allowed = list(_LEAF_FORMS[indicator.measure])
    form = draw(st.sampled_from(allowed))
    common = draw(_common())
    common["id"] = target_id
    where = draw(_on_indicator(indicator, self_only or form in ("rank", "rank_change")))
    if form in ("comparison", "between", "ordinal"):
        where.update(draw(_breakdown_and_base(pool, indicator, where, form)))
    if form == "comparison":
        if indicator.measure is MeasureKind.BOOLEAN:
            return Comparison(**common, **where, op=Op.EQ, threshold=draw(st.booleans()))
        return Comparison(
            **common, **where, op=draw(st.sampled_from(_OPS)), threshold=draw(_threshold(indicator))
        )
    if form == "between":
        low_range, high_range = _canonical_range(indicator)
        numbers = _numbers(low_range, high_range, _interesting(indicator))
        one, two = draw(numbers), draw(numbers)
        low, high = min(one, two), max(one, two)
        inclusive = (True, True) if low == high else (draw(st.booleans()), draw(st.booleans()))
        return Between(
            **common,
            **where,
            low=draw(_written(low, indicator)),
            high=draw(_written(high, indicator)),
            low_inclusive=inclusive[0],
            high_inclusive=inclusive[1],
        )
    if form == "ordinal":
        return Ordinal(
            **common,
            **where,
            op=draw(st.sampled_from((Op.GE, Op.GE, Op.LE, Op.EQ, Op.GT, Op.LT))),
            level=draw(st.sampled_from(indicator.levels)),
        )
    if form == "change":
        relative = draw(st.booleans())
        if relative:
            delta = draw(amounts("percent", min_value=-50, max_value=100))
        else:
            low_range, high_range = _canonical_range(indicator)
            span = (high_range - low_range) / 10
            integral = indicator.measure is MeasureKind.COUNT
            delta = draw(
                _numbers(-span, span, (Fraction(0), Fraction(1), Fraction(2)), integral).flatmap(
                    lambda v: _written(v, indicator)
                )
            )
        return Change(
            **common,
            **where,
            op=draw(st.sampled_from(_OPS)),
            delta=delta,
            relative=relative,
            baseline=draw(st.none() | periods(2015, 2025)),
        )
    if form == "rank_change":
        changed: tuple[str, ...] | None = None
        if draw(st.integers(0, 3)) == 0:
            changed = tuple(draw(st.permutations(_PEER_CODES))[: draw(st.integers(1, 8))])
        return RankChange(
            **common,
            **where,
            op=draw(st.sampled_from((Op.GE, Op.GE, Op.GT, Op.LE, Op.LT, Op.EQ))),
            places=draw(st.integers(-3, 5)),
            baseline=draw(st.none() | periods(2015, 2025)),
            group_size=draw(st.none() | st.integers(1, 20)),
            peers=changed,
        )
    # rank: K, or now and then a top share of the peers ("tốp đầu")
    if draw(st.integers(0, 3)) == 0:
        top = draw(st.sampled_from(("10 %", "20 %", "25 %", "33.3 %", "50 %", "100 %")))
        listed: tuple[str, ...] | None = None
        if draw(st.integers(0, 3)) == 0:
            listed = tuple(draw(st.permutations(_PEER_CODES))[: draw(st.integers(1, 10))])
        size_of = draw(st.none() | st.integers(1, 20))
        return Rank(**common, **where, top=top, group_size=size_of, peers=listed)
    k = draw(st.integers(1, 10))
    peers: tuple[str, ...] | None = None
    if draw(st.integers(0, 3)) == 0:
        # Distinct province codes without filtering: a prefix of a shuffled list.
        size = draw(st.integers(k, k + 6))
        peers = tuple(draw(st.permutations(_PEER_CODES))[:size])
    group_size = draw(st.none() | st.integers(k, k + 15))
    return Rank(**common, **where, k=k, group_size=group_size, peers=peers)


@st.composite
def _target(
    draw: st.DrawFn,
    pool: st.SearchStrategy[Indicator],
    target_id: str,
    depth: int,
    self_only: bool,
    forms: frozenset[str],
) -> Target:
    nested = [f for f in ("share", "all_of", "any_of", "at_least") if f in forms]
    leaves_wanted = forms & set(_LEAVES)
    if depth <= 0 or not nested or (leaves_wanted and draw(st.integers(0, 2)) == 0):
        return draw(_leaf(pool, target_id, self_only, forms))
    form = draw(st.sampled_from(nested))
    common = draw(_common())
    common["id"] = target_id
    if form == "share":
        # The condition is checked at each unit itself, so its scope is self all the way down.
        condition = draw(_target(pool, f"{target_id}.1", depth - 1, True, forms))
        unit = draw(st.sampled_from(("percent", "percent", "proportion", "permille")))
        high = convert(Fraction(100), "percent", unit)
        return Share(
            **common,
            level=draw(st.sampled_from(_SCOPE_LEVELS)),
            condition=condition,
            op=draw(st.sampled_from(_OPS)),
            threshold=draw(amounts(unit, min_value=0, max_value=high)),
        )
    count = draw(st.integers(1, 4))
    parts = tuple(
        draw(_target(pool, f"{target_id}.{index}", depth - 1, self_only, forms))
        for index in range(1, count + 1)
    )
    if form == "all_of":
        return AllOf(**common, parts=parts)
    if form == "any_of":
        return AnyOf(**common, parts=parts)
    return AtLeast(**common, parts=parts, n=draw(st.integers(1, count)))


def _pool(
    indicators_: st.SearchStrategy[Indicator] | Sequence[Indicator] | None,
    forms: frozenset[str],
) -> st.SearchStrategy[Indicator]:
    if indicators_ is None:
        # Only kinds that some leaf form asked for can measure.
        kinds = [k for k in MeasureKind if forms & set(_LEAF_FORMS[k])]
        return st.sampled_from(kinds).flatmap(indicators)
    if isinstance(indicators_, st.SearchStrategy):
        return indicators_
    if not indicators_:
        raise ValueError("no indicators to build targets on; expected at least one")
    return st.sampled_from(list(indicators_))


def targets(
    indicators: st.SearchStrategy[Indicator] | Sequence[Indicator] | None = None,
    max_depth: int = 2,
    *,
    forms: Sequence[str] | None = None,
    id_prefix: str = "t",
    self_scope: bool = False,
) -> st.SearchStrategy[Target]:
    """Valid targets of every form, nested at most ``max_depth`` deep.

    Args:
        indicators: The indicators targets measure: a strategy, a list to pick from,
            or ``None`` for :func:`indicators` of every kind that a form asked for can
            measure. Forms that fit none of the given indicators (an ordinal target
            without an ordinal indicator) do not appear; an indicator that fits none
            of the forms asked for gets a form that fits it.
        max_depth: How deep shares and compounds nest; 0 gives only single-indicator
            forms.
        forms: Restrict to these form names (see :data:`FORMS`); a compound form
            always has parts of the leaf forms asked for, or of any leaf form if none
            is.
        id_prefix: The root's id; parts are ``<prefix>.1``, ``<prefix>.1.2`` … so ids
            are unique within one tree.
        self_scope: Only targets measured on the issuer's own territory.

    Thresholds are valid for their indicator: a bounded ratio's lie in 0–100 %, a
    between's low is at most its high, an at-least's ``n`` lies in 1…len(parts), a
    share's threshold is a percent in 0–100 %.

    Example:
        ``targets(forms=["comparison"], max_depth=0)`` gives ``≥ 85 %``, ``> 90.1 %`` …
    """
    chosen = frozenset(FORMS if forms is None else forms)
    unknown = chosen - set(FORMS)
    if unknown:
        raise ValueError(f"unknown target forms {sorted(unknown)}; expected some of {FORMS}")
    if not chosen:
        raise ValueError("no target forms asked for; expected at least one")
    if not chosen & set(_LEAVES):
        chosen |= set(_LEAVES)
    return _target(_pool(indicators, chosen), id_prefix, max_depth, self_scope, chosen)


# ---------------------------------------------------------------------------------
# Plans

_PROVINCES = (
    ("06", "Bắc Kạn"),
    ("38", "Thanh Hóa"),
    ("46", "Thừa Thiên Huế"),
    ("74", "Bình Dương"),
    ("19", "Thái Nguyên"),
)


@st.composite
def _document(draw: st.DrawFn, province: str) -> DocumentRef:
    kind = draw(st.sampled_from(list(DocumentKind)))
    abbreviation = {
        DocumentKind.KE_HOACH: "KH",
        DocumentKind.QUYET_DINH: "QĐ",
        DocumentKind.CHI_THI: "CT",
        DocumentKind.NGHI_QUYET: "NQ",
        DocumentKind.CHUONG_TRINH: "CTr",
        DocumentKind.CONG_VAN: "CV",
        DocumentKind.THONG_BAO: "TB",
    }[kind]
    number = f"{draw(st.integers(1, 999))}/{abbreviation}-UBND"
    return DocumentRef(
        kind=kind,
        number=draw(st.sampled_from((number, ""))),
        issued_on=draw(st.none() | dates(2018, 2026)),
        issuing_body=draw(st.sampled_from((f"UBND tỉnh {province}", ""))),
        title=draw(st.sampled_from(("", "Kế hoạch cải cách hành chính"))),
    )


def _unique_ids(items: list[Indicator]) -> tuple[Indicator, ...]:
    return tuple(attrs.evolve(item, id=f"{item.id}-{index}") for index, item in enumerate(items))


def _picks(draw: st.DrawFn, ids: Sequence[str], at_most: int) -> tuple[str, ...]:
    if not ids:
        return ()
    return tuple(draw(st.lists(st.sampled_from(list(ids)), max_size=at_most, unique=True)))


@st.composite
def _plan(draw: st.DrawFn, max_targets: int, max_depth: int) -> Plan:
    code, province = draw(st.sampled_from(_PROVINCES))
    pool = _unique_ids(draw(st.lists(indicators(), min_size=1, max_size=4)))
    count = draw(st.integers(0, max_targets))
    plan_targets = tuple(
        draw(targets(pool, max_depth, id_prefix=f"t{index}")) for index in range(1, count + 1)
    )
    target_ids = [t.id for top in plan_targets for t in top.walk()]
    tasks = tuple(
        Task(
            id=f"task{index}",
            text=draw(
                st.sampled_from(
                    (
                        "Rà soát, đơn giản hóa thủ tục hành chính",
                        "Triển khai dịch vụ công trực tuyến toàn trình",
                        "Kiểm tra công tác cải cách hành chính",
                    )
                )
            ),
            area=draw(st.none() | st.sampled_from(list(ReformArea))),
            lead_agency=draw(st.sampled_from(("", "Sở Nội vụ", "Văn phòng UBND tỉnh"))),
            deadline=draw(st.none() | dates(2020, 2030)),
            targets=_picks(draw, target_ids, 3),
        )
        for index in range(1, draw(st.integers(0, 3)) + 1)
    )
    objectives = tuple(
        Objective(
            id=f"obj{index}",
            text="Nâng cao chất lượng phục vụ người dân, doanh nghiệp",
            area=draw(st.none() | st.sampled_from(list(ReformArea))),
        )
        for index in range(1, draw(st.integers(0, 2)) + 1)
    )
    period = draw(periods(2018, 2030))
    declared = draw(st.one_of(st.just(()), agencies(code)))
    aimed: bool = draw(st.booleans())
    if declared and aimed:
        plan_targets += _for_agencies(draw, pool, declared, len(plan_targets) + 1)
    return Plan(
        id=f"kh-{code}-{draw(st.integers(1, 999))}",
        title=f"Kế hoạch cải cách hành chính tỉnh {province}",
        issuer=code,
        issuer_name=draw(st.sampled_from((f"UBND tỉnh {province}", ""))),
        period=period,
        document=draw(st.none() | _document(province)),
        areas=tuple(draw(st.lists(st.sampled_from(list(ReformArea)), max_size=4, unique=True))),
        objectives=objectives,
        tasks=tasks,
        targets=plan_targets,
        indicators=pool,
        parent=draw(st.none() | st.just("ct-cchc-2021-2030")),
        source=draw(st.sampled_from(("", "https://example.gov.vn/kh-cchc"))),
        agencies=declared,
    )


def _for_agencies(
    draw: st.DrawFn, pool: Sequence[Indicator], declared: Sequence[Agency], index: int
) -> tuple[Target, ...]:
    """A target on the plan's indicators set for its agencies, or none when the target
    drawn takes no agency scope (a rank, a share, a baseline value measured at each)."""
    target = draw(targets(pool, 1, id_prefix=f"t{index}", self_scope=True))
    if not isinstance(target, Comparison | Between | Ordinal | Change):
        return ()
    scope = draw(agency_scopes([a.code for a in declared]))
    try:
        return (attrs.evolve(target, scope=scope),)
    except ValidationError:
        return ()


def plans(max_targets: int = 4, max_depth: int = 1) -> st.SearchStrategy[Plan]:
    """Valid plans: every target measures an indicator in ``plan.indicators``, target
    ids are unique (``t1``, ``t1.2`` …), and every task names existing target ids.

    Example:
        ``@given(plans())`` gives a Thanh Hóa plan with two targets on ``on_time-0``.
    """
    return _plan(max_targets, max_depth)
