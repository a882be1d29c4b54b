"""The Dask cluster and the Spark session every Dask or Spark contender runs on.

The hand-written contenders (``dask_native.py``, ``spark_sql.py``) and the library on the
same engine (``library.py --engine dask|pyspark``) start their engine here, so each pair
is measured on the same configuration. Each module is imported only when used: neither
engine is needed by the other contenders.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: Dask: two worker processes of one thread each, on the 2 cores of the benchmark machine.
DASK_WORKERS = 2
DASK_THREADS = 1

#: Spark: ``local[2]``, one task slot per core. 4 shuffle partitions (2 per core) rather
#: than Spark's 200: the largest shuffle holds ~2 million rows, so more partitions only add
#: per-task overhead; adaptive execution stays on and may coalesce them further.
SPARK_CONF = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.shuffle.partitions": "4",
    "spark.sql.adaptive.enabled": "true",
    "spark.sql.adaptive.coalescePartitions.enabled": "true",
    # ANSI mode (Spark 4's default, set here so it cannot be turned off by a site
    # config): BIGINT arithmetic raises on overflow instead of wrapping around.
    "spark.sql.ansi.enabled": "true",
    "spark.sql.parquet.compression.codec": "snappy",
    "spark.driver.memory": "2g",
}


@contextmanager
def dask_client() -> Iterator[Any]:
    """A ``distributed`` client on a ``LocalCluster(n_workers=2, threads_per_worker=1)``."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=DASK_WORKERS,
            threads_per_worker=DASK_THREADS,
            processes=True,
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@contextmanager
def spark_session(app: str) -> Iterator[Any]:
    """A ``local[2]`` Spark session with the UI off, stopped on exit."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.master("local[2]").appName(app)
    for key, value in SPARK_CONF.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        yield spark
    finally:
        spark.stop()
