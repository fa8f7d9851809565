"""Review s32 (a journalist's read of `reassure evidence` on three fresh sets): how the ledger is
shown, never what it extracts. A converted figure is shown as the report wrote it first; a
pledge's quote keeps the word that gave its stage; a row marked latest shows the date that made
it the latest; a row's other reports are split into copies and other stories; the accuracy note
says which stance check its figures are for; empty results print a sentence, not a broken
table; the withheld-stances table turns into blocks at 80 columns as the others do; one figure
worded with and without a hedge is one corroborated figure, not two. The reports below are
written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from reassure.evidence import build_ledger

SAMPLES = Path(__file__).resolve().parent / "corpus" / "samples"

BUFFER = """Planners weigh a wide buffer zone

By Jane Smith, 3 March 2025

European planners are studying a 500-mile buffer zone between the two armies, to be watched \
from the air by a European air mission rather than by large numbers of ground troops.

The officials said no decision had been taken and that further meetings would follow.
"""
JETS = """Air plan takes shape in the capitals

By Tom Brown, 10 March 2025

A draft plan seen by this paper would deploy 120 fighter jets to protect the airspace over \
western Ukraine once a ceasefire holds, according to two officials familiar with it.

The officials said the air mission could start within weeks of a truce being signed.
"""
ABOUT_JETS = """Ministers compare notes on the air mission

By Ana Ruiz, 18 March 2025

Defence ministers meeting in Lisbon discussed a mission of about 120 fighter jets that would \
patrol Ukrainian airspace, a senior diplomat told reporters after the talks.

No country has yet said how many aircraft it would supply.
"""
READY_UNDATED = """Oslo weighs its part in a peace force

Norway is ready to send troops to Ukraine as part of a European reassurance force, Prime \
Minister Jonas Gahr Støre said on a visit to the northern garrisons.

He gave no figure and said the details would be settled with allies.
"""
READY_DATED = """Nordic capitals line up behind the plan

By Tom Brown, 1 March 2025

Norway is ready to contribute soldiers to a future mission in Ukraine, officials in the Nordic \
capitals confirmed after a week of talks on the security guarantees.

Sweden and Finland are expected to set out their plans in the coming weeks.
"""
DECLINES = """Norway cautious on troops

By Ana Ruiz, 20 February 2025

Norway has ruled out sending troops to Ukraine for now, the defence ministry said in a short \
statement on Thursday evening.

The ministry added that it would keep supporting Kyiv with equipment and training.
"""
DEPLOYED_LATE = """A busy start to the year in Copenhagen

By Tom Brown, 14 January 2026

Only weeks into the year, the Danish government has pledged troops for a reassurance force in \
Ukraine, hosted two rounds of talks with its Nordic partners, sent instructors to train \
Ukrainian crews and deployed an engineer company to Latvia.

Officials said more announcements would follow after the spring summit.
"""
NOTHING = """A quiet week in Brussels

The weather in Brussels was mild on Tuesday and the ministers had lunch together before the \
afternoon session on farm subsidies, which ended early without any announcement at all.
"""


def _folder(tmp_path: Path, **texts: str) -> Path:
    folder = tmp_path / "r"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _flat(text: str) -> str:
    return " ".join(text.split())


def _table(run_cli, folder: Path, *args: str, columns: int = 1000) -> str:
    out = run_cli("evidence", str(folder), *args, env={"COLUMNS": str(columns)})
    assert out.exit_code == 0, out.stderr
    return out.stdout


# 1. a converted figure is shown as written first, then converted

def test_a_figure_in_miles_is_shown_as_written_then_in_km(run_cli, tmp_path: Path) -> None:
    folder = _folder(tmp_path, a=BUFFER)
    claim = next(c for c in build_ledger([folder]).claims if c.subject == "buffer_zone")
    assert claim.unit == "km" and claim.text == "500-mile" and round(claim.low or 0) == 805
    out = _flat(_table(run_cli, folder))
    # the summary and the figure column both lead with the report's own words
    assert "single source │ 500 miles (≈805 km) │ 500 miles (≈805 km); single source" in out
    assert "805 km" not in out.replace("(≈805 km)", "")
    data = json.loads(run_cli("evidence", str(folder), "--format", "json").stdout)
    entry = next(e for e in data["quantities"] if e["subject"] == "buffer_zone")
    assert entry["summary"] == "500 miles (≈805 km)"
    assert entry["values"][0]["as_written"] == "500 miles"
    assert entry["values"][0]["figure"] == "500 miles (≈805 km)"
    assert entry["low"] == claim.low  # the extracted value is untouched


def test_a_figure_written_in_its_unit_has_no_as_written(run_cli, tmp_path: Path) -> None:
    data = json.loads(run_cli("evidence", str(_folder(tmp_path, b=JETS)), "--format",
                              "json").stdout)
    value = data["quantities"][0]["values"][0]
    assert value["as_written"] is None and value["figure"] == "120 aircraft"


# 2. the quote keeps the words that gave a pledge its stage

def test_the_pledge_quote_keeps_the_word_that_gave_its_stage(run_cli, tmp_path: Path) -> None:
    folder = _folder(tmp_path, a=DEPLOYED_LATE)
    ledger = build_ledger([folder])
    stage = ledger.pledge("DNK").stages[-1]
    assert stage.stage == "deployed"
    first = ledger.claim(stage.claim_id)
    assert "deployed" not in first.cue  # the stance's own cue is another word ("pledged")
    out = _flat(_table(run_cli, folder, columns=220))
    row = out[out.index("Pledges by stage"):]
    assert "deployed an engineer" in row and "has pledged troops" in row

    from reassure.present.evidence import _quote, stage_spans

    quoted = _quote(stage.quote, first.cue, "Danish", spans=stage_spans(stage.quote, "deployed"))
    assert "deployed an engineer" in quoted and quoted.startswith("“…")


# 3. a row marked latest shows the date that made it the latest

def test_the_latest_row_shows_its_latest_date_and_where_it_is_from(run_cli,
                                                                  tmp_path: Path) -> None:
    folder = _folder(tmp_path, a=READY_UNDATED, b=READY_DATED, c=DECLINES)
    position = build_ledger([folder]).position("NOR")
    assert position.latest and position.latest.startswith("ready (2025-03-01")
    out = _flat(_table(run_cli, folder))
    row = out[out.index("ready (latest dated)"):]
    # the row ends at the next stance's row or the table's end (s42: report a's headline "Oslo
    # weighs its part" is no longer an "open" beside its offer, so this row may be the last)
    row = row[:min(k for k in (row.find("open"), row.find("└")) if k >= 0)]
    # the quoted sentence is the undated report's (it names who said it)
    assert "Prime Minister Jonas Gahr Støre │ 2025-03-01 (from r-b)" in row
    assert "undated" not in row


# 4. copies and other stories are told apart

def test_copies_and_other_stories_are_listed_apart(run_cli, tmp_path: Path) -> None:
    from reassure.present.evidence import _quoted_cites, _representative

    copy = READY_UNDATED.replace("\n\nNorway", "\n\nRepublished with permission.\n\nNorway")
    folder = _folder(tmp_path, a=READY_UNDATED, a2=copy, b=READY_DATED)
    ledger = build_ledger([folder])
    assert ledger.group_of("a").report_ids == ("a", "a2")
    ready = next(v for v in ledger.position("NOR").stances if v.stance == "ready")
    first = _representative(ledger, [ledger.claim(c) for c in ready.claim_ids])
    assert _quoted_cites(ledger, first, ready.report_ids).split("\n") == [
        "quoted: r-a (outlet and date not stated)", "copies: r-a2 (outlet and date not stated)",
        "other stories (1): r-b (2025-03-01)"]
    out = _table(run_cli, folder, columns=80)  # blocks: one line a part
    assert "also reported in" not in out
    assert "│ copies: r-a2" in out and "│ other stories (1): r-b" in out
    # a story with copies of its own lists them after it
    root = tmp_path / "x"
    root.mkdir()
    folder2 = _folder(root, a=READY_UNDATED, b=READY_DATED,
                      b2=READY_DATED.replace("2025\n\n", "2025\nRepublished with permission\n\n"))
    ledger = build_ledger([folder2])
    ready = next(v for v in ledger.position("NOR").stances if v.stance == "ready")
    first = _representative(ledger, [ledger.claim(c) for c in ready.claim_ids])
    assert _quoted_cites(ledger, first, ready.report_ids).split("\n")[1] == \
        "other stories (1): r-b (2025-03-01) with its copy r-b2 (2025-03-01)"


# 5. the accuracy note says which stance check its figures are for

def test_the_accuracy_note_names_the_stance_check_setting(run_cli) -> None:
    from reassure.present.evidence import accuracy_line, reading_accuracy

    default = _flat(_table(run_cli, SAMPLES))
    assert "with the stance check at its default threshold (0.50)." in default
    assert "do not apply" not in default
    off = _flat(_table(run_cli, SAMPLES, "--no-stance-check"))
    assert "without the stance check (--no-stance-check): these stance figures do not apply" \
        in off
    strict = _flat(_table(run_cli, SAMPLES, "--stance-check-threshold", "0.9"))
    assert "scored below 0.90 (--stance-check-threshold): these stance figures do not apply" \
        in strict
    # the threshold the figures were measured at is the same as the default's
    assert "do not apply" not in accuracy_line(0.5)
    assert reading_accuracy(None)["stances"]["applies"] is False
    data = json.loads(run_cli("evidence", str(SAMPLES), "--no-stance-check", "--format",
                              "json").stdout)
    assert data["reading_accuracy"]["stances"]["applies"] is False
    assert data["reading_accuracy"]["stances"]["stance_check_threshold"] == 0.5


# 6. empty results are a sentence, not a header-only table

def test_no_claims_and_no_stances_are_said_in_words(run_cli, tmp_path: Path) -> None:
    for columns in (80, 200):
        (tmp_path / str(columns)).mkdir()
        out = _table(run_cli, _folder(tmp_path / str(columns), a=NOTHING), columns=columns)
        assert "No quantified claims found." in out and "No stances found." in out
        assert "Quantified claims by subject" not in out
        assert "Stances on contributing troops" not in out


# 7. the withheld stances are blocks at 80 columns, as the other tables

def test_the_withheld_table_is_blocks_at_80_columns(run_cli) -> None:
    # (s60: at 0.95, since a house's approval is kept unjudged, the samples still withhold some)
    out = _table(run_cli, SAMPLES, "--stance-check-threshold", "0.95", columns=80)
    withheld = out[out.index("Stances withheld"):]
    withheld = withheld[:withheld.index("└")]
    assert "┏" not in withheld  # no grid header
    assert "│ quoted words" in withheld  # field by field


def test_a_quote_column_narrower_than_the_prose_minimum_is_no_grid() -> None:
    from rich.table import Table

    from reassure.present.evidence import PROSE_MIN_COLUMN, _grid_widths

    table = Table()
    for col in ("nation", "quoted words"):
        table.add_column(col)
    table.add_row("Norway", "a quoted sentence " * 10)
    # borders and padding: 3 a column and 1; "nation" needs its 6 characters
    assert _grid_widths(table, 6 + PROSE_MIN_COLUMN + 7) is not None
    assert _grid_widths(table, 6 + PROSE_MIN_COLUMN + 6) is None


# 8. one figure with and without a hedge is said once

def test_a_figure_with_and_without_a_hedge_is_one_corroborated_figure(run_cli,
                                                                      tmp_path: Path) -> None:
    folder = _folder(tmp_path, b=JETS, c=ABOUT_JETS)
    entry = build_ledger([folder]).entry("air_component")
    assert [v.qualifier for v in entry.values] == ["exact", "about"]  # two values, as before
    assert entry.status == "corroborated"
    out = _flat(_table(run_cli, folder))
    assert "120 aircraft corroborated (2 sources, worded '120' and 'about 120') │" in out
    assert out.count("corroborated (2 sources") == 1
    # each row says the two wordings share their sources
    assert out.count("corroborated (2 independent sources for '120' and 'about 120' "
                     "together)") == 2
    data = json.loads(run_cli("evidence", str(folder), "--format", "json").stdout)
    assert data["quantities"][0]["summary"] == \
        "120 aircraft corroborated (2 sources, worded '120' and 'about 120')"
