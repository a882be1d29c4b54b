"""Excel workbooks read cell by cell, exactly: numbers, text, truth values, problems by cell.

The workbooks are written by the tests themselves with openpyxl (the ``excel`` extra),
including a report in the Vietnamese layout: merged title rows above the header, the
unit's code in ``MA_DVHC`` and one column per year.
"""

from __future__ import annotations

import warnings
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_model.exceptions import CchcWarning
from cchc_model.io.excel import (
    EXCEL_DIGITS,
    ExcelError,
    cell_name,
    float_text,
    read_sheet,
)
from cchc_model.io.observations import ObservationError, ObservationSet
from cchc_model.io.tables import READERS, read_observations
from cchc_model.model.indicators import Indicator, MeasureKind
from cchc_model.model.periods import Period
from cchc_model.testing.strategies_observations import SAMPLE_INDICATORS, observation_lists

openpyxl = pytest.importorskip("openpyxl")

ONLINE = Indicator(id="online", name="Tỷ lệ hồ sơ trực tuyến", measure=MeasureKind.RATIO)
DONE = Indicator(id="done", name="Đã hoàn thành", measure=MeasureKind.BOOLEAN)
COUNT = Indicator(id="units", name="Số đơn vị", measure=MeasureKind.COUNT)


def write_workbook(
    path: Path,
    sheets: dict[str, list[list[Any]]],
    merged: dict[str, list[str]] | None = None,
) -> Path:
    """A workbook with one sheet per entry, rows appended from row 1, cells merged."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for cells in (merged or {}).get(name, []):
            sheet.merge_cells(cells)
    book.save(path)
    return path


def stored_value(path: Path, old: str, new: str) -> None:
    """Replace the number ``old`` stored in the first sheet's XML by ``new`` (openpyxl
    writes 16 digits at most; other programs write 17)."""
    import zipfile

    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    assert f"<v>{old}</v>".encode() in parts[sheet]
    parts[sheet] = parts[sheet].replace(f"<v>{old}</v>".encode(), f"<v>{new}</v>".encode())
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)


VIETNAMESE_LAYOUT = [
    ["BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH", None, None, None],
    ["(Kèm theo Công văn số 123/UBND-NC)", None, None, None],
    ["MA_DVHC", "Tên đơn vị", "Năm 2023", "Năm 2024"],
    [1, "Thành phố Hà Nội", 84.99, "92,5"],
    ["02", "Tỉnh Hà Giang", 70, None],
    [None, "Ghi chú: số liệu sơ bộ", None, None],
    [4, "Tỉnh Cao Bằng", None, None],
]
YEARS = {
    "columns": {"code": "MA_DVHC"},
    "constants": {"indicator": "online"},
    "wide": {"field": "period", "pattern": r"Năm (\d{4})"},
    "code_width": 2,
}


class TestFloats:
    def test_the_documented_precision_of_excel(self) -> None:
        """Excel keeps 15 significant digits ("Number precision: 15 digits",
        https://docs.devexpress.com/VCL/168063/ExpressSpreadSheet/concepts/file-format-specifications
        lists Excel's calculation specifications). The example of
        https://en.wikipedia.org/wiki/Numeric_precision_in_Microsoft_Excel: 1/9000 is shown
        with its leading 15 figures; the float in the file has 17."""
        assert EXCEL_DIGITS == 15
        assert repr(1 / 9000) == "0.00011111111111111112"
        assert float_text(1 / 9000) == ("0.000111111111111111", True)

    def test_binary_arithmetic_is_rounded_as_excel_shows_it(self) -> None:
        """=0.1+0.2 is stored as 0.30000000000000004 and shown as 0.3."""
        assert float_text(0.1 + 0.2) == ("0.3", True)
        assert float_text(-0.0) == ("0", False)
        assert float_text(1e20) == ("100000000000000000000", False)

    @given(
        st.decimals(
            min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=4, allow_nan=False
        )
    )
    def test_a_number_typed_in_excel_is_read_back_exactly(self, typed: Decimal) -> None:
        """Any number of at most 15 significant digits, stored as the nearest float, is
        read back as the number typed, and is not reported as rounded."""
        digits = len(typed.normalize().as_tuple().digits)
        if digits > EXCEL_DIGITS:
            typed = +typed.normalize()  # at most 16 digits here: drop to 15 below
            typed = Decimal(format(typed, f".{EXCEL_DIGITS}g"))
        text, rounded = float_text(float(typed))
        assert Fraction(text) == Fraction(typed)
        assert not rounded

    def test_cell_names(self) -> None:
        assert [cell_name(7, 3), cell_name(1, 0), cell_name(2, 26), cell_name(3, 701)] == [
            "D7",
            "A1",
            "AA2",
            "ZZ3",
        ]


class TestSheets:
    def test_cells_keep_their_types(self, tmp_path: Path) -> None:
        """Text stays text, whole numbers ints, floats their decimal text, bools bools."""
        path = write_workbook(tmp_path / "t.xlsx", {"S": [["a", 1, 84.99, True, None, "1.500"]]})
        sheet = read_sheet(path)
        assert sheet.rows == [(1, ["a", 1, Fraction("84.99"), True, None, "1.500"])]
        assert sheet.rounded == []

    def test_the_rounded_floats_are_named_in_a_warning(self, tmp_path: Path) -> None:
        """A file holding 17 significant digits, as Aspose.Cells writes doubles by default
        (https://docs.aspose.com/cells/es/net/specifying-significant-digits-to-be-stored-in-excel-file/:
        17 digits, where Excel keeps 15): 0.30000000000000004 is read as 0.3, and named."""
        path = write_workbook(tmp_path / "t.xlsx", {"Số liệu": [["x"], [0.25], [0.5]]})
        stored_value(path, "0.25", "0.30000000000000004")
        with pytest.warns(CchcWarning, match=r"A2 \(0\.30000000000000004\)"):
            sheet = read_sheet(path)
        assert sheet.rows[1] == (2, [Fraction("0.3")])
        assert sheet.label(2, 0) == "'Số liệu'!A2"
        assert sheet.label(2, None) == "'Số liệu' row 2"

    def test_a_sheet_by_name_and_an_unknown_sheet(self, tmp_path: Path) -> None:
        path = write_workbook(tmp_path / "t.xlsx", {"A": [["a"]], "B": [["b"]]})
        assert read_sheet(path, "B").rows == [(1, ["b"])]
        with pytest.raises(ExcelError, match=r"no sheet 'C'; expected one of 'A', 'B'"):
            read_sheet(path, "C")

    def test_a_file_that_is_not_a_workbook(self, tmp_path: Path) -> None:
        path = tmp_path / "fake.xlsx"
        path.write_text("indicator,code\n", encoding="utf-8")
        with pytest.raises(ExcelError, match=r"not a readable \.xlsx workbook"):
            read_sheet(path)
        with pytest.raises(ExcelError, match="cannot read the file"):
            read_sheet(tmp_path / "missing.xlsx")

    def test_limits(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A workbook above MAX_XLSX_BYTES, a sheet above MAX_SHEET_ROWS: refused."""
        path = write_workbook(tmp_path / "t.xlsx", {"S": [["a"], ["b"], ["c"]]})
        monkeypatch.setattr("cchc_model.io.excel.MAX_SHEET_ROWS", 2)
        with pytest.raises(ExcelError, match="more than 2 rows") as caught:
            read_sheet(path)
        assert caught.value.problems[0].code == "too-large"
        monkeypatch.setattr("cchc_model.io.excel.MAX_XLSX_BYTES", 100)
        with pytest.raises(ObservationError, match="more than 100; expected a smaller"):
            read_observations(path, [ONLINE])

    def test_a_formula_without_a_saved_value_is_empty(self, tmp_path: Path) -> None:
        """openpyxl saves the formula, not its value: the cell reads as empty."""
        path = write_workbook(tmp_path / "t.xlsx", {"S": [["=1+1", 2]]})
        assert read_sheet(path).rows == [(1, [None, 2])]


class TestVietnameseLayout:
    def test_one_column_per_year_below_merged_titles(self, tmp_path: Path) -> None:
        """The header is found below the title rows; each year column gives one
        observation per non-empty cell; codes are padded as declared; "92,5" is read
        with the decimal comma; rows that give nothing are named in a warning."""
        path = write_workbook(
            tmp_path / "bao-cao.xlsx",
            {"Báo cáo": VIETNAMESE_LAYOUT},
            {"Báo cáo": ["A1:D1", "A2:D2"]},
        )
        with pytest.warns(CchcWarning) as said:
            found = read_observations(path, [ONLINE], mapping=YEARS, decimal=",")
        got = {(o.code, o.period.label): o.value for o in found.observations}
        assert got == {
            ("01", "2023"): Fraction("84.99"),
            ("01", "2024"): Fraction("92.5"),
            ("02", "2023"): Fraction(70),
        }
        message = " ".join(str(w.message) for w in said)
        assert "2 row(s) gave no observation" in message
        assert "'Báo cáo' row 6: no mapped column holds a value" in message
        assert "'Báo cáo' row 7: every wide column is empty" in message

    def test_every_bad_cell_is_reported_with_its_address(self, tmp_path: Path) -> None:
        rows = [
            ["MA_DVHC", "Năm 2023", "Năm 2024"],
            ["01", 120, "x"],
            ["02", -5, 50],
        ]
        path = write_workbook(tmp_path / "t.xlsx", {"S": rows})
        mapping = {**YEARS, "code_width": None}
        with pytest.raises(ObservationError) as caught:
            read_observations(path, [ONLINE], mapping=mapping)
        paths = [p.path for p in caught.value.problems]
        assert paths == ["S!B2: value", "S!C2: value", "S!B3: value"]

    def test_a_numeric_code_without_a_declared_width_is_refused(self, tmp_path: Path) -> None:
        """1 is not the code "01": without code_width a number is not taken for a code."""
        rows = [["MA_DVHC", "Năm 2023"], [1, 80]]
        path = write_workbook(tmp_path / "t.xlsx", {"S": rows})
        with pytest.raises(ObservationError, match="S!B2: code: 1 is a number"):
            read_observations(path, [ONLINE], mapping={**YEARS, "code_width": None})

    def test_the_header_row_can_be_declared(self, tmp_path: Path) -> None:
        rows = [["code", "x"], ["MA_DVHC", "Năm 2023"], ["06", 80]]
        path = write_workbook(tmp_path / "t.xlsx", {"S": rows})
        found = read_observations(path, [ONLINE], mapping={**YEARS, "header_row": 2})
        assert [(o.code, o.value) for o in found.observations] == [("06", 80)]
        with pytest.raises(ObservationError, match="none of the first 50 rows"):
            read_observations(path, [ONLINE], mapping={**YEARS, "header_row": 9})


NUMBER_FIELDS = ("value", "numerator", "denominator", "weight")


def _write_cell(value: Any, column: str, as_number: bool) -> Any:
    """A record's field as a cell: text as it is, or a number cell when it is a number
    that one can hold (a fraction such as 2/3 stays text)."""
    if not as_number or column not in NUMBER_FIELDS or not isinstance(value, str):
        return value
    try:
        number = Decimal(value)  # a level name ("yếu") or 2/3 stays text
    except ArithmeticError:
        return value
    if number == number.to_integral_value():
        return int(number)
    if len(number.normalize().as_tuple().digits) > EXCEL_DIGITS:
        return value
    return float(number)


class TestRoundTrip:
    @settings(
        max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(observation_lists(max_size=8), st.booleans())
    def test_export_then_import_gives_equal_observations(
        self, tmp_path: Path, observations: list[Any], as_numbers: bool
    ) -> None:
        """Observations written to a sheet (as exact text, or as number cells) and read
        back with the tidy columns are the same observations."""
        original = ObservationSet(observations, SAMPLE_INDICATORS)
        records = original.to_records()
        required = ["indicator", "code", "period"]
        columns = required + sorted({k for r in records for k in r} - set(required))
        rows = [columns] + [
            [_write_cell(record.get(c), c, as_numbers) for c in columns] for record in records
        ]
        path = write_workbook(tmp_path / "round.xlsx", {"Data": rows})
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CchcWarning)  # the percent-scale doubt
            found = read_observations(path, SAMPLE_INDICATORS)
        assert found.observations == original.observations


class TestDispatch:
    def test_a_tidy_sheet_needs_no_mapping(self, tmp_path: Path) -> None:
        rows = [
            ["indicator", "code", "period", "value", "numerator", "denominator"],
            ["online", "06", 2023, None, 17, 20],
            ["done", "06", "2023", True, None, None],
            ["units", "06", "2023", 12, None, None],
        ]
        path = write_workbook(tmp_path / "t.xlsx", {"S": rows})
        found = read_observations(path, [ONLINE, DONE, COUNT])
        assert found.get("online", "06", Period.parse("2023")).value == 85  # type: ignore[union-attr]
        assert found.get("done", "06", "2023").value is True  # type: ignore[union-attr, arg-type]
        assert found.get("units", "06", "2023").value == 12  # type: ignore[union-attr, arg-type]

    def test_a_tidy_sheet_reports_unknown_columns_as_the_csv_reader_does(
        self, tmp_path: Path
    ) -> None:
        rows = [["indicator", "code", "period", "value", "extra"], ["online", "06", "2023", 5, 1]]
        path = write_workbook(tmp_path / "t.xlsx", {"S": rows})
        with pytest.raises(ObservationError, match="unknown column 'extra'"):
            read_observations(path, [ONLINE])

    def test_cells_beyond_the_header_are_a_problem(self, tmp_path: Path) -> None:
        rows = [["indicator", "code", "period", "value"], ["units", "06", "2023", 5, 6]]
        path = write_workbook(tmp_path / "t.xlsx", {"S": rows})
        with pytest.raises(ObservationError, match=r"S row 2: 1 cell\(s\) beyond the header's 4"):
            read_observations(path, [COUNT])

    def test_suffixes(self, tmp_path: Path) -> None:
        assert {".csv", ".xlsx", ".xlsm"} <= set(READERS)
        with pytest.raises(ObservationError, match=r"no reader for '\.ods'"):
            read_observations(tmp_path / "x.ods", [ONLINE])
