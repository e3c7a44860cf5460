"""Expand a model's arrays into scalar variables, one per element, named like `Population[north]`.

Each arrayed definition is parsed once and written out once per element it covers, with every
subscripted reference resolved to the scalar it stands for: a dimension of the variable's own
to the current element (through a subrange or a mapping where the dimensions differ), an element
to itself, `*` and `dim!` to every element inside SUM, PROD, MIN, MAX, MEAN and SIZE.
Problems are collected, each naming the variable and its line, as the readers' problems are.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable

from models.formatting import localise
from models.i18n import fill, translate
from models.language.equations import MAX_NODES, Binary, Call, Name, Node, Num, Unary
from storage.arrays import messages
from storage.arrays.messages import ArrayError
from storage.arrays.parse import Ref, RefCall, Sub
from storage.arrays.spec import Arrays, Dimension
from storage.xmile.equations import canonical

REDUCERS = {"sum", "prod", "mean", "min", "max", "size"}
_MOST_ARGS = 32  # MIN and MAX take at most this many arguments; longer ones nest


class _Unbound(ArrayError):
    """A dimension with no element chosen yet: free inside a reduction, an error elsewhere."""

    def __init__(self, key: str, elements: list[str], shown: str):
        super().__init__(messages.free_dimension(shown))
        self.key, self.elements = key, elements


class Expander:
    """The arrays of one model, and how to write one of its equations for one element."""

    def __init__(self, arrays: Arrays):
        self.arrays = arrays
        self.dims = arrays.dimensions
        # Element keys of each dimension, their places and their set, worked out once: a dimension
        # of thousands of elements is consulted once per element of every equation.
        self.keyed: dict[str, list[str]] = {k: d.keys() for k, d in self.dims.items()}
        self.places: dict[str, dict[str, int]] = {k: {e: i for i, e in enumerate(v)} for k, v in self.keyed.items()}
        self.element_dims: dict[str, list[str]] = {}
        self.spelling: dict[str, str] = {}  # element key -> as written
        for dim in self.dims.values():
            for key, written in zip(self.keyed[dim.key], dim.elements):
                self.element_dims.setdefault(key, []).append(dim.key)
                self.spelling.setdefault(key, written)
        self.var_dims: dict[str, tuple[str | None, ...]] = {}
        self.names: dict[str, str] = {}  # variable key -> as written
        self.scalars: set[str] = set()  # keys of the model's variables that have no dimensions

    # -- dimensions ------------------------------------------------------------------------------

    def elements(self, key: str) -> list[str]:
        """Return the element keys a subscript on a left-hand side covers: a dimension's, or one element."""
        if key in self.dims:
            return self.keyed[key]
        if key in self.element_dims:
            return [key]
        raise ArrayError(fill(translate("FileErrors", "'%1' is not a dimension or an element"), key))

    def position_dimension(self, subscripts: Iterable[str]) -> str | None:
        """Return the dimension a variable has at one place, given the subscripts its definitions use there."""
        named = [s for s in subscripts if s in self.dims]
        covered: set[str] = set()
        for s in set(subscripts):
            covered.update(self.elements(s))
        for key in sorted(named, key=lambda k: -len(self.dims[k].elements)):
            if covered <= self.places[key].keys():
                return key
        holders = [d for d in self.dims.values() if covered <= self.places[d.key].keys()]
        return min(holders, key=lambda d: len(d.elements)).key if holders else None

    def scalar(self, variable: str, elements: tuple[str, ...]) -> str:
        """Return the key of one element of a variable (as canonical() gives for its written name)."""
        return f"{variable}[{','.join(elements)}]"

    def written(self, variable: str, elements: tuple[str, ...]) -> str:
        """Return the name of one element of a variable as people read it."""
        return f"{self.names.get(variable, variable)}[{','.join(self.spelling.get(e, e) for e in elements)}]"

    def ordinal(self, element: str) -> float:
        """Return an element's value in an equation: its place (from 1) in the largest dimension holding it."""
        largest = max((self.dims[d] for d in self.element_dims[element]), key=lambda d: len(d.elements))
        return float(self.places[largest.key][element] + 1)

    # -- resolving subscripts --------------------------------------------------------------------

    def resolve(self, variable: str, place: int, sub: Sub, binding: dict[str, str]) -> str:
        """Return the element a subscript of a reference stands for, in the elements now chosen."""
        dims = self.var_dims.get(variable, ())
        own = dims[place] if place < len(dims) else None
        if sub.kind == "star":
            if own is None:
                raise ArrayError(fill(translate("FileErrors", "'*' on '%1' at a place with no known dimension"), variable))
            return self._bound("*" + own, self.dims[own], binding)
        if sub.kind == "bang":
            if sub.text not in self.dims:
                raise ArrayError(messages.unknown_subscript(sub.text, variable))
            return self._bound("!" + sub.text, self.dims[sub.text], binding)
        if sub.kind == "num":
            if own is not None:
                keys = self.keyed[own]
                if sub.text in self.places[own]:
                    return sub.text
                index = float(sub.text)
                if index == int(index) and 1 <= index <= len(keys):
                    return keys[int(index) - 1]
            raise ArrayError(fill(translate("FileErrors", "'%1' has no element %2"), variable, sub.text))
        text = sub.text
        if text not in self.dims and "." in text:
            head, _, tail = text.rpartition(".")
            if head in self.dims:
                if tail == "*":
                    return self._bound("!" + head, self.dims[head], binding)
                text = tail
        if text in self.dims:
            return self._dimension(text, binding)
        if text in self.element_dims:
            return text
        raise ArrayError(messages.unknown_subscript(text, variable))

    def _bound(self, key: str, dim: Dimension, binding: dict[str, str]) -> str:
        if key in binding:
            return binding[key]
        raise _Unbound(key, self.keyed[dim.key], dim.name)

    def _dimension(self, key: str, binding: dict[str, str]) -> str:
        """Return the element of dimension `key` that the elements now chosen select."""
        if key in binding:
            return binding[key]
        dim = self.dims[key]
        keys = self.places[key]
        for other, element in binding.items():
            if other[0] in "*!" or other not in self.dims:
                continue
            others = self.dims[other]
            theirs = self.places[other]
            if element in keys and (theirs.keys() <= keys.keys() or keys.keys() <= theirs.keys()):
                return element  # one is a subrange of the other
            mapped = self._mapped(dim, others, element)
            if mapped is not None:
                return mapped
        raise _Unbound(key, self.keyed[key], dim.name)

    def _mapped(self, dim: Dimension, other: Dimension, element: str) -> str | None:
        """Return the element of `dim` that a mapping pairs with `element` of `other`, if one does."""
        for source, target in ((dim, other), (other, dim)):
            if target.key not in {canonical(k) for k in source.maps_to}:
                continue
            listed = next(v for k, v in source.maps_to.items() if canonical(k) == target.key)
            target_keys = [canonical(e) for e in listed] if listed else self.keyed[target.key]
            pairs = list(zip(self.keyed[source.key], target_keys))
            for a, b in pairs:
                if source is dim and b == element:
                    return a
                if source is other and a == element:
                    return b
        return None

    # -- equations -------------------------------------------------------------------------------

    def expand(self, node: Node, binding: dict[str, str]) -> Node:
        """Return `node` with every subscripted reference resolved for the elements now chosen."""
        done: dict[int, Node] = {}
        stack: list[tuple[Node, bool]] = [(node, False)]
        while stack:
            item, ready = stack.pop()
            if isinstance(item, (Unary, Binary)) and not ready:
                stack.append((item, True))
                parts = (item.operand,) if isinstance(item, Unary) else (item.left, item.right)
                stack.extend((part, False) for part in reversed(parts))
            elif isinstance(item, Unary):
                done[id(item)] = Unary(item.op, done[id(item.operand)], item.pos)
            elif isinstance(item, Binary):
                done[id(item)] = Binary(item.op, done[id(item.left)], done[id(item.right)], item.pos)
            else:
                done[id(item)] = self.atom(item, binding)
        return done[id(node)]

    def atom(self, node: Node, binding: dict[str, str]) -> Node:
        """Return a name, reference or call resolved."""
        if isinstance(node, Ref):
            return Name(self.reference(node, binding), node.pos)
        if isinstance(node, RefCall):
            args = tuple(self.expand(a, binding) for a in node.args)
            return Call(self.reference(node.ref, binding), args, node.pos)
        if isinstance(node, Name):
            if node.id in self.var_dims:
                try:
                    return Name(self.reference(self.implied(node.id, node.pos), binding), node.pos)
                except _Unbound as error:
                    dims = ", ".join(self.dims[d].name for d in self.var_dims[node.id] if d is not None)
                    raise ArrayError(fill(translate("FileErrors", "'%1' has dimensions (%2): name an element, as %1[%3], or take SUM(%1[*])"),
                                          node.id, dims, self.dims[error.key.lstrip('*!')].elements[0])) from error
            if node.id in self.scalars:
                return node  # a variable's name wins over an element or dimension of the same name
            if node.id in binding and node.id in self.dims:
                return Num(self.ordinal(binding[node.id]), node.pos)
            if node.id in self.element_dims and node.id not in self.dims:
                return Num(self.ordinal(node.id), node.pos)  # an element compared with a dimension's
            return node
        if isinstance(node, Call):
            if node.func in REDUCERS and len(node.args) == 1:
                return self.reduce(node, binding)
            if node.func in self.var_dims and self.var_dims[node.func]:
                args = tuple(self.expand(a, binding) for a in node.args)
                return Call(self.reference(self.implied(node.func, node.pos), binding), args, node.pos)
            return Call(node.func, tuple(self.expand(a, binding) for a in node.args), node.pos)
        return node

    def implied(self, variable: str, pos: int) -> Ref:
        """Return the reference a bare arrayed name stands for: every one of its own dimensions."""
        dims = self.var_dims[variable]
        if any(d is None for d in dims):
            raise ArrayError(fill(translate("FileErrors", "'%1' needs its subscripts written out"), variable))
        return Ref(variable, tuple(Sub("name", d) for d in dims if d is not None), pos)

    def reference(self, ref: Ref, binding: dict[str, str]) -> str:
        """Return the key of the scalar a reference stands for."""
        dims = self.var_dims.get(ref.id)
        if dims is None:
            raise ArrayError(messages.not_arrayed(ref.id))
        if len(dims) != len(ref.subs):
            raise ArrayError(messages.wrong_count(ref.id, len(dims), len(ref.subs)))
        return self.scalar(ref.id, tuple(self.resolve(ref.id, k, s, binding) for k, s in enumerate(ref.subs)))

    def reduce(self, call: Call, binding: dict[str, str]) -> Node:
        """Return SUM, PROD, MEAN, MIN, MAX or SIZE over the free dimensions of its argument, written out."""
        arg = call.args[0]
        if call.func == "size" and isinstance(arg, Name) and arg.id in self.dims:
            return Num(float(len(self.dims[arg.id].elements)), call.pos)
        free = self.free(arg, binding)
        if not free:
            if call.func in ("min", "max"):
                return Call(call.func, (self.expand(arg, binding),), call.pos)
            raise ArrayError(fill(translate("FileErrors", "%1 needs an array, such as x[*]"), call.func.upper()))
        count = math.prod(len(elements) for elements in free.values())
        if count > MAX_NODES:
            raise ArrayError(fill(translate("FileErrors", "%1 over %2 elements; at most %3 are written out"), call.func.upper(),
                                  localise(f"{count:,}"), localise(f"{MAX_NODES:,}")))
        terms = []
        for chosen in itertools.product(*free.values()):
            terms.append(self.expand(arg, {**binding, **dict(zip(free, chosen))}))
        if call.func == "size":
            return Num(float(len(terms)), call.pos)
        if call.func in ("min", "max"):
            return _nested(call.func, terms, call.pos)
        total = terms[0]
        for term in terms[1:]:
            total = Binary("*" if call.func == "prod" else "+", total, term, call.pos)
        return Binary("/", total, Num(float(len(terms)), call.pos), call.pos) if call.func == "mean" else total

    def free(self, node: Node, binding: dict[str, str]) -> dict[str, list[str]]:
        """Return the dimensions a reduction's argument leaves unbound, each with its elements."""
        free: dict[str, list[str]] = {}
        stack = [node]
        while stack:
            item = stack.pop()
            if isinstance(item, Unary):
                stack.append(item.operand)
            elif isinstance(item, Binary):
                stack += [item.left, item.right]
            elif isinstance(item, Call):
                if item.func not in REDUCERS:
                    stack += list(item.args)
            elif isinstance(item, (Ref, RefCall, Name)):
                ref = item.ref if isinstance(item, RefCall) else item
                if isinstance(ref, Name):
                    if ref.id not in self.var_dims:
                        continue
                    ref = self.implied(ref.id, ref.pos)
                if isinstance(item, RefCall):
                    stack += list(item.args)
                extra = dict(binding, **{k: v[0] for k, v in free.items()})
                for place, sub in enumerate(ref.subs):
                    try:
                        self.resolve(ref.id, place, sub, extra)
                    except _Unbound as unbound:
                        free[unbound.key] = unbound.elements
                        extra[unbound.key] = unbound.elements[0]
        return free


def _nested(func: str, terms: list[Node], pos: int) -> Node:
    """Return MIN or MAX of many terms as calls of at most _MOST_ARGS arguments."""
    while len(terms) > _MOST_ARGS:
        terms = [Call(func, tuple(terms[k:k + _MOST_ARGS]), pos) for k in range(0, len(terms), _MOST_ARGS)]
    return Call(func, tuple(terms), pos)
