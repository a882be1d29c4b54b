"""A plan file's problems say where they are: line and column, and the field meant."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

import cchc_model as cm
from cchc_model.cli import main
from cchc_model.io.serialization import dumps, locate
from cchc_model.testing.strategies import plans

BAD = (
    'schema_version: 1\nid: p\ntitle: t\nissuer: "06"\nperiod: "2023"\n'
    "indicators:\n  - {id: n, name: n, measure: ratio}\n"
    "targets:\n"
    "  - id: t1\n"
    "    form: comparison\n"
    "    indicator: n\n"
    '    op: ">="\n'
    "    treshold: 85 %\n"
)


def test_an_unknown_field_names_the_one_meant_and_its_line() -> None:
    with pytest.raises(cm.PlanFileError) as exc:
        cm.loads(BAD)
    by_path = {p.path: p for p in exc.value.problems}
    typo = by_path["targets[0].treshold"]
    assert "unknown field 'treshold' (did you mean 'threshold'?)" in typo.message
    assert (typo.line, typo.column) == (13, 15)
    assert typo.place == "line 13, column 15"
    missing = by_path["targets[0].threshold"]  # the target itself: where it starts
    assert missing.line == 9


def test_a_misspelling_too_far_from_any_field_suggests_nothing() -> None:
    with pytest.raises(cm.PlanFileError) as exc:
        cm.loads(BAD.replace("treshold", "colour"))
    (unknown,) = [p for p in exc.value.problems if p.code == "unknown-field"]
    assert "did you mean" not in unknown.message


def test_json_problems_have_their_place_too() -> None:
    plan = cm.load("examples/000-thanh-hoa-2021.yaml")
    text = dumps(plan, "json").replace('"threshold": "85 %"', '"threshold": "120 %"', 1)
    assert '"120 %"' in text
    with pytest.raises(cm.PlanFileError) as exc:
        cm.loads(text, "json")
    (problem,) = exc.value.problems
    assert problem.line is not None
    assert '"120 %"' in text.splitlines()[problem.line - 1]


def test_the_command_line_prints_the_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(BAD, encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}: targets[0].treshold: unknown field 'treshold'" in out
    assert "(line 13, column 15)" in out


def test_a_path_not_in_the_text_gives_the_nearest_place() -> None:
    assert locate(BAD, "targets[0].nothing[3]") == (9, 5)
    assert locate(BAD, "targets[7]") == (9, 3)  # no eighth target: the list itself
    assert locate("a: [unclosed", "a") is None


@settings(max_examples=30, deadline=None)
@given(plans(max_targets=4))
def test_every_target_is_found_on_its_line(plan: cm.Plan) -> None:
    """The place of ``targets[i].id`` is a line of the file holding that id, in YAML and
    in JSON."""
    for form in ("yaml", "json"):
        text = dumps(plan, form)
        lines = text.splitlines()
        for index, target in enumerate(plan.targets):
            place = locate(text, f"targets[{index}].id")
            assert place is not None
            assert target.id in lines[place[0] - 1][place[1] - 1 :]


def test_a_long_list_of_problems_is_cut_in_the_message_and_kept_whole() -> None:
    """A message lists the first problems and says how many more there are; every
    problem stays in ``problems``."""
    from cchc_model.exceptions import MAX_SHOWN, Problem, ValidationError

    problems = [Problem(f"rows[{i}].value", i, f"bad value {i}") for i in range(MAX_SHOWN + 7)]
    error = ValidationError(problems)
    lines = str(error).splitlines()
    assert len(error.problems) == MAX_SHOWN + 7
    assert len(lines) == MAX_SHOWN + 1
    assert lines[0].startswith("rows[0].value")
    assert f"rows[{MAX_SHOWN - 1}]" in lines[-2]
    assert lines[-1] == "… and 7 more problems (every one is in .problems)"
    assert len(str(ValidationError(problems[:MAX_SHOWN])).splitlines()) == MAX_SHOWN
