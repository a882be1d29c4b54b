"""Progress toward a plan's horizon, shown: reports, tables, records (docs/progress.md).

A :class:`ProgressReport` holds the evaluation read at a period, the progress of each
target (:class:`~cchc_model.rules.progress.Progress`) and the observed values on the
way (:attr:`ProgressReport.trail`). :func:`cchc_model.progress` makes one with the
reference engine (or any engine :func:`cchc_model.evaluate` picks);
:func:`progress_many` makes one per unit from a batch evaluation
(:func:`cchc_model.batch.evaluate_many`), with the same rule, so both engines give the
same statuses. :func:`off_track` lists units by how far off track they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from fractions import Fraction
from typing import Any, Protocol

import attrs

from ..exceptions import CchcError
from ..model.periods import Period
from ..model.plans import Plan
from ..model.targets import Between, Comparison
from ..model.units import format_number
from ..rules.display import show
from ..rules.progress import (
    Progress,
    ProgressMethod,
    ProgressStatus,
    baseline_periods,
    plan_progress,
    reading_of,
)
from ..rules.results import EvaluationLike, Result
from ..rules.status import STATUS_MARKS
from .records import progress_rows

__all__ = [
    "BatchLike",
    "ProgressReport",
    "off_track",
    "progress_many",
    "progress_records",
    "progress_table",
]


@attrs.frozen
class ProgressReport:
    """The progress of a plan's targets for one unit, read at one period.

    Attributes:
        evaluation: The evaluation of the period read (the year so far for a reading
            within a year), with the MET / NOT_MET statuses.
        at: The period of the reading.
        progress: The progress of each top-level target, in the plan's order.
        method: The method used.
        trail: The top-level results of the periods on the way, baseline to reading,
            one per year (what the trajectory chart draws), by period.
    """

    evaluation: EvaluationLike
    at: Period
    progress: tuple[Progress, ...]
    method: ProgressMethod = attrs.field(factory=ProgressMethod)
    trail: tuple[tuple[Period, tuple[Result, ...]], ...] = ()

    @property
    def plan(self) -> Plan:
        """The plan."""
        return self.evaluation.plan

    @property
    def code(self) -> str:
        """The unit the plan was read for."""
        return self.evaluation.code

    def __iter__(self) -> Iterator[Progress]:
        return iter(self.progress)

    def __len__(self) -> int:
        return len(self.progress)

    def of(self, target_id: str, code: str | None = None) -> Progress:
        """The progress of a target (a part included) by its id, at ``code`` (the
        unit read by default; a unit of an "each" scope or a share otherwise)."""
        wanted = code or self.code
        for top in self.progress:
            for item in top.walk():
                if item.target.id == target_id and item.code == wanted:
                    return item
        raise KeyError(target_id)

    def summary(self) -> dict[ProgressStatus, int]:
        """How many top-level targets have each progress status."""
        return {s: sum(p.status is s for p in self.progress) for s in ProgressStatus}

    def points(self, target_id: str, code: str | None = None) -> list[tuple[date, Fraction]]:
        """The observed values of a target at ``code`` on the way: (period end, value).
        Only a comparison or a between target has a series of values; any other (a
        compound's count of parts met, a share) has none here."""
        wanted = code or self.code
        found = []
        for period, results in self.trail:
            for top in results:
                for result in top.walk():
                    if (
                        result.target.id == target_id
                        and result.code == wanted
                        and isinstance(result.target, Comparison | Between)
                        and isinstance(result.observed, Fraction)
                    ):
                        found.append((period.end, result.observed))
                        break
        return found

    def table(self, parts: bool = False, width: int | None = 120) -> str:
        """A plain-text table: each target's MET / NOT_MET status beside its progress."""
        return progress_table(self, parts=parts, width=width)

    def to_records(self) -> list[dict[str, Any]]:
        """One plain record per progress (parts included): see :func:`progress_records`."""
        return progress_records(self)

    def off_track(self, target_id: str) -> list[Progress]:
        """The units of a target's "each" scope or share, worst first (:func:`off_track`)."""
        top = self.of(target_id)
        return off_track(top.parts or (top,))

    def plot(self, target_id: str, code: str | None = None, ax: Any = None) -> Any:
        """The trajectory of one target at ``code`` (the unit read by default): the
        matplotlib Axes (:func:`cchc_model.outputs.progress_charts.plot_trajectory`)."""
        from .progress_charts import plot_trajectory

        return plot_trajectory(self, target_id, code=code, ax=ax)

    def __str__(self) -> str:
        return self.table()


def report_from(
    plan: Plan,
    evaluate_at: Any,
    at: Period,
    method: ProgressMethod | None = None,
    available: Sequence[Period] | None = None,
) -> ProgressReport:
    """A report from ``evaluate_at(period)`` (an evaluation of the plan in a period):
    the reading, each baseline, and each year between (those in ``available`` only,
    when it is given). The engines' entry points call this; the rule is the same."""
    method = method or ProgressMethod()
    reading = reading_of(at)

    def known(period: Period) -> bool:
        return available is None or period in available

    if not known(reading):
        raise CchcError(
            f"{reading.label} was not evaluated; expected it among the periods evaluated"
        )
    current = evaluate_at(reading)
    baselines = {p: evaluate_at(p).results for p in baseline_periods(plan) if known(p)}
    trail: dict[Period, tuple[Result, ...]] = dict(baselines)
    first = min((p.start.year for p in baselines), default=reading.start.year)
    for year in range(first, reading.start.year):
        period = Period.year(year)
        if period not in trail and known(period):
            trail[period] = evaluate_at(period).results
    trail[reading] = current.results
    found = plan_progress(plan, current.results, baselines, at=at, method=method)
    ordered = tuple(sorted(trail.items(), key=lambda item: (item[0].end, item[0].start)))
    return ProgressReport(current, at, found, method, ordered)


class BatchLike(Protocol):
    """What :func:`progress_many` reads of a batch evaluation
    (:class:`cchc_model.batch.BatchEvaluation`)."""

    @property
    def plan(self) -> Plan: ...

    @property
    def codes(self) -> Sequence[str]: ...

    @property
    def periods(self) -> Sequence[Period]: ...

    def evaluation(self, code: str | None = None, period: Period | str | None = None) -> Any: ...


def progress_many(
    batch: BatchLike,
    at: Period | str,
    *,
    codes: Iterable[str] | None = None,
    method: ProgressMethod | None = None,
) -> tuple[ProgressReport, ...]:
    """The progress of every unit of a batch evaluation, read at ``at``.

    The batch must hold the period read (:func:`~cchc_model.rules.progress.reading_of`
    ``at``) and the baselines (the year before the plan's period unless the targets say
    otherwise): ``evaluate_many(plan, frame, periods=["2020", "2021", "2022", "2023"],
    codes=…)``. A baseline the batch does not hold makes its targets ``not_available``.
    """
    wanted = at if isinstance(at, Period) else Period.parse(at)
    chosen = list(codes) if codes is not None else list(batch.codes)
    return tuple(
        report_from(
            batch.plan,
            lambda period, code=code: batch.evaluation(code, period),
            wanted,
            method,
            list(batch.periods),
        )
        for code in chosen
    )


def _rank_key(item: Progress) -> tuple[int, Fraction, str]:
    rank = item.status.rank if item.status is not ProgressStatus.NOT_AVAILABLE else 99
    ratio = item.ratio if item.ratio is not None else Fraction(10**9)
    return rank, ratio, item.code


def off_track(
    items: Iterable[Progress] | Iterable[ProgressReport], target_id: str = ""
) -> list[Progress]:
    """Units sorted by how far off track they are: status worst first, then the ratio R
    (lowest first), then code; ``not_available`` last. ``items`` are progresses (the
    units of an "each" scope or a share), or reports of several units with the
    ``target_id`` to read in each."""
    listed: list[Progress] = []
    for item in items:
        if isinstance(item, ProgressReport):
            listed.append(item.of(target_id))
        else:
            listed.append(item)
    return sorted((p for p in listed if p.applicable), key=_rank_key)


def progress_records(report: ProgressReport) -> list[dict[str, Any]]:
    """One record per progress of a report, parts included: the ``progress`` section of
    a result document (:func:`cchc_model.outputs.records.progress_rows`)."""
    return progress_rows(report.progress)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def progress_table(report: ProgressReport, parts: bool = False, width: int | None = 120) -> str:
    """A plain-text table: target, unit, MET / NOT_MET, progress, R, projection, reason."""
    header = ("target", "unit", "status", "progress", "R", "projected", "reason")
    rows: list[tuple[str, ...]] = []

    def add(item: Progress, depth: int) -> None:
        status = STATUS_MARKS[item.result.status.value] if item.result is not None else ""
        ratio = "" if item.ratio is None else format_number(_two(item.ratio))
        projected = "" if item.projected is None else show(_two(item.projected), item.unit)
        rows.append(
            (
                "  " * depth + item.target.id,
                item.code,
                status,
                item.status.words,
                ratio,
                projected,
                item.reason,
            )
        )
        if parts:
            for part in item.parts:
                add(part, depth + 1)

    for top in report.progress:
        add(top, 0)
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)]
    lines = []
    for row in [header, *rows]:
        line = "  ".join(cell.ljust(w) for cell, w in zip(row[:-1], widths, strict=True))
        line = f"{line}  {row[-1]}"
        lines.append(_cut(line, width) if width else line)
    counts = report.summary()
    lines.append(
        f"{report.plan.id} {report.code} read at {report.at.label} ({report.method.kind.value}): "
        + ", ".join(f"{c} {s.words}" for s, c in counts.items() if c)
    )
    return "\n".join(lines)


def _two(value: Fraction) -> Fraction:
    return Fraction(round(value * 100), 100)
