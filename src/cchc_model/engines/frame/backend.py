"""What the dataframe engine needs of a dataframe library, and the adapter for each.

Every computation is written once against the narwhals API (:mod:`.translate` turns the
rules into narwhals expressions). A :class:`Backend` adds what narwhals leaves to the
library: making a small table beside the user's data (in the same DuckDB connection or
Spark session), materialising an intermediate result once, and a wide integer type for
exact products. Each library has its adapter in :mod:`.backends`, registered by the
narwhals implementations it serves; adding a library means writing one adapter.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import ClassVar, TypeVar

from ...exceptions import CchcError
from .types import (
    ArrowTable,
    ArrowType,
    Collected,
    Columns,
    Connection,
    Frame,
    Namespace,
    NarwhalsDType,
    NarwhalsFrame,
    NativeFrame,
    Record,
    Scalar,
    TypeNamespace,
)

_Int = TypeVar("_Int")
_Text = TypeVar("_Text")

#: Small-table columns by name: ``(narwhals type, values)``.
Typed = Mapping[str, tuple[NarwhalsDType, Sequence[Scalar]]]
#: Labels for integer id columns: ``{new column: (id column, value of each id)}``.
Labels = Mapping[str, tuple[str, Sequence[Scalar]]]

__all__ = ["Backend", "BatchInputError", "Unsupported", "narwhals", "register"]


class BatchInputError(CchcError, TypeError):
    """The observations are not a dataframe the vectorised evaluator can read."""


class Unsupported(Exception):
    """Input the dataframe engine does not take; the reference engine decides instead."""


def narwhals() -> Namespace:
    """The narwhals module (the ``batch`` extra)."""
    try:
        import narwhals as nw  # the module, checked against Namespace
    except ImportError as exc:  # pragma: no cover - the extra is documented
        raise BatchInputError(
            "the vectorised evaluator needs narwhals; install it with "
            'the batch extra (in a checkout of cchc_model: pip install ".[batch]")'
        ) from exc
    return nw


class Backend:
    """A dataframe library the engine runs on; the defaults work through narwhals alone.

    Attributes:
        name: ``polars``, ``duckdb``, ``sqlframe``, ``pyspark``, ``dask`` …
        wide: The narwhals dtype used for exact products (128-bit where the library
            has it), or ``None`` when products stay 64-bit and are range-checked.
        packs_keys: Whether grouping on one packed integer key is exact and faster.
        null_conditions_are_false: Whether a null condition in ``when`` is taken as
            false without being told (True for polars and SQL engines).
    """

    #: The narwhals implementations (``Implementation.value``) the adapter serves.
    implementations: ClassVar[tuple[str, ...]] = ()
    name: ClassVar[str] = "narwhals"
    wide_type: ClassVar[str | None] = None
    packs_keys: ClassVar[bool] = False
    null_conditions_are_false: ClassVar[bool] = True

    def __init__(self, hint: Connection = None) -> None:
        self.nw = narwhals()
        self.hint = hint
        # by name: not every narwhals type is in Namespace (Int128 is the one used)
        wide: NarwhalsDType | None = getattr(self.nw, self.wide_type) if self.wide_type else None
        self.wide = wide

    @classmethod
    def hint_of(cls, native: NativeFrame, connection: Connection) -> Connection:
        """What the adapter keeps of the user's frame: its session or connection."""
        return connection

    def wrap(self, frame: NarwhalsFrame) -> Frame:
        """The user's frame (a narwhals LazyFrame) as the engine's frames are on this
        backend (most backends: itself)."""
        return frame

    def concat(self, frames: Sequence[Frame]) -> Frame:
        """The rows of ``frames``, one after the other (same columns)."""
        # The frames of the adapters that keep this method are narwhals LazyFrames
        # (Frame is their protocol); an adapter with frames of its own overrides it.
        return self.nw.concat(list(frames), how="vertical")  # type: ignore[arg-type]

    # --- tables ----------------------------------------------------------------------

    def table(self, columns: Columns, schema: Mapping[str, NarwhalsDType]) -> Frame:
        """A narwhals LazyFrame with ``columns`` (``schema``: narwhals dtypes) on this engine."""
        return self.from_arrow(self.arrow(columns, schema), schema)

    def arrow(self, columns: Columns, schema: Mapping[str, NarwhalsDType]) -> ArrowTable:
        """``columns`` as a pyarrow table."""
        nw = self.nw
        pa = importlib.import_module("pyarrow")
        types: dict[NarwhalsDType, ArrowType] = {
            nw.Int64: pa.int64(),
            nw.String: pa.string(),
            nw.Boolean: pa.bool_(),
        }
        if self.wide is not None:  # arrow has no 128-bit integer: 38 decimal digits hold it
            types[self.wide] = pa.decimal128(38, 0)
        return pa.table(
            {
                name: pa.array(list(columns[name]), type=types[dtype])
                for name, dtype in schema.items()
            }
        )

    def from_arrow(self, arrow: ArrowTable, schema: Mapping[str, NarwhalsDType]) -> Frame:
        """A pyarrow table as a LazyFrame of this engine."""
        raise NotImplementedError(f"the {self.name} adapter makes no tables")

    def materialise(self, frame: Frame) -> Frame:
        """Compute ``frame`` once so that later steps read it instead of recomputing it."""
        return frame

    def materialise_compact(
        self,
        frame: Frame,
        bounds: Mapping[str, int],
        texts: Mapping[str, Sequence[str]] | None = None,
    ) -> Frame:
        """:meth:`materialise`, where the adapter may store narrower what it knows the range
        of: each column of ``bounds`` holds whole numbers in ``[0, bound)`` (or nulls), each
        column of ``texts`` one of its values (or nulls). Read back, the columns have their
        types as computed (the default stores them as they are)."""
        return self.materialise(frame)

    def collect(self, frame: Frame) -> Collected:
        """The frame as a polars DataFrame when polars is installed, else pyarrow."""
        try:
            importlib.import_module("polars")
        except ImportError:  # pragma: no cover - pyarrow is always there with narwhals
            return frame.collect("pyarrow").to_native()
        return frame.collect("polars").to_native()

    def distinct_keys(self, frame: Frame, space: int) -> bool | None:
        """Whether the one column of ``frame``, whole numbers in ``[0, space)``, holds no
        value twice: ``True`` or ``False`` where the backend tells cheaply, else ``None``
        (the caller then counts rows per key)."""
        return None

    def indicator_stats(self, frame: Frame, by: str, sums: Sequence[str]) -> list[Record]:
        """Per ``by``: ``bad`` (any row flagged), the sum of each column of ``sums`` in
        magnitude, and ``rows``."""
        nw = self.nw
        inputs = frame.select(
            by,
            nw.col("bad").cast(nw.Int64),
            *(nw.col(name).cast(nw.Float64).abs() for name in sums),
        )
        found = (
            inputs.group_by(by)
            .agg(
                nw.col("bad").sum(),
                *(nw.col(name).sum() for name in sums),
                nw.len().alias("rows"),
            )
            .collect("polars")
            .rows(named=True)
        )
        return [{**row, "bad": bool(row["bad"])} for row in found]

    # --- small tables joined to large ones --------------------------------------------

    def keyed(
        self,
        key: str,
        keys: Sequence[Scalar],
        key_type: NarwhalsDType,
        columns: Typed,
    ) -> Frame:
        """A small table: ``key`` (``keys``) and ``columns`` (``{name: (dtype, values)}``)."""
        data: dict[str, Sequence[Scalar]] = {key: list(keys)}
        schema: dict[str, NarwhalsDType] = {key: key_type}
        for name, (dtype, values) in columns.items():
            data[name] = list(values)
            schema[name] = dtype
        return self.table(data, schema)

    def joined_on_key(self, left: Frame, right: Frame, key: str, space: int) -> Frame:
        """``left`` left-joined to ``right`` on the integer column ``key``: whole numbers
        in ``[0, space)``, distinct in ``right``."""
        return left.join(right, on=key, how="left")

    def with_labels(self, frame: Frame, labels: Labels) -> Frame:
        """``frame`` with integer id columns turned into values: ``{new: (id column, values)}``
        where ``values[i]`` is the value of id ``i`` (text, or whole numbers); the id
        columns are dropped."""
        nw = self.nw
        dropped = {column for column, _ in labels.values()} - set(labels)
        for name, (column, values) in labels.items():
            by_id: Typed = {name: (label_type(nw, values), values)}
            table = self.keyed(column, range(len(values)), nw.Int64, by_id)
            frame = frame.join(table, on=column, how="left")
        return frame.drop(*dropped)

    def gathered(self, frame: Frame, position: str, columns: Typed) -> Frame:
        """``frame`` with ``columns`` (``{name: (narwhals dtype, values)}``) taken at the
        integer column ``position`` (``values[position]``; every position is in range)."""
        size = len(next(iter(columns.values()))[1])
        table = self.keyed(position, range(size), self.nw.Int64, columns)
        return frame.join(table, on=position, how="inner")

    def lookup(
        self,
        frame: Frame,
        column: str,
        keys: Sequence[str],
        position: str | None = None,
        columns: Typed | None = None,
        keep: bool = False,
    ) -> Frame:
        """``frame`` inner-joined to a small table whose text key ``column`` is ``keys``.

        ``position`` names a column for the row's key's position in ``keys``;
        ``columns`` (``{name: (narwhals dtype, values by position)}``) are the table's
        other columns. Rows whose ``column`` is not a key are dropped, or with ``keep``
        kept with nulls (a left join). The keys are distinct.
        """
        nw = self.nw
        columns = dict(columns or {})
        if position:
            columns = {position: (nw.Int64, range(len(keys))), **columns}
        table = self.keyed(column, keys, nw.String, columns)
        return frame.join(table, on=column, how="left" if keep else "inner")


def label_type(namespace: TypeNamespace[_Int, _Text], values: Sequence[Scalar]) -> _Int | _Text:
    """The Int64 or String type of narwhals or polars (``namespace``) that holds ``values``."""
    for value in values:
        if value is not None:
            return namespace.Int64 if isinstance(value, int) else namespace.String
    return namespace.String


#: The adapters, by the narwhals implementation they serve.
ADAPTERS: dict[str, type[Backend]] = {}


def register(adapter: type[Backend]) -> type[Backend]:
    """Make ``adapter`` serve its :attr:`Backend.implementations`."""
    for implementation in adapter.implementations:
        ADAPTERS[implementation] = adapter
    return adapter
