"""polars: small tables gathered by position, keys packed, 128-bit products."""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import Any

from ..backend import Backend, label_type, register

__all__ = ["PolarsBackend", "gathered", "labelled", "looked_up"]


def _pl() -> Any:
    return importlib.import_module("polars")


def _taken(pl: Any, position: str, values: Sequence[Any], dtype: Any) -> Any:
    """The polars expression of ``values[position]``, row by row: a gather, no join."""
    return pl.lit(pl.Series(list(values), dtype=dtype)).gather(pl.col(position))


@register
class PolarsBackend(Backend):
    """polars LazyFrames (and eager frames of any library, evaluated on polars)."""

    implementations = ("polars",)
    name = "polars"
    wide_type = "Int128"
    packs_keys = True

    def table(self, columns: Mapping[str, Sequence[Any]], schema: Mapping[str, Any]) -> Any:
        pl = _pl()
        nw = self.nw
        types = {nw.Int64: pl.Int64, nw.String: pl.String, nw.Boolean: pl.Boolean}
        frame = pl.DataFrame(
            {name: list(columns[name]) for name in schema},
            schema={name: types[dtype] for name, dtype in schema.items()},
        )
        return nw.from_native(frame.lazy())

    def materialise(self, frame: Any) -> Any:
        return frame.collect().lazy()

    def collect(self, frame: Any) -> Any:
        return frame.collect().to_native()

    def indicator_stats(
        self, frame: Any, by: str, sums: Sequence[str], unique: Sequence[str]
    ) -> list[dict[str, Any]]:
        # the same pass counts the distinct hashes of the rows' keys
        pl = _pl()
        first, second = unique
        found = (
            frame.to_native()
            .group_by(by)
            .agg(
                pl.col("bad").any(),
                *(pl.col(name).cast(pl.Float64).abs().sum() for name in sums),
                pl.len().alias("rows"),
                (pl.col(first).hash(1) ^ pl.col(second).hash(2)).n_unique().alias("hashes"),
            )
            .collect()
        )
        return list(found.rows(named=True))

    def with_labels(self, frame: Any, labels: Mapping[str, tuple[str, Sequence[Any]]]) -> Any:
        return self.nw.from_native(labelled(frame.to_native(), labels))

    def gathered(
        self, frame: Any, position: str, columns: Mapping[str, tuple[Any, Sequence[Any]]]
    ) -> Any:
        return self.nw.from_native(gathered(frame.to_native(), position, columns))

    def lookup(
        self,
        frame: Any,
        column: str,
        keys: Sequence[str],
        position: str | None = None,
        columns: Mapping[str, tuple[Any, Sequence[Any]]] | None = None,
    ) -> Any:
        return self.nw.from_native(looked_up(frame.to_native(), column, keys, position, columns))


# --- on polars frames, eager or lazy (the Dask adapter runs them on each partition) -----


def _polars_type(dtype: Any) -> Any:
    """The polars type of a narwhals Int64, Boolean or String."""
    pl = _pl()
    return {"Int64": pl.Int64, "Boolean": pl.Boolean, "String": pl.String}[str(dtype)]


def labelled(native: Any, labels: Mapping[str, tuple[str, Sequence[Any]]]) -> Any:
    """``native`` with integer id columns turned into values, by position (see
    :meth:`Backend.with_labels`)."""
    pl = _pl()
    dropped = {column for column, _ in labels.values()} - set(labels)
    native = native.with_columns(
        _taken(pl, column, values, label_type(pl, values)).alias(name)
        for name, (column, values) in labels.items()
    )
    return native.drop(*dropped)


def gathered(native: Any, position: str, columns: Mapping[str, tuple[Any, Sequence[Any]]]) -> Any:
    """``native`` with ``columns`` taken at ``position``: a gather, no join (see
    :meth:`Backend.gathered`)."""
    pl = _pl()
    return native.with_columns(
        _taken(pl, position, values, _polars_type(dtype)).alias(name)
        for name, (dtype, values) in columns.items()
    )


def looked_up(
    native: Any,
    column: str,
    keys: Sequence[str],
    position: str | None = None,
    columns: Mapping[str, tuple[Any, Sequence[Any]]] | None = None,
) -> Any:
    """``native`` with the position of its ``column`` among ``keys``, found by a cast to
    an enum of the keys, and rows whose key is not one of them left out (see
    :meth:`Backend.lookup`)."""
    pl = _pl()
    at = position or "_position"
    found = pl.col(column).cast(pl.Enum(list(keys)), strict=False).to_physical()
    native = native.with_columns(found.cast(pl.Int64).alias(at))
    native = native.filter(pl.col(at).is_not_null())
    native = gathered(native, at, columns) if columns else native
    return native if position else native.drop(at)
