"""Tests for cchc_model.model.periods: construction, labels, parsing, relations and moves."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cchc_model.exceptions import PeriodError
from cchc_model.model.periods import Period, parse_date
from cchc_model.testing.strategies_periods import dates, intervals, periods

Y2021 = Period(date(2021, 1, 1), date(2022, 1, 1))
H1_2021 = Period(date(2021, 1, 1), date(2021, 7, 1))
Q3_2021 = Period(date(2021, 7, 1), date(2021, 10, 1))
JUL_2021 = Period(date(2021, 7, 1), date(2021, 8, 1))
PLAN_2021_2025 = Period(date(2021, 1, 1), date(2026, 1, 1))


def error_of(excinfo: pytest.ExceptionInfo[PeriodError]) -> tuple[str, str]:
    """The (code, message) of the single problem in a PeriodError."""
    (problem,) = excinfo.value.problems
    return problem.code, problem.message


calendar_periods = st.one_of(
    st.integers(1990, 2100).map(Period.year),
    st.builds(Period.half, st.integers(1990, 2100), st.integers(1, 2)),
    st.builds(Period.quarter, st.integers(1990, 2100), st.integers(1, 4)),
    st.builds(Period.month, st.integers(1990, 2100), st.integers(1, 12)),
)


class TestParseDate:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2020-12-25", date(2020, 12, 25)),
            ("25/12/2020", date(2020, 12, 25)),
            ("25-12-2020", date(2020, 12, 25)),
            ("25.12.2020", date(2020, 12, 25)),
            ("5/1/2021", date(2021, 1, 5)),
            ("ngày 25/12/2020", date(2020, 12, 25)),
            ("ngày 25 tháng 12 năm 2020", date(2020, 12, 25)),
            ("Ngày 25 tháng 12 năm 2020", date(2020, 12, 25)),
            ("  NGÀY 27/12/2019 ", date(2019, 12, 27)),
        ],
    )
    def test_accepted_forms(self, text: str, expected: date) -> None:
        """Every documented way of writing a date reads as that date."""
        assert parse_date(text) == expected

    def test_iso_is_year_month_day(self) -> None:
        """2020-04-03 is 3 April, not 4 March: ISO is never read day first."""
        assert parse_date("2020-04-03") == date(2020, 4, 3)

    def test_slashes_are_day_first(self) -> None:
        """03/04/2020 is 3 April, as written in Vietnam."""
        assert parse_date("03/04/2020") == date(2020, 4, 3)

    def test_day_above_twelve_is_not_swapped(self) -> None:
        """04/13/2020 is rejected rather than silently read month first."""
        with pytest.raises(PeriodError) as excinfo:
            parse_date("04/13/2020")
        assert error_of(excinfo)[0] == "no-such-date"

    def test_leap_day_in_leap_year(self) -> None:
        """29/02/2020 exists."""
        assert parse_date("29/02/2020") == date(2020, 2, 29)

    @pytest.mark.parametrize("text", ["29/02/2021", "31/02/2021", "2021-02-29", "31/04/2021"])
    def test_impossible_day(self, text: str) -> None:
        """A day the month does not have is an error naming the text and the days allowed."""
        with pytest.raises(PeriodError) as excinfo:
            parse_date(text)
        code, message = error_of(excinfo)
        assert code == "no-such-date"
        assert f'"{text}"' in message
        assert "expected a day from 1 to" in message

    def test_impossible_month(self) -> None:
        """Month 13 is an error saying months run from 1 to 12."""
        with pytest.raises(PeriodError, match="there is no month 13"):
            parse_date("01/13/2021")

    def test_year_zero(self) -> None:
        """Year 0 does not exist in the calendar."""
        with pytest.raises(PeriodError) as excinfo:
            parse_date("0000-01-01")
        assert error_of(excinfo)[0] == "date-out-of-range"

    @pytest.mark.parametrize(
        "text", ["", "hôm nay", "2020/12/25", "25/12-2020", "25/12/20", "2020-4-3", "20201225"]
    )
    def test_unreadable(self, text: str) -> None:
        """Text in no accepted form is an error listing the forms expected."""
        with pytest.raises(PeriodError) as excinfo:
            parse_date(text)
        code, message = error_of(excinfo)
        assert code == "unreadable-date"
        assert f'"{text}" is not a date; expected' in message

    def test_date_passes_through(self) -> None:
        """A date already read, for example by a YAML loader, is returned as it is."""
        assert parse_date(date(2020, 12, 25)) == date(2020, 12, 25)

    def test_datetime_rejected(self) -> None:
        """A date and time is not silently truncated to a date."""
        with pytest.raises(PeriodError) as excinfo:
            parse_date(datetime(2020, 12, 25, 8, 30))
        assert error_of(excinfo)[0] == "wrong-type"

    def test_not_text(self) -> None:
        """A number is not a date."""
        with pytest.raises(PeriodError) as excinfo:
            parse_date(20201225)  # type: ignore[arg-type]
        assert error_of(excinfo)[0] == "wrong-type"

    def test_error_is_a_value_error(self) -> None:
        """Callers catching ValueError also catch a bad date."""
        with pytest.raises(ValueError, match="not a date"):
            parse_date("hôm nay")

    @given(dates())
    def test_every_written_form_round_trips(self, d: date) -> None:
        """ISO, day-first and Vietnamese spellings of any date read back as that date."""
        dd, mm, yyyy = f"{d.day:02d}", f"{d.month:02d}", f"{d.year:04d}"
        for text in (
            d.isoformat(),
            f"{dd}/{mm}/{yyyy}",
            f"{d.day}-{d.month}-{yyyy}",
            f"{dd}.{mm}.{yyyy}",
            f"ngày {d.day} tháng {d.month} năm {yyyy}",
        ):
            assert parse_date(text) == d


class TestConstructors:
    def test_year(self) -> None:
        """A year runs from 1 January to the next 1 January."""
        assert Period.year(2021) == Y2021

    def test_halves(self) -> None:
        """The first half ends where the second begins, on 1 July."""
        assert Period.half(2021, 1) == H1_2021
        assert Period.half(2021, 2) == Period(date(2021, 7, 1), date(2022, 1, 1))

    def test_quarter(self) -> None:
        """Quarter 3 is July to September."""
        assert Period.quarter(2021, 3) == Q3_2021

    def test_fourth_quarter_crosses_the_year(self) -> None:
        """Quarter 4 ends on 1 January of the next year."""
        assert Period.quarter(2021, 4).end == date(2022, 1, 1)

    def test_month(self) -> None:
        """A month ends on the first of the next month, December on 1 January."""
        assert Period.month(2021, 7) == JUL_2021
        assert Period.month(2021, 12).end == date(2022, 1, 1)

    def test_day(self) -> None:
        """A day is one day long."""
        p = Period.day(date(2021, 7, 15))
        assert (p.start, p.end, p.days) == (date(2021, 7, 15), date(2021, 7, 16), 1)

    def test_between_includes_last_day(self) -> None:
        """between takes the last day inclusive, as people write intervals."""
        assert Period.between(date(2021, 1, 1), date(2021, 6, 30)) == H1_2021

    def test_between_one_day(self) -> None:
        """A first day equal to the last day is that one day."""
        assert Period.between(date(2021, 7, 15), date(2021, 7, 15)) == Period.day(date(2021, 7, 15))

    def test_between_backwards(self) -> None:
        """A last day before the first is an empty-period error."""
        with pytest.raises(PeriodError) as excinfo:
            Period.between(date(2021, 6, 30), date(2021, 1, 1))
        assert error_of(excinfo)[0] == "empty-period"

    @pytest.mark.parametrize(
        ("make", "code"),
        [
            (lambda: Period.half(2021, 3), "no-such-period"),
            (lambda: Period.half(2021, 0), "no-such-period"),
            (lambda: Period.quarter(2021, 5), "no-such-period"),
            (lambda: Period.month(2021, 13), "no-such-period"),
            (lambda: Period.month(2021, 0), "no-such-period"),
            (lambda: Period.quarter(2021, True), "no-such-period"),
            (lambda: Period.year(0), "date-out-of-range"),
            (lambda: Period.year(9999), "date-out-of-range"),
            (lambda: Period.year("2021"), "wrong-type"),  # type: ignore[arg-type]
            (lambda: Period.day(date.max), "date-out-of-range"),
            (lambda: Period.between(date(2021, 1, 1), date.max), "date-out-of-range"),
            (lambda: Period.day(datetime(2021, 1, 1)), "wrong-type"),
        ],
    )
    def test_bad_arguments(self, make: Callable[[], Period], code: str) -> None:
        """Impossible parts, years out of range and wrong types are PeriodErrors."""
        with pytest.raises(PeriodError) as excinfo:
            make()
        assert error_of(excinfo)[0] == code

    def test_empty_interval(self) -> None:
        """An end that is not after the start is an error on the end."""
        with pytest.raises(PeriodError) as excinfo:
            Period(date(2021, 1, 1), date(2021, 1, 1))
        (problem,) = excinfo.value.problems
        assert (problem.path, problem.code) == ("end", "empty-period")
        assert "2021-01-01" in problem.message
        assert "expected" in problem.message

    def test_start_must_be_a_date(self) -> None:
        """A start that is not a date is an error on the start."""
        with pytest.raises(PeriodError) as excinfo:
            Period("2021-01-01", date(2021, 2, 1))  # type: ignore[arg-type]
        (problem,) = excinfo.value.problems
        assert (problem.path, problem.code) == ("start", "wrong-type")

    def test_frozen(self) -> None:
        """A period cannot be changed after it is made."""
        with pytest.raises(AttributeError):
            Y2021.start = date(2020, 1, 1)  # type: ignore[misc]

    def test_hashable(self) -> None:
        """Equal periods hash alike, so they serve as dictionary keys."""
        assert {Period.year(2021): 1}[Period.parse("năm 2021")] == 1

    def test_order(self) -> None:
        """Periods sort by start, then by end."""
        assert sorted([Y2021, Q3_2021, H1_2021, JUL_2021]) == [H1_2021, Y2021, JUL_2021, Q3_2021]


class TestLabel:
    @pytest.mark.parametrize(
        ("period", "label"),
        [
            (Y2021, "2021"),
            (H1_2021, "2021-S1"),
            (Period.half(2021, 2), "2021-S2"),
            (Q3_2021, "2021-Q3"),
            (JUL_2021, "2021-07"),
            (Period.day(date(2021, 7, 15)), "2021-07-15"),
            (Period(date(2021, 1, 1), date(2021, 7, 2)), "2021-01-01/2021-07-01"),
            (PLAN_2021_2025, "2021-01-01/2025-12-31"),
            (Period(date(2021, 2, 1), date(2021, 5, 1)), "2021-02-01/2021-04-30"),
            (Period(date(2021, 7, 1), date(2022, 1, 1)), "2021-S2"),
            (Period(date(2021, 7, 1), date(2022, 7, 1)), "2021-07-01/2022-06-30"),
        ],
    )
    def test_canonical_label(self, period: Period, label: str) -> None:
        """The label is the SDMX code of the calendar shape, else the inclusive interval."""
        assert period.label == label
        assert str(period) == label

    def test_repr_reads_back(self) -> None:
        """The repr is an expression that builds the same period."""
        assert repr(Q3_2021) == "Period.parse('2021-Q3')"
        assert eval(repr(Q3_2021)) == Q3_2021


class TestVi:
    @pytest.mark.parametrize(
        ("period", "vi"),
        [
            (Y2021, "năm 2021"),
            (H1_2021, "6 tháng đầu năm 2021"),
            (Period.half(2021, 2), "6 tháng cuối năm 2021"),
            (Period.quarter(2021, 1), "quý I/2021"),
            (Period.quarter(2021, 2), "quý II/2021"),
            (Q3_2021, "quý III/2021"),
            (Period.quarter(2021, 4), "quý IV/2021"),
            (JUL_2021, "tháng 7/2021"),
            (Period.day(date(2021, 7, 15)), "ngày 15/07/2021"),
            (Period(date(2021, 1, 1), date(2021, 7, 2)), "từ 01/01/2021 đến 01/07/2021"),
            (PLAN_2021_2025, "giai đoạn 2021-2025"),
        ],
    )
    def test_vietnamese_reading(self, period: Period, vi: str) -> None:
        """Each shape reads as a Vietnamese plan would write it."""
        assert period.vi == vi


class TestParseSdmx:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2021", Y2021),
            ("2021-S1", H1_2021),
            ("2021-s1", H1_2021),
            ("2021-S2", Period.half(2021, 2)),
            ("2021-Q3", Q3_2021),
            ("2021-q3", Q3_2021),
            ("2021-07", JUL_2021),
            ("2021-07-15", Period.day(date(2021, 7, 15))),
            ("  2021-Q3\n", Q3_2021),
        ],
    )
    def test_codes(self, text: str, expected: Period) -> None:
        """SDMX codes read case-insensitively, ignoring surrounding whitespace."""
        assert Period.parse(text) == expected

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("2021-S3", "there is no half-year S3; expected 2021-S1 or 2021-S2"),
            ("2021-Q5", "there is no quarter Q5; expected 2021-Q1 to 2021-Q4"),
            ("2021-Q0", "there is no quarter Q0"),
            ("2021-13", "there is no month 13; expected 2021-01 to 2021-12"),
            ("2021-00", "there is no month 00"),
        ],
    )
    def test_impossible_codes(self, text: str, message: str) -> None:
        """A half, quarter or month that does not exist is named in the error."""
        with pytest.raises(PeriodError) as excinfo:
            Period.parse(text)
        code, got = error_of(excinfo)
        assert code == "no-such-period"
        assert got.startswith(f'"{text}" is not a period: ')
        assert message in got

    def test_impossible_day(self) -> None:
        """2021-02-29 is not a day."""
        with pytest.raises(PeriodError) as excinfo:
            Period.parse("2021-02-29")
        assert error_of(excinfo)[0] == "no-such-date"

    def test_year_out_of_range(self) -> None:
        """Year 0000 and year 9999 (which has no following year) are out of range."""
        for text in ("0000", "9999"):
            with pytest.raises(PeriodError) as excinfo:
                Period.parse(text)
            assert error_of(excinfo)[0] == "date-out-of-range"


class TestParseIsoInterval:
    def test_inclusive_last_day(self) -> None:
        """The date after the slash is the last day, included."""
        assert Period.parse("2021-01-01/2021-06-30") == H1_2021

    def test_spaces_around_slash(self) -> None:
        """Spaces around the slash are allowed."""
        assert Period.parse("2021-01-01 / 2021-06-30") == H1_2021

    def test_single_day_interval(self) -> None:
        """An interval whose first and last day agree is that day."""
        assert Period.parse("2021-07-15/2021-07-15") == Period.day(date(2021, 7, 15))

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2021-01-01/P6M", H1_2021),
            ("2021-01-01/p1y", Y2021),
            ("2021-07-01/P3M", Q3_2021),
            ("2021-07-01/P31D", JUL_2021),
            ("2021-07-01/P1W", Period.between(date(2021, 7, 1), date(2021, 7, 7))),
            ("2021-01-01/P5Y", PLAN_2021_2025),
            ("2021-01-01/P1Y6M", Period(date(2021, 1, 1), date(2022, 7, 1))),
        ],
    )
    def test_duration(self, text: str, expected: Period) -> None:
        """A start and an ISO duration give an exclusive end."""
        assert Period.parse(text) == expected

    def test_backwards(self) -> None:
        """A last day before the first is an empty-period error."""
        with pytest.raises(PeriodError) as excinfo:
            Period.parse("2021-06-30/2021-01-01")
        code, message = error_of(excinfo)
        assert code == "empty-period"
        assert "2021-01-01 is before its first day 2021-06-30" in message

    def test_zero_duration(self) -> None:
        """A zero duration is an empty-period error."""
        with pytest.raises(PeriodError) as excinfo:
            Period.parse("2021-01-01/P0D")
        assert error_of(excinfo)[0] == "empty-period"

    @pytest.mark.parametrize(
        "text", ["2021-01-01/PT6H", "2021-01-01/P", "2021-01-01/P1.5Y", "2021-01-01/6 tháng"]
    )
    def test_bad_duration(self, text: str) -> None:
        """What follows the slash must be a date or a duration of whole date parts."""
        with pytest.raises(PeriodError) as excinfo:
            Period.parse(text)
        code, message = error_of(excinfo)
        assert code == "unreadable-period"
        assert "is neither a date nor a duration" in message

    def test_bad_day_in_interval(self) -> None:
        """An impossible day inside an interval is named."""
        with pytest.raises(PeriodError) as excinfo:
            Period.parse("2021-01-01/2021-02-30")
        assert error_of(excinfo)[0] == "no-such-date"

    def test_duration_out_of_range(self) -> None:
        """A duration that runs past year 9999 is out of range."""
        with pytest.raises(PeriodError) as excinfo:
            Period.parse("2021-01-01/P9000Y")
        assert error_of(excinfo)[0] == "date-out-of-range"


class TestParseVietnamese:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("năm 2021", Y2021),
            ("Năm 2021", Y2021),
            ("NĂM 2021", Y2021),
            ("6 tháng đầu năm 2021", H1_2021),
            ("6 tháng đầu 2021", H1_2021),
            ("06 tháng đầu năm 2021", H1_2021),
            ("sáu tháng đầu năm 2021", H1_2021),
            ("6 tháng cuối năm 2021", Period.half(2021, 2)),
            ("quý I/2021", Period.quarter(2021, 1)),
            ("Quý I/2021", Period.quarter(2021, 1)),
            ("quý IV / 2021", Period.quarter(2021, 4)),
            ("quý 3/2021", Q3_2021),
            ("quý III năm 2021", Q3_2021),
            ("quý III 2021", Q3_2021),
            ("quý III-2021", Q3_2021),
            ("quí III/2021", Q3_2021),
            ("tháng 7/2021", JUL_2021),
            ("tháng 07/2021", JUL_2021),
            ("tháng 7 năm 2021", JUL_2021),
            ("Tháng 12/2021", Period.month(2021, 12)),
            ("25/12/2020", Period.day(date(2020, 12, 25))),
            ("ngày 25/12/2020", Period.day(date(2020, 12, 25))),
            ("ngày 25 tháng 12 năm 2020", Period.day(date(2020, 12, 25))),
            ("giai đoạn 2021-2025", PLAN_2021_2025),
            ("Giai đoạn 2021 - 2025", PLAN_2021_2025),
            ("2021–2025", PLAN_2021_2025),
            ("2021 - 2025", PLAN_2021_2025),
            ("2021-2025", PLAN_2021_2025),
            ("từ 01/01/2021 đến 30/06/2021", H1_2021),
            ("Từ ngày 01/01/2021 đến ngày 30/06/2021", H1_2021),
            ("từ ngày 01/01/2021 đến hết ngày 30/06/2021", H1_2021),
            ("từ năm 2021 đến năm 2025", PLAN_2021_2025),
            ("giai đoạn từ năm 2021 đến năm 2025", PLAN_2021_2025),
            ("từ tháng 7/2021 đến tháng 9/2021", Q3_2021),
            ("từ 2021-01-01 đến 2021-06-30", H1_2021),
        ],
    )
    def test_forms(self, text: str, expected: Period) -> None:
        """Each Vietnamese form found in plans reads as the period it names."""
        assert Period.parse(text) == expected

    def test_decomposed_unicode(self) -> None:
        """Text with decomposed Vietnamese letters (as pasted from PDFs) still reads."""
        import unicodedata

        assert Period.parse(unicodedata.normalize("NFD", "quý III năm 2021")) == Q3_2021

    def test_non_breaking_space(self) -> None:
        """Non-breaking and repeated spaces count as one space."""
        assert Period.parse("quý\u00a0III  năm\t2021") == Q3_2021

    def test_day_first_trap(self) -> None:
        """03/04/2020 is 3 April and 2020-04-03 is also 3 April."""
        assert Period.parse("03/04/2020") == Period.day(date(2020, 4, 3))
        assert Period.parse("2020-04-03") == Period.day(date(2020, 4, 3))

    def test_leap_days(self) -> None:
        """29/02/2020 is a day and 29/02/2021 is not."""
        assert Period.parse("29/02/2020") == Period.day(date(2020, 2, 29))
        with pytest.raises(PeriodError) as excinfo:
            Period.parse("29/02/2021")
        code, message = error_of(excinfo)
        assert code == "no-such-date"
        assert message == (
            '"29/02/2021" is not a valid date: month 2 of 2021 has 28 days; '
            "expected a day from 1 to 28"
        )

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            (
                "quý V/2021",
                '"quý V/2021" is not a period: there is no quarter V; expected quý I, II, '
                'III or IV (or 1 to 4) and a year, such as "quý I/2021"',
            ),
            ("quý 5/2021", "there is no quarter 5"),
            ("quý 0 năm 2021", "there is no quarter 0"),
            (
                "tháng 13/2021",
                '"tháng 13/2021" is not a period: there is no month 13; expected tháng 1 '
                'to 12 and a year, such as "tháng 7/2021"',
            ),
            ("tháng 0 năm 2021", "there is no month 0"),
        ],
    )
    def test_impossible_parts(self, text: str, message: str) -> None:
        """A quarter or month that does not exist is named in the error."""
        with pytest.raises(PeriodError) as excinfo:
            Period.parse(text)
        code, got = error_of(excinfo)
        assert code == "no-such-period"
        assert message in got

    @pytest.mark.parametrize(
        ("text", "fragment"),
        [
            ("giai đoạn 2025-2021", "it ends in 2021, before it starts in 2025"),
            ("từ 30/06/2021 đến 01/01/2021", "it ends (ngày 01/01/2021) before it starts"),
            ("từ năm 2022 đến năm 2021", "it ends (năm 2021) before it starts (năm 2022)"),
        ],
    )
    def test_backwards_ranges(self, text: str, fragment: str) -> None:
        """A range that ends before it starts is an empty-period error."""
        with pytest.raises(PeriodError) as excinfo:
            Period.parse(text)
        code, message = error_of(excinfo)
        assert code == "empty-period"
        assert fragment in message

    def test_one_year_range(self) -> None:
        """A range from a year to the same year is that year."""
        assert Period.parse("giai đoạn 2021-2021") == Y2021

    def test_bad_part_of_range(self) -> None:
        """An impossible date inside "từ ... đến ..." names the range and the date."""
        with pytest.raises(PeriodError) as excinfo:
            Period.parse("từ 01/13/2021 đến 30/06/2021")
        code, message = error_of(excinfo)
        assert code == "no-such-date"
        assert message.startswith('"từ 01/13/2021 đến 30/06/2021" is not a period: "01/13/2021"')

    def test_unreadable_part_of_range(self) -> None:
        """An unreadable end of "từ ... đến ..." is named."""
        with pytest.raises(PeriodError) as excinfo:
            Period.parse("từ năm 2021 đến nay")
        code, message = error_of(excinfo)
        assert code == "unreadable-period"
        assert '"nay" is neither a date nor a period' in message


class TestParseOther:
    def test_int_is_a_year(self) -> None:
        """An integer, as a YAML loader gives for 2021, is that year."""
        assert Period.parse(2021) == Y2021

    def test_date_is_a_day(self) -> None:
        """A date, as a YAML loader gives for 2021-07-15, is that day."""
        assert Period.parse(date(2021, 7, 15)) == Period.day(date(2021, 7, 15))

    def test_period_passes_through(self) -> None:
        """A period is returned as it is."""
        assert Period.parse(Q3_2021) is Q3_2021

    @pytest.mark.parametrize("value", [True, 2021.0, None, datetime(2021, 7, 15, 8, 0), ["2021"]])
    def test_wrong_types(self, value: object) -> None:
        """Booleans, floats, date-times and other objects are not periods."""
        with pytest.raises(PeriodError) as excinfo:
            Period.parse(value)  # type: ignore[arg-type]
        assert error_of(excinfo)[0] == "wrong-type"

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "   ",
            "quý",
            "năm nay",
            "2021-A1",
            "21",
            "20211",
            "2021-W01",
            "6 tháng giữa năm 2021",
            "9 tháng đầu năm 2021",
            "quý 32021",
            "tháng 7",
            "2021-07-15T00:00",
            "2021/2025",
        ],
    )
    def test_unreadable(self, text: str) -> None:
        """Text in no accepted form is an error quoting it and listing the forms expected."""
        with pytest.raises(PeriodError) as excinfo:
            Period.parse(text)
        code, message = error_of(excinfo)
        assert code == "unreadable-period"
        assert message.startswith(f'"{text}" is not a period; expected a period such as 2021')
        assert '"quý I/2021"' in message

    def test_error_has_empty_path_and_the_value(self) -> None:
        """The problem carries the text as given and no path, for callers to prefix."""
        with pytest.raises(PeriodError) as excinfo:
            Period.parse(" quý V/2021")
        (problem,) = excinfo.value.problems
        assert (problem.path, problem.value) == ("", " quý V/2021")
        assert str(excinfo.value.prefixed("targets[0].period")).startswith("targets[0].period: ")


class TestContains:
    def test_dates(self) -> None:
        """The start is inside, the last day is inside, the end is not."""
        assert date(2021, 7, 1) in Q3_2021
        assert date(2021, 9, 30) in Q3_2021
        assert date(2021, 10, 1) not in Q3_2021
        assert date(2021, 6, 30) not in Q3_2021

    def test_datetime_counts_by_its_day(self) -> None:
        """A date and time is inside when its day is."""
        assert datetime(2021, 9, 30, 23, 59) in Q3_2021

    def test_periods(self) -> None:
        """A period is inside when it lies wholly within, including the whole period."""
        assert Q3_2021 in Y2021
        assert JUL_2021 in Q3_2021
        assert Y2021 in Y2021
        assert Y2021 not in Q3_2021
        assert Period.between(date(2021, 9, 1), date(2021, 10, 31)) not in Q3_2021

    def test_other_objects(self) -> None:
        """Anything else is not inside."""
        assert "2021-07-01" not in Q3_2021  # type: ignore[operator]


class TestOverlaps:
    def test_adjacent_do_not_overlap(self) -> None:
        """Periods that only meet at a boundary share no day."""
        assert not H1_2021.overlaps(Q3_2021)
        assert not Q3_2021.overlaps(H1_2021)

    def test_sharing_a_day(self) -> None:
        """Periods sharing one day overlap, both ways round."""
        june_july = Period.between(date(2021, 6, 30), date(2021, 7, 1))
        assert june_july.overlaps(H1_2021)
        assert Q3_2021.overlaps(june_july)

    def test_nested(self) -> None:
        """A period overlaps any period inside it."""
        assert Y2021.overlaps(JUL_2021)


class TestShifted:
    @pytest.mark.parametrize(
        ("period", "years", "months", "expected"),
        [
            (Y2021, -1, 0, Period.year(2020)),
            (Q3_2021, -1, 0, Period.quarter(2020, 3)),
            (Q3_2021, 0, 3, Period.quarter(2021, 4)),
            (Q3_2021, 0, 6, Period.quarter(2022, 1)),
            (JUL_2021, 0, -7, Period.month(2020, 12)),
            (H1_2021, 1, 0, Period.half(2022, 1)),
            (PLAN_2021_2025, 5, 0, Period.parse("giai đoạn 2026-2030")),
            (Period.day(date(2020, 2, 29)), 1, 0, Period.day(date(2021, 2, 28))),
            (Period.day(date(2021, 4, 30)), 0, -1, Period.day(date(2021, 3, 30))),
            (
                Period.parse("2021-01-01/2021-02-28"),
                -1,
                0,
                Period.parse("2020-01-01/2020-02-29"),
            ),
            (
                Period.parse("2020-02-01/2020-02-28"),
                1,
                0,
                Period.parse("2021-02-01/2021-02-28"),
            ),
            (Period.parse("2021-03-10/2021-04-20"), 0, 1, Period.parse("2021-04-10/2021-05-20")),
        ],
    )
    def test_examples(self, period: Period, years: int, months: int, expected: Period) -> None:
        """Calendar periods keep their shape, days stay one day, month ends stay month ends."""
        assert period.shifted(years=years, months=months) == expected

    def test_no_move(self) -> None:
        """Shifting by nothing gives the same period."""
        assert Q3_2021.shifted() == Q3_2021

    def test_out_of_range(self) -> None:
        """Moving past year 9999 is a PeriodError."""
        with pytest.raises(PeriodError) as excinfo:
            Period.year(9998).shifted(years=5)
        assert error_of(excinfo)[0] == "date-out-of-range"

    @given(calendar_periods, st.integers(-50, 50), st.integers(-50, 50))
    def test_calendar_shape_kept(self, p: Period, years: int, months: int) -> None:
        """A moved year, half, quarter or month is still one, when the move is whole."""
        moved = p.shifted(years=years, months=months)
        assert moved.shifted(years=-years, months=-months) == p
        assert moved.start.day == 1
        assert moved.end.day == 1

    @given(periods())
    def test_year_back_is_not_empty(self, p: Period) -> None:
        """The same period a year earlier is a valid period starting a year earlier."""
        baseline = p.shifted(years=-1)
        assert baseline.start < baseline.end
        assert baseline.start.year == p.start.year - 1


class TestPrevious:
    @pytest.mark.parametrize(
        ("period", "expected"),
        [
            (Y2021, Period.year(2020)),
            (H1_2021, Period.half(2020, 2)),
            (Period.half(2021, 2), H1_2021),
            (Period.quarter(2021, 1), Period.quarter(2020, 4)),
            (Q3_2021, Period.quarter(2021, 2)),
            (JUL_2021, Period.month(2021, 6)),
            (Period.month(2021, 1), Period.month(2020, 12)),
            (Period.day(date(2021, 3, 1)), Period.day(date(2021, 2, 28))),
            (PLAN_2021_2025, Period.parse("giai đoạn 2016-2020")),
            (Period.parse("2021-01-11/2021-01-20"), Period.parse("2021-01-01/2021-01-10")),
        ],
    )
    def test_examples(self, period: Period, expected: Period) -> None:
        """The previous period has the same shape and ends where this one starts."""
        assert period.previous() == expected

    def test_before_year_one(self) -> None:
        """There is no period before year 1."""
        with pytest.raises(PeriodError):
            Period.year(1).previous()
        with pytest.raises(PeriodError):
            Period.day(date.min).previous()

    @given(calendar_periods)
    def test_calendar_previous_meets(self, p: Period) -> None:
        """For years, halves, quarters and months, previous() ends where p starts."""
        before = p.previous()
        assert before.end == p.start
        assert len(before.label) == len(p.label)

    @given(periods())
    def test_previous_meets(self, p: Period) -> None:
        """For every period, previous() ends exactly where it starts."""
        assert p.previous().end == p.start


class TestProperties:
    @given(periods())
    def test_label_round_trip(self, p: Period) -> None:
        """Parsing the label gives the period back."""
        assert Period.parse(p.label) == p

    @given(periods())
    def test_vi_round_trip(self, p: Period) -> None:
        """Parsing the Vietnamese reading gives the period back."""
        assert Period.parse(p.vi) == p

    @given(periods())
    def test_upper_case_round_trip(self, p: Period) -> None:
        """Parsing ignores case."""
        assert Period.parse(p.vi.upper()) == p
        assert Period.parse(p.label.lower()) == p

    @given(periods())
    def test_start_before_end(self, p: Period) -> None:
        """Every period is non-empty."""
        assert p.start < p.end
        assert p.days == (p.end - p.start).days >= 1

    @given(periods())
    def test_bounds(self, p: Period) -> None:
        """The start and last day are inside; the end and the day before the start are not."""
        assert p.start in p
        assert p.last_day in p
        assert p.end not in p
        assert p.previous().last_day not in p

    @given(periods(), periods())
    def test_overlap_is_symmetric(self, a: Period, b: Period) -> None:
        """a overlaps b exactly when b overlaps a, and when some day lies in both."""
        assert a.overlaps(b) == b.overlaps(a)
        assert a.overlaps(b) == (max(a.start, b.start) < min(a.end, b.end))

    @given(periods())
    def test_contains_itself_and_overlaps_itself(self, p: Period) -> None:
        """Every period contains and overlaps itself."""
        assert p in p
        assert p.overlaps(p)

    @given(intervals())
    def test_between_inverts_last_day(self, p: Period) -> None:
        """between(start, last_day) rebuilds any interval."""
        assert Period.between(p.start, p.last_day) == p

    @given(dates())
    def test_day_round_trip(self, d: date) -> None:
        """A day's label is its ISO date and its Vietnamese reading is day first."""
        p = Period.day(d)
        assert p.label == d.isoformat()
        assert p.vi == f"ngày {d.day:02d}/{d.month:02d}/{d.year}"


class TestImport:
    def test_import_is_light(self) -> None:
        """Importing cchc_model.model.periods itself loads neither dateutil nor hypothesis."""
        code = (
            "import sys, cchc_model; before = set(sys.modules); import cchc_model.model.periods; "
            "print(sorted(m for m in set(sys.modules) - before "
            "if m.split('.')[0] in ('dateutil', 'hypothesis')))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "[]"
