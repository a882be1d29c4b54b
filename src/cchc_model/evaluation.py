"""Evaluate a plan against data: the entry points above the engines (docs/semantics.md §7).

>>> import cchc_model as cm
>>> from cchc_model.io.observations import Observation, ObservationSet
>>> from cchc_model.evaluation import evaluate
>>> plan = cm.load("examples/000-thanh-hoa-2021.yaml")
>>> sat = plan.indicators[0]
>>> data = ObservationSet([Observation(indicator=sat.id, code="38", period="2021", value="85")],
...                      plan.indicators)
>>> result = evaluate(plan, data).result("satisfaction")
>>> print(result.status.value, result.reason)
met Observed 85 % against ≥ 85 %.

:func:`evaluate` picks an engine: the reference engine
(:mod:`cchc_model.engines.reference`) for an :class:`ObservationSet` and small
dataframes, the dataframe engine (:mod:`cchc_model.engines.frame`) for lazy frames and
large ones. Both decide with the rules of :mod:`cchc_model.rules`; each result says
which engine decided it (:attr:`Result.engine`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

import attrs

from .engines.reference import Aggregator, ReferenceEngine, codes_under
from .exceptions import CchcError, Problem, ValidationError
from .io.observations import ObservationSet, unmatched_codes
from .model.agencies import Agency
from .model.areas import ReformArea
from .model.jurisdictions import Hierarchy, national_hierarchy
from .model.periods import Period
from .model.plans import Plan, issuer_problem
from .model.targets import Target
from .rules.results import Result, show
from .rules.rollup import Disagreement, Policy
from .rules.status import Status, combine

if TYPE_CHECKING:  # loaded on first use, so that ``import cchc_model`` stays fast
    from .outputs.progress import ProgressReport
    from .rules.progress import Progress, ProgressMethod

__all__ = [
    "VECTORISED_MIN_ROWS",
    "Evaluation",
    "Result",
    "Status",
    "combine",
    "evaluate",
    "evaluate_target",
    "progress",
    "show",
]


@attrs.frozen
class Evaluation:
    """The evaluation of a plan for one jurisdiction and period.

    Attributes:
        plan: The plan evaluated.
        code: The jurisdiction evaluated (the plan's issuer unless told otherwise).
        period: The period.
        tree_date: The date of the hierarchy used (the period's last day by default).
        results: One result per top-level target, in the plan's order.
        disagreements: Units whose direct value differs from their children's roll-up.
        unmatched: Observation rows of the period whose unit is not a unit of the
            hierarchy on the tree date, and so were read by no target: one problem per
            code, with how many rows it has and what it may have meant (``"6"`` for
            ``"06"``, a unit abolished before the period and its successor). Reported
            by :func:`evaluate` from an :class:`ObservationSet`; not part of equality.
        progress: The progress of each top-level target toward its horizon, when
            :func:`evaluate` was asked for it (``progress=True``); not part of equality.
    """

    plan: Plan
    code: str
    period: Period
    tree_date: date
    results: tuple[Result, ...]
    disagreements: tuple[Disagreement, ...] = ()
    unmatched: tuple[Problem, ...] = attrs.field(default=(), eq=False)
    progress: tuple[Progress, ...] = attrs.field(default=(), eq=False)

    def result(self, target_id: str) -> Result:
        """The result of a target (nested parts included) by its id."""
        for top in self.results:
            for result in top.walk():
                if result.target.id == target_id and result.code == top.code:
                    return result
        raise KeyError(target_id)

    def __iter__(self) -> Iterator[Result]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def summary(self) -> dict[Status, int]:
        """How many top-level targets ended in each status."""
        counts = Counter(r.status for r in self.results)
        return {status: counts[status] for status in Status}

    def by_area(self) -> dict[ReformArea | None, dict[Status, int]]:
        """Status counts per reform area."""
        out: dict[ReformArea | None, Counter[Status]] = {}
        for result in self.results:
            out.setdefault(result.area, Counter())[result.status] += 1
        return {area: {s: c[s] for s in Status} for area, c in out.items()}

    def binding(self) -> tuple[Result, ...]:
        """Results of binding targets."""
        return tuple(r for r in self.results if not r.aspirational)

    def aspirational(self) -> tuple[Result, ...]:
        """Results of aspirational ("phấn đấu") targets."""
        return tuple(r for r in self.results if r.aspirational)

    def to_records(self) -> list[dict[str, Any]]:
        """One plain record per result, parts included (see :mod:`cchc_model.outputs.records`)."""
        from .outputs.records import to_records

        return to_records(self)

    def to_dict(self) -> dict[str, Any]:
        """The evaluation as plain data: plan, unit, period, summary, rows, disagreements,
        and the progress of each target when it was measured (:attr:`progress`)."""
        from .outputs.records import to_dict

        return to_dict(self)

    def to_json(self) -> str:
        """The evaluation as JSON text."""
        from .outputs.records import to_json

        return to_json(self)

    def to_csv(self) -> str:
        """The evaluation as CSV text, one row per result."""
        from .outputs.records import to_csv

        return to_csv(self)

    def to_frame(self) -> Any:
        """A tidy pandas DataFrame, one row per result (needs the ``pandas`` extra)."""
        from .outputs.frames import to_frame

        return to_frame(self)

    def table(self, parts: bool = False, width: int | None = 120, colour: bool = False) -> str:
        """A plain-text table for terminals, with a totals line; ``width=None`` cuts
        nothing, ``colour`` puts each status in its terminal colour."""
        from .outputs.text import table

        return table(self, parts=parts, width=width, colour=colour)

    def to_html(self, parts: bool = False) -> str:
        """An HTML table of the results (with their parts, with ``parts``): unit by
        name, status in words and colour, gap, coverage and reasons in full."""
        from .outputs.html import to_html

        return to_html(self, parts=parts)

    def _repr_html_(self) -> str:
        return self.to_html()

    def __str__(self) -> str:
        return self.table()

    # --- charts (matplotlib, the ``charts`` extra, imported only when called) ---------

    def plot(self, ax: Any = None, **options: Any) -> Any:
        """Threshold against observed value per numeric target; the matplotlib Axes.

        See :func:`cchc_model.outputs.charts.plot_evaluation` (needs the ``charts`` extra).
        """
        from .outputs.charts import plot_evaluation

        return plot_evaluation(self, ax, **options)


def evaluate_target(
    target: Target,
    observations: ObservationSet,
    code: str,
    period: Period,
    hierarchy: Hierarchy | None = None,
    *,
    policy: Policy | None = None,
    on: date | None = None,
    agencies: Sequence[Agency] = (),
) -> Result:
    """Evaluate one target for one jurisdiction and period (on the reference engine);
    ``agencies`` are those a plan declares (:attr:`Plan.agencies`), which agency scopes
    reach and whose rows count in their units' roll-ups."""
    tree = (hierarchy or national_hierarchy()).as_of(on or period.last_day)
    engine = ReferenceEngine(Aggregator(observations, tree, policy, agencies), tree)
    return engine.evaluate(target, code, period)


#: Below this many rows an eager dataframe is evaluated by the reference engine, which
#: answers small inputs faster than a dataframe engine starts (``engine="auto"``).
VECTORISED_MIN_ROWS = 20_000

Engine = Literal["auto", "python", "reference", "vectorised"]


def evaluate(
    plan: Plan,
    observations: ObservationSet | Any,
    hierarchy: Hierarchy | None = None,
    period: Period | None = None,
    *,
    code: str | None = None,
    policy: Policy | None = None,
    on: date | None = None,
    engine: Engine = "auto",
    progress: bool | ProgressMethod = False,
) -> Evaluation:
    """Evaluate every target of a plan.

    Args:
        plan: The plan.
        observations: The data: an :class:`ObservationSet`, or a dataframe with the
            columns of an observation CSV (polars, pandas, pyarrow, a DuckDB relation,
            or a SQLFrame, PySpark or Dask frame; see :mod:`cchc_model.batch`).
        hierarchy: The units; the shipped national hierarchy by default.
        period: The period evaluated; the plan's period by default.
        code: The jurisdiction evaluated; the plan's issuer by default.
        policy: The coverage policy (``Policy(min_coverage=1)`` by default).
        on: The date of the tree; the period's last day by default.
        engine: ``"reference"`` (or ``"python"``) forces the reference engine,
            ``"vectorised"`` the dataframe engine; ``"auto"`` (the default) runs a
            dataframe of :data:`VECTORISED_MIN_ROWS` rows or more, and any lazy frame,
            vectorised, and everything else on the reference engine. The results are
            the same either way; :attr:`Result.engine` says which engine decided each.
        progress: Also measure each target's progress toward its horizon, read at
            ``period`` (:attr:`Evaluation.progress`; :func:`progress` says how); a
            :class:`~cchc_model.rules.progress.ProgressMethod` chooses the method.
    """
    if progress is not False:
        from .rules.progress import ProgressMethod

        method = progress if isinstance(progress, ProgressMethod) else None
        evaluation, _ = _with_progress(
            plan, observations, hierarchy, period, code, policy, on, engine, method
        )
        return evaluation
    if engine not in ("auto", "python", "reference", "vectorised"):
        raise CchcError(
            f"engine {engine!r} is not known; expected 'auto', 'reference' (or 'python') "
            "or 'vectorised'"
        )
    period = period or plan.period
    if code is not None and not (isinstance(code, str) and code.strip()):
        raise ValidationError.single(
            "code",
            code,
            f"{code!r} is not a unit code; expected a code such as '06', or "
            "None for the plan's issuer",
            "empty",
        )
    if code is None:
        problem = issuer_problem(plan, hierarchy, on or period.last_day)
        if problem is not None:
            raise ValidationError([problem])
    code = code or plan.issuer
    if engine == "vectorised" or (
        engine == "auto" and not isinstance(observations, ObservationSet)
    ):
        from .engines import frame

        data = observations
        if isinstance(data, ObservationSet):
            data = frame.frame_from_observations(data)
        if engine == "vectorised" or frame.prefers_vectorised(data, VECTORISED_MIN_ROWS):
            run = frame.run(
                plan, data, hierarchy, [period], codes=[code], policy=policy or Policy(), on=on
            )
            found = run.results(code, period)
            unmatched = run.unmatched(period)
            return Evaluation(
                plan,
                code,
                period,
                found.tree_date,
                found.results,
                found.disagreements,
                unmatched,
            )
    if not isinstance(observations, ObservationSet):
        from .engines.frame import observations_from_frame

        observations = observations_from_frame(observations, plan)
    tree_date = on or period.last_day
    tree = (hierarchy or national_hierarchy()).as_of(tree_date)
    tree.get(code)  # an unknown issuer is an error, not a column of UNKNOWNs
    aggregator = Aggregator(observations, tree, policy, plan.agencies)
    runner = ReferenceEngine(aggregator, tree)
    results = tuple(runner.evaluate(target, code, period) for target in plan.targets)
    disagreements: list[Disagreement] = []
    codes = codes_under(tree, code)
    for indicator in plan.used_indicators():
        disagreements += aggregator.disagreements(indicator, codes, period)
    unmatched = unmatched_codes(
        observations.row_counts(),
        hierarchy or national_hierarchy(),
        tree_date,
        period,
        {agency.code for agency in plan.agencies},
    )
    return Evaluation(plan, code, period, tree_date, results, tuple(disagreements), unmatched)


def progress(
    plan: Plan,
    observations: ObservationSet | Any,
    at: Period | str,
    hierarchy: Hierarchy | None = None,
    *,
    code: str | None = None,
    policy: Policy | None = None,
    on: date | None = None,
    engine: Engine = "auto",
    method: ProgressMethod | None = None,
) -> ProgressReport:
    """How each target of ``plan`` stands on the way to its horizon, read at ``at``.

    Evaluates the plan in the period read (``at``, or the year so far when ``at`` is a
    quarter, a month or a half), in each target's baseline period (its
    :class:`~cchc_model.model.targets.ProgressBasis`, else the year before the plan's
    period) and in each year between, then applies the progress rule
    (:mod:`cchc_model.rules.progress`): ``target_achieved``, ``on_track``,
    ``moderate``, ``limited``, ``deterioration`` or ``not_available``, with the rates,
    R, the projection at the horizon and a reason.

    >>> import cchc_model as cm
    >>> from cchc_model.io.observations import Observation, ObservationSet
    >>> plan = cm.load("examples/000-thanh-hoa-2021.yaml")
    >>> rows = [Observation(indicator="satisfaction_procedures", code="38", period=year,
    ...                     value=value) for year, value in (("2020", "80"), ("2021", "84"))]
    >>> report = progress(plan, ObservationSet(rows, plan.indicators), "2021")
    >>> found = report.of("satisfaction")
    >>> found.status.value
    'moderate'
    >>> print(found.reason)
    84 % from 80 %: 5 % a year against 6.25 % a year needed to reach 85 % (R ≈ 0.8): moderate.

    Args:
        plan: The plan.
        observations: The data, as :func:`evaluate` takes it.
        at: The period of the reading, e.g. ``"2023"`` or ``"2023-Q2"``.
        hierarchy: The units; the shipped national hierarchy by default.
        code: The unit read; the plan's issuer by default.
        policy: The coverage policy.
        on: The date of the tree; each period's last day by default.
        engine: As :func:`evaluate` takes it.
        method: The method and its thresholds; sdg-build's growth method by default.
    """
    wanted = at if isinstance(at, Period) else Period.parse(at)
    return _report(plan, observations, wanted, hierarchy, code, policy, on, engine, method)


def _with_progress(
    plan: Plan,
    observations: ObservationSet | Any,
    hierarchy: Hierarchy | None,
    period: Period | None,
    code: str | None,
    policy: Policy | None,
    on: date | None,
    engine: Engine,
    method: ProgressMethod | None,
) -> tuple[Evaluation, ProgressReport]:
    """The evaluation of ``period`` with its progress section, and the progress report:
    the period read is evaluated once (the report's own evaluation, when it is of that
    period)."""
    at = period or plan.period
    report = _report(plan, observations, at, hierarchy, code, policy, on, engine, method)
    evaluation = report.evaluation
    if not isinstance(evaluation, Evaluation) or evaluation.period != at:
        evaluation = evaluate(
            plan, observations, hierarchy, period, code=code, policy=policy, on=on, engine=engine
        )
    return attrs.evolve(evaluation, progress=report.progress), report


def _report(
    plan: Plan,
    observations: ObservationSet | Any,
    at: Period,
    hierarchy: Hierarchy | None,
    code: str | None,
    policy: Policy | None,
    on: date | None,
    engine: Engine,
    method: ProgressMethod | None,
) -> ProgressReport:
    from .outputs.progress import report_from

    def evaluate_at(period: Period) -> Evaluation:
        return evaluate(
            plan, observations, hierarchy, period, code=code, policy=policy, on=on, engine=engine
        )

    return report_from(plan, evaluate_at, at, method)
