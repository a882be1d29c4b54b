"""Tests for cchc_model.testing.strategies: every public strategy gives valid objects."""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

import attrs
import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

from cchc_model.model.indicators import Indicator, MeasureKind
from cchc_model.model.jurisdictions import Hierarchy, Jurisdiction, Kind, Level
from cchc_model.model.periods import Period
from cchc_model.model.plans import Plan
from cchc_model.model.targets import (
    AtLeast,
    Between,
    Comparison,
    Rank,
    Scope,
    ScopeMode,
    Share,
    Target,
)
from cchc_model.model.units import Amount, convert, dimension_of
from cchc_model.testing import strategies
from cchc_model.testing.strategies import (
    FORMS,
    amounts,
    indicators,
    plans,
    scopes,
    targets,
)

PROPORTION = "[proportion]"


def rebuilt(value: object) -> object:
    """The object built again from its own fields, so every validator runs once more."""
    return attrs.evolve(value)  # type: ignore[misc]


class TestExports:
    def test_all_is_sorted_and_complete(self) -> None:
        """__all__ is sorted and every name in it exists."""
        assert list(strategies.__all__) == sorted(strategies.__all__)
        assert all(hasattr(strategies, name) for name in strategies.__all__)

    @given(st.data())
    @settings(max_examples=10)
    def test_reexports_draw_their_objects(self, data: st.DataObject) -> None:
        """dates, periods, levels, kinds, jurisdictions and hierarchies are re-exported."""
        assert isinstance(data.draw(strategies.periods()), Period)
        assert isinstance(data.draw(strategies.levels()), Level)
        assert isinstance(data.draw(strategies.kinds()), Kind)
        assert isinstance(data.draw(strategies.jurisdictions()), Jurisdiction)
        assert isinstance(data.draw(strategies.hierarchies()), Hierarchy)
        assert data.draw(strategies.dates()).year >= 1990


class TestAmounts:
    @given(amounts())
    def test_percent_in_range(self, amount: Amount) -> None:
        """Default amounts are percents between 0 and 100."""
        assert amount.unit == "percent"
        assert 0 <= amount.value <= 100
        assert rebuilt(amount) == amount

    @given(amounts("dossier", min_value=3, max_value=7))
    def test_custom_range(self, amount: Amount) -> None:
        """Amounts stay inside the range asked for, in the unit asked for."""
        assert amount.unit == "dossier"
        assert 3 <= amount.value <= 7

    @given(amounts(None, min_value="0.5", max_value="0.5"))
    def test_single_value(self, amount: Amount) -> None:
        """An interval of one value gives that value, unit-less when asked."""
        assert amount == Amount(Fraction(1, 2))

    @pytest.mark.parametrize("boundary", ["85", "84.99", "90.1", "100", "200/3"])
    def test_boundaries_are_reached(self, boundary: str) -> None:
        """The thresholds where exactness matters come up."""
        wanted = Fraction(boundary)
        assert find(amounts(), lambda a: a.value == wanted).value == wanted

    def test_fractions_are_reached(self) -> None:
        """Values without a finite decimal (2/3 of a proportion) come up."""
        found = find(amounts("proportion", max_value=1), lambda a: a.value == Fraction(2, 3))
        assert found.value == Fraction(2, 3)

    def test_empty_range_refused(self) -> None:
        """min_value above max_value is a mistake in the test, said at once."""
        with pytest.raises(ValueError, match="above"):
            amounts(min_value=5, max_value=1)


class TestIndicators:
    @given(indicators())
    def test_valid(self, indicator: Indicator) -> None:
        """Every indicator passes validation again and has a unit exactly when numeric."""
        assert rebuilt(indicator) == indicator
        assert (indicator.unit is None) == (not indicator.measure.is_numeric)

    @pytest.mark.parametrize("measure", list(MeasureKind))
    def test_each_kind(self, measure: MeasureKind) -> None:
        """indicators(measure) gives only that kind."""
        found = find(indicators(measure), lambda _: True)
        assert found.measure is measure

    @given(indicators(MeasureKind.RATIO))
    def test_ratio_units(self, indicator: Indicator) -> None:
        """A ratio is measured in a proportion unit."""
        assert indicator.unit is not None
        assert dimension_of(indicator.unit) == PROPORTION

    @given(indicators(MeasureKind.ORDINAL))
    def test_ordinal_levels(self, indicator: Indicator) -> None:
        """An ordinal has at least two distinct levels."""
        assert len(indicator.levels) >= 2
        assert len(set(indicator.levels)) == len(indicator.levels)

    def test_every_kind_and_dimensions_reached(self) -> None:
        """Over many draws every kind appears, and some indicators have dimensions."""
        seen: Counter[str] = Counter()

        @given(indicators())
        @settings(max_examples=200, database=None)
        def count(indicator: Indicator) -> None:
            seen[indicator.measure.value] += 1
            seen["dimensions"] += bool(indicator.dimensions)

        count()
        assert {k.value for k in MeasureKind} <= set(seen)
        assert seen["dimensions"] > 0


class TestScopes:
    @given(scopes())
    def test_valid(self, scope: Scope) -> None:
        """A scope has a level exactly when it is not self."""
        assert (scope.level is None) == (scope.mode is ScopeMode.SELF)

    @pytest.mark.parametrize("mode", [m for m in ScopeMode if not m.on_agencies])
    def test_every_mode(self, mode: ScopeMode) -> None:
        """Self, pooled and each scopes all come up (agency scopes: test_agencies.py)."""
        assert find(scopes(), lambda s: s.mode is mode).mode is mode


def check_valid(target: Target) -> None:
    """Assert the rules a valid target tree keeps (besides its constructors' checks)."""
    ids = [t.id for t in target.walk()]
    assert len(ids) == len(set(ids)), ids
    for node in target.walk():
        assert rebuilt(node) == node
        if isinstance(node, Comparison) and node.indicator.is_bounded_ratio:
            top = convert(Fraction(100), "percent", node.indicator.unit or "percent")
            assert 0 <= node.threshold_value <= top
        if isinstance(node, Between):
            assert node.low_value <= node.high_value
        if isinstance(node, AtLeast):
            assert 1 <= node.n <= len(node.parts)
        if isinstance(node, Share):
            assert node.threshold.unit is not None
            assert dimension_of(node.threshold.unit) == PROPORTION
            assert 0 <= node.threshold_value <= 1
        if isinstance(node, Rank):
            assert node.scope == Scope.self_()
            assert (node.k is None) != (node.top is None)
            assert node.group_size is None or node.k is None or node.group_size >= node.k


class TestTargets:
    @given(targets())
    @settings(max_examples=150)
    def test_valid(self, target: Target) -> None:
        """Every generated target tree is valid throughout."""
        check_valid(target)

    def test_every_form_is_reached(self) -> None:
        """Over a few hundred trees each of the nine forms comes up, at the top and inside,
        none swamping the others."""
        tops: Counter[str] = Counter()
        inside: Counter[str] = Counter()

        @given(targets())
        @settings(max_examples=300, database=None, derandomize=True)
        def count(target: Target) -> None:
            tops[target.form] += 1
            inside.update(node.form for node in target.walk())

        count()
        assert set(tops) == set(FORMS)
        assert set(inside) == set(FORMS)
        assert max(inside.values()) < 10 * min(inside.values())

    @given(targets(max_depth=0))
    def test_depth_zero_is_single_indicator(self, target: Target) -> None:
        """max_depth=0 gives only forms on one indicator."""
        assert target.form in {"comparison", "between", "ordinal", "change", "rank", "rank_change"}
        assert list(target.walk()) == [target]

    @given(targets(forms=["comparison"], max_depth=0))
    def test_forms_restrict(self, target: Target) -> None:
        """forms= restricts the forms drawn when the indicators allow them."""
        assert target.form == "comparison"

    @given(st.data())
    @settings(max_examples=50)
    def test_given_indicators_only(self, data: st.DataObject) -> None:
        """Targets measure only the indicators they are given."""
        pool = data.draw(st.lists(indicators(), min_size=1, max_size=3))
        target = data.draw(targets(pool))
        allowed = {id(i) for i in pool}
        assert all(id(i) in allowed for i in target.indicators())

    @given(targets(self_scope=True, id_prefix="kh1.t3"))
    def test_self_scope_and_prefix(self, target: Target) -> None:
        """self_scope keeps every target on the issuer's territory; ids start with the prefix."""
        for node in target.walk():
            assert getattr(node, "scope", Scope.self_()) == Scope.self_()
            assert node.id.startswith("kh1.t3")

    def test_boundary_thresholds_are_common(self) -> None:
        """A good share of ratio thresholds sit on the plans' boundaries (84.99 %, 85 %, …)."""
        boundaries = {Fraction(x) for x in ("0", "50", "84.99", "85", "85.01", "90", "90.1", "100")}
        hits: list[bool] = []

        # (derandomized: a share measured over random draws is itself random; over twenty
        # seeds it ranged from 0.24 to 0.40, and a full run once drew under the bar)
        @given(targets(indicators(MeasureKind.RATIO), max_depth=0, forms=["comparison"]))
        @settings(max_examples=300, database=None, derandomize=True)
        def collect(target: Target) -> None:
            assert isinstance(target, Comparison)
            percent = convert(target.threshold_value, target.indicator.unit or "", "percent")
            hits.append(percent in boundaries)

        collect()
        assert sum(hits) > len(hits) / 5

    @pytest.mark.parametrize("forms", [["nonsense"], []])
    def test_bad_forms(self, forms: list[str]) -> None:
        """Unknown or no forms are refused when the strategy is built."""
        with pytest.raises(ValueError, match="forms"):
            targets(forms=forms)

    def test_empty_indicator_list(self) -> None:
        """An empty list of indicators is refused when the strategy is built."""
        with pytest.raises(ValueError, match="indicators"):
            targets([])


class TestPlans:
    @given(plans())
    @settings(max_examples=80)
    def test_valid(self, plan: Plan) -> None:
        """Plans are valid: defined indicators, unique target ids, tasks on known targets."""
        assert rebuilt(plan) == plan
        defined = {i.id: i for i in plan.indicators}
        for target in plan.targets:
            check_valid(target)
            for indicator in target.indicators():
                assert defined[indicator.id] == indicator
        ids = [t.id for top in plan.targets for t in top.walk()]
        assert len(ids) == len(set(ids))
        for task in plan.tasks:
            assert set(task.targets) <= set(ids)

    def test_plans_with_tasks_on_targets(self) -> None:
        """Some plans have tasks that point at targets."""
        found = find(plans(), lambda p: any(task.targets for task in p.tasks))
        assert found.tasks
