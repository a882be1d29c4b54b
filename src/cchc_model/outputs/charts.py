"""Charts of an evaluation with matplotlib (an optional extra, imported only when used).

* :func:`plot_evaluation` — one row per numeric target: the observed value as a bar
  coloured by status, the threshold as a black mark; aspirational ("phấn đấu") targets
  are hatched and starred. ``Evaluation.plot()`` draws this.
* :func:`plot_levels` — one indicator at every tier of the issuer's tree: the issuer,
  its districts, its communes, each a dot, with the target's threshold as a line.
* :func:`save_chart` — :func:`plot_evaluation` written to a file, without pyplot (what
  ``cchc evaluate … --chart out.png`` does).

Values are drawn as floats; statuses come from the exact evaluation, never from the
drawing. Without a display (a server, CI) pyplot is put on the Agg backend, unless
``MPLBACKEND`` says otherwise (Jupyter sets it for notebooks).

Raises:
    MissingExtraError: a :class:`~cchc_model.exceptions.CchcError` naming the
        ``charts`` extra, if matplotlib is not installed.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterator, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ..io.files import write_atomic
from ..rules.results import EvaluationLike, Result, show
from ..rules.rollup import Policy
from .frames import MissingExtraError

if TYPE_CHECKING:
    from ..io.observations import ObservationSet
    from ..model.jurisdictions import Hierarchy
    from ..model.plans import Plan

__all__ = ["STATUS_COLOURS", "numeric_rows", "plot_evaluation", "plot_levels", "save_chart"]

#: The colour of each status (by its value), colour-blind safe and printable in grey.
STATUS_COLOURS = {
    "met": "#1b7837",
    "not_met": "#c2185b",
    "unknown": "#9e9e9e",
    "not_applicable": "#d9d9d9",
}
_LABELS = {"met": "met", "not_met": "not met", "unknown": "unknown", "not_applicable": "n/a"}


def _matplotlib() -> Any:
    try:
        return importlib.import_module("matplotlib")
    except ImportError as exc:
        raise MissingExtraError("matplotlib", "charts") from exc


def _has_display() -> bool:
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _pyplot() -> Any:
    """pyplot, on the Agg backend when there is no display and no backend is asked for."""
    matplotlib = _matplotlib()
    if (
        "matplotlib.pyplot" not in sys.modules
        and "MPLBACKEND" not in os.environ
        and not _has_display()
    ):
        matplotlib.use("Agg")
    return importlib.import_module("matplotlib.pyplot")


def _new_axes(rows: int) -> Any:
    plt = _pyplot()
    _, ax = plt.subplots(figsize=(9, 1.6 + 0.32 * max(rows, 1)), layout="constrained")
    return ax


# --- plot_evaluation ------------------------------------------------------------------


def _threshold(result: Result) -> Fraction | None:
    """The threshold of a numeric target in the unit of its observed value, if any."""
    from ..model.targets import Between, Comparison, Share

    target = result.target
    if isinstance(target, Comparison) and not isinstance(target.threshold, bool):
        return target.threshold_value
    if isinstance(target, Between):
        return target.low_value
    if isinstance(target, Share):
        return target.threshold_value * 100
    return None


def numeric_rows(evaluation: EvaluationLike, unit: str | None = "percent") -> list[Result]:
    """The results :func:`plot_evaluation` draws, top to bottom.

    Every result with a numeric threshold in ``unit`` (``None``: any unit): comparisons,
    betweens and shares. A compound is replaced by its parts; a target scoped to each
    unit is left out (its parts are per unit, see :func:`plot_levels`).
    """

    def walk(result: Result) -> Iterator[Result]:
        from ..model.targets import AllOf, AnyOf, AtLeast

        if isinstance(result.target, AllOf | AnyOf | AtLeast):
            for part in result.parts:
                yield from walk(part)
        elif _threshold(result) is not None and (unit is None or result.unit == unit):
            scope = getattr(result.target, "scope", None)
            if scope is None or scope.mode.value != "each":
                yield result

    return [row for result in evaluation.results for row in walk(result)]


def plot_evaluation(
    evaluation: EvaluationLike,
    ax: Any = None,
    *,
    unit: str | None = "percent",
    title: str | None = None,
) -> Any:
    """Threshold against observed value for each numeric target of an evaluation.

    One horizontal bar per target with a value (its length is the observed value, its
    colour the status), one black mark per target at its threshold (a range for a
    between), and ``no value`` written where a target has none. Aspirational targets
    are hatched and marked ``*``. Targets in another unit (a change in units, a rank,
    an ordinal level) are left out and named in a note under the chart.

    Args:
        evaluation: The evaluation to draw.
        ax: The matplotlib Axes to draw on; a new figure by default.
        unit: The unit of the targets drawn; ``percent`` by default.
        title: The title; the plan, the unit and the period by default.

    Returns:
        The Axes.
    """
    _matplotlib()
    from matplotlib.patches import Patch

    rows = numeric_rows(evaluation, unit)
    if ax is None:
        ax = _new_axes(len(rows))
    labels: list[str] = []
    for y, result in enumerate(rows):
        status = result.status.value
        colour = STATUS_COLOURS[status]
        hatch = "///" if result.aspirational else None
        observed = result.observed
        threshold = _threshold(result)
        assert threshold is not None
        if isinstance(observed, Fraction):
            ax.barh(
                y,
                float(observed),
                height=0.6,
                color=colour,
                alpha=0.55 if result.aspirational else 0.9,
                hatch=hatch,
                edgecolor=colour if hatch else None,
            )
            ax.annotate(
                show(observed, result.unit),
                (max(float(observed), float(threshold)), y),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                fontsize=8,
            )
        else:
            ax.annotate(
                _LABELS[status].replace("unknown", "no value"),
                (0, y),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                fontsize=8,
                color=colour,
                style="italic",
            )
        high = getattr(result.target, "high_value", None)
        if isinstance(high, Fraction):
            ax.plot([float(threshold), float(high)], [y, y], color="black", linewidth=1)
        labels.append(result.target.id + (" *" if result.aspirational else ""))
    ax.scatter(
        [float(t) for t in map(_threshold, rows) if t is not None],
        range(len(rows)),
        marker="|",
        s=260,
        linewidths=2,
        color="black",
        zorder=3,
        label="threshold",
    )
    ax.set_yticks(range(len(rows)), labels, fontsize=8)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    if unit == "percent":
        ax.set_xlim(0, 116)
        ax.set_xticks(range(0, 101, 20))
        ax.set_xlabel("percent")
    elif unit is not None:
        ax.set_xlabel(unit)
    ax.grid(axis="x", alpha=0.3)
    ax.set_axisbelow(True)
    present = sorted({r.status.value for r in rows}, key=list(STATUS_COLOURS).index)
    handles = [Patch(color=STATUS_COLOURS[s], label=_LABELS[s]) for s in present]
    handles.append(ax.collections[-1])
    if any(r.aspirational for r in rows):
        handles.append(Patch(facecolor="white", edgecolor="grey", hatch="///", label="* phấn đấu"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    drawn = {id(r) for r in rows}
    left_out = [
        top.target.id for top in evaluation.results if not any(id(r) in drawn for r in top.walk())
    ]
    if left_out:
        note = "not drawn (another unit or form): " + ", ".join(left_out)
        ax.set_xlabel(f"{ax.get_xlabel()}\n{note}".strip(), fontsize=8)
    plan = evaluation.plan
    ax.set_title(
        title or f"{plan.title}\n{plan.issuer_name or evaluation.code}, {evaluation.period.label}",
        fontsize=10,
    )
    return ax


def save_chart(evaluation: EvaluationLike, path: str | os.PathLike[str], **options: Any) -> None:
    """Write :func:`plot_evaluation` to a file (PNG, SVG, PDF by the suffix), without pyplot."""
    _matplotlib()
    from matplotlib.figure import Figure

    rows = numeric_rows(evaluation, options.get("unit", "percent"))
    figure = Figure(figsize=(9, 1.6 + 0.32 * max(len(rows), 1)), layout="constrained")
    plot_evaluation(evaluation, figure.add_subplot(), **options)
    write_atomic(path, lambda temporary: figure.savefig(temporary, dpi=120))


# --- plot_levels ----------------------------------------------------------------------


def plot_levels(
    source: EvaluationLike | Plan,
    indicator_id: str,
    observations: ObservationSet,
    *,
    hierarchy: Hierarchy | None = None,
    code: str | None = None,
    members: dict[str, str] | Sequence[tuple[str, str]] = (),
    policy: Policy | None = None,
    ax: Any = None,
) -> Any:
    """One indicator at every tier under the issuer: the unit, its districts, its communes.

    Each unit is a dot at its tier, coloured by whether it meets the threshold of the
    first target of the plan on this indicator (and these members); the threshold is a
    dashed line. A unit's value is its territory value, rolled up as in an evaluation
    (ratio of sums); units with no value are counted under their tier's label.

    Args:
        source: An evaluation (its plan, unit, period and tree date are used) or a plan
            (its issuer and period).
        indicator_id: The indicator to draw.
        observations: The data (an evaluation does not keep it).
        hierarchy: The units; the shipped national hierarchy by default.
        code: The unit at the top; the evaluation's unit or the plan's issuer by default.
        members: Dimension members of the indicator (``{"online_level": "4"}``).
        policy: The coverage policy of the roll-ups.
        ax: The matplotlib Axes to draw on; a new figure by default.

    Returns:
        The Axes.

    Raises:
        KeyError: the plan has no indicator ``indicator_id``.
    """
    _matplotlib()
    from ..engines.reference import Aggregator
    from ..model.jurisdictions import national_hierarchy
    from ..model.plans import Plan
    from ..model.targets import Between, Comparison
    from ..rules.compare import check_between, check_value

    if isinstance(source, Plan):
        plan, top, period, on = source, source.issuer, source.period, source.period.last_day
    else:
        plan, top, period, on = source.plan, source.code, source.period, source.tree_date

    def meets(target: Comparison | Between, value: Fraction) -> bool:
        if isinstance(target, Between):
            low, high = target.low_value, target.high_value
            return check_between(low, target.low_inclusive, high, target.high_inclusive, value)[0]
        return check_value(target.op, target.threshold_value, value)[0]

    top = code or top
    indicator = next((i for i in plan.indicators if i.id == indicator_id), None)
    if indicator is None:
        raise KeyError(indicator_id)
    wanted = tuple(sorted(dict(members).items()))
    tree = (hierarchy or national_hierarchy()).as_of(on)
    aggregator = Aggregator(observations, tree, policy, plan.agencies)
    target = next(
        (
            t
            for t in plan.all_targets()
            if isinstance(t, Comparison | Between)
            and t.indicator.id == indicator_id
            and t.members == wanted
            and not isinstance(getattr(t, "threshold", None), bool)
        ),
        None,
    )
    root = tree.get(top)
    tiers: list[tuple[str, list[Any]]] = [(str(root), [root])]
    below: dict[Any, list[Any]] = {}
    for unit in tree.descendants(top):
        below.setdefault(unit.level, []).append(unit)
    tiers += [(level.vi, units) for level, units in sorted(below.items())]
    if ax is None:
        plt = _pyplot()
        _, ax = plt.subplots(figsize=(8, 5), layout="constrained")
    ticks = []
    for x, (name, units) in enumerate(tiers):
        values = []
        for unit in units:
            value = aggregator.territory(indicator, unit.code, period, wanted).value
            if isinstance(value, Fraction):
                values.append(value)
        missing = len(units) - len(values)
        if values:
            colours = [
                STATUS_COLOURS["met" if meets(target, v) else "not_met"]
                if target is not None
                else "#4a6fa5"
                for v in values
            ]
            # spread the dots of a tier sideways, deterministically, so they do not overlap
            offsets = [
                ((i * 0.618) % 1 - 0.5) * 0.5 if len(values) > 1 else 0.0
                for i in range(len(values))
            ]
            ax.scatter(
                [x + o for o in offsets],
                [float(v) for v in values],
                s=60 if len(values) == 1 else 14,
                c=colours,
                alpha=0.9 if len(values) < 50 else 0.6,
                edgecolors="none",
                zorder=3,
            )
            if len(values) == 1:
                ax.annotate(
                    show(values[0], indicator.unit),
                    (x, float(values[0])),
                    xytext=(8, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize=8,
                )
        tick = f"{name}\n{len(units)} unit{'s' if len(units) != 1 else ''}"
        if missing:
            tick += f", {missing} without a value"
        ticks.append(tick)
    ax.set_xticks(range(len(tiers)), ticks, fontsize=8)
    ax.set_xlim(-0.6, len(tiers) - 0.4)
    if target is not None:
        thresholds = (
            [target.low_value, target.high_value]
            if isinstance(target, Between)
            else [target.threshold_value]
        )
        for line in thresholds:
            ax.axhline(
                float(line),
                color="black",
                linestyle="--",
                linewidth=1,
                label=f"{target.id}: {target}",
            )
        ax.legend(loc="lower left", fontsize=8, framealpha=0.9)
    ax.set_ylabel(indicator.unit or "")
    ax.grid(axis="y", alpha=0.3)
    member_text = ", ".join(f"{k} = {v}" for k, v in wanted)
    ax.set_title(
        f"{indicator.name}" + (f" ({member_text})" if member_text else "") + f"\n{period.label}",
        fontsize=10,
    )
    return ax
