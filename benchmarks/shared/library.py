"""The independent national yardstick's task (``../shared/bench``) done by the library.

Run with ``.venv/bin/python benchmarks/shared/library.py DATA_DIR [--table]``. Reads the
yardstick's four Parquet files, evaluates the nation's plan (every unit at every level,
the nation included) and the provinces' plan (at least 8 of the 10 count indicators,
≥ 50 % of districts meeting) with the library, and prints the yardstick's checksum
computed from the library's results.

The statuses are computed and held in memory, as the yardstick holds its status table;
the checksum is read from the result rows as a lazy frame (``to_native()``), so that the
text columns it does not need (the plan, the target's parent, the engine …) are never
made. With ``--table`` the whole result table is built first (``.table``: 17 columns,
every row with its texts) and the checksum read from it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "shared" / "bench"))
from common import report  # the yardstick's own checksum line

import cchc_model as cm
from cchc_model.batch import prepare
from cchc_model.io.serialization import plan_from_dict

YEARS = [2019, 2020, 2021, 2022, 2023]
NATION = "VN"  # the yardstick's "00"
KINDS = ("ratio", "count", "score")
KIND = {"nation": "quốc gia", "province": "tỉnh", "district": "huyện", "commune": "xã"}


def hierarchy(units: pl.DataFrame) -> cm.Hierarchy:
    start = "2019-01-01"
    made = []
    for code, level, parent in units.select("unit_code", "level", "parent_code").iter_rows():
        code = NATION if code == "00" else code
        parent = NATION if parent == "00" else parent
        kind = KIND[level]
        made.append(cm.Jurisdiction(code, f"u{code}", level, kind, parent, valid_from=start))
    return cm.Hierarchy(made)


def amount(kind: str, threshold: float) -> str:
    if kind == "ratio":
        return f"{round(threshold * 100)} %"
    return str(round(threshold))


def plans(indicators: pl.DataFrame, thresholds: pl.DataFrame) -> tuple[cm.Plan, cm.Plan]:
    kinds = dict(indicators.iter_rows())
    limit = {(i, lv): t for i, lv, t in thresholds.iter_rows()}
    specs = []
    for i, kind in kinds.items():
        spec: dict[str, Any] = {"id": f"i{i:02d}", "name": f"Chỉ tiêu {i}", "measure": kind}
        if kind == "score":
            spec |= {"unit": "point", "spatial": "weighted_mean"}
        specs.append(spec)

    def comparison(tid: str, i: int, level: str, **extra: Any) -> dict[str, Any]:
        t = amount(kinds[i], limit[(i, level)])
        return {
            "id": tid,
            "form": "comparison",
            "indicator": f"i{i:02d}",
            "op": ">=",
            "threshold": t,
            **extra,
        }

    nation: list[dict[str, Any]] = []
    province: list[dict[str, Any]] = []
    for i in kinds:
        nation.append(comparison(f"i{i:02d}-nation", i, "nation"))
        for level in ("province", "district", "commune"):
            scope = {"mode": "each", "level": level}
            nation.append(comparison(f"i{i:02d}-{level}", i, level, scope=scope))
        condition = comparison(f"i{i:02d}-share-district", i, "district")
        province.append(
            {
                "id": f"i{i:02d}-share",
                "form": "share",
                "level": "district",
                "condition": condition,
                "op": ">=",
                "threshold": "50 %",
            }
        )
    counts = [i for i, kind in kinds.items() if kind == "count"]
    parts = [comparison(f"i{i:02d}-part", i, "province") for i in counts]
    province.append({"id": "at-least-8-of-10", "form": "at_least", "n": 8, "parts": parts})
    head = {"schema_version": 1, "title": "Chỉ tiêu", "period": "2019-2023"}
    return (
        plan_from_dict(
            {**head, "id": "nation", "issuer": NATION, "indicators": specs, "targets": nation}
        ),
        plan_from_dict(
            {**head, "id": "provinces", "issuer": "01", "indicators": specs, "targets": province}
        ),
    )


def observations(data: Path, units: pl.DataFrame, kinds: pl.DataFrame) -> pl.LazyFrame:
    """The yardstick's observations as the library reads them: ``indicator``, ``code``,
    ``period``, a ratio's ``numerator`` and ``denominator`` (its reported ``value`` left
    out), a count's or score's ``value``, and a score's ``weight``, the commune's
    population."""
    ids = kinds["indicator_id"].to_list()
    of_kind = {k: kinds.filter(pl.col("kind") == k)["indicator_id"].to_list() for k in KINDS}
    population = units.lazy().select("unit_code", "population")
    indicator = pl.col("indicator_id")
    return (
        pl.scan_parquet(data / "observations.parquet")
        .join(population, on="unit_code", how="left")
        .select(
            indicator.replace_strict(ids, [f"i{i:02d}" for i in ids], return_dtype=pl.String).alias(
                "indicator"
            ),
            pl.col("unit_code").alias("code"),
            pl.col("year").cast(pl.String).alias("period"),
            "numerator",
            "denominator",
            pl.when(~indicator.is_in(of_kind["ratio"])).then("value").alias("value"),
            pl.when(indicator.is_in(of_kind["score"])).then("population").alias("weight"),
        )
    )


LEVEL_NO = {"nation": 0, "province": 1, "district": 2, "commune": 3}


def rowkey(level: pl.Expr, code: pl.Expr, indicator: pl.Expr, year: pl.Expr) -> pl.Expr:
    """The yardstick's row key (common.py): level, unit, indicator and year in one integer."""
    unit = pl.when(code == NATION).then(pl.lit("00")).otherwise(code).cast(pl.Int64)
    return ((level * 100000 + unit) * 64 + indicator) * 8 + year - 2019


def checksum(nation: pl.LazyFrame, provinces: pl.LazyFrame) -> list[int]:
    """The yardstick's fifteen aggregates (common.py) from the library's result rows.

    The unit statuses are the depth-0 rows of ``iNN-nation`` and the depth-1 rows of the
    ``each`` targets; a value is the exact observed fraction divided once as a float (a
    ratio's percent by 100), as the yardstick divides its integer sums once. The share is
    the yardstick's: districts that meet over all districts (a district with no data
    counts as not meeting it, where the library's share target is three-valued).

    The rows are summed per target, depth and status first (a row key is linear in its
    unit and year), and the target's indicator and level applied to those few sums.
    """
    known = pl.col("status").is_in(["met", "not_met"])

    def e6(factor: int) -> pl.Expr:  # floor(value * 1e6), value = num / (den * factor)
        value = pl.col("observed_num").cast(pl.Float64) / (pl.col("observed_den") * factor).cast(
            pl.Float64
        )
        return pl.when(known).then((value * 1e6).floor().cast(pl.Int64)).sum()

    unit = pl.when(pl.col("code") == NATION).then(pl.lit("00")).otherwise("code").cast(pl.Int64)
    groups = (
        nation.filter(pl.col("depth") <= 1)
        .group_by("target", "depth", "status")
        .agg(
            pl.len().alias("rows"),
            unit.sum().alias("units"),
            pl.col("period").cast(pl.Int64).sum().alias("years"),
            e6(100).alias("e6_ratio"),
            e6(1).alias("e6"),
        )
        .collect()
    )
    s = [0] * 7
    for target, depth, status, rows, units, years, e6_ratio, e6_other in groups.iter_rows():
        number, level = target.split("-")
        if depth == 0 and level != "nation":
            continue
        indicator = int(number[1:])
        keys = (LEVEL_NO[level] * 100000 * 512 + 8 * indicator - 2019) * rows + 512 * units + years
        s[0] += rows
        if status == "met":
            s[1] += rows
            s[4] += keys
        elif status == "not_met":
            s[2] += rows
        else:
            s[3] += rows
            s[5] += keys
        s[6] += e6_ratio if indicator <= 25 else e6_other
    year = pl.col("period").cast(pl.Int64)
    at_least = provinces.filter((pl.col("target") == "at-least-8-of-10") & (pl.col("depth") == 0))
    ok = pl.col("status") == "met"
    province_key = rowkey(pl.lit(1), pl.col("code"), pl.lit(0), year)
    a = (
        at_least.select(
            pl.len().alias("rows"),
            ok.sum().alias("passing"),
            pl.col("observed_num").sum().alias("met"),
            province_key.filter(ok).sum().alias("key"),
        )
        .collect()
        .row(0)
    )
    shares = (
        provinces.filter(pl.col("parent").str.ends_with("-share") & (pl.col("depth") == 1))
        .group_by("root", "target", "period")
        .agg(((pl.col("status") == "met").sum() / pl.len()).alias("share"))
    )
    passing = pl.col("share") >= 0.5
    indicator = pl.col("target").str.slice(1, 2).cast(pl.Int64)
    share_key = rowkey(pl.lit(1), pl.col("root"), indicator, year)
    b = (
        shares.select(
            pl.len().alias("rows"),
            passing.sum().alias("passing"),
            (pl.col("share") * 1e6).floor().cast(pl.Int64).sum().alias("share_e6"),
            share_key.filter(passing).sum().alias("key"),
        )
        .collect()
        .row(0)
    )
    return [*s, *(int(x) for x in (*a, *b))]


def main() -> None:
    data_dir = Path(sys.argv[1])
    units = pl.read_parquet(data_dir / "units.parquet")
    kinds = pl.read_parquet(data_dir / "indicators.parquet")
    nation_plan, province_plan = plans(kinds, pl.read_parquet(data_dir / "thresholds.parquet"))
    tree = hierarchy(units)
    frame = observations(data_dir, units, kinds)
    periods = [str(y) for y in YEARS]
    policy = cm.Policy(min_coverage=0)
    provinces = units.filter(pl.col("level") == "province")["unit_code"].to_list()
    data = prepare(frame, [nation_plan, province_plan], tree, periods, policy=policy)
    nation = data.evaluate(nation_plan)
    by_province = data.evaluate(province_plan, provinces)
    if "--table" in sys.argv[2:]:
        results = checksum(nation.table.lazy(), by_province.table.lazy())
    else:
        results = checksum(nation.to_native(), by_province.to_native())
    report("library", *split(results))


def split(parts: list[int]) -> tuple[list[int], list[int], list[int]]:
    return parts[:7], parts[7:11], parts[11:]


if __name__ == "__main__":
    main()
