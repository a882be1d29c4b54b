"""A column mapping: how the columns of any table become observation fields.

Reports rarely have the columns ``indicator, code, period, value``. A
:class:`ColumnMapping` says which column holds which field (``code: MA_DVHC``), which
fields are the same on every row (``indicator: online``), and, for the common layout
with one column per year or per level, which columns to melt into rows
(:class:`WideColumns`). It is written in YAML or JSON::

    columns:
      code: MA_DVHC
    constants:
      indicator: satisfaction_tthc
    wide:
      field: period          # each column holds one period...
      pattern: "Năm (\\d{4})" # ...named by its header: "Năm 2023" is 2023
    code_width: 2            # "1" is the code "01" (only when declared)

and applied with :func:`map_rows` to a header and rows from any source (a CSV file, an
Excel sheet, a dataframe). Every row that gives no observation is counted and listed in
:attr:`MappedRows.unmapped`; every cell's problem keeps the row, and the column, it
came from.

Example:
    >>> mapping = ColumnMapping.from_dict(
    ...     {"columns": {"code": "MA_DVHC"}, "constants": {"indicator": "online"},
    ...      "wide": {"field": "period", "pattern": r"Năm (\\d{4})"}})
    >>> mapped = map_rows(mapping, ["MA_DVHC", "Năm 2023"], [(2, ["06", "85"])])
    >>> mapped.records
    [{'indicator': 'online', 'code': '06', 'period': '2023', 'value': '85'}]
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

import attrs

from ..exceptions import Problem
from ..validators import IDENTIFIER
from .interchange import MappingError, load_mapping_document
from .observations import FIELDS

__all__ = [
    "ColumnMapping",
    "ColumnMappingError",
    "MappedRows",
    "WideColumns",
    "find_header",
    "fold_header",
    "map_rows",
]
#: The fields a wide layout's cells may hold.
CELL_FIELDS = ("value", "numerator", "denominator", "weight")
#: The fields every observation needs, from a column, a constant or a wide layout.
REQUIRED = ("indicator", "code", "period")
#: How many rows are searched for the header when its row is not declared.
HEADER_SEARCH_ROWS = 50


class ColumnMappingError(MappingError):
    """A column mapping is malformed, or does not fit the table; :attr:`problems` lists all."""


def fold_header(text: Any) -> str:
    """A header as it is matched: NFC, blanks (line breaks too) collapsed, case folded."""
    if text is None:
        return ""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    return " ".join(unicodedata.normalize("NFC", str(text)).split()).casefold()


def _is_field(name: str) -> bool:
    return name in FIELDS or IDENTIFIER.fullmatch(name) is not None


def _text_mapping(value: Any) -> Mapping[str, str]:
    if isinstance(value, Mapping):
        return MappingProxyType({str(k): _text(v) for k, v in value.items()})
    return value  # type: ignore[no-any-return]  # the validator reports it


def _text(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return value  # type: ignore[return-value]  # the validator reports it
    if isinstance(value, int | float | date):
        return str(value)
    return value  # type: ignore[no-any-return]


def _check_text_mapping(what: str) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, Mapping):
            raise ColumnMappingError.single(
                attribute.name, value, f"{value!r} is not a mapping; expected {what}", "type"
            )
        bad = [
            Problem(f"{attribute.name}.{k}", v, f"{v!r} is not text; expected {what}", "type")
            for k, v in value.items()
            if not isinstance(v, str) or not v.strip()
        ]
        if bad:
            raise ColumnMappingError(bad)

    return check


@attrs.frozen(kw_only=True)
class WideColumns:
    """Several columns that each hold one period, one member or one indicator, melted into
    one observation per cell.

    Attributes:
        field: What the columns stand for: ``period``, ``indicator``, ``code`` (one
            column per unit), or a dimension id (one column per level, say).
        columns: Headers and what each stands for, e.g. ``{"Năm 2023": "2023"}``.
        pattern: A regular expression with one group: a header it matches in full stands
            for the group's text (``Năm (\\d{4})`` reads ``Năm 2024`` as 2024). Headers
            listed in ``columns`` come first.
        into: The field the cells hold: ``value`` (default), ``numerator``,
            ``denominator`` or ``weight``.
    """

    field: str = attrs.field()
    columns: Mapping[str, str] = attrs.field(
        factory=dict,
        converter=_text_mapping,
        validator=_check_text_mapping("what a column stands for, such as '2023'"),
    )
    pattern: str | None = attrs.field(default=None)
    into: str = attrs.field(default="value")

    @field.validator
    def _check_field(self, attribute: attrs.Attribute[str], value: str) -> None:
        allowed = value in ("period", "indicator", "code") or (
            isinstance(value, str) and value not in FIELDS and _is_field(value)
        )
        if not allowed:
            raise ColumnMappingError.single(
                "wide.field",
                value,
                f"{value!r} cannot be spread over columns; expected period, indicator, code "
                "or a dimension id",
            )

    @pattern.validator
    def _check_pattern(self, attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is None:
            if not self.columns:
                raise ColumnMappingError.single(
                    "wide",
                    None,
                    "neither columns nor a pattern; expected the headers of the wide columns, "
                    "or a pattern that matches them",
                    "missing",
                )
            return
        try:
            groups = re.compile(value).groups if isinstance(value, str) else -1
        except re.error as exc:
            groups = -1
            reason = f"not a regular expression ({exc})"
        else:
            reason = f"{groups} groups" if groups >= 0 else "not text"
        if groups != 1:
            raise ColumnMappingError.single(
                "wide.pattern",
                value,
                f"{reason}; expected a regular expression with one group, e.g. 'Năm (\\d{{4}})'",
            )

    @into.validator
    def _check_into(self, attribute: attrs.Attribute[str], value: str) -> None:
        if value not in CELL_FIELDS:
            raise ColumnMappingError.single(
                "wide.into",
                value,
                f"{value!r} is not a field a cell holds; expected one of {', '.join(CELL_FIELDS)}",
            )

    def stands_for(self, header: Any) -> str | None:
        """What the column with this header stands for; None if it is not a wide column."""
        folded = fold_header(header)
        for name, meaning in self.columns.items():
            if fold_header(name) == folded:
                return meaning
        if self.pattern is not None and header is not None:
            text = " ".join(unicodedata.normalize("NFC", str(header)).split())
            found = re.fullmatch(self.pattern, text)
            if found is not None and found.group(1):
                return found.group(1)
        return None


def _check_fields(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    bad = [
        Problem(
            f"{attribute.name}.{k}",
            k,
            f"{k!r} is not a field; expected one of {', '.join(FIELDS)} or a dimension id",
            "unknown-field",
        )
        for k in value
        if not _is_field(k)
    ]
    if bad:
        raise ColumnMappingError(bad)


def _to_wide(value: Any) -> Any:
    if isinstance(value, Mapping):
        return _from_plain(WideColumns, value, "wide")
    return value


@attrs.frozen(kw_only=True)
class ColumnMapping:
    """Which source column, or which constant, gives each observation field.

    Attributes:
        columns: Field → the header of the column holding it, e.g. ``{"code": "MA_DVHC"}``.
            Fields are those of an observation CSV (indicator, code, period, value,
            numerator, denominator, weight, unit, basis, source, members) or dimension
            ids. Headers match whatever their case, accents composed or not, and blanks.
        constants: Field → the value every row has, e.g. ``{"indicator": "online"}``.
        wide: Columns melted into rows, one observation per non-empty cell.
        code_width: Pad codes written with digits only to this width with zeros
            (``1`` → ``01`` for provinces); only when declared, never guessed.
        sheet: The sheet of a workbook to read (its name); the first sheet by default.
        header_row: The row of the header, from 1; found by default (the first of the
            first 50 rows that has every named column).

    Raises:
        ColumnMappingError: a field given twice, an unknown field, a required field
            (indicator, code, period) or the value missing, a malformed wide layout.
    """

    columns: Mapping[str, str] = attrs.field(
        factory=dict,
        converter=_text_mapping,
        validator=[_check_text_mapping("a column header"), _check_fields],
    )
    constants: Mapping[str, str] = attrs.field(
        factory=dict,
        converter=_text_mapping,
        validator=[_check_text_mapping("the value of the field on every row"), _check_fields],
    )
    wide: WideColumns | None = attrs.field(
        default=None,
        converter=_to_wide,
        validator=attrs.validators.optional(attrs.validators.instance_of(WideColumns)),
    )
    code_width: int | None = attrs.field(default=None)
    sheet: str | None = attrs.field(default=None)
    header_row: int | None = attrs.field(default=None)

    @code_width.validator
    def _check_width(self, attribute: attrs.Attribute[int | None], value: int | None) -> None:
        _check_count("code_width", value, 1, 12)

    @header_row.validator
    def _check_header_row(self, attribute: attrs.Attribute[int | None], value: int | None) -> None:
        _check_count("header_row", value, 1, 1_048_576)

    @sheet.validator
    def _check_sheet(self, attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise ColumnMappingError.single("sheet", value, f"{value!r}; expected a sheet's name")

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        given: dict[str, str] = {}
        sources = [("columns", k) for k in self.columns] + [
            ("constants", k) for k in self.constants
        ]
        if self.wide is not None:
            sources += [("wide.field", self.wide.field), ("wide.into", self.wide.into)]
        for where, name in sources:
            if name in given:
                problems.append(
                    Problem(
                        where,
                        name,
                        f"{name} is given by {given[name]} and by {where}; expected one source",
                        "duplicate",
                    )
                )
            given.setdefault(name, where)
        for name in REQUIRED:
            if name not in given:
                problems.append(
                    Problem(
                        "columns",
                        name,
                        f"no source for {name}; expected a column, a constant or a wide "
                        "layout giving it",
                        "missing",
                    )
                )
        if not any(name in given for name in ("value", "numerator", "denominator")):
            problems.append(
                Problem(
                    "columns",
                    "value",
                    "no source for the value; expected a value column, numerator and "
                    "denominator columns, or a wide layout",
                    "missing",
                )
            )
        if problems:
            raise ColumnMappingError(problems)

    # -- reading

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ColumnMapping:
        """A mapping from plain data, as read from YAML or JSON.

        Raises:
            ColumnMappingError: listing what is wrong.
        """
        found: ColumnMapping = _from_plain(cls, data, "")
        return found

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> ColumnMapping:
        """A mapping read from a YAML or JSON file (JSON is YAML).

        Raises:
            ColumnMappingError: the file cannot be read, is not YAML, or is not a mapping.
        """
        name = os.fspath(path)
        try:
            data = load_mapping_document(name)
        except MappingError as exc:
            raise ColumnMappingError(exc.problems) from None
        if not isinstance(data, Mapping):
            raise ColumnMappingError.single(
                name, data, "the file is not a mapping; expected keys such as columns, constants"
            )
        try:
            return cls.from_dict(data)
        except ColumnMappingError as exc:
            raise ColumnMappingError(
                attrs.evolve(p, path=f"{name}: {p.path}" if p.path else name) for p in exc.problems
            ) from None

    def named_columns(self) -> list[str]:
        """The headers the mapping names (the wide layout's listed ones included)."""
        names = list(self.columns.values())
        if self.wide is not None:
            names += list(self.wide.columns)
        return names

    def normalise_code(self, code: Any) -> Any:
        """A code as the mapping declares it: digits padded to :attr:`code_width`; a
        whole number from a numeric cell becomes its digits only then."""
        if self.code_width is None:
            return code
        if isinstance(code, int) and not isinstance(code, bool) and code >= 0:
            code = str(code)
        if isinstance(code, str):
            text = code.strip()
            if text.isascii() and text.isdigit():
                return text.zfill(self.code_width)
        return code


def _check_count(path: str, value: Any, low: int, high: int) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ColumnMappingError.single(
            path, value, f"{value!r}; expected a whole number from {low} to {high}"
        )


def _from_plain(kind: type[Any], data: Any, path: str) -> Any:
    if not isinstance(data, Mapping):
        raise ColumnMappingError.single(path, data, f"{data!r} is not a mapping; expected one")
    names = [a.name for a in attrs.fields(kind)]
    unknown = [k for k in data if k not in names]
    if unknown:
        raise ColumnMappingError(
            Problem(
                f"{path}.{k}" if path else str(k),
                k,
                f"unknown key {k!r}; expected one of {', '.join(names)}",
                "unknown-key",
            )
            for k in unknown
        )
    try:
        return kind(**{str(k): v for k, v in data.items()})
    except ColumnMappingError as exc:
        if not path:
            raise
        raise ColumnMappingError(
            attrs.evolve(p, path=p.path if p.path.startswith(path) else f"{path}.{p.path}")
            for p in exc.problems
        ) from None
    except TypeError as exc:  # a converter given the wrong kind of value
        raise ColumnMappingError.single(path, data, f"{exc}; expected a mapping of text") from None


# --- applying a mapping ---------------------------------------------------------------


@attrs.frozen
class MappedRows:
    """A table read through a mapping: records for :class:`ObservationSet`, and an account
    of everything that gave none.

    Attributes:
        records: One record per observation, with the keys of an observation CSV.
        labels: Where each record came from (``line 4``, ``'Báo cáo'!D7``).
        positions: The row number of each record, for ordering problems.
        problems: What is wrong with the header (a named column not found, twice).
        unmapped: Rows that are not blank but gave no observation, each with why.
        empty_cells: How many cells of wide columns were empty (not reported).
        ignored_columns: The headers the mapping does not name, which were not read.
    """

    records: list[dict[str, Any]]
    labels: list[str]
    positions: list[int]
    problems: list[Problem]
    unmapped: list[str]
    empty_cells: int
    ignored_columns: list[str]


#: A row label from the row number and the column index (None for the whole row).
Labeller = Callable[[int, int | None], str]


def _line_label(row: int, column: int | None) -> str:
    return f"line {row}"


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _plain_date(value: Any) -> Any:
    if isinstance(value, datetime) and value == datetime.combine(value.date(), datetime.min.time()):
        return value.date()
    return value


def _locate(
    mapping: ColumnMapping, header: Sequence[Any], header_label: str
) -> tuple[dict[str, int], list[tuple[int, str]], list[Problem], list[str]]:
    """Field → column index, the wide columns (index, meaning), problems, ignored headers."""
    folded = [fold_header(h) for h in header]
    problems: list[Problem] = []
    where: dict[str, int] = {}
    for field, name in mapping.columns.items():
        hits = [i for i, f in enumerate(folded) if f == fold_header(name)]
        if not hits:
            shown = ", ".join(repr(str(h)) for h in header if not _blank(h))
            problems.append(
                Problem(
                    header_label,
                    name,
                    f"no column {name!r} (for {field}); expected it among the headers "
                    f"({shown or 'none'})",
                    "missing-column",
                )
            )
        elif len(hits) > 1:
            problems.append(
                Problem(
                    header_label,
                    name,
                    f"column {name!r} (for {field}) appears {len(hits)} times; expected it once",
                    "duplicate",
                )
            )
        else:
            where[field] = hits[0]
    wide: list[tuple[int, str]] = []
    if mapping.wide is not None:
        taken = set(where.values())
        for i, h in enumerate(header):
            meaning = None if i in taken else mapping.wide.stands_for(h)
            if meaning is not None:
                wide.append((i, meaning))
        found = {fold_header(header[i]) for i, _ in wide}
        for name in mapping.wide.columns:
            if fold_header(name) not in found:
                problems.append(
                    Problem(
                        header_label,
                        name,
                        f"no column {name!r} (for wide.columns); expected it among the headers",
                        "missing-column",
                    )
                )
        if not wide and mapping.wide.pattern is not None:
            problems.append(
                Problem(
                    header_label,
                    mapping.wide.pattern,
                    f"no header matches the pattern {mapping.wide.pattern!r}; expected at least "
                    "one wide column",
                    "missing-column",
                )
            )
    used = set(where.values()) | {i for i, _ in wide}
    ignored = [str(h) for i, h in enumerate(header) if i not in used and not _blank(h)]
    return where, wide, problems, ignored


def find_header(mapping: ColumnMapping, rows: Sequence[Sequence[Any]]) -> int | None:
    """The index in ``rows`` of the first row holding every column the mapping names (and,
    for a wide pattern, a header it matches); None if none of the first rows does."""
    wanted = {fold_header(name) for name in mapping.named_columns()}
    for i, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        folded = {fold_header(c) for c in cells}
        if not wanted <= folded:
            continue
        wide = mapping.wide
        only_pattern = wide is not None and wide.pattern is not None and not wide.columns
        if only_pattern and not any(wide.stands_for(c) is not None for c in cells):  # type: ignore[union-attr]
            continue
        return i
    return None


def map_rows(
    mapping: ColumnMapping,
    header: Sequence[Any],
    rows: Iterable[tuple[int, Sequence[Any]]],
    label: Labeller = _line_label,
    header_label: str = "line 1",
) -> MappedRows:
    """Apply ``mapping`` to a table: ``header`` and ``(row number, cells)`` pairs.

    Cells are text, numbers, truth values, dates or None (empty). A field from a column
    takes the cell as it is; a constant is the same on every row; a wide layout gives
    one record per non-empty cell of its columns. Codes are padded when the mapping
    declares :attr:`~ColumnMapping.code_width`. A row that is not blank but gives no
    record (no mapped cell holds anything, or every wide cell is empty) is listed in
    :attr:`MappedRows.unmapped`.
    """
    where, wide, problems, ignored = _locate(mapping, header, header_label)
    out = MappedRows([], [], [], problems, [], 0, ignored)
    if problems:
        return out
    constants = dict(mapping.constants)
    empty = 0
    for number, cells in rows:
        if all(_blank(c) for c in cells):
            continue
        base: dict[str, Any] = dict(constants)
        for field, index in where.items():
            cell = cells[index] if index < len(cells) else None
            if not _blank(cell):
                base[field] = _plain_date(cell)
        if "code" in base:
            base["code"] = mapping.normalise_code(base["code"])
        if mapping.wide is None:
            if len(base) == len(constants):
                out.unmapped.append(f"{label(number, None)}: no mapped column holds a value")
                continue
            out.records.append(base)
            out.labels.append(label(number, None))
            out.positions.append(number)
            continue
        before = len(out.records)
        for index, meaning in wide:
            cell = cells[index] if index < len(cells) else None
            if _blank(cell):
                empty += 1
                continue
            record = dict(base)
            record[mapping.wide.field] = meaning
            record[mapping.wide.into] = _plain_date(cell)
            out.records.append(record)
            out.labels.append(label(number, index))
            out.positions.append(number)
        if len(out.records) == before:
            why = (
                "no mapped column holds a value"
                if len(base) == len(constants)
                else "every wide column is empty"
            )
            out.unmapped.append(f"{label(number, None)}: {why}")
    return attrs.evolve(out, empty_cells=empty)
