"""The national benchmark's task in hand-written polars (lazy API).

Run with ``.venv/bin/python benchmarks/national/polars_native.py WORKDIR OUTDIR``. Reads
``units.parquet``, ``obs.parquet`` and ``thresholds.parquet`` from WORKDIR and writes
``statuses.parquet``, ``each.parquet``, ``at_least.parquet`` and ``share.parquet`` into
OUTDIR; the task is described in ``benchmarks/national/README.md``.

Every value is an integer pair ``(a, b)`` summed up the tree: a ratio's counts, a count's
``(value, 1)``, a score's ``(hundredths × weight, weight)``. A threshold ``p/q`` is met
when ``num·q op p·den``, compared in Int128.
"""

from __future__ import annotations

import sys
from pathlib import Path

import polars as pl

AT_LEAST_PARTS = [f"i{k:02d}" for k in range(1, 11)]
AT_LEAST_N = 8
KEY = ["indicator", "period"]


def roll_up(children: pl.LazyFrame, by: str, level: str, expected: pl.LazyFrame) -> pl.LazyFrame:
    """Sum the reported children's pairs per parent; known when coverage >= 9/10."""
    known = pl.col("known")
    return (
        children.group_by(by, *KEY)
        .agg(
            pl.col("province", "measure").first(),
            reported=known.sum().cast(pl.Int64),
            a=pl.col("a").filter(known).sum(),
            b=pl.col("b").filter(known).sum(),
        )
        .rename({by: "code"})
        .join(expected, on="code")
        .with_columns(known=10 * pl.col("reported") >= 9 * pl.col("expected"), level=pl.lit(level))
    )


def compare(op: pl.Expr, left: pl.Expr, right: pl.Expr) -> pl.Expr:
    """``left op right`` for the op named in each row."""
    return (
        pl.when(op == ">=")
        .then(left >= right)
        .when(op == ">")
        .then(left > right)
        .when(op == "<=")
        .then(left <= right)
        .when(op == "<")
        .then(left < right)
        .otherwise(left == right)
    )


def tally(frame: pl.LazyFrame, *by: str) -> pl.LazyFrame:
    """Counts of met, not met, unknown and applicable statuses per group."""
    status = pl.col("status")
    return frame.group_by(*by).agg(
        met=(status == "met").sum(),
        not_met=(status == "not_met").sum(),
        unknown=(status == "unknown").sum(),
        applicable=(status != "not_applicable").sum(),
    )


def unit_statuses(workdir: Path) -> pl.LazyFrame:
    """One status per unit, indicator and year, with the value and coverage behind it."""
    units = pl.scan_parquet(workdir / "units.parquet")
    obs = pl.scan_parquet(workdir / "obs.parquet")
    thresholds = pl.scan_parquet(workdir / "thresholds.parquet")
    indicators = thresholds.select("indicator", "measure").unique()
    periods = obs.select("period").unique()

    expected = (
        units.drop_nulls("parent")
        .group_by("parent")
        .agg(expected=pl.len().cast(pl.Int64))
        .rename({"parent": "code"})
    )
    leaves = (
        units.filter(pl.col("level").is_in(["district", "commune"]))
        .join(expected, on="code", how="anti")
        .join(units.select(parent="code", grandparent="parent"), on="parent", how="left")
        .select(
            "code",
            "level",
            "parent",
            province=pl.when(pl.col("level") == "commune").then("grandparent").otherwise("parent"),
        )
    )
    measure = pl.col("measure")
    pairs = obs.join(indicators, on="indicator").select(
        "code",
        *KEY,
        a=pl.when(measure == "ratio")
        .then("numerator")
        .when(measure == "count")
        .then(pl.col("value").cast(pl.Int64))
        .otherwise((pl.col("value") * 100).round().cast(pl.Int64) * pl.col("weight")),
        b=pl.when(measure == "ratio")
        .then("denominator")
        .when(measure == "count")
        .then(pl.lit(1, pl.Int64))
        .otherwise("weight"),
        known=pl.lit(True),
    )
    leaf = (
        leaves.join(indicators, how="cross")
        .join(periods, how="cross")
        .join(pairs, on=["code", *KEY], how="left")
        .with_columns(pl.col("known").fill_null(False))
    )
    district = roll_up(leaf.filter(pl.col("level") == "commune"), "parent", "district", expected)
    columns = ["code", "level", "province", *KEY, "measure", "known", "a", "b"]
    district_level = pl.concat(
        [district.select(columns), leaf.filter(pl.col("level") == "district").select(columns)]
    )
    province = roll_up(
        district_level.with_columns(parent=pl.col("province")), "parent", "province", expected
    )
    counts = ["reported", "expected"]
    units_all = pl.concat(
        [
            leaf.select(*columns, *(pl.lit(None, pl.Int64).alias(c) for c in counts)),
            district.select(*columns, *counts),
            province.select(*columns, *counts),
        ]
    )

    a, b = pl.col("a"), pl.col("b")
    has_value = pl.col("known") & ~((measure == "ratio") & (b == 0))
    num = pl.when(measure == "ratio").then(100 * a).otherwise(a)
    den = pl.when(measure == "ratio").then(b).when(measure == "count").then(1).otherwise(100 * b)
    wide = pl.Int128
    met = compare(
        pl.col("op"),
        pl.col("num").cast(wide) * pl.col("q"),
        pl.col("p").cast(wide) * pl.col("den"),
    )
    statuses = (
        units_all.join(thresholds.drop("measure"), on=["indicator", "level"])
        .with_columns(
            has_value=has_value,
            num=pl.when(has_value).then(num),
            den=pl.when(has_value).then(den),
        )
        .with_columns(
            status=pl.when(~pl.col("known"))
            .then(pl.lit("unknown"))
            .when(~pl.col("has_value"))
            .then(pl.lit("not_applicable"))
            .when(met)
            .then(pl.lit("met"))
            .otherwise(pl.lit("not_met"))
        )
    )
    return statuses.select(
        "indicator", "level", "code", "province", "period", "status", "num", "den", *counts
    )


def summaries(statuses: pl.LazyFrame) -> dict[str, pl.LazyFrame]:
    """Each-overall, at-least-8-of-10 and share statuses per province, from unit statuses."""
    tallies = tally(
        statuses.filter(pl.col("level").is_in(["district", "commune"])),
        "province",
        *KEY,
        "level",
    )
    met_n, not_met_n, unknown_n = pl.col("met"), pl.col("not_met"), pl.col("unknown")
    applicable = pl.col("applicable")
    each = tallies.select(
        "province",
        *KEY,
        "level",
        status=pl.when(applicable == 0)
        .then(pl.lit("not_applicable"))
        .when(not_met_n > 0)
        .then(pl.lit("not_met"))
        .when(met_n == applicable)
        .then(pl.lit("met"))
        .otherwise(pl.lit("unknown")),
    )
    at_least = tally(
        statuses.filter(
            (pl.col("level") == "province") & pl.col("indicator").is_in(AT_LEAST_PARTS)
        ),
        "province",
        "period",
    ).select(
        "province",
        "period",
        status=pl.when(applicable == 0)
        .then(pl.lit("not_applicable"))
        .when(met_n >= AT_LEAST_N)
        .then(pl.lit("met"))
        .when(met_n + unknown_n < AT_LEAST_N)
        .then(pl.lit("not_met"))
        .otherwise(pl.lit("unknown")),
    )
    share = tallies.filter(pl.col("level") == "district").select(
        "province",
        *KEY,
        status=pl.when(applicable == 0)
        .then(pl.lit("not_applicable"))
        .when(2 * met_n >= applicable)
        .then(pl.lit("met"))
        .when(2 * (met_n + unknown_n) < applicable)
        .then(pl.lit("not_met"))
        .otherwise(pl.lit("unknown")),
    )
    return {"each": each, "at_least": at_least, "share": share}


def main() -> None:
    workdir, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    statuses = unit_statuses(workdir).collect()
    statuses.drop("province").write_parquet(out / "statuses.parquet", compression="snappy")
    frames = summaries(statuses.lazy())
    for name, frame in zip(frames, pl.collect_all(frames.values()), strict=True):
        frame.write_parquet(out / f"{name}.parquet", compression="snappy")
    print(f"polars: {statuses.height} unit statuses")


if __name__ == "__main__":
    main()
