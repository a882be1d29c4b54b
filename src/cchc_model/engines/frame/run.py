"""A plan evaluated by the dataframe engine for many units and periods at once.

:func:`run` reads the observations once (:mod:`.input`), rolls them up once per dated
tree (:mod:`.rollup`), decides every target (:mod:`.leaves`, :mod:`.statuses`) and
returns a :class:`Run`: the result rows as a lazy frame on the user's engine, and the
:class:`~cchc_model.rules.results.Result` objects of any unit and period on request.

A target (or a tree) the engine does not take — a rank among peers outside the tree,
sub-periods that overlap without nesting, numbers beyond exact integer columns — is
decided by the reference engine instead; its rows say so (``engine`` is
``"reference"``, ``note`` says why) and so does :attr:`Run.warnings`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from fractions import Fraction

import attrs

from ...exceptions import CchcError, Problem
from ...io.observations import ObservationSet, unmatched_codes
from ...model.indicators import Indicator
from ...model.jurisdictions import Hierarchy, national_hierarchy
from ...model.periods import Period
from ...model.plans import Plan
from ...model.targets import Change, Rank, RankChange, Target
from ...rules.results import Result
from ...rules.rollup import Disagreement, Policy
from ...rules.tiers import maps_a_level
from ..reference import Aggregator, ReferenceEngine, codes_under
from . import columns as c
from .backend import Backend, Labels, Unsupported
from .input import Canonical, read_observations
from .objects import TableResults
from .rollup import Rollups, check_mixed, compute_rollups
from .source import backend_for, observation_set
from .statuses import StatusEngine
from .translate import Translator
from .tree import subtree_codes, tree_tables
from .types import Collected, Connection, Frame, NarwhalsDType, NativeFrame, Record

__all__ = ["COLUMNS", "Prepared", "Run", "RunResults", "prepare", "result_rows", "run"]

#: The columns of the result table.
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

VECTORISED = "vectorised"
REFERENCE = "reference"


def _needed_periods(plan: Plan, periods: Sequence[Period]) -> list[Period]:
    out = list(dict.fromkeys(periods))
    for target in plan.all_targets():
        if isinstance(target, Change | RankChange):
            for period in periods:
                baseline = target.baseline_for(period)
                if baseline not in out:
                    out.append(baseline)
    return out


#: A tree's units as (code, parent, level): trees with one signature are one tree.
Signature = tuple[tuple[str, str | None, int], ...]


def _signature(tree: Hierarchy) -> Signature:
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
    output: NarwhalsDType | None = None
    rank_facts: dict[str, Frame] = attrs.field(factory=dict)
    reference: ReferenceEngine | None = None


@attrs.frozen
class RunResults:
    """The results of one unit and period, as :class:`~cchc_model.Evaluation` holds them."""

    tree_date: date
    results: tuple[Result, ...]
    disagreements: tuple[Disagreement, ...]


class Run:
    """A plan evaluated by the dataframe engine for many units and periods.

    Attributes:
        plan: The plan.
        codes: The units evaluated (each as the plan's issuer).
        periods: The periods evaluated.
        backend: The adapter of the engine the evaluation ran on.
        warnings: Things worth knowing: rows left out, targets the reference decided.
        frame: The result rows (:data:`COLUMNS`) as a narwhals LazyFrame.
        source: The observations as a narwhals LazyFrame on the engine.
    """

    def __init__(
        self,
        plan: Plan,
        codes: Sequence[str],
        periods: Sequence[Period],
        backend: Backend,
        groups: Sequence[_Group],
        policy: Policy,
        source: Frame,
        on: date | None,
        hierarchy: Hierarchy,
        outside: dict[tuple[str, Period], int] | None,
    ) -> None:
        self.plan = plan
        self.codes = tuple(codes)
        self.periods = tuple(periods)
        self.backend = backend
        self.groups = list(groups)
        self.policy = policy
        self.source = source
        self.on = on
        self.hierarchy = hierarchy
        self._outside = outside
        self.warnings: tuple[str, ...] = ()
        # set by run() before the Run is returned: None only while it is being made
        self.frame: Frame = None  # type: ignore[assignment]
        self._table: Collected | None = None
        self._observations: ObservationSet | None = None

    @property
    def table(self) -> Collected:
        """The result rows collected (a polars DataFrame), computed once."""
        if self._table is None:
            self._table = self.backend.collect(self.frame)
        return self._table

    def reference_observations(self) -> ObservationSet:
        """The observations read by the reference reader (for what it decides)."""
        if self._observations is None:
            self._observations = observation_set(self.source, self.backend, self.plan)
        return self._observations

    def unmatched(self, period: Period | None = None) -> tuple[Problem, ...]:
        """A problem per code of the rows read for ``period`` (each evaluated period by
        default, a code once) that is not a unit on its tree date (as
        :attr:`cchc_model.Evaluation.unmatched` lists them)."""
        counts = self._outside
        if counts is None:  # read by the reference reader: count its rows
            counts = dict(self.reference_observations().row_counts())
        found: dict[str, Problem] = {}
        agencies = {agency.code for agency in self.plan.agencies}
        for each in self.periods if period is None else (period,):
            tree_date = self.group_of(each).tree_date
            for problem in unmatched_codes(counts, self.hierarchy, tree_date, each, agencies):
                found.setdefault(str(problem.value), problem)
        return tuple(found.values())

    def group_of(self, period: Period) -> _Group:
        """The group of trees that evaluated ``period``."""
        for group in self.groups:
            if period in group.periods:
                return group
        raise KeyError(period)

    def results(self, code: str, period: Period) -> RunResults:
        """The results of ``code`` (one of :attr:`codes`) in ``period``, with their parts.

        Decisions come from the result table; targets the reference engine decided
        (and whole trees it evaluated) are its results, with a warning saying why.
        """
        group = self.group_of(period)
        tree = group.tree
        tree.get(code)
        tree_date = self.on or period.last_day
        if group.fallback is not None or group.rollups is None:
            reference = self._reference_engine(group)
            found = [
                _noted(reference.evaluate(t, code, period), group.fallback or "")
                for t in self.plan.targets
            ]
            disagreements = self._reference_disagreements(group, code, period)
            return RunResults(tree_date, tuple(found), tuple(disagreements))
        rows = self._rows(code, period)
        units = _units_read(group, code)
        tables = TableResults(group.rollups, tree, group.needed, rows, group.rank_facts, units)
        found = []
        for target in self.plan.targets:
            note = group.target_notes.get(target.id)
            if note is not None:
                result = self._reference_engine(group).evaluate(target, code, period)
                found.append(_noted(result, note))
            else:
                found.append(tables.result(target, code, period, None, 0))
        try:
            disagreements = tables.disagreements(
                list(self.plan.used_indicators()), codes_under(tree, code), period
            )
        except Unsupported:
            disagreements = self._reference_disagreements(group, code, period)
        return RunResults(tree_date, tuple(found), tuple(disagreements))

    def _rows(self, code: str, period: Period) -> list[Record]:
        table = self.table
        if hasattr(table, "filter") and hasattr(table, "to_dicts"):
            import polars as pl

            chosen = table.filter((pl.col("root") == code) & (pl.col("period") == period.label))
            return list(chosen.to_dicts())
        # (hasattr does not narrow the type of the other branch)
        rows = table.to_pylist()  # type: ignore[union-attr]  # pragma: no cover - pyarrow
        return [r for r in rows if r["root"] == code and r["period"] == period.label]

    def _reference_engine(self, group: _Group) -> ReferenceEngine:
        """The group's reference engine, made once (its roll-ups are cached in it)."""
        if group.reference is None:
            aggregator = Aggregator(
                self.reference_observations(), group.tree, self.policy, self.plan.agencies
            )
            group.reference = ReferenceEngine(aggregator, group.tree)
        return group.reference

    def _reference_disagreements(
        self, group: _Group, code: str, period: Period
    ) -> list[Disagreement]:
        engine = self._reference_engine(group)
        found: list[Disagreement] = []
        for indicator in self.plan.used_indicators():
            found += engine.aggregator.disagreements(
                indicator, codes_under(group.tree, code), period
            )
        return found


def _units_read(group: _Group, code: str) -> list[int]:
    """The ids of the units whose roll-ups explain the results of ``code``: its subtree
    (a rank's peers are read from the rank's own counts)."""
    assert group.rollups is not None
    node_of = group.rollups.tables.node_of
    found = subtree_codes(group.tree, [code], with_peers=False)
    return sorted(node_of[unit] for unit in found if unit in node_of)


def _noted(result: Result, reason: str) -> Result:
    note = f"evaluated by the reference engine: {reason}"
    return attrs.evolve(result, warnings=(*result.warnings, note))


def run(
    plan: Plan,
    data: NativeFrame,
    hierarchy: Hierarchy | None = None,
    periods: Iterable[Period] | None = None,
    *,
    codes: Iterable[str] | None = None,
    policy: Policy | None = None,
    on: date | None = None,
    connection: Connection = None,
) -> Run:
    """Evaluate ``plan`` for every unit in ``codes`` and every period in ``periods``.

    See :func:`cchc_model.batch.evaluate_many`, which returns this run's results.
    """
    evaluated = list(periods if periods is not None else [plan.period])
    codes = list(codes) if codes is not None else [plan.issuer]
    prepared = prepare(
        data,
        [plan],
        hierarchy,
        evaluated,
        codes=codes,
        policy=policy,
        on=on,
        connection=connection,
    )
    return prepared.evaluate(plan, codes)


@attrs.define
class _Rolled:
    """Periods evaluated on one tree, and their roll-ups (made once, read by every plan)."""

    tree: Hierarchy
    tree_date: date
    periods: list[Period]
    needed: list[Period]
    rollups: Rollups | None = None
    fallback: str | None = None


class Prepared:
    """Observations read, validated, keyed and rolled up once, for any number of plans
    and roots: :meth:`evaluate` decides a plan without reading or rolling up again.

    Attributes:
        indicators: The indicators read, by id.
        periods: The periods that can be evaluated.
        roots: The units whose subtrees were rolled up (``None``: the whole tree).
        backend: The adapter of the engine the observations are on.
        warnings: Things worth knowing about the rows read (indicators left out).
    """

    def __init__(
        self,
        backend: Backend,
        source: Frame,
        hierarchy: Hierarchy,
        policy: Policy,
        on: date | None,
        indicators: Mapping[str, Indicator],
        periods: Sequence[Period],
        roots: Sequence[str] | None,
        rolled: Sequence[_Rolled],
        outside: dict[tuple[str, Period], int] | None,
        warnings: Sequence[str],
    ) -> None:
        self.backend = backend
        self.source = source
        self.hierarchy = hierarchy
        self.policy = policy
        self.on = on
        self.indicators = dict(indicators)
        self.periods = tuple(periods)
        self.roots = None if roots is None else tuple(roots)
        self._rolled = list(rolled)
        #: The units whose plans can be evaluated: the subtrees rolled up.
        self._reach: set[str] | None = None
        if self.roots is not None:
            self._reach = set()
            for group in self._rolled:
                self._reach |= subtree_codes(group.tree, self.roots, with_peers=False)
        self._outside = outside
        self.warnings = tuple(warnings)

    def _check(self, plan: Plan, codes: Sequence[str], periods: Sequence[Period]) -> None:
        for indicator in plan.used_indicators():
            known = self.indicators.get(indicator.id)
            if known is None:
                raise CchcError(
                    f"{plan.id}: indicator {indicator.id} was not read when the data were "
                    f"prepared; expected one of {', '.join(sorted(self.indicators))}"
                )
            if known != indicator:
                raise CchcError(
                    f"{plan.id}: indicator {indicator.id} differs from the one the data were "
                    "prepared with; expected the same definition"
                )
        for period in periods:
            if period not in self.periods:
                labels = ", ".join(p.label for p in self.periods)
                raise CchcError(f"{period} was not prepared; expected one of {labels}")
        for code in codes:
            if self._reach is not None and code not in self._reach:
                raise CchcError(
                    f"{code} is outside the units the data were prepared for; "
                    f"expected a unit under {', '.join((self.roots or ())[:10])}"
                )

    def evaluate(
        self,
        plan: Plan,
        codes: Iterable[str] | None = None,
        periods: Iterable[Period] | None = None,
    ) -> Run:
        """``plan`` decided for each unit in ``codes`` (the plan's issuer by default) and
        each period in ``periods`` (every prepared period by default)."""
        codes = list(codes) if codes is not None else [plan.issuer]
        evaluated = list(periods) if periods is not None else list(self.periods)
        self._check(plan, codes, evaluated)
        groups: list[_Group] = []
        for rolled in self._rolled:
            chosen = [p for p in rolled.periods if p in evaluated]
            if not chosen:
                continue
            for code in codes:
                rolled.tree.get(code)
            needed = _needed_periods(plan, chosen)
            missing = [p for p in needed if p not in rolled.needed]
            if missing:
                labels = ", ".join(p.label for p in missing)
                raise CchcError(
                    f"{plan.id} needs {labels} (a baseline), which was not prepared; "
                    "expected the plan among those the data were prepared for"
                )
            groups.append(
                _Group(
                    rolled.tree,
                    rolled.tree_date,
                    chosen,
                    rolled.needed,
                    rolled.rollups,
                    rolled.fallback,
                )
            )
        return _decide(self, plan, codes, evaluated, groups)


def prepare(
    data: NativeFrame,
    plans: Sequence[Plan],
    hierarchy: Hierarchy | None = None,
    periods: Iterable[Period] | None = None,
    *,
    codes: Iterable[str] | None = None,
    policy: Policy | None = None,
    on: date | None = None,
    connection: Connection = None,
) -> Prepared:
    """Read, validate, key and roll up ``data`` once for the indicators of ``plans``.

    See :func:`cchc_model.batch.prepare`.
    """
    if not plans:
        raise CchcError("no plan to prepare the data for; expected at least one plan")
    policy = policy or Policy()
    hierarchy = hierarchy or national_hierarchy()
    evaluated = list(periods if periods is not None else dict.fromkeys(p.period for p in plans))
    roots = list(codes) if codes is not None else None
    frame, backend = backend_for(data, connection)
    used: dict[str, Indicator] = {}
    declared: dict[str, Indicator] = {}
    for plan in plans:
        for indicator in plan.used_indicators():
            if used.setdefault(indicator.id, indicator) != indicator:
                raise CchcError(
                    f"{plan.id}: indicator {indicator.id} differs from another plan's; "
                    "expected one definition per indicator id"
                )
        for indicator in plan.indicators:
            declared.setdefault(indicator.id, indicator)
    rolled = _trees(plans, hierarchy, evaluated, roots or [], on)
    all_needed: list[Period] = []
    for group in rolled:
        all_needed.extend(p for p in group.needed if p not in all_needed)
    warnings: list[str] = []
    canonical: Canonical | None = None
    whole: str | None = None
    units: dict[str, None] = {}
    everywhere: set[str] | None = None
    for group in rolled:
        codes_of_tree = sorted(u.code for u in group.tree)
        units.update(dict.fromkeys(codes_of_tree))
        everywhere = set(codes_of_tree) if everywhere is None else everywhere & set(codes_of_tree)
    inside = None if everywhere is None or len(everywhere) == len(units) else everywhere
    try:
        canonical = read_observations(
            frame,
            backend,
            list(used.values()),
            all_needed,
            list(declared.values()),
            list(units),
            None if inside is None else inside.__contains__,
        )
    except Unsupported as exc:
        whole = str(exc)
    outside: dict[tuple[str, Period], int] | None = None
    if canonical is not None:
        outside = dict(canonical.outside)
    if canonical is not None and canonical.ignored_indicators:
        shown = ", ".join(canonical.ignored_indicators[:10])
        more = " …" if len(canonical.ignored_indicators) > 10 else ""
        whose = "the plan does" if len(plans) == 1 else "the plans do"
        warnings.append(f"rows of indicators {whose} not use were left out: {shown}{more}")
    translator = Translator(backend)
    ranked = [t for plan in plans for t in plan.all_targets() if isinstance(t, Rank | RankChange)]
    ranks = bool(ranked)
    listed = sorted({code for t in ranked for code in t.peers or ()})
    for group in rolled:
        if whole is None and canonical is not None:
            try:
                _rolled_up(group, canonical, backend, roots, ranks, policy, translator, listed)
            except Unsupported as exc:
                group.fallback = str(exc)
        else:
            group.fallback = whole
    return Prepared(
        backend, frame, hierarchy, policy, on, used, evaluated, roots, rolled, outside, warnings
    )


def _decide(
    prepared: Prepared, plan: Plan, codes: list[str], evaluated: list[Period], groups: list[_Group]
) -> Run:
    backend = prepared.backend
    warnings = list(prepared.warnings)
    pieces: list[Frame] = []
    for group in groups:
        if group.fallback is None:
            try:
                _vectorised(plan, group, backend, codes, pieces)
                continue
            except Unsupported as exc:
                group.fallback = str(exc)
        labels = ", ".join(p.label for p in group.periods)
        warnings.append(f"{labels}: evaluated by the reference engine: {group.fallback}")
    done = Run(
        plan,
        codes,
        evaluated,
        backend,
        groups,
        prepared.policy,
        prepared.source,
        prepared.on,
        prepared.hierarchy,
        prepared._outside,
    )
    unmatched = done.unmatched()
    if unmatched:
        shown = "; ".join(p.message for p in unmatched[:5])
        more = f" (and {len(unmatched) - 5} more codes)" if len(unmatched) > 5 else ""
        warnings.append(f"rows for codes that are not units were left out: {shown}{more}")
    for group in groups:
        if group.fallback is not None:
            pieces.append(_reference_rows(done, group, codes, group.fallback, plan.targets))
        elif group.target_notes:
            for target in plan.targets:
                note = group.target_notes.get(target.id)
                if note is not None:
                    warnings.append(f"{target.id}: evaluated by the reference engine: {note}")
                    pieces.append(_reference_rows(done, group, codes, note, [target]))
    done.warnings = tuple(warnings)
    nw = backend.nw
    output: NarwhalsDType = nw.Int64
    numbers = [name for name in COLUMNS if name.endswith(("_num", "_den"))]
    wide_rows = any(  # the reference engine's rows may need more than 64 bits too
        backend.wide is not None and piece.collect_schema()[numbers[0]] == backend.wide
        for piece in pieces
    )
    if backend.wide is not None and (
        wide_rows or any(g.output is not None and g.output is not nw.Int64 for g in groups)
    ):
        output = backend.wide
    pieces = [piece.with_columns(*(nw.col(n).cast(output) for n in numbers)) for piece in pieces]
    done.frame = backend.concat(pieces) if pieces else rows_table(backend, [])
    return done


def _trees(
    plans: Sequence[Plan],
    hierarchy: Hierarchy,
    periods: Sequence[Period],
    codes: Sequence[str],
    on: date | None,
) -> list[_Rolled]:
    """The periods grouped by the tree they are evaluated on (shared between days)."""
    groups: list[_Rolled] = []
    by_signature: dict[tuple[date | None, Signature], _Rolled] = {}
    signatures: dict[int, Signature] = {}  # by tree: as_of() shares one tree between days
    for period in periods:
        tree_date = on or period.last_day
        tree = hierarchy.as_of(tree_date)
        for code in codes:
            tree.get(code)
        if id(tree) not in signatures:
            signatures[id(tree)] = _signature(tree)
        signature = (tree_date if on else None, signatures[id(tree)])
        group = by_signature.get(signature)
        if group is None:
            group = _Rolled(tree, tree_date, [], [])
            by_signature[signature] = group
            groups.append(group)
        group.periods.append(period)
    for group in groups:
        for plan in plans:
            needed = _needed_periods(plan, group.periods)
            group.needed.extend(p for p in needed if p not in group.needed)
    return groups


def _rolled_up(
    group: _Rolled,
    canonical: Canonical,
    backend: Backend,
    codes: Sequence[str] | None,
    ranks: bool,
    policy: Policy,
    translator: Translator,
    peers: Sequence[str] = (),
) -> None:
    """The group's roll-ups, the only step that reads the observations."""
    keep = None if codes is None else subtree_codes(group.tree, codes, ranks, peers)
    tables = tree_tables(group.tree, backend, keep)
    if len(group.needed) >= c.MAX_PERIODS or len(tables.codes) >= c.MAX_NODES:
        raise Unsupported("more periods or units than integer keys hold")
    rollups = compute_rollups(
        canonical, tables, backend, group.needed, policy.min_coverage, translator
    )
    check_mixed(rollups)
    group.rollups = rollups


def _vectorised(
    plan: Plan, group: _Group, backend: Backend, codes: Sequence[str], pieces: list[Frame]
) -> None:
    if plan.agencies:  # agency rows: read by agency scopes, and by some indicators' units
        raise Unsupported(
            "the plan declares agencies (sở, ban, ngành …), which the dataframe engine's "
            "roll-ups do not hold"
        )
    nw = backend.nw
    rollups = group.rollups
    assert rollups is not None
    tables = rollups.tables
    engine = StatusEngine(rollups, group.needed)
    pids = [group.needed.index(p) for p in group.periods]
    roots = [tables.node_of[code] for code in codes]
    ctx = backend.table(
        {
            "root_id": [r for r in roots for _ in pids],
            "unit_id": [r for r in roots for _ in pids],
            "period_id": [p for _ in roots for p in pids],
        },
        {"root_id": nw.Int64, "unit_id": nw.Int64, "period_id": nw.Int64},
    )
    period_labels = [p.label for p in group.needed]

    def labels(frame: Frame, more: Labels | None = None) -> Frame:
        """The report's text columns (and ``more`` labels) added, the ids kept."""
        copies = frame.with_columns(
            nw.col("unit_id").alias("code_label_id"),
            nw.col("root_id").alias("root_label_id"),
            nw.col("period_id").alias("period_label_id"),
        )
        return backend.with_labels(
            copies,
            {
                "code": ("code_label_id", tables.codes),
                "root": ("root_label_id", tables.codes),
                "period": ("period_label_id", period_labels),
                **(more or {}),
            },
        )

    engine.prepare(plan.targets, ctx, _disjoint(roots, tables.parents), labels)
    for target in plan.targets:
        if maps_a_level(target, group.tree):
            group.target_notes[target.id] = "a level the tree lacks, measured at its successor"
            continue
        mark = len(engine.emitted)
        try:
            engine.evaluate(target, ctx, None, 0, wanted=False)
        except Unsupported as exc:
            del engine.emitted[mark:]
            group.target_notes[target.id] = str(exc)
    group.rank_facts = engine.rank_facts
    left_out = set(group.target_notes)
    labelled, plain = engine.leaves.emitted(left_out) if engine.leaves else (None, None)
    emitted = [*engine.emitted, *([plain] if plain is not None else [])]
    if not emitted and labelled is None:
        return
    narrow = engine.leaves is None or engine.leaves.narrow
    output: NarwhalsDType = backend.wide or nw.Int64
    if narrow and not any(isinstance(t, Change) for t in plan.all_targets()):
        output = nw.Int64
    group.output = output
    numbers = [name for name in c.RESULT if name not in ("status", "observed_flag")]

    def shaped(frame: Frame) -> Frame:
        return frame.select(
            "root_id",
            "unit_id",
            "period_id",
            "target",
            "parent",
            "depth",
            "status",
            "observed_flag",
            *(nw.col(name).cast(output) for name in numbers),
        )

    def reported(frame: Frame) -> Frame:
        return frame.select(
            nw.lit(plan.id).alias("plan"),
            "root",
            "target",
            "parent",
            "depth",
            "code",
            "period",
            "status",
            *(nw.col(name).cast(output) for name in numbers[:2]),
            "observed_flag",
            *(nw.col(name).cast(output) for name in numbers[2:]),
            nw.lit(VECTORISED).alias("engine"),
            nw.lit(None, dtype=nw.String).alias("note"),
        )

    if labelled is not None:
        pieces.append(reported(labelled))
    if emitted:
        rows = backend.concat([shaped(frame) for frame in emitted])
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
    done: Run, group: _Group, codes: Sequence[str], note: str, targets: Sequence[Target]
) -> Frame:
    engine = done._reference_engine(group)
    rows: list[Record] = []
    for code in codes:
        for period in group.periods:
            for target in targets:
                result = engine.evaluate(target, code, period)
                rows.extend(result_rows(done.plan.id, code, result, None, 0, note))
    return rows_table(done.backend, rows)


def result_rows(
    plan: str, root: str, result: Result, parent: str | None, depth: int, note: str | None
) -> Iterator[Record]:
    """Rows of :data:`COLUMNS` for a result and its parts (as the reference decided them)."""
    observed = result.observed
    flag = observed if isinstance(observed, bool) else None
    number: Fraction | None = None
    if isinstance(observed, str):
        indicator = getattr(result.target, "indicator", None)
        if isinstance(indicator, Indicator) and observed in indicator.levels:
            number = Fraction(indicator.levels.index(observed))
    elif isinstance(observed, Fraction):
        number = observed
    gap, cover = result.gap, result.coverage
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
        "coverage_num": None if cover is None else cover.numerator,
        "coverage_den": None if cover is None else cover.denominator,
        "engine": result.engine,
        "note": note,
    }
    for part in result.parts:
        yield from result_rows(plan, root, part, result.target.id, depth + 1, note)


def rows_table(backend: Backend, rows: Sequence[Record]) -> Frame:
    """Rows of :data:`COLUMNS` as a table on ``backend``."""
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
    schema: dict[str, NarwhalsDType] = dict.fromkeys(COLUMNS, nw.String)
    schema.update(dict.fromkeys(ints, nw.Int64))
    limit = 2**63 - 1
    if any(isinstance(v, int) and abs(v) > limit for r in rows for v in (r[n] for n in ints)):
        if backend.wide is None:
            raise CchcError(
                "a result holds a number beyond 64 bits, which this engine's table cannot "
                "hold; evaluate the plan with engine='reference'"
            )
        schema.update(dict.fromkeys(ints[1:], backend.wide))
    schema["observed_flag"] = nw.Boolean
    made = backend.table({name: [r[name] for r in rows] for name in COLUMNS}, schema)
    wide = backend.wide
    if wide is not None and schema["gap_num"] == wide:  # as 128-bit integers, whatever held them
        made = made.with_columns(*(nw.col(n).cast(wide) for n in ints[1:]))
    return made
