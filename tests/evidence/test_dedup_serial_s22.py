"""Two parts of one serial under one headline are two texts, not copies (session 22, set 45b:
three parts of a speech's transcript, posted under one title, were joined as one story)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger
from reassure.evidence._dedup import _part_label

TITLE = ("Title: PM statement to the coalition of the willing leaders meeting in Paris on Ukraine "
         "security guarantees")
BODY_TWO = (
    "Britain and France have said they are ready to send troops to Ukraine after a ceasefire. The "
    "coalition of the willing has met in Paris and London to plan a reassurance force, stationed "
    "away from the front line. Officials said the force would protect strategic sites and train "
    "Ukraine's army, while air policing would be run from Poland and Romania. Estonia and "
    "Lithuania signalled they could contribute a company each. Germany said the debate was "
    "premature.")
BODY_FOUR = (
    "A reassurance force in Ukraine may have to stay for decades, and the coalition of the willing "
    "has not settled how it would be paid for. Planners in Paris and London have looked at "
    "rotation, with each brigade serving six months before another replaces it. Officials said "
    "air policing from Poland and Romania would cost less than troops on the ground, and that the "
    "front line would be watched by drones and satellites.")


def _write(folder: Path, name: str, part: str, body: str) -> None:
    (folder / f"{name}.txt").write_text(
        f"{TITLE}\nSource link: https://example.org/{name}\n\n{part}:\n{body}\n", encoding="utf-8")


def _groups(folder: Path) -> list[tuple[str, ...]]:
    return sorted(g.report_ids for g in build_ledger([folder]).duplicate_groups)


@pytest.mark.parametrize(("text", "label"), [
    ("Part two:\nBritain ...", "2"),
    ("Speech transcript. Part Four: the costs\n", "4"),
    ("Part five (finale): what comes next", "5"),
    ("Part 3: rotation", "3"),
    ("The first part of the plan: air policing", None),
    ("Britain and France will take part in the force.", None),
])
def test_part_label(text: str, label: str | None) -> None:
    assert _part_label(text) == label


def test_two_parts_under_one_headline_are_not_joined(tmp_path: Path) -> None:
    _write(tmp_path, "a", "Part two", BODY_TWO)
    _write(tmp_path, "b", "Part four", BODY_FOUR)
    assert _groups(tmp_path) == [("a",), ("b",)]


def test_one_part_at_two_addresses_is_still_joined(tmp_path: Path) -> None:
    """The veto needs two different part numbers: the same headline and part stay one story."""
    _write(tmp_path, "a", "Part two", BODY_TWO)
    _write(tmp_path, "b", "Part two", BODY_FOUR)
    assert _groups(tmp_path) == [("a", "b")]


def test_without_part_labels_one_headline_joins(tmp_path: Path) -> None:
    """What the veto guards against: the same texts with no part label join on the headline."""
    _write(tmp_path, "a", "Analysis", BODY_TWO)
    _write(tmp_path, "b", "Analysis", BODY_FOUR)
    assert _groups(tmp_path) == [("a", "b")]
