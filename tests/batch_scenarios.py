"""Hypothesis scenarios for the batch evaluator: a small tree, a plan, and data.

Each scenario is one province with a few districts and communes (sometimes a district
without communes), indicators of every kind, targets of every form from
:func:`cchc_model.testing.strategies.targets`, and observations with the awkward
cases the contract names: missing rows, zero denominators, ties, own and territory
bases, breakdowns, and quarters instead of years.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Any

import attrs
from hypothesis import strategies as st

from cchc_model import (
    Hierarchy,
    Indicator,
    MeasureKind,
    Period,
    Plan,
    Policy,
)
from cchc_model.io.observations import FIELDS
from cchc_model.model.units import convert
from cchc_model.testing.strategies import indicators, targets
from trees import province_tree_of

ROOT = "99"  # the province of the generated trees


@attrs.frozen
class Scenario:
    tree: Hierarchy
    plan: Plan
    records: tuple[dict[str, Any], ...]
    policy: Policy
    numbers_as_floats: bool


@st.composite
def trees(draw: st.DrawFn) -> Hierarchy:
    """A province with 1 to 4 districts of 0 to 3 communes each."""
    return province_tree_of(draw(st.lists(st.integers(0, 3), min_size=1, max_size=4)))


def _decimal(value: Fraction) -> str:
    """A fraction with a terminating decimal as text."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    whole = value.numerator // value.denominator
    rest = value - whole
    digits = ""
    while rest:
        rest *= 10
        digit = rest.numerator // rest.denominator
        digits += str(digit)
        rest -= digit
    if len(digits) == 3 and 0 < whole < 1000:
        digits += "0"  # "1.025" would be refused as ambiguous (a thousands separator?)
    return f"{sign}{whole}" + (f".{digits}" if digits else "")


@st.composite
def _value(draw: st.DrawFn, indicator: Indicator) -> dict[str, Any]:
    kind = indicator.measure
    tenths = st.integers(0, 1000).map(lambda n: Fraction(n, draw(st.sampled_from((1, 4, 10)))))
    if kind is MeasureKind.RATIO:
        if draw(st.integers(0, 4)) == 0:
            full = convert(Fraction(1), "proportion", indicator.unit or "percent")
            value = draw(st.integers(0, 20)) * full / 20
            row: dict[str, Any] = {"value": _decimal(value)}
            if draw(st.booleans()):
                row["weight"] = draw(st.integers(1, 9))
            return row
        den = draw(st.integers(0, 12))
        top = den if indicator.bounded or den == 0 else 3 * den
        return {"numerator": draw(st.integers(0, top)), "denominator": den}
    if kind is MeasureKind.COUNT:
        return {"value": str(draw(st.integers(0, 30)))}
    if kind in (MeasureKind.AMOUNT, MeasureKind.SCORE):
        row = {"value": _decimal(draw(tenths) / 10)}
        if draw(st.integers(0, 2)) == 0:
            row["weight"] = draw(st.integers(1, 9))
        return row
    if kind is MeasureKind.BOOLEAN:
        return {"value": draw(st.sampled_from(("true", "false")))}
    return {"value": draw(st.sampled_from(indicator.levels))}


_QUARTERS = ("Q1", "Q2", "Q3", "Q4")


@st.composite
def scenarios(draw: st.DrawFn, max_targets: int = 4) -> Scenario:
    tree = draw(trees())
    pool = draw(st.lists(indicators(), min_size=1, max_size=3, unique_by=lambda i: i.id))
    year = draw(st.integers(2021, 2023))
    period = Period.parse(str(year))
    count = draw(st.integers(1, max_targets))
    plan_targets = tuple(
        draw(targets(pool, max_depth=2, id_prefix=f"t{i}")) for i in range(1, count + 1)
    )
    plan = Plan(
        id="kh-thu",
        title="Kế hoạch thử",
        issuer=ROOT,
        period=period,
        targets=plan_targets,
        indicators=tuple(pool),
    )
    codes = [u.code for u in tree]
    records: dict[tuple[Any, ...], dict[str, Any]] = {}
    for indicator in pool:
        members: list[dict[str, str]] = [{}]
        for dim in indicator.dimensions:
            members.append({dim.id: dim.members[0]})
        for code in codes:
            for basis in ("territory", "own"):
                for member in members:
                    if draw(st.integers(0, 3)) == 0:
                        continue  # missing
                    if basis == "own" and draw(st.booleans()):
                        continue
                    years = [year - 1, year] + ([year - 2] if draw(st.booleans()) else [])
                    for y in years:
                        quarterly = draw(st.integers(0, 5)) == 0
                        labels = (
                            [f"{y}-{q}" for q in _QUARTERS if draw(st.integers(0, 4))]
                            if quarterly
                            else [str(y)]
                        )
                        for label in labels:
                            row = {
                                "indicator": indicator.id,
                                "code": code,
                                "period": label,
                                "basis": basis,
                                **member,
                                **draw(_value(indicator)),
                            }
                            key = (indicator.id, code, label, basis, tuple(sorted(member.items())))
                            records[key] = row
    min_coverage = draw(st.sampled_from(("1", "0.5", "0", "2/3")))
    numeric = all(ind.measure not in (MeasureKind.ORDINAL, MeasureKind.BOOLEAN) for ind in pool)
    floats = numeric and draw(st.booleans())
    return Scenario(tree, plan, tuple(records.values()), Policy(min_coverage=min_coverage), floats)


def frame_of(scenario: Any, columns: Sequence[str] | None = None) -> Any:
    """The scenario's records as a polars DataFrame (values as text or as floats); any
    scenario with ``plan``, ``records`` and ``numbers_as_floats`` will do."""
    import polars as pl

    dims = sorted({d.id for ind in scenario.plan.indicators for d in ind.dimensions})
    # every observation field but those the scenarios never write
    names = [f for f in FIELDS if f not in ("unit", "source", "members")] + dims
    data = {name: [r.get(name) for r in scenario.records] for name in names}
    schema: dict[str, Any] = dict.fromkeys(names, pl.String)
    schema.update(numerator=pl.Int64, denominator=pl.Int64, weight=pl.Int64)
    if scenario.numbers_as_floats:
        data["value"] = [None if v is None else float(v) for v in data["value"]]
        schema["value"] = pl.Float64
    return pl.DataFrame(data, schema=schema)
