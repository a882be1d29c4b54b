"""The package's layers import downwards only, without circles or another package's
private names, and its public names are one table (docs/architecture.md)."""

from __future__ import annotations

import ast
import importlib
import inspect
import subprocess
import sys
import typing
from pathlib import Path

import pytest

import cchc_model as cm

SRC = Path(cm.__file__).parent

#: The layers, lowest first: a module imports from its own layer or below.
LAYERS: tuple[tuple[str, ...], ...] = (
    (
        "cchc_model._version",
        "cchc_model._moved",
        "cchc_model._gc",
        "cchc_model.exceptions",
        "cchc_model.validators",
    ),
    ("cchc_model.model",),
    ("cchc_model.rules",),
    ("cchc_model.io",),
    ("cchc_model.indices",),
    ("cchc_model.text",),
    ("cchc_model.engines.reference",),
    ("cchc_model.engines.frame", "cchc_model.engines"),
    ("cchc_model.outputs",),
    ("cchc_model.evaluation",),
    ("cchc_model.batch",),
    ("cchc_model.demo", "cchc_model.testing", "cchc_model.cli", "cchc_model.__main__"),
    ("cchc_model",),
)


def _modules() -> dict[str, Path]:
    found = {}
    for path in SRC.rglob("*.py"):
        parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def layer_of(module: str) -> int:
    """The layer of a module: that of the longest prefix listed."""
    best, found = -1, -1
    for index, names in enumerate(LAYERS):
        for name in names:
            if (module == name or module.startswith(name + ".")) and len(name) > best:
                best, found = len(name), index
    assert found >= 0, f"{module} is in no layer; add it to LAYERS"
    return found


def _imports(module: str, source: str | None = None) -> list[tuple[str, str]]:
    """(module imported, name imported) for every import in ``module`` (or in ``source``
    read as that module), nested ones too."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    text = path.read_text(encoding="utf-8") if source is None else source
    out = []
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                out.append((sub if sub in MODULES else target, alias.name))
        elif isinstance(node, ast.Import):
            out.extend((alias.name, "") for alias in node.names)
    return [(target, name) for target, name in out if target.split(".")[0] == "cchc_model"]


def _owner(module: str) -> str:
    return module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]


def _upward(module: str, source: str | None = None) -> list[str]:
    """The modules of a higher layer that ``module`` (or ``source`` as it) imports."""
    mine = layer_of(module)
    return [t for t, _ in _imports(module, source) if t in MODULES and layer_of(t) > mine]


def _circle(edges: dict[str, set[str]]) -> list[str] | None:
    """A cycle of the graph ``edges``, as a path, or None."""
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                return [*path, node, nxt]
            if nxt not in state:
                found = visit(nxt, [*path, node])
                if found:
                    return found
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state:
            found = visit(node, [])
            if found:
                return found
    return None


class TestImports:
    @pytest.mark.parametrize("module", sorted(MODULES))
    def test_a_module_imports_from_its_layer_or_below(self, module: str) -> None:
        """No module reaches up: model → rules → reading → engines → outputs → entry points."""
        upward = _upward(module)
        assert upward == [], f"{module} (layer {layer_of(module)}) imports from above: {upward}"

    def test_there_is_no_circle(self) -> None:
        """The module graph has no cycle."""
        edges = {m: {t for t, _ in _imports(m) if t in MODULES and t != m} for m in MODULES}
        found = _circle(edges)
        assert found is None, " → ".join(found or [])

    @pytest.mark.parametrize("module", sorted(MODULES))
    def test_no_private_name_crosses_a_package(self, module: str) -> None:
        """A ``_private`` name is imported only by its own package's modules."""
        found = []
        for target, name in _imports(module):
            if target not in MODULES:
                continue
            private = name.startswith("_") and not name.startswith("__")
            if private and _owner(module) != _owner(target):
                found.append(f"{name} from {target}")
        assert found == []

    def test_the_direction_check_catches_an_upward_import(self) -> None:
        """A model module importing the evaluation, or the reference engine importing the
        dataframe engine, would be reported; an import downwards would not."""
        up = "from ..evaluation import evaluate\nimport cchc_model.batch\n"
        assert _upward("cchc_model.model.targets", up) == [
            "cchc_model.evaluation",
            "cchc_model.batch",
        ]
        across = "from ..frame.run import Run\n"
        assert _upward("cchc_model.engines.reference.engine", across) == [
            "cchc_model.engines.frame.run"
        ]
        down = "from ..model.targets import Target\n"
        assert _upward("cchc_model.rules.expr", down) == []

    def test_the_circle_check_finds_a_circle(self) -> None:
        edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
        assert _circle(edges) == ["a", "b", "c", "a"]
        assert _circle({"a": {"b"}, "b": set()}) is None


def _type_checking_names() -> dict[str, str]:
    """The names the package's ``if TYPE_CHECKING`` block imports, with their module."""
    tree = ast.parse((SRC / "__init__.py").read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom)
                for alias in statement.names:
                    assert alias.asname == alias.name, f"{alias.name} is re-exported as itself"
                    found[alias.name] = "." * statement.level + (statement.module or "")
    return found


class TestPublicNames:
    def test_all_is_the_table_of_names(self) -> None:
        """``__all__`` and the table the lazy imports read are one list."""
        table = cm._WHERE
        assert cm.__all__ == sorted([*table, "__version__"])
        assert _type_checking_names() == table

    @pytest.mark.parametrize("name", [n for n in cm.__all__ if n != "__version__"])
    def test_every_name_is_the_object_of_its_module(self, name: str) -> None:
        """Each public name resolves, to the very object its module defines."""
        module = importlib.import_module(cm._WHERE[name], "cchc_model")
        assert getattr(cm, name) is getattr(module, name)

    def test_the_classes_public_functions_return_are_public(self) -> None:
        """A class a public function returns, or a public class holds, is exported too."""
        exported = {getattr(cm, n) for n in cm.__all__ if inspect.isclass(getattr(cm, n, None))}
        missing = set()
        for name in cm.__all__:
            obj = getattr(cm, name)
            if not inspect.isfunction(obj):
                continue
            hints = typing.get_type_hints(obj, localns=_checked_names(obj.__module__))
            for hint in (hints.get("return"), *hints.values()):
                for found in _classes(hint):
                    if found.__module__.startswith("cchc_model") and found not in exported:
                        missing.add(f"{name}: {found.__name__}")
        assert sorted(missing) == []

    def test_the_package_loads_no_module_used_on_first_use(self) -> None:
        """``import cchc_model`` loads only the modules it binds at once: none of those the
        table loads on first use (plan files, catalogues, progress …), nor the charts."""
        lazy = sorted({f"cchc_model{m}" for m in cm._WHERE.values() if m not in cm._EAGER})
        assert {"cchc_model.rules.progress", "cchc_model.outputs.progress"} <= set(lazy)
        watched = [*lazy, "cchc_model.outputs.progress_charts", "cchc_model.outputs.charts"]
        code = f"import sys, cchc_model; print([m for m in {watched!r} if m in sys.modules])"
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "[]"

    def test_old_module_paths_still_import(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A moved module imports from its old path, with a warning naming the new one."""
        monkeypatch.delitem(sys.modules, "cchc_model.targets", raising=False)
        with pytest.warns(DeprecationWarning, match="cchc_model.model.targets"):
            old = importlib.import_module("cchc_model.targets")
        assert old.Comparison is cm.Comparison


def _checked_names(module_name: str) -> dict[str, typing.Any]:
    """The names a module imports for type checkers only (``if TYPE_CHECKING:``, loaded on
    first use at run time), loaded, so that its annotations can be resolved."""
    module = importlib.import_module(module_name)
    found: dict[str, typing.Any] = {}
    for node in ast.walk(ast.parse(inspect.getsource(module))):
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for statement in node.body:
                if isinstance(statement, ast.ImportFrom):
                    source = "." * statement.level + (statement.module or "")
                    loaded = importlib.import_module(source, module.__package__)
                    for alias in statement.names:
                        found[alias.asname or alias.name] = getattr(loaded, alias.name)
    return found


def _classes(hint: typing.Any) -> list[type]:
    if hint is None:
        return []
    if inspect.isclass(hint):
        return [hint]
    return [c for arg in typing.get_args(hint) for c in _classes(arg)]
