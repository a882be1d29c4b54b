"""The national benchmark's task in hand-written DuckDB SQL.

Run with ``.venv/bin/python benchmarks/national/duckdb_sql.py WORKDIR OUTDIR``. Reads
``units.parquet``, ``obs.parquet`` and ``thresholds.parquet`` from WORKDIR and writes
``statuses.parquet``, ``each.parquet``, ``at_least.parquet`` and ``share.parquet`` into
OUTDIR; the task is described in ``benchmarks/national/README.md``.

Written as an expert writes it for one machine: the text keys (unit code, indicator,
period) become integers once, when the observations are read; every later join and
group-by is on integers, and one packed key ``(unit · indicators + indicator) · periods +
period`` finds a leaf's observation; the leaves, the districts, the provinces and the
statuses are each materialised once as a table, and the text columns are joined back
only to the rows written. Every value is an integer pair ``(a, b)`` summed up the tree: a
ratio's counts, a count's ``(value, 1)``, a score's ``(hundredths × weight, weight)``. A
threshold ``p/q`` is met when ``num·q op p·den``, compared in HUGEINT.
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

#: Measures and statuses as small integers; levels by their depth in the tree.
RATIO, COUNT = 0, 1
MET, NOT_MET, UNKNOWN, NOT_APPLICABLE = 0, 1, 2, 3
STATUS_TEXT = "['met', 'not_met', 'unknown', 'not_applicable'][s.status + 1]"
LEVEL_TEXT = "['nation', 'province', 'district', 'commune'][{}.level + 1]"

SCRIPT = """
CREATE TEMP TABLE unit AS
SELECT (row_number() OVER () - 1)::INTEGER AS id, code, level AS level_name, parent,
       CASE level WHEN 'province' THEN 1 WHEN 'district' THEN 2 ELSE 3 END::TINYINT AS level
FROM read_parquet({units});

CREATE TEMP TABLE node AS
SELECT u.id, u.code, u.level, p.id AS parent_id, g.id AS grandparent_id,
       coalesce(e.expected, 0)::BIGINT AS expected
FROM unit u
LEFT JOIN unit p ON p.code = u.parent
LEFT JOIN unit g ON g.code = p.parent
LEFT JOIN (SELECT parent, count(*) AS expected FROM unit WHERE parent IS NOT NULL
           GROUP BY parent) e ON e.parent = u.code;

CREATE TEMP TABLE ind AS
SELECT (row_number() OVER (ORDER BY indicator) - 1)::INTEGER AS ind, indicator,
       CASE measure WHEN 'ratio' THEN {ratio} WHEN 'count' THEN {count} ELSE 2 END::TINYINT AS m
FROM (SELECT DISTINCT indicator, measure FROM read_parquet({thresholds}));

CREATE TEMP TABLE per AS
SELECT (row_number() OVER (ORDER BY period) - 1)::INTEGER AS per, period
FROM (SELECT DISTINCT period FROM read_parquet({obs}));

CREATE TEMP TABLE thr AS
SELECT i.ind, CASE t.level WHEN 'province' THEN 1 WHEN 'district' THEN 2 ELSE 3 END::TINYINT
       AS level,
       CASE t.op WHEN '>=' THEN 0 WHEN '>' THEN 1 WHEN '<=' THEN 2 WHEN '<' THEN 3 ELSE 4
       END::TINYINT AS op, t.p, t.q
FROM read_parquet({thresholds}) t JOIN ind i USING (indicator);

SET VARIABLE n_ind = (SELECT count(*) FROM ind);
SET VARIABLE n_per = (SELECT count(*) FROM per);

-- Leaves (communes, and districts without communes) x indicators x periods, each with
-- its observation's pair, found by one packed integer key.
CREATE TEMP TABLE leaf AS
WITH pairs AS (
    SELECT (n.id::BIGINT * getvariable('n_ind') + i.ind) * getvariable('n_per') + p.per AS k,
           CASE i.m WHEN {ratio} THEN o.numerator WHEN {count} THEN o.value::BIGINT
                ELSE round(o.value * 100)::BIGINT * o.weight END AS a,
           CASE i.m WHEN {ratio} THEN o.denominator WHEN {count} THEN 1 ELSE o.weight END AS b
    FROM read_parquet({obs}) o
    JOIN node n ON n.code = o.code
    JOIN ind i ON i.indicator = o.indicator
    JOIN per p ON p.period = o.period
),
grid AS (
    SELECT l.id, l.level, l.parent_id,
           CASE l.level WHEN 3 THEN l.grandparent_id ELSE l.parent_id END AS province_id,
           i.ind, i.m, p.per,
           (l.id::BIGINT * getvariable('n_ind') + i.ind) * getvariable('n_per') + p.per AS k
    FROM node l CROSS JOIN ind i CROSS JOIN per p
    WHERE l.level >= 2 AND l.expected = 0
)
SELECT g.id, g.level, g.parent_id, g.province_id, g.ind, g.m, g.per,
       pr.k IS NOT NULL AS known, pr.a, pr.b
FROM grid g LEFT JOIN pairs pr USING (k);

CREATE TEMP TABLE district AS
SELECT s.parent_id AS id, s.province_id, s.ind, s.m, s.per,
       10 * s.reported >= 9 * n.expected AS known, s.a, s.b, s.reported, n.expected
FROM (
    SELECT parent_id, ind, per, any_value(province_id) AS province_id, any_value(m) AS m,
           count(*) FILTER (WHERE known) AS reported,
           sum(a) FILTER (WHERE known)::BIGINT AS a,
           sum(b) FILTER (WHERE known)::BIGINT AS b
    FROM leaf WHERE level = 3
    GROUP BY parent_id, ind, per
) s JOIN node n ON n.id = s.parent_id;

CREATE TEMP TABLE province AS
SELECT s.province_id AS id, s.ind, s.m, s.per,
       10 * s.reported >= 9 * n.expected AS known, s.a, s.b, s.reported, n.expected
FROM (
    SELECT province_id, ind, per, any_value(m) AS m,
           count(*) FILTER (WHERE known) AS reported,
           sum(a) FILTER (WHERE known)::BIGINT AS a,
           sum(b) FILTER (WHERE known)::BIGINT AS b
    FROM (SELECT province_id, ind, m, per, known, a, b FROM district
          UNION ALL
          SELECT province_id, ind, m, per, known, a, b FROM leaf WHERE level = 2)
    GROUP BY province_id, ind, per
) s JOIN node n ON n.id = s.province_id;

CREATE TEMP TABLE statuses AS
WITH units_all AS (
    SELECT id, level, province_id, ind, m, per, known, a, b,
           NULL::BIGINT AS reported, NULL::BIGINT AS expected
    FROM leaf
    UNION ALL
    SELECT id, 2::TINYINT, province_id, ind, m, per, known, a, b, reported, expected
    FROM district
    UNION ALL
    SELECT id, 1::TINYINT, id, ind, m, per, known, a, b, reported, expected FROM province
),
valued AS (
    SELECT u.*, t.op, t.p, t.q,
           u.known AND NOT (u.m = {ratio} AND u.b = 0) AS has_value,
           CASE u.m WHEN {ratio} THEN 100 * u.a ELSE u.a END AS num_,
           CASE u.m WHEN {ratio} THEN u.b WHEN {count} THEN 1 ELSE 100 * u.b END AS den_
    FROM units_all u JOIN thr t ON t.ind = u.ind AND t.level = u.level
)
SELECT id, level, province_id, ind, per,
       CASE
           WHEN NOT known THEN {unknown}
           WHEN NOT has_value THEN {not_applicable}
           WHEN CASE op
                    WHEN 0 THEN num_::HUGEINT * q >= p::HUGEINT * den_
                    WHEN 1 THEN num_::HUGEINT * q > p::HUGEINT * den_
                    WHEN 2 THEN num_::HUGEINT * q <= p::HUGEINT * den_
                    WHEN 3 THEN num_::HUGEINT * q < p::HUGEINT * den_
                    ELSE num_::HUGEINT * q = p::HUGEINT * den_
                END THEN {met}
           ELSE {not_met}
       END::TINYINT AS status,
       CASE WHEN has_value THEN num_ END AS num,
       CASE WHEN has_value THEN den_ END AS den,
       reported, expected
FROM valued;

-- Per province: counts of each status over the units of a level under it.
CREATE TEMP TABLE tallies AS
SELECT province_id, ind, per, level,
       count(*) FILTER (WHERE status = {met}) AS met,
       count(*) FILTER (WHERE status = {not_met}) AS not_met,
       count(*) FILTER (WHERE status = {unknown}) AS unknown,
       count(*) FILTER (WHERE status <> {not_applicable}) AS applicable
FROM statuses WHERE level >= 2
GROUP BY province_id, ind, per, level;

COPY (
    SELECT i.indicator, {statuses_level} AS level, n.code, p.period, {status_text} AS status,
           s.num, s.den, s.reported, s.expected
    FROM statuses s JOIN node n ON n.id = s.id JOIN ind i ON i.ind = s.ind
    JOIN per p ON p.per = s.per
) TO {out_statuses} (FORMAT parquet, COMPRESSION snappy);

COPY (
    SELECT n.code AS province, i.indicator, p.period, {tallies_level} AS level,
           CASE
               WHEN applicable = 0 THEN 'not_applicable'
               WHEN not_met > 0 THEN 'not_met'
               WHEN met = applicable THEN 'met'
               ELSE 'unknown'
           END AS status
    FROM tallies t JOIN node n ON n.id = t.province_id JOIN ind i ON i.ind = t.ind
    JOIN per p ON p.per = t.per
) TO {out_each} (FORMAT parquet, COMPRESSION snappy);

COPY (
    SELECT n.code AS province, p.period,
           CASE
               WHEN applicable = 0 THEN 'not_applicable'
               WHEN met >= 8 THEN 'met'
               WHEN met + unknown < 8 THEN 'not_met'
               ELSE 'unknown'
           END AS status
    FROM (
        SELECT province_id, per,
               count(*) FILTER (WHERE status = {met}) AS met,
               count(*) FILTER (WHERE status = {unknown}) AS unknown,
               count(*) FILTER (WHERE status <> {not_applicable}) AS applicable
        FROM statuses s JOIN ind i ON i.ind = s.ind
        WHERE s.level = 1
          AND i.indicator IN ('i01', 'i02', 'i03', 'i04', 'i05',
                              'i06', 'i07', 'i08', 'i09', 'i10')
        GROUP BY province_id, per
    ) a JOIN node n ON n.id = a.province_id JOIN per p ON p.per = a.per
) TO {out_at_least} (FORMAT parquet, COMPRESSION snappy);

COPY (
    SELECT n.code AS province, i.indicator, p.period,
           CASE
               WHEN applicable = 0 THEN 'not_applicable'
               WHEN 2 * met >= applicable THEN 'met'
               WHEN 2 * (met + unknown) < applicable THEN 'not_met'
               ELSE 'unknown'
           END AS status
    FROM tallies t JOIN node n ON n.id = t.province_id JOIN ind i ON i.ind = t.ind
    JOIN per p ON p.per = t.per
    WHERE t.level = 2
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
        ratio=RATIO,
        count=COUNT,
        met=MET,
        not_met=NOT_MET,
        unknown=UNKNOWN,
        not_applicable=NOT_APPLICABLE,
        status_text=STATUS_TEXT,
        statuses_level=LEVEL_TEXT.format("s"),
        tallies_level=LEVEL_TEXT.format("t"),
    )
    con = duckdb.connect()
    con.execute(script)
    (rows,) = con.execute("SELECT count(*) FROM statuses").fetchone()  # type: ignore[misc]
    print(f"duckdb: {rows} unit statuses")


if __name__ == "__main__":
    main()
