"""Build the documentation site, serve it, and screenshot its pages in headless Chromium.

Run ``.venv/bin/python scripts/screenshot_docs.py`` after a change that alters how the
site looks; it writes ``docs/images/*.png`` (the pictures the docs show of themselves).
It needs the ``docs`` and ``site`` extras and a Chromium: Debian's ``chromium`` package
(found on the ``PATH``, or named by ``CCHC_CHROMIUM``) or one that Playwright installed.

``tests/test_site.py`` uses the same helpers (:func:`build`, :func:`serve`,
:func:`launch`) to check the site in the browser.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"

#: The pages shown, by image name: their path in the site, and what to wait for.
PAGES = {
    "home": "",
    "plan-file-reference": "plan-file-reference/",
    "phrases": "phrases/",
    "reference": "reference/#cchc_model.model.jurisdictions",
}
#: The notebook displays shown, by image name: what a notebook shows for a plan, an
#: evaluation and a result of the walkthrough.
DISPLAYS = ("notebook-plan", "notebook-evaluation", "notebook-result")
#: A page as a notebook shows an output cell: the display on a plain white page.
NOTEBOOK = (
    '<html><head><meta charset="utf-8"></head><body style="font-family: sans-serif; '
    'font-size: 13px; margin: 16px">{}</body></html>'
)


def displays() -> list[str]:
    """The HTML a notebook shows for the walkthrough's plan, its evaluation and one
    result (``_repr_html_``), in the order of :data:`DISPLAYS`."""
    import cchc_model as cm

    plan = cm.load(ROOT / "examples" / "003-bac-kan-2023.yaml")
    data = ROOT / "examples" / "data" / "bac-kan-2023.csv"
    evaluation = cm.evaluate(plan, cm.ObservationSet.from_csv(data, plan.indicators))
    result = evaluation.result("dossiers-paid-online")
    return [plan._repr_html_(), evaluation._repr_html_(), result._repr_html_()]


#: The query the search screenshot types: a Vietnamese phrase without its diacritics.
SEARCH = "phan dau"
VIEWPORT = {"width": 1280, "height": 800}


def build(site_dir: Path) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of the repository's docs into ``site_dir``."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serve(site_dir: Path) -> Iterator[str]:
    """Serve ``site_dir`` on a free port of 127.0.0.1; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def chromium() -> str | None:
    """The Chromium executable to drive: ``CCHC_CHROMIUM``, or one on the ``PATH``, or
    None for the one Playwright installed itself."""
    named = os.environ.get("CCHC_CHROMIUM")
    if named:
        return named
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def launch(playwright: Any) -> Any:
    """A headless Chromium browser started through Playwright."""
    return playwright.chromium.launch(executable_path=chromium(), headless=True)


def open_search(page: Any, base: str) -> None:
    """Open the site at ``base`` and its search box, once the search index is ready."""
    page.goto(base)
    page.locator("input.md-search__input").click()
    page.wait_for_function(  # the worker has built the index ("Initializing search" gone)
        "() => { const meta = document.querySelector('.md-search-result__meta');"
        " return meta && meta.innerText.trim() && !/initializing/i.test(meta.innerText); }",
        timeout=30_000,
    )


def search(page: Any, base: str, query: str) -> list[str]:
    """The result links the site's search shows for ``query``, best first."""
    open_search(page, base)
    page.locator("input.md-search__input").press_sequentially(query)  # typed, key by key
    results = page.locator(".md-search-result__list > li a")
    results.first.wait_for(timeout=10_000)
    return [str(href) for href in results.evaluate_all("(links) => links.map(a => a.href)")]


def screenshots(base: str, out: Path) -> list[Path]:
    """Screenshot each page of :data:`PAGES`, the notebook displays of the walkthrough
    (:data:`DISPLAYS`) and a search for :data:`SEARCH` into ``out``."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport=VIEWPORT, device_scale_factor=1)
        for name, path in PAGES.items():
            page.goto(base + path)
            page.wait_for_load_state("networkidle")
            target = out / f"{name}.png"
            page.screenshot(path=str(target))
            written.append(target)
        wide = browser.new_page(viewport={"width": 1500, "height": 800}, device_scale_factor=1)
        for name, html in zip(DISPLAYS, displays(), strict=True):
            wide.set_content(NOTEBOOK.format(html))
            target = out / f"{name}.png"
            wide.locator("body > div").screenshot(path=str(target))
            written.append(target)
        search(page, base, SEARCH)
        target = out / "search-phan-dau.png"
        page.screenshot(path=str(target))
        written.append(target)
        browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=IMAGES, help="where the PNGs go")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        built = build(Path(tmp))
        if built.returncode != 0:
            sys.stderr.write(built.stdout + built.stderr)
            return 1
        with serve(Path(tmp)) as base:
            for path in screenshots(base, args.out):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
