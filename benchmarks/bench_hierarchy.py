"""Time and memory of loading the national administrative-unit hierarchy.

Run with ``.venv/bin/python benchmarks/bench_hierarchy.py``. Prints the import time of
``cchc_model.model.jurisdictions``, the first ``national_hierarchy()`` call (read the CSV
files, build about 14k units and 11k successions, validate the tree), validation
alone, ``as_of`` and the peak Python memory of a load measured with tracemalloc.
Timings are the best of ``--repeat`` runs, except the import, which runs once.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from typing import Any


def best_of(repeat: int, fn: Callable[[], Any]) -> float:
    """The shortest wall time of ``repeat`` calls, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    start = time.perf_counter()
    from cchc_model import jurisdictions as j

    import_s = time.perf_counter() - start

    start = time.perf_counter()
    h = j.national_hierarchy()
    first_s = time.perf_counter() - start

    def cold_load() -> None:
        j.national_hierarchy.cache_clear()
        j.national_hierarchy()

    load_s = best_of(args.repeat, cold_load)
    h = j.national_hierarchy()
    validate_s = best_of(args.repeat, lambda: j.Hierarchy(h.units, h.successions))
    as_of_s = best_of(args.repeat, lambda: h.as_of(date(2025, 7, 1)))

    j.national_hierarchy.cache_clear()
    tracemalloc.start()
    h = j.national_hierarchy()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"units: {len(h):,} versions; successions: {len(h.successions):,}")
    print(f"import cchc_model.model.jurisdictions: {import_s * 1000:8.1f} ms")
    print(f"national_hierarchy(), first call: {first_s * 1000:8.1f} ms")
    print(f"national_hierarchy(), cold, best: {load_s * 1000:8.1f} ms")
    print(f"Hierarchy(...) validation only:   {validate_s * 1000:8.1f} ms")
    print(f"as_of(2025-07-01):                {as_of_s * 1000:8.1f} ms")
    print(f"peak traced memory of one load:   {peak / 2**20:8.1f} MiB")


if __name__ == "__main__":
    main()
