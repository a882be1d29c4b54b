"""Hypothesis strategies for dates and periods (kỳ báo cáo).

Use them to test code that takes a :class:`~cchc_model.model.periods.Period`::

    from hypothesis import given
    from cchc_model.testing.strategies_periods import periods

    @given(periods())
    def test_label_round_trip(p):
        assert Period.parse(p.label) == p

Needs the ``testing`` extra (hypothesis).
"""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from cchc_model.model.periods import Period

__all__ = ["dates", "intervals", "periods"]

MIN_YEAR = 1990
MAX_YEAR = 2100


def dates(min_year: int = MIN_YEAR, max_year: int = MAX_YEAR) -> st.SearchStrategy[date]:
    """Any calendar day from 1 January ``min_year`` to 31 December ``max_year``."""
    return st.dates(date(min_year, 1, 1), date(max_year, 12, 31))


def intervals(min_year: int = MIN_YEAR, max_year: int = MAX_YEAR) -> st.SearchStrategy[Period]:
    """Explicit intervals: any first and last day, and runs of whole years (giai đoạn)."""
    days = dates(min_year, max_year)
    any_days = st.tuples(days, days).map(lambda pair: Period.between(min(pair), max(pair)))
    years = st.integers(min_year, max_year)
    whole_years = st.tuples(years, years).map(
        lambda pair: Period.between(date(min(pair), 1, 1), date(max(pair), 12, 31))
    )
    return st.one_of(any_days, whole_years)


def periods(min_year: int = MIN_YEAR, max_year: int = MAX_YEAR) -> st.SearchStrategy[Period]:
    """Years, halves, quarters, months, single days and explicit intervals."""
    years = st.integers(min_year, max_year)
    return st.one_of(
        years.map(Period.year),
        st.builds(Period.half, years, st.integers(1, 2)),
        st.builds(Period.quarter, years, st.integers(1, 4)),
        st.builds(Period.month, years, st.integers(1, 12)),
        dates(min_year, max_year).map(Period.day),
        intervals(min_year, max_year),
    )
