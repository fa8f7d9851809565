"""Review s53, the `posture` and `force` commands' lines: `posture` says why a site stays uncovered
(the posture section's clause, `places_limit`), and `force` prints the model's warning on a rotation
pool beyond the plausible share as a warning, not a note."""

from __future__ import annotations

import pytest


def _text(out: str) -> str:
    return " ".join(out.split())


def test_posture_says_the_candidate_places_limit_the_covered_weight(capsys: pytest.CaptureFixture[str]) -> None:
    from reassure.commands.posture import command

    command("europe-2025")
    out = _text(capsys.readouterr().out)
    assert ("covered weight: 89.4 %; uncovered: port-odesa; the share is limited by the candidate garrison "
            "places: Port of Odesa has none beyond the standoff within 90 road km") in out


def test_force_prints_the_rotation_pool_warning_as_a_warning(capsys: pytest.CaptureFixture[str]) -> None:
    from reassure.commands.force import command

    command("mnf-u-2026")
    out = _text(capsys.readouterr().out)
    assert "warning: United Kingdom ties up 43.3% of its army in the rotation pool for this force alone" in out
    assert "note: United Kingdom ties up 43.3% of its army in the rotation pool for this" not in out
    # the other notes stay notes (the own-limit note on the common share among them)
    assert "note: United Kingdom ties up 43.3% of its army in the rotation pool, over the common" in out
