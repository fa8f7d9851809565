"""Session 20: a "-strong" figure whose force noun comes after two adjectives ("a 10,000-strong
Western peacekeeping force", set 27's one miss of that shape) is the force's size; a "-strong"
figure with no force noun near it is still nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger

HEAD = "Europe weighs a force for Ukraine\nReuters, 3 March 2025\n\n"


def _sizes(tmp_path: Path, sentence: str) -> set[tuple[str, float | None, float | None]]:
    (tmp_path / "r.txt").write_text(HEAD + sentence + "\n", encoding="utf-8")
    ledger = build_ledger([tmp_path], stance_check=False)
    return {(c.subject, c.low, c.high) for c in ledger.claims if c.unit == "troops"}


@pytest.mark.parametrize("noun_phrase", [
    "Western peacekeeping force", "multinational peacekeeping force",
    "European reassurance force", "peacekeeping force", "international force",
])
def test_a_strong_figure_reaches_its_force_noun_past_two_adjectives(
        tmp_path: Path, noun_phrase: str) -> None:
    sentence = f"Ministers are planning a 10,000-strong {noun_phrase} for after a ceasefire."
    assert ("european_force", 10000.0, 10000.0) in _sizes(tmp_path, sentence)


def test_a_strong_figure_with_no_force_noun_near_it_is_no_force_size(tmp_path: Path) -> None:
    sentence = "A 10,000-strong crowd gathered in central London to watch the parade on Sunday."
    assert _sizes(tmp_path, sentence) == set()


@pytest.mark.parametrize("sentence", [
    "A Ukraine monitoring and stabilisation force would need many tens of thousands of "
    "soldiers, defence planners estimate.",
    "A Ukraine reassurance force would need tens of thousands of troops, planners say.",
    "A Ukraine reassurance force would need tens of thousands of troops to stand between "
    "Ukraine's own army and Russia's forces, planners say.",
])
def test_ukraine_naming_the_force_is_no_request_of_ukraine(tmp_path: Path, sentence: str) -> None:
    """s20: "a Ukraine peacekeeping force" names the force; Ukraine does not ask for it (set 36:
    four copies of one story labelled Ukraine's request)."""
    assert _sizes(tmp_path, sentence) == {("european_force", 10000.0, 100000.0)}


@pytest.mark.parametrize("sentence", [
    "Ukraine has asked for at least 100,000 foreign troops to secure a ceasefire.",
    "Zelensky's demand for 100,000 foreign troops was discussed in Paris.",
    "A force of 100,000 troops would meet Zelensky's demand, officials said.",
])
def test_ukraine_asking_is_still_its_request(tmp_path: Path, sentence: str) -> None:
    assert {s for s, _, _ in _sizes(tmp_path, sentence)} == {"ukraine_request"}
