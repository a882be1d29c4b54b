"""Evaluations as records, JSON, CSV, text tables, HTML and DataFrames; `cchc evaluate`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import cchc_model as cm
from cchc_model.cli import main
from cchc_model.evaluation import Evaluation, Status, evaluate
from cchc_model.io.observations import ObservationSet
from cchc_model.outputs.records import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "examples" / "000-thanh-hoa-2021.yaml"
ROWS = [
    {"indicator": "satisfaction_procedures", "code": "38", "period": "2021", "value": "84.99"},
    {"indicator": "procedures_online_level_3_4", "code": "38", "period": "2021",
     "numerator": 17, "denominator": 40},
    {"indicator": "autonomous_public_units", "code": "38", "period": "2020", "value": 5},
    {"indicator": "autonomous_public_units", "code": "38", "period": "2021", "value": 7},
]  # fmt: skip


@pytest.fixture(scope="module")
def evaluation() -> Evaluation:
    """The Thanh Hóa 2021 plan evaluated on four observations."""
    plan = cm.load(PLAN)
    return evaluate(plan, ObservationSet.from_records(ROWS, plan.indicators))


class TestRecords:
    def test_one_record_per_result_parts_included(self, evaluation: Evaluation) -> None:
        """Every result, nested parts included, becomes one record with every column."""
        records = evaluation.to_records()
        assert len(records) == sum(1 for top in evaluation for _ in top.walk())
        assert all(tuple(record) == COLUMNS for record in records)
        parts = [r for r in records if r["parent"] == "work-records-three-levels"]
        assert [r["depth"] for r in parts] == [1, 1, 1]

    def test_values_are_exact_text(self, evaluation: Evaluation) -> None:
        """Observed values and gaps are written exactly, never through a float."""
        by_id = {r["target"]: r for r in evaluation.to_records()}
        assert by_id["satisfaction"]["status"] == "not_met"
        assert by_id["satisfaction"]["observed"] == "84.99"
        assert by_id["satisfaction"]["gap"] == "0.01"
        assert by_id["online-level-3-4"]["observed"] == "42.5"
        assert by_id["more-autonomous-units"]["status"] == "met"

    def test_json_round_trips_the_records(self, evaluation: Evaluation) -> None:
        """The JSON text holds the summary and the same records."""
        data = json.loads(evaluation.to_json())
        assert data["summary"]["met"] == evaluation.summary()[Status.MET]
        assert data["results"] == json.loads(json.dumps(evaluation.to_records()))

    def test_csv_has_a_header_and_a_row_per_result(self, evaluation: Evaluation) -> None:
        """The CSV text reads back as the records, as text."""
        rows = list(csv.DictReader(io.StringIO(evaluation.to_csv())))
        assert len(rows) == len(evaluation.to_records())
        assert rows[0]["target"] == "satisfaction"


class TestPresentations:
    def test_table_has_a_line_per_target_and_totals(self, evaluation: Evaluation) -> None:
        """The text table lists each top-level target and ends with the totals."""
        lines = evaluation.table().splitlines()
        assert lines[0].startswith("Kế hoạch cải cách hành chính năm 2021 — 38, 2021")
        assert sum(line.startswith(("satisfaction ", "online-level")) for line in lines) == 2
        assert lines[-1].startswith("Totals: 7 targets")
        assert "NOT MET" in evaluation.table()

    def test_table_with_parts_indents_them(self, evaluation: Evaluation) -> None:
        """With parts, the parts of a compound follow it, indented."""
        lines = evaluation.table(parts=True).splitlines()
        assert any(line.startswith("  work-records-province") for line in lines)

    def test_html_escapes_and_colours(self, evaluation: Evaluation) -> None:
        """The notebook view is an HTML table with one row per top-level target."""
        html = evaluation._repr_html_()
        assert html.count("<tr>") == 1 + len(evaluation)
        assert html.count(">NOT MET<") == evaluation.summary()[Status.NOT_MET]

    def test_frame_is_tidy(self, evaluation: Evaluation) -> None:
        """The DataFrame has one row per record and float observed values for plotting."""
        pytest.importorskip("pandas")
        frame = evaluation.to_frame()
        assert len(frame) == len(evaluation.to_records())
        row = frame[frame["target"] == "satisfaction"].iloc[0]
        assert row["observed"] == "84.99"
        assert row["observed_value"] == pytest.approx(84.99)


class TestEvaluateCommand:
    def write(self, tmp_path: Path, rows: list[dict[str, object]]) -> Path:
        """Observations written as a CSV file."""
        path = tmp_path / "observations.csv"
        columns = ["indicator", "code", "period", "value", "numerator", "denominator"]
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
        return path

    def test_table_json_and_csv(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`cchc evaluate` prints the table, JSON or CSV and exits 0 whatever the statuses."""
        observations = self.write(tmp_path, ROWS)
        assert main(["evaluate", str(PLAN), "-o", str(observations)]) == 0
        assert "Totals: 7 targets" in capsys.readouterr().out
        assert main(["evaluate", str(PLAN), "-o", str(observations), "-f", "json"]) == 0
        assert json.loads(capsys.readouterr().out)["code"] == "38"
        assert main(["evaluate", str(PLAN), "-o", str(observations), "--format", "csv"]) == 0
        assert capsys.readouterr().out.startswith("plan,target,")

    def test_bad_observations_exit_1_naming_the_row(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A numerator above its denominator is a problem naming the CSV line; exit 1."""
        bad = [{**ROWS[1], "numerator": 50}]
        observations = self.write(tmp_path, bad)
        assert main(["evaluate", str(PLAN), "-o", str(observations)]) == 1
        err = capsys.readouterr().err
        assert "line 2" in err
        assert "Traceback" not in err

    def test_period_option(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--period evaluates another period than the plan's."""
        observations = self.write(tmp_path, ROWS)
        assert (
            main(["evaluate", str(PLAN), "-o", str(observations), "-p", "2020", "-f", "json"]) == 0
        )
        assert json.loads(capsys.readouterr().out)["period"] == "2020"


class TestShowCommand:
    def test_show_lists_targets_as_they_read(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`cchc show` names the issuer from the shipped units and prints every target."""
        assert main(["show", str(PLAN)]) == 0
        out = capsys.readouterr().out
        assert "issuer: Tỉnh Thanh Hóa (38)" in out
        assert "- satisfaction: satisfaction_procedures ≥ 85 %" in out
