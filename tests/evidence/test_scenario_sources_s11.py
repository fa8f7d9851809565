"""`reassure evidence --scenario-sources` on real sets of session 11: a nation that took part in
the talks beside dated statements of readiness and refusal raised KeyError; a nation whose only
evidence was a deployed figure raised ValueError; troops kept on a nation's own territory were
read as its contribution (and so as a deployed pledge)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger


def _ledger(tmp_path: Path, *texts: tuple[str, str]):
    for i, (date, body) in enumerate(texts, 1):
        (tmp_path / f"r{i}.txt").write_text(f"By A. Writer | The Ledger | {date}\n\n{body}\n",
                                            encoding="utf-8")
    return build_ledger([str(tmp_path)])


def test_talks_beside_dated_statements_do_not_break_the_suggestions(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path,
                     ("1 March 2025", "Italy took part in the talks on the reassurance force in Paris."),
                     ("1 June 2025", "Italy is ready to send troops to Ukraine, Meloni said."),
                     ("1 September 2025", "Italy ruled out sending troops to Ukraine, Meloni said."))
    assert ("ITA", "talks") in {(s.actor, s.stance) for s in ledger.stances}
    block = ledger.scenario_sources().split("# Italy:")[1].split("\n\n")[0]
    # the latest dated statement decides; the talks are no statement of a status
    assert 'status = "ruled-out"' in block
    assert "statements changed: willing 2025-06-01" in block and "took part" not in block


@pytest.mark.parametrize(("text", "kept"), [
    ('"In this process, thousands of Polish soldiers will be involved on the territory of Poland '
     'to ensure the security of allied troops," the Polish defence minister said.', False),
    ("Thousands of Polish soldiers will be deployed on Polish territory to support the force.", False),
    ("Poland will send 5,000 soldiers to Ukraine, the minister said.", True),
    ("Estonia is ready to send 150 soldiers to the mission in Ukraine.", True),
])
def test_troops_kept_at_home_are_no_contribution(tmp_path: Path, text: str, kept: bool) -> None:
    ledger = _ledger(tmp_path, ("20 August 2025", text))
    contributions = [c for c in ledger.claims if c.subject.startswith("contribution:")]
    assert bool(contributions) is kept, contributions
    ledger.scenario_sources()  # and the suggestions are written either way
