"""Rank movement ("tăng hạng", "tăng ít nhất 3 bậc", "giữ vững vị trí") and open ranks
("tốp đầu", "nhóm dẫn đầu" without K): :class:`RankChange` and ``Rank(top=…)``.

The examples are built from sentences found in public Vietnamese texts (quoted with their
address); the laws are checked with hypothesis against ranks computed directly here.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_model import (
    Change,
    Indicator,
    MeasureKind,
    Op,
    Period,
    Plan,
    Rank,
    RankChange,
    Scope,
    ValidationError,
)
from cchc_model.evaluation import Status, evaluate_target
from cchc_model.io.observations import ObservationSet
from cchc_model.io.serialization import dumps, loads
from cchc_model.model.entailment import implies
from cchc_model.model.jurisdictions import Level
from cchc_model.model.plan_checks import check_plan
from trees import province_tree

PAR = Indicator(id="par_index", name="Chỉ số CCHC", measure=MeasureKind.SCORE, unit="point")
Y2020, Y2021, Y2023, Y2024 = (Period.parse(str(y)) for y in (2020, 2021, 2023, 2024))


def _code(position: int) -> str:
    return f"9{position:02d}"


def ranked(places: dict[int, int], size: int, period: Period) -> list[dict[str, Any]]:
    """Rows giving unit ``_code(u)`` rank ``places[u]`` among ``size`` units (no ties);
    the other units fill the remaining ranks."""
    free = iter(sorted(set(range(1, size + 1)) - set(places.values())))
    rank = {u: places.get(u) or next(free) for u in range(1, size + 1)}
    return [
        {"indicator": "par_index", "code": _code(u), "period": period.label, "value": 1000 - r}
        for u, r in rank.items()
    ]


def decide(target: Any, rows: list[dict[str, Any]], code: str, period: Period, size: int) -> Any:
    tree = province_tree(size, 0)
    return evaluate_target(target, ObservationSet.from_records(rows, [PAR]), code, period, tree)


def up(places: int, op: Op = Op.GE, **kw: Any) -> RankChange:
    return RankChange(**{"id": "rank_up", **kw}, indicator=PAR, op=op, places=places)


class TestSentences:
    def test_tuyen_quang_up_one_place(self) -> None:
        """ "Tuyên Quang đạt 86,57%, xếp thứ 34/63 tỉnh, thành phố, tăng 2,76%, tăng 1 bậc so
        với năm 2020" (https://dofa.tuyenquang.gov.vn/cai-cach-hanh-chinh/trang-4.html):
        35th → 34th meets "cải thiện thứ hạng" and "giữ vững", not "tăng ít nhất 3 bậc"
        (2 places short)."""
        rows = ranked({1: 35}, 63, Y2020) + ranked({1: 34}, 63, Y2021)
        better = decide(up(1), rows, "901", Y2021, 63)
        assert (better.status, better.observed, better.gap) == (Status.MET, 1, 0)
        assert better.reason == (
            "901 ranked 34th of 63 in 2021, 35th in 2020 on par_index: up 1 place (needed ≥ 1)."
        )
        assert decide(up(0), rows, "901", Y2021, 63).status is Status.MET
        three = decide(up(3), rows, "901", Y2021, 63)
        assert (three.status, three.gap) == (Status.NOT_MET, 2)

    def test_ba_ria_vung_tau_score_up_rank_down(self) -> None:
        """ "chỉ số PAR INDEX của tỉnh đạt 87,61 điểm, tăng 1,59 điểm so với năm 2020 nhưng
        giảm 7 bậc so với năm 2020; chỉ số PCI đạt 69,03 điểm (tăng 3,55 điểm) xếp vị trí
        thứ 9, tăng 6 bậc so với năm 2020" (https://baobariavungtau.com.vn/kinh-te/202207/
        phan-dau-den-nam-2025-br-vt-trong-nhom-co-chi-so-cchc-cao-nhat-nuoc-955613/): a
        higher score is not a better rank; "giữ vững vị trí" fails 7 places short."""
        before = [
            {"indicator": "par_index", "code": _code(u), "period": "2020", "value": 80 + u}
            for u in range(1, 11)
        ]
        # 910 led in 2020 (90); in 2021 it gains 1.59 points but 7 units pass it.
        after = [
            {"indicator": "par_index", "code": _code(u), "period": "2021", "value": 80 + u}
            for u in range(1, 11)
        ]
        after[9]["value"] = "91.59"
        for u in range(3, 10):
            after[u - 1]["value"] = 92 + u
        rows = before + after
        hold = decide(up(0), rows, "910", Y2021, 10)
        assert (hold.status, hold.observed, hold.gap) == (Status.NOT_MET, -7, 7)
        assert "8th of 10 in 2021, 1st in 2020" in hold.reason
        assert "down 7 places (needed ≥ 0)" in hold.reason
        score = Change(id="score", indicator=PAR, op=Op.GE, delta="0 point")
        assert decide(score, rows, "910", Y2021, 10).status is Status.MET
        pci = ranked({5: 15}, 63, Y2020) + ranked({5: 9}, 63, Y2021)
        six = decide(up(3), pci, "905", Y2021, 63)
        assert (six.status, six.observed) == (Status.MET, 6)

    def test_hai_phong_first_in_2024(self) -> None:
        """ "Hải Phòng là địa phương dẫn đầu bảng xếp hạng năm 2024 với 96,17%, tăng 4,30%
        và lên một bậc so [với năm 2023]" (https://baomoi.net.vn/
        hai-tinh-nao-co-chi-so-cai-cach-hanh-chinh-cao-nhat-c51908021.epi)."""
        rows = ranked({31: 2}, 63, Y2023) + ranked({31: 1}, 63, Y2024)
        result = decide(up(1), rows, "931", Y2024, 63)
        assert result.status is Status.MET
        assert result.reason == (
            "931 ranked 1st of 63 in 2024, 2nd in 2023 on par_index: up 1 place (needed ≥ 1)."
        )

    def test_papi_top_group_is_the_top_quarter(self) -> None:
        """ "Chỉ số tổng hợp PAPI năm 2022 các tỉnh/thành phố được chia thành 04 nhóm: nhóm
        đạt điểm “Cao” từ 43,44 - 47,88 điểm (16 tỉnh/thành phố)" of 61 ranked
        (https://nhatrang.khanhhoa.gov.vn/vi/ban-tin-cai-cach-hanh-chinh/chi-so-hieu-qua-
        quan-tri-va-hanh-chinh-cong-cap-tinh-nam-2023-cua-tinh-khanh-hoa-dung-thu-16-61-
        tinh-thanh-pho): "thuộc nhóm đứng đầu" read as the top 25 % gives K = ⌈61/4⌉ = 16."""
        top = Rank(id="nhom_cao", indicator=PAR, top="25 %", group_size=61)
        rows = ranked({1: 16, 2: 17}, 61, Y2023)
        sixteenth = decide(top, rows, "901", Y2023, 61)
        assert sixteenth.status is Status.MET
        assert sixteenth.reason.endswith("(K = 16).")
        assert decide(top, rows, "902", Y2023, 61).status is Status.NOT_MET
        assert str(top) == ("tốp đầu: 25 % đầu trong số 61 đơn vị (hạng ≤ ⌈25 % × số đơn vị⌉)")

    def test_ba_ria_vung_tau_open_group(self) -> None:
        """ "Phấn đấu đến năm 2025, BR-VT trong nhóm có chỉ số CCHC cao nhất nước" (the
        headline of the page above) names no K: a plan file states the convention, here
        the top 10 % of the 63 provinces (K = 7)."""
        plan = loads(
            "schema_version: 1\nid: brvt\ntitle: CCHC\nissuer: '77'\nperiod: '2025'\n"
            "indicators:\n- {id: par_index, name: Chỉ số CCHC, measure: score, unit: point}\n"
            "targets:\n- id: nhom_dau\n  form: rank\n  indicator: par_index\n  top: 10 %\n"
            "  aspirational: true\n"
            "  source_text: BR-VT trong nhóm có chỉ số CCHC cao nhất nước\n"
        )
        target = plan.targets[0]
        assert isinstance(target, Rank)
        assert target.top_value == Fraction(1, 10)
        rows = ranked({1: 7, 2: 8}, 63, Y2024)
        assert decide(target, rows, "901", Y2024, 63).status is Status.MET
        assert decide(target, rows, "902", Y2024, 63).status is Status.NOT_MET


class TestUnknownPeers:
    def test_unknown_peer_widens_to_unknown(self) -> None:
        """With one peer unknown now, 2nd → 1st-or-2nd is "up 0 to 1": "tăng hạng" is
        UNKNOWN, "giữ vững" is MET (every possible pair agrees)."""
        rows = ranked({1: 2, 2: 1}, 5, Y2020) + ranked({1: 1, 3: 2}, 5, Y2021)
        rows = [r for r in rows if not (r["code"] == "903" and r["period"] == "2021")]
        gain = decide(up(1), rows, "901", Y2021, 5)
        assert (gain.status, gain.observed, gain.gap) == (Status.UNKNOWN, None, None)
        assert "a change of +0 to +1 places" in gain.reason
        assert "1 peer unknown in 2021" in gain.reason
        assert gain.coverage == Fraction(9, 10)
        assert decide(up(0), rows, "901", Y2021, 5).status is Status.MET
        assert decide(up(2), rows, "901", Y2021, 5).status is Status.NOT_MET

    def test_own_value_missing_or_not_applicable(self) -> None:
        """No own value in the baseline is UNKNOWN, with the baseline named."""
        rows = ranked({}, 3, Y2021) + [r for r in ranked({}, 3, Y2020) if r["code"] != "901"]
        result = decide(up(1), rows, "901", Y2021, 3)
        assert result.status is Status.UNKNOWN
        assert "in 2020" in result.reason

    def test_ties_share_the_better_rank(self) -> None:
        """Ties are ranked 1, 2, 2, 4 in both years: tied 2nd → alone 2nd is no change."""
        rows = [
            {"indicator": "par_index", "code": c, "period": "2020", "value": v}
            for c, v in (("901", 9), ("902", 8), ("903", 8), ("904", 7))
        ] + [
            {"indicator": "par_index", "code": c, "period": "2021", "value": v}
            for c, v in (("901", 9), ("902", 8), ("903", 7), ("904", 6))
        ]
        tied = decide(up(0, Op.EQ), rows, "903", Y2021, 4)
        assert (tied.status, tied.observed) == (Status.NOT_MET, -1)
        assert decide(up(0, Op.EQ), rows, "902", Y2021, 4).status is Status.MET


class TestModel:
    def test_exactly_one_of_k_and_top(self) -> None:
        """A rank states K or a top share, not both and not neither."""
        for fields in ({}, {"k": 3, "top": "10 %"}):
            with pytest.raises(ValidationError, match="exactly one of k and top"):
                Rank(id="r", indicator=PAR, **fields)

    @pytest.mark.parametrize("top", ["0 %", "120 %", "3"])
    def test_top_is_a_share_of_the_peers(self, top: str) -> None:
        """top is a percent above 0 and at most 100 %."""
        with pytest.raises(ValidationError, match="top"):
            Rank(id="r", indicator=PAR, top=top)

    def test_rank_change_reads_as_written(self) -> None:
        """str() says the operator, the places and the baseline."""
        assert str(up(3)) == "rank up ≥ 3 places vs the previous period"
        assert str(up(1, baseline="2020", group_size=63)) == ("rank up ≥ 1 place vs 2020 among 63")

    def test_rank_change_is_the_issuers_own(self) -> None:
        """Like a rank, a rank movement has a self scope."""
        with pytest.raises(ValidationError, match="scope"):
            up(1, scope=Scope.each(Level.DISTRICT))

    def test_round_trip(self) -> None:
        """Both forms load, dump and load again to an equal plan."""
        plan = Plan(
            id="p",
            title="Kế hoạch",
            issuer="99",
            period=Y2024,
            indicators=(PAR,),
            targets=(
                Rank(id="top", indicator=PAR, top="10 %", group_size=63),
                up(3, id="up3", baseline="2020", peers=("901", "902")),
            ),
        )
        assert loads(dumps(plan)) == plan
        assert "form: rank_change" in dumps(plan)

    def test_group_size_warning(self) -> None:
        """cchc validate warns when a rank movement's stated group differs from the tree."""
        plan = Plan(
            id="p", title="K", issuer="38", period=Y2024, indicators=(PAR,),
            targets=(up(1, group_size=62),),
        )  # fmt: skip
        warnings = check_plan(plan).warnings
        assert [w.code for w in warnings] == ["group-size"]

    def test_entailment(self) -> None:
        """Up ≥ 3 implies up ≥ 1 and giữ vững; > 0 implies ≥ 1 (whole places); a
        different baseline implies nothing; top 1 implies any top share."""
        assert implies(up(3), up(1))
        assert implies(up(3), up(0))
        assert implies(up(0, Op.GT), up(1))
        assert not implies(up(1), up(3))
        assert not implies(up(3, baseline="2020"), up(1))
        top10 = Rank(id="a", indicator=PAR, top="10 %")
        assert implies(top10, Rank(id="b", indicator=PAR, top="20 %"))
        assert not implies(Rank(id="b", indicator=PAR, top="20 %"), top10)
        assert implies(Rank(id="c", indicator=PAR, k=1), top10)
        assert not implies(Rank(id="c", indicator=PAR, k=2), top10)
        assert not implies(top10, Rank(id="c", indicator=PAR, k=5))


# --- laws --------------------------------------------------------------------------------

SIZE = 6
# Small scores, so that ties are common; None is a peer with no value.
scores = st.lists(st.integers(0, 4), min_size=SIZE, max_size=SIZE)


def _rows(now: list[int | None], then: list[int | None]) -> list[dict[str, Any]]:
    return [
        {"indicator": "par_index", "code": _code(u + 1), "period": period, "value": v}
        for period, values in (("2021", now), ("2020", then))
        for u, v in enumerate(values)
        if v is not None
    ]


def _rank(values: list[int], unit: int) -> int:
    """Competition ranking, computed directly: 1 + the units strictly better."""
    return 1 + sum(v > values[unit] for v in values)


def _evaluate(target: Any, now: list[int | None], then: list[int | None], unit: int) -> Any:
    return decide(target, _rows(now, then), _code(unit + 1), Y2021, SIZE)


class TestLaws:
    @given(scores, scores, st.integers(0, SIZE - 1), st.integers(-3, 3), st.sampled_from(Op))
    @settings(max_examples=80, deadline=None)
    def test_agrees_with_ranks_computed_directly(
        self, now: list[int], then: list[int], unit: int, places: int, op: Op
    ) -> None:
        """Without unknown peers, the improvement is rank before − rank now, compared."""
        improvement = _rank(then, unit) - _rank(now, unit)
        result = _evaluate(up(places, op), list(now), list(then), unit)
        assert result.observed == improvement
        expected = {
            Op.GE: improvement >= places,
            Op.GT: improvement > places,
            Op.LE: improvement <= places,
            Op.LT: improvement < places,
            Op.EQ: improvement == places,
        }[op]
        assert result.status is (Status.MET if expected else Status.NOT_MET)

    @given(scores, scores, st.integers(0, SIZE - 1))
    @settings(max_examples=60, deadline=None)
    def test_hold_is_no_worse_than_before(self, now: list[int], then: list[int], unit: int) -> None:
        """ "giữ vững vị trí" (≥ 0 places) is met exactly when the rank now is no worse."""
        result = _evaluate(up(0), list(now), list(then), unit)
        assert (result.status is Status.MET) == (_rank(now, unit) <= _rank(then, unit))

    @given(
        scores,
        scores,
        st.integers(0, SIZE - 1),
        st.integers(-3, 3),
        st.sampled_from(Op),
        st.sets(st.integers(0, 2 * SIZE - 1), max_size=4),
    )
    @settings(max_examples=80, deadline=None)
    def test_unknown_peers_widen_but_never_flip(
        self,
        now: list[int],
        then: list[int],
        unit: int,
        places: int,
        op: Op,
        hidden: set[int],
    ) -> None:
        """Hiding peers' values (never the unit's own) turns a decision into UNKNOWN or
        leaves it; it never turns MET into NOT_MET or back."""
        target = up(places, op)
        full = _evaluate(target, list(now), list(then), unit).status
        partial_now: list[int | None] = list(now)
        partial_then: list[int | None] = list(then)
        for slot in hidden - {unit, SIZE + unit}:
            if slot < SIZE:
                partial_now[slot] = None
            else:
                partial_then[slot - SIZE] = None
        partial = _evaluate(target, partial_now, partial_then, unit).status
        assert partial in (full, Status.UNKNOWN)

    @given(
        scores,
        st.integers(0, SIZE - 1),
        st.sampled_from(["10 %", "25 %", "33.4 %", "50 %", "100 %"]),
        st.sets(st.integers(0, SIZE - 1), max_size=2),
    )
    @settings(max_examples=60, deadline=None)
    def test_top_share_is_rank_within_the_ceiling(
        self, now: list[int], unit: int, top: str, hidden: set[int]
    ) -> None:
        """Rank(top=f) decides as Rank(k=⌈f × peers⌉), unknown peers included."""
        values: list[int | None] = [None if u in hidden - {unit} else v for u, v in enumerate(now)]
        share = Fraction(top.removesuffix(" %")) / 100
        k = math.ceil(share * SIZE)
        by_top = _evaluate(Rank(id="t", indicator=PAR, top=top), values, values, unit)
        by_k = _evaluate(Rank(id="t", indicator=PAR, k=k), values, values, unit)
        assert (by_top.status, by_top.observed, by_top.gap) == (
            by_k.status,
            by_k.observed,
            by_k.gap,
        )

    @given(
        scores,
        scores,
        st.integers(0, SIZE - 1),
        st.tuples(st.integers(-2, 3), st.sampled_from(Op)),
        st.tuples(st.integers(-2, 3), st.sampled_from(Op)),
    )
    @settings(max_examples=80, deadline=None)
    def test_implies_is_sound(
        self,
        now: list[int],
        then: list[int],
        unit: int,
        first: tuple[int, Op],
        second: tuple[int, Op],
    ) -> None:
        """Whenever implies(a, b), a MET means b MET on the same data."""
        a, b = up(first[0], first[1]), up(second[0], second[1])
        if implies(a, b) and _evaluate(a, list(now), list(then), unit).status is Status.MET:
            assert _evaluate(b, list(now), list(then), unit).status is Status.MET


class TestDataframeEngine:
    def test_both_forms_are_vectorised_and_agree(self) -> None:
        """polars decides rank movements and top shares in bulk, as the reference does."""
        pl = pytest.importorskip("polars")
        from cchc_model.batch import evaluate_many

        rows = ranked({1: 4, 2: 1}, 8, Y2020) + ranked({1: 2, 2: 3}, 8, Y2021)
        rows = [r for r in rows if not (r["code"] == "908" and r["period"] == "2021")]
        targets = (
            up(1, id="up"),
            up(0, id="hold"),
            up(2, Op.GT, id="gt2"),
            Rank(id="top", indicator=PAR, top="25 %"),
        )
        plan = Plan(id="p", title="K", issuer="99", period=Y2021, indicators=(PAR,),
                    targets=targets)  # fmt: skip
        tree = province_tree(8, 0)
        frame = pl.DataFrame([{**r, "value": str(r["value"])} for r in rows])
        batch = evaluate_many(plan, frame, tree, periods=["2021"], codes=["901", "902"])
        assert set(batch.table["engine"].to_list()) == {"vectorised"}
        observations = ObservationSet.from_records(rows, [PAR])
        for record in batch.table.to_dicts():
            target = next(t for t in targets if t.id == record["target"])
            want = evaluate_target(target, observations, record["code"], Y2021, tree)
            assert record["status"] == want.status.value, record
