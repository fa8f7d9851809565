"""The natural logarithm of the incident engine's exponential draws, in plain arithmetic.

The time on scene is exponential by inversion, ``-mean * log(1 - U)``. The C library's ``log`` is a
call the compiler cannot vectorise (about 5 ns each in the engine's kernel); this is fdlibm's
``__ieee754_log`` (Sun Microsystems, 1993; the algorithm of most C libraries' ``log`` until
table-driven ones) written branch-free for normal positive arguments, which is all ``1 - U``
can be (2**-53 to 1). Error below 1 ulp: against the C library's ``log`` it differs by at most
1 ulp on about 7 % of arguments (tests check both). Compiled with numpy's error model (no
zero-division check: ``2 + f`` is never 0), a loop of it vectorises: about 1.6 ns a value.
The engine's kernel and its reference implementation call the same function; the same IEEE
operations in the same order (no fused multiply-add: numba does not contract without
fast-math), so scalar and vector results are the same bits.
"""

from __future__ import annotations

import llvmlite.ir
import numba
from numba.core import types
from numba.extending import intrinsic

# fdlibm e_log.c: ln2 split in two, and the coefficients of its minimax polynomial in s**2.
_LN2_HI = 6.93147180369123816490e-01
_LN2_LO = 1.90821492927058770002e-10
_LG1 = 6.666666666666735130e-01
_LG2 = 3.999999999940941908e-01
_LG3 = 2.857142874366239149e-01
_LG4 = 2.222219843214978396e-01
_LG5 = 1.818357216161805012e-01
_LG6 = 1.531383769920937332e-01
_LG7 = 1.479819860511658591e-01


@intrinsic
def _float_bits(typingctx, x):  # pragma: no cover - compiled
    # The bits of a float64 as an int64 (a register move, no memory round trip).
    if not (isinstance(x, types.Float) and x.bitwidth == 64):
        return None

    def codegen(context, builder, signature, args):  # noqa: ANN001, ANN202
        return builder.bitcast(args[0], llvmlite.ir.IntType(64))

    return types.int64(x), codegen


@intrinsic
def _bits_float(typingctx, x):  # pragma: no cover - compiled
    # The float64 whose bits are the int64 x.
    if not (isinstance(x, types.Integer) and x.bitwidth == 64):
        return None

    def codegen(context, builder, signature, args):  # noqa: ANN001, ANN202
        return builder.bitcast(args[0], llvmlite.ir.DoubleType())

    return types.float64(x), codegen


@numba.njit(cache=True, inline="always", error_model="numpy")
def log_positive(x):  # pragma: no cover - compiled
    """log(x) for a normal positive float64 x (fdlibm's algorithm, error below 1 ulp).

    x = 2**k (1 + f) with 1 + f in [sqrt(2)/2, sqrt(2)); log(1 + f) = f - s (f - R) with
    s = f / (2 + f) and R a polynomial in s**2; ln 2 in two parts keeps k ln 2 exact.
    """
    bits = _float_bits(x)
    high = bits >> 32
    k = (high >> 20) - 1023
    high &= 0x000FFFFF
    # 0x100000 when the mantissa is at or above sqrt(2): then x / 2 and k + 1
    i = (high + 0x95F64) & 0x100000
    k += i >> 20
    f = _bits_float(((high | (i ^ 0x3FF00000)) << 32) | (bits & 0xFFFFFFFF)) - 1.0
    s = f / (2.0 + f)
    dk = float(k)
    z = s * s
    w = z * z
    t1 = w * (_LG2 + w * (_LG4 + w * _LG6))
    t2 = z * (_LG1 + w * (_LG3 + w * (_LG5 + w * _LG7)))
    r = t2 + t1
    hfsq = 0.5 * f * f
    return dk * _LN2_HI - ((hfsq - (s * (hfsq + r) + dk * _LN2_LO)) - f)


@numba.njit(cache=True, error_model="numpy")
def logs_in_place(values, n):  # pragma: no cover - compiled
    """values[:n] = log_positive(values[:n]), one vectorised loop."""
    for k in range(n):
        values[k] = log_positive(values[k])
