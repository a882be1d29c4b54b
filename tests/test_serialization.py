"""Tests for cchc_model.io.serialization: round trips and the problems a plan file can have."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

import attrs
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_model.exceptions import PlanFileError, Problem, ValidationError
from cchc_model.io import serialization
from cchc_model.io.serialization import (
    SCHEMA_VERSION,
    dump,
    dumps,
    load,
    loads,
    plan_from_dict,
    plan_to_dict,
)
from cchc_model.model.indicators import Dimension, Indicator, MeasureKind
from cchc_model.model.periods import Period
from cchc_model.model.plans import Plan
from cchc_model.model.targets import (
    AllOf,
    Comparison,
    Op,
)
from cchc_model.testing.strategies import plans

GOOD = """
schema_version: 1
id: demo
title: Kế hoạch cải cách hành chính năm 2021
issuer: "38"
period: "2021"
indicators:
  - {id: satisfaction, name: Mức độ hài lòng, measure: ratio}
  - {id: units_autonomous, name: Đơn vị tự chủ, measure: count, unit: unit, temporal: last}
  - {id: one_stop, name: Một cửa hiện đại, measure: boolean}
  - {id: par, name: Chỉ số CCHC, measure: ordinal, levels: [yếu, trung bình, khá, tốt]}
targets:
  - {id: t1, form: comparison, indicator: satisfaction, op: ">=", threshold: 85 %,
     source_text: "đạt tối thiểu 85%"}
  - {id: t2, form: comparison, indicator: satisfaction, op: ">", threshold: 90 %,
     scope: {mode: pooled, level: commune}}
  - {id: t3, form: change, indicator: units_autonomous, op: ">=", delta: 2 unit}
  - {id: t4, form: share, level: district, op: ">=", threshold: 50 %, aspirational: true,
     condition: {id: t4c, form: comparison, indicator: one_stop, op: "=", threshold: true}}
  - {id: t5, form: at_least, n: 1,
     parts: [t1, t2, {id: t6, form: ordinal, indicator: par, op: ">=", level: tốt}]}
  - {id: t7, form: rank, indicator: par, k: 5, group_size: 9}
"""

FULL = """
schema_version: 1
id: thanh-hoa-2021
title: Kế hoạch cải cách hành chính năm 2021
issuer: "38"
issuer_name: UBND tỉnh Thanh Hóa
period: quý I/2021
document:
  kind: Kế hoạch
  number: 141/KH-UBND
  issued_on: 2020-12-25
  issuing_body: UBND tỉnh Thanh Hóa
areas: [procedures, digital_government]
objectives:
  - {id: o1, text: Nâng cao chất lượng phục vụ, area: procedures}
tasks:
  - {id: k1, text: Rà soát thủ tục, lead_agency: Sở Nội vụ, deadline: 31/12/2021,
     targets: [between, t-inline]}
parent: ct-2021-2030
source: https://example.gov.vn/kh-141
targets:
  - id: between
    form: between
    indicator: {id: time, name: Thời gian giải quyết, measure: amount, unit: day,
                spatial: mean, temporal: mean}
    low: 1 day
    high: 2 week
    high_inclusive: false
    deadline: 2021-06-30
    exclusions: [hồ sơ mật]
    note: ghi chú
  - id: any
    form: any_of
    parts:
      - {id: t-inline, form: comparison, indicator: {id: score, name: Điểm, measure: score,
         unit: point}, op: "≤", threshold: 1.5}
      - {id: rel, form: change, indicator: {id: score, name: Điểm, measure: score, unit: point},
         op: ">=", delta: 10 %, relative: true, baseline: "2020"}
"""


def problems_of(text: str, fmt: Any = "yaml", **kwargs: Any) -> list[Problem]:
    with pytest.raises(PlanFileError) as excinfo:
        loads(text, fmt, **kwargs)
    return list(excinfo.value.problems)


def one_problem(text: str, **kwargs: Any) -> Problem:
    found = problems_of(text, **kwargs)
    assert len(found) == 1, [str(p) for p in found]
    return found[0]


def with_line(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


HEAD = 'schema_version: 1\nid: demo\ntitle: Kế hoạch\nissuer: "38"\nperiod: "2021"\n'
RATIO = "indicators:\n  - {id: sat, name: Mức độ hài lòng, measure: ratio}\n"


def target_doc(*targets: str) -> str:
    return HEAD + RATIO + "targets:\n" + "".join(f"  - {t}\n" for t in targets)


@pytest.fixture(scope="module")
def good() -> Plan:
    return loads(GOOD)


class TestRoundTrip:
    @pytest.mark.parametrize("text", [GOOD, FULL], ids=["good", "full"])
    @pytest.mark.parametrize("fmt", ["yaml", "json"])
    def test_dump_then_load_is_equal(self, text: str, fmt: Any) -> None:
        plan = loads(text)
        assert loads(dumps(plan, fmt), fmt) == plan

    @pytest.mark.parametrize("text", [GOOD, FULL], ids=["good", "full"])
    def test_unstructure_then_structure_is_equal(self, text: str) -> None:
        plan = loads(text)
        data = plan_to_dict(plan)
        assert plan_from_dict(data) == plan
        # Plain data only: it survives JSON unchanged.
        assert json.loads(json.dumps(data)) == data

    @pytest.mark.parametrize("suffix", [".yaml", ".yml", ".json"])
    def test_files(self, good: Plan, tmp_path: Path, suffix: str) -> None:
        path = tmp_path / f"plan{suffix}"
        dump(good, path)
        text = path.read_text(encoding="utf-8")
        if suffix == ".json":
            assert json.loads(text)["schema_version"] == SCHEMA_VERSION
        else:
            assert text.startswith("schema_version: 1\n")
        assert load(path) == good
        assert load(str(path)) == good

    def test_dump_is_readable(self, good: Plan) -> None:
        text = dumps(good)
        assert "Kế hoạch cải cách hành chính năm 2021" in text  # not \\u escapes
        assert "issuer: '38'" in text  # quoted, so it stays text
        data = yaml.safe_load(text)
        assert list(data)[:2] == ["schema_version", "id"]
        first = data["targets"][0]
        assert list(first)[:3] == ["id", "form", "indicator"]
        assert (first["op"], first["threshold"]) == (">=", "85 %")

    def test_defaults_are_left_out(self, good: Plan) -> None:
        first = plan_to_dict(good)["targets"][0]
        assert not {"aspirational", "scope", "members"} & set(first)

    def test_parts_given_by_id_are_dumped_by_id(self, good: Plan) -> None:
        compound = plan_to_dict(good)["targets"][4]
        assert compound["parts"][:2] == ["t1", "t2"]
        assert compound["parts"][2]["id"] == "t6"
        # Loading resolves ids to the very targets of the plan.
        assert good.targets[4].parts[0] == good.target("t1")  # type: ignore[union-attr]

    def test_a_part_equal_to_a_top_level_target_is_written_by_id(self, good: Plan) -> None:
        t1 = good.target("t1")
        plan = attrs.evolve(good, targets=(*good.targets, AllOf(id="both", parts=(t1,))))
        assert plan_to_dict(plan)["targets"][-1]["parts"] == ["t1"]
        assert loads(dumps(plan)) == plan

    def test_indicators_defined_in_the_plan_are_written_by_id(self, good: Plan) -> None:
        assert plan_to_dict(good)["targets"][0]["indicator"] == "satisfaction"

    def test_indicators_not_defined_are_written_inline(self, good: Plan) -> None:
        plan = attrs.evolve(good, indicators=())
        data = plan_to_dict(plan)
        assert "indicators" not in data
        assert data["targets"][0]["indicator"] == {
            "id": "satisfaction",
            "name": "Mức độ hài lòng",
            "measure": "ratio",
        }
        assert plan_from_dict(data) == plan

    def test_inline_indicators_are_read(self) -> None:
        plan = loads(FULL)
        between = plan.target("between")
        assert between.indicator.unit == "day"  # type: ignore[union-attr]
        assert plan.indicators == ()

    def test_values_read(self) -> None:
        plan = loads(FULL)
        assert plan.period == Period.quarter(2021, 1)
        assert plan.document is not None
        assert plan.document.issued_on == date(2020, 12, 25)
        assert plan.tasks[0].deadline == date(2021, 12, 31)  # day-first
        assert plan.target("t-inline").op is Op.LE  # type: ignore[union-attr]
        # Dumped in canonical forms.
        data = plan_to_dict(plan)
        assert data["period"] == "2021-Q1"
        assert data["tasks"][0]["deadline"] == "2021-12-31"
        assert data["targets"][1]["parts"][0]["op"] == "<="

    def test_period_as_a_year_number(self) -> None:
        assert loads(with_line(GOOD, 'period: "2021"', "period: 2021")).period == Period.year(2021)

    def test_structure_functions_made_once_each_for_its_class(self) -> None:
        """The reader's structure functions, made on first use, are each its own class's
        and made once; a class the reader does not read from a mapping has none."""
        hooks = serialization._class_hooks
        for cls in hooks:
            made = hooks[cls]
            assert made.__name__ == f"structure_{cls.__name__}"
            assert hooks[cls] is made
        with pytest.raises(KeyError):
            hooks[Period]


class TestKnownIndicators:
    CATALOGUE: ClassVar[dict[str, Indicator]] = {
        "satisfaction": Indicator(
            id="satisfaction", name="Mức độ hài lòng", measure=MeasureKind.RATIO
        )
    }
    TEXT = HEAD + (
        "targets:\n"
        "  - {id: t1, form: comparison, indicator: satisfaction, op: '>=', threshold: 85 %}\n"
    )

    def test_read_by_id(self) -> None:
        plan = loads(self.TEXT, known=self.CATALOGUE)
        assert plan.targets[0].indicator is self.CATALOGUE["satisfaction"]  # type: ignore[union-attr]

    def test_unknown_without_the_catalogue(self) -> None:
        problem = one_problem(self.TEXT)
        assert (problem.path, problem.code, problem.value) == (
            "targets[0].indicator",
            "unknown-indicator",
            "satisfaction",
        )
        assert "none are defined" in problem.message

    def test_written_by_id_and_read_back(self) -> None:
        plan = loads(self.TEXT, known=self.CATALOGUE)
        assert plan_to_dict(plan, known=self.CATALOGUE)["targets"][0]["indicator"] == (
            "satisfaction"
        )
        for fmt in ("yaml", "json"):
            text = dumps(plan, fmt, known=self.CATALOGUE)  # type: ignore[arg-type]
            assert loads(text, fmt, known=self.CATALOGUE) == plan  # type: ignore[arg-type]
        # Without the catalogue, the definition is written inline so nothing is lost.
        assert loads(dumps(plan)) == plan

    def test_the_file_wins_over_the_catalogue(self) -> None:
        text = self.TEXT + "indicators:\n  - {id: satisfaction, name: Riêng, measure: ratio}\n"
        plan = loads(text, known=self.CATALOGUE)
        assert plan.targets[0].indicator.name == "Riêng"  # type: ignore[union-attr]


class TestProblems:
    def test_unknown_field(self) -> None:
        problem = one_problem(HEAD + "extra: 1\n")
        assert (problem.path, problem.code, problem.value) == ("extra", "unknown-field", "extra")
        assert "expected one of id, title, issuer" in problem.message

    def test_unknown_field_in_a_target(self) -> None:
        problem = one_problem(
            target_doc(
                "{id: t1, form: comparison, indicator: sat, op: '>=', threshold: 5, tresh: 1}"
            )
        )
        assert (problem.path, problem.code) == ("targets[0].tresh", "unknown-field")
        assert "threshold" in problem.message

    def test_unknown_fields_that_are_not_text(self) -> None:
        found = problems_of(HEAD + "1: x\nnull: y\nzz: z\n")
        assert sorted(p.path for p in found) == ["1", "None", "zz"]
        assert {p.code for p in found} == {"unknown-field"}

    def test_missing_field(self) -> None:
        problem = one_problem(with_line(HEAD, "title: Kế hoạch\n", ""))
        assert (problem.path, problem.code) == ("title", "missing")
        assert str(problem) == "title: required field missing; expected a value"

    def test_missing_fields_in_a_target(self) -> None:
        found = problems_of(target_doc("{id: t1, form: comparison, indicator: sat}"))
        assert [(p.path, p.code) for p in found] == [
            ("targets[0].op", "missing"),
            ("targets[0].threshold", "missing"),
        ]

    def test_a_number_where_text_is_expected(self) -> None:
        problem = one_problem(with_line(HEAD, 'issuer: "38"', "issuer: 38"))
        assert (problem.path, problem.value, problem.code) == ("issuer", 38, "type")
        assert (
            str(problem)
            == 'issuer: 38 is not text; expected a string (write it in quotes, e.g. "06")'
        )

    @pytest.mark.parametrize(
        ("line", "path", "value"),
        [
            ("parent: [a]", "parent", ["a"]),
            ("areas: procedures", "areas", "procedures"),
            ("areas: [5]", "areas[0]", 5),
            ("document: {kind: Kế hoạch, number: 5}", "document.number", 5),
            ("tasks: [{id: k, text: x, targets: 5}]", "tasks[0].targets", 5),
        ],
    )
    def test_wrong_types(self, line: str, path: str, value: Any) -> None:
        problem = one_problem(HEAD + line + "\n")
        assert (problem.path, problem.value) == (path, value)

    @pytest.mark.parametrize(
        ("line", "path"),
        [
            ("document: 141/KH-UBND", "document"),
            ("objectives: [5]", "objectives[0]"),
            ("tasks: [[k, x]]", "tasks[0]"),
            (
                "indicators: [{id: x, name: x, measure: count, dimensions: [sector]}]",
                "indicators[0].dimensions[0]",
            ),
        ],
    )
    def test_records_that_are_not_mappings(self, line: str, path: str) -> None:
        problem = one_problem(HEAD + line + "\n")
        assert problem.path == path
        assert problem.message.endswith("is not a mapping; expected a mapping")

    def test_no_quoting_hint_for_true_or_false(self) -> None:
        problem = one_problem(with_line(HEAD, 'issuer: "38"', "issuer: false"))
        assert problem.message == "False is not text; expected a string"

    def test_wrong_types_in_a_target(self) -> None:
        found = problems_of(
            target_doc(
                "{id: t1, form: at_least, n: 'two', aspirational: 'yes', parts: "
                "[{id: t2, form: rank, indicator: sat, k: 1.5}]}"
            )
        )
        assert {(p.path, p.value) for p in found} == {
            ("targets[0].n", "two"),
            ("targets[0].aspirational", "yes"),
            ("targets[0].parts[0].k", 1.5),
        }

    def test_unknown_indicator(self) -> None:
        problem = one_problem(
            target_doc("{id: t1, form: comparison, indicator: nope, op: '>=', threshold: 5}")
        )
        assert (problem.path, problem.value, problem.code) == (
            "targets[0].indicator",
            "nope",
            "unknown-indicator",
        )
        assert "(known: sat)" in problem.message

    def test_unknown_form(self) -> None:
        problem = one_problem(target_doc("{id: t1, form: comparisn}"))
        assert (problem.path, problem.value, problem.code) == (
            "targets[0].form",
            "comparisn",
            "unknown-form",
        )
        assert "expected one of comparison, between, ordinal" in problem.message

    def test_missing_form(self) -> None:
        problem = one_problem(target_doc("{id: t1, indicator: sat}"))
        assert (problem.path, problem.value, problem.code) == (
            "targets[0].form",
            None,
            "unknown-form",
        )

    def test_unknown_part(self) -> None:
        problem = one_problem(
            target_doc(
                "{id: t1, form: comparison, indicator: sat, op: '>=', threshold: 5}",
                "{id: t2, form: all_of, parts: [t1, zz]}",
            )
        )
        assert (problem.path, problem.value, problem.code) == (
            "targets[1].parts[1]",
            "zz",
            "unknown-target",
        )

    @pytest.mark.parametrize(
        "targets",
        [
            ["{id: a, form: all_of, parts: [a]}"],
            ["{id: a, form: all_of, parts: [b]}", "{id: b, form: any_of, parts: [a]}"],
            [
                "{id: a, form: all_of, parts: [{id: x, form: any_of, parts: [b]}]}",
                "{id: b, form: at_least, n: 1, parts: [a]}",
            ],
        ],
        ids=["self", "two", "through-inline"],
    )
    def test_circular_parts(self, targets: list[str]) -> None:
        found = problems_of(target_doc(*targets))
        assert found
        assert {p.code for p in found} == {"cycle"}
        assert all(".parts[" in p.path and "contains itself" in p.message for p in found)

    @pytest.mark.parametrize(
        ("period", "needle"),
        [
            ('"2021-Q5"', "there is no quarter Q5"),
            ('"năm hai nghìn"', "is not a period"),
            ("2021.5", "is not a period"),
            ("true", "is not a period"),
        ],
    )
    def test_bad_period(self, period: str, needle: str) -> None:
        problem = one_problem(with_line(HEAD, 'period: "2021"', f"period: {period}"))
        assert problem.path == "period"
        assert needle in problem.message

    @pytest.mark.parametrize(
        ("line", "path"),
        [
            ("document: {kind: Kế hoạch, issued_on: '2021-02-30'}", "document.issued_on"),
            ("document: {kind: Kế hoạch, issued_on: 31/02/2021}", "document.issued_on"),
            ("document: {kind: Kế hoạch, issued_on: 2021-02-03 10:00:00}", "document.issued_on"),
            ("tasks: [{id: k, text: x, deadline: soon}]", "tasks[0].deadline"),
            ("tasks: [{id: k, text: x, deadline: 20211231}]", "tasks[0].deadline"),
        ],
    )
    def test_bad_date(self, line: str, path: str) -> None:
        problem = one_problem(HEAD + line + "\n")
        assert problem.path == path
        assert "date" in problem.message

    def test_threshold_above_100_percent_for_a_bounded_ratio(self) -> None:
        found = problems_of(
            target_doc("{id: t1, form: comparison, indicator: sat, op: '>=', threshold: 120 %}")
        )
        assert [str(p) for p in found] == [
            "targets[0].threshold: 120 % is above 100 percent for a bounded ratio; "
            "expected at most 100 percent"
        ]
        assert (found[0].value, found[0].code) == ("120 %", "bounded-ratio-above-100")

    @pytest.mark.parametrize(
        ("target", "path", "code"),
        [
            ("{id: t, form: comparison, indicator: sat, op: '=>', threshold: 5}", "op", None),
            (
                "{id: t, form: comparison, indicator: sat, op: '>=', threshold: 5 day}",
                "threshold",
                "unit-mismatch",
            ),
            (
                "{id: t, form: comparison, indicator: sat, op: '>=', threshold: 5 parsecs}",
                "threshold",
                "unknown-unit",
            ),
            (
                "{id: t, form: comparison, indicator: sat, op: '>=', threshold: [5]}",
                "threshold",
                "type",
            ),
            (
                "{id: t, form: comparison, indicator: sat, op: '>=', threshold: 5, scope: each}",
                "scope",
                "type",
            ),
            (
                "{id: t, form: comparison, indicator: sat, op: '>=', threshold: 5, "
                "scope: {mode: pooled}}",
                "scope.level",
                "scope",
            ),
            (
                "{id: t, form: between, indicator: sat, low: 90 %, high: 80 %}",
                "high",
                "empty-interval",
            ),
            ("{id: t, form: rank, indicator: sat, k: 0}", "k", "range"),
            (
                "{id: t, form: at_least, n: 3, parts: [{id: u, form: rank, indicator: sat, k: 1}]}",
                "n",
                "range",
            ),
            ("{id: t, form: all_of, parts: []}", "parts", "empty"),
            ("{id: 'bad id', form: rank, indicator: sat, k: 1}", "id", "identifier"),
        ],
    )
    def test_target_rules(self, target: str, path: str, code: str | None) -> None:
        problem = one_problem(target_doc(target))
        assert problem.path == f"targets[0].{path}"
        if code is not None:
            assert problem.code == code

    def test_many_problems_in_one_file_are_all_reported(self) -> None:
        text = """
schema_version: 1
id: demo
title: Kế hoạch
issuer: 38
period: "2021-Q5"
extra: 1
indicators:
  - {id: satisfaction, name: Mức độ hài lòng, measure: ratio}
targets:
  - {id: t1, form: comparison, indicator: satisfaction, op: ">=", threshold: 120 %}
  - {id: t2, form: comparisn}
  - {id: t3, form: comparison, indicator: nope, op: "=>", threshold: 85 %}
"""
        found = problems_of(text)
        assert [p.path for p in found] == [
            "issuer",
            "period",
            "targets[0].threshold",
            "targets[1].form",
            "targets[2].indicator",
            "targets[2].op",
            "extra",
        ]
        assert all("; expected" in p.message for p in found)

    def test_problems_in_indicators_and_parts_together(self) -> None:
        text = target_doc("{id: t2, form: all_of, parts: [zz]}").replace("ratio}", "ratioo}")
        assert [p.path for p in problems_of(text)] == [
            "indicators[0].measure",
            "targets[0].parts[0]",
        ]

    def test_plan_rules(self) -> None:
        found = problems_of(
            target_doc(
                "{id: t1, form: rank, indicator: sat, k: 1}",
                "{id: t1, form: rank, indicator: sat, k: 2}",
            )
            + "tasks: [{id: k, text: x, targets: [t9]}]\n"
        )
        assert {(p.path, p.code) for p in found} == {
            ("targets[1].id", "duplicate-id"),
            ("tasks[0].targets[0]", "unknown-target"),
        }

    def test_the_file_name_is_kept(self, tmp_path: Path) -> None:
        path = tmp_path / "bad.yaml"
        path.write_text(HEAD + "extra: 1\n", encoding="utf-8")
        with pytest.raises(PlanFileError) as excinfo:
            load(path)
        assert excinfo.value.source == str(path)
        assert isinstance(excinfo.value, ValidationError)
        assert isinstance(excinfo.value, ValueError)


class TestDocument:
    @pytest.mark.parametrize(
        ("head", "value"),
        [
            ("", None),
            ("schema_version: 2\n", 2),
            ("schema_version: '1'\n", "1"),
            ("schema_version: true\n", True),
            ("schema_version: null\n", None),
        ],
    )
    def test_schema_version_missing_or_wrong(self, head: str, value: Any) -> None:
        text = head + HEAD.replace("schema_version: 1\n", "")
        problem = one_problem(text)
        assert (problem.path, problem.value, problem.code) == (
            "schema_version",
            value,
            "schema-version",
        )
        assert problem.message.endswith("expected 1")

    @pytest.mark.parametrize(
        "text",
        [
            '!!python/object/apply:os.system ["echo pwned"]',
            "schema_version: 1\nid: !!python/object/new:str [x]\n",
            "a: !!python/name:os.system\n",
            "a: !custom 5\n",
        ],
    )
    def test_yaml_tags_are_refused(self, text: str) -> None:
        problem = one_problem(text)
        assert problem.code == "syntax"
        assert "could not determine a constructor" in problem.message

    def test_nothing_is_executed(self, tmp_path: Path) -> None:
        marker = tmp_path / "pwned"
        path = f'!!python/object/apply:pathlib.Path ["{marker}"]'
        text = f"!!python/object/apply:pathlib.Path.touch [{path}]"
        with pytest.raises(PlanFileError):
            loads(text)
        assert not marker.exists()

    @pytest.mark.parametrize(
        ("text", "fmt", "needle"),
        [
            ("a: [1, 2", "yaml", "at line 1, column 9: expected ',' or ']'"),
            ('{"a": ', "json", "the file is not valid JSON"),
            ("- a\n- b\n", "yaml", "the document is not a mapping"),
            ("", "yaml", "the document is not a mapping"),
            ("5", "json", "the document is not a mapping"),
        ],
    )
    def test_not_a_plan(self, text: str, fmt: Any, needle: str) -> None:
        problem = one_problem(text, fmt=fmt)
        assert problem.path == ""
        assert needle in problem.message

    def test_missing_file(self, tmp_path: Path) -> None:
        with pytest.raises(PlanFileError) as excinfo:
            load(tmp_path / "nope.yaml")
        (problem,) = excinfo.value.problems
        assert problem.code == "unreadable"
        assert problem.message.startswith("cannot read the file")

    def test_not_utf8(self, tmp_path: Path) -> None:
        path = tmp_path / "latin.yaml"
        path.write_bytes((HEAD.replace("Kế hoạch", "K\xe9")).encode("latin-1", "replace"))
        with pytest.raises(PlanFileError) as excinfo:
            load(path)
        assert excinfo.value.problems[0].code == "unreadable"


# --- properties -------------------------------------------------------------------------

PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_members_order_does_not_matter() -> None:
    """A file holds members as a mapping, so their order cannot be part of a target."""
    dimensions = (Dimension("sector", ("land",)), Dimension("channel", ("post",)))
    sat = Indicator(id="sat", name="x", measure=MeasureKind.RATIO, dimensions=dimensions)

    def target(members: Any) -> Comparison:
        return Comparison(id="t", indicator=sat, op=Op.GE, threshold=5, members=members)

    assert target({"sector": "land", "channel": "post"}) == target(
        (("sector", "land"), ("channel", "post"))
    )


def _inline(plan: Plan) -> Plan:
    """The same plan with every indicator written inline where a target uses it."""
    return attrs.evolve(plan, indicators=())


def _shared(plan: Plan) -> Plan:
    """The plan with a compound whose parts are top-level targets (dumped by id)."""
    if not plan.targets:
        return plan
    return attrs.evolve(plan, targets=(*plan.targets, AllOf(id="all", parts=plan.targets[:2])))


variants: st.SearchStrategy[Callable[[Plan], Plan]] = st.sampled_from(
    [lambda p: p, _inline, _shared]
)


@PROPERTY
@given(plans(), variants)
def test_generated_plans_round_trip(plan: Plan, variant: Callable[[Plan], Plan]) -> None:
    plan = variant(plan)
    assert loads(dumps(plan)) == plan
    assert loads(dumps(plan, "json"), "json") == plan
    assert plan_from_dict(plan_to_dict(plan)) == plan


@PROPERTY
@given(plans())
def test_generated_plans_dump_the_same_twice(plan: Plan) -> None:
    text = dumps(plan)
    assert dumps(loads(text)) == text


def test_comparison_threshold_exact_after_round_trip() -> None:
    sat = Indicator(id="sat", name="x", measure=MeasureKind.RATIO)
    target = Comparison(id="t", indicator=sat, op=Op.GE, threshold=0.85)
    plan = Plan(
        id="p",
        title="t",
        issuer="38",
        period=Period.year(2021),
        targets=(target,),
        indicators=(sat,),
    )
    back = loads(dumps(plan, "json"), "json")
    assert back == plan
    assert back.targets[0].threshold_value == target.threshold_value  # type: ignore[union-attr]
