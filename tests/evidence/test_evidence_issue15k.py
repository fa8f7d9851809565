"""Troop-size mechanisms of issue 15k, each on made-up sentences both ways (the phrasing that
must give a result and a near miss that must not): who asks (Ukraine's leader speaking of a
figure, or saying it must be met), several nations offering one figure, what an army holds,
a contribution that is part of a larger whole, the largest size a force can have, dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import _claim_model, build_ledger
from reassure.evidence._claims import MAX_FORCE, implausible_force

Troop = tuple[str, float | None, float | None]


def _troops(tmp_path: Path, text: str, mode: str) -> set[Troop]:
    (tmp_path / "r.txt").write_text("Title\n\n" + text + "\n", encoding="utf-8")
    old = _claim_model.MODE
    _claim_model.MODE = mode
    try:
        ledger = build_ledger([tmp_path / "r.txt"], jobs=1)
    finally:
        _claim_model.MODE = old
    return {(c.subject, c.low, c.high) for c in ledger.claims if c.unit == "troops"
            and (_claim_model.is_force(c.subject) or c.subject == "ukrainian_forces")}


CASES: list[tuple[str, set[Troop]]] = [
    # Ukraine's leader speaks of a figure: his ask; another leader's figure is the force's
    ("President Zelensky has spoken of at least 150,000 foreign soldiers on the ground after a "
     "truce.", {("ukraine_request", 150000.0, None)}),
    ("Zelensky said at least 120,000 European troops should guard the ceasefire line.",
     {("ukraine_request", 120000.0, None)}),
    ("Macron said at least 20,000 European troops should guard the ceasefire line.",
     {("european_force", 20000.0, None)}),
    ("Zelensky has been calling for the deployment of at least 110,000 peacekeepers.",
     {("ukraine_request", 110000.0, None)}),
    # several nations offering one figure: the force; each its own figure: nobody's
    ("Italy and Spain could send up to 12,000 troops to Ukraine after a peace deal.",
     {("european_force", None, 12000.0)}),
    # "each": one contribution per nation (issue 15m, the convention of real set 6's gold)
    ("Italy and Spain could each send up to 12,000 troops to Ukraine after a peace deal.",
     {("contribution:ITA", None, 12000.0), ("contribution:ESP", None, 12000.0)}),
    # what an army holds is no offer; a force's own size is
    ("Spain, which has about 120,000 soldiers in its regular army, will send 2,000 troops to "
     "Ukraine.", {("contribution:ESP", 2000.0, 2000.0)}),
    ("The country's armed forces, which number about 90,000 servicemen, are stretched.", set()),
    ("It has only about 90,000 trained regular army soldiers at its disposal.", set()),
    ("Officials said the multinational force could number up to 40,000 troops, but army "
     "officers doubt it.", {("european_force", None, 40000.0)}),
    # a contribution that is part of a larger whole: the whole is the force
    ("Denmark proposed sending 2,000 soldiers as part of a wider coalition of 50,000 personnel.",
     {("contribution:DNK", 2000.0, 2000.0), ("european_force", 50000.0, 50000.0)}),
    # larger than any size named for the force: an army
    ("Kyiv plans a 900,000-strong force of volunteers to deter a new attack.", set()),
    ("Europe plans a 90,000-strong force to deter a new attack.",
     {("european_force", 90000.0, 90000.0)}),
    # troops sent with nobody named as sender, in a report on Ukraine: the force
    ("Thousands of troops would be deployed away from the front line to Ukrainian ports.",
     {("european_force", 1000.0, 10000.0)}),
    ("Thousands of troops would be deployed by Norway to Ukrainian ports.", set()),  # a sender
    # a nation that speaks or believes before the figure does not own it
    ("Kyiv believes that the West can send about 40,000 troops to secure the border.",
     {("european_force", 40000.0, 40000.0)}),
    ("Kyiv has about 40,000 troops on the southern border.", {("ukrainian_forces", 40000.0,
                                                                40000.0)}),
    # a relative clause giving troops: the nation it hangs on
    ("Most planning was done by Norway, which could provide about 3,000 troops to the mission.",
     {("contribution:NOR", 3000.0, 3000.0)}),
    # a Ukrainian voice set against the figure after it does not make it Ukraine's ask
    ("Analysts believe at least 60,000 soldiers would be required for the force, albeit "
     "estimates from Zelensky are higher.", {("european_force", 60000.0, None)}),
    ("Analysts believe at least 60,000 soldiers would be required for the force, and Zelensky "
     "agrees.", {("ukraine_request", 60000.0, None)}),
    # a date's month and day are no range of troops
    ("Published 2026-02-03 British troops will be deployed in Ukraine after a ceasefire.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_troop_rules(tmp_path: Path, text: str, expected: set[Troop]) -> None:
    assert _troops(tmp_path, text, "rules") == expected


# hard filters the model's candidates share with the rules: too large a force, a date's digits
# (what an army holds is only a feature of the model: it may still read one, docs/evidence.md 15k)
TRAPS = [c for c in CASES if "900,000-strong" in c[0] or "2026-02-03" in c[0]]  # an army, a date, too large


@pytest.mark.parametrize(("text", "expected"), TRAPS)
def test_model_emits_no_trap(tmp_path: Path, text: str, expected: set[Troop]) -> None:
    """The shipped model (which reads every number, not only the rules' ones) keeps these out."""
    assert len(TRAPS) == 2
    assert _troops(tmp_path, text, "model") == expected


def test_plausible_force_bound() -> None:
    assert implausible_force("european_force", MAX_FORCE + 1, MAX_FORCE + 1, "exact")
    assert not implausible_force("ukraine_request", MAX_FORCE, None, "at least")
    assert not implausible_force("european_force", 100_000.0, 1_000_000.0, "hundreds of thousands")
    assert not implausible_force("russian_forces", 600_000.0, 600_000.0, "exact")
    assert implausible_force("contribution:GBR", None, 250_000.0, "up to")


def test_request_repeated_with_its_bounds(tmp_path: Path) -> None:
    """Ukraine's "at least 150,000" asked for, then the same open figure in a sentence without
    request words: the request again, not a European force of at least 150,000."""
    text = ("President Zelensky called for at least 150,000 peacekeepers after a ceasefire. "
            "He argued that a peacekeeping force of at least 150,000 personnel would keep the peace.")
    assert _troops(tmp_path, text, "rules") == {("ukraine_request", 150000.0, None)}
