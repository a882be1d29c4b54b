"""Every Python example in the documentation and the README runs, in order, per page, and
prints what the ```text block right after it shows."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

from runtimes import java_missing

ROOT = Path(__file__).resolve().parent.parent
PAGES = [*sorted((ROOT / "docs").rglob("*.md")), ROOT / "README.md"]
FENCE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def python_blocks(page: Path) -> list[str]:
    """The ```python blocks of a Markdown page, in order."""
    return FENCE.findall(page.read_text(encoding="utf-8"))


BLOCKS = re.compile(r"^```(python|text)\n(.*?)^```\n?", re.MULTILINE | re.DOTALL)


def shown_outputs(page: Path) -> list[str | None]:
    """For each ```python block of a page, the ```text block right after it (only blank
    lines between): the output it shows; else none."""
    text = page.read_text(encoding="utf-8")
    found = list(BLOCKS.finditer(text))
    shown: list[str | None] = []
    for index, block in enumerate(found):
        if block.group(1) != "python":
            continue
        after = found[index + 1] if index + 1 < len(found) else None
        follows = after is not None and after.group(1) == "text"
        if follows and after is not None and not text[block.end() : after.start()].strip():
            shown.append(after.group(2))
        else:
            shown.append(None)
    return shown


class TestDocumentationExamples:
    def test_the_pages_have_examples(self) -> None:
        """The documentation has Python examples to run at all."""
        assert sum(len(python_blocks(page)) for page in PAGES) >= 10

    @pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
    def test_examples_run(self, page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Each page's examples run top to bottom in one namespace without error."""
        monkeypatch.chdir(ROOT)
        namespace: dict[str, object] = {"__name__": f"docs.{page.stem}"}
        left_out: list[str] = []
        blocks = python_blocks(page)
        shown = shown_outputs(page)
        assert len(shown) == len(blocks)
        for index, block in enumerate(blocks):
            missing = java_missing() if "pyspark" in block else None
            if missing:  # the other blocks run; the test then reports the skip
                left_out.append(f"block {index}: {missing}")
                continue
            code = compile(block, f"{page.name}[block {index}]", "exec")
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                exec(code, namespace)
            if shown[index] is not None:  # the output the page shows is the output
                assert printed.getvalue().strip() == (shown[index] or "").strip(), (
                    f"{page.name} block {index} prints other than the page shows"
                )
        if left_out:
            pytest.skip("; ".join(left_out))


class TestPhraseGuide:
    #: sections that state no phrase of their own
    WITHOUT_PHRASE = ("At a glance", "The indicators used below", "Phrases without a target form")

    def test_each_phrase_says_how_the_extractor_reads_it(self) -> None:
        """Every phrase section ends with what `cchc extract` reads and the rule it uses."""
        page = (ROOT / "docs" / "phrases.md").read_text(encoding="utf-8")
        sections = re.split(r"^## ", page, flags=re.MULTILINE)[1:]
        missing = [
            s.splitlines()[0]
            for s in sections
            if not s.startswith(self.WITHOUT_PHRASE) and "**From text.**" not in s
        ]
        assert not missing
        assert len(sections) - len(self.WITHOUT_PHRASE) >= 20
