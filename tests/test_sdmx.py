"""SDMX-CSV 1.0 and 2.0 data messages read into observations and written back."""

from __future__ import annotations

import io
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cchc_model as cm
from cchc_model.exceptions import CchcWarning
from cchc_model.io.interchange import MappingError
from cchc_model.io.observations import Observation, ObservationError, ObservationSet
from cchc_model.io.period_codes import from_sdmx
from cchc_model.io.sdmx import SdmxMapping, read_sdmx_csv, write_sdmx_csv
from cchc_model.model.indicators import Dimension, Indicator, MeasureKind
from cchc_model.model.periods import Period

FIXTURES = Path(__file__).parent / "fixtures" / "sdmx"

#: The field guide's examples have dimensions DIM_1 (here the indicator, code A), DIM_2
#: (the area, code B) and DIM_3 (the period).
NA_MAIN = Indicator(id="na_main", name="National accounts", measure=MeasureKind.SCORE, unit="point")
GUIDE = SdmxMapping(
    indicator="DIM_1", area="DIM_2", period="DIM_3", indicator_codes={"A": "na_main"}
)
EXPECTED = {
    ("B", Period.month(2014, 1)): Fraction("12.4"),
    ("B", Period.month(2014, 2)): Fraction("10.8"),
}


def _found(imported: object) -> dict[tuple[str, Period], object]:
    return {(p.code, p.period): p.observation.value for p in imported.observations}  # type: ignore[attr-defined]


class TestFieldGuideExamples:
    def test_the_ordinary_case_2_0(self) -> None:
        """SDMX-CSV 2.0 "Ordinary case": STRUCTURE, STRUCTURE_ID, ACTION, three
        dimensions, OBS_VALUE, attributes and the custom column UPDATED.

        https://github.com/sdmx-twg/sdmx-csv/blob/master/docs/data_message_field_guide.md
        """
        imported = read_sdmx_csv(FIXTURES / "ordinary-2.0.csv", [NA_MAIN], mapping=GUIDE)
        assert _found(imported) == EXPECTED
        assert imported.ignored_columns == ("ATTR_2", "ATTR_3", "ATTR_1", "UPDATED")
        assert imported.skipped == ()

    def test_the_localised_case_2_0(self) -> None:
        """``labels=both``, ``key=both``, French: ``;`` separator after ``STRUCTURE[|]``,
        ids with their names (``A: Value A``), decimal comma (``12,4``).

        https://github.com/sdmx-twg/sdmx-csv/blob/master/docs/data_message_field_guide.md
        """
        imported = read_sdmx_csv(FIXTURES / "localised-2.0.csv", [NA_MAIN], mapping=GUIDE)
        assert _found(imported) == EXPECTED
        assert imported.ignored_columns == ("ATTR_2", "ATTR_3", "ATTR_1")

    def test_the_ordinary_case_1_0(self) -> None:
        """SDMX-CSV 1.0: one DATAFLOW column, then the components and SERIESKEY.

        https://github.com/sdmx-twg/sdmx-csv/blob/v1.0/data-message/docs/sdmx-csv-field-guide.md
        """
        imported = read_sdmx_csv(FIXTURES / "ordinary-1.0.csv", [NA_MAIN], mapping=GUIDE)
        assert _found(imported) == EXPECTED
        assert imported.ignored_columns[-1] == "SERIESKEY"

    def test_varying_actions(self) -> None:
        """Append and Replace rows are observations.

        https://github.com/sdmx-twg/sdmx-csv/blob/master/docs/data_message_field_guide.md
        """
        imported = read_sdmx_csv(FIXTURES / "varying-actions-2.0.csv", [NA_MAIN], mapping=GUIDE)
        assert _found(imported) == EXPECTED

    def test_delete_rows_are_listed_not_read(self) -> None:
        """ "Deleting specific measure and attribute values": rows with ACTION D are no
        observations; they are listed and counted.

        https://github.com/sdmx-twg/sdmx-csv/blob/master/docs/data_message_field_guide.md
        """
        with pytest.warns(CchcWarning, match="2 delete-action"):
            imported = read_sdmx_csv(FIXTURES / "delete-2.0.csv", [NA_MAIN], mapping=GUIDE)
        assert len(imported.observations) == 0
        assert [(s.where, s.code) for s in imported.skipped] == [
            ("line 2", "delete-action"),
            ("line 3", "delete-action"),
        ]

    def test_attribute_rows_of_partial_keys_are_listed(self) -> None:
        """ "Mixing rows for attributes attached to partial keys with rows for
        observations", with the measure MEAS_1: the attribute row gives no value.

        https://github.com/sdmx-twg/sdmx-csv/blob/master/docs/data_message_field_guide.md
        """
        mapping = SdmxMapping(
            indicator="DIM_1", area="DIM_2", period="DIM_3", value="MEAS_1",
            indicator_codes={"A": "na_main"},
        )  # fmt: skip
        with pytest.warns(CchcWarning, match="1 no-value"):
            imported = read_sdmx_csv(FIXTURES / "partial-key-2.0.csv", [NA_MAIN], mapping=mapping)
        assert _found(imported) == {("B", Period.month(2014, 1)): Fraction("12.4")}
        assert imported.skipped[0].where == "line 3"


class TestProblems:
    def test_every_bad_row_is_reported_with_its_line_and_column(self) -> None:
        """Each bad row names its physical line and the column, every one at once."""
        text = (
            "STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
            "dataflow,CCHC:DF(1.0),I,na_main,06,2023,85\n"
            "dataflow,CCHC:DF(1.0),I,na_main,06,2023-Q5,abc\n"
            "dataflow,CCHC:DF(1.0),I,na_main,07,2023,abc\n"
            "dataflow,CCHC:DF(1.0),X,na_main,08,2023,1\n"
            "table,CCHC:DF(1.0),I,na_main,09,2023,1\n"
            "dataflow,CCHC:DF(1.0),I,na_main,06,2023,86\n"
        )
        with pytest.raises(ObservationError) as caught:
            read_sdmx_csv(text, [NA_MAIN])
        found = {(p.path, p.code) for p in caught.value.problems}
        assert found == {
            ("line 3: TIME_PERIOD", "no-such-period"),
            ("line 3: OBS_VALUE", "not-a-number"),
            ("line 4: OBS_VALUE", "not-a-number"),
            ("line 5: ACTION", "invalid"),
            ("line 6: STRUCTURE", "invalid"),
            ("line 7", "duplicate"),
        }
        duplicate = next(p for p in caught.value.problems if p.code == "duplicate")
        assert "line 2" in duplicate.message

    def test_a_missing_column_is_reported(self) -> None:
        """Without the mapping's area column the message cannot be read."""
        text = "STRUCTURE,STRUCTURE_ID,INDICATOR,TIME_PERIOD,OBS_VALUE\n"
        with pytest.raises(ObservationError, match="no column REF_AREA"):
            read_sdmx_csv(text, [NA_MAIN])

    def test_not_sdmx_csv(self) -> None:
        """A CSV that starts with neither STRUCTURE nor DATAFLOW is not a data message."""
        with pytest.raises(ObservationError, match="neither STRUCTURE"):
            read_sdmx_csv("indicator,code,period\n", [NA_MAIN])

    def test_unknown_indicators_are_listed(self) -> None:
        """A row of an indicator not given is left out and listed, never dropped silently."""
        text = (
            "DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
            "X:Y(1.0),na_main,06,2023,1\n"
            "X:Y(1.0),gdp,06,2023,1\n"
        )
        with pytest.warns(CchcWarning, match="unknown-indicator"):
            imported = read_sdmx_csv(text, [NA_MAIN])
        assert len(imported.observations) == 1
        assert imported.skipped[0].where == "line 3"

    def test_mapping_problems(self) -> None:
        """A column used twice, or an unknown key, is a mapping problem."""
        with pytest.raises(MappingError, match="also the"):
            SdmxMapping(indicator="REF_AREA")
        with pytest.raises(MappingError, match="unknown key"):
            SdmxMapping.from_dict({"colour": "red"})

    def test_a_line_past_the_limit(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A line longer than MAX_SDMX_LINE is refused, not read whole."""
        monkeypatch.setattr("cchc_model.io.sdmx.MAX_SDMX_LINE", 50)
        text = "DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE\n" + "X" * 100 + "\n"
        with pytest.raises(ObservationError, match="MAX_SDMX_CHARS"):
            read_sdmx_csv(text, [NA_MAIN])


# --- round trips ------------------------------------------------------------------------

ONLINE = Indicator(
    id="online",
    name="Hồ sơ trực tuyến",
    measure=MeasureKind.RATIO,
    dimensions=(Dimension("sector", ("land", "health")),),
)
SCORE = Indicator(id="par_index", name="Chỉ số CCHC", measure=MeasureKind.SCORE, unit="point")
LEVEL = Indicator(
    id="service_level", name="Mức độ", measure=MeasureKind.ORDINAL, levels=("low", "high")
)
INDICATORS = [ONLINE, SCORE, LEVEL]
ROUND = SdmxMapping(dimensions=["sector"])


@st.composite
def sdmx_periods(draw: st.DrawFn) -> Period:
    """A period of any SDMX form: calendar periods, weeks, days and other intervals."""
    y = draw(st.integers(1900, 2200))
    kind = draw(st.sampled_from(["A", "S", "T", "Q", "M", "W", "D", "range"]))
    if kind in ("T", "W"):
        n = draw(st.integers(1, 3 if kind == "T" else 52))
        return from_sdmx(f"{y}-{kind}{n:02d}" if kind == "W" else f"{y}-T{n}")
    code = {"A": f"{y}", "S": f"{y}-S{draw(st.integers(1, 2))}",
            "Q": f"{y}-Q{draw(st.integers(1, 4))}", "M": f"{y}-M{draw(st.integers(1, 12)):02d}",
            "D": f"{y}-D{draw(st.integers(1, 365)):03d}"}.get(kind)  # fmt: skip
    if code is not None:
        return from_sdmx(code)
    first = draw(st.dates(date(1900, 1, 1), date(2200, 12, 31)))
    return Period.between(first, first + timedelta(days=draw(st.integers(0, 2000))))


@st.composite
def observation_sets(draw: st.DrawFn) -> ObservationSet:
    """Ratios (by sector, on two bases), exact scores, ordinal levels, any period."""
    keys = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["online", "par_index", "service_level"]),
                st.sampled_from(["01", "02", "003"]),
                sdmx_periods(),
                st.sampled_from(["", "land", "health", "own"]),
            ),
            max_size=10,
        )
    )
    observations = {}
    for indicator, code, period, extra in keys:
        common = {"indicator": indicator, "code": code, "period": period}
        if indicator == "online":
            den = draw(st.integers(0, 10**6))
            members = {"sector": extra} if extra in ("land", "health") else {}
            basis = "own" if extra == "own" else "territory"
            o = Observation(**common, numerator=draw(st.integers(0, den)), denominator=den,
                            members=members, basis=basis)  # fmt: skip
        elif indicator == "par_index":
            value = draw(st.fractions(min_value=0, max_value=100, max_denominator=1000))
            o = Observation(**common, value=value)
        else:
            o = Observation(**common, value=draw(st.sampled_from(["low", "high"])))
        observations[o.key] = o
    return ObservationSet(list(observations.values()), INDICATORS)


class TestRoundTrips:
    @given(observation_sets(), st.sampled_from(["1.0", "2.0"]), st.booleans())
    def test_export_then_import_gives_equal_observations(
        self, given_set: ObservationSet, version: str, reporting: bool
    ) -> None:
        """observations → SDMX-CSV (1.0 or 2.0, either period style) → observations is
        the identity."""
        text = write_sdmx_csv(
            given_set,
            mapping=ROUND,
            version=version,
            reporting_periods=reporting,  # type: ignore[arg-type]
        )
        back = read_sdmx_csv(io.StringIO(text), INDICATORS, mapping=ROUND)
        assert back.observations.observations == given_set.observations
        assert back.skipped == ()

    def test_codes_are_translated_both_ways(self) -> None:
        """Indicator and area codes of the mapping are written and read back."""
        mapping = SdmxMapping(indicator_codes={"PAR": "par_index"}, area_codes={"VN-06": "06"})
        given_set = ObservationSet(
            [Observation(indicator="par_index", code="06", period="2023-Q1", value="84.5")],
            INDICATORS,
        )
        text = write_sdmx_csv(given_set, mapping=mapping)
        assert "PAR,VN-06,2023-Q1,84.5" in text
        back = read_sdmx_csv(text, INDICATORS, mapping=mapping)
        assert back.observations.observations == given_set.observations

    def test_a_member_of_an_undeclared_dimension_is_not_written(self) -> None:
        """Members need their dimension in the mapping, or they would be lost."""
        given_set = ObservationSet(
            [
                Observation(
                    indicator="online",
                    code="06",
                    period="2023",
                    numerator=1,
                    denominator=2,
                    members={"sector": "land"},
                )
            ],
            INDICATORS,
        )
        with pytest.raises(MappingError, match="sector"):
            write_sdmx_csv(given_set)


class TestResults:
    def test_results_are_written_with_their_status(self) -> None:
        """An evaluation's results: one row each, the target a dimension, the status an
        attribute, in an SDMX-CSV message a reader reads back row for row."""
        plan = cm.load("examples/003-bac-kan-2023.yaml")
        observations = cm.ObservationSet.from_records(
            [
                {
                    "indicator": "satisfaction_procedures",
                    "code": "06",
                    "period": "2023",
                    "value": "91.5",
                }
            ],
            plan.indicators,
        )
        evaluation = cm.evaluate(plan, observations)
        text = write_sdmx_csv(evaluation, version="2.0")
        lines = text.splitlines()
        assert lines[0] == (
            "STRUCTURE,STRUCTURE_ID,ACTION,TARGET,REF_AREA,TIME_PERIOD,OBS_VALUE,"
            "UNIT_MEASURE,TARGET_STATUS"
        )
        assert len(lines) == 1 + len(evaluation.results)
        import csv

        rows = list(csv.DictReader(io.StringIO(text)))
        for row, result in zip(rows, evaluation.results, strict=True):
            assert row["TARGET"] == result.target.id
            assert row["TARGET_STATUS"] == result.status.value
            assert from_sdmx(row["TIME_PERIOD"]) == result.period
