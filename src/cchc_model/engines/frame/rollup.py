"""Vectorised roll-ups across time and space (SEMANTICS.md §5), as in ``aggregation.py``.

The reference computes ``territory(J)`` recursively; here each tier of the tree is one
group-by over the tier below, deepest first, materialised once:

* ``DT`` (direct or temporal): a unit's observation for the period itself, else its
  sub-periods rolled up by the indicator's temporal rule;
* ``territory(J)`` = DT territory of J, else (J has children) the spatial rule over the
  territory of its children and J's own DT, else J's own DT;
* ``own(J)`` = DT own of J, else (J has no children) DT territory of J;
* ``pooled(J, L)`` = the spatial rule over ``own`` of the units at tier L under J.

Every value is an exact rational ``vn / vd`` of 64-bit integers; every pair is summed as
integers, so the result equals the reference's fractions exactly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any

import attrs

from ...model.indicators import MeasureKind, SpatialRule, TemporalRule
from ...model.periods import Period
from . import keys as _keys
from .backend import Backend
from .input import MAX_SPANS, Canonical, IndicatorCodes, Unsupported
from .tree import TreeTables, part_counts

__all__ = ["HOW", "Rollups", "compute_rollups"]

#: The ``how`` column's codes, as :attr:`Rollup.how` spells them.
HOW = ("direct", "temporal", "spatial", "pooled", "missing")
DIRECT, TEMPORAL, SPATIAL, POOLED = 0, 1, 2, 3

KEYS = ("node", "ind", "mem", "pid")
#: A roll-up's pair, value and flags.
VALUE = ("n", "d", "vn", "vd", "vb", "na")

ROW = (
    *KEYS,
    *VALUE,
    "how",
    "rep",
    "exp",
    "cn",
    "cd",
    "mixed",
)


@attrs.define
class Rollups:
    """The roll-up tables of one tree and set of periods.

    Attributes:
        territory: One row per (node, ind, mem, pid) with a value or an attempt at one.
        own: The same for the own basis.
    """

    backend: Backend
    tables: TreeTables
    rules: Any
    territory: Any
    own: Any
    min_coverage: Fraction
    canonical: Canonical
    pooled_cache: dict[int, Any] = attrs.field(factory=dict)


def rule_columns(nw: Any, codes: Sequence[IndicatorCodes]) -> dict[str, tuple[Any, list[Any]]]:
    """Each indicator's rules and scales, by its ``ind`` code (its position)."""
    return {
        "measure": (nw.String, [c.indicator.measure.value for c in codes]),
        "spatial": (nw.String, [c.indicator.spatial.value for c in codes]),
        "temporal": (nw.String, [c.indicator.temporal.value for c in codes]),
        "ns": (nw.Int64, [c.ns for c in codes]),
        "ds": (nw.Int64, [c.ds for c in codes]),
        "kn": (nw.Int64, [c.kn for c in codes]),
        "kd": (nw.Int64, [c.kd for c in codes]),
    }


def rules_table(backend: Backend, codes: Sequence[IndicatorCodes]) -> Any:
    """:func:`rule_columns` as a table keyed by ``ind``."""
    nw = backend.nw
    columns = rule_columns(nw, codes)
    return backend.table(
        {"ind": [c.index for c in codes], **{k: v for k, (_, v) in columns.items()}},
        {"ind": nw.Int64, **{k: t for k, (t, _) in columns.items()}},
    )


def _period_links(
    spans: Sequence[Period], periods: Sequence[Period]
) -> list[tuple[int, int, bool]]:
    """(span id, pid, sub) for each period read (by its span id) and each evaluated period
    it equals (sub False) or lies in (sub True)."""
    return [
        (span, pid, p != q)
        for span, p in enumerate(spans)
        for pid, q in enumerate(periods)
        if p == q or p in q
    ]


def _finest_sub_periods(backend: Backend, frame: Any) -> Any:
    """Keep, in each series, the finest sub-periods (months over their quarter, say).

    The reference keeps the finest sub-periods that do not overlap. When the periods
    observed inside one evaluated period are laminar (any two are nested or apart, as
    calendar months, quarters and halves are), that is: drop a sub-period when the same
    series has one strictly inside it. Sub-periods that overlap without nesting make
    the reference evaluator run instead.
    """
    nw = backend.nw
    found = frame.select("ind", "pid", "ps", "pe").unique().collect().rows()
    spans: dict[tuple[int, int], set[tuple[int, int]]] = {}
    for ind, pid, ps, pe in found:
        spans.setdefault((ind, pid), set()).add((ps, pe))
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
            "pid": [r[0] for r in rows],
            "ps": [r[3] for r in rows],
            "pe": [r[4] for r in rows],
            "o_ps": [r[1] for r in rows],
            "o_pe": [r[2] for r in rows],
        },
        {"pid": nw.Int64, "ps": nw.Int64, "pe": nw.Int64, "o_ps": nw.Int64, "o_pe": nw.Int64},
    )
    series = ["node", "own", "ind", "mem", "pid"]
    covered = (
        frame.select(*series, "ps", "pe")
        .join(table, on=["pid", "ps", "pe"], how="inner")
        .select(*series, nw.col("o_ps").alias("ps"), nw.col("o_pe").alias("pe"))
        .unique()
    )
    return frame.join(covered, on=[*series, "ps", "pe"], how="anti")


def conform(nw: Any, frame: Any, extra: Sequence[str] = ()) -> Any:
    """The roll-up columns with one type each, whatever the engine's sums return."""
    flags = ("vb", "na", "mixed", "own")
    return frame.select(
        *(nw.col(name).cast(nw.Boolean if name in flags else nw.Int64) for name in (*extra, *ROW))
    )


def known(nw: Any) -> Any:
    return (~nw.col("vn").is_null()) | (~nw.col("vb").is_null()) | nw.col("na")


def _null(nw: Any, dtype: Any = None) -> Any:
    return nw.lit(None, dtype=dtype or nw.Int64)


def _temporal(nw: Any, sub: Any, rules: Any, periods: Sequence[Period], min_cov: Fraction) -> Any:
    keys = ["node", "own", "ind", "mem", "pid"]
    is_num = ~nw.col("vn").is_null()
    agg = sub.group_by(keys).agg(
        nw.len().alias("rep"),
        (nw.col("pe") - nw.col("ps")).sum().alias("days"),
        nw.col("n").sum().alias("sn"),
        nw.col("d").sum().alias("sd"),
        nw.col("n").is_null().sum().alias("pairless"),
        (~is_num).sum().alias("nonnum"),
        nw.col("vn").sum().alias("svn"),
        nw.col("vd").min().alias("vd_min"),
        nw.col("vd").max().alias("vd_max"),
        nw.col("ps").max().alias("last_ps"),
    )
    last = sub.join(
        agg.select(*keys, nw.col("last_ps").alias("ps")), on=[*keys, "ps"], how="inner"
    ).select(
        *keys,
        nw.col("n").alias("l_n"),
        nw.col("d").alias("l_d"),
        nw.col("vn").alias("l_vn"),
        nw.col("vd").alias("l_vd"),
        nw.col("vb").alias("l_vb"),
        nw.col("na").alias("l_na"),
    )
    days = [p.days for p in periods]
    pdays = nw.lit(days[0], dtype=nw.Int64)
    for i, d in enumerate(days[1:], start=1):
        pdays = nw.when(nw.col("pid") == i).then(nw.lit(d, dtype=nw.Int64)).otherwise(pdays)
    frame = agg.join(last, on=keys, how="left").join(rules, on="ind", how="left")
    frame = frame.with_columns(pdays=pdays)
    rule, measure = nw.col("temporal"), nw.col("measure")
    ok = (nw.col("days") * min_cov.denominator >= nw.col("pdays") * min_cov.numerator) & (
        rule != TemporalRule.NONE.value
    )
    summed = rule.is_in([TemporalRule.SUM.value, TemporalRule.RATIO_OF_SUMS.value])
    pairs_ok = ok & summed & (nw.col("pairless") == 0)
    as_numerator = pairs_ok & (
        (measure == MeasureKind.COUNT.value)
        | ((measure == MeasureKind.AMOUNT.value) & (rule == TemporalRule.SUM.value))
    )
    divided = pairs_ok & ~as_numerator
    ratio = measure == MeasureKind.RATIO.value
    is_last = ok & (rule == TemporalRule.LAST.value)
    is_mean = ok & (rule == TemporalRule.MEAN.value) & (nw.col("nonnum") == 0)
    sd, sn = nw.col("sd"), nw.col("sn")
    vn = (
        nw.when(is_last)
        .then(nw.col("l_vn"))
        .when(is_mean)
        .then(nw.col("svn"))
        .when(as_numerator)
        .then(sn)
        .when(divided & (sd != 0) & ratio)
        .then(sn * nw.col("ds") * nw.col("kn"))
        .when(divided & (sd != 0))
        .then(sn * nw.col("ds"))
    )
    vd = (
        nw.when(is_last)
        .then(nw.col("l_vd"))
        .when(is_mean)
        .then(nw.col("rep") * nw.col("vd_min"))
        .when(as_numerator)
        .then(nw.col("ns"))
        .when(divided & (sd != 0) & ratio)
        .then(sd * nw.col("ns") * nw.col("kd"))
        .when(divided & (sd != 0))
        .then(sd * nw.col("ns"))
    )
    return frame.select(
        "node",
        "own",
        "ind",
        "mem",
        "pid",
        nw.when(is_last)
        .then(nw.col("l_n"))
        .when(pairs_ok)
        .then(sn)
        .otherwise(_null(nw))
        .alias("n"),
        nw.when(is_last)
        .then(nw.col("l_d"))
        .when(pairs_ok)
        .then(sd)
        .otherwise(_null(nw))
        .alias("d"),
        vn.cast(nw.Int64).alias("vn"),
        vd.cast(nw.Int64).alias("vd"),
        nw.when(is_last).then(nw.col("l_vb")).otherwise(_null(nw, nw.Boolean)).alias("vb"),
        ((is_last & nw.col("l_na").fill_null(False)) | (divided & ratio & (sd == 0)))
        .fill_null(False)
        .alias("na"),
        nw.lit(TEMPORAL, dtype=nw.Int64).alias("how"),
        nw.col("rep").cast(nw.Int64),
        _null(nw).alias("exp"),
        nw.col("days").cast(nw.Int64).alias("cn"),
        nw.col("pdays").alias("cd"),
        (is_mean & (nw.col("vd_min") != nw.col("vd_max"))).fill_null(False).alias("mixed"),
    )


def combine_parts(
    backend: Backend,
    parts: Any,
    expected: Sequence[int],
    rules: Mapping[str, tuple[Any, Sequence[Any]]],
    min_cov: Fraction,
    how: int,
    spatial_rules: frozenset[str],
    extras: bool,
) -> Any:
    """The spatial rule over parts (column ``child``: False marks the unit's own extra),
    per roll-up key.

    ``parts`` has the roll-up columns plus ``child``; ``expected`` is, by node, how many
    parts its roll-up expects; ``rules`` are :func:`rule_columns`. Mirrors
    ``Aggregator._combine`` and ``_apply_spatial``. Only the sums the ``spatial_rules``
    present need are computed; ``extras`` False says no part is a unit's own extra.
    """
    nw = backend.nw
    group = list(KEYS)
    present = spatial_rules
    pair_rules = {SpatialRule.RATIO_OF_SUMS.value, SpatialRule.WEIGHTED_MEAN.value}
    bool_rules = {SpatialRule.SHARE_TRUE.value, SpatialRule.ALL.value, SpatialRule.ANY.value}
    has_sum = SpatialRule.SUM.value in present
    has_mean = SpatialRule.MEAN.value in present
    has_min, has_max = SpatialRule.MIN.value in present, SpatialRule.MAX.value in present
    has_bool = bool(present & bool_rules)
    has_pairs = bool(present & pair_rules)
    values_needed = has_sum or has_mean or has_min or has_max
    kn_ = known(nw)
    child = nw.col("child")
    num = ~nw.col("vn").is_null()
    flag = ~nw.col("vb").is_null()
    sums = [
        (child & kn_).sum().alias("rep"),
        (kn_ & ~num).sum().alias("nonnum"),
    ]
    if extras:
        sums.append((~child).sum().alias("extra"))
    if has_pairs:
        sums += [
            (kn_ & nw.col("n").is_null()).sum().alias("pairless"),
            nw.when(kn_).then(nw.col("n")).otherwise(_null(nw)).sum().alias("sn"),
            nw.when(kn_).then(nw.col("d")).otherwise(_null(nw)).sum().alias("sd"),
        ]
    if has_mean or has_min or has_max or has_bool:
        sums += [num.sum().alias("nnum"), flag.sum().alias("nflag")]
    if has_bool:
        sums.append(
            nw.when(flag & nw.col("vb")).then(nw.lit(1)).otherwise(nw.lit(0)).sum().alias("ntrue")
        )
    if values_needed:
        sums += [
            nw.col("vn").sum().alias("svn"),
            nw.col("vd").min().alias("vd_min"),
            nw.col("vd").max().alias("vd_max"),
        ]
    if has_min or has_max:
        sums += [nw.col("vn").min().alias("vn_min"), nw.col("vn").max().alias("vn_max")]
    agg = _keys.group_by(nw, parts, _keys.ROLLUP_KEY, sums, backend.name in _keys.PACKING)
    frame = backend.gathered(agg, "node", {"exp": (nw.Int64, expected)})
    frame = backend.gathered(frame, "ind", rules)
    rep = nw.col("rep").fill_null(0)
    exp = nw.col("exp")
    some = (rep > 0) | (nw.col("extra").fill_null(0) > 0) if extras else rep > 0
    # Conditions read several times are columns: each copy of an expression would be
    # translated (and possibly computed) again.
    frame = frame.with_columns(ok_=(rep * min_cov.denominator >= exp * min_cov.numerator) & some)
    ok = nw.col("ok_")
    rule = nw.col("spatial")
    ratio = nw.col("measure") == MeasureKind.RATIO.value
    false = nw.lit(False)
    pairs_ok = false
    if has_pairs:
        pairs_ok = ok & rule.is_in(sorted(pair_rules)) & (nw.col("pairless") == 0)
    sn, sd = (nw.col("sn"), nw.col("sd")) if has_pairs else (_null(nw), _null(nw))

    def valued(name: str, wanted: bool) -> Any:
        if not wanted:
            return false
        return ok & (rule == name) & (nw.col("nflag") == 0) & (nw.col("nnum") > 0)

    is_sum = ok & (rule == SpatialRule.SUM.value) & (nw.col("nonnum") == 0) if has_sum else false
    is_mean = valued(SpatialRule.MEAN.value, has_mean)
    is_min = valued(SpatialRule.MIN.value, has_min)
    is_max = valued(SpatialRule.MAX.value, has_max)
    boolean = ok & rule.is_in(sorted(bool_rules)) & (nw.col("nflag") > 0) if has_bool else false
    flags = {
        "pairs_ok_": pairs_ok,
        "is_sum_": is_sum,
        "is_mean_": is_mean,
        "is_min_": is_min,
        "is_max_": is_max,
        "boolean_": boolean,
    }
    frame = frame.with_columns(**flags)
    pairs_ok, is_sum, is_mean, is_min, is_max, boolean = (nw.col(name) for name in flags)
    share = boolean & (rule == SpatialRule.SHARE_TRUE.value)
    nonzero = sd != 0
    vn: Any = nw.when(pairs_ok & nonzero & ratio).then(sn * nw.col("ds") * nw.col("kn"))
    vn = vn.when(pairs_ok & nonzero).then(sn * nw.col("ds"))
    vd: Any = nw.when(pairs_ok & nonzero & ratio).then(sd * nw.col("ns") * nw.col("kd"))
    vd = vd.when(pairs_ok & nonzero).then(sd * nw.col("ns"))
    mixed: Any = false
    if values_needed:
        vn = vn.when(is_sum | is_mean).then(nw.col("svn"))
        vd = vd.when(is_sum | is_min | is_max).then(nw.col("vd_min"))
        if has_mean:
            vd = vd.when(is_mean).then(nw.col("vd_min") * nw.col("nnum"))
        mixed = (is_sum | is_mean | is_min | is_max) & (nw.col("vd_min") != nw.col("vd_max"))
    if has_min or has_max:
        vn = vn.when(is_min).then(nw.col("vn_min")).when(is_max).then(nw.col("vn_max"))
    vb: Any = _null(nw, nw.Boolean)
    n_pair: Any = nw.when(pairs_ok).then(sn)
    d_pair: Any = nw.when(pairs_ok).then(sd)
    if has_bool:
        vn = vn.when(share).then(nw.col("ntrue"))
        vd = vd.when(share).then(nw.col("nflag"))
        vb = (
            nw.when(boolean & (rule == SpatialRule.ALL.value))
            .then(nw.col("ntrue") == nw.col("nflag"))
            .when(boolean & (rule == SpatialRule.ANY.value))
            .then(nw.col("ntrue") > 0)
        )
        n_pair = n_pair.when(share).then(nw.col("ntrue"))
        d_pair = d_pair.when(share).then(nw.col("nflag"))
    return frame.select(
        *group,
        n_pair.otherwise(_null(nw)).cast(nw.Int64).alias("n"),
        d_pair.otherwise(_null(nw)).cast(nw.Int64).alias("d"),
        vn.otherwise(_null(nw)).cast(nw.Int64).alias("vn"),
        vd.otherwise(_null(nw)).cast(nw.Int64).alias("vd"),
        vb.alias("vb"),
        (pairs_ok & ratio & ~nonzero).fill_null(False).alias("na"),
        nw.lit(how, dtype=nw.Int64).alias("how"),
        rep.cast(nw.Int64).alias("rep"),
        exp.cast(nw.Int64).alias("exp"),
        rep.cast(nw.Int64).alias("cn"),
        exp.cast(nw.Int64).alias("cd"),
        mixed.fill_null(False).alias("mixed"),
    )


def compute_rollups(
    canonical: Canonical,
    tables: TreeTables,
    backend: Backend,
    periods: Sequence[Period],
    min_coverage: Fraction,
) -> Rollups:
    """Territory and own roll-ups for every unit of the tree with data beneath it."""
    nw = backend.nw
    rules = rules_table(backend, canonical.indicators)
    by_indicator = rule_columns(nw, canonical.indicators)
    children_expected = part_counts(tables, None)
    obs = backend.lookup(canonical.frame, "code", tables.codes, "node")  # node: position
    obs = obs.with_columns(per=nw.col("key") % MAX_SPANS)  # the period read, by span id
    links = _period_links(canonical.spans, periods)
    subs = any(sub for _, _, sub in links)
    if subs:  # temporal roll-ups read the first and last days of the periods read
        days = {
            "ps": (nw.Int64, [p.start.toordinal() for p in canonical.spans]),
            "pe": (nw.Int64, [p.end.toordinal() for p in canonical.spans]),
        }
        obs = backend.gathered(obs, "per", days)
    placed = {span: (pid, within) for span, pid, within in links}
    if len(placed) == len(links):  # each period read lies in one evaluated period at most
        at = [placed.get(span, (None, None)) for span in range(len(canonical.spans))]
        pids: list[int | None] = [a[0] for a in at]
        inside: list[bool | None] = [a[1] for a in at]
        columns: dict[str, tuple[Any, Sequence[Any]]] = {
            "pid": (nw.Int64, pids),
            "sub": (nw.Boolean, inside),
        }
        obs = backend.gathered(obs, "per", columns).filter(~nw.col("pid").is_null())
    else:  # a period read counts in each evaluated period it lies in
        table = backend.table(
            {name: [link[k] for link in links] for k, name in enumerate(("per", "pid", "sub"))},
            {"per": nw.Int64, "pid": nw.Int64, "sub": nw.Boolean},
        )
        obs = obs.join(table, on="per", how="inner")
    # A direct value's roll-up columns are the same on every row.
    constant = (
        nw.lit(DIRECT, dtype=nw.Int64).alias("how"),
        _null(nw).alias("rep"),
        _null(nw).alias("exp"),
        _null(nw).alias("cn"),
        _null(nw).alias("cd"),
        nw.lit(False).alias("mixed"),
    )
    direct_values = obs.filter(~nw.col("sub")).select(*KEYS, "own", *VALUE)
    located = {
        "level": (nw.Int64, tables.levels),
        "leaf": (nw.Boolean, [kids == 0 for kids in tables.nkids]),
    }
    if subs:
        direct = direct_values.with_columns(*constant)
        sub = _finest_sub_periods(backend, backend.materialise(obs.filter(nw.col("sub"))))
        temporal = _temporal(nw, sub, rules, periods, min_coverage)
        keys = ["node", "own", "ind", "mem", "pid"]
        temporal = temporal.join(direct.select(keys), on=keys, how="anti")
        dt = nw.concat(
            [conform(nw, direct, ["own"]), conform(nw, temporal, ["own"])], how="vertical"
        )
        dt = backend.materialise(backend.gathered(dt, "node", located))
    else:  # direct values alone: their constant columns are added, not stored
        dt = backend.materialise(backend.gathered(direct_values, "node", located))
        dt = dt.with_columns(*constant)
    keys4 = list(KEYS)
    dt_terr = dt.filter(~nw.col("own"))
    dt_own = dt.filter(nw.col("own"))
    finished: list[Any] = []
    has_own = canonical.has_own
    # Each unit's parent and the parent's tier, to hand a tier's rows up.
    parents = {
        "parent": (nw.Int64, tables.parents),
        "plevel": (nw.Int64, [None if p is None else tables.levels[p] for p in tables.parents]),
    }
    for level in tables.level_values:
        t1 = dt_terr.filter(nw.col("level") == level)
        pieces = [conform(nw, t1)]
        if has_own:
            leaf_own = dt_own.filter((nw.col("level") == level) & nw.col("leaf")).join(
                t1.select(keys4), on=keys4, how="anti"
            )
            pieces.append(conform(nw, leaf_own))
        if finished:
            done = nw.concat(finished, how="vertical") if len(finished) > 1 else finished[0]
            kids = backend.gathered(done, "node", parents).filter(nw.col("plevel") == level)
            children = kids.select(
                nw.col("parent").alias("node"), *KEYS[1:], *VALUE, nw.lit(True).alias("child")
            )
            parts = children
            if has_own:
                mine = (
                    dt_own.filter((nw.col("level") == level) & ~nw.col("leaf"))
                    .filter(known(nw))
                    .select(*KEYS, *VALUE, nw.lit(False).alias("child"))
                )
                parts = nw.concat([children, mine], how="vertical")
            combined = combine_parts(
                backend,
                parts,
                children_expected,
                by_indicator,
                min_coverage,
                SPATIAL,
                canonical.spatial_rules,
                has_own,
            )
            spatial = backend.materialise(conform(nw, combined))
            pieces.append(conform(nw, spatial.join(t1.select(keys4), on=keys4, how="anti")))
        if len(pieces) == 1 and not finished:  # a tier of observations alone: no copy
            finished.append(pieces[0])
        else:
            finished.append(backend.materialise(nw.concat(pieces, how="vertical")))
    territory = nw.concat(finished, how="vertical") if finished else conform(nw, dt_terr)
    if has_own:
        own_rows = backend.materialise(
            nw.concat(
                [
                    conform(nw, dt_own),
                    conform(
                        nw,
                        dt_terr.filter(nw.col("leaf")).join(
                            dt_own.select(keys4), on=keys4, how="anti"
                        ),
                    ),
                ],
                how="vertical",
            )
        )
    else:  # own(J) is J's territory where J has no children
        own_rows = conform(nw, dt_terr.filter(nw.col("leaf")))
    # The observations are read again only by another tree's roll-ups.
    reduced = attrs.evolve(canonical, frame=None)
    return Rollups(backend, tables, rules, territory, own_rows, min_coverage, reduced)


def pooled(rollups: Rollups, level: int) -> Any:
    """``pooled(J, level)`` for every J with units at ``level`` beneath (or J itself)."""
    found = rollups.pooled_cache.get(level)
    if found is not None:
        return found
    backend = rollups.backend
    nw = backend.nw
    below = rollups.tables.below.filter(nw.col("level") == level)
    parts = rollups.own.join(below.select("anc", "node"), on="node", how="inner").select(
        nw.col("anc").alias("node"), *KEYS[1:], *VALUE, nw.lit(True).alias("child")
    )
    combined = combine_parts(
        backend,
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


def _any(nw: Any, frame: Any, column: str) -> bool:
    return bool(frame.select(nw.col(column).any()).collect().item())


def check_mixed(rollups: Rollups) -> None:
    """Refuse (so the reference runs) roll-ups whose values have different denominators."""
    nw = rollups.backend.nw
    if _any(nw, rollups.territory, "mixed") or _any(nw, rollups.own, "mixed"):
        raise Unsupported("a mean, minimum or maximum over values of different precision")
