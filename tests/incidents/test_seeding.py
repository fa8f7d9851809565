"""The compiled seeding (``_seeding``) equals numpy's ``SeedSequence`` and ``PCG64`` bit for bit,
and a block of replications' counts equals ``replication_rng`` + ``draw_counts`` (issue 13m)."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from reference_scenarios import SCENARIOS, style_benchmark
from test_engine_reference import incident_models

from reassure.models.incidents import IncidentModel, draw_counts
from reassure.models.incidents import _seeding as seeding
from reassure.models.incidents.engine import replication_rng
from reassure.models.incidents.kernels import pcg64_state
from reassure.models.incidents.model import _poisson_tables

# Entropies of every size numpy assembles differently: 0, one word, up to the pool (4 words,
# what SeedSequence() draws: 128 bits), beyond it; spawn keys up to 2**32 - 1 (one word).
_entropies = st.one_of(st.integers(0, 2**32 - 1), st.integers(0, 2**128 - 1),
                       st.integers(0, 2**300))
_spawns = st.integers(0, 2**32 - 1)


@settings(max_examples=500, deadline=None)
@given(entropy=_entropies, spawn=_spawns)
def test_seed_pool_state_and_pcg64_equal_numpys(entropy: int, spawn: int) -> None:
    expected = np.random.SeedSequence(entropy, spawn_key=(spawn,))
    words = seeding.entropy_words(entropy)
    pool = np.empty(4, dtype=np.uint64)
    seed = np.empty(4, dtype=np.uint64)
    state = np.empty(4, dtype=np.uint64)
    seeding.seed_pool(words, spawn, pool)
    np.testing.assert_array_equal(pool, expected.pool.astype(np.uint64))
    seeding.seed_words64(pool, seed)
    np.testing.assert_array_equal(seed, expected.generate_state(4, np.uint64))
    seeding.pcg64_seeded(words, spawn, pool, seed, state)
    np.testing.assert_array_equal(state, pcg64_state(np.random.PCG64(expected)))


def test_seeding_of_fresh_entropy_and_the_first_replications() -> None:
    # What runs use: SeedSequence(None)'s 128-bit entropy, replications 0, 1, 2, ...
    for _ in range(20):
        entropy = int(np.random.SeedSequence().entropy)  # type: ignore[arg-type]
        words = seeding.entropy_words(entropy)
        pool, seed, state = (np.empty(4, dtype=np.uint64) for _ in range(3))
        for r in range(50):
            seeding.pcg64_seeded(words, r, pool, seed, state)
            np.testing.assert_array_equal(state, pcg64_state(replication_rng(entropy, r)
                                                             .bit_generator))


def _assert_block_equals_draw_counts(model: IncidentModel, entropy: int, first: int,
                                     n: int) -> None:
    tables = _poisson_tables(model)
    assert tables is not None
    k = model.kernel_inputs()
    days, ns, nt = model.horizon_days, model.cells.n_sectors, model.types.n_types
    counts = np.full((n, days, ns, nt), -1, dtype=np.int64)
    regime_days = np.zeros((n, model.rates.regimes.n_regimes))
    states = np.empty((n, 4), dtype=np.uint64)
    totals = np.empty(n, dtype=np.int64)
    seeding.draw_counts_block(seeding.entropy_words(entropy), first, k["initial_cdf"],
                              k["transition_cdf"], *tables, counts, regime_days, states, totals)
    for j in range(n):
        rng = replication_rng(entropy, first + j)
        regime, expected = draw_counts(model, rng)
        np.testing.assert_array_equal(counts[j], expected)
        np.testing.assert_array_equal(regime_days[j], np.bincount(
            regime, minlength=regime_days.shape[1]))
        assert totals[j] == expected.sum()
        # the generator where the kernel goes on: after the counts
        np.testing.assert_array_equal(states[j], pcg64_state(rng.bit_generator))


@settings(max_examples=60, deadline=None)
@given(model=incident_models(), entropy=_entropies, first=st.integers(0, 10**6),
       n=st.integers(1, 5))
def test_counts_block_equals_draw_counts(model: IncidentModel, entropy: int, first: int,
                                         n: int) -> None:
    if not math.isinf(model.rates.dispersion_shape):
        return  # over-dispersed counts are drawn by numpy's Generator (not compiled)
    _assert_block_equals_draw_counts(model, entropy, first, n)


def test_counts_block_equals_draw_counts_on_shipped_test_models() -> None:
    _assert_block_equals_draw_counts(style_benchmark(12, 2_000), 20250217, 0, 4)
    for make in SCENARIOS.values():
        model = make()
        if math.isinf(model.rates.dispersion_shape):
            _assert_block_equals_draw_counts(model, 7, 3, 3)


@settings(max_examples=200, deadline=None)
@given(seed=st.integers(0, 2**64 - 1), n=st.integers(0, 203))
def test_counts_doubles_equal_generator_random(seed: int, n: int) -> None:
    """The four-lane doubles of the counts are ``Generator.random``'s, and the state after
    them is the generator's (every remainder of n by the four lanes)."""
    bit_generator = np.random.PCG64(seed)
    state = pcg64_state(bit_generator)
    u = np.empty(n)
    seeding._doubles(state, u)
    np.testing.assert_array_equal(u, np.random.Generator(bit_generator).random(n))
    np.testing.assert_array_equal(state, pcg64_state(bit_generator))
