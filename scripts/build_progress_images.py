"""Draw the pictures of ``docs/progress.md`` from the page's own examples.

The page's Python blocks are run in order, in one namespace, as ``tests/test_docs.py``
runs them; the matplotlib figures they leave open are written, in the order they were
drawn, to ``docs/images/`` under the names of :data:`IMAGES`. Run
``.venv/bin/python scripts/build_progress_images.py`` from the repository root after a
change to the page's examples or to the charts (:mod:`cchc_model.outputs.progress_charts`)
and commit the images. ``tests/test_progress.py`` checks that the page draws one figure
for each image it shows and that each image is there; the bytes are not compared (they
depend on the matplotlib version).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "progress.md"
IMAGES = ROOT / "docs" / "images"
#: The figures the page draws, in order, by the name of their image.
NAMES = ("progress-trajectory.png", "progress-districts.png")
FENCE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def figures(page: Path = PAGE) -> list[Any]:
    """The figures the page's examples draw, in order (left open; the caller closes
    them)."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    import matplotlib.pyplot as plt

    before = set(plt.get_fignums())
    namespace: dict[str, Any] = {"__name__": f"docs.{page.stem}"}
    for index, block in enumerate(FENCE.findall(page.read_text(encoding="utf-8"))):
        exec(compile(block, f"{page.name}[block {index}]", "exec"), namespace)
    return [plt.figure(number) for number in sorted(set(plt.get_fignums()) - before)]


def main() -> None:
    import matplotlib.pyplot as plt

    os.chdir(ROOT)
    drawn = figures()
    if len(drawn) != len(NAMES):
        raise SystemExit(f"{PAGE.name} draws {len(drawn)} figures; NAMES has {len(NAMES)}")
    for name, figure in zip(NAMES, drawn, strict=True):
        figure.savefig(IMAGES / name, dpi=80, metadata={"Software": None})
        print(f"wrote {(IMAGES / name).relative_to(ROOT)}")
    plt.close("all")


if __name__ == "__main__":
    main()
