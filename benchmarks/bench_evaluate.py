"""Time and memory of evaluating a 40-target plan on commune data of one large province.

Run with ``.venv/bin/python benchmarks/bench_evaluate.py [--years 5] [--province 38]``.

The workload: province ``--province`` (Thanh Hóa, 38, by default) with its whole tree as
of 2023-12-31 (26 districts, 547 communes in the shipped data), commune-level
observations for ``--years`` years ending 2023, generated with a fixed seed:

* 25 ratio indicators (numerator and denominator ints; ~2 % rows missing, ~0.5 % with
  a zero denominator),
* 10 count indicators and 5 score indicators (value in tenths of a point, weight 1-5),
  ~2 % rows missing too.

A 40-target plan issued by the province mixes: comparisons on the province's territory
(rolled up from communes through districts), comparisons pooled at commune level, "each
district" (and one "each commune") comparisons, betweens, changes against the previous
year (absolute and relative), shares of districts meeting a condition, an at-least-8-of-10
and an all-of / any-of. A rank of a district among its 26 siblings is evaluated on the
side with ``evaluate_target`` (a rank of the province among 63 needs data of every
province). Everything is evaluated with ``Policy(min_coverage=9/10)``.

The same statuses are then computed by a hand-written loop over plain dicts (ints,
``fractions.Fraction`` only at the comparisons) and checked against the library for
every target, every unit of an "each" or "share" target and every year, status and
observed value. Printed: sizes, build times, evaluation times (total and per year), peak
memory (tracemalloc; ``ru_maxrss`` of the process), status counts, the mismatch count
(must be 0) and the library/loop ratios. When the library is more than 2x slower than
the loop, a cProfile of one year's evaluation follows (``--profile`` forces it).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import random
import resource
import sys
import sysconfig
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

SEED = 20261121
LAST_YEAR = 2023
TREE_DATE = date(2023, 12, 31)
MIN_COVERAGE = Fraction(9, 10)
MISSING_SHARE = 0.02
ZERO_DEN_SHARE = 0.005

MET, NOT_MET, UNKNOWN, NA = "met", "not_met", "unknown", "not_applicable"

RATIOS = [f"r{i:02d}" for i in range(1, 26)]
COUNTS = [f"c{i:02d}" for i in range(1, 11)]
SCORES = [f"s{i:02d}" for i in range(1, 6)]
KIND = {**dict.fromkeys(RATIOS, "ratio"), **dict.fromkeys(COUNTS, "count")}
KIND.update(dict.fromkeys(SCORES, "score"))

Spec = dict[str, Any]
# One observation as generated: (indicator, code, year, numerator, denominator).
# Ratio: the counts. Count: (value, 1). Score: (tenths of a point, weight); the library
# is given value = tenths / 10 and the weight, so its additive pair is (value·w, w).
Row = tuple[str, str, int, int, int]


# --- data ----------------------------------------------------------------------------


def generate(
    rng: random.Random, communes: list[str], years: list[int]
) -> tuple[list[Row], dict[str, Fraction]]:
    """Commune observations, and each indicator's typical province value (for thresholds)."""
    rate = {i: rng.uniform(0.70, 0.96) for i in RATIOS}
    mean_count = {i: rng.uniform(4, 20) for i in COUNTS}
    mean_score = {i: rng.uniform(60, 85) for i in SCORES}
    rows: list[Row] = []
    for year in years:
        step = year - years[0]
        year_rate = {i: r + 0.006 * step + rng.uniform(-0.015, 0.015) for i, r in rate.items()}
        for code in communes:
            local = rng.gauss(0, 0.04)  # a commune does better or worse on every ratio
            for ind in RATIOS:
                if rng.random() < MISSING_SHARE:
                    continue
                if rng.random() < ZERO_DEN_SHARE:
                    rows.append((ind, code, year, 0, 0))
                    continue
                den = rng.randint(20, 400)
                p = min(1.0, max(0.0, year_rate[ind] + local + rng.gauss(0, 0.04)))
                rows.append((ind, code, year, min(den, round(den * p)), den))
            for ind in COUNTS:
                if rng.random() < MISSING_SHARE:
                    continue
                value = max(0, round(rng.gauss(mean_count[ind] + 0.4 * step, 3)))
                rows.append((ind, code, year, value, 1))
            for ind in SCORES:
                if rng.random() < MISSING_SHARE:
                    continue
                tenths = min(1000, max(0, round(rng.gauss(mean_score[ind] * 10, 80))))
                rows.append((ind, code, year, tenths, rng.randint(1, 5)))
    typical: dict[str, Fraction] = {}
    for ind, r in rate.items():
        typical[ind] = Fraction(round((r + 0.006 * (len(years) - 1) / 2) * 1000), 10)
    for ind, m in mean_count.items():
        typical[ind] = Fraction(round(m + 0.4 * (len(years) - 1) / 2))
    for ind, m in mean_score.items():
        typical[ind] = Fraction(round(m * 10), 10)
    return rows, typical


def make_plan_specs(
    rng: random.Random, typical: dict[str, Fraction], n_communes: int, n_districts: int
) -> tuple[list[Spec], list[Spec]]:
    """The plan's 40 targets and the side rank targets, as plain data."""

    def near(ind: str, spread: float = 1.0) -> Fraction:
        """A threshold near the indicator's typical value, to one decimal."""
        t = typical[ind]
        if KIND[ind] == "count":
            return Fraction(round(t * n_communes * (1 + rng.uniform(-0.01, 0.01) * spread)))
        shift = Fraction(round(rng.uniform(-1.5, 1.5) * spread * 10), 10)
        return min(Fraction(100), t + shift) if KIND[ind] == "ratio" else t + shift

    def cmp(tid: str, ind: str, op: str, x: Fraction, scope: str = "self") -> Spec:
        return {"id": tid, "form": "cmp", "ind": ind, "op": op, "x": x, "scope": scope}

    ops = [">=", ">=", ">", ">=", "<=", ">=", ">", ">=", "<", ">="]
    specs: list[Spec] = []
    # t01-t10: the province's territory, rolled up from communes through districts.
    for k, ind in enumerate(RATIOS[:10]):
        specs.append(cmp(f"t{k + 1:02d}", ind, ops[k], near(ind)))
    # t11-t15: pooled over the own basis of every commune ("… tại cấp xã").
    for k, ind in enumerate(RATIOS[10:15]):
        specs.append(cmp(f"t{k + 11:02d}", ind, ">=", near(ind), "pooled:commune"))
    # t16-t18: each district; t19: each commune (zero denominators are not applicable).
    for k, ind in enumerate(RATIOS[15:18]):
        specs.append(cmp(f"t{k + 16:02d}", ind, ">=", typical[ind] - 6, "each:district"))
    specs.append(cmp("t19", "r19", ">=", Fraction(40), "each:commune"))
    # t20: each district's count (sum over its communes).
    specs.append(cmp("t20", "c01", ">=", typical["c01"] * 7, "each:district"))
    # t21-t23: betweens.
    r20 = typical["r20"]
    specs.append(
        {"id": "t21", "form": "between", "ind": "r20", "low": r20 - 1, "high": r20 + 1}
        | {"low_inc": True, "high_inc": True}
    )
    s01 = typical["s01"]
    specs.append(
        {"id": "t22", "form": "between", "ind": "s01", "low": s01 - 1, "high": s01 + 1}
        | {"low_inc": False, "high_inc": True}
    )
    c02 = typical["c02"] * n_communes
    specs.append(
        {"id": "t23", "form": "between", "ind": "c02", "low": c02 * Fraction(97, 100)}
        | {"high": c02 * Fraction(102, 100), "low_inc": True, "high_inc": False}
    )
    # t24-t25: change against the previous year, absolute and relative.
    specs.append(
        {"id": "t24", "form": "change", "ind": "c03", "op": ">="}
        | {"delta": Fraction(round(0.4 * n_communes)), "relative": False}
    )
    specs.append(
        {"id": "t25", "form": "change", "ind": "r21", "op": ">=", "delta": Fraction(1)}
        | {"relative": True}
    )

    # t26-t29: shares of districts meeting a condition.
    def share(tid: str, cond: Spec, op: str, x: int) -> Spec:
        return {"id": tid, "form": "share", "level": "district", "cond": cond, "op": op, "x": x}

    specs.append(share("t26", cmp("t26c", "r22", ">=", typical["r22"]), ">=", 50))
    specs.append(share("t27", cmp("t27c", "r23", ">", typical["r23"] - 1), ">=", 60))
    specs.append(share("t28", cmp("t28c", "c04", ">=", typical["c04"] * 20), ">=", 30))
    specs.append(share("t29", cmp("t29c", "s03", ">=", typical["s03"]), ">", 40))
    # t30: at least 8 of 10 province comparisons.
    ten = [*RATIOS[23:25], *COUNTS[4:10], *SCORES[3:5]]
    specs.append(
        {
            "id": "t30",
            "form": "at_least",
            "n": 8,
            "parts": [
                cmp(f"t30p{k + 1:02d}", ind, ">=", near(ind, 0.5)) for k, ind in enumerate(ten)
            ],
        }
    )
    # t31-t36: province counts and scores; t37-t38 more pooled ratios.
    for k, ind in enumerate([*COUNTS[4:8], *SCORES[1:3]]):
        specs.append(cmp(f"t{k + 31:02d}", ind, ">=", near(ind)))
    specs.append(cmp("t37", "r24", ">=", near("r24"), "pooled:commune"))
    specs.append(cmp("t38", "r25", "<=", near("r25"), "pooled:commune"))
    # t39: all of two; t40: any of two.
    specs.append(
        {
            "id": "t39",
            "form": "all_of",
            "parts": [
                cmp("t39a", "r01", ">=", Fraction(70)),
                cmp("t39b", "c09", ">=", near("c09")),
            ],
        }
    )
    specs.append(
        {
            "id": "t40",
            "form": "any_of",
            "parts": [cmp("t40a", "r02", ">", Fraction(97)), cmp("t40b", "s05", ">=", near("s05"))],
        }
    )
    assert len(specs) == 40
    ranks = [
        {"id": "rank_r01", "form": "rank", "ind": "r01", "k": 5, "group_size": n_districts},
        {"id": "rank_s04", "form": "rank", "ind": "s04", "k": 10, "group_size": n_districts},
    ]
    return specs, ranks


# --- the library's side --------------------------------------------------------------


def make_indicators() -> dict[str, Any]:
    from cchc_model import Indicator, MeasureKind

    found: dict[str, Any] = {}
    for ind in RATIOS:
        found[ind] = Indicator(id=ind, name=f"Tỷ lệ {ind}", measure=MeasureKind.RATIO)
    for ind in COUNTS:
        found[ind] = Indicator(id=ind, name=f"Số {ind}", measure=MeasureKind.COUNT)
    for ind in SCORES:
        found[ind] = Indicator(id=ind, name=f"Điểm {ind}", measure=MeasureKind.SCORE, unit="point")
    return found


def make_observations(rows: list[Row]) -> list[Any]:
    from cchc_model.io.observations import Observation
    from cchc_model.model.periods import Period

    periods = {year: Period.year(year) for year in {r[2] for r in rows}}
    out = []
    for ind, code, year, num, den in rows:
        kind = KIND[ind]
        if kind == "ratio":
            obs = Observation(
                indicator=ind, code=code, period=periods[year], numerator=num, denominator=den
            )
        elif kind == "count":
            obs = Observation(indicator=ind, code=code, period=periods[year], value=num)
        else:
            obs = Observation(
                indicator=ind, code=code, period=periods[year], value=Fraction(num, 10), weight=den
            )
        out.append(obs)
    return out


def _amount(ind: str, x: Fraction) -> str:
    text = str(x) if x.denominator == 1 else f"{float(x):.10g}"
    assert Fraction(text) == x, (text, x)
    return f"{text} %" if KIND[ind] == "ratio" else text


def library_target(spec: Spec, indicators: dict[str, Any]) -> Any:
    import cchc_model as cm

    form = spec["form"]
    tid = spec["id"]
    if form in ("all_of", "any_of", "at_least"):
        parts = [library_target(p, indicators) for p in spec["parts"]]
        if form == "all_of":
            return cm.AllOf(id=tid, parts=parts)
        if form == "any_of":
            return cm.AnyOf(id=tid, parts=parts)
        return cm.AtLeast(id=tid, parts=parts, n=spec["n"])
    if form == "share":
        cond = library_target(spec["cond"], indicators)
        return cm.Share(
            id=tid, level=spec["level"], condition=cond, op=spec["op"], threshold=f"{spec['x']} %"
        )
    ind = spec["ind"]
    indicator = indicators[ind]
    if form == "rank":
        return cm.Rank(id=tid, indicator=indicator, k=spec["k"], group_size=spec["group_size"])
    if form == "change":
        delta = f"{spec['delta']} %" if spec["relative"] else _amount(ind, spec["delta"])
        return cm.Change(
            id=tid, indicator=indicator, op=spec["op"], delta=delta, relative=spec["relative"]
        )
    mode, _, level = spec.get("scope", "self").partition(":")
    scope = cm.Scope() if mode == "self" else cm.Scope(cm.ScopeMode(mode), level)
    if form == "between":
        return cm.Between(
            id=tid,
            indicator=indicator,
            scope=scope,
            low=_amount(ind, spec["low"]),
            high=_amount(ind, spec["high"]),
            low_inclusive=spec["low_inc"],
            high_inclusive=spec["high_inc"],
        )
    return cm.Comparison(
        id=tid, indicator=indicator, scope=scope, op=spec["op"], threshold=_amount(ind, spec["x"])
    )


def statuses_of(results: list[Any], top_key: Callable[[Any], Any]) -> dict[Any, Any]:
    """(top key, target id, code) → (status, observed) for every result and its parts."""
    found: dict[Any, Any] = {}
    for top in results:
        key = top_key(top)
        for r in top.walk():
            observed = r.observed
            if r.target.form in ("all_of", "any_of", "at_least", "share"):
                observed = None  # the loop does not report these
            found[(key, r.target.id, r.code)] = (r.status.value, observed)
    return found


# --- the hand-written loop -----------------------------------------------------------

_OPS: dict[str, Callable[[Fraction, Fraction], bool]] = {
    ">=": lambda a, b: a >= b,
    ">": lambda a, b: a > b,
    "<=": lambda a, b: a <= b,
    "<": lambda a, b: a < b,
    "=": lambda a, b: a == b,
}


def combine(statuses: list[str], needed: int | None = None) -> str:
    applicable = [s for s in statuses if s != NA]
    if not applicable:
        return NA
    n = len(applicable) if needed is None else needed
    met = applicable.count(MET)
    unknown = applicable.count(UNKNOWN)
    if met >= n:
        return MET
    if met + unknown < n:
        return NOT_MET
    return UNKNOWN


class Loop:
    """Plain-dict evaluation of the same specs: int sums, one Fraction per comparison.

    ``obs``: (indicator, code, year) → the additive pair as ints: a ratio's counts, a
    count's (value, 1), a score's (tenths × weight, weight). ``children``:
    code → list of child codes (communes have none). ``under``: (code, level) → codes.
    The data has no ``own``-basis rows and only yearly periods, so territory(J) is J's
    own row if any, else the sum over its children; own(commune) is its row.
    """

    def __init__(
        self,
        obs: dict[tuple[str, str, int], tuple[int, int]],
        children: dict[str, list[str]],
        under: dict[tuple[str, str], list[str]],
        min_coverage: Fraction,
    ) -> None:
        self.obs = obs
        self.children = children
        self.under = under
        self.cov_num = min_coverage.numerator
        self.cov_den = min_coverage.denominator
        self.parent = {kid: code for code, kids in children.items() for kid in kids}
        self.cache: dict[tuple[str, str, int], tuple[int, int] | None] = {}
        self.out: dict[tuple[Any, str, str], tuple[str, Any]] = {}

    # values: a pair (num, den) or None (unknown); value() turns it into a number
    def pooled(self, ind: str, codes: list[str], year: int) -> tuple[int, int] | None:
        reported = sn = sd = 0
        for c in codes:
            pair = self.territory(ind, c, year)
            if pair is not None:
                reported += 1
                sn += pair[0]
                sd += pair[1]
        if reported == 0 or reported * self.cov_den < self.cov_num * len(codes):
            return None
        return sn, sd

    def territory(self, ind: str, code: str, year: int) -> tuple[int, int] | None:
        key = (ind, code, year)
        if key in self.cache:
            return self.cache[key]
        pair = self.obs.get(key)
        if pair is None:
            kids = self.children.get(code)
            if kids:
                pair = self.pooled(ind, kids, year)
        self.cache[key] = pair
        return pair

    @staticmethod
    def value(ind: str, pair: tuple[int, int] | None) -> Fraction | str | None:
        """The value in the indicator's unit; NA for a ratio over 0; None if unknown."""
        if pair is None:
            return None
        num, den = pair
        kind = KIND[ind]
        if kind == "count":
            return Fraction(num)
        if den == 0:
            return NA if kind == "ratio" else None
        if kind == "ratio":
            return Fraction(num * 100, den)
        return Fraction(num, den * 10)

    def measure(self, spec: Spec, code: str, year: int) -> Fraction | str | None:
        ind = spec["ind"]
        if spec.get("scope", "self").startswith("pooled:"):
            level = spec["scope"].partition(":")[2]
            return self.value(ind, self.pooled(ind, self.under[(code, level)], year))
        return self.value(ind, self.territory(ind, code, year))

    def evaluate(self, spec: Spec, code: str, year: int, top: Any) -> str:
        form = spec["form"]
        observed: Any = None
        if form in ("all_of", "any_of", "at_least"):
            statuses = [self.evaluate(p, code, year, top) for p in spec["parts"]]
            needed = {"all_of": None, "any_of": 1}.get(form, spec.get("n"))
            status = combine(statuses, needed)
        elif form == "share":
            statuses = [
                self.evaluate(spec["cond"], unit, year, top)
                for unit in self.under[(code, spec["level"])]
            ]
            applicable = [s for s in statuses if s != NA]
            if not applicable:
                status = NA
            else:
                n = len(applicable)
                met = applicable.count(MET)
                unknown = applicable.count(UNKNOWN)
                x = Fraction(spec["x"], 100)
                low_ok = _OPS[spec["op"]](Fraction(met, n), x)
                high_ok = _OPS[spec["op"]](Fraction(met + unknown, n), x)
                status = (
                    MET if low_ok and high_ok else NOT_MET if not (low_ok or high_ok) else UNKNOWN
                )
        elif form == "rank":
            status, observed = self.rank(spec, code, year)
        elif spec.get("scope", "self").startswith("each:"):
            at_unit = {**spec, "scope": "self"}
            units = self.under[(code, spec["scope"].partition(":")[2])]
            status = combine([self.evaluate(at_unit, unit, year, top) for unit in units])
        elif form == "change":
            now = self.measure(spec, code, year)
            before = self.measure(spec, code, year - 1)
            if now == NA or before == NA:
                status = NA
            elif now is None or before is None:
                status = UNKNOWN
            else:
                assert isinstance(now, Fraction)
                assert isinstance(before, Fraction)
                change = now - before
                if spec["relative"] and before == 0:
                    status = NA
                else:
                    if spec["relative"]:
                        change = change / before
                        delta = spec["delta"] / 100
                    else:
                        delta = spec["delta"]
                    observed = change
                    status = MET if _OPS[spec["op"]](change, delta) else NOT_MET
        else:  # cmp, between
            v = self.measure(spec, code, year)
            if v == NA:
                status = NA
            elif v is None:
                status = UNKNOWN
            else:
                assert isinstance(v, Fraction)
                observed = v
                if form == "between":
                    lo, hi = spec["low"], spec["high"]
                    ok = (v >= lo if spec["low_inc"] else v > lo) and (
                        v <= hi if spec["high_inc"] else v < hi
                    )
                else:
                    ok = _OPS[spec["op"]](v, spec["x"])
                status = MET if ok else NOT_MET
        self.out[(top, spec["id"], code)] = (status, observed)
        return status

    def rank(self, spec: Spec, code: str, year: int) -> tuple[str, Any]:
        ind = spec["ind"]
        parent = self.parent[code]
        values = {
            peer: self.value(ind, self.territory(ind, peer, year)) for peer in self.children[parent]
        }
        mine = values[code]
        if mine == NA:
            return NA, None
        if mine is None:
            return UNKNOWN, None
        better = unknown = 0
        for peer, v in values.items():
            if peer == code or v == NA:
                continue
            if v is None:
                unknown += 1
            elif v > mine:
                better += 1
        best, worst = 1 + better, 1 + better + unknown
        k = spec["k"]
        status = MET if worst <= k else NOT_MET if best > k else UNKNOWN
        return status, Fraction(best) if unknown == 0 else None


def run_loop_plan(loop: Loop, specs: list[Spec], province: str, years: list[int]) -> dict:
    """Every target for every year; one roll-up cache per year, as one ``evaluate`` call."""
    loop.out = {}
    for year in years:
        loop.cache = {}
        for spec in specs:
            loop.evaluate(spec, province, year, (spec["id"], year))
    return loop.out


def run_loop_ranks(loop: Loop, ranks: list[Spec], units: list[str], years: list[int]) -> dict:
    """Each rank on its own, with a fresh cache, as one ``evaluate_target`` call."""
    loop.out = {}
    for year in years:
        for spec in ranks:
            for unit in units:
                loop.cache = {}
                loop.evaluate(spec, unit, year, (spec["id"], unit, year))
    return loop.out


# --- measuring -----------------------------------------------------------------------


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def best_of(repeat: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        seconds, result = timed(fn)
        best = min(best, seconds)
    return best, result


def traced_peak(fn: Callable[[], Any]) -> tuple[int, Any]:
    """Peak bytes allocated above what was live before, while ``fn`` runs."""
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    result = fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak - base, result


def gc_time(fn: Callable[[], Any]) -> tuple[float, Counter[int], Any]:
    """Seconds spent in the cycle collector while ``fn`` runs, and collections by generation."""
    starts: list[float] = []
    spent = [0.0]
    counts: Counter[int] = Counter()

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            starts.append(time.perf_counter())
            counts[info["generation"]] += 1
        elif starts:
            spent[0] += time.perf_counter() - starts.pop()

    gc.callbacks.append(callback)
    try:
        result = fn()
    finally:
        gc.callbacks.remove(callback)
    return spent[0], counts, result


def maxrss_mib() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 2**10


def mib(n: float) -> str:
    return f"{n / 2**20:7.1f} MiB"


def counts_text(counts: Counter[str]) -> str:
    return ", ".join(f"{k} {counts[k]}" for k in (MET, NOT_MET, UNKNOWN, NA))


def print_profile(profiler: cProfile.Profile, top: int) -> None:
    import cchc_model

    src = str(Path(cchc_model.__file__).parent.parent) + "/"
    stdlib = sysconfig.get_paths()["stdlib"] + "/"
    for order, restriction, title in (
        ("tottime", (), "by own time"),
        ("cumulative", ("cchc_model",), "cchc_model functions by cumulative time"),
    ):
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).sort_stats(order).print_stats(*restriction, top)
        lines = stream.getvalue().splitlines()
        first = next(i for i, line in enumerate(lines) if "ncalls" in line)
        print(f"top {top} {title}:")
        for line in lines[first : first + top + 1]:
            print("  " + line.replace(src, "").replace(stdlib, "<stdlib>/"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--years", type=int, default=5, help="years of data ending 2023")
    parser.add_argument("--province", default="38", help="province code (default Thanh Hóa)")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best is kept")
    parser.add_argument("--profile", action="store_true", help="profile even if within 2x")
    parser.add_argument("--no-profile", action="store_true", help="never profile")
    parser.add_argument("--top", type=int, default=15, help="profile lines to print")
    args = parser.parse_args()
    years = list(range(LAST_YEAR - args.years + 1, LAST_YEAR + 1))
    province = args.province

    import_s, cm = timed(lambda: __import__("cchc_model"))
    from cchc_model.engines.reference.aggregation import Policy
    from cchc_model.evaluation import evaluate, evaluate_target
    from cchc_model.io.observations import ObservationSet
    from cchc_model.model.jurisdictions import Level
    from cchc_model.model.periods import Period

    hierarchy_s, tree = timed(lambda: cm.national_hierarchy().as_of(TREE_DATE))
    districts = [u.code for u in tree.children(province)]
    communes = [u.code for u in tree.descendants(province, level=Level.COMMUNE)]
    rank_units = districts[:3]

    rng = random.Random(SEED)
    gen_s, (rows, typical) = timed(lambda: generate(rng, communes, years))
    specs, ranks = make_plan_specs(rng, typical, len(communes), len(districts))
    indicators = make_indicators()

    obs_s, observations = best_of(args.repeat, lambda: make_observations(rows))
    set_s, data = best_of(args.repeat, lambda: ObservationSet(observations, indicators))
    observations = data = None  # free them before measuring a fresh build
    set_bytes, data = traced_peak(lambda: ObservationSet(make_observations(rows), indicators))
    plan = cm.Plan(
        id="bench-plan",
        title="Kế hoạch CCHC (benchmark)",
        issuer=province,
        period=Period.year(LAST_YEAR),
        targets=tuple(library_target(s, indicators) for s in specs),
        indicators=tuple(indicators.values()),
    )
    rank_targets = [library_target(s, indicators) for s in ranks]
    policy = Policy(min_coverage=MIN_COVERAGE)
    periods = {year: Period.year(year) for year in years}

    def library_plan() -> tuple[list[Any], list[float]]:
        evaluations, per_year = [], []
        for year in years:
            seconds, result = timed(
                lambda year=year: evaluate(plan, data, tree, periods[year], policy=policy)
            )
            evaluations.append(result)
            per_year.append(seconds)
        return evaluations, per_year

    def library_ranks() -> list[tuple[Any, str, int, Any]]:
        return [
            (t, unit, year, evaluate_target(t, data, unit, periods[year], tree, policy=policy))
            for year in years
            for t in rank_targets
            for unit in rank_units
        ]

    per_year: list[float] = []
    evaluations: list[Any] = []
    for _ in range(args.repeat):
        evaluations = []  # let the previous run's results go before the next one
        run_evaluations, run_per_year = library_plan()
        if not per_year or sum(run_per_year) < sum(per_year):
            per_year = run_per_year
        evaluations = run_evaluations
    library_s = sum(per_year)
    rank_s, ranked = best_of(args.repeat, library_ranks)
    as_of_s, _ = best_of(args.repeat, lambda: tree.as_of(periods[years[-1]].last_day))
    gc_s, gc_counts, _ = gc_time(library_plan)
    rank_gc_s, rank_gc_counts, _ = gc_time(library_ranks)
    gc.freeze()  # everything built so far is long-lived: keep the collector off it
    frozen_s, _ = best_of(args.repeat, lambda: sum(library_plan()[1]))
    gc.unfreeze()
    lib_bytes, _ = traced_peak(library_plan)
    rank_bytes, _ = traced_peak(library_ranks)
    rss_after_library = maxrss_mib()

    # the loop: plain dicts built once, outside the timing
    def build_loop() -> Loop:
        obs = {
            (ind, code, year): (num * den, den) if KIND[ind] == "score" else (num, den)
            for ind, code, year, num, den in rows
        }
        children = {province: list(districts)}
        for d in districts:
            children[d] = [u.code for u in tree.children(d)]
        under = {(province, "district"): list(districts), (province, "commune"): list(communes)}
        for c in communes:
            under[(c, "commune")] = [c]
        return Loop(obs, children, under, MIN_COVERAGE)

    loop_build_s, loop = best_of(args.repeat, build_loop)
    loop_bytes, loop = traced_peak(build_loop)
    loop_s, loop_plan_out = best_of(
        args.repeat, lambda: run_loop_plan(loop, specs, province, years)
    )
    loop_rank_s, loop_rank_out = best_of(
        args.repeat, lambda: run_loop_ranks(loop, ranks, rank_units, years)
    )
    loop_eval_bytes, _ = traced_peak(lambda: run_loop_plan(loop, specs, province, years))
    loop_rank_bytes, _ = traced_peak(lambda: run_loop_ranks(loop, ranks, rank_units, years))
    loop_out = {**loop_plan_out, **loop_rank_out}

    # check every (target, unit, year): status and observed value
    lib: dict[Any, Any] = {}
    for ev in evaluations:
        year = ev.period.start.year
        lib.update(statuses_of(list(ev.results), lambda r, year=year: (r.target.id, year)))
    for t, unit, year, result in ranked:
        lib.update(statuses_of([result], lambda r, t=t, unit=unit, year=year: (t.id, unit, year)))
    keys = set(lib) | set(loop_out)
    mismatches = sorted((k for k in keys if lib.get(k) != loop_out.get(k)), key=str)
    wrong_status = [k for k in mismatches if (lib.get(k) or "?")[0] != (loop_out.get(k) or "?")[0]]

    top_counts: Counter[str] = Counter()
    by_year: dict[int, Counter[str]] = {}
    for ev in evaluations:
        counts = Counter(r.status.value for r in ev.results)
        by_year[ev.period.start.year] = counts
        top_counts.update(counts)
    rank_counts = Counter(r.status.value for *_, r in ranked)
    node_counts = Counter(v[0] for v in lib.values())

    n_evals = len(specs) * len(years)
    n_ranks = len(ranks) * len(rank_units) * len(years)
    print(
        f"province {province}: {len(districts)} districts, {len(communes)} communes; "
        f"years {years[0]}-{years[-1]}; min_coverage {MIN_COVERAGE}"
    )
    print(
        f"plan: {len(specs)} top-level targets; on the side {len(ranks)} rank targets "
        f"x {len(rank_units)} districts (evaluate_target)"
    )
    print(f"observations: {len(rows):,} rows ({len(data):,} in the set)")
    print(f"import cchc_model:               {import_s * 1000:8.1f} ms")
    print(f"national_hierarchy().as_of():    {hierarchy_s * 1000:8.1f} ms (first load included)")
    print(f"generate rows (seed {SEED}):    {gen_s:8.3f} s")
    print(f"create Observation objects:      {obs_s:8.3f} s")
    print(f"ObservationSet(...) build:       {set_s:8.3f} s")
    print(f"ObservationSet memory (traced):  {mib(set_bytes)} ({set_bytes / len(rows):.0f} B/row)")
    print(f"loop dicts build:                {loop_build_s:8.3f} s")
    print(
        f"loop dicts memory (traced):      {mib(loop_bytes)} ({loop_bytes / len(rows):.0f} B/row)"
    )
    print()
    print(
        f"library evaluate(), {len(years)} years:  {library_s:8.3f} s "
        f"({library_s / n_evals * 1000:.2f} ms per target-year; best of {args.repeat})"
    )
    for year, seconds in zip(years, per_year, strict=True):
        print(f"  {year}:                        {seconds * 1000:8.1f} ms")
    print(f"  tree.as_of() inside each call: {as_of_s * 1000:8.1f} ms")
    gens = ", ".join(f"gen{g} x{n}" for g, n in sorted(gc_counts.items()))
    print(f"  cycle collector in one run:    {gc_s * 1000:8.1f} ms ({gens})")
    print(f"  after gc.freeze() of the data: {frozen_s:8.3f} s")
    print(f"library evaluate_target() ranks: {rank_s:8.3f} s ({n_ranks} calls)")
    gens = ", ".join(f"gen{g} x{n}" for g, n in sorted(rank_gc_counts.items()))
    print(f"  cycle collector in one run:    {rank_gc_s * 1000:8.1f} ms ({gens})")
    print(f"loop, {n_evals} target-years:      {loop_s:8.3f} s")
    print(f"loop, {n_ranks} ranks:                {loop_rank_s:8.3f} s")
    print(f"peak traced memory, library plan:  {mib(lib_bytes)}")
    print(f"peak traced memory, loop plan:     {mib(loop_eval_bytes)}")
    print(f"peak traced memory, library ranks: {mib(rank_bytes)}")
    print(f"peak traced memory, loop ranks:    {mib(loop_rank_bytes)}")
    print(f"ru_maxrss after the library runs:  {rss_after_library:7.1f} MiB")
    print(f"ru_maxrss at the end:              {maxrss_mib():7.1f} MiB")
    print()
    print(f"statuses of the plan's targets:  {counts_text(top_counts)}")
    for year in years:
        print(f"  {year}:                        {counts_text(by_year[year])}")
    print(f"rank results:                    {counts_text(rank_counts)}")
    print(f"results compared (every node):   {len(keys):,}: {counts_text(node_counts)}")
    print(
        f"MISMATCHES library vs loop:      {len(mismatches)} (status {len(wrong_status)}, "
        f"observed value only {len(mismatches) - len(wrong_status)})"
    )
    for key in mismatches[:10]:
        print(f"  {key}: library {lib.get(key)}, loop {loop_out.get(key)}")
    ratio = library_s / loop_s
    print()
    print(f"time library/loop, plan:   {ratio:6.1f}x  ({library_s:.3f} s vs {loop_s:.3f} s)")
    rank_ratio = rank_s / loop_rank_s
    print(f"time library/loop, ranks:  {rank_ratio:6.1f}x  ({rank_s:.3f} s vs {loop_rank_s:.3f} s)")
    print(
        f"memory library/loop:       {lib_bytes / max(loop_eval_bytes, 1):6.1f}x  "
        f"(plan evaluation peaks); data {set_bytes / max(loop_bytes, 1):.1f}x (set vs dict)"
    )
    print("goal, plan time within 2x of the loop: " + ("yes" if ratio <= 2 else "NO"))

    if (ratio > 2 or args.profile) and not args.no_profile:
        year = years[-1]
        profiler = cProfile.Profile()
        profiler.enable()
        evaluate(plan, data, tree, periods[year], policy=policy)
        profiler.disable()
        print()
        print(f"cProfile of evaluate() for {year}:")
        print_profile(profiler, args.top)


if __name__ == "__main__":
    main()
