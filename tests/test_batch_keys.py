"""The batch evaluator's shortcuts give what the plain operations give.

Packed keys group like the columns they pack; a lookup by position keeps and drops the
rows an inner join with the small table keeps and drops, on polars (an enum cast and a
gather) and on DuckDB (a join).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pl = pytest.importorskip("polars")
nw = pytest.importorskip("narwhals")

from cchc_model.engines.frame import Backend, backend_for  # noqa: E402
from cchc_model.engines.frame import keys as _keys  # noqa: E402
from cchc_model.engines.frame.backends.polars import DENSE_KEYS  # noqa: E402

_ROWS = st.lists(
    st.tuples(
        st.integers(0, _keys.ROLLUP_KEY[0][1] - 1),
        st.integers(0, _keys.ROLLUP_KEY[1][1] - 1),
        st.integers(0, _keys.ROLLUP_KEY[2][1] - 1),
        st.integers(0, _keys.ROLLUP_KEY[3][1] - 1),
        st.integers(-5, 5),
    ),
    max_size=30,
)


def _grouped(rows: list[tuple[int, ...]], pack: bool) -> list[tuple[Any, ...]]:
    frame = nw.from_native(
        pl.LazyFrame(
            rows, schema=["unit_id", "period_id", "indicator_id", "members_id", "x"], orient="row"
        )
    )
    sums = [nw.col("x").sum().alias("total"), nw.len().alias("rows")]
    found = _keys.group_by(nw, frame, _keys.ROLLUP_KEY, sums, pack).collect()
    keys = ["unit_id", "period_id", "indicator_id", "members_id"]
    return sorted(found.select(*keys, "total", "rows").rows())


@settings(max_examples=60, deadline=None)
@given(_ROWS, st.integers(0, 3))
def test_packed_keys_group_as_their_columns(rows: list[tuple[int, ...]], repeat: int) -> None:
    """Values up to each bound (the largest node, period, indicator and member set
    included) come back unpacked exactly, with the same sums as a plain group-by."""
    rows = rows + rows[:repeat]
    assert _grouped(rows, True) == _grouped(rows, False)


def test_keys_too_wide_to_pack_group_plainly() -> None:
    fields = (("a", 2**40), ("b", 2**40))
    assert not _keys.fits(fields)
    frame = nw.from_native(pl.LazyFrame({"a": [1, 1, 2], "b": [3, 3, 4], "x": [1, 2, 3]}))
    found = _keys.group_by(nw, frame, fields, [nw.col("x").sum()], True).collect()
    assert sorted(found.rows()) == [(1, 3, 3), (2, 4, 3)]


def _engines() -> list[str]:
    try:
        import duckdb  # noqa: F401
    except ImportError:  # pragma: no cover - duckdb is a test dependency
        return ["polars"]
    return ["polars", "duckdb"]


def _frame(engine: str, data: dict[str, list[Any]]) -> tuple[Any, Backend]:
    native = pl.DataFrame(data)
    if engine == "duckdb":
        import duckdb

        return backend_for(duckdb.from_arrow(native.to_arrow()))
    return backend_for(native.lazy())


@pytest.mark.parametrize("engine", _engines())
def test_a_lookup_keeps_the_rows_an_inner_join_keeps(engine: str) -> None:
    frame, backend = _frame(engine, {"code": ["b", "x", "a", None, "b"], "v": [1, 2, 3, 4, 5]})
    found = backend.lookup(
        frame,
        "code",
        ["a", "b", "c"],
        "node",
        {"level": (nw.Int64, [10, 20, 30]), "leaf": (nw.Boolean, [True, False, None])},
    )
    rows = sorted(found.select("v", "code", "node", "level", "leaf").collect().rows())
    assert rows == [(1, "b", 1, 20, False), (3, "a", 0, 10, True), (5, "b", 1, 20, False)]
    without = backend.lookup(frame, "code", ["a", "b", "c"])
    assert sorted(without.collect().columns) == ["code", "v"]


@pytest.mark.parametrize("engine", _engines())
def test_gathered_columns_are_taken_at_each_position(engine: str) -> None:
    frame, backend = _frame(engine, {"node": [2, 0, 2, 1], "v": [1, 2, 3, 4]})
    found = backend.gathered(
        frame, "node", {"parent": (nw.Int64, [None, 0, 0]), "name": (nw.String, ["r", "s", "t"])}
    )
    rows = sorted(found.select("v", "node", "parent", "name").collect().rows())
    assert rows == [(1, 2, 0, "t"), (2, 0, None, "r"), (3, 2, 0, "t"), (4, 1, 0, "s")]


_KEYED = st.integers(1, 40).flatmap(
    lambda space: st.tuples(
        st.just(space),
        st.lists(st.integers(0, space - 1), max_size=30),
        st.lists(st.integers(0, space - 1), unique=True, max_size=space),
    )
)


@settings(max_examples=60, deadline=None)
@given(_KEYED)
def test_a_join_by_position_gives_the_rows_a_hash_join_gives(
    drawn: tuple[int, list[int], list[int]],
) -> None:
    space, left_keys, right_keys = drawn
    _, backend = _frame("polars", {"x": [1]})
    left = nw.from_native(
        pl.LazyFrame(
            {"k": left_keys, "row": list(range(len(left_keys)))},
            schema={"k": pl.Int64, "row": pl.Int64},
        )
    )
    right = nw.from_native(
        pl.LazyFrame(
            {
                "k": right_keys,
                "v": [10 * k + 1 for k in right_keys],
                "f": [k % 2 == 0 for k in right_keys],
            },
            schema={"k": pl.Int64, "v": pl.Int64, "f": pl.Boolean},
        )
    )
    by_position = backend.joined_on_key(left, right, "k", space)
    hashed = Backend.joined_on_key(backend, left, right, "k", space)
    too_wide = backend.joined_on_key(left, right, "k", DENSE_KEYS + 1)  # hashed, by the adapter
    columns = ["row", "k", "v", "f"]
    assert sorted(by_position.select(columns).collect().rows()) == sorted(
        hashed.select(columns).collect().rows()
    )
    assert sorted(too_wide.select(columns).collect().rows()) == sorted(
        hashed.select(columns).collect().rows()
    )
    found = set(right_keys)
    assert sorted(by_position.select(columns).collect().rows()) == sorted(
        (i, k, 10 * k + 1 if k in found else None, (k % 2 == 0) if k in found else None)
        for i, k in enumerate(left_keys)
    )


_COMPACT_ROWS = st.lists(
    st.tuples(
        st.one_of(st.none(), st.integers(0, 2**31 - 1)),
        st.one_of(st.none(), st.sampled_from(["met", "not_met", "unknown"])),
        st.integers(-(2**62), 2**62),
    ),
    max_size=30,
)


@settings(max_examples=60, deadline=None)
@given(rows=_COMPACT_ROWS, extra=st.integers(0, 2**31))
def test_a_compact_table_reads_back_as_computed(rows: list[tuple[Any, ...]], extra: int) -> None:
    """Stored narrow (ids within their bound in 8 to 32 bits, a status as an enum), a table
    reads back with the types and values it was computed with; the other columns as they
    are."""
    bound = max([r[0] for r in rows if r[0] is not None], default=0) + 1 + extra
    native = pl.LazyFrame(
        rows,
        schema={"unit_id": pl.Int64, "status": pl.String, "x": pl.Int64},
        orient="row",
    )
    _, backend = backend_for(native)
    frame = nw.from_native(native)
    compact = backend.materialise_compact(
        frame, {"unit_id": bound}, {"status": ["met", "not_met", "unknown", "not_applicable"]}
    )
    read = compact.to_native().collect()
    assert read.schema == native.collect_schema()
    assert read.rows() == native.collect().rows()


def test_a_compact_table_refuses_what_its_bounds_deny() -> None:
    """A value outside the promised range is an error, never a value cut to fit."""
    native = pl.LazyFrame({"unit_id": [0, 200], "status": ["met", "met"]})
    _, backend = backend_for(native)
    with pytest.raises(pl.exceptions.InvalidOperationError):
        backend.materialise_compact(nw.from_native(native), {"unit_id": 100})
    with pytest.raises(pl.exceptions.InvalidOperationError):
        backend.materialise_compact(nw.from_native(native), {}, {"status": ["not_met"]})


def test_the_narrowest_type_holds_its_bound() -> None:
    from cchc_model.engines.frame.backends.polars import narrow_int_type

    assert [narrow_int_type(b) for b in (1, 128, 129, 2**15, 2**15 + 1, 2**31, 2**31 + 1)] == [
        pl.Int8, pl.Int8, pl.Int16, pl.Int16, pl.Int32, pl.Int32, None,
    ]  # fmt: skip
