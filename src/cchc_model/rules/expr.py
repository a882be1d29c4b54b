"""Rules as expressions: each rule is written once and every engine runs that definition.

A rule is a plain function that builds an :class:`Expr` from named inputs. The reference
engine runs the expression on Python values (:func:`compile_row`, :func:`compile_group`);
the dataframe engine translates the very same expression into dataframe columns
(``cchc_model.engines.frame.translate``). Nothing about a rule is written twice.

>>> from cchc_model.rules.expr import col, compile_row, when
>>> met, needed = col("met"), col("needed")
>>> rule = when(met >= needed).then("met").otherwise("not_met")
>>> compile_row([rule], ["met", "needed"])(3, 2)
('met',)

The semantics are SQL's, as polars, DuckDB and Spark have them:

* ``+``, ``-``, ``*`` on exact numbers (Python ints and Fractions, integer columns); there
  is no division: a rule keeps a value as a numerator and a denominator (``%`` tells
  whether a number is whole);
* comparisons ``>=``, ``>``, ``<=``, ``<``, ``==``, ``!=``;
* ``&``, ``|``, ``~``: three-valued (Kleene) logic;
* an operation on a null gives null; ``when(c).then(x)`` takes a branch only when ``c`` is
  true (null counts as false) and is null when no branch is taken and there is no
  ``otherwise``;
* :func:`wide` marks a product that may need more than 64 bits (a column engine computes it
  in a wider integer type); on Python values it changes nothing.

Aggregations (:func:`total`, :func:`smallest`, :func:`largest`, :func:`rows`) are declared
per group and computed by :func:`compile_group` or by a ``group_by``. A sum over no value
is 0; a minimum or maximum over no value is null. Only whole numbers are summed: a
condition is counted as ``when(condition).then(1).otherwise(0)``.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from fractions import Fraction
from typing import Any, Literal, TypeAlias, Union

__all__ = [
    "Aggregate",
    "DType",
    "Expr",
    "ExprLike",
    "case_branches",
    "col",
    "compile_group",
    "compile_row",
    "count",
    "largest",
    "lit",
    "null",
    "rows",
    "simplify",
    "smallest",
    "total",
    "when",
    "wide",
]


class DType(enum.Enum):
    """The kind of value an expression holds."""

    INT = "int"
    BOOL = "bool"
    TEXT = "text"


Scalar: TypeAlias = Union[int, Fraction, bool, str, None]  # noqa: UP007 - a runtime alias
ExprLike: TypeAlias = Union["Expr", int, Fraction, bool, str]

_ARITHMETIC = {"add": "+", "sub": "-", "mul": "*", "mod": "%"}
_COMPARISON = {"ge": ">=", "gt": ">", "le": "<=", "lt": "<", "eq": "==", "ne": "!="}


class Expr:
    """A node of a rule: a column, a literal, or an operation on other nodes.

    Build expressions with :func:`col`, :func:`lit`, :func:`when` and the operators; an
    expression is immutable and may be shared by several others (it is computed once).

    Attributes:
        op: What the node does (``"col"``, ``"lit"``, ``"add"``, ``"ge"``, ``"case"`` …).
        args: Its operands (expressions) or, for ``col`` and ``lit``, its name or value.
        dtype: The kind of value it holds.
        nullable: Whether it can be null.
    """

    __slots__ = ("args", "dtype", "nullable", "op")

    def __init__(self, op: str, args: tuple[Any, ...], dtype: DType, nullable: bool) -> None:
        self.op = op
        self.args = args
        self.dtype = dtype
        self.nullable = nullable

    def __repr__(self) -> str:
        if self.op == "col":
            return str(self.args[0])
        if self.op == "lit":
            return repr(self.args[0])
        if self.op in _ARITHMETIC or self.op in _COMPARISON:
            symbol = {**_ARITHMETIC, **_COMPARISON}[self.op]
            return f"({self.args[0]!r} {symbol} {self.args[1]!r})"
        return f"{self.op}({', '.join(repr(a) for a in self.args)})"

    __hash__ = object.__hash__  # identity: ``==`` builds an expression

    # --- arithmetic ----------------------------------------------------------------

    def _arith(self, op: str, other: ExprLike, swap: bool = False) -> Expr:
        right = lit(other)
        left, right = (right, self) if swap else (self, right)
        _expect(left, DType.INT, op)
        _expect(right, DType.INT, op)
        return Expr(op, (left, right), DType.INT, left.nullable or right.nullable)

    def __add__(self, other: ExprLike) -> Expr:
        return self._arith("add", other)

    def __radd__(self, other: ExprLike) -> Expr:
        return self._arith("add", other, swap=True)

    def __sub__(self, other: ExprLike) -> Expr:
        return self._arith("sub", other)

    def __rsub__(self, other: ExprLike) -> Expr:
        return self._arith("sub", other, swap=True)

    def __mul__(self, other: ExprLike) -> Expr:
        return self._arith("mul", other)

    def __rmul__(self, other: ExprLike) -> Expr:
        return self._arith("mul", other, swap=True)

    def __mod__(self, other: ExprLike) -> Expr:
        """The remainder; rules only compare it with 0 (whole or not), which every
        engine's convention for negative numbers agrees on."""
        return self._arith("mod", other)

    # --- comparisons ---------------------------------------------------------------

    def _compare(self, op: str, other: ExprLike) -> Expr:
        right = lit(other)
        if op not in ("eq", "ne"):
            _expect(self, DType.INT, op)
            _expect(right, DType.INT, op)
        elif self.dtype is not right.dtype:
            raise TypeError(f"{self!r} {op} {right!r}: a {self.dtype.value} and a {right.dtype}")
        return Expr(op, (self, right), DType.BOOL, self.nullable or right.nullable)

    def __ge__(self, other: ExprLike) -> Expr:
        return self._compare("ge", other)

    def __gt__(self, other: ExprLike) -> Expr:
        return self._compare("gt", other)

    def __le__(self, other: ExprLike) -> Expr:
        return self._compare("le", other)

    def __lt__(self, other: ExprLike) -> Expr:
        return self._compare("lt", other)

    def __eq__(self, other: ExprLike) -> Expr:  # type: ignore[override]
        return self._compare("eq", other)

    def __ne__(self, other: ExprLike) -> Expr:  # type: ignore[override]
        return self._compare("ne", other)

    # --- logic ---------------------------------------------------------------------

    def _logic(self, op: str, other: ExprLike) -> Expr:
        right = lit(other)
        _expect(self, DType.BOOL, op)
        _expect(right, DType.BOOL, op)
        return Expr(op, (self, right), DType.BOOL, self.nullable or right.nullable)

    def __and__(self, other: ExprLike) -> Expr:
        return self._logic("and", other)

    def __rand__(self, other: ExprLike) -> Expr:
        return lit(other)._logic("and", self)

    def __or__(self, other: ExprLike) -> Expr:
        return self._logic("or", other)

    def __ror__(self, other: ExprLike) -> Expr:
        return lit(other)._logic("or", self)

    def __invert__(self) -> Expr:
        _expect(self, DType.BOOL, "not")
        return Expr("not", (self,), DType.BOOL, self.nullable)

    def __bool__(self) -> bool:
        raise TypeError(
            f"{self!r} has no truth value of its own; combine conditions with &, | and ~"
        )

    # --- nulls -----------------------------------------------------------------------

    def is_null(self) -> Expr:
        """True where the value is null."""
        return Expr("is_null", (self,), DType.BOOL, False)

    def is_not_null(self) -> Expr:
        """True where the value is not null."""
        return ~self.is_null()

    def fill_null(self, value: ExprLike) -> Expr:
        """The value, or ``value`` where it is null."""
        other = lit(value)
        if other.dtype is not self.dtype:
            raise TypeError(f"fill_null of a {self.dtype.value} with a {other.dtype.value}")
        if not self.nullable:
            return self
        return Expr("fill_null", (self, other), self.dtype, other.nullable)


def _expect(expr: Expr, dtype: DType, op: str) -> None:
    if expr.dtype is not dtype:
        raise TypeError(f"{op} needs a {dtype.value}, not {expr!r} (a {expr.dtype.value})")


def col(name: str, dtype: DType = DType.INT, nullable: bool = True) -> Expr:
    """The input named ``name``: an argument of a compiled rule, or a dataframe column."""
    return Expr("col", (name,), dtype, nullable)


def lit(value: ExprLike) -> Expr:
    """A constant (an expression given is returned as it is)."""
    if isinstance(value, Expr):
        return value
    if isinstance(value, bool):
        return Expr("lit", (value,), DType.BOOL, False)
    if isinstance(value, int | Fraction):
        return Expr("lit", (value,), DType.INT, False)
    if isinstance(value, str):
        return Expr("lit", (value,), DType.TEXT, False)
    raise TypeError(f"{value!r} is not a constant a rule can hold")


def null(dtype: DType = DType.INT) -> Expr:
    """A null of ``dtype``."""
    return Expr("lit", (None,), dtype, True)


def wide(expr: Expr) -> Expr:
    """``expr``, marked as a product that may need more than 64 bits."""
    _expect(expr, DType.INT, "wide")
    return Expr("wide", (expr,), DType.INT, expr.nullable)


class _When:
    def __init__(self, branches: tuple[tuple[Expr, Expr], ...], condition: Expr) -> None:
        _expect(condition, DType.BOOL, "when")
        self._branches = branches
        self._condition = condition

    def then(self, value: ExprLike) -> _Then:
        return _Then((*self._branches, (self._condition, lit(value))))


class _Then(Expr):
    """A ``when … then`` chain: continue with :meth:`when` or end with :meth:`otherwise`."""

    __slots__ = ("_branches",)

    def __init__(self, branches: tuple[tuple[Expr, Expr], ...]) -> None:
        dtype = _common_dtype([value for _, value in branches])
        super().__init__("case", _case_args(branches, null(dtype)), dtype, True)
        self._branches = branches

    def when(self, condition: Expr) -> _When:
        return _When(self._branches, condition)

    def otherwise(self, value: ExprLike) -> Expr:
        default = lit(value)
        dtype = _common_dtype([*(v for _, v in self._branches), default])
        nullable = default.nullable or any(v.nullable for _, v in self._branches)
        return Expr("case", _case_args(self._branches, default), dtype, nullable)


def _case_args(branches: Sequence[tuple[Expr, Expr]], default: Expr) -> tuple[Expr, ...]:
    return (*itertools.chain.from_iterable(branches), default)


def _common_dtype(values: Sequence[Expr]) -> DType:
    kinds = {v.dtype for v in values if not (v.op == "lit" and v.args[0] is None)}
    if len(kinds) > 1:
        raise TypeError(f"when … then … branches of different kinds: {values!r}")
    return kinds.pop() if kinds else values[0].dtype


def when(condition: Expr) -> _When:
    """The first branch of a ``when(c).then(x).when(…).then(…).otherwise(y)`` chain."""
    return _When((), condition)


def case_branches(expr: Expr) -> tuple[list[tuple[Expr, Expr]], Expr]:
    """The (condition, value) branches and the default of a ``case`` node."""
    args = expr.args
    pairs = [(args[i], args[i + 1]) for i in range(0, len(args) - 1, 2)]
    return pairs, args[-1]


def _constant(expr: Expr) -> Any:
    """The value of a literal; ``...`` for anything else."""
    return expr.args[0] if expr.op == "lit" else ...


def simplify(
    roots: Sequence[Expr],
    constants: Mapping[str, Scalar] | None = None,
    not_null: Collection[str] = (),
) -> list[Expr]:
    """``roots`` with constant conditions folded away (``when(True)``, ``x & False`` …).

    Rules test what a target can be with conditions that are often constant for one
    engine (one form, one operator); folding them keeps the work an engine does to what
    the rows can hold. ``constants`` gives inputs known in advance (``None``: null),
    which fold too; ``not_null`` names inputs known never to be null. Shared nodes stay
    shared.
    """
    memo: dict[int, Expr] = {}
    known = constants or {}

    def fold(node: Expr) -> Expr:
        found = memo.get(id(node))
        if found is not None:
            return found
        if node.op == "col" and node.args[0] in known:
            value = known[node.args[0]]
            out = null(node.dtype) if value is None else lit(value)
        elif node.op == "col" and node.nullable and node.args[0] in not_null:
            out = col(node.args[0], node.dtype, nullable=False)
        else:
            out = _fold(node, [fold(a) if isinstance(a, Expr) else a for a in node.args])
        memo[id(node)] = out
        return out

    return [fold(root) for root in roots]


def _fold(node: Expr, args: list[Any]) -> Expr:
    op = node.op
    if op in ("col", "lit"):
        return node
    if op == "case":
        branches: list[tuple[Expr, Expr]] = []
        default: Expr = args[-1]
        for i in range(0, len(args) - 1, 2):
            condition, value = args[i], args[i + 1]
            constant = _constant(condition)
            if constant is False or constant is None:
                continue
            if constant is True:
                default = value
                break
            branches.append((condition, value))
        if not branches:
            return default
        nullable = default.nullable or any(v.nullable for _, v in branches)
        return Expr("case", _case_args(branches, default), node.dtype, nullable)
    if op in ("and", "or"):
        left: Expr = args[0]
        right: Expr = args[1]
        a, b = _constant(left), _constant(right)
        absorbing, neutral = (False, True) if op == "and" else (True, False)
        if a is absorbing or b is absorbing:
            return lit(absorbing)
        if a is neutral:
            return right
        if b is neutral:
            return left
        if a is None and b is None:
            return null(DType.BOOL)
    elif op == "not":
        a = _constant(args[0])
        if isinstance(a, bool):
            return lit(not a)
        if a is None:
            return null(DType.BOOL)
    elif op == "is_null":
        a = _constant(args[0])
        if not args[0].nullable or (a is not ... and a is not None):
            return lit(False)
        if a is None:
            return lit(True)
    elif op == "fill_null":
        a = _constant(args[0])
        if a is None:
            return args[1]  # type: ignore[no-any-return]
        if not args[0].nullable:
            return args[0]  # type: ignore[no-any-return]
    elif op in _COMPARISON or op in _ARITHMETIC:
        a, b = _constant(args[0]), _constant(args[1])
        if a is None or b is None:
            return null(node.dtype)
        if op in _COMPARISON and a is not ... and b is not ...:
            return lit(bool(_PYTHON_COMPARE[op](a, b)))
    elif op == "wide" and _constant(args[0]) is None:
        return null()
    if all(x is y for x, y in zip(args, node.args, strict=True)):
        return node
    nullable = node.nullable and any(isinstance(a, Expr) and a.nullable for a in args)
    return Expr(op, tuple(args), node.dtype, nullable)


_PYTHON_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "ge": lambda a, b: a >= b,
    "gt": lambda a, b: a > b,
    "le": lambda a, b: a <= b,
    "lt": lambda a, b: a < b,
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
}


# --- aggregations ----------------------------------------------------------------------


class Aggregate:
    """A reduction over the rows of a group: a sum, a minimum, a maximum or a row count.

    Attributes:
        how: ``"sum"``, ``"min"``, ``"max"`` or ``"len"``.
        of: The expression reduced, evaluated on each row (None for ``"len"``).
    """

    __slots__ = ("how", "of")

    def __init__(self, how: Literal["sum", "min", "max", "len"], of: Expr | None) -> None:
        if of is not None:
            _expect(of, DType.INT, how)
        self.how = how
        self.of = of

    def __repr__(self) -> str:
        return f"{self.how}({self.of!r})" if self.of is not None else "len()"


def total(of: Expr) -> Aggregate:
    """The sum of ``of`` over a group's rows (nulls skipped; 0 when there is none)."""
    return Aggregate("sum", of)


def smallest(of: Expr) -> Aggregate:
    """The minimum of ``of`` over a group's rows (null when there is none)."""
    return Aggregate("min", of)


def largest(of: Expr) -> Aggregate:
    """The maximum of ``of`` over a group's rows (null when there is none)."""
    return Aggregate("max", of)


def rows() -> Aggregate:
    """How many rows the group has."""
    return Aggregate("len", None)


def count(condition: Expr) -> Aggregate:
    """How many rows of a group meet ``condition``."""
    return total(when(condition).then(1).otherwise(0))


# --- running on Python values ------------------------------------------------------------


def _add(a: Any, b: Any) -> Any:
    return None if a is None or b is None else a + b


def _sub(a: Any, b: Any) -> Any:
    return None if a is None or b is None else a - b


def _mul(a: Any, b: Any) -> Any:
    return None if a is None or b is None else a * b


def _mod(a: Any, b: Any) -> Any:
    return None if a is None or b is None else a % b


def _ge(a: Any, b: Any) -> Any:
    return None if a is None or b is None else a >= b


def _gt(a: Any, b: Any) -> Any:
    return None if a is None or b is None else a > b


def _le(a: Any, b: Any) -> Any:
    return None if a is None or b is None else a <= b


def _lt(a: Any, b: Any) -> Any:
    return None if a is None or b is None else a < b


def _eq(a: Any, b: Any) -> Any:
    return None if a is None or b is None else a == b


def _ne(a: Any, b: Any) -> Any:
    return None if a is None or b is None else a != b


def _and(a: Any, b: Any) -> Any:
    if a is False or b is False:
        return False
    return None if a is None or b is None else True


def _or(a: Any, b: Any) -> Any:
    if a is True or b is True:
        return True
    return None if a is None or b is None else False


def _not(a: Any) -> Any:
    return None if a is None else not a


def _coalesce(a: Any, b: Any) -> Any:
    return b if a is None else a


_HELPERS: dict[str, Any] = {
    "_add": _add,
    "_sub": _sub,
    "_mul": _mul,
    "_mod": _mod,
    "_ge": _ge,
    "_gt": _gt,
    "_le": _le,
    "_lt": _lt,
    "_eq": _eq,
    "_ne": _ne,
    "_and": _and,
    "_or": _or,
    "_not": _not,
    "_coalesce": _coalesce,
    "Fraction": Fraction,
}


class _Writer:
    """Python source for expressions; nodes used more than once are computed once."""

    def __init__(self, inputs: Sequence[str], roots: Iterable[Expr]) -> None:
        self.names = {name: f"a{i}" for i, name in enumerate(inputs)}
        self.lines: list[str] = []
        self.done: dict[int, str] = {}
        uses: dict[int, int] = {}
        stack = list(roots)
        while stack:
            node = stack.pop()
            uses[id(node)] = uses.get(id(node), 0) + 1
            if uses[id(node)] == 1 and node.op not in ("col", "lit"):
                stack.extend(a for a in node.args if isinstance(a, Expr))
        self.shared = {key for key, n in uses.items() if n > 1}

    def source(self, node: Expr) -> str:
        known = self.done.get(id(node))
        if known is not None:
            return known
        text = self._write(node)
        if id(node) in self.shared and node.op not in ("col", "lit"):
            name = f"t{len(self.lines)}"
            self.lines.append(f"    {name} = {text}")
            text = name
        self.done[id(node)] = text
        return text

    def _write(self, node: Expr) -> str:
        op, args = node.op, node.args
        if op == "col":
            if args[0] not in self.names:
                raise KeyError(f"the rule reads {args[0]!r}, which is not an input")
            return self.names[args[0]]
        if op == "lit":
            value = args[0]
            if isinstance(value, Fraction):
                return f"Fraction({value.numerator}, {value.denominator})"
            return repr(value)
        if op == "wide":
            return self.source(args[0])
        if op in _ARITHMETIC or op in _COMPARISON:
            left, right = self.source(args[0]), self.source(args[1])
            if node.nullable:
                return f"_{op}({left}, {right})"
            return f"({left} {({**_ARITHMETIC, **_COMPARISON})[op]} {right})"
        if op in ("and", "or"):
            left, right = self.source(args[0]), self.source(args[1])
            if node.nullable:
                return f"_{op}({left}, {right})"
            return f"({left} {op} {right})"
        if op == "not":
            inner = self.source(args[0])
            return f"_not({inner})" if node.nullable else f"(not {inner})"
        if op == "is_null":
            return f"({self.source(args[0])} is None)"
        if op == "fill_null":
            return f"_coalesce({self.source(args[0])}, {self.source(args[1])})"
        if op == "case":
            branches, default = case_branches(node)
            text = self.source(default)
            for condition, value in reversed(branches):
                test = self.source(condition)
                test = f"{test} is True" if condition.nullable else test
                text = f"({self.source(value)} if {test} else {text})"
            return text
        raise ValueError(f"no Python for {op!r}")  # pragma: no cover - every op is above


def compile_row(
    outputs: Sequence[Expr],
    inputs: Sequence[str],
    constants: Mapping[str, Scalar] | None = None,
    not_null: Collection[str] = (),
) -> Callable[..., tuple[Any, ...]]:
    """A Python function of ``inputs`` (positional) that returns ``outputs``' values.

    ``constants``: inputs whose values are known when compiling, ``not_null``: inputs
    never null (see :func:`simplify`); constants are still passed, and ignored. Branches
    of a ``when`` chain are computed only when taken, except for a node that several
    outputs share, which is computed once, first.
    """
    roots = simplify(outputs, constants, not_null)
    writer = _Writer(inputs, roots)
    results = [writer.source(out) for out in roots]
    names = list(writer.names.values())
    body = [
        f"def rule({', '.join(names)}):",
        *writer.lines,
        f"    return ({', '.join(results)},)",
    ]
    namespace = dict(_HELPERS)
    exec(compile("\n".join(body), "<rule>", "exec"), namespace)
    function: Callable[..., tuple[Any, ...]] = namespace["rule"]
    return function


def compile_group(
    aggregates: Mapping[str, Aggregate], inputs: Sequence[str]
) -> Callable[[Iterable[Sequence[Any]]], dict[str, Any]]:
    """A Python function that reduces rows (sequences of ``inputs``) to ``aggregates``."""
    exprs = [a.of for a in aggregates.values() if a.of is not None]
    per_row = compile_row(exprs, inputs) if exprs else None
    kinds = [a.how for a in aggregates.values()]
    names = list(aggregates)

    def group(rows_in: Iterable[Sequence[Any]]) -> dict[str, Any]:
        found: list[Any] = [0 if how in ("sum", "len") else None for how in kinds]
        for row in rows_in:
            values = iter(per_row(*row) if per_row is not None else ())
            for i, how in enumerate(kinds):
                if how == "len":
                    found[i] += 1
                    continue
                value = next(values)
                if value is None:
                    continue
                if how == "sum":
                    found[i] += value
                elif found[i] is None or (value < found[i] if how == "min" else value > found[i]):
                    found[i] = value
        return dict(zip(names, found, strict=True))

    return group
