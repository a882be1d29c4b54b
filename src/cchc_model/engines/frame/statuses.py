"""Vectorised statuses (SEMANTICS.md §6–§7), as ``evaluation._Engine`` decides them.

A target is evaluated over a frame of contexts ``(root, node, pid)``: ``root`` is the
unit whose evaluation the row belongs to (the issuer), ``node`` where the target is
measured, ``pid`` the period. Each call returns one row per distinct ``(node, pid)``
and appends the rows to report (the target and every part) to ``emitted``.
Comparisons multiply integers (128-bit where the engine has them); no float is used.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ...evaluation import Status
from ...model.indicators import Direction
from ...model.periods import Period
from ...model.targets import (
    AllOf,
    AnyOf,
    AtLeast,
    Between,
    Change,
    Comparison,
    Op,
    Ordinal,
    Rank,
    Scope,
    ScopeMode,
    Share,
    Target,
)
from .input import Unsupported
from .leaves import RESULT, Group, LeafTable, at_unit, coverage_if_absent, tally, walk_leaves
from .rollup import Rollups, pooled
from .tree import expected_parts

__all__ = ["RESULT", "StatusEngine"]

MET, NOT_MET, UNKNOWN, NA = (s.value for s in Status)
_BIG = 2**62


class StatusEngine:
    """Evaluates targets over context frames on one set of roll-ups."""

    def __init__(
        self,
        rollups: Rollups,
        periods: Sequence[Period],
    ) -> None:
        indicators = rollups.canonical.indicators
        self.rollups = rollups
        self.backend = rollups.backend
        self.nw = rollups.backend.nw
        self.periods = list(periods)
        self.codes = {c.indicator.id: c for c in indicators}
        self.emitted: list[Any] = []
        self.leaves: LeafTable | None = None
        self._units: dict[str, Target] = {}

    # --- helpers ---------------------------------------------------------------------

    def wide(self, expr: Any) -> Any:
        wide = self.backend.wide
        return expr.cast(wide) if wide is not None else expr

    def lit(self, value: int) -> Any:
        if abs(value) >= _BIG:
            raise Unsupported(f"a threshold term too large for exact integer columns ({value})")
        return self.nw.lit(value, dtype=self.nw.Int64)

    def _null(self, dtype: Any = None) -> Any:
        return self.nw.lit(None, dtype=dtype or self.nw.Int64)

    def _result(self, frame: Any, **columns: Any) -> Any:
        """Select (node, pid) and the result columns, filling those not given with null."""
        nw = self.nw
        out = [nw.col("node"), nw.col("pid")]
        for name in RESULT:
            expr = columns.get(name)
            if expr is None:
                expr = self._null(
                    nw.Boolean if name == "obf" else nw.String if name == "status" else None
                )
            if name not in ("status", "obf"):
                expr = expr.cast(self.backend.wide or nw.Int64)
            out.append(expr.alias(name))
        return frame.select(*out)

    def _value_rows(
        self, target: Any, at: Any, level: int | None = None, pid_col: str = "pid"
    ) -> Any:
        """``at`` with the roll-up columns of the target's indicator and members."""
        nw = self.nw
        code = self.codes.get(target.indicator.id)
        if code is None:  # pragma: no cover - every plan indicator is read
            raise Unsupported(f"indicator {target.indicator.id} not read")
        table = self.rollups.territory if level is None else pooled(self.rollups, level)
        mem = self.rollups.canonical.member_code(target.members)
        values = table.filter((nw.col("ind") == code.index) & (nw.col("mem") == mem)).select(
            "node", nw.col("pid").alias(pid_col), "vn", "vd", "vb", "na", "cn", "cd"
        )
        expected = expected_parts(self.backend, self.rollups.tables, level, "exp_")
        rows = at.join(values, on=["node", pid_col], how="left").join(
            expected, on="node", how="left"
        )
        cn, cd = coverage_if_absent(
            nw, nw.col("exp_").fill_null(0), nw.lit(True) if level is not None else None
        )
        return rows.with_columns(cn=cn, cd=cd).drop("exp_")

    # --- dispatch --------------------------------------------------------------------

    def evaluate(
        self, target: Target, ctx: Any, parent: str | None, depth: int, wanted: bool = True
    ) -> Any:
        """Rows for ``target`` at each distinct (node, pid) of ``ctx``; parts emitted.

        ``wanted`` False: the caller only needs the rows emitted, so targets the leaf
        table reports in bulk return None without building a frame.
        """
        nw = self.nw
        # Value targets, and each scopes and shares over them, are in the leaf table.
        if not isinstance(target, AllOf | AnyOf | AtLeast) and self._in_bulk(target):
            return self._bulk(target) if wanted else None
        if (
            isinstance(target, Comparison | Between | Ordinal)
            and target.scope.mode is not ScopeMode.EACH
        ):
            return self._leaf(target) if wanted else None
        at = ctx.select("node", "pid").unique()
        if isinstance(target, AllOf | AnyOf | AtLeast):
            result = self._compound(target, ctx, at, depth)
        elif isinstance(target, Share):
            result = self._share(target, ctx, at, depth)
        elif isinstance(target, Rank):
            result = self._rank(target, at)
        elif target.scope.mode is ScopeMode.EACH:
            result = self._each(target, ctx, at, depth)
        elif isinstance(target, Change):
            result = self._change(target, at)
        else:  # pragma: no cover - every form is above
            raise Unsupported(f"the {target.form} form")
        result = self.backend.materialise(result)
        self.emitted.append(
            ctx.join(result, on=["node", "pid"], how="inner").with_columns(
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
        roots: Any,
        disjoint: bool = False,
        labels: Callable[[Any, Mapping[str, tuple[str, Sequence[Any]]]], Any] | None = None,
    ) -> None:
        """Decide every value target of ``targets`` at once (see :mod:`._leaves`).

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

    def _bulk(self, target: Target) -> Any | None:
        if self.leaves is None:
            return None
        return self.leaves.group_result(target)

    def _leaf(self, target: Comparison | Between | Ordinal) -> Any:
        if self.leaves is None:
            raise Unsupported("value targets were not prepared")  # pragma: no cover
        return self.leaves.result(target)

    def _level_of(self, target: Any) -> int | None:
        scope: Scope = target.scope
        if scope.mode is ScopeMode.POOLED and scope.level is not None:
            return int(scope.level)
        return None

    def _no_wide(self, target: Any, power: int) -> None:
        """Refuse products that could pass 64 bits on an engine without 128-bit integers."""
        if self.backend.wide is not None:
            return
        code = self.codes[target.indicator.id]
        bound = self.rollups.canonical.value_bound(code.index) ** power
        if bound * 2**20 >= 2**62:
            raise Unsupported("products beyond 64 bits on an engine without 128-bit integers")

    def _change(self, target: Change, at: Any) -> Any:
        nw = self.nw
        self._no_wide(target, 3)
        base: list[int] = []
        for period in self.periods:
            baseline = target.baseline or period.previous()
            base.append(self.periods.index(baseline) if baseline in self.periods else -1)
        bpid = self.lit(base[0])
        for i, b in enumerate(base[1:], start=1):
            bpid = nw.when(nw.col("pid") == i).then(self.lit(b)).otherwise(bpid)
        level = self._level_of(target)
        now = self._value_rows(target, at, level)
        rows = self._value_rows(
            target,
            now.with_columns(bpid=bpid).rename(
                {
                    "vn": "a",
                    "vd": "b",
                    "vb": "vb_now",
                    "na": "na_now",
                    "cn": "cn_now",
                    "cd": "cd_now",
                }
            ),
            level,
            pid_col="bpid",
        )
        a, b, c, d = (self.wide(nw.col(x)) for x in ("a", "b", "vn", "vd"))
        na = nw.col("na_now").fill_null(False) | nw.col("na").fill_null(False)
        unknown = nw.col("a").is_null() | nw.col("vn").is_null()
        diff = a * d - c * b  # change = diff / (b·d)
        if target.relative:
            sign = nw.when(nw.col("vn") < 0).then(self.lit(-1)).otherwise(self.lit(1))
            cn_, cd_ = diff * sign, b * c * sign
            zero = nw.col("vn") == 0
            na = na | (~unknown & zero)
        else:
            cn_, cd_ = diff, b * d
        delta = target.delta_value
        p, q = self.lit(delta.numerator), self.lit(delta.denominator)
        met = target.op.holds(cn_ * q, cd_ * p)
        status = (
            nw.when(na)
            .then(nw.lit(NA))
            .when(unknown)
            .then(nw.lit(UNKNOWN))
            .when(met)
            .then(nw.lit(MET))
            .otherwise(nw.lit(NOT_MET))
        )
        shown = ~na & ~unknown
        return self._result(
            rows,
            status=status,
            obn=nw.when(shown).then(cn_),
            obd=nw.when(shown).then(cd_),
            gn=nw.when(shown).then(
                nw.when(met).then(nw.lit(0)).otherwise(_abs(nw, p * cd_ - cn_ * q))
            ),
            gd=nw.when(shown).then(nw.when(met).then(nw.lit(1)).otherwise(q * cd_)),
        )

    # --- scopes and compounds --------------------------------------------------------

    def _kleene(self, needed: Callable[[Any], Any]) -> Any:
        nw = self.nw
        applicable = nw.col("total") - nw.col("na_")
        n = needed(applicable)
        return (
            nw.when(applicable == 0)
            .then(nw.lit(NA))
            .when(nw.col("met") >= n)
            .then(nw.lit(MET))
            .when(nw.col("met") + nw.col("unknown") < n)
            .then(nw.lit(NOT_MET))
            .otherwise(nw.lit(UNKNOWN))
        )

    def _below(self, ctx: Any, level: int) -> tuple[Any, Any]:
        """The context moved to each unit at ``level`` under its node, and the links."""
        nw = self.nw
        below = self.rollups.tables.below.filter(nw.col("level") == level).select(
            nw.col("anc").alias("node"), nw.col("node").alias("unit")
        )
        sub = ctx.join(below, on="node", how="inner").select(
            "root", nw.col("unit").alias("node"), "pid"
        )
        return sub, below

    def _fill_counts(self, at: Any, counts: Any) -> Any:
        nw = self.nw
        frame = at.join(counts, on=["node", "pid"], how="left")
        return frame.with_columns(
            *(nw.col(c).fill_null(0) for c in ("total", "met", "unknown", "na_"))
        )

    def _part_counts(
        self, part: Target, level: int, ctx: Any, at: Any, parent: str, depth: int
    ) -> Any:
        """Statuses of ``part`` at every unit at ``level`` under each node, counted."""
        nw = self.nw
        counted = self.leaves.counts(part) if self.leaves is not None else None
        if counted is not None:
            return self._fill_counts(at, at.join(counted, on=["node", "pid"], how="inner"))
        sub, below = self._below(ctx, level)
        parts = self.evaluate(part, sub, parent, depth + 1)
        linked = at.join(below, on="node", how="inner").join(
            parts.select(nw.col("node").alias("unit"), "pid", "status"), on=["unit", "pid"]
        )
        return self._fill_counts(at, tally(nw, linked, ["node", "pid"]))

    def _each(self, target: Any, ctx: Any, at: Any, depth: int) -> Any:
        nw = self.nw
        level = int(target.scope.level)
        part = at_unit(target, self._units)
        frame = self._part_counts(part, level, ctx, at, target.id, depth)
        total = nw.col("total")
        return self._result(
            frame,
            status=self._kleene(lambda applicable: applicable),
            cn=nw.when(total > 0).then(total - nw.col("unknown")),
            cd=nw.when(total > 0).then(total),
        )

    def _compound(self, target: AllOf | AnyOf | AtLeast, ctx: Any, at: Any, depth: int) -> Any:
        nw = self.nw
        results = [
            self.evaluate(part, ctx, target.id, depth + 1).select("node", "pid", "status")
            for part in target.parts
        ]
        stacked = nw.concat(results, how="vertical")
        frame = self._fill_counts(at, tally(nw, stacked, ["node", "pid"]))
        if isinstance(target, AllOf):
            status = self._kleene(lambda applicable: applicable)
        elif isinstance(target, AnyOf):
            status = self._kleene(lambda applicable: nw.lit(1))
        else:
            status = self._kleene(lambda applicable: nw.lit(target.n))
        return self._result(frame, status=status, obn=nw.col("met"), obd=nw.lit(1))

    def _share(self, target: Share, ctx: Any, at: Any, depth: int) -> Any:
        nw = self.nw
        frame = self._part_counts(target.condition, int(target.level), ctx, at, target.id, depth)
        n = nw.col("total") - nw.col("na_")
        met, unknown = nw.col("met"), nw.col("unknown")
        thr = target.threshold_value
        p, q = self.lit(thr.numerator), self.lit(thr.denominator)

        def holds(op: Op, count: Any) -> Any:  # count/n op p/q
            return op.holds(self.wide(count) * q, self.wide(n) * p)

        high = met + unknown
        if target.op is Op.EQ:
            low_eq, high_eq = holds(Op.EQ, met), holds(Op.EQ, high)
            inside = holds(Op.LE, met) & holds(Op.GE, high)
            decided = (
                nw.when(low_eq & high_eq)
                .then(nw.lit(MET))
                .when(~inside)
                .then(nw.lit(NOT_MET))
                .otherwise(nw.lit(UNKNOWN))
            )
        else:
            h_low, h_high = holds(target.op, met), holds(target.op, high)
            decided = (
                nw.when(h_low & h_high)
                .then(nw.lit(MET))
                .when(~h_low & ~h_high)
                .then(nw.lit(NOT_MET))
                .otherwise(nw.lit(UNKNOWN))
            )
        status = nw.when(n == 0).then(nw.lit(NA)).otherwise(decided)
        known = (n > 0) & (unknown == 0)
        gap_lower = target.op.is_lower_bound
        not_met = status == NOT_MET
        gn = nw.when(status == MET).then(nw.lit(0))
        gd = nw.when(status == MET).then(nw.lit(1))
        if gap_lower:
            gn = gn.when(not_met).then((p * self.wide(n) - self.wide(high) * q) * 100)
            gd = gd.when(not_met).then(q * self.wide(n))
        return self._result(
            frame,
            status=status,
            obn=nw.when(known).then(met * 100),
            obd=nw.when(known).then(n),
            gn=gn,
            gd=gd,
            cn=nw.when(n > 0).then(n - unknown),
            cd=nw.when(n > 0).then(n),
        )

    def _rank(self, target: Rank, at: Any) -> Any:
        nw = self.nw
        if target.peers is not None:
            raise Unsupported("a rank among listed peers")
        self._no_wide(target, 2)
        units = self.rollups.tables.units
        # peers: the siblings of each node (the node alone when it has no parent)
        with_parent = at.join(units.select("node", "parent"), on="node", how="inner")
        siblings = (
            with_parent.filter(~nw.col("parent").is_null())
            .join(units.select(nw.col("node").alias("peer"), "parent"), on="parent", how="inner")
            .select("node", "pid", "peer")
        )
        alone = with_parent.filter(nw.col("parent").is_null()).select(
            "node", "pid", nw.col("node").alias("peer")
        )
        peers = nw.concat([siblings, alone], how="vertical")
        mine = self._value_rows(target, at).select(
            "node",
            "pid",
            nw.col("vn").alias("m_vn"),
            nw.col("vd").alias("m_vd"),
            nw.col("na").alias("m_na"),
            nw.col("cn").alias("m_cn"),
            nw.col("cd").alias("m_cd"),
        )
        theirs = (
            self._value_rows(target, peers.rename({"node": "me"}).rename({"peer": "node"}))
            .rename({"node": "peer"})
            .rename({"me": "node"})
        )
        joined = theirs.join(mine, on=["node", "pid"], how="left")
        higher = target.indicator.direction is Direction.HIGHER_IS_BETTER
        left = self.wide(nw.col("vn")) * self.wide(nw.col("m_vd"))
        right = self.wide(nw.col("m_vn")) * self.wide(nw.col("vd"))
        better = (left > right) if higher else (left < right)
        other = (nw.col("peer") != nw.col("node")) & ~nw.col("na").fill_null(False)
        counts = joined.group_by("node", "pid").agg(
            nw.len().alias("size"),
            (other & (~nw.col("vn").is_null()) & (~nw.col("m_vn").is_null()) & better)
            .fill_null(False)
            .sum()
            .alias("better"),
            (other & nw.col("vn").is_null()).sum().alias("unknown"),
        )
        frame = at.join(mine, on=["node", "pid"], how="left").join(
            counts, on=["node", "pid"], how="left"
        )
        best = nw.col("better") + 1
        worst = best + nw.col("unknown")
        k = self.lit(target.k)
        m_na = nw.col("m_na").fill_null(False)
        status = (
            nw.when(m_na)
            .then(nw.lit(NA))
            .when(nw.col("m_vn").is_null())
            .then(nw.lit(UNKNOWN))
            .when(worst <= k)
            .then(nw.lit(MET))
            .when(best > k)
            .then(nw.lit(NOT_MET))
            .otherwise(nw.lit(UNKNOWN))
        )
        value = ~m_na & (~nw.col("m_vn").is_null())
        gap = (
            nw.when(status == MET)
            .then(nw.lit(0))
            .otherwise(nw.when(best > k).then(best - k).otherwise(nw.lit(0)))
        )
        return self._result(
            frame,
            status=status,
            obn=nw.when(value & (nw.col("unknown") == 0)).then(best),
            obd=nw.when(value & (nw.col("unknown") == 0)).then(nw.lit(1)),
            gn=nw.when(value).then(gap),
            gd=nw.when(value).then(nw.lit(1)),
            cn=nw.when(value).then(nw.col("size") - nw.col("unknown")),
            cd=nw.when(value).then(nw.col("size")),
        )


def _abs(nw: Any, expr: Any) -> Any:
    """``|expr|`` without negation, which 128-bit columns do not all support."""
    return nw.when(expr < 0).then(nw.lit(0) - expr).otherwise(expr)
