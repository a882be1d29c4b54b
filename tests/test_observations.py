"""Tests for cchc_model.io.observations: every accepted form, every error, every loader."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_model.exceptions import Problem, ValidationError
from cchc_model.io.observations import (
    Basis,
    Observation,
    ObservationError,
    ObservationSet,
    Point,
)
from cchc_model.model.indicators import (
    Dimension,
    Indicator,
    MeasureKind,
    SpatialRule,
    TemporalRule,
)
from cchc_model.model.periods import Period
from cchc_model.testing.strategies_observations import (
    SAMPLE_INDICATORS,
    observation_lists,
    observations,
)

ONLINE = Indicator(
    id="online",
    name="Tỷ lệ hồ sơ trực tuyến",
    measure=MeasureKind.RATIO,
    dimensions=(Dimension("sector", ("land", "construction", "investment"), "lĩnh vực"),),
)
SHARE = Indicator(id="share", name="Tỷ lệ", measure=MeasureKind.RATIO, unit="proportion")
GROWTH = Indicator(
    id="growth", name="Tăng trưởng", measure=MeasureKind.RATIO, unit="proportion", bounded=False
)
UNITS = Indicator(id="autonomous", name="Số đơn vị tự chủ", measure=MeasureKind.COUNT, unit="unit")
DAYS = Indicator(
    id="days",
    name="Thời gian giải quyết",
    measure=MeasureKind.AMOUNT,
    unit="day",
    spatial=SpatialRule.WEIGHTED_MEAN,
    temporal=TemporalRule.LAST,
)
WORKING = Indicator(
    id="working",
    name="Thời gian giải quyết (ngày làm việc)",
    measure=MeasureKind.AMOUNT,
    unit="working_day",
    spatial=SpatialRule.MEAN,
    temporal=TemporalRule.LAST,
)
PAR = Indicator(id="par", name="Chỉ số CCHC", measure=MeasureKind.SCORE, unit="point")
RANK = Indicator(
    id="rank",
    name="Xếp loại",
    measure=MeasureKind.ORDINAL,
    levels=("yếu", "trung bình", "khá", "tốt", "xuất sắc"),
)
STARS = Indicator(id="stars", name="Số sao", measure=MeasureKind.ORDINAL, levels=("1", "2", "3"))
SHOP = Indicator(id="shop", name="Một cửa hiện đại", measure=MeasureKind.BOOLEAN)
ALL = (ONLINE, SHARE, GROWTH, UNITS, DAYS, WORKING, PAR, RANK, STARS, SHOP)

Y2021 = Period.year(2021)


def obs(
    indicator: str = "online", code: str = "38", period: Any = "2021", **fields: Any
) -> Observation:
    """An observation with defaults for the key."""
    return Observation(indicator=indicator, code=code, period=period, **fields)


def build(*observations: Observation, labels: list[str] | None = None) -> ObservationSet:
    """An ObservationSet of the given observations over every test indicator."""
    return ObservationSet(observations, ALL, labels=labels)


def point(**fields: Any) -> Point:
    """The single point of a set holding one observation."""
    (p,) = build(obs(**fields))
    return p


def problems(action: Callable[[], object]) -> tuple[Problem, ...]:
    """The problems of the ObservationError the action raises."""
    with pytest.raises(ObservationError) as info:
        action()
    return info.value.problems


def one_problem(action: Callable[[], object]) -> Problem:
    """The only problem the action raises."""
    found = problems(action)
    assert len(found) == 1, [str(p) for p in found]
    return found[0]


class TestObservationFields:
    """What an Observation accepts and how it converts it, without an indicator."""

    @pytest.mark.parametrize(
        ("given", "expected"),
        [
            (85, Fraction(85)),
            ("84.99", Fraction(8499, 100)),
            (" 17/20 ", Fraction(17, 20)),
            (0.85, Fraction(85, 100)),
            ("84,99", Fraction(8499, 100)),
            ("-3.5", Fraction(-7, 2)),
            ("1e2", Fraction(100)),
            (Fraction(2, 3), Fraction(2, 3)),
        ],
    )
    def test_numbers_are_exact(self, given: Any, expected: Fraction) -> None:
        """A number, or text that reads as one, becomes an exact Fraction."""
        value = obs(value=given).value
        assert type(value) is Fraction
        assert value == expected

    def test_float_is_read_by_shortest_decimal(self) -> None:
        """0.1 + 0.2 as a float is 0.30000000000000004 exactly as written, not binary."""
        assert obs(value=0.1 + 0.2).value == Fraction("0.30000000000000004")

    @pytest.mark.parametrize("given", [True, False])
    def test_truth_values_are_kept(self, given: bool) -> None:
        """A bool stays a bool."""
        assert obs(value=given).value is given

    @pytest.mark.parametrize("given", ["tốt", "  khá ", "85 %", "yes"])
    def test_other_text_is_kept(self, given: str) -> None:
        """Text that is not a number stays text (stripped) for the set to judge."""
        assert obs(value=given).value == given.strip()

    @pytest.mark.parametrize("given", [float("nan"), "NaN", float("inf"), "1e999", "1/0"])
    def test_non_finite_value_is_an_error(self, given: Any) -> None:
        """NaN, infinities, huge numbers and division by zero are refused at value."""
        assert one_problem(lambda: obs(value=given)).path == "value"

    def test_blank_value_is_an_error(self) -> None:
        """Blank text is not a value."""
        problem = one_problem(lambda: obs(value="  "))
        assert (problem.path, problem.code) == ("value", "blank")

    @pytest.mark.parametrize(
        ("given", "label"), [("2021", "2021"), (2021, "2021"), ("quý I/2021", "2021-Q1")]
    )
    def test_period_is_parsed(self, given: Any, label: str) -> None:
        """A period may be given as text or a year."""
        assert obs(period=given, value=1).period.label == label

    def test_date_is_a_day(self) -> None:
        """A date is read as a single day."""
        assert obs(period=date(2021, 3, 4), value=1).period == Period.day(date(2021, 3, 4))

    def test_bad_period_names_the_field(self) -> None:
        """A period that cannot be read is a problem at period."""
        problem = one_problem(lambda: obs(period="20x1", value=1))
        assert problem.path == "period"
        assert "is not a period" in problem.message

    def test_numerator_and_denominator_are_exact(self) -> None:
        """Counts given as text or floats are exact."""
        o = obs(numerator="17", denominator=20.0)
        assert (o.numerator, o.denominator) == (Fraction(17), Fraction(20))

    def test_unit_is_normalised(self) -> None:
        """``%`` becomes the registry's ``percent``."""
        assert obs(value=85, unit="%").unit == "percent"

    def test_unknown_unit_is_an_error(self) -> None:
        """A unit the registry does not know is a problem at unit."""
        problem = one_problem(lambda: obs(value=85, unit="furlong"))
        assert problem.path == "unit"
        assert "unknown unit 'furlong'" in problem.message

    @pytest.mark.parametrize(
        "given",
        [
            {"sector": "land", "level": "3"},
            [("level", "3"), ("sector", "land")],
            "sector=land; level=3",
        ],
    )
    def test_members_are_sorted_pairs(self, given: Any) -> None:
        """Members given as a mapping, pairs or text become sorted pairs."""
        assert obs(value=1, members=given).members == (("level", "3"), ("sector", "land"))

    def test_member_numbers_become_text(self) -> None:
        """A member written as a number is its text."""
        assert obs(value=1, members={"level": 3}).members == (("level", "3"),)

    def test_repeated_dimension_is_an_error(self) -> None:
        """A dimension given twice in pairs is a problem naming it."""
        problem = one_problem(lambda: obs(value=1, members=[("sector", "a"), ("sector", "b")]))
        assert problem.path == "members.sector"
        assert "given twice" in problem.message

    @pytest.mark.parametrize(
        ("given", "basis"), [("own", Basis.OWN), (" Territory ", Basis.TERRITORY)]
    )
    def test_basis_from_text(self, given: str, basis: Basis) -> None:
        """The basis may be given by name, in any case."""
        assert obs(value=1, basis=given).basis is basis

    def test_basis_defaults_to_territory(self) -> None:
        """Without a basis the observation covers the unit's whole territory."""
        assert obs(value=1).basis is Basis.TERRITORY

    def test_unknown_basis_is_an_error(self) -> None:
        """A basis other than own or territory is a problem at basis."""
        problem = one_problem(lambda: obs(value=1, basis="province"))
        assert problem.path == "basis"
        assert "expected 'territory'" in problem.message

    def test_numeric_code_is_an_error(self) -> None:
        """A code given as a number would lose its leading zeros."""
        problem = one_problem(lambda: obs(code=1, value=1))  # type: ignore[arg-type]
        assert problem.path == "code"
        assert "leading zeros" in problem.message

    def test_blank_code_is_an_error(self) -> None:
        """A blank code is a problem at code."""
        assert one_problem(lambda: obs(code=" ", value=1)).code == "blank"

    def test_key(self) -> None:
        """The key is indicator, code, period, members and basis."""
        o = obs(value=1, members={"sector": "land"}, basis="own")
        assert o.key == ("online", "38", Y2021, (("sector", "land"),), Basis.OWN)

    def test_is_an_observation_error_and_a_value_error(self) -> None:
        """Errors derive from ObservationError, ValidationError and ValueError."""
        with pytest.raises(ValueError, match="no value") as info:
            obs()
        assert isinstance(info.value, ObservationError)
        assert isinstance(info.value, ValidationError)


class TestObservationForms:
    """An observation holds a value, or a numerator and a denominator."""

    def test_no_value_is_an_error(self) -> None:
        """Neither form is a problem at value."""
        problem = one_problem(lambda: obs())
        assert (problem.path, problem.code) == ("value", "missing-value")

    def test_numerator_alone_is_an_error(self) -> None:
        """A numerator without a denominator is a problem at denominator."""
        problem = one_problem(lambda: obs(numerator=3))
        assert (problem.path, problem.code) == ("denominator", "incomplete-pair")

    def test_denominator_alone_is_an_error(self) -> None:
        """A denominator without a numerator is a problem at numerator."""
        assert one_problem(lambda: obs(denominator=3)).path == "numerator"

    def test_both_forms_is_an_error(self) -> None:
        """A value beside a numerator and denominator is a problem at value."""
        problem = one_problem(lambda: obs(value=85, numerator=17, denominator=20))
        assert problem.code == "both-forms"
        assert "expected one form" in problem.message

    def test_weight_beside_a_pair_is_an_error(self) -> None:
        """A pair carries its own weight."""
        problem = one_problem(lambda: obs(numerator=1, denominator=2, weight=3))
        assert (problem.path, problem.code) == ("weight", "weight-with-pair")

    @pytest.mark.parametrize("field", ["numerator", "denominator"])
    def test_negative_count_in_pair_is_an_error(self, field: str) -> None:
        """Numerator and denominator are counts of 0 or more."""
        fields = {"numerator": 1, "denominator": 2, field: -1}
        problem = one_problem(lambda: obs(**fields))
        assert problem.path == field
        assert "-1 is negative" in problem.message

    @pytest.mark.parametrize(("weight", "code"), [(0, "zero-weight"), (-2, "negative")])
    def test_weight_must_be_positive(self, weight: int, code: str) -> None:
        """A weight is above 0."""
        found = problems(lambda: obs(value=1, weight=weight))
        assert code in [p.code for p in found]
        assert all(p.path == "weight" for p in found)

    def test_form_problems_are_reported_together(self) -> None:
        """Every form problem of one observation comes in one error."""
        found = problems(lambda: obs(numerator=-1, denominator=-2))
        assert [p.path for p in found] == ["numerator", "denominator"]


class TestRatioPoints:
    """A ratio normalises to its counts and its value in the indicator's unit."""

    def test_pair_gives_value_in_percent_exactly(self) -> None:
        """17 of 20 is 85 % exactly (§8), with the counts as the additive pair."""
        p = point(numerator=17, denominator=20)
        assert (p.numerator, p.denominator, p.value) == (17, 20, 85)
        assert type(p.value) is Fraction
        assert not p.not_applicable

    def test_two_of_three_is_below_66_67(self) -> None:
        """2 of 3 is 200/3 %, which does not reach 66.67 % (§8)."""
        value = point(numerator=2, denominator=3).value
        assert value == Fraction(200, 3)
        assert isinstance(value, Fraction)
        assert value < Fraction("66.67")

    def test_proportion_value_is_percent(self) -> None:
        """0.85 given in proportion is 85 % exactly (§8)."""
        assert point(value=0.85, unit="proportion").value == 85

    def test_percent_value_for_a_proportion_indicator(self) -> None:
        """85 % for an indicator in proportion is 17/20."""
        assert point(indicator="share", value="85", unit="%").value == Fraction(17, 20)

    def test_pair_for_a_proportion_indicator(self) -> None:
        """The pair's value is in the indicator's unit."""
        assert point(indicator="share", numerator=17, denominator=20).value == Fraction(17, 20)

    def test_value_with_its_unit_in_the_text(self) -> None:
        """A value written ``85 %`` carries its unit."""
        assert point(indicator="share", value="85 %").value == Fraction(17, 20)

    def test_value_text_unit_must_agree_with_unit(self) -> None:
        """``85 %`` with unit proportion names two units."""
        problem = one_problem(lambda: point(value="85 %", unit="proportion"))
        assert (problem.path, problem.code) == ("observations[0].value", "unit-mismatch")

    def test_bare_value_cannot_be_pooled(self) -> None:
        """A ratio given as a bare value has no additive pair."""
        p = point(value="84.99")
        assert (p.numerator, p.denominator, p.value) == (None, None, Fraction(8499, 100))
        assert not p.not_applicable

    def test_value_with_weight_is_pooled(self) -> None:
        """A value and weight pool as (value as a proportion × weight, weight)."""
        p = point(value=85, weight=20)
        assert (p.numerator, p.denominator, p.value) == (17, 20, 85)

    def test_zero_over_zero_is_not_applicable(self) -> None:
        """0/0 has no value: nothing to measure, not missing data."""
        p = point(numerator=0, denominator=0)
        assert p.value is None
        assert p.not_applicable
        assert (p.numerator, p.denominator) == (0, 0)

    def test_unbounded_ratio_may_exceed_its_denominator(self) -> None:
        """An unbounded ratio's numerator may be above its denominator."""
        assert point(indicator="growth", numerator=5, denominator=4).value == Fraction(5, 4)

    def test_unbounded_ratio_over_zero_is_an_error(self) -> None:
        """5 over 0 would change a pooled sum, so it is refused."""
        problem = one_problem(lambda: point(indicator="growth", numerator=5, denominator=0))
        assert problem.path == "observations[0].numerator"
        assert "denominator of 0" in problem.message

    def test_unbounded_ratio_value_above_100_percent(self) -> None:
        """An unbounded ratio may be given above 100 %."""
        assert point(indicator="growth", value=150, unit="percent").value == Fraction(3, 2)

    def test_negative_ratio_value_is_an_error(self) -> None:
        """A ratio of counts is never negative."""
        assert one_problem(lambda: point(value=-1)).code == "negative"

    def test_permille(self) -> None:
        """850 ‰ is 85 %."""
        assert point(value=850, unit="‰").value == 85


class TestOtherPoints:
    """Counts, amounts, scores, booleans and ordinals normalise as §5 says."""

    def test_count(self) -> None:
        """A count's pair is (value, 1)."""
        p = point(indicator="autonomous", value="12")
        assert (p.numerator, p.denominator, p.value) == (12, 1, 12)

    def test_count_in_another_counting_unit(self) -> None:
        """A count in dossiers converts to the indicator's counting unit."""
        assert point(indicator="autonomous", value=3, unit="dossier").value == 3

    def test_amount_is_converted(self) -> None:
        """2 weeks is 14 days."""
        p = point(indicator="days", value=2, unit="week")
        assert (p.numerator, p.denominator, p.value) == (14, 1, 14)

    def test_amount_with_weight(self) -> None:
        """A weighted amount pools as (value × weight, weight)."""
        p = point(indicator="days", value="2.5", weight=4)
        assert (p.numerator, p.denominator, p.value) == (10, 4, Fraction(5, 2))

    def test_amount_may_be_negative(self) -> None:
        """An amount has no sign rule of its own."""
        assert point(indicator="days", value=-1).value == -1

    def test_score(self) -> None:
        """A score is a number with weight 1 unless given."""
        p = point(indicator="par", value="84.5")
        assert (p.numerator, p.denominator, p.value) == (Fraction(169, 2), 1, Fraction(169, 2))

    @pytest.mark.parametrize(("value", "numerator"), [(True, 1), (False, 0)])
    def test_boolean(self, value: bool, numerator: int) -> None:
        """A truth value's pair is (1 or 0, 1)."""
        p = point(indicator="shop", value=value)
        assert (p.numerator, p.denominator, p.value) == (numerator, 1, value)

    def test_ordinal_level(self) -> None:
        """An ordinal point holds its level and no pair."""
        p = point(indicator="rank", value="khá")
        assert (p.numerator, p.denominator, p.value) == (None, None, "khá")

    def test_ordinal_level_in_another_case(self) -> None:
        """A level matches regardless of case and spacing; the point uses its spelling."""
        assert point(indicator="rank", value=" Trung  Bình ").value == "trung bình"

    def test_ordinal_level_that_reads_as_a_number(self) -> None:
        """A level named "2" matches the value 2."""
        assert point(indicator="stars", value="2").value == "2"

    def test_point_reads_its_observation(self) -> None:
        """A point exposes its observation's key fields."""
        p = point(value=1, members={"sector": "land"}, basis="own")
        assert (p.indicator, p.code, p.period, p.members, p.basis) == (
            "online",
            "38",
            Y2021,
            (("sector", "land"),),
            Basis.OWN,
        )
        assert p.key == p.observation.key


class TestSetProblems:
    """Each rule an ObservationSet checks, with the row named in the path."""

    def test_unknown_indicator(self) -> None:
        """An indicator id the set does not know names the row."""
        problem = one_problem(lambda: build(obs(indicator="nope", value=1)))
        assert problem.path == "observations[0].indicator"
        assert "unknown indicator 'nope'" in problem.message

    def test_duplicate_key_names_both_rows(self) -> None:
        """Two observations with the same key name each other."""
        problem = one_problem(
            lambda: build(
                obs(code="01", value=1),
                obs(code="02", value=1),
                obs(code="03", value=1),
                obs(code="02", value=2),
            )
        )
        assert problem.path == "observations[3]"
        assert "same indicator, code, period, members and basis as observations[1]" in (
            problem.message
        )

    def test_duplicate_after_an_invalid_row_names_the_kept_row(self) -> None:
        """The row named is the first one kept, not an earlier invalid one."""
        found = problems(lambda: build(obs(numerator=3, denominator=2), obs(value=1), obs(value=2)))
        assert [p.path for p in found] == ["observations[0].numerator", "observations[2]"]
        assert "as observations[1]" in found[1].message

    def test_same_key_but_other_basis_or_members_is_no_duplicate(self) -> None:
        """Basis and members are part of the key."""
        s = build(
            obs(value=1),
            obs(value=2, basis="own"),
            obs(value=3, members={"sector": "land"}),
        )
        assert len(s) == 3

    def test_negative_count(self) -> None:
        """A negative count is refused."""
        problem = one_problem(lambda: build(obs(indicator="autonomous", value=-3)))
        assert (problem.path, problem.code) == ("observations[0].value", "negative-count")
        assert "-3 is negative; expected a count" in problem.message

    def test_fractional_count(self) -> None:
        """A count is a whole number."""
        problem = one_problem(lambda: build(obs(indicator="autonomous", value="2.5")))
        assert problem.code == "not-integer"
        assert "2.5 is not a whole number" in problem.message

    def test_numerator_above_denominator(self) -> None:
        """A bounded ratio's numerator is at most its denominator."""
        problem = one_problem(lambda: build(obs(numerator=21, denominator=20)))
        assert problem.path == "observations[0].numerator"
        assert "expected at most the denominator" in problem.message

    def test_percent_above_100(self) -> None:
        """A bounded ratio given as a value is at most 100 %."""
        problem = one_problem(lambda: build(obs(value=120)))
        assert problem.path == "observations[0].value"
        assert problem.message == (
            "120 percent is above 100 percent for a bounded ratio; expected at most 100 percent"
        )

    def test_proportion_above_1(self) -> None:
        """1.2 in proportion is above 100 %."""
        problem = one_problem(lambda: build(obs(value="1.2", unit="proportion")))
        assert problem.code == "bounded-ratio-above-100"

    def test_exactly_100_percent_is_allowed(self) -> None:
        """100 % is the bound itself."""
        assert len(build(obs(value=100), obs(code="01", value=1, unit="proportion"))) == 2

    @pytest.mark.parametrize(
        ("fields", "unit"),
        [
            ({"value": 85, "unit": "dossier"}, "dossier"),
            ({"indicator": "working", "value": 3, "unit": "day"}, "day"),
            ({"indicator": "autonomous", "value": 3, "unit": "percent"}, "percent"),
        ],
    )
    def test_unit_that_does_not_convert(self, fields: dict[str, Any], unit: str) -> None:
        """A unit of another dimension than the indicator's is refused."""
        problem = one_problem(lambda: build(obs(**fields)))
        assert (problem.path, problem.code) == ("observations[0].unit", "unit-mismatch")
        assert f"{unit} cannot be converted" in problem.message

    @pytest.mark.parametrize("value", [1, "maybe", "tốt"])
    def test_boolean_needs_a_truth_value(self, value: Any) -> None:
        """A boolean indicator takes true or false only."""
        problem = one_problem(lambda: build(obs(indicator="shop", value=value)))
        assert (problem.path, problem.code) == ("observations[0].value", "not-boolean")
        assert "expected true or false" in problem.message

    def test_unknown_level(self) -> None:
        """An ordinal value is one of the indicator's levels."""
        problem = one_problem(lambda: build(obs(indicator="rank", value="rất tốt")))
        assert problem.code == "unknown-level"
        assert "'rất tốt' is not a level of rank; expected one of 'yếu'" in problem.message

    def test_unknown_dimension(self) -> None:
        """A member of a dimension the indicator does not have is refused."""
        problem = one_problem(lambda: build(obs(value=1, members={"area": "north"})))
        assert problem.path == "observations[0].members.area"
        assert "online has no dimension 'area'; expected one of 'sector'" in problem.message

    def test_dimension_of_an_indicator_without_dimensions(self) -> None:
        """An indicator without dimensions takes no members."""
        problem = one_problem(
            lambda: build(obs(indicator="autonomous", value=1, members={"a": "b"}))
        )
        assert "it has no dimensions" in problem.message

    def test_unknown_member(self) -> None:
        """A member outside the dimension's list is refused."""
        problem = one_problem(lambda: build(obs(value=1, members={"sector": "sea"})))
        assert (problem.path, problem.code) == ("observations[0].members.sector", "unknown-member")
        assert "'sea' is not a member of sector" in problem.message

    @pytest.mark.parametrize("indicator", ["autonomous", "days", "par", "rank", "shop"])
    def test_pair_for_a_non_ratio(self, indicator: str) -> None:
        """Only ratios take a numerator and a denominator."""
        found = problems(lambda: build(obs(indicator=indicator, numerator=1, denominator=2)))
        assert [(p.path, p.code) for p in found] == [("observations[0].numerator", "not-a-ratio")]

    @pytest.mark.parametrize("indicator", ["online", "autonomous", "days", "par"])
    def test_truth_value_for_a_numeric_indicator(self, indicator: str) -> None:
        """True is not a number."""
        problem = one_problem(lambda: build(obs(indicator=indicator, value=True)))
        assert (problem.path, problem.code) == ("observations[0].value", "not-a-number")
        assert "True is a truth value" in problem.message

    def test_text_for_a_numeric_indicator(self) -> None:
        """Text that is not a number is refused for a number."""
        problem = one_problem(lambda: build(obs(indicator="par", value="high")))
        assert "'high' is not a number" in problem.message

    def test_weight_for_a_count(self) -> None:
        """A count adds up and takes no weight."""
        problem = one_problem(lambda: build(obs(indicator="autonomous", value=1, weight=2)))
        assert (problem.path, problem.code) == ("observations[0].weight", "unexpected-weight")

    @pytest.mark.parametrize(("indicator", "value"), [("shop", True), ("rank", "tốt")])
    def test_unit_for_an_indicator_without_unit(self, indicator: str, value: Any) -> None:
        """Boolean and ordinal indicators take no unit."""
        problem = one_problem(lambda: build(obs(indicator=indicator, value=value, unit="%")))
        assert (problem.path, problem.code) == ("observations[0].unit", "unexpected-unit")

    def test_not_an_observation(self) -> None:
        """Every item must be an Observation."""
        problem = one_problem(lambda: ObservationSet(["x"], ALL))  # type: ignore[list-item]
        assert problem.path == "observations[0]"

    def test_labels_name_the_rows(self) -> None:
        """With labels, a path reads ``line 14: numerator``."""
        problem = one_problem(
            lambda: build(
                obs(value=1),
                obs(code="01", numerator=21, denominator=20),
                labels=["line 13", "line 14"],
            )
        )
        assert problem.path == "line 14: numerator"
        assert str(problem).startswith("line 14: numerator: 21 is more than the denominator 20")

    def test_labels_must_match_the_rows(self) -> None:
        """One label per observation."""
        problem = one_problem(lambda: build(obs(value=1), labels=["a", "b"]))
        assert problem.path == "labels"

    def test_every_problem_in_row_order(self) -> None:
        """All rows are checked and every problem is raised at once, in row order."""
        found = problems(
            lambda: build(
                obs(indicator="autonomous", value=-1),
                obs(value=1),
                obs(indicator="nope", value=1),
                obs(value=2),
                obs(indicator="rank", value="x", weight=2),
            )
        )
        assert [p.path for p in found] == [
            "observations[0].value",
            "observations[2].indicator",
            "observations[3]",
            "observations[4].weight",
            "observations[4].value",
        ]

    def test_indicators_given_twice_differently(self) -> None:
        """Two different indicators with one id are a problem."""
        other = Indicator(id="online", name="Khác", measure=MeasureKind.COUNT)
        problem = one_problem(lambda: ObservationSet([], [ONLINE, other]))
        assert (problem.path, problem.code) == ("indicators[1]", "duplicate")

    def test_indicators_as_a_mapping(self) -> None:
        """Indicators may be given by id."""
        s = ObservationSet([obs(value=1)], {"online": ONLINE})
        assert dict(s.indicators) == {"online": ONLINE}

    def test_mapping_key_must_be_the_id(self) -> None:
        """A mapping key other than the indicator's id is a problem."""
        assert one_problem(lambda: ObservationSet([], {"x": ONLINE})).code == "indicator-key"


class TestLookups:
    """Reading a built set: get, series, codes, periods, iteration."""

    def test_get(self) -> None:
        """get finds a point by its key, and None for an absent key."""
        s = build(obs(numerator=17, denominator=20), obs(value=1, basis="own"))
        found = s.get("online", "38", Y2021)
        assert found is not None
        assert found.value == 85
        own = s.get("online", "38", Y2021, basis=Basis.OWN)
        assert own is not None
        assert own.value == 1
        assert s.get("online", "38", Period.year(2022)) is None
        assert s.get("online", "01", Y2021) is None
        assert s.get("missing", "38", Y2021) is None

    def test_get_accepts_labels_names_and_mappings(self) -> None:
        """get reads a period label, a basis name and members as a mapping."""
        s = build(obs(value=5, members={"sector": "land"}, basis="own"))
        found = s.get("online", "38", "2021", {"sector": "land"}, "own")  # type: ignore[arg-type]
        assert found is not None
        assert found.value == 5

    def test_series_is_sorted_by_period(self) -> None:
        """series gives every period of one unit, earliest first."""
        s = build(
            obs(period="2022", value=3),
            obs(period="2021-Q3", value=2),
            obs(period="2021-S1", value=1),
            obs(period="2021", value=9, basis="own"),
            obs(code="01", period="2020", value=1),
        )
        assert [p.period.label for p in s.series("online", "38")] == ["2021-S1", "2021-Q3", "2022"]
        assert [p.value for p in s.series("online", "38", basis="own")] == [9]  # type: ignore[arg-type]
        assert s.series("online", "99") == ()

    def test_codes_and_periods(self) -> None:
        """codes and periods list what an indicator has, periods sorted."""
        s = build(
            obs(period="2022", value=1),
            obs(code="01", period="2021", value=1),
            obs(indicator="autonomous", code="02", period="2020", value=1),
        )
        assert s.codes("online") == frozenset({"38", "01"})
        assert s.periods("online") == (Period.year(2021), Period.year(2022))
        assert s.codes("shop") == frozenset()
        assert s.periods("shop") == ()

    def test_iteration_keeps_input_order(self) -> None:
        """Iterating gives points in the order the observations came."""
        given = [obs(code=c, value=1) for c in ("05", "01", "03")]
        s = build(*given)
        assert len(s) == 3
        assert [p.observation for p in s] == given
        assert s.observations == tuple(given)

    def test_indicators_are_read_only(self) -> None:
        """The indicators mapping cannot be changed."""
        s = build()
        with pytest.raises(TypeError):
            s.indicators["x"] = ONLINE  # type: ignore[index]

    def test_empty_set(self) -> None:
        """An empty set is valid."""
        assert len(build()) == 0
        assert "0 observations" in repr(build())


class TestFromRecords:
    """Reading dictionaries, as from a tidy table or JSON."""

    def test_tidy_record(self) -> None:
        """Text cells are read exactly, a dimension column is a member."""
        s = ObservationSet.from_records(
            [
                {
                    "indicator": "online",
                    "code": "38",
                    "period": "2021",
                    "numerator": "17",
                    "denominator": "20",
                    "sector": "land",
                    "value": "",
                    "unit": None,
                },
            ],
            ALL,
        )
        (p,) = s
        assert p.value == 85
        assert p.members == (("sector", "land"),)

    def test_members_mapping_and_text(self) -> None:
        """``members`` may be a mapping or ``dimension=member`` text."""
        s = ObservationSet.from_records(
            [
                {
                    "indicator": "online",
                    "code": "38",
                    "period": 2021,
                    "value": 1,
                    "members": {"sector": "land"},
                },
                {
                    "indicator": "online",
                    "code": "38",
                    "period": 2021,
                    "value": 1,
                    "members": "sector=construction",
                },
            ],
            ALL,
        )
        assert [p.members for p in s] == [(("sector", "land"),), (("sector", "construction"),)]

    def test_member_column_and_mapping_must_agree(self) -> None:
        """A dimension given twice with different members is a problem."""
        problem = one_problem(
            lambda: ObservationSet.from_records(
                [
                    {
                        "indicator": "online",
                        "code": "38",
                        "period": 2021,
                        "value": 1,
                        "members": {"sector": "land"},
                        "sector": "investment",
                    }
                ],
                ALL,
            )
        )
        assert problem.path == "records[0].sector"

    def test_unknown_key(self) -> None:
        """A key that is neither a field nor a dimension of the row's indicator is a problem."""
        problem = one_problem(
            lambda: ObservationSet.from_records(
                [
                    {
                        "indicator": "autonomous",
                        "code": "38",
                        "period": 2021,
                        "value": 1,
                        "sector": "land",
                    }
                ],
                ALL,
            )
        )
        assert (problem.path, problem.code) == ("records[0].sector", "unknown-key")

    def test_empty_dimension_cell_of_another_indicator_is_fine(self) -> None:
        """An empty cell in another indicator's dimension column is absent."""
        s = ObservationSet.from_records(
            [{"indicator": "autonomous", "code": "38", "period": 2021, "value": 1, "sector": ""}],
            ALL,
        )
        assert len(s) == 1

    @pytest.mark.parametrize(
        ("cell", "value"),
        [
            ("true", True),
            ("Yes", True),
            ("CÓ", True),
            ("1", True),
            (1, True),
            (1.0, True),
            ("false", False),
            ("no", False),
            ("Không", False),
            ("0", False),
            (0, False),
            (False, False),
        ],
    )
    def test_truth_values(self, cell: Any, value: bool) -> None:
        """Boolean cells read true/false, yes/no, có/không and 1/0 in any case."""
        (p,) = ObservationSet.from_records(
            [{"indicator": "shop", "code": "38", "period": "2021", "value": cell}], ALL
        )
        assert p.value is value

    def test_numeric_text_for_non_boolean_stays_a_number(self) -> None:
        """ "1" is a number for a count, not a truth value."""
        (p,) = ObservationSet.from_records(
            [{"indicator": "autonomous", "code": "38", "period": "2021", "value": "1"}], ALL
        )
        assert p.value == 1
        assert type(p.value) is Fraction

    def test_source_default_and_own(self) -> None:
        """Rows without a source take the loader's; a row's own source wins."""
        s = ObservationSet.from_records(
            [
                {"indicator": "online", "code": "38", "period": "2021", "value": 1},
                {
                    "indicator": "online",
                    "code": "01",
                    "period": "2021",
                    "value": 1,
                    "source": "báo cáo",
                },
            ],
            ALL,
            source="file.json",
        )
        assert [p.observation.source for p in s] == ["file.json", "báo cáo"]

    def test_missing_required_fields(self) -> None:
        """indicator, code and period are required in every row."""
        found = problems(lambda: ObservationSet.from_records([{"value": 1}], ALL))
        assert [(p.path, p.code) for p in found] == [
            ("records[0].indicator", "missing"),
            ("records[0].code", "missing"),
            ("records[0].period", "missing"),
        ]

    def test_every_bad_field_of_a_row(self) -> None:
        """A row with several bad fields reports each one."""
        found = problems(
            lambda: ObservationSet.from_records(
                [
                    {
                        "indicator": "online",
                        "code": "38",
                        "period": "20x1",
                        "numerator": "a",
                        "denominator": "b",
                        "basis": "x",
                    }
                ],
                ALL,
            )
        )
        assert [p.path for p in found] == [
            "records[0].period",
            "records[0].numerator",
            "records[0].denominator",
            "records[0].basis",
        ]

    def test_not_a_mapping(self) -> None:
        """Every record is a mapping."""
        problem = one_problem(lambda: ObservationSet.from_records([["online"]], ALL))  # type: ignore[list-item]
        assert problem.path == "records[0]"

    def test_problems_of_all_rows_in_order(self) -> None:
        """Reading problems and set problems come together, ordered by row."""
        found = problems(
            lambda: ObservationSet.from_records(
                [
                    {"indicator": "online", "code": "38", "period": "2021", "value": 120},
                    {"indicator": "online", "code": "38", "period": "bad", "value": 1},
                    {"indicator": "online", "code": "01", "period": "2021", "value": 1},
                    {"indicator": "online", "code": "01", "period": "2021", "value": 2},
                ],
                ALL,
            )
        )
        assert [p.path for p in found] == ["records[0].value", "records[1].period", "records[3]"]
        assert "as records[2]" in found[2].message


class TestRoundTrip:
    """to_records writes what from_records reads back unchanged."""

    def test_exact_text(self) -> None:
        """Numbers are written as exact text and bools stay bools."""
        s = build(
            obs(numerator=17, denominator=20),
            obs(code="01", value=Fraction(2, 3), unit="percent", weight="2.5"),
            obs(indicator="shop", value=True, basis="own", source="x"),
            obs(code="02", value="0.8499", unit="proportion", members={"sector": "land"}),
        )
        records = s.to_records()
        assert records[0]["numerator"] == "17"
        assert records[0]["value"] is None
        assert records[1]["value"] == "2/3"
        assert records[1]["weight"] == "2.5"
        assert records[2]["value"] is True
        assert records[2]["basis"] == "own"
        assert records[3]["value"] == "0.8499"
        assert records[3]["sector"] == "land"
        assert records[0]["period"] == "2021"
        again = ObservationSet.from_records(records, ALL)
        assert again.observations == s.observations

    def test_reserved_dimension_id_goes_into_members(self) -> None:
        """A dimension named like a field is written inside ``members``."""
        odd = Indicator(
            id="odd",
            name="Lạ",
            measure=MeasureKind.COUNT,
            dimensions=(Dimension("source", ("a", "b")),),
        )
        s = ObservationSet([obs(indicator="odd", value=1, members={"source": "a"})], [odd])
        (record,) = s.to_records()
        assert record["members"] == {"source": "a"}
        assert ObservationSet.from_records([record], [odd]).observations == s.observations

    @settings(max_examples=150, deadline=None)
    @given(observation_lists(max_size=15))
    def test_round_trip_property(self, observations_: list[Observation]) -> None:
        """from_records(to_records(s)) gives equal observations, for any valid set."""
        s = ObservationSet(observations_, SAMPLE_INDICATORS)
        again = ObservationSet.from_records(s.to_records(), SAMPLE_INDICATORS)
        assert again.observations == s.observations

    @settings(max_examples=100, deadline=None)
    @given(observations())
    def test_points_are_consistent(self, observation: Observation) -> None:
        """A pooled point's value is its numerator over its denominator, in the indicator's unit."""
        (p,) = ObservationSet([observation], SAMPLE_INDICATORS)
        indicator = {i.id: i for i in SAMPLE_INDICATORS}[observation.indicator]
        if indicator.measure is MeasureKind.RATIO and p.denominator is not None:
            if p.denominator == 0:
                assert p.value is None
                assert p.not_applicable
            else:
                factor = 100 if indicator.unit == "percent" else 1
                assert p.value == p.numerator / p.denominator * factor
        elif indicator.measure in (MeasureKind.COUNT, MeasureKind.AMOUNT, MeasureKind.SCORE):
            assert p.numerator == p.value * p.denominator  # type: ignore[operator]

    @given(st.fractions(min_value=0, max_value=100, max_denominator=1000))
    def test_any_percent_round_trips(self, value: Fraction) -> None:
        """Any exact percentage survives writing and reading."""
        s = build(obs(value=value))
        assert ObservationSet.from_records(s.to_records(), ALL).observations == s.observations


CSV_GOOD = """\ufeffindicator,code,period,value,numerator,denominator,unit,sector,basis,source
online,38,2021,,17,20,,,,
online,38,2021,0.85,,,proportion,land,,
online,38,2021,85,,,%,,own,"báo cáo, năm"
shop,38,quý I/2021,có,,,,,,
rank,38,2021,Tốt,,,,,,
"""


class TestFromCsv:
    """Reading a CSV file: columns as in records, rows named by their line."""

    def test_reads_a_file_with_bom(self, tmp_path: Path) -> None:
        """A UTF-8 file with a byte-order mark reads cleanly, from a path."""
        path = tmp_path / "data.csv"
        path.write_text(CSV_GOOD, encoding="utf-8")
        s = ObservationSet.from_csv(path, ALL)
        assert [p.value for p in s] == [85, 85, 85, True, "tốt"]
        assert s.get("online", "38", Y2021, {"sector": "land"}) is not None
        own = s.get("online", "38", Y2021, basis=Basis.OWN)
        assert own is not None
        assert own.observation.source == "báo cáo, năm"
        assert ObservationSet.from_csv(str(path), ALL).observations == s.observations

    def test_reads_a_stream(self) -> None:
        """A text stream works too, its BOM stripped from the first column name."""
        s = ObservationSet.from_csv(io.StringIO(CSV_GOOD), ALL)
        assert len(s) == 5

    def test_every_problem_with_its_line(self) -> None:
        """Every problem of the file is reported at once, at its physical line."""
        text = (
            "indicator,code,period,value,numerator,denominator\n"  # line 1
            "online,38,2021,,21,20\n"  # line 2
            "\n"  # line 3, blank
            'online,01,2021,"1\n2",,\n'  # lines 4-5, one record over two lines
            "autonomous,38,2021,-3,,\n"  # line 6
            "online,02,2021,120,,\n"  # line 7
            "online,03,2021,,,\n"  # line 8
            "online,04,2021,1,,,extra\n"  # line 9
            "online,05,2021,1,,\n"  # line 10
            "online,05,2021,2,,\n"  # line 11
        )
        found = problems(lambda: ObservationSet.from_csv(io.StringIO(text), ALL))
        assert [str(p).split(":")[0] + ":" + p.path.partition(": ")[2] for p in found] == [
            "line 2:numerator",
            "line 4:value",
            "line 6:value",
            "line 7:value",
            "line 8:value",
            "line 9:",
            "line 11:",
        ]
        assert "as line 10" in found[-1].message
        assert found[0].path == "line 2: numerator"

    def test_missing_required_column_is_one_problem(self) -> None:
        """A missing required column is one problem naming it, not one per row."""
        text = "indicator,code,value\nonline,38,1\nonline,01,1\n"
        problem = one_problem(lambda: ObservationSet.from_csv(io.StringIO(text), ALL))
        assert (problem.path, problem.code) == ("line 1", "missing-column")
        assert "no column 'period'" in problem.message

    def test_unknown_and_repeated_columns(self) -> None:
        """Unknown and repeated columns are reported once, with the rows' problems."""
        text = (
            "indicator,code,period,value,colour,value\n"
            "online,38,2021,1,red,1\n"
            "online,01,2021,x,,x\n"
        )
        found = problems(lambda: ObservationSet.from_csv(io.StringIO(text), ALL))
        assert [(p.path, p.code) for p in found] == [
            ("line 1", "unknown-column"),
            ("line 1", "duplicate"),
            ("line 3: value", "not-a-number"),
        ]

    def test_empty_file(self) -> None:
        """An empty file has no header."""
        problem = one_problem(lambda: ObservationSet.from_csv(io.StringIO(""), ALL))
        assert "the file is empty" in problem.message

    def test_header_only(self) -> None:
        """A header with no rows is an empty set."""
        assert len(ObservationSet.from_csv(io.StringIO("indicator,code,period,value\n"), ALL)) == 0


class TestFromDataFrame:
    """Reading a pandas DataFrame (needs pandas)."""

    def test_reads_numpy_values_exactly(self) -> None:
        """numpy numbers become exact Python numbers; NaN and None are absent."""
        pd = pytest.importorskip("pandas")
        frame = pd.DataFrame(
            {
                "indicator": ["online", "online", "autonomous", "shop"],
                "code": ["38", "01", "38", "38"],
                "period": ["2021", "2021", "2021", "2021"],
                "value": [0.85, None, 12.0, 1.0],
                "numerator": [None, 17, None, None],
                "denominator": [None, 20, None, None],
                "unit": ["proportion", None, None, None],
                "sector": ["land", None, None, None],
            }
        )
        s = ObservationSet.from_dataframe(frame, ALL)
        assert [p.value for p in s] == [85, 85, 12, True]
        assert [type(p.value) for p in s][:3] == [Fraction, Fraction, Fraction]
        assert next(iter(s)).members == (("sector", "land"),)

    def test_nullable_columns_and_row_labels(self) -> None:
        """pd.NA is absent, and problems name the row by position."""
        pd = pytest.importorskip("pandas")
        frame = pd.DataFrame(
            {
                "indicator": ["online", "online"],
                "code": ["38", "01"],
                "period": ["2021", "2021"],
                "numerator": pd.array([17, 21], dtype="Int64"),
                "denominator": pd.array([20, 20], dtype="Int64"),
                "value": pd.array([pd.NA, pd.NA], dtype="Float64"),
            },
            index=[10, 20],
        )
        problem = one_problem(lambda: ObservationSet.from_dataframe(frame, ALL))
        assert problem.path == "row 1: numerator"

    def test_numeric_code_column_is_reported(self) -> None:
        """A code column read as numbers is refused: leading zeros are lost."""
        pd = pytest.importorskip("pandas")
        frame = pd.DataFrame({"indicator": ["online"], "code": [1], "period": [2021], "value": [1]})
        problem = one_problem(lambda: ObservationSet.from_dataframe(frame, ALL))
        assert problem.path == "row 0: code"

    def test_missing_column(self) -> None:
        """A missing required column is one problem at ``columns``."""
        pd = pytest.importorskip("pandas")
        frame = pd.DataFrame({"indicator": ["online"], "code": ["38"], "value": [1]})
        problem = one_problem(lambda: ObservationSet.from_dataframe(frame, ALL))
        assert (problem.path, problem.code) == ("columns", "missing-column")

    def test_round_trip_through_a_frame(self) -> None:
        """to_records → DataFrame → from_dataframe keeps the observations."""
        pd = pytest.importorskip("pandas")
        s = build(
            obs(numerator=17, denominator=20),
            obs(code="01", value="84.99", members={"sector": "land"}),
            obs(indicator="rank", value="khá"),
        )
        again = ObservationSet.from_dataframe(pd.DataFrame(s.to_records()), ALL)
        assert again.observations == s.observations
