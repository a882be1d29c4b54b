"""One adapter per dataframe library; importing this package registers them all.

An adapter imports its library only when it runs, so the engine starts without the
libraries it does not use.
"""

from . import dask, duckdb, polars, pyspark, sqlframe

__all__ = ["dask", "duckdb", "polars", "pyspark", "sqlframe"]
