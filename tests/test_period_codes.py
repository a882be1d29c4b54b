"""DHIS2 and SDMX period codes read into periods and written back, for every type."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cchc_model.exceptions import PeriodError
from cchc_model.io.period_codes import (
    DHIS2_TYPES,
    dhis2_type,
    from_dhis2,
    from_sdmx,
    to_dhis2,
    to_sdmx,
)
from cchc_model.model.periods import Period

# --- published examples ---------------------------------------------------------------


#: The examples of the DHIS2 manual's table "Date and period format", with the first and
#: last day each names, and the examples of the period types added since (their Java
#: classes in dhis2-core name the November types by the year they end in).
DHIS2_EXAMPLES = [
    ("20040315", "Daily", date(2004, 3, 15), date(2004, 3, 15)),
    ("2004W10", "Weekly", date(2004, 3, 1), date(2004, 3, 7)),
    ("2015WedW5", "WeeklyWednesday", date(2015, 1, 28), date(2015, 2, 3)),
    ("2015ThuW6", "WeeklyThursday", date(2015, 2, 5), date(2015, 2, 11)),
    ("2015SatW7", "WeeklySaturday", date(2015, 2, 14), date(2015, 2, 20)),
    ("2015SunW8", "WeeklySunday", date(2015, 2, 22), date(2015, 2, 28)),
    ("2015BiW1", "BiWeekly", date(2014, 12, 29), date(2015, 1, 11)),
    ("200403", "Monthly", date(2004, 3, 1), date(2004, 3, 31)),
    ("200401B", "BiMonthly", date(2004, 1, 1), date(2004, 2, 29)),
    ("2004Q1", "Quarterly", date(2004, 1, 1), date(2004, 3, 31)),
    ("2004S1", "SixMonthly", date(2004, 1, 1), date(2004, 6, 30)),
    ("2004AprilS1", "SixMonthlyApril", date(2004, 4, 1), date(2004, 9, 30)),
    ("2004", "Yearly", date(2004, 1, 1), date(2004, 12, 31)),
    ("2004April", "FinancialApril", date(2004, 4, 1), date(2005, 3, 31)),
    ("2004July", "FinancialJuly", date(2004, 7, 1), date(2005, 6, 30)),
    ("2004Oct", "FinancialOct", date(2004, 10, 1), date(2005, 9, 30)),
    ("2005Nov", "FinancialNov", date(2004, 11, 1), date(2005, 10, 31)),
    ("2005NovS1", "SixMonthlyNov", date(2004, 11, 1), date(2005, 4, 30)),
    ("2005NovS2", "SixMonthlyNov", date(2005, 5, 1), date(2005, 10, 31)),
    ("2005NovQ1", "QuarterlyNov", date(2004, 11, 1), date(2005, 1, 31)),
    ("2005NovQ2", "QuarterlyNov", date(2005, 2, 1), date(2005, 4, 30)),
    ("2004Feb", "FinancialFeb", date(2004, 2, 1), date(2005, 1, 31)),
    ("2004Aug", "FinancialAug", date(2004, 8, 1), date(2005, 7, 31)),
    ("2004Sep", "FinancialSep", date(2004, 9, 1), date(2005, 8, 31)),
]


class TestDhis2Examples:
    @pytest.mark.parametrize(("code", "kind", "first", "last"), DHIS2_EXAMPLES)
    def test_the_manual_s_examples(self, code: str, kind: str, first: date, last: date) -> None:
        """Each example of the manual's period table names the days the manual says.

        https://docs.dhis2.org/en/develop/using-the-api/dhis-core-version-master/introduction.html
        ("Date and period format"; source dhis2/dhis2-docs
        ``src/developer/web-api/overview.md``); the November types: dhis2-core
        ``SixMonthlyNovemberPeriodType``, ``QuarterlyNovemberPeriodType``,
        ``FinancialNovemberPeriodType`` (``getIsoDate``: the start year plus one).
        """
        period = from_dhis2(code)
        assert (period.start, period.last_day) == (first, last)
        assert dhis2_type(period) == kind
        assert to_dhis2(period) == code

    def test_every_type_has_an_example(self) -> None:
        """The examples cover every type the module reads."""
        assert {kind for _, kind, _, _ in DHIS2_EXAMPLES} == set(DHIS2_TYPES)

    def test_the_dashed_forms_are_read(self) -> None:
        """``2004-03-15`` and ``2004-03`` are the Daily and Monthly types (DHIS2's
        ``PeriodTypeEnum.ofIsoPeriod``), written back without dashes."""
        assert to_dhis2(from_dhis2("2004-03-15")) == "20040315"
        assert to_dhis2(from_dhis2("2004-03")) == "200403"

    def test_a_53_week_year_has_a_27th_bi_week(self) -> None:
        """2020 has 53 ISO weeks: BiW27 is its week 53 and the next year's week 1."""
        period = from_dhis2("2020BiW27")
        assert (period.start, period.last_day) == (date(2020, 12, 28), date(2021, 1, 10))
        assert to_dhis2(from_dhis2("2020W53")) == "2020W53"


SDMX_EXAMPLES = [
    ("2023", date(2023, 1, 1), date(2023, 12, 31)),
    ("2023-A1", date(2023, 1, 1), date(2023, 12, 31)),
    ("2023-S2", date(2023, 7, 1), date(2023, 12, 31)),
    ("2023-T2", date(2023, 5, 1), date(2023, 8, 31)),
    ("2023-Q1", date(2023, 1, 1), date(2023, 3, 31)),
    ("2023-M01", date(2023, 1, 1), date(2023, 1, 31)),
    ("2023-01", date(2023, 1, 1), date(2023, 1, 31)),
    ("2023-W01", date(2023, 1, 2), date(2023, 1, 8)),
    ("2020-W53", date(2020, 12, 28), date(2021, 1, 3)),
    ("2023-D001", date(2023, 1, 1), date(2023, 1, 1)),
    ("2024-D366", date(2024, 12, 31), date(2024, 12, 31)),
    ("2023-01-15", date(2023, 1, 15), date(2023, 1, 15)),
    ("2023-04-01/P1Y", date(2023, 4, 1), date(2024, 3, 31)),
]


class TestSdmxExamples:
    @pytest.mark.parametrize(("code", "first", "last"), SDMX_EXAMPLES)
    def test_the_standard_s_forms(self, code: str, first: date, last: date) -> None:
        """Each SDMX time period names the days the standard gives it (SDMX 3.0
        Standards, Section 6, Technical Notes, "General Notes for Implementers": the
        reporting periods of a year starting on 1 January; the first reporting week is
        the one with the year's first Thursday, as in ISO 8601).

        https://basis.semanticip.org/xwiki/wiki/sdmx/view/Methodology/SDMX%203.0%20Standards.%20Section%206.%20Technical%20Notes/4%20General%20Notes%20for%20Implementers/
        """
        period = from_sdmx(code)
        assert (period.start, period.last_day) == (first, last)
        assert from_sdmx(to_sdmx(period)) == period
        assert from_sdmx(to_sdmx(period, reporting=True)) == period

    def test_the_written_forms(self) -> None:
        """Gregorian forms by default, reporting forms when asked."""
        assert to_sdmx(from_sdmx("2023-M01")) == "2023-01"
        assert to_sdmx(from_sdmx("2023-01"), reporting=True) == "2023-M01"
        assert to_sdmx(from_sdmx("2023-D032")) == "2023-02-01"
        assert to_sdmx(from_sdmx("2023-02-01"), reporting=True) == "2023-D032"
        assert to_sdmx(from_sdmx("2023"), reporting=True) == "2023-A1"
        assert to_sdmx(Period.between(date(2023, 4, 1), date(2024, 3, 31))) == "2023-04-01/P12M"
        assert to_sdmx(Period.between(date(2023, 1, 3), date(2023, 1, 12))) == "2023-01-03/P10D"


# --- the laws: code → period → code, period → code → period --------------------------

years = st.integers(1900, 2200)


@st.composite
def dhis2_codes(draw: st.DrawFn) -> str:
    """A valid code of any DHIS2 type."""
    y = draw(years)
    kind = draw(st.sampled_from(sorted(DHIS2_TYPES)))
    if kind == "Daily":
        d = date(y, 1, 1) + timedelta(days=draw(st.integers(0, 364)))
        return d.strftime("%Y%m%d")
    if kind.startswith("Weekly"):
        prefix = {"Weekly": "", "WeeklyWednesday": "Wed", "WeeklyThursday": "Thu"}.get(kind)
        prefix = prefix if prefix is not None else kind[6:9]
        return f"{y}{prefix}W{draw(st.integers(1, 52))}"
    simple = {
        "BiWeekly": lambda: f"{y}BiW{draw(st.integers(1, 26))}",
        "Monthly": lambda: f"{y}{draw(st.integers(1, 12)):02d}",
        "BiMonthly": lambda: f"{y}{draw(st.integers(1, 6)):02d}B",
        "Quarterly": lambda: f"{y}Q{draw(st.integers(1, 4))}",
        "QuarterlyNov": lambda: f"{y}NovQ{draw(st.integers(1, 4))}",
        "SixMonthly": lambda: f"{y}S{draw(st.integers(1, 2))}",
        "SixMonthlyApril": lambda: f"{y}AprilS{draw(st.integers(1, 2))}",
        "SixMonthlyNov": lambda: f"{y}NovS{draw(st.integers(1, 2))}",
        "Yearly": lambda: f"{y}",
    }
    if kind in simple:
        return simple[kind]()
    return f"{y}{kind.removeprefix('Financial')}"


class TestDhis2Laws:
    @given(dhis2_codes())
    def test_a_code_is_read_and_written_back(self, code: str) -> None:
        """code → period → code is the identity, for every type."""
        assert to_dhis2(from_dhis2(code)) == code

    @given(dhis2_codes())
    def test_a_period_is_written_and_read_back(self, code: str) -> None:
        """period → code → period is the identity, and the type is kept."""
        period = from_dhis2(code)
        assert from_dhis2(to_dhis2(period)) == period

    @given(st.dates(date(1900, 1, 1), date(2200, 12, 31)), st.sampled_from(sorted(DHIS2_TYPES)))
    @example(date(1999, 1, 4), "BiWeekly")  # in 1998's 27th bi-week and 1999's first
    def test_each_day_lies_in_one_period_of_each_type(self, day: date, kind: str) -> None:
        """The periods of a type tile the calendar: the period of the type holding a day
        holds it, and the one after starts where it ends; but for DHIS2's 27th bi-week
        of a year of 53 ISO weeks, which overlaps the next year's first by a week."""
        period = _period_holding(day, kind)
        assert day in period
        after = from_dhis2(_next_code(period, kind))
        if kind == "BiWeekly" and to_dhis2(period).endswith("BiW27"):
            assert after.start == period.end - timedelta(days=7)
            assert to_dhis2(after).endswith("BiW1")
        else:
            assert after.start == period.end

    def test_the_27th_bi_week_of_a_53_week_year(self) -> None:
        """1998 has 53 ISO weeks: its 27th bi-week is weeks 53 and 1999's first, as DHIS2
        makes it; 1999 has 52, and no 27th."""
        last = from_dhis2("1998BiW27")
        assert (last.start, last.end) == (date(1998, 12, 28), date(1999, 1, 11))
        assert from_dhis2("1999BiW1").start == date(1999, 1, 4)
        with pytest.raises(PeriodError):
            from_dhis2("1999BiW27")

    def test_iso_weeks_are_iso_8601(self) -> None:
        """Weekly is ISO 8601's week: ``date.isocalendar`` agrees on every day of 2000-2030."""
        day = date(2000, 1, 1)
        while day.year <= 2030:
            year, week, weekday = day.isocalendar()
            period = from_dhis2(f"{year}W{week}")
            assert period.start == day - timedelta(days=weekday - 1)
            assert period.days == 7
            day += timedelta(days=1)


def _period_holding(day: date, kind: str) -> Period:
    """The period of ``kind`` that holds ``day``, searched among the codes of three years."""
    for y in (day.year - 1, day.year, day.year + 1):
        for code in _codes_of(kind, y):
            period = from_dhis2(code)
            if day in period:
                return period
    raise AssertionError(f"no {kind} period holds {day}")


def _codes_of(kind: str, y: int) -> list[str]:
    fmt = DHIS2_TYPES[kind]
    if kind == "Daily":
        return [(date(y, 1, 1) + timedelta(days=i)).strftime("%Y%m%d") for i in range(366)
                if (date(y, 1, 1) + timedelta(days=i)).year == y]  # fmt: skip
    stem = fmt.removeprefix("yyyy")
    if stem.endswith("Wn"):
        return [f"{y}{stem[:-1]}{n}" for n in range(1, 54) if _valid(f"{y}{stem[:-1]}{n}")]
    if stem == "MM":
        return [f"{y}{m:02d}" for m in range(1, 13)]
    if stem == "MMB":
        return [f"{y}{m:02d}B" for m in range(1, 7)]
    if stem.endswith("n"):
        return [f"{y}{stem[:-1]}{n}" for n in range(1, 5) if _valid(f"{y}{stem[:-1]}{n}")]
    return [f"{y}{stem}"]


def _valid(code: str) -> bool:
    try:
        from_dhis2(code)
    except PeriodError:
        return False
    return True


def _next_code(period: Period, kind: str) -> str:
    """The code of the period of ``kind`` starting where ``period`` ends."""
    return to_dhis2(_period_holding(period.end, kind))


@st.composite
def sdmx_periods(draw: st.DrawFn) -> Period:
    """A period of any SDMX form: calendar periods, weeks, days and any interval."""
    y = draw(years)
    kind = draw(st.sampled_from(["A", "S", "T", "Q", "M", "W", "D", "range"]))
    if kind == "A":
        return Period.year(y)
    if kind == "S":
        return Period.half(y, draw(st.integers(1, 2)))
    if kind == "T":
        return from_sdmx(f"{y}-T{draw(st.integers(1, 3))}")
    if kind == "Q":
        return Period.quarter(y, draw(st.integers(1, 4)))
    if kind == "M":
        return Period.month(y, draw(st.integers(1, 12)))
    if kind == "W":
        return from_sdmx(f"{y}-W{draw(st.integers(1, 52)):02d}")
    first = draw(st.dates(date(1900, 1, 1), date(2200, 12, 31)))
    if kind == "D":
        return Period.day(first)
    return Period.between(first, first + timedelta(days=draw(st.integers(0, 2000))))


class TestSdmxLaws:
    @given(sdmx_periods(), st.booleans())
    def test_a_period_is_written_and_read_back(self, period: Period, reporting: bool) -> None:
        """period → code → period is the identity, in both styles."""
        assert from_sdmx(to_sdmx(period, reporting=reporting)) == period

    @given(sdmx_periods(), st.booleans())
    def test_a_code_is_read_and_written_back(self, period: Period, reporting: bool) -> None:
        """code → period → code is the identity for the codes the writer gives."""
        code = to_sdmx(period, reporting=reporting)
        assert to_sdmx(from_sdmx(code), reporting=reporting) == code


# --- errors ---------------------------------------------------------------------------


class TestErrors:
    @pytest.mark.parametrize(
        ("code", "kind"),
        [
            ("2021W53", "no-such-period"),  # 2021 has 52 ISO weeks
            ("2021BiW27", "no-such-period"),
            ("202313", "no-such-period"),
            ("20230230", "no-such-period"),
            ("2023Q5", "no-such-period"),
            ("200407B", "no-such-period"),
            ("2023AprilS3", "no-such-period"),
            ("2023March", "unreadable-period"),
            ("2023-Q1", "unreadable-period"),
            ("", "unreadable-period"),
        ],
    )
    def test_a_bad_dhis2_code_is_refused(self, code: str, kind: str) -> None:
        """A code of no type, or naming a period that does not exist, says so."""
        with pytest.raises(PeriodError) as caught:
            from_dhis2(code)
        assert caught.value.problems[0].code == kind
        assert repr(code) in str(caught.value)

    @pytest.mark.parametrize(
        "code", ["2023-Q5", "2023-M13", "2021-W53", "2023-D366", "2023-A2", "2023Q1", "2023-02-30"]
    )
    def test_a_bad_sdmx_code_is_refused(self, code: str) -> None:
        """Each is no SDMX period, or names none that exists."""
        with pytest.raises(PeriodError, match="expected"):
            from_sdmx(code)

    @pytest.mark.parametrize(
        ("first", "last"),
        [
            (date(2023, 2, 1), date(2023, 3, 31)),  # two months from February
            (date(2023, 1, 3), date(2023, 1, 9)),  # a week from Tuesday
            (date(2023, 1, 9), date(2023, 1, 22)),  # two weeks from an even ISO week
            (date(2023, 3, 1), date(2024, 2, 29)),  # a year from March
            (date(2023, 1, 1), date(2023, 1, 10)),
        ],
    )
    def test_a_period_of_no_dhis2_type_is_not_written(self, first: date, last: date) -> None:
        """A period DHIS2 has no type for is refused, not written as something else."""
        with pytest.raises(PeriodError, match="no DHIS2 period type"):
            to_dhis2(Period.between(first, last))

    def test_not_text_is_refused(self) -> None:
        """A number is not a code."""
        with pytest.raises(PeriodError, match="not text"):
            from_dhis2(2023)  # type: ignore[arg-type]
        with pytest.raises(PeriodError, match="not text"):
            from_sdmx(2023)  # type: ignore[arg-type]
