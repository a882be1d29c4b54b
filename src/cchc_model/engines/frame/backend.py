"""Where the vectorised evaluator runs: one adapter per dataframe engine.

Every computation is written once against the narwhals API. An adapter adds what
narwhals leaves to the engine: making a small table beside the user's data (in the
same DuckDB connection or Spark session), materialising an intermediate result once,
and a wide integer type for exact products.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import Any

from ...exceptions import CchcError

__all__ = ["Backend", "BatchInputError", "backend_for"]


class BatchInputError(CchcError, TypeError):
    """The observations are not a dataframe the vectorised evaluator can read."""


def _nw() -> Any:
    try:
        return importlib.import_module("narwhals")
    except ImportError as exc:  # pragma: no cover - the extra is documented
        raise BatchInputError(
            "the vectorised evaluator needs narwhals; install it with "
            'pip install "cchc_model[batch]"'
        ) from exc


class Backend:
    """An engine the evaluator runs on.

    Attributes:
        name: ``polars``, ``duckdb``, ``sqlframe``, ``pyspark``, ``dask`` …
        wide: The narwhals dtype used for exact products (128-bit where the engine
            has it), or ``None`` when products stay 64-bit and are range-checked.
    """

    def __init__(self, name: str, native_hint: Any = None) -> None:
        self.nw = _nw()
        self.name = name
        self._hint = native_hint
        self.wide = self.nw.Int128 if name in ("polars", "duckdb") else None
        self._tables = 0

    # --- tables ----------------------------------------------------------------------

    def table(self, columns: Mapping[str, Sequence[Any]], schema: Mapping[str, Any]) -> Any:
        """A narwhals LazyFrame with ``columns`` (``schema``: narwhals dtypes) on this engine."""
        nw = self.nw
        try:
            pl = importlib.import_module("polars")
        except ImportError:  # pragma: no cover - polars is the usual companion
            pl = None
        if pl is not None:
            polars_types = {nw.Int64: pl.Int64, nw.String: pl.String, nw.Boolean: pl.Boolean}
            frame = pl.DataFrame(
                {name: list(columns[name]) for name in schema},
                schema={name: polars_types[dtype] for name, dtype in schema.items()},
            )
            if self.name == "polars":
                return nw.from_native(frame.lazy())
            arrow = frame.to_arrow()
        else:  # pragma: no cover
            pa = importlib.import_module("pyarrow")
            arrow_types = {nw.Int64: pa.int64(), nw.String: pa.string(), nw.Boolean: pa.bool_()}
            arrow = pa.table(
                {
                    name: pa.array(list(columns[name]), type=arrow_types[dtype])
                    for name, dtype in schema.items()
                }
            )
        if self.name == "duckdb":
            duckdb = importlib.import_module("duckdb")
            own = self._hint if self._hint is not None else duckdb.default_connection()
            return nw.from_native(own.from_arrow(arrow))
        connection: Any = getattr(self._hint, "_connection", None)
        if self.name == "sqlframe" and type(connection).__module__.startswith("duckdb"):
            # SQLFrame writes rows as a VALUES list that takes seconds to parse; a table
            # loaded from Arrow in the session's own DuckDB is read by name instead
            self._tables += 1
            name = f"cchc_batch_{id(self):x}_{self._tables}"
            view = f"{name}_arrow"
            connection.register(view, arrow)
            connection.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM {view}")
            connection.unregister(view)
            return nw.from_native(self._hint.read.table(name))
        if self.name in ("sqlframe", "pyspark", "pyspark[connect]"):
            ddl = {nw.Int64: "bigint", nw.String: "string", nw.Boolean: "boolean"}
            names = list(schema)
            rows = list(zip(*(list(columns[name]) for name in names), strict=True))
            empty = not rows
            if empty:  # engines make an empty VALUES list badly: one row, filtered out
                rows = [tuple(None for _ in names)]
            made = nw.from_native(
                self._hint.createDataFrame(
                    rows, schema=", ".join(f"{name} {ddl[schema[name]]}" for name in names)
                )
            )
            if empty:
                first = names[0]
                made = made.filter(nw.col(first).is_null() & ~nw.col(first).is_null())
            return made
        if self.name == "dask":
            dd = importlib.import_module("dask.dataframe")
            pandas_frame = arrow.to_pandas(types_mapper=_nullable_types())
            return nw.from_native(dd.from_pandas(pandas_frame, npartitions=1))
        raise BatchInputError(f"no table factory for the {self.name} engine")  # pragma: no cover

    def with_labels(self, frame: Any, labels: Mapping[str, tuple[str, Sequence[Any]]]) -> Any:
        """``frame`` with integer id columns turned into values: ``{new: (id column, values)}``
        where ``values[i]`` is the value of id ``i`` (text, or whole numbers); the id
        columns are dropped."""
        nw = self.nw
        dropped = {column for column, _ in labels.values()} - set(labels)
        if self.name == "polars":  # a gather by position: no hashing, no join
            pl = importlib.import_module("polars")
            native = frame.to_native().with_columns(
                _taken(pl, column, values, _label_type(pl, values)).alias(name)
                for name, (column, values) in labels.items()
            )
            return nw.from_native(native.drop(*dropped))
        for name, (column, values) in labels.items():
            by_id = {name: (_label_type(nw, values), values)}
            table = self._keyed(column, range(len(values)), nw.Int64, by_id)
            frame = frame.join(table, on=column, how="left")
        return frame.drop(*dropped)

    def _keyed(
        self,
        key: str,
        keys: Sequence[Any],
        key_type: Any,
        columns: Mapping[str, tuple[Any, Sequence[Any]]],
    ) -> Any:
        """A small table: ``key`` (``keys``) and ``columns`` (``{name: (dtype, values)}``)."""
        data: dict[str, Sequence[Any]] = {key: list(keys)}
        schema: dict[str, Any] = {key: key_type}
        for name, (dtype, values) in columns.items():
            data[name] = list(values)
            schema[name] = dtype
        return self.table(data, schema)

    def gathered(
        self, frame: Any, position: str, columns: Mapping[str, tuple[Any, Sequence[Any]]]
    ) -> Any:
        """``frame`` with ``columns`` (``{name: (narwhals dtype, values)}``) taken at the
        integer column ``position`` (``values[position]``; every position is in range)."""
        nw = self.nw
        if self.name == "polars":  # a gather by position: no join
            pl = importlib.import_module("polars")
            types = {nw.Int64: pl.Int64, nw.Boolean: pl.Boolean, nw.String: pl.String}
            native = frame.to_native().with_columns(
                _taken(pl, position, values, types[dtype]).alias(name)
                for name, (dtype, values) in columns.items()
            )
            return nw.from_native(native)
        size = len(next(iter(columns.values()))[1])
        table = self._keyed(position, range(size), nw.Int64, columns)
        return frame.join(table, on=position, how="inner")

    def lookup(
        self,
        frame: Any,
        column: str,
        keys: Sequence[str],
        position: str | None = None,
        columns: Mapping[str, tuple[Any, Sequence[Any]]] | None = None,
    ) -> Any:
        """``frame`` inner-joined to a small table whose text key ``column`` is ``keys``.

        ``position`` names a column for the row's key's position in ``keys``;
        ``columns`` (``{name: (narwhals dtype, values by position)}``) are the table's
        other columns. Rows whose ``column`` is not a key are dropped. The keys are
        distinct. On polars the key is found by a cast to an enum of ``keys`` and the
        columns by a gather: no hashing of a joined table.
        """
        nw = self.nw
        columns = dict(columns or {})
        if self.name == "polars":
            pl = importlib.import_module("polars")
            at = position or "_position"
            found = pl.col(column).cast(pl.Enum(list(keys)), strict=False).to_physical()
            native = frame.to_native().with_columns(found.cast(pl.Int64).alias(at))
            out = nw.from_native(native.filter(pl.col(at).is_not_null()))
            out = self.gathered(out, at, columns) if columns else out
            return out if position else out.drop(at)
        if position:
            columns = {position: (nw.Int64, range(len(keys))), **columns}
        table = self._keyed(column, keys, nw.String, columns)
        return frame.join(table, on=column, how="inner")

    def materialise(self, frame: Any) -> Any:
        """Compute ``frame`` once so that later steps read it instead of recomputing it."""
        if self.name == "polars":
            return frame.collect().lazy()
        if self.name == "duckdb":
            duckdb = importlib.import_module("duckdb")
            connection = self._hint if self._hint is not None else duckdb.default_connection()
            arrow = frame.collect("pyarrow").to_native()
            return self.nw.from_native(connection.from_arrow(arrow))
        native = frame.to_native()
        if self.name == "sqlframe":  # a table in the session's database
            self._tables += 1
            name = f"cchc_batch_{id(self):x}_{self._tables}"
            native.write.saveAsTable(name, mode="overwrite")
            return self.nw.from_native(self._hint.read.table(name))
        if self.name.startswith("pyspark"):  # computed once, lineage cut
            return self.nw.from_native(native.localCheckpoint())
        if self.name == "dask":
            return self.nw.from_native(native.persist())
        return frame  # pragma: no cover - other lazy engines plan the whole query

    def collect(self, frame: Any) -> Any:
        """The frame as a polars DataFrame when polars is installed, else pyarrow."""
        try:
            importlib.import_module("polars")
        except ImportError:  # pragma: no cover - pyarrow is always there with narwhals
            return frame.collect("pyarrow").to_native()
        if self.name == "polars":
            return frame.collect().to_native()
        return frame.collect("polars").to_native()


def _taken(pl: Any, position: str, values: Sequence[Any], dtype: Any) -> Any:
    """The polars expression of ``values[position]``, row by row: a gather, no join."""
    return pl.lit(pl.Series(list(values), dtype=dtype)).gather(pl.col(position))


def _label_type(namespace: Any, values: Sequence[Any]) -> Any:
    """The Int64 or String type of narwhals or polars (``namespace``) that holds ``values``."""
    for value in values:
        if value is not None:
            return namespace.Int64 if isinstance(value, int) else namespace.String
    return namespace.String


def _nullable_types() -> Any:
    pd = importlib.import_module("pandas")
    pa = importlib.import_module("pyarrow")
    mapping = {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype(), pa.string(): object}
    return mapping.get


def backend_for(data: Any, connection: Any = None) -> tuple[Any, Backend]:
    """Wrap ``data`` as a narwhals LazyFrame and choose the engine it runs on.

    Lazy frames run where they are (polars LazyFrame, DuckDB relation, SQLFrame,
    PySpark, Dask). Eager frames (pandas, pyarrow, polars DataFrame) run on polars,
    or on DuckDB when polars is not installed: eager pandas would turn integer
    columns with gaps into floats.
    """
    nw = _nw()
    try:
        frame = nw.from_native(data)
    except TypeError as exc:
        raise BatchInputError(
            f"{type(data).__name__} is not a dataframe; expected an ObservationSet or a "
            "polars, pandas, pyarrow, DuckDB, SQLFrame, PySpark or Dask frame"
        ) from exc
    implementation = frame.implementation
    name = str(implementation.value) if hasattr(implementation, "value") else str(implementation)
    if isinstance(frame, nw.DataFrame):
        for engine in ("polars", "duckdb"):
            try:
                importlib.import_module(engine)
            except ImportError:
                continue
            lazy = frame.lazy(backend=engine)
            return lazy, Backend(engine, connection)
        raise BatchInputError(  # pragma: no cover - documented extra
            'an eager frame needs polars or duckdb; pip install "cchc_model[batch]"'
        )
    hint: Any = connection
    native = frame.to_native()
    if name == "sqlframe":
        hint = native.session
    elif name.startswith("pyspark"):
        hint = native.sparkSession
    return frame, Backend(name, hint)
