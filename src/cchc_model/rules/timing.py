"""Targets with their own timing (docs/semantics.md §12.1, §12.5): where and how often a
target is read within an evaluated period.

A target may carry a window (``period``: "từ nay đến hết tháng 6/2026", "đến năm 2025"),
a deadline (``deadline``: "hoàn thành trước ngày 15/9/2026") and a recurrence (``every``:
"hằng năm", "hằng quý"). For an evaluated period P:

* the **window** W: read on W when W lies within P; otherwise NOT_APPLICABLE ("Due in
  2025-S1, not within 2024.");
* the **deadline** d (after the window, if any, is applied to the period R read so far):
  d on or after R's last day changes nothing; d before R starts is NOT_APPLICABLE ("Due
  15/09/2024, before 2025."); otherwise the value is taken as of the deadline, from the
  periods that end by it: R becomes ``Period.between(R.start, e)``, e the last day of the
  latest period reported (for the target's indicators, within R) that ends on or before
  d, or d itself when none does (a recurring target's occurrences are the calendar
  periods ending by d). Data of a period that straddles d does not count: with monthly
  reports, "trước ngày 15/9/2026" reads January to August 2026;
* the **recurrence**: the calendar sub-periods (years, halves, quarters, months) lying
  wholly within R are its occurrences; the target holds in each of them, its status is
  the Kleene all-of of theirs, and a period holding none is NOT_APPLICABLE.

Both engines read a target through :func:`reading` and :func:`occurrences`; the
dataframe engine hands a target whose timing matters (:func:`timed`) to the reference
engine.

>>> from cchc_model.model.periods import Period
>>> from cchc_model.model.targets import Recurrence
>>> [p.label for p in occurrences(Recurrence.QUARTER, Period.parse("2026-01-01/2026-09-15"))]
['2026-Q1', '2026-Q2']
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, NamedTuple

from ..model.periods import Period
from ..model.targets import Recurrence, Target

__all__ = [
    "Reading",
    "bites",
    "occurrences",
    "reading",
    "show_date",
    "timed",
]


class Reading(NamedTuple):
    """Where a target is read for an evaluated period.

    Attributes:
        period: The period read; ``None`` when the target is not due within the
            evaluated period (NOT_APPLICABLE).
        why: Why it is not applicable (a sentence), or why another period than the
            evaluated one is read ("up to the deadline 15/09/2026, …"); empty when the
            evaluated period is read as it is.
    """

    period: Period | None
    why: str = ""

    @property
    def note(self) -> str:
        """The reading in words: ``read on 2026-01-01/2026-09-15, up to the deadline
        15/09/2026, periods ending after it not counted``, or why it is not due."""
        if self.period is None or not self.why:
            return self.why
        return f"read on {self.period.label}, {self.why}"


def show_date(day: date) -> str:
    """A date as Vietnamese plans write it: ``15/09/2026``."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def occurrences(every: Recurrence, period: Period) -> tuple[Period, ...]:
    """The calendar sub-periods of ``every`` lying wholly within ``period``, in order."""
    return every.periods_in(period)


def bites(target: Any, period: Period) -> bool:
    """Whether ``target``'s own timing (not its parts') changes how it is read in
    ``period``: a window, a recurrence, or a deadline before the period's last day."""
    due: date | None = target.deadline
    return (
        target.period is not None
        or target.every is not None
        or (due is not None and due < period.last_day)
    )


def timed(target: Target, periods: list[Period] | tuple[Period, ...]) -> bool:
    """Whether the timing of ``target`` or of a target nested in it matters in any of
    ``periods``."""
    return any(bites(part, period) for part in target.walk() for period in periods)


def reading(target: Any, period: Period, reported: Iterable[Period] = ()) -> Reading:
    """Where ``target`` is read for the evaluated ``period`` (see the module's rules);
    ``reported`` are the periods the data holds for its indicators, which place the end of
    a reading cut by a deadline."""
    read, why = period, []
    window: Period | None = target.period
    if window is not None:
        if window not in period:
            return Reading(None, f"Due in {window.label}, not within {period.label}.")
        if window != period:
            read = window
            why.append(f"the target's own period within {period.label}")
    due: date | None = target.deadline
    if due is not None and due < read.last_day:
        if due < read.start:
            return Reading(None, f"Due {show_date(due)}, before {read.label}.")
        start = read.start
        # a recurrence's occurrences are the calendar's: data does not move them
        ended = [p.last_day for p in reported if p.start >= start and p.last_day <= due]
        last = due if target.every is not None else max(ended, default=due)
        read = Period.between(start, last)
        said = f"up to the deadline {show_date(due)}"
        if last != due:
            said += f": to {show_date(last)}, the end of the last period reported by then"
        why.insert(0, f"{said}, periods ending after it not counted")
    return Reading(read, "; ".join(why))
