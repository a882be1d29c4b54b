"""The generated plan-file reference and published schema match the model.

``docs/plan-file-reference.md`` and ``docs/plan.schema.json`` are written by
``scripts/build_schema_docs.py`` from ``cchc_model.io.schema.plan_schema()`` and
committed; these tests fail when a change to the model leaves them stale.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from cchc_model.io.schema import plan_schema

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_schema_docs.py"
FIX = "run `.venv/bin/python scripts/build_schema_docs.py` and commit the result"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    """The build script, imported from its file (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("build_schema_docs", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(script: ModuleType) -> dict[str, str]:
    return script.build()


class TestGeneratedFiles:
    @pytest.mark.parametrize("name", ["plan-file-reference.md", "plan.schema.json"])
    def test_committed_file_is_fresh(self, built: dict[str, str], name: str) -> None:
        """The committed file is byte for byte what the script builds now."""
        path = ROOT / "docs" / name
        assert path.exists(), f"docs/{name} is missing; {FIX}"
        committed = path.read_text(encoding="utf-8")
        assert committed == built[name], f"docs/{name} is stale; {FIX}"

    def test_the_build_is_deterministic(self, script: ModuleType, built: dict[str, str]) -> None:
        """Two builds give the same bytes."""
        assert script.build() == built

    def test_check_mode_agrees(self, script: ModuleType) -> None:
        """`--check` exits 0 on the committed files and writes nothing."""
        assert script.stale() == []
        assert script.main(["--check"]) == 0

    def test_check_mode_reports_a_stale_file(
        self, script: ModuleType, built: dict[str, str], tmp_path: Path
    ) -> None:
        """A file that differs from the build is named as stale."""
        for name, text in built.items():
            (tmp_path / name).write_text(text, encoding="utf-8")
        (tmp_path / "plan.schema.json").write_text("{}\n", encoding="utf-8")
        assert script.stale(tmp_path) == ["plan.schema.json"]


class TestReferencePage:
    def test_the_published_schema_is_the_model_schema(self, built: dict[str, str]) -> None:
        assert json.loads(built["plan.schema.json"]) == plan_schema()

    def test_every_definition_has_a_section(self, built: dict[str, str]) -> None:
        page = built["plan-file-reference.md"]
        for name in plan_schema()["$defs"]:
            assert f"\n## {name}\n" in page, name

    def test_every_field_is_listed(self, built: dict[str, str]) -> None:
        """Each field of each definition appears in some table row."""
        page = built["plan-file-reference.md"]
        for name, definition in plan_schema()["$defs"].items():
            for field in definition.get("properties", {}):
                assert f"| `{field}` |" in page, f"{name}.{field}"

    def test_enumerated_values_are_shown(self, built: dict[str, str]) -> None:
        page = built["plan-file-reference.md"]
        assert "`ratio`, `count`, `amount`, `score`, `ordinal`, `boolean`" in page
        assert "| `form` | text | required | — | `comparison` |" in page
