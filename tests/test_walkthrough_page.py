"""``docs/walkthrough.md`` is ``examples/walkthrough.py`` as executed now.

The page is written by ``scripts/build_walkthrough_page.py``; the test fails when the
walkthrough, or what the library prints or shows for it, changed without the page.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIX = "run `.venv/bin/python scripts/build_walkthrough_page.py` and commit the result"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    """The build script, imported from its file (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "build_walkthrough_page", ROOT / "scripts" / "build_walkthrough_page.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(script: ModuleType) -> str:
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.chdir(ROOT)
    try:
        return str(script.build())
    finally:
        monkeypatch.undo()


def test_the_page_is_current(script: ModuleType, built: str) -> None:
    page = (ROOT / "docs" / "walkthrough.md").read_text(encoding="utf-8")
    assert script.without_images(page) == script.without_images(built), FIX


def test_every_code_cell_and_its_displays(script: ModuleType, built: str) -> None:
    source = (ROOT / "examples" / "walkthrough.py").read_text(encoding="utf-8")
    code = [text for kind, text in script.cells(source) if kind == "code"]
    assert all(f"```python\n{text}\n```" in built for text in code)
    # the plan, the evaluation, a result and a drill-down end their cells
    assert built.count('<div class="cchc-output">') == 4
    assert "Issued by Tỉnh Bắc Kạn (06)" in built
    assert ">NOT MET</span>" in built


def test_charts_are_shown_inline(built: str) -> None:
    pytest.importorskip("matplotlib")
    # the targets, one indicator at every tier, a trajectory and one panel per district
    assert built.count('src="data:image/png;base64,') == 4


def test_progress_is_read_before_the_horizon(built: str) -> None:
    """The five-year target read in 2023: the statuses beside NOT MET, then the
    districts worst first."""
    assert "bac-kan-2021-2025 06 read at 2023 (growth):" in built
    statuses = built.split("for found in report.off_track", 1)[1]
    lines = statuses.split("```text\n", 1)[1].split("```", 1)[0].splitlines()
    order = ["deterioration", "limited", "moderate", "on", "target"]
    listed = [next(word for word in line.split() if word in order) for line in lines]
    assert len(listed) == 8  # Bắc Kạn's districts in 2023
    assert [order.index(word) for word in listed] == sorted(order.index(word) for word in listed)


def test_a_cell_that_ends_with_a_value(script: ModuleType) -> None:
    printed, shown, images = script.run_cell("x = 2\nprint('one')\nx + 1", {})
    assert (printed, shown, images) == ("one\n3\n", None, [])

    class Shown:
        def _repr_html_(self) -> str:
            return "<b>shown</b>"

    printed, shown, _ = script.run_cell("thing", {"thing": Shown()})
    assert (printed, shown) == ("", "<b>shown</b>")


def test_figures_drawn_before_a_cell_are_not_its_own(script: ModuleType) -> None:
    """A figure another piece of code left open is not shown under a cell (the tests
    that ran before, in one process)."""
    plt = pytest.importorskip("matplotlib.pyplot")
    earlier = plt.figure()
    try:
        assert script.run_cell("x = 1", {})[2] == []
        assert len(script.run_cell("import matplotlib.pyplot as plt\nplt.figure()", {})[2]) == 1
        assert plt.fignum_exists(earlier.number)
    finally:
        plt.close("all")
