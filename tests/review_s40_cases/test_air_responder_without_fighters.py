"""Review s40 (new analyst case "no US element and no fighters"): a stand-alone copy of
europe-2025 with both [[air.bases]] entries deleted kept `air` among the incident types'
responders. `validate` said only "ok" and `assess` printed no word of it, while a `helicopter`
responder with no [[air.helicopters]] has long been a warning (s13 review 11): the calls silently
went to the other responders. Now the same warning, at the type's `responders` line, routed to
the incidents section.
"""

from __future__ import annotations

from pathlib import Path

import reassure

REPO = Path(__file__).resolve().parents[2]
SHIPPED = (REPO / "scenarios" / "europe-2025.toml").read_text(encoding="utf-8")
NO_FIGHTER = "names `air`, but the plan has no fighter (air.bases, air_policing QRA)"


def _without_air_bases(text: str) -> str:
    out, skipping = [], False
    for line in text.splitlines():
        if line.startswith("["):
            skipping = line.strip() == "[[air.bases]]"
        if not skipping:
            out.append(line)
    return "\n".join(out) + "\n"


def test_an_air_responder_without_fighters_is_a_warning_at_its_responders(tmp_path: Path, run_cli) -> None:  # noqa: ANN001
    text = _without_air_bases(SHIPPED)
    assert "[[air.bases]]" not in text and "[[air.helicopters]]" in text
    path = tmp_path / "no-fighters.toml"
    path.write_text(text, encoding="utf-8")
    s = reassure.load_scenario(path)
    assert not s.air.bases
    warnings = [w for w in s.load_warnings if NO_FIGHTER in w]
    typed = [t.id for t in s.incidents.types if "air" in t.responders]
    assert typed and len(warnings) == len(typed), s.load_warnings
    lines = text.splitlines()
    for kind, warning in zip(typed, warnings, strict=True):
        start = lines.index(f'id = "{kind}"')
        line = next(i for i, x in enumerate(lines) if i > start and x.startswith("responders = ")) + 1
        assert warning.startswith(f"{path}:{line}: incidents.types[{kind}].responders names `air`"), warning
        assert "its calls are answered by ground_qrf, helicopter, outside_support only" in warning
    assert set(warnings) <= set(s.load_warnings_about("incidents"))
    result = run_cli("validate", str(path))
    assert result.exit_code == 0, result.stderr
    assert NO_FIGHTER in " ".join((result.stdout + result.stderr).split())
    # none where a fighter base or an alert (QRA) station answers
    for name in ("europe-2025", "no-us-backstop", "ukraine-request", "mnf-u-2026"):
        assert not [w for w in reassure.load_scenario(name).load_warnings if NO_FIGHTER in w], name

