"""Check that the national benchmark's contenders produced the same results.

Run with ``.venv/bin/python benchmarks/national/check.py [OUTROOT]`` (by default
``benchmarks/national/.data/out``), which holds one directory per contender. The
hand-written contenders (polars, Dask, Spark) must agree with DuckDB on every row and
column of their four outputs, ``num`` and ``den`` included; the library's table
(``library``, ``library-dask``, ``library-spark``) is mapped onto the same outputs and
checked against DuckDB's: statuses exactly, observed values as fractions
(``num·den' == num'·den``). An output is one Parquet file or a directory of part files
(``*.parquet`` inside it, as Dask writes). Prints one line per comparison and the first
mismatches; exits 1 on any mismatch.
"""

from __future__ import annotations

import sys
from pathlib import Path

import polars as pl

HERE = Path(__file__).resolve().parent
DEFAULT_OUTROOT = HERE / ".data" / "out"

#: Each output of the task and its key columns.
KEYS: dict[str, list[str]] = {
    "statuses": ["indicator", "level", "code", "period"],
    "each": ["province", "indicator", "period", "level"],
    "at_least": ["province", "period"],
    "share": ["province", "indicator", "period"],
}
SHOWN = 5
#: The contenders that write the four outputs, and those that write the library's table.
HAND_WRITTEN = ("duckdb", "polars", "dask", "spark")
LIBRARY = ("library", "library-dask", "library-spark")


def parquet_files(path: Path) -> list[Path]:
    """An output's files: the file itself, or the ``*.parquet`` part files of a directory."""
    if path.is_dir():
        parts = sorted(path.glob("*.parquet"))
        if not parts:
            raise FileNotFoundError(f"no *.parquet part files in {path}")
        return parts
    return [path]


def scan(path: Path) -> pl.LazyFrame:
    """An output (a file or a directory of part files) as a LazyFrame."""
    return pl.scan_parquet(parquet_files(path))


def read_outputs(directory: Path) -> dict[str, pl.DataFrame]:
    """The four outputs a hand-written contender wrote."""
    return {name: scan(directory / f"{name}.parquet").collect() for name in KEYS}


def from_library(path: Path) -> dict[str, pl.DataFrame]:
    """The library's result table mapped onto the four outputs.

    Unit statuses are the depth-0 rows of ``iNN-province`` and the depth-1 rows of
    ``iNN-district`` and ``iNN-commune``; the depth-0 rows of the latter two are the
    each-overall statuses; ``at-least-8-of-10`` and ``iNN-share`` at depth 0 are the rest.
    """
    table = (
        scan(path)
        .collect()
        .with_columns(
            indicator=pl.col("target").str.extract(r"^(i\d{2})-"),
            kind=pl.col("target").str.extract(r"^i\d{2}-(province|district|commune|share)$"),
        )
    )
    depth, kind = pl.col("depth"), pl.col("kind")
    each_kind = kind.is_in(["district", "commune"])
    statuses = table.filter(
        ((kind == "province") & (depth == 0)) | (each_kind & (depth == 1))
    ).select(
        "indicator",
        "code",
        "period",
        "status",
        level=kind,
        num=pl.col("observed_num").cast(pl.Int64),
        den=pl.col("observed_den").cast(pl.Int64),
    )
    top = table.filter(depth == 0)
    return {
        "statuses": statuses,
        "each": top.filter(each_kind).select(
            "indicator", "period", "status", province="code", level=kind
        ),
        "at_least": top.filter(pl.col("target") == "at-least-8-of-10").select(
            "period", "status", province="code"
        ),
        "share": top.filter(kind == "share").select(
            "indicator", "period", "status", province="code"
        ),
    }


def compare(
    name: str,
    left: pl.DataFrame,
    right: pl.DataFrame,
    names: tuple[str, str],
    exact: bool = False,
) -> int:
    """Print how ``left`` and ``right`` differ on one output; the number of mismatches.

    With ``exact``, every shared column must be equal (and the column lists too); without,
    ``num/den`` are compared as fractions, as the library scales values differently.
    """
    key = KEYS[name]
    shared = [c for c in left.columns if c in right.columns and c not in key]
    if exact and left.columns != right.columns:
        print(f"  {name:9s} columns differ: {names[0]} {left.columns}, {names[1]} {right.columns}")
        return 1
    lhs, rhs = left.select(*key, *shared), right.select(*key, *shared)
    # _left / _right are null where that side has no row for the key.
    joined = lhs.with_columns(_left=pl.lit(True)).join(
        rhs.with_columns(_right=pl.lit(True)), on=key, how="full", coalesce=True, suffix="_r"
    )
    differs = pl.col("_left").is_null() | pl.col("_right").is_null()
    as_fraction = not exact and "num" in shared and "den" in shared
    for column in shared:
        if as_fraction and column in ("num", "den"):
            continue
        differs |= pl.col(column).ne_missing(pl.col(f"{column}_r"))
    if as_fraction:
        wide = pl.Int128
        cross = pl.col("num").cast(wide) * pl.col("den_r") != pl.col("num_r").cast(wide) * pl.col(
            "den"
        )
        differs |= pl.col("num").is_null().ne(pl.col("num_r").is_null()) | cross.fill_null(False)
    bad = joined.filter(differs)
    dupes = sum(frame.height - frame.select(key).unique().height for frame in (lhs, rhs))
    status = "ok" if bad.is_empty() and dupes == 0 else "MISMATCH"
    print(
        f"  {name:9s} {names[0]} {lhs.height:>9,} rows, {names[1]} {rhs.height:>9,} rows: "
        f"{bad.height:,} mismatches, {dupes:,} duplicate keys  {status}"
    )
    for row in bad.head(SHOWN).iter_rows(named=True):
        where = " ".join(str(row[c]) for c in key)
        one = " ".join(str(row[c]) for c in shared) if row["_left"] else "(no row)"
        two = " ".join(str(row[f"{c}_r"]) for c in shared) if row["_right"] else "(no row)"
        print(f"      {where}: {names[0]} {one} | {names[1]} {two}")
    return bad.height + dupes


def present(outroot: Path) -> list[str]:
    """The contenders whose outputs are in ``outroot``."""
    markers = {name: f"{name}/statuses.parquet" for name in HAND_WRITTEN}
    markers |= {name: f"{name}/library.parquet" for name in LIBRARY}
    return [name for name, marker in markers.items() if (outroot / marker).exists()]


def check(outroot: Path, contenders: list[str]) -> bool:
    """Compare each listed contender with DuckDB; True if all agree."""
    if "duckdb" not in contenders:
        print(f"check: no DuckDB outputs in {outroot} to compare with")
        return False
    reference = read_outputs(outroot / "duckdb")
    mismatches = 0
    for other in contenders:
        if other == "duckdb":
            continue
        print(f"check duckdb vs {other}:")
        try:
            if other in LIBRARY:
                outputs = from_library(outroot / other / "library.parquet")
            else:
                outputs = read_outputs(outroot / other)
        except (OSError, pl.exceptions.PolarsError) as error:
            print(f"  cannot read the outputs of {other}: {error}  MISMATCH")
            mismatches += 1
            continue
        for name in KEYS:
            mismatches += compare(
                name, reference[name], outputs[name], ("duckdb", other), exact=other in HAND_WRITTEN
            )
    return mismatches == 0


def main() -> None:
    outroot = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUTROOT
    sys.exit(0 if check(outroot, present(outroot)) else 1)


if __name__ == "__main__":
    main()
