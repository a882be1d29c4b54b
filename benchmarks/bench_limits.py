"""Time and memory of refusing hostile input: compounds that reuse one another, and
endless files.

Run with ``.venv/bin/python benchmarks/bench_limits.py``. For chains of depth 10, 16, 24
and 30 (target ``c{i}`` lists ``c{i+1}`` twice, so the plan written out holds
``2**(depth+1)`` targets), prints the wall time of ``cchc_model.loads`` until it refuses
the file and the peak Python memory of that call (tracemalloc), best of ``--repeat``.
Before the limit (``model.targets.MAX_EXPANDED``) a depth-16 chain ran over a minute and
a depth-24 chain reached 839 MB in ten seconds. Then the chains of depth 12 to 24 with
the limit raised, loaded and evaluated: best wall times, linear in the depth. Then the
same for ``/dev/zero`` read as
a plan file (refused past 5 MB) and as an observation CSV (refused at its first line,
1,000,000 characters), where the system has one; before, both grew to 2 GB.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

import cchc_model as cm
from cchc_model.testing.hostile import compound_chain as chain_file

ZERO = Path("/dev/zero")


def refuse(text: str) -> str:
    """Load ``text``; the code of the problem it is refused with."""
    try:
        cm.loads(text)
    except cm.PlanFileError as exc:
        return exc.problems[0].code
    return "loaded"


def shared_chains(repeat: int) -> None:
    """The same chains with the limit raised out of the way: load and evaluate them. A
    part shared by several compounds is one object, met once by a walk and decided once
    per unit and period, so the work follows the distinct targets (depth + 1), not the
    2**(depth+1) targets the plan would be written out."""
    from cchc_model.model import targets as limits

    saved, limits.MAX_EXPANDED = limits.MAX_EXPANDED, 10**12
    try:
        print(f"\n{'depth':>5} {'written out':>12} {'load ms':>8} {'evaluate ms':>12}")
        for depth in (12, 16, 20, 24):
            loads, evaluations = [], []
            for _ in range(repeat):
                start = time.perf_counter()
                plan = cm.loads(chain_file(depth))
                loads.append(time.perf_counter() - start)
                rows = [{"indicator": "x", "code": "06", "period": "2023", "value": "90 %"}]
                observations = cm.ObservationSet.from_records(rows, plan.indicators)
                start = time.perf_counter()
                cm.evaluate(plan, observations)
                evaluations.append(time.perf_counter() - start)
            print(
                f"{depth:>5} {2 ** (depth + 1) - 1:>12,} {min(loads) * 1000:>8.1f} "
                f"{min(evaluations) * 1000:>12.1f}"
            )
    finally:
        limits.MAX_EXPANDED = saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    refuse(chain_file(1))  # the loader's modules, imported once
    print(f"{'depth':>5} {'bytes':>6} {'outcome':>10} {'best ms':>8} {'peak MiB':>9}")
    for depth in (10, 16, 24, 30):
        text = chain_file(depth)
        best, peak, outcome = float("inf"), 0.0, ""
        for _ in range(args.repeat):
            tracemalloc.start()
            start = time.perf_counter()
            outcome = refuse(text)
            best = min(best, time.perf_counter() - start)
            peak = max(peak, tracemalloc.get_traced_memory()[1] / 2**20)
            tracemalloc.stop()
        print(f"{depth:>5} {len(text):>6} {outcome:>10} {best * 1000:>8.1f} {peak:>9.2f}")
    shared_chains(args.repeat)
    if not ZERO.exists():
        return
    indicator = cm.Indicator(id="x", name="x", measure=cm.MeasureKind.RATIO)
    reads = {
        "plan file": lambda: cm.load(ZERO),
        "observation CSV": lambda: cm.ObservationSet.from_csv(ZERO, [indicator]),
    }
    print(f"\n{'/dev/zero as':<16} {'outcome':>10} {'best ms':>8} {'peak MiB':>9}")
    for name, read in reads.items():
        best, peak, outcome = float("inf"), 0.0, "read"
        for _ in range(args.repeat):
            tracemalloc.start()
            start = time.perf_counter()
            try:
                read()
            except cm.CchcError as exc:
                outcome = exc.problems[0].code
            best = min(best, time.perf_counter() - start)
            peak = max(peak, tracemalloc.get_traced_memory()[1] / 2**20)
            tracemalloc.stop()
        print(f"{name:<16} {outcome:>10} {best * 1000:>8.1f} {peak:>9.2f}")


if __name__ == "__main__":
    main()
