"""Periods (kỳ): half-open date intervals with a canonical SDMX-style label.

A :class:`Period` is ``[start, end)``: the end date is exclusive, so a year runs from
1 January to the next 1 January and consecutive periods meet without a gap. Each period
has a canonical label in SDMX style and a Vietnamese reading, and :meth:`Period.parse`
reads either back, together with the forms that plans actually use::

    >>> Period.parse("quý III/2021").label
    '2021-Q3'
    >>> Period.parse("2021-S1").vi
    '6 tháng đầu năm 2021'
    >>> Period.parse("giai đoạn 2021-2025").label
    '2021-01-01/2025-12-31'

Dates written with slashes, dashes or dots are read day first, as in Vietnam
(``03/04/2020`` is 3 April 2020); ISO dates are read year first (``2020-04-03`` is also
3 April 2020). Nothing here guesses: text that fits none of the forms is a
:class:`~cchc_model.exceptions.PeriodError` naming the text and the forms expected.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from typing import Final

import attrs

from ..exceptions import PeriodError, Problem

__all__ = ["Period", "parse_date"]

_ROMAN: Final = ("I", "II", "III", "IV")
_QUARTER_NAMES: Final = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "01": 1,
    "02": 2,
    "03": 3,
    "04": 4,
}
_ONE_DAY: Final = timedelta(days=1)

_EXPECTED_PERIOD: Final = (
    "expected a period such as 2021, 2021-S1, 2021-Q3, 2021-07, 2021-07-15, "
    "an interval 2021-01-01/2021-06-30 or 2021-01-01/P6M, or a Vietnamese form such as "
    '"năm 2021", "6 tháng đầu năm 2021", "quý I/2021", "tháng 7/2021", "25/12/2020", '
    '"giai đoạn 2021-2025" or "từ 01/01/2021 đến 30/06/2021"'
)
_EXPECTED_DATE: Final = (
    "expected an ISO date such as 2020-12-25, a day-first date such as 25/12/2020, "
    '25-12-2020 or 25.12.2020, or "ngày 25 tháng 12 năm 2020"'
)


def _error(value: object, message: str, code: str, path: str = "") -> PeriodError:
    return PeriodError([Problem(path, value, message, code)])


def _normalize(text: str) -> str:
    # Text pasted from PDFs and Word files mixes composed and decomposed Vietnamese
    # letters and non-breaking spaces; compare in one form.
    text = unicodedata.normalize("NFC", text).lower()
    return " ".join(text.split())


# --- dates -------------------------------------------------------------------------

_RE_ISO_DATE: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_RE_DAY_FIRST: Final = re.compile(r"(?:ngày )?(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")
_RE_VI_DATE: Final = re.compile(r"(?:ngày )?(\d{1,2}) tháng (\d{1,2}),? năm (\d{4})")


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def _make_date(year: int, month: int, day: int, text: str) -> date:
    """The date, or a PeriodError saying which number is impossible."""
    if not 1 <= year <= 9999:
        raise _error(
            text,
            f'"{text}" is not a valid date: year {year} is out of range; '
            "expected a year from 1 to 9999",
            "date-out-of-range",
        )
    if not 1 <= month <= 12:
        raise _error(
            text,
            f'"{text}" is not a valid date: there is no month {month}; '
            "expected a month from 1 to 12",
            "no-such-date",
        )
    last = _days_in_month(year, month)
    if not 1 <= day <= last:
        raise _error(
            text,
            f'"{text}" is not a valid date: month {month} of {year} has {last} days; '
            f"expected a day from 1 to {last}",
            "no-such-date",
        )
    return date(year, month, day)


def _match_date(norm: str, text: str) -> date | None:
    """The date written in normalized text ``norm``, None if it is not written as one."""
    if m := _RE_ISO_DATE.fullmatch(norm):
        # Year first: never hand ISO text to a day-first reader.
        return _make_date(int(m[1]), int(m[2]), int(m[3]), text)
    if m := _RE_DAY_FIRST.fullmatch(norm):
        return _make_date(int(m[4]), int(m[3]), int(m[1]), text)
    if m := _RE_VI_DATE.fullmatch(norm):
        return _make_date(int(m[3]), int(m[2]), int(m[1]), text)
    return None


def parse_date(text: str | date) -> date:
    """Read a date written as in ISO or in a Vietnamese document.

    Accepted: ISO ``2020-04-03`` (year first: 3 April), day-first ``25/12/2020``,
    ``25-12-2020``, ``25.12.2020`` (optionally after ``ngày``), and
    ``ngày 25 tháng 12 năm 2020``. Case and surrounding whitespace do not matter. A
    ``datetime.date`` is returned as it is, so a date already read by a YAML loader
    passes through.

    Args:
        text: The date as written, for example ``"ngày 25/12/2020"``.

    Returns:
        The date.

    Raises:
        PeriodError: The text is not a date, or names a day that does not exist
            (``31/02/2021``, ``29/02/2021``).

    Example:
        >>> parse_date("ngày 25 tháng 12 năm 2020")
        datetime.date(2020, 12, 25)
    """
    if isinstance(text, datetime):
        raise _error(
            text,
            f"{text.isoformat()} is a date and time; expected a date without a time",
            "wrong-type",
        )
    if isinstance(text, date):
        return text
    if not isinstance(text, str):
        raise _error(text, f"{text!r} is not a date; {_EXPECTED_DATE}", "wrong-type")
    found = _match_date(_normalize(text), text)
    if found is None:
        raise _error(text, f'"{text}" is not a date; {_EXPECTED_DATE}', "unreadable-date")
    return found


# --- period shapes -----------------------------------------------------------------


def _whole_months(start: date, end: date) -> int | None:
    """How many whole calendar months [start, end) spans, None if not month-aligned."""
    if start.day != 1 or end.day != 1:
        return None
    return (end.year - start.year) * 12 + end.month - start.month


def _add_months(first: date, months: int) -> date:
    """The first of the month ``months`` after the first-of-month ``first``."""
    year, month0 = divmod(first.year * 12 + first.month - 1 + months, 12)
    if not 1 <= year <= 9999:
        raise _error(
            first,
            f"{months:+d} months from {first.isoformat()} is out of range; "
            "expected dates in the years 1 to 9999",
            "date-out-of-range",
        )
    return date(year, month0 + 1, 1)


def _check_year(year: int, what: str) -> None:
    if isinstance(year, bool) or not isinstance(year, int):
        raise _error(year, f"{year!r} is not a year; expected an integer year", "wrong-type")
    # A year's end is 1 January of the next year, which must exist.
    if not 1 <= year <= 9998:
        raise _error(
            year,
            f"year {year} is out of range for {what}; expected a year from 1 to 9998",
            "date-out-of-range",
        )


def _check_part(value: int, low: int, high: int, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _error(
            value,
            f"{value!r} is not a {what}; expected an integer from {low} to {high}",
            "no-such-period",
        )


def _check_date(value: object, name: str) -> None:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise _error(
            value,
            f"{value!r} is not a date; expected a datetime.date for the {name}",
            "wrong-type",
            path=name,
        )


def _validate_start(instance: Period, attribute: attrs.Attribute[date], value: date) -> None:
    _check_date(value, attribute.name)


def _validate_end(instance: Period, attribute: attrs.Attribute[date], value: date) -> None:
    _check_date(value, attribute.name)
    if value <= instance.start:
        raise _error(
            (instance.start, value),
            f"end {value.isoformat()} is not after start {instance.start.isoformat()}; "
            "expected an end later than the start (the end date is exclusive)",
            "empty-period",
            path=attribute.name,
        )


@attrs.frozen(order=True, repr=False)
class Period:
    """A half-open date interval [start, end) with a canonical SDMX-style label.

    Build one with :meth:`year`, :meth:`half`, :meth:`quarter`, :meth:`month`,
    :meth:`day` or :meth:`between`, or read one with :meth:`parse`. Periods compare by
    (start, end) and hash, so they serve as keys.

    Attributes:
        start: The first day of the period.
        end: The day after the last day (exclusive); always later than ``start``.

    Example:
        >>> p = Period.parse("6 tháng đầu năm 2021")
        >>> p.label, p.last_day
        ('2021-S1', datetime.date(2021, 6, 30))
    """

    start: date = attrs.field(validator=_validate_start)
    end: date = attrs.field(validator=_validate_end)

    # --- construction ----------------------------------------------------------------

    @classmethod
    def year(cls, y: int) -> Period:
        """The calendar year ``y`` (năm): ``Period.year(2021)`` is ``2021``."""
        _check_year(y, "a year")
        return cls(date(y, 1, 1), date(y + 1, 1, 1))

    @classmethod
    def half(cls, y: int, h: int) -> Period:
        """Half ``h`` of year ``y``: 1 is 6 tháng đầu năm, 2 is 6 tháng cuối năm."""
        _check_year(y, "a half-year")
        _check_part(h, 1, 2, "half of a year")
        start = date(y, 6 * h - 5, 1)
        return cls(start, _add_months(start, 6))

    @classmethod
    def quarter(cls, y: int, q: int) -> Period:
        """Quarter ``q`` (quý, 1 to 4) of year ``y``: ``Period.quarter(2021, 3)`` is 2021-Q3."""
        _check_year(y, "a quarter")
        _check_part(q, 1, 4, "quarter")
        start = date(y, 3 * q - 2, 1)
        return cls(start, _add_months(start, 3))

    @classmethod
    def month(cls, y: int, m: int) -> Period:
        """Month ``m`` (tháng, 1 to 12) of year ``y``: ``Period.month(2021, 7)`` is 2021-07."""
        _check_year(y, "a month")
        _check_part(m, 1, 12, "month")
        start = date(y, m, 1)
        return cls(start, _add_months(start, 1))

    @classmethod
    def day(cls, d: date) -> Period:
        """The single day ``d`` (ngày)."""
        _check_date(d, "day")
        if d == date.max:
            raise _error(
                d,
                f"{d.isoformat()} is the last representable date; "
                "expected a day with a following day",
                "date-out-of-range",
            )
        return cls(d, d + _ONE_DAY)

    @classmethod
    def between(cls, first: date, last: date) -> Period:
        """The days from ``first`` to ``last``, both included (từ ... đến ...)."""
        _check_date(first, "first day")
        _check_date(last, "last day")
        if last < first:
            raise _error(
                (first, last),
                f"the last day {last.isoformat()} is before the first day "
                f"{first.isoformat()}; expected a last day on or after the first",
                "empty-period",
            )
        if last == date.max:
            raise _error(
                last,
                f"{last.isoformat()} is the last representable date; expected an earlier last day",
                "date-out-of-range",
            )
        return cls(first, last + _ONE_DAY)

    @classmethod
    def parse(cls, text: Period | str | int | date) -> Period:
        """Read a period from its label, its Vietnamese reading, or a form used in plans.

        Accepted, ignoring case and surrounding whitespace:

        - SDMX and ISO: ``2021``, ``2021-S1``, ``2021-Q3``, ``2021-07``, ``2021-07-15``;
          intervals ``2021-01-01/2021-06-30`` (last day included, as people write them)
          and ``2021-01-01/P6M`` (start plus an ISO duration of years, months, weeks and
          days; the end is exclusive).
        - Vietnamese: ``năm 2021``, ``6 tháng đầu năm 2021``, ``6 tháng cuối năm 2021``,
          ``quý I/2021``, ``quý 3/2021``, ``quý III năm 2021``, ``tháng 7/2021``,
          ``tháng 7 năm 2021``, a day (``25/12/2020``, ``ngày 25 tháng 12 năm 2020``),
          several whole years (``giai đoạn 2021-2025``, ``2021–2025``, ``2021 - 2025``),
          and ``từ A đến B`` where A and B are any of the forms above (``từ 01/01/2021
          đến 30/06/2021``, ``từ năm 2021 đến năm 2025``): from the start of A to the
          end of B, with an optional ``giai đoạn`` before and ``hết`` after ``đến``.

        An ``int`` is read as a year and a ``datetime.date`` as a single day, so values a
        YAML loader has already converted pass through; a Period is returned as it is.

        Raises:
            PeriodError: The text fits none of the forms, names a quarter, month or day
                that does not exist, or describes an empty interval.

        Example:
            >>> Period.parse("quý I/2021") == Period.quarter(2021, 1)
            True
        """
        if isinstance(text, Period):
            return text
        if isinstance(text, bool):
            raise _error(text, f"{text!r} is not a period; {_EXPECTED_PERIOD}", "wrong-type")
        if isinstance(text, int):
            text = f"{text:04d}" if text >= 0 else str(text)
        elif isinstance(text, datetime):
            raise _error(
                text,
                f"{text.isoformat()} is a date and time; expected a period or a date",
                "wrong-type",
            )
        elif isinstance(text, date):
            return cls.day(text)
        elif not isinstance(text, str):
            raise _error(text, f"{text!r} is not a period; {_EXPECTED_PERIOD}", "wrong-type")
        return _parse_text(text)

    # --- reading ---------------------------------------------------------------------

    @property
    def last_day(self) -> date:
        """The last day inside the period (``end`` minus one day)."""
        return self.end - _ONE_DAY

    @property
    def days(self) -> int:
        """How many days the period spans."""
        return (self.end - self.start).days

    @property
    def label(self) -> str:
        """The canonical label: ``2021``, ``2021-S1``, ``2021-Q3``, ``2021-07``,
        ``2021-07-15``, or an interval ``2021-01-01/2021-06-30`` (last day included)."""
        kind, y, n = self._shape()
        if kind == "year":
            return f"{y:04d}"
        if kind == "half":
            return f"{y:04d}-S{n}"
        if kind == "quarter":
            return f"{y:04d}-Q{n}"
        if kind == "month":
            return f"{y:04d}-{n:02d}"
        if kind == "day":
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.last_day.isoformat()}"

    @property
    def vi(self) -> str:
        """The Vietnamese reading: ``năm 2021``, ``6 tháng đầu năm 2021``,
        ``quý III/2021``, ``tháng 7/2021``, ``ngày 15/07/2021``, ``giai đoạn 2021-2025``
        (whole years), or ``từ 01/01/2021 đến 30/06/2021``."""
        kind, y, n = self._shape()
        if kind == "year":
            return f"năm {y:04d}"
        if kind == "half":
            return f"6 tháng {'đầu' if n == 1 else 'cuối'} năm {y:04d}"
        if kind == "quarter":
            return f"quý {_ROMAN[n - 1]}/{y:04d}"
        if kind == "month":
            return f"tháng {n}/{y:04d}"
        if kind == "day":
            return f"ngày {_vi_date(self.start)}"
        if kind == "years":
            return f"giai đoạn {self.start.year:04d}-{self.last_day.year:04d}"
        return f"từ {_vi_date(self.start)} đến {_vi_date(self.last_day)}"

    def _shape(self) -> tuple[str, int, int]:
        """(kind, year, number within the year) for the label and reading."""
        y = self.start.year
        months = _whole_months(self.start, self.end)
        m = self.start.month
        if months == 12 and m == 1:
            return ("year", y, 1)
        if months == 6 and m in (1, 7):
            return ("half", y, 1 if m == 1 else 2)
        if months == 3 and m in (1, 4, 7, 10):
            return ("quarter", y, (m + 2) // 3)
        if months == 1:
            return ("month", y, m)
        if months is not None and months % 12 == 0 and m == 1:
            return ("years", y, months // 12)
        if self.days == 1:
            return ("day", y, 0)
        return ("interval", y, 0)

    def __str__(self) -> str:
        return self.label

    def __repr__(self) -> str:
        return f"Period.parse({self.label!r})"

    # --- relations -------------------------------------------------------------------

    def __contains__(self, item: date | Period) -> bool:
        """Whether a date lies in the period, or a period lies wholly within it."""
        if isinstance(item, Period):
            return self.start <= item.start and item.end <= self.end
        if isinstance(item, datetime):
            item = item.date()
        if isinstance(item, date):
            return self.start <= item < self.end
        return False

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day."""
        return self.start < other.end and other.start < self.end

    # --- moving ----------------------------------------------------------------------

    def shifted(self, years: int = 0, months: int = 0) -> Period:
        """The same period moved by whole years and months.

        ``shifted(years=-1)`` is the same period a year earlier, the usual baseline
        (cùng kỳ năm trước). Calendar periods keep their shape (2021-Q3 → 2020-Q3); a
        day stays one day, clipped to the month's end (2020-02-29 → 2021-02-28); an
        interval that ends at a month's end still ends at a month's end.

        Raises:
            PeriodError: The moved period falls outside the years 1 to 9999.
        """
        from dateutil.relativedelta import relativedelta

        delta = relativedelta(years=years, months=months)
        try:
            start: date = self.start + delta
            if self.days == 1:
                end = start + _ONE_DAY
            elif self.end.day == 1:
                end = self.end + delta
            else:
                end = self.last_day + delta + _ONE_DAY
        except (OverflowError, ValueError) as exc:
            raise _error(
                self.label,
                f"{self.label} moved by {years} years and {months} months is out of "
                f"range ({exc}); expected dates in the years 1 to 9999",
                "date-out-of-range",
            ) from None
        return Period(start, end)

    def previous(self) -> Period:
        """The period of the same shape just before this one, ending where it starts.

        2021 → 2020, 2021-Q1 → 2020-Q4, 2021-07 → 2021-06, a day → the day before,
        giai đoạn 2021-2025 → 2016-01-01/2020-12-31. An interval of whole months steps
        back by as many months; any other interval by as many days.
        """
        months = _whole_months(self.start, self.end)
        if months is not None:
            return Period(_add_months(self.start, -months), self.start)
        try:
            start = self.start - timedelta(days=self.days)
        except OverflowError:
            raise _error(
                self.label,
                f"the period before {self.label} starts before year 1; "
                "expected dates in the years 1 to 9999",
                "date-out-of-range",
            ) from None
        return Period(start, self.start)


def _vi_date(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


# --- parsing -----------------------------------------------------------------------

_RE_YEAR: Final = re.compile(r"(?:năm )?(\d{4})")
_RE_SDMX_HALF: Final = re.compile(r"(\d{4})-s(\d+)")
_RE_SDMX_QUARTER: Final = re.compile(r"(\d{4})-q(\d+)")
_RE_ISO_MONTH: Final = re.compile(r"(\d{4})-(\d{2})")
_RE_ISO_INTERVAL: Final = re.compile(r"(\d{4}-\d{2}-\d{2}) ?/ ?(.+)")
_RE_ISO_DURATION: Final = re.compile(r"p(?:(\d+)y)?(?:(\d+)m)?(?:(\d+)w)?(?:(\d+)d)?")
_SEP: Final = r"(?: ?/ ?| ?- ?| năm | )"
_RE_VI_HALF: Final = re.compile(r"(?:0?6|sáu) tháng (đầu|cuối)(?: năm)? (\d{4})")
_RE_VI_QUARTER: Final = re.compile(rf"qu[ýí] ([^\s/-]+){_SEP}(\d{{4}})")
_RE_VI_MONTH: Final = re.compile(rf"tháng (\d{{1,2}}){_SEP}(\d{{4}})")
_RE_YEARS: Final = re.compile(r"(?:giai đoạn )?(?:năm )?(\d{4}) ?[-–—] ?(?:năm )?(\d{4})")
_RE_FROM_TO: Final = re.compile(r"(?:giai đoạn )?từ (.+?) đến (?:hết )?(.+)")


def _no_such(text: str, what: str, expected: str) -> PeriodError:
    return _error(
        text,
        f'"{text}" is not a period: there is no {what}; expected {expected}',
        "no-such-period",
    )


def _parse_text(text: str) -> Period:
    found = _parse_normalized(_normalize(text), text)
    if found is None:
        raise _error(text, f'"{text}" is not a period; {_EXPECTED_PERIOD}', "unreadable-period")
    return found


def _year_of(digits: str, text: str) -> int:
    y = int(digits)
    if not 1 <= y <= 9998:
        raise _error(
            text,
            f'"{text}" is not a period: year {y} is out of range; expected a year from 1 to 9998',
            "date-out-of-range",
        )
    return y


def _parse_normalized(s: str, text: str) -> Period | None:
    """The period written in normalized text ``s`` (``text`` as given), None if unknown."""
    if m := _RE_YEAR.fullmatch(s):
        return Period.year(_year_of(m[1], text))
    if m := _RE_SDMX_HALF.fullmatch(s):
        h = int(m[2])
        if not 1 <= h <= 2:
            raise _no_such(text, f"half-year S{h}", f"{m[1]}-S1 or {m[1]}-S2")
        return Period.half(_year_of(m[1], text), h)
    if m := _RE_SDMX_QUARTER.fullmatch(s):
        q = int(m[2])
        if not 1 <= q <= 4:
            raise _no_such(text, f"quarter Q{q}", f"{m[1]}-Q1 to {m[1]}-Q4")
        return Period.quarter(_year_of(m[1], text), q)
    if m := _RE_ISO_MONTH.fullmatch(s):
        mo = int(m[2])
        if not 1 <= mo <= 12:
            raise _no_such(text, f"month {m[2]}", f"{m[1]}-01 to {m[1]}-12")
        return Period.month(_year_of(m[1], text), mo)
    if (d := _match_date(s, text)) is not None:
        return Period.day(d)
    if m := _RE_ISO_INTERVAL.fullmatch(s):
        return _iso_interval(m[1], m[2], text)
    if m := _RE_VI_HALF.fullmatch(s):
        return Period.half(_year_of(m[2], text), 1 if m[1] == "đầu" else 2)
    if m := _RE_VI_QUARTER.fullmatch(s):
        qn = _QUARTER_NAMES.get(m[1])
        if qn is None:
            raise _no_such(
                text,
                f"quarter {m[1].upper()}",
                f'quý I, II, III or IV (or 1 to 4) and a year, such as "quý I/{m[2]}"',
            )
        return Period.quarter(_year_of(m[2], text), qn)
    if m := _RE_VI_MONTH.fullmatch(s):
        mo = int(m[1])
        if not 1 <= mo <= 12:
            raise _no_such(
                text, f"month {mo}", f'tháng 1 to 12 and a year, such as "tháng 7/{m[2]}"'
            )
        return Period.month(_year_of(m[2], text), mo)
    if m := _RE_YEARS.fullmatch(s):
        first, last = _year_of(m[1], text), _year_of(m[2], text)
        if last < first:
            raise _error(
                text,
                f'"{text}" is not a period: it ends in {last}, before it starts in {first}; '
                "expected the earlier year first, such as 2021-2025",
                "empty-period",
            )
        return Period(date(first, 1, 1), date(last + 1, 1, 1))
    if m := _RE_FROM_TO.fullmatch(s):
        return _from_to(m[1], m[2], text)
    return None


def _iso_date(iso: str, text: str) -> date:
    y, m, d = iso.split("-")
    return _make_date(int(y), int(m), int(d), text)


def _iso_interval(first: str, second: str, text: str) -> Period:
    start = _iso_date(first, text)
    if _RE_ISO_DATE.fullmatch(second):
        last = _iso_date(second, text)
        if last < start:
            raise _error(
                text,
                f'"{text}" is not a period: its last day {last.isoformat()} is before its '
                f"first day {start.isoformat()}; expected the last day on or after the first",
                "empty-period",
            )
        return Period.between(start, last)
    m = _RE_ISO_DURATION.fullmatch(second)
    if m is None or m[0] == "p":
        raise _error(
            text,
            f'"{text}" is not a period: "{second.upper()}" is neither a date nor a duration; '
            "expected an interval such as 2021-01-01/2021-06-30 or 2021-01-01/P6M",
            "unreadable-period",
        )
    from dateutil.relativedelta import relativedelta

    years, months, weeks, days = (int(g) if g else 0 for g in m.groups())
    try:
        end: date = start + relativedelta(years=years, months=months, weeks=weeks, days=days)
    except (OverflowError, ValueError):
        raise _error(
            text,
            f'"{text}" is not a period: it ends after year 9999; expected a shorter duration',
            "date-out-of-range",
        ) from None
    if end <= start:
        raise _error(
            text,
            f'"{text}" is not a period: the duration {second.upper()} is zero; '
            "expected a positive duration such as P6M",
            "empty-period",
        )
    return Period(start, end)


def _from_to(first: str, second: str, text: str) -> Period:
    def part(s: str) -> Period:
        try:
            found = _parse_normalized(s, s)
        except PeriodError as exc:
            raise _error(
                text, f'"{text}" is not a period: {exc.problems[0].message}', exc.problems[0].code
            ) from None
        if found is None:
            raise _error(
                text,
                f'"{text}" is not a period: "{s}" is neither a date nor a period; '
                'expected "từ A đến B" with A and B such as 01/01/2021, năm 2021 or quý I/2021',
                "unreadable-period",
            )
        return found

    a, b = part(first), part(second)
    if b.start < a.start or b.end <= a.start:
        raise _error(
            text,
            f'"{text}" is not a period: it ends ({b.vi}) before it starts ({a.vi}); '
            "expected the earlier date first",
            "empty-period",
        )
    return Period(a.start, max(a.end, b.end))
