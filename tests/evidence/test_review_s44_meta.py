"""Review s44: three defects of the ledger a reviewer reproduced (texts in the project's own words).

1. The order the files are given in changed the ledger: which copy of a syndicated story was
   its original (quoted, naming the story) was the first named on the command line.
2. An "Outlet, date" header line ("Thames Gazette, 14 March 2025") gave the date and lost the
   outlet, where "Thames Gazette | 14 March 2025" kept both.
3. The CSV's one `status` column was the entry's status on every row: a figure only one source
   gives read "corroborated" beside a figure two sources give, where the table's row said
   "single source". Now `value_status` (the row's) and `entry_status` (the entry's).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

import reassure.evidence._clean as clean_module
from reassure.evidence import build_ledger
from reassure.present.evidence import CSV_COLUMNS

# --- texts -------------------------------------------------------------------------------------

BODY = (
    "PARIS, March 10 (Eastline) - Twenty-six countries have pledged to send European troops to "
    "Ukraine once a ceasefire holds, the French presidency said on Monday after a meeting of "
    "defence ministers.\n\n"
    "The planned reassurance force would number about 30,000 troops, according to two officials "
    "who briefed reporters after the talks.\n\n"
    "France and Britain would lead the force, and Estonia said it was ready to send a company of "
    "150 soldiers to western Ukraine.\n\n"
    "Poland said it would not send troops but would offer logistics support from its territory.\n"
)
# the agency's own copy (10 March) and a syndicated reprint (11 March); the reprint's file name
# sorts first, so neither the path order nor the argument order may make it the original
WIRE = "Eastline Agency | 10 March 2025\n\n" + BODY
REPRINT = "The Baltic Times Online | 11 March 2025\n\n" + BODY


def _write(folder: Path, **texts: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name.replace('_', '-')}.txt").write_text(text, encoding="utf-8")
    return folder


def _run(run_cli: Any, *args: str) -> str:
    result = run_cli("evidence", *args, env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _syndicated(tmp_path: Path) -> tuple[Path, Path, Path]:
    folder = _write(tmp_path / "desk", wire_copy=WIRE, a_reprint=REPRINT)
    return folder, folder / "wire-copy.txt", folder / "a-reprint.txt"


# --- 1. the argument order ---------------------------------------------------------------------

@pytest.mark.parametrize("fmt", [("--format", "json"), ("--format", "csv"), ("--format", "table"),
                                 ("--scenario-sources",)])
def test_argument_order_does_not_change_the_output(run_cli: Any, tmp_path: Path,
                                                   fmt: tuple[str, ...]) -> None:
    folder, wire, reprint = _syndicated(tmp_path)
    one = _run(run_cli, str(wire), str(reprint), *fmt)
    other = _run(run_cli, str(reprint), str(wire), *fmt)
    assert one == other
    # the folder reads the same files by the same paths: the same output again
    assert _run(run_cli, str(folder), *fmt) == one


def test_the_story_is_named_after_its_earliest_copy(run_cli: Any, tmp_path: Path) -> None:
    _, wire, reprint = _syndicated(tmp_path)
    for order in ((wire, reprint), (reprint, wire)):
        ledger = build_ledger(list(order))
        (group,) = ledger.duplicate_groups
        assert group.id == "wire-copy"  # 10 March, though "a-reprint" sorts first
        assert group.report_ids[0] == "wire-copy"
        data = json.loads(_run(run_cli, *map(str, order), "--format", "json"))
        assert [g["id"] for g in data["duplicate_groups"]] == ["wire-copy"]
        table = _run(run_cli, *map(str, order))
        # the quoted words are credited to the agency's copy, the reprint listed as its copy
        assert "quoted: desk-wire-copy (Eastline Agency, 2025-03-10)" in table
        assert "quoted: desk-a-reprint" not in table
        assert "copies: desk-a-reprint (The Baltic Times Online, 2025-03-11)" in table


def test_jobs_and_argument_order_give_one_ledger(tmp_path: Path) -> None:
    _, wire, reprint = _syndicated(tmp_path)
    one = build_ledger([wire, reprint], jobs=1).to_dict()
    other = build_ledger([reprint, wire], jobs=2).to_dict()
    assert json.dumps(one, sort_keys=True) == json.dumps(other, sort_keys=True)


def test_a_repeated_file_name_gets_its_suffix_in_path_order(tmp_path: Path) -> None:
    north = _write(tmp_path / "north", brief=WIRE)
    south = _write(tmp_path / "south", brief=REPRINT.replace("about 30,000", "about 32,000"))
    for order in ((north, south), (south, north)):
        ledger = build_ledger(list(order))
        ids = {r.path: r.id for r in ledger.reports}
        assert ids == {str(north / "brief.txt"): "brief", str(south / "brief.txt"): "brief-2"}


# --- 2. "Outlet, date" header lines ------------------------------------------------------------

HEADLINE = "European troops for a Ukraine ceasefire: who would go"
STORY = ("Britain and France are drawing up plans for a reassurance force of up to 20,000 "
         "European troops to be sent to Ukraine after a ceasefire, officials in London said.\n\n"
         "Norway said it was open to sending soldiers but needed more details about the mandate.\n")


@pytest.mark.parametrize("line", ["Thames Gazette, 14 March 2025", "Thames Gazette - 14 March 2025",
                                  "Thames Gazette — 14 March 2025",
                                  "Thames Gazette, Friday, 14 March 2025 09:30",
                                  "Thames Gazette, March 14, 2025"])
def test_an_outlet_and_date_line_gives_both(tmp_path: Path, line: str) -> None:
    folder = _write(tmp_path / "r", gazette=f"{HEADLINE}\n{line}\n\n{STORY}")
    (report,) = build_ledger([folder]).reports
    assert (report.outlet, report.date) == ("Thames Gazette", "2025-03-14")


def test_the_outlet_line_first_and_the_pipe_form_agree(tmp_path: Path) -> None:
    folder = _write(tmp_path / "r", comma=f"Thames Gazette, 14 March 2025\n{HEADLINE}\n\n{STORY}",
                    pipe=f"Thames Gazette | 14 March 2025\n{HEADLINE}\n\n{STORY}")
    ledger = build_ledger([folder])
    assert {(r.id, r.outlet, r.date) for r in ledger.reports} == {
        ("comma", "Thames Gazette", "2025-03-14"), ("pipe", "Thames Gazette", "2025-03-14")}


def test_scenario_sources_name_the_outlet(run_cli: Any, tmp_path: Path) -> None:
    folder = _write(tmp_path / "r", gazette=f"{HEADLINE}\nThames Gazette, 14 March 2025\n\n{STORY}")
    out = _run(run_cli, str(folder), "--scenario-sources")
    assert 'outlet = "Thames Gazette"' in out
    assert "not found in the report" not in out.split("[[sources]]")[1].split("\n\n")[0]


@pytest.mark.parametrize("line", [
    "PARIS, March 10 (Eastline) - Twenty-six countries have pledged troops",  # a dateline
    "LONDON, 14 March 2025",  # a place and a date
    "Monday, 14 March 2025",  # a date
    "March 14, 2025",
    "Anna Keller, 14 March 2025",  # a writer, not an outlet
    "By Anna Keller, 14 March 2025",
    "Updated - 14 March 2025",
    "Britain, France and Germany met in Paris on 14 March 2025.",  # a sentence
    "Officials said on Monday, 14 March 2025",
    "Thames Gazette | 14 March 2025",  # `_clean`'s byline, read there
])
def test_lines_that_name_no_outlet(line: str) -> None:
    assert clean_module.outlet_date_line(line) is None


def test_a_dateline_or_first_sentence_is_never_the_outlet(tmp_path: Path) -> None:
    folder = _write(
        tmp_path / "r",
        dateline=f"{HEADLINE}\n\n" + BODY,
        place=f"{HEADLINE}\nLONDON, 14 March 2025\n\n{STORY}",
        sentence=("Britain, France and Germany met in Paris on 14 March 2025.\n\n"
                  "European troops could be sent to Ukraine once a ceasefire holds, the three "
                  "governments said after the meeting.\n"))
    outlets = {r.id: r.outlet for r in build_ledger([folder]).reports}
    assert outlets == {"dateline": "Eastline", "place": None, "sentence": None}


def test_a_named_outlet_header_wins_and_body_lines_are_not_read() -> None:
    assert clean_module.head_outlet_date(f"Outlet: Harbour Courier\nThames Gazette, 14 March 2025\n\n{STORY}") == {}
    # below the article's first sentence an "Outlet, date" line is text, not a header
    assert clean_module.head_outlet_date(f"{STORY}\nThames Gazette, 14 March 2025\n") == {}
    assert clean_module.head_outlet_date(f"{HEADLINE}\nThames Gazette, 14 March 2025\n\n{STORY}") == {
        "sitename": "Thames Gazette", "date": "2025-03-14"}


# --- 3. the CSV's statuses, per row as the table says them -------------------------------------

def _three_stories(tmp_path: Path) -> Path:
    def report(title: str, outlet: str, date: str, body: str) -> str:
        return f"Title: {title}\nOutlet: {outlet}\nDate: {date}\n\n{body}\n"

    return _write(
        tmp_path / "r",
        a=report("Force plan", "Rhine Ledger", "2025-03-01",
                 "The European force would number 25,000 troops, officials said."),
        b=report("Force size", "Tagus Review", "2025-03-02",
                 "Planners expect a European force of 25,000 soldiers in Ukraine."),
        c=report("A smaller force", "Harbour Courier", "2025-03-03",
                 "A diplomat said the European force could be as small as 10,000 troops."))


def test_csv_status_is_said_per_row(run_cli: Any, tmp_path: Path) -> None:
    folder = _three_stories(tmp_path)
    rows = list(csv.DictReader(io.StringIO(_run(run_cli, str(folder), "--format", "csv"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert "status" not in rows[0]  # one column, two meanings: gone
    force = {r["low"]: r for r in rows if r["subject"] == "european_force"}
    assert (force["10000"]["value_status"], force["10000"]["value_sources"]) == ("single source", "1")
    assert (force["25000"]["value_status"], force["25000"]["value_sources"]) == ("corroborated", "2")
    # the entry's status, as before, in a column that says so
    assert {r["entry_status"] for r in force.values()} == {"conflict"}
    # a filter on the row's status keeps only what two independent sources give
    assert {r["low"] for r in rows if r["value_status"] == "corroborated"
            and r["kind"] == "quantity"} == {"25000"}


def test_csv_row_status_matches_the_table(run_cli: Any, tmp_path: Path) -> None:
    folder = _three_stories(tmp_path)
    table = _run(run_cli, str(folder))
    assert "10,000 troops; single source" in table
    assert "25,000 troops; corroborated (2 independent sources)" in table
    rows = list(csv.DictReader(io.StringIO(_run(run_cli, str(folder), "--format", "csv"))))
    for r in rows:
        if r["kind"] in ("quantity", "stance") and r["value_sources"]:
            want = "corroborated" if int(r["value_sources"]) >= 2 else "single source"
            assert r["value_status"] == want
