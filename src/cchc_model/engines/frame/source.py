"""Where the dataframe engine's observations come from: any narwhals-readable frame."""

from __future__ import annotations

import importlib.util
import warnings
from typing import TYPE_CHECKING

from ...io.observations import ObservationSet
from ...model.plans import Plan
from . import backends  # noqa: F401 - registers the adapters
from .backend import ADAPTERS, Backend, BatchInputError, narwhals
from .types import Connection, Frame, NativeFrame

if TYPE_CHECKING:
    import polars as pl

__all__ = [
    "backend_for",
    "frame_from_observations",
    "observation_set",
    "observations_from_frame",
    "prefers_vectorised",
]


def backend_for(data: NativeFrame, connection: Connection = None) -> tuple[Frame, Backend]:
    """Wrap ``data`` as a narwhals LazyFrame and choose the adapter it runs on.

    Lazy frames run where they are (polars LazyFrame, DuckDB relation, SQLFrame,
    PySpark, Dask). Eager frames (pandas, pyarrow, polars DataFrame) run on polars,
    or on DuckDB when polars is not installed: eager pandas would turn integer
    columns with gaps into floats.
    """
    nw = narwhals()
    try:
        with warnings.catch_warnings():  # narwhals' notice on its own packaging of Dask
            warnings.filterwarnings("ignore", "Dask support is moving", FutureWarning)
            frame = nw.from_native(data)
    except TypeError as exc:
        raise BatchInputError(
            f"{type(data).__name__} is not a dataframe; expected an ObservationSet or a "
            "polars, pandas, pyarrow, DuckDB, SQLFrame, PySpark or Dask frame"
        ) from exc
    if isinstance(frame, nw.DataFrame):
        for name in ("polars", "duckdb"):
            if importlib.util.find_spec(name) is not None:
                return frame.lazy(backend=name), ADAPTERS[name](connection)
        raise BatchInputError(  # pragma: no cover - documented extra
            'an eager frame needs polars or duckdb (in a checkout: pip install ".[batch]")'
        )
    implementation = frame.implementation
    name = str(getattr(implementation, "value", implementation))
    adapter = ADAPTERS.get(name)
    if adapter is None:
        known = ", ".join(sorted(ADAPTERS))
        raise BatchInputError(f"no adapter for {name} frames; expected one of {known}")
    backend = adapter(adapter.hint_of(frame.to_native(), connection))
    return backend.wrap(frame), backend


def frame_from_observations(observations: ObservationSet) -> pl.DataFrame:
    """An :class:`ObservationSet` as a polars DataFrame the dataframe engine reads."""
    import polars as pl

    records = observations.to_records()
    names: list[str] = []
    for record in records:
        for name in record:
            if name not in names and name not in ("members", "source"):
                names.append(name)

    def text(value: object) -> str | None:
        if value is None:
            return None
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    return pl.DataFrame(
        {name: [text(r.get(name)) for r in records] for name in names},
        schema=dict.fromkeys(names, pl.String),
    )


def observations_from_frame(data: NativeFrame, plan: Plan) -> ObservationSet:
    """A dataframe's rows for the plan's indicators, read by the reference reader
    (every problem named)."""
    frame, backend = backend_for(data)
    return observation_set(frame, backend, plan)


def observation_set(frame: Frame, backend: Backend, plan: Plan) -> ObservationSet:
    """The frame's rows for the plan's indicators, read by the reference reader."""
    nw = backend.nw
    ids = [ind.id for ind in plan.used_indicators()]
    frame = frame.filter(nw.col("indicator").cast(nw.String).is_in(ids))
    native = backend.collect(frame)
    # pyarrow's rows without polars (hasattr does not narrow the other branch's type)
    rows = native.to_dicts() if hasattr(native, "to_dicts") else native.to_pylist()  # type: ignore[union-attr]
    records = [{k: v for k, v in row.items() if v is not None} for row in rows]
    known = {ind.id: ind for ind in (*plan.indicators, *plan.used_indicators())}
    return ObservationSet.from_records(records, list(known.values()))


def prefers_vectorised(data: NativeFrame, min_rows: int) -> bool:
    """Whether ``engine="auto"`` runs ``data`` vectorised: a lazy frame, or many rows."""
    nw = narwhals()
    try:
        frame = nw.from_native(data)
    except TypeError as exc:
        raise BatchInputError(
            f"{type(data).__name__} is not observations; expected an ObservationSet or a dataframe"
        ) from exc
    if isinstance(frame, nw.LazyFrame):
        return True
    return len(frame) >= min_rows
