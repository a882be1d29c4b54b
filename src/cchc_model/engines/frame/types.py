"""The dataframe engine's names for what it holds: the one place narwhals' types meet ours.

narwhals and the dataframe libraries are optional extras, imported only when the engine
runs, so their types are imported here for the type checker alone
(``TYPE_CHECKING``): importing this module imports none of them.

* :class:`Frame` — the lazy frame the engine computes on: a narwhals ``LazyFrame``, or
  an adapter's stand-in for one (the Dask adapter's
  :class:`~.backends.dask.DaskFrame`). It names only the methods the engine calls.
* :data:`Column` — a narwhals expression; :data:`NarwhalsDType` — a narwhals type;
  :class:`Namespace` — the narwhals module, as far as the engine uses it.
* :data:`NativeFrame`, :data:`Connection` — what the user hands in; :data:`ArrowTable`,
  :data:`Collected` — results read back into Python; :data:`Scalar`, :data:`Record` —
  the plain values of a row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Protocol, Self, TypeAlias, TypeVar

if TYPE_CHECKING:
    import polars as pl
    import pyarrow as pa
    from narwhals import dtypes
    from narwhals.dataframe import DataFrame, LazyFrame
    from narwhals.expr import Expr
    from narwhals.functions import Then, When
    from narwhals.schema import Schema
    from narwhals.typing import IntoDType, IntoExpr, JoinStrategy, PythonLiteral

__all__ = [
    "ArrowTable",
    "ArrowType",
    "Collected",
    "Column",
    "Columns",
    "Computed",
    "Conditional",
    "Connection",
    "Frame",
    "FrameSchema",
    "GroupBy",
    "IntoColumn",
    "Namespace",
    "NarwhalsDType",
    "NarwhalsFrame",
    "NativeFrame",
    "PandasFrame",
    "PandasType",
    "Record",
    "Scalar",
    "TypeNamespace",
    "Wrapped",
]

#: The user's data as they gave it: a polars, pandas, pyarrow, DuckDB, SQLFrame, PySpark
#: or Dask frame, or anything else narwhals may read. Arbitrary by design — narwhals
#: decides what it takes — so this is the one place the engine says ``Any`` of a frame.
NativeFrame: TypeAlias = Any
#: What an adapter keeps of the user's frame: a DuckDB connection, a Spark or SQLFrame
#: session, or None. Objects of libraries the engine does not import to type-check (and
#: a session's API differs between them): ``Any`` on purpose.
Connection: TypeAlias = Any
#: What ``narwhals.from_native`` makes of a native object: a narwhals DataFrame or
#: LazyFrame. narwhals' overloads follow the native object's type, which is not known
#: where the engine calls it (a user's frame, a native result of a library without
#: types): ``Any``, given its type where it is assigned (a :class:`Frame`, mostly).
Wrapped: TypeAlias = Any
#: A frame computed, as narwhals holds it (of whichever native frame it collected to).
Computed: TypeAlias = "DataFrame[Any]"
#: The user's frame as narwhals reads it (before an adapter wraps it).
NarwhalsFrame: TypeAlias = "LazyFrame[NativeFrame]"
#: A pandas DataFrame, and a pandas column type: pandas ships no types (and
#: pandas-stubs is not a dependency), so to mypy they are ``Any`` whatever is written.
PandasFrame: TypeAlias = Any
PandasType: TypeAlias = Any
#: A pyarrow table (pyarrow ships no type information: see the mypy overrides).
ArrowTable: TypeAlias = "pa.Table"
#: A pyarrow data type.
ArrowType: TypeAlias = "pa.DataType"
#: A frame computed into Python: polars when it is installed, else pyarrow.
Collected: TypeAlias = "pl.DataFrame | ArrowTable"

#: A narwhals expression: a column the engine computes.
Column: TypeAlias = "Expr"
#: A when/then chain of narwhals expressions, to be continued (``when``) or closed
#: (``otherwise``); itself an expression (null where no condition holds).
Conditional: TypeAlias = "Then"
#: A frame's column names and narwhals types (``Frame.collect_schema``).
FrameSchema: TypeAlias = "Schema"
#: What narwhals takes where it takes a column: an expression or a column name.
IntoColumn: TypeAlias = "IntoExpr"
#: A narwhals data type, as a class (``nw.Int64``) or an instance (from a schema).
NarwhalsDType: TypeAlias = "IntoDType"

#: A plain value of one cell of a row read back from a frame, or of a small table the
#: engine makes (ids, codes, labels, counts, flags; sums of magnitudes are floats).
Scalar: TypeAlias = bool | int | float | str | None
#: One row read back from a frame (or written to a small table), by column.
Record: TypeAlias = dict[str, Scalar]

_Frame_co = TypeVar("_Frame_co", covariant=True)
_Int_co = TypeVar("_Int_co", covariant=True)
_Text_co = TypeVar("_Text_co", covariant=True)


class GroupBy(Protocol[_Frame_co]):
    """A frame grouped by keys (``Frame.group_by``)."""

    def agg(self, *aggs: Column | Iterable[Column], **named_aggs: Column) -> _Frame_co: ...


class Frame(Protocol):
    """The lazy frame the engine computes on: the methods of narwhals' ``LazyFrame`` it
    calls, which narwhals' frames have and an adapter's own frames implement."""

    def select(self, *exprs: IntoExpr | Iterable[IntoExpr], **named_exprs: IntoExpr) -> Self: ...

    def with_columns(
        self, *exprs: IntoExpr | Iterable[IntoExpr], **named_exprs: IntoExpr
    ) -> Self: ...

    def filter(self, *predicates: IntoExpr | Iterable[IntoExpr]) -> Self: ...

    def join(
        self, other: Self, on: str | list[str] | None = None, how: JoinStrategy = "inner"
    ) -> Self: ...

    def group_by(self, *keys: str | Iterable[str]) -> GroupBy[Self]: ...

    def unique(self, subset: str | list[str] | None = None) -> Self: ...

    def rename(self, mapping: dict[str, str]) -> Self: ...

    def drop(self, *columns: str) -> Self: ...

    def head(self, n: int = 5) -> Self: ...

    def collect(self, backend: Literal["polars", "pyarrow"] | None = None) -> Computed: ...

    def collect_schema(self) -> Schema: ...

    def to_native(self) -> NativeFrame: ...


class Namespace(Protocol):
    """The narwhals module, as far as the engine uses it (the module itself is checked
    against this by :func:`~.backend.narwhals`)."""

    def col(self, *names: str | Iterable[str]) -> Expr: ...

    def exclude(self, *names: str | Iterable[str]) -> Expr: ...

    def lit(self, value: PythonLiteral, dtype: IntoDType | None = None) -> Expr: ...

    def when(self, *predicates: IntoExpr | Iterable[IntoExpr]) -> When: ...

    def len(self) -> Expr: ...

    def concat_str(
        self,
        exprs: IntoExpr | Iterable[IntoExpr],
        *more_exprs: IntoExpr,
        separator: str = "",
        ignore_nulls: bool = False,
    ) -> Expr: ...

    def concat(
        self, items: Iterable[LazyFrame[Any]], *, how: Literal["vertical"] = "vertical"
    ) -> LazyFrame[Any]: ...

    def from_native(self, native_object: NativeFrame) -> Wrapped:
        """narwhals' frame of a native one (see :data:`Wrapped`)."""
        ...

    @property
    def DataFrame(self) -> type[DataFrame[Any]]: ...

    @property
    def LazyFrame(self) -> type[LazyFrame[Any]]: ...

    @property
    def Int64(self) -> type[dtypes.Int64]: ...

    @property
    def Float64(self) -> type[dtypes.Float64]: ...

    @property
    def String(self) -> type[dtypes.String]: ...

    @property
    def Boolean(self) -> type[dtypes.Boolean]: ...


class TypeNamespace(Protocol[_Int_co, _Text_co]):
    """A module with ``Int64`` and ``String`` types: narwhals', or polars'."""

    @property
    def Int64(self) -> _Int_co: ...

    @property
    def String(self) -> _Text_co: ...


#: The columns of a small table (``{name: values}``) and their narwhals types.
Columns: TypeAlias = Mapping[str, Sequence[Scalar]]
