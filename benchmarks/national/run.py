"""National benchmark: the library against hand-written DuckDB SQL and polars.

Run with ``.venv/bin/python benchmarks/national/run.py [--repeat 3] [--workdir DIR]
[--skip-library] [--whole-table] [--check-only]``. Generates the inputs if missing
(``generate.py``), then runs each contender as its own process ``--repeat`` times,
interleaved (library, duckdb, polars, library, ...), and measures each process's wall
time and peak RSS. Prints, per contender, the median and best wall time, the median peak
memory and the output row counts, then the library's paired ratios (median over
repetitions of library/other), and checks that the outputs agree (``check.py``).
``--whole-table`` has the library write every column of its result table rather than
the task's. ``--check-only`` only checks the outputs already in the workdir. The task
is described in ``README.md`` beside this file.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

import check
import generate
import polars as pl

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PYTHON = sys.executable
CONTENDERS = {"library": "library.py", "duckdb": "duckdb_sql.py", "polars": "polars_native.py"}
LOG_TAIL = 20


@dataclass
class Timings:
    """One contender's measurements, one entry per repetition (None if it failed)."""

    wall: list[float | None] = field(default_factory=list)
    peak_mib: list[float | None] = field(default_factory=list)

    def ok(self) -> list[int]:
        """The repetitions that succeeded."""
        return [i for i, w in enumerate(self.wall) if w is not None]


def compile_library() -> None:
    """Write the library's bytecode, as pip does when it installs a package.

    An editable install run with ``PYTHONDONTWRITEBYTECODE`` set compiles every module
    from source in every process (about 0.1 s here) and never keeps the result; the
    other contenders' packages were compiled when pip installed them.
    """
    spec = importlib.util.find_spec("cchc_model")
    for location in (spec.submodule_search_locations or []) if spec else []:
        compileall.compile_dir(location, quiet=1)


def run_once(
    name: str, workdir: Path, outroot: Path, extra: Sequence[str] = ()
) -> tuple[float, float] | None:
    """Run one contender in a fresh process: its wall time (s) and peak RSS (MiB)."""
    out = outroot / name
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    log = outroot / f"{name}.log"
    command = [PYTHON, str(HERE / CONTENDERS[name]), str(workdir), str(out), *extra]
    with log.open("w") as sink:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, stdout=sink, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        tail = log.read_text(errors="replace").splitlines()[-LOG_TAIL:]
        print(f"!!! {name} failed (exit {process.returncode}); last lines of {log}:")
        print("\n".join(f"    {line}" for line in tail))
        return None
    return wall, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def row_counts(name: str, outroot: Path) -> str:
    """The output row counts of a contender, in a few words."""
    if name == "library":
        rows = pl.scan_parquet(outroot / name / "library.parquet").select(pl.len()).collect()
        return f"{rows.item():,} result rows"
    counts = []
    for out in check.KEYS:
        rows = pl.scan_parquet(outroot / name / f"{out}.parquet").select(pl.len()).collect()
        counts.append(f"{rows.item():,} {out}")
    return ", ".join(counts)


def describe_inputs(workdir: Path) -> None:
    """One line on the size of the inputs."""
    levels = dict(pl.read_parquet(workdir / "units.parquet").group_by("level").len().iter_rows())
    obs = pl.scan_parquet(workdir / "obs.parquet")
    n_obs, n_ind, n_per = (
        obs.select(pl.len(), pl.col("indicator").n_unique(), pl.col("period").n_unique())
        .collect()
        .row(0)
    )
    print(
        f"inputs: {levels['province']} provinces, {levels['district']:,} districts, "
        f"{levels['commune']:,} communes; {n_ind} indicators × {n_per} years; "
        f"{n_obs:,} observations"
    )
    print(
        f"python {platform.python_version()}, polars {version('polars')}, "
        f"duckdb {version('duckdb')}, cchc_model {version('cchc_model')}, "
        f"{os.cpu_count()} CPUs"
    )


def median_ratio(one: Timings, two: Timings, attribute: str) -> str:
    """The median over paired repetitions of one's figure / two's."""
    a, b = getattr(one, attribute), getattr(two, attribute)
    ratios = [a[i] / b[i] for i in range(len(a)) if a[i] is not None and b[i] is not None]
    return f"{statistics.median(ratios):.2f}x" if ratios else "n/a"


def report(timings: dict[str, Timings], outroot: Path) -> None:
    """The table of figures and the library's paired ratios."""
    print(f"{'contender':10s} {'median s':>9s} {'min s':>7s} {'peak MiB':>9s}  output rows")
    for name, t in timings.items():
        walls = [w for w in t.wall if w is not None]
        peaks = [p for p in t.peak_mib if p is not None]
        if not walls:
            print(f"{name:10s} {'failed':>9s}")
            continue
        print(
            f"{name:10s} {statistics.median(walls):9.2f} {min(walls):7.2f} "
            f"{statistics.median(peaks):9.0f}  {row_counts(name, outroot)}"
        )
    if "library" in timings and timings["library"].ok():
        for other in ("duckdb", "polars"):
            wall = median_ratio(timings["library"], timings[other], "wall")
            peak = median_ratio(timings["library"], timings[other], "peak_mib")
            print(f"library/{other}: wall {wall}, peak memory {peak} (median of paired ratios)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each contender")
    parser.add_argument("--workdir", type=Path, default=generate.DEFAULT_WORKDIR)
    parser.add_argument("--skip-library", action="store_true", help="run DuckDB and polars only")
    parser.add_argument(
        "--whole-table",
        action="store_true",
        help="the library writes every column of its result table, not only the task's",
    )
    parser.add_argument("--check-only", action="store_true", help="only compare the outputs")
    args = parser.parse_args()
    workdir: Path = args.workdir.resolve()
    outroot = workdir / "out"
    names = [n for n in CONTENDERS if not (args.skip_library and n == "library")]

    if args.check_only:
        found = [n for n in check.present(outroot) if n in names]
        sys.exit(0 if check.check(outroot, found) else 1)

    if not all((workdir / name).exists() for name in generate.INPUTS):
        start = time.perf_counter()
        generate.generate(workdir)
        print(f"generated the inputs in {workdir} ({time.perf_counter() - start:.1f} s)")
    describe_inputs(workdir)
    if "library" in names:
        compile_library()

    timings = {name: Timings() for name in names}
    failed: set[str] = set()
    print(f"{args.repeat} repetitions, interleaved: {', '.join(names)}", flush=True)
    for _ in range(args.repeat):
        for name in names:
            extra = ["--whole-table"] if args.whole_table and name == "library" else []
            measured = None if name in failed else run_once(name, workdir, outroot, extra)
            if measured is None:
                failed.add(name)
            timings[name].wall.append(measured[0] if measured else None)
            timings[name].peak_mib.append(measured[1] if measured else None)
    print()
    report(timings, outroot)
    print()
    agree = check.check(outroot, [n for n in names if n not in failed])
    sys.exit(0 if agree and not failed else 1)


if __name__ == "__main__":
    main()
