"""scripts/score_sets.py: the set scorer that replaced the lost shell script (session 23)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from evidence_scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests/evidence/corpus"


def _make_set(folder: Path, ids: list[str]) -> None:
    """A set folder in the real sets' layout, from the own corpus's reports and gold."""
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    (folder / "reports").mkdir(parents=True)
    for rid in ids:
        shutil.copy(CORPUS / "reports" / f"{rid}.txt", folder / "reports")
    (folder / "gold.json").write_text(json.dumps({r: gold["reports"][r] for r in ids}))
    groups = [g for g in gold["groups"] if set(g) <= set(ids)]
    (folder / "split.json").write_text(json.dumps({"split": {r: "heldout" for r in ids},
                                                   "groups": groups}))


def test_pooled_sums_counts_over_sets() -> None:
    mod = load_script("score_sets")
    one = {"reports": 2, "troops": {"found": 1, "gold": 2, "emitted": 1},
           "stances": {"found": 3, "gold": 4, "emitted": 5},
           "countries": {"found": 0, "gold": 1, "emitted": 0},
           "traps": {"gold": 2, "emitted_as_force": 1},
           "duplicates": {"found": 1, "gold_pairs": 1, "false_pairs": 0}}
    two = {**one, "duplicates": {"found": 0, "gold_pairs": 2, "false_pairs": 3}}
    pool = mod.pooled([one, two])
    assert pool["reports"] == 4
    assert pool["stances"] == {"found": 6, "gold": 8, "emitted": 10}
    assert pool["traps"] == {"gold": 4, "emitted_as_force": 2}
    assert pool["duplicates"] == {"found": 1, "gold_pairs": 3, "false_pairs": 3}
    assert "stances R 0.75 (6/8) P 0.60 (6/10)" in mod.row("pooled", pool)


def test_scores_a_set_folder_with_this_tree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _make_set(tmp_path / "setA", ["c01", "c02", "c03", "c11", "c12"])
    mod = load_script("score_sets")
    assert mod.main([str(tmp_path / "setA"), "--tag", "T", "--out", str(tmp_path / "out")]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("setA") and " 5 | troops" in line
    saved = json.loads((tmp_path / "out/T-setA.json").read_text())
    assert saved["reports"] == 5 and "misses" in saved
    # c01-c03 are one story in the gold: three pairs
    assert saved["duplicates"]["gold_pairs"] == 3
