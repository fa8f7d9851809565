"""Session 67: what session 66's journalist saw and left, and readings from its probes, in the
project's own words. The reader's side: the figures table says who gave each figure ("said by",
as the stances table does); figures in conflict given weeks apart show their dates and say they
may be a change over time; a titled person opening the sentence as the subject of a refusal is its
speaker ("... Tusk ruled out ..."); a quoted sentence the report's text ends in before its stop
says so; the findings come before the list of reports. The readings: a later clause with a
speaker of its own (", and the Dutch prime minister said ...") is that speaker's, and its condition
is not the first clause's nation's; "would instead contribute naval assets as part of the force"
is an offer; "would not send more than a battalion" is a ceiling, not a refusal; a coalition's
relative clause ("any coalition of the willing which intends to send soldiers") is the
coalition's, and "will not be part of any coalition" a refusal. Each case marked "misread"
failed on the session start (affd5f4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from evidence_claim_helpers import scored_stances_in as scored

from reassure.evidence import build_ledger


def _write(folder: Path, **texts: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _table(run_cli: Any, folder: Path) -> str:
    result = run_cli("evidence", str(folder), env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    return str(result.stdout)


def _cells(table: str, title: str) -> list[dict[str, str]]:
    """The rows of the table whose title starts with ``title``, as an 80-column terminal prints
    them (one block a row, one line a field, a long value folded over the lines after)."""
    lines = table.splitlines()
    k = next(i for i, line in enumerate(lines) if line.startswith(title))
    start = next(i for i in range(k, len(lines)) if lines[i].startswith("┌"))
    rows: list[dict[str, str]] = [{}]
    field = ""
    for line in lines[start + 1:]:
        if line.startswith("└"):
            break
        if line.startswith("├"):
            rows.append({})
            continue
        name, value = (c.strip() for c in line.split("│")[1:3])
        field = name or field
        rows[-1][field] = f"{rows[-1][field]} {value}" if not name else value
    return rows


def _report(title: str, outlet: str, date: str, body: str) -> str:
    return f"Title: {title}\nOutlet: {outlet}\nDate: {date}\n\n{body}\n"


def _two_days_apart(tmp_path: Path) -> Path:
    """Two reports two days apart giving the force 25,000 and 10,000 troops (a conflict)."""
    return _write(
        tmp_path / "r",
        a=_report("Force plan", "Rhine Ledger", "2025-03-01",
                  "The European force would number 25,000 troops, officials said."),
        b=_report("A smaller force", "Harbour Courier", "2025-03-03",
                  "A diplomat said the European force could be as small as 10,000 troops."))


def _growing_coalition(tmp_path: Path, **more: str) -> Path:
    """Two reports three weeks apart: about 12 countries ready, then 24 pledged (and ``more``)."""
    return _write(
        tmp_path / "r",
        a=_report("Coalition grows", "Harbour Courier", "2025-08-12",
                  "About 12 countries are prepared to send troops to Ukraine after a truce, "
                  "officials said."),
        b=_report("Coalition grows again", "Tagus Review", "2025-09-03",
                  "Twenty-four countries have pledged to contribute to the reassurance force, "
                  "officials said."), **more)


# --- the reader's side ---------------------------------------------------------------------------

def test_figures_say_who_gave_them(run_cli: Any, tmp_path: Path) -> None:
    # misread: the figures table had no "said by" column
    folder = _write(tmp_path / "r", a=_report(
        "Force size", "Lakeside Gazette", "2025-03-04",
        "The European force would number about 20,000 troops, defence minister Aino Virtanen "
        "told the Gazette."))
    row = _cells(_table(run_cli, folder), "Quantified claims")[0]
    assert row["figure"] == "about 20,000 troops; single source"
    assert row["said by"] == "defence minister Aino Virtanen"


def test_conflicting_figures_weeks_apart_show_their_dates(run_cli: Any, tmp_path: Path) -> None:
    # misread: "conflict" alone, the figures undated (a count that grew over three weeks)
    rows = _cells(_table(run_cli, _growing_coalition(tmp_path)), "Quantified claims")
    assert rows[0]["status"] == "conflict"
    assert rows[0]["what all the claims say"].endswith(
        "; figures dated 2025-08-12 to 2025-09-03: perhaps a change over time")
    assert [r["figure"] for r in rows] == ["about 12 countries (2025-08-12); single source",
                                           "24 countries (2025-09-03); single source"]


def test_conflicting_figures_days_apart_stay_a_plain_conflict(run_cli: Any, tmp_path: Path) -> None:
    # left alone: figures two days apart are one moment's disagreement
    folder = _two_days_apart(tmp_path)
    table = _table(run_cli, folder)
    assert "perhaps a change over time" not in table
    assert "25,000 troops; single source" in table


def test_a_titled_subject_of_a_refusal_is_its_speaker(run_cli: Any, tmp_path: Path) -> None:
    # misread: no speaker ("ruled out" is no verb of saying)
    folder = _write(tmp_path / "r", a=_report(
        "Warsaw's line", "Vistula Wire", "2025-02-18",
        "Polish Prime Minister Donald Tusk ruled out sending Polish soldiers to Ukraine."))
    row = _cells(_table(run_cli, folder), "Stances on contributing troops")[0]
    assert (row["nation"], row["said by"]) == ("Poland", "Polish Prime Minister Donald Tusk")
    # left alone: a nation as the subject, and an untitled common noun, name no one
    folder = _write(tmp_path / "s", a=_report(
        "Berlin's line", "Vistula Wire", "2025-02-18",
        "Germany ruled out sending troops to Ukraine for now. The Netherlands said it was ready "
        "to send troops."))
    rows = _cells(_table(run_cli, folder), "Stances on contributing troops")
    assert [(r["nation"], r.get("said by", "")) for r in rows] == [("Germany", ""),
                                                           ("Netherlands", "Netherlands")]


def test_a_quote_the_report_ends_in_says_it_is_cut(run_cli: Any, tmp_path: Path) -> None:
    # misread: the cut sentence shown as whole
    folder = _write(tmp_path / "r", a=_report(
        "Planners meet", "Fjord Post", "2025-03-10",
        "Norway is ready to send troops to the reassurance force, its defence minister said. "
        "Denmark said it was prepared to send soldiers to Ukraine, but any final decision on the"))
    rows = {r["nation"]: r for r in _cells(_table(run_cli, folder), "Stances on contributing")}
    assert rows["Denmark"]["quoted words"].endswith(
        "on the” (the report's text ends here, mid-sentence)")
    assert rows["Norway"]["quoted words"].endswith("said.”")


def test_the_findings_come_before_the_list_of_reports(run_cli: Any, tmp_path: Path) -> None:
    # misread: the list of reports first (seventy reports were about 600 lines)
    folder = _write(tmp_path / "r", a=_report(
        "Force size", "Lakeside Gazette", "2025-03-04",
        "The European force would number about 20,000 troops, officials said."))
    table = _table(run_cli, folder)
    assert table.splitlines()[0].startswith("Reports (1, 1 independent story): listed after")
    assert table.index("│ source id") > table.index("Quantified claims by subject")


# --- the readings --------------------------------------------------------------------------------

def _said_by(tmp_path: Path, body: str) -> dict[tuple[str, str], str | None]:
    (tmp_path / "r.txt").write_text(f"Partners weigh the force\n\n{body}\n", encoding="utf-8")
    return {(s.actor, s.stance): s.said_by
            for s in build_ledger([tmp_path / "r.txt"], jobs=1).stances}


def test_a_later_clause_with_its_own_speaker(tmp_path: Path) -> None:
    # misread: the Dutch condition given to Germany, and Merz as the Dutch stance's speaker
    said = _said_by(tmp_path, "Chancellor Merz said a decision on German soldiers would come "
                              "later, and the Dutch prime minister said any deployment would "
                              "need the approval of parliament.")
    assert ("DEU", "conditional") not in said
    assert said[("NLD", "conditional")] == "Dutch prime minister"
    assert said[("DEU", "undecided")] == "Chancellor Merz"
    # misread: Spain as the speaker of the Dutch position
    said = _said_by(tmp_path, "Spain said it would send troops, and the Dutch prime minister "
                              "said The Hague was still considering it.")
    assert said[("NLD", "open")] == "Dutch prime minister"
    assert said[("ESP", "ready")] == "Spain"


@pytest.mark.parametrize(("body", "expected"), [
    # misread: declines ("instead" read as a negation of the verb)
    ("Greece would instead contribute naval assets as part of the Multinational Force Ukraine.",
     {("GRC", "ready")}),
    # misread: declines only (the later cue stands for the nation in its sentence, §5)
    ("Greece will not send ground troops to Ukraine but would instead contribute naval assets "
     "as part of the Multinational Force Ukraine, officials said.", {("GRC", "ready")}),
    # left alone: "instead of" still negates what follows it; money is no contribution
    ("Greece will not send ground troops to Ukraine but would instead contribute money.",
     {("GRC", "declines")}),
    # misread: declines (a ceiling on the offer)
    ("The Czech Republic would not be able to send more than a battalion to the force.",
     {("CZE", "ready")}),
    ("The Czech Republic cannot send more than 300 soldiers to the force.", {("CZE", "ready")}),
    # left alone: "more" without "than" is no ceiling
    ("Poland will not send troops, and Hungary will not send more weapons to Kyiv.",
     {("POL", "declines")}),
    # misread: ready (the coalition's "intends to send" given to Slovakia)
    ("Slovakia will not be part of any coalition of the willing which intends to send soldiers "
     "to Ukraine, Prime Minister Robert Fico said.", {("SVK", "declines")}),
])
def test_readings(tmp_path: Path, body: str, expected: set[tuple[str, str]]) -> None:
    assert scored(tmp_path, body) == expected


def test_a_styled_status_keeps_its_width_in_a_wide_grid(run_cli: Any, tmp_path: Path) -> None:
    # misread: "conflict" (styled red) counted as an empty cell: the status column 6 wide
    folder = _two_days_apart(tmp_path)
    result = run_cli("evidence", str(folder), env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.stderr
    status = [line.split("│")[2].strip() for line in result.stdout.splitlines()
              if line.startswith("│ size of the European force")]
    assert status == ["conflict"]


def test_a_figures_date_says_it_is_the_first_report_s(run_cli: Any, tmp_path: Path) -> None:
    # misread: "(2025-08-12)" beside a quote of a later report, read as the quote's date
    folder = _growing_coalition(tmp_path, c=_report(
        "Still twelve", "Fjord Post", "2025-09-20",
        "About 12 countries are prepared to send troops to Ukraine after a truce, President "
        "Alexander Stubb said."))
    rows = _cells(_table(run_cli, folder), "Quantified claims")
    twelve = next(r for r in rows if r["figure"].startswith("about 12"))
    # the quote is the one naming its speaker (20 September); the figure was first reported
    # on 12 August
    assert twelve["figure"].startswith("about 12 countries (first reported 2025-08-12)")
    assert "2025-09-20" in twelve["source (outlet, date)"]


def test_a_figure_only_asked_says_so(run_cli: Any, tmp_path: Path) -> None:
    # misread: "150,000 troops; single source" as if someone planned it
    folder = _write(tmp_path / "r", a=_report(
        "Can Europe do it alone?", "Fjord Post", "2025-03-10",
        "Kyiv says it needs 150,000 peacekeepers. Could Europe muster a force of 150,000 troops "
        "on its own? Few planners think so. The European force would number 25,000 troops, "
        "officials said."))
    rows = _cells(_table(run_cli, folder), "Quantified claims")
    figures = [r["figure"] for r in rows if "figure" in r]
    assert "150,000 troops (asked, not stated); single source" in figures
    assert "25,000 troops; single source" in figures
