"""Hypothesis scenarios for the engine-equivalence suite (``test_engines_oracle.py``).

A scenario is a small generated province (``trees.province_tree_of``), a plan with
targets of every form from :func:`cchc_model.testing.strategies.targets` (comparisons,
betweens, ordinals, yes/no, changes, ranks, shares, all/any/at-least compounds, nested,
self, pooled and each scopes, breakdowns), observations with the awkward cases the
contract names (missing rows, zero denominators, ties, own and territory bases, quarters
instead of years, values with and without weights, floats), several evaluated periods
and several roots.

Draws never make the evaluation raise: rank peer lists are codes of the tree and change
baselines are years of the data. A yes/no rolls up by all, any or a share of units true
(see ``_fixed_indicator``).
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

import attrs
from hypothesis import strategies as st

from batch_scenarios import frame_of, trees
from cchc_model import (
    AllOf,
    Amount,
    AnyOf,
    AtLeast,
    Change,
    Hierarchy,
    Indicator,
    MeasureKind,
    Period,
    Plan,
    Policy,
    Rank,
    RankChange,
    Share,
    SpatialRule,
    TemporalRule,
)
from cchc_model.testing.strategies import indicators, targets

ROOT = "99"  # the province of the generated trees
QUARTERS = ("Q1", "Q2", "Q3", "Q4")


@attrs.frozen
class EngineScenario:
    tree: Hierarchy
    plan: Plan
    records: tuple[dict[str, Any], ...]
    min_coverage: Fraction
    periods: tuple[Period, ...]
    roots: tuple[str, ...]
    numbers_as_floats: bool

    @property
    def policy(self) -> Policy:
        return Policy(min_coverage=str(self.min_coverage))

    def frame(self) -> Any:
        """The records as a polars DataFrame: text, integer counts, values as text or floats."""
        return frame_of(self)


def _decimal(value: Fraction, places: int) -> str:
    """A fraction with at most ``places`` decimals, written with exactly that many (one
    more where three after one to three digits would read as a thousands separator)."""
    scaled = value * 10**places
    assert scaled.denominator == 1
    text = str(abs(scaled.numerator)).rjust(places + 1, "0")
    whole, rest = text[: len(text) - places], text[len(text) - places :]
    if places == 3 and whole != "0" and len(whole) <= 3:
        rest += "0"  # "1.000" is refused as ambiguous (a thousands separator?): "1.0000"
    return ("-" if value < 0 else "") + whole + (f".{rest}" if places else "")


def _fixed_indicator(indicator: Indicator, yes_no_rule: SpatialRule, mean: bool) -> Indicator:
    """The indicator, with two roll-ups drawn at other rates.

    A yes/no rolls up by all, any or a share of units true, one in three each (a share's
    proportion decides no yes/no target, so it alone would leave most yes/no targets
    UNKNOWN above the communes). A plain mean across space (of means, often) sends its
    whole period to the reference engine ("values of different precision",
    docs/batch.md): most such indicators take a weighted mean.
    """
    if indicator.measure is MeasureKind.BOOLEAN:
        return attrs.evolve(indicator, spatial=yes_no_rule)
    if indicator.spatial is SpatialRule.MEAN and not mean:
        return attrs.evolve(indicator, spatial=SpatialRule.WEIGHTED_MEAN)
    return indicator


@st.composite
def _value(draw: st.DrawFn, indicator: Indicator, places: int) -> dict[str, Any]:
    kind = indicator.measure
    if kind is MeasureKind.RATIO:
        if draw(st.integers(0, 4)) == 0:  # a value in the indicator's unit, maybe weighted
            full = Amount(1, "proportion").in_unit(indicator.unit)
            value = draw(st.integers(0, 20)) * full / 20
            row: dict[str, Any] = {"value": _decimal(value, 3 if full < 100 else 1)}
            if draw(st.booleans()):
                row["weight"] = draw(st.integers(1, 9))
            return row
        den = draw(st.sampled_from((0, 0, 1, 2, 3, 4, 5, 8, 10, 12)))  # zero denominators
        top = den if indicator.bounded or den == 0 else 3 * den
        return {"numerator": draw(st.integers(0, top)), "denominator": den}
    if kind is MeasureKind.COUNT:
        return {"value": str(draw(st.integers(0, 30)))}
    if kind in (MeasureKind.AMOUNT, MeasureKind.SCORE):
        # a few distinct values make ties; one precision per indicator keeps the
        # vectorised engine on its exact integer path
        value = Fraction(draw(st.sampled_from((0, 5, 10, 25, 40, 85, 100, 120))), 10**places)
        value += Fraction(draw(st.integers(0, 3)))
        row = {"value": _decimal(value, places)}
        if draw(st.integers(0, 2)) == 0:
            row["weight"] = draw(st.integers(1, 9))
        return row
    if kind is MeasureKind.BOOLEAN:
        return {"value": draw(st.sampled_from(("true", "false")))}
    return {"value": draw(st.sampled_from(indicator.levels))}


@st.composite
def _fixed(draw: st.DrawFn, target: Any, codes: list[str], year: int) -> Any:
    """The target with peers drawn from the tree, baselines among the data's years, and
    its own window, deadline and recurrence (if drawn) moved among the data's periods."""
    timed = target.period is not None or target.deadline is not None or target.every is not None
    # mostly made harmless, so that the vectorised engine stays busy (a middle value is
    # drawn about as often as any other; hypothesis favours the ends)
    if timed and draw(st.integers(0, 15)) != 7:
        harmless = None if target.deadline is None else date(year, 12, 31)
        target = attrs.evolve(target, period=None, every=None, deadline=harmless)
    elif timed:
        window = draw(
            st.sampled_from(
                (None, Period.year(year), Period.half(year, 1), Period.quarter(year, 2))
            )
        )
        due = draw(
            st.sampled_from((None, date(year, 6, 30), date(year, 9, 15), date(year - 1, 12, 31)))
        )
        if window is not None and due is not None and due < window.start:
            due = None
        if window is not None and target.every and not target.every.periods_in(window):
            window = None
        target = attrs.evolve(target, period=window, deadline=due)
    if isinstance(target, AllOf | AnyOf | AtLeast):
        parts = tuple(draw(_fixed(p, codes, year)) for p in target.parts)
        return attrs.evolve(target, parts=parts)
    if isinstance(target, Share):
        return attrs.evolve(target, condition=draw(_fixed(target.condition, codes, year)))
    if isinstance(target, Rank | RankChange) and target.peers is not None:
        least = getattr(target, "k", None) or 1
        if len(codes) < least:
            return attrs.evolve(target, peers=None)
        size = draw(st.integers(least, min(len(codes), least + 3)))
        target = attrs.evolve(target, peers=tuple(draw(st.permutations(codes))[:size]))
    if isinstance(target, RankChange) and target.baseline is not None:
        baseline = draw(st.sampled_from((year - 1, year - 2)))
        return attrs.evolve(target, baseline=Period.year(baseline))
    if isinstance(target, Change) and target.baseline is not None:
        baseline = draw(st.sampled_from((year - 1, year - 2)))
        return attrs.evolve(target, baseline=Period.year(baseline))
    return target


@st.composite
def engine_scenarios(
    draw: st.DrawFn, max_targets: int = 4, max_depth: int = 2, max_periods: int = 3
) -> EngineScenario:
    """Scenarios with up to ``max_targets`` targets nested ``max_depth`` deep, evaluated
    for up to ``max_periods`` periods and as many roots."""
    tree = draw(trees())
    codes = [u.code for u in tree]
    pool = draw(st.lists(indicators(), min_size=1, max_size=3, unique_by=lambda i: i.id))
    yes_no_rules = st.sampled_from((SpatialRule.ALL, SpatialRule.ANY, SpatialRule.SHARE_TRUE))
    mean = st.integers(0, 4).map(lambda n: n == 0)
    pool = [_fixed_indicator(i, draw(yes_no_rules), draw(mean)) for i in pool]
    year = draw(st.integers(2021, 2023))
    count = draw(st.integers(1, max_targets))
    drawn = [
        draw(targets(pool, max_depth=max_depth, id_prefix=f"t{i}")) for i in range(1, count + 1)
    ]
    plan = Plan(
        id="kh-thu",
        title="Kế hoạch thử",
        issuer=ROOT,
        period=Period.year(year),
        targets=tuple(draw(_fixed(t, codes, year)) for t in drawn),
        indicators=tuple(pool),
    )
    records: dict[tuple[Any, ...], dict[str, Any]] = {}
    # how often a row is missing, and an own basis absent: dense or sparse data
    missing = st.integers(0, draw(st.sampled_from((3, 7, 15)))).map(lambda n: n == 0)
    no_own = st.integers(0, draw(st.sampled_from((1, 3)))).map(lambda n: n != 0)
    for indicator in pool:
        places = draw(st.integers(0, 2))
        # a mean over time often sends its period to the reference engine ("values of
        # different precision", docs/batch.md): such quarters are kept rare
        rare = indicator.temporal is TemporalRule.MEAN
        quarterly = st.integers(0, 30 if rare else 5).map(lambda n: n == 0)
        members: list[dict[str, str]] = [{}]
        members += [{dim.id: dim.members[0]} for dim in indicator.dimensions]
        for code in codes:
            for basis in ("territory", "own"):
                for member in members:
                    if draw(missing) or (basis == "own" and draw(no_own)):
                        continue  # missing
                    years = [year - 1, year] + ([year - 2] if draw(st.booleans()) else [])
                    for y in years:
                        if draw(quarterly):  # quarters, some of them missing
                            labels = [f"{y}-{q}" for q in QUARTERS if draw(st.integers(0, 4))]
                        else:
                            labels = [str(y)]
                        for label in labels:
                            row = {"indicator": indicator.id, "code": code, "period": label}
                            row.update(basis=basis, **member, **draw(_value(indicator, places)))
                            key = (indicator.id, code, label, basis, tuple(sorted(member.items())))
                            records[key] = row
    periods = draw(
        st.lists(
            st.sampled_from((str(year), str(year - 1), f"{year}-Q2", f"{year}-Q4")),
            min_size=1,
            max_size=max_periods,
            unique=True,
        )
    )
    roots = draw(st.lists(st.sampled_from(codes), min_size=1, max_size=max_periods, unique=True))
    numeric = all(i.measure not in (MeasureKind.ORDINAL, MeasureKind.BOOLEAN) for i in pool)
    return EngineScenario(
        tree=tree,
        plan=plan,
        records=tuple(records.values()),
        min_coverage=Fraction(draw(st.sampled_from(("1", "1/2", "0", "2/3")))),
        periods=tuple(Period.parse(p) for p in periods),
        roots=tuple(roots),
        numbers_as_floats=numeric and draw(st.booleans()),
    )
