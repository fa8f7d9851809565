"""Session 20: the stance check's threshold can be chosen (`--stance-check-threshold`,
`build_ledger(..., stance_check_threshold=)`): lower keeps more stances; the ledger says which
threshold ran; a value outside 0-1, or a threshold with the check off, is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.evidence import build_ledger

SAMPLES = Path(__file__).resolve().parent / "corpus" / "samples"


@pytest.fixture(scope="module")
def scores() -> list[float]:
    ledger = build_ledger([SAMPLES], stance_check=True)
    return sorted(s.check for s in (*ledger.stances, *ledger.withheld_stances)
                  if s.check is not None)


@settings(max_examples=15, deadline=None)
@given(t=st.floats(min_value=0.0, max_value=1.0))
def test_the_withheld_are_exactly_those_scored_below_the_threshold(t: float) -> None:
    ledger = build_ledger([SAMPLES], stance_check=True, stance_check_threshold=t)
    assert ledger.stance_check_threshold == t
    assert all(s.check is not None and s.check < t for s in ledger.withheld_stances)
    assert all(s.check is None or s.check >= t for s in ledger.stances)


def test_the_ends_keep_all_or_none(scores: list[float]) -> None:
    assert scores, "the samples have judged stances"
    none_withheld = build_ledger([SAMPLES], stance_check=True, stance_check_threshold=0.0)
    all_withheld = build_ledger([SAMPLES], stance_check=True, stance_check_threshold=1.0)
    assert not none_withheld.withheld_stances
    assert len(all_withheld.withheld_stances) == len(scores)


def test_a_threshold_outside_0_to_1_is_refused_by_the_library() -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        build_ledger([SAMPLES], stance_check=True, stance_check_threshold=1.5)


def test_the_cli_takes_the_threshold_and_reports_it(run_cli) -> None:
    out = run_cli("evidence", str(SAMPLES), "--stance-check-threshold", "0.3",
                  "--format", "json")
    assert out.exit_code == 0, out.stderr
    assert json.loads(out.stdout)["settings"]["stance_check_threshold"] == 0.3


@pytest.mark.parametrize("args", [("--stance-check-threshold", "1.5"),
                                  ("--stance-check-threshold", "0.5", "--no-stance-check")])
def test_the_cli_refuses_a_threshold_it_cannot_use(run_cli, args: tuple[str, ...]) -> None:
    out = run_cli("evidence", str(SAMPLES), *args)
    assert out.exit_code == 2
    assert "Traceback" not in out.stdout + out.stderr
    assert "stance-check-threshold" in out.stdout + out.stderr
