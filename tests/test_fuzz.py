"""Fuzzing plan files: whatever a file holds, reading it either succeeds or raises a
PlanFileError that says what is wrong, and hostile files are refused in bounded time
and memory. Any other exception is a bug."""

from __future__ import annotations

import contextlib
import copy
import io
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_model.cli import main
from cchc_model.exceptions import PlanFileError
from cchc_model.io.serialization import (
    MAX_BYTES,
    MAX_DEPTH,
    _yaml_loader,
    dumps,
    load,
    loads,
    plan_from_dict,
    plan_to_dict,
    read_yaml,
)
from cchc_model.model.indicators import Dimension, Indicator
from cchc_model.model.plans import DocumentRef, Objective, Plan, Task
from cchc_model.model.targets import TARGET_FORMS, Scope
from cchc_model.testing.strategies import plans
from test_serialization import GOOD, HEAD

# --- strategies -------------------------------------------------------------------------

FIELD_NAMES = sorted(
    {
        field.name
        for cls in (Plan, DocumentRef, Objective, Task, Indicator, Dimension, Scope, *TARGET_FORMS)
        for field in attrs.fields(cls)
        if field.init
    }
    | {"schema_version", "form"}
)
FORMS = [cls.form for cls in TARGET_FORMS]
# Values that get past the first checks, so the fuzzer reaches deeper code.
WORDS = [
    *FORMS,
    "ratio",
    "count",
    "amount",
    "score",
    "ordinal",
    "boolean",
    "higher",
    "lower",
    "sum",
    "last",
    "mean",
    "min",
    "none",
    "self",
    "pooled",
    "each",
    "commune",
    "district",
    "province",
    "cấp xã",
    ">=",
    ">",
    "<=",
    "<",
    "=",
    "≥",
    "85 %",
    "120 %",
    "2 unit",
    "1.5 point",
    "17/20",
    "1/0",
    "5 day",
    "5 parsecs",
    "-3",
    "2021",
    "2021-Q3",
    "quý I/2021",
    "2021-02-30",
    "31/12/2021",
    "2021-12-31",
    "t1",
    "t2",
    "sat",
    "procedures",
    "Kế hoạch",
    "percent",
    "day",
    "point",
    "dong",
    "tốt",
    "khá",
    "",
]

keys = st.sampled_from(FIELD_NAMES) | st.text(max_size=6)
odd_keys = keys | st.integers(-3, 3) | st.none() | st.booleans()
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(-3, 120)
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(WORDS)
)


def json_like(key_strategy: st.SearchStrategy[Any] = keys) -> st.SearchStrategy[Any]:
    return st.recursive(
        scalars,
        lambda children: (
            st.lists(children, max_size=4) | st.dictionaries(key_strategy, children, max_size=5)
        ),
        max_leaves=25,
    )


@st.composite
def target_like(draw: st.DrawFn, depth: int = 2) -> dict[Any, Any]:
    body: dict[Any, Any] = draw(st.dictionaries(keys, json_like(), max_size=6))
    if draw(st.integers(0, 4)):
        body["form"] = draw(st.sampled_from(FORMS))
    if draw(st.booleans()):
        body["id"] = draw(st.sampled_from(["t1", "t2", "t3", "t 4"]))
    if draw(st.booleans()):
        body["indicator"] = draw(st.sampled_from(["sat", "nope"]) | indicator_like())
    if depth > 0 and draw(st.booleans()):
        body["parts"] = draw(
            st.lists(st.sampled_from(["t1", "t2", "zz"]) | target_like(depth - 1), max_size=3)
        )
    if depth > 0 and draw(st.integers(0, 4)) == 0:
        body["condition"] = draw(target_like(depth - 1))
    return body


@st.composite
def indicator_like(draw: st.DrawFn) -> dict[Any, Any]:
    body: dict[Any, Any] = draw(st.dictionaries(keys, json_like(), max_size=4))
    body.setdefault("id", draw(st.sampled_from(["sat", "x", "1 bad"])))
    body.setdefault("name", "Mức độ hài lòng")
    if draw(st.integers(0, 3)):
        body["measure"] = draw(st.sampled_from(WORDS[len(FORMS) : len(FORMS) + 7]))
    return body


@st.composite
def documents(draw: st.DrawFn) -> Any:
    """Documents of every shape: mostly plan-like mappings, sometimes anything at all."""
    if draw(st.integers(0, 9)) == 0:
        return draw(json_like(odd_keys))
    body: dict[Any, Any] = {"schema_version": 1, "id": "demo", "title": "t", "issuer": "38"}
    body["period"] = draw(st.sampled_from(["2021", 2021, "2021-Q5"]) | scalars)
    body.update(draw(st.dictionaries(odd_keys, json_like(), max_size=4)))
    if draw(st.booleans()):
        body["indicators"] = draw(st.lists(indicator_like(), max_size=3))
    if draw(st.integers(0, 4)):
        body["targets"] = draw(st.lists(target_like(), max_size=4))
    if draw(st.integers(0, 9)) == 0:
        body.pop("schema_version")
    return body


def check_error(error: PlanFileError) -> None:
    assert error.problems
    for problem in error.problems:
        assert isinstance(problem.path, str)
        assert isinstance(problem.code, str)
        assert isinstance(problem.message, str)
        assert problem.message.strip()
        str(problem)


def read(data: Any) -> Plan | None:
    """Read plain data; only a plan or a PlanFileError may come out."""
    try:
        plan = plan_from_dict(data)
    except PlanFileError as error:
        check_error(error)
        return None
    # What reads also writes and reads back the same.
    assert loads(dumps(plan)) == plan
    assert plan_from_dict(plan_to_dict(plan)) == plan
    return plan


FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


# --- arbitrary documents ----------------------------------------------------------------


@FUZZ
@given(documents())
def test_arbitrary_documents(data: Any) -> None:
    read(data)


@settings(FUZZ, max_examples=100)
@given(st.text(max_size=200))
def test_arbitrary_text(text: str) -> None:
    for fmt in ("yaml", "json"):
        try:
            loads(text, fmt)  # type: ignore[arg-type]
        except PlanFileError as error:
            check_error(error)


@settings(FUZZ, max_examples=60)
@given(documents(), st.sampled_from(["yaml", "json"]))
def test_validate_command_on_arbitrary_files(
    tmp_path_factory: pytest.TempPathFactory, data: Any, fmt: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"plan.{fmt}"
    if fmt == "json":
        text = json.dumps(data, ensure_ascii=False, default=str)
    else:
        text = yaml.safe_dump(data, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["validate", str(path)])
    lines = out.getvalue().splitlines()
    assert status in (0, 1)
    if status == 0:
        assert len(lines) == 1
        assert lines[0].startswith(f"ok {path}: ")
    else:
        assert lines
        assert all(line.startswith(f"{path}: ") for line in lines)


# --- mutations of valid plans -----------------------------------------------------------


def _slots(node: Any) -> list[tuple[Any, Any]]:
    """Every (container, key or index) in a document."""
    found: list[tuple[Any, Any]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((node, key))
            found.extend(_slots(value))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.append((node, index))
            found.extend(_slots(value))
    return found


@st.composite
def mutated(draw: st.DrawFn) -> Any:
    """The plain data of a valid plan with one to three things changed."""
    data = copy.deepcopy(plan_to_dict(draw(plans())))
    for _ in range(draw(st.integers(1, 3))):
        slots = _slots(data)
        if not slots:
            break
        container, key = draw(st.sampled_from(slots))
        action = draw(st.sampled_from(["delete", "replace", "rename", "insert"]))
        if action == "delete":
            del container[key]
        elif action == "replace":
            container[key] = draw(scalars | json_like())
        elif action == "rename" and isinstance(container, dict):
            container[draw(odd_keys)] = container.pop(key)
        elif isinstance(container, dict):
            container[draw(odd_keys)] = draw(json_like())
        else:
            container.insert(key, draw(json_like()))
    return data


@settings(FUZZ, max_examples=100)
@given(mutated())
def test_mutated_plans(data: Any) -> None:
    read(data)


@settings(FUZZ, max_examples=30)
@given(mutated())
def test_mutated_plans_through_yaml_and_json(data: Any) -> None:
    for text, fmt in (
        (yaml.safe_dump(data, allow_unicode=True), "yaml"),
        (json.dumps(data, default=str), "json"),
    ):
        try:
            loads(text, fmt)  # type: ignore[arg-type]
        except PlanFileError as error:
            check_error(error)


# --- hostile files ----------------------------------------------------------------------


def refused(text: str, fmt: str = "yaml") -> tuple[str, str]:
    """(code, message) of the one problem a hostile document is refused with."""
    with pytest.raises(PlanFileError) as excinfo:
        loads(text, fmt)  # type: ignore[arg-type]
    (problem,) = excinfo.value.problems
    return problem.code, problem.message


DEEP = 10_000
BILLION_LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n"
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)
FIELD = "  - {id: t, form: comparison, indicator: sat, op: '>=', threshold: %s}\n"
RATIO_PLAN = HEAD + "indicators:\n  - {id: sat, name: x, measure: ratio}\ntargets:\n"


class TestHostile:
    @pytest.mark.parametrize(
        ("text", "fmt"),
        [
            ("[" * DEEP + "]" * DEEP, "json"),
            ('{"a": ' * DEEP + "1" + "}" * DEEP, "json"),
            ("[" * DEEP + "]" * DEEP, "yaml"),
            ("{a: " * DEEP + "1" + "}" * DEEP, "yaml"),
            (HEAD + "targets: " + "[" * DEEP + "]" * DEEP, "yaml"),
            ("a: &a [*a]\n", "yaml"),
        ],
        ids=["json-lists", "json-objects", "yaml-lists", "yaml-maps", "in-a-field", "recursive"],
    )
    def test_deep_nesting(self, text: str, fmt: str) -> None:
        code, message = refused(text, fmt)
        assert code == "too-deep"
        assert f"{MAX_DEPTH} levels" in message

    def test_billion_laughs(self) -> None:
        code, message = refused(BILLION_LAUGHS)
        assert code == "too-large"
        assert "more than 200000 values" in message

    def test_too_many_aliases(self) -> None:
        text = "a: &a x\nb: [" + ", ".join(["*a"] * 2000) + "]\n"
        assert refused(text) == (
            "too-many-aliases",
            "the document uses more than 1000 aliases; expected a plain plan",
        )

    def test_a_6_mb_file(self, tmp_path: Path) -> None:
        text = HEAD + "source: " + "x" * (6 * 1024 * 1024) + "\n"
        code, message = refused(text)
        assert code == "too-large"
        assert f"larger than {MAX_BYTES} bytes" in message
        path = tmp_path / "big.yaml"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(PlanFileError) as excinfo:
            load(path)
        assert excinfo.value.problems[0].code == "too-large"
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["validate", str(path)]) == 1
        assert out.getvalue().startswith(f"{path}: the file is larger than")

    @pytest.mark.parametrize(
        ("text", "fmt"),
        [
            (HEAD.replace('issuer: "38"', "issuer: " + "1" * 10**6), "yaml"),
            ('{"schema_version": 1, "id": ' + "1" * 10**6 + "}", "json"),
        ],
        ids=["yaml", "json"],
    )
    def test_a_million_digit_integer(self, text: str, fmt: str) -> None:
        code, message = refused(text, fmt)
        assert code == "syntax"
        assert "a number has more than 4300 digits" in message

    @pytest.mark.parametrize(
        ("text", "fmt", "needle"),
        [
            (RATIO_PLAN + FIELD % "1.0e+999999999", "yaml", "inf is not finite"),
            (RATIO_PLAN + FIELD % "'1e999999999 %'", "yaml", "out of range"),
            (RATIO_PLAN + FIELD % "1e999999999", "yaml", "out of range"),
            ('{"schema_version": 1e999999999}', "json", "inf is not a schema version"),
            (
                json.dumps({k: v for k, v in yaml.safe_load(RATIO_PLAN).items() if k != "targets"})[
                    :-1
                ]
                + ', "targets": [{"id": "t", "form": "comparison", "indicator": "sat", '
                '"op": ">=", "threshold": 1e999999999}]}',
                "json",
                "inf is not finite",
            ),
        ],
        ids=["yaml-float", "text", "yaml-1.1-text", "json-version", "json-threshold"],
    )
    def test_an_enormous_number(self, text: str, fmt: str, needle: str) -> None:
        code, message = refused(text, fmt)
        assert needle in message, (code, message)

    @pytest.mark.parametrize("field", ["title", "source", "period", "issuer"])
    def test_a_1_mb_string(self, field: str) -> None:
        text = yaml.safe_dump({**yaml.safe_load(HEAD), field: "x" * 1_000_000})
        code, message = refused(text)
        assert code == "too-long"
        assert "1000000 characters long; expected at most 100000 characters" in message

    @pytest.mark.parametrize(
        "document",
        [
            RATIO_PLAN + FIELD % ("'1" + " " * 50_000 + "+'"),
            HEAD
            + "indicators:\n  - {id: sat, name: x, measure: amount, unit: '"
            + "a" * 50_000
            + "'}\n",
        ],
        ids=["amount", "unit"],
    )
    def test_a_long_amount_or_unit(self, document: str) -> None:
        # Both parsers take quadratic time on such text; the reader refuses it first.
        code, message = refused(document)
        assert code == "too-long"
        assert "50002 characters long" in message or "50000 characters long" in message

    def test_the_good_plan_is_still_good(self) -> None:
        assert loads(GOOD).id == "demo"


EXAMPLE_PLANS = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.yaml"))


class TestFastYamlReader:
    """Documents are read by libyaml where it is installed: the data must be what
    PyYAML's own reader gives under the same rules (dates and ``1:25`` kept as text,
    duplicate keys refused)."""

    def test_there_are_examples_to_read(self) -> None:
        assert len(EXAMPLE_PLANS) >= 5

    @pytest.mark.parametrize("path", EXAMPLE_PLANS, ids=lambda p: p.name)
    def test_examples_read_alike(self, path: Path) -> None:
        text = path.read_text(encoding="utf-8")
        assert read_yaml(text) == yaml.load(text, Loader=_yaml_loader(pure=True))

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(plans())
    def test_generated_plans_read_alike(self, plan: Plan) -> None:
        text = dumps(plan)
        assert read_yaml(text) == yaml.load(text, Loader=_yaml_loader(pure=True))

    @pytest.mark.parametrize(
        "text",
        ["a: [1, 2\n", "a: b: c\n", "- a\nb: c\n", "a: 'x\n", "\t- a\n"],
        ids=["open-list", "nested-colon", "mixed", "open-quote", "tab"],
    )
    def test_errors_keep_the_pure_readers_wording(self, text: str) -> None:
        with pytest.raises(yaml.YAMLError) as pure:
            yaml.load(text, Loader=yaml.SafeLoader)
        with pytest.raises(PlanFileError) as ours:
            loads(text)
        assert str(getattr(pure.value, "problem", "")) in ours.value.problems[0].message
