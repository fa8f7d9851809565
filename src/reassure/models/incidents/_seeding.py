"""Replication generators and counts, compiled: numpy's ``SeedSequence`` and ``PCG64`` seeding
re-implemented bit for bit, so a block of replications is seeded and its counts drawn in one
compiled call instead of a Python loop.

Replication ``r`` of a run seeded with ``entropy`` draws from
``PCG64(SeedSequence(entropy, spawn_key=(r,)))`` (:func:`reassure.models.incidents.engine.
replication_rng`). Building that ``SeedSequence`` and ``Generator`` in Python costs about
12 us, and drawing the counts through them about as much again: 2-3 ns an incident of the
benchmark model (issue 13l). Here the same arithmetic, compiled:

* ``SeedSequence`` (numpy/random/bit_generator.pyx, unchanged since numpy 1.19): the entropy
  as 32-bit words (least significant first), padded with zero words to the pool size (4) when
  there is a spawn key, then the spawn key's words; hashed into a pool of 4 words by
  ``mix_entropy``; ``generate_state`` hashes the pool into the seed words.
* ``PCG64(seed_seq)``: four 64-bit words from ``generate_state(4, uint64)`` (pairs of 32-bit
  words, little end first): state ``s = w0:w1``, stream ``i = w2:w3`` (high:low), then
  ``pcg_setseq_128_srandom_r``: inc = 2 i + 1, state 0 stepped, plus s, stepped again.
* ``Generator.random``: a raw draw's top 53 bits, times 2**-53.

Tests compare the pool, the seed words, the PCG64 state and the counts with numpy's for many
keys (``tests/incidents/test_seeding.py``).
"""

from __future__ import annotations

import numba
import numpy as np

from reassure.models.incidents.kernels import (
    _MASK64,
    _PCG_M_HI,
    _PCG_M_LO,
    _PCG_MULT,
    _U64,
    _ZERO,
    _double53,
    _lcg128,
    _pcg_output,
)
from reassure.models.incidents.model import _markov_path, _poisson_into

# numpy's SeedSequence constants (bit_generator.pyx).
_POOL_SIZE = 4
_INIT_A = 0x43B0D7E5
_MULT_A = 0x931E8875
_INIT_B = 0x8B51F9DD
_MULT_B = 0x58F38DED
_MIX_MULT_L = 0xCA01F9DD
_MIX_MULT_R = 0x4973F715
_XSHIFT = 16
_MASK32 = 0xFFFFFFFF
# 32-bit arithmetic in uint64 registers, masked after each product or difference.
_M32 = _U64(_MASK32)
_ONE = _U64(1)


def entropy_words(entropy: int) -> np.ndarray:
    """The run's entropy as ``SeedSequence`` assembles it before a spawn key: 32-bit words,
    least significant first (``[0]`` for 0), padded with zero words to the pool size."""
    if entropy < 0:
        raise ValueError("entropy must be non-negative")
    words = []
    while True:
        words.append(entropy & _MASK32)
        entropy >>= 32
        if entropy == 0:
            break
    words += [0] * (_POOL_SIZE - len(words))
    return np.array(words, dtype=np.uint64)


@numba.njit(cache=True, inline="always")
def _hashmix(value, hash_const):  # pragma: no cover - compiled
    # (hashed value, next hash constant), as SeedSequence's hashmix.
    value = value ^ hash_const
    hash_const = (hash_const * _U64(_MULT_A)) & _M32
    value = (value * hash_const) & _M32
    value ^= value >> _U64(_XSHIFT)
    return value, hash_const


@numba.njit(cache=True, inline="always")
def _mix(x, y):  # pragma: no cover - compiled
    result = (_U64(_MIX_MULT_L) * x - _U64(_MIX_MULT_R) * y) & _M32
    return result ^ (result >> _U64(_XSHIFT))


@numba.njit(cache=True)
def seed_pool(words, spawn, pool):  # pragma: no cover - compiled
    # SeedSequence(entropy, spawn_key=(spawn,)).pool into pool (4 words), from
    # entropy_words(entropy) and a spawn key below 2**32 (one word).
    n_words = words.size + 1
    hash_const = _U64(_INIT_A)
    for i in range(_POOL_SIZE):
        w = words[i] if i < words.size else _U64(spawn)
        pool[i], hash_const = _hashmix(w, hash_const)
    for i_src in range(_POOL_SIZE):
        for i_dst in range(_POOL_SIZE):
            if i_src != i_dst:
                h, hash_const = _hashmix(pool[i_src], hash_const)
                pool[i_dst] = _mix(pool[i_dst], h)
    for i_src in range(_POOL_SIZE, n_words):
        w = words[i_src] if i_src < words.size else _U64(spawn)
        for i_dst in range(_POOL_SIZE):
            h, hash_const = _hashmix(w, hash_const)
            pool[i_dst] = _mix(pool[i_dst], h)


@numba.njit(cache=True)
def seed_words64(pool, out):  # pragma: no cover - compiled
    # SeedSequence.generate_state(out.size, uint64) from its pool into out.
    hash_const = _U64(_INIT_B)
    for i in range(out.size):
        pair = _ZERO
        for half in range(2):
            v = pool[(2 * i + half) % _POOL_SIZE] ^ hash_const
            hash_const = (hash_const * _U64(_MULT_B)) & _M32
            v = (v * hash_const) & _M32
            v ^= v >> _U64(_XSHIFT)
            pair |= v << _U64(32 * half)
        out[i] = pair


@numba.njit(cache=True)
def pcg64_seeded(words, spawn, pool, seed, state):  # pragma: no cover - compiled
    # The state of PCG64(SeedSequence(entropy, spawn_key=(spawn,))) into state (as
    # kernels.pcg64_state: state high, low; increment high, low); pool (4) and seed (4) are
    # work arrays.
    seed_pool(words, spawn, pool)
    seed_words64(pool, seed)
    # inc = (initseq << 1) | 1 on 128 bits
    inc_hi = (seed[2] << _ONE) | (seed[3] >> _U64(63))
    inc_lo = (seed[3] << _ONE) | _ONE
    hi, lo = _lcg128(_ZERO, _ZERO, _PCG_M_HI, _PCG_M_LO, inc_hi, inc_lo)
    # state += initstate (128-bit add)
    new_lo = lo + seed[1]
    carry = _ONE if new_lo < lo else _ZERO
    hi = hi + seed[0] + carry
    hi, lo = _lcg128(hi, new_lo, _PCG_M_HI, _PCG_M_LO, inc_hi, inc_lo)
    state[0] = hi
    state[1] = lo
    state[2] = inc_hi
    state[3] = inc_lo


# The counts' doubles come from four lanes of the stream (lane j: draws j, j + 4, ...; each
# steps four draws at once: multiplier M**4, increment inc (1 + M + M**2 + M**3)), four
# independent multiply chains instead of one (a 128-bit step's latency is the bottleneck of
# one chain).
_LANES4 = 4
_PCG_MULT4 = pow(_PCG_MULT, _LANES4, 2**128)
_PCG_INC4 = sum(pow(_PCG_MULT, k, 2**128) for k in range(_LANES4)) % 2**128
_M4_HI, _M4_LO = _U64(_PCG_MULT4 >> 64), _U64(_PCG_MULT4 & _MASK64)
_I4_HI, _I4_LO = _U64(_PCG_INC4 >> 64), _U64(_PCG_INC4 & _MASK64)


@numba.njit(cache=True)
def _doubles(state, u):  # pragma: no cover - compiled
    # u.size Generator.random doubles from the PCG64 state (advanced in place past them).
    n = u.size
    if n == 0:
        return
    inc_hi, inc_lo = state[2], state[3]
    a_hi, a_lo = _lcg128(state[0], state[1], _PCG_M_HI, _PCG_M_LO, inc_hi, inc_lo)
    b_hi, b_lo = _lcg128(a_hi, a_lo, _PCG_M_HI, _PCG_M_LO, inc_hi, inc_lo)
    c_hi, c_lo = _lcg128(b_hi, b_lo, _PCG_M_HI, _PCG_M_LO, inc_hi, inc_lo)
    d_hi, d_lo = _lcg128(c_hi, c_lo, _PCG_M_HI, _PCG_M_LO, inc_hi, inc_lo)
    s_hi, s_lo = _lcg128(inc_hi, inc_lo, _I4_HI, _I4_LO, _ZERO, _ZERO)
    full = n // _LANES4
    for i in range(full):
        u[4 * i] = _double53(_pcg_output(a_hi, a_lo))
        u[4 * i + 1] = _double53(_pcg_output(b_hi, b_lo))
        u[4 * i + 2] = _double53(_pcg_output(c_hi, c_lo))
        u[4 * i + 3] = _double53(_pcg_output(d_hi, d_lo))
        if i + 1 < full or n % _LANES4:
            a_hi, a_lo = _lcg128(a_hi, a_lo, _M4_HI, _M4_LO, s_hi, s_lo)
            b_hi, b_lo = _lcg128(b_hi, b_lo, _M4_HI, _M4_LO, s_hi, s_lo)
            c_hi, c_lo = _lcg128(c_hi, c_lo, _M4_HI, _M4_LO, s_hi, s_lo)
            d_hi, d_lo = _lcg128(d_hi, d_lo, _M4_HI, _M4_LO, s_hi, s_lo)
    # the last draws (lanes a, b, c in turn) and the state of the last draw made
    rest = n % _LANES4
    last_hi, last_lo = d_hi, d_lo
    if rest >= 1:
        u[4 * full] = _double53(_pcg_output(a_hi, a_lo))
        last_hi, last_lo = a_hi, a_lo
    if rest >= 2:
        u[4 * full + 1] = _double53(_pcg_output(b_hi, b_lo))
        last_hi, last_lo = b_hi, b_lo
    if rest >= 3:
        u[4 * full + 2] = _double53(_pcg_output(c_hi, c_lo))
        last_hi, last_lo = c_hi, c_lo
    state[0] = last_hi
    state[1] = last_lo


@numba.njit(cache=True)
def draw_counts_block(words, first_rep, initial_cdf, transition_cdf, cdf, start, guide,
                      counts, regime_days, states, totals):  # pragma: no cover - compiled
    # Replications first_rep, first_rep + 1, ... (as many as counts' first axis): each one's
    # generator seeded (pcg64_seeded), its regime path and fixed-mean counts drawn as
    # model.draw_counts draws them (the same uniforms, the same compiled searches), into
    # counts[k], the days in each regime into regime_days[k], its incidents into totals[k],
    # and the generator's state after the counts into states[k] (where the kernel goes on).
    n_reps, n_days, n_sectors, n_types = counts.shape
    pool = np.empty(_POOL_SIZE, dtype=np.uint64)
    seed = np.empty(_POOL_SIZE, dtype=np.uint64)
    u_days = np.empty(n_days)
    u_blocks = np.empty(n_days * n_sectors * n_types)
    one_regime = np.zeros(n_days, dtype=np.int64)
    for k in range(n_reps):
        state = states[k]
        pcg64_seeded(words, first_rep + k, pool, seed, state)
        _doubles(state, u_days)
        # One regime: every day is in it whatever the uniforms (no search needed).
        regime = (one_regime if initial_cdf.size == 1
                  else _markov_path(u_days, initial_cdf, transition_cdf))
        _doubles(state, u_blocks)
        # (straight into the block's array: no array a replication, no copy)
        totals[k] = _poisson_into(u_blocks, regime, cdf, start, guide, counts[k])
        for d in range(n_days):
            regime_days[k, regime[d]] += 1.0
