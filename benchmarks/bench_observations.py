"""Time and memory of building an ObservationSet of ratio observations.

Run with ``.venv/bin/python benchmarks/bench_observations.py [--n 200000]``. Builds ``n``
ratio observations given as integer numerator and denominator (one per commune code and
quarter, one province-level indicator), then prints:

* the time to create the :class:`Observation` objects,
* the time to validate and index them in an :class:`ObservationSet`,
* the time of ``from_records`` on the same rows as text (what a CSV gives),
* ``to_records``, a million ``get`` lookups and the first ``series`` call,
* the peak Python memory of observations plus set (tracemalloc), per observation.

Timings are the best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from collections.abc import Callable
from typing import Any


def best_of(repeat: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    """The shortest wall time of ``repeat`` calls, in seconds, and the last result."""
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    n: int = args.n

    from cchc_model.io.observations import Observation, ObservationSet
    from cchc_model.model.indicators import Indicator, MeasureKind
    from cchc_model.model.periods import Period

    online = Indicator(id="online", name="Tỷ lệ hồ sơ trực tuyến", measure=MeasureKind.RATIO)
    quarters = ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]

    def rows() -> list[tuple[str, str, int, int]]:
        out = []
        for i in range(n):
            den = 50 + (i * 7919) % 2000
            out.append((f"{i // 4:05d}", quarters[i % 4], (i * 104729) % (den + 1), den))
        return out

    data = rows()

    def make_observations() -> list[Observation]:
        return [
            Observation(indicator="online", code=c, period=p, numerator=num, denominator=den)
            for c, p, num, den in data
        ]

    def make_set(observations: list[Observation]) -> ObservationSet:
        return ObservationSet(observations, [online])

    obs_s, observations = best_of(args.repeat, make_observations)
    set_s, s = best_of(args.repeat, lambda: make_set(observations))

    records = [
        {
            "indicator": "online",
            "code": c,
            "period": p,
            "numerator": str(num),
            "denominator": str(d),
        }
        for c, p, num, d in data
    ]
    records_s, _ = best_of(args.repeat, lambda: ObservationSet.from_records(records, [online]))
    to_records_s, _ = best_of(args.repeat, s.to_records)

    period = Period.parse("2024-Q3")
    codes = [f"{i:05d}" for i in range(n // 4)]

    def lookups() -> int:
        found = 0
        for _ in range(1_000_000 // max(len(codes), 1) + 1):
            for code in codes:
                if s.get("online", code, period) is not None:
                    found += 1
        return found

    get_s, found = best_of(1, lookups)
    series_s, _ = best_of(1, lambda: s.series("online", codes[0]))

    del observations, s
    gc.collect()
    tracemalloc.start()
    observations = make_observations()
    s = make_set(observations)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"observations: {n:,} ratios (numerator/denominator ints), {len(s):,} kept")
    print(f"create Observation objects:     {obs_s:8.3f} s  ({obs_s / n * 1e6:5.2f} µs each)")
    print(f"ObservationSet(...) build:      {set_s:8.3f} s  ({set_s / n * 1e6:5.2f} µs each)")
    print(f"both together:                  {obs_s + set_s:8.3f} s")
    print(
        f"from_records (text cells):      {records_s:8.3f} s  ({records_s / n * 1e6:5.2f} µs each)"
    )
    print(f"to_records:                     {to_records_s:8.3f} s")
    print(f"get(), {found:,} lookups:      {get_s:8.3f} s  ({get_s / found * 1e9:5.0f} ns each)")
    print(f"first series() (builds index):  {series_s:8.3f} s")
    print(f"peak traced memory:             {peak / 2**20:8.1f} MiB  ({peak / n:5.0f} bytes each)")


if __name__ == "__main__":
    main()
