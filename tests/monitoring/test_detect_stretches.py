"""`_detect` adds one exp per constant stretch, keeps its prefix sums at the runs' starts and ends
only, and adds a long stretch's terms a binade at a time (`_add_repeated`): it must equal the
step-by-step sum to the bit.

The reference below is the earlier kernel, one ``exp`` per start step, in plain Python.
"""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.models.monitoring.kernel import _add_repeated, _detect


def _detect_step_by_step(cell, start, end, logmiss, full, full_logmiss, n_cells, period, rule,
                         steps, virtual):  # noqa: ANN001
    out = np.full((n_cells, steps.size), np.nan)
    n = period - 1
    for c in range(n_cells):
        s_cum = np.zeros(period)
        e_cum = np.zeros(period)
        wrap = full_logmiss[c] if full[c] else 0.0
        for r in np.flatnonzero(cell == c):
            s_cum[start[r]] += logmiss[r]
            e_cum[end[r]] += logmiss[r]
            if end[r] < start[r]:
                wrap = logmiss[r]
        for j in range(1, period):
            s_cum[j] += s_cum[j - 1]
            e_cum[j] += e_cum[j - 1]
        total = s_cum[period - 1]
        for d, k in enumerate(steps):
            acc, count = 0.0, 0
            if rule == 1:
                for i in range(period):
                    t = i + k
                    lm = wrap + (t // period) * total + s_cum[t % period] - e_cum[i]
                    acc += math.exp(min(lm, 0.0))
                    count += 1
            elif rule == 0:
                for i in range(n):
                    t = min(i + k, n)
                    lm = s_cum[t] - e_cum[i]
                    if i + k >= n:
                        lm += virtual[c]
                    acc += math.exp(min(lm, 0.0))
                    count += 1
            else:
                for i in range(n - k):
                    acc += math.exp(min(s_cum[i + k] - e_cum[i], 0.0))
                    count += 1
            if count:
                out[c, d] = 1.0 - acc / count
    return out


@st.composite
def _accesses(draw: st.DrawFn) -> tuple:
    n_cells = draw(st.integers(1, 4))
    # Long periods leave long stretches (summed a binade at a time).
    period = draw(st.one_of(st.integers(2, 40), st.integers(41, 400)))
    cyclic = draw(st.booleans())
    cells, starts, ends, lms = [], [], [], []
    for c in range(n_cells):
        edges = sorted(draw(st.sets(st.integers(0, period - 1), max_size=8)))
        for a, b in zip(edges[::2], edges[1::2], strict=False):
            cells.append(c)
            starts.append(a)
            ends.append(b)
            lms.append(math.log1p(-draw(st.floats(0.05, 0.95))))
        if cyclic and edges and draw(st.booleans()):  # a run wrapping past the period end
            cells.append(c)
            starts.append(period - 1)
            ends.append(0)
            lms.append(math.log1p(-draw(st.floats(0.05, 0.95))))
    order = np.lexsort((np.array(starts, dtype=np.int64), np.array(cells, dtype=np.int64)))
    full = np.array(draw(st.lists(st.booleans(), min_size=n_cells, max_size=n_cells)))
    return (
        np.array(cells, dtype=np.int64)[order], np.array(starts, dtype=np.int64)[order],
        np.array(ends, dtype=np.int64)[order], np.array(lms, dtype=np.float64)[order],
        full, np.where(full, -0.7, 0.0), n_cells, period,
    )


@settings(max_examples=120, deadline=None)
@given(acc=_accesses(), rule=st.integers(0, 2),
       steps=st.lists(st.integers(0, 120), min_size=1, max_size=4),
       virtual=st.floats(-3.0, 0.0))
def test_detect_equals_step_by_step_sum(acc: tuple, rule: int, steps: list[int],
                                        virtual: float) -> None:
    k = np.array(steps, dtype=np.int64)
    v = np.full(acc[6], virtual)
    got = _detect(*acc, rule, k, v)
    want = _detect_step_by_step(*acc, rule, k, v)
    np.testing.assert_array_equal(got, want)


def _loop(acc: float, p: float, m: int) -> float:
    for _ in range(m):
        acc += p
    return acc


@settings(max_examples=400, deadline=None)
@given(acc=st.one_of(st.just(0.0), st.floats(0.0, 1e4), st.integers(0, 5000).map(float),
                     st.integers(-20, 12).map(lambda e: 2.0 ** e)),
       p=st.one_of(st.floats(0.0, 1.0), st.just(1.0), st.just(0.5),
                   st.integers(0, 70).map(lambda e: 2.0 ** -e), st.floats(0.0, 1e-9)),
       m=st.integers(0, 3000))
def test_add_repeated_is_the_loop_to_the_bit(acc: float, p: float, m: int) -> None:
    # Powers of two and halves make ties (p exactly half a spacing of acc), which round by
    # acc's last bit.
    got, want = _add_repeated(acc, p, m), _loop(acc, p, m)
    assert got == want and math.copysign(1.0, got) == math.copysign(1.0, want)
