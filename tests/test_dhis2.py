"""DHIS2 dataValueSets read into observations and written back."""

from __future__ import annotations

import json
import warnings
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cchc_model as cm
from cchc_model.exceptions import CchcWarning
from cchc_model.io.dhis2 import (
    DataElementRule,
    Dhis2Mapping,
    ResultRule,
    Role,
    read_dhis2,
    write_dhis2,
    write_dhis2_csv,
)
from cchc_model.io.interchange import MappingError
from cchc_model.io.observations import Observation, ObservationError, ObservationSet
from cchc_model.io.period_codes import from_dhis2
from cchc_model.model.indicators import Dimension, Indicator, MeasureKind

FIXTURES = Path(__file__).parent / "fixtures" / "dhis2"
MANUAL = "https://docs.dhis2.org/en/develop/using-the-api/dhis-core-version-master/data.html"

MEASLES = Indicator(id="measles_cases", name="Measles", measure=MeasureKind.COUNT)
DYSENTERY = Indicator(id="dysentery_cases", name="Dysentery", measure=MeasureKind.COUNT)
CHOLERA = Indicator(id="cholera_cases", name="Cholera", measure=MeasureKind.COUNT)
MANUAL_INDICATORS = [MEASLES, DYSENTERY, CHOLERA]


def _manual_mapping() -> Dhis2Mapping:
    return Dhis2Mapping.load(FIXTURES / "mapping.yaml")


def _values(imported: object) -> dict[tuple[str, str, str], Fraction | bool | str | None]:
    observations = imported.observations  # type: ignore[attr-defined]
    return {(p.indicator, p.code, p.period.label): p.observation.value for p in observations}


# --- the manual's examples --------------------------------------------------------------


class TestManualExamples:
    def test_the_set_form(self) -> None:
        """Period and orgUnit on the set ("Sending data values", the JSON with values 1, 2, 3).

        https://docs.dhis2.org/en/develop/using-the-api/dhis-core-version-master/data.html
        """
        imported = read_dhis2(
            FIXTURES / "datavalueset-set.json", MANUAL_INDICATORS, _manual_mapping()
        )
        assert _values(imported) == {
            ("measles_cases", "01", "2014-01"): 1,
            ("dysentery_cases", "01", "2014-01"): 2,
            ("cholera_cases", "01", "2014-01"): 3,
        }
        assert imported.skipped == ()

    def test_the_bulk_form(self) -> None:
        """Period and orgUnit on each value ("Sending bulks of data values", JSON).

        https://docs.dhis2.org/en/develop/using-the-api/dhis-core-version-master/data.html
        """
        imported = read_dhis2(
            FIXTURES / "datavalueset-bulk.json", MANUAL_INDICATORS, _manual_mapping()
        )
        assert _values(imported) == {
            ("measles_cases", "01", "2014-01"): 12,
            ("measles_cases", "02", "2014-01"): 14,
            ("measles_cases", "01", "2014-02"): 16,
            ("measles_cases", "03", "2014-02"): 18,
        }

    def test_the_bulk_csv(self) -> None:
        """The bulk example in CSV (long column names, quoted cells).

        https://docs.dhis2.org/en/develop/using-the-api/dhis-core-version-master/data.html
        """
        imported = read_dhis2(
            FIXTURES / "datavalueset-bulk.csv", MANUAL_INDICATORS, _manual_mapping()
        )
        assert _values(imported) == {
            ("measles_cases", "01", "2014-01"): 1,
            ("dysentery_cases", "01", "2014-01"): 2,
            ("cholera_cases", "01", "2014-01"): 3,
        }
        assert imported.ignored_columns == ("attributeOptionCombo",)

    def test_an_export_lists_what_it_leaves_out(self) -> None:
        """The CSV export of "Reading data values" (short names, storedby, comment,
        flwup): FTRrcoaog83 is in no rule, so it is listed, with a warning.

        https://docs.dhis2.org/en/develop/using-the-api/dhis-core-version-master/data.html
        """
        with pytest.warns(CchcWarning, match="1 rows of the DHIS2 export"):
            imported = read_dhis2(
                FIXTURES / "datavalueset-export.csv", MANUAL_INDICATORS, _manual_mapping()
            )
        assert len(imported.observations) == 3
        assert [(s.where, s.code) for s in imported.skipped] == [
            ("line 5", "unmapped-data-element")
        ]
        assert "FTRrcoaog83" in imported.skipped[0].reason
        assert set(imported.ignored_columns) == {
            "attributeOptionCombo", "storedBy", "lastUpdated", "comment", "followup"
        }  # fmt: skip

    def test_category_option_combos_are_members(self) -> None:
        """The "CSV data value format" example: one data element, two category option
        combos, read as the members of a dimension.

        https://docs.dhis2.org/en/develop/using-the-api/dhis-core-version-master/data.html
        """
        visits = Indicator(
            id="visits",
            name="Visits",
            measure=MeasureKind.COUNT,
            dimensions=(Dimension("age", ("under_1", "over_1")),),
        )
        mapping = Dhis2Mapping(
            data_elements=[
                DataElementRule(
                    data_element="DUSpd8Jq3M7",
                    indicator="visits",
                    category_option_combo="Prlt0C1RF0s",
                    members={"age": "under_1"},
                ),
                DataElementRule(
                    data_element="DUSpd8Jq3M7",
                    indicator="visits",
                    category_option_combo="V6L425pT3A0",
                    members={"age": "over_1"},
                ),
            ],
            org_units={"gP6hn503KUX": "01", "OjTS752GbZE": "02"},
        )
        imported = read_dhis2(FIXTURES / "datavalueset-catoptcombo.csv", [visits], mapping)
        found = {(p.code, p.members, p.observation.value) for p in imported.observations}
        assert found == {
            ("01", (("age", "under_1"),), 7),
            ("01", (("age", "over_1"),), 10),
            ("02", (("age", "over_1"),), 9),
        }
        assert {p.period for p in imported.observations} == {from_dhis2("201202")}


# --- pairs, deletions, units ------------------------------------------------------------

ONLINE = Indicator(id="online", name="Hồ sơ trực tuyến", measure=MeasureKind.RATIO)
PORTAL = Indicator(id="has_portal", name="Có cổng dịch vụ công", measure=MeasureKind.BOOLEAN)
PAIR_MAPPING = Dhis2Mapping.from_dict(
    {
        "data_elements": [
            {"data_element": "NUMxxxxxxx1", "indicator": "online", "role": "numerator"},
            {"data_element": "DENxxxxxxx1", "indicator": "online", "role": "denominator"},
            {"data_element": "PORTALxxxx1", "indicator": "has_portal"},
        ],
        "org_units": {"OUxxxxxxx01": "01"},
        "org_unit_as_code": True,
    }
)


def _value(element: str, period: str, org_unit: str, value: object, **more: object) -> dict:
    return {"dataElement": element, "period": period, "orgUnit": org_unit, "value": value, **more}


class TestReading:
    def test_a_numerator_and_denominator_are_paired(self) -> None:
        """Two data values of one unit and period become one ratio, in any order."""
        document = {
            "dataValues": [
                _value("DENxxxxxxx1", "2023", "OUxxxxxxx01", "20"),
                _value("NUMxxxxxxx1", "2023", "02", "5"),
                _value("NUMxxxxxxx1", "2023", "OUxxxxxxx01", "17"),
                _value("DENxxxxxxx1", "2023", "02", "10"),
            ]
        }
        imported = read_dhis2(document, [ONLINE], PAIR_MAPPING)
        pairs = {(p.code, p.numerator, p.denominator) for p in imported.observations}
        assert pairs == {("01", 17, 20), ("02", 5, 10)}

    def test_an_unpaired_half_is_a_problem(self) -> None:
        """A numerator without its denominator is reported, never dropped."""
        document = {"dataValues": [_value("NUMxxxxxxx1", "2023Q1", "01", "5")]}
        with pytest.raises(ObservationError) as caught:
            read_dhis2(document, [ONLINE], PAIR_MAPPING)
        (problem,) = caught.value.problems
        assert (problem.path, problem.code) == ("dataValues[0]", "unpaired")
        assert "no denominator" in problem.message

    def test_a_second_half_is_a_problem(self) -> None:
        """Two numerators for one ratio are reported at the second."""
        document = {
            "dataValues": [
                _value("NUMxxxxxxx1", "2023", "01", "5"),
                _value("NUMxxxxxxx1", "2023", "01", "6"),
                _value("DENxxxxxxx1", "2023", "01", "10"),
            ]
        }
        with pytest.raises(ObservationError) as caught:
            read_dhis2(document, [ONLINE], PAIR_MAPPING)
        assert [(p.path, p.code) for p in caught.value.problems] == [("dataValues[1]", "duplicate")]

    def test_deleted_values_are_skipped_and_counted(self) -> None:
        """``deleted: true`` is left out and listed, whatever its value."""
        document = {
            "dataValues": [
                _value("PORTALxxxx1", "2023", "01", "true"),
                _value("PORTALxxxx1", "2023", "02", "garbage", deleted=True),
            ]
        }
        with pytest.warns(CchcWarning, match="1 deleted"):
            imported = read_dhis2(document, [PORTAL], PAIR_MAPPING)
        assert [p.observation.value for p in imported.observations] == [True]
        assert imported.skipped_counts() == {"deleted": 1}

    def test_dhis2_truth_values(self) -> None:
        """DHIS2's boolean spellings (t, f, TRUE, 0) are truth values."""
        document = {
            "dataValues": [
                _value("PORTALxxxx1", "2023", code, text)
                for code, text in (("01", "t"), ("02", "F"), ("03", "TRUE"), ("04", "0"))
            ]
        }
        imported = read_dhis2(document, [PORTAL], PAIR_MAPPING)
        assert [p.observation.value for p in imported.observations] == [True, False, True, False]

    def test_an_unknown_org_unit_is_skipped_without_as_code(self) -> None:
        """Without ``org_unit_as_code`` an organisation unit not in the table is listed."""
        mapping = Dhis2Mapping(
            data_elements=PAIR_MAPPING.data_elements, org_units=dict(PAIR_MAPPING.org_units)
        )
        document = {"dataValues": [_value("PORTALxxxx1", "2023", "ELSEWHERE01", "true")]}
        with pytest.warns(CchcWarning):
            imported = read_dhis2(document, [PORTAL], mapping)
        assert len(imported.observations) == 0
        assert imported.skipped[0].code == "unmapped-org-unit"

    def test_numbers_are_exact(self) -> None:
        """A JSON number with a fraction is read from its text, never through a float."""
        score = Indicator(id="score", name="Điểm", measure=MeasureKind.SCORE, unit="point")
        mapping = Dhis2Mapping(
            data_elements=[DataElementRule(data_element="SCORExxxxx1", indicator="score")],
            org_unit_as_code=True,
        )
        text = '{"dataValues": [{"dataElement": "SCORExxxxx1", "period": "2023", ' \
               '"orgUnit": "01", "value": 0.1000000000000000055511151231257827}]}'  # fmt: skip
        imported = read_dhis2(text, [score], mapping)
        assert imported.observations.observations[0].value == Fraction(
            "0.1000000000000000055511151231257827"
        )


class TestProblems:
    def test_every_bad_value_is_reported_in_dhis2_terms(self) -> None:
        """Each bad data value is named by its place in the document and its field."""
        document = {
            "dataValues": [
                _value("PORTALxxxx1", "2023", "01", "true"),
                _value("PORTALxxxx1", "202313", "02", "maybe"),
                _value("NUMxxxxxxx1", "2023", "01", "21"),
                _value("DENxxxxxxx1", "2023", "01", "20"),
                {"dataElement": "PORTALxxxx1", "period": "2023", "value": "true"},
                _value("PORTALxxxx1", "2023", "01", "false"),
            ]
        }
        with pytest.raises(ObservationError) as caught:
            read_dhis2(document, [ONLINE, PORTAL], PAIR_MAPPING)
        found = {(p.path, p.code) for p in caught.value.problems}
        assert found == {
            ("dataValues[1].period", "no-such-period"),
            ("dataValues[1].value", "not-boolean"),
            ("dataValues[4].orgUnit", "missing"),
            ("dataValues[5]", "duplicate"),
            ("dataValues[2].value", "numerator-above-denominator"),
        }
        duplicate = next(p for p in caught.value.problems if p.code == "duplicate")
        assert "dataValues[0]" in duplicate.message

    def test_csv_problems_name_the_line(self) -> None:
        """In CSV a problem names the physical line and the column."""
        text = "dataelement,period,orgunit,value\nPORTALxxxx1,2023X,01,true\n"
        with pytest.raises(ObservationError, match=r"line 2: period"):
            read_dhis2(text, [PORTAL], PAIR_MAPPING)

    def test_an_unknown_csv_column_is_a_problem(self) -> None:
        """A header DHIS2 does not write is refused at line 1."""
        with pytest.raises(ObservationError, match="unknown column 'colour'"):
            read_dhis2("dataelement,period,orgunit,value,colour\n", [PORTAL], PAIR_MAPPING)

    def test_a_document_without_data_values(self) -> None:
        """A JSON object without ``dataValues`` is not a dataValueSets document."""
        with pytest.raises(ObservationError, match="dataValues"):
            read_dhis2({"dataSet": "x"}, [PORTAL], PAIR_MAPPING)

    def test_a_repeated_json_key_is_refused(self) -> None:
        """A key given twice in one object is refused, not silently overwritten."""
        text = '{"dataValues": [], "dataValues": []}'
        with pytest.raises(ObservationError, match="given twice"):
            read_dhis2(text, [PORTAL], PAIR_MAPPING)

    def test_a_file_past_the_limit_is_refused(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A JSON file larger than MAX_DHIS2_BYTES is refused before it is parsed."""
        monkeypatch.setattr("cchc_model.io.dhis2.MAX_DHIS2_BYTES", 10)
        path = tmp_path / "big.json"
        path.write_text('{"dataValues": []}', encoding="utf-8")
        with pytest.raises(ObservationError, match="MAX_DHIS2_BYTES"):
            read_dhis2(path, [PORTAL], PAIR_MAPPING)


class TestMapping:
    def test_the_yaml_file(self) -> None:
        """The fixture's mapping reads: three data elements, three units."""
        mapping = _manual_mapping()
        assert [r.indicator for r in mapping.data_elements] == [
            "measles_cases", "dysentery_cases", "cholera_cases"
        ]  # fmt: skip
        assert dict(mapping.org_units)["DiszpKrYNg8"] == "01"

    def test_every_mapping_problem_is_reported(self) -> None:
        """Unknown keys, a bad role, a half without its pair, a data element twice."""
        with pytest.raises(MappingError) as caught:
            Dhis2Mapping.from_dict(
                {
                    "data_elements": [
                        {"data_element": "A", "indicator": "x", "role": "ratio"},
                        {"data_element": "B", "indicator": "y", "colour": "red"},
                    ],
                    "colour": "blue",
                }
            )
        paths = sorted(p.path for p in caught.value.problems)
        assert paths == ["colour", "data_elements[0].role", "data_elements[1].colour"]
        with pytest.raises(MappingError) as caught:
            Dhis2Mapping(
                data_elements=[
                    DataElementRule(data_element="A", indicator="x", role=Role.NUMERATOR),
                    DataElementRule(data_element="A", indicator="y"),
                ],
                org_units={"U1": "01", "U2": "01"},
            )
        codes = sorted(p.code for p in caught.value.problems)
        assert codes == ["duplicate", "duplicate", "unpaired"]


# --- round trips --------------------------------------------------------------------------

CASES = Indicator(
    id="cases",
    name="Cases",
    measure=MeasureKind.COUNT,
    dimensions=(Dimension("sex", ("f", "m")),),
)
INDICATORS = [CASES, ONLINE, PORTAL]
ROUND_MAPPING = Dhis2Mapping(
    data_elements=[
        DataElementRule(data_element="CASESxxxxx1", indicator="cases"),
        DataElementRule(
            data_element="CASESxxxxx1",
            indicator="cases",
            category_option_combo="COCfemale01",
            members={"sex": "f"},
        ),
        DataElementRule(
            data_element="CASESxxxxx1",
            indicator="cases",
            category_option_combo="COCmale0001",
            members={"sex": "m"},
        ),
        DataElementRule(data_element="NUMxxxxxxx1", indicator="online", role="numerator"),
        DataElementRule(data_element="DENxxxxxxx1", indicator="online", role="denominator"),
        DataElementRule(
            data_element="OWNNUMxxxx1", indicator="online", role="numerator", basis="own"
        ),
        DataElementRule(
            data_element="OWNDENxxxx1", indicator="online", role="denominator", basis="own"
        ),
        DataElementRule(data_element="PORTALxxxx1", indicator="has_portal"),
    ],
    org_units={"OUxxxxxxx01": "01", "OUxxxxxxx02": "02"},
    org_unit_as_code=True,
)
PERIOD_CODES = ["2023", "202301", "2023Q2", "2023W5", "2023BiW3", "2023April", "2024NovS1",
                "20230115", "2023WedW7", "202303B", "2023AprilS2", "2024Nov"]  # fmt: skip


@st.composite
def observation_sets(draw: st.DrawFn) -> ObservationSet:
    """Observations of a count with a dimension, a ratio on two bases, a truth value."""
    keys = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["cases", "online", "has_portal"]),
                st.sampled_from(["01", "02", "003"]),
                st.sampled_from(PERIOD_CODES),
                st.sampled_from(["", "f", "m", "own"]),
            ),
            unique=True,
            max_size=12,
        )
    )
    observations = []
    for indicator, code, period, extra in keys:
        common = {"indicator": indicator, "code": code, "period": from_dhis2(period)}
        if indicator == "cases":
            members = {"sex": extra} if extra in ("f", "m") else {}
            value = draw(st.integers(0, 10**9))
            observations.append(Observation(**common, members=members, value=value))
        elif indicator == "online":
            den = draw(st.integers(0, 10**6))
            num = draw(st.integers(0, den))
            basis = "own" if extra == "own" else "territory"
            observations.append(Observation(**common, numerator=num, denominator=den, basis=basis))
        else:
            observations.append(Observation(**common, value=draw(st.booleans())))
    unique = {o.key: o for o in observations}
    return ObservationSet(list(unique.values()), INDICATORS)


class TestRoundTrips:
    @given(observation_sets())
    def test_json_export_then_import_gives_equal_observations(
        self, given_set: ObservationSet
    ) -> None:
        """observations → dataValueSets JSON → observations is the identity."""
        document = json.loads(json.dumps(write_dhis2(given_set, ROUND_MAPPING)))
        back = read_dhis2(document, INDICATORS, ROUND_MAPPING)
        assert set(back.observations.observations) == set(given_set.observations)
        assert back.skipped == ()

    @given(observation_sets())
    def test_csv_export_then_import_gives_equal_observations(
        self, given_set: ObservationSet
    ) -> None:
        """observations → DHIS2 CSV → observations is the identity."""
        text = write_dhis2_csv(given_set, ROUND_MAPPING)
        back = read_dhis2(text, INDICATORS, ROUND_MAPPING, format="csv")
        assert set(back.observations.observations) == set(given_set.observations)

    def test_json_text_and_files(self, tmp_path: Path) -> None:
        """The same document read as a dict, as text and as a file gives the same set."""
        given_set = ObservationSet(
            [Observation(indicator="cases", code="01", period="2023", value=4)], INDICATORS
        )
        document = write_dhis2(given_set, ROUND_MAPPING)
        path = tmp_path / "values.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        for source in (document, json.dumps(document), path, str(path)):
            back = read_dhis2(source, INDICATORS, ROUND_MAPPING)
            assert back.observations.observations == given_set.observations

    def test_an_observation_with_no_rule_is_not_written(self) -> None:
        """Writing an observation the mapping cannot place is an error, not a silent drop."""
        mapping = Dhis2Mapping(
            data_elements=[DataElementRule(data_element="PORTALxxxx1", indicator="has_portal")],
            org_units={"OUxxxxxxx01": "01"},
        )
        given_set = ObservationSet(
            [
                Observation(indicator="cases", code="01", period="2023", value=4),
                Observation(indicator="has_portal", code="09", period="2023", value=True),
                Observation(
                    indicator="has_portal", code="01", period="2023-02-01/2023-03-31", value=True
                ),
            ],
            INDICATORS,
        )
        with pytest.raises(MappingError) as caught:
            write_dhis2(given_set, mapping)
        assert [p.code for p in caught.value.problems] == [
            "unmapped", "unmapped-org-unit", "no-dhis2-type"
        ]  # fmt: skip


# --- results --------------------------------------------------------------------------------


def _evaluation() -> cm.Evaluation:
    plan = cm.load("examples/003-bac-kan-2023.yaml")
    rows = [
        {"indicator": "dossiers_online", "code": code, "period": "2023",
         "numerator": num, "denominator": den}
        for code, (num, den) in {"058": (700, 2000), "060": (100, 400), "061": (150, 500),
                                 "062": (60, 300), "063": (120, 400), "064": (50, 500),
                                 "065": (140, 400), "066": (80, 500)}.items()
    ]  # fmt: skip
    rows.append(
        {"indicator": "satisfaction_procedures", "code": "06", "period": "2023", "value": "91.5"}
    )
    observations = cm.ObservationSet.from_records(rows, plan.indicators)
    return cm.evaluate(plan, observations)


class TestResults:
    def test_statuses_are_written_as_option_codes(self) -> None:
        """Each mapped target's status goes to its data element as an option code, its
        observed value to another; periods and units as DHIS2 names them."""
        evaluation = _evaluation()
        rules = [
            ResultRule(target=r.target.id, value=f"V{i:010d}", status=f"S{i:010d}")
            for i, r in enumerate(evaluation.results)
        ]
        mapping = Dhis2Mapping(
            data_elements=[], org_units={"PROVINCE006": "06"}, results=rules, data_set="DSxxxxxxxx1"
        )
        document = write_dhis2(evaluation, mapping)
        assert document["dataSet"] == "DSxxxxxxxx1"
        written = {(v["dataElement"], v["orgUnit"], v["period"]): v["value"]
                   for v in document["dataValues"]}  # fmt: skip
        codes = {"met": "MET", "not_met": "NOT_MET", "unknown": "UNKNOWN",
                 "not_applicable": "NOT_APPLICABLE"}  # fmt: skip
        for i, result in enumerate(evaluation.results):
            assert written[(f"S{i:010d}", "PROVINCE006", "2023")] == codes[result.status.value]
            observed = written.get((f"V{i:010d}", "PROVINCE006", "2023"))
            if result.observed is None:
                assert observed is None
            elif isinstance(result.observed, Fraction):
                assert round(Fraction(observed), 6) == round(result.observed, 6)
        assert "NOT_MET" in written.values()
        assert "MET" in written.values()

    def test_status_codes_can_be_renamed(self) -> None:
        """The mapping's ``status_codes`` name the options of a DHIS2 option set."""
        evaluation = _evaluation()
        met = next(r for r in evaluation.results if r.status is cm.Status.MET)
        mapping = Dhis2Mapping(
            data_elements=[],
            org_unit_as_code=True,
            results=[ResultRule(target=met.target.id, status="STATUSxxxx1")],
            status_codes={"met": "DAT"},
        )
        (value,) = write_dhis2(evaluation, mapping)["dataValues"]
        assert value == {"dataElement": "STATUSxxxx1", "period": "2023", "orgUnit": "06",
                         "value": "DAT"}  # fmt: skip

    def test_a_value_with_no_exact_decimal_is_rounded(self) -> None:
        """2/3 has no exact decimal: it is written to ``decimals`` places, exactly rounded."""
        from cchc_model.io.dhis2 import _text_of

        assert _text_of(Fraction(2, 3), 6) == "0.666667"
        assert _text_of(Fraction(17, 20), 6) == "0.85"
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert _text_of(True, 6) == "true"
