"""Review s12 (the evidence ledger as a journalist reads it): the latest stance is the most
recent dated statement; the host, the adversary and the US are listed apart; "declines" and
"rejects" agree; one meaning per CSV source column; coalition members apart from nations
pledging troops. Every report here is made up (docs/evidence.md §6)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.evidence import Ledger
from reassure.evidence._ledger import (
    UNSPECIFIED_COUNT,
    nation_count_subject,
    stance_family,
)
from reassure.evidence._model import CHANGED, CONFLICT, CORROBORATED, QuantityClaim

Make = Callable[..., Ledger]


def _report(title: str, outlet: str, date: str, body: str) -> str:
    return f"Title: {title}\nOutlet: {outlet}\nDate: {date}\n\n{body}\n"


def _write(folder: Path, **texts: str) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


DEU_NO = _report("Berlin rules out troops", "Rhine Ledger", "2025-03-04",
                 "Germany has ruled out sending troops to Ukraine, its defence minister said.")
DEU_READY = _report("Berlin ready", "Valley Gazette", "2025-08-19",
                    "Germany is ready to send troops to Ukraine, the chancellor said.")
DEU_WAITS = _report("Berlin waits", "Tagus Review", "2025-09-05",
                    "Germany said it would decide on military involvement only after the U.S. "
                    "clarifies its role.")
DEU_WAITS_2 = _report("Berlin still waits", "Harbour Courier", "2025-09-06",
                      "Germany has not yet decided whether to send troops to Ukraine, a "
                      "government spokesman said.")


# --- 1. the latest stance is the most recent dated statement --------------------------------

def test_undecided_after_ready_is_the_latest_not_ready(ledger_of: Make) -> None:
    ledger = ledger_of(a=DEU_NO, b=DEU_READY, c=DEU_WAITS, d=DEU_WAITS_2)
    germany = ledger.position("DEU")
    # ready (08-19) and undecided (09-05) within a month: a conflict, not "→ ready (latest)"
    assert germany.status == CONFLICT and germany.change is None
    assert germany.conflict == "ready vs declines/undecided"
    assert [v.stance for v in germany.stances if v.latest] == ["undecided"]
    assert germany.latest == "undecided (2025-09-06; 2 independent sources for undecided in all)"


def test_change_line_ends_at_the_latest_dated_statement(ledger_of: Make) -> None:
    late = DEU_WAITS.replace("2025-09-05", "2025-11-20")
    ledger = ledger_of(a=DEU_NO, b=DEU_READY, c=late)
    germany = ledger.position("DEU")
    assert germany.status == CHANGED
    assert germany.change == ("declines (2025-03-04) → ready (2025-08-19) → "
                              "undecided (2025-11-20, latest)")
    assert [v.stance for v in germany.stances if v.latest] == ["undecided"]


def test_scenario_header_agrees_with_its_status(run_cli: Any, tmp_path: Path) -> None:
    folder = _write(tmp_path / "r", a=DEU_NO, b=DEU_READY, c=DEU_WAITS, d=DEU_WAITS_2)
    out = run_cli("evidence", str(folder), "--scenario-sources").stdout
    block = out[out.index("# Germany:") - 20:].split("\n\n")[0]
    head = block.splitlines()[0]
    assert '# status = "premature"' in block
    assert "latest dated statement: undecided (2025-09-06" in head
    assert "→ ready" not in head and "ready (2025-08-19, latest)" not in head
    # the ready report's pledge stage is listed, but is not a source behind "premature"
    assert "premature; 2 independent source(s)" in head
    assert '# source = ["r-c", "r-d"]' in block
    assert "pledge stages reported (not this status's statement)" in block
    table = run_cli("evidence", str(folder), env={"COLUMNS": "320"}).stdout
    assert "undecided (latest dated)" in table and "ready (latest dated)" not in table


# --- 2. the host, the adversary and the US: other parties, no headline -----------------------

US_NO = _report("Washington says no", "Potomac Wire", "2025-02-20",
                "The United States has ruled out sending troops to Ukraine, the president said.")
US_YES = _report("A turn in Washington", "Lakes Herald", "2025-09-20",
                 "Officials in Washington now say the United States is ready to send troops to "
                 "Ukraine after a peace deal, according to a White House statement on Friday.")


def test_us_statements_are_listed_apart(ledger_of: Make, run_cli: Any, tmp_path: Path) -> None:
    ledger = ledger_of(a=US_NO, b=US_YES, c=DEU_READY)
    us = ledger.position("USA")
    assert not us.contributor and ledger.position("DEU").contributor
    assert us.change is None and us.conflict is None and us.latest is None
    assert not any(v.latest for v in us.stances)
    assert "USA" not in {p.nation for p in ledger.pledges}
    folder = _write(tmp_path / "r", a=US_NO, b=US_YES, c=DEU_READY)
    out = run_cli("evidence", str(folder), env={"COLUMNS": "320"}).stdout
    contributors = out[out.index("Stances on contributing"):out.index("Stances of the host")]
    others = out[out.index("Stances of the host"):]
    assert "│ United States" not in contributors and "│ United States" in others
    toml = run_cli("evidence", str(folder), "--scenario-sources").stdout
    assert "# United States:" not in toml and "# Germany:" in toml


# --- 4. "declines" and "rejects" agree --------------------------------------------------------

ESP_REJECTS = _report("Madrid says no", "Iberian Post", "2025-02-17",
                      "Spain has rejected a UK proposal to deploy peacekeepers in Ukraine.")
ESP_DECLINES = _report("Madrid declines", "Meseta Daily", "2025-02-20",
                       "Spain has declined to commit troops to Ukraine, officials said.")


def test_declines_and_rejects_corroborate_each_other(ledger_of: Make, run_cli: Any,
                                                     tmp_path: Path) -> None:
    ledger = ledger_of(a=ESP_REJECTS, b=ESP_DECLINES)
    spain = ledger.position("ESP")
    assert spain.status == CORROBORATED
    assert {v.stance for v in spain.stances} == {"declines", "rejects"}  # finer labels kept
    assert all(v.independent_sources == 1 and v.family_sources == 2 for v in spain.stances)
    folder = _write(tmp_path / "r", a=ESP_REJECTS, b=ESP_DECLINES)
    toml = run_cli("evidence", str(folder), "--scenario-sources").stdout
    block = toml[toml.index("# Spain:") - 20:].split("\n\n")[0]
    assert "ruled-out; 2 independent source(s)" in block
    assert "r-a" in block and "r-b" in block
    table = run_cli("evidence", str(folder), env={"COLUMNS": "320"}).stdout
    assert "'declines' and 'rejects' together" in table


@given(st.sampled_from(["ready", "conditional", "open", "undecided", "declines", "leading",
                        "talks", "supports", "rejects"]))
def test_stance_family_is_idempotent(stance: str) -> None:
    fam = stance_family(stance)
    assert stance_family(fam) == fam
    assert (fam == "declines") == (stance in ("declines", "rejects"))


# --- 6. one meaning per CSV column ----------------------------------------------------------

def test_csv_value_and_entry_sources(run_cli: Any, tmp_path: Path) -> None:
    folder = _write(
        tmp_path / "r",
        a=_report("Force plan", "Rhine Ledger", "2025-03-01",
                  "The European force would number 25,000 troops, officials said."),
        b=_report("Force size", "Tagus Review", "2025-03-02",
                  "Planners expect a European force of 25,000 soldiers in Ukraine."),
        c=_report("A smaller force", "Harbour Courier", "2025-03-03",
                  "A diplomat said the European force could be as small as 10,000 troops."))
    out = run_cli("evidence", str(folder), "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert "independent_sources" not in rows[0]
    force = [r for r in rows if r["subject"] == "european_force"]
    by_low = {r["low"]: r for r in force}
    assert by_low["25000"]["value_sources"] == "2"
    assert by_low["10000"]["value_sources"] == "1"  # its own, not the entry's three
    assert {r["entry_sources"] for r in force} == {"3"}


# --- 7. coalition members apart from nations pledging troops ---------------------------------

def _count(sentence: str, text: str, subject: str = "coalition_size") -> QuantityClaim:
    return QuantityClaim(id="x-q-000000", report_id="x", subject=subject, subject_label="",
                         unit="countries", low=1.0, high=1.0, qualifier="exact", text=text,
                         number_text=text.split()[0], sentence=sentence, start=0,
                         end=len(sentence))


@settings(max_examples=40)
@given(st.integers(min_value=2, max_value=60),
       st.sampled_from(["coalition_size", "countries_pledged"]))
def test_membership_and_pledge_words_decide_the_count(n: int, filed: str) -> None:
    members = [f"The coalition, comprising leaders from {n} countries, met in Paris.",
               f"It was attended by leaders from {n} countries.",
               f"Reports say {n} countries have joined the broader coalition."]
    pledges = [f"{n} countries have committed to deploying troops to Ukraine.",
               f"Macron says {n} countries offer to participate in Ukraine post-war security."]
    for s in members:
        assert nation_count_subject(_count(s, f"{n} countries", filed)).subject == \
            "coalition_size", s
    for s in pledges:
        assert nation_count_subject(_count(s, f"{n} countries", filed)).subject == \
            "countries_pledged", s


def test_unexplained_count_is_labelled_honestly() -> None:
    c = _count("Paris and London intend to work on the peace plan together with one or two "
               "other states, Starmer announced Sunday.", "one or two other states")
    out = nation_count_subject(c)
    assert out.subject == UNSPECIFIED_COUNT
    assert "does not say whether" in out.subject_label


def test_outputs_are_byte_identical_twice(run_cli: Any, tmp_path: Path) -> None:
    folder = _write(tmp_path / "r", a=DEU_NO, b=DEU_READY, c=DEU_WAITS, d=ESP_REJECTS,
                    e=ESP_DECLINES, f=US_NO)
    for args in ((), ("--format", "csv"), ("--format", "json"), ("--scenario-sources",)):
        first = run_cli("evidence", str(folder), *args, env={"COLUMNS": "200"}).stdout
        assert first == run_cli("evidence", str(folder), *args, env={"COLUMNS": "200"}).stdout


# --- 9. group note in the pledge table; the wire a rewrite cites, beside its host ------------

def test_pledge_row_from_a_group_says_so(run_cli: Any, tmp_path: Path) -> None:
    folder = _write(tmp_path / "r", a=_report(
        "Benelux offer", "Rhine Ledger", "2025-05-01",
        "The Benelux countries are ready to send troops to Ukraine, a diplomat said."))
    out = run_cli("evidence", str(folder), env={"COLUMNS": "320"}).stdout
    pledges = out[out.index("Pledges by stage"):]
    row = next(line for line in pledges.splitlines() if line.startswith("│ Belgium"))
    assert "stated (from 'Benelux countries')" in row
    assert "Reports (1, 1 independent story)" in out


def test_wire_credit_shown_beside_the_host() -> None:
    from types import SimpleNamespace

    from reassure.present.evidence import _where_text

    def report(outlet: str | None, cites: str | None) -> Any:
        return SimpleNamespace(outlet=outlet, cites=cites, date="2025-02-15",
                               date_as_written=None)

    assert _where_text(report("pravda.com.ua", "The Associated Press")) == \
        "pravda.com.ua, citing The Associated Press, 2025-02-15"
    # a person or an adjective read as a credit is not shown as a wire
    assert _where_text(report("almayadeen.net", "Macron")) == "almayadeen.net, 2025-02-15"
    assert _where_text(report("reuters.com", "Reuters")) == "reuters.com, 2025-02-15"


def test_unexplained_counts_are_no_conflict(ledger_of: Make) -> None:
    ledger = ledger_of(
        a=_report("Paris and London", "Rhine Ledger", "2025-03-02",
                  "Paris and London intend to work on the peace plan together with one or two "
                  "other states, Starmer announced Sunday."),
        b=_report("Macron's call", "Tagus Review", "2025-09-05",
                  "Although none of the 26 nations is the United States, Macron disclosed a "
                  "follow-up call with President Donald Trump."))
    from reassure.evidence._model import entry_summary

    entry = next(e for e in ledger.quantities if e.subject == UNSPECIFIED_COUNT)
    assert entry.status != CONFLICT and (entry.low, entry.high) == (None, None)
    assert len(entry.values) == 2
    assert entry_summary(entry).startswith("separate counts, not one range")
    assert all(e.subject != "coalition_size" for e in ledger.quantities)  # no coalition of 1–2
