"""The national benchmark's task in hand-written polars (lazy API).

Run with ``.venv/bin/python benchmarks/national/polars_native.py WORKDIR OUTDIR``. Reads
``units.parquet``, ``obs.parquet`` and ``thresholds.parquet`` from WORKDIR and writes
``statuses.parquet``, ``each.parquet``, ``at_least.parquet`` and ``share.parquet`` into
OUTDIR; the task is described in ``benchmarks/national/README.md``.

Written as an expert writes it for one machine: the text keys (unit code, indicator,
period) become integers once, when the observations are read (a cast to an enum of the
known keys, no join), and a leaf's observation is found by one packed integer key
``(unit · indicators + indicator) · periods + period``; the small tables (units,
indicators, thresholds) are lists gathered by position; the leaves and each
level above are cached sub-plans computed once; the text columns are gathered back only
for the rows written. Every value is an integer pair ``(a, b)`` summed up the tree: a
ratio's counts, a count's ``(value, 1)``, a score's ``(hundredths × weight, weight)``. A
threshold ``p/q`` is met when ``num·q op p·den``, compared in Int128.
"""

from __future__ import annotations

import sys
from pathlib import Path

import polars as pl

AT_LEAST_PARTS = [f"i{k:02d}" for k in range(1, 11)]
AT_LEAST_N = 8
LEVELS = ["nation", "province", "district", "commune"]
STATUSES = ["met", "not_met", "unknown", "not_applicable"]
MET, NOT_MET, UNKNOWN, NOT_APPLICABLE = range(4)
OPS = [">=", ">", "<=", "<", "="]
RATIO, COUNT = 0, 1


def at(values: list[object], position: str, dtype: pl.DataType | type[pl.DataType]) -> pl.Expr:
    """``values[position]`` row by row: a gather, no join."""
    return pl.lit(pl.Series(values, dtype=dtype)).gather(pl.col(position))


def compare(op: pl.Expr, left: pl.Expr, right: pl.Expr) -> pl.Expr:
    """``left op right`` for the op numbered in each row (``OPS``)."""
    return (
        pl.when(op == 0)
        .then(left >= right)
        .when(op == 1)
        .then(left > right)
        .when(op == 2)
        .then(left <= right)
        .when(op == 3)
        .then(left < right)
        .otherwise(left == right)
    )


def roll_up(children: pl.LazyFrame, by: str, expected: list[int]) -> pl.LazyFrame:
    """Sum the reported children's pairs per parent; known when coverage >= 9/10."""
    known = pl.col("known")
    carried = [pl.col("province").first()] if by != "province" else []
    return (
        children.group_by(by, "ind", "per")
        .agg(
            *carried,
            reported=known.sum().cast(pl.Int64),
            a=pl.col("a").filter(known).sum(),
            b=pl.col("b").filter(known).sum(),
        )
        .rename({by: "id"})
        .with_columns(expected=at(expected, "id", pl.Int64))
        .with_columns(known=10 * pl.col("reported") >= 9 * pl.col("expected"))
    )


def tally(frame: pl.LazyFrame, *by: str) -> pl.LazyFrame:
    """Counts of met, not met, unknown and applicable statuses per group."""
    status = pl.col("status")
    return frame.group_by(*by).agg(
        met=(status == MET).sum(),
        not_met=(status == NOT_MET).sum(),
        unknown=(status == UNKNOWN).sum(),
        applicable=(status != NOT_APPLICABLE).sum(),
    )


class Task:
    """The small tables as Python lists by integer id, and the observations keyed."""

    def __init__(self, workdir: Path) -> None:
        units = pl.read_parquet(workdir / "units.parquet")
        thresholds = pl.read_parquet(workdir / "thresholds.parquet")
        self.workdir = workdir
        self.codes: list[str] = units["code"].to_list()
        position = {code: i for i, code in enumerate(self.codes)}
        self.level = [LEVELS.index(v) for v in units["level"].to_list()]
        self.parent = [position.get(p) if p else None for p in units["parent"].to_list()]
        self.expected = [0] * len(self.codes)
        for p in self.parent:
            if p is not None:
                self.expected[p] += 1
        kinds = dict(thresholds.select("indicator", "measure").unique().iter_rows())
        self.indicators = sorted(kinds)
        self.measure = [["ratio", "count", "score"].index(kinds[i]) for i in self.indicators]
        self.periods = sorted(
            pl.scan_parquet(workdir / "obs.parquet").select("period").unique().collect()["period"]
        )
        # thresholds by (indicator · levels + level)
        self.op = [0] * (len(self.indicators) * len(LEVELS))
        self.p = [0] * len(self.op)
        self.q = [1] * len(self.op)
        for indicator, level, _, op, p, q in thresholds.iter_rows():
            k = self.indicators.index(indicator) * len(LEVELS) + LEVELS.index(level)
            self.op[k], self.p[k], self.q[k] = OPS.index(op), p, q

    def key(self, unit: pl.Expr, ind: pl.Expr, per: pl.Expr) -> pl.Expr:
        return (unit * len(self.indicators) + ind) * len(self.periods) + per

    def leaves(self) -> pl.LazyFrame:
        """Every leaf x indicator x period, with its observation's pair if any."""
        n_ind, n_per = len(self.indicators), len(self.periods)
        ids = [i for i, level in enumerate(self.level) if level >= 2 and self.expected[i] == 0]
        province = [
            self.parent[self.parent[i]] if self.level[i] == 3 else self.parent[i]  # type: ignore[index]
            for i in ids
        ]
        grid = (
            pl.LazyFrame(
                {
                    "id": ids,
                    "province": province,
                    "parent": [self.parent[i] for i in ids],
                    "level": [self.level[i] for i in ids],
                },
                schema=dict.fromkeys(("id", "province", "parent", "level"), pl.Int64),
            )
            .join(pl.LazyFrame({"ind": range(n_ind)}, schema={"ind": pl.Int64}), how="cross")
            .join(pl.LazyFrame({"per": range(n_per)}, schema={"per": pl.Int64}), how="cross")
            .with_columns(m=at(self.measure, "ind", pl.Int64))
        )
        m = pl.col("m")
        obs = (
            pl.scan_parquet(self.workdir / "obs.parquet")
            .with_columns(
                id=pl.col("code").cast(pl.Enum(self.codes), strict=False).to_physical(),
                ind=pl.col("indicator").cast(pl.Enum(self.indicators), strict=False).to_physical(),
                per=pl.col("period").cast(pl.Enum(self.periods)).to_physical(),
            )
            .drop_nulls(["id", "ind"])  # rows of no unit or indicator of the task
            .with_columns(m=at(self.measure, "ind", pl.Int64))
            .select(
                k=self.key(pl.col("id").cast(pl.Int64), pl.col("ind"), pl.col("per")),
                a=pl.when(m == RATIO)
                .then("numerator")
                .when(m == COUNT)
                .then(pl.col("value").cast(pl.Int64))
                .otherwise((pl.col("value") * 100).round().cast(pl.Int64) * pl.col("weight")),
                b=pl.when(m == RATIO)
                .then("denominator")
                .when(m == COUNT)
                .then(pl.lit(1, pl.Int64))
                .otherwise("weight"),
            )
        )
        return (
            grid.with_columns(k=self.key(pl.col("id"), pl.col("ind"), pl.col("per")))
            .join(obs.with_columns(known=pl.lit(True)), on="k", how="left")
            .with_columns(pl.col("known").fill_null(False))
            .drop("k")
        )

    def statuses(self) -> pl.DataFrame:
        """One status per unit, indicator and year, with the value and coverage behind it."""
        leaf = self.leaves().cache()
        district = (
            roll_up(leaf.filter(pl.col("level") == 3), "parent", self.expected)
            .with_columns(level=pl.lit(2, pl.Int64))
            .cache()
        )
        columns = ["id", "level", "province", "ind", "per", "known", "a", "b"]
        province = roll_up(
            pl.concat(
                [district.select(columns), leaf.filter(pl.col("level") == 2).select(columns)]
            ),
            "province",
            self.expected,
        ).with_columns(level=pl.lit(1, pl.Int64), province=pl.col("id"))
        counts = ["reported", "expected"]
        units_all = pl.concat(
            [
                leaf.select(*columns, *(pl.lit(None, pl.Int64).alias(c) for c in counts)),
                district.select(*columns, *counts),
                province.select(*columns, *counts),
            ]
        )
        m, a, b = pl.col("m"), pl.col("a"), pl.col("b")
        has_value = pl.col("known") & ~((m == RATIO) & (b == 0))
        num = pl.when(m == RATIO).then(100 * a).otherwise(a)
        den = pl.when(m == RATIO).then(b).when(m == COUNT).then(1).otherwise(100 * b)
        wide = pl.Int128
        met = compare(
            pl.col("op"),
            pl.col("num").cast(wide) * pl.col("q"),
            pl.col("p").cast(wide) * pl.col("den"),
        )
        return (
            units_all.with_columns(
                m=at(self.measure, "ind", pl.Int64),
                t=pl.col("ind") * len(LEVELS) + pl.col("level"),
            )
            .with_columns(
                op=at(self.op, "t", pl.Int64),
                p=at(self.p, "t", pl.Int64),
                q=at(self.q, "t", pl.Int64),
                has_value=has_value,
            )
            .with_columns(num=pl.when("has_value").then(num), den=pl.when("has_value").then(den))
            .with_columns(
                status=pl.when(~pl.col("known"))
                .then(UNKNOWN)
                .when(~pl.col("has_value"))
                .then(NOT_APPLICABLE)
                .when(met)
                .then(MET)
                .otherwise(NOT_MET)
            )
            .select("id", "level", "province", "ind", "per", "status", "num", "den", *counts)
            .collect()
        )

    def labelled(self, frame: pl.LazyFrame, **ids: str) -> pl.LazyFrame:
        """Integer id columns replaced by their text: ``name=id column``."""
        texts = {
            "code": (self.codes, "id"),
            "province": (self.codes, "province"),
            "indicator": (self.indicators, "ind"),
            "period": (self.periods, "per"),
            "level": (LEVELS, "level"),
            "status": (STATUSES, "status"),
        }
        return frame.with_columns(
            at(texts[name][0], column, pl.String).alias(name) for name, column in ids.items()
        )


def summaries(task: Task, statuses: pl.LazyFrame) -> dict[str, pl.LazyFrame]:
    """Each-overall, at-least-8-of-10 and share statuses per province, from unit statuses."""
    tallies = tally(statuses.filter(pl.col("level") >= 2), "province", "ind", "per", "level")
    met_n, not_met_n, unknown_n = pl.col("met"), pl.col("not_met"), pl.col("unknown")
    applicable = pl.col("applicable")
    each = task.labelled(
        tallies, province="province", indicator="ind", period="per", level="level"
    ).select(
        "province",
        "indicator",
        "period",
        "level",
        status=pl.when(applicable == 0)
        .then(pl.lit("not_applicable"))
        .when(not_met_n > 0)
        .then(pl.lit("not_met"))
        .when(met_n == applicable)
        .then(pl.lit("met"))
        .otherwise(pl.lit("unknown")),
    )
    parts = [task.indicators.index(i) for i in AT_LEAST_PARTS]
    at_least = task.labelled(
        tally(
            statuses.filter((pl.col("level") == 1) & pl.col("ind").is_in(parts)),
            "province",
            "per",
        ),
        province="province",
        period="per",
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
    share = task.labelled(
        tallies.filter(pl.col("level") == 2), province="province", indicator="ind", period="per"
    ).select(
        "province",
        "indicator",
        "period",
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
    task = Task(workdir)
    statuses = task.statuses()
    task.labelled(
        statuses.lazy(), indicator="ind", level="level", code="id", period="per", status="status"
    ).select(
        "indicator", "level", "code", "period", "status", "num", "den", "reported", "expected"
    ).sink_parquet(out / "statuses.parquet", compression="snappy")
    frames = summaries(task, statuses.lazy())
    for name, frame in zip(frames, pl.collect_all(frames.values()), strict=True):
        frame.write_parquet(out / f"{name}.parquet", compression="snappy")
    print(f"polars: {statuses.height} unit statuses")


if __name__ == "__main__":
    main()
