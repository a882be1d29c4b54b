"""Hypothesis strategies for observations (số liệu) of every measure kind.

Every strategy builds valid observations directly (no filtering): a ratio's numerator
never exceeds its denominator when the ratio is bounded, counts are whole and
non-negative, levels and members exist, units convert. Use them to test code that
reads an :class:`~cchc_model.io.observations.ObservationSet`::

    from hypothesis import given
    from cchc_model.io.observations import ObservationSet
    from cchc_model.testing.strategies_observations import SAMPLE_INDICATORS, observation_lists

    @given(observation_lists())
    def test_every_point_has_a_key(observations):
        s = ObservationSet(observations, SAMPLE_INDICATORS)
        assert all(s.get(*p.key) is p for p in s)

What is here:

* :data:`SAMPLE_INDICATORS` — one indicator of each measure kind, a bounded ratio with
  a dimension, an unbounded ratio in proportion, an amount in working days and one in
  days.
* :func:`observations` — one valid observation of one of the given indicators.
* :func:`observation_lists` — lists of observations with distinct keys, ready for an
  :class:`~cchc_model.io.observations.ObservationSet`.

Needs the ``testing`` extra (hypothesis).
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from hypothesis import strategies as st

from cchc_model.io.observations import Basis, Observation
from cchc_model.model.indicators import Dimension, Indicator, MeasureKind, SpatialRule, TemporalRule
from cchc_model.testing.strategies_periods import periods

__all__ = ["SAMPLE_INDICATORS", "observation_lists", "observations"]

#: One indicator of each measure kind, as the engine meets them.
SAMPLE_INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        id="online",
        name="Tỷ lệ hồ sơ trực tuyến",
        measure=MeasureKind.RATIO,
        dimensions=(
            Dimension("sector", ("land", "construction", "investment"), "lĩnh vực"),
            Dimension("level", ("3", "4"), "mức độ"),
        ),
    ),
    Indicator(
        id="growth",
        name="Tỷ lệ tăng",
        measure=MeasureKind.RATIO,
        unit="proportion",
        bounded=False,
    ),
    Indicator(id="autonomous", name="Số đơn vị tự chủ", measure=MeasureKind.COUNT, unit="unit"),
    Indicator(
        id="days",
        name="Thời gian giải quyết",
        measure=MeasureKind.AMOUNT,
        unit="working_day",
        spatial=SpatialRule.WEIGHTED_MEAN,
        temporal=TemporalRule.LAST,
    ),
    Indicator(
        id="waiting",
        name="Thời gian chờ",
        measure=MeasureKind.AMOUNT,
        unit="day",
        spatial=SpatialRule.MAX,
        temporal=TemporalRule.LAST,
    ),
    Indicator(id="par_index", name="Chỉ số CCHC", measure=MeasureKind.SCORE, unit="point"),
    Indicator(
        id="par_rank",
        name="Xếp loại CCHC",
        measure=MeasureKind.ORDINAL,
        levels=("yếu", "trung bình", "khá", "tốt", "xuất sắc"),
    ),
    Indicator(id="one_stop", name="Bộ phận một cửa hiện đại", measure=MeasureKind.BOOLEAN),
)

_CODES = ("01", "06", "38", "46", "001", "380", "00004", "15061", "26734")

# Units a value may be given in, by indicator unit, besides the indicator's own.
_OTHER_UNITS = {
    "percent": ("proportion", "permille"),
    "proportion": ("percent",),
    "unit": ("count", "dossier"),
    "day": ("week", "hour"),
}


def _fractions(low: int, high: int) -> st.SearchStrategy[Fraction]:
    """Exact numbers in [low, high]: whole, two-decimal and thirds (which print as p/q)."""
    return st.one_of(
        st.integers(low, high).map(Fraction),
        st.integers(low * 100, high * 100).map(lambda n: Fraction(n, 100)),
        st.integers(low * 3, high * 3).map(lambda n: Fraction(n, 3)),
    )


def _members(indicator: Indicator) -> st.SearchStrategy[dict[str, str]]:
    if not indicator.dimensions:
        return st.just({})
    return st.fixed_dictionaries(
        {},
        optional={d.id: st.sampled_from(d.members) for d in indicator.dimensions},
    )


@st.composite
def _value_fields(draw: st.DrawFn, indicator: Indicator) -> dict[str, Any]:
    """value / numerator / denominator / weight / unit for one valid observation."""
    measure = indicator.measure
    weight = st.one_of(st.none(), _fractions(1, 1000))
    if measure is MeasureKind.RATIO:
        if draw(st.booleans()):
            den = draw(st.integers(0, 10**6))
            if indicator.bounded:
                num = draw(st.integers(0, den))
            else:
                num = draw(st.integers(0, 10**6)) if den else 0
            return {"numerator": Fraction(num), "denominator": Fraction(den)}
        assert indicator.unit is not None
        unit = draw(st.sampled_from((None, *_OTHER_UNITS.get(indicator.unit, ()))))
        # The value's largest amount, in its unit: 100 % for a bounded ratio.
        top = {"percent": 100, "proportion": 1, "permille": 1000}[unit or indicator.unit]
        value = draw(_fractions(0, top if indicator.bounded else top * 5))
        return {"value": value, "unit": unit, "weight": draw(weight)}
    if measure is MeasureKind.COUNT:
        unit = draw(st.sampled_from((None, *_OTHER_UNITS.get(indicator.unit or "", ()))))
        return {"value": Fraction(draw(st.integers(0, 10**7))), "unit": unit}
    if measure in (MeasureKind.AMOUNT, MeasureKind.SCORE):
        unit = draw(st.sampled_from((None, *_OTHER_UNITS.get(indicator.unit or "", ()))))
        return {"value": draw(_fractions(0, 10**4)), "unit": unit, "weight": draw(weight)}
    if measure is MeasureKind.ORDINAL:
        return {"value": draw(st.sampled_from(indicator.levels))}
    return {"value": draw(st.booleans())}


@st.composite
def _observation(draw: st.DrawFn, indicators: Sequence[Indicator]) -> Observation:
    indicator = draw(st.sampled_from(indicators))
    return Observation(
        indicator=indicator.id,
        code=draw(st.sampled_from(_CODES)),
        period=draw(periods(2015, 2030)),
        members=draw(_members(indicator)),
        basis=draw(st.sampled_from(Basis)),
        source=draw(st.sampled_from(("", "báo cáo năm", "line 3 of data.csv"))),
        **draw(_value_fields(indicator)),
    )


def observations(
    indicators: Sequence[Indicator] = SAMPLE_INDICATORS,
) -> st.SearchStrategy[Observation]:
    """One valid observation of one of ``indicators`` (default :data:`SAMPLE_INDICATORS`).

    Ratios come as counts (``0/0`` included) or as a value, in the indicator's unit or
    another of the same dimension, with or without a weight; counts, amounts and scores
    sometimes in another unit of the same dimension; levels and members always exist.
    """
    return _observation(tuple(indicators))


def observation_lists(
    indicators: Sequence[Indicator] = SAMPLE_INDICATORS,
    *,
    min_size: int = 0,
    max_size: int = 20,
) -> st.SearchStrategy[list[Observation]]:
    """Lists of valid observations with distinct keys, for an ObservationSet."""
    return st.lists(
        observations(indicators),
        min_size=min_size,
        max_size=max_size,
        unique_by=lambda o: o.key,
    )
