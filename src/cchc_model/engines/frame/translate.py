"""The rules' expressions as dataframe columns (narwhals), for every backend.

:class:`Translator` turns an :class:`~cchc_model.rules.expr.Expr` into a narwhals
expression, node by node. A node that several outputs share becomes a column of its own
first, so no engine computes (or even translates) it twice. Products marked
:func:`~cchc_model.rules.expr.wide` are computed in the backend's wide integer type
where it has one. Aggregations become a ``group_by`` over columns computed beforehand,
which every backend takes (some take only plain column reductions).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ...rules.expr import Aggregate, DType, Expr, case_branches, simplify
from . import keys as keys_module
from .backend import Backend, Unsupported
from .types import Column, Conditional, Frame, NarwhalsDType

__all__ = ["Translator"]

#: Constants must stay well inside 64-bit integers, whose products are checked.
_BIG = 2**62

_BINARY: dict[str, Callable[[Column, Column], Column]] = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "mod": lambda a, b: a % b,
    "ge": lambda a, b: a >= b,
    "gt": lambda a, b: a > b,
    "le": lambda a, b: a <= b,
    "lt": lambda a, b: a < b,
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "and": lambda a, b: a & b,
    "or": lambda a, b: a | b,
}


class Translator:
    """Translates rule expressions for one backend.

    Args:
        backend: The backend the columns are computed on.
        wide: Whether products marked wide are computed in the backend's wide type
            (False when the inputs are known to keep them within 64 bits).
    """

    def __init__(self, backend: Backend, wide: bool = True) -> None:
        self.backend = backend
        self.nw = backend.nw
        self.wide_type = backend.wide if wide else None
        self._types: dict[DType, NarwhalsDType] = {
            DType.INT: self.nw.Int64,
            DType.BOOL: self.nw.Boolean,
            DType.TEXT: self.nw.String,
        }
        self._temporaries = 0

    def dtype(self, dtype: DType) -> NarwhalsDType:
        """The narwhals type of a rule's kind of value."""
        return self._types[dtype]

    # --- expressions -----------------------------------------------------------------

    def expr(self, node: Expr, known: Mapping[int, Column] | None = None) -> Column:
        """The narwhals expression of ``node`` (``known``: nodes already columns)."""
        memo: dict[int, Column] = dict(known or {})
        return self._translate(node, memo)

    def _translate(self, node: Expr, memo: dict[int, Column]) -> Column:
        found = memo.get(id(node))
        if found is not None:
            return found
        out = self._node(node, memo)
        memo[id(node)] = out
        return out

    def _node(self, node: Expr, memo: dict[int, Column]) -> Column:
        nw = self.nw
        op, args = node.op, node.args
        if op == "col":
            return nw.col(args[0])
        if op == "lit":
            value = args[0]
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _BIG:
                raise Unsupported(f"a constant too large for exact integer columns ({value})")
            if value is not None and not isinstance(value, bool | int | str):
                raise Unsupported(f"a constant {value!r} that is not a whole number")
            return nw.lit(value, dtype=self.dtype(node.dtype))
        if op == "wide":
            inner = args[0]
            if self.wide_type is None:
                return self._translate(inner, memo)
            if inner.op == "mul":
                left, right = (self._translate(a, memo) for a in inner.args)
                return left.cast(self.wide_type) * right.cast(self.wide_type)
            return self._translate(inner, memo).cast(self.wide_type)
        if op in _BINARY:
            left, right = (self._translate(a, memo) for a in args)
            if op in ("and", "or"):
                left, right = self._condition(args[0], left), self._condition(args[1], right)
            return _BINARY[op](left, right)
        if op == "not":
            return ~self._condition(args[0], self._translate(args[0], memo))
        if op == "is_null":
            return self._translate(args[0], memo).is_null()
        if op == "fill_null":
            return self._translate(args[0], memo).fill_null(self._translate(args[1], memo))
        if op == "case":
            branches, default = case_branches(node)
            out: Conditional | None = None
            for condition, value in branches:
                test = self._condition(condition, self._translate(condition, memo))
                then = self._translate(value, memo)
                out = nw.when(test).then(then) if out is None else out.when(test).then(then)
            assert out is not None, "a case node has a branch"  # (for the type checker)
            if default.op == "lit" and default.args[0] is None:
                return out.otherwise(nw.lit(None, dtype=self.dtype(node.dtype)))
            return out.otherwise(self._translate(default, memo))
        raise ValueError(f"no column expression for {op!r}")  # pragma: no cover

    def _condition(self, node: Expr, translated: Column) -> Column:
        """A condition, with null read as false where the backend needs it said."""
        if node.nullable and self.backend.null_conditions_are_false is False:
            return translated.fill_null(False)
        return translated

    # --- frames ----------------------------------------------------------------------

    def _shared(self, roots: Sequence[Expr]) -> list[Expr]:
        """The nodes (not columns or constants) that several roots or parents share,
        innermost first."""
        uses: dict[int, int] = {}
        nodes: dict[int, Expr] = {}
        order: list[Expr] = []
        stack: list[tuple[Expr, bool]] = [(root, False) for root in reversed(roots)]
        while stack:
            node, expanded = stack.pop()
            if expanded:
                order.append(node)
                continue
            uses[id(node)] = uses.get(id(node), 0) + 1
            if uses[id(node)] > 1 or node.op in ("col", "lit"):
                continue
            nodes[id(node)] = node
            stack.append((node, True))
            stack.extend((a, False) for a in node.args if isinstance(a, Expr))
        return [n for n in order if uses[id(n)] > 1]

    def with_columns(self, frame: Frame, named: Mapping[str, Expr]) -> Frame:
        """``frame`` with the columns ``named`` added (or replaced)."""
        frame, exprs, temporaries = self._prepared(frame, named)
        out = frame.with_columns(*exprs.values())
        return out.drop(*temporaries) if temporaries else out

    def select(
        self, frame: Frame, keep: Sequence[str | Column], named: Mapping[str, Expr]
    ) -> Frame:
        """The columns ``keep`` of ``frame`` and the columns ``named``."""
        frame, exprs, _ = self._prepared(frame, named)
        return frame.select(*keep, *exprs.values())

    def _prepared(
        self, frame: Frame, named: Mapping[str, Expr]
    ) -> tuple[Frame, dict[str, Column], list[str]]:
        roots = simplify(list(named.values()))
        memo: dict[int, Column] = {}
        shared = self._shared(roots)
        if shared:
            self._temporaries += 1
            names: dict[int, str] = {}
            for i, node in enumerate(shared):
                names[id(node)] = f"_s{self._temporaries}_{i}"
            # one with_columns per depth: a shared node may read another
            done: set[int] = set()
            pending = list(shared)
            while pending:
                ready = [n for n in pending if not _reads_pending(n, pending, done)]
                frame = frame.with_columns(
                    **{names[id(n)]: self._translate(n, dict(memo)) for n in ready}
                )
                for n in ready:
                    memo[id(n)] = self.nw.col(names[id(n)])
                    done.add(id(n))
                pending = [n for n in pending if id(n) not in done]
            temporaries = list(names.values())
        else:
            temporaries = []
        exprs = {
            name: self._translate(root, memo).alias(name)
            for name, root in zip(named, roots, strict=True)
        }
        return frame, exprs, temporaries

    def aggregate(
        self,
        frame: Frame,
        keys: Sequence[str],
        aggregates: Mapping[str, Aggregate],
        bounds: Sequence[int] | None = None,
    ) -> Frame:
        """``frame`` grouped by ``keys`` with the ``aggregates`` (a sum of nothing is 0).

        ``bounds``: each key's bound (its values lie in ``0 ≤ v < bound``), to group on
        one packed integer where the backend packs keys (see :mod:`.keys`).
        """
        nw = self.nw
        inputs = {f"_a_{name}": a.of for name, a in aggregates.items() if a.of is not None}
        frame = self.select(frame, list(keys), inputs) if inputs else frame.select(*keys)
        reductions = []
        sums = []
        for name, aggregate in aggregates.items():
            if aggregate.how == "len":
                reductions.append(nw.len().alias(name))
                continue
            column = nw.col(f"_a_{name}")
            reduced = {"sum": column.sum, "min": column.min, "max": column.max}[aggregate.how]()
            reductions.append(reduced.alias(name))
            if aggregate.how == "sum":
                sums.append(name)
        if bounds is not None and self.backend.packs_keys:
            fields = list(zip(keys, bounds, strict=True))
            out = keys_module.group_by(nw, frame, fields, reductions, True)
        else:
            out = frame.group_by(list(keys)).agg(*reductions)
        if not sums:
            return out
        return out.with_columns(*(nw.col(name).fill_null(0).cast(nw.Int64) for name in sums))


def _reads_pending(node: Expr, pending: Sequence[Expr], done: set[int]) -> bool:
    """Whether ``node`` reads a shared node other than itself not yet computed."""
    wanted = {id(n) for n in pending} - done - {id(node)}
    stack = [a for a in node.args if isinstance(a, Expr)]
    seen: set[int] = set()
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if id(current) in wanted:
            return True
        stack.extend(a for a in current.args if isinstance(a, Expr))
    return False
