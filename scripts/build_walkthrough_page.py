"""Write ``docs/walkthrough.md``: ``examples/walkthrough.py`` executed cell by cell, as a
notebook would run it, with each cell's printed output, the rich display of the object a
cell ends with (a plan, a result, an evaluation: their ``_repr_html_``) and the charts
it draws.

Run with ``.venv/bin/python scripts/build_walkthrough_page.py`` from the repository
root and commit the result; ``tests/test_walkthrough_page.py`` fails when the page is
stale. Charts are embedded as PNG data; the test compares the page without them (their
bytes depend on the matplotlib version).
"""

from __future__ import annotations

import ast
import base64
import contextlib
import io
import os
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "examples" / "walkthrough.py"
PAGE = ROOT / "docs" / "walkthrough.md"
HEADER = (
    "<!-- Written by scripts/build_walkthrough_page.py from examples/walkthrough.py; "
    "do not edit by hand. -->\n\n"
)
IMAGE = re.compile(r"data:image/png;base64,[A-Za-z0-9+/=]+")


def cells(source: str) -> list[tuple[str, str]]:
    """The script's cells as ("markdown" | "code", text), in order."""
    found: list[tuple[str, str]] = []
    for chunk in re.split(r"^# %%", source, flags=re.MULTILINE)[1:]:
        head, _, body = chunk.partition("\n")
        if "[markdown]" in head:
            lines = [line[2:] if line.startswith("# ") else "" for line in body.splitlines()]
            found.append(("markdown", "\n".join(lines).strip()))
        else:
            found.append(("code", body.strip()))
    return found


def _open_figures() -> set[int]:
    """The numbers of the matplotlib figures open now (none without matplotlib)."""
    try:
        import matplotlib.pyplot as plt
    except ImportError:  # pragma: no cover - the charts extra is missing
        return set()
    return set(plt.get_fignums())


def _figures(before: set[int]) -> list[str]:
    """The matplotlib figures a cell drew (open now, not in ``before``), as PNG data,
    closed afterwards."""
    try:
        import matplotlib.pyplot as plt
    except ImportError:  # pragma: no cover - the charts extra is missing
        return []
    images = []
    for number in sorted(set(plt.get_fignums()) - before):
        buffer = io.BytesIO()
        plt.figure(number).savefig(buffer, format="png", dpi=80, metadata={"Software": None})
        images.append(base64.b64encode(buffer.getvalue()).decode("ascii"))
        plt.close(number)
    return images


def run_cell(code: str, namespace: dict[str, Any]) -> tuple[str, str | None, list[str]]:
    """Run one cell: what it printed, the HTML of the object it ends with (if that
    object has a ``_repr_html_``), and the charts it drew."""
    before = _open_figures()
    tree = ast.parse(code)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    printed = io.StringIO()
    shown = None
    with contextlib.redirect_stdout(printed):
        exec(compile(tree, str(SCRIPT), "exec"), namespace)
        if last is not None:
            value = eval(compile(ast.Expression(last.value), str(SCRIPT), "eval"), namespace)
            html = getattr(value, "_repr_html_", None)
            if callable(html):
                shown = html()
            elif value is not None:
                print(repr(value))
    return printed.getvalue(), shown, _figures(before)


def build() -> str:
    """The page's text."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    namespace: dict[str, Any] = {"__name__": "walkthrough"}  # not "__main__": no files
    out = [HEADER]
    title_done = False
    for kind, text in cells(SCRIPT.read_text(encoding="utf-8")):
        if kind == "markdown":
            out.append(text + "\n\n")
            if not title_done:
                out.append(
                    "This page is `examples/walkthrough.py` run as a notebook runs it: each "
                    "cell, then what it printed and what it shows.\n\n"
                )
                title_done = True
            continue
        printed, shown, images = run_cell(text, namespace)
        out.append(f"```python\n{text}\n```\n\n")
        if printed:
            out.append(f"```text\n{printed.rstrip()}\n```\n\n")
        if shown is not None:
            out.append(f'<div class="cchc-output">{shown}</div>\n\n')
        for image in images:
            out.append(f'<img alt="a chart the cell drew" src="data:image/png;base64,{image}">\n\n')
    return "".join(out).rstrip() + "\n"


def without_images(text: str) -> str:
    """The page with its embedded charts replaced by a placeholder."""
    return IMAGE.sub("data:image/png;base64,…", text)


def main() -> None:
    os.chdir(ROOT)
    PAGE.write_text(build(), encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
