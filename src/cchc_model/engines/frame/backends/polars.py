"""polars: small tables gathered by position, keys packed, 128-bit products."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from ..backend import Backend, Labels, Typed, label_type, register
from ..types import Columns, Frame, NarwhalsDType, Record, Scalar

if TYPE_CHECKING:
    import polars as pl

#: A polars frame, eager or lazy (the Dask adapter runs these on eager partitions).
Native = TypeVar("Native", "pl.DataFrame", "pl.LazyFrame")

__all__ = ["BITMAP_KEYS", "PolarsBackend", "gathered", "labelled", "looked_up", "narrow_int_type"]

#: The largest key space whose duplicates are found with a bitmap (2**28 keys: 32 MiB).
BITMAP_KEYS = 2**28
#: The largest key space joined by position (a 32-bit row number per key: 64 MiB).
DENSE_KEYS = 2**24


def _taken(position: str, values: Sequence[Scalar], dtype: type[pl.DataType]) -> pl.Expr:
    """The polars expression of ``values[position]``, row by row: a gather, no join."""
    import polars as pl

    return pl.lit(pl.Series(list(values), dtype=dtype)).gather(pl.col(position))


@register
class PolarsBackend(Backend):
    """polars LazyFrames (and eager frames of any library, evaluated on polars)."""

    implementations = ("polars",)
    name = "polars"
    wide_type = "Int128"
    packs_keys = True

    def table(self, columns: Columns, schema: Mapping[str, NarwhalsDType]) -> Frame:
        import polars as pl

        nw = self.nw
        types: dict[NarwhalsDType, type[pl.DataType]] = {
            nw.Int64: pl.Int64,
            nw.String: pl.String,
            nw.Boolean: pl.Boolean,
        }
        if self.wide is not None:  # numbers beyond 64 bits the reference engine decided
            types[self.wide] = pl.Int128
        frame = pl.DataFrame(
            {name: list(columns[name]) for name in schema},
            schema={name: types[dtype] for name, dtype in schema.items()},
        )
        made: Frame = nw.from_native(frame.lazy())
        return made

    def materialise(self, frame: Frame) -> Frame:
        return frame.collect().lazy()

    def materialise_compact(
        self,
        frame: Frame,
        bounds: Mapping[str, int],
        texts: Mapping[str, Sequence[str]] | None = None,
    ) -> Frame:
        """Whole numbers of a known range stored in 8, 16 or 32 bits, and texts of a few
        known values as an enum (1 byte a row, not a 16-byte view); read back as computed:
        the table stays about half the size while later steps see the same frame."""
        import polars as pl

        native = frame.to_native()
        schema = native.collect_schema()
        stored: list[pl.Expr] = []
        restored: list[pl.Expr] = []
        for name, bound in bounds.items():
            narrow = narrow_int_type(bound)
            if narrow is not None and schema[name].is_integer():
                stored.append(pl.col(name).cast(narrow))
                restored.append(pl.col(name).cast(schema[name]))
        for name, values in (texts or {}).items():
            if schema[name] == pl.String:
                stored.append(pl.col(name).cast(pl.Enum(list(values))))
                restored.append(pl.col(name).cast(pl.String))
        table = native.with_columns(stored).collect()
        made: Frame = self.nw.from_native(table.lazy().with_columns(restored))
        return made

    def collect(self, frame: Frame) -> pl.DataFrame:
        # in memory: the result's columns computed over a collected table (its labels)
        # are added to that table's own columns, not copied with them batch by batch
        collected: pl.DataFrame = frame.to_native().collect(engine="in-memory")
        return collected

    def distinct_keys(self, frame: Frame, space: int) -> bool | None:
        """A key space of up to :data:`BITMAP_KEYS` is checked by marking each key in a
        bitmap (one pass, no hashing); a larger one by counting distinct keys."""
        import polars as pl

        (column,) = frame.collect_schema().names()
        keys = frame.to_native().select(pl.col(column)).collect().to_series()
        if keys.null_count():
            return None
        if space <= BITMAP_KEYS:
            marks = pl.zeros(space, dtype=pl.Boolean, eager=True)
            marks.scatter(keys, True)
            return bool(marks.sum() == keys.len())
        return bool(keys.n_unique() == keys.len())

    def joined_on_key(self, left: Frame, right: Frame, key: str, space: int) -> Frame:
        """A key space of up to :data:`DENSE_KEYS` (and not far larger than ``right``) is
        joined by position: each key's row of ``right`` marked in an array, that array
        read at ``left``'s keys, and ``right``'s columns taken at those rows (no hashing)."""
        import polars as pl

        table = right.to_native().collect()
        if space > DENSE_KEYS or space > 8 * table.height + 2**16:  # right computed once
            return super().joined_on_key(left, self.nw.from_native(table.lazy()), key, space)
        rows = pl.repeat(None, space, dtype=pl.UInt32, eager=True).scatter(
            table[key], pl.int_range(0, table.height, dtype=pl.UInt32, eager=True)
        )
        at = "_row_of_" + key
        native = (
            left.to_native()
            .with_columns(pl.lit(rows).gather(pl.col(key)).alias(at))
            .with_columns(
                pl.lit(table[name]).gather(pl.col(at)).alias(name)
                for name in table.columns
                if name != key
            )
            .drop(at)
        )
        made: Frame = self.nw.from_native(native)
        return made

    def indicator_stats(self, frame: Frame, by: str, sums: Sequence[str]) -> list[Record]:
        import polars as pl

        found = (
            frame.to_native()
            .group_by(by)
            .agg(
                pl.col("bad").any(),
                *(pl.col(name).cast(pl.Float64).abs().sum() for name in sums),
                pl.len().alias("rows"),
            )
            .collect()
        )
        return list(found.rows(named=True))

    def with_labels(self, frame: Frame, labels: Labels) -> Frame:
        made: Frame = self.nw.from_native(labelled(frame.to_native(), labels))
        return made

    def gathered(self, frame: Frame, position: str, columns: Typed) -> Frame:
        made: Frame = self.nw.from_native(gathered(frame.to_native(), position, columns))
        return made

    def lookup(
        self,
        frame: Frame,
        column: str,
        keys: Sequence[str],
        position: str | None = None,
        columns: Typed | None = None,
        keep: bool = False,
    ) -> Frame:
        native = looked_up(frame.to_native(), column, keys, position, columns, keep)
        made: Frame = self.nw.from_native(native)
        return made


def narrow_int_type(bound: int) -> type[pl.DataType] | None:
    """The narrowest signed integer type of polars that holds ``[0, bound)``, if narrower
    than 64 bits."""
    import polars as pl

    for dtype, top in ((pl.Int8, 2**7), (pl.Int16, 2**15), (pl.Int32, 2**31)):
        if bound <= top:
            return dtype
    return None


# --- on polars frames, eager or lazy (the Dask adapter runs them on each partition) -----


def _polars_type(dtype: NarwhalsDType) -> type[pl.DataType]:
    """The polars type of a narwhals Int64, Boolean or String."""
    import polars as pl

    return {"Int64": pl.Int64, "Boolean": pl.Boolean, "String": pl.String}[str(dtype)]


def labelled(native: Native, labels: Labels) -> Native:
    """``native`` with integer id columns turned into values, by position (see
    :meth:`Backend.with_labels`)."""
    import polars as pl

    dropped = {column for column, _ in labels.values()} - set(labels)
    native = native.with_columns(
        _taken(column, values, label_type(pl, values)).alias(name)
        for name, (column, values) in labels.items()
    )
    return native.drop(*dropped)


def gathered(native: Native, position: str, columns: Typed) -> Native:
    """``native`` with ``columns`` taken at ``position``: a gather, no join (see
    :meth:`Backend.gathered`)."""
    return native.with_columns(
        _taken(position, values, _polars_type(dtype)).alias(name)
        for name, (dtype, values) in columns.items()
    )


def looked_up(
    native: Native,
    column: str,
    keys: Sequence[str],
    position: str | None = None,
    columns: Typed | None = None,
    keep: bool = False,
) -> Native:
    """``native`` with the position of its ``column`` among ``keys``, found by a cast to
    an enum of the keys, and rows whose key is not one of them left out, or with
    ``keep`` kept with nulls (see :meth:`Backend.lookup`)."""
    import polars as pl

    at = position or "_position"
    found = pl.col(column).cast(pl.Enum(list(keys)), strict=False).to_physical()
    native = native.with_columns(found.cast(pl.Int64).alias(at))
    if not keep:
        native = native.filter(pl.col(at).is_not_null())
    native = gathered(native, at, columns) if columns else native
    return native if position else native.drop(at)
