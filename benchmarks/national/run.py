"""National benchmark: the library against hand-written code on DuckDB, polars, Dask, Spark.

Run with ``.venv/bin/python benchmarks/national/run.py [--repeat 3] [--workdir DIR]
[--contenders a,b,c | --engine-set polars|dask|spark] [--skip-library] [--whole-table]
[--check-only] [--verify-memory] [--timeout S]``. Generates the inputs if missing
(``generate.py``), then runs each contender as its own process ``--repeat`` times,
interleaved, the order rotated at each repetition (library, duckdb, polars; duckdb,
polars, library; ...), and measures each process's wall
time and peak memory (``measure.py``: a single process's own peak by GNU time, a process
tree's summed RSS by sampling). Prints, per contender, the median and best wall time, the
median peak memory, how it was measured and the output row counts, then paired ratios
(median over repetitions of one/other, with their min-max), and checks that the outputs
agree with DuckDB's (``check.py``). Seven repetitions or more are the standard for a
figure worth quoting; the default 3 is for a quick look.

Contenders: ``library``, ``duckdb``, ``polars`` (the default set), ``dask``, ``spark``,
``library-dask`` and ``library-spark`` (the library on a Dask or Spark frame).
``--engine-set dask`` runs ``library-dask,dask,duckdb``, ``--engine-set spark``
``library-spark,spark,duckdb`` (DuckDB is the reference every output is checked against).
``--whole-table`` has the library write every column of its result table rather than the
task's. ``--check-only`` only checks the outputs already in the workdir.
``--verify-memory`` measures toy programs of known peak with each method. The task is
described in ``README.md`` beside this file.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import check
import generate
import measure
import polars as pl

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PYTHON = sys.executable
LOG_TAIL = 20
SAMPLE_INTERVAL = 0.025  # seconds between two samples of a process tree


@dataclass(frozen=True)
class Contender:
    """A script run as ``python SCRIPT WORKDIR OUTDIR *args``."""

    script: str
    args: tuple[str, ...] = ()
    tree: bool = False  # runs several processes: measure the whole tree's summed RSS
    library: bool = False
    packages: tuple[str, ...] = ()  # whose versions the report lists


CONTENDERS = {
    "library": Contender("library.py", library=True, packages=("polars",)),
    "duckdb": Contender("duckdb_sql.py", packages=("duckdb",)),
    "polars": Contender("polars_native.py", packages=("polars",)),
    "dask": Contender("dask_native.py", tree=True, packages=("dask", "distributed", "pandas")),
    "spark": Contender("spark_sql.py", tree=True, packages=("pyspark",)),
    "library-dask": Contender(
        "library.py", ("--engine", "dask"), tree=True, library=True, packages=("dask",)
    ),
    "library-spark": Contender(
        "library.py", ("--engine", "pyspark"), tree=True, library=True, packages=("pyspark",)
    ),
}
DEFAULT_CONTENDERS = ("library", "duckdb", "polars")
ENGINE_SETS = {
    "polars": ("library", "polars", "duckdb"),
    "dask": ("library-dask", "dask", "duckdb"),
    "spark": ("library-spark", "spark", "duckdb"),
}
#: Each library contender and the hand-written code on its engine.
SAME_ENGINE = {"library": "polars", "library-dask": "dask", "library-spark": "spark"}
REFERENCE = "duckdb"


@dataclass
class Timings:
    """One contender's measurements, one entry per repetition (None if it failed)."""

    wall: list[float | None] = field(default_factory=list)
    peak_mib: list[float | None] = field(default_factory=list)
    runs: list[measure.Measurement | None] = field(default_factory=list)

    def ok(self) -> list[int]:
        """The repetitions that succeeded."""
        return [i for i, w in enumerate(self.wall) if w is not None]


def run_once(
    name: str, workdir: Path, outroot: Path, extra: Sequence[str] = (), timeout: float = 1200
) -> measure.Measurement | None:
    """Run one contender in a fresh process and measure it; None if it failed."""
    contender = CONTENDERS[name]
    out = outroot / name
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    log = outroot / f"{name}.log"
    command = [
        PYTHON,
        str(HERE / contender.script),
        str(workdir),
        str(out),
        *contender.args,
        *extra,
    ]
    with log.open("wb") as sink:
        measured = measure.run(
            command,
            tree=contender.tree,
            cwd=ROOT,
            log=sink,
            interval=SAMPLE_INTERVAL,
            timeout=timeout,
        )
    if measured.leftovers:
        print(f"!!! {name} left {len(measured.leftovers)} processes running; killed them")
    if measured.exit_code != 0 or measured.timed_out:
        why = f"timed out after {timeout:.0f} s" if measured.timed_out else "failed"
        tail = log.read_text(errors="replace").splitlines()[-LOG_TAIL:]
        print(f"!!! {name} {why} (exit {measured.exit_code}); last lines of {log}:")
        print("\n".join(f"    {line}" for line in tail), flush=True)
        return None
    return measured


def row_counts(name: str, outroot: Path) -> str:
    """The output row counts of a contender, in a few words."""
    if CONTENDERS[name].library:
        rows = check.scan(outroot / name / "library.parquet").select(pl.len()).collect()
        return f"{rows.item():,} result rows"
    counts = []
    for out in check.KEYS:
        rows = check.scan(outroot / name / f"{out}.parquet").select(pl.len()).collect()
        counts.append(f"{rows.item():,} {out}")
    return ", ".join(counts)


def package_version(name: str) -> str:
    """A package's installed version, without importing it."""
    try:
        return version(name)
    except PackageNotFoundError:
        return "missing"


def describe_inputs(workdir: Path, names: Sequence[str]) -> None:
    """A few lines on the inputs, the versions and the machine."""
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
    packages = ["duckdb", "polars"]
    for name in names:
        packages += [p for p in CONTENDERS[name].packages if p not in packages]
    if any(CONTENDERS[n].library for n in names):
        packages.append("cchc_model")
    listed = ", ".join(f"{p} {package_version(p)}" for p in packages)
    print(f"python {platform.python_version()}, {listed}, {os.cpu_count()} CPUs")
    print(f"memory: {method_legend(names)}")


def method_legend(names: Sequence[str]) -> str:
    """Which memory method each contender uses."""
    if measure.GNU_TIME is None:
        print("!!! GNU time is missing (apt-get install time): every peak is sampled")
    parts = []
    for method in (measure.OWN, measure.TREE):
        users = [n for n in names if method_of(n) == method]
        if users:
            text = measure.METHODS[method].format(ms=round(SAMPLE_INTERVAL * 1000))
            parts.append(f"{method} = {text} for {', '.join(users)}")
    return "; ".join(parts)


def method_of(name: str) -> str:
    """The memory method used for a contender."""
    return measure.TREE if CONTENDERS[name].tree or measure.GNU_TIME is None else measure.OWN


def paired_ratio(one: Timings, two: Timings, attribute: str) -> str:
    """The median over paired repetitions of one's figure / two's, and their min-max."""
    a, b = getattr(one, attribute), getattr(two, attribute)
    ratios = [
        a[i] / b[i] for i in range(min(len(a), len(b))) if a[i] is not None and b[i] is not None
    ]
    if not ratios:
        return "n/a"
    return f"{statistics.median(ratios):.2f}x [{min(ratios):.2f}–{max(ratios):.2f}]"


def pairs(names: Sequence[str]) -> list[tuple[str, str]]:
    """The pairs compared: each contender with DuckDB, each library with its engine's code."""
    chosen = [(n, REFERENCE) for n in names if n != REFERENCE and REFERENCE in names]
    for library, native in SAME_ENGINE.items():
        if library in names and native in names:
            chosen.append((library, native))
    return chosen


def report(timings: dict[str, Timings], outroot: Path) -> None:
    """The table of figures and the paired ratios."""
    print(
        f"{'contender':14s} {'median s':>9s} {'min s':>7s} {'peak MiB':>9s} {'method':>6s}  "
        "output rows"
    )
    for name, t in timings.items():
        walls = [w for w in t.wall if w is not None]
        peaks = [p for p in t.peak_mib if p is not None]
        if not walls:
            print(f"{name:14s} {'failed':>9s}")
            continue
        peak = f"{statistics.median(peaks):9.0f}" if peaks else f"{'n/a':>9s}"
        print(
            f"{name:14s} {statistics.median(walls):9.2f} {min(walls):7.2f} {peak} "
            f"{method_of(name):>6s}  {row_counts(name, outroot)}"
        )
    trees = [(n, t) for n, t in timings.items() if method_of(n) == measure.TREE and t.ok()]
    for name, t in trees:
        runs = [r for r in t.runs if r is not None]
        largest = statistics.median(r.largest_mib or 0 for r in runs)
        own = [r.own_mib for r in runs if r.own_mib is not None]
        main = f", main process {statistics.median(own):.0f} MiB (GNU time)" if own else ""
        print(
            f"  {name}: largest single process {largest:.0f} MiB{main}; "
            f"{max(r.processes for r in runs)} processes, "
            f"~{statistics.median(r.samples for r in runs):.0f} samples a run, "
            f"{sum(r.forks for r in runs)} readings of not-yet-exec'd forks left out"
        )
    print("paired ratios, median [min–max] over repetitions:")
    for one, two in pairs(list(timings)):
        if timings[one].ok() and timings[two].ok():
            wall = paired_ratio(timings[one], timings[two], "wall")
            peak = paired_ratio(timings[one], timings[two], "peak_mib")
            print(f"  {one}/{two}: wall {wall}, peak memory {peak}")


def choose(args: argparse.Namespace) -> list[str]:
    """The contenders to run, in order, from ``--contenders`` or ``--engine-set``."""
    if args.contenders and args.engine_set:
        raise SystemExit("give --contenders or --engine-set, not both")
    if args.engine_set:
        names: list[str] = []
        for engine in args.engine_set.split(","):
            if engine not in ENGINE_SETS:
                raise SystemExit(f"unknown engine set {engine!r}: {', '.join(ENGINE_SETS)}")
            names += [n for n in ENGINE_SETS[engine] if n not in names]
    elif args.contenders:
        names = [n.strip() for n in args.contenders.split(",") if n.strip()]
    else:
        names = list(DEFAULT_CONTENDERS)
    unknown = [n for n in names if n not in CONTENDERS]
    if unknown:
        raise SystemExit(f"unknown contenders {unknown}: expected some of {', '.join(CONTENDERS)}")
    if args.skip_library:
        names = [n for n in names if not CONTENDERS[n].library]
    return list(dict.fromkeys(names))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each contender (7 or more to quote)"
    )
    parser.add_argument("--workdir", type=Path, default=generate.DEFAULT_WORKDIR)
    parser.add_argument(
        "--contenders",
        help=f"comma-separated, of {', '.join(CONTENDERS)} (default: "
        f"{','.join(DEFAULT_CONTENDERS)})",
    )
    parser.add_argument(
        "--engine-set",
        help="polars, dask or spark (comma-separated): the library on that engine, the "
        "hand-written code on it, and DuckDB",
    )
    parser.add_argument("--skip-library", action="store_true", help="leave the library out")
    parser.add_argument(
        "--whole-table",
        action="store_true",
        help="the library writes every column of its result table, not only the task's",
    )
    parser.add_argument("--check-only", action="store_true", help="only compare the outputs")
    parser.add_argument(
        "--verify-memory",
        action="store_true",
        help="measure toy programs of known peak with each memory method, and stop",
    )
    parser.add_argument(
        "--timeout", type=float, default=1200, help="seconds before a run is killed"
    )
    args = parser.parse_args()
    if args.verify_memory:
        sys.exit(0 if measure.verify() else 1)
    workdir: Path = args.workdir.resolve()
    outroot = workdir / "out"
    names = choose(args)

    if args.check_only:
        found = [n for n in check.present(outroot) if n in names]
        sys.exit(0 if check.check(outroot, found) else 1)

    if not all((workdir / name).exists() for name in generate.INPUTS):
        start = time.perf_counter()
        generate.generate(workdir)
        print(f"generated the inputs in {workdir} ({time.perf_counter() - start:.1f} s)")
    describe_inputs(workdir, names)
    if any(CONTENDERS[n].library for n in names):
        measure.compile_library()

    timings = {name: Timings() for name in names}
    failed: set[str] = set()
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"{args.repeat} repetitions, interleaved, the order rotated: {', '.join(names)} "
        f"(load average {load})"
    )
    for repetition in range(args.repeat):
        shift = repetition % len(names)  # none runs first (or after another) every time
        for name in [*names[shift:], *names[:shift]]:
            extra = ["--whole-table"] if args.whole_table and CONTENDERS[name].library else []
            measured = (
                None
                if name in failed
                else run_once(name, workdir, outroot, extra, timeout=args.timeout)
            )
            if measured is None:
                failed.add(name)
            else:
                peak = f"{measured.peak_mib:.0f} MiB" if measured.peak_mib else "peak n/a"
                print(f"  {name} #{repetition + 1}: {measured.wall:.2f} s, {peak}", flush=True)
            timings[name].runs.append(measured)
            timings[name].wall.append(measured.wall if measured else None)
            timings[name].peak_mib.append(measured.peak_mib if measured else None)
    print()
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    report(timings, outroot)
    print()
    agree = check.check(outroot, [n for n in names if n not in failed])
    if failed:
        print(f"failed: {', '.join(sorted(failed))}")
    sys.exit(0 if agree and not failed else 1)


if __name__ == "__main__":
    main()
