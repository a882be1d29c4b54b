"""Integer key columns packed into one: a group-by or join on one column is faster.

A packed key is ``((a·B_b + b)·B_c + c)…`` for columns ``a, b, c…`` whose values lie in
``0 ≤ v < B``; the bounds' product stays below 2**63. Unpacking needs exact integer
division, which some engines only give through floats, so only the backends that say
so (:attr:`Backend.packs_keys`) pack.
"""

from __future__ import annotations

from collections.abc import Sequence

from .columns import ROLLUP_BOUNDS
from .types import Column, Frame, Namespace

__all__ = ["ROLLUP_KEY", "fits", "group_by", "packed", "unpacked"]

Fields = Sequence[tuple[str, int]]

#: A roll-up's key (unit, period, indicator, members) and each column's bound.
ROLLUP_KEY: Fields = ROLLUP_BOUNDS


def fits(fields: Fields) -> bool:
    """Whether the packed key of ``fields`` stays below 2**63."""
    product = 1
    for _, bound in fields:
        product *= bound
    return product < 2**63


def _check(fields: Fields) -> None:
    if not fits(fields):  # pragma: no cover - callers check
        raise ValueError(f"the bounds of {[name for name, _ in fields]} exceed 64 bits")


def packed(nw: Namespace, fields: Fields) -> Column:
    """The expression of the packed key of ``fields`` (first field most significant)."""
    _check(fields)
    key: Column | None = None
    for name, bound in fields:
        key = nw.col(name) if key is None else key * bound + nw.col(name)
    assert key is not None, "a key has fields"  # (for the type checker)
    return key


def unpacked(nw: Namespace, key: str, fields: Fields) -> list[Column]:
    """The expressions that recover each field's column from the packed ``key`` column."""
    out = []
    divisor = 1
    for name, bound in reversed(fields):
        column = nw.col(key) if divisor == 1 else nw.col(key) // divisor
        out.append((column % bound).alias(name))
        divisor *= bound
    return list(reversed(out))


def group_by(
    nw: Namespace, frame: Frame, fields: Fields, aggregations: Sequence[Column], pack: bool
) -> Frame:
    """``frame.group_by(fields).agg(aggregations)``, grouped on the packed key if ``pack``
    (and the key fits in 63 bits)."""
    names = [name for name, _ in fields]
    if not pack or not fits(fields):
        return frame.group_by(names).agg(*aggregations)
    return (
        frame.with_columns(packed(nw, fields).alias("_key"))
        .group_by("_key")
        .agg(*aggregations)
        .select(*unpacked(nw, "_key", fields), nw.exclude("_key"))
    )
