"""Every evaluator against an independent oracle (``tests/oracle.py``).

The reference evaluator (``cchc_model.evaluate``) and ``cchc_model.batch.evaluate_many``
on each dataframe engine must give, row by row, what the oracle derives from the
contract: statuses, exact observed values, yes/no flags, gaps and coverage, for every
root and period drawn. Rows are compared as lists, so a repeated row is a difference.

The oracle is checked on its own against the worked vectors of docs/semantics.md, so
that agreement with it means something.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from collections.abc import Callable, Iterator
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings

pl = pytest.importorskip("polars")
pytest.importorskip("narwhals")

import cchc_model as cm  # noqa: E402
from cchc_model import (  # noqa: E402
    AtLeast,
    Change,
    Comparison,
    Indicator,
    Level,
    MeasureKind,
    Op,
    Period,
    Plan,
    Rank,
    Scope,
    Share,
    SpatialRule,
    TemporalRule,
)
from cchc_model.batch import evaluate_many  # noqa: E402
from cchc_model.engines.frame.leaves import reference_only  # noqa: E402
from cchc_model.rules.timing import timed  # noqa: E402
from engine_scenarios import EngineScenario, engine_scenarios  # noqa: E402
from oracle import MET, NA, NOT_MET, UNKNOWN, Row, evaluate_plan  # noqa: E402
from runtimes import java_missing, need  # noqa: E402
from trees import province_tree_of  # noqa: E402

SLOW = pytest.mark.slow_engine
QUIET = list(HealthCheck)

# -- rows -------------------------------------------------------------------------------


def oracle_rows(s: EngineScenario) -> list[Row]:
    return evaluate_plan(
        s.plan,
        s.records,
        s.tree,
        roots=s.roots,
        periods=s.periods,
        min_coverage=s.min_coverage,
    )


def _result_rows(result: Any, root: str, period: str, depth: int = 0, parent: Any = None):
    """A reference ``Result`` and its parts as rows, in the batch table's conventions."""
    observed, flag = result.observed, None
    if isinstance(observed, bool):
        observed, flag = None, observed
    elif isinstance(observed, str):  # an ordinal level: its index, as the table shows it
        observed = Fraction(result.target.indicator.levels.index(observed))
    yield Row(
        root,
        result.target.id,
        parent,
        depth,
        result.code,
        period,
        result.status.value,
        None if observed is None else Fraction(observed),
        flag,
        result.gap,
        result.coverage,
    )
    for part in result.parts:  # a part read on its own period (a recurrence) shows it
        yield from _result_rows(part, root, part.period.label, depth + 1, result.target.id)


def reference_rows(s: EngineScenario) -> list[Row]:
    observations = cm.ObservationSet.from_records(list(s.records), s.plan.indicators)
    rows: list[Row] = []
    for period in s.periods:
        for root in s.roots:
            evaluation = cm.evaluate(
                s.plan, observations, s.tree, period, code=root, policy=s.policy, engine="reference"
            )
            for result in evaluation.results:
                rows.extend(_result_rows(result, root, period.label))
    return rows


def _fraction(num: Any, den: Any) -> Fraction | None:
    return None if num is None else Fraction(int(num), int(den))


def table_rows(table: Any) -> list[Row]:
    return [
        Row(
            r["root"],
            r["target"],
            r["parent"] or None,
            r["depth"],
            r["code"],
            r["period"],
            r["status"],
            _fraction(r["observed_num"], r["observed_den"]),
            r["observed_flag"],
            _fraction(r["gap_num"], r["gap_den"]),
            _fraction(r["coverage_num"], r["coverage_den"]),
        )
        for r in table.to_dicts()
    ]


def assert_same(got: list[Row], want: list[Row], what: str) -> None:
    """The same rows, each as many times (the order does not matter)."""
    if sorted(got, key=repr) == sorted(want, key=repr):
        return
    extra, missing = Counter(got) - Counter(want), Counter(want) - Counter(got)
    lines = [f"{what} differs from the oracle ({len(got)} rows, oracle {len(want)}):"]
    lines += [f"  {what} only: {row} x{n}" for row, n in sorted(extra.items(), key=repr)[:12]]
    lines += [f"  oracle only: {row} x{n}" for row, n in sorted(missing.items(), key=repr)[:12]]
    raise AssertionError("\n".join(lines))


def batch_of(s: EngineScenario, data: Any) -> Any:
    return evaluate_many(s.plan, data, s.tree, periods=s.periods, codes=s.roots, policy=s.policy)


# -- the reference evaluator and polars ---------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=QUIET)
@given(engine_scenarios())
def test_reference_evaluator_matches_the_oracle(s: EngineScenario) -> None:
    assert_same(reference_rows(s), oracle_rows(s), "reference")


#: a period's targets all handed to the reference engine, said once for the period
_PERIOD_HANDED = re.compile(r"(?P<labels>[^:]*\d{4}[^:]*): evaluated by the reference engine")


def _handed_over(target: Any, s: EngineScenario) -> bool:
    """Whether the dataframe engine hands ``target`` to the reference engine by design
    (a sub-quota, a target at each member of a breakdown, a target with its own timing
    in the periods evaluated, a plan with agencies), saying so."""
    return bool(s.plan.agencies or reference_only(target) or timed(target, list(s.periods)))


def test_polars_matches_the_oracle_and_stays_vectorised() -> None:
    """polars, eager: the oracle's rows, and at least 90 % of the top-level results of
    the targets it is meant to decide decided by the vectorised engine over all draws
    (the forms it hands over by design are counted apart, and must be decided by the
    reference engine with a warning saying why)."""
    engines: Counter[str] = Counter()
    handed: Counter[str] = Counter()

    @settings(max_examples=60, deadline=None, suppress_health_check=QUIET)
    @given(engine_scenarios())
    def run(s: EngineScenario) -> None:
        batch = batch_of(s, s.frame())
        assert_same(table_rows(batch.table), oracle_rows(s), "polars")
        by_design = {t.id for t in s.plan.targets if _handed_over(t, s)}
        top = batch.table.filter(batch.table["depth"] == 0)
        said = " | ".join(batch.warnings)
        # a whole period handed over says so once for all its targets ("2021: evaluated by the
        # reference engine: a mean … over values of different precision")
        periods_handed = {
            label
            for warning in batch.warnings
            if (whole := _PERIOD_HANDED.match(warning))
            for label in whole["labels"].split(", ")
        }
        rows = zip(top["target"], top["engine"], top["period"], strict=True)
        for target, engine, period in rows:
            if target in by_design:
                handed[engine] += 1
                assert engine == "reference", target
                whose = "" if s.plan.agencies else f"{target}: "  # a plan's: its periods'
                told = f"{whose}evaluated by the reference engine" in said
                assert told or period in periods_handed, said
            elif engine == "reference" and period in periods_handed:
                handed["whole period"] += 1  # by design too: said once for the period
            else:
                engines[engine] += 1

    run()
    total = sum(engines.values())
    assert total, "no rows drawn"
    assert engines["vectorised"] >= 0.9 * total, (engines, handed)


# -- the other engines ------------------------------------------------------------------

_DDL = {"String": "string", "Int64": "bigint", "Float64": "double"}


def _ddl(frame: Any) -> str:
    return ", ".join(f"{name} {_DDL[str(dtype)]}" for name, dtype in frame.schema.items())


def _sqlframe(frame: Any, request: pytest.FixtureRequest) -> Any:
    session = need("sqlframe.duckdb").DuckDBSession()
    rows = frame.rows() or [tuple(None for _ in frame.columns)]
    made = session.createDataFrame(rows, schema=_ddl(frame))
    return made if len(frame) else made.where("1 = 0")


def _duckdb(frame: Any, request: pytest.FixtureRequest) -> Any:
    return need("duckdb").from_arrow(frame.to_arrow())


def _dask(frame: Any, request: pytest.FixtureRequest) -> Any:
    dd = need("dask.dataframe")
    return dd.from_pandas(frame.to_pandas(), npartitions=2)


def _spark(frame: Any, request: pytest.FixtureRequest) -> Any:
    spark = request.getfixturevalue("spark")
    return spark.createDataFrame(frame.rows(), schema=_ddl(frame))


ENGINES: dict[str, Callable[[Any, pytest.FixtureRequest], Any]] = {
    "polars-lazy": lambda frame, _: frame.lazy(),
    "pandas": lambda frame, _: need("pandas") and frame.to_pandas(),
    "pyarrow": lambda frame, _: need("pyarrow") and frame.to_arrow(),
    "duckdb": _duckdb,
    "sqlframe": _sqlframe,
    "dask": _dask,
    "dask-distributed": _dask,
    "pyspark": _spark,
}


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """One local Spark session for the whole test session."""
    sql = need("pyspark.sql")
    missing = java_missing()
    if missing:
        pytest.skip(missing)
    session = (
        sql.SparkSession.builder.master("local[2]")
        .appName("cchc-engines-oracle")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        # tiny data: planning and code generation cost more than they save
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.sql.codegen.wholeStage", "false")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def dask_client() -> Iterator[Any]:
    """One small in-process Dask cluster for the whole test session (not the default)."""
    distributed = need("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    )
    client = distributed.Client(cluster, set_as_default=False)
    yield client
    client.close()
    cluster.close()


def _context(engine: str, request: pytest.FixtureRequest) -> Any:
    if engine != "dask-distributed":
        return contextlib.nullcontext()
    dask = need("dask")
    return dask.config.set(scheduler=request.getfixturevalue("dask_client"))


# A slow engine reports its first failure as drawn: shrinking it would cost minutes.
NO_SHRINK = (Phase.explicit, Phase.reuse, Phase.generate)
# Scenario sizes: every form nested two deep, several periods and roots; smaller for the
# engines that take seconds per query (SQLFrame compiles each through sqlglot, Dask and
# Spark schedule each intermediate result).
SIZES: dict[str, dict[str, int]] = {
    "full": {"max_targets": 3},
    "medium": {"max_targets": 2, "max_depth": 2, "max_periods": 1},
    "small": {"max_targets": 1, "max_depth": 1, "max_periods": 1},
}


@pytest.mark.parametrize(
    ("engine", "examples", "size"),
    [
        pytest.param("polars-lazy", 15, "full", id="polars-lazy"),
        pytest.param("pandas", 10, "full", id="pandas"),
        pytest.param("pyarrow", 10, "full", id="pyarrow"),
        pytest.param("duckdb", 10, "full", id="duckdb"),
        pytest.param("sqlframe", 2, "small", marks=SLOW, id="sqlframe"),
        pytest.param("dask", 2, "medium", marks=SLOW, id="dask"),
        pytest.param("dask-distributed", 2, "medium", marks=SLOW, id="dask-distributed"),
        pytest.param("pyspark", 2, "small", marks=SLOW, id="pyspark"),
    ],
)
def test_engine_matches_the_oracle(
    engine: str, examples: int, size: str, request: pytest.FixtureRequest
) -> None:
    convert = ENGINES[engine]

    @settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=QUIET,
        phases=NO_SHRINK if request.node.get_closest_marker("slow_engine") else tuple(Phase),
    )
    @given(engine_scenarios(**SIZES[size]))
    def run(s: EngineScenario) -> None:
        with _context(engine, request):
            batch = batch_of(s, convert(s.frame(), request))
            got = table_rows(batch.table)
        assert_same(got, oracle_rows(s), engine)

    run()


# -- the oracle is not vacuous: the worked vectors of docs/semantics.md ------------------

Y2021 = Period.year(2021)
SATISFACTION = Indicator(id="satisfaction", name="Mức độ hài lòng", measure=MeasureKind.RATIO)
RECORDS = Indicator(id="records", name="Hồ sơ xử lý trên mạng", measure=MeasureKind.RATIO)
ON_TIME = Indicator(id="on_time", name="Hồ sơ đúng hạn", measure=MeasureKind.RATIO)
ONE_STOP = Indicator(id="one_stop", name="Một cửa hiện đại", measure=MeasureKind.BOOLEAN)
UNITS = Indicator(id="units", name="Đơn vị tự chủ", measure=MeasureKind.COUNT, unit="unit")
SCORE = Indicator(id="par_score", name="Chỉ số CCHC", measure=MeasureKind.SCORE, unit="point")


def plan_of(*targets: Any) -> Plan:
    """A 2021 plan of the test province with these targets."""
    indicators = {i.id: i for t in targets for i in t.indicators()}
    return Plan(
        id="p",
        title="Kế hoạch thử",
        issuer="99",
        period=Y2021,
        targets=targets,
        indicators=tuple(indicators.values()),
    )


def oracle_top(
    target: Any, rows: list[dict[str, Any]], tree: cm.Hierarchy | None = None, code: str = "99"
) -> Row:
    """The oracle's top row for one target at one unit in 2021."""
    plan = plan_of(target)
    records = [{"period": "2021", **row} for row in rows]
    tree = tree or province_tree_of([1])
    found = evaluate_plan(plan, records, tree, roots=[code], periods=[Y2021])
    return next(r for r in found if r.depth == 0)


def at_least_85(indicator: Indicator = SATISFACTION, id: str = "t", **kw: Any) -> Comparison:
    return Comparison(id=id, indicator=indicator, op=Op.GE, threshold="85 %", **kw)


@pytest.mark.parametrize(
    ("op", "threshold", "value", "status"),
    [
        (Op.GE, "85 %", "85", MET),  # §11.1
        (Op.GE, "85 %", "84.99", NOT_MET),
        (Op.GT, "90 %", "90", NOT_MET),  # §11.2
        (Op.GT, "90 %", "90.1", MET),
    ],
)
def test_oracle_compares_exactly(op: Op, threshold: str, value: str, status: str) -> None:
    """§11.1 and §11.2: thresholds are met or not to the last digit."""
    target = Comparison(id="t", indicator=SATISFACTION, op=op, threshold=threshold)
    row = oracle_top(target, [{"indicator": "satisfaction", "code": "99", "value": value}])
    assert (row.status, row.observed) == (status, Fraction(value))


def test_oracle_reads_17_of_20_and_2_of_3_exactly() -> None:
    """§8: 17 of 20 meets ≥ 85 %; 2 of 3 does not meet ≥ 66.67 %."""
    pair = {"indicator": "satisfaction", "code": "99", "numerator": 17, "denominator": 20}
    assert oracle_top(at_least_85(), [pair]).status == MET
    target = Comparison(id="t", indicator=SATISFACTION, op=Op.GE, threshold="66.67 %")
    row = oracle_top(target, [{**pair, "numerator": 2, "denominator": 3}])
    assert (row.status, row.observed) == (NOT_MET, Fraction(200, 3))


def test_oracle_pools_a_ratio_of_sums() -> None:
    """§11.3: 9/10 and 80/100 pool to 89/110 = 80.9 %, NOT_MET (a mean would pass)."""
    rows = [
        {"indicator": "records", "code": "90101", "numerator": 9, "denominator": 10},
        {"indicator": "records", "code": "90102", "numerator": 80, "denominator": 100},
    ]
    target = at_least_85(RECORDS, scope=Scope.pooled(Level.COMMUNE))
    row = oracle_top(target, rows, province_tree_of([2]))
    assert (row.status, row.observed, row.coverage) == (NOT_MET, Fraction(8900, 110), 1)
    assert row.gap == 85 - Fraction(8900, 110)


def test_oracle_bounds_a_share_with_unknown_units() -> None:
    """§11.4: 5 yes, 1 unknown, 5 no of 11 districts is UNKNOWN for ≥ 50 %; then MET."""
    tree = province_tree_of([0] * 11)
    flags = ["true"] * 5 + ["false"] * 5
    rows = [
        {"indicator": "one_stop", "code": f"9{d + 1:02d}", "value": f} for d, f in enumerate(flags)
    ]
    condition = Comparison(id="c", indicator=ONE_STOP, op=Op.EQ, threshold=True)
    share = Share(id="s", level=Level.DISTRICT, condition=condition, op=Op.GE, threshold="50 %")
    assert oracle_top(share, rows, tree).status == UNKNOWN
    found = oracle_top(
        share, [*rows, {"indicator": "one_stop", "code": "911", "value": "yes"}], tree
    )
    assert (found.status, found.observed) == (MET, Fraction(600, 11))


@pytest.mark.parametrize(
    ("met", "unknown", "not_met", "status"),
    [(8, 0, 2, MET), (7, 2, 1, UNKNOWN), (6, 1, 3, NOT_MET)],
)
def test_oracle_counts_at_least_8_of_10(met: int, unknown: int, not_met: int, status: str) -> None:
    """§11.5: at least 8 of 10 parts, each on its own indicator."""
    parts, rows = [], []
    values = ["90"] * met + [None] * unknown + ["50"] * not_met
    for i, value in enumerate(values):
        indicator = Indicator(id=f"i{i}", name=f"Chỉ tiêu {i}", measure=MeasureKind.RATIO)
        parts.append(at_least_85(indicator, id=f"p{i}"))
        if value is not None:
            rows.append({"indicator": f"i{i}", "code": "99", "value": value})
    target = AtLeast(id="n", n=8, parts=tuple(parts))
    row = oracle_top(target, rows, province_tree_of([1]))
    assert (row.status, row.observed) == (status, met)


@pytest.mark.parametrize(("now", "status"), [(7, MET), (6, NOT_MET)])
def test_oracle_measures_a_change(now: int, status: str) -> None:
    """§11.6: 5 units in 2020, 7 in 2021 meet "có thêm 2 … trở lên"; 6 does not."""
    rows = [
        {"indicator": "units", "code": "99", "period": "2020", "value": 5},
        {"indicator": "units", "code": "99", "value": now},
    ]
    target = Change(id="more", indicator=UNITS, op=Op.GE, delta="2 unit")
    row = oracle_top(target, rows)
    assert (row.status, row.observed) == (status, now - 5)


def test_oracle_ranks_with_ties_and_unknown_peers() -> None:
    """§11.7: top 5 of 9, 84 ranks 5th (MET), 83 ranks 6th (NOT_MET); if the 70 is
    unknown, the 84-unit could drop to 6th (UNKNOWN); ties share their rank."""
    tree = province_tree_of([0] * 9)
    values = [90, 88, 88, 85, 84, 83, 80, 79, 70]
    rows = [
        {"indicator": "par_score", "code": f"9{i + 1:02d}", "value": v}
        for i, v in enumerate(values)
    ]
    target = Rank(id="top5", indicator=SCORE, k=5, group_size=9)
    for code, status, rank in (("905", MET, 5), ("906", NOT_MET, 6), ("903", MET, 2)):
        row = oracle_top(target, rows, tree, code)
        assert (row.status, row.observed, row.gap) == (status, rank, max(0, rank - 5))
    unknown = oracle_top(target, rows[:-1], tree, "905")
    assert (unknown.status, unknown.observed, unknown.coverage) == (UNKNOWN, None, Fraction(8, 9))


def test_oracle_drops_a_commune_with_nothing_to_measure() -> None:
    """§11.8: a commune with 0 dossiers is NOT_APPLICABLE for "each ≥ 95 %"; the pool is
    unchanged by it."""
    rows = [
        {"indicator": "on_time", "code": "90101", "numerator": 96, "denominator": 100},
        {"indicator": "on_time", "code": "90102", "numerator": 0, "denominator": 0},
    ]
    each = Comparison(
        id="e", indicator=ON_TIME, op=Op.GE, threshold="95 %", scope=Scope.each(Level.COMMUNE)
    )
    plan = Plan(
        id="p", title="t", issuer="99", period=Y2021, targets=(each,), indicators=(ON_TIME,)
    )
    records = [{"period": "2021", **r} for r in rows]
    found = evaluate_plan(plan, records, province_tree_of([2]), roots=["99"], periods=["2021"])
    assert sorted((r.depth, r.code, r.status) for r in found) == [
        (0, "99", MET),
        (1, "90101", MET),
        (1, "90102", NA),
    ]
    pooled = Comparison(
        id="p", indicator=ON_TIME, op=Op.GE, threshold="95 %", scope=Scope.pooled(Level.COMMUNE)
    )
    assert oracle_top(pooled, rows, province_tree_of([2])).observed == 96
    assert oracle_top(pooled, rows[:1], province_tree_of([1])).observed == 96


# -- corners the generated scenarios reach rarely, and where the library once parted
# -- ways with the contract ------------------------------------------------------------


def _library_rows(plan: Plan, rows: list[dict[str, Any]], tree: cm.Hierarchy, code: str):
    records = [{"period": "2021", **row} for row in rows]
    observations = cm.ObservationSet.from_records(records, plan.indicators)
    evaluation = cm.evaluate(plan, observations, tree, Y2021, code=code, engine="reference")
    reference = [row for result in evaluation.results for row in _result_rows(result, code, "2021")]
    frame = pl.DataFrame(records, infer_schema_length=None)
    table = table_rows(evaluate_many(plan, frame, tree, periods=[Y2021], codes=[code]).table)
    oracle = evaluate_plan(plan, records, tree, roots=[code], periods=[Y2021])
    return reference, table, oracle


@pytest.mark.parametrize("engine", ["reference", "polars"])
def test_a_pool_over_no_unit_is_not_applicable(engine: str) -> None:
    """District 902 has no commune: "≥ 85 % pooled at cấp xã" has nothing to measure, as
    "each" and shares over no unit (§3, §7). (Until 9a2be1c: UNKNOWN with coverage 1.)"""
    pooled = at_least_85(RECORDS, scope=Scope.pooled(Level.COMMUNE))
    rows = [{"indicator": "records", "code": "902", "numerator": 9, "denominator": 10}]
    reference, table, oracle = _library_rows(plan_of(pooled), rows, province_tree_of([1, 0]), "902")
    assert [(r.status, r.coverage) for r in oracle] == [(NA, None)]
    assert_same(reference if engine == "reference" else table, oracle, engine)


def _days(spatial: SpatialRule) -> Indicator:
    return Indicator(
        id="days",
        name="Thời gian giải quyết",
        measure=MeasureKind.AMOUNT,
        unit="day",
        spatial=spatial,
        temporal=TemporalRule.SUM,
    )


QUARTERS_1_TO_4 = [
    {"indicator": "days", "code": "901", "period": f"2021-Q{q}", "value": str(q), "weight": q}
    for q in (1, 2, 3, 4)
]


@pytest.mark.parametrize("engine", ["reference", "polars"])
def test_weights_do_not_change_a_sum_over_time(engine: str) -> None:
    """Quarters of 1, 2, 3 and 4 days (weights 1 to 4) sum to 10 days: weights belong to
    weighted means only (§3, §5). (Until 9a2be1c: Σ value·weight = 30 days.)"""
    target = Comparison(id="t", indicator=_days(SpatialRule.MIN), op=Op.LE, threshold="12 day")
    tree = province_tree_of([0])
    reference, table, oracle = _library_rows(plan_of(target), QUARTERS_1_TO_4, tree, "901")
    assert [(r.status, r.observed) for r in oracle] == [(MET, 10)]
    assert_same(reference if engine == "reference" else table, oracle, engine)


@pytest.mark.parametrize("engine", ["reference", "polars"])
@pytest.mark.parametrize(("other", "mean"), [("10", Fraction(10)), ("20", Fraction(35, 3))])
def test_a_sum_over_time_keeps_its_value_in_a_weighted_mean(
    engine: str, other: str, mean: Fraction
) -> None:
    """District 901's year is 1 + 2 + 3 + 4 = 10 days, weighing 1 + 2 + 3 + 4; district 902
    has ``other`` days, weighing 2: a weighted mean of 10 and 10 days is 10 days.
    (Until 9a2be1c: the quarters' pairs entered the mean, 10 and 10 days gave 4 days.)"""
    target = Comparison(
        id="t", indicator=_days(SpatialRule.WEIGHTED_MEAN), op=Op.LE, threshold="12 day"
    )
    rows = [*QUARTERS_1_TO_4, {"indicator": "days", "code": "902", "value": other, "weight": 2}]
    tree = province_tree_of([0, 0])
    reference, table, oracle = _library_rows(plan_of(target), rows, tree, "99")
    assert [r.observed for r in oracle] == [mean]
    assert_same(reference if engine == "reference" else table, oracle, engine)


ONE_STOP_SHARE = Indicator(
    id="one_stop_share",
    name="Một cửa hiện đại",
    measure=MeasureKind.BOOLEAN,
    spatial=SpatialRule.SHARE_TRUE,
)
ONE_STOP_ROWS = [
    {"indicator": "one_stop_share", "code": code, "value": value}
    for code, value in (("90101", "true"), ("90102", "true"), ("90201", "true"), ("903", "false"))
]
# District 901: 1 of 3 communes; 902: 2 of 2; 903 answers for itself, yes.
ONE_STOP_SHARES_ROWS = [
    {"indicator": "one_stop_share", "code": code, "value": value}
    for code, value in (
        ("90101", "true"),
        ("90102", "false"),
        ("90103", "false"),
        ("90201", "true"),
        ("90202", "true"),
        ("903", "true"),
    )
]


@pytest.mark.parametrize("engine", ["reference", "polars"])
@pytest.mark.parametrize("code", ["901", "902"])
def test_a_share_of_units_true_over_yes_no_values(engine: str, code: str) -> None:
    """A yes/no rolled up once as a share of units true: a proportion, which decides no
    yes/no target (docs/evaluation.md)."""
    target = Comparison(id="t", indicator=ONE_STOP_SHARE, op=Op.EQ, threshold=True)
    pooled = Comparison(
        id="p",
        indicator=ONE_STOP_SHARE,
        op=Op.EQ,
        threshold=True,
        scope=Scope.pooled(Level.COMMUNE),
    )
    tree = province_tree_of([2, 1, 0])
    reference, table, oracle = _library_rows(plan_of(target, pooled), ONE_STOP_ROWS, tree, code)
    assert [(r.status, r.observed) for r in oracle] == [(UNKNOWN, 1), (UNKNOWN, 1)]
    assert_same(reference if engine == "reference" else table, oracle, engine)


@pytest.mark.parametrize("engine", ["reference", "polars"])
def test_a_share_of_units_true_counts_every_unit_below(engine: str) -> None:
    """Districts 901 (2 of 2 communes yes) and 902 (1 of 1) are shares themselves, 903
    answers no: the province sums (units true, units) up the tree, 3 of 4 (§5), and its
    coverage is 3 of 3 districts."""
    target = Comparison(id="t", indicator=ONE_STOP_SHARE, op=Op.EQ, threshold=True)
    tree = province_tree_of([2, 1, 0])
    reference, table, oracle = _library_rows(plan_of(target), ONE_STOP_ROWS, tree, "99")
    assert [(r.status, r.observed, r.coverage) for r in oracle] == [(UNKNOWN, Fraction(3, 4), 1)]
    assert_same(reference if engine == "reference" else table, oracle, engine)


@pytest.mark.parametrize("engine", ["reference", "polars"])
def test_a_share_of_shares_weighs_each_unit_once(engine: str) -> None:
    """1 of 3 communes, 2 of 2, and a district's own yes: 4 of 6 units, not the mean of
    the districts' shares (7/9) nor 3 of 3 districts."""
    target = Comparison(id="t", indicator=ONE_STOP_SHARE, op=Op.EQ, threshold=True)
    tree = province_tree_of([3, 2, 0])
    reference, table, oracle = _library_rows(plan_of(target), ONE_STOP_SHARES_ROWS, tree, "99")
    assert [(r.status, r.observed, r.coverage) for r in oracle] == [(UNKNOWN, Fraction(2, 3), 1)]
    assert_same(reference if engine == "reference" else table, oracle, engine)


def test_dask_reads_narrow_number_types() -> None:
    """Values in float32 and weights in int16, as pandas often holds them: Dask gives the
    oracle's rows, as polars does (it once read every such column as text and failed)."""
    np = need("numpy")
    dd = need("dask.dataframe")
    records = [
        {"indicator": "satisfaction", "code": "901", "value": "90", "weight": 3},
        {"indicator": "satisfaction", "code": "902", "value": "80", "weight": 1},
    ]
    plan = plan_of(at_least_85())
    tree = province_tree_of([0, 0])
    frame = pl.DataFrame([{"period": "2021", **r} for r in records]).to_pandas()
    frame["value"] = frame["value"].astype(np.float32)
    frame["weight"] = frame["weight"].astype(np.int16)
    batch = evaluate_many(plan, dd.from_pandas(frame, npartitions=1), tree, periods=[Y2021])
    rows = [{"period": "2021", **r} for r in records]
    oracle = evaluate_plan(plan, rows, tree, roots=["99"], periods=[Y2021])
    assert [(r.status, r.observed) for r in oracle] == [(MET, Fraction(175, 2))]
    assert_same(table_rows(batch.table), oracle, "dask")
