"""The dates, periods and recurrences a text states, where it states them.

"trước ngày 15/9/2026" and "đến hết năm 2025" are deadlines (:func:`deadlines_in`); "năm
2025", "giai đoạn 2021-2025", "6 tháng cuối năm 2025" and "quý III/2025" periods
(:func:`periods_in`); "hằng năm", "hằng quý" recurrences (:func:`recurrence_in`). The words
are :mod:`cchc_model.text.lexicon`'s; this module turns them into dates and labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from dateutil.relativedelta import relativedelta

from . import lexicon as lx

__all__ = ["deadlines_in", "period_end", "periods_in", "recurrence_in", "task_quarters_in"]

CASE = re.IGNORECASE
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _end_of_month(year: int, month: int) -> date | None:
    if not 1 <= month <= 12:
        return None
    return date(year, month, 1) + relativedelta(months=1, days=-1)


def period_end(period: str) -> date:
    """The last day of a period as :func:`periods_in` names it: a year ("2026"), the last of a
    span of years ("2026-2030"), a half ("2026-H1") or a quarter ("2026-Q2").

    Example:
        >>> period_end("2026-H1"), period_end("2026-2030")
        (datetime.date(2026, 6, 30), datetime.date(2030, 12, 31))
    """
    part = re.fullmatch(r"(\d{4})-([HQ])([1-4])", period)
    if part is None:
        return date(int(period[-4:]), 12, 31)
    month = (6 if part[2] == "H" else 3) * int(part[3])
    end = _end_of_month(int(part[1]), month)
    assert end is not None  # a half or a quarter ends in a month of its year
    return end


def _quarter_end(written: str, before: bool, year: int) -> date | None:
    """The last day of quarter ``written`` ("III", "3") of ``year``, or of the quarter before."""
    quarter = int(_ROMAN.get(written.upper(), written)) - (1 if before else 0)
    return _end_of_month(year - (quarter == 0), 3 * (quarter or 4))


def deadlines_in(text: str, year: int | None = None) -> Iterator[tuple[int, date]]:
    """Where ``text`` states a deadline, with its date ("trước ngày 15/9/2026", "đến hết năm
    2025", "trong tháng 8/2025", "đến hết quý II/2026"); given the document's ``year``, also
    those written without theirs ("trước ngày 25.11", "trong tháng 10"), in that year."""
    for pattern, kind in lx.DEADLINES:
        for m in pattern.finditer(text):
            day = _dated(kind, m, int(m["y"]))
            if day is not None:
                yield m.start(), day
    if year is not None:
        for pattern, kind in lx.YEARLESS_DEADLINES:
            for m in pattern.finditer(text):
                day = _dated(kind, m, year)
                if day is not None:
                    yield m.start(), day


def _dated(kind: str, m: re.Match[str], year: int) -> date | None:
    """The date a deadline's match names in ``year``; none for an impossible one."""
    try:
        if kind == "day":
            return date(year, int(m["m"] or m["mw"]), int(m["d"]))
        if kind == "month":
            return _end_of_month(year, int(m["m"]))
        if kind == "quarter":
            return _quarter_end(m["q"], bool(m["before"]), year)
        if kind == "mid_year":
            return date(year, 6, 30)
        if kind == "before_year":
            return date(year - 1, 12, 31)
        return date(year, 12, 31)
    except ValueError:
        return None


#: a document or set of criteria named just before, whose years a year after it belongs to
_NAMED_BY = re.compile(
    rf"(?:\b(?:theo|tại|của|thực\s+hiện)\s+(?:các\s+)?{lx.DOCUMENT_KIND}|"
    # "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016-2020": a name
    r"\bChương\s+trình\s+mục\s+tiêu\s+quốc\s+gia\b)[^,;.:]{0,80}$",
    CASE,
)


#: the standard a rate is counted by, right before the years of its stage ("theo chuẩn nghèo
#: đa chiều giai đoạn 2021 - 2025"; not "… chuẩn nghèo đa chiều đến năm 2030", a target's year)
_STANDARD_NAMED = re.compile(r"\bchuẩn\s+nghèo(?:\s+đa\s+chiều)?\s*$", CASE)


#: a plan or programme named, up to the year it is for ("Kế hoạch cải cách hành chính năm")
_A_PLAN_NAMED = re.compile(r"\b(?:Kế\s+hoạch|Chương\s+trình)\b[^,;.:]{0,80}$", CASE)


_THIS_YEAR = re.compile(r"\b(?:ngay\s+)?trong\s+năm\s+nay\b", CASE)


#: what a change is measured against, named up to its year, with nothing of a time between
_COMPARED_WITH = re.compile(
    r"\bso\s+với\s(?:(?!\b(?:trong|vào|đến|tới|năm|giai)\b)[^,;.%\d]){1,60}$", CASE
)


def periods_in(text: str, year: int | None = None) -> Iterator[tuple[int, str]]:
    """Where ``text`` states a target's own period, with its label ("2025", "2021-2025",
    "2025-H2", "2025-Q3"); a year inside a quoted name, a baseline ("so với năm 2024") or a
    deadline's year is none. Given the document's ``year``, "6 tháng cuối năm" is its half."""
    if year is not None:
        for m in lx.YEARLESS_HALF.finditer(text):
            yield m.start(), _half(year, m["h"])
        for m in _THIS_YEAR.finditer(text):  # "trong năm nay": the document's year
            yield m.start(), str(year)
    taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in lx.QUOTED_NAME.finditer(text)]
    for pattern, kind in lx.PERIODS:
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if kind == "year" and re.search(
                r"(?:hết|cuối|giữa|trước|chậm\s+nhất|hoàn\s+thành\s+trong|định\s+hướng|tầm\s+nhìn|"
                r"tháng\s+\d{1,2})(?:\s+đến)?\s+(?:năm\s+)?$",
                text[: m.start("y")],
                CASE,
            ):
                continue
            if kind == "quarter" and re.search(
                rf"(?:trước|{lx.QUARTER_END_LEADS})\s+$", text[: m.start()], CASE
            ):
                continue  # "đến hết quý II/2026", "vào quý 2/2026": a deadline, not the period
            if re.search(
                rf"(?:{lx.BASELINE_WORDS})(?:\s+(?:kết\s+quả|mức))?\s*$",
                text[max(0, m.start() - 20) : m.start()],
                CASE,
            ):
                continue  # a baseline ("so với năm 2024", "không thấp hơn năm 2024", "như …")
            if _COMPARED_WITH.search(text, max(0, m.start() - 80), m.start()):
                continue  # "… so với số biên chế được giao năm 2022": the baseline's year
            named_before = text[max(0, m.start() - 100) : m.start()]
            if m.group(0).lower().startswith("nhiệm"):
                # "Nghị quyết Đại hội …, nhiệm kỳ 2025-2030": the term of who adopted it
                named_before = named_before.rstrip(", ")
            if re.match(r"giai\s+đoạn", m.group(0), CASE) and _STANDARD_NAMED.search(named_before):
                continue
            if _NAMED_BY.search(named_before) and not (
                kind == "year"
                and _A_PLAN_NAMED.search(named_before)
                and (year is None or int(m["y"]) >= year)
            ):
                # "theo Bộ tiêu chí … giai đoạn 2021-2025": a name's years, no period (but
                # "Theo Kế hoạch cải cách hành chính năm 2026, …": the plan's own year)
                continue
            taken.append((m.start(), m.end()))
            if kind == "span":
                yield m.start(), f"{m['a'] or m['a2']}-{m['b'] or m['b2']}"
            elif kind == "half":
                yield m.start(), _half(int(m["y"]), m["h"])
            elif kind == "quarter":
                q = m["q"].upper()
                yield m.start(), f"{m['y']}-Q{_ROMAN.get(q, q)}"
            elif kind == "after":
                yield m.start(), str(int(m["y"]) + 1)
            elif kind == "month":
                if 1 <= int(m["m"]) <= 12:
                    yield m.start(), f"{m['y']}-{int(m['m']):02d}"
            else:
                yield m.start(), m["y"]


def _half(year: int, written: str) -> str:
    """The label of the half "6 tháng đầu" or "6 tháng cuối" names ("2025-H1", "2025-H2")."""
    return f"{year}-H{1 if written.lower() == 'đầu' else 2}"


def recurrence_in(text: str) -> str | None:
    """How often ``text`` says a target recurs: ``yearly``, ``half_yearly``, ``quarterly``,
    ``monthly``, or none."""
    for pattern, name in lx.RECURRENCES:
        if pattern.search(text):
            return name
    return None


def task_quarters_in(text: str, year: int | None = None) -> Iterator[tuple[int, date]]:
    """Where a task is due within a quarter ("trong quý I/2026": the quarter's last day;
    "trước quý 2/2026": the last day of the quarter before), with the date; given the
    document's ``year``, also a quarter named without its year ("trong quý 1")."""
    for due in lx.TASK_QUARTER.finditer(text):
        end = _quarter_end(due["q"], bool(due["before"]), int(due["y"]))
        if end is not None:
            yield due.start(), end
    if year is not None:
        for due in lx.YEARLESS_QUARTER.finditer(text):
            end = _quarter_end(due["q"], bool(due["before"]), year)
            if end is not None:
                yield due.start(), end
