"""Observations from any table: a file chosen by its suffix, a dataframe, through a mapping.

:func:`read_observations` reads a file by its suffix (:data:`READERS`): ``.csv`` with
:meth:`ObservationSet.from_csv`, ``.xlsx`` and ``.xlsm`` with :mod:`.excel`. With a
:class:`~cchc_model.io.mapping.ColumnMapping` any layout is read (columns named as the
report names them, constants, one column per year); without one the table has the
columns of an observation CSV. :func:`read_frame` does the same for a pandas or polars
dataframe.

Every reader reports as the CSV reader does: one :class:`ObservationError` listing
every bad row, each problem with its row (or cell), field and reason; rows that are
not blank but give no observation are counted and named in a
:class:`~cchc_model.exceptions.CchcWarning`.

Other systems' exports read through the same call: a DHIS2 ``dataValueSets`` export
(``.json``, or ``.csv`` with a DHIS2 mapping) with a
:class:`~cchc_model.io.dhis2.Dhis2Mapping`, an SDMX-CSV message (a ``.csv`` whose
first column is ``STRUCTURE`` or ``DATAFLOW``) with an optional
:class:`~cchc_model.io.sdmx.SdmxMapping`. A mapping given as a file or plain data is
read as a DHIS2 mapping when it has ``data_elements``, as an SDMX mapping for an SDMX
message, as a column mapping otherwise.

A reader for another format is one entry of :data:`READERS`, a function of the
signature of :data:`Reader`.
"""

from __future__ import annotations

import csv
import os
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeAlias

from ..exceptions import CchcWarning, Problem
from ..model.indicators import Indicator
from ..model.units import decimal_mark
from .dhis2 import Dhis2Mapping, read_dhis2
from .excel import Sheet, read_sheet
from .files import TooLarge, limited_lines
from .interchange import load_mapping_document
from .mapping import (
    HEADER_SEARCH_ROWS,
    ColumnMapping,
    ColumnMappingError,
    Labeller,
    find_header,
    map_rows,
)
from .observations import (
    MAX_CSV_CHARS,
    MAX_CSV_LINE,
    MAX_CSV_LINES,
    ObservationError,
    ObservationSet,
    _not_utf8,
    _Reader,
    _too_large,
    header_problems,
)
from .sdmx import SdmxMapping, read_sdmx_csv

__all__ = [
    "NOT_TEXT",
    "READERS",
    "AnyMapping",
    "MappingLike",
    "Reader",
    "observations_from_rows",
    "read_frame",
    "read_observations",
]

Indicators: TypeAlias = Iterable[Indicator] | Mapping[str, Indicator]
#: A mapping read: how a table's columns, or another system's codes, become fields.
AnyMapping: TypeAlias = ColumnMapping | Dhis2Mapping | SdmxMapping
#: A mapping, or what it is read from: a YAML or JSON file, or plain data.
MappingLike: TypeAlias = AnyMapping | str | os.PathLike[str] | Mapping[str, Any]
#: A reader of one kind of file: (path, indicators, mapping, decimal mark, source).
Reader: TypeAlias = Callable[[Path, Indicators, AnyMapping | None, str | None, str], ObservationSet]


def _is_sdmx(path: Path) -> bool:
    """Whether a ``.csv`` file is an SDMX-CSV message (its first column is STRUCTURE or
    DATAFLOW); an unreadable file is not, and its reader says why."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as stream:
            first = stream.readline(4096)
    except (OSError, UnicodeDecodeError):
        return False
    return first.upper().startswith(("STRUCTURE", "DATAFLOW"))


def _mapping(mapping: MappingLike | None, path: Path) -> AnyMapping | None:
    if mapping is None or isinstance(mapping, ColumnMapping | Dhis2Mapping | SdmxMapping):
        return mapping
    data = mapping if isinstance(mapping, Mapping) else load_mapping_document(mapping)
    if isinstance(data, Mapping) and "data_elements" in data:
        return Dhis2Mapping.from_dict(data)
    if isinstance(data, Mapping) and path.suffix.lower() == ".csv" and _is_sdmx(path):
        return SdmxMapping.from_dict(data)
    if isinstance(mapping, Mapping):
        return ColumnMapping.from_dict(mapping)
    return ColumnMapping.load(mapping)


def _column_mapping(mapping: AnyMapping | None, path: Path) -> ColumnMapping | None:
    if mapping is None or isinstance(mapping, ColumnMapping):
        return mapping
    raise ObservationError.single(
        os.fspath(path),
        type(mapping).__name__,
        f"a {type(mapping).__name__} does not read this file; expected a column mapping",
        "mapping-kind",
    )


def _warn_unmapped(where: str, unmapped: Sequence[str]) -> None:
    if unmapped:
        shown = "; ".join(unmapped[:5])
        more = f"; and {len(unmapped) - 5} more" if len(unmapped) > 5 else ""
        warnings.warn(
            f"{where}: {len(unmapped)} row(s) gave no observation: {shown}{more}",
            CchcWarning,
            stacklevel=3,
        )


def observations_from_rows(
    rows: Sequence[tuple[int, Sequence[Any]]],
    indicators: Indicators,
    *,
    mapping: ColumnMapping | None = None,
    source: str = "",
    label: Labeller | None = None,
    where: str = "",
) -> ObservationSet:
    """Observations from a table given as ``(row number, cells)``, header included.

    With a mapping the header is the row it declares (:attr:`ColumnMapping.header_row`)
    or the first of the first rows that has every column it names; rows above it (a
    title, merged cells) are not read. Without one the header is the first row that is
    not blank and has the columns of an observation CSV.

    Args:
        rows: Every row, numbered as the source numbers them (a line, a sheet's row).
        indicators: The indicators observed.
        mapping: How columns become fields.
        source: The source of rows that give none.
        label: How a row (column None) or a cell is named in messages; ``line N`` by default.
        where: The file, to name in warnings.

    Raises:
        ObservationError: listing every problem of every row.
    """
    name = label or (lambda row, column: f"line {row}")
    return _from_rows(rows, _header_index(rows, mapping), indicators, mapping, source, name, where)


def _from_rows(
    rows: Sequence[tuple[int, Sequence[Any]]],
    index: int | None,
    indicators: Indicators,
    mapping: ColumnMapping | None,
    source: str,
    name: Labeller,
    where: str,
) -> ObservationSet:
    if index is None:
        wanted = mapping.named_columns() if mapping is not None else ["indicator", "code", "period"]
        raise ObservationError(
            [
                Problem(
                    where or "header",
                    None,
                    f"none of the first {HEADER_SEARCH_ROWS} rows has the columns "
                    f"{', '.join(map(repr, wanted))}; expected a header row with them"
                    + (" (or header_row in the mapping)" if mapping is not None else ""),
                    "missing-column",
                )
            ]
        )
    number, header = rows[index]
    body = rows[index + 1 :]
    header_label = name(number, None)
    if mapping is None:
        return _tidy(header, body, indicators, source, name, header_label, where)
    mapped = map_rows(mapping, header, body, name, header_label)
    if mapped.problems:
        raise ObservationError(mapped.problems)
    reader = _Reader(indicators, source, (), None)
    for record, row_label, position in zip(
        mapped.records, mapped.labels, mapped.positions, strict=True
    ):
        reader.read(record, row_label, position)
    _warn_unmapped(where or "table", mapped.unmapped)
    return reader.finish(ObservationSet)


def _header_index(
    rows: Sequence[tuple[int, Sequence[Any]]], mapping: ColumnMapping | None
) -> int | None:
    if mapping is not None and mapping.header_row is not None:
        return next((i for i, (n, _) in enumerate(rows) if n == mapping.header_row), None)
    if mapping is not None:
        return find_header(mapping, [cells for _, cells in rows])
    wanted = {"indicator", "code", "period"}
    for i, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if wanted <= {str(c).strip() for c in cells if c is not None}:
            return i
    return None


def _tidy(
    header: Sequence[Any],
    body: Sequence[tuple[int, Sequence[Any]]],
    indicators: Indicators,
    source: str,
    label: Labeller,
    header_label: str,
    where: str,
) -> ObservationSet:
    """A table with the columns of an observation CSV, read as the CSV reader reads one."""
    columns = ["" if c is None else str(c).strip() for c in header]
    width = max((i + 1 for i, c in enumerate(columns) if c), default=0)
    columns = columns[:width]
    problems, ignored = header_problems(columns, indicators, header_label)
    reader = _Reader(indicators, source, ignored, None)
    reader.problems.extend((-1, p) for p in problems)
    if any(p.code == "missing-column" for p in problems):
        raise ObservationError(problems)
    for number, cells in body:
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            continue
        extra = [c for c in cells[width:] if c is not None and str(c).strip()]
        if extra:  # as the CSV reader reports a line with more fields than its header
            message = f"{len(extra)} cell(s) beyond the header's {width} columns; expected none"
            problem = Problem(label(number, None), extra, message, "extra-fields")
            reader.problems.append((number, problem))
            continue
        record = dict(zip(columns, (_plain(c) for c in cells[:width]), strict=False))
        reader.read(record, label(number, None), number)
    return reader.finish(ObservationSet)


def _plain(value: Any) -> Any:
    from datetime import datetime

    if isinstance(value, datetime) and not (value.hour or value.minute or value.second):
        return value.date()
    return value


# --- files ------------------------------------------------------------------------------


def _read_csv(
    path: Path, indicators: Indicators, given: AnyMapping | None, decimal: str | None,
    source: str,
) -> ObservationSet:  # fmt: skip
    if isinstance(given, Dhis2Mapping):
        return _read_dhis2(path, indicators, given, decimal, source)
    if isinstance(given, SdmxMapping) or (given is None and _is_sdmx(path)):
        sdmx = given if isinstance(given, SdmxMapping) else None
        found = read_sdmx_csv(path, indicators, mapping=sdmx, source=source, decimal=decimal)
        return found.observations
    mapping = _column_mapping(given, path)
    if mapping is None:
        return ObservationSet.from_csv(path, indicators, source=source, decimal=decimal)
    name = os.fspath(path)
    rows: list[tuple[int, Sequence[Any]]] = []
    try:
        with open(name, encoding="utf-8-sig", newline="") as stream:
            reader = csv.reader(
                limited_lines(stream, MAX_CSV_CHARS, MAX_CSV_LINE, MAX_CSV_LINES), strict=True
            )
            line = 0
            for cells in reader:
                rows.append((line + 1, cells))
                line = reader.line_num
    except UnicodeDecodeError as exc:
        raise ObservationError([_not_utf8(name, exc)]) from None
    except TooLarge as exc:
        raise _too_large(exc) from None
    except (OSError, csv.Error) as exc:
        raise ObservationError.single(
            name, None, f"cannot read the CSV file: {exc}; expected a UTF-8 CSV file", "csv"
        ) from None
    with decimal_mark(decimal):
        return observations_from_rows(rows, indicators, mapping=mapping, source=source, where=name)


def _read_xlsx(
    path: Path, indicators: Indicators, given: AnyMapping | None, decimal: str | None,
    source: str,
) -> ObservationSet:  # fmt: skip
    mapping = _column_mapping(given, path)
    name = os.fspath(path)
    sheet: Sheet = read_sheet(name, mapping.sheet if mapping is not None else None)
    with decimal_mark(decimal):
        return observations_from_rows(
            sheet.rows,
            indicators,
            mapping=mapping,
            source=source,
            label=sheet.label,
            where=f"{name}: sheet {sheet.name!r}",
        )


def _read_dhis2(
    path: Path, indicators: Indicators, given: AnyMapping | None, decimal: str | None,
    source: str,
) -> ObservationSet:  # fmt: skip
    if not isinstance(given, Dhis2Mapping):
        raise ObservationError.single(
            os.fspath(path),
            None,
            "a DHIS2 dataValueSets export is read through a mapping of its data elements "
            "and organisation units; expected a DHIS2 mapping (data_elements, org_units)",
            "no-mapping",
        )
    with decimal_mark(decimal):
        return read_dhis2(path, indicators, given, source=source).observations


#: The reader of each file suffix (lower case, with its dot). One line adds a format.
READERS: dict[str, Reader] = {
    ".csv": _read_csv,
    ".json": _read_dhis2,
    ".xlsx": _read_xlsx,
    ".xlsm": _read_xlsx,
}


#: Suffixes of files that are not text: refused by name rather than read as CSV, as a
#: file with another suffix or none (a pipe, ``/dev/stdin``) is.
NOT_TEXT = frozenset({".xls", ".ods", ".parquet", ".pdf", ".docx", ".doc", ".zip"})


def read_observations(
    path: str | os.PathLike[str],
    indicators: Indicators,
    *,
    mapping: MappingLike | None = None,
    decimal: str | None = None,
    source: str = "",
) -> ObservationSet:
    """Observations from a file, read by its suffix (:data:`READERS`); a file with another
    suffix, or none, is read as CSV.

    Args:
        path: The file: ``.csv``, ``.xlsx`` or ``.xlsm`` (Excel needs the ``excel`` extra).
        indicators: The indicators observed (a plan's ``used_indicators()``).
        mapping: How the file's columns become fields: a :class:`ColumnMapping`, a YAML or
            JSON file holding one, or plain data; None for the columns of an observation CSV.
        decimal: The decimal mark of numbers written as text (``","`` or ``"."``).
        source: The source of rows that give none.

    Raises:
        ObservationError: an unknown suffix, or every problem of the file's rows.
        ColumnMappingError: the mapping is malformed.
    """
    found = Path(path)
    suffix = found.suffix.lower()
    reader = READERS.get(suffix) or (None if suffix in NOT_TEXT else _read_csv)
    if reader is None:
        raise ObservationError.single(
            os.fspath(path),
            found.suffix,
            f"no reader for {found.suffix or 'a file without a suffix'!r}; expected one of "
            f"{', '.join(sorted(READERS))}",
            "unknown-format",
        )
    return reader(found, indicators, _mapping(mapping, found), decimal, source)


def read_frame(
    frame: Any,
    indicators: Indicators,
    *,
    mapping: MappingLike,
    decimal: str | None = None,
    source: str = "",
) -> ObservationSet:
    """Observations from a pandas or polars dataframe through a mapping.

    Rows are named ``row i`` (i from 0) and their columns by header. Missing values
    (None, NaN, ``pd.NA``) are empty cells; floats are read by their shortest decimal.

    Raises:
        ObservationError: listing every problem of every row.
        ColumnMappingError: the mapping is malformed.
    """
    if isinstance(mapping, ColumnMapping):
        found = mapping
    elif isinstance(mapping, Mapping):
        found = ColumnMapping.from_dict(mapping)
    elif isinstance(mapping, str | os.PathLike):
        found = ColumnMapping.load(mapping)
    else:
        raise ColumnMappingError.single(
            "mapping", type(mapping).__name__, "expected a column mapping for a dataframe"
        )
    header = [str(c) for c in frame.columns]
    if hasattr(frame, "iter_rows"):  # polars
        body = [tuple(row) for row in frame.iter_rows()]
    else:  # pandas
        body = [tuple(row) for row in frame.itertuples(index=False, name=None)]
    rows: list[tuple[int, Sequence[Any]]] = [(-1, header)]
    rows += [(i, [_frame_cell(v) for v in row]) for i, row in enumerate(body)]
    with decimal_mark(decimal):
        return _from_rows(
            rows,
            0,
            indicators,
            found,
            source,
            lambda row, column: "columns" if row < 0 else f"row {row}",
            "frame",
        )


def _frame_cell(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float):
        return None if value != value else value
    kind = type(value)
    if kind.__name__ in ("NAType", "NaTType"):
        return None
    if kind.__module__ == "numpy" and hasattr(value, "item"):
        item = value.item()
        if isinstance(item, float):
            return None if item != item else (str(value) if value.dtype.itemsize < 8 else item)
        return item
    return value
