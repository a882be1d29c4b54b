"""The vectorised evaluator as a user meets it: vectors, engines, errors and notes."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

import attrs
import pytest

pl = pytest.importorskip("polars")
pytest.importorskip("narwhals")

import cchc_model as cm  # noqa: E402
import test_evaluation as reference_tests  # noqa: E402
from cchc_model.batch import evaluate_many, frame_from_observations, result_rows  # noqa: E402
from cchc_model.evaluation import Status  # noqa: E402
from test_evaluation import ALL_INDICATORS, SATISFACTION, Y2021, at_least, data  # noqa: E402
from trees import province_tree  # noqa: E402


def renumbered(target: Any, prefix: str = "t") -> Any:
    """The target with distinct ids all the way down (a plan needs them; tests reuse "t")."""
    if isinstance(target, cm.AllOf | cm.AnyOf | cm.AtLeast):
        parts = tuple(renumbered(p, f"{prefix}.{i}") for i, p in enumerate(target.parts, 1))
        return attrs.evolve(target, id=prefix, parts=parts)
    if isinstance(target, cm.Share):
        return attrs.evolve(
            target, id=prefix, condition=renumbered(target.condition, f"{prefix}.1")
        )
    return attrs.evolve(target, id=prefix)


def vectorised_status(target: Any, observations: Any, code: str = "99", **kw: Any) -> Status:
    """The status the batch table gives, checked against the objects it builds."""
    target = renumbered(target)
    tree = kw.pop("tree", province_tree())
    plan = cm.Plan(
        id="p",
        title="Kế hoạch",
        issuer=code,
        period=Y2021,
        targets=(target,),
        indicators=ALL_INDICATORS,
    )
    batch = evaluate_many(plan, frame_from_observations(observations), tree, **kw)
    top = batch.table.filter((pl.col("depth") == 0) & (pl.col("target") == target.id))
    (status,) = top["status"].to_list()
    assert batch.evaluation().results[0].status.value == status
    assert not batch.warnings
    return Status(status)


@pytest.fixture
def vectorised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reference_tests, "status_of", vectorised_status)


@pytest.mark.usefixtures("vectorised")
class TestWorkedVectorsVectorised(reference_tests.TestWorkedVectors):
    """The worked vectors of docs/semantics.md through the vectorised evaluator."""


@pytest.mark.usefixtures("vectorised")
class TestFormsVectorised(reference_tests.TestForms):
    """The forms of docs/semantics.md §6 through the vectorised evaluator."""


@pytest.mark.usefixtures("vectorised")
class TestRollUpsVectorised(reference_tests.TestRollUps):
    """Roll-ups of docs/semantics.md §5 through the vectorised evaluator."""


def _days(spatial: cm.SpatialRule, *dimensions: cm.Dimension) -> cm.Indicator:
    """Days to settle a dossier, a mean over the year's values, summed or averaged over units."""
    return cm.Indicator(
        id="days",
        name="Thời gian giải quyết",
        measure=cm.MeasureKind.AMOUNT,
        unit="day",
        spatial=spatial,
        temporal=cm.TemporalRule.MEAN,
        dimensions=dimensions,
    )


def _plan(*targets: Any, issuer: str = "99") -> cm.Plan:
    return cm.Plan(
        id="p",
        title="Kế hoạch",
        issuer=issuer,
        period=Y2021,
        targets=targets,
        indicators=ALL_INDICATORS,
    )


def _frame(**columns: list[Any]) -> Any:
    rows = len(next(iter(columns.values())))
    base: dict[str, list[Any]] = {"period": ["2021"] * rows}
    return pl.DataFrame({**base, **columns})


class TestExactness:
    def test_floats_are_read_by_their_shortest_decimal(self) -> None:
        """84.99 % misses ≥ 85 %, 85.0 meets it; no float reaches the comparison."""
        frame = _frame(indicator=["satisfaction"] * 2, code=["901", "902"], value=[84.99, 85.0])
        target = at_least("85 %", scope=cm.Scope.each(cm.Level.DISTRICT))
        batch = evaluate_many(_plan(target), frame, province_tree())
        parts = batch.table.filter(pl.col("depth") == 1).sort("code")
        assert parts["status"].to_list() == ["not_met", "met", "unknown"]
        first = parts.row(0, named=True)
        assert Fraction(first["observed_num"], first["observed_den"]) == Fraction(8499, 100)

    def test_seventeen_of_twenty_meets_85_percent_and_two_of_three_misses_66_67(self) -> None:
        frame = _frame(
            indicator=["satisfaction"] * 2,
            code=["901", "902"],
            numerator=[17, 2],
            denominator=[20, 3],
        )
        each = cm.Scope.each(cm.Level.DISTRICT)
        two_thirds = cm.Comparison(
            id="u", indicator=SATISFACTION, op=cm.Op.GE, threshold="66.67 %", scope=each
        )
        plan = _plan(at_least("85 %", scope=each), two_thirds)
        table = evaluate_many(plan, frame, province_tree(2, 0)).table
        got = dict(
            zip(zip(table["target"], table["code"], strict=True), table["status"], strict=True)
        )
        assert got[("t", "901")] == "met"
        assert got[("u", "902")] == "not_met"

    def test_a_float_next_to_a_short_decimal_is_not_that_decimal(self) -> None:
        """0.1 + 0.2 is 0.30000000000000004, which is not 0.3."""
        score = cm.Indicator(id="s", name="Điểm", measure=cm.MeasureKind.SCORE, unit="point")
        plan = cm.Plan(
            id="p",
            title="Kế hoạch",
            issuer="99",
            period=Y2021,
            indicators=(score,),
            targets=(cm.Comparison(id="t", indicator=score, op=cm.Op.EQ, threshold="0.3"),),
        )
        frame = _frame(indicator=["s"], code=["99"], value=[0.1 + 0.2])
        batch = evaluate_many(plan, frame, province_tree())
        (result,) = batch.evaluation().results
        assert result.status is Status.NOT_MET
        # 17 decimals are beyond the integer columns: the reference decides, and says so
        assert result.warnings == (
            "evaluated by the reference engine: numbers in value with more than 9 decimals",
        )
        assert (
            attrs.evolve(result, warnings=())
            == cm.evaluate(
                plan,
                cm.ObservationSet.from_records(
                    [{"indicator": "s", "code": "99", "period": "2021", "value": 0.1 + 0.2}],
                    [score],
                ),
                province_tree(),
            ).results[0]
        )


class TestEngines:
    def test_import_stays_light(self) -> None:
        """``import cchc_model`` loads no dataframe engine."""
        code = (
            "import sys, cchc_model; "
            "print(sorted(m for m in ('polars', 'narwhals', 'pandas', 'pyarrow', 'duckdb') "
            "if m in sys.modules))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "[]"

    def test_an_unknown_engine_is_an_error(self) -> None:
        with pytest.raises(cm.CchcError, match="engine 'spark' is not known"):
            cm.evaluate(_plan(at_least("85 %")), data(), province_tree(), engine="spark")  # type: ignore[arg-type]

    def test_python_and_vectorised_give_the_same_objects(self) -> None:
        observations = data(
            {"indicator": "satisfaction", "code": "90101", "numerator": 9, "denominator": 10},
            {"indicator": "satisfaction", "code": "90102", "numerator": 80, "denominator": 100},
        )
        plan = _plan(at_least("85 %", scope=cm.Scope.pooled(cm.Level.COMMUNE)))
        tree = province_tree()
        reference = cm.evaluate(plan, observations, tree)
        frame = frame_from_observations(observations)
        assert cm.evaluate(plan, frame, tree, engine="vectorised") == reference
        assert cm.evaluate(plan, frame, tree, engine="python") == reference
        assert cm.evaluate(plan, frame.to_pandas(), tree) == reference
        assert cm.evaluate(plan, observations, tree, engine="vectorised") == reference

    def test_not_a_frame_is_a_clear_error(self) -> None:
        with pytest.raises(cm.CchcError, match="not observations"):
            cm.evaluate(_plan(at_least("85 %")), [1, 2, 3], province_tree())

    def test_many_units_and_periods_across_the_2025_reform(self) -> None:
        """Periods on different trees are evaluated on each one's own tree."""
        sat = SATISFACTION
        plan = cm.Plan(
            id="p",
            title="Kế hoạch",
            issuer="38",
            period=cm.Period.year(2024),
            indicators=(sat,),
            targets=(at_least("85 %"),),
        )
        frame = pl.DataFrame(
            {
                "indicator": ["satisfaction"] * 4,
                "code": ["38", "38", "06", "19"],
                "period": ["2024", "2025", "2024", "2025"],
                "numerator": [90, 80, 85, 86],
                "denominator": [100, 100, 100, 100],
            }
        )
        batch = evaluate_many(plan, frame, codes=["38"], periods=["2024", "2025"])
        got = dict(zip(batch.table["period"], batch.table["status"], strict=True))
        assert got == {"2024": "met", "2025": "not_met"}
        for period in ("2024", "2025"):
            observations = cm.ObservationSet.from_records(frame.to_dicts(), [sat])
            expected = cm.evaluate(plan, observations, period=cm.Period.parse(period))
            assert batch.evaluation("38", period) == expected

    @pytest.mark.parametrize("periods", [["2021", "2021-Q1"], ["2021-Q1", "2021-Q2"]])
    def test_periods_read_are_placed_in_every_period_they_lie_in(self, periods: list[str]) -> None:
        """A month inside two evaluated periods (a year and its quarter) counts in both;
        apart, each month counts in its own quarter only."""
        months = ["2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06"]
        frame = _frame(
            indicator=["satisfaction"] * 6,
            code=["99"] * 6,
            period=months,
            numerator=[80, 90, 95, 70, 99, 60],
            denominator=[100] * 6,
        )
        plan = _plan(at_least("85 %"))
        observations = cm.ObservationSet.from_records(frame.to_dicts(), [SATISFACTION])
        tree = province_tree()
        batch = evaluate_many(plan, frame, tree, periods)
        assert set(batch.table["engine"]) == {"vectorised"}
        for period in periods:
            expected = cm.evaluate(plan, observations, tree, period=cm.Period.parse(period))
            assert batch.evaluation("99", period) == expected


class TestBadInput:
    def test_duplicate_rows_are_named_as_the_reference_names_them(self) -> None:
        frame = _frame(
            indicator=["satisfaction"] * 2,
            code=["99", "99"],
            numerator=[1, 2],
            denominator=[4, 4],
        )
        with pytest.raises(cm.ObservationError) as caught:
            evaluate_many(_plan(at_least("85 %")), frame, province_tree())
        (problem,) = caught.value.problems
        assert problem.code == "duplicate"
        assert "indicator=satisfaction, code=99, period=2021" in problem.path

    def test_a_numerator_above_its_denominator_is_an_error(self) -> None:
        frame = _frame(indicator=["satisfaction"], code=["99"], numerator=[21], denominator=[20])
        with pytest.raises(cm.ObservationError, match="more than the denominator"):
            evaluate_many(_plan(at_least("85 %")), frame, province_tree())

    def test_an_unknown_column_is_an_error(self) -> None:
        frame = _frame(indicator=["satisfaction"], code=["99"], value=[85], colour=["red"])
        with pytest.raises(cm.ObservationError, match="unknown column 'colour'"):
            evaluate_many(_plan(at_least("85 %")), frame, province_tree())

    def test_rows_of_other_indicators_are_left_out_and_said(self) -> None:
        frame = _frame(indicator=["satisfaction", "other"], code=["99", "99"], value=[85, 1])
        batch = evaluate_many(_plan(at_least("85 %")), frame, province_tree())
        assert batch.summary()["met"] == 1
        assert any("other" in w for w in batch.warnings)

    @pytest.mark.parametrize("engine", ["polars", "duckdb"])
    def test_repeated_keys_are_found_on_integer_keys(self, engine: str) -> None:
        """polars proves keys distinct (or not) on the integer keys, with a bitmap over a
        small key space and by counting distinct keys over a large one; other engines
        leave it to the exact check."""
        from cchc_model.engines.frame import backend_for
        from cchc_model.engines.frame.input import _stats

        if engine == "duckdb":
            pytest.importorskip("duckdb")
        rows = pl.DataFrame(
            {"indicator_id": [0, 0, 1], "dense": [7, 8, 3], "bad": [False] * 3}
        ).with_columns(
            pair_num=pl.lit(1), pair_den=pl.lit(1), value_num=pl.lit(None, dtype=pl.Int64)
        )
        twice = pl.concat([rows, rows.head(1)])
        for frame, expected in ((rows, True), (twice, False)):
            native = frame.lazy() if engine == "polars" else _duckdb(frame)
            coded, backend = backend_for(native)
            for space in (9, 2**40):
                found = backend.distinct_keys(coded.select("dense"), space)
                assert found is (expected if engine == "polars" else None)
            counted = sorted((r["indicator_id"], r["rows"]) for r in _stats(backend, coded))
            assert counted == [(0, 2 + (not expected)), (1, 1)]
        if engine == "polars":  # a key missing is not proof either way
            holed = rows.with_columns(dense=pl.Series([7, None, 3], dtype=pl.Int64))
            coded, backend = backend_for(holed.lazy())
            assert backend.distinct_keys(coded.select("dense"), 9) is None

    def test_a_value_beside_a_pair_is_refused_before_the_numbers_are_read(self) -> None:
        """Rows giving both a value and a numerator are an error (docs/semantics.md §4),
        said by the vectorised reader from its first rows, even where the values have more
        decimals than it reads (they used to send every row to the reference reader)."""
        frame = pl.DataFrame(
            {
                "indicator": ["satisfaction_procedures"] * 2,
                "code": ["38", "380"],
                "period": ["2021", "2021"],
                "numerator": [17, 3],
                "denominator": [23, 4],
                "value": [17 / 23, None],  # 16 decimals: more than the reader scales
            }
        )
        plan = cm.load("examples/000-thanh-hoa-2021.yaml")
        with pytest.raises(cm.ObservationError) as caught:
            evaluate_many(plan, frame, periods=["2021"])
        problems = caught.value.problems
        assert len(problems) == 1  # the row of 380 gives one form
        assert "both a value" in problems[0].message
        assert problems[0].path.startswith("row (indicator=satisfaction_procedures, code=38,")

    def test_a_repeated_row_is_an_error_whatever_the_key_space(self) -> None:
        """The same (indicator, code, period) twice is refused (docs/semantics.md §4)."""
        frame = pl.DataFrame(
            {
                "indicator": ["satisfaction_procedures"] * 2,
                "code": ["38", "38"],
                "period": ["2021", "2021"],
                "numerator": [17, 18],
                "denominator": [20, 20],
            }
        )
        plan = cm.load("examples/000-thanh-hoa-2021.yaml")
        with pytest.raises(cm.ObservationError, match="38"):
            evaluate_many(plan, frame)


def _duckdb(frame: Any) -> Any:
    import duckdb

    return duckdb.from_arrow(frame.to_arrow())


class TestFallbacks:
    def test_a_unit_column_runs_the_reference_and_says_so(self) -> None:
        frame = _frame(indicator=["satisfaction"], code=["99"], value=[0.9], unit=["proportion"])
        batch = evaluate_many(_plan(at_least("85 %")), frame, province_tree())
        row = batch.table.row(0, named=True)
        assert (row["status"], row["engine"], row["note"]) == ("met", "reference", "a unit column")
        (result,) = batch.evaluation().results
        assert result.warnings == ("evaluated by the reference engine: a unit column",)

    def test_a_rank_among_listed_peers_is_vectorised(self) -> None:
        score = reference_tests.SCORE
        rank = cm.Rank(id="r", indicator=score, k=1, peers=("901", "902"))
        plan = _plan(at_least("85 %"), rank, issuer="901")
        frame = _frame(
            indicator=["par_score", "par_score", "satisfaction"],
            code=["901", "902", "901"],
            value=[80, 70, 90],
        )
        batch = evaluate_many(plan, frame, province_tree())
        engines = dict(zip(batch.table["target"], batch.table["engine"], strict=True))
        assert engines == {"t": "vectorised", "r": "vectorised"}
        assert batch.summary()["met"] == 2
        assert batch.evaluation() == cm.evaluate(plan, frame, province_tree(), engine="reference")

    def test_a_rank_among_listed_peers_beyond_its_siblings_is_vectorised(self) -> None:
        """A commune ranked among communes of another district: the listed peers' own
        subtrees are kept for the roll-ups, so the dataframe engine decides it."""
        score = reference_tests.SCORE
        rank = cm.Rank(id="r", indicator=score, k=1, peers=("90101", "90201"))
        plan = _plan(rank, issuer="90101")
        frame = _frame(indicator=["par_score"] * 2, code=["90101", "90201"], value=[70, 80])
        batch = evaluate_many(plan, frame, province_tree(), codes=["90101"])
        row = batch.table.row(0, named=True)
        assert (row["target"], row["status"], row["engine"]) == ("r", "not_met", "vectorised")
        expected = cm.evaluate(plan, frame, province_tree(), code="90101", engine="reference")
        assert batch.evaluation() == expected

    def test_a_rank_among_peers_outside_the_tree_falls_back_alone(self) -> None:
        score = reference_tests.SCORE
        rank = cm.Rank(id="r", indicator=score, k=1, peers=("901", "nowhere"))
        plan = _plan(at_least("85 %"), rank, issuer="901")
        frame = _frame(indicator=["satisfaction"], code=["901"], value=[90])
        with pytest.raises(cm.CchcError):
            cm.evaluate(plan, frame, province_tree(), engine="reference")
        with pytest.raises(cm.CchcError):
            evaluate_many(plan, frame, province_tree())

    def test_more_periods_than_keys_hold_run_the_reference(self) -> None:
        days = [(date(2021, 1, 1) + timedelta(days=i)).isoformat() for i in range(300)]
        frame = _frame(indicator=["satisfaction"], code=["99"], value=[90], period=[days[0]])
        batch = evaluate_many(_plan(at_least("85 %")), frame, province_tree(), days)
        assert set(batch.table["engine"]) == {"reference"}
        assert set(batch.table["note"]) == {"more periods or units than integer keys hold"}
        assert batch.table.filter(pl.col("period") == days[0])["status"].to_list() == ["met"]
        assert batch.summary()["unknown"] == len(days) - 1


class TestRegressions:
    def test_a_condition_also_evaluated_at_the_issuer_counts_only_its_units(self) -> None:
        """A share's condition reused as a plan target: the issuer's own row is not a part."""
        condition = at_least("85 %")
        share = cm.Share(
            id="s", level=cm.Level.DISTRICT, condition=condition, op=cm.Op.GE, threshold="50 %"
        )
        plan = _plan(condition, share)
        observations = data(
            {"indicator": "satisfaction", "code": "99", "numerator": 1, "denominator": 10},
            {"indicator": "satisfaction", "code": "901", "numerator": 9, "denominator": 10},
            {"indicator": "satisfaction", "code": "902", "numerator": 9, "denominator": 10},
            {"indicator": "satisfaction", "code": "903", "numerator": 1, "denominator": 10},
        )
        tree = province_tree()
        expected = cm.evaluate(plan, observations, tree)
        batch = evaluate_many(plan, frame_from_observations(observations), tree)
        top = batch.table.filter(pl.col("depth") == 0)
        got = dict(zip(top["target"], top["status"], strict=True))
        assert got == {r.target.id: r.status.value for r in expected.results}
        assert got["s"] == "met"
        # every row once: the condition's thresholds are joined once, not once per context

        def essence(row: dict[str, Any]) -> tuple[Any, ...]:
            num, den = row["coverage_num"], row["coverage_den"]
            coverage = None if num is None else Fraction(num, den)
            return (row["target"], row["depth"], row["code"], row["status"], coverage)

        rows = [row for r in expected.results for row in result_rows("p", "99", r, None, 0, None)]
        want = sorted(map(essence, rows), key=repr)
        assert sorted(map(essence, batch.table.to_dicts()), key=repr) == want

    def test_a_disagreement_over_values_of_different_precision_is_exact(self) -> None:
        """District 901's year is the mean of 19.2, 0 and 0 days (6.4, in fifteenths);
        district 902's is 0 days: their sum, 6.4 days, disagrees with the province's own
        0 days. (The table once summed 901's numerator over the wrong denominator: 19.2.)"""
        days = _days(cm.SpatialRule.SUM)
        target = cm.Comparison(id="t", indicator=days, op=cm.Op.GE, threshold="0 day")
        records = [
            {"indicator": "days", "code": "99", "period": "2021", "value": "0"},
            *(
                {"indicator": "days", "code": "901", "period": f"2021-Q{q}", "value": v}
                for q, v in ((2, "19.2"), (3, "0"), (4, "0"))
            ),
            {"indicator": "days", "code": "902", "period": "2021", "value": "0"},
        ]
        plan = attrs.evolve(_plan(target), indicators=(days,))
        tree = province_tree()
        policy = cm.Policy(min_coverage=Fraction(0))
        observations = cm.ObservationSet.from_records(records, plan.indicators)
        expected = cm.evaluate(plan, observations, tree, policy=policy)
        assert [d.rolled_up for d in expected.disagreements] == [Fraction(32, 5)]
        batch = evaluate_many(plan, pl.DataFrame(records), tree, policy=policy)
        assert batch.evaluation("99", "2021") == expected

    def test_a_period_handed_over_whole_says_so_once_for_all_its_targets(self) -> None:
        """A mean over values of different precision sends the whole period to the reference
        engine: the warning names the period, for every target in it, one handed over on its
        own too (each member of a breakdown), which is not named again; with values of one
        precision, that target alone is handed over, and named."""
        days = _days(cm.SpatialRule.MEAN, cm.Dimension(id="sector", members=("land", "investment")))
        target = cm.Comparison(
            id="t", indicator=days, op=cm.Op.GE, threshold="0 day", each_member="sector"
        )
        plan = attrs.evolve(_plan(target), indicators=(days,))
        policy = cm.Policy(min_coverage=Fraction(0))
        quarters = [
            {"indicator": "days", "code": "901", "period": f"2021-Q{q}", "value": v}
            for q, v in ((2, "19.25"), (3, "0.5"), (4, "1"))
        ]
        year_902 = {"indicator": "days", "code": "902", "period": "2021", "value": "3"}
        mixed = evaluate_many(
            plan, pl.DataFrame([*quarters, year_902]), province_tree(), policy=policy
        )
        assert mixed.warnings == (
            "2021: evaluated by the reference engine: a mean, minimum or maximum over values "
            "of different precision",
        )
        assert mixed.table.filter(pl.col("depth") == 0)["engine"].to_list() == ["reference"]
        year_901 = {"indicator": "days", "code": "901", "period": "2021", "value": "19"}
        even = evaluate_many(
            plan, pl.DataFrame([year_901, year_902]), province_tree(), policy=policy
        )
        assert even.warnings == (
            "t: evaluated by the reference engine: target t is to be met at each member of sector",
        )

    def test_a_coverage_of_more_days_than_units_is_stored_whole(self) -> None:
        """A temporal roll-up's coverage counts a period's days (365), more than the tree
        has units: the table stores coverage counts narrow, in a range that holds both."""
        cases = cm.Indicator(
            id="cases",
            name="Hồ sơ",
            measure=cm.MeasureKind.COUNT,
            unit="dossier",
            temporal=cm.TemporalRule.SUM,
        )
        target = cm.Comparison(id="t", indicator=cases, op=cm.Op.GE, threshold="5 dossier")
        records = [
            {"indicator": "cases", "code": "901", "period": f"2021-Q{q}", "value": 2}
            for q in (1, 2, 4)
        ]
        plan = attrs.evolve(_plan(target, issuer="901"), indicators=(cases,))
        tree = province_tree()
        policy = cm.Policy(min_coverage=Fraction(1, 2))
        observations = cm.ObservationSet.from_records(records, plan.indicators)
        expected = cm.evaluate(plan, observations, tree, policy=policy)
        batch = evaluate_many(plan, pl.DataFrame(records), tree, policy=policy)
        assert not batch.warnings
        assert set(batch.table["engine"]) == {"vectorised"}
        (row,) = batch.table.to_dicts()
        assert (row["coverage_num"], row["coverage_den"]) == (273, 365)
        assert len(tree) < 365
        assert batch.evaluation("901", "2021") == expected

    def test_a_fallen_back_target_is_reported_once(self) -> None:
        # a change by more than exact integer columns hold falls back to the reference
        huge = cm.Change(id="r", indicator=reference_tests.SCORE, op="<=", delta=str(10**20))
        plan = _plan(cm.AllOf(id="a", parts=(at_least("85 %"), huge)), issuer="901")
        frame = _frame(
            indicator=["par_score", "par_score", "satisfaction"],
            code=["901", "902", "901"],
            value=[80, 70, 90],
        )
        table = evaluate_many(plan, frame, province_tree()).table
        keys = table.select("target", "parent", "depth", "code")
        assert keys.height == keys.unique().height == 3
        assert set(table["engine"]) == {"reference"}

    def test_each_period_keeps_its_own_tree_date(self) -> None:
        observations = data(
            {"indicator": "satisfaction", "code": "99", "numerator": 9, "denominator": 10},
            {
                "indicator": "satisfaction",
                "code": "99",
                "numerator": 8,
                "denominator": 10,
                "period": "2022",
            },
        )
        plan = _plan(at_least("85 %"))
        tree = province_tree()
        batch = evaluate_many(
            plan, frame_from_observations(observations), tree, periods=["2021", "2022"]
        )
        for period in ("2021", "2022"):
            expected = cm.evaluate(plan, observations, tree, cm.Period.parse(period))
            assert batch.evaluation("99", period) == expected

    def test_a_unit_not_evaluated_is_an_error(self) -> None:
        batch = evaluate_many(
            _plan(at_least("85 %")),
            _frame(indicator=["satisfaction"], code=["99"], value=[90]),
            province_tree(),
        )
        with pytest.raises(cm.CchcError, match="901 was not evaluated"):
            batch.evaluation("901")
