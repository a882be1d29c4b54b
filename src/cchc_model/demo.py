"""The five seed plans evaluated on their sample data: what ``cchc demo`` prints.

The plans are the files of ``examples/`` (the articles in ``shared/seeds/`` encoded as
plans); the data is synthetic, written by ``scripts/make_sample_data.py`` — every row
says so in its ``source`` column. Both ship inside the package
(``cchc_model/data/examples/``), so the demo works from an installed wheel, offline.

Two plans name no issuer (codes starting ``x-``): they are evaluated on the small
made-up trees of ``placeholder_units.csv``; the other three on the shipped national
hierarchy, loaded once.

>>> evaluations = run_demo()
>>> [e.plan.id for e in evaluations]  # doctest: +NORMALIZE_WHITESPACE
['thanh-hoa-2021', 'province-kh-141-2020', 'hue-2021', 'bac-kan-2023',
 'district-2020-minh-quang']
>>> totals(evaluations).startswith("Totals, 5 plans: 58 targets")
True
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from importlib import resources
from importlib.resources.abc import Traversable

from .evaluation import Evaluation, Status, evaluate
from .io.observations import ObservationSet
from .io.serialization import loads
from .model.jurisdictions import (
    PLACEHOLDER_PREFIX,
    Hierarchy,
    load_hierarchy_csv,
    national_hierarchy,
)
from .model.plans import Plan
from .model.targets import AllOf, AnyOf, AtLeast
from .outputs.text import STATUS_MARKS

__all__ = [
    "SAMPLE_SOURCE",
    "compact_table",
    "example_names",
    "load_example",
    "placeholder_hierarchy",
    "report",
    "run_demo",
    "totals",
]

#: The ``source`` column of every sample row: the numbers are made up.
SAMPLE_SOURCE = "synthetic sample, scripts/make_sample_data.py"
PLACEHOLDER_UNITS = "placeholder_units.csv"


def _folder() -> Traversable:
    return resources.files("cchc_model").joinpath("data", "examples")


def example_names() -> list[str]:
    """The file names of the packaged seed plans, in order (``000-thanh-hoa-2021.yaml`` …)."""
    return sorted(item.name for item in _folder().iterdir() if item.name.endswith(".yaml"))


def placeholder_hierarchy() -> Hierarchy:
    """The made-up trees of the two placeholder issuers (``placeholder_units.csv``)."""
    with resources.as_file(_folder().joinpath(PLACEHOLDER_UNITS)) as path:
        return load_hierarchy_csv(path)


def load_example(name: str) -> tuple[Plan, ObservationSet]:
    """A packaged seed plan (by file name) and its sample observations."""
    folder = _folder()
    plan = loads(folder.joinpath(name).read_text(encoding="utf-8"), source=name)
    data = folder.joinpath(f"{plan.id}.csv").read_text(encoding="utf-8")
    observations = ObservationSet.from_csv(io.StringIO(data), plan.indicators)
    return plan, observations


def run_demo() -> list[Evaluation]:
    """Evaluate every seed plan on its sample data, for its issuer and period."""
    placeholders: Hierarchy | None = None
    evaluations = []
    for name in example_names():
        plan, observations = load_example(name)
        if plan.issuer.startswith(PLACEHOLDER_PREFIX):
            placeholders = placeholders or placeholder_hierarchy()
            tree = placeholders
        else:
            tree = national_hierarchy()
        evaluations.append(evaluate(plan, observations, tree))
    return evaluations


def totals(evaluations: Sequence[Evaluation]) -> str:
    """One line across plans: targets in each status, binding and aspirational apart."""
    results = [result for evaluation in evaluations for result in evaluation.results]

    def counts(aspirational: bool) -> str:
        chosen = [r for r in results if r.aspirational is aspirational]
        return ", ".join(
            f"{sum(r.status is s for r in chosen)} {STATUS_MARKS[s.value].lower()}" for s in Status
        )

    return (
        f"Totals, {len(evaluations)} plans: {len(results)} targets — "
        f"binding: {counts(False)}; aspirational: {counts(True)}"
    )


def compact_table(evaluation: Evaluation) -> str:
    """A narrow table of an evaluation: target, status, observed, what the target reads.

    The reasons are left out (``Evaluation.table()`` and ``cchc evaluate`` give them);
    a per-plan totals line closes it.
    """
    from .outputs.text import cut, pad, totals
    from .rules.results import show

    plan = evaluation.plan
    widths = (34, 8, 12, 34)
    lines = [
        f"{plan.id}: {plan.issuer_name or plan.issuer} [{evaluation.code}], "
        f"{evaluation.period.label} (units as of {evaluation.tree_date.isoformat()})"
    ]
    for result in evaluation.results:
        cells = (
            result.target.id + (" *" if result.aspirational else ""),
            STATUS_MARKS[result.status.value],
            (
                f"{sum(p.status is Status.MET for p in result.parts)} of {len(result.parts)} met"
                if isinstance(result.target, AllOf | AnyOf | AtLeast)
                else show(result.observed, result.unit)
            ),
            str(result.target),
        )
        lines.append(
            "  "
            + "  ".join(
                pad(cut(cell, width), width) for cell, width in zip(cells, widths, strict=True)
            ).rstrip()
        )
    lines.append("  " + totals(evaluation))
    return "\n".join(lines)


def report(evaluations: Sequence[Evaluation]) -> str:
    """What ``cchc demo`` prints: a note on the data, a compact table per plan, totals."""
    head = (
        f"The {len(evaluations)} seed plans of examples/ evaluated on synthetic sample data "
        "(scripts/make_sample_data.py; not real figures).\n"
        "* marks a phấn đấu (aspirational) target. For the reasons, in a checkout: "
        "cchc evaluate examples/003-bac-kan-2023.yaml -O examples/data/bac-kan-2023.csv"
    )
    tables = [compact_table(evaluation) for evaluation in evaluations]
    return "\n\n".join([head, *tables, totals(evaluations)])
