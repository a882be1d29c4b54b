"""Every ``pip install`` line the project shows works on a fresh machine.

cchc_model is on no package index: ``pip install "cchc_model[batch]"`` fails (or, worse,
installs a stranger's package of that name). So every ``pip install`` the README, the
docs, the examples and the messages of ``src/`` give must install the project from a
checkout (``pip install ".[batch]"``) or from its repository, in the one URL form pip
takes, with the placeholder the docs explain (``pip install "cchc_model[batch] @
git+<repository-url>"``), and name only extras that ``pyproject.toml`` defines. Other
packages (``pip install duckdb``) come from PyPI as usual.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = canonicalize_name(PYPROJECT["project"]["name"])
EXTRAS = set(PYPROJECT["project"]["optional-dependencies"])

#: The repository URL as the docs write it; a reader puts the repository's address there.
REPOSITORY_URL = "git+<repository-url>"

#: Where install lines are shown to a reader.
SOURCES = sorted(
    {
        ROOT / "README.md",
        ROOT / "CHANGELOG.md",  # rendered on the site's changelog page
        *(ROOT / "docs").rglob("*.md"),
        *(ROOT / "examples").rglob("*.md"),
        *(ROOT / "examples").rglob("*.py"),
        *(ROOT / "src").rglob("*.py"),
    }
)

PIP_INSTALL = re.compile(r"\bpip3? install\b(?P<args>[^\n`]*)")
#: A shell word: a quoted string, or a run of characters without quotes or spaces.
WORD = re.compile(r""""[^"]*"|'[^']*'|[^\s"'`]+""")
#: What ends the pip command on its line.
END = {"&&", "||", ";", "|", ")", "#"}
#: pip options that take a value (which is then no requirement).
VALUED = {
    "-r",
    "--requirement",
    "-c",
    "--constraint",
    "-i",
    "--index-url",
    "--extra-index-url",
    "-f",
    "--find-links",
    "-t",
    "--target",
    "--prefix",
    "--root",
}
#: ``.`` or ``.[extra,...]``: the checkout the command runs in.
CHECKOUT = re.compile(r"^\.(?:\[(?P<extras>[^\]]*)\])?$")


def arguments(line: str) -> list[str]:
    """The words after ``pip install`` on one line, up to the end of the command."""
    words = []
    for word in WORD.findall(line):
        if word in END or word.startswith("#"):
            break
        words.append(word)
    return words


def requirements(args: list[str]) -> list[str]:
    """The requirements among pip's arguments, unquoted (options and values left out)."""
    found = []
    skip = False
    for word in args:
        if skip:
            skip = False
            continue
        if word.startswith("-"):
            skip = word in VALUED
            continue
        found.append(word.strip("\"'"))
    return found


def extras_problem(extras: set[str]) -> str | None:
    """Why these extras cannot be installed, or None (an f-string's ``{extra}`` passes)."""
    unknown = {extra for extra in extras if "{" not in extra} - EXTRAS
    return f"no such extra {sorted(unknown)}" if unknown else None


def problem(args: list[str]) -> str | None:
    """Why this ``pip install`` fails on a fresh machine, or None when it works."""
    if any(word in {"-i", "--index-url", "--extra-index-url"} for word in args):
        return "names a package index; the project is on none"
    wanted = requirements(args)
    if not wanted:
        return "installs nothing"
    for requirement in wanted:
        checkout = CHECKOUT.match(requirement)
        if checkout:
            extras = {part.strip() for part in (checkout["extras"] or "").split(",") if part}
            if reason := extras_problem(extras):
                return reason
            continue
        if re.match(r"^cchc[-_]model\b", requirement, re.IGNORECASE) and "{" in requirement:
            return f"{requirement} would be fetched from a package index"
        try:
            parsed = Requirement(requirement)
        except InvalidRequirement:
            return f"{requirement!r} is not a requirement pip reads"
        if canonicalize_name(parsed.name) != PROJECT:
            continue  # another package, from PyPI
        if parsed.url is None:
            return f"{requirement} would be fetched from a package index; the project is on none"
        if parsed.url != REPOSITORY_URL:
            return f"{requirement}: the repository URL is written {REPOSITORY_URL}"
        if reason := extras_problem(set(parsed.extras)):
            return reason
    return None


def install_lines() -> list[tuple[str, str]]:
    """Every ``pip install`` line of :data:`SOURCES`: (where, the words after it)."""
    found = []
    for path in SOURCES:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in PIP_INSTALL.finditer(line):
                found.append((f"{path.relative_to(ROOT)}:{number}", match["args"]))
    return found


LINES = install_lines()


class TestTheRule:
    @pytest.mark.parametrize(
        "line",
        [
            ' -q -e ".[dev]" && .venv/bin/python -m pytest',
            " .",
            ' ".[batch,charts,pandas]"',
            ' "cchc_model[batch] @ git+<repository-url>"',
            ' duckdb "sqlframe[duckdb]" pyspark   # as wanted',
        ],
    )
    def test_a_working_line_passes(self, line: str) -> None:
        assert problem(arguments(line)) is None

    @pytest.mark.parametrize(
        ("line", "reason"),
        [
            (' "cchc_model[batch]"', "package index"),
            (" cchc_model", "package index"),
            (" cchc-model==0.9", "package index"),
            (' "cchc_model[{extra}]"', "package index"),
            (" -i https://test.pypi.org/simple/ cchc_model", "names a package index"),
            (' "cchc_model @ git+https://example.org/other.git"', "repository URL"),
            (' ".[no-such-extra]"', "no such extra"),
            (' "cchc_model[nope] @ git+<repository-url>"', "no such extra"),
            (" -q", "installs nothing"),
        ],
    )
    def test_a_failing_line_is_rejected(self, line: str, reason: str) -> None:
        found = problem(arguments(line))
        assert found is not None
        assert reason in found

    def test_a_python_string_ends_the_line(self) -> None:
        """In source, the words stop at the string's closing quote."""
        assert arguments(""" ".[batch]"')""") == ['".[batch]"']


class TestEveryLine:
    def test_there_are_lines_to_check(self) -> None:
        where = {place.split(":")[0] for place, _ in LINES}
        assert len(LINES) >= 10
        assert {"README.md", "docs/index.md"} <= where

    @pytest.mark.parametrize(("place", "args"), LINES, ids=[place for place, _ in LINES])
    def test_the_line_installs(self, place: str, args: str) -> None:
        assert problem(arguments(args)) is None, f"{place}: pip install{args}"


def missing_extra_calls() -> list[tuple[str, list[str]]]:
    """Each ``MissingExtraError(package, extra)`` raised in src/, with its arguments."""
    found = []
    for path in sorted((ROOT / "src").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "MissingExtraError"
                and all(isinstance(arg, ast.Constant) for arg in node.args)
            ):
                values = [str(arg.value) for arg in node.args if isinstance(arg, ast.Constant)]
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", values))
    return found


class TestMissingExtraMessages:
    def test_each_message_gives_a_working_line(self) -> None:
        """The error raised for a missing extra tells how to install it, in a way that works."""
        from cchc_model.outputs.frames import MissingExtraError

        calls = missing_extra_calls()
        assert len(calls) >= 3
        for place, (package, extra) in calls:
            assert extra in EXTRAS, f"{place}: no such extra {extra!r}"
            message = str(MissingExtraError(package, extra))
            lines = PIP_INSTALL.findall(message)
            assert lines, f"{place}: {message!r} gives no pip install line"
            for args in lines:
                assert problem(arguments(args)) is None, f"{place}: {message}"
