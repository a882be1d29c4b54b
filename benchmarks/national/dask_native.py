"""The national benchmark's task in hand-written Dask (``dask.dataframe``, local cluster).

Run with ``.venv/bin/python benchmarks/national/dask_native.py WORKDIR OUTDIR``. Reads
``units.parquet``, ``obs.parquet`` and ``thresholds.parquet`` from WORKDIR and writes
``statuses.parquet`` (a directory of part files, one per partition), ``each.parquet``,
``at_least.parquet`` and ``share.parquet`` into OUTDIR, Snappy-compressed, with the
columns and values of ``duckdb_sql.py``; the task is described in
``benchmarks/national/README.md``. Runs on a ``distributed.LocalCluster`` of 2 worker
processes of 1 thread each (``engines.py``).

How it is laid out:

* The small tables (10,795 units, 120 thresholds) are read on the client into a
  :class:`Book` of NumPy arrays indexed by integer ids: a unit's id is its row in
  ``units.parquet``, an indicator's its rank, a period's its rank. Every row of every
  level is keyed by one int64, ``key = (unit · n_indicators + indicator) · n_periods +
  period``, so grouping is on one integer column and the parent's key is
  ``parent[unit] · stride + key mod stride``.
* The observations are read with ``dask.dataframe.read_parquet`` (string columns as
  categoricals, so a partition is encoded by looking up its few distinct labels), one
  partition per row group, and encoded to ``(key, a, b)`` integer pairs on the workers.
* Each level is materialised once with ``persist``: the leaves (observed pairs, plus the
  missing leaf-indicator-years found from a presence bitmap of the keys, no join), the
  districts with communes, then the provinces. Each level's statuses are judged when it
  is persisted, and the outputs and tallies are computed from the persisted levels in a
  single ``dask.compute``, so no shared sub-plan is computed twice.

Exactness: the thresholds are compared as ``num·q op p·den`` in int64. Before comparing,
the script proves that no product can overflow: every sum is at most ``n_leaves`` times
the largest leaf value, so ``|num| ≤ 100 · n_leaves · max|a|`` and
``den ≤ 100 · n_leaves · max b``, and it checks with Python integers that these bounds
times ``max q`` and ``max p`` stay below 2**63 (it stops with an error otherwise). On the
national data the largest products are ~6·10**16 (scores: 10,040 leaves × 10,000
hundredths × 60,000 weight × q ≤ 100), a hundred and fifty times below the limit.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import dask
import dask.dataframe as dd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from dask.base import tokenize
from engines import dask_client

ROW_GROUPS_PER_PARTITION = 4
AT_LEAST_PARTS = [f"i{k:02d}" for k in range(1, 11)]
AT_LEAST_N = 8
MIN_COVERAGE = (9, 10)  # reported / expected >= 9/10

LEVELS = ("province", "district", "commune")
PROVINCE, DISTRICT, COMMUNE = range(3)
MEASURES = ("ratio", "count", "score")
RATIO, COUNT, SCORE = range(3)
OPS = (">=", ">", "<=", "<", "=")
STATUSES = ("met", "not_met", "unknown", "not_applicable")
MET, NOT_MET, UNKNOWN, NOT_APPLICABLE = range(4)
INT64_LIMIT = 2**63

STRING = pd.ArrowDtype(pa.string())
NULLABLE = pd.Int64Dtype()


@dataclass(frozen=True)
class Book:
    """The small tables as arrays indexed by unit, indicator and period ids."""

    codes: pa.Array  # unit id -> code
    unit_index: pd.Index  # code -> unit id
    level: np.ndarray  # unit id -> PROVINCE / DISTRICT / COMMUNE, -1 for the nation
    parent: np.ndarray  # unit id -> parent's unit id, -1 for none
    province: np.ndarray  # unit id -> the province it lies in (itself for a province)
    expected: np.ndarray  # unit id -> number of children
    leaf: np.ndarray  # unit id -> is a leaf (a commune, or a district without communes)
    indicators: pa.Array
    indicator_index: pd.Index
    measure: np.ndarray  # indicator id -> RATIO / COUNT / SCORE
    at_least: np.ndarray  # indicator id -> is a part of at-least-8-of-10
    periods: pa.Array
    period_index: pd.Index
    p: np.ndarray  # (level, indicator) -> threshold numerator
    q: np.ndarray  # (level, indicator) -> threshold denominator
    op: np.ndarray  # (level, indicator) -> index in OPS
    token: str  # identifies the book in Dask's graph keys

    def __dask_tokenize__(self) -> str:
        # Tokenizing the arrays and indexes again for every map_partitions call costs
        # ~40 ms of client time each; the book is built once, so its token is fixed.
        return self.token

    @property
    def n_periods(self) -> int:
        return len(self.periods)

    @property
    def stride(self) -> int:
        """Keys per unit: one per indicator and period."""
        return len(self.indicators) * len(self.periods)

    def split(self, key: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """A key's unit, indicator and period ids."""
        unit, rest = np.divmod(key, self.stride)
        indicator, period = np.divmod(rest, self.n_periods)
        return unit, indicator, period


def read_book(workdir: Path, periods: Sequence[str]) -> Book:
    """The units and thresholds, read on the client (they are tiny), as a :class:`Book`."""
    units = pq.read_table(workdir / "units.parquet").to_pandas()
    codes = units["code"].to_numpy(dtype=object)
    unit_index = pd.Index(codes)
    parent = unit_index.get_indexer(units["parent"].to_numpy(dtype=object))  # null -> -1
    n = len(codes)
    expected = np.bincount(parent[parent >= 0], minlength=n).astype(np.int64)
    level = pd.Index(LEVELS).get_indexer(units["level"].to_numpy(dtype=object)).astype(np.int8)
    leaf = np.isin(level, [DISTRICT, COMMUNE]) & (expected == 0)
    province = np.full(n, -1, dtype=np.int64)
    province[level == PROVINCE] = np.flatnonzero(level == PROVINCE)
    province[level == DISTRICT] = parent[level == DISTRICT]
    province[level == COMMUNE] = parent[parent[level == COMMUNE]]

    thresholds = pq.read_table(workdir / "thresholds.parquet").to_pandas()
    indicators = sorted(set(thresholds["indicator"]))
    indicator_index = pd.Index(indicators)
    measure = np.zeros(len(indicators), dtype=np.int8)
    p = np.zeros((len(LEVELS), len(indicators)), dtype=np.int64)
    q = np.ones_like(p)
    op = np.zeros_like(p, dtype=np.int8)
    seen = np.zeros_like(p, dtype=bool)
    for row in thresholds.itertuples(index=False):
        lvl, ind = LEVELS.index(row.level), indicator_index.get_loc(row.indicator)
        measure[ind] = MEASURES.index(row.measure)
        p[lvl, ind], q[lvl, ind], op[lvl, ind] = row.p, row.q, OPS.index(row.op)
        seen[lvl, ind] = True
    if not seen.all():
        raise SystemExit("thresholds.parquet lacks a threshold for some indicator and level")
    return Book(
        codes=pa.array(codes, type=pa.string()),
        unit_index=unit_index,
        level=level,
        parent=parent.astype(np.int64),
        province=province,
        expected=expected,
        leaf=leaf,
        indicators=pa.array(indicators, type=pa.string()),
        indicator_index=indicator_index,
        measure=measure,
        at_least=indicator_index.isin(AT_LEAST_PARTS),
        periods=pa.array(periods, type=pa.string()),
        period_index=pd.Index(list(periods)),
        p=p,
        q=q,
        op=op,
        token=tokenize(codes, parent, thresholds, list(periods)),
    )


def ids(column: pd.Series, index: pd.Index) -> np.ndarray:
    """The id of each label in ``column`` (-1 if absent): looks up a categorical's labels."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        found = index.get_indexer(column.cat.categories)
        codes = column.cat.codes.to_numpy()
        return np.where(codes >= 0, found[codes], -1)
    return index.get_indexer(column)


def ints(column: pd.Series) -> np.ndarray:
    """An integer column as int64 (nulls as 0; they belong to the other measures)."""
    if column.dtype.kind == "f":  # a null-holding column read as float: exact below 2**53
        return np.nan_to_num(column.to_numpy(dtype=np.float64)).astype(np.int64)
    return column.to_numpy(dtype=np.int64, na_value=0)


# --- partition functions: pandas in, pandas out --------------------------------------------

LEVEL_META = pd.DataFrame(
    {
        "key": pd.Series(dtype=np.int64),
        "known": pd.Series(dtype=bool),
        "a": pd.Series(dtype=np.int64),
        "b": pd.Series(dtype=np.int64),
    }
)
JUDGED_META = LEVEL_META.assign(status=pd.Series(dtype=np.int8))
COUNTED_META = JUDGED_META.assign(reported=pd.Series(dtype=np.int64))


def encode(part: pd.DataFrame, book: Book) -> pd.DataFrame:
    """Observations as leaf keys and integer pairs (rows of non-leaves dropped, as a join)."""
    unit = ids(part["code"], book.unit_index)
    indicator = ids(part["indicator"], book.indicator_index)
    period = ids(part["period"], book.period_index)
    keep = (unit >= 0) & (indicator >= 0) & (period >= 0)
    keep[keep] = book.leaf[unit[keep]]
    unit, indicator, period = unit[keep], indicator[keep], period[keep]
    measure = book.measure[indicator]
    value = part["value"].to_numpy(dtype=np.float64, na_value=np.nan)[keep]
    weight = ints(part["weight"])[keep]
    # Values are integers (counts) or hundredths (scores): rint recovers them exactly.
    hundredths = np.rint(np.nan_to_num(value) * 100).astype(np.int64)
    a = np.select(
        [measure == RATIO, measure == COUNT],
        [ints(part["numerator"])[keep], np.rint(np.nan_to_num(value)).astype(np.int64)],
        hundredths * weight,
    )
    b = np.select(
        [measure == RATIO, measure == COUNT], [ints(part["denominator"])[keep], 1], weight
    )
    key = (unit * len(book.indicators) + indicator) * book.n_periods + period
    return pd.DataFrame({"key": key, "known": True, "a": a, "b": b})


def presence(part: pd.DataFrame, size: int) -> tuple[np.ndarray, int, int]:
    """Which leaf keys one partition holds (uint8), and its largest ``|a|`` and ``|b|``."""
    counts = np.zeros(size, dtype=np.uint8)
    values = part["key"].to_numpy()
    counts[values] = 1
    if np.count_nonzero(counts) != len(values):  # runs on a worker: an exception, not an exit
        raise ValueError("obs.parquet has two observations for one unit, indicator and year")
    a, b = np.abs(part["a"].to_numpy()), np.abs(part["b"].to_numpy())
    return counts, int(a.max(initial=0)), int(b.max(initial=0))


def combine(parts: list[tuple[np.ndarray, int, int]]) -> tuple[np.ndarray, int, int]:
    """The partitions' presence counts added up, and the largest ``|a|`` and ``|b|``."""
    seen = np.sum([counts for counts, _, _ in parts], axis=0, dtype=np.uint8)
    return seen, max(a for _, a, _ in parts), max(b for _, _, b in parts)


def pair(a: np.ndarray, b: np.ndarray, measure: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The value as ``num/den`` in the indicator's unit (percent for ratios)."""
    num = np.where(measure == RATIO, 100 * a, a)
    den = np.select([measure == RATIO, measure == COUNT], [b, 1], 100 * b)
    return num, den


def judge(frame: pd.DataFrame, book: Book) -> pd.DataFrame:
    """Each row's status against its level's threshold, compared exactly in int64."""
    unit, indicator, _ = book.split(frame["key"].to_numpy())
    level, measure = book.level[unit], book.measure[indicator]
    known = frame["known"].to_numpy()
    a, b = frame["a"].to_numpy(), frame["b"].to_numpy()
    num, den = pair(a, b, measure)
    left = num * book.q[level, indicator]  # no overflow: see bound_products
    right = book.p[level, indicator] * den
    op = book.op[level, indicator]
    met = np.select(
        [op == 0, op == 1, op == 2, op == 3],
        [left >= right, left > right, left <= right, left < right],
        left == right,
    )
    applicable = ~((measure == RATIO) & (b == 0))
    status = np.select([~known, ~applicable, met], [UNKNOWN, NOT_APPLICABLE, MET], NOT_MET)
    return frame.assign(status=status.astype(np.int8))


def climb(frame: pd.DataFrame, book: Book, level: int) -> pd.DataFrame:
    """The rows of units at ``level`` re-keyed to their parent; unknown rows add nothing."""
    key = frame["key"].to_numpy()
    unit = key // book.stride
    keep = book.level[unit] == level
    known = frame["known"].to_numpy()[keep]
    return pd.DataFrame(
        {
            "key": book.parent[unit[keep]] * book.stride + key[keep] % book.stride,
            "known": known.astype(np.int64),
            "a": np.where(known, frame["a"].to_numpy()[keep], 0),
            "b": np.where(known, frame["b"].to_numpy()[keep], 0),
        }
    )


def covered(sums: pd.DataFrame, book: Book) -> pd.DataFrame:
    """A parent's row: known when reported children / children >= 9/10."""
    reported = sums["known"].to_numpy()
    expected = book.expected[sums["key"].to_numpy() // book.stride]
    known = MIN_COVERAGE[1] * reported >= MIN_COVERAGE[0] * expected
    frame = pd.DataFrame(
        {"key": sums["key"].to_numpy(), "known": known, "a": sums["a"], "b": sums["b"]}
    )
    return judge(frame, book).assign(reported=reported)


def decode(frame: pd.DataFrame, book: Book) -> pd.DataFrame:
    """A level's statuses as the output's columns and labels."""
    key = frame["key"].to_numpy()
    unit, indicator, period = book.split(key)
    status = frame["status"].to_numpy()
    num, den = pair(frame["a"].to_numpy(), frame["b"].to_numpy(), book.measure[indicator])
    no_value = status >= UNKNOWN
    if "reported" in frame:
        reported = pd.array(frame["reported"].to_numpy(), dtype=NULLABLE)
        expected = pd.array(book.expected[unit], dtype=NULLABLE)
    else:  # a leaf has no coverage
        reported = pd.arrays.IntegerArray(np.zeros(len(key), np.int64), np.ones(len(key), bool))
        expected = reported
    return pd.DataFrame(
        {
            "indicator": labels(book.indicators, indicator),
            "level": labels(pa.array(LEVELS), book.level[unit]),
            "code": labels(book.codes, unit),
            "period": labels(book.periods, period),
            "status": labels(pa.array(STATUSES), status),
            "num": pd.arrays.IntegerArray(num, no_value),
            "den": pd.arrays.IntegerArray(den, no_value),
            "reported": reported,
            "expected": expected,
        }
    )


def labels(dictionary: pa.Array, index: np.ndarray) -> pd.arrays.ArrowExtensionArray:
    """``dictionary[index]`` as an Arrow-backed string column."""
    return pd.arrays.ArrowExtensionArray(dictionary.take(pa.array(index)))


STATUSES_META = pd.DataFrame(
    {
        **{c: pd.Series(dtype=STRING) for c in ("indicator", "level", "code", "period", "status")},
        **{c: pd.Series(dtype=NULLABLE) for c in ("num", "den", "reported", "expected")},
    }
)
TALLY_META = pd.DataFrame(
    {c: pd.Series(dtype=np.int64) for c in ("key", "met", "not_met", "unknown", "applicable")}
)


def tally_rows(
    frame: pd.DataFrame, book: Book, levels: Sequence[int], by_level: bool
) -> pd.DataFrame:
    """Status indicators per row of units at ``levels``, keyed by their province's group.

    The group key is ``(province · n_indicators + indicator) · n_periods + period``, times
    2 plus 1 for communes when ``by_level``; rows of at-least parts only when not.
    """
    key = frame["key"].to_numpy()
    unit, indicator, period = book.split(key)
    keep = np.isin(book.level[unit], levels)
    if not by_level:
        keep &= book.at_least[indicator]
    unit, indicator, period = unit[keep], indicator[keep], period[keep]
    status = frame["status"].to_numpy()[keep]
    if by_level:
        group = book.province[unit] * book.stride + indicator * book.n_periods + period
        group = 2 * group + (book.level[unit] == COMMUNE)
    else:
        group = book.province[unit] * book.n_periods + period
    return pd.DataFrame(
        {
            "key": group,
            "met": (status == MET).astype(np.int64),
            "not_met": (status == NOT_MET).astype(np.int64),
            "unknown": (status == UNKNOWN).astype(np.int64),
            "applicable": (status != NOT_APPLICABLE).astype(np.int64),
        }
    )


# --- the task -------------------------------------------------------------------------------


def bound_products(book: Book, n_leaves: int, a_max: int, b_max: int) -> None:
    """Stop unless ``num·q`` and ``p·den`` fit in int64 for every possible sum.

    A sum over a unit's leaves is at most ``n_leaves`` times the largest leaf ``|a|``
    (``|b|``), and ``num ≤ 100·|a|``, ``den ≤ 100·|b|``; the bounds are Python integers.
    """
    num_max, den_max = 100 * n_leaves * a_max, 100 * n_leaves * b_max
    products = (num_max * int(np.abs(book.q).max()), int(np.abs(book.p).max()) * den_max)
    if max(products) >= INT64_LIMIT:
        raise SystemExit(f"int64 products could overflow on this data: bounds {products}")


def leaf_level(obs: dd.DataFrame, book: Book) -> dd.DataFrame:
    """Every leaf, indicator and period: the observed pairs, and unknown rows for the rest."""
    observed = obs.map_partitions(encode, book, meta=LEVEL_META).persist()
    size = len(book.codes) * book.stride
    parts = [dask.delayed(presence)(part, size) for part in observed.to_delayed()]
    seen, a_max, b_max = dask.delayed(combine)(parts).compute()
    if seen.max(initial=0) > 1:
        raise SystemExit("obs.parquet has two observations for one unit, indicator and year")
    leaves = np.flatnonzero(book.leaf)
    bound_products(book, len(leaves), a_max, b_max)
    grid = (leaves[:, None] * book.stride + np.arange(book.stride)).ravel()
    missing = grid[seen[grid] == 0]
    zeros = np.zeros(len(missing), np.int64)
    unknown = pd.DataFrame({"key": missing, "known": False, "a": zeros, "b": zeros})
    every = dd.concat([observed, dd.from_pandas(unknown, npartitions=1)])
    return every.map_partitions(judge, book, meta=JUDGED_META)


def parent_level(children: dd.DataFrame, book: Book, level: int) -> dd.DataFrame:
    """The parents of the units at ``level``: the known children's sums, judged."""
    rows = children.map_partitions(climb, book, level, meta=LEVEL_META.astype({"known": np.int64}))
    sums = rows.groupby("key").sum(split_out=1).reset_index()
    return sums.map_partitions(covered, book, meta=COUNTED_META)


def summaries(tallies: pd.DataFrame, at_least: pd.DataFrame, book: Book) -> dict[str, pa.Table]:
    """Each-overall, share and at-least statuses from the tallies (small: on the client)."""
    met, not_met = tallies["met"].to_numpy(), tallies["not_met"].to_numpy()
    unknown, applicable = tallies["unknown"].to_numpy(), tallies["applicable"].to_numpy()
    group, commune = np.divmod(tallies["key"].to_numpy(), 2)
    province, indicator, period = book.split(group)
    each = np.select(
        [applicable == 0, not_met > 0, met == applicable],
        [NOT_APPLICABLE, NOT_MET, MET],
        UNKNOWN,
    )
    share = np.select(
        [applicable == 0, 2 * met >= applicable, 2 * (met + unknown) < applicable],
        [NOT_APPLICABLE, MET, NOT_MET],
        UNKNOWN,
    )
    district = commune == 0
    columns = {
        "province": book.codes.take(pa.array(province)),
        "indicator": book.indicators.take(pa.array(indicator)),
        "period": book.periods.take(pa.array(period)),
    }
    level_names = pa.array(["district", "commune"]).take(pa.array(commune))
    status_names = pa.array(STATUSES)
    out = {
        "each": pa.table(
            {**columns, "level": level_names, "status": status_names.take(pa.array(each))}
        ),
        "share": pa.table(
            {
                **{k: v.filter(pa.array(district)) for k, v in columns.items()},
                "status": status_names.take(pa.array(share[district])),
            }
        ),
    }
    met, unknown = at_least["met"].to_numpy(), at_least["unknown"].to_numpy()
    applicable = at_least["applicable"].to_numpy()
    province, period = np.divmod(at_least["key"].to_numpy(), book.n_periods)
    status = np.select(
        [applicable == 0, met >= AT_LEAST_N, met + unknown < AT_LEAST_N],
        [NOT_APPLICABLE, MET, NOT_MET],
        UNKNOWN,
    )
    out["at_least"] = pa.table(
        {
            "province": book.codes.take(pa.array(province)),
            "period": book.periods.take(pa.array(period)),
            "status": status_names.take(pa.array(status)),
        }
    )
    return out


def run(workdir: Path, out: Path) -> int:
    """The whole task on the current Dask client; the number of unit statuses."""
    obs_path = workdir / "obs.parquet"
    columns = ["indicator", "code", "period", "numerator", "denominator", "value", "weight"]
    obs = dd.read_parquet(
        obs_path,
        columns=columns,
        categories=["indicator", "code", "period"],
        dtype_backend="numpy_nullable",
        split_row_groups=ROW_GROUPS_PER_PARTITION,
    )
    # The task's periods are those observed (as DuckDB's DISTINCT period).
    periods = sorted(
        dd.read_parquet(obs_path, columns=["period"])["period"]
        .astype(str)
        .unique(split_out=1)
        .compute()
    )
    book = read_book(workdir, periods)

    leaf = leaf_level(obs, book).persist()
    district = parent_level(leaf, book, COMMUNE).persist()
    # The district level: districts with communes, and the leaves that are districts.
    district_level = dd.concat([district[list(LEVEL_META)], leaf[list(LEVEL_META)]])
    province = parent_level(district_level, book, DISTRICT).persist()

    statuses = dd.concat(
        [
            frame.map_partitions(decode, book, meta=STATUSES_META)
            for frame in (leaf, district, province)
        ]
    )
    write = statuses.to_parquet(
        out / "statuses.parquet",
        compression="snappy",
        write_index=False,
        write_metadata_file=False,
        compute=False,
    )
    tallies = (
        dd.concat([leaf[["key", "status"]], district[["key", "status"]]])
        .map_partitions(tally_rows, book, (DISTRICT, COMMUNE), True, meta=TALLY_META)
        .groupby("key")
        .sum(split_out=1)
        .reset_index()
    )
    at_least = (
        province.map_partitions(tally_rows, book, (PROVINCE,), False, meta=TALLY_META)
        .groupby("key")
        .sum(split_out=1)
        .reset_index()
    )
    sizes = dd.concat([leaf, district, province]).map_partitions(len).sum()
    _, tallies_df, at_least_df, n_statuses = dask.compute(write, tallies, at_least, sizes)
    for name, table in summaries(tallies_df, at_least_df, book).items():
        pq.write_table(table, out / f"{name}.parquet", compression="snappy")
    return int(n_statuses)


def main() -> None:
    workdir, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    # String columns are read as categoricals (see ``encode``), not as Arrow strings; set
    # before the cluster starts, so that the worker processes inherit it.
    with dask.config.set({"dataframe.convert-string": False}), dask_client():
        rows = run(workdir, out)
    print(f"dask: {rows} unit statuses")


if __name__ == "__main__":
    main()
