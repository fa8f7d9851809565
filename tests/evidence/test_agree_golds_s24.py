"""scripts/agree_golds.py: how far a blind second reading of a real set agrees with the first
(session 24)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from evidence_scripts import load_script


def _reading(folder: Path, gold: dict, groups: list[list[str]]) -> Path:
    folder.mkdir(parents=True)
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (folder / "split.json").write_text(json.dumps({"split": {k: "heldout" for k in gold},
                                                   "groups": groups}), encoding="utf-8")
    return folder


def test_counts_agreement_class_by_class(tmp_path: Path) -> None:
    mod = load_script("agree_golds")
    first = _reading(tmp_path / "a", {
        "r1": {"troops": [["european_force", 25000, 30000]],
               "stances": [["GBR", "ready"], ["FRA", "ready"], ["RUS", "declines"]],
               "countries": [[26, 26]], "traps": [100000]},
        "r2": {"stances": [["POL", "declines"]]}}, [["r1", "r2"]])
    second = _reading(tmp_path / "b", {
        "r1": {"troops": [["european_force", 25000, 30000]],
               "stances": [["GBR", "ready"], ["FRA", "open"]],
               "countries": [[26, 26]], "traps": [{"value": 100000, "not": "european_force"}]},
        "r2": {"stances": [["POL", "declines"], ["HUN", "declines"]]}}, [])
    counts, diffs = mod.compare(first, second)
    assert counts["troops"] == [1, 0, 0]
    # Russia is not scored; FRA ready vs open is one each way; HUN only in the second
    assert counts["stances"] == [2, 1, 2]
    assert counts["countries"] == [1, 0, 0]
    assert counts["traps"] == [0, 1, 1]  # a bare trap and a wrong-subject trap differ
    assert counts["pairs"] == [0, 1, 0]
    assert diffs["r1"]["stances"] == {"first_only": [["FRA", "ready"]],
                                      "second_only": [["FRA", "open"]]}
    assert mod.agreement(*counts["stances"]) == pytest.approx((2 / 3, 2 / 4))
    assert mod.agreement(0, 0, 0) == (None, None)


def test_cli_writes_the_disagreements_and_refuses_an_odd_count(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    mod = load_script("agree_golds")
    one = {"r1": {"stances": [["ESP", "ready"]]}}
    a = _reading(tmp_path / "a", one, [])
    b = _reading(tmp_path / "b", one, [])
    assert mod.main([str(a), str(b)]) == 0
    assert "stances" in capsys.readouterr().out
    assert json.loads((b / "diffs.json").read_text()) == {"pairs": {"first_only": [],
                                                                    "second_only": []}}
    with pytest.raises(SystemExit):
        mod.main([str(a)])
