"""SDMX-CSV: read a data message (version 1.0 or 2.0) into observations, write
observations or results as one.

An SDMX-CSV 2.0 message starts with the columns ``STRUCTURE`` (``dataflow``,
``datastructure`` or ``dataprovision``), ``STRUCTURE_ID`` (``AGENCY:ID(VERSION)``),
optionally ``STRUCTURE_NAME`` and ``ACTION`` (``I``, ``A``, ``R``, ``D``), then the
dimensions, the measures (``OBS_VALUE``) and the attributes; a 1.0 message starts with
one ``DATAFLOW`` column. The field separator is the character after ``STRUCTURE`` (or
``DATAFLOW``) and its optional ``[;]`` term: ``,`` or ``;``. Headers and codes written
with ``labels=both`` (``DIM_1: Dimension 1``, ``A: Value A``) are read by their ids.

An :class:`SdmxMapping` says which column holds the indicator, the unit code and the
period, which columns are dimensions of the indicators, and how codes translate; by
default ``INDICATOR``, ``REF_AREA``, ``TIME_PERIOD``, ``OBS_VALUE`` and
``UNIT_MEASURE``. Periods are read by :func:`cchc_model.io.period_codes.from_sdmx`.

Nothing is dropped silently: a row to be deleted (``ACTION`` ``D``), a row without a
value (attributes of a partial key), a row of an indicator not given, is listed in
:attr:`Imported.skipped`; every other column is listed in
:attr:`Imported.ignored_columns`.

Source: the SDMX-CSV field guides of the SDMX Technical Working Group
(``sdmx-twg/sdmx-csv``, versions 1.0 and 2.0).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Mapping
from typing import Any, Literal, TextIO

import attrs

from ..exceptions import Problem, ValidationError
from ..model.indicators import Indicator
from ..model.units import decimal_mark, format_number
from ..rules.results import EvaluationLike, Result
from .files import TooLarge, limited_lines
from .interchange import (
    Imported,
    MappingError,
    Skipped,
    at,
    load_mapping_document,
    observations_from,
    value_problems,
    warn_skipped,
)
from .observations import ObservationError, ObservationSet
from .period_codes import from_sdmx, to_sdmx

__all__ = ["SdmxMapping", "read_sdmx_csv", "write_sdmx_csv"]

#: The most characters an SDMX-CSV message may hold, counted as it is read.
MAX_SDMX_CHARS = 2_000_000_000
#: The longest line of an SDMX-CSV message, in characters.
MAX_SDMX_LINE = 1_000_000

_STRUCTURE_COLUMNS = (
    "STRUCTURE",
    "STRUCTURE_ID",
    "STRUCTURE_NAME",
    "ACTION",
    "SERIES_KEY",
    "OBS_KEY",
)
_STRUCTURES = ("dataflow", "datastructure", "dataprovision")


def _names(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _table(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    out = []
    for pair in items:
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            raise MappingError.single("", pair, f"{pair!r} is not a pair; expected code: value")
        key, item = pair
        if not isinstance(key, str) or not isinstance(item, str) or not key or not item:
            raise MappingError.single(str(key), item, f"{key!r}: {item!r}; expected text", "type")
        out.append((key, item))
    return tuple(sorted(out))


def _check(instance: SdmxMapping) -> None:
    problems = []
    named = [
        ("indicator", instance.indicator),
        ("area", instance.area),
        ("period", instance.period),
        ("value", instance.value),
        ("unit", instance.unit),
        ("numerator", instance.numerator),
        ("denominator", instance.denominator),
        ("weight", instance.weight),
        ("basis", instance.basis),
        *((f"dimensions[{i}]", d) for i, d in enumerate(instance.dimensions)),
    ]
    seen: dict[str, str] = {}
    for role, column in named:
        if not isinstance(column, str) or not column.strip():
            problems.append(Problem(role, column, f"{column!r} is not a column name", "type"))
            continue
        if column in seen:
            problems.append(
                Problem(
                    role,
                    column,
                    f"column {column} is also the {seen[column]}; expected one use for each column",
                    "duplicate",
                )
            )
        seen.setdefault(column, role)
    if problems:
        raise MappingError(problems)


@attrs.frozen(kw_only=True)
class SdmxMapping:
    """Which SDMX-CSV columns are which observation fields.

    Attributes:
        indicator: The dimension holding the indicator.
        area: The dimension holding the unit (``REF_AREA``).
        period: The time dimension.
        value: The measure holding the value.
        unit: The attribute holding the value's unit (``UNIT_MEASURE``), if present.
        numerator, denominator: The measures holding a ratio's counts, if present.
        weight: The attribute holding a value's weight, if present.
        basis: The attribute holding the basis (``territory`` or ``own``), if present.
        dimensions: The columns that are dimensions of the indicators: their codes
            are members.
        indicator_codes: Indicator code → indicator id, where they differ.
        area_codes: Area code → unit code, where they differ.
        unit_codes: Unit code → unit name (``PT`` → ``percent``), where they differ.

    Example:
        >>> SdmxMapping.from_dict({"indicator": "DIM_1", "dimensions": ["SEX"]}).period
        'TIME_PERIOD'
    """

    indicator: str = "INDICATOR"
    area: str = "REF_AREA"
    period: str = "TIME_PERIOD"
    value: str = "OBS_VALUE"
    unit: str = "UNIT_MEASURE"
    numerator: str = "NUMERATOR"
    denominator: str = "DENOMINATOR"
    weight: str = "WEIGHT"
    basis: str = "BASIS"
    dimensions: tuple[str, ...] = attrs.field(default=(), converter=_names)
    indicator_codes: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_table)
    area_codes: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_table)
    unit_codes: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_table)

    def __attrs_post_init__(self) -> None:
        _check(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SdmxMapping:
        """A mapping from plain data (as a YAML or JSON mapping file holds it).

        Raises:
            MappingError: listing every problem.
        """
        if not isinstance(data, Mapping):
            raise MappingError.single("", data, "expected a mapping of column roles")
        known = {f.name for f in attrs.fields(cls)}
        unknown = [
            Problem(str(k), v, f"unknown key; expected one of {sorted(known)}", "unknown-key")
            for k, v in data.items()
            if k not in known
        ]
        if unknown:
            raise MappingError(unknown)
        try:
            return cls(**data)
        except ValidationError as exc:
            raise MappingError(exc.problems) from None

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> SdmxMapping:
        """A mapping read from a YAML or JSON file (``.json`` is JSON).

        Raises:
            MappingError: the file cannot be read, or the mapping breaks a rule.
        """
        return cls.from_dict(load_mapping_document(path))


# --- reading -------------------------------------------------------------------------


def _separator(first_line: str) -> tuple[str, int]:
    """The field separator of a message, and its version (1 or 2), from the first line."""
    text = first_line.lstrip("\ufeff")
    for word, version in (("STRUCTURE", 2), ("DATAFLOW", 1)):
        if text.upper().startswith(word):
            rest = text[len(word) :]
            if rest.startswith("["):
                end = rest.find("]")
                rest = rest[end + 1 :] if end >= 0 else rest
            if rest[:1] in (",", ";", "\t", "|"):
                return rest[0], version
            return ",", version
    raise ObservationError.single(
        "line 1",
        first_line[:80],
        "the first column is neither STRUCTURE (SDMX-CSV 2.0) nor DATAFLOW (SDMX-CSV 1.0); "
        "expected an SDMX-CSV data message",
        "missing-column",
    )


def _id(text: str) -> str:
    """An id written with its label (``A: Value A``, ``DIM_1: Dimension 1``) as its id."""
    head, sep, _ = text.partition(": ")
    return head.strip() if sep else text.strip()


def read_sdmx_csv(
    message: str | os.PathLike[str] | TextIO,
    indicators: Iterable[Indicator] | Mapping[str, Indicator],
    *,
    mapping: SdmxMapping | None = None,
    source: str = "",
    decimal: str | None = None,
) -> Imported:
    """Read an SDMX-CSV data message (1.0 or 2.0) into observations.

    Args:
        message: A path, the message's text (it holds a line break), or a text stream.
        indicators: The indicators the observations measure.
        mapping: Which columns are which; the default reads ``INDICATOR``,
            ``REF_AREA``, ``TIME_PERIOD``, ``OBS_VALUE`` and ``UNIT_MEASURE``.
        source: The source of every observation.
        decimal: The decimal mark, when values are written with ``,`` (as with a ``;``
            separator) and may be read as grouping (``1,500``).

    Returns:
        The observations; every row left out (to be deleted, without a value, of an
        indicator not given) with its reason; every column read past.

    Raises:
        ObservationError: listing every bad row: ``line 7: OBS_VALUE``, what was found
            and what was expected.
    """
    mapping = mapping or SdmxMapping()
    if isinstance(message, os.PathLike) or (isinstance(message, str) and "\n" not in message):
        name = os.fspath(message)
        try:
            with open(name, encoding="utf-8-sig", newline="") as stream:
                return _read(stream, indicators, mapping, source, decimal)
        except UnicodeDecodeError as exc:
            raise ObservationError.single(
                name, None, f"the file is not UTF-8 ({exc.reason}); expected UTF-8", "encoding"
            ) from None
        except OSError as exc:
            raise ObservationError.single(
                name, None, f"cannot read the file: {exc.strerror or exc}", "unreadable"
            ) from None
    if isinstance(message, str):
        return _read(io.StringIO(message), indicators, mapping, source, decimal)
    return _read(message, indicators, mapping, source, decimal)


def _read(
    stream: TextIO,
    indicators: Iterable[Indicator] | Mapping[str, Indicator],
    mapping: SdmxMapping,
    source: str,
    decimal: str | None,
) -> Imported:
    lines = limited_lines(stream, MAX_SDMX_CHARS, MAX_SDMX_LINE)
    try:
        first = next(lines, None)
        if first is None:
            raise ObservationError.single(
                "line 1", None, "the message is empty; expected a header line", "missing-column"
            )
        separator, version = _separator(first)

        def all_lines() -> Iterable[str]:
            yield first
            yield from lines

        reader = csv.reader(all_lines(), delimiter=separator, strict=True)
        header = [_id(name.lstrip("\ufeff")) for name in next(reader)]
        header[0] = header[0].split("[", 1)[0].upper()
        with decimal_mark(decimal):
            return _rows(reader, header, version, indicators, mapping, source)
    except csv.Error as exc:
        raise ObservationError.single("line 1", None, f"unreadable CSV ({exc})", "csv") from None
    except TooLarge as exc:
        raise ObservationError.single(
            f"line {exc.line}",
            None,
            f"{exc}; expected a message within MAX_SDMX_CHARS",
            "too-large",
        ) from None


def _rows(
    reader: Any,
    header: list[str],
    version: int,
    indicators: Iterable[Indicator] | Mapping[str, Indicator],
    mapping: SdmxMapping,
    source: str,
) -> Imported:
    table = indicators if isinstance(indicators, Mapping) else {i.id: i for i in indicators}
    problems: list[Problem] = []
    seen: set[str] = set()
    for name in header:
        if name in seen:
            problems.append(
                Problem(
                    "line 1", name, f"column {name!r} appears twice; expected it once", "duplicate"
                )
            )
        seen.add(name)
    for role, column in (
        ("indicator", mapping.indicator),
        ("area", mapping.area),
        ("period", mapping.period),
    ):
        if column not in header:
            problems.append(
                Problem(
                    "line 1",
                    column,
                    f"no column {column} (the {role}); expected it, or a "
                    "mapping naming the column that holds it",
                    "missing-column",
                )
            )
    if problems:
        raise ObservationError(problems)
    structure = set(_STRUCTURE_COLUMNS[:4] if version == 2 else ("DATAFLOW",))
    structure |= {"SERIES_KEY", "OBS_KEY"}
    fields = {
        mapping.indicator: "indicator",
        mapping.area: "code",
        mapping.period: "period",
        mapping.value: "value",
        mapping.unit: "unit",
        mapping.numerator: "numerator",
        mapping.denominator: "denominator",
        mapping.weight: "weight",
        mapping.basis: "basis",
    }
    dimensions = set(mapping.dimensions)
    ignored = [c for c in header if c not in fields and c not in dimensions and c not in structure]
    indicator_codes = dict(mapping.indicator_codes)
    area_codes = dict(mapping.area_codes)
    unit_codes = dict(mapping.unit_codes)
    coded = {mapping.indicator, mapping.area, mapping.unit, mapping.period, *dimensions}
    records: list[dict[str, Any]] = []
    labels: list[str] = []
    columns_of: list[dict[str, str]] = []
    skipped: list[Skipped] = []
    width = len(header)
    line = reader.line_num
    for cells in reader:
        start, line = line + 1, reader.line_num
        if not any(c.strip() for c in cells):
            continue
        label = f"line {start}"
        if len(cells) > width:
            problems.append(
                Problem(
                    label, cells, f"{len(cells)} fields; expected at most {width}", "extra-fields"
                )
            )
            continue
        row = {
            name: (_id(cell) if name in coded else cell.strip())
            for name, cell in zip(header, cells, strict=False)
        }
        if version == 2:
            kind = row.get("STRUCTURE", "").strip().lower()
            if kind not in _STRUCTURES:
                problems.append(
                    Problem(
                        at(label, "STRUCTURE"),
                        row.get("STRUCTURE"),
                        "expected dataflow, datastructure or dataprovision",
                        "invalid",
                    )
                )
                continue
            action = row.get("ACTION", "I").strip().upper() or "I"
            if action == "D":
                skipped.append(
                    Skipped(label, "the row is to be deleted (ACTION D)", "delete-action")
                )
                continue
            if action not in ("I", "A", "R"):
                problems.append(
                    Problem(at(label, "ACTION"), action, "expected I, A, R or D", "invalid")
                )
                continue
        if not any(row.get(c) for c in (mapping.value, mapping.numerator, mapping.denominator)):
            skipped.append(
                Skipped(label, f"no {mapping.value}: the row gives no value", "no-value")
            )
            continue
        code = row.get(mapping.indicator, "")
        indicator = indicator_codes.get(code, code if not indicator_codes else "")
        if indicator not in table:
            skipped.append(
                Skipped(
                    label,
                    f"indicator {code!r} is not among the indicators given",
                    "unknown-indicator",
                )
            )
            continue
        record: dict[str, Any] = {"indicator": indicator, "source": source}
        used = {"indicator": mapping.indicator}
        for column, field in fields.items():
            text = row.get(column, "")
            if not text or field == "indicator":
                continue
            if field == "code":
                text = area_codes.get(text, text)
            elif field == "unit":
                text = unit_codes.get(text, text)
            elif field == "period":
                try:
                    record["period"] = from_sdmx(text)
                except ValidationError as exc:
                    problems.extend(
                        Problem(at(label, column), text, p.message, p.code) for p in exc.problems
                    )
                    record["period"] = None
                used[field] = column
                continue
            record[field] = text
            used[field] = column
        members = {d: row[d] for d in mapping.dimensions if row.get(d)}
        if members:
            record["members"] = members
            used.update({f"members.{d}": d for d in members})
        if record.get("period", "") is None:
            if "value" in record:  # the row gives no observation: its value is read alone
                problems.extend(
                    value_problems(table[indicator], record["value"], at(label, used["value"]))
                )
            continue
        records.append(record)
        labels.append(label)
        columns_of.append(used)

    def where(index: int, field: str) -> str:
        column = columns_of[index].get(field) or columns_of[index].get(field.partition(".")[0])
        return at(labels[index], column or field)

    observations = observations_from(records, table, source, where, problems)
    warn_skipped(skipped, "the SDMX-CSV message", 4)
    return Imported(observations, skipped, ignored)


# --- writing -------------------------------------------------------------------------


def write_sdmx_csv(
    source: ObservationSet | EvaluationLike | Iterable[Result],
    *,
    structure_id: str = "CCHC:DF_CCHC(1.0)",
    mapping: SdmxMapping | None = None,
    version: Literal["1.0", "2.0"] = "2.0",
    structure: Literal["dataflow", "datastructure", "dataprovision"] = "dataflow",
    reporting_periods: bool = False,
) -> str:
    """Observations or results as an SDMX-CSV data message.

    Observations are written one a row: indicator, area, their dimension members,
    period, then ``OBS_VALUE`` (or the ratio's ``NUMERATOR`` and ``DENOMINATOR``), and
    the unit, weight and basis where any observation has one; :func:`read_sdmx_csv`
    reads them back equal. Results are written one a row with the target
    (``TARGET``) as a dimension, the observed value as ``OBS_VALUE`` and the status as
    the attribute ``TARGET_STATUS``.

    Args:
        source: An :class:`ObservationSet`, an evaluation, or results.
        structure_id: The structure's identification, ``AGENCY:ID(VERSION)``.
        mapping: The column names (default: ``INDICATOR``, ``REF_AREA`` …).
        version: ``"2.0"`` (``STRUCTURE``, ``STRUCTURE_ID``, ``ACTION``) or ``"1.0"``
            (``DATAFLOW``).
        structure: The kind of structure of a 2.0 message.
        reporting_periods: Write years, months and days as ``2023-A1``, ``2023-M01``,
            ``2023-D001`` (:func:`~cchc_model.io.period_codes.to_sdmx`).
    """
    mapping = mapping or SdmxMapping()
    if version not in ("1.0", "2.0"):
        raise ValueError(f"version {version!r}; expected '1.0' or '2.0'")
    lead = ["DATAFLOW"] if version == "1.0" else ["STRUCTURE", "STRUCTURE_ID", "ACTION"]
    lead_cells = [structure_id] if version == "1.0" else [structure, structure_id, "I"]
    if isinstance(source, ObservationSet):
        columns, rows = _observation_rows(source, mapping, reporting_periods)
    else:
        results = source.results if hasattr(source, "results") else tuple(source)
        columns, rows = _result_rows(results, mapping, reporting_periods)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*lead, *columns])
    for row in rows:
        writer.writerow([*lead_cells, *(row.get(c, "") for c in columns)])
    return buffer.getvalue()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    return format_number(value)


def _observation_rows(
    source: ObservationSet, mapping: SdmxMapping, reporting: bool
) -> tuple[list[str], list[dict[str, str]]]:
    indicator_codes = {v: k for k, v in mapping.indicator_codes}
    area_codes = {v: k for k, v in mapping.area_codes}
    unit_codes = {v: k for k, v in mapping.unit_codes}
    rows = []
    dims: dict[str, None] = {}
    for point in source:
        o = point.observation
        row = {
            mapping.indicator: indicator_codes.get(o.indicator, o.indicator),
            mapping.area: area_codes.get(o.code, o.code),
            mapping.period: to_sdmx(o.period, reporting=reporting),
            mapping.value: _text(o.value),
            mapping.numerator: _text(o.numerator),
            mapping.denominator: _text(o.denominator),
            mapping.weight: _text(o.weight),
            mapping.unit: unit_codes.get(o.unit, o.unit) if o.unit else "",
            mapping.basis: o.basis.value if o.basis.value != "territory" else "",
        }
        for dim, member in o.members:
            row[dim] = member
            dims.setdefault(dim)
        rows.append(row)
    extra = [d for d in sorted(dims) if d not in mapping.dimensions]
    if extra:
        raise MappingError.single(
            "dimensions",
            extra,
            f"the observations have members of {extra}, which are not "
            "among the mapping's dimensions; expected them in SdmxMapping.dimensions",
            "unmapped",
        )
    columns = [mapping.indicator, mapping.area, *(d for d in mapping.dimensions if d in dims)]
    columns.append(mapping.period)
    optional = (
        mapping.value,
        mapping.numerator,
        mapping.denominator,
        mapping.unit,
        mapping.weight,
        mapping.basis,
    )
    columns.extend(c for c in optional if c == mapping.value or any(r[c] for r in rows))
    return columns, rows


def _result_rows(
    results: Iterable[Result], mapping: SdmxMapping, reporting: bool
) -> tuple[list[str], list[dict[str, str]]]:
    area_codes = {v: k for k, v in mapping.area_codes}
    rows = []
    for result in results:
        rows.append(
            {
                "TARGET": result.target.id,
                mapping.area: area_codes.get(result.code, result.code),
                mapping.period: to_sdmx(result.period, reporting=reporting),
                mapping.value: _text(result.observed),
                mapping.unit: result.unit or "",
                "TARGET_STATUS": result.status.value,
            }
        )
    columns = ["TARGET", mapping.area, mapping.period, mapping.value, mapping.unit, "TARGET_STATUS"]
    return columns, rows
