"""The documentation site: built, served, and read in a real headless browser.

The API reference is rendered from the docstrings of ``src/`` by mkdocstrings, through
the Griffe extension ``scripts/griffe_roles.py`` (Sphinx roles become cross-references,
doctests and ``::`` blocks become code blocks); ``scripts/docs_hooks.py`` makes search
fold diacritics. These tests check the extension on every docstring, then build the
site with ``mkdocs build --strict`` (an unresolved cross-reference fails it), check
every page's links, the sitemap and the search index, and open the main pages in
headless Chromium (Playwright) to check what a reader sees, search included.

Without mkdocs, Playwright or a Chromium the tests are skipped; ``.ci/run`` sets
``CCHC_BROWSER=1``, which makes them fail instead.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
import urllib.parse
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"

#: Set (by `.ci/run`) to make a missing docs tool or browser a failure rather than a skip.
BROWSER = "CCHC_BROWSER"

#: A Sphinx role as it shows once rendered (backticks gone) or not (backticks kept).
RAW_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|data|attr|mod|exc|obj|const):[`~.\w]")
#: An autorefs reference left unresolved, as it shows in the text.
UNRESOLVED = re.compile(r"\]\[cchc_model\.")

#: The pages a reader opens first: path in the site, and a phrase the page shows.
PAGES = {
    "home": ("", "A five-minute tour"),
    "plan-file reference": ("plan-file-reference/", "Plan-file reference"),
    "phrase guide": ("phrases/", "aspirational"),
    "API reference": ("reference/", "cchc_model.model.jurisdictions"),
    "plan text to draft": ("how-to/extract-from-text/", "What it reads"),
}


def unavailable(reason: str) -> None:
    """Skip the calling test, or fail it when ``CCHC_BROWSER`` is set."""
    if os.environ.get(BROWSER):
        pytest.fail(f"{reason}; {BROWSER} is set, so the site must be checked")
    pytest.skip(reason)


def need(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        unavailable(f"{module} is not installed (pip install -e '.[docs,site]')")


def load_script(name: str) -> ModuleType:
    """A module of scripts/, imported from its file (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def roles() -> ModuleType:
    need("griffe")
    return load_script("griffe_roles")


@pytest.fixture(scope="module")
def hooks() -> ModuleType:
    return load_script("docs_hooks")


@pytest.fixture(scope="module")
def helpers() -> ModuleType:
    return load_script("screenshot_docs")


@pytest.fixture(scope="module")
def site(helpers: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built by ``mkdocs build --strict`` into a temporary folder."""
    need("mkdocs")
    need("mkdocstrings_handlers.python")
    site_dir = tmp_path_factory.mktemp("site")
    built = helpers.build(site_dir)
    warnings = [line for line in built.stderr.splitlines() if not line.startswith("INFO")]
    assert built.returncode == 0, "mkdocs build --strict failed:\n" + "\n".join(warnings)
    return site_dir


# -- the Griffe extension, on every docstring of src/ --------------------------------


@pytest.fixture(scope="module")
def package(roles: ModuleType) -> tuple[Any, Any]:
    """cchc_model as Griffe reads it (without the extension), and the extension's resolver."""
    import griffe

    loader = griffe.GriffeLoader(search_paths=[str(ROOT / "src")])
    pkg = loader.load("cchc_model")
    loader.resolve_aliases(external=False)
    collection = loader.modules_collection
    resolver = roles.Resolver(collection, roles.documented(roles.directives(), collection))
    return pkg, resolver


class TestDocstringsAsMarkdown:
    def test_a_literal_block_becomes_a_code_block(self, roles: ModuleType) -> None:
        text = "Example, the reform::\n\n    >>> 1 + 1\n    2\n\nAfter."
        assert roles.code_blocks(text) == (
            "Example, the reform:\n\n```pycon\n>>> 1 + 1\n2\n```\n\nAfter."
        )

    def test_a_literal_block_of_python_or_text(self, roles: ModuleType) -> None:
        python = roles.code_blocks("Use::\n\n    x = 1\n")
        assert "```python\nx = 1\n```" in python
        text = roles.code_blocks("An error reads ::\n\n    line 14: numerator: 21\n")
        assert text.startswith("An error reads\n\n```text\nline 14: numerator: 21\n```")

    def test_a_doctest_under_example_becomes_a_code_block(self, roles: ModuleType) -> None:
        text = "Summary.\n\nExample:\n    >>> f(\n    ...   1)\n    2\n\nMore."
        assert roles.code_blocks(text) == (
            "Summary.\n\nExample:\n    ```pycon\n    >>> f(\n    ...   1)\n    2\n    ```\n\nMore."
        )

    def test_an_examples_section_and_a_fence_are_left_alone(self, roles: ModuleType) -> None:
        examples = "Examples:\n    >>> 1\n    1\n"
        assert roles.code_blocks(examples) == examples
        fenced = "```python\n>>> 1\nx::\n\n    y\n```\n"
        assert roles.code_blocks(fenced) == fenced

    def test_a_role_becomes_a_cross_reference(
        self, roles: ModuleType, package: tuple[Any, Any]
    ) -> None:
        pkg, resolver = package
        scope = pkg["model"]["jurisdictions"]
        convert = resolver.convert
        assert convert(":class:`~cchc_model.exceptions.CchcError`", scope) == (
            "[`CchcError`][cchc_model.exceptions.CchcError]"
        )
        assert convert("a :class:`Level` tier", scope) == (
            "a [`Level`][cchc_model.model.jurisdictions.Level] tier"
        )
        assert convert(":meth:`Hierarchy.get`", scope) == (
            "[`Hierarchy.get`][cchc_model.model.jurisdictions.Hierarchy.get]"
        )
        over_two_lines = ":data:`~cchc_model.model.jurisdictions.\n    Level`"
        assert convert(over_two_lines, scope) == "[`Level`][cchc_model.model.jurisdictions.Level]"

    def test_a_role_the_reference_cannot_show_becomes_code(
        self, roles: ModuleType, package: tuple[Any, Any]
    ) -> None:
        pkg, resolver = package
        scope = pkg["model"]["units"]
        assert resolver.convert(":class:`~fractions.Fraction`", scope) == "`Fraction`"
        assert resolver.convert(":func:`_private`", scope) == "`_private`"
        assert resolver.convert(":func:`no_such_name`", scope) == "`no_such_name`"

    def test_every_role_in_src_is_converted(
        self, roles: ModuleType, package: tuple[Any, Any]
    ) -> None:
        """No docstring keeps a role, and most roles become cross-references."""
        pkg, resolver = package
        found = linked = 0
        left: list[str] = []
        for obj in roles.objects(pkg):
            if obj.docstring is None:
                continue
            found += len(roles.ROLE.findall(obj.docstring.value))
            converted = resolver.convert(obj.docstring.value, obj)
            left += [f"{obj.path}: {m.group(0)}" for m in roles.ROLE.finditer(converted)]
            linked += len(re.findall(r"\]\[cchc_model\.", converted))
        assert found > 200, "the docstrings use Sphinx roles; the count is a sanity check"
        assert left == []
        assert linked > found * 3 // 4, f"only {linked} of {found} roles became links"


# -- the built site -----------------------------------------------------------------


class Page(HTMLParser):
    """What the link and text checks need of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.prose: list[str] = []  # text outside <pre>, <code> and <script>
        self.code_blocks: list[str] = []
        self._skip = 0
        self._pre: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for key in ("id", "name"):
            if values.get(key):
                self.ids.add(str(values[key]))
        for key in ("href", "src"):
            if values.get(key) and tag in {"a", "img", "link", "script"}:
                self.links.append(str(values[key]))
        if tag in {"pre", "code", "script", "style"}:
            self._skip += 1
        if tag == "pre":
            self._pre = []

    def handle_endtag(self, tag: str) -> None:
        if tag in {"pre", "code", "script", "style"}:
            self._skip -= 1
        if tag == "pre" and self._pre is not None:
            self.code_blocks.append("".join(self._pre))
            self._pre = None

    def handle_data(self, data: str) -> None:
        if self._pre is not None:
            self._pre.append(data)
        if not self._skip:
            self.prose.append(data)


def read(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


@pytest.fixture(scope="module")
def pages(site: Path) -> dict[str, Page]:
    """Every HTML page of the site, by its path in the site (``phrases/index.html``)."""
    return {path.relative_to(site).as_posix(): read(path) for path in site.rglob("*.html")}


def broken_links(site: Path, pages: dict[str, Page], name: str, links: list[str]) -> list[str]:
    """The links of page ``name`` that point into the site at nothing."""
    broken = []
    for link in links:
        parts = urllib.parse.urlsplit(link)
        if parts.scheme or parts.netloc or link.startswith(("mailto:", "javascript:")):
            continue
        target = name
        if parts.path:
            resolved = urllib.parse.urljoin("/" + name, urllib.parse.unquote(parts.path))
            target = resolved.lstrip("/")
            if target == "" or target.endswith("/"):
                target += "index.html"
            if not (site / target).is_file():
                broken.append(f"{link} (no file {target})")
                continue
        fragment = urllib.parse.unquote(parts.fragment)
        if fragment and target.endswith(".html") and fragment not in pages[target].ids:
            broken.append(f"{link} (no #{fragment} in {target})")
    return broken


class TestBuiltSite:
    def test_no_internal_link_is_broken(self, site: Path, pages: dict[str, Page]) -> None:
        assert len(pages) > 20
        broken = {
            name: found
            for name, page in pages.items()
            if name != "404.html"  # its links are written for any depth of the site
            for found in [broken_links(site, pages, name, page.links)]
            if found
        }
        assert broken == {}

    def test_no_page_shows_a_raw_role(self, pages: dict[str, Page]) -> None:
        shown = {
            name: sorted(set(RAW_ROLE.findall(text) + UNRESOLVED.findall(text)))
            for name, page in pages.items()
            for text in ["".join(page.prose)]
            if RAW_ROLE.search(text) or UNRESOLVED.search(text)
        }
        assert shown == {}

    def test_the_reference_shows_examples_as_code(self, pages: dict[str, Page]) -> None:
        """Every doctest is in a code block, none a blockquote; no ``::`` is left."""
        reference = pages["reference/index.html"]
        prose = "".join(reference.prose)
        assert ">>>" not in prose
        assert not re.search(r"::\s*$", prose, re.MULTILINE)
        doctests = [block for block in reference.code_blocks if block.startswith(">>>")]
        assert len(doctests) >= 40

    def test_the_reference_links_across_modules(self, site: Path) -> None:
        html = (site / "reference" / "index.html").read_text(encoding="utf-8")
        links = re.findall(r'<a class="autorefs autorefs-internal"[^>]* href="([^"]+)"', html)
        assert len(links) >= 250
        assert "#cchc_model.exceptions.CchcError" in links

    def test_the_sitemap_lists_every_page(self, site: Path, pages: dict[str, Page]) -> None:
        sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
        locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
        expected = sum(1 for name in pages if name.endswith("index.html"))
        assert len(locations) == expected
        assert all(location.startswith(("http://", "https://")) for location in locations)

    def test_the_search_index_has_folded_text(self, site: Path) -> None:
        index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert {"title_folded", "text_folded"} <= set(index["config"]["fields"])
        phrases = [doc for doc in index["docs"] if doc["location"].startswith("phrases/")]
        assert any("phan dau" in doc.get("title_folded", "") for doc in phrases)
        assert any("phấn đấu" in doc["title"] for doc in phrases)  # shown as written

    def test_fold(self, hooks: ModuleType) -> None:
        assert hooks.fold("Phấn đấu ĐẠT tối thiểu") == "Phan dau DAT toi thieu"
        assert hooks.fold("plain text") == "plain text"


# -- in the browser -----------------------------------------------------------------


@pytest.fixture(scope="module")
def base(helpers: ModuleType, site: Path) -> Iterator[str]:
    """The base URL of the site, served over HTTP (the search runs in a web worker)."""
    with helpers.serve(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser(helpers: ModuleType) -> Iterator[Any]:
    need("playwright")
    from playwright.sync_api import Error, sync_playwright

    with sync_playwright() as playwright:
        try:
            chromium = helpers.launch(playwright)
        except Error as error:
            unavailable(f"Chromium does not start: {str(error).splitlines()[0]}")
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    page.close()
    assert errors == [], "the page raised JavaScript errors"


class TestInTheBrowser:
    @pytest.mark.parametrize("name", PAGES)
    def test_the_page_renders(
        self, name: str, page: Any, base: str, site: Path, pages: dict[str, Page]
    ) -> None:
        """The page opens, shows its content without raw roles, and its links resolve."""
        path, phrase = PAGES[name]
        response = page.goto(base + path)
        assert response is not None
        assert response.ok
        article = page.locator("article")
        assert article.locator("h1").first.is_visible()
        text = article.inner_text()
        assert phrase in text
        assert not RAW_ROLE.search(text)
        assert not UNRESOLVED.search(text)
        prose = article.evaluate(
            "(node) => { const copy = node.cloneNode(true);"
            " copy.querySelectorAll('pre, code').forEach(e => e.remove());"
            " return copy.innerText; }"
        )
        assert ">>>" not in prose
        assert not re.search(r"::\s*$", prose, re.MULTILINE)
        links = page.locator("a[href]").evaluate_all(
            "(links) => links.map(a => a.getAttribute('href'))"
        )
        name_in_site = path.split("#")[0] + "index.html"
        assert broken_links(site, pages, name_in_site, links) == []

    @pytest.mark.parametrize("query", ["phan dau", "phấn đấu", "PHAN DAU"])
    def test_search_finds_the_phrase_guide(
        self, query: str, helpers: ModuleType, page: Any, base: str
    ) -> None:
        """Search finds the phrase guide's "phấn đấu" with or without the diacritics."""
        found = helpers.search(page, base, query)
        assert any("/phrases/" in link for link in found[:5]), found[:5]

    def test_search_for_nothing_finds_nothing(
        self, helpers: ModuleType, page: Any, base: str
    ) -> None:
        """The search does find by the query: a word in no page finds no page."""
        helpers.open_search(page, base)
        page.locator("input.md-search__input").press_sequentially("zqxjkvw")
        page.wait_for_function(
            "() => /no matching/i.test(document.querySelector('.md-search-result__meta')"
            ".innerText)",
            timeout=10_000,
        )
        assert page.locator(".md-search-result__list > li").count() == 0
