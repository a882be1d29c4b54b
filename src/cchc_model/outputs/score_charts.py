"""Charts of index scores: where the points were lost (matplotlib, an optional extra).

* :func:`plot_points_lost` — for one unit, a bar per indicator that lost points, longest
  first, each labelled with what it gave of its maximum; for several units, a bar per
  unit split by group, so the groups that cost each unit most stand out.
* :func:`save_points_lost` — the same chart written to a file (what ``cchc score …
  --chart out.png`` does).

Points are drawn as floats; the scores themselves stay exact.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from ..indices.scoring import IndexScore, shown
from ..io.files import write_atomic
from .charts import _matplotlib, _new_axes

__all__ = ["plot_points_lost", "save_points_lost"]

_LOST = "#c2185b"


def _rows(scores: IndexScore | Mapping[Any, IndexScore]) -> int:
    if isinstance(scores, IndexScore):
        return max(len(scores.points_lost()), 1)
    return max(len(scores), 1)


def _label(key: Any) -> str:
    return " ".join(map(str, key)) if isinstance(key, tuple) else str(key)


def plot_points_lost(
    scores: IndexScore | Mapping[Any, IndexScore], *, ax: Any = None, title: str | None = None
) -> Any:
    """Draw the points each indicator (one score) or each group (several) lost.

    Args:
        scores: One unit's score, or scores by unit (``score_table``'s keys, such as
            ``("06", "2025")``, become the bars' labels).
        ax: The axes to draw on; new ones when not given.
        title: The title; by default the index and the unit's total.

    Returns:
        The axes.
    """
    if ax is None:
        ax = _new_axes(_rows(scores))
    if isinstance(scores, IndexScore):
        _one(ax, scores)
        ax.set_title(title or str(scores), fontsize=10)
    else:
        _several(ax, scores)
        first = next(iter(scores.values()), None)
        ax.set_title(title or (first.index if first else "no scores"), fontsize=10)
    ax.set_xlabel("points lost")
    return ax


def _one(ax: Any, score: IndexScore) -> None:
    lost = score.points_lost()
    labels = [item.number or item.indicator for item in lost]
    values = [float(item.lost or 0) for item in lost]
    ax.barh(range(len(lost)), values, color=_LOST)
    ax.set_yticks(range(len(lost)), labels)
    ax.invert_yaxis()
    ax.margins(x=0.15)
    for row, item in enumerate(lost):
        ax.annotate(
            f" {shown(item.score)} of {shown(item.maximum)}",
            (values[row], row),
            va="center",
            fontsize=8,
        )
    unknown = [i.number or i.indicator for i in score.items if i.score is None]
    if unknown:
        ax.text(
            1.0,
            -0.12,
            "not known: " + ", ".join(unknown),
            transform=ax.transAxes,
            ha="right",
            fontsize=8,
        )


def _several(ax: Any, scores: Mapping[Any, IndexScore]) -> None:
    keys = list(scores)
    groups: dict[str, str] = {}
    for score in scores.values():
        for group in score.groups:
            groups.setdefault(group.id, group.name)
    left = [0.0] * len(keys)
    cmap = _matplotlib().colormaps["tab10"]
    for n, (group_id, name) in enumerate(groups.items()):
        widths = []
        for key in keys:
            found = [g for g in scores[key].groups if g.id == group_id]
            lost = (
                found[0].maximum - found[0].score
                if found and found[0].score is not None and found[0].maximum is not None
                else 0
            )
            widths.append(float(lost))
        ax.barh(range(len(keys)), widths, left=left, color=cmap(n % 10), label=name)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    ax.set_yticks(range(len(keys)), [_label(k) for k in keys])
    ax.invert_yaxis()
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))


def save_points_lost(
    scores: IndexScore | Mapping[Any, IndexScore], path: str | os.PathLike[str], **options: Any
) -> None:
    """Write :func:`plot_points_lost` to a file (PNG, SVG, PDF by the suffix), without
    pyplot."""
    _matplotlib()
    from matplotlib.figure import Figure

    figure = Figure(figsize=(9, 1.6 + 0.32 * _rows(scores)), layout="constrained")
    plot_points_lost(scores, ax=figure.add_subplot(), **options)
    write_atomic(path, lambda temporary: figure.savefig(temporary, dpi=120))
