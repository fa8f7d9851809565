"""Review r7 (the ledger read by a journalist): a figure is "corroborated" only when two
independent stories give it; contributor blocks count the sources they list; a conditional
sentence never reads as unconditional readiness; a guess is no scenario field; cp1252 files."""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations
from pathlib import Path

import pytest

from reassure.evidence import Ledger
from reassure.evidence._model import CONFLICT, CORROBORATED, entry_summary

Make = Callable[..., Ledger]

# the project's own test sentences, each a different story
FIGURES = {
    "range": "Diplomats said the planned European force would number 25,000 to 30,000 troops.\n",
    "vague": "Officials said the reassurance force would need tens of thousands of troops.\n",
    "open": "A minister said the European force would have fewer than 30,000 soldiers.\n",
    "about": "Planners put the reassurance force at about 25,000 troops, a diplomat said.\n",
    "exact": "The European force would number 25,000 troops, an official said on Monday.\n",
}


# --- H1: overlap is not corroboration ------------------------------------------------------

def test_overlapping_vaguer_figures_do_not_corroborate(ledger_of: Make) -> None:
    ledger = ledger_of(a=FIGURES["range"], b=FIGURES["vague"], c=FIGURES["open"])
    force = ledger.entry("european_force")
    assert force.independent_sources == 3 and len(force.values) == 3
    assert force.status != CORROBORATED  # was "corroborated" by overlap alone
    assert all(not v.corroborated for v in force.values)
    summary = entry_summary(force)
    assert "corroborated" not in summary and "consistent" in summary


def test_same_figure_worded_about_and_exact_corroborates(ledger_of: Make) -> None:
    ledger = ledger_of(a=FIGURES["about"], b=FIGURES["exact"])
    force = ledger.entry("european_force")
    assert force.status == CORROBORATED
    assert {v.same_figure_sources for v in force.values} == {2}
    assert "corroborated" in entry_summary(force)


@pytest.mark.parametrize("names", [c for n in (1, 2, 3) for c in combinations(FIGURES, n)])
def test_status_and_rows_never_disagree(ledger_of: Make, names: tuple[str, ...]) -> None:
    ledger = ledger_of(**{n: FIGURES[n] for n in names})
    force = ledger.entry("european_force")
    if force.status != CONFLICT:
        # the entry is corroborated exactly when one of its figures (rows) is
        assert (force.status == CORROBORATED) == any(v.corroborated for v in force.values)


def test_csv_never_calls_overlap_corroborated(tmp_path: Path, run_cli) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    for name in ("range", "vague", "open"):
        (folder / f"{name}.txt").write_text(FIGURES[name], encoding="utf-8")
    out = run_cli("evidence", "--format", "csv", str(folder)).stdout
    assert ",corroborated," not in out


# --- H2: a contributor block counts the sources it lists ----------------------------------

def _head(text: str, nation: str) -> str:
    (line,) = [x for x in text.splitlines() if x.startswith(f"# [[contributors]]  # {nation}:")]
    return line


def test_contributor_counts_only_the_sources_behind_its_status(ledger_of: Make) -> None:
    declines = "Germany ruled out sending troops to a reassurance force in Ukraine.\n"
    ledger = ledger_of(
        a=declines, a_copy="Outlet: Another Wire\n\n" + declines,
        b="Germany took part in the talks in Paris on Monday, officials said.\n",
        c="German diplomats attended the talks on the reassurance force in London on Friday.\n")
    assert ledger.position("DEU").independent_sources >= 2  # other stories name Germany
    text = ledger.scenario_sources()
    head = _head(text, "Germany")
    assert "ruled-out" in head
    assert "; 1 independent source(s) behind this status" in head, head
    (sources,) = [x for x in text.splitlines()[text.splitlines().index(head):]
                  if x.startswith("# source = ")][:1]
    assert sources.count('"') == 4  # the report and its copy: one story


# --- H3: a conditional sentence never reads as unconditional readiness --------------------

CONDITIONAL = ("Outlet: Test Wire\n\nPoland said it would contribute soldiers only if the United "
               "States provides a backstop.\n")


def test_conditional_readiness_is_never_plain_ready(ledger_of: Make, run_cli,
                                                    tmp_path: Path) -> None:
    ledger = ledger_of(a=CONDITIONAL)
    # extraction keeps both, as the annotation convention does (docs/evidence.md §5)
    kinds = {s.stance: s for s in ledger.stances if s.actor == "POL"}
    assert set(kinds) == {"conditional", "ready"}
    assert kinds["ready"].qualified_by == kinds["conditional"].id
    # the position has no unconditional "ready" value, no pledge from the bare readiness
    position = ledger.position("POL")
    assert [(v.stance, v.condition) for v in position.stances] == [("conditional", "us-backstop")]
    assert kinds["ready"].id in position.stances[0].claim_ids
    # the CSV a journalist filters: no row whose stance is exactly "ready"
    import csv
    import io

    out = run_cli("evidence", "--format", "csv", str(tmp_path / "reports")).stdout
    rows = [r for r in csv.DictReader(io.StringIO(out)) if r["nation"] == "POL"]
    assert sorted(r["stance"] for r in rows) == ["conditional", "ready if us-backstop"]
    ready = next(r for r in rows if r["stance"].startswith("ready"))
    assert (ready["condition"], ready["qualified_by"]) == ("us-backstop", kinds["conditional"].id)
    # the pledge stage comes from the conditional stance, not the readiness it qualifies
    assert all(kinds["ready"].id not in st.claim_ids for pe in ledger.pledges for st in pe.stages)


def test_plain_readiness_in_another_sentence_stays_ready(ledger_of: Make) -> None:
    ledger = ledger_of(a=CONDITIONAL,
                       b="Poland is ready to send troops to a reassurance force in Ukraine.\n")
    values = {(v.stance, v.condition) for v in ledger.position("POL").stances}
    assert values == {("conditional", "us-backstop"), ("ready", None)}


# --- M7: a guess of how long a force could last is no planning horizon --------------------

@pytest.mark.parametrize(("sentence", "field"), [
    ("An analyst said a well-run force could last 20 or 30 years.\n", False),
    ("The mission could last five years, officials said of the force.\n", False),
    ("Officials said the force would be deployed for five years.\n", True),
    ("The force would stay for five years under its mandate, officials said.\n", True),
    ("The force is planned to last five years, officials said.\n", True),
])
def test_horizon_only_from_a_planning_statement(ledger_of: Make, sentence: str,
                                                field: bool) -> None:
    ledger = ledger_of(a=sentence)
    assert ledger.entry("force_lifetime").unit == "year"
    lines = ledger.scenario_sources().splitlines()
    assert any(x.startswith("# horizon = ") for x in lines) is field
    assert any(x.startswith("# (no scenario field: an estimate") for x in lines) is not field


# --- L8: a cp1252 / Latin-1 file is decoded, not thinned ----------------------------------

def test_cp1252_report_keeps_its_words(tmp_path: Path) -> None:
    from reassure.evidence import build_ledger

    body = ("Outlet: Test Wire\n\nThe French government said on Monday that Fran\u00e7ois's "
            "ministry was \u201cready\u201d to send troops \u2013 about 5,000 soldiers \u2013 to "
            "a reassurance force in Ukraine.\n")
    (tmp_path / "a.txt").write_bytes(body.encode("cp1252"))
    # UTF-8 with one line pasted from a cp1252 file: both kept
    mixed = ("Outlet: Other Wire\n\nDenmark\u2019s minister said Denmark is ready to send 300 "
             "soldiers to a reassurance force in Ukraine.\n").encode("utf-8") + \
        "Caf\u00e9 talk in Paris went on into the night, officials said.\n".encode("cp1252")
    (tmp_path / "b.txt").write_bytes(mixed)
    ledger = build_ledger([tmp_path])
    assert not ledger.problems
    a, b = ledger.report("a"), ledger.report("b")
    assert "Fran\u00e7ois" in a.text and "\u201cready\u201d" in a.text and "\u2013" in a.text
    assert "Denmark\u2019s" in b.text and "Caf\u00e9" in b.text  # neither line turned to mojibake
    assert any(c.low == 5000 for c in ledger.claims if c.report_id == "a")


def test_short_latin1_line_message_says_numbers_are_not_counted(tmp_path: Path,
                                                              run_cli) -> None:
    (tmp_path / "short.txt").write_bytes("Fran\u00e7ais troops 5,000 soldiers.\n".encode("latin-1"))
    result = run_cli("evidence", str(tmp_path / "short.txt"))
    assert "too little text to read (3 words, numbers not counted)" in result.stderr


# --- M6: an 80-column terminal never splits a number ----------------------------------------

@pytest.mark.parametrize("columns", ["80", "100", "200"])
def test_tables_never_split_a_figure(fixture_ledger: Ledger, run_cli,
                                     monkeypatch: pytest.MonkeyPatch, columns: str) -> None:
    import re

    from reassure.evidence._model import value_label

    monkeypatch.setenv("COLUMNS", columns)
    out = run_cli("evidence", str(Path(__file__).parent / "fixtures")).stdout
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= int(columns)
    # nothing cropped at the terminal's edge: every table line ends with its border
    assert all(line.rstrip()[-1] in "┓┃┩│┘┐┤┛╇┫━─" for line in lines
               if line.startswith(("┏", "┃", "┡", "│", "└", "┌", "├", "┗"))), out
    shown = [entry_summary(e) for e in fixture_ledger.quantities] + [
        value_label(v, e.unit, e.subject) for e in fixture_ledger.quantities for v in e.values]
    figures = {t.strip("();,") for text in shown for t in re.findall(r"\S*\d\S*", text)}
    figures = {t for t in figures if len(t) >= 5}
    assert any("–" in t for t in figures)  # a range is among them
    missing = sorted(t for t in figures if t not in out)
    assert not missing, missing
