"""(s27) The troop-size model chooses subjects and adds numbers; it no longer drops a force size the
rules read. On the fresh sets 54-65, each read by the code fresh to it, the model's drops were
wrong 5 times of 6: a size a force "would require", kept when the report opened with it and
dropped when any sentence without a force word stood before it (docs/evidence.md §10
"Session 27"). The sentences are the project's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger
from reassure.evidence._claim_model import load_model

TITLE = "Title: Peacekeepers for Ukraine after a ceasefire\n\n"

CASES = [
    # (body, the size read) — each was dropped by the model before, at p 0.37-0.42 < 0.525
    ("The leaders met in Oslo. Stubb argued that a peacekeeping mission would require a minimum "
     "of 150,000 soldiers.", (150000, None)),
    ("Ministers gathered in Tallinn on Monday. The Finnish president argued that such a mission "
     "would require a minimum of 150,000 soldiers.", (150000, None)),
    ("Ministers gathered in Tallinn on Monday. Stubb argued that such a mission would require at "
     "least 150,000 soldiers.", (150000, None)),
]


def _troops(tmp_path: Path, body: str) -> list[tuple[str, float | None, float | None]]:
    path = tmp_path / "r.txt"
    path.write_text(TITLE + body + "\n", encoding="utf-8")
    ledger = build_ledger([path], jobs=1)
    return [(c.subject, c.low, c.high) for c in ledger.claims if c.unit == "troops"]


@pytest.mark.parametrize(("body", "size"), CASES)
def test_a_size_the_rules_read_stays_when_the_model_doubts_it(tmp_path: Path, body: str,
                                                              size: tuple) -> None:
    assert load_model() is not None, "the shipped claim model is part of the package"
    # once, as the rules read it: the model's doubt neither drops it nor doubles it
    assert _troops(tmp_path, body) == [("european_force", *size)]


def test_the_model_still_chooses_the_subject_when_sure(tmp_path: Path) -> None:
    # guard (held before): Ukraine's leader asking for a figure is Ukraine's request
    body = "Zelensky said at least 200,000 European troops would be needed to keep the peace."
    assert _troops(tmp_path, body) == [("ukraine_request", 200000, None)]


def test_a_number_the_rules_do_not_read_as_a_force_stays_out(tmp_path: Path) -> None:
    # guard: an army's whole size is no force size, with or without the model
    body = "Russia has about 600,000 troops in and around Ukraine, officials said."
    assert [s for s, _, _ in _troops(tmp_path, body) if s == "european_force"
            or s.startswith("contribution:")] == []
