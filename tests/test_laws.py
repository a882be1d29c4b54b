"""The laws of docs/semantics.md §5 (aggregation), §7 (three-valued logic) and §8 (exactness).

Each law is one hypothesis test on small generated hierarchies (province 99 → districts
9dd → communes 9ddcc, built directly as valid jurisdictions) and generated observations
(counts, ratio pairs with numerator ≤ denominator, some 0/0, some missing).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from datetime import date
from fractions import Fraction
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cchc_model import (
    AllOf,
    AnyOf,
    AtLeast,
    Between,
    Comparison,
    Hierarchy,
    Indicator,
    Jurisdiction,
    Kind,
    Level,
    MeasureKind,
    Op,
    Period,
    Rank,
    Scope,
    Share,
)
from cchc_model.engines.reference.aggregation import Aggregator, Policy, Rollup
from cchc_model.evaluation import Result, Status, combine, evaluate_target
from cchc_model.io.observations import ObservationSet
from cchc_model.model.indicators import SpatialRule
from cchc_model.model.targets import Target

Y2021 = Period.year(2021)
START = date(2008, 8, 1)

RECORDS = Indicator(id="records", name="Hồ sơ xử lý trên mạng", measure=MeasureKind.RATIO)
DOSSIERS = Indicator(id="dossiers", name="Số hồ sơ tiếp nhận", measure=MeasureKind.COUNT)
SCORE = Indicator(id="score", name="Chỉ số CCHC", measure=MeasureKind.SCORE, unit="point")
SCORE_MEAN = Indicator(
    id="score_mean",
    name="Chỉ số CCHC (bình quân)",
    measure=MeasureKind.SCORE,
    unit="point",
    spatial=SpatialRule.MEAN,
)
PARTS = tuple(
    Indicator(id=f"part{i}", name=f"Chỉ tiêu {i}", measure=MeasureKind.RATIO) for i in range(4)
)
INDICATORS = (RECORDS, DOSSIERS, SCORE, SCORE_MEAN, *PARTS)

LAWS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FAST = settings(max_examples=500, deadline=None)

OPS: dict[Op, Callable[[Any, Any], bool]] = {
    Op.GE: operator.ge,
    Op.GT: operator.gt,
    Op.LE: operator.le,
    Op.LT: operator.lt,
    Op.EQ: operator.eq,
}
#: NOT_MET < UNKNOWN < MET: the order a higher value may only climb.
ORDER = {Status.NOT_MET: 0, Status.UNKNOWN: 1, Status.MET: 2}

Pair = tuple[int, int]
Shape = tuple[int, ...]  # the number of communes under each district


# --- building hierarchies and observations ----------------------------------------------


def district_code(d: int) -> str:
    """District d (from 1) of province 99."""
    return f"9{d:02d}"


def commune_code(d: int, c: int) -> str:
    """Commune c (from 1) of district d."""
    return f"{district_code(d)}{c:02d}"


def units_of(shape: Shape) -> list[Jurisdiction]:
    """Province 99, one district per entry of ``shape``, that many communes under each."""
    units = [
        Jurisdiction(
            code="99", name="Tỉnh Thử", level=Level.PROVINCE, kind=Kind.TINH, valid_from=START
        )
    ]
    for d, size in enumerate(shape, start=1):
        units.append(
            Jurisdiction(
                code=district_code(d),
                name=f"Huyện {d}",
                level=Level.DISTRICT,
                kind=Kind.HUYEN,
                parent="99",
                valid_from=START,
            )
        )
        for c in range(1, size + 1):
            units.append(
                Jurisdiction(
                    code=commune_code(d, c),
                    name=f"Xã {d}.{c}",
                    level=Level.COMMUNE,
                    kind=Kind.XA,
                    parent=district_code(d),
                    valid_from=START,
                )
            )
    return units


def tree_of(shape: Shape) -> Hierarchy:
    """The hierarchy of ``shape``."""
    return Hierarchy(tuple(units_of(shape)))


def communes(shape: Shape) -> list[str]:
    """Every commune code of ``shape``, district by district."""
    return [commune_code(d, c) for d, size in enumerate(shape, start=1) for c in range(1, size + 1)]


def communes_of(shape: Shape, d: int) -> list[str]:
    """The commune codes of district d."""
    return [commune_code(d, c) for c in range(1, shape[d - 1] + 1)]


def observe(records: Sequence[dict[str, Any]]) -> ObservationSet:
    """Observations for 2021 from short records."""
    return ObservationSet.from_records([{"period": "2021", **r} for r in records], INDICATORS)


def pair_records(indicator: Indicator, pairs: dict[str, Pair | None]) -> list[dict[str, Any]]:
    """Numerator/denominator records; ``None`` is a unit without data."""
    return [
        {"indicator": indicator.id, "code": code, "numerator": p[0], "denominator": p[1]}
        for code, p in pairs.items()
        if p is not None
    ]


def aggregator(tree: Hierarchy, records: Sequence[dict[str, Any]], **policy: Any) -> Aggregator:
    """An aggregator on the tree as of the end of 2021."""
    return Aggregator(observe(records), tree.as_of(Y2021.last_day), Policy(**policy))


def status(
    target: Target,
    tree: Hierarchy,
    records: Sequence[dict[str, Any]],
    code: str = "99",
    **policy: Any,
) -> Status:
    """The status of one target for ``code`` in 2021."""
    return result(target, tree, records, code, **policy).status


def result(
    target: Target,
    tree: Hierarchy,
    records: Sequence[dict[str, Any]],
    code: str = "99",
    **policy: Any,
) -> Result:
    """The result of one target for ``code`` in 2021."""
    return evaluate_target(target, observe(records), code, Y2021, tree, policy=Policy(**policy))


def decimal(hundredths: int) -> str:
    """A number of hundredths written as a decimal string: 8499 → "84.99"."""
    return f"{hundredths // 100}.{hundredths % 100:02d}"


def compare(op: Op, threshold: str | Fraction, **kw: Any) -> Comparison:
    """``records op threshold %``."""
    return Comparison(
        id="t", indicator=kw.pop("indicator", RECORDS), op=op, threshold=f"{threshold} %", **kw
    )


# --- strategies ---------------------------------------------------------------------------


def shapes(max_districts: int = 4, max_communes: int = 4, min_communes: int = 1) -> Any:
    """How many communes hang under each district."""
    return st.lists(
        st.integers(min_communes, max_communes), min_size=1, max_size=max_districts
    ).map(tuple)


positive_pairs = st.integers(1, 60).flatmap(
    lambda den: st.tuples(st.integers(0, den), st.just(den))
)
#: A ratio's counts; 0/0 ("nothing to measure") is drawn often.
pairs = st.one_of(st.just((0, 0)), positive_pairs, positive_pairs)
#: A ratio's counts, or None for a unit that did not report.
maybe_pairs = st.one_of(st.none(), pairs)


def pairs_for(codes: Sequence[str], of: Any = pairs) -> Any:
    """A mapping from each code to a drawn pair."""
    return st.fixed_dictionaries(dict.fromkeys(codes, of))


@st.composite
def threshold_texts(draw: st.DrawFn) -> str:
    """A percent threshold written as a decimal string: "85", "84.99", "66.67", "0.125"."""
    whole = draw(st.integers(0, 100))
    if whole == 100:
        return "100"
    digits = draw(st.integers(0, 3))
    if digits == 0:
        return str(whole)
    decimals = draw(st.integers(0, 10**digits - 1))
    text = f"{whole}.{decimals:0{digits}d}"
    # "12.345" is refused as ambiguous (a thousands separator?): write "12.3450"
    return text + "0" if digits == 3 and whole else text


thresholds = st.one_of(
    st.sampled_from(["85", "84.99", "66.67", "90", "50", "100", "0"]), threshold_texts()
)
statuses3 = st.sampled_from([Status.MET, Status.NOT_MET, Status.UNKNOWN])
statuses4 = st.sampled_from(list(Status))


# --- §5 aggregation -------------------------------------------------------------------------


@st.composite
def ratio_records(
    draw: st.DrawFn, codes: Sequence[str]
) -> tuple[list[dict[str, Any]], tuple[Fraction, Fraction]]:
    """Each code observed as counts (some 0/0) or as a percent with a weight; the exact sums.

    Returns the records and the pooled (numerator, denominator) as fractions of a unit.
    """
    records: list[dict[str, Any]] = []
    num, den = Fraction(0), Fraction(0)
    for code in codes:
        if draw(st.booleans()):
            n, d = draw(pairs)
            records.append({"indicator": "records", "code": code, "numerator": n, "denominator": d})
            num, den = num + n, den + d
        else:
            hundredths = draw(st.integers(0, 10000))
            value = Fraction(hundredths, 100)
            weight = draw(st.integers(1, 50))
            records.append(
                {
                    "indicator": "records",
                    "code": code,
                    "value": decimal(hundredths),
                    "weight": weight,
                }
            )
            num, den = num + value / 100 * weight, den + weight
    return records, (num, den)


@LAWS
@given(shape=shapes(), data=st.data())
def test_two_step_equals_one_step_ratio_of_sums(shape: Shape, data: st.DataObject) -> None:
    """Province from its districts' roll-ups equals the ratio of sums pooled over all communes."""
    records, (num, den) = data.draw(ratio_records(communes(shape)))
    agg = aggregator(tree_of(shape), records)
    two_step = agg.territory(RECORDS, "99", Y2021)
    one_step = agg.pooled(RECORDS, "99", Level.COMMUNE, Y2021)
    assert (two_step.numerator, two_step.denominator) == (num, den)
    assert (one_step.numerator, one_step.denominator) == (num, den)
    expected = Fraction(num) / den * 100 if den else None
    assert two_step.value == one_step.value == expected
    assert two_step.not_applicable == one_step.not_applicable == (den == 0)
    assert two_step.coverage == one_step.coverage == 1


@LAWS
@given(shape=shapes(), data=st.data())
def test_two_step_equals_one_step_sum(shape: Shape, data: st.DataObject) -> None:
    """Province count from its districts' sums equals the sum over all communes."""
    counts = data.draw(st.fixed_dictionaries({c: st.integers(0, 10**6) for c in communes(shape)}))
    records = [{"indicator": "dossiers", "code": c, "value": v} for c, v in counts.items()]
    agg = aggregator(tree_of(shape), records)
    two_step = agg.territory(DOSSIERS, "99", Y2021)
    one_step = agg.pooled(DOSSIERS, "99", Level.COMMUNE, Y2021)
    assert two_step.value == one_step.value == sum(counts.values())
    for d in range(1, len(shape) + 1):
        district = agg.territory(DOSSIERS, district_code(d), Y2021)
        assert district.value == sum(counts[c] for c in communes_of(shape, d))


@LAWS
@given(shape=shapes(), data=st.data())
def test_ratio_of_sums_lies_between_children(shape: Shape, data: st.DataObject) -> None:
    """Every roll-up lies between its children's min and max ratio (0/0 children excluded)."""
    given_pairs = data.draw(pairs_for(communes(shape)))
    agg = aggregator(tree_of(shape), pair_records(RECORDS, given_pairs))

    def check(parent: Rollup, children: list[Rollup]) -> None:
        applicable = [c.value for c in children if not c.not_applicable]
        values = [v for v in applicable if isinstance(v, Fraction)]
        assert len(values) == len(applicable)
        if not values:
            assert parent.not_applicable
            return
        assert isinstance(parent.value, Fraction)
        assert min(values) <= parent.value <= max(values)

    districts = []
    for d in range(1, len(shape) + 1):
        district = agg.territory(RECORDS, district_code(d), Y2021)
        check(district, [agg.territory(RECORDS, c, Y2021) for c in communes_of(shape, d)])
        districts.append(district)
    check(agg.territory(RECORDS, "99", Y2021), districts)


def _essence(rollup: Rollup) -> tuple[Any, ...]:
    return (
        rollup.value,
        rollup.numerator,
        rollup.denominator,
        rollup.coverage,
        rollup.reported,
        rollup.expected,
        rollup.not_applicable,
        sorted(rollup.missing),
        sorted(rollup.parts),
    )


@LAWS
@given(
    shape=shapes(),
    data=st.data(),
    min_coverage=st.sampled_from(["0", "1/3", "1/2", "2/3", "1"]),
)
def test_order_of_children_never_matters(
    shape: Shape, data: st.DataObject, min_coverage: str
) -> None:
    """Permuting the units of the hierarchy and the observation records changes no result."""
    given_pairs = data.draw(pairs_for(communes(shape), maybe_pairs))
    records = pair_records(RECORDS, given_pairs)
    units = units_of(shape)
    shuffled_units = data.draw(st.permutations(units))
    shuffled_records = data.draw(st.permutations(records))
    first = Hierarchy(tuple(units))
    second = Hierarchy(tuple(shuffled_units))
    agg1 = aggregator(first, records, min_coverage=min_coverage)
    agg2 = aggregator(second, shuffled_records, min_coverage=min_coverage)
    for code in ["99", *(district_code(d) for d in range(1, len(shape) + 1))]:
        assert _essence(agg1.territory(RECORDS, code, Y2021)) == _essence(
            agg2.territory(RECORDS, code, Y2021)
        )
    assert _essence(agg1.pooled(RECORDS, "99", Level.COMMUNE, Y2021)) == _essence(
        agg2.pooled(RECORDS, "99", Level.COMMUNE, Y2021)
    )
    share = Share(
        id="s", level=Level.COMMUNE, condition=compare(Op.GE, "50"), op=Op.GE, threshold="50 %"
    )
    targets: list[Target] = [
        compare(Op.GE, "85"),
        share,
        compare(Op.GE, "85", scope=Scope.each(Level.COMMUNE)),
    ]
    for target in targets:
        one = result(target, first, records, min_coverage=min_coverage)
        two = result(target, second, shuffled_records, min_coverage=min_coverage)
        assert (one.status, one.observed, one.coverage) == (two.status, two.observed, two.coverage)
    peers = [district_code(d) for d in range(1, len(shape) + 1)]
    rank = Rank(id="r", indicator=RECORDS, k=1)
    for peer in peers:
        assert status(rank, first, records, peer, min_coverage=min_coverage) is status(
            rank, second, shuffled_records, peer, min_coverage=min_coverage
        )


@FAST
@given(statuses=st.lists(statuses4, max_size=8), data=st.data())
def test_order_of_parts_never_matters_in_combine(
    statuses: list[Status], data: st.DataObject
) -> None:
    """combine() gives the same status for every order of its parts."""
    needed = data.draw(st.one_of(st.none(), st.integers(1, max(1, len(statuses)))))
    shuffled = data.draw(st.permutations(statuses))
    assert combine(statuses, needed) is combine(shuffled, needed)


@LAWS
@given(shape=shapes(), data=st.data())
def test_adding_a_zero_over_zero_child_changes_nothing(shape: Shape, data: st.DataObject) -> None:
    """A commune (or a whole district) with 0/0 leaves every value unchanged, coverage full."""
    given_pairs = data.draw(pairs_for(communes(shape)))
    grown_district = data.draw(st.integers(1, len(shape)))
    new_district = data.draw(st.booleans())
    bigger = list(shape)
    bigger[grown_district - 1] += 1
    extra = {commune_code(grown_district, bigger[grown_district - 1]): (0, 0)}
    if new_district:
        bigger.append(data.draw(st.integers(1, 3)))
        extra.update(dict.fromkeys(communes_of(tuple(bigger), len(bigger)), (0, 0)))
    before = aggregator(tree_of(shape), pair_records(RECORDS, given_pairs))
    after = aggregator(tree_of(tuple(bigger)), pair_records(RECORDS, {**given_pairs, **extra}))
    for code in ["99", *(district_code(d) for d in range(1, len(shape) + 1))]:
        old, new = before.territory(RECORDS, code, Y2021), after.territory(RECORDS, code, Y2021)
        assert (new.value, new.not_applicable) == (old.value, old.not_applicable)
        assert (new.numerator, new.denominator) == (old.numerator, old.denominator)
        assert old.coverage == new.coverage == 1
    old = before.pooled(RECORDS, "99", Level.COMMUNE, Y2021)
    new = after.pooled(RECORDS, "99", Level.COMMUNE, Y2021)
    assert (new.value, new.coverage) == (old.value, old.coverage) == (old.value, Fraction(1))
    target = compare(Op.GE, data.draw(thresholds))
    assert status(target, tree_of(shape), pair_records(RECORDS, given_pairs)) is status(
        target, tree_of(tuple(bigger)), pair_records(RECORDS, {**given_pairs, **extra})
    )


scores = st.integers(0, 10000)


@LAWS
@given(shape=shapes(), data=st.data(), weight=st.one_of(st.none(), st.integers(1, 1000)))
def test_weighted_mean_with_equal_weights_is_the_mean(
    shape: Shape, data: st.DataObject, weight: int | None
) -> None:
    """A score rolled up by weighted mean with one weight for all is the plain mean."""
    drawn = data.draw(st.fixed_dictionaries(dict.fromkeys(communes(shape), scores)))
    values = {code: Fraction(k, 100) for code, k in drawn.items()}
    records = []
    for code, hundredths in drawn.items():
        for indicator in (SCORE, SCORE_MEAN):
            row: dict[str, Any] = {
                "indicator": indicator.id,
                "code": code,
                "value": decimal(hundredths),
            }
            if weight is not None:
                row["weight"] = weight
            records.append(row)
    agg = aggregator(tree_of(shape), records)
    for d in range(1, len(shape) + 1):
        under = [values[c] for c in communes_of(shape, d)]
        mean = sum(under, Fraction(0)) / len(under)
        assert agg.territory(SCORE, district_code(d), Y2021).value == mean
        assert agg.territory(SCORE_MEAN, district_code(d), Y2021).value == mean
    # Equal weights carry up as additive pairs: the province is the mean over all communes.
    everything = list(values.values())
    assert agg.territory(SCORE, "99", Y2021).value == sum(everything, Fraction(0)) / len(everything)


# --- §7 three-valued logic ------------------------------------------------------------------


def all_of(statuses: Sequence[Status]) -> Status:
    """The "all of" of docs/semantics.md §7, in its own words."""
    applicable = [s for s in statuses if s is not Status.NOT_APPLICABLE]
    if not applicable:
        return Status.NOT_APPLICABLE
    if Status.NOT_MET in applicable:
        return Status.NOT_MET
    if all(s is Status.MET for s in applicable):
        return Status.MET
    return Status.UNKNOWN


def any_of(statuses: Sequence[Status]) -> Status:
    """The "any of" of docs/semantics.md §7, in its own words."""
    applicable = [s for s in statuses if s is not Status.NOT_APPLICABLE]
    if not applicable:
        return Status.NOT_APPLICABLE
    if Status.MET in applicable:
        return Status.MET
    if all(s is Status.NOT_MET for s in applicable):
        return Status.NOT_MET
    return Status.UNKNOWN


@FAST
@given(statuses=st.lists(statuses4, min_size=1, max_size=10))
def test_all_of_is_at_least_m_and_any_of_is_at_least_1_on_statuses(
    statuses: list[Status],
) -> None:
    """combine(all) ≡ combine(at least m) and combine(at least 1) ≡ any of, on status lists."""
    applicable = [s for s in statuses if s is not Status.NOT_APPLICABLE]
    assert combine(statuses) is all_of(statuses)
    assert combine(statuses, 1) is any_of(statuses)
    if applicable:
        # m counts the applicable parts: NOT_APPLICABLE parts are dropped first.
        assert combine(statuses) is combine(statuses, len(applicable))
        assert combine(applicable) is combine(applicable, len(applicable))


@st.composite
def part_records(draw: st.DrawFn, allow_empty: bool = True) -> list[dict[str, Any]]:
    """For each part indicator at province 99: counts, 0/0 (if allowed) or nothing."""
    pair = pairs if allow_empty else positive_pairs
    observed = draw(st.fixed_dictionaries({i.id: st.one_of(st.none(), pair) for i in PARTS}))
    return [
        {"indicator": code, "code": "99", "numerator": p[0], "denominator": p[1]}
        for code, p in observed.items()
        if p is not None
    ]


@LAWS
@given(
    records=part_records(),
    data=st.data(),
    size=st.integers(1, len(PARTS)),
)
def test_all_of_is_at_least_m_and_any_of_is_at_least_1_on_targets(
    records: list[dict[str, Any]], data: st.DataObject, size: int
) -> None:
    """On real targets, any of ≡ at least 1 always; all of ≡ at least m without 0/0 parts."""
    parts = tuple(
        Comparison(
            id=f"p{i}",
            indicator=PARTS[i],
            op=data.draw(st.sampled_from(list(Op))),
            threshold=f"{data.draw(thresholds)} %",
        )
        for i in range(size)
    )
    tree = tree_of(())
    any_status = status(AnyOf(id="any", parts=parts), tree, records)
    assert any_status is status(AtLeast(id="n", n=1, parts=parts), tree, records)
    all_status = status(AllOf(id="all", parts=parts), tree, records)
    part_statuses = [status(p, tree, records) for p in parts]
    assert all_status is all_of(part_statuses)
    assert any_status is any_of(part_statuses)
    if Status.NOT_APPLICABLE not in part_statuses:
        assert all_status is status(AtLeast(id="n", n=size, parts=parts), tree, records)


def _resolve(statuses: Sequence[Status], fills: Sequence[Status]) -> list[Status]:
    it = iter(fills)
    return [next(it) if s is Status.UNKNOWN else s for s in statuses]


@FAST
@given(statuses=st.lists(statuses4, min_size=1, max_size=10), data=st.data())
def test_resolving_unknown_parts_never_contradicts_combine(
    statuses: list[Status], data: st.DataObject
) -> None:
    """A definite all of / any of / at least n stays the same whatever the UNKNOWNs become."""
    needed = data.draw(st.one_of(st.none(), st.integers(1, len(statuses))))
    before = combine(statuses, needed)
    unknowns = statuses.count(Status.UNKNOWN)
    fills = data.draw(
        st.lists(
            st.sampled_from([Status.MET, Status.NOT_MET]), min_size=unknowns, max_size=unknowns
        )
    )
    after = combine(_resolve(statuses, fills), needed)
    if before in (Status.MET, Status.NOT_MET):
        assert after is before
    else:
        assert after is not Status.UNKNOWN  # nothing unknown is left


@LAWS
@given(
    values=st.lists(maybe_pairs, min_size=1, max_size=8),
    data=st.data(),
    condition_op=st.sampled_from(list(Op)),
    share_op=st.sampled_from(list(Op)),
    condition_at=thresholds,
    share_at=thresholds,
)
@example(  # docs/semantics.md, worked vector 4, as counts: 5 yes, 1 unknown, 5 no of 11
    values=[(1, 1)] * 5 + [None] + [(0, 1)] * 5,
    data=None,
    condition_op=Op.GE,
    share_op=Op.GE,
    condition_at="100",
    share_at="50",
)
def test_resolving_unknown_units_never_contradicts_a_share(
    values: list[Pair | None],
    data: st.DataObject | None,
    condition_op: Op,
    share_op: Op,
    condition_at: str,
    share_at: str,
) -> None:
    """A definite share stays the same whatever the missing units turn out to be."""
    shape = (0,) * len(values)
    tree = tree_of(shape)
    codes = [district_code(d) for d in range(1, len(values) + 1)]
    condition = compare(condition_op, condition_at)
    share = Share(
        id="s", level=Level.DISTRICT, condition=condition, op=share_op, threshold=f"{share_at} %"
    )
    before = status(share, tree, pair_records(RECORDS, dict(zip(codes, values, strict=True))))
    filled = [
        (data.draw(pairs) if data is not None else (1, 1)) if v is None else v for v in values
    ]
    after = status(share, tree, pair_records(RECORDS, dict(zip(codes, filled, strict=True))))
    if before in (Status.MET, Status.NOT_MET):
        if after is Status.NOT_APPLICABLE:  # every unit turned out to have nothing to measure
            assert all(p[1] == 0 for p in filled)
        else:
            assert after is before
    if data is None:
        assert (before, after) == (Status.UNKNOWN, Status.MET)


@LAWS
@given(
    values=st.lists(maybe_pairs, min_size=1, max_size=8),
    own=positive_pairs,
    data=st.data(),
    lower_is_better=st.booleans(),
)
def test_resolving_unknown_peers_never_contradicts_a_rank(
    values: list[Pair | None], own: Pair, data: st.DataObject, lower_is_better: bool
) -> None:
    """A definite rank stays the same whatever the missing peers turn out to be."""
    from cchc_model.model.indicators import Direction

    indicator = RECORDS
    if lower_is_better:
        indicator = Indicator(
            id="records",
            name="Hồ sơ trễ hạn",
            measure=MeasureKind.RATIO,
            direction=Direction.LOWER_IS_BETTER,
        )
    all_values = [own, *values]
    tree = tree_of((0,) * len(all_values))
    codes = [district_code(d) for d in range(1, len(all_values) + 1)]
    k = data.draw(st.integers(1, len(all_values)))
    rank = Rank(id="r", indicator=indicator, k=k)
    before_records = pair_records(indicator, dict(zip(codes, all_values, strict=True)))
    filled = [data.draw(pairs) if v is None else v for v in all_values]
    after_records = pair_records(indicator, dict(zip(codes, filled, strict=True)))
    before = evaluate_target(rank, _observe_with(indicator, before_records), codes[0], Y2021, tree)
    after = evaluate_target(rank, _observe_with(indicator, after_records), codes[0], Y2021, tree)
    if before.status in (Status.MET, Status.NOT_MET):
        assert after.status is before.status
    assert after.status is not Status.UNKNOWN


def _observe_with(indicator: Indicator, records: list[dict[str, Any]]) -> ObservationSet:
    return ObservationSet.from_records([{"period": "2021", **r} for r in records], [indicator])


# --- monotonicity ------------------------------------------------------------------------


@st.composite
def raised_pairs(draw: st.DrawFn) -> tuple[Pair, Pair]:
    """Two pairs whose second ratio is at least the first."""
    before = draw(positive_pairs)
    after = draw(positive_pairs)
    if Fraction(after[0], after[1]) < Fraction(before[0], before[1]):
        before, after = after, before
    return before, after


@LAWS
@given(
    change=raised_pairs(),
    op=st.sampled_from([Op.GE, Op.GT]),
    at=thresholds,
    low_inclusive=st.booleans(),
)
def test_raising_a_value_never_breaks_a_floor(
    change: tuple[Pair, Pair], op: Op, at: str, low_inclusive: bool
) -> None:
    """Raising a higher-is-better value never turns ≥, > or between's low end MET into NOT_MET."""
    tree = tree_of(())
    low, high = change
    targets: list[Target] = [compare(op, at)]
    if Fraction(at) < 100 or low_inclusive:
        targets.append(
            Between(
                id="b",
                indicator=RECORDS,
                low=f"{at} %",
                high="100 %",
                low_inclusive=low_inclusive,
                high_inclusive=True,
            )
        )
    for target in targets:
        before = status(target, tree, pair_records(RECORDS, {"99": low}))
        after = status(target, tree, pair_records(RECORDS, {"99": high}))
        assert ORDER[after] >= ORDER[before]


@LAWS
@given(
    values=st.lists(st.one_of(st.none(), positive_pairs), min_size=1, max_size=8),
    data=st.data(),
    share_op=st.sampled_from([Op.GE, Op.GT]),
    condition_op=st.sampled_from([Op.GE, Op.GT]),
    condition_at=thresholds,
    share_at=thresholds,
)
def test_raising_values_never_breaks_a_share(
    values: list[Pair | None],
    data: st.DataObject,
    share_op: Op,
    condition_op: Op,
    condition_at: str,
    share_at: str,
) -> None:
    """Raising units' values never lowers a share floor's status (NOT_MET < UNKNOWN < MET)."""
    codes = [district_code(d) for d in range(1, len(values) + 1)]
    raised: list[Pair | None] = []
    for v in values:
        if v is None:
            raised.append(None)
        else:
            n = data.draw(st.integers(v[0], v[1]))
            raised.append((n, v[1]))
    tree = tree_of((0,) * len(values))
    share = Share(
        id="s",
        level=Level.DISTRICT,
        condition=compare(condition_op, condition_at),
        op=share_op,
        threshold=f"{share_at} %",
    )
    before = status(share, tree, pair_records(RECORDS, dict(zip(codes, values, strict=True))))
    after = status(share, tree, pair_records(RECORDS, dict(zip(codes, raised, strict=True))))
    assert ORDER[after] >= ORDER[before]


@LAWS
@given(
    values=st.lists(maybe_pairs, min_size=0, max_size=8),
    change=raised_pairs(),
    data=st.data(),
)
def test_raising_a_value_never_worsens_a_rank(
    values: list[Pair | None], change: tuple[Pair, Pair], data: st.DataObject
) -> None:
    """Raising a unit's own higher-is-better value never lowers its rank status."""
    codes = [district_code(d) for d in range(1, len(values) + 2)]
    tree = tree_of((0,) * len(codes))
    rank = Rank(id="r", indicator=RECORDS, k=data.draw(st.integers(1, len(codes))))
    low, high = change
    before = status(
        rank, tree, pair_records(RECORDS, dict(zip(codes, [low, *values], strict=True))), codes[0]
    )
    after = status(
        rank, tree, pair_records(RECORDS, dict(zip(codes, [high, *values], strict=True))), codes[0]
    )
    assert ORDER[after] >= ORDER[before]


# --- §8 exactness ---------------------------------------------------------------------------


@FAST
@given(pair=positive_pairs, at=thresholds, op=st.sampled_from(list(Op)))
@example(pair=(2, 3), at="66.67", op=Op.GE)
@example(pair=(17, 20), at="85", op=Op.GE)
@example(pair=(8499, 10000), at="84.99", op=Op.GE)
@example(pair=(9, 10), at="90", op=Op.GT)
def test_comparisons_agree_with_a_fraction_oracle(pair: Pair, at: str, op: Op) -> None:
    """num/den against a decimal threshold is decided as Fraction(num, den)·100 op Fraction(t)."""
    expected = OPS[op](Fraction(pair[0], pair[1]) * 100, Fraction(at))
    got = status(compare(op, at), tree_of(()), pair_records(RECORDS, {"99": pair}))
    assert got is (Status.MET if expected else Status.NOT_MET)


floats = st.one_of(
    st.integers(0, 1000).map(lambda k: k / 1000),
    st.integers(0, 10000).map(lambda k: k / 10000),
    st.floats(min_value=1e-12, max_value=1.0, allow_nan=False, allow_infinity=False),
)


@FAST
@given(value=floats, at=thresholds, op=st.sampled_from(list(Op)), as_text=st.booleans())
@example(value=0.85, at="85", op=Op.GE, as_text=False)
@example(value=0.85, at="85", op=Op.EQ, as_text=False)
@example(value=0.8499, at="84.99", op=Op.EQ, as_text=False)
@example(value=0.1 + 0.2, at="30", op=Op.GT, as_text=False)
def test_floats_are_read_by_their_shortest_repr(
    value: float, at: str, op: Op, as_text: bool
) -> None:
    """A float observed in proportion is compared as Fraction(repr(value)) · 100, exactly."""
    record = {
        "indicator": "records",
        "code": "99",
        "value": repr(value) if as_text else value,
        "unit": "proportion",
    }
    expected = OPS[op](Fraction(repr(value)) * 100, Fraction(at))
    got = status(compare(op, at), tree_of(()), [record])
    assert got is (Status.MET if expected else Status.NOT_MET)


# --- §5 coverage ----------------------------------------------------------------------------


def _oracle(
    shape: Shape, given_pairs: dict[str, Pair | None], minimum: Fraction
) -> tuple[Pair | None, Fraction]:
    """The province's pooled pair (None when it has no value) and its coverage, by hand."""

    def roll(children: list[Pair | None]) -> tuple[Pair | None, Fraction]:
        known = [c for c in children if c is not None]
        coverage = Fraction(len(known), len(children))
        if coverage < minimum or not known:
            return None, coverage
        return (sum(k[0] for k in known), sum(k[1] for k in known)), coverage

    districts = [
        roll([given_pairs[c] for c in communes_of(shape, d)])[0] for d in range(1, len(shape) + 1)
    ]
    return roll(districts)


@LAWS
@given(
    shape=shapes(),
    data=st.data(),
    minimum=st.one_of(
        st.sampled_from(
            [Fraction(0), Fraction(1, 2), Fraction(2, 3), Fraction(9, 10), Fraction(1)]
        ),
        st.fractions(min_value=0, max_value=1, max_denominator=12),
    ),
    at=thresholds,
)
def test_coverage_below_the_minimum_is_unknown(
    shape: Shape, data: st.DataObject, minimum: Fraction, at: str
) -> None:
    """Coverage below min_coverage is UNKNOWN, never MET/NOT_MET; at or above it gives a value."""
    given_pairs = data.draw(pairs_for(communes(shape), maybe_pairs))
    records = pair_records(RECORDS, given_pairs)
    pooled, coverage = _oracle(shape, given_pairs, minimum)
    outcome = result(compare(Op.GE, at), tree_of(shape), records, min_coverage=minimum)
    assert outcome.coverage == coverage
    if coverage < minimum:
        assert outcome.status is Status.UNKNOWN
    elif pooled is None:  # nothing at all reported, and a minimum of 0 lets that through
        assert outcome.status is Status.UNKNOWN
        assert coverage == 0
    elif pooled[1] == 0:
        assert outcome.status is Status.NOT_APPLICABLE
    else:
        assert outcome.observed == Fraction(pooled[0], pooled[1]) * 100
        assert outcome.status is (
            Status.MET if Fraction(pooled[0], pooled[1]) * 100 >= Fraction(at) else Status.NOT_MET
        )
    rollup = aggregator(tree_of(shape), records, min_coverage=minimum).territory(
        RECORDS, "99", Y2021
    )
    assert rollup.coverage == coverage
    if coverage < minimum:
        assert rollup.value is None
        assert not rollup.not_applicable
