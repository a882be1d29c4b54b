"""Build the plan-file reference page and the published JSON Schema from the model.

Both files are generated from :func:`cchc_model.io.schema.plan_schema`, so the docs can
never describe a field the loader does not read:

* ``docs/plan-file-reference.md`` — for each definition (Plan, DocumentRef, Objective,
  Task, Indicator, Dimension, each target form, Scope, …): its description and a
  table of its fields (name, type in words, required or default, description,
  allowed values);
* ``docs/plan.schema.json`` — the schema itself, as ``cchc schema`` prints it,
  published on the documentation site;
* ``docs/result.schema.json`` — the schema of result documents
  (:func:`cchc_model.outputs.result_schema.result_schema`), what ``cchc evaluate
  --format json`` writes.

The output is deterministic: the same model gives the same bytes.
``tests/test_schema_docs.py`` fails when the committed files differ from a fresh build.

Usage::

    .venv/bin/python scripts/build_schema_docs.py          # write both files
    .venv/bin/python scripts/build_schema_docs.py --check  # exit 1 if either is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from cchc_model.io.schema import DECLARED_TYPES, plan_schema, schema_json
from cchc_model.model.jurisdictions import Level
from cchc_model.model.periods import Period
from cchc_model.model.targets import Op
from cchc_model.model.units import Amount
from cchc_model.outputs.result_schema import result_schema_json

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGE = "plan-file-reference.md"
SCHEMA = "plan.schema.json"
RESULT_SCHEMA = "result.schema.json"
COMMAND = ".venv/bin/python scripts/build_schema_docs.py"

Schema = dict[str, Any]

#: Types the schema writes in a declared way, by the word the tables use for them.
NAMED_TYPES: dict[str, Any] = {
    "date": date,
    "period": Period,
    "amount": Amount,
    "operator": Op,
    "level": Level,
    "breakdown": tuple[tuple[str, str], ...],
}

#: Definitions in reading order; any other definition follows, sorted by name.
READING_ORDER = ("Plan", "DocumentRef", "Objective", "Task", "Indicator", "Dimension", "Target")
#: The union whose members are the target forms.
UNION = "Target"


# --- types in words ---------------------------------------------------------------


def _bare(schema: Schema) -> Schema:
    """A schema without the keywords that do not change what it accepts."""
    return {k: v for k, v in schema.items() if k not in ("description", "default", "title")}


def _named(schema: Schema) -> str | None:
    bare = _bare(schema)
    for word, kind in NAMED_TYPES.items():
        declared = DECLARED_TYPES.get(kind)
        if isinstance(declared, dict) and _bare(declared) == bare:
            return word
    return None


class _Words:
    """Writes the type of a schema in words, given the definitions it may refer to."""

    def __init__(self, schema: Schema) -> None:
        self.id_pattern = schema["$defs"]["Plan"]["properties"]["id"].get("pattern")

    def type(self, schema: Schema) -> str:
        named = _named(schema)
        if named is not None:
            return named
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            return f"[{name}](#{_slug(name)})"
        if "const" in schema:
            return self._scalar(schema["const"])
        if "enum" in schema:
            kinds = dict.fromkeys(self._scalar(value) for value in schema["enum"])
            return " or ".join(kinds)
        options = schema.get("anyOf") or schema.get("oneOf")
        if options:
            words = [
                _code(option["const"]) if "const" in option else self.type(option)
                for option in options
                if option.get("type") != "null"
            ]
            if any(option.get("type") == "null" for option in options):
                words.append("null")
            return " or ".join(dict.fromkeys(words))
        kind = schema.get("type")
        if kind == "string":
            return self._string(schema)
        if kind == "integer":
            low, high = schema.get("minimum"), schema.get("maximum")
            return f"integer {low}–{high}" if low is not None and high is not None else "integer"
        if kind == "number":
            return "number"
        if kind == "boolean":
            return "true or false"
        if kind == "null":
            return "null"
        if kind == "array":
            items = schema.get("items", {})
            each = self.type(items)
            several = len(items.get("anyOf") or items.get("oneOf") or ()) > 1
            words = f"list, each {each}" if several else f"list of {each}"
            if schema.get("minItems"):
                words += f" (at least {schema['minItems']})"
            return words
        if kind == "object":
            values = schema.get("additionalProperties")
            if isinstance(values, dict):
                return f"mapping of text to {self.type(values)}"
            return "mapping"
        return "any value"

    def _string(self, schema: Schema) -> str:
        pattern = schema.get("pattern")
        if schema.get("format") == "date":
            return "date"
        if pattern is not None and pattern == self.id_pattern:
            return "id"
        if pattern == r"\S":
            return "text, not blank"
        if pattern is not None:
            return f"text matching `{pattern}`"
        return "text"

    @staticmethod
    def _scalar(value: Any) -> str:
        if isinstance(value, bool):
            return "true or false"
        if isinstance(value, int):
            return "integer"
        if isinstance(value, float):
            return "number"
        return "text"


def _allowed(schema: Schema) -> list[Any]:
    """The values a schema allows when it takes one of a fixed list, else nothing.

    Looks through lists and through unions whose options are all fixed (``null`` aside).
    """
    if "const" in schema:
        return [schema["const"]]
    if "enum" in schema:
        return list(schema["enum"])
    if isinstance(schema.get("items"), dict):
        return _allowed(schema["items"])
    options = [*schema.get("anyOf", ()), *schema.get("oneOf", ())]
    options = [option for option in options if option.get("type") != "null"]
    found: list[Any] = []
    for option in options:
        values = _allowed(option)
        if not values:
            return []
        found.extend(values)
    return found


def _code(value: Any) -> str:
    """A value as code; text as it is written in YAML, other values as JSON."""
    plain = isinstance(value, str) and value.strip() == value and value
    text = value if plain else json.dumps(value, ensure_ascii=False)
    return f"`{text}`"


def _cell(text: str) -> str:
    """Text for one table cell: one line, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|") or "—"


def _slug(name: str) -> str:
    """The anchor MkDocs gives a heading that is a definition name."""
    return name.lower()


# --- the page -----------------------------------------------------------------------


class _Page:
    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self.defs: dict[str, Schema] = schema["$defs"]
        self.words = _Words(schema)
        union = self.defs.get(UNION, {})
        self.forms = [ref["$ref"].rsplit("/", 1)[-1] for ref in union.get("oneOf", ())]
        self.common = self._shared(self.forms, exclude={"form"})
        on_indicator = [f for f in self.forms if "indicator" in self.defs[f]["properties"]]
        self.on_indicator = [
            name for name in self._shared(on_indicator, exclude={"form"}) if name not in self.common
        ]
        self.on_indicator_forms = on_indicator

    def _shared(self, names: Sequence[str], exclude: set[str]) -> list[str]:
        """Fields every one of ``names`` has, with the same schema and requiredness."""
        if not names:
            return []
        first = self.defs[names[0]]
        shared = []
        for field, schema in first["properties"].items():
            if field in exclude:
                continue
            required = field in first.get("required", ())
            if all(
                self.defs[other]["properties"].get(field) == schema
                and (field in self.defs[other].get("required", ())) == required
                for other in names[1:]
            ):
                shared.append(field)
        return shared

    def order(self) -> list[str]:
        preferred = [*READING_ORDER, *self.forms, "Scope"]
        first = [name for name in dict.fromkeys(preferred) if name in self.defs]
        return first + sorted(name for name in self.defs if name not in first)

    def render(self) -> str:
        out: list[str] = []
        schema = self.schema
        root = schema.get("$ref", "").rsplit("/", 1)[-1]
        out += [
            "<!-- Generated by scripts/build_schema_docs.py from "
            "cchc_model.io.schema.plan_schema(); do not edit by hand. -->",
            "",
            "# Plan-file reference",
            "",
            schema.get("description", ""),
            "",
            f"A plan file is one [{root}](#{_slug(root)}) object, written in YAML or JSON. "
            "This page is generated from the file format's JSON Schema, which is itself "
            "generated from the model, so every field listed here is one the loader reads. "
            f"The schema is published as [{SCHEMA}]({SCHEMA}) (`cchc schema` prints the same); "
            "[Plan files](plan-files.md) shows a complete file.",
            "",
            f"- Schema identifier: `{schema.get('$id', '')}`",
            f"- JSON Schema dialect: `{schema.get('$schema', '')}`",
            "",
            "## How to read the tables",
            "",
            "- **Required / default**: *required* fields must be given; a field with a "
            "default may be left out and then takes that value; an *optional* field without "
            "a stated default may be left out and its value follows from other fields, as its "
            "description says.",
            "- **Allowed values** lists the values of a field that takes one of a fixed list.",
            "- No other fields are allowed: a misspelt field name is an error, not ignored.",
            "- Types in words: *text* is a string; *id* is text matching "
            f"`{self.words.id_pattern}` (e.g. `bac-kan-2023`); *list of X* is a YAML "
            "sequence or JSON array; a linked name is an object described on this page. "
            "The other names:",
            "",
            "| Type | What it is |",
            "| --- | --- |",
        ]
        for word, kind in NAMED_TYPES.items():
            declared = DECLARED_TYPES.get(kind)
            if isinstance(declared, dict):
                what = declared.get("description", "")
                values = declared.get("enum")
                if values:
                    what += " One of " + ", ".join(_code(v) for v in values) + "."
                out.append(f"| {word} | {_cell(what)} |")
        out += ["", "## Contents", ""]
        for name in self.order():
            summary = self.defs[name].get("description", "")
            out.append(f"- [{name}](#{_slug(name)}) — {summary}".rstrip(" —"))
        for name in self.order():
            out += ["", *self._definition(name)]
        return "\n".join(out).rstrip("\n") + "\n"

    def _definition(self, name: str) -> list[str]:
        definition = self.defs[name]
        out = [f"## {name}", ""]
        if definition.get("description"):
            out += [definition["description"], ""]
        if name == UNION:
            return out + self._union()
        if name in self.forms:
            props = ["form"] + [
                field
                for field in definition["properties"]
                if field not in self.common and field not in self.on_indicator and field != "form"
            ]
            out += self._table(definition, props)
            also = ["[fields every target has](#fields-every-target-has)"]
            if name in self.on_indicator_forms and self.on_indicator:
                also.append(
                    "[the fields of a target on one indicator]"
                    "(#fields-of-a-target-on-one-indicator)"
                )
            out += ["", f"It also has the {' and '.join(also)}."]
            return out
        out += self._table(definition, list(definition.get("properties", {})))
        if definition.get("additionalProperties") is not False:
            out += ["", "Other fields are allowed."]
        return out

    def _union(self) -> list[str]:
        out = ["The forms, and the value of `form` that selects each:", ""]
        for form in self.forms:
            const = self.defs[form]["properties"].get("form", {}).get("const", form)
            summary = self.defs[form].get("description", "")
            out.append(f"- `form: {const}` — [{form}](#{_slug(form)}): {summary}".rstrip(": "))
        first = self.defs[self.forms[0]] if self.forms else {"properties": {}}
        out += ["", "### Fields every target has", ""]
        out += self._table(first, self.common)
        if self.on_indicator:
            listed = ", ".join(f"[{f}](#{_slug(f)})" for f in self.on_indicator_forms)
            out += [
                "",
                "### Fields of a target on one indicator",
                "",
                f"{listed} measure one indicator and also have:",
                "",
            ]
            out += self._table(self.defs[self.on_indicator_forms[0]], self.on_indicator)
        return out

    def _table(self, definition: Schema, fields: Iterable[str]) -> list[str]:
        props = definition.get("properties", {})
        required = set(definition.get("required", ()))
        rows = [
            "| Field | Type | Required / default | Description | Allowed values |",
            "| --- | --- | --- | --- | --- |",
        ]
        for field in fields:
            schema = props[field]
            if field in required:
                need = "required"
            elif "default" in schema:
                need = f"default {_code(schema['default'])}"
            else:
                need = "optional"
            allowed = ", ".join(_code(v) for v in dict.fromkeys(_allowed(schema)))
            rows.append(
                f"| `{field}` | {_cell(self.words.type(schema))} | {need} | "
                f"{_cell(schema.get('description', ''))} | {_cell(allowed)} |"
            )
        return rows


def render(schema: Schema) -> str:
    """The reference page for a plan-file schema, as Markdown."""
    return _Page(schema).render()


def build() -> dict[str, str]:
    """Every generated file, by its name under ``docs/``."""
    return {
        PAGE: render(plan_schema()),
        SCHEMA: schema_json(),
        RESULT_SCHEMA: result_schema_json(),
    }


def stale(docs: Path = DOCS) -> list[str]:
    """The generated files under ``docs`` that differ from a fresh build."""
    out = []
    for name, text in build().items():
        path = docs / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            out.append(name)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a file is stale"
    )
    args = parser.parse_args(argv)
    if args.check:
        names = stale()
        for name in names:
            print(f"docs/{name} is stale; run {COMMAND}", file=sys.stderr)
        return 1 if names else 0
    for name, text in build().items():
        with open(DOCS / name, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        print(f"wrote docs/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
