"""The national benchmark's task in hand-written Spark SQL (PySpark, ``local[2]``).

Run with ``.venv/bin/python benchmarks/national/spark_sql.py WORKDIR OUTDIR``. Reads
``units.parquet``, ``obs.parquet`` and ``thresholds.parquet`` from WORKDIR and writes
``statuses.parquet``, ``each.parquet``, ``at_least.parquet`` and ``share.parquet`` into
OUTDIR (Snappy; each coalesced to one part file, moved into place as a single file), with
the columns and values of ``duckdb_sql.py``; the task is described in
``benchmarks/national/README.md``. The session is ``engines.spark_session``: ``local[2]``,
UI off, 4 shuffle partitions, adaptive execution on, ANSI mode on.

The SQL is DuckDB's, in Spark's dialect, with each tree level materialised once, by a
local checkpoint named as a view (Spark inlines a CTE at every reference, so a level read
twice would be computed twice): the leaves, the districts with communes, the provinces,
then the unit statuses and the tallies the summaries share. The leaf grid is spread over
4 partitions before its cross joins, and the aggregates group by every column they keep
(``any_value`` of a string would force a sort-based aggregate).

Every value is an integer pair ``(a, b)`` summed up the tree: a ratio's counts, a count's
``(value, 1)``, a score's ``(hundredths × weight, weight)``. A threshold ``p/q`` is met when
``num·q op p·den``, compared in BIGINT with ANSI mode on, so an overflow would stop the
job with an error rather than wrap around. None can happen on this data: a sum is at most
the number of leaves (10,040) times the largest leaf value, so ``num·q`` is below
10,040 × 10,000 × 60,000 × 100 ≈ 6·10**16 (scores, q ≤ 100) and ``p·den`` below
17,345 × 100 × 60,000 × 10,040 ≈ 10**15, both far under 2**63 ≈ 9.2·10**18.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

from engines import spark_session

#: A view every level reads: the number of children of each unit.
EXPECTED = """
SELECT parent AS code, count(*) AS expected
FROM units WHERE parent IS NOT NULL GROUP BY parent
"""

#: Each table materialised once, in order, by name; later queries read it as a view.
TABLES = {
    # Every leaf, indicator and period (the leaves are spread over the cores before the
    # cross joins: units.parquet is one small split, and the grid would stay in it).
    "leaf": """
WITH
indicators AS (SELECT DISTINCT indicator, measure FROM thresholds),
periods AS (SELECT DISTINCT period FROM obs),
-- Leaves: communes, and districts without communes; their province.
leaves AS (
    SELECT /*+ REPARTITION(4) */ u.code, u.level, u.parent,
           CASE u.level WHEN 'commune' THEN d.parent ELSE u.parent END AS province
    FROM units u
    LEFT JOIN units d ON d.code = u.parent
    LEFT ANTI JOIN expected e ON e.code = u.code
    WHERE u.level IN ('district', 'commune')
)
SELECT l.code, l.level, l.parent, l.province, i.indicator, i.measure, p.period,
       o.code IS NOT NULL AS known,
       CASE i.measure
           WHEN 'ratio' THEN o.numerator
           WHEN 'count' THEN CAST(o.value AS BIGINT)
           ELSE CAST(round(o.value * 100) AS BIGINT) * o.weight
       END AS a,
       CASE i.measure
           WHEN 'ratio' THEN o.denominator
           WHEN 'count' THEN CAST(1 AS BIGINT)
           ELSE o.weight
       END AS b
FROM leaves l
CROSS JOIN indicators i
CROSS JOIN periods p
LEFT JOIN obs o ON o.code = l.code AND o.indicator = i.indicator AND o.period = p.period
""",
    # Districts with communes: the reported communes' sums, known if coverage >= 9/10.
    "district": """
SELECT s.code, 'district' AS level, s.province, s.indicator, s.measure, s.period,
       10 * s.reported >= 9 * e.expected AS known,
       s.a, s.b, s.reported, e.expected
FROM (
    SELECT parent AS code, province, indicator, measure, period,
           count(*) FILTER (WHERE known) AS reported,
           CAST(sum(a) FILTER (WHERE known) AS BIGINT) AS a,
           CAST(sum(b) FILTER (WHERE known) AS BIGINT) AS b
    FROM leaf WHERE level = 'commune'
    GROUP BY parent, province, indicator, measure, period
) s JOIN expected e ON e.code = s.code
""",
    # Provinces: the sums of their known districts (with or without communes).
    "province": """
WITH district_level AS (
    SELECT code, province, indicator, measure, period, known, a, b FROM district
    UNION ALL
    SELECT code, province, indicator, measure, period, known, a, b
    FROM leaf WHERE level = 'district'
)
SELECT s.code, 'province' AS level, s.code AS province, s.indicator, s.measure,
       s.period, 10 * s.reported >= 9 * e.expected AS known,
       s.a, s.b, s.reported, e.expected
FROM (
    SELECT province AS code, indicator, measure, period,
           count(*) FILTER (WHERE known) AS reported,
           CAST(sum(a) FILTER (WHERE known) AS BIGINT) AS a,
           CAST(sum(b) FILTER (WHERE known) AS BIGINT) AS b
    FROM district_level
    GROUP BY province, indicator, measure, period
) s JOIN expected e ON e.code = s.code
""",
    # Each unit's status against its level's threshold.
    "statuses": """
WITH
units_all AS (
    SELECT code, level, province, indicator, measure, period, known, a, b,
           CAST(NULL AS BIGINT) AS reported, CAST(NULL AS BIGINT) AS expected
    FROM leaf
    UNION ALL
    SELECT code, level, province, indicator, measure, period, known, a, b, reported, expected
    FROM district
    UNION ALL
    SELECT code, level, province, indicator, measure, period, known, a, b, reported, expected
    FROM province
),
valued AS (
    SELECT u.*, t.op, t.p, t.q,
           u.known AND NOT (u.measure = 'ratio' AND u.b = 0) AS has_value,
           CASE u.measure WHEN 'ratio' THEN 100 * u.a ELSE u.a END AS num_,
           CASE u.measure WHEN 'ratio' THEN u.b WHEN 'count' THEN 1 ELSE 100 * u.b END AS den_
    FROM units_all u JOIN thresholds t ON t.indicator = u.indicator AND t.level = u.level
)
SELECT indicator, level, code, province, period,
       CASE
           WHEN NOT known THEN 'unknown'
           WHEN NOT has_value THEN 'not_applicable'
           WHEN CASE op
                    WHEN '>=' THEN num_ * q >= p * den_
                    WHEN '>' THEN num_ * q > p * den_
                    WHEN '<=' THEN num_ * q <= p * den_
                    WHEN '<' THEN num_ * q < p * den_
                    WHEN '=' THEN num_ * q = p * den_
                END THEN 'met'
           ELSE 'not_met'
       END AS status,
       CASE WHEN has_value THEN num_ END AS num,
       CASE WHEN has_value THEN den_ END AS den,
       reported, expected
FROM valued
""",
    # Per province: counts of each status over the units of a level under it.
    "tallies": """
SELECT province, indicator, period, level,
       count(*) FILTER (WHERE status = 'met') AS met,
       count(*) FILTER (WHERE status = 'not_met') AS not_met,
       count(*) FILTER (WHERE status = 'unknown') AS unknown,
       count(*) FILTER (WHERE status <> 'not_applicable') AS applicable
FROM statuses WHERE level IN ('district', 'commune')
GROUP BY province, indicator, period, level
""",
}

#: Each output and the query that makes it.
OUTPUTS = {
    "statuses": """
SELECT indicator, level, code, period, status, num, den, reported, expected FROM statuses
""",
    "each": """
SELECT province, indicator, period, level,
       CASE
           WHEN applicable = 0 THEN 'not_applicable'
           WHEN not_met > 0 THEN 'not_met'
           WHEN met = applicable THEN 'met'
           ELSE 'unknown'
       END AS status
FROM tallies
""",
    "at_least": """
SELECT province, period,
       CASE
           WHEN applicable = 0 THEN 'not_applicable'
           WHEN met >= 8 THEN 'met'
           WHEN met + unknown < 8 THEN 'not_met'
           ELSE 'unknown'
       END AS status
FROM (
    SELECT province, period,
           count(*) FILTER (WHERE status = 'met') AS met,
           count(*) FILTER (WHERE status = 'unknown') AS unknown,
           count(*) FILTER (WHERE status <> 'not_applicable') AS applicable
    FROM statuses
    WHERE level = 'province'
      AND indicator IN ('i01', 'i02', 'i03', 'i04', 'i05',
                        'i06', 'i07', 'i08', 'i09', 'i10')
    GROUP BY province, period
)
""",
    "share": """
SELECT province, indicator, period,
       CASE
           WHEN applicable = 0 THEN 'not_applicable'
           WHEN 2 * met >= applicable THEN 'met'
           WHEN 2 * (met + unknown) < applicable THEN 'not_met'
           ELSE 'unknown'
       END AS status
FROM tallies WHERE level = 'district'
""",
}


def write_single(frame: Any, path: Path) -> None:
    """Write ``frame`` as one Snappy Parquet file at ``path`` (Spark writes a directory)."""
    staging = path.with_name(f".{path.name}.spark")
    shutil.rmtree(staging, ignore_errors=True)
    frame.coalesce(1).write.mode("overwrite").option("compression", "snappy").parquet(str(staging))
    (part,) = staging.glob("part-*.parquet")
    path.unlink(missing_ok=True)
    part.rename(path)
    shutil.rmtree(staging)


def materialise(spark: Any, name: str, query: str) -> Any:
    """Compute ``query`` once, keep its rows and name them as a view for later queries.

    A local checkpoint keeps the rows in the executors' block manager and cuts the
    lineage: the queries that read the view start from these rows. (With ``CACHE TABLE
    name AS query`` instead, the plans of the later queries here still scanned
    ``obs.parquet`` and rebuilt the levels below: the province and status steps took 22
    and 47 s of JVM CPU time so, 3 and 7 s checkpointed.)
    """
    frame = spark.sql(query).localCheckpoint(eager=True)
    frame.createOrReplaceTempView(name)
    return frame


def main() -> None:
    workdir, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    with spark_session("national-spark-sql") as spark:
        # A checkpointed view keeps the constraints of the plan it came from, under that
        # plan's attribute ids, and Spark 4.3 fails to rewrite them through a UNION ALL of
        # such views ("key not found: code#36"); this query gains nothing from them.
        spark.conf.set("spark.sql.constraintPropagation.enabled", "false")
        for name in ("units", "obs", "thresholds"):
            spark.read.parquet(str(workdir / f"{name}.parquet")).createOrReplaceTempView(name)
        spark.sql(EXPECTED).createOrReplaceTempView("expected")
        tables = {name: materialise(spark, name, query) for name, query in TABLES.items()}
        for name, query in OUTPUTS.items():
            write_single(spark.sql(query), out / f"{name}.parquet")
        rows = tables["statuses"].count()
    print(f"spark: {rows} unit statuses")


if __name__ == "__main__":
    main()
