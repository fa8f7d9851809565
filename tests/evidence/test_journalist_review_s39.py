"""Session 39: a journalist's review of the evidence ledger (made-up reports, the reviewer's own
words). Each defect found is tested here both ways where a rule could over-reach:

* a path the system will not even look at (a name too long, a folder that may not be listed)
  was an "internal error" or the misleading "folder holds no report files": now one
  ``skipped PATH: why`` problem;
* a Markdown report's heading kept its ``#`` marks in the title;
* a speaker with a double-barrelled surname ("Kosiniak-Kamysz") was cut at the hyphen to its
  last half, losing the title and the nation that says whose voice it is;
* "has taken part in the talks" / "participated in the talks" gave no `talks` row (only
  "took part" and "participates" did), so a nation at the talks that offered no troops showed
  only a refusal;
* "has not offered troops" read as a refusal (`declines`), where "has not pledged / committed
  troops" is `undecided` (no offer so far, 15v): now the same;
* "has yet to offer troops" read as `ready`, "has yet to rule out sending troops" as
  `declines`: now `undecided` and `open`, as "has not (yet) offered" and "has not ruled out";
* "officials in London and Paris said" was a speaker "London and Paris" of France alone: a
  speaker naming two nations is nobody's one nation (and unnamed officials stay unnamed);
* Reuters' spelling "Zelenskiy" was nobody the gazetteer knew: his figures had no nation.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reassure.errors import InputFileError
from reassure.evidence import build_ledger
from reassure.run.evidence import read_ledger

BODY = ("Britain and France would lead a reassurance force of up to 30,000 troops once a "
        "ceasefire holds, two diplomats involved in the planning said on Monday.\n")


def _ledger(tmp_path: Path, text: str, name: str = "a.txt"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return build_ledger([tmp_path], jobs=1, stance_check=False)


# --- bad input: one line, never a traceback ----------------------------------------------------

def test_a_name_too_long_is_a_problem_not_an_internal_error(tmp_path: Path) -> None:
    long_name = tmp_path / ("a" * 300 + ".txt")
    seen: list[str] = []
    with pytest.raises(InputFileError, match="no report could be read"):
        read_ledger([long_name], on_problem=lambda p: seen.append(p.message))
    assert len(seen) == 1 and "cannot be read" in seen[0]


def test_a_name_too_long_beside_a_good_report_leaves_the_report(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BODY, encoding="utf-8")
    ledger = build_ledger([good, tmp_path / ("b" * 300 + ".txt")], jobs=1, stance_check=False)
    assert len(ledger.reports) == 1
    assert [p.message for p in ledger.problems] == [
        "cannot be read (File name too long)"]


def test_a_folder_that_may_not_be_listed_says_so(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY, encoding="utf-8")
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(str(path)) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    ledger = build_ledger([folder], jobs=1, stance_check=False)
    assert [p.message for p in ledger.problems] == [
        "folder cannot be searched (Permission denied)"]  # not "holds no report files"


def test_an_unreadable_file_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")

    def read_bytes(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    ledger = build_ledger([path], jobs=1, stance_check=False)
    assert [p.message for p in ledger.problems] == ["cannot be read (Permission denied)"]


def test_empty_folder_binary_and_missing_path_stay_one_line_each(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "bin.txt").write_bytes(b"\x7fELF\x00\x01\x02" * 100)
    ledger = build_ledger([tmp_path / "empty", tmp_path / "bin.txt", tmp_path / "nope.txt"],
                          jobs=1, stance_check=False)
    messages = {Path(p.path).name: p.message for p in ledger.problems}
    assert len(messages) == 3 and all("\n" not in m for m in messages.values())
    assert messages["empty"].startswith("folder holds no report files")
    assert "binary" in messages["bin.txt"]
    assert messages["nope.txt"] == "no such file or folder"


# --- a Markdown heading is no part of the title ------------------------------------------------

@pytest.mark.parametrize("heading", ["# ", "## ", "### "])
def test_a_markdown_heading_loses_its_marks(tmp_path: Path, heading: str) -> None:
    text = heading + "Policy brief on a European reassurance force\n\n" + BODY
    (report,) = _ledger(tmp_path, text, "brief.md").reports
    assert report.title == "Policy brief on a European reassurance force"


def test_a_hash_inside_a_title_is_kept(tmp_path: Path) -> None:
    text = "Title: Coalition talks, round #3 in London\n\n" + BODY
    (report,) = _ledger(tmp_path, text).reports
    assert report.title == "Coalition talks, round #3 in London"


# --- a double-barrelled name is one speaker ----------------------------------------------------

def test_a_hyphenated_surname_before_said_is_kept_whole(tmp_path: Path) -> None:
    text = ("Warsaw will not deploy soldiers to Ukraine, Polish Defence Minister Jan "
            "Kowal-Brzoza said on Tuesday at a press conference in the capital.\n")
    ledger = _ledger(tmp_path, text)
    said = {(s.actor, s.stance): s.said_by for s in ledger.stances}
    assert said == {("POL", "declines"): "Polish Defence Minister Jan Kowal-Brzoza"}


def test_a_hyphenated_surname_names_the_speaker_of_a_figure(tmp_path: Path) -> None:
    text = ("The force would number about 30,000 troops, French Foreign Minister Jean-Luc "
            "Marchand said after the meeting in Paris on Tuesday.\n")
    (claim,) = _ledger(tmp_path, text).claims
    assert claim.said_by == "French Foreign Minister Jean-Luc Marchand"
    assert claim.said_by_nation == "FRA"


@pytest.mark.parametrize(("speaker", "nation"), [
    ("NATO Secretary-General Mark Rutte", None),  # was "General Mark Rutte"
    ("the Anglo-French Planning Cell", None),  # was "French Planning Cell", of France alone
])
def test_a_hyphenated_title_or_body_is_kept_whole(tmp_path: Path, speaker: str,
                                                  nation: str | None) -> None:
    text = f"The force would number about 30,000 troops, {speaker} said on Monday.\n"
    (claim,) = _ledger(tmp_path, text).claims
    assert (claim.said_by, claim.said_by_nation) == (speaker.removeprefix("the "), nation)


def test_a_spaced_dash_still_ends_the_speaker(tmp_path: Path) -> None:
    # a dash with spaces around it is punctuation, not part of a name
    text = ("Italy will not send troops to Ukraine - Prime Minister Lucia Ferri said on "
            "Tuesday in Rome after meeting her ministers.\n")
    said = {s.actor: s.said_by for s in _ledger(tmp_path, text).stances}
    assert said.get("ITA") == "Prime Minister Lucia Ferri"


# --- taking part in the talks, in the perfect tense -------------------------------------------

@pytest.mark.parametrize("verb", ["has taken part in", "has participated in"])
def test_talks_in_the_perfect_tense(tmp_path: Path, verb: str) -> None:
    text = f"Spain {verb} the talks in London on Sunday, officials said.\n"
    stances = {(s.actor, s.stance) for s in _ledger(tmp_path, text).stances}
    assert stances == {("ESP", "talks")}


def test_talks_kept_apart_from_no_offer(tmp_path: Path) -> None:
    text = ("Several nations, including Spain and Portugal, have taken part in the talks in "
            "London but have not offered troops.\n")
    stances = {(s.actor, s.stance) for s in _ledger(tmp_path, text).stances}
    assert stances == {("ESP", "talks"), ("PRT", "talks"), ("ESP", "undecided"),
                       ("PRT", "undecided")}  # no offer so far, no refusal either


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Spain has not offered troops to the force, officials said.", "undecided"),
    ("Spain has not yet offered troops to the force, officials said.", "undecided"),
    ("Spain has not pledged troops to the force, officials said.", "undecided"),
    ("Spain will not offer troops to the force, officials said.", "declines"),
])
def test_not_offered_so_far_is_no_refusal(tmp_path: Path, sentence: str, expected: str) -> None:
    (stance,) = _ledger(tmp_path, sentence + "\n").stances
    assert stance.stance == expected


def test_having_taken_part_in_exercises_is_no_stance(tmp_path: Path) -> None:
    text = "Spain has taken part in naval exercises in the Baltic Sea this year, officials said.\n"
    assert _ledger(tmp_path, text).stances == ()


# --- a speaker naming two capitals is nobody's one nation --------------------------------------

def test_officials_in_two_capitals_are_unnamed_officials(tmp_path: Path) -> None:
    text = ("A reassurance force would number between 25,000 and 30,000 troops, officials in "
            "London and Paris said on Tuesday, as European leaders met.\n")
    (claim,) = _ledger(tmp_path, text).claims
    assert (claim.said_by, claim.said_by_nation) == ("unnamed officials", None)  # not FRA


def test_two_governments_speaking_have_no_one_nation() -> None:
    from reassure.evidence._ledger import reader_speaker

    sentence = "Britain and France said they would send 10,000 troops to Ukraine."
    assert reader_speaker(sentence, "Britain and France") == ("Britain and France", None)
    assert reader_speaker("Germany said it would not send troops.", "Germany") == (
        "Germany", "DEU")


# --- Reuters' spelling of Zelensky is Ukraine's president ---------------------------------------

def test_zelenskiy_speaks_for_ukraine(tmp_path: Path) -> None:
    text = ("Ukraine has asked for a force of 100,000-150,000 troops, President Volodymyr "
            "Zelenskiy said in Munich on Saturday.\n")
    (claim,) = _ledger(tmp_path, text).claims
    assert claim.subject == "ukraine_request"
    assert (claim.said_by, claim.said_by_nation) == ("President Volodymyr Zelenskiy", "UKR")


# --- "has yet to": a thing not done so far ------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Spain has yet to offer troops for the force, officials said.", "undecided"),
    ("The Netherlands have yet to formally commit troops to the mission, a diplomat said.",
     "undecided"),
    ("Belgium is yet to pledge troops to the force, a diplomat said.", "undecided"),
    ("Portugal has yet to rule out sending troops to Ukraine, officials said.", "open"),
])
def test_yet_to_is_not_done_so_far(tmp_path: Path, sentence: str, expected: str) -> None:
    (stance,) = _ledger(tmp_path, sentence + "\n").stances
    assert stance.stance == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Spain is ready to send troops to Ukraine, though the mission has yet to be agreed.",
     {("ESP", "ready")}),
    ("Portugal has ruled out sending troops to Ukraine, officials said.", {("PRT", "declines")}),
    ("Spain has offered troops for the force, officials said.", {("ESP", "ready")}),
])
def test_without_yet_to_the_stance_stands(tmp_path: Path, sentence: str,
                                          expected: set[tuple[str, str]]) -> None:
    assert {(s.actor, s.stance) for s in _ledger(tmp_path, sentence + "\n").stances} == expected


# --- a refusal's count reads as English ----------------------------------------------------------

def test_one_word_is_not_one_words(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Troops\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><head><title>A title of five words</title></head>"
                                     "<body><nav>Home</nav></body></html>", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Troops for Ukraine\n", encoding="utf-8")
    ledger = build_ledger([tmp_path], jobs=1, stance_check=False)
    messages = {Path(p.path).name: p.message for p in ledger.problems}
    assert messages["a.txt"] == "too little text to read (1 word, numbers not counted)"
    assert messages["c.txt"] == "too little text to read (3 words, numbers not counted)"
    assert messages["b.html"] == "HTML without article text (only 1 word extracted)"
