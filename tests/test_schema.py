"""Tests for cchc_model.io.schema: the JSON Schema of plan files, generated from the model."""

from __future__ import annotations

import copy
import json
import re
import typing
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from cchc_model import schema as schema_module
from cchc_model import serialization
from cchc_model.io.schema import (
    DECLARED_FIELDS,
    DECLARED_TYPES,
    FILE_FIELDS,
    attribute_docs,
    plan_schema,
    schema_json,
)
from cchc_model.io.serialization import dumps, loads, plan_to_dict
from cchc_model.model.periods import Period
from cchc_model.model.plans import Plan
from cchc_model.model.targets import TARGET_FORMS
from cchc_model.model.units import Amount
from cchc_model.testing.strategies import amounts, plans
from test_serialization import FULL, GOOD, HEAD

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return plan_schema()


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    """Formats are annotations, as in draft 2020-12 by default: the loader also reads
    dates written day first (31/12/2021), which ``format: date`` does not describe."""
    return jsonschema.Draft202012Validator(schema)


def as_json(text: str) -> Any:
    """A YAML document as JSON data (a date the YAML loader read becomes ISO text)."""
    return json.loads(json.dumps(yaml.safe_load(text), default=str))


def errors(validator: jsonschema.Draft202012Validator, data: Any) -> list[str]:
    return [error.message for error in validator.iter_errors(data)]


# attrs classes that a file writes as text ("2021-Q3", "85 %"), declared in the schema.
WRITTEN_AS_TEXT = {Period, Amount}


def model_classes() -> set[type]:
    """Every attrs class a plan file is read into, found from Plan's annotations."""
    found: set[type] = set()

    def visit(kind: Any) -> None:
        if kind in WRITTEN_AS_TEXT:
            return
        if isinstance(kind, type) and attrs.has(kind):
            if kind in found:
                return
            found.add(kind)
            hints = typing.get_type_hints(kind)
            for field in attrs.fields(kind):
                if field.init:
                    visit(hints[field.name])
        for arg in typing.get_args(kind):
            visit(arg)

    visit(Plan)
    return found


class TestTheSchema:
    def test_is_a_valid_draft_2020_12_schema(self, schema: dict[str, Any]) -> None:
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$id"] == "urn:cchc-model:plan-file:1"
        assert schema["title"]
        assert schema["description"]
        assert schema["$ref"] == "#/$defs/Plan"

    def test_json_text_is_stable(self) -> None:
        text = schema_json()
        assert text == schema_json()
        assert text.endswith("}\n")
        assert json.loads(text) == plan_schema()
        assert "Kế hoạch" in text  # not \\u escapes
        assert list(json.loads(text)["$defs"]) == sorted(json.loads(text)["$defs"])

    def test_a_copy_each_time(self) -> None:
        first = plan_schema()
        first["$defs"].clear()
        assert plan_schema()["$defs"]

    def test_every_definition_is_referenced(self, schema: dict[str, Any]) -> None:
        refs = set(re.findall(r'"#/\$defs/(\w+)"', json.dumps(schema)))
        assert refs == set(schema["$defs"])


class TestGenerated:
    def test_every_class_read_has_a_definition(self, schema: dict[str, Any]) -> None:
        defined = set(schema["$defs"]) - {"Target"}
        assert {cls.__name__ for cls in model_classes()} == defined
        # The loader's own list of classes agrees.
        assert {cls.__name__ for cls in serialization._class_hooks} == defined

    @pytest.mark.parametrize("cls", sorted(model_classes(), key=lambda c: c.__name__))
    def test_every_field_is_covered(self, schema: dict[str, Any], cls: type) -> None:
        definition = schema["$defs"][cls.__name__]
        fields = [f for f in attrs.fields(cls) if f.init]
        extra = list(FILE_FIELDS.get(cls, {}))
        if cls in TARGET_FORMS:
            extra.append("form")
        assert set(definition["properties"]) == {f.name for f in fields} | set(extra)
        optional = {n for n, s in FILE_FIELDS.get(cls, {}).items() if "default" in s}
        required = {f.name for f in fields if f.default is attrs.NOTHING} | set(extra) - optional
        assert set(definition.get("required", [])) == required
        assert definition["additionalProperties"] is False
        assert definition["type"] == "object"
        assert definition["description"]  # the docstring's first line

    def test_target_is_one_of_the_forms(self, schema: dict[str, Any]) -> None:
        refs = [option["$ref"] for option in schema["$defs"]["Target"]["oneOf"]]
        assert refs == [f"#/$defs/{cls.__name__}" for cls in TARGET_FORMS]
        for cls in TARGET_FORMS:
            definition = schema["$defs"][cls.__name__]
            assert definition["properties"]["form"] == {"const": cls.form}
            assert "form" in definition["required"]

    def test_descriptions_come_from_the_docstrings(self, schema: dict[str, Any]) -> None:
        defs = schema["$defs"]
        assert defs["Plan"]["description"] == "A reform plan."
        assert defs["Plan"]["properties"]["issuer"]["description"] == (
            'Code of the issuing jurisdiction, e.g. `"06"` for Bắc Kạn.'
        )
        # A description that runs over several lines, and one naming two fields.
        unit = defs["Indicator"]["properties"]["unit"]["description"]
        assert unit.endswith("Every threshold and observed value is converted to it.")
        numerator = defs["Indicator"]["properties"]["numerator"]["description"]
        assert numerator == defs["Indicator"]["properties"]["denominator"]["description"]
        assert defs["Indicator"]["properties"]["measure"]["description"] == (
            "How it is measured (`MeasureKind`)."
        )
        assert "read-only" not in json.dumps(defs["Comparison"])  # threshold_value is not read

    def test_attribute_docs(self) -> None:
        class Example:
            """Summary.

            Attributes:
                a: First line
                    continued.
                b, c (int): Shared.

            Example:
                not: an attribute
            """

        assert attribute_docs(Example) == {
            "a": "First line continued.",
            "b": "Shared.",
            "c": "Shared.",
        }

    def test_defaults(self, schema: dict[str, Any]) -> None:
        comparison = schema["$defs"]["Comparison"]["properties"]
        assert comparison["aspirational"]["default"] is False
        assert comparison["members"]["default"] == {}
        assert comparison["exclusions"]["default"] == []
        assert "default" not in comparison["scope"]  # a factory: left unsaid
        assert schema["$defs"]["Indicator"]["properties"]["direction"]["default"] == "higher"

    def test_an_undeclared_type_is_an_error(self) -> None:
        @attrs.frozen
        class Odd:
            value: complex

        with pytest.raises(TypeError, match="declare it in DECLARED_TYPES"):
            schema_module._Generator().ref(Odd)

    def test_declarations_are_all_used(self, schema: dict[str, Any]) -> None:
        names = {f.name for cls in model_classes() for f in attrs.fields(cls) if f.init}
        assert set(DECLARED_FIELDS) <= names
        hints = [
            typing.get_type_hints(cls)[f.name]
            for cls in model_classes()
            for f in attrs.fields(cls)
            if f.init
        ]
        used = {
            kind
            for kind in DECLARED_TYPES
            if any(kind == hint or kind in typing.get_args(hint) for hint in hints)
        }
        assert used == set(DECLARED_TYPES)


class TestAccepts:
    @pytest.mark.parametrize("text", [GOOD, FULL], ids=["good", "full"])
    def test_the_serialization_examples(self, validator: Any, text: str) -> None:
        assert errors(validator, as_json(text)) == []
        assert errors(validator, json.loads(dumps(loads(text), "json"))) == []

    @pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
    def test_the_example_files(self, validator: Any, path: Path) -> None:
        assert errors(validator, as_json(path.read_text(encoding="utf-8"))) == []

    @pytest.mark.parametrize(
        "value", ["85 %", "85%", "2 unit", "1.5 point", "-3 day", "17/20", "84,99 %", 85, 0.85]
    )
    def test_amounts(self, validator: Any, value: Any) -> None:
        doc = as_json(GOOD)
        doc["targets"][0]["threshold"] = value
        assert errors(validator, doc) == []

    @pytest.mark.parametrize("value", ["self", {"mode": "each", "level": "cấp xã"}])
    def test_scopes(self, validator: Any, value: Any) -> None:
        doc = as_json(GOOD)
        doc["targets"][0]["scope"] = value
        assert errors(validator, doc) == []


class TestRejects:
    @pytest.mark.parametrize(
        ("change", "needle"),
        [
            (lambda d: d.update(extra=1), "Additional properties"),
            (lambda d: d["targets"][0].update(tresh=1), "is not valid under any"),
            (lambda d: d["targets"][0].update(form="comparisn"), "is not valid under any"),
            (lambda d: d["targets"][0].pop("op"), "is not valid under any"),
            (lambda d: d.pop("title"), "'title' is a required property"),
            (lambda d: d.pop("schema_version"), "'schema_version' is a required property"),
            (lambda d: d.update(schema_version=2), "1 was expected"),
            (lambda d: d.update(issuer=38), "38 is not of type 'string'"),
            (lambda d: d.update(id="bad id"), "does not match"),
            (lambda d: d.update(title="  "), "does not match"),
            (lambda d: d["indicators"][0].update(measure="ratioo"), "is not one of"),
            (lambda d: d["targets"][0].update(threshold="eighty"), "is not valid under any"),
            (lambda d: d["targets"][0].update(scope="each"), "is not valid under any"),
            (lambda d: d["targets"][4].update(parts=[]), "is not valid under any"),
            (lambda d: d["targets"][4]["parts"].append(5), "is not valid under any"),
            (
                lambda d: d.update(tasks=[{"id": "k", "text": "x", "deadline": 5}]),
                "valid under any",
            ),
        ],
    )
    def test_documents(self, validator: Any, change: Any, needle: str) -> None:
        doc = copy.deepcopy(as_json(GOOD))
        change(doc)
        found = errors(validator, doc)
        assert found
        assert any(needle in message for message in found), found

    def test_dates_are_checked_as_iso_dates(self) -> None:
        doc = as_json(GOOD)
        doc["tasks"] = [{"id": "k", "text": "x", "deadline": "soon"}]
        assert not VALIDATOR.is_valid(doc)
        doc["tasks"][0]["deadline"] = "2021-12-31"
        assert VALIDATOR.is_valid(doc)

    def test_what_the_loader_refuses_for_the_same_reasons(self, validator: Any) -> None:
        text = HEAD + "extra: 1\n"
        with pytest.raises(serialization.PlanFileError):
            loads(text)
        assert errors(validator, as_json(text))


VALIDATOR = jsonschema.Draft202012Validator(
    plan_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(max_targets=5, max_depth=2))
def test_every_generated_plan_validates(plan: Plan) -> None:
    validator = VALIDATOR
    for variant in (plan, attrs.evolve(plan, indicators=())):
        assert errors(validator, plan_to_dict(variant)) == []
        assert errors(validator, json.loads(dumps(variant, "json"))) == []
        assert errors(validator, as_json(dumps(variant))) == []


@settings(max_examples=200, deadline=None)
@given(amounts("percent") | amounts("day", min_value=-50) | amounts(None) | amounts("dong"))
def test_every_amount_written_matches_the_pattern(amount: Amount) -> None:
    text = str(amount)
    assert VALIDATOR.is_valid({**as_json(GOOD), "targets": []})
    assert re.search(DECLARED_TYPES[Amount]["anyOf"][0]["pattern"], text)  # type: ignore[index]
    assert Amount.parse(text) == amount
