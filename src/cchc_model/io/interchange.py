"""What the readers of other systems' files share: the result of an import, the rows it
left out and why, and the one way rows become observations.

A reader of another system's export (:mod:`cchc_model.io.dhis2`,
:mod:`cchc_model.io.sdmx`) turns each row it understands into a record and hands the
records to :meth:`ObservationSet.from_records`, so every row passes the library's one
row validation. The problems it raises are named again in the source's own terms
(``dataValues[3].value``, ``line 7: OBS_VALUE``). Rows that map to nothing (a data
element the mapping does not name, a deleted value, a row without a value) are not
observations and not errors: they are listed in :attr:`Imported.skipped`, and a
:class:`~cchc_model.exceptions.CchcWarning` says how many were left out and why.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from ..exceptions import CchcWarning, Problem, ValidationError
from ..model.indicators import Indicator
from .files import TooLarge, read_text
from .observations import ObservationError, ObservationSet, read_value
from .serialization import DuplicateKey, no_duplicate_keys, read_yaml

__all__ = ["Imported", "MappingError", "Skipped", "load_mapping_document", "value_problems"]


class MappingError(ValidationError):
    """A mapping between another system's codes and the plan's broke one or more rules;
    :attr:`problems` lists every one of them."""


@attrs.frozen
class Skipped:
    """A row of the source that maps to no observation.

    Attributes:
        where: The row, as the source names it (``dataValues[4]``, ``line 9``).
        reason: What the row is and why it was left out, in a sentence.
        code: A stable code: ``deleted``, ``unmapped-data-element``,
            ``unmapped-org-unit``, ``unknown-indicator``, ``no-value``, ``delete-action``.
    """

    where: str = attrs.field(validator=attrs.validators.instance_of(str))
    reason: str = attrs.field(validator=attrs.validators.instance_of(str))
    code: str = attrs.field(validator=attrs.validators.instance_of(str))


def _skipped(rows: Iterable[Skipped]) -> tuple[Skipped, ...]:
    return tuple(rows)


def _names(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(names)


@attrs.frozen
class Imported:
    """The observations read from another system's file, and what was left out.

    Attributes:
        observations: The observations, validated against the indicators.
        skipped: Every row that maps to no observation, in the order of the source.
        ignored_columns: Columns read past because they hold nothing the observations
            take (SDMX attributes, DHIS2 ``storedby``), in the order of the source.
    """

    observations: ObservationSet = attrs.field(
        validator=attrs.validators.instance_of(ObservationSet)
    )
    skipped: tuple[Skipped, ...] = attrs.field(default=(), converter=_skipped)
    ignored_columns: tuple[str, ...] = attrs.field(default=(), converter=_names)

    def skipped_counts(self) -> dict[str, int]:
        """How many rows were left out, by code, in the order first met."""
        return dict(Counter(s.code for s in self.skipped))


def warn_skipped(skipped: Sequence[Skipped], what: str, stacklevel: int) -> None:
    """Say once how many rows of ``what`` were left out, by reason, with the first few;
    ``stacklevel`` is that of the caller's caller (2: the function calling this one)."""
    if not skipped:
        return
    counts = Counter(s.code for s in skipped)
    first = "; ".join(f"{s.where}: {s.reason}" for s in skipped[:3])
    more = f" and {len(skipped) - 3} more" if len(skipped) > 3 else ""
    by_code = ", ".join(f"{n} {code}" for code, n in counts.items())
    warnings.warn(
        f"{len(skipped)} rows of {what} map to no observation ({by_code}): {first}{more}; "
        "they are listed in Imported.skipped",
        CchcWarning,
        stacklevel=stacklevel + 1,
    )


_RECORD: re.Pattern[str] = re.compile(r"records\[(\d+)\]")


def observations_from(
    records: Sequence[Mapping[str, Any]],
    indicators: Iterable[Indicator] | Mapping[str, Indicator],
    source: str,
    where: Callable[[int, str], str],
    early: Sequence[Problem] = (),
) -> ObservationSet:
    """The records as an :class:`ObservationSet`; every problem (``early`` ones first)
    named by ``where(record index, record field)`` instead of ``records[i].field``.

    Raises:
        ObservationError: listing every problem, in the source's terms.
    """
    problems = list(early)
    try:
        found = ObservationSet.from_records(records, indicators, source=source)
    except ObservationError as exc:
        problems.extend(_renamed(p, where) for p in exc.problems)
        raise ObservationError(problems) from None
    if problems:
        raise ObservationError(problems)
    return found


def _renamed(problem: Problem, where: Callable[[int, str], str]) -> Problem:
    path = problem.path
    m = _RECORD.match(path)
    if m is not None:
        rest = path[m.end() :].lstrip(".").lstrip(":").strip()
        path = where(int(m[1]), rest)
    message = _RECORD.sub(lambda r: where(int(r[1]), ""), problem.message)
    return attrs.evolve(problem, path=path, message=message)


def value_problems(indicator: Indicator, value: Any, where: str) -> list[Problem]:
    """The problems of a value read on its own (the library's one value check,
    :func:`read_value`), named at ``where``: for a row that gives no observation."""
    try:
        read_value(indicator, value)
    except ValidationError as exc:
        return [attrs.evolve(p, path=where) for p in exc.problems]
    return []


def at(label: str, field: str) -> str:
    """Join a row label and a field: ``dataValues[3].value``, ``line 7: OBS_VALUE``."""
    if not field:
        return label
    if label.endswith("]"):
        return f"{label}.{field}"
    return f"{label}: {field}"


def read_json_document(text: str, what: str) -> Any:
    """JSON text read exactly: numbers with a fraction stay text (never a binary float),
    a key given twice in one object, NaN and Infinity are refused.

    Raises:
        ObservationError: the text is not such JSON.
    """

    def refuse(name: str) -> Any:
        raise ValueError(f"{name} is not a number JSON allows")

    try:
        return json.loads(
            text.removeprefix("\ufeff"),
            object_pairs_hook=no_duplicate_keys,
            parse_float=str,
            parse_constant=refuse,
        )
    except DuplicateKey as exc:
        message = f"the key {exc.key!r} is given twice in one object; expected each key once"
        raise ObservationError.single(what, exc.key, message, "duplicate-key") from None
    except RecursionError:
        raise ObservationError.single(
            what, None, "the JSON nests too deeply; expected a flat document", "too-deep"
        ) from None
    except ValueError as exc:
        raise ObservationError.single(
            what, None, f"the file is not valid JSON: {exc}", "syntax"
        ) from None


def read_file_text(path: str | os.PathLike[str], limit: int, setting: str) -> str:
    """The UTF-8 text of a file of at most ``limit`` bytes.

    Raises:
        ObservationError: the file cannot be read, is larger, or is not UTF-8.
    """
    name = os.fspath(path)
    try:
        return read_text(name, limit)
    except TooLarge as exc:
        raise ObservationError.single(
            name, None, f"{exc}; expected a file within the limit ({setting})", "too-large"
        ) from None
    except UnicodeDecodeError as exc:
        raise ObservationError.single(
            name, None, f"the file is not UTF-8 ({exc.reason}); expected UTF-8", "encoding"
        ) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ObservationError.single(
            name, None, f"cannot read the file: {reason}", "unreadable"
        ) from None


#: The largest mapping file read, in bytes.
MAX_MAPPING_BYTES = 5_000_000


def load_mapping_document(path: str | os.PathLike[str]) -> Any:
    """A mapping file read as plain data: ``.json`` as JSON, anything else as YAML, both
    refusing a key given twice.

    Raises:
        MappingError: the file cannot be read or is not valid YAML or JSON.
    """
    name = os.fspath(path)
    try:
        text = read_text(name, MAX_MAPPING_BYTES)
    except (TooLarge, UnicodeDecodeError, OSError) as exc:
        raise MappingError.single(
            name, None, f"cannot read the mapping file: {exc}", "unreadable"
        ) from None
    try:
        if Path(name).suffix.lower() == ".json":
            return json.loads(text.removeprefix("\ufeff"), object_pairs_hook=no_duplicate_keys)
        return read_yaml(text)
    except DuplicateKey as exc:
        raise MappingError.single(
            name,
            exc.key,
            f"the key {exc.key!r} is given twice; expected each key once",
            "duplicate-key",
        ) from None
    except Exception as exc:  # any parser failure is a syntax problem
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise MappingError.single(
            name, None, f"not valid YAML or JSON: {detail}", "syntax"
        ) from None


def text_field(value: Any, path: str, expected: str, problems: list[Problem]) -> str | None:
    """``value`` as stripped, non-empty text; else None after adding a problem."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    problems.append(
        Problem(path, value, f"{value!r} is not an identifier; expected {expected}", "type")
    )
    return None
