"""Reading the cells of an Excel workbook (.xlsx) exactly (openpyxl, the ``excel`` extra).

A sheet is read cell by cell, each cell with its own type, so that a column mixing
numbers and text (``85``, ``"-"``, ``"không báo cáo"``) keeps both:

* a text cell is its text, read later as an observation CSV reads text (``"84,99"``
  with a declared decimal mark, ``"17/20"``);
* a whole number stored without a decimal point (``<v>85</v>``) is that integer;
* any other number is a binary float in the file. It is read as the exact
  :class:`~fractions.Fraction` of its shortest decimal
  (``84.98999999999999`` in the file is the float of 84.99, read as 84.99). A float
  whose shortest decimal has more than 15 significant digits, the most Excel keeps
  and shows, is the trace of binary arithmetic (``=0.1+0.2`` is stored as
  ``0.30000000000000004``): it is read rounded to 15 significant digits (0.3), as
  Excel shows it, and a :class:`~cchc_model.exceptions.CchcWarning` names each such
  cell. Type numbers as text, or as counts, to be free of floats altogether;
* a truth value is ``True`` or ``False``; a date is a date (a period such as a day).

Formulas are read by the value Excel saved with them (a file saved by a program that
does not compute formulas has none: those cells are empty). Cells are named as Excel
names them: ``'Báo cáo'!D7``.

openpyxl reads the sheet as it streams (``read_only``), so memory stays bounded; the
file is refused above :data:`MAX_XLSX_BYTES` bytes and a sheet above
:data:`MAX_SHEET_ROWS` rows.
"""

from __future__ import annotations

import importlib
import os
import warnings
from collections.abc import Iterator
from decimal import Context, Decimal
from fractions import Fraction
from typing import Any

import attrs

from ..exceptions import CchcError, CchcWarning, Problem
from .observations import ObservationError

__all__ = [
    "EXCEL_DIGITS",
    "MAX_SHEET_ROWS",
    "MAX_XLSX_BYTES",
    "ExcelError",
    "Sheet",
    "cell_name",
    "float_text",
    "read_sheet",
]

#: The most significant digits Excel keeps in a number.
EXCEL_DIGITS = 15
#: The largest workbook read, in bytes (compressed, as on disk).
MAX_XLSX_BYTES = 200_000_000
#: The most rows a sheet may have (Excel's own limit).
MAX_SHEET_ROWS = 1_048_576

_CONTEXT = Context(prec=EXCEL_DIGITS)


class ExcelError(ObservationError):
    """A workbook cannot be read, is too large, or has no such sheet."""


class MissingExcelExtra(CchcError, ImportError):
    """openpyxl is not installed."""


def float_text(value: float) -> tuple[str, bool]:
    """A float as the decimal text it stands for, and whether it was rounded.

    The shortest decimal that reads back as the float, rounded to
    :data:`EXCEL_DIGITS` significant digits when it has more.

    Example:
        >>> float_text(84.99), float_text(0.1 + 0.2), float_text(1e-7)
        (('84.99', False), ('0.3', True), ('0.0000001', False))
    """
    shortest = Decimal(repr(value))
    digits = len(shortest.normalize().as_tuple().digits)
    rounded = digits > EXCEL_DIGITS
    number = _CONTEXT.plus(shortest) if rounded else shortest
    text = format(number.normalize(), "f")
    return (text if text != "-0" else "0"), rounded


def cell_name(row: int, column: int) -> str:
    """Excel's name of a cell: row from 1, column from 0 (``cell_name(7, 3)`` is ``D7``)."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{row}"


def _quoted(sheet: str) -> str:
    if sheet.replace("_", "").isalnum() and sheet.isascii():
        return sheet
    return "'" + sheet.replace("'", "''") + "'"


@attrs.frozen
class Sheet:
    """The cells of one sheet, each row numbered from 1 as Excel numbers them.

    Attributes:
        name: The sheet's name.
        rows: ``(row number, cells)`` for each row; cells are text, int, a
            :class:`~fractions.Fraction` (from a float, its decimal), bool, datetime or None.
        rounded: The cells whose float was rounded to 15 digits, as ``D7 (0.30000000000000004)``.
    """

    name: str
    rows: list[tuple[int, list[Any]]]
    rounded: list[str]

    def label(self, row: int, column: int | None) -> str:
        """How a row (``'Báo cáo' row 7``) or a cell (``'Báo cáo'!D7``) is named."""
        if column is None:
            return f"{_quoted(self.name)} row {row}"
        return f"{_quoted(self.name)}!{cell_name(row, column)}"


def _cell(value: Any, row: int, column: int, rounded: list[str]) -> Any:
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return repr(value)  # reported as not a number when read
        text, was_rounded = float_text(value)
        if was_rounded:
            rounded.append(f"{cell_name(row, column)} ({value!r})")
        # a Fraction, not text: a decimal mark declared for text cells does not apply
        return Fraction(text)
    return value


def _rows(worksheet: Any, rounded: list[str], where: str) -> Iterator[tuple[int, list[Any]]]:
    # Read-only mode trusts the size the file declares, which some programs write wrong
    # (openpyxl's "Optimised Modes" page); forgetting it, every row is read from row 1.
    worksheet.reset_dimensions()
    for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
        if number > MAX_SHEET_ROWS:
            raise ExcelError.single(
                where,
                number,
                f"more than {MAX_SHEET_ROWS:,} rows; expected a sheet within Excel's limit",
                "too-large",
            )
        yield number, [_cell(v, number, i, rounded) for i, v in enumerate(values)]


def read_sheet(path: str | os.PathLike[str], sheet: str | None = None) -> Sheet:
    """Every row of one sheet of an .xlsx workbook, cells read exactly (module docs).

    Args:
        path: The workbook.
        sheet: The sheet's name; the first sheet by default.

    Raises:
        ExcelError: the file is not a readable workbook, is too large, or has no such sheet.
        MissingExcelExtra: openpyxl is not installed (``pip install ".[excel]"`` in a checkout).
    """
    name = os.fspath(path)
    try:
        openpyxl: Any = importlib.import_module("openpyxl")
    except ImportError:
        raise MissingExcelExtra(
            'openpyxl is not installed; in a checkout of cchc_model: pip install ".[excel]"'
        ) from None
    try:
        size = os.stat(name).st_size
    except OSError as exc:
        raise ExcelError.single(
            name, None, f"cannot read the file: {exc.strerror}; expected an .xlsx workbook"
        ) from None
    if size > MAX_XLSX_BYTES:
        raise ExcelError.single(
            name,
            size,
            f"the file is {size:,} bytes, more than {MAX_XLSX_BYTES:,}; expected a smaller "
            "workbook (MAX_XLSX_BYTES in cchc_model.io.excel)",
            "too-large",
        )
    try:
        workbook = openpyxl.load_workbook(name, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError, XML and its own errors
        raise ExcelError.single(
            name,
            None,
            f"not a readable .xlsx workbook ({type(exc).__name__}: {exc}); expected a file "
            'saved by Excel or LibreOffice as "Excel 2007-365 (.xlsx)"',
            "unreadable",
        ) from None
    try:
        names = list(workbook.sheetnames)
        if sheet is None:
            chosen = names[0]
        elif sheet in names:
            chosen = sheet
        else:
            raise ExcelError(
                [
                    Problem(
                        name,
                        sheet,
                        f"no sheet {sheet!r}; expected one of {', '.join(map(repr, names))}",
                        "unknown-sheet",
                    )
                ]
            )
        rounded: list[str] = []
        rows = list(_rows(workbook[chosen], rounded, f"{name}: {chosen}"))
    finally:
        workbook.close()
    found = Sheet(chosen, rows, rounded)
    if rounded:
        more = f" and {len(rounded) - 5} more" if len(rounded) > 5 else ""
        warnings.warn(
            f"{name}: sheet {chosen!r}: {', '.join(rounded[:5])}{more} hold floats with more "
            f"digits than Excel keeps ({EXCEL_DIGITS}); read rounded to {EXCEL_DIGITS} "
            "significant digits, as Excel shows them. Type exact numbers as text to avoid it",
            CchcWarning,
            stacklevel=2,
        )
    return found
