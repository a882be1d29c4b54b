"""Vectorised evaluation of plans over dataframes, from one province to the nation.

:func:`evaluate_many` evaluates a plan for many units and periods at once on a
dataframe engine (polars, DuckDB, and through narwhals SQLFrame, PySpark and Dask).
It gives the same statuses, values and coverage as the reference evaluator
(:func:`cchc_model.evaluate`), exactly: pairs are summed as integers and thresholds are
compared as integer products, never through floats.

>>> import polars as pl
>>> import cchc_model as cm
>>> from cchc_model.batch import evaluate_many
>>> plan = cm.load("examples/000-thanh-hoa-2021.yaml")
>>> frame = pl.DataFrame({"indicator": ["satisfaction_procedures"], "code": ["38"],
...                       "period": ["2021"], "numerator": [17], "denominator": [20]})
>>> batch = evaluate_many(plan, frame)
>>> batch.table.filter(pl.col("target") == "satisfaction").select("code", "status").rows()
[('38', 'met')]

Targets or data the vectorised evaluator does not take are evaluated by the reference
evaluator, and the rows say so (``engine`` is ``"python"``, ``note`` says why).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from fractions import Fraction
from typing import Any

import attrs

from ._gc import paused_gc
from .engines.frame.backend import Backend, BatchInputError, _nw, backend_for
from .engines.frame.input import MAX_NODES, MAX_PERIODS, Canonical, Unsupported, read_observations
from .engines.frame.rollup import Rollups, check_mixed, compute_rollups
from .engines.frame.statuses import RESULT, StatusEngine
from .engines.reference.aggregation import Aggregator, Policy
from .evaluation import Evaluation, Result, _codes_under, _Engine
from .exceptions import CchcError
from .io.observations import ObservationSet
from .model.indicators import Indicator
from .model.jurisdictions import Hierarchy, national_hierarchy
from .model.periods import Period
from .model.plans import Plan
from .model.targets import AllOf, AnyOf, AtLeast, Change, Rank, Share, Target

__all__ = [
    "COLUMNS",
    "BatchEvaluation",
    "BatchInputError",
    "evaluate_many",
    "frame_from_observations",
    "observations_from_frame",
    "prefers_vectorised",
    "result_rows",
]

#: The columns of :attr:`BatchEvaluation.table`.
COLUMNS = (
    "plan",
    "root",
    "target",
    "parent",
    "depth",
    "code",
    "period",
    "status",
    "observed_num",
    "observed_den",
    "observed_flag",
    "gap_num",
    "gap_den",
    "coverage_num",
    "coverage_den",
    "engine",
    "note",
)


def _walk(targets: Iterable[Target]) -> Iterator[Target]:
    for target in targets:
        yield target
        if isinstance(target, AllOf | AnyOf | AtLeast):
            yield from _walk(target.parts)
        elif isinstance(target, Share):
            yield from _walk((target.condition,))


def _needed_periods(plan: Plan, periods: Sequence[Period]) -> list[Period]:
    out = list(dict.fromkeys(periods))
    for target in _walk(plan.targets):
        if isinstance(target, Change):
            for period in periods:
                baseline = target.baseline or period.previous()
                if baseline not in out:
                    out.append(baseline)
    return out


def _signature(tree: Hierarchy) -> tuple[tuple[str, str | None, int], ...]:
    return tuple(sorted((u.code, u.parent, int(u.level)) for u in tree))


@attrs.define
class _Group:
    """Periods evaluated on one tree."""

    tree: Hierarchy
    tree_date: date
    periods: list[Period]
    needed: list[Period]
    rollups: Rollups | None = None
    fallback: str | None = None
    target_notes: dict[str, str] = attrs.field(factory=dict)
    aggregator: Any = None
    output: Any = None


class BatchEvaluation:
    """A plan evaluated for many units and periods.

    Attributes:
        plan: The plan.
        codes: The units evaluated (each as the plan's issuer).
        periods: The periods evaluated.
        backend: The engine the evaluation ran on (``"polars"``, ``"duckdb"`` …).
        warnings: Things worth knowing: rows left out, targets the reference evaluated.
    """

    def __init__(
        self,
        plan: Plan,
        codes: Sequence[str],
        periods: Sequence[Period],
        frame: Any,
        backend: Backend,
        groups: Sequence[_Group],
        policy: Policy,
        data: Any,
        warnings: Sequence[str],
    ) -> None:
        self.plan = plan
        self.codes = tuple(codes)
        self.periods = tuple(periods)
        self._frame = frame
        self.backend = backend.name
        self._backend = backend
        self._groups = list(groups)
        self.policy = policy
        self._data = data
        self.warnings = tuple(warnings)
        self._table: Any = None
        self._observations: ObservationSet | None = None
        self._on: date | None = None

    @property
    def frame(self) -> Any:
        """The result rows as a narwhals LazyFrame on the engine that computed them."""
        return self._frame

    @property
    def table(self) -> Any:
        """The result rows as a polars DataFrame (:data:`COLUMNS`), computed once.

        One row per result and per part, as :meth:`Evaluation.to_records` lists them:
        ``root`` is the unit the plan was evaluated for, ``code`` where the row's target
        was measured. ``observed_num / observed_den`` is the exact observed value in the
        indicator's unit (a rank, a share in percent, a count of parts met, a level's
        index for an ordinal); ``observed_flag`` a yes/no value.
        """
        if self._table is None:
            self._table = self._backend.collect(self._frame)
        return self._table

    def to_native(self) -> Any:
        """The result rows as the engine's own lazy object (a DuckDB relation, say)."""
        return self._frame.to_native()

    def summary(self) -> dict[str, int]:
        """How many top-level results ended in each status."""
        table = self.table
        top = table.filter(table["depth"] == 0)
        counts = dict(top.group_by("status").len().rows())
        return {
            status: int(counts.get(status, 0))
            for status in ("met", "not_met", "unknown", "not_applicable")
        }

    # --- objects -----------------------------------------------------------------------

    def evaluation(self, code: str | None = None, period: Period | str | None = None) -> Evaluation:
        """The :class:`~cchc_model.Evaluation` of one unit and period, as the reference gives it."""
        code = code or self.codes[0]
        if code not in self.codes:
            raise CchcError(
                f"{code} was not evaluated; expected one of {', '.join(self.codes[:10])}"
            )
        wanted = _period(period) if period is not None else self.periods[0]
        for group in self._groups:
            if wanted in group.periods:
                return self._evaluation(group, code, wanted)
        labels = ", ".join(p.label for p in self.periods)
        raise CchcError(f"{wanted} was not evaluated; expected one of {labels}")

    def evaluations(self) -> Iterator[Evaluation]:
        """Every (unit, period) evaluation, unit by unit."""
        for code in self.codes:
            for period in self.periods:
                yield self.evaluation(code, period)

    def _reference_observations(self) -> ObservationSet:
        if self._observations is None:
            self._observations = _observation_set(self._data, self._backend, self.plan)
        return self._observations

    def _evaluation(self, group: _Group, code: str, period: Period) -> Evaluation:
        from .engines.frame.objects import TableAggregator

        tree = group.tree
        tree.get(code)
        aggregator: Aggregator
        reference = (
            Aggregator(self._reference_observations(), tree, self.policy)
            if (group.fallback or group.target_notes)
            else None
        )
        if group.fallback is not None or group.rollups is None:
            assert reference is not None
            aggregator = reference
        else:
            if group.aggregator is None:
                group.aggregator = TableAggregator(group.rollups, tree, self.policy, group.needed)
            aggregator = group.aggregator
        engine = _Engine(aggregator, tree)
        results: list[Result] = []
        for target in self.plan.targets:
            note = group.fallback or group.target_notes.get(target.id)
            if note is not None and reference is not None:
                result = _Engine(reference, tree).evaluate(target, code, period)
                result = attrs.evolve(result, warnings=(*result.warnings, _note(note)))
            else:
                result = engine.evaluate(target, code, period)
            results.append(result)
        disagreements = []
        codes = _codes_under(tree, code)
        for indicator in self.plan.used_indicators():
            disagreements += aggregator.disagreements(indicator, codes, period)
        tree_date = self._on or period.last_day
        return Evaluation(self.plan, code, period, tree_date, tuple(results), tuple(disagreements))


def _note(reason: str) -> str:
    return f"evaluated by the reference engine: {reason}"


def _period(value: Period | str | int) -> Period:
    return value if isinstance(value, Period) else Period.parse(str(value))


def frame_from_observations(observations: ObservationSet) -> Any:
    """An :class:`ObservationSet` as a polars DataFrame the vectorised evaluator reads."""
    import polars as pl

    records = observations.to_records()
    names: list[str] = []
    for record in records:
        for name in record:
            if name not in names and name not in ("members", "source"):
                names.append(name)

    def text(value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    return pl.DataFrame(
        {name: [text(r.get(name)) for r in records] for name in names},
        schema=dict.fromkeys(names, pl.String),
    )


def observations_from_frame(data: Any, plan: Plan) -> ObservationSet:
    """A dataframe's rows read by the reference reader (every problem named)."""
    frame, backend = backend_for(data)
    return _observation_set(frame, backend, plan)


def prefers_vectorised(data: Any, min_rows: int) -> bool:
    """Whether ``engine="auto"`` runs ``data`` vectorised: a lazy frame, or many rows."""
    nw = _nw()
    try:
        frame = nw.from_native(data)
    except TypeError as exc:
        raise BatchInputError(
            f"{type(data).__name__} is not observations; expected an ObservationSet or a dataframe"
        ) from exc
    if isinstance(frame, nw.LazyFrame):
        return True
    return len(frame) >= min_rows


def _observation_set(data: Any, backend: Backend, plan: Plan) -> ObservationSet:
    """The frame's rows for the plan's indicators, read by the reference reader."""
    nw = backend.nw
    frame, _ = backend_for(data) if not isinstance(data, nw.LazyFrame) else (data, backend)
    ids = [ind.id for ind in plan.used_indicators()]
    frame = frame.filter(nw.col("indicator").cast(nw.String).is_in(ids))
    native = backend.collect(frame)
    rows = native.to_dicts() if hasattr(native, "to_dicts") else native.to_pylist()
    records = [{k: v for k, v in row.items() if v is not None} for row in rows]
    known = {ind.id: ind for ind in (*plan.indicators, *plan.used_indicators())}
    return ObservationSet.from_records(records, list(known.values()))


@paused_gc()  # the tables built in Python hold many small objects and no cycles
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
        ObservationError: listing rows that break SEMANTICS.md §4 (as the reference does).
        UnknownJurisdictionError: a code is not a unit of the tree.
    """
    policy = policy or Policy()
    hierarchy = hierarchy or national_hierarchy()
    evaluated = [_period(p) for p in (periods if periods is not None else [plan.period])]
    codes = list(codes) if codes is not None else [plan.issuer]
    frame, backend = backend_for(data, connection)
    nw = backend.nw
    groups: list[_Group] = []
    by_signature: dict[Any, _Group] = {}
    signatures: dict[int, Any] = {}  # by tree: as_of() shares one tree between days
    for period in evaluated:
        tree_date = on or period.last_day
        tree = hierarchy.as_of(tree_date)
        for code in codes:
            tree.get(code)
        if id(tree) not in signatures:
            signatures[id(tree)] = _signature(tree)
        signature = (tree_date if on else None, signatures[id(tree)])
        group = by_signature.get(signature)
        if group is None:
            group = _Group(tree, tree_date, [], [])
            by_signature[signature] = group
            groups.append(group)
        group.periods.append(period)
    all_needed: list[Period] = []
    for group in groups:
        group.needed = _needed_periods(plan, group.periods)
        all_needed.extend(p for p in group.needed if p not in all_needed)
    indicators = list(plan.used_indicators())
    declared = list(plan.indicators)
    warnings: list[str] = []
    canonical: Canonical | None = None
    whole: str | None = None
    try:
        canonical = read_observations(frame, backend, indicators, all_needed, declared)
    except Unsupported as exc:
        whole = str(exc)
    if canonical is not None and canonical.ignored_indicators:
        shown = ", ".join(canonical.ignored_indicators[:10])
        more = " …" if len(canonical.ignored_indicators) > 10 else ""
        warnings.append(f"rows of indicators the plan does not use were left out: {shown}{more}")
    pieces: list[Any] = []
    for group in groups:
        if whole is None and canonical is not None:
            try:
                _rolled_up(plan, group, canonical, backend, codes, policy)
            except Unsupported as exc:
                group.fallback = str(exc)
        else:
            group.fallback = whole
    canonical = None  # the observations are no longer needed: free them before statuses
    for group in groups:
        if group.fallback is None:
            try:
                _vectorised(plan, group, backend, codes, pieces)
                continue
            except Unsupported as exc:
                group.fallback = str(exc)
        warnings.append(
            f"{', '.join(p.label for p in group.periods)}: {_note(group.fallback or '')}"
        )
    batch = BatchEvaluation(plan, codes, evaluated, None, backend, groups, policy, data, warnings)
    for group in groups:
        if group.fallback is not None:
            pieces.append(_reference_rows(batch, group, codes, group.fallback, plan.targets))
        elif group.target_notes:
            chosen = [t for t in plan.targets if t.id in group.target_notes]
            for target in chosen:
                warnings.append(f"{target.id}: {_note(group.target_notes[target.id])}")
                pieces.append(
                    _reference_rows(batch, group, codes, group.target_notes[target.id], [target])
                )
    batch.warnings = tuple(warnings)
    batch._on = on
    output = nw.Int64
    if backend.wide is not None and any(
        g.output is not None and g.output is not nw.Int64 for g in groups
    ):
        output = backend.wide
    numbers = [c for c in COLUMNS if c.endswith(("_num", "_den"))]
    pieces = [piece.with_columns(*(nw.col(c).cast(output) for c in numbers)) for piece in pieces]
    batch._frame = nw.concat(pieces, how="vertical") if pieces else _empty(backend)
    return batch


def _rolled_up(
    plan: Plan,
    group: _Group,
    canonical: Canonical,
    backend: Backend,
    codes: Sequence[str],
    policy: Policy,
) -> None:
    """The group's roll-ups, the only step that reads the observations."""
    from .engines.frame.tree import subtree_codes, tree_tables

    ranks = any(isinstance(t, Rank) for t in _walk(plan.targets))
    tables = tree_tables(group.tree, backend, subtree_codes(group.tree, codes, ranks))
    if len(group.needed) >= MAX_PERIODS or len(tables.codes) >= MAX_NODES:
        raise Unsupported("more periods or units than integer keys hold")
    rollups = compute_rollups(canonical, tables, backend, group.needed, policy.min_coverage)
    check_mixed(rollups)
    group.rollups = rollups


def _vectorised(
    plan: Plan,
    group: _Group,
    backend: Backend,
    codes: Sequence[str],
    pieces: list[Any],
) -> None:
    nw = backend.nw
    rollups = group.rollups
    assert rollups is not None
    tables = rollups.tables
    engine = StatusEngine(rollups, group.needed)
    pids = [group.needed.index(p) for p in group.periods]
    roots = [tables.node_of[c] for c in codes]
    ctx = backend.table(
        {
            "root": [r for r in roots for _ in pids],
            "node": [r for r in roots for _ in pids],
            "pid": [p for _ in roots for p in pids],
        },
        {"root": nw.Int64, "node": nw.Int64, "pid": nw.Int64},
    )
    period_labels = [p.label for p in group.needed]

    def labels(frame: Any, more: Mapping[str, tuple[str, Sequence[Any]]] | None = None) -> Any:
        """The report's text columns (and ``more`` labels) added, the ids kept."""
        copies = frame.with_columns(
            nw.col("node").alias("code_id"),
            nw.col("root").alias("root_id"),
            nw.col("pid").alias("period_id"),
        )
        return backend.with_labels(
            copies,
            {
                "code": ("code_id", tables.codes),
                "root_code": ("root_id", tables.codes),
                "period": ("period_id", period_labels),
                **(more or {}),
            },
        )

    engine.prepare(plan.targets, ctx, _disjoint(roots, tables.parents), labels)
    for target in plan.targets:
        mark = len(engine.emitted)
        try:
            engine.evaluate(target, ctx, None, 0, wanted=False)
        except Unsupported as exc:
            del engine.emitted[mark:]
            group.target_notes[target.id] = str(exc)
    left_out = set(group.target_notes)
    labelled, plain = engine.leaves.emitted(left_out) if engine.leaves else (None, None)
    emitted = [*engine.emitted, *([plain] if plain is not None else [])]
    if not emitted and labelled is None:
        return
    narrow = engine.leaves is None or engine.leaves.narrow
    group.output = backend.wide or nw.Int64
    if narrow and not any(isinstance(t, Change) for t in _walk(plan.targets)):
        group.output = nw.Int64
    numbers = [c for c in RESULT if c not in ("status", "obf")]

    def shaped(frame: Any) -> Any:
        return frame.select(
            "root",
            "node",
            "pid",
            "target",
            "parent",
            "depth",
            "status",
            "obf",
            *(nw.col(c).cast(group.output) for c in numbers),
        )

    def reported(frame: Any) -> Any:
        return frame.select(
            nw.lit(plan.id).alias("plan"),
            nw.col("root_code").alias("root"),
            "target",
            "parent",
            "depth",
            "code",
            "period",
            "status",
            nw.col("obn").cast(group.output).alias("observed_num"),
            nw.col("obd").cast(group.output).alias("observed_den"),
            nw.col("obf").alias("observed_flag"),
            nw.col("gn").cast(group.output).alias("gap_num"),
            nw.col("gd").cast(group.output).alias("gap_den"),
            nw.col("cn").cast(group.output).alias("coverage_num"),
            nw.col("cd").cast(group.output).alias("coverage_den"),
            nw.lit("vectorised").alias("engine"),
            nw.lit(None, dtype=nw.String).alias("note"),
        )

    if labelled is not None:
        pieces.append(reported(labelled))
    if emitted:
        rows = nw.concat([shaped(frame) for frame in emitted], how="vertical")
        pieces.append(reported(labels(rows)))


def _disjoint(roots: Sequence[int], parents: Sequence[int | None]) -> bool:
    """Whether no root is repeated or lies under another root."""
    chosen = set(roots)
    if len(chosen) != len(roots):
        return False
    for root in roots:
        up = parents[root]
        while up is not None:
            if up in chosen:
                return False
            up = parents[up]
    return True


def _reference_rows(
    batch: BatchEvaluation,
    group: _Group,
    codes: Sequence[str],
    note: str,
    targets: Sequence[Target],
) -> Any:
    observations = batch._reference_observations()
    aggregator = Aggregator(observations, group.tree, batch.policy)
    engine = _Engine(aggregator, group.tree)
    rows: list[dict[str, Any]] = []
    for code in codes:
        for period in group.periods:
            for target in targets:
                result = engine.evaluate(target, code, period)
                rows.extend(result_rows(batch.plan.id, code, result, None, 0, note))
    return rows_table(batch._backend, rows)


def result_rows(
    plan: str, root: str, result: Result, parent: str | None, depth: int, note: str | None
) -> Iterator[dict[str, Any]]:
    """Rows of :data:`COLUMNS` for a reference result and its parts."""
    observed = result.observed
    flag = observed if isinstance(observed, bool) else None
    number: Fraction | None = None
    if isinstance(observed, str):
        indicator = getattr(result.target, "indicator", None)
        if isinstance(indicator, Indicator) and observed in indicator.levels:
            number = Fraction(indicator.levels.index(observed))
    elif isinstance(observed, Fraction):
        number = observed
    gap, coverage = result.gap, result.coverage
    yield {
        "plan": plan,
        "root": root,
        "target": result.target.id,
        "parent": parent,
        "depth": depth,
        "code": result.code,
        "period": result.period.label,
        "status": result.status.value,
        "observed_num": None if number is None else number.numerator,
        "observed_den": None if number is None else number.denominator,
        "observed_flag": flag,
        "gap_num": None if gap is None else gap.numerator,
        "gap_den": None if gap is None else gap.denominator,
        "coverage_num": None if coverage is None else coverage.numerator,
        "coverage_den": None if coverage is None else coverage.denominator,
        "engine": "python" if note is not None else "reference",
        "note": note,
    }
    for part in result.parts:
        yield from result_rows(plan, root, part, result.target.id, depth + 1, note)


def rows_table(backend: Backend, rows: Sequence[dict[str, Any]]) -> Any:
    nw = backend.nw
    ints = (
        "depth",
        "observed_num",
        "observed_den",
        "gap_num",
        "gap_den",
        "coverage_num",
        "coverage_den",
    )
    schema = dict.fromkeys(COLUMNS, nw.String)
    schema.update(dict.fromkeys(ints, nw.Int64))
    schema["observed_flag"] = nw.Boolean
    return backend.table({name: [r[name] for r in rows] for name in COLUMNS}, schema)


def _empty(backend: Backend) -> Any:
    return rows_table(backend, [])
