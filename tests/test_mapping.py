"""Column mappings: validated when built, applied to CSV files and dataframes, wide
layouts melted into rows, nothing dropped without being listed."""

from __future__ import annotations

import csv
import json
import warnings
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_model.exceptions import CchcWarning
from cchc_model.io.mapping import (
    ColumnMapping,
    ColumnMappingError,
    WideColumns,
    find_header,
    fold_header,
    map_rows,
)
from cchc_model.io.observations import ObservationError, ObservationSet
from cchc_model.io.tables import read_frame, read_observations
from cchc_model.model.indicators import Dimension, Indicator, MeasureKind

ONLINE = Indicator(
    id="online",
    name="Tỷ lệ hồ sơ trực tuyến",
    measure=MeasureKind.RATIO,
    dimensions=(Dimension("level", ("3", "4"), "mức độ"),),
)
UNITS = Indicator(id="units", name="Số đơn vị", measure=MeasureKind.COUNT)


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


class TestBuilding:
    def test_a_plain_mapping(self) -> None:
        mapping = ColumnMapping.from_dict(
            {
                "columns": {"code": "MA_DVHC", "period": "NAM", "value": "GIA_TRI"},
                "constants": {"indicator": "online", "unit": "percent"},
                "code_width": 2,
            }
        )
        assert mapping.columns == {"code": "MA_DVHC", "period": "NAM", "value": "GIA_TRI"}
        assert mapping.named_columns() == ["MA_DVHC", "NAM", "GIA_TRI"]

    def test_every_problem_is_listed(self) -> None:
        """A field given twice, a missing code and period: all in one error."""
        with pytest.raises(ColumnMappingError) as caught:
            ColumnMapping.from_dict(
                {"columns": {"indicator": "A", "value": "B"}, "constants": {"indicator": "x"}}
            )
        codes = sorted(p.code for p in caught.value.problems)
        assert codes == ["duplicate", "missing", "missing"]
        assert "indicator is given by columns and by constants" in str(caught.value)

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            ({"colums": {}}, "unknown key 'colums'"),
            ({"columns": {"code": None}}, "not text"),
            ({"columns": {"value x": "A"}}, "'value x' is not a field"),
            ({"code_width": 0}, "expected a whole number from 1 to 12"),
            ({"header_row": True}, "expected a whole number from 1"),
            ({"wide": {"field": "period", "pattern": "Năm \\d{4}"}}, "0 groups"),
            ({"wide": {"field": "period", "pattern": "(["}}, "not a regular expression"),
            ({"wide": {"field": "period"}}, "neither columns nor a pattern"),
            ({"wide": {"field": "value", "columns": {"A": "1"}}}, "cannot be spread"),
            ({"wide": {"field": "period", "columns": {"A": "1"}, "into": "unit"}}, "wide.into"),
            ({"sheet": " "}, "expected a sheet's name"),
        ],
    )
    def test_malformed_mappings(self, data: dict[str, Any], message: str) -> None:
        full = {"columns": {"indicator": "I", "code": "C", "period": "P", "value": "V"}}
        with pytest.raises(ColumnMappingError, match=message.replace("(", r"\(")):
            ColumnMapping.from_dict({**full, **data})

    def test_load_yaml_and_json(self, tmp_path: Path) -> None:
        data = {
            "columns": {"code": "MA_DVHC"},
            "constants": {"indicator": "online"},
            "wide": {"field": "period", "columns": {"Năm 2023": 2023}},
        }
        as_json = tmp_path / "m.json"
        as_json.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        as_yaml = tmp_path / "m.yaml"
        as_yaml.write_text(
            "columns: {code: MA_DVHC}\nconstants: {indicator: online}\n"
            "wide:\n  field: period\n  columns: {Năm 2023: 2023}\n",
            encoding="utf-8",
        )
        assert ColumnMapping.load(as_json) == ColumnMapping.load(as_yaml)
        assert ColumnMapping.load(as_yaml).wide == WideColumns(
            field="period", columns={"Năm 2023": "2023"}
        )

    def test_load_names_the_file(self, tmp_path: Path) -> None:
        bad = tmp_path / "m.yaml"
        bad.write_text("columns: {code: MA}\n", encoding="utf-8")
        with pytest.raises(ColumnMappingError, match=r"m\.yaml"):
            ColumnMapping.load(bad)
        with pytest.raises(ColumnMappingError, match="cannot read the mapping"):
            ColumnMapping.load(tmp_path / "missing.yaml")
        listing = tmp_path / "l.yaml"
        listing.write_text("- a\n", encoding="utf-8")
        with pytest.raises(ColumnMappingError, match="not a mapping"):
            ColumnMapping.load(listing)

    def test_codes_are_padded_only_when_declared(self) -> None:
        base = {"columns": {"code": "C", "period": "P", "value": "V", "indicator": "I"}}
        padded = ColumnMapping.from_dict({**base, "code_width": 5})
        assert [padded.normalise_code(c) for c in (4, "4", " 00004", "HN", True)] == [
            "00004",
            "00004",
            "00004",
            "HN",
            True,
        ]
        assert ColumnMapping.from_dict(base).normalise_code(4) == 4

    def test_headers_match_whatever_their_case_and_blanks(self) -> None:
        assert fold_header("Năm\n  2023 ") == fold_header("NĂM 2023")
        decomposed = "Na\u0306m 2023"  # ă as a + combining breve
        assert fold_header(decomposed) == fold_header("Năm 2023")


class TestApplying:
    def test_wide_columns_per_level(self) -> None:
        """One column per level of a dimension, counts in each cell."""
        mapping = ColumnMapping.from_dict(
            {
                "columns": {"code": "Mã", "period": "Năm"},
                "constants": {"indicator": "online"},
                "wide": {
                    "field": "level",
                    "columns": {"Mức 3 (hồ sơ)": "3", "Mức 4 (hồ sơ)": "4"},
                    "into": "value",
                },
            }
        )
        mapped = map_rows(
            mapping,
            ["Mã", "Năm", "Tên", "Mức 3 (hồ sơ)", "Mức 4 (hồ sơ)"],
            [(2, ["06", "2023", "Bắc Kạn", "40", "55"])],
        )
        assert mapped.records == [
            {"indicator": "online", "code": "06", "period": "2023", "level": "3", "value": "40"},
            {"indicator": "online", "code": "06", "period": "2023", "level": "4", "value": "55"},
        ]
        assert mapped.labels == ["line 2", "line 2"]
        assert mapped.ignored_columns == ["Tên"]
        found = ObservationSet.from_records(mapped.records, [ONLINE])
        assert found.get("online", "06", "2023", {"level": "4"}).value == 55  # type: ignore[arg-type, union-attr]

    def test_one_column_per_unit(self) -> None:
        mapping = ColumnMapping.from_dict(
            {
                "columns": {"period": "Năm"},
                "constants": {"indicator": "units"},
                "wide": {"field": "code", "columns": {"Hà Nội": "01", "Hà Giang": "02"}},
            }
        )
        mapped = map_rows(mapping, ["Năm", "Hà Nội", "Hà Giang"], [(2, [2023, 30, ""])])
        assert mapped.records == [{"indicator": "units", "period": 2023, "code": "01", "value": 30}]
        assert mapped.empty_cells == 1

    def test_a_missing_column_is_named_with_the_headers_found(self) -> None:
        mapping = ColumnMapping.from_dict(
            {"columns": {"code": "MA_DVHC", "period": "NAM", "value": "GT", "indicator": "CT"}}
        )
        mapped = map_rows(mapping, ["MA", "NAM", "GT", "CT"], [])
        assert [p.code for p in mapped.problems] == ["missing-column"]
        assert "no column 'MA_DVHC' (for code)" in mapped.problems[0].message
        assert "'MA', 'NAM', 'GT', 'CT'" in mapped.problems[0].message

    def test_the_header_is_the_first_row_with_every_named_column(self) -> None:
        mapping = ColumnMapping.from_dict(
            {"columns": {"code": "MA"}, "constants": {"indicator": "x"}, "wide": {
                "field": "period", "pattern": r"Năm (\d{4})"}}
        )  # fmt: skip
        rows = [["BÁO CÁO"], ["MA", "Tên"], ["MA", "Năm 2023"], ["01", 5]]
        assert find_header(mapping, rows) == 2
        assert find_header(mapping, rows[:2]) is None


class TestCsvThroughAMapping:
    def test_my_column_ma_dvhc_is_the_unit_code(self, tmp_path: Path) -> None:
        """The issue's own example: a report whose unit code is in MA_DVHC."""
        path = write_csv(
            tmp_path / "report.csv",
            [
                ["MA_DVHC", "TEN", "NAM", "SO_HS_TRUC_TUYEN", "TONG_HS"],
                ["1", "Hà Nội", "2023", "17", "20"],
                ["", "", "", "", ""],
                ["", "Tổng cộng", "", "", ""],
                ["79", "TP. Hồ Chí Minh", "2023", "30", "40"],
            ],
        )
        mapping = {
            "columns": {
                "code": "MA_DVHC",
                "period": "NAM",
                "numerator": "SO_HS_TRUC_TUYEN",
                "denominator": "TONG_HS",
            },
            "constants": {"indicator": "online"},
            "code_width": 2,
        }
        with pytest.warns(CchcWarning, match=r"1 row\(s\) gave no observation: line 4"):
            found = read_observations(path, [ONLINE], mapping=mapping)
        assert {(o.code, o.numerator, o.denominator) for o in found.observations} == {
            ("01", 17, 20),
            ("79", 30, 40),
        }

    def test_every_bad_row_is_reported_with_its_line_and_field(self, tmp_path: Path) -> None:
        path = write_csv(
            tmp_path / "report.csv",
            [
                ["MA", "NAM", "TU", "MAU"],
                ["01", "2023", "21", "20"],
                ["02", "năm ngoái", "1", "2"],
                ["03", "2023", "-1", "2"],
            ],
        )
        mapping = {
            "columns": {"code": "MA", "period": "NAM", "numerator": "TU", "denominator": "MAU"},
            "constants": {"indicator": "online"},
        }
        with pytest.raises(ObservationError) as caught:
            read_observations(path, [ONLINE], mapping=mapping)
        paths = [p.path for p in caught.value.problems]
        assert paths == ["line 2: numerator", "line 3: period", "line 4: numerator"]

    def test_a_mapping_file_and_the_decimal_mark(self, tmp_path: Path) -> None:
        path = write_csv(tmp_path / "r.csv", [["MA", "Năm 2023"], ["01", "1.500"]])
        mapping = tmp_path / "m.yaml"
        mapping.write_text(
            "columns: {code: MA}\nconstants: {indicator: units}\n"
            "wide: {field: period, pattern: 'Năm (\\d{4})'}\n",
            encoding="utf-8",
        )
        found = read_observations(path, [UNITS], mapping=mapping, decimal=",")
        assert [o.value for o in found.observations] == [1500]
        with pytest.raises(ObservationError, match="ambiguous"):
            read_observations(path, [UNITS], mapping=mapping)


class TestUnreadable:
    def test_a_csv_that_is_not_utf8_is_named_as_the_csv_reader_names_it(
        self, tmp_path: Path
    ) -> None:
        path = tmp_path / "r.csv"
        path.write_bytes("MA,Năm 2023\n01,5\n".encode("cp1258"))
        mapping = {
            "columns": {"code": "MA"},
            "constants": {"indicator": "units"},
            "wide": {"field": "period", "pattern": r"Năm (\d{4})"},
        }
        with pytest.raises(ObservationError, match="the file is not UTF-8"):
            read_observations(path, [UNITS], mapping=mapping)

    def test_a_mapping_file_too_large(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr("cchc_model.io.interchange.MAX_MAPPING_BYTES", 10)
        path = tmp_path / "m.yaml"
        path.write_text("columns: {code: MA_DVHC}\n", encoding="utf-8")
        with pytest.raises(ColumnMappingError, match="longer than 10"):
            ColumnMapping.load(path)


class TestFrames:
    def test_pandas_and_polars(self) -> None:
        pandas = pytest.importorskip("pandas")
        polars = pytest.importorskip("polars")
        data = {"MA": ["01", "02"], "Năm 2023": [84.99, None], "Năm 2024": [90, 91]}
        mapping = {
            "columns": {"code": "MA"},
            "constants": {"indicator": "online"},
            "wide": {"field": "period", "pattern": r"Năm (\d{4})"},
        }
        expected = {
            ("01", "2023"): Fraction("84.99"),
            ("01", "2024"): 90,
            ("02", "2024"): 91,
        }
        for frame in (pandas.DataFrame(data), polars.DataFrame(data)):
            found = read_frame(frame, [ONLINE], mapping=mapping)
            assert {(o.code, o.period.label): o.value for o in found.observations} == expected

    def test_problems_name_the_row(self) -> None:
        pandas = pytest.importorskip("pandas")
        frame = pandas.DataFrame({"MA": ["01", "02"], "GT": [50, 150]})
        mapping = {
            "columns": {"code": "MA", "value": "GT"},
            "constants": {"indicator": "online", "period": "2023"},
        }
        with pytest.raises(ObservationError, match="row 1: value: 150 percent is above"):
            read_frame(frame, [ONLINE], mapping=mapping)


@st.composite
def long_rows(draw: st.DrawFn) -> list[dict[str, str]]:
    """Observations of one indicator: distinct (code, year), whole-number values."""
    keys = draw(
        st.lists(
            st.tuples(st.sampled_from(["01", "02", "06", "79"]), st.integers(2019, 2024)),
            unique=True,
            max_size=12,
        )
    )
    return [
        {"indicator": "units", "code": c, "period": str(y), "value": str(draw(st.integers(0, 999)))}
        for c, y in keys
    ]


class TestWideRoundTrip:
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(long_rows())
    def test_wide_then_melted_gives_the_same_observations(self, rows: list[dict[str, str]]) -> None:
        """A long table spread into one column per year (empty where nothing was
        observed) and melted back by a mapping gives the same observations."""
        years = sorted({r["period"] for r in rows})
        codes = sorted({r["code"] for r in rows})
        cells = {(r["code"], r["period"]): r["value"] for r in rows}
        header = ["MA_DVHC", *(f"Năm {y}" for y in years)]
        table = [(i + 2, [c, *(cells.get((c, y)) for y in years)]) for i, c in enumerate(codes)]
        mapping = ColumnMapping.from_dict(
            {
                "columns": {"code": "MA_DVHC"},
                "constants": {"indicator": "units"},
                "wide": {"field": "period", "pattern": r"Năm (\d{4})"},
            }
        )
        mapped = map_rows(mapping, header, table)
        assert mapped.problems == ([] if years else mapped.problems)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            melted = ObservationSet.from_records(mapped.records, [UNITS])
        original = ObservationSet.from_records(rows, [UNITS])
        assert sorted(melted.observations, key=str) == sorted(original.observations, key=str)
        assert mapped.empty_cells == len(codes) * len(years) - len(rows)
        assert mapped.unmapped == []
