"""The hardest targets of the seed plans, built with the public API.

Each test models one phrase of ../shared/seeds/ and checks that the model keeps
what the phrase means: the operator's strictness, the scope, the breakdown, the
aspirational flag, the exclusions.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from cchc_model import (
    AllOf,
    AtLeast,
    Change,
    Comparison,
    Dimension,
    Direction,
    Indicator,
    Level,
    MeasureKind,
    Op,
    Ordinal,
    Rank,
    Scope,
    ScopeMode,
    Share,
    implies,
)

SATISFACTION = Indicator(
    id="satisfaction",
    name="Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC",
    measure=MeasureKind.RATIO,
    dimensions=(Dimension("sector", ("land_construction_investment",), "lĩnh vực"),),
)
WORK_RECORDS = Indicator(
    id="work_records_online",
    name="Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng",
    measure=MeasureKind.RATIO,
)
ONLINE_PROCEDURES = Indicator(
    id="procedures_online",
    name="Tỷ lệ TTHC được cung cấp dịch vụ công trực tuyến",
    measure=MeasureKind.RATIO,
    dimensions=(Dimension("online_level", ("3_or_4", "4"), "mức độ"),),
)
AUTONOMOUS_UNITS = Indicator(
    id="autonomous_public_units",
    name="Số đơn vị sự nghiệp công lập tự chủ về tài chính",
    measure=MeasureKind.COUNT,
    unit="unit",
)
PAR_INDEX = Indicator(
    id="par_index_rating",
    name="Xếp loại Chỉ số cải cách hành chính",
    measure=MeasureKind.ORDINAL,
    levels=("yếu", "trung bình", "khá", "tốt"),
)
PAR_SCORE = Indicator(
    id="par_index_score",
    name="Chỉ số cải cách hành chính",
    measure=MeasureKind.SCORE,
    unit="point",
)
MODERN_ONE_STOP = Indicator(
    id="modern_one_stop",
    name="Bộ phận tiếp nhận và trả kết quả theo cơ chế một cửa hiện đại",
    measure=MeasureKind.BOOLEAN,
)
LATE_DOSSIERS = Indicator(
    id="late_dossiers",
    name="Tỷ lệ hồ sơ TTHC giải quyết trễ hạn",
    measure=MeasureKind.RATIO,
    direction=Direction.LOWER_IS_BETTER,
)


def meets(target: Comparison, percent: str) -> bool:
    """Whether an exact observed percentage meets a comparison target."""
    return target.op.holds(Fraction(percent), target.threshold_value)


class TestSeedPhrases:
    def test_tren_90_is_strict(self) -> None:
        """ "đạt trên 90%" is met by 90.1 % and not by 90 % itself."""
        target = Comparison(
            id="satisfaction",
            indicator=SATISFACTION,
            op=Op.GT,
            threshold="90 %",
            source_text="Mức độ hài lòng … đạt trên 90%",
        )
        assert str(target) == "> 90 %"
        assert not meets(target, "90")
        assert meets(target, "90.1")

    def test_toi_thieu_85_is_inclusive(self) -> None:
        """ "đạt tối thiểu 85%" is met by exactly 85 % and not by 84.99 %."""
        target = Comparison(id="t", indicator=SATISFACTION, op=Op.GE, threshold="85%")
        assert str(target) == "≥ 85 %"
        assert meets(target, "85")
        assert not meets(target, "84.99")

    def test_co_them_2_tro_len(self) -> None:
        """ "có thêm 2 đơn vị … trở lên" is a change of at least +2 units on the year before."""
        target = Change(
            id="more-autonomous-units",
            indicator=AUTONOMOUS_UNITS,
            op=Op.GE,
            delta="2 unit",
            source_text="có thêm 2 đơn vị sự nghiệp công lập trở lên tự chủ về tài chính",
        )
        assert target.baseline is None
        assert target.delta_value == 2
        assert str(target) == "change ≥ +2 unit vs the previous period"
        assert target.op.holds(Fraction(7 - 5), target.delta_value)
        assert not target.op.holds(Fraction(6 - 5), target.delta_value)

    def test_1_trong_5_don_vi_dan_dau_trong_9(self) -> None:
        """ "1 trong 5 đơn vị dẫn đầu trong 9" is top 5 of a stated group of 9, aspirational."""
        target = Rank(
            id="top-5",
            indicator=PAR_SCORE,
            k=5,
            group_size=9,
            aspirational=True,
            source_text="Phấn đấu … thuộc 1 trong 5 đơn vị dẫn đầu trong 9 huyện, thị xã",
        )
        assert str(target) == "top 5 of 9"
        assert implies(target, Rank(id="top-7", indicator=PAR_SCORE, k=7, group_size=9))
        assert not implies(target, Rank(id="top-3", indicator=PAR_SCORE, k=3, group_size=9))

    def test_100_at_province_and_district_85_at_commune(self) -> None:
        """ "100% … tại cấp tỉnh, cấp huyện và 85% … tại cấp xã" is three pooled targets."""
        levels = {Level.PROVINCE: "100 %", Level.DISTRICT: "100 %", Level.COMMUNE: "85 %"}
        targets = [
            Comparison(
                id=f"work-records-{level.key}",
                indicator=WORK_RECORDS,
                scope=Scope.pooled(level),
                op=Op.GE,
                threshold=threshold,
                exclusions=("hồ sơ công việc thuộc phạm vi bí mật nhà nước",),
            )
            for level, threshold in levels.items()
        ]
        assert [t.scope.mode for t in targets] == [ScopeMode.POOLED] * 3
        assert [t.threshold_value for t in targets] == [100, 100, 85]
        assert str(targets[2]) == (
            "≥ 85 % (pooled at cấp xã), excluding hồ sơ công việc thuộc phạm vi bí mật nhà nước"
        )
        assert not implies(targets[2], targets[0])

    def test_50_percent_of_districts(self) -> None:
        """ "xây dựng Bộ phận một cửa hiện đại tại 50% số huyện" is a share of districts."""
        condition = Comparison(id="modern", indicator=MODERN_ONE_STOP, op=Op.EQ, threshold=True)
        target = Share(
            id="modern-one-stop-half",
            level=Level.DISTRICT,
            condition=condition,
            op=Op.GE,
            threshold="50 %",
            aspirational=True,
        )
        assert target.threshold_value == Fraction(1, 2)
        assert str(target) == "≥ 50 % of units at cấp huyện: = yes"
        assert target.aspirational

    def test_trong_do_land_sector_80(self) -> None:
        """ "trong đó … lĩnh vực đất đai, xây dựng, đầu tư đạt 80%" is a target on a breakdown."""
        overall = Comparison(id="all", indicator=SATISFACTION, op=Op.GE, threshold="90 %")
        land = Comparison(
            id="land",
            indicator=SATISFACTION,
            members={"sector": "land_construction_investment"},
            op=Op.GE,
            threshold="80 %",
        )
        assert land.members == (("sector", "land_construction_investment"),)
        assert str(land) == "≥ 80 % (sector = land_construction_investment)"
        assert not implies(overall, land)

    def test_level_3_and_4_of_which_20_percent_level_4(self) -> None:
        """ "90% … mức độ 3, 4 trở lên, trong đó 20% … mức độ 4" is two breakdown targets."""
        both = Comparison(
            id="level-3-4",
            indicator=ONLINE_PROCEDURES,
            members={"online_level": "3_or_4"},
            op=Op.GE,
            threshold="90 %",
        )
        four = Comparison(
            id="level-4",
            indicator=ONLINE_PROCEDURES,
            members={"online_level": "4"},
            op=Op.GE,
            threshold="20 %",
        )
        plan_target = AllOf(id="online", parts=(both, four))
        assert str(plan_target) == "all of 2"
        assert implies(plan_target, four)
        assert not implies(four, both)

    def test_exclusions_are_kept_and_matter(self) -> None:
        """ "(trừ hồ sơ … bí mật nhà nước)" is kept as text and changes what is measured."""
        secret = "hồ sơ công việc thuộc phạm vi bí mật nhà nước"
        with_exclusion = Comparison(
            id="a", indicator=WORK_RECORDS, op=Op.GE, threshold="100 %", exclusions=(secret,)
        )
        without = Comparison(id="b", indicator=WORK_RECORDS, op=Op.GE, threshold="100 %")
        assert with_exclusion.exclusions == (secret,)
        assert not implies(with_exclusion, without)

    def test_phan_dau_is_aspirational_and_changes_no_truth(self) -> None:
        """ "phấn đấu 100% …" is aspirational; it implies and is implied as the binding one."""
        binding = Comparison(id="a", indicator=WORK_RECORDS, op=Op.GE, threshold="100 %")
        aspiration = Comparison(
            id="b", indicator=WORK_RECORDS, op=Op.GE, threshold="100 %", aspirational=True
        )
        assert aspiration.aspirational
        assert not binding.aspirational
        assert implies(aspiration, binding)
        assert implies(binding, aspiration)
        assert repr(aspiration).endswith("(phấn đấu)>")

    def test_chi_so_cchc_muc_tot_tro_len(self) -> None:
        """ "Chỉ số CCHC … đạt mức tốt trở lên" is an ordinal target: tốt or better."""
        good = Ordinal(id="good", indicator=PAR_INDEX, op=Op.GE, level="tốt")
        fair = Ordinal(id="fair", indicator=PAR_INDEX, op=Op.GE, level="khá")
        assert str(good) == "≥ tốt"
        assert good.level_index > fair.level_index
        assert implies(good, fair)
        assert not implies(fair, good)

    def test_duoi_is_a_strict_ceiling(self) -> None:
        """ "dưới 5%" on a lower-is-better rate is a strict ceiling."""
        target = Comparison(id="late", indicator=LATE_DOSSIERS, op=Op.LT, threshold="5 %")
        assert str(target) == "< 5 %"
        assert not meets(target, "5")
        assert meets(target, "4.99")

    def test_at_least_8_of_10(self) -> None:
        """ "at least 8 of 10" prints as the plan reads and implies "at least 6 of" the same."""
        parts = tuple(
            Comparison(id=f"c{i}", indicator=SATISFACTION, op=Op.GE, threshold=f"{80 + i} %")
            for i in range(10)
        )
        eight = AtLeast(id="eight", n=8, parts=parts)
        assert str(eight) == "at least 8 of 10"
        assert implies(eight, AtLeast(id="six", n=6, parts=parts))
        assert not implies(AtLeast(id="six", n=6, parts=parts), eight)

    def test_three_levels_of_government_all_of(self) -> None:
        """ "100% hồ sơ công việc của 3 cấp chính quyền" is all of three pooled targets."""
        parts = tuple(
            Comparison(
                id=f"records-{level.key}",
                indicator=WORK_RECORDS,
                scope=Scope.pooled(level),
                op=Op.GE,
                threshold="100 %",
            )
            for level in (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE)
        )
        target = AllOf(id="three-levels", parts=parts)
        assert all(implies(target, part) for part in parts)

    @pytest.mark.parametrize("threshold", ["100.01 %", "120 %"])
    def test_bounded_ratio_rejects_above_100(self, threshold: str) -> None:
        """No plan sentence can ask a bounded ratio for more than 100 %."""
        with pytest.raises(ValueError, match="above 100 percent for a bounded ratio"):
            Comparison(id="x", indicator=WORK_RECORDS, op=Op.GE, threshold=threshold)
