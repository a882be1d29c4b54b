"""Dask: joins, group-bys and persistence on Dask; row-wise expressions on polars.

narwhals runs Dask frames with numpy integer and boolean types, which hold no nulls:
casts and literals of the engine's nullable integers fail or turn into floats. So the
adapter hands Dask what it does well — shuffles, joins, group-bys, persisting results on
the workers — and evaluates every row-wise expression (``select``, ``with_columns``,
``filter``) partition by partition on polars, whose nulls are SQL's. Partitions are kept
as pandas frames of pyarrow-backed columns, which carry nulls in integers and booleans
exactly, and convert to and from polars without copying.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal, TypeAlias, cast

from ..backend import Backend, Labels, Typed, narwhals, register
from ..types import (
    ArrowTable,
    ArrowType,
    Column,
    Computed,
    Frame,
    FrameSchema,
    IntoColumn,
    NarwhalsDType,
    NarwhalsFrame,
    NativeFrame,
    PandasFrame,
    PandasType,
    Wrapped,
)
from . import polars

if TYPE_CHECKING:
    import polars as pl
    from narwhals.dataframe import DataFrame
    from narwhals.group_by import LazyGroupBy
    from narwhals.typing import JoinStrategy

#: A Dask partition: a pandas DataFrame (of pyarrow-backed columns).
Partition: TypeAlias = PandasFrame

__all__ = ["DaskBackend", "DaskFrame"]


def _to_pandas(frame: pl.DataFrame) -> Partition:
    """A polars DataFrame as pandas with pyarrow-backed columns (nulls kept exactly);
    text as Dask holds it (``string[pyarrow]``), so joined keys have one type."""
    pd = importlib.import_module("pandas")
    pa = importlib.import_module("pyarrow")
    text = pd.StringDtype("pyarrow")

    def mapped(arrow_type: ArrowType) -> PandasType:
        if pa.types.is_large_string(arrow_type) or pa.types.is_string(arrow_type):
            return text
        return pd.ArrowDtype(arrow_type)

    return frame.to_arrow().to_pandas(types_mapper=mapped)


def _from_pandas(frame: Partition) -> pl.DataFrame:
    import polars as pl

    return pl.from_pandas(frame)


def _narwhals(native: NativeFrame) -> Wrapped:
    """A Dask collection as a narwhals LazyFrame.

    narwhals announces, each time, that its Dask support will move to another package;
    that is narwhals' own packaging, not something a user of this library can act on.
    """
    nw = narwhals()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Dask support is moving", FutureWarning)
        return nw.from_native(native)


#: A narwhals method's arguments: expressions, column names, a renaming.
Argument: TypeAlias = "IntoColumn | Iterable[IntoColumn] | Mapping[str, str]"
#: A narwhals method called by name, with its arguments.
Call: TypeAlias = "tuple[str, tuple[Argument, ...], dict[str, Argument]]"
#: A row-wise step: a narwhals method and its arguments, or a function of a polars frame.
Step: TypeAlias = "Call | Callable[[pl.DataFrame], pl.DataFrame]"


class DaskFrame:
    """A Dask collection as the engine's frames: the narwhals LazyFrame API it uses.

    Row-wise steps are kept until a step that needs Dask (a join, a group-by, a
    persist, a collect) and then run together, in one pass per partition: each partition
    crosses between pandas and polars once per run of steps, not once per step.
    """

    def __init__(self, frame: NarwhalsFrame, steps: tuple[Step, ...] = ()) -> None:
        self._source = frame  # a narwhals LazyFrame on Dask
        self._steps = steps

    @property
    def frame(self) -> NarwhalsFrame:
        """The narwhals LazyFrame on Dask, with the row-wise steps applied."""
        if not self._steps:
            return self._source
        steps = self._steps

        def run(partition: Partition) -> Partition:
            return _to_pandas(_apply(steps, _from_pandas(partition)))

        meta = _to_pandas(_apply(steps, self._empty()))
        self._source = _narwhals(self._source.to_native().map_partitions(run, meta=meta))
        self._steps = ()
        return self._source

    # --- row-wise, partition by partition on polars ----------------------------------

    def _rowwise(self, method: str, *args: Argument, **kwargs: Argument) -> DaskFrame:
        return DaskFrame(self._source, (*self._steps, (method, args, kwargs)))

    def select(self, *exprs: IntoColumn | Iterable[IntoColumn], **named: IntoColumn) -> DaskFrame:
        return self._rowwise("select", *exprs, **named)

    def with_columns(
        self, *exprs: IntoColumn | Iterable[IntoColumn], **named: IntoColumn
    ) -> DaskFrame:
        return self._rowwise("with_columns", *exprs, **named)

    def filter(self, *predicates: IntoColumn | Iterable[IntoColumn]) -> DaskFrame:
        return self._rowwise("filter", *predicates)

    def on_polars(self, step: Callable[[pl.DataFrame], pl.DataFrame]) -> DaskFrame:
        """``step`` (a function of a polars frame) run on each partition."""
        return DaskFrame(self._source, (*self._steps, step))

    # --- on Dask -----------------------------------------------------------------------

    def join(
        self,
        other: DaskFrame,
        on: str | list[str] | None = None,
        how: JoinStrategy = "inner",
    ) -> DaskFrame:
        return DaskFrame(self.frame.join(other.frame, on=on, how=how))

    def group_by(self, *keys: str | Iterable[str]) -> _GroupBy:
        return _GroupBy(self.frame.group_by(*keys))

    def unique(self, subset: str | list[str] | None = None) -> DaskFrame:
        return DaskFrame(self.frame.unique(subset))

    def rename(self, mapping: Mapping[str, str]) -> DaskFrame:
        return self._rowwise("rename", mapping)

    def drop(self, *columns: str) -> DaskFrame:
        return self._rowwise("drop", *columns)

    def head(self, n: int = 5) -> DaskFrame:
        return DaskFrame(self.frame.head(n))

    def collect(self, backend: Literal["polars", "pyarrow"] | None = None) -> Computed:
        return self.frame.collect(backend)

    def collect_schema(self) -> FrameSchema:
        if not self._steps:
            return self._source.collect_schema()
        wrapped: DataFrame[pl.DataFrame] = narwhals().from_native(
            _apply(self._steps, self._empty())
        )
        return wrapped.collect_schema()

    def _empty(self) -> pl.DataFrame:
        """The source's columns, with their (pandas) types, and no row, on polars."""
        pd = importlib.import_module("pandas")
        dtypes = self._source.to_native().dtypes
        return _from_pandas(pd.DataFrame({name: pd.Series(dtype=t) for name, t in dtypes.items()}))

    def to_native(self) -> NativeFrame:
        return self.frame.to_native()


def _apply(steps: Sequence[Step], frame: pl.DataFrame) -> pl.DataFrame:
    """The row-wise ``steps`` run on a polars DataFrame."""
    nw = narwhals()
    done = frame
    for step in steps:
        if callable(step):
            done = step(done)
        else:
            method, args, kwargs = step
            done = getattr(nw.from_native(done), method)(*args, **kwargs).to_native()
    return done


def _dask(frame: Frame) -> DaskFrame:
    """``frame`` as the Dask adapter's frames all are (Backend's methods take any Frame)."""
    return cast(DaskFrame, frame)


class _GroupBy:
    def __init__(self, grouped: LazyGroupBy[NarwhalsFrame]) -> None:
        self.grouped = grouped

    def agg(self, *exprs: Column | Iterable[Column], **named: Column) -> DaskFrame:
        return DaskFrame(self.grouped.agg(*exprs, **named))


@register
class DaskBackend(Backend):
    """dask.dataframe collections (on the default scheduler or a distributed client)."""

    implementations = ("dask",)
    name = "dask"

    def wrap(self, frame: NarwhalsFrame) -> Frame:
        # the user's columns in the types the engine's own partitions have
        return DaskFrame(frame).select(*frame.collect_schema().names())

    def from_arrow(self, arrow: ArrowTable, schema: Mapping[str, NarwhalsDType]) -> Frame:
        import polars as pl

        dd = importlib.import_module("dask.dataframe")
        # through polars, so the small tables' types are the partitions' (large strings)
        # (a pyarrow Table gives a DataFrame; pyarrow has no types to tell polars so)
        frame = _to_pandas(cast("pl.DataFrame", pl.from_arrow(arrow)))
        return DaskFrame(_narwhals(dd.from_pandas(frame, npartitions=1)))

    def materialise(self, frame: Frame) -> Frame:
        return DaskFrame(_narwhals(frame.to_native().persist()))

    # small tables are taken by position in each partition, as on polars: no Dask join

    def with_labels(self, frame: Frame, labels: Labels) -> Frame:
        return _dask(frame).on_polars(lambda native: polars.labelled(native, labels))

    def gathered(self, frame: Frame, position: str, columns: Typed) -> Frame:
        return _dask(frame).on_polars(lambda native: polars.gathered(native, position, columns))

    def lookup(
        self,
        frame: Frame,
        column: str,
        keys: Sequence[str],
        position: str | None = None,
        columns: Typed | None = None,
        keep: bool = False,
    ) -> Frame:
        return _dask(frame).on_polars(
            lambda native: polars.looked_up(native, column, keys, position, columns, keep)
        )

    def concat(self, frames: Sequence[Frame]) -> Frame:
        return DaskFrame(self.nw.concat([_dask(f).frame for f in frames], how="vertical"))
