"""Review r8, item 12, for scenario files: one bound stated per field, whichever check refuses the
value first (minus 20,000 troops said ">= 0 troops", none said ">= 1 troops"); a long message is
shortened at the end of a clause, never in the middle of a sentence. Bad files: tests/spec/bad/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

BAD = Path(__file__).parent / "bad"


@pytest.mark.parametrize(("name", "got"), [("negative-troops", "-20,000 troops"), ("zero-troops", "0 troops")])
def test_no_troops_and_negative_troops_state_the_same_bound(run_cli, name: str, got: str) -> None:
    path = BAD / f"{name}.toml"
    proc = run_cli("validate", path)
    assert proc.exit_code == 2
    # review s34: the lower bound's reason only (the upper bound's was printed beside it)
    assert proc.stderr.strip() == (f"error: {path}:9: force.target_troops must be >= 1 troop: a force needs at "
                                   f"least one troop (got {got})")
    assert ">= 0" not in proc.stderr


def test_the_bound_in_code_is_the_bound_in_a_file() -> None:
    import reassure
    from reassure.errors import ScenarioFieldError

    with pytest.raises(ScenarioFieldError, match=r"force\.target_troops must be >= 1 troop: a force needs"):
        reassure.load_scenario("europe-2025").with_overrides({"force.target_troops": -20_000}, assumption="x (for a test)")


def test_a_stricter_span_restates_the_annotations_bound() -> None:
    from reassure.spec._bounds import one_bound

    assert one_bound("force.target_troops", "must be >= 0 troops (got -5 troops)") == (
        "must be >= 1 troop: a force needs at least one troop (got -5 troops)")
    assert one_bound("posture.garrison_troops", "must be > 0 troops (got -3 troops)").startswith(
        "must be >= 10 troops: a garrison of 10 to 100,000 troops (got -3 troops)")
    # no span for the field, or one no stricter: the message is left alone
    assert one_bound("contributors[0].pledge_troops", "must be >= 0 troops (got -1 troops)") == (
        "must be >= 0 troops (got -1 troops)")
    assert one_bound("force.target_troops", "is not a known field") == "is not a known field"


def test_a_long_message_is_cut_at_a_clause_not_mid_sentence() -> None:
    from reassure.errors import MAX_MESSAGE_CHARS, ScenarioFieldError

    names = ", ".join(f"scenario-{i:02d}" for i in range(40))
    err = ScenarioFieldError("x.toml", f"names no scenario; did you mean 'europe-2025'? (shipped: {names}) "
                             "(scenarios[0] is the 1st entry)", field="scenarios[0]", line=3, got="europe-2052")
    text = str(err)
    assert len(text) <= MAX_MESSAGE_CHARS
    assert text == "x.toml:3: scenarios[0] names no scenario; did you mean 'europe-2025'? ... (got 'europe-2052')"
    deep = "/tmp/" + "d" * 200 + "/x.toml"
    err_deep = ScenarioFieldError(deep, f"names no scenario; did you mean 'europe-2025'? (shipped: {names}) "
                                  "(scenarios[0] is the 1st entry)", field="scenarios[0]", line=3, got="europe-2052")
    assert str(err_deep) == deep + text.removeprefix("x.toml")  # where the file lives cuts nothing
    words = ScenarioFieldError("x.toml", "word " * 100, field="f", line=1)
    assert re.fullmatch(r"x\.toml:1: f (word )+\.\.\.", str(words)), str(words)
