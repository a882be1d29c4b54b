"""Statuses on dataframes (docs/semantics.md §6–§7), decided by the rules of
:mod:`cchc_model.rules`.

A target is evaluated over a frame of contexts ``(root_id, unit_id, period_id)``:
``root_id`` is the unit whose evaluation the row belongs to (the issuer), ``unit_id``
where the target is measured. Each call returns one row per distinct (unit, period) and
appends the rows to report (the target and every part) to ``emitted``. Value targets
and the each scopes and shares over them are decided in bulk (:mod:`.leaves`); the
other forms here, each by its rule: compounds, shares, ranks, changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, overload

from ...model.periods import Period
from ...model.targets import (
    AllOf,
    AnyOf,
    AtLeast,
    Between,
    Change,
    Comparison,
    Ordinal,
    Rank,
    RankChange,
    Scope,
    ScopeMode,
    Share,
    Target,
)
from ...rules.change import change_outcome
from ...rules.compound import compound_outcome, each_outcome
from ...rules.expr import DType, Expr, col, lit
from ...rules.outcome import Outcome
from ...rules.rank import peer_counts, rank_change_outcome, rank_outcome, top_limit
from ...rules.share import share_outcome
from ...rules.status import status_aggregates
from ...rules.timing import timed
from . import columns as c
from .backend import Unsupported
from .leaves import (
    Group,
    Labeller,
    LeafTable,
    Scoped,
    at_unit,
    counts_of,
    outcome_columns,
    reference_only,
    walk_leaves,
)
from .rollup import Rollups, pooled
from .translate import Translator
from .tree import part_counts
from .types import Frame

__all__ = ["StatusEngine"]

_BIG = 2**62
_COUNTS = ("total", "met", "unknown", "not_applicable")


class StatusEngine:
    """Evaluates targets over context frames on one set of roll-ups."""

    def __init__(self, rollups: Rollups, periods: Sequence[Period]) -> None:
        self.rollups = rollups
        self.backend = rollups.backend
        self.nw = rollups.backend.nw
        self.periods = list(periods)
        self.codes = {code.indicator.id: code for code in rollups.canonical.indicators}
        self.translator = Translator(self.backend)
        self.emitted: list[Frame] = []
        self.leaves: LeafTable | None = None
        #: Per rank target, its peer counts (unit_id, period_id, better, unknown, size).
        self.rank_facts: dict[str, Frame] = {}
        self._units: dict[str, Target] = {}

    # --- helpers ---------------------------------------------------------------------

    def lit(self, value: int) -> Expr:
        """A whole-number constant of a rule, kept within exact integer columns."""
        if abs(value) >= _BIG:
            raise Unsupported(f"a threshold term too large for exact integer columns ({value})")
        return lit(value)

    def _result(
        self, frame: Frame, outcome: Outcome, translator: Translator | None = None
    ) -> Frame:
        """(unit_id, period_id) and the result columns of ``outcome``."""
        out = (translator or self.translator).select(
            frame, ["unit_id", "period_id"], outcome_columns(outcome)
        )
        wide = self.backend.wide or self.nw.Int64
        numbers = [name for name in c.RESULT if name not in ("status", "observed_flag")]
        return out.with_columns(*(self.nw.col(name).cast(wide) for name in numbers))

    def _value_rows(
        self, target: Scoped, at: Frame, level: int | None = None, period_column: str = "period_id"
    ) -> Frame:
        """``at`` with the roll-up columns of the target's indicator and members."""
        nw = self.nw
        code = self.codes.get(target.indicator.id)
        if code is None:  # pragma: no cover - every plan indicator is read
            raise Unsupported(f"indicator {target.indicator.id} not read")
        table = (
            self.rollups.territory
            if level is None
            else pooled(self.rollups, level, self.translator)
        )
        members = self.rollups.canonical.member_code(target.members)
        values = table.filter(
            (nw.col("indicator_id") == code.index) & (nw.col("members_id") == members)
        ).select(
            "unit_id",
            nw.col("period_id").alias(period_column),
            *c.VALUE,
            "coverage_num",
            "coverage_den",
        )
        rows = at.join(values, on=["unit_id", period_column], how="left")
        if level is None:
            return rows
        # a pool over no unit has nothing to measure (no row says so: there is no part)
        expected = part_counts(self.rollups.tables, level)
        rows = self.backend.gathered(rows, "unit_id", {"expected_parts": (nw.Int64, expected)})
        found = c.found(expected=col("expected_parts", nullable=False))
        rows = self.translator.with_columns(rows, {"not_applicable": found.not_applicable})
        return rows.drop("expected_parts")

    # --- dispatch --------------------------------------------------------------------

    @overload
    def evaluate(
        self,
        target: Target,
        ctx: Frame,
        parent: str | None,
        depth: int,
        wanted: Literal[True] = True,
    ) -> Frame: ...

    @overload
    def evaluate(
        self, target: Target, ctx: Frame, parent: str | None, depth: int, wanted: bool
    ) -> Frame | None: ...

    def evaluate(
        self, target: Target, ctx: Frame, parent: str | None, depth: int, wanted: bool = True
    ) -> Frame | None:
        """Rows for ``target`` at each distinct (unit, period) of ``ctx``; parts emitted.

        ``wanted`` False: the caller only needs the rows emitted, so targets the leaf
        table reports in bulk return None without building a frame.
        """
        nw = self.nw
        unsupported = reference_only(target)
        if unsupported is not None:
            raise Unsupported(unsupported)
        if depth == 0 and timed(target, self.periods):  # (its parts are in its walk)
            raise Unsupported(
                f"target {target.id} (or a part) has its own period/recurrence/deadline"
            )
        scope = getattr(target, "scope", None)
        if isinstance(scope, Scope) and scope.mode.on_agencies:
            raise Unsupported(f"target {target.id} is set for agencies ({scope})")
        if not isinstance(target, AllOf | AnyOf | AtLeast) and self._in_bulk(target):
            return self._bulk(target) if wanted else None
        if (
            isinstance(target, Comparison | Between | Ordinal)
            and target.scope.mode is not ScopeMode.EACH
        ):
            return self._leaf(target) if wanted else None
        at = ctx.select("unit_id", "period_id").unique()
        if isinstance(target, AllOf | AnyOf | AtLeast):
            result = self._compound(target, ctx, at, depth)
        elif isinstance(target, Share):
            result = self._share(target, ctx, at, depth)
        elif isinstance(target, Rank):
            result = self._rank(target, at)
        elif isinstance(target, RankChange):
            result = self._rank_change(target, at)
        elif target.scope.mode is ScopeMode.EACH:
            result = self._each(target, ctx, at, depth)
        elif isinstance(target, Change):
            result = self._change(target, at)
        else:  # pragma: no cover - every form is above
            raise Unsupported(f"the {target.form} form")
        result = self.backend.materialise(result)
        self.emitted.append(
            ctx.join(result, on=["unit_id", "period_id"], how="inner").with_columns(
                target=nw.lit(target.id),
                parent=nw.lit(parent, dtype=nw.String),
                depth=nw.lit(depth, dtype=nw.Int64),
            )
        )
        return result

    # --- values ----------------------------------------------------------------------

    def prepare(
        self,
        targets: Sequence[Target],
        roots: Frame,
        disjoint: bool = False,
        labels: Labeller | None = None,
    ) -> None:
        """Decide every value target of ``targets`` at once (see :mod:`.leaves`).

        ``disjoint``: no root is repeated or lies under another one; ``labels`` adds the
        report's text columns to result rows.
        """
        groups: list[Group] = []
        leaves = [
            leaf
            for target in targets
            for leaf in walk_leaves(target, (), self._units, groups=groups)
        ]
        self.leaves = LeafTable(self.rollups, roots, leaves, groups, disjoint, labels)

    def _in_bulk(self, target: Target) -> bool:
        return self.leaves is not None and self.leaves.in_bulk(target)

    def _bulk(self, target: Target) -> Frame | None:
        if self.leaves is None:
            return None
        return self.leaves.group_result(target)

    def _leaf(self, target: Comparison | Between | Ordinal) -> Frame:
        if self.leaves is None:
            raise Unsupported("value targets were not prepared")  # pragma: no cover
        return self.leaves.result(target)

    def _level_of(self, target: Scoped) -> int | None:
        scope: Scope = target.scope
        if scope.mode is ScopeMode.POOLED and scope.level is not None:
            return int(scope.level)
        return None

    def _no_wide(self, target: Scoped, factor: int) -> None:
        """Refuse products that could pass 64 bits on an engine without 128-bit integers:
        the rule's products are at most ``factor`` times a value's bound squared."""
        if self.backend.wide is not None:
            return
        code = self.codes[target.indicator.id]
        bound = self.rollups.canonical.value_bound(code.index)
        if factor * bound**2 >= 2**62:
            raise Unsupported("products beyond 64 bits on an engine without 128-bit integers")

    def _change(self, target: Change, at: Frame) -> Frame:
        nw = self.nw
        delta = target.delta_value
        # |a·d − c·b| ≤ 2B², b·d ≤ B²; compared and gapped with p/q: 3B²·max(|p|, q)
        self._no_wide(target, 3 * max(abs(delta.numerator), delta.denominator))
        baselines: list[int | None] = []
        for period in self.periods:
            baseline = target.baseline_for(period)
            baselines.append(self.periods.index(baseline) if baseline in self.periods else None)
        level = self._level_of(target)
        now = self._value_rows(target, at, level).rename(
            {name: f"now_{name}" for name in (*c.VALUE, "coverage_num", "coverage_den")}
        )
        now = self.backend.gathered(now, "period_id", {"baseline_id": (nw.Int64, baselines)})
        rows = self._value_rows(target, now, level, period_column="baseline_id")
        outcome = change_outcome(
            c.value("now_"),
            c.value(),
            target.relative,
            target.op,
            self.lit(delta.numerator),
            self.lit(delta.denominator),
        )
        return self._result(rows, outcome)

    # --- scopes and compounds --------------------------------------------------------

    def _below(self, ctx: Frame, level: int) -> tuple[Frame, Frame]:
        """The context moved to each unit at ``level`` under its unit, and the links."""
        nw = self.nw
        below = self.rollups.tables.below.filter(nw.col("level") == level).select(
            nw.col("ancestor_id").alias("unit_id"), nw.col("unit_id").alias("unit")
        )
        sub = ctx.join(below, on="unit_id", how="inner").select(
            "root_id", nw.col("unit").alias("unit_id"), "period_id"
        )
        return sub, below

    def _fill_counts(self, at: Frame, counts: Frame) -> Frame:
        nw = self.nw
        frame = at.join(counts, on=["unit_id", "period_id"], how="left")
        return frame.with_columns(*(nw.col(name).fill_null(0) for name in _COUNTS))

    def _tally(self, frame: Frame, keys: Sequence[str]) -> Frame:
        aggregates = status_aggregates(col("status", DType.TEXT, nullable=False))
        return self.translator.aggregate(frame, keys, aggregates)

    def _part_counts(
        self, part: Target, level: int, ctx: Frame, at: Frame, parent: str, depth: int
    ) -> Frame:
        """Statuses of ``part`` at every unit at ``level`` under each unit, counted."""
        nw = self.nw
        counted = self.leaves.counts(part) if self.leaves is not None else None
        if counted is not None:
            return self._fill_counts(at, counted)
        sub, below = self._below(ctx, level)
        parts = self.evaluate(part, sub, parent, depth + 1)
        linked = at.join(below, on="unit_id", how="inner").join(
            parts.select(nw.col("unit_id").alias("unit"), "period_id", "status"),
            on=["unit", "period_id"],
        )
        return self._fill_counts(at, self._tally(linked, ["unit_id", "period_id"]))

    def _each(self, target: Scoped, ctx: Frame, at: Frame, depth: int) -> Frame:
        scope_level = target.scope.level
        assert scope_level is not None, "an each scope has a level"  # (for the type checker)
        level = int(scope_level)
        part = at_unit(target, self._units)
        frame = self._part_counts(part, level, ctx, at, target.id, depth)
        return self._result(frame, each_outcome(counts_of()))

    def _compound(
        self, target: AllOf | AnyOf | AtLeast, ctx: Frame, at: Frame, depth: int
    ) -> Frame:
        results = [
            self.evaluate(part, ctx, target.id, depth + 1).select("unit_id", "period_id", "status")
            for part in target.parts
        ]
        stacked = self.backend.concat(results)
        frame = self._fill_counts(at, self._tally(stacked, ["unit_id", "period_id"]))
        needed = None if isinstance(target, AllOf) else 1 if isinstance(target, AnyOf) else target.n
        return self._result(frame, compound_outcome(counts_of(), needed))

    def _share(self, target: Share, ctx: Frame, at: Frame, depth: int) -> Frame:
        frame = self._part_counts(target.condition, int(target.level), ctx, at, target.id, depth)
        threshold = target.threshold_value
        outcome = share_outcome(
            counts_of(), target.op, self.lit(threshold.numerator), self.lit(threshold.denominator)
        )
        return self._result(frame, outcome)

    def _rank_counts(self, target: Rank | RankChange, at: Frame) -> tuple[Frame, Frame]:
        """At each (unit, period) of ``at``: the unit's value (``own_`` columns), and its
        peers counted (``size``, ``better``, ``unknown``)."""
        nw = self.nw
        self._no_wide(target, 1)  # a peer's numerator times a denominator: B²
        if target.peers is not None:
            peers = self._listed_peers(target, at)
        else:  # the siblings of each unit (the unit alone when it has no parent)
            units = self.rollups.tables.units
            with_parent = at.join(units.select("unit_id", "parent_id"), on="unit_id", how="inner")
            siblings = (
                with_parent.filter(~nw.col("parent_id").is_null())
                .join(
                    units.select(nw.col("unit_id").alias("peer"), "parent_id"),
                    on="parent_id",
                    how="inner",
                )
                .select("unit_id", "period_id", "peer")
            )
            alone = with_parent.filter(nw.col("parent_id").is_null()).select(
                "unit_id", "period_id", nw.col("unit_id").alias("peer")
            )
            peers = self.backend.concat([siblings, alone])
        mine = self._value_rows(target, at).rename(
            {name: f"own_{name}" for name in (*c.VALUE, "coverage_num", "coverage_den")}
        )
        theirs = (
            self._value_rows(target, peers.rename({"unit_id": "me"}).rename({"peer": "unit_id"}))
            .rename({"unit_id": "peer"})
            .rename({"me": "unit_id"})
        )
        joined = theirs.join(mine, on=["unit_id", "period_id"], how="left")
        direction = target.indicator.direction
        is_self = col("is_self", DType.BOOL, nullable=False)
        joined = joined.with_columns(is_self=nw.col("peer") == nw.col("unit_id"))
        counts = self.translator.aggregate(
            joined,
            ["unit_id", "period_id"],
            peer_counts(direction, c.value(), c.value("own_"), is_self),
        )
        return mine, self.backend.materialise(counts)

    def _counted(self, mine: Frame, counts: Frame) -> Frame:
        return mine.join(counts, on=["unit_id", "period_id"], how="left").with_columns(
            *(self.nw.col(name).fill_null(0) for name in ("better", "unknown", "size"))
        )

    def _rank(self, target: Rank, at: Frame) -> Frame:
        mine, counts = self._rank_counts(target, at)
        self.rank_facts[target.id] = counts
        frame = self._counted(mine, counts)
        size = col("size", nullable=False)
        if target.top_value is not None:  # K = ⌈top × peers⌉, per unit
            top = target.top_value
            k, k_den = top_limit(size, self.lit(top.numerator), self.lit(top.denominator))
        else:
            assert target.k is not None, "a rank has k or top"  # (for the type checker)
            k, k_den = self.lit(target.k), None
        outcome = rank_outcome(
            c.value("own_"),
            col("better", nullable=False),
            col("unknown", nullable=False),
            size,
            k,
            k_den,
        )
        return self._result(frame, outcome)

    def _rank_change(self, target: RankChange, at: Frame) -> Frame:
        """Rank movement: the peer counts in each period and in its baseline (the same
        peers), decided by :func:`rank_change_outcome`."""
        nw = self.nw
        baselines: list[int | None] = []
        for period in self.periods:
            baseline = target.baseline_for(period)
            baselines.append(self.periods.index(baseline) if baseline in self.periods else None)
        based = self.backend.gathered(
            at.select("unit_id", "period_id").unique(),
            "period_id",
            {"baseline_id": (nw.Int64, baselines)},
        )
        then_at = (
            based.filter(~nw.col("baseline_id").is_null())
            .select("unit_id", nw.col("baseline_id").alias("period_id"))
            .unique()
        )
        mine, counts = self._rank_counts(target, at)
        then_mine, then_counts = self._rank_counts(target, then_at)
        # one table of facts for the results' reasons: (unit, period) → counts
        names = list(counts.collect_schema().names())
        facts = self.backend.concat([counts, then_counts.select(*names)]).unique()
        self.rank_facts[target.id] = self.backend.materialise(facts)
        before = self._counted(then_mine, then_counts).select(
            "unit_id",
            nw.col("period_id").alias("baseline_id"),
            *(nw.col(f"own_{name}").alias(f"before_{name}") for name in c.VALUE),
            nw.col("better").alias("before_better"),
            nw.col("unknown").alias("before_unknown"),
        )
        frame = (
            self._counted(mine, counts)
            .join(based, on=["unit_id", "period_id"], how="left")
            .join(before, on=["unit_id", "baseline_id"], how="left")
            .with_columns(
                *(nw.col(name).fill_null(0) for name in ("before_better", "before_unknown"))
            )
        )
        outcome = rank_change_outcome(
            c.value("own_"),
            c.value("before_"),
            col("better", nullable=False),
            col("unknown", nullable=False),
            col("before_better", nullable=False),
            col("before_unknown", nullable=False),
            col("size", nullable=False),
            target.op,
            self.lit(target.places),
        )
        return self._result(frame, outcome)

    def _listed_peers(self, target: Rank | RankChange, at: Frame) -> Frame:
        """A rank among the peers the target lists (the unit itself among them)."""
        nw = self.nw
        assert target.peers is not None
        node_of = self.rollups.tables.node_of
        listed = sorted({node_of[code] for code in target.peers if code in node_of})
        if len(listed) < len(set(target.peers)):
            raise Unsupported("a rank among listed peers that are not units of the tree")
        table = self.backend.table({"peer": listed}, {"peer": nw.Int64})
        units = at.select("unit_id", "period_id").unique()
        crossed = units.join(table, how="cross")
        own = units.with_columns(peer=nw.col("unit_id"))
        return self.backend.concat([crossed, own]).unique()
