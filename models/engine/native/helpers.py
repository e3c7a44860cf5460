"""Small LLVM functions the generated model calls, each giving exactly what `runtime.SCALAR` gives.

They are the same for every model, so they are written once per process with llvmlite.ir and
their text is placed before each model's generated functions.

Library maths (exp, log, sin, pow, ...) is declared under names of our own (`pp_exp`, ...) and
bound at load time to the C library that Python's `math` module calls (see jit.py), so LLVM can
neither fold nor rewrite those calls and both back ends call the same code.
"""

from __future__ import annotations

from llvmlite import ir

from models.engine.native import LANES

F64 = ir.DoubleType()
I64 = ir.IntType(64)
I1 = ir.IntType(1)
PTR = ir.PointerType()
INF = float("inf")
NAN = float("nan")
TIME_EPS = 1e-9  # as runtime.TIME_EPS

LIBM = ("exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "fmod", "pow")
INTRINSICS = ("floor", "ceil", "trunc", "fabs", "sqrt")


def const(value: float) -> ir.Constant:
    """Return a double constant."""
    return ir.Constant(F64, value)


def helper_text() -> str:
    """Return the IR text declaring library functions and defining every helper (written once)."""
    global _TEXT
    if _TEXT is None:
        helpers = Helpers(ir.Module(name="prospectiva_helpers"))
        for name in LIBM:
            helpers.libm(name)
        for name in INTRINSICS:
            helpers.intrinsic(name)
        helpers.intrinsic("copysign", 2)
        for name in ("pow", "mod", "round", "pulse", "delay", "delay_lane", "lookup"):
            helpers.helper(name)
        module_text = str(helpers.module)
        _TEXT = module_text[module_text.index("\n\n") + 2:]  # without the module's header lines
    return _TEXT


_TEXT: str | None = None


class Helpers:
    """The module's library declarations and helper functions, made on first use."""

    def __init__(self, module: ir.Module):
        self.module = module
        self._made: dict[str, ir.Function] = {}

    def libm(self, name: str) -> ir.Function:
        """Return the declaration of a C library function of doubles, bound in jit.py."""
        key = "pp_" + name
        if key not in self._made:
            arity = 2 if name in ("fmod", "pow") else 1
            fn = ir.Function(self.module, ir.FunctionType(F64, [F64] * arity), key)
            fn.attributes.add("nounwind")
            self._made[key] = fn
        return self._made[key]

    def intrinsic(self, name: str, arity: int = 1) -> ir.Function:
        """Return an exact LLVM intrinsic on doubles (floor, fabs, sqrt, copysign, ...)."""
        key = f"llvm.{name}.f64"
        if key not in self._made:
            self._made[key] = ir.Function(self.module, ir.FunctionType(F64, [F64] * arity), key)
        return self._made[key]

    def helper(self, name: str) -> ir.Function:
        """Return one of the helper functions below, defining it on first use."""
        if name not in self._made:
            maker = getattr(self, "_make_" + name)
            self._made[name] = maker()
        return self._made[name]

    def _function(self, name: str, args: list, ret=F64) -> tuple[ir.Function, ir.IRBuilder]:
        fn = ir.Function(self.module, ir.FunctionType(ret, args), "pp_h_" + name)
        fn.linkage = "internal"
        fn.attributes.add("nounwind")
        return fn, ir.IRBuilder(fn.append_basic_block("entry"))

    def _finite(self, b: ir.IRBuilder, x) -> ir.Value:
        return b.fcmp_ordered("<", b.call(self.intrinsic("fabs"), [x]), const(INF))

    def _make_pow(self) -> ir.Function:
        # Python's float ** raises where C's pow answers; runtime._pow turns those into numbers:
        # 0 to a negative power is +inf, a negative number to a fraction is complex (nan) unless
        # its size overflows (-inf).
        fn, b = self._function("pow", [F64, F64])
        a, e = fn.args
        pow_ = self.libm("pow")
        plain = b.call(pow_, [a, e])
        zero_base = b.and_(b.fcmp_ordered("==", a, const(0.0)), b.fcmp_ordered("<", e, const(0.0)))
        fraction = b.fcmp_ordered("!=", b.call(self.intrinsic("floor"), [e]), e)
        negative = b.and_(b.fcmp_ordered("<", a, const(0.0)), b.fcmp_ordered(">", a, const(-INF)))
        complex_ = b.and_(negative, fraction)
        size = b.call(pow_, [b.fneg(a), e])
        complex_value = b.select(b.fcmp_ordered("==", size, const(INF)), const(-INF), const(NAN))
        b.ret(b.select(zero_base, const(INF), b.select(complex_, complex_value, plain)))
        return fn

    def _make_mod(self) -> ir.Function:
        # CPython's float %: fmod, moved to the divisor's sign; a zero result takes the divisor's sign.
        fn, b = self._function("mod", [F64, F64])
        a, d = fn.args
        r = b.call(self.libm("fmod"), [a, d])
        nonzero = b.fcmp_unordered("!=", r, const(0.0))  # nan counts as non-zero, as in C
        differ = b.xor(b.fcmp_ordered("<", d, const(0.0)), b.fcmp_ordered("<", r, const(0.0)))
        moved = b.select(differ, b.fadd(r, d), r)
        signed_zero = b.call(self.intrinsic("copysign", 2), [const(0.0), d])
        value = b.select(nonzero, moved, signed_zero)
        b.ret(b.select(b.fcmp_ordered("==", d, const(0.0)), const(NAN), value))
        return fn

    def _make_round(self) -> ir.Function:
        fn, b = self._function("round", [F64])
        (x,) = fn.args
        half_up = b.call(self.intrinsic("floor"), [b.fadd(b.call(self.intrinsic("fabs"), [x]), const(0.5))])
        b.ret(b.select(self._finite(b, x), b.call(self.intrinsic("copysign", 2), [half_up, x]), x))
        return fn

    def _make_pulse(self) -> ir.Function:
        fn, b = self._function("pulse", [F64] * 5)
        h, t0, width, t, interval = fn.args
        now = b.fadd(t, const(TIME_EPS))
        begun = b.fcmp_ordered(">=", now, t0)
        repeats = b.and_(b.fcmp_ordered(">", interval, const(0.0)), b.fcmp_ordered("<", interval, const(INF)))
        periods = b.call(self.intrinsic("floor"), [b.fdiv(b.fsub(now, t0), interval)])
        start = b.select(repeats, b.fadd(t0, b.fmul(periods, interval)), t0)
        on = b.and_(begun, b.fcmp_ordered("<", now, b.fadd(start, width)))
        b.ret(b.select(on, h, const(0.0)))
        return fn

    def _make_delay(self) -> ir.Function:
        # (history of this delay, i, tau, dt, initial): the input round(tau/dt) steps back, at least one.
        return self._delay("delay", False)

    def _make_delay_lane(self) -> ir.Function:
        # The same for one sample of LANES run side by side (lanes.py): its history is every LANES-th value.
        return self._delay("delay_lane", True)

    def _delay(self, name: str, lane: bool) -> ir.Function:
        fn, b = self._function(name, [PTR, I64, F64, F64, F64] + ([I64] if lane else []))
        history, i, tau, dt, initial = fn.args[:5]
        lag = b.call(self.helper("round"), [b.fdiv(tau, dt)])
        finite = self._finite(b, lag)
        lag = b.select(b.fcmp_ordered(">", lag, const(1.0)), lag, const(1.0))
        back = b.fsub(b.sitofp(i, F64), lag)
        inside = b.fcmp_ordered(">=", back, const(0.0))
        fallback = b.select(finite, initial, const(NAN))
        read, done = fn.append_basic_block("read"), fn.append_basic_block("done")
        entry = b.block
        b.cbranch(b.and_(finite, inside), read, done)
        b.position_at_end(read)
        at = b.fptosi(back, I64)
        if lane:
            at = b.add(b.mul(at, ir.Constant(I64, LANES)), fn.args[5])
        past = b.load(b.gep(history, [at], source_etype=F64), typ=F64)
        b.branch(done)
        b.position_at_end(done)
        value = b.phi(F64)
        value.add_incoming(past, read)
        value.add_incoming(fallback, entry)
        b.ret(value)
        return fn

    def _make_lookup(self) -> ir.Function:
        # (x, xs, ys, count): linear between points, clamped, nan for nan; bisect_right as Python.
        fn, b = self._function("lookup", [F64, PTR, PTR, I64])
        x, xs, ys, count = fn.args
        last = b.sub(count, ir.Constant(I64, 1))

        def at(array, k):
            return b.load(b.gep(array, [k], source_etype=F64), typ=F64)

        entry = b.block
        search, loop, body, found, done = (fn.append_basic_block(n) for n in ("search", "loop", "body", "found", "done"))
        x0, xn = at(xs, ir.Constant(I64, 0)), at(xs, last)
        y0, yn = at(ys, ir.Constant(I64, 0)), at(ys, last)
        edge = b.select(b.fcmp_unordered("!=", x, x), const(NAN), b.select(b.fcmp_ordered("<=", x, x0), y0, yn))
        outside = b.or_(b.fcmp_unordered("<=", x, x0), b.fcmp_ordered(">=", x, xn))
        b.cbranch(outside, done, search)
        b.position_at_end(search)
        b.branch(loop)
        b.position_at_end(loop)
        lo, hi = b.phi(I64), b.phi(I64)
        lo.add_incoming(ir.Constant(I64, 0), search)
        hi.add_incoming(count, search)
        b.cbranch(b.icmp_signed("<", lo, hi), body, found)
        b.position_at_end(body)
        mid = b.lshr(b.add(lo, hi), ir.Constant(I64, 1))
        below = b.fcmp_ordered("<", x, at(xs, mid))
        lo.add_incoming(b.select(below, lo, b.add(mid, ir.Constant(I64, 1))), body)
        hi.add_incoming(b.select(below, mid, hi), body)
        b.branch(loop)
        b.position_at_end(found)
        k = lo
        k0 = b.sub(k, ir.Constant(I64, 1))
        xa, xb, ya, yb = at(xs, k0), at(xs, k), at(ys, k0), at(ys, k)
        inner = b.fadd(ya, b.fdiv(b.fmul(b.fsub(yb, ya), b.fsub(x, xa)), b.fsub(xb, xa)))
        b.branch(done)
        b.position_at_end(done)
        value = b.phi(F64)
        value.add_incoming(edge, entry)
        value.add_incoming(inner, found)
        b.ret(value)
        return fn
