"""The national benchmark's task done by the library's batch evaluator.

Run with ``.venv/bin/python benchmarks/national/library.py WORKDIR OUTDIR``. Evaluates
``plan.yaml`` on ``obs.parquet`` for every province and year 2019-2023 with
``min_coverage`` 9/10, over the shipped tree, and writes the result table to
``OUTDIR/library.parquet``: one row per result and per part.
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


def main() -> None:
    workdir, out = Path(sys.argv[1]), Path(sys.argv[2])
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
    table = batch.table
    table.write_parquet(out / "library.parquet")
    print(f"library: {table.height} result rows")


if __name__ == "__main__":
    main()
