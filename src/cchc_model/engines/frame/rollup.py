"""Roll-ups across time and space on dataframes: the rules of :mod:`cchc_model.rules.rollup`.

The reference engine finds ``territory(J)`` unit by unit; here each tier of the tree is
one group-by over the tier below, deepest first, materialised once. The order in which
a unit's value is looked for is :func:`~cchc_model.rules.rollup.sources`'; the sums a
rule needs and the value it makes of them are the rule's own expressions
(:func:`~cchc_model.rules.rollup.spatial_aggregates`,
:func:`~cchc_model.rules.rollup.spatial_value` …), translated to columns.

Every value is an exact rational ``value_num / value_den`` of 64-bit integers; every
pair is summed as integers, so the result equals the reference's fractions exactly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction

import attrs

from ...model.indicators import SpatialRule
from ...model.periods import Period
from ...rules.expr import Aggregate, DType, Expr, col, lit
from ...rules.rollup import (
    RollupValue,
    Source,
    known,
    sources,
    spatial_aggregates,
    spatial_value,
    temporal_aggregates,
    temporal_value,
)
from . import columns as c
from .backend import Backend, Typed, Unsupported
from .input import Canonical, IndicatorCodes
from .translate import Translator
from .tree import TreeTables, part_counts
from .types import Frame, Namespace

__all__ = ["HOW", "Rollups", "check_mixed", "compute_rollups", "pooled", "rule_columns"]

#: The ``how`` column's codes, as :attr:`Rollup.how` spells them.
HOW = ("direct", "temporal", "spatial", "pooled", "missing")
DIRECT, TEMPORAL, SPATIAL, POOLED = 0, 1, 2, 3

_FLAGS = ("value_flag", "not_applicable", "mixed", "own_basis")


@attrs.define
class Rollups:
    """The roll-up tables of one tree and set of periods.

    Attributes:
        territory: One row per (unit, indicator, members, period) with a value or an
            attempt at one.
        own: The same for the own basis.
        shadowed: The children's roll-up of units that have a direct territory value
            too (to report where the two disagree).
        period_count: How many periods the tables' ``period_id`` numbers.
        coverage_bound: A number above every coverage count: a spatial coverage counts
            units, a temporal one the days of a period.
    """

    backend: Backend
    tables: TreeTables
    territory: Frame
    own: Frame
    shadowed: Frame
    min_coverage: Fraction
    canonical: Canonical
    period_count: int
    coverage_bound: int
    pooled_cache: dict[int, Frame] = attrs.field(factory=dict)


def rule_columns(nw: Namespace, codes: Sequence[IndicatorCodes]) -> Typed:
    """Each indicator's rules and scales, by its id (its position)."""
    return {
        "measure": (nw.String, [code.indicator.measure.value for code in codes]),
        "spatial": (nw.String, [code.indicator.spatial.value for code in codes]),
        "temporal": (nw.String, [code.indicator.temporal.value for code in codes]),
        "ns": (nw.Int64, [code.ns for code in codes]),
        "ds": (nw.Int64, [code.ds for code in codes]),
        "kn": (nw.Int64, [code.kn for code in codes]),
        "kd": (nw.Int64, [code.kd for code in codes]),
    }


def conform(nw: Namespace, frame: Frame, extra: Sequence[str] = ()) -> Frame:
    """The roll-up columns with one type each, whatever the engine's sums return."""
    return frame.select(
        *(
            nw.col(name).cast(nw.Boolean if name in _FLAGS else nw.Int64)
            for name in (*extra, *c.ROLLUP)
        )
    )


def _period_links(
    spans: Sequence[Period], periods: Sequence[Period]
) -> list[tuple[int, int, bool]]:
    """(span id, period id, sub) for each period read (by its span id) and each
    evaluated period it equals (sub False) or lies in (sub True)."""
    return [
        (span, pid, p != q)
        for span, p in enumerate(spans)
        for pid, q in enumerate(periods)
        if p == q or p in q
    ]


def _finest_sub_periods(backend: Backend, frame: Frame) -> Frame:
    """Keep, in each series, the sub-periods :func:`~cchc_model.rules.rollup.finest` keeps.

    When the periods observed inside one evaluated period are laminar (any two are
    nested or apart, as calendar months, quarters and halves are), ``finest`` keeps
    exactly the sub-periods that have no other of their series strictly inside them:
    that is what this computes. Sub-periods that overlap without nesting make the
    reference engine decide instead.
    """
    nw = backend.nw
    found = (
        frame.select("indicator_id", "period_id", "start", "end").unique().collect("polars").rows()
    )
    spans: dict[tuple[int, int], set[tuple[int, int]]] = {}
    for ind, pid, start, end in found:
        spans.setdefault((ind, pid), set()).add((start, end))
    pairs: set[tuple[int, int, int, int, int]] = set()
    for (_, pid), items in spans.items():
        ordered = sorted(items)
        for i, (ps, pe) in enumerate(ordered):
            for qs, qe in ordered[i + 1 :]:
                if qs >= pe:
                    break
                inside = ps <= qs and qe <= pe
                around = qs <= ps and pe <= qe
                if not (inside or around):
                    raise Unsupported("sub-periods that overlap without nesting")
                outer, inner = ((ps, pe), (qs, qe)) if inside else ((qs, qe), (ps, pe))
                pairs.add((pid, *outer, *inner))
    if not pairs:
        return frame
    rows = sorted(pairs)
    table = backend.table(
        {
            "period_id": [r[0] for r in rows],
            "start": [r[3] for r in rows],
            "end": [r[4] for r in rows],
            "outer_start": [r[1] for r in rows],
            "outer_end": [r[2] for r in rows],
        },
        dict.fromkeys(("period_id", "start", "end", "outer_start", "outer_end"), nw.Int64),
    )
    series = ["unit_id", "own_basis", "indicator_id", "members_id", "period_id"]
    covered = (
        frame.select(*series, "start", "end")
        .join(table, on=["period_id", "start", "end"], how="inner")
        .select(*series, nw.col("outer_start").alias("start"), nw.col("outer_end").alias("end"))
        .unique()
    )
    return frame.join(covered, on=[*series, "start", "end"], how="anti")


def _outputs(rollup: RollupValue, how: int) -> dict[str, Expr]:
    """A rule's :class:`~cchc_model.rules.rollup.RollupValue` as the roll-up columns."""
    return {
        "pair_num": rollup.n,
        "pair_den": rollup.d,
        "value_num": rollup.value.num,
        "value_den": rollup.value.den,
        "value_flag": rollup.value.flag,
        "not_applicable": rollup.value.not_applicable,
        "how": lit(how),
        "reported": rollup.reported,
        "expected": rollup.expected,
        "coverage_num": rollup.coverage_num,
        "coverage_den": rollup.coverage_den,
        "mixed": rollup.mixed,
    }


def _sums(aggregates: Mapping[str, Aggregate]) -> dict[str, Expr]:
    return {name: col(name, nullable=a.how in ("min", "max")) for name, a in aggregates.items()}


def _temporal(
    translator: Translator,
    sub: Frame,
    rules: Typed,
    periods: Sequence[Period],
    min_coverage: Fraction,
) -> Frame:
    backend = translator.backend
    nw = backend.nw
    series = ["unit_id", "own_basis", "indicator_id", "members_id", "period_id"]
    aggregates = temporal_aggregates(
        c.part(), col("start", nullable=False), col("end", nullable=False)
    )
    summed = translator.aggregate(sub, series, aggregates)
    # the latest sub-period of each series, read beside the sums
    last = sub.join(
        summed.select(*series, nw.col("last_start").alias("start")), on=[*series, "start"]
    ).select(*series, *(nw.col(name).alias(f"last_{name}") for name in (*c.PAIR, *c.VALUE)))
    frame = summed.join(last, on=series, how="left")
    frame = backend.gathered(frame, "indicator_id", rules)
    frame = backend.gathered(
        frame, "period_id", {"period_days": (nw.Int64, [p.days for p in periods])}
    )
    rollup = temporal_value(
        _sums(aggregates),
        c.part("last_", lit(True)),
        col("temporal", DType.TEXT, nullable=False),
        col("measure", DType.TEXT, nullable=False),
        c.scales(),
        col("period_days", nullable=False),
        min_coverage,
    )
    return translator.select(frame, series, _outputs(rollup, TEMPORAL))


def combine_parts(
    translator: Translator,
    parts: Frame,
    expected: Sequence[int],
    rules: Typed,
    min_coverage: Fraction,
    how: int,
    present: frozenset[SpatialRule],
    extras: bool,
) -> Frame:
    """The spatial rule over parts (column ``child``: False marks the unit's own
    basis), per roll-up key; ``expected`` is, by unit id, how many parts it expects."""
    backend = translator.backend
    nw = backend.nw
    aggregates = spatial_aggregates(c.part(), present, extras)
    bounds = [bound for _, bound in c.ROLLUP_BOUNDS]
    keys = [name for name, _ in c.ROLLUP_BOUNDS]
    summed = translator.aggregate(parts, keys, aggregates, bounds)
    frame = backend.gathered(summed, "unit_id", {"expected": (nw.Int64, expected)})
    frame = backend.gathered(frame, "indicator_id", rules)
    rollup = spatial_value(
        _sums(aggregates),
        col("spatial", DType.TEXT, nullable=False),
        col("measure", DType.TEXT, nullable=False),
        c.scales(),
        col("expected", nullable=False),
        min_coverage,
        present,
        extras,
    )
    return translator.select(frame, list(c.KEYS), _outputs(rollup, how))


def _first(backend: Backend, frames: Sequence[Frame], keys: Sequence[str]) -> Frame:
    """The rows of ``frames`` in order, each without the keys an earlier one has:
    the first source that has rows for a key decides it."""
    out = [frames[0]]
    for i, frame in enumerate(frames[1:], start=1):
        for earlier in frames[:i]:
            frame = frame.join(earlier.select(*keys), on=list(keys), how="anti")
        out.append(frame)
    return backend.concat(out) if len(out) > 1 else out[0]


def _basis_of(source: Source) -> str:
    """Which read rows a source takes: ``territory`` or ``own`` basis, or ``children``."""
    if source is Source.CHILDREN:
        return "children"
    territory = source in (Source.DIRECT_TERRITORY, Source.TEMPORAL_TERRITORY)
    return "territory" if territory else "own"


def _order(territory: bool, has_children: bool) -> list[str]:
    """:func:`~cchc_model.rules.rollup.sources` by basis: direct and temporal rows of one
    basis form one piece (decided between them before)."""
    out: list[str] = []
    for source in sources(territory, has_children):
        basis = _basis_of(source)
        if basis not in out:
            out.append(basis)
    return out


def compute_rollups(
    canonical: Canonical,
    tables: TreeTables,
    backend: Backend,
    periods: Sequence[Period],
    min_coverage: Fraction,
    translator: Translator,
) -> Rollups:
    """Territory and own roll-ups for every unit of the tree with data beneath it."""
    nw = backend.nw
    rules = rule_columns(nw, canonical.indicators)
    children_expected = part_counts(tables, None)
    assert canonical.frame is not None, "the rows are read before they are freed"
    node_of = tables.node_of
    obs = backend.gathered(
        canonical.frame,
        "code_id",
        {"unit_id": (nw.Int64, [node_of.get(code) for code in canonical.units])},
    ).filter(~nw.col("unit_id").is_null())
    obs = obs.with_columns(span_id=nw.col("key") % c.MAX_SPANS)  # the period read
    links = _period_links(canonical.spans, periods)
    subs = any(sub for _, _, sub in links)
    if subs:  # temporal roll-ups read the first and last days of the periods read
        days: Typed = {
            "start": (nw.Int64, [p.start.toordinal() for p in canonical.spans]),
            "end": (nw.Int64, [p.end.toordinal() for p in canonical.spans]),
        }
        obs = backend.gathered(obs, "span_id", days)
    placed = {span: (pid, within) for span, pid, within in links}
    if len(placed) == len(links):  # each period read lies in one evaluated period at most
        at = [placed.get(span, (None, None)) for span in range(len(canonical.spans))]
        linked: Typed = {
            "period_id": (nw.Int64, [a[0] for a in at]),
            "sub": (nw.Boolean, [a[1] for a in at]),
        }
        obs = backend.gathered(obs, "span_id", linked).filter(~nw.col("period_id").is_null())
    else:  # a period read counts in each evaluated period it lies in
        table = backend.table(
            {
                name: [link[k] for link in links]
                for k, name in enumerate(("span_id", "period_id", "sub"))
            },
            {"span_id": nw.Int64, "period_id": nw.Int64, "sub": nw.Boolean},
        )
        obs = obs.join(table, on="span_id", how="inner")
    # A direct value's roll-up columns are the same on every row.
    constant = (
        nw.lit(DIRECT, dtype=nw.Int64).alias("how"),
        *(nw.lit(None, dtype=nw.Int64).alias(name) for name in ("reported", "expected")),
        *(nw.lit(None, dtype=nw.Int64).alias(name) for name in ("coverage_num", "coverage_den")),
        nw.lit(False).alias("mixed"),
    )
    direct_values = obs.filter(~nw.col("sub")).select(*c.KEYS, "own_basis", *c.PAIR, *c.VALUE)
    located: Typed = {
        "level": (nw.Int64, tables.levels),
        "leaf": (nw.Boolean, [kids == 0 for kids in tables.nkids]),
    }
    series = [*c.KEYS, "own_basis"]
    # stored narrow: the keys and tiers of a row per observation, in their ranges
    bounds = {
        "unit_id": len(tables.codes),
        "indicator_id": len(canonical.indicators),
        "members_id": len(canonical.members),
        "period_id": len(periods),
        "level": max(tables.levels, default=0) + 1,
    }
    if subs:
        direct = direct_values.with_columns(*constant)
        sub = _finest_sub_periods(backend, backend.materialise(obs.filter(nw.col("sub"))))
        temporal = _temporal(translator, sub, rules, periods, min_coverage)
        # a direct value before its sub-periods, in either basis (rules.rollup.sources)
        read_rows = {
            Source.DIRECT_TERRITORY: conform(nw, direct, ["own_basis"]),
            Source.TEMPORAL_TERRITORY: conform(nw, temporal, ["own_basis"]),
        }
        order = [s for s in sources(True, False) if s in read_rows]
        dt = _first(backend, [read_rows[s] for s in order], series)
        dt = backend.materialise_compact(backend.gathered(dt, "unit_id", located), bounds)
    else:  # direct values alone: their constant columns are added, not stored
        dt = backend.materialise_compact(
            backend.gathered(direct_values, "unit_id", located), bounds
        )
        dt = dt.with_columns(*constant)
    keys = list(c.KEYS)
    read = {"territory": dt.filter(~nw.col("own_basis")), "own": dt.filter(nw.col("own_basis"))}
    has_own = canonical.has_own
    finished: list[Frame] = []
    shadowed: list[Frame] = []
    # Each unit's parent and the parent's tier, to hand a tier's rows up.
    parents: Typed = {
        "parent_id": (nw.Int64, tables.parents),
        "parent_level": (
            nw.Int64,
            [None if p is None else tables.levels[p] for p in tables.parents],
        ),
    }
    leaf_order = _order(True, has_children=False)
    inner_order = _order(True, has_children=True)
    for level in tables.level_values:
        here = {basis: frame.filter(nw.col("level") == level) for basis, frame in read.items()}
        pieces = {"territory": conform(nw, here["territory"])}
        if has_own:
            pieces["own"] = conform(nw, here["own"].filter(nw.col("leaf")))
        if finished:
            done = backend.concat(finished) if len(finished) > 1 else finished[0]
            kids = backend.gathered(done, "unit_id", parents).filter(
                nw.col("parent_level") == level
            )
            parts = kids.select(
                nw.col("parent_id").alias("unit_id"),
                *c.KEYS[1:],
                *c.PAIR,
                *c.VALUE,
                nw.lit(True).alias("child"),
            )
            if has_own:
                mine = (
                    here["own"]
                    .filter(~nw.col("leaf"))
                    .filter(translator.expr(known(c.value())))
                    .select(*c.KEYS, *c.PAIR, *c.VALUE, nw.lit(False).alias("child"))
                )
                parts = backend.concat([parts, mine])
            combined = combine_parts(
                translator,
                parts,
                children_expected,
                rules,
                min_coverage,
                SPATIAL,
                canonical.spatial_rules,
                has_own,
            )
            spatial = backend.materialise(conform(nw, combined))
            pieces["children"] = spatial
            observed = pieces["territory"].filter(nw.col("how") == DIRECT).select(keys)
            shadowed.append(spatial.join(observed, on=keys, how="semi"))
        tier = _tier(backend, pieces, leaf_order, inner_order)
        if len(pieces) == 1 and not finished:  # a tier of observations alone: no copy
            finished.append(tier)
        else:
            finished.append(backend.materialise(tier))
    territory = backend.concat(finished) if finished else conform(nw, read["territory"])
    leaf_territory = conform(nw, read["territory"].filter(nw.col("leaf")))
    if has_own:
        own_pieces = {"own": conform(nw, read["own"]), "territory": leaf_territory}
        own_rows = backend.materialise(
            _first(backend, [own_pieces[b] for b in _order(False, False)], keys)
        )
    else:  # own(J) is J's territory where J has no children
        own_rows = leaf_territory
    reduced = attrs.evolve(canonical, frame=None)  # the rows are read again by no one
    shadow = backend.concat(shadowed) if shadowed else territory.head(0)
    return Rollups(
        backend,
        tables,
        territory,
        own_rows,
        shadow,
        min_coverage,
        reduced,
        len(periods),
        max(len(tables.codes), *(p.days for p in periods)) + 1,
    )


def _tier(
    backend: Backend, pieces: Mapping[str, Frame], leaf_order: list[str], inner_order: list[str]
) -> Frame:
    """One tier's territory rows: for a leaf, the first of ``leaf_order`` with rows; for
    an inner unit, the first of ``inner_order``. Both orders start with the unit's own
    territory rows, and their second pieces (a leaf's own basis, an inner unit's
    children) never share a unit, so each is set against the first alone."""
    assert leaf_order[0] == inner_order[0], "both orders start with the territory rows"
    assert len(leaf_order) == len(inner_order) == 2, "each order has two pieces"
    head = pieces[leaf_order[0]]
    keys = list(c.KEYS)
    later = [pieces[b] for b in (leaf_order[1], inner_order[1]) if b in pieces]
    if not later:
        return head
    rest = [frame.join(head.select(keys), on=keys, how="anti") for frame in later]
    return backend.concat([head, *rest])


def pooled(rollups: Rollups, level: int, translator: Translator) -> Frame:
    """``pooled(J, level)`` for every J with units at ``level`` beneath (or J itself)."""
    found = rollups.pooled_cache.get(level)
    if found is not None:
        return found
    backend = rollups.backend
    nw = backend.nw
    below = rollups.tables.below.filter(nw.col("level") == level)
    parts = rollups.own.join(below.select("ancestor_id", "unit_id"), on="unit_id", how="inner")
    parts = parts.select(
        nw.col("ancestor_id").alias("unit_id"),
        *c.KEYS[1:],
        *c.PAIR,
        *c.VALUE,
        nw.lit(True).alias("child"),
    )
    combined = combine_parts(
        translator,
        parts,
        part_counts(rollups.tables, level),
        rule_columns(nw, rollups.canonical.indicators),
        rollups.min_coverage,
        POOLED,
        rollups.canonical.spatial_rules,
        False,
    )
    result = backend.materialise(conform(nw, combined))
    if _any(nw, result, "mixed"):
        raise Unsupported("a mean, minimum or maximum over values of different precision")
    rollups.pooled_cache[level] = result
    return result


def _any(nw: Namespace, frame: Frame, column: str) -> bool:
    return len(frame.filter(nw.col(column)).head(1).collect("polars")) > 0


def check_mixed(rollups: Rollups) -> None:
    """Refuse (so the reference engine decides) roll-ups whose values have different
    denominators where the rule needs one."""
    nw = rollups.backend.nw
    if _any(nw, rollups.territory, "mixed") or _any(nw, rollups.own, "mixed"):
        raise Unsupported("a mean, minimum or maximum over values of different precision")
