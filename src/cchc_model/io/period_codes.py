"""Period codes of other systems, read into a :class:`~cchc_model.model.periods.Period`
and written back from one.

**DHIS2** (the ``period`` of a ``dataValueSets`` document; DHIS2 developer manual, "Date
and period format", and the period types of ``org.hisp.dhis.period``):

| type | code | period |
|---|---|---|
| Daily | ``20040315`` | 15 March 2004 (``2004-03-15`` is read too) |
| Weekly | ``2004W10`` | ISO week 10 of 2004, Monday to Sunday |
| WeeklyWednesday … | ``2015WedW5`` | week 5 from Wednesday (also ``Thu``, ``Sat``, ``Sun``) |
| BiWeekly | ``2015BiW1`` | ISO weeks 1 and 2 of 2015 |
| Monthly | ``200403`` | March 2004 (``2004-03`` is read too) |
| BiMonthly | ``200401B`` | January–February 2004 (``02B`` March–April …) |
| Quarterly | ``2004Q1`` | January–March 2004 |
| QuarterlyNov | ``2005NovQ1`` | November 2004–January 2005 |
| SixMonthly | ``2004S1`` | January–June 2004 |
| SixMonthlyApril | ``2004AprilS1`` | April–September 2004 (``S2``: October–March) |
| SixMonthlyNov | ``2005NovS1`` | November 2004–April 2005 (``S2``: May–October) |
| Yearly | ``2004`` | 2004 |
| FinancialFeb | ``2004Feb`` | February 2004–January 2005 |
| FinancialApril | ``2004April`` | April 2004–March 2005 |
| FinancialJuly | ``2004July`` | July 2004–June 2005 |
| FinancialAug | ``2004Aug`` | August 2004–July 2005 |
| FinancialSep | ``2004Sep`` | September 2004–August 2005 |
| FinancialOct | ``2004Oct`` | October 2004–September 2005 |
| FinancialNov | ``2005Nov`` | November 2004–October 2005 |

A week of a type starting on day *d* belongs to the year of the 4 January it contains
(for Monday this is ISO 8601's rule); week 1 is the one holding 4 January. The
November types are named by the year they end in, the others by the year they start
in, as DHIS2 names them. In a year of 53 ISO weeks the 27th bi-week (``2020BiW27``)
is weeks 53 and the next year's 1, as DHIS2 makes it from a day of week 53
(``BiWeeklyAbstractPeriodType``): it overlaps the next year's ``BiW1``, the one place
where the periods of a type do not tile the calendar.

**SDMX** (``TIME_PERIOD``; SDMX 3.0 Standards, Section 6, Technical Notes, "General
Notes for Implementers"): ``2023`` and ``2023-A1`` (the year), ``2023-S1``, ``2023-T1``
(four months), ``2023-Q1``, ``2023-M01`` and ``2023-01``, ``2023-W01`` (ISO 8601 week),
``2023-D001`` and ``2023-01-15``, and a time range ``2023-04-01/P1Y`` (start and
duration).

Every period has at most one DHIS2 code: a period of a shape DHIS2 has no type for (two
months from February, eleven days) is a :class:`~cchc_model.exceptions.PeriodError`
when written. Every period has an SDMX code.

>>> from_dhis2("2023April").label
'2023-04-01/2024-03-31'
>>> to_dhis2(from_dhis2("2015BiW1"))
'2015BiW1'
>>> to_sdmx(from_sdmx("2023-M01")), to_sdmx(from_sdmx("2023-M01"), reporting=True)
('2023-01', '2023-M01')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Final

from ..exceptions import PeriodError, Problem
from ..model.periods import Period

__all__ = ["DHIS2_TYPES", "dhis2_type", "from_dhis2", "from_sdmx", "to_dhis2", "to_sdmx"]

_DAY: Final = timedelta(days=1)
_WEEK: Final = timedelta(days=7)

#: The DHIS2 period types read and written, by name, with the form of their codes.
DHIS2_TYPES: Final = {
    "Daily": "yyyyMMdd",
    "Weekly": "yyyyWn",
    "WeeklyWednesday": "yyyyWedWn",
    "WeeklyThursday": "yyyyThuWn",
    "WeeklySaturday": "yyyySatWn",
    "WeeklySunday": "yyyySunWn",
    "BiWeekly": "yyyyBiWn",
    "Monthly": "yyyyMM",
    "BiMonthly": "yyyyMMB",
    "Quarterly": "yyyyQn",
    "QuarterlyNov": "yyyyNovQn",
    "SixMonthly": "yyyySn",
    "SixMonthlyApril": "yyyyAprilSn",
    "SixMonthlyNov": "yyyyNovSn",
    "Yearly": "yyyy",
    "FinancialFeb": "yyyyFeb",
    "FinancialApril": "yyyyApril",
    "FinancialJuly": "yyyyJuly",
    "FinancialAug": "yyyyAug",
    "FinancialSep": "yyyySep",
    "FinancialOct": "yyyyOct",
    "FinancialNov": "yyyyNov",
}

#: Weekly types: the prefix of ``W`` in the code, and the weekday they start on (Monday 0).
_WEEKLY: Final = {"": 0, "Wed": 2, "Thu": 3, "Sat": 5, "Sun": 6}
_WEEKLY_NAMES: Final = {
    "": "Weekly",
    "Wed": "WeeklyWednesday",
    "Thu": "WeeklyThursday",
    "Sat": "WeeklySaturday",
    "Sun": "WeeklySunday",
}
#: Financial years: the suffix of the code, the first month, and whether the code names
#: the year the period ends in (November) rather than the year it starts in.
_FINANCIAL: Final = {
    "Feb": (2, False),
    "April": (4, False),
    "July": (7, False),
    "Aug": (8, False),
    "Sep": (9, False),
    "Oct": (10, False),
    "Nov": (11, True),
}
_FINANCIAL_BY_MONTH: Final = {month: (suffix, ends) for suffix, (month, ends) in _FINANCIAL.items()}

_EXPECTED_DHIS2: Final = (
    "expected a DHIS2 period such as 2023, 202301, 20230115, 2023W5, 2023BiW1, 202301B, "
    "2023Q1, 2023S1, 2023AprilS1, 2023NovS1, 2023NovQ1, 2023April, 2023July, 2023Oct or 2023Nov"
)
_EXPECTED_SDMX: Final = (
    "expected an SDMX time period such as 2023, 2023-A1, 2023-S1, 2023-T1, 2023-Q1, "
    "2023-M01, 2023-01, 2023-W01, 2023-D001, 2023-01-15 or 2023-01-01/P3M"
)

_RE_DHIS2: Final = re.compile(
    r"(?P<y>\d{4})(?:"
    r"(?P<day>\d{4})|-(?P<dash_day>\d{2}-\d{2})|"
    r"(?P<month>\d{2})|-(?P<dash_month>\d{2})|(?P<bimonth>\d{2})B|"
    r"(?P<wprefix>Wed|Thu|Sat|Sun)?W(?P<week>\d{1,2})|BiW(?P<biweek>\d{1,2})|"
    r"Q(?P<quarter>\d)|NovQ(?P<novq>\d)|S(?P<half>\d)|AprilS(?P<aprils>\d)|NovS(?P<novs>\d)|"
    r"(?P<fin>Feb|April|July|Aug|Sep|Oct|Nov)"
    r")?"
)


def _error(code: object, message: str, kind: str) -> PeriodError:
    return PeriodError([Problem("", code, message, kind)])


def _no_such(code: str, what: str, expected: str) -> PeriodError:
    return _error(code, f"{code!r} names no period: {what}; expected {expected}", "no-such-period")


def _months(year: int, month: int, count: int) -> Period:
    """``count`` months from ``month`` of ``year`` (the month may be past 12 or below 1)."""
    y, m0 = divmod(year * 12 + month - 1, 12)
    start = date(y, m0 + 1, 1)
    y2, m2 = divmod(y * 12 + m0 + count, 12)
    return Period(start, date(y2, m2 + 1, 1))


def _week_one(year: int, weekday: int) -> date:
    """The first day of week 1 of ``year`` for weeks starting on ``weekday``: the week
    holding 4 January."""
    fourth = date(year, 1, 4)
    return fourth - timedelta(days=(fourth.weekday() - weekday) % 7)


def _weeks_in(year: int, weekday: int) -> int:
    return (_week_one(year + 1, weekday) - _week_one(year, weekday)).days // 7


def _year(code: str, digits: str) -> int:
    year = int(digits)
    if not 1 <= year <= 9997:
        raise _error(
            code,
            f"{code!r} names year {year}, out of range; expected a year from 1 to 9997",
            "date-out-of-range",
        )
    return year


def _part(code: str, number: str, high: int, what: str, example: str) -> int:
    n = int(number)
    if not 1 <= n <= high:
        raise _no_such(code, f"there is no {what} {n}", f"{what}s 1 to {high}, such as {example}")
    return n


def from_dhis2(code: str) -> Period:
    """The period a DHIS2 period code names (the table at the top of this module).

    Args:
        code: A DHIS2 ISO period such as ``"202301"``, ``"2023W5"`` or ``"2023April"``.

    Raises:
        PeriodError: the code is of no DHIS2 period type, or names a week, month or day
            that does not exist (``2021W53``, ``202313``, ``20230230``).

    Example:
        >>> from_dhis2("2004AprilS1").label
        '2004-04-01/2004-09-30'
    """
    if not isinstance(code, str):
        raise _error(code, f"{code!r} is not text; {_EXPECTED_DHIS2}", "wrong-type")
    m = _RE_DHIS2.fullmatch(code.strip())
    if m is None:
        raise _error(
            code, f"{code!r} is not a DHIS2 period; {_EXPECTED_DHIS2}", "unreadable-period"
        )
    return _decoded(code, m, _dhis2_period, "20230228")


def _decoded(
    code: str, m: re.Match[str], build: Callable[[str, int, re.Match[str]], Period], day: str
) -> Period:
    """``build(code, year, m)``, a day that does not exist (``date()`` refused it: 20230230)
    said as such, with ``day`` as an example of one that does."""
    y = _year(code, m["y"])
    try:
        return build(code, y, m)
    except PeriodError:
        raise
    except ValueError:
        raise _no_such(code, "there is no such day", f"a day that exists, such as {day}") from None


def _dhis2_period(code: str, y: int, m: re.Match[str]) -> Period:
    day = m["day"] or (m["dash_day"] and m["dash_day"].replace("-", ""))
    if day:
        return Period.day(date(y, int(day[:2]), int(day[2:])))
    month = m["month"] or m["dash_month"]
    if month:
        return Period.month(y, _part(code, month, 12, "month", f"{y}01 to {y}12"))
    if m["bimonth"]:
        return _months(y, 2 * _part(code, m["bimonth"], 6, "bi-month", f"{y}01B") - 1, 2)
    if m["week"]:
        prefix = m["wprefix"] or ""
        weekday = _WEEKLY[prefix]
        n = _part(code, m["week"], _weeks_in(y, weekday), "week", f"{y}{prefix}W1")
        start = _week_one(y, weekday) + (n - 1) * _WEEK
        return Period(start, start + _WEEK)
    if m["biweek"]:
        weeks = _weeks_in(y, 0)
        n = _part(code, m["biweek"], (weeks + 1) // 2, "bi-week", f"{y}BiW1")
        start = _week_one(y, 0) + (2 * n - 2) * _WEEK
        return Period(start, start + 2 * _WEEK)
    if m["quarter"]:
        return Period.quarter(y, _part(code, m["quarter"], 4, "quarter", f"{y}Q1"))
    if m["novq"]:
        return _months(y - 1, 11 + 3 * (_part(code, m["novq"], 4, "quarter", f"{y}NovQ1") - 1), 3)
    if m["half"]:
        return Period.half(y, _part(code, m["half"], 2, "half-year", f"{y}S1"))
    if m["aprils"]:
        return _months(y, 4 + 6 * (_part(code, m["aprils"], 2, "half-year", f"{y}AprilS1") - 1), 6)
    if m["novs"]:
        return _months(y - 1, 11 + 6 * (_part(code, m["novs"], 2, "half-year", f"{y}NovS1") - 1), 6)
    if m["fin"]:
        first, ends = _FINANCIAL[m["fin"]]
        return _months(y - 1 if ends else y, first, 12)
    return Period.year(y)


def dhis2_type(period: Period) -> str:
    """The name of the DHIS2 period type of ``period`` (``"Monthly"``, ``"FinancialApril"``).

    Raises:
        PeriodError: no DHIS2 period type has a period like this one.
    """
    return _dhis2(period)[0]


def to_dhis2(period: Period) -> str:
    """The DHIS2 code of ``period``; :func:`from_dhis2` reads it back to the same period.

    Raises:
        PeriodError: no DHIS2 period type has a period like this one (two months from
            February, a week from Tuesday, any interval of no type).

    Example:
        >>> to_dhis2(Period.parse("2023-Q3")), to_dhis2(Period.parse("2023-07"))
        ('2023Q3', '202307')
    """
    return _dhis2(period)[1]


def _dhis2(period: Period) -> tuple[str, str]:
    start, days = period.start, period.days
    y, mo = start.year, start.month
    if days == 1:
        return "Daily", f"{y:04d}{mo:02d}{start.day:02d}"
    if days in (7, 14):
        weekday = start.weekday()
        iso_year, iso_week, _ = start.isocalendar()
        if days == 14 and weekday == 0 and iso_week % 2 == 1:
            return "BiWeekly", f"{iso_year:04d}BiW{(iso_week + 1) // 2}"
        for prefix, first in _WEEKLY.items():
            if days == 7 and weekday == first:
                # the week's year is that of the 4 January it holds, or lies next to
                year = (start + timedelta(days=3)).year
                week = (start - _week_one(year, first)).days // 7 + 1
                return _WEEKLY_NAMES[prefix], f"{year:04d}{prefix}W{week}"
    months = _whole_months(period)
    if months == 12:
        if mo == 1:
            return "Yearly", f"{y:04d}"
        if mo in _FINANCIAL_BY_MONTH:
            suffix, ends = _FINANCIAL_BY_MONTH[mo]
            return f"Financial{suffix}", f"{y + 1 if ends else y:04d}{suffix}"
    if months == 6:
        if mo in (1, 7):
            return "SixMonthly", f"{y:04d}S{(mo + 5) // 6}"
        if mo in (4, 10):
            return "SixMonthlyApril", f"{y:04d}AprilS{1 if mo == 4 else 2}"
        if mo == 11:
            return "SixMonthlyNov", f"{y + 1:04d}NovS1"
        if mo == 5:
            return "SixMonthlyNov", f"{y:04d}NovS2"
    if months == 3:
        if mo in (1, 4, 7, 10):
            return "Quarterly", f"{y:04d}Q{(mo + 2) // 3}"
        if mo in (11, 2, 5, 8):
            return "QuarterlyNov", f"{y + 1 if mo == 11 else y:04d}NovQ{(mo + 1) % 12 // 3 + 1}"
    if months == 2 and mo % 2 == 1:
        return "BiMonthly", f"{y:04d}{(mo + 1) // 2:02d}B"
    if months == 1:
        return "Monthly", f"{y:04d}{mo:02d}"
    raise _error(
        period.label,
        f"{period.label} is of no DHIS2 period type; expected a day, a week, two ISO weeks, "
        "a month, two months from an odd month, a quarter, six months or a year of a type "
        f"DHIS2 has ({', '.join(DHIS2_TYPES)})",
        "no-dhis2-type",
    )


def _whole_months(period: Period) -> int | None:
    start, end = period.start, period.end
    if start.day != 1 or end.day != 1:
        return None
    return (end.year - start.year) * 12 + end.month - start.month


# --- SDMX ----------------------------------------------------------------------------

_RE_SDMX: Final = re.compile(
    r"(?P<y>\d{4})(?:"
    r"-A(?P<a>\d)|-S(?P<s>\d)|-T(?P<t>\d)|-Q(?P<q>\d)|-M(?P<m>\d{2})|-W(?P<w>\d{2})|"
    r"-D(?P<d>\d{3})|-(?P<month>\d{2})|-(?P<date>\d{2}-\d{2})"
    r")?"
)
_RE_RANGE: Final = re.compile(r"(\d{4}-\d{2}-\d{2})/(P.+)")


def from_sdmx(code: str) -> Period:
    """The period an SDMX ``TIME_PERIOD`` names (reporting periods of a year starting
    1 January, Gregorian periods, dates and time ranges).

    Args:
        code: An SDMX time period such as ``"2023-Q1"``, ``"2023-M01"`` or ``"2023-W01"``.

    Raises:
        PeriodError: the text is no SDMX time period, or names a period that does not
            exist (``2023-Q5``, ``2021-W53``, ``2023-D366``).

    Example:
        >>> from_sdmx("2023-D032").label
        '2023-02-01'
    """
    if not isinstance(code, str):
        raise _error(code, f"{code!r} is not text; {_EXPECTED_SDMX}", "wrong-type")
    text = code.strip()
    if r := _RE_RANGE.fullmatch(text):
        try:
            return Period.parse(f"{r[1]}/{r[2]}")
        except PeriodError as exc:
            raise _error(
                code, f"{code!r}: {exc.problems[0].message}", exc.problems[0].code
            ) from None
    m = _RE_SDMX.fullmatch(text)
    if m is None:
        raise _error(
            code, f"{code!r} is not an SDMX time period; {_EXPECTED_SDMX}", "unreadable-period"
        )
    return _decoded(code, m, _sdmx_period, "2023-02-28")


def _sdmx_period(code: str, y: int, m: re.Match[str]) -> Period:
    if m["a"]:
        _part(code, m["a"], 1, "year", f"{y}-A1")
        return Period.year(y)
    if m["s"]:
        return Period.half(y, _part(code, m["s"], 2, "half-year", f"{y}-S1"))
    if m["t"]:
        return _months(y, 4 * _part(code, m["t"], 3, "trimester", f"{y}-T1") - 3, 4)
    if m["q"]:
        return Period.quarter(y, _part(code, m["q"], 4, "quarter", f"{y}-Q1"))
    if m["m"] or m["month"]:
        return Period.month(y, _part(code, m["m"] or m["month"], 12, "month", f"{y}-M01"))
    if m["w"]:
        n = _part(code, m["w"], _weeks_in(y, 0), "week", f"{y}-W01")
        start = _week_one(y, 0) + (n - 1) * _WEEK
        return Period(start, start + _WEEK)
    if m["d"]:
        days = (date(y + 1, 1, 1) - date(y, 1, 1)).days
        n = _part(code, m["d"], days, "day", f"{y}-D001")
        return Period.day(date(y, 1, 1) + (n - 1) * _DAY)
    if m["date"]:
        month, day = m["date"].split("-")
        return Period.day(date(y, int(month), int(day)))
    return Period.year(y)


def to_sdmx(period: Period, *, reporting: bool = False) -> str:
    """The SDMX ``TIME_PERIOD`` of ``period``; :func:`from_sdmx` reads it back.

    A year is ``2023``, a half ``2023-S1``, four months from January, May or September
    ``2023-T1``, a quarter ``2023-Q1``, a month ``2023-01``, a day ``2023-01-15``, an
    ISO week ``2023-W01``; any other period a time range, its start and its duration in
    months (``2023-04-01/P12M``) or days (``2023-01-02/P10D``).

    Args:
        period: The period.
        reporting: Write years, months and days as reporting periods (``2023-A1``,
            ``2023-M01``, ``2023-D015``) instead of their Gregorian forms.
    """
    start = period.start
    y, mo = start.year, start.month
    months = _whole_months(period)
    if months == 12 and mo == 1:
        return f"{y:04d}-A1" if reporting else f"{y:04d}"
    if months == 6 and mo in (1, 7):
        return f"{y:04d}-S{(mo + 5) // 6}"
    if months == 4 and mo in (1, 5, 9):
        return f"{y:04d}-T{(mo + 3) // 4}"
    if months == 3 and mo in (1, 4, 7, 10):
        return f"{y:04d}-Q{(mo + 2) // 3}"
    if months == 1:
        return f"{y:04d}-M{mo:02d}" if reporting else f"{y:04d}-{mo:02d}"
    if period.days == 1:
        if reporting:
            return f"{y:04d}-D{start.timetuple().tm_yday:03d}"
        return start.isoformat()
    if period.days == 7 and start.weekday() == 0:
        iso_year, week, _ = start.isocalendar()
        return f"{iso_year:04d}-W{week:02d}"
    if months is not None:
        return f"{start.isoformat()}/P{months}M"
    return f"{start.isoformat()}/P{period.days}D"
