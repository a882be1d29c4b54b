"""The library against the independent national yardstick (``../shared/bench``).

Run with ``.venv/bin/python benchmarks/shared/run.py [--repeat 7] [--scales sub10,full,double]``.
For each scale, runs the yardstick's hand-written DuckDB SQL (``bench_duckdb.py``), its
hand-written polars (``bench_polars.py``) and the library (``library.py``: its results read
lazily, and, as ``library-table``, with its whole result table built) as whole processes,
the order rotated each repetition, measures the wall time and the peak memory of each
process alone (GNU time's ``%M``, see ``benchmarks/national/measure.py``) after writing the
library's bytecode as an installed copy has it (``measure.compile_library``), checks that
all of them print the same checksum, and prints the medians and the paired ratios (median
and min–max over the repetitions).

The data are the yardstick's own (``gen_data.py``: ``full`` is national, 2,077,447 rows;
``sub10`` its first provinces, 210,111 rows) and ``double`` (``double.py``: every commune
twinned, 4,154,894 rows), generated into ``--workdir`` (``benchmarks/shared/.data``) if
missing.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
YARDSTICK = ROOT.parent / "shared" / "bench"
PYTHON = sys.executable
sys.path.insert(0, str(HERE.parent / "national"))

import measure  # noqa: E402  (benchmarks/national/measure.py)

#: Each contender's script and its arguments after the data directory: the library with
#: its results read lazily (the statuses held, the text columns never made), and with its
#: whole result table built.
CONTENDERS: dict[str, tuple[Path, tuple[str, ...]]] = {
    "library": (HERE / "library.py", ()),
    "library-table": (HERE / "library.py", ("--table",)),
    "duckdb": (YARDSTICK / "bench_duckdb.py", ()),
    "polars": (YARDSTICK / "bench_polars.py", ()),
}
LIBRARY = ("library", "library-table")
SCALES = ("sub10", "full", "double")
CHECKSUM = re.compile(r"status_rows=(\d+) checksum=([0-9a-f]+)")


def generate(workdir: Path, scales: list[str]) -> None:
    """The yardstick's data, and the doubled set, where missing."""
    if not (workdir / "full" / "observations.parquet").exists():
        subprocess.run([PYTHON, str(YARDSTICK / "gen_data.py"), str(workdir)], check=True)
    if "double" in scales and not (workdir / "double" / "observations.parquet").exists():
        command = [PYTHON, str(HERE / "double.py"), str(workdir / "full"), str(workdir / "double")]
        subprocess.run(command, check=True)


def run_once(name: str, data: Path) -> tuple[float, float, str]:
    """One whole-process run: wall seconds, peak MiB and the checksum it printed."""
    with tempfile.TemporaryFile() as log:
        script, extra = CONTENDERS[name]
        measured = measure.run([PYTHON, str(script), str(data), *extra], tree=False, log=log)
        log.seek(0)
        text = log.read().decode(errors="replace")
    found = CHECKSUM.search(text)
    if measured.exit_code != 0 or found is None or measured.peak_mib is None:
        raise SystemExit(f"{name} failed on {data} (exit {measured.exit_code}):\n{text[-2000:]}")
    return measured.wall, measured.peak_mib, f"{found[1]} rows, checksum {found[2]}"


def ratio(one: list[float], two: list[float]) -> str:
    ratios = [a / b for a, b in zip(one, two, strict=True)]
    return f"{statistics.median(ratios):.2f}x [{min(ratios):.2f}–{max(ratios):.2f}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scales", default="full")
    parser.add_argument("--workdir", type=Path, default=HERE / ".data")
    args = parser.parse_args()
    scales = [s for s in args.scales.split(",") if s]
    unknown = sorted(set(scales) - set(SCALES))
    if unknown:
        raise SystemExit(f"unknown scales {unknown}; expected some of {', '.join(SCALES)}")
    if measure.GNU_TIME is None:
        raise SystemExit("GNU time is needed for the peak memory: apt-get install time")
    generate(args.workdir, scales)
    measure.compile_library()
    names = list(CONTENDERS)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {os.getloadavg()}")
    summary = []
    for scale in scales:
        data = args.workdir / scale
        walls: dict[str, list[float]] = {n: [] for n in names}
        peaks: dict[str, list[float]] = {n: [] for n in names}
        sums: set[str] = set()
        for rep in range(args.repeat):
            order = names[rep % len(names) :] + names[: rep % len(names)]
            for name in order:
                wall, peak, checksum = run_once(name, data)
                walls[name].append(wall)
                peaks[name].append(peak)
                sums.add(checksum)
                print(f"  {scale} #{rep + 1} {name}: {wall:.2f} s, {peak:.0f} MiB", flush=True)
        if len(sums) != 1:
            raise SystemExit(f"{scale}: the contenders disagree: {sorted(sums)}")
        print(f"{scale}: every run printed {sums.pop()}")
        for name in names:
            wall, best = statistics.median(walls[name]), min(walls[name])
            peak = statistics.median(peaks[name])
            print(f"  {name:13} wall median {wall:.2f} s (best {best:.2f}), peak {peak:.0f} MiB")
        for ours in LIBRARY:
            for other in ("duckdb", "polars"):
                line = (
                    f"  {ours}/{other}: wall {ratio(walls[ours], walls[other])}, "
                    f"peak memory {ratio(peaks[ours], peaks[other])}"
                )
                print(line)
                summary.append(f"{scale:7}{line}")
    print(f"paired ratios over {args.repeat} repetitions (load at the end {os.getloadavg()}):")
    print("\n".join(summary))


if __name__ == "__main__":
    main()
