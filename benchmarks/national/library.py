"""The national benchmark's task done by the library's batch evaluator.

Run with ``.venv/bin/python benchmarks/national/library.py WORKDIR OUTDIR [--whole-table]``.
Evaluates ``plan.yaml`` on ``obs.parquet`` for every province and year 2019-2023 with
``min_coverage`` 9/10, over the shipped tree, and writes the result table to
``OUTDIR/library.parquet``: one row per result and per part.

Like the hand-written contenders, it writes the facts the task asks for (which target,
unit and period; the status, the value and the coverage) in Snappy-compressed Parquet;
``--whole-table`` writes every column of the result table instead.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import polars as pl

import cchc_model as cm
from cchc_model.batch import evaluate_many

TREE_DATE = date(2023, 12, 31)
PERIODS = ["2019", "2020", "2021", "2022", "2023"]
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


def main() -> None:
    workdir, out = Path(sys.argv[1]), Path(sys.argv[2])
    whole = "--whole-table" in sys.argv[3:]
    out.mkdir(parents=True, exist_ok=True)
    plan = cm.load(workdir / "plan.yaml")
    frame = pl.scan_parquet(workdir / "obs.parquet")
    tree = cm.national_hierarchy().as_of(TREE_DATE)
    provinces = [unit.code for unit in tree if unit.level is cm.Level.PROVINCE]
    batch = evaluate_many(
        plan,
        frame,
        codes=provinces,
        periods=PERIODS,
        policy=cm.Policy(min_coverage="0.9"),
    )
    table = batch.table if whole else batch.table.select(COLUMNS)
    table.write_parquet(out / "library.parquet", compression="snappy")
    print(f"library: {table.height} result rows, {table.width} columns")


if __name__ == "__main__":
    main()
