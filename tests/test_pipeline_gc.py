"""The collector pause around start-up and the forked worker (`reassure.run.workers.gc_paused`)."""

from __future__ import annotations

import gc

import pytest

from reassure.run.workers import gc_paused


@pytest.mark.parametrize("enabled_before", [True, False])
def test_gc_paused_turns_the_collector_off_and_restores_it(enabled_before: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled_before else gc.disable()
        with gc_paused():
            assert not gc.isenabled()
            with gc_paused():  # nested: still off, and the outer block restores
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled() is enabled_before
    finally:
        gc.enable() if was else gc.disable()


def test_gc_paused_restores_the_collector_when_the_block_raises() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_the_cli_assess_leaves_the_collector_as_it_found_it(run_cli) -> None:  # type: ignore[no-untyped-def]
    # The command pauses the collector for its run (and `assess` up to its fork), in-process.
    assert gc.isenabled()
    result = run_cli("assess", "iiss-small", "--no-sensitivity", "--runs", "2", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # nothing left frozen out of the collector


def test_what_the_block_made_is_not_left_for_one_long_young_collection() -> None:
    # Turned back on, the collector must not find tens of thousands of "young" objects to walk
    # at once: they are counted with the oldest ones (and still looked at by full collections).
    assert gc.isenabled()
    with gc_paused():
        kept = [[i] for i in range(20_000)]
        assert gc.get_count()[0] > 10_000  # off: nothing collected, the young count grows
    assert gc.get_count()[0] < 1_000
    assert any(kept[0] is obj for obj in gc.get_objects(generation=2))
    assert gc.get_freeze_count() == 0
