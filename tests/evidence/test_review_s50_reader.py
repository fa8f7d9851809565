"""Review s50 (a journalist's read of `reassure evidence` on five seeds and fifteen real
reports): how the ledger is shown, never which claims or stances it reads. Two sides stated the
same day are not put in order; a title that is no headline says what it is, and a dateline is no
title; an outlet read from a publishing platform's CDN address is the site's name; an envoy is
not named by the place he is posted to, and a nation announcing its own stance in a clause of its
own is its speaker; "declines" and "rejects" are told apart in the stances table. The reports
below are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.evidence import build_ledger, display_title, title_note
from reassure.evidence._clean import _outlet_from_url
from reassure.present.evidence import print_evidence


def _write(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _one(tmp_path: Path, text: str, check: bool = False):  # type: ignore[no-untyped-def]
    _write(tmp_path, {"r.txt": text})
    return build_ledger([tmp_path / "r.txt"], jobs=1, stance_check=check)


BOTH_SIDES = """Oslo sets out what its soldiers would do

Northwire, 3 March 2025

Norway is ready to send troops to a peacekeeping mission in Ukraine once a truce holds, the \
prime minister said on Monday.

He added that Norway will not send troops to a deterrent force on Ukraine's eastern border.
"""


# --- (a) two sides of one report, or of one day: neither is the later -----------------------

def test_sides_stated_in_one_report_are_not_put_in_order(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger = _one(tmp_path, BOTH_SIDES)
    p = next(p for p in ledger.positions if p.actor == "NOR")
    assert {v.stance for v in p.stances} == {"ready", "declines"}  # (read as before)
    assert p.latest is None and not any(v.latest for v in p.stances)
    assert p.conflict == ("ready vs declines; both in one report of 2025-03-03, so neither is "
                          "the later")
    print_evidence(ledger, "table")
    out = " ".join(capsys.readouterr().out.split())
    assert "latest dated" not in out
    assert "neither is the later" in out


def test_sides_stated_the_same_day_in_two_reports_are_not_put_in_order(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.txt": "Oslo is ready\n\nNorthwire, 3 March 2025\n\nNorway is ready to send troops "
                 "to a peacekeeping mission in Ukraine, the prime minister said on Monday.\n",
        "b.txt": "Oslo holds back\n\nHarbour Post, 3 March 2025\n\nNorway will not send troops "
                 "to a deterrent force on the eastern border, the defence minister told the "
                 "parliament in a closed session.\n"})
    p = next(p for p in build_ledger([tmp_path], jobs=1, stance_check=False).positions
             if p.actor == "NOR")
    assert p.latest is None
    assert p.conflict == "ready vs declines; both stated on 2025-03-03, so neither is the later"


def test_sides_stated_on_different_days_still_name_the_latest(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.txt": "Oslo is ready\n\nNorthwire, 3 March 2025\n\nNorway is ready to send troops "
                 "to a peacekeeping mission in Ukraine, the prime minister said on Monday.\n",
        "b.txt": "Oslo holds back\n\nHarbour Post, 20 March 2025\n\nNorway will not send "
                 "troops to a deterrent force on the eastern border, the defence minister told "
                 "the parliament in a closed session.\n"})
    p = next(p for p in build_ledger([tmp_path], jobs=1, stance_check=False).positions
             if p.actor == "NOR")
    assert p.conflict == "ready vs declines"
    assert p.latest is not None and p.latest.startswith("declines (2025-03-20")


# --- (b) titles: no dateline, and a guessed title says so -----------------------------------

def test_a_dateline_on_its_own_line_is_no_title(tmp_path: Path) -> None:
    r = _one(tmp_path, "OSLO\nNorway is ready to send troops to a peacekeeping mission in "
                       "Ukraine, the prime minister said on Monday. He gave no figure.\n"
             ).reports[0]
    assert r.title is None
    assert display_title(r).startswith("Norway is ready to send troops")
    assert title_note(r) == " (first sentence)"


def test_a_title_rebuilt_from_the_address_says_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger = _one(tmp_path, "Title: \nSource link: https://news.example.org/world/"
                            "norway-weighs-sending-troops-to-ukraine\n\nNorway is ready to send "
                            "soldiers once a truce holds, its premier told reporters on Monday, "
                            "naming no number.\n")
    r = ledger.reports[0]
    assert r.title == "Norway Weighs Sending Troops to Ukraine"
    assert r.title_from == "address" and r.to_dict()["title_from"] == "address"
    assert title_note(r) == " (from the address)"
    print_evidence(ledger, "table")
    assert "Norway Weighs Sending Troops to Ukraine (from the address)" in " ".join(
        capsys.readouterr().out.split())
    assert "# from the address, no headline found" in ledger.scenario_sources()


def test_a_missing_title_is_shown_as_the_first_sentence(tmp_path: Path) -> None:
    ledger = _one(tmp_path, "Norway is ready to send troops to a peacekeeping mission in "
                            "Ukraine, the prime minister said on Monday. He gave no figure.\n")
    assert ledger.reports[0].title is None
    assert title_note(ledger.reports[0]) == " (first sentence)"
    assert "# first sentence, no headline found" in ledger.scenario_sources()


def test_a_headline_has_no_note(tmp_path: Path) -> None:
    r = _one(tmp_path, BOTH_SIDES).reports[0]
    assert r.title == "Oslo sets out what its soldiers would do"
    assert r.title_from is None and title_note(r) == ""


# --- (c) an outlet behind a publishing platform's CDN ---------------------------------------

@pytest.mark.parametrize(("url", "outlet"), [
    ("https://harbourpost-harbourpost-prod.web.arc-cdn.net/world/2025/03/03/a-story",
     "harbourpost"),
    ("https://northwire-northwire-sandbox.web.arc-cdn.net/a-story", "northwire"),
    ("https://grp-dailyledger-prod.cdn.arcpublishing.com/a-story", "dailyledger"),
    # guards: other hosts as before
    ("https://www.harbourpost.example/a-story", "harbourpost.example"),
    ("https://cdn.harbourpost.example/a-story", "harbourpost.example"),
    ("https://www-green.cache-green.aws.rnz.net.nz/a-story", "rnz.net.nz"),
])
def test_an_outlet_on_a_cdn_host_is_the_sites_name(url: str, outlet: str) -> None:
    assert _outlet_from_url(url) == outlet


# --- (d) who said it --------------------------------------------------------------------------

def test_the_place_an_envoy_is_posted_to_is_not_the_speaker(tmp_path: Path) -> None:
    ledger = _one(tmp_path, "Oslo weighs its part\n\nNorway is considering sending troops to "
                            "the force, and would help clear mines at sea, Ukraine's ambassador "
                            "to Oslo said.\n")
    said = {s.said_by for s in ledger.stances if s.actor == "NOR"}
    assert said == {"Ukraine's ambassador to Oslo"}


def test_a_nation_announcing_its_own_stance_after_another_is_its_speaker(
        tmp_path: Path) -> None:
    ledger = _one(tmp_path, "Baltic offers\n\nSo far, Latvia has said it was prepared to "
                            "contribute a company to the peacekeeping force, and Estonia had "
                            "earlier announced it was ready to provide a few platoons of "
                            "soldiers.\n")
    said = {s.actor: s.said_by for s in ledger.stances}
    assert said.get("EST") == "Estonia"
    assert said.get("LVA") == "Latvia"  # (guard: the first clause's speaker as before)


def test_a_list_of_speakers_is_not_cut_to_its_last_name(tmp_path: Path) -> None:
    ledger = _one(tmp_path, "Three capitals\n\nLatvia, Lithuania, and Estonia said they were "
                            "ready to send troops to the peacekeeping force.\n")
    assert {s.said_by for s in ledger.stances if s.actor == "EST"} <= {
        "Latvia, Lithuania, and Estonia", None}


# --- (e) "declines" and "rejects" --------------------------------------------------------------

def test_the_stances_table_tells_declines_from_rejects(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    print_evidence(_one(tmp_path, BOTH_SIDES), "table")
    out = " ".join(capsys.readouterr().out.split())
    assert ("declines = will not send its own troops, rejects = opposes the force or plan "
            "itself, the two counted together") in out
