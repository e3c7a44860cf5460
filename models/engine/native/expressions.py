"""Write LLVM IR for checked equation trees, giving what the scalar Python back end gives.

The per-equation code is written as IR text: building llvmlite.ir objects and printing them cost
about 1 ms a variable (14 s on a 14,000-variable model), text costs a tenth of that. No user text
reaches it: variables become row offsets, numbers exact hexadecimal doubles, functions the fixed
helpers of helpers.py.

Each value comes with whether Python would hold it as an int: comparisons give bools there, and
arithmetic on bools stays integral, where a zero has no sign. A product or negation of such values
gets `+ 0.0`, which turns -0.0 into 0.0 and leaves every other number alone, so a later division
by it gives the infinity of the same sign as in Python.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from models.engine.native.helpers import INF, NAN, TIME_EPS
from models.language.checker import constant_value
from models.language.equations import Binary, Call, Name, Node, Num, Unary

_ORDERED = {"<": "olt", "<=": "ole", ">": "ogt", ">=": "oge", "==": "oeq"}
_LIBM = {"exp", "sin", "cos", "tan", "asin", "acos", "atan"}
_INTEGRAL = {"floor", "ceil", "trunc"}


def number(value: float) -> str:
    """Return a double as an exact IR literal."""
    return f"0x{struct.unpack('<Q', struct.pack('<d', value))[0]:016X}"


ZERO, HALF_STEP = number(0.0), number(TIME_EPS)


@dataclass
class Frame:
    """One chunk function being written: its lines and the variables it already holds."""

    lines: list[str] = field(default_factory=list)
    count: int = 0
    held: dict[int, str] = field(default_factory=dict)
    known: dict[str, str] = field(default_factory=dict)  # instruction text -> the value that has it

    def op(self, text: str) -> str:
        """Add an instruction and return the name of its value; a repeated computation reuses the first."""
        if text in self.known:
            # Operands are names of values, so equal text is an equal value (`if` repeats its inputs in
            # both branches, for instance); only loads may see a store between them, and they are not kept.
            return self.known[text]
        self.count += 1
        name = f"%x{self.count}"
        self.lines.append(f"  {name} = {text}")
        if not text.startswith("load"):
            self.known[text] = name
        return name

    def slot(self, base: str, at: str) -> str:
        """Return a pointer to element `at` of a double array."""
        return self.op(f"getelementptr double, ptr {base}, i64 {at}")

    def read(self, base: str, at: str) -> str:
        """Return element `at` of a double array."""
        return self.op(f"load double, ptr {self.slot(base, at)}")

    def write(self, value: str, base: str, at: str) -> None:
        """Set element `at` of a double array."""
        self.lines.append(f"  store double {value}, ptr {self.slot(base, at)}")


class Emitter:
    """Emit expressions of one model; `var_int[k]` says whether variable k holds a Python int."""

    def __init__(self, index: dict[str, int], state_of: dict[int, int], delay_slot: dict[int, int]):
        self.index = index
        self.state_of = state_of
        self.delay_slot = delay_slot
        self.var_int: dict[int, bool] = {}
        self.tables: dict[tuple, int] = {}
        self._int: dict[int, bool] = {}  # id(node) -> is_int(node); trees live as long as the emitter

    def is_int(self, node: Node) -> bool:
        """Say whether the scalar back end would hold this expression's value as an int (a bool)."""
        known = self._int.get(id(node))
        if known is None:
            known = self._int[id(node)] = self._is_int(node)
        return known

    def _is_int(self, node: Node) -> bool:
        if isinstance(node, Num):
            return False
        if isinstance(node, Name):
            return node.id not in ("t", "dt") and self.var_int.get(self.index[node.id], False)
        if isinstance(node, Unary):
            return node.op != "not" and self.is_int(node.operand)
        if isinstance(node, Binary):
            if node.op in _ORDERED or node.op == "!=":
                return True
            return node.op in ("+", "-", "*", "^") and self.is_int(node.left) and self.is_int(node.right)
        if id(node) in self.state_of:
            return False
        if node.func == "if":
            return self.is_int(node.args[1]) and self.is_int(node.args[2])
        if node.func in ("min", "max", "clip", "abs", "mod"):
            return all(self.is_int(a) for a in node.args)
        return False

    def load(self, f: Frame, k: int) -> str:
        """Return variable k's value this step."""
        if k not in f.held:
            f.held[k] = f.read("%row", str(k))
        return f.held[k]

    def store(self, f: Frame, k: int, value: str) -> None:
        """Set variable k's value this step."""
        f.write(value, "%row", str(k))
        f.held[k] = value

    def expr(self, f: Frame, node: Node) -> str:
        """Return the value of an expression."""
        if isinstance(node, Binary):
            return self.binary(f, node)
        if isinstance(node, Name):
            if node.id in ("t", "dt"):
                return "%" + node.id
            k = self.index[node.id]
            return f.held[k] if k in f.held else self.load(f, k)
        if isinstance(node, Num):
            return number(node.value)
        if isinstance(node, Unary):
            if node.op == "-":
                return self.negated(f, node.operand)
            operand = self.expr(f, node.operand)
            if node.op == "not":
                return f.op(f"uitofp i1 {f.op(f'xor i1 {self.truth(f, node.operand, operand)}, true')} to double")
            return operand
        return self.call(f, node)

    def negated(self, f: Frame, node: Node) -> str:
        """Return minus an expression; through `if`, each branch is negated as the type it has in Python."""
        if isinstance(node, Call) and node.func == "if" and id(node) not in self.state_of:
            test = self.truth(f, node.args[0])
            return f.op(f"select i1 {test}, double {self.negated(f, node.args[1])}, double {self.negated(f, node.args[2])}")
        return self._unsigned_zero(f, f.op(f"fneg double {self.expr(f, node)}"), self.is_int(node))

    def _unsigned_zero(self, f: Frame, value: str, integral: bool) -> str:
        return f.op(f"fadd double {value}, {ZERO}") if integral else value

    def truth(self, f: Frame, node: Node, value: str | None = None) -> str:
        """Return an i1: the expression is non-zero and not nan (runtime._truth), or a comparison holds."""
        if isinstance(node, Binary) and (node.op in _ORDERED or node.op == "!="):
            return self.compare(f, node)
        value = self.expr(f, node) if value is None else value
        return f.op(f"fcmp one double {value}, {ZERO}")

    def compare(self, f: Frame, node: Binary) -> str:
        left, right = self.expr(f, node.left), self.expr(f, node.right)
        code = "une" if node.op == "!=" else _ORDERED[node.op]  # nan != nan holds, as in Python
        return f.op(f"fcmp {code} double {left}, {right}")

    def binary(self, f: Frame, node: Binary) -> str:
        if node.op in _ORDERED or node.op == "!=":
            return f.op(f"uitofp i1 {self.compare(f, node)} to double")
        if node.op in ("and", "or"):
            left, right = self.truth(f, node.left), self.truth(f, node.right)
            return f.op(f"uitofp i1 {f.op(f'{node.op} i1 {left}, {right}')} to double")
        left, right = self.expr(f, node.left), self.expr(f, node.right)
        if node.op == "+":
            return f.op(f"fadd double {left}, {right}")
        if node.op == "-":
            return f.op(f"fsub double {left}, {right}")
        if node.op == "/":
            return f.op(f"fdiv double {left}, {right}")  # IEEE division gives what runtime._div gives, signs of inf included
        integral = self.is_int(node.left) and self.is_int(node.right)
        if node.op == "*":
            return self._unsigned_zero(f, f.op(f"fmul double {left}, {right}"), integral)
        if node.op == "^":
            return self._unsigned_zero(f, f.op(f"call double @pp_h_pow(double {left}, double {right})"), integral)
        raise AssertionError(f"unchecked operator {node.op}")  # the parser makes no other

    def call(self, f: Frame, node: Call) -> str:
        func = node.func
        if id(node) in self.state_of:
            j = self.state_of[id(node)]
            current = f.read("%state", str(j))
            if func != "delay":
                return current
            history = f.slot("%hist", f.op(f"mul i64 {self.delay_slot[j]}, %n"))
            tau = self.expr(f, node.args[1])
            return f.op(f"call double @pp_h_delay(ptr {history}, i64 %i, double {tau}, double %dt, double {current})")
        if func == "if":
            test = self.truth(f, node.args[0])
            return f.op(f"select i1 {test}, double {self.expr(f, node.args[1])}, double {self.expr(f, node.args[2])}")
        if func == "lookup":
            table, count = self.table(node)
            x = self.expr(f, node.args[0])
            return f.op(f"call double @pp_h_lookup(double {x}, ptr @pp_lx{table}, ptr @pp_ly{table}, i64 {count})")
        args = [self.expr(f, a) for a in node.args]
        if func in ("min", "max"):
            # Python's min keeps the first of equals and ignores a later nan: replace only when strictly beyond.
            result = args[0]
            for arg in args[1:]:
                beyond = f.op(f"fcmp {'olt' if func == 'min' else 'ogt'} double {arg}, {result}")
                result = f.op(f"select i1 {beyond}, double {arg}, double {result}")
            return result
        if func == "clip":
            x, lo, hi = args
            above = f.op(f"select i1 {f.op(f'fcmp ogt double {x}, {hi}')}, double {hi}, double {x}")
            return f.op(f"select i1 {f.op(f'fcmp olt double {x}, {lo}')}, double {lo}, double {above}")
        if func in ("abs", "sqrt"):
            # llvm.sqrt gives nan below zero and -0.0 at -0.0, as math.sqrt and runtime._sqrt
            return f.op(f"call double @llvm.{'fabs' if func == 'abs' else 'sqrt'}.f64(double {args[0]})")
        if func in _LIBM:
            return f.op(f"call double @pp_{func}(double {args[0]})")
        if func in ("ln", "log10"):
            x = args[0]
            value = f.op(f"call double @pp_{'log' if func == 'ln' else 'log10'}(double {x})")
            low = f.op(f"select i1 {f.op(f'fcmp oeq double {x}, {ZERO}')}, double {number(-INF)}, double {number(NAN)}")
            return f.op(f"select i1 {f.op(f'fcmp ogt double {x}, {ZERO}')}, double {value}, double {low}")
        if func in _INTEGRAL:
            # Python's math.floor gives an int, so floor(-0.5) is 0, never -0.0.
            return f.op(f"fadd double {f.op(f'call double @llvm.{func}.f64(double {args[0]})')}, {ZERO}")
        if func == "round":
            return f.op(f"call double @pp_h_round(double {args[0]})")
        if func == "mod":
            return self._unsigned_zero(f, f.op(f"call double @pp_h_mod(double {args[0]}, double {args[1]})"), self.is_int(node))
        if func == "rem":
            return f.op(f"call double @pp_fmod(double {args[0]}, double {args[1]})")
        if func == "step":
            begun = f.op(f"fcmp oge double {f.op(f'fadd double %t, {HALF_STEP}')}, {args[1]}")
            return f.op(f"select i1 {begun}, double {args[0]}, double {ZERO}")
        if func == "ramp":
            slope, start = args[:2]
            end = args[2] if len(args) == 3 else number(INF)
            until = f.op(f"select i1 {f.op(f'fcmp olt double {end}, %t')}, double {end}, double %t")  # Python's min(t, end)
            rising = f.op(f"fmul double {slope}, {f.op(f'fsub double {until}, {start}')}")
            return f.op(f"select i1 {f.op(f'fcmp ole double %t, {start}')}, double {ZERO}, double {rising}")
        if func == "pulse":
            width = args[2] if len(args) >= 3 else "%dt"
            interval = args[3] if len(args) == 4 else ZERO
            return f.op(f"call double @pp_h_pulse(double {args[0]}, double {args[1]}, double {width}, double %t, double {interval})")
        raise AssertionError(f"unchecked function {func}")  # the checker lets no other name through

    def table(self, node: Call) -> tuple[int, int]:
        """Return the number of a lookup's points table (shared by lookups with the same points) and its length."""
        points = []
        for argument in node.args[1:]:
            value = constant_value(argument)
            assert value is not None  # the checker accepts only numbers as a lookup's points
            points.append(float(value))
        key = (tuple(points[0::2]), tuple(points[1::2]))
        return self.tables.setdefault(key, len(self.tables)), len(key[0])

    def table_text(self) -> list[str]:
        """Return the lookup tables as constant arrays."""
        lines = []
        for (xs, ys), m in self.tables.items():
            for axis, values in (("x", xs), ("y", ys)):
                items = ", ".join(f"double {number(v)}" for v in values)
                lines.append(f"@pp_l{axis}{m} = internal constant [{len(values)} x double] [{items}]")
        return lines
