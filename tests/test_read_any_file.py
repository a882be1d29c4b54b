"""One call reads any file the field exchanges: ``read_observations`` (and ``cchc evaluate
--observations FILE --map MAPPING``) picks the reader by the file and the mapping."""

from __future__ import annotations

import csv
import io
import shutil
from fractions import Fraction
from pathlib import Path

import pytest

import cchc_model as cm
from cchc_model.cli import main
from cchc_model.io.dhis2 import Dhis2Mapping, read_dhis2
from cchc_model.io.observations import ObservationError
from cchc_model.io.sdmx import SdmxMapping, read_sdmx_csv
from cchc_model.io.tables import READERS, read_observations

FIXTURES = Path(__file__).parent / "fixtures"
COUNTS = [
    cm.Indicator(id=name, name=name, measure=cm.MeasureKind.COUNT)
    for name in ("measles_cases", "dysentery_cases", "cholera_cases")
]
NA_MAIN = cm.Indicator(id="na_main", name="na", measure=cm.MeasureKind.SCORE, unit="point")


def _points(observations: cm.ObservationSet) -> set[tuple[str, str, str, object]]:
    return {(p.indicator, p.code, p.period.label, p.observation.value) for p in observations}


class TestDhis2:
    @pytest.mark.parametrize("name", ["datavalueset-bulk.json", "datavalueset-bulk.csv"])
    def test_an_export_with_its_mapping_file(self, name: str) -> None:
        export, mapping = FIXTURES / "dhis2" / name, FIXTURES / "dhis2" / "mapping.yaml"
        found = read_observations(export, COUNTS, mapping=mapping)
        direct = read_dhis2(export, COUNTS, Dhis2Mapping.load(mapping)).observations
        assert _points(found) == _points(direct)
        assert len(found) > 0

    def test_a_json_export_without_a_mapping_is_refused(self) -> None:
        with pytest.raises(ObservationError) as exc:
            read_observations(FIXTURES / "dhis2" / "datavalueset-bulk.json", COUNTS)
        (problem,) = exc.value.problems
        assert problem.code == "no-mapping"
        assert "data_elements" in problem.message


class TestSdmx:
    def test_a_message_is_known_by_its_first_column(self, tmp_path: Path) -> None:
        message = FIXTURES / "sdmx" / "ordinary-2.0.csv"
        mapping = {"indicator": "DIM_1", "area": "DIM_2", "period": "DIM_3",
                   "indicator_codes": {"A": "na_main"}}  # fmt: skip
        found = read_observations(message, [NA_MAIN], mapping=mapping)
        direct = read_sdmx_csv(message, [NA_MAIN], mapping=SdmxMapping.from_dict(mapping))
        assert _points(found) == _points(direct.observations)
        assert {p.observation.value for p in found} == {Fraction("12.4"), Fraction("10.8")}

    def test_a_plain_csv_is_not_a_message(self, tmp_path: Path) -> None:
        plain = tmp_path / "plain.csv"
        plain.write_text("indicator,code,period,value\nmeasles_cases,01,2014,3\n", "utf-8")
        assert _points(read_observations(plain, COUNTS)) == {("measles_cases", "01", "2014", 3)}


def test_a_column_mapping_on_a_dhis2_export_is_refused() -> None:
    with pytest.raises(ObservationError) as exc:
        read_observations(
            FIXTURES / "dhis2" / "datavalueset-bulk.json", COUNTS,
            mapping={"columns": {"code": "orgUnit", "indicator": "dataElement",
                                 "period": "period", "value": "value"}},
        )  # fmt: skip
    assert exc.value.problems[0].code == "no-mapping"


def test_every_suffix_has_a_reader() -> None:
    assert set(READERS) == {".csv", ".json", ".xlsx", ".xlsm"}


def test_the_command_line_reads_a_dhis2_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "schema_version: 1\nid: p\ntitle: Measles\nissuer: '01'\nperiod: '2014-01'\n"
        "indicators:\n  - {id: measles_cases, name: Measles, measure: count, unit: unit}\n"
        "targets:\n  - {id: few, form: comparison, indicator: measles_cases, op: '<=', "
        "threshold: 20 unit}\n",
        encoding="utf-8",
    )
    export = tmp_path / "export.json"
    shutil.copy(FIXTURES / "dhis2" / "datavalueset-bulk.json", export)
    mapping = FIXTURES / "dhis2" / "mapping.yaml"
    args = ["evaluate", str(plan), "--observations", str(export), "--map", str(mapping)]
    assert main([*args, "--format", "csv"]) == 0
    out = capsys.readouterr().out
    (row,) = [r for r in csv.DictReader(io.StringIO(out)) if r["target"] == "few"]
    assert (row["status"], row["observed"]) == ("met", "12")  # Measles at 01 in 2014-01


def test_a_file_without_a_known_suffix_is_read_as_csv(tmp_path: Path) -> None:
    """A pipe or a file named without a suffix is the observation CSV it always was; a
    binary format is refused by name."""
    plain = tmp_path / "report"
    plain.write_text("indicator,code,period,value\nmeasles_cases,01,2014,3\n", "utf-8")
    assert _points(read_observations(plain, COUNTS)) == {("measles_cases", "01", "2014", 3)}
    with pytest.raises(ObservationError) as exc:
        read_observations(tmp_path / "report.parquet", COUNTS)
    assert exc.value.problems[0].code == "unknown-format"
