"""Run every benchmark and measure the import time of the package.

Run with ``.venv/bin/python benchmarks/run.py``. Each ``benchmarks/bench_*.py`` runs in
its own subprocess, in name order, with the arguments in :data:`ARGS` (small enough
that the whole run takes well under two minutes); its output is printed as it comes,
followed by its wall time. Then:

* the wall time of ``python -c "import cchc_model"`` in a fresh subprocess, best of 5,
  beside that of ``python -c "pass"`` (the interpreter's own start-up);
* the top 5 modules of ``python -X importtime -c "import cchc_model"``, by cumulative
  and by own import time.

Extra arguments are passed to every benchmark, e.g. ``run.py --repeat 1``; ``--only
NAME`` runs the benchmarks whose file name contains NAME; ``--national`` adds the
national batch benchmark (``national/run.py --repeat 3``: the library against
hand-written DuckDB SQL and polars, as whole processes).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = sys.executable

#: Arguments per benchmark file; a file not listed runs with its defaults.
ARGS: dict[str, list[str]] = {
    "bench_evaluate.py": ["--years", "5", "--province", "38", "--repeat", "2"],
    "bench_hierarchy.py": ["--repeat", "3"],
    "bench_observations.py": ["--n", "200000", "--repeat", "2"],
}
TIMEOUT_S = 300


def run_benchmark(path: Path, extra: list[str]) -> tuple[float, int]:
    """Run one benchmark, streaming its output; its wall time and exit code."""
    command = [PYTHON, str(path), *ARGS.get(path.name, []), *extra]
    print(f"=== {path.name}: {' '.join([Path(PYTHON).name, *command[1:]])}", flush=True)
    start = time.perf_counter()
    try:
        code = subprocess.run(command, cwd=ROOT, timeout=TIMEOUT_S, check=False).returncode
    except subprocess.TimeoutExpired:
        print(f"!!! {path.name} timed out after {TIMEOUT_S} s")
        code = -1
    seconds = time.perf_counter() - start
    status = "ok" if code == 0 else f"FAILED (exit {code})"
    print(f"=== {path.name}: {status}, {seconds:.1f} s wall\n", flush=True)
    return seconds, code


def best_wall(code: str, repeat: int = 5) -> float:
    """The best wall time of ``python -c code`` in a fresh process, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([PYTHON, "-c", code], cwd=ROOT, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def import_times(module: str, top: int = 5) -> None:
    """Print the top modules of ``-X importtime``, by cumulative and by own time."""
    done = subprocess.run(
        [PYTHON, "-X", "importtime", "-c", f"import {module}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    rows: list[tuple[int, int, str]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = line.removeprefix("import time:").split("|", 2)
        rows.append((int(own), int(cumulative), name.rstrip()))
    for title, key in (("cumulative", 1), ("own", 0)):
        print(f"-X importtime, top {top} by {title} time (ms):   own    cumul.  module")
        for row in sorted(rows, key=lambda r: r[key], reverse=True)[:top]:
            print(f"  {row[0] / 1000:38.1f} {row[1] / 1000:8.1f}  {row[2]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--only", default="", help="run the benchmarks whose name has this")
    parser.add_argument(
        "--national",
        action="store_true",
        help="also run the national batch benchmark (national/run.py, a few minutes)",
    )
    args, extra = parser.parse_known_args()

    benchmarks = sorted(p for p in HERE.glob("bench_*.py") if args.only in p.name)
    total = time.perf_counter()
    results = {path.name: run_benchmark(path, extra) for path in benchmarks}
    if args.national:
        ARGS["run.py"] = ["--repeat", "3"]
        results["national/run.py"] = run_benchmark(HERE / "national" / "run.py", [])

    print("=== import cchc_model")
    bare = best_wall("pass")
    loaded = best_wall("import cchc_model")
    print(f'python -c "pass":               {bare * 1000:8.1f} ms (best of 5)')
    print(f'python -c "import cchc_model":  {loaded * 1000:8.1f} ms (best of 5)')
    print(f"  the import itself:            {(loaded - bare) * 1000:8.1f} ms")
    import_times("cchc_model")

    print()
    print("=== summary")
    for name, (seconds, code) in results.items():
        print(f"  {name:28s} {seconds:6.1f} s  {'ok' if code == 0 else f'exit {code}'}")
    print(f"  {'total':28s} {time.perf_counter() - total:6.1f} s")
    if any(code != 0 for _, code in results.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()
