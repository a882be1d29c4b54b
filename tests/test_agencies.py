"""Agencies as first-class units of a plan (docs/semantics.md §12.3, docs/concepts.md
"Agencies"): one agency, each agency, agencies pooled, and an agency's rows in its
province's territory.

The example figures come from public Vietnamese reports on agencies' results, quoted
with their addresses in each test; the targets are the ones those reports measure
against.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_model import Comparison, Indicator, MeasureKind, Period, Plan, Scope
from cchc_model.cli import main
from cchc_model.evaluation import Status, evaluate
from cchc_model.exceptions import ValidationError
from cchc_model.io.observations import ObservationSet
from cchc_model.io.schema import plan_schema
from cchc_model.io.serialization import dumps, loads, plan_to_dict
from cchc_model.model.agencies import Agency, AgencyKind
from cchc_model.model.targets import AllOf, ScopeMode
from cchc_model.testing.strategies import plans
from trees import province_tree

Y2022 = Period.year(2022)

SATISFACTION = Indicator(
    id="satisfaction", name="Chỉ số hài lòng về sự phục vụ hành chính", measure=MeasureKind.RATIO
)
#: Dossiers an agency handles are its jurisdiction's: the indicator says so.
ON_TIME = Indicator(
    id="on_time",
    name="Hồ sơ giải quyết trước và đúng hạn",
    measure=MeasureKind.RATIO,
    agencies_in_rollup=True,
)
INDICATORS = (SATISFACTION, ON_TIME)


def agency(code: str, name: str, kind: str = "sở", jurisdiction: str = "99") -> Agency:
    return Agency(code=code, name=name, kind=kind, jurisdiction=jurisdiction)


#: Some of the departments of a province (codes are the plan's own).
DEPARTMENTS = (
    agency("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
    agency("SLDTBXH", "Sở Lao động, Thương binh và Xã hội"),
    agency("STNMT", "Sở Tài nguyên và Môi trường"),
    agency("SGDDT", "Sở Giáo dục và Đào tạo"),
)
CENTRE = agency("TTHCC", "Trung tâm Hành chính công tỉnh", "trung tâm phục vụ hành chính công")


def plan_of(*targets: Any, agencies: tuple[Agency, ...] = (*DEPARTMENTS, CENTRE)) -> Plan:
    return Plan(
        id="kh-cchc-2022",
        title="Kế hoạch cải cách hành chính năm 2022",
        issuer="99",
        period=Y2022,
        targets=targets,
        indicators=INDICATORS,
        agencies=agencies,
    )


def rows(
    indicator: str, *items: tuple[str, int, int], period: str = "2022"
) -> list[dict[str, Any]]:
    return [
        {"indicator": indicator, "code": code, "period": period, "numerator": n, "denominator": d}
        for code, n, d in items
    ]


def data(*records: dict[str, Any]) -> ObservationSet:
    return ObservationSet.from_records(list(records), INDICATORS)


# --- the model ------------------------------------------------------------------------


class TestAgencyKind:
    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("sở", AgencyKind.DEPARTMENT),
            ("Sở", AgencyKind.DEPARTMENT),
            ("department", AgencyKind.DEPARTMENT),
            ("ban", AgencyKind.BOARD),
            ("ngành", AgencyKind.SECTOR),
            ("Trung tâm Phục vụ hành chính công", AgencyKind.SERVICE_CENTRE),
            ("service_centre", AgencyKind.SERVICE_CENTRE),
            ("đơn vị sự nghiệp công lập", AgencyKind.PUBLIC_SERVICE_UNIT),
            ("UBND cấp dưới", AgencyKind.LOWER_COMMITTEE),
            ("other", AgencyKind.OTHER),
        ],
    )
    def test_parses_english_keys_and_vietnamese_names(self, text: str, kind: AgencyKind) -> None:
        assert AgencyKind.parse(text) is kind

    def test_every_kind_reads_back_from_its_key_and_its_name(self) -> None:
        for kind in AgencyKind:
            assert AgencyKind.parse(kind.key) is kind
            assert AgencyKind.parse(kind.vi) is kind

    def test_an_unknown_kind_is_an_error_listing_the_kinds(self) -> None:
        with pytest.raises(ValidationError, match="department/sở") as caught:
            AgencyKind.parse("phòng")
        assert caught.value.problems[0].code == "unknown-agency-kind"


class TestAgency:
    def test_prints_with_its_kind_and_jurisdiction(self) -> None:
        assert str(CENTRE) == "Trung tâm Hành chính công tỉnh (TTHCC, trung tâm phục vụ " \
            "hành chính công of 99)"  # fmt: skip

    @pytest.mark.parametrize("code", ["38", "00004", "VN", "", "Sở Nội vụ"])
    def test_a_code_that_is_no_agency_code_is_an_error(self, code: str) -> None:
        with pytest.raises(ValidationError) as caught:
            Agency(code=code, name="Sở Nội vụ", kind="sở", jurisdiction="38")
        assert caught.value.problems[0].path == "code"

    def test_blank_name_or_jurisdiction_is_an_error(self) -> None:
        with pytest.raises(ValidationError, match="name"):
            Agency(code="SNV", name=" ", kind="sở", jurisdiction="38")
        with pytest.raises(ValidationError, match="jurisdiction"):
            Agency(code="SNV", name="Sở Nội vụ", kind="sở", jurisdiction="")


class TestScope:
    def test_agency_scopes_read_like_the_plan(self) -> None:
        assert str(Scope.each_agency()) == "mỗi sở, ban, ngành"
        assert str(Scope.each_agency("sở")) == "mỗi sở"
        assert str(Scope.pooled_agencies("ban")) == "các ban, pooled"
        assert str(Scope.of_agency("TTHCC")) == "tại TTHCC"
        target = Comparison(
            id="t", indicator=SATISFACTION, op=">", threshold="90 %", scope=Scope.each_agency("sở")
        )
        assert str(target) == "> 90 % (mỗi sở)"

    def test_the_unit_scopes_are_unchanged(self) -> None:
        assert Scope().mode is ScopeMode.SELF
        assert Scope().agency is None
        assert Scope().kind is None
        assert not any(mode.on_agencies for mode in (ScopeMode.SELF, ScopeMode.EACH))

    @pytest.mark.parametrize(
        ("fields", "path"),
        [
            ({"mode": ScopeMode.AGENCY}, "agency"),
            ({"mode": ScopeMode.AGENCY, "agency": "SNV", "kind": "sở"}, "kind"),
            ({"mode": ScopeMode.EACH_AGENCY, "agency": "SNV"}, "agency"),
            ({"mode": ScopeMode.POOLED_AGENCIES, "level": "commune"}, "level"),
            ({"mode": ScopeMode.EACH_AGENCY, "level": "nation"}, "level"),
            ({"mode": ScopeMode.SELF, "agency": "SNV"}, "agency"),
            ({"mode": ScopeMode.EACH, "level": "commune", "kind": "sở"}, "kind"),
            ({"mode": ScopeMode.AGENCY, "agency": "Sở Nội vụ"}, "agency"),
        ],
    )
    def test_a_scope_that_mixes_agencies_and_levels_is_an_error(
        self, fields: dict[str, Any], path: str
    ) -> None:
        with pytest.raises(ValidationError) as caught:
            Scope(**fields)
        assert caught.value.problems[0].path == path


class TestPlan:
    def test_agency_codes_are_unique(self) -> None:
        with pytest.raises(ValidationError) as caught:
            plan_of(agencies=(CENTRE, CENTRE))
        assert caught.value.problems[0].path == "agencies[1].code"

    def test_an_agency_scope_needs_declared_agencies(self) -> None:
        target = Comparison(
            id="t", indicator=SATISFACTION, op=">", threshold="90 %", scope=Scope.each_agency()
        )
        with pytest.raises(ValidationError) as caught:
            plan_of(target, agencies=())
        assert caught.value.problems[0].code == "no-agencies"

    def test_one_agency_scope_names_a_declared_agency(self) -> None:
        target = Comparison(
            id="t", indicator=ON_TIME, op=">=", threshold="99 %", scope=Scope.of_agency("SNV")
        )
        with pytest.raises(ValidationError, match="no agency has code 'SNV'") as caught:
            plan_of(AllOf(id="all", parts=(target,)))
        assert caught.value.problems[0].path == "targets[0] (t).scope.agency"


# --- evaluation -----------------------------------------------------------------------


def test_one_agency() -> None:
    """Truyền hình Thanh Hóa, 22/03/2018, "Hơn 99% hồ sơ qua Trung tâm hành chính công cấp
    tỉnh được giải quyết đúng hạn": "Trung tâm Hành chính công tỉnh Thanh Hóa đã tiếp nhận
    hơn 10.170 hồ sơ …, xử lý hơn 8000 hồ sơ, với tỷ lệ đúng hạn đạt 99,2%."
    http://truyenhinhthanhhoa.vn/print/hon-99-ho-so-qua-trung-tam-hanh-chinh-cong-cap-tinh-duoc-giai-quyet-dung-han-1808112565.htm
    """
    target = Comparison(
        id="centre_on_time",
        indicator=ON_TIME,
        op=">",
        threshold="99 %",
        scope=Scope.of_agency("TTHCC"),
        source_text="Hơn 99% hồ sơ qua Trung tâm hành chính công cấp tỉnh được giải quyết đúng hạn",
    )
    plan = plan_of(target)
    met = evaluate(plan, data(*rows("on_time", ("TTHCC", 7936, 8000))), province_tree())
    assert met.result("centre_on_time").status is Status.MET  # 99.2 %
    assert met.result("centre_on_time").code == "99"
    just = evaluate(plan, data(*rows("on_time", ("TTHCC", 7920, 8000))), province_tree())
    assert just.result("centre_on_time").status is Status.NOT_MET  # 99 % is not above 99 %
    nothing = evaluate(plan, data(*rows("on_time", ("SGDDT", 1, 1))), province_tree())
    assert nothing.result("centre_on_time").status is Status.UNKNOWN


# Thái Nguyên TV, "9 sở có chỉ số hài lòng năm 2022 đạt trên 90%": "Đạt dưới 90% gồm các
# sở: Tài nguyên và Môi trường; Giáo dục và Đào tạo; Xây dựng; Nông nghiệp và Phát triển
# nông thôn." https://thainguyentv.vn/9-so-co-chi-so-hai-long-nam-2022-dat-tren-90-95069.html
EACH_DEPARTMENT = Comparison(
    id="each_department",
    indicator=SATISFACTION,
    op=">",
    threshold="90 %",
    scope=Scope.each_agency("sở"),
    source_text="chỉ số hài lòng … đạt trên 90%",
)


def test_each_agency_one_failing_is_not_met_with_the_agency_named() -> None:
    observed = rows(
        "satisfaction",
        ("SVHTTDL", 93, 100),
        ("SLDTBXH", 92, 100),
        ("STNMT", 88, 100),
        ("SGDDT", 91, 100),
        ("TTHCC", 50, 100),  # a centre, not a sở: not reached by "mỗi sở"
    )
    evaluation = evaluate(plan_of(EACH_DEPARTMENT), data(*observed), province_tree())
    result = evaluation.result("each_department")
    assert result.status is Status.NOT_MET
    assert [part.code for part in result.parts] == [a.code for a in DEPARTMENTS]
    assert "not met: STNMT" in result.reason
    assert [p.status for p in result.parts].count(Status.NOT_MET) == 1
    assert evaluation.unmatched == ()  # agency codes are not "codes that are not units"


def test_each_agency_all_above_is_met_and_none_of_the_kind_is_not_applicable() -> None:
    observed = rows("satisfaction", *((a.code, 95, 100) for a in DEPARTMENTS))
    evaluation = evaluate(plan_of(EACH_DEPARTMENT), data(*observed), province_tree())
    assert evaluation.result("each_department").status is Status.MET
    boards = Comparison(
        id="each_board",
        indicator=SATISFACTION,
        op=">",
        threshold="90 %",
        scope=Scope.each_agency("ban"),
    )
    evaluation = evaluate(plan_of(boards), data(*observed), province_tree())
    assert evaluation.result("each_board").status is Status.NOT_APPLICABLE


def test_agencies_pooled_are_a_ratio_of_sums() -> None:
    """Quảng Trị (qrt.vn, quý III/2019): "17 sở, ban, ngành tại Trung tâm hành chính công …
    đã tiếp nhận trên 54.000 hồ sơ, qua đó giải quyết hơn 50.800 hồ sơ, tỷ lệ hồ sơ trả
    trước và đúng hạn là 99%."
    http://qrt.vn/thong-tin-tong-hop/hon-1-400-thu-tuc-hanh-chinh-giai-quyet-tai-trung-tam-hanh-chinh-cong-tinh-trong-quy-iii-2019/
    """
    target = Comparison(
        id="departments_on_time",
        indicator=ON_TIME,
        op=">=",
        threshold="95 %",
        scope=Scope.pooled_agencies("sở"),
    )
    # 9/10 and 96/100: the mean of the ratios (93 %) fails, the ratio of sums passes
    observed = rows(
        "on_time", ("SVHTTDL", 9, 10), ("SLDTBXH", 96, 100), ("STNMT", 0, 0), ("SGDDT", 0, 0)
    )
    result = evaluate(plan_of(target), data(*observed), province_tree()).result(
        "departments_on_time"
    )
    assert result.status is Status.MET  # 105/110 = 95.45 %; 0/0 changes nothing
    assert result.observed * 110 == 105 * 100


def test_agencies_pooled_of_every_kind_need_every_agency() -> None:
    target = Comparison(
        id="pooled", indicator=ON_TIME, op=">=", threshold="95 %", scope=Scope.pooled_agencies()
    )
    observed = rows(
        "on_time",
        ("SVHTTDL", 9, 10),
        ("SLDTBXH", 96, 100),
        ("STNMT", 0, 0),
        ("SGDDT", 0, 0),
        ("TTHCC", 0, 0),
    )
    result = evaluate(plan_of(target), data(*observed), province_tree()).result("pooled")
    assert result.observed * 110 == 105 * 100  # 105/110 in percent, not (90 % + 96 %)/2
    assert result.status is Status.MET
    missing = evaluate(plan_of(target), data(*observed[:-1]), province_tree()).result("pooled")
    assert missing.status is Status.UNKNOWN  # the centre did not report


def _province_rows(*agencies: tuple[str, int, int]) -> list[dict[str, Any]]:
    communes = [(f"9{d:02d}{c:02d}", 10, 10) for d in range(1, 4) for c in range(1, 3)]
    return rows("on_time", *communes, *agencies)


def test_an_agencys_rows_count_in_the_province_territory() -> None:
    """Sơn La (baosonla.org.vn, 22/05/2018): "Trung tâm Hành chính công của tỉnh đã tiếp
    nhận 28.817 hồ sơ TTHC; đã giải quyết và trả kết quả gần 27.000 hồ sơ TTHC, đạt 93,5%"
    — the centre's dossiers are part of the province's.
    http://baosonla.org.vn/vi/bai-viet/trung-tam-hanh-chinh-cong-tinh-giai-quyet-va-tra-ket-qua-gan-27000-ho-so-tthc-15405
    """
    target = Comparison(id="province", indicator=ON_TIME, op=">=", threshold="95 %")
    plan = plan_of(target, agencies=(CENTRE,))
    # communes 60/60, the centre 935/1000: 995/1060 = 93.9 % < 95 %
    low = evaluate(plan, data(*_province_rows(("TTHCC", 935, 1000))), province_tree())
    result = low.result("province")
    assert result.status is Status.NOT_MET
    assert result.observed * 1060 == 995 * 100
    # without the agency declared, the centre's rows are not read, and reported
    alone = evaluate(
        plan_of(target, agencies=()), data(*_province_rows(("TTHCC", 935, 1000))), province_tree()
    )
    assert alone.result("province").status is Status.MET
    assert [p.value for p in alone.unmatched] == ["TTHCC"]
    # an agency that did not report leaves the province's value unknown
    silent = evaluate(plan, data(*_province_rows()), province_tree()).result("province")
    assert silent.status is Status.UNKNOWN
    assert "TTHCC" in silent.reason


def test_an_agencys_rows_stay_out_of_its_unit_unless_the_indicator_says_so() -> None:
    """SEMANTICS §12.3: an agency's figures count in its jurisdiction's roll-up only when
    the indicator says they are part of it (``agencies_in_rollup``)."""
    apart = attrs.evolve(ON_TIME, agencies_in_rollup=False)
    target = Comparison(id="province", indicator=apart, op=">=", threshold="95 %")
    centre = Comparison(
        id="centre", indicator=apart, op=">=", threshold="95 %", scope=Scope.of_agency("TTHCC")
    )
    plan = Plan(
        id="kh-cchc-2022", title="Kế hoạch", issuer="99", period=Y2022,
        targets=(target, centre), indicators=(apart,), agencies=(CENTRE,),
    )  # fmt: skip
    found = evaluate(plan, data(*_province_rows(("TTHCC", 935, 1000))), province_tree())
    province = found.result("province")
    assert province.status is Status.MET  # the communes' 60/60 alone
    assert province.observed == 100
    assert found.result("centre").status is Status.NOT_MET  # 93.5 %, read by its scope
    assert not found.unmatched  # a declared agency's code is not an unknown unit


def test_a_direct_value_wins_over_the_roll_up_and_nothing_counts_twice() -> None:
    target = Comparison(id="province", indicator=ON_TIME, op=">=", threshold="95 %")
    plan = plan_of(target, agencies=(CENTRE,))
    # the province's own level reported directly (it holds the centre's dossiers)
    own = {**rows("on_time", ("99", 960, 1000))[0], "basis": "own"}
    observed = [*_province_rows(("TTHCC", 935, 1000)), own]
    result = evaluate(plan, data(*observed), province_tree()).result("province")
    assert result.observed * 1060 == 1020 * 100  # 60 + 960 of 60 + 1000: the centre not added
    # a direct territory value of the province wins over every roll-up
    whole = rows("on_time", ("99", 99, 100))[0]
    observed = [*_province_rows(("TTHCC", 935, 1000)), whole]
    assert evaluate(plan, data(*observed), province_tree()).result("province").status is (
        Status.MET
    )


def test_the_own_basis_of_a_unit_with_agencies_is_their_roll_up() -> None:
    from cchc_model import Level

    target = Comparison(
        id="own", indicator=ON_TIME, op=">=", threshold="95 %", scope=Scope.pooled(Level.PROVINCE)
    )
    plan = plan_of(target, agencies=(DEPARTMENTS[0], CENTRE))
    observed = _province_rows(("SVHTTDL", 90, 100), ("TTHCC", 1000, 1000))
    result = evaluate(plan, data(*observed), province_tree()).result("own")
    assert result.observed * 1100 == 1090 * 100
    assert result.status is Status.MET


def test_an_agency_of_a_unit_not_on_the_tree_reaches_no_unit() -> None:
    """An agency of 06 (Bắc Kạn, merged in 2025) on a tree without 06: the plan is still
    evaluated; the agency's rows are not "codes that are no unit", "each sở" of 99 does
    not reach it, and a target for that one agency is not applicable at 99."""
    snv = agency("SNV", "Sở Nội vụ", "sở", "06")
    only_snv = Comparison(
        id="snv", indicator=SATISFACTION, op=">", threshold="90 %", scope=Scope.of_agency("SNV")
    )
    plan = plan_of(EACH_DEPARTMENT, only_snv, agencies=(*DEPARTMENTS, snv))
    observed = rows("satisfaction", ("SNV", 1, 1), *((a.code, 95, 100) for a in DEPARTMENTS))
    found = evaluate(plan, data(*observed), province_tree())
    each = found.result("each_department")
    assert each.status is Status.MET
    assert "SNV" not in {p.code for p in each.parts}
    alone = found.result("snv")
    assert alone.status is Status.NOT_APPLICABLE
    assert alone.reason == "Not applicable: agency SNV (Sở Nội vụ) belongs to 06, not to 99."
    assert not found.unmatched


def test_the_dataframe_engine_hands_a_plan_with_agencies_to_the_reference_engine() -> None:
    pytest.importorskip("polars")
    from cchc_model.engines.frame import frame_from_observations

    observed = data(*rows("satisfaction", *((a.code, 95, 100) for a in DEPARTMENTS)))
    plan = plan_of(EACH_DEPARTMENT)
    reference = evaluate(plan, observed, province_tree())
    vectorised = evaluate(
        plan, frame_from_observations(observed), province_tree(), engine="vectorised"
    )
    result = vectorised.result("each_department")
    assert result.status is reference.result("each_department").status is Status.MET
    assert result.engine == "reference"
    assert any("declares agencies" in warning for warning in result.warnings)
    assert vectorised.unmatched == ()


@settings(max_examples=60, deadline=None)
@given(
    values=st.lists(
        st.one_of(st.none(), st.tuples(st.integers(0, 20), st.integers(0, 20))),
        min_size=len(DEPARTMENTS),
        max_size=len(DEPARTMENTS),
    ),
    threshold=st.sampled_from(["50 %", "85 %", "90 %", "100 %"]),
)
def test_each_agency_is_the_all_of_the_targets_on_each_agency(
    values: list[tuple[int, int] | None], threshold: str
) -> None:
    """Law: a target scoped to each agency has the status of the all-of of the same target
    scoped to each of those agencies (Kleene, NOT_APPLICABLE parts dropped)."""
    each = Comparison(
        id="each", indicator=ON_TIME, op=">=", threshold=threshold, scope=Scope.each_agency("sở")
    )
    parts = tuple(
        Comparison(
            id=f"at_{a.code}",
            indicator=ON_TIME,
            op=">=",
            threshold=threshold,
            scope=Scope.of_agency(a.code),
        )
        for a in DEPARTMENTS
    )
    every = AllOf(id="every", parts=parts)
    observed = [
        row
        for a, pair in zip(DEPARTMENTS, values, strict=True)
        if pair is not None
        for row in rows("on_time", (a.code, min(pair), max(pair)))
    ]
    evaluation = evaluate(plan_of(each, every), data(*observed), province_tree())
    assert evaluation.result("each").status is evaluation.result("every").status


@pytest.mark.parametrize("mode", [m for m in ScopeMode if m.on_agencies])
def test_agency_scopes_strategy_gives_every_agency_mode(mode: ScopeMode) -> None:
    from hypothesis import find

    from cchc_model.testing.strategies import agency_scopes

    assert find(agency_scopes(["SNV"]), lambda s: s.mode is mode).mode is mode


def test_generated_plans_sometimes_declare_agencies_and_aim_targets_at_them() -> None:
    from hypothesis import find

    found = find(
        plans(),
        lambda p: any(getattr(t, "scope", Scope()).mode.on_agencies for t in p.targets),
    )
    assert found.agencies


# --- plan files -----------------------------------------------------------------------

PLAN_FILE = """\
schema_version: 1
id: kh-cchc-2022
title: Kế hoạch cải cách hành chính năm 2022
issuer: "99"
period: "2022"
agencies:
  - {code: SNV, name: Sở Nội vụ, kind: sở, jurisdiction: "99"}
  - {code: TTHCC, name: Trung tâm Phục vụ hành chính công tỉnh, kind: service_centre,
     jurisdiction: "99"}
indicators:
  - {id: satisfaction, name: Mức độ hài lòng, measure: ratio}
targets:
  - {id: each, form: comparison, indicator: satisfaction, op: ">", threshold: 90 %,
     scope: {mode: each_agency, kind: sở}}
  - {id: centre, form: comparison, indicator: satisfaction, op: ">=", threshold: 95 %,
     scope: {mode: agency, agency: TTHCC}}
  - {id: pooled, form: comparison, indicator: satisfaction, op: ">=", threshold: 90 %,
     scope: {mode: pooled_agencies}}
"""


class TestPlanFiles:
    def test_a_file_with_agencies_loads_and_round_trips(self) -> None:
        plan = loads(PLAN_FILE)
        assert [a.kind for a in plan.agencies] == [
            AgencyKind.DEPARTMENT,
            AgencyKind.SERVICE_CENTRE,
        ]
        assert plan.target("each").scope == Scope.each_agency(AgencyKind.DEPARTMENT)
        assert plan.target("centre").scope == Scope.of_agency("TTHCC")
        assert loads(dumps(plan)) == plan
        assert loads(dumps(plan, "json"), "json") == plan
        written = plan_to_dict(plan)
        assert written["agencies"][1]["kind"] == "service_centre"
        assert written["targets"][0]["scope"] == {"mode": "each_agency", "kind": "department"}

    @settings(max_examples=40, deadline=None)
    @given(plans())
    def test_generated_plans_round_trip(self, plan: Plan) -> None:
        assert loads(dumps(plan)) == plan

    def test_the_schema_accepts_agencies_and_agency_scopes(self) -> None:
        import yaml

        validator = jsonschema.Draft202012Validator(plan_schema())
        document = json.loads(json.dumps(yaml.safe_load(PLAN_FILE)))
        assert list(validator.iter_errors(document)) == []
        document["agencies"][0]["kind"] = "phòng"
        assert list(validator.iter_errors(document))

    def test_an_unknown_kind_in_a_file_names_its_path(self) -> None:
        text = PLAN_FILE.replace("kind: sở, jurisdiction", "kind: phòng, jurisdiction")
        with pytest.raises(ValidationError) as caught:
            loads(text)
        assert caught.value.problems[0].path == "agencies[0].kind"

    def test_cchc_show_lists_the_agencies(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        path = tmp_path / "plan.yaml"
        path.write_text(PLAN_FILE, encoding="utf-8")
        assert main(["show", str(path)]) == 0
        out = capsys.readouterr().out
        assert "2 agencies:" in out
        assert "* TTHCC: Trung tâm Phục vụ hành chính công tỉnh (trung tâm phục vụ hành " \
            "chính công, 99)" in out  # fmt: skip
        assert "> 90 % (mỗi sở)" in out


def test_check_plan_reports_an_agency_whose_unit_is_not_on_the_last_days_tree() -> None:
    from cchc_model.model.plan_checks import check_plan

    plan = plan_of(
        EACH_DEPARTMENT,
        agencies=(
            agency("SNV", "Sở Nội vụ", "sở", "06"),  # Bắc Kạn: merged on 2025-07-01
            agency("STP", "Sở Tư pháp", "sở", "98765"),  # no unit at any date
            agency("TTHCC", "Trung tâm Phục vụ hành chính công", "trung tâm", "38"),
        ),
    )
    found = check_plan(attrs.evolve(plan, issuer="38", period=Period.year(2026)))
    assert [(p.path, p.code) for p in found.errors] == [
        ("agencies[1].jurisdiction", "unknown-agency-jurisdiction")
    ]
    assert [(p.path, p.code) for p in found.warnings] == [
        ("agencies[0].jurisdiction", "agency-jurisdiction-not-current")
    ]


def test_evaluate_target_takes_the_agencies() -> None:
    from cchc_model.evaluation import evaluate_target

    observed = data(*rows("satisfaction", *((a.code, 95, 100) for a in DEPARTMENTS)))
    found = evaluate_target(
        EACH_DEPARTMENT, observed, "99", Y2022, province_tree(), agencies=DEPARTMENTS
    )
    assert found.status is Status.MET
    assert len(found.parts) == len(DEPARTMENTS)
    none = evaluate_target(EACH_DEPARTMENT, observed, "99", Y2022, province_tree())
    assert none.status is Status.NOT_APPLICABLE
    assert none.reason.startswith("Each of 0 agencies")


def test_a_unit_without_children_keeps_its_own_value_beside_its_agencies() -> None:
    """A commune (no children) that declares an agency and reports its own value: that
    value is its territory's (the agency's rows are within it), MET as without agencies."""
    target = Comparison(id="commune", indicator=ON_TIME, op=">=", threshold="40 %")
    xa = agency("XA1", "Bộ phận một cửa xã", "other", "90101")
    plan = Plan(
        id="kh-xa", title="Kế hoạch", issuer="90101", period=Y2022,
        targets=(target,), indicators=INDICATORS, agencies=(xa,),
    )  # fmt: skip
    own = {**rows("on_time", ("90101", 50, 100))[0], "basis": "own"}
    result = evaluate(plan, data(own, *rows("on_time", ("XA1", 50, 100))), province_tree())
    assert result.result("commune").status is Status.MET
    assert result.result("commune").observed == 50
