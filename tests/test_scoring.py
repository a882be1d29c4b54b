"""Scoring rules, index scores and classification (cchc_model.indices.scoring).

Properties (hypothesis): a threshold-linear score is monotone in the rate, never above its
maximum and never below zero; banded rules put every rate in exactly one band, and a gap
or an overlap is refused with the rates at issue; deductions only go down and stop at the
floor; group scores are the sums of their items and the total the sum of the groups.
Examples come from Decision 766's own text (3.1, 5c) and a unit scored by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import Any, ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cchc_model as cm
from cchc_model.evaluation import Status, evaluate
from cchc_model.indices.catalogues import load_catalogue
from cchc_model.indices.scoring import (
    NOT_APPLICABLE,
    Band,
    Banded,
    ClassBand,
    Classification,
    Confidence,
    Deduction,
    Figure,
    Group,
    IndexDefinition,
    IndexItem,
    IndexScore,
    Interval,
    ItemStatus,
    NotApplicablePolicy,
    PerItem,
    ThresholdLinear,
    ZeroOut,
    check_tiling,
    classify,
    rating_observations,
    score_index,
)
from cchc_model.io.observations import ObservationSet

F = Fraction
QD766 = load_catalogue("qd-766-2022")
PAR = load_catalogue("par-index-876-2022")
assert QD766.index is not None
INDEX_766 = QD766.index
BANDS_766 = QD766.classification("qd766-bands")

# An allocation of the points 766's sources leave unknown (groups 3 and 4), for tests only.
ASSUMED = {
    "qd766.3.1": 4,
    "qd766.3.2": 3,
    "qd766.3.3": 3,
    "qd766.3.5": 2,
    "qd766.4.1": 8,
    "qd766.4.2": 8,
    "qd766.4.3": 6,
}
FULL_766 = INDEX_766.with_points(ASSUMED, confidence="example", source="test allocation")


def total(values: Iterable[F | None]) -> F | None:
    """The sum, or None if any part is None."""
    parts = list(values)
    return None if None in parts else sum((p for p in parts if p is not None), F(0))


def codes(exc: pytest.ExceptionInfo[cm.ValidationError]) -> list[str]:
    return [p.code for p in exc.value.problems]


# --- strategies -------------------------------------------------------------------------

rates = st.fractions(min_value=0, max_value=100, max_denominator=400)
points = st.fractions(min_value=0, max_value=40, max_denominator=20)
thresholds = st.fractions(min_value=F(1, 10), max_value=100, max_denominator=50)
counts = st.integers(min_value=0, max_value=50).map(F)


@st.composite
def tilings(draw: st.DrawFn, increasing: bool = False) -> list[Band]:
    """Bands that cover [0, 100]: cut points, each belonging to the band above or below."""
    cuts = sorted(
        draw(st.sets(st.fractions(min_value=F(1, 2), max_value=F(199, 2), max_denominator=4)))
    )
    cuts = cuts[:6]
    edges = [F(0), *cuts, F(100)]
    upward = [draw(st.booleans()) for _ in cuts]  # True: the cut belongs to the band above
    values = draw(st.lists(points, min_size=len(edges) - 1, max_size=len(edges) - 1))
    if increasing:
        values = sorted(values)
    bands = []
    for index in range(len(edges) - 1):
        low_closed = True if index == 0 else upward[index - 1]
        high_closed = True if index == len(edges) - 2 else not upward[index]
        interval = Interval(edges[index], edges[index + 1], low_closed, high_closed)
        bands.append(Band(interval, values[index]))
    return draw(st.permutations(bands))


# --- threshold-linear -------------------------------------------------------------------


class TestThresholdLinear:
    @given(points, thresholds, rates, rates)
    def test_monotone_bounded(self, top: F, threshold: F, a: F, b: F) -> None:
        """Higher rate, no lower score; always within [0, points]."""
        rule = ThresholdLinear(points=top, threshold=threshold)
        low, high = sorted((a, b))
        s_low, s_high = rule.score(low), rule.score(high)
        assert s_low is not None
        assert s_high is not None
        assert 0 <= s_low <= s_high <= top

    @given(points, thresholds, rates)
    def test_full_from_the_threshold(self, top: F, threshold: F, rate: F) -> None:
        rule = ThresholdLinear(points=top, threshold=threshold)
        expected = top if rate >= threshold else rate * top / threshold
        assert rule.score(rate) == expected

    def test_decision_766_indicator_3_1(self) -> None:
        """3.1: ≥ 80 % → full points, else rate × max / 80 (the catalogue's own rule)."""
        rule = INDEX_766.item("qd766.3.1").rule
        assert isinstance(rule, ThresholdLinear)
        assert rule.threshold.value == 80
        assert rule.threshold.confidence is Confidence.SECONDARY
        assert rule.score(F(80)) is None  # its points are not in the sources
        rule = rule.with_points(4)
        assert [rule.score(F(r)) for r in (100, 80, 60, 40, 0)] == [4, 4, 3, 2, 0]
        assert rule.score(F(7999, 100)) == F(7999, 100) * 4 / 80

    def test_decision_766_indicator_5c(self) -> None:
        """5c: ≥ 90 % → 6, else rate × 6 / 90."""
        rule = INDEX_766.item("qd766.5c").rule
        assert rule.points.value == 6
        assert rule.points.confidence is Confidence.VERIFIED
        assert [rule.score(F(r)) for r in (100, 90, 45, 0)] == [6, 6, 3, 0]
        assert rule.score(F(8999, 100)) == F(8999, 100) * 6 / 90 < 6

    def test_exact_at_the_boundary(self) -> None:
        """17 of 20 is 85 % exactly: full points from 85 %."""
        rule = ThresholdLinear(points=5, threshold="85")
        assert score_index(_one(rule), {"x": (17, 20)}).total == 5
        assert score_index(_one(rule), {"x": 0.85 * 100}).total == 5

    @pytest.mark.parametrize("threshold", [0, -5, 101])
    def test_threshold_range(self, threshold: int) -> None:
        with pytest.raises(cm.ValidationError) as exc:
            ThresholdLinear(points=5, threshold=threshold)
        assert exc.value.problems[0].path == "threshold"

    def test_rate_outside_0_100(self) -> None:
        with pytest.raises(cm.ValidationError, match="outside 0 % to 100 %"):
            ThresholdLinear(points=5).score(F(101))

    def test_negative_points(self) -> None:
        with pytest.raises(cm.ValidationError, match="below 0"):
            ThresholdLinear(points=-1)


# --- banded ---------------------------------------------------------------------------


class TestBanded:
    def test_thanh_hoa_pattern(self) -> None:
        """'Đạt 100%: 3,0đ; từ 90% đến dưới 100%: 1,5đ; dưới 90%: 0đ'."""
        rule = Banded(
            bands=[
                Band("đạt 100%", 3),
                Band("từ 90% đến dưới 100%", "1,5"),
                Band("dưới 90%", 0),
            ]
        )
        assert rule.points.value == 3
        assert [rule.score(F(r)) for r in (100, F(9999, 100), 90, F(8999, 100), 0)] == [
            3,
            F(3, 2),
            F(3, 2),
            0,
            0,
        ]

    @given(tilings(), rates)
    def test_every_rate_in_exactly_one_band(self, bands: list[Band], rate: F) -> None:
        rule = Banded(bands=bands)
        holding = [b for b in rule.bands if rate in b.range]
        assert len(holding) == 1
        assert rule.score(rate) == holding[0].points
        assert rule.points.value is not None
        assert 0 <= holding[0].points <= rule.points.value

    @given(tilings(), st.data())
    def test_edges_belong_to_one_band(self, bands: list[Band], data: st.DataObject) -> None:
        """At each cut point exactly one band holds it, the other side is open."""
        rule = Banded(bands=bands)
        for band in rule.bands:
            for edge in (band.range.low, band.range.high):
                assert sum(edge in b.range for b in rule.bands) == 1

    @given(tilings(increasing=True), rates, rates)
    def test_monotone_when_points_rise(self, bands: list[Band], a: F, b: F) -> None:
        rule = Banded(bands=bands)
        low, high = sorted((a, b))
        assert rule.score(low) <= rule.score(high)  # type: ignore[operator]

    @given(tilings(), st.data())
    def test_a_missing_band_is_a_gap(self, bands: list[Band], data: st.DataObject) -> None:
        """Drop any band but the only one: the rest is refused with a gap."""
        if len(bands) < 2:
            return
        dropped = data.draw(st.sampled_from(bands))
        rest = [b for b in bands if b is not dropped]
        with pytest.raises(cm.ValidationError) as exc:
            Banded(bands=rest)
        assert "band-gap" in codes(exc)
        problem = next(p for p in exc.value.problems if p.code == "band-gap")
        assert "no band covers" in problem.message
        assert "with no gap" in problem.message

    @given(tilings(), st.data())
    def test_a_repeated_band_is_an_overlap(self, bands: list[Band], data: st.DataObject) -> None:
        extra = data.draw(st.sampled_from(bands))
        with pytest.raises(cm.ValidationError) as exc:
            Banded(bands=[*bands, extra])
        assert codes(exc) == ["band-overlap"]
        assert "overlaps" in exc.value.problems[0].message

    def test_gap_named(self) -> None:
        with pytest.raises(cm.ValidationError) as exc:
            Banded(bands=[Band("[0, 80)", 0), Band("[85, 100]", 2)])
        (problem,) = exc.value.problems
        assert (problem.path, problem.code) == ("bands[1]", "band-gap")
        assert "no band covers [80, 85)" in problem.message

    def test_both_closed_overlap_at_the_point(self) -> None:
        with pytest.raises(cm.ValidationError) as exc:
            Banded(bands=[Band("[0, 90]", 0), Band("[90, 100]", 2)])
        (problem,) = exc.value.problems
        assert problem.code == "band-overlap"
        assert "on [90, 90]" in problem.message

    def test_both_open_gap_at_the_point(self) -> None:
        with pytest.raises(cm.ValidationError) as exc:
            Banded(bands=[Band("[0, 90)", 0), Band("(90, 100]", 2)])
        assert "no band covers [90, 90]" in exc.value.problems[0].message

    def test_top_not_reached(self) -> None:
        with pytest.raises(cm.ValidationError) as exc:
            Banded(bands=[Band("[0, 100)", 1)])
        assert "no band covers [100, 100]" in exc.value.problems[0].message

    def test_outside_the_range(self) -> None:
        problems = check_tiling([Interval(-10, 50), Interval(50, 100, True, True)])
        assert [p.code for p in problems] == ["band-range", "band-gap"]

    def test_band_above_the_maximum(self) -> None:
        with pytest.raises(cm.ValidationError) as exc:
            Banded(bands=[Band("[0, 100]", 4)], points=3)
        assert exc.value.problems[0].path == "bands[0].points"


class TestInterval:
    @pytest.mark.parametrize(
        ("text", "shown"),
        [
            ("[90, 100)", "[90, 100)"),
            ("(80; 90]", "(80, 90]"),
            ("từ 90% đến dưới 100%", "[90, 100)"),
            ("Từ 70 % đến 80 %", "[70, 80]"),
            ("trên 80% đến dưới 90%", "(80, 90)"),
            ("dưới 50%", "[0, 50)"),
            ("từ 90% trở lên", "[90, 100]"),
            ("90% trở lên", "[90, 100]"),
            ("trên 90%", "(90, 100]"),
            ("đạt 100%", "[100, 100]"),
            ("[12.5, 87,5)", "[12.5, 87.5)"),
        ],
    )
    def test_forms(self, text: str, shown: str) -> None:
        assert str(Interval.parse(text)) == shown

    def test_vi_round_trip(self) -> None:
        for text in ("[90, 100)", "(80, 90]", "[100, 100]", "(10, 20)", "[0, 50]"):
            interval = Interval.parse(text)
            assert Interval.parse(interval.vi) == interval

    @pytest.mark.parametrize("text", ["[90, 80)", "[90, 90)", "90 to 100", "khoảng 90%"])
    def test_bad(self, text: str) -> None:
        with pytest.raises(cm.ValidationError):
            Interval.parse(text)


# --- count rules --------------------------------------------------------------------------


class TestCountRules:
    @given(points, st.fractions(min_value=F(1, 4), max_value=5, max_denominator=4), counts, counts)
    def test_deduction(self, top: F, per: F, a: F, b: F) -> None:
        """'thiếu mỗi kỳ trừ 0,5đ': never below the floor, never up with more misses."""
        floor = top / 4
        rule = Deduction(points=top, per=per, floor=floor)
        low, high = sorted((a, b))
        s_low, s_high = rule.score(low), rule.score(high)
        assert s_low is not None
        assert s_high is not None
        assert floor <= s_high <= s_low <= top
        assert rule.score(F(0)) == top

    def test_deduction_example(self) -> None:
        rule = Deduction(points=2, per="0,5")
        assert [rule.score(F(n)) for n in range(6)] == [2, F(3, 2), 1, F(1, 2), 0, 0]

    @given(points, counts)
    def test_zero_out(self, top: F, n: F) -> None:
        assert ZeroOut(points=top).score(n) == (top if n == 0 else 0)

    @given(points, st.fractions(min_value=F(1, 4), max_value=5, max_denominator=4), counts)
    def test_per_item(self, top: F, per: F, n: F) -> None:
        score = PerItem(points=top, per=per).score(n)
        assert score == min(top, per * n)

    def test_a_count_is_whole(self) -> None:
        with pytest.raises(cm.ValidationError, match="not a count"):
            Deduction(points=2, per=1).score(F(3, 2))

    def test_floor_and_per(self) -> None:
        with pytest.raises(cm.ValidationError):
            Deduction(points=2, per=1, floor=3)
        with pytest.raises(cm.ValidationError):
            Deduction(points=2, per=0)


# --- index scores ---------------------------------------------------------------------------


def _one(rule: Any, indicator: str = "x") -> IndexDefinition:
    maximum = rule.points.value
    return IndexDefinition(
        id="one",
        name="One",
        groups=[
            Group(
                id="g", name="G", maximum=maximum, items=[IndexItem(indicator=indicator, rule=rule)]
            )
        ],
    )


value_forms: Callable[[], st.SearchStrategy[Any]] = lambda: st.one_of(  # noqa: E731
    rates,
    st.tuples(st.integers(0, 60), st.integers(0, 60)).map(lambda p: (min(p), max(p))),
    st.just(NOT_APPLICABLE),
    st.none(),
)


@st.composite
def indices(draw: st.DrawFn) -> IndexDefinition:
    groups = []
    number = 0
    for g in range(draw(st.integers(1, 4))):
        items = []
        for _ in range(draw(st.integers(1, 4))):
            number += 1
            rule = ThresholdLinear(
                points=draw(points),
                threshold=draw(thresholds),
                not_applicable=draw(st.sampled_from(list(NotApplicablePolicy))),
            )
            items.append(IndexItem(indicator=f"i{number}", rule=rule))
        maximum = total(i.rule.points.value for i in items)
        groups.append(Group(id=f"g{g}", name=f"Nhóm {g}", maximum=maximum, items=items))
    return IndexDefinition(id="gen", name="Generated", groups=groups, classification=BANDS_766)


class TestIndexScores:
    @settings(max_examples=200)
    @given(indices(), st.data())
    def test_sums_of_parts(self, index: IndexDefinition, data: st.DataObject) -> None:
        values = {i: data.draw(value_forms(), label=i) for i in index.indicator_ids}
        score = score_index(index, values)
        for group in score.groups:
            item_scores = [i.score for i in group.items]
            assert group.score == total(item_scores)
            if group.score is not None:
                assert group.maximum is not None
                assert 0 <= group.score <= group.maximum
            assert group.maximum == total(i.maximum for i in group.items)
        assert score.total == total(g.score for g in score.groups)
        if score.total is None:
            assert score.classification is None
        assert score.maximum == total(g.maximum for g in score.groups)
        if score.percent is not None:
            assert 0 <= score.percent <= 100
            assert score.classification == classify(score.percent, BANDS_766)
        missing = {k for k, v in values.items() if v is None}
        assert set(score.missing) == missing

    @given(indices(), st.data())
    def test_not_applicable_by_policy(self, index: IndexDefinition, data: st.DataObject) -> None:
        """0/0 and NOT_APPLICABLE score alike: full, zero, or out of the maximum."""
        values = {
            i: data.draw(st.sampled_from([(0, 0), NOT_APPLICABLE])) for i in index.indicator_ids
        }
        score = score_index(index, values)
        for item in score.items:
            rule = index.item(item.indicator).rule
            policy = rule.not_applicable
            if policy is NotApplicablePolicy.EXCLUDE:
                assert (item.status, item.score, item.maximum) == (ItemStatus.EXCLUDED, F(0), F(0))
            else:
                assert item.status is ItemStatus.NOT_APPLICABLE
                assert item.maximum == rule.points.value
                full = policy is NotApplicablePolicy.FULL
                assert item.score == (rule.points.value if full else 0)

    def test_worked_unit(self) -> None:
        """A unit scored by hand on Decision 766 (groups 3 and 4 by the test allocation).

        1.1  45/50 = 90 %   × 6          = 5.4
        1.2  20/20 = 100 %  × 4          = 4
        1.3  180/200 = 90 % × 2          = 1.8
        1.4  0/0: excluded (N/A)         = 0 of 0       group 1: 11.2 of 12
        2.1  950/1000 = 95 % × 20        = 19           group 2: 19 of 20
        3.1  300/400 = 75 % → 4 × 75/80  = 3.75
        3.2  120/150 = 80 % × 3          = 2.4
        3.3  40 % → 3 × 40/50            = 2.4
        3.5  90 % ≥ 80 %                 = 2
        3.6  30/100 = 30 % × 10          = 3            group 3: 13.55 of 22
        4.1  50 % × 8                    = 4
        4.2  60/100 → 8 × 60/80          = 6
        4.3  85 % ≥ 80 %                 = 6            group 4: 16 of 22
        5a   18/20 = 90 % × 6            = 5.4
        5b   19/20 = 95 % × 6            = 5.7
        5c   92.5 % ≥ 90 %               = 6            group 5: 17.1 of 18
        total 76.85 of 94 = 81.755… % → tốt
        """
        values: dict[str, Any] = {
            "qd766.1.1": (45, 50),
            "qd766.1.2": (20, 20),
            "qd766.1.3": (180, 200),
            "qd766.1.4": (0, 0),
            "qd766.2.1": (950, 1000),
            "qd766.3.1": (300, 400),
            "qd766.3.2": (120, 150),
            "qd766.3.3": 40,
            "qd766.3.5": "90",
            "qd766.3.6": (30, 100),
            "qd766.4.1": 50.0,
            "qd766.4.2": (60, 100),
            "qd766.4.3": 85,
            "qd766.5a": (18, 20),
            "qd766.5b": (19, 20),
            "qd766.5c": "92.5",
        }
        score = score_index(FULL_766, values)
        by_item = {i.number: i.score for i in score.items}
        assert by_item == {
            "1.1": F(54, 10),
            "1.2": 4,
            "1.3": F(18, 10),
            "1.4": 0,
            "2.1": 19,
            "3.1": F(375, 100),
            "3.2": F(24, 10),
            "3.3": F(24, 10),
            "3.5": 2,
            "3.6": 3,
            "4.1": 4,
            "4.2": 6,
            "4.3": 6,
            "5a": F(54, 10),
            "5b": F(57, 10),
            "5c": 6,
        }
        assert score.item("qd766.1.4").status is ItemStatus.EXCLUDED
        assert [(g.score, g.maximum) for g in score.groups] == [
            (F(112, 10), F(12)),
            (F(19), F(20)),
            (F(1355, 100), F(22)),
            (F(16), F(22)),
            (F(171, 10), F(18)),
        ]
        assert (score.total, score.maximum) == (F(7685, 100), F(94))
        assert score.percent == F(7685, 94)
        assert score.classification == "tốt"
        assert str(score) == "qd-766-2022: 76.85 / 94 points = ≈81.76 % (tốt)"
        assert "1.4" in score.table()

    def test_missing_and_unknown_points(self) -> None:
        """No data, or no points in the sources: unknown, never guessed."""
        values: dict[str, F | None] = dict.fromkeys(INDEX_766.indicator_ids, F(100))
        score = score_index(INDEX_766, values)
        assert score.total is None
        assert score.classification is None
        assert set(score.unknown_points) == set(ASSUMED)
        assert score.group("1").score == 18
        assert score.group("3").score is None
        values["qd766.1.1"] = None
        score = score_index(FULL_766, values)
        assert score.missing == ("qd766.1.1",)
        assert score.group("1").score is None
        assert score.group("2").score == 20
        assert score.total is None
        del values["qd766.1.1"]
        assert score_index(FULL_766, values).missing == ("qd766.1.1",)

    def test_perfect_unit(self) -> None:
        score = score_index(FULL_766, dict.fromkeys(FULL_766.indicator_ids, (7, 7)))
        assert (score.total, score.percent, score.classification) == (F(100), F(100), "xuất sắc")

    def test_bad_values_named(self) -> None:
        with pytest.raises(cm.ValidationError) as exc:
            score_index(
                FULL_766,
                {
                    "qd766.1.1": (21, 20),
                    "qd766.1.2": 120,
                    "qd766.1.3": (1, 0),
                    "qd766.1.4": (-1, 5),
                    "qd766.9.9": 5,
                    "qd766.2.1": True,
                },
            )
        paths = sorted(p.path for p in exc.value.problems)
        assert paths == [
            "values['qd766.1.1']",
            "values['qd766.1.2']",
            "values['qd766.1.3']",
            "values['qd766.1.4']",
            "values['qd766.2.1']",
            "values['qd766.9.9']",
        ]

    def test_a_pair_for_a_count_rule(self) -> None:
        index = _one(Deduction(points=2, per=1))
        with pytest.raises(cm.ValidationError, match="scores a count"):
            score_index(index, {"x": (1, 2)})
        assert score_index(index, {"x": 1}).total == 1
        assert score_index(index, {"x": NOT_APPLICABLE}).maximum == 0

    def test_classification_override(self) -> None:
        local = PAR.classification("local-example")
        score = score_index(
            FULL_766, dict.fromkeys(FULL_766.indicator_ids, (9, 10)), classification=local
        )
        assert score.classification == "tốt"


class TestDefinitions:
    def test_points_must_add_up(self) -> None:
        items = [
            IndexItem(indicator="a", rule=ThresholdLinear(points=6)),
            IndexItem(indicator="b", rule=ThresholdLinear(points=6)),
        ]
        with pytest.raises(cm.ValidationError) as exc:
            Group(id="1", name="Công khai", maximum=18, items=items)
        (problem,) = exc.value.problems
        assert (problem.path, problem.code) == ("items", "points-sum")
        assert "do not add up to" in problem.message

    def test_known_points_must_not_exceed(self) -> None:
        with pytest.raises(cm.ValidationError) as exc:
            INDEX_766.with_points({"qd766.3.1": 20})
        assert exc.value.problems[0].path == "groups[2].items"
        assert "already exceed" in exc.value.problems[0].message

    def test_with_points_unknown_id(self) -> None:
        with pytest.raises(cm.ValidationError, match="not scored by this index"):
            INDEX_766.with_points({"qd766.9.9": 1})

    def test_with_points_keeps_the_tag(self) -> None:
        rule = FULL_766.item("qd766.4.2").rule
        assert rule.points == Figure(8, Confidence.EXAMPLE, "test allocation")
        assert FULL_766.complete
        assert not INDEX_766.complete

    def test_duplicate_indicator(self) -> None:
        rule = ThresholdLinear(points=1)
        with pytest.raises(cm.ValidationError) as exc:
            IndexDefinition(
                id="d",
                name="D",
                groups=[
                    Group(id="1", name="A", maximum=1, items=[IndexItem(indicator="a", rule=rule)]),
                    Group(id="2", name="B", maximum=1, items=[IndexItem(indicator="a", rule=rule)]),
                ],
            )
        assert exc.value.problems[0].code == "duplicate"

    def test_stated_maximum(self) -> None:
        with pytest.raises(cm.ValidationError, match="add up to 1, not 100"):
            IndexDefinition(
                id="d", name="D", groups=_one(ThresholdLinear(points=1)).groups, maximum=100
            )

    def test_the_766_structure(self) -> None:
        assert [g.maximum.value for g in INDEX_766.groups] == [18, 20, 22, 22, 18]
        assert INDEX_766.total_maximum == 100 == INDEX_766.maximum.value  # type: ignore[union-attr]
        assert all(g.maximum.confidence is Confidence.VERIFIED for g in INDEX_766.groups)
        assert INDEX_766.item("qd766.1.2").rule.points == Figure(
            4, Confidence.VERIFIED, "baocaotaichinh"
        )
        assert all(i.rule.not_applicable is NotApplicablePolicy.EXCLUDE for i in INDEX_766.items)
        assert "min(1, rate / 90 %) × 6 [V]" in INDEX_766.describe()


# --- classification ---------------------------------------------------------------------------


class TestClassification:
    @pytest.mark.parametrize(
        ("score", "label"),
        [
            (100, "xuất sắc"),
            (90, "xuất sắc"),
            ("89.99", "tốt"),
            ("83.8", "tốt"),  # Bến Cát, rated tốt [V]
            (80, "tốt"),
            (70, "khá"),
            (50, "trung bình"),
            ("49.99", "yếu"),
            (0, "yếu"),
        ],
    )
    def test_766(self, score: Any, label: str) -> None:
        assert classify(score, BANDS_766) == label

    def test_766_tags(self) -> None:
        tags = {b.label: b.confidence for b in BANDS_766.bands}
        assert tags == {
            "xuất sắc": Confidence.VERIFIED,
            "tốt": Confidence.RECALLED,
            "khá": Confidence.RECALLED,
            "trung bình": Confidence.RECALLED,
            "yếu": Confidence.VERIFIED,
        }
        assert BANDS_766.labels == ("yếu", "trung bình", "khá", "tốt", "xuất sắc")

    @pytest.mark.parametrize(
        ("score", "label"), [(90, "A"), ("89.99", "B"), (80, "B"), (70, "C"), (69, "dưới C")]
    )
    def test_par_groups(self, score: Any, label: str) -> None:
        assert classify(score, PAR.classification("par-index-groups")) == label

    def test_local_example_is_labelled(self) -> None:
        local = PAR.classification("local-example")
        assert local.example
        assert "VÍ DỤ" in local.name
        assert all(b.confidence is Confidence.EXAMPLE for b in local.bands)
        assert local.labels == ("yếu", "trung bình", "khá", "tốt")

    def test_outside(self) -> None:
        with pytest.raises(cm.ValidationError, match="outside 0 to 100"):
            classify(101, BANDS_766)
        assert classify(None, BANDS_766) is None

    def test_gap_and_duplicate_label(self) -> None:
        with pytest.raises(cm.ValidationError) as exc:
            Classification(
                id="bad",
                name="Bad",
                bands=[ClassBand("tốt", "[80, 100]"), ClassBand("tốt", "[0, 70)")],
            )
        assert sorted(codes(exc)) == ["band-gap", "duplicate"]


# --- observations for evaluation ----------------------------------------------------------


class TestRatingObservations:
    PLAN = cm.load("examples/002-hue-2021.yaml")
    RATING = {i.id: i for i in PLAN.indicators}["par_index_rating"]
    # A published PAR Index for the 9 district-level units of Thừa Thiên Huế (made up).
    PUBLISHED: ClassVar[dict[str, Any]] = {
        "474": "84.2",
        "476": 90,
        "477": 88,
        "478": 88,
        "479": 85,
        "480": 83,
        "481": 80,
        "482": 79,
        "483": 70,
    }

    def evaluate(self, published: dict[str, Any]) -> dict[str, Status]:
        local = PAR.classification("local-example")
        observations = rating_observations(
            published, self.RATING, "2021", score_indicator="par_index_score", bands=local
        )
        result = evaluate(self.PLAN, ObservationSet(observations, self.PLAN.indicators))
        return {t: result.result(t).status for t in ("par-index-good", "par-index-top-5")}

    def test_hue_met(self) -> None:
        """'Chỉ số CCHC … đạt mức tốt trở lên' and top 5 of 9, from observed scores."""
        assert self.evaluate(self.PUBLISHED) == {
            "par-index-good": Status.MET,
            "par-index-top-5": Status.MET,
        }

    def test_hue_not_met(self) -> None:
        published = {**self.PUBLISHED, "474": "79.5"}
        assert self.evaluate(published) == {
            "par-index-good": Status.NOT_MET,
            "par-index-top-5": Status.NOT_MET,
        }

    def test_hue_unknown(self) -> None:
        published = {**self.PUBLISHED, "474": None}
        assert self.evaluate(published) == {
            "par-index-good": Status.UNKNOWN,
            "par-index-top-5": Status.UNKNOWN,
        }

    def test_from_index_scores(self) -> None:
        scores: dict[str, IndexScore] = {
            "01": score_index(FULL_766, dict.fromkeys(FULL_766.indicator_ids, (95, 100))),
            "79": score_index(FULL_766, dict.fromkeys(FULL_766.indicator_ids, (1, 2))),
            "06": score_index(FULL_766, {}),
        }
        observations = rating_observations(
            scores, QD766.get("qd766.rating"), "2023", score_indicator="qd766.score"
        )
        shown = {(o.indicator, o.code): o.value for o in observations}
        assert shown["qd766.rating", "01"] == "xuất sắc"
        assert shown["qd766.rating", "79"] == "trung bình"
        assert ("qd766.rating", "06") not in shown
        assert shown["qd766.score", "79"] == scores["79"].percent
        data = ObservationSet(observations, QD766.indicators)
        assert len(data) == 4

    def test_errors(self) -> None:
        with pytest.raises(cm.ValidationError, match="needs bands"):
            rating_observations({"474": 85}, "par_index_rating", "2021")
        with pytest.raises(cm.ValidationError, match="not a level"):
            rating_observations(
                {"474": 85},
                PAR.get("par_index_group"),
                "2021",
                bands=PAR.classification("local-example"),
            )
        with pytest.raises(cm.ValidationError, match="expected an ordinal"):
            rating_observations({}, QD766.get("qd766.score"), "2021")
