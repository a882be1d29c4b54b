"""The dataframe engine: the rules translated to columns, on any narwhals backend.

:func:`run` evaluates a plan for many units and periods at once on polars, DuckDB,
SQLFrame, PySpark or Dask (one adapter each, :mod:`.backends`), with the reference
engine's answers exactly. :func:`cchc_model.batch.evaluate_many` and
``cchc_model.evaluate(..., engine="vectorised")`` sit above it.
"""

from .backend import Backend, BatchInputError, Unsupported
from .run import COLUMNS, Prepared, Run, RunResults, prepare, result_rows, rows_table, run
from .source import (
    backend_for,
    frame_from_observations,
    observations_from_frame,
    prefers_vectorised,
)

__all__ = [
    "COLUMNS",
    "Backend",
    "BatchInputError",
    "Prepared",
    "Run",
    "RunResults",
    "Unsupported",
    "backend_for",
    "frame_from_observations",
    "observations_from_frame",
    "prefers_vectorised",
    "prepare",
    "result_rows",
    "rows_table",
    "run",
]
