"""Near-duplicate grouping: average linkage and stance-disjoint pairs (docs/evidence.md §4)."""

from __future__ import annotations

from reassure.evidence._dedup import DEDUP_THRESHOLD, _Groups, combined_similarity


def test_stance_disjoint_text_only_pair_is_discounted() -> None:
    # two short reports on one topic, each with several stances, none in common
    a = {"m:DEU", "m:BEL", "s:DEU:conditional", "s:BEL:conditional"}
    b = {"m:BEL", "m:PRT", "s:PRT:ready", "s:BEL:ready"}
    assert combined_similarity(0.2, a, b) == 0.1
    # copies carry the same stances: not discounted
    assert combined_similarity(0.2, a, a | {"m:NLD"}) == 0.2


def test_shared_figures_need_some_shared_words() -> None:
    keys = {"q:european_force:25000:25000", "n:25000", "n:64000", "n:10000"}
    assert combined_similarity(0.02, keys, keys) == 0.02
    assert combined_similarity(0.10, keys, keys) > 0.5


def test_one_close_pair_does_not_chain_two_groups() -> None:
    """Reports 0-1 and 2-3 are two stories; 1 and 2 are close (a bridge). Single linkage would
    make one group of all four; the average across the groups keeps them apart."""
    words = [set(f"a{k}" for k in range(10)), set(f"a{k}" for k in range(2, 12)),
             set(f"a{k}" for k in range(8, 18)), set(f"a{k}" for k in range(10, 20))]
    g = _Groups(words, None, DEDUP_THRESHOLD)
    for i, j in ((0, 1), (2, 3), (1, 2)):
        ri, rj = g.find(i), g.find(j)
        if ri != rj and g.similarity(i, j) >= DEDUP_THRESHOLD:
            g.join(ri, rj, g.similarity(i, j))
    assert g.similarity(1, 2) >= DEDUP_THRESHOLD  # the bridge alone would join them
    assert g.find(0) == g.find(1) and g.find(2) == g.find(3)
    assert g.find(1) != g.find(2)
