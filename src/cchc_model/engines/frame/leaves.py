"""Every value target of a plan decided in one query (comparison, between, ordinal).

A plan has dozens of targets on values, each measured at the issuer or at every unit
of a tier. They differ only in data (indicator, members, operator, threshold), so they
are rows of a *target table*: joined with the contexts they are measured in and with
the roll-ups, one vectorised expression decides them all. The number of query nodes
does not grow with the number of targets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, cast

import attrs

from ...evaluation import Status
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
from . import keys as _keys
from .input import MAX_CODES, MAX_NODES, MAX_PERIODS, Unsupported
from .rollup import Rollups, pooled
from .tree import expected_parts, part_counts

__all__ = ["RESULT", "Leaf", "LeafTable", "coverage_if_absent", "tally", "walk_leaves"]

MET, NOT_MET, UNKNOWN, NA = (s.value for s in Status)
_OPS = {Op.GE: 0, Op.GT: 1, Op.LE: 2, Op.LT: 3, Op.EQ: 4}
_BIG = 2**62

#: The result columns of a target's rows, besides (node, pid).
RESULT = ("status", "obn", "obd", "obf", "gn", "gd", "cn", "cd")

Context = tuple[int, ...]
#: (tid, context, target id, parent id, depth, the plan's target it sits under)
Occurrence = tuple[
    int, int, str, str | None, int, str
]  # the tiers gone down from the root: () is the root itself


@attrs.frozen
class Leaf:
    """A value target, the context it is measured in, and where it sits in the plan."""

    target: Comparison | Between | Ordinal
    context: Context
    parent: str | None
    depth: int
    top: str


@attrs.frozen
class Group:
    """Parts counted per unit above them: an ``each`` scope or a share's condition."""

    target: Target
    part: Target
    level: int
    context: Context
    parent: str | None
    depth: int
    top: str


def at_unit(target: Target, cache: dict[str, Target]) -> Target:
    """The target measured at one unit of an ``each`` scope (made once per target)."""
    found = cache.get(target.id)
    if found is None:
        found = attrs.evolve(cast(Any, target), scope=Scope())
        cache[target.id] = found
    return found


def walk_leaves(
    target: Target,
    context: Context,
    cache: dict[str, Target],
    parent: str | None = None,
    depth: int = 0,
    groups: list[Group] | None = None,
    top: str | None = None,
) -> Iterator[Leaf]:
    """The value targets under ``target``, as the reference engine dispatches them.

    ``groups`` collects each scope and share whose parts are value targets; ``top`` is
    the plan's target the walk started from.
    """
    top = top or target.id
    if isinstance(target, AllOf | AnyOf | AtLeast):
        for part in target.parts:
            yield from walk_leaves(part, context, cache, target.id, depth + 1, groups, top)
    elif isinstance(target, Share):
        level = int(target.level)
        if groups is not None:
            groups.append(Group(target, target.condition, level, context, parent, depth, top))
        yield from walk_leaves(
            target.condition, (*context, level), cache, target.id, depth + 1, groups, top
        )
    elif isinstance(target, Rank):
        return
    elif target.scope.mode is ScopeMode.EACH:
        scope_level = target.scope.level
        assert scope_level is not None
        part = at_unit(target, cache)
        if groups is not None:
            groups.append(Group(target, part, int(scope_level), context, parent, depth, top))
        yield from walk_leaves(
            part, (*context, int(scope_level)), cache, target.id, depth + 1, groups, top
        )
    elif isinstance(target, Change):
        return
    elif isinstance(target, Comparison | Between | Ordinal):
        yield Leaf(target, context, parent, depth, top)


def tally(nw: Any, frame: Any, keys: Sequence[str], bounds: Sequence[int] | None = None) -> Any:
    """Statuses counted per ``keys``: total, met, unknown and not applicable (``na_``).

    ``bounds``: each key's bound, to group on one packed key (see ``_keys.py``).
    """
    status = nw.col("status")
    counts = (
        nw.len().alias("total"),
        (status == MET).sum().alias("met"),
        (status == UNKNOWN).sum().alias("unknown"),
        (status == NA).sum().alias("na_"),
    )
    if bounds is None:
        return frame.group_by(list(keys)).agg(*counts)
    return _keys.group_by(nw, frame, list(zip(keys, bounds, strict=True)), counts, True)


def coverage_if_absent(nw: Any, expected: Any, pooled_scope: Any | None) -> tuple[Any, Any]:
    """(cn, cd) of a row whose roll-up is missing, as the reference reports it: none of
    the ``expected`` parts, or 1/1 for a pooled scope over no units at all."""
    absent = nw.col("vn").is_null() & nw.col("vb").is_null() & nw.col("na").is_null()
    cn = nw.when(absent & (expected > 0)).then(nw.lit(0, dtype=nw.Int64))
    cd = nw.when(absent & (expected > 0)).then(expected)
    if pooled_scope is not None:
        cn = cn.when(absent & pooled_scope).then(nw.lit(1, dtype=nw.Int64))
        cd = cd.when(absent & pooled_scope).then(nw.lit(1, dtype=nw.Int64))
    return cn.otherwise(nw.col("cn")), cd.otherwise(nw.col("cd"))


def holds_by_code(nw: Any, opcode: Any, left: Any, right: Any) -> Any:
    """``left op right`` where the operator is a column of :data:`_OPS` codes."""
    return (
        nw.when(opcode == _OPS[Op.GE])
        .then(left >= right)
        .when(opcode == _OPS[Op.GT])
        .then(left > right)
        .when(opcode == _OPS[Op.LE])
        .then(left <= right)
        .when(opcode == _OPS[Op.LT])
        .then(left < right)
        .otherwise(left == right)
    )


#: Pooled levels a value key holds (-1, territory, to 6).
_VLEVELS = 8


def _key_part(nw: Any) -> Any:
    """The (indicator, members, pooled level) part of a value key."""
    return (nw.col("ind") * MAX_CODES + nw.col("mem")) * _VLEVELS + nw.col("vlevel") + 1


def _key_base(nw: Any) -> Any:
    """The (node, period) part of a value key: joins on one integer column are faster."""
    return (nw.col("node") * MAX_PERIODS + nw.col("pid")) * (MAX_CODES * MAX_CODES * _VLEVELS)


class LeafTable:
    """The results of every value target, computed once.

    Args:
        rollups: The roll-ups.
        roots: (root, node, pid) of the evaluated units and periods.
        leaves: The value targets with their contexts.
        groups: The each scopes and shares over value targets, counted in bulk.
        disjoint: No root is repeated or lies under another root.
        labels: Adds the report's text columns (codes, period) to result rows; when the
            rows allow it they are added as the table is computed, so reporting them
            copies nothing.
    """

    def __init__(
        self,
        rollups: Rollups,
        roots: Any,
        leaves: Sequence[Leaf],
        groups: Sequence[Group] = (),
        disjoint: bool = False,
        labels: Callable[[Any, Mapping[str, tuple[str, Sequence[Any]]]], Any] | None = None,
    ) -> None:
        self.rollups = rollups
        self.backend = rollups.backend
        self.nw = self.backend.nw
        self.codes = {c.indicator.id: c for c in rollups.canonical.indicators}
        self.tid: dict[str, int] = {}
        self.roots = roots
        rows: list[dict[str, Any]] = []
        self.contexts: dict[Context, int] = {}
        seen: set[tuple[int, int]] = set()
        occurrences: list[Occurrence] = []
        overlapping = False
        for leaf in leaves:
            target = leaf.target
            context_id = self.contexts.setdefault(leaf.context, len(self.contexts))
            fresh = target.id not in self.tid
            tid = self.tid.setdefault(target.id, len(self.tid))
            occurrences.append((tid, context_id, target.id, leaf.parent, leaf.depth, leaf.top))
            if (tid, context_id) in seen:
                continue
            overlapping = overlapping or not fresh
            seen.add((tid, context_id))
            rows.append(self._spec(target, tid, context_id))
        self.occurrences = occurrences
        #: Whether every result row belongs to one root: the table then keeps the root.
        self.by_root = disjoint and not overlapping
        single = len({o[0] for o in occurrences}) == len(occurrences)
        #: Whether the table holds the report's columns too (each target reported once).
        self.labelled = self.by_root and single and labels is not None
        self._labels = labels
        canonical = rollups.canonical
        #: Whether 64-bit products are enough for every comparison (else 128-bit).
        self.narrow = all(
            canonical.value_bound(r["ind"])
            * max(abs(r[k]) for k in ("p", "q", "lo_p", "lo_q", "hi_p", "hi_q"))
            < 2**62
            for r in rows
        )
        if not self.narrow and self.backend.wide is None:
            raise Unsupported("products beyond 64 bits on an engine without 128-bit integers")
        self.table = self._compute(rows, overlapping) if rows else None
        self.groups = [
            g
            for g in groups
            if g.part.id in self.tid and isinstance(g.part, Comparison | Between | Ordinal)
        ]
        self._counts: Any = None
        self.gid: dict[str, int] = {}
        self.group_table: Any = None
        if self.groups and self.table is not None:
            self.group_table = self._decide_groups()

    def result(self, target: Target) -> Any:
        """The result rows (node, pid and the result columns) of one value target."""
        nw = self.nw
        tid = self.tid.get(target.id)
        if tid is None or self.table is None:
            raise Unsupported(f"target {target.id} was not prepared")  # pragma: no cover
        return self.table.filter(nw.col("tid") == tid).select("node", "pid", *RESULT)

    def counts(self, part: Target) -> Any | None:
        """Statuses of ``part`` counted per unit above (node, pid, total, met, unknown, na_)."""
        tid = self.tid.get(part.id)
        if tid is None or not any(g.part.id == part.id for g in self.groups):
            return None
        nw = self.nw
        if self._counts is None:
            self._counts = self._count_groups()
        return self._counts.filter(nw.col("tid") == tid).drop("tid")

    def in_bulk(self, target: Target) -> bool:
        """Whether ``target`` is an ``each`` or share target decided in bulk."""
        return target.id in self.gid and self.group_table is not None

    def group_result(self, target: Target) -> Any | None:
        """The result rows of an ``each`` or share target decided in bulk, if it was."""
        gid = self.gid.get(target.id)
        if gid is None or self.group_table is None:
            return None
        return self.group_table.filter(self.nw.col("gid") == gid).drop("gid")

    def _decide_groups(self) -> Any:
        """Every each scope and share over value targets decided in one query."""
        nw = self.nw
        rows: list[dict[str, Any]] = []
        for group in self.groups:
            target = group.target
            if target.id in self.gid:
                continue
            gid = self.gid.setdefault(target.id, len(self.gid))
            ctx = self.contexts.setdefault(group.context, len(self.contexts))
            spec = {
                "gid": gid,
                "ctx": ctx,
                "tid": self.tid[group.part.id],
                "share": False,
                "op": 0,
                "p": 0,
                "q": 1,
            }
            if isinstance(target, Share):
                thr = target.threshold_value
                spec.update(share=True, op=_OPS[target.op], p=thr.numerator, q=thr.denominator)
                if max(abs(thr.numerator), thr.denominator) >= 2**40:
                    raise Unsupported(f"a share threshold too fine for exact columns ({thr})")
            rows.append(spec)
        schema = {
            "gid": nw.Int64,
            "ctx": nw.Int64,
            "tid": nw.Int64,
            "share": nw.Boolean,
            "op": nw.Int64,
            "p": nw.Int64,
            "q": nw.Int64,
        }
        specs = self.backend.table({k: [r[k] for r in rows] for k in schema}, schema)
        if self._counts is None:
            self._counts = self._count_groups()
        requests = self._context_frames().join(specs, on="ctx", how="inner").drop("ctx")
        frame = requests.join(self._counts, on=["tid", "node", "pid"], how="left").with_columns(
            *(nw.col(c).fill_null(0) for c in ("total", "met", "unknown", "na_"))
        )
        total, met, unknown = nw.col("total"), nw.col("met"), nw.col("unknown")
        n = total - nw.col("na_")
        op, p, q = nw.col("op"), nw.col("p"), nw.col("q")
        high = met + unknown
        each_status = (
            nw.when(n == 0)
            .then(nw.lit(NA))
            .when(met >= n)
            .then(nw.lit(MET))
            .when(high < n)
            .then(nw.lit(NOT_MET))
            .otherwise(nw.lit(UNKNOWN))
        )

        def holds(count: Any) -> Any:  # count / n  op  p / q
            return holds_by_code(nw, op, count * q, n * p)

        h_low, h_high = holds(met), holds(high)
        inside = (met * q <= n * p) & (high * q >= n * p)
        share_status = (
            nw.when(n == 0)
            .then(nw.lit(NA))
            .when((op == 4) & h_low & h_high)
            .then(nw.lit(MET))
            .when((op == 4) & ~inside)
            .then(nw.lit(NOT_MET))
            .when(op == 4)
            .then(nw.lit(UNKNOWN))
            .when(h_low & h_high)
            .then(nw.lit(MET))
            .when(~h_low & ~h_high)
            .then(nw.lit(NOT_MET))
            .otherwise(nw.lit(UNKNOWN))
        )
        is_share = nw.col("share")
        # computed once: the expressions below read the column, not another copy of it
        frame = frame.with_columns(
            status=nw.when(is_share).then(share_status).otherwise(each_status)
        )
        status = nw.col("status")
        wide = nw.Int64
        known = (n > 0) & (unknown == 0)
        share_gap_n = (
            nw.when(status == MET)
            .then(nw.lit(0))
            .when((status == NOT_MET) & (op <= 1))
            .then((p * n - high * q) * 100)
        )
        share_gap_d = (
            nw.when(status == MET).then(nw.lit(1)).when((status == NOT_MET) & (op <= 1)).then(q * n)
        )
        null = nw.lit(None, dtype=nw.Int64)
        return self.backend.materialise(
            frame.select(
                "gid",
                "node",
                "pid",
                "status",
                nw.when(is_share & known).then(met * 100).otherwise(null).cast(wide).alias("obn"),
                nw.when(is_share & known).then(n).otherwise(null).cast(wide).alias("obd"),
                nw.lit(None, dtype=nw.Boolean).alias("obf"),
                nw.when(is_share).then(share_gap_n).otherwise(null).cast(wide).alias("gn"),
                nw.when(is_share).then(share_gap_d).otherwise(null).cast(wide).alias("gd"),
                nw.when(is_share & (n > 0))
                .then(n - unknown)
                .when(~is_share & (total > 0))
                .then(total - unknown)
                .otherwise(null)
                .cast(wide)
                .alias("cn"),
                nw.when(is_share & (n > 0))
                .then(n)
                .when(~is_share & (total > 0))
                .then(total)
                .otherwise(null)
                .cast(wide)
                .alias("cd"),
            )
        )

    def emitted(
        self, left_out: set[str] | frozenset[str] = frozenset()
    ) -> tuple[Any | None, Any | None]:
        """The rows to report for every value target: (root, node, pid, results, target …).

        ``left_out``: the plan's targets evaluated by the reference instead. Returns the
        rows that already hold the report's text columns, and the rows that do not.
        """
        nw = self.nw
        if self.table is None:
            return None, None
        kept = [o for o in self.occurrences if o[5] not in left_out]
        if not kept:
            return None, None
        if self.labelled:
            rows = self.table
            if len(kept) < len(self.occurrences):
                rows = rows.filter(nw.col("tid").is_in([o[0] for o in kept]))
            return rows, self._group_rows(left_out, rows.collect_schema())
        return None, self._rows(kept, left_out)

    def _occurrences(self, kept: Sequence[Sequence[Any]], key: str = "tid") -> Any:
        """(``key``, ctx, target, parent, depth): where each result is reported."""
        nw = self.nw
        return self.backend.table(
            {
                key: [o[0] for o in kept],
                "ctx": [o[1] for o in kept],
                "target": [o[2] for o in kept],
                "parent": [o[3] for o in kept],
                "depth": [o[4] for o in kept],
            },
            {
                key: nw.Int64,
                "ctx": nw.Int64,
                "target": nw.String,
                "parent": nw.String,
                "depth": nw.Int64,
            },
        )

    def _rows(self, kept: Sequence[Occurrence], left_out: Any) -> Any:
        nw = self.nw
        assert self.table is not None
        occurrences = self._occurrences(kept)
        if self.by_root:  # each target has one context: its rows are the table's
            rows = self.table.join(occurrences.drop("ctx"), on="tid", how="inner").drop("tid")
        else:
            frame = self._context_frames(with_root=True).join(occurrences, on="ctx", how="inner")
            rows = frame.join(self.table, on=["tid", "node", "pid"], how="inner").drop("tid", "ctx")
        grouped = self._group_rows(left_out, rows.collect_schema())
        return rows if grouped is None else nw.concat([rows, grouped], how="vertical")

    def _group_rows(self, left_out: Any, schema: Any) -> Any | None:
        """The rows of each scopes and shares decided in bulk, in the columns of ``schema``."""
        nw = self.nw
        if self.group_table is None:
            return None
        seen: set[tuple[str, int]] = set()
        entries = []
        for group in self.groups:
            ctx = self.contexts[group.context]
            if (group.target.id, ctx) in seen or group.top in left_out:
                continue
            seen.add((group.target.id, ctx))
            entries.append(
                (self.gid[group.target.id], ctx, group.target.id, group.parent, group.depth)
            )
        if not entries:
            return None
        grouped = (
            self._context_frames(with_root=True)
            .join(self._occurrences(entries, key="gid"), on="ctx", how="inner")
            .join(self.group_table, on=["gid", "node", "pid"], how="inner")
            .drop("gid", "ctx")
        )
        names = [name for name in schema.names() if name in grouped.collect_schema().names()]
        return grouped.select(*(nw.col(name).cast(schema[name]) for name in names))

    def _count_groups(self) -> Any:
        nw = self.nw
        assert self.table is not None
        packs = self.backend.name in _keys.PACKING
        bounds = (len(self.tid), MAX_NODES, MAX_PERIODS) if packs else None
        if self.by_root and all(not g.context for g in self.groups):
            # Each part's rows are the units of its tier under its root, and only those.
            tids = sorted({self.tid[g.part.id] for g in self.groups})
            parts = self.table.filter(nw.col("tid").is_in(tids))
            counted = tally(nw, parts, ["tid", "root", "pid"], bounds)
            return self.backend.materialise(counted.rename({"root": "node"}))
        tables = self.rollups.tables
        root_levels = {tables.levels[n] for n in self._root_nodes()}
        ancestor_levels: set[int] = set()
        for group in self.groups:
            ancestor_levels |= {group.context[-1]} if group.context else root_levels
        pairs = sorted({(self.tid[g.part.id], g.level) for g in self.groups})
        wanted = self.backend.table(
            {"tid": [p[0] for p in pairs], "level": [p[1] for p in pairs]},
            {"tid": nw.Int64, "level": nw.Int64},
        )
        below = tables.below.filter(nw.col("alevel").is_in(sorted(ancestor_levels))).select(
            "anc", "node", "level"
        )
        parts = self.table.join(wanted.select("tid").unique(), on="tid", how="semi").select(
            "tid", "node", "pid", "status"
        )
        linked = parts.join(below, on="node", how="inner").join(
            wanted, on=["tid", "level"], how="semi"
        )
        counted = tally(nw, linked, ["tid", "anc", "pid"], bounds).rename({"anc": "node"})
        return self.backend.materialise(counted)

    def _root_nodes(self) -> list[int]:
        native = self.backend.collect(self.roots.select("node").unique())
        return [int(x) for x in native["node"].to_list()]

    # --- the target table ---------------------------------------------------------------

    def _spec(
        self, target: Comparison | Between | Ordinal, tid: int, context: int
    ) -> dict[str, Any]:
        code = self.codes.get(target.indicator.id)
        if code is None:  # pragma: no cover - every plan indicator is read
            raise Unsupported(f"indicator {target.indicator.id} not read")
        scope = target.scope
        vlevel = int(scope.level) if scope.mode is ScopeMode.POOLED and scope.level else -1
        spec: dict[str, Any] = {
            "tid": tid,
            "ctx": context,
            "ind": code.index,
            "mem": self.rollups.canonical.member_code(target.members),
            "vlevel": vlevel,
            "kind": 0,
            "op": 0,
            "p": 0,
            "q": 1,
            "lo_p": 0,
            "lo_q": 1,
            "lo_incl": True,
            "hi_p": 0,
            "hi_q": 1,
            "hi_incl": True,
            "flag": None,
        }
        if isinstance(target, Comparison) and isinstance(target.threshold, bool):
            spec.update(kind=3, flag=target.threshold)
        elif isinstance(target, Ordinal):
            spec.update(op=_OPS[target.op], p=target.level_index, q=1)
        elif isinstance(target, Between):
            lo, hi = target.low_value, target.high_value
            spec.update(
                kind=1,
                lo_p=lo.numerator,
                lo_q=lo.denominator,
                lo_incl=target.low_inclusive,
                hi_p=hi.numerator,
                hi_q=hi.denominator,
                hi_incl=target.high_inclusive,
            )
        else:
            thr = target.threshold_value
            spec.update(op=_OPS[target.op], p=thr.numerator, q=thr.denominator)
        for name in ("p", "q", "lo_p", "lo_q", "hi_p", "hi_q"):
            if abs(spec[name]) >= _BIG:
                raise Unsupported(f"a threshold too large for exact integer columns ({spec[name]})")
        return spec

    def _context_frames(self, with_root: bool = False) -> Any:
        """(node, pid, ctx) of every context, with the root when asked."""
        nw = self.nw
        below_all = self.rollups.tables.below
        frames = []
        keep = ["root", "node", "pid"] if with_root else ["node", "pid"]
        for context, index in self.contexts.items():
            frame = self.roots.select(*keep)
            for level in context:
                below = below_all.filter(nw.col("level") == level).select(
                    nw.col("anc").alias("node"), nw.col("node").alias("unit")
                )
                frame = frame.join(below, on="node", how="inner").select(
                    *[nw.col("unit").alias("node") if k == "node" else nw.col(k) for k in keep]
                )
            if not with_root:
                frame = frame.unique()
            frames.append(frame.with_columns(ctx=nw.lit(index, dtype=nw.Int64)))
        return nw.concat(frames, how="vertical")

    def _values(self, levels: set[int]) -> Any:
        nw = self.nw
        columns = ("node", "ind", "mem", "pid", "vn", "vd", "vb", "na", "cn", "cd")
        tables = [
            self.rollups.territory.select(*columns).with_columns(vlevel=nw.lit(-1, dtype=nw.Int64))
        ]
        for level in sorted(levels):
            tables.append(
                pooled(self.rollups, level)
                .select(*columns)
                .with_columns(vlevel=nw.lit(level, dtype=nw.Int64))
            )
        return nw.concat(tables, how="vertical")

    def _expected(self, levels: set[int]) -> Any:
        """How many parts a unit's roll-up expects: children, or units pooled."""
        nw = self.nw
        tables = self.rollups.tables
        frames = [
            expected_parts(self.backend, tables, level, "exp_").with_columns(
                vlevel=nw.lit(-1 if level is None else level, dtype=nw.Int64)
            )
            for level in [None, *sorted(levels)]
        ]
        return nw.concat(frames, how="vertical")

    def _compute(self, rows: list[dict[str, Any]], overlapping: bool) -> Any:
        nw = self.nw
        backend = self.backend
        kinds = {r["kind"] for r in rows}
        levels = {r["vlevel"] for r in rows if r["vlevel"] >= 0}
        # Requests carry only their join key; the thresholds are joined once decided
        # which value each request reads, and only the columns the plan's forms use.
        slim = backend.table(
            {name: [r[name] for r in rows] for name in ("ctx", "tid", "ind", "mem", "vlevel")},
            dict.fromkeys(("ctx", "tid", "ind", "mem", "vlevel"), nw.Int64),
        ).with_columns(kpart=_key_part(nw))
        contexts = self._context_frames(with_root=self.by_root)
        if not levels:  # every value is a territory's: what it expects is its children
            expected = part_counts(self.rollups.tables, None)
            contexts = backend.gathered(contexts, "node", {"exp_": (nw.Int64, expected)})
        requests = contexts.with_columns(base=_key_base(nw)).join(slim, on="ctx", how="inner")
        requests = requests.select(
            *(["root"] if self.by_root else []),
            "node",
            "pid",
            "tid",
            *(["exp_"] if not levels else ["vlevel"]),
            key=nw.col("base") + nw.col("kpart"),
        )
        if overlapping:  # one target measured in two contexts that share units
            requests = requests.unique(["tid", "node", "pid"])
        values = self._values(levels).select(
            "vn", "vd", "vb", "na", "cn", "cd", key=_key_base(nw) + _key_part(nw)
        )
        frame = requests.join(values, on="key", how="left")
        if levels:
            frame = frame.join(self._expected(levels), on=["node", "vlevel"], how="left")
        threshold_columns = ["op", "p", "q"]
        if 1 in kinds:
            threshold_columns += ["kind", "lo_p", "lo_q", "lo_incl", "hi_p", "hi_q", "hi_incl"]
        if 3 in kinds:
            threshold_columns += ["kind", "flag"]
        threshold_columns = list(dict.fromkeys(threshold_columns))
        # by target id: a target measured in two contexts has its thresholds once
        once = sorted({r["tid"]: r for r in rows}.values(), key=lambda r: int(r["tid"]))
        assert [r["tid"] for r in once] == list(range(len(once)))  # every id has a row
        frame = backend.gathered(
            frame,
            "tid",
            {
                name: (
                    nw.Boolean if name in ("lo_incl", "hi_incl", "flag") else nw.Int64,
                    [r[name] for r in once],
                )
                for name in threshold_columns
            },
        )
        decided = self._decide(frame, kinds, pooled_scopes=bool(levels))
        if self.labelled and self._labels is not None:
            by_tid: list[Any] = [None] * len(self.tid)  # one occurrence per target
            for occurrence in self.occurrences:
                by_tid[occurrence[0]] = occurrence
            decided = self._labels(
                decided.with_columns(tid_=nw.col("tid")),
                {
                    "target": ("tid_", [o[2] for o in by_tid]),
                    "parent": ("tid_", [o[3] for o in by_tid]),
                    "depth": ("tid_", [o[4] for o in by_tid]),
                },
            )
        return backend.materialise(decided)

    def _decide(self, frame: Any, kinds: set[int], pooled_scopes: bool) -> Any:
        """Statuses, values, gaps and coverage of the requests, with only the branches
        of the forms present (``kinds``: 0 comparison or ordinal, 1 between, 3 yes/no)."""
        nw = self.nw
        wide = nw.Int64 if self.narrow else self.backend.wide or nw.Int64

        def w(name: str) -> Any:
            return nw.col(name) if wide is nw.Int64 else nw.col(name).cast(wide)

        vn, vd, vb = nw.col("vn"), nw.col("vd"), nw.col("vb")
        na = nw.col("na").fill_null(False)
        op = nw.col("op")
        kind = nw.col("kind")  # present only when the plan has a between or a yes/no target

        at_value = w("vn") * w("q")
        at_threshold = w("vd") * w("p")
        # Columns, not expressions, for what is read several times: each copy of an
        # expression would be translated again.
        frame = frame.with_columns(
            met_=holds_by_code(nw, op, at_value, at_threshold),
            below_=at_threshold - at_value,  # (thr - v)·q·vd
        )
        met_num, below = nw.col("met_"), nw.col("below_")
        gap_n = (
            nw.when(op <= 1)
            .then(below)
            .when(op <= 3)
            .then(nw.lit(0) - below)
            .otherwise(nw.when(below < 0).then(nw.lit(0) - below).otherwise(below))
        )
        gap_d = w("vd") * w("q")
        if 1 in kinds:
            frame = frame.with_columns(
                low_ok_=nw.when(nw.col("lo_incl"))
                .then(w("vn") * w("lo_q") >= w("vd") * w("lo_p"))
                .otherwise(w("vn") * w("lo_q") > w("vd") * w("lo_p")),
                high_ok_=nw.when(nw.col("hi_incl"))
                .then(w("vn") * w("hi_q") <= w("vd") * w("hi_p"))
                .otherwise(w("vn") * w("hi_q") < w("vd") * w("hi_p")),
            )
            low_ok, high_ok = nw.col("low_ok_"), nw.col("high_ok_")
            between = kind == 1
            frame = frame.with_columns(
                met_=nw.when(between).then(low_ok & high_ok).otherwise(met_num)
            )
            gap_n = (
                nw.when(between)
                .then(
                    nw.when(~low_ok)
                    .then(w("vd") * w("lo_p") - w("vn") * w("lo_q"))
                    .otherwise(w("vn") * w("hi_q") - w("vd") * w("hi_p"))
                )
                .otherwise(gap_n)
            )
            gap_d = (
                nw.when(between)
                .then(nw.when(~low_ok).then(w("vd") * w("lo_q")).otherwise(w("vd") * w("hi_q")))
                .otherwise(gap_d)
            )
        gap_n = nw.when(met_num).then(nw.lit(0).cast(wide)).otherwise(gap_n)
        gap_d = nw.when(met_num).then(nw.lit(1).cast(wide)).otherwise(gap_d)
        number = ~vn.is_null()
        status = nw.when(na).then(nw.lit(NA))
        if 3 in kinds:
            is_flag = kind == 3
            status = (
                status.when(is_flag & ~vb.is_null() & (vb == nw.col("flag")))
                .then(nw.lit(MET))
                .when(is_flag & ~vb.is_null())
                .then(nw.lit(NOT_MET))
                .when(is_flag)
                .then(nw.lit(UNKNOWN))
            )
            shown_number = ~na & (~is_flag | vb.is_null())
            decided = ~na & number & ~is_flag
        else:
            shown_number = ~na
            decided = ~na & number
        status = (
            status.when(~number)
            .then(nw.lit(UNKNOWN))
            .when(met_num)
            .then(nw.lit(MET))
            .otherwise(nw.lit(NOT_MET))
        )
        cn, cd = coverage_if_absent(
            nw, nw.col("exp_").fill_null(0), nw.col("vlevel") >= 0 if pooled_scopes else None
        )
        return frame.select(
            "tid",
            *(["root"] if self.by_root else []),
            "node",
            "pid",
            status.alias("status"),
            nw.when(shown_number).then(vn).cast(wide).alias("obn"),
            nw.when(shown_number).then(vd).cast(wide).alias("obd"),
            nw.when(~na).then(vb).alias("obf"),
            nw.when(decided).then(gap_n).cast(wide).alias("gn"),
            nw.when(decided).then(gap_d).cast(wide).alias("gd"),
            cn.cast(wide).alias("cn"),
            cd.cast(wide).alias("cd"),
        )
