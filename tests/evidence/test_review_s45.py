"""Session 45: a journalist's review of `reassure evidence` (made-up reports, the reviewer's own
words). Defects found and tested here:

* a "huge line" (a run-on sentence of tens of thousands of characters, no full stop: a page
  saved without its punctuation, figures joined by "and") took minutes (34,000 characters:
  2.5 minutes; 950,000: never ended), the readers' cost growing with the square of one
  sentence's claims: such a sentence is now read in pieces of at most 2,000 characters (the
  text itself unchanged, normal sentences left whole);
* the tables named the files that could not be read on stderr only: a table saved to a file said
  "Reports (2, ...)" of a folder of five; the title now says how many were not read, and
  `--scenario-sources` lists them in its header;
* the stance check's line said "outright refusals are not judged" under a table of stances none of
  which was a refusal and none judged ("0 of 0 judged"): outright offers and the conditions the
  rules name pass unjudged too (`_stance_check`, s44/s45), and the line now says so;
* an HTML page with no date but a footer "© 2026 The Tagus Ledger" was dated 2026-01-01
  (trafilatura turns a copyright year into 1 January), against "nothing is invented, a date only
  from an explicit date": that guess is now dropped (a page that states 1 January keeps it);
* `--scenario-sources` dropped a report's date without a year (the tables show "Feb 24 (year not
  stated)") and said "status from: undated" for its statement: now a comment with the date as
  written, and the same words as the tables.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger
from reassure.evidence._clean import clean
from reassure.evidence._ingest import RawReport
from reassure.present.evidence import print_evidence

RUN_ON = "Finland would send 300 troops and " * 1000  # 34,000 characters, no full stop
NORMAL = ("Norway is ready to send 400 soldiers to a reassurance force in Ukraine, the defence "
          "minister said on Tuesday. Poland ruled out sending troops, its prime minister said.")


def _ledger(tmp_path: Path, files: dict[str, str | bytes]):
    for name, body in files.items():
        target = tmp_path / name
        if isinstance(body, bytes):
            target.write_bytes(body)
        else:
            target.write_text(body, encoding="utf-8")
    return build_ledger([tmp_path], jobs=1, stance_check=False)


# --- a huge line ---------------------------------------------------------------------------

def test_a_run_on_sentence_is_read_in_pieces_of_the_unchanged_text() -> None:
    text = "A long note\n\n" + RUN_ON.rstrip() + ".\n"
    report = clean(RawReport(path="note.txt", fmt="text", text=text))
    assert report.text == text  # offsets still point into the file as written
    lengths = [b - a for a, b in report.paragraphs]
    assert len(lengths) > 5 and max(lengths) <= 2_000
    body = [text[a:b] for a, b in report.paragraphs[1:]]
    assert all(not piece[0].isspace() and not piece[-1].isspace() for piece in body)
    # every word is still read, cut only between words
    assert " ".join(body).split() == (RUN_ON.rstrip() + ".").split()


def test_normal_sentences_and_paragraphs_stay_whole() -> None:
    long_paragraph = " ".join([NORMAL] * 30)  # 5,000 characters of normal sentences
    text = "A long note\n\n" + long_paragraph + "\n\n" + NORMAL + "\n"
    report = clean(RawReport(path="note.txt", fmt="text", text=text))
    pieces = [text[a:b] for a, b in report.paragraphs]
    # a long paragraph of short sentences is left as one paragraph
    assert pieces == ["A long note", long_paragraph, NORMAL]


def test_a_huge_line_is_read_in_pieces_and_its_claims_kept(tmp_path: Path) -> None:
    # read whole, it took about 2.5 minutes of one core (its speed is a benchmark's, not a test's)
    from reassure.evidence._clean import MAX_SENTENCE_CHARS

    ledger = _ledger(tmp_path, {"huge.txt": "A long note\n\n" + RUN_ON + "\n"})
    assert any(c.nation == "FIN" and c.high == 300 for c in ledger.claims)
    assert all(len(c.sentence) <= MAX_SENTENCE_CHARS for c in ledger.claims)


# --- files that could not be read, on stdout too ---------------------------------------------

def test_the_tables_say_how_many_files_were_not_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger = _ledger(tmp_path, {"a.txt": "Norway ready\n\n" + NORMAL + "\n",
                                "blob.txt": b"\x00\x01binary" * 50,
                                "empty.txt": ""})
    assert len(ledger.reports) == 1 and len(ledger.problems) == 2
    print_evidence(ledger, "table")
    out = capsys.readouterr().out
    assert "2 files not read, named on stderr" in out


def test_the_tables_say_nothing_of_unread_files_when_all_were_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger = _ledger(tmp_path, {"a.txt": "Norway ready\n\n" + NORMAL + "\n"})
    print_evidence(ledger, "table")
    assert "not read" not in capsys.readouterr().out


def test_scenario_sources_names_the_files_not_read(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, {"a.txt": "Norway ready\n\n" + NORMAL + "\n",
                                "empty.txt": ""})
    head = ledger.scenario_sources().splitlines()[:3]
    assert any(line.startswith("# not read: ") and "empty.txt: file is empty" in line
               for line in head)


# --- a date without its year, in the TOML as in the tables -----------------------------------

def test_scenario_sources_keeps_a_date_without_its_year(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, {"wire.txt": (
        "Harbour Wire note\n\nOSLO, Feb 24 (Harbour Wire) - Norway is ready to send 400 soldiers "
        "to a reassurance force in Ukraine, the defence minister said on Monday.\n")})
    assert ledger.reports[0].date is None and ledger.reports[0].date_as_written == "Feb 24"
    toml = ledger.scenario_sources()
    assert "# date: Feb 24 (year not stated" in toml
    assert "status from: Feb 24 (year not stated)" in toml
    assert "status from: undated" not in toml


# --- what the stance check leaves unjudged, said as it is -------------------------------------

def test_the_check_line_says_outright_offers_are_not_judged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(
        "Sweden ready\n\nSweden is ready to send 500 troops to a reassurance force in Ukraine, "
        "the defence minister said.\n", encoding="utf-8")
    ledger = build_ledger([tmp_path], jobs=1, stance_check=True)
    assert ledger.stances and all(s.check is None for s in ledger.stances)
    print_evidence(ledger, "table")
    out = " ".join(capsys.readouterr().out.split())
    assert "0 of 0 judged stance readings withheld" in out  # review s51 4: readings, not rows
    assert "outright refusals and offers, and conditions the rules name" in out


# --- a copyright year is no date --------------------------------------------------------------

PAGE = ("<!doctype html><html><head><title>Lisbon weighs Ukraine mission | The Tagus Ledger</title>"
        "</head><body><article><h1>Lisbon weighs Ukraine mission</h1><p>{body}</p><p>Portugal is "
        "prepared to send up to 200 troops to a reassurance force in Ukraine, the defence minister "
        "told parliament on Monday.</p></article><footer>{foot}</footer></body></html>")


@pytest.mark.parametrize("foot", ["© 2026 The Tagus Ledger. All rights reserved.",
                                  "Copyright 2019-2026 The Tagus Ledger"])
def test_a_copyright_year_does_not_date_a_page(tmp_path: Path, foot: str) -> None:
    ledger = _ledger(tmp_path, {"p.html": PAGE.format(body="", foot=foot)})
    report = ledger.reports[0]
    assert report.outlet == "The Tagus Ledger"
    assert report.date is None


@pytest.mark.parametrize(("body", "date"), [("Published 5 March 2026", "2026-03-05"),
                                            ("Posted January 1, 2026", "2026-01-01")])
def test_a_page_that_states_its_date_keeps_it(tmp_path: Path, body: str, date: str) -> None:
    ledger = _ledger(tmp_path, {"p.html": PAGE.format(body=body, foot="© 2026 The Tagus Ledger")})
    assert ledger.reports[0].date == date


def test_repeated_sentences_get_the_ids_they_always_had(tmp_path: Path) -> None:
    """(review s45) The suffix of a repeated sentence's claim is kept per id (counting up from 2
    each time made 30,000 repeats take minutes); the ids are those of before: the digest, then
    "-2", "-3", ... in the order read."""
    from reassure.evidence import build_ledger

    (tmp_path / "a.txt").write_text("Title: x\n\n" + "Finland will send 300 troops. " * 12,
                                    encoding="utf-8")
    ids = [c.id for c in build_ledger([tmp_path / "a.txt"], jobs=1).claims if c.unit == "troops"]
    assert len(ids) == 12 and len(set(ids)) == 12
    assert ids[1:] == [f"{ids[0]}-{n}" for n in range(2, 13)]


@pytest.mark.parametrize("when", ["on 3 March 2025", "on March 3, 2025,", "on Monday"])
def test_a_date_between_said_and_the_reported_clause(tmp_path: Path, when: str) -> None:
    """(review s45) The figure was lost when a full date stood between "said" and "it would"."""
    from reassure.evidence import build_ledger

    (tmp_path / "a.txt").write_text(
        f"Title: x\n\nEstonia said {when} it would send 200 troops to the force.\n", encoding="utf-8")
    got = {(c.subject, c.low) for c in build_ledger([tmp_path / "a.txt"], jobs=1).claims}
    assert ("contribution:EST", 200.0) in got
