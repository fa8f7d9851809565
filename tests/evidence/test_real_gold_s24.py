"""The real sets' gold kept as facts in the repository (session 24), and scripts/real_gold.py,
which writes it back into set folders once the texts are fetched again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from evidence_scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "docs/evidence-real-gold"
STANCES = {"ready", "conditional", "open", "undecided", "declines"}


@pytest.mark.parametrize("path", sorted(GOLD_DIR.glob("set*.json")), ids=lambda p: p.stem)
def test_kept_gold_is_facts_only(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["reports"], path
    for rid, entry in doc["reports"].items():
        # no text of the report: an address, the folder and the four classes only
        assert set(entry) == {"folder", "address", "troops", "stances", "countries", "traps"}, rid
        assert entry["address"].startswith("http"), rid
        assert all(s in STANCES and len(n) == 3 for n, s in entry["stances"]), rid
        assert all(len(t) == 3 for t in entry["troops"]), rid
    for group in doc["groups"]:
        assert set(group) <= set(doc["reports"]), group
    assert set(doc["second_reader"]) <= set(doc["reports"])


def test_writes_folders_and_lists_missing_texts(tmp_path: Path) -> None:
    mod = load_script("real_gold")
    doc = {"reports": {"q01": {"folder": "90a", "address": "https://example.org/a",
                               "troops": [], "stances": [["FRA", "ready"]], "countries": [],
                               "traps": []},
                       "q02": {"folder": "90a", "address": "https://example.org/b",
                               "troops": [], "stances": [], "countries": [[26, 26]], "traps": []},
                       "q03": {"folder": "90b", "address": "https://example.org/c",
                               "troops": [], "stances": [], "countries": [], "traps": []}},
           "groups": [["q01", "q02"]],
           "second_reader": {"q01": {"stances": [["FRA", "open"]]}},
           "second_reader_groups": []}
    (tmp_path / "evidence-real90a" / "reports").mkdir(parents=True)
    (tmp_path / "evidence-real90a" / "reports" / "q01.txt").write_text("Title: x\n")
    missing = mod.write(doc, tmp_path)
    assert sorted(p.name for p in missing) == ["q02.txt", "q03.txt"]
    gold = json.loads((tmp_path / "evidence-real90a" / "gold.json").read_text())
    assert gold["q01"]["stances"] == [["FRA", "ready"]] and gold["q02"]["countries"] == [[26, 26]]
    split = json.loads((tmp_path / "evidence-real90a" / "split.json").read_text())
    assert split["groups"] == [["q01", "q02"]]
    assert json.loads((tmp_path / "evidence-real90b" / "split.json").read_text())["groups"] == []
    mod.write(doc, tmp_path, reader="second")
    second = json.loads((tmp_path / "evidence-real90a" / "gold.json").read_text())
    assert second["q01"]["stances"] == [["FRA", "open"]] and second["q02"]["stances"] == []
