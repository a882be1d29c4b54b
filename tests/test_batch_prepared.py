"""One read, many questions: observations prepared once, evaluated for several plans
and several sets of roots (cchc_model.batch.prepare)."""

from __future__ import annotations

import importlib
from typing import Any

import attrs
import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cchc_model as cm
from batch_scenarios import Scenario, frame_of, scenarios
from cchc_model.batch import evaluate_many, prepare
from cchc_model.exceptions import CchcError
from test_batch_equivalence import _essence
from test_evaluation import ALL_INDICATORS, ON_TIME, SATISFACTION, Y2021, at_least
from trees import province_tree

run_module = importlib.import_module("cchc_model.engines.frame.run")

KEY = ["root", "target", "parent", "depth", "code", "period"]


def _plan(*targets: Any, plan_id: str = "p", issuer: str = "99") -> cm.Plan:
    return cm.Plan(
        id=plan_id,
        title="Kế hoạch",
        issuer=issuer,
        period=Y2021,
        targets=targets,
        indicators=ALL_INDICATORS,
    )


def at_least_as(target_id: str, threshold: str, **kw: Any) -> Any:
    return attrs.evolve(at_least(threshold, **kw), id=target_id)


def _sorted(table: Any) -> Any:
    return table.sort(KEY, nulls_last=True)


def _frame() -> pl.DataFrame:
    """Satisfaction in every commune of the test province, one commune short."""
    codes = [f"90{d}0{c}" for d in (1, 2, 3) for c in (1, 2)][:-1]
    values = [90, 80, 86, 70, 95][: len(codes)]
    return pl.DataFrame(
        {
            "indicator": ["satisfaction"] * len(codes),
            "code": codes,
            "period": ["2021"] * len(codes),
            "value": values,
        }
    )


class TestOneReadManyQuestions:
    def test_each_plan_and_root_set_gives_what_evaluate_many_gives(self) -> None:
        """The province's plan for the province, the districts' plan for every district:
        one read, and each table equals a separate evaluate_many's."""
        tree = province_tree()
        province = _plan(at_least_as("pooled", "85 %"), plan_id="province")
        districts = _plan(
            at_least_as("each", "85 %", scope=cm.Scope.each(cm.Level.COMMUNE)),
            plan_id="districts",
            issuer="901",
        )
        policy = cm.Policy(min_coverage="1/2")
        data = prepare(_frame(), [province, districts], tree, policy=policy)
        for plan, codes in ((province, ["99"]), (districts, ["901", "902", "903"])):
            got = data.evaluate(plan, codes).table
            want = evaluate_many(plan, _frame(), tree, codes=codes, policy=policy).table
            assert got.height > 0
            assert _sorted(got).equals(_sorted(want))
        roots = data.evaluate(districts, ["901", "902", "903"]).table["root"].unique()
        assert sorted(roots.to_list()) == ["901", "902", "903"]

    def test_the_observations_are_read_and_rolled_up_once(self, monkeypatch: Any) -> None:
        calls = {"read": 0, "rolled": 0}
        read, rolled = run_module.read_observations, run_module._rolled_up

        def counting_read(*args: Any, **kw: Any) -> Any:
            calls["read"] += 1
            return read(*args, **kw)

        def counting_rollup(*args: Any, **kw: Any) -> Any:
            calls["rolled"] += 1
            return rolled(*args, **kw)

        monkeypatch.setattr(run_module, "read_observations", counting_read)
        monkeypatch.setattr(run_module, "_rolled_up", counting_rollup)
        plan = _plan(at_least_as("pooled", "85 %"))
        data = prepare(_frame(), plan, province_tree())
        for codes in (["99"], ["901", "902"], ["90101"]):
            assert data.evaluate(plan, codes).table.height > 0
        assert calls == {"read": 1, "rolled": 1}

    def test_a_root_under_another_root_is_evaluated_as_its_own_root(self) -> None:
        tree = province_tree()
        plan = _plan(at_least_as("pooled", "85 %"))
        data = prepare(_frame(), plan, tree)
        both = _sorted(data.evaluate(plan, ["99", "901"]).table)
        assert sorted(both["root"].to_list()) == ["901", "99"]
        for code in ("99", "901"):
            alone = evaluate_many(plan, _frame(), tree, codes=[code]).table
            assert both.filter(pl.col("root") == code).equals(_sorted(alone))


class TestWhatWasNotPrepared:
    def test_an_indicator_not_read(self) -> None:
        data = prepare(_frame(), _plan(at_least_as("pooled", "85 %")), province_tree())
        other = _plan(at_least_as("x", "85 %", indicator=ON_TIME))
        with pytest.raises(CchcError, match=f"{ON_TIME.id} was not read"):
            data.evaluate(other)

    def test_two_definitions_of_one_indicator(self) -> None:
        plan = _plan(at_least_as("pooled", "85 %"))
        renamed = cm.Indicator(id=SATISFACTION.id, name="Khác", measure=SATISFACTION.measure)
        other = cm.Plan(
            id="q",
            title="Khác",
            issuer="99",
            period=Y2021,
            targets=(at_least_as("t", "85 %", indicator=renamed),),
            indicators=(renamed,),
        )
        with pytest.raises(CchcError, match="satisfaction differs"):
            prepare(_frame(), [plan, other], province_tree())
        data = prepare(_frame(), plan, province_tree())
        with pytest.raises(CchcError, match="differs from the one the data were prepared"):
            data.evaluate(other)

    def test_a_period_or_a_unit_not_prepared(self) -> None:
        plan = _plan(at_least_as("pooled", "85 %"))
        data = prepare(_frame(), plan, province_tree(), codes=["901"])
        with pytest.raises(CchcError, match="2022 was not prepared"):
            data.evaluate(plan, ["901"], ["2022"])
        with pytest.raises(CchcError, match="902 is outside the units"):
            data.evaluate(plan, ["902"])
        assert data.evaluate(plan, ["90101"]).table.height > 0

    def test_no_plan(self) -> None:
        with pytest.raises(CchcError, match="at least one plan"):
            prepare(_frame(), [], province_tree())


def _decisions(table: Any) -> dict[tuple[Any, ...], list[tuple[Any, ...]]]:
    """Each row's decision by its key: the status and the exact values as fractions
    (which engine decided it, its note and how its pairs are written left out)."""
    found: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}
    for row in table.to_dicts():
        key = tuple(row[name] for name in KEY)
        found.setdefault(key, []).append(_essence(row))
    return {key: sorted(rows, key=repr) for key, rows in found.items()}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(max_targets=3), st.data())
def test_prepared_equals_evaluate_many(scenario: Scenario, draw: st.DataObject) -> None:
    """For generated plans, trees and data: a plan evaluated on prepared data, for any
    set of roots, gives evaluate_many's table row for row when the same subtrees are
    rolled up, and the same decisions when the whole tree is (a wider roll-up may meet
    data the dataframe engine hands to the reference engine, which decides alike)."""
    tree, plan = scenario.tree, scenario.plan
    codes = draw.draw(
        st.lists(st.sampled_from(sorted(u.code for u in tree)), min_size=1, max_size=3, unique=True)
    )
    policy = scenario.policy
    try:
        want = evaluate_many(plan, frame_of(scenario), tree, codes=codes, policy=policy).table
    except CchcError as exc:
        with pytest.raises(type(exc)):
            _ = prepare(frame_of(scenario), plan, tree, policy=policy).evaluate(plan, codes).table
        return
    same = prepare(frame_of(scenario), plan, tree, codes=codes, policy=policy)
    assert _sorted(same.evaluate(plan, codes).table).equals(_sorted(want))
    whole = prepare(frame_of(scenario), plan, tree, policy=policy).evaluate(plan, codes).table
    assert _decisions(whole) == _decisions(want)
