"""Tests for cchc_model.model.indicators: measure kinds, units, roll-up rules and their errors."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given

from cchc_model.exceptions import ValidationError
from cchc_model.model.areas import ReformArea
from cchc_model.model.indicators import (
    Dimension,
    Direction,
    Indicator,
    MeasureKind,
    SpatialRule,
    TemporalRule,
)
from cchc_model.model.units import dimension_of
from cchc_model.testing.strategies import indicators

PAR_LEVELS = ("yếu", "trung bình", "khá", "tốt", "xuất sắc")


def make(measure: MeasureKind, **fields: Any) -> Indicator:
    """An indicator with a fixed id and name."""
    return Indicator(id="ind", name="Chỉ tiêu", measure=measure, **fields)


def problem_of(excinfo: pytest.ExceptionInfo[ValidationError]) -> tuple[str, str]:
    """The (path, code) of the first problem of an error."""
    problem = excinfo.value.problems[0]
    return problem.path, problem.code


class TestDefaults:
    def test_ratio(self) -> None:
        """A ratio is in percent, bounded, higher is better, ratio of sums in space and time."""
        ratio = make(MeasureKind.RATIO)
        assert (ratio.unit, ratio.bounded, ratio.direction) == (
            "percent",
            True,
            Direction.HIGHER_IS_BETTER,
        )
        assert (ratio.spatial, ratio.temporal) == (
            SpatialRule.RATIO_OF_SUMS,
            TemporalRule.RATIO_OF_SUMS,
        )
        assert ratio.is_bounded_ratio

    def test_count(self) -> None:
        """A count is in count units and sums across space and time by default."""
        count = make(MeasureKind.COUNT)
        assert (count.unit, count.spatial, count.temporal) == (
            "count",
            SpatialRule.SUM,
            TemporalRule.SUM,
        )
        assert not count.is_bounded_ratio

    def test_score(self) -> None:
        """A score in points defaults to a weighted mean in space and the last value in time."""
        score = make(MeasureKind.SCORE, unit="point")
        assert (score.spatial, score.temporal) == (SpatialRule.WEIGHTED_MEAN, TemporalRule.LAST)

    def test_ordinal(self) -> None:
        """An ordinal has no unit, rolls up by the minimum, and takes the last value in time."""
        grade = make(MeasureKind.ORDINAL, levels=PAR_LEVELS)
        assert (grade.unit, grade.spatial, grade.temporal) == (
            None,
            SpatialRule.MIN,
            TemporalRule.LAST,
        )

    def test_boolean(self) -> None:
        """A yes/no indicator has no unit, rolls up as a share of yes, last value in time."""
        flag = make(MeasureKind.BOOLEAN)
        assert (flag.unit, flag.spatial, flag.temporal) == (
            None,
            SpatialRule.SHARE_TRUE,
            TemporalRule.LAST,
        )

    def test_amount_declares_its_rules(self) -> None:
        """An amount (days, dong) has no default rules; declared ones are kept."""
        days = make(
            MeasureKind.AMOUNT,
            unit="working_day",
            spatial=SpatialRule.MEAN,
            temporal=TemporalRule.LAST,
            direction=Direction.LOWER_IS_BETTER,
        )
        assert (days.unit, days.spatial, days.temporal, days.direction) == (
            "working_day",
            SpatialRule.MEAN,
            TemporalRule.LAST,
            Direction.LOWER_IS_BETTER,
        )

    def test_unit_symbols_are_normalised(self) -> None:
        """'%' and Vietnamese unit names are stored as the registry's name."""
        assert make(MeasureKind.RATIO, unit="%").unit == "percent"
        assert make(MeasureKind.COUNT, unit="hồ_sơ").unit == "dossier"

    def test_unbounded_ratio(self) -> None:
        """A ratio declared unbounded (growth against a base) is not a bounded ratio."""
        assert not make(MeasureKind.RATIO, bounded=False).is_bounded_ratio

    def test_numeric_kinds(self) -> None:
        """Ordinal and boolean are the only kinds not compared with a number."""
        assert {k for k in MeasureKind if not k.is_numeric} == {
            MeasureKind.ORDINAL,
            MeasureKind.BOOLEAN,
        }

    def test_level_index_and_printing(self) -> None:
        """Levels are indexed worst first, and an indicator prints as id (name)."""
        grade = Indicator(
            id="par_grade", name="Xếp loại", measure=MeasureKind.ORDINAL, levels=PAR_LEVELS
        )
        assert grade.level_index("tốt") == PAR_LEVELS.index("tốt")
        assert str(grade) == "par_grade (Xếp loại)"
        assert repr(make(MeasureKind.RATIO)) == "<Indicator ind: ratio in percent>"


class TestAllowedRules:
    @pytest.mark.parametrize(
        ("measure", "unit", "spatial"),
        [
            (MeasureKind.RATIO, "percent", SpatialRule.RATIO_OF_SUMS),
            (MeasureKind.COUNT, "dossier", SpatialRule.SUM),
            (MeasureKind.AMOUNT, "day", SpatialRule.SUM),
            (MeasureKind.AMOUNT, "day", SpatialRule.WEIGHTED_MEAN),
            (MeasureKind.AMOUNT, "dong", SpatialRule.MIN),
            (MeasureKind.AMOUNT, "dong", SpatialRule.MAX),
            (MeasureKind.SCORE, "point", SpatialRule.NONE),
            (MeasureKind.BOOLEAN, None, SpatialRule.ALL),
            (MeasureKind.BOOLEAN, None, SpatialRule.ANY),
        ],
    )
    def test_allowed_spatial(
        self, measure: MeasureKind, unit: str | None, spatial: SpatialRule
    ) -> None:
        """Each kind accepts the spatial rules of docs/semantics.md §3."""
        fields: dict[str, Any] = {"spatial": spatial}
        if unit is not None:
            fields["unit"] = unit
        if measure is MeasureKind.AMOUNT:
            fields["temporal"] = TemporalRule.SUM
        assert make(measure, **fields).spatial is spatial

    @pytest.mark.parametrize(
        ("measure", "spatial"),
        [
            (MeasureKind.RATIO, SpatialRule.MEAN),
            (MeasureKind.RATIO, SpatialRule.WEIGHTED_MEAN),
            (MeasureKind.RATIO, SpatialRule.SUM),
            (MeasureKind.COUNT, SpatialRule.MEAN),
            (MeasureKind.BOOLEAN, SpatialRule.SUM),
        ],
    )
    def test_forbidden_spatial(self, measure: MeasureKind, spatial: SpatialRule) -> None:
        """A ratio never rolls up as the mean of percentages; a count never as a mean."""
        with pytest.raises(ValidationError) as excinfo:
            make(measure, spatial=spatial)
        assert problem_of(excinfo) == ("spatial", "rule-mismatch")
        assert spatial.value in excinfo.value.problems[0].message

    @pytest.mark.parametrize(
        ("measure", "temporal", "extra"),
        [
            (MeasureKind.RATIO, TemporalRule.SUM, {}),
            (MeasureKind.RATIO, TemporalRule.MEAN, {}),
            (MeasureKind.ORDINAL, TemporalRule.SUM, {"levels": PAR_LEVELS}),
            (MeasureKind.BOOLEAN, TemporalRule.MEAN, {}),
        ],
    )
    def test_forbidden_temporal(
        self, measure: MeasureKind, temporal: TemporalRule, extra: dict[str, Any]
    ) -> None:
        """A ratio over time is a ratio of sums; ordinals and booleans take the last value."""
        with pytest.raises(ValidationError) as excinfo:
            make(measure, temporal=temporal, **extra)
        assert problem_of(excinfo) == ("temporal", "rule-mismatch")

    @pytest.mark.parametrize("missing", ["spatial", "temporal"])
    def test_amount_needs_rules(self, missing: str) -> None:
        """An amount without a declared rule is refused, naming the missing one."""
        rules: dict[str, Any] = {"spatial": SpatialRule.SUM, "temporal": TemporalRule.SUM}
        del rules[missing]
        with pytest.raises(ValidationError) as excinfo:
            make(MeasureKind.AMOUNT, unit="day", **rules)
        assert problem_of(excinfo) == (missing, "rule-missing")


class TestUnits:
    @pytest.mark.parametrize(
        ("measure", "unit"),
        [
            (MeasureKind.RATIO, "percent"),
            (MeasureKind.RATIO, "proportion"),
            (MeasureKind.RATIO, "permille"),
            (MeasureKind.COUNT, "dossier"),
            (MeasureKind.COUNT, "procedure"),
            (MeasureKind.COUNT, "unit"),
            (MeasureKind.SCORE, "point"),
        ],
    )
    def test_allowed_units(self, measure: MeasureKind, unit: str) -> None:
        """Ratios take proportion units, counts counting units, scores points."""
        assert make(measure, unit=unit).unit == unit

    @pytest.mark.parametrize("unit", ["day", "working_day", "dong", "million_dong"])
    def test_amount_units(self, unit: str) -> None:
        """Amounts take physical units: days, working days, money."""
        indicator = make(
            MeasureKind.AMOUNT, unit=unit, spatial=SpatialRule.SUM, temporal=TemporalRule.SUM
        )
        assert indicator.unit == unit

    @pytest.mark.parametrize(
        ("measure", "unit"),
        [
            (MeasureKind.RATIO, "dossier"),
            (MeasureKind.RATIO, "point"),
            (MeasureKind.COUNT, "percent"),
            (MeasureKind.COUNT, "day"),
            (MeasureKind.SCORE, "day"),
            (MeasureKind.SCORE, "percent"),
        ],
    )
    def test_unit_of_wrong_dimension(self, measure: MeasureKind, unit: str) -> None:
        """A unit of the wrong dimension for the kind is a unit-mismatch on ``unit``."""
        with pytest.raises(ValidationError) as excinfo:
            make(measure, unit=unit)
        assert problem_of(excinfo) == ("unit", "unit-mismatch")
        assert dimension_of(unit) in excinfo.value.problems[0].message

    @pytest.mark.parametrize("unit", ["percent", "dossier"])
    def test_amount_refuses_shares_and_counts(self, unit: str) -> None:
        """An amount in percent or dossiers should be a ratio or a count instead."""
        with pytest.raises(ValidationError) as excinfo:
            make(MeasureKind.AMOUNT, unit=unit, spatial=SpatialRule.SUM, temporal=TemporalRule.SUM)
        assert problem_of(excinfo) == ("unit", "unit-mismatch")

    @pytest.mark.parametrize(
        ("measure", "extra"),
        [(MeasureKind.ORDINAL, {"levels": PAR_LEVELS}), (MeasureKind.BOOLEAN, {})],
    )
    def test_no_unit_for_ordinal_or_boolean(
        self, measure: MeasureKind, extra: dict[str, Any]
    ) -> None:
        """Ordinal and boolean indicators have no unit."""
        with pytest.raises(ValidationError) as excinfo:
            make(measure, unit="point", **extra)
        assert problem_of(excinfo) == ("unit", "unit")

    @pytest.mark.parametrize("measure", [MeasureKind.SCORE, MeasureKind.RATIO])
    def test_numeric_kinds_need_a_unit(self, measure: MeasureKind) -> None:
        """A score has no default unit, and a ratio given None has none."""
        with pytest.raises(ValidationError) as excinfo:
            make(measure, unit=None)
        assert problem_of(excinfo) == ("unit", "unit")

    def test_unknown_unit(self) -> None:
        """A unit the registry does not know is an unknown-unit error on ``unit``."""
        with pytest.raises(ValidationError) as excinfo:
            make(MeasureKind.RATIO, unit="furlong")
        assert problem_of(excinfo) == ("unit", "unknown-unit")


class TestLevelsAndDimensions:
    @pytest.mark.parametrize("levels", [(), ("tốt",)])
    def test_ordinal_needs_two_levels(self, levels: tuple[str, ...]) -> None:
        """An ordinal indicator needs at least two levels."""
        with pytest.raises(ValidationError) as excinfo:
            make(MeasureKind.ORDINAL, levels=levels)
        assert problem_of(excinfo) == ("levels", "levels")

    def test_duplicate_level(self) -> None:
        """A level named twice is refused at its position."""
        with pytest.raises(ValidationError) as excinfo:
            make(MeasureKind.ORDINAL, levels=("khá", "tốt", "khá"))
        assert problem_of(excinfo) == ("levels[2]", "duplicate")

    def test_levels_on_a_count(self) -> None:
        """Levels belong only to ordinal indicators."""
        with pytest.raises(ValidationError) as excinfo:
            make(MeasureKind.COUNT, levels=("a", "b"))
        assert problem_of(excinfo) == ("levels", "levels")

    def test_unknown_level(self) -> None:
        """Asking the position of a level the indicator lacks names the level."""
        grade = make(MeasureKind.ORDINAL, levels=PAR_LEVELS)
        with pytest.raises(ValidationError) as excinfo:
            grade.level_index("giỏi")
        assert problem_of(excinfo) == ("level", "unknown-level")
        assert "'giỏi'" in excinfo.value.problems[0].message

    def test_duplicate_dimension(self) -> None:
        """Two dimensions with one id are refused at the second."""
        sector = Dimension("sector", ("land",))
        with pytest.raises(ValidationError) as excinfo:
            make(MeasureKind.RATIO, dimensions=(sector, Dimension("sector", ("investment",))))
        assert problem_of(excinfo) == ("dimensions[1].id", "duplicate")

    @pytest.mark.parametrize(
        ("fields", "expected"),
        [
            ({"id": "sector", "members": ()}, ("members", "empty")),
            ({"id": "sector", "members": ("land", " ")}, ("members[1]", "blank")),
            ({"id": "sector", "members": ("land", "land")}, ("members[1]", "duplicate")),
            ({"id": "lĩnh vực", "members": ("land",)}, ("id", "identifier")),
            ({"id": "sector", "members": ["land"]}, ("members", "type")),
        ],
    )
    def test_dimension_errors(self, fields: dict[str, Any], expected: tuple[str, str]) -> None:
        """A dimension needs an id and distinct, non-blank members."""
        with pytest.raises(ValidationError) as excinfo:
            Dimension(**fields)
        assert problem_of(excinfo) == expected


class TestFieldErrors:
    @pytest.mark.parametrize(
        ("fields", "expected"),
        [
            ({"id": "", "name": "x", "measure": MeasureKind.RATIO}, ("id", "identifier")),
            ({"id": "a b", "name": "x", "measure": MeasureKind.RATIO}, ("id", "identifier")),
            ({"id": "a", "name": "  ", "measure": MeasureKind.RATIO}, ("name", "blank")),
            ({"id": "a", "name": "x", "measure": "ratio"}, ("measure", "type")),
            (
                {"id": "a", "name": "x", "measure": MeasureKind.RATIO, "bounded": 1},
                ("bounded", "type"),
            ),
            (
                {"id": "a", "name": "x", "measure": MeasureKind.RATIO, "direction": "higher"},
                ("direction", "type"),
            ),
            (
                {"id": "a", "name": "x", "measure": MeasureKind.RATIO, "area": "procedures"},
                ("area", "type"),
            ),
            (
                {"id": "a", "name": "x", "measure": MeasureKind.RATIO, "exclusions": ["mật"]},
                ("exclusions", "type"),
            ),
        ],
    )
    def test_field_errors(self, fields: dict[str, Any], expected: tuple[str, str]) -> None:
        """Each malformed field is refused with its own path and code."""
        with pytest.raises(ValidationError) as excinfo:
            Indicator(**fields)
        assert problem_of(excinfo) == expected

    def test_full_definition(self) -> None:
        """Every optional field is kept as given."""
        indicator = Indicator(
            id="on_time",
            name="Tỷ lệ hồ sơ giải quyết đúng hạn",
            name_en="Share of dossiers settled on time",
            measure=MeasureKind.RATIO,
            area=ReformArea.PROCEDURES,
            numerator="Số hồ sơ đúng hạn",
            denominator="Tổng số hồ sơ đã giải quyết",
            exclusions=("hồ sơ thuộc phạm vi bí mật nhà nước",),
            dimensions=(Dimension("sector", ("land", "construction"), "lĩnh vực"),),
        )
        assert indicator.area is ReformArea.PROCEDURES
        assert indicator.dimensions[0].members == ("land", "construction")


class TestStrategy:
    @given(indicators())
    def test_generated_indicators_are_consistent(self, indicator: Indicator) -> None:
        """Every generated indicator rebuilds to itself and has a unit exactly when numeric."""
        assert (indicator.unit is not None) == indicator.measure.is_numeric
        fields: dict[str, Any] = {
            "id": indicator.id,
            "name": indicator.name,
            "measure": indicator.measure,
            "unit": indicator.unit,
            "direction": indicator.direction,
            "spatial": indicator.spatial,
            "temporal": indicator.temporal,
            "levels": indicator.levels,
            "bounded": indicator.bounded,
            "dimensions": indicator.dimensions,
            "area": indicator.area,
        }
        rebuilt = Indicator(**fields)
        assert rebuilt.measure is indicator.measure
        assert rebuilt.unit == indicator.unit
