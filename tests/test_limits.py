"""Bounded work on hostile input: compounds whose parts reuse one another.

A compound listing the next target twice, and so on down a chain, doubles the plan at
each level once its parts are written out. Plans are measured before anything is built
(``model.targets.expanded_size``, linear in the distinct targets) and refused past
``MAX_EXPANDED`` targets or ``MAX_NESTING`` levels, from a file and from Python alike.
The time and memory of a refusal are measured by ``benchmarks/bench_limits.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import cchc_model as cm
from cchc_model.cli import main
from cchc_model.indices.catalogues import CatalogueError, load_catalogue
from cchc_model.indices.tables import read_index_values
from cchc_model.io import observations
from cchc_model.model import targets as limits
from cchc_model.model.targets import AllOf, Comparison, Op, expanded_size
from cchc_model.model.units import normalise_unit
from cchc_model.testing.hostile import compound_chain as chain_file

RATIO = cm.Indicator(id="x", name="x", measure=cm.MeasureKind.RATIO)


def chain_objects(depth: int, width: int = 2) -> AllOf | Comparison:
    """The same chain built in Python: each level's parts are one shared object."""
    target: AllOf | Comparison = Comparison(id="leaf", indicator=RATIO, op=Op.GE, threshold="85 %")
    for i in range(depth):
        target = AllOf(id=f"c{i}", parts=[target] * width)
    return target


class TestExpandedSize:
    def test_counts_each_use_of_a_shared_part(self) -> None:
        assert expanded_size([chain_objects(3)]) == (15, 4)  # 1 + 2 + 4 + 8 targets
        assert expanded_size([chain_objects(3, width=1)]) == (4, 4)
        assert expanded_size([chain_objects(0)]) == (1, 1)

    def test_stops_past_the_limit(self) -> None:
        """Depth 60 written out is 2**61 targets; measuring stops past the limit."""
        size, _ = expanded_size([chain_objects(60)])
        assert limits.MAX_EXPANDED < size < 2 * limits.MAX_EXPANDED + 2


class TestFromAFile:
    @pytest.mark.parametrize("depth", [11, 16, 30])
    def test_a_doubling_chain_is_refused(self, depth: int) -> None:
        with pytest.raises(cm.PlanFileError) as exc:
            cm.loads(chain_file(depth))
        (problem,) = exc.value.problems
        assert problem.code == "too-large"
        assert problem.path.startswith("targets[0].parts[0]")
        assert f"more than {limits.MAX_EXPANDED} targets" in problem.message

    def test_a_small_chain_loads(self) -> None:
        plan = cm.loads(chain_file(5))
        assert len(list(plan.all_targets())) == 6  # c0 … c5, each once
        (top,) = [t for t in plan.targets if t.id == "c0"]
        assert expanded_size([top]) == (63, 6)

    def test_a_deep_chain_is_refused(self) -> None:
        with pytest.raises(cm.PlanFileError) as exc:
            cm.loads(chain_file(limits.MAX_NESTING + 5, width=1))
        assert exc.value.problems[0].code == "too-deep"
        plan = cm.loads(chain_file(limits.MAX_NESTING - 1, width=1))
        assert len(plan.targets) == limits.MAX_NESTING

    def test_the_limit_can_be_raised(self, monkeypatch: pytest.MonkeyPatch) -> None:
        text = chain_file(8)  # 511 + 255 + … + 1 = 1,013 targets … and c0 holds 511
        monkeypatch.setattr(limits, "MAX_EXPANDED", 500)
        with pytest.raises(cm.PlanFileError):
            cm.loads(text)
        monkeypatch.setattr(limits, "MAX_EXPANDED", 5_000)
        assert len(cm.loads(text).targets) == 9


class TestSharedPartsOnce:
    """A part several compounds name is one object, decided once per unit and period:
    work is linear in the targets the file defines, not in the plan written out."""

    def test_each_part_is_built_once(self) -> None:
        plan = cm.loads(chain_file(8))
        (top,) = [t for t in plan.targets if t.id == "c0"]
        assert expanded_size([top])[0] == 2**9 - 1
        assert len({id(t) for t in top.walk()}) == 9  # c0 … c8
        assert {id(t) for t in top.walk()} <= {id(t) for t in plan.targets}

    def test_each_compound_is_decided_once(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from cchc_model.engines.reference import ReferenceEngine

        plan = cm.loads(chain_file(8))
        decided: list[str] = []
        on_value = ReferenceEngine._on_value

        def counted(self: ReferenceEngine, target: Any, code: str, period: cm.Period) -> Any:
            decided.append(target.id)
            return on_value(self, target, code, period)

        monkeypatch.setattr(ReferenceEngine, "_on_value", counted)
        rows = [{"indicator": "x", "code": "06", "period": "2023", "value": "90 %"}]
        evaluation = cm.evaluate(plan, cm.ObservationSet.from_records(rows, plan.indicators))
        # c7 reads its two parts (both c8) once; c8 is also a target of its own
        assert decided == ["c8", "c8", "c8"]
        assert {r.status for r in evaluation.results} == {cm.Status.MET}
        top = evaluation.result("c0")
        assert top.parts[0] is top.parts[1]  # one result, shown where each part is used


class TestLinearInDistinctTargets:
    """With the limit raised, a chain that would be 2**21 targets written out loads,
    walks and evaluates in work proportional to its 21 distinct targets."""

    def test_a_deep_shared_chain(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from cchc_model.model.targets import _Compound

        monkeypatch.setattr(limits, "MAX_EXPANDED", 10**9)
        looked: list[str] = []
        parts_of = _Compound.children.fget
        assert parts_of is not None

        def counted(self: Any) -> Any:
            looked.append(self.id)
            return parts_of(self)

        monkeypatch.setattr(_Compound, "children", property(counted))
        plan = cm.loads(chain_file(20))
        (top,) = [t for t in plan.targets if t.id == "c0"]
        assert [t.id for t in top.walk()] == [f"c{i}" for i in range(21)]
        assert len(list(plan.all_targets())) == 21
        looked.clear()
        rows = [{"indicator": "x", "code": "06", "period": "2023", "value": "90 %"}]
        evaluation = cm.evaluate(plan, cm.ObservationSet.from_records(rows, plan.indicators))
        assert evaluation.result("c0").status is cm.Status.MET
        assert len(looked) <= 10 * 21  # a few looks per distinct compound, not 2**20


class TestFromPython:
    def test_a_doubling_chain_is_refused(self) -> None:
        with pytest.raises(cm.ValidationError) as exc:
            cm.Plan(
                id="p", title="t", issuer="06", period=cm.Period.parse("2023"),
                targets=(chain_objects(40),),
            )  # fmt: skip
        (problem,) = exc.value.problems
        assert (problem.path, problem.code) == ("targets", "too-large")

    def test_a_deep_chain_is_refused(self) -> None:
        with pytest.raises(cm.ValidationError) as exc:
            cm.Plan(
                id="p", title="t", issuer="06", period=cm.Period.parse("2023"),
                targets=(chain_objects(limits.MAX_NESTING + 3, width=1),),
            )  # fmt: skip
        assert exc.value.problems[0].code == "too-deep"


class TestUnitText:
    """A unit reaches pint only as registry names joined by * or / (no numbers to
    evaluate): ``1e999999999`` used to run for minutes with memory growing."""

    @pytest.mark.parametrize("text", ["1e999999999", "2*day", "10**9999 dossier", "day)("])
    def test_numbers_and_stray_signs_are_refused(self, text: str) -> None:
        with pytest.raises(cm.UnitError) as exc:
            normalise_unit(text, "unit")
        assert exc.value.problems[0].code == "unknown-unit"
        assert "is not a unit" in exc.value.problems[0].message

    @pytest.mark.parametrize(
        ("text", "name"),
        [("%", "percent"), ("hồ_sơ", "dossier"), ("dossier/day", "dossier / day"),
         ("dossier / working_day", "dossier / working_day")],
    )  # fmt: skip
    def test_units_still_read(self, text: str, name: str) -> None:
        assert normalise_unit(text) == name

    def test_in_a_plan_file(self) -> None:
        text = chain_file(0).replace("measure: ratio}", "measure: count, unit: '1e999999999'}")
        with pytest.raises(cm.PlanFileError) as exc:
            cm.loads(text)
        (problem,) = exc.value.problems
        assert problem.path == "indicators[0].unit"
        assert "is not a unit" in problem.message


ZERO = Path("/dev/zero")
needs_zero = pytest.mark.skipif(not ZERO.exists(), reason="no /dev/zero on this system")


class TestReadLimits:
    """Limits are counted while reading: a device or a pipe has no size to check."""

    @needs_zero
    def test_a_plan_from_an_endless_device(self) -> None:
        with pytest.raises(cm.PlanFileError) as exc:
            cm.load(ZERO)
        assert exc.value.problems[0].code == "too-large"

    @needs_zero
    def test_a_catalogue_from_an_endless_device(self) -> None:
        with pytest.raises(CatalogueError) as exc:
            load_catalogue(ZERO)
        assert exc.value.problems[0].code == "too-large"

    @needs_zero
    def test_observations_from_an_endless_device(self) -> None:
        with pytest.raises(cm.ObservationError) as exc:
            cm.ObservationSet.from_csv(ZERO, [RATIO])
        (problem,) = exc.value.problems
        assert (problem.path, problem.code) == ("line 1", "too-large")

    def test_the_csv_limits_can_be_changed(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        data = tmp_path / "obs.csv"
        rows = "".join(f"x,06,{year},50\n" for year in range(2000, 2030))
        data.write_text("indicator,code,period,value\n" + rows, encoding="utf-8")
        assert len(cm.ObservationSet.from_csv(data, [RATIO])) == 30
        monkeypatch.setattr(observations, "MAX_CSV_CHARS", 200)
        with pytest.raises(cm.ObservationError) as exc:
            cm.ObservationSet.from_csv(data, [RATIO])
        assert exc.value.problems[0].path == "line 15"  # 28 + 14 lines of 13 characters: 210
        monkeypatch.setattr(observations, "MAX_CSV_CHARS", 10_000)
        monkeypatch.setattr(observations, "MAX_CSV_LINES", 10)
        with pytest.raises(cm.ObservationError) as exc:
            cm.ObservationSet.from_csv(data, [RATIO])
        assert exc.value.problems[0].path == "line 11"
        assert "longer than 10 lines" in exc.value.problems[0].message
        monkeypatch.setattr(observations, "MAX_CSV_LINES", 100)
        monkeypatch.setattr(observations, "MAX_CSV_LINE", 20)
        with pytest.raises(cm.ObservationError) as exc:
            cm.ObservationSet.from_csv(data, [RATIO])
        assert exc.value.problems[0].path == "line 1"  # the header is 28 characters

    @needs_zero
    def test_the_command_line(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["validate", str(ZERO)]) == 1
        assert "larger than 5000000 bytes" in capsys.readouterr().out
        status = main(["evaluate", "examples/003-bac-kan-2023.yaml", "--observations", str(ZERO)])
        assert status == 1
        assert "line 1 is longer than 1,000,000 characters" in capsys.readouterr().err

    @needs_zero
    def test_index_rates_from_an_endless_device(self) -> None:
        with pytest.raises(cm.ValidationError) as exc:
            read_index_values(ZERO, load_catalogue("qd-766-portal").index)  # type: ignore[arg-type]
        assert (exc.value.problems[0].path, exc.value.problems[0].code) == ("zero:1", "too-large")
