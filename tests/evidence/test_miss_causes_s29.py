"""(s29) scripts/miss_causes.py: each missed stance of a scored set falls under one cause, read
from the sentences that name the nation (sentences are the project's own words)."""

from __future__ import annotations

import json
from pathlib import Path

from evidence_scripts import load_script

miss_causes = load_script("miss_causes")

REPORTS = {
    "aa01": "Italy is ready to send troops to Ukraine.",           # the cue is there: dropped
    "aa02": "Italy is considering sending troops to Ukraine.",     # another kind of cue only
    "aa03": "Italy attended the summit in Paris on Monday.",       # no cue at all
    "aa04": "The summit ended late on Monday.",                    # the nation is not named
}


def test_each_miss_gets_its_cause(tmp_path: Path) -> None:
    folder = tmp_path / "evidence-real99a"
    (folder / "reports").mkdir(parents=True)
    for rid, text in REPORTS.items():
        (folder / "reports" / f"{rid}.txt").write_text(f"Title: t\n\n{text}\n", encoding="utf-8")
    score = tmp_path / "T-evidence-real99a.json"
    score.write_text(json.dumps({"misses": {"stances": [[rid, ["ITA", "ready"]] for rid in REPORTS]}}))
    got = miss_causes.count([score], tmp_path)
    assert got == {miss_causes.CAUSES[0]: 1, miss_causes.CAUSES[1]: 1, miss_causes.CAUSES[2]: 1,
                   miss_causes.CAUSES[3]: 1}


def test_the_command_prints_every_cause_with_its_share(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "evidence-real99b"
    (folder / "reports").mkdir(parents=True)
    (folder / "reports" / "bb01.txt").write_text("Title: t\n\nSpain is ready to send troops.\n",
                                                 encoding="utf-8")
    score = tmp_path / "T-evidence-real99b.json"
    score.write_text(json.dumps({"misses": {"stances": [["bb01", ["ESP", "ready"]]]}}))
    assert miss_causes.main([str(score), "--sets", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["1", "(100%)", "same-kind", "cue", "matched,", "dropped"]
    assert len(out) == len(miss_causes.CAUSES)
