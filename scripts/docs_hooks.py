"""MkDocs hooks: search without diacritics, and the changelog's links inside the site.

**Search.** The search index (``search/search_index.json``, written by the search
plugin) holds each section's title and text as written: "phấn đấu" is found, "phan
dau" is not. After the build this hook adds to every entry whose text has diacritics
two more indexed fields, its title and its text folded to plain letters ("phan dau";
``đ`` → ``d``), so a query matches either form. Results still show the text as written.

**Changelog.** ``docs/changelog.md`` includes the repository's ``CHANGELOG.md``, whose
links name pages from the repository's root (``docs/limits.md``); on the site the page
sits beside them, so the hook includes the file itself with the ``docs/`` prefix taken
off its links (``limits.md``), and MkDocs checks them like any other.

Configured in ``mkdocs.yml`` under ``hooks:``; tested by ``tests/test_site.py``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

#: The extra fields, the indexed field each one folds, and its weight in the ranking.
FOLDED_FIELDS = {"title_folded": ("title", 1e3), "text_folded": ("text", 1.0)}

#: A Markdown link into the repository's docs/ folder: ``](docs/limits.md)``.
_DOCS_LINK = re.compile(r"\]\(docs/")
_CHANGELOG_SNIPPET = '--8<-- "CHANGELOG.md"'
_LETTERS = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text: str) -> str:
    """``text`` without diacritics: ``"Phấn đấu"`` → ``"Phan dau"``."""
    decomposed = unicodedata.normalize("NFD", text.translate(_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold_index(data: dict[str, Any]) -> dict[str, Any]:
    """A search index with the folded fields added (only to entries they change)."""
    fields = data["config"].setdefault("fields", {})
    for name, (_, boost) in FOLDED_FIELDS.items():
        fields[name] = {"boost": boost}
    for doc in data["docs"]:
        for name, (source, _) in FOLDED_FIELDS.items():
            value = doc.get(source)
            if isinstance(value, str) and fold(value) != value:
                doc[name] = fold(value)
    return data


def on_post_build(config: Any, **kwargs: Any) -> None:
    """Rewrite the search index the search plugin has just written."""
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if not path.exists():
        return
    data = fold_index(json.loads(path.read_text(encoding="utf-8")))
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def on_page_markdown(markdown: str, *, page: Any, config: Any, **kwargs: Any) -> str:
    """The changelog page: ``CHANGELOG.md`` included with its links made relative to
    the site's pages (the snippet the page names is expanded here for that)."""
    if page.file.src_uri != "changelog.md":
        return markdown
    changelog = Path(config["config_file_path"]).parent / "CHANGELOG.md"
    text = _DOCS_LINK.sub("](", changelog.read_text(encoding="utf-8"))
    return markdown.replace(_CHANGELOG_SNIPPET, text)
