"""Review r3, a journalist reading `reassure evidence tests/evidence/corpus/samples`: what Europe
could field is not a planned force size, pledge stages are not a range, who said it (an unnamed
official, not "The European"), suggested sizes from one plan's figures, and a missing path."""

from __future__ import annotations

import csv
import io
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from reassure.evidence import Ledger, build_ledger
from reassure.evidence._ledger import reader_speaker
from reassure.evidence._model import entry_summary

Make = Callable[..., Ledger]
SAMPLES = Path(__file__).resolve().parent / "corpus" / "samples"


@pytest.fixture(scope="module")
def samples() -> Ledger:
    return build_ledger([SAMPLES])


# --- 1. capability is not a planned size --------------------------------------------------

def test_struggle_to_muster_is_a_capability_not_a_corroborated_size(samples: Ledger) -> None:
    force = samples.entry("european_force")
    by_words = {(v.stage, v.qualifier, v.low): v for v in force.values}
    # c01/c02 "would struggle to muster 25,000": kept, labelled, one story
    capability = by_words[("capability", "exact", 25000.0)]
    assert set(capability.report_ids) == {"c01", "c02"} and capability.independent_sources == 1
    # c33 "about 25,000" is its own figure with its qualifier, not merged with the capability
    about = by_words[(None, "about", 25000.0)]
    assert about.report_ids == ("c33",) and about.independent_sources == 1
    summary = entry_summary(force)
    assert "25,000 (2 sources)" not in summary and force.status != "corroborated"
    assert "about 25,000 (1 source)" in summary
    assert "capability, not a planned size: 25,000 (1 source)" in summary


@pytest.mark.parametrize("sentence", [
    "European capitals would struggle to muster 25,000 troops, officials said.",
    "European armies could field 25,000 troops at most.",
    "Europe would be able to deploy 25,000 troops.",
    "Europe has the capacity to deploy 25,000 troops.",
    "The European capitals could hardly gather 25.000 troops, declared one official.",
])
def test_capability_wordings(ledger_of: Make, sentence: str) -> None:
    ledger = ledger_of(a=sentence + "\n",
                       b="A diplomat put the planned European force at 25,000 soldiers.\n")
    force = ledger.entry("european_force")
    assert {v.stage for v in force.values} == {"capability", None}, force.values
    assert force.status != "corroborated"  # the capability never corroborates the plan


def test_two_plans_of_the_same_size_still_corroborate(ledger_of: Make) -> None:
    ledger = ledger_of(a="A diplomat put the planned European force at 25,000 soldiers.\n",
                       b="Officials said the force would number 25,000 troops.\n")
    assert ledger.entry("european_force").status == "corroborated"


# --- 2. pledge stages are not a range ------------------------------------------------------

def test_estonia_stages_are_not_one_range(samples: Ledger, run_cli) -> None:
    est = samples.entry("contribution:EST")
    summary = entry_summary(est)
    assert "50–150" not in summary and (est.low, est.high) == (None, None)
    assert "pledged: 150 troops (1 source); deployed: 50 troops (1 source)" in summary
    out = run_cli("evidence", str(SAMPLES), env={"COLUMNS": "300"}).stdout
    assert "50–150" not in out and "by stage, not a range" in out


# --- 3. who said it -------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "found", "said_by", "nation"), [
    ("The European capitals could hardly gather 25.000 troops, declared one official, because "
     "the armies lack personnel and money.", "The European", "an unnamed official", None),
    ("Paris and London are preparing a force of up to 30,000 soldiers for Ukraine, three "
     "European sources said on Monday.", "European", "unnamed European sources", None),
    ("Spain refused to contribute troops, said one source.", "Spain", "an unnamed source", None),
    ("Italy said on Tuesday that it would send no troops to a European force in Ukraine, Prime "
     "Minister Giorgia Meloni told the Senate.", "Italy", "Giorgia Meloni", "ITA"),
    ("European capitals would struggle to muster 25,000, one of the officials said.",
     "officials", "an unnamed official", None),
    # a named speaker stays, with the nation beside it
    ('"We will send troops," said Danish Prime Minister Mette Frederiksen.',
     "Danish Prime Minister Mette Frederiksen", "Danish Prime Minister Mette Frederiksen", "DNK"),
    ("Germany said it would not send troops.", "Germany", "Germany", "DEU"),
    ("According to the agency Northwire, the chiefs have prepared plans.", None, "Northwire",
     None),
    ("The force would protect cities far from the front line.", None, None, None),
])
def test_reader_speaker(sentence: str, found: str | None, said_by: str | None,
                        nation: str | None) -> None:
    assert reader_speaker(sentence, found) == (said_by, nation)


def test_csv_said_by_on_the_samples(run_cli) -> None:
    result = run_cli("evidence", str(SAMPLES), "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    said = {r["said_by"] for r in rows}
    assert not said & {"The European", "European", "Spain", "Italy", "officials"}
    assert {"an unnamed official", "an unnamed source", "Giorgia Meloni"} <= said
    meloni = [r for r in rows if r["said_by"] == "Giorgia Meloni"]
    assert meloni and {r["said_by_nation"] for r in meloni} == {"ITA"}


# --- 4. suggested sizes from one plan's figures ---------------------------------------------

def test_suggested_size_never_spans_conflicting_figures(samples: Ledger) -> None:
    text = samples.scenario_sources()
    lines = [x for x in text.splitlines() if x.startswith("# force.target_troops")]
    assert lines
    for line in lines:
        size = tomllib.loads(line[2:].split("  # claims:")[0])["force"]["target_troops"]
        assert not ("low" in size and "high" in size), line  # one figure, not a span
        assert "pick one" in line
    assert not any("low = 25000, high = 64000" in x for x in text.splitlines())
    assert "# force.target_troops = { value = 64000" in text
    # the capability is listed, never suggested
    assert any(x.startswith("#   not a planned size") and "25,000" in x
               for x in text.splitlines())


def test_the_corroborated_figure_is_suggested(ledger_of: Make) -> None:
    ledger = ledger_of(a="A diplomat put the planned European force at 25,000 soldiers.\n",
                       b="Officials said the force would number 25,000 troops.\n",
                       c="Britain's chiefs have drawn up plans for a force of 64,000 troops.\n",
                       d="European armies could field 40,000 troops at most.\n")
    text = ledger.scenario_sources()
    lines = [x for x in text.splitlines() if x.startswith("# force.target_troops")]
    assert len(lines) == 1 and "value = 25000" in lines[0] and "corroborated" in lines[0]
    assert any(x.startswith("#   other figure, not suggested: 64,000") for x in text.splitlines())
    assert "40000" not in lines[0]


def test_corroboration_counts_the_same_figure_however_worded(ledger_of: Make) -> None:
    """"about 25,000" in one story and "25,000" in another are one figure from two independent
    sources: corroborated, as the ledger's table says; a figure that only overlaps is not."""
    ledger = ledger_of(a="A diplomat put the planned European force at about 25,000 soldiers.\n",
                       b="Officials said the force would number 25,000 troops.\n",
                       c="Britain's chiefs have drawn up plans for a force of 64,000 troops.\n")
    lines = [x for x in ledger.scenario_sources().splitlines()
             if x.startswith("# force.target_troops")]
    assert len(lines) == 1 and "value = 25000" in lines[0] and "corroborated" in lines[0], lines
    assert "2 independent source(s) give this figure" in lines[0]
    overlap = ledger_of(a="A diplomat put the planned European force at 20,000 to 30,000 soldiers.\n",
                        b="Officials said the force would number 25,000 troops.\n")
    lines = [x for x in overlap.scenario_sources().splitlines()
             if x.startswith("# force.target_troops")]
    assert lines and not any("corroborated" in x for x in lines), lines


# --- 5. no path ---------------------------------------------------------------------------

@pytest.mark.parametrize("args", [("--scenario-sources",), ()])
def test_no_path_is_one_clear_line(run_cli, args: tuple[str, ...]) -> None:
    result = run_cli("evidence", *args)
    assert result.exit_code == 2 and len(result.error_lines) == 1, result.stderr
    assert "give report files or folders" in result.stderr
    assert "reassure evidence tests/evidence/corpus/samples" in result.stderr
    assert "Missing argument" not in result.stderr


def test_build_ledger_takes_one_path_as_well_as_a_list() -> None:
    """A single folder given as a string is that folder, not the characters of its name (which
    read as '/', 't', ... and walked the root file system)."""
    from pathlib import Path

    from reassure.evidence import build_ledger

    samples = Path(__file__).parent / "corpus" / "samples"
    one = build_ledger(str(samples))
    listed = build_ledger([samples])
    assert [r.id for r in one.reports] == [r.id for r in listed.reports]
    assert one.reports and not one.problems
    assert one.pledge("EST").stage == "deployed"  # the module docstring's example
