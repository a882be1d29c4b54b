"""Evaluating a plan for many units and periods at once, from one province to the nation.

:func:`evaluate_many` runs the dataframe engine (:mod:`cchc_model.engines.frame`) on
polars, DuckDB, SQLFrame, PySpark or Dask. It gives the same statuses, values and
coverage as the reference engine, exactly: pairs are summed as integers and thresholds
are compared as integer products, never through floats.

>>> import polars as pl
>>> import cchc_model as cm
>>> from cchc_model.batch import evaluate_many
>>> plan = cm.load("examples/000-thanh-hoa-2021.yaml")
>>> frame = pl.DataFrame({"indicator": ["satisfaction_procedures"], "code": ["38"],
...                       "period": ["2021"], "numerator": [17], "denominator": [20]})
>>> batch = evaluate_many(plan, frame)
>>> batch.table.filter(pl.col("target") == "satisfaction").select("code", "status").rows()
[('38', 'met')]

Targets or data the dataframe engine does not take are decided by the reference engine,
and the rows say so (``engine`` is ``"reference"``, ``note`` says why).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from .engines.frame import (
    COLUMNS,
    BatchInputError,
    Prepared,
    Run,
    frame_from_observations,
    observations_from_frame,
    prefers_vectorised,
    result_rows,
    run,
)
from .engines.frame import prepare as prepare_frame
from .evaluation import Evaluation
from .exceptions import CchcError, Problem
from .model.jurisdictions import Hierarchy
from .model.periods import Period
from .model.plans import Plan
from .rules.rollup import Policy

__all__ = [
    "COLUMNS",
    "BatchEvaluation",
    "BatchInputError",
    "PreparedData",
    "evaluate_many",
    "frame_from_observations",
    "observations_from_frame",
    "prefers_vectorised",
    "prepare",
    "result_rows",
]


class BatchEvaluation:
    """A plan evaluated for many units and periods.

    Attributes:
        plan: The plan.
        codes: The units evaluated (each as the plan's issuer).
        periods: The periods evaluated.
        backend: The engine the evaluation ran on (``"polars"``, ``"duckdb"`` …).
        policy: The coverage policy.
        warnings: Things worth knowing: rows left out (of indicators the plan does not
            use, of codes that are not units), targets the reference decided.
    """

    def __init__(self, run: Run) -> None:
        self._run = run
        self.plan = run.plan
        self.codes = run.codes
        self.periods = run.periods
        self.backend = run.backend.name
        self.policy = run.policy
        self.warnings = run.warnings

    @property
    def frame(self) -> Any:
        """The result rows as a narwhals LazyFrame on the engine that computed them."""
        return self._run.frame

    @property
    def table(self) -> Any:
        """The result rows as a polars DataFrame (:data:`COLUMNS`), computed once.

        One row per result and per part, as :meth:`Evaluation.to_records` lists them:
        ``root`` is the unit the plan was evaluated for, ``code`` where the row's target
        was measured. ``observed_num / observed_den`` is the exact observed value in the
        indicator's unit (a rank, a share in percent, a count of parts met, a level's
        index for an ordinal); ``observed_flag`` a yes/no value. ``engine`` says which
        engine decided the row: ``"vectorised"`` or ``"reference"`` (``note`` says why).
        """
        return self._run.table

    def unmatched(self, period: Period | str | None = None) -> tuple[Problem, ...]:
        """A problem per code of the rows read for ``period`` (each evaluated period by
        default) that is not a unit on its tree date: its row count and what it may have
        meant, as :attr:`Evaluation.unmatched` lists them."""
        return self._run.unmatched(_period(period) if period is not None else None)

    @property
    def typed_table(self) -> Any:
        """:attr:`table` with numbers as numbers beside the exact pairs, for analysis and
        dashboards: each 128-bit pair column as a 64-bit integer (exact text when a value
        does not fit), and ``observed_value``, ``gap_value``, ``coverage_value`` as floats
        (:func:`cchc_model.outputs.parquet.typed_batch_table`)."""
        from .outputs.parquet import typed_batch_table

        return typed_batch_table(self.table)

    def to_parquet(self, path: str | os.PathLike[str]) -> None:
        """Write :attr:`table` as a Parquet file, whole or not at all: exact pairs as
        64-bit integers (as text when too large), ``observed_value``, ``gap_value`` and
        ``coverage_value`` as floats (:func:`cchc_model.outputs.parquet.typed_batch_table`).
        """
        from .outputs.parquet import write_batch_parquet

        write_batch_parquet(self.table, path)

    def to_native(self) -> Any:
        """The result rows as the engine's own lazy object (a DuckDB relation, say)."""
        return self._run.frame.to_native()

    def summary(self) -> dict[str, int]:
        """How many top-level results ended in each status."""
        table = self.table
        top = table.filter(table["depth"] == 0)
        counts = dict(top.group_by("status").len().rows())
        return {
            status: int(counts.get(status, 0))
            for status in ("met", "not_met", "unknown", "not_applicable")
        }

    def evaluation(self, code: str | None = None, period: Period | str | None = None) -> Evaluation:
        """The :class:`~cchc_model.Evaluation` of one unit and period: the dataframe
        engine's decisions (:attr:`Result.engine` is ``"vectorised"``), explained."""
        code = code or self.codes[0]
        if code not in self.codes:
            raise CchcError(
                f"{code} was not evaluated; expected one of {', '.join(self.codes[:10])}"
            )
        wanted = _period(period) if period is not None else self.periods[0]
        if wanted not in self.periods:
            labels = ", ".join(p.label for p in self.periods)
            raise CchcError(f"{wanted} was not evaluated; expected one of {labels}")
        found = self._run.results(code, wanted)
        return Evaluation(
            self.plan,
            code,
            wanted,
            found.tree_date,
            found.results,
            found.disagreements,
            self._run.unmatched(wanted),
        )

    def evaluations(self) -> Iterator[Evaluation]:
        """Every (unit, period) evaluation, unit by unit."""
        for code in self.codes:
            for period in self.periods:
                yield self.evaluation(code, period)


def _period(value: Period | str | int) -> Period:
    return value if isinstance(value, Period) else Period.parse(str(value))


def evaluate_many(
    plan: Plan,
    data: Any,
    hierarchy: Hierarchy | None = None,
    periods: Iterable[Period | str | int] | None = None,
    *,
    codes: Iterable[str] | None = None,
    policy: Policy | None = None,
    on: date | None = None,
    connection: Any = None,
) -> BatchEvaluation:
    """Evaluate ``plan`` for every unit in ``codes`` and every period in ``periods``.

    Args:
        plan: The plan; its targets are evaluated for each unit as if it were the issuer.
        data: Observations as a dataframe with the columns of an observation CSV
            (``indicator``, ``code``, ``period``, ``value`` or ``numerator`` and
            ``denominator``, ``weight``, ``basis``, dimension ids): a polars, pandas or
            pyarrow frame, a DuckDB relation, or a SQLFrame, PySpark or Dask frame.
        hierarchy: The units; the shipped national hierarchy by default.
        periods: The periods; the plan's period by default.
        codes: The units evaluated; the plan's issuer by default.
        policy: The coverage policy.
        on: The date of the tree; each period's last day by default.
        connection: The DuckDB connection a relation belongs to, when it is not the
            default connection.

    Raises:
        ObservationError: listing rows that break docs/semantics.md §4 (as the reference does).
        UnknownJurisdictionError: a code is not a unit of the tree.
    """
    evaluated = [_period(p) for p in (periods if periods is not None else [plan.period])]
    done = run(
        plan, data, hierarchy, evaluated, codes=codes, policy=policy, on=on, connection=connection
    )
    return BatchEvaluation(done)


class PreparedData:
    """Observations read, validated, keyed and rolled up once, ready for many questions.

    Made by :func:`prepare`. :meth:`evaluate` decides a plan for any units and periods
    prepared, without reading the observations or rolling them up again: the nation's
    plan, then the provinces' plan for every province, then the communes', on one read.

    Attributes:
        periods: The periods that can be evaluated.
        indicators: The indicators read, by id (every plan evaluated must define its
            indicators the same way).
        backend: The engine the observations are on (``"polars"``, ``"duckdb"`` …).
        warnings: Things worth knowing about the rows read.
    """

    def __init__(self, prepared: Prepared) -> None:
        self._prepared = prepared
        self.periods = prepared.periods
        self.indicators = prepared.indicators
        self.backend = prepared.backend.name
        self.warnings = prepared.warnings

    def evaluate(
        self,
        plan: Plan,
        codes: Iterable[str] | None = None,
        periods: Iterable[Period | str | int] | None = None,
    ) -> BatchEvaluation:
        """Evaluate ``plan`` for every unit in ``codes`` (the plan's issuer by default)
        and every period in ``periods`` (every prepared period by default).

        Raises:
            CchcError: the plan uses an indicator that was not read (or defines it
                otherwise), or asks for a period or a unit that was not prepared.
        """
        chosen = None if periods is None else [_period(p) for p in periods]
        return BatchEvaluation(self._prepared.evaluate(plan, codes, chosen))


def prepare(
    data: Any,
    plans: Plan | Sequence[Plan],
    hierarchy: Hierarchy | None = None,
    periods: Iterable[Period | str | int] | None = None,
    *,
    codes: Iterable[str] | None = None,
    policy: Policy | None = None,
    on: date | None = None,
    connection: Any = None,
) -> PreparedData:
    """Read, validate, key and roll up ``data`` once, for the indicators of ``plans``.

    Args:
        data: Observations as :func:`evaluate_many` takes them.
        plans: The plans (or one plan) whose indicators are read; any of them, or
            another plan defining the same indicators, can then be evaluated.
        hierarchy: The units; the shipped national hierarchy by default.
        periods: The periods; the plans' periods by default. Baselines of change
            targets are read too.
        codes: The units whose subtrees are rolled up; the whole tree by default.
        policy: The coverage policy.
        on: The date of the tree; each period's last day by default.
        connection: The DuckDB connection a relation belongs to.

    Example:
        >>> import polars as pl
        >>> import cchc_model as cm
        >>> from cchc_model.batch import prepare
        >>> plan = cm.load("examples/000-thanh-hoa-2021.yaml")
        >>> frame = pl.DataFrame({"indicator": ["satisfaction_procedures"], "code": ["38"],
        ...                       "period": ["2021"], "numerator": [17], "denominator": [20]})
        >>> data = prepare(frame, plan)
        >>> data.evaluate(plan).summary()["met"] >= 1
        True
    """
    chosen = [plans] if isinstance(plans, Plan) else list(plans)
    evaluated = None if periods is None else [_period(p) for p in periods]
    return PreparedData(
        prepare_frame(
            data,
            chosen,
            hierarchy,
            evaluated,
            codes=codes,
            policy=policy,
            on=on,
            connection=connection,
        )
    )
