"""Review r10 (the reader's ledger): stories crediting one agency count once; the stance table
names the speaker and the date and quotes the body over the headline; figures and stances months
apart are a change over time, not a conflict; conditions in words; the host and the adversary
apart; a row read from a group says so (Iceland offers no troops); no dangling quotation marks.
Every report here is made up (docs/evidence.md, "Review r10")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reassure.evidence import Ledger, build_ledger, trim_quote_marks
from reassure.evidence._model import CHANGED, CONFLICT, SINGLE
from reassure.present.evidence import condition_words

Make = Callable[..., Ledger]


def _report(title: str, outlet: str, date: str, body: str) -> str:
    return f"Title: {title}\nOutlet: {outlet}\nDate: {date}\n\n{body}\n"


def _table(run_cli: Any, folder: Path) -> str:
    result = run_cli("evidence", str(folder), env={"COLUMNS": "320"})
    assert result.exit_code == 0, result.stderr
    return str(result.stdout)


def _write(folder: Path, **texts: str) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


# --- 1. one wire story, two rewrites: one source ------------------------------------------

WIRE_A = _report(
    "Five nations signal readiness for Ukraine mission, AFP", "Harbour Courier", "2025-05-06",
    "Five European countries have signalled that they are ready to send troops to Ukraine after "
    "a ceasefire, AFP reported on Tuesday.\nPortugal is ready to send troops to Ukraine, a "
    "diplomat told the agency.\nThe talks in Lisbon ran late into the evening and ended without "
    "a joint statement.")
WIRE_B = _report(
    "Coalition talks: only five states willing to deploy", "Valley Gazette", "2025-05-10",
    "According to Agence France-Presse, a mere five countries of the coalition are ready to "
    "send soldiers to Ukraine once the guns fall silent.\nPortugal is prepared to send troops, the "
    "French agency said, citing a diplomat.\nMinisters from the other members asked what the "
    "mandate of the mission would be.")
OWN = _report(
    "Lisbon's defence minister on the Ukraine force", "Tagus Review", "2025-05-08",
    "Portugal is ready to send troops to Ukraine, Defence Minister Nuno Melo told Tagus Review "
    "in an interview.")


def test_two_rewrites_crediting_afp_count_once(ledger_of: Make) -> None:
    ledger = ledger_of(a=WIRE_A, b=WIRE_B)
    # not copies: four days apart, so the near-duplicate rule for one agency's story retold
    # within a day (issue 15w, D1) does not join them; the credit rule (<= 7 days) still does
    assert len(ledger.duplicate_groups) == 2
    (value,) = ledger.position("PRT").stances
    assert value.independent_sources == 1 and value.credited == ("AFP",)
    assert ledger.position("PRT").status == SINGLE  # was "corroborated (2 independent sources)"
    count = ledger.entry("countries_pledged")  # "five countries ... ready to send troops"
    assert count.independent_sources == 1 and count.values[0].credited == ("AFP",)


def test_own_reporting_or_another_agency_is_independent(ledger_of: Make, tmp_path: Path) -> None:
    ledger = ledger_of(a=WIRE_A, b=WIRE_B, c=OWN)
    (value,) = ledger.position("PRT").stances
    assert value.independent_sources == 2  # AFP's story once, Tagus Review's interview
    reuters = WIRE_B.replace("Agence France-Presse", "Reuters").replace("French agency",
                                                                          "agency")
    ledger = build_ledger([_write(tmp_path / "other", a=WIRE_A, b=reuters)])
    (value,) = ledger.position("PRT").stances
    assert value.independent_sources == 2 and value.credited == ()


def test_same_agency_weeks_apart_is_two_dispatches(ledger_of: Make) -> None:
    later = WIRE_B.replace("2025-05-10", "2025-06-20")
    (value,) = ledger_of(a=WIRE_A, b=later).position("PRT").stances
    assert value.independent_sources == 2 and value.credited == ()


def test_table_says_stories_credit_one_agency(run_cli: Any, tmp_path: Path) -> None:
    out = _table(run_cli, _write(tmp_path / "r", a=WIRE_A, b=WIRE_B))
    assert "stories crediting AFP: one source" in out
    assert "corroborated (2 independent sources)" not in out
    out = _table(run_cli, _write(tmp_path / "s", a=WIRE_A, c=OWN))
    assert "stories crediting" not in out


# --- 2. speaker and date; the body over the headline --------------------------------------

ROME = _report("Rome rules out troops for Ukraine force", "The Adriatic Ledger", "2025-03-18",
               "Prime Minister Giorgia Meloni said Italy would not send troops to Ukraine.\n"
               "The debate in the Senate lasted three hours.")


def test_stance_row_names_speaker_and_date(run_cli: Any, tmp_path: Path) -> None:
    out = _table(run_cli, _write(tmp_path / "r", rome=ROME))
    header = next(line for line in out.splitlines() if "conflict or change" in line)
    assert "said by" in header and "date" in header
    row = next(line for line in out.splitlines() if line.startswith("│ Italy"))
    assert "Giorgia Meloni" in row and "2025-03-18" in row
    assert "Meloni said Italy" in row  # the body sentence that names her, not the headline


def test_headline_quoted_when_it_is_all_there_is(run_cli: Any, tmp_path: Path) -> None:
    only = ROME.replace("Prime Minister Giorgia Meloni said Italy would not send troops to "
                        "Ukraine.\n", "")
    out = _table(run_cli, _write(tmp_path / "r", rome=only))
    rows = [line for line in out.splitlines() if line.startswith("│ Italy")]
    assert not rows or "Rome rules out troops" in rows[0]


# --- 3. time, not conflict ------------------------------------------------------------------

SPRING = _report("Coalition counts its troop offers", "Harbour Courier", "2025-04-10",
                 "Six countries are ready to send troops to Ukraine, officials said after the "
                 "meeting.\nNorway is ready to send troops to Ukraine, Prime Minister Jonas Gahr "
                 "Støre said.")
AUTUMN = _report("Paris summit widens the circle", "Tagus Review", "2025-09-05",
                 "Twenty-six countries are ready to send troops to Ukraine, the French president "
                 "said after the summit in Paris.\nNorway has ruled out sending troops to "
                 "Ukraine, its defence minister said.")


def _count_entry(ledger: Ledger) -> Any:
    return next(e for e in ledger.quantities if e.unit == "countries"
                and {v.low for v in e.values} >= {6.0, 26.0})


def test_counts_months_apart_change_over_time(ledger_of: Make) -> None:
    ledger = ledger_of(a=SPRING, b=AUTUMN)
    entry = _count_entry(ledger)
    assert entry.status == CHANGED  # was "conflict: 6–26 countries"
    assert entry.change == "6 countries (2025-04-10) → 26 countries (2025-09-05, latest)"
    assert (entry.low, entry.high) == (26.0, 26.0)
    assert [v.low for v in entry.values if v.latest] == [26.0]
    norway = ledger.position("NOR")
    assert norway.status == CHANGED and norway.conflict is None
    assert norway.change == "ready (2025-04-10) → declines (2025-09-05, latest)"


def test_same_period_disagreement_stays_a_conflict(ledger_of: Make) -> None:
    ledger = ledger_of(a=SPRING, b=AUTUMN.replace("2025-09-05", "2025-04-14"))
    entry = _count_entry(ledger)
    assert entry.status == CONFLICT and entry.change is None
    norway = ledger.position("NOR")
    assert norway.status == CONFLICT and norway.change is None


def test_scenario_status_from_the_latest_statement(run_cli: Any, tmp_path: Path) -> None:
    folder = _write(tmp_path / "r", a=SPRING, b=AUTUMN)
    out = run_cli("evidence", str(folder), "--scenario-sources").stdout
    block = out[out.index("# Norway:") - 20:].split("\n\n")[0]
    assert '# status = "ruled-out"' in block
    assert "status from: 2025-09-05" in block and "ruled out sending" in block
    assert "statements changed: willing 2025-04-10" in block
    assert "value = 26" in out and "the latest suggested" in out
    # the other way round: readiness after a refusal makes it willing, citing the readiness
    swapped = _write(tmp_path / "s", a=SPRING.replace("2025-04-10", "2025-10-10"), b=AUTUMN)
    out = run_cli("evidence", str(swapped), "--scenario-sources").stdout
    block = out[out.index("# Norway:") - 20:].split("\n\n")[0]
    assert '# status = "willing"' in block and "status from: 2025-10-10" in block


# --- 4. conditions in words -----------------------------------------------------------------

def test_conditions_in_words() -> None:
    assert condition_words("us-backstop") == "conditional on a US backstop"
    assert condition_words("parliament") == "conditional on parliament's approval"
    sentence = "Finland would contribute troops only if the mission has a clear exit date, " \
               "its president said."
    assert condition_words("other", sentence, "would contribute") == \
        "conditional: “only if the mission has a clear exit date”"
    assert condition_words("other", "Finland would consider it.", "") == \
        "conditional (the condition is not named)"


def test_table_shows_no_condition_codes(run_cli: Any, tmp_path: Path) -> None:
    text = _report("Stockholm sets terms", "Harbour Courier", "2025-03-02",
                   "Sweden would send troops only if the United States provides a backstop.")
    out = _table(run_cli, _write(tmp_path / "r", a=text))
    assert "conditional on a US backstop" in out
    assert "us-backstop" not in out and "(other)" not in out


# --- 5. the host and the adversary apart ----------------------------------------------------

HOST = _report("Berlin sets terms for peacekeepers", "Rhine Ledger", "2025-02-03",
               "Russia rejected the plan to deploy peacekeepers, while Ukraine welcomed the "
               "plan.\nGermany is ready to send troops to Ukraine, the minister said.")
# (changed at 15x's merge: the earlier fixture's "both Ukraine and Russia approve the mandate"
# no longer gives the host and the adversary a stance at all, issue 15x finding 3)


def test_host_and_adversary_not_in_the_contributors_table(run_cli: Any, tmp_path: Path,
                                                          ledger_of: Make) -> None:
    ledger = ledger_of(a=HOST)
    assert {p.actor for p in ledger.positions} >= {"RUS", "UKR", "DEU"}  # still in the JSON
    out = _table(run_cli, _write(tmp_path / "r", a=HOST))
    contributors = out[out.index("Stances on contributing"):out.index("Stances of the host")]
    others = out[out.index("Stances of the host"):]
    assert "│ Germany" in contributors
    assert "│ Russia" not in contributors and "│ Ukraine" not in contributors
    assert "│ Russia" in others and "│ Ukraine" in others


# --- 6. groups shown; Iceland; Benelux ------------------------------------------------------

def test_group_rows_say_so_and_iceland_is_not_expanded(ledger_of: Make, run_cli: Any,
                                                       tmp_path: Path) -> None:
    text = ("The Nordic countries are ready to send troops to Ukraine, a diplomat said.\n"
            "The Benelux countries are open to contributing soldiers.\n")
    ledger = ledger_of(a=text)
    actors = {s.actor: s.group for s in ledger.stances}
    assert set(actors) == {"DNK", "FIN", "NOR", "SWE", "BEL", "NLD", "LUX"}  # no ISL
    out = _table(run_cli, _write(tmp_path / "r", a=text))
    row = next(line for line in out.splitlines() if line.startswith("│ Denmark"))
    assert "from 'Nordic countries'" in row
    row = next(line for line in out.splitlines() if line.startswith("│ Belgium"))
    assert "from 'Benelux countries'" in row
    # named on its own, Iceland still has a stance, and a row named alone has no group note
    ledger = ledger_of(b="Iceland is ready to send troops to Ukraine, its foreign minister said.\n")
    assert "ISL" in {s.actor for s in ledger.stances}
    out = _table(run_cli, _write(tmp_path / "s", b="Denmark is ready to send troops to Ukraine."))
    row = next(line for line in out.splitlines() if line.startswith("│ Denmark"))
    assert "from '" not in row


# --- 7. quotes without dangling marks -------------------------------------------------------

def test_dangling_quote_marks_trimmed() -> None:
    assert trim_quote_marks("He had “questions” before taking on any commitments. “") == \
        "He had “questions” before taking on any commitments."
    assert trim_quote_marks("” he said it was over.") == "he said it was over."
    assert trim_quote_marks('He said "no" twice.') == 'He said "no" twice.'
    assert trim_quote_marks("“We are ready,” she said.") == "“We are ready,” she said."
    assert trim_quote_marks('Ready, he said. "') == "Ready, he said."


def test_table_quote_has_no_empty_quote(run_cli: Any, tmp_path: Path) -> None:
    text = _report("Stockholm hesitates", "Harbour Courier", "2025-04-11",
                   "Swedish Defense Minister Pål Jonson said Stockholm still had “a number of "
                   "questions that we need to get clarified” before taking on any commitments. "
                   "“It's helpful if there's clarity,” he said.")
    out = _table(run_cli, _write(tmp_path / "r", a=text))
    assert "“”" not in out.replace(" ", "").replace("│", "")
