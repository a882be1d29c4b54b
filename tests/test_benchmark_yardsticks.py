"""The national benchmark's contenders agree on its whole workload.

The figures in ``docs/batch.md`` compare the library with hand-written DuckDB SQL and
polars (``benchmarks/national/``); they are worth something only while the three give the
same statuses. This runs the benchmark's generator and the three contenders as their own
processes, as ``run.py`` does, and its checker (``check.py``: the hand-written outputs
equal to the row, the library's statuses and values equal as fractions).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("duckdb")
pytest.importorskip("polars")

NATIONAL = Path(__file__).resolve().parents[1] / "benchmarks" / "national"
CONTENDERS = {
    "duckdb": "duckdb_sql.py",
    "polars": "polars_native.py",
    "library": "library.py",
}


def _run(*args: str | Path) -> str:
    done = subprocess.run(
        [sys.executable, *map(str, args)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.slow_engine
def test_the_yardsticks_and_the_library_give_the_same_statuses(tmp_path: Path) -> None:
    workdir, outroot = tmp_path / "data", tmp_path / "out"
    _run(NATIONAL / "generate.py", "--workdir", workdir)
    printed = {
        name: _run(NATIONAL / script, workdir, outroot / name)
        for name, script in CONTENDERS.items()
    }
    assert "2158800 unit statuses" in printed["duckdb"]
    assert "2158800 unit statuses" in printed["polars"]
    report = _run(NATIONAL / "check.py", outroot)
    assert report.count(" ok") == 8, report  # four outputs, each against DuckDB's, twice
    assert "mismatch" not in report.replace("0 mismatches", ""), report


BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
SHARED = Path(__file__).resolve().parents[1] / "benchmarks" / "shared"


@pytest.mark.slow_engine
@pytest.mark.skipif(not BENCH.is_dir(), reason="the independent yardstick (../shared/bench)")
def test_the_library_prints_the_independent_yardsticks_checksum(tmp_path: Path) -> None:
    _run(BENCH / "gen_data.py", tmp_path)
    for scale in ("sub10", "full"):
        data = tmp_path / scale
        hand = _run(BENCH / "bench_duckdb.py", data).splitlines()[0]
        ours = _run(SHARED / "library.py", data).splitlines()[0]
        assert hand.startswith("duckdb: status_rows="), hand
        assert ours.removeprefix("library") == hand.removeprefix("duckdb"), (scale, ours, hand)
        if scale == "sub10":
            # the checksum read from the whole result table, as run.py's library-table reads it
            whole = _run(SHARED / "library.py", data, "--table").splitlines()[0]
            assert whole.removeprefix("library") == hand.removeprefix("duckdb"), (whole, hand)
