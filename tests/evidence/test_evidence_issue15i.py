"""Issue 15i, a reader's review of the ledger: pledge stages after the Kiel Ukraine Support
Tracker (a capability is not a pledge, a reported plan is "stated"), "corroborated" instead of
"agreement", one row per condition, qualifiers and distinct figures shown, quotes cut at word
boundaries, plain-text metadata, and documentation examples that run on a fresh clone."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reassure.evidence import Ledger
from reassure.evidence._clean import clean
from reassure.evidence._ingest import RawReport
from reassure.evidence._ledger import claim_stage
from reassure.evidence._model import STATUSES, entry_summary, value_text
from reassure.present.evidence import QUOTE_CHARS, _quote

Make = Callable[..., Ledger]
REPO = Path(__file__).resolve().parents[2]


# --- 1. pledge stages ---------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "quantity", "stage"), [
    # what a nation could field is not an offer
    ("France is the country with the most detailed military deployment plan, with the ability "
     "to mobilize nearly 10,000 soldiers.", "nearly 10,000 soldiers", "capability"),
    ("A battalion usually numbers 400 to 800 soldiers.", "400 to 800 soldiers", "capability"),
    # a reported plan, readiness or a conditional offer is stated, not pledged
    ("Britain would provide up to 10,000 of the troops, with air cover and naval patrols in the "
     "Black Sea.", "up to 10,000 of the troops", "stated"),
    ("Britain is prepared to put up to 8,000 troops on the ground, officials in London said.",
     "up to 8,000 troops", "stated"),
    # the army's size is in another clause: the offer is what the clause of the number says
    ("France has an army of about 200,000 troops but would commit 10,000 soldiers to the force.",
     "10,000 soldiers", "stated"),
    # a government's promise of a number
    ("Estonia pledged a company of 150 troops on 12 April 2025.", "150 troops", "pledged"),
    ("RIGA, July 1 (Northwire) - Latvia will send a contingent of 200 soldiers to the force.",
     "200 soldiers", "pledged"),
    ("Romania's parliament approved sending 300 troops to the multinational force.", "300 troops",
     "approved"),
    ("The first 50 soldiers deployed to western Ukraine on 16 June 2025.", "50 soldiers",
     "deployed"),
    ("Some 500 soldiers would be deployed once a ceasefire holds.", "500 soldiers", "stated"),
])
def test_claim_stage(sentence: str, quantity: str, stage: str) -> None:
    assert claim_stage(sentence, quantity) == stage


REVIEW = {
    "fr": "France is the country with the most detailed military deployment plan, with the "
          "ability to mobilize nearly 10,000 soldiers.\n",
    "uk": "Britain's chiefs drew up plans for a European force. Britain would provide up to 10,000 "
          "of the troops, with air cover and naval patrols in the Black Sea.\n",
    "pl": "Some countries, including Germany and Poland, have constitutional constraints on sending "
          "troops.\nPolish Prime Minister Donald Tusk ruled out sending troops.\nGerman Chancellor "
          "Olaf Scholz dismissed discussions of a European-led force as \u201cpremature\u201d.\n",
}


def test_capability_and_plans_are_not_pledges(ledger_of: Make) -> None:
    ledger = ledger_of(**REVIEW)
    # France could mobilise 10,000: no pledge at all, and the figure says so
    with pytest.raises(KeyError):
        ledger.pledge("FRA")
    assert [v.stage for v in ledger.entry("contribution:FRA").values] == ["capability"]
    # Britain would provide up to 10,000: a reported plan, stated with its figure and qualifier
    uk = ledger.pledge("GBR")
    assert uk.stage == "stated"
    assert (uk.stages[-1].high, uk.stages[-1].qualifier) == (10000.0, "up to")
    # a nation that declines, is undecided or only faces a constraint has no pledge stage
    for nation in ("POL", "DEU"):
        with pytest.raises(KeyError):
            ledger.pledge(nation)
    toml = ledger.scenario_sources()
    assert "pledge_troops" not in toml.replace("no pledge_troops", "")
    assert "no pledge_troops: only stated (a plan or readiness, not a pledge): up to 10,000" in toml


def test_pledge_troops_from_the_pledge_not_the_first_tranche(ledger_of: Make) -> None:
    ledger = ledger_of(est="Tracker note: Estonia\nEstonia pledged a company of 150 troops on 12 "
                           "April 2025.\nThe Riigikogu approved the deployment on 20 May 2025.\n"
                           "The first 50 soldiers deployed to western Ukraine on 16 June 2025.\n")
    entry = ledger.entry("contribution:EST")
    # 50 deployed out of 150 pledged is a first tranche, not a conflict
    assert entry.status != "conflict"
    assert {(v.stage, v.low) for v in entry.values} == {("pledged", 150.0), ("deployed", 50.0)}
    assert [s.stage for s in ledger.pledge("EST").stages] == ["pledged", "approved", "deployed"]
    block = ledger.scenario_sources().split("Estonia:")[1].split("\n\n")[0]
    body = "\n".join(line[2:] for line in block.splitlines()[1:]
                     if line.startswith("# ") and not line.startswith("#   "))
    entry = tomllib.loads("[[contributors]]\n" + body)["contributors"][0]
    assert entry["pledge_troops"]["value"] == 150  # the pledge, not the first 50 deployed
    assert entry["pledge_troops"]["note"].startswith("pledged 2025-04-12, 150: ")
    assert entry["status"] == "willing"
    # changed (issue r3): stage by stage, never one range ("50–150" read as alternatives)
    summary = entry_summary(entry_est := ledger.entry("contribution:EST"))
    assert summary.startswith("by stage, not a range: ") and "50–150" not in summary
    assert "pledged: 150 troops (1 source); deployed: 50 troops (1 source)" in summary
    assert (entry_est.low, entry_est.high) == (None, None)


def test_more_deployed_than_pledged_is_a_conflict(ledger_of: Make) -> None:
    ledger = ledger_of(a="Estonia pledged a company of 150 troops on 12 April 2025.\n"
                         "Some 400 Estonian soldiers deployed to western Ukraine on 16 June 2025.\n")
    assert ledger.entry("contribution:EST").status == "conflict"


# --- 2. stance display: conditions apart, no "agreement" -------------------------------------

NETHERLANDS = {
    "a": "Some countries, including Italy and the Netherlands, have constitutional constraints on "
         "sending troops.\n",
    "b": "Italy\u2019s Constitution limits its ability to deploy forces abroad, and countries like "
         "the Netherlands would require parliamentary approval.\n",
}


def test_each_condition_keeps_its_own_sentence(ledger_of: Make) -> None:
    ledger = ledger_of(**NETHERLANDS)
    values = {v.condition: v for v in ledger.position("NLD").stances if v.stance == "conditional"}
    assert set(values) == {"constitution", "parliament"}
    assert values["parliament"].report_ids == ("b",)
    assert values["constitution"].report_ids == ("a",)
    for cond, v in values.items():
        for cid in v.claim_ids:
            assert ledger.claim(cid).condition == cond  # type: ignore[union-attr]


def test_no_agreement_label_anywhere(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "reports"  # (the test's own folder name has the word in it)
    folder.mkdir()
    for name, text in {**NETHERLANDS, "c": "Spain declined to contribute troops, officials said.\n",
                       "d": "Madrid has declined to contribute troops to the force, its defence "
                            "minister said on Monday.\n"}.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    result = run_cli("evidence", str(folder), env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.stderr
    assert "agreement" not in result.stdout
    # the Netherlands' parliament row quotes the parliament sentence, from its own source
    # changed (review r10): the condition in words, not its code "conditional (parliament)"
    # (and the quote may wrap onto the next line: the table gained "said by" and "date")
    lines = result.stdout.splitlines()
    at = next(k for k, line in enumerate(lines) if "conditional on parliament's approval" in line)
    row = lines[at] + lines[at + 1]
    assert "parliamentary" in row and "approval" in row and "report-b" in lines[at]
    assert "corroborated (2 independent sources)" in result.stdout  # Spain, from c and d
    json_out = run_cli("evidence", str(folder), "--format", "json", env={"COLUMNS": "300"})
    assert set(re.findall(r'"status": "([^"]+)"', json_out.stdout)) <= set(STATUSES)


# --- 3. metadata: only what the report says -----------------------------------------------

def _meta(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    r = clean(RawReport(path="x/r.txt", fmt="text", text=text))
    return r.outlet, r.date, r.date_as_written, r.cites


BODY = ("European leaders discussed a force for Ukraine on Monday, and officials said the talks "
        "would go on next week in Brussels with the defence ministers.\n")


@pytest.mark.parametrize(("text", "expected"), [
    # a wire dateline without a year: the date as written, never completed
    ("TALLINN, April 29 (Northwire) - " + BODY, ("Northwire", None, "April 29", None)),
    ("Title line for the story\n\nBrussels, February 15: " + BODY, (None, None, "February 15", None)),
    ("KYIV, 3 March 2025 - " + BODY, (None, "2025-03-03", None, None)),
    ("A title\nTranslated from the French edition of Le Veilleur\n" + BODY,
     ("Le Veilleur (French edition, translated)", None, None, None)),
    ("A note on troops\nPrepared by the Harbour Institute, 30 June 2025\n" + BODY,
     ("Harbour Institute", "2025-06-30", None, None)),
    ("Leaders met, Caliber.Az reports per foreign media. " + BODY, ("Caliber.Az", None, None, None)),
    # whom a report cites is not its outlet; a kind of source is not an outlet either
    ("According to the Washington Post, on February 17 leaders met. " + BODY,
     (None, None, None, "Washington Post")),
    ("According to European sources, leaders met. " + BODY, (None, None, None, None)),
    ("According to the agency Northwire, leaders met. " + BODY, (None, None, None, "Northwire")),
    # "however, March 3" is no dateline: a month must be named after a place
    ("Paris, Monday: " + BODY, (None, None, None, None)),
])
def test_plain_text_metadata(text: str, expected: tuple[str | None, ...]) -> None:
    assert _meta(text) == expected


# --- 4. quotes cut at word boundaries -----------------------------------------------------

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)


@given(st.lists(WORDS, min_size=30, max_size=80), st.integers(min_value=0, max_value=79),
       st.integers(min_value=0, max_value=79))
@settings(max_examples=200, deadline=None)
def test_quote_cuts_at_word_boundaries_and_keeps_focus(words: list[str], i: int, j: int) -> None:
    i, j = i % len(words), j % len(words)
    assume(i != j)
    words[i], words[j] = "NATION", "10,000"
    sentence = " ".join(words)
    quoted = _quote(sentence, "10,000", "NATION")
    inner = quoted.strip("“”")
    assert "10,000" in inner
    if abs(sentence.index("10,000") - sentence.index("NATION")) < QUOTE_CHARS - 30:
        assert "NATION" in inner
    body = inner.strip("…")
    assert f" {body} " in f" {sentence} "  # whole words only, in order
    assert inner.startswith("…") == (not sentence.startswith(body))
    assert inner.endswith("…") == (not sentence.endswith(body))


def test_quote_keeps_the_nation_of_a_long_sentence() -> None:
    sentence = ("In Berlin, where the coalition has been arguing for weeks over the budget and the "
                "cost of new air defence, German Chancellor Olaf Scholz dismissed discussions of a "
                "European-led force as premature and reiterated that NATO must remain the bedrock "
                "of European security.")
    quoted = _quote(sentence, "dismissed", "German")
    assert "German Chancellor" in quoted and "erman Chancellor" not in quoted.replace("German", "")
    assert re.search(r"“…\w", quoted) is None or quoted.startswith("“…")


# --- 5. numbers: qualifiers and distinct claims -------------------------------------------

@pytest.mark.parametrize(("low", "high", "qualifier", "text"), [
    (10000.0, 10000.0, "nearly", "nearly 10,000 troops"),
    (None, 30000.0, "up to", "up to 30,000 troops"),
    (None, 30000.0, "fewer than", "fewer than 30,000 troops"),
    (30.0, None, "more than", "more than 30 troops"),
    (25000.0, 30000.0, "about", "about 25,000–30,000 troops"),
    (10000.0, 100000.0, "tens of thousands", "tens of thousands (10,000–100,000) troops"),
])
def test_value_text_keeps_the_qualifier(low: float | None, high: float | None, qualifier: str,
                                        text: str) -> None:
    assert value_text(low, high, qualifier, "troops") == text


def test_conflicting_sizes_show_each_claim(ledger_of: Make) -> None:
    ledger = ledger_of(
        a="Britain's military chiefs have drawn up plans for a force of 64,000 to deploy to Ukraine.\n",
        b="European capitals could field a force of 25,000 troops, officials in Rome said on "
          "Tuesday.\n",
        c="A diplomat in Warsaw put the planned European force at 25,000 soldiers after the summit.\n",
        d="Paris and London are preparing a reassurance force of up to 30,000 soldiers for Ukraine.\n")
    entry = ledger.entry("european_force")
    assert entry.status == "conflict"
    assert (entry.low, entry.high) == (25000.0, 64000.0)  # the span, not an open "≤ 64,000"
    summary = entry.to_dict()["summary"]
    assert summary.startswith("25,000–64,000 troops across 3 figures: ")
    # changed (issue r3): "could field 25,000" is what Europe could field, not a planned size:
    # it no longer corroborates the diplomat's 25,000
    assert "25,000 (1 source)" in summary and "up to 30,000 (1 source)" in summary
    assert "64,000 (1 source)" in summary and "25,000 (2 sources)" not in summary
    assert summary.endswith("; capability, not a planned size: 25,000 (1 source)")


# --- 6. the documented examples run on a fresh clone ---------------------------------------

def test_documented_paths_exist_in_the_repository() -> None:
    for doc in (REPO / "docs" / "evidence.md", REPO / "README.md"):
        text = doc.read_text(encoding="utf-8")
        paths = re.findall(r"reassure evidence ((?:\.\./|tests/)[\w./-]+)", text)
        paths += re.findall(r'build_ledger\(\["([^"]+)"\]\)', text)
        assert paths, doc
        for p in paths:
            # (the seeds beside this checkout, ../shared/seeds, are not in a fresh clone)
            assert not p.startswith("../") and (REPO / p).exists(), \
                f"{doc.name}: {p} is not in a fresh clone"
