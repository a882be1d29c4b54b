"""An index scored for many units and periods, from a table shaped like the portal's.

The National Public Service Portal publishes, for each province or commune and each
month, quarter or year, one rate per indicator. A table of those rates — one row per
unit, period and indicator — is what :func:`index_values` reads and :func:`score_table`
scores, one :class:`~cchc_model.indices.scoring.IndexScore` per unit and period.

Columns (a CSV header, or the keys of each mapping):

============  ========================================================================
column        what it holds
============  ========================================================================
code          the unit's code (``"06"``), required
period        the period's label (``"2025"``, ``"2025-Q3"``, ``"2025-07"``), required
indicator     the indicator's id (``qd766.4.3``) or its number in the index (``4.3``)
rate          the rate in percent (``62``, ``62.5 %``, ``62,5``), ``N/A`` when there
              was nothing to measure, empty when not known
numerator,    counts instead of a rate (``0`` of ``0`` is nothing to measure)
denominator
name, note    kept for people, not read
============  ========================================================================

Example:
    >>> from cchc_model.indices.catalogues import load_catalogue
    >>> portal = load_catalogue("qd-766-portal").index
    >>> values = index_values(
    ...     [{"code": "06", "period": "2025", "indicator": "4.3", "rate": "62"}], portal
    ... )
    >>> values[("06", "2025")]
    {'qd766.4.3': Fraction(62, 1)}
"""

from __future__ import annotations

import csv
import functools
import os
from collections.abc import Callable, Iterable, Mapping
from fractions import Fraction
from typing import Any

import attrs

from ..exceptions import Problem, ValidationError
from ..io import observations
from ..io.files import TooLarge, limited_lines
from ..model.periods import Period
from ..model.units import exact
from .catalogues import Catalogue, catalogue_in_force
from .scoring import NOT_APPLICABLE, IndexDefinition, IndexScore, NotApplicable, score_index

__all__ = [
    "COLUMNS",
    "Definitions",
    "in_force",
    "index_values",
    "read_index_values",
    "score_table",
]

#: The columns a table of index values may have.
COLUMNS = ("code", "period", "indicator", "rate", "numerator", "denominator", "name", "note")
_REQUIRED = ("code", "period", "indicator")
_NOT_APPLICABLE_TEXTS = frozenset({"n/a", "na", "không phát sinh"})

#: One unit's values by indicator id: a rate in percent, (numerator, denominator) counts,
#: or NOT_APPLICABLE.
Values = dict[str, Fraction | tuple[Fraction, Fraction] | NotApplicable]

#: The index to score a period by: one definition, or one chosen by the period's label
#: (:func:`in_force`).
Definitions = IndexDefinition | Callable[[str], IndexDefinition]


def in_force(
    name: str,
    catalogues: Iterable[Catalogue] | None = None,
    adjust: Callable[[IndexDefinition], IndexDefinition] | None = None,
) -> Callable[[str], IndexDefinition]:
    """The index of the version of catalogue ``name`` in force on a period's last day:
    ``in_force("qd-766")("2024")`` is the 2022 decision's, ``("2025-Q3")`` the portal's.

    Args:
        name: A catalogue id with versions, such as ``"qd-766"``.
        catalogues: Where to look; the built-in catalogues by default.
        adjust: Applied to each version's index (points, readings) before it scores.

    The function it returns raises :class:`~cchc_model.exceptions.ValidationError` for a
    period no version with an index covers.
    """
    pool = None if catalogues is None else tuple(catalogues)

    @functools.cache
    def choose(label: str) -> IndexDefinition:
        catalogue = catalogue_in_force(name, Period.parse(label), pool)
        if catalogue.index is None:
            raise ValidationError.single(
                "period", label, f"{catalogue.key} has no index; expected one that has"
            )
        return catalogue.index if adjust is None else adjust(catalogue.index)

    return choose


def _chosen(definitions: Definitions, period: str) -> IndexDefinition:
    return definitions if isinstance(definitions, IndexDefinition) else definitions(period)


def _text(row: Mapping[str, Any], column: str) -> str:
    value = row.get(column)
    return "" if value is None else str(value).strip()


def _item_ids(definition: IndexDefinition) -> dict[str, str]:
    """Every way a row may name an item: its id, and its number where it has one."""
    ids = {item.indicator: item.indicator for item in definition.items}
    for item in definition.items:
        if item.number and item.number not in ids:
            ids[item.number] = item.indicator
    return ids


def _rate(text: str, path: str) -> Fraction | NotApplicable | None:
    if not text:
        return None
    if text.lower() in _NOT_APPLICABLE_TEXTS:
        return NOT_APPLICABLE
    return exact(text.removesuffix("%").strip(), path)


def _read_row(
    row: Mapping[str, Any],
    where: str,
    definitions: Definitions,
    ids_of: Callable[[IndexDefinition], Mapping[str, str]],
) -> tuple[tuple[str, str], str, Fraction | tuple[Fraction, Fraction] | NotApplicable | None]:
    problems = [
        Problem(f"{where}.{column}", None, f"no {column}; expected a value", "missing")
        for column in _REQUIRED
        if not _text(row, column)
    ]
    unknown = [str(c) for c in row if c not in COLUMNS]
    if unknown:
        problems.append(
            Problem(
                where,
                unknown,
                "unknown column "
                + ", ".join(map(repr, unknown))
                + "; expected among "
                + ", ".join(COLUMNS),
                "unknown-column",
            )
        )
    if problems:
        raise ValidationError(problems)
    key = (_text(row, "code"), _text(row, "period"))
    try:
        Period.parse(key[1])
        definition = _chosen(definitions, key[1])
    except ValidationError as exc:
        raise exc.prefixed(f"{where}.period") from None
    ids = ids_of(definition)
    name = _text(row, "indicator")
    indicator = ids.get(name)
    if indicator is None:
        raise ValidationError.single(
            f"{where}.indicator",
            name,
            f"{name!r} is not scored by {definition.id}; expected an id or a number among "
            + ", ".join(ids),
            "unknown-indicator",
        )
    rate, num, den = (_text(row, c) for c in ("rate", "numerator", "denominator"))
    if rate and (num or den):
        raise ValidationError.single(
            where, rate, "both a rate and counts; expected one or the other", "ambiguous"
        )
    if num or den:
        if not (num and den):
            raise ValidationError.single(
                where, num or den, "one count of a pair; expected a numerator and a denominator"
            )
        pair = (exact(num, f"{where}.numerator"), exact(den, f"{where}.denominator"))
        return key, indicator, pair
    return key, indicator, _rate(rate, f"{where}.rate")


def index_values(
    rows: Iterable[Mapping[str, Any]], definitions: Definitions, *, source: str = "rows"
) -> dict[tuple[str, str], Values]:
    """The values of each unit and period, by indicator id, from rows of :data:`COLUMNS`.

    ``definitions`` is the index whose ids and numbers the rows use, or :func:`in_force`
    to read each period by the version in force then. A row with no rate and no counts
    leaves its indicator unknown, as a row left out does.

    Raises:
        ValidationError: every problem found, each with its row (``rows[3].rate``, or
            ``data.csv:5.rate`` for a file): a missing column, an indicator the index
            does not score, a rate that is not a number, a unit, period and indicator
            given twice.
    """
    known: dict[int, dict[str, str]] = {}

    def ids_of(definition: IndexDefinition) -> dict[str, str]:
        found = known.get(id(definition))
        if found is None:
            found = known[id(definition)] = _item_ids(definition)
        return found

    values: dict[tuple[str, str], Values] = {}
    seen: dict[tuple[str, str, str], str] = {}
    problems: list[Problem] = []
    for index, row in enumerate(rows):
        where = f"{source}[{index}]" if source == "rows" else f"{source}:{index + 2}"
        try:
            key, indicator, value = _read_row(row, where, definitions, ids_of)
        except ValidationError as exc:
            problems.extend(exc.problems)
            continue
        first = seen.setdefault((*key, indicator), where)
        if first != where:
            problems.append(
                Problem(
                    where,
                    indicator,
                    f"{indicator} of {key[0]} in {key[1]} is also {first}; expected one row "
                    "per unit, period and indicator",
                    "duplicate",
                )
            )
            continue
        found = values.setdefault(key, {})
        if value is not None:
            found[indicator] = value
    if problems:
        raise ValidationError(problems)
    return values


def read_index_values(
    path: str | os.PathLike[str], definitions: Definitions
) -> dict[tuple[str, str], Values]:
    """:func:`index_values` from a CSV file with a header line (UTF-8, BOM tolerated).

    Raises:
        ValidationError: a file that cannot be read, or the problems of its rows, each
            named ``file.csv:LINE.column``.
    """
    name = os.fspath(path)
    try:
        with open(name, encoding="utf-8-sig", newline="") as stream:
            rows = list(
                csv.DictReader(
                    limited_lines(stream, observations.MAX_CSV_CHARS, observations.MAX_CSV_LINE)
                )
            )
    except TooLarge as exc:
        raise ValidationError.single(
            f"{os.path.basename(name)}:{exc.line}", None, f"{exc}", "too-large"
        ) from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ValidationError.single(
            name, None, f"cannot read {name}: {exc}; expected a UTF-8 CSV file", "file"
        ) from None
    return index_values(rows, definitions, source=os.path.basename(name))


def score_table(
    definitions: Definitions, values: Mapping[tuple[str, str], Mapping[str, Any]]
) -> dict[tuple[str, str], IndexScore]:
    """Each unit and period scored by ``definitions``: one index, or (:func:`in_force`)
    the version in force in the period. Each score is one version's, never a mix.

    Raises:
        ValidationError: every value that cannot be scored, its path led by the unit and
            period (``values[('06', '2025')]['qd766.4.3']``).
    """
    scores: dict[tuple[str, str], IndexScore] = {}
    problems: list[Problem] = []
    for key, unit_values in values.items():
        try:
            scores[key] = score_index(_chosen(definitions, key[1]), unit_values)
        except ValidationError as exc:
            lead = f"values[{key!r}]"
            problems.extend(
                attrs.evolve(p, path=lead + p.path.removeprefix("values")) for p in exc.problems
            )
    if problems:
        raise ValidationError(problems)
    return scores
