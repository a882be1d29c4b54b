"""Generate the national benchmark's inputs: units, observations, thresholds and a plan.

Run with ``.venv/bin/python benchmarks/national/generate.py [--workdir DIR] [--force]``.
Writes into the workdir (``benchmarks/national/.data/`` by default):

* ``units.parquet``: the shipped tree as of 2023-12-31 (code, level, parent);
* ``obs.parquet``: annual observations 2019-2023 of 40 indicators for every leaf
  (commune, or district without communes), ~2 % of rows missing;
* ``thresholds.parquet``: each indicator's threshold per level as an exact p/q;
* ``plan.yaml``: the same targets as a plan file issued by province 38.

Everything is drawn from one seeded generator, so the files are the same on every run.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import yaml

HERE = Path(__file__).resolve().parent
DEFAULT_WORKDIR = HERE / ".data"
SEED = 20261121
TREE_DATE = date(2023, 12, 31)
YEARS = list(range(2019, 2024))
PERIODS = [str(y) for y in YEARS]
ISSUER = "38"

RATIOS = [f"i{k:02d}" for k in range(1, 26)]
COUNTS = [f"i{k:02d}" for k in range(26, 36)]
SCORES = [f"i{k:02d}" for k in range(36, 41)]
LOWER_IS_BETTER = [f"i{k:02d}" for k in range(31, 36)]
INDICATORS = [*RATIOS, *COUNTS, *SCORES]
MEASURE = {
    **dict.fromkeys(RATIOS, "ratio"),
    **dict.fromkeys(COUNTS, "count"),
    **dict.fromkeys(SCORES, "score"),
}
LEVELS = ("province", "district", "commune")
AT_LEAST_PARTS = RATIOS[:10]

MISSING_SHARE = 0.02
ZERO_DEN_SHARE = 0.005
#: Steps a ratio threshold is rounded to, in hundredths of a percent (1 %, 0.5 %, ...).
PERCENT_STEPS = (100, 50, 25, 10, 1)

INPUTS = ("units.parquet", "obs.parquet", "thresholds.parquet", "plan.yaml")


@dataclass(frozen=True)
class Tree:
    """The units as flat lists, and each leaf's district and province."""

    units: pl.DataFrame
    leaves: list[str]
    leaf_district: list[str]
    leaf_province: list[str]


def load_tree() -> Tree:
    """The shipped tree as of :data:`TREE_DATE`, flattened."""
    import cchc_model as cm

    tree = cm.national_hierarchy().as_of(TREE_DATE)
    rows = sorted((u.code, u.level.key, u.parent) for u in tree)
    units = pl.DataFrame(
        rows, schema={"code": pl.String, "level": pl.String, "parent": pl.String}, orient="row"
    )
    parent = {code: par for code, _, par in rows if par is not None}
    has_children = set(parent.values())
    communes = {code for code, lvl, _ in rows if lvl == "commune"}
    leaves = [
        code
        for code, lvl, _ in rows
        if lvl == "commune" or (lvl == "district" and code not in has_children)
    ]
    district = [parent[code] if code in communes else code for code in leaves]
    province = [parent[d] for d in district]
    return Tree(units, leaves, district, province)


def observations(rng: np.random.Generator, leaves: list[str]) -> pl.DataFrame:
    """One row per leaf, indicator and year, less ~2 % dropped at random."""
    n_leaf, n_year = len(leaves), len(YEARS)
    step = np.arange(n_year, dtype=np.float64)[:, None, None]  # years since the first
    frames: list[pl.DataFrame] = []

    # Ratios: counts of a leaf-sized population, a rate per indicator, leaf and year.
    k = len(RATIOS)
    size = np.exp(rng.normal(np.log(250), 0.8, n_leaf))[None, :, None]
    scale = rng.uniform(0.3, 2.5, k)[None, None, :]
    den = np.clip(np.rint(size * scale * rng.uniform(0.8, 1.2, (n_year, n_leaf, k))), 1, 5000)
    rate = (
        rng.uniform(0.60, 0.90, k)[None, None, :]
        + rng.normal(0, 0.05, n_leaf)[None, :, None]  # a leaf better or worse on every ratio
        + rng.normal(0, 0.03, (1, n_leaf, k))
        + 0.01 * step
        + rng.normal(0, 0.03, (n_year, n_leaf, k))
    )
    num = rng.binomial(den.astype(np.int64), np.clip(rate, 0.0, 1.0))
    zero = rng.random(den.shape) < ZERO_DEN_SHARE
    frames.append(
        _frame(RATIOS, leaves, numerator=np.where(zero, 0, num), denominator=np.where(zero, 0, den))
    )

    # Counts: 0-200 things per leaf and year.
    k = len(COUNTS)
    mean = (
        rng.uniform(15, 110, k)[None, None, :]
        * np.exp(rng.normal(0, 0.35, n_leaf))[None, :, None]
        * (1 + 0.03 * step)
    )
    value = np.minimum(rng.poisson(mean * np.ones((n_year, n_leaf, k))), 200)
    frames.append(_frame(COUNTS, leaves, value=value.astype(np.float64)))

    # Scores: 0-100 points with two decimals, weighted by the leaf's population.
    k = len(SCORES)
    points = (
        rng.uniform(55, 85, k)[None, None, :]
        + rng.normal(0, 6, n_leaf)[None, :, None]
        + 0.8 * step
        + rng.normal(0, 5, (n_year, n_leaf, k))
    )
    hundredths = np.clip(np.rint(points * 100), 0, 10000)
    population = np.exp(rng.uniform(np.log(1000), np.log(50000), n_leaf))[None, :]
    weight = np.clip(np.rint(population * (1 + 0.01 * step[:, :, 0])), 1000, 60000)
    weight = np.broadcast_to(weight[:, :, None], hundredths.shape)
    frames.append(_frame(SCORES, leaves, value=hundredths / 100, weight=weight))

    obs = pl.concat(frames, how="vertical")
    keep = rng.random(obs.height) >= MISSING_SHARE
    return obs.filter(pl.Series(keep))


def _frame(indicators: list[str], leaves: list[str], **columns: Any) -> pl.DataFrame:
    """Rows of arrays shaped (year, leaf, indicator), ordered by indicator, year and leaf."""
    n_year, n_leaf, k = len(YEARS), len(leaves), len(indicators)
    n = n_year * n_leaf * k
    index = np.indices((k, n_year, n_leaf)).reshape(3, n)
    data: dict[str, Any] = {
        "indicator": pl.Series(indicators, dtype=pl.String).gather(index[0]),
        "code": pl.Series(leaves, dtype=pl.String).gather(index[2]),
        "period": pl.Series(PERIODS, dtype=pl.String).gather(index[1]),
    }
    for name in ("numerator", "denominator", "value", "weight"):
        dtype = pl.Float64 if name == "value" else pl.Int64
        if name in columns:
            array = np.transpose(columns[name], (2, 0, 1)).reshape(n)
            data[name] = pl.Series(name, array).cast(dtype)
        else:
            data[name] = pl.Series(name, [None] * n, dtype=dtype)
    return pl.DataFrame(data)


def level_values(obs: pl.DataFrame, tree: Tree) -> pl.DataFrame:
    """Rough values per unit, level, indicator and year (no coverage rule): for thresholds."""
    where = pl.DataFrame(
        {"code": tree.leaves, "district": tree.leaf_district, "province": tree.leaf_province}
    )
    level = tree.units.select("code", "level")
    pairs = (
        obs.join(where, on="code")
        .join(level, on="code")
        .with_columns(
            a=pl.coalesce("numerator", pl.col("value") * pl.col("weight"), "value"),
            b=pl.coalesce("denominator", "weight", pl.lit(1)),
        )
    )
    parts = [
        pairs.filter(pl.col("level") == "commune").select(
            "indicator", "period", "a", "b", unit="code", level=pl.lit("commune")
        )
    ]
    for name in ("district", "province"):
        parts.append(
            pairs.group_by("indicator", "period", name)
            .agg(pl.col("a").sum(), pl.col("b").sum())
            .select("indicator", "period", "a", "b", unit=name, level=pl.lit(name))
        )
    measure = pl.col("indicator").replace_strict(MEASURE)
    return (
        pl.concat(parts, how="vertical_relaxed")
        .filter(pl.col("b") > 0)
        .with_columns(
            x=pl.when(measure == "ratio")
            .then(100 * pl.col("a") / pl.col("b"))
            .when(measure == "score")
            .then(pl.col("a") / pl.col("b"))
            .otherwise(pl.col("a"))
        )
    )


def thresholds(rng: np.random.Generator, values: pl.DataFrame) -> pl.DataFrame:
    """Per indicator and level, a threshold that 40-70 % of the units' years meet."""
    rows = []
    quantiles = values.group_by("indicator", "level").agg(pl.col("x").sort())
    by_key = {(r["indicator"], r["level"]): np.asarray(r["x"]) for r in quantiles.to_dicts()}
    for ind in INDICATORS:
        op = "<=" if ind in LOWER_IS_BETTER else ">="
        for level in LEVELS:
            share_met = rng.uniform(0.45, 0.65)
            q = share_met if op == "<=" else 1 - share_met
            x = float(np.quantile(by_key[(ind, level)], q))
            if MEASURE[ind] == "ratio":
                step = int(rng.choice(PERCENT_STEPS))
                t = Fraction(min(10000, round(x * 100 / step) * step), 100)
            elif MEASURE[ind] == "score":
                t = Fraction(round(x * 10), 10)
            else:
                t = Fraction(round(x))
            rows.append((ind, level, MEASURE[ind], op, t.numerator, t.denominator))
    return pl.DataFrame(
        rows,
        schema={
            "indicator": pl.String,
            "level": pl.String,
            "measure": pl.String,
            "op": pl.String,
            "p": pl.Int64,
            "q": pl.Int64,
        },
        orient="row",
    )


def amount(measure: str, p: int, q: int) -> str:
    """The threshold p/q as a plan file writes it: ``72.5 %``, ``1340``, ``73.4``."""
    value = Fraction(p, q)
    whole, rest = divmod(value, 1)
    text = str(whole)
    if rest:
        digits = f"{float(rest):.4f}"[1:].rstrip("0")  # p/q terminates within 2 decimals
        text += digits
    assert Fraction(text) == value, (text, value)
    return f"{text} %" if measure == "ratio" else text


def plan(table: pl.DataFrame) -> dict[str, Any]:
    """The plan file: 40 indicators, 4 targets each and an at-least-8-of-10."""
    t = {(r["indicator"], r["level"]): r for r in table.to_dicts()}
    names = {"ratio": "Tỷ lệ", "count": "Số", "score": "Điểm"}
    indicators: list[dict[str, Any]] = []
    for ind in INDICATORS:
        spec: dict[str, Any] = {
            "id": ind,
            "name": f"{names[MEASURE[ind]]} chỉ tiêu {ind}",
            "measure": MEASURE[ind],
        }
        if MEASURE[ind] == "score":
            spec |= {"unit": "point", "spatial": "weighted_mean"}
        if ind in LOWER_IS_BETTER:
            spec["direction"] = "lower"
        indicators.append(spec)

    def comparison(tid: str, ind: str, level: str, **extra: Any) -> dict[str, Any]:
        row = t[(ind, level)]
        threshold = amount(row["measure"], row["p"], row["q"])
        return {"id": tid, "form": "comparison", "indicator": ind, **extra} | {
            "op": row["op"],
            "threshold": threshold,
        }

    targets: list[dict[str, Any]] = []
    for ind in INDICATORS:
        targets.append(comparison(f"{ind}-province", ind, "province"))
        for level in ("district", "commune"):
            scope = {"mode": "each", "level": level}
            targets.append(comparison(f"{ind}-{level}", ind, level, scope=scope))
        condition = comparison(f"{ind}-share-district", ind, "district")
        targets.append(
            {"id": f"{ind}-share", "form": "share", "level": "district"}
            | {"condition": condition, "op": ">=", "threshold": "50 %"}
        )
    parts = [comparison(f"{ind}-province-part", ind, "province") for ind in AT_LEAST_PARTS]
    targets.append({"id": "at-least-8-of-10", "form": "at_least", "n": 8, "parts": parts})
    return {
        "schema_version": 1,
        "id": "national-benchmark",
        "title": "Kế hoạch cải cách hành chính (dữ liệu thử nghiệm)",
        "issuer": ISSUER,
        "period": "2023",
        "indicators": indicators,
        "targets": targets,
    }


def generate(workdir: Path) -> None:
    """Write every input file into ``workdir``."""
    import cchc_model as cm

    workdir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    tree = load_tree()
    obs = observations(rng, tree.leaves)
    table = thresholds(rng, level_values(obs, tree))
    tree.units.write_parquet(workdir / "units.parquet")
    obs.write_parquet(workdir / "obs.parquet")
    table.write_parquet(workdir / "thresholds.parquet")
    text = yaml.safe_dump(plan(table), allow_unicode=True, sort_keys=False, width=100)
    (workdir / "plan.yaml").write_text(text, encoding="utf-8")
    cm.load(workdir / "plan.yaml")  # raises PlanFileError if the file is not valid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--force", action="store_true", help="regenerate existing files")
    args = parser.parse_args()
    if not args.force and all((args.workdir / name).exists() for name in INPUTS):
        print(f"inputs present in {args.workdir}")
        return
    start = time.perf_counter()
    generate(args.workdir)
    seconds = time.perf_counter() - start
    print(f"generated {', '.join(INPUTS)} in {args.workdir} ({seconds:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
