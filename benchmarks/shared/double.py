"""A national data set twice as large as the yardstick's, for the scaling table.

Run with ``.venv/bin/python benchmarks/shared/double.py DATA/full DATA/double``. Every
commune of ``DATA/full`` gets a twin under the same district, with an unused five-digit
code, its own population and the same observations (4,154,894 rows); the nation,
provinces, districts, indicators and thresholds are those of ``DATA/full``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import polars as pl


def main() -> None:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    target.mkdir(parents=True, exist_ok=True)
    units = pl.read_parquet(source / "units.parquet")
    communes = units.filter(pl.col("level") == "commune")
    used = set(units["unit_code"].to_list())
    free = [f"{c:05d}" for c in range(1, 100_000) if f"{c:05d}" not in used]
    twin = dict(zip(communes["unit_code"].to_list(), free, strict=False))
    twins = communes.with_columns(pl.col("unit_code").replace_strict(twin))
    pl.concat([units, twins]).write_parquet(target / "units.parquet")
    obs = pl.read_parquet(source / "observations.parquet")
    copies = obs.with_columns(pl.col("unit_code").replace_strict(twin))
    pl.concat([obs, copies]).write_parquet(
        target / "observations.parquet", compression="zstd", row_group_size=262_144
    )
    for name in ("indicators.parquet", "thresholds.parquet"):
        shutil.copy(source / name, target / name)
    print(f"{target}: {units.height + twins.height} units, {2 * obs.height} observation rows")


if __name__ == "__main__":
    main()
