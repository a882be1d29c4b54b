"""The national benchmark's task in hand-written DuckDB SQL.

Run with ``.venv/bin/python benchmarks/national/duckdb_sql.py WORKDIR OUTDIR``. Reads
``units.parquet``, ``obs.parquet`` and ``thresholds.parquet`` from WORKDIR and writes
``statuses.parquet``, ``each.parquet``, ``at_least.parquet`` and ``share.parquet`` into
OUTDIR; the task is described in ``benchmarks/national/README.md``.

Every value is an integer pair ``(a, b)`` summed up the tree: a ratio's counts, a count's
``(value, 1)``, a score's ``(hundredths × weight, weight)``. A threshold ``p/q`` is met
when ``num·q op p·den``, compared in HUGEINT.
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

SCRIPT = """
CREATE TEMP TABLE statuses AS
WITH
units AS (SELECT code, level, parent FROM read_parquet({units})),
thresholds AS (SELECT indicator, level, measure, op, p, q FROM read_parquet({thresholds})),
obs AS (SELECT * FROM read_parquet({obs})),
indicators AS (SELECT DISTINCT indicator, measure FROM thresholds),
periods AS (SELECT DISTINCT period FROM obs),
expected AS (
    SELECT parent AS code, count(*)::BIGINT AS expected
    FROM units WHERE parent IS NOT NULL GROUP BY parent
),
-- Leaves: communes, and districts without communes; their province.
leaves AS (
    SELECT u.code, u.level, u.parent,
           CASE u.level WHEN 'commune' THEN d.parent ELSE u.parent END AS province
    FROM units u
    LEFT JOIN units d ON d.code = u.parent
    WHERE u.level IN ('district', 'commune')
      AND u.code NOT IN (SELECT code FROM expected)
),
leaf AS (
    SELECT l.code, l.level, l.parent, l.province, i.indicator, i.measure, p.period,
           o.code IS NOT NULL AS known,
           CASE i.measure
               WHEN 'ratio' THEN o.numerator
               WHEN 'count' THEN o.value::BIGINT
               ELSE round(o.value * 100)::BIGINT * o.weight
           END AS a,
           CASE i.measure
               WHEN 'ratio' THEN o.denominator
               WHEN 'count' THEN 1
               ELSE o.weight
           END AS b
    FROM leaves l
    CROSS JOIN indicators i
    CROSS JOIN periods p
    LEFT JOIN obs o ON o.code = l.code AND o.indicator = i.indicator AND o.period = p.period
),
-- Districts with communes: the reported communes' sums, if coverage >= 9/10.
district_sums AS (
    SELECT parent AS code, any_value(province) AS province, indicator,
           any_value(measure) AS measure, period,
           count(*) FILTER (WHERE known) AS reported,
           sum(a) FILTER (WHERE known)::BIGINT AS a,
           sum(b) FILTER (WHERE known)::BIGINT AS b
    FROM leaf WHERE level = 'commune'
    GROUP BY parent, indicator, period
),
district AS (
    SELECT s.code, 'district' AS level, s.province, s.indicator, s.measure, s.period,
           10 * s.reported >= 9 * e.expected AS known,
           s.a, s.b, s.reported, e.expected
    FROM district_sums s JOIN expected e USING (code)
),
district_level AS (
    SELECT code, province, indicator, measure, period, known, a, b FROM district
    UNION ALL
    SELECT code, province, indicator, measure, period, known, a, b
    FROM leaf WHERE level = 'district'
),
province AS (
    SELECT s.code, 'province' AS level, s.code AS province, s.indicator, s.measure,
           s.period, 10 * s.reported >= 9 * e.expected AS known,
           s.a, s.b, s.reported, e.expected
    FROM (
        SELECT province AS code, indicator, any_value(measure) AS measure, period,
               count(*) FILTER (WHERE known) AS reported,
               sum(a) FILTER (WHERE known)::BIGINT AS a,
               sum(b) FILTER (WHERE known)::BIGINT AS b
        FROM district_level
        GROUP BY province, indicator, period
    ) s JOIN expected e USING (code)
),
units_all AS (
    SELECT code, level, province, indicator, measure, period, known, a, b,
           NULL::BIGINT AS reported, NULL::BIGINT AS expected
    FROM leaf
    UNION ALL SELECT * FROM district
    UNION ALL SELECT * FROM province
),
valued AS (
    SELECT u.*, t.op, t.p, t.q,
           u.known AND NOT (u.measure = 'ratio' AND u.b = 0) AS has_value,
           CASE u.measure WHEN 'ratio' THEN 100 * u.a ELSE u.a END AS num_,
           CASE u.measure WHEN 'ratio' THEN u.b WHEN 'count' THEN 1 ELSE 100 * u.b END AS den_
    FROM units_all u JOIN thresholds t USING (indicator, level)
)
SELECT indicator, level, code, province, period,
       CASE
           WHEN NOT known THEN 'unknown'
           WHEN NOT has_value THEN 'not_applicable'
           WHEN CASE op
                    WHEN '>=' THEN num_::HUGEINT * q >= p::HUGEINT * den_
                    WHEN '>' THEN num_::HUGEINT * q > p::HUGEINT * den_
                    WHEN '<=' THEN num_::HUGEINT * q <= p::HUGEINT * den_
                    WHEN '<' THEN num_::HUGEINT * q < p::HUGEINT * den_
                    WHEN '=' THEN num_::HUGEINT * q = p::HUGEINT * den_
                END THEN 'met'
           ELSE 'not_met'
       END AS status,
       CASE WHEN has_value THEN num_ END AS num,
       CASE WHEN has_value THEN den_ END AS den,
       reported, expected
FROM valued;

-- Per province: counts of each status over the units of a level under it.
CREATE TEMP TABLE tallies AS
SELECT province, indicator, period, level,
       count(*) FILTER (WHERE status = 'met') AS met,
       count(*) FILTER (WHERE status = 'not_met') AS not_met,
       count(*) FILTER (WHERE status = 'unknown') AS unknown,
       count(*) FILTER (WHERE status <> 'not_applicable') AS applicable
FROM statuses WHERE level IN ('district', 'commune')
GROUP BY province, indicator, period, level;

COPY (
    SELECT indicator, level, code, period, status, num, den, reported, expected
    FROM statuses
) TO {out_statuses} (FORMAT parquet, COMPRESSION snappy);

COPY (
    SELECT province, indicator, period, level,
           CASE
               WHEN applicable = 0 THEN 'not_applicable'
               WHEN not_met > 0 THEN 'not_met'
               WHEN met = applicable THEN 'met'
               ELSE 'unknown'
           END AS status
    FROM tallies
) TO {out_each} (FORMAT parquet, COMPRESSION snappy);

COPY (
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
) TO {out_at_least} (FORMAT parquet, COMPRESSION snappy);

COPY (
    SELECT province, indicator, period,
           CASE
               WHEN applicable = 0 THEN 'not_applicable'
               WHEN 2 * met >= applicable THEN 'met'
               WHEN 2 * (met + unknown) < applicable THEN 'not_met'
               ELSE 'unknown'
           END AS status
    FROM tallies WHERE level = 'district'
) TO {out_share} (FORMAT parquet, COMPRESSION snappy);
"""


def quoted(path: Path) -> str:
    """A path as an SQL string literal."""
    return "'" + str(path).replace("'", "''") + "'"


def main() -> None:
    workdir, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    script = SCRIPT.format(
        units=quoted(workdir / "units.parquet"),
        obs=quoted(workdir / "obs.parquet"),
        thresholds=quoted(workdir / "thresholds.parquet"),
        out_statuses=quoted(out / "statuses.parquet"),
        out_each=quoted(out / "each.parquet"),
        out_at_least=quoted(out / "at_least.parquet"),
        out_share=quoted(out / "share.parquet"),
    )
    con = duckdb.connect()
    con.execute(script)
    (rows,) = con.execute("SELECT count(*) FROM statuses").fetchone()  # type: ignore[misc]
    print(f"duckdb: {rows} unit statuses")


if __name__ == "__main__":
    main()
