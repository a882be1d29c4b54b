"""Charts of progress toward a horizon (matplotlib, the ``charts`` extra, imported lazily).

* :func:`plot_trajectory` — one target at one unit: the baseline, the path required to
  reach the target value by the horizon (the growth or the linear path, as the method
  reads it), the observed values on the way and the projection at the horizon.
* :func:`plot_trajectories` — the same for every unit of a level, as small multiples:
  the units of a target's "each" scope or share in one report, or one unit per report
  from :func:`~cchc_model.outputs.progress.progress_many`; each panel titled with its
  progress status.

Time runs along x in years, each value at the end of its period: a tick marks the end of
the year it names, so 2020's baseline stands on "2020", a reading of 2023 on "2023" and
the first half of 2023 halfway between "2022" and "2023"; a 2025 horizon is "2025".
Values are drawn as floats; statuses come from the exact rule, never from the drawing.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from datetime import date
from fractions import Fraction
from typing import Any, Protocol

from ..io.files import write_atomic
from ..rules.progress import Method, Progress, ProgressStatus
from .charts import _matplotlib, _pyplot


class ProgressReport(Protocol):
    """What the charts read of a :class:`cchc_model.outputs.progress.ProgressReport`."""

    def of(self, target_id: str, code: str | None = None) -> Progress: ...

    def points(self, target_id: str, code: str | None = None) -> list[tuple[date, Fraction]]: ...


__all__ = [
    "NO_SERIES",
    "PROGRESS_COLOURS",
    "plot_trajectories",
    "plot_trajectory",
    "save_trajectories",
]

#: The colour of each progress status, from green (achieved) to red (deterioration).
PROGRESS_COLOURS = {
    ProgressStatus.TARGET_ACHIEVED: "#1b7837",
    ProgressStatus.ON_TRACK: "#5aae61",
    ProgressStatus.MODERATE: "#e6ab02",
    ProgressStatus.LIMITED: "#e66101",
    ProgressStatus.DETERIORATION: "#c2185b",
    ProgressStatus.NOT_AVAILABLE: "#9e9e9e",
}


#: What a panel without a series of values says (a compound, a share, no data).
NO_SERIES = "no values to draw"


def _year(day: date) -> float:
    """A date as years since year 0: 1 January 2021 (the end of 2020) is 2021.0."""
    return day.year + (day.timetuple().tm_yday - 1) / 365.25


def _year_ends(ax: Any, xs: Sequence[float]) -> None:
    """Ticks at the ends of years, each labelled with the year it ends (at most 9)."""
    if not xs:
        return
    low, high = math.floor(min(xs)), math.ceil(max(xs))
    step = max(1, math.ceil((high - low) / 8))
    ticks = list(range(low, high + 1, step))
    ax.set_xticks(ticks, [str(tick - 1) for tick in ticks])


def _path(item: Progress, steps: int = 24) -> list[tuple[float, float]]:
    """The required path from the baseline to the target value (floats, for drawing)."""
    if item.baseline is None or item.baseline_value is None or item.aim is None:
        return []
    if item.horizon is None:
        return []
    start, end = _year(item.baseline.end), _year(item.horizon)
    y0, aim = float(item.baseline_value), float(item.aim)
    out = []
    for step in range(steps + 1):
        share = step / steps
        if item.method is Method.GROWTH and y0 > 0 and aim > 0:
            value = y0 * (aim / y0) ** share
        else:
            value = y0 + (aim - y0) * share
        out.append((start + (end - start) * share, value))
    return out


def _draw(ax: Any, item: Progress, points: Sequence[tuple[date, Fraction]], legend: bool) -> None:
    colour = PROGRESS_COLOURS[item.status]
    path = _path(item)
    ends = [_year(day) for day in (item.at, item.horizon) if day is not None]
    if item.baseline is not None:
        ends.append(_year(item.baseline.end))
    _year_ends(ax, ends + [_year(day) for day, _ in points])
    if path:
        ax.plot(*zip(*path, strict=True), ls="--", color="#555555", lw=1, label="required path")
    if item.baseline is not None and item.baseline_value is not None:
        ax.plot(
            [_year(item.baseline.end)],
            [float(item.baseline_value)],
            "s",
            color="#333333",
            label="baseline",
        )
    if points:
        xs = [_year(day) for day, _ in points]
        ys = [float(value) for _, value in points]
        ax.plot(xs, ys, "o-", color=colour, label="observed")
    if item.at is not None and item.observed is not None:
        ax.plot([_year(item.at)], [float(item.observed)], "o", color=colour, ms=8)
        if item.projected is not None and item.horizon is not None:
            ax.plot(
                [_year(item.at), _year(item.horizon)],
                [float(item.observed), float(item.projected)],
                ":",
                color=colour,
                label="projection",
            )
    if item.aim is not None and item.horizon is not None:
        ax.plot([_year(item.horizon)], [float(item.aim)], "*", color="black", ms=11, label="target")
    ax.set_title(f"{item.target.id} · {item.code}: {item.status.words}", fontsize=9)
    ax.grid(alpha=0.3)
    if not ax.lines:  # a compound, a share: statuses, no series of values
        ax.text(0.5, 0.5, NO_SERIES, ha="center", va="center", transform=ax.transAxes, fontsize=8)
    elif legend:
        ax.legend(fontsize=7, loc="best")


def plot_trajectory(
    report: ProgressReport, target_id: str, code: str | None = None, ax: Any = None
) -> Any:
    """Baseline → required path → observed points → projection of one target at one
    unit (the unit read by default); the matplotlib Axes."""
    item = report.of(target_id, code)
    if ax is None:
        _, ax = _pyplot().subplots(figsize=(7, 4), layout="constrained")
    _draw(ax, item, report.points(target_id, item.code), legend=True)
    ax.set_ylabel(_value_label(item))
    ax.set_xlabel("end of year")
    return ax


def _value_label(item: Progress) -> str:
    """The indicator's name and the unit, as the y axis reads them."""
    indicator = getattr(item.target, "indicator", None)
    unit = "%" if item.unit == "percent" else (item.unit or "")
    name = getattr(indicator, "name", "")
    if name and unit:
        return f"{name} ({unit})"
    return name or unit


def _panels(
    reports: ProgressReport | Sequence[ProgressReport], target_id: str
) -> list[tuple[Progress, list[tuple[date, Fraction]]]]:
    if isinstance(reports, list | tuple):
        return [(r.of(target_id), r.points(target_id)) for r in reports]
    one: ProgressReport = reports  # type: ignore[assignment]
    top = one.of(target_id)
    units = [p for p in top.parts if p.applicable] or [top]
    return [(p, one.points(p.target.id, p.code)) for p in units]


def plot_trajectories(
    reports: ProgressReport | Sequence[ProgressReport],
    target_id: str,
    *,
    columns: int = 4,
    figure: Any = None,
) -> Any:
    """Small multiples, one panel per unit: the units of a target's "each" scope or
    share (one report), or one unit per report (:func:`progress_many`). Returns the
    Figure."""
    panels = _panels(reports, target_id)
    columns = max(1, min(columns, len(panels)))
    rows = max(1, math.ceil(len(panels) / columns))
    if figure is None:
        figure = _pyplot().figure(figsize=(3 * columns, 2.4 * rows), layout="constrained")
    axes = figure.subplots(rows, columns, squeeze=False, sharey=True)
    for index, ax in enumerate(axes.flat):
        if index < len(panels):
            item, points = panels[index]
            _draw(ax, item, points, legend=index == 0)
        else:
            ax.set_visible(False)
    return figure


def save_trajectories(
    reports: ProgressReport | Sequence[ProgressReport],
    target_id: str,
    path: str | os.PathLike[str],
    columns: int = 4,
) -> None:
    """:func:`plot_trajectories` written to a file (PNG, SVG, PDF by the suffix)."""
    _matplotlib()
    from matplotlib.figure import Figure

    figure = Figure(layout="constrained")
    plot_trajectories(reports, target_id, columns=columns, figure=figure)
    count = len(_panels(reports, target_id))
    columns = max(1, min(columns, count))
    figure.set_size_inches(3 * columns, 2.4 * max(1, math.ceil(count / columns)))
    write_atomic(path, lambda temporary: figure.savefig(temporary, dpi=110))
