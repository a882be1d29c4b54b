"""Every value target of a plan decided in one query (comparison, between, ordinal).

A plan has dozens of targets on values, each measured at the issuer or at every unit
of a tier. They differ only in data (indicator, members, operator, threshold), so they
are rows of a *target table*: joined with the contexts they are measured in and with
the roll-ups, one expression — :func:`~cchc_model.rules.compare.value_outcome`, with the
operator and the form as columns — decides them all. The number of query nodes does
not grow with the number of targets. "Each" scopes and shares over value targets are
counted and decided in bulk the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Final, Literal, TypedDict, cast

import attrs

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
from ...rules.compare import OPCODES, Bounds, Form, Threshold, value_outcome
from ...rules.compound import each_outcome
from ...rules.expr import DType, Expr, col, lit, when
from ...rules.outcome import Counts, Outcome
from ...rules.rollup import coverage
from ...rules.share import share_outcome
from ...rules.status import Status, status_aggregates
from . import columns as c
from .backend import Labels, Unsupported
from .rollup import Rollups, pooled
from .translate import Translator
from .tree import expected_parts, part_counts
from .types import Column, Frame, FrameSchema, Namespace, NarwhalsDType

__all__ = ["Group", "Leaf", "LeafTable", "at_unit", "counts_of", "outcome_columns", "walk_leaves"]

_BIG = 2**62

Context = tuple[int, ...]
#: (target id, context id, target, parent, depth, the plan's target it sits under)
Occurrence = tuple[int, int, str, str | None, int, str]
#: Where a result is reported: (target or group id, context id, target, parent, depth).
Report = tuple[int, int, str, str | None, int]
#: Targets measured on an indicator, with a scope.
Scoped = Comparison | Between | Ordinal | Change | Rank | RankChange
#: Adds labels to a frame's id columns (see :meth:`.backend.Backend.with_labels`).
Labeller = Callable[[Frame, Labels], Frame]


class Spec(TypedDict):
    """A value target in one context: a row of the target table."""

    target_id: int
    context_id: int
    indicator_id: int
    members_id: int
    pooled_level: int
    form: int
    op: int
    p: int
    q: int
    low_p: int
    low_q: int
    low_inclusive: bool
    high_p: int
    high_q: int
    high_inclusive: bool
    flag: bool | None


#: A column of the target table.
SpecColumn = Literal[
    "target_id",
    "context_id",
    "indicator_id",
    "members_id",
    "pooled_level",
    "form",
    "op",
    "p",
    "q",
    "low_p",
    "low_q",
    "low_inclusive",
    "high_p",
    "high_q",
    "high_inclusive",
    "flag",
]
#: The threshold terms, each kept well inside 64 bits.
_TERMS: Final = ("p", "q", "low_p", "low_q", "high_p", "high_q")


@attrs.frozen
class Leaf:
    """A value target, the context it is measured in, and where it sits in the plan.

    ``context`` lists the tiers gone down from the root: ``()`` is the root itself.
    """

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


def at_unit(target: Scoped, cache: dict[str, Target]) -> Target:
    """The target measured at one unit of an ``each`` scope (made once per target)."""
    found = cache.get(target.id)
    if found is None:
        found = attrs.evolve(target, scope=Scope())
        cache[target.id] = found
    return found


def reference_only(target: Target) -> str | None:
    """Why the reference engine decides ``target`` instead of this engine, or None: a
    part is a sub-quota of another count (``within``) or is met at every member of a
    breakdown (``each_member``), which no query here decides."""
    for node in target.walk():
        within = getattr(node, "within", None)
        if within is not None:
            return f"target {node.id} is a sub-quota of {within.id}'s count (trong đó)"
        each_member = getattr(node, "each_member", None)
        if each_member is not None:
            return f"target {node.id} is to be met at each member of {each_member}"
    return None


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
    if top is None and reference_only(target) is not None:
        return  # the reference engine decides it (see StatusEngine.evaluate)
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
    elif isinstance(target, Rank | RankChange | Change):
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
    elif isinstance(target, Comparison | Between | Ordinal):
        yield Leaf(target, context, parent, depth, top)


def counts_of() -> Counts:
    """The status-count columns (see :func:`~cchc_model.rules.status.status_aggregates`)."""
    return Counts(
        *(col(name, nullable=False) for name in ("total", "met", "unknown", "not_applicable"))
    )


def outcome_columns(outcome: Outcome) -> dict[str, Expr]:
    """An :class:`Outcome` as the result columns (a field a rule leaves out is null)."""
    return dict(zip(c.RESULT, outcome.filled(), strict=True))


@attrs.frozen
class _KeySpace:
    """A value's key: (unit, period, indicator, members, pooled level) numbered densely,
    each part below its count, so that keys lie in ``[0, size)``."""

    units: int
    periods: int
    indicators: int
    members: int  # member sets with rows, and -1: a set no row has (a key no value has)
    levels: int  # pooled levels, the territory's (-1) included

    def part(self, nw: Namespace) -> Column:
        """The (indicator, members, pooled level) part of a key."""
        return (
            nw.col("indicator_id") * self.members + (nw.col("members_id") + 1)
        ) * self.levels + (nw.col("pooled_level") + 1)

    def base(self, nw: Namespace) -> Column:
        """The (unit, period) part of a key: joins on one integer column are faster."""
        return (nw.col("unit_id") * self.periods + nw.col("period_id")) * (
            self.indicators * self.members * self.levels
        )

    @property
    def size(self) -> int:
        return self.units * self.periods * self.indicators * self.members * self.levels


_THRESHOLDS: Final = ("op", "p", "q", "low_p", "low_q", "low_inclusive", "high_p", "high_q")
_FLAGS: Final = ("low_inclusive", "high_inclusive", "flag")


class LeafTable:
    """The results of every value target, computed once.

    Args:
        rollups: The roll-ups.
        roots: (root_id, unit_id, period_id) of the evaluated units and periods.
        leaves: The value targets with their contexts.
        groups: The each scopes and shares over value targets, counted in bulk.
        disjoint: No root is repeated or lies under another root.
        labels: Adds the report's text columns (codes, period) to result rows; when the
            rows allow it they are added over the decided table as it is reported, so
            only the columns a reader asks for are made.
    """

    def __init__(
        self,
        rollups: Rollups,
        roots: Frame,
        leaves: Sequence[Leaf],
        groups: Sequence[Group] = (),
        disjoint: bool = False,
        labels: Labeller | None = None,
    ) -> None:
        self.rollups = rollups
        self.backend = rollups.backend
        self.nw = self.backend.nw
        self.codes = {code.indicator.id: code for code in rollups.canonical.indicators}
        self.tid: dict[str, int] = {}
        self.roots = roots
        rows: list[Spec] = []
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
            canonical.value_bound(r["indicator_id"]) * max(abs(r[k]) for k in _TERMS) < 2**62
            for r in rows
        )
        if not self.narrow and self.backend.wide is None:
            raise Unsupported("products beyond 64 bits on an engine without 128-bit integers")
        self.translator = Translator(self.backend, wide=not self.narrow)
        self.counter = Translator(self.backend, wide=False)  # counts and small thresholds
        self._reported: Frame | None = None  # the decided rows with their labels, when labelled
        self.table = self._compute(rows, overlapping) if rows else None
        self.groups = [
            g
            for g in groups
            if g.part.id in self.tid and isinstance(g.part, Comparison | Between | Ordinal)
        ]
        self._counts: Frame | None = None
        self.gid: dict[str, int] = {}
        self.group_table: Frame | None = None
        if self.groups and self.table is not None:
            self.group_table = self._decide_groups()

    def result(self, target: Target) -> Frame:
        """The result rows (unit_id, period_id and the result columns) of one value target."""
        nw = self.nw
        tid = self.tid.get(target.id)
        if tid is None or self.table is None:
            raise Unsupported(f"target {target.id} was not prepared")  # pragma: no cover
        return self.table.filter(nw.col("target_id") == tid).select(
            "unit_id", "period_id", *c.RESULT
        )

    def counts(self, part: Target) -> Frame | None:
        """Statuses of ``part`` counted per unit above (unit_id, period_id, the counts)."""
        tid = self.tid.get(part.id)
        if tid is None or not any(g.part.id == part.id for g in self.groups):
            return None
        nw = self.nw
        if self._counts is None:
            self._counts = self._count_groups()
        return self._counts.filter(nw.col("target_id") == tid).drop("target_id")

    def in_bulk(self, target: Target) -> bool:
        """Whether ``target`` is an ``each`` or share target decided in bulk."""
        return target.id in self.gid and self.group_table is not None

    def group_result(self, target: Target) -> Frame | None:
        """The result rows of an ``each`` or share target decided in bulk, if it was."""
        gid = self.gid.get(target.id)
        if gid is None or self.group_table is None:
            return None
        return self.group_table.filter(self.nw.col("group_id") == gid).drop("group_id")

    def _decide_groups(self) -> Frame:
        """Every each scope and share over value targets decided in one query."""
        nw = self.nw
        rows: list[dict[str, int | bool]] = []
        for group in self.groups:
            target = group.target
            if target.id in self.gid:
                continue
            gid = self.gid.setdefault(target.id, len(self.gid))
            context_id = self.contexts.setdefault(group.context, len(self.contexts))
            spec: dict[str, int | bool] = {
                "group_id": gid,
                "context_id": context_id,
                "target_id": self.tid[group.part.id],
                "share": False,
                "op": 0,
                "p": 0,
                "q": 1,
            }
            if isinstance(target, Share):
                thr = target.threshold_value
                spec.update(share=True, op=OPCODES[target.op], p=thr.numerator, q=thr.denominator)
                if max(abs(thr.numerator), thr.denominator) >= 2**40:
                    raise Unsupported(f"a share threshold too fine for exact columns ({thr})")
            rows.append(spec)
        schema: dict[str, NarwhalsDType] = {
            "group_id": nw.Int64,
            "context_id": nw.Int64,
            "target_id": nw.Int64,
            "share": nw.Boolean,
            "op": nw.Int64,
            "p": nw.Int64,
            "q": nw.Int64,
        }
        specs = self.backend.table({k: [r[k] for r in rows] for k in schema}, schema)
        if self._counts is None:
            self._counts = self._count_groups()
        requests = self._context_frames().join(specs, on="context_id", how="inner")
        frame = requests.drop("context_id").join(
            self._counts, on=["target_id", "unit_id", "period_id"], how="left"
        )
        frame = frame.with_columns(
            *(nw.col(name).fill_null(0) for name in ("total", "met", "unknown", "not_applicable"))
        )
        counts = counts_of()
        share = share_outcome(
            counts, col("op", nullable=False), col("p", nullable=False), col("q", nullable=False)
        )
        each = each_outcome(counts)
        is_share = col("share", DType.BOOL, nullable=False)
        decided: dict[str, Expr] = {}
        for name, of_share, of_each in zip(
            c.RESULT, outcome_columns(share).values(), outcome_columns(each).values(), strict=True
        ):
            decided[name] = when(is_share).then(of_share).otherwise(of_each)
        return self.backend.materialise(
            self.counter.select(frame, ["group_id", "unit_id", "period_id"], decided)
        )

    def emitted(
        self, left_out: set[str] | frozenset[str] = frozenset()
    ) -> tuple[Frame | None, Frame | None]:
        """The rows to report for every value target: (root_id, unit_id, period_id,
        results, target …).

        ``left_out``: the plan's targets the reference engine decides instead. Returns
        the rows that already hold the report's text columns, and the rows that do not.
        """
        nw = self.nw
        if self.table is None:
            return None, None
        kept = [o for o in self.occurrences if o[5] not in left_out]
        if not kept:
            return None, None
        if self.labelled and self._reported is not None:
            rows = self._reported
            if len(kept) < len(self.occurrences):
                rows = rows.filter(nw.col("target_id").is_in([o[0] for o in kept]))
            return rows, self._group_rows(left_out, rows.collect_schema())
        return None, self._rows(kept, left_out)

    def _occurrences(self, kept: Sequence[Report | Occurrence], key: str = "target_id") -> Frame:
        """(``key``, context_id, target, parent, depth): where each result is reported."""
        nw = self.nw
        return self.backend.table(
            {
                key: [o[0] for o in kept],
                "context_id": [o[1] for o in kept],
                "target": [o[2] for o in kept],
                "parent": [o[3] for o in kept],
                "depth": [o[4] for o in kept],
            },
            {
                key: nw.Int64,
                "context_id": nw.Int64,
                "target": nw.String,
                "parent": nw.String,
                "depth": nw.Int64,
            },
        )

    def _rows(self, kept: Sequence[Occurrence], left_out: set[str] | frozenset[str]) -> Frame:
        assert self.table is not None
        occurrences = self._occurrences(kept)
        if self.by_root:  # each target has one context: its rows are the table's
            rows = self.table.join(occurrences.drop("context_id"), on="target_id", how="inner")
            rows = rows.drop("target_id")
        else:
            frame = self._context_frames(with_root=True).join(
                occurrences, on="context_id", how="inner"
            )
            rows = frame.join(
                self.table, on=["target_id", "unit_id", "period_id"], how="inner"
            ).drop("target_id", "context_id")
        grouped = self._group_rows(left_out, rows.collect_schema())
        return rows if grouped is None else self.backend.concat([rows, grouped])

    def _group_rows(self, left_out: set[str] | frozenset[str], schema: FrameSchema) -> Frame | None:
        """The rows of each scopes and shares decided in bulk, in the columns of ``schema``."""
        nw = self.nw
        if self.group_table is None:
            return None
        seen: set[tuple[str, int]] = set()
        entries: list[Report] = []
        for group in self.groups:
            context_id = self.contexts[group.context]
            if (group.target.id, context_id) in seen or group.top in left_out:
                continue
            seen.add((group.target.id, context_id))
            entries.append(
                (self.gid[group.target.id], context_id, group.target.id, group.parent, group.depth)
            )
        if not entries:
            return None
        grouped = (
            self._context_frames(with_root=True)
            .join(self._occurrences(entries, key="group_id"), on="context_id", how="inner")
            .join(self.group_table, on=["group_id", "unit_id", "period_id"], how="inner")
            .drop("group_id", "context_id")
        )
        names = [name for name in schema.names() if name in grouped.collect_schema().names()]
        return grouped.select(*(nw.col(name).cast(schema[name]) for name in names))

    def _count_groups(self) -> Frame:
        nw = self.nw
        assert self.table is not None
        bounds = (len(self.tid), c.MAX_NODES, c.MAX_PERIODS)
        aggregates = status_aggregates(col("status", DType.TEXT, nullable=False))
        if self.by_root and all(not g.context for g in self.groups):
            # Each part's rows are the units of its tier under its root, and only those.
            tids = sorted({self.tid[g.part.id] for g in self.groups})
            parts = self.table.filter(nw.col("target_id").is_in(tids))
            counted = self.counter.aggregate(
                parts, ["target_id", "root_id", "period_id"], aggregates, bounds
            )
            return self.backend.materialise(counted.rename({"root_id": "unit_id"}))
        tables = self.rollups.tables
        root_levels = {tables.levels[n] for n in self._root_nodes()}
        ancestor_levels: set[int] = set()
        for group in self.groups:
            ancestor_levels |= {group.context[-1]} if group.context else root_levels
        pairs = sorted({(self.tid[g.part.id], g.level) for g in self.groups})
        wanted = self.backend.table(
            {"target_id": [p[0] for p in pairs], "level": [p[1] for p in pairs]},
            {"target_id": nw.Int64, "level": nw.Int64},
        )
        below = tables.below.filter(nw.col("ancestor_level").is_in(sorted(ancestor_levels)))
        below = below.select("ancestor_id", "unit_id", "level")
        parts = self.table.join(
            wanted.select("target_id").unique(), on="target_id", how="semi"
        ).select("target_id", "unit_id", "period_id", "status")
        linked = parts.join(below, on="unit_id", how="inner").join(
            wanted, on=["target_id", "level"], how="semi"
        )
        counted = self.counter.aggregate(
            linked, ["target_id", "ancestor_id", "period_id"], aggregates, bounds
        )
        return self.backend.materialise(counted.rename({"ancestor_id": "unit_id"}))

    def _root_nodes(self) -> list[int]:
        native = self.backend.collect(self.roots.select("unit_id").unique())
        return [int(x) for x in native["unit_id"].to_list()]

    # --- the target table ---------------------------------------------------------------

    def _spec(self, target: Comparison | Between | Ordinal, tid: int, context: int) -> Spec:
        code = self.codes.get(target.indicator.id)
        if code is None:  # pragma: no cover - every plan indicator is read
            raise Unsupported(f"indicator {target.indicator.id} not read")
        scope = target.scope
        level = int(scope.level) if scope.mode is ScopeMode.POOLED and scope.level else -1
        spec: Spec = {
            "target_id": tid,
            "context_id": context,
            "indicator_id": code.index,
            "members_id": self.rollups.canonical.member_code(target.members),
            "pooled_level": level,
            "form": Form.COMPARE.value,
            "op": 0,
            "p": 0,
            "q": 1,
            "low_p": 0,
            "low_q": 1,
            "low_inclusive": True,
            "high_p": 0,
            "high_q": 1,
            "high_inclusive": True,
            "flag": None,
        }
        if isinstance(target, Comparison) and isinstance(target.threshold, bool):
            spec.update({"form": Form.FLAG.value, "flag": target.threshold})
        elif isinstance(target, Ordinal):
            spec.update({"op": OPCODES[target.op], "p": target.level_index, "q": 1})
        elif isinstance(target, Between):
            low, high = target.low_value, target.high_value
            spec.update(
                {
                    "form": Form.BETWEEN.value,
                    "low_p": low.numerator,
                    "low_q": low.denominator,
                    "low_inclusive": target.low_inclusive,
                    "high_p": high.numerator,
                    "high_q": high.denominator,
                    "high_inclusive": target.high_inclusive,
                }
            )
        else:
            thr = target.threshold_value
            spec.update({"op": OPCODES[target.op], "p": thr.numerator, "q": thr.denominator})
        for name in _TERMS:
            if abs(spec[name]) >= _BIG:
                raise Unsupported(f"a threshold too large for exact integer columns ({spec[name]})")
        return spec

    def _context_frames(self, with_root: bool = False) -> Frame:
        """(unit_id, period_id, context_id) of every context, with the root when asked."""
        nw = self.nw
        below_all = self.rollups.tables.below
        frames = []
        keep = ["root_id", "unit_id", "period_id"] if with_root else ["unit_id", "period_id"]
        for context, index in self.contexts.items():
            frame = self.roots.select(*keep)
            for level in context:
                below = below_all.filter(nw.col("level") == level).select(
                    nw.col("ancestor_id").alias("unit_id"), nw.col("unit_id").alias("unit")
                )
                frame = frame.join(below, on="unit_id", how="inner").select(
                    *[
                        nw.col("unit").alias("unit_id") if k == "unit_id" else nw.col(k)
                        for k in keep
                    ]
                )
            if not with_root:
                frame = frame.unique()
            frames.append(frame.with_columns(context_id=nw.lit(index, dtype=nw.Int64)))
        return self.backend.concat(frames)

    def _values(self, levels: set[int]) -> Frame:
        nw = self.nw
        columns = (*c.KEYS, *c.VALUE, "coverage_num", "coverage_den")
        tables = [
            self.rollups.territory.select(*columns).with_columns(
                pooled_level=nw.lit(-1, dtype=nw.Int64)
            )
        ]
        for level in sorted(levels):
            tables.append(
                pooled(self.rollups, level, self.counter)
                .select(*columns)
                .with_columns(pooled_level=nw.lit(level, dtype=nw.Int64))
            )
        return self.backend.concat(tables)

    def _expected(self, levels: set[int]) -> Frame:
        """How many parts a unit's roll-up expects: children, or units pooled."""
        nw = self.nw
        tables = self.rollups.tables
        frames = [
            expected_parts(self.backend, tables, level, "expected_parts").with_columns(
                pooled_level=nw.lit(-1 if level is None else level, dtype=nw.Int64)
            )
            for level in [None, *sorted(levels)]
        ]
        return self.backend.concat(frames)

    def _compute(self, rows: list[Spec], overlapping: bool) -> Frame:
        nw = self.nw
        backend = self.backend
        forms = frozenset(Form(r["form"]) for r in rows)
        levels = {r["pooled_level"] for r in rows if r["pooled_level"] >= 0}
        # Requests carry only their join key; the thresholds are joined once decided
        # which value each request reads, and only the columns the plan's forms use.
        request_columns: Final = (
            "context_id",
            "target_id",
            "indicator_id",
            "members_id",
            "pooled_level",
        )
        canonical = self.rollups.canonical
        space = _KeySpace(
            len(self.rollups.tables.codes),
            self.rollups.period_count,
            len(canonical.indicators),
            len(canonical.members) + 1,
            max(levels, default=-1) + 2,
        )
        slim = backend.table(
            {name: [r[name] for r in rows] for name in request_columns},
            dict.fromkeys(request_columns, nw.Int64),
        ).with_columns(key_part=space.part(nw))
        contexts = self._context_frames(with_root=self.by_root)
        if not levels:  # every value is a territory's: what it expects is its children
            expected = part_counts(self.rollups.tables, None)
            contexts = backend.gathered(
                contexts, "unit_id", {"expected_parts": (nw.Int64, expected)}
            )
        requests = contexts.with_columns(key_base=space.base(nw)).join(
            slim, on="context_id", how="inner"
        )
        requests = requests.select(
            *(["root_id"] if self.by_root else []),
            "unit_id",
            "period_id",
            "target_id",
            *(["expected_parts"] if not levels else ["pooled_level"]),
            key=nw.col("key_base") + nw.col("key_part"),
        )
        if overlapping:  # one target measured in two contexts that share units
            requests = requests.unique(["target_id", "unit_id", "period_id"])
        values = self._values(levels).select(
            *c.VALUE, "coverage_num", "coverage_den", key=space.base(nw) + space.part(nw)
        )
        frame = backend.joined_on_key(requests, values, "key", space.size)
        if levels:
            frame = frame.join(self._expected(levels), on=["unit_id", "pooled_level"], how="left")
        threshold_columns: list[SpecColumn] = ["op", "p", "q"]
        if Form.BETWEEN in forms:
            threshold_columns += [*_THRESHOLDS[3:], "high_inclusive"]
        if Form.FLAG in forms:
            threshold_columns.append("flag")
        if len(forms) > 1:
            threshold_columns.append("form")
        # by target id: a target measured in two contexts has its thresholds once
        once = sorted({r["target_id"]: r for r in rows}.values(), key=lambda r: int(r["target_id"]))
        assert [r["target_id"] for r in once] == list(range(len(once)))  # every id has a row
        frame = backend.gathered(
            frame,
            "target_id",
            {
                name: (nw.Boolean if name in _FLAGS else nw.Int64, [r[name] for r in once])
                for name in threshold_columns
            },
        )
        # stored narrow (ids and coverage counts in their ranges, the status as one of its
        # values): the largest table of an evaluation, kept while its groups are decided
        # and reported
        nodes = len(self.rollups.tables.codes)
        decided = backend.materialise_compact(
            self._decide(frame, forms, pooled_scopes=bool(levels)),
            {
                "target_id": len(once),
                "unit_id": nodes,
                "period_id": self.rollups.period_count,
                **({"root_id": nodes} if self.by_root else {}),
                "coverage_num": self.rollups.coverage_bound,
                "coverage_den": self.rollups.coverage_bound,
            },
            {"status": [status.value for status in Status]},
        )
        if self.labelled and self._labels is not None:
            # the report's text columns over the decided rows, made only when the rows are
            # reported (a writer that reads some columns makes only those)
            slots: list[Occurrence | None] = [None] * len(self.tid)  # one occurrence per target
            for occurrence in self.occurrences:
                slots[occurrence[0]] = occurrence
            by_tid = cast("list[Occurrence]", slots)  # each target has its one (labelled)
            self._reported = self._labels(
                decided.with_columns(target_label_id=nw.col("target_id")),
                {
                    "target": ("target_label_id", [o[2] for o in by_tid]),
                    "parent": ("target_label_id", [o[3] for o in by_tid]),
                    "depth": ("target_label_id", [o[4] for o in by_tid]),
                },
            )
        return decided

    def _decide(self, frame: Frame, forms: frozenset[Form], pooled_scopes: bool) -> Frame:
        """Statuses, values, gaps and coverage of the requests, with only the branches
        of the ``forms`` present."""
        bounds = Bounds(
            col("low_p", nullable=False),
            col("low_q", nullable=False),
            col("low_inclusive", DType.BOOL, nullable=False),
            col("high_p", nullable=False),
            col("high_q", nullable=False),
            col("high_inclusive", DType.BOOL, nullable=False),
        )
        threshold = Threshold(
            op=col("op", nullable=False),
            p=col("p", nullable=False),
            q=col("q", nullable=False),
            bounds=bounds,
            flag=col("flag", DType.BOOL),
            form=col("form", nullable=False),
        )
        # a request whose roll-up is absent has none of its parts (docs/semantics.md §5); a pool
        # that expects none has nothing to measure
        expected = col("expected_parts").fill_null(0)
        pooled_scope = col("pooled_level", nullable=False) >= 0 if pooled_scopes else lit(False)
        value = c.found(expected=when(pooled_scope).then(expected).otherwise(-1))
        absent = value.num.is_null() & value.flag.is_null() & c.value().not_applicable.is_null()
        decided = outcome_columns(value_outcome(value, threshold, forms))
        cover_num, cover_den = coverage(lit(0), expected)
        decided["coverage_num"] = when(absent).then(cover_num).otherwise(col("coverage_num"))
        decided["coverage_den"] = when(absent).then(cover_den).otherwise(col("coverage_den"))
        keep = ["target_id", *(["root_id"] if self.by_root else []), "unit_id", "period_id"]
        out = self.translator.select(frame, keep, decided)
        wide = self.nw.Int64 if self.narrow else self.backend.wide or self.nw.Int64
        return out.with_columns(
            *(
                self.nw.col(name).cast(wide)
                for name in c.RESULT
                if name not in ("status", "observed_flag")
            )
        )
