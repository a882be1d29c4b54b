"""DHIS2 ``dataValueSets``: read an export into observations, write values and statuses
back as a document DHIS2 imports.

A ``dataValueSets`` document lists data values, each a data element (with a category
option combination), an organisation unit, a period and a value: in JSON, either the
bulk form, with ``period`` and ``orgUnit`` on each value, or the form with them on the
set; in CSV, one value per line under a header (``dataelement, period, orgunit,
catoptcombo, attroptcombo, value, storedby, lastupdated, comment, followup, deleted``,
with the short and long spellings DHIS2 writes). A :class:`Dhis2Mapping` says which
data element (and category option combo) is which indicator, numerator or denominator
and dimension members, and which organisation unit is which unit code.

Reading keeps nothing back: a deleted value, a value of a data element or organisation
unit the mapping does not name, is listed in :attr:`Imported.skipped`; a numerator
without its denominator is a problem. Periods are read by
:func:`cchc_model.io.period_codes.from_dhis2` (every DHIS2 period type).

Sources: DHIS2 developer manual, "Data" (``/api/dataValueSets``: sending data values,
sending bulks, the CSV format) and "Date and period format".
"""

from __future__ import annotations

import csv
import enum
import io
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from fractions import Fraction
from typing import Any, Literal, TextIO

import attrs

from ..exceptions import Problem, ValidationError
from ..model.indicators import Indicator, MeasureKind
from ..model.periods import Period
from ..model.units import format_number
from ..rules.results import EvaluationLike, Result
from ..rules.status import Status
from .files import TooLarge, limited_lines
from .interchange import (
    Imported,
    MappingError,
    Skipped,
    at,
    load_mapping_document,
    observations_from,
    read_file_text,
    read_json_document,
    value_problems,
    warn_skipped,
)
from .observations import ObservationError, ObservationSet
from .period_codes import from_dhis2, to_dhis2

__all__ = [
    "DataElementRule",
    "Dhis2Mapping",
    "ResultRule",
    "Role",
    "read_dhis2",
    "write_dhis2",
    "write_dhis2_csv",
]

#: The largest DHIS2 JSON document read, in bytes (set it to read larger ones).
MAX_DHIS2_BYTES = 500_000_000
#: The most characters a DHIS2 CSV may hold, counted as it is read.
MAX_DHIS2_CSV_CHARS = 2_000_000_000
#: The longest line of a DHIS2 CSV, in characters.
MAX_DHIS2_CSV_LINE = 1_000_000

#: The option codes written for each status, unless the mapping names others.
STATUS_CODES: Mapping[str, str] = {
    Status.MET.value: "MET",
    Status.NOT_MET.value: "NOT_MET",
    Status.UNKNOWN.value: "UNKNOWN",
    Status.NOT_APPLICABLE.value: "NOT_APPLICABLE",
}


class Role(enum.Enum):
    """What a data element's value is of an observation."""

    VALUE = "value"
    NUMERATOR = "numerator"
    DENOMINATOR = "denominator"


def _identifier(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise MappingError.single(
            attribute.name, value, f"{value!r} is not an identifier; expected text", "type"
        )


def _optional_identifier(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _identifier(instance, attribute, value)


def _pairs(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    out = []
    for pair in items:
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            raise MappingError.single("", pair, f"{pair!r} is not a pair; expected key: value")
        key, item = pair
        if not isinstance(key, str) or not isinstance(item, str) or not key or not item:
            raise MappingError.single(
                str(key), item, f"{key!r}: {item!r} is not text: text; expected text", "type"
            )
        out.append((key, item))
    return tuple(sorted(out))


def _role(value: Role | str) -> Role:
    if isinstance(value, Role):
        return value
    try:
        return Role(value)
    except ValueError:
        raise MappingError.single(
            "role", value, f"{value!r} is not a role; expected value, numerator or denominator"
        ) from None


def _basis(value: str) -> str:
    if value not in ("territory", "own"):
        raise MappingError.single(
            "basis", value, f"{value!r} is not a basis; expected territory or own"
        )
    return value


@attrs.frozen(kw_only=True)
class DataElementRule:
    """Which observation a data element's values are.

    Attributes:
        data_element: The data element's identifier, as the export writes it (a uid, or a
            code with ``dataElementIdScheme=code``).
        indicator: The indicator id.
        role: ``value``, or the ``numerator`` or ``denominator`` of a ratio.
        category_option_combo: The category option combo this rule is for; ``None`` for
            any combo of the data element without a rule of its own.
        members: The indicator's dimension members the values are of.
        basis: ``territory`` (default) or ``own``.
    """

    data_element: str = attrs.field(validator=_identifier)
    indicator: str = attrs.field(validator=_identifier)
    role: Role = attrs.field(default=Role.VALUE, converter=_role)
    category_option_combo: str | None = attrs.field(default=None, validator=_optional_identifier)
    members: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    basis: str = attrs.field(default="territory", converter=_basis)


@attrs.frozen(kw_only=True)
class ResultRule:
    """Where a target's results go when written back.

    Attributes:
        target: The target id.
        value: The data element that takes the observed value, if any.
        status: The data element that takes the status as an option code, if any.
        category_option_combo: The category option combo of both, if not the default.
    """

    target: str = attrs.field(validator=_identifier)
    value: str | None = attrs.field(default=None, validator=_optional_identifier)
    status: str | None = attrs.field(default=None, validator=_optional_identifier)
    category_option_combo: str | None = attrs.field(default=None, validator=_optional_identifier)


def _status_codes(
    value: Mapping[str, str] | Iterable[tuple[str, str]],
) -> tuple[tuple[str, str], ...]:
    given = dict(_pairs(value))
    unknown = sorted(set(given) - set(STATUS_CODES))
    if unknown:
        raise MappingError.single(
            "status_codes",
            unknown,
            f"{unknown} are not statuses; expected {', '.join(STATUS_CODES)}",
        )
    return tuple(sorted({**STATUS_CODES, **given}.items()))


def _check_mapping(instance: Dhis2Mapping) -> None:
    problems: list[Problem] = []
    by_key: dict[tuple[str, str | None], int] = {}
    by_use: dict[tuple[str, Role, tuple[tuple[str, str], ...], str], int] = {}
    roles: dict[tuple[str, tuple[tuple[str, str], ...], str], set[Role]] = {}
    for i, rule in enumerate(instance.data_elements):
        if not isinstance(rule, DataElementRule):
            problems.append(
                Problem(f"data_elements[{i}]", rule, "expected a DataElementRule", "type")
            )
            continue
        key = (rule.data_element, rule.category_option_combo)
        if key in by_key:
            problems.append(
                Problem(
                    f"data_elements[{i}]",
                    key,
                    f"the data element {key[0]} (combo {key[1]}) is mapped twice, first at "
                    f"data_elements[{by_key[key]}]; expected one rule for each",
                    "duplicate",
                )
            )
        by_key.setdefault(key, i)
        use = (rule.indicator, rule.role, rule.members, rule.basis)
        if use in by_use:
            problems.append(
                Problem(
                    f"data_elements[{i}]",
                    rule.indicator,
                    f"data_elements[{by_use[use]}] is already the {rule.role.value} of "
                    f"{rule.indicator} for these members; expected one data element for each",
                    "duplicate",
                )
            )
        by_use.setdefault(use, i)
        roles.setdefault((rule.indicator, rule.members, rule.basis), set()).add(rule.role)
    for (indicator, members, _), found in roles.items():
        if (Role.NUMERATOR in found) != (Role.DENOMINATOR in found):
            half = "numerator" if Role.NUMERATOR in found else "denominator"
            problems.append(
                Problem(
                    "data_elements",
                    indicator,
                    f"{indicator} {dict(members) or ''} has a {half} but not the other half; "
                    "expected both a numerator and a denominator",
                    "unpaired",
                )
            )
    codes: dict[str, str] = {}
    for uid, code in instance.org_units:
        if code in codes:
            problems.append(
                Problem(
                    f"org_units.{uid}",
                    code,
                    f"unit code {code} is also the code of {codes[code]}; expected one "
                    "organisation unit for each unit code",
                    "duplicate",
                )
            )
        codes.setdefault(code, uid)
    if problems:
        raise MappingError(problems)


@attrs.frozen(kw_only=True)
class Dhis2Mapping:
    """Which DHIS2 data elements and organisation units are which observations and units.

    Attributes:
        data_elements: One rule for each data element (and category option combo) read.
        org_units: Organisation unit identifier → unit code.
        org_unit_as_code: Take an organisation unit not in ``org_units`` as the unit
            code itself (an export written with ``orgUnitIdScheme=code``).
        results: Where each target's results go when written back.
        status_codes: The option code of each status (``met`` → ``MET`` by default).
        data_set: The data set written on a document, if any.

    Example:
        >>> mapping = Dhis2Mapping.from_dict({
        ...     "data_elements": [{"data_element": "f7n9E0hX8qk", "indicator": "cases"}],
        ...     "org_unit_as_code": True,
        ... })
        >>> mapping.data_elements[0].role
        <Role.VALUE: 'value'>
    """

    data_elements: tuple[DataElementRule, ...] = attrs.field(converter=tuple)
    org_units: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    org_unit_as_code: bool = attrs.field(
        default=False, validator=attrs.validators.instance_of(bool)
    )
    results: tuple[ResultRule, ...] = attrs.field(
        default=(),
        converter=tuple,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(ResultRule)),
    )
    status_codes: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_status_codes)
    data_set: str | None = attrs.field(default=None, validator=_optional_identifier)

    def __attrs_post_init__(self) -> None:
        _check_mapping(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dhis2Mapping:
        """A mapping from plain data (as a YAML or JSON mapping file holds it).

        Raises:
            MappingError: listing every problem, each with its path.
        """
        if not isinstance(data, Mapping):
            raise MappingError.single("", data, "expected a mapping with data_elements")
        problems: list[Problem] = []
        known = {f.name for f in attrs.fields(cls)}
        for key in data:
            if key not in known:
                problems.append(
                    Problem(
                        str(key),
                        data[key],
                        f"unknown key; expected one of {sorted(known)}",
                        "unknown-key",
                    )
                )
        elements = _rules(data.get("data_elements"), "data_elements", DataElementRule, problems)
        results = _rules(data.get("results", []), "results", ResultRule, problems)
        if problems:
            raise MappingError(problems)
        kwargs = {k: v for k, v in data.items() if k not in ("data_elements", "results")}
        try:
            return cls(data_elements=elements, results=results, **kwargs)
        except ValidationError as exc:
            raise MappingError(exc.problems) from None
        except TypeError as exc:
            raise MappingError.single("", None, str(exc), "type") from None

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Dhis2Mapping:
        """A mapping read from a YAML or JSON file (``.json`` is JSON).

        Raises:
            MappingError: the file cannot be read, or the mapping breaks a rule.
        """
        try:
            return cls.from_dict(load_mapping_document(path))
        except MappingError as exc:
            name = os.fspath(path)
            raise MappingError(
                attrs.evolve(p, path=f"{name}: {p.path}" if p.path and p.path != name else name)
                for p in exc.problems
            ) from None


def _rules(raw: Any, path: str, cls: type[Any], problems: list[Problem]) -> list[Any]:
    if not isinstance(raw, list):
        problems.append(Problem(path, raw, f"expected a list of {cls.__name__} entries", "type"))
        return []
    out = []
    names = {f.name for f in attrs.fields(cls)}
    for i, entry in enumerate(raw):
        where = f"{path}[{i}]"
        if not isinstance(entry, Mapping):
            problems.append(Problem(where, entry, "expected a mapping", "type"))
            continue
        unknown = [k for k in entry if k not in names]
        for key in unknown:
            problems.append(
                Problem(
                    f"{where}.{key}",
                    entry[key],
                    f"unknown key; expected one of {sorted(names)}",
                    "unknown-key",
                )
            )
        if unknown:
            continue
        try:
            out.append(cls(**entry))
        except ValidationError as exc:
            problems.extend(p.prefixed(where) for p in exc.problems)
        except TypeError as exc:
            problems.append(Problem(where, entry, f"{exc}", "missing"))
    return out


# --- reading -------------------------------------------------------------------------

#: The DHIS2 CSV columns, by every spelling DHIS2 writes or reads.
_CSV_COLUMNS = {
    "dataelement": "dataElement",
    "period": "period",
    "orgunit": "orgUnit",
    "catoptcombo": "categoryOptionCombo",
    "categoryoptioncombo": "categoryOptionCombo",
    "attroptcombo": "attributeOptionCombo",
    "attributeoptioncombo": "attributeOptionCombo",
    "value": "value",
    "storedby": "storedBy",
    "strby": "storedBy",
    "lastupdated": "lastUpdated",
    "lstupd": "lastUpdated",
    "timestamp": "lastUpdated",
    "created": "created",
    "comment": "comment",
    "cmt": "comment",
    "followup": "followup",
    "flwup": "followup",
    "deleted": "deleted",
}
#: Fields of a data value that carry nothing an observation takes.
_PASSED_OVER = ("attributeOptionCombo", "storedBy", "lastUpdated", "created", "comment", "followup")
_VALUE_FIELDS = frozenset(
    ("dataElement", "period", "orgUnit", "categoryOptionCombo", "value", "deleted", *_PASSED_OVER)
)
_TRUE_TEXT = frozenset(("true", "t", "1", "yes"))
_FALSE_TEXT = frozenset(("false", "f", "0", "no"))


@attrs.frozen
class _Row:
    label: str
    fields: Mapping[str, Any]
    inherited: frozenset[str] = frozenset()


def read_dhis2(
    document: str | os.PathLike[str] | Mapping[str, Any] | TextIO,
    indicators: Iterable[Indicator] | Mapping[str, Indicator],
    mapping: Dhis2Mapping,
    *,
    source: str = "",
    format: Literal["json", "csv"] | None = None,
) -> Imported:
    """Read a DHIS2 ``dataValueSets`` export into observations.

    Args:
        document: A path (``.csv`` is read as CSV, anything else as JSON), JSON or CSV
            text, an open text stream, or the JSON document already read.
        indicators: The indicators the observations measure.
        mapping: Which data elements and organisation units are which.
        source: The source of every observation.
        format: ``"json"`` or ``"csv"``, when the name or text does not tell.

    Returns:
        The observations, and every value left out (deleted, or of a data element or
        organisation unit the mapping does not name) with its reason.

    Raises:
        ObservationError: listing every bad value: its place (``dataValues[3].value``,
            ``line 7: period``), what was found and what was expected.
    """
    rows, ignored, early = _rows_of(document, format)
    return _import(rows, ignored, early, indicators, mapping, source)


def _rows_of(
    document: str | os.PathLike[str] | Mapping[str, Any] | TextIO, format: str | None
) -> tuple[list[_Row], list[str], list[Problem]]:
    if isinstance(document, Mapping):
        return _json_rows(document)
    if isinstance(document, os.PathLike) or (
        isinstance(document, str) and "\n" not in document and not document.lstrip().startswith("{")
    ):
        name = os.fspath(document)
        kind = format or ("csv" if name.lower().endswith(".csv") else "json")
        if kind == "csv":
            try:
                with open(name, encoding="utf-8-sig", newline="") as stream:
                    return _csv_rows(stream)
            except UnicodeDecodeError as exc:
                raise ObservationError.single(
                    name, None, f"the file is not UTF-8 ({exc.reason}); expected UTF-8", "encoding"
                ) from None
            except OSError as exc:
                raise ObservationError.single(
                    name, None, f"cannot read the file: {exc.strerror or exc}", "unreadable"
                ) from None
        text = read_file_text(name, MAX_DHIS2_BYTES, "cchc_model.io.dhis2.MAX_DHIS2_BYTES")
        return _json_rows(_json_document(text))
    if isinstance(document, str):
        kind = format or ("json" if document.lstrip().startswith("{") else "csv")
        if kind == "json":
            if len(document) > MAX_DHIS2_BYTES:
                raise ObservationError.single(
                    "document",
                    None,
                    f"the text is longer than {MAX_DHIS2_BYTES:,} characters",
                    "too-large",
                )
            return _json_rows(_json_document(document))
        return _csv_rows(io.StringIO(document))
    if format == "json":
        text = document.read(MAX_DHIS2_BYTES + 1)
        if len(text) > MAX_DHIS2_BYTES:
            raise ObservationError.single(
                "document",
                None,
                f"the stream holds more than {MAX_DHIS2_BYTES:,} characters",
                "too-large",
            )
        return _json_rows(_json_document(text))
    return _csv_rows(document)


def _json_document(text: str) -> Any:
    return read_json_document(text, "document")


def _json_rows(document: Any) -> tuple[list[_Row], list[str], list[Problem]]:
    if not isinstance(document, Mapping):
        raise ObservationError.single(
            "document", type(document).__name__, "expected a JSON object with dataValues", "type"
        )
    values = document.get("dataValues")
    if not isinstance(values, list):
        raise ObservationError.single(
            "dataValues",
            values,
            "no list of dataValues; expected a dataValueSets document",
            "missing",
        )
    shared = {
        k: document[k] for k in ("period", "orgUnit", "attributeOptionCombo") if k in document
    }
    rows: list[_Row] = []
    problems: list[Problem] = []
    ignored: dict[str, None] = {}
    for i, value in enumerate(values):
        label = f"dataValues[{i}]"
        if not isinstance(value, Mapping):
            problems.append(Problem(label, value, "expected a data value (an object)", "type"))
            continue
        fields = dict(value)
        inherited = frozenset(k for k in shared if k not in fields)
        for key in inherited:
            fields[key] = shared[key]
        for key in fields:
            if key not in _VALUE_FIELDS or key in _PASSED_OVER:
                ignored.setdefault(key)
        rows.append(_Row(label, fields, inherited))
    return rows, list(ignored), problems


def _csv_rows(stream: TextIO) -> tuple[list[_Row], list[str], list[Problem]]:
    lines = limited_lines(stream, MAX_DHIS2_CSV_CHARS, MAX_DHIS2_CSV_LINE)
    reader = csv.reader(lines, strict=True)
    rows: list[_Row] = []
    problems: list[Problem] = []
    try:
        header = next(reader, None)
        if header is None:
            raise ObservationError.single(
                "line 1", None, "the file is empty; expected a header line", "missing-column"
            )
        names = [name.strip().lstrip("\ufeff") for name in header]
        columns: list[str] = []
        for name in names:
            column = _CSV_COLUMNS.get(name.lower().replace("_", ""))
            if column is None:
                problems.append(
                    Problem(
                        "line 1",
                        name,
                        f"unknown column {name!r}; expected the DHIS2 columns dataelement, period, "
                        "orgunit, catoptcombo, attroptcombo, value, storedby, lastupdated, "
                        "comment, followup, deleted",
                        "unknown-column",
                    )
                )
                column = name
            columns.append(column)
        for needed in ("dataElement", "period", "orgUnit", "value"):
            if needed not in columns:
                problems.append(
                    Problem(
                        "line 1", needed, f"no column for {needed}; expected one", "missing-column"
                    )
                )
        if problems:
            raise ObservationError(problems)
        line = reader.line_num
        for cells in reader:
            start, line = line + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue
            label = f"line {start}"
            if len(cells) > len(columns):
                problems.append(
                    Problem(
                        label,
                        cells,
                        f"{len(cells)} fields; expected at most {len(columns)}",
                        "extra-fields",
                    )
                )
                continue
            fields = {c: v for c, v in zip(columns, cells, strict=False) if v.strip()}
            rows.append(_Row(label, fields))
    except csv.Error as exc:
        problems.append(Problem(f"line {reader.line_num}", None, f"unreadable CSV ({exc})", "csv"))
    except TooLarge as exc:
        raise ObservationError.single(
            f"line {exc.line}",
            None,
            f"{exc}; expected a file within MAX_DHIS2_CSV_CHARS",
            "too-large",
        ) from None
    ignored = [c for c in dict.fromkeys(columns) if c in _PASSED_OVER]
    return rows, ignored, problems


def _truth(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE_TEXT:
            return True
        if text in _FALSE_TEXT:
            return False
    return None


def _text(row: _Row, key: str, problems: list[Problem], expected: str) -> str | None:
    value = row.fields.get(key)
    if isinstance(value, str) and value.strip():
        return value.strip()
    where = at(row.label, key)
    if value is None or value == "":
        problems.append(Problem(where, None, f"no {key}; expected {expected}", "missing"))
    else:
        problems.append(
            Problem(where, value, f"{value!r} is not text; expected {expected}", "type")
        )
    return None


def _value_text(row: _Row, problems: list[Problem]) -> Any:
    value = row.fields.get("value")
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    where = at(row.label, "value")
    if value is None or value == "":
        problems.append(Problem(where, None, "no value; expected the data value", "missing"))
    else:
        problems.append(
            Problem(where, value, f"{value!r} is not a data value; expected text", "type")
        )
    return None


_PairKey = tuple[str, str, Period, tuple[tuple[str, str], ...], str]


def _import(
    rows: list[_Row],
    ignored: list[str],
    early: list[Problem],
    indicators: Iterable[Indicator] | Mapping[str, Indicator],
    mapping: Dhis2Mapping,
    source: str,
) -> Imported:
    table = indicators if isinstance(indicators, Mapping) else {i.id: i for i in indicators}
    rules = {(r.data_element, r.category_option_combo): r for r in mapping.data_elements}
    units = dict(mapping.org_units)
    problems = list(early)
    skipped: list[Skipped] = []
    records: list[dict[str, Any]] = []
    # for each record, the row label of each field it came from
    origins: list[dict[str, str]] = []
    halves: dict[_PairKey, dict[Role, tuple[Any, str]]] = {}
    for row in rows:
        if _truth(row.fields.get("deleted")):
            skipped.append(Skipped(row.label, "the value is marked deleted", "deleted"))
            continue
        found: list[Problem] = []
        element = _text(row, "dataElement", found, "a data element identifier")
        combo = row.fields.get("categoryOptionCombo")
        combo = combo.strip() if isinstance(combo, str) and combo.strip() else None
        org_unit = _text(row, "orgUnit", found, "an organisation unit identifier")
        period_code = _text(row, "period", found, "a DHIS2 period such as 202301")
        value = _value_text(row, found)
        if found:
            problems.extend(found)
            continue
        assert element is not None
        assert org_unit is not None
        assert period_code is not None
        rule = rules.get((element, combo)) or rules.get((element, None))
        if rule is None:
            skipped.append(
                Skipped(
                    row.label,
                    f"data element {element}"
                    + (f" (combo {combo})" if combo else "")
                    + " is not in the mapping",
                    "unmapped-data-element",
                )
            )
            continue
        code = units.get(org_unit, org_unit if mapping.org_unit_as_code else None)
        if code is None:
            skipped.append(
                Skipped(
                    row.label,
                    f"organisation unit {org_unit} is not in the mapping",
                    "unmapped-org-unit",
                )
            )
            continue
        indicator = table.get(rule.indicator)
        try:
            period = from_dhis2(period_code)
        except ValidationError as exc:
            problems.extend(
                Problem(at(row.label, "period"), period_code, p.message, p.code)
                for p in exc.problems
            )
            if indicator is not None and rule.role is Role.VALUE:
                problems.extend(value_problems(indicator, value, at(row.label, "value")))
            continue
        if (
            indicator is not None
            and indicator.measure is MeasureKind.BOOLEAN
            and isinstance(value, str)
            and _truth(value) is not None
        ):
            value = _truth(value)
        if rule.role is Role.VALUE:
            records.append(_record(rule, code, period, source, value=value))
            origins.append({"": row.label})
            continue
        key = (rule.indicator, code, period, rule.members, rule.basis)
        half = halves.setdefault(key, {})
        if rule.role in half:
            problems.append(
                Problem(
                    row.label,
                    element,
                    f"a second {rule.role.value} of {rule.indicator} for {org_unit}, "
                    f"{period_code}, after {half[rule.role][1]}; expected one",
                    "duplicate",
                )
            )
            continue
        half[rule.role] = (value, row.label)
    for (indicator_id, code, period, members, basis), half in halves.items():
        if len(half) == 1:
            ((role, (_, label)),) = half.items()
            other = "denominator" if role is Role.NUMERATOR else "numerator"
            problems.append(
                Problem(
                    label,
                    indicator_id,
                    f"the {role.value} of {indicator_id} for {code}, {to_dhis2(period)} has no "
                    f"{other}; expected both halves of the ratio",
                    "unpaired",
                )
            )
            continue
        num, num_label = half[Role.NUMERATOR]
        den, den_label = half[Role.DENOMINATOR]
        rule = DataElementRule(
            data_element="-", indicator=indicator_id, members=members, basis=basis
        )
        records.append(_record(rule, code, period, source, numerator=num, denominator=den))
        origins.append({"": num_label, "numerator": num_label, "denominator": den_label})

    def where(index: int, field: str) -> str:
        origin = origins[index]
        head, _, _ = field.partition(".")
        if head in ("numerator", "denominator"):
            return at(origin[head], "value")
        return at(origin[""], _FIELD_NAMES.get(head, field))

    observations = observations_from(records, table, source, where, problems)
    warn_skipped(skipped, "the DHIS2 export", 3)
    return Imported(observations, skipped, ignored)


#: The DHIS2 field each observation field comes from.
_FIELD_NAMES = {
    "indicator": "dataElement",
    "code": "orgUnit",
    "period": "period",
    "value": "value",
    "members": "categoryOptionCombo",
}


def _record(
    rule: DataElementRule, code: str, period: Period, source: str, **values: Any
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "indicator": rule.indicator,
        "code": code,
        "period": period,
        "members": rule.members,
        "basis": rule.basis,
        "source": source,
    }
    record.update(values)
    return record


# --- writing -------------------------------------------------------------------------

Writable = ObservationSet | EvaluationLike | Iterable[Result]


def write_dhis2(
    source: Writable,
    mapping: Dhis2Mapping,
    *,
    parts: bool = False,
    decimals: int = 6,
) -> dict[str, Any]:
    """A ``dataValueSets`` document DHIS2 imports, in the bulk form (period and
    organisation unit on each value).

    Observations are written to the data elements the mapping reads them from (a ratio
    as its numerator and denominator), so :func:`read_dhis2` reads them back equal.
    Results are written to the data elements of the mapping's ``results``: the observed
    value, and the status as an option code (``MET``, ``NOT_MET``, ``UNKNOWN``,
    ``NOT_APPLICABLE`` unless the mapping names others).

    Args:
        source: An :class:`ObservationSet`, an evaluation, or results.
        mapping: The mapping: data elements, organisation units, results.
        parts: Also write each result's parts (per unit, per part).
        decimals: Places of a written value with no exact decimal (2/3); a value with
            one is written exactly.

    Raises:
        MappingError: a value the mapping gives no data element or organisation unit
            for, a period of no DHIS2 type: every one of them.
    """
    values = list(_data_values(source, mapping, parts, decimals))
    document: dict[str, Any] = {}
    if mapping.data_set is not None:
        document["dataSet"] = mapping.data_set
    document["dataValues"] = values
    return document


_CSV_HEADER = ("dataelement", "period", "orgunit", "catoptcombo", "attroptcombo", "value")


def write_dhis2_csv(
    source: Writable, mapping: Dhis2Mapping, *, parts: bool = False, decimals: int = 6
) -> str:
    """The same values as :func:`write_dhis2`, as DHIS2 CSV (``dataelement, period,
    orgunit, catoptcombo, attroptcombo, value``).

    Raises:
        MappingError: as :func:`write_dhis2`.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_CSV_HEADER)
    for value in _data_values(source, mapping, parts, decimals):
        writer.writerow(
            (
                value["dataElement"],
                value["period"],
                value["orgUnit"],
                value.get("categoryOptionCombo", ""),
                "",
                value["value"],
            )
        )
    return buffer.getvalue()


def _data_values(
    source: Writable, mapping: Dhis2Mapping, parts: bool, decimals: int
) -> Iterator[dict[str, Any]]:
    problems: list[Problem] = []
    out: list[dict[str, Any]] = []
    org_units = {code: uid for uid, code in mapping.org_units}
    if isinstance(source, ObservationSet):
        _observation_values(source, mapping, org_units, out, problems)
    else:
        results = source.results if hasattr(source, "results") else tuple(source)
        _result_values(results, mapping, org_units, parts, decimals, out, problems)
    if problems:
        raise MappingError(problems)
    yield from out


def _org_unit(code: str, org_units: Mapping[str, str], mapping: Dhis2Mapping) -> str | None:
    return org_units.get(code, code if mapping.org_unit_as_code else None)


def _placed(
    where: str,
    code: str,
    period: Period,
    mapping: Dhis2Mapping,
    org_units: Mapping[str, str],
    problems: list[Problem],
) -> tuple[str, str] | None:
    uid = _org_unit(code, org_units, mapping)
    if uid is None:
        problems.append(
            Problem(
                where,
                code,
                f"unit {code} has no organisation unit in the mapping; expected "
                "it in org_units, or org_unit_as_code",
                "unmapped-org-unit",
            )
        )
    try:
        period_code = to_dhis2(period)
    except ValidationError as exc:
        problems.extend(p.prefixed(where) for p in exc.problems)
        return None
    return None if uid is None else (uid, period_code)


def _data_value(
    element: str, combo: str | None, place: tuple[str, str], value: str
) -> dict[str, Any]:
    out: dict[str, Any] = {"dataElement": element, "period": place[1], "orgUnit": place[0]}
    if combo is not None:
        out["categoryOptionCombo"] = combo
    out["value"] = value
    return out


def _observation_values(
    source: ObservationSet,
    mapping: Dhis2Mapping,
    org_units: Mapping[str, str],
    out: list[dict[str, Any]],
    problems: list[Problem],
) -> None:
    rules = {(r.indicator, r.role, r.members, r.basis): r for r in mapping.data_elements}
    for i, point in enumerate(source):
        o = point.observation
        where = f"observations[{i}]"
        pair = o.numerator is not None
        wanted = (Role.NUMERATOR, Role.DENOMINATOR) if pair else (Role.VALUE,)
        found = [rules.get((o.indicator, role, o.members, o.basis.value)) for role in wanted]
        if None in found or o.weight is not None:
            what = "a weight" if o.weight is not None else "no data element"
            problems.append(
                Problem(
                    where,
                    o.key,
                    f"{o.indicator} {dict(o.members) or ''} ({o.basis.value}) has "
                    f"{what} for its {' and '.join(r.value for r in wanted)} in the mapping; "
                    "expected a data element rule for it",
                    "unmapped",
                )
            )
            continue
        place = _placed(where, o.code, o.period, mapping, org_units, problems)
        if place is None:
            continue
        if pair:
            assert o.numerator is not None
            assert o.denominator is not None
            numbers: Sequence[Any] = (o.numerator, o.denominator)
        else:
            numbers = (point.value if isinstance(point.value, Fraction) else o.value,)
        for rule, number in zip(found, numbers, strict=True):
            assert rule is not None
            out.append(
                _data_value(
                    rule.data_element, rule.category_option_combo, place, _text_of(number, None)
                )
            )


def _text_of(value: Fraction | bool | str | None, decimals: int | None) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Fraction):
        text = format_number(value)
        if "/" in text and decimals is not None:
            return format_number(round(value, decimals))
        return text
    return str(value)


def _walk(results: Iterable[Result], parts: bool) -> Iterator[Result]:
    for result in results:
        yield result
        if parts:
            yield from _walk(result.parts, parts)


def _result_values(
    results: Iterable[Result],
    mapping: Dhis2Mapping,
    org_units: Mapping[str, str],
    parts: bool,
    decimals: int,
    out: list[dict[str, Any]],
    problems: list[Problem],
) -> None:
    rules = {r.target: r for r in mapping.results}
    statuses = dict(mapping.status_codes)
    seen: set[tuple[str, str | None, str, str]] = set()
    for i, result in enumerate(_walk(results, parts)):
        rule = rules.get(result.target.id)
        if rule is None:
            continue
        where = f"results[{i}]"
        place = _placed(where, result.code, result.period, mapping, org_units, problems)
        if place is None:
            continue
        written = []
        if rule.value is not None and result.observed is not None:
            written.append((rule.value, _text_of(result.observed, decimals)))
        if rule.status is not None:
            written.append((rule.status, statuses[result.status.value]))
        for element, text in written:
            key = (element, rule.category_option_combo, *place)
            if key in seen:
                continue  # the same target, unit and period met again among the parts
            seen.add(key)
            out.append(_data_value(element, rule.category_option_combo, place, text))
