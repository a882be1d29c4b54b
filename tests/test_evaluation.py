"""The worked vectors of docs/semantics.md, and the evaluation rules of its §5–§7."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest

from cchc_model import (
    AllOf,
    AnyOf,
    AtLeast,
    Between,
    Change,
    Comparison,
    Indicator,
    Level,
    MeasureKind,
    Op,
    Ordinal,
    Period,
    Plan,
    Rank,
    Scope,
    Share,
)
from cchc_model.engines.reference.aggregation import Policy
from cchc_model.evaluation import Status, combine, evaluate, evaluate_target
from cchc_model.io.observations import ObservationSet
from trees import province_tree

Y2021 = Period.year(2021)

SATISFACTION = Indicator(id="satisfaction", name="Mức độ hài lòng", measure=MeasureKind.RATIO)
RECORDS = Indicator(id="records", name="Hồ sơ công việc xử lý trên mạng", measure=MeasureKind.RATIO)
ON_TIME = Indicator(id="on_time", name="Hồ sơ giải quyết đúng hạn", measure=MeasureKind.RATIO)
ONE_STOP = Indicator(id="one_stop", name="Bộ phận một cửa hiện đại", measure=MeasureKind.BOOLEAN)
UNITS = Indicator(
    id="autonomous_units", name="Đơn vị tự chủ", measure=MeasureKind.COUNT, unit="unit"
)
SCORE = Indicator(id="par_score", name="Chỉ số CCHC", measure=MeasureKind.SCORE, unit="point")
RATING = Indicator(
    id="par_rating",
    name="Xếp loại Chỉ số CCHC",
    measure=MeasureKind.ORDINAL,
    levels=("yếu", "trung bình", "khá", "tốt"),
)
ALL_INDICATORS = (SATISFACTION, RECORDS, ON_TIME, ONE_STOP, UNITS, SCORE, RATING)


def data(*rows: dict[str, Any]) -> ObservationSet:
    """Observations from short records, for 2021 unless a period is given."""
    return ObservationSet.from_records([{"period": "2021", **row} for row in rows], ALL_INDICATORS)


def status_of(target: Any, observations: ObservationSet, code: str = "99", **kw: Any) -> Status:
    """The status of one target for a unit of the test province in 2021."""
    tree = kw.pop("tree", province_tree())
    return evaluate_target(target, observations, code, Y2021, tree, **kw).status


def at_least(threshold: str, indicator: Indicator = SATISFACTION, **kw: Any) -> Comparison:
    """``indicator ≥ threshold``."""
    return Comparison(id="t", indicator=indicator, op=Op.GE, threshold=threshold, **kw)


class TestWorkedVectors:
    """The worked vectors of docs/semantics.md, one test per vector."""

    @pytest.mark.parametrize(
        ("observed", "expected"), [("85", Status.MET), ("84.99", Status.NOT_MET)]
    )
    def test_1_thanh_hoa_at_least_85(self, observed: str, expected: Status) -> None:
        """Thanh Hóa 2021, satisfaction ≥ 85 %: 85 % is met, 84.99 % is not."""
        observations = data({"indicator": "satisfaction", "code": "99", "value": observed})
        assert status_of(at_least("85 %"), observations) is expected

    @pytest.mark.parametrize(
        ("observed", "expected"), [("90", Status.NOT_MET), ("90.1", Status.MET)]
    )
    def test_2_hue_above_90_is_strict(self, observed: str, expected: Status) -> None:
        """Huế 2021, satisfaction > 90 %: 90 % is not met, 90.1 % is."""
        target = Comparison(id="t", indicator=SATISFACTION, op=Op.GT, threshold="90 %")
        observations = data({"indicator": "satisfaction", "code": "99", "value": observed})
        assert status_of(target, observations) is expected

    def test_3_bac_kan_pooled_commune_records(self) -> None:
        """9/10 and 80/100 pool to 89/110 = 80.9 %, which fails ≥ 85 % (a mean would pass)."""
        tree = province_tree(districts=1, communes_per_district=2)
        observations = data(
            {"indicator": "records", "code": "90101", "numerator": 9, "denominator": 10},
            {"indicator": "records", "code": "90102", "numerator": 80, "denominator": 100},
        )
        target = at_least("85 %", RECORDS, scope=Scope.pooled(Level.COMMUNE))
        result = evaluate_target(target, observations, "99", Y2021, tree)
        assert result.status is Status.NOT_MET
        assert result.observed == Fraction(89, 110) * 100
        assert result.gap == 85 - Fraction(8900, 110)

    def test_4_share_of_districts_with_an_unknown(self) -> None:
        """5 yes, 1 unknown, 5 no of 11 districts is UNKNOWN for ≥ 50 %; the unknown yes is MET."""
        tree = province_tree(districts=11, communes_per_district=0)
        flags = [True] * 5 + [False] * 5
        rows = [
            {"indicator": "one_stop", "code": f"9{d + 1:02d}", "value": flag}
            for d, flag in enumerate(flags)
        ]
        condition = Comparison(id="c", indicator=ONE_STOP, op=Op.EQ, threshold=True)
        target = Share(
            id="s", level=Level.DISTRICT, condition=condition, op=Op.GE, threshold="50 %"
        )
        assert status_of(target, data(*rows), tree=tree) is Status.UNKNOWN
        found = [*rows, {"indicator": "one_stop", "code": "911", "value": True}]
        assert status_of(target, data(*found), tree=tree) is Status.MET

    @pytest.mark.parametrize(
        ("met", "unknown", "not_met", "expected"),
        [(8, 0, 2, Status.MET), (7, 2, 1, Status.UNKNOWN), (6, 1, 3, Status.NOT_MET)],
    )
    def test_5_at_least_8_of_10(
        self, met: int, unknown: int, not_met: int, expected: Status
    ) -> None:
        """At least 8 of 10: 8 met is MET; 7 + 2 unknown is UNKNOWN; 6 + 1 unknown is NOT_MET."""
        tree = province_tree(districts=10, communes_per_district=0)
        parts = tuple(
            Comparison(id=f"p{d}", indicator=SATISFACTION, op=Op.GE, threshold="85 %")
            for d in range(10)
        )
        values = ["90"] * met + [None] * unknown + ["50"] * not_met
        rows = [
            {"indicator": "satisfaction", "code": f"9{d + 1:02d}", "value": value}
            for d, value in enumerate(values)
            if value is not None
        ]
        observations = data(*rows)
        statuses = [
            evaluate_target(part, observations, f"9{d + 1:02d}", Y2021, tree).status
            for d, part in enumerate(parts)
        ]
        assert combine(statuses, 8) is expected

    @pytest.mark.parametrize(("now", "expected"), [(7, Status.MET), (6, Status.NOT_MET)])
    def test_6_two_more_units(self, now: int, expected: Status) -> None:
        """5 units in 2020 and 7 in 2021 meet "có thêm 2 … trở lên"; 6 does not."""
        target = Change(id="more", indicator=UNITS, op=Op.GE, delta="2 unit")
        observations = data(
            {"indicator": "autonomous_units", "code": "99", "period": "2020", "value": 5},
            {"indicator": "autonomous_units", "code": "99", "value": now},
        )
        assert status_of(target, observations) is expected

    def test_7_top_5_of_9(self) -> None:
        """84 ranks 5th of 9 (MET), 83 ranks 6th (NOT_MET); an unknown 70 makes 84 UNKNOWN."""
        tree = province_tree(districts=9, communes_per_district=0)
        values = [90, 88, 88, 85, 84, 83, 80, 79, 70]
        rows = [
            {"indicator": "par_score", "code": f"9{i + 1:02d}", "value": v}
            for i, v in enumerate(values)
        ]
        target = Rank(id="top5", indicator=SCORE, k=5, group_size=9)
        observations = data(*rows)
        assert status_of(target, observations, code="905", tree=tree) is Status.MET
        assert status_of(target, observations, code="906", tree=tree) is Status.NOT_MET
        without_70 = data(*rows[:-1])
        assert status_of(target, without_70, code="905", tree=tree) is Status.UNKNOWN

    def test_8_commune_with_no_dossiers(self) -> None:
        """A commune with 0 dossiers is NOT_APPLICABLE for "each ≥ 95 %"; the pool is unchanged."""
        tree = province_tree(districts=1, communes_per_district=2)
        rows = [
            {"indicator": "on_time", "code": "90101", "numerator": 96, "denominator": 100},
            {"indicator": "on_time", "code": "90102", "numerator": 0, "denominator": 0},
        ]
        each = at_least("95 %", ON_TIME, scope=Scope.each(Level.COMMUNE))
        result = evaluate_target(each, data(*rows), "99", Y2021, tree)
        assert [p.status for p in result.parts] == [Status.MET, Status.NOT_APPLICABLE]
        assert result.status is Status.MET
        pooled = at_least("95 %", ON_TIME, scope=Scope.pooled(Level.COMMUNE))
        with_empty = evaluate_target(pooled, data(*rows), "99", Y2021, tree)
        without = evaluate_target(pooled, data(rows[0]), "99", Y2021, province_tree(1, 1))
        assert with_empty.observed == without.observed == 96


class TestRollUps:
    def test_direct_value_wins_over_roll_up(self) -> None:
        """A direct province value is used even when its districts say otherwise."""
        observations = data(
            {"indicator": "satisfaction", "code": "99", "value": "86"},
            *[
                {"indicator": "satisfaction", "code": f"9{d:02d}", "value": "50", "weight": 1}
                for d in (1, 2, 3)
            ],
        )
        tree = province_tree(3, 0)
        result = evaluate_target(at_least("85 %"), observations, "99", Y2021, tree)
        assert result.status is Status.MET

    def test_partial_coverage_is_unknown_with_the_missing_named(self) -> None:
        """Two of three districts reporting leaves the province UNKNOWN, naming the third."""
        rows = [
            {"indicator": "records", "code": f"9{d:02d}", "numerator": 9, "denominator": 10}
            for d in (1, 2)
        ]
        result = evaluate_target(
            at_least("85 %", RECORDS), data(*rows), "99", Y2021, province_tree(3, 0)
        )
        assert result.status is Status.UNKNOWN
        assert result.coverage == Fraction(2, 3)
        assert "903" in result.reason

    def test_min_coverage_policy_accepts_partial_data(self) -> None:
        """With min_coverage 2/3 the two reporting districts decide the value."""
        rows = [
            {"indicator": "records", "code": f"9{d:02d}", "numerator": 9, "denominator": 10}
            for d in (1, 2)
        ]
        result = evaluate_target(
            at_least("85 %", RECORDS),
            data(*rows),
            "99",
            Y2021,
            province_tree(3, 0),
            policy=Policy(min_coverage="2/3"),
        )
        assert result.status is Status.MET
        assert result.observed == 90

    def test_a_weighted_mean_without_weights_says_why_it_has_no_value(self) -> None:
        """District 901's year is a mean of quarters, which has no weight: every district
        reports, yet the weighted mean has no value (§5: (value·weight, weight) summed).
        The reason names the weight, not a coverage the data meets."""
        import cchc_model as cm

        days = Indicator(
            id="days",
            name="Thời gian giải quyết",
            measure=MeasureKind.AMOUNT,
            unit="day",
            spatial=cm.SpatialRule.WEIGHTED_MEAN,
            temporal=cm.TemporalRule.MEAN,
        )
        rows = [
            *(
                {"indicator": "days", "code": "901", "period": f"2021-Q{q}", "value": "3"}
                for q in (1, 2, 3, 4)
            ),
            {"indicator": "days", "code": "902", "period": "2021", "value": "4", "weight": 1},
        ]
        target = Comparison(id="t", indicator=days, op=Op.LE, threshold="12 day")
        observations = ObservationSet.from_records(rows, (days,))
        result = evaluate_target(target, observations, "99", Y2021, province_tree(2, 0))
        assert result.status is Status.UNKNOWN
        assert result.coverage == 1
        assert "weight" in result.reason
        assert "below the required" not in result.reason

    def test_quarters_roll_up_to_the_year(self) -> None:
        """Four quarterly pairs make the year's ratio of sums."""
        rows = [
            {
                "indicator": "records",
                "code": "99",
                "period": f"2021-Q{q}",
                "numerator": q,
                "denominator": 10,
            }
            for q in (1, 2, 3, 4)
        ]
        result = evaluate_target(
            at_least("85 %", RECORDS), data(*rows), "99", Y2021, province_tree(1, 0)
        )
        assert result.observed == Fraction(10, 40) * 100

    def test_three_quarters_are_not_a_year(self) -> None:
        """Three quarters cover 273 of 365 days, below full coverage: UNKNOWN."""
        rows = [
            {
                "indicator": "records",
                "code": "99",
                "period": f"2021-Q{q}",
                "numerator": 9,
                "denominator": 10,
            }
            for q in (1, 2, 3)
        ]
        result = evaluate_target(
            at_least("85 %", RECORDS), data(*rows), "99", Y2021, province_tree(1, 0)
        )
        assert result.status is Status.UNKNOWN


class TestForms:
    def test_between_excludes_its_open_end(self) -> None:
        """ "từ 90% đến dưới 100%" is met by 90 % and not by 100 %."""
        target = Between(
            id="b", indicator=SATISFACTION, low="90 %", high="100 %", high_inclusive=False
        )
        for value, expected in (("90", Status.MET), ("100", Status.NOT_MET)):
            observations = data({"indicator": "satisfaction", "code": "99", "value": value})
            assert status_of(target, observations) is expected

    def test_ordinal_good_or_better(self) -> None:
        """ "mức tốt trở lên" is met by tốt and not by khá."""
        target = Ordinal(id="o", indicator=RATING, op=Op.GE, level="tốt")
        for value, expected in (("tốt", Status.MET), ("khá", Status.NOT_MET)):
            observations = data({"indicator": "par_rating", "code": "99", "value": value})
            assert status_of(target, observations) is expected

    def test_any_of_with_unknown_and_met(self) -> None:
        """Any of: one MET part makes it MET even beside an UNKNOWN part."""
        target = AnyOf(id="any", parts=(at_least("85 %"), at_least("85 %", RECORDS)))
        observations = data({"indicator": "satisfaction", "code": "99", "value": "90"})
        assert status_of(target, observations) is Status.MET

    def test_all_of_not_applicable_parts_are_dropped(self) -> None:
        """All of: a 0/0 part is dropped, so the other part decides."""
        target = AllOf(id="all", parts=(at_least("85 %", RECORDS), at_least("85 %")))
        observations = data(
            {"indicator": "records", "code": "99", "numerator": 0, "denominator": 0},
            {"indicator": "satisfaction", "code": "99", "value": "90"},
        )
        assert status_of(target, observations) is Status.MET

    def test_at_least_all_not_applicable(self) -> None:
        """A compound whose parts are all not applicable is NOT_APPLICABLE."""
        target = AtLeast(id="n", n=1, parts=(at_least("85 %", RECORDS),))
        observations = data(
            {"indicator": "records", "code": "99", "numerator": 0, "denominator": 0}
        )
        assert status_of(target, observations) is Status.NOT_APPLICABLE

    def test_rank_group_size_mismatch_is_a_warning(self) -> None:
        """A stated group of 9 among 3 peers found is a warning, not an error."""
        tree = province_tree(3, 0)
        rows = [{"indicator": "par_score", "code": f"9{i:02d}", "value": 90 - i} for i in (1, 2, 3)]
        target = Rank(id="r", indicator=SCORE, k=1, group_size=9)
        result = evaluate_target(target, data(*rows), "901", Y2021, tree)
        assert result.status is Status.MET
        assert result.warnings


class TestPlanEvaluation:
    def test_evaluate_a_plan_with_summaries(self) -> None:
        """A plan's evaluation has one result per target and counts them by status."""
        plan = Plan(
            id="p",
            title="Kế hoạch thử",
            issuer="99",
            period=Y2021,
            targets=(
                at_least("85 %"),
                Comparison(
                    id="t2", indicator=RECORDS, op=Op.GE, threshold="90 %", aspirational=True
                ),
            ),
        )
        observations = data({"indicator": "satisfaction", "code": "99", "value": "85"})
        evaluation = evaluate(plan, observations, province_tree(1, 1))
        assert [r.status for r in evaluation] == [Status.MET, Status.UNKNOWN]
        assert evaluation.summary()[Status.MET] == 1
        assert [r.target.id for r in evaluation.aspirational()] == ["t2"]
        assert evaluation.result("t").status is Status.MET


class TestOwnBasis:
    def test_a_parents_own_figures_join_its_childrens(self) -> None:
        """A district's own-basis pair is pooled with its communes' pairs in its territory."""
        tree = province_tree(districts=2, communes_per_district=2)
        rows = [
            {"indicator": "records", "code": c, "numerator": 5, "denominator": 10}
            for c in ("90101", "90102", "90201", "90202")
        ]
        own = {
            "indicator": "records",
            "code": "901",
            "numerator": 30,
            "denominator": 30,
            "basis": "own",
        }
        result = evaluate_target(at_least("50 %", RECORDS), data(*rows, own), "99", Y2021, tree)
        assert result.observed == Fraction(5 + 5 + 30 + 5 + 5, 10 + 10 + 30 + 10 + 10) * 100

    def test_the_last_childs_own_figures_count_once(self) -> None:
        """An own-basis row of the last district is not taken for the province's own."""
        tree = province_tree(districts=2, communes_per_district=1)
        rows = [
            {"indicator": "records", "code": "90101", "numerator": 1, "denominator": 2},
            {"indicator": "records", "code": "90201", "numerator": 1, "denominator": 2},
            {
                "indicator": "records",
                "code": "902",
                "numerator": 8,
                "denominator": 8,
                "basis": "own",
            },
        ]
        result = evaluate_target(at_least("50 %", RECORDS), data(*rows), "99", Y2021, tree)
        assert result.observed == Fraction(1 + 1 + 8, 2 + 2 + 8) * 100
