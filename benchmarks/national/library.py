"""The national benchmark's task done by the library's batch evaluator.

Run with ``.venv/bin/python benchmarks/national/library.py WORKDIR OUTDIR [--whole-table]
[--engine polars|dask|pyspark]``. Evaluates ``plan.yaml`` on ``obs.parquet`` for every
province and year 2019-2023 with ``min_coverage`` 9/10, over the shipped tree, and writes
the result table to ``OUTDIR/library.parquet``: one row per result and per part.

``--engine`` chooses the frame handed to ``evaluate_many``: a polars LazyFrame
(``polars``, the default), a ``dask.dataframe`` read with ``read_parquet`` on a
``LocalCluster(n_workers=2, threads_per_worker=1)`` client (``dask``), or a Spark
DataFrame read with ``spark.read.parquet`` in a ``local[2]`` session (``pyspark``); the
cluster and the session are those of the hand-written contenders (``engines.py``).

Like the hand-written contenders, it writes the facts the task asks for (which target,
unit and period; the status, the value and the coverage) in Snappy-compressed Parquet;
``--whole-table`` writes every column of the result table instead.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl

import cchc_model as cm
from cchc_model.batch import COLUMNS as COLUMNS_ALL
from cchc_model.batch import evaluate_many

TREE_DATE = date(2023, 12, 31)
PERIODS = ["2019", "2020", "2021", "2022", "2023"]
ENGINES = ("polars", "dask", "pyspark")
#: The task's columns: the nine facts per status the hand-written contenders write.
COLUMNS = (
    "target",
    "depth",
    "code",
    "period",
    "status",
    "observed_num",
    "observed_den",
    "coverage_num",
    "coverage_den",
)


def evaluate(workdir: Path, frame: Any) -> Any:
    """The batch evaluation of ``plan.yaml`` on ``frame`` for every province and year."""
    plan = cm.load(workdir / "plan.yaml")
    tree = cm.national_hierarchy().as_of(TREE_DATE)
    provinces = [unit.code for unit in tree if unit.level is cm.Level.PROVINCE]
    return evaluate_many(
        plan,
        frame,
        codes=provinces,
        periods=PERIODS,
        policy=cm.Policy(min_coverage="0.9"),
    )


def write_on(engine: str, workdir: Path, out: Path, columns: tuple[str, ...] | None) -> int | None:
    """Evaluate with the observations read by ``engine`` and write the result table
    (``columns``, or every column) to ``out/library.parquet``; the number of rows when
    it is known without reading the output again (``run.py`` counts every output).

    On polars the lazy result is streamed to the file (``sink_parquet``: the text columns
    are made batch by batch, only those written); on Dask and Spark the engine writes it,
    part files in a directory, as the hand-written contenders write theirs (a result is
    written while the engine is up: it may still read from it).
    """
    obs = workdir / "obs.parquet"
    target = out / "library.parquet"
    if engine == "polars":  # the lazy result streamed to the file, only its columns made
        frame = evaluate(workdir, pl.scan_parquet(obs)).frame
        native = (frame.select(*columns) if columns else frame).to_native()
        native.sink_parquet(target, compression="snappy")
        return None
    if engine == "dask":
        import dask.dataframe as dd
        from engines import dask_client

        with dask_client():
            frame = evaluate(workdir, dd.read_parquet(obs)).frame
            native = (frame.select(*columns) if columns else frame).to_native()
            native.to_parquet(target, write_index=False, compression="snappy")
    else:  # pyspark (argparse allows only ENGINES)
        from engines import spark_session

        with spark_session("national-library") as spark:
            frame = evaluate(workdir, spark.read.parquet(str(obs))).frame
            native = (frame.select(*columns) if columns else frame).to_native()
            native.write.mode("overwrite").option("compression", "snappy").parquet(str(target))
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("workdir", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--whole-table", action="store_true", help="write every column")
    parser.add_argument("--engine", choices=ENGINES, default="polars")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    columns = None if args.whole_table else COLUMNS
    rows = write_on(args.engine, args.workdir, args.out, columns)
    width = len(columns) if columns else len(COLUMNS_ALL)
    written = "result rows" if rows is None else f"{rows} result rows"
    print(f"library ({args.engine}): {written}, {width} columns")


if __name__ == "__main__":
    main()
