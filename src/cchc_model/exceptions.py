"""Errors raised by cchc_model.

Every error derives from :class:`CchcError` and from the builtin a caller would
expect (``ValueError`` for bad values), so ``except ValueError`` keeps working.

Input that breaks a rule raises :class:`ValidationError`, which carries one or
more :class:`Problem` records: each names the path of the offending value, the
value itself, and what was expected instead, for example::

    targets[3].threshold: 120 percent is above 100 percent for a bounded ratio;
    expected at most 100 percent
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

__all__ = [
    "CchcError",
    "CchcWarning",
    "HierarchyError",
    "PeriodError",
    "PlanFileError",
    "Problem",
    "UnitError",
    "ValidationError",
]


@attrs.frozen
class Problem:
    """One thing wrong with the input: where, what was found, what was expected.

    Attributes:
        path: Where the value sits, in the form ``targets[3].threshold``; empty for
            the whole document.
        value: The offending value as the user gave it.
        message: A sentence saying what is wrong and what was expected.
        code: A stable machine-readable code such as ``"bounded-ratio-above-100"``.
        line: The line of the file where the value sits (from 1), when it is known.
        column: Its column (from 1), when it is known.
    """

    path: str
    value: Any = attrs.field(eq=False)
    message: str
    code: str = "invalid"
    line: int | None = attrs.field(default=None, eq=False, kw_only=True)
    column: int | None = attrs.field(default=None, eq=False, kw_only=True)

    @property
    def place(self) -> str:
        """Where the problem is in its file, "line 12, column 5", or ``""``."""
        if self.line is None:
            return ""
        return f"line {self.line}" + (f", column {self.column}" if self.column else "")

    def prefixed(self, prefix: str) -> Problem:
        """The same problem seen from an enclosing object at ``prefix``."""
        return attrs.evolve(self, path=join_path(prefix, self.path))

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def join_path(prefix: str, path: str) -> str:
    """Join two path fragments: ``join_path("targets[3]", "threshold")``."""
    if not prefix:
        return path
    if not path:
        return prefix
    if path.startswith("["):
        return prefix + path
    return f"{prefix}.{path}"


class CchcError(Exception):
    """Root of every error raised by cchc_model."""


class CchcWarning(UserWarning):
    """Root of every warning cchc_model gives: something read that may not be what was
    meant (a share among percents), said once and not refused."""


#: Most problems a :class:`ValidationError`'s message lists (:attr:`~ValidationError.problems`
#: holds them all).
MAX_SHOWN = 100


class ValidationError(CchcError, ValueError):
    """Input broke one or more rules; :attr:`problems` lists every one of them."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        if not self.problems:
            raise ValueError("a ValidationError needs at least one problem")
        shown = [str(p) for p in self.problems[:MAX_SHOWN]]
        if len(self.problems) > MAX_SHOWN:
            more = len(self.problems) - MAX_SHOWN
            shown.append(f"… and {more:,} more problems (every one is in .problems)")
        super().__init__("\n".join(shown))

    @classmethod
    def single(cls, path: str, value: Any, message: str, code: str = "invalid") -> ValidationError:
        """An error holding a single :class:`Problem`."""
        return cls([Problem(path, value, message, code)])

    def prefixed(self, prefix: str) -> ValidationError:
        """The same error with every path seen from an enclosing object."""
        return type(self)(p.prefixed(prefix) for p in self.problems)


class UnitError(ValidationError):
    """A unit is unknown, or cannot be converted to the unit asked for."""


class PeriodError(ValidationError):
    """A period could not be read or is not a valid interval."""


class HierarchyError(ValidationError):
    """A set of jurisdictions does not form a valid dated tree."""


class PlanFileError(ValidationError):
    """A plan file could not be read, or breaks the plan-file rules.

    Attributes:
        source: The file name or other label of the document, if known.
    """

    def __init__(self, problems: Iterable[Problem], source: str | None = None) -> None:
        self.source = source
        super().__init__(problems)

    def prefixed(self, prefix: str) -> PlanFileError:
        return PlanFileError((p.prefixed(prefix) for p in self.problems), self.source)
