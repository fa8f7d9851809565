"""(s27) `reassure evidence` says how far to trust its reading: the accuracy measured on real reports
it had never seen (data/evidence_accuracy.toml), under the tables and in the JSON, the same
figures as docs/evidence.md §11 "Where it stands"."""

from __future__ import annotations

import json
import re
import tomllib
from importlib import resources
from pathlib import Path

from reassure.present.evidence import accuracy_line, reading_accuracy

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "tests" / "evidence" / "corpus" / "samples"
CLASSES = ("troop_sizes", "stances", "country_counts", "near_duplicates")


def _measured() -> dict:
    text = resources.files("reassure.data").joinpath("evidence_accuracy.toml").read_text("utf-8")
    return tomllib.loads(text)["measured"]


def test_every_figure_is_a_count_with_a_unit_and_a_source() -> None:
    m = _measured()
    for cls in CLASSES:
        for name, q in m[cls].items():
            assert set(q) == {"value", "unit", "source"}, (cls, name)
            assert isinstance(q["value"], int) and q["value"] >= 0, (cls, name)
            assert q["source"].strip(), (cls, name)
        # what was found is among what the readers recorded and among what the ledger gave
        assert m[cls]["found"]["value"] <= m[cls]["gold"]["value"], cls
        if "given" in m[cls]:
            assert m[cls]["found"]["value"] <= m[cls]["given"]["value"], cls


def test_recall_and_precision_are_computed_from_the_counts() -> None:
    a = reading_accuracy()
    t = a["troop_sizes"]
    assert t["recall"] == round(t["found"] / t["gold"], 2)
    assert t["precision"] == round(t["found"] / t["given"], 2)
    assert "precision" not in a["country_counts"]  # no "given" count: no precision claimed
    line = accuracy_line()
    assert f"found {round(100 * t['recall'])}% of the readers' ({t['found']:,} of {t['gold']:,})" in line
    assert f"{round(100 * t['precision'])}% of the sizes it gave matched theirs " \
        f"({t['found']:,} of {t['given']:,})" in line
    # (s48 review) the stance figures are filled in too: no placeholder left in braces
    s = a["stances"]
    assert f"Stances: it found {round(100 * s['recall'])}% ({s['found']:,} of {s['gold']:,})" \
        in line
    assert "{" not in line and "}" not in line
    # what a reader should know first: this measures the reading, not the reports' truth
    assert "not whether the reports are true" in line
    # review s33: thousands separated, as every other count the tool prints
    assert f"scored on {a['reports']:,} real news reports" in line
    assert a["reports"] < 1000 or "," in line.split("scored on ")[1].split(" ")[0]


def test_the_docs_state_the_same_figures() -> None:
    """A new measurement changes the data file and the docs together."""
    a = reading_accuracy()
    t, s, c, d = (a[k] for k in CLASSES)
    expected = (f"troop sizes {t['found']} of {t['gold']} found, {t['given']} given; stances "
                f"{s['found']} of {s['gold']} found, {s['given']} given; country counts "
                f"{c['found']} of {c['gold']}; near-duplicate pairs {d['found']} of {d['gold']}, "
                f"{d['wrongly_joined']} wrong")
    docs = " ".join((ROOT / "docs" / "evidence.md").read_text(encoding="utf-8").split())
    assert expected in docs
    span = "[-–]".join(map(re.escape, a["sets"].split("-")))  # "61-65" or "61–65"
    assert re.search(rf"sets {span} pooled \({a['reports']} reports", docs)


def test_table_ends_with_the_line_and_json_carries_the_figures(run_cli) -> None:
    table = run_cli("evidence", str(SAMPLES), env={"COLUMNS": "2000"})
    assert table.exit_code == 0, table.stderr
    assert table.stdout.rstrip().splitlines()[-1] == accuracy_line()
    out = run_cli("evidence", str(SAMPLES), "--format", "json", env={"COLUMNS": "240"})
    assert out.exit_code == 0, out.stderr
    assert json.loads(out.stdout)["reading_accuracy"] == reading_accuracy()


def test_stances_by_kind_are_counts_that_fit_and_are_printed() -> None:
    """(s73) The stance figures per kind: right ones among the readers' and the given, and the
    sentence under the tables names the weakest kinds as leads to check."""
    k = reading_accuracy()["stances_by_kind"]
    kinds = ("ready", "conditional", "open", "undecided", "declines")
    for kind in kinds:
        row = k[kind]
        assert 0 < row["found"] <= min(row["gold"], row["given"]), kind
        assert row["precision"] == round(row["found"] / row["given"], 2)
    line = accuracy_line()
    for kind in kinds:
        assert f"{kind} {round(100 * k[kind]['precision'])}% ({k[kind]['found']:,} of " \
            f"{k[kind]['given']:,})" in line
    weakest = [kind for kind in kinds if k[kind]["precision"] < 0.7]
    assert weakest and all(kind in line.split("leads to check")[0].rsplit(";", 1)[1]
                           for kind in weakest)
    docs = " ".join((ROOT / "docs" / "evidence.md").read_text(encoding="utf-8").split())
    assert f"{k['reports']} reports of sets {k['sets']}" in docs


def test_stance_kinds_script_counts_a_kind_right_only_with_its_kind() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("stance_kinds", ROOT / "scripts" / "stance_kinds.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gold = {"a": {"stances": [["FRA", "ready"], ["FRA", "conditional"], ["POL", "declines"]]},
            "b": {"stances": [["DEU", "undecided"]]}}
    # the ledger read FRA ready (right), missed FRA conditional, read POL open (wrong, a miss
    # of declines) and gave DEU nothing
    result = {"misses": {"stances": [["a", ["FRA", "conditional"]], ["a", ["POL", "declines"]],
                                     ["b", ["DEU", "undecided"]]]},
              "extras": {"stances": [["a", ["POL", "open"]]]}}
    c = mod.count_kinds(gold, result)
    assert (c["found"]["ready"], c["given"]["ready"]) == (1, 1)
    assert (c["found"]["conditional"], c["given"]["conditional"]) == (0, 0)
    assert (c["gold"]["declines"], c["found"]["declines"]) == (1, 0)
    assert (c["found"]["open"], c["given"]["open"]) == (0, 1)


def test_the_reading_names_its_rows_of_the_weakest_kinds(tmp_path: Path) -> None:
    """(s73, a journalist's reading) the table says how many of this reading's stance rows are of
    the kinds right least often on unseen reports, and says nothing when there are none."""
    from reassure.evidence import build_ledger
    from reassure.present.evidence import weak_kinds_line

    (tmp_path / "a.txt").write_text(
        "Title: A\nDate: 2025-03-02\n\nSpain will send troops to Ukraine if parliament approves, "
        "Sanchez said. Portugal said it was too early to decide on sending troops to Ukraine. "
        "Italy will not send troops to Ukraine, Meloni said.\n", encoding="utf-8")
    line = weak_kinds_line(build_ledger([tmp_path], jobs=1, stance_check=True))
    assert line is not None
    assert "1 conditional and 1 undecided are of the kinds" in line
    assert "Of the 3 rows above" in line
    (tmp_path / "a.txt").write_text("Title: A\n\nItaly will not send troops to Ukraine, Meloni "
                                    "said.\n", encoding="utf-8")
    assert weak_kinds_line(build_ledger([tmp_path], jobs=1, stance_check=True)) is None
    # the figures were measured with the default check: a reading without it gets no such line
    (tmp_path / "a.txt").write_text("Title: A\n\nPortugal said it was too early to decide on "
                                    "sending troops to Ukraine.\n", encoding="utf-8")
    assert weak_kinds_line(build_ledger([tmp_path], jobs=1, stance_check=True)) is not None
    assert weak_kinds_line(build_ledger([tmp_path], jobs=1, stance_check=False)) is None
