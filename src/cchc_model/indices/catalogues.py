"""Indicator catalogues: versioned, sourced package data.

A catalogue is a YAML file holding indicators (each in the shape of a plan file's
``indicators`` entries), and optionally an index that scores them
(:class:`~cchc_model.indices.scoring.IndexDefinition`), classification bands, the areas of an
index, and the facts behind it. Every figure carries its source and a confidence tag
(:class:`~cchc_model.indices.scoring.Confidence`): ``V`` seen in the source, ``S`` secondary,
``R`` recalled or inferred, ``example`` an illustration.

The package ships three (``src/cchc_model/data/catalogues/``):

* ``cchc-common`` — the indicators the seed plans use (satisfaction, online services,
  on-time dossiers, work records online, …);
* ``qd-766-2022`` — Decision 766/QĐ-TTg (23/6/2022): five groups (18/20/22/22/18 = 100),
  each indicator's formula, threshold and points, and the bands xuất sắc … yếu;
* ``par-index-876-2022`` — the PAR Index of Decision 876/QĐ-BNV (10/11/2022): its eight
  areas, groups A/B/C, and an *example* set of local Tốt/Khá/Trung bình/Yếu bands.

Versions: a catalogue is in force from ``effective_from`` (inclusive) to ``effective_to``
(exclusive, open when absent). Scoring a period uses the version in force on its last day.

>>> cat = load_catalogue("cchc-common")
>>> cat.get("work_records_online").measure.value
'ratio'
>>> catalogue_in_force("qd-766", Period.parse("2023")).version
'2022'
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, NoReturn

import attrs

from .. import validators
from ..exceptions import Problem, ValidationError, join_path
from ..io.files import TooLarge, read_text
from ..io.serialization import read_yaml
from ..model.areas import ReformArea
from ..model.indicators import Indicator, MeasureKind
from ..model.periods import Period, parse_date
from .scoring import (
    Classification,
    Confidence,
    Figure,
    IndexDefinition,
    _each,
    _mapping,
    _text_at,
    classification_from_data,
    figure_from_data,
    index_from_data,
)

__all__ = [
    "SCHEMA_VERSION",
    "Catalogue",
    "CatalogueError",
    "Fact",
    "IndexArea",
    "Source",
    "UnknownIndicatorError",
    "builtin_catalogues",
    "catalogue_from_data",
    "catalogue_in_force",
    "catalogue_indicators",
    "check_versions",
    "describe",
    "describe_indicator",
    "listing",
    "load_catalogue",
]

#: The catalogue-file format this version reads.
SCHEMA_VERSION = 1
#: The largest catalogue file read, in bytes.
MAX_BYTES = 5_000_000


class CatalogueError(ValidationError):
    """A catalogue could not be found or read, or breaks a rule.

    Attributes:
        source: The file name or catalogue name, if known.
    """

    def __init__(self, problems: Iterable[Problem], source: str | None = None) -> None:
        self.source = source
        super().__init__(problems)

    def prefixed(self, prefix: str) -> CatalogueError:
        return type(self)((p.prefixed(prefix) for p in self.problems), self.source)


class UnknownIndicatorError(CatalogueError, LookupError):
    """No indicator with this id is in the catalogue."""


def _fail(path: str, value: Any, message: str, code: str = "invalid") -> NoReturn:
    raise CatalogueError([Problem(path, value, message, code)])


def _to_confidence(value: Confidence | str | None) -> Confidence | None:
    return None if value is None else Confidence.parse(value, "confidence")


def _confidence(value: Confidence | str) -> Confidence:
    return Confidence.parse(value, "confidence")


def _to_figure(value: Figure | int | str | None) -> Figure:
    return value if isinstance(value, Figure) else Figure(value)


@attrs.frozen
class Source:
    """A source that figures cite by key.

    Attributes:
        key: The key figures use, e.g. ``"namdinh"``.
        title: What it is, with enough of its address to find it again.
        url: Its address, if one is known.
        cited_in: Where cchc_model's notes cite it (``DOMAIN.md §2``).
    """

    key: str = attrs.field(validator=validators.identifier)
    title: str = attrs.field(validator=validators.text)
    url: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    cited_in: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    note: str = attrs.field(default="", validator=validators.is_instance(str, "text"))


@attrs.frozen
class Fact:
    """A fact behind a catalogue that is not a scoring figure ("31.5 points from the survey").

    Attributes:
        about: What it is about (``effective_from``, ``survey share``).
        value: The fact, in words.
        confidence: How sure it is.
        source: The key of a catalogue source.
    """

    about: str = attrs.field(validator=validators.text)
    value: str = attrs.field(validator=validators.text)
    confidence: Confidence = attrs.field(converter=_confidence)
    source: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    note: str = attrs.field(default="", validator=validators.is_instance(str, "text"))

    def __str__(self) -> str:
        return f"{self.about}: {self.value} {self.confidence.tag}"


def _to_area(value: ReformArea | str | None) -> ReformArea | None:
    if value is None or isinstance(value, ReformArea):
        return value
    return ReformArea.parse(value, "area")


@attrs.frozen(kw_only=True)
class IndexArea:
    """An area of an index (the PAR Index's eight), with its maximum if known.

    Attributes:
        number: Its number in the source ("1" … "8").
        name: Its Vietnamese name.
        area: The reform area it corresponds to.
        maximum: Its maximum points; unknown (``None``) when not found.
        confidence: How sure the name is.
        source: The key of a catalogue source.
    """

    number: str = attrs.field(validator=validators.text)
    name: str = attrs.field(validator=validators.text)
    area: ReformArea | None = attrs.field(default=None, converter=_to_area)
    maximum: Figure = attrs.field(default=Figure(None), converter=_to_figure)
    confidence: Confidence | None = attrs.field(default=None, converter=_to_confidence)
    source: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    note: str = attrs.field(default="", validator=validators.is_instance(str, "text"))

    def __str__(self) -> str:
        tag = f" {self.confidence.tag}" if self.confidence is not None else ""
        return f"{self.number}. {self.name}{tag}, maximum {self.maximum}"


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


def _is_date(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, date) or isinstance(value, datetime):
        validators.fail(attribute.name, value, f"{value!r} is not a date; expected e.g. 2022-06-23")


@attrs.frozen(kw_only=True)
class Catalogue:
    """A versioned catalogue of indicators, with the index and bands that score them.

    Iterating gives the indicators; ``id in catalogue`` asks for an indicator id.

    Attributes:
        id: The catalogue's id, shared by its versions (``"qd-766"``).
        title: Its title.
        version: Which edition this is (``"2022"``).
        effective_from: The first day it is in force.
        effective_to: The first day it is no longer in force; ``None`` while it is.
        legal_source: The legal instrument(s) it follows.
        licence: What may be done with the data.
        notes: Free text.
        indicators: Its indicators.
        index: The index that scores them, if any.
        classifications: Bands for classifying index scores.
        areas: The areas of the index, if listed.
        sources: The sources its figures cite by key.
        facts: Facts behind it, each sourced and tagged.
        origin: The file it was read from (not part of equality).
    """

    id: str = attrs.field(validator=validators.identifier)
    title: str = attrs.field(validator=validators.text)
    version: str = attrs.field(validator=validators.text)
    effective_from: date = attrs.field(validator=_is_date)
    effective_to: date | None = attrs.field(
        default=None, validator=attrs.validators.optional(_is_date)
    )
    legal_source: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    licence: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    notes: str = attrs.field(default="", validator=validators.is_instance(str, "text"))
    indicators: tuple[Indicator, ...] = attrs.field(
        default=(), converter=_tuple, validator=validators.tuple_of(Indicator, "an indicator")
    )
    index: IndexDefinition | None = attrs.field(
        default=None, validator=validators.optional_instance(IndexDefinition, "an index")
    )
    classifications: tuple[Classification, ...] = attrs.field(
        default=(),
        converter=_tuple,
        validator=validators.tuple_of(Classification, "a classification"),
    )
    areas: tuple[IndexArea, ...] = attrs.field(
        default=(), converter=_tuple, validator=validators.tuple_of(IndexArea, "an area")
    )
    sources: tuple[Source, ...] = attrs.field(
        default=(), converter=_tuple, validator=validators.tuple_of(Source, "a source")
    )
    facts: tuple[Fact, ...] = attrs.field(
        default=(), converter=_tuple, validator=validators.tuple_of(Fact, "a fact")
    )
    origin: str | None = attrs.field(default=None, eq=False)
    _by_id: Mapping[str, Indicator] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        by_id: dict[str, Indicator] = {}
        for index, indicator in enumerate(self.indicators):
            if indicator.id in by_id:
                problems.append(
                    Problem(
                        f"indicators[{index}].id",
                        indicator.id,
                        f"indicator {indicator.id!r} is defined twice; expected distinct ids",
                        "duplicate",
                    )
                )
            by_id.setdefault(indicator.id, indicator)
        object.__setattr__(self, "_by_id", MappingProxyType(by_id))
        if self.effective_to is not None and self.effective_to <= self.effective_from:
            problems.append(
                Problem(
                    "effective_to",
                    self.effective_to.isoformat(),
                    f"{self.effective_to} is not after effective_from {self.effective_from}; "
                    "expected a later date (effective_to is the first day out of force)",
                    "dates",
                )
            )
        problems += self._index_problems(by_id)
        problems += self._source_problems()
        ids = [c.id for c in self.classifications]
        for index, key in enumerate(ids):
            if ids.index(key) != index:
                problems.append(
                    Problem(
                        f"classifications[{index}].id",
                        key,
                        f"classification {key!r} is defined twice; expected distinct ids",
                        "duplicate",
                    )
                )
        if problems:
            raise CatalogueError(problems, self.origin)

    def _index_problems(self, by_id: Mapping[str, Indicator]) -> list[Problem]:
        problems: list[Problem] = []
        if self.index is None:
            return problems
        for g_index, group in enumerate(self.index.groups):
            for i_index, item in enumerate(group.items):
                path = f"index.groups[{g_index}].items[{i_index}].indicator"
                indicator = by_id.get(item.indicator)
                if indicator is None:
                    problems.append(
                        Problem(
                            path,
                            item.indicator,
                            f"no indicator of the catalogue has id {item.indicator!r}; "
                            "expected an id from its indicators",
                            "unknown-indicator",
                        )
                    )
                    continue
                wanted = MeasureKind.RATIO if item.rule.measures == "rate" else MeasureKind.COUNT
                if indicator.measure is not wanted:
                    problems.append(
                        Problem(
                            path,
                            item.indicator,
                            f"a {item.rule.kind} rule scores a {wanted.value}, but "
                            f"{item.indicator} is a {indicator.measure.value}; expected a "
                            f"{wanted.value} indicator",
                            "rule-mismatch",
                        )
                    )
        bands = self.index.classification
        if bands is not None and bands not in self.classifications:
            problems.append(
                Problem(
                    "index.classification",
                    bands.id,
                    f"the index is classified by {bands.id!r}, which is not among the "
                    "catalogue's classifications; expected one of them",
                    "unknown-classification",
                )
            )
        return problems

    def _cited(self) -> Iterator[tuple[str, str]]:
        if self.index is not None:
            for path, figure in self.index.figures():
                yield f"index.{path}.source", figure.source
        for c_index, classification in enumerate(self.classifications):
            for b_index, band in enumerate(classification.bands):
                yield f"classifications[{c_index}].bands[{b_index}].source", band.source
        for index, area in enumerate(self.areas):
            yield f"areas[{index}].source", area.source
            yield f"areas[{index}].maximum.source", area.maximum.source
        for index, fact in enumerate(self.facts):
            yield f"facts[{index}].source", fact.source

    def _source_problems(self) -> list[Problem]:
        keys = {s.key for s in self.sources}
        problems = []
        seen: set[str] = set()
        for source in self.sources:
            if source.key in seen:
                problems.append(
                    Problem(
                        f"sources.{source.key}",
                        source.key,
                        f"source {source.key!r} is defined twice; expected distinct keys",
                        "duplicate",
                    )
                )
            seen.add(source.key)
        for path, key in self._cited():
            if key and key not in keys:
                problems.append(
                    Problem(
                        path,
                        key,
                        f"no source has key {key!r}; expected one of "
                        + (", ".join(sorted(keys)) or "none are defined"),
                        "unknown-source",
                    )
                )
        return problems

    # -- lookups

    @property
    def key(self) -> str:
        """The name it is loaded by: its file's stem, else ``id-version``."""
        if self.origin:
            return Path(self.origin).stem
        return f"{self.id}-{self.version}"

    @property
    def ids(self) -> tuple[str, ...]:
        """The indicator ids, in order."""
        return tuple(self._by_id)

    @property
    def by_id(self) -> Mapping[str, Indicator]:
        """The indicators by id (read-only), e.g. for ``serialization.load(…, known=…)``."""
        return self._by_id

    def find(self, indicator_id: str) -> Indicator | None:
        """The indicator with this id, or ``None``."""
        return self._by_id.get(indicator_id)

    def get(self, indicator_id: str) -> Indicator:
        """The indicator with this id.

        Raises:
            UnknownIndicatorError: no indicator of the catalogue has it.
        """
        found = self._by_id.get(indicator_id)
        if found is None:
            raise UnknownIndicatorError(
                [
                    Problem(
                        "indicator",
                        indicator_id,
                        f"catalogue {self.key} has no indicator {indicator_id!r}; expected "
                        "one of " + ", ".join(self._by_id),
                        "unknown-indicator",
                    )
                ],
                self.key,
            )
        return found

    def classification(self, classification_id: str) -> Classification:
        """A classification of the catalogue by id."""
        for classification in self.classifications:
            if classification.id == classification_id:
                return classification
        raise CatalogueError(
            [
                Problem(
                    "classification",
                    classification_id,
                    f"catalogue {self.key} has no classification {classification_id!r}; "
                    "expected one of " + (", ".join(c.id for c in self.classifications) or "none"),
                    "unknown-classification",
                )
            ],
            self.key,
        )

    def in_force(self, on: date | Period) -> bool:
        """Whether the catalogue is in force on a date (a period: on its last day)."""
        day = on.last_day if isinstance(on, Period) else on
        return self.effective_from <= day and (self.effective_to is None or day < self.effective_to)

    def __contains__(self, indicator_id: object) -> bool:
        return indicator_id in self._by_id

    def __iter__(self) -> Iterator[Indicator]:
        return iter(self.indicators)

    def __len__(self) -> int:
        return len(self.indicators)

    def __str__(self) -> str:
        until = f" to {self.effective_to}" if self.effective_to else ""
        return f"{self.key}: {self.title} (from {self.effective_from}{until})"

    def __repr__(self) -> str:
        return f"<Catalogue {self.key}: {len(self.indicators)} indicators>"


# --- reading ----------------------------------------------------------------------------

_REQUIRED = ("schema_version", "id", "title", "version", "effective_from")
_OPTIONAL = (
    "effective_to",
    "legal_source",
    "licence",
    "notes",
    "sources",
    "facts",
    "indicators",
    "classifications",
    "index",
    "areas",
)


def _collect(problems: list[Problem], read: Any, *args: Any) -> Any:
    try:
        return read(*args)
    except ValidationError as exc:
        problems.extend(exc.problems)
        return None


def _date_at(value: Any, path: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        _fail(path, str(value), f"{value} has a time of day; expected a date such as 2022-06-23")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return parse_date(value)
        except ValidationError as exc:
            raise exc.prefixed(path) from None
    _fail(path, value, f"{value!r} is not a date; expected e.g. 2022-06-23", "type")


def _indicator_at(data: Any, path: str) -> Indicator:
    from ..io.serialization import converter, problems_of

    if not isinstance(data, Mapping):
        _fail(path, data, "expected an indicator definition (a mapping)", "type")
    try:
        return converter.structure(dict(data), Indicator)
    except Exception as exc:  # every failure becomes a reported problem
        raise CatalogueError(list(problems_of(exc, path))) from None


def _source_at(key: Any, data: Any, path: str) -> Source:
    body = _mapping(data, path, ("title",), ("url", "cited_in", "note"))
    try:
        return Source(
            key=key,
            title=body["title"],
            url=body.get("url", ""),
            cited_in=body.get("cited_in", ""),
            note=body.get("note", ""),
        )
    except ValidationError as exc:
        raise exc.prefixed(path) from None


def _sources_at(data: Any, path: str) -> tuple[Source, ...]:
    if not isinstance(data, Mapping):
        _fail(path, data, "expected a mapping of source keys to {title, url, cited_in}", "type")
    problems: list[Problem] = []
    out = [_collect(problems, _source_at, k, v, join_path(path, str(k))) for k, v in data.items()]
    if problems:
        raise CatalogueError(problems)
    return tuple(out)


def _fact_at(data: Any, path: str) -> Fact:
    body = _mapping(data, path, ("about", "value", "confidence"), ("source", "note"))
    value = body["value"]
    try:
        return Fact(
            about=body["about"],
            value=value if isinstance(value, str) else str(value),
            confidence=body["confidence"],
            source=_text_at(body.get("source", ""), "source"),
            note=body.get("note", ""),
        )
    except ValidationError as exc:
        raise exc.prefixed(path) from None


def _area_at(data: Any, path: str) -> IndexArea:
    body = _mapping(
        data, path, ("number", "name"), ("area", "maximum", "confidence", "source", "note")
    )
    maximum = figure_from_data(body.get("maximum"), join_path(path, "maximum"))
    try:
        return IndexArea(
            number=str(body["number"]),
            name=body["name"],
            area=body.get("area"),
            maximum=maximum,
            confidence=body.get("confidence"),
            source=_text_at(body.get("source", ""), "source"),
            note=body.get("note", ""),
        )
    except ValidationError as exc:
        raise exc.prefixed(path) from None


def catalogue_from_data(data: Any, origin: str | None = None) -> Catalogue:
    """Build a catalogue from plain data (a parsed YAML or JSON document).

    Raises:
        CatalogueError: listing every problem found, each with its path.
    """
    try:
        body = _mapping(data, "", _REQUIRED, _OPTIONAL)
    except ValidationError as exc:
        raise CatalogueError(exc.problems, origin) from None
    version = body["schema_version"]
    if isinstance(version, bool) or version != SCHEMA_VERSION:
        raise CatalogueError(
            [
                Problem(
                    "schema_version",
                    version,
                    f"{version!r} is not a catalogue schema version this library reads; "
                    f"expected {SCHEMA_VERSION}",
                    "schema-version",
                )
            ],
            origin,
        )
    problems: list[Problem] = []
    indicators = _collect(problems, _each, body.get("indicators", []), "indicators", _indicator_at)
    classifications = _collect(
        problems,
        _each,
        body.get("classifications", []),
        "classifications",
        classification_from_data,
    )
    index = None
    if body.get("index") is not None:
        table = {c.id: c for c in classifications or ()}
        index = _collect(problems, index_from_data, body["index"], "index", table)
    sources = _collect(problems, _sources_at, body.get("sources", {}), "sources")
    facts = _collect(problems, _each, body.get("facts", []), "facts", _fact_at)
    areas = _collect(problems, _each, body.get("areas", []), "areas", _area_at)
    effective_from = _collect(problems, _date_at, body["effective_from"], "effective_from")
    effective_to = _collect(problems, _date_at, body.get("effective_to"), "effective_to")
    texts = {}
    for key in ("id", "title", "version", "legal_source", "licence", "notes"):
        if key in body:
            value = body[key]
            texts[key] = str(value) if key == "version" and isinstance(value, int) else value
    if problems:
        raise CatalogueError(problems, origin)
    try:
        return Catalogue(
            **texts,
            effective_from=effective_from,
            effective_to=effective_to,
            indicators=indicators,
            index=index,
            classifications=classifications,
            areas=areas,
            sources=sources,
            facts=facts,
            origin=origin,
        )
    except CatalogueError:
        raise
    except ValidationError as exc:
        raise CatalogueError(exc.problems, origin) from None


def _parse(text: str, fmt: str, origin: str) -> Any:
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        _fail("", None, f"the file is larger than {MAX_BYTES} bytes; expected a catalogue")
    try:
        if fmt == "json":
            return json.loads(text)
        return read_yaml(text)  # the C reader where PyYAML has one
    except Exception as exc:  # any parser failure is a syntax problem
        where = getattr(exc, "problem_mark", None)
        place = f" at line {where.line + 1}, column {where.column + 1}" if where else ""
        detail = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        message = f"{origin} is not valid {fmt.upper()}{place}: {detail}"
        raise CatalogueError([Problem("", None, message, "syntax")], origin) from None


def _read_file(path: Path) -> Catalogue:
    try:
        text = read_text(path, MAX_BYTES)
    except TooLarge:
        raise CatalogueError(
            [
                Problem(
                    "",
                    None,
                    f"the file is larger than {MAX_BYTES} bytes; expected a catalogue",
                    "too-large",
                )
            ],
            str(path),
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(
            [
                Problem(
                    "",
                    str(path),
                    f"cannot read the file: {exc}; expected a UTF-8 catalogue file",
                    "unreadable",
                )
            ],
            str(path),
        ) from None
    fmt = "json" if path.suffix.lower() == ".json" else "yaml"
    return catalogue_from_data(_parse(text, fmt, str(path)), str(path))


def check_versions(catalogues: Sequence[Catalogue]) -> None:
    """Refuse two catalogues with one key, or two versions of an id in force on one day.

    Raises:
        CatalogueError: naming both catalogues.
    """
    problems: list[Problem] = []
    keys: dict[str, Catalogue] = {}
    for catalogue in catalogues:
        if catalogue.key in keys:
            problems.append(
                Problem(
                    catalogue.key,
                    catalogue.origin,
                    f"two catalogues are named {catalogue.key!r}; expected distinct names",
                    "duplicate",
                )
            )
        keys[catalogue.key] = catalogue
    ordered = sorted(catalogues, key=lambda c: (c.id, c.effective_from))
    for before, after in itertools.pairwise(ordered):
        if before.id == after.id and (
            before.effective_to is None or after.effective_from < before.effective_to
        ):
            problems.append(
                Problem(
                    after.key,
                    after.effective_from.isoformat(),
                    f"{after.key} comes into force on {after.effective_from}, while "
                    f"{before.key} is still in force; expected versions of {after.id} "
                    "that do not overlap (give the earlier one an effective_to)",
                    "version-overlap",
                )
            )
    if problems:
        raise CatalogueError(problems)


@functools.cache
def builtin_catalogues() -> tuple[Catalogue, ...]:
    """The catalogues shipped in ``cchc_model/data/catalogues``, by name."""
    folder = resources.files("cchc_model.data").joinpath("catalogues")
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith((".yaml", ".yml", ".json")):
            continue
        fmt = "json" if entry.name.endswith(".json") else "yaml"
        origin = f"cchc_model/data/catalogues/{entry.name}"
        found.append(catalogue_from_data(_parse(entry.read_text("utf-8"), fmt, origin), origin))
    catalogues = tuple(found)
    check_versions(catalogues)
    return catalogues


def _looks_like_path(name: str | Path) -> bool:
    if isinstance(name, Path):
        return True
    return "/" in name or "\\" in name or name.lower().endswith((".yaml", ".yml", ".json"))


def load_catalogue(name_or_path: str | Path) -> Catalogue:
    """A built-in catalogue by name (``"qd-766-2022"``, or ``"qd-766"`` when it has one
    version), or a catalogue file by path.

    Raises:
        CatalogueError: an unknown name, an id with several versions, or a file that cannot
            be read or breaks a rule (every problem listed with its path).
    """
    if _looks_like_path(name_or_path):
        return _read_file(Path(name_or_path))
    name = str(name_or_path)
    shipped = builtin_catalogues()
    for catalogue in shipped:
        if catalogue.key == name:
            return catalogue
    versions = [c for c in shipped if c.id == name]
    if len(versions) == 1:
        return versions[0]
    if versions:
        listed = ", ".join(f"{c.key} (from {c.effective_from})" for c in versions)
        _fail(
            "",
            name,
            f"catalogue {name!r} has several versions: {listed}; expected one of their names, "
            "or catalogue_in_force(name, date)",
            "ambiguous",
        )
    known = ", ".join(c.key for c in shipped)
    _fail(
        "",
        name,
        f"no built-in catalogue is named {name!r}; expected one of {known}, or a file path",
        "unknown-catalogue",
    )


def catalogue_in_force(
    name: str, on: date | Period, catalogues: Iterable[Catalogue] | None = None
) -> Catalogue:
    """The version of catalogue ``name`` (its id) in force on a date.

    A period is scored by the version in force on its last day, so ``on`` may be a
    :class:`~cchc_model.model.periods.Period`.

    Args:
        name: The catalogue id, e.g. ``"qd-766"``.
        on: The date, or a period.
        catalogues: Where to look; the built-in catalogues by default.

    Raises:
        CatalogueError: no catalogue has that id, none of its versions is in force then,
            or two are.
    """
    day = on.last_day if isinstance(on, Period) else on
    pool = tuple(builtin_catalogues() if catalogues is None else catalogues)
    versions = [c for c in pool if c.id == name or c.key == name]
    if not versions:
        known = ", ".join(sorted({c.id for c in pool})) or "none"
        _fail("", name, f"no catalogue has id {name!r}; expected one of {known}", "unknown")
    chosen = [c for c in versions if c.in_force(day)]
    if len(chosen) == 1:
        return chosen[0]
    listed = ", ".join(
        f"{c.key} ({c.effective_from} to {c.effective_to or 'now'})" for c in versions
    )
    if not chosen:
        _fail(
            "",
            day.isoformat(),
            f"no version of {name} is in force on {day}; its versions: {listed}",
            "not-in-force",
        )
    _fail(
        "",
        day.isoformat(),
        f"{len(chosen)} versions of {name} are in force on {day} ({listed}); expected one",
        "version-overlap",
    )


def catalogue_indicators(
    *names: str | Path, on: date | Period | None = None
) -> dict[str, Indicator]:
    """The indicators of some catalogues by id, for ``serialization.load(…, known=…)``.

    With no names, every built-in catalogue (only those in force on ``on`` when given).
    Versions of one catalogue keep their indicators' ids (``qd766.4.2`` in the 2022
    decision and on the portal); where several versions define an id, the latest
    version's definition is the one returned.

    Raises:
        CatalogueError: two different catalogues define the same id.
    """
    if names:
        chosen = [load_catalogue(n) for n in names]
    else:
        chosen = [c for c in builtin_catalogues() if on is None or c.in_force(on)]
    table: dict[str, Indicator] = {}
    owner: dict[str, Catalogue] = {}
    problems = []
    for catalogue in chosen:
        for indicator in catalogue:
            earlier = owner.get(indicator.id)
            if earlier is not None and earlier.id != catalogue.id:
                problems.append(
                    Problem(
                        catalogue.key,
                        indicator.id,
                        f"{indicator.id!r} is defined by both {earlier.key} and "
                        f"{catalogue.key}; expected each id in one catalogue",
                        "duplicate",
                    )
                )
                continue
            if earlier is None or catalogue.effective_from > earlier.effective_from:
                table[indicator.id] = indicator
                owner[indicator.id] = catalogue
    if problems:
        raise CatalogueError(problems)
    return table


# --- describing -------------------------------------------------------------------------


def listing(catalogues: Iterable[Catalogue] | None = None) -> str:
    """One line per catalogue: name, dates, counts and title (``cchc catalogue``)."""
    lines = []
    for catalogue in builtin_catalogues() if catalogues is None else catalogues:
        until = catalogue.effective_to.isoformat() if catalogue.effective_to else "…"
        index = " + index" if catalogue.index is not None else ""
        lines.append(
            f"{catalogue.key:<20} {catalogue.effective_from} to {until:<10} "
            f"{len(catalogue):>3} indicator{'' if len(catalogue) == 1 else 's'}{index:<8}  "
            f"{catalogue.title}"
        )
    return "\n".join(lines)


def describe_indicator(indicator: Indicator) -> str:
    """One indicator as text: every field it declares, and each dimension with its
    members (what a row's breakdown columns may hold)."""
    lines = [f"{indicator.id}: {indicator.name}"]
    if indicator.name_en:
        lines.append(f"  in English: {indicator.name_en}")
    lines += [
        f"  measure: {indicator.measure.value}"
        + (f" in {indicator.unit}" if indicator.unit else ""),
        f"  direction: {indicator.direction.value} is better",
        f"  across units: {indicator.spatial.value}; across time: {indicator.temporal.value}",
    ]
    if indicator.area is not None:
        lines.append(f"  reform area: {indicator.area.vi} ({indicator.area.value})")
    if indicator.levels:
        lines.append(f"  levels, lowest first: {', '.join(indicator.levels)}")
    if indicator.numerator:
        lines.append(f"  numerator: {indicator.numerator}")
    if indicator.denominator:
        lines.append(f"  denominator: {indicator.denominator}")
    for dimension in indicator.dimensions:
        name = f" ({dimension.name})" if dimension.name else ""
        lines.append(f"  dimension {dimension.id}{name}: {', '.join(dimension.members)}")
    if not indicator.dimensions:
        lines.append("  no dimensions")
    lines += [f"  excludes: {text}" for text in indicator.exclusions]
    if indicator.description:
        lines.append(f"  {indicator.description}")
    return "\n".join(lines)


def describe(catalogue: Catalogue) -> str:
    """The catalogue as text: metadata, indicators, index, bands, areas, facts, sources."""
    until = f" to {catalogue.effective_to}" if catalogue.effective_to else ""
    lines = [
        f"{catalogue.title}",
        f"  name: {catalogue.key} (id {catalogue.id}, version {catalogue.version})",
        f"  in force: from {catalogue.effective_from}{until}",
    ]
    if catalogue.legal_source:
        lines.append(f"  legal source: {catalogue.legal_source}")
    if catalogue.licence:
        lines.append(f"  licence: {catalogue.licence}")
    lines.append(f"  {len(catalogue)} indicators:")
    for indicator in catalogue:
        unit = f" in {indicator.unit}" if indicator.unit else ""
        area = f", {indicator.area.value}" if indicator.area else ""
        lines.append(
            f"    {indicator.id}: {indicator.measure.value}{unit}, "
            f"{indicator.direction.value} is better{area} — {indicator.name}"
        )
    if catalogue.index is not None:
        lines.append("  index:")
        lines += ["    " + line for line in catalogue.index.describe().splitlines()]
    for classification in catalogue.classifications:
        lines.append(f"  bands {classification.id}: {classification}")
    if catalogue.areas:
        lines.append("  areas:")
        lines += [f"    {area}" for area in catalogue.areas]
    if catalogue.facts:
        lines.append("  facts:")
        lines += [f"    {fact}" for fact in catalogue.facts]
    if catalogue.sources:
        lines.append("  sources:")
        lines += [f"    {source.key}: {source.title}" for source in catalogue.sources]
    return "\n".join(lines)
