"""Typed results: numbers as numbers beside the exact values, booleans as booleans, a
published JSON Schema for the result document, Parquet from the command line."""

from __future__ import annotations

import csv
import io
import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cchc_model as cm
from cchc_model.cli import main
from cchc_model.evaluation import Evaluation, evaluate
from cchc_model.io.observations import ObservationSet
from cchc_model.outputs.records import (
    COLUMNS,
    EXACT_COLUMNS,
    FLOAT_COLUMNS,
    RESULT_SCHEMA_ID,
    as_float,
)
from cchc_model.outputs.result_schema import RECORD_FIELDS, result_schema, result_schema_json

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "examples" / "000-thanh-hoa-2021.yaml"
ROWS = [
    {"indicator": "satisfaction_procedures", "code": "38", "period": "2021", "value": "84.99"},
    {"indicator": "procedures_online_level_3_4", "code": "38", "period": "2021",
     "numerator": 17, "denominator": 40},
    {"indicator": "autonomous_public_units", "code": "38", "period": "2020", "value": 5},
    {"indicator": "autonomous_public_units", "code": "38", "period": "2021", "value": 7},
]  # fmt: skip
PAIRS = {
    "observed": "observed_value",
    "threshold": "threshold_value",
    "gap": "gap_value",
    "coverage": "coverage_value",
}


@pytest.fixture(scope="module")
def plan() -> cm.Plan:
    return cm.load(PLAN)


@pytest.fixture(scope="module")
def evaluation(plan: cm.Plan) -> Evaluation:
    return evaluate(plan, ObservationSet.from_records(ROWS, plan.indicators))


def evaluation_of(plan: cm.Plan, satisfaction: str, online: tuple[int, int]) -> Evaluation:
    rows = [
        {**ROWS[0], "value": satisfaction},
        {**ROWS[1], "numerator": online[0], "denominator": online[1]},
    ]
    return evaluate(plan, ObservationSet.from_records(rows, plan.indicators))


def check_numbers(record: dict[str, Any]) -> None:
    """Each float is the nearest float of its exact value; the integers are its parts."""
    for exact, number in PAIRS.items():
        value = record[exact]
        if isinstance(value, str):
            assert record[number] == float(Fraction(value)), (exact, record)
        else:
            assert record[number] is None, (exact, record)
    observed = record["observed"]
    if isinstance(observed, str):
        assert Fraction(record["observed_num"], record["observed_den"]) == Fraction(observed)


class TestRecords:
    def test_the_example_in_numbers(self, evaluation: Evaluation) -> None:
        by_id = {r["target"]: r for r in evaluation.to_records()}
        satisfaction = by_id["satisfaction"]
        assert (satisfaction["observed"], satisfaction["observed_value"]) == ("84.99", 84.99)
        assert (satisfaction["threshold"], satisfaction["threshold_value"]) == ("85", 85.0)
        assert (satisfaction["gap"], satisfaction["gap_value"]) == ("0.01", 0.01)
        assert (satisfaction["observed_num"], satisfaction["observed_den"]) == (8499, 100)
        online = by_id["online-level-3-4"]
        assert (online["observed_num"], online["observed_den"]) == (85, 2)
        unknown = by_id["officials-qualified"]
        assert (unknown["coverage"], unknown["coverage_value"]) == ("0", 0.0)
        assert unknown["observed_value"] is None
        assert satisfaction["aspirational"] is False

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        st.decimals(min_value=0, max_value=100, places=2, allow_nan=False),
        st.integers(0, 500).flatmap(lambda d: st.tuples(st.integers(0, d), st.just(d))),
    )
    def test_every_float_is_its_exact_value(
        self, plan: cm.Plan, satisfaction: Any, online: tuple[int, int]
    ) -> None:
        """For any observations, every ``*_value`` is ``float()`` of its exact column."""
        for record in evaluation_of(plan, str(satisfaction), online).to_records():
            check_numbers(record)

    def test_a_number_too_large_for_a_float_keeps_its_exact_text(self) -> None:
        assert as_float(Fraction(10**400)) is None
        assert as_float(Fraction(1, 3)) == 1 / 3
        assert as_float(True) is None


class TestCsv:
    def test_booleans_are_true_and_false(self, evaluation: Evaluation) -> None:
        rows = list(csv.DictReader(io.StringIO(evaluation.to_csv())))
        assert {row["aspirational"] for row in rows} == {"false"}
        assert "False" not in evaluation.to_csv()

    def test_the_csv_reads_back_as_the_records(self, evaluation: Evaluation) -> None:
        """Exact text as it is; floats and integers parse back to the same numbers."""
        rows = list(csv.DictReader(io.StringIO(evaluation.to_csv())))
        for row, record in zip(rows, evaluation.to_records(), strict=True):
            assert list(row) == list(COLUMNS)
            for name in EXACT_COLUMNS:
                assert row[name] == ("" if record[name] is None else str(record[name]))
            for name in FLOAT_COLUMNS:
                assert (float(row[name]) if row[name] else None) == record[name]
            for name in ("observed_num", "observed_den", "depth"):
                assert (int(row[name]) if row[name] else None) == record[name]

    def test_a_boolean_observed_value(self) -> None:
        done = cm.Indicator(id="done", name="Hoàn thành", measure=cm.MeasureKind.BOOLEAN)
        target = cm.Comparison(id="t", indicator=done, op=cm.Op.EQ, threshold=True)
        plan = cm.Plan(
            id="p", title="P", issuer="38", period=cm.Period.parse("2023"), targets=(target,)
        )
        rows = [{"indicator": "done", "code": "38", "period": "2023", "value": "có"}]
        found = evaluate(plan, ObservationSet.from_records(rows, [done]))
        record = found.to_records()[0]
        assert (record["observed"], record["threshold"], record["observed_value"]) == (
            True,
            True,
            None,
        )
        line = found.to_csv().splitlines()[1]
        assert ",true," in line
        assert "True" not in line


class TestSchema:
    def test_every_column_is_described(self) -> None:
        assert list(RECORD_FIELDS) == list(COLUMNS)
        schema = result_schema()
        assert schema["$id"] == RESULT_SCHEMA_ID
        assert list(schema["$defs"]["Record"]["properties"]) == list(COLUMNS)

    def test_the_published_schema_is_fresh(self) -> None:
        """docs/result.schema.json is what the model gives now
        (`.venv/bin/python scripts/build_schema_docs.py` rewrites it)."""
        published = (ROOT / "docs" / "result.schema.json").read_text(encoding="utf-8")
        assert published == result_schema_json()

    def test_documents_are_valid(self, plan: cm.Plan, evaluation: Evaluation) -> None:
        jsonschema = pytest.importorskip("jsonschema")
        validator = jsonschema.Draft202012Validator(result_schema())
        jsonschema.Draft202012Validator.check_schema(result_schema())
        validator.validate(json.loads(evaluation.to_json()))
        empty = evaluate(plan, ObservationSet([], plan.indicators))
        validator.validate(json.loads(empty.to_json()))

    @pytest.mark.parametrize(
        ("field", "value"),
        [("aspirational", "False"), ("observed_value", "84.99"), ("status", "ok"),
         ("observed_den", 0), ("gap", "0,01"), ("extra", 1)],
    )  # fmt: skip
    def test_the_schema_refuses_untyped_values(
        self, evaluation: Evaluation, field: str, value: Any
    ) -> None:
        """What the issue found wrong (``False`` as text, numbers as text) is invalid."""
        jsonschema = pytest.importorskip("jsonschema")
        document = json.loads(evaluation.to_json())
        document["results"][0][field] = value
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(document, result_schema())


class TestFrame:
    def test_columns_have_their_types(self, evaluation: Evaluation) -> None:
        pytest.importorskip("pandas")
        frame = evaluation.to_frame()
        assert list(frame.columns) == list(COLUMNS)
        for name in FLOAT_COLUMNS:
            assert str(frame[name].dtype) == "float64", name
        assert str(frame["observed_num"].dtype) == "Int64"
        assert str(frame["aspirational"].dtype) == "bool"
        row = frame[frame["target"] == "satisfaction"].iloc[0]
        assert (row["observed_num"], row["observed_den"], row["gap_value"]) == (8499, 100, 0.01)


class TestParquet:
    def test_arrow_types(self, evaluation: Evaluation) -> None:
        pa = pytest.importorskip("pyarrow")
        from cchc_model.outputs.parquet import to_arrow

        table = to_arrow(evaluation)
        assert table.column_names == list(COLUMNS)
        assert table.schema.field("observed_value").type == pa.float64()
        assert table.schema.field("observed_num").type == pa.int64()
        assert table.schema.field("aspirational").type == pa.bool_()
        assert table.schema.field("observed").type == pa.string()
        assert table.to_pylist() == evaluation.to_records()

    def test_a_batch_table_to_parquet(self, plan: cm.Plan, tmp_path: Path) -> None:
        """The batch table's 128-bit pairs, which Parquet cannot hold, are written as
        int64, with a float beside each pair."""
        pl = pytest.importorskip("polars")
        parquet = pytest.importorskip("pyarrow.parquet")
        from cchc_model.batch import evaluate_many

        data = pl.DataFrame(
            {"indicator": ["satisfaction_procedures"], "code": ["38"], "period": ["2021"],
             "numerator": [17], "denominator": [20]}
        )  # fmt: skip
        batch = evaluate_many(plan, data)
        batch.to_parquet(tmp_path / "batch.parquet")
        table = parquet.read_table(tmp_path / "batch.parquet")
        assert str(table.schema.field("observed_num").type) == "int64"
        assert str(table.schema.field("observed_value").type) == "double"
        for row in table.to_pylist():
            for base in ("observed", "gap", "coverage"):
                num, den = row[f"{base}_num"], row[f"{base}_den"]
                expected = float(Fraction(num, den)) if num is not None and den else None
                assert row[f"{base}_value"] == expected
        rows = {r["target"]: r for r in table.to_pylist()}
        assert rows["satisfaction"]["observed_value"] == 85.0

    def test_a_pair_too_large_for_int64_is_written_as_text(self) -> None:
        pl = pytest.importorskip("polars")
        from cchc_model.outputs.parquet import typed_batch_table

        table = pl.DataFrame(
            {"observed_num": pl.Series([2**70, 1, None], dtype=pl.Int128),
             "observed_den": pl.Series([3, 0, None], dtype=pl.Int128)}
        )  # fmt: skip
        typed = typed_batch_table(table)
        assert typed["observed_num"].to_list() == [str(2**70), "1", None]
        assert typed["observed_den"].to_list() == [3, 0, None]
        assert typed["observed_value"].to_list() == [float(Fraction(2**70, 3)), None, None]

    def test_cli_writes_parquet_from_an_excel_report(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`cchc evaluate PLAN --observations report.xlsx --map mapping.yaml --output
        results.parquet`: the report in its own layout, the results typed."""
        openpyxl = pytest.importorskip("openpyxl")
        parquet = pytest.importorskip("pyarrow.parquet")
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["BÁO CÁO CHỈ SỐ HÀI LÒNG"])
        sheet.merge_cells("A1:C1")
        sheet.append(["Mã ĐVHC", "Tên", "Năm 2021"])
        sheet.append([38, "Thanh Hóa", 84.99])
        sheet.append([None, "Ghi chú: số liệu sơ bộ", None])
        book.save(tmp_path / "report.xlsx")
        (tmp_path / "mapping.yaml").write_text(
            "columns: {code: Mã ĐVHC}\n"
            "constants: {indicator: satisfaction_procedures}\n"
            "wide: {field: period, pattern: 'Năm (\\d{4})'}\n"
            "code_width: 2\n",
            encoding="utf-8",
        )
        out = tmp_path / "results.parquet"
        args = ["evaluate", str(PLAN), "-O", str(tmp_path / "report.xlsx")]
        args += ["--map", str(tmp_path / "mapping.yaml"), "--output", str(out)]
        assert main(args) == 0
        said = capsys.readouterr()
        assert said.out == ""
        (line,) = [x for x in said.err.splitlines() if "gave no observation" in x]
        assert line.count("report.xlsx") == 1
        assert line.endswith(": Sheet row 4: no mapped column holds a value")
        rows = {r["target"]: r for r in parquet.read_table(out).to_pylist()}
        assert rows["satisfaction"]["observed"] == "84.99"
        assert rows["satisfaction"]["observed_value"] == 84.99
        assert rows["satisfaction"]["status"] == "not_met"
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

    def test_cli_output_json_and_csv(self, tmp_path: Path) -> None:
        data = tmp_path / "o.csv"
        with data.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.DictWriter(stream, fieldnames=["indicator", "code", "period", "value"])
            writer.writeheader()
            writer.writerow(ROWS[0])
        assert (
            main(["evaluate", str(PLAN), "-O", str(data), "--output", str(tmp_path / "r.json")])
            == 0
        )
        document = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
        assert document["$schema"] == RESULT_SCHEMA_ID
        assert (
            main(["evaluate", str(PLAN), "-O", str(data), "--output", str(tmp_path / "r.csv")]) == 0
        )
        assert (tmp_path / "r.csv").read_text(encoding="utf-8").startswith("plan,target,")

    def test_cli_output_never_over_an_input(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        data = tmp_path / "o.csv"
        data.write_text("indicator,code,period,value\n", encoding="utf-8")
        before = data.read_bytes()
        assert main(["evaluate", str(PLAN), "-O", str(data), "--output", str(data)]) == 1
        assert "is also an input" in capsys.readouterr().err
        assert data.read_bytes() == before
        assert (
            main(["evaluate", str(PLAN), "-O", str(data), "--output", str(tmp_path / "x.txt")]) == 1
        )
        assert "expected a file ending in .json, .csv, .parquet" in capsys.readouterr().err

    def test_cli_reports_a_bad_mapping(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        data = tmp_path / "o.csv"
        data.write_text("MA,GT\n38,85\n", encoding="utf-8")
        mapping = tmp_path / "m.yaml"
        mapping.write_text("columns: {code: MA, value: GT}\n", encoding="utf-8")
        assert main(["evaluate", str(PLAN), "-O", str(data), "--map", str(mapping)]) == 1
        err = capsys.readouterr().err
        assert f"{mapping}: columns: no source for indicator" in err
        assert "Traceback" not in err
