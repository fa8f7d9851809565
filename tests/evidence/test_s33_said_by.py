"""Session 33: the ledger's "said by" never shows a word that names nobody, a dateline's city,
the sentence's subject when a closing "..., wrote the paper" names the speaker, a name cut short,
or the speaker of another clause; a title is shown with the nation that owns it when the
sentence says which. Empty is better than wrong. Made-up sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger
from reassure.evidence._extract import _shown_speaker

# one report per sentence, one ledger for the module (the stance check off: these are about the
# speaker shown, not which stances the check keeps)
TEXTS = {
    "memo": "The memo said Finland is ready to send troops to Ukraine.",
    "everybody": "Everybody has said Finland is ready to send troops to Ukraine.",
    "sides": "The two sides said Finland is ready to send troops to Ukraine.",
    "minister": "The minister said Finland is ready to send troops to Ukraine.",
    "dateline": "TURKU, May 5 (Baltwire) - Finland, which borders Russia, said it would send no "
                "troops to Ukraine.",
    "paper": "Finland could send 300 soldiers once a truce holds, wrote the paper.",
    "inverted": "Finland is ready to send 300 soldiers, declared the minister of defence at a "
                "briefing.",
    "owner": "Finland's defence minister said the country is ready to send troops to Ukraine.",
    "its": "Finland is open to sending troops, its president said on Friday.",
    "closing": "Finland said it would decide later on sending troops, the Finnish foreign "
               "minister told lawmakers.",
    "pair": "Finland and Estonia said they are ready to send troops to Ukraine.",
    "head": "The government in Helsinki said it is ready to send troops to Ukraine.",
    "while": "Estonia said it would not send troops, while Finland is ready to send a battalion "
             "to Ukraine.",
    # review s33 (lead): ", but" opens a clause of its own as ", while" does
    "but": "Estonian Prime Minister Kristen Michal said Estonia would wait, but Finland is ready "
           "to send a battalion to Ukraine.",
    "but-same": "Finland said it would wait for the talks, but it is ready to send troops once a "
                "ceasefire holds.",
    "quoted": 'Finnish Prime Minister Petteri Orpo said, "The plan is sound; Finland is ready to '
              'send troops."',
    "titled": "Finnish Prime Minister Petteri Orpo said Finland is ready to send troops to "
              "Ukraine.",
    "source": "Finland is ready to send troops to Ukraine, said one source.",
    "nation": "Finland said on Monday it is ready to send troops to Ukraine.",
}


@pytest.fixture(scope="module")
def said(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, tuple[str | None,
                                                                              str | None]]]:
    """report -> actor -> (said_by, said_by_nation) of its stances."""
    folder: Path = tmp_path_factory.mktemp("s33")
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(f"Title {name}\n\n{text}\n", encoding="utf-8")
    ledger = build_ledger([folder], jobs=1, stance_check=False)
    ids = {r.id: Path(r.path).stem for r in ledger.reports}
    out: dict[str, dict[str, tuple[str | None, str | None]]] = {n: {} for n in TEXTS}
    for s in ledger.stances:
        out[ids[s.report_id]][s.actor] = (s.said_by, s.said_by_nation)
    return out


@pytest.mark.parametrize("name", ["memo", "everybody", "sides", "minister"])
def test_a_word_that_names_nobody_is_not_shown(said, name: str) -> None:
    assert said[name].get("FIN") == (None, None), said[name]


def test_a_datelines_city_is_not_the_speaker(said) -> None:
    assert said["dateline"]["FIN"][0] == "Finland"


def test_a_closing_verb_names_the_speaker_after_it(said) -> None:
    # not "Finland" (the subject of what was said): the paper, or the office; (s67, a
    # journalist's reading: "wrote the newspaper" with an empty "said by" hid whose forecast it
    # was) the paper is shown as written, with no nation
    assert said["paper"]["FIN"] == ("the paper", None)
    assert said["inverted"]["FIN"][0] == "minister of defence"


@pytest.mark.parametrize(("name", "expected"), [
    ("owner", "Finland's defence minister"),  # not "defence minister"
    ("its", "Finland's president"),  # "its": the nation the sentence opens with
    ("closing", "Finnish foreign minister"),  # not "Finland": the office that told lawmakers
])
def test_a_title_is_shown_with_its_owner(said, name: str, expected: str) -> None:
    assert said[name]["FIN"][0] == expected


def test_an_office_named_after_a_nations_speech_keeps_its_nation(said) -> None:
    assert said["closing"]["FIN"][1] == "FIN"


def test_a_name_is_shown_whole(said) -> None:
    assert {a: s for a, (s, _) in said["pair"].items()} == {
        "FIN": "Finland and Estonia", "EST": "Finland and Estonia"}
    assert said["head"]["FIN"][0] == "government in Helsinki"  # not "Helsinki"


def test_another_clauses_speaker_is_not_the_stances(said) -> None:
    assert said["while"]["FIN"] == (None, None)  # Estonia did not say Finland is ready
    assert said["while"]["EST"] == ("Estonia", "EST")


def test_a_but_clause_with_its_own_subject_is_not_the_speakers(said) -> None:
    assert said["but"]["FIN"] == (None, None)  # the Estonian premier did not say it
    assert said["but-same"]["FIN"] == ("Finland", "FIN")  # "it": the speaker's own clause


def test_a_clause_inside_the_quotation_is_the_speakers_own(said) -> None:
    assert said["quoted"]["FIN"][0] == "Finnish Prime Minister Petteri Orpo"


@pytest.mark.parametrize(("name", "expected"), [
    ("titled", ("Finnish Prime Minister Petteri Orpo", "FIN")),
    ("source", ("an unnamed source", None)),
    ("nation", ("Finland", "FIN")),
])
def test_the_clear_speakers_are_kept(said, name: str, expected: tuple[str, str | None]) -> None:
    assert said[name]["FIN"] == expected


@pytest.mark.parametrize(("sentence", "found", "shown"), [
    ("The memo said Finland is ready.", "The memo", None),
    ("Nobody has said Finland is ready.", "Nobody", None),
    ("Finland's prime minister said it is ready.", "prime minister", "Finland's prime minister"),
    # an office already named with its nation, or a named person, is left as it is
    ("The Finnish prime minister said it is ready.", "Finnish prime minister",
     "Finnish prime minister"),
    ("Finland is ready, said Prime Minister Petteri Orpo.", "Prime Minister Petteri Orpo",
     "Prime Minister Petteri Orpo"),
    ("Finland is ready, it said.", None, None),
])
def test_shown_speaker(sentence: str, found: str | None, shown: str | None) -> None:
    assert _shown_speaker(sentence, found) == shown
