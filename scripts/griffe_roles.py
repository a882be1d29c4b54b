"""A Griffe extension: the docstrings' reStructuredText, rendered by the API reference.

The docstrings of ``src/`` are written for ``help()``, the doctests and Sphinx-style
readers: they name other objects with roles (``:class:`~cchc_model.model.plans.Plan```,
``:func:`evaluate```, ``:mod:`.keys```), show literal blocks after ``::`` and give
doctests as bare ``>>>`` lines. mkdocstrings reads Markdown, so before a docstring is
parsed this extension rewrites, in the docstring's text only (the sources stay as they
are):

* a role whose target is an object the API reference renders into a cross-reference
  ``[`Plan`][cchc_model.model.plans.Plan]`` that autorefs resolves (``mkdocs build
  --strict`` fails on one that does not resolve); any other role (a private name, a
  module the reference leaves out, the standard library) into inline code;
* a literal block after ``::`` into a fenced code block, the ``::`` into ``:``;
* a run of doctest lines into a fenced ``pycon`` block, except inside an ``Examples:``
  section, which Griffe already reads as code.

Targets are resolved as Sphinx does: ``~`` shows the last name only, a leading ``.``
names a module beside the current one, a bare name is looked up in the scope of the
object the docstring belongs to (its members, its module, the module's imports), then
as a full path, then as the unique path ending with it.

Configured in ``mkdocs.yml`` under the Python handler's ``extensions:``; tested by
``tests/test_site.py``.
"""

from __future__ import annotations

import ast
import re
import textwrap
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import griffe

#: A Sphinx role: ``:class:`~pkg.Name```, ``:py:func:`name```, ``:meth:`Title <pkg.Name>```.
ROLE = re.compile(
    r":(?:py:)?(?P<role>class|func|meth|data|attr|mod|exc|obj|const|type)"
    r":`(?P<tilde>~)?(?P<body>[^`]+?)`"
)
#: The ``::: identifier`` lines of a Markdown page that render an object.
DIRECTIVE = re.compile(r"^:::\s+(?P<identifier>[\w.]+)\s*$", re.MULTILINE)
FENCE = re.compile(r"^\s*(```|~~~)")
DOCTEST = re.compile(r"^\s*>>>( |$)")
EXAMPLES_SECTION = re.compile(r"^\s*Examples:\s*$")

DOCS = Path(__file__).resolve().parent.parent / "docs"


def indent_of(line: str) -> int:
    """The number of leading spaces of ``line``."""
    return len(line) - len(line.lstrip(" "))


def language_of(lines: list[str]) -> str:
    """The fence language of a code block: ``pycon``, ``python`` or ``text``."""
    if lines and DOCTEST.match(lines[0]):
        return "pycon"
    try:
        ast.parse("\n".join(lines))
    except SyntaxError:
        return "text"
    return "python"


def fenced(lines: list[str], indent: int) -> list[str]:
    """``lines`` (already dedented) as a fenced code block indented by ``indent``."""
    pad = " " * indent
    body = [f"{pad}{line}" if line.strip() else "" for line in lines]
    return [f"{pad}```{language_of(lines)}", *body, f"{pad}```"]


def code_blocks(text: str) -> str:
    """``text`` with its literal blocks and doctest runs turned into fenced code blocks."""
    lines = text.split("\n")
    out: list[str] = []
    in_fence = False
    examples_indent: int | None = None  # inside an ``Examples:`` section
    i = 0
    while i < len(lines):
        line = lines[i]
        if FENCE.match(line):
            in_fence = not in_fence
            out.append(line)
            i += 1
            continue
        if in_fence:
            out.append(line)
            i += 1
            continue
        if examples_indent is not None and line.strip() and indent_of(line) <= examples_indent:
            examples_indent = None
        if EXAMPLES_SECTION.match(line):
            examples_indent = indent_of(line)
            out.append(line)
            i += 1
            continue
        stripped = line.rstrip()
        if stripped.endswith("::") and i + 1 < len(lines) and not lines[i + 1].strip():
            indent = indent_of(line)
            end = i + 1
            while end < len(lines) and (not lines[end].strip() or indent_of(lines[end]) > indent):
                end += 1
            block = lines[i + 2 : end]
            while block and not block[-1].strip():
                block.pop()
            if block:
                head = stripped[:-2].rstrip()
                if head.strip():
                    out.append(head if stripped[:-2].endswith(" ") else head + ":")
                out.append("")
                out.extend(fenced(textwrap.dedent("\n".join(block)).split("\n"), indent))
                out.append("")
                i = end
                continue
        if DOCTEST.match(line) and examples_indent is None:
            indent = indent_of(line)
            end = i
            while end < len(lines) and lines[end].strip() and indent_of(lines[end]) >= indent:
                end += 1
            block = [item[indent:] for item in lines[i:end]]
            if out and out[-1].strip() and indent_of(out[-1]) >= indent:
                out.append("")  # a fence opens a block of its own
            out.extend(fenced(block, indent))
            if end < len(lines) and lines[end].strip():
                out.append("")
            i = end
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


class Resolver:
    """Finds the object a role names, and whether the API reference renders it."""

    def __init__(self, collection: griffe.ModulesCollection, rendered: set[str]) -> None:
        self.collection = collection
        self.rendered = rendered
        self._paths: list[str] | None = None

    def lookup(self, path: str) -> str | None:
        """The canonical path of the object at ``path``, or None when there is none."""
        try:
            found = self.collection.get_member(path)
        except (KeyError, ValueError, griffe.AliasResolutionError, griffe.CyclicAliasError):
            return None
        if found.is_alias:
            try:
                return str(found.final_target.path)
            except (griffe.AliasResolutionError, griffe.CyclicAliasError):
                return None
        return str(found.path)

    def candidates(self, target: str, scope: griffe.Object) -> Iterator[str]:
        """The paths ``target`` may mean, seen from ``scope``, the likeliest first."""
        module = scope.module
        if target.startswith("."):
            package = module if module.is_package else module.parent
            if package is not None:
                yield f"{package.path}{target}"
            return
        head, _, rest = target.partition(".")
        try:
            resolved = scope.resolve(head)
        except griffe.NameResolutionError:
            pass
        else:
            yield f"{resolved}.{rest}" if rest else resolved
        yield target

    def all_paths(self) -> list[str]:
        """Every object path of the loaded packages (for a suffix search)."""
        if self._paths is None:
            self._paths = []
            for module in self.collection.members.values():
                if isinstance(module, griffe.Module):
                    self._paths.extend(obj.path for obj in objects(module))
        return self._paths

    def resolve(self, target: str, scope: griffe.Object) -> str | None:
        """The canonical path of the object ``target`` names from ``scope``, if any."""
        for candidate in self.candidates(target, scope):
            found = self.lookup(candidate)
            if found is not None:
                return found
        suffix = "." + target.lstrip(".")
        matches = {path for path in self.all_paths() if path.endswith(suffix)}
        if len(matches) == 1:
            return self.lookup(matches.pop())
        return None

    def replace(self, match: re.Match[str], scope: griffe.Object) -> str:
        """The Markdown for one role: a cross-reference, or inline code."""
        body = " ".join(match["body"].split())  # a role may run over two lines
        title, target = body, body.replace(" ", "")
        explicit = re.fullmatch(r"(?P<title>.+?)\s*<(?P<target>[^<>]+)>", body)
        if explicit:
            title, target = explicit["title"], explicit["target"].replace(" ", "")
        elif match["tilde"]:
            title = target.rsplit(".", 1)[-1]
        else:
            title = target.lstrip(".")
        path = self.resolve(target, scope)
        anchor = self.anchor(path) if path is not None else None
        return f"[`{title}`][{anchor}]" if anchor else f"`{title}`"

    def anchor(self, path: str) -> str | None:
        """Where the reference shows ``path``: its own entry, or for a public name
        without one (an attribute listed in its class's table, a module constant)
        the nearest entry that holds it; None when the reference shows neither."""
        parts = path.split(".")
        if any(part.startswith("_") for part in parts):
            return None
        while parts:
            if ".".join(parts) in self.rendered:
                return ".".join(parts)
            parts.pop()
        return None

    def convert(self, text: str, scope: griffe.Object) -> str:
        """A docstring's text as Markdown: code blocks fenced, roles converted."""
        out: list[str] = []
        prose: list[str] = []  # the lines since the last fence, converted together

        def flush() -> None:
            if prose:
                out.append(ROLE.sub(lambda m: self.replace(m, scope), "\n".join(prose)))
                prose.clear()

        in_fence = False
        for line in code_blocks(text).split("\n"):
            if FENCE.match(line):
                if not in_fence:
                    flush()
                in_fence = not in_fence
                out.append(line)
            elif in_fence:
                out.append(line)
            else:
                prose.append(line)
        flush()
        return "\n".join(out)


def documented(identifiers: Iterable[str], collection: griffe.ModulesCollection) -> set[str]:
    """The paths the API reference renders from its ``::: identifier`` directives.

    mkdocs.yml's options decide it: no submodules, no private names (``!^_``), nothing
    without a docstring (``show_if_no_docstring: false``).
    """
    rendered: set[str] = set()

    def visit(obj: griffe.Object | griffe.Alias) -> None:
        rendered.add(obj.path)
        if obj.is_alias:
            try:
                rendered.add(obj.final_target.path)
            except (griffe.AliasResolutionError, griffe.CyclicAliasError):
                return
        for name, member in obj.members.items():
            if name.startswith("_") or member.is_alias or member.is_module:
                continue
            if member.has_docstrings:
                visit(member)

    for identifier in identifiers:
        try:
            visit(collection.get_member(identifier))
        except (KeyError, ValueError):
            continue
    return rendered


def directives(docs: Path = DOCS) -> list[str]:
    """The identifiers of every ``::: identifier`` line of the Markdown pages."""
    return [
        found["identifier"]
        for page in sorted(docs.rglob("*.md"))
        for found in DIRECTIVE.finditer(page.read_text(encoding="utf-8"))
    ]


def objects(obj: griffe.Object) -> Iterator[griffe.Object]:
    """``obj`` and every object defined (not imported) under it."""
    yield obj
    for member in obj.members.values():
        if not member.is_alias:
            yield from objects(member)


class SphinxRoles(griffe.Extension):
    """Rewrite every docstring of a loaded package as Markdown, before it is parsed."""

    def on_package(self, *, pkg: griffe.Module, loader: griffe.GriffeLoader, **kwargs: Any) -> None:
        collection = loader.modules_collection
        resolver = Resolver(collection, documented(directives(), collection))
        for obj in objects(pkg):
            if obj.docstring is not None:
                obj.docstring.value = resolver.convert(obj.docstring.value, obj)
