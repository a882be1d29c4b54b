"""Sub-quotas ("trong đó", ``within``) and targets met at every member of a breakdown
(``each_member``): docs/semantics.md §12.2 and §12.4, docs/phrases.md.

The examples are built from sentences of real plans (quoted with their address); the
laws are checked with hypothesis; both engines and the independent oracle
(``tests/oracle.py``) are compared on generated plans that use the two fields.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cchc_model as cm
from cchc_model import (
    AllOf,
    Between,
    Comparison,
    Indicator,
    Level,
    MeasureKind,
    ObservationSet,
    Op,
    Ordinal,
    Period,
    Plan,
    Scope,
    SpatialRule,
    Status,
)
from cchc_model.evaluation import evaluate_target
from cchc_model.exceptions import ValidationError
from cchc_model.io.schema import plan_schema
from cchc_model.io.serialization import dumps, loads
from cchc_model.model.entailment import implies
from cchc_model.model.indicators import Dimension
from cchc_model.testing.strategies import targets
from engine_scenarios import EngineScenario
from oracle import evaluate_plan
from test_engines_oracle import assert_same, reference_rows
from trees import province_tree

YEAR = Period.parse("2023")
TREE = province_tree()  # 99 > 901, 902, 903 > 90101, 90102, …

# --- Bắc Kạn, Kế hoạch cải cách hành chính năm 2023 ------------------------------------
# https://backan.gov.vn/pages/muc-do-hai-long-cua-nguoi-dan-doanh-nghiep-ve-giai-82bd.aspx
# (shared/seeds/003): "100% TTHC có đủ điều kiện, được cung cấp dịch vụ công trực tuyến
# toàn trình trên Cổng Dịch vụ công của tỉnh, 70% TTHC của tỉnh thực hiện qua dịch vụ
# công trực tuyến toàn trình được tích hợp với Cổng Dịch vụ công quốc gia"
BAC_KAN_SUB_QUOTA = (
    "70% TTHC của tỉnh thực hiện qua dịch vụ công trực tuyến toàn trình được tích hợp "
    "với Cổng Dịch vụ công quốc gia"
)
# The same plan: "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt 90%
# trở lên, trong đó, mức độ hài lòng về giải quyết TTHC lĩnh vực đất đai, xây dựng, đầu tư
# đạt 80% trở lên" — a "trong đó" that names a breakdown, read here as each of the three
# sectors.
BAC_KAN_EACH_SECTOR = (
    "trong đó, mức độ hài lòng về giải quyết TTHC lĩnh vực đất đai, xây dựng, đầu tư đạt "
    "80% trở lên"
)
# A district's 2020 plan (shared/seeds/004, an article of 27/04/2020 with no address):
# "Trên 90% người dân hài lòng đối với dịch vụ do đơn vị sự nghiệp công cung cấp trên các
# lĩnh vực giáo dục, y tế".
DISTRICT_EACH_SECTOR = (
    "Trên 90% người dân hài lòng đối với dịch vụ do đơn vị sự nghiệp công cung cấp trên các "
    "lĩnh vực giáo dục, y tế"
)

FULL_ONLINE = Indicator(
    id="tthc_full_online",
    name="Tỷ lệ TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình",
    measure=MeasureKind.RATIO,
    numerator="TTHC cung cấp dịch vụ công trực tuyến toàn trình",
    denominator="TTHC có đủ điều kiện",
)
INTEGRATED = Indicator(
    id="tthc_integrated",
    name="Tỷ lệ TTHC trực tuyến toàn trình tích hợp với Cổng Dịch vụ công quốc gia",
    measure=MeasureKind.RATIO,
    numerator="TTHC trực tuyến toàn trình tích hợp với Cổng Dịch vụ công quốc gia",
    denominator="TTHC của tỉnh",
)
SECTORS = Dimension(id="linh_vuc", name="Lĩnh vực", members=("dat_dai", "xay_dung", "dau_tu"))
SATISFACTION = Indicator(
    id="hai_long_tthc",
    name="Mức độ hài lòng về giải quyết TTHC",
    measure=MeasureKind.RATIO,
    dimensions=(SECTORS,),
)
# The sentence of SEMANTICS §12.2, paraphrased from plans: "tối thiểu 70% hồ sơ nộp trực
# tuyến, trong đó ít nhất 30% được xử lý toàn trình".
SERVICE = Dimension(id="service", name="Dịch vụ", members=("land", "civil"))
ONLINE = Indicator(
    id="dossiers-online", name="Tỷ lệ hồ sơ nộp trực tuyến", measure=MeasureKind.RATIO,
    dimensions=(SERVICE,),
)  # fmt: skip
END_TO_END = Indicator(
    id="dossiers-end-to-end", name="Tỷ lệ hồ sơ xử lý toàn trình", measure=MeasureKind.RATIO,
    dimensions=(SERVICE,),
)  # fmt: skip


def ratio(indicator: Indicator, code: str, num: int, den: int, **members: str) -> dict[str, Any]:
    return {
        "indicator": indicator.id, "code": code, "period": "2023",
        "numerator": num, "denominator": den, **members,
    }  # fmt: skip


def observations(*rows: dict[str, Any]) -> ObservationSet:
    indicators = [FULL_ONLINE, INTEGRATED, SATISFACTION, ONLINE, END_TO_END]
    return ObservationSet.from_records(list(rows), indicators)


def sub_quota(**fields: Any) -> Comparison:
    defaults: dict[str, Any] = {
        "id": "tich-hop", "indicator": INTEGRATED, "within": FULL_ONLINE, "op": Op.GE,
        "threshold": "70 %", "source_text": BAC_KAN_SUB_QUOTA,
    }  # fmt: skip
    return Comparison(**(defaults | fields))


# --- sub-quotas: examples -----------------------------------------------------------------


class TestSubQuotaExamples:
    def test_bac_kan_share_of_the_procedures_offered_fully_online(self) -> None:
        """120 of 150 eligible procedures are offered fully online; 84 of the province's 200
        procedures are integrated: 84 of 120 is 70 % (met), although 84 of 200 is 42 %."""
        data = observations(ratio(FULL_ONLINE, "99", 120, 150), ratio(INTEGRATED, "99", 84, 200))
        result = evaluate_target(sub_quota(), data, "99", YEAR, TREE)
        assert result.status is Status.MET
        assert result.observed == Fraction(70)
        assert "84/120 of those counted by tthc_full_online" in result.reason
        plain = attrs.evolve(sub_quota(), within=None)
        assert evaluate_target(plain, data, "99", YEAR, TREE).status is Status.NOT_MET

    def test_one_procedure_short_is_not_met_exactly(self) -> None:
        """83 of 120 is 69.1666… %: not met, and the gap is exact (5/6 of a point)."""
        data = observations(ratio(FULL_ONLINE, "99", 120, 150), ratio(INTEGRATED, "99", 83, 200))
        result = evaluate_target(sub_quota(), data, "99", YEAR, TREE)
        assert result.status is Status.NOT_MET
        assert result.observed == Fraction(8300, 120)
        assert result.gap == Fraction(70) - Fraction(8300, 120)

    def test_pooled_is_a_ratio_of_sums(self) -> None:
        """ "trong đó ít nhất 30% được xử lý toàn trình", pooled over the communes of 901:
        2 of 7 and 25 of 80 online dossiers → 27/87 = 31.03 % (met); the mean of the two
        shares, 29.9 %, would wrongly fail."""
        target = Comparison(
            id="toan-trinh", indicator=END_TO_END, within=ONLINE, op=Op.GE, threshold="30 %",
            scope=Scope.pooled(Level.COMMUNE),
        )  # fmt: skip
        data = observations(
            ratio(ONLINE, "90101", 7, 10), ratio(END_TO_END, "90101", 2, 10),
            ratio(ONLINE, "90102", 80, 100), ratio(END_TO_END, "90102", 25, 100),
        )  # fmt: skip
        result = evaluate_target(target, data, "901", YEAR, TREE)
        assert result.status is Status.MET
        assert result.observed == Fraction(2700, 87)
        assert result.coverage == 1

    def test_a_base_counting_nothing_is_not_applicable(self) -> None:
        """No procedure offered fully online: nothing to take a share of (as a ratio over 0)."""
        data = observations(ratio(FULL_ONLINE, "99", 0, 150), ratio(INTEGRATED, "99", 0, 200))
        result = evaluate_target(sub_quota(), data, "99", YEAR, TREE)
        assert result.status is Status.NOT_APPLICABLE
        assert "tthc_full_online counts 0" in result.reason
        empty = observations(ratio(FULL_ONLINE, "99", 0, 0), ratio(INTEGRATED, "99", 0, 200))
        assert evaluate_target(sub_quota(), empty, "99", YEAR, TREE).status is Status.NOT_APPLICABLE

    def test_a_missing_count_is_unknown(self) -> None:
        """Either count missing leaves the share unknown, with the missing one named."""
        only_own = observations(ratio(INTEGRATED, "99", 84, 200))
        result = evaluate_target(sub_quota(), only_own, "99", YEAR, TREE)
        assert result.status is Status.UNKNOWN
        assert "tthc_full_online" in result.reason
        only_base = observations(ratio(FULL_ONLINE, "99", 120, 150))
        result = evaluate_target(sub_quota(), only_base, "99", YEAR, TREE)
        assert result.status is Status.UNKNOWN
        assert "tthc_integrated" in result.reason

    def test_a_value_without_counts_is_unknown(self) -> None:
        """A ratio given as a bare percentage has no count to take a share of."""
        rows = [ratio(FULL_ONLINE, "99", 120, 150)]
        rows.append({"indicator": INTEGRATED.id, "code": "99", "period": "2023", "value": 42})
        result = evaluate_target(sub_quota(), observations(*rows), "99", YEAR, TREE)
        assert result.status is Status.UNKNOWN
        assert "No count for tthc_integrated" in result.reason

    def test_reads_trong_do(self) -> None:
        assert str(sub_quota()) == "≥ 70 % (trong đó: of those counted by tthc_full_online)"
        band = Between(id="b", indicator=INTEGRATED, within=FULL_ONLINE, low="30 %", high="50 %")
        assert "of those counted by tthc_full_online" in str(band)


class TestSubQuotaValidation:
    def test_both_indicators_must_be_counted_ratios(self) -> None:
        mean = attrs.evolve(FULL_ONLINE, id="not_pooled", spatial=SpatialRule.NONE)
        with pytest.raises(ValidationError, match="ratio_of_sums") as caught:
            sub_quota(within=mean)
        assert caught.value.problems[0].code == "within-not-a-count"
        days = Indicator(
            id="days", name="Số ngày", measure=MeasureKind.AMOUNT, unit="day",
            spatial=SpatialRule.MEAN, temporal=cm.TemporalRule.LAST,
        )  # fmt: skip
        with pytest.raises(ValidationError, match="expected ratio indicators"):
            sub_quota(within=days)
        with pytest.raises(ValidationError, match="expected ratio indicators"):
            Comparison(id="t", indicator=days, within=FULL_ONLINE, op=Op.GE, threshold="3 day")

    def test_not_its_own_base(self) -> None:
        with pytest.raises(ValidationError, match="always 100 %"):
            sub_quota(within=INTEGRATED)

    def test_the_base_is_broken_down_alike(self) -> None:
        """A share of the land dossiers is taken of the land dossiers: the base needs the
        breakdown the target measures."""
        with pytest.raises(ValidationError, match="no member 'land' of 'service'"):
            Comparison(
                id="t", indicator=END_TO_END, within=FULL_ONLINE, op=Op.GE, threshold="30 %",
                members={"service": "land"},
            )  # fmt: skip

    def test_ordinal_targets_take_no_base(self) -> None:
        assert "within" not in attrs.fields_dict(Ordinal)


# --- each member of a breakdown: examples --------------------------------------------------


def each_sector(**fields: Any) -> Comparison:
    defaults: dict[str, Any] = {
        "id": "hai-long-linh-vuc", "indicator": SATISFACTION, "op": Op.GE, "threshold": "80 %",
        "each_member": "linh_vuc", "source_text": BAC_KAN_EACH_SECTOR,
    }  # fmt: skip
    return Comparison(**(defaults | fields))


def by_sector(values: dict[str, tuple[int, int] | None]) -> ObservationSet:
    rows = [
        ratio(SATISFACTION, "99", *pair, linh_vuc=sector)
        for sector, pair in values.items()
        if pair is not None
    ]
    return observations(*rows)


class TestEachMemberExamples:
    def test_bac_kan_every_sector_must_reach_80(self) -> None:
        """85 %, 80 % and 79.9 %: one sector short is NOT_MET, one part per sector."""
        data = by_sector({"dat_dai": (85, 100), "xay_dung": (80, 100), "dau_tu": (799, 1000)})
        result = evaluate_target(each_sector(), data, "99", YEAR, TREE)
        assert result.status is Status.NOT_MET
        assert [p.status for p in result.parts] == [Status.MET, Status.MET, Status.NOT_MET]
        assert [dict(p.target.members)["linh_vuc"] for p in result.parts] == [
            "dat_dai", "xay_dung", "dau_tu",
        ]  # fmt: skip
        assert result.reason == "Each of 3 members of linh_vuc: 2 met, 1 not met (not met: dau_tu)."
        assert result.coverage == 1

    def test_a_missing_sector_is_unknown_and_an_empty_one_dropped(self) -> None:
        data = by_sector({"dat_dai": (85, 100), "xay_dung": (90, 100), "dau_tu": None})
        result = evaluate_target(each_sector(), data, "99", YEAR, TREE)
        assert result.status is Status.UNKNOWN
        assert result.coverage == Fraction(2, 3)
        data = by_sector({"dat_dai": (85, 100), "xay_dung": (90, 100), "dau_tu": (0, 0)})
        assert evaluate_target(each_sector(), data, "99", YEAR, TREE).status is Status.MET

    def test_district_2020_above_90_in_education_and_health(self) -> None:
        """ "Trên 90% … trên các lĩnh vực giáo dục, y tế": > 90 % in each of the two."""
        sectors = Dimension(id="linh_vuc", name="Lĩnh vực", members=("giao_duc", "y_te"))
        indicator = Indicator(
            id="hai_long_su_nghiep", name="Tỷ lệ người dân hài lòng", measure=MeasureKind.RATIO,
            dimensions=(sectors,),
        )  # fmt: skip
        target = Comparison(
            id="t", indicator=indicator, op=Op.GT, threshold="90 %", each_member="linh_vuc",
            source_text=DISTRICT_EACH_SECTOR,
        )  # fmt: skip
        rows = [
            {"indicator": indicator.id, "code": "99", "period": "2023", "numerator": n,
             "denominator": 100, "linh_vuc": sector}
            for sector, n in (("giao_duc", 95), ("y_te", 90))
        ]  # fmt: skip
        data = ObservationSet.from_records(rows, [indicator])
        result = evaluate_target(target, data, "99", YEAR, TREE)
        assert result.status is Status.NOT_MET  # 90 % is not above 90 %
        assert str(target) == "> 90 % (each linh_vuc)"

    def test_each_member_with_a_fixed_member_and_a_sub_quota(self) -> None:
        """Both fields together: the end-to-end share of the online dossiers, per service."""
        target = Comparison(
            id="t", indicator=END_TO_END, within=ONLINE, op=Op.GE, threshold="30 %",
            each_member="service",
        )  # fmt: skip
        data = observations(
            ratio(ONLINE, "99", 10, 20, service="land"),
            ratio(END_TO_END, "99", 3, 20, service="land"),
            ratio(ONLINE, "99", 0, 5, service="civil"),
            ratio(END_TO_END, "99", 0, 5, service="civil"),
        )  # fmt: skip
        result = evaluate_target(target, data, "99", YEAR, TREE)
        assert [p.status for p in result.parts] == [Status.MET, Status.NOT_APPLICABLE]
        assert result.status is Status.MET


class TestEachMemberValidation:
    def test_the_dimension_exists(self) -> None:
        with pytest.raises(ValidationError, match="no dimension 'sector'") as caught:
            each_sector(each_member="sector")
        assert caught.value.problems[0].code == "unknown-dimension"
        with pytest.raises(ValidationError, match="no dimension"):
            Comparison(id="t", indicator=FULL_ONLINE, op=Op.GE, threshold="1 %", each_member="x")

    def test_not_fixed_in_members(self) -> None:
        with pytest.raises(ValidationError, match="fixed to 'dat_dai'"):
            each_sector(members={"linh_vuc": "dat_dai"})


# --- plan files, schema, entailment, the dataframe engine ---------------------------------


def bac_kan_plan() -> Plan:
    return Plan(
        id="kh-cchc-bac-kan-2023", title="Kế hoạch cải cách hành chính năm 2023", issuer="99",
        period=YEAR, indicators=(FULL_ONLINE, INTEGRATED, SATISFACTION),
        targets=(sub_quota(), each_sector()),
    )  # fmt: skip


class TestFiles:
    def test_round_trip(self) -> None:
        plan = bac_kan_plan()
        text = dumps(plan)
        assert "within: tthc_full_online" in text
        assert "each_member: linh_vuc" in text
        assert loads(text) == plan
        inline = attrs.evolve(plan, indicators=(INTEGRATED, SATISFACTION))
        assert loads(dumps(inline)) == inline  # the base written inline

    def test_an_unknown_base_is_named(self) -> None:
        text = dumps(bac_kan_plan()).replace("within: tthc_full_online", "within: nope")
        with pytest.raises(cm.PlanFileError, match=r"targets\[0\]\.within") as caught:
            loads(text)
        assert "no indicator has id 'nope'" in str(caught.value)

    def test_schema(self) -> None:
        definitions = plan_schema()["$defs"]
        for form in ("Comparison", "Between"):
            assert "within" in definitions[form]["properties"]
        for form in ("Comparison", "Between", "Ordinal"):
            assert "each_member" in definitions[form]["properties"]
        assert "within" not in definitions["Ordinal"]["properties"]
        assert "within" not in definitions["Change"]["properties"]


class TestEntailment:
    def test_a_sub_quota_and_the_plain_share_are_not_compared(self) -> None:
        high, low = sub_quota(threshold="80 %"), sub_quota(threshold="70 %")
        assert implies(high, low)
        assert not implies(high, attrs.evolve(low, within=None))
        assert not implies(attrs.evolve(high, within=None), low)

    def test_a_full_sub_quota_is_not_an_equality(self) -> None:
        """≥ 100 % of a base does not pin the share at 100 %: the counts may disagree."""
        assert not implies(sub_quota(threshold="100 %"), sub_quota(op=Op.EQ, threshold="100 %"))

    def test_each_member_against_one_member(self) -> None:
        every = each_sector(threshold="85 %")
        assert implies(every, each_sector())
        assert not implies(every, attrs.evolve(every, each_member=None))
        assert not implies(attrs.evolve(every, each_member=None), each_sector())


class TestDataframeEngine:
    def test_falls_back_to_the_reference_engine_with_a_warning(self) -> None:
        pl = pytest.importorskip("polars")
        pytest.importorskip("narwhals")
        rows = [
            ratio(FULL_ONLINE, "99", 120, 150), ratio(INTEGRATED, "99", 84, 200),
            ratio(SATISFACTION, "99", 85, 100, linh_vuc="dat_dai"),
            ratio(SATISFACTION, "99", 80, 100, linh_vuc="xay_dung"),
            ratio(SATISFACTION, "99", 79, 100, linh_vuc="dau_tu"),
        ]  # fmt: skip
        frame = pl.DataFrame(rows)
        plan = bac_kan_plan()
        got = cm.evaluate(plan, frame, TREE, YEAR, code="99", engine="vectorised")
        want = cm.evaluate(plan, observations(*rows), TREE, YEAR, code="99", engine="reference")
        assert [r.status for r in got.results] == [Status.MET, Status.NOT_MET]
        assert [attrs.evolve(r, warnings=()) for r in got.results] == list(want.results)
        for result in got.results:
            assert any("reference engine" in w for w in result.warnings), result.warnings


# --- laws ------------------------------------------------------------------------------------

COMMUNES = [u.code for u in TREE if u.level is Level.COMMUNE]
CODES = ["99", "901", "902", "90101"]
SCOPES = [Scope(), Scope.pooled(Level.COMMUNE), Scope.each(Level.DISTRICT)]


@st.composite
def commune_counts(draw: st.DrawFn) -> dict[str, tuple[int, int, int] | None]:
    """Per commune: (own numerator, own denominator, other count), or missing."""
    found: dict[str, tuple[int, int, int] | None] = {}
    for code in COMMUNES:
        if draw(st.integers(0, 6)) == 0:
            found[code] = None
            continue
        den = draw(st.sampled_from((0, 1, 3, 7, 10, 12)))
        found[code] = (draw(st.integers(0, den)), den, draw(st.integers(0, 15)))
    return found


def _thresholded(draw: st.DrawFn, indicator: Indicator, **fields: Any) -> Comparison | Between:
    if draw(st.booleans()):
        low, high = sorted(draw(st.integers(0, 100)) for _ in range(2))
        return Between(id="t", indicator=indicator, low=f"{low} %", high=f"{high} %", **fields)
    value = draw(st.sampled_from(("0", "30", "100/3", "50", "66.67", "85", "100")))
    op = draw(st.sampled_from(list(Op)))
    return Comparison(id="t", indicator=indicator, op=op, threshold=f"{value} %", **fields)


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(commune_counts(), st.data())
def test_law_a_base_counting_the_whole_is_the_plain_share(
    counts: dict[str, tuple[int, int, int] | None], data: st.DataObject
) -> None:
    """A sub-quota whose base's numerator is the target's own denominator (the whole)
    decides as the plain share: same status, value, gap and coverage, in every scope."""
    rows = []
    for code, found in counts.items():
        if found is None:
            continue
        num, den, _ = found
        rows.append(ratio(INTEGRATED, code, num, den))
        rows.append(ratio(FULL_ONLINE, code, den, max(den, 1)))  # counts the whole
    scope = data.draw(st.sampled_from(SCOPES))
    plain = _thresholded(data.draw, INTEGRATED, scope=scope)
    within = attrs.evolve(plain, within=FULL_ONLINE)
    code = data.draw(st.sampled_from(CODES))
    got = evaluate_target(within, observations(*rows), code, YEAR, TREE)
    want = evaluate_target(plain, observations(*rows), code, YEAR, TREE)
    assert [(r.status, r.observed, r.gap, r.coverage) for r in got.walk()] == [
        (r.status, r.observed, r.gap, r.coverage) for r in want.walk()
    ]


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(commune_counts(), st.data())
def test_law_a_sub_quota_is_a_ratio_of_sums(
    counts: dict[str, tuple[int, int, int] | None], data: st.DataObject
) -> None:
    """Pooled over the communes of a unit, the value is Σ own numerators / Σ base
    numerators, whatever the grouping (one step equals two steps up the tree)."""
    rows = []
    for code, found in counts.items():
        if found is not None:
            num, den, base = found
            rows.append(ratio(INTEGRATED, code, num, den))
            rows.append(ratio(FULL_ONLINE, code, base, max(base, 15)))
    target = sub_quota(scope=Scope.pooled(Level.COMMUNE), op=Op.GE, threshold="50 %")
    province = evaluate_target(target, observations(*rows), "99", YEAR, TREE)
    territory = evaluate_target(
        attrs.evolve(target, scope=Scope()), observations(*rows), "99", YEAR, TREE
    )
    known = [found for found in counts.values() if found is not None]
    if len(known) < len(COMMUNES):
        assert province.status is Status.UNKNOWN
        assert territory.status is Status.UNKNOWN  # two steps: a district is short too
        return
    own, base = sum(k[0] for k in known), sum(k[2] for k in known)
    if base == 0:
        assert province.status is territory.status is Status.NOT_APPLICABLE
        return
    assert province.observed == territory.observed == Fraction(own * 100, base)


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_law_each_member_is_the_all_of_per_member_copies(data: st.DataObject) -> None:
    """A target at every member decides as the all of its copies at each member."""
    values: dict[str, tuple[int, int] | None] = {}
    for sector in SECTORS.members:
        den = data.draw(st.sampled_from((0, 4, 10)))
        values[sector] = data.draw(st.none() | st.integers(0, den).map(lambda n, d=den: (n, d)))
    observed = by_sector(values)
    scope = data.draw(st.sampled_from([Scope(), Scope.pooled(Level.PROVINCE)]))
    target = _thresholded(data.draw, SATISFACTION, scope=scope, each_member="linh_vuc")
    parts = tuple(target.per_member())
    every = evaluate_target(target, observed, "99", YEAR, TREE)
    all_of = evaluate_target(AllOf(id="all", parts=parts), observed, "99", YEAR, TREE)
    assert every.status is all_of.status
    assert [p.status for p in every.parts] == [p.status for p in all_of.parts]


# --- both engines against the oracle --------------------------------------------------------


@st.composite
def scenarios(draw: st.DrawFn) -> EngineScenario:
    """Plans of sub-quotas and each-member targets (nested in compounds and shares, in
    every scope) on sparse data with zero denominators."""
    pool = [ONLINE, END_TO_END]
    drawn = []
    for index in range(1, draw(st.integers(1, 3)) + 1):
        target = draw(targets(pool, max_depth=1, id_prefix=f"t{index}", forms=_FORMS))
        drawn.append(draw(_using_both(target)))
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    for indicator in pool:
        for unit in TREE:
            for member in (None, *SERVICE.members):
                if draw(st.integers(0, 5)) == 0:
                    continue
                den = draw(st.sampled_from((0, 2, 5, 9)))
                extra = {} if member is None else {"service": member}
                row = ratio(indicator, unit.code, draw(st.integers(0, den)), den, **extra)
                row["basis"] = draw(st.sampled_from(("territory", "territory", "own")))
                rows[(indicator.id, unit.code, str(member) + row["basis"])] = row
    plan = Plan(id="p", title="Kế hoạch thử", issuer="99", period=YEAR, targets=tuple(drawn),
                indicators=tuple(pool))  # fmt: skip
    return EngineScenario(
        tree=TREE, plan=plan, records=tuple(rows.values()),
        min_coverage=Fraction(draw(st.sampled_from(("1", "1/2", "0")))),
        periods=(YEAR,), roots=tuple(draw(st.lists(st.sampled_from(CODES), min_size=1,
                                                   max_size=2, unique=True))),
        numbers_as_floats=False,
    )  # fmt: skip


_FORMS = ["comparison", "between", "all_of", "share"]


@st.composite
def _using_both(draw: st.DrawFn, target: Any) -> Any:
    """The target with a sub-quota base and each member drawn often at its leaves."""
    if isinstance(target, AllOf | cm.AnyOf | cm.AtLeast):
        return attrs.evolve(target, parts=tuple(draw(_using_both(p)) for p in target.parts))
    if isinstance(target, cm.Share):
        return attrs.evolve(target, condition=draw(_using_both(target.condition)))
    if not isinstance(target, Comparison | Between):
        return target
    fields: dict[str, Any] = {}
    if draw(st.booleans()):
        fields["within"] = ONLINE if target.indicator is END_TO_END else END_TO_END
    if not target.members and draw(st.booleans()):
        fields["each_member"] = "service"
    return attrs.evolve(target, **fields)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(scenarios())
def test_reference_engine_and_oracle_agree(s: EngineScenario) -> None:
    oracle = evaluate_plan(s.plan, s.records, s.tree, roots=s.roots, periods=s.periods,
                           min_coverage=s.min_coverage)  # fmt: skip
    assert_same(reference_rows(s), oracle, "reference")


def test_the_strategies_draw_both_fields() -> None:
    """``cchc_model.testing.strategies.targets`` draws within and each_member sometimes."""
    seen: set[str] = set()

    @settings(max_examples=800, database=None, suppress_health_check=list(HealthCheck))
    @given(targets([ONLINE, END_TO_END], max_depth=1))
    def look(target: Any) -> None:
        for node in target.walk():
            if getattr(node, "within", None) is not None:
                seen.add("within")
            if getattr(node, "each_member", None) is not None:
                seen.add("each_member")

    look()
    assert seen == {"within", "each_member"}


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(scenarios())
def test_polars_falls_back_and_agrees(s: EngineScenario) -> None:
    """The dataframe engine hands these targets to the reference engine: the same rows."""
    pytest.importorskip("polars")
    from test_engines_oracle import batch_of, table_rows

    oracle = evaluate_plan(s.plan, s.records, s.tree, roots=s.roots, periods=s.periods,
                           min_coverage=s.min_coverage)  # fmt: skip
    assert_same(table_rows(batch_of(s, s.frame()).table), oracle, "polars")
