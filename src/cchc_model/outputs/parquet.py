"""Results as typed columns: an Arrow table and a Parquet file (pyarrow, the ``batch`` extra).

The columns are those of :data:`records.COLUMNS`, each with one type: text for the
exact numbers (``observed``, ``threshold``, ``gap``, ``coverage``) and the labels,
``float64`` for the ``*_value`` columns, ``int64`` for ``depth``, ``observed_num`` and
``observed_den`` (written as text instead, exactly, when one does not fit in 64 bits),
``bool`` for ``aspirational``. ``observed`` holds a truth value as ``true``/``false``
and a level as its name, so that the column has one type.

The table of a batch evaluation (:attr:`BatchEvaluation.table`) holds its exact values
as 128-bit integer pairs, which Parquet cannot store: :func:`typed_batch_table` writes
them as ``int64`` (or as text, exactly, when one does not fit) and adds
``observed_value``, ``gap_value`` and ``coverage_value``, each the nearest float of its
pair; :func:`write_batch_parquet` writes the result.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ..io.files import write_atomic
from .frames import MissingExtraError
from .records import COLUMNS, FLOAT_COLUMNS, INTEGER_COLUMNS, as_float, to_records

if TYPE_CHECKING:
    from ..rules.results import EvaluationLike

__all__ = [
    "polars_module",
    "records_to_arrow",
    "to_arrow",
    "typed_batch_table",
    "write_batch_parquet",
    "write_parquet",
]

_INT64 = range(-(2**63), 2**63)


def _pyarrow() -> Any:
    try:
        return importlib.import_module("pyarrow")
    except ImportError as exc:
        raise MissingExtraError("pyarrow", "batch") from exc


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _column(pa: Any, name: str, values: Sequence[Any]) -> Any:
    if name in FLOAT_COLUMNS:
        return pa.array(values, type=pa.float64())
    if name in INTEGER_COLUMNS:
        if all(v is None or v in _INT64 for v in values):
            return pa.array(values, type=pa.int64())
        return pa.array([_text(v) for v in values], type=pa.string())
    if name == "aspirational":
        return pa.array(values, type=pa.bool_())
    return pa.array([_text(v) for v in values], type=pa.string())


def records_to_arrow(records: Iterable[dict[str, Any]]) -> Any:
    """Records with the columns of :data:`records.COLUMNS` as a typed pyarrow Table."""
    pa = _pyarrow()
    rows = list(records)
    return pa.table({name: _column(pa, name, [row[name] for row in rows]) for name in COLUMNS})


def to_arrow(evaluation: EvaluationLike) -> Any:
    """The evaluation's records as a pyarrow Table with one type per column (module docs).

    Raises:
        CchcError: if pyarrow is not installed (``pip install ".[batch]"`` in a checkout).
    """
    return records_to_arrow(to_records(evaluation))


def write_parquet(records: Iterable[dict[str, Any]], path: str | os.PathLike[str]) -> None:
    """Write records (of one evaluation or of many) as a Parquet file, whole or not at all.

    Raises:
        CchcError: if pyarrow is not installed.
        OSError: the file cannot be written.
    """
    table = records_to_arrow(records)
    parquet = importlib.import_module("pyarrow.parquet")
    write_atomic(path, lambda temporary: parquet.write_table(table, temporary))


#: The exact pairs of a batch table, each beside the float its ``*_value`` column holds.
BATCH_PAIRS = ("observed", "gap", "coverage")


def _pair_floats(nums: Sequence[Any], dens: Sequence[Any]) -> list[float | None]:
    return [
        None if n is None or not d else as_float(Fraction(n, d))
        for n, d in zip(nums, dens, strict=True)
    ]


def polars_module() -> Any:
    """polars, imported when first needed.

    Raises:
        CchcError: if polars is not installed (``pip install ".[batch]"`` in a checkout).
    """
    try:
        return importlib.import_module("polars")
    except ImportError as exc:
        raise MissingExtraError("polars", "batch") from exc


def typed_batch_table(table: Any) -> Any:
    """A batch result table (a polars DataFrame) with the types Parquet stores.

    Each 128-bit integer column becomes ``Int64``, or text holding the exact integer when
    a value does not fit in 64 bits; ``observed_value``, ``gap_value`` and
    ``coverage_value`` are added after their pairs' columns, each the nearest float of
    ``num / den`` (null when there is no pair or the denominator is 0).

    Raises:
        CchcError: if polars is not installed (``pip install ".[batch]"`` in a checkout).
    """
    pl = polars_module()
    columns = []
    for name, dtype in table.schema.items():
        column = table[name]
        if dtype == pl.Int128:
            low, high = column.min(), column.max()
            fits = low is None or (low in _INT64 and high in _INT64)
            column = column.cast(pl.Int64) if fits else column.cast(pl.String)
        columns.append(column)
    out = pl.DataFrame(columns)
    for base in BATCH_PAIRS:
        num, den = f"{base}_num", f"{base}_den"
        if num in table.columns and den in table.columns:
            floats = _pair_floats(table[num].to_list(), table[den].to_list())
            out = out.with_columns(pl.Series(f"{base}_value", floats, dtype=pl.Float64))
    return out


def write_batch_parquet(table: Any, path: str | os.PathLike[str]) -> None:
    """Write a batch result table as a Parquet file (:func:`typed_batch_table`), whole or
    not at all.

    Raises:
        CchcError: if polars is not installed.
        OSError: the file cannot be written.
    """
    typed = typed_batch_table(table)
    write_atomic(path, lambda temporary: typed.write_parquet(temporary))
