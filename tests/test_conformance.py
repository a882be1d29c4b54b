"""check_conformance and expected_of on a small hand-built province (docs/semantics.md §9)."""

from __future__ import annotations

import pytest

from cchc_model import (
    AllOf,
    AnyOf,
    AtLeast,
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
)
from cchc_model.model.conformance import check_conformance, expected_of
from cchc_model.model.targets import Target
from trees import province_tree

Y2021 = Period.year(2021)

SATISFACTION = Indicator(id="satisfaction", name="Mức độ hài lòng", measure=MeasureKind.RATIO)
RECORDS = Indicator(id="records", name="Hồ sơ công việc xử lý trên mạng", measure=MeasureKind.RATIO)
ON_TIME = Indicator(id="on_time", name="Hồ sơ giải quyết đúng hạn", measure=MeasureKind.RATIO)
ONE_STOP = Indicator(id="one_stop", name="Bộ phận một cửa hiện đại", measure=MeasureKind.BOOLEAN)
SCORE = Indicator(id="par_score", name="Chỉ số CCHC", measure=MeasureKind.SCORE, unit="point")


TREE = province_tree()


def ge(
    target_id: str, threshold: str, indicator: Indicator = SATISFACTION, **kw: object
) -> Comparison:
    """``indicator ≥ threshold``."""
    return Comparison(id=target_id, indicator=indicator, op=Op.GE, threshold=threshold, **kw)  # type: ignore[arg-type]


def one_stop_share(target_id: str, level: Level, threshold: str) -> Share:
    """A share of units at ``level`` with a modern one-stop shop."""
    condition = Comparison(id=f"{target_id}_c", indicator=ONE_STOP, op=Op.EQ, threshold=True)
    return Share(id=target_id, level=level, condition=condition, op=Op.GE, threshold=threshold)


def plan(plan_id: str, issuer: str, *targets: Target) -> Plan:
    """A 2021 plan of ``issuer`` with ``targets``."""
    return Plan(
        id=plan_id, title=f"Kế hoạch {plan_id}", issuer=issuer, period=Y2021, targets=targets
    )


def province(*targets: Target) -> Plan:
    """The province's plan."""
    return plan("kh-tinh", "99", *targets)


def district(*targets: Target) -> Plan:
    """District 901's plan."""
    return plan("kh-huyen", "901", *targets)


class TestCheckConformance:
    def test_a_stronger_district_target_conforms(self) -> None:
        """A district's ≥ 90 % implies the province's ≥ 85 % on the same indicator."""
        parent = province(ge("sat", "85 %"))
        child = district(ge("sat90", "90 %"))
        result = check_conformance(child, parent, TREE)
        assert result.conforms
        assert result.gaps == ()
        assert [(p.id, c.id) for p, c in result.matched] == [("sat", "sat90")]
        assert result.not_reaching == ()
        assert "conforms" in result.report()

    def test_an_equal_target_with_other_words_conforms(self) -> None:
        """The same threshold in the district's own words (and id) still implies the province's."""
        parent = province(ge("sat", "85 %", source_text="đạt tối thiểu 85%"))
        child = district(ge("hai_long", "85 %", source_text="ít nhất 85%", aspirational=True))
        assert check_conformance(child, parent, TREE).conforms

    def test_a_weaker_district_target_is_a_gap_named_in_words(self) -> None:
        """A district's ≥ 80 % is a gap naming the parent target, what it asks and the closest."""
        parent = province(ge("sat", "85 %"))
        child = district(ge("sat80", "80 %"), ge("rec", "90 %", RECORDS))
        result = check_conformance(child, parent, TREE)
        assert not result.conforms
        assert result.matched == ()
        (gap,) = result.gaps
        assert gap.parent_target.id == "sat"
        assert gap.closest is not None
        assert gap.closest.id == "sat80"
        message = str(gap)
        assert "kh-tinh/sat" in message  # the parent target
        assert "901" in message  # who is asked
        assert "satisfaction ≥ 85 %" in message  # what it asks
        assert "sat80" in message
        assert "≥ 80 %" in message
        assert "kh-huyen" in message
        assert message in result.report()
        assert "1 gap" in result.report()

    def test_a_strict_parent_is_not_met_by_an_equal_floor(self) -> None:
        """A strict "trên 90%" (> 90 %) is not implied by ≥ 90 %, but is by ≥ 91 %."""
        parent = province(Comparison(id="sat", indicator=SATISFACTION, op=Op.GT, threshold="90 %"))
        assert not check_conformance(district(ge("a", "90 %")), parent, TREE).conforms
        assert check_conformance(district(ge("a", "91 %")), parent, TREE).conforms

    def test_a_gap_without_a_target_on_the_indicator_has_no_closest(self) -> None:
        """A district plan silent on the indicator has a gap with no closest target."""
        parent = province(ge("sat", "85 %"))
        result = check_conformance(district(ge("rec", "90 %", RECORDS)), parent, TREE)
        (gap,) = result.gaps
        assert gap.closest is None
        assert "closest" not in gap.message

    def test_every_gap_is_listed(self) -> None:
        """Each parent target that reaches the district and is not implied is its own gap."""
        parent = province(ge("sat", "85 %"), ge("rec", "80 %", RECORDS), ge("ot", "95 %", ON_TIME))
        child = district(ge("sat", "90 %"))
        result = check_conformance(child, parent, TREE)
        assert [g.parent_target.id for g in result.gaps] == ["rec", "ot"]
        assert [p.id for p, _ in result.matched] == ["sat"]

    def test_the_closest_target_may_be_nested(self) -> None:
        """The closest target is found inside a district compound."""
        parent = province(ge("sat", "85 %"))
        nested = AnyOf(id="any", parts=(ge("sat80", "80 %"), ge("rec", "90 %", RECORDS)))
        (gap,) = check_conformance(district(nested), parent, TREE).gaps
        assert gap.closest is not None
        assert gap.closest.id == "sat80"

    def test_pooled_commune_target_reaches_a_district(self) -> None:
        """A pooled "85 % tại cấp xã" binds the district's communes pooled, not its territory."""
        pooled = Scope.pooled(Level.COMMUNE)
        parent = province(ge("rec_xa", "85 %", RECORDS, scope=pooled))
        assert check_conformance(
            district(ge("r", "90 %", RECORDS, scope=pooled)), parent, TREE
        ).conforms
        territory = check_conformance(district(ge("r", "90 %", RECORDS)), parent, TREE)
        assert [g.parent_target.id for g in territory.gaps] == ["rec_xa"]
        assert "pooled at cấp xã" in territory.gaps[0].message

    def test_pooled_province_target_does_not_reach_a_district(self) -> None:
        """A pooled "100 % tại cấp tỉnh" is the province's own and asks nothing of a district."""
        parent = province(ge("rec_tinh", "100 %", RECORDS, scope=Scope.pooled(Level.PROVINCE)))
        result = check_conformance(district(), parent, TREE)
        assert result.conforms
        assert [t.id for t in result.not_reaching] == ["rec_tinh"]

    def test_each_district_target_becomes_a_self_target(self) -> None:
        """Each district ("mỗi huyện") ≥ 85 % asks the district for its own territory ≥ 85 %."""
        parent = province(ge("each", "85 %", scope=Scope.each(Level.DISTRICT)))
        assert check_conformance(district(ge("sat", "90 %")), parent, TREE).conforms
        result = check_conformance(district(ge("sat", "80 %")), parent, TREE)
        (gap,) = result.gaps
        assert isinstance(gap.expected, Comparison)
        assert gap.expected.scope == Scope()
        assert "each unit" not in gap.message

    def test_each_commune_target_reaches_a_district_as_each_commune(self) -> None:
        """Each commune ("mỗi xã") ≥ 95 % asks the district for each of its communes ≥ 95 %."""
        each = Scope.each(Level.COMMUNE)
        parent = province(ge("ot", "95 %", ON_TIME, scope=each))
        assert check_conformance(
            district(ge("ot", "98 %", ON_TIME, scope=each)), parent, TREE
        ).conforms
        pooled = district(ge("ot", "98 %", ON_TIME, scope=Scope.pooled(Level.COMMUNE)))
        assert not check_conformance(pooled, parent, TREE).conforms  # a pool hides a commune

    def test_ranks_reach_no_one(self) -> None:
        """A province's rank among provinces asks nothing of its districts."""
        parent = province(Rank(id="top5", indicator=SCORE, k=5, group_size=63))
        result = check_conformance(district(), parent, TREE)
        assert result.conforms
        assert [t.id for t in result.not_reaching] == ["top5"]
        assert result.matched == ()
        assert result.gaps == ()

    def test_share_of_communes_reaches_a_district(self) -> None:
        """A share of communes ("50 % số xã") with a modern one-stop shop reaches a district."""
        parent = province(one_stop_share("xa", Level.COMMUNE, "50 %"))
        assert check_conformance(
            district(one_stop_share("xa", Level.COMMUNE, "60 %")), parent, TREE
        ).conforms
        weaker = check_conformance(
            district(one_stop_share("xa", Level.COMMUNE, "40 %")), parent, TREE
        )
        assert [g.parent_target.id for g in weaker.gaps] == ["xa"]

    def test_share_of_districts_does_not_reach_a_district(self) -> None:
        """A share of districts ("50 % số huyện") is the province's and asks nothing of one."""
        parent = province(one_stop_share("huyen", Level.DISTRICT, "50 %"))
        result = check_conformance(district(), parent, TREE)
        assert result.conforms
        assert [t.id for t in result.not_reaching] == ["huyen"]

    def test_all_of_reaches_as_its_reaching_parts(self) -> None:
        """An all of with a rank part asks the district for the other parts only."""
        rank = Rank(id="top5", indicator=SCORE, k=5)
        parent = province(AllOf(id="both", parts=(ge("sat", "85 %"), rank)))
        assert check_conformance(district(ge("sat", "90 %")), parent, TREE).conforms
        result = check_conformance(district(ge("sat", "80 %")), parent, TREE)
        (gap,) = result.gaps
        assert gap.parent_target.id == "both"
        assert isinstance(gap.expected, AllOf)
        assert [p.id for p in gap.expected.parts] == ["sat"]

    def test_all_of_made_of_ranks_reaches_no_one(self) -> None:
        """An all of whose parts all stop at the province asks nothing of a district."""
        parent = province(AllOf(id="ranks", parts=(Rank(id="r", indicator=SCORE, k=5),)))
        assert [t.id for t in check_conformance(district(), parent, TREE).not_reaching] == ["ranks"]

    def test_any_of_with_a_part_that_does_not_reach_reaches_no_one(self) -> None:
        """Any of [≥ 85 %, top 5] can be met by the rank alone, so it asks nothing of a district."""
        parent = province(
            AnyOf(id="either", parts=(ge("sat", "85 %"), Rank(id="r", indicator=SCORE, k=5)))
        )
        assert [t.id for t in check_conformance(district(), parent, TREE).not_reaching] == [
            "either"
        ]

    def test_at_least_reaches_when_every_part_reaches(self) -> None:
        """At least 1 of two self targets is implied by a district meeting one of them strongly."""
        parts = (ge("sat", "85 %"), ge("rec", "80 %", RECORDS))
        parent = province(AtLeast(id="one", n=1, parts=parts))
        assert check_conformance(district(ge("s", "90 %")), parent, TREE).conforms
        assert not check_conformance(district(ge("s", "80 %")), parent, TREE).conforms

    def test_a_commune_plan_conforms_to_its_district(self) -> None:
        """A commune's ≥ 90 % each-commune target reached from the district conforms."""
        parent = district(ge("ot", "85 %", ON_TIME, scope=Scope.each(Level.COMMUNE)))
        child = plan("kh-xa", "90101", ge("ot", "90 %", ON_TIME))
        assert check_conformance(child, parent, TREE).conforms


class TestExpectedOf:
    @pytest.mark.parametrize(
        ("target", "level", "reaches"),
        [
            (ge("t", "85 %"), Level.DISTRICT, True),
            (ge("t", "85 %", scope=Scope.pooled(Level.COMMUNE)), Level.DISTRICT, True),
            (ge("t", "85 %", scope=Scope.pooled(Level.COMMUNE)), Level.COMMUNE, True),
            (ge("t", "85 %", scope=Scope.pooled(Level.DISTRICT)), Level.DISTRICT, True),
            (ge("t", "85 %", scope=Scope.pooled(Level.PROVINCE)), Level.DISTRICT, False),
            (ge("t", "85 %", scope=Scope.pooled(Level.DISTRICT)), Level.COMMUNE, False),
            (ge("t", "85 %", scope=Scope.each(Level.DISTRICT)), Level.DISTRICT, True),
            (ge("t", "85 %", scope=Scope.each(Level.COMMUNE)), Level.DISTRICT, True),
            (ge("t", "85 %", scope=Scope.each(Level.DISTRICT)), Level.COMMUNE, False),
            (Rank(id="t", indicator=SCORE, k=5), Level.DISTRICT, False),
            (one_stop_share("t", Level.COMMUNE, "50 %"), Level.DISTRICT, True),
            (one_stop_share("t", Level.DISTRICT, "50 %"), Level.DISTRICT, False),
            (one_stop_share("t", Level.COMMUNE, "50 %"), Level.COMMUNE, False),
        ],
    )
    def test_which_targets_reach(self, target: Target, level: Level, reaches: bool) -> None:
        """Self, pooled at or below, each at or below, shares below reach; ranks never do."""
        assert (expected_of(target, level) is not None) is reaches

    def test_self_and_pooled_targets_reach_unchanged(self) -> None:
        """A self target and a pooled commune target are asked as they stand."""
        own = ge("t", "85 %")
        pooled = ge("p", "85 %", scope=Scope.pooled(Level.COMMUNE))
        share = one_stop_share("s", Level.COMMUNE, "50 %")
        assert expected_of(own, Level.DISTRICT) == own
        assert expected_of(pooled, Level.DISTRICT) == pooled
        assert expected_of(share, Level.DISTRICT) == share

    def test_each_at_the_units_level_becomes_self(self) -> None:
        """Each district ("mỗi huyện") asked of a district is its self target, threshold kept."""
        expected = expected_of(ge("t", "85 %", scope=Scope.each(Level.DISTRICT)), Level.DISTRICT)
        assert isinstance(expected, Comparison)
        assert expected.scope == Scope()
        assert expected.threshold_value == 85

    def test_all_of_keeps_only_reaching_parts(self) -> None:
        """All of [self, rank, pooled xã] asks a district for [self, pooled xã]."""
        parts = (
            ge("a", "85 %"),
            Rank(id="r", indicator=SCORE, k=3),
            ge("b", "85 %", RECORDS, scope=Scope.pooled(Level.COMMUNE)),
        )
        expected = expected_of(AllOf(id="all", parts=parts), Level.DISTRICT)
        assert isinstance(expected, AllOf)
        assert [p.id for p in expected.parts] == ["a", "b"]

    def test_all_of_converts_each_parts(self) -> None:
        """Parts of an all of are converted as they would be alone (each huyện → self)."""
        part = ge("a", "85 %", scope=Scope.each(Level.DISTRICT))
        expected = expected_of(AllOf(id="all", parts=(part,)), Level.DISTRICT)
        assert isinstance(expected, AllOf)
        assert expected.parts[0].scope == Scope()  # type: ignore[union-attr]

    def test_any_of_and_at_least_need_every_part_to_reach(self) -> None:
        """Any of / at least n reach only when every part reaches."""
        reaching = (ge("a", "85 %"), ge("b", "80 %", RECORDS))
        with_rank = (ge("a", "85 %"), Rank(id="r", indicator=SCORE, k=3))
        assert expected_of(AnyOf(id="x", parts=reaching), Level.DISTRICT) is not None
        assert expected_of(AtLeast(id="x", n=1, parts=reaching), Level.DISTRICT) is not None
        assert expected_of(AnyOf(id="x", parts=with_rank), Level.DISTRICT) is None
        assert expected_of(AtLeast(id="x", n=1, parts=with_rank), Level.DISTRICT) is None
